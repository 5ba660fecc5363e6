/**
 * Power, snapshot, template and destroy flows shared by `pct` and `qm`, each with the checks and
 * messages of pve-container / qemu-server and the locks those hold while their worker runs.
 */
import type { Continuation, SimCtx } from '../context.js';
import { PveError } from '../errors.js';
import {
  checkLock,
  checkProtection,
  isRunning,
  isTemplate,
  loadGuest,
  sectionVolumes,
  touch,
} from '../guests.js';
import { hostDeviceExists, hostDirExists } from '../host-paths.js';
import { applyPending } from '../lxc-config.js';
import { LXC_DEV, LXC_MP } from '../../dialect/lxc-schema.js';
import { parsePropertyString, specOf } from '../../dialect/pve-values.js';
import { guestTypeName, type GuestKind, type SimGuest } from '../model.js';
import {
  printSnapshotTree,
  rollbackFinish,
  rollbackPrepare,
  snapshotCommit,
  snapshotDeleteFinish,
  snapshotDeletePrepare,
  snapshotList,
  snapshotPrepare,
  snapshotVolumes,
  validateSnapshotName,
} from '../snapshots.js';
import { freeVolume, makeBaseVolume, volumeHasFeature } from '../volumes.js';

const tool = (kind: GuestKind): string => (kind === 'lxc' ? 'pct' : 'qm');

/** Marks a guest running (pending changes of a CT take effect). */
export function startGuest(ctx: SimCtx, g: SimGuest): void {
  applyPending(ctx, g);
  g.status = 'running';
  g.startedAt = ctx.now();
}

export function stopGuest(g: SimGuest): void {
  g.status = 'stopped';
  delete g.startedAt;
}

/**
 * The container's prestart hook (pve-container `lxc-pve-prestart-hook`): every bind mount's
 * source must be a folder (`PVE::LXC::mountpoint_mount`: "directory '...' does not exist") and
 * every passthrough device must be a node on the host (`PVE::LXC::Tools::
 * get_device_mode_and_rdev`, called again at each start); otherwise `monitor_start` reports the
 * start failed. Pending values are checked as they will be once applied.
 */
export function checkPrestart(ctx: SimCtx, g: SimGuest): void {
  const values = { ...g.conf.main.values, ...(g.conf.pending?.values ?? {}) };
  const problems: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (/^mp\d+$/.test(k)) {
      const p = parsePropertyString(k, specOf(LXC_MP), v);
      const src = 'errors' in p ? undefined : p.values.volume;
      if (src?.startsWith('/') && !src.startsWith('/dev/') && !hostDirExists(ctx, src))
        problems.push(`directory '${src}' does not exist`);
    } else if (/^dev\d+$/.test(k)) {
      const p = parsePropertyString(k, specOf(LXC_DEV), v);
      const path = 'errors' in p ? undefined : p.values.path;
      if (path && !hostDeviceExists(ctx, path)) problems.push(`Device ${path} does not exist`);
    }
  }
  if (problems.length) throw new PveError(`${problems[0]!}\nstartup for container '${g.vmid}' failed`);
}

export function guestStart(ctx: SimCtx, kind: GuestKind, vmid: number, skiplock: boolean): Continuation {
  const g = loadGuest(ctx, kind, vmid);
  if (kind === 'lxc' && isRunning(g)) throw new PveError(`CT ${vmid} already running`);
  ctx.holdFlock(kind, vmid);
  if (isTemplate(g))
    throw new PveError(
      kind === 'lxc' ? `you can't start a CT if it's a template` : `you can't start a vm if it's a template`,
    );
  if (!skiplock && g.conf.main.values.lock !== 'mounted') checkLock(g);
  if (kind === 'qemu' && isRunning(g)) throw new PveError(`VM ${vmid} already running`);
  if (kind === 'lxc') checkPrestart(ctx, g);
  return ctx.after(`${tool(kind)} start`, (c) => startGuest(c, loadGuest(c, kind, vmid)));
}

export function guestStop(
  ctx: SimCtx,
  kind: GuestKind,
  vmid: number,
  how: 'stop' | 'shutdown',
  skiplock: boolean,
): Continuation | void {
  const g = loadGuest(ctx, kind, vmid);
  if (!isRunning(g)) {
    if (kind === 'lxc') throw new PveError(`CT ${vmid} not running`);
    if (how === 'shutdown') throw new PveError(`VM ${vmid} not running`);
    return; // qm stop of a stopped VM succeeds
  }
  ctx.holdFlock(kind, vmid);
  if (!skiplock && !(kind === 'lxc' && how === 'stop' && g.conf.main.values.lock === 'mounted')) checkLock(g);
  return ctx.after(`${tool(kind)} ${how}`, (c) => stopGuest(loadGuest(c, kind, vmid)));
}

export function guestReboot(ctx: SimCtx, kind: GuestKind, vmid: number): Continuation {
  const g = loadGuest(ctx, kind, vmid);
  if (!isRunning(g)) throw new PveError(`VM ${vmid} not running`);
  ctx.holdFlock(kind, vmid);
  checkLock(g);
  return ctx.after(`${tool(kind)} reboot`, (c) => startGuest(c, loadGuest(c, kind, vmid)));
}

export function guestSnapshot(
  ctx: SimCtx,
  kind: GuestKind,
  vmid: number,
  name: string,
  description: string | undefined,
): Continuation {
  validateSnapshotName(name);
  const g = loadGuest(ctx, kind, vmid);
  snapshotPrepare(ctx, g, name, description);
  return ctx.after(`${tool(kind)} snapshot`, (c) => {
    const g2 = loadGuest(c, kind, vmid);
    snapshotVolumes(c, g2, name);
    snapshotCommit(g2, name);
  });
}

export function guestDeleteSnapshot(ctx: SimCtx, kind: GuestKind, vmid: number, name: string): Continuation {
  const g = loadGuest(ctx, kind, vmid);
  snapshotDeletePrepare(g, name);
  return ctx.after(`${tool(kind)} delsnapshot`, (c) =>
    snapshotDeleteFinish(c, loadGuest(c, kind, vmid), name),
  );
}

export function guestRollback(
  ctx: SimCtx,
  kind: GuestKind,
  vmid: number,
  name: string,
  start: boolean,
): Continuation {
  const g = loadGuest(ctx, kind, vmid);
  rollbackPrepare(ctx, g, name);
  return ctx.after(`${tool(kind)} rollback`, (c) => {
    const g2 = loadGuest(c, kind, vmid);
    rollbackFinish(g2, name);
    if (start) startGuest(c, g2);
  });
}

export function guestListSnapshots(ctx: SimCtx, kind: GuestKind, vmid: number): void {
  ctx.out(printSnapshotTree(snapshotList(loadGuest(ctx, kind, vmid))));
}

export function guestTemplate(ctx: SimCtx, kind: GuestKind, vmid: number, disk?: string): Continuation {
  const g = loadGuest(ctx, kind, vmid);
  ctx.holdFlock(kind, vmid);
  checkLock(g);
  if (kind === 'lxc') {
    if (Object.keys(g.conf.snapshots).length > 0)
      throw new PveError('unable to create template, because CT contains snapshots');
    if (isTemplate(g)) throw new PveError(`you can't convert a template to a template`);
    if (isRunning(g)) throw new PveError(`you can't convert a CT to template if the CT is running`);
  } else {
    if (Object.keys(g.conf.snapshots).length > 0)
      throw new PveError('unable to create template, because VM contains snapshots');
    if (isTemplate(g)) throw new PveError(`you can't convert a template to a template`);
    if (isRunning(g)) throw new PveError(`you can't convert a VM to template if VM is running`);
  }
  // qemu-server skips CD-ROM drives, the cloud-init drive included.
  const convertible = (section: SimGuest['conf']['main']) =>
    sectionVolumes(kind, section).filter(
      ({ key, volid }) =>
        !(kind === 'qemu' && /cloudinit/.test(volid)) && (disk === undefined || key === disk),
    );
  for (const { volid } of convertible(g.conf.main))
    if (!volumeHasFeature(ctx, volid, 'template'))
      throw new PveError(`Template feature is not available for '${volid}'`);
  return ctx.after(`${tool(kind)} template`, (c) => {
    const g2 = loadGuest(c, kind, vmid);
    for (const { key, volid } of convertible(g2.conf.main)) {
      const base = makeBaseVolume(c, volid);
      g2.conf.main.values[key] = g2.conf.main.values[key]!.replace(volid, base);
    }
    g2.conf.main.values.template = '1';
    touch(g2);
  });
}

export function guestDestroy(
  ctx: SimCtx,
  kind: GuestKind,
  vmid: number,
  o: { force?: boolean; skiplock?: boolean; unreferenced?: boolean },
): Continuation {
  const g = loadGuest(ctx, kind, vmid);
  const name = guestTypeName(kind);
  checkProtection(g, `can't remove ${name} ${vmid}`);
  if (!o.skiplock) checkLock(g);
  if (kind === 'lxc' && isRunning(g) && !o.force)
    throw new PveError(`unable to destroy CT ${vmid} - container is running`);
  if (kind === 'qemu' && isRunning(g)) throw new PveError(`VM ${vmid} is running - destroy failed`);
  ctx.holdFlock(kind, vmid);
  return ctx.after(`${tool(kind)} destroy`, (c) => {
    const g2 = loadGuest(c, kind, vmid);
    if (isRunning(g2)) {
      c.err(`forced to stop CT ${vmid} before destroying!\n`);
      stopGuest(g2);
    }
    const vols = new Set<string>();
    for (const { volid } of sectionVolumes(kind, g2.conf.main)) vols.add(volid);
    for (const s of Object.values(g2.conf.snapshots))
      for (const { volid } of sectionVolumes(kind, s)) vols.add(volid);
    for (const [k, v] of Object.entries(g2.conf.main.values))
      if (/^unused\d+$/.test(k)) vols.add(v.split(',')[0]!.replace(/^(file|volume)=/, ''));
    // `destroy-unreferenced-disks`: the guest disks of this id on every storage that no key names
    // too (qemu-server's `destroy_vm` frees what `vdisk_list(..., $vmid, ..., 'images')` lists).
    if (o.unreferenced)
      for (const v of c.s.volumes)
        if (
          v.vmid === vmid &&
          (v.node === '' || v.node === g2.node) &&
          (v.content === 'images' || v.content === 'rootdir')
        )
          vols.add(`${v.storage}:${v.volname}`);
    for (const v of vols) freeVolume(c, v);
    delete c.s.guests[String(vmid)];
    c.s.access.acl = c.s.access.acl.filter((a) => a.path !== `/vms/${vmid}`);
    for (const pool of Object.values(c.s.access.pools)) pool.members = pool.members.filter((m) => m !== vmid);
  });
}

export function guestUnlock(ctx: SimCtx, kind: GuestKind, vmid: number): void {
  const g = loadGuest(ctx, kind, vmid);
  delete g.conf.main.values.lock;
  touch(g);
}
