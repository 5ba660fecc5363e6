/**
 * Which nodes one setup run works on, and how each is reached. Without a `cluster.nodes` list and
 * without `--node`, setup works on the connected node alone (a single host, as before clusters).
 * Otherwise the nodes come from `--node` or the list, their addresses and the connected node from
 * `pvesh get /cluster/status` (`ip`, `local`), as Proxmox's own `PVE::Cluster::remote_node_ip`
 * takes them from the cluster's member list; every other node is reached through the node hop.
 * Each node's config is the file's with that node's own `network` and `zfs` in place of the
 * top-level ones.
 */
import { clusterStatus } from '../proxmox/commands.js';
import { parseClusterStatus, type StatusNode } from '../proxmox/state-cluster.js';
import { UserError } from '../util/errors.js';
import type { SetupHost } from './host.js';
import type { StepTarget } from './runner.js';
import type { SetupConfig } from './types.js';

/** The `node` entries of `pvesh get /cluster/status`, read as the state reader reads them. */
function clusterMembers(json: string): StatusNode[] {
  const rows = JSON.parse(json) as unknown;
  if (!Array.isArray(rows)) throw new Error('pvesh get /cluster/status did not return a list');
  return parseClusterStatus(rows);
}

/** The config as `node` sees it: its own `network` and `zfs` replace the top-level sections. */
export function configForNode(cfg: SetupConfig, node: string): SetupConfig {
  const own = cfg.cluster?.nodes.find((n) => n.name === node);
  if (!own) return cfg;
  return {
    ...cfg,
    ...(own.network ? { network: { ...own.network, domain: cfg.network.domain } } : {}),
    ...(own.zfs ? { zfs: own.zfs } : {}),
  };
}

/** The nodes a run sets up: `--node`, else `cluster.nodes`; empty: the connected node alone. */
export function requestedNodes(cfg: SetupConfig, node: string | undefined): string[] {
  const listed = (cfg.cluster?.nodes ?? []).map((n) => n.name);
  if (node === undefined) return listed;
  if (listed.length > 0 && !listed.includes(node))
    throw new UserError(
      `--node ${node} is not in cluster.nodes of the hypervisor file (${listed.join(', ')})`,
      2,
    );
  return [node];
}

export interface SetupTargets {
  /** Where the cluster-wide steps run: the connected node, with the file's config. */
  readonly connected: StepTarget;
  /** Where the per-node steps run, in the order asked for. */
  readonly nodes: readonly StepTarget[];
}

/** The connected node and the requested ones, each with its host (hopping when not local) and config. */
export async function setupTargets(
  host: SetupHost,
  cfg: SetupConfig,
  requested: readonly string[],
): Promise<SetupTargets> {
  if (requested.length === 0) {
    const single = { host, config: cfg };
    return { connected: single, nodes: [single] };
  }
  const members = clusterMembers(await host.ok(clusterStatus(), 'reading /cluster/status'));
  const local = members.find((m) => m.local);
  if (!local) throw new Error('pvesh get /cluster/status names no local node');
  const known = members.map((m) => m.name).join(', ');
  host.knowAs(local.name);
  const nodes = requested.map((name): StepTarget => {
    const m = members.find((x) => x.name === name);
    if (!m) throw new UserError(`node ${name} is not a member of the cluster (members: ${known})`, 1);
    if (!m.online)
      throw new UserError(`node ${name} is offline (pvesh get /cluster/status): nothing was set up`, 1);
    const config = configForNode(cfg, name);
    if (m.local) return { node: name, host, config };
    if (!m.address) throw new Error(`pvesh get /cluster/status gives no address for node ${name}`);
    return { node: name, host: host.forNode({ node: name, address: m.address }), config };
  });
  return { connected: { node: local.name, host, config: cfg }, nodes };
}
