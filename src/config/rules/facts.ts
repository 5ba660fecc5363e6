/**
 * Facts the rules look up many times, computed once per run: guests by ID, and what the
 * hypervisor config defines (storage IDs with their content types, bridges and their subnets).
 */
import type { Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import { parseHostCidr, parseSubnet, type Cidr } from './net-addr.js';
import { isObj } from './report.js';

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

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

function contentSet(v: unknown): Set<string> | undefined {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
  if (!list) return undefined;
  return new Set(
    list
      .filter((x): x is string => typeof x === 'string')
      .map((x) => x.trim())
      .filter(Boolean),
  );
}

function collectStorages(hv: Obj): Map<string, StorageFact> {
  const out = new Map<string, StorageFact>();
  for (const id of DEFAULT_STORAGES) out.set(id, {});
  // ZFS datasets become Proxmox storages named `<pool>-<dataset>` (upstream's convention).
  const zfs = isObj(hv.zfs) ? hv.zfs : {};
  if (Array.isArray(zfs.datasets)) {
    zfs.datasets.forEach((d, i) => {
      if (!isObj(d)) return;
      const name = str(d.name);
      const pool = str(d.pool);
      if (!name || !pool) return;
      const id = str(d.storage_id) ?? `${pool}-${name.replace(/\//g, '-')}`;
      out.set(id, { content: contentSet(d.proxmox_content_type ?? d.content), path: ['zfs', 'datasets', i] });
    });
  }
  // Explicit storage IDs: upstream's `proxmox_storage_ids` map, or a `storages` list.
  const ids = hv.proxmox_storage_ids;
  const named: [string, JsonPath][] = [];
  if (isObj(ids))
    for (const [k, v] of Object.entries(ids)) if (str(v)) named.push([str(v)!, ['proxmox_storage_ids', k]]);
  if (Array.isArray(ids)) ids.forEach((v, i) => str(v) && named.push([str(v)!, ['proxmox_storage_ids', i]]));
  for (const [id, path] of named) if (!out.has(id)) out.set(id, { path });
  for (const key of ['storages', 'storage'] as const) {
    const list = hv[key];
    const entries: [string | number, unknown][] = Array.isArray(list)
      ? list.map((v, i) => [i, v])
      : isObj(list)
        ? Object.entries(list)
        : [];
    for (const [k, v] of entries) {
      const id = isObj(v)
        ? (str(v.id) ?? str(v.storage_id) ?? str(v.name))
        : typeof k === 'string'
          ? k
          : str(v);
      if (!id) continue;
      const content = isObj(v) ? contentSet(v.content) : undefined;
      out.set(id, { content: content ?? out.get(id)?.content, path: [key, k] });
    }
  }
  return out;
}

function bridgeEntries(v: unknown, path: JsonPath): { name: string; entry?: Obj; path: JsonPath }[] {
  if (typeof v === 'string' && str(v)) return [{ name: str(v)!, path }];
  if (isObj(v)) {
    const name = str(v.name) ?? str(v.bridge) ?? str(v.id);
    return name ? [{ name, entry: v, path }] : [];
  }
  if (Array.isArray(v)) return v.flatMap((x, i) => bridgeEntries(x, [...path, i]));
  return [];
}

function collectNetwork(hv: Obj): Pick<HypervisorFacts, 'bridges' | 'subnets' | 'hostAddresses'> {
  const bridges = new Set<string>(DEFAULT_BRIDGES);
  const subnets = new Map<string, Cidr>();
  const hostAddresses: HostAddress[] = [];
  const net = isObj(hv.network) ? hv.network : {};
  const found = [
    ...bridgeEntries(net.interfaces, ['network', 'interfaces']),
    ...bridgeEntries(net.bridges, ['network', 'bridges']),
    ...bridgeEntries(net.internal_bridge, ['network', 'internal_bridge']),
    ...bridgeEntries(net.public_bridge, ['network', 'public_bridge']),
  ];
  if (isObj(net.bridges) && !str(net.bridges.name)) {
    // `bridges: { "vmbr1": { ... } }`
    for (const [name, v] of Object.entries(net.bridges)) {
      found.push({ name, entry: isObj(v) ? v : undefined, path: ['network', 'bridges', name] });
    }
  }
  for (const { name, entry, path } of found) {
    bridges.add(name);
    if (!entry) continue;
    const address = str(entry.address) ?? str(entry.cidr);
    if (address) {
      const parsed = parseHostCidr(address);
      if (parsed.ok) {
        hostAddresses.push({
          bridge: name,
          addr: parsed.cidr.addr,
          path: [...path, entry.address ? 'address' : 'cidr'],
        });
        if (!subnets.has(name)) subnets.set(name, parsed.cidr);
      }
    }
    const subnet = str(entry.subnet) ? parseSubnet(str(entry.subnet)!) : undefined;
    if (subnet) subnets.set(name, subnet);
  }
  return { bridges, subnets, hostAddresses };
}

export function hypervisorFacts(hv: Readonly<Record<string, unknown>>): HypervisorFacts {
  return { storages: collectStorages(hv as Obj), ...collectNetwork(hv as Obj) };
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
