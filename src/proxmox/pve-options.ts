/**
 * Value checks and typed `key=value,...` property strings for Proxmox VE options (`net0`, `rootfs`,
 * `mp0`, `features`, `dev0`, `startup`, `ipconfig0`, `agent`, `scsi0`, ...). Everything is pure:
 * builders throw `HostCommandInputError` on input Proxmox would reject, before anything is sent.
 * Rules follow the PVE 8.4 / 9.1 schema (`../shared/pve-api`, string-formats.json).
 */

/** Input that would produce an invalid host command (bad VMID, snapshot name, storage id...). */
export class HostCommandInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HostCommandInputError';
  }
}

/** Throws `HostCommandInputError` (as `bad` in the builder modules). */
export function fail(message: string): never {
  throw new HostCommandInputError(message);
}

/** A value quoted for an error message. */
export const show = (v: unknown): string => JSON.stringify(v);

// ---- single values ----

const VMID_MIN = 100;
const VMID_MAX = 999_999_999;

export function checkVmid(id: number, what = 'VMID'): string {
  if (!Number.isInteger(id) || id < VMID_MIN || id > VMID_MAX)
    fail(`invalid ${what} ${show(id)}: must be an integer from ${VMID_MIN} to ${VMID_MAX}`);
  return String(id);
}

export function checkInteger(
  value: number,
  what: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): string {
  if (!Number.isInteger(value) || value < min || value > max)
    fail(
      `invalid ${what} ${show(value)}: must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}`,
    );
  return String(value);
}

const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;

/** Snapshot names: a letter, then letters/digits/`_`/`-`, 2..40 chars; some names are reserved. */
export function checkSnapshotName(name: string, kind: 'lxc' | 'qemu'): string {
  if (typeof name !== 'string' || !CONFIG_ID.test(name) || name.length > 40)
    fail(`invalid snapshot name ${show(name)}: use 2-40 letters, digits, '_' or '-', starting with a letter`);
  const reserved = kind === 'lxc' ? ['current', 'vzdump'] : ['current', 'pending'];
  if (reserved.includes(name.toLowerCase())) fail(`snapshot name ${show(name)} is reserved by Proxmox`);
  return name;
}

/** A config key (`pve-configid`), e.g. for `--delete`. */
export function checkConfigKey(key: string): string {
  if (!CONFIG_ID.test(key)) fail(`invalid config key ${show(key)}`);
  return key;
}

const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;

export function checkStorageId(id: string): string {
  if (typeof id !== 'string' || !STORAGE_ID.test(id))
    fail(
      `invalid storage id ${show(id)}: use letters, digits, '-', '_' or '.', starting with a letter and ending with a letter or digit`,
    );
  return id;
}

const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

export function checkNodeName(name: string): string {
  if (!NODE_NAME.test(name)) fail(`invalid node name ${show(name)}`);
  return name;
}

const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const DNS_NAME = new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`);

export function checkDnsName(name: string, what = 'host name'): string {
  if (!DNS_NAME.test(name) || name.length > 255) fail(`invalid ${what} ${show(name)}: not a valid DNS name`);
  return name;
}

const TAG = /^[a-z0-9_][a-z0-9_\-+.]*$/i;

/** Tags as Proxmox stores them: `;`-separated. */
export function tagList(tags: readonly string[]): string {
  for (const t of tags)
    if (!TAG.test(t)) fail(`invalid tag ${show(t)}: use letters, digits, '_', '-', '+' or '.'`);
  return tags.join(';');
}

const BRIDGE = /^[-_.\w]+$/;

export function checkBridge(name: string): string {
  if (!BRIDGE.test(name)) fail(`invalid bridge name ${show(name)}`);
  return name;
}

const MAC = /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i;

export function checkMac(mac: string): string {
  if (!MAC.test(mac)) fail(`invalid MAC address ${show(mac)}: expected a unicast XX:XX:XX:XX:XX:XX`);
  return mac;
}

const OCTET = '(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

export function isIpv4(s: string): boolean {
  return IPV4.test(s);
}

/** Loose but safe IPv6 check: hex groups and colons, optional embedded IPv4, one `::` at most. */
export function isIpv6(s: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(s) || !s.includes(':')) return false;
  const dbl = s.split('::');
  if (dbl.length > 2) return false;
  let groups = s.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1] ?? '';
  let extra = 0;
  if (last.includes('.')) {
    if (!IPV4.test(last)) return false;
    groups = groups.slice(0, -1);
    extra = 2;
  }
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = groups.length + extra;
  return dbl.length === 2 ? count <= 7 : count === 8;
}

function checkCidr(value: string, v6: boolean, what: string): string {
  const m = /^(.*)\/(\d{1,3})$/.exec(value);
  const ok =
    m && (v6 ? isIpv6(m[1]!) : isIpv4(m[1]!)) && Number(m[2]) >= 8 && Number(m[2]) <= (v6 ? 128 : 32);
  if (!ok) fail(`invalid ${what} ${show(value)}: expected an ${v6 ? 'IPv6' : 'IPv4'} address in CIDR form`);
  return value;
}

/** `dhcp`, `manual` or IPv4/CIDR (LXC `ip=`, cloud-init `ip=`). */
export function checkIpv4Config(value: string): string {
  return value === 'dhcp' || value === 'manual' ? value : checkCidr(value, false, 'IPv4 address');
}

export function checkIpv6Config(value: string): string {
  return ['auto', 'dhcp', 'manual'].includes(value) ? value : checkCidr(value, true, 'IPv6 address');
}

export function checkIp(value: string, what = 'IP address'): string {
  if (!isIpv4(value) && !isIpv6(value)) fail(`invalid ${what} ${show(value)}`);
  return value;
}

/** True when `s` holds a control character (a tab is allowed when `allowTab`). */
export function hasControlChars(s: string, allowTab = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code < 0x20 && !(allowTab && code === 0x09)) || code === 0x7f) return true;
  }
  return false;
}

/** Absolute path without `..`/`.` components or control characters. */
export function checkAbsolutePath(path: string, what: string): string {
  if (typeof path !== 'string' || !path.startsWith('/') || hasControlChars(path))
    fail(`invalid ${what} ${show(path)}: must be an absolute path without control characters`);
  if (/\/\.\.?(\/|$)/.test(path))
    fail(`invalid ${what} ${show(path)}: must not contain '.' or '..' components`);
  return path;
}

/** A value that must stay on one line (it is written into a config file by Proxmox). */
export function checkSingleLine(value: string, what: string): string {
  if (hasControlChars(value, true)) fail(`invalid ${what} ${show(value)}: contains control characters`);
  return value;
}

/** `pct resize` / `qm resize` size: `+4G` grows by 4 GiB, `16G` sets an absolute size. */
export function checkResizeSize(size: string): string {
  if (!/^\+?\d+(\.\d+)?[KMGT]?$/.test(size))
    fail(`invalid disk size ${show(size)}: expected e.g. '+4G' (grow) or '16G' (absolute)`);
  return size;
}

export const bool01 = (b: boolean): string => (b ? '1' : '0');

export type Opt = string | number | boolean | undefined;

/** CLI `--key value` pairs in the given order; booleans as 1/0; undefined values are skipped. */
export function options(entries: ReadonlyArray<readonly [string, Opt]>): string[] {
  const out: string[] = [];
  for (const [key, v] of entries) {
    if (v === undefined) continue;
    out.push(`--${key}`, typeof v === 'boolean' ? bool01(v) : String(v));
  }
  return out;
}

// ---- property strings ----

type PropValue = string | number | boolean | undefined;

/**
 * Renders `k=v,k=v`. The first pair is written without `key=` when `bareFirst` is set (Proxmox's
 * default key). Values may not contain `,` (the separator) or control characters.
 */
export function propertyString(
  option: string,
  pairs: ReadonlyArray<readonly [string, PropValue]>,
  bareFirst = false,
): string {
  const parts: string[] = [];
  pairs.forEach(([key, raw], i) => {
    if (raw === undefined) return;
    const value = typeof raw === 'boolean' ? bool01(raw) : String(raw);
    if (value === '' || value.includes(',') || hasControlChars(value))
      fail(`invalid ${option} value for '${key}': ${show(value)} (empty, ',' or control characters)`);
    if (i === 0 && bareFirst) {
      if (value.includes('=')) fail(`invalid ${option} value for '${key}': ${show(value)} contains '='`);
      parts.push(value);
    } else parts.push(`${key}=${value}`);
  });
  if (parts.length === 0) fail(`${option} needs at least one setting`);
  return parts.join(',');
}

/** Splits a property string into sub-keys (a part without `=` goes to `defaultKey`). */
export function parsePropertyString(text: string, defaultKey?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (defaultKey) out[defaultKey] = part;
      else out[part] = '';
    } else out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/** LXC `net[n]`. */
export interface LxcNet {
  readonly name: string;
  readonly bridge?: string;
  readonly ip?: string;
  readonly gw?: string;
  readonly ip6?: string;
  readonly gw6?: string;
  readonly hwaddr?: string;
  readonly tag?: number;
  readonly firewall?: boolean;
  readonly mtu?: number;
  /** Rate limit in MB/s. */
  readonly rate?: number;
}

export function lxcNet(n: LxcNet): string {
  if (!/^[a-zA-Z0-9_.-]{1,15}$/.test(n.name)) fail(`invalid interface name ${show(n.name)}`);
  if (n.bridge !== undefined) checkBridge(n.bridge);
  if (n.ip !== undefined) checkIpv4Config(n.ip);
  if (n.gw !== undefined && !isIpv4(n.gw)) fail(`invalid IPv4 gateway ${show(n.gw)}`);
  if (n.ip6 !== undefined) checkIpv6Config(n.ip6);
  if (n.gw6 !== undefined && !isIpv6(n.gw6)) fail(`invalid IPv6 gateway ${show(n.gw6)}`);
  if (n.hwaddr !== undefined) checkMac(n.hwaddr);
  if (n.tag !== undefined) checkInteger(n.tag, 'VLAN tag', 1, 4094);
  if (n.mtu !== undefined) checkInteger(n.mtu, 'MTU', 64, 65535);
  if (n.rate !== undefined && !(n.rate >= 0)) fail(`invalid rate ${show(n.rate)}`);
  // Proxmox's own order: the required `name` first, then alphabetical.
  return propertyString('net', [
    ['name', n.name],
    ['bridge', n.bridge],
    ['firewall', n.firewall],
    ['gw', n.gw],
    ['gw6', n.gw6],
    ['hwaddr', n.hwaddr],
    ['ip', n.ip],
    ['ip6', n.ip6],
    ['mtu', n.mtu],
    ['rate', n.rate],
    ['tag', n.tag],
  ]);
}

const MOUNT_OPTIONS = ['discard', 'lazytime', 'noatime', 'nodev', 'noexec', 'nosuid'] as const;
export type MountOption = (typeof MOUNT_OPTIONS)[number];

interface VolumeFlags {
  readonly acl?: boolean;
  readonly quota?: boolean;
  readonly ro?: boolean;
  readonly replicate?: boolean;
  readonly mountOptions?: readonly MountOption[];
}

/** A new volume (`storage` + `sizeGb`) or an existing volume / host path (`volume`). */
export type VolumeSource =
  { readonly storage: string; readonly sizeGb: number } | { readonly volume: string };

function volumeString(src: VolumeSource, option: string): string {
  if ('storage' in src) {
    checkStorageId(src.storage);
    if (!(src.sizeGb > 0) || !/^\d+(\.\d+)?$/.test(String(src.sizeGb)))
      fail(`invalid ${option} size ${show(src.sizeGb)}: must be a positive number of GiB`);
    return `${src.storage}:${src.sizeGb}`;
  }
  const v = src.volume;
  if (v.startsWith('/')) checkAbsolutePath(v, `${option} host path`);
  else if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(v)) fail(`invalid ${option} volume ${show(v)}`);
  return v;
}

function mountOptions(opts: readonly MountOption[] | undefined): string | undefined {
  if (!opts || opts.length === 0) return undefined;
  for (const o of opts) if (!MOUNT_OPTIONS.includes(o)) fail(`invalid mount option ${show(o)}`);
  return opts.join(';');
}

/** LXC `rootfs`, e.g. `local-lvm:8` for a new 8 GiB volume. */
export function lxcRootfs(src: VolumeSource, flags: VolumeFlags = {}): string {
  return propertyString(
    'rootfs',
    [
      ['volume', volumeString(src, 'rootfs')],
      ['acl', flags.acl],
      ['mountoptions', mountOptions(flags.mountOptions)],
      ['quota', flags.quota],
      ['replicate', flags.replicate],
      ['ro', flags.ro],
    ],
    true,
  );
}

/** LXC `mp[n]`: a new volume, an existing one, or a host directory bind-mounted at `mp`. */
export function lxcMountPoint(
  src: VolumeSource,
  mp: string,
  flags: VolumeFlags & { readonly backup?: boolean; readonly shared?: boolean } = {},
): string {
  checkAbsolutePath(mp, 'mount point path');
  return propertyString(
    'mp',
    [
      ['volume', volumeString(src, 'mp')],
      ['mp', mp],
      ['acl', flags.acl],
      ['backup', flags.backup],
      ['mountoptions', mountOptions(flags.mountOptions)],
      ['quota', flags.quota],
      ['replicate', flags.replicate],
      ['ro', flags.ro],
      ['shared', flags.shared],
    ],
    true,
  );
}

export interface LxcFeatures {
  readonly nesting?: boolean;
  readonly keyctl?: boolean;
  readonly fuse?: boolean;
  readonly mknod?: boolean;
  readonly force_rw_sys?: boolean;
  /** File system types allowed to be mounted (`nfs`, `cifs`...). */
  readonly mount?: readonly string[];
}

export function lxcFeatures(f: LxcFeatures): string {
  const mount = f.mount && f.mount.length > 0 ? f.mount : undefined;
  for (const t of mount ?? []) if (!/^[a-zA-Z0-9_; ]+$/.test(t)) fail(`invalid file system type ${show(t)}`);
  return propertyString('features', [
    ['force_rw_sys', f.force_rw_sys],
    ['fuse', f.fuse],
    ['keyctl', f.keyctl],
    ['mknod', f.mknod],
    ['mount', mount?.join(';')],
    ['nesting', f.nesting],
  ]);
}

/** LXC `dev[n]` device passthrough (PVE >= 8.1). */
export interface LxcDev {
  readonly path: string;
  readonly gid?: number;
  readonly uid?: number;
  /** Octal, e.g. `0660`. */
  readonly mode?: string;
  readonly denyWrite?: boolean;
}

export function lxcDev(d: LxcDev): string {
  if (!d.path.startsWith('/dev/')) fail(`invalid device path ${show(d.path)}: must start with /dev/`);
  checkAbsolutePath(d.path, 'device path');
  if (d.mode !== undefined && !/^0[0-7]{3}$/.test(d.mode)) fail(`invalid device mode ${show(d.mode)}`);
  if (d.gid !== undefined) checkInteger(d.gid, 'device gid', 0);
  if (d.uid !== undefined) checkInteger(d.uid, 'device uid', 0);
  return propertyString(
    'dev',
    [
      ['path', d.path],
      ['deny-write', d.denyWrite],
      ['gid', d.gid],
      ['mode', d.mode],
      ['uid', d.uid],
    ],
    true,
  );
}

/** `startup`: boot order and delays in seconds (CT and VM). */
export function startupOrder(s: {
  readonly order?: number;
  readonly up?: number;
  readonly down?: number;
}): string {
  for (const [k, v] of Object.entries(s)) if (v !== undefined) checkInteger(v, `startup ${k}`, 0);
  return propertyString('startup', [
    ['order', s.order],
    ['up', s.up],
    ['down', s.down],
  ]);
}

const QEMU_NIC_MODELS = ['e1000', 'e1000e', 'rtl8139', 'virtio', 'vmxnet3'] as const;

/** QEMU `net[n]`, e.g. `virtio,bridge=vmbr0` or `virtio=BC:24:11:00:00:01,bridge=vmbr0`. */
export interface QemuNet {
  readonly model?: (typeof QEMU_NIC_MODELS)[number];
  readonly bridge: string;
  readonly macaddr?: string;
  readonly tag?: number;
  readonly firewall?: boolean;
  readonly mtu?: number;
  readonly queues?: number;
  readonly linkDown?: boolean;
}

export function qemuNet(n: QemuNet): string {
  const model = n.model ?? 'virtio';
  if (!QEMU_NIC_MODELS.includes(model)) fail(`invalid NIC model ${show(model)}`);
  checkBridge(n.bridge);
  if (n.macaddr !== undefined) checkMac(n.macaddr);
  if (n.tag !== undefined) checkInteger(n.tag, 'VLAN tag', 1, 4094);
  if (n.mtu !== undefined) checkInteger(n.mtu, 'MTU', 1, 65520);
  if (n.queues !== undefined) checkInteger(n.queues, 'queues', 0, 64);
  const first: [string, PropValue] = n.macaddr ? [model, n.macaddr] : ['model', model];
  return propertyString(
    'net',
    [
      first,
      ['bridge', n.bridge],
      ['firewall', n.firewall],
      ['link_down', n.linkDown],
      ['mtu', n.mtu],
      ['queues', n.queues],
      ['tag', n.tag],
    ],
    !n.macaddr,
  );
}

/** QEMU disk (`scsi[n]`, `virtio[n]`, `ide[n]`, `sata[n]`). */
export interface QemuDrive {
  /** Existing volume, `storage:sizeGiB` for a new one, `storage:0` with `importFrom`, or `none`. */
  readonly file: string;
  readonly importFrom?: string;
  readonly media?: 'disk' | 'cdrom';
  readonly format?: 'raw' | 'qcow2' | 'vmdk';
  readonly cache?: 'none' | 'writethrough' | 'writeback' | 'unsafe' | 'directsync';
  readonly discard?: boolean;
  readonly ssd?: boolean;
  readonly iothread?: boolean;
  readonly backup?: boolean;
}

export function qemuDrive(d: QemuDrive): string {
  if (!['none', 'cdrom'].includes(d.file) && !d.file.startsWith('/')) {
    if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.file)) fail(`invalid disk volume ${show(d.file)}`);
  }
  if (d.importFrom !== undefined) {
    if (d.importFrom.startsWith('/')) checkAbsolutePath(d.importFrom, 'import-from path');
    else if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.importFrom))
      fail(`invalid import-from volume ${show(d.importFrom)}`);
  }
  return propertyString(
    'disk',
    [
      ['file', d.file],
      ['backup', d.backup],
      ['cache', d.cache],
      ['discard', d.discard === undefined ? undefined : d.discard ? 'on' : 'ignore'],
      ['format', d.format],
      ['import-from', d.importFrom],
      ['iothread', d.iothread],
      ['media', d.media],
      ['ssd', d.ssd],
    ],
    true,
  );
}

/** The cloud-init drive on a storage, e.g. for `--ide2`. */
export function cloudInitDrive(storage: string): string {
  return `${checkStorageId(storage)}:cloudinit`;
}

/** Cloud-init `ipconfig[n]`. */
export function qemuIpconfig(c: {
  readonly ip?: string;
  readonly gw?: string;
  readonly ip6?: string;
  readonly gw6?: string;
}): string {
  if (c.ip !== undefined && c.ip !== 'dhcp') checkCidr(c.ip, false, 'IPv4 address');
  if (c.ip6 !== undefined && !['dhcp', 'auto'].includes(c.ip6)) checkCidr(c.ip6, true, 'IPv6 address');
  if (c.gw !== undefined && !isIpv4(c.gw)) fail(`invalid IPv4 gateway ${show(c.gw)}`);
  if (c.gw6 !== undefined && !isIpv6(c.gw6)) fail(`invalid IPv6 gateway ${show(c.gw6)}`);
  if (c.gw !== undefined && c.ip === undefined) fail('ipconfig: a gateway needs an ip');
  return propertyString('ipconfig', [
    ['ip', c.ip],
    ['gw', c.gw],
    ['ip6', c.ip6],
    ['gw6', c.gw6],
  ]);
}

/** QEMU guest agent, e.g. `enabled=1`. */
export function qemuAgent(a: {
  readonly enabled: boolean;
  readonly fstrimClonedDisks?: boolean;
  readonly type?: 'virtio' | 'isa';
}): string {
  return propertyString('agent', [
    ['enabled', a.enabled],
    ['fstrim_cloned_disks', a.fstrimClonedDisks],
    ['type', a.type],
  ]);
}

const QEMU_DEVICE =
  /^(ide[0-3]|sata[0-5]|scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|efidisk0|tpmstate0|net([0-9]|[12][0-9]|3[01])|hostpci([0-9]|1[0-5])|usb([0-9]|1[0-3]))$/;

/** `boot`: devices tried in order, e.g. `order=scsi0;net0`. */
export function qemuBootOrder(devices: readonly string[]): string {
  if (devices.length === 0) fail('boot order needs at least one device');
  for (const d of devices) if (!QEMU_DEVICE.test(d)) fail(`invalid boot device ${show(d)}`);
  return `order=${devices.join(';')}`;
}

// ---- Proxmox VE versions ----

export interface PveVersion {
  readonly major: number;
  readonly minor: number;
}

/** Accepts `9.1.2`, `8.4`, or `pve-manager/8.4.1/...` (the `pveversion` / `/version` forms). */
export function parsePveVersion(text: string): PveVersion {
  const m = /(?:^|\/)(\d+)\.(\d+)(?:[.-]\d+)?/.exec(text.trim());
  if (!m) fail(`cannot read a Proxmox VE version from ${show(text)}`);
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export function pveAtLeast(v: PveVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

/** `dev[n]` passthrough exists from PVE 8.1; older hosts need raw cgroup/mount lines. */
export function supportsLxcDev(v: PveVersion): boolean {
  return pveAtLeast(v, 8, 1);
}

/** A host device for a container; `major`/`minor` are needed only on PVE < 8.1. */
export interface PassthroughDevice extends LxcDev {
  readonly major?: number;
  readonly minor?: number;
}

/**
 * Device passthrough for a CT: `dev[n]` options on PVE >= 8.1 (indexes from `firstIndex`),
 * otherwise `lxc.cgroup2.devices.allow` + `lxc.mount.entry` lines for the CT config file.
 */
export function lxcPassthrough(
  version: PveVersion,
  devices: readonly PassthroughDevice[],
  firstIndex = 0,
): { readonly dev: Readonly<Record<number, string>>; readonly rawLines: readonly string[] } {
  if (supportsLxcDev(version)) {
    const dev: Record<number, string> = {};
    devices.forEach((d, i) => {
      const index = firstIndex + i;
      checkInteger(index, 'dev index', 0, 255);
      dev[index] = lxcDev(d);
    });
    return { dev, rawLines: [] };
  }
  const rawLines: string[] = [];
  for (const d of devices) {
    lxcDev(d);
    if (d.major === undefined)
      fail(
        `device ${d.path}: PVE ${version.major}.${version.minor} has no dev[n]; its major number is needed`,
      );
    const major = checkInteger(d.major, 'device major', 0);
    const minor = d.minor === undefined ? '*' : checkInteger(d.minor, 'device minor', 0);
    rawLines.push(`lxc.cgroup2.devices.allow: c ${major}:${minor} rwm`);
    rawLines.push(`lxc.mount.entry: ${d.path} ${d.path.slice(1)} none bind,optional,create=file`);
  }
  return { dev: {}, rawLines };
}
