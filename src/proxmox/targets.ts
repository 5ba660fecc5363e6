/**
 * Target URL to transport: `sim:PATH` (the embedded simulator, state in PATH, created when
 * absent), `local` (commands on this machine) and `ssh://USER@HOST[:PORT]` (key from `identity`
 * or PHOENIX_SSH_KEY, host key pinned from `knownHosts` or PHOENIX_KNOWN_HOSTS). The SSH module
 * (and ssh2) is only loaded for SSH targets.
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
  if (url === 'local') {
    const { LocalTransport } = await import('./local-transport.js');
    return new LocalTransport({ env });
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
