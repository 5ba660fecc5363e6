/**
 * The shape of a host need (host-gaps.ts holds the table): the host facts a check reads, and the
 * gaps it reports for one guest.
 */
import type { Guest } from '../model/types.js';
import type { LiveStorage } from '../model/live-state.js';

/** Host facts the checks read, built once per plan. */
export interface HostFacts {
  /** The cluster node these facts are of; undefined on a single host (or when unknown). */
  readonly node?: string;
  /** Storages usable on the node: the shared ones and its own. */
  readonly storages: ReadonlyMap<string, LiveStorage>;
  /** Ids of every storage of the cluster, for telling "elsewhere" from "nowhere". */
  readonly clusterStorages: ReadonlySet<string>;
  readonly bridges: ReadonlySet<string>;
  readonly templates: ReadonlySet<string>;
  /** Volume ids of `import` content; undefined when the state does not list them. */
  readonly images?: ReadonlySet<string>;
  /** Whether the plan creates the guest (not clones or keeps it). */
  readonly creating: (g: Guest) => boolean;
  /** The volume id (or path) a VM's template_image is imported from. */
  readonly imageVolume: (file: string) => string;
  /**
   * Entries directly under /dev on the node; undefined when the state does not list them for it
   * (an older state file lists them for the host it was read on only).
   */
  readonly deviceNodes?: ReadonlySet<string>;
  /** Profiles in /etc/apparmor.d/lxc on the node; undefined when not listed for it. */
  readonly apparmorProfiles?: ReadonlySet<string>;
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
