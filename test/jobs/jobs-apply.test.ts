/**
 * The apply job (src/jobs/apply-job.ts), shared by `phoenix apply` and the apply action: it opens
 * and always closes the host, records the state file, records it also after a refused plan when
 * asked, and sends progress and warnings through the given Logger.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HostPort } from '../../src/host/port.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import { applyToHost } from '../../src/jobs/apply-job.js';
import { readStateFile } from '../../src/plan/state-file.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { editConfig, FAST, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { recordingLogger } from '../helpers/recording-logger.js';

let e: Estate;
beforeAll(async () => {
  e = await makeEstate('example');
}, 60_000);
afterAll(() => rmSync(e.dir, { recursive: true, force: true }));

/** Opens a fresh sim host per call and counts the ones closed. */
function opener(env: NodeJS.ProcessEnv = {}): {
  open: () => Promise<HostPort>;
  opened: number;
  closed: number;
} {
  const o = {
    opened: 0,
    closed: 0,
    open: async (): Promise<HostPort> => {
      o.opened++;
      const t = new SimTransport(e.statePath, { env });
      return new ShellHostPort({
        description: t.description,
        run: (argv, options) => t.run(argv, options),
        close: async () => {
          o.closed++;
          await t.close();
        },
      });
    },
  };
  return o;
}

const base = () => ({
  configDir: e.configDir,
  lockTimeoutMs: 10_000,
  lockPollMs: 10,
  settings: FAST,
  out: () => undefined,
  err: () => undefined,
});

describe('apply job', () => {
  it('refuses a plan other than the reviewed one, recording the host only when asked', async () => {
    const host = opener();
    const file = join(e.dir, 'refused.json');
    const quiet = await applyToHost({
      ...base(),
      open: host.open,
      reviewedHash: 'f'.repeat(64),
      stateFile: file,
    });
    expect(quiet.job.status).toBe('plan-changed');
    expect(quiet.stateFile).toBeUndefined();
    expect(existsSync(file)).toBe(false);

    const recorded = await applyToHost({
      ...base(),
      open: host.open,
      reviewedHash: 'f'.repeat(64),
      stateFile: file,
      recordWhenRefused: true,
    });
    expect(recorded.stateFile).toBe(file);
    expect((await readStateFile(file)).guests).toEqual([]);
    expect([host.opened, host.closed]).toEqual([2, 2]);
  });

  it('reports a state it could not record instead of failing the refusal', async () => {
    const failures: string[] = [];
    const nowhere = join(e.dir, 'no-such-dir', 'state.json');
    const r = await applyToHost({
      ...base(),
      open: opener().open,
      reviewedHash: 'f'.repeat(64),
      stateFile: nowhere,
      recordWhenRefused: true,
      onRecordFailed: (m) => failures.push(m),
    });
    expect(r.job.status).toBe('plan-changed');
    expect(r.stateFile).toBeUndefined();
    expect(failures).toEqual([`Could not record the host state: cannot write state file ${nowhere}: ENOENT`]);
  });

  it('applies through the Logger (one group per guest, no stamp dropped) and records the state', async () => {
    const host = opener();
    const log = recordingLogger();
    let out = '';
    const file = join(e.dir, 'applied.json');
    const r = await applyToHost({
      ...base(),
      open: host.open,
      stateFile: file,
      logger: log,
      out: (t) => (out += t),
    });
    expect(r.job.status).toBe('applied');
    expect(r.stateFile).toBe(file);
    expect((await readStateFile(file)).guests.map((g) => g.id)).toEqual(e.desired.guests.map((g) => g.id));
    const groups = log.lines.filter((l) => l.startsWith('group '));
    expect(groups).toHaveLength(e.desired.guests.length);
    for (const g of groups) expect(g).toMatch(/^group (ct|vm)\/\d+ \S+: ok in \d+\.\ds \[ *\d+\.\ds\]$/);
    expect(log.lines.filter((l) => l === 'endgroup')).toHaveLength(groups.length);
    // The job's own lines stay on `out`; per-guest progress went to the logger only.
    expect(out).toContain('Apply: 10 succeeded, 0 failed, 0 skipped');
    expect(out).not.toMatch(/ok in/);
    expect([host.opened, host.closed]).toEqual([1, 1]);

    const again = await applyToHost({ ...base(), open: host.open, stateFile: file });
    expect(again.job.status).toBe('no-changes');
    expect(again.stateFile).toBe(file);
  }, 120_000);

  it('sends the warnings raised while guests run to the Logger too', async () => {
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!.memory_mb = 3072;
    });
    const noSnapshots = JSON.stringify([
      {
        op: 'pct snapshot',
        match: '^pct snapshot 953 phoenix-pre-',
        message: 'snapshot feature is not available',
      },
    ]);
    const log = recordingLogger();
    const r = await applyToHost({
      ...base(),
      open: opener({ PHOENIX_SIM_FAULTS: noSnapshots }).open,
      logger: log,
    });
    expect(r.job.status).toBe('applied');
    const warnings = log.lines.filter((l) => l.startsWith('warning '));
    expect(warnings).toEqual([
      'warning ct/953: no safety snapshot (snapshot feature is not available); changing it without one',
    ]);
    // The guest's group lists it too, as before.
    expect(log.lines.join('\n')).toContain('    warning: ct/953: no safety snapshot');
  }, 120_000);

  it('closes the host when the job throws', async () => {
    let closed = 0;
    const broken: HostTransport = {
      description: 'sim:broken',
      run: async () => {
        throw new Error('connection reset');
      },
      close: async () => void closed++,
    };
    await expect(applyToHost({ ...base(), open: async () => new ShellHostPort(broken) })).rejects.toThrow(
      'cannot read the state of sim:broken: connection reset',
    );
    expect(closed).toBe(1);
  });
});
