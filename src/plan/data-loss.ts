/**
 * What a plan deletes for good, and the backup taken before it. A guest's data volumes are the
 * volumes besides its root disk that its config references: container mount point volumes,
 * VM disks other than the boot disk and the cloud-init drive, and every `unusedN` volume.
 * Proxmox's destroy frees all of them, unused ones included (pve-container
 * `PVE::LXC::destroy_lxc_container`, qemu-server `PVE::QemuServer::destroy_vm`, both walk the
 * config with `include_unused`), so a destroy or rebuild of a guest that has any deletes data
 * and needs `--allow-data-loss`. Pure.
 */
import type { LiveGuest, LiveState } from '../model/live-state.js';
import type { LostVolume, Step } from './types.js';
import { parseLiveMount, unusedVolumes } from './volume-slots.js';
import type { DetachedVolume } from './config-diff.js';

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
