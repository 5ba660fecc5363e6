/**
 * A hand-built Proxmox VE cluster for planner and renderer tests: three nodes read from `pve`,
 * each with its own facts (nodeDetails), a shared `ceph` storage and node-local `local` and
 * `local-lvm` storages on every node.
 */
import type { LiveNode, LiveState } from '../../src/model/live-state.js';
import type { DesiredState } from '../../src/model/types.js';
import { host } from './plan-fixtures.js';

const NODES = ['pve', 'pve2', 'pve3'];

/** A three-node cluster read from pve: shared `ceph`, node-local `local` and `local-lvm` on each node. */
export function cluster(
  extra: Partial<LiveState> = {},
  details: Partial<Record<string, Partial<LiveNode>>> = {},
): LiveState {
  return host({
    nodes: NODES,
    nodeDetails: NODES.map((name, i) => ({
      name,
      online: true,
      address: `10.0.0.${i + 1}`,
      local: i === 0,
      bridges: ['vmbr0'],
      ...details[name],
    })),
    storages: [
      { id: 'ceph', type: 'rbd', content: ['rootdir', 'images'], shared: true },
      ...NODES.flatMap((node) => [
        {
          id: 'local',
          type: 'dir',
          content: ['vztmpl', 'iso', 'backup', 'import', 'snippets'],
          node,
          shared: false,
        },
        { id: 'local-lvm', type: 'lvmthin', content: ['rootdir', 'images'], node, shared: false },
      ]),
    ],
    ...extra,
  });
}

export function withCluster(d: DesiredState, block: Record<string, unknown>): DesiredState {
  return { ...d, hypervisor: { ...d.hypervisor, cluster: block } };
}
