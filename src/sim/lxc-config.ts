/**
 * Container config updates as pve-container's `update_pct_config` performs them: values are
 * normalised (network devices get a MAC address and `type=veth`, tags are sorted, name servers
 * joined), new volumes are allocated from the `STORAGE:SIZE` syntax, and on a running container
 * only hot-pluggable options take effect at once; the rest wait in `[pve:pending]` until the next
 * start.
 */
import { encodeText } from './conf-file.js';
import { beginConfigEdit, finishConfigEdit, pendingDeletes, setConfigValue } from './config-edit.js';
import type { SimCtx } from './context.js';
import { ParamError, PveError } from './errors.js';
import { addUnusedVolume, checkProtection, newMac, normalizeTags, touch } from './guests.js';
import type { ConfSection, SimGuest } from './model.js';
import { LXC_DEV, LXC_MP, LXC_NET, LXC_ROOTFS } from '../dialect/lxc-schema.js';
import { hostDeviceExists } from './host-paths.js';
import {
  formatSize,
  parsePropertyString,
  printPropertyString,
  specOf,
  splitList,
} from '../dialect/pve-values.js';
import { allocVolume, freeVolume, parseVolid, volid } from './volumes.js';

const FASTPLUG = new Set([
  'description',
  'onboot',
  'startup',
  'protection',
  'hostname',
  'hookscript',
  'cores',
  'tags',
  'lock',
]);
const HOTPLUG = /^(cpulimit|cpuunits|memory|swap|net\d+|mp\d+|dev\d+)$/;

/** `parse_lxc_network` + `print_lxc_network`: adds a MAC and `type=veth`. */
export function normalizeLxcNet(ctx: SimCtx, value: string): string {
  const parsed = parsePropertyString('net', specOf(LXC_NET), value);
  if ('errors' in parsed) throw new ParamError(parsed.errors);
  const v = parsed.values;
  v.type = 'veth';
  v.hwaddr ??= newMac(ctx);
  return printPropertyString(specOf(LXC_NET), v);
}

/**
 * Creates the volume of a mount point given as `STORAGE:SIZE_GiB[,opts]` (or a bare size on
 * `defaultStorage`); other values (existing volumes, bind mounts) are returned unchanged.
 */
export function allocateMountpoint(
  ctx: SimCtx,
  vmid: number,
  key: string,
  value: string,
  defaultStorage?: string,
): string {
  const spec = specOf(key === 'rootfs' ? LXC_ROOTFS : LXC_MP);
  const raw =
    /^\d+(\.\d+)?$/.test(value.split(',')[0]!) && defaultStorage ? `${defaultStorage}:${value}` : value;
  const parsed = parsePropertyString(key, spec, raw);
  if ('errors' in parsed) throw new ParamError(parsed.errors);
  const vals = parsed.values;
  const m = /^([a-z][a-z0-9\-_.]*[a-z0-9]):(\d+(?:\.\d+)?)$/i.exec(vals.volume ?? '');
  if (!m) return printPropertyString(spec, vals);
  const sizeGiB = Number(m[2]);
  const storage = m[1]!;
  // pve-container `PVE::LXC::alloc_disk` (create_disks): a zfspool gets a subvol whatever its
  // content; any other storage needs `rootdir`. `pct create` refuses earlier, with its own text.
  const st = ctx.s.storages[storage];
  if (!st) throw new PveError(`storage '${storage}' does not exist`);
  if (st.type !== 'zfspool' && !st.content.includes('rootdir'))
    throw new PveError(`content type 'rootdir' is not available or configured on storage '${storage}'`);
  const vol = allocVolume(ctx, storage, vmid, Math.round(sizeGiB * 1024 ** 3), 'rootdir');
  vals.volume = volid(vol);
  vals.size = formatSize(vol.sizeBytes);
  return printPropertyString(spec, vals);
}

/** Value normalisation of `update_pct_config` for one option. */
export function normalizeLxcValue(ctx: SimCtx, g: SimGuest, key: string, value: string): string {
  if (key === 'unprivileged') throw new PveError(`unable to modify read-only option: '${key}'`);
  if (key === 'tags') return normalizeTags(value);
  if (key === 'nameserver' || key === 'searchdomain') return splitList(value).join(' ');
  if (/^net\d+$/.test(key)) return normalizeLxcNet(ctx, value);
  if (/^dev\d+$/.test(key)) {
    // `update_pct_config` validates a passthrough device with `get_device_mode_and_rdev`.
    const p = parsePropertyString(key, specOf(LXC_DEV), value);
    if ('errors' in p) throw new ParamError(p.errors);
    if (p.values.path === undefined) throw new PveError(`Path is not defined for passthrough device ${key}`);
    if (!hostDeviceExists(ctx, p.values.path)) throw new PveError(`Device ${p.values.path} does not exist`);
    return value;
  }
  if (key === 'rootfs' || /^mp\d+$/.test(key)) {
    checkProtection(g, `can't update CT ${g.vmid} drive '${key}'`);
    return allocateMountpoint(ctx, g.vmid, key, value);
  }
  return value;
}

/** `pct set`: deletions, then values; hot-plugged or pending depending on the running state. */
export function updateLxcConfig(
  ctx: SimCtx,
  g: SimGuest,
  set: Record<string, string>,
  del: string[],
  revert: string[],
): void {
  const edit = beginConfigEdit(g, revert);
  const { main, running, pending } = edit;
  // Deletions are queued, then applied in sorted key order (`vmconfig_apply_pending` walks
  // `sort keys %$pending_delete_hash`), which decides the `unusedN` each detached volume gets.
  for (const k of [...del].sort()) {
    if (
      main[k] === undefined &&
      pending.values[k] === undefined &&
      !(k === 'description' && g.conf.main.description)
    ) {
      ctx.err(`cannot delete '${k}' - not set in current configuration!\n`);
      continue;
    }
    if (k === 'memory' || k === 'rootfs' || k === 'ostype')
      throw new PveError(`unable to delete required option '${k}'`);
    if (/^(unused|mp)\d+$/.test(k)) checkProtection(g, `can't remove CT ${g.vmid} drive '${k}'`);
    delete pending.values[k];
    if (!running || FASTPLUG.has(k) || /^(swap|cpulimit|cpuunits|net\d+|unused\d+)$/.test(k)) {
      if (k === 'description') delete g.conf.main.description;
      applyVolumeDelete(ctx, g, k);
      delete main[k];
    } else if (!edit.pdel.includes(k)) edit.pdel.push(k);
  }
  for (const [k, raw] of Object.entries(set)) {
    const value = normalizeLxcValue(ctx, g, k, raw);
    const hotplug =
      FASTPLUG.has(k) || (HOTPLUG.test(k) && !(/^(mp|dev)\d+$/.test(k) && main[k] !== undefined));
    const old = /^mp\d+$/.test(k) ? main[k] : undefined;
    setConfigValue(g, edit, k, value, running && !hotplug);
    // A mount point given another volume keeps the old one as unused (`vmconfig_apply_pending_mountpoint`).
    const oldVol = old !== undefined && !(running && !hotplug) ? volumeOf(old) : undefined;
    if (oldVol && oldVol !== volumeOf(value) && !volumeInUse(g, oldVol)) addUnusedVolume(main, oldVol);
  }
  finishConfigEdit(g, edit);
}

/**
 * What deleting `mpN` / `unusedN` does to its volume (`vmconfig_apply_pending`): a detached mount
 * point volume is always kept as unused (Proxmox asks `is_volume_in_use` about the whole property
 * string, which never equals a volume id); `unusedN` frees its volume
 * (`PVE::LXC::delete_mountpoint_volume`) unless the config or a snapshot still uses it, and the
 * entry goes either way.
 */
function applyVolumeDelete(ctx: SimCtx, g: SimGuest, k: string): void {
  const main = g.conf.main.values;
  const value = main[k];
  if (value === undefined) return;
  const vol = volumeOf(value);
  if (!vol) return;
  if (/^mp\d+$/.test(k)) addUnusedVolume(main, vol);
  else if (/^unused\d+$/.test(k) && !volumeInUse(g, vol, k) && ownedBy(vol, g.vmid)) freeVolume(ctx, vol);
}

/** The storage volume of a mount point or unused entry; undefined for bind mounts and devices. */
function volumeOf(value: string): string | undefined {
  const first = value.split(',')[0]!.replace(/^volume=/, '');
  return parseVolid(first) ? first : undefined;
}

function ownedBy(vol: string, vmid: number): boolean {
  const m = /(?:^|[/:])(?:vm|subvol|base|basevol)-(\d+)-/.exec(
    vol
      .split('/')
      .pop()!
      .replace(/^[^:]*:/, ''),
  );
  return m !== null && Number(m[1]) === vmid;
}

/** `is_volume_in_use` with snapshots: another key or any snapshot refers to `vol`. */
function volumeInUse(g: SimGuest, vol: string, exceptKey?: string): boolean {
  const uses = (values: Record<string, string>, skip?: string) =>
    Object.entries(values).some(([k, v]) => k !== skip && /^(rootfs|mp\d+)$/.test(k) && volumeOf(v) === vol);
  if (uses(g.conf.main.values, exceptKey)) return true;
  return Object.values(g.conf.snapshots).some((snap) => uses(snap.values));
}

/** Pending changes take effect (`vmconfig_apply_pending`, on start). */
export function applyPending(ctx: SimCtx, g: SimGuest): void {
  const p = g.conf.pending;
  if (!p) return;
  for (const k of [...pendingDeletes(p)].sort()) {
    if (k === 'description') delete g.conf.main.description;
    if (g.kind === 'lxc') applyVolumeDelete(ctx, g, k);
    delete g.conf.main.values[k];
  }
  for (const [k, v] of Object.entries(p.values)) {
    if (k === 'delete') continue;
    if (k === 'description') g.conf.main.description = v;
    else {
      const old = g.kind === 'lxc' && /^mp\d+$/.test(k) ? g.conf.main.values[k] : undefined;
      g.conf.main.values[k] = v;
      const oldVol = old !== undefined ? volumeOf(old) : undefined;
      if (oldVol && oldVol !== volumeOf(v) && !volumeInUse(g, oldVol))
        addUnusedVolume(g.conf.main.values, oldVol);
    }
  }
  delete g.conf.pending;
  touch(g);
}

/** `pct config` / `qm config` output: pending values included unless `current`. */
export function printGuestConfig(g: SimGuest, section: ConfSection, withPending: boolean): string {
  const values: Record<string, string> = { ...section.values };
  let description = section.description;
  if (withPending && g.conf.pending && section === g.conf.main) {
    for (const k of pendingDeletes(g.conf.pending)) {
      if (k === 'description') description = undefined;
      delete values[k];
    }
    for (const [k, v] of Object.entries(g.conf.pending.values)) {
      if (k === 'delete') continue;
      if (k === 'description') description = v;
      else values[k] = v;
    }
  }
  if (description !== undefined) values.description = encodeText(description);
  let out = '';
  for (const k of Object.keys(values).sort()) {
    if (k === 'digest') continue;
    out += `${k}: ${values[k]}\n`;
  }
  for (const [k, v] of section.lxc ?? []) out += `${k}: ${v}\n`;
  return out;
}

/** `pct pending` / `qm pending` output (`cur`, `new`, `del` lines). */
export function printPending(g: SimGuest): string {
  const cur = g.conf.main.values;
  const pend = g.conf.pending?.values ?? {};
  const dels = new Set(pendingDeletes(g.conf.pending));
  const keys = new Set([...Object.keys(cur), ...Object.keys(pend).filter((k) => k !== 'delete'), ...dels]);
  if (g.conf.main.description !== undefined) keys.add('description');
  let out = '';
  for (const k of [...keys].sort()) {
    const v = k === 'description' ? g.conf.main.description && encodeText(g.conf.main.description) : cur[k];
    const p = pend[k];
    if (v !== undefined) {
      if (dels.has(k)) out += `del ${k}: ${v}\n`;
      else {
        out += `cur ${k}: ${v}\n`;
        if (p !== undefined) out += `new ${k}: ${p}\n`;
      }
    } else if (p !== undefined) out += `new ${k}: ${p}\n`;
  }
  return out;
}
