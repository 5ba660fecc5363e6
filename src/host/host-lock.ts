/**
 * The host-wide apply lock, so two applies never interleave on one Proxmox host.
 *
 * A transport runs one command at a time to completion, so no command can hold `flock` for the
 * length of a run. Instead the lock is a ticket queue: every apply appends a `claim` line to the
 * queue, then reads it; the earliest claim that is neither released nor expired owns the host.
 * The owner renews its claim while it works and appends `release` when done; a waiter polls and
 * gives up after its timeout, withdrawing its claim. A crashed owner blocks others only until its
 * claim expires (`ttlMs`). `HostLock` speaks this protocol over any `LockQueue`; the shell queue
 * here is `/run/lock/phoenix-apply.queue`, appended with
 * `flock -w 10 /run/lock/phoenix-apply.lock tee -a` (the flock makes each append atomic, so every
 * reader sees the same order) and read with `cat`. `/run/lock` is a tmpfs, so the queue starts
 * empty after a reboot. Only `flock`, `tee` and `cat` are used, which the simulator models like
 * the host.
 */
import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { appendFile, readFile, withLock, writeFile, type HostCommand } from '../proxmox/commands.js';
import type { HostTransport } from '../proxmox/transport.js';
import { getErrorMessage, UserError } from '../util/errors.js';
import { HostRunner } from './runner.js';

export const APPLY_LOCK_FILE = '/run/lock/phoenix-apply.lock';
export const APPLY_QUEUE_FILE = '/run/lock/phoenix-apply.queue';
/** Seconds one append waits for the flock (the appends themselves take milliseconds). */
const APPEND_WAIT_SEC = 10;
/** Compact the queue file on release once it has this many lines. */
const COMPACT_LINES = 200;

export interface LockEntry {
  readonly op: 'claim' | 'renew' | 'release';
  readonly id: string;
  /** Epoch ms on the writer's clock. */
  readonly at: number;
  readonly ttl?: number;
  readonly who?: string;
  readonly note?: string;
}

export interface ClaimInfo {
  readonly id: string;
  readonly who: string;
  readonly note?: string;
  readonly since: number;
  readonly expires: number;
  readonly ttl: number;
}

export function parseQueue(text: string): LockEntry[] {
  const out: LockEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as Partial<LockEntry>;
      if (
        (v.op === 'claim' || v.op === 'renew' || v.op === 'release') &&
        typeof v.id === 'string' &&
        typeof v.at === 'number'
      ) {
        out.push(v as LockEntry);
      }
    } catch {
      // A torn or foreign line is ignored; claims are whole lines appended atomically.
    }
  }
  return out;
}

/** Live claims in queue order (the first one owns the host). */
export function liveClaims(entries: readonly LockEntry[], now: number): ClaimInfo[] {
  const claims = new Map<
    string,
    { who: string; note?: string; since: number; last: number; ttl: number; released: boolean }
  >();
  // A claim that went longer than its ttl without renewal is dead for good: a late renewal (a
  // holder that hung and resumed) must not take the host back from the apply that followed.
  const order: string[] = [];
  for (const e of entries) {
    const c = claims.get(e.id);
    if (e.op === 'claim' && !c) {
      claims.set(e.id, {
        who: e.who ?? '?',
        note: e.note,
        since: e.at,
        last: e.at,
        ttl: e.ttl ?? 0,
        released: false,
      });
      order.push(e.id);
    } else if (c && e.op === 'renew') {
      if (e.at <= c.last + c.ttl) c.last = Math.max(c.last, e.at);
      else c.released = true;
    } else if (c && e.op === 'release') c.released = true;
  }
  const out: ClaimInfo[] = [];
  for (const id of order) {
    const c = claims.get(id)!;
    const expires = c.last + c.ttl;
    if (!c.released && expires > now)
      out.push({ id, who: c.who, note: c.note, since: c.since, expires, ttl: c.ttl });
  }
  return out;
}

export interface HostLockOptions {
  /** Give up waiting after this long (ms). */
  readonly timeoutMs: number;
  /** A claim not renewed for this long is considered dead (default 15 min). */
  readonly ttlMs?: number;
  /** How often a waiter re-reads the queue (default 1 s). */
  readonly pollMs?: number;
  /** Shown to other applies waiting for this one. */
  readonly note?: string;
  /** Called when this apply starts waiting, and whenever the holder it waits for changes. */
  readonly onWait?: (holder: ClaimInfo, position: number) => void;
  readonly onWarning?: (message: string) => void;
  readonly now?: () => number;
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
  return `run ${h.id} by ${h.who}${h.note ? ` (${h.note})` : ''}, holding it since ${time(h.since)}`;
}

/** Where the queue lives and how its lines are appended and read. */
export interface LockQueue {
  /** Named in messages, e.g. the queue file. */
  readonly where: string;
  append(entry: LockEntry): Promise<void>;
  read(): Promise<LockEntry[]>;
  /** Replaces the whole queue (compaction). */
  rewrite(entries: readonly LockEntry[]): Promise<void>;
}

/** The shell queue: `/run/lock/phoenix-apply.queue` under `flock`, one JSON line per entry. */
export class ShellLockQueue implements LockQueue {
  readonly where = APPLY_QUEUE_FILE;
  private readonly runner: HostRunner;

  constructor(transport: HostTransport) {
    this.runner = new HostRunner(transport);
  }

  private async mustRun(cmd: HostCommand, what: string): Promise<string> {
    const r = await this.runner.once(cmd);
    if (r.exitCode !== 0) throw new Error(`${what} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
    return r.stdout;
  }

  async append(entry: LockEntry): Promise<void> {
    await this.mustRun(
      withLock(APPLY_LOCK_FILE, APPEND_WAIT_SEC, appendFile(APPLY_QUEUE_FILE, JSON.stringify(entry) + '\n')),
      'appending to the apply lock queue',
    );
  }

  async read(): Promise<LockEntry[]> {
    const r = await this.runner.once(readFile(APPLY_QUEUE_FILE));
    if (r.exitCode !== 0) {
      if (/No such file/i.test(r.stderr)) return [];
      throw new Error(`reading the apply lock queue failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
    }
    return parseQueue(r.stdout);
  }

  async rewrite(entries: readonly LockEntry[]): Promise<void> {
    const text = entries.map((e) => JSON.stringify(e) + '\n').join('');
    await this.mustRun(
      withLock(APPLY_LOCK_FILE, APPEND_WAIT_SEC, writeFile(APPLY_QUEUE_FILE, text)),
      'compacting the apply lock queue',
    );
  }
}

function isTransport(x: LockQueue | HostTransport): x is HostTransport {
  return !('append' in x) && typeof (x as Partial<HostTransport>).run === 'function';
}

export class HostLock {
  private renewTimer?: NodeJS.Timeout;
  private released = false;

  private constructor(
    private readonly queue: LockQueue,
    readonly id: string,
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly onWarning: (message: string) => void,
  ) {}

  /** Waits (up to `timeoutMs`) until this apply owns the host; a transport means its shell queue. */
  static async acquire(on: LockQueue | HostTransport, options: HostLockOptions): Promise<HostLock> {
    const queue = isTransport(on) ? new ShellLockQueue(on) : on;
    const now = options.now ?? Date.now;
    const ttlMs = options.ttlMs ?? 15 * 60_000;
    const pollMs = options.pollMs ?? 1000;
    const id = randomBytes(6).toString('hex');
    const who = `${safeUser()}@${hostname()} pid ${process.pid}`;
    const lock = new HostLock(queue, id, ttlMs, now, options.onWarning ?? (() => undefined));
    const claim = (): Promise<void> =>
      queue.append({
        op: 'claim',
        id,
        at: now(),
        ttl: ttlMs,
        who,
        ...(options.note ? { note: options.note } : {}),
      });
    await claim();
    const started = now();
    let waitingFor: string | undefined;
    for (;;) {
      const claims = liveClaims(await queue.read(), now());
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
      const holder = claims[0]!;
      if (holder.id !== waitingFor) {
        waitingFor = holder.id;
        options.onWait?.(holder, mine);
      }
      if (now() - started >= options.timeoutMs) {
        await queue.append({ op: 'release', id, at: now() }).catch(() => undefined);
        throw new UserError(
          `timed out after ${secs(options.timeoutMs)} waiting for the host-wide apply lock ` +
            `(${queue.where}): held by ${describeHolder(holder)}. If that run died, its claim expires at ` +
            `${time(holder.expires)}; otherwise try again when it has finished.`,
          1,
        );
      }
      await sleep(Math.min(pollMs, Math.max(1, options.timeoutMs - (now() - started))));
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.renewTimer) clearInterval(this.renewTimer);
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
      live.map((c) => ({
        op: 'claim',
        id: c.id,
        at: c.expires - c.ttl,
        ttl: c.ttl,
        who: c.who,
        note: c.note,
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
