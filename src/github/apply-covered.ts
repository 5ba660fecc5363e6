/**
 * What apply does with the pull requests merged since the last successful apply: collect them
 * with their reviewed plans (the recorded state's applied commit up to the pushed commit), give
 * each earlier one's comment its status after the run (applied together with, failed with, or
 * superseded by the pushed commit's pull request), and record the applied commit in the state
 * file the run uploads (kept at the last successful one when this run did not succeed).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { ApplyJobResult } from '../apply/run-apply.js';
import { changeIntents, intentKey } from '../plan/intents.js';
import type { Plan } from '../plan/types.js';
import type { PlanStatus } from '../render/markdown.js';
import { getErrorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { collectReviews, type CoveredPull, type Review, type ReviewSet } from './apply-review.js';
import type { ApplyActionSettings } from './apply-settings.js';
import type { ApplyActionStatus } from './apply-summary.js';
import type { GitHubClient, RepoRef } from './github-client.js';
import { findAppliedCommit, STATE_ARTIFACT_NAME } from './state-artifact.js';
/**
 * The recorded applied commit and the covered pull requests. When GitHub could not say, only the
 * pushed commit's pull request, without a plan (so apply refuses, saying why).
 */
export async function coveredReviews(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  headReview: Review & { readonly kind: 'reviewed' },
  settings: Pick<ApplyActionSettings, 'planArtifact'>,
  event: { readonly defaultBranch?: string; readonly repositoryId?: number },
  logger: Logger,
): Promise<ReviewSet | undefined> {
  try {
    const since = event.defaultBranch
      ? (
          await findAppliedCommit(client, repo, {
            name: STATE_ARTIFACT_NAME,
            defaultBranch: event.defaultBranch,
            repositoryId: event.repositoryId,
          })
        ).commit
      : undefined;
    const set = await collectReviews(client, repo, {
      head: sha,
      headReview,
      since,
      identity: headReview.identity ?? { login: headReview.comment.author, source: 'configured' },
      planArtifact: settings.planArtifact,
      repositoryId: event.repositoryId,
    });
    logger.info(
      `Last successful apply: ${since ? since.slice(0, 7) : 'not recorded'}. Covered: ` +
        set.covered
          .map((c) =>
            c.review.kind !== 'reviewed'
              ? `#${c.pull.number} (no reviewed plan: ${c.review.reason})`
              : `#${c.pull.number} (plan ${c.review.header.hash.slice(0, 12)}${c.plan ? '' : `; ${c.planNote ?? 'plan not found'}`})`,
          )
          .join(', ') +
        '.',
    );
    for (const n of set.notes) logger.info(`Note: ${n}.`);
    return set;
  } catch (err) {
    // Without the plan artifact the comment proves nothing (forgery-proof review): no plan counts.
    const why = `the pull requests and plan artifacts could not be read (${getErrorMessage(err)})`;
    logger.warning(`Could not collect the pull requests merged since the last apply: ${why}.`);
    return {
      covered: [{ pull: headReview.pull, review: headReview, planNote: why }],
      notes: [],
    };
  }
}

const touches = (plan: Plan | undefined, reviewed: Plan | undefined): boolean => {
  if (!plan || !reviewed) return false;
  const applied = new Set(plan.changes.flatMap((c) => changeIntents(c).map(intentKey)));
  return reviewed.changes.some((c) => changeIntents(c).some((i) => applied.has(intentKey(i))));
};

/** The status of an earlier pull request this run covered (its own apply was cancelled or failed). */
export function coveredUpdate(
  status: ApplyActionStatus,
  c: CoveredPull,
  head: number,
  job: ApplyJobResult | undefined,
  o: { readonly sha?: string; readonly link?: string },
): { status: PlanStatus; note: string } | undefined {
  const run = o.link ? `[this run](${o.link})` : 'the apply run';
  const at = o.sha ? ` at \`${o.sha.slice(0, 7)}\`` : '';
  if (status === 'applied' && touches(job?.plan, c.plan))
    return { status: 'applied', note: `Applied together with #${head} by ${run}${at}.` };
  if (status === 'applied' || status === 'no-changes')
    return {
      status: 'superseded',
      note: `Superseded by #${head}: ${run}${at} applied the config merged up to it; nothing of this plan was left to do on its own.`,
    };
  if (status === 'failed')
    return {
      status: 'failed',
      note: `The apply of #${head} by ${run}${at}, which covers this pull request too, failed; re-run it (finished guests are not redone).`,
    };
  return undefined;
}

/** Writes the applied commit into the recorded state file (the last successful one is kept on failure). */
export async function recordAppliedCommit(
  file: string,
  commit: string | undefined,
  logger: Logger,
): Promise<void> {
  if (!commit) return;
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...state, appliedCommit: commit }, null, 2) + '\n');
  } catch (err) {
    logger.warning(`Could not record the applied commit in ${file}: ${getErrorMessage(err)}`);
  }
}
