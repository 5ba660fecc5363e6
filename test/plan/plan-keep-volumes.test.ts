/**
 * A container rebuild keeps its data volumes (issue 10, item 2): they are handed to a holder
 * container before the destroy and back to the new guest's mount paths after it; the plan says so
 * and lists no data loss. What Proxmox cannot hand over (a storage that cannot rename volumes, no
 * template for the holder) keeps today's refusal, with the reason.
 */
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { HOLDER_BASE, holderName } from '../../src/plan/keep-volumes.js';
import { plan } from '../../src/plan/planner.js';
import type { GuestChange, Plan } from '../../src/plan/types.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const H = hashes({});
type Obj = Record<string, unknown>;
const vol = (mount_point: string, size_gb = 4, pool = 'local-lvm') => ({ pool, size_gb, mount_point });
const guest = (extra: Obj) => estate({ '950': ct('data', { template: TEMPLATE, ...extra }) });
const HOLDER = HOLDER_BASE + 950;

function hostOf(before: Obj, edit?: (c: Record<string, string>) => void, templates = [TEMPLATE]) {
  const live = desiredToLiveState(guest(before), { scriptHashes: H, pveVersion: '8.4.1' });
  const guests = live.guests.map((g) => {
    const config = { ...g.config };
    edit?.(config);
    return { ...g, config };
  });
  return host({ guests, templates });
}

const change = (p: Plan): GuestChange => p.changes.find((c) => c.address === 'ct/950')!;
const ops = (c: GuestChange) => c.steps.map((s) => s.op);

describe('a container rebuild keeps its data volumes', () => {
  const before = { zfs_volumes: [vol('/data', 8)] };
  const rebuilt = guest({ ...before, unprivileged: false });

  it('parks them in a holder, destroys, makes the guest without allocating them, then hands them back', () => {
    const live = hostOf(before, (c) => {
      c.unused0 = 'local-lvm:vm-950-disk-7';
    });
    const p = plan(rebuilt, live, { scriptHashes: H, allowRebuild: true });
    expect(p.errors).toEqual([]);
    const c = change(p);
    expect(c.dataLoss).toBeUndefined();
    expect(ops(c).slice(0, 4)).toEqual(['park-volumes', 'destroy', 'create', 'unpark-volumes']);
    const park = c.steps[0]!;
    expect(park).toMatchObject({
      create: true,
      holder: HOLDER,
      template: TEMPLATE,
      volumes: [
        { from: 'mp0', to: 'mp0', mountPath: '/data', size: '8G' },
        { from: 'unused0', to: 'unused0', volume: 'local-lvm:vm-950-disk-7' },
      ],
    });
    const create = c.steps[2]!;
    expect(create.op === 'create' && Object.keys(create.config).filter((k) => /^mp/.test(k))).toEqual([]);
    expect(c.steps[3]).toMatchObject({
      holder: HOLDER,
      volumes: [
        { from: 'mp0', to: 'mp0', mountPath: '/data' },
        { from: 'unused0', to: 'unused0' },
      ],
    });
    expect(c.reasons).toContain(
      `rebuild: data volumes mp0 (/data, 8G), unused0 are kept: moved aside to holder CT ${HOLDER}, then attached to the new guest`,
    );
  });

  it('a volume on a storage that cannot rename volumes is not kept: refused without allowDataLoss, with the reason', () => {
    const live = hostOf(before, (c) => {
      c.mp0 = c.mp0!.replace(/^local-lvm:\S+?,/, 'local:950/vm-950-disk-1.subvol,');
    });
    const st = host().storages.find((s) => s.id === 'local');
    expect(st?.type).toBe('dir');
    const p = plan(rebuilt, live, { scriptHashes: H, allowRebuild: true });
    expect(p.errors.map((e) => e.message).join('\n')).toMatch(
      /these data volumes cannot be kept: mp0 \/data local:950\/vm-950-disk-1.subvol \(8G\) \(storage 'local' \(dir\) cannot hand this volume to another container\)/,
    );
    expect(change(p).dataLoss?.map((v) => v.key)).toEqual(['mp0']);
  });

  it('without an LXC template on the host there is no holder: the refusal stays', () => {
    const p = plan(rebuilt, hostOf(before, undefined, []), { scriptHashes: H, allowRebuild: true });
    expect(p.errors.map((e) => e.message).join('\n')).toMatch(/no LXC template is on the host/);
  });

  it('snapshots that use the volumes are deleted first (the destroy would delete them anyway)', () => {
    const base = hostOf(before);
    const live = {
      ...base,
      guests: base.guests.map((g) => ({ ...g, snapshots: [{ name: 'phoenix-safety-1' }] })),
    };
    const c = change(plan(rebuilt, live, { scriptHashes: H, allowRebuild: true }));
    expect(c.steps[0]).toMatchObject({ deleteSnapshots: ['phoenix-safety-1'], op: 'park-volumes' });
  });
});

describe('volumes parked by an interrupted rebuild go back', () => {
  const before = { zfs_volumes: [vol('/data', 8)] };
  const holderGuest = (config: Record<string, string>) => ({
    config: { hostname: holderName(950), rootfs: 'local-lvm:vm-900000950-disk-0,size=1G', ...config },
    id: HOLDER,
    kind: 'lxc' as const,
    node: 'pve',
    snapshots: [],
    status: 'stopped',
    tags: ['phoenix-keep'],
    template: false,
  });
  const parked = { mp0: 'local-lvm:vm-900000950-disk-1,mp=/data,size=8G' };

  it('killed after the destroy: the guest is made without the parked path, then gets it back', () => {
    const live = host({ guests: [holderGuest(parked)], templates: [TEMPLATE] });
    const c = change(plan(guest(before), live, { scriptHashes: H }));
    expect(ops(c).slice(0, 2)).toEqual(['create', 'unpark-volumes']);
    const create = c.steps[0]!;
    expect(create.op === 'create' && create.config.mp0).toBeUndefined();
    expect(c.steps[1]).toMatchObject({ volumes: [{ from: 'mp0', mountPath: '/data', to: 'mp0' }] });
    expect(c.reasons.join('\n')).toMatch(/parked in holder CT 900000950 by an interrupted rebuild/);
  });

  it('killed before the hand-back: the made guest gets the volume instead of a new empty one', () => {
    const made = hostOf(before, (c) => {
      delete c.mp0;
    });
    const live = { ...made, guests: [...made.guests, holderGuest(parked)] };
    const c = change(plan(guest(before), live, { scriptHashes: H }));
    expect(c.action).toBe('update');
    expect(c.steps.some((s) => s.op === 'configure' && s.set.mp0 !== undefined)).toBe(false);
    expect(c.steps.find((s) => s.op === 'unpark-volumes')).toMatchObject({
      volumes: [{ from: 'mp0', to: 'mp0' }],
    });
  });

  it('an empty holder left behind is destroyed', () => {
    const made = hostOf(before);
    const live = { ...made, guests: [...made.guests, holderGuest({})] };
    const c = change(plan(guest(before), live, { scriptHashes: H }));
    expect(c.steps).toEqual([{ holder: HOLDER, op: 'unpark-volumes', volumes: [] }]);
  });
});

describe('keep-volume edge cases', () => {
  const before = { zfs_volumes: [vol('/data', 8)] };

  it('a kept volume the config now makes bigger is grown once it is back', () => {
    const p = plan(guest({ zfs_volumes: [vol('/data', 16)], unprivileged: false }), hostOf(before), {
      scriptHashes: H,
      allowRebuild: true,
    });
    const c = change(p);
    const at = ops(c).indexOf('unpark-volumes');
    expect(c.steps[at + 1]).toEqual({ disk: 'mp0', op: 'resize', size: '16G' });
  });

  it('the holder id taken by another guest: nothing can be kept, the refusal says why', () => {
    const base = hostOf(before);
    const other = { ...base.guests[0]!, id: HOLDER, config: { hostname: 'someone-else' }, tags: [] };
    const p = plan(
      guest({ ...before, unprivileged: false }),
      { ...base, guests: [...base.guests, other] },
      {
        scriptHashes: H,
        allowRebuild: true,
      },
    );
    expect(p.errors.map((e) => e.message).join('\n')).toMatch(
      /the holder id 900000950 is taken by another guest/,
    );
  });
});

describe('where kept volumes go', () => {
  it('a mount path the new config no longer has comes back as unusedN (kept, like a detach)', () => {
    const before = { zfs_volumes: [vol('/data', 8), vol('/logs', 2)] };
    const after = guest({ zfs_volumes: [vol('/data', 8)], unprivileged: false });
    const c = change(plan(after, hostOf(before), { scriptHashes: H, allowRebuild: true }));
    expect(c.dataLoss).toBeUndefined();
    expect(c.steps.find((s) => s.op === 'unpark-volumes')).toMatchObject({
      volumes: [
        { from: 'mp0', mountPath: '/data', to: 'mp0' },
        { from: 'mp1', mountPath: '/logs', to: 'unused0' },
      ],
    });
  });

  it('a path that moved to another slot in the new config goes to that slot', () => {
    const before = { zfs_volumes: [vol('/data', 8)] };
    const after = guest({ zfs_volumes: [vol('/first', 1), vol('/data', 8)], unprivileged: false });
    const c = change(plan(after, hostOf(before), { scriptHashes: H, allowRebuild: true }));
    const create = c.steps.find((s) => s.op === 'create');
    const unpark = c.steps.find((s) => s.op === 'unpark-volumes');
    expect(unpark).toMatchObject({ volumes: [{ from: 'mp0', mountPath: '/data' }] });
    const to = unpark?.op === 'unpark-volumes' ? unpark.volumes[0]!.to : '';
    expect(create?.op === 'create' && create.config[to]).toBeUndefined();
    expect(create?.op === 'create' && Object.values(create.config).some((v) => /mp=\/first/.test(v))).toBe(
      true,
    );
  });
});
