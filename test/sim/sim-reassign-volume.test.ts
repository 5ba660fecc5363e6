/**
 * `pct move-volume --target-vmid`: handing a container volume to another container, with the
 * rules and messages of pve-container `PVE::API2::LXC::move_volume` (reassign branch) and the
 * renaming of `PVE::Storage::rename_volume`.
 */
import { createCt, simHarness, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

const err = async (...argv: string[]): Promise<string> => (await h.run(...argv)).stderr;

async function twoCts(): Promise<void> {
  await createCt(h, 950, '--mp0', 'local-lvm:8,mp=/data,backup=1');
  await createCt(h, 960);
}

describe('pct move-volume --target-vmid', () => {
  test('moves a stopped CT mount point with its options; the volume is renamed to the target and keeps its data', async () => {
    await twoCts();
    const before = (await h.state()).volumes.filter((v) => v.vmid === 950);
    expect(before.map((v) => v.volname).sort()).toEqual(['vm-950-disk-0', 'vm-950-disk-1']);
    const out = await h.ok(
      'pct',
      'move-volume',
      '950',
      'mp0',
      '--target-vmid',
      '960',
      '--target-volume',
      'mp3',
    );
    expect(out).toContain("moving volume 'mp0' from container '950' to '960'");
    const s = await h.state();
    expect(s.guests['950']!.conf.main.values.mp0).toBeUndefined();
    expect(s.guests['960']!.conf.main.values.mp3).toBe('local-lvm:vm-960-disk-1,mp=/data,backup=1,size=8G');
    const moved = s.volumes.find((v) => v.volname === 'vm-960-disk-1')!;
    expect(moved.vmid).toBe(960);
    expect(moved.sizeBytes).toBe(8 * 1024 ** 3);
    expect(s.volumes.some((v) => v.volname === 'vm-950-disk-1')).toBe(false);
  });

  test('the positional form and the default target key (the same key) work too; back again lands on the key asked for', async () => {
    await twoCts();
    await h.ok('pct', 'move-volume', '950', 'mp0', '', '960');
    expect((await h.state()).guests['960']!.conf.main.values.mp0).toMatch(
      /^local-lvm:vm-960-disk-1,mp=\/data/,
    );
    await h.ok('pct', 'move-volume', '960', 'mp0', '--target-vmid', '950', '--target-volume', 'mp0');
    const s = await h.state();
    expect(s.guests['950']!.conf.main.values.mp0).toMatch(/^local-lvm:vm-950-disk-\d,mp=\/data,backup=1/);
    expect(s.guests['960']!.conf.main.values.mp0).toBeUndefined();
  });

  test('to an unused key the target gets the bare volume id; an unused volume goes only to an unused key', async () => {
    await twoCts();
    await h.ok('pct', 'move-volume', '950', 'mp0', '--target-vmid', '960', '--target-volume', 'unused0');
    expect((await h.state()).guests['960']!.conf.main.values.unused0).toBe('local-lvm:vm-960-disk-1');
    expect(
      await err('pct', 'move-volume', '960', 'unused0', '--target-vmid', '950', '--target-volume', 'mp0'),
    ).toBe('Moving an unused volume to a used one is not possible\n');
    // From an unused key the source may run.
    await h.ok('pct', 'start', '960');
    await h.ok('pct', 'move-volume', '960', 'unused0', '--target-vmid', '950', '--target-volume', 'unused1');
    expect((await h.state()).guests['950']!.conf.main.values.unused1).toBe('local-lvm:vm-950-disk-1');
  });

  test('refusals, in Proxmox order and words', async () => {
    await twoCts();
    const mv = (...a: string[]) => err('pct', 'move-volume', '950', ...a);
    expect(await mv('rootfs', '--target-vmid', '960')).toBe("Cannot move to/from 'rootfs'\n");
    expect(await mv('mp0', '--target-vmid', '961')).toBe('could not find CT 961\n');
    expect(await mv('mp1', '--target-vmid', '960')).toBe("volume 'mp1' for container '950' does not exist\n");
    expect(await mv('mp0', 'local-lvm', '960')).toBe('either set storage or target-vmid, but not both\n');
    await h.ok('pct', 'set', '960', '--mp0', 'local-lvm:1,mp=/x');
    expect(await mv('mp0', '--target-vmid', '960')).toBe(
      "Target volume key 'mp0' is already in use for container '960'\n",
    );
    await h.ok('pct', 'start', '950');
    expect(await mv('mp0', '--target-vmid', '960', '--target-volume', 'mp1')).toBe(
      'Cannot move in-use volume while the source CT is running - detach or shutdown first\n',
    );
    await h.ok('pct', 'stop', '950');
    await h.ok('pct', 'set', '960', '--lock', 'backup');
    expect(await mv('mp0', '--target-vmid', '960', '--target-volume', 'mp1')).toBe('CT is locked (backup)\n');
    await h.ok('pct', 'unlock', '960');
    await h.ok('pct', 'snapshot', '950', 's1');
    expect(await mv('mp0', '--target-vmid', '960', '--target-volume', 'mp1')).toBe(
      'Cannot move volume used by a snapshot to another container\n',
    );
    expect((await h.state()).guests['950']!.conf.main.values.mp0).toMatch(/vm-950-disk-1/);
  });

  test('a bind mount cannot move (its host path has no storage), nor to a VM or a template', async () => {
    await createCt(h, 950, '--mp0', '/srv/share,mp=/share');
    await createCt(h, 960);
    expect(await err('pct', 'move-volume', '950', 'mp0', '--target-vmid', '960')).toBe(
      'Storage does not support moving of this disk to another container\n',
    );
    await h.ok('qm', 'create', '970', '--name', 'vm970');
    await h.ok('pct', 'set', '950', '--mp1', 'local-lvm:1,mp=/d');
    expect(await err('pct', 'move-volume', '950', 'mp1', '--target-vmid', '970')).toBe(
      "Configuration file 'nodes/pve/lxc/970.conf' does not exist\n",
    );
    await h.ok('pct', 'template', '960');
    expect(await err('pct', 'move-volume', '950', 'mp1', '--target-vmid', '960')).toBe(
      "Can't move volumes from or to template CT\n",
    );
  });
});
