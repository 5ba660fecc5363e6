/**
 * What the plan action needs from the event that started the run (GITHUB_EVENT_PATH): the
 * repository, its default branch, and for pull requests the number, head and base commits and
 * whether the head lives in a fork (whose GITHUB_TOKEN is read-only). Pure over the payload.
 */
import { readFileSync } from 'node:fs';
import { parseRepository, type RepoRef } from './github-client.js';
import type { RunnerEnv } from './runner-files.js';

export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly baseSha?: string;
  readonly baseRef: string;
  /** The head repository is not this repository (or was deleted). */
  readonly fork: boolean;
  /** `owner/name` of the head repository, when known. */
  readonly headRepository?: string;
}

export interface EventContext {
  readonly eventName?: string;
  readonly repository?: RepoRef;
  readonly repositoryId?: number;
  readonly defaultBranch?: string;
  /** The commit under review: the PR head, else GITHUB_SHA. */
  readonly sha?: string;
  readonly pullRequest?: PullRequestInfo;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : undefined;

/** Pull request events carry `pull_request`; `issue_comment` on a PR is not handled here. */
export function parsePullRequest(payload: Obj): PullRequestInfo | undefined {
  const pr = obj(payload.pull_request);
  const number = num(pr?.number) ?? num(payload.number);
  const head = obj(pr?.head);
  const base = obj(pr?.base);
  const headSha = str(head?.sha);
  if (!pr || number === undefined || !headSha) return undefined;
  const headRepo = obj(head?.repo);
  const baseRepo = obj(base?.repo) ?? obj(payload.repository);
  const headId = num(headRepo?.id);
  const baseId = num(baseRepo?.id);
  const headName = str(headRepo?.full_name);
  const baseName = str(baseRepo?.full_name);
  const fork =
    !headRepo ||
    (headId !== undefined && baseId !== undefined
      ? headId !== baseId
      : headName !== undefined &&
        baseName !== undefined &&
        headName.toLowerCase() !== baseName.toLowerCase());
  return {
    number,
    headSha,
    headRef: str(head?.ref) ?? '',
    baseSha: str(base?.sha),
    baseRef: str(base?.ref) ?? '',
    fork,
    headRepository: headName,
  };
}

export function parseEventContext(
  eventName: string | undefined,
  payload: Obj,
  env: RunnerEnv = {},
): EventContext {
  const repo = obj(payload.repository);
  const pullRequest = parsePullRequest(payload);
  return {
    eventName,
    repository: parseRepository(str(repo?.full_name) ?? env.GITHUB_REPOSITORY),
    repositoryId: num(repo?.id),
    defaultBranch: str(repo?.default_branch) ?? str(repo?.master_branch),
    sha: pullRequest?.headSha ?? (str(env.GITHUB_SHA) || undefined),
    pullRequest,
  };
}

/** Reads GITHUB_EVENT_PATH; an absent or unreadable payload gives a context from the environment only. */
export function readEventContext(env: RunnerEnv): EventContext {
  let payload: Obj = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {};
    } catch {
      payload = {};
    }
  }
  return parseEventContext(env.GITHUB_EVENT_NAME || undefined, payload, env);
}
