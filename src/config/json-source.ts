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

/** Parse JSON text, collecting syntax errors and duplicate keys as located diagnostics. */
export function parseJsonSource(file: string, text: string): ParsedSource {
  const index = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, rule: string, message: string): Diagnostic => ({
    file,
    ...index.position(offset),
    severity: 'error',
    rule,
    message,
  });

  if (text.trim() === '') {
    diagnostics.push(at(0, 'PHX-JSON-SYNTAX', 'file is empty; expected a JSON object'));
    return { source: makeSource(file, text, undefined, undefined, index), diagnostics };
  }

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  // Report the first syntax error only: later ones are usually its echoes.
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    let offset = first.offset;
    let i = offset - 1;
    while (i >= 0 && /\s/.test(text[i])) i--;
    if (text[i] === ',' && (text[offset] === '}' || text[offset] === ']')) {
      diagnostics.push(at(i, 'PHX-JSON-SYNTAX', 'invalid JSON: trailing comma before the closing bracket'));
    } else {
      if (offset >= text.length) offset = Math.max(0, text.length - 1);
      diagnostics.push(at(offset, 'PHX-JSON-SYNTAX', `invalid JSON: ${MESSAGES[code] ?? code}`));
    }
  }
  if (errors.length > 0 || !root) {
    return { source: makeSource(file, text, undefined, undefined, index), diagnostics };
  }
  // Duplicate keys: JSON.parse keeps the last silently; an operator almost never means that.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object' && node.children) {
      const seen = new Map<string, Node>();
      for (const prop of node.children) {
        const keyNode = prop.children?.[0];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const first = seen.get(key);
        if (first) {
          const p = index.position(first.offset);
          diagnostics.push(
            at(
              keyNode.offset,
              'PHX-JSON-DUPLICATE-KEY',
              `duplicate key "${key}" (first defined at line ${p.line}); JSON keeps only the last`,
            ),
          );
        } else seen.set(key, keyNode);
      }
    }
    if (node.children) for (const c of node.children) stack.push(c);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    diagnostics.push(at(0, 'PHX-JSON-SYNTAX', `invalid JSON: ${(err as Error).message}`));
    return { source: makeSource(file, text, undefined, undefined, index), diagnostics };
  }
  return { source: makeSource(file, text, value, root, index), diagnostics };
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

function makeSource(
  file: string,
  text: string,
  value: unknown,
  root: Node | undefined,
  index: LineIndex,
): JsonSource {
  return {
    file,
    text,
    value,
    root,
    locate(path: JsonPath, which: 'key' | 'value' = 'value'): Position {
      if (!root) return { line: 1, column: 1 };
      for (let n = path.length; n >= 0; n--) {
        const node = nodeAt(root, path, n);
        if (!node) continue;
        if (
          which === 'key' &&
          n === path.length &&
          node.parent?.type === 'property' &&
          node.parent.children?.[0]
        ) {
          return index.position(node.parent.children[0].offset);
        }
        return index.position(node.offset);
      }
      return index.position(root.offset);
    },
  };
}
