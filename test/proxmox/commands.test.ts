/**
 * Unit tests of the host-command builders: exact argv, input validation, secrets, read-only
 * flags, property strings, version-dependent passthrough, raw LXC config lines and the registry.
 */
import * as c from '../../src/proxmox/commands.js';
import { HostCommandInputError } from '../../src/proxmox/commands.js';
import { startupOrder } from '../../src/proxmox/commands/guest-options.js';
import {
  lxcFeatures,
  lxcMountPoint,
  lxcNet,
  lxcPassthrough,
  lxcRootfs,
} from '../../src/proxmox/commands/pct-options.js';
import { parsePropertyString } from '../../src/proxmox/commands/property-string.js';
import { parsePveVersion, supportsLxcDev } from '../../src/proxmox/commands/pve-version.js';
import {
  qemuAgent,
  qemuBootOrder,
  qemuDrive,
  qemuIpconfig,
  qemuNet,
} from '../../src/proxmox/commands/qm-options.js';

const TPL = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

/** The message of the HostCommandInputError thrown by `fn`. */
function inputError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HostCommandInputError);
    return (e as Error).message;
  }
  throw new Error('expected a HostCommandInputError, nothing was thrown');
}

describe('pct builders', () => {
  test('pct create renders options in a fixed order with booleans as 1/0', () => {
    const cmd = c.pctCreate(950, TPL, {
      hostname: 'web-1',
      memory: 1024,
      cores: 2,
      rootfs: lxcRootfs({ storage: 'local-lvm', sizeGb: 8 }),
      net: { 0: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.2/24', gw: '10.0.0.1' } },
      unprivileged: true,
      onboot: false,
    });
    expect(cmd).toEqual({
      argv: [
        'pct',
        'create',
        '950',
        TPL,
        '--hostname',
        'web-1',
        '--memory',
        '1024',
        '--cores',
        '2',
        '--rootfs',
        'local-lvm:8',
        '--net0',
        'name=eth0,bridge=vmbr0,gw=10.0.0.1,ip=10.0.0.2/24',
        '--onboot',
        '0',
        '--unprivileged',
        '1',
      ],
      readOnly: false,
    });
  });

  test('hostile values stay single argv elements', () => {
    const description = 'it\'s "quoted"\n$(rm -rf /) `id` *.conf --force';
    const cmd = c.pctSet(100, { description, tags: ['a', 'b'], nameserver: ['1.1.1.1', '8.8.8.8'] });
    expect(cmd.argv).toEqual([
      'pct',
      'set',
      '100',
      '--nameserver',
      '1.1.1.1 8.8.8.8',
      '--tags',
      'a;b',
      '--description',
      description,
    ]);
    const exec = c.pctExec(100, ['sh', '-c', 'echo "$1"; ls *', 'x y']);
    expect(exec.argv).toEqual([
      'pct',
      'exec',
      '100',
      '--keep-env',
      '0',
      '--',
      'sh',
      '-c',
      'echo "$1"; ls *',
      'x y',
    ]);
    const push = c.pctPush(100, '/tmp/my feature.sh', '/root/my feature.sh', { perms: '0755' });
    expect(push.argv).toEqual([
      'pct',
      'push',
      '100',
      '/tmp/my feature.sh',
      '/root/my feature.sh',
      '--perms',
      '0755',
    ]);
  });

  test('clone, snapshot family, resize, destroy', () => {
    expect(
      c.pctClone(900, 950, { snapname: 'golden', full: true, storage: 'tank', hostname: 'db' }).argv,
    ).toEqual([
      'pct',
      'clone',
      '900',
      '950',
      '--snapname',
      'golden',
      '--full',
      '1',
      '--storage',
      'tank',
      '--hostname',
      'db',
    ]);
    expect(c.pctSnapshot(950, 'pre-1', { description: 'x y' }).argv).toEqual([
      'pct',
      'snapshot',
      '950',
      'pre-1',
      '--description',
      'x y',
    ]);
    expect(c.pctRollback(950, 'pre-1').argv).toEqual(['pct', 'rollback', '950', 'pre-1']);
    expect(c.pctDeleteSnapshot(950, 'pre-1').argv).toEqual(['pct', 'delsnapshot', '950', 'pre-1']);
    expect(c.pctResize(950, 'rootfs', '+2G').argv).toEqual(['pct', 'resize', '950', 'rootfs', '+2G']);
    expect(c.pctShutdown(950, { timeoutSec: 30 }).argv).toEqual([
      'pct',
      'shutdown',
      '950',
      '--timeout',
      '30',
    ]);
    expect(c.pctDestroy(950, { purge: true }).argv).toEqual(['pct', 'destroy', '950', '--purge', '1']);
  });

  test('pct set --delete and refusal of an empty change', () => {
    expect(c.pctSet(950, { delete: ['net1', 'mp0'] }).argv).toEqual([
      'pct',
      'set',
      '950',
      '--delete',
      'net1,mp0',
    ]);
    expect(inputError(() => c.pctSet(950, {}))).toMatch(/nothing to change/);
    expect(inputError(() => c.pctSet(950, { delete: ['net 1'] }))).toMatch(/invalid config key/);
  });

  test('the root password is a secret; the SSH keys option takes a host file', () => {
    const cmd = c.pctCreate(950, TPL, { password: 'p@ss word', sshPublicKeysFile: '/root/keys.pub' });
    expect(cmd.secrets).toEqual(['p@ss word']);
    expect(cmd.argv).toEqual(
      expect.arrayContaining(['--password', 'p@ss word', '--ssh-public-keys', '/root/keys.pub']),
    );
    expect(c.pctCreate(950, TPL).secrets).toBeUndefined();
    expect(inputError(() => c.pctCreate(950, TPL, { password: 'abc' }))).toMatch(/at least 5/);
    expect(inputError(() => c.pctCreate(950, TPL, { sshPublicKeysFile: 'keys.pub' }))).toMatch(
      /absolute path/,
    );
  });
});

describe('qm builders', () => {
  test('qm create for a cloud-image VM', () => {
    const cmd = c.qmCreate(9000, {
      name: 'tpl',
      memory: 2048,
      net: { 0: qemuNet({ bridge: 'vmbr0' }) },
      scsihw: 'virtio-scsi-pci',
      ide: { 2: 'local-lvm:cloudinit' },
      serial: { 0: 'socket' },
      vga: 'serial0',
      boot: ['scsi0'],
      agent: { enabled: true },
      ostype: 'l26',
    });
    expect(cmd.argv).toEqual([
      'qm',
      'create',
      '9000',
      '--name',
      'tpl',
      '--memory',
      '2048',
      '--ostype',
      'l26',
      '--scsihw',
      'virtio-scsi-pci',
      '--net0',
      'virtio,bridge=vmbr0',
      '--ide2',
      'local-lvm:cloudinit',
      '--serial0',
      'socket',
      '--vga',
      'serial0',
      '--boot',
      'order=scsi0',
      '--agent',
      'enabled=1',
    ]);
  });

  test('qm set: cloud-init password is a secret, sshkeys is a file path (CLI quirk)', () => {
    const cmd = c.qmSet(9100, {
      ciuser: 'ubuntu',
      cipassword: 'pw',
      sshkeysFile: '/tmp/k.pub',
      ipconfig: { 0: { ip: 'dhcp' } },
    });
    expect(cmd.argv).toEqual([
      'qm',
      'set',
      '9100',
      '--ipconfig0',
      'ip=dhcp',
      '--ciuser',
      'ubuntu',
      '--cipassword',
      'pw',
      '--sshkeys',
      '/tmp/k.pub',
    ]);
    expect(cmd.secrets).toEqual(['pw']);
    expect(inputError(() => c.qmSet(9100, { sshkeysFile: 'ssh-ed25519 AAAA' }))).toMatch(/absolute path/);
  });

  test('disk import, clone, resize, guest agent, cloud-init update', () => {
    expect(
      c.qmDiskImport(9000, '/var/lib/vz/import/noble.img', 'local-lvm', { format: 'qcow2' }).argv,
    ).toEqual([
      'qm',
      'disk',
      'import',
      '9000',
      '/var/lib/vz/import/noble.img',
      'local-lvm',
      '--format',
      'qcow2',
    ]);
    expect(c.qmClone(9000, 9100, { full: true, name: 'db' }).argv).toEqual([
      'qm',
      'clone',
      '9000',
      '9100',
      '--full',
      '1',
      '--name',
      'db',
    ]);
    expect(c.qmResize(9100, 'scsi0', '+8G').argv).toEqual(['qm', 'resize', '9100', 'scsi0', '+8G']);
    expect(c.qmGuestCmd(9100)).toEqual({ argv: ['qm', 'guest', 'cmd', '9100', 'ping'], readOnly: true });
    expect(c.qmGuestExec(9100, ['cat', '/etc/hostname'], { timeoutSec: 5 }).argv).toEqual([
      'qm',
      'guest',
      'exec',
      '9100',
      '--timeout',
      '5',
      '--',
      'cat',
      '/etc/hostname',
    ]);
    expect(c.qmCloudinitUpdate(9100).argv).toEqual(['qm', 'cloudinit', 'update', '9100']);
    expect(inputError(() => c.qmResize(9100, 'rootfs', '+1G'))).toMatch(/invalid VM disk/);
    expect(inputError(() => c.qmGuestExec(9100, []))).toMatch(/needs a command/);
    expect(inputError(() => c.qmGuestCmd(9100, 'shutdown' as c.AgentCommand))).toMatch(
      /unsupported agent command/,
    );
  });
});

describe('input validation', () => {
  test.each([99, 1_000_000_000, 100.5, Number.NaN, -100])('VMID %p is refused', (id) => {
    expect(inputError(() => c.pctStart(id))).toMatch(/invalid VMID/);
    expect(inputError(() => c.qmStart(id))).toMatch(/invalid VMID/);
  });

  test('VMID bounds are accepted', () => {
    expect(c.pctStart(100).argv[2]).toBe('100');
    expect(c.qmStop(999_999_999).argv[2]).toBe('999999999');
    expect(inputError(() => c.pctClone(100, 42))).toMatch(/invalid new VMID 42/);
  });

  test.each(['1st', 'a', 'has space', 'semi;colon', 'x'.repeat(41), '', 'ünï'])(
    'snapshot name %p is refused',
    (name) => {
      expect(inputError(() => c.pctSnapshot(100, name))).toMatch(/invalid snapshot name/);
    },
  );

  test('reserved snapshot names differ between CTs and VMs', () => {
    expect(inputError(() => c.pctSnapshot(100, 'current'))).toMatch(/reserved/);
    expect(inputError(() => c.pctSnapshot(100, 'vzdump'))).toMatch(/reserved/);
    expect(c.qmSnapshot(100, 'vzdump').argv).toEqual(['qm', 'snapshot', '100', 'vzdump']);
    expect(inputError(() => c.qmSnapshot(100, 'Pending'))).toMatch(/reserved/);
    expect(c.pctSnapshot(100, 'a'.repeat(40)).argv[3]).toHaveLength(40);
  });

  test.each(['a', '1local', 'local-', 'lo cal', 'local:x', ''])('storage id %p is refused', (id) => {
    expect(inputError(() => c.pveamList(id))).toMatch(/invalid storage id/);
  });

  test('hostnames, tags, MACs, bridges, addresses, sizes, paths', () => {
    expect(inputError(() => c.pctSet(100, { hostname: 'bad_host' }))).toMatch(/host name/);
    expect(inputError(() => c.pctSet(100, { tags: ['ok', 'not ok'] }))).toMatch(/invalid tag/);
    expect(inputError(() => lxcNet({ name: 'eth0', hwaddr: '01:00:5E:00:00:01' }))).toMatch(/unicast/);
    expect(inputError(() => lxcNet({ name: 'eth0', bridge: 'vmbr 0' }))).toMatch(/bridge/);
    expect(inputError(() => lxcNet({ name: 'eth0', ip: '10.0.0.2' }))).toMatch(/CIDR/);
    expect(inputError(() => lxcNet({ name: 'eth0', ip: '10.0.0.2/24', tag: 4095 }))).toMatch(/VLAN tag/);
    expect(inputError(() => c.pctSet(100, { nameserver: ['dns.google'] }))).toMatch(/nameserver/);
    expect(inputError(() => c.pctResize(100, 'rootfs', '-2G'))).toMatch(/disk size/);
    expect(inputError(() => c.pctResize(100, 'mp256', '+2G'))).toMatch(/rootfs or mpN/);
    expect(inputError(() => c.pctPush(100, '/tmp/x', 'relative/path'))).toMatch(/absolute path/);
    expect(inputError(() => c.pctPush(100, '/tmp/../etc/shadow', '/x'))).toMatch(/'\.' or '\.\.'/);
    expect(inputError(() => c.pctPush(100, '/tmp/x', '/x', { perms: 'rwx' }))).toMatch(/octal/);
    expect(inputError(() => c.pctCreate(100, 'debian.tar.zst'))).toMatch(/OS template/);
    expect(inputError(() => c.pctSet(100, { memory: 8 }))).toMatch(/memory/);
    expect(inputError(() => c.pctSet(100, { net: { 32: 'name=eth32' } }))).toMatch(/net index/);
    expect(inputError(() => c.pctSet(100, { rootfs: 'local-lvm:8\nlxc.x: y' }))).toMatch(
      /control characters/,
    );
  });

  test('property-string values cannot smuggle extra keys', () => {
    expect(inputError(() => lxcNet({ name: 'eth0,ip=1.2.3.4/8' }))).toMatch(/interface name/);
    expect(inputError(() => qemuDrive({ file: 'local-lvm:0,cache=unsafe' }))).toMatch(
      /disk value for 'file'/,
    );
    expect(inputError(() => lxcMountPoint({ volume: '/srv/a,ro=0' }, '/data'))).toMatch(/mp value/);
    expect(inputError(() => lxcMountPoint({ volume: '/srv/a' }, '/data/../etc'))).toMatch(/'\.' or '\.\.'/);
    expect(inputError(() => lxcFeatures({}))).toMatch(/at least one setting/);
  });

  test('host-level builders validate their input', () => {
    expect(inputError(() => c.pveamDownload('local', '../../etc/passwd'))).toMatch(/template name/);
    expect(inputError(() => c.pveumUserAdd('alice'))).toMatch(/NAME@REALM/);
    expect(inputError(() => c.pveumAclModify('/', { roles: ['PVEAuditor'] }))).toMatch(
      /users, groups or tokens/,
    );
    expect(inputError(() => c.pveumAclModify('/', { roles: [], users: ['a@pve'] }))).toMatch(
      /at least one role/,
    );
    expect(inputError(() => c.zfsCreate('tank//x'))).toMatch(/dataset/);
    expect(inputError(() => c.zfsSet('tank', {}))).toMatch(/nothing to change/);
    expect(inputError(() => c.zfsSet('tank', { 'Bad Prop': 'x' }))).toMatch(/ZFS property/);
    expect(inputError(() => c.zpoolCreate('tank', [{ disks: ['sda'] }]))).toMatch(/\/dev\//);
    expect(inputError(() => c.zpoolCreate('mirror1', [{ disks: ['/dev/sda'] }]))).toMatch(/pool name/);
    expect(inputError(() => c.writeFile('etc/hosts', ''))).toMatch(/absolute path/);
    expect(inputError(() => c.apiGet('/nodes/pve; rm -rf /'))).toMatch(/API path/);
  });
});

describe('read-only flags', () => {
  test('reads are read-only, changes are not', () => {
    const reads = [
      c.pctStatus(100),
      c.pctConfig(100),
      c.pctListSnapshots(100),
      c.qmStatus(100),
      c.qmConfig(100),
      c.qmListSnapshots(100),
      c.qmGuestCmd(100),
      c.pveamAvailable(),
      c.pveamList('local'),
      c.pvesmStatus(),
      c.pveumUserList(),
      c.zfsGet(['tank']),
      c.zfsList(),
      c.zpoolList(),
      c.zpoolStatus(),
      c.readFile('/etc/hosts'),
      c.clusterResources(),
      c.apiGet('/version'),
    ];
    const writes = [
      c.pctStart(100),
      c.pctExec(100, ['true']),
      c.pctTemplate(100),
      c.qmGuestExec(100, ['true']),
      c.pveamUpdate(),
      c.pveamDownload('local', 'a.tar.gz'),
      c.zfsCreate('tank/a'),
      c.writeFile('/tmp/x', 'y'),
      c.pveumUserTokenAdd('a@pve', 'tok'),
    ];
    expect(reads.filter((r) => !r.readOnly).map((r) => r.argv.join(' '))).toEqual([]);
    expect(writes.filter((w) => w.readOnly).map((w) => w.argv.join(' '))).toEqual([]);
  });
});

describe('property strings', () => {
  test('LXC net: required name first, then alphabetical (as Proxmox prints it)', () => {
    const s = lxcNet({
      tag: 20,
      ip: '10.0.0.2/24',
      name: 'eth0',
      firewall: true,
      bridge: 'vmbr0',
      hwaddr: 'BC:24:11:00:00:01',
      gw: '10.0.0.1',
    });
    expect(s).toBe(
      'name=eth0,bridge=vmbr0,firewall=1,gw=10.0.0.1,hwaddr=BC:24:11:00:00:01,ip=10.0.0.2/24,tag=20',
    );
    expect(parsePropertyString(s)).toEqual({
      name: 'eth0',
      bridge: 'vmbr0',
      firewall: '1',
      gw: '10.0.0.1',
      hwaddr: 'BC:24:11:00:00:01',
      ip: '10.0.0.2/24',
      tag: '20',
    });
  });

  test('volumes, mount points, features, startup', () => {
    expect(lxcRootfs({ storage: 'local-lvm', sizeGb: 8 })).toBe('local-lvm:8');
    expect(lxcRootfs({ volume: 'local-lvm:vm-100-disk-0' }, { mountOptions: ['noatime', 'discard'] })).toBe(
      'local-lvm:vm-100-disk-0,mountoptions=noatime;discard',
    );
    expect(lxcMountPoint({ volume: '/srv/media' }, '/media', { ro: true, backup: false })).toBe(
      '/srv/media,mp=/media,backup=0,ro=1',
    );
    expect(parsePropertyString('/srv/media,mp=/media,ro=1', 'volume')).toEqual({
      volume: '/srv/media',
      mp: '/media',
      ro: '1',
    });
    expect(lxcFeatures({ nesting: true, keyctl: true })).toBe('keyctl=1,nesting=1');
    expect(lxcFeatures({ mount: ['nfs', 'cifs'], fuse: true })).toBe('fuse=1,mount=nfs;cifs');
    expect(startupOrder({ order: 3, up: 30 })).toBe('order=3,up=30');
    expect(inputError(() => startupOrder({ order: -1 }))).toMatch(/startup order/);
    expect(inputError(() => lxcRootfs({ storage: 'local-lvm', sizeGb: 0 }))).toMatch(/positive number/);
  });

  test('QEMU NIC, disk, ipconfig, agent, boot order', () => {
    expect(qemuNet({ bridge: 'vmbr0' })).toBe('virtio,bridge=vmbr0');
    expect(qemuNet({ bridge: 'vmbr0', macaddr: 'BC:24:11:AA:BB:CC', tag: 5 })).toBe(
      'virtio=BC:24:11:AA:BB:CC,bridge=vmbr0,tag=5',
    );
    expect(qemuDrive({ file: 'local-lvm:0', importFrom: '/img/noble.img', discard: true })).toBe(
      'local-lvm:0,discard=on,import-from=/img/noble.img',
    );
    expect(qemuIpconfig({ ip: '10.0.0.5/24', gw: '10.0.0.1' })).toBe('ip=10.0.0.5/24,gw=10.0.0.1');
    expect(inputError(() => qemuIpconfig({ gw: '10.0.0.1' }))).toMatch(/gateway needs an ip/);
    expect(qemuAgent({ enabled: true })).toBe('enabled=1');
    expect(qemuBootOrder(['scsi0', 'ide2', 'net0'])).toBe('order=scsi0;ide2;net0');
    expect(inputError(() => qemuBootOrder(['floppy0']))).toMatch(/boot device/);
  });
});

describe('Proxmox VE versions and device passthrough', () => {
  test('versions are read from the forms Proxmox prints', () => {
    expect(parsePveVersion('9.1.2')).toEqual({ major: 9, minor: 1 });
    expect(parsePveVersion('pve-manager/8.4.1/2a5fa54a8503f96d')).toEqual({ major: 8, minor: 4 });
    expect(parsePveVersion('8.0')).toEqual({ major: 8, minor: 0 });
    expect(inputError(() => parsePveVersion('unknown'))).toMatch(/cannot read/);
  });

  test('dev[n] from 8.1 on', () => {
    expect(supportsLxcDev({ major: 8, minor: 0 })).toBe(false);
    expect(supportsLxcDev({ major: 8, minor: 1 })).toBe(true);
    expect(supportsLxcDev({ major: 9, minor: 0 })).toBe(true);
    expect(supportsLxcDev({ major: 7, minor: 4 })).toBe(false);
  });

  test('PVE >= 8.1 gets dev[n] options, older hosts get cgroup2 + mount lines', () => {
    const devices = [
      { path: '/dev/nvidia0', major: 195, minor: 0, gid: 44 },
      { path: '/dev/nvidiactl', major: 195, minor: 255 },
    ];
    expect(lxcPassthrough({ major: 9, minor: 1 }, devices, 2)).toEqual({
      dev: { 2: '/dev/nvidia0,gid=44', 3: '/dev/nvidiactl' },
      rawLines: [],
    });
    expect(lxcPassthrough({ major: 8, minor: 0 }, devices)).toEqual({
      dev: {},
      rawLines: [
        'lxc.cgroup2.devices.allow: c 195:0 rwm',
        'lxc.mount.entry: /dev/nvidia0 dev/nvidia0 none bind,optional,create=file',
        'lxc.cgroup2.devices.allow: c 195:255 rwm',
        'lxc.mount.entry: /dev/nvidiactl dev/nvidiactl none bind,optional,create=file',
      ],
    });
    expect(inputError(() => lxcPassthrough({ major: 7, minor: 4 }, [{ path: '/dev/dri/card0' }]))).toMatch(
      /major number/,
    );
    expect(inputError(() => lxcPassthrough({ major: 9, minor: 0 }, [{ path: '/etc/passwd' }]))).toMatch(
      /\/dev\//,
    );
  });
});

describe('raw lxc.* lines in the CT config file', () => {
  const config = [
    'arch: amd64',
    'hostname: web',
    'memory: 512',
    '',
    '[golden]',
    'arch: amd64',
    'hostname: web',
    '',
  ].join('\n');

  test('lines go into the main section, before snapshot sections', () => {
    const merged = c.mergeRawLxcLines(config, ['lxc.apparmor.profile: unconfined', 'lxc.cap.drop:']);
    expect(merged).toBe(
      [
        'arch: amd64',
        'hostname: web',
        'memory: 512',
        'lxc.apparmor.profile: unconfined',
        'lxc.cap.drop:',
        '',
        '[golden]',
        'arch: amd64',
        'hostname: web',
        '',
      ].join('\n'),
    );
    expect(c.mergeRawLxcLines(merged!, ['lxc.apparmor.profile: unconfined'])).toBeUndefined();
  });

  test('a config without snapshots gets the lines appended', () => {
    expect(c.mergeRawLxcLines('arch: amd64\n', ['lxc.mount.entry: /srv srv none bind,create=dir'])).toBe(
      'arch: amd64\nlxc.mount.entry: /srv srv none bind,create=dir\n',
    );
  });

  test('only single lxc.* lines are accepted', () => {
    expect(inputError(() => c.mergeRawLxcLines(config, ['memory: 4096']))).toMatch(/raw LXC line/);
    expect(inputError(() => c.mergeRawLxcLines(config, ['lxc.a: b\nmemory: 1']))).toMatch(/raw LXC line/);
  });

  test('the file is written under the CT config lock with its content on stdin', () => {
    expect(c.writeLxcConfig(950, 'arch: amd64\n')).toEqual({
      argv: ['flock', '-w', '10', '/run/lock/lxc/pve-config-950.lock', 'tee', '--', '/etc/pve/lxc/950.conf'],
      readOnly: false,
      stdin: 'arch: amd64\n',
    });
    expect(c.lxcConfigPath(950, 'pve2')).toBe('/etc/pve/nodes/pve2/lxc/950.conf');
  });
});

describe('host program registry', () => {
  test('names are unique and paths absolute', () => {
    const names = c.HOST_PROGRAMS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'pct',
        'qm',
        'pvesh',
        'pvesm',
        'pveam',
        'pveum',
        'zfs',
        'zpool',
        'grep',
        'tee',
        'flock',
      ]),
    );
    for (const p of c.HOST_PROGRAMS) expect(p.path).toMatch(new RegExp(`^/usr/s?bin/${p.name}$`));
  });

  test('argv are matched to a program and subcommand, anything else is not', () => {
    expect(c.matchHostProgram(['qm', 'disk', 'import', '100', '/x', 'local'])?.subcommand).toBe(
      'disk import',
    );
    expect(c.matchHostProgram(['pveum', 'user', 'token', 'add', 'a@pve', 't'])?.subcommand).toBe(
      'user token add',
    );
    expect(c.matchHostProgram(['pveum', 'user', 'add', 'a@pve'])?.subcommand).toBe('user add');
    expect(c.matchHostProgram(['pct', 'enter', '100'])).toBeUndefined();
    expect(c.matchHostProgram(['rm', '-rf', '/'])).toBeUndefined();
    expect(c.matchHostProgram(['grep', '-H', '', '--', '/etc/pve/lxc/1.conf'])?.program.name).toBe('grep');
    expect(c.matchHostProgram(['grep', '-r', 'x', '/'])).toBeUndefined();
    expect(c.matchHostProgram(['tee', '--', '/etc/hosts'])?.program.name).toBe('tee');
    expect(c.matchHostProgram(['tee', '--', '/a', '/b'])).toBeUndefined();
    expect(c.matchHostProgram(['flock', '-w', '5', '/run/lock/x', 'pct', 'start', '100'])?.program.name).toBe(
      'flock',
    );
    expect(c.matchHostProgram(['flock', '-w', '5', '/run/lock/x', 'bash', '-c', 'x'])).toBeUndefined();
    // The SSH transport's reaper wraps timed commands in coreutils `timeout`.
    expect(
      c.matchHostProgram(['timeout', '--kill-after=10s', '35s', 'pct', 'status', '100'])?.program.name,
    ).toBe('timeout');
    expect(c.matchHostProgram(['timeout', '--kill-after=10s', '35s', 'reboot'])).toBeUndefined();
  });
});
