/**
 * Markdown for one guest of a plan: its table row and its collapsible details (why, the settings
 * a new guest ends with or the field diffs of a changed one, the steps), and the lazily made
 * lists of them the comment renderer sizes against its budget. Pure.
 */
import { driftTag } from './drift.js';
import type { GuestChange, Plan } from '../plan/types.js';
import { byteLength } from './budget.js';
import { onNode } from './nodes.js';
import { escapeCell } from './cell.js';
import { cloneSourceLabel, isNewGuest, resultingSettings } from './create-settings.js';
import { ACTION_SYMBOL, describeAction, describeStep, describeWork, label } from './summary.js';

/** A fenced block whose fence is longer than any backtick run inside. */
export function fenced(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/**
 * Lines of the `diff` block: a new guest's resulting settings (own `+`, kept from the clone source
 * as context lines, dropped `-`), or a changed guest's field diffs with when they take effect.
 */
function diffLines(c: GuestChange, sources: Plan['cloneSources']): string[] {
  if (isNewGuest(c)) {
    const src = cloneSourceLabel(c);
    return resultingSettings(c, sources).map((s) =>
      s.origin === 'own'
        ? `+ ${s.key}: ${s.value}`
        : s.origin === 'source'
          ? `  ${s.key}: ${s.value}  # from ${src}`
          : `- ${s.key}: ${s.value}  # ${src}'s, dropped`,
    );
  }
  const lines: string[] = [];
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

export function details(
  c: GuestChange,
  mode: 'full' | 'collapsed',
  openWhenShort: boolean,
  sources: Plan['cloneSources'],
  nodes = false,
): string {
  const all = diffLines(c, sources);
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
    `<details${open}><summary><code>${ACTION_SYMBOL[c.action].trim() || '='}</code> <b>${label(c)}</b> ${escapeCell(c.name)}${escapeCell(onNode(c, nodes))}: ${escapeCell(describeAction(c))}</summary>`,
    '',
  ];
  if (c.reasons.length) parts.push(`Why: ${escapeCell(c.reasons.join('; '))}`, '');
  const src = isNewGuest(c) ? cloneSourceLabel(c) : undefined;
  if (src && lines.length)
    parts.push(
      `Settings it ends with: \`+\` from its config, the rest kept from its clone source ${src}.`,
      '',
    );
  if (lines.length) parts.push(fenced('diff', lines.join('\n')), '');
  if (mode === 'full' && c.steps.length) {
    parts.push(`Steps: ${c.steps.map((s) => escapeCell(describeStep(s))).join(' → ')}`, '');
  }
  parts.push('</details>');
  return parts.join('\n');
}

/** Texts (table rows, details) of `changes`, each made when first asked for. */
export interface LazyTexts {
  readonly length: number;
  at(i: number): string;
  all(): string[];
  /** Bytes of all texts with their newlines; stops counting (and making texts) once past `limit`. */
  bytes(limit: number): number;
}

export function lazyTexts(changes: readonly GuestChange[], make: (c: GuestChange) => string): LazyTexts {
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

/** A table row; with `nodes`, the guest's node follows its label (`CT 950 on pve2`). */
export function row(c: GuestChange, nodes = false): string {
  const symbol = ACTION_SYMBOL[c.action].trim();
  const order = c.layer === undefined ? '' : String(c.layer + 1);
  return `| ${symbol ? `\`${symbol}\`` : ''} | ${label(c)}${nodes && c.node ? ` on ${escapeCell(c.node)}` : ''} | ${escapeCell(c.name)} | ${escapeCell(describeAction(c))} | ${escapeCell(describeWork(c))} | ${order} |`;
}

export const TABLE_HEAD = '| | Guest | Name | Action | What runs | Order |\n|---|---|---|---|---|---|';
