/**
 * Builders of virtual machine commands (`qm`): create, set, disk import, clone, resize,
 * start/stop/shutdown, snapshots, destroy, cloud-init and the guest agent. Options follow the
 * Proxmox VE 8.4 / 9.1 API schema (tests check each builder against ../shared/pve-api); invalid
 * input throws `HostCommandInputError`.
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
import {
  qemuAgent,
  qemuBootOrder,
  qemuDrive,
  qemuIpconfig,
  qemuNet,
  type QemuDrive,
  type QemuNet,
} from './qm-options.js';

export interface QemuSettings {
  readonly name?: string;
  readonly memory?: number;
  readonly balloon?: number;
  readonly cores?: number;
  readonly sockets?: number;
  readonly cpu?: string;
  readonly ostype?: 'l26' | 'l24' | 'other' | 'win10' | 'win11';
  readonly scsihw?: 'virtio-scsi-pci' | 'virtio-scsi-single' | 'lsi' | 'megasas' | 'pvscsi';
  readonly net?: Indexed<string | QemuNet>;
  readonly scsi?: Indexed<string | QemuDrive>;
  readonly virtio?: Indexed<string | QemuDrive>;
  readonly sata?: Indexed<string | QemuDrive>;
  readonly ide?: Indexed<string | QemuDrive>;
  /** `socket` or a host device path. */
  readonly serial?: Indexed<string>;
  /** `serial0`, `std`, `virtio`... */
  readonly vga?: string;
  /** Boot devices in order, e.g. `['scsi0']`. */
  readonly boot?: readonly string[];
  readonly agent?: string | { enabled: boolean; fstrimClonedDisks?: boolean };
  readonly ipconfig?: Indexed<string | { ip?: string; gw?: string; ip6?: string; gw6?: string }>;
  readonly nameserver?: readonly string[];
  readonly searchdomain?: string;
  readonly ciuser?: string;
  /** Cloud-init snippets, e.g. `vendor=local:snippets/phoenix-agent.yaml`. */
  readonly cicustom?: string;
  /** Cloud-init password (masked in logs). */
  readonly cipassword?: string;
  /** Quirk: the CLI takes a FILE on the host holding the keys, reads and URL-encodes it. */
  readonly sshkeysFile?: string;
  readonly citype?: 'nocloud' | 'configdrive2';
  readonly onboot?: boolean;
  readonly startup?: string | StartupSpec;
  readonly tags?: readonly string[];
  readonly description?: string;
  readonly protection?: boolean;
}

/** `cicustom`: `user|network|meta|vendor=STORAGE:snippets/FILE`, comma-separated. */
function cicustomValue(v: string): string {
  const part =
    /^(user|network|meta|vendor)=[a-z][a-z0-9\-_.]*[a-z0-9]:snippets\/[A-Za-z0-9][A-Za-z0-9._-]*$/i;
  if (!v.split(',').every((p) => part.test(p)))
    throw new HostCommandInputError(
      `invalid cicustom ${JSON.stringify(v)} (want vendor=STORAGE:snippets/FILE)`,
    );
  return v;
}

function qemuSettingArgs(s: QemuSettings): string[] {
  if (s.name !== undefined) checkDnsName(s.name, 'VM name');
  if (s.ciuser !== undefined && !/^[a-z_][a-z0-9_.-]*$/i.test(s.ciuser))
    throw new HostCommandInputError(`invalid cloud-init user ${JSON.stringify(s.ciuser)}`);
  const drive = text('disk', qemuDrive);
  return options([
    ['name', s.name],
    ['memory', s.memory === undefined ? undefined : checkInteger(s.memory, 'memory (MiB)', 16)],
    ['balloon', s.balloon === undefined ? undefined : checkInteger(s.balloon, 'balloon (MiB)', 0)],
    ['cores', s.cores === undefined ? undefined : checkInteger(s.cores, 'cores', 1)],
    ['sockets', s.sockets === undefined ? undefined : checkInteger(s.sockets, 'sockets', 1)],
    ['cpu', s.cpu === undefined ? undefined : checkSingleLine(s.cpu, 'cpu')],
    ['ostype', s.ostype],
    ['scsihw', s.scsihw],
    ...indexed('net', s.net, 31, text('net', qemuNet)),
    ...indexed('scsi', s.scsi, 30, drive),
    ...indexed('virtio', s.virtio, 15, drive),
    ...indexed('sata', s.sata, 5, drive),
    ...indexed('ide', s.ide, 3, drive),
    ...indexed('serial', s.serial, 3, (v: string) => {
      if (v !== 'socket' && !/^\/dev\/\S+$/.test(v))
        throw new HostCommandInputError(`invalid serial port ${JSON.stringify(v)}`);
      return v;
    }),
    ['vga', s.vga === undefined ? undefined : checkSingleLine(s.vga, 'vga')],
    ['boot', s.boot === undefined ? undefined : qemuBootOrder(s.boot)],
    ['agent', s.agent === undefined ? undefined : text('agent', qemuAgent)(s.agent)],
    ...indexed('ipconfig', s.ipconfig, 31, text('ipconfig', qemuIpconfig)),
    ['nameserver', nameservers(s.nameserver)],
    [
      'searchdomain',
      s.searchdomain === undefined ? undefined : checkDnsName(s.searchdomain, 'search domain'),
    ],
    ['ciuser', s.ciuser],
    ['cicustom', s.cicustom === undefined ? undefined : cicustomValue(s.cicustom)],
    ['cipassword', s.cipassword],
    ['sshkeys', s.sshkeysFile === undefined ? undefined : checkAbsolutePath(s.sshkeysFile, 'SSH key file')],
    ['citype', s.citype],
    ['onboot', s.onboot],
    ['startup', s.startup === undefined ? undefined : text('startup', startupOrder)(s.startup)],
    ['tags', s.tags === undefined ? undefined : tagList(s.tags)],
    ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
    ['protection', s.protection],
  ]);
}

const withCiSecret = (cmd: HostCommand, s: QemuSettings): HostCommand => ({
  ...cmd,
  ...(s.cipassword !== undefined ? { secrets: [s.cipassword] } : {}),
});

export function qmCreate(
  vmid: number,
  s: QemuSettings & { pool?: string; start?: boolean } = {},
): HostCommand {
  return withCiSecret(
    rw(
      'qm',
      'create',
      checkVmid(vmid),
      ...qemuSettingArgs(s),
      ...options([
        ['pool', s.pool],
        ['start', s.start],
      ]),
    ),
    s,
  );
}

export function qmSet(vmid: number, s: QemuSettings & { delete?: readonly string[] }): HostCommand {
  const rest = [...qemuSettingArgs(s), ...options([['delete', checkDelete(s.delete)]])];
  nonEmpty(rest, `qm set ${vmid}`);
  return withCiSecret(rw('qm', 'set', checkVmid(vmid), ...rest), s);
}

/** Imports a disk image (cloud image) as an unused disk of the VM. */
export function qmDiskImport(
  vmid: number,
  source: string,
  storage: string,
  o: { format?: 'raw' | 'qcow2' | 'vmdk'; targetDisk?: string } = {},
): HostCommand {
  if (
    o.targetDisk !== undefined &&
    !/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3])$/.test(o.targetDisk)
  )
    throw new HostCommandInputError(`invalid target disk ${JSON.stringify(o.targetDisk)}`);
  return rw(
    'qm',
    'disk',
    'import',
    checkVmid(vmid),
    checkAbsolutePath(source, 'disk image'),
    checkStorageId(storage),
    ...options([
      ['format', o.format],
      ['target-disk', o.targetDisk],
    ]),
  );
}

export function qmClone(
  vmid: number,
  newid: number,
  o: CloneOptions & { readonly name?: string } = {},
): HostCommand {
  return rw(
    'qm',
    'clone',
    checkVmid(vmid),
    checkVmid(newid, 'new VMID'),
    ...cloneArgs('qemu', o),
    ...options([['name', o.name === undefined ? undefined : checkDnsName(o.name, 'VM name')]]),
  );
}

export function qmResize(vmid: number, disk: string, size: string): HostCommand {
  if (!/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3]|efidisk0|tpmstate0)$/.test(disk))
    throw new HostCommandInputError(`invalid VM disk ${JSON.stringify(disk)}`);
  return rw('qm', 'resize', checkVmid(vmid), disk, checkResizeSize(size));
}

/**
 * `qm disk move VMID DISK STORAGE`: copies a disk, data included, to another storage (online for a
 * running VM). `delete`: free the source after the copy (else Proxmox keeps it as unused).
 */
export function qmDiskMove(
  vmid: number,
  disk: string,
  storage: string,
  o: { delete?: boolean } = {},
): HostCommand {
  if (!/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3]|efidisk0|tpmstate0)$/.test(disk))
    throw new HostCommandInputError(`invalid VM disk ${JSON.stringify(disk)}`);
  return rw(
    'qm',
    'disk',
    'move',
    checkVmid(vmid),
    disk,
    checkStorageId(storage),
    ...options([['delete', o.delete]]),
  );
}

export const qmStart = (vmid: number): HostCommand => rw('qm', 'start', checkVmid(vmid));
export const qmStop = (vmid: number): HostCommand => rw('qm', 'stop', checkVmid(vmid));
export const qmStatus = (vmid: number): HostCommand => ro('qm', 'status', checkVmid(vmid));
export const qmConfig = (vmid: number): HostCommand => ro('qm', 'config', checkVmid(vmid));
export const qmListSnapshots = (vmid: number): HostCommand => ro('qm', 'listsnapshot', checkVmid(vmid));
export const qmTemplate = (vmid: number): HostCommand => rw('qm', 'template', checkVmid(vmid));
export const qmCloudinitUpdate = (vmid: number): HostCommand =>
  rw('qm', 'cloudinit', 'update', checkVmid(vmid));

export function qmShutdown(vmid: number, o: { timeoutSec?: number; forceStop?: boolean } = {}): HostCommand {
  return rw('qm', 'shutdown', checkVmid(vmid), ...shutdownArgs(o));
}

export function qmSnapshot(
  vmid: number,
  name: string,
  o: { description?: string; vmstate?: boolean } = {},
): HostCommand {
  return rw(
    'qm',
    'snapshot',
    checkVmid(vmid),
    checkSnapshotName(name, 'qemu'),
    ...snapDescription(o.description),
    ...options([['vmstate', o.vmstate]]),
  );
}

export function qmRollback(vmid: number, name: string, o: { start?: boolean } = {}): HostCommand {
  return rw(
    'qm',
    'rollback',
    checkVmid(vmid),
    checkSnapshotName(name, 'qemu'),
    ...options([['start', o.start]]),
  );
}

export function qmDeleteSnapshot(vmid: number, name: string, o: { force?: boolean } = {}): HostCommand {
  return rw(
    'qm',
    'delsnapshot',
    checkVmid(vmid),
    checkSnapshotName(name, 'qemu'),
    ...options([['force', o.force]]),
  );
}

/** Destroys a VM and its disks. Only plans that explicitly destroy a guest use this. */
export function qmDestroy(
  vmid: number,
  o: { purge?: boolean; destroyUnreferencedDisks?: boolean } = {},
): HostCommand {
  return rw(
    'qm',
    'destroy',
    checkVmid(vmid),
    ...options([
      ['purge', o.purge],
      ['destroy-unreferenced-disks', o.destroyUnreferencedDisks],
    ]),
  );
}

/** Clears the VM's `lock:` property (`qm unlock`); apply uses it only for locks its own run left. */
export function qmUnlock(vmid: number): HostCommand {
  return rw('qm', 'unlock', checkVmid(vmid));
}

const READ_ONLY_AGENT = [
  'ping',
  'info',
  'get-fsinfo',
  'get-host-name',
  'get-osinfo',
  'get-time',
  'get-timezone',
  'get-users',
  'get-vcpus',
  'network-get-interfaces',
  'fsfreeze-status',
] as const;
export type AgentCommand = (typeof READ_ONLY_AGENT)[number];

/** A read-only guest agent call; `ping` fails until the agent answers. */
export function qmGuestCmd(vmid: number, command: AgentCommand = 'ping'): HostCommand {
  if (!READ_ONLY_AGENT.includes(command))
    throw new HostCommandInputError(`unsupported agent command ${JSON.stringify(command)}`);
  return ro('qm', 'guest', 'cmd', checkVmid(vmid), command);
}

/** Runs a command through the guest agent: `qm guest exec VMID [--timeout N] -- CMD ARGS...`. */
export function qmGuestExec(
  vmid: number,
  command: readonly string[],
  o: { timeoutSec?: number; passStdin?: boolean } = {},
): HostCommand {
  if (command.length === 0 || command[0] === '')
    throw new HostCommandInputError('qm guest exec needs a command');
  return rw(
    'qm',
    'guest',
    'exec',
    checkVmid(vmid),
    ...options([
      ['timeout', o.timeoutSec === undefined ? undefined : checkInteger(o.timeoutSec, 'timeout', 0)],
      ['pass-stdin', o.passStdin],
    ]),
    '--',
    ...command,
  );
}

export interface QmMigrateOptions {
  /** A running VM moves live (`--online`); Proxmox refuses to move a running VM without it. */
  readonly online?: boolean;
  /** Disks on node-local storage are copied along (`--with-local-disks`). */
  readonly withLocalDisks?: boolean;
  /** Storage on the target node for every disk, or `1` for the same-named one. */
  readonly targetStorage?: string;
}

/**
 * `qm migrate VMID TARGET`: moves the VM to node `target`, run on the node that holds it
 * (qemu-server `PVE::API2::Qemu::migrate_vm`).
 */
export function qmMigrate(vmid: number, target: string, o: QmMigrateOptions = {}): HostCommand {
  return rw(
    'qm',
    'migrate',
    checkVmid(vmid),
    checkNodeName(target),
    ...options([
      ['online', o.online || undefined],
      ['with-local-disks', o.withLocalDisks || undefined],
      ['targetstorage', o.targetStorage === undefined ? undefined : checkTargetStorage(o.targetStorage)],
    ]),
  );
}
