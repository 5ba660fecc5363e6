/**
 * Every builder's output checked against the Proxmox VE 9.1 and 8.4 API schema, plus negative
 * tests proving the checker rejects what Proxmox would reject.
 */
import * as commands from '../src/proxmox/commands.js';
import type { HostCommand } from '../src/proxmox/commands.js';
import { startupOrder } from '../src/proxmox/commands/guest-options.js';
import {
  lxcDev,
  lxcFeatures,
  lxcMountPoint,
  lxcNet,
  lxcPassthrough,
  lxcRootfs,
} from '../src/proxmox/commands/pct-options.js';
import { cloudInitDrive, qemuDrive, qemuIpconfig, qemuNet } from '../src/proxmox/commands/qm-options.js';
import { checkArgvAgainstApi, PVE_API_VERSIONS, type PveApiVersion } from './helpers/pve-api.js';
import { describeShared } from './helpers/shared.js';
import { HOST_SETUP_SAMPLES } from './hypervisor-command-samples.js';

const c = commands;
const TPL = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

/** At least one realistic call of every builder, keyed by builder name. */
const SAMPLES: Record<string, HostCommand[]> = {
  ...HOST_SETUP_SAMPLES, // setup-hypervisor's builders (host-setup-commands.ts)
  clusterResources: [c.clusterResources()],
  readConfigFiles: [
    c.readConfigFiles(['/etc/pve/nodes/pve/lxc/100.conf', '/etc/pve/nodes/pve/qemu-server/9000.conf']),
  ],
  readNodeConfigDirs: [c.readNodeConfigDirs(['pve', 'pve-2.lab'])],
  nodeNetwork: [c.nodeNetwork('pve')],
  pveVersion: [c.pveVersion()],
  storageContent: [c.storageContent('pve', 'local', 'vztmpl')],
  apiGet: [
    c.apiGet('/nodes/pve/storage'),
    c.apiGet('/access/users'),
    c.apiGet('/nodes/pve/qemu/9000/agent/get-osinfo'),
  ],
  pctCreate: [
    c.pctCreate(950, TPL, {
      hostname: 'web-1',
      memory: 2048,
      swap: 512,
      cores: 2,
      rootfs: lxcRootfs({ storage: 'local-lvm', sizeGb: 8 }),
      net: {
        0: lxcNet({
          name: 'eth0',
          bridge: 'vmbr0',
          ip: '10.0.0.2/24',
          gw: '10.0.0.1',
          hwaddr: 'BC:24:11:00:00:01',
          tag: 20,
          firewall: true,
        }),
        1: { name: 'eth1', bridge: 'vmbr1', ip: 'dhcp', mtu: 9000 },
      },
      mp: { 0: lxcMountPoint({ volume: '/srv/data' }, '/data', { ro: true, backup: false }) },
      nameserver: ['1.1.1.1', '2606:4700:4700::1111'],
      searchdomain: 'lab.example',
      unprivileged: true,
      features: { nesting: true, keyctl: true, mount: ['nfs', 'cifs'] },
      onboot: true,
      startup: { order: 2, up: 30, down: 60 },
      tags: ['phoenix', 'web+1'],
      description: 'Managed by Phoenix\nline two with $(danger) and `ticks`',
      storage: 'local-lvm',
      protection: true,
      timezone: 'Europe/Berlin',
      password: 'hunter22',
      sshPublicKeysFile: '/root/.ssh/authorized_keys',
    }),
    c.pctCreate(100, '/var/lib/vz/template/cache/alpine.tar.xz', { rootfs: 'local-lvm:4' }),
  ],
  pctClone: [
    c.pctClone(900, 950, { hostname: 'web-1', full: true, storage: 'local-lvm', snapname: 'golden' }),
    c.pctClone(900, 951),
  ],
  pctSet: [
    c.pctSet(950, {
      memory: 4096,
      cores: 4,
      net: { 0: 'name=eth0,bridge=vmbr0,ip=10.0.0.2/24,gw=10.0.0.1' },
      mp: {
        1: lxcMountPoint({ storage: 'tank', sizeGb: 32 }, '/var/lib/docker', {
          mountOptions: ['noatime', 'nodev'],
        }),
      },
      dev: {
        0: lxcDev({ path: '/dev/dri/renderD128', gid: 104, mode: '0660' }),
        1: { path: '/dev/nvidia0' },
      },
      features: 'nesting=1',
      startup: 'order=1',
      onboot: false,
      delete: ['net1', 'mp2', 'searchdomain'],
    }),
    c.pctSet(950, { delete: ['dev0'] }),
    c.pctSet(950, { dev: lxcPassthrough({ major: 8, minor: 1 }, [{ path: '/dev/dri/card0' }], 3).dev }),
  ],
  pctStart: [c.pctStart(950)],
  pctStop: [c.pctStop(950)],
  pctShutdown: [c.pctShutdown(950, { timeoutSec: 60, forceStop: true }), c.pctShutdown(950)],
  pctStatus: [c.pctStatus(950)],
  pctConfig: [c.pctConfig(950)],
  pctListSnapshots: [c.pctListSnapshots(950)],
  pctTemplate: [c.pctTemplate(900)],
  pctSnapshot: [
    c.pctSnapshot(950, 'phoenix-pre-1a2b3c4', { description: 'before apply; "quoted" & $x' }),
    c.pctSnapshot(950, 'golden'),
  ],
  pctRollback: [c.pctRollback(950, 'golden', { start: true })],
  pctDeleteSnapshot: [c.pctDeleteSnapshot(950, 'old_one', { force: true })],
  pctDestroy: [c.pctDestroy(950, { purge: true, force: true })],
  pctPush: [
    c.pctPush(950, '/tmp/phoenix/feature docker.sh', '/root/phoenix/feature.sh', {
      perms: '0755',
      user: 'root',
      group: '0',
    }),
  ],
  pctExec: [
    c.pctExec(950, ['/bin/sh', '-c', 'cat /etc/os-release; echo "$HOME"']),
    c.pctExec(950, ['--help']),
  ],
  pctResize: [c.pctResize(950, 'rootfs', '+4G'), c.pctResize(950, 'mp0', '64G')],
  qmCreate: [
    c.qmCreate(9000, {
      name: 'ubuntu-noble',
      memory: 2048,
      cores: 2,
      sockets: 1,
      cpu: 'host',
      ostype: 'l26',
      scsihw: 'virtio-scsi-pci',
      net: {
        0: qemuNet({ bridge: 'vmbr0' }),
        1: { model: 'virtio', bridge: 'vmbr1', macaddr: 'BC:24:11:AA:BB:CC', tag: 30, firewall: true },
      },
      scsi: {
        0: qemuDrive({
          file: 'local-lvm:0',
          importFrom: '/var/lib/vz/template/iso/noble.img',
          discard: true,
          ssd: true,
        }),
      },
      ide: { 2: cloudInitDrive('local-lvm') },
      serial: { 0: 'socket' },
      vga: 'serial0',
      boot: ['scsi0'],
      agent: { enabled: true, fstrimClonedDisks: true },
      ipconfig: { 0: qemuIpconfig({ ip: '10.0.0.5/24', gw: '10.0.0.1' }), 1: { ip: 'dhcp', ip6: 'auto' } },
      nameserver: ['10.0.0.1'],
      ciuser: 'ubuntu',
      cipassword: 's3cret pass',
      sshkeysFile: '/tmp/phoenix/keys.pub',
      citype: 'nocloud',
      onboot: true,
      startup: { order: 5 },
      tags: ['phoenix'],
      description: 'VM template',
    }),
    c.qmCreate(9001),
  ],
  qmSet: [
    c.qmSet(9100, {
      ciuser: 'admin',
      sshkeysFile: '/tmp/phoenix/9100.pub',
      ipconfig: { 0: 'ip=192.168.1.50/24,gw=192.168.1.1' },
      nameserver: ['192.168.1.1', '9.9.9.9'],
      onboot: true,
      startup: 'order=3,up=20',
      tags: ['phoenix', 'db'],
      description: 'multi\nline',
      cores: 4,
      memory: 8192,
      agent: 'enabled=1',
      scsi: { 0: 'local-lvm:vm-9100-disk-0,discard=on' },
      delete: ['ide0', 'net1'],
    }),
  ],
  qmDiskImport: [
    c.qmDiskImport(9000, '/var/lib/vz/template/iso/noble server.img', 'local-lvm', { format: 'raw' }),
  ],
  qmClone: [
    c.qmClone(9000, 9100, { full: true, name: 'db-1', storage: 'local-lvm', snapname: 'base' }),
    c.qmClone(9000, 9101),
  ],
  qmResize: [c.qmResize(9100, 'scsi0', '+10G'), c.qmResize(9100, 'virtio1', '32G')],
  qmStart: [c.qmStart(9100)],
  qmStop: [c.qmStop(9100)],
  qmShutdown: [c.qmShutdown(9100, { timeoutSec: 120, forceStop: true })],
  qmStatus: [c.qmStatus(9100)],
  qmConfig: [c.qmConfig(9100)],
  qmListSnapshots: [c.qmListSnapshots(9100)],
  qmTemplate: [c.qmTemplate(9000)],
  qmCloudinitUpdate: [c.qmCloudinitUpdate(9100)],
  qmSnapshot: [c.qmSnapshot(9100, 'phoenix-pre-abc1234', { description: 'safety', vmstate: false })],
  qmRollback: [c.qmRollback(9100, 'phoenix-pre-abc1234')],
  qmDeleteSnapshot: [c.qmDeleteSnapshot(9100, 'phoenix-pre-abc1234')],
  qmDestroy: [c.qmDestroy(9100, { purge: true })],
  qmGuestCmd: [c.qmGuestCmd(9100), c.qmGuestCmd(9100, 'network-get-interfaces')],
  qmGuestExec: [c.qmGuestExec(9100, ['sh', '-c', 'echo ok'], { timeoutSec: 30, passStdin: true })],
  pveamUpdate: [c.pveamUpdate()],
  pveamAvailable: [c.pveamAvailable(), c.pveamAvailable('system')],
  pveamDownload: [c.pveamDownload('local', 'debian-12-standard_12.7-1_amd64.tar.zst')],
  pveamList: [c.pveamList('local')],
  pvesmAdd: [
    c.pvesmAdd('tank-vm', {
      type: 'zfspool',
      pool: 'tank/vmdata',
      content: ['images', 'rootdir'],
      sparse: true,
      blocksize: '16k',
    }),
    c.pvesmAdd('backup', {
      type: 'dir',
      path: '/mnt/backup',
      content: ['backup', 'vztmpl', 'iso'],
      shared: false,
      nodes: ['pve'],
    }),
    c.pvesmAdd('nas', {
      type: 'nfs',
      server: '10.0.0.10',
      export: '/export/pve',
      content: ['backup'],
      options: 'vers=4.2',
    }),
  ],
  pvesmSet: [c.pvesmSet('local', { content: ['iso', 'vztmpl', 'backup', 'snippets'] })],
  pvesmStatus: [c.pvesmStatus()],
  pveumUserAdd: [
    c.pveumUserAdd('ci@pve', {
      comment: 'GitHub runner',
      email: 'ci@example.com',
      enable: true,
      groups: ['automation'],
    }),
  ],
  pveumGroupAdd: [c.pveumGroupAdd('automation', { comment: 'Phoenix' })],
  pveumAclModify: [
    c.pveumAclModify('/', { roles: ['PVEAuditor'], groups: ['automation'] }),
    c.pveumAclModify('/vms/100', {
      roles: ['PVEVMAdmin', 'PVEDatastoreUser'],
      users: ['ci@pve'],
      tokens: ['ci@pve!phoenix'],
      propagate: true,
    }),
  ],
  pveumUserTokenAdd: [
    c.pveumUserTokenAdd('ci@pve', 'phoenix', { comment: 'apply', privsep: false, expire: 0 }),
  ],
  pveumUserList: [c.pveumUserList()],
  pveumGroupList: [c.pveumGroupList()],
  pveumAclList: [c.pveumAclList()],
  pveumUserTokenList: [c.pveumUserTokenList('ci@pve')],
  zfsCreate: [
    c.zfsCreate('tank/vmdata', { compression: 'lz4', 'com.phoenix:managed': 'yes' }, { parents: true }),
  ],
  zfsSet: [c.zfsSet('tank/vmdata', { recordsize: '16K', sharenfs: 'rw=@10.0.0.0/24' })],
  zfsGet: [c.zfsGet(['tank/vmdata'], ['compression', 'recordsize']), c.zfsGet(['tank'])],
  zfsList: [c.zfsList(), c.zfsList('tank')],
  zpoolCreate: [
    c.zpoolCreate('tank', [{ type: 'mirror', disks: ['/dev/disk/by-id/ata-A', '/dev/disk/by-id/ata-B'] }], {
      ashift: 12,
      fsProps: { compression: 'lz4' },
    }),
  ],
  zpoolList: [c.zpoolList()],
  zpoolStatus: [c.zpoolStatus(), c.zpoolStatus('tank')],
  readFile: [c.readFile('/etc/pve/lxc/950.conf')],
  writeFile: [c.writeFile('/etc/network/interfaces.d/phoenix', 'auto vmbr1\n')],
  appendFile: [c.appendFile('/etc/hosts', '10.0.0.2 web-1\n')],
  withLock: [c.withLock('/run/lock/phoenix-apply.lock', 30, c.pctStart(950))],
  writeLxcConfig: [c.writeLxcConfig(950, 'arch: amd64\nlxc.apparmor.profile: unconfined\n')],
};

/** Exports of commands.ts that are not command builders. */
const NOT_BUILDERS = new Set([
  'guestConfigPath',
  'lxcConfigPath',
  'mergeRawLxcLines',
  'matchHostProgram',
  'HostCommandInputError',
  'HOST_PROGRAMS',
]);

describe('builder coverage', () => {
  test('every exported builder has samples here', () => {
    const builders = Object.entries(commands)
      .filter(([name, v]) => typeof v === 'function' && !NOT_BUILDERS.has(name))
      .map(([name]) => name);
    expect(builders.length).toBeGreaterThan(60);
    expect(builders.filter((b) => !(b in SAMPLES))).toEqual([]);
  });

  test('every sample argv belongs to a registered host program and subcommand', () => {
    const unregistered = Object.values(SAMPLES)
      .flat()
      .filter((cmd) => commands.matchHostProgram(cmd.argv) === undefined)
      .map((cmd) => cmd.argv.join(' '));
    expect(unregistered).toEqual([]);
  });
});

describeShared('builders against the PVE API schema', () => {
  for (const version of PVE_API_VERSIONS) {
    test.each(Object.keys(SAMPLES))(`%s is accepted by ${version}`, (name) => {
      for (const cmd of SAMPLES[name]!)
        expect({ argv: cmd.argv, problems: checkArgvAgainstApi(cmd.argv, version) }).toEqual({
          argv: cmd.argv,
          problems: [],
        });
    });
  }
});

describeShared('the checker rejects what Proxmox would reject', () => {
  const problems = (argv: string[], v: PveApiVersion = 'pve9'): string[] => checkArgvAgainstApi(argv, v);

  test('unknown subcommands, programs and options', () => {
    expect(problems(['pct', 'frobnicate', '100'])).toEqual([expect.stringMatching(/unknown subcommand/)]);
    expect(problems(['rm', '-rf', '/'])).toEqual([expect.stringMatching(/unknown host program/)]);
    expect(problems(['pct', 'set', '100', '--colour', 'red'])).toEqual(['pct set: unknown option --colour']);
    expect(problems(['qm', 'clone', '9000', '9001', '--hostname', 'x'])).toEqual([
      'qm clone: unknown option --hostname',
    ]);
    expect(problems(['pveum', 'user', 'fly', 'x@pve'])[0]).toMatch(/not a known pveum command/);
  });

  test('positional argument counts', () => {
    expect(problems(['pct', 'snapshot', '100'])[0]).toMatch(/expects 2 positional/);
    expect(problems(['pct', 'start', '100', '101'])[0]).toMatch(/too many arguments/);
    expect(problems(['pct', 'exec', '100', '--'])).toEqual(['pct exec: no command given']);
    expect(problems(['pct', 'start', '100', '--', 'x'])[0]).toMatch(/takes no command after/);
  });

  test('values: integer ranges, enums, patterns, named formats', () => {
    expect(problems(['pct', 'start', '99'])[0]).toMatch(/99 is less than 100/);
    expect(problems(['pct', 'set', '100', '--memory', 'lots'])[0]).toMatch(/not an integer/);
    expect(problems(['pct', 'set', '100', '--onboot', 'maybe'])[0]).toMatch(/not a boolean/);
    expect(problems(['qm', 'set', '100', '--ostype', 'beos'])[0]).toMatch(/not one of/);
    expect(problems(['pct', 'resize', '100', 'rootfs', '-4G'])[0]).toMatch(/does not match/);
    expect(problems(['pct', 'snapshot', '100', '1st'])[0]).toMatch(/not a valid pve-configid/);
    expect(problems(['pct', 'set', '100', '--hostname', 'bad_name'])[0]).toMatch(/not a valid dns-name/);
    expect(problems(['pct', 'set', '100', '--tags', 'ok;b@d'])[0]).toMatch(/pve-tag-list/);
    expect(problems(['pct', 'clone', '100', '101', '--storage', '1local'])[0]).toMatch(/pve-storage-id/);
    expect(problems(['pct', 'set', '100', '--startup', 'order=first'])[0]).toMatch(/pve-startup-order/);
    expect(problems(['pct', 'set', '100', '--nameserver', '1.1.1.1 not-an-ip!'])[0]).toMatch(
      /lxc-ip-with-ll-iface-list/,
    );
    expect(problems(['pct', 'set', '100', '--delete', 'net0,colour'])).toEqual([
      "pct set --delete: unknown option 'colour'",
    ]);
  });

  test('property strings: unknown sub-keys, bad sub-values, missing and duplicate keys', () => {
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,bridge=vmbr0,speed=10'])).toEqual([
      'pct set --net0: invalid key in comma-separated list property: speed',
    ]);
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,ip=10.0.0.2'])[0]).toMatch(
      /ip=: '10.0.0.2' is not a valid pve-ipv4-config/,
    );
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,ip=10.0.0.2/4'])[0]).toMatch(
      /pve-ipv4-config/,
    );
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,hwaddr=01:00:00:00:00:01'])[0]).toMatch(
      /mac-addr/,
    );
    expect(problems(['pct', 'set', '100', '--net0', 'name=eth0,tag=5000'])[0]).toMatch(/greater than 4094/);
    expect(problems(['pct', 'set', '100', '--net0', 'bridge=vmbr0'])).toEqual([
      "pct set --net0: missing property 'name'",
    ]);
    expect(problems(['pct', 'set', '100', '--features', 'nesting=1,nesting=0'])[0]).toMatch(/duplicate key/);
    expect(problems(['pct', 'set', '100', '--features', 'nesting=sure'])[0]).toMatch(/not a boolean/);
    expect(problems(['pct', 'set', '100', '--mp0', 'local-lvm:8'])).toEqual([
      "pct set --mp0: missing property 'mp'",
    ]);
    expect(problems(['pct', 'set', '100', '--mp0', 'local-lvm:8,mp=/data/../etc'])[0]).toMatch(
      /pve-lxc-mp-string/,
    );
    expect(problems(['pct', 'set', '100', '--dev0', '/etc/shadow'])[0]).toMatch(/pve-lxc-dev-string/);
    expect(problems(['pct', 'set', '100', '--rootfs', 'local-lvm:8,mountoptions=sync'])[0]).toMatch(
      /does not match/,
    );
    expect(problems(['qm', 'set', '100', '--net0', 'virtio,bridge=vmbr0,tag=0'])[0]).toMatch(/less than 1/);
    expect(problems(['qm', 'set', '100', '--net0', 'nic9000,bridge=vmbr0'])[0]).toMatch(
      /model=: 'nic9000' is not one of/,
    );
    expect(problems(['qm', 'set', '100', '--scsi0', 'local-lvm:8,cache=fast'])[0]).toMatch(/cache=/);
    expect(problems(['qm', 'set', '100', '--agent', 'enabled=1,turbo=1'])[0]).toMatch(/invalid key.*turbo/);
    expect(problems(['qm', 'set', '100', '--vga', 'hologram'])[0]).toMatch(/type=/);
    expect(problems(['qm', 'set', '100', '--serial0', 'telnet'])[0]).toMatch(/does not match/);
  });

  test('hash formats described only in config-opts (ipconfig, boot) are checked by sub-key', () => {
    expect(problems(['qm', 'set', '100', '--ipconfig0', 'ip=10.0.0.5/24,gateway=10.0.0.1'])[0]).toMatch(
      /invalid key.*gateway/,
    );
    expect(problems(['qm', 'set', '100', '--ipconfig0', 'ip=10.0.0.5,gw=10.0.0.1'])[0]).toMatch(
      /pve-ipv4-config/,
    );
    expect(problems(['qm', 'set', '100', '--ipconfig0', 'ip=10.0.0.5/24,gw=10.0.0.300'])[0]).toMatch(/ipv4/);
    expect(problems(['qm', 'set', '100', '--boot', 'order=scsi0;floppy'])[0]).toMatch(/order=/);
  });

  test('indexed options respect their index ranges', () => {
    expect(problems(['pct', 'set', '100', '--net31', 'name=eth31'])).toEqual([]);
    expect(problems(['pct', 'set', '100', '--net32', 'name=eth32'])[0]).toMatch(/above 31/);
    expect(problems(['qm', 'set', '100', '--ide4', 'none'])[0]).toMatch(/above 3/);
  });

  test('the sshkeys quirk: qm takes a file path, not the keys', () => {
    expect(problems(['qm', 'set', '100', '--sshkeys', '/tmp/keys.pub'])).toEqual([]);
    expect(problems(['qm', 'set', '100', '--sshkeys', 'ssh-ed25519%20AAAA'])[0]).toMatch(/takes a file path/);
    // Over the API (pvesh) the value itself is sent and must be URL-encoded.
    expect(
      problems(['pvesh', 'set', '/nodes/pve/qemu/100/config', '--sshkeys', 'ssh-ed25519%20AAAA']),
    ).toEqual([]);
    expect(
      problems(['pvesh', 'set', '/nodes/pve/qemu/100/config', '--sshkeys', 'ssh-ed25519 AAAA'])[0],
    ).toMatch(/urlencoded/);
  });

  test('required options and mapped CLIs (pvesm, pveum, pveam)', () => {
    expect(problems(['pveum', 'acl', 'modify', '/', '--users', 'ci@pve'])).toEqual([
      'pveum acl modify: missing required option --roles',
    ]);
    expect(problems(['pveum', 'user', 'add', 'no-realm'])[0]).toMatch(/pve-userid/);
    expect(problems(['pvesm', 'add', 'zfs-ish', 'tank'])[0]).toMatch(/not one of/);
    expect(
      problems(['pvesm', 'add', 'dir', 'x1', '--path', '/srv', '--content', 'images,movies'])[0],
    ).toMatch(/pve-storage-content-list/);
    expect(problems(['pveam', 'available', '--section', 'games'])[0]).toMatch(/not one of/);
    expect(problems(['pveam', 'download', 'local'])[0]).toMatch(/expects 2 positional/);
  });

  test('pvesh paths must exist and path parameters must be valid', () => {
    expect(problems(['pvesh', 'get', '/nodes/pve/lxc/100/config', '--output-format', 'json'])).toEqual([]);
    expect(problems(['pvesh', 'get', '/nodes/pve/teapot'])[0]).toMatch(/no GET endpoint/);
    expect(problems(['pvesh', 'get', '/nodes/pve/lxc/12/config'])[0]).toMatch(/path \{vmid\}/);
    expect(problems(['pvesh', 'get', '/cluster/resources', '--output-format', 'xml'])[0]).toMatch(
      /not one of/,
    );
  });

  test('flock and timeout check the command they wrap', () => {
    expect(problems(['timeout', '--signal=KILL', '5.000s', 'pct', 'status', '100'])).toEqual([]);
    expect(problems(['timeout', '--signal=KILL', '5.000s', 'qm', 'status', '1'])[0]).toMatch(/less than 100/);
    expect(problems(['flock', '-w', '10', '/run/lock/x.lock', 'pct', 'start', '100'])).toEqual([]);
    expect(problems(['flock', '-w', '10', '/run/lock/x.lock', 'pct', 'start', '12'])[0]).toMatch(
      /less than 100/,
    );
  });

  test('9.1-only options and sub-keys are refused by 8.4', () => {
    const hostManaged = ['pct', 'set', '100', '--net0', 'name=eth0,bridge=vmbr0,host-managed=1'];
    expect(problems(hostManaged, 'pve9')).toEqual([]);
    expect(problems(hostManaged, 'pve8')[0]).toMatch(/invalid key.*host-managed/);
    expect(problems(['pct', 'set', '100', '--entrypoint', '/sbin/init'], 'pve9')).toEqual([]);
    expect(problems(['pct', 'set', '100', '--entrypoint', '/sbin/init'], 'pve8')).toEqual([
      'pct set: unknown option --entrypoint',
    ]);
    expect(problems(['qm', 'set', '100', '--agent', 'enabled=1,freeze-fs=0'], 'pve9')).toEqual([]);
    expect(problems(['qm', 'set', '100', '--agent', 'enabled=1,freeze-fs=0'], 'pve8')[0]).toMatch(
      /invalid key.*freeze-fs/,
    );
    // dev[n] exists on both (added in 8.1).
    expect(problems(['pct', 'set', '100', '--dev0', '/dev/dri/renderD128,gid=104'], 'pve8')).toEqual([]);
  });

  test('builders for other property strings produce what the checker accepts', () => {
    const set = (k: string, v: string): string[] => problems(['pct', 'set', '100', `--${k}`, v], 'pve8');
    expect(set('features', lxcFeatures({ fuse: true, mknod: false }))).toEqual([]);
    expect(set('startup', startupOrder({ up: 5 }))).toEqual([]);
    expect(
      set('rootfs', lxcRootfs({ volume: 'local-lvm:vm-100-disk-0' }, { acl: true, quota: false })),
    ).toEqual([]);
  });
});
