/**
 * The plan action in-process (runPlanAction) against the OpenAPI-checked fake GitHub API, with
 * real webhook payloads: which basis it plans against (recorded state artifact, base branch config
 * via the contents API or the local clone, nothing at the base), the comment, outputs, summary and
 * plan file and its upload (a recording uploader here). The node24 action itself is run in
 * github-plan-node-action.test.ts.
 */
import type { ArtifactUpload } from '../../src/github/artifact-upload.js';
import { planBodyHash } from '../../src/github/plan-comment-body.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '../../src/github/annotations.js';
import type { Logger } from '../../src/util/logger.js';
import { getPlanSettings, runPlanAction, type PlanActionResult } from '../../src/github/plan-action.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { parsePlan } from '../../src/plan/plan-file.js';
import { parsePlanHeader } from '../../src/render/markdown.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { loadWebhookExample, parseFileCommands } from '../helpers/runner-protocol.js';
import { LXC_FILE, prWorkspace, publishMainConfig, recordedStateOfMain } from '../helpers/pr-estate.js';
import { REPO_ROOT } from '../helpers/shared.js';

interface Run {
  result: PlanActionResult;
  outputs: Record<string, string>;
  summary: string;
  log: string[];
  /** Where plan.json and plan.md were written. */
  outDir: string;
  /** What was handed to the artifact uploader. */
  uploads: ArtifactUpload[];
}

let root: string;
let gh: FakeGitHub;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'phoenix-plan-action-'));
  gh = await startFakeGitHub();
  gh.addToken('gh-token', ACTIONS_BOT);
  gh.addToken('fork-token', { ...ACTIONS_BOT, canWrite: false });
});
afterEach(async () => {
  try {
    gh.assertNoViolations();
  } finally {
    await gh.close();
    rmSync(root, { recursive: true, force: true });
  }
});

const LXC = LXC_FILE;
const workspace = (): string => prWorkspace(join(root, 'ws'));
const publishBase = (ref: string): void => publishMainConfig(gh, ref);

function recordingLogger(log: string[]): Logger {
  const put = (kind: string) => (m: string) => log.push(`${kind}: ${m}`);
  return {
    debug: () => undefined,
    info: put('info'),
    notice: put('notice'),
    warning: put('warning'),
    error: put('error'),
    annotate: (a: Annotation) => log.push(`annotate: ${a.level} ${a.file}:${a.line} ${a.message}`),
    startGroup: put('group'),
    endGroup: () => undefined,
  };
}

async function run(
  ws: string,
  opts: {
    payload?: Record<string, unknown>;
    eventName?: string;
    token?: string;
    inputs?: Record<string, string>;
  } = {},
): Promise<Run> {
  const payload = opts.payload ?? loadWebhookExample('pull_request', 'opened');
  const files = {
    GITHUB_OUTPUT: join(root, 'out'),
    GITHUB_STEP_SUMMARY: join(root, 'summary'),
    GITHUB_EVENT_PATH: join(root, 'event.json'),
  };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(payload));
  const env: Record<string, string> = {
    ...files,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '4242',
    GITHUB_API_URL: gh.url,
    RUNNER_TEMP: mkdtempSync(join(root, 'temp-')),
    INPUT_GITHUB_TOKEN: opts.token ?? 'gh-token',
    ...Object.fromEntries(
      Object.entries(opts.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, '_')}`, v]),
    ),
  };
  const log: string[] = [];
  const settings = getPlanSettings(env, ws);
  const uploads: ArtifactUpload[] = [];
  const upload = async (u: ArtifactUpload): Promise<{ id: number }> => (uploads.push(u), { id: 77 });
  const result = await runPlanAction(settings, recordingLogger(log), env, { upload });
  return {
    outDir: settings.outDir,
    uploads,
    result,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    log,
  };
}

const pr = () =>
  loadWebhookExample('pull_request', 'opened') as {
    pull_request: { head: { sha: string }; base: { sha: string } };
  };

describe('basis: the recorded state artifact', () => {
  it('downloads the newest phoenix-state from the default branch and plans against it', async () => {
    const state = await recordedStateOfMain();
    gh.addArtifact({
      name: 'phoenix-state',
      files: { 'phoenix-state.json': state },
      createdAt: '2025-03-01T10:05:00Z',
      headBranch: 'master',
    });
    // Newer, but from a fork's run and claiming an empty host: must be ignored.
    gh.addArtifact({
      name: 'phoenix-state',
      files: { 'phoenix-state.json': JSON.stringify({ ...JSON.parse(state), guests: [] }) },
      createdAt: '2025-03-02T00:00:00Z',
      headBranch: 'master',
      headRepositoryId: 31337,
    });
    const r = await run(workspace());
    expect(r.result.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      basis: 'state-artifact',
      'has-changes': 'true',
      'to-create': '0',
      'to-change': '1',
      'to-destroy': '0',
    });
    const plan = parsePlan(readFileSync(join(r.outDir, 'plan.json'), 'utf8'));
    expect(plan.hash).toBe(r.outputs['plan-hash']);
    expect(r.uploads).toEqual([
      {
        name: 'phoenix-plan',
        files: [join(r.outDir, 'plan.json'), join(r.outDir, 'plan.md')],
        rootDirectory: r.outDir,
        retentionDays: 30,
      },
    ]);
    expect(plan.basis).toBe('live-state');
    expect(plan.changes.filter((c) => c.action !== 'no-op').map((c) => c.address)).toEqual(['ct/950']);
    const [comment] = gh.commentsOn(2);
    expect(parsePlanHeader(comment.body)).toEqual({
      hash: plan.hash,
      sha: pr().pull_request.head.sha,
      status: 'planned',
      // Issue 14: the header also carries the hash of the comment's reviewed part.
      bodyHash: planBodyHash(comment.body),
    });
    expect(comment.body).toContain('Plan: 0 to create, 1 to change, 0 to destroy');
    expect(comment.body).not.toContain('No recorded state');
    expect(r.summary).toMatch(
      /Basis: recorded state from the 'phoenix-state' artifact \d+ \(phoenix-state\.json\)/,
    );
    expect(r.outputs['comment-url']).toBe(
      comment && `https://github.com/Codertocat/Hello-World/pull/2#issuecomment-${comment.id}`,
    );
    expect(gh.calls('repos/get-content')).toEqual([]);
  });

  it('an artifact that is not a state document is reported and the base config is used instead', async () => {
    gh.addArtifact({
      name: 'phoenix-state',
      files: { 'phoenix-state.json': '{"version": 99}' },
      createdAt: '2025-03-01T10:05:00Z',
      headBranch: 'master',
    });
    publishBase(pr().pull_request.base.sha);
    const r = await run(workspace());
    expect(r.outputs.basis).toBe('config-diff');
    expect(r.log).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning: The 'phoenix-state' artifact \d+ is not usable: .*version 99/),
      ]),
    );
  });
});

describe('input only', () => {
  it('narrows the plan to the named guests, and the selection changes the plan hash', async () => {
    const state = await recordedStateOfMain();
    const artifact = { name: 'phoenix-state', files: { 'phoenix-state.json': state }, headBranch: 'master' };
    gh.addArtifact({ ...artifact, createdAt: '2025-03-01T10:05:00Z' });
    const full = await run(workspace());
    const fullPlan = parsePlan(readFileSync(join(full.outDir, 'plan.json'), 'utf8'));
    const partial = await run(workspace(), { inputs: { only: 'ct/950,\n vm/*' } });
    expect(partial.result.exitCode).toBe(0);
    const plan = parsePlan(readFileSync(join(partial.outDir, 'plan.json'), 'utf8'));
    expect(plan.selection?.only).toEqual(['ct/950', 'vm/*']);
    expect(plan.changes.length).toBeLessThan(fullPlan.changes.length);
    expect(plan.changes.some((c) => c.address === 'ct/950')).toBe(true);
    expect(plan.hash).not.toBe(fullPlan.hash);
    expect(partial.outputs['plan-hash']).toBe(plan.hash);
  });
});

describe('basis: no recorded state', () => {
  it("plans against the base branch's config (contents API) and says so at the top of the comment", async () => {
    publishBase(pr().pull_request.base.sha);
    const r = await run(workspace());
    expect(r.result.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      basis: 'config-diff',
      'to-create': '0',
      'to-change': '1',
      'to-destroy': '0',
    });
    const body = gh.commentsOn(2)[0].body;
    const note = body.indexOf('No recorded state');
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(body.indexOf('Plan: 0 to create'));
    expect(r.summary).toContain(
      "Basis: no recorded state: compared with the base branch's config (master at f95f852, read via the contents API)",
    );
    expect(gh.calls('repos/get-content').every((c) => c.query.ref === pr().pull_request.base.sha)).toBe(true);
  });

  it('when the base branch has no config yet, every guest is to create', async () => {
    const r = await run(workspace());
    const { desired } = await validateConfigDir(join(REPO_ROOT, 'config'));
    expect(r.outputs).toMatchObject({
      basis: 'config-diff',
      'to-create': String(desired.guests.length),
      'to-change': '0',
    });
    expect(r.summary).toContain('which has no config in config: every guest is new');
  });

  it('a failing artifacts API is a warning, not a failure', async () => {
    gh.failures['actions/list-artifacts-for-repo'] = 503;
    publishBase(pr().pull_request.base.sha);
    const r = await run(workspace());
    expect(r.result.exitCode).toBe(0);
    expect(r.outputs.basis).toBe('config-diff');
    expect(r.log).toEqual(
      expect.arrayContaining([expect.stringContaining('warning: Could not read the recorded state')]),
    );
  });
});

describe('the comment', () => {
  it('is skipped with a notice on a fork (read-only token); summary, outputs and plan file remain', async () => {
    const payload = loadWebhookExample('pull_request', 'opened') as {
      pull_request: { head: { repo: Record<string, unknown> } };
    };
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      id: 99,
      full_name: 'mallory/Hello-World',
      fork: true,
    };
    publishBase((payload as unknown as ReturnType<typeof pr>).pull_request.base.sha);
    const r = await run(workspace(), { payload, token: 'fork-token' });
    expect(r.result.exitCode).toBe(0);
    expect(gh.comments).toEqual([]);
    expect(r.log).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^notice: The plan comment was not written \(pull requests from forks get a read-only token/,
        ),
      ]),
    );
    expect(r.summary).toContain('Plan: 0 to create, 1 to change, 0 to destroy');
    expect(r.summary).toContain('it comes from a fork, whose token is read-only');
    expect(r.outputs['to-change']).toBe('1');
    expect(r.outputs['comment-url']).toBe('');
  });

  it('says the config is invalid instead of leaving a stale plan, and fails', async () => {
    publishBase(pr().pull_request.base.sha);
    const ws = workspace();
    await run(ws);
    expect(gh.commentsOn(2)).toHaveLength(1);
    writeFileSync(join(ws, 'config', LXC), '{ "lxc_configs": { "950": { "memory_mb": "lots" } } }');
    const r = await run(ws);
    expect(r.result.exitCode).toBe(1);
    const [comment] = gh.commentsOn(2);
    expect(parsePlanHeader(comment.body)?.status).toBe('errored');
    expect(comment.body).toMatch(/The configuration is invalid \(\d+ errors?\); no plan was made/);
    expect(r.outputs['has-changes']).toBe('false');
  });

  it('is not written when the comment input is false', async () => {
    publishBase(pr().pull_request.base.sha);
    const off = await run(workspace(), { inputs: { comment: 'false' } });
    expect(off.summary).toContain('Pull request comment: not written (the comment input is false)');
    expect(off.outputs['to-change']).toBe('1');
    expect(gh.comments).toEqual([]);
  });

  it('is not written for a push; the config is compared with the default branch', async () => {
    publishBase('master');
    const r = await run(workspace(), { payload: loadWebhookExample('push'), eventName: 'push' });
    expect(r.result.exitCode).toBe(0);
    expect(r.summary).toContain('Pull request comment: not written (not a pull request event (push))');
    expect(r.outputs).toMatchObject({ basis: 'config-diff', 'to-change': '1' });
    expect(gh.calls('repos/get-content').every((c) => c.query.ref === 'master')).toBe(true);
    expect(gh.comments).toEqual([]);
  });
});

describe('the base config from the local clone', () => {
  it('uses git when the base commit is in the clone (no contents API calls)', async () => {
    const { execFileSync } = await import('node:child_process');
    const ws = join(root, 'ws');
    cpSync(join(REPO_ROOT, 'config'), join(ws, 'config'), { recursive: true });
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: ws,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'main');
    const base = git('rev-parse', 'HEAD').trim();
    const file = join(ws, 'config', LXC);
    const lxc = JSON.parse(readFileSync(file, 'utf8')) as {
      lxc_configs: Record<string, Record<string, unknown>>;
    };
    lxc.lxc_configs['950'].cores = 6;
    writeFileSync(file, JSON.stringify(lxc, null, 2));
    const payload = loadWebhookExample('pull_request', 'synchronize') as {
      pull_request: { base: { sha: string } };
    };
    payload.pull_request.base.sha = base;
    const r = await run(ws, { payload });
    expect(r.outputs).toMatchObject({ basis: 'config-diff', 'to-change': '1' });
    expect(r.summary).toContain('read via the local clone');
    expect(gh.calls('repos/get-content')).toEqual([]);
  });
});
