/**
 * Crash consistency with a real process death: the `phoenix` CLI (transpiled from the sources)
 * runs `apply` against a `sim:PATH` host with slowed-down operations and is SIGKILLed at spread
 * moments of its run, whatever it is doing (mid-command, between the phases of a worker, inside
 * the simulator's own state-file lock). The next apply, in-process, converges to the same
 * normalised host as an uninterrupted run, with no guest lost, duplicated or left locked.
 * The in-process sweep (kill-point.test.ts) covers every command boundary; this test checks that
 * a killed OS process leaves the simulator as that sweep assumes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apply, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { dropDeadClaim, normalHost, readSim, smallEstate } from '../helpers/kill-point.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';

const LATENCY = 'realistic:0.05';

let work: string;
let entry: string;
let e: Estate;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'phoenix-kill-'));
  entry = transpilePhoenix(join(work, 'phoenix'));
  e = await makeEstate('example', { patch: smallEstate });
}, 60_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (e) rmSync(e.dir, { recursive: true, force: true });
});

/** Runs `phoenix apply` as a child; kills it with SIGKILL after `killAfterMs` (if still running). */
function runCli(
  killAfterMs?: number,
): Promise<{ code: number | null; signal: string | null; audit: number }> {
  const audit = join(work, `audit-${Date.now()}.log`);
  const child = spawn(
    process.execPath,
    [entry, 'apply', '--config-dir', e.configDir, '--target', `sim:${e.statePath}`, '--audit-log', audit],
    { env: { PATH: process.env.PATH ?? '', PHOENIX_SIM_LATENCY: LATENCY }, stdio: 'ignore' },
  );
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const lines = existsSync(audit) ? readFileSync(audit, 'utf8').split('\n').filter(Boolean).length : 0;
      resolve({ code, signal, audit: lines });
    }),
  );
}

it('SIGKILL of the apply process at spread moments: the next apply converges', async () => {
  const fresh = readFileSync(e.statePath, 'utf8');
  const t0 = performance.now();
  const whole = await runCli();
  const fullMs = performance.now() - t0;
  expect(whole.code).toBe(0);
  const want = JSON.stringify(normalHost(await readSim(e.statePath)), null, 1);
  const kills = 6;
  const seen: number[] = [];
  const started = performance.now();
  for (let k = 1; k <= kills; k++) {
    writeFileSync(e.statePath, fresh);
    const at = Math.round((fullMs * k) / (kills + 1));
    const run = await runCli(at);
    expect([at, run.signal]).toEqual([at, 'SIGKILL']);
    seen.push(run.audit);
    await dropDeadClaim(e.statePath);
    const resumed = await apply(e);
    if (resumed.job.status !== 'applied' && resumed.job.status !== 'no-changes')
      throw new Error(`killed at ${at} ms: resumed apply ${resumed.job.status}\n${resumed.out}`);
    const after = await readSim(e.statePath);
    expect(Object.values(after.guests).filter((g) => g.conf.main.values.lock)).toEqual([]);
    expect(JSON.stringify(normalHost(after), null, 1)).toEqual(want);
    expect((await apply(e)).job.status).toBe('no-changes');
  }
  process.stdout.write(
    `kill-process: ${kills} SIGKILLs over a ${Math.round(fullMs)} ms apply (${whole.audit} audit lines uninterrupted; ` +
      `killed after ${seen.join(', ')}), ${Math.round(performance.now() - started)} ms\n`,
  );
}, 120_000);
