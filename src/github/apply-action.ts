/**
 * The apply action, on the self-hosted runner after a merge to the default branch:
 * 1. validate the config (annotations, as on the pull request);
 * 2. find the reviewed plan: the PR merged as the pushed commit and its Phoenix comment written by
 *    this token's identity (apply-review.ts); without one, refuse unless `allow-unreviewed`; then
 *    every PR merged since the recorded state's applied commit, with its reviewed plan;
 * 3. apply with the apply job (jobs/apply-job.ts), which re-plans against the live host and
 *    refuses when the fresh plan holds a change (intent) none of those reviewed plans holds
 *    (before and again under the host lock), printing each one;
 * 4. report: the comment's status becomes applied / failed / plan-changed with a note and a link
 *    to the run (earlier covered PRs: applied, failed or superseded by this one), the job summary
 *    gets a table of guest outcomes and timings, and the fresh live state is written to
 *    `<state-dir>/phoenix-state.json` (with the applied commit) and uploaded from this step as the
 *    `phoenix-state` artifact that pull-request plans read (artifact-upload.ts).
 * Outputs: status, applied, failed, skipped, plan-hash, pull-request, comment-url, state-file.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { seconds, testsLine } from '../apply/report.js';
import type { ApplyJobResult } from '../apply/run-apply.js';
import type { HostPort } from '../host/port.js';
import { applyToHost } from '../jobs/apply-job.js';
import { envSecretLookup } from '../config/secret-refs.js';
import { STATE_FILE_NAME } from '../plan/state-file.js';
import type { PlanStatus } from '../render/markdown.js';
import { getErrorMessage } from '../util/errors.js';
import { withGroup, type Logger } from '../util/logger.js';
import { singleFile, uploadRunArtifact, type ArtifactUploader } from './artifact-upload.js';
import { coveredReviews, coveredUpdate, recordAppliedCommit } from './apply-covered.js';
import { findReview, unreviewedChanges, type Review, type ReviewSet } from './apply-review.js';
import { runUrl, type ApplyActionSettings } from './apply-settings.js';
import { renderApplySummary, type ApplyActionStatus } from './apply-summary.js';
import { withPlanStatus } from './comment.js';
import { createGitHubClient, httpStatus, type GitHubClient, type RepoRef } from './github-client.js';
import { openHostTarget, type Masker } from './host-target.js';
import { readEventContext } from './pr-context.js';
import { setOutputs, type RunnerEnv } from './runner-files.js';
import { writeStepSummary } from './summary.js';
import { LEAVE_FOR_NEXT_WRITER, runValidateAction } from './validate-action.js';

export { getApplySettings, type ApplyActionSettings } from './apply-settings.js';

export interface ApplyActionIO {
  /** Apply's progress text (log groups per guest); default stdout. */
  readonly write?: (text: string) => void;
  /** Refusals and problems in apply's own words; default stderr. */
  readonly writeError?: (text: string) => void;
  /** Masks a secret in the job log (core.setSecret); default: `::add-mask::` on `write`. */
  readonly mask?: Masker;
  /** For tests: open the host another way. */
  readonly openHost?: () => Promise<HostPort>;
  /** For tests: upload the state artifact another way (default: @actions/artifact). */
  readonly upload?: ArtifactUploader;
}

export interface ApplyActionResult {
  readonly exitCode: 0 | 1;
  readonly status: ApplyActionStatus;
  readonly review?: Review;
  readonly job?: ApplyJobResult;
  readonly stateFile?: string;
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/** The comment's new status and its one-line note, or undefined when the comment stays as it is. */
export function commentUpdate(
  status: ApplyActionStatus,
  job: ApplyJobResult | undefined,
  o: { readonly sha?: string; readonly link?: string; readonly reason?: string },
): { status: PlanStatus; note: string } {
  const run = o.link ? `[this run](${o.link})` : 'the apply run';
  const at = o.sha ? ` at \`${o.sha.slice(0, 7)}\`` : '';
  const r = job?.result;
  // The PR comment's apply summary names the post-deployment tests' results too.
  const tests = r ? testsLine(r) : undefined;
  const testNote = tests ? ` ${tests}` : '';
  switch (status) {
    case 'applied':
      return {
        status: 'applied',
        note: `Applied by ${run}${at}: ${plural(r?.succeeded ?? 0, 'guest')} converged in ${seconds(r?.wallMs ?? 0)}.${testNote}`,
      };
    case 'no-changes':
      return {
        status: 'no-changes',
        note: `Nothing left to apply: the host already matched, checked by ${run}${at}.`,
      };
    case 'failed': {
      const bad = (r?.guests ?? []).filter((g) => g.outcome !== 'succeeded');
      const first = bad.find((g) => g.outcome === 'failed');
      return {
        status: 'failed',
        note:
          `Apply by ${run}${at} failed: ${r?.failed ?? 0} failed, ${r?.skipped ?? 0} skipped, ${r?.succeeded ?? 0} succeeded` +
          (first ? ` (${first.address}: ${(first.reason ?? '').split('\n')[0].slice(0, 200)})` : '') +
          '.' +
          testNote +
          ' Fix the cause and re-run the Apply workflow; finished guests are not redone.',
      };
    }
    case 'plan-changed':
      return {
        status: 'plan-changed',
        note:
          `Not applied: the plan made from the host at merge (\`${(job?.plan?.hash ?? '').slice(0, 12)}\`) differs ` +
          `from this reviewed plan; see ${run}. Review a new plan (push to a pull request) before applying.`,
      };
    case 'invalid':
      return {
        status: 'failed',
        note: `Not applied: the config${at} is invalid or could not be planned; see ${run}.`,
      };
    case 'unreviewed':
      return { status: 'failed', note: `Not applied by ${run}: ${o.reason ?? 'no reviewed plan'}.` };
  }
}

async function editComment(
  client: GitHubClient,
  repo: RepoRef | undefined,
  review: Review,
  update: { status: PlanStatus; note: string },
  logger: Logger,
): Promise<string | undefined> {
  const comment = review.comment;
  if (!comment || !repo) return undefined;
  const body = withPlanStatus(comment.body, update.status, update.note);
  if (body === undefined) {
    logger.warning(`The plan comment ${comment.id} has no valid header; its status was not changed.`);
    return undefined;
  }
  try {
    const edited = await client.updateIssueComment(repo, comment.id, body);
    logger.info(`Plan comment on #${review.pull?.number}: status ${update.status}.`);
    return edited.htmlUrl || comment.htmlUrl;
  } catch (err) {
    const why = httpStatus(err) === 403 ? " (grant the workflow 'pull-requests: write')" : '';
    logger.warning(`Could not update the plan comment${why}: ${getErrorMessage(err)}`);
    return undefined;
  }
}

function reviewLine(review: Review | undefined, hashChecked: boolean, reviews?: ReviewSet): string {
  if (!review) return 'not looked up.';
  if (review.kind === 'unreviewed') return `none: ${review.reason}.`;
  const pr = `pull request #${review.pull.number}, plan \`${review.header.hash.slice(0, 12)}\``;
  if (reviews && hashChecked) {
    const others = reviews.covered
      .filter((c) => c.pull.number !== review.pull.number)
      .map((c) => `#${c.pull.number}`);
    return (
      `${pr}${others.length ? ` and ${others.join(', ')} (merged since the last successful apply)` : ''}; ` +
      `apply ran only changes their reviewed plans hold.${review.staleNote ? ` Note: ${review.staleNote}.` : ''}`
    );
  }
  if (!hashChecked)
    return `${pr}; not compared (require-reviewed-plan is false).${review.staleNote ? ` Note: ${review.staleNote}.` : ''}`;
  return `${pr}; apply ran only a plan with this hash.${review.staleNote ? ` Note: ${review.staleNote}.` : ''}`;
}

export async function runApplyAction(
  settings: ApplyActionSettings,
  logger: Logger,
  env: RunnerEnv,
  io: ApplyActionIO = {},
): Promise<ApplyActionResult> {
  const write = io.write ?? ((t: string) => void process.stdout.write(t));
  const writeError = io.writeError ?? ((t: string) => void process.stderr.write(t));
  const mask = io.mask ?? ((s: string) => write(`::add-mask::${s}\n`));
  const { run } = settings;
  const event = readEventContext(env);
  const sha = settings.sha;
  const link = runUrl(run.serverUrl, run.repository, env);
  const client = settings.token ? createGitHubClient({ token: settings.token, env }) : undefined;
  const baseOutputs = {
    status: '',
    applied: 0,
    failed: 0,
    skipped: 0,
    'plan-hash': '',
    'pull-request': '',
    'comment-url': '',
    'state-file': '',
  };

  const validation = await runValidateAction(
    { configDir: settings.configDir, failOnWarnings: false, run },
    logger,
    env,
    LEAVE_FOR_NEXT_WRITER,
  );

  // The reviewed plan (looked up even when not required, so the comment's status is kept true).
  let review: Review | undefined;
  if (!client)
    review = { kind: 'unreviewed', reason: 'no github-token was given, so no pull request was looked up' };
  else if (!event.repository)
    review = { kind: 'unreviewed', reason: 'the repository is unknown (no GITHUB_REPOSITORY)' };
  else if (!sha) review = { kind: 'unreviewed', reason: 'the commit is unknown (no GITHUB_SHA)' };
  else {
    const repo = event.repository;
    review = await withGroup(logger, `Finding the reviewed plan of ${sha.slice(0, 7)}`, async () => {
      const r = await findReview(client, repo, sha, settings.commentAuthor);
      if (r.kind === 'reviewed') {
        logger.info(
          `Pull request #${r.pull.number} was merged as ${sha.slice(0, 7)}; its reviewed plan is ${r.header.hash} (comment by ${r.identity?.login}).`,
        );
        if (r.staleNote)
          logger.warning(`Reviewed plan: ${r.staleNote}; apply still requires the same plan hash.`);
      } else logger.info(`No reviewed plan: ${r.reason}.`);
      return r;
    });
  }

  // Every pull request merged since the last successful apply, with its reviewed plan.
  let reviews: ReviewSet | undefined;
  if (settings.requireReviewedPlan && review.kind === 'reviewed' && client && event.repository && sha) {
    const repo = event.repository;
    const headReview = review;
    reviews = await withGroup(logger, 'Collecting the pull requests merged since the last apply', () =>
      coveredReviews(client, repo, sha, headReview, settings, event, logger),
    );
  }

  const finish = async (
    status: ApplyActionStatus,
    exitCode: 0 | 1,
    extra: { job?: ApplyJobResult; message?: string; stateFile?: string; hashChecked?: boolean } = {},
  ): Promise<ApplyActionResult> => {
    // Whenever the host was read (also after a failed or refused apply), its state is recorded.
    const upload = extra.stateFile
      ? await uploadRunArtifact(
          env,
          singleFile(settings.stateArtifact, extra.stateFile, settings.stateRetentionDays),
          logger,
          io.upload,
        )
      : undefined;
    const code: 0 | 1 = upload && !upload.uploaded && upload.failed ? 1 : exitCode;
    let commentUrl: string | undefined;
    if (client && review?.comment) {
      const update = commentUpdate(status, extra.job, {
        sha,
        link,
        reason: review.kind === 'unreviewed' ? review.reason : undefined,
      });
      commentUrl = await editComment(client, event.repository, review, update, logger);
    }
    if (client && reviews && review?.pull) {
      const head = review.pull.number;
      for (const c of reviews.covered) {
        if (c.pull.number === head || !c.review.comment) continue;
        const update = coveredUpdate(status, c, head, extra.job, { sha, link });
        if (update) await editComment(client, event.repository, c.review, update, logger);
      }
    }
    const r = extra.job?.result;
    setOutputs(env, {
      ...baseOutputs,
      status,
      applied: r?.succeeded ?? 0,
      failed: r?.failed ?? 0,
      skipped: r?.skipped ?? 0,
      'plan-hash': extra.job?.plan?.hash ?? '',
      'pull-request': review?.pull?.number ?? '',
      'comment-url': commentUrl ?? '',
      'state-file': extra.stateFile ?? '',
    });
    writeStepSummary(env, (budgetBytes) =>
      renderApplySummary({
        status,
        target: settings.host.target,
        sha,
        review: reviewLine(review, extra.hashChecked ?? false, reviews),
        message: extra.message,
        plan: extra.job?.plan,
        result: r,
        commentUrl,
        budgetBytes,
      }),
    );
    return { exitCode: code, status, review, job: extra.job, stateFile: extra.stateFile };
  };

  if (validation.exitCode !== 0) {
    logger.error('phoenix apply: the config is invalid; nothing was applied.');
    return finish('invalid', 1, {
      message: 'The config is invalid (see the annotations); nothing was applied.',
    });
  }

  // Without the covered set (GitHub could not be asked), the old proof: the reviewed plan's hash.
  const reviewedHash =
    settings.requireReviewedPlan && review.kind === 'reviewed' && !reviews ? review.header.hash : undefined;
  const covered = reviews;
  if (settings.requireReviewedPlan && review.kind === 'unreviewed') {
    if (!settings.allowUnreviewed) {
      const message =
        `Refusing to apply without a reviewed plan: ${review.reason}. Nothing was applied. ` +
        'Merge config changes through a pull request whose plan comment shows the plan against the recorded ' +
        "host state, or run the Apply workflow by hand with 'allow-unreviewed' (an environment reviewer approves that run).";
      logger.error(`phoenix apply: ${message}`);
      return finish('unreviewed', 1, { message });
    }
    logger.warning(`Applying without a reviewed plan (allow-unreviewed is true): ${review.reason}.`);
  }
  if (!settings.requireReviewedPlan && review.kind === 'reviewed')
    logger.warning(
      'require-reviewed-plan is false: the fresh plan is applied even if it differs from the reviewed one.',
    );

  await mkdir(settings.stateDir, { recursive: true });
  // Masked before anything runs; the input first, then PHOENIX_SECRET_<NAME> from the environment.
  for (const v of Object.values(settings.secrets)) mask(v);
  const envSecret = envSecretLookup(env);
  const { job, stateFile } = await applyToHost({
    secretLookup: (name) => settings.secrets[name] ?? envSecret(name),
    maskSecret: mask,
    open: () => (io.openHost ? io.openHost() : openHostTarget(settings.host, env, run.cwd, mask)),
    configDir: relative(process.cwd(), resolve(run.cwd, settings.configDir)) || '.',
    reviewedHash,
    unreviewed: covered ? (fresh) => unreviewedChanges(fresh, covered) : undefined,
    allowRebuild: settings.allowRebuild,
    allowDataLoss: settings.allowDataLoss,
    only: settings.only,
    settings: { concurrency: settings.concurrency, keepSafetySnapshots: settings.keepSafetySnapshots },
    sha,
    lockTimeoutMs: settings.lockTimeoutSec * 1000,
    stateFile: join(settings.stateDir, STATE_FILE_NAME),
    // Nothing was applied on a changed plan, but the host was read: record it for the next PR plan.
    recordWhenRefused: true,
    onRecordFailed: (m) => logger.warning(m),
    out: write,
    err: writeError,
    logger: run.inActions ? logger : undefined,
  });

  const hashChecked = reviewedHash !== undefined || covered !== undefined;
  if (stateFile && sha) {
    const ok = job.status === 'applied' || job.status === 'no-changes';
    await recordAppliedCommit(stateFile, ok ? sha : reviews?.since, logger);
  }
  switch (job.status) {
    case 'applied':
    case 'no-changes':
      return finish(job.status, 0, { job, stateFile, hashChecked });
    case 'plan-changed':
      logger.error(
        `phoenix apply: the plan made from the host now (${job.plan?.hash.slice(0, 12)}) differs from the plan reviewed on #${review.pull?.number} (${review.kind === 'reviewed' ? review.header.hash.slice(0, 12) : 'none'}); nothing was applied.`,
      );
      return finish('plan-changed', 1, {
        job,
        stateFile,
        hashChecked,
        message:
          'The plan made from the live host differs from the reviewed plan; nothing was applied. ' +
          'The host or the config changed after the review: push to a pull request to get a new plan reviewed.',
      });
    case 'failed':
      logger.error(
        `phoenix apply: ${job.result?.failed ?? 0} guest(s) failed and ${job.result?.skipped ?? 0} were skipped; see the log groups.`,
      );
      return finish('failed', 1, { job, stateFile, hashChecked });
    default:
      logger.error(
        'phoenix apply: the plan could not be made or applied (see the log); nothing was applied.',
      );
      return finish('invalid', 1, {
        job,
        stateFile,
        hashChecked,
        message: 'Planning failed; nothing was applied.',
      });
  }
}
