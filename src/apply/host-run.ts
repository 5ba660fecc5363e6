/**
 * Running one built host command during apply: through the (audited) transport, retried with
 * backoff while Proxmox reports a transient condition (a config lock that timed out, a locked
 * guest, a connection that dropped before the command ran), and turned into a `HostCommandFailed`
 * with the command and Proxmox's message otherwise.
 */
import { runHostCommand } from '../proxmox/audit.js';
import type { HostCommand } from '../proxmox/commands.js';
import type { CommandResult, HostTransport } from '../proxmox/transport.js';
import { getErrorMessage } from '../util/errors.js';
import { isTransientError, withRetry, type RetryPolicy } from './retry.js';

export class HostCommandFailed extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly exitCode: number | undefined,
    /** Proxmox's message (stderr), or the transport's error. */
    readonly detail: string,
  ) {
    super(`${shortArgv(argv)}: ${exitCode === undefined ? '' : `exit ${exitCode}: `}${lastLines(detail)}`);
    this.name = 'HostCommandFailed';
  }
}

/** The first words of an argv, for messages (values such as descriptions are cut). */
export function shortArgv(argv: readonly string[]): string {
  const words = argv.slice(0, 6).map((a) => (a.length > 40 ? `${a.slice(0, 37)}...` : a));
  const text = words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : JSON.stringify(w))).join(' ');
  return `'${text}${argv.length > 6 ? ' ...' : ''}'`;
}

function lastLines(text: string, n = 6): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return (lines.length > n ? ['...', ...lines.slice(-n)] : lines).join('\n') || '(no message)';
}

/** Whether a failure is worth retrying: Proxmox's transient messages or a drop before the command ran. */
export function isTransientFailure(err: unknown): boolean {
  if ((err as { when?: unknown })?.when === 'before') return true;
  if (err instanceof HostCommandFailed) return isTransientError(err.detail);
  return isTransientError(getErrorMessage(err));
}

export interface RunContext {
  readonly transport: HostTransport;
  readonly retry: RetryPolicy;
  /** Told about each retry (for the guest's log). */
  readonly onRetry?: (argv: readonly string[], err: unknown, attempt: number, delayMs: number) => void;
}

export interface RunOptions {
  /** A non-zero exit whose stderr matches counts as success (e.g. `already running`). */
  readonly okWhen?: RegExp;
  readonly timeoutMs?: number;
  /** Override the policy (e.g. more attempts for `start`). */
  readonly retry?: RetryPolicy;
  /** Retry any failure, not only transient ones. */
  readonly retryAll?: boolean;
}

export async function runCommand(
  ctx: RunContext,
  cmd: HostCommand,
  o: RunOptions = {},
): Promise<CommandResult> {
  return withRetry(
    async () => {
      let r: CommandResult;
      try {
        r = await runHostCommand(
          ctx.transport,
          cmd,
          o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs },
        );
      } catch (err) {
        const e = new HostCommandFailed(cmd.argv, undefined, getErrorMessage(err));
        (e as { when?: unknown }).when = (err as { when?: unknown })?.when;
        throw e;
      }
      if (r.exitCode !== 0 && !(o.okWhen && o.okWhen.test(r.stderr))) {
        throw new HostCommandFailed(cmd.argv, r.exitCode, r.stderr || r.stdout);
      }
      return r;
    },
    (err) => o.retryAll === true || isTransientFailure(err),
    o.retry ?? ctx.retry,
    (err, attempt, delay) => ctx.onRetry?.(cmd.argv, err, attempt, delay),
  );
}
