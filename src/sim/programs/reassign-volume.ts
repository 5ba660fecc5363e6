/**
 * `pct move-volume VMID KEY --target-vmid T [--target-volume KEY2]`: hands a container's volume,
 * data included, to another container on the same node (pve-container
 * `PVE::API2::LXC::move_volume`, its `$load_and_check_reassign_configs` and `$volume_reassignfn`).
 * Proxmox renames the volume to the target's vmid (`PVE::Storage::rename_volume`), removes the key
 * from the source config, then writes it into the target config: a mount point keeps its options
 * (`mp=`, `size=`, `backup=` ...) under the target key, an unused entry stays a bare volume id.
 */
import type { SimCtx } from '../context.js';
import { PveError } from '../errors.js';
import {
  checkLock,
  isRunning,
  isTemplate,
  loadGuest,
  replaceVolume,
  touch,
  volumeInSnapshots,
} from '../guests.js';
import { parseVolid, renameVolume, volumeHasFeature } from '../volumes.js';

const UNUSED = /^unused\d+$/;

/** The checks of `$load_and_check_reassign_configs`, in Proxmox's order, with its messages. */
function check(ctx: SimCtx, vmid: number, key: string, targetVmid: number, targetKey: string): string {
  if (key === 'rootfs' || targetKey === 'rootfs') throw new PveError("Cannot move to/from 'rootfs'");
  if (UNUSED.test(key) && !UNUSED.test(targetKey))
    throw new PveError('Moving an unused volume to a used one is not possible');
  // `PVE::Cluster::get_vmlist` holds VMs too; a VM then fails at `load_config` below.
  const src = ctx.s.guests[String(vmid)];
  const dst = ctx.s.guests[String(targetVmid)];
  if (!src) throw new PveError(`could not find CT ${vmid}`);
  if (!dst) throw new PveError(`could not find CT ${targetVmid}`);
  if (src.node !== dst.node)
    throw new PveError(`Both containers need to be on the same node (${src.node} != ${dst.node})`);
  const source = loadGuest(ctx, 'lxc', vmid);
  checkLock(source);
  const target = targetVmid === vmid ? source : loadGuest(ctx, 'lxc', targetVmid);
  if (target !== source) checkLock(target);
  if (isTemplate(source) || isTemplate(target))
    throw new PveError("Can't move volumes from or to template CT");
  const value = source.conf.main.values[key];
  if (value === undefined) throw new PveError(`volume '${key}' for container '${vmid}' does not exist`);
  if (target.conf.main.values[targetKey] !== undefined)
    throw new PveError(`Target volume key '${targetKey}' is already in use for container '${targetVmid}'`);
  const vol = value.split(',')[0]!.replace(/^volume=/, '');
  if (!vol) throw new PveError(`Volume '${key}' has no associated image`);
  if (volumeInSnapshots(loadGuest(ctx, 'lxc', vmid), vol))
    throw new PveError('Cannot move volume used by a snapshot to another container');
  // A bind mount's host path has no storage, so `volume_has_feature` is false and this message
  // comes before the bind-mount one (`PVE::Storage::volume_has_feature` returns undef for paths).
  if (!parseVolid(vol) || !volumeHasFeature(ctx, vol, 'rename'))
    throw new PveError('Storage does not support moving of this disk to another container');
  if (vol.startsWith('/')) throw new PveError('Cannot move a bindmount or device mount to another container');
  if (isRunning(source) && !UNUSED.test(key))
    throw new PveError('Cannot move in-use volume while the source CT is running - detach or shutdown first');
  return vol;
}

export function pctReassignVolume(
  ctx: SimCtx,
  vmid: number,
  key: string,
  targetVmid: number,
  targetKey: string | undefined,
): void {
  const toKey = targetKey ?? key;
  check(ctx, vmid, key, targetVmid, toKey);
  ctx.holdFlock('lxc', vmid);
  ctx.holdFlock('lxc', targetVmid);
  const vol = check(ctx, vmid, key, targetVmid, toKey);
  const source = loadGuest(ctx, 'lxc', vmid);
  const target = loadGuest(ctx, 'lxc', targetVmid);
  const value = source.conf.main.values[key]!;
  ctx.out(`moving volume '${key}' from container '${vmid}' to '${targetVmid}'\n`);
  const newId = renameVolume(ctx, vol, targetVmid);
  delete source.conf.main.values[key];
  touch(source);
  ctx.out(`removing volume '${key}' from container '${vmid}' config\n`);
  // An unused target key gets the bare volume id; a mount point keeps the source's options
  // (`print_volume`). On a running target Proxmox hot-plugs the mount point
  // (`update_pct_config`); the model takes it as mounted at once.
  target.conf.main.values[toKey] = UNUSED.test(toKey) ? newId : replaceVolume(value, newId);
  touch(target);
  ctx.out(`target container '${targetVmid}' updated with '${toKey}'\n`);
}
