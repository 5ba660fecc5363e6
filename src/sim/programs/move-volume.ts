/**
 * `pct move-volume` and `qm disk move` to another storage, with the refusals of pve-container's
 * `PVE::API2::LXC::move_volume` and qemu-server's `PVE::API2::Qemu::move_vm_disk`: a container
 * must be stopped, an unused entry cannot be moved, a source that snapshots use cannot be deleted
 * (`delete`), and the old volume is kept as `unusedN` unless `delete` is given. Handing a
 * container volume to another container (`target-vmid`) is `reassign-volume.ts`; for VMs
 * (`qm disk move --target-vmid`) it is not modelled and refused.
 */
import type { SimCtx } from '../context.js';
import { PveError } from '../errors.js';
import {
  addUnusedVolume,
  checkLock,
  isRunning,
  isTemplate,
  loadGuest,
  replaceVolume,
  sectionVolumes,
  touch,
  volumeInSnapshots,
  withSize,
} from '../guests.js';
import type { GuestKind } from '../model.js';
import { formatSize } from '../../dialect/pve-values.js';
import { copyVolume, findVolume, freeVolume, makeBaseVolume, storageOn, volid } from '../volumes.js';

function moveDisk(
  ctx: SimCtx,
  kind: GuestKind,
  vmid: number,
  key: string,
  storage: string | undefined,
  opts: { delete: boolean; targetVmid?: string },
): void {
  const g = loadGuest(ctx, kind, vmid);
  ctx.holdFlock(kind, vmid);
  checkLock(g);
  if (opts.targetVmid !== undefined && storage)
    throw new PveError('either set storage or target-vmid, but not both');
  if (opts.targetVmid !== undefined) throw new PveError('moving a volume to another guest is not simulated');
  if (!storage) throw new PveError("both 'storage' and 'target-vmid' missing, either needs to be set");
  if (kind === 'lxc') {
    if (isRunning(g)) throw new PveError('cannot move volumes of a running container');
    if (/^unused\d+$/.test(key))
      throw new PveError(
        `cannot move volume '${key}', only configured volumes can be moved to another storage`,
      );
  }
  const values = g.conf.main.values;
  const value = values[key];
  if (!value)
    throw new PveError(kind === 'lxc' ? `unable to parse volume '${key}'` : `disk '${key}' does not exist`);
  const vol = sectionVolumes(kind, g.conf.main).find((v) => v.key === key)?.volid;
  if (!vol)
    throw new PveError(
      kind === 'lxc'
        ? `cannot move non-volume mount point '${key}'`
        : `disk '${key}' has no associated volume`,
    );
  if (kind === 'qemu' && /(^|,)media=cdrom(,|$)/.test(value)) throw new PveError("you can't move a cdrom");
  if (kind === 'qemu' && storageOn(ctx, storage) && vol.startsWith(`${storage}:`))
    throw new PveError("you can't move to the same storage with same format");
  if (opts.delete && volumeInSnapshots(g, vol))
    throw new PveError(
      kind === 'lxc'
        ? "you can't move a volume with snapshots and delete the source"
        : "you can't move a disk with snapshots and delete the source",
    );
  storageOn(ctx, storage);
  const src = findVolume(ctx, vol);
  if (!src) throw new PveError(`volume '${vol}' does not exist`);
  const copy = copyVolume(ctx, vol, vmid, storage, kind === 'lxc' ? 'rootdir' : 'images');
  const newId = isTemplate(g) ? makeBaseVolume(ctx, volid(copy)) : volid(copy);
  values[key] = withSize(replaceVolume(value, newId), formatSize(copy.sizeBytes));
  if (opts.delete) freeVolume(ctx, vol);
  else addUnusedVolume(values, vol);
  touch(g);
}

export function pctMoveVolume(
  ctx: SimCtx,
  vmid: number,
  key: string,
  storage: string | undefined,
  opts: { delete: boolean; targetVmid?: string },
): void {
  moveDisk(ctx, 'lxc', vmid, key, storage, opts);
}

export function qmDiskMove(
  ctx: SimCtx,
  vmid: number,
  disk: string,
  storage: string | undefined,
  opts: { delete: boolean; targetVmid?: string },
): void {
  moveDisk(ctx, 'qemu', vmid, disk, storage, opts);
}
