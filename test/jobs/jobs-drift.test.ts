/**
 * The drift job (src/jobs/drift-job.ts): the plan job against the live host in drift mode, with
 * the host's state recorded in `<state-dir>/phoenix-state.json` and the host closed once read.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfigDir } from '../../src/config/validate.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import { isDrift, runDriftJob } from '../../src/jobs/drift-job.js';
import { readStateFile, STATE_FILE_NAME } from '../../src/plan/state-file.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { makeEstate, type Estate } from '../helpers/apply-harness.js';
import { recordingLogger } from '../helpers/recording-logger.js';

let e: Estate;
beforeAll(async () => {
  e = await makeEstate('example');
}, 60_000);
afterAll(() => rmSync(e.dir, { recursive: true, force: true }));

describe('drift job', () => {
  it('plans the fresh host in drift mode, records its state and closes it', async () => {
    const log = recordingLogger();
    let closed = 0;
    const sim = new SimTransport(e.statePath, { env: {} });
    const host: HostTransport = {
      description: sim.description,
      run: (argv, o) => sim.run(argv, o),
      close: async () => {
        closed++;
        await sim.close();
      },
    };
    const stateDir = join(e.dir, 'recorded', 'state');
    const r = await runDriftJob({
      configDir: e.configDir,
      validation: await validateConfigDir(e.configDir),
      open: async () => new ShellHostPort(host),
      stateDir,
      allowRebuild: false,
      logger: log,
    });
    expect(r.plan.mode).toBe('drift');
    expect(r.drifted).toBe(true);
    expect(r.drifted).toBe(isDrift(r.plan));
    expect(r.counts.create).toBe(e.desired.guests.length);
    expect(r.stateFile).toBe(join(stateDir, STATE_FILE_NAME));
    expect(await readStateFile(r.stateFile)).toEqual(r.basis.live);
    expect(log.lines).toEqual([`group Reading ${sim.description}`, 'endgroup']);
    expect(closed).toBe(1);
  });

  it('an unreadable host is a finding of the run (exit 1) naming the host, and is closed', async () => {
    let closed = 0;
    const broken: HostTransport = {
      description: 'ssh://root@pve',
      run: async () => {
        throw new Error('connection refused');
      },
      close: async () => void closed++,
    };
    const err = await runDriftJob({
      configDir: e.configDir,
      validation: await validateConfigDir(e.configDir),
      open: async () => new ShellHostPort(broken),
      stateDir: join(e.dir, 'unused'),
      allowRebuild: false,
      logger: recordingLogger(),
    }).catch((x: unknown) => x);
    expect(err).toMatchObject({
      message: 'cannot read the state of ssh://root@pve: connection refused',
      exitCode: 1,
    });
    expect(closed).toBe(1);
  });
});
