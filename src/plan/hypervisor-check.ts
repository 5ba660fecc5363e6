/**
 * Host-level differences a plan lists: what the guests need (host-gaps.ts: storages, bridges,
 * LXC templates, cloud images, ...) and the guest's node lacks (nodes themselves: placement.ts). A blocking gap errors the plan,
 * naming `phoenix setup-hypervisor` as the fix, so apply refuses before any mutating command.
 */
import type { DesiredState, Guest } from '../model/types.js';
import type { LiveState } from '../model/live-state.js';
import { HOST_NEEDS, hostFacts, type HostFacts } from './host-gaps.js';
import { guestAddress, type HypervisorDiff, type PlanMessage } from './types.js';

export interface HypervisorCheck {
  readonly diffs: HypervisorDiff[];
  /** One error per blocking gap. */
  readonly errors: PlanMessage[];
}

export function checkHypervisor(
  desired: DesiredState,
  live: LiveState,
  creating: ReadonlySet<number>,
  imageVolume: (file: string) => string = (f) => f,
  nodeOf: (g: Guest) => string | undefined = (g) => g.node,
): HypervisorCheck {
  // One set of facts per node the guests are placed on (placement.ts).
  const byNode = new Map<string | undefined, HostFacts>();
  const factsOf = (node: string | undefined): HostFacts => {
    let f = byNode.get(node);
    if (!f) byNode.set(node, (f = hostFacts(live, creating, imageVolume, node)));
    return f;
  };
  const found = new Map<
    string,
    { kind: string; name: string; message: string; blocking: boolean; usedBy: Set<string> }
  >();
  for (const g of desired.guests) {
    const node = nodeOf(g);
    // A guest on a node outside the cluster is refused as such (placement.ts), not per need.
    if (node !== undefined && live.nodes.length > 0 && !live.nodes.includes(node)) continue;
    const facts = factsOf(node);
    for (const need of HOST_NEEDS)
      for (const gap of need.check(g, facts)) {
        // The message names the node: one entry per node that lacks it.
        const key = `${need.kind}\u0000${gap.name}\u0000${gap.message}`;
        let entry = found.get(key);
        if (!entry) found.set(key, (entry = { kind: need.kind, ...gap, usedBy: new Set() }));
        entry.usedBy.add(guestAddress(g.kind, g.id));
      }
  }
  const order = HOST_NEEDS.map((n) => n.kind);
  const entries = [...found.values()].sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const diffs = entries.map((e) => ({
    kind: e.kind,
    message: e.message,
    name: e.name,
    usedBy: [...e.usedBy],
  }));
  const errors = entries
    .filter((e) => e.blocking)
    .map((e) => ({
      message: `${e.message} (needed by ${[...e.usedBy].join(', ')}); run phoenix setup-hypervisor to provide it`,
    }));
  return { diffs, errors };
}
