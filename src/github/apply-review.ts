/**
 * Which reviewed plan a push to the default branch carries: the pull request merged as that
 * commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls, the merged one whose merge_commit_sha is
 * the pushed commit), and on it the Phoenix plan comment written by this token's identity (a
 * comment anyone else wrote, header or not, is never trusted). Its hidden header holds the hash of
 * the plan the reviewers saw; apply runs only a fresh plan with that hash.
 *
 * A plan made against the base branch's config (no recorded host state yet) cannot be that proof:
 * its hash covers a config-to-config diff, never what the host needs. It counts as unreviewed.
 *
 * Apply does not need the fresh plan to equal one reviewed plan: `collectReviews` takes every pull
 * request merged since the last successful apply (the recorded state's `appliedCommit` up to the
 * pushed commit), and `unreviewedChanges` lets the fresh plan through when each of its intents
 * (plan/intents.ts) is in the union of their reviewed plans. The reviewed plans come from each
 * pull request's plan artifact (`phoenix-plan`, plan.json of the run for the commented head), and
 * count only when their hash is the one in our comment: the comment cannot carry the intents of a
 * big plan (60 KB against megabytes), the artifact already is the exact plan, and the comment's
 * hash authenticates it.
 *
 * Forgery: a comment counts only when its body hashes to the body hash in its header (an edited
 * table does not), and its plan only when the artifact's plan, re-rendered with the plan action's
 * renderer (plan-comment-body.ts), is that body: the table the reviewers saw is the plan that runs.
 * Without a usable artifact (expired, never uploaded, another plan, another table) a pull request
 * has no reviewed plan, and apply refuses every change only it would have covered, naming it.
 */
import { intentKey, unreviewedIntents } from '../plan/intents.js';
import { parsePlan } from '../plan/plan-file.js';
import type { Plan } from '../plan/types.js';
import { parsePlanHeader, type PlanHeader } from '../render/markdown.js';
import { getErrorMessage } from '../util/errors.js';
import { findPlanComment, resolveIdentity, type CommentIdentity } from './comment.js';
import type { Artifact, GitHubClient, IssueComment, PullRequestRef, RepoRef } from './github-client.js';
import { bodyHashProblem, renderedBodyProblem, renderPlanComment } from './plan-comment-body.js';
import { extractFile } from './state-artifact.js';

export type ReviewBasis = 'live-state' | 'config-diff' | 'unknown';

export interface ReviewContext {
  readonly pull?: PullRequestRef;
  readonly comment?: IssueComment;
  readonly header?: PlanHeader;
  readonly identity?: CommentIdentity;
}

export type Review =
  | (ReviewContext & {
      readonly kind: 'reviewed';
      readonly pull: PullRequestRef;
      readonly comment: IssueComment;
      readonly header: PlanHeader;
      /** Set when the comment's plan was made for an earlier commit of the PR than its last one. */
      readonly staleNote?: string;
    })
  | (ReviewContext & { readonly kind: 'unreviewed'; readonly reason: string });

/** The pull request merged as `sha` (merge, squash or the last rebased commit), if any. */
export function mergedPullFor(pulls: readonly PullRequestRef[], sha: string): PullRequestRef | undefined {
  const s = sha.toLowerCase();
  return pulls.find((p) => p.mergedAt !== undefined && p.mergeCommitSha?.toLowerCase() === s);
}

/**
 * What a plan comment was planned against, from the text render/markdown.ts writes: its footer
 * (`basis: base branch config` / `basis: live state`), else the note at its top.
 */
export function commentBasis(body: string): ReviewBasis {
  if (body.includes('basis: base branch config') || body.includes('No recorded state of the host was found'))
    return 'config-diff';
  if (body.includes('basis: live state')) return 'live-state';
  return 'unknown';
}

/** The review behind `sha`; never throws for "not found" cases, only for API failures. */
export async function findReview(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  configuredAuthor?: string,
): Promise<Review> {
  const short = sha.slice(0, 7);
  const pulls = await client.pullRequestsForCommit(repo, sha);
  const pull = mergedPullFor(pulls, sha);
  if (!pull) {
    const open = pulls.filter((p) => p.mergedAt === undefined).map((p) => `#${p.number}`);
    return {
      kind: 'unreviewed',
      reason:
        `no pull request was merged as commit ${short} (a direct push or a manual run)` +
        (open.length ? `; it belongs to unmerged pull request ${open.join(', ')}` : ''),
    };
  }
  const identity = await resolveIdentity(client, configuredAuthor);
  return reviewOfPull(client, repo, pull, identity);
}

/** The review on one merged pull request: our plan comment, its header and basis. */
export async function reviewOfPull(
  client: GitHubClient,
  repo: RepoRef,
  pull: PullRequestRef,
  identity: CommentIdentity,
): Promise<Review> {
  const found = await findPlanComment(client, repo, pull.number, identity);
  if (!found) {
    return {
      kind: 'unreviewed',
      pull,
      identity,
      reason: `pull request #${pull.number} has no Phoenix plan comment written by ${identity.login}`,
    };
  }
  const { comment } = found;
  const header = found.header ?? parsePlanHeader(comment.body);
  const ctx = { pull, comment, header, identity };
  if (!header || !/^[0-9a-f]{64}$/.test(header.hash)) {
    return {
      kind: 'unreviewed',
      ...ctx,
      reason: `the plan comment on pull request #${pull.number} holds no plan (${header ? `status ${header.status}` : 'no valid header'})`,
    };
  }
  if (commentBasis(comment.body) === 'config-diff') {
    return {
      kind: 'unreviewed',
      ...ctx,
      reason:
        `the plan on pull request #${pull.number} compared the config with the base branch's config ` +
        '(no recorded host state existed), so it does not show what the host needs',
    };
  }
  const altered = bodyHashProblem(comment.body, header, pull.number);
  if (altered) return { kind: 'unreviewed', ...ctx, reason: altered };
  const staleNote =
    header.sha && pull.headSha && header.sha !== pull.headSha
      ? `the plan comment was made for ${header.sha.slice(0, 7)}, but the pull request's last commit is ${pull.headSha.slice(0, 7)}`
      : undefined;
  return { kind: 'reviewed', pull, comment, header, identity, staleNote };
}

/** One pull request apply covers, with its review and (when its artifact was found) its plan. */
export interface CoveredPull {
  readonly pull: PullRequestRef;
  readonly review: Review;
  /** The reviewed plan, from the pull request's plan artifact, its hash the comment's. */
  readonly plan?: Plan;
  /** Why `plan` is missing for a reviewed pull request. */
  readonly planNote?: string;
}

export interface ReviewSet {
  /** The recorded state's applied commit the range starts after, when known. */
  readonly since?: string;
  /** Oldest first; the pushed commit's pull request (when it is one) last. */
  readonly covered: readonly CoveredPull[];
  /** What limited the range (no applied commit recorded, history not comparable, too many commits). */
  readonly notes: readonly string[];
}

export interface CollectOptions {
  readonly head: string;
  /** The review of the pushed commit (findReview). */
  readonly headReview: Review;
  readonly since?: string;
  readonly identity: CommentIdentity;
  readonly planArtifact: string;
  readonly repositoryId?: number;
  /** At most this many commits of the range are looked at (each is one API call). */
  readonly maxCommits?: number;
}

const newestFirst = (a: Artifact, b: Artifact): number =>
  (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id - a.id;

/** The reviewed plan of a pull request from its plan artifact, checked against the comment's hash. */
export async function fetchReviewedPlan(
  client: GitHubClient,
  repo: RepoRef,
  review: { readonly header: PlanHeader; readonly comment: IssueComment },
  artifacts: readonly Artifact[],
  o: { readonly name: string; readonly repositoryId?: number },
): Promise<{ readonly plan?: Plan; readonly note?: string }> {
  const { header, comment } = review;
  const candidates = artifacts
    .filter(
      (a) =>
        a.name === o.name &&
        !a.expired &&
        header.sha !== '' &&
        a.workflowRun?.headSha === header.sha &&
        (o.repositoryId === undefined || a.workflowRun.headRepositoryId === o.repositoryId),
    )
    .sort(newestFirst);
  const problems: string[] = [];
  for (const a of candidates.slice(0, 3)) {
    try {
      const text = extractFile(await client.downloadArtifact(repo, a.id), 'plan.json');
      if (text === undefined) {
        problems.push(`artifact ${a.id} holds no plan.json`);
        continue;
      }
      const plan = parsePlan(text, `artifact ${a.id}`);
      if (plan.hash === header.hash) {
        const differs = renderedBodyProblem(
          comment.body,
          renderPlanComment(plan, { sha: header.sha, artifactName: o.name }),
        );
        if (!differs) return { plan };
        problems.push(`artifact ${a.id} holds the reviewed plan hash, but ${differs}`);
        continue;
      }
      problems.push(`artifact ${a.id} holds plan ${plan.hash.slice(0, 12)}, not the reviewed one`);
    } catch (err) {
      problems.push(getErrorMessage(err));
    }
  }
  return {
    note:
      candidates.length === 0
        ? `no '${o.name}' artifact of its plan run at ${header.sha.slice(0, 7)} was found (expired or not uploaded)`
        : problems.join('; '),
  };
}

/**
 * Every pull request merged after `since` up to `head`, each with its review and reviewed plan.
 * Without `since`, or when the history cannot be compared, only the pushed commit's pull request.
 */
export async function collectReviews(
  client: GitHubClient,
  repo: RepoRef,
  o: CollectOptions,
): Promise<ReviewSet> {
  const notes: string[] = [];
  const pulls: { pull: PullRequestRef; review: Review }[] = [];
  if (!o.since) notes.push('the recorded state names no applied commit, so only this commit is covered');
  else if (o.since.toLowerCase() !== o.head.toLowerCase()) {
    try {
      const max = o.maxCommits ?? 200;
      const { shas, total } = await client.commitsBetween(repo, o.since, o.head, max);
      if (total > shas.length)
        notes.push(
          `only the first ${shas.length} of ${total} commits since ${o.since.slice(0, 7)} were looked at`,
        );
      for (const sha of shas) {
        if (sha.toLowerCase() === o.head.toLowerCase()) continue;
        const pull = mergedPullFor(await client.pullRequestsForCommit(repo, sha), sha);
        if (pull && !pulls.some((p) => p.pull.number === pull.number))
          pulls.push({ pull, review: await reviewOfPull(client, repo, pull, o.identity) });
      }
    } catch (err) {
      notes.push(
        `the commits since ${o.since.slice(0, 7)} could not be listed (${getErrorMessage(err)}), so only this commit is covered`,
      );
    }
  }
  const head = o.headReview.pull;
  if (head && !pulls.some((p) => p.pull.number === head.number))
    pulls.push({ pull: head, review: o.headReview });

  const reviewed = pulls.filter((p) => p.review.kind === 'reviewed');
  const artifacts = reviewed.length ? await client.listArtifacts(repo, o.planArtifact) : [];
  const covered: CoveredPull[] = [];
  for (const p of pulls) {
    if (p.review.kind !== 'reviewed') {
      covered.push(p);
      continue;
    }
    const { plan, note } = await fetchReviewedPlan(client, repo, p.review, artifacts, {
      name: o.planArtifact,
      repositoryId: o.repositoryId,
    });
    covered.push({ ...p, plan, planNote: note });
  }
  return { since: o.since, covered, notes };
}

/**
 * The fresh plan's changes that no covered pull request reviewed, one line each (empty: apply may
 * go ahead). Only plans checked against their artifact count (fetchReviewedPlan).
 */
export function unreviewedChanges(fresh: Plan, set: ReviewSet): string[] {
  const reviewed = set.covered.filter((c) => c.review.kind === 'reviewed');
  if (reviewed.some((c) => c.plan && c.plan.hash === fresh.hash)) return [];
  const plans = reviewed.flatMap((c) => (c.plan ? [c.plan] : []));
  const lines = unreviewedIntents(fresh, plans).map(intentKey);
  if (lines.length === 0) return [];
  const missing = reviewed
    .filter((c) => !c.plan)
    .map((c) => `(#${c.pull.number}'s reviewed plan was not usable: ${c.planNote ?? 'unknown'})`);
  const unrev = set.covered
    .filter((c) => c.review.kind === 'unreviewed')
    .map(
      (c) =>
        `(#${c.pull.number} has no reviewed plan: ${c.review.kind === 'unreviewed' ? c.review.reason : ''})`,
    );
  return [...lines, ...missing, ...unrev, ...set.notes.map((n) => `(${n})`)];
}
