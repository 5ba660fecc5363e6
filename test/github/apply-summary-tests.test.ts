import type { ApplyResult, GuestReport } from '../../src/apply/types.js';
import { commentUpdate } from '../../src/github/apply-action.js';
import { renderApplySummary } from '../../src/github/apply-summary.js';

const guest = (
  address: string,
  tests: GuestReport['tests'],
  outcome: GuestReport['outcome'] = 'succeeded',
): GuestReport => ({
  address,
  id: Number(address.split('/')[1]),
  kind: 'lxc',
  name: 'g',
  action: 'create',
  outcome,
  ms: 1000,
  steps: [],
  warnings: [],
  ...(tests ? { tests } : {}),
});

const result: ApplyResult = {
  guests: [
    guest('ct/950', [
      { suite: 's', name: 'answers', blocking: true, outcome: 'passed' },
      { suite: 's', name: 'gpu', blocking: false, outcome: 'failed' },
    ]),
    guest('ct/951', [{ suite: 's', name: 'db', blocking: true, outcome: 'not-run' }], 'skipped'),
    guest('ct/952', undefined),
  ],
  wallMs: 3000,
  succeeded: 2,
  failed: 0,
  skipped: 1,
};

describe('test results in the apply summaries', () => {
  it('the job summary counts passed / failed / not run and names each test that did not pass', () => {
    const md = renderApplySummary({ status: 'failed', target: 'sim:x', review: 'none.', result });
    expect(md).toContain(
      '- Tests: 1 passed, 1 failed (1 non-blocking), 1 not run. ct/950 s/gpu: failed (non-blocking); ct/951 s/db: not run.',
    );
  });

  it("the PR comment's note carries the same counts; no line when no test was planned", () => {
    const job = { exitCode: 1 as const, status: 'failed' as const, result };
    expect(commentUpdate('failed', job, {}).note).toContain(
      'Tests: 1 passed, 1 failed (1 non-blocking), 1 not run.',
    );
    const none = { ...result, guests: [guest('ct/952', undefined)] };
    expect(commentUpdate('applied', { exitCode: 0, status: 'applied', result: none }, {}).note).not.toContain(
      'Tests:',
    );
  });
});
