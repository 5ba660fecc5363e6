/**
 * The typed step model: what the compiler refuses (`@ts-expect-error` lines, checked by
 * `npx tsc --noEmit`: an unused one is an error) and, at run time, that a step's apply receives
 * exactly the changes its check found, payloads untouched, without notes.
 */
import { SetupHost } from '../../src/hypervisor/host.js';
import { runSteps } from '../../src/hypervisor/runner.js';
import type { FileWrite } from '../../src/hypervisor/steps/common.js';
import { defineStep } from '../../src/hypervisor/steps/define.js';
import { CHRONY_SOURCES, timeStep, type TimePayload } from '../../src/hypervisor/steps/time.js';
import type { AnySetupStep, Change, Finding, SetupConfig, SetupStep } from '../../src/hypervisor/types.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { freshHost } from '../helpers/hypervisor-fixtures.js';

/** A stand-in step with two kinds of change: greet someone, or write a file. */
type Greeting = { readonly op: 'greet'; readonly name: string } | FileWrite;

const transport: HostTransport = {
  description: 'stub',
  run: async () => ({ exitCode: 0, stdout: '', stderr: '' }),
  close: async () => undefined,
};
const cfg = {} as SetupConfig;

describe('the compiler', () => {
  test('refuses payload fields a step does not have, and findings that fit no kind', () => {
    const findings: Finding<Greeting>[] = [
      { kind: 'run', target: 'hello', summary: 'greet', data: { op: 'greet', name: 'Ada' } },
      // @ts-expect-error: `wave` is not a payload of this step
      { kind: 'run', target: 'hello', summary: 'wave', data: { op: 'wave' } },
      // @ts-expect-error: a finding without a payload is a note (info) or blocked
      { kind: 'update', target: 'x', summary: 'nothing to apply, yet not a note' },
      { kind: 'update', target: 'x', summary: 'a conflict', blocked: 'defined elsewhere' },
      { kind: 'run', target: 'x', summary: 'a note', info: true },
      // @ts-expect-error: a note carries no payload (nothing applies it)
      { kind: 'run', target: 'x', summary: 'a note', info: true, data: { op: 'greet', name: 'Ada' } },
      // A blocked change keeps its payload (the runner applies nothing while it is blocked).
      {
        kind: 'create',
        target: 'y',
        summary: 'blocked',
        blocked: 'a secret is missing',
        data: { op: 'greet', name: 'Bo' },
      },
    ];
    const step: SetupStep<Greeting> = {
      id: 'time',
      title: 'typed',
      dependsOn: [],
      scope: 'node',
      async check() {
        return findings;
      },
      async apply(_host, _cfg, changes) {
        for (const { data } of changes) {
          // @ts-expect-error: a FileWrite has no `name`; only `op` tells the payloads apart
          void data.name;
          if (data.op === 'greet') void data.name;
          // @ts-expect-error: no payload of this step has `mode`
          else void data.mode;
        }
      },
    };
    // @ts-expect-error: only defineStep puts a step into the list
    const raw: readonly AnySetupStep[] = [step];
    const listed: readonly AnySetupStep[] = [defineStep(step)];
    expect(raw).toHaveLength(listed.length);
  });
});

describe('defineStep', () => {
  test('apply receives exactly the changes check found, in order, the notes left out', async () => {
    const note: Finding<Greeting> = { kind: 'run', target: 'note', summary: 'for the reader', info: true };
    const greet: Change<Greeting> = {
      kind: 'run',
      target: 'Ada',
      summary: 'greet Ada',
      data: { op: 'greet', name: 'Ada' },
    };
    const file: Change<Greeting> = {
      kind: 'create',
      target: '/etc/hello',
      summary: 'write /etc/hello',
      data: { op: 'write-file', path: '/etc/hello', content: 'hi\n' },
    };
    const received: (readonly Change<Greeting>[])[] = [];
    const step = defineStep<Greeting>({
      id: 'time',
      title: 'greetings',
      dependsOn: [],
      scope: 'node',
      async check() {
        return received.length === 0 ? [note, greet, file] : [note];
      },
      async apply(_host, _cfg, changes) {
        received.push(changes);
      },
    });
    const [result] = await runSteps(new SetupHost(transport, false), cfg, [step], { dryRun: false });
    expect(result!.status).toBe('changed');
    expect(result!.changes).toEqual([note, greet, file]);
    expect(received).toHaveLength(1);
    expect(received[0]).toHaveLength(2);
    expect(received[0]![0]).toBe(greet);
    expect(received[0]![1]).toBe(file);
    expect(received[0]!.map((c) => c.data)).toEqual([
      { op: 'greet', name: 'Ada' },
      { op: 'write-file', path: '/etc/hello', content: 'hi\n' },
    ]);
  });

  test('apply of a check that found something blocked is refused', async () => {
    const checked = await defineStep<Greeting>({
      id: 'time',
      title: 'greetings',
      dependsOn: [],
      scope: 'node',
      async check() {
        return [{ kind: 'update', target: 'bridge vmbr0', summary: 'differs', blocked: 'on the console' }];
      },
      async apply() {
        throw new Error('must not run');
      },
    }).check(new SetupHost(transport, false), cfg);
    await expect(checked.apply()).rejects.toThrow('time is blocked: bridge vmbr0: on the console');
  });

  test('the time step on a simulated host: apply gets the payloads its check made', async () => {
    // chronyc reloads the NTP sources (the simulator's fresh host has no chrony until apt installs it).
    const state = await freshHost({}, { edit: (s) => void (s.nodes.pve!.packages.chrony = '4.6.1-3') });
    const found: Finding<TimePayload>[][] = [];
    const applied: (readonly Change<TimePayload>[])[] = [];
    const spy = defineStep<TimePayload>({
      ...timeStep,
      async check(host, config) {
        const f = await timeStep.check(host, config);
        found.push(f);
        return f;
      },
      async apply(host, config, changes) {
        applied.push(changes);
        await timeStep.apply(host, config, changes);
      },
    });
    const config: SetupConfig = { ...cfg, timezone: 'Europe/Berlin', ntpServers: ['10.0.0.1'] };
    const host = new SetupHost(new SimTransport(state, { env: {} }), false);
    const [result] = await runSteps(host, config, [spy], { dryRun: false });
    expect(result!.error).toBeUndefined();
    expect(result!.status).toBe('changed');
    expect(applied).toHaveLength(1);
    expect(applied[0]).toEqual(found[0]!.filter((c) => !c.info));
    applied[0]!.forEach((c, i) => expect(c).toBe(found[0]![i]));
    expect(applied[0]!.map((c) => c.data.op)).toContain('set-timezone');
    expect(applied[0]!.find((c) => c.data.op === 'write-file')?.target).toBe(CHRONY_SOURCES);
    // The check after apply (convergence) found nothing left.
    expect(found[1]!.filter((c) => !c.info)).toEqual([]);
  });
});
