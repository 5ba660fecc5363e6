/**
 * A migration's volume checks, per guest type: `prepare` (every volume's storage enabled on the
 * source and, for node-local ones, on the target with the right content type) and the phase-1
 * scan of the local volumes to copy (pve-container PVE::LXC::Migrate `prepare` / `phase1`,
 * qemu-server PVE::QemuMigrate `prepare` / `scan_local_volumes`), with Proxmox's messages.
 */
import type { SimCtx } from '../context.js';
import { PveError } from '../errors.js';
import { isRunning } from '../guests.js';
import type { ConfSection, SimGuest } from '../model.js';
import { findVolume, parseGuestVolname, parseVolid, storageOn } from '../volumes.js';
import { isQemuDiskKey } from '../../dialect/qemu-schema.js';

/** PVE::JSONSchema `parse_idmap` result. */
export interface StorageMap {
  identity?: boolean;
  default?: string;
  entries: Record<string, string>;
}

export interface MigrateOpts {
  online: boolean;
  restart: boolean;
  withLocalDisks: boolean;
  force: boolean;
  storageMap?: StorageMap;
}

/** A node-local volume to copy to the target, and the storage it goes to there. */
export interface LocalVolume {
  volid: string;
  targetsid: string;
}

/** A failure inside the migration task (logged, then `migration aborted`). */
export class TaskFailure extends Error {}

type Log = (msg: string) => void;

/** PVE::JSONSchema `map_id`. */
export function mapStorage(map: StorageMap | undefined, sid: string): string {
  if (!map || map.identity) return sid;
  return map.entries[sid] ?? map.default ?? sid;
}

interface VolRef {
  key: string;
  volid: string;
  /** A path (bind mount, device, host file) instead of a storage volume. */
  path?: 'bind' | 'device' | 'file';
  shared?: boolean;
  cdrom?: boolean;
}

/** Mount points and unused volumes of a CT section (`foreach_volume_full`, `include_unused`). */
function ctVolumes(section: ConfSection, unused: boolean): VolRef[] {
  const res: VolRef[] = [];
  for (const [key, value] of Object.entries(section.values)) {
    if (key === 'rootfs' || /^mp\d+$/.test(key)) {
      const parts = value.split(',');
      const first = parts[0]!.replace(/^volume=/, '');
      const shared = parts.includes('shared=1');
      if (first.startsWith('/'))
        res.push({ key, volid: first, path: first.startsWith('/dev/') ? 'device' : 'bind', shared });
      else res.push({ key, volid: first });
    } else if (unused && /^unused\d+$/.test(key)) res.push({ key, volid: value });
  }
  return res;
}

/** Disks, cdroms, unused volumes and vmstate of a VM section (`foreach_volid`). */
function vmVolumes(section: ConfSection): VolRef[] {
  const res: VolRef[] = [];
  for (const [key, value] of Object.entries(section.values)) {
    if (isQemuDiskKey(key)) {
      const file = value.split(',')[0]!.replace(/^file=/, '');
      const cdrom = /(^|,)media=cdrom(,|$)/.test(value) && !/cloudinit/.test(file);
      if (file === 'none') continue;
      if (file.startsWith('/')) res.push({ key, volid: file, path: 'file', cdrom });
      else res.push({ key, volid: file, cdrom });
    } else if (/^unused\d+$/.test(key) || key === 'vmstate') res.push({ key, volid: value });
  }
  return res;
}

function snapshotRefs(g: SimGuest): Set<string> {
  const refs = new Set<string>();
  for (const s of Object.values(g.conf.snapshots))
    for (const v of g.kind === 'lxc' ? ctVolumes(s, false) : vmVolumes(s)) refs.add(v.volid);
  return refs;
}

/** PVE::LXC::Migrate `prepare`: mount points and their storages on both nodes. */
export function prepareCt(ctx: SimCtx, g: SimGuest, target: string, opts: MigrateOpts): void {
  for (const mp of ctVolumes(g.conf.main, true)) {
    if (mp.path) {
      if (mp.shared) continue;
      throw new TaskFailure(`cannot migrate local ${mp.path} mount point '${mp.key}'`);
    }
    const p = parseVolid(mp.volid);
    if (!p) throw new TaskFailure(`can't determine assigned storage for mount point '${mp.key}'`);
    const st = storageOn(ctx, p.storage);
    if (!st.content.includes('rootdir'))
      throw new TaskFailure(`content type 'rootdir' is not available on storage '${p.storage}'`);
    const targetsid = st.shared ? p.storage : mapStorage(opts.storageMap, p.storage);
    const tst = storageOn(ctx, targetsid, target);
    if (!tst.content.includes('rootdir'))
      throw new TaskFailure(`${mp.volid}: content type 'rootdir' is not available on storage '${targetsid}'`);
  }
}

/** PVE::LXC::Migrate `phase1`'s scan: the local volumes to copy, or "check log" after warnings. */
export function localCtVolumes(
  ctx: SimCtx,
  g: SimGuest,
  target: string,
  opts: MigrateOpts,
  log: Log,
): LocalVolume[] {
  const found = new Map<string, LocalVolume>();
  const errors = new Map<string, string>();
  const test = (volid: string, inSnapshot: boolean): void => {
    const p = parseVolid(volid);
    if (!p) return;
    const st = storageOn(ctx, p.storage);
    if (st.shared) {
      if (!inSnapshot) log(`volume '${volid}' is on shared storage '${p.storage}'`);
      return;
    }
    const targetsid = mapStorage(opts.storageMap, p.storage);
    storageOn(ctx, targetsid, target);
    found.set(volid, { volid, targetsid });
    if (inSnapshot && st.type !== 'zfspool' && st.type !== 'btrfs')
      throw new PveError('non-migratable snapshot exists');
  };
  const guarded = (volid: string, inSnapshot: boolean): void => {
    try {
      test(volid, inSnapshot);
    } catch (err) {
      if (!(err instanceof PveError)) throw err;
      if (!errors.has(volid)) errors.set(volid, err.message);
    }
  };
  for (const s of Object.values(g.conf.snapshots))
    for (const mp of ctVolumes(s, false)) if (!mp.path) guarded(mp.volid, true);
  if (g.conf.pending)
    for (const mp of ctVolumes(g.conf.pending, false)) if (!mp.path) guarded(mp.volid, false);
  for (const mp of ctVolumes(g.conf.main, true)) {
    if (mp.path) log(`ignoring shared '${mp.path}' mount point '${mp.key}' ('${mp.volid}')`);
    else guarded(mp.volid, false);
  }
  for (const volid of found.keys()) {
    const p = parseVolid(volid)!;
    const type = ctx.s.storages[p.storage]!.type;
    const base = parseGuestVolname(p.volname)?.baseOf;
    if (!['dir', 'zfspool', 'lvmthin', 'lvm', 'btrfs'].includes(type))
      errors.set(volid, errors.get(volid) ?? `storage type '${type}' not supported`);
    else if (base) errors.set(volid, errors.get(volid) ?? `clone of '${base}'`);
  }
  const snaps = snapshotRefs(g);
  const current = new Set(ctVolumes(g.conf.main, true).map((m) => m.volid));
  for (const volid of [...found.keys()].sort())
    log(
      current.has(volid) || !snaps.has(volid)
        ? `found local volume '${volid}' (in current VM config)`
        : `found local volume '${volid}' (referenced by snapshot(s))`,
    );
  for (const [volid, msg] of [...errors].sort()) log(`can't migrate local volume '${volid}': ${msg}`);
  if (errors.size > 0) throw new TaskFailure("can't migrate CT - check log");
  return [...found.values()];
}

/** `check_local_resources`: passed-through host devices tie a VM to its node. */
function localResources(g: SimGuest): string[] {
  const res: string[] = [];
  for (const [k, v] of Object.entries(g.conf.main.values)) {
    if (/^hostpci\d+$/.test(k) && !/(^|,)mapping=/.test(v)) res.push(k);
    else if (/^usb\d+$/.test(k) && !/(^|,)mapping=/.test(v) && !/(^|,)host=spice(,|$)/.test(v)) res.push(k);
    else if (/^(serial|parallel)\d+$/.test(k) && v.startsWith('/dev/')) res.push(k);
  }
  return res;
}

/** PVE::QemuMigrate `prepare`: local devices, every volume's storage on the target. */
export function prepareVm(ctx: SimCtx, g: SimGuest, target: string, opts: MigrateOpts, log: Log): void {
  const devices = localResources(g);
  if (devices.length > 0) {
    if (isRunning(g) || !opts.force)
      throw new TaskFailure(`can't migrate VM which uses local devices: ${devices.join(', ')}`);
    log('migrating VM which uses local devices');
  }
  for (const v of vmVolumes(g.conf.main)) {
    const p = v.path || v.volid === 'cdrom' ? undefined : parseVolid(v.volid);
    if (!p) continue;
    const st = storageOn(ctx, p.storage);
    const targetsid = st.shared ? p.storage : mapStorage(opts.storageMap, p.storage);
    const tst = storageOn(ctx, targetsid, target);
    const vtype = findVolume(ctx, v.volid)?.content ?? (v.cdrom ? 'iso' : 'images');
    if (!tst.content.includes(vtype))
      throw new TaskFailure(`${v.volid}: content type '${vtype}' is not available on storage '${targetsid}'`);
  }
}

/** PVE::QemuMigrate `scan_local_volumes`. */
export function localVmVolumes(
  ctx: SimCtx,
  g: SimGuest,
  target: string,
  opts: MigrateOpts,
  log: Log,
): LocalVolume[] {
  const running = isRunning(g);
  const found = new Map<string, LocalVolume & { ref: string }>();
  const errors = new Map<string, string>();
  const other: string[] = [];
  const snaps = snapshotRefs(g);
  const refs = new Map<string, VolRef>();
  for (const s of [g.conf.main, ...Object.values(g.conf.snapshots)])
    for (const v of vmVolumes(s)) if (!refs.has(v.volid) || s === g.conf.main) refs.set(v.volid, v);
  for (const [volid, v] of refs) {
    if (v.path) {
      errors.set(volid, 'local file/device');
      continue;
    }
    if (volid === 'cdrom') {
      other.push("can't migrate local cdrom drive");
      continue;
    }
    const p = parseVolid(volid);
    if (!p) continue;
    const st = storageOn(ctx, p.storage);
    if (st.shared) continue;
    const targetsid = mapStorage(opts.storageMap, p.storage);
    storageOn(ctx, targetsid, target); // target_storage_check_available
    const attached = isQemuDiskKey(v.key) && g.conf.main.values[v.key] !== undefined;
    const generated = /-cloudinit|tpmstate/.test(volid) || v.key.startsWith('tpmstate');
    const ref = generated
      ? 'generated'
      : attached
        ? 'attached'
        : /^unused/.test(v.key)
          ? 'unused'
          : 'snapshot';
    found.set(volid, { volid, targetsid, ref });
    const vol = findVolume(ctx, volid);
    if (snaps.has(volid) || (vol?.snapshots?.length ?? 0) > 0) {
      if (running)
        errors.set(volid, 'online storage migration not possible if non-replicated snapshot exists');
      else if (!(st.type === 'zfspool' || volid.endsWith('.qcow2')))
        errors.set(volid, 'non-migratable snapshot exists');
    }
    if (
      vol?.base &&
      ctx.s.volumes.some(
        (o) => o.storage === vol.storage && o.node === vol.node && o.volname.startsWith(`${vol.volname}/`),
      )
    )
      errors.set(volid, errors.get(volid) ?? 'referenced by linked clone(s)');
  }
  for (const [volid, lv] of [...found].sort()) {
    if (lv.ref === 'attached') {
      if (running && !opts.withLocalDisks)
        errors.set(volid, "can't live migrate attached local disks without with-local-disks option");
      log(`found local disk '${volid}' (attached)`);
    } else if (lv.ref === 'generated') log(`found generated disk '${volid}' (in current VM config)`);
    else if (lv.ref === 'unused') log(`found local disk '${volid}' (unused)`);
    else log(`found local disk '${volid}' (referenced by snapshot(s))`);
  }
  for (const [volid, msg] of [...errors].sort()) log(`can't migrate local disk '${volid}': ${msg}`);
  for (const msg of other) log(msg);
  const problem = (msg: string): TaskFailure =>
    new TaskFailure(`Problem found while scanning volumes - ${msg}`);
  if (errors.size > 0 || other.length > 0) throw problem("can't migrate VM - check log");
  for (const volid of found.keys()) {
    const p = parseVolid(volid)!;
    const type = ctx.s.storages[p.storage]!.type;
    if (!['dir', 'btrfs', 'zfspool', 'lvmthin', 'lvm'].includes(type))
      throw problem(`can't migrate '${volid}' - storage type '${type}' not supported`);
    const base = parseGuestVolname(p.volname)?.baseOf;
    if (base) throw problem(`can't migrate '${volid}' as it's a clone of '${base}'`);
  }
  return [...found.values()].map(({ volid, targetsid }) => ({ volid, targetsid }));
}
