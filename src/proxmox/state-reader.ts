/**
 * Reads the live state of a Proxmox node or cluster in a constant number of host commands,
 * whatever the number of guests:
 *   1. `pvesh get /cluster/resources` (guests, nodes, storages),
 *   2. one `grep -r -H '' -- /etc/pve/nodes/<node>/{lxc,qemu-server}` over the nodes that hold
 *      guests (configs, snapshot sections, pending changes): its size grows with the number of
 *      nodes, never with the number of guests, so it stays far below the SSH transport's
 *      MAX_COMMAND_BYTES,
 *   3. `pvesh get /version`,
 *   4. per online node: `pvesh get /nodes/{node}/network` (bridges),
 *   5. per storage holding `vztmpl` (per node when not shared): its template list,
 *   6. one `find /dev /etc/apparmor.d/lxc` on the host read from: the device nodes guests pass
 *      through and the AppArmor profiles they name exist or not (unknown when it fails).
 * Everything is parsed from Proxmox's own output formats.
 */
import {
  APPARMOR_LXC_DIR,
  clusterResources,
  DEVICE_DIR,
  guestConfigPath,
  listHostEntries,
  nodeNetwork,
  pveVersion,
  readNodeConfigDirs,
  storageContent,
  type HostCommand,
  TIMEOUT_KILL_AFTER_SEC,
  withTimeout,
} from './commands.js';
import { parseGuestConf, type ConfSection, type GuestKind } from '../dialect/conf-format.js';
import {
  LIVE_STATE_VERSION,
  type LiveGuest,
  type LiveSnapshot,
  type LiveState,
  type LiveStorage,
} from '../model/live-state.js';
import type { HostTransport } from './transport.js';

export class StateReadError extends Error {
  constructor(
    readonly argv: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`reading live state: '${argv.join(' ')}' failed with exit ${exitCode}: ${stderr.trim()}`);
    this.name = 'StateReadError';
  }
}

export interface ReadLiveStateOptions {
  /** Clock for `readAt` (tests). */
  now?: () => Date;
  /** Called with each command's argv (tests count them). */
  onCommand?: (argv: readonly string[]) => void;
  /** Bound of each read (default 120 s). */
  timeoutMs?: number;
}

interface Resource {
  type?: string;
  id?: string;
  vmid?: number;
  node?: string;
  name?: string;
  status?: string;
  template?: number | boolean;
  lock?: string;
  tags?: string;
  storage?: string;
  plugintype?: string;
  content?: string;
  shared?: number | boolean;
}

function parseJson<T>(cmd: HostCommand, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new StateReadError(cmd.argv, 0, `unexpected output (not JSON): ${(err as Error).message}`);
  }
}

/** `grep -H ''` output to the contents of the files in `paths`, by path (others and missing files are absent). */
export function splitGrepOutput(stdout: string, paths: readonly string[]): Map<string, string> {
  const wanted = new Set(paths);
  const files = new Map<string, string[]>();
  const re = /^(\/etc\/pve\/nodes\/[^/:]+\/(?:lxc|qemu-server)\/\d+\.conf):(.*)$/;
  for (const line of stdout.split('\n')) {
    const m = re.exec(line);
    if (!m || !wanted.has(m[1]!)) continue;
    let lines = files.get(m[1]!);
    if (!lines) files.set(m[1]!, (lines = []));
    lines.push(m[2]!);
  }
  const out = new Map<string, string>();
  for (const [path, lines] of files) out.set(path, lines.join('\n') + '\n');
  return out;
}

/** Config keys as `pct config --current` shows them: raw `lxc.*` keys joined by newlines. */
function sectionToConfig(section: ConfSection): Record<string, string> {
  const config: Record<string, string> = { ...section.values };
  if (section.description !== undefined) config.description = section.description;
  for (const [k, v] of section.lxc ?? []) config[k] = config[k] === undefined ? v : `${config[k]}\n${v}`;
  return config;
}

function snapshotsOf(conf: ReturnType<typeof parseGuestConf>): LiveSnapshot[] {
  const list: LiveSnapshot[] = Object.entries(conf.snapshots).map(([name, s]) => {
    const snap: { -readonly [K in keyof LiveSnapshot]: LiveSnapshot[K] } = { name };
    if (s.values.parent) snap.parent = s.values.parent;
    if (s.description !== undefined) snap.description = s.description;
    if (s.values.snaptime !== undefined && /^\d+$/.test(s.values.snaptime))
      snap.snaptime = Number(s.values.snaptime);
    if (s.values.snapstate) snap.snapstate = s.values.snapstate;
    return snap;
  });
  return list.sort(
    (a, b) => (a.snaptime ?? Infinity) - (b.snaptime ?? Infinity) || (a.name < b.name ? -1 : 1),
  );
}

function splitTags(v: string | undefined): string[] {
  return v ? v.split(/[;,\s]+/).filter((t) => t !== '') : [];
}

/**
 * `find` output to the entries of /dev and the profile names of /etc/apparmor.d/lxc; an empty
 * /dev listing means the read failed (every host has /dev), so both stay unknown.
 */
export function splitHostEntries(
  stdout: string,
): { deviceNodes: string[]; apparmorProfiles: string[] } | undefined {
  const deviceNodes: string[] = [];
  const apparmorProfiles: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith(`${DEVICE_DIR}/`) && !line.slice(DEVICE_DIR.length + 1).includes('/'))
      deviceNodes.push(line);
    else if (line.startsWith(`${APPARMOR_LXC_DIR}/`)) {
      const name = line.slice(APPARMOR_LXC_DIR.length + 1);
      if (name && !name.includes('/')) apparmorProfiles.push(name);
    }
  }
  if (deviceNodes.length === 0) return undefined;
  return { deviceNodes: deviceNodes.sort(), apparmorProfiles: apparmorProfiles.sort() };
}

/** Bound of each command that reads the state (the host runner's default for a read-only query). */
const STATE_READ_TIMEOUT_MS = 120_000;

export async function readLiveState(
  transport: HostTransport,
  options: ReadLiveStateOptions = {},
): Promise<LiveState> {
  const attempt = async (cmd: HostCommand) => {
    options.onCommand?.(cmd.argv);
    // Bounded like every read-only query of the host runner (its default), under the host's
    // `timeout` where the host runs real programs, so the audit log shows the bound.
    const ms = options.timeoutMs ?? STATE_READ_TIMEOUT_MS;
    const sent = transport.hostTimeouts ? withTimeout(cmd, ms / 1000) : cmd;
    const r = await transport.run(sent.argv, {
      readOnly: cmd.readOnly,
      stdin: cmd.stdin,
      timeoutMs: ms + (transport.hostTimeouts ? (TIMEOUT_KILL_AFTER_SEC + 5) * 1000 : 0),
    });
    return r;
  };
  const run = async (cmd: HostCommand, okCodes: readonly number[] = [0]): Promise<string> => {
    const r = await attempt(cmd);
    if (!okCodes.includes(r.exitCode)) throw new StateReadError(cmd.argv, r.exitCode, r.stderr);
    return r.stdout;
  };

  const resCmd = clusterResources();
  const resources = parseJson<Resource[]>(resCmd, await run(resCmd));
  const guestsRes = resources.filter(
    (r) => (r.type === 'lxc' || r.type === 'qemu') && typeof r.vmid === 'number',
  );
  const nodeRes = resources.filter((r) => r.type === 'node' && r.node);
  const nodes = [
    ...new Set([...nodeRes.map((r) => r.node!), ...guestsRes.map((g) => g.node!).filter(Boolean)]),
  ].sort();
  const onlineNodes =
    nodeRes.length > 0 ? nodeRes.filter((r) => r.status === 'online').map((r) => r.node!) : nodes;

  const paths = guestsRes.map((g) => guestConfigPath(g.node!, g.type as GuestKind, g.vmid!));
  let files = new Map<string, string>();
  if (paths.length > 0) {
    // exit 1: every file empty; exit 2: a folder vanished (its node left) since the resource list was read.
    const guestNodes = [...new Set(guestsRes.map((g) => g.node!).filter(Boolean))].sort();
    const grepCmd = readNodeConfigDirs(guestNodes);
    files = splitGrepOutput(await run(grepCmd, [0, 1, 2]), paths);
  }

  const verCmd = pveVersion();
  const version = parseJson<{ version?: string }>(verCmd, await run(verCmd)).version;

  const bridges = new Set<string>();
  for (const node of onlineNodes) {
    const cmd = nodeNetwork(node);
    const ifaces = parseJson<Array<{ iface?: string; type?: string }>>(cmd, await run(cmd));
    for (const i of ifaces)
      if (i.iface && (i.type === 'bridge' || i.type === 'OVSBridge')) bridges.add(i.iface);
  }

  const storages: LiveStorage[] = [];
  const seenShared = new Set<string>();
  const templateQueries: Array<{ node: string; storage: string; content: 'vztmpl' | 'import' }> = [];
  for (const r of resources.filter((x) => x.type === 'storage' && x.storage)) {
    const shared = r.shared === 1 || r.shared === true;
    if (shared && seenShared.has(r.storage!)) continue;
    if (shared) seenShared.add(r.storage!);
    const content = (r.content ?? '').split(',').filter((c) => c !== '');
    const entry: { -readonly [K in keyof LiveStorage]: LiveStorage[K] } = {
      id: r.storage!,
      type: r.plugintype ?? '',
      content,
    };
    if (!shared && r.node) entry.node = r.node;
    storages.push(entry);
    if (content.includes('vztmpl') && r.node && onlineNodes.includes(r.node))
      templateQueries.push({ node: r.node, storage: r.storage!, content: 'vztmpl' });
    if (content.includes('import') && r.node && onlineNodes.includes(r.node))
      templateQueries.push({ node: r.node, storage: r.storage!, content: 'import' });
  }
  storages.sort((a, b) =>
    a.id === b.id ? ((a.node ?? '') < (b.node ?? '') ? -1 : 1) : a.id < b.id ? -1 : 1,
  );

  // LXC templates, and the cloud images VMs are imported from (`import` content).
  const templates = new Set<string>();
  const images = new Set<string>();
  for (const q of templateQueries) {
    const cmd = storageContent(q.node, q.storage, q.content);
    const vols = parseJson<Array<{ volid?: string }>>(cmd, await run(cmd));
    for (const v of vols) if (v.volid) (q.content === 'vztmpl' ? templates : images).add(v.volid);
  }

  // exit 1: /etc/apparmor.d/lxc is missing (no profiles installed); other failures leave both unknown.
  const entriesRead = await attempt(listHostEntries());
  const entries =
    entriesRead.exitCode === 0 || entriesRead.exitCode === 1
      ? splitHostEntries(entriesRead.stdout)
      : undefined;

  const guests: LiveGuest[] = [];
  guestsRes.forEach((r, i) => {
    const kind = r.type as GuestKind;
    const text = files.get(paths[i]!);
    if (text === undefined) return; // removed between the two reads
    const conf = parseGuestConf(text, kind);
    const config = sectionToConfig(conf.main);
    const guest: { -readonly [K in keyof LiveGuest]: LiveGuest[K] } = {
      kind,
      id: r.vmid!,
      node: r.node!,
      status: r.status ?? 'unknown',
      template: config.template === '1' || r.template === 1 || r.template === true,
      config,
      snapshots: snapshotsOf(conf),
      tags: splitTags(config.tags ?? r.tags),
    };
    const name = kind === 'lxc' ? config.hostname : config.name;
    if (name ?? r.name) guest.name = name ?? r.name;
    const lock = config.lock ?? r.lock;
    if (lock) guest.lock = lock;
    if (conf.pending && Object.keys(conf.pending.values).length > 0)
      guest.pending = sectionToConfig(conf.pending);
    guests.push(guest);
  });
  guests.sort((a, b) => a.id - b.id);

  const state: LiveState = {
    version: LIVE_STATE_VERSION,
    readAt: (options.now?.() ?? new Date()).toISOString(),
    target: transport.description,
    nodes,
    guests,
    storages,
    bridges: [...bridges].sort(),
    templates: [...templates].sort(),
    images: [...images].sort(),
    ...(entries ?? {}),
  };
  return version === undefined ? state : { ...state, pveVersion: version };
}
