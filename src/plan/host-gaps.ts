/**
 * What a guest needs from the host, as a table of checks (one function per need) the planner runs
 * against the live state. A need the host lacks blocks the plan (`blocking`: the guest could not
 * be made or started, so apply would fail half-way) unless apply itself provides it (an LXC
 * template it downloads). Add a need by appending to HOST_NEEDS; kinds sort in table order.
 */
import type { Guest } from '../model/types.js';
import type { LiveState } from '../model/live-state.js';
import type { HostFacts, HostNeed } from './host-need.js';
import { AGENT_SNIPPET } from '../model/host-config/image-volume.js';
import { supportsDevPassthrough } from './desired-config.js';
import { deviceNodes, apparmorProfile } from './host-gaps-security.js';

export type { HostFacts, HostGap, HostNeed } from './host-need.js';

export function hostFacts(
  live: LiveState,
  creating: ReadonlySet<number>,
  imageVolume: (file: string) => string,
): HostFacts {
  return {
    storages: new Map(live.storages.map((s) => [s.id, s])),
    bridges: new Set(live.bridges),
    nodes: new Set(live.nodes),
    templates: new Set(live.templates),
    images: live.images ? new Set(live.images) : undefined,
    creating: (g) => creating.has(g.id) && g.cloneFrom === undefined,
    imageVolume,
    deviceNodes: live.deviceNodes ? new Set(live.deviceNodes) : undefined,
    apparmorProfiles: live.apparmorProfiles ? new Set(live.apparmorProfiles) : undefined,
    onListedHost: (g) => g.node === undefined || live.nodes.length <= 1,
    devPassthrough: supportsDevPassthrough(live.pveVersion),
  };
}

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
      .map((id) => ({ name: id, message: `storage ${id} does not exist on the host`, blocking: true })),
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
      .map((b) => ({ name: b, message: `bridge ${b} does not exist on the host`, blocking: true })),
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

/** Nodes come first: a guest on a node outside the cluster cannot be planned at all. */
const node: HostNeed = {
  kind: 'node',
  check: (g, h) =>
    g.node && !h.nodes.has(g.node)
      ? [{ name: g.node, message: `node ${g.node} is not part of the cluster`, blocking: true }]
      : [],
};

export const HOST_NEEDS: HostNeed[] = [
  node,
  storageExists,
  storageContent,
  bridge,
  template,
  cloudImage,
  agentSnippet,
  deviceNodes,
  apparmorProfile,
];
