/**
 * Markdown for job summaries. Pure: builds strings; runner-files.ts appends them to the summary.
 * The table helpers and the byte budget are shared by every action (plan and apply summaries too).
 */
import { escapeTableCell } from '../render/cell.js';
import type { Annotation } from './annotations.js';

/** GitHub refuses a step summary larger than 1 MiB. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub shows at most this many error (and, separately, warning) annotations per step. */
export const ANNOTATIONS_SHOWN_PER_STEP = 10;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

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
  const budget = (input.budgetBytes ?? STEP_SUMMARY_LIMIT_BYTES - 64 * 1024) - byteLength(out) - 1;
  out += '\n';
  out += budgetedTable(
    ['Severity', 'Location', 'Rule', 'Message'],
    rows,
    budget,
    (n) => `…and ${plural(n, 'more finding')} not shown here (summary size limit); all are in the job log.`,
  );
  return out;
}
