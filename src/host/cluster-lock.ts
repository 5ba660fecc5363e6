/**
 * The cluster-wide apply lock: one holder across every node of a Proxmox VE cluster, so two
 * runners connected to different nodes never interleave (the host-wide queue of host-lock.ts
 * lives in /run/lock of one node and cannot see the other nodes' runners).
 *
 * Protocol, over a `ClusterLockStore` (cluster-lock-store.ts: a record and one folder per
 * generation under /etc/pve/phoenix, shared by pmxcfs):
 * - Take: read the record. When it is absent or released, `mkdir` generation N+1's folder. That
 *   `mkdir` is atomic cluster-wide, as in Proxmox's `cfs_lock` (PVE::Cluster), so exactly one
 *   contender makes it; it writes the record (held, generation N+1, who, node, pid, heartbeat),
 *   reads it back after a moment and holds the lock when the record is still its own.
 * - Hold: renew the heartbeat every quarter of the stale bound, for as long as the run takes
 *   (unlike a priv/lock folder, which pmxcfs expires after 120 s: see the store's comment). A
 *   renewal that finds another holder's record says the lock was lost.
 * - Release: write the record as released (and prune the previous generation's folder).
 * - Stale holder: a waiter watches the record; when its heartbeat has not changed for `staleMs` on
 *   the waiter's own clock (no clock skew between machines matters), or the holder ran on this
 *   machine and its process is gone (lock-holder.ts), the waiter takes over by claiming the next
 *   generation, never silently: it warns naming the holder, and the record keeps `tookOverFrom`.
 *   A contender that made a generation's folder and died before writing the record blocks the
 *   others for `staleMs`; then the next generation is tried.
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { UserError, getErrorMessage } from '../util/errors.js';
import type { ClusterLockRecord, ClusterLockStore, RecordRead } from './cluster-lock-store.js';
import { githubRunUrl, localLiveness, selfIdentity } from './lock-holder.js';

export interface ClusterLockOptions {
  /** Give up waiting after this long (ms). */
  readonly timeoutMs: number;
  /** A holder whose heartbeat has not changed for this long is gone (default 120 s). */
  readonly staleMs?: number;
  /** How often a waiter re-reads the record (default 1 s). */
  readonly pollMs?: number;
  /** The node this runner is connected to (recorded, and named to the others). */
  readonly node?: string;
  readonly note?: string;
  readonly onWait?: (holder: ClusterLockRecord) => void;
  readonly onWarning?: (message: string) => void;
  readonly now?: () => number;
  readonly env?: NodeJS.ProcessEnv;
  /** Who this process is (default: this machine's user, host and pid). */
  readonly identity?: { who: string; host: string; pid: number; boot?: string; start?: string };
}

export const DEFAULT_CLUSTER_STALE_MS = 120_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function time(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

/** `run ID by WHO on node N (note), holding it since T, last heartbeat T`. */
export function describeClusterHolder(r: ClusterLockRecord): string {
  return (
    `run ${r.id} by ${r.who}${r.node ? ` on node ${r.node}` : ''}${r.note ? ` (${r.note})` : ''}, ` +
    `holding it since ${time(r.since)}, last heartbeat ${time(r.heartbeat)}${r.run ? ` (${r.run})` : ''}`
  );
}

function defaultIdentity(): NonNullable<ClusterLockOptions['identity']> {
  const self = selfIdentity();
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no user database entry
  }
  return { who: `${user}@${self.host} pid ${self.pid}`, ...self };
}

/** The record's holder is a process of this machine that no longer runs. */
function holderDeadHere(r: ClusterLockRecord): boolean {
  if (typeof r.host !== 'string' || typeof r.pid !== 'number') return false;
  return (
    localLiveness({
      host: r.host,
      pid: r.pid,
      ...(r.boot ? { boot: r.boot } : {}),
      ...(r.start ? { start: r.start } : {}),
    }) === 'dead'
  );
}

const sameText = (a: RecordRead, b: RecordRead): boolean =>
  a.kind === b.kind && (a.kind === 'absent' || (a as { text: string }).text === (b as { text: string }).text);

export class ClusterLock {
  private timer?: NodeJS.Timeout;
  private released = false;
  private lost = false;

  private constructor(
    private readonly store: ClusterLockStore,
    private record: ClusterLockRecord,
    private readonly now: () => number,
    private readonly warn: (m: string) => void,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get generation(): number {
    return this.record.gen;
  }

  static async acquire(store: ClusterLockStore, o: ClusterLockOptions): Promise<ClusterLock> {
    const now = o.now ?? Date.now;
    const staleMs = o.staleMs ?? DEFAULT_CLUSTER_STALE_MS;
    const pollMs = o.pollMs ?? 1000;
    const warn = o.onWarning ?? (() => undefined);
    const me = o.identity ?? defaultIdentity();
    const id = randomBytes(6).toString('hex');
    const run = githubRunUrl(o.env ?? process.env);
    const started = now();
    await store.prepare();
    /** The record as last seen, and since when (waiter's clock) it has not changed. */
    let seen: { read: RecordRead; at: number } | undefined;
    /** A generation whose folder exists but whose record was not written (yet), and since when. */
    let blocked: { gen: number; at: number } | undefined;
    let lastGen = 0;
    let waitingFor: string | undefined;
    for (;;) {
      const read = await store.read();
      if (!seen || !sameText(seen.read, read)) seen = { read, at: now() };
      const rec = read.kind === 'record' ? read.record : undefined;
      if (rec) lastGen = Math.max(lastGen, rec.gen);
      const unchangedFor = now() - seen.at;
      const free = read.kind === 'absent' || rec?.state === 'released';
      const stale = !free && (unchangedFor >= staleMs || (rec !== undefined && holderDeadHere(rec)));
      let target: number | undefined = free || stale ? lastGen + 1 : undefined;
      if (target !== undefined && blocked && blocked.gen >= target)
        // Someone made that folder: wait for its record, unless it never came.
        target = now() - blocked.at >= staleMs ? blocked.gen + 1 : undefined;
      if (target !== undefined) {
        if (await store.claim(target)) {
          const mine: ClusterLockRecord = {
            gen: target,
            state: 'held',
            id,
            who: me.who,
            ...(o.node ? { node: o.node } : {}),
            ...(o.note ? { note: o.note } : {}),
            ...(run ? { run } : {}),
            host: me.host,
            pid: me.pid,
            ...(me.boot ? { boot: me.boot } : {}),
            ...(me.start ? { start: me.start } : {}),
            since: now(),
            heartbeat: now(),
            ...(stale && rec ? { tookOverFrom: rec.id } : {}),
          };
          await store.write(mine);
          await sleep(Math.min(pollMs, 1000));
          const back = await store.read();
          if (back.kind === 'record' && back.record.id === id) {
            if (stale)
              warn(
                `took over the cluster-wide apply lock (${store.where}) from ` +
                  (rec
                    ? `${describeClusterHolder(rec)}: its heartbeat has not changed for ${Math.round(unchangedFor / 1000)} s`
                    : `an unreadable holder record unchanged for ${Math.round(unchangedFor / 1000)} s`),
              );
            await store.prune(target - 1);
            const lock = new ClusterLock(store, mine, now, warn);
            lock.startRenewing(Math.max(1000, Math.floor(staleMs / 4)));
            return lock;
          }
          // Another contender's record replaced ours: back to waiting.
          continue;
        }
        if (!blocked || blocked.gen !== target) blocked = { gen: target, at: now() };
      }
      if (rec && rec.state === 'held' && rec.id !== waitingFor) {
        waitingFor = rec.id;
        o.onWait?.(rec);
      }
      if (now() - started >= o.timeoutMs) {
        const who = rec ? describeClusterHolder(rec) : 'a run whose record is not written yet';
        throw new UserError(
          `timed out after ${Math.round(o.timeoutMs / 1000)} s waiting for the cluster-wide apply lock ` +
            `(${store.where}): held by ${who}. A holder whose heartbeat stops for ${Math.round(staleMs / 1000)} s ` +
            `is taken over; otherwise try again when it has finished.`,
          1,
        );
      }
      await sleep(Math.min(pollMs, Math.max(1, o.timeoutMs - (now() - started))));
    }
  }

  private startRenewing(everyMs: number): void {
    this.timer = setInterval(() => void this.renew(), everyMs);
    this.timer.unref();
  }

  /** Writes a new heartbeat, or stops (with a warning) when another holder's record is there. */
  async renew(): Promise<void> {
    if (this.released || this.lost) return;
    try {
      const r = await this.store.read();
      if (r.kind !== 'record' || r.record.id !== this.record.id || r.record.gen !== this.record.gen) {
        this.lost = true;
        if (this.timer) clearInterval(this.timer);
        this.warn(
          `lost the cluster-wide apply lock (${this.store.where}): ` +
            (r.kind === 'record' ? `${describeClusterHolder(r.record)} holds it now` : 'its record is gone'),
        );
        return;
      }
      this.record = { ...this.record, heartbeat: this.now() };
      await this.store.write(this.record);
    } catch (err) {
      this.warn(`could not renew the cluster-wide apply lock: ${getErrorMessage(err)}`);
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.timer) clearInterval(this.timer);
    const r = await this.store.read();
    if (r.kind !== 'record' || r.record.id !== this.record.id) {
      this.warn(`the cluster-wide apply lock was no longer ours to release (${this.store.where})`);
      return;
    }
    await this.store.write({ ...this.record, state: 'released', releasedAt: this.now() });
  }
}
