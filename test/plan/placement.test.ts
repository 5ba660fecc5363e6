/**
 * Guests on the nodes of a Proxmox VE cluster: which node each goes to, the plan-time checks of
 * that node (exists, online, has the guest's storages, bridges, devices and profiles), and the
 * config-only checks of the hypervisor file's `cluster` block.
 */
import { plan } from '../../src/plan/planner.js';
import { parseLiveState, serializeLiveState } from '../../src/plan/state-file.js';
import type { GuestChange, Plan } from '../../src/plan/types.js';
import { cluster, withCluster } from '../helpers/cluster-fixtures.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';

function change(p: Plan, address: string): GuestChange {
  const c = p.changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change for ${address}`);
  return c;
}
const messages = (p: Plan, address?: string) =>
  p.errors.filter((e) => address === undefined || e.address === address).map((e) => e.message);

describe('the node of a guest', () => {
  const d = estate({
    '950': ct('web', { template: TEMPLATE }),
    '951': ct('db', { template: TEMPLATE, node: 'pve2' }),
  });

  it('is the config node, else cluster.default_node', () => {
    const p = plan(withCluster(d, { default_node: 'pve3' }), cluster());
    expect(p.changes.map((c) => [c.address, c.node])).toEqual([
      ['ct/950', 'pve3'],
      ['ct/951', 'pve2'],
    ]);
    expect(p.errors).toEqual([]);
  });

  it('refuses a new guest on a larger cluster that nothing places', () => {
    const p = plan(d, cluster());
    expect(change(p, 'ct/950').node).toBeUndefined();
    expect(messages(p, 'ct/950')).toEqual([
      'the cluster has 3 nodes (pve, pve2, pve3) and nothing says which one this new guest goes to: set `node` on the guest, or `cluster.default_node` in the hypervisor config',
    ]);
    expect(messages(p, 'ct/951')).toEqual([]);
  });

  it('is the only node of a single host without any setting', () => {
    const p = plan(d, host({ nodes: ['pve2'] }));
    expect(change(p, 'ct/950').node).toBe('pve2');
    expect(messages(p, 'ct/951')).toEqual([]);
  });
});

describe('checks of the node at plan time', () => {
  it('errors a node outside the cluster and an offline node, with the guest address', () => {
    const d = estate({
      '950': ct('web', { template: TEMPLATE, node: 'pve9' }),
      '951': ct('db', { template: TEMPLATE, node: 'pve3' }),
    });
    const p = plan(d, cluster({}, { pve3: { online: false } }));
    expect(messages(p, 'ct/950')).toEqual([
      'node pve9 is not part of the cluster (its nodes: pve, pve2, pve3)',
    ]);
    expect(messages(p, 'ct/951')).toEqual([
      "node pve3 is offline: Proxmox cannot run the guest's commands there until it is back",
    ]);
  });

  it("checks storages, bridges, devices and profiles against the guest's node", () => {
    const d = estate({
      '950': ct('web', { template: TEMPLATE, node: 'pve2', storage_pool: 'zfs-fast' }),
      '951': ct('db', {
        template: TEMPLATE,
        node: 'pve3',
        network_config: { name: 'eth0', bridge: 'vmbr9', ip: 'dhcp' },
        apparmor_profile: 'lxc-phoenix-v2',
      }),
      '952': ct('ok', { template: TEMPLATE, node: 'pve2', apparmor_profile: 'lxc-phoenix-v2' }),
    });
    const live = cluster(
      {
        storages: [
          ...cluster().storages,
          { id: 'zfs-fast', type: 'zfspool', content: ['rootdir', 'images'], node: 'pve', shared: false },
        ],
        bridges: ['vmbr0', 'vmbr9'],
        apparmorProfiles: ['lxc-phoenix-v2'],
      },
      { pve2: { apparmorProfiles: ['lxc-phoenix-v2'] }, pve3: { apparmorProfiles: [] } },
    );
    const p = plan(d, live);
    expect(p.hypervisor.map((h) => [h.kind, h.message, h.usedBy])).toEqual([
      ['storage', 'storage zfs-fast is not available on node pve2 (it is local to other nodes)', ['ct/950']],
      ['bridge', 'bridge vmbr9 does not exist on node pve3', ['ct/951']],
      [
        'apparmor-profile',
        'AppArmor profile lxc-phoenix-v2 is not installed on node pve3 (/etc/apparmor.d/lxc/lxc-phoenix-v2), and the container cannot start without it',
        ['ct/951'],
      ],
    ]);
    expect(p.errored).toBe(true);
  });

  it('falls back to the top-level lists for a state file without nodeDetails', () => {
    const d = estate({ '950': ct('web', { template: TEMPLATE, node: 'pve2', apparmor_profile: 'lxc-x' }) });
    const old = { ...cluster({ apparmorProfiles: [] }), nodeDetails: undefined };
    const p = plan(d, old);
    // Bridges come from the whole cluster's list; profiles were read on one host only: unknown here.
    expect(p.hypervisor).toEqual([]);
    expect(p.errors).toEqual([]);
  });
});

describe('the state file of a cluster', () => {
  it('keeps the per-node facts and the shared flags, and loads files without them', () => {
    const live = cluster();
    const back = parseLiveState(serializeLiveState(live), 'state.json');
    expect(back.nodeDetails).toEqual(live.nodeDetails);
    expect(back.storages.find((s) => s.id === 'ceph')?.shared).toBe(true);
    expect('nodeDetails' in parseLiveState(serializeLiveState(host()), 'old.json')).toBe(false);
  });
});

describe('templates per node', () => {
  it("downloads a template onto the new guest's node when only another node's local storage holds it", () => {
    const d = estate({
      '950': ct('web', { template: TEMPLATE, node: 'pve' }),
      '951': ct('db', { template: TEMPLATE, node: 'pve2' }),
    });
    const live = cluster(
      { templates: [TEMPLATE] },
      { pve: { templates: [TEMPLATE] }, pve2: { templates: [] } },
    );
    const p = plan(d, live);
    const download = (a: string) => change(p, a).steps.find((s) => s.op === 'create');
    expect(download('ct/950')).toMatchObject({ op: 'create', download: false });
    expect(download('ct/951')).toMatchObject({ op: 'create', download: true });
  });

  it('falls back to the cluster-wide list when the state has no per-node lists', () => {
    const d = estate({ '951': ct('db', { template: TEMPLATE, node: 'pve2' }) });
    const p = plan(d, cluster({ templates: [TEMPLATE] }));
    expect(change(p, 'ct/951').steps.find((s) => s.op === 'create')).toMatchObject({ download: false });
  });
});
