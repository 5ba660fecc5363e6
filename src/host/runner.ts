/**
 * The one host runner, used by apply (through the shell host port) and by the setup steps (through
 * SetupHost): runs built HostCommands on a transport with the dry-run guard, per-command timeouts,
 * a record of every command, retry with backoff while a failure is transient, and one error class
 * (`HostCommandFailed`). The audit log is a decorator of the transport (`withAudit`), so it sees
 * every attempt exactly as the host ran it; the runner registers each command's secrets with it.
 */
import { runHostCommand } from '../proxmox/audit.js';
import type { HostCommand } from '../proxmox/commands.js';
import type { CommandResult, HostTransport } from '../proxmox/transport.js';
import { commandError, HostCommandFailed, isTransientFailure } from './failure.js';
import { NO_RETRY, withRetry, type RetryPolicy } from './retry.js';

/** A mutating command during a dry run: a bug, never allowed through. */
export class DryRunViolation extends Error {
  constructor(argv: readonly string[]) {
    super(`refused to run a mutating command in a dry run: ${argv.slice(0, 4).join(' ')}`);
    this.name = 'DryRunViolation';
  }
}

/** One command that finished (whatever its exit). */
export interface CommandRecord {
  readonly argv: readonly string[];
  readonly readOnly: boolean;
  readonly exitCode: number;
}

export type RetryListener = (err: unknown, attempt: number, delayMs: number) => void;

export interface RunnerOptions {
  /** Refuse every mutating command (`DryRunViolation`). */
  readonly dryRun?: boolean;
  /** Policy of `run` when the call names none (default: one attempt). */
  readonly retry?: RetryPolicy;
  /** Told about every command that finished. */
  readonly onCommand?: (record: CommandRecord) => void;
  /** Told about each retry of `run`. */
  readonly onRetry?: RetryListener;
}

export interface RunOptions {
  /** A non-zero exit whose stderr matches counts as success (e.g. `already running`). */
  readonly okWhen?: RegExp;
  readonly timeoutMs?: number;
  /** Override the runner's policy (e.g. more attempts for `start`). */
  readonly retry?: RetryPolicy;
  /** Retry any failure, not only transient ones. */
  readonly retryAll?: boolean;
}

export class HostRunner {
  constructor(
    readonly transport: HostTransport,
    private readonly options: RunnerOptions = {},
  ) {}

  get description(): string {
    return this.transport.description;
  }

  /** The same transport with other settings (e.g. the retry policy of one guest's run). */
  with(options: RunnerOptions): HostRunner {
    return new HostRunner(this.transport, { ...this.options, ...options });
  }

  /** One attempt: non-zero exits are returned; a transport error is thrown as it came. */
  async once(cmd: HostCommand, o: { readonly timeoutMs?: number } = {}): Promise<CommandResult> {
    if (this.options.dryRun && !cmd.readOnly) throw new DryRunViolation(cmd.argv);
    const result = await runHostCommand(
      this.transport,
      cmd,
      o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs },
    );
    this.options.onCommand?.({ argv: cmd.argv, readOnly: cmd.readOnly, exitCode: result.exitCode });
    return result;
  }

  /**
   * One attempt that must exit 0; returns stdout. The failure names `what` (default: the
   * command's first three words): `WHAT failed (exit N): ...`.
   */
  async ok(cmd: HostCommand, what?: string): Promise<string> {
    const r = await this.once(cmd);
    if (r.exitCode !== 0) throw new HostCommandFailed(cmd.argv, r, what ?? cmd.argv.slice(0, 3).join(' '));
    return r.stdout;
  }

  /**
   * Runs until the command succeeds (exit 0 or `okWhen`), fails for good, or attempts run out;
   * every failure, a transport's too, is a HostCommandFailed naming the command.
   */
  run(cmd: HostCommand, o: RunOptions = {}): Promise<CommandResult> {
    return withRetry(
      async () => {
        let r: CommandResult;
        try {
          r = await this.once(cmd, o);
        } catch (err) {
          if (err instanceof DryRunViolation) throw err;
          throw new HostCommandFailed(cmd.argv, commandError(err));
        }
        if (r.exitCode !== 0 && !(o.okWhen && o.okWhen.test(r.stderr)))
          throw new HostCommandFailed(cmd.argv, r);
        return r;
      },
      (err) => !(err instanceof DryRunViolation) && (o.retryAll === true || isTransientFailure(err)),
      o.retry ?? this.options.retry ?? NO_RETRY,
      (err, attempt, delay) => this.options.onRetry?.(err, attempt, delay),
    );
  }
}
