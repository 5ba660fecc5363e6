/**
 * actions/drift run as the runner runs a node24 action, against the OpenAPI-checked fake GitHub API
 * (with issues and labels), the results-service stand-in the state artifact is uploaded to, and a
 * simulated host converged to the example estate:
 * no drift opens nothing; drift opens ONE issue, later checks edit it in place; the issue closes
 * when the host matches again; an issue with the same marker and label by someone else is ignored.
 * The bundle is the committed dist/ unless PHOENIX_TEST_DIST names a fresh build of the sources.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LiveState } from '../../src/model/live-state.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { parseDriftMarker } from '../../src/github/drift-issue.js';
import { apply, makeEstate, type Estate } from '../helpers/apply-harness.js';
import {
  IN_PROCESS_UPLOAD_MARKER,
  requireBundle,
  runAction,
  stageActionTree,
  type ActionRunResult,
} from '../helpers/node-action-runner.js';
import { startFakeResultsService, type FakeResultsService } from '../helpers/fake-results-service.js';
import { FakeIssues } from '../helpers/fake-github-issues.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/shared.js';

const distOverride = process.env.PHOENIX_TEST_DIST;
let actionRoot = REPO_ROOT;
beforeAll(() => {
  if (distOverride) actionRoot = stageActionTree(REPO_ROOT, ['actions/drift'], distOverride);
  requireBundle(actionRoot, 'drift', [IN_PROCESS_UPLOAD_MARKER]);
});
afterAll(() => {
  if (distOverride) rmSync(actionRoot, { recursive: true, force: true });
});

/**
 * A scheduled run's event: `schedule` with the cron, plus the repository and sender of the real
 * branch `push` example (the repository the fake API serves).
 */
function schedulePayload(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const groups = require('@octokit/webhooks-examples') as Array<{
    name: string;
    examples: Array<Record<string, unknown>>;
  }>;
  const push = groups.find((g) => g.name === 'push')!.examples.find((x) => x.ref === 'refs/heads/master')!;
  return {
    schedule: '17 5 * * *',
    repository: structuredClone(push.repository),
    sender: structuredClone(push.sender),
  };
}

let e: Estate;
let gh: FakeGitHub;
let issues: FakeIssues;
let results: FakeResultsService;

beforeEach(async () => {
  e = await makeEstate('example');
  expect((await apply(e)).job.status).toBe('applied');
  results = await startFakeResultsService();
  gh = await startFakeGitHub();
  gh.addToken('ghs_actions', ACTIONS_BOT);
  issues = new FakeIssues(gh);
});
afterEach(async () => {
  try {
    gh.assertNoViolations();
    results.assertNoViolations();
  } finally {
    await gh.close();
    await results.close();
    rmSync(e.dir, { recursive: true, force: true });
  }
});

function runDrift(inputs: Record<string, string> = {}): Promise<ActionRunResult> {
  return runAction({
    actionDir: join(actionRoot, 'actions', 'drift'),
    workspace: e.dir,
    inputs: { 'github-token': 'ghs_actions', target: `sim:${e.statePath}`, ...inputs },
    env: { GITHUB_API_URL: gh.url, PHOENIX_SIM_LATENCY: 'zero', ...results.env() },
    event: { name: 'schedule', payload: schedulePayload() },
    timeoutMs: 120_000,
  });
}

/** Changes the host behind Phoenix's back, as someone at the Proxmox console would. */
async function onHost(...argv: string[]): Promise<void> {
  const t = new SimTransport(e.statePath, { env: {} });
  try {
    const r = await t.run(argv);
    if (r.exitCode !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  } finally {
    await t.close();
  }
}

const errors = (r: ActionRunResult): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('actions/drift', () => {
  it('opens no issue when the host matches, and records the state', async () => {
    const r = await runDrift();
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ drifted: 'false', 'issue-number': '', 'to-change': '0' });
    expect(issues.issues).toEqual([]);
    expect(gh.calls('issues/list-for-repo')).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    // The state went to the results service in-process, as the artifact the next plans read.
    expect(results.artifacts.map((a) => [a.name, a.retentionDays])).toEqual([['phoenix-state', 90]]);
    const files = results.files('phoenix-state');
    expect(Object.keys(files)).toEqual(['phoenix-state.json']);
    expect((JSON.parse(files['phoenix-state.json']!) as LiveState).guests.length).toBeGreaterThan(0);
    expect(r.summary).toContain('## Phoenix drift check: :white_check_mark: no drift');
    expect(r.summary).toContain("The host's state is recorded as the `phoenix-state` artifact.");
  });

  it('opens one issue on drift; the next check edits the same issue', async () => {
    await onHost('pct', 'set', '950', '--memory', '512');
    const first = await runDrift();
    expect(errors(first)).toEqual([]);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ drifted: 'true', 'to-change': '1', 'issue-number': '100' });
    expect(issues.open()).toHaveLength(1);
    const issue = issues.open()[0]!;
    expect(issue).toMatchObject({
      title: 'Drift detected',
      user: 'github-actions[bot]',
      labels: ['phoenix-drift'],
    });
    expect(parseDriftMarker(issue.body)).toEqual({
      hash: first.outputs['plan-hash'],
      sha: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown as string,
      target: `sim:${e.statePath}`,
    });
    expect(issue.body).toContain('**Plan: 0 to create, 1 to change, 0 to destroy.**');
    expect(issue.body).toContain('## What apply would do');
    expect(issue.body).toContain('CT 950');
    expect(issue.body).not.toContain('<!-- phoenix-plan');
    expect(issues.labels.map((l) => l.name)).toEqual(['phoenix-drift']);
    expect(gh.calls('issues/create-label')).toHaveLength(1);
    expect(first.summary).toContain('## Phoenix drift check: :warning: drift detected');
    expect(first.summary).toContain('Drift issue: opened [#100]');
    expect(first.annotations.filter((a) => a.command === 'warning').map((a) => a.message)).toEqual([
      expect.stringContaining('Drift: the host'),
    ]);

    // More drift: the same issue is edited, a comment says the differences changed.
    await onHost('pct', 'set', '953', '--cores', '1');
    const second = await runDrift();
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ drifted: 'true', 'to-change': '2', 'issue-number': '100' });
    expect(issues.issues).toHaveLength(1);
    expect(issues.open()[0]!.body).toContain('CT 953');
    expect(parseDriftMarker(issues.open()[0]!.body)?.hash).toBe(second.outputs['plan-hash']);
    expect(gh.calls('issues/create')).toHaveLength(1);
    expect(gh.calls('issues/update')).toHaveLength(1);
    expect(gh.commentsOn(100).map((c) => c.body)).toEqual([
      expect.stringContaining(
        `The differences changed ([drift check](https://github.com/Codertocat/Hello-World/actions/runs/4242)): plan \`${first.outputs['plan-hash']!.slice(0, 12)}\``,
      ),
    ]);

    // Unchanged drift: edited again (the check time), no new comment, still one issue.
    const third = await runDrift();
    expect(third.outputs['issue-number']).toBe('100');
    expect(issues.issues).toHaveLength(1);
    expect(gh.commentsOn(100)).toHaveLength(1);
  });

  it('closes the issue with a comment when the host matches again', async () => {
    await onHost('pct', 'set', '950', '--memory', '512');
    expect((await runDrift()).outputs.drifted).toBe('true');
    expect((await apply(e)).job.status).toBe('applied'); // someone ran apply
    const r = await runDrift();
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ drifted: 'false', 'issue-number': '100' });
    expect(issues.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(gh.commentsOn(100).map((c) => c.body)).toEqual([expect.stringContaining('matches the config')]);
    expect(r.summary).toContain('closed, the host matches again');
    // A later clean check does nothing more.
    await runDrift();
    expect(gh.calls('issues/update')).toHaveLength(1);
  });

  it('ignores a look-alike issue written by someone else and opens its own', async () => {
    const forged = issues.add({
      title: 'Drift detected',
      body: '<!-- phoenix-drift {"hash":"0","sha":"","target":"local"} -->\nAll fine, nothing to see.',
      user: 'mallory',
      labels: ['phoenix-drift'],
    });
    await onHost('pct', 'set', '950', '--memory', '512');
    const r = await runDrift();
    expect(r.exitCode).toBe(0);
    expect(issues.open().map((i) => i.user)).toEqual(['mallory', 'github-actions[bot]']);
    expect(issues.issues[0]!.body).toBe(forged.body);
    expect(r.outputs['issue-number']).toBe(String(forged.number + 1));
  });

  it('fails only when asked to on drift; a token that cannot write issues fails the step but keeps the state', async () => {
    await onHost('pct', 'set', '950', '--memory', '512');
    const strict = await runDrift({ 'fail-on-drift': 'true' });
    expect(strict.exitCode).toBe(1);
    expect(errors(strict)).toEqual(['phoenix drift: drift detected and fail-on-drift is true.']);

    gh.addToken('ghs_read', { ...ACTIONS_BOT, canWrite: false });
    issues.issues.length = 0;
    const readOnly = await runDrift({ 'github-token': 'ghs_read' });
    expect(readOnly.exitCode).toBe(1);
    expect(errors(readOnly)).toEqual([expect.stringContaining("(grant 'issues: write')")]);
    // Each check replaced the run's state artifact (one name per run, as `overwrite` did).
    expect(results.calls.filter((c) => c === 'FinalizeArtifact')).toHaveLength(2);
    expect(results.calls.filter((c) => c === 'DeleteArtifact')).toHaveLength(1);
    expect(results.artifacts.map((a) => a.name)).toEqual(['phoenix-state']);
  });

  it('uploads the state under the name and retention given; a refused upload fails the step', async () => {
    const r = await runDrift({ 'state-artifact': 'host-state', 'state-retention-days': '7' });
    expect(r.exitCode).toBe(0);
    expect(results.artifacts.map((a) => [a.name, a.retentionDays])).toEqual([['host-state', 7]]);
    expect(r.summary).toContain('recorded as the `host-state` artifact');

    results.failCreate = {
      status: 403,
      code: 'permission_denied',
      msg: 'artifact storage quota has been hit',
    };
    const refused = await runDrift({ 'state-artifact': 'host-state' });
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs.drifted).toBe('false');
    expect(errors(refused)).toEqual([
      expect.stringMatching(
        /^Could not upload the 'host-state' artifact \(phoenix-state\.json\): .*quota has been hit/,
      ),
    ]);
    expect(refused.summary).toContain('was **not** uploaded as the `host-state` artifact');
  });

  it('refuses a bad retention before the host is read', async () => {
    const r = await runDrift({ 'state-retention-days': 'forever' });
    expect(r.exitCode).toBe(2);
    expect(errors(r)).toEqual([
      "phoenix drift: input 'state-retention-days' must be an integer from 0 to 400, got 'forever'",
    ]);
    expect(results.calls).toEqual([]);
  });
});
