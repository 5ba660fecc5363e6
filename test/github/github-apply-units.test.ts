/**
 * The pure parts of the apply and drift actions, in-process: which pull request a push belongs to,
 * what a plan comment was planned against, the review lookup over an in-memory GitHub client, the
 * comment notes, the job summary within its budget, the drift issue (marker, ownership, size),
 * settings from inputs, and which secret values get masked.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApplyResult, GuestReport } from '../../src/apply/types.js';
import { commentBasis, findReview, mergedPullFor } from '../../src/github/apply-review.js';
import { commentUpdate } from '../../src/github/apply-action.js';
import { getApplySettings, runUrl } from '../../src/github/apply-settings.js';
import { renderApplySummary } from '../../src/github/apply-summary.js';
import { getDriftSettings } from '../../src/github/drift-action.js';
import {
  driftMarker,
  parseDriftMarker,
  pickDriftIssue,
  renderDriftIssue,
} from '../../src/github/drift-issue.js';
import type { GitHubClient, IssueComment, PullRequestRef } from '../../src/github/github-client.js';
import { secretValues } from '../../src/github/host-target.js';
import type { Issue } from '../../src/github/issues-client.js';
import { isDrift } from '../../src/jobs/drift-job.js';
import { plan as makePlan, planConfigDiff } from '../../src/plan/planner.js';
import { COMMENT_LIMIT_CHARS } from '../../src/render/budget.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPlanComment } from '../../src/github/plan-comment-body.js';
import type { Plan } from '../../src/plan/types.js';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/shared.js';
import { bigEstate, host } from '../helpers/plan-fixtures.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const pull = (o: Partial<PullRequestRef>): PullRequestRef => ({
  number: 1,
  state: 'closed',
  headSha: 'f'.repeat(40),
  baseRef: 'main',
  ...o,
});

describe('mergedPullFor', () => {
  it('picks the merged pull request whose merge commit is the pushed commit', () => {
    const pulls = [
      pull({ number: 3, state: 'open', mergeCommitSha: SHA }), // test merge commit of an open PR
      pull({ number: 4, mergedAt: '2025-01-01T00:00:00Z', mergeCommitSha: 'b'.repeat(40) }),
      pull({ number: 5, mergedAt: '2025-01-02T00:00:00Z', mergeCommitSha: SHA.toUpperCase() }),
    ];
    expect(mergedPullFor(pulls, SHA)?.number).toBe(5);
    expect(mergedPullFor(pulls.slice(0, 2), SHA)).toBeUndefined();
    expect(mergedPullFor([], SHA)).toBeUndefined();
  });
});

describe('plans in comments', () => {
  const desired = bigEstate(30, 3);
  const live = makePlan(desired, host());
  const diff = planConfigDiff(desired, { ...desired, guests: desired.guests.slice(0, 5) }, {});

  it('tells a plan against the host from a config-to-config plan', () => {
    expect(commentBasis(renderMarkdown(live, { sha: SHA }))).toBe('live-state');
    expect(commentBasis(renderMarkdown(diff, { sha: SHA }))).toBe('config-diff');
    expect(commentBasis('<!-- phoenix-plan {"hash":"x"} -->\nhand-written')).toBe('unknown');
  });

  /** An in-memory client: the pulls of SHA and the comments of PR 9. */
  function client(pulls: PullRequestRef[], comments: IssueComment[]): GitHubClient {
    const no = (): never => {
      throw new Error('not used');
    };
    return {
      apiUrl: 'http://x',
      authenticatedUser: async () => undefined,
      listIssueComments: async (_r, n) => (n === 9 ? comments : []),
      createIssueComment: no,
      updateIssueComment: no,
      listArtifacts: no,
      downloadArtifact: no,
      getFile: no,
      pullRequestsForCommit: async (_r, sha) => (sha === SHA ? pulls : []),
      commitsBetween: no,
    };
  }
  /** The comment the plan action writes (sealed with its body hash). */
  const sealed = (p: Plan, sha = ''): string => renderPlanComment(p, { sha, artifactName: 'phoenix-plan' });
  const merged = pull({
    number: 9,
    mergedAt: '2025-01-01T00:00:00Z',
    mergeCommitSha: SHA,
    headSha: 'c'.repeat(40),
  });
  const comment = (body: string, author = 'github-actions[bot]', id = 1): IssueComment => ({
    id,
    body,
    author,
    htmlUrl: `https://github.com/o/r/pull/9#issuecomment-${id}`,
    createdAt: '2025-01-01T00:00:00Z',
  });
  const repo = { owner: 'o', repo: 'r' };

  it('finds the reviewed plan, and says when it was made for an older commit of the PR', async () => {
    const r = await findReview(client([merged], [comment(sealed(live, 'c'.repeat(40)))]), repo, SHA);
    expect(r).toMatchObject({ kind: 'reviewed', header: { hash: live.hash }, pull: { number: 9 } });
    expect(r.kind === 'reviewed' && r.staleNote).toBeUndefined();
    const stale = await findReview(client([merged], [comment(sealed(live, 'd'.repeat(40)))]), repo, SHA);
    expect(stale.kind === 'reviewed' && stale.staleNote).toBe(
      "the plan comment was made for ddddddd, but the pull request's last commit is ccccccc",
    );
  });

  it('counts as unreviewed: no merged PR, an open PR only, another author, an errored plan, a config diff', async () => {
    const reason = async (pulls: PullRequestRef[], comments: IssueComment[], author?: string) => {
      const r = await findReview(client(pulls, comments), repo, SHA, author);
      return r.kind === 'unreviewed' ? r.reason : 'reviewed';
    };
    expect(await reason([], [])).toBe(
      'no pull request was merged as commit a1b2c3d (a direct push or a manual run)',
    );
    expect(await reason([pull({ number: 8 })], [])).toContain('it belongs to unmerged pull request #8');
    expect(await reason([merged], [comment(renderMarkdown(live), 'mallory')])).toBe(
      'pull request #9 has no Phoenix plan comment written by github-actions[bot]',
    );
    expect(await reason([merged], [comment(sealed(live), 'my-app[bot]')], 'my-app[bot]')).toBe('reviewed');
    expect(
      await reason(
        [merged],
        [comment('<!-- phoenix-plan {"hash":"","sha":"x","status":"errored"} -->\n## Phoenix plan')],
      ),
    ).toBe('the plan comment on pull request #9 holds no plan (status errored)');
    expect(await reason([merged], [comment(renderMarkdown(diff))])).toContain(
      "compared the config with the base branch's config",
    );
  });
});

describe('comment notes', () => {
  const link = 'https://github.com/o/r/actions/runs/1';
  it('say what happened, with the run link and the commit', () => {
    const result: ApplyResult = {
      guests: [
        guest('ct/950', 'failed', 'pct set 950 failed: CT is locked\nmore'),
        guest('ct/951', 'skipped'),
      ],
      wallMs: 4200,
      succeeded: 3,
      failed: 1,
      skipped: 1,
    };
    expect(commentUpdate('failed', { exitCode: 1, status: 'failed', result }, { sha: SHA, link })).toEqual({
      status: 'failed',
      note: `Apply by [this run](${link}) at \`a1b2c3d\` failed: 1 failed, 1 skipped, 3 succeeded (ct/950: pct set 950 failed: CT is locked). Fix the cause and re-run the Apply workflow; finished guests are not redone.`,
    });
    expect(
      commentUpdate(
        'applied',
        { exitCode: 0, status: 'applied', result: { ...result, failed: 0, skipped: 0 } },
        { link },
      ).note,
    ).toBe(`Applied by [this run](${link}): 3 guests converged in 4.2s.`);
    expect(commentUpdate('unreviewed', undefined, { reason: 'no comment' })).toEqual({
      status: 'failed',
      note: 'Not applied by the apply run: no comment.',
    });
    expect(commentUpdate('plan-changed', undefined, {}).status).toBe('plan-changed');
  });

  it('link to the run attempt when it is not the first', () => {
    expect(runUrl('https://github.com', 'o/r', { GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '2' })).toBe(
      'https://github.com/o/r/actions/runs/5/attempts/2',
    );
    expect(runUrl('https://github.com', 'o/r', { GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '1' })).toBe(
      'https://github.com/o/r/actions/runs/5',
    );
    expect(runUrl('https://github.com', undefined, { GITHUB_RUN_ID: '5' })).toBeUndefined();
  });
});

function guest(address: string, outcome: GuestReport['outcome'], reason?: string): GuestReport {
  return {
    address,
    id: Number(address.split('/')[1]),
    kind: 'lxc',
    name: `name-${address}`,
    action: 'update',
    outcome,
    reason,
    ms: 1500,
    steps:
      outcome === 'skipped'
        ? []
        : [
            { op: 'configure', label: 'set 2 keys', ms: 300, ok: true },
            { op: 'start', label: 'start', ms: 1200, ok: outcome === 'succeeded', note: 'retried 2x' },
          ],
    warnings: [],
  };
}

describe('the apply job summary', () => {
  it('has a row per guest with its time and slowest step, and step timings', () => {
    const result: ApplyResult = {
      guests: [
        guest('ct/950', 'succeeded'),
        guest('ct/951', 'failed', 'CT is | locked'),
        guest('ct/952', 'skipped', 'ct/951 failed'),
      ],
      wallMs: 3000,
      succeeded: 1,
      failed: 1,
      skipped: 1,
    };
    const md = renderApplySummary({ status: 'failed', target: 'local', sha: SHA, review: 'none.', result });
    expect(md).toContain('## Phoenix apply: :x: failed');
    expect(md).toContain('- Commit `a1b2c3d` on `local`.');
    expect(md).toContain(
      '| `ct/950` name-ct/950 | update in place | :white_check_mark: succeeded | 1.5s | start (1.2s) |  |',
    );
    expect(md).toContain(
      '| `ct/951` name-ct/951 | update in place | :x: failed | 1.5s | start (1.2s) | CT is \\| locked |',
    );
    expect(md).toContain(
      '| `ct/952` name-ct/952 | update in place | :fast_forward: skipped | - |  | ct/951 failed |',
    );
    expect(md).toContain('| :x: start | 1.2s | retried 2x |');
  });

  it('stays within its budget for thousands of guests: step timings go first, then rows', () => {
    const guests = Array.from({ length: 3000 }, (_, i) => guest(`ct/${1000 + i}`, 'succeeded'));
    const result: ApplyResult = { guests, wallMs: 1, succeeded: 3000, failed: 0, skipped: 0 };
    const md = renderApplySummary({
      status: 'applied',
      target: 'local',
      review: 'x',
      result,
      budgetBytes: 60_000,
    });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(60_000);
    expect(md).not.toContain('Step timings');
    expect(md).toMatch(/…and \d+ more guests not shown \(summary size limit\)/);
    const roomy = renderApplySummary({ status: 'applied', target: 'local', review: 'x', result });
    expect(roomy).toContain('Step timings');
    expect(roomy).not.toContain('more guests not shown');
  });
});

describe('the drift issue', () => {
  const me = { login: 'github-actions[bot]', source: 'actions-bot' as const };
  const issue = (o: Partial<Issue>): Issue => ({
    number: 1,
    title: 'Drift detected',
    body: driftMarker({ hash: 'h', sha: 's', target: 'local' }),
    state: 'open',
    author: me.login,
    labels: ['phoenix-drift'],
    htmlUrl: '',
    ...o,
  });

  it('is ours only with the marker, the label and our author; the oldest wins', () => {
    expect(pickDriftIssue([issue({ number: 7 }), issue({ number: 3 })], me, 'phoenix-drift')?.number).toBe(3);
    expect(pickDriftIssue([issue({ author: 'mallory' })], me, 'phoenix-drift')).toBeUndefined();
    expect(pickDriftIssue([issue({ labels: ['bug'] })], me, 'phoenix-drift')).toBeUndefined();
    expect(
      pickDriftIssue([issue({ body: 'Drift! <!-- phoenix-drift broken -->' })], me, 'phoenix-drift'),
    ).toBeUndefined();
  });

  it('round-trips its marker, which cannot close the HTML comment early', () => {
    const m = { hash: 'abc', sha: SHA, target: 'ssh://root@pve --> <b>' };
    expect(driftMarker(m)).not.toContain('--> <b>');
    expect(parseDriftMarker(`text\n${driftMarker(m)}\nmore`)).toEqual(m);
  });

  it('fits a big estate in one issue body, and is drift only when something differs', () => {
    const big = makePlan(bigEstate(2000), host());
    const body = renderDriftIssue(big, { sha: SHA, target: 'local', checkedAt: '2025-01-01T00:00:00Z' });
    expect(body.length).toBeLessThan(COMMENT_LIMIT_CHARS);
    expect(parseDriftMarker(body)?.hash).toBe(big.hash);
    expect(isDrift(big)).toBe(true);
    expect(isDrift(makePlan({ ...bigEstate(20), guests: [] }, host()))).toBe(false);
  });
});

describe('settings and secrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-apply-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the apply inputs with their defaults and refuses bad values', () => {
    const s = getApplySettings({ INPUT_CONFIG_DIR: '.', GITHUB_SHA: SHA, RUNNER_TEMP: dir }, dir);
    expect(s).toMatchObject({
      requireReviewedPlan: true,
      allowUnreviewed: false,
      concurrency: 4,
      keepSafetySnapshots: 3,
      lockTimeoutSec: 600,
      stateDir: join(dir, 'phoenix-state'),
      sha: SHA,
      host: { target: 'local' },
    });
    expect(s.only).toBeUndefined();
    expect(getApplySettings({ INPUT_CONFIG_DIR: '.', INPUT_ONLY: 'ct/950,ct/95*' }, dir).only).toEqual([
      'ct/950',
      'ct/95*',
    ]);
    expect(() => getApplySettings({ INPUT_CONFIG_DIR: '.', INPUT_CONCURRENCY: '0' }, dir)).toThrow(
      "input 'concurrency' must be an integer from 1 to 64, got '0'",
    );
    expect(() => getApplySettings({ INPUT_CONFIG_DIR: '.', INPUT_ALLOW_UNREVIEWED: 'yes' }, dir)).toThrow(
      "input 'allow-unreviewed' must be true or false",
    );
    expect(() => getApplySettings({ INPUT_CONFIG_DIR: '.', GITHUB_SHA: 'main' }, dir)).toThrow(/hex SHA/);
    expect(() => getDriftSettings({ INPUT_CONFIG_DIR: '.', INPUT_ISSUE_LABEL: 'a,b' }, dir)).toThrow(
      /one label name/,
    );
  });

  it('masks the key, its passphrase and each line of the key body, not its armor', () => {
    const key =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAABBBBCCCCDDDD\nshort\n-----END OPENSSH PRIVATE KEY-----\n';
    expect(secretValues({ target: 'ssh://root@pve', sshKey: key, sshKeyPassphrase: 'hunter22' })).toEqual([
      key,
      'AAAABBBBCCCCDDDD',
      'hunter22',
    ]);
    expect(secretValues({ target: 'local' })).toEqual([]);
  });
});

describe('the self-hosted workflows', () => {
  type Wf = {
    on: Record<string, unknown>;
    permissions: unknown;
    concurrency: unknown;
    jobs: Record<
      string,
      {
        'runs-on': unknown;
        environment: unknown;
        steps: Array<{ uses?: string; with?: Record<string, unknown> }>;
      }
    >;
  };
  const load = (f: string): Wf =>
    parseYaml(readFileSync(join(REPO_ROOT, '.github', 'workflows', f), 'utf8')) as Wf;

  it('apply.yml: push to main touching config, or by hand; on the Proxmox runner, one at a time, in an environment', () => {
    const wf = load('apply.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(wf.on.push).toEqual({ branches: ['main'], paths: ['config/**'] });
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(wf.concurrency).toEqual({ group: 'proxmox-host', 'cancel-in-progress': false });
    const [job] = Object.values(wf.jobs);
    expect(job!['runs-on']).toEqual(['self-hosted', 'proxmox']);
    expect(job!.environment).toBe('proxmox');
    const step = job!.steps.find((x) => x.uses === './actions/apply')!;
    expect(step.with?.target).toBe('local');
  });

  it('drift.yml: on a schedule (and by hand), read-only on the Proxmox runner, may write issues only', () => {
    const wf = load('drift.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' });
    const [job] = Object.values(wf.jobs);
    expect(job!['runs-on']).toEqual(['self-hosted', 'proxmox']);
    expect(job!.steps.map((x) => x.uses).filter(Boolean)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^actions\/checkout@/), './actions/drift']),
    );
  });
});
