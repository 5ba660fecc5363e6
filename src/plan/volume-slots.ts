/**
 * The one place that decides which `mpN` slot each container mount point takes. Mount points are
 * matched to the live guest by what they are, never by list position: a volume by its mount path
 * (`mp=`), a bind mount by its mount path and host path. The live slot that holds a path keeps
 * it; a new path takes the lowest slot the live guest does not use. Slots of paths that left the
 * config are never reused in the same plan (Proxmox detaches them to `unusedN`, see
 * `unusedSlotsAfter`). Pure.
 */
import type { MountPoint } from '../model/types.js';

/** Proxmox's limit of `mpN` keys (pve-container `$MAX_MOUNT_POINTS`). */
export const MAX_MOUNT_POINTS = 256;
/** Proxmox's limit of `unusedN` keys (pve-container `$MAX_UNUSED_DISKS`). */
export const MAX_UNUSED_DISKS = 256;

const MP_KEY = /^mp(\d+)$/;
const UNUSED_KEY = /^unused(\d+)$/;

/** A mount point of a live config: its slot, mount path and what it mounts. */
export interface LiveMount {
  readonly key: string;
  readonly target?: string;
  /** Host path of a bind mount. */
  readonly hostPath?: string;
  /** Volume id (`local-lvm:vm-950-disk-1`) of a volume mount point. */
  readonly volume?: string;
  /** `size=` as printed (`8G`). */
  readonly size?: string;
}

/** The first, positional part of a property string, and `key=value` parts. */
function parts(value: string): { first: string; opts: Map<string, string> } {
  const opts = new Map<string, string>();
  let first = '';
  for (const p of value.split(',')) {
    const eq = p.indexOf('=');
    if (eq < 0) {
      if (!first) first = p.trim();
    } else opts.set(p.slice(0, eq).trim(), p.slice(eq + 1).trim());
  }
  if (!first) first = opts.get('volume') ?? '';
  return { first, opts };
}

export function parseLiveMount(key: string, value: string): LiveMount {
  const { first, opts } = parts(value);
  const bind = first.startsWith('/');
  return {
    key,
    target: opts.get('mp'),
    hostPath: bind ? first : undefined,
    volume: bind ? undefined : first,
    size: opts.get('size'),
  };
}

/** The live config's mount points, by slot number order. */
export function liveMounts(config: Readonly<Record<string, string>>): LiveMount[] {
  const out: { n: number; m: LiveMount }[] = [];
  for (const k in config) {
    const m = MP_KEY.exec(k);
    if (m) out.push({ n: Number(m[1]), m: parseLiveMount(k, config[k]!) });
  }
  return out.sort((a, b) => a.n - b.n).map((x) => x.m);
}

/** A bind mount names a host path; anything else is a storage volume. */
export function isBindMount(m: MountPoint): boolean {
  return m.source.startsWith('/');
}

function matches(m: MountPoint, l: LiveMount): boolean {
  if (l.target !== m.target) return false;
  if (isBindMount(m)) return l.hostPath === m.source;
  return l.volume !== undefined && l.hostPath === undefined;
}

/**
 * The `mpN` key of each mount point of `mounts`, in their order. `live` is the config of the
 * guest the mount points go onto (the live guest, or the config a clone inherits); without one
 * the slots are `mp0`, `mp1`... in list order, as on a new guest.
 */
export function assignMountSlots(
  mounts: readonly MountPoint[],
  live?: Readonly<Record<string, string>>,
): string[] {
  const slots: (string | undefined)[] = mounts.map(() => undefined);
  const taken = new Set<string>();
  if (live) {
    const have = liveMounts(live);
    mounts.forEach((m, i) => {
      const hit = have.find((l) => !taken.has(l.key) && matches(m, l));
      if (hit) {
        slots[i] = hit.key;
        taken.add(hit.key);
      }
    });
    for (const l of have) taken.add(l.key);
  }
  let next = 0;
  return slots.map((s) => {
    if (s) return s;
    while (taken.has(`mp${next}`)) next++;
    const key = `mp${next}`;
    taken.add(key);
    return key;
  });
}

/**
 * The `unusedN` key each of `volumes` takes when detached from `config` in this order: the slot
 * already listing it, else the lowest free one (pve-common `PVE::AbstractConfig::add_unused_volume`).
 */
export function unusedSlotsAfter(
  config: Readonly<Record<string, string>>,
  volumes: readonly string[],
): string[] {
  const used = new Map<string, string>();
  for (const k in config) if (UNUSED_KEY.test(k)) used.set(k, parts(config[k]!).first);
  return volumes.map((vol) => {
    for (const [k, v] of used) if (v === vol) return k;
    for (let i = 0; i < MAX_UNUSED_DISKS; i++) {
      const k = `unused${i}`;
      if (!used.has(k)) {
        used.set(k, vol);
        return k;
      }
    }
    return `unused${MAX_UNUSED_DISKS}`;
  });
}

/** A mount point volume leaving the config: `pct set --delete mpN` keeps it as `unusedN`. */
export interface DetachedVolume {
  /** The `mpN` it leaves. */
  readonly key: string;
  /** Its mount path in the guest. */
  readonly target?: string;
  /** Volume id (`local-lvm:vm-950-disk-1`). */
  readonly volume: string;
  /** Size as Proxmox prints it (`8G`), when known. */
  readonly size?: string;
  /** The `unusedN` key Proxmox files it under. */
  readonly unused: string;
}

/** A disk that stays but goes to another storage (`pct move-volume` / `qm disk move`). */
export interface VolumeMove {
  readonly disk: string;
  readonly storage: string;
  /** The volume moved, as printed. */
  readonly volume?: string;
}

/**
 * The mount points `keys` of `live` leaving the config, in the order Proxmox applies the
 * deletions of one `pct set` (sorted keys, pve-container `vmconfig_apply_pending`): a volume is
 * filed under the lowest free `unusedN` (pve-guest-common `add_unused_volume`), a bind mount
 * leaves nothing behind (`detached` undefined).
 */
export function detachedVolumes(
  keys: readonly string[],
  live: Readonly<Record<string, string>>,
): { key: string; detached?: DetachedVolume }[] {
  const mounts = [...keys].sort().map((k) => parseLiveMount(k, live[k]!));
  const volumes = mounts.filter((m) => m.volume !== undefined);
  const unused = unusedSlotsAfter(
    live,
    volumes.map((m) => m.volume!),
  );
  return mounts.map((m) => {
    const i = volumes.indexOf(m);
    if (i < 0) return { key: m.key };
    return {
      key: m.key,
      detached: { key: m.key, target: m.target, volume: m.volume!, size: m.size, unused: unused[i]! },
    };
  });
}

/** `unusedN` entries of a config: key and volume id. */
export function unusedVolumes(config: Readonly<Record<string, string>>): { key: string; volume: string }[] {
  const out: { key: string; volume: string }[] = [];
  for (const k in config) if (UNUSED_KEY.test(k)) out.push({ key: k, volume: parts(config[k]!).first });
  return out.sort((a, b) => Number(a.key.slice(6)) - Number(b.key.slice(6)));
}
