/**
 * The plan action for pull requests: validate, get a basis to plan against, plan, then report in
 * three places: the sticky PR comment (edited in place on every push), the job summary, and the
 * `phoenix-plan` artifact (plan.json and the comment's Markdown, plan.md), uploaded from this step
 * (artifact-upload.ts) before the comment that points at it is written. Outputs: has-changes,
 * to-create, to-change, to-destroy, plan-hash, basis, comment-url.
 *
 * The basis, in order: a state file given explicitly; the newest `phoenix-state` artifact recorded
 * on the default branch; else the base branch's config (a config-to-config diff, which the comment
 * says plainly at its top). Pull-request runs never reach the Proxmox host.
 *
 * A token that cannot write the comment (pull requests from forks get a read-only GITHUB_TOKEN) is
 * not a failure: the comment is skipped with a notice and the job summary still carries the plan.
 * Settings: plan-settings.ts; the basis: plan-basis.ts.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { planValidatedConfig } from '../jobs/plan-job.js';
import { serializePlan } from '../plan/plan-file.js';
import type { Plan } from '../plan/types.js';
import { planHeader, renderJobSummary } from '../render/markdown.js';
import { countPlan, hasChanges, headline } from '../render/summary.js';
import { withGroup, type Logger } from '../util/logger.js';
import { resolveIdentity, upsertPlanComment, type UpsertResult } from './comment.js';
import { createGitHubClient, GitHubApiError, type GitHubClient } from './github-client.js';
import type { RunContext } from './inputs.js';
import { findBasis, type BasisInfo } from './plan-basis.js';
import type { PlanSettings } from './plan-settings.js';
import { renderPlanComment } from './plan-comment-body.js';
import { readEventContext, type EventContext } from './pr-context.js';
import { setOutputs, type RunnerEnv } from './runner-files.js';
import { writeStepSummary } from './summary.js';
import { LEAVE_FOR_NEXT_WRITER, validateAndReport } from './validate-action.js';
import { uploadRunArtifact, type ArtifactUploader, type UploadOutcome } from './artifact-upload.js';

export { getPlanSettings } from './plan-settings.js';

export type CommentOutcome = UpsertResult | { readonly action: 'none'; readonly reason: string };

export interface PlanActionResult {
  readonly exitCode: 0 | 1;
  readonly plan?: Plan;
  readonly basis?: BasisInfo;
  readonly comment?: CommentOutcome;
  readonly upload?: UploadOutcome;
}

export interface PlanActionIO {
  /** For tests: upload the plan artifact another way (default: @actions/artifact). */
  readonly upload?: ArtifactUploader;
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

function runUrl(run: RunContext, env: RunnerEnv): string | undefined {
  if (!run.repository || !env.GITHUB_RUN_ID) return undefined;
  return `${run.serverUrl}/${run.repository}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function invalidConfigBody(sha: string, errors: number, link: string | undefined): string {
  return [
    planHeader({ hash: '', sha, status: 'errored' }),
    '## Phoenix plan',
    '',
    `**The configuration is invalid (${plural(errors, 'error')}); no plan was made.**`,
    '',
    `The findings are annotated on the changed lines${link ? ` and listed in the [job summary](${link})` : ''}.`,
    '',
  ].join('\n');
}

async function postComment(
  settings: PlanSettings,
  event: EventContext,
  client: GitHubClient | undefined,
  body: string,
  logger: Logger,
): Promise<CommentOutcome> {
  const pr = event.pullRequest;
  if (!settings.comment) return { action: 'none', reason: 'the comment input is false' };
  if (!pr || !event.repository)
    return { action: 'none', reason: `not a pull request event (${event.eventName ?? 'none'})` };
  if (!client) return { action: 'none', reason: 'no github-token was given' };
  return withGroup(logger, `Plan comment on #${pr.number}`, async () => {
    const identity = await resolveIdentity(client, settings.commentAuthor);
    logger.info(`Looking for the plan comment written by ${identity.login} (${identity.source}).`);
    const result = await upsertPlanComment(client, event.repository!, pr.number, body, identity);
    if (result.action === 'skipped') {
      const why = pr.fork
        ? 'pull requests from forks get a read-only token'
        : "the token may not write to pull requests (grant 'pull-requests: write')";
      logger.notice(
        `The plan comment was not written (${why}: ${result.reason}). The plan is in the job summary${settings.planArtifact ? ` and the '${settings.planArtifact}' artifact` : ''}.`,
      );
    } else {
      logger.info(`Plan comment ${result.action}: ${result.comment.htmlUrl || result.comment.id}`);
    }
    return result;
  });
}

function commentLine(c: CommentOutcome, fork: boolean): string {
  if (c.action === 'none') return `Pull request comment: not written (${c.reason}).`;
  if (c.action === 'skipped') {
    return `Pull request comment: **not written**: the token cannot write to this pull request${fork ? ' (it comes from a fork, whose token is read-only)' : ''}. This summary holds the plan.`;
  }
  const link = c.comment.htmlUrl ? `[${c.action}](${c.comment.htmlUrl})` : c.action;
  return `Pull request comment: ${link}.`;
}

export async function runPlanAction(
  settings: PlanSettings,
  logger: Logger,
  env: RunnerEnv,
  io: PlanActionIO = {},
): Promise<PlanActionResult> {
  const client = settings.token ? createGitHubClient({ token: settings.token, env }) : undefined;
  await mkdir(settings.outDir, { recursive: true });
  // Downloads and the base config go here, not into outDir, which is uploaded as the plan artifact.
  const workDir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'phoenix-plan-work-'));
  try {
    return await planAndReport(settings, logger, env, client, workDir, io);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Posts the comment; a GitHub failure other than 403 is logged and reported as not written. */
async function tryComment(
  settings: PlanSettings,
  event: EventContext,
  client: GitHubClient | undefined,
  body: string,
  logger: Logger,
): Promise<{ comment: CommentOutcome; failed: boolean }> {
  try {
    return { comment: await postComment(settings, event, client, body, logger), failed: false };
  } catch (err) {
    if (!(err instanceof GitHubApiError)) throw err;
    logger.error(`Could not write the plan comment: ${err.message}`);
    return { comment: { action: 'none', reason: err.message }, failed: true };
  }
}

async function planAndReport(
  settings: PlanSettings,
  logger: Logger,
  env: RunnerEnv,
  client: GitHubClient | undefined,
  workDir: string,
  io: PlanActionIO,
): Promise<PlanActionResult> {
  const { run } = settings;
  const event = readEventContext(env);
  const sha = event.sha ?? run.headSha ?? '';
  const link = runUrl(run, env);
  const fork = event.pullRequest?.fork ?? false;

  const { gate, validation } = await validateAndReport(
    { configDir: settings.configDir, failOnWarnings: false, run },
    logger,
    env,
    LEAVE_FOR_NEXT_WRITER,
  );
  if (gate.exitCode !== 0) {
    const { comment } = await tryComment(
      settings,
      event,
      client,
      invalidConfigBody(sha, gate.errors, link),
      logger,
    );
    setOutputs(env, {
      'has-changes': false,
      'to-create': 0,
      'to-change': 0,
      'to-destroy': 0,
      'plan-hash': '',
      basis: '',
      'comment-url': urlOf(comment),
    });
    writeStepSummary(
      env,
      () => `\n## Phoenix plan\n\nNo plan: the configuration is invalid.\n\n${commentLine(comment, fork)}\n`,
    );
    return { exitCode: 1, comment };
  }

  const job = await planValidatedConfig({
    configDir: resolve(run.cwd, settings.configDir),
    validation,
    basis: (config) =>
      withGroup(logger, 'Finding the state to plan against', async () => {
        const b = await findBasis(workDir, config.desired, settings, event, client, logger);
        logger.info(`Basis: ${b.description}.`);
        return b;
      }),
    allowRebuild: settings.allowRebuild,
    allowDataLoss: settings.allowDataLoss,
    only: settings.only,
  });
  const { plan, basis } = job;
  await withGroup(logger, 'Planning', async () => {
    logger.info(`${headline(job.counts)} Plan ${plan.hash}.`);
    for (const e of plan.errors) logger.error(`${e.address ? `${e.address}: ` : ''}${e.message}`);
    for (const w of plan.warnings) logger.warning(`${w.address ? `${w.address}: ` : ''}${w.message}`);
  });

  // Sealed (its header carries the hash of its reviewed part) and reproducible from plan.json: apply
  // re-renders the artifact with the same call and refuses when the comment differs.
  const body = renderPlanComment(plan, { sha, artifactName: settings.planArtifact });
  const files = [join(settings.outDir, 'plan.json'), join(settings.outDir, 'plan.md')];
  await writeFile(files[0], serializePlan(plan));
  await writeFile(files[1], body);
  // Uploaded first, so the artifact the comment names exists once the comment does (also for an
  // errored plan: it is worth reading). A failed upload fails the step after the other reports.
  const upload = await uploadRunArtifact(
    env,
    {
      name: settings.planArtifact,
      files,
      rootDirectory: settings.outDir,
      retentionDays: settings.retentionDays,
    },
    logger,
    io.upload,
  );

  // A GitHub outage while commenting must not hide the plan: report it, keep the summary, fail the step.
  const { comment, failed } = await tryComment(settings, event, client, body, logger);
  writeResults(settings, env, plan, basis, comment, sha, fork, upload);
  const exitCode = plan.errored || failed || (!upload.uploaded && upload.failed) ? 1 : 0;
  return { exitCode, plan, basis, comment, upload };
}

function artifactLine(settings: PlanSettings, plan: Plan, upload: UploadOutcome): string {
  const files = `plan.json, hash \`${plan.hash}\`, and plan.md`;
  if (upload.uploaded) return `The plan file is in the \`${settings.planArtifact}\` artifact (${files}).`;
  return `The plan file was **not** uploaded as the \`${settings.planArtifact}\` artifact (${upload.reason}).`;
}

const urlOf = (c: CommentOutcome): string =>
  c.action === 'created' || c.action === 'updated' || c.action === 'unchanged' ? c.comment.htmlUrl : '';

function writeResults(
  settings: PlanSettings,
  env: RunnerEnv,
  plan: Plan,
  basis: BasisInfo,
  comment: CommentOutcome,
  sha: string,
  fork: boolean,
  upload: UploadOutcome,
): void {
  const counts = countPlan(plan);
  setOutputs(env, {
    'has-changes': hasChanges(counts),
    'to-create': counts.create,
    'to-change': counts.change,
    'to-destroy': counts.destroy,
    'plan-hash': plan.hash,
    basis: basis.kind,
    'comment-url': urlOf(comment),
  });
  const where = [
    `- Basis: ${basis.description}.`,
    `- ${commentLine(comment, fork)}`,
    `- ${artifactLine(settings, plan, upload)}`,
  ].join('\n');
  // The plan gets what validate left of the step's budget; its own renderer degrades to fit.
  const tail = `\n${where}\n`;
  writeStepSummary(
    env,
    (budgetBytes) =>
      `\n${renderJobSummary(plan, { sha, budgetBytes: Math.max(0, budgetBytes - Buffer.byteLength(tail) - 1) })}${tail}`,
  );
}
