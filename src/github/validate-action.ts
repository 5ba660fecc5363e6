/**
 * The validate action: validate the config dir, annotate every finding, write the outputs
 * `errors` and `warnings` and a job summary table, and fail (exit 1) when there are errors.
 *
 * Findings are emitted as explicit `::error file=...` commands rather than through the problem
 * matcher in actions/validate/: explicit commands carry the rule id as the title and survive
 * messages with colons; registering the matcher as well would annotate every finding twice.
 */
import { relative, resolve } from 'node:path';
import { validateConfigDir, type ValidationResult } from '../config/validate.js';
import { annotationFromDiagnostic } from './annotations.js';
import type { ValidateSettings } from './inputs.js';
import { withGroup, type Logger } from '../util/logger.js';
import { setOutputs, type RunnerEnv } from './runner-files.js';
import { renderValidationSummary, writeStepSummary, type SummaryShare } from './summary.js';

/**
 * What validate leaves of the step's summary budget when another writer follows it in the same
 * step (plan, drift, apply): half, so the plan always has room for its counts and first changes.
 */
export const LEAVE_FOR_NEXT_WRITER: SummaryShare = { leaveBytes: 500_000 };

export interface ValidateActionResult {
  readonly errors: number;
  readonly warnings: number;
  /** 0 when the gate passes, 1 when it fails. */
  readonly exitCode: 0 | 1;
}

export async function runValidateAction(
  settings: ValidateSettings,
  logger: Logger,
  env: RunnerEnv,
  share: SummaryShare = {},
): Promise<ValidateActionResult> {
  return (await validateAndReport(settings, logger, env, share)).gate;
}

/**
 * The validate action's work, also the first stage of the plan and drift actions: besides the
 * gate's result it returns the validation, so the job that follows in the same step does not
 * validate again. `share` says how much of the step's summary budget to leave to the writers after it.
 */
export async function validateAndReport(
  settings: ValidateSettings,
  logger: Logger,
  env: RunnerEnv,
  share: SummaryShare = {},
): Promise<{ readonly gate: ValidateActionResult; readonly validation: ValidationResult }> {
  const { run } = settings;
  const result = await withGroup(logger, `Validating ${settings.configDir}`, async () => {
    // Relative to the step's working directory; unchanged when that is this process's cwd.
    const r = await validateConfigDir(relative(process.cwd(), resolve(run.cwd, settings.configDir)) || '.');
    logger.info(
      `${r.desired.guests.length} guests, ${r.errors} errors, ${r.warnings} warnings in ${settings.configDir}`,
    );
    return r;
  });

  const findings = result.diagnostics.map((d) =>
    annotationFromDiagnostic(d, { workspace: run.workspace, cwd: run.cwd }),
  );
  for (const a of findings) logger.annotate(a);

  setOutputs(env, { errors: result.errors, warnings: result.warnings });
  writeStepSummary(
    env,
    (budgetBytes) =>
      renderValidationSummary({
        configDir: settings.configDir,
        guests: result.desired.guests.length,
        errors: result.errors,
        warnings: result.warnings,
        findings,
        links: { serverUrl: run.serverUrl, repository: run.repository, sha: run.headSha },
        budgetBytes,
      }),
    share,
  );

  const failed = result.errors > 0 || (settings.failOnWarnings && result.warnings > 0);
  if (failed) {
    const why =
      result.errors > 0
        ? `${result.errors} error(s)`
        : `${result.warnings} warning(s) and fail-on-warnings is set`;
    logger.info(`Validation failed: ${why}.`);
  }
  return {
    gate: { errors: result.errors, warnings: result.warnings, exitCode: failed ? 1 : 0 },
    validation: result,
  };
}
