/**
 * The setup job, shared by `phoenix setup-hypervisor` and the setup-hypervisor action: the
 * hypervisor setup run (src/hypervisor/setup.ts) with each step's outcome logged as a group when
 * a `Logger` is given, and the file the secrets of new API tokens are kept in. A real (not dry)
 * run holds the host-wide lock that apply takes (src/host/host-lock.ts) while it works on the
 * host, so setup and apply never interleave; a dry run only reads and takes none.
 */
import { writeFileSync } from 'node:fs';
import { acquireApplyLock } from '../host/apply-lock.js';
import { describeHolder, secs } from '../host/host-lock.js';
import type { HeldLock } from '../host/port.js';
import { openSetupTransport, runSetup, type SetupOptions, type SetupOutcome } from '../hypervisor/setup.js';
import type { HostTransport } from '../proxmox/transport.js';
import { getErrorMessage, UserError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

/** What a step reports when it ends (the argument of `SetupOptions.onStep`). */
type StepOutcome = Parameters<NonNullable<SetupOptions['onStep']>>[0];

/** Said (CLI) or logged as an error (action) when the config stops the run before the host. */
export const SETUP_REFUSED = 'setup-hypervisor: the config has errors; nothing was run on the host.';

export interface SetupJobOptions extends Omit<SetupOptions, 'onStep'> {
  /** Each step as a log group (its changes, its error); without it the steps are not logged. */
  readonly logger?: Logger;
  /** How long a real run waits for the host lock held by an apply (ms, default 10 min). */
  readonly lockTimeoutMs?: number;
  /** How often a waiting run re-reads the lock queue (ms, default 1 s). */
  readonly lockPollMs?: number;
}

/** Same default as apply's `--lock-timeout`. */
const DEFAULT_LOCK_TIMEOUT_MS = 600_000;

function logStep(logger: Logger, s: StepOutcome): void {
  logger.startGroup(
    `${s.id}${s.node ? `@${s.node}` : ''}: ${s.status}${s.changes.length ? ` (${s.changes.length})` : ''}`,
  );
  for (const c of s.changes)
    logger.info(`${c.info ? '!' : c.kind} ${c.summary}${c.blocked ? ` [blocked: ${c.blocked}]` : ''}`);
  if (s.status === 'failed' || s.status === 'blocked')
    logger.error(`setup-hypervisor ${s.id}${s.node ? ` on node ${s.node}` : ''}: ${s.error ?? s.status}`);
  else if (s.error) logger.info(s.error);
  logger.endGroup();
}

type LockSettings = Pick<SetupJobOptions, 'logger' | 'lockTimeoutMs' | 'lockPollMs'>;

/**
 * The transport setup opens, holding the host lock from the moment it is open until it is
 * closed: setup opens the host only once the config is valid, and closes it when its steps end.
 */
async function openLocked(o: SetupOptions, l: LockSettings, target: string): Promise<HostTransport> {
  const transport = await openSetupTransport(o, target);
  const timeoutMs = l.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  let lock: HeldLock;
  try {
    lock = await acquireApplyLock(transport, {
      timeoutMs,
      pollMs: l.lockPollMs,
      note: 'setup-hypervisor',
      onWait: (holder, position) =>
        l.logger?.info(
          `Waiting for the host-wide apply lock (${position} ahead of us): ${describeHolder(holder)}; ` +
            `giving up after ${secs(timeoutMs)}.`,
        ),
      onClusterWait: (m) => l.logger?.info(m),
      onWarning: (m) => l.logger?.warning(m),
    });
  } catch (err) {
    await transport.close().catch(() => undefined);
    if (err instanceof UserError) throw err;
    throw new UserError(
      `cannot take the host-wide apply lock on ${transport.description}: ${getErrorMessage(err)}`,
      1,
    );
  }
  return {
    description: transport.description,
    ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
    run: (argv, options) => transport.run(argv, options),
    close: async () => {
      // A lock that cannot be released (dropped connection) expires on its own; like apply,
      // say so rather than failing a setup whose steps are done.
      try {
        await lock.release();
      } catch (err) {
        l.logger?.warning(`could not release the host-wide apply lock: ${getErrorMessage(err)}`);
      } finally {
        await transport.close();
      }
    },
  };
}

export async function runSetupJob(o: SetupJobOptions): Promise<SetupOutcome> {
  const { logger, lockTimeoutMs, lockPollMs, ...options } = o;
  const withSteps: SetupOptions = logger ? { ...options, onStep: (s) => logStep(logger, s) } : options;
  if (o.dryRun) return runSetup(withSteps);
  const lock: LockSettings = { logger, lockTimeoutMs, lockPollMs };
  return runSetup({ ...withSteps, openTransport: (target) => openLocked(options, lock, target) });
}

/** The secrets of the API tokens a run created, as JSON readable by the owner only. */
export function writeTokensFile(path: string, tokens: ReadonlyMap<string, string>): void {
  writeFileSync(path, JSON.stringify(Object.fromEntries(tokens), null, 2) + '\n', { mode: 0o600 });
}
