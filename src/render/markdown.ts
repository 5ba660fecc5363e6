/**
 * Markdown for the pull-request comment and the job summary: hidden header, Terraform-like
 * headline, table of changed guests, per-guest details with field diffs, a Mermaid graph, and the
 * guests left alone. Pure. The body always fits its byte budget: it degrades in steps (collapse
 * details, drop unchanged rows, drop details, shrink then drop the graph, truncate the table with a
 * pointer to the full plan) and never fails on size.
 */
import { driftSection, driftTag } from './drift.js';
import { maskInlineSecrets } from '../config/secrets.js';
import { displayValue } from '../plan/config-diff.js';
import type { GuestChange, Plan } from '../plan/types.js';
import { byteLength, COMMENT_BUDGET_BYTES, SUMMARY_BUDGET_BYTES, truncateText } from './budget.js';
import { escapeCell } from './cell.js';
import { renderMermaid, type MermaidGraph } from './mermaid.js';
import {
  ACTION_SYMBOL,
  countPlan,
  dataLossLines,
  describeAction,
  describeStep,
  describeWork,
  hasChanges,
  headline,
  selectionLines,
  label,
  type PlanCounts,
} from './summary.js';

export { escapeCell } from './cell.js';

export type PlanStatus =
  'planned' | 'no-changes' | 'errored' | 'applying' | 'applied' | 'failed' | 'plan-changed' | 'superseded';

export interface PlanHeader {
  readonly hash: string;
  readonly sha: string;
  readonly status: PlanStatus;
  /** sha256 of the comment's reviewed part (github/plan-comment-body.ts); absent in unsealed bodies. */
  readonly bodyHash?: string;
}

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

/** A fenced block whose fence is longer than any backtick run inside. */
function fenced(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

function diffLines(c: GuestChange): string[] {
  const lines: string[] = [];
  const create = c.steps.find((s) => s.op === 'create');
  if (create?.op === 'create' && !c.diffs.length) {
    for (const [k, v] of Object.entries(create.config)) {
      if (k !== 'description' && k !== 'tags') lines.push(`+ ${k}: ${displayValue(c.kind, k, v)}`);
    }
    for (const l of create.lxcRaw) lines.push(`+ ${l}`);
    return lines;
  }
  for (const d of c.diffs) {
    const drift = driftTag(d);
    const remarks = [
      ...(d.effect === 'live' ? [] : [d.effect]),
      ...(d.note ? [d.note] : []),
      ...(drift ? [drift] : []),
    ];
    const tag = remarks.length ? `  # ${remarks.join(', ')}` : '';
    if (d.from !== undefined) lines.push(`- ${d.key}: ${d.from}${d.to === undefined ? tag : ''}`);
    if (d.to !== undefined) lines.push(`+ ${d.key}: ${d.to}${tag}`);
  }
  return lines;
}

const SHORT_DETAILS_LINES = 12;
const COLLAPSED_DIFF_LINES = 24;

function details(c: GuestChange, mode: 'full' | 'collapsed', openWhenShort: boolean): string {
  const all = diffLines(c);
  const lines =
    mode === 'collapsed' && all.length > COLLAPSED_DIFF_LINES
      ? [
          ...all.slice(0, COLLAPSED_DIFF_LINES),
          `# ... ${all.length - COLLAPSED_DIFF_LINES} more lines in the plan artifact`,
        ]
      : all;
  const open =
    mode === 'full' && openWhenShort && lines.length + c.steps.length <= SHORT_DETAILS_LINES ? ' open' : '';
  const parts = [
    `<details${open}><summary><code>${ACTION_SYMBOL[c.action].trim() || '='}</code> <b>${label(c)}</b> ${escapeCell(c.name)}: ${escapeCell(describeAction(c))}</summary>`,
    '',
  ];
  if (c.reasons.length) parts.push(`Why: ${escapeCell(c.reasons.join('; '))}`, '');
  if (lines.length) parts.push(fenced('diff', lines.join('\n')), '');
  if (mode === 'full' && c.steps.length) {
    parts.push(`Steps: ${c.steps.map((s) => escapeCell(describeStep(s))).join(' → ')}`, '');
  }
  parts.push('</details>');
  return parts.join('\n');
}

/** Texts (table rows, details) of `changes`, each made when first asked for. */
interface LazyTexts {
  readonly length: number;
  at(i: number): string;
  all(): string[];
  /** Bytes of all texts with their newlines; stops counting (and making texts) once past `limit`. */
  bytes(limit: number): number;
}

function lazyTexts(changes: readonly GuestChange[], make: (c: GuestChange) => string): LazyTexts {
  const made: string[] = [];
  let counted = 0;
  let total = 0;
  const at = (i: number): string => {
    while (made.length <= i) made.push(make(changes[made.length]));
    return made[i];
  };
  return {
    length: changes.length,
    at,
    all: () => (changes.length ? (at(changes.length - 1), made) : made),
    bytes(limit) {
      while (counted < changes.length && total <= limit) total += byteLength(at(counted++)) + 1;
      return total;
    },
  };
}

function row(c: GuestChange): string {
  const symbol = ACTION_SYMBOL[c.action].trim();
  const order = c.layer === undefined ? '' : String(c.layer + 1);
  return `| ${symbol ? `\`${symbol}\`` : ''} | ${label(c)} | ${escapeCell(c.name)} | ${escapeCell(describeAction(c))} | ${escapeCell(describeWork(c))} | ${order} |`;
}

const TABLE_HEAD = '| | Guest | Name | Action | What runs | Order |\n|---|---|---|---|---|---|';

function listLine(title: string, items: readonly string[], max = 40): string {
  const shown = items.slice(0, max).join(', ');
  return `- ${title} (${items.length}): ${shown}${items.length > max ? `, and ${items.length - max} more` : ''}`;
}

function messagesBlock(
  kind: 'CAUTION' | 'WARNING',
  title: string,
  messages: readonly { address?: string; message: string }[],
  max: number,
): string {
  const lines = messages
    .slice(0, max)
    .map((m) => `> - ${m.address ? `\`${m.address}\`: ` : ''}${escapeCell(m.message)}`);
  if (messages.length > max) lines.push(`> - ... and ${messages.length - max} more (see the plan artifact)`);
  return [`> [!${kind}]`, `> **${title}**`, '>', ...lines].join('\n');
}

function basisLine(plan: Plan): string {
  const where = plan.meta.target ? ` of \`${escapeCell(plan.meta.target)}\`` : '';
  const when = plan.meta.readAt ? ` read ${escapeCell(plan.meta.readAt)}` : '';
  return plan.basis === 'config-diff' ? 'basis: base branch config' : `basis: live state${where}${when}`;
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

/** Render a plan as Markdown within `options.budgetBytes` (default: the PR comment budget). */
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
  if (plan.basis === 'config-diff') {
    top.push(
      '> [!NOTE]',
      "> No recorded state of the host was found, so this plan compares the config with the base branch's config, not with the host. The host may differ; apply plans again against the host itself.",
      '',
    );
  }
  if (!['planned', 'no-changes', 'errored'].includes(status)) top.push(`**Status: ${status}**`, '');
  top.push(`**${headline(counts)}**`, '');
  const selection = selectionLines(plan);
  if (selection.length) top.push(...selection.map((l) => `> ${l.replace(/\*/g, '\\*')}  `), '');
  const lost = dataLossLines(plan);
  if (lost.length) {
    // Never cut by the size budget: reviewers must see every volume whose data goes.
    top.push(
      '> [!CAUTION]',
      `> **Data loss**: ${lost.length} volume${lost.length === 1 ? '' : 's'} deleted with ${lost.length === 1 ? 'its' : 'their'} data:`,
      ...lost.map((l) => `> - \`${l.address}\` ${escapeCell(l.text)}`),
      '',
    );
  }
  top.push(...driftSection(plan));
  if (plan.errors.length)
    top.push(messagesBlock('CAUTION', 'This plan cannot be applied:', plan.errors, 30), '');
  if (plan.warnings.length) top.push(messagesBlock('WARNING', 'Warnings', plan.warnings, 10), '');

  const tail: string[] = [];
  if (plan.hypervisor.length) {
    tail.push(
      '### Host differences',
      '',
      ...plan.hypervisor
        .slice(0, 30)
        .map(
          (h) =>
            `- ${escapeCell(h.message)} (used by ${h.usedBy.slice(0, 8).join(', ')}${h.usedBy.length > 8 ? ', ...' : ''})`,
        ),
    );
    if (plan.hypervisor.length > 30) tail.push(`- ... and ${plan.hypervisor.length - 30} more`);
    tail.push('');
  }
  if (plan.retained.length || plan.unmanaged.length) {
    tail.push('### Left alone', '');
    if (plan.retained.length) {
      tail.push(
        listLine(
          'Managed guests kept after leaving the config',
          plan.retained.map((r) => `${label(r)} ${escapeCell(r.name)} (${escapeCell(r.reason)})`),
          20,
        ),
      );
    }
    if (plan.unmanaged.length) {
      tail.push(
        listLine(
          'Guests Phoenix does not manage',
          plan.unmanaged.map((u) => `${label(u)}${u.name ? ` ${escapeCell(u.name)}` : ''}`),
        ),
      );
    }
    tail.push('');
  }
  const footer = `<sub>Plan \`${plan.hash.slice(0, 12)}\` · ${basisLine(plan)} · ${plan.changes.length} guests · ${plan.layers.length} layer${plan.layers.length === 1 ? '' : 's'}</sub>`;

  // Table rows are made on demand: a big plan only ever shows the first few hundred, and whether
  // a level fits is decided as soon as the rows made so far exceed the budget.
  const rowsChanged = lazyTexts(changed, row);
  const rowsUnchanged = lazyTexts(unchanged, row);
  const detailCache = new Map<string, LazyTexts>();
  const detailTexts = (mode: 'full' | 'collapsed'): LazyTexts => {
    let d = detailCache.get(mode);
    if (!d) {
      const openWhenShort = changed.length <= 10;
      d = lazyTexts(changed, (c) => details(c, mode, openWhenShort));
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
      ? `Changed guests and what they are cloned from or depend on: ${g.drawn} of ${g.eligible} drawn.`
      : `All ${g.drawn} guests${g.drawn < g.eligible ? ` (${g.drawn} of ${g.eligible} drawn)` : ''}.`;
    return [
      '### Graph',
      '',
      `${scope} Thick arrows: clone source; dotted: dependency.`,
      '',
      fenced('mermaid', g.source),
      '',
    ].join('\n');
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
    if (!last && lv.unchangedRows) {
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
    if (rows.length) body.push(TABLE_HEAD, ...rows, '');
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
