/**
 * Checks and steps that `pct` and `qm` share in create, clone and set: the simulated Proxmox VE
 * major version, resource pools, the clone's target node and storage, full or linked clones,
 * options both set and deleted, and the clean-up after a failed create or clone worker.
 */
import type { SimCtx } from '../context.js';
import { ParamError, PveError } from '../errors.js';
import { isTemplate } from '../guests.js';
import type { GuestKind, SimGuest } from '../model.js';
import { isQuorate } from '../cluster.js';
import { storageOn } from '../volumes.js';

type Params = Readonly<Record<string, string>>;

export function pveMajor(ctx: SimCtx): number {
  return Number(ctx.s.pve.version.split('.')[0]);
}

export function checkPool(ctx: SimCtx, pool: string | undefined): void {
  if (pool !== undefined && !ctx.s.access.pools[pool]) throw new PveError(`pool '${pool}' does not exist`);
}

export function addToPool(ctx: SimCtx, pool: string | undefined, vmid: number): void {
  if (pool !== undefined) ctx.s.access.pools[pool]?.members.push(vmid);
}

/**
 * Checks `--target` (a cluster node; this node or `localhost` mean no move) and `--storage` of a
 * clone, in the order of pve-container PVE::API2::LXC `clone_vm` and qemu-server
 * PVE::API2::Qemu `clone_vm`: the node exists, the storage is enabled here (a VM's holds images)
 * and, for another node, there too and shared; then the cluster must be quorate. Returns the
 * other node the clone goes to, if any.
 */
export function cloneTarget(ctx: SimCtx, p: Params, kind: GuestKind): string | undefined {
  let target: string | undefined = p.target;
  if (target === ctx.nodeName || target === 'localhost') target = undefined;
  if (target !== undefined && !ctx.s.nodes[target]) throw new PveError(`no such cluster node '${target}'`);
  if (p.storage !== undefined) {
    const st = storageOn(ctx, p.storage);
    if (kind === 'qemu' && !st.content.includes('images'))
      throw new ParamError({ storage: `storage '${p.storage}' does not support vm images` });
    if (target !== undefined) {
      storageOn(ctx, p.storage, target);
      if (!st.shared) throw new PveError(`can't clone to non-shared storage '${p.storage}'`);
    }
  }
  if (!isQuorate(ctx.s)) throw new PveError('cluster not ready - no quorum?');
  return target;
}

/** `--full` or, by default, full copies of everything but templates; linked clones take no storage. */
export function isFullClone(p: Params, src: SimGuest): boolean {
  const full = p.full !== undefined ? p.full === '1' : !isTemplate(src);
  if (p.storage !== undefined && !full)
    throw new PveError(`parameter 'storage' not allowed for linked clones`);
  return full;
}

/** `set` refuses an option given both with a value and in `--delete`. */
export function checkSetAndDelete(set: Readonly<Record<string, string>>, del: readonly string[]): void {
  for (const k of del)
    if (set[k] !== undefined)
      throw new ParamError({ delete: `you can't use '-${k}' and -delete ${k}' at the same time` });
}

/** A failed create or clone worker: the new guest and the volumes it got are gone. */
export function discardNewGuest(ctx: SimCtx, vmid: number): void {
  ctx.s.volumes = ctx.s.volumes.filter((v) => v.vmid !== vmid);
  delete ctx.s.guests[String(vmid)];
}
