/**
 * A real OpenSSH server for tests and benchmarks: fresh ed25519 host and user keys in a temp dir,
 * its own sshd_config (127.0.0.1 on a free port, key auth only, no PAM, `SetEnv PATH=<shim dir>:...`
 * so remote commands find simulator shims first), run in the foreground as the current user.
 * Free of jest globals so benchmarks can use it; tests use `describeSshd` from `sshd.ts`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const SSHD_PATH = '/usr/sbin/sshd';
export const hasSshd =
  existsSync(SSHD_PATH) && spawnSync('ssh-keygen', ['-?'], { stdio: 'ignore' }).error === undefined;

export interface SshdOptions {
  /** Directory put first on the remote PATH (default: an empty `shims` dir in the temp dir). */
  readonly shimDir?: string;
  /** sshd's MaxSessions (default 10, OpenSSH's own default). */
  readonly maxSessions?: number;
  /** sshd's LogLevel (default VERBOSE; DEBUG3 to investigate). */
  readonly logLevel?: string;
}

export interface Sshd {
  readonly dir: string;
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly user: string;
  /** `ssh://USER@127.0.0.1:PORT` */
  readonly url: string;
  /** The user's private key file (its public half is the only authorized key). */
  readonly identity: string;
  /** A known_hosts file with the `[127.0.0.1]:PORT` entry of the host key. */
  readonly knownHosts: string;
  /** `SHA256:...` of the host key, as `ssh-keygen -l` prints it. */
  readonly hostFingerprint: string;
  /** `ssh-ed25519 AAAA...` of the host key. */
  readonly hostPublicKey: string;
  readonly shimDir: string;
  /** SIGKILL every per-connection sshd process (drops live connections; the listener stays). */
  killSessions(): number;
  /** Everything sshd printed so far (LogLevel VERBOSE). */
  log(): string;
  stop(): Promise<void>;
}

function keygen(path: string, comment: string): void {
  const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', path], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
}

export function fingerprintOf(pubKeyFile: string): string {
  const r = spawnSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', pubKeyFile], { encoding: 'utf8' });
  const m = /SHA256:[A-Za-z0-9+/]{43}/.exec(r.stdout);
  if (!m) throw new Error(`ssh-keygen -l printed no fingerprint: ${r.stdout}${r.stderr}`);
  return m[0];
}

/** Generates a fresh ed25519 key pair in DIR/NAME(.pub), e.g. for "wrong host key" tests. */
export function makeKeyPair(dir: string, name: string): { priv: string; pub: string; publicKey: string } {
  const priv = join(dir, name);
  keygen(priv, name);
  return {
    priv,
    pub: `${priv}.pub`,
    publicKey: readFileSync(`${priv}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' '),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

/** Pids of all descendants of `root` (Linux /proc). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const out: number[] = [];
  const walk = (pid: number): void => {
    for (const [child, ppid] of parent) {
      if (ppid === pid) {
        out.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

export async function startSshd(options: SshdOptions = {}): Promise<Sshd> {
  const dir = mkdtempSync(join(tmpdir(), 'phoenix-sshd-'));
  const user = userInfo().username;
  const shimDir = options.shimDir ?? join(dir, 'shims');
  mkdirSync(shimDir, { recursive: true });
  const home = join(dir, 'home');
  mkdirSync(home);
  const hostKey = join(dir, 'ssh_host_ed25519_key');
  const identity = join(dir, 'id_ed25519');
  keygen(hostKey, 'phoenix-test-host');
  keygen(identity, 'phoenix-test-user');
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(`${identity}.pub`));
  const hostPublicKey = readFileSync(`${hostKey}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  const hostFingerprint = fingerprintOf(`${hostKey}.pub`);

  // Running as root, sshd insists on its privilege separation directory.
  if (process.getuid?.() === 0 && !existsSync('/run/sshd'))
    mkdirSync('/run/sshd', { mode: 0o755, recursive: true });

  const port = await freePort();
  const knownHosts = join(dir, 'known_hosts');
  writeFileSync(knownHosts, `[127.0.0.1]:${port} ${hostPublicKey}\n`);
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AllowUsers ${user}`,
      'UsePAM no',
      'StrictModes no',
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'PermitUserEnvironment no',
      // HOME points at an empty dir so the user's own ~/.bashrc (which bash sources for sshd
      // commands) cannot put its directories before the shims or slow every command down.
      `SetEnv PATH=${shimDir}:/usr/bin:/bin HOME=${home}`,
      `MaxSessions ${options.maxSessions ?? 10}`,
      `LogLevel ${options.logLevel ?? 'VERBOSE'}`,
      '',
    ].join('\n'),
  );

  let logText = '';
  let child: ChildProcess | undefined;
  let exited = false;
  const launch = async (): Promise<void> => {
    exited = false;
    child = spawn(SSHD_PATH, ['-D', '-e', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (logText += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (logText += d.toString()));
    child.once('exit', () => (exited = true));
    const deadline = Date.now() + 10000;
    while (!(await portAccepts(port))) {
      if (exited || Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`sshd did not start on 127.0.0.1:${port}:\n${logText}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await launch();

  const killSessions = (): number => {
    if (!child?.pid) return 0;
    const pids = descendants(child.pid);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    return pids.length;
  };

  return {
    dir,
    host: '127.0.0.1',
    port,
    user,
    url: `ssh://${user}@127.0.0.1:${port}`,
    identity,
    knownHosts,
    hostFingerprint,
    hostPublicKey,
    shimDir,
    killSessions,
    log: () => logText,
    stop: async () => {
      killSessions();
      if (child && !exited) {
        const done = new Promise((r) => child!.once('exit', r));
        child.kill('SIGTERM');
        await done;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
