/**
 * `--only ADDR[,ADDR...]`: a plan narrowed to the named guests (`ct/955`, `vm/9001`, globs such
 * as `ct/95*`) plus what they need, their clone sources and dependencies (the planner's DAG
 * edges), transitively. Pure; the planner calls it on the full plan before hashing, and the
 * selection is kept in `Plan.selection`, so it is part of the hash: a reviewed full plan never
 * matches a partial one, nor one partial plan another. Errors of guests left out stay errors
 * (a partial plan is never applyable while the config it comes from is broken).
 */
import { UserError } from '../util/errors.js';
import { buildDag, topoLayers } from './graph.js';
import type { GuestChange, Plan, PlanSelection } from './types.js';

/** A pattern that names no guest, or is not an address at all: a usage error (exit 2). */
export class SelectionError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}

const ADDRESS = /^(ct|vm)\/[0-9*?]+$/;

function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/\*/g, '\\d*').replace(/\?/g, '\\d')}$`);
}

/** The changes each pattern matches; throws a SelectionError for a malformed or unmatched one. */
export function matchGuests(patterns: readonly string[], changes: readonly GuestChange[]): Set<string> {
  if (patterns.length === 0) throw new SelectionError('--only: give at least one guest address');
  const matched = new Set<string>();
  for (const p of patterns) {
    if (!ADDRESS.test(p))
      throw new SelectionError(
        `--only: '${p}' is not a guest address (ct/ID or vm/ID, globs such as ct/95*)`,
      );
    const re = globToRegExp(p);
    const hits = changes.filter((c) => re.test(c.address));
    if (hits.length === 0) {
      const known = changes.map((c) => c.address);
      throw new SelectionError(
        `--only: no guest in the config or planned for deletion matches '${p}' (guests: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', ...' : ''})`,
      );
    }
    for (const c of hits) matched.add(c.address);
  }
  return matched;
}

/** The matched guests and, transitively, the guests they are cloned from or depend on. */
function closure(matched: ReadonlySet<string>, changes: readonly GuestChange[]): Set<string> {
  const byId = new Map<number, GuestChange>();
  for (const c of changes) if (!byId.has(c.id) && c.action !== 'delete') byId.set(c.id, c);
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const selected = new Set<string>();
  const queue = [...matched];
  while (queue.length) {
    const a = queue.pop()!;
    if (selected.has(a)) continue;
    selected.add(a);
    const c = byAddress.get(a);
    if (!c) continue;
    const needs = [...(c.cloneOf ? [c.cloneOf.id] : []), ...c.dependencies];
    for (const id of needs) {
      const n = byId.get(id);
      if (n && !selected.has(n.address)) queue.push(n.address);
    }
  }
  return selected;
}

/** The plan narrowed to `only` (see the module comment); `hash` is left to the caller. */
export function selectPlan<P extends Omit<Plan, 'hash'>>(plan: P, only: readonly string[]): P {
  const patterns = [...new Set(only)].sort();
  const matched = matchGuests(patterns, plan.changes);
  const selected = closure(matched, plan.changes);
  const kept = plan.changes.filter((c) => selected.has(c.address));
  const leftOut = plan.changes.filter((c) => !selected.has(c.address) && c.action !== 'no-op');
  // The selection is closed under "needs", so every guest a kept guest waits for is kept too.
  const changed = kept.filter((c) => c.layer !== undefined);
  const edges: [string, string][] = changed.flatMap((c) =>
    c.waitFor.map((w) => [w, c.address] as [string, string]),
  );
  const { layers, level } = topoLayers(
    buildDag(
      changed.map((c) => c.address),
      edges,
    ),
  );
  const changes = kept.map((c) => (c.layer === undefined ? c : { ...c, layer: level.get(c.address) }));
  const selection: PlanSelection = {
    only: patterns,
    added: kept.filter((c) => !matched.has(c.address)).map((c) => c.address),
    leftOut: leftOut.map((c) => c.address),
  };
  return {
    ...plan,
    changes,
    layers,
    // Host-level gaps of the kept guests, and those no guest in particular uses.
    hypervisor: plan.hypervisor.filter((h) => h.usedBy.length === 0 || h.usedBy.some((a) => selected.has(a))),
    applyable: !plan.errored && changes.some((c) => c.action !== 'no-op'),
    selection,
  };
}
