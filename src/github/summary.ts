/**
 * Markdown for job summaries and the one byte budget of a step's summary. The renderers are pure;
 * `writeStepSummary` is the single place every action (validate, plan, apply, drift, setup) appends
 * through: it measures what GITHUB_STEP_SUMMARY already holds and gives the writer what is left, so
 * several writers in one step (validate then plan, validate then drift) share one budget.
 */
import { statSync } from 'node:fs';
import { escapeTableCell } from '../render/cell.js';
import { SUMMARY_BUDGET_BYTES, truncateText } from '../render/budget.js';
import type { Annotation } from './annotations.js';
import { appendStepSummary, type RunnerEnv } from './runner-files.js';

/** GitHub refuses a step summary larger than 1 MiB. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub shows at most this many error (and, separately, warning) annotations per step. */
export const ANNOTATIONS_SHOWN_PER_STEP = 10;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** What all writers of one step may put in its summary together (under the 1 MiB limit). */
export const STEP_SUMMARY_BUDGET_BYTES = SUMMARY_BUDGET_BYTES;

/** Bytes this step's summary already holds (0 outside Actions or before the first write). */
export function stepSummaryUsed(env: RunnerEnv): number {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) return 0;
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The bytes a writer may use: the step's budget minus what the summary holds, minus `leaveBytes`
 * kept for the writers that follow in the same step (never below zero).
 */
export function summaryRoom(usedBytes: number, leaveBytes = 0): number {
  return Math.max(0, STEP_SUMMARY_BUDGET_BYTES - usedBytes - leaveBytes);
}

/** Options of one write into the step's summary. */
export interface SummaryShare {
  /** Bytes to keep free for the writers after this one in the same step (e.g. validate before plan). */
  readonly leaveBytes?: number;
}

const CUT_MARKER = '\n_Summary shortened to stay within the step summary size limit; see the job log._\n';

/**
 * Appends `render(budget)` to the step's summary, where `budget` is what this step has left. The
 * renderer degrades on its own; a text still over the budget is cut on a line boundary, so the
 * step's summary never grows past its budget and GitHub never drops it. Returns false outside Actions.
 */
export function writeStepSummary(
  env: RunnerEnv,
  render: (budgetBytes: number) => string,
  share: SummaryShare = {},
): boolean {
  if (!env.GITHUB_STEP_SUMMARY) return false;
  const room = summaryRoom(stepSummaryUsed(env), share.leaveBytes);
  // One byte for the newline appendStepSummary may add.
  const budget = Math.max(0, room - 1);
  const text = render(budget);
  return appendStepSummary(env, byteLength(text) <= budget ? text : truncateText(text, budget, CUT_MARKER));
}

export function tableHeader(headers: readonly string[]): string {
  return `| ${headers.join(' | ')} |\n|${headers.map(() => ' --- |').join('')}\n`;
}

/** One row; cells must already be escaped (they may hold links or code spans). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

/**
 * Header plus as many rows as fit in `budgetBytes`; when rows are left out, a last line says how
 * many (`omittedNote(n)`). Never exceeds the budget unless the header alone does.
 */
export function budgetedTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  budgetBytes: number,
  omittedNote: (omitted: number) => string,
): string {
  let out = tableHeader(headers);
  let used = byteLength(out);
  for (let i = 0; i < rows.length; i++) {
    const row = tableRow(rows[i]);
    const size = byteLength(row);
    const remaining = rows.length - i - 1;
    const reserve = remaining > 0 ? byteLength(`\n${omittedNote(rows.length)}\n`) : 0;
    if (used + size + reserve > budgetBytes) {
      return `${out}\n${omittedNote(rows.length - i)}\n`;
    }
    out += row;
    used += size;
  }
  return out;
}

/** Where a file can be viewed on GitHub, when the run tells us the repository and commit. */
export interface SourceLinks {
  readonly serverUrl: string;
  readonly repository?: string;
  readonly sha?: string;
}

export function blobUrl(links: SourceLinks, file: string, line?: number): string | undefined {
  if (!links.repository || !links.sha || file.startsWith('/')) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}${line ? `#L${line}` : ''}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface ValidationSummaryInput {
  readonly configDir: string;
  readonly guests: number;
  readonly errors: number;
  readonly warnings: number;
  /** Findings as annotated (paths relative to the repository root, rule id in `title`). */
  readonly findings: readonly Annotation[];
  readonly links: SourceLinks;
  readonly budgetBytes?: number;
}

function locationCell(a: Annotation, links: SourceLinks): string {
  if (!a.file) return '';
  const label = escapeTableCell(`${a.file}:${a.line ?? 1}:${a.col ?? 1}`).replace(/[[\]]/g, '\\$&');
  const url = blobUrl(links, a.file, a.line);
  return url ? `[${label}](${url})` : label;
}

export function renderValidationSummary(input: ValidationSummaryInput): string {
  const { errors, warnings, findings } = input;
  const verdict =
    errors > 0
      ? `:x: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
      : warnings > 0
        ? `:warning: ${plural(warnings, 'warning')}, no errors`
        : ':white_check_mark: no problems found';
  const at = input.links.sha ? ` at \`${input.links.sha.slice(0, 7)}\`` : '';
  let out = `## Phoenix validate: ${verdict}\n\n`;
  out += `Checked \`${escapeTableCell(input.configDir)}\` (${plural(input.guests, 'guest')})${at}.\n`;
  if (findings.length === 0) return out;

  if (errors > ANNOTATIONS_SHOWN_PER_STEP || warnings > ANNOTATIONS_SHOWN_PER_STEP) {
    out +=
      `\nGitHub shows only the first ${ANNOTATIONS_SHOWN_PER_STEP} errors and ` +
      `${ANNOTATIONS_SHOWN_PER_STEP} warnings of a step as annotations; this table lists every finding.\n`;
  }
  const rows = findings.map((a) => [
    a.level === 'error' ? ':x: error' : a.level === 'warning' ? ':warning: warning' : 'notice',
    locationCell(a, input.links),
    a.title ? `\`${escapeTableCell(a.title)}\`` : '',
    escapeTableCell(a.message),
  ]);
  const budget = input.budgetBytes ?? STEP_SUMMARY_LIMIT_BYTES - 64 * 1024;
  const headers = ['Severity', 'Location', 'Rule', 'Message'];
  const omitted = (n: number): string =>
    `…and ${plural(n, 'more finding')} not shown here (summary size limit); all are in the job log.`;
  // Degrades like the PR comment: every finding, then as many of the first ones as fit (at least
  // one), then the counts alone (the verdict line above always carries them).
  const room = budget - byteLength(out);
  const full = `\n${budgetedTable(headers, rows, Number.MAX_SAFE_INTEGER, omitted)}`;
  if (byteLength(full) <= room) return out + full;
  const first = budgetedTable(headers, rows, room - 1, omitted);
  if (byteLength(first) < room && !first.includes(omitted(rows.length))) return `${out}\n${first}`;
  const text = `\nThe ${plural(findings.length, 'finding')} are not listed here (summary size limit); all are in the job log and annotations.\n`;
  return out + text;
}
