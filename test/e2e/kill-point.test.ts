/**
 * Crash consistency (issue 10, item 3): apply is killed after its Nth mutating host command, for
 * every N of a small estate (a template container, a clone of it, a VM template from a cloud image
 * and a clone of that) and for a sample of N across the example estate; after each kill, the next
 * apply converges to the same normalised host as an uninterrupted run: no guest lost, duplicated
 * or left locked. The figures (kill points, time) are printed.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { apply, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { dropDeadClaim, KillingTransport, normalHost, readSim, smallEstate } from '../helpers/kill-point.js';

/** A copy of the estate's fresh host, so every kill point starts from the same host. */
async function snapshotHost(e: Estate): Promise<string> {
  return JSON.stringify(await readSim(e.statePath));
}

interface Sweep {
  readonly points: number;
  readonly total: number;
  readonly resumes: number;
  readonly ms: number;
}

/**
 * Kills apply at each of `points` (mutating command numbers), resumes with plain applies (at most
 * two: one must converge, the second must then find nothing to do), and compares with `want`.
 */
async function sweep(e: Estate, fresh: string, want: string, points: readonly number[], total: number) {
  const t0 = performance.now();
  let resumes = 0;
  for (const n of points) {
    writeFileSync(e.statePath, fresh);
    const killer = new KillingTransport(e.statePath, n);
    await apply(e, { transport: killer }).catch(() => undefined);
    expect([n, killer.killed]).toEqual([n, true]);
    await dropDeadClaim(e.statePath);
    const resumed = await apply(e);
    resumes++;
    if (resumed.job.status !== 'applied' && resumed.job.status !== 'no-changes')
      throw new Error(`kill point ${n}: resumed apply ${resumed.job.status}\n${resumed.out}`);
    const after = await readSim(e.statePath);
    const locked = Object.values(after.guests).filter((g) => g.conf.main.values.lock);
    expect([n, locked.map((g) => `${g.vmid}: ${g.conf.main.values.lock}`)]).toEqual([n, []]);
    const got = JSON.stringify(normalHost(after), null, 1);
    if (got !== want) process.stdout.write(`kill point ${n} of ${total} differs\n`);
    expect(got).toEqual(want);
    const again = await apply(e);
    expect([n, again.job.status]).toEqual([n, 'no-changes']);
  }
  const s: Sweep = { points: points.length, total, resumes, ms: Math.round(performance.now() - t0) };
  return s;
}

/** Uninterrupted run: the wanted normal host and the number of mutating commands. */
async function baseline(e: Estate, fresh: string): Promise<{ want: string; total: number }> {
  writeFileSync(e.statePath, fresh);
  const counter = new KillingTransport(e.statePath, Infinity);
  const run = await apply(e, { transport: counter });
  if (run.job.status !== 'applied') throw new Error(`baseline apply: ${run.job.status}\n${run.out}`);
  return { want: JSON.stringify(normalHost(await readSim(e.statePath)), null, 1), total: counter.mutating };
}

let estates: Estate[] = [];
afterAll(() => {
  for (const e of estates) rmSync(e.dir, { recursive: true, force: true });
  estates = [];
});

describe('apply killed after its Nth host command converges on the next run', () => {
  it('every kill point of a small estate (containers and VMs, templates and clones)', async () => {
    const e = await makeEstate('example', { patch: smallEstate });
    estates.push(e);
    const fresh = await snapshotHost(e);
    const { want, total } = await baseline(e, fresh);
    const all = Array.from({ length: total }, (_, i) => i + 1);
    const s = await sweep(e, fresh, want, all, total);
    process.stdout.write(
      `kill-point sweep, small estate: ${s.points} of ${s.total} kill points (every one), ${s.resumes} resumed applies, ${s.ms} ms\n`,
    );
    expect(s.points).toBe(total);
  }, 120_000);

  it('a sample of kill points across the example estate', async () => {
    const e = await makeEstate('example');
    estates.push(e);
    const fresh = await snapshotHost(e);
    const { want, total } = await baseline(e, fresh);
    // Every kill point takes ~90-130 s here (three applies each): a deterministic spread of about
    // 20 in npm test; PHOENIX_KILL_POINTS=all (scripts/bench-kill-points.mjs) tries every one.
    const step = process.env.PHOENIX_KILL_POINTS === 'all' ? 1 : Math.max(1, Math.ceil(total / 20));
    const points = Array.from({ length: Math.ceil(total / step) }, (_, i) => Math.min(total, 1 + i * step));
    const s = await sweep(e, fresh, want, [...new Set([...points, total])], total);
    process.stdout.write(
      `kill-point sweep, example estate: ${s.points} of ${s.total} kill points (${step === 1 ? 'every one' : `every ${step}th`}), ${s.resumes} resumed applies, ${s.ms} ms\n`,
    );
  }, 300_000);
});
