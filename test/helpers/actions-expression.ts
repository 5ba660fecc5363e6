/**
 * A small evaluator for GitHub Actions expressions (`${{ ... }}`), enough to run composite
 * actions in tests the way the runner does: context access (`inputs.x`, `steps.a.outputs.b`,
 * `github['action_path']`), literals, `! == != < <= > >= && ||`, parentheses, and the functions
 * contains, startsWith, endsWith, format, join, toJSON, fromJSON and the status functions
 * success, failure, always, cancelled. Anything else throws, so an action using a construct the
 * harness does not model fails loudly instead of being run wrongly.
 *
 * Semantics follow GitHub's documentation: string comparison ignores case, mismatched types
 * compare as numbers, `&&`/`||` return an operand, and null/missing properties are null.
 */
export type ExprValue = string | number | boolean | null | ExprValue[] | { [key: string]: ExprValue };
export type ExprContext = Readonly<Record<string, ExprValue>>;

export interface StatusFunctions {
  /** True when an earlier step of this composite failed. */
  readonly failed: boolean;
}

type Token =
  | { kind: 'str'; value: string }
  | { kind: 'num'; value: number }
  | { kind: 'ident'; value: string }
  | { kind: 'op'; value: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in expression: ${src}`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += src[i++];
      }
      tokens.push({ kind: 'str', value });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?(0x[0-9a-f]+|\d+(\.\d+)?(e[+-]?\d+)?)/i.exec(src.slice(i))!;
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!;
      tokens.push({ kind: 'ident', value: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'op', value: two });
        i += 2;
      } else if ('!<>().[],*'.includes(c)) {
        tokens.push({ kind: 'op', value: c });
        i++;
      } else {
        throw new Error(`unexpected character '${c}' in expression: ${src}`);
      }
    }
  }
  return tokens;
}

const isObject = (v: ExprValue): v is { [key: string]: ExprValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function property(target: ExprValue, key: ExprValue): ExprValue {
  if (Array.isArray(target) && typeof key === 'number') return target[key] ?? null;
  if (!isObject(target) || (typeof key !== 'string' && typeof key !== 'number')) return null;
  const name = String(key);
  if (Object.hasOwn(target, name)) return target[name];
  const found = Object.keys(target).find((k) => k.toLowerCase() === name.toLowerCase());
  return found === undefined ? null : target[found];
}

export function truthy(v: ExprValue): boolean {
  if (v === null || v === false || v === '' || v === 0) return false;
  return !(typeof v === 'number' && Number.isNaN(v));
}

function toNumber(v: ExprValue): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

/** How a value is spliced into a string (`${{ }}` inside `run:`, `env:` ...). */
export function toText(v: ExprValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v, null, 2);
}

function compare(a: ExprValue, b: ExprValue): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toUpperCase();
    const y = b.toUpperCase();
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return x === y ? 0 : x < y ? -1 : 1;
}

function looseEquals(a: ExprValue, b: ExprValue): boolean {
  if (typeof a === 'object' && a !== null) return a === b;
  if (typeof b === 'object' && b !== null) return false;
  return compare(a, b) === 0;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ctx: ExprContext,
    private readonly status: StatusFunctions,
    private readonly src: string,
  ) {}

  parse(): ExprValue {
    const v = this.or();
    if (this.pos < this.tokens.length) throw new Error(`unexpected token in expression: ${this.src}`);
    return v;
  }

  private peek(value: string): boolean {
    const t = this.tokens[this.pos];
    return t !== undefined && t.kind === 'op' && t.value === value;
  }

  private expect(value: string): void {
    if (!this.peek(value)) throw new Error(`expected '${value}' in expression: ${this.src}`);
    this.pos++;
  }

  private or(): ExprValue {
    let left = this.and();
    while (this.peek('||')) {
      this.pos++;
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): ExprValue {
    let left = this.equality();
    while (this.peek('&&')) {
      this.pos++;
      const right = this.equality();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private equality(): ExprValue {
    let left = this.relational();
    while (this.peek('==') || this.peek('!=')) {
      const op = (this.tokens[this.pos++] as { value: string }).value;
      const right = this.relational();
      left = op === '==' ? looseEquals(left, right) : !looseEquals(left, right);
    }
    return left;
  }

  private relational(): ExprValue {
    let left = this.unary();
    for (;;) {
      const op = ['<', '<=', '>', '>='].find((o) => this.peek(o));
      if (!op) return left;
      this.pos++;
      const c = compare(left, this.unary());
      left = Number.isNaN(c)
        ? false
        : op === '<'
          ? c < 0
          : op === '<='
            ? c <= 0
            : op === '>'
              ? c > 0
              : c >= 0;
    }
  }

  private unary(): ExprValue {
    if (this.peek('!')) {
      this.pos++;
      return !truthy(this.unary());
    }
    return this.postfix();
  }

  private postfix(): ExprValue {
    let value = this.primary();
    for (;;) {
      if (this.peek('.')) {
        this.pos++;
        const t = this.tokens[this.pos++];
        if (!t || t.kind !== 'ident') throw new Error(`expected a property name in expression: ${this.src}`);
        value = property(value, t.value);
      } else if (this.peek('[')) {
        this.pos++;
        const key = this.or();
        this.expect(']');
        value = property(value, key);
      } else {
        return value;
      }
    }
  }

  private primary(): ExprValue {
    const t = this.tokens[this.pos++];
    if (!t) throw new Error(`unexpected end of expression: ${this.src}`);
    if (t.kind === 'str' || t.kind === 'num') return t.value;
    if (t.kind === 'op' && t.value === '(') {
      const v = this.or();
      this.expect(')');
      return v;
    }
    if (t.kind !== 'ident') throw new Error(`unexpected '${t.value}' in expression: ${this.src}`);
    if (t.value === 'true') return true;
    if (t.value === 'false') return false;
    if (t.value === 'null') return null;
    if (this.peek('(')) {
      this.pos++;
      const args: ExprValue[] = [];
      while (!this.peek(')')) {
        args.push(this.or());
        if (!this.peek(')')) this.expect(',');
      }
      this.pos++;
      return this.call(t.value, args);
    }
    if (!Object.hasOwn(this.ctx, t.value)) throw new Error(`unknown context '${t.value}' in: ${this.src}`);
    return this.ctx[t.value];
  }

  private call(name: string, args: ExprValue[]): ExprValue {
    const str = (i: number): string => toText(args[i] ?? null);
    switch (name.toLowerCase()) {
      case 'success':
        return !this.status.failed;
      case 'failure':
        return this.status.failed;
      case 'always':
        return true;
      case 'cancelled':
        return false;
      case 'contains':
        return Array.isArray(args[0])
          ? args[0].some((x) => looseEquals(x, args[1] ?? null))
          : str(0).toLowerCase().includes(str(1).toLowerCase());
      case 'startswith':
        return str(0).toLowerCase().startsWith(str(1).toLowerCase());
      case 'endswith':
        return str(0).toLowerCase().endsWith(str(1).toLowerCase());
      case 'format':
        return str(0).replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n?: string) =>
          m === '{{' ? '{' : m === '}}' ? '}' : str(Number(n) + 1),
        );
      case 'join':
        return Array.isArray(args[0]) ? args[0].map(toText).join(args.length > 1 ? str(1) : ',') : str(0);
      case 'tojson':
        return JSON.stringify(args[0] ?? null, null, 2);
      case 'fromjson':
        return JSON.parse(str(0)) as ExprValue;
      default:
        throw new Error(`function '${name}' is not supported by the test harness`);
    }
  }
}

export function evaluate(
  expression: string,
  ctx: ExprContext,
  status: StatusFunctions = { failed: false },
): ExprValue {
  return new Parser(tokenize(expression), ctx, status, expression).parse();
}

/** Replaces every `${{ expr }}` in `text` with the value's text form. */
export function interpolate(text: string, ctx: ExprContext, status?: StatusFunctions): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => toText(evaluate(expr, ctx, status)));
}

/**
 * A step's `if:`. Written with or without `${{ }}`; without a status function it means
 * `success() && (...)`, as on the runner. Absent means `success()`.
 */
export function evaluateCondition(
  condition: string | boolean | undefined,
  ctx: ExprContext,
  status: StatusFunctions,
): boolean {
  if (condition === undefined) return !status.failed;
  if (typeof condition === 'boolean') return condition && !status.failed;
  const trimmed = condition.trim();
  const expr = /^\$\{\{([\s\S]*)\}\}$/.test(trimmed) ? trimmed.slice(3, -2) : trimmed;
  const usesStatus = /\b(success|failure|always|cancelled)\s*\(/i.test(expr);
  const value = truthy(evaluate(expr, ctx, status));
  return usesStatus ? value : value && !status.failed;
}
