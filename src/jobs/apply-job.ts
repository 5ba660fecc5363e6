/**
 * The apply job, shared by `phoenix apply` and the apply action: open the host, run the apply
 * engine (src/apply/run-apply.ts: plan, check against the reviewed plan, lock, execute), record the
 * host's state in the state file, close the host. Where progress goes is the `Logger`'s: a
 * terminal by default, Actions groups and warning annotations when an Actions logger is given.
 */
import { runApplyJob, type ApplyJobOptions, type ApplyJobResult } from '../apply/run-apply.js';
import type { ApplyReporter } from '../apply/types.js';
import { writeStateFile } from '../plan/state-file.js';
import { readLiveState } from '../proxmox/state-reader.js';
import type { HostTransport } from '../proxmox/transport.js';
import { getErrorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

export interface ApplyToHostOptions extends Omit<ApplyJobOptions, 'transport' | 'stateOut'> {
  /** Opens the host; it is closed when the job ends, however it ends. */
  readonly open: () => Promise<HostTransport>;
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
    stepFinished: (c, s) => reporter?.stepFinished?.(c, s),
    guestFinished: (r) => reporter?.guestFinished?.(r),
    warning: (m) => {
      reporter?.warning?.(m);
      logger.warning(m);
    },
  };
}

export async function applyToHost(o: ApplyToHostOptions): Promise<ApplyToHostResult> {
  const { open, stateFile, recordWhenRefused, onRecordFailed, ...engine } = o;
  const transport = await open();
  try {
    const job = await runApplyJob({
      ...engine,
      transport,
      stateOut: stateFile,
      reporter: warningsTo(o.logger, o.reporter),
    });
    if (!stateFile) return { job };
    if (job.state) return { job, stateFile };
    if (job.status !== 'plan-changed' || !recordWhenRefused) return { job };
    try {
      await writeStateFile(stateFile, await readLiveState(transport));
      return { job, stateFile };
    } catch (err) {
      onRecordFailed?.(`Could not record the host state: ${getErrorMessage(err)}`);
      return { job };
    }
  } finally {
    await transport.close();
  }
}
