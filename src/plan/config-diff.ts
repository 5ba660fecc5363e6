/**
 * Compares the config Phoenix wants (desired-config.ts, command syntax) with a config as Proxmox
 * prints it, key by key, and turns the differences into field diffs plus the `pct set`/`qm set`,
 * resize and rebuild decisions the planner needs. Pure.
 */
import type { GuestKind } from '../model/types.js';
import { isOwnedKey, liveLxcLines, rootDiskKey, sshKeyLines, type DesiredConfig } from './desired-config.js';
import type { ChangeEffect, FieldDiff } from './types.js';

export interface ConfigDiff {
  readonly diffs: FieldDiff[];
  /** Keys to set (command syntax; existing volumes keep their volume id). */
  readonly set: Record<string, string>;
  readonly delete: string[];
  readonly resize: { disk: string; size: string }[];
  /** Full desired `lxc.*` lines when they differ. */
  lxcRaw?: string[];
  /** Why the guest cannot be changed in place. */
  readonly rebuild: string[];
  /** Changes Proxmox cannot do at all (disk shrink). */
  readonly errors: string[];
}

/** Proxmox's value when a key is absent from the config. */
const DEFAULTS: Record<string, string> = { onboot: '0', protection: '0', unprivileged: '0', agent: '0' };

/** Sub-keys Proxmox fills in by itself; ignored unless the config names them. */
const AUTO_SUBKEYS = new Set(['hwaddr', 'type', 'macaddr', 'size']);

/** Sub-keys of a network device that must be absent on the guest when the config leaves them out. */
const STRICT_NET_SUBKEYS = new Set([
  'name',
  'bridge',
  'model',
  'ip',
  'gw',
  'ip6',
  'gw6',
  'tag',
  'firewall',
  'rate',
  'mtu',
]);

/** Whether a live-only sub-key of `key` counts as a difference. */
function isStrictSubkey(key: string, sub: string): boolean {
  if (AUTO_SUBKEYS.has(sub)) return false;
  if (/^net\d+$/.test(key)) return STRICT_NET_SUBKEYS.has(sub);
  if (key === 'agent' || /^dev\d+$/.test(key)) return false;
  return true;
}

const VM_NET_MODELS = new Set([
  'virtio',
  'e1000',
  'e1000e',
  'e1000-82540em',
  'e1000-82544gc',
  'e1000-82545em',
  'rtl8139',
  'vmxnet3',
  'ne2k_pci',
  'ne2k_isa',
  'pcnet',
  'i82551',
  'i82557b',
  'i82559er',
]);

/** `a=1,b=2,positional` to a map; a positional part goes under `defaultKey`. */
export function parsePropertyString(value: string, defaultKey: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of value.split(',')) {
    const p = part.trim();
    if (!p) continue;
    const eq = p.indexOf('=');
    if (eq < 0) out.set(defaultKey, p);
    else out.set(p.slice(0, eq).trim(), p.slice(eq + 1).trim());
  }
  return out;
}

/** `32G`, `512M`, `1T`, `2048K` to GiB; a bare number is taken in `bareUnit`. */
export function parseSizeGiB(s: string | undefined, bareUnit: 'G' | 'B' = 'G'): number | undefined {
  if (!s) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT]?)B?$/i.exec(s.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2].toUpperCase() || bareUnit;
  const factor: Record<string, number> = { B: 1 / 1024 ** 3, K: 1 / 1024 ** 2, M: 1 / 1024, G: 1, T: 1024 };
  return n * factor[unit];
}

export function formatSize(gib: number): string {
  return Number.isInteger(gib) ? `${gib}G` : `${Math.round(gib * 1024)}M`;
}

export interface VolumeSpec {
  /** Storage id (`local-lvm`), or undefined for a bind mount of a host path. */
  readonly storage?: string;
  /** Existing volume id (`local-lvm:vm-950-disk-0`), when printed by Proxmox. */
  readonly volume?: string;
  readonly hostPath?: string;
  readonly sizeGiB?: number;
  readonly opts: Map<string, string>;
}

/** Parse a disk/mount value in either syntax: `pool:32`, `pool:vm-1-disk-0,size=32G`, `/host,mp=/x`. */
export function parseVolume(value: string): VolumeSpec {
  const opts = parsePropertyString(value, '_volume');
  const first = opts.get('_volume') ?? opts.get('volume') ?? opts.get('file') ?? '';
  opts.delete('_volume');
  opts.delete('volume');
  opts.delete('file');
  const sizeOpt = opts.get('size');
  opts.delete('size');
  if (first.startsWith('/')) return { hostPath: first, opts };
  const colon = first.indexOf(':');
  if (colon < 0) return { storage: first || undefined, sizeGiB: parseSizeGiB(sizeOpt), opts };
  const storage = first.slice(0, colon);
  const rest = first.slice(colon + 1);
  if (/^\d+(\.\d+)?$/.test(rest)) return { storage, sizeGiB: Number(rest), opts };
  return { storage, volume: first, sizeGiB: parseSizeGiB(sizeOpt), opts };
}

function isDiskKey(kind: GuestKind, key: string): boolean {
  return key === rootDiskKey(kind) || (kind === 'lxc' && /^mp\d+$/.test(key));
}

/** When a change of `key` takes effect on a running guest. */
export function keyEffect(kind: GuestKind, key: string): ChangeEffect {
  if (key === 'unprivileged') return 'rebuild';
  if (kind === 'lxc') {
    if (/^(hostname|nameserver|searchdomain|features)$/.test(key)) return 'restart';
    if (/^(mp|dev)\d+$/.test(key) || key.startsWith('lxc.')) return 'restart';
    return 'live';
  }
  if (/^(memory|cores|sockets|cpu|agent|nameserver|ciuser|sshkeys|searchdomain)$/.test(key)) return 'restart';
  if (/^ipconfig\d+$/.test(key)) return 'restart';
  return 'live';
}

function describeVolume(v: VolumeSpec): string {
  const where = v.hostPath ?? v.storage ?? '?';
  const size = v.sizeGiB !== undefined ? ` ${formatSize(v.sizeGiB)}` : '';
  const rest = [...v.opts.entries()].map(([k, val]) => `${k}=${val}`);
  return `${where}${size}${rest.length ? ` (${rest.join(',')})` : ''}`;
}

/** A value as shown to reviewers: disks as `storage size`, everything else as printed. */
export function displayValue(kind: GuestKind, key: string, value: string): string {
  if (key === 'sshkeys') return sshKeyLines(value).join(' | ');
  return isDiskKey(kind, key) ? describeVolume(parseVolume(value)) : value;
}

function normalizedMap(kind: GuestKind, key: string, value: string): Map<string, string> {
  const defaultKey =
    key === 'agent' ? 'enabled' : key === 'startup' ? 'order' : /^dev\d+$/.test(key) ? 'path' : '_';
  const m = parsePropertyString(value, defaultKey);
  if (kind === 'qemu' && /^net\d+$/.test(key)) {
    for (const [k, v] of [...m]) {
      if (VM_NET_MODELS.has(k)) {
        m.delete(k);
        m.set('model', k);
        if (v) m.set('macaddr', v.toUpperCase());
      }
    }
    if (m.has('_') && VM_NET_MODELS.has(m.get('_')!)) {
      m.set('model', m.get('_')!);
      m.delete('_');
    }
  }
  const hwaddr = m.get('hwaddr');
  if (hwaddr !== undefined) m.set('hwaddr', hwaddr.toUpperCase());
  // Deleting the entry being visited is safe while iterating a Map.
  for (const k of m.keys()) if (k !== 'order' && m.get(k) === '0') m.delete(k);
  return m;
}

function mapsEqual(key: string, desired: Map<string, string>, live: Map<string, string>): boolean {
  for (const k of desired.keys()) if (live.get(k) !== desired.get(k)) return false;
  for (const k of live.keys()) if (!desired.has(k) && isStrictSubkey(key, k)) return false;
  return true;
}

const PROPERTY_KEYS = /^(net\d+|ipconfig\d+|features|startup|agent|dev\d+)$/;

/**
 * Parsed values of a config that many guests are diffed against (a clone source's, see
 * `shareParses`), by `n`/`v`/`d` (normalised map, volume, display form) plus the key. Never mutated.
 */
type ParseCache = Map<string, unknown>;
const sharedParses = new WeakMap<object, ParseCache>();

/** Mark `config` (not changed afterwards) as diffed against by many guests: `diffConfig` parses each of its values once. */
export function shareParses(config: Readonly<Record<string, string>>): void {
  if (!sharedParses.has(config)) sharedParses.set(config, new Map());
}

function liveNormalizedMap(kind: GuestKind, key: string, value: string, cache?: ParseCache) {
  let m = cache?.get('n' + key) as Map<string, string> | undefined;
  if (!m) {
    m = normalizedMap(kind, key, value);
    cache?.set('n' + key, m);
  }
  return m;
}

function liveVolume(key: string, value: string, cache?: ParseCache): VolumeSpec {
  let v = cache?.get('v' + key) as VolumeSpec | undefined;
  if (!v) {
    v = parseVolume(value);
    cache?.set('v' + key, v);
  }
  return v;
}

function liveDisplay(kind: GuestKind, key: string, value: string, cache?: ParseCache): string {
  let d = cache?.get('d' + key) as string | undefined;
  if (d === undefined) {
    d = displayValue(kind, key, value);
    cache?.set('d' + key, d);
  }
  return d;
}

function valuesEqual(
  kind: GuestKind,
  key: string,
  desired: string,
  live: string,
  cache?: ParseCache,
): boolean {
  if (desired === live) return true;
  if (key === 'nameserver')
    return desired.split(/\s+/).sort().join(' ') === live.split(/\s+/).sort().join(' ');
  if (key === 'sshkeys') return sshKeyLines(desired).join('\n') === sshKeyLines(live).join('\n');
  if (PROPERTY_KEYS.test(key)) {
    return mapsEqual(key, normalizedMap(kind, key, desired), liveNormalizedMap(kind, key, live, cache));
  }
  return false;
}

function optsEqual(a: Map<string, string>, b: Map<string, string>): boolean {
  const clean = (m: Map<string, string>) =>
    [...m.entries()]
      .filter(([k, v]) => v !== '0' && !AUTO_SUBKEYS.has(k))
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join(',');
  return clean(a) === clean(b);
}

function diffDisk(
  kind: GuestKind,
  key: string,
  desiredValue: string,
  liveValue: string,
  out: ConfigDiff,
  cache: ParseCache | undefined,
): void {
  const d = parseVolume(desiredValue);
  const l = liveVolume(key, liveValue, cache);
  const isRoot = key === rootDiskKey(kind);
  if (d.hostPath !== undefined || l.hostPath !== undefined) {
    if (d.hostPath !== l.hostPath || !optsEqual(d.opts, l.opts)) {
      out.set[key] = desiredValue;
      out.diffs.push(diff(kind, key, liveValue, desiredValue, keyEffect(kind, key), cache));
    }
    return;
  }
  if (d.storage !== l.storage) {
    out.rebuild.push(`${key} storage differs (${l.storage ?? '?'} -> ${d.storage ?? '?'})`);
    out.diffs.push(diff(kind, key, liveValue, desiredValue, 'rebuild', cache));
    return;
  }
  if (d.sizeGiB !== undefined && l.sizeGiB !== undefined && d.sizeGiB !== l.sizeGiB) {
    if (d.sizeGiB < l.sizeGiB) {
      out.errors.push(
        `${key} cannot shrink from ${formatSize(l.sizeGiB)} to ${formatSize(d.sizeGiB)} (Proxmox only grows disks)`,
      );
      out.diffs.push(withNote(diff(kind, key, liveValue, desiredValue, 'live', cache), 'shrink refused'));
    } else {
      out.resize.push({ disk: key, size: formatSize(d.sizeGiB) });
      out.diffs.push(withNote(diff(kind, key, liveValue, desiredValue, 'live', cache), 'grow'));
    }
  }
  if (!isRoot && !optsEqual(d.opts, l.opts)) {
    // Keep the existing volume; change only its options (mount path, read-only...).
    const opts = [...d.opts.entries()].map(([k, v]) => `${k}=${v}`);
    out.set[key] = [l.volume ?? desiredValue.split(',')[0], ...opts].join(',');
    out.diffs.push(diff(kind, key, liveValue, desiredValue, keyEffect(kind, key), cache));
  }
}

function diff(
  kind: GuestKind,
  key: string,
  from: string | undefined,
  to: string | undefined,
  effect: ChangeEffect,
  cache?: ParseCache,
): FieldDiff {
  return {
    effect,
    from: from === undefined ? undefined : liveDisplay(kind, key, from, cache),
    key,
    to: to === undefined ? undefined : displayValue(kind, key, to),
  };
}

/** Field diff objects keep their keys in sorted order (canonical hashing takes the fast path). */
function withNote(d: FieldDiff, note: string): FieldDiff {
  return { effect: d.effect, from: d.from, key: d.key, note, to: d.to };
}

function groupLines(lines: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const l of lines) {
    const cut = l.indexOf(': ');
    const k = cut < 0 ? l : l.slice(0, cut);
    const v = cut < 0 ? '' : l.slice(cut + 2);
    const list = out.get(k) ?? [];
    list.push(v);
    out.set(k, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/**
 * Diff `desired` against `live` (a config as Proxmox prints it). For a clone, `live` is the config
 * the clone inherits from its source.
 */
export function diffConfig(
  kind: GuestKind,
  desired: DesiredConfig,
  live: Readonly<Record<string, string>>,
): ConfigDiff {
  const out: ConfigDiff = { diffs: [], set: {}, delete: [], resize: [], rebuild: [], errors: [] };
  const cache = sharedParses.get(live);
  for (const key in desired.keys) {
    const want = desired.keys[key];
    const have = live[key];
    if (have === undefined) {
      if (DEFAULTS[key] === want) continue;
      out.set[key] = want;
      out.diffs.push(diff(kind, key, undefined, want, keyEffect(kind, key)));
      if (key === 'unprivileged')
        out.rebuild.push(`unprivileged cannot change (${DEFAULTS[key]} -> ${want})`);
      continue;
    }
    if (isDiskKey(kind, key)) {
      diffDisk(kind, key, want, have, out, cache);
      continue;
    }
    if (valuesEqual(kind, key, want, have, cache)) continue;
    const effect = keyEffect(kind, key);
    if (effect === 'rebuild') out.rebuild.push(`${key} cannot change in place (${have} -> ${want})`);
    else out.set[key] = want;
    out.diffs.push(diff(kind, key, have, want, effect, cache));
  }
  for (const key in live) {
    const have = live[key];
    if (key in desired.keys || !isOwnedKey(kind, key)) continue;
    if (DEFAULTS[key] === have) continue;
    out.delete.push(key);
    out.diffs.push(diff(kind, key, have, undefined, keyEffect(kind, key), cache));
  }
  const liveLines = kind === 'lxc' ? liveLxcLines(live) : [];
  if (kind === 'lxc' && (desired.lxcRaw.length || liveLines.length)) {
    const want = groupLines(desired.lxcRaw);
    const have = groupLines(liveLines);
    let changed = false;
    for (const k of new Set([...want.keys(), ...have.keys()])) {
      const a = (have.get(k) ?? []).join(' | ');
      const b = (want.get(k) ?? []).join(' | ');
      if (a === b) continue;
      changed = true;
      out.diffs.push({ effect: 'restart', from: a || undefined, key: k, to: b || undefined });
    }
    if (changed) out.lxcRaw = [...desired.lxcRaw];
  }
  return out;
}
