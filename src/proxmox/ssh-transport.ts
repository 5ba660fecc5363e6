/**
 * The `ssh://USER@HOST[:PORT]` transport (ssh2). One connection serves the whole run; commands
 * run on parallel exec channels, at most `maxChannels` at once (OpenSSH's MaxSessions defaults to
 * 10; further commands wait in a queue, and a server that refuses a channel lowers the limit).
 * Every argv travels as one POSIX-quoted string (`shellJoin`), run by the user's login shell.
 *
 * A dropped connection is re-established on the next command. A command that was running when
 * the connection dropped is re-sent once only if it is read-only (`RunOptions.readOnly`);
 * a mutating one fails with "connection lost ... (not retried: it may have changed the host)".
 * Credentials and host key pinning: see `ssh-credentials.ts`.
 */
import ssh2 from 'ssh2';
import type { ClientChannel, ConnectConfig } from 'ssh2';
import { getErrorMessage, UserError } from '../util/errors.js';
import { shellJoin } from './quote.js';
import { killRemote, remoteReaper, signalExitCode, summarize } from './ssh-channel.js';
import {
  hostKeyAlgorithms,
  hostKeyRefusal,
  loadSshCredentials,
  type SshCredentialOptions,
  type SshCredentials,
} from './ssh-credentials.js';
import { formatSshTarget, parseSshUrl, type SshTarget } from './ssh-url.js';
import { TransportTimeout, type CommandResult, type HostTransport, type RunOptions } from './transport.js';

export { parseSshUrl } from './ssh-url.js';

export interface SshTransportOptions extends SshCredentialOptions {
  /** Commands running at once on the connection (default 8, or PHOENIX_SSH_MAX_CHANNELS). */
  readonly maxChannels?: number;
  /** Timeout for commands that set none in RunOptions (default: none). */
  readonly defaultTimeoutMs?: number;
  /** TCP connect + SSH handshake + authentication (default 20 s). */
  readonly connectTimeoutMs?: number;
  /** Keepalive probe interval (default 10 s); the connection is dropped after 3 unanswered probes. */
  readonly keepaliveIntervalMs?: number;
}

const DEFAULT_MAX_CHANNELS = 8;
/**
 * sshd runs the command as `$SHELL -c COMMAND`, and Linux refuses a single argument over 128 KiB
 * (MAX_ARG_STRLEN) with "Argument list too long"; far beyond it (~256 KiB) the request no longer
 * fits an SSH packet and OpenSSH drops the whole connection. Longer commands are refused here.
 */
export const MAX_COMMAND_BYTES = 131_000;
const RECONNECT_DELAYS_MS = [0, 300, 1000, 2500];

/** Internal: the connection went away while a command was using it. */
class ConnectionLost extends Error {}

/** A refused host key or failed authentication: trying again cannot help. */
class ConnectRefused extends UserError {}

interface Conn {
  readonly client: InstanceType<typeof ssh2.Client>;
  alive: boolean;
}

export async function createSshTransport(
  url: string,
  options: SshTransportOptions = {},
): Promise<HostTransport> {
  const target = parseSshUrl(url);
  const credentials = loadSshCredentials(options);
  const env = options.env ?? process.env;
  let maxChannels = options.maxChannels ?? DEFAULT_MAX_CHANNELS;
  if (options.maxChannels === undefined && env.PHOENIX_SSH_MAX_CHANNELS) {
    const n = Number(env.PHOENIX_SSH_MAX_CHANNELS);
    if (!Number.isInteger(n) || n < 1 || n > 64) {
      throw new UserError(
        `PHOENIX_SSH_MAX_CHANNELS must be an integer from 1 to 64, got '${env.PHOENIX_SSH_MAX_CHANNELS}'`,
        2,
      );
    }
    maxChannels = n;
  }
  const transport = new SshTransport(target, credentials, { ...options, maxChannels });
  await transport.connect();
  return transport;
}

class SshTransport implements HostTransport {
  readonly description: string;
  readonly hostTimeouts = true;
  private conn: Conn | undefined;
  private connecting: Promise<Conn> | undefined;
  private everConnected = false;
  private closed = false;
  private limit: number;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly target: SshTarget,
    private readonly credentials: SshCredentials,
    private readonly options: SshTransportOptions & { maxChannels: number },
  ) {
    this.description = formatSshTarget(target);
    this.limit = Math.max(1, options.maxChannels);
  }

  async connect(): Promise<void> {
    await this.ensureConnected();
  }

  async run(argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (argv.length === 0) throw new Error('ssh transport: empty argv');
    const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs;
    const command = shellJoin(timeoutMs ? remoteReaper(timeoutMs, argv) : argv);
    const bytes = Buffer.byteLength(command);
    if (bytes > MAX_COMMAND_BYTES) {
      throw new UserError(
        `command too long for SSH: ${summarize(argv)} is ${bytes} bytes once quoted; the remote shell ` +
          `takes one command of at most ${MAX_COMMAND_BYTES} bytes (Linux MAX_ARG_STRLEN)`,
        2,
      );
    }
    for (let attempt = 1; ; attempt++) {
      if (this.closed) throw new Error(`${this.description}: transport already closed`);
      try {
        return await this.runOnce(argv, command, { ...options, timeoutMs });
      } catch (err) {
        if (!(err instanceof ConnectionLost)) throw err;
        if (options.readOnly && attempt === 1) continue;
        throw new UserError(
          options.readOnly
            ? `connection to ${this.description} lost twice while running ${summarize(argv)} (read-only, retried once)`
            : `connection to ${this.description} lost while running ${summarize(argv)} ` +
                `(not retried: it may have changed the host)`,
          1,
        );
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const conn = this.conn ?? (await this.connecting?.catch(() => undefined));
    this.conn = undefined;
    if (!conn || !conn.alive) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        conn.client.destroy();
        resolve();
      }, 2000);
      conn.client.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      conn.client.end();
    });
  }

  // ---- channel slots ------------------------------------------------------------------------

  private async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.active <= this.limit ? this.waiting.shift() : undefined;
    if (next) next();
    else this.active--;
  }

  // ---- one command --------------------------------------------------------------------------

  private async runOnce(
    argv: readonly string[],
    command: string,
    options: RunOptions,
  ): Promise<CommandResult> {
    for (let openTries = 0; ; openTries++) {
      await this.acquire();
      let released = false;
      let handedOver = false;
      const releaseOnce = (): void => {
        if (!released) {
          released = true;
          this.release();
        }
      };
      try {
        if (this.closed) throw new Error(`${this.description}: transport already closed`);
        const conn = await this.ensureConnected();
        const result = await new Promise<CommandResult | 'refused'>((resolve, reject) => {
          const onOpen = (err: Error | undefined, channel: ClientChannel): void => {
            if (err) {
              if (!conn.alive) return reject(new ConnectionLost(err.message));
              if (/Channel open failure/i.test(err.message)) return resolve('refused');
              return reject(new UserError(`${this.description}: cannot run a command: ${err.message}`, 1));
            }
            // Listeners go on in this same tick: a fast command's exit status can arrive in the
            // very packet batch that confirmed the exec, and ssh2 does not replay 'exit'.
            handedOver = true;
            this.collect(conn, channel, argv, options, releaseOnce).then(resolve, reject);
          };
          try {
            conn.client.exec(command, onOpen);
          } catch (err) {
            reject(conn.alive ? err : new ConnectionLost(getErrorMessage(err)));
          }
        });
        if (result === 'refused') {
          // The server refused another session (MaxSessions): nothing ran. Wait for a slot.
          const othersActive = this.active - 1;
          if (othersActive < 1 || openTries >= 5) {
            throw new UserError(`${this.description} refused to open a session for ${summarize(argv)}`, 1);
          }
          this.limit = Math.max(1, Math.min(this.limit, othersActive));
          releaseOnce();
          continue;
        }
        return result;
      } finally {
        // collect() releases when the channel closes; every other path releases here.
        if (!handedOver) releaseOnce();
      }
    }
  }

  private collect(
    conn: Conn,
    channel: ClientChannel,
    argv: readonly string[],
    options: RunOptions,
    release: () => void,
  ): Promise<CommandResult> {
    const { timeoutMs } = options;
    return new Promise<CommandResult>((resolve, reject) => {
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let exitCode: number | undefined;
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (fn: () => void): void => {
        if (timer) clearTimeout(timer);
        if (settled) return;
        settled = true;
        fn();
      };
      channel.on('data', (d: Buffer) => out.push(d));
      channel.stderr.on('data', (d: Buffer) => err.push(d));
      channel.on('exit', (code: number | null, signal?: string) => {
        exitCode = code ?? signalExitCode(signal);
      });
      channel.on('error', () => {
        /* reported through 'close' */
      });
      // ssh2 also passes the exit status to 'close', like a child process does.
      channel.on('close', (code?: number | null, signal?: string) => {
        if (exitCode === undefined && code !== undefined) exitCode = code ?? signalExitCode(signal);
        release();
        if (!conn.alive) return finish(() => reject(new ConnectionLost('connection closed')));
        const stderr = Buffer.concat(err).toString('utf8');
        finish(() =>
          resolve({
            exitCode: exitCode ?? 255,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr:
              exitCode === undefined
                ? `${stderr}(the server closed the channel without an exit status)\n`
                : stderr,
          }),
        );
      });
      if (timeoutMs !== undefined && timeoutMs > 0) {
        timer = setTimeout(() => {
          finish(() =>
            reject(
              new TransportTimeout(
                `timed out after ${timeoutMs} ms: ${summarize(argv)} on ${this.description}`,
                timeoutMs,
              ),
            ),
          );
          killRemote(channel);
          channel.close();
          // Free the slot even if the server never acknowledges the close.
          setTimeout(release, 5000).unref();
        }, timeoutMs);
      }
      if (options.stdin !== undefined) channel.end(options.stdin);
      else channel.end();
    });
  }

  // ---- connection ---------------------------------------------------------------------------

  private ensureConnected(): Promise<Conn> {
    if (this.conn?.alive) return Promise.resolve(this.conn);
    if (this.connecting) return this.connecting;
    const reconnect = this.everConnected;
    this.connecting = (async () => {
      const delays = reconnect ? RECONNECT_DELAYS_MS : [0];
      let lastErr: unknown;
      for (const delay of delays) {
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        if (this.closed) break;
        try {
          const conn = await this.openConnection();
          this.conn = conn;
          this.everConnected = true;
          return conn;
        } catch (err) {
          lastErr = err;
          if (err instanceof ConnectRefused) break;
        }
      }
      if (lastErr === undefined) throw new Error(`${this.description}: transport already closed`);
      throw lastErr instanceof UserError
        ? lastErr
        : new UserError(
            `cannot ${reconnect ? 'reconnect' : 'connect'} to ${this.description}: ${getErrorMessage(lastErr)}`,
            2,
          );
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private openConnection(): Promise<Conn> {
    const { target, credentials, description } = this;
    return new Promise<Conn>((resolve, reject) => {
      const client = new ssh2.Client();
      const conn: Conn = { client, alive: false };
      let refusal: string | undefined;
      let ready = false;
      const algorithms = hostKeyAlgorithms(credentials.pin, target);
      const config: ConnectConfig = {
        host: target.host,
        port: target.port,
        username: target.user,
        privateKey: credentials.privateKey,
        ...(credentials.passphrase ? { passphrase: credentials.passphrase } : {}),
        readyTimeout: this.options.connectTimeoutMs ?? 20000,
        keepaliveInterval: this.options.keepaliveIntervalMs ?? 10000,
        keepaliveCountMax: 3,
        ...(algorithms ? { algorithms: { serverHostKey: algorithms as never } } : {}),
        hostVerifier: (key: Buffer) => {
          refusal = hostKeyRefusal(credentials.pin, target, description, key);
          return refusal === undefined;
        },
      };
      const dead = (): void => {
        conn.alive = false;
        if (this.conn === conn) this.conn = undefined;
      };
      client.on('ready', () => {
        ready = true;
        conn.alive = true;
        resolve(conn);
      });
      client.on('error', (err: Error & { level?: string }) => {
        dead();
        if (ready) return;
        if (refusal !== undefined) return reject(new ConnectRefused(refusal, 2));
        if (err.level === 'client-authentication') {
          return reject(
            new ConnectRefused(
              `authentication failed for user '${target.user}' on ${description} with the key from ` +
                `${credentials.keySource} (is its public key in that user's authorized_keys?)`,
              2,
            ),
          );
        }
        if (err.level === 'client-timeout') {
          return reject(new UserError(`timed out connecting to ${description} (no SSH handshake)`, 2));
        }
        reject(err);
      });
      client.on('end', dead);
      client.on('close', () => {
        dead();
        if (!ready) reject(new Error('the server closed the connection during the handshake'));
      });
      try {
        client.connect(config);
      } catch (err) {
        reject(new UserError(`cannot connect to ${description}: ${getErrorMessage(err)}`, 2));
      }
    });
  }
}
