/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as Array#sort orders strings),
 * `undefined` members dropped, no whitespace. Equal values give equal strings, so hashes of
 * canonical forms are stable across runs, machines and key orders.
 *
 * Speed matters (a 10,000-guest plan is ~20 MB of JSON and is hashed on every plan): values are
 * always serialised by the native JSON.stringify, either as they are (keys already in order) or as
 * a copy of just their unsorted parts; the planner's changes, built in order, are not even walked
 * (`markSorted`). The text is the same as the generic key-sorting replacer gives.
 */
import * as crypto from 'node:crypto';

const { createHash } = crypto;

/** JSON.stringify replacer that re-creates plain objects with sorted keys. */
export function sortedKeysReplacer(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of sortedKeys(value)) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

/** Returned by `sortedCopy` for values only the generic (replacer) path serialises exactly. */
const UNSUPPORTED: unique symbol = Symbol('unsupported');

const hasOwn = Object.prototype.hasOwnProperty;

/** Objects `markSorted` vouched for. */
const presorted = new WeakSet<object>();

/**
 * Sorts strings in place, in the order `Array#sort` gives them (UTF-16 code units). Insertion sort:
 * key lists are short, and unlike `Array#sort` it allocates nothing (it sorts every object's keys).
 */
export function sortStrings(a: string[]): string[] {
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    if (a[j] <= x) continue;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}

/** Own enumerable keys, sorted (long lists by `Array#sort`, short ones without allocating). */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  return keys.length > 64 ? keys.sort() : sortStrings(keys);
}

/**
 * `value` itself when every object in it lists its keys in sorted order, else a copy in which
 * they do (only the unsorted parts are copied). Native `JSON.stringify` of the result equals
 * `JSON.stringify(value, sortedKeysReplacer)`, without calling back into JavaScript for every
 * value. Anything but plain objects, arrays and primitives (class instances, `toJSON`, inherited
 * or `__proto__` keys) gives UNSUPPORTED and is left to the replacer path.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return UNSUPPORTED;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const c = v !== null && typeof v === 'object' && presorted.has(v) ? v : sortedCopy(v);
      if (c === UNSUPPORTED) return UNSUPPORTED;
      if (out) out.push(c);
      else if (c !== v) {
        out = value.slice(0, i);
        out.push(c);
      }
    }
    return out ?? value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return UNSUPPORTED;
  const obj = value as Record<string, unknown>;
  let sorted = true;
  let previous: string | undefined;
  for (const k in obj) {
    if (!hasOwn.call(obj, k) || k === '__proto__') return UNSUPPORTED;
    if (previous !== undefined && previous > k) sorted = false;
    previous = k;
  }
  if (!sorted) {
    const out: Record<string, unknown> = {};
    for (const k of sortedKeys(obj)) {
      const c = sortedCopy(obj[k]);
      if (c === UNSUPPORTED) return UNSUPPORTED;
      out[k] = c;
    }
    return out;
  }
  let out: Record<string, unknown> | undefined;
  for (const k in obj) {
    const v = obj[k];
    const c = sortedCopy(v);
    if (c === UNSUPPORTED) return UNSUPPORTED;
    if (out) out[k] = c;
    else if (c !== v) {
      out = {};
      for (const j in obj) {
        if (j === k) break;
        out[j] = obj[j];
      }
      out[k] = c;
    }
  }
  return out ?? obj;
}

/** Under Jest the claims of `markSorted` are checked. */
const CHECK_SORTED = process.env.NODE_ENV === 'test';

/**
 * Records that `value`, a plain object or array not changed afterwards, lists its keys in sorted
 * order at every depth (as the planner builds its changes): `canonicalSha256` then serialises it
 * natively without walking it first. Under Jest (NODE_ENV=test) the claim is verified, so a change
 * built out of order fails the tests instead of giving a hash that is not canonical.
 */
export function markSorted<T extends object>(value: T): T {
  if (CHECK_SORTED && sortedCopy(value) !== value) {
    throw new Error(`markSorted: keys out of order in ${JSON.stringify(value).slice(0, 200)}`);
  }
  presorted.add(value);
  return value;
}

/** True when every object in `value` lists its keys in sorted order (and has no toJSON). */
function isSortedDeep(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isSortedDeep(value[i])) return false;
    return true;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  let previous: string | undefined;
  for (const k in value) {
    if (!hasOwn.call(value, k)) return false;
    if (previous !== undefined && previous > k) return false;
    previous = k;
    if (!isSortedDeep((value as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** One subtree by the generic path: natively when already sorted, else through the sorting replacer. */
function replacerSubtree(value: unknown): string {
  return (isSortedDeep(value) ? JSON.stringify(value) : JSON.stringify(value, sortedKeysReplacer)) ?? 'null';
}

/** One subtree (nested keys in the order `JSON.stringify(value, sortedKeysReplacer)` gives). */
function subtree(value: unknown): string {
  const c = sortedCopy(value);
  return c === UNSUPPORTED ? replacerSubtree(value) : (JSON.stringify(c) ?? 'null');
}

const skip = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Top-level keys sorted as strings (integer-like keys too), each member by `subtree`. */
function splitCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (skip(v) ? 'null' : subtree(v))).join(',')}]`;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return JSON.stringify(value, sortedKeysReplacer);
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of sortedKeys(obj)) {
    const v = obj[k];
    if (!skip(v)) parts.push(`${JSON.stringify(k)}:${subtree(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Whether some key starts with a digit (integer-like keys, which objects list first). */
function hasDigitKey(obj: object): boolean {
  for (const k in obj) {
    const c = k.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function canonical(value: unknown): string {
  const c = sortedCopy(value);
  if (c === value) return JSON.stringify(value) ?? 'null';
  // The top level sorts all keys as strings; below it, as `subtree` does. The two agree unless a
  // top-level key looks like an integer.
  if (c !== UNSUPPORTED && (Array.isArray(value) || !hasDigitKey(value as object))) return JSON.stringify(c);
  return splitCanonical(value);
}

/**
 * `JSON.stringify(value, sortedKeysReplacer, indent)`, computed by stringifying a sorted copy
 * natively (much faster for big values such as a plan).
 */
export function sortedJson(value: unknown, indent?: number): string {
  const c = sortedCopy(value);
  return c === UNSUPPORTED
    ? JSON.stringify(value, sortedKeysReplacer, indent)
    : JSON.stringify(c, null, indent);
}

export function canonicalJson(value: unknown): string {
  if (skip(value)) return 'null';
  return canonical(value);
}

/** No holes (the element-by-element walk skips holes, `JSON.stringify` writes them as null). */
function isDense(a: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (!(i in a)) return false;
  return true;
}

/** Elements of an array below the two walked levels are serialised this many at a time. */
const CHUNK = 256;

/**
 * sha256 (hex) of `canonicalJson(value)`, computed in chunks (the two outer levels are walked,
 * deeper subtrees serialised a few hundred at a time) so a 20 MB plan is never one string.
 */
export function canonicalSha256(value: unknown): string {
  const hash = createHash('sha256');
  let buffer = '';
  const flush = () => {
    if (buffer) hash.update(buffer);
    buffer = '';
  };
  const emit = (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 16) flush();
  };
  /** Elements of an array whose members are subtrees: `[a,b,...]` from native stringify of chunks. */
  const leafArray = (v: readonly unknown[]): void => {
    emit('[');
    for (let i = 0; i < v.length; i += CHUNK) {
      if (i) emit(',');
      const end = Math.min(v.length, i + CHUNK);
      const chunk: unknown[] = [];
      for (let j = i; j < end; j++) {
        const x = v[j];
        const c = x !== null && typeof x === 'object' && presorted.has(x) ? x : sortedCopy(x);
        if (c === UNSUPPORTED) break;
        chunk.push(c);
      }
      if (chunk.length === end - i) {
        // `[a,b,c]` without its brackets, straight into the hash.
        flush();
        hash.update(JSON.stringify(chunk).slice(1, -1));
      } else {
        const parts: string[] = [];
        for (let j = i; j < end; j++) parts.push(skip(v[j]) ? 'null' : subtree(v[j]));
        emit(parts.join(','));
      }
    }
    emit(']');
  };
  const walk = (v: unknown, depth: number): void => {
    if (
      v === null ||
      typeof v !== 'object' ||
      depth >= 2 ||
      typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ) {
      emit(v !== null && typeof v === 'object' ? subtree(v) : (JSON.stringify(v) ?? 'null'));
    } else if (Array.isArray(v)) {
      if (depth + 1 >= 2 && isDense(v)) {
        leafArray(v);
        return;
      }
      emit('[');
      v.forEach((x, i) => {
        if (i) emit(',');
        if (skip(x)) emit('null');
        else walk(x, depth + 1);
      });
      emit(']');
    } else {
      emit('{');
      let first = true;
      for (const k of sortedKeys(v)) {
        const x = (v as Record<string, unknown>)[k];
        if (skip(x)) continue;
        emit(`${first ? '' : ','}${JSON.stringify(k)}:`);
        first = false;
        walk(x, depth + 1);
      }
      emit('}');
    }
  };
  if (skip(value)) emit('null');
  else walk(value, 0);
  flush();
  return hash.digest('hex');
}

/** One-shot `crypto.hash` (Node 20.12+, much cheaper for short texts), else a Hash object. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}

/** First 16 hex digits of sha256: enough to notice a change, short enough for a guest description. */
export function shortHash(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

/** A copy of a flat record with its keys in sorted order. */
export function sortKeys<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const k of sortedKeys(obj)) out[k] = (obj as Record<string, unknown>)[k];
  return out as T;
}
