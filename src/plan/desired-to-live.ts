/**
 * The live state a desired state would produce once applied: every guest created, configured,
 * recorded and snapshotted. Used to plan config against config when no recorded state exists
 * (`plan(desiredNew, desiredToLiveState(desiredOld))`), as the base a clone inherits from its
 * source, and by tests to build a converged host. Pure.
 */
import { clusterConfigOf } from '../model/cluster-config.js';
import { isVolumeKey, keyDefault } from '../dialect/guest-keys.js';
import type { DesiredState, Guest } from '../model/types.js';
import { LIVE_STATE_VERSION, type LiveGuest, type LiveState } from '../model/live-state.js';
import { AGENT_SNIPPET, imageVolume } from '../model/host-config/image-volume.js';
import { parseVolume, formatSize } from './config-diff.js';
import { desiredConfig, encodeSshKeys, type ConfigContext } from './desired-config.js';
import { expectedSnapshots } from './lifecycle.js';
import { expectedMarker, MANAGED_TAG, renderDescription } from './markers.js';

export interface DesiredToLiveOptions extends ConfigContext {
  readonly scriptHashes?: Readonly<Record<string, string>>;
  /** Node name for guests that do not name one (default `pve`). */
  readonly node?: string;
  /** Written to `LiveState.target` (default `config`). */
  readonly target?: string;
}

/**
 * The config as Proxmox would print it after Phoenix created `guest` (volume ids filled in; a key
 * at its default, per the dialect's guest key tables, left out as Proxmox leaves it out).
 */
export function printedConfig(guest: Guest, ctx: ConfigContext = {}): Record<string, string> {
  const d = desiredConfig(guest, ctx);
  const out: Record<string, string> = {};
  let disk = 0;
  const volumeName = () => `${guest.kind === 'lxc' ? 'subvol' : 'vm'}-${guest.id}-disk-${disk++}`;
  for (const [key, value] of Object.entries(d.keys)) {
    if (keyDefault(guest.kind, key) === value) continue;
    if (isVolumeKey(guest.kind, key)) {
      const v = parseVolume(value);
      if (v.storage && !v.volume && v.sizeGiB !== undefined) {
        const opts = [...v.opts.entries()].map(([k, x]) => `,${k}=${x}`).join('');
        out[key] = `${v.storage}:${volumeName()}${opts},size=${formatSize(v.sizeGiB)}`;
        continue;
      }
    }
    out[key] = key === 'sshkeys' ? encodeSshKeys(value) : value;
  }
  for (const [key, value] of Object.entries(d.createOnly)) {
    out[key] = key === 'ide2' ? `${guest.storagePool}:vm-${guest.id}-cloudinit,media=cdrom` : value;
  }
  for (const line of d.lxcRaw) {
    const cut = line.indexOf(': ');
    const k = line.slice(0, cut);
    const v = line.slice(cut + 2);
    out[k] = out[k] === undefined ? v : `${out[k]}\n${v}`;
  }
  return out;
}

export function desiredGuestToLive(guest: Guest, options: DesiredToLiveOptions = {}): LiveGuest {
  const config = printedConfig(guest, options);
  config.description = renderDescription(expectedMarker(guest, options.scriptHashes, { ctx: options }));
  config.tags = MANAGED_TAG;
  if (guest.isTemplate) config.template = '1';
  return {
    kind: guest.kind,
    id: guest.id,
    node: guest.node ?? options.node ?? 'pve',
    name: guest.name,
    status: guest.isTemplate ? 'stopped' : 'running',
    template: guest.isTemplate,
    config,
    snapshots: expectedSnapshots(guest).map((name) => ({ name })),
    tags: [MANAGED_TAG],
  };
}

export function desiredToLiveState(desired: DesiredState, options: DesiredToLiveOptions = {}): LiveState {
  // Clones inherit their sources' raw lxc lines (desired-config.ts): the guests by id.
  // A guest without `node` is where the old config's cluster.default_node put it.
  const node = options.node ?? clusterConfigOf(desired.hypervisor).defaultNode;
  const withSources = { ...options, node, desiredById: new Map(desired.guests.map((g) => [g.id, g])) };
  const guests = desired.guests.map((g) => desiredGuestToLive(g, withSources));
  const nodes = new Set<string>([node ?? 'pve']);
  const storages = new Map<string, Set<string>>();
  const bridges = new Set<string>();
  const templates = new Set<string>();
  const images = new Set<string>();
  const useStorage = (id: string, content: string) => {
    if (!storages.has(id)) storages.set(id, new Set());
    storages.get(id)!.add(content);
  };
  for (const g of desired.guests) {
    if (g.node) nodes.add(g.node);
    useStorage(g.storagePool, g.kind === 'lxc' ? 'rootdir' : 'images');
    for (const m of g.mountPoints)
      if (m.sizeGb !== undefined && !m.source.startsWith('/')) useStorage(m.source, 'rootdir');
    for (const n of g.networks) bridges.add(n.bridge);
    if (g.kind === 'lxc' && g.osTemplate && g.cloneFrom === undefined) templates.add(g.osTemplate);
    // A VM made from a cloud image: the image in import content and the agent's vendor data.
    if (g.kind === 'qemu' && g.osTemplate && g.cloneFrom === undefined) {
      const volume = imageVolume(g.osTemplate, desired.hypervisor);
      if (!volume.startsWith('/')) {
        useStorage(volume.slice(0, volume.indexOf(':')), 'import');
        images.add(volume);
      }
      useStorage(AGENT_SNIPPET.storage, 'snippets');
    }
  }
  return {
    version: LIVE_STATE_VERSION,
    readAt: '',
    target: options.target ?? 'config',
    nodes: [...nodes].sort(),
    pveVersion: options.pveVersion,
    guests: [...guests].sort((a, b) => a.id - b.id),
    storages: [...storages.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, content]) => ({ id, type: 'unknown', content: [...content].sort() })),
    bridges: [...bridges].sort(),
    templates: [...templates].sort(),
    images: [...images].sort(),
  };
}
