/**
 * Builders of container commands (`pct`): create, clone, set, start/stop/shutdown, snapshots,
 * destroy, push, exec, resize. Options follow the Proxmox VE 8.4 / 9.1 API schema (tests check
 * each builder against ../shared/pve-api); invalid input throws `HostCommandInputError`.
 */
import { HostCommandInputError, options, ro, rw, type HostCommand } from './command.js';
import {
  checkAbsolutePath,
  checkDnsName,
  checkInteger,
  checkNodeName,
  checkResizeSize,
  checkSingleLine,
  checkSnapshotName,
  checkStorageId,
  checkVmid,
  tagList,
} from './checks.js';
import {
  checkDelete,
  checkNoNul,
  checkTargetStorage,
  cloneArgs,
  indexed,
  nameservers,
  nonEmpty,
  shutdownArgs,
  snapDescription,
  startupOrder,
  text,
  type CloneOptions,
  type Indexed,
  type StartupSpec,
} from './guest-options.js';
import { lxcDev, lxcFeatures, lxcNet, type LxcDev, type LxcFeatures, type LxcNet } from './pct-options.js';

/** Config keys shared by `pct create` and `pct set`. */
export interface LxcSettings {
  readonly hostname?: string;
  readonly memory?: number;
  readonly swap?: number;
  readonly cores?: number;
  readonly cpulimit?: number;
  /** Built with `lxcRootfs()`, e.g. `local-lvm:8`. */
  readonly rootfs?: string;
  readonly net?: Indexed<string | LxcNet>;
  /** Built with `lxcMountPoint()`. */
  readonly mp?: Indexed<string>;
  readonly dev?: Indexed<string | LxcDev>;
  readonly nameserver?: readonly string[];
  readonly searchdomain?: string;
  readonly features?: string | LxcFeatures;
  readonly onboot?: boolean;
  readonly startup?: string | StartupSpec;
  readonly tags?: readonly string[];
  readonly description?: string;
  readonly protection?: boolean;
  readonly timezone?: string;
}

function lxcSettingArgs(s: LxcSettings): string[] {
  if (s.hostname !== undefined) checkDnsName(s.hostname);
  return options([
    ['hostname', s.hostname],
    ['memory', s.memory === undefined ? undefined : checkInteger(s.memory, 'memory (MiB)', 16)],
    ['swap', s.swap === undefined ? undefined : checkInteger(s.swap, 'swap (MiB)', 0)],
    ['cores', s.cores === undefined ? undefined : checkInteger(s.cores, 'cores', 1, 8192)],
    ['cpulimit', s.cpulimit],
    ['rootfs', s.rootfs === undefined ? undefined : checkSingleLine(s.rootfs, 'rootfs')],
    ...indexed('net', s.net, 31, text('net', lxcNet)),
    ...indexed('mp', s.mp, 255, (v: string) => checkSingleLine(v, 'mount point')),
    ...indexed('dev', s.dev, 255, text('dev', lxcDev)),
    ['nameserver', nameservers(s.nameserver)],
    [
      'searchdomain',
      s.searchdomain === undefined ? undefined : checkDnsName(s.searchdomain, 'search domain'),
    ],
    ['features', s.features === undefined ? undefined : text('features', lxcFeatures)(s.features)],
    ['onboot', s.onboot],
    ['startup', s.startup === undefined ? undefined : text('startup', startupOrder)(s.startup)],
    ['tags', s.tags === undefined ? undefined : tagList(s.tags)],
    ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
    ['protection', s.protection],
    ['timezone', s.timezone === undefined ? undefined : checkSingleLine(s.timezone, 'timezone')],
  ]);
}

export interface PctCreateOptions extends LxcSettings {
  readonly unprivileged?: boolean;
  /** Default storage for volumes given without one. */
  readonly storage?: string;
  /** Root password inside the CT (masked in logs). */
  readonly password?: string;
  /** Path of a file on the host with SSH public keys (the CLI reads the file). */
  readonly sshPublicKeysFile?: string;
  readonly start?: boolean;
  readonly pool?: string;
}

/** `pct create VMID OSTEMPLATE ...`: `ostemplate` like `local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst`. */
export function pctCreate(vmid: number, ostemplate: string, o: PctCreateOptions = {}): HostCommand {
  if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:vztmpl\/\S+$|^\/\S+$/i.test(ostemplate) || ostemplate.length > 255)
    throw new HostCommandInputError(
      `invalid OS template ${JSON.stringify(ostemplate)}: expected STORAGE:vztmpl/FILE or an absolute path`,
    );
  if (o.password !== undefined && o.password.length < 5)
    throw new HostCommandInputError('CT root password must have at least 5 characters');
  const cmd = rw(
    'pct',
    'create',
    checkVmid(vmid),
    ostemplate,
    ...lxcSettingArgs(o),
    ...options([
      ['unprivileged', o.unprivileged],
      ['storage', o.storage === undefined ? undefined : checkStorageId(o.storage)],
      ['password', o.password],
      [
        'ssh-public-keys',
        o.sshPublicKeysFile === undefined
          ? undefined
          : checkAbsolutePath(o.sshPublicKeysFile, 'SSH key file'),
      ],
      ['pool', o.pool],
      ['start', o.start],
    ]),
  );
  return { ...cmd, ...(o.password !== undefined ? { secrets: [o.password] } : {}) };
}

export function pctClone(
  vmid: number,
  newid: number,
  o: CloneOptions & { readonly hostname?: string } = {},
): HostCommand {
  return rw(
    'pct',
    'clone',
    checkVmid(vmid),
    checkVmid(newid, 'new VMID'),
    ...cloneArgs('lxc', o),
    ...options([['hostname', o.hostname === undefined ? undefined : checkDnsName(o.hostname)]]),
  );
}

export interface PctSetOptions extends LxcSettings {
  /** Config keys to remove (`net1`, `mp0`, `startup`...). */
  readonly delete?: readonly string[];
}

export function pctSet(vmid: number, o: PctSetOptions): HostCommand {
  const rest = [...lxcSettingArgs(o), ...options([['delete', checkDelete(o.delete)]])];
  nonEmpty(rest, `pct set ${vmid}`);
  return rw('pct', 'set', checkVmid(vmid), ...rest);
}

export const pctStart = (vmid: number): HostCommand => rw('pct', 'start', checkVmid(vmid));
export const pctStop = (vmid: number): HostCommand => rw('pct', 'stop', checkVmid(vmid));
export const pctStatus = (vmid: number): HostCommand => ro('pct', 'status', checkVmid(vmid));
export const pctConfig = (vmid: number): HostCommand => ro('pct', 'config', checkVmid(vmid));
export const pctListSnapshots = (vmid: number): HostCommand => ro('pct', 'listsnapshot', checkVmid(vmid));
export const pctTemplate = (vmid: number): HostCommand => rw('pct', 'template', checkVmid(vmid));

/** Clean shutdown; after `timeoutSec` the CT is stopped when `forceStop` is set. */
export function pctShutdown(vmid: number, o: { timeoutSec?: number; forceStop?: boolean } = {}): HostCommand {
  return rw('pct', 'shutdown', checkVmid(vmid), ...shutdownArgs(o));
}

export function pctSnapshot(vmid: number, name: string, o: { description?: string } = {}): HostCommand {
  return rw(
    'pct',
    'snapshot',
    checkVmid(vmid),
    checkSnapshotName(name, 'lxc'),
    ...snapDescription(o.description),
  );
}

export function pctRollback(vmid: number, name: string, o: { start?: boolean } = {}): HostCommand {
  return rw(
    'pct',
    'rollback',
    checkVmid(vmid),
    checkSnapshotName(name, 'lxc'),
    ...options([['start', o.start]]),
  );
}

export function pctDeleteSnapshot(vmid: number, name: string, o: { force?: boolean } = {}): HostCommand {
  return rw(
    'pct',
    'delsnapshot',
    checkVmid(vmid),
    checkSnapshotName(name, 'lxc'),
    ...options([['force', o.force]]),
  );
}

/** Destroys a CT and its volumes. Only plans that explicitly destroy a guest use this. */
export function pctDestroy(
  vmid: number,
  o: { purge?: boolean; force?: boolean; destroyUnreferencedDisks?: boolean } = {},
): HostCommand {
  return rw(
    'pct',
    'destroy',
    checkVmid(vmid),
    ...options([
      ['purge', o.purge],
      ['force', o.force],
      ['destroy-unreferenced-disks', o.destroyUnreferencedDisks],
    ]),
  );
}

/** Clears the CT's `lock:` property (`pct unlock`); apply uses it only for locks its own run left. */
export function pctUnlock(vmid: number): HostCommand {
  return rw('pct', 'unlock', checkVmid(vmid));
}

/** Copies a host file into the CT. `perms` is octal text such as `0755`. */
export function pctPush(
  vmid: number,
  localFile: string,
  guestPath: string,
  o: { perms?: string; user?: string; group?: string } = {},
): HostCommand {
  if (o.perms !== undefined && !/^0?[0-7]{3,4}$/.test(o.perms))
    throw new HostCommandInputError(
      `invalid file permissions ${JSON.stringify(o.perms)}: expected octal like 0755`,
    );
  for (const owner of [o.user, o.group])
    if (owner !== undefined && !/^[a-z_][a-z0-9_-]*\$?$|^\d+$/i.test(owner))
      throw new HostCommandInputError(`invalid owner ${JSON.stringify(owner)}`);
  return rw(
    'pct',
    'push',
    checkVmid(vmid),
    checkAbsolutePath(localFile, 'local file'),
    checkAbsolutePath(guestPath, 'path in the CT'),
    ...options([
      ['perms', o.perms],
      ['user', o.user],
      ['group', o.group],
    ]),
  );
}

/**
 * Runs a command in the CT without a host shell: `pct exec VMID --keep-env 0 -- CMD ARGS...`.
 * `--keep-env 0`: pve-container's `pct exec` (src/PVE/CLI/pct.pm, option added Feb 2024, in
 * every PVE 8.2+ and 9.x) hands the caller's environment into the guest unless told not to
 * (`$param->{'keep-env'} // 1`, then `lxc-attach --keep-env`); with 0 it runs
 * `lxc-attach --clear-env`, so no runner variable (tokens included) reaches a guest.
 */
export function pctExec(vmid: number, command: readonly string[]): HostCommand {
  if (command.length === 0 || command[0] === '') throw new HostCommandInputError('pct exec needs a command');
  return rw('pct', 'exec', checkVmid(vmid), '--keep-env', '0', '--', ...command);
}

/** `size` as `+4G` (grow by) or `16G` (absolute; Proxmox refuses to shrink). */
export function pctResize(vmid: number, disk: string, size: string): HostCommand {
  if (!/^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/.test(disk))
    throw new HostCommandInputError(`invalid CT disk ${JSON.stringify(disk)}: expected rootfs or mpN`);
  return rw('pct', 'resize', checkVmid(vmid), disk, checkResizeSize(size));
}

const CT_DISK = /^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/;

/**
 * `pct move-volume VMID VOLUME STORAGE`: copies a rootfs or mount point volume, data included, to
 * another storage. `delete`: free the source after the copy (Proxmox's default keeps it as an
 * unused volume). Proxmox refuses it while the CT runs.
 */
export function pctMoveVolume(
  vmid: number,
  volume: string,
  storage: string,
  o: { delete?: boolean } = {},
): HostCommand {
  if (!CT_DISK.test(volume))
    throw new HostCommandInputError(`invalid CT volume ${JSON.stringify(volume)}: expected rootfs or mpN`);
  return rw(
    'pct',
    'move-volume',
    checkVmid(vmid),
    volume,
    checkStorageId(storage),
    ...options([['delete', o.delete]]),
  );
}

const CT_MOVE_KEY = /^(mp|unused)([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$/;

/**
 * `pct move-volume VMID KEY --target-vmid TARGET --target-volume TARGET_KEY`: hands the volume
 * under `key` (an `mpN` or `unusedN`), data included, to container `target` under `targetKey`.
 * Proxmox renames the volume to the target's id and refuses a running source (unless the key is
 * `unusedN`), an `unusedN` going to an `mpN`, a target key in use, a volume a snapshot uses, a
 * storage that cannot rename, and bind mounts (pve-container `PVE::API2::LXC::move_volume`).
 */
export function pctReassignVolume(vmid: number, key: string, target: number, targetKey: string): HostCommand {
  for (const k of [key, targetKey])
    if (!CT_MOVE_KEY.test(k))
      throw new HostCommandInputError(`invalid CT volume key ${JSON.stringify(k)}: expected mpN or unusedN`);
  if (/^unused/.test(key) && !/^unused/.test(targetKey))
    throw new HostCommandInputError(
      `an unused volume (${key}) can only go to an unusedN key, not ${targetKey}`,
    );
  return rw(
    'pct',
    'move-volume',
    checkVmid(vmid),
    key,
    '--target-vmid',
    checkVmid(target),
    '--target-volume',
    targetKey,
  );
}

export interface PctMigrateOptions {
  /** A running container is shut down, moved and started again on the target (`--restart`). */
  readonly restart?: boolean;
  /** Live migration (`--online`); Proxmox refuses it for running containers today. */
  readonly online?: boolean;
  /** Storage on the target node for every volume, or `1` for the same-named one. */
  readonly targetStorage?: string;
  /** Seconds the shutdown of a restart migration may take (`--timeout`, Proxmox default 180). */
  readonly timeoutSec?: number;
}

/**
 * `pct migrate VMID TARGET`: moves the container to node `target`, run on the node that holds it
 * (pve-container `PVE::API2::LXC::migrate_vm`; a running one needs `restart`, since Proxmox
 * refuses to move a running container otherwise).
 */
export function pctMigrate(vmid: number, target: string, o: PctMigrateOptions = {}): HostCommand {
  return rw(
    'pct',
    'migrate',
    checkVmid(vmid),
    checkNodeName(target),
    ...options([
      ['restart', o.restart || undefined],
      ['online', o.online || undefined],
      ['target-storage', o.targetStorage === undefined ? undefined : checkTargetStorage(o.targetStorage)],
      ['timeout', o.timeoutSec === undefined ? undefined : checkInteger(o.timeoutSec, 'migrate timeout', 0)],
    ]),
  );
}
