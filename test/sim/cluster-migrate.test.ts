/**
 * `pct migrate` and `qm migrate` in a simulated three-node cluster: the API's early refusals
 * (PVE::API2::LXC / PVE::API2::Qemu `migrate_vm`), the task's checks (PVE::LXC::Migrate,
 * PVE::QemuMigrate) ending in `migration aborted`, and what a migration changes.
 */
import { clusterHarness, createCtOn, type ClusterHarness } from '../helpers/sim-cluster.js';

let h: ClusterHarness;
beforeEach(() => {
  h = clusterHarness();
});
afterEach(() => h.cleanup());

/** A shared NFS storage all nodes see. */
const addShared = (): Promise<void> =>
  h.configure((s) => {
    s.storages.nas = {
      id: 'nas',
      type: 'nfs',
      content: ['images', 'rootdir'],
      shared: true,
      options: { server: '10.0.0.5', export: '/srv/pve', path: '/mnt/pve/nas' },
      totalBytes: 2 * 1024 ** 4,
    };
  });

const STAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /;
const taskLines = (out: string): string[] =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => l.replace(STAMP, ''));

describe('pct migrate: refusals before the task', () => {
  test('the local node as target is a parameter error', async () => {
    await createCtOn(h, 'pve', 100);
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve']);
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe(
      '400 Parameter verification failed.\ntarget: target is local node.\n\npct migrate <vmid> <target> [OPTIONS]\n',
    );
  });

  test('an unknown node, and a cluster without quorum', async () => {
    await createCtOn(h, 'pve', 100);
    expect((await h.on('pve', ['pct', 'migrate', '100', 'pve9'])).stderr).toBe(
      "no such cluster node 'pve9'\n",
    );
    await h.configure((s) => {
      s.nodes.pve2!.online = false;
      s.nodes.pve3!.online = false;
    });
    expect((await h.on('pve', ['pct', 'migrate', '100', 'pve2'])).stderr).toBe(
      'cluster not ready - no quorum?\n',
    );
  });

  test('a CT on another node does not exist here', async () => {
    await createCtOn(h, 'pve2', 200);
    expect((await h.on('pve', ['pct', 'migrate', '200', 'pve3'])).stderr).toBe(
      "Configuration file 'nodes/pve/lxc/200.conf' does not exist\n",
    );
  });

  test('a running CT needs --restart (or --online, which the task then refuses)', async () => {
    await createCtOn(h, 'pve', 100);
    await h.ok('pve', 'pct', 'start', '100');
    expect(await h.on('pve', ['pct', 'migrate', '100', 'pve2'])).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: "can't migrate running container without --online or --restart\n",
    });
    const online = await h.on('pve', ['pct', 'migrate', '100', 'pve2', '--online']);
    expect(online.exitCode).toBe(255);
    expect(online.stderr).toBe('migration aborted\n');
    expect(taskLines(online.stdout)).toEqual([
      'ERROR: migration aborted (duration 00:00:00): lxc live migration is currently not implemented',
    ]);
    expect((await h.state()).guests['100']).toMatchObject({ node: 'pve', status: 'running' });
  });
});

describe('pct migrate: the task', () => {
  test('a stopped CT on local-lvm moves with its volume; the config is under the target node', async () => {
    await createCtOn(h, 'pve', 100);
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(taskLines(r.stdout)).toEqual([
      "starting migration of CT 100 to node 'pve2' (192.168.1.11)",
      "found local volume 'local-lvm:vm-100-disk-0' (in current VM config)",
      "volume 'local-lvm:vm-100-disk-0' is 'local-lvm:vm-100-disk-0' on the target",
      'migration finished successfully (duration 00:00:00)',
    ]);
    const s = await h.state();
    expect(s.guests['100']!.node).toBe('pve2');
    expect(s.guests['100']!.conf.main.values.lock).toBeUndefined();
    expect(s.volumes.filter((v) => v.vmid === 100).map((v) => v.node)).toEqual(['pve2']);
    expect(await h.ok('pve2', 'cat', '/etc/pve/nodes/pve2/lxc/100.conf')).toMatch(
      /^rootfs: local-lvm:vm-100-disk-0,/m,
    );
    expect((await h.on('pve', ['pct', 'status', '100'])).stderr).toMatch(
      /nodes\/pve\/lxc\/100\.conf' does not exist/,
    );
    expect(await h.ok('pve2', 'pct', 'status', '100')).toBe('status: stopped\n');
  });

  test('--restart shuts the CT down, moves it and starts it on the target', async () => {
    await createCtOn(h, 'pve', 100);
    await h.ok('pve', 'pct', 'start', '100');
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve3', '--restart', '--timeout', '30']);
    expect(r.exitCode).toBe(0);
    const lines = taskLines(r.stdout);
    expect(lines[0]).toBe('shutdown CT 100');
    expect(lines).toContain('start container on target node');
    expect((await h.state()).guests['100']).toMatchObject({ node: 'pve3', status: 'running' });
  });

  test('a shared volume stays where it is', async () => {
    await addShared();
    await createCtOn(h, 'pve', 100, 'nas');
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2']);
    expect(r.exitCode).toBe(0);
    expect(taskLines(r.stdout)).toContain("volume 'nas:100/vm-100-disk-0.raw' is on shared storage 'nas'");
    const s = await h.state();
    expect(s.volumes.find((v) => v.vmid === 100)).toMatchObject({ storage: 'nas', node: '' });
    expect(s.guests['100']!.node).toBe('pve2');
  });

  test('a storage restricted to other nodes cannot take the volume', async () => {
    await createCtOn(h, 'pve', 100);
    await h.configure((s) => {
      s.storages['local-lvm']!.nodes = ['pve', 'pve3'];
    });
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2']);
    expect(r.stderr).toBe('migration aborted\n');
    expect(taskLines(r.stdout)).toEqual([
      "ERROR: migration aborted (duration 00:00:00): storage 'local-lvm' is not available on node 'pve2'",
    ]);
    expect((await h.state()).guests['100']!.node).toBe('pve');
  });

  test('--target-storage maps the volume to another storage of the target', async () => {
    await h.configure((s) => {
      s.storages.tank = {
        id: 'tank',
        type: 'zfspool',
        content: ['images', 'rootdir'],
        shared: false,
        options: { pool: 'tank' },
        totalBytes: 1024 ** 4,
      };
    });
    await createCtOn(h, 'pve', 100);
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2', '--target-storage', 'local-lvm:tank']);
    expect(r.stderr).toBe('');
    expect(taskLines(r.stdout)).toContain(
      "volume 'local-lvm:vm-100-disk-0' is 'tank:subvol-100-disk-0' on the target",
    );
    const s = await h.state();
    expect(s.volumes.filter((v) => v.vmid === 100)).toMatchObject([{ storage: 'tank', node: 'pve2' }]);
    expect(s.guests['100']!.conf.main.values.rootfs).toMatch(/^tank:subvol-100-disk-0,/);
    expect((await h.on('pve', ['pct', 'migrate', '100', 'pve3', '--target-storage', 'local'])).stderr).toBe(
      "Configuration file 'nodes/pve/lxc/100.conf' does not exist\n",
    );
    expect((await h.on('pve2', ['pct', 'migrate', '100', 'pve3', '--target-storage', 'local'])).stderr).toBe(
      "storage 'local' does not support CT rootdirs\n",
    );
  });

  test('a volume name already taken on the target gets the next free one (allow_rename)', async () => {
    await createCtOn(h, 'pve', 100);
    await h.configure((s) => {
      const v = s.volumes.find((x) => x.vmid === 100)!;
      s.volumes.push({ ...v, node: 'pve2' }); // a stale copy left on pve2
    });
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2']);
    expect(taskLines(r.stdout)).toContain(
      "volume 'local-lvm:vm-100-disk-0' is 'local-lvm:vm-100-disk-1' on the target",
    );
    const s = await h.state();
    expect(s.guests['100']!.conf.main.values.rootfs).toMatch(/^local-lvm:vm-100-disk-1,/);
    expect(s.volumes.filter((v) => v.vmid === 100).map((v) => `${v.node}:${v.volname}`)).toEqual([
      'pve2:vm-100-disk-0',
      'pve2:vm-100-disk-1',
    ]);
  });

  test('a storage map that does not parse is a parameter error', async () => {
    await createCtOn(h, 'pve', 100);
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2', '--target-storage', '1,local-lvm:tank']);
    expect(r.stderr).toBe(
      '400 Parameter verification failed.\n' +
        'target-storage: failed to parse storage map: identity mapping cannot be combined with other mappings\n' +
        '\npct migrate <vmid> <target> [OPTIONS]\n',
    );
    expect(
      (await h.on('pve', ['pct', 'migrate', '100', 'pve2', '--target-storage', 'aa:bb,aa:cc'])).stderr,
    ).toMatch(/failed to parse storage map: duplicate mapping for source 'aa'/);
  });

  test('a local snapshot on LVM-thin cannot be migrated; the CT stays, unlocked', async () => {
    await createCtOn(h, 'pve', 100);
    await h.ok('pve', 'pct', 'snapshot', '100', 'before');
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2']);
    expect(r.stderr).toBe('migration aborted\n');
    expect(taskLines(r.stdout)).toEqual([
      "starting migration of CT 100 to node 'pve2' (192.168.1.11)",
      "found local volume 'local-lvm:vm-100-disk-0' (in current VM config)",
      "can't migrate local volume 'local-lvm:vm-100-disk-0': non-migratable snapshot exists",
      "ERROR: can't migrate CT - check log",
      "ERROR: migration aborted (duration 00:00:00): can't migrate CT - check log",
    ]);
    const s = await h.state();
    expect(s.guests['100']!.node).toBe('pve');
    expect(s.guests['100']!.conf.main.values.lock).toBeUndefined();
  });

  test('a bind mount ties the CT to its node unless marked shared', async () => {
    await createCtOn(h, 'pve', 100);
    await h.configure((s) => {
      s.guests['100']!.conf.main.values.mp0 = '/srv/data,mp=/data';
    });
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve2']);
    expect(taskLines(r.stdout)).toEqual([
      "ERROR: migration aborted (duration 00:00:00): cannot migrate local bind mount point 'mp0'",
    ]);
    await h.configure((s) => {
      s.guests['100']!.conf.main.values.mp0 = '/srv/data,mp=/data,shared=1';
    });
    expect((await h.on('pve', ['pct', 'migrate', '100', 'pve2'])).exitCode).toBe(0);
  });

  test('an offline target: the task cannot reach it', async () => {
    await createCtOn(h, 'pve', 100);
    await h.configure((s) => {
      s.nodes.pve3!.online = false;
    });
    const r = await h.on('pve', ['pct', 'migrate', '100', 'pve3']);
    expect(r.stderr).toBe('migration aborted\n');
    expect(taskLines(r.stdout)).toEqual([
      "ERROR: migration aborted (duration 00:00:00): Can't connect to destination address using public key",
    ]);
  });

  test('while it runs the CT is locked (migrate); a change waits for it and finds the CT gone', async () => {
    await createCtOn(h, 'pve', 100);
    await h.configure((s) => {
      s.settings.latency = { ops: { 'pct migrate': 400 } };
    });
    const migrating = h.on('pve', ['pct', 'migrate', '100', 'pve2']);
    await new Promise((r) => setTimeout(r, 150));
    const s = await h.state();
    expect(s.guests['100']!.conf.main.values.lock).toBe('migrate');
    expect(await h.ok('pve', 'pct', 'config', '100')).toMatch(/^lock: migrate$/m);
    // A change waits for the config lock, then finds the CT gone to the other node.
    expect((await h.on('pve', ['pct', 'set', '100', '--memory', '256'])).stderr).toBe(
      "Configuration file 'nodes/pve/lxc/100.conf' does not exist\n",
    );
    expect((await migrating).exitCode).toBe(0);
    expect((await h.state()).guests['100']!.conf.main.values.lock).toBeUndefined();
  });

  test('a locked CT is refused by the task', async () => {
    await createCtOn(h, 'pve', 100);
    await h.configure((s) => {
      s.guests['100']!.conf.main.values.lock = 'backup';
    });
    expect(taskLines((await h.on('pve', ['pct', 'migrate', '100', 'pve2'])).stdout)).toEqual([
      'ERROR: migration aborted (duration 00:00:00): CT is locked (backup)',
    ]);
  });

  test('a template moves like any stopped CT', async () => {
    await createCtOn(h, 'pve', 100);
    await h.ok('pve', 'pct', 'template', '100');
    expect((await h.on('pve', ['pct', 'migrate', '100', 'pve2'])).exitCode).toBe(0);
    const s = await h.state();
    expect(s.volumes.find((v) => v.vmid === 100)).toMatchObject({ node: 'pve2', volname: 'base-100-disk-0' });
  });
});

const createVm = async (
  node: string,
  vmid: number,
  disk = 'local-lvm:1',
  ...extra: string[]
): Promise<void> => {
  await h.ok(node, 'qm', 'create', String(vmid), '--scsi0', disk, ...extra);
};

describe('qm migrate', () => {
  test('refusals before the task: local target, running without --online', async () => {
    await createVm('pve', 100);
    expect((await h.on('pve', ['qm', 'migrate', '100', 'pve'])).stderr).toBe(
      '400 Parameter verification failed.\ntarget: target is local node.\n\nqm migrate <vmid> <target> [OPTIONS]\n',
    );
    await h.ok('pve', 'qm', 'start', '100');
    expect((await h.on('pve', ['qm', 'migrate', '100', 'pve2'])).stderr).toBe(
      "can't migrate running VM without --online\n",
    );
  });

  test('the API checks that every storage is available on the target', async () => {
    await createVm('pve', 100);
    await h.configure((s) => {
      s.storages['local-lvm']!.nodes = ['pve'];
    });
    expect(await h.on('pve', ['qm', 'migrate', '100', 'pve2'])).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: "storage 'local-lvm' is not available on node 'pve2'\n",
    });
  });

  test('a stopped VM moves offline with its local disk; --online on a stopped VM only warns', async () => {
    await createVm('pve', 100);
    const r = await h.on('pve', ['qm', 'migrate', '100', 'pve2', '--online']);
    expect(r.stderr).toBe("VM isn't running. Doing offline migration instead.\n");
    expect(taskLines(r.stdout)).toEqual([
      "starting migration of VM 100 to node 'pve2' (192.168.1.11)",
      "found local disk 'local-lvm:vm-100-disk-0' (attached)",
      "volume 'local-lvm:vm-100-disk-0' is 'local-lvm:vm-100-disk-0' on the target",
      'migration finished successfully (duration 00:00:00)',
    ]);
    const s = await h.state();
    expect(s.guests['100']!.node).toBe('pve2');
    expect(s.volumes.find((v) => v.vmid === 100)!.node).toBe('pve2');
  });

  test('a running VM with a local disk needs --with-local-disks; then it moves and keeps running', async () => {
    await createVm('pve', 100);
    await h.ok('pve', 'qm', 'start', '100');
    const r = await h.on('pve', ['qm', 'migrate', '100', 'pve2', '--online']);
    expect(r.stderr).toBe('migration aborted\n');
    expect(taskLines(r.stdout)).toEqual([
      "starting migration of VM 100 to node 'pve2' (192.168.1.11)",
      "found local disk 'local-lvm:vm-100-disk-0' (attached)",
      "can't migrate local disk 'local-lvm:vm-100-disk-0': can't live migrate attached local disks without with-local-disks option",
      "ERROR: Problem found while scanning volumes - can't migrate VM - check log",
      "ERROR: migration aborted (duration 00:00:00): Problem found while scanning volumes - can't migrate VM - check log",
    ]);
    expect((await h.state()).guests['100']).toMatchObject({ node: 'pve', status: 'running' });
    expect((await h.state()).guests['100']!.conf.main.values.lock).toBeUndefined();
    const ok = await h.on('pve', ['qm', 'migrate', '100', 'pve2', '--online', '--with-local-disks']);
    expect(ok.exitCode).toBe(0);
    expect((await h.state()).guests['100']).toMatchObject({ node: 'pve2', status: 'running' });
  });

  test('a running VM on shared storage migrates online without copying disks', async () => {
    await addShared();
    await createVm('pve', 100, 'nas:1');
    await h.ok('pve', 'qm', 'start', '100');
    const r = await h.on('pve', ['qm', 'migrate', '100', 'pve3', '--online']);
    expect(r.exitCode).toBe(0);
    expect(taskLines(r.stdout).some((l) => l.startsWith('found local disk'))).toBe(false);
    const s = await h.state();
    expect(s.guests['100']).toMatchObject({ node: 'pve3', status: 'running' });
    expect(s.volumes.find((v) => v.vmid === 100)).toMatchObject({ storage: 'nas', node: '' });
  });

  test('a passed-through PCI device ties the VM to its node', async () => {
    await createVm('pve', 100);
    await h.configure((s) => {
      s.guests['100']!.conf.main.values.hostpci0 = '0000:01:00.0';
    });
    expect(taskLines((await h.on('pve', ['qm', 'migrate', '100', 'pve2'])).stdout)).toEqual([
      "ERROR: migration aborted (duration 00:00:00): can't migrate VM which uses local devices: hostpci0",
    ]);
  });

  test('a template whose base disk linked clones use cannot leave', async () => {
    await createVm('pve', 100);
    await h.ok('pve', 'qm', 'template', '100');
    await h.ok('pve', 'qm', 'clone', '100', '101');
    const r = await h.on('pve', ['qm', 'migrate', '100', 'pve2']);
    expect(taskLines(r.stdout)).toContain(
      "can't migrate local disk 'local-lvm:base-100-disk-0': referenced by linked clone(s)",
    );
    const clone = await h.on('pve', ['qm', 'migrate', '101', 'pve2']);
    expect(taskLines(clone.stdout).pop()).toBe(
      "ERROR: migration aborted (duration 00:00:00): Problem found while scanning volumes - can't migrate 'local-lvm:base-100-disk-0/vm-101-disk-0' as it's a clone of 'base-100-disk-0'",
    );
  });
});
