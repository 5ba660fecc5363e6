/**
 * Volumes in the plan (issue 10, items 1 and 2): mount points keep the slot that holds their path,
 * a volume that leaves the config is detached and kept unless the guest allows deleting it, a
 * storage change is a volume move, and every step that deletes a volume's data needs
 * `allowDataLoss`, is preceded by a vzdump backup and is listed under "Data loss".
 */
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan } from '../../src/plan/planner.js';
import type { GuestChange, Plan } from '../../src/plan/types.js';
import { assignMountSlots, unusedSlotsAfter } from '../../src/plan/volume-slots.js';
import { ct, estate, hashes, host, TEMPLATE, vm } from '../helpers/plan-fixtures.js';

const H = hashes({});
type Obj = Record<string, unknown>;

const vol = (mount_point: string, size_gb = 4, pool = 'local-lvm') => ({ pool, size_gb, mount_point });
const guest = (extra: Obj) => estate({ '950': ct('data', { template: TEMPLATE, ...extra }) });

/** The host a fully applied `before` leaves (the container running). */
function hostOf(before: Obj, edit?: (c: Record<string, string>) => void) {
  const live = desiredToLiveState(guest(before), { scriptHashes: H, pveVersion: '8.4.1' });
  const guests = live.guests.map((g) => {
    const config = { ...g.config };
    edit?.(config);
    return { ...g, config };
  });
  return host({
    guests,
    storages: [...host().storages, { id: 'tank', type: 'zfspool', content: ['rootdir'] }],
  });
}

function change(p: Plan): GuestChange {
  return p.changes.find((c) => c.address === 'ct/950')!;
}

describe('mount point slots', () => {
  const mounts = (paths: string[]) => guest({ zfs_volumes: paths.map((p) => vol(p)) }).guests[0]!.mountPoints;

  it('a path keeps the live slot that holds it; a new path takes the lowest free slot', () => {
    const live = {
      mp0: 'local-lvm:vm-950-disk-1,mp=/logs,size=4G',
      mp1: 'local-lvm:vm-950-disk-2,mp=/data,size=4G',
    };
    expect(assignMountSlots(mounts(['/data']), live)).toEqual(['mp1']);
    expect(assignMountSlots(mounts(['/new', '/data', '/logs']), live)).toEqual(['mp2', 'mp1', 'mp0']);
    expect(assignMountSlots(mounts(['/a', '/b']))).toEqual(['mp0', 'mp1']);
  });

  it('a bind mount matches by mount path and host path, a volume never matches a bind mount', () => {
    const g = estate({
      '950': ct('x', {
        mount_points: [{ host_path: '/srv/a', container_path: '/data' }],
        zfs_volumes: [vol('/data2')],
      }),
    }).guests[0]!;
    expect(assignMountSlots(g.mountPoints, { mp3: '/srv/a,mp=/data', mp0: '/srv/b,mp=/data2' })).toEqual([
      'mp3',
      'mp1',
    ]);
    expect(assignMountSlots(g.mountPoints, { mp0: '/srv/other,mp=/data' })).toEqual(['mp1', 'mp2']);
  });

  it('detached volumes take the unusedN slots add_unused_volume gives them', () => {
    expect(unusedSlotsAfter({ unused0: 'a:x', unused2: 'a:y' }, ['a:z', 'a:y', 'a:w'])).toEqual([
      'unused1',
      'unused2',
      'unused3',
    ]);
  });
});

describe('volumes that leave the config', () => {
  const before = { zfs_volumes: [vol('/logs', 2), vol('/data', 8)] };
  const live = hostOf(before);

  it('removing the first volume detaches only it; the second keeps its slot and volume', () => {
    const p = plan(guest({ zfs_volumes: [vol('/data', 8)] }), live, { scriptHashes: H });
    const c = change(p);
    expect(p.errors).toEqual([]);
    const configure = c.steps.find((s) => s.op === 'configure');
    expect(configure).toMatchObject({ delete: ['mp0'], set: {} });
    expect(c.diffs).toEqual([
      {
        effect: 'restart',
        from: 'local-lvm 2G (mp=/logs,backup=1)',
        key: 'mp0',
        note: 'detach, kept as unused0',
      },
    ]);
    expect(c.dataLoss).toBeUndefined();
    expect(c.steps.some((s) => s.op === 'destroy-volume' || s.op === 'backup')).toBe(false);
  });

  it('a bind mount added in front of a volume takes a new slot and leaves the volume alone', () => {
    const p = plan(
      guest({ ...before, mount_points: [{ host_path: '/srv/x', container_path: '/x' }] }),
      live,
      { scriptHashes: H },
    );
    const configure = change(p).steps.find((s) => s.op === 'configure');
    expect(configure).toMatchObject({ delete: [], set: { mp2: '/srv/x,mp=/x' } });
  });

  it('with allow_destroy_volumes the volume is deleted after a backup, only with allowDataLoss', () => {
    const desired = guest({ zfs_volumes: [vol('/data', 8)], allow_destroy_volumes: true });
    const refused = plan(desired, live, { scriptHashes: H });
    expect(refused.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /destroying volumes that left the config destroys their data \(mp0 \/logs local-lvm:subvol-950-disk-1 \(2G\)\); refused unless data loss is allowed \(--allow-data-loss/,
      ),
    ]);
    const p = plan(desired, live, { scriptHashes: H, allowDataLoss: true });
    expect(p.errors).toEqual([]);
    const c = change(p);
    const ops = c.steps.map((s) => s.op);
    expect(ops.slice(0, 2)).toEqual(['backup', 'configure']);
    expect(ops.indexOf('destroy-volume')).toBeGreaterThan(ops.indexOf('restart'));
    expect(c.steps.find((s) => s.op === 'backup')).toEqual({
      mode: 'stop',
      op: 'backup',
      storage: 'local',
      volumes: ['local-lvm:subvol-950-disk-1'],
    });
    expect(c.steps.find((s) => s.op === 'destroy-volume')).toEqual({
      key: 'unused0',
      op: 'destroy-volume',
      volume: 'local-lvm:subvol-950-disk-1',
    });
    expect(c.dataLoss).toEqual([
      {
        key: 'mp0',
        mountPath: '/logs',
        reason: 'left the config (allow_destroy_volumes)',
        size: '2G',
        volume: 'local-lvm:subvol-950-disk-1',
      },
    ]);
    expect(c.diffs[0]).toMatchObject({ key: 'mp0', note: 'detach and destroy (data loss)' });
  });

  it('a backup needs a storage that takes backups', () => {
    const desired = guest({ zfs_volumes: [vol('/data', 8)], allow_destroy_volumes: true });
    const noBackup = { ...live, storages: live.storages.filter((s) => !s.content.includes('backup')) };
    const p = plan(desired, noBackup, { scriptHashes: H, allowDataLoss: true });
    expect(p.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/no storage on the host takes backups/),
    ]);
  });
});

describe('a storage change is a volume move, not a rebuild', () => {
  it('moves a mount point volume to its new pool and keeps its slot', () => {
    const live = hostOf({ zfs_volumes: [vol('/data', 8)] });
    const p = plan(guest({ zfs_volumes: [vol('/data', 8, 'tank')] }), live, { scriptHashes: H });
    const c = change(p);
    expect(p.errors).toEqual([]);
    expect(c.action).toBe('update');
    expect(c.steps.filter((s) => s.op === 'move-volume')).toEqual([
      { disk: 'mp0', op: 'move-volume', storage: 'tank' },
    ]);
    expect(c.steps.some((s) => s.op === 'destroy')).toBe(false);
    expect(c.diffs).toMatchObject([
      { key: 'mp0', note: 'move, data included; the old copy stays as an unused volume', effect: 'live' },
    ]);
  });

  it('moves the root disk', () => {
    const live = hostOf({});
    const p = plan(guest({ storage_pool: 'tank' }), live, { scriptHashes: H });
    expect(change(p).steps.filter((s) => s.op === 'move-volume')).toEqual([
      { disk: 'rootfs', op: 'move-volume', storage: 'tank' },
    ]);
    expect(change(p).action).toBe('update');
  });
});

describe('VM disks and clones', () => {
  it('a VM has one disk: moving it to another storage is a qm disk move of scsi0', () => {
    const vmDesired = (pool: string) =>
      estate({}, [vm(8001, 'app', { template_image: 'noble.img', storage_pool: pool })]);
    const live = desiredToLiveState(vmDesired('local-lvm'), { scriptHashes: H, pveVersion: '8.4.1' });
    const p = plan(vmDesired('tank'), host({ guests: live.guests }), { scriptHashes: H });
    const c = p.changes.find((x) => x.address === 'vm/8001')!;
    expect(c.action).toBe('update');
    expect(c.steps.filter((s) => s.op === 'move-volume')).toEqual([
      { disk: 'scsi0', op: 'move-volume', storage: 'tank' },
    ]);
  });

  it('a clone keeps the volume it inherits at the slot holding its path', () => {
    const desired = estate({
      '900': ct('base', { template: TEMPLATE, is_template: true, zfs_volumes: [vol('/models', 4)] }),
      '950': ct('web', {
        clone_from_ctid: '900',
        mount_points: [{ host_path: '/srv/x', container_path: '/x' }],
        zfs_volumes: [vol('/models', 4)],
      }),
    });
    const p = plan(desired, host(), { scriptHashes: H });
    const configure = change(p).steps.find((s) => s.op === 'configure');
    expect(configure).toMatchObject({ delete: [], set: { mp1: '/srv/x,mp=/x' } });
    expect(configure?.op === 'configure' && configure.set.mp0).toBeUndefined();
  });
});

describe('rebuild and destroy of a guest with data volumes', () => {
  const before = { zfs_volumes: [vol('/data', 8)] };
  // No LXC template on the host: no holder container can be made, so nothing can be kept
  // (plan-keep-volumes.test.ts has the rebuild that keeps them).
  const live = {
    ...hostOf(before, (c) => {
      c.unused0 = 'local-lvm:subvol-950-disk-7';
    }),
    templates: [],
  };
  // `unprivileged` cannot change in place: a rebuild.
  const rebuilt = guest({ ...before, unprivileged: false });

  it('is refused without allowDataLoss, naming every volume Proxmox would free', () => {
    const p = plan(rebuilt, live, { scriptHashes: H, allowRebuild: true });
    expect(p.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /ct\/950 needs a rebuild, and Proxmox's destroy frees every volume the config lists, unused ones included.*mp0 \/data local-lvm:subvol-950-disk-1 \(8G\) \(no LXC template .*\), unused0 local-lvm:subvol-950-disk-7 \(no LXC template .*\); refused unless data loss is allowed/,
      ),
    ]);
    expect(change(p).dataLoss?.map((v) => v.key)).toEqual(['mp0', 'unused0']);
  });

  it('with allowDataLoss a vzdump backup comes before the destroy', () => {
    const p = plan(rebuilt, live, { scriptHashes: H, allowRebuild: true, allowDataLoss: true });
    expect(p.errors).toEqual([]);
    const c = change(p);
    expect(c.steps.slice(0, 2)).toEqual([
      { mode: 'stop', op: 'backup', storage: 'local', volumes: ['local-lvm:subvol-950-disk-1'] },
      { op: 'destroy', running: true },
    ]);
    expect(c.dataLoss?.[1]?.reason).toMatch(/not in the backup/);
  });

  it('a guest without data volumes rebuilds as before, with no backup and no data loss', () => {
    const p = plan(guest({ unprivileged: false }), hostOf({}), { scriptHashes: H, allowRebuild: true });
    expect(p.errors).toEqual([]);
    expect(change(p).steps[0]).toEqual({ op: 'destroy', running: true });
    expect(change(p).dataLoss).toBeUndefined();
  });

  it('a removed guest with data volumes is kept unless allowDataLoss, then backed up and destroyed', () => {
    const gone = estate({}, [], { lxc: { allow_destroy: true } });
    const kept = plan(gone, live, { scriptHashes: H });
    expect(kept.retained).toEqual([
      expect.objectContaining({
        address: 'ct/950',
        reason: expect.stringMatching(/destroys its data volumes.*--allow-data-loss/),
      }),
    ]);
    expect(kept.changes).toEqual([]);
    const p = plan(gone, live, { scriptHashes: H, allowDataLoss: true });
    expect(p.changes[0]!.steps.map((s) => s.op)).toEqual(['backup', 'destroy']);
    expect(p.changes[0]!.dataLoss?.map((v) => v.volume)).toEqual([
      'local-lvm:subvol-950-disk-1',
      'local-lvm:subvol-950-disk-7',
    ]);
  });
});
