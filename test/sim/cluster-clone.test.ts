/**
 * `pct clone --target` and `qm clone --target` (pve-container / qemu-server `clone_vm`): a clone
 * may go to another node only when every volume it gets is on shared storage.
 */
import { clusterHarness, createCtOn, type ClusterHarness } from '../helpers/sim-cluster.js';

let h: ClusterHarness;
beforeEach(async () => {
  h = clusterHarness();
  await h.configure((s) => {
    s.storages.nas = {
      id: 'nas',
      type: 'nfs',
      content: ['images', 'rootdir', 'iso'],
      shared: true,
      options: { server: '10.0.0.5', export: '/srv/pve', path: '/mnt/pve/nas' },
      totalBytes: 2 * 1024 ** 4,
    };
  });
});
afterEach(() => h.cleanup());

describe('pct clone --target', () => {
  test('a CT on local storage cannot be cloned to another node', async () => {
    await createCtOn(h, 'pve', 100);
    expect(await h.on('pve', ['pct', 'clone', '100', '101', '--target', 'pve2'])).toEqual({
      exitCode: 255,
      stdout: '',
      stderr:
        'found non-shared volume: local-lvm:vm-100-disk-0\n' +
        "can't clone CT to node 'pve2' (CT uses local storage)\n",
    });
    expect((await h.state()).guests['101']).toBeUndefined();
  });

  test('--storage must be shared and available on the target', async () => {
    await createCtOn(h, 'pve', 100);
    expect(
      (await h.on('pve', ['pct', 'clone', '100', '101', '--target', 'pve2', '--storage', 'local-lvm']))
        .stderr,
    ).toBe("can't clone to non-shared storage 'local-lvm'\n");
    await h.configure((s) => {
      s.storages.nas!.nodes = ['pve', 'pve3'];
    });
    expect(
      (await h.on('pve', ['pct', 'clone', '100', '101', '--target', 'pve2', '--storage', 'nas'])).stderr,
    ).toBe("storage 'nas' is not available on node 'pve2'\n");
  });

  test('a full clone onto shared storage lands on the target node', async () => {
    await createCtOn(h, 'pve', 100);
    const r = await h.on('pve', [
      'pct',
      'clone',
      '100',
      '101',
      '--target',
      'pve2',
      '--storage',
      'nas',
      '--full',
    ]);
    expect(r.exitCode).toBe(0);
    const s = await h.state();
    expect(s.guests['101']!.node).toBe('pve2');
    expect(s.volumes.find((v) => v.vmid === 101)).toMatchObject({ storage: 'nas', node: '' });
    expect(await h.ok('pve2', 'pct', 'config', '101')).toMatch(/^rootfs: nas:101\/vm-101-disk-0\.raw,/m);
  });

  test('an unknown target node; the local node or localhost as target mean no move', async () => {
    await createCtOn(h, 'pve', 100);
    expect((await h.on('pve', ['pct', 'clone', '100', '101', '--target', 'pve9'])).stderr).toBe(
      "no such cluster node 'pve9'\n",
    );
    await h.ok('pve', 'pct', 'clone', '100', '101', '--target', 'localhost');
    expect((await h.state()).guests['101']!.node).toBe('pve');
  });
});

describe('qm clone --target', () => {
  test('a VM disk on local storage refuses the move even with --storage on shared storage', async () => {
    await h.ok('pve', 'qm', 'create', '100', '--scsi0', 'local-lvm:1');
    expect(
      (await h.on('pve', ['qm', 'clone', '100', '101', '--target', 'pve2', '--full', '--storage', 'nas']))
        .stderr,
    ).toBe("can't clone VM to node 'pve2' (VM uses local storage)\n");
  });

  test('a CD-ROM image on local storage also ties the VM to its node', async () => {
    await h.ok('pve', 'qm', 'create', '100', '--scsi0', 'nas:1');
    await h.configure((s) => {
      s.guests['100']!.conf.main.values.ide2 = 'local:iso/debian.iso,media=cdrom';
    });
    expect((await h.on('pve', ['qm', 'clone', '100', '101', '--target', 'pve2'])).stderr).toBe(
      "can't clone VM to node 'pve2' (VM uses local storage)\n",
    );
  });

  test('--storage must hold VM images (a parameter error)', async () => {
    await h.ok('pve', 'qm', 'create', '100', '--scsi0', 'nas:1');
    const r = await h.on('pve', ['qm', 'clone', '100', '101', '--storage', 'local']);
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe(
      "400 Parameter verification failed.\nstorage: storage 'local' does not support vm images\n",
    );
  });

  test('a VM on shared storage is cloned to the target node', async () => {
    await h.ok('pve', 'qm', 'create', '100', '--scsi0', 'nas:1');
    await h.ok('pve', 'qm', 'clone', '100', '101', '--target', 'pve3');
    const s = await h.state();
    expect(s.guests['101']!.node).toBe('pve3');
    expect(s.volumes.filter((v) => v.vmid === 101).map((v) => [v.storage, v.node])).toEqual([['nas', '']]);
  });

  test('without quorum a clone is refused', async () => {
    await h.ok('pve', 'qm', 'create', '100', '--scsi0', 'nas:1');
    await h.configure((s) => {
      s.nodes.pve2!.online = false;
      s.nodes.pve3!.online = false;
    });
    expect((await h.on('pve', ['qm', 'clone', '100', '101'])).stderr).toBe(
      'cluster not ready - no quorum?\n',
    );
  });
});
