/**
 * The setup report as Markdown (job summary), text (terminal) and JSON, in the plan renderer's
 * visual style: a bold headline, a table of steps, a collapsible block per step with `diff`
 * fences, GitHub alerts for blocked or failed steps and pending reboots. Pure. Only a change's
 * head (`ChangeHead`) is rendered, never its payload (`data`, which may hold secrets).
 */
import { byteLength, firstThatFits, SUMMARY_BUDGET_BYTES, truncateText } from '../render/budget.js';
import { escapeCell } from '../render/markdown.js';
import type { StepResult, StepStatus } from './runner.js';
import type { ChangeHead, ChangeKind } from './types.js';

export interface SetupReport {
  readonly target: string;
  readonly dryRun: boolean;
  readonly steps: readonly StepResult[];
  /** Full ids of API tokens created in this run (their secrets are not part of the report). */
  readonly tokens: readonly string[];
}

export interface ReportCounts {
  readonly changed: number;
  readonly unchanged: number;
  readonly problems: number;
  readonly skipped: number;
  readonly mutations: number;
  readonly reboot: boolean;
}

export function countReport(r: SetupReport): ReportCounts {
  const n = (s: StepStatus[]): number => r.steps.filter((x) => s.includes(x.status)).length;
  return {
    changed: n(['planned', 'changed']),
    unchanged: n(['unchanged']),
    problems: n(['failed', 'blocked']),
    skipped: n(['skipped']),
    mutations: r.steps.reduce((a, s) => a + s.mutations, 0),
    reboot: r.steps.some(
      (s) =>
        s.reboot &&
        (s.status === 'changed' || s.status === 'planned' || s.changes.some((c) => c.info && c.reboot)),
    ),
  };
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

export function headline(r: SetupReport): string {
  const c = countReport(r);
  const verb = r.dryRun ? 'would change the host' : 'changed the host';
  const parts = [`${plural(c.changed, 'step')} ${verb}`, `${c.unchanged} unchanged`];
  if (c.problems) parts.push(`${c.problems} blocked or failed`);
  if (c.skipped) parts.push(`${c.skipped} skipped`);
  return parts.join(', ') + (c.reboot ? '; a reboot is needed' : '');
}

const STATUS_TEXT: Record<StepStatus, string> = {
  unchanged: 'unchanged',
  planned: 'would change',
  changed: 'changed',
  blocked: 'BLOCKED',
  failed: 'FAILED',
  skipped: 'skipped',
  'not-selected': 'not selected',
};

const STATUS_MD: Record<StepStatus, string> = {
  unchanged: ':white_check_mark: unchanged',
  planned: ':pencil2: would change',
  changed: ':hammer_and_wrench: changed',
  blocked: ':no_entry: blocked',
  failed: ':x: failed',
  skipped: ':fast_forward: skipped',
  'not-selected': 'not selected',
};

const SYMBOL: Record<ChangeKind, string> = { create: '+', update: '~', delete: '-', run: '>' };

function changeLine(c: ChangeHead): string {
  const tags = [c.blocked ? 'BLOCKED' : '', c.destructive ? 'DESTROYS DATA' : '', c.reboot ? 'reboot' : '']
    .filter(Boolean)
    .join(', ');
  return `${c.info ? '!' : SYMBOL[c.kind]} ${c.summary}${tags ? ` [${tags}]` : ''}`;
}

function fenced(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** A step's name in the report: `network@pve2` for a per-node step of a cluster run. */
const label = (s: StepResult): string => (s.node ? `${s.id}@${s.node}` : s.id);

function stepDetails(s: StepResult, withDiffs: boolean): string {
  const parts = [
    `<details><summary><b>${label(s)}</b>: ${escapeCell(s.title)} (${s.changes.length})</summary>`,
    '',
  ];
  if (s.error) parts.push(`> ${escapeCell(s.error).replace(/<br>/g, ' ')}`, '');
  for (const c of s.changes) {
    parts.push(
      `- \`${c.info ? '!' : SYMBOL[c.kind]}\` ${escapeCell(c.summary)}${c.blocked ? ` **blocked:** ${escapeCell(c.blocked)}` : ''}${c.destructive ? ' **destroys data**' : ''}${c.reboot ? ' _(reboot)_' : ''}`,
    );
    if (withDiffs && c.diff && c.diff.length > 0) parts.push('', fenced('diff', c.diff.join('\n')), '');
  }
  parts.push('', '</details>');
  return parts.join('\n');
}

/** Markdown for the job summary, within `budgetBytes` (default: the summary budget). */
export function renderSetupMarkdown(r: SetupReport, budgetBytes = SUMMARY_BUDGET_BYTES): string {
  const counts = countReport(r);
  const top = [
    `## Phoenix setup-hypervisor${r.dryRun ? ' (dry run)' : ''}`,
    '',
    `**${headline(r)}**`,
    '',
    `Target: \`${escapeCell(r.target)}\`${r.dryRun ? ' · nothing was changed: only read-only commands ran' : ` · ${plural(counts.mutations, 'mutating command')}`}`,
    '',
  ];
  const bad = r.steps.filter((s) => s.status === 'failed' || s.status === 'blocked');
  if (bad.length > 0)
    top.push(
      '> [!CAUTION]',
      '> **Not done:**',
      '>',
      ...bad.map(
        (s) => `> - \`${label(s)}\` ${s.status}: ${escapeCell(s.error ?? '').replace(/<br>/g, '; ')}`,
      ),
      '',
    );
  if (counts.reboot)
    top.push(
      '> [!WARNING]',
      '> A reboot is needed for some changes to take effect (kernel command line, modules or the NVIDIA driver).',
      '',
    );
  if (r.tokens.length > 0)
    top.push(
      `API tokens created: ${r.tokens.map((t) => `\`${escapeCell(t)}\``).join(', ')} (secrets are in the masked output \`api-tokens\`).`,
      '',
    );
  const table = [
    '| Step | Status | Changes | Depends on |',
    '|---|---|---|---|',
    ...r.steps.map(
      (s) =>
        `| \`${label(s)}\` ${escapeCell(s.title)} | ${STATUS_MD[s.status]} | ${s.changes.filter((c) => !c.info).length || ''} | ${s.dependsOn.join(', ')} |`,
    ),
    '',
  ];
  const shown = r.steps.filter((s) => s.changes.length > 0 || s.error);
  const render = (level: number): string => {
    const details = level < 2 ? shown.map((s) => stepDetails(s, level === 0)) : [];
    return [...top, ...table, ...(details.length ? ['### Steps', '', ...details, ''] : [])].join('\n');
  };
  const { text } = firstThatFits(3, budgetBytes, render);
  return byteLength(text) <= budgetBytes
    ? text
    : truncateText(text, budgetBytes, '... (cut to fit the summary; the full report is in the job log)');
}

/** Plain text for terminals. */
export function renderSetupText(r: SetupReport): string {
  const width = Math.max(...r.steps.map((s) => label(s).length));
  const lines = [`phoenix setup-hypervisor${r.dryRun ? ' (dry run)' : ''} on ${r.target}`, ''];
  for (const s of r.steps) {
    if (s.status === 'not-selected') continue;
    lines.push(
      `${label(s).padEnd(width)}  ${STATUS_TEXT[s.status]}${s.changes.length ? ` (${s.changes.length})` : ''}  ${s.title}`,
    );
    for (const c of s.changes) {
      lines.push(`    ${changeLine(c)}`);
      if (c.blocked) lines.push(`      blocked: ${c.blocked}`);
      for (const d of c.diff ?? []) lines.push(`      ${d}`);
    }
    if (s.error && s.status !== 'blocked') lines.push(`    ${s.error.replace(/\n/g, '\n    ')}`);
  }
  lines.push('', `${headline(r)}.`);
  if (r.tokens.length) lines.push(`API tokens created: ${r.tokens.join(', ')}.`);
  return lines.join('\n') + '\n';
}

/**
 * The fields of a change the JSON report shows, in a fixed order. Copied one by one, so that a
 * payload (`data`) the change object still carries never reaches the output.
 */
function reportedChange(c: ChangeHead): ChangeHead {
  return {
    kind: c.kind,
    target: c.target,
    summary: c.summary,
    diff: c.diff,
    blocked: c.blocked,
    destructive: c.destructive,
    info: c.info,
    reboot: c.reboot,
  };
}

/** JSON (no change payloads, so no secrets). */
export function renderSetupJson(r: SetupReport): string {
  return (
    JSON.stringify(
      {
        target: r.target,
        dryRun: r.dryRun,
        summary: { headline: headline(r), ...countReport(r) },
        tokens: r.tokens,
        steps: r.steps.map((s) => ({
          id: s.id,
          ...(s.node ? { node: s.node } : {}),
          title: s.title,
          status: s.status,
          dependsOn: s.dependsOn,
          error: s.error,
          cause: s.cause,
          mutations: s.mutations,
          reboot: s.reboot,
          changes: s.changes.map(reportedChange),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
