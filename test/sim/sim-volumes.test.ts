/**
 * Fidelity of the simulated volume operations Phoenix relies on to keep data: detaching a mount
 * point keeps its volume as `unusedN` (pve-container `vmconfig_apply_pending`, pve-guest-common
 * `add_unused_volume`), deleting `unusedN` frees it unless a snapshot uses it, `pct move-volume`
 * / `qm disk move` copy a volume to another storage with Proxmox's refusals, and `vzdump` writes
 * a backup archive only onto a storage that takes backups.
 */
import { createCt, simHarness, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(async () => {
  h = simHarness();
  await h.configure((s) => {
    s.storages.tank = { ...s.storages['local-lvm']!, type: 'lvmthin', content: ['images', 'rootdir'] };
  });
});
afterEach(() => h.cleanup());

const conf = async (vmid: number) => (await h.state()).guests[String(vmid)]!.conf.main.values;
const hasVolume = async (volid: string) =>
  (await h.state()).volumes.some((v) => `${v.storage}:${v.volname}` === volid);
const err = async (...argv: string[]) => {
  const r = await h.run(...argv);
  return { code: r.exitCode, stderr: r.stderr };
};

describe('detached mount points', () => {
  test('deleting mp0 and mp1 in one pct set files them as unused0/unused1 in sorted key order', async () => {
    await createCt(h, 950, '--mp1', 'local-lvm:2,mp=/b', '--mp0', 'local-lvm:1,mp=/a');
    const before = await conf(950);
    await h.ok('pct', 'set', '950', '--delete', 'mp1,mp0');
    const after = await conf(950);
    expect(after.mp0).toBeUndefined();
    expect(after.unused0).toBe(before.mp0!.split(',')[0]);
    expect(after.unused1).toBe(before.mp1!.split(',')[0]);
  });

  test('on a running CT the detach waits for the restart, then the volume is unused', async () => {
    await createCt(h, 950, '--mp0', 'local-lvm:1,mp=/a');
    const vol = (await conf(950)).mp0!.split(',')[0]!;
    await h.ok('pct', 'start', '950');
    await h.ok('pct', 'set', '950', '--delete', 'mp0');
    expect((await conf(950)).mp0).toBeDefined();
    await h.ok('pct', 'stop', '950');
    await h.ok('pct', 'start', '950');
    expect((await conf(950)).unused0).toBe(vol);
    expect(await hasVolume(vol)).toBe(true);
  });

  test('deleting unusedN frees the volume, but not while a snapshot still uses it', async () => {
    await createCt(h, 950, '--mp0', 'local-lvm:1,mp=/a,backup=1', '--mp1', 'local-lvm:1,mp=/b,backup=1');
    const c = await conf(950);
    const [a, b] = [c.mp0!.split(',')[0]!, c.mp1!.split(',')[0]!];
    await h.ok('pct', 'set', '950', '--delete', 'mp0');
    await h.ok('pct', 'set', '950', '--delete', 'unused0');
    expect(await hasVolume(a)).toBe(false);
    await h.ok('pct', 'snapshot', '950', 'keep');
    await h.ok('pct', 'set', '950', '--delete', 'mp1');
    await h.ok('pct', 'set', '950', '--delete', 'unused0');
    expect(await hasVolume(b)).toBe(true);
    // Deleting the snapshot brings the volume back as unused (snapshot_delete -> add_unused_volume).
    await h.ok('pct', 'delsnapshot', '950', 'keep');
    expect((await conf(950)).unused0).toBe(b);
  });
});

describe('pct move-volume', () => {
  test('copies a mount point volume to another storage and keeps the source as unused', async () => {
    await createCt(h, 950, '--mp0', 'local-lvm:3,mp=/data,backup=1');
    const old = (await conf(950)).mp0!.split(',')[0]!;
    await h.ok('pct', 'move-volume', '950', 'mp0', 'tank');
    const c = await conf(950);
    expect(c.mp0).toMatch(/^tank:vm-950-disk-\d+,backup=1,mp=\/data,size=3G$/);
    expect(c.unused0).toBe(old);
    expect(await hasVolume(old)).toBe(true);
  });

  test('--delete frees the source; refused with snapshots, on a running CT and for unusedN', async () => {
    await createCt(h, 950, '--mp0', 'local-lvm:1,mp=/data');
    const old = (await conf(950)).mp0!.split(',')[0]!;
    await h.ok('pct', 'snapshot', '950', 's1');
    expect(await err('pct', 'move-volume', '950', 'mp0', 'tank', '--delete', '1')).toEqual({
      code: 255,
      stderr: "you can't move a volume with snapshots and delete the source\n",
    });
    await h.ok('pct', 'delsnapshot', '950', 's1');
    await h.ok('pct', 'start', '950');
    expect(await err('pct', 'move-volume', '950', 'mp0', 'tank')).toEqual({
      code: 255,
      stderr: 'cannot move volumes of a running container\n',
    });
    await h.ok('pct', 'stop', '950');
    await h.ok('pct', 'move-volume', '950', 'mp0', 'tank', '--delete', '1');
    expect(await hasVolume(old)).toBe(false);
    expect((await conf(950)).unused0).toBeUndefined();
    await h.ok('pct', 'set', '950', '--delete', 'mp0');
    expect((await err('pct', 'move-volume', '950', 'unused0', 'local-lvm')).stderr).toBe(
      "cannot move volume 'unused0', only configured volumes can be moved to another storage\n",
    );
  });
});

describe('qm disk move', () => {
  test('moves a VM disk (online too) and refuses the same storage', async () => {
    await h.ok('qm', 'create', '8001', '--scsi0', 'local-lvm:4');
    const old = (await conf(8001)).scsi0!.split(',')[0]!;
    expect((await err('qm', 'disk', 'move', '8001', 'scsi0', 'local-lvm')).stderr).toBe(
      "you can't move to the same storage with same format\n",
    );
    await h.ok('qm', 'start', '8001');
    await h.ok('qm', 'disk', 'move', '8001', 'scsi0', 'tank');
    const c = await conf(8001);
    expect(c.scsi0).toMatch(/^tank:vm-8001-disk-\d+/);
    expect(c.unused0).toBe(old);
  });
});

describe('vzdump', () => {
  test('writes an archive of the guest onto a storage with backup content', async () => {
    await createCt(h, 950, '--mp0', 'local-lvm:1,mp=/data,backup=1');
    await h.ok('vzdump', '950', '--storage', 'local', '--mode', 'stop', '--compress', 'zstd');
    const backups = (await h.state()).volumes.filter((v) => v.content === 'backup');
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ storage: 'local', vmid: 950 });
    expect(backups[0]!.volname).toMatch(/^backup\/vzdump-lxc-950-\d{4}_\d\d_\d\d-\d\d_\d\d_\d\d\.tar\.zst$/);
    expect(await err('vzdump', '950', '--storage', 'local-lvm')).toEqual({
      code: 255,
      stderr: "can't use storage 'local-lvm' for backups - wrong content type\n",
    });
    expect((await err('vzdump', '951', '--storage', 'local')).stderr).toBe("unable to find VM '951'\n");
  });
});
