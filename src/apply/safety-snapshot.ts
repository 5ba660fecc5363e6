/**
 * The safety snapshot of a guest run: `phoenix-pre-<sha>` before the first change to an existing
 * guest changed in place, the one an earlier attempt of the same plan took kept (retaken when its
 * taking was interrupted), older ones pruned down to `keepSafetySnapshots`. A storage without
 * snapshots gets a warning and the change goes on without one.
 */
import { HostCommandFailed } from '../host/failure.js';
import type { GuestRef, HostPort } from '../host/port.js';
import type { LiveGuest } from '../model/live-state.js';
import type { GuestChange } from '../plan/types.js';
import { safetySnapshotDescription } from './rollback.js';
import { snapshotsOldestFirst } from './snapshot-order.js';
import { SAFETY_PREFIX, type ApplySettings } from './types.js';

export interface SafetyInput {
  readonly change: GuestChange;
  readonly live?: LiveGuest;
  readonly settings: ApplySettings;
  readonly planHash: string;
  readonly warn: (message: string) => void;
}

/** Whether this run takes a safety snapshot: only of an existing guest changed in place. */
export function safetyNeeded(input: SafetyInput): boolean {
  const { change, live, settings } = input;
  if (change.action !== 'update' || !live || live.template || settings.keepSafetySnapshots <= 0) return false;
  return !change.template; // a guest with snapshots cannot become a template
}

/** Takes it (or keeps the earlier attempt's); `skip` when none is needed; else a note or nothing. */
export async function takeSafetySnapshot(
  input: SafetyInput,
  host: HostPort,
  guest: GuestRef,
  deleteSnapshot: (name: string) => Promise<void>,
): Promise<string | void> {
  const { change, live, settings } = input;
  if (!safetyNeeded(input) || !live) return 'skip';
  const name = settings.safetySnapshotName;
  const existing = live.snapshots.filter((s) => s.name.startsWith(SAFETY_PREFIX));
  let note: string | undefined;
  const earlier = existing.find((s) => s.name === name);
  if (earlier && !earlier.snapstate) note = 'kept the one from the earlier attempt';
  else {
    // One whose taking was interrupted is no safety net: it goes, and is taken again.
    if (earlier) {
      await deleteSnapshot(name);
      note = 'retook the incomplete one of the earlier attempt';
    }
    try {
      await host.snapshot(guest, name, safetySnapshotDescription(input.planHash, live));
    } catch (err) {
      if (err instanceof HostCommandFailed && err.kind === 'unsupported') {
        input.warn(`${change.address}: no safety snapshot (${err.detail.trim()}); changing it without one`);
        return 'not possible on this storage';
      }
      throw err;
    }
  }
  const older = snapshotsOldestFirst(live.snapshots)
    .filter((n) => n.startsWith(SAFETY_PREFIX) && n !== name)
    .reverse()
    .slice(Math.max(0, settings.keepSafetySnapshots - 1));
  for (const n of older) await deleteSnapshot(n);
  const pruned = older.length ? `pruned ${older.join(', ')}` : undefined;
  return [note, pruned].filter(Boolean).join('; ') || undefined;
}
