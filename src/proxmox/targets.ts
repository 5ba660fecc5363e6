/**
 * What the shell targets share: the options that reach a host (SSH key and host key pin, the
 * environment, the simulated node, the working directory of relative `sim:` paths) and the sudo
 * wrapper of `local+sudo`. Which URL opens which transport is the target factory's
 * (src/host/open-port.ts), the one place a kind of target is named.
 *
 * `local+sudo` (or `local` with PHOENIX_SUDO=1 in the environment) runs every command as
 * `sudo -n -- ARGV`: for a self-hosted runner that runs as its own user, not root, and may run
 * exactly the commands of the generated sudoers allow-list (docs/runner-setup.md). `-n` makes a
 * command that the allow-list does not cover fail at once instead of waiting for a password.
 */
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
    ...(inner.hostTimeouts ? { hostTimeouts: true } : {}),
    run: (argv, options) => inner.run([...prefix, ...argv], options),
    close: () => inner.close(),
  };
}
