/**
 * The apply action's settings, built once from its inputs (INPUT_* variables, see inputs.ts) and
 * the runner's environment; `phoenix gh apply` flags override the inputs.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { getHostTargetSettings, type HostTargetSettings } from './host-target.js';
import {
  getBooleanInput,
  getListInput,
  getOptionalInput,
  getRunContext,
  requireDirectory,
  type RunContext,
} from './inputs.js';
import { MAX_RETENTION_DAYS } from './artifact-upload.js';
import type { RunnerEnv } from './runner-files.js';
import { STATE_ARTIFACT_NAME } from './state-artifact.js';
import { parseSecretsInput } from './secrets-input.js';

export interface ApplyActionSettings {
  readonly configDir: string;
  readonly host: HostTargetSettings;
  /** Empty: no API calls (no reviewed plan can be found, no comment is edited). */
  readonly token: string;
  /** Login the token writes as, when it is neither a user's token nor the Actions GITHUB_TOKEN. */
  readonly commentAuthor?: string;
  /**
   * Apply only changes reviewed on a pull request merged since the last successful apply: every
   * intent of the fresh plan is in one of their reviewed plans (or the plan equals one of them).
   */
  readonly requireReviewedPlan: boolean;
  /** When there is no reviewed plan to compare with (no PR, no comment, a config-diff plan): apply anyway. */
  readonly allowUnreviewed: boolean;
  readonly allowRebuild: boolean;
  /** Run steps that delete a volume's data, after a vzdump backup (input `allow-data-loss`). */
  readonly allowDataLoss: boolean;
  /**
   * Input `only`: apply only these guests and what they need (src/plan/select.ts). The selection
   * is part of the plan hash, so a full reviewed plan does not cover a partial apply.
   */
  readonly only?: readonly string[];
  readonly concurrency: number;
  readonly keepSafetySnapshots: number;
  readonly lockTimeoutSec: number;
  /** Name of the plan artifact pull-request plan runs upload (plan.json): the reviewed plans. */
  readonly planArtifact: string;
  /** Folder the fresh state is written to (`phoenix-state.json`), uploaded as `stateArtifact`. */
  readonly stateDir: string;
  /** Name the state is uploaded as (pull-request plans read the newest from the default branch). */
  readonly stateArtifact: string;
  /** Days the state artifact is kept (0: the repository's default). */
  readonly stateRetentionDays: number;
  /** The commit being applied (GITHUB_SHA): finds the merged PR, names the safety snapshots. */
  readonly sha?: string;
  /** Input `secrets`: the values of the secrets guest configs refer to, by name (secrets-input.ts). */
  readonly secrets: Readonly<Record<string, string>>;
  readonly run: RunContext;
}

export interface ApplyOverrides {
  readonly configDir?: string;
  readonly target?: string;
  readonly stateDir?: string;
  readonly auditLog?: string;
  readonly sha?: string;
}

export function getIntInput(
  env: RunnerEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = getOptionalInput(env, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw new UserError(`input '${name}' must be an integer from ${min} to ${max}, got '${v}'`, 2);
  return Number(v);
}

/** Address of this workflow run (and attempt), for notes in comments and issues. */
export function runUrl(
  serverUrl: string,
  repository: string | undefined,
  env: RunnerEnv,
): string | undefined {
  if (!repository || !env.GITHUB_RUN_ID) return undefined;
  const attempt =
    env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}

export function getApplySettings(env: RunnerEnv, cwd: string, o: ApplyOverrides = {}): ApplyActionSettings {
  const configDir = o.configDir ?? getOptionalInput(env, 'config-dir') ?? 'config';
  requireDirectory('config-dir', configDir, cwd);
  const sha = o.sha ?? (env.GITHUB_SHA?.trim() || undefined);
  if (sha !== undefined && !/^[0-9a-f]{7,64}$/i.test(sha))
    throw new UserError(`the commit to apply must be a hex SHA, got '${sha}'`, 2);
  return {
    configDir,
    host: getHostTargetSettings(env, { target: o.target, auditLog: o.auditLog }),
    token: getOptionalInput(env, 'github-token') ?? '',
    commentAuthor: getOptionalInput(env, 'comment-author'),
    requireReviewedPlan: getBooleanInput(env, 'require-reviewed-plan', true),
    allowUnreviewed: getBooleanInput(env, 'allow-unreviewed', false),
    allowRebuild: getBooleanInput(env, 'allow-rebuild', false),
    allowDataLoss: getBooleanInput(env, 'allow-data-loss', false),
    only: getListInput(env, 'only'),
    concurrency: getIntInput(env, 'concurrency', 4, 1, 64),
    keepSafetySnapshots: getIntInput(env, 'keep-safety-snapshots', 3, 0, 100),
    lockTimeoutSec: getIntInput(env, 'lock-timeout', 600, 0, 86_400),
    planArtifact: 'phoenix-plan',
    stateDir: resolve(cwd, o.stateDir ?? join(env.RUNNER_TEMP || tmpdir(), 'phoenix-state')),
    stateArtifact: getOptionalInput(env, 'state-artifact') ?? STATE_ARTIFACT_NAME,
    stateRetentionDays: getIntInput(env, 'state-retention-days', 90, 0, MAX_RETENTION_DAYS),
    sha,
    secrets: parseSecretsInput(getOptionalInput(env, 'secrets')),
    run: getRunContext(env, cwd),
  };
}
