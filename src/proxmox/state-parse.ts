/**
 * Parsers of the live-state reads' outputs, all in Proxmox's own formats: JSON of `pvesh`, the
 * `grep -H ''` listing of guest config files (turned into `LiveGuest`s), and the `find` listing of
 * /dev and /etc/apparmor.d/lxc. No host access here (state-reader.ts runs the commands).
 */
import { APPARMOR_LXC_DIR, DEVICE_DIR, type HostCommand } from './commands.js';
import { parseGuestConf, type ConfSection, type GuestKind } from '../dialect/conf-format.js';
import type { LiveGuest, LiveSnapshot } from '../model/live-state.js';

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

/** One entry of `/cluster/resources` (the fields the state read uses). */
export interface Resource {
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

export function parseJson<T>(cmd: HostCommand, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new StateReadError(cmd.argv, 0, `unexpected output (not JSON): ${(err as Error).message}`);
  }
}

/** A JSON list (`pvesh` prints every list of this read as an array). */
export function parseJsonList<T>(cmd: HostCommand, text: string): T[] {
  const value = parseJson<unknown>(cmd, text);
  if (!Array.isArray(value)) throw new StateReadError(cmd.argv, 0, 'unexpected output (not a JSON list)');
  return value as T[];
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

/** One guest from its resource entry and its config file's text (snapshots, pending changes). */
export function guestFrom(r: Resource, text: string): LiveGuest {
  const kind = r.type as GuestKind;
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
  return guest;
}

/** Entries of /dev and the profile names of /etc/apparmor.d/lxc on one node. */
export interface HostEntries {
  deviceNodes: string[];
  apparmorProfiles: string[];
}

/**
 * `find` output to the entries of /dev and the profile names of /etc/apparmor.d/lxc; an empty
 * /dev listing means the read failed (every host has /dev), so both stay unknown.
 */
export function splitHostEntries(stdout: string): HostEntries | undefined {
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
