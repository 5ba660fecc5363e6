/**
 * The host-wide apply lock's queue: its entries (one JSON line each: claim, renew, release), who
 * owns the host by them (`liveClaims`: the earliest claim neither released nor past its lease),
 * the `LockQueue` interface, and the shell queue on the host (`/run/lock/phoenix-apply.queue`,
 * appended with `flock -w 10 /run/lock/phoenix-apply.lock tee -a` and read with `cat`), which can
 * also tell whether a holder that ran on the Proxmox host itself still runs. See host-lock.ts.
 */
import { appendFile, readFile, withLock, writeFile, type HostCommand } from '../proxmox/commands.js';
import type { HostTransport } from '../proxmox/transport.js';
import { livenessOn, localLiveness, type HolderIdentity, type Liveness } from './lock-holder.js';
import { HostRunner } from './runner.js';

export const APPLY_LOCK_FILE = '/run/lock/phoenix-apply.lock';
export const APPLY_QUEUE_FILE = '/run/lock/phoenix-apply.queue';
/** Seconds one append waits for the flock (the appends themselves take milliseconds). */
const APPEND_WAIT_SEC = 10;

export interface LockEntry {
  readonly op: 'claim' | 'renew' | 'release';
  readonly id: string;
  /** Epoch ms on the writer's clock. */
  readonly at: number;
  readonly ttl?: number;
  readonly who?: string;
  readonly note?: string;
  /** The holder's machine, boot id, pid and process start time (claims only). */
  readonly host?: string;
  readonly boot?: string;
  readonly pid?: number;
  readonly start?: string;
  /** The GitHub Actions run URL, when the holder runs in one. */
  readonly run?: string;
  /** On a release written for another claim: why (e.g. its holder is gone). */
  readonly reason?: string;
}

export interface ClaimInfo {
  readonly id: string;
  readonly who: string;
  readonly note?: string;
  readonly since: number;
  readonly expires: number;
  readonly ttl: number;
  /** Who holds it, when the claim recorded it. */
  readonly holder?: HolderIdentity;
  readonly run?: string;
}

/** The identity a claim recorded (undefined for claims written before it was recorded). */
function holderOf(e: LockEntry): HolderIdentity | undefined {
  if (typeof e.host !== 'string' || typeof e.pid !== 'number') return undefined;
  return {
    host: e.host,
    pid: e.pid,
    ...(typeof e.boot === 'string' ? { boot: e.boot } : {}),
    ...(typeof e.start === 'string' ? { start: e.start } : {}),
  };
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
    {
      who: string;
      note?: string;
      since: number;
      last: number;
      ttl: number;
      released: boolean;
      holder?: HolderIdentity;
      run?: string;
    }
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
        holder: holderOf(e),
        run: typeof e.run === 'string' ? e.run : undefined,
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
      out.push({
        id,
        who: c.who,
        note: c.note,
        since: c.since,
        expires,
        ttl: c.ttl,
        ...(c.holder ? { holder: c.holder } : {}),
        ...(c.run ? { run: c.run } : {}),
      });
  }
  return out;
}

/** Where the queue lives and how its lines are appended and read. */
export interface LockQueue {
  /** Named in messages, e.g. the queue file. */
  readonly where: string;
  append(entry: LockEntry): Promise<void>;
  read(): Promise<LockEntry[]>;
  /** Replaces the whole queue (compaction). */
  rewrite(entries: readonly LockEntry[]): Promise<void>;
  /** Whether a holder still runs, checked on the host the queue lives on ('unknown' when it cannot tell). */
  liveness?(holder: HolderIdentity): Promise<Liveness>;
}

/** Whether a claim's holder still runs: on this machine, else on the queue's host. */
export async function claimLiveness(queue: LockQueue, c: ClaimInfo): Promise<Liveness> {
  if (!c.holder) return 'unknown';
  const here = localLiveness(c.holder);
  if (here !== 'unknown' || !queue.liveness) return here;
  try {
    return await queue.liveness(c.holder);
  } catch {
    return 'unknown';
  }
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

  private host?: { host: string; boot?: string };

  /** A holder that ran on the Proxmox host itself (a self-hosted runner there): its /proc, read with `cat`. */
  async liveness(holder: HolderIdentity): Promise<Liveness> {
    const text = async (path: string): Promise<string | undefined> => {
      const r = await this.runner.once(readFile(path));
      return r.exitCode === 0 ? r.stdout : undefined;
    };
    this.host ??= {
      host: (await text('/proc/sys/kernel/hostname'))?.trim() ?? '',
      boot: (await text('/proc/sys/kernel/random/boot_id'))?.trim(),
    };
    if (holder.host !== this.host.host || !holder.boot || holder.boot !== this.host.boot) return 'unknown';
    const stat = await this.runner.once(readFile(`/proc/${holder.pid}/stat`));
    if (stat.exitCode !== 0 && !/No such file/i.test(stat.stderr)) return 'unknown';
    return livenessOn(holder, this.host, () => (stat.exitCode === 0 ? stat.stdout : undefined));
  }
}
