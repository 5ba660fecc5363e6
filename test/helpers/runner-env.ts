/**
 * What the runner gives every action step, used by the node-action harness:
 * the `github` context values derived from the event, the runner's environment variables, and a
 * child-process launcher with a timeout.
 */
import { spawn } from 'node:child_process';
import { loadWebhookExample } from './runner-protocol.js';

export interface RunnerEvent {
  readonly name: string;
  readonly payload: Record<string, unknown>;
}

export const defaultEvent = (): RunnerEvent => ({
  name: 'pull_request',
  payload: loadWebhookExample('pull_request', 'opened'),
});

export interface RunnerDirs {
  readonly temp: string;
  readonly toolCache: string;
}

export function runProcess(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`step timed out after ${timeoutMs} ms: ${cmd} ${args.join(' ')}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

export function githubContext(event: RunnerEvent, eventPath: string): Record<string, string> {
  const p = event.payload as {
    repository?: { full_name?: string; owner?: { login?: string } };
    sender?: { login?: string };
    pull_request?: {
      number?: number;
      merge_commit_sha?: string;
      head?: { sha?: string; ref?: string };
      base?: { ref?: string };
    };
    after?: string;
    ref?: string;
  };
  const pr = p.pull_request;
  return {
    event_name: event.name,
    event_path: eventPath,
    repository: p.repository?.full_name ?? 'octo-org/phoenix-estate',
    repository_owner: p.repository?.owner?.login ?? 'octo-org',
    actor: p.sender?.login ?? 'octocat',
    sha: pr ? (pr.merge_commit_sha ?? pr.head?.sha ?? '') : (p.after ?? '0'.repeat(40)),
    ref: pr ? `refs/pull/${pr.number}/merge` : (p.ref ?? 'refs/heads/main'),
    head_ref: pr?.head?.ref ?? '',
    base_ref: pr?.base?.ref ?? '',
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    graphql_url: 'https://api.github.com/graphql',
    run_id: '4242',
    run_number: '7',
    run_attempt: '1',
    job: 'test',
    workflow: 'phoenix-test-runner',
  };
}

/** The variables PATH-like basics of the test process that a runner's step also has. */
export function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'USER']) {
    if (process.env[key] !== undefined) env[key] = process.env[key]!;
  }
  return env;
}

/** The runner's GITHUB_* / RUNNER_* variables for one step. */
export function runnerVariables(
  gh: Readonly<Record<string, string>>,
  workspace: string,
  dirs: RunnerDirs,
): Record<string, string> {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: gh.event_name,
    GITHUB_EVENT_PATH: gh.event_path,
    GITHUB_SHA: gh.sha,
    GITHUB_REF: gh.ref,
    GITHUB_HEAD_REF: gh.head_ref,
    GITHUB_BASE_REF: gh.base_ref,
    GITHUB_REPOSITORY: gh.repository,
    GITHUB_REPOSITORY_OWNER: gh.repository_owner,
    GITHUB_ACTOR: gh.actor,
    GITHUB_SERVER_URL: gh.server_url,
    GITHUB_API_URL: gh.api_url,
    GITHUB_GRAPHQL_URL: gh.graphql_url,
    GITHUB_RUN_ID: gh.run_id,
    GITHUB_RUN_NUMBER: gh.run_number,
    GITHUB_RUN_ATTEMPT: gh.run_attempt,
    GITHUB_JOB: gh.job,
    GITHUB_WORKFLOW: gh.workflow,
    GITHUB_ACTION: '__run',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
  };
}
