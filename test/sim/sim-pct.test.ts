/**
 * Fidelity of the simulated `pct`: each test states what Proxmox VE does for a sequence of
 * commands (messages from pve-container / pve-guest-common / pve-cluster) and checks the
 * simulator does the same.
 */
import { createCt, simHarness, UBUNTU, UBUNTU_VOLID, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

const err = async (...argv: string[]): Promise<{ code: number; stderr: string }> => {
  const r = await h.run(...argv);
  return { code: r.exitCode, stderr: r.stderr };
};

describe('pct create', () => {
  test('fails while the template has not been downloaded with pveam, and leaves no CT behind', async () => {
    expect(await err('pct', 'create', '950', UBUNTU_VOLID, '--rootfs', 'local-lvm:8')).toEqual({
      code: 255,
      stderr: `unable to create CT 950 - can't find file '${UBUNTU_VOLID}'\n`,
    });
    expect((await h.state()).guests['950']).toBeUndefined();
    await h.ok('pveam', 'download', 'local', UBUNTU);
    await h.ok('pct', 'create', '950', UBUNTU_VOLID, '--rootfs', 'local-lvm:8');
  });

  test('one ID space: creating CT 100 when VM 100 exists fails with "VM 100 already exists"', async () => {
    await h.ok('qm', 'create', '100', '--name', 'vm100');
    await h.ok('pveam', 'download', 'local', UBUNTU);
    expect(await err('pct', 'create', '100', UBUNTU_VOLID, '--rootfs', 'local-lvm:8')).toEqual({
      code: 255,
      stderr: "VM 100 already exists on node 'pve'\n",
    });
  });

  test('creating an existing CT again fails with "CT 950 already exists on node \'pve\'"', async () => {
    await createCt(h, 950);
    expect((await err('pct', 'create', '950', UBUNTU_VOLID, '--rootfs', 'local-lvm:8')).stderr).toBe(
      "CT 950 already exists on node 'pve'\n",
    );
  });

  test('without --rootfs/--storage the default storage "local" holds no container directories', async () => {
    await h.ok('pveam', 'download', 'local', UBUNTU);
    const r = await err('pct', 'create', '950', UBUNTU_VOLID);
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(
      /^400 Parameter verification failed\.\nstorage: storage 'local' does not support container directories\n/,
    );
  });

  test('the new CT gets Proxmox defaults: hostname CT<id>, 512 MB, swap 512, arch, ostype, MAC, type=veth', async () => {
    await h.ok('pveam', 'download', 'local', UBUNTU);
    await h.ok(
      'pct',
      'create',
      '950',
      UBUNTU_VOLID,
      '--storage',
      'local-lvm',
      '--net0',
      'name=eth0,bridge=vmbr0,ip=dhcp',
    );
    const conf = await h.ok('pct', 'config', '950');
    expect(conf).toMatch(
      /^arch: amd64\nhostname: CT950\nmemory: 512\nnet0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11(:[0-9A-F]{2}){3},ip=dhcp,type=veth\nostype: ubuntu\nrootfs: local-lvm:vm-950-disk-0,size=4G\nswap: 512\nunprivileged: 1\n$/,
    );
  });

  test('unprivileged is the default on PVE 9 but not on PVE 8', async () => {
    await createCt(h, 950);
    expect(await h.ok('pct', 'config', '950')).toContain('unprivileged: 1');
    await h.configure((s) => {
      s.pve.version = '8.4.1';
    });
    await createCt(h, 951);
    expect(await h.ok('pct', 'config', '951')).not.toContain('unprivileged');
  });

  test('PVE 9-only options are refused by a PVE 8 host', async () => {
    await h.configure((s) => {
      s.pve.version = '8.4.1';
    });
    await h.ok('pveam', 'download', 'local', UBUNTU);
    const r = await err(
      'pct',
      'create',
      '950',
      UBUNTU_VOLID,
      '--rootfs',
      'local-lvm:8',
      '--entrypoint',
      '/sbin/init',
    );
    expect(r.stderr).toMatch(/^Unknown option: entrypoint\n400 unable to parse option\n/);
  });
});

describe('pct set', () => {
  test('unknown options fail like Getopt::Long reports them', async () => {
    await createCt(h, 950);
    expect(await err('pct', 'set', '950', '--foo', '1')).toEqual({
      code: 255,
      stderr: 'Unknown option: foo\n400 unable to parse option\npct set <vmid> [OPTIONS]\n',
    });
  });

  test('sub-keys are checked: rootfs.discard is a VM-only option', async () => {
    await createCt(h, 950);
    const r = await err('pct', 'set', '950', '--rootfs', 'local-lvm:vm-950-disk-0,size=8G,discard=on');
    expect(r.stderr).toMatch(
      /^400 Parameter verification failed\.\nrootfs\.discard: property is not defined in schema and the schema does not allow additional properties\n/,
    );
  });

  test('booleans accept 1|0|yes|no|on|off|true|false and a bare flag, and are stored as 1/0', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'set', '950', '--onboot', 'yes', '--protection', 'off');
    expect(await h.ok('pct', 'config', '950')).toMatch(/onboot: 1\n[\s\S]*protection: 0\n/);
    await h.ok('pct', 'set', '950', '-onboot', 'false');
    expect(await h.ok('pct', 'config', '950')).toMatch(/onboot: 0\n/);
    expect((await err('pct', 'set', '950', '--onboot', 'maybe')).stderr).toMatch(
      /onboot: type check \('boolean'\) failed - got 'maybe'/,
    );
  });

  test('tags are lower-cased, de-duplicated, sorted and joined with ";"', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'set', '950', '--tags', 'Web,phoenix;web');
    expect(await h.ok('pct', 'config', '950')).toContain('tags: phoenix;web\n');
  });

  test('unprivileged is read-only and required options cannot be deleted', async () => {
    await createCt(h, 950);
    expect((await err('pct', 'set', '950', '--unprivileged', '0')).stderr).toBe(
      "unable to modify read-only option: 'unprivileged'\n",
    );
    expect((await err('pct', 'set', '950', '--delete', 'memory')).stderr).toBe(
      "unable to delete required option 'memory'\n",
    );
  });

  test('on a running CT, non-hot-pluggable options wait in [pve:pending] until the next start', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'start', '950');
    await h.ok('pct', 'set', '950', '--features', 'nesting=1', '--cores', '4');
    const file = await h.ok('cat', '/etc/pve/lxc/950.conf');
    expect(file).toMatch(/^cores: 4\n/m);
    expect(file).toMatch(/\n\[pve:pending\]\nfeatures: nesting=1\n$/);
    expect(await h.ok('pct', 'config', '950')).toContain('features: nesting=1');
    expect(await h.ok('pct', 'config', '950', '--current')).not.toContain('features');
    await h.ok('pct', 'shutdown', '950');
    await h.ok('pct', 'start', '950');
    expect(await h.ok('cat', '/etc/pve/lxc/950.conf')).not.toContain('[pve:pending]');
  });
});

describe('power and templates', () => {
  test('starting a running CT fails, stopping a stopped one fails', async () => {
    await createCt(h, 950);
    expect((await err('pct', 'stop', '950')).stderr).toBe('CT 950 not running\n');
    await h.ok('pct', 'start', '950');
    expect((await err('pct', 'start', '950')).stderr).toBe('CT 950 already running\n');
    expect(await h.ok('pct', 'status', '950')).toBe('status: running\n');
  });

  test('pct template needs a stopped CT without snapshots; a template cannot be started or snapshotted', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'start', '900');
    expect((await err('pct', 'template', '900')).stderr).toBe(
      "you can't convert a CT to template if the CT is running\n",
    );
    await h.ok('pct', 'stop', '900');
    await h.ok('pct', 'snapshot', '900', 'base');
    expect((await err('pct', 'template', '900')).stderr).toBe(
      'unable to create template, because CT contains snapshots\n',
    );
    await h.ok('pct', 'delsnapshot', '900', 'base');
    await h.ok('pct', 'template', '900');
    expect(await h.ok('pct', 'config', '900')).toContain('rootfs: local-lvm:base-900-disk-0,size=8G\n');
    expect(await h.ok('pct', 'config', '900')).toContain('template: 1\n');
    expect((await err('pct', 'template', '900')).stderr).toBe("you can't convert a template to a template\n");
    expect((await err('pct', 'start', '900')).stderr).toBe("you can't start a CT if it's a template\n");
    expect((await err('pct', 'snapshot', '900', 'x1')).stderr).toBe(
      "you can't take a snapshot if it's a template\n",
    );
  });

  test('a CT on a storage without template support (LVM) cannot become a template', async () => {
    await h.configure((s) => {
      s.storages.vg = {
        id: 'vg',
        type: 'lvm',
        content: ['rootdir'],
        shared: false,
        options: { vgname: 'vg' },
        totalBytes: 1e12,
      };
    });
    await createCt(h, 900);
    await h.ok('pveam', 'download', 'local', UBUNTU);
    await h.ok('pct', 'create', '901', UBUNTU_VOLID, '--rootfs', 'vg:4');
    expect((await err('pct', 'template', '901')).stderr).toBe(
      "Template feature is not available for 'vg:vm-901-disk-0'\n",
    );
  });

  test('a CT on NFS (a directory storage on a mount) becomes a template, as on a dir storage', async () => {
    // pve-storage: NFSPlugin inherits Plugin::volume_has_feature, where raw volumes have `template`.
    await h.configure((s) => {
      s.storages.nas = {
        id: 'nas',
        type: 'nfs',
        content: ['rootdir', 'images'],
        shared: true,
        options: { server: '10.0.0.20', export: '/export/guests', path: '/mnt/pve/nas' },
        totalBytes: 1e12,
      };
    });
    await h.ok('pveam', 'download', 'local', UBUNTU);
    await h.ok('pct', 'create', '902', UBUNTU_VOLID, '--rootfs', 'nas:4');
    await h.ok('pct', 'template', '902');
    expect(await h.ok('pct', 'config', '902')).toContain('template: 1\n');
  });

  test('pct destroy refuses a running CT and protected CTs', async () => {
    await createCt(h, 950, '--protection', '1');
    expect((await err('pct', 'destroy', '950')).stderr).toBe(
      "can't remove CT 950 - protection mode enabled\n",
    );
    await h.ok('pct', 'set', '950', '--protection', '0');
    await h.ok('pct', 'start', '950');
    expect((await err('pct', 'destroy', '950')).stderr).toBe(
      'unable to destroy CT 950 - container is running\n',
    );
    await h.ok('pct', 'destroy', '950', '--force');
    expect((await err('pct', 'config', '950')).stderr).toBe(
      "Configuration file 'nodes/pve/lxc/950.conf' does not exist\n",
    );
  });
});

describe('snapshots', () => {
  test('names follow pve-configid (letter first, at least 2 chars) and at most 40 characters', async () => {
    await createCt(h, 950);
    expect((await err('pct', 'snapshot', '950', '1bad')).stderr).toBe(
      "400 Parameter verification failed.\nsnapname: invalid format - invalid configuration ID '1bad'\n\npct snapshot <vmid> <snapname> [OPTIONS]\n",
    );
    expect((await err('pct', 'snapshot', '950', 'x')).stderr).toContain("invalid configuration ID 'x'");
    expect((await err('pct', 'snapshot', '950', 'a'.repeat(41))).stderr).toContain(
      'snapname: value may only be 40 characters long',
    );
    expect((await err('pct', 'snapshot', '950', 'current')).stderr).toBe(
      "unable to use snapshot name 'current' (reserved name)\n",
    );
    await h.ok('pct', 'snapshot', '950', 'a'.repeat(40));
  });

  test('snapshot names are unique; deleting a missing one fails', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'snapshot', '950', 'base');
    expect((await err('pct', 'snapshot', '950', 'base')).stderr).toBe("snapshot name 'base' already used\n");
    expect((await err('pct', 'delsnapshot', '950', 'nope')).stderr).toBe("snapshot 'nope' does not exist\n");
  });

  test('the snapshot section copies the config and links parents; listsnapshot prints the tree', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'snapshot', '950', 'one', '--description', 'first');
    await h.ok('pct', 'set', '950', '--memory', '2048');
    await h.ok('pct', 'snapshot', '950', 'two');
    const file = await h.ok('cat', '/etc/pve/lxc/950.conf');
    expect(file).toMatch(/^parent: two$/m);
    expect(file).toMatch(/\n\[one\]\n#first\narch: amd64\n[\s\S]*memory: 1024\n[\s\S]*snaptime: \d+\n/);
    expect(file).toMatch(/\n\[two\]\n[\s\S]*memory: 2048\nnet0[\s\S]*parent: one\n/);
    const tree = await h.ok('pct', 'listsnapshot', '950');
    const lines = tree.split('\n');
    expect(lines[0]).toMatch(/^`-> one {25}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {5}first$/);
    expect(lines[1]).toMatch(/^ `-> two {24}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {5}no-description$/);
    expect(lines[2]).toBe(`  \`-> current${' '.repeat(43)}You are here!`);
  });

  test('deleting a snapshot re-parents its children and the current state', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'snapshot', '950', 'one');
    await h.ok('pct', 'snapshot', '950', 'two');
    await h.ok('pct', 'delsnapshot', '950', 'two');
    expect(await h.ok('pct', 'config', '950')).toContain('parent: one\n');
    await h.ok('pct', 'snapshot', '950', 'three');
    await h.ok('pct', 'delsnapshot', '950', 'one');
    const file = await h.ok('cat', '/etc/pve/lxc/950.conf');
    expect(file).not.toMatch(/parent: one/);
  });

  test('rollback restores config and files and stops the CT', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'start', '950');
    await h.t.run(['pct', 'push', '950', '/dev/stdin', '/root/a.txt'], { stdin: 'v1' });
    await h.ok('pct', 'snapshot', '950', 'base');
    await h.ok('pct', 'set', '950', '--memory', '4096');
    await h.t.run(['pct', 'push', '950', '/dev/stdin', '/root/a.txt'], { stdin: 'v2' });
    await h.ok('pct', 'rollback', '950', 'base');
    expect(await h.ok('pct', 'status', '950')).toBe('status: stopped\n');
    expect(await h.ok('pct', 'config', '950')).toContain('memory: 1024\n');
    await h.ok('pct', 'start', '950');
    expect(await h.ok('pct', 'exec', '950', '--', 'cat', '/root/a.txt')).toBe('v1');
  });

  test('on a dir storage (raw image) there is no snapshot feature', async () => {
    await h.configure((s) => {
      s.storages.local!.content.push('rootdir');
    });
    await h.ok('pveam', 'download', 'local', UBUNTU);
    await h.ok('pct', 'create', '950', UBUNTU_VOLID, '--rootfs', 'local:4');
    expect(await h.ok('pct', 'config', '950')).toContain('rootfs: local:950/vm-950-disk-0.raw,size=4G\n');
    expect((await err('pct', 'snapshot', '950', 'base')).stderr).toBe('snapshot feature is not available\n');
  });

  test('on ZFS, rollback is only possible to the most recent snapshot', async () => {
    await h.configure((s) => {
      s.storages['local-zfs'] = {
        id: 'local-zfs',
        type: 'zfspool',
        content: ['images', 'rootdir'],
        shared: false,
        options: { pool: 'rpool/data' },
        totalBytes: 1e12,
      };
    });
    await h.ok('pveam', 'download', 'local', UBUNTU);
    await h.ok('pct', 'create', '950', UBUNTU_VOLID, '--rootfs', 'local-zfs:8');
    expect(await h.ok('pct', 'config', '950')).toContain('rootfs: local-zfs:subvol-950-disk-0,size=8G\n');
    await h.ok('pct', 'snapshot', '950', 'one');
    await h.ok('pct', 'snapshot', '950', 'two');
    expect((await err('pct', 'rollback', '950', 'one')).stderr).toBe(
      "can't rollback, 'one' is not most recent snapshot on 'local-zfs:subvol-950-disk-0'\n",
    );
    await h.ok('pct', 'rollback', '950', 'two');
  });
});

describe('locks and resize', () => {
  test('while a snapshot is taken the CT is locked (snapshot); resize grows but never shrinks', async () => {
    const slow = simHarness({ PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'pct snapshot': 300 } }) });
    try {
      await createCt(slow, 950);
      const snap = slow.run('pct', 'snapshot', '950', 'base');
      await new Promise((r) => setTimeout(r, 100));
      expect((await slow.run('pct', 'set', '950', '--cores', '2')).stderr).toBe('CT is locked (snapshot)\n');
      expect((await slow.run('pct', 'snapshot', '950', 'other')).stderr).toBe('CT is locked (snapshot)\n');
      expect((await snap).exitCode).toBe(0);
      await slow.ok('pct', 'resize', '950', 'rootfs', '+4G');
      expect(await slow.ok('pct', 'config', '950')).toContain('rootfs: local-lvm:vm-950-disk-0,size=12G\n');
      expect((await slow.run('pct', 'resize', '950', 'rootfs', '10G')).stderr).toBe(
        'unable to shrink disk size\n',
      );
      expect((await slow.run('pct', 'unlock', '950')).exitCode).toBe(0);
    } finally {
      slow.cleanup();
    }
  });
});

describe('pct clone', () => {
  test('a template is cloned as a linked clone by default; --full copies onto another storage', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    expect(await h.ok('pct', 'clone', '900', '950', '--hostname', 'web')).toBe(
      'create linked clone of mount point rootfs (local-lvm:base-900-disk-0)\n',
    );
    const conf = await h.ok('pct', 'config', '950');
    expect(conf).toContain('hostname: web\n');
    expect(conf).toContain('rootfs: local-lvm:base-900-disk-0/vm-950-disk-0,size=8G\n');
    expect(conf).not.toContain('template');
    const mac = (c: string) => /hwaddr=([0-9A-F:]+)/.exec(c)![1];
    expect(mac(conf)).not.toBe(mac(await h.ok('pct', 'config', '900')));
    await h.configure((s) => {
      s.storages['tank'] = {
        id: 'tank',
        type: 'zfspool',
        content: ['rootdir'],
        shared: false,
        options: { pool: 'tank' },
        totalBytes: 1e12,
      };
    });
    await h.ok('pct', 'clone', '900', '951', '--full', '--storage', 'tank');
    expect(await h.ok('pct', 'config', '951')).toContain('rootfs: tank:subvol-951-disk-0,size=8G\n');
  });

  test('--storage is only allowed for full clones', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    expect((await err('pct', 'clone', '900', '950', '--storage', 'local-lvm')).stderr).toBe(
      "parameter 'storage' not allowed for linked clones\n",
    );
  });

  test('a running CT can only be cloned from a snapshot; a linked clone of a non-template is refused', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'start', '900');
    expect((await err('pct', 'clone', '900', '950')).stderr).toBe(
      'Cannot do full clones on a running container without snapshots\n',
    );
    expect((await err('pct', 'clone', '900', '950', '--full', '0')).stderr).toBe(
      "Linked clone feature for 'local-lvm:vm-900-disk-0' is not available\n",
    );
    expect((await err('pct', 'clone', '900', '950', '--snapname', 'nope')).stderr).toBe(
      "snapshot 'nope' does not exist\n",
    );
    await h.ok('pct', 'snapshot', '900', 'pre-configured');
    await h.ok('pct', 'clone', '900', '950', '--snapname', 'pre-configured');
    expect((await h.state()).guests['950']!.conf.main.values.parent).toBeUndefined();
  });

  test('the clone gets the source files as the snapshot captured them', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'start', '900');
    await h.t.run(['pct', 'push', '900', '/dev/stdin', '/etc/marker'], { stdin: 'at-snapshot' });
    await h.ok('pct', 'snapshot', '900', 'pre-configured');
    await h.t.run(['pct', 'push', '900', '/dev/stdin', '/etc/marker'], { stdin: 'later' });
    await h.ok('pct', 'clone', '900', '950', '--snapname', 'pre-configured');
    await h.ok('pct', 'start', '950');
    expect(await h.ok('pct', 'exec', '950', '--', 'cat', '/etc/marker')).toBe('at-snapshot');
  });

  test('the target ID must be free in the whole cluster', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    await h.ok('qm', 'create', '950');
    expect((await err('pct', 'clone', '900', '950')).stderr).toBe("VM 950 already exists on node 'pve'\n");
  });

  test('while a clone runs the source holds the "disk" lock and the new CT the "create" lock', async () => {
    const slow = simHarness({ PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'pct clone linked': 400 } }) });
    try {
      await createCt(slow, 900);
      await slow.ok('pct', 'template', '900');
      const clone = slow.run('pct', 'clone', '900', '950');
      await new Promise((r) => setTimeout(r, 150));
      const second = await slow.run('pct', 'clone', '900', '951');
      expect(second.stderr).toBe('CT is locked (disk)\n');
      expect((await slow.run('pct', 'start', '950')).stderr).toBe('CT is locked (create)\n');
      expect((await clone).exitCode).toBe(0);
      await slow.ok('pct', 'clone', '900', '951');
      expect(await slow.ok('pct', 'config', '900')).not.toContain('lock:');
    } finally {
      slow.cleanup();
    }
  });

  test('when the clone worker fails, the half-made CT is removed and the source unlocked', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    const r = await h.run('pct', 'clone', '900', '950', '--full', '--storage', 'local');
    expect(r.exitCode).toBe(255);
    const s = await h.state();
    expect(s.guests['950']).toBeUndefined();
    expect(s.volumes.filter((v) => v.vmid === 950)).toEqual([]);
    expect(s.guests['900']!.conf.main.values.lock).toBeUndefined();
  });

  test('a template with linked clones cannot be destroyed', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    await h.ok('pct', 'clone', '900', '950');
    expect((await err('pct', 'destroy', '900')).stderr).toBe(
      "base volume 'base-900-disk-0' is still in use by linked cloned\n",
    );
    await h.ok('pct', 'destroy', '950');
    await h.ok('pct', 'destroy', '900');
  });
});

describe('exec and push', () => {
  test('need a running CT', async () => {
    await createCt(h, 950);
    expect((await err('pct', 'exec', '950', '--', 'true')).stderr).toBe("container '950' not running!\n");
    expect((await err('pct', 'push', '950', '/dev/stdin', '/root/x')).stderr).toBe(
      'can only push files to a running CT\n',
    );
  });

  test('exec records the command and returns configured fake results; push stores the file', async () => {
    await createCt(h, 950);
    await h.configure((s) => {
      s.settings.execResults.push({
        match: '^systemctl is-active docker$',
        stdout: 'inactive\n',
        exitCode: 3,
      });
    });
    await h.ok('pct', 'start', '950');
    const r = await h.run('pct', 'exec', '950', '--', 'systemctl', 'is-active', 'docker');
    expect(r).toEqual({ exitCode: 3, stdout: 'inactive\n', stderr: '' });
    await h.t.run(['pct', 'push', '950', '/dev/stdin', '/root/setup.sh', '--perms', '755'], {
      stdin: '#!/bin/sh\necho hi\n',
    });
    const g = (await h.state()).guests['950']!;
    expect(g.execLog.map((e) => e.argv)).toEqual([['systemctl', 'is-active', 'docker']]);
    expect(g.fs['/root/setup.sh']).toEqual({
      data: Buffer.from('#!/bin/sh\necho hi\n').toString('base64'),
      perms: '0755',
    });
    expect((await h.run('pct', 'exec', '950', '--', 'test', '-f', '/root/setup.sh')).exitCode).toBe(0);
    expect((await h.run('pct', 'exec', '950', '--', 'test', '-f', '/root/other')).exitCode).toBe(1);
  });

  test('pct push of a host file written with tee', async () => {
    await createCt(h, 950);
    await h.ok('pct', 'start', '950');
    await h.t.run(['tee', '/tmp/feature.sh'], { stdin: 'echo feature\n' });
    await h.ok('pct', 'push', '950', '/tmp/feature.sh', '/root/feature.sh');
    expect(await h.ok('pct', 'exec', '950', '--', 'cat', '/root/feature.sh')).toBe('echo feature\n');
    expect((await err('pct', 'push', '950', '/tmp/missing', '/root/x')).stderr).toBe(
      'failed to open /tmp/missing for reading\n',
    );
  });
});
