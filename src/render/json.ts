/**
 * The JSON plan as `phoenix plan --format json` prints it and `plan --out` writes it: the plan
 * file (src/plan/plan-file.ts) plus `summary`, the counts per action and the one-line headline.
 * `summary` is derived from `changes`, so it is left out of the hash (VOLATILE_PLAN_FIELDS):
 * the same plan has the same hash with or without it, and apply --plan reads either.
 */
import { sortedJson } from '../plan/canonical.js';
import type { Plan, PlanAction } from '../plan/types.js';
import { driftLines } from './drift.js';
import { countPlan, headline, type PlanCounts } from './summary.js';

export interface PlanSummary extends PlanCounts {
  /** Guests per action, every action listed (0 when none). */
  readonly actions: Readonly<Record<PlanAction, number>>;
  /** `Plan: 2 to create, 1 to change, 0 to destroy.` (or the failure / no-changes line). */
  readonly text: string;
  /** Settings changed outside Phoenix (field diffs with an `origin`, plan/last-applied.ts). */
  readonly drift: number;
}

export function planSummary(plan: Plan): PlanSummary {
  const actions: Record<PlanAction, number> = {
    create: 0,
    clone: 0,
    update: 0,
    replace: 0,
    delete: 0,
    'no-op': 0,
  };
  for (const c of plan.changes) actions[c.action]++;
  const counts = countPlan(plan);
  const head = headline(counts);
  const text = plan.errored
    ? `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`
    : head;
  return { ...counts, actions, drift: driftLines(plan).length, text };
}

export function renderPlanJson(plan: Plan): string {
  return sortedJson({ ...plan, summary: planSummary(plan) }, 2) + '\n';
}
