/**
 * Guest-level rules shared by `pct` and `qm` (PVE::AbstractConfig and PVE::Cluster): config
 * loading, the one ID space for CTs and VMs, config locks (`lock:` property), templates, tags,
 * MAC addresses, and the volumes a config references.
 */
import { createHash } from 'node:crypto';
import { parseConfFile, type ConfFileWarning } from './conf-file.js';
import type { SimCtx } from './context.js';
import { PveError } from './errors.js';
import { guestTypeName, type ConfSection, type GuestKind, type SimGuest } from './model.js';
import { LXC_MP, LXC_ROOTFS } from '../dialect/lxc-schema.js';
import { isQemuDiskKey } from '../dialect/qemu-schema.js';
import { parsePropertyString, splitList, type ValueType } from '../dialect/pve-values.js';

export function confRelPath(kind: GuestKind, node: string, vmid: number): string {
  return `nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${vmid}.conf`;
}

const warnedIn = new WeakMap<SimCtx, Set<number>>();

/**
 * A config file written by hand is parsed at every load, and `parse_pct_config` /
 * `parse_vm_config` warn on stderr about each line they skip (`vm 101 - unable to parse config:
 * ...`); once per command here. The next config write drops those lines (touch()).
 */
function warnUnparsedLines(ctx: SimCtx, g: SimGuest): void {
  if (g.rawText === undefined) return;
  const seen = warnedIn.get(ctx) ?? new Set<number>();
  warnedIn.set(ctx, seen);
  if (seen.has(g.vmid)) return;
  seen.add(g.vmid);
  const warnings: ConfFileWarning[] = [];
  parseConfFile(g.rawText, g.kind, warnings, g.vmid);
  for (const w of warnings) ctx.err(`${w.message}\n`);
}

/** `load_config`: the guest on the command's node, or Proxmox's "does not exist" error. */
export function loadGuest(ctx: SimCtx, kind: GuestKind, vmid: number): SimGuest {
  const g = ctx.s.guests[String(vmid)];
  if (!g || g.kind !== kind || g.node !== ctx.nodeName)
    throw new PveError(`Configuration file '${confRelPath(kind, ctx.nodeName, vmid)}' does not exist`);
  warnUnparsedLines(ctx, g);
  return g;
}

/** `check_lock`: `CT is locked (clone)`. */
export function checkLock(g: SimGuest): void {
  const lock = g.conf.main.values.lock;
  if (lock) throw new PveError(`${guestTypeName(g.kind)} is locked (${lock})`);
}

export function isTemplate(g: SimGuest): boolean {
  return g.conf.main.values.template === '1';
}

export function isRunning(g: SimGuest): boolean {
  return g.status === 'running';
}

/** The config changed through Proxmox: the file is rendered from the model again. */
export function touch(g: SimGuest): void {
  delete g.rawText;
}

/** `PVE::Cluster::check_vmid_unused`. */
export function checkVmidUnused(ctx: SimCtx, vmid: number): void {
  const g = ctx.s.guests[String(vmid)];
  if (g) throw new PveError(`${guestTypeName(g.kind)} ${vmid} already exists on node '${g.node}'`);
}

/** `check_protection`. */
export function checkProtection(g: SimGuest, prefix: string): void {
  if (g.conf.main.values.protection === '1') throw new PveError(`${prefix} - protection mode enabled`);
}

export function newGuest(
  ctx: SimCtx,
  kind: GuestKind,
  vmid: number,
  values: Record<string, string>,
): SimGuest {
  const g: SimGuest = {
    kind,
    vmid,
    node: ctx.nodeName,
    conf: { kind, main: { values }, snapshots: {} },
    status: 'stopped',
    fs: {},
    execLog: [],
  };
  if (kind === 'qemu') g.agentInstalled = true;
  ctx.s.guests[String(vmid)] = g;
  return g;
}

/** Replaces a guest's config with file text written directly (e.g. `tee`), as pmxcfs would. */
export function setRawConfig(g: SimGuest, text: string): void {
  g.conf = parseConfFile(text, g.kind, undefined, g.vmid);
  g.rawText = text;
}

/** A MAC address in the configured prefix, unicast and locally administered like Proxmox's. */
export function newMac(ctx: SimCtx): string {
  const h = createHash('sha256').update(`mac:${ctx.seq()}:${ctx.s.pve.repoid}`).digest();
  const prefix = ctx.s.settings.macPrefix || 'BC:24:11';
  const parts = prefix.split(':');
  while (parts.length < 6) parts.push(h[parts.length]!.toString(16).padStart(2, '0'));
  return parts.join(':').toUpperCase();
}

export function newUuid(ctx: SimCtx): string {
  const h = createHash('sha256').update(`uuid:${ctx.seq()}:${ctx.s.pve.repoid}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `get_unique_tags`: split, lower-case, de-duplicate, sort, join with `;`. */
export function normalizeTags(value: string): string {
  const tags = [...new Set(splitList(value).map((t) => t.toLowerCase()))];
  tags.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return tags.join(';');
}

export function tagList(value: string | undefined): string[] {
  return value ? splitList(value) : [];
}

/** Keys of a section that reference storage volumes, with the volume id. */
export function sectionVolumes(kind: GuestKind, section: ConfSection): Array<{ key: string; volid: string }> {
  const res: Array<{ key: string; volid: string }> = [];
  for (const [key, value] of Object.entries(section.values)) {
    let spec: ValueType | undefined;
    let field = 'file';
    if (kind === 'lxc') {
      if (key === 'rootfs') spec = LXC_ROOTFS;
      else if (/^mp\d+$/.test(key)) spec = LXC_MP;
      field = 'volume';
    } else if (isQemuDiskKey(key)) {
      spec = { t: 'prop', spec: { keys: {}, defaultKey: 'file' } };
    }
    if (!spec || spec.t !== 'prop') continue;
    const parsed = parsePropertyString(key, { ...spec.spec, keys: {}, required: [] }, value.split(',')[0]!);
    const vol = 'values' in parsed ? (parsed.values[field] ?? parsed.values.volume) : undefined;
    if (!vol || vol === 'none' || vol === 'cdrom' || vol.startsWith('/')) continue;
    if (kind === 'qemu' && /(^|,)media=cdrom(,|$)/.test(value) && !/cloudinit/.test(vol)) continue;
    res.push({ key, volid: vol });
  }
  return res;
}

/** `is_volume_in_use_by_snapshots`: a snapshot section of `g` lists `vol`. */
export function volumeInSnapshots(g: SimGuest, vol: string): boolean {
  return Object.values(g.conf.snapshots).some((s) => sectionVolumes(g.kind, s).some((v) => v.volid === vol));
}

/**
 * pve-guest-common `add_unused_volume`: the `unusedN` key already listing `vol` (no duplicate),
 * else the lowest free one, which it takes; Proxmox's error when all 256 are used.
 */
export function addUnusedVolume(values: Record<string, string>, vol: string): string {
  let free: string | undefined;
  for (let i = 255; i >= 0; i--) {
    const key = `unused${i}`;
    if (values[key] === undefined) free = key;
    else if (values[key] === vol) return key;
  }
  if (!free) throw new PveError('Too many unused volumes - please delete them first.');
  values[free] = vol;
  return free;
}

/** Replaces the volume part (first field) of a disk or mount point value. */
export function replaceVolume(value: string, newVolid: string): string {
  const parts = value.split(',');
  parts[0] = parts[0]!.includes('=') ? parts[0]!.replace(/=.*/, `=${newVolid}`) : newVolid;
  return parts.join(',');
}

/** Sets or replaces `size=` in a disk or mount point value. */
export function withSize(value: string, size: string): string {
  const parts = value.split(',').filter((p) => !p.startsWith('size='));
  parts.push(`size=${size}`);
  const [first, ...rest] = parts;
  return [first!, ...rest.sort()].join(',');
}
