/**
 * The setup job, shared by `phoenix setup-hypervisor` and the setup-hypervisor action: the
 * hypervisor setup run (src/hypervisor/setup.ts) with each step's outcome logged as a group when
 * a `Logger` is given, and the file the secrets of new API tokens are kept in.
 */
import { writeFileSync } from 'node:fs';
import { runSetup, type SetupOptions, type SetupOutcome } from '../hypervisor/setup.js';
import type { Logger } from '../util/logger.js';

/** What a step reports when it ends (the argument of `SetupOptions.onStep`). */
type StepOutcome = Parameters<NonNullable<SetupOptions['onStep']>>[0];

/** Said (CLI) or logged as an error (action) when the config stops the run before the host. */
export const SETUP_REFUSED = 'setup-hypervisor: the config has errors; nothing was run on the host.';

export interface SetupJobOptions extends Omit<SetupOptions, 'onStep'> {
  /** Each step as a log group (its changes, its error); without it the steps are not logged. */
  readonly logger?: Logger;
}

function logStep(logger: Logger, s: StepOutcome): void {
  logger.startGroup(`${s.id}: ${s.status}${s.changes.length ? ` (${s.changes.length})` : ''}`);
  for (const c of s.changes)
    logger.info(`${c.info ? '!' : c.kind} ${c.summary}${c.blocked ? ` [blocked: ${c.blocked}]` : ''}`);
  if (s.status === 'failed' || s.status === 'blocked')
    logger.error(`setup-hypervisor ${s.id}: ${s.error ?? s.status}`);
  else if (s.error) logger.info(s.error);
  logger.endGroup();
}

export async function runSetupJob(o: SetupJobOptions): Promise<SetupOutcome> {
  const { logger, ...options } = o;
  return runSetup(logger ? { ...options, onStep: (s) => logStep(logger, s) } : options);
}

/** The secrets of the API tokens a run created, as JSON readable by the owner only. */
export function writeTokensFile(path: string, tokens: ReadonlyMap<string, string>): void {
  writeFileSync(path, JSON.stringify(Object.fromEntries(tokens), null, 2) + '\n', { mode: 0o600 });
}
