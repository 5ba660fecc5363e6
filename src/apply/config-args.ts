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

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type IndexedMap = Record<number, string>;

function putIndexed(target: Record<string, unknown>, family: string, index: number, value: string): void {
  const map = (target[family] as IndexedMap | undefined) ?? {};
  map[index] = value;
  target[family] = map;
}

export interface LxcArgs {
  readonly settings: LxcSettings;
  /** Create only. */
  readonly unprivileged?: boolean;
}

/** `pct create` / `pct set` settings from a config record. */
export function lxcArgs(config: Readonly<Record<string, string>>): LxcArgs {
  const s: Writable<LxcSettings> & Record<string, unknown> = {};
  let unprivileged: boolean | undefined;
  for (const [key, value] of Object.entries(config)) {
    const m = INDEXED.exec(key);
    if (m && ['net', 'mp', 'dev'].includes(m[1]!)) {
      putIndexed(s, m[1]!, Number(m[2]), value);
      continue;
    }
    switch (key) {
      case 'hostname':
      case 'searchdomain':
      case 'features':
      case 'startup':
      case 'rootfs':
      case 'description':
      case 'timezone':
        s[key] = value;
        break;
      case 'memory':
      case 'swap':
      case 'cores':
        s[key] = int(key, value);
        break;
      case 'cpulimit':
        s.cpulimit = Number(value);
        break;
      case 'onboot':
      case 'protection':
        s[key] = bool(key, value);
        break;
      case 'nameserver':
        s.nameserver = list(value);
        break;
      case 'tags':
        s.tags = list(value);
        break;
      case 'unprivileged':
        unprivileged = bool(key, value);
        break;
      default:
        if (LXC_DETECTED_KEYS.has(key)) break;
        throw new ConfigArgsError(`apply cannot set the container key '${key}' (no builder option for it)`);
    }
  }
  return { settings: s, unprivileged };
}

export interface QemuArgs {
  readonly settings: QemuSettings;
  /** Public SSH keys for cloud-init (the CLI needs them in a host file). */
  readonly sshkeys?: string;
}

/** `qm create` / `qm set` settings from a config record. */
export function qemuArgs(config: Readonly<Record<string, string>>): QemuArgs {
  const s: Writable<QemuSettings> & Record<string, unknown> = {};
  let sshkeys: string | undefined;
  for (const [key, value] of Object.entries(config)) {
    const m = INDEXED.exec(key);
    if (m && m[1] !== 'mp' && m[1] !== 'dev') {
      putIndexed(s, m[1]!, Number(m[2]), value);
      continue;
    }
    switch (key) {
      case 'name':
      case 'cpu':
      case 'vga':
      case 'agent':
      case 'startup':
      case 'searchdomain':
      case 'ciuser':
      case 'description':
        s[key] = value;
        break;
      case 'ostype':
        s.ostype = value as QemuSettings['ostype'];
        break;
      case 'scsihw':
        s.scsihw = value as QemuSettings['scsihw'];
        break;
      case 'citype':
        s.citype = value as QemuSettings['citype'];
        break;
      case 'memory':
      case 'balloon':
      case 'cores':
      case 'sockets':
        s[key] = int(key, value);
        break;
      case 'onboot':
      case 'protection':
        s[key] = bool(key, value);
        break;
      case 'nameserver':
        s.nameserver = list(value);
        break;
      case 'tags':
        s.tags = list(value);
        break;
      case 'boot': {
        const order = /^order=(.+)$/.exec(value);
        if (!order) throw new ConfigArgsError(`boot: expected 'order=DEV;DEV', got '${value}'`);
        s.boot = order[1]!.split(';').filter(Boolean);
        break;
      }
      case 'sshkeys':
        sshkeys = value;
        break;
      default:
        throw new ConfigArgsError(`apply cannot set the VM key '${key}' (no builder option for it)`);
    }
  }
  return { settings: s, sshkeys };
}

/** Splits `local:vztmpl/ubuntu.tar.zst` into the storage and the file name `pveam download` takes. */
export function templateParts(volid: string): { storage: string; file: string } | undefined {
  const m = /^([^:/]+):vztmpl\/([^/]+)$/.exec(volid);
  return m ? { storage: m[1]!, file: m[2]! } : undefined;
}
