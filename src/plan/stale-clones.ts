/**
 * Clones keep what they were cloned from: when a clone source (a template, or a guest clones
 * start from a snapshot of) changes in a plan, its existing clones are not made again. The plan
 * names them, so a reviewer does not expect a template or feature-script change to reach them. Pure.
 */
import type { GuestChange } from './types.js';
import { guestLabel } from './types.js';

/** Actions that leave an existing guest as it was made (it is not created or rebuilt in this plan). */
const KEEPS_ITS_MAKING = new Set<GuestChange['action']>(['no-op', 'update']);

/** Steps that change what a clone made now would get (not start, health check, snapshots). */
const SHAPING = new Set(['configure', 'resize', 'move-volume', 'firewall', 'feature', 'app-script']);

/** Why a source's change matters to its clones, in words; undefined when it does not. */
function whatChanges(c: GuestChange): string | undefined {
  if (c.action === 'replace') return 'is rebuilt';
  if (c.action !== 'update' || !c.steps.some((s) => SHAPING.has(s.op))) return undefined;
  const scripts = c.steps.filter((s) => s.op === 'feature' || s.op === 'app-script');
  if (scripts.length) {
    const names = scripts.map((s) => (s.op === 'feature' ? `feature ${s.name}` : s.script));
    return `runs ${names.join(', ')} again`;
  }
  return 'changes its settings';
}

/** A warning on each changed clone source that has existing clones, naming them. */
export function staleCloneWarnings(
  changes: readonly GuestChange[],
  exists: (id: number) => boolean,
): { address: string; message: string }[] {
  const clonesOf = new Map<number, GuestChange[]>();
  for (const c of changes) {
    if (!c.cloneOf || !KEEPS_ITS_MAKING.has(c.action) || !exists(c.id)) continue;
    const list = clonesOf.get(c.cloneOf.id);
    if (list) list.push(c);
    else clonesOf.set(c.cloneOf.id, [c]);
  }
  const out: { address: string; message: string }[] = [];
  for (const c of changes) {
    const clones = clonesOf.get(c.id);
    const what = clones && whatChanges(c);
    if (!clones || !what) continue;
    const shown = clones.slice(0, 20).map((k) => `${guestLabel(k.kind, k.id)}${k.name ? ` ${k.name}` : ''}`);
    const more = clones.length > 20 ? `, and ${clones.length - 20} more` : '';
    const n = clones.length;
    out.push({
      address: c.address,
      message: `${c.template ? 'template' : 'clone source'} ${what}; ${n} existing clone${n === 1 ? '' : 's'} keep${n === 1 ? 's' : ''} the old version (clones are not rebuilt): ${shown.join(', ')}${more}`,
    });
  }
  return out;
}
