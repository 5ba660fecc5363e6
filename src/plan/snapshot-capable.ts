/**
 * Whether Proxmox can snapshot a guest, from its volumes and the storages they live on, so the
 * plan skips lifecycle snapshots it could not take instead of failing the apply.
 *
 * Proxmox (pve-guest-common `PVE::AbstractConfig::snapshot_prepare`) refuses with "snapshot
 * feature is not available" unless every volume has the `snapshot` feature
 * (`PVE::LXC::Config::has_feature` / `PVE::QemuConfig::has_feature`, each volume through
 * `PVE::Storage::volume_has_feature`). A container's bind or device mount point is a path, not a
 * storage volume: `volume_has_feature` answers undef for it, so a container with one cannot be
 * snapshotted at all (the `backup=0` exemption only applies to vzdump's snapshot). A VM's CD-ROM
 * and cloud-init drives are skipped (`drive_is_cdrom`). Per storage plugin (`volume_has_feature`
 * in `PVE::Storage::*Plugin`): ZFS, LVM-thin, Ceph RBD and Btrfs snapshot any volume; file
 * storages (dir, NFS, CIFS, GlusterFS, CephFS) only qcow2 files; thick LVM and iSCSI LUNs none.
 */
import type { GuestKind } from '../model/types.js';
import type { LiveGuest, LiveStorage } from '../model/live-state.js';

const ANY_VOLUME = new Set(['zfspool', 'zfs', 'lvmthin', 'rbd', 'btrfs']);
const QCOW2_ONLY = new Set(['dir', 'nfs', 'cifs', 'glusterfs', 'cephfs']);
const NONE = new Set(['lvm', 'iscsi', 'iscsidirect']);

function isVolumeKey(kind: GuestKind, key: string): boolean {
  if (kind === 'lxc') return key === 'rootfs' || /^mp\d+$/.test(key);
  return /^(?:scsi|virtio|sata|ide)\d+$|^efidisk0$|^tpmstate0$/.test(key);
}

/** The volume (or path) a disk or mount point value names: its first field (`volume=` or `file=` optional). */
function volumeOf(value: string): string {
  const first = value.split(',')[0] ?? '';
  return first.replace(/^(?:volume|file)=/, '');
}

/**
 * Why the guest's snapshots cannot be taken, or undefined when they can (or when it cannot be
 * told: a storage the host state does not list, or of a type not known here, is given the
 * benefit of the doubt).
 * `config` is the guest's config as it will be after this plan: live keys with the plan's set over them.
 */
export function snapshotBlocker(
  kind: GuestKind,
  config: Readonly<Record<string, string>>,
  storages: readonly LiveStorage[],
): string | undefined {
  for (const key of Object.keys(config).sort()) {
    if (!isVolumeKey(kind, key)) continue;
    const value = config[key]!;
    const vol = volumeOf(value);
    if (kind === 'qemu' && (/(?:^|,)media=cdrom(?:,|$)/.test(value) || vol === 'none')) continue;
    if (vol.startsWith('/')) {
      return `${key} is a bind or device mount (${vol}), which Proxmox cannot snapshot`;
    }
    const storageId = vol.includes(':') ? vol.slice(0, vol.indexOf(':')) : undefined;
    const storage = storageId ? storages.find((s) => s.id === storageId) : undefined;
    if (!storage || ANY_VOLUME.has(storage.type)) continue;
    if (QCOW2_ONLY.has(storage.type)) {
      const qcow2 = vol.endsWith('.qcow2') || /(?:^|,)format=qcow2(?:,|$)/.test(value);
      if (kind === 'qemu' && qcow2) continue;
      return `${key} is on ${storage.type} storage '${storage.id}' as a ${kind === 'lxc' ? 'raw or subvol' : 'raw'} volume, which Proxmox cannot snapshot (only qcow2 files there)`;
    }
    if (NONE.has(storage.type))
      return `${key} is on ${storage.type} storage '${storage.id}', which has no snapshots`;
  }
  return undefined;
}

/** A live config with a plan's `set` and `delete` applied. */
export function configAfter(
  live: Readonly<Record<string, string>>,
  change: { readonly set: Readonly<Record<string, string>>; readonly delete: readonly string[] } | undefined,
): Record<string, string> {
  const out: Record<string, string> = { ...live, ...(change?.set ?? {}) };
  for (const k of change?.delete ?? []) delete out[k];
  return out;
}

/**
 * A clone that starts from its source's snapshot, when Proxmox cannot take that snapshot (and the
 * source does not have it already): the plan refuses, rather than the clone failing at apply.
 */
export function sourceSnapshotErrors(
  kind: GuestKind,
  sourceId: number,
  snapshot: string | undefined,
  storages: readonly LiveStorage[],
  sourceLive: LiveGuest | undefined,
  sourceDesired: () => Readonly<Record<string, string>> | undefined,
): string[] {
  if (!snapshot || sourceLive?.snapshots.some((s) => s.name === snapshot)) return [];
  const config = sourceLive?.config ?? sourceDesired() ?? {};
  // Bind and device mounts of a clone source are refused on their own (cloneMountErrors).
  const volumes = Object.fromEntries(Object.entries(config).filter(([, v]) => !volumeOf(v).startsWith('/')));
  const why = snapshotBlocker(kind, volumes, storages);
  if (!why) return [];
  const label = `${kind === 'lxc' ? 'CT' : 'VM'} ${sourceId}`;
  return [
    `clone source ${label} cannot have its template snapshot '${snapshot}' that clones start from: ${why}; put it on storage that can snapshot it, or make it a template (is_template)`,
  ];
}
