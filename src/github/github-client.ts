/**
 * The few GitHub REST calls Phoenix makes, typed and small, over @actions/github's Octokit (proxy
 * support, user agent). The API base URL comes from GITHUB_API_URL (GitHub Enterprise, or a local
 * stand-in in tests); each call returns plain values and turns "not found" into `undefined` where
 * callers expect it. Every other HTTP failure is thrown as a `GitHubApiError` with its status.
 */
import { getOctokit } from '@actions/github';
import { getErrorMessage } from '../util/errors.js';
import type { RunnerEnv } from './runner-files.js';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** `owner/name` -> RepoRef; undefined when it is not of that form. */
export function parseRepository(fullName: string | undefined): RepoRef | undefined {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(fullName?.trim() ?? '');
  return m ? { owner: m[1], repo: m[2] } : undefined;
}

export const repoName = (r: RepoRef): string => `${r.owner}/${r.repo}`;

export class GitHubApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or undefined when no response arrived (network error). */
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

/** The HTTP status of an Octokit (or our own) error, if any. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

export interface AuthenticatedUser {
  readonly login: string;
  readonly type: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  /** Login of the author; '' when GitHub reports no user (a deleted account: "ghost"). */
  readonly author: string;
  readonly htmlUrl: string;
  readonly createdAt: string;
}

export interface WorkflowRunRef {
  readonly id?: number;
  readonly repositoryId?: number;
  readonly headRepositoryId?: number;
  readonly headBranch?: string;
  readonly headSha?: string;
}

export interface Artifact {
  readonly id: number;
  readonly name: string;
  readonly sizeInBytes: number;
  readonly expired: boolean;
  /** ISO time; undefined when GitHub does not say. */
  readonly createdAt?: string;
  readonly workflowRun?: WorkflowRunRef;
}

export interface PullRequestRef {
  readonly number: number;
  readonly state: string;
  readonly mergedAt?: string;
  /** The commit the merge produced on the base branch (merge, squash or last rebased commit). */
  readonly mergeCommitSha?: string;
  readonly headSha: string;
  readonly baseRef: string;
}

/** What Phoenix needs from GitHub; implemented over Octokit by `createGitHubClient`. */
export interface GitHubClient {
  readonly apiUrl: string;
  /** GET /user. Undefined on 401/403: installation tokens (the Actions GITHUB_TOKEN) have no user. */
  authenticatedUser(): Promise<AuthenticatedUser | undefined>;
  /** Every comment on an issue or pull request, oldest first (all pages). */
  listIssueComments(repo: RepoRef, issue: number): Promise<IssueComment[]>;
  createIssueComment(repo: RepoRef, issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>;
  /** Artifacts of the repository with exactly this name, as GitHub lists them (newest first), up to `maxPages` pages. */
  listArtifacts(repo: RepoRef, name: string, maxPages?: number): Promise<Artifact[]>;
  /** The artifact's zip archive. */
  downloadArtifact(repo: RepoRef, artifactId: number): Promise<Uint8Array>;
  /** A file's bytes at `ref`, or undefined when it does not exist there (404). */
  getFile(repo: RepoRef, path: string, ref: string): Promise<Uint8Array | undefined>;
  /** Pull requests associated with a commit (for a push to the default branch: the merged PR). */
  pullRequestsForCommit(repo: RepoRef, sha: string): Promise<PullRequestRef[]>;
  /**
   * The commits reachable from `head` but not from `base`, oldest first (GET compare/{base}...{head}),
   * at most `max` of them; `total` is how many there are.
   */
  commitsBetween(
    repo: RepoRef,
    base: string,
    head: string,
    max?: number,
  ): Promise<{ readonly shas: string[]; readonly total: number }>;
}

export interface GitHubClientOptions {
  readonly token: string;
  /** Default: GITHUB_API_URL of `env`, else https://api.github.com. */
  readonly apiUrl?: string;
  readonly env?: RunnerEnv;
}

export function apiUrlFrom(env: RunnerEnv): string {
  return (env.GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
}

const PER_PAGE = 100;

interface RawUser {
  login?: string;
  type?: string;
}
interface RawComment {
  id: number;
  body?: string | null;
  user?: RawUser | null;
  html_url?: string;
  created_at?: string;
}
interface RawArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at?: string | null;
  workflow_run?: {
    id?: number;
    repository_id?: number;
    head_repository_id?: number;
    head_branch?: string;
    head_sha?: string;
  } | null;
}
interface RawPull {
  number: number;
  state: string;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
  head: { sha: string };
  base: { ref: string };
}

const toComment = (c: RawComment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  author: c.user?.login ?? '',
  htmlUrl: c.html_url ?? '',
  createdAt: c.created_at ?? '',
});

const toArtifact = (a: RawArtifact): Artifact => ({
  id: a.id,
  name: a.name,
  sizeInBytes: a.size_in_bytes,
  expired: a.expired,
  createdAt: a.created_at ?? undefined,
  workflowRun: a.workflow_run
    ? {
        id: a.workflow_run.id,
        repositoryId: a.workflow_run.repository_id,
        headRepositoryId: a.workflow_run.head_repository_id,
        headBranch: a.workflow_run.head_branch,
        headSha: a.workflow_run.head_sha,
      }
    : undefined,
});

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  throw new Error(`unexpected response body of type ${typeof data}`);
}

/** Re-throws anything as a GitHubApiError naming the call, keeping the HTTP status. */
async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof GitHubApiError) throw err;
    const status = httpStatus(err);
    const detail = getErrorMessage(err).split('\n')[0];
    throw new GitHubApiError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, status);
  }
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = (options.apiUrl ?? apiUrlFrom(options.env ?? {})).replace(/\/+$/, '');
  const octokit = getOctokit(options.token, { baseUrl: apiUrl });

  return {
    apiUrl,

    async authenticatedUser() {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login, type: data.type };
      } catch (err) {
        const status = httpStatus(err);
        if (status === 401 || status === 403) return undefined;
        return call('GET /user', () => Promise.reject(err));
      }
    },

    listIssueComments: (repo, issue) =>
      call(`listing the comments of #${issue}`, async () => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: issue,
          per_page: PER_PAGE,
        });
        return (all as RawComment[]).map(toComment);
      }),

    createIssueComment: (repo, issue, body) =>
      call(`commenting on #${issue}`, async () => {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
        return toComment(data as RawComment);
      }),

    updateIssueComment: (repo, commentId, body) =>
      call(`editing comment ${commentId}`, async () => {
        const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
        return toComment(data as RawComment);
      }),

    listArtifacts: (repo, name, maxPages = 10) =>
      call(`listing the '${name}' artifacts`, async () => {
        const out: Artifact[] = [];
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
          ...repo,
          name,
          per_page: PER_PAGE,
        })) {
          out.push(...(page.data as RawArtifact[]).map(toArtifact));
          if (++pages >= maxPages) break;
        }
        return out;
      }),

    downloadArtifact: (repo, artifactId) =>
      call(`downloading artifact ${artifactId}`, async () => {
        const { data } = await octokit.rest.actions.downloadArtifact({
          ...repo,
          artifact_id: artifactId,
          archive_format: 'zip',
        });
        return toBytes(data);
      }),

    getFile: (repo, path, ref) =>
      call(`reading ${path} at ${ref}`, async () => {
        try {
          const { data } = await octokit.rest.repos.getContent({
            ...repo,
            path,
            ref,
            mediaType: { format: 'raw' },
          });
          return toBytes(data);
        } catch (err) {
          if (httpStatus(err) === 404) return undefined;
          throw err;
        }
      }),

    pullRequestsForCommit: (repo, sha) =>
      call(`finding the pull requests of commit ${sha.slice(0, 12)}`, async () => {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          ...repo,
          commit_sha: sha,
          per_page: PER_PAGE,
        });
        return (data as RawPull[]).map((p) => ({
          number: p.number,
          state: p.state,
          mergedAt: p.merged_at ?? undefined,
          mergeCommitSha: p.merge_commit_sha ?? undefined,
          headSha: p.head.sha,
          baseRef: p.base.ref,
        }));
      }),

    commitsBetween: (repo, base, head, max = 500) =>
      call(`comparing ${base.slice(0, 12)}...${head.slice(0, 12)}`, async () => {
        const shas: string[] = [];
        let total = 0;
        for (let page = 1; shas.length < max; page++) {
          const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
            ...repo,
            basehead: `${base}...${head}`,
            per_page: PER_PAGE,
            page,
          });
          total = data.total_commits;
          shas.push(...data.commits.map((c) => c.sha));
          if (data.commits.length < PER_PAGE || shas.length >= total) break;
        }
        return { shas: shas.slice(0, max), total };
      }),
  };
}
