/**
 * JSON Schema validation of the three files (ajv), with each error located in the source text,
 * plus the "one typo away from a known key" rule.
 *
 * Rule ids:
 * - PHX-SCHEMA-TYPE         a value has the wrong JSON type
 * - PHX-SCHEMA-REQUIRED     a required key is missing
 * - PHX-SCHEMA-RANGE        a number, string length or list length is out of range
 * - PHX-SCHEMA-FORMAT       a string (or an object key such as a CTID) does not have the expected form
 * - PHX-SCHEMA-ENUM         a value is not one of the allowed words
 * - PHX-SCHEMA-UNIQUE       a list holds the same item twice
 * - PHX-SCHEMA-UNKNOWN-KEY  a key is not allowed in a strict object (firewall rule, health check...)
 * - PHX-UNKNOWN-KEY         a key is one typo away from a known key ("did you mean")
 * - PHX-SCHEMA              anything else the schema rejects
 * Keys are located at the key, everything else at the value.
 */
import type { AnySchemaObject, ErrorObject } from 'ajv';
import { CONFIG_FILES, type ConfigFileKey } from '../model/types.js';
import type { Diagnostic } from './diagnostics.js';
import type { JsonPath, JsonSource } from './json-source.js';
import type { LoadedConfig } from './load.js';
import { SCHEMAS, validatorFor } from './schemas.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkSchemas(loaded: LoadedConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of Object.keys(CONFIG_FILES) as ConfigFileKey[]) {
    const source = loaded.sources[key];
    if (source) out.push(...checkSource(key, source));
  }
  return out;
}

/** Validate one parsed file against its schema. */
export function checkSource(key: ConfigFileKey, source: JsonSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const t of findTypoKeys(source.value, SCHEMAS[key])) {
    const at = source.locate(t.path, 'key');
    out.push({
      file: source.file,
      ...at,
      severity: 'error',
      rule: 'PHX-UNKNOWN-KEY',
      message: `${prefix(t.path.slice(0, -1))}unknown key "${t.key}"; did you mean "${t.suggestion}"?`,
    });
  }
  const validate = validatorFor(key);
  if (validate(source.value)) return out;
  for (const err of validate.errors ?? []) {
    const d = toDiagnostic(err, source);
    if (d) out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ajv errors -> diagnostics

function toDiagnostic(err: ErrorObject, source: JsonSource): Diagnostic | undefined {
  const path = pathOf(err.instancePath, source.value);
  const parent = (err.parentSchema ?? {}) as AnySchemaObject;
  const data = err.data;
  let rule = 'PHX-SCHEMA';
  let message: string;
  let at: JsonPath = path;
  let which: 'key' | 'value' = 'value';
  const propertyName = (err as { propertyName?: string }).propertyName;
  switch (err.keyword) {
    case 'type':
      rule = 'PHX-SCHEMA-TYPE';
      message = `must be ${describe(parent)}, got ${show(data)}`;
      break;
    case 'required': {
      const missing = String((err.params as { missingProperty: string }).missingProperty);
      rule = 'PHX-SCHEMA-REQUIRED';
      message = `missing required key "${missing}"`;
      which = 'key';
      break;
    }
    case 'additionalProperties': {
      const extra = String((err.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as Obj);
      const suggestion = suggestKey(extra, allowed);
      at = [...path, extra];
      which = 'key';
      if (suggestion) {
        rule = 'PHX-UNKNOWN-KEY';
        message = `unknown key "${extra}"; did you mean "${suggestion}"?`;
      } else {
        rule = 'PHX-SCHEMA-UNKNOWN-KEY';
        message = `unknown key "${extra}"${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`;
      }
      break;
    }
    case 'propertyNames':
      return undefined; // reported through the nested error, which names the key
    case 'pattern':
    case 'format':
      rule = 'PHX-SCHEMA-FORMAT';
      if (propertyName !== undefined) {
        at = [...path, propertyName];
        which = 'key';
        message = `key "${propertyName}" ${patternText(parent, err)}`;
      } else {
        message = `${patternText(parent, err)}, got ${show(data)}`;
      }
      break;
    case 'enum':
    case 'const': {
      rule = 'PHX-SCHEMA-ENUM';
      const allowed = (err.keyword === 'enum' ? (err.schema as unknown[]) : [err.schema]) ?? [];
      const near =
        typeof data === 'string'
          ? nearest(
              data,
              allowed.filter((a): a is string => typeof a === 'string'),
            )
          : undefined;
      message = `must be ${allowed.length === 1 ? show(allowed[0]) : `one of ${allowed.map(show).join(', ')}`}, got ${show(data)}${near ? `; did you mean ${show(near)}?` : ''}`;
      break;
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      rule = 'PHX-SCHEMA-RANGE';
      message = `must be ${describe(parent, true)}, got ${show(data)}`;
      break;
    case 'minLength':
    case 'maxLength': {
      rule = 'PHX-SCHEMA-RANGE';
      const limit = Number((err.params as { limit: number }).limit);
      const len = typeof data === 'string' ? [...data].length : 0;
      message =
        err.keyword === 'maxLength'
          ? `must be at most ${limit} characters long, got ${len} (${show(data)})`
          : limit === 1
            ? 'must not be empty'
            : `must be at least ${limit} characters long, got ${len}`;
      break;
    }
    case 'uniqueItems': {
      const { i, j } = err.params as { i: number; j: number };
      rule = 'PHX-SCHEMA-UNIQUE';
      at = [...path, i];
      message = `lists ${show(Array.isArray(data) ? data[i] : undefined)} twice (entries ${j + 1} and ${i + 1})`;
      break;
    }
    default:
      if (/^(?:min|max)(?:Items|Properties)$/.test(err.keyword)) rule = 'PHX-SCHEMA-RANGE';
      message = err.message ?? `is not valid (${err.keyword})`;
  }
  const pos = source.locate(at, which);
  return { file: source.file, ...pos, severity: 'error', rule, message: `${prefix(path)}${message}` };
}

function patternText(schema: AnySchemaObject, err: ErrorObject): string {
  if (typeof schema.patternErrorMessage === 'string') return schema.patternErrorMessage;
  if (err.keyword === 'format') return `must be a valid ${String((err.params as { format: string }).format)}`;
  return `must match the pattern ${String((err.params as { pattern: string }).pattern)}`;
}

const ARTICLE: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** "an integer >= 16", "a string or an integer", "a number between 0 and 1"... */
function describe(schema: AnySchemaObject, numericOnly = false): string {
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const numeric = types.find((t) => t === 'integer' || t === 'number');
  const shown = numericOnly && numeric ? [numeric] : types;
  const words = shown.map((t) => ARTICLE[t] ?? t);
  let text = words.length ? words.join(' or ') : 'a valid value';
  if (numeric && (numericOnly || shown.length === 1)) {
    const lo = schema.minimum as number | undefined;
    const hi = schema.maximum as number | undefined;
    const xlo = schema.exclusiveMinimum as number | undefined;
    const xhi = schema.exclusiveMaximum as number | undefined;
    if (lo !== undefined && hi !== undefined) text += ` between ${lo} and ${hi}`;
    else if (xlo !== undefined && hi !== undefined) text += ` > ${xlo} and <= ${hi}`;
    else if (lo !== undefined) text += ` >= ${lo}`;
    else if (xlo !== undefined) text += ` > ${xlo}`;
    else if (hi !== undefined) text += ` <= ${hi}`;
    if (xhi !== undefined) text += ` and < ${xhi}`;
  }
  return text;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (isObj(v)) return 'an object';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** JSON pointer -> path, with array indexes as numbers (the locator needs them). */
function pathOf(pointer: string, root: unknown): JsonPath {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(seg);
      out.push(i);
      cur = cur[i];
    } else {
      out.push(seg);
      cur = isObj(cur) ? cur[seg] : undefined;
    }
  }
  return out;
}

/** `lxc_configs.950.memory_mb`, `vms[0].network_config.ip`. */
export function formatPath(path: JsonPath): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(p)) s += s ? `.${p}` : p;
    else s += `[${JSON.stringify(p)}]`;
  }
  return s;
}

const prefix = (path: JsonPath): string => (path.length ? `${formatPath(path)}: ` : '');

// ---------------------------------------------------------------------------------------------
// Unknown keys one typo away from a known key

export interface TypoKey {
  readonly path: JsonPath;
  readonly key: string;
  readonly suggestion: string;
}

/**
 * Walk the value along the schema; in every object whose schema lists properties, report keys
 * that are not listed but are one typo away from a listed one. Keys starting with `_` (comments)
 * and keys shorter than 4 characters are never reported.
 */
export function findTypoKeys(value: unknown, rootSchema: AnySchemaObject): TypoKey[] {
  const out: TypoKey[] = [];
  const path: (string | number)[] = [];
  const walk = (v: unknown, node: KeyNode | undefined): void => {
    if (!node?.deep || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      if (node.items?.deep) {
        for (let i = 0; i < v.length; i++) {
          path.push(i);
          walk(v[i], node.items);
          path.pop();
        }
      }
      return;
    }
    for (const k of Object.keys(v)) {
      const known = node.props?.get(k);
      if (known !== undefined || node.props?.has(k)) {
        if (known?.deep) {
          path.push(k);
          walk((v as Obj)[k], known);
          path.pop();
        }
        continue;
      }
      // Strict objects (additionalProperties: false) are left to ajv, whose error gets the hint.
      const suggestion = node.scan ? node.suggest(k) : undefined;
      if (suggestion) out.push({ path: [...path, k], key: k, suggestion });
      else if (node.additional?.deep) {
        path.push(k);
        walk((v as Obj)[k], node.additional);
        path.pop();
      }
    }
  };
  walk(value, keyNodeOf(rootSchema, rootSchema));
  return out;
}

/** What the typo walk needs of a schema, computed once per schema object. */
interface KeyNode {
  readonly props?: Map<string, KeyNode | undefined>;
  readonly additional?: KeyNode;
  readonly items?: KeyNode;
  /** Lists properties and silently allows others: unknown keys are checked for typos here. */
  readonly scan: boolean;
  /** This node or one below it scans. */
  readonly deep: boolean;
  suggest(key: string): string | undefined;
}

type MutableKeyNode = { -readonly [K in keyof KeyNode]: KeyNode[K] };

const keyNodes = new WeakMap<object, KeyNode | undefined>();

function keyNodeOf(schemaIn: unknown, root: AnySchemaObject): KeyNode | undefined {
  const schema = deref(schemaIn, root);
  if (!schema) return undefined;
  if (keyNodes.has(schema)) return keyNodes.get(schema);
  const hasProps = isObj(schema.properties);
  if (!hasProps && !isObj(schema.additionalProperties) && !isObj(schema.items)) {
    keyNodes.set(schema, undefined);
    return undefined;
  }
  const cache = new Map<string, string | undefined>();
  const known = hasProps ? Object.keys(schema.properties as Obj) : [];
  const scan = hasProps && schema.additionalProperties !== false;
  const node: MutableKeyNode = {
    scan,
    deep: scan,
    suggest(key) {
      if (!cache.has(key)) cache.set(key, suggestKey(key, known));
      return cache.get(key);
    },
  };
  keyNodes.set(schema, node); // before recursing, in case a schema refers to itself
  if (hasProps) {
    node.props = new Map();
    for (const [k, sub] of Object.entries(schema.properties as Obj)) node.props.set(k, keyNodeOf(sub, root));
  }
  if (isObj(schema.additionalProperties)) node.additional = keyNodeOf(schema.additionalProperties, root);
  if (isObj(schema.items)) node.items = keyNodeOf(schema.items, root);
  node.deep =
    scan ||
    Boolean(node.additional?.deep || node.items?.deep) ||
    [...(node.props?.values() ?? [])].some((c) => c?.deep);
  return node;
}

function deref(schema: unknown, root: AnySchemaObject): AnySchemaObject | undefined {
  let s = schema;
  for (let hops = 0; isObj(s) && typeof s.$ref === 'string' && hops < 16; hops++) {
    const ref = s.$ref as string;
    if (!ref.startsWith('#/')) return undefined;
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) target = isObj(target) ? target[part] : undefined;
    s = target;
  }
  return isObj(s) ? (s as AnySchemaObject) : undefined;
}

/** The known key a typo'd key most likely meant, or undefined. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length < 4 || key.startsWith('_')) return undefined;
  const lower = key.toLowerCase();
  for (const k of known) if (k.toLowerCase() === lower) return k;
  const budget = key.length >= 10 ? 2 : 1;
  return nearest(key, known, budget);
}

function nearest(word: string, candidates: readonly string[], budget = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > budget || c.length < 2) continue;
    const d = osaDistance(word, c, bestDistance);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= budget ? best : undefined;
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up above `cap`. */
export function osaDistance(a: string, b: string, cap = Infinity): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > cap) return rowMin;
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}
