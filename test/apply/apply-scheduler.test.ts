import { runGraph } from '../../src/apply/scheduler.js';
import { isTransientError } from '../../src/host/failure.js';
import { withRetry } from '../../src/host/retry.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runGraph', () => {
  it('runs dependencies first and independent tasks in parallel up to the limit', async () => {
    const log: string[] = [];
    let active = 0;
    let peak = 0;
    const tasks = [
      { key: 900, after: [] },
      { key: 901, after: [900] },
      { key: 902, after: [900] },
      { key: 903, after: [900] },
      { key: 950, after: [901, 902] },
    ];
    const res = await runGraph(tasks, 2, async (t) => {
      active++;
      peak = Math.max(peak, active);
      log.push(`start ${t.key}`);
      await tick(10);
      log.push(`end ${t.key}`);
      active--;
    });
    expect(peak).toBe(2);
    expect(log.indexOf('end 900')).toBeLessThan(log.indexOf('start 901'));
    expect(log.indexOf('end 901')).toBeLessThan(log.indexOf('start 950'));
    expect(log.indexOf('end 902')).toBeLessThan(log.indexOf('start 950'));
    expect([...res.values()].every((r) => r.outcome === 'succeeded')).toBe(true);
  });

  it('skips everything downstream of a failure and finishes independent branches', async () => {
    const tasks = [
      { key: 'a', after: [] },
      { key: 'b', after: ['a'] },
      { key: 'c', after: ['b'] },
      { key: 'x', after: [] },
      { key: 'y', after: ['x'] },
    ];
    const res = await runGraph(tasks, 4, async (t) => {
      if (t.key === 'a') throw new Error('boom');
    });
    expect(res.get('a')).toMatchObject({ outcome: 'failed' });
    expect(res.get('b')).toMatchObject({ outcome: 'skipped', blockedBy: 'a' });
    expect(res.get('c')).toMatchObject({ outcome: 'skipped', blockedBy: 'a' });
    expect(res.get('y')).toMatchObject({ outcome: 'succeeded' });
  });

  it('never runs two tasks holding the same exclusive resource at once', async () => {
    let holders = 0;
    let overlap = false;
    const tasks = [1, 2, 3, 4].map((k) => ({ key: k, after: [], exclusive: ['clone-source:900'] }));
    await runGraph(tasks, 4, async () => {
      holders++;
      if (holders > 1) overlap = true;
      await tick(5);
      holders--;
    });
    expect(overlap).toBe(false);
  });

  it('ignores dependencies outside the task set (already converged guests)', async () => {
    const res = await runGraph([{ key: 1, after: [42] }], 1, async () => {});
    expect(res.get(1)?.outcome).toBe('succeeded');
  });
});

describe('retry', () => {
  it('recognises Proxmox transient errors', () => {
    expect(isTransientError("can't lock file '/run/lock/lxc/pve-config-950.lock' - got timeout")).toBe(true);
    expect(isTransientError('CT is locked (clone)')).toBe(true);
    expect(isTransientError("unable to parse value of 'memory'")).toBe(false);
  });

  it('retries transient errors and gives up on others', async () => {
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw new Error('CT is locked (snapshot)');
        return 'ok';
      },
      (e) => isTransientError(String(e)),
      { attempts: 5, baseDelayMs: 1, maxDelayMs: 2 },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new Error('hard failure');
        },
        (e) => isTransientError(String(e)),
        { attempts: 5, baseDelayMs: 1, maxDelayMs: 2 },
      ),
    ).rejects.toThrow('hard failure');
    expect(calls).toBe(1);
  });
});
