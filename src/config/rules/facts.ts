/**
 * Facts the rules look up many times, computed once per run: guests by ID, and what the
 * resolved hypervisor config defines (storage IDs with their content types, bridges and their
 * subnets). Read from the `HostConfig`, never from the raw file.
 */
import type { BridgeDef, HostConfig } from '../../model/host-config/types.js';
import type { Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import { parseHostCidr, parseSubnet, type Cidr } from './net-addr.js';

/** Storages every Proxmox VE host has after installation (`local-zfs` on ZFS-root installs). */
export const DEFAULT_STORAGES: readonly string[] = ['local', 'local-lvm', 'local-zfs'];
/** The bridge the Proxmox VE installer creates. */
export const DEFAULT_BRIDGES: readonly string[] = ['vmbr0'];

export interface StorageFact {
  /** Content types when the config says (`images`, `rootdir`, ...); undefined when unknown. */
  readonly content?: ReadonlySet<string>;
  /** Where it is defined in the hypervisor file. */
  readonly path?: JsonPath;
}

export interface HostAddress {
  readonly bridge: string;
  readonly addr: number;
  readonly path: JsonPath;
}

export interface HypervisorFacts {
  readonly storages: ReadonlyMap<string, StorageFact>;
  readonly bridges: ReadonlySet<string>;
  /** Known subnet per bridge (from the host's own address on it, or an explicit `subnet`). */
  readonly subnets: ReadonlyMap<string, Cidr>;
  /** The hypervisor's own addresses: guests must not reuse them. */
  readonly hostAddresses: readonly HostAddress[];
}

/** Storage facts: Proxmox defaults, every dataset (`<pool>-<dataset>`), the named ids, `storages[]`. */
function collectStorages(host: HostConfig): Map<string, StorageFact> {
  const out = new Map<string, StorageFact>();
  for (const id of DEFAULT_STORAGES) out.set(id, {});
  const registered = new Map(host.storages.map((s) => [s.id, s]));
  // ZFS datasets are Proxmox storages named `<pool>-<dataset>` (upstream's convention); the
  // content is known when the dataset registers one (`proxmox_storage_type`).
  for (const d of host.zfs.datasets) {
    const id = `${d.pool}-${d.full.slice(d.pool.length + 1)}`;
    const s = registered.get(id);
    out.set(id, { content: s && new Set(s.content), path: d.path });
  }
  for (const { id, path } of host.storageIds) if (!out.has(id)) out.set(id, { path });
  for (const s of host.storages)
    if (s.path[0] === 'storages') out.set(s.id, { content: new Set(s.content), path: s.path });
  return out;
}

/** Where a bridge is defined, in the order the facts were always collected in. */
const BRIDGE_ORDER: Record<string, number> = { interfaces: 0, bridges: 1, internal_bridge: 2 };

function collectNetwork(host: HostConfig): Pick<HypervisorFacts, 'bridges' | 'subnets' | 'hostAddresses'> {
  const bridges = new Set<string>(DEFAULT_BRIDGES);
  const subnets = new Map<string, Cidr>();
  const hostAddresses: HostAddress[] = [];
  const rank = (b: BridgeDef): number => BRIDGE_ORDER[String(b.path[1])] ?? 3;
  for (const b of [...host.network.bridges].sort((x, y) => rank(x) - rank(y))) {
    bridges.add(b.name);
    // Only an address the file writes is the host's own here (not one derived from a subnet).
    if (b.address && b.addressPath) {
      const parsed = parseHostCidr(b.address);
      if (parsed.ok) {
        hostAddresses.push({ bridge: b.name, addr: parsed.cidr.addr, path: b.addressPath });
        if (!subnets.has(b.name)) subnets.set(b.name, parsed.cidr);
      }
    }
    const subnet = b.subnet ? parseSubnet(b.subnet) : undefined;
    if (subnet) subnets.set(b.name, subnet);
  }
  if (host.network.publicBridge) bridges.add(host.network.publicBridge);
  return { bridges, subnets, hostAddresses };
}

/** What the guests may refer to on the host, from the resolved hypervisor file. */
export function hypervisorFacts(host: HostConfig): HypervisorFacts {
  return { storages: collectStorages(host), ...collectNetwork(host) };
}

export interface GuestIndex {
  /** All guests with an ID, first occurrence per ID and kind. */
  readonly byKind: { readonly lxc: ReadonlyMap<number, Guest>; readonly qemu: ReadonlyMap<number, Guest> };
  /** First guest per ID, whatever its kind (LXC file before VM file). */
  readonly byId: ReadonlyMap<number, Guest>;
}

export function indexGuests(guests: readonly Guest[]): GuestIndex {
  const lxc = new Map<number, Guest>();
  const qemu = new Map<number, Guest>();
  const byId = new Map<number, Guest>();
  for (const g of guests) {
    const m = g.kind === 'lxc' ? lxc : qemu;
    if (!m.has(g.id)) m.set(g.id, g);
  }
  // Prefer LXC then VM so "first" is stable regardless of the ID sort.
  for (const m of [lxc, qemu]) for (const [id, g] of m) if (!byId.has(id)) byId.set(id, g);
  return { byKind: { lxc, qemu }, byId };
}
