/**
 * The setup-hypervisor command builders and their programs, re-exported from `commands/`
 * (system.ts, users.ts, and the setup builders of files.ts, pvesh.ts and pveum.ts): the set
 * test/hypervisor/hypervisor-commands.test.ts holds to one sample per builder.
 */
export { HOST_SETUP_PROGRAMS } from './commands/programs.js';
export { chmod, chown, installDir, mkdirP } from './commands/files.js';
export { pveDownloadUrl, pveSetPassword } from './commands/pvesh.js';
export { pveumUserModify } from './commands/pveum.js';
export {
  apparmorCheck,
  apparmorLoad,
  aptGetInstall,
  aptGetUpdate,
  chronycReloadSources,
  curlDownload,
  dpkgQuery,
  exportfsReexportAll,
  ifreloadAll,
  lsblkDisk,
  lsmod,
  modinfoVersion,
  modprobe,
  nvidiaModprobeUvm,
  nvidiaRunfileInstall,
  nvidiaSmiDriverVersion,
  proxmoxBootToolRefresh,
  pveFirewallCompile,
  systemctlEnableNow,
  systemctlIsActive,
  systemctlIsEnabled,
  systemctlReload,
  systemctlRestart,
  testparm,
  timedatectlSetNtp,
  timedatectlSetTimezone,
  timedatectlShow,
  updateGrub,
  updateInitramfs,
  wipefsAll,
} from './commands/system.js';
export {
  chpasswdEncrypted,
  getentPasswd,
  getentShadow,
  idGroups,
  pdbeditUser,
  smbpasswdAdd,
  useradd,
  usermodAppendGroups,
} from './commands/users.js';
