/**
 * Runs the setup steps in dependency order. Each step is checked (read-only); in a dry run that is
 * all. Otherwise a step with changes is applied, then checked again: anything still different
 * fails the step ("did not converge"). A step with a blocked change applies nothing. A step that
 * fails, is blocked or was skipped makes every step that depends on it skip, naming the cause;
 * independent steps still run.
 *
 * On a cluster (`runStepsOn`), a step of scope `cluster` runs once, on the connected node, and a
 * step of scope `node` runs on each node set up, its result naming the node. A node step waits on
 * the same node's run of a node step it depends on; a cluster step waits on every node's run.
 */
import { getErrorMessage } from '../util/errors.js';
import type { SetupHost } from './host.js';
import { actionable } from './steps/define.js';
import type { AnySetupStep, ChangeHead, CheckedStep, SetupConfig as HostConfig, StepId } from './types.js';

export type StepStatus =
  /** Nothing to change. */
  | 'unchanged'
  /** Dry run: these changes would be made. */
  | 'planned'
  /** Applied and verified. */
  | 'changed'
  /** Something must not be applied (data on a disk, a conflict, a missing secret). */
  | 'blocked'
  | 'failed'
  /** A step it depends on failed, was blocked or skipped. */
  | 'skipped'
  /** Left out by `--steps`. */
  | 'not-selected';

export interface StepResult {
  readonly id: StepId;
  /** The node a per-node step ran on (cluster runs only). */
  readonly node?: string;
  readonly title: string;
  readonly dependsOn: readonly StepId[];
  readonly status: StepStatus;
  /** What the check found (before apply), info notes included. */
  readonly changes: readonly ChangeHead[];
  readonly error?: string;
  /** For `skipped`: the step that failed first down the dependency chain. */
  readonly cause?: StepId;
  /** Mutating host commands this step ran. */
  readonly mutations: number;
  /** Some change needs a reboot to take effect. */
  readonly reboot: boolean;
}

export interface RunOptions {
  readonly dryRun: boolean;
  /** Run only these steps (all when undefined). */
  readonly only?: ReadonlySet<StepId>;
  readonly onStep?: (result: StepResult) => void;
}

/** Steps sorted so that each comes after its dependencies (declaration order otherwise kept). */
export function orderSteps(steps: readonly AnySetupStep[]): AnySetupStep[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const out: AnySetupStep[] = [];
  const state = new Map<StepId, 'visiting' | 'done'>();
  const visit = (s: AnySetupStep, trail: StepId[]): void => {
    if (state.get(s.id) === 'done') return;
    if (state.get(s.id) === 'visiting')
      throw new Error(`setup steps depend on each other in a cycle: ${[...trail, s.id].join(' -> ')}`);
    state.set(s.id, 'visiting');
    for (const d of s.dependsOn) {
      const dep = byId.get(d);
      if (!dep) throw new Error(`setup step ${s.id} depends on unknown step ${d}`);
      visit(dep, [...trail, s.id]);
    }
    state.set(s.id, 'done');
    out.push(s);
  };
  for (const s of steps) visit(s, []);
  return out;
}

const BAD: ReadonlySet<StepStatus> = new Set(['failed', 'blocked', 'skipped']);

/** Where a step runs: a host (the connected node, or another through the hop) and its config. */
export interface StepTarget {
  /** Named in the results of per-node steps; undefined on a single host. */
  readonly node?: string;
  readonly host: SetupHost;
  readonly config: HostConfig;
}

/** The steps on one host (no node named in the results). */
export function runSteps(
  host: SetupHost,
  config: HostConfig,
  steps: readonly AnySetupStep[],
  options: RunOptions,
): Promise<StepResult[]> {
  const target = { host, config };
  return runStepsOn(target, [target], steps, options);
}

const onNode = (node: string | undefined): string => (node ? ` on node ${node}` : '');

/** The steps on a cluster: `cluster` steps once on `connected`, `node` steps on each of `nodes`. */
export async function runStepsOn(
  connected: StepTarget,
  nodes: readonly StepTarget[],
  steps: readonly AnySetupStep[],
  options: RunOptions,
): Promise<StepResult[]> {
  const results = new Map<string, StepResult>();
  const key = (id: StepId, node: string | undefined): string => `${id}@${node ?? ''}`;
  const byId = new Map(steps.map((s) => [s.id, s]));
  const out: StepResult[] = [];
  const finish = (r: StepResult): void => {
    results.set(key(r.id, r.node), r);
    out.push(r);
    options.onStep?.(r);
  };
  /** The results a unit of `step` on `node` waits on. */
  const depResults = (step: AnySetupStep, node: string | undefined): StepResult[] =>
    step.dependsOn
      .flatMap((d) => {
        const dep = byId.get(d);
        // A cluster step's one result names no node.
        if (dep?.scope === 'cluster') return [results.get(key(d, undefined))];
        return step.scope === 'node'
          ? [results.get(key(d, node))]
          : nodes.map((n) => results.get(key(d, n.node)));
      })
      .filter((r): r is StepResult => r !== undefined);
  for (const step of orderSteps(steps)) {
    const targets = step.scope === 'cluster' ? [connected] : nodes;
    for (const t of targets)
      await runUnit(step, t.host, t.config, step.scope === 'node' ? t.node : undefined);
  }
  return out;

  async function runUnit(
    step: AnySetupStep,
    host: SetupHost,
    config: HostConfig,
    node: string | undefined,
  ): Promise<void> {
    const base = { id: step.id, ...(node ? { node } : {}), title: step.title, dependsOn: step.dependsOn };
    if (options.only && !options.only.has(step.id)) {
      finish({ ...base, status: 'not-selected', changes: [], mutations: 0, reboot: false });
      return;
    }
    const badDep = depResults(step, node).find((r) => BAD.has(r.status));
    if (badDep) {
      const cause = badDep.status === 'skipped' ? (badDep.cause ?? badDep.id) : badDep.id;
      const causeStatus =
        [...results.values()].find((r) => r.id === cause && BAD.has(r.status))?.status ?? badDep.status;
      finish({
        ...base,
        status: 'skipped',
        cause,
        error: `skipped: it depends on ${badDep.id}${onNode(badDep.node !== node ? badDep.node : undefined)}${cause !== badDep.id ? `, which depends on ${cause}` : ''}, which ${causeStatus === 'blocked' ? 'was blocked' : 'failed'}`,
        changes: [],
        mutations: 0,
        reboot: false,
      });
      return;
    }
    const before = host.mutations;
    let changes: readonly ChangeHead[] = [];
    let checked: CheckedStep;
    const result = (status: StepStatus, error?: string): StepResult => ({
      ...base,
      status,
      error,
      changes,
      mutations: host.mutations - before,
      reboot: changes.some((c) => c.reboot),
    });
    try {
      checked = await step.check(host, config);
      changes = checked.found;
    } catch (err) {
      finish(result('failed', `check failed: ${getErrorMessage(err)}`));
      return;
    }
    const todo = actionable(changes);
    const blocked = todo.filter((c) => c.blocked);
    if (todo.length === 0) finish(result('unchanged'));
    else if (blocked.length > 0)
      finish(result('blocked', blocked.map((c) => `${c.target}: ${c.blocked}`).join('\n')));
    else if (options.dryRun) finish(result('planned'));
    else {
      try {
        await checked.apply();
        const left = actionable((await step.check(host, config)).found);
        if (left.length > 0)
          finish(
            result(
              'failed',
              `did not converge: still to change after apply: ${left.map((c) => `${c.target} (${c.summary})`).join('; ')}`,
            ),
          );
        else finish(result('changed'));
      } catch (err) {
        finish(result('failed', getErrorMessage(err)));
      }
    }
  }
}
