/**
 * The one error of a host command that failed (`HostCommandFailed`, for apply and setup alike),
 * and the one place that classifies failures: transient (worth retrying: a config lock that timed
 * out, a locked guest, a connection dropped before the command ran) or not, and what kind of
 * failure it was. Callers read the typed fields, never Proxmox's message text.
 */
import { maskArgvSecrets } from '../config/secrets.js';
import { hopInner } from '../proxmox/commands.js';
import type { CommandResult } from '../proxmox/transport.js';
import { getErrorMessage } from '../util/errors.js';

/** Proxmox's messages for conditions that pass by themselves. */
const TRANSIENT_PATTERNS: readonly RegExp[] = [
  /can't lock file '[^']*' - got timeout/i,
  /\b(?:CT|VM) is locked\b/i,
  /\bconnection (?:lost|dropped|reset) before the command started\b/i,
  /\btrying to acquire lock\b.*\btimeout\b/i,
];

/**
 * The node hop could not reach the other node, so the command there never started: ssh's exit
 * 255 with its own one-line message as the whole output (a remote command's output never
 * counts).
 */
const HOP_UNREACHABLE =
  /^ssh: connect to host \S+ port \d+: (?:Connection refused|Connection timed out|No route to host)$/;

function hopUnreachable(argv: readonly string[], r: CommandResult | undefined): boolean {
  return argv[0] === 'ssh' && r?.exitCode === 255 && HOP_UNREACHABLE.test(r.stderr.trim());
}

/** The storage or guest cannot do what was asked (e.g. a snapshot on a storage without them). */
const UNSUPPORTED = /feature is not available|not supported/i;

export function isTransientError(message: string): boolean {
  return TRANSIENT_PATTERNS.some((p) => p.test(message));
}

/** The command did not finish: the transport gave up (timeout, lost connection). */
export interface CommandError {
  readonly error: string;
  /** `before`: the command did not run; `after`: it ran and may have changed the host. */
  readonly when?: 'before' | 'after';
}

/**
 * - `unsupported`: the storage or guest cannot do this (whatever else happened);
 * - `not-finished`: the transport gave up before an exit status came back;
 * - `failed`: any other non-zero exit.
 */
export type FailureKind = 'not-finished' | 'unsupported' | 'failed';

function isResult(o: CommandResult | CommandError): o is CommandResult {
  return typeof (o as Partial<CommandResult>).exitCode === 'number';
}

/**
 * The first words of an argv, for messages (values such as descriptions are cut, secrets masked);
 * a command for another node (the hop) as the command it carries and that node.
 */
export function shortArgv(argv: readonly string[]): string {
  const hop = hopInner(argv);
  if (hop) return `${shortArgv(hop.argv)} on node ${hop.node}`;
  const words = maskArgvSecrets(argv.slice(0, 6)).map((a) => (a.length > 40 ? `${a.slice(0, 37)}...` : a));
  const text = words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : JSON.stringify(w))).join(' ');
  return `'${text}${argv.length > 6 ? ' ...' : ''}'`;
}

function lastLines(text: string, n = 6): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return (lines.length > n ? ['...', ...lines.slice(-n)] : lines).join('\n') || '(no message)';
}

/**
 * A host command that failed. With `what` (the setup steps name what they were doing) the message
 * reads `WHAT failed (exit N): last lines / of output`; without it (apply) it names the command:
 * `'pct set 901 ...': exit N: Proxmox's message`.
 */
export class HostCommandFailed extends Error {
  /** Undefined when the command did not finish. */
  readonly exitCode: number | undefined;
  /** Proxmox's message (stderr, else stdout), or the transport's error. */
  readonly detail: string;
  /** The command's output, when it finished. */
  readonly result?: CommandResult;
  /** For a command that did not finish: whether it ran. */
  readonly when?: 'before' | 'after';
  /** Worth another attempt (see TRANSIENT_PATTERNS). */
  readonly transient: boolean;
  readonly kind: FailureKind;

  constructor(
    readonly argv: readonly string[],
    outcome: CommandResult | CommandError,
    what?: string,
  ) {
    const result = isResult(outcome) ? outcome : undefined;
    const detail = result ? result.stderr || result.stdout : (outcome as CommandError).error;
    super(result ? resultMessage(argv, result, what) : errorMessage(argv, detail, what));
    this.name = 'HostCommandFailed';
    this.exitCode = result?.exitCode;
    this.detail = detail;
    if (result) this.result = result;
    else if ((outcome as CommandError).when) this.when = (outcome as CommandError).when;
    this.transient = this.when === 'before' || isTransientError(detail) || hopUnreachable(argv, result);
    this.kind = UNSUPPORTED.test(detail) ? 'unsupported' : result ? 'failed' : 'not-finished';
  }
}

function resultMessage(argv: readonly string[], r: CommandResult, what: string | undefined): string {
  if (what === undefined) return `${shortArgv(argv)}: exit ${r.exitCode}: ${lastLines(r.stderr || r.stdout)}`;
  const detail = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-3).join(' / ');
  return `${what} failed (exit ${r.exitCode})${detail ? `: ${detail}` : ''}`;
}

function errorMessage(argv: readonly string[], detail: string, what: string | undefined): string {
  return what === undefined ? `${shortArgv(argv)}: ${lastLines(detail)}` : `${what} failed: ${detail}`;
}

/** A transport error as a CommandError (keeping whether the command ran, when the transport says). */
export function commandError(err: unknown): CommandError {
  const when = (err as { when?: unknown } | undefined)?.when;
  return {
    error: getErrorMessage(err),
    ...(when === 'before' || when === 'after' ? { when } : {}),
  };
}

/** Whether a failure is worth retrying: a transient HostCommandFailed, or an error that reads as one. */
export function isTransientFailure(err: unknown): boolean {
  if (err instanceof HostCommandFailed) return err.transient;
  if ((err as { when?: unknown } | undefined)?.when === 'before') return true;
  return isTransientError(getErrorMessage(err));
}
