/**
 * `phoenix apply [--config-dir DIR] --target URL [options]` (options and their help: APPLY_SPEC in
 * src/cli/specs/host-commands.ts). `--only` narrows the plan as `plan --only` does, so a plan
 * reviewed with the same `--only` matches.
 *
 * Brings the host to the config (see src/jobs/apply-job.ts). On a terminal it prints the plan
 * and asks for `yes` first (after planning, which only reads the host, and before the host lock:
 * see `approve` in src/apply/run-apply.ts); `--yes`/`--auto-approve` skip the question. Without a
 * terminal `--yes` is needed, checked before the host is even opened, except in GitHub Actions
 * with `--plan FILE`, where the hash check against the reviewed plan is the approval. Exit 0 when
 * every guest converged or nothing had to change, 1 when the config or plan is refused, not
 * approved or a guest failed, 2 on usage or I/O errors.
 */
import { applyToHost } from '../../jobs/apply-job.js';
import { readPlanFile } from '../../plan/plan-file.js';
import { UserError } from '../../util/errors.js';
import type { Plan } from '../../plan/types.js';
import { renderText } from '../../render/text.js';
import { intOpt, listOpt, parseCommandArgs, stringOpt } from '../args.js';
import { confirm, processTerminal } from '../confirm.js';
import { useColor, type CliIO } from '../io.js';
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

/**
 * How this run is approved: undefined when it needs no question (`--yes`, or Actions with a
 * reviewed plan file), else the question asked on the terminal after printing the plan. Throws a
 * usage error when nobody can be asked, before anything is read from the host.
 */
function approval(
  values: Record<string, unknown>,
  io: CliIO,
  planPath: string | undefined,
): ((plan: Plan) => Promise<boolean>) | undefined {
  if (values.yes === true || values['auto-approve'] === true) return undefined;
  const terminal = io.terminal ?? processTerminal(io.isTTY);
  if (!terminal.isTTY) {
    if (io.env.GITHUB_ACTIONS === 'true' && planPath) return undefined;
    throw new UserError(
      'apply changes the host and asks for confirmation, but there is no terminal to ask on; ' +
        're-run with --yes (or --auto-approve) to approve' +
        (io.env.GITHUB_ACTIONS === 'true' ? ', or give the reviewed plan with --plan FILE' : ''),
      2,
    );
  }
  const color = useColor(io, values);
  return async (plan) => {
    io.stdout(renderText(plan, { color }));
    io.stdout(planPath ? `This is the reviewed plan of ${planPath} (${plan.hash.slice(0, 12)}).\n\n` : '\n');
    return confirm({
      command: 'apply',
      question: `Apply these changes to ${stringOpt(values, 'target')}?`,
      yes: false,
      out: io.stdout,
      terminal,
    });
  };
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
  const approve = approval(values, io, planPath);
  const heartbeatSec = intOpt(values, 'heartbeat-interval', 0, 86_400);
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
    approve,
    ...(heartbeatSec !== undefined ? { heartbeatMs: heartbeatSec * 1000 } : {}),
  });
  return job.exitCode;
}
