/**
 * A host command over its bound during apply: the step fails with "did not finish within N s; it
 * was stopped", and a mutating command (here `pct create`) is not sent again.
 */
import { apply, makeEstate } from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

describeShared('apply with a command that outlives its timeout', () => {
  const saved = process.env.PHOENIX_TIMEOUT_LONG;
  beforeAll(() => {
    process.env.PHOENIX_TIMEOUT_LONG = '1';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PHOENIX_TIMEOUT_LONG;
    else process.env.PHOENIX_TIMEOUT_LONG = saved;
  });

  it('fails the step with a clear message and does not retry the mutating command', async () => {
    const e = await makeEstate('example');
    const run = await apply(e, {
      env: { PHOENIX_SIM_LATENCY: JSON.stringify({ profile: 'zero', ops: { 'pct create': 1800 } }) },
    });
    expect(run.job.status).toBe('failed');
    expect(run.out).toMatch(/'pct create 900 [^']*': did not finish within 1 s; it was stopped/);
    const creates = run.commands.filter(
      (c) => c.argv[0] === 'pct' && c.argv[1] === 'create' && c.argv[2] === '900',
    );
    expect(creates).toHaveLength(1);
    // The simulator finishes the abandoned create in the background; let it end before the test does.
    await new Promise((r) => setTimeout(r, 1500));
  }, 30_000);
});
