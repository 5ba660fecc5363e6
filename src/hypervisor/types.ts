/**
 * What one `setup-hypervisor` run works with: the resolved `HostConfig` (src/model/host-config/)
 * bound to this run's secrets and confirmations, the changes a step finds, and the step
 * contract. Pure data.
 *
 * A setup change and the Plan (src/plan/types.ts) say the same kind of thing in the same words: a
 * change's `kind` is one of the Plan's actions (create, update, delete) or `run`; its payload is
 * told apart by `op`, like a Plan `Step`; and apply acts only on what was found, never re-deriving
 * intent from the config. They stay two models on purpose: a Plan is made in one run, hashed,
 * reviewed and applied in another, so it is serialisable and shown in full; a setup change
 * lives for one run (check, apply at once, check again), is never stored, and its payload may hold
 * secrets (passwords in commands), which is why no report shows it.
 */
import type { HostConfig } from '../model/host-config/types.js';
import type { PlanAction } from '../plan/types.js';
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
  'admin',
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

/**
 * What happens to a change's target, in the Plan's words (`PlanAction`), plus `run` for an action
 * that leaves no object behind (load a module, start a service).
 */
export type ChangeKind = Extract<PlanAction, 'create' | 'update' | 'delete'> | 'run';

/**
 * What every finding of a check says, for people and for the runner. This is all a report shows:
 * never a payload.
 */
export interface ChangeHead {
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
}

/** A payload: what apply needs for one change, told apart by `op` (as a Plan `Step` is). */
export interface Payload {
  readonly op: string;
}

/** One difference between the host and the config that apply removes, with the payload D it needs. */
export interface Change<D extends Payload> extends ChangeHead {
  readonly info?: false;
  readonly data: D;
}

/** For the reader only (a warning, a pending reboot): nothing to apply, so no payload. */
export interface Note extends ChangeHead {
  readonly info: true;
}

/**
 * A difference Phoenix will not remove (an interface the installer set up, a storage defined
 * otherwise): always blocked, so apply never sees it and it carries no payload.
 */
export interface Conflict extends ChangeHead {
  readonly info?: false;
  readonly blocked: string;
}

/** What a step's check finds. */
export type Finding<D extends Payload> = Change<D> | Note | Conflict;

/**
 * `cluster`: the step's objects live in pmxcfs (/etc/pve: users, ACLs, tokens, cluster.fw,
 * storage.cfg), which every node shares, so it runs once, on the connected node. `node`: they live
 * on one machine (disks, network, packages, kernel modules, files outside /etc/pve), so it runs on
 * each node set up, through the node hop (proxmox/commands/hop.ts) for the others.
 */
export type StepScope = 'cluster' | 'node';

/**
 * One setup step, generic over its payload D (a union discriminated by `op` when the step makes
 * several kinds of change). Wrapped by `defineStep` (steps/define.ts) into an `AnySetupStep`.
 */
export interface SetupStep<D extends Payload> {
  readonly id: StepId;
  readonly title: string;
  readonly dependsOn: readonly StepId[];
  /** Where its objects live: once for the cluster, or on each node (see `StepScope`). */
  readonly scope: StepScope;
  /** Read-only: what differs. Runs only read-only host commands. */
  check(host: SetupHost, config: SetupConfig): Promise<Finding<D>[]>;
  /** Makes the host match; `changes` are the changes `check` just found (none blocked), in order. */
  apply(host: SetupHost, config: SetupConfig, changes: readonly Change<D>[]): Promise<void>;
}

/** What one check of a step found, bound to the means of applying exactly that. */
export interface CheckedStep {
  /** Every finding, info notes included, in the check's order (payloads are not visible here). */
  readonly found: readonly ChangeHead[];
  /** Applies the changes found (refused when one is blocked) on the host and config it checked. */
  apply(): Promise<void>;
}

/** A setup step whatever its payload type: what the step list and the runner hold. */
export interface AnySetupStep {
  readonly id: StepId;
  readonly title: string;
  readonly dependsOn: readonly StepId[];
  readonly scope: StepScope;
  check(host: SetupHost, config: SetupConfig): Promise<CheckedStep>;
}
