/**
 * The live state of a Proxmox node or cluster as Phoenix records it: a versioned JSON document
 * read in a constant number of host commands. PR plans diff against a recorded copy of it.
 */
export const LIVE_STATE_VERSION = 1;

export interface LiveSnapshot {
  readonly name: string;
  readonly parent?: string;
  readonly description?: string;
  /** Unix seconds. */
  readonly snaptime?: number;
  /**
   * `prepare` or `delete` while Proxmox takes or deletes the snapshot (`snapstate` of its config
   * section); left behind when that was interrupted, and then the snapshot is not a whole one.
   */
  readonly snapstate?: string;
}

export interface LiveGuest {
  readonly kind: 'lxc' | 'qemu';
  readonly id: number;
  readonly node: string;
  readonly name?: string;
  /** `running`, `stopped`, ... as Proxmox reports it. */
  readonly status: string;
  readonly template: boolean;
  /** Config keys as `pct config` / `qm config` print them (`key: value`), description decoded. */
  readonly config: Readonly<Record<string, string>>;
  /** Changes Proxmox keeps pending until the next start (`[pve:pending]`; `delete` lists removals). */
  readonly pending?: Readonly<Record<string, string>>;
  readonly snapshots: readonly LiveSnapshot[];
  /**
   * The `lock:` property (`create`, `clone`, `disk`, `snapshot`, `backup`, ...): an operation on
   * the guest is running, or was interrupted and left it (markers.ts tells Phoenix's own apart).
   */
  readonly lock?: string;
  readonly tags: readonly string[];
}

export interface LiveStorage {
  readonly id: string;
  readonly type: string;
  readonly content: readonly string[];
  readonly node?: string;
  /** Every node sees the same volumes (`shared` of `/cluster/resources`); absent when not read. */
  readonly shared?: boolean;
}

/** One node of the cluster as read (`pvesh get /cluster/status` and the per-node reads). */
export interface LiveNode {
  readonly name: string;
  readonly online: boolean;
  /** Cluster network address (`ip` of `/cluster/status`): where commands for its guests go. */
  readonly address?: string;
  /** The node the state was read from; commands for the other nodes hop from it (commands/hop.ts). */
  readonly local?: boolean;
  /**
   * LXC templates this node can create from (`STORAGE:vztmpl/FILE`): those on its own storages
   * and on shared ones, sorted; absent when not read.
   */
  readonly templates?: readonly string[];
  /** Bridges of this node (`/nodes/{node}/network`); absent when not read. */
  readonly bridges?: readonly string[];
  /** Entries directly under /dev on this node, sorted; absent when not read. */
  readonly deviceNodes?: readonly string[];
  /** AppArmor profile files in /etc/apparmor.d/lxc on this node, sorted; absent when not read. */
  readonly apparmorProfiles?: readonly string[];
}

export interface LiveState {
  readonly version: typeof LIVE_STATE_VERSION;
  /** ISO time the state was read. */
  readonly readAt: string;
  /** Target description it was read from. */
  readonly target: string;
  readonly nodes: readonly string[];
  /**
   * Per-node facts (address, online, which one was read from, bridges, device nodes, AppArmor
   * profiles), one entry per name of `nodes`; absent in state files written before clusters.
   */
  readonly nodeDetails?: readonly LiveNode[];
  /** Proxmox VE version string when known (e.g. `9.1.2`). */
  readonly pveVersion?: string;
  /** Sorted by id. */
  readonly guests: readonly LiveGuest[];
  readonly storages: readonly LiveStorage[];
  /** Bridges of every online node (their union, as before clusters); each node's in `nodeDetails`. */
  readonly bridges: readonly string[];
  /** LXC templates present in storages (`local:vztmpl/ubuntu-...tar.zst`). */
  readonly templates: readonly string[];
  /** Volumes of `import` content (`local:import/noble-server-cloudimg-amd64.qcow2`); absent when not read. */
  readonly images?: readonly string[];
  /**
   * Entries directly under /dev on the host read from (device nodes such as `/dev/nvidia-uvm`),
   * sorted; absent when not read (an older state file): then nothing is known about them.
   */
  readonly deviceNodes?: readonly string[];
  /** AppArmor profile files in /etc/apparmor.d/lxc (their names, sorted); absent when not read. */
  readonly apparmorProfiles?: readonly string[];
  /**
   * The commit whose config the last successful apply brought this host to (written by the apply
   * action, carried over by a failed one); apply holds the next fresh plan to every pull request
   * merged after it.
   */
  readonly appliedCommit?: string;
}
