/**
 * actions/plan and the root action.yml (command: plan), run as the runner runs a node24 action,
 * on real webhook payloads, against the OpenAPI-checked fake GitHub API and the results-service
 * stand-in the plan artifact is uploaded to. The bundle is the committed dist/ unless
 * PHOENIX_TEST_DIST names a fresh build of the sources
 * (`npx ncc build src/main.ts -o /tmp/d --target es2022`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePlan } from '../../src/plan/plan-file.js';
import { parsePlanHeader } from '../../src/render/markdown.js';
import {
  IN_PROCESS_UPLOAD_MARKER,
  requireBundle,
  runAction,
  stageActionTree,
  type ActionRunResult,
} from '../helpers/node-action-runner.js';
import { startFakeResultsService, type FakeResultsService } from '../helpers/fake-results-service.js';
import { loadWebhookExample } from '../helpers/runner-protocol.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { prWorkspace, publishMainConfig, recordedStateOfMain } from '../helpers/pr-estate.js';
import { REPO_ROOT } from '../helpers/shared.js';

const distOverride = process.env.PHOENIX_TEST_DIST;
let actionRoot = REPO_ROOT;
beforeAll(() => {
  if (distOverride) actionRoot = stageActionTree(REPO_ROOT, ['.', 'actions/plan'], distOverride);
  requireBundle(actionRoot, 'plan', [IN_PROCESS_UPLOAD_MARKER]);
});
afterAll(() => {
  if (distOverride) rmSync(actionRoot, { recursive: true, force: true });
});

type Payload = Record<string, unknown> & {
  pull_request: { head: { sha: string; repo: Record<string, unknown> | null }; base: { sha: string } };
};
const opened = (): Payload => loadWebhookExample('pull_request', 'opened') as Payload;
/** The next push to the PR: a synchronize event with a new head commit. */
function synchronize(headSha: string): Payload {
  const p = loadWebhookExample('pull_request', 'synchronize') as Payload & {
    before?: string;
    after?: string;
  };
  p.before = p.pull_request.head.sha;
  p.pull_request.head.sha = headSha;
  p.after = headSha;
  return p;
}

let root: string;
let ws: string;
let gh: FakeGitHub;
let results: FakeResultsService;
const uploaded = (): Array<[string, number | undefined]> =>
  results.artifacts.map((a) => [a.name, a.retentionDays]);

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'phoenix-plan-composite-'));
  ws = prWorkspace(join(root, 'ws'));
  results = await startFakeResultsService();
  gh = await startFakeGitHub();
  gh.addToken('ghs_actions', ACTIONS_BOT);
  gh.addToken('ghs_fork', { ...ACTIONS_BOT, canWrite: false });
  publishMainConfig(gh, opened().pull_request.base.sha);
});
afterEach(async () => {
  try {
    gh.assertNoViolations();
    results.assertNoViolations();
  } finally {
    await gh.close();
    await results.close();
    rmSync(root, { recursive: true, force: true });
  }
});

function plan(
  payload: Payload,
  token = 'ghs_actions',
  inputs: Record<string, string> = {},
  actionDir?: string,
) {
  return runAction({
    actionDir: actionDir ?? join(actionRoot, 'actions', 'plan'),
    workspace: ws,
    inputs: { 'github-token': token, ...inputs },
    env: { GITHUB_API_URL: gh.url, ...results.env() },
    event: { name: 'pull_request', payload },
  });
}

const notices = (r: ActionRunResult): string[] =>
  r.annotations.filter((a) => a.command === 'notice').map((a) => a.message);

describe('actions/plan on a pull request', () => {
  it('first push creates the comment, the next push edits it: exactly one comment remains', async () => {
    const first = await plan(opened());
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      'has-changes': 'true',
      'to-create': '0',
      'to-change': '1',
      'to-destroy': '0',
      basis: 'config-diff',
      errors: '0',
    });
    expect(first.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(gh.commentsOn(2)).toHaveLength(1);
    const created = gh.commentsOn(2)[0];
    expect(created.user).toBe('github-actions[bot]');
    // toMatchObject: the header also carries the body hash (issue 14), checked in-process by
    // github-plan-action.test.ts, while this test may run the committed dist/ of before it.
    expect(parsePlanHeader(created.body)).toMatchObject({
      hash: first.outputs['plan-hash'],
      sha: opened().pull_request.head.sha,
      status: 'planned',
    });
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${created.id}`);

    // The plan was uploaded in-process as phoenix-plan (30 days): plan.json is the plan in the
    // comment, plan.md the comment's body as written.
    expect(uploaded()).toEqual([['phoenix-plan', 30]]);
    const files = results.files('phoenix-plan');
    expect(Object.keys(files).sort()).toEqual(['plan.json', 'plan.md']);
    expect(parsePlan(files['plan.json']!).hash).toBe(first.outputs['plan-hash']);
    expect(files['plan.md']).toBe(created.body);
    // Uploaded before the comment that points at it was written.
    expect(first.stdout.indexOf("Uploaded the 'phoenix-plan' artifact")).toBeLessThan(
      first.stdout.indexOf('Plan comment created'),
    );

    // Second push: CT 950 changes again, so the plan (and the comment) changes.
    prWorkspace(join(root, 'ws'), 4096);
    const nextSha = 'd'.repeat(40);
    const second = await plan(synchronize(nextSha));
    expect(second.exitCode).toBe(0);
    expect(second.outputs['plan-hash']).not.toBe(first.outputs['plan-hash']);
    const after = gh.commentsOn(2);
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(created.id);
    expect(parsePlanHeader(after[0].body)).toMatchObject({ hash: second.outputs['plan-hash'], sha: nextSha });
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    expect(gh.calls('issues/update-comment')).toHaveLength(1);
    // The second run's upload replaced the first one's in this (fake) run: one artifact, the new plan.
    expect(uploaded()).toEqual([['phoenix-plan', 30]]);
    expect(parsePlan(results.files('phoenix-plan')['plan.json']!).hash).toBe(second.outputs['plan-hash']);
  });

  it('ignores a comment with the Phoenix header written by someone else, and writes its own', async () => {
    const forged = gh.addComment(
      2,
      'mallory',
      '<!-- phoenix-plan {"hash":"0000","sha":"x","status":"planned"} -->\n## Phoenix plan\n\nNo changes.\n',
    );
    const r = await plan(opened());
    expect(r.exitCode).toBe(0);
    const comments = gh.commentsOn(2);
    expect(comments.map((c) => c.user)).toEqual(['mallory', 'github-actions[bot]']);
    expect(comments[0].body).toBe(forged.body);
    expect(parsePlanHeader(comments[1].body)?.hash).toBe(r.outputs['plan-hash']);
  });

  it('survives a 403 on a fork: notice, job summary and outputs, no comment, step succeeds', async () => {
    const payload = opened();
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      id: 4242,
      full_name: 'mallory/Hello-World',
      fork: true,
    };
    const r = await plan(payload, 'ghs_fork');
    expect(r.exitCode).toBe(0);
    expect(gh.comments).toEqual([]);
    expect(gh.calls('issues/create-comment').map((c) => c.status)).toEqual([403]);
    expect(notices(r)).toEqual([
      expect.stringContaining(
        'The plan comment was not written (pull requests from forks get a read-only token',
      ),
    ]);
    expect(r.summary).toContain('**Plan: 0 to create, 1 to change, 0 to destroy.**');
    expect(r.summary).toContain('it comes from a fork, whose token is read-only');
    expect(r.outputs['to-change']).toBe('1');
    expect(uploaded()).toEqual([['phoenix-plan', 30]]);
  });

  it('plans against the recorded phoenix-state artifact of the default branch when there is one', async () => {
    gh.addArtifact({
      name: 'phoenix-state',
      files: { 'phoenix-state.json': await recordedStateOfMain() },
      createdAt: '2025-03-01T10:05:00Z',
      headBranch: 'master',
    });
    const r = await plan(opened());
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ basis: 'state-artifact', 'to-change': '1' });
    expect(gh.calls('actions/download-artifact')).toHaveLength(1);
    expect(gh.calls('repos/get-content')).toEqual([]);
    const body = gh.commentsOn(2)[0].body;
    expect(body).not.toContain('No recorded state');
    expect(body).toContain('basis: live state of `ssh://root@pve`');
  });

  it('with no recorded state, compares with the base config and says so at the top of the comment', async () => {
    const r = await plan(opened());
    expect(r.outputs.basis).toBe('config-diff');
    const body = gh.commentsOn(2)[0].body;
    const lines = body.split('\n');
    expect(lines.findIndex((l) => l.includes('No recorded state'))).toBeLessThan(6);
    expect(r.summary).toContain(
      "Basis: no recorded state: compared with the base branch's config (master at f95f852",
    );
  });
});

describe('root action.yml, command: plan', () => {
  it('runs the same plan, with the same outputs and the artifact upload', async () => {
    const r = await plan(opened(), 'ghs_actions', { command: 'plan' }, actionRoot);
    expect(r.exitCode).toBe(0);
    expect(r.warnings).toEqual([]);
    expect(r.outputs).toMatchObject({ 'to-change': '1', basis: 'config-diff', 'has-changes': 'true' });
    expect(uploaded()).toEqual([['phoenix-plan', 30]]);
    expect(gh.commentsOn(2)).toHaveLength(1);
  });

  it('uploads under the plan-artifact name with retention-days; a refused upload fails the step', async () => {
    const r = await plan(
      opened(),
      'ghs_actions',
      {
        command: 'plan',
        'plan-artifact': 'pr-plan',
        'retention-days': '5',
      },
      actionRoot,
    );
    expect(r.exitCode).toBe(0);
    expect(uploaded()).toEqual([['pr-plan', 5]]);
    expect(r.summary).toContain('The plan file is in the `pr-plan` artifact');

    results.failCreate = {
      status: 403,
      code: 'permission_denied',
      msg: 'artifact storage quota has been hit',
    };
    const refused = await plan(
      opened(),
      'ghs_actions',
      { command: 'plan', 'plan-artifact': 'pr-plan-2' },
      actionRoot,
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Could not upload the 'pr-plan-2' artifact \(plan\.json, plan\.md\): .*quota has been hit/,
      ),
    ]);
    expect(refused.summary).toContain('was **not** uploaded as the `pr-plan-2` artifact');
    // The comment is still kept up to date (the plan itself was fine).
    expect(gh.commentsOn(2)).toHaveLength(1);
  });

  it('refuses an unknown or missing command by name, before anything else', async () => {
    const unknown = await plan(opened(), 'ghs_actions', { command: 'destroy-everything' }, actionRoot);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.annotations.map((a) => a.message)).toEqual([
      expect.stringContaining("unknown command 'destroy-everything'"),
    ]);
    const none = await plan(opened(), 'ghs_actions', {}, actionRoot);
    expect(none.exitCode).toBe(2);
    expect(none.warnings).toEqual(['Input required and not supplied: command']);
    expect(none.annotations.map((a) => a.message)).toEqual([
      expect.stringContaining("input 'command' is required"),
    ]);
    expect(gh.requests).toEqual([]);
    expect(results.calls).toEqual([]);
  });

  it('validate does not upload a plan', async () => {
    const r = await plan(opened(), 'ghs_actions', { command: 'validate' }, actionRoot);
    expect(r.exitCode).toBe(0);
    expect(results.calls).toEqual([]);
    expect(gh.requests).toEqual([]);
  });
});

describe('.github/workflows/plan.yml', () => {
  it('plans pull requests touching config on a GitHub-hosted runner with exactly the needed permissions', () => {
    const wf = parseYaml(readFileSync(join(REPO_ROOT, '.github/workflows/plan.yml'), 'utf8')) as {
      on: { pull_request: unknown };
      permissions: unknown;
      jobs: Record<string, { 'runs-on': string; steps: Array<{ uses?: string }> }>;
    };
    expect(wf.on).toEqual({ pull_request: { paths: ['config/**'] } });
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', actions: 'read' });
    const jobs = Object.values(wf.jobs);
    expect(jobs.map((j) => j['runs-on'])).toEqual(['ubuntu-latest']);
    expect(jobs[0].steps.map((s) => s.uses).filter(Boolean)).toEqual(
      // The action comes from the base branch's checkout (workflows-schema.test.ts has the details).
      expect.arrayContaining([
        expect.stringMatching(/^actions\/checkout@/),
        './.phoenix-trusted/actions/plan',
      ]),
    );
  });
});
