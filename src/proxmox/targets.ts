/**
 * Target URL to transport: `sim:PATH` (the embedded simulator, state in PATH, created when
 * absent), `local` (commands on this machine) and `ssh://USER@HOST[:PORT]` (key from `identity`
 * or PHOENIX_SSH_KEY, host key pinned from `knownHosts` or PHOENIX_KNOWN_HOSTS). The SSH module
 * (and ssh2) is only loaded for SSH targets.
 *
 * `local+sudo` (or `local` with PHOENIX_SUDO=1 in the environment) runs every command as
 * `sudo -n -- ARGV`: for a self-hosted runner that runs as its own user, not root, and may run
 * exactly the commands of the generated sudoers allow-list (docs/runner-setup.md). `-n` makes a
 * command that the allow-list does not cover fail at once instead of waiting for a password.
 *
 * `openHostPort` (src/host/open-port.ts) puts the host port on top of these transports.
 */
import { resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import type { HostTransport } from './transport.js';

export interface TargetOptions {
  /** SSH private key file (else PHOENIX_SSH_KEY). */
  readonly identity?: string;
  /** OpenSSH known_hosts file (else PHOENIX_KNOWN_HOSTS). */
  readonly knownHosts?: string;
  /** Pinned host key fingerprint(s), `SHA256:...`. */
  readonly fingerprint?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Simulated node the commands run on (sim targets). */
  readonly simNode?: string;
  /** Working directory for relative `sim:` paths (default: the process's). */
  readonly cwd?: string;
}

/** What `local+sudo` puts before every command. */
export const SUDO_PREFIX: readonly string[] = ['sudo', '-n', '--'];

/** PHOENIX_SUDO=1 / true / yes turns `local` into `local+sudo`. */
export function sudoRequested(env: NodeJS.ProcessEnv): boolean {
  return /^(1|true|yes)$/i.test(env.PHOENIX_SUDO?.trim() ?? '');
}

/** Runs every command of `inner` through `prefix` (sudo). The audit log, outside, keeps the plain argv. */
export function withSudo(inner: HostTransport, prefix: readonly string[] = SUDO_PREFIX): HostTransport {
  return {
    description: `${inner.description}+sudo`,
    run: (argv, options) => inner.run([...prefix, ...argv], options),
    close: () => inner.close(),
  };
}

export function describeTargetSyntax(): string {
  return 'sim:PATH, local or ssh://USER@HOST[:PORT]';
}

export async function createTransport(url: string, options: TargetOptions = {}): Promise<HostTransport> {
  const env = options.env ?? process.env;
  if (url.startsWith('sim:')) {
    const path = url.slice('sim:'.length);
    if (path === '')
      throw new UserError(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
    const { SimTransport } = await import('./sim-transport.js');
    return new SimTransport(resolve(options.cwd ?? process.cwd(), path), { env, node: options.simNode });
  }
  if (url === 'local' || url === 'local+sudo') {
    const { LocalTransport } = await import('./local-transport.js');
    const local = new LocalTransport({ env });
    return url === 'local+sudo' || sudoRequested(env) ? withSudo(local) : local;
  }
  if (url.startsWith('ssh://')) {
    const { createSshTransport } = await import('./ssh-transport.js');
    return createSshTransport(url, {
      identity: options.identity,
      knownHosts: options.knownHosts,
      fingerprint: options.fingerprint,
      env,
    });
  }
  throw new UserError(`unknown target '${url}': expected ${describeTargetSyntax()}`, 2);
}

/** Alias of `createTransport`. */
export const openTarget = createTransport;
