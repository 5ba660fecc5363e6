/**
 * The host-wide apply lock: the ticket queue's rules, two applies started together on one host
 * (they serialise: the second waits, says so, then applies only what is left), a lock timeout
 * with a clear message, and a crashed holder whose claim expires.
 */
import {
  APPLY_LOCK_FILE,
  APPLY_QUEUE_FILE,
  HostLock,
  liveClaims,
  parseQueue,
  type LockEntry,
} from '../../src/host/host-lock.js';
import { runHostCommand } from '../../src/proxmox/audit.js';
import { appendFile, withLock } from '../../src/proxmox/commands.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { apply, editConfig, isLockCommand, makeEstate } from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

describe('lock queue rules', () => {
  const claim = (id: string, at: number, ttl = 1000): LockEntry => ({
    op: 'claim',
    id,
    at,
    ttl,
    who: `w-${id}`,
  });

  it('the earliest live claim owns the host; releases and expiry hand it on', () => {
    const q: LockEntry[] = [claim('a', 0), claim('b', 10), claim('c', 20)];
    expect(liveClaims(q, 100).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(liveClaims([...q, { op: 'release', id: 'a', at: 50 }], 100).map((c) => c.id)).toEqual(['b', 'c']);
    // a is not renewed: after its ttl it is dead, b owns.
    expect(liveClaims(q, 1005).map((c) => c.id)).toEqual(['b', 'c']);
    // Renewed in time, a still owns.
    expect(liveClaims([...q, { op: 'renew', id: 'a', at: 900 }], 1500)[0]!.id).toBe('a');
  });

  it('a renewal after the claim expired does not revive it', () => {
    const q: LockEntry[] = [claim('a', 0), claim('b', 10), { op: 'renew', id: 'a', at: 5000 }];
    expect(liveClaims(q, 5001).map((c) => c.id)).toEqual([]);
    expect(
      liveClaims([...q.slice(0, 2), { op: 'renew', id: 'b', at: 900 }, q[2]!], 1200).map((c) => c.id),
    ).toEqual(['b']);
  });

  it('ignores lines that are not queue entries', () => {
    const text = `${JSON.stringify(claim('a', 1))}\nnot json\n{"op":"claim"}\n${JSON.stringify(claim('b', 2))}\n`;
    expect(parseQueue(text).map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describeShared('the host-wide apply lock on the simulator', () => {
  it('two applies started together serialise: the second waits, then applies only what is left', async () => {
    // Latency makes the runs long enough to overlap (clone 5 s -> 50 ms).
    const estate = await makeEstate('example', { host: { latency: { profile: 'realistic', scale: 0.01 } } });
    const first = apply(estate);
    // The second run's config differs in one guest, so it has work left after the first.
    const otherDir = estate.configDir + '-b';
    const { cpSync } = await import('node:fs');
    cpSync(estate.configDir, otherDir, { recursive: true });
    editConfig(otherDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!.memory_mb = 3072;
    });
    await new Promise((r) => setTimeout(r, 5));
    const second = apply({ ...estate, configDir: otherDir });
    const [a, b] = await Promise.all([first, second]);
    expect(a.job.status).toBe('applied');
    if (b.job.status !== 'applied') throw new Error(b.out);
    expect(b.out).toMatch(
      /Waiting for the host-wide apply lock \(1 ahead of us\): run [0-9a-f]{12} by .+ \(plan [0-9a-f]{12}\)/,
    );
    expect(b.out).toContain('applying the fresh plan');
    expect(b.job.result!.guests.map((g) => g.address)).toEqual(['ct/953']);
    // Every host change of the second run came after the last one of the first.
    const changes = (r: typeof a) => r.commands.filter((c) => !c.readOnly && !isLockCommand(c.argv));
    const lastOfA = Math.max(...changes(a).map((c) => c.end));
    expect(changes(b).length).toBeGreaterThan(0);
    for (const c of changes(b)) expect(c.start).toBeGreaterThanOrEqual(lastOfA);
    expect((await apply(estate, { configDir: otherDir })).job.status).toBe('no-changes');
  });

  it('a second apply gives up after --lock-timeout with a clear message', async () => {
    const estate = await makeEstate('example');
    const t = new SimTransport(estate.statePath, { env: {} });
    const held = await HostLock.acquire(t, { timeoutMs: 1000, note: 'held by the test' });
    await expect(apply(estate, { lockTimeoutMs: 200 })).rejects.toThrow(
      /timed out after 0\.2 s waiting for the host-wide apply lock \(\/run\/lock\/phoenix-apply\.queue\): held by run [0-9a-f]{12} by .+ \(held by the test\), holding it since .+ UTC\. If that run died, its claim expires at .+ UTC/,
    );
    await held.release();
    expect((await apply(estate)).job.status).toBe('applied');
    await t.close();
  });

  it('a crashed holder blocks others only until its claim expires', async () => {
    const estate = await makeEstate('example');
    const t = new SimTransport(estate.statePath, { env: {} });
    const ghost: LockEntry = { op: 'claim', id: 'deadbeef0000', at: Date.now(), ttl: 300, who: 'ghost' };
    const r = await runHostCommand(
      t,
      withLock(APPLY_LOCK_FILE, 10, appendFile(APPLY_QUEUE_FILE, JSON.stringify(ghost) + '\n')),
    );
    expect(r.exitCode).toBe(0);
    const run = await apply(estate, { lockTimeoutMs: 5000 });
    expect(run.out).toContain(
      'Waiting for the host-wide apply lock (1 ahead of us): run deadbeef0000 by ghost',
    );
    expect(run.job.status).toBe('applied');
    await t.close();
  });
});
