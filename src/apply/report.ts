/**
 * Progress and summary text for apply, written through a `Logger` as it happens: a line when a
 * guest starts, when each of its steps starts and ends (`ct/950 vllm: > feature docker`,
 * `ct/950 vllm: ok feature docker (12.3s)`), a heartbeat for a step that runs long
 * (`ct/950 vllm: application script vllm.sh still running [2m30s]`), and a closing block per guest.
 * Live lines carry the guest as prefix and stay outside log groups: guests run in parallel and an
 * Actions log group cannot interleave with another. With `groups` (GitHub Actions), each guest's
 * closing block is one collapsible group with its full log (every step, what its scripts printed,
 * the error, warnings), written in one go when the guest ends; on a terminal it is the outcome
 * line with the error and warnings (the steps were shown live). Then a summary table of every
 * guest's outcome with the reason for failures and skips.
 */
import type { GuestChange } from '../plan/types.js';
import { describeAction } from '../render/summary.js';
import { logGroup, type Logger } from '../util/logger.js';
import type { ApplyReporter, ApplyResult, GuestReport, ScriptOutput, StepRecord } from './types.js';

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 3)}...` : text.padEnd(width);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** `45s`, `2m30s`, `1h05m`: how long a step has been running, for heartbeats. */
export function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

const MARK: Record<GuestReport['outcome'], string> = {
  succeeded: 'ok',
  failed: 'FAILED',
  skipped: 'skipped',
};

/** Default seconds between two heartbeats of one running step. */
export const DEFAULT_HEARTBEAT_MS = 30_000;

/** Lines of one script's output kept in a guest's log group (its end). */
const GROUP_OUTPUT_LINES = 400;

export interface TextReporterOptions {
  readonly log: Logger;
  readonly now?: () => number;
  /** A still-running line every this many ms of a step (0: none). Default 30 s. */
  readonly heartbeatMs?: number;
  /** One log group per guest with its full log when it ends (Actions); default false. */
  readonly groups?: boolean;
}

interface Running {
  readonly label: string;
  readonly since: number;
  readonly timer?: ReturnType<typeof setInterval>;
}

export class TextReporter implements ApplyReporter {
  private readonly t0: number;
  private readonly now: () => number;
  private readonly running = new Map<string, Running>();
  private readonly outputs = new Map<string, ScriptOutput[]>();

  constructor(private readonly o: TextReporterOptions) {
    this.now = o.now ?? performance.now.bind(performance);
    this.t0 = this.now();
  }

  private stamp(): string {
    return `[${seconds(this.now() - this.t0).padStart(7)}]`;
  }

  private line(change: Pick<GuestChange, 'address' | 'name'>, text: string): void {
    this.o.log.info(`${this.stamp()} ${change.address} ${change.name}: ${text}`);
  }

  guestStarted(change: GuestChange): void {
    this.line(change, describeAction(change));
  }

  stepStarted(change: GuestChange, label: string): void {
    this.stopHeartbeat(change.address);
    const since = this.now();
    const every = this.o.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    const timer =
      every > 0
        ? setInterval(
            () => this.line(change, `${label} still running [${elapsed(this.now() - since)}]`),
            every,
          )
        : undefined;
    // A heartbeat never keeps the process alive on its own.
    if (timer && typeof timer === 'object' && 'unref' in timer) timer.unref();
    this.running.set(change.address, { label, since, ...(timer ? { timer } : {}) });
    this.line(change, `> ${label}`);
  }

  stepFinished(change: GuestChange, step: StepRecord): void {
    this.stopHeartbeat(change.address);
    const note = step.note ? `; ${step.note}` : '';
    this.line(change, `${step.ok ? 'ok' : 'FAILED'} ${step.label} (${seconds(step.ms)}${note})`);
  }

  scriptOutput(change: GuestChange, output: ScriptOutput): void {
    this.outputs.set(change.address, [...(this.outputs.get(change.address) ?? []), output]);
  }

  guestFinished(r: GuestReport): void {
    this.stopHeartbeat(r.address);
    const title = `${r.address} ${r.name}: ${MARK[r.outcome]}${r.outcome === 'skipped' ? '' : ` in ${seconds(r.ms)}`}`;
    if (r.outcome === 'skipped') {
      this.o.log.info(`${this.stamp()} ${title} (${r.reason ?? 'not run'})`);
      return;
    }
    const tailLines: string[] = [];
    if (r.outcome === 'failed' && r.reason)
      tailLines.push(`    error: ${r.reason.replace(/\n/g, '\n           ')}`);
    for (const w of r.warnings) tailLines.push(`    warning: ${w}`);
    if (!this.o.groups) {
      this.o.log.info(`${this.stamp()} ${[title, ...tailLines].join('\n')}`);
      return;
    }
    const body = r.steps.map(
      (s) =>
        `    ${s.ok ? ' ' : '!'} ${fit(s.label, 52)} ${seconds(s.ms).padStart(7)}${s.note ? `  (${s.note})` : ''}`,
    );
    for (const out of this.outputs.get(r.address) ?? []) body.push(...outputLines(r.address, out));
    this.outputs.delete(r.address);
    logGroup(this.o.log, title, [...body, ...tailLines].join('\n'), { stamp: this.stamp() });
  }

  /** Stops every heartbeat (a run that ended abnormally). */
  close(): void {
    for (const a of [...this.running.keys()]) this.stopHeartbeat(a);
  }

  private stopHeartbeat(address: string): void {
    const r = this.running.get(address);
    if (r?.timer) clearInterval(r.timer);
    this.running.delete(address);
  }
}

/** A script's output for the guest's group: each line prefixed with the guest, its end only when long. */
function outputLines(address: string, out: ScriptOutput): string[] {
  const lines = [out.stdout, out.stderr]
    .map((t) => t.replace(/\s+$/, ''))
    .filter(Boolean)
    .join('\n')
    .split('\n');
  const head = `    output of ${out.what}${out.exitCode !== undefined ? ` (exit ${out.exitCode})` : ''}:`;
  if (lines.length === 1 && lines[0] === '') return [`${head} none`];
  const cut = lines.length > GROUP_OUTPUT_LINES ? lines.length - GROUP_OUTPUT_LINES : 0;
  return [
    head,
    ...(cut ? [`    ${address} | ... (${cut} earlier lines left out)`] : []),
    ...lines.slice(cut).map((l) => `    ${address} | ${l}`),
  ];
}

/** The summary table printed after a run. */
/** Post-deployment tests over all guests: `Tests: 3 passed, 1 failed (1 non-blocking), 2 not run.`; undefined: none planned. */
export function testsLine(result: ApplyResult): string | undefined {
  let passed = 0;
  let failed = 0;
  let nonBlocking = 0;
  let notRun = 0;
  for (const g of result.guests)
    for (const t of g.tests ?? []) {
      if (t.outcome === 'passed') passed++;
      else if (t.outcome === 'not-run') notRun++;
      else {
        failed++;
        if (!t.blocking) nonBlocking++;
      }
    }
  if (passed + failed + notRun === 0) return undefined;
  const nb = nonBlocking ? ` (${nonBlocking} non-blocking)` : '';
  return `Tests: ${passed} passed, ${failed} failed${nb}, ${notRun} not run.`;
}

/** Each test that did not pass, one line: `ct/950 docker/Docker is running: failed (non-blocking)`. */
export function testProblems(result: ApplyResult): string[] {
  const out: string[] = [];
  for (const g of result.guests)
    for (const t of g.tests ?? [])
      if (t.outcome !== 'passed')
        out.push(
          `${g.address} ${t.suite}/${t.name}: ${t.outcome === 'failed' ? 'failed' : 'not run'}${t.blocking ? '' : ' (non-blocking)'}`,
        );
  return out;
}

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
  const tests = testsLine(result);
  if (tests) out.push('', tests, ...testProblems(result).map((l) => `  ${l}`));
  const problems = result.guests.filter((g) => g.outcome !== 'succeeded');
  if (problems.length) {
    out.push('', 'Not applied:');
    for (const g of problems) out.push(`  ${g.address}: ${(g.reason ?? g.outcome).split('\n')[0]}`);
  }
  return out.join('\n') + '\n';
}
