/**
 * Markdown for the pull-request comment and the job summary: hidden header, the alert blocks
 * (markdown-alerts.ts), Terraform-like headline, table of changed guests (unchanged ones folded
 * away), per-guest details (markdown-guest.ts), a Mermaid graph with its legend. Pure. The body
 * always fits its byte budget: it degrades in steps (collapse details, drop unchanged rows, drop
 * details, shrink then drop the graph, truncate the table with a pointer to the full plan) and
 * never fails on size.
 */
import { driftSection } from './drift.js';
import { maskInlineSecrets } from '../config/secrets.js';
import type { Plan } from '../plan/types.js';
import { byteLength, COMMENT_BUDGET_BYTES, SUMMARY_BUDGET_BYTES, truncateText } from './budget.js';
import { escapeCell } from './cell.js';
import { planAlerts, renderAlerts } from './markdown-alerts.js';
import { details, fenced, lazyTexts, row, TABLE_HEAD, type LazyTexts } from './markdown-guest.js';
import { defaultStatus, planHeader, type PlanStatus } from './markdown-header.js';
import { MERMAID_LEGEND, MERMAID_NODES_LEGEND, renderMermaid, type MermaidGraph } from './mermaid.js';
import { showsNodes } from './nodes.js';
import { countPlan, hasChanges, headline, selectionLines, type PlanCounts } from './summary.js';

export { escapeCell } from './cell.js';
export {
  defaultStatus,
  parsePlanHeader,
  PLAN_HEADER_PREFIX,
  planHeader,
  type PlanHeader,
  type PlanStatus,
} from './markdown-header.js';

export interface MarkdownOptions {
  /** Head commit the plan was made for (goes in the hidden header). */
  readonly sha?: string;
  readonly status?: PlanStatus;
  /** Byte budget of the whole body (default: the comment budget). */
  readonly budgetBytes?: number;
  /** Where the full plan can be read when this body had to be shortened. */
  readonly fullPlanPointer?: string;
  readonly title?: string;
}

function basisLine(plan: Plan): string {
  const where = plan.meta.target ? ` of \`${escapeCell(plan.meta.target)}\`` : '';
  const when = plan.meta.readAt ? ` read ${escapeCell(plan.meta.readAt)}` : '';
  return plan.basis === 'config-diff' ? 'basis: base branch config' : `basis: live state${where}${when}`;
}

/** The unchanged guests' rows, folded away under a summary line. */
function foldedUnchanged(rows: readonly string[]): string[] {
  if (!rows.length) return [];
  const n = rows.length;
  return [
    `<details><summary>${n} unchanged guest${n === 1 ? '' : 's'}</summary>`,
    '',
    TABLE_HEAD,
    ...rows,
    '',
    '</details>',
    '',
  ];
}

interface Level {
  readonly details: 'full' | 'collapsed' | 'none';
  readonly unchangedRows: boolean;
  readonly graph: 'full' | 'small' | 'none';
  readonly truncate: boolean;
}

const LEVELS: readonly Level[] = [
  { details: 'full', unchangedRows: true, graph: 'full', truncate: false },
  { details: 'collapsed', unchangedRows: true, graph: 'full', truncate: false },
  { details: 'collapsed', unchangedRows: false, graph: 'full', truncate: false },
  { details: 'none', unchangedRows: false, graph: 'full', truncate: false },
  { details: 'none', unchangedRows: false, graph: 'small', truncate: false },
  { details: 'none', unchangedRows: false, graph: 'none', truncate: false },
  { details: 'none', unchangedRows: false, graph: 'none', truncate: true },
];

/** The plan as Markdown (PR comment), secrets written inline in commands masked. */
export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  return maskInlineSecrets(renderMarkdownUnmasked(plan, options));
}

function renderMarkdownUnmasked(plan: Plan, options: MarkdownOptions): string {
  const budget = options.budgetBytes ?? COMMENT_BUDGET_BYTES;
  const pointer = options.fullPlanPointer ?? 'the job summary and the `phoenix-plan` artifact';
  const counts: PlanCounts = countPlan(plan);
  const status = options.status ?? defaultStatus(plan);
  const changed = plan.changes.filter((c) => c.action !== 'no-op');
  const unchanged = plan.changes.filter((c) => c.action === 'no-op');

  const top: string[] = [
    planHeader({ hash: plan.hash, sha: options.sha ?? '', status }),
    `## ${options.title ?? 'Phoenix plan'}`,
    '',
  ];
  // The status line stays directly under the title (plan-comment-body.ts finds it there); then the
  // alerts: what stops, hurts or is left alone is read before anything else.
  if (!['planned', 'no-changes', 'errored'].includes(status)) top.push(`**Status: ${status}**`, '');
  top.push(...renderAlerts(planAlerts(plan)));
  if (plan.basis === 'config-diff') {
    top.push(
      '> [!NOTE]',
      "> No recorded state of the host was found, so this plan compares the config with the base branch's config, not with the host. The host may differ; apply plans again against the host itself.",
      '',
    );
  }
  top.push(`**${headline(counts)}**`, '');
  const selection = selectionLines(plan);
  if (selection.length) top.push(...selection.map((l) => `> ${l.replace(/\*/g, '\\*')}  `), '');
  top.push(...driftSection(plan));

  // Sections after the graph; none today (a renderer adding one puts it here).
  const tail: string[] = [];
  const footer = `<sub>Plan \`${plan.hash.slice(0, 12)}\` · ${basisLine(plan)} · ${plan.changes.length} guests · ${plan.layers.length} layer${plan.layers.length === 1 ? '' : 's'}</sub>`;

  // Table rows are made on demand: a big plan only ever shows the first few hundred, and whether
  // a level fits is decided as soon as the rows made so far exceed the budget.
  const nodes = showsNodes(plan);
  const rowsChanged = lazyTexts(changed, (c) => row(c, nodes));
  const rowsUnchanged = lazyTexts(unchanged, (c) => row(c, nodes));
  const detailCache = new Map<string, LazyTexts>();
  const detailTexts = (mode: 'full' | 'collapsed'): LazyTexts => {
    let d = detailCache.get(mode);
    if (!d) {
      const openWhenShort = changed.length <= 10;
      d = lazyTexts(changed, (c) => details(c, mode, openWhenShort, plan.cloneSources, nodes));
      detailCache.set(mode, d);
    }
    return d;
  };
  const graphCache = new Map<string, MermaidGraph | undefined>();
  const graphText = (size: 'full' | 'small'): string => {
    if (!graphCache.has(size)) {
      graphCache.set(
        size,
        renderMermaid(plan, size === 'small' ? { maxNodes: 40, maxEdges: 80, maxChars: 8_000 } : {}),
      );
    }
    const g = graphCache.get(size);
    if (!g) return '';
    const scope = g.changedOnly
      ? `Changed guests and what they are cloned from or depend on: ${g.drawn} of ${g.eligible} drawn, ${g.changedDrawn === g.changed ? `all ${g.changed} changed guests among them` : `${g.changedDrawn} of ${g.changed} changed guests (the rest in the table)`}.`
      : `All ${g.drawn} guests${g.drawn < g.eligible ? ` (${g.drawn} of ${g.eligible} drawn)` : ''}.`;
    const legend = g.byNode ? `${MERMAID_LEGEND} ${MERMAID_NODES_LEGEND}` : MERMAID_LEGEND;
    return ['### Graph', '', `${scope} ${legend}`, '', fenced('mermaid', g.source), ''].join('\n');
  };

  const fixed = [...top, ...tail, footer].join('\n');
  const fixedBytes = byteLength(fixed) + 64;

  for (let i = 0; i < LEVELS.length; i++) {
    const lv = LEVELS[i];
    const last = i === LEVELS.length - 1;
    const showTable = changed.length > 0 || lv.unchangedRows;
    let bytes = fixedBytes + (showTable ? byteLength(TABLE_HEAD) : 0);
    if (!last && showTable) {
      bytes += rowsChanged.bytes(budget - bytes);
      if (bytes > budget) continue;
    }
    if (!last && bytes > budget) continue;
    if (!last && lv.unchangedRows && unchanged.length) {
      bytes += byteLength(TABLE_HEAD) + 80; // the fold around them
      bytes += rowsUnchanged.bytes(budget - bytes);
      if (bytes > budget) continue;
    }
    const graph = lv.graph === 'none' ? '' : graphText(lv.graph);
    bytes += byteLength(graph);
    if (!last && bytes > budget) continue;
    const detailList = lv.details === 'none' ? undefined : detailTexts(lv.details);
    if (detailList && !last) bytes += detailList.bytes(budget - bytes);
    if (!last && bytes > budget) continue;
    const det = detailList ? detailList.all() : [];

    const body: string[] = [...top];
    const parts = lv.unchangedRows ? [rowsChanged, rowsUnchanged] : [rowsChanged];
    const total = parts.reduce((n, p) => n + p.length, 0);
    let rows: string[];
    let note = '';
    if (!lv.unchangedRows && unchanged.length)
      note = `${unchanged.length} guest${unchanged.length === 1 ? '' : 's'} unchanged.`;
    if (last) {
      // As many whole rows as fit (each counted with its newline), in order.
      let room = budget - fixedBytes - byteLength(TABLE_HEAD) - 400;
      rows = [];
      fill: for (const p of parts) {
        for (let k = 0; k < p.length; k++) {
          const r = p.at(k);
          room -= byteLength(r) + 1;
          if (room < 0) break fill;
          rows.push(r);
        }
      }
      if (rows.length < total) {
        note = `${total - rows.length} more changed guest${total - rows.length === 1 ? '' : 's'} not shown here: read ${pointer}.${note ? ` ${note}` : ''}`;
      }
    } else {
      rows = parts.flatMap((p) => p.all());
    }
    const shownChanged = rows.slice(0, rowsChanged.length);
    if (shownChanged.length) body.push(TABLE_HEAD, ...shownChanged, '');
    body.push(...foldedUnchanged(rows.slice(rowsChanged.length)));
    if (note) body.push(`_${note}_`, '');
    if (det.length) body.push('### Changes', '', ...det.flatMap((d) => [d, '']));
    if (graph) body.push(graph);
    if (i > 0 && hasChanges(counts)) body.push(`_Shortened to fit; the full plan is in ${pointer}._`, '');
    body.push(...tail, footer);
    const text = body.join('\n') + '\n';
    return last ? truncateText(text, budget, `\n_Truncated: read ${pointer}._`) : text;
  }
  /* c8 ignore next */
  return '';
}

/** The job summary: same content, with the summary's 1 MiB budget. */
/** The job summary, secrets written inline in commands masked. */
export function renderJobSummary(plan: Plan, options: MarkdownOptions = {}): string {
  return maskInlineSecrets(renderJobSummaryUnmasked(plan, options));
}

function renderJobSummaryUnmasked(plan: Plan, options: MarkdownOptions): string {
  return renderMarkdown(plan, {
    ...options,
    budgetBytes: options.budgetBytes ?? SUMMARY_BUDGET_BYTES,
    fullPlanPointer: options.fullPlanPointer ?? 'the `phoenix-plan` artifact',
  });
}
