/**
 * The container config keys (`pct.conf`) and their value types, written from the Proxmox VE 9.1
 * API schema. `pct create` and `pct set` accept all of them as options; a test compares this
 * table with ../shared/pve-api so that the simulator rejects exactly what Proxmox rejects.
 */
import { BOOL, fmt, int, num, oneOf, prop, STR, type ValueType } from './pve-values.js';

export const LXC_NET = prop(
  {
    name: STR,
    bridge: STR,
    firewall: BOOL,
    gw: STR,
    gw6: STR,
    'host-managed': BOOL,
    hwaddr: fmt('mac-addr'),
    ip: STR,
    ip6: STR,
    link_down: BOOL,
    mtu: int(64, 65535),
    rate: num(0),
    tag: int(1, 4094),
    trunks: STR,
    type: oneOf('veth'),
  },
  { required: ['name'] },
);

const MOUNT_COMMON = {
  acl: BOOL,
  mountoptions: STR,
  quota: BOOL,
  replicate: BOOL,
  ro: BOOL,
  shared: BOOL,
  size: fmt('disk-size'),
  volume: STR,
};

export const LXC_ROOTFS = prop(MOUNT_COMMON, { defaultKey: 'volume', required: ['volume'] });
export const LXC_MP = prop(
  { ...MOUNT_COMMON, backup: BOOL, keepattrs: BOOL, mp: STR },
  { defaultKey: 'volume', required: ['mp', 'volume'] },
);
export const LXC_DEV = prop(
  { 'deny-write': BOOL, gid: int(0), mode: STR, path: STR, uid: int(0) },
  { defaultKey: 'path' },
);
export const LXC_FEATURES = prop({
  force_rw_sys: BOOL,
  fuse: BOOL,
  keyctl: BOOL,
  mknod: BOOL,
  mount: STR,
  nesting: BOOL,
});
export const STARTUP = prop({ order: int(0), up: int(0), down: int(0) }, { defaultKey: 'order' });

/** Keys valid for every supported version; `sinceMajor` marks keys new in PVE 9. */
export const LXC_KEYS: Record<string, ValueType> = {
  arch: oneOf('amd64', 'arm64', 'armhf', 'i386', 'riscv32', 'riscv64'),
  cmode: oneOf('console', 'shell', 'tty'),
  console: BOOL,
  cores: int(1, 8192),
  cpulimit: num(0, 8192),
  cpuunits: int(0, 500000),
  debug: BOOL,
  description: { t: 'str', maxLength: 8192 },
  entrypoint: STR,
  env: STR,
  features: LXC_FEATURES,
  hookscript: STR,
  hostname: fmt('dns-name', 255),
  lock: oneOf(
    'backup',
    'create',
    'destroyed',
    'disk',
    'fstrim',
    'migrate',
    'mounted',
    'rollback',
    'snapshot',
    'snapshot-delete',
  ),
  memory: int(16),
  nameserver: STR,
  onboot: BOOL,
  ostype: oneOf(
    'alpine',
    'archlinux',
    'centos',
    'debian',
    'devuan',
    'fedora',
    'gentoo',
    'nixos',
    'opensuse',
    'ubuntu',
    'unmanaged',
  ),
  protection: BOOL,
  rootfs: LXC_ROOTFS,
  searchdomain: STR,
  startup: STARTUP,
  swap: int(0),
  tags: fmt('pve-tag-list'),
  template: BOOL,
  timezone: STR,
  tty: int(0, 6),
  unprivileged: BOOL,
};

export const LXC_KEYS_PVE9_ONLY = ['entrypoint', 'env'];

/** Numbered option families (also used by qemu-schema): `[/^net(\d+)$/, 31, type]` is `net0`..`net31`. */
export type IndexedFamilies = ReadonlyArray<readonly [RegExp, number, ValueType]>;

/** The type of a numbered option (`net3`, `mp12`), if it is one; no leading zeros. */
export function indexedKeyType(families: IndexedFamilies, name: string): ValueType | undefined {
  for (const [re, max, type] of families) {
    const m = re.exec(name);
    if (m && String(Number(m[1])) === m[1] && Number(m[1]) <= max) return type;
  }
  return undefined;
}

const INDEXED: IndexedFamilies = [
  [/^net(\d+)$/, 31, LXC_NET],
  [/^mp(\d+)$/, 255, LXC_MP],
  [/^dev(\d+)$/, 255, LXC_DEV],
  [/^unused(\d+)$/, 255, prop({ volume: STR }, { defaultKey: 'volume', required: ['volume'] })],
];

/** The type of an indexed key (`net0`..`net31`, `mp0`..`mp255`, ...). */
export function lxcIndexedKey(name: string): ValueType | undefined {
  return indexedKeyType(INDEXED, name);
}

export function lxcKeyType(name: string, pveMajor = 9): ValueType | undefined {
  if (pveMajor < 9 && LXC_KEYS_PVE9_ONLY.includes(name)) return undefined;
  return LXC_KEYS[name] ?? lxcIndexedKey(name);
}
