/**
 * Turns the config records a Plan carries (`{"memory": "2048", "net0": "name=eth0,..."}`, Proxmox's
 * command syntax, see plan/desired-config.ts) into the typed settings of the command builders.
 * Pure. A key the builders cannot send is an error, never silently dropped, except the LXC
 * create-only keys `ostype`/`arch`, which `pct create` detects from the template by itself.
 */
import type { LxcSettings, QemuSettings } from '../proxmox/commands.js';

export class ConfigArgsError extends Error {}

/** LXC keys that only matter at creation and that `pct create` fills in from the template. */
export const LXC_DETECTED_KEYS: ReadonlySet<string> = new Set(['ostype', 'arch']);

const INDEXED = /^(net|mp|dev|scsi|virtio|sata|ide|serial|ipconfig)(\d+)$/;

function int(key: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new ConfigArgsError(`${key}: expected a whole number, got '${value}'`);
  return Number(value);
}

function bool(key: string, value: string): boolean {
  if (value === '1') return true;
  if (value === '0') return false;
  throw new ConfigArgsError(`${key}: expected 0 or 1, got '${value}'`);
}

const list = (value: string): string[] => value.split(/[\s,;]+/).filter(Boolean);

type IndexedMap = Record<number, string>;
/** Turns a config value into the builder's type (`key` names the value in errors). */
type Conversion = (key: string, value: string) => unknown;

const text: Conversion = (_key, value) => value;
const words: Conversion = (_key, value) => list(value);
const bootOrder: Conversion = (_key, value) => {
  const order = /^order=(.+)$/.exec(value);
  if (!order) throw new ConfigArgsError(`boot: expected 'order=DEV;DEV', got '${value}'`);
  return order[1]!.split(';').filter(Boolean);
};

/** The key -> conversion table of one guest kind, from `[conversion, ...keys]` groups. */
function conversions(
  groups: ReadonlyArray<readonly [Conversion, ...string[]]>,
): ReadonlyMap<string, Conversion> {
  return new Map(groups.flatMap(([convert, ...keys]) => keys.map((k) => [k, convert] as const)));
}

const LXC_CONVERSIONS = conversions([
  [text, 'hostname', 'searchdomain', 'features', 'startup', 'rootfs', 'description', 'timezone'],
  [int, 'memory', 'swap', 'cores'],
  [(_key, value) => Number(value), 'cpulimit'],
  [bool, 'onboot', 'protection'],
  [words, 'nameserver', 'tags'],
]);

const QEMU_CONVERSIONS = conversions([
  [text, 'name', 'cpu', 'vga', 'agent', 'startup', 'searchdomain', 'ciuser', 'description'],
  [text, 'ostype', 'scsihw', 'citype'],
  [int, 'memory', 'balloon', 'cores', 'sockets'],
  [bool, 'onboot', 'protection'],
  [words, 'nameserver', 'tags'],
  [bootOrder, 'boot'],
]);

/**
 * Builder settings from a config record: numbered keys of `families` (`net0`) go into index maps,
 * keys in `table` are converted, `other` may take a key (true when it did); anything else is an
 * error naming `what` (container, VM).
 */
function settingsOf(
  config: Readonly<Record<string, string>>,
  families: readonly string[],
  table: ReadonlyMap<string, Conversion>,
  other: (key: string, value: string) => boolean,
  what: string,
): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const m = INDEXED.exec(key);
    const convert = table.get(key);
    if (m && families.includes(m[1]!)) {
      const map = (s[m[1]!] as IndexedMap | undefined) ?? {};
      map[Number(m[2])] = value;
      s[m[1]!] = map;
    } else if (convert) s[key] = convert(key, value);
    else if (!other(key, value))
      throw new ConfigArgsError(`apply cannot set the ${what} key '${key}' (no builder option for it)`);
  }
  return s;
}

export interface LxcArgs {
  readonly settings: LxcSettings;
  /** Create only. */
  readonly unprivileged?: boolean;
}

/** `pct create` / `pct set` settings from a config record. */
export function lxcArgs(config: Readonly<Record<string, string>>): LxcArgs {
  let unprivileged: boolean | undefined;
  const settings = settingsOf(
    config,
    ['net', 'mp', 'dev'],
    LXC_CONVERSIONS,
    (key, value) => {
      if (key === 'unprivileged') unprivileged = bool(key, value);
      return key === 'unprivileged' || LXC_DETECTED_KEYS.has(key);
    },
    'container',
  );
  return { settings, unprivileged };
}

export interface QemuArgs {
  readonly settings: QemuSettings;
  /** Public SSH keys for cloud-init (the CLI needs them in a host file). */
  readonly sshkeys?: string;
}

/** `qm create` / `qm set` settings from a config record. */
export function qemuArgs(config: Readonly<Record<string, string>>): QemuArgs {
  let sshkeys: string | undefined;
  const settings = settingsOf(
    config,
    ['net', 'scsi', 'virtio', 'sata', 'ide', 'serial', 'ipconfig'],
    QEMU_CONVERSIONS,
    (key, value) => {
      if (key === 'sshkeys') sshkeys = value;
      return key === 'sshkeys';
    },
    'VM',
  );
  return { settings, sshkeys };
}

/** Splits `local:vztmpl/ubuntu.tar.zst` into the storage and the file name `pveam download` takes. */
export function templateParts(volid: string): { storage: string; file: string } | undefined {
  const m = /^([^:/]+):vztmpl\/([^/]+)$/.exec(volid);
  return m ? { storage: m[1]!, file: m[2]! } : undefined;
}
