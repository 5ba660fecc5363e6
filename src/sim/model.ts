/**
 * The simulator's state: one JSON document describing a Proxmox VE cluster (nodes, storages,
 * volumes, guests with their config files, appliance templates, access control, ZFS, host files,
 * packages, kernel modules) plus the simulator's own settings (latency, faults, fake exec results).
 * Each area has its own field so later modules (hypervisor setup) can extend it without touching
 * the guest model.
 */
export const SIM_STATE_VERSION = 1;

export type GuestKind = 'lxc' | 'qemu';

/**
 * One section of a guest config file as the simulator holds it. The simulator's own type (read and
 * written by `conf-file.ts`), not Phoenix's: the shape is the same, the code is not shared.
 */
export interface ConfSection {
  /** Decoded description (the `#` lines); containers keep a newline after each line. */
  description?: string;
  /** `key: value` settings. */
  values: Record<string, string>;
  /** Raw `lxc.*` entries in file order (containers only; a key may repeat). */
  lxc?: Array<[string, string]>;
}

/** A guest config file: the current config, `[pve:pending]`/`[PENDING]`, specials, snapshots. */
export interface GuestConf {
  kind: GuestKind;
  main: ConfSection;
  /** `[name]` sections by snapshot name. */
  snapshots: Record<string, ConfSection>;
  /** `[pve:pending]` (containers) or `[PENDING]` (VMs). */
  pending?: ConfSection;
  /** VMs' `[special:NAME]` sections, keyed `special:NAME` (e.g. `special:cloudinit`). */
  special?: Record<string, ConfSection>;
}

export interface SimIface {
  iface: string;
  type: string; // bridge | eth | bond | vlan | OVSBridge | loopback ...
  active?: number;
  autostart?: number;
  method?: string;
  method6?: string;
  cidr?: string;
  address?: string;
  netmask?: string;
  gateway?: string;
  bridge_ports?: string;
  bridge_stp?: string;
  bridge_fd?: string;
  bridge_vlan_aware?: number;
  comments?: string;
  [extra: string]: unknown;
}

export interface SimDisk {
  /** e.g. /dev/sdb */
  path: string;
  sizeBytes: number;
  model?: string;
  serial?: string;
  /** Holds a filesystem, partition table or pool member: never wiped without confirmation. */
  hasData?: boolean;
}

export interface SimZpool {
  name: string;
  vdevs: string[]; // e.g. ['mirror', '/dev/sdb', '/dev/sdc']
  sizeBytes: number;
  properties: Record<string, string>;
  health: string;
}

export interface SimDataset {
  name: string;
  type: 'filesystem' | 'volume' | 'snapshot';
  /** Locally set properties (inherited ones are computed). */
  properties: Record<string, string>;
  usedBytes: number;
}

export interface SimHostFile {
  /** base64 of the bytes. */
  data: string;
  mode?: string;
}

export interface SimNode {
  name: string;
  online: boolean;
  /**
   * The node's cluster network address (corosync ring0, what `PVE::Cluster::remote_node_ip`
   * gives). Usually absent: then it is the node's bridge address (`cluster.ts` `nodeAddress`),
   * so a host shaped later (another vmbr0 address) keeps one address everywhere.
   */
  address?: string;
  /** Interfaces as `pvesh get /nodes/{node}/network` reports them. */
  network: SimIface[];
  /** Host files outside /etc/pve (e.g. /etc/hosts, /etc/network/interfaces.d/*). */
  files: Record<string, SimHostFile>;
  /** Installed Debian packages: name -> version. */
  packages: Record<string, string>;
  /** Loaded kernel modules. */
  kernelModules: string[];
  disks: SimDisk[];
  zpools: Record<string, SimZpool>;
  datasets: Record<string, SimDataset>;
  cpus: number;
  memoryBytes: number;
  kernel: string;
}

export interface SimStorage {
  id: string;
  type: string; // dir | lvmthin | lvm | zfspool | nfs | cifs | rbd | btrfs | pbs ...
  content: string[];
  shared: boolean;
  /** Restricts the storage to these nodes (storage.cfg `nodes`). */
  nodes?: string[];
  disabled?: boolean;
  /** Other storage.cfg options (path, vgname, thinpool, pool, server, export, ...). */
  options: Record<string, string>;
  totalBytes: number;
}

export interface SimVolume {
  storage: string;
  /** Node that holds it ('' for shared storages). */
  node: string;
  volname: string;
  content: string; // images | rootdir | vztmpl | iso | snippets | import | backup
  format: string;
  sizeBytes: number;
  vmid?: number;
  ctime: number;
  /** Storage-level snapshot names (for guests' snapshots). */
  snapshots?: string[];
  /** Set on the volumes of templates. */
  base?: boolean;
}

export interface SimAppliance {
  section: string;
  template: string;
  type: string; // lxc
  os: string;
  version: string;
  headline: string;
  sizeBytes: number;
}

export interface SimGuestFile {
  data: string; // base64
  perms?: string;
  user?: string;
  group?: string;
}

export interface SimExecRecord {
  argv: string[];
  at: number;
  exitCode: number;
}

export interface SimGuest {
  kind: GuestKind;
  vmid: number;
  node: string;
  conf: GuestConf;
  /** Text written directly to the config file (`tee`); shown verbatim until the next change. */
  rawText?: string;
  status: 'running' | 'stopped';
  /** Epoch ms when it was last started. */
  startedAt?: number;
  /** QEMU: the guest agent is installed in the image and answers once booted. */
  agentInstalled?: boolean;
  /** Files pushed into (or written inside) the guest. */
  fs: Record<string, SimGuestFile>;
  /** The guest's files as each snapshot captured them (restored by rollback, copied by clones). */
  fsSnapshots?: Record<string, Record<string, SimGuestFile>>;
  execLog: SimExecRecord[];
  /** Epoch ms of the last `qm cloudinit update`. */
  cloudinitAt?: number;
}

export interface SimUser {
  userid: string;
  enable: number;
  expire: number;
  firstname?: string;
  lastname?: string;
  email?: string;
  comment?: string;
  groups: string[];
  /** Hash (or marker) of the password; never the clear text. */
  passwordSet?: boolean;
  tokens: Record<string, { privsep: number; expire: number; comment?: string; secret: string }>;
}

export interface SimAcl {
  path: string;
  type: 'user' | 'group' | 'token';
  ugid: string;
  roleid: string;
  propagate: number;
}

export interface SimAccess {
  users: Record<string, SimUser>;
  groups: Record<string, { groupid: string; comment?: string }>;
  roles: Record<string, { roleid: string; privs: string[]; special: number }>;
  acl: SimAcl[];
  pools: Record<string, { poolid: string; comment?: string; members: number[] }>;
}

/** A fake result for commands run inside guests (`pct exec`, `qm guest exec`). */
export interface SimExecRule {
  /** Only for this guest (any guest when absent). */
  vmid?: number;
  /** JavaScript regular expression matched against the argv joined by single spaces. */
  match: string;
  exitCode?: number;
  stdout?: string;
  stderr?: string;
  /** Apply only this many times (unlimited when absent); decremented as it fires. */
  times?: number;
}

export interface SimFaultRule {
  /** Operation key, e.g. `pct clone`, `qm guest cmd`, `pvesh get`, `grep`, or `*`. */
  op: string;
  /** Fires on the Nth call of `op` (1-based), counted across processes. */
  nth?: number;
  /** Fires this many consecutive times from `nth` on (default 1). */
  times?: number;
  /** Only calls whose argv (joined by spaces) matches this regular expression count. */
  match?: string;
  /** `fail` (default): exit with `exitCode` and `message`; `drop`: the connection goes away. */
  action?: 'fail' | 'drop';
  exitCode?: number;
  message?: string;
  /** For `drop`: drop before the command runs (default) or after it changed the state. */
  when?: 'before' | 'after';
}

export interface SimLatencySettings {
  profile?: 'zero' | 'realistic';
  scale?: number;
  /** Milliseconds per operation key, overriding the profile. */
  ops?: Record<string, number>;
}

export interface SimSettings {
  latency: SimLatencySettings;
  faults: SimFaultRule[];
  execResults: SimExecRule[];
  /** QEMU guest agent boot time in ms (before scaling); default from the latency profile. */
  agentBootMs?: number;
  /** How long a command waits for a guest's busy config lock (Proxmox: 10 s). */
  lockTimeoutMs?: number;
  /** Prefix for generated MAC addresses (Proxmox's default OUI is BC:24:11). */
  macPrefix: string;
}

export interface SimState {
  version: typeof SIM_STATE_VERSION;
  pve: { version: string; release: string; repoid: string };
  cluster: {
    name?: string;
    /** corosync.conf `config_version` (default: one per node, as each `pvecm add` bumps it). */
    version?: number;
  };
  /** The node that local commands (`pct`, `qm`, files) run on. */
  localNode: string;
  nodes: Record<string, SimNode>;
  storages: Record<string, SimStorage>;
  volumes: SimVolume[];
  guests: Record<string, SimGuest>;
  appliances: SimAppliance[];
  access: SimAccess;
  /** Files under /etc/pve other than guest configs (cluster-wide). */
  clusterFiles: Record<string, SimHostFile>;
  /** Folders made under /etc/pve (cluster-wide, e.g. /etc/pve/priv/lock/ID), by path. */
  clusterDirs?: Record<string, { mtime: number }>;
  settings: SimSettings;
  /** Calls per operation key (for `nth` faults). */
  counters: Record<string, number>;
  /** Config locks held by running commands (`lock_config`): vmid -> holder. */
  flocks: Record<string, { holder: string; pid: number; at: number }>;
  /** Sequence for generated MACs and UUIDs, so runs are reproducible. */
  seq: number;
}

export function guestKey(vmid: number): string {
  return String(vmid);
}

export function guestTypeName(kind: GuestKind): 'CT' | 'VM' {
  return kind === 'lxc' ? 'CT' : 'VM';
}
