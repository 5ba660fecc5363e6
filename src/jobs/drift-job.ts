/**
 * The drift job: the plan job against the live host in `drift` mode (read-only commands only),
 * with the host's state recorded in the state file on the way, for pull-request plans. Used by
 * the drift action, which keeps the "Drift detected" issue from the result.
 */
import { join } from 'node:path';
import type { ValidationResult } from '../config/validate.js';
import type { HostPort } from '../host/port.js';
import type { LiveState } from '../model/live-state.js';
import { STATE_FILE_NAME, writeStateFile } from '../plan/state-file.js';
import type { Plan } from '../plan/types.js';
import { getErrorMessage, UserError } from '../util/errors.js';
import { withGroup, type Logger } from '../util/logger.js';
import { planValidatedConfig, type PlannedJob } from './plan-job.js';

/** The host differs from the config in a way worth an issue. */
export function isDrift(plan: Plan): boolean {
  return plan.applyable || plan.errored || plan.hypervisor.length > 0;
}

export interface DriftJobOptions {
  readonly configDir: string;
  /** The config's validation, which found no errors (the caller's gate). */
  readonly validation: ValidationResult;
  /** Opens the host; it is closed once its state is read. */
  readonly open: () => Promise<HostPort>;
  /** The state file `phoenix-state.json` goes into this folder (created when missing). */
  readonly stateDir: string;
  readonly allowRebuild: boolean;
  readonly logger: Logger;
}

export interface DriftJobResult extends PlannedJob<{ readonly live: LiveState }> {
  readonly drifted: boolean;
  readonly stateFile: string;
}

/** Reads the host in a log group; any failure is a finding of the run (exit 1) naming the host. */
async function readHost(port: HostPort, logger: Logger): Promise<LiveState> {
  return withGroup(logger, `Reading ${port.description}`, async () => {
    try {
      return await port.readState();
    } catch (err) {
      throw new UserError(`cannot read the state of ${port.description}: ${getErrorMessage(err)}`, 1);
    }
  });
}

export async function runDriftJob(o: DriftJobOptions): Promise<DriftJobResult> {
  const stateFile = join(o.stateDir, STATE_FILE_NAME);
  const job = await planValidatedConfig({
    configDir: o.configDir,
    validation: o.validation,
    allowRebuild: o.allowRebuild,
    mode: 'drift',
    basis: async () => {
      const port = await o.open();
      try {
        const live = await readHost(port, o.logger);
        await writeStateFile(stateFile, live, { mkdir: true });
        return { live };
      } finally {
        await port.close();
      }
    },
  });
  return { ...job, drifted: isDrift(job.plan), stateFile };
}
