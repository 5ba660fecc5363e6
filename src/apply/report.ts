/**
 * Progress and summary text for apply: a line when a guest starts, one log group per guest when
 * it ends (each step with its duration), and a summary table of every guest's outcome with the
 * reason for failures and skips. Written through a `Logger`: on a terminal a group is a stamped
 * heading line, in GitHub Actions a collapsible group (the Actions logger knows how).
 */
import type { GuestChange } from '../plan/types.js';
import { describeAction } from '../render/summary.js';
import { logGroup, type Logger } from '../util/logger.js';
import type { ApplyReporter, ApplyResult, GuestReport, StepRecord } from './types.js';

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 3)}...` : text.padEnd(width);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

const MARK: Record<GuestReport['outcome'], string> = {
  succeeded: 'ok',
  failed: 'FAILED',
  skipped: 'skipped',
};

export interface TextReporterOptions {
  readonly log: Logger;
  readonly now?: () => number;
}

export class TextReporter implements ApplyReporter {
  private readonly t0: number;
  private readonly steps = new Map<string, StepRecord[]>();
  private readonly changes = new Map<string, GuestChange>();

  constructor(private readonly o: TextReporterOptions) {
    this.t0 = (o.now ?? performance.now.bind(performance))();
  }

  private stamp(): string {
    const ms = (this.o.now ?? performance.now.bind(performance))() - this.t0;
    return `[${seconds(ms).padStart(7)}]`;
  }

  guestStarted(change: GuestChange): void {
    this.changes.set(change.address, change);
    this.o.log.info(`${this.stamp()} ${change.address} ${change.name}: ${describeAction(change)}`);
  }

  stepFinished(change: GuestChange, step: StepRecord): void {
    const list = this.steps.get(change.address) ?? [];
    list.push(step);
    this.steps.set(change.address, list);
  }

  guestFinished(r: GuestReport): void {
    const title = `${r.address} ${r.name}: ${MARK[r.outcome]}${r.outcome === 'skipped' ? '' : ` in ${seconds(r.ms)}`}`;
    if (r.outcome === 'skipped') {
      this.o.log.info(`${this.stamp()} ${title} (${r.reason ?? 'not run'})`);
      return;
    }
    const body = r.steps.map(
      (s) =>
        `    ${s.ok ? ' ' : '!'} ${fit(s.label, 52)} ${seconds(s.ms).padStart(7)}${s.note ? `  (${s.note})` : ''}`,
    );
    if (r.outcome === 'failed' && r.reason)
      body.push(`    error: ${r.reason.replace(/\n/g, '\n           ')}`);
    for (const w of r.warnings) body.push(`    warning: ${w}`);
    logGroup(this.o.log, title, body.join('\n'), { stamp: this.stamp() });
  }
}

/** The summary table printed after a run. */
export function renderSummary(result: ApplyResult): string {
  const head = `Apply: ${result.succeeded} succeeded, ${result.failed} failed, ${result.skipped} skipped in ${seconds(result.wallMs)}.`;
  if (result.guests.length === 0) return head + '\n';
  const rows = result.guests.map((g) => [
    g.address,
    g.name,
    g.action,
    g.outcome,
    g.outcome === 'skipped' ? '-' : seconds(g.ms),
  ]);
  const header = ['guest', 'name', 'action', 'outcome', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [head, line(header), ...rows.map(line)];
  const problems = result.guests.filter((g) => g.outcome !== 'succeeded');
  if (problems.length) {
    out.push('', 'Not applied:');
    for (const g of problems) out.push(`  ${g.address}: ${(g.reason ?? g.outcome).split('\n')[0]}`);
  }
  return out.join('\n') + '\n';
}
