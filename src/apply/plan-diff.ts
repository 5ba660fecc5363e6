/**
 * What differs between the reviewed plan and the one made from the live host just now, in words
 * a reviewer can act on: guests only in one plan, guests whose action or steps differ (step by
 * step), and plan-level sections that differ. Pure.
 */
import { canonicalJson } from '../plan/canonical.js';
import type { GuestChange, Plan } from '../plan/types.js';
import { describeStep } from '../render/summary.js';

function steps(c: GuestChange): string[] {
  return c.steps.map(describeStep);
}

function stepDiff(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  const max = Math.max(a.length, b.length);
  for (let i = 0; i < max; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined && b[i] !== undefined)
      out.push(`step ${i + 1}: reviewed "${a[i]}", now "${b[i]}"`);
    else if (a[i] !== undefined) out.push(`step ${i + 1}: reviewed "${a[i]}", now gone`);
    else out.push(`step ${i + 1}: new "${b[i]}"`);
  }
  return out;
}

const SECTIONS = [
  'mode',
  'basis',
  'layers',
  'retained',
  'unmanaged',
  'hypervisor',
  'errors',
  'warnings',
] as const;

/** Lines describing how `fresh` differs from `reviewed` (empty when they are the same). */
export function diffPlans(reviewed: Plan, fresh: Plan, maxLines = 60): string[] {
  const lines: string[] = [];
  const a = new Map(reviewed.changes.map((c) => [c.address, c]));
  const b = new Map(fresh.changes.map((c) => [c.address, c]));
  for (const addr of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const r = a.get(addr);
    const f = b.get(addr);
    if (r && !f) lines.push(`- ${addr}: in the reviewed plan (${r.action}) but no longer planned`);
    else if (!r && f) lines.push(`+ ${addr}: newly planned (${f.action})`);
    else if (r && f && canonicalJson(r) !== canonicalJson(f)) {
      const head =
        r.action === f.action
          ? `~ ${addr} (${f.action})`
          : `~ ${addr}: reviewed ${r.action}, now ${f.action}`;
      const details = stepDiff(steps(r), steps(f));
      if (details.length === 0)
        details.push('same steps; their details (config values, hashes, order) differ');
      lines.push(head, ...details.map((d) => `    ${d}`));
    }
  }
  for (const s of SECTIONS) {
    if (canonicalJson(reviewed[s]) !== canonicalJson(fresh[s])) lines.push(`~ plan ${s} differ`);
  }
  if (lines.length > maxLines)
    return [...lines.slice(0, maxLines), `... and ${lines.length - maxLines} more lines`];
  return lines;
}
