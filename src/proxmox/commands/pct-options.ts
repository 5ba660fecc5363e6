/**
 * Typed Proxmox VE option values of containers (`pct`): `net[n]`, `rootfs`, `mp[n]`, `features`,
 * `dev[n]`, and device passthrough for the node's Proxmox VE version (`dev[n]` from 8.1, raw
 * `lxc.*` lines before). Pure; invalid input throws `HostCommandInputError`.
 */
import { fail, show } from './command.js';
import {
  checkAbsolutePath,
  checkBridge,
  checkInteger,
  checkIpv4Config,
  checkIpv6Config,
  checkMac,
  checkStorageId,
  isIpv4,
  isIpv6,
} from './checks.js';
import { propertyString } from './property-string.js';
import { supportsLxcDev, type PveVersion } from './pve-version.js';

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
