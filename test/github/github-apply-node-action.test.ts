/**
 * actions/apply and the root action.yml (command: apply), run as the runner runs a node24 action,
 * on a real `push` webhook payload, against the OpenAPI-checked fake GitHub API, the
 * results-service stand-in the state artifact is uploaded to, and a simulated Proxmox host
 * (sim:PATH in a temp dir). The host starts converged to main's
 * config; the merged pull request gives CT 950 more memory. The bundle is the committed dist/
 * unless PHOENIX_TEST_DIST names a fresh build of the sources
 * (`npx ncc build src/main.ts -o /tmp/d --target es2022`).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readStateFile } from '../../src/plan/state-file.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { plan as makePlan, planConfigDiff } from '../../src/plan/planner.js';
import { hashScripts } from '../../src/plan/script-hashes.js';
import type { Plan } from '../../src/plan/types.js';
import type { LiveState } from '../../src/model/live-state.js';
import { parsePlanHeader, renderMarkdown } from '../../src/render/markdown.js';
import { renderPlanComment } from '../../src/github/plan-comment-body.js';
import { serializePlan } from '../../src/plan/plan-file.js';
import { apply, editConfig, hostState, makeEstate, type Estate } from '../helpers/apply-harness.js';
import {
  IN_PROCESS_UPLOAD_MARKER,
  requireBundle,
  runAction,
  stageActionTree,
  type ActionRunResult,
} from '../helpers/node-action-runner.js';
import { startFakeResultsService, type FakeResultsService } from '../helpers/fake-results-service.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/shared.js';

const distOverride = process.env.PHOENIX_TEST_DIST;
let actionRoot = REPO_ROOT;
beforeAll(() => {
  if (distOverride) actionRoot = stageActionTree(REPO_ROOT, ['.', 'actions/apply'], distOverride);
  requireBundle(actionRoot, 'apply', [IN_PROCESS_UPLOAD_MARKER]);
});
afterAll(() => {
  if (distOverride) rmSync(actionRoot, { recursive: true, force: true });
});

const PUSH_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const HEAD_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';
const LXC = 'phoenix_lxc_configs.json';

/** The real `push` example for a branch (not the tag pushes), now pushing PUSH_SHA. */
function pushPayload(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const groups = require('@octokit/webhooks-examples') as Array<{
    name: string;
    examples: Array<Record<string, unknown>>;
  }>;
  const example = groups
    .find((g) => g.name === 'push')!
    .examples.find((e) => e.ref === 'refs/heads/master' && e.after !== '0'.repeat(40));
  if (!example) throw new Error('no branch push in @octokit/webhooks-examples');
  return { ...structuredClone(example), after: PUSH_SHA };
}

let e: Estate;
let gh: FakeGitHub;
let results: FakeResultsService;
/** Names of the artifacts this run uploaded, with their retention in days. */
const uploaded = (): Array<[string, number | undefined]> =>
  results.artifacts.map((a) => [a.name, a.retentionDays]);

const memoryOf = (s: LiveState, id: number): string | undefined =>
  s.guests.find((g) => g.id === id)?.config.memory;

beforeEach(async () => {
  e = await makeEstate('example');
  const first = await apply(e); // main's config, applied before this PR
  expect(first.job.status).toBe('applied');
  results = await startFakeResultsService();
  gh = await startFakeGitHub();
  gh.addToken('ghs_actions', ACTIONS_BOT);
  // The merged PR: CT 950 gets 1024 MB more.
  editConfig(e.configDir, LXC, (j) => {
    (j.lxc_configs as Record<string, { memory_mb: number }>)['950']!.memory_mb += 1024;
  });
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

/** What the PR's plan workflow showed: the plan of the config against the recorded host state. */
async function reviewedPlan(): Promise<Plan> {
  const { desired } = await validateConfigDir(e.configDir);
  return makePlan(desired, await hostState(e), { scriptHashes: await hashScripts(e.configDir, desired) });
}

function mergedPull(number = 7): void {
  gh.addPull(
    {
      number,
      state: 'closed',
      mergedAt: '2025-04-01T09:00:00Z',
      mergeCommitSha: PUSH_SHA,
      headSha: HEAD_SHA,
      headRef: 'more-memory',
      baseRef: 'master',
    },
    [PUSH_SHA],
  );
}

/** What the PR's plan run left: its sealed comment and its `phoenix-plan` artifact (plan.json). */
function reviewedComment(reviewed: Plan) {
  gh.addArtifact({
    name: 'phoenix-plan',
    files: { 'plan.json': serializePlan(reviewed) },
    createdAt: '2025-04-01T08:00:00Z',
    headBranch: 'more-memory',
    headSha: HEAD_SHA,
  });
  return gh.addComment(
    7,
    ACTIONS_BOT.login,
    renderPlanComment(reviewed, { sha: HEAD_SHA, artifactName: 'phoenix-plan' }),
  );
}

function runApply(inputs: Record<string, string> = {}, actionDir?: string): Promise<ActionRunResult> {
  return runAction({
    actionDir: actionDir ?? join(actionRoot, 'actions', 'apply'),
    workspace: e.dir,
    inputs: {
      'github-token': 'ghs_actions',
      target: `sim:${e.statePath}`,
      'audit-log': join(e.dir, 'audit.jsonl'),
      ...inputs,
    },
    env: { GITHUB_API_URL: gh.url, PHOENIX_SIM_LATENCY: 'zero', ...results.env() },
    event: { name: 'push', payload: pushPayload() },
    timeoutMs: 120_000,
  });
}

const errors = (r: ActionRunResult): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const warnings = (r: ActionRunResult): string[] =>
  r.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
const auditArgv = (): string[][] =>
  existsSync(join(e.dir, 'audit.jsonl'))
    ? readFileSync(join(e.dir, 'audit.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
    : [];
/** Commands that change a guest (lock-queue bookkeeping aside). */
const mutating = (argv: string[]): boolean =>
  ['pct', 'qm'].includes(argv[0]!) && !['config', 'status', 'listsnapshot'].includes(argv[1]!);

describe('actions/apply after a merge', () => {
  it('applies when the fresh plan has the reviewed hash: comment marked applied, state uploaded', async () => {
    const reviewed = await reviewedPlan();
    expect(reviewed.changes.filter((c) => c.action !== 'no-op').map((c) => c.address)).toEqual(['ct/950']);
    mergedPull();
    const comment = reviewedComment(reviewed);

    const r = await runApply();
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      status: 'applied',
      applied: '1',
      failed: '0',
      skipped: '0',
      'plan-hash': reviewed.hash,
      'pull-request': '7',
    });
    expect(r.outputs['comment-url']).toContain(`#issuecomment-${comment.id}`);

    // The host converged: CT 950 has the new memory.
    const { desired } = await validateConfigDir(e.configDir);
    const want = desired.guests.find((g) => g.id === 950)!.memoryMb;
    expect(memoryOf(await hostState(e), 950)).toBe(String(want));

    // The comment: same plan, status applied, a note with the run link; edited, never added.
    const after = gh.commentsOn(7);
    expect(after).toHaveLength(1);
    // toMatchObject: the header also carries the body hash (issue 14; github-plan-comment-body.test.ts).
    expect(parsePlanHeader(after[0]!.body)).toMatchObject({
      hash: reviewed.hash,
      sha: HEAD_SHA,
      status: 'applied',
    });
    expect(after[0]!.body).toContain(
      '**Status: applied** Applied by [this run](https://github.com/Codertocat/Hello-World/actions/runs/4242) at `a1b2c3d`: 1 guest converged in',
    );
    expect(gh.calls('issues/create-comment')).toEqual([]);
    expect(gh.calls('repos/list-pull-requests-associated-with-commit').map((c) => c.path)).toEqual([
      `/repos/Codertocat/Hello-World/commits/${PUSH_SHA}/pulls`,
    ]);

    // The fresh state was uploaded in-process as phoenix-state (the file the output names, at the
    // top of the zip) and shows the new memory.
    expect(uploaded()).toEqual([['phoenix-state', 90]]);
    const files = results.files('phoenix-state');
    expect(Object.keys(files)).toEqual(['phoenix-state.json']);
    expect(r.outputs['state-file']).toMatch(/\/runner-temp\/phoenix-state\/phoenix-state\.json$/);
    expect(memoryOf(JSON.parse(files['phoenix-state.json']!) as LiveState, 950)).toBe(String(want));
    // ...in the form the plan action reads back (the next pull request plans against it).
    writeFileSync(join(e.dir, 'recorded.json'), files['phoenix-state.json']!);
    expect(memoryOf(await readStateFile(join(e.dir, 'recorded.json')), 950)).toBe(String(want));

    // Job summary: verdict, review line and the guest table with its timing.
    expect(r.summary).toContain('## Phoenix apply: :white_check_mark: applied');
    expect(r.summary).toContain(`Reviewed plan: pull request #7, plan \`${reviewed.hash.slice(0, 12)}\``);
    expect(r.summary).toMatch(
      /\| `ct\/950` \S+ \| update in place \| :white_check_mark: succeeded \| \d+\.\ds \|/,
    );
    expect(r.summary).toContain('<details><summary>Step timings</summary>');
  });

  it('refuses when the fresh plan differs from the reviewed one: comment says plan changed, host untouched', async () => {
    const reviewed = await reviewedPlan();
    mergedPull();
    reviewedComment(reviewed);
    // What was merged differs from what was reviewed: 1024 MB more again.
    editConfig(e.configDir, LXC, (j) => {
      (j.lxc_configs as Record<string, { memory_mb: number }>)['950']!.memory_mb += 1024;
    });
    const before = await hostState(e);

    const r = await runApply();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('plan-changed');
    expect(r.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(r.outputs['plan-hash']).not.toBe(reviewed.hash);
    expect(errors(r)).toEqual([
      expect.stringContaining(
        `differs from the plan reviewed on #7 (${reviewed.hash.slice(0, 12)}); nothing was applied`,
      ),
    ]);
    expect(r.stderr).toContain('differs from the reviewed plan');

    // Nothing changed on the host: no guest command but reads, same guests.
    expect(auditArgv().length).toBeGreaterThan(0);
    expect(auditArgv().filter(mutating)).toEqual([]);
    expect((await hostState(e)).guests).toEqual(before.guests);

    const body = gh.commentsOn(7)[0]!.body;
    expect(parsePlanHeader(body)).toMatchObject({
      hash: reviewed.hash,
      sha: HEAD_SHA,
      status: 'plan-changed',
    });
    expect(body).toContain('**Status: plan-changed** Not applied: the plan made from the host at merge');
    expect(r.summary).toContain(':no_entry: refused: the plan changed since review');
    // The host was read, so its state is still recorded for the next pull request's plan.
    expect(uploaded()).toEqual([['phoenix-state', 90]]);
  });

  it('refuses a push with no merged pull request unless allow-unreviewed is true', async () => {
    const before = await hostState(e);
    const refused = await runApply();
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs.status).toBe('unreviewed');
    expect(errors(refused)).toEqual([
      expect.stringContaining(
        `Refusing to apply without a reviewed plan: no pull request was merged as commit ${PUSH_SHA.slice(0, 7)}`,
      ),
    ]);
    expect(auditArgv()).toEqual([]); // the host was not contacted at all
    expect((await hostState(e)).guests).toEqual(before.guests);
    expect(results.calls).toEqual([]);
    expect(refused.summary).toContain(':no_entry: refused: no reviewed plan');

    const allowed = await runApply({ 'allow-unreviewed': 'true' });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.outputs).toMatchObject({ status: 'applied', applied: '1', 'pull-request': '' });
    expect(warnings(allowed)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Applying without a reviewed plan (allow-unreviewed is true)'),
      ]),
    );
    expect(uploaded()).toEqual([['phoenix-state', 90]]);
    expect(gh.comments).toEqual([]);
  });

  it('ignores a plan comment written by anyone but the token identity', async () => {
    const reviewed = await reviewedPlan();
    mergedPull();
    const forged = gh.addComment(7, 'mallory', renderMarkdown(reviewed, { sha: HEAD_SHA }));
    const before = await hostState(e);

    const r = await runApply();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('unreviewed');
    expect(errors(r)).toEqual([
      expect.stringContaining('pull request #7 has no Phoenix plan comment written by github-actions[bot]'),
    ]);
    expect((await hostState(e)).guests).toEqual(before.guests);
    expect(gh.commentsOn(7)).toEqual([forged]);
    expect(gh.calls('issues/update-comment')).toEqual([]);
  });

  it('does not take a plan made against the base config (no recorded state) as a review', async () => {
    const { desired } = await validateConfigDir(e.configDir);
    const base = await makeEstate('example');
    const { desired: old } = await validateConfigDir(base.configDir);
    rmSync(base.dir, { recursive: true, force: true });
    const diff = planConfigDiff(desired, old, {});
    mergedPull();
    gh.addComment(7, ACTIONS_BOT.login, renderMarkdown(diff, { sha: HEAD_SHA }));

    const r = await runApply();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('unreviewed');
    expect(errors(r)[0]).toContain("compared the config with the base branch's config");
    const body = gh.commentsOn(7)[0]!.body;
    expect(parsePlanHeader(body)?.status).toBe('failed');
    expect(body).toContain('**Status: failed** Not applied by [this run]');
  });

  it('masks the SSH key given as an input, line by line, before the host is contacted', async () => {
    const key = [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
      'QyNTUxOQAAACDNotARealKeyJustMaskingTestData0000000000000000000000000==',
      '-----END OPENSSH PRIVATE KEY-----',
    ].join('\n');
    const r = await runApply({ 'ssh-key': key, 'allow-unreviewed': 'true' });
    expect(r.exitCode).toBe(0);
    const masks = r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toEqual(expect.arrayContaining([key, key.split('\n')[1], key.split('\n')[2]]));
    expect(masks).not.toContain('-----BEGIN OPENSSH PRIVATE KEY-----');
    const firstMask = r.stdoutLines.findIndex((l) => l.startsWith('::add-mask::'));
    const planned = r.stdoutLines.findIndex((l) => l.startsWith('Plan: '));
    expect(firstMask).toBeGreaterThan(-1);
    expect(firstMask).toBeLessThan(planned);
    const logged = r.stdoutLines.filter((l) => !l.startsWith('::add-mask::'));
    expect(logged.filter((l) => l.includes(key.split('\n')[1]!))).toEqual([]);
  });
});

describe('actions/apply: the state artifact', () => {
  it('a refused upload fails the step after the apply, whose outcome and comment stay', async () => {
    const reviewed = await reviewedPlan();
    mergedPull();
    reviewedComment(reviewed);
    results.failCreate = {
      status: 403,
      code: 'permission_denied',
      msg: 'artifact storage quota has been hit',
    };
    const r = await runApply({ 'state-artifact': 'host-state' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'applied', applied: '1' });
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^Could not upload the 'host-state' artifact \(phoenix-state\.json\): .*quota has been hit/,
      ),
    ]);
    expect(parsePlanHeader(gh.commentsOn(7)[0]!.body)?.status).toBe('applied');
    expect(results.artifacts).toEqual([]);
  });

  it('a bad retention is refused before the host is contacted', async () => {
    const r = await runApply({ 'state-retention-days': '-1', 'allow-unreviewed': 'true' });
    expect(r.exitCode).toBe(2);
    expect(errors(r)).toEqual([
      "phoenix apply: input 'state-retention-days' must be an integer from 0 to 400, got '-1'",
    ]);
    expect(auditArgv()).toEqual([]);
    expect(results.calls).toEqual([]);
  });
});

describe('root action.yml, command: apply', () => {
  it('applies with the same outputs and uploads the state artifact', async () => {
    const reviewed = await reviewedPlan();
    mergedPull();
    reviewedComment(reviewed);
    const r = await runApply({ command: 'apply', 'state-retention-days': '14' }, actionRoot);
    expect(r.warnings).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'applied', applied: '1', 'plan-hash': reviewed.hash });
    expect(uploaded()).toEqual([['phoenix-state', 14]]);
    expect(parsePlanHeader(gh.commentsOn(7)[0]!.body)?.status).toBe('applied');
  });
});
