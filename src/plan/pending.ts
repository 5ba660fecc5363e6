/**
 * Values Proxmox keeps pending on a running guest (`[pve:pending]`, applied at its next start by
 * `vmconfig_apply_pending`) count as not applied: the plan compares the desired config with both
 * the current values and the values after the next start. A key wanted as it is now but pending
 * otherwise (a value reverted in the config) is set again, which drops the pending value
 * (pve-container `cleanup_pending` removes one equal to the current value); a key wanted as it is
 * pending is set again too, and its restart effect makes the plan restart the guest (saying so).
 */
import type { LiveGuest } from '../model/live-state.js';
import { sortKeys } from './canonical.js';
import type { ConfigDiff } from './config-diff.js';
import type { FieldDiff } from './types.js';

/** Pending removals: `delete: mp0,!memory` (`!` forces). */
function pendingDeletes(pending: Readonly<Record<string, string>>): string[] {
  return (pending.delete ?? '')
    .split(/[,;\s]+/)
    .map((k) => k.replace(/^!/, ''))
    .filter(Boolean);
}

/** The config the guest has after its next start, or undefined when nothing is pending. */
export function configAfterPending(live: LiveGuest): Record<string, string> | undefined {
  const pending = live.pending;
  if (!pending || Object.keys(pending).length === 0) return undefined;
  const out: Record<string, string> = { ...live.config };
  for (const [k, v] of Object.entries(pending)) if (k !== 'delete') out[k] = v;
  for (const k of pendingDeletes(pending)) delete out[k];
  return out;
}

/** `diff` against the current config, plus what differs only from the pending values. */
export function diffWithPending(
  live: LiveGuest,
  diff: (onto: Readonly<Record<string, string>>) => ConfigDiff,
): ConfigDiff {
  const now = diff(live.config);
  const after = configAfterPending(live);
  if (!after) return now;
  const pendingKeys = new Set([...Object.keys(live.pending!), ...pendingDeletes(live.pending!)]);
  const later = diff(after);
  const set = { ...now.set };
  const diffs: FieldDiff[] = [...now.diffs];
  const known = new Set(now.diffs.map((d) => d.key));
  for (const d of later.diffs) {
    if (known.has(d.key) || !pendingKeys.has(d.key)) continue;
    const pendingValue = live.pending![d.key];
    diffs.push(
      sortKeys({
        ...d,
        from: live.config[d.key] ?? '(unset)',
        note: pendingValue === undefined ? 'pending removal reverted' : `pending ${pendingValue} reverted`,
      }),
    );
    if (later.set[d.key] !== undefined) set[d.key] = later.set[d.key]!;
  }
  const del = [...now.delete];
  for (const k of later.delete) if (pendingKeys.has(k) && !del.includes(k)) del.push(k);
  return { ...now, diffs, set: sortKeys(set), delete: del };
}
