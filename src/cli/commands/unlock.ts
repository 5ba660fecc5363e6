/**
 * `phoenix unlock --target URL [--force] [--yes] [--identity F] [--known-hosts F] [--fingerprint FP]`
 *
 * Shows who holds the host-wide apply lock (and who waits for it) and releases claims whose
 * holder is gone. A claim whose holder still runs, or whose holder cannot be checked (it ran on
 * another machine), is released only with `--force`. Asks for `yes` on a terminal first (`--yes`
 * skips; without a terminal `--yes` is needed). Exit 0 when the lock is free afterwards (or was),
 * 1 when a claim was kept (no `--force`, or the answer was not `yes`), 2 on usage or I/O errors.
 * On a cluster member it also says who holds the cluster-wide lock (host/cluster-lock.ts), which
 * it never releases: a holder whose heartbeat stopped is taken over by the next run.
 */
import {
  claimLiveness,
  describeHolder,
  leaseEnd,
  liveClaims,
  ShellLockQueue,
  type ClaimInfo,
  type LockQueue,
} from '../../host/host-lock.js';
import { clusterLockStatus } from '../../host/apply-lock.js';
import type { Liveness } from '../../host/lock-holder.js';
import { openShellTransport } from '../../host/open-port.js';
import { UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import { confirm, processTerminal, type Terminal } from '../confirm.js';
import type { CliIO } from '../io.js';
import { requireTarget, TARGET_OPTIONS } from '../target-options.js';

const VERDICT: Record<Liveness, string> = {
  alive: 'its process still runs',
  dead: 'its process no longer runs',
  unknown: 'it ran on another machine, so whether it still runs cannot be checked from here',
};

interface Inspected {
  readonly claim: ClaimInfo;
  readonly liveness: Liveness;
}

/** The live claims, holder first, with whether each holder still runs. */
export async function inspectLock(queue: LockQueue, now = Date.now()): Promise<Inspected[]> {
  const claims = liveClaims(await queue.read(), now);
  const out: Inspected[] = [];
  for (const claim of claims) out.push({ claim, liveness: await claimLiveness(queue, claim) });
  return out;
}

export interface UnlockOptions {
  readonly force: boolean;
  readonly yes: boolean;
  readonly out: (text: string) => void;
  readonly terminal: Terminal;
}

/** Shows the claims, asks, and releases what may be released; the exit code. */
export async function unlock(queue: LockQueue, o: UnlockOptions): Promise<0 | 1> {
  const claims = await inspectLock(queue);
  if (claims.length === 0) {
    o.out(`The host-wide apply lock (${queue.where}) is free.\n`);
    return 0;
  }
  for (const [i, { claim, liveness }] of claims.entries()) {
    o.out(
      `${i === 0 ? 'Holder' : `Waiting (${i})`}: ${describeHolder(claim)}; ${VERDICT[liveness]}; ` +
        `its lease ends at ${leaseEnd(claim)} unless renewed.\n`,
    );
  }
  const release = claims.filter((c) => o.force || c.liveness === 'dead');
  const kept = claims.filter((c) => !release.includes(c));
  if (release.length === 0) {
    o.out(
      'Nothing released: no claim belongs to a process that is gone. A claim whose holder died on ' +
        'another machine ends with its lease; --force releases it now (only when you are sure no ' +
        'apply is running).\n',
    );
    return 1;
  }
  const names = release.map((c) => c.claim.id).join(', ');
  const live = release.filter((c) => c.liveness !== 'dead').length;
  const ok = await confirm({
    command: 'unlock',
    question:
      `Release ${release.length === 1 ? 'claim' : 'claims'} ${names}` +
      (live > 0 ? ` (${live} of them possibly still working: another apply may then run alongside it)` : '') +
      '?',
    yes: o.yes,
    out: o.out,
    terminal: o.terminal,
  });
  if (!ok) {
    o.out('Nothing released.\n');
    return 1;
  }
  for (const { claim, liveness } of release) {
    await queue.append({
      op: 'release',
      id: claim.id,
      at: Date.now(),
      reason: liveness === 'dead' ? 'holder gone; released by phoenix unlock' : 'forced by phoenix unlock',
    });
    o.out(`Released ${claim.id}.\n`);
  }
  if (kept.length > 0) {
    o.out(
      `Kept ${kept.map((c) => c.claim.id).join(', ')} (their processes may still run; --force releases them).\n`,
    );
    return 1;
  }
  return 0;
}

export async function runUnlock(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'unlock',
    argv,
    {
      ...TARGET_OPTIONS,
      force: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
    },
    true,
  );
  if (positionals.length > 0)
    throw new UserError(`unlock takes no arguments besides options, got '${positionals[0]}'`, 2);
  const target = requireTarget('unlock', values);
  const transport = await openShellTransport(target, {
    identity: stringOpt(values, 'identity'),
    knownHosts: stringOpt(values, 'known-hosts'),
    fingerprint: stringOpt(values, 'fingerprint'),
    env: io.env,
    cwd: io.cwd,
  });
  try {
    const code = await unlock(new ShellLockQueue(transport), {
      force: values.force === true,
      yes: values.yes === true,
      out: io.stdout,
      terminal: processTerminal(io.isTTY),
    });
    const cluster = await clusterLockStatus(transport);
    if (cluster) io.stdout(`${cluster}\n`);
    return code;
  } finally {
    await transport.close();
  }
}
