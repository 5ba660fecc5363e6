/**
 * Settings changed outside Phoenix (drift, plan/last-applied.ts), as every renderer lists them
 * in a section of their own: plan text, PR comment, drift issue, JSON summary.
 */
import { isDriftDiff } from '../plan/last-applied.js';
import type { FieldDiff, Plan } from '../plan/types.js';
import { escapeCell } from './cell.js';

export interface DriftLine {
  readonly address: string;
  /** `memory: 1234 on the host, the config (and last apply) says 2048`. */
  readonly text: string;
}

/** The marker a drifted field diff carries in the plan text and the PR comment. */
export function driftTag(d: FieldDiff): string | undefined {
  if (d.origin === 'outside') return 'changed outside Phoenix';
  if (d.origin === 'both') return 'changed outside Phoenix and in the config';
  return undefined;
}

export function driftLines(plan: Pick<Plan, 'changes'>): DriftLine[] {
  const out: DriftLine[] = [];
  for (const c of plan.changes) {
    for (const d of c.diffs) {
      if (!isDriftDiff(d)) continue;
      const host = d.from === undefined ? 'unset on the host' : `${d.from} on the host`;
      const want = d.to === undefined ? 'unset' : d.to;
      const says = d.origin === 'both' ? `the config now says ${want}` : `the config says ${want}`;
      out.push({ address: c.address, text: `${d.key}: ${host}, ${says}` });
    }
  }
  return out;
}

/** The PR comment's (and drift issue's) section of settings changed outside Phoenix; empty when none. */
export function driftSection(plan: Pick<Plan, 'changes'>, max = 40): string[] {
  const drifted = driftLines(plan);
  if (!drifted.length) return [];
  const n = drifted.length;
  const them = n === 1 ? 'it' : 'them';
  return [
    '### Changed outside Phoenix (drift)',
    '',
    `${n} setting${n === 1 ? ' was' : 's were'} changed on the host, not in the config; apply sets ${them} back (or change the config to keep ${them}):`,
    '',
    ...drifted.slice(0, max).map((l) => `- \`${l.address}\` ${escapeCell(l.text)}`),
    ...(n > max ? [`- ... and ${n - max} more`] : []),
    '',
  ];
}
