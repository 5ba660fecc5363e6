/**
 * Host-level differences a plan lists: what the guests need (host-gaps.ts: storages, bridges,
 * nodes, LXC templates, cloud images, ...) and the host lacks. A blocking gap errors the plan,
 * naming `phoenix setup-hypervisor` as the fix, so apply refuses before any mutating command.
 */
import type { DesiredState } from '../model/types.js';
import type { LiveState } from '../model/live-state.js';
import { HOST_NEEDS, hostFacts } from './host-gaps.js';
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
): HypervisorCheck {
  const facts = hostFacts(live, creating, imageVolume);
  const found = new Map<
    string,
    { kind: string; name: string; message: string; blocking: boolean; usedBy: Set<string> }
  >();
  for (const g of desired.guests)
    for (const need of HOST_NEEDS)
      for (const gap of need.check(g, facts)) {
        const key = `${need.kind}\u0000${gap.name}`;
        let entry = found.get(key);
        if (!entry) found.set(key, (entry = { kind: need.kind, ...gap, usedBy: new Set() }));
        entry.usedBy.add(guestAddress(g.kind, g.id));
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
      message:
        e.kind === 'node'
          ? e.message
          : `${e.message} (needed by ${[...e.usedBy].join(', ')}); run phoenix setup-hypervisor to provide it`,
    }));
  return { diffs, errors };
}
