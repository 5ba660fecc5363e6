/**
 * actions/drift run through the composite harness as the runner would, against the OpenAPI-checked
 * fake GitHub API (with issues and labels) and a simulated host converged to the example estate:
 * no drift opens nothing; drift opens ONE issue, later checks edit it in place; the issue closes
 * when the host matches again; an issue with the same marker and label by someone else is ignored.
 * The bundle is the committed dist/ unless PHOENIX_TEST_DIST names a fresh build of the sources.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { LiveState } from '../../src/model/live-state.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { parseDriftMarker } from '../../src/github/drift-issue.js';
import { apply, makeEstate, type Estate } from '../helpers/apply-harness.js';
import {
  runCompositeAction,
  stageActionTree,
  type CompositeRunResult,
  type UsesHandler,
} from '../helpers/composite-runner.js';
import { FakeIssues } from '../helpers/fake-github-issues.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/shared.js';

const distOverride = process.env.PHOENIX_TEST_DIST;
let actionRoot = REPO_ROOT;
beforeAll(() => {
  if (distOverride) actionRoot = stageActionTree(REPO_ROOT, ['.', 'actions/drift'], distOverride);
  let probe = '';
  try {
    execFileSync('node', [join(actionRoot, 'dist', 'index.js'), 'gh', 'drift', '--no-such-flag'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
  } catch (err) {
    probe = String((err as { stdout?: string }).stdout ?? '');
  }
  if (!probe.includes('no-such-flag')) {
    throw new Error(
      `${join(actionRoot, 'dist', 'index.js')} has no 'phoenix gh drift': rebuild dist/ (npm run bundle) or point PHOENIX_TEST_DIST at a fresh build`,
    );
  }
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
let uploads: Array<Record<string, string>>;
const uploadArtifact: UsesHandler = async (withInputs) => {
  uploads.push({ ...withInputs, content: readFileSync(withInputs.path, 'utf8') });
  return { outputs: { 'artifact-id': '902' } };
};

beforeEach(async () => {
  e = await makeEstate('example');
  expect((await apply(e)).job.status).toBe('applied');
  uploads = [];
  gh = await startFakeGitHub();
  gh.addToken('ghs_actions', ACTIONS_BOT);
  issues = new FakeIssues(gh);
});
afterEach(async () => {
  try {
    gh.assertNoViolations();
  } finally {
    await gh.close();
    rmSync(e.dir, { recursive: true, force: true });
  }
});

function runDrift(inputs: Record<string, string> = {}): Promise<CompositeRunResult> {
  return runCompositeAction({
    actionDir: join(actionRoot, 'actions', 'drift'),
    workspace: e.dir,
    inputs: { 'github-token': 'ghs_actions', target: `sim:${e.statePath}`, ...inputs },
    env: { GITHUB_API_URL: gh.url, PHOENIX_SIM_LATENCY: 'zero' },
    event: { name: 'schedule', payload: schedulePayload() },
    uses: { 'actions/upload-artifact': uploadArtifact },
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

const errors = (r: CompositeRunResult): string[] =>
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
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ name: 'phoenix-state', overwrite: 'true' });
    expect((JSON.parse(uploads[0]!.content) as LiveState).guests.length).toBeGreaterThan(0);
    expect(r.summary).toContain('## Phoenix drift check: :white_check_mark: no drift');
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
    expect(uploads.length).toBe(2);
  });
});
