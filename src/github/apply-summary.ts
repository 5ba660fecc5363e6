/**
 * The apply job summary (pure): a verdict line, what was applied against which reviewed plan, a
 * table of every guest's outcome and time (with the slowest step and the reason of a failure or
 * skip), and each guest's step timings in a collapsed section. Stays inside the 1 MiB summary
 * limit by dropping the step timings first, then table rows.
 */
import { seconds, testProblems, testsLine } from '../apply/report.js';
import type { ApplyResult, GuestReport } from '../apply/types.js';
import type { Plan } from '../plan/types.js';
import { escapeTableCell } from '../render/cell.js';
import { ACTION_WORD, countPlan, dataLossLines, headline } from '../render/summary.js';
import { budgetedTable, STEP_SUMMARY_LIMIT_BYTES, tableHeader, tableRow } from './summary.js';

/** What the apply action ended with (the `status` output). */
export type ApplyActionStatus =
  'applied' | 'failed' | 'no-changes' | 'plan-changed' | 'invalid' | 'unreviewed';

const VERDICT: Record<ApplyActionStatus, string> = {
  applied: ':white_check_mark: applied',
  'no-changes': ':heavy_minus_sign: nothing to apply',
  failed: ':x: failed',
  'plan-changed': ':no_entry: refused: the plan changed since review',
  invalid: ':x: refused: invalid config or plan',
  unreviewed: ':no_entry: refused: no reviewed plan',
};

const OUTCOME: Record<GuestReport['outcome'], string> = {
  succeeded: ':white_check_mark: succeeded',
  failed: ':x: failed',
  skipped: ':fast_forward: skipped',
};

export interface ApplySummaryInput {
  readonly status: ApplyActionStatus;
  readonly target: string;
  readonly sha?: string;
  /** One sentence on the reviewed plan (which PR, whether the hash matched), or why there is none. */
  readonly review: string;
  /** Why nothing was applied, when refused. */
  readonly message?: string;
  readonly plan?: Plan;
  readonly result?: ApplyResult;
  readonly commentUrl?: string;
  readonly budgetBytes?: number;
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

function slowest(g: GuestReport): string {
  const s = [...g.steps].sort((a, b) => b.ms - a.ms)[0];
  return s ? `${escapeTableCell(s.label)} (${seconds(s.ms)})` : '';
}

function guestRow(g: GuestReport): string[] {
  const note = g.outcome === 'succeeded' ? (g.warnings[0] ?? '') : (g.reason ?? '').split('\n')[0];
  return [
    `\`${g.address}\` ${escapeTableCell(g.name)}`,
    ACTION_WORD[g.action],
    OUTCOME[g.outcome],
    g.outcome === 'skipped' ? '-' : seconds(g.ms),
    g.outcome === 'skipped' ? '' : slowest(g),
    escapeTableCell(note.length > 300 ? `${note.slice(0, 297)}...` : note),
  ];
}

function stepDetails(guests: readonly GuestReport[]): string {
  const ran = guests.filter((g) => g.steps.length > 0);
  if (ran.length === 0) return '';
  const parts = ran.map((g) => {
    let t = `#### \`${g.address}\` ${escapeTableCell(g.name)}\n\n${tableHeader(['Step', 'Time', 'Note'])}`;
    for (const s of g.steps)
      t += tableRow([
        `${s.ok ? '' : ':x: '}${escapeTableCell(s.label)}`,
        seconds(s.ms),
        escapeTableCell(s.note ?? ''),
      ]);
    return t;
  });
  return `<details><summary>Step timings</summary>\n\n${parts.join('\n')}\n</details>\n`;
}

export function renderApplySummary(input: ApplySummaryInput): string {
  const budget = input.budgetBytes ?? STEP_SUMMARY_LIMIT_BYTES - 64 * 1024;
  const commit = input.sha ? `Commit \`${input.sha.slice(0, 7)}\` on` : 'Target';
  let out = `\n## Phoenix apply: ${VERDICT[input.status]}\n\n`;
  const facts: string[] = [`${commit} \`${escapeTableCell(input.target)}\`.`];
  if (input.plan) facts.push(`${headline(countPlan(input.plan))} Plan \`${input.plan.hash.slice(0, 12)}\`.`);
  facts.push(`Reviewed plan: ${input.review}`);
  if (input.commentUrl) facts.push(`Plan comment: [status updated](${input.commentUrl}).`);
  const r = input.result;
  if (r)
    facts.push(
      `${r.succeeded} succeeded, ${r.failed} failed, ${r.skipped} skipped in ${seconds(r.wallMs)} (wall time).`,
    );
  const tests = r && testsLine(r);
  if (tests) {
    const bad = testProblems(r);
    facts.push(tests + (bad.length ? ` ${bad.map((l) => escapeTableCell(l)).join('; ')}.` : ''));
  }
  out += facts.map((f) => `- ${f}`).join('\n') + '\n';
  const lost = input.plan ? dataLossLines(input.plan) : [];
  if (lost.length) {
    out += `\n**Data loss**: ${lost.length} volume${lost.length === 1 ? '' : 's'} destroyed with ${lost.length === 1 ? 'its' : 'their'} data, each after a vzdump backup:\n`;
    out += lost.map((l) => `- \`${l.address}\` ${escapeTableCell(l.text)}`).join('\n') + '\n';
  }
  if (input.message) out += `\n> [!CAUTION]\n> ${input.message.trim().split('\n').join('\n> ')}\n`;
  if (!r || r.guests.length === 0) return out;

  out += '\n';
  const rows = r.guests.map(guestRow);
  const table = budgetedTable(
    ['Guest', 'Action', 'Outcome', 'Time', 'Slowest step', 'Note'],
    rows,
    budget - byteLength(out),
    (n) =>
      `…and ${n} more guest${n === 1 ? '' : 's'} not shown (summary size limit); all are in the job log.`,
  );
  out += table;
  const details = stepDetails(r.guests);
  if (details && byteLength(out) + byteLength(details) + 1 <= budget) out += `\n${details}`;
  return out;
}
