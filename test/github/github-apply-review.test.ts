/**
 * Apply's review by containment (apply-review.ts, apply-covered.ts), in-process against the
 * OpenAPI-checked fake GitHub API (with a linear default-branch history for the compare API) and a
 * simulated host: every pull request merged since the recorded state's applied commit counts, each
 * by the plan in its plan artifact (checked against its comment's hash), and the fresh plan is
 * applied only when each of its intents is in their union. Covers three merges with a cancelled
 * pending run, a failed apply re-run, and an unreviewed change refused.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { validateConfigDir } from '../../src/config/validate.js';
import { getApplySettings, runApplyAction, type ApplyActionResult } from '../../src/github/apply-action.js';
import { coveredUpdate } from '../../src/github/apply-covered.js';
import type { CoveredPull } from '../../src/github/apply-review.js';
import type { Annotation } from '../../src/github/annotations.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import type { LiveState } from '../../src/model/live-state.js';
import { serializePlan } from '../../src/plan/plan-file.js';
import { plan as makePlan } from '../../src/plan/planner.js';
import { hashScripts } from '../../src/plan/script-hashes.js';
import type { Plan } from '../../src/plan/types.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { parsePlanHeader } from '../../src/render/markdown.js';
import { planBodyHash, renderPlanComment, sealPlanBody } from '../../src/github/plan-comment-body.js';
import type { Logger } from '../../src/util/logger.js';
import { apply, editConfig, hostState, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { FakeCommits } from '../helpers/fake-github-commits.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/shared.js';

type Json = Record<string, unknown>;
type Edit = (lxc: Record<string, Json>) => void;

const LXC = 'phoenix_lxc_configs.json';
const sha = (c: string): string => c.repeat(40);
const C0 = sha('c');
const [M1, M2, M3] = [sha('1'), sha('2'), sha('3')];
const headOf = (n: number): string => sha(String.fromCharCode(96 + n)); // a, b, c... heads

const memory950: Edit = (l) => void ((l['950'].memory_mb as number) += 1024);
const memory953: Edit = (l) => void ((l['953'].memory_mb as number) += 512);
const cores955: Edit = (l) => void ((l['955'].cores as number) += 1);

let e: Estate;
let gh: FakeGitHub;
let commits: FakeCommits;
let tmp: string;
let clock = 0;
const nextTime = (): string =>
  new Date(Date.UTC(2025, 3, 1, 9, 0, clock++)).toISOString().replace(/\.\d{3}Z$/, 'Z');

beforeEach(async () => {
  e = await makeEstate('example');
  expect((await apply(e)).job.status).toBe('applied'); // the host runs main's config at C0
  tmp = mkdtempSync(join(e.dir, 'tmp-'));
  gh = await startFakeGitHub();
  gh.addToken('ghs_actions', ACTIONS_BOT);
  commits = new FakeCommits(gh);
  commits.push(C0);
});
afterEach(async () => {
  try {
    gh.assertNoViolations();
  } finally {
    await gh.close();
    rmSync(e.dir, { recursive: true, force: true });
  }
});

const editLxc = (configDir: string, edits: readonly Edit[]): void =>
  editConfig(configDir, LXC, (j) => {
    for (const edit of edits) edit(j.lxc_configs as Record<string, Json>);
  });

/** The plan a pull request's plan run showed: main's config with `edits`, against `live`. */
async function planOf(edits: readonly Edit[], live: LiveState): Promise<Plan> {
  const dir = mkdtempSync(join(tmp, 'pr-'));
  cpSync(join(REPO_ROOT, 'config'), dir, { recursive: true });
  editLxc(dir, edits);
  const { desired } = await validateConfigDir(dir);
  return makePlan(desired, live, { scriptHashes: await hashScripts(dir, desired) });
}

/** The sticky comment the plan action writes for `plan` at `head`. */
const commentOf = (plan: Plan, head: string): string =>
  renderPlanComment(plan, { sha: head, artifactName: 'phoenix-plan' });

/** A merged pull request with its sticky comment and its plan run's artifact. */
function mergePull(number: number, merge: string, reviewed: Plan, body?: string): void {
  const head = headOf(number);
  commits.push(merge);
  gh.addPull(
    {
      number,
      state: 'closed',
      mergedAt: nextTime(),
      mergeCommitSha: merge,
      headSha: head,
      headRef: `pr-${number}`,
      baseRef: 'master',
    },
    [merge],
  );
  gh.addComment(number, ACTIONS_BOT.login, body ?? commentOf(reviewed, head));
  gh.addArtifact({
    name: 'phoenix-plan',
    files: { 'plan.json': serializePlan(reviewed), 'plan.md': 'the plan' },
    createdAt: nextTime(),
    headBranch: `pr-${number}`,
    headSha: head,
  });
}

/** The phoenix-state artifact a run uploads (its state document). */
function recordState(text: string): void {
  gh.addArtifact({
    name: 'phoenix-state',
    files: { 'phoenix-state.json': text },
    createdAt: nextTime(),
    headBranch: 'master',
  });
}

function pushPayload(after: string): Json {
  const require = createRequire(import.meta.url);
  const groups = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>;
  const example = groups
    .find((g) => g.name === 'push')!
    .examples.find((x) => x.ref === 'refs/heads/master' && x.after !== '0'.repeat(40))!;
  return { ...structuredClone(example), after };
}

interface Run {
  readonly result: ApplyActionResult;
  readonly err: string;
  readonly log: string[];
  readonly state: Json;
  readonly stateText: string;
}

async function runApply(at: string, faults?: unknown[]): Promise<Run> {
  const dir = mkdtempSync(join(tmp, 'run-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(pushPayload(at)));
  const env: Record<string, string> = {
    ...files,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: at,
    GITHUB_WORKSPACE: e.dir,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '4242',
    GITHUB_API_URL: gh.url,
    RUNNER_TEMP: dir,
    INPUT_GITHUB_TOKEN: 'ghs_actions',
    INPUT_TARGET: `sim:${e.statePath}`,
  };
  const log: string[] = [];
  const put = (kind: string) => (m: string) => log.push(`${kind}: ${m}`);
  const logger: Logger = {
    debug: () => undefined,
    info: put('info'),
    notice: put('notice'),
    warning: put('warning'),
    error: put('error'),
    annotate: (a: Annotation) => log.push(`annotate: ${a.level} ${a.message}`),
    startGroup: put('group'),
    endGroup: () => undefined,
  };
  let err = '';
  const simEnv: Record<string, string> = { PHOENIX_SIM_LATENCY: 'zero' };
  if (faults) simEnv.PHOENIX_SIM_FAULTS = JSON.stringify(faults);
  const result = await runApplyAction(getApplySettings(env, e.dir), logger, env, {
    write: () => undefined,
    writeError: (t) => (err += t),
    openHost: async () => new ShellHostPort(new SimTransport(e.statePath, { env: simEnv })),
  });
  const stateText = result.stateFile ? readFileSync(result.stateFile, 'utf8') : '{}';
  return { result, err, log, state: JSON.parse(stateText) as Json, stateText };
}

const statusOf = (pull: number): string | undefined => parsePlanHeader(gh.commentsOn(pull)[0]!.body)?.status;
const guest = (s: LiveState, id: number) => s.guests.find((g) => g.id === id)!.config;

describe('apply by containment in the reviewed plans merged since the last apply', () => {
  it('three merges in a row with a cancelled pending run: the third apply covers the second PR', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    const atC0 = await hostState(e);

    // #1 merged and applied.
    mergePull(1, M1, await planOf([memory950], atC0));
    editLxc(e.configDir, [memory950]);
    const first = await runApply(M1);
    expect(first.result.status).toBe('applied');
    expect(first.state.appliedCommit).toBe(M1);
    expect(statusOf(1)).toBe('applied');
    recordState(first.stateText);

    // #2 and #3 were planned against the host at #1; #2's pending run was cancelled by #3's.
    const atM1 = await hostState(e);
    mergePull(2, M2, await planOf([memory950, memory953], atM1));
    mergePull(3, M3, await planOf([memory950, cores955], atM1));
    editLxc(e.configDir, [memory953, cores955]);

    const third = await runApply(M3);
    expect(third.err).toBe('');
    expect(third.result.status).toBe('applied');
    // Neither reviewed plan equals the fresh one; their union holds it.
    const fresh = third.result.job!.plan!;
    expect(fresh.changes.filter((c) => c.action !== 'no-op').map((c) => c.address)).toEqual([
      'ct/953',
      'ct/955',
    ]);
    const after = await hostState(e);
    expect(guest(after, 953).memory).toBe(String(2048 + 512));
    expect(guest(after, 955).cores).toBe(String(6 + 1));
    expect(third.state.appliedCommit).toBe(M3);
    expect(statusOf(3)).toBe('applied');
    expect(statusOf(2)).toBe('applied');
    expect(gh.commentsOn(2)[0]!.body).toContain('Applied together with #3 by [this run]');
    expect(statusOf(1)).toBe('applied'); // before the range: untouched
    expect(third.log.join('\n')).toMatch(
      /Last successful apply: 1111111\. Covered: #2 \(plan [0-9a-f]{12}\), #3/,
    );
    expect(gh.calls('repos/compare-commits-with-basehead').map((c) => c.path)).toEqual([
      `/repos/Codertocat/Hello-World/compare/${C0}...${M1}`,
      `/repos/Codertocat/Hello-World/compare/${M1}...${M3}`,
    ]);
  }, 120_000);

  it('re-runs a failed apply: the re-plan without the finished guest is still covered', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    mergePull(1, M1, await planOf([memory950, memory953], await hostState(e)));
    editLxc(e.configDir, [memory950, memory953]);

    const failed = await runApply(M1, [{ op: 'pct set', match: '^pct set 950 .*--memory', message: 'boom' }]);
    expect(failed.result.status).toBe('failed');
    expect(failed.result.job?.result?.guests.map((g) => [g.address, g.outcome])).toEqual([
      ['ct/950', 'failed'],
      ['ct/953', 'succeeded'],
    ]);
    expect(statusOf(1)).toBe('failed');
    // The host was recorded, but the last successful apply is still C0.
    expect(failed.state.appliedCommit).toBe(C0);
    recordState(failed.stateText);

    const rerun = await runApply(M1);
    expect(rerun.err).toBe('');
    expect(rerun.result.status).toBe('applied');
    const fresh = rerun.result.job!.plan!;
    expect(fresh.changes.filter((c) => c.action !== 'no-op').map((c) => c.address)).toEqual(['ct/950']);
    expect(fresh.hash).not.toBe(parsePlanHeader(gh.commentsOn(1)[0]!.body)?.hash);
    expect(guest(await hostState(e), 950).memory).toBe(String(32768 + 1024));
    expect(statusOf(1)).toBe('applied');
    expect(rerun.state.appliedCommit).toBe(M1);
  }, 120_000);

  it('refuses a change no reviewed plan holds, naming it, and leaves the host alone', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    mergePull(1, M1, await planOf([memory950], await hostState(e)));
    editLxc(e.configDir, [memory950, cores955]); // what was merged holds more than the review
    const before = await hostState(e);

    const r = await runApply(M1);
    expect(r.result.status).toBe('plan-changed');
    expect(r.result.exitCode).toBe(1);
    expect(r.err).toContain('differs from the reviewed plan and holds changes that no reviewed plan holds');
    expect(r.err).toContain('  ct/955 set cores = 7\n');
    expect(r.err).not.toContain('ct/950');
    expect((await hostState(e)).guests).toEqual(before.guests);
    expect(statusOf(1)).toBe('plan-changed');
    expect(r.state.appliedCommit).toBe(C0);
  }, 120_000);

  it('refuses when the plan artifact holds another plan than the comment (and says so)', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    const live = await hostState(e);
    const reviewed = await planOf([memory950], live);
    mergePull(1, M1, reviewed);
    // The artifact is replaced by another plan (cores of 955 too) under the same head.
    gh.artifacts.splice(
      gh.artifacts.findIndex((a) => a.name === 'phoenix-plan'),
      1,
    );
    gh.addArtifact({
      name: 'phoenix-plan',
      files: { 'plan.json': serializePlan(await planOf([memory950, cores955], live)) },
      createdAt: nextTime(),
      headBranch: 'pr-1',
      headSha: headOf(1),
    });
    editLxc(e.configDir, [memory950, cores955]);
    const r = await runApply(M1);
    expect(r.result.status).toBe('plan-changed');
    expect(r.err).toContain('  ct/955 set cores = 7\n');
    expect(r.err).toMatch(
      /#1's reviewed plan was not usable: artifact \d+ holds plan [0-9a-f]{12}, not the reviewed one/,
    );
  }, 120_000);
});

describe('forgery-proof review: the comment, its body hash and the plan artifact', () => {
  /** What a same-repository PR could write as the bot: the real header over another plan's table. */
  async function forgery(): Promise<{ real: Plan; forged: string }> {
    const live = await hostState(e);
    const real = await planOf([memory950, cores955], live);
    const shown = commentOf(await planOf([memory950], live), headOf(1));
    const realHeader = commentOf(real, headOf(1)).split('\n', 1)[0]!;
    return { real, forged: realHeader + shown.slice(shown.indexOf('\n')) };
  }
  /** Replaces the pull request's plan artifact by one holding `planJson`. */
  function replacePlanArtifact(number: number, planJson?: string): void {
    gh.artifacts.splice(
      gh.artifacts.findIndex((a) => a.name === 'phoenix-plan' && a.headSha === headOf(number)),
      1,
    );
    if (planJson === undefined) return;
    gh.addArtifact({
      name: 'phoenix-plan',
      files: { 'plan.json': planJson },
      createdAt: nextTime(),
      headBranch: `pr-${number}`,
      headSha: headOf(number),
    });
  }

  it('rejects a forged comment by the bot: header copied, table altered (body hash differs)', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    const { real, forged } = await forgery();
    expect(parsePlanHeader(forged)?.hash).toBe(real.hash);
    mergePull(1, M1, real, forged);
    editLxc(e.configDir, [memory950, cores955]); // what the real plan holds
    const before = await hostState(e);

    const r = await runApply(M1);
    expect(r.result.status).toBe('unreviewed');
    expect(r.result.exitCode).toBe(1);
    expect(r.log.filter((l) => l.startsWith('error:'))).toEqual([
      expect.stringMatching(
        /Refusing to apply without a reviewed plan: the plan comment on pull request #1 was altered after its plan run: its body hashes to [0-9a-f]{12}, its header records [0-9a-f]{12} \(an edited or forged table\)/,
      ),
    ]);
    expect((await hostState(e)).guests).toEqual(before.guests);
  }, 120_000);

  it('rejects a forged comment re-sealed with its own body hash: the re-rendered artifact differs', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    const { real, forged } = await forgery();
    const resealed = sealPlanBody(forged);
    expect(planBodyHash(resealed)).toBe(parsePlanHeader(resealed)?.bodyHash);
    mergePull(1, M1, real, resealed);
    editLxc(e.configDir, [memory950, cores955]);
    const before = await hostState(e);

    const r = await runApply(M1);
    expect(r.result.status).toBe('plan-changed');
    expect(r.err).toContain('  ct/955 set cores = 7\n');
    expect(r.err).toMatch(
      /#1's reviewed plan was not usable: artifact \d+ holds the reviewed plan hash, but its plan, re-rendered, differs from the comment at line \d+ \(comment ".*", plan ".*"\)/,
    );
    expect((await hostState(e)).guests).toEqual(before.guests);
    expect(statusOf(1)).toBe('plan-changed');
  }, 120_000);

  it('rejects a genuine comment whose plan artifact is missing, even when the fresh plan has its hash', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    mergePull(1, M1, await planOf([memory950], await hostState(e)));
    replacePlanArtifact(1);
    editLxc(e.configDir, [memory950]);
    const before = await hostState(e);

    const r = await runApply(M1);
    expect(r.result.status).toBe('plan-changed');
    expect(r.err).toContain(
      `(#1's reviewed plan was not usable: no 'phoenix-plan' artifact of its plan run at ${headOf(1).slice(0, 7)} was found (expired or not uploaded))`,
    );
    expect((await hostState(e)).guests).toEqual(before.guests);
  }, 120_000);

  it('rejects a tampered plan artifact (plan.json edited under the same hash), saying so', async () => {
    recordState(JSON.stringify({ ...(await hostState(e)), appliedCommit: C0 }));
    const reviewed = await planOf([memory950], await hostState(e));
    mergePull(1, M1, reviewed);
    const doc = JSON.parse(serializePlan(reviewed)) as { changes: { address: string; name: string }[] };
    doc.changes.find((c) => c.address === 'ct/950')!.name = 'renamed-in-the-artifact';
    replacePlanArtifact(1, JSON.stringify(doc));
    editLxc(e.configDir, [memory950]);

    const r = await runApply(M1);
    expect(r.result.status).toBe('plan-changed');
    expect(r.err).toMatch(
      /\(#1's reviewed plan was not usable: artifact \d+: the plan's content does not match its hash [0-9a-f]{64} \(edited after planning\?\)\)/,
    );
  }, 120_000);
});

describe('coveredUpdate: the status of an earlier pull request the run covered', () => {
  const pull = { number: 2, state: 'closed', headSha: headOf(2), baseRef: 'master' };
  const withPlan = (plan?: Plan): CoveredPull => ({
    pull,
    review: { kind: 'unreviewed', pull, reason: 'n/a' },
    plan,
  });
  it('applied together, superseded, failed, or left alone on a refusal', async () => {
    const live = await hostState(e);
    const own = await planOf([memory953], live);
    const fresh = await planOf([memory953, cores955], live);
    const other = await planOf([cores955], live);
    const o = { sha: M3, link: 'https://github.com/o/r/actions/runs/1' };
    const job = (plan: Plan) => ({ exitCode: 0 as const, status: 'applied' as const, plan });
    expect(coveredUpdate('applied', withPlan(own), 3, job(fresh), o)?.status).toBe('applied');
    const superseded = coveredUpdate('applied', withPlan(own), 3, job(other), o);
    expect(superseded?.status).toBe('superseded');
    expect(superseded?.note).toContain('Superseded by #3');
    expect(coveredUpdate('failed', withPlan(own), 3, undefined, o)?.status).toBe('failed');
    expect(coveredUpdate('plan-changed', withPlan(own), 3, undefined, o)).toBeUndefined();
  });
});
