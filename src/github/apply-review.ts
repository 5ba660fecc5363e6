/**
 * Which reviewed plan a push to the default branch carries: the pull request merged as that
 * commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls, the merged one whose merge_commit_sha is
 * the pushed commit), and on it the Phoenix plan comment written by this token's identity (a
 * comment anyone else wrote, header or not, is never trusted). Its hidden header holds the hash of
 * the plan the reviewers saw; apply runs only a fresh plan with that hash.
 *
 * A plan made against the base branch's config (no recorded host state yet) cannot be that proof:
 * its hash covers a config-to-config diff, never what the host needs. It counts as unreviewed.
 */
import { parsePlanHeader, type PlanHeader } from '../render/markdown.js';
import { findPlanComment, resolveIdentity, type CommentIdentity } from './comment.js';
import type { GitHubClient, IssueComment, PullRequestRef, RepoRef } from './github-client.js';

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
  const staleNote =
    header.sha && pull.headSha && header.sha !== pull.headSha
      ? `the plan comment was made for ${header.sha.slice(0, 7)}, but the pull request's last commit is ${pull.headSha.slice(0, 7)}`
      : undefined;
  return { kind: 'reviewed', pull, comment, header, identity, staleNote };
}
