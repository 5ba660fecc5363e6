/**
 * A hand-built Proxmox VE cluster for planner and renderer tests: three nodes read from `pve`,
 * each with its own facts (nodeDetails), a shared `ceph` storage and node-local `local` and
 * `local-lvm` storages on every node.
 */
import type { LiveNode, LiveState } from '../../src/model/live-state.js';
import type { DesiredState } from '../../src/model/types.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { ct, estate, hashes, host, TEMPLATE } from './plan-fixtures.js';

const CLUSTER_HASHES = hashes({});

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

const tpl = { template: TEMPLATE, is_template: true };

/** CT 900 (template, shared storage) on pve; CT 950 moves to pve2; CT 951 and 952 are new clones. */
export function clusterPlan(): Plan {
  const before = estate({
    '900': ct('base', { ...tpl, storage_pool: 'ceph' }),
    '950': ct('web', { template: TEMPLATE }),
  });
  const live = desiredToLiveState(before, { scriptHashes: CLUSTER_HASHES, pveVersion: '8.4.1' });
  const after = estate({
    '900': ct('base', { ...tpl, storage_pool: 'ceph' }),
    '950': ct('web', { template: TEMPLATE, node: 'pve2' }),
    '951': ct('api', { clone_from_ctid: '900', node: 'pve3', storage_pool: 'ceph' }),
    '952': ct('cache', { clone_from_ctid: '900', node: 'pve2' }),
  });
  return plan(after, cluster({ guests: live.guests }), { scriptHashes: CLUSTER_HASHES });
}
