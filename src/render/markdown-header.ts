/**
 * The hidden header of a plan comment (`<!-- phoenix-plan {...} -->`): plan hash, head commit,
 * status and the hash of the reviewed body, written and read back. Pure.
 */
import type { Plan } from '../plan/types.js';

export type PlanStatus =
  'planned' | 'no-changes' | 'errored' | 'applying' | 'applied' | 'failed' | 'plan-changed' | 'superseded';

export interface PlanHeader {
  readonly hash: string;
  readonly sha: string;
  readonly status: PlanStatus;
  /** sha256 of the comment's reviewed part (github/plan-comment-body.ts); absent in unsealed bodies. */
  readonly bodyHash?: string;
}

export const PLAN_HEADER_PREFIX = '<!-- phoenix-plan ';

export function defaultStatus(plan: Plan): PlanStatus {
  if (plan.errored) return 'errored';
  return plan.applyable ? 'planned' : 'no-changes';
}

/** `<!-- phoenix-plan {"hash":"..","sha":"..","status":".."} -->`; `<`/`>` escaped so it cannot close early. */
export function planHeader(h: PlanHeader): string {
  const fields = { hash: h.hash, sha: h.sha, status: h.status, ...(h.bodyHash ? { body: h.bodyHash } : {}) };
  const json = JSON.stringify(fields).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `${PLAN_HEADER_PREFIX}${json} -->`;
}

/** Read the hidden header from a comment body; undefined when absent or malformed. */
export function parsePlanHeader(body: string): PlanHeader | undefined {
  const start = body.indexOf(PLAN_HEADER_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    const v = JSON.parse(body.slice(start + PLAN_HEADER_PREFIX.length, end)) as Record<string, unknown>;
    if (typeof v.hash !== 'string' || typeof v.status !== 'string') return undefined;
    const header = {
      hash: v.hash,
      sha: typeof v.sha === 'string' ? v.sha : '',
      status: v.status as PlanStatus,
    };
    return typeof v.body === 'string' ? { ...header, bodyHash: v.body } : header;
  } catch {
    return undefined;
  }
}
