/**
 * What Phoenix last applied to a guest, and how a changed setting came about. Apply records, in
 * the done-record (markers.ts `applied`), a short hash of every config value it set (command
 * syntax, as the plan carries it) and of the raw `lxc.*` lines. The planner compares a changed
 * key three ways: the config now, the record, and the live value:
 *   - config equals the record, live differs: changed outside Phoenix (`origin: 'outside'`);
 *   - config differs from the record: a config edit (no `origin`);
 *   - both differ (told only for keys Proxmox prints as set, `text` comparison): `origin: 'both'`.
 * A guest without a record (applied before Phoenix recorded it) is treated as today: every
 * change is a config edit. Pure.
 */
import { keyComparison } from '../dialect/guest-keys.js';
import type { GuestKind } from '../model/types.js';
import { LXC_RAW_KEY, valueHash } from './applied-record.js';
import type { DesiredConfig } from './desired-config.js';
import type { DiffOrigin, FieldDiff } from './types.js';

/** A record that says something: absent on old guests, empty while a guest is being made. */
function hasRecord(
  applied: Readonly<Record<string, string>> | undefined,
): applied is Readonly<Record<string, string>> {
  return applied !== undefined && Object.keys(applied).length > 0;
}

/** How the diff of `key` came about; undefined: a config edit (or unknown, without a record). */
export function diffOrigin(
  kind: GuestKind,
  key: string,
  cfg: DesiredConfig,
  live: Readonly<Record<string, string>>,
  applied: Readonly<Record<string, string>> | undefined,
): DiffOrigin | undefined {
  if (!hasRecord(applied) || key === 'source') return undefined;
  if (key.startsWith('lxc.')) {
    const want = cfg.lxcRaw.length ? valueHash(cfg.lxcRaw.join('\n')) : undefined;
    return want === applied[LXC_RAW_KEY] ? 'outside' : undefined;
  }
  const was = applied[key];
  const desired = cfg.keys[key];
  const want = desired === undefined ? undefined : valueHash(desired);
  if (want === was) return 'outside';
  const have = live[key];
  if (
    was !== undefined &&
    have !== undefined &&
    keyComparison(kind, key) === 'text' &&
    valueHash(have) !== was
  )
    return 'both';
  return undefined;
}

/** `diffs` with `origin` set where a change did not come (only) from the config. */
export function classifyDiffs(
  kind: GuestKind,
  diffs: readonly FieldDiff[],
  cfg: DesiredConfig,
  live: Readonly<Record<string, string>>,
  applied: Readonly<Record<string, string>> | undefined,
): FieldDiff[] {
  if (!hasRecord(applied)) return [...diffs];
  return diffs.map((d) => {
    const origin = diffOrigin(kind, d.key, cfg, live, applied);
    // Keys in sorted order, like every field diff (canonical hashing takes the fast path).
    if (!origin) return d;
    return d.note === undefined
      ? { effect: d.effect, from: d.from, key: d.key, origin, to: d.to }
      : { effect: d.effect, from: d.from, key: d.key, note: d.note, origin, to: d.to };
  });
}

/** Whether a diff shows a change made outside Phoenix (alone or with a config edit). */
export function isDriftDiff(d: FieldDiff): boolean {
  return d.origin === 'outside' || d.origin === 'both';
}

/** The reader's reason for a guest's config change, from its classified diffs. */
export function configReason(diffs: readonly FieldDiff[]): string {
  const outside = diffs.filter(isDriftDiff).length;
  if (outside === 0) return 'config differs';
  if (outside === diffs.length) return 'changed outside Phoenix (drift): apply sets it back to the config';
  return `config differs; ${outside} setting${outside === 1 ? '' : 's'} changed outside Phoenix`;
}
