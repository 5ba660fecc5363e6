/**
 * The host lock under faults: what a claim records, a claim whose holder is gone is taken over at
 * once, a live or unknown holder is waited for, the lease is shorter than the wait timeout and is
 * renewed, and every failure path withdraws the claim (a failed read right after it, an error
 * while waiting, SIGINT/SIGTERM).
 */
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { defaultLeaseMs, HostLock, type LockEntry, type LockQueue } from '../../src/host/host-lock.js';
import { githubRunUrl, livenessOn, parseStatStart, selfIdentity } from '../../src/host/lock-holder.js';
import { ShellLockQueue } from '../../src/host/lock-queue.js';
import { LocalTransport } from '../../src/proxmox/local-transport.js';

/** The queue in memory; `failRead` makes the next reads fail. */
class MemoryQueue implements LockQueue {
  readonly where = 'memory';
  entries: LockEntry[] = [];
  failReads = 0;
  async append(e: LockEntry): Promise<void> {
    this.entries.push(e);
  }
  async read(): Promise<LockEntry[]> {
    if (this.failReads > 0) {
      this.failReads--;
      throw new Error('reading the apply lock queue failed (exit 1): cat: Input/output error');
    }
    return [...this.entries];
  }
  async rewrite(entries: readonly LockEntry[]): Promise<void> {
    this.entries = [...entries];
  }
  ops(id: string): string[] {
    return this.entries.filter((e) => e.id === id).map((e) => e.op);
  }
}

const me = selfIdentity();
const onLinux = me.boot !== undefined && me.start !== undefined;
const linuxIt = onLinux ? it : it.skip;

function ghost(id: string, extra: Partial<LockEntry> = {}): LockEntry {
  return { op: 'claim', id, at: Date.now(), ttl: 60_000, who: `ghost ${id}`, ...extra };
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync('true');
  return r.pid!;
}

const quiet = { signals: new EventEmitter(), onSignalled: () => undefined };

describe('what a claim records', () => {
  it('holder machine, boot, pid and start time, and the GitHub run URL', async () => {
    const q = new MemoryQueue();
    const env = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '2',
    };
    const lock = await HostLock.acquire(q, { timeoutMs: 1000, env, ...quiet });
    const claim = q.entries[0]!;
    expect(claim).toMatchObject({
      op: 'claim',
      id: lock.id,
      host: hostname(),
      pid: process.pid,
      run: 'https://github.com/acme/infra/actions/runs/4242/attempts/2',
    });
    if (onLinux) expect(claim).toMatchObject({ boot: me.boot, start: me.start });
    await lock.release();
    expect(q.ops(lock.id)).toEqual(['claim', 'release']);
  });

  it('the lease is shorter than the lock timeout (it was 15 min against a 600 s timeout)', () => {
    expect(defaultLeaseMs(600_000)).toBe(120_000);
    expect(defaultLeaseMs(60_000)).toBe(30_000);
    expect(defaultLeaseMs(0)).toBe(30_000);
    for (const t of [61_000, 600_000, 3_600_000]) expect(defaultLeaseMs(t)).toBeLessThan(t / 2 + 1);
  });

  it('the holder renews its lease while it works', async () => {
    const q = new MemoryQueue();
    const lock = await HostLock.acquire(q, { timeoutMs: 1000, ttlMs: 3000, ...quiet });
    await new Promise((r) => setTimeout(r, 1300));
    expect(q.ops(lock.id)).toEqual(['claim', 'renew']);
    await lock.release();
  });

  it('reads GitHub run URLs only from complete, numeric run ids', () => {
    expect(githubRunUrl({})).toBeUndefined();
    expect(
      githubRunUrl({ GITHUB_SERVER_URL: 'https://x', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '1' }),
    ).toBe('https://x/a/b/actions/runs/1');
    expect(
      githubRunUrl({ GITHUB_SERVER_URL: 'https://x', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '1;rm' }),
    ).toBeUndefined();
  });
});

describe('whether a holder still runs', () => {
  it('reads the start time past a command name holding spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    expect(parseStatStart(`77 (a b) c)) ${fields.join(' ')}`)).toBe('22');
    expect(parseStatStart('garbage')).toBeUndefined();
  });

  it('is dead only on its own machine and boot, when the pid is gone or started later', () => {
    const holder = { host: 'pve', boot: 'b1', pid: 10, start: '500' };
    const here = { host: 'pve', boot: 'b1' };
    const stat = (start: string) =>
      `10 (node) S ${Array.from({ length: 18 }, () => '0').join(' ')} ${start} 0`;
    expect(livenessOn(holder, here, () => stat('500'))).toBe('alive');
    expect(livenessOn(holder, here, () => stat('900'))).toBe('dead');
    expect(livenessOn(holder, here, () => undefined)).toBe('dead');
    expect(livenessOn(holder, { host: 'other', boot: 'b1' }, () => undefined)).toBe('unknown');
    expect(livenessOn(holder, { host: 'pve', boot: 'b2' }, () => undefined)).toBe('unknown');
    expect(livenessOn({ host: 'pve', pid: 10 }, here, () => undefined)).toBe('unknown');
  });
});

describe('checking a holder on the Proxmox host through the queue', () => {
  linuxIt('reads its /proc there with cat: alive, dead, or unknown for another machine', async () => {
    // The local target is this machine: the queue's host check reads this machine's /proc.
    const q = new ShellLockQueue(new LocalTransport());
    expect(await q.liveness({ ...me })).toBe('alive');
    expect(await q.liveness({ ...me, pid: deadPid() })).toBe('dead');
    expect(await q.liveness({ ...me, start: '1' })).toBe('dead');
    expect(await q.liveness({ ...me, host: 'another-runner' })).toBe('unknown');
  });
});

describe('taking over and waiting', () => {
  linuxIt('a claim whose holder process is gone is taken over at once', async () => {
    const q = new MemoryQueue();
    q.entries.push(ghost('deadbeef0001', { ...me, pid: deadPid() }));
    // Same pid as this process, but a different start time: the pid was reused.
    q.entries.push(ghost('deadbeef0002', { ...me, start: '1' }));
    const warnings: string[] = [];
    const started = Date.now();
    const lock = await HostLock.acquire(q, { timeoutMs: 5000, onWarning: (m) => warnings.push(m), ...quiet });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(q.entries.filter((e) => e.op === 'release' && e.id.startsWith('deadbeef'))).toEqual([
      expect.objectContaining({ id: 'deadbeef0001', reason: `holder gone; released by run ${lock.id}` }),
      expect.objectContaining({ id: 'deadbeef0002' }),
    ]);
    expect(warnings[0]).toMatch(
      /^took over the host-wide apply lock from run deadbeef0001 by ghost deadbeef0001/,
    );
    await lock.release();
  });

  linuxIt(
    'a holder that still runs is waited for, and the waiter gives up with the holder named',
    async () => {
      const q = new MemoryQueue();
      q.entries.push(ghost('a11ve0000001', { ...me, run: 'https://github.com/acme/infra/actions/runs/7' }));
      const err = await HostLock.acquire(q, { timeoutMs: 300, pollMs: 50, ...quiet }).catch((e: Error) => e);
      expect((err as Error).message).toMatch(
        /timed out after 0\.3 s waiting for the host-wide apply lock \(memory\): held by run a11ve0000001 .*\(https:\/\/github\.com\/acme\/infra\/actions\/runs\/7\)\..*phoenix unlock --target URL/,
      );
      const mine = q.entries.find((e) => e.op === 'claim' && e.id !== 'a11ve0000001')!;
      expect(q.ops(mine.id)).toEqual(['claim', 'release']);
    },
  );

  it('a holder on another machine is waited for until its lease ends', async () => {
    const q = new MemoryQueue();
    q.entries.push(ghost('e1sewhere001', { host: 'runner-7', pid: 4, boot: 'x', start: '9', ttl: 400 }));
    const started = Date.now();
    const lock = await HostLock.acquire(q, { timeoutMs: 5000, pollMs: 50, ...quiet });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(q.entries.some((e) => e.op === 'release' && e.id === 'e1sewhere001')).toBe(false);
    await lock.release();
  });
});

describe('every failure path withdraws the claim', () => {
  it('a failed read right after the claim', async () => {
    const q = new MemoryQueue();
    q.failReads = 1;
    await expect(HostLock.acquire(q, { timeoutMs: 1000, ...quiet })).rejects.toThrow(/Input\/output error/);
    const id = q.entries[0]!.id;
    expect(q.ops(id)).toEqual(['claim', 'release']);
  });

  it('SIGTERM while holding the lock releases it, then lets the signal take its course', async () => {
    const q = new MemoryQueue();
    const signals = new EventEmitter();
    const raised: string[] = [];
    const lock = await HostLock.acquire(q, { timeoutMs: 1000, signals, onSignalled: (s) => raised.push(s) });
    expect(signals.listenerCount('SIGTERM')).toBe(1);
    signals.emit('SIGTERM', 'SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
    expect(q.ops(lock.id)).toEqual(['claim', 'release']);
    expect(raised).toEqual(['SIGTERM']);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  it('SIGINT while waiting withdraws the waiting claim', async () => {
    const q = new MemoryQueue();
    q.entries.push(ghost('b1ocker00001', { host: 'elsewhere', pid: 1 }));
    const signals = new EventEmitter();
    const raised: string[] = [];
    const waiting = HostLock.acquire(q, {
      timeoutMs: 2000,
      pollMs: 20,
      signals,
      onSignalled: (s) => raised.push(s),
    }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 60));
    signals.emit('SIGINT', 'SIGINT');
    await new Promise((r) => setTimeout(r, 20));
    const mine = q.entries.find((e) => e.op === 'claim' && e.id !== 'b1ocker00001')!;
    expect(q.ops(mine.id)).toContain('release');
    expect(raised).toEqual(['SIGINT']);
    expect(((await waiting) as Error).message).toBe('stopped while waiting for the host-wide apply lock');
  });

  it('a released lock no longer listens for signals', async () => {
    const q = new MemoryQueue();
    const signals = new EventEmitter();
    const lock = await HostLock.acquire(q, { timeoutMs: 1000, signals, onSignalled: () => undefined });
    await lock.release();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });
});
