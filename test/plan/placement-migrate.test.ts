/**
 * A guest whose node changes is migrated (never destroyed and made again), first of its steps;
 * Proxmox's refusals are plan errors; a clone whose source lives on another node is made there
 * with `target` (shared storage) or made on the source's node and migrated.
 */
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan } from '../../src/plan/planner.js';
import type { GuestChange, Plan, Step } from '../../src/plan/types.js';
import type { LiveGuest, LiveState } from '../../src/model/live-state.js';
import type { DesiredState } from '../../src/model/types.js';
import { ct, estate, hashes, TEMPLATE, vm } from '../helpers/plan-fixtures.js';
import { cluster, withCluster } from '../helpers/cluster-fixtures.js';

const H = hashes({});

function change(p: Plan, address: string): GuestChange {
  const c = p.changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change for ${address}`);
  return c;
}
const messages = (p: Plan, address: string) =>
  p.errors.filter((e) => e.address === address).map((e) => e.message);
const ops = (c: GuestChange) => c.steps.map((s) => s.op);
const migrateOf = (c: GuestChange) =>
  c.steps.find((s): s is Extract<Step, { op: 'migrate' }> => s.op === 'migrate');

/** The cluster after `desired` was applied with every guest on `pve`, guests edited by `edit`. */
function applied(desired: DesiredState, edit: (g: LiveGuest) => LiveGuest = (g) => g): LiveState {
  const live = desiredToLiveState(desired, { scriptHashes: H, pveVersion: '8.4.1' });
  return cluster({ guests: live.guests.map((g) => edit({ ...g, node: 'pve' })) });
}

describe('a node change', () => {
  const before = estate({ '950': ct('web', { template: TEMPLATE }) }, [
    vm(8001, 'app', { template_image: 'noble.img' }),
  ]);
  const moved = estate({ '950': ct('web', { template: TEMPLATE, node: 'pve2' }) }, [
    vm(8001, 'app', { template_image: 'noble.img', node: 'pve2' }),
  ]);

  it('migrates a running container with --restart and a running VM online with its local disks', () => {
    const p = plan(moved, applied(before), { scriptHashes: H });
    expect(p.errors).toEqual([]);
    const c = change(p, 'ct/950');
    expect(c.action).toBe('update');
    expect(c.node).toBe('pve2');
    expect(c.diffs).toEqual([{ effect: 'restart', from: 'pve', key: 'node', note: 'migrate', to: 'pve2' }]);
    expect(c.reasons[0]).toBe('migrate from node pve to pve2');
    expect(migrateOf(c)).toEqual({
      from: 'pve',
      online: false,
      op: 'migrate',
      restart: true,
      to: 'pve2',
      withLocalDisks: false,
    });
    expect(ops(c)).not.toContain('destroy');
    expect(migrateOf(change(p, 'vm/8001'))).toEqual({
      from: 'pve',
      online: true,
      op: 'migrate',
      restart: false,
      to: 'pve2',
      withLocalDisks: true,
    });
  });

  it('migrates a stopped guest offline, and on shared storage without copying disks', () => {
    const live = applied(before, (g) => ({
      ...g,
      status: 'stopped',
      config:
        g.kind === 'qemu'
          ? { ...g.config, scsi0: 'ceph:vm-8001-disk-0,size=16G', ide2: 'none,media=cdrom' }
          : g.config,
    }));
    const p = plan(moved, live, { scriptHashes: H });
    expect(migrateOf(change(p, 'ct/950'))).toMatchObject({ online: false, restart: false });
    expect(migrateOf(change(p, 'vm/8001'))).toMatchObject({ online: false, withLocalDisks: false });
  });

  it('migrates first, then configures on the new node', () => {
    const edited = estate({ '950': ct('web', { template: TEMPLATE, node: 'pve2', memory_mb: 2048 }) });
    const p = plan(edited, applied(before), { scriptHashes: H });
    const c = change(p, 'ct/950');
    expect(ops(c).slice(0, 2)).toEqual(['migrate', 'configure']);
    expect(c.diffs.map((d) => d.key)).toEqual(['node', 'memory']);
  });

  it('refuses what Proxmox refuses: bind mounts, local devices, snapshots on node-local LVM', () => {
    const withBind = estate({
      '950': ct('web', {
        template: TEMPLATE,
        mount_points: [{ host_path: '/srv/web', container_path: '/srv' }],
      }),
    });
    const live = applied(withBind, (g) => ({ ...g, snapshots: [{ name: 'pre' }] }));
    const vmLive: LiveGuest = {
      ...applied(before).guests.find((g) => g.id === 8001)!,
      config: {
        ...applied(before).guests.find((g) => g.id === 8001)!.config,
        hostpci0: '0000:01:00.0,pcie=1',
      },
    };
    const p = plan(moved, { ...live, guests: [...live.guests, vmLive] }, { scriptHashes: H });
    expect(messages(p, 'ct/950')).toEqual([
      'cannot migrate to node pve2: mp0 is a local bind mount of /srv/web, which Proxmox does not migrate (only storage volumes, or host paths marked shared=1)',
      'cannot migrate to node pve2: rootfs is on node-local storage local-lvm and the container has snapshots: Proxmox refuses ("non-migratable snapshot exists"); only ZFS and Btrfs volumes move with snapshots',
    ]);
    expect(messages(p, 'vm/8001')).toEqual([
      'cannot migrate to node pve2: the VM uses local devices (hostpci0), which Proxmox does not migrate',
    ]);
  });

  it('refuses a move to a node without the guest storage, and a rebuild together with a move', () => {
    const live = applied(before);
    const noLvm = {
      ...live,
      storages: live.storages.filter((s) => !(s.id === 'local-lvm' && s.node === 'pve2')),
    };
    expect(messages(plan(moved, noLvm, { scriptHashes: H }), 'ct/950')).toContain(
      'cannot migrate to node pve2: storage local-lvm (rootfs) is not available there (it is on pve, pve3)',
    );
    const rebuilt = estate({ '950': ct('web', { template: 'local:vztmpl/other.tar.zst', node: 'pve2' }) });
    const p = plan(rebuilt, live, { scriptHashes: H, allowRebuild: true });
    expect(messages(p, 'ct/950')).toContain(
      'the guest is destroyed and made again, and its node changes from pve to pve2; Phoenix does one at a time: keep node pve for this plan, then change it',
    );
  });

  it('errors when the node the guest leaves is offline', () => {
    const live = applied(before);
    const down = {
      ...live,
      nodeDetails: live.nodeDetails!.map((n) => (n.name === 'pve' ? { ...n, online: false } : n)),
    };
    expect(messages(plan(moved, down, { scriptHashes: H }), 'ct/950')).toEqual([
      "node pve is offline: Proxmox cannot run the guest's commands there until it is back",
    ]);
  });
});

describe('a clone whose source lives on another node', () => {
  const tpl = { template: TEMPLATE, is_template: true };

  it('is cloned with target onto a shared storage', () => {
    const d = estate({
      '900': ct('base', { ...tpl, node: 'pve', storage_pool: 'ceph' }),
      '950': ct('web', { clone_from_ctid: '900', node: 'pve2', storage_pool: 'ceph' }),
    });
    const p = plan(d, cluster(), { scriptHashes: H });
    expect(p.errors).toEqual([]);
    expect(change(p, 'ct/950').steps[0]).toEqual({
      name: 'web',
      op: 'clone',
      snapshot: undefined,
      source: 900,
      storage: 'ceph',
      target: 'pve2',
    });
    expect(ops(change(p, 'ct/950'))).not.toContain('migrate');
  });

  it('is cloned on the source node and migrated offline from node-local storage', () => {
    const d = estate({
      '900': ct('base', { ...tpl, node: 'pve' }),
      '950': ct('web', { clone_from_ctid: '900', node: 'pve2' }),
    });
    const c = change(plan(d, cluster(), { scriptHashes: H }), 'ct/950');
    expect(c.steps[0]).toMatchObject({ op: 'clone', source: 900, storage: 'local-lvm' });
    expect(c.steps[0]).toMatchObject({ target: undefined });
    expect(c.steps[1]).toEqual({
      from: 'pve',
      online: false,
      op: 'migrate',
      restart: false,
      to: 'pve2',
      withLocalDisks: false,
    });
    expect(ops(c)[2]).toBe('configure');
  });

  it('copies a VM clone disks along, and refuses when the source node lacks the clone storage', () => {
    const d = estate({}, [
      vm(8000, 'base', { template_image: 'noble.img', is_template: true, node: 'pve', storage_pool: 'ceph' }),
      vm(8001, 'app', { clone_from_vmid: 8000, node: 'pve3', storage_pool: 'fast' }),
    ]);
    const live = cluster({
      storages: [
        ...cluster().storages,
        { id: 'fast', type: 'zfspool', content: ['images'], node: 'pve3', shared: false },
      ],
    });
    const p = plan(d, live, { scriptHashes: H });
    expect(migrateOf(change(p, 'vm/8001'))).toEqual({
      from: 'pve',
      online: false,
      op: 'migrate',
      restart: false,
      to: 'pve3',
      withLocalDisks: true,
    });
    expect(messages(p, 'vm/8001')).toEqual([
      'the clone source is on node pve and storage fast is not shared, so the clone is made on pve and migrated to pve3; but pve has no storage fast',
    ]);
  });

  it('starts from where the source ends up: a source that moves comes first', () => {
    const before = estate({ '900': ct('base', tpl) });
    const d = estate({
      '900': ct('base', { ...tpl, node: 'pve3' }),
      '950': ct('web', { clone_from_ctid: '900', node: 'pve3' }),
    });
    const live = applied(before, (g) => ({ ...g, status: 'stopped' }));
    const p = plan(d, live, { scriptHashes: H });
    expect(p.errors).toEqual([]);
    expect(migrateOf(change(p, 'ct/900'))).toMatchObject({ from: 'pve', to: 'pve3' });
    expect(ops(change(p, 'ct/950'))).not.toContain('migrate');
    expect(change(p, 'ct/950').steps[0]).toMatchObject({ target: undefined });
    expect(p.layers).toEqual([['ct/900'], ['ct/950']]);
  });
});

describe('a move to a node outside the cluster', () => {
  it('is one error about the node, not one per volume', () => {
    const d = estate({ '950': ct('web', { template: TEMPLATE, node: 'pve7' }) });
    const live = applied(estate({ '950': ct('web', { template: TEMPLATE }) }));
    expect(messages(plan(d, live, { scriptHashes: H }), 'ct/950')).toEqual([
      'node pve7 is not part of the cluster (its nodes: pve, pve2, pve3)',
    ]);
  });
});

describe('cluster.default_node', () => {
  it('moves an existing guest that names no node, and says why', () => {
    const d = estate({ '950': ct('web', { template: TEMPLATE }) });
    const p = plan(withCluster(d, { default_node: 'pve3' }), applied(d), { scriptHashes: H });
    const c = change(p, 'ct/950');
    expect(migrateOf(c)).toMatchObject({ from: 'pve', to: 'pve3' });
    expect(c.reasons[0]).toBe('migrate from node pve to pve3 (cluster.default_node)');
  });
});

describe('a VM clone across nodes onto shared storage', () => {
  it('uses target only when every volume of the source is on shared storage', () => {
    const d = (pool: string) =>
      estate({}, [
        vm(8000, 'base', { template_image: 'noble.img', is_template: true, node: 'pve', storage_pool: pool }),
        vm(8001, 'app', { clone_from_vmid: 8000, node: 'pve2', storage_pool: 'ceph' }),
      ]);
    const onCeph = change(plan(d('ceph'), cluster(), { scriptHashes: H }), 'vm/8001');
    expect(onCeph.steps[0]).toMatchObject({ op: 'clone', target: 'pve2' });
    // The source's disks (and its cloud-init drive) on node-local LVM: qemu-server refuses target.
    const local = change(plan(d('local-lvm'), cluster(), { scriptHashes: H }), 'vm/8001');
    expect(local.steps[0]).toMatchObject({ target: undefined });
    expect(migrateOf(local)).toMatchObject({ from: 'pve', to: 'pve2', withLocalDisks: true });
  });

  it('reads the disks of a source that is only on the cluster', () => {
    const d = estate({}, [vm(8001, 'app', { clone_from_vmid: 8000, node: 'pve2', storage_pool: 'ceph' })]);
    const source = (scsi0: string): LiveState =>
      cluster({
        guests: [
          {
            kind: 'qemu',
            id: 8000,
            node: 'pve',
            name: 'base',
            status: 'stopped',
            template: true,
            config: { name: 'base', scsi0, ide2: 'none,media=cdrom', template: '1' },
            snapshots: [],
            tags: [],
          },
        ],
      });
    const first = (live: LiveState) => change(plan(d, live, { scriptHashes: H }), 'vm/8001').steps[0];
    expect(first(source('ceph:base-8000-disk-0,size=16G'))).toMatchObject({ target: 'pve2' });
    expect(first(source('local-lvm:base-8000-disk-0,size=16G'))).toMatchObject({ target: undefined });
  });
});
