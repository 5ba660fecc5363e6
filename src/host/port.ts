/**
 * The host port: every operation apply needs from a Proxmox host, at the level of what it means
 * (read the state, take the apply lock, create/clone/set/start/stop/snapshot/template/destroy a
 * guest, write its firewall, run a script inside it, write a host file), with the capabilities the
 * host declares. Apply talks only to this interface. `ShellHostPort` implements it with the
 * command builders over a HostTransport (argv stays the audit contract); a host reached another
 * way (say the Proxmox HTTPS API) implements it anew and is opened by `openHostPort`.
 *
 * Failures are `HostCommandFailed` (failure.ts) with typed fields: `transient` (retried by the
 * port under the call's policy), `kind` (`unsupported`, `not-finished`, `failed`), `exitCode`.
 */
import type { LiveNode, LiveState } from '../model/live-state.js';
import type { FirewallRule, GuestKind } from '../model/types.js';
import type { CloneOptions, PctCreateOptions, PctSetOptions, QemuSettings } from '../proxmox/commands.js';
import type { ReadLiveStateOptions } from '../proxmox/state-reader.js';
import type { HostLockOptions } from './host-lock.js';
import type { RetryPolicy } from './retry.js';
import type { RetryListener } from './runner.js';

/** A host folder to make, owned by numeric ids. */
export interface HostDirSpec {
  readonly path: string;
  readonly uid: number;
  readonly gid: number;
}

/** What a host can do; apply checks these before it relies on one. */
export interface HostCapabilities {
  /** Commands and files inside guests (`pct exec`/`pct push`, the QEMU guest agent). */
  readonly canExecInGuest: boolean;
  /** Raw `lxc.*` lines in a container's config file, which Proxmox's own tools cannot set. */
  readonly canWriteRawConfig: boolean;
  /** The embedded simulator, not a real node. */
  readonly isSimulator: boolean;
  /** Every command runs through `sudo -n` and must be on the runner's sudoers allow-list. */
  readonly supportsSudo: boolean;
}

/**
 * A guest, and the node it lives on when known: every command of an operation on it runs on that
 * node (through the node hop when it is not the connected one). Without a node: the connected one.
 */
export interface GuestRef {
  readonly kind: GuestKind;
  readonly id: number;
  readonly node?: string;
}

/** Where a migration takes the guest (the plan's `migrate` step carries these). */
export interface GuestMove {
  /** The node it moves to. */
  readonly to: string;
  /** A running VM moves live (`qm migrate --online`). */
  readonly online: boolean;
  /** A running container is shut down, moved and started there (`pct migrate --restart`). */
  readonly restart: boolean;
  /** A VM's disks on node-local storage are copied along (`--with-local-disks`). */
  readonly withLocalDisks: boolean;
  /** Seconds the shutdown of a container's restart migration may take. */
  readonly timeoutSec?: number;
}

/** How the operations of one port view are retried. */
export interface CallPolicy {
  readonly retry: RetryPolicy;
  /** Told about each retry (apply counts them per step). */
  readonly onRetry?: RetryListener;
}

/** Per-call overrides of the view's policy. */
export interface CallOptions {
  readonly retry?: RetryPolicy;
  /** Retry any failure, not only transient ones. */
  readonly retryAll?: boolean;
}

/** An idempotent operation: `already` when the guest was in that state (nothing changed). */
export interface Outcome {
  readonly already: boolean;
}

/** What a command inside a guest did. */
export type GuestExecResult =
  | { readonly status: 'exited'; readonly exitCode: number; readonly stdout: string; readonly stderr: string }
  /** Still running when the host stopped waiting for it. */
  | { readonly status: 'running' }
  /** The host's answer could not be read. */
  | { readonly status: 'unreadable'; readonly text: string };

/** The answer of a guest agent ping. */
export interface AgentPing {
  readonly answered: boolean;
  /** The host's message when the agent did not answer. */
  readonly message: string;
}

/** The apply lock while this run holds it. */
export interface HeldLock {
  readonly id: string;
  release(): Promise<void>;
}

/** The settings of a container's creation: its template, config and first tags/description. */
export type ContainerSpec = PctCreateOptions;
/** The settings of a VM's creation. */
export type VmSpec = QemuSettings;
export type ContainerSettings = PctSetOptions;
export type VmSettings = QemuSettings & { readonly delete?: readonly string[] };

export interface HostPort {
  /** Human-readable target, e.g. `sim:/tmp/state.json`, `local`, `ssh://root@pve:22`. */
  readonly description: string;
  readonly capabilities: HostCapabilities;
  /** The same host, its operations retried by `policy`. */
  withPolicy(policy: CallPolicy): HostPort;
  close(): Promise<void>;

  /** Reads the state; a shell host also learns the cluster's nodes from it (see `useCluster`). */
  readState(options?: ReadLiveStateOptions): Promise<LiveState>;
  /**
   * The cluster's nodes (`LiveState.nodeDetails`), for the node each guest operation runs on;
   * absent or empty: keep what is known. Views from `withPolicy` share it.
   */
  useCluster(nodes: readonly LiveNode[] | undefined): void;
  /** Waits for and takes the host-wide apply lock. */
  acquireLock(options: HostLockOptions): Promise<HeldLock>;

  // making guests
  /**
   * Downloads a container template (`STORAGE`, `FILE` of `STORAGE:vztmpl/FILE`) on `node` (a
   * storage that is not shared holds it per node).
   */
  downloadTemplate(storage: string, file: string, node?: string): Promise<void>;
  /** Creates the container on `guest.node`. */
  createContainer(guest: GuestRef, template: string, spec: ContainerSpec): Promise<void>;
  /** Creates the VM on `guest.node`; `sshkeys`: authorized keys for cloud-init, as text. */
  createVm(guest: GuestRef, spec: VmSpec, sshkeys?: string): Promise<void>;
  /** Imports a disk image (a volume id of `import` content, or a host file) as `targetDisk` of the VM. */
  importVmDisk(guest: GuestRef, image: string, storage: string, targetDisk: string): Promise<void>;
  /**
   * A full clone of `source` as `target.id`, named `name`, run on the source's node;
   * `options.target` makes it land on another node (`--target`, shared storage only).
   */
  cloneGuest(
    target: GuestRef,
    source: GuestRef,
    options: CloneOptions & { readonly name: string },
  ): Promise<void>;
  /** Moves the guest from `guest.node` to `move.to` (`pct migrate`/`qm migrate` run on its node). */
  migrate(guest: GuestRef, move: GuestMove): Promise<void>;

  // configuring guests
  setContainer(guest: GuestRef, settings: ContainerSettings): Promise<void>;
  setVm(guest: GuestRef, settings: VmSettings, sshkeys?: string): Promise<void>;
  /** The guest's description and/or tags. */
  setMeta(guest: GuestRef, meta: { description?: string; tags?: readonly string[] }): Promise<void>;
  /** Makes the container's raw `lxc.*` lines exactly `lines` (`canWriteRawConfig`). */
  setRawLxcLines(guest: GuestRef, lines: readonly string[]): Promise<void>;
  resizeDisk(guest: GuestRef, disk: string, size: string): Promise<void>;
  /**
   * Makes each folder (with its parents) on `node` (the node of the container that mounts them)
   * and gives it the owner ids; contents are kept.
   */
  makeHostDirs(dirs: readonly HostDirSpec[], node?: string): Promise<void>;
  /**
   * Copies a disk, data included, to `storage`; Proxmox keeps the source as an unused volume (it
   * refuses to delete a source that snapshots use). A container must be stopped.
   */
  moveVolume(guest: GuestRef, disk: string, storage: string): Promise<void>;
  /**
   * Hands container `from`'s volume under `key` (`mpN`/`unusedN`), data included, to container
   * `to` (on the same node) under `toKey`; Proxmox renames it to `to`'s id. The source must be
   * stopped unless `key` is `unusedN`.
   */
  reassignVolume(from: GuestRef, key: string, to: number, toKey: string): Promise<void>;
  /** A `vzdump` backup of the guest onto `storage` (stop mode). */
  backup(guest: GuestRef, storage: string): Promise<void>;
  writeFirewall(guest: GuestRef, enabled: boolean, rules: readonly FirewallRule[]): Promise<void>;

  // lifecycle
  start(guest: GuestRef, call?: CallOptions): Promise<Outcome>;
  /** A clean shutdown, stopped after `timeoutSec`. */
  shutdown(guest: GuestRef, timeoutSec: number): Promise<Outcome>;
  /** A hard stop. */
  stop(guest: GuestRef): Promise<Outcome>;
  snapshot(guest: GuestRef, name: string, description: string): Promise<void>;
  /**
   * `missingOk`: a snapshot that does not exist counts as deleted (`already`); `force`: delete an
   * incomplete one too (`--force`: its volume snapshots may be missing).
   */
  deleteSnapshot(
    guest: GuestRef,
    name: string,
    options?: { missingOk?: boolean; force?: boolean },
  ): Promise<Outcome>;
  rollback(guest: GuestRef, snapshot: string, options: { start: boolean }): Promise<void>;
  template(guest: GuestRef): Promise<void>;
  /**
   * Destroys the guest and its disks; `unreferenced`: also volumes of its id that no config key
   * names (what an interrupted create or disk import leaves on the storage).
   */
  destroy(guest: GuestRef, options?: { unreferenced?: boolean }): Promise<void>;
  /** The guest's `lock:` property now (undefined: not locked). */
  guestLock(guest: GuestRef): Promise<string | undefined>;
  /** Clears the guest's `lock:` property (only for a lock Phoenix's own run left). */
  unlock(guest: GuestRef): Promise<void>;

  // inside guests (`canExecInGuest`)
  /** One read-only agent ping (VMs); undefined for containers, which have no agent. */
  pingAgent(guest: GuestRef): Promise<AgentPing | undefined>;
  /** Runs `argv` inside the guest, stopped after `timeoutSec` (containers and VMs alike). */
  runInGuest(guest: GuestRef, argv: readonly string[], timeoutSec?: number): Promise<GuestExecResult>;
  writeGuestFile(guest: GuestRef, path: string, content: string, perms: string): Promise<GuestExecResult>;

  // host files (on the connected node)
  /** A text file on the host; undefined when it does not exist. */
  readHostFile(path: string): Promise<string | undefined>;
  writeHostFile(path: string, content: string): Promise<void>;
}
