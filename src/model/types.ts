/**
 * The desired state: guests and hypervisor settings resolved from the three config files,
 * with defaults and inheritance applied. Pure data; nothing here does I/O.
 */
import type { JsonPath } from '../config/json-source.js';

export type GuestKind = 'lxc' | 'qemu';

/** Where a guest (or one of its fields) came from, for located diagnostics. */
export interface Origin {
  /** File name inside the config dir, e.g. `phoenix_lxc_configs.json`. */
  readonly file: string;
  /** JSON path of the guest object inside that file. */
  readonly path: JsonPath;
}

export interface NetworkInterface {
  /** Proxmox index: `net0`, `net1`, `ipconfig0`... */
  readonly index: number;
  /** Interface name inside the guest (LXC), e.g. `eth0`. */
  readonly name: string;
  readonly bridge: string;
  /** `dhcp`, or an address in CIDR notation; undefined when not configured. */
  readonly ip?: string;
  readonly gw?: string;
  readonly hwaddr?: string;
  /** VLAN tag when the bridge was written as `vmbr0.20`. */
  readonly tag?: number;
  readonly firewall?: boolean;
  /** JSON path of the object that defined it. */
  readonly path: JsonPath;
}

export interface FirewallRule {
  readonly type: 'in' | 'out' | 'group';
  readonly action: string;
  readonly proto?: string;
  readonly source?: string;
  readonly dest?: string;
  readonly port?: string;
  readonly comment?: string;
}

export interface HealthCheck {
  readonly command: string;
  readonly retries: number;
  /** Seconds between attempts. */
  readonly interval: number;
}

export interface TestScript {
  readonly suite: string;
  readonly name: string;
  /** Path relative to `<config-dir>/tests/`. */
  readonly path: string;
  readonly jsonPath: JsonPath;
  /** A failure fails the guest (default); false: reported only (`"blocking": false`). */
  readonly blocking: boolean;
}

export interface MountPoint {
  /** Host path or volume (`storage:size` when a new volume is allocated). */
  readonly source: string;
  readonly target: string;
  readonly readOnly?: boolean;
  readonly sizeGb?: number;
  readonly path: JsonPath;
}

/**
 * One resolved guest. The Proxmox config key each field becomes is the row naming the field in its
 * `from` column in src/dialect/lxc-keys.ts / qemu-keys.ts (plan/desired-config.ts does the mapping).
 */
export interface Guest {
  readonly kind: GuestKind;
  readonly id: number;
  /** Hostname / VM name. */
  readonly name: string;
  readonly origin: Origin;
  /** Converted to a Proxmox template at the end of its lifecycle. */
  readonly isTemplate: boolean;
  /** ID of the guest this one is cloned from. */
  readonly cloneFrom?: number;
  /** LXC: OS template archive (`local:vztmpl/...` or a path); VM: cloud image file name. */
  readonly osTemplate?: string;
  /** Snapshot taken at the end of the lifecycle, which clones of this guest start from. */
  readonly templateSnapshotName?: string;
  readonly memoryMb: number;
  readonly swapMb?: number;
  readonly cores: number;
  readonly storagePool: string;
  readonly diskSizeGb: number;
  /** LXC only. */
  readonly unprivileged?: boolean;
  readonly startAtBoot: boolean;
  readonly bootOrder?: number;
  readonly bootDelay?: number;
  readonly networks: readonly NetworkInterface[];
  readonly nameservers: readonly string[];
  /** Feature scripts, in order: `<config-dir>/features/<name>.sh`. */
  readonly features: readonly string[];
  /** `pct` features such as `nesting=1`, `keyctl=1`. */
  readonly pctFeatures: Readonly<Record<string, string>>;
  readonly applicationScript?: string;
  readonly dependencies: readonly number[];
  readonly healthCheck?: HealthCheck;
  readonly tests: readonly TestScript[];
  /**
   * Lifecycle snapshots on (`enable_lifecycle_snapshots`, on unless set to false): the snapshot
   * after configuration and the one after the health check and tests (lifecycle.ts).
   */
  readonly lifecycleSnapshots: boolean;
  /** Their names (`snapshots` of the guest; `vm_defaults.snapshots` for VMs); defaults in lifecycle.ts. */
  readonly lifecycleSnapshotNames?: LifecycleSnapshotNames;
  /** Raw `lxc.*` lines for the container config file. */
  readonly lxcOptions: readonly string[];
  readonly apparmorProfile?: string;
  /** GPU indexes passed through (LXC). */
  readonly gpus: readonly number[];
  readonly mountPoints: readonly MountPoint[];
  /**
   * LXC: a mount point volume that leaves the config is deleted with its data (else Proxmox keeps
   * it detached as `unusedN`). Apply also needs `--allow-data-loss`. Off unless set.
   */
  readonly allowDestroyVolumes?: boolean;
  readonly firewall?: { readonly enabled: boolean; readonly rules: readonly FirewallRule[] };
  /** VM: cloud-init user name. */
  readonly ciUser?: string;
  /** Cluster node the guest lives on; undefined means the local node. */
  readonly node?: string;
  /** Never destroyed by Phoenix; sets Proxmox `protection`. */
  readonly protection?: boolean;
  /** The guest's object exactly as written (handed to feature and application scripts). */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface NvidiaSettings {
  readonly driverVersion?: string;
  readonly repoUrl?: string;
  readonly runfileUrl?: string;
}

export interface DesiredState {
  /** Sorted by id. */
  readonly guests: readonly Guest[];
  readonly nvidia: NvidiaSettings;
  /**
   * Guests Phoenix tagged but which are no longer in the config may be destroyed, per kind
   * (top-level `allow_destroy` in the LXC or VM file). Off unless set.
   */
  readonly allowDestroy: Readonly<Record<GuestKind, boolean>>;
  /** The hypervisor config as written (setup-hypervisor reads it), or undefined when absent. */
  readonly hypervisor?: Readonly<Record<string, unknown>>;
}

export const CONFIG_FILES = {
  hypervisor: 'phoenix_hypervisor_config.json',
  lxc: 'phoenix_lxc_configs.json',
  vm: 'phoenix_vm_configs.json',
} as const;
export type ConfigFileKey = keyof typeof CONFIG_FILES;

/** Names of a guest's two lifecycle snapshots (`snapshots.pre-features`, `snapshots.post-features`). */
export interface LifecycleSnapshotNames {
  /** After configuration, before features and scripts (default `pre-configured`). */
  readonly preConfigured?: string;
  /** After the health check and tests (default `final-form`). */
  readonly finalForm?: string;
}
