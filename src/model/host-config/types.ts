/**
 * The hypervisor as phoenix_hypervisor_config.json (plus what the guests need from the host)
 * describes it, resolved once: the typed `HostConfig` that `validate` checks and
 * `setup-hypervisor` applies, and the findings (at JSON paths) met while resolving it. Pure
 * data; no secrets (those are bound only when setup runs).
 */
import type { Severity } from '../../config/diagnostics.js';
import type { JsonPath } from '../../config/json-source.js';
import type { ConfigFileKey, FirewallRule } from '../types.js';
import type { StorageContent } from '../../dialect/storage-content.js';

/** Proxmox storage content types. */
export type { StorageContent };

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
  /** The subnet written for it (`internal_bridge.subnet`), which `address` defaults from. */
  readonly subnet?: string;
  /** Where the file writes `address`; undefined when it is derived from `subnet` or absent. */
  readonly addressPath?: JsonPath;
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
      /** Restricted to these cluster nodes (`nodes` of storage.cfg); every node when absent. */
      readonly nodes?: readonly string[];
      readonly path: JsonPath;
    }
  | {
      readonly id: string;
      readonly type: 'dir';
      readonly dir: string;
      readonly content: readonly StorageContent[];
      /** Restricted to these cluster nodes (`nodes` of storage.cfg); every node when absent. */
      readonly nodes?: readonly string[];
      readonly path: JsonPath;
    }
  | {
      readonly id: string;
      readonly type: 'nfs';
      readonly server: string;
      readonly export: string;
      readonly options?: string;
      readonly content: readonly StorageContent[];
      /** Restricted to these cluster nodes (`nodes` of storage.cfg); every node when absent. */
      readonly nodes?: readonly string[];
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
  /** Always `import`: the content apply imports VM disks from (see image-volume.ts). */
  readonly content: 'import';
  readonly checksum?: string;
  readonly checksumAlgorithm?: 'sha256' | 'sha512';
  readonly usedBy: readonly string[];
}

export interface PackageNeed {
  readonly name: string;
  readonly reason: string;
}

/** One node of `cluster.nodes`, with the sections it brings for itself. */
export interface ClusterNodeDef {
  readonly name: string;
  /** Replaces the top-level `network` on this node (the domain stays the file's). */
  readonly network?: HostConfig['network'];
  /** Replaces the top-level `zfs` on this node. */
  readonly zfs?: HostConfig['zfs'];
  /** The storages of this node's own datasets (merged into `HostConfig.storages`). */
  readonly storages?: readonly StorageDef[];
  /** Where the node's entry is (its own sections' paths are relative to it). */
  readonly path: JsonPath;
}

export interface ClusterDef {
  readonly defaultNode?: string;
  readonly nodes: readonly ClusterNodeDef[];
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
    /** `network.public_bridge`: a bridge the guests may use that the host already has. */
    readonly publicBridge?: string;
  };
  readonly zfs: {
    readonly arcMaxBytes?: number;
    readonly pools: readonly PoolDef[];
    readonly datasets: readonly DatasetDef[];
  };
  /** Storages setup-hypervisor registers: one per typed dataset, then `storages[]`. */
  readonly storages: readonly StorageDef[];
  /** `proxmox_storage_ids` values: storages the guests may use, defined outside this file. */
  readonly storageIds: ReadonlyArray<{ readonly id: string; readonly path: JsonPath }>;
  readonly nfs: readonly NfsExportDef[];
  readonly samba?: SambaDef;
  readonly vfio?: VfioDef;
  readonly nvidia?: NvidiaDef;
  readonly access: AccessDef;
  readonly firewall?: FirewallDef;
  readonly apparmor: readonly ApparmorProfileDef[];
  readonly templates: { readonly lxc: readonly LxcTemplateDef[]; readonly images: readonly CloudImageDef[] };
  /** The `cluster` block: the nodes to set up and their own sections; absent for a single host. */
  readonly cluster?: ClusterDef;
}

/** A problem met while resolving the files, at a JSON path of one of them. */
export interface HostFinding {
  readonly file: ConfigFileKey;
  readonly path: JsonPath;
  readonly severity: Severity;
  /** `PHX-HV-*` */
  readonly rule: string;
  readonly message: string;
}

export interface ResolvedHostConfig {
  /**
   * Undefined when the hypervisor file is absent or not a JSON object. With findings, the parts
   * that could not be read are left out (so `validate` can still check the rest).
   */
  readonly config?: HostConfig;
  readonly findings: readonly HostFinding[];
}
