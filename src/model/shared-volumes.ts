/**
 * `shared_volumes` of the hypervisor file: a host folder bind-mounted into each container its
 * `mounts` names (`{"950": "/models"}`). Each becomes a mount point of that guest like one of its
 * own `mount_points` (its identity is the host path: plan/volume-slots.ts keeps the slot that
 * holds it), after the guest's own ones; an own mount point at the same container path wins.
 * Entries validate rejects (no host_path, a VM, an unknown id) are skipped here.
 */
import type { Guest, MountPoint } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `guests` with the shared volumes of `hypervisor` added to the containers they name. */
export function withSharedVolumes(guests: Guest[], hypervisor: unknown): Guest[] {
  const shared = isObj(hypervisor) ? hypervisor.shared_volumes : undefined;
  if (!isObj(shared)) return guests;
  const extra = new Map<number, MountPoint[]>();
  for (const [name, vol] of Object.entries(shared)) {
    if (!isObj(vol) || typeof vol.host_path !== 'string' || !vol.host_path.startsWith('/')) continue;
    if (!isObj(vol.mounts)) continue;
    for (const [key, target] of Object.entries(vol.mounts)) {
      if (!/^[1-9]\d*$/.test(key) || typeof target !== 'string' || !target.startsWith('/')) continue;
      const list = extra.get(Number(key)) ?? [];
      list.push({
        source: vol.host_path,
        target,
        ...(vol.read_only === true ? { readOnly: true } : {}),
        path: ['shared_volumes', name, 'mounts', key],
      });
      extra.set(Number(key), list);
    }
  }
  if (extra.size === 0) return guests;
  return guests.map((g) => {
    const add = g.kind === 'lxc' ? extra.get(g.id) : undefined;
    if (!add) return g;
    const taken = new Set(g.mountPoints.map((m) => m.target));
    const mounts = add.filter((m) => !taken.has(m.target));
    return mounts.length ? { ...g, mountPoints: [...g.mountPoints, ...mounts] } : g;
  });
}
