/**
 * Crash consistency with a real process death: the `phoenix` CLI (transpiled from the sources)
 * runs `apply` against a `sim:PATH` host with slowed-down operations and is SIGKILLed at spread
 * points of its run (once its audit log holds N commands), whatever it is doing then (inside a
 * command, between the phases of a worker, inside the simulator's state-file lock). The next
 * apply, in-process, converges to the same normalised host as an uninterrupted run, with no guest
 * lost, duplicated or left locked. The in-process sweep (kill-point.test.ts) covers every command
 * boundary; this test checks that a killed OS process leaves the simulator as that sweep assumes.
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

const auditLines = (path: string): number =>
  existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0;

/**
 * Runs `phoenix apply` as a child; with `killAtLine`, kills it with SIGKILL as soon as its audit
 * log holds that many lines (polled; the command after them is usually under way, slowed down by
 * the latency profile, so the kill often lands inside it).
 */
function runCli(killAtLine?: number): Promise<{ code: number | null; signal: string | null; audit: number }> {
  const audit = join(work, `audit-${Date.now()}.log`);
  const child = spawn(
    process.execPath,
    [
      entry,
      'apply',
      '--yes',
      '--config-dir',
      e.configDir,
      '--target',
      `sim:${e.statePath}`,
      '--audit-log',
      audit,
    ],
    { env: { PATH: process.env.PATH ?? '', PHOENIX_SIM_LATENCY: LATENCY }, stdio: 'ignore' },
  );
  const poll =
    killAtLine === undefined
      ? undefined
      : setInterval(() => {
          if (auditLines(audit) >= killAtLine) child.kill('SIGKILL');
        }, 3);
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, audit: auditLines(audit) });
    }),
  );
}

it('SIGKILL of the apply process at spread moments: the next apply converges', async () => {
  const fresh = readFileSync(e.statePath, 'utf8');
  const t0 = performance.now();
  const whole = await runCli();
  const fullMs = performance.now() - t0;
  expect(whole.audit).toBeGreaterThan(10);
  expect(whole.code).toBe(0);
  const want = JSON.stringify(normalHost(await readSim(e.statePath)), null, 1);
  const kills = 4;
  const seen: number[] = [];
  const started = performance.now();
  for (let k = 1; k <= kills; k++) {
    writeFileSync(e.statePath, fresh);
    const at = Math.max(1, Math.round((whole.audit * k) / (kills + 1)));
    const run = await runCli(at);
    expect([at, run.signal]).toEqual([at, 'SIGKILL']);
    seen.push(run.audit);
    await dropDeadClaim(e.statePath);
    const resumed = await apply(e);
    if (resumed.job.status !== 'applied' && resumed.job.status !== 'no-changes')
      throw new Error(`killed after audit line ${at}: resumed apply ${resumed.job.status}\n${resumed.out}`);
    const after = await readSim(e.statePath);
    expect(Object.values(after.guests).filter((g) => g.conf.main.values.lock)).toEqual([]);
    expect(JSON.stringify(normalHost(after), null, 1)).toEqual(want);
    expect((await apply(e)).job.status).toBe('no-changes');
  }
  process.stdout.write(
    `kill-process: ${kills} SIGKILLs over a ${Math.round(fullMs)} ms apply of ${whole.audit} audited commands ` +
      `(killed with ${seen.join(', ')} audited), ${Math.round(performance.now() - started)} ms\n`,
  );
}, 120_000);
