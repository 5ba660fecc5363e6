/**
 * The order snapshots were taken in. Proxmox records each snapshot's parent (the snapshot the
 * guest was at when it was taken) and a time in whole seconds, so two snapshots taken within a
 * second tie on time: the depth in the parent tree decides first, the time second.
 */
import type { LiveSnapshot } from '../model/live-state.js';

/** Snapshot names, oldest first. */
export function snapshotsOldestFirst(snapshots: readonly LiveSnapshot[]): string[] {
  const byName = new Map(snapshots.map((s) => [s.name, s]));
  const depth = new Map<string, number>();
  const depthOf = (name: string, seen: Set<string>): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    const parent = byName.get(name)?.parent;
    const d =
      parent && byName.has(parent) && !seen.has(parent) ? depthOf(parent, new Set([...seen, name])) + 1 : 0;
    depth.set(name, d);
    return d;
  };
  return [...snapshots]
    .sort(
      (a, b) =>
        depthOf(a.name, new Set()) - depthOf(b.name, new Set()) ||
        (a.snaptime ?? 0) - (b.snaptime ?? 0) ||
        (a.name < b.name ? -1 : 1),
    )
    .map((s) => s.name);
}
