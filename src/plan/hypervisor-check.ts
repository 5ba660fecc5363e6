/**
 * Host-level differences a plan lists: storages, bridges, nodes and LXC templates the config
 * refers to but the host lacks. setup-hypervisor (or an operator) fixes them; the plan only reports.
 */
import type { DesiredState, Guest } from '../model/types.js';
import type { LiveState } from '../model/live-state.js';
import { guestAddress, type HypervisorDiff } from './types.js';

type Kind = HypervisorDiff['kind'];

export function checkHypervisor(
  desired: DesiredState,
  live: LiveState,
  creating: ReadonlySet<number>,
): HypervisorDiff[] {
  const found = new Map<string, { kind: Kind; name: string; message: string; usedBy: Set<string> }>();
  const add = (kind: Kind, name: string, message: string, g: Guest) => {
    const key = `${kind}\u0000${name}`;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { kind, name, message, usedBy: new Set() }));
    entry.usedBy.add(guestAddress(g.kind, g.id));
  };
  const storages = new Map(live.storages.map((s) => [s.id, s]));
  const bridges = new Set(live.bridges);
  const nodes = new Set(live.nodes);
  const templates = new Set(live.templates);
  for (const g of desired.guests) {
    const content = g.kind === 'lxc' ? 'rootdir' : 'images';
    const pools = [g.storagePool];
    for (const m of g.mountPoints)
      if (m.sizeGb !== undefined && !m.source.startsWith('/')) pools.push(m.source);
    for (const pool of pools) {
      const s = storages.get(pool);
      if (!s) add('storage', pool, `storage ${pool} does not exist on the host`, g);
      else if (s.content.length && !s.content.includes(content)) {
        add('storage-content', pool, `storage ${pool} does not allow content '${content}'`, g);
      }
    }
    for (const n of g.networks)
      if (!bridges.has(n.bridge)) add('bridge', n.bridge, `bridge ${n.bridge} does not exist on the host`, g);
    if (g.node && !nodes.has(g.node)) add('node', g.node, `node ${g.node} is not part of the cluster`, g);
    if (
      creating.has(g.id) &&
      g.kind === 'lxc' &&
      g.cloneFrom === undefined &&
      g.osTemplate &&
      /^[^/:]+:vztmpl\//.test(g.osTemplate) &&
      !templates.has(g.osTemplate)
    ) {
      add('template', g.osTemplate, `template ${g.osTemplate} is not downloaded yet (apply downloads it)`, g);
    }
  }
  const order: Kind[] = ['node', 'storage', 'storage-content', 'bridge', 'template'];
  return [...found.values()]
    .map((e) => ({ kind: e.kind, message: e.message, name: e.name, usedBy: [...e.usedBy] }))
    .sort(
      (a, b) =>
        order.indexOf(a.kind) - order.indexOf(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}
