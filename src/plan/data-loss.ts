/**
 * What a plan deletes for good, and the backup taken before it. A guest's data volumes are the
 * volumes besides its root disk that its config references: container mount point volumes,
 * VM disks other than the boot disk and the cloud-init drive, and every `unusedN` volume.
 * Proxmox's destroy frees all of them, unused ones included (pve-container
 * `PVE::LXC::destroy_lxc_container`, qemu-server `PVE::QemuServer::destroy_vm`, both walk the
 * config with `include_unused`), so a destroy of a guest that has any deletes data and needs
 * `--allow-data-loss`. A container rebuild keeps what it can hand to a holder container first
 * (keep-volumes.ts); only the rest is lost and needs it. Pure.
 */
import type { LiveGuest, LiveState } from '../model/live-state.js';
import type { LostVolume, Step } from './types.js';
import { parseLiveMount, unusedVolumes } from './volume-slots.js';
import type { ConfigDiff, DetachedVolume } from './config-diff.js';

const VM_DISK = /^(scsi|virtio|sata|ide)\d+$/;

/** A volume of a live config, and whether `vzdump` would hold its data. */
export interface DataVolume {
  readonly key: string;
  readonly volume: string;
  readonly mountPath?: string;
  readonly size?: string;
  /**
   * `vzdump` (and a snapshot) covers a container mount point only with `backup=1` and never an
   * unused volume (pve-container `PVE::LXC::Config::mountpoint_backup_enabled`); VM disks unless
   * `backup=0`.
   */
  readonly backedUp: boolean;
}

function option(value: string, name: string): string | undefined {
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The data volumes a destroy of `live` frees, in key order. */
export function dataVolumesOf(live: LiveGuest): DataVolume[] {
  const out: DataVolume[] = [];
  const cfg = live.config;
  const keys = Object.keys(cfg).sort();
  for (const key of keys) {
    const value = cfg[key]!;
    if (live.kind === 'lxc' && /^mp\d+$/.test(key)) {
      const m = parseLiveMount(key, value);
      if (m.volume === undefined) continue;
      out.push({
        key,
        volume: m.volume,
        mountPath: m.target,
        size: m.size,
        backedUp: option(value, 'backup') === '1',
      });
    } else if (live.kind === 'qemu' && VM_DISK.test(key) && key !== 'scsi0') {
      if (option(value, 'media') === 'cdrom' || /cloudinit/.test(value)) continue;
      const volume = value.split(',')[0]!;
      if (volume.startsWith('/') || volume === 'none') continue;
      out.push({ key, volume, size: option(value, 'size'), backedUp: option(value, 'backup') !== '0' });
    }
  }
  for (const u of unusedVolumes(cfg)) out.push({ key: u.key, volume: u.volume, backedUp: false });
  return out;
}

/** The storage a backup before data loss goes to: `local` when it takes backups, else the first that does. */
export function backupStorageOf(live: LiveState): string | undefined {
  const able = live.storages.filter((s) => s.content.includes('backup')).map((s) => s.id);
  return able.includes('local') ? 'local' : [...able].sort()[0];
}

/** The `backup` step before a step that deletes `lost` (stop mode: consistent, works on every storage). */
export function backupStep(storage: string, lost: readonly DataVolume[]): Step {
  return {
    mode: 'stop',
    op: 'backup',
    storage,
    volumes: lost.filter((v) => v.backedUp).map((v) => v.volume),
  };
}

/** A lost volume as the plan lists it (keys in sorted order). */
export function lostVolume(v: DataVolume, reason: string): LostVolume {
  return {
    key: v.key,
    mountPath: v.mountPath,
    reason: v.backedUp
      ? reason
      : `${reason}; not in the backup (Proxmox backs up no unused volume and no mount point without backup=1)`,
    size: v.size,
    volume: v.volume,
  };
}

/** A detached volume seen as a data volume (its `backup=` as the live mount point had it). */
export function detachedAsData(d: DetachedVolume, live: Readonly<Record<string, string>>): DataVolume {
  return {
    key: d.key,
    volume: d.volume,
    mountPath: d.target,
    size: d.size,
    backedUp: option(live[d.key] ?? '', 'backup') === '1',
  };
}

/** `mp0 /data local-lvm:vm-950-disk-1 (8G)`: one line of a "Data loss" list. */
export function describeLost(v: LostVolume): string {
  return `${v.key}${v.mountPath ? ` ${v.mountPath}` : ''} ${v.volume}${v.size ? ` (${v.size})` : ''}`;
}

/** What the planner knows about data loss: whether it is allowed and where backups go. */
export interface DataLossContext {
  readonly allowDataLoss: boolean;
  /** Storage for the backup before data loss (`backup` content); undefined when none. */
  readonly backupStorage?: string;
  /** Whether host facts are known (false when planning config against config). */
  readonly hostKnown: boolean;
}

const ALLOW = 'refused unless data loss is allowed (--allow-data-loss, a vzdump backup is taken first)';

/** The backup step before data loss; an error when the host has no storage that takes backups. */
function backupBefore(data: readonly DataVolume[], ctx: DataLossContext, errors: string[]): Step {
  if (!ctx.backupStorage && ctx.hostKnown)
    errors.push(
      "no storage on the host takes backups (content 'backup'), and a backup must precede data loss",
    );
  return backupStep(ctx.backupStorage ?? 'local', data);
}

/**
 * Deleting the volumes `d` detaches (the guest sets `allow_destroy_volumes`): the backup taken
 * before the detach, one `destroy-volume` step per volume (its `unusedN` key), the lost volumes,
 * and the diffs re-noted. Undefined when nothing is detached.
 */
export function volumeDeletes(
  address: string,
  d: ConfigDiff,
  live: Readonly<Record<string, string>>,
  ctx: DataLossContext,
  errors: string[],
): { backup: Step; steps: Step[]; lost: LostVolume[] } | undefined {
  if (!d.detached.length) return undefined;
  const data = d.detached.map((x) => detachedAsData(x, live));
  const lost = data.map((v) => lostVolume(v, 'left the config (allow_destroy_volumes)'));
  const steps: Step[] = d.detached.map((x) => ({ key: x.unused, op: 'destroy-volume', volume: x.volume }));
  const gone = new Set(d.detached.map((x) => x.key));
  d.diffs.forEach((x, i) => {
    if (gone.has(x.key) && x.to === undefined) d.diffs[i] = { ...x, note: 'detach and destroy (data loss)' };
  });
  if (!ctx.allowDataLoss)
    errors.push(
      `${address}: destroying volumes that left the config destroys their data (${lost.map(describeLost).join(', ')}); ${ALLOW}`,
    );
  return { backup: backupBefore(data, ctx, errors), steps, lost };
}

/**
 * The data volumes a rebuild of `live` deletes and the steps before its destroy (a backup, when
 * there are any). Proxmox cannot keep them: its destroy frees every volume the config lists,
 * unused ones included, so without `allowDataLoss` the rebuild is refused.
 */
export function rebuildLoss(
  address: string,
  live: LiveGuest,
  ctx: DataLossContext,
  errors: string[],
  unkept?: ReadonlyArray<{ readonly v: DataVolume; readonly reason: string }>,
): { steps: Step[]; lost: LostVolume[] } {
  // Containers keep what can be handed to a holder (keep-volumes.ts); `unkept` is the rest. A VM's
  // disks are not kept: its volumes are not modelled beyond the root disk.
  const left = unkept ?? dataVolumesOf(live).map((v) => ({ v, reason: '' }));
  const data = left.map((x) => x.v);
  if (!data.length) return { steps: [], lost: [] };
  const lost = left.map((x) =>
    lostVolume(x.v, `destroyed by the rebuild${x.reason ? `; it cannot be kept: ${x.reason}` : ''}`),
  );
  const named = left.map((x, i) => `${describeLost(lost[i]!)}${x.reason ? ` (${x.reason})` : ''}`);
  if (!ctx.allowDataLoss)
    errors.push(
      `${address} needs a rebuild, and Proxmox's destroy frees every volume the config lists, unused ones included; these data volumes cannot be kept: ${named.join(', ')}; ${ALLOW}`,
    );
  return { steps: [backupBefore(data, ctx, errors)], lost };
}

/**
 * Puts the `destroy-volume` steps where the volumes are detached: right after the configure
 * step, or on a running container after its restart (Proxmox keeps the detach pending till then).
 */
export function placeVolumeDeletes(steps: Step[], running: boolean, deletes: readonly Step[]): void {
  const power = running ? steps.findIndex((x) => x.op === 'restart' || x.op === 'start') : -1;
  const at = power >= 0 ? power + 1 : steps.findIndex((x) => x.op === 'configure') + 1;
  // A lifecycle snapshot retaken in this plan still holds the volume until its old copy is
  // deleted (Proxmox keeps a volume a snapshot uses, and `snapshot_delete` lists it as unused
  // again): the deletes follow the last retake. New snapshots leave `unusedN` volumes out.
  const retaken = steps.map((x) => x.op === 'snapshot' && x.replace).lastIndexOf(true);
  steps.splice(Math.max(at, retaken + 1), 0, ...deletes);
}

/**
 * Steps for a managed guest that left the config and may be destroyed, with the data volumes the
 * destroy deletes: those need `allowDataLoss` (else `refused` says why it is kept) and a backup first.
 */
export function deleteSteps(
  live: LiveGuest,
  ctx: DataLossContext,
): { steps: Step[]; lost: LostVolume[]; errors: string[]; refused?: string } {
  const destroy: Step = { op: 'destroy', running: live.status === 'running' };
  const data = dataVolumesOf(live);
  if (!data.length) return { steps: [destroy], lost: [], errors: [] };
  const lost = data.map((v) => lostVolume(v, 'destroyed with the guest'));
  if (!ctx.allowDataLoss) {
    return {
      steps: [],
      lost,
      errors: [],
      refused: `removed from the config, but destroying it destroys its data volumes too (${lost.map(describeLost).join(', ')}); that needs --allow-data-loss`,
    };
  }
  const errors: string[] = [];
  return { steps: [backupBefore(data, ctx, errors), destroy], lost, errors };
}
