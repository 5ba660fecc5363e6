/**
 * The shape of a host need (host-gaps.ts holds the table): the host facts a check reads, and the
 * gaps it reports for one guest.
 */
import type { Guest } from '../model/types.js';
import type { LiveStorage } from '../model/live-state.js';

/** Host facts the checks read, built once per plan. */
export interface HostFacts {
  readonly storages: ReadonlyMap<string, LiveStorage>;
  readonly bridges: ReadonlySet<string>;
  readonly nodes: ReadonlySet<string>;
  readonly templates: ReadonlySet<string>;
  /** Volume ids of `import` content; undefined when the state does not list them. */
  readonly images?: ReadonlySet<string>;
  /** Whether the plan creates the guest (not clones or keeps it). */
  readonly creating: (g: Guest) => boolean;
  /** The volume id (or path) a VM's template_image is imported from. */
  readonly imageVolume: (file: string) => string;
  /** Entries directly under /dev; undefined when the state does not list them. */
  readonly deviceNodes?: ReadonlySet<string>;
  /** Profiles in /etc/apparmor.d/lxc; undefined when the state does not list them. */
  readonly apparmorProfiles?: ReadonlySet<string>;
  /**
   * Whether the device and profile listings describe the guest's node: they are read on the host
   * the state is read from, so in a cluster they say nothing of a guest placed on another node.
   */
  readonly onListedHost: (g: Guest) => boolean;
  /** GPUs are passed as `devN` entries (Proxmox VE 8.1+), which Proxmox checks; else optional bind mounts. */
  readonly devPassthrough: boolean;
}

export interface HostGap {
  readonly name: string;
  readonly message: string;
  /** The plan cannot be applied while the host lacks it. */
  readonly blocking: boolean;
}

export interface HostNeed {
  readonly kind: string;
  readonly check: (g: Guest, host: HostFacts) => readonly HostGap[];
}
