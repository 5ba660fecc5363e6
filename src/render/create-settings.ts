/**
 * The settings a new guest ends with, for every renderer: a create lists its config; a clone lists
 * its own settings, the ones it keeps from its clone source (marked as such), and the source's
 * settings it drops. No restart marks: nothing is running yet. Pure.
 */
import { displayValue } from '../plan/config-diff.js';
import { sourceConfigKey } from '../plan/clone-base.js';
import type { GuestChange, Plan } from '../plan/types.js';
import { label } from './summary.js';

export interface ResultingSetting {
  readonly key: string;
  /** Display value; for a dropped setting, the source's value. */
  readonly value: string;
  /** `own`: from the guest's config; `source`: kept from the clone source; `dropped`: the source's, removed. */
  readonly origin: 'own' | 'source' | 'dropped';
}

/** Keys written by Phoenix itself (tag, done-record), not settings the reader chose. */
const BOOKKEEPING = new Set(['description', 'tags']);

/** Whether `c` makes a new guest that did not exist (create or clone; not a rebuild). */
export function isNewGuest(c: Pick<GuestChange, 'action'>): boolean {
  return c.action === 'create' || c.action === 'clone';
}

/** `CT 902 @ ready`: the clone source, for "kept from ..." marks; undefined for a create. */
export function cloneSourceLabel(c: GuestChange): string | undefined {
  const s = c.steps.find((x) => x.op === 'clone');
  if (s?.op !== 'clone') return undefined;
  return label({ kind: c.kind, id: s.source });
}

/** Settings in key order; raw `lxc.*` lines last (as `lxc` keys). */
export function resultingSettings(c: GuestChange, sources: Plan['cloneSources']): ResultingSetting[] {
  const create = c.steps.find((s) => s.op === 'create');
  if (create?.op === 'create') {
    const out: ResultingSetting[] = Object.entries(create.config)
      .filter(([k]) => !BOOKKEEPING.has(k))
      .map(([k, v]) => ({ key: k, value: displayValue(c.kind, k, v), origin: 'own' as const }));
    for (const l of create.lxcRaw) out.push({ key: 'lxc', value: l, origin: 'own' });
    return out;
  }
  const out: ResultingSetting[] = [];
  for (const d of c.diffs) {
    if (BOOKKEEPING.has(d.key)) continue;
    if (d.to !== undefined) out.push({ key: d.key, value: d.to, origin: 'own' });
    else if (d.from !== undefined) out.push({ key: d.key, value: d.from, origin: 'dropped' });
  }
  const clone = c.steps.find((s) => s.op === 'clone');
  const base = clone?.op === 'clone' ? sources?.[sourceConfigKey(clone.source, clone.storage)] : undefined;
  const own = new Set(c.diffs.map((d) => d.key));
  for (const [k, v] of Object.entries(base ?? {}))
    if (!own.has(k) && !BOOKKEEPING.has(k)) out.push({ key: k, value: v, origin: 'source' });
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
