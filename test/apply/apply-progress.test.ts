/**
 * Apply's live progress (src/apply/report.ts): each step's start and end as it happens, a
 * heartbeat while a step runs long, what a script printed (its end in the error when it failed,
 * all of it in the guest's log group in Actions), and groups that never interleave although
 * guests run in parallel. With fake timers for the heartbeat, and on the simulator with latency.
 */
import { jest } from '@jest/globals';
import { elapsed, TextReporter } from '../../src/apply/report.js';
import type { GuestReport } from '../../src/apply/types.js';
import type { GuestChange } from '../../src/plan/types.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { apply, makeEstate } from '../helpers/apply-harness.js';
import { recordingLogger, type RecordingLogger } from '../helpers/recording-logger.js';

const change = { address: 'ct/950', name: 'vllm' } as GuestChange;

describe('the heartbeat', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says every interval that a step still runs, with how long, and stops when it ends', () => {
    const log = recordingLogger();
    const r = new TextReporter({ log, now: () => Date.now(), heartbeatMs: 30_000 });
    r.stepStarted(change, 'application script vllm.sh');
    jest.advanceTimersByTime(29_999);
    expect(log.lines.filter((l) => l.includes('still running'))).toEqual([]);
    jest.advanceTimersByTime(150_001 - 29_999);
    const beats = log.lines
      .filter((l) => l.includes('still running'))
      .map((l) => l.replace(/^info \[ *[\d.]+s\] /, ''));
    expect(beats).toEqual([
      'ct/950 vllm: application script vllm.sh still running [30s]',
      'ct/950 vllm: application script vllm.sh still running [1m00s]',
      'ct/950 vllm: application script vllm.sh still running [1m30s]',
      'ct/950 vllm: application script vllm.sh still running [2m00s]',
      'ct/950 vllm: application script vllm.sh still running [2m30s]',
    ]);
    r.stepFinished(change, { op: 'app-script', label: 'application script vllm.sh', ms: 150_001, ok: true });
    const after = log.lines.length;
    jest.advanceTimersByTime(120_000);
    expect(log.lines.length).toBe(after);
    expect(log.lines.at(-1)).toMatch(/ct\/950 vllm: ok application script vllm.sh \(150\.0s\)$/);
  });

  it('is off with interval 0, and a guest that ends stops its heartbeat', () => {
    const log = recordingLogger();
    const off = new TextReporter({ log, now: () => Date.now(), heartbeatMs: 0 });
    off.stepStarted(change, 'feature docker');
    jest.advanceTimersByTime(600_000);
    expect(log.lines.some((l) => l.includes('still running'))).toBe(false);

    const on = new TextReporter({ log, now: () => Date.now(), heartbeatMs: 1000 });
    on.stepStarted(change, 'feature docker');
    const failed: GuestReport = {
      address: 'ct/950',
      id: 950,
      kind: 'lxc',
      name: 'vllm',
      action: 'update',
      outcome: 'failed',
      reason: 'feature docker: lost',
      ms: 10,
      steps: [],
      warnings: [],
    };
    on.guestFinished(failed);
    const n = log.lines.length;
    jest.advanceTimersByTime(10_000);
    expect(log.lines.length).toBe(n);
  });

  it('formats durations as seconds, minutes and hours', () => {
    expect([elapsed(4_999), elapsed(59_999), elapsed(150_000), elapsed(3_723_000)]).toEqual([
      '4s',
      '59s',
      '2m30s',
      '1h02m',
    ]);
  });
});

/** The lines of one guest (live lines carry it as prefix). */
const of = (log: RecordingLogger, address: string) =>
  log.lines
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.includes(` ${address} `) || l.startsWith(`group ${address} `));

describe('live progress on the simulator', () => {
  it('prints steps as they start and end, heartbeats long ones, and one unbroken group per guest at its end', async () => {
    const e = await makeEstate('example');
    const log = recordingLogger();
    const run = await apply(e, {
      logger: log,
      heartbeatMs: 120,
      env: { PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'pct exec': 300, 'pct clone': 200 } }) },
    });
    expect(run.job.status).toBe('applied');
    // Each guest: a start line, then `> step` and `ok step` lines, all before its group.
    for (const g of e.desired.guests) {
      const address = `${g.kind === 'lxc' ? 'ct' : 'vm'}/${g.id}`;
      const lines = of(log, address);
      const group = lines.findIndex(({ l }) => l.startsWith('group '));
      expect(group).toBeGreaterThan(1);
      const live = lines.slice(0, group).map(({ l }) => l.replace(/^info \[ *[\d.]+s\] \S+ \S+: /, ''));
      const starts = live.filter((l) => l.startsWith('> ')).length;
      expect(live.filter((l) => l.startsWith('ok ')).length).toBe(starts);
      expect(starts).toBeGreaterThan(0);
    }
    // Guests ran in parallel, and their live lines interleaved: 902 and 953 are both clones of 900.
    const first902 = log.lines.findIndex((l) => l.includes(' ct/902 '));
    const group902 = log.lines.findIndex((l) => l.startsWith('group ct/902 '));
    expect(log.lines.slice(first902, group902).some((l) => l.includes(' ct/953 '))).toBe(true);
    // A container's in-guest step (300 ms per `pct exec`) got a heartbeat.
    expect(log.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^info \[ *[\d.]+s\] ct\/953 Nginx-VscodeRag: .* still running \[0s\]$/),
      ]),
    );
    // Groups: opened and closed in turn, nothing but their own lines inside.
    let open: string | undefined;
    for (const l of log.lines) {
      if (l.startsWith('group ')) {
        expect(open).toBeUndefined();
        open = l;
      } else if (l === 'endgroup') {
        expect(open).toBeDefined();
        open = undefined;
      } else if (open) expect(l.startsWith('info ')).toBe(true);
    }
    expect(open).toBeUndefined();
  }, 120_000);

  it('a failed script: the last 40 lines of what it printed in the error; all of it, prefixed, in the group', async () => {
    const e = await makeEstate('example');
    const t = new SimTransport(e.statePath, { env: {} });
    const printed = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    await t.store.update((s) => {
      s.settings.execResults.push({
        vmid: 953,
        match: 'apps/nginx\\.sh 953$',
        exitCode: 3,
        stdout: printed,
        stderr: 'nginx: [emerg] bad config\n',
      });
    });
    await t.close();
    const log = recordingLogger();
    const run = await apply(e, { logger: log });
    expect(run.job.status).toBe('failed');
    const g = run.job.result!.guests.find((x) => x.address === 'ct/953')!;
    expect(g.outcome).toBe('failed');
    const reason = g.reason!;
    expect(reason).toMatch(/application script apps\/nginx\.sh failed \(exit 3\): \.\.\.\n/);
    expect(reason).toContain('line 62\n');
    expect(reason).not.toContain('line 61\n');
    expect(reason.endsWith('line 100\nnginx: [emerg] bad config')).toBe(true);
    // The group holds the full output, each line with the guest as prefix.
    const start = log.lines.findIndex((l) => l.startsWith('group ct/953 Nginx-VscodeRag: FAILED'));
    expect(start).toBeGreaterThan(0);
    const body = log.lines[start + 1]!;
    expect(body).toContain('output of application script apps/nginx.sh (exit 3):');
    expect(body).toContain('    ct/953 | line 1\n');
    expect(body).toContain('    ct/953 | nginx: [emerg] bad config');
    // The live line of the failed step.
    expect(
      log.lines.some((l) => / ct\/953 Nginx-VscodeRag: FAILED application script nginx\.sh \(/.test(l)),
    ).toBe(true);
  }, 120_000);

  it('takes its interval from PHOENIX_HEARTBEAT_SEC when none is given, and says when that is not a number', async () => {
    const e = await makeEstate('example');
    const saved = process.env.PHOENIX_HEARTBEAT_SEC;
    process.env.PHOENIX_HEARTBEAT_SEC = 'soon';
    try {
      const run = await apply(e, { logger: recordingLogger() });
      expect(run.job.status).toBe('applied');
      expect(run.out).toContain(
        "warning: PHOENIX_HEARTBEAT_SEC must be a number of seconds, got 'soon'; using 30",
      );
    } finally {
      if (saved === undefined) delete process.env.PHOENIX_HEARTBEAT_SEC;
      else process.env.PHOENIX_HEARTBEAT_SEC = saved;
    }
  }, 60_000);
});
