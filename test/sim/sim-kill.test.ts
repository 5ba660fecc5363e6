/**
 * What a command killed mid-way leaves on the simulated host, as Proxmox leaves it: the `lock:`
 * of its worker (`create` for `pct create`/`qm create`/`pct clone`, `clone` for `qm clone`, `disk`
 * on a `pct clone` source, `snapshot` and a `snapstate: prepare` section for a snapshot), and for
 * `qm disk import` no lock but a volume no config key names. Locked guests refuse changes with
 * `check_lock`'s text; `unlock` and `destroy --destroy-unreferenced-disks` clean up.
 */
import { runSimCommand, SimKilled } from '../../src/sim/index.js';
import { createCt, simHarness, UBUNTU_VOLID, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

/** Runs argv and dies mid-way (after the first saved phase). */
async function kill(...argv: string[]): Promise<void> {
  await expect(
    runSimCommand(h.t.store, argv, {
      killMidway: true,
      onDrop: async () => {
        throw new Error('drop');
      },
    }),
  ).rejects.toBeInstanceOf(SimKilled);
}

const conf = async (kind: 'pct' | 'qm', id: number) => (await h.run(kind, 'config', String(id))).stdout;

describe('a killed command leaves what Proxmox leaves', () => {
  test('pct create: a config with nothing but lock: create, refused by every change', async () => {
    await h.ok('pveam', 'download', 'local', UBUNTU_VOLID.split('/')[1]!);
    await kill('pct', 'create', '950', UBUNTU_VOLID, '--hostname', 'web', '--rootfs', 'local-lvm:8');
    expect(await conf('pct', 950)).toBe('lock: create\n');
    expect((await h.run('pct', 'set', '950', '--memory', '512')).stderr).toBe('CT is locked (create)\n');
    expect((await h.run('pct', 'destroy', '950')).stderr).toBe('CT is locked (create)\n');
    await h.ok('pct', 'unlock', '950');
    await h.ok('pct', 'destroy', '950', '--purge', '1', '--destroy-unreferenced-disks', '1');
    expect((await h.state()).volumes.filter((v) => v.vmid === 950)).toEqual([]);
  });

  test('pct clone: the new CT keeps lock: create, the source lock: disk', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    await kill('pct', 'clone', '900', '950', '--full', '1', '--hostname', 'web');
    expect(await conf('pct', 950)).toMatch(/^lock: create$/m);
    expect(await conf('pct', 900)).toMatch(/^lock: disk$/m);
    expect((await h.run('pct', 'clone', '900', '951', '--full', '1')).stderr).toBe('CT is locked (disk)\n');
  });

  test('qm clone: the new VM keeps lock: clone', async () => {
    await h.ok('qm', 'create', '9000', '--scsi0', 'local-lvm:4');
    await h.ok('qm', 'template', '9000');
    await kill('qm', 'clone', '9000', '9001', '--full', '1', '--name', 'vm');
    expect(await conf('qm', 9001)).toMatch(/^lock: clone$/m);
    expect((await h.run('qm', 'set', '9001', '--memory', '512')).stderr).toBe('VM is locked (clone)\n');
  });

  test('qm disk import: no lock, no disk in the config, the volume left on the storage', async () => {
    await h.ok('qm', 'create', '100');
    await h.t.run(['tee', '/root/disk.qcow2'], { stdin: 'image' });
    await kill('qm', 'disk', 'import', '100', '/root/disk.qcow2', 'local-lvm', '--target-disk', 'scsi0');
    const text = await conf('qm', 100);
    expect(text).not.toMatch(/^lock:/m);
    expect(text).not.toMatch(/^scsi0:/m);
    const orphans = (await h.state()).volumes.filter((v) => v.vmid === 100);
    expect(orphans.map((v) => `${v.storage}:${v.volname}`)).toEqual(['local-lvm:vm-100-disk-0']);
    // A plain destroy keeps it; with destroy-unreferenced-disks it goes.
    await h.ok('qm', 'destroy', '100', '--purge', '1');
    expect((await h.state()).volumes.filter((v) => v.vmid === 100)).toHaveLength(1);
    await h.ok('qm', 'create', '100');
    await h.ok('qm', 'destroy', '100', '--purge', '1', '--destroy-unreferenced-disks', '1');
    expect((await h.state()).volumes.filter((v) => v.vmid === 100)).toEqual([]);
  });

  test('a snapshot: lock: snapshot and a section in snapstate prepare', async () => {
    await createCt(h, 950);
    await kill('pct', 'snapshot', '950', 'phoenix-ready');
    const text = (await h.ok('cat', '/etc/pve/lxc/950.conf')).split('\n');
    expect(text).toContain('lock: snapshot');
    expect(text.slice(text.indexOf('[phoenix-ready]'))).toContain('snapstate: prepare');
    expect((await h.run('pct', 'start', '950')).stderr).toBe('CT is locked (snapshot)\n');
  });
});
