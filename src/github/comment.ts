/**
 * The sticky plan comment on a pull request: one comment per PR, recognised by its hidden header
 * (`<!-- phoenix-plan {...} -->`, see render/markdown.ts) AND by its author being the identity of
 * the token in use. Anyone can paste the header into a comment of their own; only the token's
 * identity can have written ours, so a forged "approved plan" is never picked up (by the plan
 * action, which edits it on every push, or by apply, which reads its hash and edits its status).
 *
 * Identity: GET /user names the owner of a personal access token. The Actions GITHUB_TOKEN (an app
 * installation token) is refused there (403), and writes as `github-actions[bot]`; another app's
 * installation token writes as `<app-slug>[bot]`, which the caller passes as an override.
 */
import {
  parsePlanHeader,
  PLAN_HEADER_PREFIX,
  planHeader,
  type PlanHeader,
  type PlanStatus,
} from '../render/markdown.js';
import { httpStatus, type GitHubClient, type IssueComment, type RepoRef } from './github-client.js';

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface CommentIdentity {
  readonly login: string;
  /** How it was found: GET /user, the Actions bot fallback, or an explicit setting. */
  readonly source: 'token-user' | 'actions-bot' | 'configured';
}

export async function resolveIdentity(client: GitHubClient, configured?: string): Promise<CommentIdentity> {
  if (configured?.trim()) return { login: configured.trim(), source: 'configured' };
  const user = await client.authenticatedUser();
  return user
    ? { login: user.login, source: 'token-user' }
    : { login: ACTIONS_BOT_LOGIN, source: 'actions-bot' };
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A Phoenix plan comment written by `identity`. */
export function isOwnPlanComment(comment: IssueComment, identity: CommentIdentity): boolean {
  return comment.body.includes(PLAN_HEADER_PREFIX.trimEnd()) && sameLogin(comment.author, identity.login);
}

/**
 * Our plan comment among all of a PR's comments: the oldest of ours (lowest id), so that every run
 * (and apply) settles on the same one even if a race ever produced two.
 */
export function pickPlanComment(
  comments: readonly IssueComment[],
  identity: CommentIdentity,
): IssueComment | undefined {
  return comments.filter((c) => isOwnPlanComment(c, identity)).sort((a, b) => a.id - b.id)[0];
}

export interface FoundPlanComment {
  readonly comment: IssueComment;
  /** Undefined when the header is malformed (then the comment is still ours to overwrite). */
  readonly header?: PlanHeader;
}

/** Reads every page of the PR's comments and returns ours, with its parsed header. */
export async function findPlanComment(
  client: GitHubClient,
  repo: RepoRef,
  pullRequest: number,
  identity: CommentIdentity,
): Promise<FoundPlanComment | undefined> {
  const comment = pickPlanComment(await client.listIssueComments(repo, pullRequest), identity);
  return comment ? { comment, header: parsePlanHeader(comment.body) } : undefined;
}

export type UpsertResult =
  | { readonly action: 'created' | 'updated' | 'unchanged'; readonly comment: IssueComment }
  /** The token may not write (HTTP 403, as on pull requests from forks). */
  | { readonly action: 'skipped'; readonly reason: string };

/** 403: a token without access to the PR's comments (fork PR, or `pull-requests: write` not granted). */
function forbidden(err: unknown): string | undefined {
  if (httpStatus(err) !== 403) return undefined;
  return err instanceof Error ? err.message : 'HTTP 403';
}

/**
 * Edits our plan comment in place, or creates it when there is none. Never creates a second one.
 * A 403 (reading or writing) is not an error: the result says the comment was skipped and why.
 */
export async function upsertPlanComment(
  client: GitHubClient,
  repo: RepoRef,
  pullRequest: number,
  body: string,
  identity: CommentIdentity,
): Promise<UpsertResult> {
  try {
    const found = await findPlanComment(client, repo, pullRequest, identity);
    if (!found)
      return { action: 'created', comment: await client.createIssueComment(repo, pullRequest, body) };
    if (found.comment.body === body) return { action: 'unchanged', comment: found.comment };
    return { action: 'updated', comment: await client.updateIssueComment(repo, found.comment.id, body) };
  } catch (err) {
    const reason = forbidden(err);
    if (reason === undefined) throw err;
    return { action: 'skipped', reason };
  }
}

/**
 * A plan comment's body with a new status in its hidden header and a visible status line under the
 * title (replacing an earlier one), e.g. for apply: `applied`, `failed`, `plan-changed`. The plan
 * hash and head SHA stay as they were. Undefined when the body has no valid header.
 */
export function withPlanStatus(body: string, status: PlanStatus, note?: string): string | undefined {
  const header = parsePlanHeader(body);
  if (!header) return undefined;
  const start = body.indexOf(PLAN_HEADER_PREFIX);
  const end = body.indexOf(' -->', start) + ' -->'.length;
  let rest = body.slice(end).replace(/\n\*\*Status: [^\n]*\n(\n)?/, '\n');
  const line = `**Status: ${status}**${note ? ` ${note.replace(/[\r\n]+/g, ' ')}` : ''}`;
  const title = /\n## [^\n]*\n/.exec(rest);
  rest = title
    ? `${rest.slice(0, title.index + title[0].length)}\n${line}\n${rest.slice(title.index + title[0].length)}`
    : `\n${line}\n${rest}`;
  return `${body.slice(0, start)}${planHeader({ ...header, status })}${rest}`;
}
