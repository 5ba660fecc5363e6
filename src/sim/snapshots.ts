/**
 * Snapshots as PVE::AbstractConfig implements them for CTs and VMs: prepare (lock `snapshot`,
 * copy the config into a `[name]` section with `snapstate: prepare`), commit (`parent:` moves to
 * the new snapshot), delete (lock `snapshot-delete`, children re-parented), rollback (lock
 * `rollback`, the snapshot's config becomes current; ZFS only to the most recent snapshot), and
 * the `listsnapshot` tree.
 */
import type { SimCtx } from './context.js';
import { PveError } from './errors.js';
import { checkLock, isTemplate, sectionVolumes, touch } from './guests.js';
import type { ConfSection, SimGuest } from './model.js';
import { findVolume, parseVolid, volumeHasFeature } from './volumes.js';

const NOT_COPIED = new Set(['snapstate', 'snaptime', 'vmstate', 'lock', 'digest', 'description']);

/** `__snapshot_copy_config`. */
function copyConfig(src: ConfSection, dest: ConfSection): void {
  for (const [k, v] of Object.entries(src.values)) {
    if (NOT_COPIED.has(k) || /^unused\d+$/.test(k)) continue;
    dest.values[k] = v;
  }
  if (src.lxc) dest.lxc = src.lxc.map(([k, v]) => [k, v]);
}

export function validateSnapshotName(name: string): void {
  if (name === 'current') throw new PveError(`unable to use snapshot name 'current' (reserved name)`);
  if (name.toLowerCase() === 'pending')
    throw new PveError(`unable to use snapshot name 'pending' (reserved name)`);
}

/** A CT mount point whose volume is a host path (bind or device mount). */
function hasPathMount(section: ConfSection): boolean {
  return Object.entries(section.values).some(
    ([k, v]) => /^mp\d+$/.test(k) && /^(?:volume=)?\//.test(v.split(',')[0] ?? ''),
  );
}

/** `__snapshot_prepare`. */
export function snapshotPrepare(ctx: SimCtx, g: SimGuest, name: string, description?: string): void {
  if (isTemplate(g)) throw new PveError(`you can't take a snapshot if it's a template`);
  checkLock(g);
  if (g.conf.snapshots[name]) throw new PveError(`snapshot name '${name}' already used`);
  for (const { volid } of sectionVolumes(g.kind, g.conf.main))
    if (!volumeHasFeature(ctx, volid, 'snapshot')) throw new PveError('snapshot feature is not available');
  // A CT's bind and device mount points are paths: `PVE::LXC::Config::has_feature` asks
  // `PVE::Storage::volume_has_feature` about each, which answers undef for a path (only vzdump's
  // snapshot skips mount points that are not backed up).
  if (g.kind === 'lxc' && hasPathMount(g.conf.main)) throw new PveError('snapshot feature is not available');
  for (const snap of Object.values(g.conf.snapshots))
    if (snap.values.parent === name) delete snap.values.parent;
  g.conf.main.values.lock = 'snapshot';
  const snap: ConfSection = { values: {} };
  copyConfig(g.conf.main, snap);
  snap.values.snapstate = 'prepare';
  snap.values.snaptime = String(Math.floor(ctx.now() / 1000));
  if (description) snap.description = description;
  g.conf.snapshots[name] = snap;
  touch(g);
}

/** Volume snapshots are taken between prepare and commit (the guest's files with them). */
export function snapshotVolumes(ctx: SimCtx, g: SimGuest, name: string): void {
  for (const { volid } of sectionVolumes(g.kind, g.conf.snapshots[name] ?? g.conf.main)) {
    const v = findVolume(ctx, volid);
    if (v) (v.snapshots ??= []).push(name);
  }
  (g.fsSnapshots ??= {})[name] = JSON.parse(JSON.stringify(g.fs)) as SimGuest['fs'];
}

/** `__snapshot_commit`. */
export function snapshotCommit(g: SimGuest, name: string): void {
  if (g.conf.main.values.lock !== 'snapshot') throw new PveError('missing snapshot lock');
  const snap = g.conf.snapshots[name];
  if (!snap) throw new PveError(`snapshot '${name}' does not exist`);
  delete snap.values.snapstate;
  delete g.conf.main.values.lock;
  g.conf.main.values.parent = name;
  touch(g);
}

/** First half of `snapshot_delete`: lock and mark. */
export function snapshotDeletePrepare(g: SimGuest, name: string): void {
  if (!g.conf.snapshots[name]) throw new PveError(`snapshot '${name}' does not exist`);
  checkLock(g);
  if (isTemplate(g)) throw new PveError(`you can't delete a snapshot if vm is a template`);
  g.conf.main.values.lock = 'snapshot-delete';
  g.conf.snapshots[name]!.values.snapstate = 'delete';
  touch(g);
}

/** Second half: drop volume snapshots, re-parent, remove the section and the lock. */
export function snapshotDeleteFinish(ctx: SimCtx, g: SimGuest, name: string): void {
  const snap = g.conf.snapshots[name];
  if (!snap) throw new PveError(`snapshot '${name}' does not exist`);
  for (const { volid } of sectionVolumes(g.kind, snap)) {
    const v = findVolume(ctx, volid);
    if (v?.snapshots) v.snapshots = v.snapshots.filter((s) => s !== name);
  }
  const newParent = snap.values.parent;
  const relink = (section: ConfSection): void => {
    if (section.values.parent !== name) return;
    if (newParent) section.values.parent = newParent;
    else delete section.values.parent;
  };
  relink(g.conf.main);
  for (const [n, s] of Object.entries(g.conf.snapshots)) if (n !== name) relink(s);
  delete g.conf.snapshots[name];
  if (g.fsSnapshots) delete g.fsSnapshots[name];
  delete g.conf.main.values.lock;
  // The snapshot's volumes that the config no longer uses come back as unused
  // (`PVE::AbstractConfig::snapshot_delete` calls `add_unused_volume` for each).
  const inUse = new Set(sectionVolumes(g.kind, g.conf.main).map((v) => v.volid));
  const main = g.conf.main.values;
  for (const { volid } of sectionVolumes(g.kind, snap)) {
    if (inUse.has(volid) || !findVolume(ctx, volid)) continue;
    inUse.add(volid);
    if (Object.entries(main).some(([k, v]) => /^unused\d+$/.test(k) && v === volid)) continue;
    for (let i = 0; i < 256; i++) {
      if (main[`unused${i}`] === undefined) {
        main[`unused${i}`] = volid;
        break;
      }
    }
  }
  touch(g);
}

/** First half of `snapshot_rollback`: checks, stops the guest, takes the `rollback` lock. */
export function rollbackPrepare(ctx: SimCtx, g: SimGuest, name: string): void {
  if (isTemplate(g)) throw new PveError(`you can't rollback if vm is a template`);
  const snap = g.conf.snapshots[name];
  if (!snap) throw new PveError(`snapshot '${name}' does not exist`);
  for (const { volid } of sectionVolumes(g.kind, snap)) {
    const v = findVolume(ctx, volid);
    const st = v ? ctx.s.storages[v.storage] : undefined;
    if (!v || st?.type !== 'zfspool') continue;
    const list = v.snapshots ?? [];
    const at = list.indexOf(name);
    const id = `${parseVolid(volid)!.storage}:${v.volname}`;
    if (at < 0) throw new PveError(`can't rollback, snapshot '${name}' does not exist on '${id}'`);
    if (at < list.length - 1)
      throw new PveError(`can't rollback, '${name}' is not most recent snapshot on '${id}'`);
  }
  if (snap.values.snapstate)
    throw new PveError(`unable to rollback to incomplete snapshot (snapstate = ${snap.values.snapstate})`);
  checkLock(g);
  g.status = 'stopped';
  delete g.startedAt;
  g.conf.main.values.lock = 'rollback';
  touch(g);
}

/** Second half: the snapshot's config becomes the current one. */
export function rollbackFinish(g: SimGuest, name: string): void {
  const snap = g.conf.snapshots[name];
  if (!snap) throw new PveError(`snapshot '${name}' does not exist`);
  if (g.conf.main.values.lock !== 'rollback') throw new PveError('got wrong lock');
  const next: ConfSection = { values: {} };
  for (const [k, v] of Object.entries(g.conf.main.values)) if (/^unused\d+$/.test(k)) next.values[k] = v;
  if (g.conf.main.description !== undefined) next.description = g.conf.main.description;
  copyConfig(snap, next);
  next.values.parent = name;
  g.conf.main = next;
  if (g.fsSnapshots?.[name]) g.fs = JSON.parse(JSON.stringify(g.fsSnapshots[name])) as SimGuest['fs'];
  touch(g);
}

export interface SnapshotListEntry {
  name: string;
  description: string;
  parent?: string;
  snaptime?: number;
  running?: number;
}

/** The `GET .../snapshot` list, ending with `current`. */
export function snapshotList(g: SimGuest): SnapshotListEntry[] {
  const res: SnapshotListEntry[] = [];
  for (const [name, s] of Object.entries(g.conf.snapshots)) {
    const e: SnapshotListEntry = { name, description: s.description ?? '' };
    if (s.values.parent) e.parent = s.values.parent;
    if (s.values.snaptime) e.snaptime = Number(s.values.snaptime);
    res.push(e);
  }
  const current: SnapshotListEntry = {
    name: 'current',
    description: 'You are here!',
    running: g.status === 'running' ? 1 : 0,
  };
  if (g.conf.main.values.parent) current.parent = g.conf.main.values.parent;
  res.push(current);
  return res;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function localTime(epoch: number): string {
  const d = new Date(epoch * 1000);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/** `PVE::GuestHelpers::print_snapshot_tree`. */
export function printSnapshotTree(list: SnapshotListEntry[]): string {
  const byName = new Map(list.map((e) => [e.name, { ...e, children: [] as string[] }]));
  const roots: string[] = [];
  for (const e of list) {
    if (e.parent && byName.has(e.parent)) byName.get(e.parent)!.children.push(e.name);
    else roots.push(e.name);
  }
  const order = (a: string, b: string): number => {
    const ta = byName.get(a)!.snaptime;
    const tb = byName.get(b)!.snaptime;
    if (ta === undefined) return 1;
    if (tb === undefined) return -1;
    return ta - tb;
  };
  let out = '';
  const walk = (prefix: string, name: string): void => {
    const e = byName.get(name)!;
    const description = (e.description || 'no-description').split('\n')[0]!;
    const time = e.snaptime === undefined ? '' : localTime(e.snaptime);
    const len = Math.max(0, 30 - prefix.length);
    out += `${prefix} ${name.padEnd(len)} ${time.padEnd(23)} ${description}\n`;
    for (const child of [...e.children].sort(order)) walk(` ${prefix}`, child);
  };
  for (const root of [...roots].sort(order)) walk('`->', root);
  return out;
}
