/**
 * The host as `setup-hypervisor` wants it (resolved from phoenix_hypervisor_config.json and the
 * guests that need templates), the changes a step finds, and the step contract. Pure data.
 */
import type { JsonPath } from '../config/json-source.js';
import type { FirewallRule } from '../model/types.js';
import type { StorageContent } from '../proxmox/commands.js';
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

export interface BridgeDef {
  readonly name: string;
  /** CIDR; undefined with `manual` for a bridge the host has no address on. */
  readonly address?: string;
  readonly gateway?: string;
  readonly ports: readonly string[];
  readonly vlanAware: boolean;
  readonly comment?: string;
  /** The main bridge (`network.interfaces`): usually already in /etc/network/interfaces. */
  readonly main: boolean;
  readonly path: JsonPath;
}

export interface VlanDef {
  /** `vmbr0.20` */
  readonly name: string;
  readonly device: string;
  readonly tag: number;
  readonly address?: string;
  readonly path: JsonPath;
}

export interface HostsEntry {
  readonly address: string;
  readonly names: readonly string[];
}

export type PoolLayout = 'single' | 'mirror' | 'raidz' | 'raidz1' | 'raidz2' | 'raidz3';

export interface PoolDef {
  readonly name: string;
  readonly layout: PoolLayout;
  readonly disks: readonly string[];
  readonly path: JsonPath;
}

export interface DatasetDef {
  /** `pool/name` */
  readonly full: string;
  readonly pool: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly path: JsonPath;
}

export type StorageDef =
  | {
      readonly id: string;
      readonly type: 'zfspool';
      readonly pool: string;
      readonly content: readonly StorageContent[];
      readonly path: JsonPath;
    }
  | {
      readonly id: string;
      readonly type: 'dir';
      readonly dir: string;
      readonly content: readonly StorageContent[];
      readonly path: JsonPath;
    }
  | {
      readonly id: string;
      readonly type: 'nfs';
      readonly server: string;
      readonly export: string;
      readonly options?: string;
      readonly content: readonly StorageContent[];
      readonly path: JsonPath;
    };

export interface NfsExportDef {
  readonly path: string;
  readonly clients: readonly string[];
  readonly options: readonly string[];
}

export interface SambaShareDef {
  readonly name: string;
  readonly path: string;
  readonly options: ReadonlyArray<readonly [string, string]>;
  readonly validUsers: readonly string[];
}

export interface SambaDef {
  readonly user: string;
  readonly shares: readonly SambaShareDef[];
}

export interface VfioDef {
  readonly iommu: 'intel' | 'amd';
  /** `vendor:device` ids bound to vfio-pci at boot. */
  readonly pciIds: readonly string[];
}

export interface NvidiaDef {
  readonly version: string;
  readonly runfileUrl: string;
}

export interface AdminUserDef {
  readonly username: string;
  readonly sudo: boolean;
  readonly sshKey?: string;
}

export interface PveUserDef {
  readonly userid: string;
  readonly groups: readonly string[];
  readonly comment?: string;
  /** Environment variable holding the initial password (realm `pve` users). */
  readonly passwordEnv?: string;
}

export interface AclDef {
  readonly path: string;
  readonly roles: readonly string[];
  readonly users: readonly string[];
  readonly groups: readonly string[];
  readonly tokens: readonly string[];
  readonly propagate: boolean;
}

export interface TokenDef {
  readonly userid: string;
  readonly id: string;
  readonly comment?: string;
  readonly privsep: boolean;
}

export interface AccessDef {
  readonly admin?: AdminUserDef;
  readonly groups: ReadonlyArray<{ readonly id: string; readonly comment?: string }>;
  readonly users: readonly PveUserDef[];
  readonly acls: readonly AclDef[];
  readonly tokens: readonly TokenDef[];
}

export interface FirewallDef {
  readonly enabled: boolean;
  readonly policyIn: 'ACCEPT' | 'DROP' | 'REJECT';
  readonly policyOut: 'ACCEPT' | 'DROP' | 'REJECT';
  readonly rules: readonly FirewallRule[];
}

export interface ApparmorProfileDef {
  readonly name: string;
  readonly text: string;
  /** Who needs it, e.g. `CT 953`. */
  readonly usedBy: readonly string[];
}

export interface LxcTemplateDef {
  readonly storage: string;
  readonly template: string;
  readonly usedBy: readonly string[];
}

export interface CloudImageDef {
  readonly storage: string;
  readonly file: string;
  readonly url: string;
  readonly content: 'iso' | 'import';
  readonly checksum?: string;
  readonly checksumAlgorithm?: 'sha256' | 'sha512';
  readonly usedBy: readonly string[];
}

/** Secret values for this run, from the environment or action inputs (never from the config). */
export interface SetupSecrets {
  /** crypt(3) hash for the admin user (PHOENIX_ADMIN_PASSWORD_HASH). */
  readonly adminPasswordHash?: string;
  /** PHOENIX_SAMBA_PASSWORD */
  readonly sambaPassword?: string;
  /** By environment variable name (`password_env` of Proxmox users). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface PackageNeed {
  readonly name: string;
  readonly reason: string;
}

export interface HostConfig {
  /** Display path of the hypervisor file. */
  readonly file: string;
  readonly timezone?: string;
  readonly ntpServers: readonly string[];
  readonly apt: { readonly noSubscription: boolean; readonly packages: readonly PackageNeed[] };
  readonly network: {
    readonly domain?: string;
    readonly bridges: readonly BridgeDef[];
    readonly vlans: readonly VlanDef[];
    readonly hosts: readonly HostsEntry[];
  };
  readonly zfs: {
    readonly arcMaxBytes?: number;
    readonly pools: readonly PoolDef[];
    readonly datasets: readonly DatasetDef[];
  };
  readonly storages: readonly StorageDef[];
  readonly nfs: readonly NfsExportDef[];
  readonly samba?: SambaDef;
  readonly vfio?: VfioDef;
  readonly nvidia?: NvidiaDef;
  readonly access: AccessDef;
  readonly firewall?: FirewallDef;
  readonly apparmor: readonly ApparmorProfileDef[];
  readonly templates: { readonly lxc: readonly LxcTemplateDef[]; readonly images: readonly CloudImageDef[] };
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
  check(host: SetupHost, config: HostConfig): Promise<Change[]>;
  /** Makes the host match; `changes` is what `check` just returned (none blocked). */
  apply(host: SetupHost, config: HostConfig, changes: readonly Change[]): Promise<void>;
}
