/**
 * Compares the config Phoenix wants (desired-config.ts, command syntax) with a config as Proxmox
 * prints it, key by key, and turns the differences into field diffs plus the `pct set`/`qm set`,
 * resize and rebuild decisions the planner needs. Pure. Which keys Phoenix owns, Proxmox's
 * defaults, the effect of a change and how each key compares come from the dialect's guest key
 * tables (dialect/lxc-keys.ts, dialect/qemu-keys.ts).
 */
import { AUTO_SUBKEYS, type PropertyComparison } from '../dialect/guest-key-row.js';
import { isOwnedKey, isVolumeKey, keyComparison, keyDefault, keyEffect } from '../dialect/guest-keys.js';
import type { GuestKind } from '../model/types.js';
import { liveLxcLines, rootDiskKey, sshKeyLines, type DesiredConfig } from './desired-config.js';
import type { ChangeEffect, FieldDiff } from './types.js';
import { detachedVolumes, type DetachedVolume, type VolumeMove } from './volume-slots.js';

export type { DetachedVolume, VolumeMove } from './volume-slots.js';

/** How a storage change reads in a plan: Proxmox's move keeps the source as `unusedN`. */
export const MOVE_NOTE = 'move, data included; the old copy stays as an unused volume';

export interface ConfigDiff {
  readonly diffs: FieldDiff[];
  /** Keys to set (command syntax; existing volumes keep their volume id). */
  readonly set: Record<string, string>;
  readonly delete: string[];
  readonly resize: { disk: string; size: string }[];
  /** Disks to move to another storage (their data goes along). */
  readonly move: VolumeMove[];
  /** Mount point volumes the `delete` list detaches (kept as `unusedN`). */
  readonly detached: DetachedVolume[];
  /** Full desired `lxc.*` lines when they differ. */
  lxcRaw?: string[];
  /** Why the guest cannot be changed in place. */
  readonly rebuild: string[];
  /** Changes Proxmox cannot do at all (disk shrink). */
  readonly errors: string[];
}

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

function describeVolume(v: VolumeSpec): string {
  const where = v.hostPath ?? v.storage ?? '?';
  const size = v.sizeGiB !== undefined ? ` ${formatSize(v.sizeGiB)}` : '';
  const rest = [...v.opts.entries()].map(([k, val]) => `${k}=${val}`);
  return `${where}${size}${rest.length ? ` (${rest.join(',')})` : ''}`;
}

/** A value as shown to reviewers: disks as `storage size`, everything else as printed. */
export function displayValue(kind: GuestKind, key: string, value: string): string {
  const compare = keyComparison(kind, key);
  if (compare === 'ssh-keys') return sshKeyLines(value).join(' | ');
  return compare === 'volume' ? describeVolume(parseVolume(value)) : value;
}

/** Whether a sub-key set on the guest but not desired counts as a difference. */
function isStrictSubkey(compare: PropertyComparison, sub: string): boolean {
  if (AUTO_SUBKEYS.has(sub)) return false;
  const { liveOnly } = compare;
  return liveOnly === 'all' ? true : liveOnly === 'none' ? false : liveOnly.includes(sub);
}

function normalizedMap(compare: PropertyComparison, value: string): Map<string, string> {
  const m = parsePropertyString(value, compare.positional);
  const models = compare.modelKeys;
  if (models) {
    for (const [k, v] of [...m]) {
      if (models.includes(k)) {
        m.delete(k);
        m.set('model', k);
        if (v) m.set('macaddr', v.toUpperCase());
      }
    }
    if (m.has('_') && models.includes(m.get('_')!)) {
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

function mapsEqual(
  compare: PropertyComparison,
  desired: Map<string, string>,
  live: Map<string, string>,
): boolean {
  for (const k of desired.keys()) if (live.get(k) !== desired.get(k)) return false;
  for (const k of live.keys()) if (!desired.has(k) && isStrictSubkey(compare, k)) return false;
  return true;
}

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

function liveNormalizedMap(compare: PropertyComparison, key: string, value: string, cache?: ParseCache) {
  let m = cache?.get('n' + key) as Map<string, string> | undefined;
  if (!m) {
    m = normalizedMap(compare, value);
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
  const compare = keyComparison(kind, key);
  if (compare === 'words')
    return desired.split(/\s+/).sort().join(' ') === live.split(/\s+/).sort().join(' ');
  if (compare === 'ssh-keys') return sshKeyLines(desired).join('\n') === sshKeyLines(live).join('\n');
  if (typeof compare === 'object') {
    return mapsEqual(compare, normalizedMap(compare, desired), liveNormalizedMap(compare, key, live, cache));
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
  if (d.storage !== l.storage && d.storage !== undefined) {
    // A storage change copies the volume, data included (`pct move-volume`, `qm disk move`).
    out.move.push({ disk: key, storage: d.storage, volume: l.volume });
    out.diffs.push(withNote(diff(kind, key, liveValue, desiredValue, 'live', cache), MOVE_NOTE));
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

/** Mount points leaving the config: volumes are detached (see `detachedVolumes`), bind mounts just go. */
function detachMounts(
  keys: string[],
  live: Readonly<Record<string, string>>,
  out: ConfigDiff,
  cache: ParseCache | undefined,
): void {
  for (const { key, detached } of detachedVolumes(keys, live)) {
    const base = diff('lxc', key, live[key], undefined, 'restart', cache);
    if (detached) out.detached.push(detached);
    out.diffs.push(withNote(base, detached ? `detach, kept as ${detached.unused}` : 'bind mount removed'));
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
  const out: ConfigDiff = {
    diffs: [],
    set: {},
    delete: [],
    resize: [],
    move: [],
    detached: [],
    rebuild: [],
    errors: [],
  };
  const cache = sharedParses.get(live);
  for (const key in desired.keys) {
    const want = desired.keys[key];
    const have = live[key];
    if (have === undefined) {
      const absent = keyDefault(kind, key);
      if (absent === want) continue;
      const effect = keyEffect(kind, key);
      out.set[key] = want;
      out.diffs.push(diff(kind, key, undefined, want, effect));
      if (effect === 'rebuild') out.rebuild.push(`${key} cannot change (${absent ?? 'unset'} -> ${want})`);
      continue;
    }
    if (isVolumeKey(kind, key)) {
      diffDisk(kind, key, want, have, out, cache);
      continue;
    }
    if (valuesEqual(kind, key, want, have, cache)) continue;
    const effect = keyEffect(kind, key);
    if (effect === 'rebuild') out.rebuild.push(`${key} cannot change in place (${have} -> ${want})`);
    else out.set[key] = want;
    out.diffs.push(diff(kind, key, have, want, effect, cache));
  }
  const leaving: string[] = [];
  for (const key in live) {
    const have = live[key];
    if (key in desired.keys || !isOwnedKey(kind, key)) continue;
    if (keyDefault(kind, key) === have) continue;
    out.delete.push(key);
    if (kind === 'lxc' && /^mp\d+$/.test(key)) leaving.push(key);
    else out.diffs.push(diff(kind, key, have, undefined, keyEffect(kind, key), cache));
  }
  if (leaving.length) detachMounts(leaving, live, out, cache);
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
