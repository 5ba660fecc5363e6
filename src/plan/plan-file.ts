/**
 * The plan file: the Plan as JSON (keys sorted, two-space indent), its hash, and reading it back
 * with a version check. The hash is sha256 over the canonical form of everything except `hash`
 * itself, `meta` (where and when the plan was made) and `warnings` (notes such as "guest is
 * locked" that come and go), so apply can prove it executes the plan that was reviewed however
 * the live state was obtained. `summary` (counts added by the JSON renderer, src/render/json.ts)
 * is derived from `changes` and left out too, and dropped when a plan file is read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { maskSecretsDeep } from '../config/secrets.js';
import { UserError } from '../util/errors.js';
import { canonicalSha256, sortedJson } from './canonical.js';
import { PLAN_VERSION, type Plan } from './types.js';

/** Fields left out of the hash. */
export const VOLATILE_PLAN_FIELDS = ['hash', 'meta', 'warnings', 'summary'] as const;

/**
 * Over the masked form (config/secrets.ts `maskSecretsDeep`), the one the plan file holds, so a
 * written plan verifies although a token inside a health-check command is printed as `***`.
 * Apply executes its fresh plan, never the file's commands, so masking loses nothing.
 */
export function computePlanHash(plan: Omit<Plan, 'hash'> | Plan): string {
  const rest: Record<string, unknown> = { ...maskSecretsDeep(plan) };
  for (const f of VOLATILE_PLAN_FIELDS) delete rest[f];
  return canonicalSha256(rest);
}

export function withHash(plan: Omit<Plan, 'hash'>): Plan {
  return { ...plan, hash: computePlanHash(plan) };
}

/** True when the plan's stored hash matches its content. */
export function verifyPlanHash(plan: Plan): boolean {
  return plan.hash === computePlanHash(plan);
}

export function serializePlan(plan: Plan): string {
  return sortedJson(maskSecretsDeep(plan), 2) + '\n';
}

/** Parse a plan file's text; `source` names it in error messages. Checks version and hash. */
export function parsePlan(text: string, source = 'plan'): Plan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${source}: not a plan file (invalid JSON: ${(err as Error).message})`, 2);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${source}: not a plan file (expected a JSON object)`, 2);
  }
  const v = value as Record<string, unknown>;
  if (v.version !== PLAN_VERSION) {
    throw new UserError(
      `${source}: plan file version ${JSON.stringify(v.version)} is not supported (this Phoenix reads version ${PLAN_VERSION})`,
      2,
    );
  }
  if (!Array.isArray(v.changes) || !Array.isArray(v.layers) || typeof v.hash !== 'string') {
    throw new UserError(`${source}: not a plan file (changes, layers or hash missing)`, 2);
  }
  delete v.summary;
  const plan = value as Plan;
  if (!verifyPlanHash(plan)) {
    throw new UserError(
      `${source}: the plan's content does not match its hash ${plan.hash} (edited after planning?)`,
      1,
    );
  }
  return plan;
}

export async function readPlanFile(path: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(
      `cannot read plan file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      2,
    );
  }
  return parsePlan(text, path);
}

export async function writePlanFile(path: string, plan: Plan): Promise<void> {
  try {
    await writeFile(path, serializePlan(plan));
  } catch (err) {
    throw new UserError(
      `cannot write plan file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      2,
    );
  }
}
