/**
 * Moving guests between cluster nodes: the `migrate` step of an existing guest whose node
 * changed, the refusals Proxmox would make (as plan errors, before any host command), and where a
 * clone is made when its source lives on another node. Pure.
 */
import type { LiveGuest, LiveState } from '../model/live-state.js';
import type { GuestKind } from '../model/types.js';
import { isSharedStorage, nodesWithStorage, storageIsShared, storageOnNode } from './placement.js';
import type { FieldDiff, Step } from './types.js';

type MigrateStep = Extract<Step, { op: 'migrate' }>;

interface GuestVolume {
  readonly key: string;
  /** Volume id (`local-lvm:vm-950-disk-0`) or host path. */
  readonly volume: string;
  readonly shared: boolean;
}

const CT_VOLUME = /^(rootfs|mp\d+|unused\d+)$/;
const VM_VOLUME = /^((scsi|virtio|sata|ide)\d+|efidisk0|tpmstate0|unused\d+)$/;

function option(value: string, name: string): string | undefined {
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The volumes (and bind / device mounts) of a guest's config, in key order. */
function volumesOf(live: Pick<LiveGuest, 'kind' | 'config'>): GuestVolume[] {
  const out: GuestVolume[] = [];
  const re = live.kind === 'lxc' ? CT_VOLUME : VM_VOLUME;
  for (const key of Object.keys(live.config).sort()) {
    if (!re.test(key)) continue;
    const value = live.config[key]!;
    const first = value.split(',')[0]!.trim();
    const volume = first.includes('=') ? (option(value, 'volume') ?? option(value, 'file') ?? '') : first;
    if (!volume || volume === 'none') continue;
    out.push({ key, volume, shared: option(value, 'shared') === '1' });
  }
  return out;
}

const storageOf = (volume: string): string | undefined =>
  volume.startsWith('/') || !volume.includes(':') ? undefined : volume.slice(0, volume.indexOf(':'));

/**
 * Storage types whose local volumes Proxmox copies to the target node (pve-container
 * `PVE::LXC::Migrate::phase1` and qemu-server `PVE::QemuMigrate::scan_local_volumes`).
 */
const MIGRATABLE = new Set(['dir', 'zfspool', 'lvmthin', 'lvm', 'btrfs']);

/**
 * VM settings that tie it to its node (qemu-server `PVE::QemuMigrate::Helpers::check_local_resources`):
 * PCI and USB devices passed through from the host (unless they name a cluster resource mapping),
 * shared memory.
 */
function localDevices(config: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(config).sort()) {
    const v = config[key]!;
    if (key === 'ivshmem' || key === 'hostpci' || key === 'hostusb') out.push(key);
    else if (/^hostpci\d+$/.test(key) && option(v, 'mapping') === undefined) out.push(key);
    else if (/^usb\d+$/.test(key) && option(v, 'mapping') === undefined) {
      const host = option(v, 'host') ?? (v.includes('=') ? undefined : v.split(',')[0]);
      if (host && !/^spice$/i.test(host)) out.push(key);
    }
  }
  return out;
}

export interface Migration {
  readonly step: MigrateStep;
  readonly diff: FieldDiff;
  readonly errors: string[];
}

/**
 * Move existing guest `live` to node `to`. A running VM moves live (`--online`), a running
 * container is restarted around the move (`--restart`: Proxmox has no live container migration);
 * a VM with disks on node-local storage copies them (`--with-local-disks`). Proxmox's refusals
 * are checked on the live config, which is what it migrates (configure steps come after).
 */
export function planMigration(live: LiveGuest, to: string, state: LiveState): Migration {
  const running = live.status === 'running';
  const errors: string[] = [];
  const refuse = (why: string) => errors.push(`cannot migrate to node ${to}: ${why}`);
  let localDisks = false;
  // A target outside the cluster is reported as such (placement.ts nodeErrors), not per volume.
  const known = state.nodes.length === 0 || state.nodes.includes(to);
  for (const v of known ? volumesOf(live) : []) {
    const sid = storageOf(v.volume);
    if (sid === undefined) {
      // pve-container PVE::LXC::Migrate::prepare / qemu-server PVE::QemuMigrate scan_local_volumes.
      if (!v.shared && v.volume !== 'cdrom')
        refuse(
          `${v.key} is a local ${v.volume.startsWith('/dev/') ? 'device' : 'bind'} mount of ${v.volume}, which Proxmox does not migrate (only storage volumes, or host paths marked shared=1)`,
        );
      else if (v.volume === 'cdrom')
        refuse(`${v.key} is the host's CD-ROM drive, which Proxmox does not migrate`);
      continue;
    }
    const on = storageOnNode(state, sid, to);
    if (!on) {
      const has = nodesWithStorage(state, sid);
      refuse(
        `storage ${sid} (${v.key}) is not available there${has.length ? ` (it is on ${has.join(', ')})` : ''}`,
      );
      continue;
    }
    const here = storageOnNode(state, sid, live.node) ?? on;
    if (isSharedStorage(here)) continue;
    localDisks = true;
    if (here.type && here.type !== 'unknown' && !MIGRATABLE.has(here.type))
      refuse(`${v.key} is on storage ${sid} of type ${here.type}, whose volumes Proxmox does not migrate`);
    else if (live.snapshots.length && here.type !== 'zfspool' && here.type !== 'btrfs' && live.kind === 'lxc')
      refuse(
        `${v.key} is on node-local storage ${sid} and the container has snapshots: Proxmox refuses ("non-migratable snapshot exists"); only ZFS and Btrfs volumes move with snapshots`,
      );
    else if (live.snapshots.length && running && live.kind === 'qemu')
      refuse(
        `${v.key} is on node-local storage ${sid} and the running VM has snapshots: Proxmox refuses an online storage migration with snapshots`,
      );
  }
  if (live.kind === 'qemu') {
    const devices = localDevices(live.config);
    if (devices.length)
      refuse(`the VM uses local devices (${devices.join(', ')}), which Proxmox does not migrate`);
  }
  const step: MigrateStep = {
    from: live.node,
    online: live.kind === 'qemu' && running,
    op: 'migrate',
    restart: live.kind === 'lxc' && running,
    to,
    withLocalDisks: live.kind === 'qemu' && localDisks,
  };
  const diff: FieldDiff = {
    effect: step.restart ? 'restart' : 'live',
    from: live.node,
    key: 'node',
    note: 'migrate',
    to,
  };
  return { step, diff, errors };
}

export interface CrossNodeClone {
  /** `target` of the clone step: Proxmox clones straight onto the node. */
  readonly target?: string;
  /** Else the clone is made on the source's node and moved after it (stopped, so offline). */
  readonly migrate?: MigrateStep;
  readonly errors: string[];
}

/**
 * Where a clone of a source on node `from` is made for a guest placed on node `to`. Proxmox
 * clones across nodes (`target`) only onto a shared storage ("can't clone to non-shared
 * storage"). With `storage` given, pve-container (`PVE::API2::LXC` clone_vm) asks nothing more of
 * the source; qemu-server (`PVE::API2::Qemu` clone_vm, `$check_storage_access_clone`) also wants
 * every volume of the source (CD-ROM images such as the cloud-init drive included) on shared
 * storage. So: when that holds, clone with `target`; else clone on the source's node onto that
 * node's storage of that name, then migrate the new (stopped) guest. `source`: the source's own
 * config (its volumes where they are), asked for only then (unknown: taken to be shared).
 */
export function planCrossNodeClone(
  kind: GuestKind,
  storage: string,
  from: string | undefined,
  to: string | undefined,
  state: LiveState,
  source?: () => Readonly<Record<string, string>> | undefined,
): CrossNodeClone {
  if (from === undefined || to === undefined || from === to) return { errors: [] };
  const config = kind === 'qemu' ? source?.() : undefined;
  const sourceShared =
    config === undefined ||
    volumesOf({ kind, config }).every((v) => {
      const sid = storageOf(v.volume);
      return sid === undefined ? v.shared || v.volume === 'cdrom' : storageIsShared(state, sid);
    });
  if (sourceShared && storageIsShared(state, storage)) return { target: to, errors: [] };
  const errors = storageOnNode(state, storage, from)
    ? []
    : [
        `the clone source is on node ${from} and storage ${storage} is not shared, so the clone is made on ${from} and migrated to ${to}; but ${from} has no storage ${storage}`,
      ];
  return {
    migrate: { from, online: false, op: 'migrate', restart: false, to, withLocalDisks: kind === 'qemu' },
    errors,
  };
}
