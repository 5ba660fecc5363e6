/**
 * The cluster's shape as the state read sees it, from `/cluster/resources` and `/cluster/status`:
 * which nodes exist, which are online, which one answers (local) and at which cluster address
 * each is reached; the storages (shared or per node) and the content listings they need; and the
 * per-node facts put together into `LiveState.nodeDetails`. Pure: state-reader.ts runs the reads.
 */
import type { Resource } from './state-parse.js';
import type { LiveNode, LiveStorage } from '../model/live-state.js';

/** A node entry of `/cluster/status` (`PVE::API2::Cluster` `get_status`, pve-manager). */
export interface StatusNode {
  readonly name: string;
  readonly online: boolean;
  /** The node that answered the call: the one the state is read from. */
  readonly local: boolean;
  /** `ip`: the node's cluster network address (`PVE::Cluster::remote_node_ip`). */
  readonly address?: string;
}

/** Proxmox prints these flags as 0/1 (Perl integers); a JSON boolean is taken as well. */
const flag = (v: unknown): boolean => v === 1 || v === true;

/** The node entries of `/cluster/status` (the `cluster` entry, when clustered, is left out). */
export function parseClusterStatus(list: readonly unknown[]): StatusNode[] {
  const nodes: StatusNode[] = [];
  for (const e of list) {
    if (!e || typeof e !== 'object') continue;
    const r = e as { type?: unknown; name?: unknown; online?: unknown; local?: unknown; ip?: unknown };
    if (r.type !== 'node' || typeof r.name !== 'string' || r.name === '') continue;
    const node: { -readonly [K in keyof StatusNode]: StatusNode[K] } = {
      name: r.name,
      online: flag(r.online),
      local: flag(r.local),
    };
    if (typeof r.ip === 'string' && r.ip !== '') node.address = r.ip;
    nodes.push(node);
  }
  return nodes;
}

/** The nodes of the cluster, sorted, with who is online and who answers. */
export interface ClusterNodes {
  readonly names: readonly string[];
  readonly online: readonly string[];
  /** The node read from: `local` of `/cluster/status`, or the only node; undefined when unknown. */
  readonly local?: string;
  readonly status: ReadonlyMap<string, StatusNode>;
}

/**
 * Nodes from both reads (and the nodes guests name). Online: corosync's view (`/cluster/status`)
 * where known, else the resource entry's `status`; a node with neither counts as online, as
 * before clusters were read (a host whose resource list names no node entries at all).
 */
export function clusterNodes(resources: readonly Resource[], status?: readonly StatusNode[]): ClusterNodes {
  const nodeRes = new Map(resources.filter((r) => r.type === 'node' && r.node).map((r) => [r.node!, r]));
  const guestNodes = resources
    .filter((r) => (r.type === 'lxc' || r.type === 'qemu') && r.node)
    .map((r) => r.node!);
  const byName = new Map((status ?? []).map((s) => [s.name, s]));
  const names = [...new Set([...nodeRes.keys(), ...guestNodes, ...byName.keys()])].sort();
  const isOnline = (name: string): boolean => {
    const s = byName.get(name);
    if (s) return s.online;
    const r = nodeRes.get(name);
    if (r) return r.status === 'online';
    return nodeRes.size === 0;
  };
  const local = (status ?? []).find((s) => s.local)?.name ?? (names.length === 1 ? names[0] : undefined);
  return { names, online: names.filter(isOnline), local, status: byName };
}

/** One content listing: a storage as one node sees it; `content` undefined = every type (filtered after). */
export interface ContentQuery {
  readonly node: string;
  readonly storage: string;
  readonly content?: 'vztmpl' | 'import';
}

/**
 * The storages (a shared one once, a node-local one per node holding it) and their content
 * listings: one per storage holding `vztmpl` or `import` (per online node when not shared),
 * whichever of the two it holds, so a storage with both (Proxmox's `local`) is listed once.
 * A shared storage is listed from the local node when it has it, else from the first online one.
 */
export function clusterStorages(
  resources: readonly Resource[],
  nodes: ClusterNodes,
): { storages: LiveStorage[]; queries: ContentQuery[] } {
  const online = new Set(nodes.online);
  const storages: LiveStorage[] = [];
  const queries: ContentQuery[] = [];
  const shared = new Map<string, { entry: LiveStorage; seenOn: string[] }>();
  for (const r of resources.filter((x) => x.type === 'storage' && x.storage)) {
    const isShared = flag(r.shared);
    const content = (r.content ?? '').split(',').filter((c) => c !== '');
    const known = shared.get(r.storage!);
    if (isShared && known) {
      if (r.node) known.seenOn.push(r.node);
      continue;
    }
    const entry: { -readonly [K in keyof LiveStorage]: LiveStorage[K] } = {
      id: r.storage!,
      type: r.plugintype ?? '',
      content,
    };
    if (!isShared && r.node) entry.node = r.node;
    if (r.shared !== undefined) entry.shared = isShared;
    storages.push(entry);
    if (isShared) shared.set(r.storage!, { entry, seenOn: r.node ? [r.node] : [] });
    else if (r.node && online.has(r.node)) queries.push(...listingsOf(r.node, r.storage!, content));
  }
  for (const [id, { entry, seenOn }] of shared) {
    const from = seenOn.includes(nodes.local ?? '')
      ? nodes.local
      : seenOn.filter((n) => online.has(n)).sort()[0];
    if (from) queries.push(...listingsOf(from, id, entry.content));
  }
  storages.sort((a, b) =>
    a.id === b.id ? ((a.node ?? '') < (b.node ?? '') ? -1 : 1) : a.id < b.id ? -1 : 1,
  );
  queries.sort((a, b) => (a.node === b.node ? (a.storage < b.storage ? -1 : 1) : a.node < b.node ? -1 : 1));
  return { storages, queries };
}

function listingsOf(node: string, storage: string, content: readonly string[]): ContentQuery[] {
  const vztmpl = content.includes('vztmpl');
  const imports = content.includes('import');
  if (vztmpl && imports) return [{ node, storage }];
  if (vztmpl) return [{ node, storage, content: 'vztmpl' }];
  if (imports) return [{ node, storage, content: 'import' }];
  return [];
}

/** What the per-node reads learnt; a node missing from a map was not read (offline, or its read failed). */
export interface NodeFacts {
  readonly bridges: ReadonlyMap<string, readonly string[]>;
  readonly entries: ReadonlyMap<string, { deviceNodes: string[]; apparmorProfiles: string[] }>;
  /** LXC templates each online node can use (its own storages' and the shared ones). */
  readonly templates?: ReadonlyMap<string, readonly string[]>;
}

/** One `LiveNode` per node, sorted by name; facts not read stay absent (unknown). */
export function nodeDetailsOf(nodes: ClusterNodes, facts: NodeFacts): LiveNode[] {
  const online = new Set(nodes.online);
  return nodes.names.map((name) => {
    const d: { -readonly [K in keyof LiveNode]: LiveNode[K] } = { name, online: online.has(name) };
    const address = nodes.status.get(name)?.address;
    if (address) d.address = address;
    if (nodes.local !== undefined) d.local = name === nodes.local;
    const templates = facts.templates?.get(name);
    if (templates) d.templates = templates;
    const bridges = facts.bridges.get(name);
    if (bridges) d.bridges = bridges;
    const entries = facts.entries.get(name);
    if (entries) {
      d.deviceNodes = entries.deviceNodes;
      d.apparmorProfiles = entries.apparmorProfiles;
    }
    return d;
  });
}
