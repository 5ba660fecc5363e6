/**
 * Proxmox VE property strings (`key=value,key=value`, the format of `net0`, `rootfs`, `scsi0`,
 * `startup`...): rendering with value checks, and splitting one back into its keys.
 */
import { bool01, fail, show } from './command.js';
import { hasControlChars } from './checks.js';

export type PropValue = string | number | boolean | undefined;

/**
 * Renders `k=v,k=v`. The first pair is written without `key=` when `bareFirst` is set (Proxmox's
 * default key). Values may not contain `,` (the separator) or control characters.
 */
export function propertyString(
  option: string,
  pairs: ReadonlyArray<readonly [string, PropValue]>,
  bareFirst = false,
): string {
  const parts: string[] = [];
  pairs.forEach(([key, raw], i) => {
    if (raw === undefined) return;
    const value = typeof raw === 'boolean' ? bool01(raw) : String(raw);
    if (value === '' || value.includes(',') || hasControlChars(value))
      fail(`invalid ${option} value for '${key}': ${show(value)} (empty, ',' or control characters)`);
    if (i === 0 && bareFirst) {
      if (value.includes('=')) fail(`invalid ${option} value for '${key}': ${show(value)} contains '='`);
      parts.push(value);
    } else parts.push(`${key}=${value}`);
  });
  if (parts.length === 0) fail(`${option} needs at least one setting`);
  return parts.join(',');
}

/** Splits a property string into sub-keys (a part without `=` goes to `defaultKey`). */
export function parsePropertyString(text: string, defaultKey?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (defaultKey) out[defaultKey] = part;
      else out[part] = '';
    } else out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}
