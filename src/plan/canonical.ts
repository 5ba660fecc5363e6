/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as Array#sort orders strings),
 * `undefined` members dropped, no whitespace. Equal values give equal strings, so hashes of
 * canonical forms are stable across runs, machines and key orders.
 *
 * Speed matters (a 10,000-guest plan is ~20 MB of JSON and is hashed on every plan): subtrees whose
 * keys are already in sorted order are handed to the native JSON.stringify as they are; only the
 * rest goes through a key-sorting path. The result is the same either way.
 */
import { createHash } from 'node:crypto';

/** JSON.stringify replacer that re-creates plain objects with sorted keys. */
export function sortedKeysReplacer(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
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
    if (!Object.prototype.hasOwnProperty.call(value, k)) return false;
    if (previous !== undefined && previous > k) return false;
    previous = k;
    if (!isSortedDeep((value as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** One subtree: natively when already sorted, else through the sorting replacer. */
function subtree(value: unknown): string {
  return (isSortedDeep(value) ? JSON.stringify(value) : JSON.stringify(value, sortedKeysReplacer)) ?? 'null';
}

function canonical(value: unknown): string {
  if (isSortedDeep(value)) return JSON.stringify(value) ?? 'null';
  // Not sorted at some depth: split one level (a plan's top level is unsorted, its changes are
  // sorted), then each child in one go.
  const skip = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  if (Array.isArray(value)) return `[${value.map((v) => (skip(v) ? 'null' : subtree(v))).join(',')}]`;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return JSON.stringify(value, sortedKeysReplacer);
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(obj).sort()) {
    const v = obj[k];
    if (!skip(v)) parts.push(`${JSON.stringify(k)}:${subtree(v)}`);
  }
  return `{${parts.join(',')}}`;
}

export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'null';
  return canonical(value);
}

/**
 * sha256 (hex) of `canonicalJson(value)`, computed in chunks (the two outer levels are walked,
 * deeper subtrees serialised one at a time) so a 20 MB plan is never one string.
 */
export function canonicalSha256(value: unknown): string {
  const hash = createHash('sha256');
  let buffer = '';
  const emit = (s: string) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      hash.update(buffer);
      buffer = '';
    }
  };
  const skip = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const walk = (v: unknown, depth: number): void => {
    if (
      v === null ||
      typeof v !== 'object' ||
      depth >= 2 ||
      typeof (v as { toJSON?: unknown }).toJSON === 'function'
    ) {
      emit(v !== null && typeof v === 'object' ? subtree(v) : (JSON.stringify(v) ?? 'null'));
    } else if (Array.isArray(v)) {
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
      for (const k of Object.keys(v).sort()) {
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
  hash.update(buffer);
  return hash.digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** First 16 hex digits of sha256: enough to notice a change, short enough for a guest description. */
export function shortHash(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

/** A copy of a flat record with its keys in sorted order. */
export function sortKeys<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj).sort()) out[k] = (obj as Record<string, unknown>)[k];
  return out as T;
}
