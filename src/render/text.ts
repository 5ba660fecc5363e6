/**
 * The plan for a terminal: one block per changed guest with its field diffs and steps, the order
 * in layers, what is left alone, and the headline last (as Terraform prints it). ANSI colour only
 * when asked (the CLI asks when stdout is a TTY).
 */
import { maskInlineSecrets } from '../config/secrets.js';
import type { GuestChange, Plan } from '../plan/types.js';
import { cloneSourceLabel, isNewGuest, resultingSettings } from './create-settings.js';
import { driftLines, driftTag } from './drift.js';
import { onNode, showsNodes } from './nodes.js';
import {
  ACTION_SYMBOL,
  countPlan,
  dataLossLines,
  describeAction,
  describeStep,
  headline,
  label,
  selectionLines,
} from './summary.js';

export interface TextOptions {
  readonly color?: boolean;
  /** Print unchanged guests too (default false). */
  readonly verbose?: boolean;
}

const CODES = { green: 32, yellow: 33, red: 31, cyan: 36, dim: 2, bold: 1 } as const;
type Colour = keyof typeof CODES;

/** The plan for a terminal, secrets written inline in commands masked. */
export function renderText(plan: Plan, options: TextOptions = {}): string {
  return maskInlineSecrets(renderTextUnmasked(plan, options));
}

function renderTextUnmasked(plan: Plan, options: TextOptions): string {
  const paint = (c: Colour, s: string) => (options.color ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
  const actionColour = (c: GuestChange): Colour =>
    c.action === 'create' || c.action === 'clone'
      ? 'green'
      : c.action === 'update'
        ? 'yellow'
        : c.action === 'no-op'
          ? 'dim'
          : 'red';
  const out: string[] = [];
  const where = plan.meta.target
    ? ` (${plan.meta.target}${plan.meta.readAt ? `, read ${plan.meta.readAt}` : ''})`
    : '';
  out.push(
    plan.basis === 'config-diff'
      ? paint('yellow', 'Note: no recorded host state; planned against the base config, not the host.')
      : paint('dim', `Planned against the live state${where}.`),
    '',
  );
  const selection = selectionLines(plan);
  if (selection.length) out.push(...selection.map((l) => paint('cyan', l)), '');
  const nodes = showsNodes(plan);
  for (const c of plan.changes) {
    if (c.action === 'no-op' && !options.verbose) continue;
    const symbol = ACTION_SYMBOL[c.action].trim() || '=';
    out.push(
      `${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', label(c))} ${c.name}${onNode(c, nodes)}: ${describeAction(c)}`,
    );
    for (const r of c.reasons) out.push(paint('dim', `      # ${r}`));
    if (isNewGuest(c)) {
      const src = cloneSourceLabel(c);
      if (src)
        out.push(paint('dim', `      settings ('=' kept from clone source ${src}, '-' dropped from it):`));
      for (const s of resultingSettings(c, plan.cloneSources)) {
        const mark =
          s.origin === 'own' ? paint('green', '+') : s.origin === 'source' ? '=' : paint('red', '-');
        out.push(`      ${mark} ${s.key}: ${s.origin === 'dropped' ? paint('red', s.value) : s.value}`);
      }
    }
    for (const d of isNewGuest(c) ? [] : c.diffs) {
      const effect = d.effect === 'live' ? '' : paint('yellow', ` (${d.effect})`);
      const drift = driftTag(d);
      const note = (d.note ? paint('dim', ` [${d.note}]`) : '') + (drift ? paint('cyan', ` [${drift}]`) : '');
      if (d.from !== undefined && d.to !== undefined)
        out.push(`      ~ ${d.key}: ${paint('red', d.from)} -> ${paint('green', d.to)}${effect}${note}`);
      else if (d.to !== undefined) out.push(`      ${paint('green', '+')} ${d.key}: ${d.to}${effect}${note}`);
      else out.push(`      ${paint('red', '-')} ${d.key}: ${d.from}${effect}${note}`);
    }
    if (c.steps.length) out.push(paint('dim', `      steps: ${c.steps.map(describeStep).join(' -> ')}`));
    out.push('');
  }
  if (plan.layers.length) {
    out.push(paint('bold', 'Order') + ' (guests on one line can run in parallel):');
    plan.layers.forEach((layer, i) => {
      const shown = layer.slice(0, 20).join(', ');
      out.push(
        `  ${String(i + 1).padStart(2)}: ${shown}${layer.length > 20 ? `, ... (${layer.length} in all)` : ''}`,
      );
    });
    out.push('');
  }
  for (const h of plan.hypervisor)
    out.push(`${paint('yellow', 'host:')} ${h.message} (used by ${h.usedBy.join(', ')})`);
  for (const r of plan.retained) out.push(`${paint('cyan', 'kept:')} ${label(r)} ${r.name}: ${r.reason}`);
  if (plan.unmanaged.length) {
    const list = plan.unmanaged.slice(0, 30).map((u) => `${label(u)}${u.name ? ` ${u.name}` : ''}`);
    out.push(
      `${paint('cyan', 'unmanaged (left alone):')} ${list.join(', ')}${plan.unmanaged.length > 30 ? `, ... (${plan.unmanaged.length})` : ''}`,
    );
  }
  if (plan.hypervisor.length || plan.retained.length || plan.unmanaged.length) out.push('');
  const lost = dataLossLines(plan);
  if (lost.length) {
    out.push(
      paint(
        'red',
        `Data loss: ${lost.length} volume${lost.length === 1 ? '' : 's'} destroyed with ${lost.length === 1 ? 'its' : 'their'} data:`,
      ),
    );
    for (const l of lost) out.push(`  ${paint('red', '!')} ${l.address} ${l.text}`);
    out.push('');
  }
  const drifted = driftLines(plan);
  if (drifted.length) {
    out.push(
      paint(
        'cyan',
        `Changed outside Phoenix (drift): ${drifted.length} setting${drifted.length === 1 ? '' : 's'}; apply sets ${drifted.length === 1 ? 'it' : 'them'} back to the config:`,
      ),
    );
    for (const l of drifted) out.push(`  ${paint('cyan', '~')} ${l.address} ${l.text}`);
    out.push('');
  }
  for (const w of plan.warnings)
    out.push(`${paint('yellow', 'warning:')} ${w.address ? `${w.address}: ` : ''}${w.message}`);
  for (const e of plan.errors)
    out.push(`${paint('red', 'error:')} ${e.address ? `${e.address}: ` : ''}${e.message}`);
  if (plan.warnings.length || plan.errors.length) out.push('');
  const head = headline(countPlan(plan));
  out.push(
    plan.errored
      ? paint(
          'red',
          `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`,
        )
      : paint('bold', head),
  );
  out.push(paint('dim', `Plan hash ${plan.hash}`));
  return out.join('\n') + '\n';
}
