/**
 * Apply refuses, before any mutating command, a plan whose guests need what the host lacks (the
 * cloud image VM 9000 imports, a storage), naming setup-hypervisor as the fix; once the host has
 * them the same config applies.
 */
import { rmSync } from 'node:fs';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { apply, isLockCommand, makeEstate, type Estate } from '../helpers/apply-harness.js';

let estate: Estate;
beforeEach(async () => {
  estate = await makeEstate('example');
});
afterEach(() => rmSync(estate.dir, { recursive: true, force: true }));

async function edit(fn: Parameters<SimTransport['store']['update']>[0]): Promise<void> {
  const t = new SimTransport(estate.statePath, { env: {} });
  try {
    await t.store.update(fn);
  } finally {
    await t.close();
  }
}

const mutating = (run: Awaited<ReturnType<typeof apply>>) =>
  run.commands.filter((c) => !c.readOnly && !isLockCommand(c.argv)).map((c) => c.argv.join(' '));

test('a missing cloud image errors the plan and apply runs no mutating command', async () => {
  let removed: string[] = [];
  await edit((s) => {
    removed = s.volumes.filter((v) => v.content === 'import').map((v) => `${v.storage}:${v.volname}`);
    s.volumes = s.volumes.filter((v) => v.content !== 'import');
  });
  expect(removed).toEqual(['local:import/noble-server-cloudimg-amd64.qcow2']);
  const run = await apply(estate);
  expect(run.job.exitCode).toBe(1);
  expect(run.job.status).toBe('invalid');
  expect(run.out).toContain(
    'cloud image local:import/noble-server-cloudimg-amd64.qcow2 is missing: it is not downloaded yet (needed by vm/9000); run phoenix setup-hypervisor to provide it',
  );
  expect(mutating(run)).toEqual([]);
});

test('a missing storage errors the plan for every guest on it', async () => {
  const pool = estate.desired.guests.find((g) => g.kind === 'lxc')!.storagePool;
  await edit((s) => {
    delete s.storages[pool];
  });
  const run = await apply(estate);
  expect(run.job.exitCode).toBe(1);
  expect(run.out).toMatch(
    new RegExp(
      `storage ${pool} does not exist on the host \\(needed by ct/\\d+.*\\); run phoenix setup-hypervisor to provide it`,
    ),
  );
  expect(mutating(run)).toEqual([]);
});

test('with what setup-hypervisor provides, the same estate applies', async () => {
  const run = await apply(estate);
  expect(run.job.status).toBe('applied');
  const imports = run.commands.map((c) => c.argv.join(' ')).filter((c) => c.includes('import-from='));
  expect(imports).toEqual([
    expect.stringMatching(
      /^qm set 9000 --scsi0 \S+:0,import-from=local:import\/noble-server-cloudimg-amd64\.qcow2$/,
    ),
  ]);
});

test('the VM template boots with the agent vendor data, is sealed and shut down before qm template', async () => {
  const run = await apply(estate);
  expect(run.job.status).toBe('applied');
  const vm = run.commands.map((c) => c.argv.join(' ')).filter((c) => /^qm \S+( \S+)? 9000\b/.test(c));
  const at = (re: RegExp) => vm.findIndex((c) => re.test(c));
  expect(vm.find((c) => c.startsWith('qm create 9000'))).toContain(
    '--cicustom vendor=local:snippets/phoenix-agent.yaml',
  );
  const clean = at(/^qm guest exec 9000 .*cloud-init clean --logs --seed/);
  const machineId = at(/^qm guest exec 9000 .*machine-id/);
  const shutdown = vm.findLastIndex((c) => c.startsWith('qm shutdown 9000'));
  const template = at(/^qm template 9000/);
  expect(at(/^qm guest exec 9000 .*cloud-init status --wait/)).toBeGreaterThan(at(/^qm start 9000/));
  expect(clean).toBeGreaterThan(at(/^qm start 9000/));
  expect(machineId).toBeGreaterThan(clean);
  expect(shutdown).toBeGreaterThan(machineId);
  expect(template).toBeGreaterThan(shutdown);
});
