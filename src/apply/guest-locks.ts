/**
 * Proxmox guest locks during apply: a lock someone else holds (`backup`, `migrate`, ...) is waited
 * for with a bound and nothing is written while it holds; a lock Phoenix's own killed run left
 * (`OWN_LOCKS`, recognised by the plan) is cleared with `pct unlock`/`qm unlock`.
 */
import type { GuestRef, HostPort } from '../host/port.js';
import { sleep } from '../host/retry.js';
import type { LiveGuest } from '../model/live-state.js';
import { OWN_LOCKS } from '../plan/incomplete.js';
import type { GuestChange } from '../plan/types.js';
import { FOREIGN_LOCK_WAIT_SEC, type ApplySettings } from './types.js';

/** Throws (changing nothing) when a foreign lock outlasts `foreignLockWaitSec`. */
export async function waitForeignLock(
  host: HostPort,
  guest: GuestRef,
  o: { readonly live?: LiveGuest; readonly change: GuestChange; readonly settings: ApplySettings },
): Promise<void> {
  const lock = o.live?.lock;
  if (!lock || OWN_LOCKS.has(lock) || o.change.steps.some((s) => s.op === 'create')) return;
  const limitMs = (o.settings.foreignLockWaitSec ?? FOREIGN_LOCK_WAIT_SEC) * 1000;
  const started = Date.now();
  let current: string | undefined = lock;
  while (current && !OWN_LOCKS.has(current)) {
    if (Date.now() - started >= limitMs) {
      throw new Error(
        `${o.change.address} is locked (${current}) by an operation that is not Phoenix's; waited ${Math.round(limitMs / 1000)} s and changed nothing`,
      );
    }
    await sleep(o.settings.foreignLockPollMs ?? 2000);
    current = await host.guestLock(guest);
  }
}

/**
 * Clears a lock the plan found left by Phoenix's own run. This run holds the host-wide apply lock
 * (run-apply takes it before it plans again), so no other Phoenix apply is live and none holds it;
 * a lock that changed since the plan is left alone.
 */
export async function clearOwnLock(host: HostPort, guest: GuestRef, lock: string): Promise<string | void> {
  const now = await host.guestLock(guest);
  if (now === undefined) return 'already unlocked';
  if (now !== lock) throw new Error(`expected lock '${lock}', found '${now}'; not cleared`);
  await host.unlock(guest);
}
