/**
 * The host-wide apply lock, so two applies never interleave on one Proxmox host.
 *
 * A transport runs one command at a time to completion, so no command can hold `flock` for the
 * length of a run. Instead the lock is a ticket queue: every apply appends a `claim` line to the
 * queue, then reads it; the earliest claim that is neither released nor expired owns the host.
 * The owner renews its claim while it works and appends `release` when done; a waiter polls and
 * gives up after its timeout, withdrawing its claim.
 *
 * Faults: a claim records its holder (machine, boot, pid, process start time: `lock-holder.ts`)
 * and the run (claim id, GitHub run URL). A claim whose holder is gone (checked on the machine it
 * ran on: this one, or the Proxmox host through the queue) is released by the next waiter at
 * once. Any other crashed holder blocks others only until its lease (`ttlMs`, default 120 s,
 * at most half the wait timeout, at least 30 s) runs out; the holder renews it every third of that.
 * Every failure path withdraws the claim: an error while waiting (a failed read right after the
 * claim included), `release()` in the callers' `finally`, and SIGINT/SIGTERM (the claims of this
 * process are released before the signal takes its course). `phoenix unlock` shows the holder
 * and releases a dead claim (a live one only when forced). `HostLock` speaks this protocol over
 * any `LockQueue`; the shell queue
 * here is `/run/lock/phoenix-apply.queue`, appended with
 * `flock -w 10 /run/lock/phoenix-apply.lock tee -a` (the flock makes each append atomic, so every
 * reader sees the same order) and read with `cat`. `/run/lock` is a tmpfs, so the queue starts
 * empty after a reboot. Only `flock`, `tee` and `cat` are used, which the simulator models like
 * the host.
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import type { HostTransport } from '../proxmox/transport.js';
import { getErrorMessage, UserError } from '../util/errors.js';
import { githubRunUrl, selfIdentity } from './lock-holder.js';
import {
  claimLiveness,
  liveClaims,
  ShellLockQueue,
  type ClaimInfo,
  type LockEntry,
  type LockQueue,
} from './lock-queue.js';

export {
  APPLY_LOCK_FILE,
  APPLY_QUEUE_FILE,
  claimLiveness,
  liveClaims,
  parseQueue,
  ShellLockQueue,
  type ClaimInfo,
  type LockEntry,
  type LockQueue,
} from './lock-queue.js';

/** Compact the queue file on release once it has this many lines. */
const COMPACT_LINES = 200;

export interface HostLockOptions {
  /** Give up waiting after this long (ms). */
  readonly timeoutMs: number;
  /**
   * The lease: a claim not renewed for this long is dead (default `defaultLeaseMs(timeoutMs)`:
   * 120 s, at most half the wait timeout, at least 30 s).
   */
  readonly ttlMs?: number;
  /** How often a waiter re-reads the queue (default 1 s). */
  readonly pollMs?: number;
  /** Shown to other applies waiting for this one. */
  readonly note?: string;
  /** Called when this apply starts waiting, and whenever the holder it waits for changes. */
  readonly onWait?: (holder: ClaimInfo, position: number) => void;
  readonly onWarning?: (message: string) => void;
  readonly now?: () => number;
  /** Where SIGINT/SIGTERM come from (default: `process`); tests pass an EventEmitter. */
  readonly signals?: SignalSource;
  /** After a signal released the claims (default: the signal is raised again, so it takes its course). */
  readonly onSignalled?: (signal: NodeJS.Signals) => void;
  /** Environment read for the GitHub run URL (default: `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
}

/** The part of `process` the lock listens on for SIGINT/SIGTERM. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

/**
 * The default lease for a wait timeout: 120 s, but at most half of the timeout, so a crashed
 * holder's claim ends before a waiter gives up; at least 30 s, so a holder whose renewals queue
 * behind its own busy commands (renewed every third of the lease) does not lose the host.
 */
export function defaultLeaseMs(timeoutMs: number): number {
  return Math.max(30_000, Math.min(120_000, Math.floor(timeoutMs / 2)));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function secs(ms: number): string {
  return ms < 10_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms / 1000)} s`;
}

function time(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

export function describeHolder(h: ClaimInfo): string {
  return (
    `run ${h.id} by ${h.who}${h.note ? ` (${h.note})` : ''}, holding it since ${time(h.since)}` +
    (h.run ? ` (${h.run})` : '')
  );
}

/** When the claim's lease ends, for messages. */
export function leaseEnd(h: ClaimInfo): string {
  return time(h.expires);
}

/** Locks this process holds or waits for, per signal source: released on SIGINT/SIGTERM. */
const held = new Map<SignalSource, { locks: Set<HostLock>; listener: (signal: NodeJS.Signals) => void }>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
/** How long a signalled process waits for its releases before the signal takes its course. */
const SIGNAL_RELEASE_MS = 5000;

function raiseAgain(signal: NodeJS.Signals): void {
  process.kill(process.pid, signal);
}

function watchSignals(lock: HostLock, source: SignalSource, after: (s: NodeJS.Signals) => void): void {
  let entry = held.get(source);
  if (!entry) {
    const locks = new Set<HostLock>();
    const listener = (signal: NodeJS.Signals): void => {
      // Stop listening first: the signal raised again must take its default course.
      for (const s of SIGNALS) source.off(s, listener);
      held.delete(source);
      const releases = [...locks].map((l) => l.release().catch(() => undefined));
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((r) => (timer = setTimeout(r, SIGNAL_RELEASE_MS)));
      void Promise.race([Promise.all(releases), bound]).then(() => {
        clearTimeout(timer);
        after(signal);
      });
    };
    entry = { locks, listener };
    held.set(source, entry);
    for (const s of SIGNALS) source.on(s, listener);
  }
  entry.locks.add(lock);
}

function unwatchSignals(lock: HostLock, source: SignalSource): void {
  const entry = held.get(source);
  if (!entry) return;
  entry.locks.delete(lock);
  if (entry.locks.size === 0) {
    for (const s of SIGNALS) source.off(s, entry.listener);
    held.delete(source);
  }
}

function isTransport(x: LockQueue | HostTransport): x is HostTransport {
  return !('append' in x) && typeof (x as Partial<HostTransport>).run === 'function';
}

/** A verdict on a claim's holder is re-checked after this long. */
const LIVENESS_CACHE_MS = 10_000;

export class HostLock {
  private renewTimer?: NodeJS.Timeout;
  private released = false;

  private constructor(
    private readonly queue: LockQueue,
    readonly id: string,
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly onWarning: (message: string) => void,
    private readonly signals: SignalSource,
  ) {}

  /** Waits (up to `timeoutMs`) until this apply owns the host; a transport means its shell queue. */
  static async acquire(on: LockQueue | HostTransport, options: HostLockOptions): Promise<HostLock> {
    const queue = isTransport(on) ? new ShellLockQueue(on) : on;
    const now = options.now ?? Date.now;
    const ttlMs = options.ttlMs ?? defaultLeaseMs(options.timeoutMs);
    const pollMs = options.pollMs ?? 1000;
    const id = randomBytes(6).toString('hex');
    const self = selfIdentity();
    const who = `${safeUser()}@${self.host} pid ${self.pid}`;
    const run = githubRunUrl(options.env ?? process.env);
    const warn = options.onWarning ?? (() => undefined);
    const signals = options.signals ?? process;
    const lock = new HostLock(queue, id, ttlMs, now, warn, signals);
    const claim = (): Promise<void> =>
      queue.append({
        op: 'claim',
        id,
        at: now(),
        ttl: ttlMs,
        who,
        ...(options.note ? { note: options.note } : {}),
        ...self,
        ...(run ? { run } : {}),
      });
    // From here on every way out withdraws the claim: an error, a timeout, a signal.
    watchSignals(lock, signals, options.onSignalled ?? raiseAgain);
    try {
      await claim();
      const started = now();
      let waitingFor: string | undefined;
      const verdicts = new Map<string, { liveness: string; at: number }>();
      for (;;) {
        const claims = liveClaims(await queue.read(), now());
        // Released while waiting (a signal): stop, and do not queue again.
        if (lock.released) throw new UserError('stopped while waiting for the host-wide apply lock', 1);
        const mine = claims.findIndex((c) => c.id === id);
        if (mine < 0) {
          // Our claim vanished (the queue was compacted or /run was cleared): queue again.
          await claim();
          continue;
        }
        if (mine === 0) {
          lock.startRenewing();
          return lock;
        }
        // A claim ahead of ours whose holder is gone is released at once, for every waiter.
        let tookOver = false;
        for (const c of claims.slice(0, mine)) {
          const cached = verdicts.get(c.id);
          if (cached && now() - cached.at < LIVENESS_CACHE_MS) continue;
          const liveness = await claimLiveness(queue, c);
          verdicts.set(c.id, { liveness, at: now() });
          if (liveness !== 'dead') continue;
          await queue.append({
            op: 'release',
            id: c.id,
            at: now(),
            reason: `holder gone; released by run ${id}`,
          });
          warn(`took over the host-wide apply lock from ${describeHolder(c)}: that process no longer runs`);
          tookOver = true;
        }
        if (tookOver) continue;
        const holder = claims[0]!;
        if (holder.id !== waitingFor) {
          waitingFor = holder.id;
          options.onWait?.(holder, mine);
        }
        if (now() - started >= options.timeoutMs) {
          throw new UserError(
            `timed out after ${secs(options.timeoutMs)} waiting for the host-wide apply lock ` +
              `(${queue.where}): held by ${describeHolder(holder)}. If that run died, its claim expires at ` +
              `${time(holder.expires)}; otherwise try again when it has finished ` +
              `(\`phoenix unlock --target URL\` shows the holder).`,
            1,
          );
        }
        await sleep(Math.min(pollMs, Math.max(1, options.timeoutMs - (now() - started))));
      }
    } catch (err) {
      const already = lock.released;
      lock.released = true;
      unwatchSignals(lock, signals);
      if (!already) await queue.append({ op: 'release', id, at: now() }).catch(() => undefined);
      throw err;
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.renewTimer) clearInterval(this.renewTimer);
    unwatchSignals(this, this.signals);
    await this.queue.append({ op: 'release', id: this.id, at: this.now() });
    try {
      await this.compact();
    } catch (err) {
      this.onWarning(`could not compact ${this.queue.where}: ${getErrorMessage(err)}`);
    }
  }

  private startRenewing(): void {
    this.renewTimer = setInterval(
      () => {
        this.queue
          .append({ op: 'renew', id: this.id, at: this.now() })
          .catch((err: unknown) => this.onWarning(`could not renew the host lock: ${getErrorMessage(err)}`));
      },
      Math.max(1000, Math.floor(this.ttlMs / 3)),
    );
    this.renewTimer.unref();
  }

  /** Rewrites a long queue with only the live claims; a waiter whose claim is lost re-queues. */
  private async compact(): Promise<void> {
    const entries = await this.queue.read();
    if (entries.length < COMPACT_LINES) return;
    const live = liveClaims(entries, this.now());
    await this.queue.rewrite(
      live.map((c): LockEntry => ({
        op: 'claim',
        id: c.id,
        at: c.expires - c.ttl,
        ttl: c.ttl,
        who: c.who,
        note: c.note,
        ...(c.holder ?? {}),
        ...(c.run ? { run: c.run } : {}),
      })),
    );
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
