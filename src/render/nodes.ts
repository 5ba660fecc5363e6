/**
 * Whether a plan's renderings name each guest's node: when the plan was made against a cluster
 * of more than one node (`meta.nodes`), or its guests are on more than one node. A single host's
 * plans stay as they were.
 */
import type { GuestChange, Plan } from '../plan/types.js';

export function showsNodes(plan: Pick<Plan, 'changes' | 'meta'>): boolean {
  if ((plan.meta.nodes?.length ?? 0) > 1) return true;
  let first: string | undefined;
  for (const c of plan.changes) {
    if (c.node === undefined) continue;
    if (first === undefined) first = c.node;
    else if (c.node !== first) return true;
  }
  return false;
}

/** ` (on pve2)` after a guest's name when nodes are shown and its node is known, else ''. */
export function onNode(c: Pick<GuestChange, 'node'>, shown: boolean): string {
  return shown && c.node ? ` (on ${c.node})` : '';
}
