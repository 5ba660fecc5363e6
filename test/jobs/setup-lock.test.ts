/**
 * setup-hypervisor and the host-wide apply lock, on the simulator: a real run waits for an apply
 * that holds the lock and starts when it is released, gives up with apply's timeout message when
 * the holder keeps it, and leaves the lock free when done; a dry run (read-only) takes no lock.
 */
import { HostLock } from '../../src/host/host-lock.js';
import { runSetupJob } from '../../src/jobs/setup-job.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { configDir, freshHost } from '../helpers/hypervisor-fixtures.js';
import { recordingLogger } from '../helpers/recording-logger.js';

const small = { timezone: 'Europe/Berlin' };

async function holdLock(
  state: string,
  note: string,
): Promise<{ lock: HostLock; close: () => Promise<void> }> {
  const t = new SimTransport(state, { env: {} });
  const lock = await HostLock.acquire(t, { timeoutMs: 1000, note });
  return { lock, close: () => t.close() };
}

function setup(state: string, dryRun: boolean, extra: { lockTimeoutMs?: number } = {}) {
  const logger = recordingLogger();
  const run = runSetupJob({
    configDir: configDir(small),
    target: `sim:${state}`,
    dryRun,
    env: {},
    cwd: process.cwd(),
    logger,
    lockPollMs: 20,
    ...extra,
  });
  return { run, logger };
}

describe('setup-hypervisor takes the host lock apply takes', () => {
  it('a real run waits while an apply holds the lock, then runs once it is released', async () => {
    const state = await freshHost();
    const apply = await holdLock(state, 'plan 0123456789ab');
    const { run, logger } = setup(state, false, { lockTimeoutMs: 10_000 });
    let done = false;
    void run.then(() => (done = true));
    // Wait (bounded) for setup to report that it waits: on a loaded machine validation and
    // opening the host may take a while before it asks for the lock.
    const waiting =
      /Waiting for the host-wide apply lock \(1 ahead of us\): run [0-9a-f]{12} by .+ \(plan 0123456789ab\)/;
    for (let t = 0; t < 200 && !waiting.test(logger.lines.join('\n')); t++)
      await new Promise((r) => setTimeout(r, 50));
    expect(logger.lines.join('\n')).toMatch(waiting);
    expect(done).toBe(false);
    await apply.lock.release();
    const outcome = await run;
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report?.dryRun).toBe(false);
    // Setup released the lock: another holder gets it at once.
    const next = await holdLock(state, 'after setup');
    await next.lock.release();
    await Promise.all([apply.close(), next.close()]);
  });

  it('a real run refuses after its lock timeout, naming the holder, and changes nothing', async () => {
    const state = await freshHost();
    const apply = await holdLock(state, 'plan feedfacecafe');
    const { run } = setup(state, false, { lockTimeoutMs: 200 });
    await expect(run).rejects.toThrow(
      /timed out after 0\.2 s waiting for the host-wide apply lock \(\/run\/lock\/phoenix-apply\.queue\): held by run [0-9a-f]{12} by .+ \(plan feedfacecafe\)/,
    );
    await apply.lock.release();
    await apply.close();
  });

  it('a dry run takes no lock: it runs while an apply holds it', async () => {
    const state = await freshHost();
    const apply = await holdLock(state, 'plan 0123456789ab');
    const { run, logger } = setup(state, true, { lockTimeoutMs: 200 });
    const outcome = await run;
    expect(outcome.exitCode).toBe(0);
    expect(logger.lines.join('\n')).not.toContain('Waiting for the host-wide apply lock');
    expect(outcome.commands.some((c) => c.argv.join(' ').includes('phoenix-apply'))).toBe(false);
    await apply.lock.release();
    await apply.close();
  });
});
