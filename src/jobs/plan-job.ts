/**
 * The plan job, shared by `phoenix plan`, `phoenix demo`, the plan action and the drift job:
 * validate the config dir, hash the scripts it names, get the basis to compare it with (a host's
 * live state, a recorded state file, or another config), plan. It returns the plan with the
 * findings and counts the renderers need; what is printed, and where, is the caller's.
 */
import { validateConfigDir, type ValidationResult } from '../config/validate.js';
import type { LiveState } from '../model/live-state.js';
import type { DesiredState } from '../model/types.js';
import { plan as makePlan, planConfigDiff } from '../plan/planner.js';
import { hashScripts } from '../plan/script-hashes.js';
import { readStateFile } from '../plan/state-file.js';
import type { Plan, PlanMode } from '../plan/types.js';
import { countPlan, type PlanCounts } from '../render/summary.js';

/** sha256 (hex) of each script a config names, by path relative to its dir. */
export type ScriptHashes = Readonly<Record<string, string>>;

/** The desired side of a plan: a validated config dir and the hashes of its scripts. */
export interface PlanConfig {
  readonly dir: string;
  readonly validation: ValidationResult;
  readonly desired: DesiredState;
  readonly scriptHashes: ScriptHashes;
}

/** Another config to compare with (the base branch's), for a config-to-config diff. */
export interface BaseConfig {
  readonly desired: DesiredState;
  readonly scriptHashes: ScriptHashes;
}

/** What the config is compared with: a host's (live or recorded) state, or another config. */
export type JobBasis =
  | { readonly live: LiveState; readonly base?: undefined }
  | { readonly live?: undefined; readonly base: BaseConfig };

export interface PlanRunOptions {
  readonly allowRebuild?: boolean;
  /** Allow steps that delete a volume's data (after a vzdump backup). */
  readonly allowDataLoss?: boolean;
  /** `drift` for the scheduled drift check; default the normal plan. */
  readonly mode?: PlanMode;
  /** `--only`: narrow the plan to these guests and what they need (src/plan/select.ts). */
  readonly only?: readonly string[];
  /**
   * Whether a referenced secret has a value (apply: `PHOENIX_SECRET_<NAME>` is set); unset: not
   * checked (a pull request's plan runs without the secrets).
   */
  readonly secretAvailable?: (name: string) => boolean;
}

/** The config side, from a validation already made (the actions' validate step) or made here. */
export async function loadPlanConfig(dir: string, validation?: ValidationResult): Promise<PlanConfig> {
  const v = validation ?? (await validateConfigDir(dir));
  return { dir, validation: v, desired: v.desired, scriptHashes: await hashScripts(dir, v.desired) };
}

/**
 * Another config dir as a basis (its findings are not checked: a base branch may be broken).
 * `desired`, when given, is that dir's config already read.
 */
export async function loadBaseConfig(dir: string, desired?: DesiredState): Promise<BaseConfig> {
  const d = desired ?? (await validateConfigDir(dir)).desired;
  return { desired: d, scriptHashes: await hashScripts(dir, d) };
}

/** A recorded state file as the basis (`phoenix plan --state`, a state given to the plan action). */
export function stateFileBasis(path: string): () => Promise<JobBasis> {
  return async () => ({ live: await readStateFile(path) });
}

/** Another config dir as the basis (`phoenix plan --base-config-dir`). */
export function baseConfigBasis(dir: string): () => Promise<JobBasis> {
  return async () => ({ base: await loadBaseConfig(dir) });
}

/** Plans the config against the basis: against a state, or as a diff of two configs. */
export function planAgainst(config: PlanConfig, basis: JobBasis, o: PlanRunOptions = {}): Plan {
  const options = {
    allowRebuild: o.allowRebuild ?? false,
    allowDataLoss: o.allowDataLoss ?? false,
    scriptHashes: config.scriptHashes,
    mode: o.mode,
    only: o.only,
    ...(o.secretAvailable ? { secretAvailable: o.secretAvailable } : {}),
  };
  if (basis.live) return makePlan(config.desired, basis.live, options);
  return planConfigDiff(config.desired, basis.base.desired, {
    ...options,
    oldScriptHashes: basis.base.scriptHashes,
  });
}

export interface PlanJobOptions<B extends JobBasis> extends PlanRunOptions {
  readonly configDir: string;
  /** The config's validation, when the caller already ran it. */
  readonly validation?: ValidationResult;
  /** Plan a config that has errors anyway (the findings are still returned). */
  readonly allowInvalid?: boolean;
  /** Told the validation before anything else is read, e.g. to print the findings first. */
  readonly onValidated?: (validation: ValidationResult) => void;
  /** Gets the basis once the config is loaded (it may need the config, e.g. its settings). */
  readonly basis: (config: PlanConfig) => Promise<B>;
}

/** A made plan, with what the renderers and reporters need. */
export interface PlannedJob<B extends JobBasis> {
  readonly status: 'planned';
  /** 1 when the plan is errored. */
  readonly exitCode: 0 | 1;
  readonly validation: ValidationResult;
  readonly config: PlanConfig;
  readonly basis: B;
  readonly plan: Plan;
  readonly counts: PlanCounts;
}

export type PlanJobResult<B extends JobBasis> =
  | {
      /** The config has errors and `allowInvalid` was not set: nothing else was read. */
      readonly status: 'invalid';
      readonly exitCode: 1;
      readonly validation: ValidationResult;
    }
  | PlannedJob<B>;

export async function runPlanJob<B extends JobBasis>(o: PlanJobOptions<B>): Promise<PlanJobResult<B>> {
  const validation = o.validation ?? (await validateConfigDir(o.configDir));
  o.onValidated?.(validation);
  if (validation.errors > 0 && !o.allowInvalid) return { status: 'invalid', exitCode: 1, validation };
  return planValidatedConfig({ ...o, validation });
}

/**
 * The job past its validation gate, for callers that gate themselves (the actions' validate step
 * annotates the findings and stops an invalid config first): load, get the basis, plan.
 */
export async function planValidatedConfig<B extends JobBasis>(
  o: Omit<PlanJobOptions<B>, 'allowInvalid' | 'onValidated'> & { readonly validation: ValidationResult },
): Promise<PlannedJob<B>> {
  const config = await loadPlanConfig(o.configDir, o.validation);
  const basis = await o.basis(config);
  const plan = planAgainst(config, basis, o);
  return {
    status: 'planned',
    exitCode: plan.errored ? 1 : 0,
    validation: o.validation,
    config,
    basis,
    plan,
    counts: countPlan(plan),
  };
}
