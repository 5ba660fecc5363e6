/**
 * The one host runner, used by apply (through the shell host port) and by the setup steps (through
 * SetupHost): runs built HostCommands on a transport with the dry-run guard, a bounded time for
 * every command, a record of every command, retry with backoff while a failure is transient, and
 * one error class (`HostCommandFailed`). The audit log is a decorator of the transport
 * (`withAudit`), so it sees every attempt exactly as the host ran it; the runner registers each
 * command's secrets with it.
 *
 * Bounded time: each command gets the timeout of its kind (`CommandTimeouts`: read-only query,
 * change, long command, in-guest script; PHOENIX_TIMEOUT_* in seconds) unless the call names one.
 * On a host that runs real programs (local, SSH) the command is sent under coreutils `timeout`
 * (`withTimeout`), so the host stops it and everything it started even when nobody waits for it
 * any more; the transport's own timer, a little later, covers a host that stopped answering. A
 * command over its bound fails with `CommandTimedOut` ("... did not finish within 600 s; it was
 * stopped"), retried only when it is read-only.
 */
import { runHostCommand } from '../proxmox/audit.js';
import { hopInner, TIMEOUT_KILL_AFTER_SEC, withTimeout, type HostCommand } from '../proxmox/commands.js';
import { TransportTimeout, type CommandResult, type HostTransport } from '../proxmox/transport.js';
import { UserError } from '../util/errors.js';
import { commandError, HostCommandFailed, isTransientFailure } from './failure.js';
import { NO_RETRY, withRetry, type RetryPolicy } from './retry.js';

/** What bounds a command's time: a read-only query, a change, a long change, a script in a guest. */
export type CommandKind = 'query' | 'change' | 'long' | 'script';

/** Seconds per kind. */
export type CommandTimeouts = Readonly<Record<CommandKind, number>>;

export const DEFAULT_TIMEOUTS: CommandTimeouts = { query: 120, change: 600, long: 3600, script: 3600 };

/** The environment variable that sets each kind's timeout (seconds). */
export const TIMEOUT_ENV: Readonly<Record<CommandKind, string>> = {
  query: 'PHOENIX_TIMEOUT_QUERY',
  change: 'PHOENIX_TIMEOUT_CHANGE',
  long: 'PHOENIX_TIMEOUT_LONG',
  script: 'PHOENIX_TIMEOUT_SCRIPT',
};

/** The defaults with PHOENIX_TIMEOUT_* applied; a value that is not 1..604800 seconds is a usage error. */
export function timeoutsFromEnv(env: NodeJS.ProcessEnv): CommandTimeouts {
  const out = { ...DEFAULT_TIMEOUTS };
  for (const kind of Object.keys(TIMEOUT_ENV) as CommandKind[]) {
    const raw = env[TIMEOUT_ENV[kind]]?.trim();
    if (!raw) continue;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < 1 || n > 604_800)
      throw new UserError(
        `${TIMEOUT_ENV[kind]} must be a whole number of seconds from 1 to 604800, got '${raw}'`,
        2,
      );
    out[kind] = n;
  }
  return out;
}

/** First words of the commands that may take long: making, copying and importing guests and disks, downloads, installs. */
const LONG_COMMANDS: readonly (readonly string[])[] = [
  ['pct', 'clone'],
  ['pct', 'create'],
  ['pct', 'restore'],
  ['pct', 'move-volume'],
  ['pct', 'migrate'],
  ['pct', 'destroy'],
  ['qm', 'clone'],
  ['qm', 'create'],
  ['qm', 'disk', 'import'],
  ['qm', 'disk', 'move'],
  ['qm', 'migrate'],
  ['qm', 'importdisk'],
  ['qm', 'destroy'],
  ['pveam', 'download'],
  ['vzdump'],
  ['curl'],
  ['apt-get'],
  ['sh'],
  ['update-initramfs'],
  ['proxmox-boot-tool'],
  ['zpool', 'create'],
];

/** The command a wrapper runs (`env VAR=x CMD`, `flock -w N FILE CMD`, `timeout ... CMD`, a node hop). */
function innerArgv(argv: readonly string[]): readonly string[] {
  if (argv[0] === 'env') {
    let i = 1;
    while (i < argv.length && argv[i]!.includes('=')) i++;
    return innerArgv(argv.slice(i));
  }
  if (argv[0] === 'flock' && argv[1] === '-w') return innerArgv(argv.slice(4));
  // A command for another node (commands/hop.ts) is bounded as the command it carries.
  if (argv[0] === 'ssh') {
    const hop = hopInner(argv);
    return hop ? innerArgv(hop.argv) : argv;
  }
  if (argv[0] === 'timeout') {
    let i = 1;
    while (i < argv.length && argv[i]!.startsWith('-')) i++;
    return innerArgv(argv.slice(i + 1));
  }
  return argv;
}

/** The kind of a command (what bounds it when the call names no timeout). */
export function commandKind(cmd: HostCommand): CommandKind {
  const argv = innerArgv(cmd.argv);
  if (LONG_COMMANDS.some((w) => w.every((x, i) => argv[i] === x))) return 'long';
  if (
    (argv[0] === 'pct' && argv[1] === 'exec') ||
    (argv[0] === 'qm' && argv[1] === 'guest' && argv[2] === 'exec')
  )
    return 'script';
  return cmd.readOnly ? 'query' : 'change';
}

/** Programs that wrap another command; they are not wrapped in `timeout` (the sudoers list holds one level). */
const WRAPPERS = new Set(['flock', 'env', 'timeout']);
/** How much later than the host's bound our side gives up on a command the host should have stopped. */
const CLIENT_GRACE_MS = (TIMEOUT_KILL_AFTER_SEC + 5) * 1000;

const showSeconds = (s: number): string => String(Number(s.toFixed(3)));

/** A host command that outlived its bound and was stopped. Retried only when it is read-only. */
export class CommandTimedOut extends HostCommandFailed {
  override readonly transient: boolean;

  constructor(
    argv: readonly string[],
    readonly seconds: number,
    readonly readOnly: boolean,
    what?: string,
  ) {
    super(
      argv,
      { error: `did not finish within ${showSeconds(seconds)} s; it was stopped`, when: 'after' },
      what,
    );
    this.name = 'CommandTimedOut';
    this.transient = readOnly;
  }
}

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
  /** Bounds per kind of command (default: `timeoutsFromEnv(process.env)`). */
  readonly timeouts?: CommandTimeouts;
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
  readonly timeouts: CommandTimeouts;

  constructor(
    readonly transport: HostTransport,
    private readonly options: RunnerOptions = {},
  ) {
    this.timeouts = options.timeouts ?? timeoutsFromEnv(process.env);
  }

  get description(): string {
    return this.transport.description;
  }

  /** The same transport with other settings (e.g. the retry policy of one guest's run). */
  with(options: RunnerOptions): HostRunner {
    return new HostRunner(this.transport, { ...this.options, ...options });
  }

  /**
   * One attempt: non-zero exits are returned; a command over its bound (`timeoutMs`, else its
   * kind's) throws `CommandTimedOut`; any other transport error is thrown as it came.
   */
  async once(cmd: HostCommand, o: { readonly timeoutMs?: number } = {}): Promise<CommandResult> {
    if (this.options.dryRun && !cmd.readOnly) throw new DryRunViolation(cmd.argv);
    const seconds = o.timeoutMs !== undefined ? o.timeoutMs / 1000 : this.timeouts[commandKind(cmd)];
    const onHost = this.transport.hostTimeouts === true && !WRAPPERS.has(cmd.argv[0] ?? '');
    const sent = onHost ? withTimeout(cmd, seconds) : cmd;
    const started = Date.now();
    let result: CommandResult;
    try {
      result = await runHostCommand(this.transport, sent, {
        timeoutMs: Math.round(seconds * 1000) + (onHost ? CLIENT_GRACE_MS : 0),
      });
    } catch (err) {
      if (err instanceof TransportTimeout) throw new CommandTimedOut(cmd.argv, seconds, cmd.readOnly);
      throw err;
    }
    this.options.onCommand?.({ argv: cmd.argv, readOnly: cmd.readOnly, exitCode: result.exitCode });
    // coreutils `timeout`: 124 after TERM, 137 when the command needed the KILL.
    if (
      onHost &&
      (result.exitCode === 124 || result.exitCode === 137) &&
      Date.now() - started >= seconds * 1000 - 50
    )
      throw new CommandTimedOut(cmd.argv, seconds, cmd.readOnly);
    return result;
  }

  /**
   * One attempt that must exit 0; returns stdout. The failure names `what` (default: the
   * command's first three words): `WHAT failed (exit N): ...`.
   */
  async ok(cmd: HostCommand, what?: string): Promise<string> {
    let r: CommandResult;
    try {
      r = await this.once(cmd);
    } catch (err) {
      if (err instanceof CommandTimedOut && what !== undefined)
        throw new CommandTimedOut(cmd.argv, err.seconds, err.readOnly, what);
      throw err;
    }
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
          if (err instanceof DryRunViolation || err instanceof HostCommandFailed) throw err;
          throw new HostCommandFailed(cmd.argv, commandError(err));
        }
        if (r.exitCode !== 0 && !(o.okWhen && o.okWhen.test(r.stderr)))
          throw new HostCommandFailed(cmd.argv, r);
        return r;
      },
      (err) =>
        err instanceof CommandTimedOut
          ? err.readOnly
          : !(err instanceof DryRunViolation) && (o.retryAll === true || isTransientFailure(err)),
      o.retry ?? this.options.retry ?? NO_RETRY,
      (err, attempt, delay) => this.options.onRetry?.(err, attempt, delay),
    );
  }
}
