/**
 * Fidelity of the simulated `qm` (qemu-server behaviour and messages).
 */
import { simHarness, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

const stderr = async (...argv: string[]): Promise<string> => (await h.run(...argv)).stderr;

/** A cloud-image VM template as the upstream scripts build it (disk imported from a host file). */
async function cloudTemplate(vmid = 9000): Promise<void> {
  await h.t.run(['tee', '/var/lib/vz/import/noble-server-cloudimg-amd64.img'], { stdin: 'qcow2-bytes' });
  await h.ok(
    'qm',
    'create',
    String(vmid),
    '--name',
    'ubuntu-template',
    '--memory',
    '2048',
    '--cores',
    '2',
    '--net0',
    'virtio,bridge=vmbr0',
    '--scsihw',
    'virtio-scsi-pci',
    '--scsi0',
    'local-lvm:0,import-from=/var/lib/vz/import/noble-server-cloudimg-amd64.img',
    '--ide2',
    'local-lvm:cloudinit',
    '--boot',
    'order=scsi0',
    '--serial0',
    'socket',
    '--agent',
    'enabled=1',
  );
}

describe('qm create', () => {
  test('allocates disks, imports images, adds a cloud-init drive, MACs, smbios1 and vmgenid', async () => {
    await cloudTemplate();
    const conf = await h.ok('qm', 'config', '9000');
    expect(conf).toMatch(/^agent: enabled=1\n/);
    expect(conf).toMatch(/\nide2: local-lvm:vm-9000-cloudinit,media=cdrom\n/);
    expect(conf).toMatch(/\nnet0: virtio=BC:24:11(:[0-9A-F]{2}){3},bridge=vmbr0\n/);
    expect(conf).toMatch(/\nscsi0: local-lvm:vm-9000-disk-0,size=2252M\n/);
    expect(conf).toMatch(/\nsmbios1: uuid=[0-9a-f-]{36}\n/);
    expect(conf).toMatch(/\nvmgenid: [0-9a-f-]{36}\n/);
    expect(conf).toMatch(/\nmeta: creation-qemu=[\d.]+,ctime=\d+\n/);
  });

  test("a disk on a file storage without a format gets the storage's default, raw", async () => {
    // pve-storage: DirPlugin and NFSPlugin default to raw (`plugindata` format).
    await h.configure((s) => {
      s.storages.nas = {
        id: 'nas',
        type: 'nfs',
        content: ['images'],
        shared: true,
        options: { server: '10.0.0.20', export: '/export/vm', path: '/mnt/pve/nas' },
        totalBytes: 1e12,
      };
    });
    await h.ok('qm', 'create', '300', '--scsi0', 'nas:4');
    expect(await h.ok('qm', 'config', '300')).toMatch(/\nscsi0: nas:300\/vm-300-disk-0\.raw,size=4G\n/);
  });

  test('an ID used by a CT: "unable to create VM 100 - CT 100 already exists on node \'pve\'"', async () => {
    await h.ok('pveam', 'download', 'local', 'debian-12-standard_12.7-1_amd64.tar.zst');
    await h.ok(
      'pct',
      'create',
      '100',
      'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      '--rootfs',
      'local-lvm:4',
    );
    expect(await stderr('qm', 'create', '100')).toBe(
      "unable to create VM 100 - CT 100 already exists on node 'pve'\n",
    );
  });

  test('import-from needs an existing source', async () => {
    expect(await stderr('qm', 'create', '100', '--scsi0', 'local-lvm:0,import-from=/nope.img')).toBe(
      "can't find file '/nope.img'\n",
    );
  });

  test('NIC models and booleans are checked', async () => {
    expect(await stderr('qm', 'create', '100', '--net0', 'virtio2,bridge=vmbr0')).toMatch(
      /^400 Parameter verification failed\.\nnet0: invalid format - value without key, but schema does not define a default key|^400 Parameter verification failed\.\nnet0\.model: value 'virtio2' does not have a value in the enumeration/,
    );
  });
});

describe('templates, clones and locks', () => {
  test('a VM template cannot be started; a linked clone of it works, a linked clone of a plain VM does not', async () => {
    await cloudTemplate();
    await h.ok('qm', 'create', '8000', '--scsi0', 'local-lvm:8');
    expect(await stderr('qm', 'clone', '8000', '8001', '--full', '0')).toBe(
      "Linked clone feature is not supported for drive 'scsi0'\n",
    );
    await h.ok('qm', 'template', '9000');
    expect(await stderr('qm', 'start', '9000')).toBe("you can't start a vm if it's a template\n");
    const out = await h.ok('qm', 'clone', '9000', '9001', '--name', 'web');
    expect(out).toContain('create linked clone of drive scsi0 (local-lvm:base-9000-disk-0)');
    expect(out).toContain('create full clone of drive ide2 (local-lvm:vm-9000-cloudinit)');
    const conf = await h.ok('qm', 'config', '9001');
    expect(conf).toContain('scsi0: local-lvm:base-9000-disk-0/vm-9001-disk-0,size=2252M\n');
    expect(conf).toContain('ide2: local-lvm:vm-9001-cloudinit,media=cdrom\n');
    expect(conf).toContain('name: web\n');
    expect(conf).not.toContain('template');
  });

  test('a VM with snapshots cannot become a template (qemu-server refuses)', async () => {
    await cloudTemplate();
    await h.ok('qm', 'snapshot', '9000', 'clean');
    expect(await stderr('qm', 'template', '9000')).toBe(
      'unable to create template, because VM contains snapshots\n',
    );
    await h.ok('qm', 'delsnapshot', '9000', 'clean');
    await h.ok('qm', 'template', '9000');
  });

  test('a full clone onto another storage; a missing snapshot or a linked clone with --storage fails', async () => {
    await cloudTemplate();
    await h.ok('qm', 'template', '9000');
    expect(await stderr('qm', 'clone', '9000', '9001', '--storage', 'local-lvm')).toBe(
      "parameter 'storage' not allowed for linked clones\n",
    );
    expect(await stderr('qm', 'clone', '9000', '9001', '--snapname', 'x1')).toBe(
      "snapshot 'x1' does not exist\n",
    );
    await h.ok('qm', 'clone', '9000', '9001', '--full', '--storage', 'local-lvm');
    expect(await h.ok('qm', 'config', '9001')).toContain('scsi0: local-lvm:vm-9001-disk-0,size=2252M\n');
  });

  test('while the clone runs the new VM is locked (clone)', async () => {
    const slow = simHarness({ PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'qm clone linked': 400 } }) });
    try {
      await slow.ok('qm', 'create', '9000', '--scsi0', 'local-lvm:8');
      await slow.ok('qm', 'template', '9000');
      const clone = slow.run('qm', 'clone', '9000', '9001');
      await new Promise((r) => setTimeout(r, 150));
      expect((await slow.run('qm', 'start', '9001')).stderr).toBe('VM is locked (clone)\n');
      expect((await clone).exitCode).toBe(0);
      await slow.ok('qm', 'start', '9001');
    } finally {
      slow.cleanup();
    }
  });
});

describe('guest agent', () => {
  test('answers only when configured, running and booted', async () => {
    await h.configure((s) => {
      s.settings.agentBootMs = 250;
    });
    await h.ok('qm', 'create', '100', '--scsi0', 'local-lvm:8');
    expect(await stderr('qm', 'guest', 'cmd', '100', 'ping')).toBe('No QEMU guest agent configured\n');
    await h.ok('qm', 'set', '100', '--agent', '1');
    expect(await stderr('qm', 'guest', 'cmd', '100', 'ping')).toBe('VM 100 is not running\n');
    await h.ok('qm', 'start', '100');
    expect(await stderr('qm', 'guest', 'cmd', '100', 'ping')).toBe('QEMU guest agent is not running\n');
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.ok('qm', 'guest', 'cmd', '100', 'ping')).toBe('{}\n');
    expect(await h.ok('qm', 'agent', '100', 'get-host-name')).toBe('{\n   "host-name" : "VM100"\n}\n');
    expect(await stderr('qm', 'guest', 'cmd', '100', 'pong')).toMatch(
      /command: value 'pong' does not have a value in the enumeration/,
    );
  });

  test('qm guest exec reports the exit code as JSON', async () => {
    await h.ok('qm', 'create', '100', '--agent', '1');
    await h.ok('qm', 'start', '100');
    await h.configure((s) => {
      s.settings.execResults.push({ vmid: 100, match: '^cloud-init status', stdout: 'status: done\n' });
    });
    expect(await h.ok('qm', 'guest', 'exec', '100', '--', 'cloud-init', 'status')).toBe(
      '{\n   "exitcode" : 0,\n   "exited" : 1,\n   "out-data" : "status: done\\n"\n}\n',
    );
  });
});

describe('qm set and disks', () => {
  test('on a running VM memory changes stay pending; disks and NICs hot-plug', async () => {
    await h.ok('qm', 'create', '100', '--memory', '2048', '--scsi0', 'local-lvm:8');
    await h.ok('qm', 'start', '100');
    await h.ok(
      'qm',
      'set',
      '100',
      '--memory',
      '4096',
      '--net0',
      'virtio,bridge=vmbr0',
      '--scsi1',
      'local-lvm:4',
    );
    const file = await h.ok('cat', '/etc/pve/qemu-server/100.conf');
    expect(file).toMatch(/^memory: 2048$/m);
    expect(file).toMatch(/^net0: virtio=/m);
    expect(file).toMatch(/^scsi1: local-lvm:vm-100-disk-1,size=4G$/m);
    expect(file).toMatch(/\n\[PENDING\]\nmemory: 4096\n/);
    await h.ok('qm', 'stop', '100');
    await h.ok('qm', 'start', '100');
    expect(await h.ok('qm', 'config', '100', '--current')).toContain('memory: 4096\n');
  });

  test('--sshkeys names a file; qm stores its content URL-encoded', async () => {
    await h.ok('qm', 'create', '100');
    await h.t.run(['tee', '/root/keys.pub'], { stdin: 'ssh-ed25519 AAAAC3Nza+/= ci@phoenix\n' });
    await h.ok('qm', 'set', '100', '--sshkeys', '/root/keys.pub');
    expect(await h.ok('qm', 'config', '100')).toContain(
      'sshkeys: ssh-ed25519%20AAAAC3Nza%2B%2F%3D%20ci%40phoenix%0A\n',
    );
    expect(await stderr('qm', 'set', '100', '--sshkeys', '/root/none.pub')).toBe(
      "unable to open file '/root/none.pub' - No such file or directory\n",
    );
  });

  test('disks grow but never shrink', async () => {
    await h.ok('qm', 'create', '100', '--scsi0', 'local-lvm:8');
    await h.ok('qm', 'disk', 'resize', '100', 'scsi0', '+2G');
    expect(await h.ok('qm', 'config', '100')).toContain('scsi0: local-lvm:vm-100-disk-0,size=10G\n');
    expect(await stderr('qm', 'resize', '100', 'scsi0', '4G')).toBe('shrinking disks is not supported\n');
  });

  test('qm disk import attaches as unused0 and reports it', async () => {
    await h.ok('qm', 'create', '100');
    await h.t.run(['tee', '/root/disk.qcow2'], { stdin: 'image' });
    const out = await h.ok('qm', 'disk', 'import', '100', '/root/disk.qcow2', 'local-lvm');
    expect(out).toBe(
      "importing disk '/root/disk.qcow2' to VM 100 ...\nSuccessfully imported disk as 'unused0:local-lvm:vm-100-disk-0'\n",
    );
    expect(await stderr('qm', 'importdisk', '100', '/root/none.qcow2', 'local-lvm')).toBe(
      '/root/none.qcow2: non-existent or non-regular file\n',
    );
  });

  test('qm start of a VM with a cloud-init drive records the generated values', async () => {
    await cloudTemplate(100);
    await h.ok('qm', 'set', '100', '--ciuser', 'ubuntu', '--ipconfig0', 'ip=10.0.0.5/24,gw=10.0.0.1');
    expect(await h.ok('qm', 'start', '100')).toBe('generating cloud-init ISO\n');
    expect(await h.ok('cat', '/etc/pve/qemu-server/100.conf')).toMatch(
      /\n\[special:cloudinit\]\nciuser: ubuntu\nipconfig0: ip=10.0.0.5\/24,gw=10.0.0.1\nname: ubuntu-template\n/,
    );
  });

  test('snapshots and the tree work for VMs as for CTs', async () => {
    await h.ok('qm', 'create', '100', '--scsi0', 'local-lvm:8');
    await h.ok('qm', 'snapshot', '100', 'pre-phoenix', '--description', 'safety');
    expect(await h.ok('qm', 'listsnapshot', '100')).toMatch(/^`-> pre-phoenix .* safety\n/);
    expect(await stderr('qm', 'snapshot', '100', 'pre-phoenix')).toBe(
      "snapshot name 'pre-phoenix' already used\n",
    );
    await h.ok('qm', 'rollback', '100', 'pre-phoenix');
    await h.ok('qm', 'delsnapshot', '100', 'pre-phoenix');
  });
});
