/**
 * The `pct` and `qm` sub-commands that take the same arguments and do the same thing for both
 * guest kinds (stop, reboot, snapshots, unlock, status, config, pending). Each CLI spreads these
 * into its own handler table and adds or overrides what differs.
 */
import type { ParsedArgs } from '../cli-parse.js';
import type { Continuation, SimCtx } from '../context.js';
import { PveError } from '../errors.js';
import { loadGuest } from '../guests.js';
import { printGuestConfig, printPending } from '../lxc-config.js';
import type { GuestKind } from '../model.js';
import {
  guestDeleteSnapshot,
  guestListSnapshots,
  guestReboot,
  guestRollback,
  guestSnapshot,
  guestStop,
  guestUnlock,
} from './lifecycle.js';

export type Handler = (ctx: SimCtx, a: ParsedArgs) => Continuation | void;

export const vmidOf = (a: ParsedArgs): number => Number(a.params.vmid);

export function sharedGuestHandlers(kind: GuestKind): Record<string, Handler> {
  return {
    stop: (ctx, a) => guestStop(ctx, kind, vmidOf(a), 'stop', a.params.skiplock === '1'),
    reboot: (ctx, a) => guestReboot(ctx, kind, vmidOf(a)),
    snapshot: (ctx, a) => guestSnapshot(ctx, kind, vmidOf(a), a.params.snapname!, a.params.description),
    delsnapshot: (ctx, a) => guestDeleteSnapshot(ctx, kind, vmidOf(a), a.params.snapname!),
    rollback: (ctx, a) => guestRollback(ctx, kind, vmidOf(a), a.params.snapname!, a.params.start === '1'),
    listsnapshot: (ctx, a) => guestListSnapshots(ctx, kind, vmidOf(a)),
    unlock: (ctx, a) => guestUnlock(ctx, kind, vmidOf(a)),
    status: (ctx, a) => ctx.out(`status: ${loadGuest(ctx, kind, vmidOf(a)).status}\n`),
    config: (ctx, a) => {
      const g = loadGuest(ctx, kind, vmidOf(a));
      const name = a.params.snapshot;
      const section = name ? g.conf.snapshots[name] : g.conf.main;
      if (!section) throw new PveError(`snapshot '${name}' does not exist`);
      ctx.out(printGuestConfig(g, section, !name && a.params.current !== '1'));
    },
    pending: (ctx, a) => ctx.out(printPending(loadGuest(ctx, kind, vmidOf(a)))),
  };
}
