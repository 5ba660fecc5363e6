/**
 * Every command Phoenix sends to a host is built here, and only here: typed operations in,
 * argv out. Transports never build commands; other modules never write argv by hand.
 * Options and value formats follow the Proxmox VE 8.4 / 9.1 API schema (tests check each builder
 * against ../shared/pve-api). Invalid input throws `HostCommandInputError` before anything is sent.
 * Guest (pct/qm) builders live here; storage, users, ZFS and file builders and the registry of
 * host programs are in `host-commands.ts` (re-exported below).
 */
import {
  checkAbsolutePath,
  checkConfigKey,
  checkDnsName,
  checkInteger,
  checkIp,
  checkResizeSize,
  checkSingleLine,
  checkSnapshotName,
  checkStorageId,
  checkVmid,
  HostCommandInputError,
  lxcDev,
  lxcFeatures,
  lxcNet,
  options,
  qemuAgent,
  qemuBootOrder,
  qemuDrive,
  qemuIpconfig,
  qemuNet,
  startupOrder,
  tagList,
  type LxcDev,
  type LxcFeatures,
  type LxcNet,
  type QemuDrive,
  type QemuNet,
} from './pve-options.js';
import { ro, rw } from './command-helpers.js';

export interface HostCommand {
  readonly argv: readonly string[];
  /** True when the command changes nothing (safe to retry after a dropped connection). */
  readonly readOnly: boolean;
  /** Data for the command's stdin (file contents for `tee`). */
  readonly stdin?: string;
  /** Values in argv that are secrets and must be masked in logs. */
  readonly secrets?: readonly string[];
}

export { HostCommandInputError };
export * from './host-commands.js';
export * from './host-setup-commands.js';

/** Paths of guest config files in the cluster filesystem. */
export function guestConfigPath(node: string, kind: 'lxc' | 'qemu', id: number): string {
  return `/etc/pve/nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${id}.conf`;
}

// ---- live-state reading (a constant number of commands, whatever the number of guests) ----

/** All guests, storages and nodes of the cluster in one JSON document. */
export function clusterResources(): HostCommand {
  return ro('pvesh', 'get', '/cluster/resources', '--output-format', 'json');
}

/**
 * The config files of many guests (with their `[snapshot]` sections) in one command:
 * `grep -H ''` prints every line prefixed by its file path. Paths are absolute /etc/pve paths.
 */
export function readConfigFiles(paths: readonly string[]): HostCommand {
  return ro('grep', '-H', '', '--', ...paths);
}

/**
 * Every guest config file of the given nodes in one command whose size does not grow with the
 * number of guests: `grep -r -H ''` over each node's `lxc` and `qemu-server` folders prints every
 * line prefixed by its file path (`/etc/pve/nodes/NODE/lxc/ID.conf:LINE`).
 */
export function readNodeConfigDirs(nodes: readonly string[]): HostCommand {
  const dirs = nodes.flatMap((node) => {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(node))
      throw new HostCommandInputError(`invalid node name ${JSON.stringify(node)}`);
    return [`/etc/pve/nodes/${node}/lxc`, `/etc/pve/nodes/${node}/qemu-server`];
  });
  return ro('grep', '-r', '-H', '', '--', ...dirs);
}

/** Bridges (and other interfaces) of one node. */
export function nodeNetwork(node: string): HostCommand {
  return ro('pvesh', 'get', `/nodes/${node}/network`, '--output-format', 'json');
}

/** Proxmox VE version of the node we talk to. */
export function pveVersion(): HostCommand {
  return ro('pvesh', 'get', '/version', '--output-format', 'json');
}

/** Contents (templates, ISOs) of one storage. */
export function storageContent(node: string, storage: string, content: string): HostCommand {
  return ro(
    'pvesh',
    'get',
    `/nodes/${node}/storage/${storage}/content`,
    '--content',
    content,
    '--output-format',
    'json',
  );
}

/** Any read-only API call: `pvesh get PATH [--param value...] --output-format json`. */
export function apiGet(path: string, params: Readonly<Record<string, string | number>> = {}): HostCommand {
  if (!/^\/[A-Za-z0-9/_.:@!-]*$/.test(path))
    throw new HostCommandInputError(`invalid API path ${JSON.stringify(path)}`);
  return ro('pvesh', 'get', path, ...options(Object.entries(params)), '--output-format', 'json');
}

// ---- shared option rendering ----

type Indexed<T> = Readonly<Record<number, T>>;

function indexed<T>(
  key: string,
  values: Indexed<T> | undefined,
  max: number,
  render: (v: T) => string,
): Array<[string, string]> {
  if (!values) return [];
  return Object.entries(values)
    .map(([i, v]) => [Number(i), v as T] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([i, v]) => {
      checkInteger(i, `${key} index`, 0, max);
      return [`${key}${i}`, render(v)];
    });
}

/** Property strings given as text are passed through after a one-line check. */
const text =
  <T>(what: string, render: (v: T) => string) =>
  (v: string | T): string =>
    typeof v === 'string' ? checkSingleLine(v, what) : render(v);

function nonEmpty(argv: string[], what: string): void {
  if (argv.length === 0) throw new HostCommandInputError(`${what}: nothing to change`);
}

function checkDelete(keys: readonly string[] | undefined): string | undefined {
  if (!keys || keys.length === 0) return undefined;
  return keys.map(checkConfigKey).join(',');
}

function nameservers(list: readonly string[] | undefined): string | undefined {
  if (!list || list.length === 0) return undefined;
  return list.map((ip) => checkIp(ip, 'nameserver')).join(' ');
}

type StartupSpec = { readonly order?: number; readonly up?: number; readonly down?: number };

// ---- LXC (pct) ----

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

function checkNoNul(v: string): string {
  if (v.includes('\0')) throw new HostCommandInputError('description contains a NUL byte');
  return v;
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
  const argv = [
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
  ];
  return { argv, readOnly: false, ...(o.password !== undefined ? { secrets: [o.password] } : {}) };
}

export interface CloneOptions {
  /** Clone from this snapshot of the source (instead of its current state). */
  readonly snapname?: string;
  readonly full?: boolean;
  /** Target storage of a full clone. */
  readonly storage?: string;
  readonly description?: string;
  readonly pool?: string;
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

function cloneArgs(kind: 'lxc' | 'qemu', o: CloneOptions): string[] {
  return options([
    ['snapname', o.snapname === undefined ? undefined : checkSnapshotName(o.snapname, kind)],
    ['full', o.full],
    ['storage', o.storage === undefined ? undefined : checkStorageId(o.storage)],
    ['description', o.description === undefined ? undefined : checkNoNul(o.description)],
    ['pool', o.pool],
  ]);
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

function shutdownArgs(o: { timeoutSec?: number; forceStop?: boolean }): string[] {
  return options([
    ['timeout', o.timeoutSec === undefined ? undefined : checkInteger(o.timeoutSec, 'shutdown timeout', 0)],
    ['forceStop', o.forceStop],
  ]);
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

const snapDescription = (d: string | undefined): string[] =>
  options([['description', d === undefined ? undefined : checkNoNul(d)]]);

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
export function pctDestroy(vmid: number, o: { purge?: boolean; force?: boolean } = {}): HostCommand {
  return rw(
    'pct',
    'destroy',
    checkVmid(vmid),
    ...options([
      ['purge', o.purge],
      ['force', o.force],
    ]),
  );
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

/** Runs a command in the CT without a host shell: `pct exec VMID -- CMD ARGS...`. */
export function pctExec(vmid: number, command: readonly string[]): HostCommand {
  if (command.length === 0 || command[0] === '') throw new HostCommandInputError('pct exec needs a command');
  return rw('pct', 'exec', checkVmid(vmid), '--', ...command);
}

/** `size` as `+4G` (grow by) or `16G` (absolute; Proxmox refuses to shrink). */
export function pctResize(vmid: number, disk: string, size: string): HostCommand {
  if (!/^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/.test(disk))
    throw new HostCommandInputError(`invalid CT disk ${JSON.stringify(disk)}: expected rootfs or mpN`);
  return rw('pct', 'resize', checkVmid(vmid), disk, checkResizeSize(size));
}

// ---- QEMU (qm) ----

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

const withCiSecret = (argv: string[], s: QemuSettings): HostCommand => ({
  argv,
  readOnly: false,
  ...(s.cipassword !== undefined ? { secrets: [s.cipassword] } : {}),
});

export function qmCreate(
  vmid: number,
  s: QemuSettings & { pool?: string; start?: boolean } = {},
): HostCommand {
  return withCiSecret(
    [
      'qm',
      'create',
      checkVmid(vmid),
      ...qemuSettingArgs(s),
      ...options([
        ['pool', s.pool],
        ['start', s.start],
      ]),
    ],
    s,
  );
}

export function qmSet(vmid: number, s: QemuSettings & { delete?: readonly string[] }): HostCommand {
  const rest = [...qemuSettingArgs(s), ...options([['delete', checkDelete(s.delete)]])];
  nonEmpty(rest, `qm set ${vmid}`);
  return withCiSecret(['qm', 'set', checkVmid(vmid), ...rest], s);
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
export function qmDestroy(vmid: number, o: { purge?: boolean } = {}): HostCommand {
  return rw('qm', 'destroy', checkVmid(vmid), ...options([['purge', o.purge]]));
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
