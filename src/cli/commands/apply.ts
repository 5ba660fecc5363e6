/**
 * `phoenix apply [--config-dir DIR] --target URL [--plan FILE] [--concurrency N] [--audit-log FILE]
 *   [--state-out FILE] [--allow-rebuild] [--allow-data-loss] [--keep-safety-snapshots N] [--lock-timeout S]
 *   [--identity F] [--known-hosts F] [--sha SHA]`
 *
 * Brings the host to the config (see src/jobs/apply-job.ts). Exit 0 when every guest converged
 * or nothing had to change, 1 when the config or plan is refused or a guest failed, 2 on usage or
 * I/O errors.
 */
import { applyToHost } from '../../jobs/apply-job.js';
import { readPlanFile } from '../../plan/plan-file.js';
import { intOpt, parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';
import { AUDIT_OPTION, openHost, requireTarget, TARGET_OPTIONS } from '../target-options.js';

export async function runApply(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('apply', argv, {
    'config-dir': { type: 'string', default: 'config' },
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
    plan: { type: 'string' },
    concurrency: { type: 'string' },
    'state-out': { type: 'string' },
    'allow-rebuild': { type: 'boolean', default: false },
    'allow-data-loss': { type: 'boolean', default: false },
    'keep-safety-snapshots': { type: 'string' },
    'lock-timeout': { type: 'string' },
    sha: { type: 'string' },
  });
  requireTarget('apply', values);
  const concurrency = intOpt(values, 'concurrency', 1, 64) ?? 4;
  const keep = intOpt(values, 'keep-safety-snapshots', 0, 100) ?? 3;
  const lockTimeoutSec = intOpt(values, 'lock-timeout', 0, 86_400) ?? 600;
  const planPath = stringOpt(values, 'plan');
  const reviewed = planPath ? await readPlanFile(planPath) : undefined;
  // Run as a step of a workflow, progress goes into log groups and warnings become annotations.
  const logger =
    io.env.GITHUB_ACTIONS === 'true'
      ? await (await import('../../github/logger.js')).createActionsLogger(io.stdout)
      : undefined;

  const { job } = await applyToHost({
    open: () => openHost('apply', values, io),
    configDir: stringOpt(values, 'config-dir')!,
    reviewed,
    allowRebuild: values['allow-rebuild'] === true,
    allowDataLoss: values['allow-data-loss'] === true,
    settings: { concurrency, keepSafetySnapshots: keep },
    sha: stringOpt(values, 'sha') ?? io.env.GITHUB_SHA,
    lockTimeoutMs: lockTimeoutSec * 1000,
    stateFile: stringOpt(values, 'state-out'),
    out: io.stdout,
    err: io.stderr,
    logger,
  });
  return job.exitCode;
}
