/**
 * `phoenix rollback`: puts a guest back to a safety snapshot that apply took before changing it
 * (the newest `phoenix-pre-*` unless one is named), under the host-wide apply lock. A guest that
 * was running is started again. Storages such as ZFS roll back only to the most recent snapshot;
 * the snapshots taken after the target are then named, and deleted first only when allowed.
 */
import { describeHolder } from '../host/host-lock.js';
import type { HostPort } from '../host/port.js';
import type { LiveGuest } from '../model/live-state.js';
import { guestLabel } from '../plan/types.js';
import { UserError } from '../util/errors.js';
import { snapshotsOldestFirst } from './snapshot-order.js';
import { DEFAULT_SETTINGS, SAFETY_PREFIX } from './types.js';

export interface RollbackOptions {
  readonly id: number;
  /** Snapshot name; default: the newest `phoenix-pre-*`. */
  readonly to?: string;
  /** Delete snapshots newer than the target first (ZFS refuses to roll back past them). */
  readonly deleteNewer?: boolean;
  readonly lockTimeoutMs: number;
  readonly lockPollMs?: number;
  readonly out: (text: string) => void;
}

export interface RollbackResult {
  readonly guest: LiveGuest;
  readonly snapshot: string;
  readonly deleted: readonly string[];
  readonly started: boolean;
}

/**
 * Snapshots taken after `name`, newest first: its descendants in the snapshot tree (each
 * snapshot names its parent), deepest first; snapshot times have only one-second resolution.
 */
export function snapshotsAfter(guest: LiveGuest, name: string): string[] {
  if (!guest.snapshots.some((s) => s.name === name)) return [];
  const children = new Map<string, string[]>();
  for (const s of guest.snapshots)
    if (s.parent) children.set(s.parent, [...(children.get(s.parent) ?? []), s.name]);
  const depth = new Map<string, number>();
  const todo: [string, number][] = [[name, 0]];
  while (todo.length) {
    const [n, d] = todo.shift()!;
    for (const c of children.get(n) ?? []) {
      if (depth.has(c)) continue;
      depth.set(c, d + 1);
      todo.push([c, d + 1]);
    }
  }
  const time = (n: string) => guest.snapshots.find((s) => s.name === n)?.snaptime ?? 0;
  return [...depth.keys()].sort((a, b) => depth.get(b)! - depth.get(a)! || time(b) - time(a));
}

/** Storage ids of a guest's disks (`rootfs`, `mp0`, `scsi0`...). */
export function guestStorages(guest: LiveGuest): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(guest.config)) {
    if (!/^(rootfs|mp\d+|scsi\d+|virtio\d+|sata\d+|ide\d+|efidisk\d+)$/.test(k)) continue;
    const m = /^(?:volume=|file=)?([^:,/]+):/.exec(v);
    if (m && !/media=cdrom/.test(v)) out.add(m[1]!);
  }
  return out;
}

export function pickSafetySnapshot(guest: LiveGuest): string | undefined {
  return snapshotsOldestFirst(guest.snapshots)
    .filter((n) => n.startsWith(SAFETY_PREFIX))
    .pop();
}

export async function rollbackGuest(port: HostPort, o: RollbackOptions): Promise<RollbackResult> {
  const live = await port.readState();
  const guest = live.guests.find((g) => g.id === o.id);
  if (!guest) throw new UserError(`there is no guest ${o.id} on ${port.description}`, 1);
  const label = guestLabel(guest.kind, guest.id);
  const names = guest.snapshots.map((s) => s.name);
  const snapshot = o.to ?? pickSafetySnapshot(guest);
  if (!snapshot) {
    throw new UserError(
      `${label} has no safety snapshot (${SAFETY_PREFIX}*) to roll back to; its snapshots: ${names.join(', ') || 'none'}`,
      1,
    );
  }
  if (!names.includes(snapshot)) {
    throw new UserError(
      `${label} has no snapshot '${snapshot}'; its snapshots: ${names.join(', ') || 'none'}`,
      1,
    );
  }
  const newer = snapshotsAfter(guest, snapshot);
  const used = guestStorages(guest);
  const zfs = live.storages.some((s) => s.type === 'zfspool' && used.has(s.id));
  if (newer.length && zfs && !o.deleteNewer) {
    throw new UserError(
      `${label}: '${snapshot}' is not its most recent snapshot (newer: ${newer.join(', ')}), and ZFS storage ` +
        `rolls back only to the most recent one; re-run with --delete-newer to delete those first`,
      1,
    );
  }
  const ref = { kind: guest.kind, id: guest.id };
  const calls = port.withPolicy({ retry: DEFAULT_SETTINGS.retry });
  const lock = await port.acquireLock({
    timeoutMs: o.lockTimeoutMs,
    pollMs: o.lockPollMs,
    note: `rollback of ${label}`,
    onWait: (holder) => o.out(`Waiting for the host-wide apply lock: ${describeHolder(holder)}\n`),
  });
  const deleted: string[] = [];
  const start = guest.status === 'running';
  try {
    if (o.deleteNewer) {
      for (const name of newer) {
        o.out(`Deleting newer snapshot ${name} of ${label}\n`);
        await calls.deleteSnapshot(ref, name);
        deleted.push(name);
      }
    }
    o.out(`Rolling ${label} back to ${snapshot}${start ? ' (and starting it again)' : ''}\n`);
    await calls.rollback(ref, snapshot, { start });
  } finally {
    await lock.release();
  }
  return { guest, snapshot, deleted, started: start };
}
