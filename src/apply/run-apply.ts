/**
 * Apply's engine past planning: given a fresh plan of the config against the host (the apply job,
 * src/jobs/apply-job.ts, validates, loads and plans), check it against the reviewed plan, take the
 * host-wide lock, re-read and re-plan under it (an apply that waited for another one usually finds
 * nothing left to do), execute, release, and read the host again. A host that already matches the
 * config gets read-only commands only: no lock, no exec into guests.
 */
import { describeHolder, secs, type HostLockOptions } from '../host/host-lock.js';
import type { HeldLock, HostPort } from '../host/port.js';
import { timeoutsFromEnv } from '../host/runner.js';
import type { DesiredState } from '../model/types.js';
import { scriptInputHash, scriptInputOf } from '../plan/guest-plan.js';
import type { GuestChange, Plan } from '../plan/types.js';
import type { LiveState } from '../model/live-state.js';
import { countPlan, headline } from '../render/summary.js';
import { getErrorMessage, UserError } from '../util/errors.js';
import { createConsoleLogger, type Logger } from '../util/logger.js';
import { executePlan } from './executor.js';
import { diffPlans } from './plan-diff.js';
import { renderSummary, TextReporter } from './report.js';
import { ScriptStore } from './scripts.js';
import { envSecretLookup } from '../config/secret-refs.js';
import {
  DEFAULT_SETTINGS,
  safetySnapshotName,
  type ApplyReporter,
  type ApplyResult,
  type ApplySettings,
} from './types.js';

/** A plan of the config against the host, as apply is handed it. */
export interface PlannedApply {
  readonly port: HostPort;
  /** The config dir planned (the scripts pushed to the guests are read from it). */
  readonly configDir: string;
  readonly desired: DesiredState;
  /** The host's state the plan was made against. */
  readonly live: LiveState;
  readonly plan: Plan;
  /** Reads the host again and plans against that (apply calls it once it holds the lock). */
  readonly replan: () => Promise<{ readonly live: LiveState; readonly plan: Plan }>;
}

/** How to apply: the reviewed plan to hold the fresh one to, settings, the lock, and output. */
export interface ApplyOptions {
  /** The reviewed plan: apply refuses when the fresh plan's hash differs. */
  readonly reviewed?: Plan;
  /**
   * Only the reviewed plan's hash is known (e.g. from the pull-request comment): apply refuses when
   * the fresh plan's hash differs, without a step-by-step difference. Ignored when `reviewed` is set.
   */
  readonly reviewedHash?: string;
  /**
   * Containment instead of equal hashes: the fresh plan's changes no reviewed plan holds, one line
   * each; apply refuses when there is any (before and again under the lock). Used when neither
   * `reviewed` nor `reviewedHash` is set.
   */
  readonly unreviewed?: (fresh: Plan) => readonly string[];
  readonly settings?: Partial<Omit<ApplySettings, 'safetySnapshotName'>>;
  /** Commit being applied (GITHUB_SHA); names the safety snapshots. */
  readonly sha?: string;
  readonly lockTimeoutMs: number;
  readonly lockPollMs?: number;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Where per-guest progress goes (e.g. Actions log groups); default: a terminal log on `out`. */
  readonly logger?: Logger;
  /** Told about guests and steps too (besides the text output), e.g. for a job summary. */
  readonly reporter?: ApplyReporter;
  /**
   * Asked once the fresh plan is known to be applicable, before the host lock is taken and before
   * any command that changes the host (a person at a terminal: `phoenix apply`). False: nothing is
   * applied. The plan approved is then held like a reviewed one: when the re-plan under the lock
   * differs, apply refuses rather than run what nobody approved.
   */
  readonly approve?: (plan: Plan) => Promise<boolean>;
  /**
   * A "still running" line every this many ms of a long step (0: none); default
   * `PHOENIX_HEARTBEAT_SEC` (for the apply action, which has no flag), else 30 s.
   */
  readonly heartbeatMs?: number;
  /**
   * Where the secrets a guest config refers to (`{"secret": NAME}`) come from; default the
   * environment (`PHOENIX_SECRET_<NAME>`).
   */
  readonly secretLookup?: (name: string) => string | undefined;
  /** Told each secret value before any script gets it (GitHub Actions: `core.setSecret`). */
  readonly maskSecret?: (value: string) => void;
}

/** The run's secret lookup (config/secret-refs.ts): the given one, else the environment. */
export function secretLookupOf(o: Pick<ApplyOptions, 'secretLookup'>): (name: string) => string | undefined {
  return o.secretLookup ?? envSecretLookup(process.env);
}

export type ApplyStatus = 'applied' | 'failed' | 'no-changes' | 'plan-changed' | 'invalid' | 'not-approved';

export interface ApplyJobResult {
  readonly exitCode: 0 | 1;
  readonly status: ApplyStatus;
  readonly plan?: Plan;
  readonly result?: ApplyResult;
  readonly state?: LiveState;
}

/**
 * The object a guest's scripts read from `$PHOENIX_GUEST_CONFIG` (config/README.md), built from the
 * config exactly as the planner hashed it; refused when the plan recorded a different hash.
 */
export function scriptInputFor(
  desired: DesiredState,
  change: GuestChange,
): Record<string, unknown> | undefined {
  if (!change.scriptInputHash) return undefined;
  const g = desired.guests.find((x) => x.id === change.id && x.kind === change.kind);
  if (!g) throw new Error(`${change.address} is not in the config, so its scripts have no input`);
  if (scriptInputHash(g, desired.nvidia) !== change.scriptInputHash) {
    throw new Error(`the config of ${change.address} changed after the plan was made; plan again`);
  }
  return scriptInputOf(g, desired.nvidia);
}

/** A lookup that tells `mask` every value it hands out, once. */
function maskingLookup(
  lookup: (name: string) => string | undefined,
  mask: ((value: string) => void) | undefined,
): (name: string) => string | undefined {
  const told = new Set<string>();
  return (name) => {
    const v = lookup(name);
    if (v !== undefined && mask && !told.has(v)) {
      told.add(v);
      mask(v);
    }
    return v;
  };
}

/** The host lock; a failure other than a timeout (which says what to do) becomes a located error. */
async function acquireLock(port: HostPort, options: HostLockOptions): Promise<HeldLock> {
  try {
    return await port.acquireLock(options);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(
      `cannot take the host-wide apply lock on ${port.description}: ${getErrorMessage(err)}`,
      1,
    );
  }
}

/** `PHOENIX_HEARTBEAT_SEC` in ms; undefined (with a warning when it is not a number) otherwise. */
function heartbeatFromEnv(o: ApplyOptions): number | undefined {
  const v = process.env.PHOENIX_HEARTBEAT_SEC?.trim();
  if (!v) return undefined;
  if (/^\d{1,6}$/.test(v)) return Number(v) * 1000;
  o.err(`warning: PHOENIX_HEARTBEAT_SEC must be a number of seconds, got '${v}'; using 30\n`);
  return undefined;
}

/** Progress on a terminal: groups as stamped headings, their lines as the reporter indents them. */
function terminalLog(o: ApplyOptions): Logger {
  return createConsoleLogger({ stdout: o.out, stderr: o.err }, { indentGroups: false });
}

function both(a: ApplyReporter, b: ApplyReporter | undefined): ApplyReporter {
  if (!b) return a;
  return {
    guestStarted: (c) => (a.guestStarted?.(c), b.guestStarted?.(c)),
    stepStarted: (c, l) => (a.stepStarted?.(c, l), b.stepStarted?.(c, l)),
    stepFinished: (c, s) => (a.stepFinished?.(c, s), b.stepFinished?.(c, s)),
    scriptOutput: (c, x) => (a.scriptOutput?.(c, x), b.scriptOutput?.(c, x)),
    guestFinished: (r) => (a.guestFinished?.(r), b.guestFinished?.(r)),
    warning: (m) => (a.warning?.(m), b.warning?.(m)),
  };
}

/** The hash the fresh plan must have, when a reviewed plan (or only its hash) was given. */
function expectedHash(o: ApplyOptions): string | undefined {
  return o.reviewed?.hash ?? o.reviewedHash;
}

/** Why `fresh` may not be applied: undefined when it may; the unreviewed changes (maybe none listed) otherwise. */
function refusal(o: ApplyOptions, fresh: Plan): readonly string[] | undefined {
  const expected = expectedHash(o);
  if (expected !== undefined) return expected === fresh.hash ? undefined : [];
  const lines = o.unreviewed?.(fresh) ?? [];
  return lines.length > 0 ? lines : undefined;
}

function refuseChangedPlan(o: ApplyOptions, fresh: Plan, unreviewed: readonly string[]): ApplyJobResult {
  if (expectedHash(o) === undefined) {
    o.err(
      `The plan made from the live host now (${fresh.hash.slice(0, 12)}) differs from the reviewed plan ` +
        'and holds changes that no reviewed plan holds; nothing was applied. Not reviewed:\n' +
        unreviewed.map((l) => `  ${l}\n`).join('') +
        'Push to a pull request and review its plan before applying.\n',
    );
    return { exitCode: 1, status: 'plan-changed', plan: fresh };
  }
  const reviewed = o.reviewed;
  o.err(
    `The plan made from the live host now (${fresh.hash.slice(0, 12)}) differs from the reviewed plan ` +
      `(${(expectedHash(o) ?? '').slice(0, 12)}); nothing was applied.` +
      (reviewed
        ? ' Differences:\n' +
          diffPlans(reviewed, fresh)
            .map((l) => `  ${l}\n`)
            .join('')
        : '\n') +
      'Re-run the plan on the pull request (or drop --plan) and review the new plan.\n',
  );
  return { exitCode: 1, status: 'plan-changed', plan: fresh };
}

function printPlanErrors(o: ApplyOptions, p: Plan): void {
  o.err(`Planning failed; nothing was applied:\n`);
  for (const e of p.errors) o.err(`  error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
}

/**
 * Applies a fresh plan. Its `state` is the host's state after the run (or as read, when there was
 * nothing to apply), for the caller to record; undefined when the host could not be read after.
 */
export async function applyPlan(p: PlannedApply, o: ApplyOptions): Promise<ApplyJobResult> {
  const { port: host, desired, live } = p;
  let plan = p.plan;
  const refused = refusal(o, plan);
  if (refused) return refuseChangedPlan(o, plan, refused);
  if (plan.errored) {
    printPlanErrors(o, plan);
    return { exitCode: 1, status: 'invalid', plan };
  }
  if (!plan.applyable) {
    o.out(`${headline(countPlan(plan))} Nothing to apply.\n`);
    return { exitCode: 0, status: 'no-changes', plan, state: live };
  }

  // Asked before the lock: a person thinking over the plan must not hold up other runs.
  if (o.approve && !(await o.approve(plan))) {
    o.err('Apply not approved; nothing was applied.\n');
    return { exitCode: 1, status: 'not-approved', plan, state: live };
  }
  const approvedHash = o.approve ? plan.hash : undefined;
  const lock = await acquireLock(host, {
    timeoutMs: o.lockTimeoutMs,
    pollMs: o.lockPollMs,
    note: `plan ${plan.hash.slice(0, 12)}`,
    onWait: (holder, position) =>
      o.out(
        `Waiting for the host-wide apply lock (${position} ahead of us): ${describeHolder(holder)}; ` +
          `giving up after ${secs(o.lockTimeoutMs)}.\n`,
      ),
    onWarning: (m) => o.err(`warning: ${m}\n`),
  });
  let result: ApplyResult;
  // Live lines on the logger; with an explicit logger (Actions) also one group per guest at its end.
  const text = new TextReporter({
    log: o.logger ?? terminalLog(o),
    groups: o.logger !== undefined,
    heartbeatMs: o.heartbeatMs ?? heartbeatFromEnv(o),
  });
  try {
    const { live: current, plan: again } = await p.replan();
    if (again.hash !== plan.hash) {
      if (!again.applyable && !again.errored) {
        o.out(
          `The host changed while this apply waited (another run applied it): ${headline(countPlan(again))}\n`,
        );
        return { exitCode: 0, status: 'no-changes', plan: again, state: current };
      }
      const refusedAgain = refusal(o, again);
      if (refusedAgain) return refuseChangedPlan(o, again, refusedAgain);
      if (approvedHash !== undefined) {
        o.err(
          `The host changed while this apply waited for the lock: the plan now (${again.hash.slice(0, 12)}) ` +
            `is not the one approved (${approvedHash.slice(0, 12)}); nothing was applied. Run apply again to see the new plan.\n`,
        );
        return { exitCode: 1, status: 'plan-changed', plan: again };
      }
      if (again.errored) {
        printPlanErrors(o, again);
        return { exitCode: 1, status: 'invalid', plan: again };
      }
      o.out('The host changed between planning and taking the lock; applying the fresh plan.\n');
      plan = again;
    }
    const settings: ApplySettings = {
      ...DEFAULT_SETTINGS,
      // Feature and application scripts: PHOENIX_TIMEOUT_SCRIPT (the host runner's script bound).
      scriptTimeoutSec: timeoutsFromEnv(process.env).script,
      ...o.settings,
      safetySnapshotName: safetySnapshotName(o.sha, plan.hash),
    };
    const changed = plan.changes.filter((c) => c.action !== 'no-op').length;
    o.out(
      `${headline(countPlan(plan))}\nApplying ${changed} guest${changed === 1 ? '' : 's'} (concurrency ${settings.concurrency}, plan ${plan.hash.slice(0, 12)}).\n`,
    );
    result = await executePlan({
      plan,
      live: current,
      port: host,
      settings,
      scripts: new ScriptStore(p.configDir),
      scriptInput: (c) => scriptInputFor(desired, c),
      secret: maskingLookup(secretLookupOf(o), o.maskSecret),
      reporter: both(text, o.reporter),
    });
  } finally {
    text.close();
    await lock
      .release()
      .catch((err: unknown) => o.err(`warning: could not release the host lock: ${getErrorMessage(err)}\n`));
  }
  o.out(renderSummary(result));
  let state: LiveState | undefined;
  try {
    state = await host.readState();
  } catch (err) {
    o.err(
      `warning: could not read the host state after apply (${getErrorMessage(err)}); no state recorded\n`,
    );
  }
  const failed = result.failed > 0 || result.skipped > 0;
  return { exitCode: failed ? 1 : 0, status: failed ? 'failed' : 'applied', plan, result, state };
}
