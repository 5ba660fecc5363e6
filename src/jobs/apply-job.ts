/**
 * The apply job, shared by `phoenix apply`, `phoenix demo` and the apply action: the plan job
 * against the live host (validate, hash the scripts, read the host, plan), handed to apply's
 * engine (src/apply/run-apply.ts: check against the reviewed plan, lock, re-plan, execute), then
 * the host's state recorded in the state file. `applyToHost` opens the host first and closes it
 * however the job ends. Where progress goes is the `Logger`'s: a terminal by default, Actions
 * groups and warning annotations when an Actions logger is given.
 */
import { formatDiagnostic } from '../config/diagnostics.js';
import type { ValidationResult } from '../config/validate.js';
import { applyPlan, secretLookupOf, type ApplyJobResult, type ApplyOptions } from '../apply/run-apply.js';
import type { ApplyReporter } from '../apply/types.js';
import type { HostPort } from '../host/port.js';
import type { LiveState } from '../model/live-state.js';
import { writeStateFile } from '../plan/state-file.js';
import { getErrorMessage, UserError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { planAgainst, runPlanJob } from './plan-job.js';

export interface ApplyJobOptions extends ApplyOptions {
  readonly configDir: string;
  /** The host to apply to. */
  readonly port: HostPort;
  readonly allowRebuild?: boolean;
  /** `--only`: apply only these guests and what they need (src/plan/select.ts). */
  readonly only?: readonly string[];
  /** Allow steps that delete a volume's data (after a vzdump backup). */
  readonly allowDataLoss?: boolean;
  /** Write the host's state after apply here. */
  readonly stateOut?: string;
}

/** Reads the host; a failure is an I/O error (exit 2) with the command and Proxmox's message. */
async function readHost(port: HostPort): Promise<LiveState> {
  try {
    return await port.readState();
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read the state of ${port.description}: ${getErrorMessage(err)}`, 2);
  }
}

/** A config with errors: its findings, and that nothing was applied. */
function reportInvalid(v: ValidationResult, o: ApplyJobOptions): void {
  if (v.errors === 0) return;
  for (const d of v.diagnostics) o.err(formatDiagnostic(d) + '\n');
  o.err(
    `${o.configDir}: the config is invalid (${v.errors} error${v.errors === 1 ? '' : 's'}); nothing was applied\n`,
  );
}

/** Plans the config against the host, applies the plan, records the host's state when asked. */
export async function runApplyJob(o: ApplyJobOptions): Promise<ApplyJobResult> {
  const secret = secretLookupOf(o);
  const planOptions = {
    allowRebuild: o.allowRebuild,
    allowDataLoss: o.allowDataLoss,
    only: o.only,
    // A secret the scripts need and apply cannot find is a plan error (before any host change).
    secretAvailable: (name: string) => secret(name) !== undefined,
  };
  const job = await runPlanJob({
    configDir: o.configDir,
    ...planOptions,
    onValidated: (v) => reportInvalid(v, o),
    basis: async () => ({ live: await readHost(o.port) }),
  });
  if (job.status === 'invalid') return { exitCode: 1, status: 'invalid' };
  const { config } = job;
  const result = await applyPlan(
    {
      port: o.port,
      configDir: o.configDir,
      desired: config.desired,
      live: job.basis.live,
      plan: job.plan,
      replan: async () => {
        const live = await readHost(o.port);
        return { live, plan: planAgainst(config, { live }, planOptions) };
      },
    },
    o,
  );
  if (o.stateOut && result.state) await writeStateFile(o.stateOut, result.state);
  return result;
}

export interface ApplyToHostOptions extends Omit<ApplyJobOptions, 'port' | 'stateOut'> {
  /** Opens the host; it is closed when the job ends, however it ends. */
  readonly open: () => Promise<HostPort>;
  /** Record the host's state after the run in this state file. */
  readonly stateFile?: string;
  /**
   * Record it also when apply refused a plan that differs from the reviewed one: nothing was
   * applied, but the next pull request then plans against the host as it is. A failure to record
   * it goes to `onRecordFailed`, not up: the refusal is what the run reports.
   */
  readonly recordWhenRefused?: boolean;
  readonly onRecordFailed?: (message: string) => void;
}

export interface ApplyToHostResult {
  readonly job: ApplyJobResult;
  /** The state file, when the host's state was recorded in it. */
  readonly stateFile?: string;
}

/** Warnings raised while guests run become log warnings too (annotations in Actions). */
function warningsTo(
  logger: Logger | undefined,
  reporter: ApplyReporter | undefined,
): ApplyReporter | undefined {
  if (!logger) return reporter;
  return {
    guestStarted: (c) => reporter?.guestStarted?.(c),
    stepStarted: (c, l) => reporter?.stepStarted?.(c, l),
    stepFinished: (c, s) => reporter?.stepFinished?.(c, s),
    scriptOutput: (c, x) => reporter?.scriptOutput?.(c, x),
    guestFinished: (r) => reporter?.guestFinished?.(r),
    warning: (m) => {
      reporter?.warning?.(m);
      logger.warning(m);
    },
  };
}

export async function applyToHost(o: ApplyToHostOptions): Promise<ApplyToHostResult> {
  const { open, stateFile, recordWhenRefused, onRecordFailed, ...engine } = o;
  const port = await open();
  try {
    const job = await runApplyJob({
      ...engine,
      port,
      stateOut: stateFile,
      reporter: warningsTo(o.logger, o.reporter),
    });
    if (!stateFile) return { job };
    if (job.state) return { job, stateFile };
    if (job.status !== 'plan-changed' || !recordWhenRefused) return { job };
    try {
      await writeStateFile(stateFile, await port.readState());
      return { job, stateFile };
    } catch (err) {
      onRecordFailed?.(`Could not record the host state: ${getErrorMessage(err)}`);
      return { job };
    }
  } finally {
    await port.close();
  }
}
