/**
 * The Plan: a versioned, serialisable value that says exactly what apply will do to which guest and
 * in which order. Modelled on Terraform's `internal/plans`: apply reads nothing but this value, and
 * the "N to create, N to change, N to destroy" line is counted by the renderers, not stored.
 */
import type { FirewallRule, GuestKind } from '../model/types.js';
import type { GuestMarker } from './markers.js';

export const PLAN_VERSION = 1;

/** What happens to one guest. `clone` is a create from another guest; `replace` destroys, then creates. */
export type PlanAction = 'create' | 'clone' | 'update' | 'replace' | 'delete' | 'no-op';

export function isReplace(action: PlanAction): boolean {
  return action === 'replace';
}

/** A new guest comes into existence (create, clone, or the second half of a replace). */
export function isCreate(action: PlanAction): boolean {
  return action === 'create' || action === 'clone';
}

/** `live-state`: planned against a live host or its recorded state; `config-diff`: against the old config. */
export type PlanBasis = 'live-state' | 'config-diff';

/** `normal` brings the host to the config; `drift` is the same plan run on a schedule to report differences. */
export type PlanMode = 'normal' | 'drift';

/** When a changed key takes effect: at once, after a restart, or only by rebuilding the guest. */
export type ChangeEffect = 'live' | 'restart' | 'rebuild';

/**
 * How a change came about (plan/last-applied.ts): `outside`: the live value was changed behind
 * Phoenix's back (the config still says what Phoenix last applied); `both`: that, and the config
 * was edited too. Absent: a config edit, or unknown (no record of what was last applied).
 */
export type DiffOrigin = 'outside' | 'both';

/** One changed Proxmox config key (or a Phoenix-level field such as `source`). Values are display forms. */
export interface FieldDiff {
  readonly key: string;
  /** Live value; absent when the key is being added. */
  readonly from?: string;
  /** Desired value; absent when the key is being removed. */
  readonly to?: string;
  readonly effect: ChangeEffect;
  /** Short remark for the reader, e.g. `grow`. */
  readonly note?: string;
  /** Set when the change was made outside Phoenix (drift); absent for a config edit. */
  readonly origin?: DiffOrigin;
}

/** A data volume a rebuild keeps: its key before (`from`) and after (`to`) one hand-over. */
export interface KeptVolume {
  readonly from: string;
  readonly to: string;
  /** The volume id before the hand-over (Proxmox renames it to the receiving container's id). */
  readonly volume: string;
  readonly mountPath?: string;
  readonly size?: string;
}

/** A host folder a container bind-mounts, owned by the host ids of the container's root. */
export interface HostDir {
  readonly path: string;
  readonly uid: number;
  readonly gid: number;
}

/**
 * One unit of work on one guest, in lifecycle order. Every step carries the data apply needs, so
 * apply never re-derives intent from the config. Config values use Proxmox's command syntax
 * (`rootfs: local-lvm:32` allocates a 32 GiB volume).
 */
export type Step =
  /**
   * Stop (when running) and destroy the guest, including its volumes. `incomplete`: a guest whose
   * make step never finished (it holds no data): its make lock is cleared first (`unlock`) and
   * volumes of its id that no key names (an interrupted disk import's) go too.
   */
  | { readonly op: 'destroy'; readonly running: boolean; readonly incomplete?: true; readonly unlock?: true }
  /** Clear a lock (`lock`) that an interrupted Phoenix run left on the guest (`pct`/`qm unlock`). */
  | { readonly op: 'unlock'; readonly lock: string }
  /**
   * LXC: `pct create ID SOURCE` with `config`; VM: `qm create` with `config`, import `source` (a cloud
   * image) as the first disk, add the cloud-init drive. `download`: fetch the LXC template first.
   */
  | {
      readonly op: 'create';
      readonly source: string;
      readonly download: boolean;
      readonly storage: string;
      readonly diskGb: number;
      readonly config: Readonly<Record<string, string>>;
      /** Raw `lxc.*` lines for the CT config file (`key: value`), in order. */
      readonly lxcRaw: readonly string[];
      /** Bind-mount source folders made on the host first (plan/host-dirs.ts). */
      readonly hostDirs?: readonly HostDir[];
    }
  /**
   * Full clone of `source` onto `storage`: from `snapshot` when the source is a guest that names a
   * `template_snapshot_name`; a template is cloned from itself (no snapshot).
   */
  | {
      readonly op: 'clone';
      readonly source: number;
      readonly snapshot?: string;
      readonly storage: string;
      readonly name: string;
      /**
       * Node the clone lands on when it differs from the source's (`--target`; Proxmox allows it
       * only from shared storage). A clone that must cross nodes from node-local storage is made on
       * the source's node and followed by a `migrate` step instead.
       */
      readonly target?: string;
    }
  /**
   * Move the guest to node `to` (`pct migrate` / `qm migrate`, run on node `from`), never by
   * destroy and create. `online`: a running VM moves live (`--online`); `restart`: a running
   * container is shut down, moved and started again (`--restart`); `withLocalDisks`: a VM's disks
   * on node-local storage are copied along (`--with-local-disks`).
   */
  | {
      readonly op: 'migrate';
      readonly from: string;
      readonly to: string;
      readonly online: boolean;
      readonly restart: boolean;
      readonly withLocalDisks: boolean;
    }
  /** `pct set` / `qm set`: keys to set and keys to delete; `lxcRaw` replaces the CT file's `lxc.*` lines. */
  | {
      readonly op: 'configure';
      readonly set: Readonly<Record<string, string>>;
      readonly delete: readonly string[];
      readonly lxcRaw?: readonly string[];
      /** Bind-mount source folders made on the host first (plan/host-dirs.ts). */
      readonly hostDirs?: readonly HostDir[];
    }
  /** Grow a disk to an absolute size (`32G`). */
  | { readonly op: 'resize'; readonly disk: string; readonly size: string }
  /**
   * Move a disk, data included, to another storage (`pct move-volume` / `qm disk move`); Proxmox
   * keeps the source as an `unusedN` volume. It moves container volumes only while the container
   * is stopped: apply stops a running container first and starts it again afterwards.
   */
  | { readonly op: 'move-volume'; readonly disk: string; readonly storage: string }
  /**
   * A `vzdump` backup of the guest onto `storage` (a storage with `backup` content), taken before a
   * step that deletes a volume's data. `volumes`: the volumes whose data it holds.
   */
  | {
      readonly op: 'backup';
      readonly mode: 'snapshot' | 'stop';
      readonly storage: string;
      readonly volumes: readonly string[];
    }
  /**
   * Before a container rebuild: make the holder container `holder` (when `create`, from
   * `template` with a 1 GiB root disk on `storage`, never started), stop the guest, delete its
   * snapshots (Proxmox moves no volume a snapshot uses), then hand each volume to the holder
   * (`pct move-volume --target-vmid`), data included. The destroy that follows frees none of them.
   */
  | {
      readonly op: 'park-volumes';
      readonly holder: number;
      readonly create: boolean;
      /** A holder whose create was interrupted is there (it holds nothing): unlock and destroy it first. */
      readonly remake?: true;
      readonly template: string;
      readonly storage: string;
      readonly deleteSnapshots: readonly string[];
      readonly volumes: readonly KeptVolume[];
    }
  /**
   * After the guest is made again: hand each parked volume back from the holder (`from`) to the
   * guest (`to`: the `mpN` that holds its mount path, or an `unusedN`), then destroy the empty holder.
   */
  | { readonly op: 'unpark-volumes'; readonly holder: number; readonly volumes: readonly KeptVolume[] }
  /** Delete a detached volume and its data (`pct set --delete unusedN`); needs `--allow-data-loss`. */
  | { readonly op: 'destroy-volume'; readonly key: string; readonly volume: string }
  /** Write the guest firewall (`/etc/pve/firewall/ID.fw`). */
  | { readonly op: 'firewall'; readonly enabled: boolean; readonly rules: readonly FirewallRule[] }
  | { readonly op: 'start' }
  | { readonly op: 'stop' }
  | { readonly op: 'restart' }
  /** VM: wait (bounded) until the QEMU guest agent answers. */
  | { readonly op: 'wait-agent' }
  /** Push `features/NAME.sh` (content hash `hash`) and run it with the guest config as JSON. */
  | { readonly op: 'feature'; readonly name: string; readonly script: string; readonly hash: string }
  | { readonly op: 'app-script'; readonly script: string; readonly hash: string }
  /**
   * Push `tests/PATH` and run it like a script after the health check; `blocking`: a failure
   * fails the guest, else it is reported only. A test script missing from the config dir is
   * reported as not run.
   */
  | {
      readonly op: 'test';
      readonly suite: string;
      readonly name: string;
      readonly script: string;
      readonly hash: string;
      readonly blocking: boolean;
    }
  | {
      readonly op: 'health-check';
      readonly command: string;
      readonly retries: number;
      readonly interval: number;
    }
  /** Take a snapshot; `replace`: an older one of that name exists and is deleted first. */
  | {
      readonly op: 'snapshot';
      readonly name: string;
      readonly purpose: 'lifecycle' | 'template';
      readonly replace: boolean;
    }
  /**
   * Convert to a template (the guest is stopped first when running). Proxmox refuses a guest with
   * snapshots: `deleteSnapshots` (Phoenix's own) are deleted first.
   */
  | {
      readonly op: 'template';
      readonly deleteSnapshots?: readonly string[];
      /**
       * A VM made from a cloud image: booted once, sealed (cloud-init forgotten, machine id
       * emptied) and shut down before the conversion, so its clones get their own identity.
       */
      readonly seal?: true;
    }
  /** Write the done-record and the managed tag (see markers.ts). Apply updates it after each step too. */
  | { readonly op: 'record'; readonly marker: GuestMarker; readonly tags: readonly string[] };

export type StepOp = Step['op'];

/** A volume whose data a plan deletes (listed under "Data loss" in every rendering). */
export interface LostVolume {
  /** The config key that holds it (`mp0`, `unused1`, `rootfs`). */
  readonly key: string;
  /** Mount path in the guest, when mounted. */
  readonly mountPath?: string;
  /** The step that deletes it. */
  readonly reason: string;
  /** Size as Proxmox prints it (`8G`), when known. */
  readonly size?: string;
  /** Volume id (`local-lvm:vm-950-disk-1`). */
  readonly volume: string;
}

export interface GuestChange {
  /** `ct/950` or `vm/8001`. */
  readonly address: string;
  readonly id: number;
  readonly kind: GuestKind;
  readonly name: string;
  /**
   * Cluster node the guest is on or goes to (plan/placement.ts): the config's `node`, else the
   * hypervisor file's `cluster.default_node`, else the node it lives on, else the host's only node;
   * absent when unknown (a new guest on a larger cluster, which is a plan error, or config against
   * config). A `migrate` step moves it there first.
   */
  readonly node?: string;
  readonly action: PlanAction;
  /** Why, for the reader only; apply never decides on it. */
  readonly reasons: readonly string[];
  readonly diffs: readonly FieldDiff[];
  readonly steps: readonly Step[];
  /** The guest ends up a template. */
  readonly template: boolean;
  /** The clone source named in the config (and the snapshot clones start from), for any action. */
  readonly cloneOf?: { readonly id: number; readonly snapshot?: string };
  /** Data volumes the change deletes (mount point and unused volumes); absent when none. */
  readonly dataLoss?: readonly LostVolume[];
  /** Guests it depends on (from the config), by id. */
  readonly dependencies: readonly number[];
  /** Addresses of changed guests in this plan that must finish first (through unchanged ones). */
  readonly waitFor: readonly string[];
  /** Index into `Plan.layers`; absent for no-op guests. */
  readonly layer?: number;
  /**
   * Hash of the JSON that feature and application scripts receive (`scriptInputOf` and
   * `scriptInputHash` in guest-plan.ts); set when the guest runs scripts. Like script contents, the
   * input is not embedded: apply builds it from the config and refuses when the hash differs.
   */
  readonly scriptInputHash?: string;
}

/** A guest Phoenix manages that left the config and is kept. */
export interface RetainedGuest {
  readonly address: string;
  readonly id: number;
  readonly kind: GuestKind;
  readonly name: string;
  readonly reason: string;
}

/** A guest on the host without the Phoenix tag and not in the config: listed, never touched. */
export interface UnmanagedGuest {
  readonly address: string;
  readonly id: number;
  readonly kind: GuestKind;
  readonly name: string;
  readonly template: boolean;
}

export interface HypervisorDiff {
  /** A need's kind from src/plan/host-gaps.ts (`storage`, `bridge`, `cloud-image`, ...). */
  readonly kind: string;
  readonly name: string;
  readonly message: string;
  /** Addresses of the guests that reference it. */
  readonly usedBy: readonly string[];
}

export interface PlanMessage {
  readonly address?: string;
  readonly message: string;
}

/** Fields that describe how the plan was made and change from run to run; excluded from the hash. */
export interface PlanMeta {
  readonly target?: string;
  readonly readAt?: string;
  readonly pveVersion?: string;
  readonly createdAt?: string;
  /** The cluster's nodes, when the live state had more than one (renderers then name each guest's node). */
  readonly nodes?: readonly string[];
}

export interface Plan {
  readonly version: typeof PLAN_VERSION;
  readonly mode: PlanMode;
  readonly basis: PlanBasis;
  /** Every desired guest and every guest planned for deletion, sorted by id. */
  readonly changes: readonly GuestChange[];
  /** Addresses of changed guests by topological layer; guests in one layer may run in parallel. */
  readonly layers: readonly (readonly string[])[];
  readonly retained: readonly RetainedGuest[];
  readonly unmanaged: readonly UnmanagedGuest[];
  readonly hypervisor: readonly HypervisorDiff[];
  readonly errors: readonly PlanMessage[];
  readonly warnings: readonly PlanMessage[];
  /**
   * For the reader: the settings (display forms) each clone source gives the guests cloned from it,
   * by `SOURCE@STORAGE` (a clone step's source and storage); absent when nothing is cloned. A new
   * clone's settings are its own diffs plus the rest of these.
   */
  readonly cloneSources?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Planning failed: inspect only, never apply. */
  readonly errored: boolean;
  /** Planning succeeded and something changes. */
  readonly applyable: boolean;
  /** Every guest got an action. */
  readonly complete: boolean;
  /** Set when the plan was narrowed with `--only` (select.ts); hashed like the rest. */
  readonly selection?: PlanSelection;
  /** sha256 of the canonical form (see plan-file.ts). */
  readonly hash: string;
  readonly meta: PlanMeta;
}

/** What `--only` kept and left out (select.ts). */
export interface PlanSelection {
  /** The patterns given, deduplicated and sorted. */
  readonly only: readonly string[];
  /** Guests kept because a named guest needs them (clone sources, dependencies). */
  readonly added: readonly string[];
  /** Guests with changes that the selection left out. */
  readonly leftOut: readonly string[];
}

export function guestAddress(kind: GuestKind, id: number): string {
  return `${kind === 'lxc' ? 'ct' : 'vm'}/${id}`;
}

/** `CT 950` / `VM 8001`. */
export function guestLabel(kind: GuestKind, id: number): string {
  return `${kind === 'lxc' ? 'CT' : 'VM'} ${id}`;
}
