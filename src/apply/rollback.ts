/**
 * `phoenix rollback`: puts a guest back to a safety snapshot that apply took before changing it
 * (the newest `phoenix-pre-*` unless one is named), under the host-wide apply lock. A guest that
 * was running is started again.
 *
 * What Proxmox does (pve-guest-common `PVE::AbstractConfig::snapshot_rollback`): every volume
 * must allow the rollback (`__snapshot_rollback_vol_possible` -> the storage plugin's
 * `volume_rollback_is_possible`). ZFS (`ZFSPoolPlugin`, and ZFS over iSCSI, which inherits it)
 * refuses unless the snapshot is the most recent one ("can't rollback, 'X' is not most recent
 * snapshot on 'VOLID'"); LVM-thin, Ceph RBD, Btrfs and plain files allow any snapshot and keep
 * the newer ones. So newer snapshots are deleted first only on ZFS and only with `--delete-newer`,
 * except lifecycle snapshots (`final-form`...), which the next apply takes again; never one that a
 * clone's source record names (the clone is rebuilt from it).
 *
 * The done-records: `__snapshot_apply_config` keeps the current `description` (and `unusedN`)
 * and copies the rest of the snapshot's config, so the record in the description would still
 * list the features and scripts whose effects the rollback undid. After the rollback the record
 * is set to what the snapshot state had done: the record apply saved in the safety snapshot's own
 * description when it took it, or, for a snapshot without one, the record without its features,
 * application script and snapshot token (the firewall file is not part of a snapshot, and how the
 * guest was made does not change), so the next apply runs those again.
 */
import { describeHolder } from '../host/host-lock.js';
import type { HostPort } from '../host/port.js';
import type { LiveGuest, LiveState } from '../model/live-state.js';
import { formatMarker, MARKER_PREFIX, parseMarker, readMarker, type GuestMarker } from '../plan/markers.js';
import { guestLabel } from '../plan/types.js';
import { UserError } from '../util/errors.js';
import { snapshotsOldestFirst } from './snapshot-order.js';
import { LIFECYCLE_SNAPSHOT_DESCRIPTION } from '../plan/lifecycle.js';
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
  /** Asked with the plan's text before anything changes; false stops (default: approve). */
  readonly confirm?: (plan: RollbackPlan) => Promise<boolean>;
}

/** A snapshot that a clone was built from, by its source record. */
export interface CloneDependency {
  readonly snapshot: string;
  readonly clone: string;
  readonly record: string;
}

export interface RollbackPlan {
  readonly guest: LiveGuest;
  readonly label: string;
  readonly snapshot: string;
  /** Snapshots taken after it, newest first. */
  readonly newer: readonly string[];
  /** The newer snapshots deleted first (ZFS with --delete-newer). */
  readonly deletes: readonly string[];
  /** Which snapshots of this guest clones were built from. */
  readonly dependencies: readonly CloneDependency[];
  readonly start: boolean;
  /** The done-record after the rollback (undefined: the guest carries none). */
  readonly record?: GuestMarker;
  /** Where that record comes from. */
  readonly recordFrom?: 'snapshot' | 'reduced';
}

export interface RollbackResult {
  readonly guest: LiveGuest;
  readonly snapshot: string;
  readonly deleted: readonly string[];
  readonly started: boolean;
  /** False when the user did not approve; nothing changed then. */
  readonly done: boolean;
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

/** `clone:ID` or `clone:ID@SNAPSHOT` (also `:`/`/` before the snapshot). */
function parseCloneSource(src: string | undefined): { source: number; snapshot?: string } | undefined {
  const m = /^clone:(\d+)(?:[@:/](.+))?$/.exec(src ?? '');
  if (!m) return undefined;
  return { source: Number(m[1]), ...(m[2] ? { snapshot: m[2] } : {}) };
}

/**
 * The snapshots of `guest` that clones were built from. A record that names the snapshot protects
 * that one; a record naming only the source guest (made before records named the snapshot)
 * protects every snapshot of a source that is not a template except safety snapshots, since any
 * of them may be its `template_snapshot_name`.
 */
export function cloneDependencies(live: LiveState, guest: LiveGuest): CloneDependency[] {
  const out: CloneDependency[] = [];
  for (const g of live.guests) {
    const record = readMarker(g)?.src;
    const src = parseCloneSource(record);
    if (!src || src.source !== guest.id || g.id === guest.id) continue;
    const clone = guestLabel(g.kind, g.id);
    const names = src.snapshot
      ? [src.snapshot]
      : guest.template
        ? []
        : guest.snapshots.map((s) => s.name).filter((n) => !n.startsWith(SAFETY_PREFIX));
    for (const snapshot of names) out.push({ snapshot, clone, record: record! });
  }
  return out;
}

/** The record the guest carries after rolling back to `snapshot`. */
function recordAfter(
  guest: LiveGuest,
  snapshot: string,
  deletes: readonly string[],
): Pick<RollbackPlan, 'record' | 'recordFrom'> {
  const current = readMarker(guest);
  if (!current) return {};
  const saved = parseMarker(guest.snapshots.find((s) => s.name === snapshot)?.description);
  if (saved) {
    // A deleted tracked snapshot is retaken: its token must not claim otherwise.
    return { record: deletes.length > 0 ? { ...saved, snap: undefined } : saved, recordFrom: 'snapshot' };
  }
  return {
    record: { v: current.v, src: current.src, fw: current.fw, features: {} },
    recordFrom: 'reduced',
  };
}

/** A snapshot apply took as a lifecycle snapshot (by the description it gives them, guest-run.ts). */
function isLifecycleSnapshot(guest: LiveGuest, name: string): boolean {
  return guest.snapshots.find((s) => s.name === name)?.description?.trim() === LIFECYCLE_SNAPSHOT_DESCRIPTION;
}

/** What a rollback of `o.id` will do on `live`; refuses (UserError) what it must not do. */
export function planRollback(
  live: LiveState,
  o: Pick<RollbackOptions, 'id' | 'to' | 'deleteNewer'>,
): RollbackPlan {
  const guest = live.guests.find((g) => g.id === o.id);
  if (!guest) throw new UserError(`there is no guest ${o.id} on this host`, 1);
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
  const zfs = live.storages.some((s) => (s.type === 'zfspool' || s.type === 'zfs') && used.has(s.id));
  const mustDelete = zfs ? newer : [];
  // Lifecycle snapshots taken after it are Phoenix's own and the next apply takes them again
  // (they are missing then): on ZFS they go without --delete-newer; any other needs it.
  const others = mustDelete.filter((n) => !isLifecycleSnapshot(guest, n));
  if (others.length && !o.deleteNewer) {
    throw new UserError(
      `${label}: '${snapshot}' is not its most recent snapshot (newer: ${others.join(', ')}), and ZFS storage ` +
        `rolls back only to the most recent one; re-run with --delete-newer to delete those first`,
      1,
    );
  }
  const dependencies = cloneDependencies(live, guest);
  const blocked = dependencies.filter((d) => mustDelete.includes(d.snapshot));
  if (blocked.length) {
    throw new UserError(
      `${label}: rolling back to '${snapshot}' would delete ${blocked
        .map((d) => `'${d.snapshot}', which ${d.clone} was cloned from (its source record '${d.record}')`)
        .join('; ')}; a clone's source snapshot is never deleted, so nothing was changed. Roll back to a ` +
        `newer snapshot, or rebuild the clones from another source first`,
      1,
    );
  }
  return {
    guest,
    label,
    snapshot,
    newer,
    deletes: mustDelete,
    dependencies,
    start: guest.status === 'running',
    ...recordAfter(guest, snapshot, mustDelete),
  };
}

/** The plan in words, one line each. */
export function describeRollback(p: RollbackPlan): string {
  const lines = [`${p.label} will be rolled back to snapshot '${p.snapshot}':`];
  const taken = p.guest.snapshots.find((s) => s.name === p.snapshot)?.snaptime;
  if (taken)
    lines.push(
      `  - taken ${new Date(taken * 1000)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')}`,
    );
  lines.push(`  - everything written to ${p.label} since then is lost (disks and config)`);
  if (p.deletes.length)
    lines.push(`  - newer snapshots deleted first (ZFS keeps only the most recent): ${p.deletes.join(', ')}`);
  else if (p.newer.length) lines.push(`  - newer snapshots are kept: ${p.newer.join(', ')}`);
  const deps = new Map<string, string[]>();
  for (const d of p.dependencies) deps.set(d.snapshot, [...(deps.get(d.snapshot) ?? []), d.clone]);
  for (const [snap, clones] of deps)
    lines.push(`  - clones built from snapshot '${snap}' (kept): ${clones.join(', ')}`);
  if (p.start) lines.push(`  - it is running: stopped for the rollback and started again`);
  if (p.record)
    lines.push(
      p.recordFrom === 'snapshot'
        ? `  - its done-record is set to the one saved with the snapshot: the next apply re-runs what the rollback undid`
        : `  - the snapshot saved no done-record: features and the application script are marked not done, so the next apply runs them again`,
    );
  return lines.join('\n') + '\n';
}

/**
 * The description of a safety snapshot: what it is, and the guest's done-record at that moment,
 * so a rollback to it can restore the record (Proxmox keeps the guest's current description).
 */
export function safetySnapshotDescription(planHash: string, guest: LiveGuest): string {
  const record = readMarker(guest);
  return (
    `Phoenix safety snapshot before apply (plan ${planHash.slice(0, 12)})` +
    (record ? `\n${formatMarker(record)}` : '')
  );
}

/** The description with its record line replaced by `record` (other lines kept). */
export function withRecord(description: string | undefined, record: GuestMarker): string {
  const lines = (description ?? '').split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith(MARKER_PREFIX.trim()));
  if (at >= 0) lines[at] = formatMarker(record);
  else lines.push(formatMarker(record));
  return lines.join('\n');
}

export async function rollbackGuest(port: HostPort, o: RollbackOptions): Promise<RollbackResult> {
  const plan = planRollback(await port.readState(), o);
  o.out(describeRollback(plan));
  const { guest, label, snapshot } = plan;
  if (o.confirm && !(await o.confirm(plan))) {
    o.out('Rollback cancelled; nothing was changed.\n');
    return { guest, snapshot, deleted: [], started: false, done: false };
  }
  const calls = port.withPolicy({ retry: DEFAULT_SETTINGS.retry });
  const lock = await port.acquireLock({
    timeoutMs: o.lockTimeoutMs,
    pollMs: o.lockPollMs,
    note: `rollback of ${label}`,
    onWait: (holder) => o.out(`Waiting for the host-wide apply lock: ${describeHolder(holder)}\n`),
  });
  const deleted: string[] = [];
  try {
    // Under the lock, the host again: what was approved must still be what happens.
    const again = planRollback(await port.readState(), { ...o, to: snapshot });
    if (again.deletes.join(',') !== plan.deletes.join(','))
      throw new UserError(
        `${label}: its snapshots changed since the rollback was shown; nothing was changed, run it again`,
        1,
      );
    // On the node that holds the guest now (through the node hop when it is not this one).
    const node = again.guest.node || undefined;
    const ref = { kind: guest.kind, id: guest.id, ...(node ? { node } : {}) };
    for (const name of again.deletes) {
      o.out(`Deleting newer snapshot ${name} of ${label}\n`);
      await calls.deleteSnapshot(ref, name);
      deleted.push(name);
    }
    o.out(`Rolling ${label} back to ${snapshot}${again.start ? ' (and starting it again)' : ''}\n`);
    await calls.rollback(ref, snapshot, { start: again.start });
    if (again.record) {
      await calls.setMeta(ref, { description: withRecord(again.guest.config.description, again.record) });
      o.out(`Set the done-record of ${label} to what '${snapshot}' had done\n`);
    }
  } finally {
    await lock.release();
  }
  return { guest, snapshot, deleted, started: plan.start, done: true };
}
