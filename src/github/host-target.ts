/**
 * The host an action works on (apply, drift): the `target` input and, for `ssh://` targets, the
 * private key and known_hosts given as inputs (usually secrets). Secret values are masked in the
 * job log before anything else happens (`::add-mask::`, as core.setSecret writes it), each line of
 * a multi-line key too, because the runner masks a multi-line value only as a whole.
 */
import { resolve } from 'node:path';
import { openHostPort } from '../host/open-port.js';
import type { HostPort } from '../host/port.js';
import { getOptionalInput } from './inputs.js';
import type { RunnerEnv } from './runner-files.js';

export interface HostTargetSettings {
  /** `local` (the self-hosted runner on the host), `local+sudo`, `ssh://USER@HOST[:PORT]` or `sim:PATH`. */
  readonly target: string;
  /** Private key text (or a key file path) for ssh:// targets; becomes PHOENIX_SSH_KEY. */
  readonly sshKey?: string;
  readonly sshKeyPassphrase?: string;
  /** known_hosts text (or file) pinning the host key; becomes PHOENIX_KNOWN_HOSTS. */
  readonly knownHosts?: string;
  /** Append one JSON line per host command here. */
  readonly auditLog?: string;
}

export function getHostTargetSettings(
  env: RunnerEnv,
  overrides: { target?: string; auditLog?: string } = {},
): HostTargetSettings {
  return {
    target: overrides.target ?? getOptionalInput(env, 'target') ?? 'local',
    sshKey: getOptionalInput(env, 'ssh-key'),
    sshKeyPassphrase: getOptionalInput(env, 'ssh-key-passphrase'),
    knownHosts: getOptionalInput(env, 'known-hosts'),
    auditLog: overrides.auditLog ?? getOptionalInput(env, 'audit-log'),
  };
}

/** The values to mask: the key, its passphrase, and every line of the key except its armor. */
export function secretValues(t: HostTargetSettings): string[] {
  const out: string[] = [];
  for (const value of [t.sshKey, t.sshKeyPassphrase]) {
    if (!value) continue;
    out.push(value);
    for (const line of value.split(/\r?\n/)) {
      const l = line.trim();
      if (l.length >= 8 && !/^-----(BEGIN|END) /.test(l) && l !== value) out.push(l);
    }
  }
  return [...new Set(out)];
}

export type Masker = (secret: string) => void;

/**
 * `env` with the SSH credentials set where the SSH transport reads them (PHOENIX_SSH_KEY,
 * PHOENIX_SSH_KEY_PASSPHRASE, PHOENIX_KNOWN_HOSTS), for the inputs that were given.
 */
export function withSshCredentials(
  t: HostTargetSettings,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env };
  if (t.sshKey) out.PHOENIX_SSH_KEY = t.sshKey;
  if (t.sshKeyPassphrase) out.PHOENIX_SSH_KEY_PASSPHRASE = t.sshKeyPassphrase;
  if (t.knownHosts) out.PHOENIX_KNOWN_HOSTS = t.knownHosts;
  return out;
}

/**
 * Masks the secrets, then opens the host port through the target factory (with the audit log
 * when asked). The key and known_hosts reach the SSH transport through its environment, never
 * through files in the workspace.
 */
export async function openHostTarget(
  t: HostTargetSettings,
  env: RunnerEnv,
  cwd: string,
  mask: Masker,
): Promise<HostPort> {
  for (const s of secretValues(t)) mask(s);
  return openHostPort(t.target, {
    env: withSshCredentials(t, env),
    cwd,
    auditLog: t.auditLog ? resolve(cwd, t.auditLog) : undefined,
  });
}
