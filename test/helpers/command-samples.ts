/**
 * At least one realistic call of every exported host-command builder, keyed by builder name (the
 * setup-hypervisor ones from hypervisor-command-samples.ts included). test/proxmox/commands-api.test.ts
 * checks each against the PVE API schema; test/proxmox/command-programs.test.ts against the program
 * registry and the sudoers rules.
 */
import * as commands from '../../src/proxmox/commands.js';
import type { HostCommand } from '../../src/proxmox/commands.js';
import {
  lxcDev,
  lxcMountPoint,
  lxcNet,
  lxcPassthrough,
  lxcRootfs,
} from '../../src/proxmox/commands/pct-options.js';
import { cloudInitDrive, qemuDrive, qemuIpconfig, qemuNet } from '../../src/proxmox/commands/qm-options.js';
import { HOST_SETUP_SAMPLES } from './hypervisor-command-samples.js';

const c = commands;
const TPL = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

export const COMMAND_SAMPLES: Record<string, HostCommand[]> = {
  ...HOST_SETUP_SAMPLES, // setup-hypervisor's builders (host-setup-commands.ts)
  clusterResources: [c.clusterResources()],
  clusterStatus: [c.clusterStatus()],
  readConfigFiles: [
    c.readConfigFiles(['/etc/pve/nodes/pve/lxc/100.conf', '/etc/pve/nodes/pve/qemu-server/9000.conf']),
  ],
  readNodeConfigDirs: [c.readNodeConfigDirs(['pve', 'pve-2.lab'])],
  listHostEntries: [c.listHostEntries()],
  nodeNetwork: [c.nodeNetwork('pve')],
  pveVersion: [c.pveVersion()],
  storageContent: [c.storageContent('pve', 'local', 'vztmpl'), c.storageContent('pve2', 'local')],
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
    c.pctClone(900, 952, { full: true, storage: 'ceph-ct', target: 'pve2' }),
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
  pctDestroy: [
    c.pctDestroy(950, { purge: true, force: true }),
    c.pctDestroy(950, { purge: true, destroyUnreferencedDisks: true }),
  ],
  pctUnlock: [c.pctUnlock(950)],
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
  installDirIds: [c.installDirIds('/srv/app/data', '0755', 100000, 100000)],
  mkdirNew: [c.mkdirNew('/srv/app/data', '0755')],
  pctMigrate: [
    c.pctMigrate(950, 'pve2'),
    c.pctMigrate(950, 'pve2', { restart: true, timeoutSec: 120 }),
    c.pctMigrate(950, 'pve-3', { targetStorage: 'local-lvm' }),
    c.pctMigrate(950, 'pve-3', { targetStorage: '1' }),
  ],
  rmdirEmpty: [c.rmdirEmpty('/etc/pve/phoenix/apply-lock.d/41')],
  pctMoveVolume: [
    c.pctMoveVolume(950, 'mp0', 'tank'),
    c.pctMoveVolume(950, 'rootfs', 'local-lvm', { delete: true }),
  ],
  pctReassignVolume: [
    c.pctReassignVolume(950, 'mp0', 951, 'mp0'),
    c.pctReassignVolume(951, 'unused0', 950, 'unused3'),
  ],
  vzdump: [c.vzdump(950, { storage: 'local', mode: 'stop' })],
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
  qmMigrate: [
    c.qmMigrate(9100, 'pve2'),
    c.qmMigrate(9100, 'pve2', { online: true, withLocalDisks: true }),
    c.qmMigrate(9100, 'pve-3', { targetStorage: 'local-zfs' }),
  ],
  onNode: [
    c.onNode({ node: 'pve2', address: '10.0.0.12' }, c.pctStart(950)),
    c.onNode({ node: 'pve-3', address: 'fd00::13' }, c.pctExec(950, ['sh', '-c', "echo 'it''s'"])),
  ],
  qmClone: [
    c.qmClone(9000, 9100, { full: true, name: 'db-1', storage: 'local-lvm', snapname: 'base' }),
    c.qmClone(9000, 9101),
    c.qmClone(9000, 9102, { full: true, storage: 'ceph-vm', target: 'pve-3' }),
  ],
  qmResize: [c.qmResize(9100, 'scsi0', '+10G'), c.qmResize(9100, 'virtio1', '32G')],
  qmDiskMove: [
    c.qmDiskMove(9100, 'scsi0', 'tank'),
    c.qmDiskMove(9100, 'scsi0', 'local-lvm', { delete: true }),
  ],
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
  qmDestroy: [
    c.qmDestroy(9100, { purge: true }),
    c.qmDestroy(9100, { purge: true, destroyUnreferencedDisks: true }),
  ],
  qmUnlock: [c.qmUnlock(9100)],
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
  withTimeout: [c.withTimeout(c.pctClone(900, 950, {}), 3600), c.withTimeout(c.pctStatus(950), 0.5)],
  writeLxcConfig: [c.writeLxcConfig(950, 'arch: amd64\nlxc.apparmor.profile: unconfined\n')],
};
