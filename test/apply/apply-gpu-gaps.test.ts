/**
 * The example estate's GPU containers on a host whose driver is loaded but whose NVIDIA UVM
 * device nodes were never made (as after a reboot without setup's udev rule): the plan is errored
 * naming the nodes and `phoenix setup-hypervisor`, apply runs no mutating command; once
 * setup-hypervisor's NVIDIA step has run, the same estate plans clean and applies.
 */
import { rmSync } from 'node:fs';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { hostSetupOf } from '../../src/sim/hypervisor/state.js';
import { setup } from '../helpers/hypervisor-fixtures.js';
import { apply, isLockCommand, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

let estate: Estate;
beforeEach(async () => {
  estate = await makeEstate('example');
  const t = new SimTransport(estate.statePath, { env: {} });
  try {
    await t.store.update((s) => {
      for (const node of Object.values(s.nodes)) {
        const nv = hostSetupOf(node).nvidia;
        // The version the hypervisor config installs, loaded; the UVM nodes not made.
        nv.installed = nv.loaded = '580.76.05';
        nv.uvmNodes = false;
      }
    });
  } finally {
    await t.close();
  }
});
afterEach(() => rmSync(estate.dir, { recursive: true, force: true }));

const mutating = (run: Awaited<ReturnType<typeof apply>>) =>
  run.commands.filter((c) => !c.readOnly && !isLockCommand(c.argv)).map((c) => c.argv.join(' '));

test('GPU guests on a host without the UVM nodes: errored plan, no mutating command; after setup, applied', async () => {
  const gpuGuests = estate.desired.guests.filter((g) => g.gpus.length > 0).map((g) => `ct/${g.id}`);
  expect(gpuGuests.length).toBeGreaterThan(0);
  const refused = await apply(estate);
  expect(refused.job.status).toBe('invalid');
  expect(refused.job.exitCode).toBe(1);
  expect(refused.out).toContain(
    'device node /dev/nvidia-uvm does not exist on the host: Proxmox checks every passed-through device when it is set and at every start',
  );
  expect(refused.out).toContain(
    `(needed by ${gpuGuests.join(', ')}); run phoenix setup-hypervisor to provide it`,
  );
  expect(refused.out).toContain('device node /dev/nvidia-uvm-tools does not exist on the host');
  expect(mutating(refused)).toEqual([]);

  const fixed = await setup(estate.configDir, estate.statePath, { steps: ['nvidia'] });
  expect(fixed.exitCode).toBe(0);
  const applied = await apply(estate);
  expect(applied.out).not.toContain('device node');
  expect(applied.job.status).toBe('applied');
});

describeShared('AppArmor profiles (upstream 829c047: lxc-phoenix-v2)', () => {
  test('a container whose profile the host lacks errors the plan; after setup it applies', async () => {
    const e = await makeEstate('829c047');
    try {
      const users = e.desired.guests
        .filter((g) => g.apparmorProfile === 'lxc-phoenix-v2')
        .map((g) => `ct/${g.id}`);
      expect(users.length).toBeGreaterThan(0);
      const t = new SimTransport(e.statePath, { env: {} });
      try {
        await t.store.update((s) => {
          for (const node of Object.values(s.nodes)) delete node.files['/etc/apparmor.d/lxc/lxc-phoenix-v2'];
        });
      } finally {
        await t.close();
      }
      const refused = await apply(e);
      expect(refused.job.status).toBe('invalid');
      expect(refused.out).toContain(
        `AppArmor profile lxc-phoenix-v2 is not installed on the host (/etc/apparmor.d/lxc/lxc-phoenix-v2), and the container cannot start without it (needed by ${users.join(', ')}); run phoenix setup-hypervisor to provide it`,
      );
      expect(mutating(refused)).toEqual([]);

      expect((await setup(e.configDir, e.statePath, { steps: ['apparmor'] })).exitCode).toBe(0);
      const applied = await apply(e);
      expect(applied.out).not.toContain('AppArmor profile');
      expect(applied.job.status).toBe('applied');
    } finally {
      rmSync(e.dir, { recursive: true, force: true });
    }
  });
});
