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

/**
 * `GET /cluster/status` (pve-manager PVE::API2::Cluster `get_status`): a `cluster` entry from
 * pmxcfs' cluster info, then one `node` entry per member (nodeid, online, local, ip, the
 * subscription level: '' without one). A node that is in no cluster gets the fake single entry,
 * nodeid 0. Booleans as the API's 0/1.
 */
export function clusterStatus(s: SimState, localNode: string): Array<Record<string, unknown>> {
  const names = Object.keys(s.nodes);
  const node = (name: string): Record<string, unknown> => ({
    type: 'node',
    id: `node/${name}`,
    name,
    nodeid: nodeId(s, name),
    ip: nodeAddress(s, name),
    local: name === localNode ? 1 : 0,
    online: s.nodes[name]!.online ? 1 : 0,
    level: '',
  });
  if (!inCluster(s)) return [{ ...node(localNode), nodeid: 0, online: 1 }];
  return [
    {
      type: 'cluster',
      id: 'cluster',
      name: clusterName(s),
      nodes: names.length,
      version: s.cluster.version ?? names.length,
      quorate: isQuorate(s) ? 1 : 0,
    },
    ...names.map(node),
  ];
}

/** A state with several nodes, or a cluster name, is a cluster (a lone node may be one too). */
export function inCluster(s: SimState): boolean {
  return s.cluster.name !== undefined || Object.keys(s.nodes).length > 1;
}

/** The cluster's name (`pvecm create NAME`); states without one: `cluster`. */
export function clusterName(s: SimState): string {
  return s.cluster.name ?? 'cluster';
}
