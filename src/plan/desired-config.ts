/**
 * The single mapping from a desired guest to the Proxmox config keys Phoenix wants on it. The
 * planner diffs these against the live config; apply passes them to `pct`/`qm`. Values use the
 * command syntax (`rootfs: local-lvm:32` allocates 32 GiB; `mp0: pool:50,mp=/data` likewise),
 * which `config-diff.ts` knows how to compare with what Proxmox prints
 * (`rootfs: local-lvm:vm-950-disk-0,size=32G`). Only keys with a row in the dialect's guest key
 * tables (dialect/lxc-keys.ts, dialect/qemu-keys.ts) can be set here: any other does not compile.
 */
import { configWriter } from '../dialect/guest-key-row.js';
import type { LxcKey, QemuKey } from '../dialect/guest-keys.js';
import type { Guest, GuestKind, NetworkInterface } from '../model/types.js';
import { assignMountSlots } from './volume-slots.js';
import { AGENT_SNIPPET } from '../model/host-config/image-volume.js';

export interface DesiredConfig {
  /** Keys Phoenix manages and compares, in a fixed order. */
  readonly keys: Readonly<Record<string, string>>;
  /** Keys only passed when the guest is created (Proxmox fills or owns them afterwards). */
  readonly createOnly: Readonly<Record<string, string>>;
  /** LXC: raw `lxc.*` lines for the CT config file, normalised to `key: value`, in order. */
  readonly lxcRaw: readonly string[];
}

export interface ConfigContext {
  /** Proxmox VE version of the target (`8.4.1`); decides how GPUs are passed through. */
  readonly pveVersion?: string;
  /** The config's guests by id: a container clone inherits its source's raw `lxc.*` lines. */
  readonly desiredById?: ReadonlyMap<number, Guest>;
}

/** The disk holding the guest's root filesystem / boot disk. */
export function rootDiskKey(kind: GuestKind): 'rootfs' | 'scsi0' {
  return kind === 'lxc' ? 'rootfs' : 'scsi0';
}

/** Device passthrough with `dev[n]` exists from Proxmox VE 8.1; older hosts need cgroup rules. */
export function supportsDevPassthrough(pveVersion: string | undefined): boolean {
  if (!pveVersion) return true;
  const m = /^(\d+)\.(\d+)/.exec(pveVersion);
  if (!m) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 8 || (major === 8 && minor >= 1);
}

/** `lxc.mount.entry=/dev/fuse dev/fuse none bind` and `lxc.apparmor.profile: unconfined` to `key: value`. */
export function normalizeLxcLine(line: string): string {
  const s = line.trim();
  const eq = s.indexOf('=');
  const colon = s.indexOf(':');
  const cut = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  if (cut < 0) return s;
  return `${s.slice(0, cut).trim()}: ${s.slice(cut + 1).trim()}`;
}

/** Raw `lxc.*` lines of a live config (a key listed several times is joined with newlines). */
export function liveLxcLines(config: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const k in config) {
    if (!k.startsWith('lxc.')) continue;
    for (const line of config[k].split('\n')) out.push(`${k}: ${line.trim()}`);
  }
  return out;
}

function startupOf(g: Guest): string | undefined {
  if (g.bootOrder === undefined && !g.bootDelay) return undefined;
  const parts: string[] = [];
  if (g.bootOrder !== undefined) parts.push(`order=${g.bootOrder}`);
  if (g.bootDelay) parts.push(`up=${g.bootDelay}`);
  return parts.join(',');
}

/**
 * Proxmox applies a guest's firewall rules only to NICs carrying `firewall=1` (pve-firewall builds
 * the per-NIC chains from `net[n]` options with `firewall` set), so a guest whose firewall is on
 * gets it on every NIC; a NIC can still ask for it on its own.
 */
function nicFirewall(g: Guest, n: NetworkInterface): boolean {
  return n.firewall === true || g.firewall?.enabled === true;
}

function lxcNet(n: NetworkInterface, firewall: boolean): string {
  const parts = [`name=${n.name}`, `bridge=${n.bridge}`];
  if (firewall) parts.push('firewall=1');
  if (n.gw) parts.push(`gw=${n.gw}`);
  if (n.hwaddr) parts.push(`hwaddr=${n.hwaddr.toUpperCase()}`);
  if (n.ip) parts.push(`ip=${n.ip}`);
  if (n.tag !== undefined) parts.push(`tag=${n.tag}`);
  parts.push('type=veth');
  return parts.join(',');
}

function vmNet(n: NetworkInterface, firewall: boolean): string {
  const parts = [n.hwaddr ? `virtio=${n.hwaddr.toUpperCase()}` : 'virtio', `bridge=${n.bridge}`];
  if (firewall) parts.push('firewall=1');
  if (n.tag !== undefined) parts.push(`tag=${n.tag}`);
  return parts.join(',');
}

const NVIDIA_SHARED_DEVICES = ['/dev/nvidiactl', '/dev/nvidia-uvm', '/dev/nvidia-uvm-tools'];

/** Shared devices first, so that adding or removing a GPU only touches the last `dev[n]` keys. */
export function gpuDevices(gpus: readonly number[]): string[] {
  return gpus.length ? [...NVIDIA_SHARED_DEVICES, ...gpus.map((i) => `/dev/nvidia${i}`)] : [];
}

function lxcConfig(g: Guest, ctx: ConfigContext, onto?: Readonly<Record<string, string>>): DesiredConfig {
  const k = configWriter<LxcKey>();
  k.set('hostname', g.name);
  k.set('memory', String(g.memoryMb));
  if (g.swapMb !== undefined) k.set('swap', String(g.swapMb));
  k.set('cores', String(g.cores));
  k.set('onboot', g.startAtBoot ? '1' : '0');
  const startup = startupOf(g);
  if (startup) k.set('startup', startup);
  k.set('unprivileged', g.unprivileged === false ? '0' : '1');
  k.set('protection', g.protection ? '1' : '0');
  const features = Object.entries(g.pctFeatures)
    .map(([f, v]) => `${f}=${v}`)
    .sort();
  if (features.length) k.set('features', features.join(','));
  for (const n of g.networks) k.set(`net${n.index}`, lxcNet(n, nicFirewall(g, n)));
  if (g.nameservers.length) k.set('nameserver', g.nameservers.join(' '));
  k.set('rootfs', `${g.storagePool}:${g.diskSizeGb}`);
  // Volumes carry `backup=1`: Proxmox leaves a mount point without it out of vzdump backups and
  // snapshots (pve-container `mountpoint_backup_enabled`), so its data would have no copy.
  const slots = g.mountPoints.length ? assignMountSlots(g.mountPoints, onto) : [];
  g.mountPoints.forEach((m, i) => {
    const ro = m.readOnly ? ',ro=1' : '';
    k.set(
      slots[i] as `mp${number}`,
      m.sizeGb !== undefined && !m.source.startsWith('/')
        ? `${m.source}:${m.sizeGb},mp=${m.target},backup=1${ro}`
        : `${m.source},mp=${m.target}${ro}`,
    );
  });
  const raw: string[] = [];
  const seen = new Set<string>();
  const addRaw = (line: string) => {
    const n = normalizeLxcLine(line);
    if (!seen.has(n)) {
      seen.add(n);
      raw.push(n);
    }
  };
  for (const line of userRawLines(g, ctx, 0)) addRaw(line);
  const devices = gpuDevices(g.gpus);
  if (supportsDevPassthrough(ctx.pveVersion)) {
    devices.forEach((d, i) => k.set(`dev${i}`, d));
  } else if (devices.length) {
    addRaw('lxc.cgroup2.devices.allow: c 195:* rwm');
    for (const d of devices) addRaw(`lxc.mount.entry: ${d} ${d.slice(1)} none bind,optional,create=file`);
  }
  const createOnly = configWriter<LxcKey>();
  createOnly.set('ostype', 'ubuntu');
  createOnly.set('arch', 'amd64');
  return { keys: k.values, createOnly: createOnly.values, lxcRaw: raw };
}

/** The raw lines the config writes for a container (`lxc_options`, `apparmor_profile`), normalised. */
function ownRawLines(g: Guest): string[] {
  const own = g.lxcOptions.map(normalizeLxcLine);
  if (g.apparmorProfile && !own.some((l) => l.startsWith('lxc.apparmor.profile:')))
    own.push(`lxc.apparmor.profile: ${g.apparmorProfile}`);
  return own;
}

/**
 * Which raw line a clone's own line replaces: `lxc.mount.entry` by its target, cgroup device
 * rules by their whole text (they add up), every other key by the key.
 */
function rawIdentity(line: string): string {
  const cut = line.indexOf(': ');
  const key = line.slice(0, cut);
  const value = line.slice(cut + 2).trim();
  if (key === 'lxc.mount.entry') return `${key} ${value.split(/\s+/)[1] ?? value}`;
  if (/^lxc\.cgroup2?\.devices\.(allow|deny)$/.test(key)) return `${key} ${value}`;
  return key;
}

/**
 * A container's configured raw lines with a clone's inherited ones: its source's (which
 * `pct clone` copies: pve-container API2/LXC.pm `clone_vm` copies every key of the source config,
 * `lxc` included) that its own lines do not replace, then its own. Without this, the configure
 * step after the clone wrote only the clone's own lines and dropped the inherited ones.
 */
function userRawLines(g: Guest, ctx: ConfigContext, depth: number): string[] {
  const own = ownRawLines(g);
  const src = g.cloneFrom !== undefined ? ctx.desiredById?.get(g.cloneFrom) : undefined;
  // The clone graph is acyclic once validated; the bound only keeps a broken config finite.
  // GPU lines are not inherited: each guest's own `gpu_assignment` decides them.
  if (!src || src.kind !== 'lxc' || depth > 32) return own;
  const mine = new Set(own.map(rawIdentity));
  const inherited = userRawLines(src, ctx, depth + 1).filter((l) => !mine.has(rawIdentity(l)));
  return inherited.length ? [...inherited, ...own] : own;
}

/**
 * The cloud-init SSH keys of a VM: `user_config.ssh_public_key` as written (one key, or several
 * on separate lines), trimmed; undefined when absent or empty. Apply hands it to `qm --sshkeys`;
 * Proxmox stores it URL-encoded (`encodeSshKeys`).
 */
export function sshKeysOf(g: Guest): string | undefined {
  const user = g.raw.user_config;
  if (typeof user !== 'object' || user === null || Array.isArray(user)) return undefined;
  const key = (user as Record<string, unknown>).ssh_public_key;
  if (typeof key !== 'string') return undefined;
  const lines = key
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines.join('\n') : undefined;
}

/** `sshkeys` as Proxmox stores it: every byte but `A-Za-z0-9-._~` percent-encoded (upper-case hex). */
export function encodeSshKeys(keys: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(keys.endsWith('\n') ? keys : keys + '\n')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** The keys of a stored (URL-encoded) or desired `sshkeys` value, one per line, blank lines dropped. */
export function sshKeyLines(value: string): string[] {
  let text = value;
  if (/%[0-9A-Fa-f]{2}/.test(value) && !/\s/.test(value)) {
    try {
      text = decodeURIComponent(value);
    } catch {
      text = value;
    }
  }
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function vmConfig(g: Guest): DesiredConfig {
  const k = configWriter<QemuKey>();
  k.set('name', g.name);
  k.set('memory', String(g.memoryMb));
  k.set('cores', String(g.cores));
  k.set('onboot', g.startAtBoot ? '1' : '0');
  const startup = startupOf(g);
  if (startup) k.set('startup', startup);
  k.set('protection', g.protection ? '1' : '0');
  k.set('agent', '1');
  for (const n of g.networks) {
    k.set(`net${n.index}`, vmNet(n, nicFirewall(g, n)));
    if (n.ip) k.set(`ipconfig${n.index}`, n.gw && n.ip !== 'dhcp' ? `ip=${n.ip},gw=${n.gw}` : `ip=${n.ip}`);
  }
  if (g.nameservers.length) k.set('nameserver', g.nameservers.join(' '));
  if (g.ciUser) k.set('ciuser', g.ciUser);
  const keys = sshKeysOf(g);
  if (keys) k.set('sshkeys', keys);
  k.set('scsi0', `${g.storagePool}:${g.diskSizeGb}`);
  const createOnly = configWriter<QemuKey>();
  createOnly.set('scsihw', 'virtio-scsi-pci');
  createOnly.set('boot', 'order=scsi0');
  createOnly.set('ide2', `${g.storagePool}:cloudinit`);
  createOnly.set('serial0', 'socket');
  createOnly.set('vga', 'serial0');
  createOnly.set('ostype', 'l26');
  // A stock cloud image has no guest agent: cloud-init's vendor data installs it (clones inherit it).
  if (g.cloneFrom === undefined) createOnly.set('cicustom', `vendor=${AGENT_SNIPPET.volume}`);
  return { keys: k.values, createOnly: createOnly.values, lxcRaw: [] };
}

/**
 * The config Phoenix wants on `guest`. `onto` is the config it is compared with (the live guest,
 * or what a clone inherits): container mount points keep the `mpN` slots that hold their paths
 * there (plan/volume-slots.ts); without it they take `mp0`, `mp1`... in list order.
 */
export function desiredConfig(
  guest: Guest,
  ctx: ConfigContext = {},
  onto?: Readonly<Record<string, string>>,
): DesiredConfig {
  return guest.kind === 'lxc' ? lxcConfig(guest, ctx, onto) : vmConfig(guest);
}
