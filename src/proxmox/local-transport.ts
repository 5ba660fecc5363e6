/**
 * The `local` transport: runs host commands on this machine (the self-hosted runner on the
 * Proxmox host). Commands are spawned directly, never through a shell, so arguments arrive
 * exactly as built. A missing program becomes exit 127 (as a shell would report it); a command
 * that outlives its timeout is killed together with its children and the run is rejected.
 */
import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { TransportTimeout, type CommandResult, type HostTransport, type RunOptions } from './transport.js';

export interface LocalTransportOptions {
  /** Timeout for commands that set none in RunOptions (default: none). */
  readonly defaultTimeoutMs?: number;
  /**
   * The environment the commands' one is taken from (default: this process's). Only
   * `hostCommandEnv` of it reaches a command, never the runner's tokens.
   */
  readonly env?: NodeJS.ProcessEnv;
  /** Working directory of the commands. */
  readonly cwd?: string;
}

/** PATH when the runner has none: where Proxmox's programs live. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * The minimal environment of a host command on the `local` and `local+sudo` targets: PATH, HOME,
 * USER/LOGNAME, TZ, a C.UTF-8 locale (Proxmox's programs print what Phoenix parses in it), and
 * the simulator's own knobs (`PHOENIX_SIM_*`: fault and latency settings of simulator shims on
 * PATH; no secret lives there). Nothing else of the runner: not GITHUB_TOKEN, INPUT_*, the
 * PHOENIX_* secrets or SSH agent sockets.
 */
export function hostCommandEnv(from: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: from.PATH || DEFAULT_PATH,
    HOME: from.HOME || '/root',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
  };
  for (const k of ['USER', 'LOGNAME', 'TZ'] as const) if (from[k]) env[k] = from[k];
  for (const k of Object.keys(from)) if (k.startsWith('PHOENIX_SIM_')) env[k] = from[k];
  return env;
}

export class LocalTransport implements HostTransport {
  readonly description = 'local';
  readonly hostTimeouts = true;
  private closed = false;
  private readonly running = new Set<number>();

  constructor(private readonly options: LocalTransportOptions = {}) {}

  run(argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (argv.length === 0 || argv[0] === '') return Promise.reject(new Error('local transport: empty argv'));
    if (this.closed) return Promise.reject(new Error('local transport: already closed'));
    for (const a of argv)
      if (a.includes('\0'))
        return Promise.reject(
          new Error('a command argument contains a NUL byte, which no host command can receive'),
        );
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs;

    return new Promise<CommandResult>((resolve, reject) => {
      const child = spawn(argv[0]!, argv.slice(1), {
        shell: false,
        // Own process group, so a timeout can kill the command and everything it started.
        detached: true,
        env: hostCommandEnv(this.options.env ?? process.env),
        cwd: this.options.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const pid = child.pid;
      if (pid !== undefined) this.running.add(pid);
      const finish = (fn: () => void): void => {
        if (timer) clearTimeout(timer);
        if (pid !== undefined) this.running.delete(pid);
        if (settled) return;
        settled = true;
        fn();
      };

      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      // EPIPE when the command exits without reading its stdin is not an error of ours.
      child.stdin.on('error', () => undefined);

      child.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' || e.code === 'EACCES') {
          const why = e.code === 'ENOENT' ? 'command not found' : 'permission denied';
          finish(() =>
            resolve({
              exitCode: e.code === 'ENOENT' ? 127 : 126,
              stdout: '',
              stderr: `${argv[0]}: ${why}\n`,
            }),
          );
        } else finish(() => reject(new Error(`cannot run ${summarize(argv)}: ${e.message}`)));
      });
      child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
        finish(() =>
          resolve({
            exitCode: code ?? signalExitCode(signal),
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
          }),
        );
      });

      if (timeoutMs !== undefined && timeoutMs > 0) {
        timer = setTimeout(() => {
          killGroup(pid);
          finish(() =>
            reject(
              new TransportTimeout(`timed out after ${timeoutMs} ms: ${summarize(argv)} on local`, timeoutMs),
            ),
          );
        }, timeoutMs);
      }

      if (options.stdin !== undefined) child.stdin.end(options.stdin);
      else child.stdin.end();
    });
  }

  /** Kills commands still running (their whole process groups). */
  async close(): Promise<void> {
    this.closed = true;
    for (const pid of this.running) killGroup(pid);
    this.running.clear();
  }
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function signalExitCode(signal: NodeJS.Signals | null): number {
  const num = signal ? (osConstants.signals as Record<string, number>)[signal] : undefined;
  return num ? 128 + num : 255;
}

/** A short, single-line rendering of an argv for messages. */
function summarize(argv: readonly string[]): string {
  const text = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
  return `'${text.length > 120 ? text.slice(0, 117) + '...' : text}'`;
}
