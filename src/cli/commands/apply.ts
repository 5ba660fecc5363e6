/**
 * `phoenix apply [--config-dir DIR] --target URL [options]` (options and their help: APPLY_SPEC in
 * src/cli/specs/host-commands.ts). `--only` narrows the plan as `plan --only` does, so a plan
 * reviewed with the same `--only` matches.
 *
 * Brings the host to the config (see src/jobs/apply-job.ts). Exit 0 when every guest converged
 * or nothing had to change, 1 when the config or plan is refused or a guest failed, 2 on usage or
 * I/O errors.
 */
import { applyToHost } from '../../jobs/apply-job.js';
import { readPlanFile } from '../../plan/plan-file.js';
import { UserError } from '../../util/errors.js';
import { intOpt, listOpt, parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';
import { openHost, requireTarget } from '../target-options.js';

/**
 * The selection is part of the plan hash, so a reviewed plan made with another `--only` (or
 * none) can never match: say so before touching the host, naming the flag to give.
 */
function checkSameSelection(
  planPath: string,
  reviewed: readonly string[] | undefined,
  given: readonly string[] | undefined,
): void {
  const norm = (a: readonly string[] | undefined) => [...new Set(a ?? [])].sort().join(',');
  if (norm(reviewed) === norm(given)) return;
  const was = reviewed?.length ? `with --only ${norm(reviewed)}` : 'without --only';
  const now = given?.length ? `--only ${norm(given)}` : 'no --only';
  throw new UserError(
    `${planPath} was planned ${was}, but apply was given ${now}: give apply the same --only as the reviewed plan (the selection is part of the plan hash)`,
    2,
  );
}

export async function runApply(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('apply', argv);
  requireTarget('apply', values);
  const concurrency = intOpt(values, 'concurrency', 1, 64) ?? 4;
  const keep = intOpt(values, 'keep-safety-snapshots', 0, 100) ?? 3;
  const lockTimeoutSec = intOpt(values, 'lock-timeout', 0, 86_400) ?? 600;
  const planPath = stringOpt(values, 'plan');
  const reviewed = planPath ? await readPlanFile(planPath) : undefined;
  const only = listOpt(values, 'only');
  if (reviewed) checkSameSelection(planPath!, reviewed.selection?.only, only);
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
    only,
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
