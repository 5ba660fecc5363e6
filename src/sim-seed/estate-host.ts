/**
 * Phoenix's side of the simulator: a fresh simulated Proxmox host seeded from a DesiredState, for
 * the demo, tests and benchmarks (the simulator itself knows nothing of estates): the
 * storages the guests use (ZFS pools by default, as in the upstream estates), their bridges, and
 * the VM cloud images in the storage apply imports them from, the AppArmor profiles and NVIDIA
 * device nodes the containers need. What setup-hypervisor would do on a
 * real host, done directly on the simulator's state.
 */
import type { DesiredState } from '../model/types.js';
import {
  createInitialState,
  hostSetupOf,
  SimStore,
  type InitialStateOptions,
  type SimLatencySettings,
  type SimState,
} from '../sim/index.js';
import { AGENT_SNIPPET, imageVolume } from '../model/host-config/image-volume.js';
import { BUILTIN_PROFILES } from '../model/host-config/guest-needs.js';

export interface SimHostOptions {
  readonly pveVersion?: string;
  /** Storage type per storage id (default `zfspool`). */
  readonly storageTypes?: Readonly<Record<string, string>>;
  readonly latency?: SimLatencySettings;
  /** Guest agent boot time in ms (before latency scaling). */
  readonly agentBootMs?: number;
  /** The bare host to lay the estate's storages on (default: a fresh install). */
  readonly base?: SimState;
}

const GiB = 1024 ** 3;

export function estateStorages(desired: DesiredState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const use = (id: string, content: string) => out.set(id, new Set([...(out.get(id) ?? []), content]));
  for (const g of desired.guests) {
    use(g.storagePool, g.kind === 'lxc' ? 'rootdir' : 'images');
    for (const m of g.mountPoints)
      if (m.sizeGb !== undefined && !m.source.startsWith('/')) use(m.source, 'rootdir');
  }
  return out;
}

/** Creates (replacing) the state file at `path` for `desired`. */
export async function prepareSimHost(
  path: string,
  desired: DesiredState,
  o: SimHostOptions = {},
): Promise<void> {
  const initial: InitialStateOptions = { pveVersion: o.pveVersion ?? '9.1.2' };
  const state = o.base ?? createInitialState(initial);
  for (const [id, contents] of estateStorages(desired)) {
    if (state.storages[id]) {
      for (const c of ['images', 'rootdir'])
        if (!state.storages[id]!.content.includes(c)) state.storages[id]!.content.push(c);
      continue;
    }
    const type = o.storageTypes?.[id] ?? 'zfspool';
    state.storages[id] = {
      id,
      type,
      content: [...new Set([...contents, 'images', 'rootdir'])].sort(),
      shared: false,
      options:
        type === 'zfspool'
          ? { pool: `tank/${id}`, sparse: '1' }
          : type === 'dir'
            ? { path: `/mnt/${id}` }
            : {},
      totalBytes: 4096 * GiB,
    };
  }
  const node = state.nodes[state.localNode]!;
  const bridges = new Set(desired.guests.flatMap((g) => g.networks.map((n) => n.bridge)));
  for (const b of bridges) {
    if (node.network.some((i) => i.iface === b)) continue;
    node.network.push({
      iface: b,
      type: 'bridge',
      active: 1,
      autostart: 1,
      method: 'manual',
      families: ['inet'],
      bridge_ports: 'none',
    });
  }
  for (const g of desired.guests) {
    // Container templates named by host path (as the upstream estates do) are files on the host.
    if (g.kind === 'lxc' && g.osTemplate?.startsWith('/') && g.cloneFrom === undefined) {
      node.files[g.osTemplate] = {
        data: Buffer.from(`simulated template ${g.osTemplate}\n`).toString('base64'),
      };
    }
  }
  // The folders holding the containers' bind-mount sources: a ZFS dataset's mount point made by
  // setup-hypervisor, or the operator's own. Apply makes only the last folder of a source.
  const dirs = (hostSetupOf(node).dirs ??= []);
  for (const g of desired.guests) {
    for (const m of g.kind === 'lxc' ? g.mountPoints : []) {
      if (!m.source.startsWith('/') || m.source.startsWith('/dev/')) continue;
      const parent = m.source.replace(/\/+$/, '').replace(/\/[^/]+$/, '');
      if (parent && !dirs.includes(parent)) dirs.push(parent);
    }
  }
  // AppArmor profiles the containers name, installed and loaded as setup-hypervisor leaves them.
  for (const g of desired.guests) {
    const p = g.apparmorProfile;
    if (g.kind !== 'lxc' || !p || BUILTIN_PROFILES.has(p)) continue;
    node.files[`/etc/apparmor.d/lxc/${p}`] = {
      data: Buffer.from(`profile ${p} flags=(attach_disconnected,mediate_deleted) {\n}\n`).toString('base64'),
    };
    const loaded = hostSetupOf(node).apparmorLoaded;
    if (!loaded.includes(p)) loaded.push(p);
  }
  // The guest agent's vendor data for VMs made from cloud images, as setup-hypervisor writes it.
  if (desired.guests.some((g) => g.kind === 'qemu' && g.cloneFrom === undefined)) {
    const local = state.storages[AGENT_SNIPPET.storage];
    if (local && !local.content.includes('snippets')) local.content.push('snippets');
    node.files[AGENT_SNIPPET.path] = { data: Buffer.from(AGENT_SNIPPET.text).toString('base64') };
  }
  // VM cloud images as setup-hypervisor's download leaves them: a volume of `import` content,
  // named as apply imports it (image-volume.ts); an absolute template_image stays a host file.
  for (const g of desired.guests) {
    if (g.kind !== 'qemu' || !g.osTemplate || g.cloneFrom !== undefined) continue;
    const source = imageVolume(g.osTemplate, desired.hypervisor);
    if (source.startsWith('/')) {
      node.files[source] = { data: Buffer.from(`simulated cloud image ${source}\n`).toString('base64') };
      continue;
    }
    const [storage, volname] = [source.slice(0, source.indexOf(':')), source.slice(source.indexOf(':') + 1)];
    const st = state.storages[storage];
    if (!st || state.volumes.some((v) => v.storage === storage && v.volname === volname)) continue;
    state.volumes.push({
      storage,
      node: st.shared ? '' : node.name,
      volname,
      content: 'import',
      format: volname.split('.').pop() ?? 'qcow2',
      sizeBytes: 600 * 1024 ** 2,
      ctime: 0,
    });
  }
  // GPU guests: the driver loaded and its device nodes made at boot, as setup-hypervisor leaves it.
  const gpus = desired.guests.flatMap((g) => g.gpus);
  if (gpus.length > 0) {
    const nv = hostSetupOf(node).nvidia;
    nv.installed = nv.loaded = desired.nvidia.driverVersion ?? '580.95.05';
    nv.gpus = Math.max(nv.gpus, ...gpus.map((i) => i + 1));
    nv.uvmNodes = true;
  }
  if (o.latency) state.settings.latency = o.latency;
  if (o.agentBootMs !== undefined) state.settings.agentBootMs = o.agentBootMs;
  const store = new SimStore(path, { initial });
  await store.update((s) => {
    for (const k of Object.keys(s)) delete (s as unknown as Record<string, unknown>)[k];
    Object.assign(s, state);
  });
}
