/**
 * Where the cluster-wide apply lock lives (cluster-lock.ts): a holder record and one folder per
 * generation under /etc/pve/phoenix, which pmxcfs shows alike on every node of the cluster.
 *
 * Why these places. Proxmox's own cluster lock (`cfs_lock` in PVE::Cluster, pve-cluster) is an
 * atomic `mkdir /etc/pve/priv/lock/NAME` that pmxcfs orders across the cluster; but pmxcfs expires
 * such a folder 120 s after another node asked for it (`utime(0, 0)` on it: cfs-plug-memdb.c
 * `cfs_plug_memdb_utimens` sends the unlock request, memdb.c `memdb_lock_expired` with
 * CFS_LOCK_TIMEOUT grants it), and `cfs_lock` itself bounds the locked code to 60 s. An apply runs
 * for an hour, so the lock cannot be a priv/lock folder. Folders elsewhere under /etc/pve never
 * expire, and their `mkdir` is as atomic cluster-wide (every write goes through the cluster's
 * ordered messages), so the atomic step here is the `mkdir` of the next generation's folder
 * (`apply-lock.d/N`), and the record (`apply-lock.json`) says who holds generation N and when it
 * last renewed. pmxcfs has no compare-and-swap for file contents; cluster-lock.ts never needs one
 * beyond that `mkdir`. Only `mkdir`, `tee`, `cat` and `rmdir` are used.
 */
import { mkdirNew, mkdirP, readFile, rmdirEmpty, writeFile, type HostCommand } from '../proxmox/commands.js';
import type { HostTransport } from '../proxmox/transport.js';
import { HostRunner } from './runner.js';

export const CLUSTER_LOCK_DIR = '/etc/pve/phoenix';
export const CLUSTER_LOCK_RECORD = `${CLUSTER_LOCK_DIR}/apply-lock.json`;
export const CLUSTER_LOCK_GENERATIONS = `${CLUSTER_LOCK_DIR}/apply-lock.d`;

/** Who holds (or last held) the cluster-wide apply lock. */
export interface ClusterLockRecord {
  /** The generation held; its folder `apply-lock.d/GEN` was made by this holder. */
  readonly gen: number;
  readonly state: 'held' | 'released';
  /** The run's lock id. */
  readonly id: string;
  /** `user@machine pid N`. */
  readonly who: string;
  /** The node the runner is connected to. */
  readonly node?: string;
  readonly note?: string;
  readonly run?: string;
  /** The holder process, for the liveness check on its own machine (lock-holder.ts). */
  readonly host?: string;
  readonly pid?: number;
  readonly boot?: string;
  readonly start?: string;
  /** Epoch ms (holder's clock): taken, last renewed, released. */
  readonly since: number;
  readonly heartbeat: number;
  readonly releasedAt?: number;
  /** Set when this holder took the lock over from a holder whose heartbeat had stopped. */
  readonly tookOverFrom?: string;
}

/** A read of the record: absent, unreadable (e.g. caught mid-write), or a record. */
export type RecordRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'garbled'; readonly text: string }
  | { readonly kind: 'record'; readonly record: ClusterLockRecord; readonly text: string };

export interface ClusterLockStore {
  /** Named in messages. */
  readonly where: string;
  /** Makes the parent folders (idempotent). */
  prepare(): Promise<void>;
  /** Atomic cluster-wide: true when this call made generation `gen`'s folder, false when it existed. */
  claim(gen: number): Promise<boolean>;
  read(): Promise<RecordRead>;
  write(record: ClusterLockRecord): Promise<void>;
  /** Removes generation `gen`'s folder, if it can (pruning; failures are ignored). */
  prune(gen: number): Promise<void>;
}

export function parseRecord(text: string): RecordRead {
  try {
    const r = JSON.parse(text) as Partial<ClusterLockRecord>;
    if (
      typeof r === 'object' &&
      r !== null &&
      Number.isInteger(r.gen) &&
      (r.state === 'held' || r.state === 'released') &&
      typeof r.id === 'string' &&
      typeof r.who === 'string' &&
      typeof r.since === 'number' &&
      typeof r.heartbeat === 'number'
    )
      return { kind: 'record', record: r as ClusterLockRecord, text };
  } catch {
    // fall through
  }
  return { kind: 'garbled', text };
}

/** The store on a Proxmox VE node, through its shell transport. */
export class ShellClusterLockStore implements ClusterLockStore {
  readonly where = CLUSTER_LOCK_RECORD;
  private readonly runner: HostRunner;

  constructor(transport: HostTransport) {
    this.runner = new HostRunner(transport);
  }

  private async mustRun(cmd: HostCommand, what: string): Promise<string> {
    const r = await this.runner.once(cmd);
    if (r.exitCode !== 0) throw new Error(`${what} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
    return r.stdout;
  }

  async prepare(): Promise<void> {
    await this.mustRun(mkdirP(CLUSTER_LOCK_GENERATIONS), `making ${CLUSTER_LOCK_GENERATIONS}`);
  }

  async claim(gen: number): Promise<boolean> {
    const r = await this.runner.once(mkdirNew(`${CLUSTER_LOCK_GENERATIONS}/${gen}`, '0755'));
    if (r.exitCode === 0) return true;
    if (/File exists/i.test(r.stderr)) return false;
    throw new Error(`claiming generation ${gen} of the cluster-wide apply lock failed: ${r.stderr.trim()}`);
  }

  async read(): Promise<RecordRead> {
    const r = await this.runner.once(readFile(CLUSTER_LOCK_RECORD));
    if (r.exitCode !== 0) {
      if (/No such file/i.test(r.stderr)) return { kind: 'absent' };
      throw new Error(`reading ${CLUSTER_LOCK_RECORD} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
    }
    return parseRecord(r.stdout);
  }

  async write(record: ClusterLockRecord): Promise<void> {
    await this.mustRun(
      writeFile(CLUSTER_LOCK_RECORD, JSON.stringify(record) + '\n'),
      `writing ${CLUSTER_LOCK_RECORD}`,
    );
  }

  async prune(gen: number): Promise<void> {
    if (gen < 1) return;
    await this.runner.once(rmdirEmpty(`${CLUSTER_LOCK_GENERATIONS}/${gen}`)).catch(() => undefined);
  }
}
