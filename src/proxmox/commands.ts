/**
 * The public names of the host-command builders, re-exported from `commands/` (one module per
 * program; the program registry is `commands/programs.ts`): the one entry point the rest of
 * Phoenix imports builders from.
 */
export { HostCommandInputError, type HostCommand } from './commands/command.js';
export {
  HOST_PROGRAMS,
  HOST_SETUP_PROGRAMS,
  matchHostProgram,
  type HostProgram,
} from './commands/programs.js';
export type { CloneOptions } from './commands/guest-options.js';
export { vzdump, type VzdumpMode } from './commands/vzdump.js';
export {
  pctClone,
  pctConfig,
  pctCreate,
  pctDeleteSnapshot,
  pctDestroy,
  pctExec,
  pctListSnapshots,
  pctMigrate,
  pctMoveVolume,
  pctReassignVolume,
  pctPush,
  pctResize,
  pctRollback,
  pctSet,
  pctShutdown,
  pctSnapshot,
  pctStart,
  pctStatus,
  pctStop,
  pctTemplate,
  pctUnlock,
  type LxcSettings,
  type PctCreateOptions,
  type PctMigrateOptions,
  type PctSetOptions,
} from './commands/pct.js';
export {
  qmClone,
  qmCloudinitUpdate,
  qmConfig,
  qmCreate,
  qmDeleteSnapshot,
  qmDestroy,
  qmDiskImport,
  qmDiskMove,
  qmGuestCmd,
  qmGuestExec,
  qmListSnapshots,
  qmMigrate,
  qmResize,
  qmRollback,
  qmSet,
  qmShutdown,
  qmSnapshot,
  qmStart,
  qmStatus,
  qmStop,
  qmTemplate,
  qmUnlock,
  type AgentCommand,
  type QemuSettings,
  type QmMigrateOptions,
} from './commands/qm.js';
export {
  apiGet,
  clusterResources,
  clusterStatus,
  nodeNetwork,
  pveDownloadUrl,
  pveSetPassword,
  pveVersion,
  storageContent,
} from './commands/pvesh.js';
export { pvesmAdd, pvesmSet, pvesmStatus, type StorageContent, type StorageSpec } from './commands/pvesm.js';
export { pveamAvailable, pveamDownload, pveamList, pveamUpdate } from './commands/pveam.js';
export {
  pveumAclList,
  pveumAclModify,
  pveumGroupAdd,
  pveumGroupList,
  pveumUserAdd,
  pveumUserList,
  pveumUserModify,
  pveumUserTokenAdd,
  pveumUserTokenList,
} from './commands/pveum.js';
export {
  zfsCreate,
  zfsGet,
  zfsList,
  zfsSet,
  zpoolCreate,
  zpoolList,
  zpoolStatus,
  type Vdev,
} from './commands/zfs.js';
export {
  APPARMOR_LXC_DIR,
  appendFile,
  chmod,
  chown,
  DEVICE_DIR,
  guestConfigPath,
  installDir,
  installDirIds,
  listHostEntries,
  lxcConfigPath,
  mergeRawLxcLines,
  mkdirP,
  mkdirNew,
  rmdirEmpty,
  readConfigFiles,
  readFile,
  readNodeConfigDirs,
  TIMEOUT_KILL_AFTER_SEC,
  withLock,
  withTimeout,
  writeFile,
  writeLxcConfig,
} from './commands/files.js';
// The setup-hypervisor builders (system programs, Linux and Samba users), listed once there.
export { hopInner, hopPrefix, hopTarget, onNode, type NodeRoute } from './commands/hop.js';
export * from './host-setup-commands.js';
