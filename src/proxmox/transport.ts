/**
 * The shell transports' interface: the embedded simulator, a local spawn, or SSH, each carrying
 * built argv to the host. Apply does not use it directly: the host port (src/host/port.ts) and its
 * shell implementation sit on top, and setup runs commands through the host runner. Implementations
 * never pass commands through a shell except SSH, which quotes every argument (see `quote.ts`).
 */
import { UserError } from '../util/errors.js';

/**
 * A transport gave up on a command that outlived its `timeoutMs` (and stopped it: the local
 * transport kills its process group, SSH runs it under the host's `timeout`, the simulator drops it).
 */
export class TransportTimeout extends UserError {
  readonly code = 'ETIMEDOUT';
  constructor(
    message: string,
    readonly timeoutMs: number,
  ) {
    super(message, 1);
    this.name = 'TransportTimeout';
  }
}

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Bytes written to the command's stdin (e.g. a file for `pct push` via `/dev/stdin`). */
  readonly stdin?: string | Buffer;
  /** Kill the command after this many milliseconds (default: transport's own). */
  readonly timeoutMs?: number;
  /**
   * The command changes nothing on the host. Only read-only commands are retried after a
   * dropped connection; mutating ones are never re-sent blindly.
   */
  readonly readOnly?: boolean;
}

export interface HostTransport {
  /** Human-readable target, e.g. `sim:/tmp/state.json`, `local`, `ssh://root@pve:22`. */
  readonly description: string;
  /**
   * The host runs real programs, so the host runner puts every timed command under coreutils
   * `timeout` (local and SSH; not the simulator, which bounds commands itself). Decorators pass it on.
   */
  readonly hostTimeouts?: boolean;
  run(argv: readonly string[], options?: RunOptions): Promise<CommandResult>;
  close(): Promise<void>;
}

/** One line of the `--audit-log` file: exactly what the host ran, before shell quoting. */
export interface AuditEntry {
  readonly argv: readonly string[];
  readonly exit: number;
  readonly ms: number;
}
