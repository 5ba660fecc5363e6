/**
 * One realistic call of every setup-hypervisor command builder (src/proxmox/host-setup-commands.ts),
 * keyed by builder name. test/hypervisor/hypervisor-commands.test.ts checks them; the builder-coverage test in
 * test/proxmox/commands-api.test.ts includes them, so that every exported builder has samples.
 */
import * as c from '../../src/proxmox/commands.js';
import type { HostCommand } from '../../src/proxmox/commands.js';

export const HOST_SETUP_SAMPLES: Record<string, HostCommand[]> = {
  dpkgQuery: [c.dpkgQuery(['samba', 'nfs-kernel-server'])],
  aptGetUpdate: [c.aptGetUpdate()],
  aptGetInstall: [c.aptGetInstall(['samba', 'proxmox-default-headers'])],
  timedatectlShow: [c.timedatectlShow()],
  timedatectlSetTimezone: [c.timedatectlSetTimezone('America/New_York')],
  timedatectlSetNtp: [c.timedatectlSetNtp(true)],
  chronycReloadSources: [c.chronycReloadSources()],
  ifreloadAll: [c.ifreloadAll()],
  systemctlIsActive: [c.systemctlIsActive('nfs-server')],
  systemctlIsEnabled: [c.systemctlIsEnabled('smbd')],
  systemctlEnableNow: [c.systemctlEnableNow('nfs-server')],
  systemctlReload: [c.systemctlReload('smbd')],
  systemctlRestart: [c.systemctlRestart('pve-firewall')],
  lsmod: [c.lsmod()],
  modprobe: [c.modprobe('vfio_pci')],
  modinfoVersion: [c.modinfoVersion('nvidia')],
  updateInitramfs: [c.updateInitramfs()],
  proxmoxBootToolRefresh: [c.proxmoxBootToolRefresh()],
  updateGrub: [c.updateGrub()],
  mkdirP: [c.mkdirP('/etc/exports.d')],
  lsblkDisk: [c.lsblkDisk('/dev/disk/by-id/nvme-Samsung_SSD_990_EVO_Plus_2TB_S7U6NJ0Y320880M')],
  wipefsAll: [c.wipefsAll('/dev/sdb1')],
  getentPasswd: [c.getentPasswd('phoenix_admin')],
  getentShadow: [c.getentShadow('phoenix_admin')],
  idGroups: [c.idGroups('phoenix_admin')],
  useradd: [
    c.useradd('phoenix_admin'),
    c.useradd('heads', { createHome: false, shell: '/usr/sbin/nologin', system: true }),
  ],
  usermodAppendGroups: [c.usermodAppendGroups('phoenix_admin', ['sudo'])],
  chpasswdEncrypted: [c.chpasswdEncrypted('phoenix_admin', '$6$salt$hash')],
  installDir: [c.installDir('/home/phoenix_admin/.ssh', '0700', 'phoenix_admin', 'phoenix_admin')],
  chown: [c.chown('phoenix_admin', 'phoenix_admin', '/home/phoenix_admin/.ssh/authorized_keys')],
  chmod: [c.chmod('0600', '/home/phoenix_admin/.ssh/authorized_keys')],
  exportfsReexportAll: [c.exportfsReexportAll()],
  pdbeditUser: [c.pdbeditUser('heads')],
  smbpasswdAdd: [c.smbpasswdAdd('heads', 'pw')],
  testparm: [c.testparm()],
  pveFirewallCompile: [c.pveFirewallCompile()],
  apparmorCheck: [c.apparmorCheck('profile x {\n}\n')],
  apparmorLoad: [c.apparmorLoad('/etc/apparmor.d/lxc/lxc-phoenix-v2')],
  nvidiaSmiDriverVersion: [c.nvidiaSmiDriverVersion()],
  nvidiaModprobeUvm: [c.nvidiaModprobeUvm()],
  curlDownload: [
    c.curlDownload(
      'https://us.download.nvidia.com/XFree86/Linux-x86_64/580.76.05/NVIDIA-Linux-x86_64-580.76.05.run',
      '/var/cache/phoenix/NVIDIA-Linux-x86_64-580.76.05.run',
    ),
  ],
  nvidiaRunfileInstall: [c.nvidiaRunfileInstall('/var/cache/phoenix/NVIDIA-Linux-x86_64-580.76.05.run')],
  pveDownloadUrl: [
    c.pveDownloadUrl('pve', 'local', {
      url: 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img',
      filename: 'noble-server-cloudimg-amd64.img',
      content: 'iso',
    }),
    c.pveDownloadUrl('pve', 'local', {
      url: 'https://cloud.debian.org/images/cloud/trixie/latest/debian-13-genericcloud-amd64.qcow2',
      filename: 'debian-13-genericcloud-amd64.qcow2',
      content: 'import',
      checksum: 'a'.repeat(128),
      checksumAlgorithm: 'sha512',
    }),
  ],
  pveSetPassword: [c.pveSetPassword('ci@pve', 'a-long-password')],
  pveumUserModify: [
    c.pveumUserModify('ci@pve', { groups: ['admins', 'ops'], comment: 'GitHub', enable: true }),
  ],
};
