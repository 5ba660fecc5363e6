/**
 * The simulated cluster's membership: each node's id (corosync `nodeid`, 1-based in the order
 * the nodes joined, i.e. the state's order), its cluster address, whether the cluster is quorate
 * (more than half the votes online, as corosync's votequorum counts with one vote per node).
 */
import type { SimNode, SimState } from './model.js';

/** Node ids in join order: the first node is 1. */
export function nodeId(s: SimState, name: string): number {
  return Object.keys(s.nodes).indexOf(name) + 1;
}

/**
 * The node's cluster address: its `address`, else its first interface address (the installer's
 * `vmbr0`), else one derived from its position (10.0.0.11, .12, ...), so every state has one.
 */
export function nodeAddress(s: SimState, name: string): string {
  const n = s.nodes[name];
  if (!n) return '';
  if (n.address) return n.address;
  const iface = n.network.find(
    (i) => typeof i.address === 'string' && i.address !== '' && i.type !== 'loopback',
  );
  if (iface?.address) return iface.address;
  return `10.0.0.${10 + nodeId(s, name)}`;
}

/** The node that answers at `address`, if any. */
export function nodeAt(s: SimState, address: string): SimNode | undefined {
  return Object.values(s.nodes).find((n) => nodeAddress(s, n.name) === address);
}

/** votequorum with one vote per node: quorate while more than half the nodes are online. */
export function isQuorate(s: SimState): boolean {
  const all = Object.values(s.nodes);
  const up = all.filter((n) => n.online).length;
  return up > all.length / 2;
}
