/**
 * The GitHub alert blocks a plan comment starts with: `> [!CAUTION]` for what stops or hurts
 * (errors, volumes whose data goes, guests destroyed or rebuilt), `> [!WARNING]` for what a
 * reviewer must know (host gaps, guests left alone, warnings). Each block is built from named
 * parts, so another section (drift, say) is one more part. Pure.
 */
import type { Plan } from '../plan/types.js';
import { escapeCell } from './cell.js';
import { dataLossLines, describeAction, label } from './summary.js';

export type AlertLevel = 'CAUTION' | 'WARNING';

export interface AlertPart {
  readonly level: AlertLevel;
  /** Bold lead-in, e.g. `This plan cannot be applied`. */
  readonly title: string;
  /** One bullet each (Markdown, already escaped). */
  readonly items: readonly string[];
  /** Show at most this many, then `... and N more` (default: all; data loss is never cut). */
  readonly max?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const located = (m: { address?: string; message: string }) =>
  `${m.address ? `\`${m.address}\`: ` : ''}${escapeCell(m.message)}`;

/** The alert parts of `plan`, in the order they are shown. */
export function planAlerts(plan: Plan): AlertPart[] {
  const parts: AlertPart[] = [];
  if (plan.errors.length)
    parts.push({
      level: 'CAUTION',
      title: 'This plan cannot be applied',
      items: plan.errors.map(located),
      max: 30,
    });
  const lost = dataLossLines(plan);
  if (lost.length) {
    parts.push({
      level: 'CAUTION',
      title: `Data loss: ${plural(lost.length, 'volume')} destroyed with ${lost.length === 1 ? 'its' : 'their'} data`,
      items: lost.map((l) => `\`${l.address}\` ${escapeCell(l.text)}`),
    });
  }
  const gone = plan.changes.filter((c) => c.action === 'delete' || c.action === 'replace');
  if (gone.length) {
    parts.push({
      level: 'CAUTION',
      title: `${plural(gone.length, 'guest')} destroyed (a rebuilt one is made again)`,
      items: gone.map((c) => `\`${c.address}\` ${escapeCell(c.name)}: ${escapeCell(describeAction(c))}`),
      max: 40,
    });
  }
  if (plan.hypervisor.length) {
    parts.push({
      level: 'WARNING',
      title: 'The host lacks what the config needs',
      items: plan.hypervisor.map(
        (h) =>
          `${escapeCell(h.message)} (used by ${h.usedBy.slice(0, 8).join(', ')}${h.usedBy.length > 8 ? ', ...' : ''})`,
      ),
      max: 30,
    });
  }
  const alone = [
    ...plan.retained.map((r) => `${label(r)} ${escapeCell(r.name)}: kept, ${escapeCell(r.reason)}`),
    ...plan.unmanaged.map(
      (u) => `${label(u)}${u.name ? ` ${escapeCell(u.name)}` : ''}: not managed by Phoenix`,
    ),
  ];
  if (alone.length)
    parts.push({
      level: 'WARNING',
      title: `${plural(alone.length, 'guest')} left alone`,
      items: alone,
      max: 40,
    });
  if (plan.warnings.length)
    parts.push({ level: 'WARNING', title: 'Warnings', items: plan.warnings.map(located), max: 20 });
  return parts;
}

/** One alert block per level present (CAUTION first), each part a bold title and its bullets. */
export function renderAlerts(parts: readonly AlertPart[]): string[] {
  const out: string[] = [];
  for (const level of ['CAUTION', 'WARNING'] as const) {
    const mine = parts.filter((p) => p.level === level);
    if (!mine.length) continue;
    const lines = [`> [!${level}]`];
    mine.forEach((p, i) => {
      if (i > 0) lines.push('>');
      const max = p.max ?? p.items.length;
      lines.push(`> **${p.title}**`, '>');
      for (const item of p.items.slice(0, max)) lines.push(`> - ${item}`);
      if (p.items.length > max)
        lines.push(`> - ... and ${p.items.length - max} more (see the plan artifact)`);
    });
    out.push(lines.join('\n'), '');
  }
  return out;
}
