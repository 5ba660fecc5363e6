/**
 * What one `setup-hypervisor` run works with: the resolved `HostConfig` (src/model/host-config/)
 * bound to this run's secrets and confirmations, the changes a step finds, and the step
 * contract. Pure data.
 */
import type { HostConfig } from '../model/host-config/types.js';
import type { SetupHost } from './host.js';

export const STEP_IDS = [
  'apt',
  'time',
  'network',
  'zfs-pools',
  'zfs-datasets',
  'zfs-arc',
  'storages',
  'nfs',
  'samba',
  'vfio',
  'nvidia',
  'access',
  'firewall',
  'apparmor',
  'templates',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Secret values for this run, from the environment or action inputs (never from the config). */
export interface SetupSecrets {
  /** crypt(3) hash for the admin user (PHOENIX_ADMIN_PASSWORD_HASH). */
  readonly adminPasswordHash?: string;
  /** PHOENIX_SAMBA_PASSWORD */
  readonly sambaPassword?: string;
  /** By environment variable name (`password_env` of Proxmox users). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The resolved host config bound to one setup run: its secrets and the operator's confirmations. */
export interface SetupConfig extends HostConfig {
  readonly secrets: SetupSecrets;
  /** Disks the operator allowed to be wiped (`--confirm-destructive`). */
  readonly confirmDestructive: ReadonlySet<string>;
}

export type ChangeKind = 'create' | 'update' | 'delete' | 'run';

/** One difference between the host and the config, found by a step's read-only check. */
export interface Change {
  readonly kind: ChangeKind;
  /** What changes: `package samba`, `/etc/hosts`, `pool quickOS`. */
  readonly target: string;
  /** One line for people. */
  readonly summary: string;
  /** Unified-diff-like lines (`+ x`, `- y`) for files and property sets. */
  readonly diff?: readonly string[];
  /** Set when apply must not proceed (data on a disk, a conflicting definition, a missing secret). */
  readonly blocked?: string;
  /** Destroys data (wiping a confirmed disk). */
  readonly destructive?: boolean;
  /** Takes full effect only after a reboot. */
  readonly reboot?: boolean;
  /** For the reader only (a warning, a pending reboot): nothing to apply, not a difference. */
  readonly info?: boolean;
  /** Step-private payload for apply. */
  readonly data?: unknown;
}

export interface SetupStep {
  readonly id: StepId;
  readonly title: string;
  readonly dependsOn: readonly StepId[];
  /** Read-only: what differs. Runs only read-only host commands. */
  check(host: SetupHost, config: SetupConfig): Promise<Change[]>;
  /** Makes the host match; `changes` is what `check` just returned (none blocked). */
  apply(host: SetupHost, config: SetupConfig, changes: readonly Change[]): Promise<void>;
}
