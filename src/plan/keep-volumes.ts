/**
 * Keeping a container's data volumes across a rebuild. Proxmox's destroy frees every volume the
 * config lists (pve-container `PVE::LXC::destroy_lxc_container` walks it with `include_unused`),
 * so before the destroy each data volume is handed to a holder container, and after the guest is
 * made again it is handed back: `pct move-volume ID KEY --target-vmid HOLDER --target-volume KEY`
 * (`PVE::API2::LXC::move_volume`, its reassign branch). Proxmox's rules, which shape this module:
 * the target must be an existing, unlocked, non-template container on the same node; the source
 * must be stopped unless the key is `unusedN`; an `unusedN` goes only to an `unusedN`; the target
 * key must be free; no snapshot may use the volume; the storage must support `rename`
 * (`PVE::Storage::volume_has_feature`); bind mounts cannot go. The volume is renamed to the
 * holder's id (`PVE::Storage::rename_volume`), and a mount point keeps its options.
 *
 * Between any two host commands every volume is listed by the config of the guest or of the
 * holder, so a run killed anywhere loses none, and the next plan finds the parked ones in the
 * holder (id `HOLDER_BASE + guest id`, hostname `phoenix-keep-<id>`, never tagged `phoenix`, so it
 * is never planned for deletion) and hands them back. Pure.
 */
import type { LiveGuest, LiveState } from '../model/live-state.js';
import { dataVolumesOf, type DataVolume } from './data-loss.js';
import { isManaged } from './markers.js';
import type { FieldDiff, KeptVolume, PlanAction, Step } from './types.js';
import { liveMounts } from './volume-slots.js';

/** Holder ids: the guest's id plus this (Proxmox ids end at 999999999). */
export const HOLDER_BASE = 900_000_000;
const HOLDER_MAX_GUEST = 99_999_999;

export function holderIdOf(id: number): number | undefined {
  return id <= HOLDER_MAX_GUEST ? HOLDER_BASE + id : undefined;
}

export function holderName(id: number): string {
  return `phoenix-keep-${id}`;
}

/** The holder of guest `id`'s parked volumes, when the host has it. */
export function liveHolderOf(id: number, liveById: ReadonlyMap<number, LiveGuest>): LiveGuest | undefined {
  const hid = holderIdOf(id);
  const h = hid === undefined ? undefined : liveById.get(hid);
  return h && h.kind === 'lxc' && h.config.hostname === holderName(id) ? h : undefined;
}

/**
 * A holder whose `pct create` was interrupted (`lock: create`, no volume handed to it yet: Proxmox
 * hands none to a locked container): it holds no data and is made again.
 */
export function incompleteHolderOf(
  id: number,
  liveById: ReadonlyMap<number, LiveGuest>,
): LiveGuest | undefined {
  const hid = holderIdOf(id);
  const h = hid === undefined ? undefined : liveById.get(hid);
  if (!h || h.kind !== 'lxc' || h.lock !== 'create' || h.config.hostname === holderName(id)) return undefined;
  return Object.keys(h.config).some((k) => /^(mp|unused)\d+$/.test(k)) ? undefined : h;
}

/**
 * Whether Proxmox can hand `volume` to another container: its storage renames volumes (LVM,
 * LVM-thin, ZFS, RBD; on directory storages only raw/qcow2/vmdk files, never a `subvol`
 * directory), per the `rename` rows of pve-storage's plugins' `volume_has_feature`.
 */
export function canReassign(volume: string, live: LiveState): string | undefined {
  const id = volume.split(':')[0]!;
  const st = live.storages.find((s) => s.id === id);
  if (!st) return `storage '${id}' is unknown`;
  if (['lvmthin', 'lvm', 'zfspool', 'rbd'].includes(st.type)) return undefined;
  if (['dir', 'nfs', 'cifs'].includes(st.type) && /\.(raw|qcow2|vmdk)$/.test(volume)) return undefined;
  return `storage '${id}' (${st.type}) cannot hand this volume to another container`;
}

/** What keeping a rebuilt guest's volumes takes. */
export interface KeepPlan {
  /** Before the destroy (absent when nothing is to be handed away now). */
  readonly park?: Step;
  /** The volumes of the old guest that cannot be kept, with the reason. */
  readonly unkept: ReadonlyArray<{ readonly v: DataVolume; readonly reason: string }>;
  /** The old guest's keys whose volumes are kept. */
  readonly kept: readonly DataVolume[];
}

/**
 * The park step for a rebuild of `old` (its holder may already hold some volumes of an earlier,
 * interrupted attempt). `template`/`storage`: what a new holder is made from.
 */
export function planPark(
  old: LiveGuest,
  state: LiveState,
  holder: LiveGuest | undefined,
  template: string | undefined,
  storage: string,
  remake = false,
): KeepPlan {
  const data = dataVolumesOf(old);
  const hid = holderIdOf(old.id);
  const why = (v: DataVolume): string | undefined => {
    if (hid === undefined) return `ids above ${HOLDER_MAX_GUEST} have no holder id`;
    if (!holder && !remake && state.guests.some((x) => x.id === hid))
      return `the holder id ${hid} is taken by another guest`;
    if (!holder && !template) return 'no LXC template is on the host to make the holder container from';
    if (holder?.lock) return `the holder CT ${hid} is locked (${holder.lock})`;
    if (holder && holder.config[v.key] !== undefined) return `the holder CT ${hid} already uses ${v.key}`;
    return canReassign(v.volume, state);
  };
  const unkept: { v: DataVolume; reason: string }[] = [];
  const kept: DataVolume[] = [];
  for (const v of data) {
    const reason = why(v);
    if (reason) unkept.push({ v, reason });
    else kept.push(v);
  }
  if (!kept.length || hid === undefined) return { unkept, kept };
  const park: Step = {
    create: !holder,
    deleteSnapshots: old.snapshots.map((s) => s.name),
    holder: hid,
    op: 'park-volumes',
    ...(remake ? { remake: true as const } : {}),
    storage,
    template: template ?? '',
    volumes: kept.map((v) => ({
      from: v.key,
      mountPath: v.mountPath,
      size: v.size,
      to: v.key,
      volume: v.volume,
    })),
  };
  return { park, unkept, kept };
}

/** `mp0 (/data, 8G)`: a kept volume as the plan names it. */
export function describeKept(v: { key: string; mountPath?: string; size?: string }): string {
  const info = [v.mountPath, v.size].filter(Boolean).join(', ');
  return `${v.key}${info ? ` (${info})` : ''}`;
}

function configOf(s: Step): Readonly<Record<string, string>> | undefined {
  if (s.op === 'create') return s.config;
  if (s.op === 'configure') return s.set;
  return undefined;
}

/**
 * Hands the volumes a holder has (`held`: parked before, `parking`: parked by this plan's own park
 * step) back to the guest made or changed by `steps`: each goes to the new mount point that has its
 * path, which is then not allocated (dropped from the create/configure step), or to an `unusedN`.
 * The unpark step follows the make steps. `guestKeys`: keys the guest has now (empty when made).
 */
export function withUnpark(
  steps: readonly Step[],
  holder: number,
  held: readonly DataVolume[],
  guestKeys: ReadonlySet<string>,
): { steps: Step[]; dropped: string[]; volumes: KeptVolume[] } {
  const made = steps.findIndex((s) => s.op === 'create' || s.op === 'clone' || s.op === 'configure');
  const target =
    made >= 0 ? (configOf(steps[made]!) ?? configOf(steps[made + 1] ?? steps[made]!)) : undefined;
  const cfgAt = made >= 0 && steps[made]!.op === 'clone' ? made + 1 : made;
  const byPath = new Map<string, string>();
  for (const m of liveMounts(target ?? {}))
    if (m.target && m.hostPath === undefined && !byPath.has(m.target)) byPath.set(m.target, m.key);
  const taken = new Set(guestKeys);
  const dropped: string[] = [];
  let u = 0;
  const volumes = held.map((v) => {
    let to = v.key.startsWith('mp') && v.mountPath ? byPath.get(v.mountPath) : undefined;
    if (to && !taken.has(to)) {
      byPath.delete(v.mountPath!);
      dropped.push(to);
    } else {
      while (taken.has(`unused${u}`)) u++;
      to = `unused${u}`;
    }
    taken.add(to);
    return { from: v.key, mountPath: v.mountPath, size: v.size, to, volume: v.volume };
  });
  const out = steps.map((s, i) => {
    if (i !== cfgAt || !dropped.length) return s;
    const cfg = configOf(s)!;
    const rest = Object.fromEntries(Object.entries(cfg).filter(([k]) => !dropped.includes(k)));
    return s.op === 'create' ? { ...s, config: rest } : s.op === 'configure' ? { ...s, set: rest } : s;
  });
  // Right after the make steps (create/clone, configure, resize), before any start.
  const MAKE = new Set(['create', 'clone', 'configure', 'resize', 'move-volume', 'unlock']);
  let at = made;
  while (at >= 0 && at + 1 < out.length && MAKE.has(out[at + 1]!.op)) at++;
  // A kept volume smaller than the config now asks for grows after it is back (never shrinks).
  const grow: Step[] = [];
  for (const v of volumes) {
    const want = /^[^,]*:(\d+)(,|$)/.exec(target?.[v.to] ?? '')?.[1];
    const have = /^(\d+)G$/.exec(v.size ?? '')?.[1];
    if (dropped.includes(v.to) && want && have && Number(want) > Number(have))
      grow.push({ disk: v.to, op: 'resize', size: `${want}G` });
  }
  out.splice(at + 1, 0, { holder, op: 'unpark-volumes', volumes }, ...grow);
  return { steps: out, dropped, volumes };
}

/** The template a new holder is made from: the guest's own when the host has it, else any there. */
export function holderTemplate(source: string | undefined, state: LiveState): string | undefined {
  if (source && state.templates.includes(source)) return source;
  return [...state.templates].sort()[0];
}

/**
 * The last touch on a guest's steps: when its holder has parked volumes, or this plan parks some
 * (`parking`), they are handed back after the make steps. Unchanged when there are none.
 */
export function finishKeep(
  c: { action: PlanAction; reasons: readonly string[]; diffs: readonly FieldDiff[]; steps: readonly Step[] },
  id: number,
  holder: LiveGuest | undefined,
  parking: readonly DataVolume[],
  live: LiveGuest | undefined,
): void {
  const hid = holderIdOf(id);
  // An unmanaged guest at the id gets nothing (its plan is a no-op with an error); an incomplete
  // one of Phoenix's, which may lack the tag, is made again and gets the parked volumes.
  if (live && c.action === 'no-op' && !isManaged(live)) return;
  const guestKeys = new Set(parking.length || !live ? [] : Object.keys(live.config));
  if (hid === undefined || (!holder && !parking.length)) return;
  const earlier = holder ? dataVolumesOf(holder) : [];
  const r = withUnpark(c.steps, hid, [...earlier, ...parking], guestKeys);
  const configure = r.steps.findIndex(
    (s) => s.op === 'configure' && !Object.keys(s.set).length && !s.delete.length && !s.lxcRaw,
  );
  if (configure >= 0) r.steps.splice(configure, 1);
  c.steps = r.steps;
  c.diffs = c.diffs.filter((d) => !r.dropped.includes(d.key));
  const reasons = [...c.reasons];
  const list = (vs: readonly { from: string; to: string; mountPath?: string; size?: string }[]) =>
    vs.map((v) => describeKept({ key: v.to, mountPath: v.mountPath, size: v.size })).join(', ');
  const back = r.volumes.filter((v) => earlier.some((e) => e.key === v.from));
  if (parking.length)
    reasons.push(
      `rebuild: data volumes ${parking.map(describeKept).join(', ')} are kept: moved aside to holder CT ${hid}, then attached to the new guest`,
    );
  if (back.length)
    reasons.push(
      `volumes parked in holder CT ${hid} by an interrupted rebuild are attached again: ${list(back)}`,
    );
  else if (!parking.length) reasons.push(`the empty holder CT ${hid} of an interrupted rebuild is destroyed`);
  c.reasons = reasons;
  if (c.action === 'no-op') c.action = 'update';
}
