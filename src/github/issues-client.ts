/**
 * The issue calls the drift check makes (list open issues with a label, create, edit, close, and
 * make sure the label exists), over @actions/github's Octokit like github-client.ts, with the same
 * base URL (GITHUB_API_URL) and errors as `GitHubApiError` with the HTTP status.
 */
import { getOctokit } from '@actions/github';
import { getErrorMessage } from '../util/errors.js';
import { apiUrlFrom, GitHubApiError, httpStatus, type RepoRef } from './github-client.js';
import type { RunnerEnv } from './runner-files.js';

export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: string;
  /** Login of the author ('' when GitHub reports none). */
  readonly author: string;
  readonly labels: readonly string[];
  readonly htmlUrl: string;
}

export interface IssuesClient {
  /** Open issues (not pull requests) carrying `label`, oldest first, all pages. */
  listOpenIssues(repo: RepoRef, label: string): Promise<Issue[]>;
  createIssue(repo: RepoRef, issue: { title: string; body: string; labels: string[] }): Promise<Issue>;
  updateIssue(
    repo: RepoRef,
    number: number,
    patch: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: 'completed' | 'not_planned';
    },
  ): Promise<Issue>;
  /** Creates the label when the repository has none of that name; true when it was created. */
  ensureLabel(repo: RepoRef, name: string, color: string, description: string): Promise<boolean>;
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  user?: { login?: string } | null;
  labels?: Array<string | { name?: string }>;
  html_url?: string;
  pull_request?: unknown;
}

const toIssue = (i: RawIssue): Issue => ({
  number: i.number,
  title: i.title,
  body: i.body ?? '',
  state: i.state,
  author: i.user?.login ?? '',
  labels: (i.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
  htmlUrl: i.html_url ?? '',
});

async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof GitHubApiError) throw err;
    const status = httpStatus(err);
    throw new GitHubApiError(
      `${what} failed${status ? ` (HTTP ${status})` : ''}: ${getErrorMessage(err).split('\n')[0]}`,
      status,
    );
  }
}

export function createIssuesClient(options: {
  token: string;
  env?: RunnerEnv;
  apiUrl?: string;
}): IssuesClient {
  const apiUrl = (options.apiUrl ?? apiUrlFrom(options.env ?? {})).replace(/\/+$/, '');
  const octokit = getOctokit(options.token, { baseUrl: apiUrl });
  return {
    listOpenIssues: (repo, label) =>
      call(`listing the open issues labelled '${label}'`, async () => {
        const all = (await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repo,
          state: 'open',
          labels: label,
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        })) as RawIssue[];
        return all.filter((i) => !i.pull_request).map(toIssue);
      }),

    createIssue: (repo, issue) =>
      call('opening an issue', async () => {
        const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
        return toIssue(data as RawIssue);
      }),

    updateIssue: (repo, number, patch) =>
      call(`editing issue #${number}`, async () => {
        const { data } = await octokit.rest.issues.update({
          ...repo,
          issue_number: number,
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          ...(patch.body !== undefined ? { body: patch.body } : {}),
          ...(patch.state !== undefined ? { state: patch.state } : {}),
          ...(patch.stateReason !== undefined ? { state_reason: patch.stateReason } : {}),
        });
        return toIssue(data as RawIssue);
      }),

    ensureLabel: (repo, name, color, description) =>
      call(`making sure the label '${name}' exists`, async () => {
        try {
          await octokit.rest.issues.getLabel({ ...repo, name });
          return false;
        } catch (err) {
          if (httpStatus(err) !== 404) throw err;
        }
        try {
          await octokit.rest.issues.createLabel({ ...repo, name, color, description });
          return true;
        } catch (err) {
          // Created meanwhile by a concurrent run.
          if (httpStatus(err) === 422) return false;
          throw err;
        }
      }),
  };
}
