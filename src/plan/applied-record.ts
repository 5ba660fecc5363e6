/**
 * The `applied` record of the done-record (markers.ts): what apply set on a guest, as a short
 * hash per config key. How the planner reads it is in last-applied.ts. Pure.
 */
import type { DesiredConfig } from './desired-config.js';

/** The record key of the raw `lxc.*` lines. */
export const LXC_RAW_KEY = 'lxc';

/**
 * 8 hex digits (32-bit FNV-1a over the UTF-16 code units). The record stays short in a guest's
 * description: qemu-server's `$confdesc` caps a VM's `description` at 8 KiB, some 20 keys take
 * about 400 bytes (pve-container's LXC/Config.pm sets no cap). Computed for every guest of every
 * plan, it guards against no adversary: a collision only mislabels a diff as drift.
 */
export function valueHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Whether two `applied` records are equal (both absent counts as equal). */
export function sameApplied(
  a: Readonly<Record<string, string>> | undefined,
  b: Readonly<Record<string, string>> | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

const records = new WeakMap<DesiredConfig, Record<string, string>>();

/** The `applied` record of a desired config (keys sorted). */
export function appliedRecord(cfg: DesiredConfig): Record<string, string> {
  let rec = records.get(cfg);
  if (rec === undefined) {
    const out: Record<string, string> = {};
    const keys = Object.keys(cfg.keys);
    if (cfg.lxcRaw.length) keys.push(LXC_RAW_KEY);
    for (const k of keys.sort())
      out[k] = k === LXC_RAW_KEY ? valueHash(cfg.lxcRaw.join('\n')) : valueHash(cfg.keys[k]!);
    rec = out;
    records.set(cfg, rec);
  }
  return rec;
}
