/**
 * The hypervisor file's `cluster` block in the host model: the nodes setup-hypervisor sets up and
 * each node's own `network` and `zfs` (same shape as the top-level sections, which they replace
 * for that node: every node has its own address and disks). Storages are cluster-wide
 * (storage.cfg lives in pmxcfs), so the ZFS storages of a node's own datasets are restricted to
 * that node with `nodes`, and once any node brings its own `zfs`, the storages of the top-level
 * datasets are restricted to the listed nodes that use the top-level section.
 */
import type { JsonPath } from '../../config/json-source.js';
import { readNetwork } from './network.js';
import { ConfigReader, isObj, type Obj } from './reader.js';
import { readZfs } from './zfs.js';
import type { ClusterDef, ClusterNodeDef, StorageDef } from './types.js';

const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

/** A reader whose findings sit below `prefix` (a node's own section read by the top-level readers). */
class NestedReader extends ConfigReader {
  constructor(
    parent: ConfigReader,
    private readonly prefix: JsonPath,
  ) {
    super(parent.file, parent.findings);
  }

  override error(path: JsonPath, message: string, rule?: string): void {
    super.error([...this.prefix, ...path], message, rule);
  }

  override warn(path: JsonPath, message: string, rule?: string): void {
    super.warn([...this.prefix, ...path], message, rule);
  }
}

/** `cluster` of the file (undefined when absent), each node's own sections resolved. */
export function readCluster(r: ConfigReader, raw: Obj): ClusterDef | undefined {
  const c = r.obj(raw.cluster, ['cluster']);
  if (!c) return undefined;
  const defaultNode = r.match(c.default_node, ['cluster', 'default_node'], NODE_NAME, 'a node name');
  const nodes: ClusterNodeDef[] = [];
  r.arr(c.nodes, ['cluster', 'nodes']).forEach((v, i) => {
    const path: JsonPath = ['cluster', 'nodes', i];
    const o = r.obj(v, path);
    const name = o && r.match(o.name, [...path, 'name'], NODE_NAME, 'a node name');
    if (!o || !name) return;
    if (nodes.some((n) => n.name === name))
      return r.error([...path, 'name'], `node ${name} is listed twice in cluster.nodes`, 'PHX-HV-CONFIG');
    const nested = new NestedReader(r, path);
    const network = isObj(o.network)
      ? { ...readNetwork(nested, { network: o.network }), domain: undefined }
      : undefined;
    const zfs = isObj(o.zfs) ? readZfs(nested, { zfs: o.zfs }) : undefined;
    nodes.push({
      name,
      path,
      ...(network ? { network } : {}),
      ...(zfs ? { zfs: zfs.zfs, storages: zfs.storages } : {}),
    });
  });
  if (defaultNode && nodes.length > 0 && !nodes.some((n) => n.name === defaultNode))
    r.error(
      ['cluster', 'default_node'],
      `default_node ${defaultNode} is not in cluster.nodes (${nodes.map((n) => n.name).join(', ')})`,
      'PHX-HV-CONFIG',
    );
  return { ...(defaultNode ? { defaultNode } : {}), nodes };
}

function where(s: StorageDef): string {
  if (s.type === 'zfspool') return `zfspool ${s.pool}`;
  if (s.type === 'dir') return `dir ${s.dir}`;
  return `nfs ${s.server}:${s.export}`;
}

/** Type, location and content types: what one storage.cfg entry says. */
const definition = (s: StorageDef): string =>
  `${where(s)}, content ${[...s.content].sort().join(',') || 'default'}`;

const sameStorage = (a: StorageDef, b: StorageDef): boolean => definition(a) === definition(b);

/**
 * The storages of the top-level datasets and those of the nodes' own datasets as one cluster-wide
 * list, each with the nodes that have its dataset (no `nodes` while no node brings its own `zfs`).
 * One id defined differently by two sections is an error at the later one.
 */
export function clusterStorages(
  r: ConfigReader,
  datasetStorages: readonly StorageDef[],
  cluster: ClusterDef | undefined,
): StorageDef[] {
  const own = (cluster?.nodes ?? []).filter((n) => n.zfs);
  if (own.length === 0) return [...datasetStorages];
  const topNodes = cluster!.nodes.filter((n) => !n.zfs).map((n) => n.name);
  const out = new Map<string, { def: StorageDef; nodes: string[] }>();
  for (const s of datasetStorages) out.set(s.id, { def: s, nodes: [...topNodes] });
  for (const n of own)
    for (const s of n.storages ?? []) {
      const have = out.get(s.id);
      if (!have) out.set(s.id, { def: s, nodes: [n.name] });
      else if (sameStorage(have.def, s)) have.nodes.push(n.name);
      else
        r.error(
          [...n.path, ...s.path],
          `storage ${s.id} is ${definition(s)} on node ${n.name} but ${definition(have.def)} elsewhere: one storage id names one definition in storage.cfg`,
          'PHX-HV-STORAGE',
        );
    }
  return [...out.values()].filter((e) => e.nodes.length > 0).map((e) => ({ ...e.def, nodes: e.nodes }));
}
