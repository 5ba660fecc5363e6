/**
 * What a guest needs from the host, as a table of checks (one function per need) the planner runs
 * against the live state. A need the host lacks blocks the plan (`blocking`: the guest could not
 * be made or started, so apply would fail half-way) unless apply itself provides it (an LXC
 * template it downloads). Add a need by appending to HOST_NEEDS; kinds sort in table order.
 */
import type { Guest } from '../model/types.js';
import type { LiveState, LiveStorage } from '../model/live-state.js';
import type { HostFacts, HostNeed } from './host-need.js';
import { AGENT_SNIPPET } from '../model/host-config/image-volume.js';
import { supportsDevPassthrough } from './desired-config.js';
import { deviceNodes, apparmorProfile } from './host-gaps-security.js';
import { nodeDetailsOf, storageOnNode } from './placement.js';

export type { HostFacts, HostGap, HostNeed } from './host-need.js';

/**
 * The facts of the node guests are placed on (`node`; undefined: a single host, or unknown). Its
 * storages are the shared ones and its own; its bridges, device nodes and AppArmor profiles come
 * from its `nodeDetails` entry when the state has one, else from the top-level lists, which an
 * older state file read on one host only (they then describe just that host). LXC templates and
 * cloud images are listed for the whole cluster: a node-local copy elsewhere counts as present.
 */
export function hostFacts(
  live: LiveState,
  creating: ReadonlySet<number>,
  imageVolume: (file: string) => string,
  node?: string,
): HostFacts {
  const details = nodeDetailsOf(live, node);
  const cluster = live.nodes.length > 1 && node !== undefined;
  const listedHere =
    !cluster || details?.local === true || (live.nodeDetails === undefined && node === undefined);
  const storages = new Map<string, LiveStorage>();
  for (const s of live.storages)
    if (!storages.has(s.id) && storageOnNode(live, s.id, node) === s) storages.set(s.id, s);
  const devices = details?.deviceNodes ?? (listedHere ? live.deviceNodes : undefined);
  const profiles = details?.apparmorProfiles ?? (listedHere ? live.apparmorProfiles : undefined);
  return {
    node: cluster ? node : undefined,
    storages,
    clusterStorages: new Set(live.storages.map((s) => s.id)),
    bridges: new Set(details?.bridges ?? live.bridges),
    templates: new Set(live.templates),
    images: live.images ? new Set(live.images) : undefined,
    creating: (g) => creating.has(g.id) && g.cloneFrom === undefined,
    imageVolume,
    deviceNodes: devices ? new Set(devices) : undefined,
    apparmorProfiles: profiles ? new Set(profiles) : undefined,
    devPassthrough: supportsDevPassthrough(live.pveVersion),
  };
}

/** `on the host`, or `on node pve2` in a cluster. */
export const onWhere = (h: HostFacts): string => (h.node ? `on node ${h.node}` : 'on the host');

/** Storages a guest allocates on, with the content they need. */
function storagesOf(g: Guest): string[] {
  const pools = [g.storagePool];
  for (const m of g.mountPoints)
    if (m.sizeGb !== undefined && !m.source.startsWith('/')) pools.push(m.source);
  return [...new Set(pools)];
}

const storageExists: HostNeed = {
  kind: 'storage',
  check: (g, h) =>
    storagesOf(g)
      .filter((id) => !h.storages.has(id))
      .map((id) => ({
        name: id,
        message: h.clusterStorages.has(id)
          ? `storage ${id} is not available ${onWhere(h)} (it is local to other nodes)`
          : `storage ${id} does not exist ${onWhere(h)}`,
        blocking: true,
      })),
};

const storageContent: HostNeed = {
  kind: 'storage-content',
  check: (g, h) => {
    const content = g.kind === 'lxc' ? 'rootdir' : 'images';
    return storagesOf(g).flatMap((id) => {
      const s = h.storages.get(id);
      return s && s.content.length && !s.content.includes(content)
        ? [{ name: id, message: `storage ${id} does not allow content '${content}'`, blocking: true }]
        : [];
    });
  },
};

const bridge: HostNeed = {
  kind: 'bridge',
  check: (g, h) =>
    [...new Set(g.networks.map((n) => n.bridge))]
      .filter((b) => !h.bridges.has(b))
      .map((b) => ({ name: b, message: `bridge ${b} does not exist ${onWhere(h)}`, blocking: true })),
};

const template: HostNeed = {
  kind: 'template',
  check: (g, h) =>
    g.kind === 'lxc' &&
    h.creating(g) &&
    g.osTemplate &&
    /^[^/:]+:vztmpl\//.test(g.osTemplate) &&
    !h.templates.has(g.osTemplate)
      ? [
          {
            name: g.osTemplate,
            message: `template ${g.osTemplate} is not downloaded yet (apply downloads it)`,
            blocking: false,
          },
        ]
      : [],
};

/** A VM created from a cloud image imports it from a volume of `import` content. */
const cloudImage: HostNeed = {
  kind: 'cloud-image',
  check: (g, h) => {
    if (g.kind !== 'qemu' || !h.creating(g) || !g.osTemplate || !h.images) return [];
    const volume = h.imageVolume(g.osTemplate);
    if (volume.startsWith('/') || h.images.has(volume)) return [];
    const storage = volume.slice(0, volume.indexOf(':'));
    const s = h.storages.get(storage);
    const why = !s
      ? `storage ${storage} does not exist`
      : s.content.includes('import')
        ? 'it is not downloaded yet'
        : `storage ${storage} does not allow content 'import'`;
    return [{ name: volume, message: `cloud image ${volume} is missing: ${why}`, blocking: true }];
  },
};

/** A VM made from a cloud image gets its guest agent from vendor data on a snippets storage. */
const agentSnippet: HostNeed = {
  kind: 'snippets',
  check: (g, h) => {
    if (g.kind !== 'qemu' || !h.creating(g) || !g.osTemplate) return [];
    const s = h.storages.get(AGENT_SNIPPET.storage);
    if (s?.content.includes('snippets')) return [];
    return [
      {
        name: AGENT_SNIPPET.storage,
        message: `storage ${AGENT_SNIPPET.storage} ${s ? "does not allow content 'snippets'" : 'does not exist'}, which the guest agent's vendor data ${AGENT_SNIPPET.volume} needs`,
        blocking: true,
      },
    ];
  },
};

export const HOST_NEEDS: HostNeed[] = [
  storageExists,
  storageContent,
  bridge,
  template,
  cloudImage,
  agentSnippet,
  deviceNodes,
  apparmorProfile,
];
