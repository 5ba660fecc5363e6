/**
 * Runs the setup steps in dependency order. Each step is checked (read-only); in a dry run that is
 * all. Otherwise a step with changes is applied, then checked again: anything still different
 * fails the step ("did not converge"). A step with a blocked change applies nothing. A step that
 * fails, is blocked or was skipped makes every step that depends on it skip, naming the cause;
 * independent steps still run.
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

export async function runSteps(
  host: SetupHost,
  config: HostConfig,
  steps: readonly AnySetupStep[],
  options: RunOptions,
): Promise<StepResult[]> {
  const results = new Map<StepId, StepResult>();
  const out: StepResult[] = [];
  const finish = (r: StepResult): void => {
    results.set(r.id, r);
    out.push(r);
    options.onStep?.(r);
  };
  for (const step of orderSteps(steps)) {
    const base = { id: step.id, title: step.title, dependsOn: step.dependsOn };
    if (options.only && !options.only.has(step.id)) {
      finish({ ...base, status: 'not-selected', changes: [], mutations: 0, reboot: false });
      continue;
    }
    const badDep = step.dependsOn.map((d) => results.get(d)).find((r) => r && BAD.has(r.status));
    if (badDep) {
      const cause = badDep.status === 'skipped' ? (badDep.cause ?? badDep.id) : badDep.id;
      const causeStatus = results.get(cause)?.status ?? badDep.status;
      finish({
        ...base,
        status: 'skipped',
        cause,
        error: `skipped: it depends on ${badDep.id}${cause !== badDep.id ? `, which depends on ${cause}` : ''}, which ${causeStatus === 'blocked' ? 'was blocked' : 'failed'}`,
        changes: [],
        mutations: 0,
        reboot: false,
      });
      continue;
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
      continue;
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
  return out;
}
