/**
 * Guests and locks an interrupted Phoenix run leaves behind: which `lock:` values Phoenix's own
 * operations set (`OWN_LOCKS`), when a live guest is one whose make step never finished
 * (`incompleteReason`), and the destroy step that clears it before it is made again. Pure.
 */
import type { LiveGuest } from '../model/live-state.js';
import { isManaged, readMaking, readMarker, sourceToken } from './markers.js';
import type { Guest } from '../model/types.js';
import type { Step } from './types.js';

/**
 * Locks a guest carries while one of Phoenix's own operations runs on it (pve-guest-common's
 * `PVE::AbstractConfig`): `create` (`create_and_lock_config`: `pct create`, `qm create`, the new CT
 * of `pct clone`), `clone` (the new VM of `qm clone`), `disk` (the source of `pct clone`),
 * `snapshot` / `snapshot-delete` (`snapshot_create` / `snapshot_delete` through `set_lock`),
 * `rollback` (`snapshot_rollback`). Any other lock (`backup`, `migrate`, `suspended`, `mounted`,
 * ...) belongs to someone else.
 */
export const OWN_LOCKS: ReadonlySet<string> = new Set([
  'create',
  'clone',
  'disk',
  'snapshot',
  'snapshot-delete',
  'rollback',
]);
/** Locks of a make step on the guest being made. */
const MAKE_LOCKS: ReadonlySet<string> = new Set(['create', 'clone']);

/**
 * Why a live guest is one Phoenix began to make and did not finish, or undefined when it is not:
 * a make lock (`create`/`clone`) on a guest that carries Phoenix's tag, its making line or nothing
 * but the lock (an interrupted `pct create` writes only that), or a making line with no done-record.
 * Such a guest never completed its make step, so it holds no data yet.
 */
export function incompleteReason(live: LiveGuest): string | undefined {
  const making = readMaking(live);
  const marker = readMarker(live);
  const lock = live.lock ?? live.config.lock;
  if (lock && MAKE_LOCKS.has(lock)) {
    const bare = Object.keys(live.config).every((k) => k === 'lock' || k === 'digest');
    if (making || bare || isManaged(live))
      return `its ${lock === 'clone' ? 'clone' : 'create or clone'} was interrupted (lock: ${lock})`;
    return undefined;
  }
  if (making && !marker?.src) return 'its make step did not finish (no done-record yet)';
  return undefined;
}

/**
 * The reason and the first step of making an incomplete guest again: destroyed with the volumes
 * of its id that no key names (an interrupted disk import's), its make lock cleared first.
 */
export function remakeIncomplete(
  g: Guest,
  live: LiveGuest,
  why: string,
): { reason: string; destroy: Extract<Step, { op: 'destroy' }> } {
  const lock = live.lock ?? live.config.lock;
  return {
    reason: `incomplete: ${why}; it never finished its make step and holds no data yet, so it is destroyed and made again from ${sourceToken(g) ?? 'its source'}`,
    destroy: {
      incomplete: true,
      op: 'destroy',
      running: live.status === 'running',
      ...(lock ? { unlock: true as const } : {}),
    },
  };
}
