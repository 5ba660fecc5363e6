/**
 * The plan action's settings, built once from its inputs (INPUT_* variables, see inputs.ts) and
 * the runner's environment; `phoenix gh plan` flags override the inputs.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { getIntInput } from './apply-settings.js';
import { MAX_RETENTION_DAYS } from './artifact-upload.js';
import {
  getBooleanInput,
  getListInput,
  getOptionalInput,
  getRunContext,
  requireDirectory,
  type RunContext,
} from './inputs.js';
import type { RunnerEnv } from './runner-files.js';
import { STATE_ARTIFACT_NAME } from './state-artifact.js';

export interface PlanSettings {
  readonly configDir: string;
  /** Empty: no API calls (no comment, no state artifact; the base config must be in the clone). */
  readonly token: string;
  readonly comment: boolean;
  /** Login the token writes as, when it is neither a user's token nor the Actions GITHUB_TOKEN. */
  readonly commentAuthor?: string;
  readonly stateArtifact: string;
  /** Plan against this recorded state instead of downloading one. */
  readonly stateFile?: string;
  /** Plan against this config (a config diff) instead of the base branch's. */
  readonly baseConfigDir?: string;
  readonly allowRebuild: boolean;
  /** Plan steps that delete a volume's data (input `allow-data-loss`). */
  readonly allowDataLoss: boolean;
  /** Input `only`: plan only these guests and what they need (src/plan/select.ts). */
  readonly only?: readonly string[];
  /** Name the plan (plan.json, plan.md) is uploaded as. */
  readonly planArtifact: string;
  /** Days the plan artifact is kept (0: the repository's default). */
  readonly retentionDays: number;
  /** Where plan.json and the rendered Markdown are written (the files uploaded as the artifact). */
  readonly outDir: string;
  readonly run: RunContext;
}

export interface PlanOverrides {
  readonly configDir?: string;
  readonly stateFile?: string;
  readonly baseConfigDir?: string;
  readonly outDir?: string;
}

export function getPlanSettings(env: RunnerEnv, cwd: string, overrides: PlanOverrides = {}): PlanSettings {
  const configDir = overrides.configDir ?? getOptionalInput(env, 'config-dir') ?? 'config';
  requireDirectory('config-dir', configDir, cwd);
  const baseConfigDir = overrides.baseConfigDir ?? getOptionalInput(env, 'base-config-dir');
  if (baseConfigDir !== undefined) requireDirectory('base-config-dir', baseConfigDir, cwd);
  const stateFile = overrides.stateFile ?? getOptionalInput(env, 'state-file');
  if (stateFile !== undefined && baseConfigDir !== undefined) {
    throw new UserError('give state-file or base-config-dir, not both', 2);
  }
  return {
    configDir,
    token: getOptionalInput(env, 'github-token') ?? '',
    comment: getBooleanInput(env, 'comment', true),
    commentAuthor: getOptionalInput(env, 'comment-author'),
    stateArtifact: getOptionalInput(env, 'state-artifact') ?? STATE_ARTIFACT_NAME,
    stateFile: stateFile === undefined ? undefined : resolve(cwd, stateFile),
    baseConfigDir: baseConfigDir === undefined ? undefined : resolve(cwd, baseConfigDir),
    allowRebuild: getBooleanInput(env, 'allow-rebuild', false),
    allowDataLoss: getBooleanInput(env, 'allow-data-loss', false),
    only: getListInput(env, 'only'),
    planArtifact: getOptionalInput(env, 'plan-artifact') ?? 'phoenix-plan',
    retentionDays: getIntInput(env, 'retention-days', 30, 0, MAX_RETENTION_DAYS),
    outDir: resolve(cwd, overrides.outDir ?? join(env.RUNNER_TEMP || tmpdir(), 'phoenix-plan')),
    run: getRunContext(env, cwd),
  };
}
