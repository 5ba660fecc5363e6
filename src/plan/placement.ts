/**
 * Where each guest goes in a Proxmox VE cluster, and the node facts the plan checks it against.
 * A guest's node is its config's `node`, else the hypervisor file's `cluster.default_node`, else
 * the node it lives on (an existing guest), else the cluster's only node. A new guest on a larger
 * cluster with none of these is refused: Phoenix does not guess a node for it. Pure.
 */
import type { ClusterConfig } from '../model/cluster-config.js';
import type { LiveGuest, LiveNode, LiveState, LiveStorage } from '../model/live-state.js';
import type { Guest } from '../model/types.js';

export interface PlacementContext {
  readonly cluster: ClusterConfig;
  /** The cluster's only node, when the live state is of a host (not planned config against config). */
  readonly onlyNode?: string;
}

/** The node `g` is on or goes to; undefined when nothing says (a new guest on a larger cluster). */
export function placeGuest(g: Guest, live: LiveGuest | undefined, ctx: PlacementContext): string | undefined {
  return g.node ?? ctx.cluster.defaultNode ?? (live?.node || undefined) ?? ctx.onlyNode;
}

/** The error for a new guest that no setting places, on a live state of `nodes` nodes. */
export function unplacedError(nodes: readonly string[]): string {
  return (
    `the cluster has ${nodes.length} nodes (${nodes.join(', ')}) and nothing says which one this new guest goes to: ` +
    'set `node` on the guest, or `cluster.default_node` in the hypervisor config'
  );
}

/**
 * A guest destroyed and made again (a rebuild, or the remake of an unfinished one) whose node
 * changes too: the destroy belongs on the old node and the create on the new one, and a plan
 * step has one node. Refused rather than split: one change at a time.
 */
export function rebuildMoveError(from: string, to: string): string {
  return `the guest is destroyed and made again, and its node changes from ${from} to ${to}; Phoenix does one at a time: keep node ${from} for this plan, then change it`;
}

/** The per-node facts of `node`, when the state recorded them (state files before clusters did not). */
export function nodeDetailsOf(live: LiveState, node: string | undefined): LiveNode | undefined {
  return node === undefined ? undefined : live.nodeDetails?.find((n) => n.name === node);
}

/**
 * Every node sees the storage's volumes. The state reader records a shared storage once, without
 * a node, and a node-local one once per node with its node; `shared` is read from
 * `/cluster/resources` where known, else an entry without a node counts as shared.
 */
export function isSharedStorage(s: LiveStorage): boolean {
  return s.shared ?? s.node === undefined;
}

/** The entry of storage `id` usable on `node` (a shared one, or the node's own), if any. */
export function storageOnNode(
  live: LiveState,
  id: string,
  node: string | undefined,
): LiveStorage | undefined {
  for (const s of live.storages)
    if (s.id === id && (node === undefined || s.node === undefined || s.node === node || isSharedStorage(s)))
      return s;
  return undefined;
}

/** Nodes that have storage `id` as a node-local storage (for messages). */
export function nodesWithStorage(live: LiveState, id: string): string[] {
  return [...new Set(live.storages.filter((s) => s.id === id && s.node).map((s) => s.node!))].sort();
}

/** Whether storage `id` is shared across the cluster (unknown storages are not). */
export function storageIsShared(live: LiveState, id: string): boolean {
  const s = live.storages.find((x) => x.id === id);
  return s !== undefined && isSharedStorage(s);
}

/**
 * Errors about the node itself for a guest planned onto `node` with changes: it must be one of
 * the cluster's nodes and online (Proxmox runs every guest command on the guest's node, and a
 * node that is down answers none). `from`: the node a migration leaves, which must be online too.
 */
export function nodeErrors(live: LiveState, node: string | undefined, from?: string): string[] {
  const out: string[] = [];
  for (const n of from !== undefined && from !== node ? [from, node] : [node]) {
    if (n === undefined || live.nodes.length === 0) continue;
    if (!live.nodes.includes(n)) {
      out.push(`node ${n} is not part of the cluster (its nodes: ${live.nodes.join(', ')})`);
      continue;
    }
    const d = nodeDetailsOf(live, n);
    if (d && !d.online)
      out.push(`node ${n} is offline: Proxmox cannot run the guest's commands there until it is back`);
  }
  return out;
}

/** LXC templates a create on `node` can use: that node's list when read, else the cluster's. */
export function templatesOn(live: LiveState, node: string | undefined): readonly string[] {
  const own = node === undefined ? undefined : live.nodeDetails?.find((n) => n.name === node);
  return own?.templates ?? live.templates;
}
