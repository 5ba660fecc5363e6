/**
 * Executes a Plan: one task per changed guest along the plan's DAG (`waitFor`), run with bounded
 * concurrency by `runGraph`. A guest's task ends after its last step (health check, snapshots,
 * template), so dependents start only once their dependencies are healthy. A failed guest fails
 * alone: its dependents are skipped, independent branches run to the end. The ready queue is
 * ordered by the longest chain of work still ahead of each guest, so the critical path starts
 * first (this also decides who clones first from a shared source).
 */
import type { HostPort } from '../host/port.js';
import { readMarker } from '../plan/markers.js';
import type { GuestChange, Plan, Step } from '../plan/types.js';
import type { LiveGuest, LiveState } from '../model/live-state.js';
import { describeStep } from '../render/summary.js';
import { getErrorMessage } from '../util/errors.js';
import { GuestRun, testKey } from './guest-run.js';
import { KeyedMutex } from './mutex.js';
import { runGraph } from './scheduler.js';
import type { ScriptStore } from './scripts.js';
import type {
  ApplyReporter,
  ApplyResult,
  ApplySettings,
  GuestReport,
  StepRecord,
  TestOutcome,
  TestResult,
} from './types.js';

export interface ExecuteInput {
  readonly plan: Plan;
  /** The live state the plan was made from. */
  readonly live: LiveState;
  readonly port: HostPort;
  readonly settings: ApplySettings;
  readonly scripts: ScriptStore;
  /** Extra fields for a guest's script input (`id`, `kind`, nvidia settings...). */
  readonly scriptInput?: (change: GuestChange) => Readonly<Record<string, unknown>> | undefined;
  /** The value of a secret the script input refers to (`{"secret": NAME}`); undefined: not set. */
  readonly secret?: (name: string) => string | undefined;
  readonly reporter?: ApplyReporter;
}

/** The planned tests of a change with their results; a test the run did not reach is not run. */
function testsOf(
  c: GuestChange,
  ran: ReadonlyMap<string, TestOutcome> | undefined,
): { tests?: TestResult[] } {
  const tests: TestResult[] = [];
  for (const s of c.steps)
    if (s.op === 'test')
      tests.push({
        suite: s.suite,
        name: s.name,
        blocking: s.blocking,
        outcome: ran?.get(testKey(s)) ?? 'not-run',
      });
  return tests.length ? { tests } : {};
}

/** Rough seconds per step, only to order the ready queue (the critical path first). */
const STEP_WEIGHT: Partial<Record<Step['op'], number>> = {
  create: 8,
  clone: 5,
  migrate: 5,
  destroy: 2,
  start: 1.5,
  restart: 3,
  'wait-agent': 5,
  feature: 2,
  'app-script': 2,
  snapshot: 1,
  template: 1.5,
  resize: 1,
};

function weight(c: GuestChange): number {
  let w = 0;
  for (const s of c.steps) w += (STEP_WEIGHT[s.op] ?? 0.2) + (s.op === 'create' && s.download ? 10 : 0);
  return w;
}

/** For each guest, its own weight plus the heaviest chain of guests waiting for it. */
export function remainingWork(changes: readonly GuestChange[]): Map<string, number> {
  const succs = new Map<string, string[]>();
  for (const c of changes) for (const p of c.waitFor) succs.set(p, [...(succs.get(p) ?? []), c.address]);
  const byAddr = new Map(changes.map((c) => [c.address, c]));
  const memo = new Map<string, number>();
  const visit = (a: string, depth: number): number => {
    const known = memo.get(a);
    if (known !== undefined) return known;
    if (depth > changes.length) return 0; // a cycle (the planner refuses those)
    const own = byAddr.has(a) ? weight(byAddr.get(a)!) : 0;
    const after = Math.max(0, ...(succs.get(a) ?? []).map((s) => visit(s, depth + 1)));
    memo.set(a, own + after);
    return own + after;
  };
  for (const c of changes) visit(c.address, 0);
  return memo;
}

export async function executePlan(input: ExecuteInput): Promise<ApplyResult> {
  const started = performance.now();
  const { plan, live, settings } = input;
  const liveById = new Map<number, LiveGuest>(live.guests.map((g) => [g.id, g]));
  const inPlan = new Set(plan.changes.map((c) => c.id));
  const changed = plan.changes.filter((c) => c.action !== 'no-op');
  const work = remainingWork(changed);
  const tasks = changed
    .map((c) => ({ key: c.address, after: c.waitFor, change: c }))
    .sort((a, b) => (work.get(b.key) ?? 0) - (work.get(a.key) ?? 0) || a.change.id - b.change.id);
  // Every guest operation runs on the node that holds the guest (the hop for the other nodes).
  input.port.useCluster(live.nodeDetails);
  /** Where guests moved in this run (`migrate` steps), for the clones made from them. */
  const movedTo = new Map<number, string>();
  // A source made in this run is not in the live state: it is where its change put it (its
  // clones wait for it, so it has finished, migrations included, when they read this).
  const plannedNode = new Map(plan.changes.map((c) => [c.id, c.node]));
  const nodeOf = (id: number): string | undefined =>
    movedTo.get(id) ?? (liveById.get(id)?.node || undefined) ?? plannedNode.get(id);
  const sharedStorages = new Set(live.storages.filter((s) => s.shared).map((s) => s.id));
  const mutex = new KeyedMutex();
  const downloads = new Map<string, Promise<unknown>>();
  const reports = new Map<string, GuestReport>();
  const warnings = new Map<string, string[]>();
  const warn = (address: string, message: string): void => {
    warnings.set(address, [...(warnings.get(address) ?? []), message]);
    input.reporter?.warning?.(message);
  };
  const report = (
    c: GuestChange,
    outcome: GuestReport['outcome'],
    ms: number,
    steps: readonly StepRecord[],
    reason?: string,
    ran?: ReadonlyMap<string, TestOutcome>,
  ): GuestReport => ({
    ...testsOf(c, ran),
    address: c.address,
    id: c.id,
    kind: c.kind,
    name: c.name,
    action: c.action,
    outcome,
    ms,
    steps,
    warnings: warnings.get(c.address) ?? [],
    ...(reason ? { reason } : {}),
  });

  const results = await runGraph(tasks, settings.concurrency, async (task) => {
    const c = task.change;
    const liveGuest = liveById.get(c.id);
    const t0 = performance.now();
    input.reporter?.guestStarted?.(c);
    const guestRun = new GuestRun({
      change: c,
      live: liveGuest,
      scriptInput: () => input.scriptInput?.(c),
      ...(input.secret ? { secret: input.secret } : {}),
      port: input.port,
      settings,
      scripts: input.scripts,
      mutex,
      downloads,
      planHash: plan.hash,
      // Where it is now (the run follows its clone, migrate and re-create steps from there).
      node: liveGuest?.node || c.node,
      nodeOf,
      moved: (id, node) => movedTo.set(id, node),
      storageShared: (storage) => sharedStorages.has(storage),
      sourceManaged: (id) => inPlan.has(id) || (liveById.get(id)?.tags.includes('phoenix') ?? false),
      readMarker,
      describe: describeStep,
      onStepStart: (label) => input.reporter?.stepStarted?.(c, label),
      onStep: (rec) => input.reporter?.stepFinished?.(c, rec),
      onOutput: (out) => input.reporter?.scriptOutput?.(c, out),
      warn: (m) => warn(c.address, m),
    });
    try {
      await guestRun.run();
      const r = report(
        c,
        'succeeded',
        Math.round(performance.now() - t0),
        guestRun.steps,
        undefined,
        guestRun.testResults,
      );
      reports.set(c.address, r);
      input.reporter?.guestFinished?.(r);
    } catch (err) {
      const r = report(
        c,
        'failed',
        Math.round(performance.now() - t0),
        guestRun.steps,
        getErrorMessage(err),
        guestRun.testResults,
      );
      reports.set(c.address, r);
      input.reporter?.guestFinished?.(r);
      throw err;
    }
  });

  const guests: GuestReport[] = [];
  for (const c of changed) {
    const done = reports.get(c.address);
    if (done) {
      guests.push(done);
      continue;
    }
    const res = results.get(c.address);
    const reason = res?.blockedBy ? `skipped: ${res.blockedBy} failed` : 'skipped: not reached';
    const r = report(c, 'skipped', 0, [], reason);
    guests.push(r);
    input.reporter?.guestFinished?.(r);
  }
  return {
    guests,
    wallMs: Math.round(performance.now() - started),
    succeeded: guests.filter((g) => g.outcome === 'succeeded').length,
    failed: guests.filter((g) => g.outcome === 'failed').length,
    skipped: guests.filter((g) => g.outcome === 'skipped').length,
  };
}
