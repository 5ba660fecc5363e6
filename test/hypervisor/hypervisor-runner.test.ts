/**
 * The step runner with stand-in steps: dependency order, failure and block propagation (naming
 * the root cause), the convergence check after apply, errors in checks, and the dry-run guard
 * that refuses any mutating command.
 */
import { SetupHost } from '../../src/hypervisor/host.js';
import { orderSteps, runSteps } from '../../src/hypervisor/runner.js';
import { SETUP_STEPS } from '../../src/hypervisor/steps/index.js';
import { defineStep } from '../../src/hypervisor/steps/define.js';
import type { AnySetupStep, SetupConfig as HostConfig, StepId } from '../../src/hypervisor/types.js';
import { STEP_IDS } from '../../src/hypervisor/types.js';
import type { HostTransport } from '../../src/proxmox/transport.js';

const transport: HostTransport = {
  description: 'stub',
  run: async () => ({ exitCode: 0, stdout: '', stderr: '' }),
  close: async () => undefined,
};
const cfg = {} as HostConfig;

/** A step whose host state is a counter: check reports a change until apply ran `times` times. */
function counterStep(
  id: StepId,
  dependsOn: StepId[],
  o: { fail?: string; block?: string; stubborn?: boolean; checkThrows?: string } = {},
): AnySetupStep & { applied: number } {
  const step = {
    applied: 0,
    ...defineStep<{ readonly op: 'count' }>({
      id,
      title: id,
      dependsOn,
      scope: 'node',
      async check() {
        if (o.checkThrows) throw new Error(o.checkThrows);
        if (step.applied > 0 && !o.stubborn) return [];
        return [
          {
            kind: 'create',
            target: `${id} thing`,
            summary: `make ${id}`,
            blocked: o.block,
            data: { op: 'count' },
          },
        ];
      },
      async apply(host: SetupHost): Promise<void> {
        await host.ok({ argv: ['touch', id], readOnly: false });
        if (o.fail) throw new Error(o.fail);
        step.applied++;
      },
    }),
  };
  return step;
}

describe('order', () => {
  test('the real steps come in an order where each follows its dependencies', () => {
    const order = orderSteps(SETUP_STEPS).map((s) => s.id);
    expect(order).toEqual([...STEP_IDS]);
    for (const s of SETUP_STEPS)
      for (const d of s.dependsOn) expect(order.indexOf(d)).toBeLessThan(order.indexOf(s.id));
  });

  test('dependencies declared later are pulled forward; cycles and unknown steps are errors', () => {
    expect(
      orderSteps([counterStep('storages', ['zfs-datasets']), counterStep('zfs-datasets', [])]).map(
        (s) => s.id,
      ),
    ).toEqual(['zfs-datasets', 'storages']);
    expect(() => orderSteps([counterStep('apt', ['time']), counterStep('time', ['apt'])])).toThrow(
      'setup steps depend on each other in a cycle: apt -> time -> apt',
    );
    expect(() => orderSteps([counterStep('apt', ['nfs'])])).toThrow(
      'setup step apt depends on unknown step nfs',
    );
  });
});

describe('run', () => {
  test('a failure skips its dependents transitively, naming the cause; independent steps still run', async () => {
    const steps = [
      counterStep('apt', []),
      counterStep('zfs-pools', [], { fail: 'disk on fire' }),
      counterStep('zfs-datasets', ['zfs-pools']),
      counterStep('storages', ['zfs-datasets']),
      counterStep('firewall', []),
    ];
    const host = new SetupHost(transport, false);
    const r = await runSteps(host, cfg, steps, { dryRun: false });
    expect(r.map((s) => [s.id, s.status, s.cause ?? null, s.error ?? null])).toEqual([
      ['apt', 'changed', null, null],
      ['zfs-pools', 'failed', null, 'disk on fire'],
      ['zfs-datasets', 'skipped', 'zfs-pools', 'skipped: it depends on zfs-pools, which failed'],
      [
        'storages',
        'skipped',
        'zfs-pools',
        'skipped: it depends on zfs-datasets, which depends on zfs-pools, which failed',
      ],
      ['firewall', 'changed', null, null],
    ]);
    expect(r.map((s) => s.mutations)).toEqual([1, 1, 0, 0, 1]);
  });

  test('a blocked change applies nothing in its step and blocks its dependents', async () => {
    const pools = counterStep('zfs-pools', [], { block: 'disk holds data' });
    const host = new SetupHost(transport, false);
    const r = await runSteps(host, cfg, [pools, counterStep('zfs-datasets', ['zfs-pools'])], {
      dryRun: false,
    });
    expect(r.map((s) => s.status)).toEqual(['blocked', 'skipped']);
    expect(r[0]!.error).toBe('zfs-pools thing: disk holds data');
    expect(r[1]!.error).toBe('skipped: it depends on zfs-pools, which was blocked');
    expect(host.mutations).toBe(0);
  });

  test('apply must converge: a step whose check still differs afterwards fails', async () => {
    const r = await runSteps(
      new SetupHost(transport, false),
      cfg,
      [counterStep('nfs', [], { stubborn: true })],
      { dryRun: false },
    );
    expect(r[0]!.status).toBe('failed');
    expect(r[0]!.error).toBe('did not converge: still to change after apply: nfs thing (make nfs)');
  });

  test('a check that throws fails its step', async () => {
    const r = await runSteps(
      new SetupHost(transport, false),
      cfg,
      [counterStep('apt', [], { checkThrows: 'dpkg is locked' })],
      { dryRun: false },
    );
    expect(r[0]).toMatchObject({ status: 'failed', error: 'check failed: dpkg is locked' });
  });

  test('a dry run only checks; --steps leaves the others out; onStep sees each result', async () => {
    const seen: string[] = [];
    const steps = [counterStep('apt', []), counterStep('time', []), counterStep('zfs-pools', [])];
    const host = new SetupHost(transport, true);
    const r = await runSteps(host, cfg, steps, {
      dryRun: true,
      only: new Set<StepId>(['apt', 'zfs-pools']),
      onStep: (s) => seen.push(`${s.id}:${s.status}`),
    });
    expect(seen).toEqual(['apt:planned', 'time:not-selected', 'zfs-pools:planned']);
    expect(r.every((s) => s.mutations === 0)).toBe(true);
    expect(steps.every((s) => s.applied === 0)).toBe(true);
  });

  test('in a dry run the host refuses mutating commands outright', async () => {
    const calls: string[][] = [];
    const host = new SetupHost(
      { ...transport, run: async (argv) => (calls.push([...argv]), { exitCode: 0, stdout: '', stderr: '' }) },
      true,
    );
    await expect(host.run({ argv: ['zpool', 'create', 'x', '/dev/sdb'], readOnly: false })).rejects.toThrow(
      'refused to run a mutating command in a dry run: zpool create x /dev/sdb',
    );
    await host.run({ argv: ['zpool', 'list'], readOnly: true });
    expect(calls).toEqual([['zpool', 'list']]);
  });
});

describe('SetupHost.readFiles', () => {
  test('many files in one grep; missing ones are undefined, empty ones empty', async () => {
    const host = new SetupHost(
      {
        ...transport,
        run: async (argv) => {
          expect(argv).toEqual(['grep', '-H', '', '--', '/etc/a', '/etc/a.d/b', '/etc/gone', '/etc/empty']);
          return {
            exitCode: 2,
            stdout: '/etc/a:one\n/etc/a:/etc/a.d/b:tricky\n/etc/a.d/b:two\n/etc/a.d/b:\n',
            stderr: 'grep: /etc/gone: No such file or directory\n',
          };
        },
      },
      true,
    );
    const files = await host.readFiles(['/etc/a', '/etc/a.d/b', '/etc/gone', '/etc/empty']);
    expect(Object.fromEntries(files)).toEqual({
      '/etc/a': 'one\n/etc/a.d/b:tricky\n',
      '/etc/a.d/b': 'two\n\n',
      '/etc/gone': undefined,
      '/etc/empty': '',
    });
  });
});
