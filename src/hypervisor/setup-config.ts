/**
 * Binding the resolved `HostConfig` to one setup run: secrets from the environment (never from
 * the files) and the disks the operator confirmed may be wiped. `buildHostConfig` does the whole
 * of it for parsed sources: resolve (the one model resolver), locate the `PHX-HV-*` findings, bind.
 */
import type { Diagnostic } from '../config/diagnostics.js';
import type { JsonSource } from '../config/json-source.js';
import { hostDiagnostics } from '../config/rules/host-config.js';
import { resolveHostConfig } from '../model/host-config/resolve.js';
import type { HostConfig } from '../model/host-config/types.js';
import type { ConfigFileKey, Guest } from '../model/types.js';
import type { SetupConfig, SetupSecrets } from './types.js';

/** Environment variables setup-hypervisor reads secrets from. */
export const SECRET_ENV = {
  adminPasswordHash: 'PHOENIX_ADMIN_PASSWORD_HASH',
  sambaPassword: 'PHOENIX_SAMBA_PASSWORD',
} as const;

export function secretsFromEnv(env: Readonly<Record<string, string | undefined>>): SetupSecrets {
  return {
    adminPasswordHash: env[SECRET_ENV.adminPasswordHash] || undefined,
    sambaPassword: env[SECRET_ENV.sambaPassword] || undefined,
    env,
  };
}

export interface HostConfigResult {
  /** Undefined when there are errors. */
  readonly config?: SetupConfig;
  readonly diagnostics: Diagnostic[];
}

/** The run's config, or none when the host findings hold an error (or there is no file). */
export function bindSetup(
  host: HostConfig | undefined,
  diagnostics: Diagnostic[],
  secrets: SetupSecrets,
  confirmDestructive: readonly string[] = [],
): HostConfigResult {
  if (!host || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { diagnostics, config: { ...host, secrets, confirmDestructive: new Set(confirmDestructive) } };
}

export interface BuildHostConfigInput {
  /** Config dir as the user gave it (for display paths). */
  readonly dir: string;
  readonly sources: Partial<Record<ConfigFileKey, JsonSource>>;
  readonly guests: readonly Guest[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly confirmDestructive?: readonly string[];
  /** Text of `<dir>/apparmor/<name>`, or undefined when absent. */
  readonly readApparmorSource: (name: string) => string | undefined;
}

/** The setup model of parsed sources: resolved, its findings located, bound to `env`. */
export function buildHostConfig(input: BuildHostConfigInput): HostConfigResult {
  const resolved = resolveHostConfig({
    dir: input.dir,
    hypervisor: input.sources.hypervisor?.value,
    guests: input.guests,
    readApparmorSource: input.readApparmorSource,
  });
  const loaded = { dir: input.dir, sources: input.sources, present: {}, diagnostics: [] };
  return bindSetup(
    resolved.config,
    hostDiagnostics(loaded, resolved),
    secretsFromEnv(input.env),
    input.confirmDestructive,
  );
}
