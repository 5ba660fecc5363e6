/**
 * JSON text with source positions. Parsing is strict JSON (no comments, no trailing commas),
 * and it reports what `JSON.parse` hides: duplicate keys, empty files, invalid UTF-8.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from './diagnostics.js';

export type JsonPath = readonly (string | number)[];

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface JsonSource {
  /** File path as shown to the user. */
  readonly file: string;
  readonly text: string;
  /** Parsed value; undefined when the text could not be parsed. */
  readonly value: unknown;
  readonly root: Node | undefined;
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  locate(path: JsonPath, which?: 'key' | 'value'): Position;
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected (a trailing comma?)',
  ValueExpected: 'value expected (a trailing comma?)',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected (is the file truncated?)",
  CloseBracketExpected: "']' expected (is the file truncated?)",
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string (is the file truncated?)',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

export interface ParsedSource {
  readonly source: JsonSource;
  readonly diagnostics: Diagnostic[];
}

/** Decode bytes as UTF-8, reporting the first invalid sequence with its position. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    // Find the first bad byte for a located message.
    let line = 1;
    let column = 1;
    for (let i = 0; i < bytes.length;) {
      const len = utf8SequenceLength(bytes, i);
      if (len === 0) {
        return {
          diagnostic: {
            file,
            line,
            column,
            severity: 'error',
            rule: 'PHX-JSON-ENCODING',
            message: `file is not valid UTF-8 (byte 0x${bytes[i].toString(16).padStart(2, '0')} at offset ${i}); save it as UTF-8`,
          },
        };
      }
      if (bytes[i] === 10) {
        line++;
        column = 1;
      } else column++;
      i += len;
    }
    return {
      diagnostic: {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'PHX-JSON-ENCODING',
        message: 'file is not valid UTF-8',
      },
    };
  }
}

function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (need === 0 || i + need > b.length) return 0;
  for (let k = 1; k < need; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  return need;
}

/**
 * Parse JSON text, collecting syntax errors and duplicate keys as located diagnostics.
 * The fast path is `JSON.parse` plus one linear scan for duplicate keys; the positioned syntax
 * tree is built only when a syntax error must be located or a finding asks for a position.
 */
export function parseJsonSource(file: string, text: string): ParsedSource {
  let lineIndex: LineIndex | undefined;
  const index = (): LineIndex => (lineIndex ??= new LineIndex(text));
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, rule: string, message: string): Diagnostic => ({
    file,
    ...index().position(offset),
    severity: 'error',
    rule,
    message,
  });

  if (text.trim() === '') {
    diagnostics.push(at(0, 'PHX-JSON-SYNTAX', 'file is empty; expected a JSON object'));
    return { source: makeSource(file, text, undefined, index), diagnostics };
  }

  // Depth first: a file nested deeper than any config needs would overflow the stack of the
  // recursive walks after validation (plan hashing, canonical copies) instead of being refused here.
  const tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    diagnostics.push(
      at(
        tooDeep,
        'PHX-JSON-DEPTH',
        `value nested more than ${MAX_JSON_DEPTH} levels deep; no Phoenix config needs that many levels`,
      ),
    );
    return { source: makeSource(file, text, undefined, index), diagnostics };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    diagnostics.push(syntaxError(text, at));
    return { source: makeSource(file, text, undefined, index), diagnostics };
  }
  // Duplicate keys: JSON.parse keeps the last silently; an operator almost never means that.
  for (const dup of findDuplicateKeys(text)) {
    const p = index().position(dup.firstOffset);
    diagnostics.push(
      at(
        dup.offset,
        'PHX-JSON-DUPLICATE-KEY',
        `duplicate key "${dup.key}" (first defined at line ${p.line}); JSON keeps only the last`,
      ),
    );
  }
  return { source: makeSource(file, text, value, index), diagnostics };
}

/** Locate the first syntax error with jsonc-parser (later ones are usually its echoes). */
function syntaxError(
  text: string,
  at: (offset: number, rule: string, message: string) => Diagnostic,
): Diagnostic {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return at(0, 'PHX-JSON-SYNTAX', 'invalid JSON');
  const code = printParseErrorCode(first.error);
  let offset = first.offset;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (text[i] === ',' && (text[offset] === '}' || text[offset] === ']')) {
    return at(i, 'PHX-JSON-SYNTAX', 'invalid JSON: trailing comma before the closing bracket');
  }
  if (offset >= text.length) offset = Math.max(0, text.length - 1);
  return at(offset, 'PHX-JSON-SYNTAX', `invalid JSON: ${MESSAGES[code] ?? code}`);
}

/** Deepest nesting of objects and arrays a config file may have (the schemas need about 8). */
export const MAX_JSON_DEPTH = 64;

/**
 * Offset of the first bracket that opens level `limit + 1`, or undefined. One pass, strings
 * skipped (brackets inside them do not count); works on any text, valid JSON or not.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return undefined;
}

interface DuplicateKey {
  readonly key: string;
  readonly offset: number;
  readonly firstOffset: number;
}

/**
 * One pass over text already known to be valid JSON, tracking object nesting and the keys seen
 * in each object. Strings are skipped with indexOf; only keys containing escapes are decoded.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  // One entry per open bracket: a key map for objects, null for arrays.
  const stack: (Map<string, number> | null)[] = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end > 0) {
        let slashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 92; k--) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) break;
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const first = top.get(key);
        if (first !== undefined) out.push({ key, offset: i, firstOffset: first });
        else top.set(key, i);
        expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */) {
      stack.push(new Map());
      expectKey = true;
    } else if (c === 91 /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return out;
}

/**
 * Like jsonc-parser's findNodeAtLocation over the first `n` segments of `path`, but each object's
 * key -> value map is built once, so locating many findings in a file with thousands of guests
 * stays linear instead of scanning every sibling per finding. (The last duplicate key wins, as in
 * JSON.parse.)
 */
const childMaps = new WeakMap<Node, Map<string, Node>>();
function nodeAt(root: Node, path: JsonPath, n: number): Node | undefined {
  let node: Node | undefined = root;
  for (let i = 0; i < n && node; i++) {
    const seg = path[i];
    if (typeof seg === 'number') {
      node = node.type === 'array' ? node.children?.[seg] : undefined;
      continue;
    }
    if (node.type !== 'object') return undefined;
    let map = childMaps.get(node);
    if (!map) {
      map = new Map();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) map.set(String(k.value), v);
      }
      childMaps.set(node, map);
    }
    node = map.get(seg);
  }
  return node;
}

function makeSource(file: string, text: string, value: unknown, index: () => LineIndex): JsonSource {
  let tree: Node | undefined | null = null;
  // The tree is only needed to turn a JSON path into a position: build it on first use.
  const root = (): Node | undefined => {
    if (tree === null)
      tree = value === undefined ? undefined : parseTree(text, [], { disallowComments: true });
    return tree;
  };
  return {
    file,
    text,
    value,
    get root() {
      return root();
    },
    locate(path: JsonPath, which: 'key' | 'value' = 'value'): Position {
      const top = root();
      if (!top) return { line: 1, column: 1 };
      for (let n = path.length; n >= 0; n--) {
        const node = nodeAt(top, path, n);
        if (!node) continue;
        if (
          which === 'key' &&
          n === path.length &&
          node.parent?.type === 'property' &&
          node.parent.children?.[0]
        ) {
          return index().position(node.parent.children[0].offset);
        }
        return index().position(node.offset);
      }
      return index().position(top.offset);
    },
  };
}
