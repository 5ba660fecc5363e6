/**
 * The only place that reads action inputs and the runner's environment. Each action gets one
 * typed, read-only settings object built here, once; everything downstream takes it as an argument.
 *
 * The runner gives JavaScript (node24) actions their inputs as `INPUT_<NAME>` with the name
 * upper-cased and spaces as `_` (`INPUT_CONFIG-DIR`); the shell-safe form (`INPUT_CONFIG_DIR`) is
 * accepted as well, for a workflow or a terminal that sets the variables itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import type { RunnerEnv } from './runner-files.js';

export function inputEnvNames(name: string): string[] {
  const upper = name.trim().toUpperCase();
  const shellSafe = `INPUT_${upper.replace(/[ -]/g, '_')}`;
  const toolkit = `INPUT_${upper.replace(/ /g, '_')}`;
  return shellSafe === toolkit ? [shellSafe] : [shellSafe, toolkit];
}

/** Trimmed value, or undefined when the input is absent or blank. */
export function getOptionalInput(env: RunnerEnv, name: string): string | undefined {
  for (const key of inputEnvNames(name)) {
    const value = env[key]?.trim();
    if (value) return value;
  }
  return undefined;
}

export function getRequiredInput(env: RunnerEnv, name: string): string {
  const value = getOptionalInput(env, name);
  if (value === undefined) throw new UserError(`input '${name}' is required and was not supplied`, 2);
  return value;
}

/**
 * A list input: items separated by commas or newlines (a YAML block scalar), blanks dropped;
 * undefined when the input is absent or blank.
 */
export function getListInput(env: RunnerEnv, name: string): string[] | undefined {
  const value = getOptionalInput(env, name);
  if (value === undefined) return undefined;
  const items = value
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return items.length ? items : undefined;
}

/** YAML 1.2 core booleans, as the toolkit accepts them; blank gives `fallback`. */
export function getBooleanInput(env: RunnerEnv, name: string, fallback: boolean): boolean {
  const value = getOptionalInput(env, name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`input '${name}' must be true or false, got '${value}'`, 2);
}

/** What the runner tells a step about the run; used for annotation paths and summary links. */
export interface RunContext {
  /** GITHUB_ACTIONS=true. */
  readonly inActions: boolean;
  /** Repository root (GITHUB_WORKSPACE, else the working directory). */
  readonly workspace: string;
  /** The step's working directory; relative paths in inputs are relative to it. */
  readonly cwd: string;
  readonly eventName?: string;
  /** `owner/name`. */
  readonly repository?: string;
  readonly serverUrl: string;
  /** The commit the code under review is at: the PR head for pull_request events, else GITHUB_SHA. */
  readonly headSha?: string;
  readonly pullRequestNumber?: number;
}

interface PullRequestEvent {
  pull_request?: { number?: unknown; head?: { sha?: unknown } };
}

function readEvent(path: string | undefined): PullRequestEvent {
  if (!path) return {};
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return value && typeof value === 'object' ? (value as PullRequestEvent) : {};
  } catch {
    return {};
  }
}

export function getRunContext(env: RunnerEnv, cwd: string): RunContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = event.pull_request;
  const headSha = typeof pr?.head?.sha === 'string' ? pr.head.sha : env.GITHUB_SHA || undefined;
  return {
    inActions: env.GITHUB_ACTIONS === 'true',
    workspace: env.GITHUB_WORKSPACE || cwd,
    cwd,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    repository: env.GITHUB_REPOSITORY || undefined,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    headSha,
    pullRequestNumber: typeof pr?.number === 'number' ? pr.number : undefined,
  };
}

export interface ValidateSettings {
  /** Folder with the three config files, as the user wrote it (relative to `run.cwd`). */
  readonly configDir: string;
  /** Fail the step when there are warnings but no errors. */
  readonly failOnWarnings: boolean;
  readonly run: RunContext;
}

/** Explicit CLI flags win over inputs. */
export interface ValidateOverrides {
  readonly configDir?: string;
  readonly failOnWarnings?: boolean;
}

export function requireDirectory(input: string, dir: string, cwd: string): void {
  let isDir = false;
  try {
    isDir = statSync(resolve(cwd, dir)).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new UserError(`${input} '${dir}' is not a directory (looked in ${resolve(cwd, dir)})`, 2);
  }
}

export function getValidateSettings(
  env: RunnerEnv,
  cwd: string,
  overrides: ValidateOverrides = {},
): ValidateSettings {
  const configDir = overrides.configDir ?? getOptionalInput(env, 'config-dir') ?? 'config';
  requireDirectory('config-dir', configDir, cwd);
  return {
    configDir,
    failOnWarnings: overrides.failOnWarnings ?? getBooleanInput(env, 'fail-on-warnings', false),
    run: getRunContext(env, cwd),
  };
}
