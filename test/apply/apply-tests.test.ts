/**
 * Post-deployment tests on the simulator: run after the health check like scripts (`bash PATH ID`),
 * reported passed / failed / not run in the apply summary; a failing test fails its guest unless
 * the config marks it `"blocking": false`; a test whose script is missing is reported as not run.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { SimStore } from '../../src/sim/index.js';
import { apply, editConfig, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

type Vm = Record<string, unknown> & { vmid: number };
const TEST_RUN = 'bash /root/.phoenix/tests/docker/check_docker_service.sh 9001';

async function failTest(e: Estate): Promise<void> {
  const t = new SimTransport(e.statePath, { env: {} });
  await t.store.update((s) => {
    s.settings.execResults.push({
      vmid: 9001,
      match: 'tests/docker/check_docker_service\\.sh 9001$',
      exitCode: 1,
      stdout: 'docker: Cannot connect to the Docker daemon\n',
    });
  });
  await t.close();
}

const nonBlocking = (dir: string): void =>
  editConfig(dir, 'phoenix_vm_configs.json', (j) => {
    const v = (j.vms as Vm[]).find((x) => x.vmid === 9001)!;
    (v.tests as { health_checks: Record<string, unknown>[] }).health_checks[0]!.blocking = false;
  });

describeShared('post-deployment tests', () => {
  it('run after the health check with the id as $1, each reported in the summary; the second apply runs none', async () => {
    const e = await makeEstate('example');
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const vm = run.job.result!.guests.find((g) => g.address === 'vm/9001')!;
    expect(vm.tests).toEqual([
      { suite: 'health_checks', name: 'Docker daemon answers', blocking: true, outcome: 'passed' },
    ]);
    const labels = vm.steps.map((s) => s.op);
    expect(labels.indexOf('test')).toBeGreaterThan(labels.indexOf('health-check'));
    const g = (await new SimStore(e.statePath).read()).guests['9001']!;
    expect(g.execLog.map((x) => x.argv.join(' ')).some((a) => a.endsWith(TEST_RUN))).toBe(true);
    expect(run.out).toMatch(/^Tests: \d+ passed, 0 failed, 0 not run\.$/m);
    const again = await apply(e);
    expect(again.job.status).toBe('no-changes');
  }, 120_000);

  it('a failing test fails its guest', async () => {
    const e = await makeEstate('example');
    await failTest(e);
    const run = await apply(e);
    expect(run.job.status).toBe('failed');
    const vm = run.job.result!.guests.find((g) => g.address === 'vm/9001')!;
    expect(vm.outcome).toBe('failed');
    expect(vm.reason).toMatch(
      /test health_checks\/Docker daemon answers failed \(exit 1\): docker: Cannot connect/,
    );
    expect(vm.tests?.[0]?.outcome).toBe('failed');
    expect(run.out).toMatch(
      /Tests: \d+ passed, 1 failed, 0 not run\.\n {2}vm\/9001 health_checks\/Docker daemon answers: failed\n/,
    );
  }, 120_000);

  it('a failing non-blocking test is reported and the guest succeeds; a missing test script is not run', async () => {
    const e = await makeEstate('example', { patch: nonBlocking });
    await failTest(e);
    rmSync(join(e.configDir, 'tests', 'vllm'), { recursive: true, force: true });
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const vm = run.job.result!.guests.find((g) => g.address === 'vm/9001')!;
    expect(vm.outcome).toBe('succeeded');
    expect(vm.tests).toEqual([
      { suite: 'health_checks', name: 'Docker daemon answers', blocking: false, outcome: 'failed' },
    ]);
    expect(vm.steps.find((s) => s.op === 'test')!.note).toMatch(/^failed \(non-blocking\): /);
    const ct950 = run.job.result!.guests.find((g) => g.address === 'ct/950')!;
    expect(ct950.outcome).toBe('succeeded');
    expect(ct950.tests?.map((t) => t.outcome)).toEqual(['not-run']);
    expect(run.out).toMatch(/Tests: \d+ passed, 1 failed \(1 non-blocking\), 1 not run\./);
    expect(run.out).toContain('vm/9001 health_checks/Docker daemon answers: failed (non-blocking)');
  }, 120_000);
});
