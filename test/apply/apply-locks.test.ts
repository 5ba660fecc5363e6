/**
 * Interrupted work and Proxmox locks on the example estate: a VM whose disk import failed is made
 * again from its image (never given a blank disk); a lock Phoenix's own run left is cleared; a
 * lock someone else holds is waited for with a bound and nothing is written through it, raw
 * `lxc.*` config lines included.
 */
import { ShellHostPort } from '../../src/host/shell-port.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { apply, editConfig, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { rmSync } from 'node:fs';

let estate: Estate;
beforeEach(async () => {
  estate = await makeEstate('example');
});
afterEach(() => rmSync(estate.dir, { recursive: true, force: true }));

const line = (argv: readonly string[]) => argv.join(' ');

async function setLock(id: number, lock: string | undefined): Promise<void> {
  await new SimTransport(estate.statePath, { env: {} }).store.update((s) => {
    const g = s.guests[String(id)]!;
    if (lock) g.conf.main.values.lock = lock;
    else delete g.conf.main.values.lock;
    delete g.rawText;
  });
}

async function converge(): Promise<void> {
  const run = await apply(estate);
  if (run.job.status !== 'applied') throw new Error(run.out);
}

describe('interrupted work', () => {
  it('a VM whose disk import failed is made again from its image, never given a blank disk', async () => {
    const fault = { op: 'qm disk import', nth: 1, times: 1000, exitCode: 255, message: 'import failed' };
    const first = await apply(estate, { env: { PHOENIX_SIM_FAULTS: JSON.stringify([fault]) } });
    expect(first.job.status).toBe('failed');
    const second = await apply(estate);
    expect(second.job.status).toBe('applied');
    const vm = second.job.plan!.changes.find((c) => c.address === 'vm/9000')!;
    expect(vm.action).toBe('replace');
    expect(vm.reasons[0]).toMatch(/^incomplete: its make step did not finish.*holds no data yet/);
    const sent = second.commands.map((c) => line(c.argv));
    expect(sent).toContain('qm destroy 9000 --purge 1 --destroy-unreferenced-disks 1');
    // The disk comes only from the image (import-from its volume id), never as a blank disk.
    const scsi0 = sent.filter((c) => /^qm set 9000 .*--scsi0/.test(c));
    expect(scsi0).toHaveLength(1);
    expect(scsi0[0]).toMatch(/--scsi0 \S+:0,import-from=local:import\/\S+\.qcow2( |$)/);
    expect((await apply(estate)).job.status).toBe('no-changes');
  });

  it("clears a lock Phoenix's own killed run left, after re-planning under the host lock", async () => {
    await converge();
    await setLock(953, 'snapshot');
    const run = await apply(estate);
    expect(run.job.status).toBe('applied');
    const c = run.job.plan!.changes.find((x) => x.address === 'ct/953')!;
    expect(c.reasons[0]).toMatch(/lock 'snapshot' left by an interrupted Phoenix run; apply clears it/);
    expect(run.commands.map((x) => line(x.argv))).toContain('pct unlock 953');
    expect((await apply(estate)).job.status).toBe('no-changes');
  });

  it("waits for someone else's lock with a bound and writes nothing through it", async () => {
    await converge();
    await setLock(953, 'backup');
    editConfig(estate.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!.memory_mb = 3000;
    });
    const run = await apply(estate, { settings: { foreignLockWaitSec: 0.05, foreignLockPollMs: 5 } });
    expect(run.job.status).toBe('failed');
    const report = run.job.result!.guests.find((g) => g.address === 'ct/953')!;
    expect(report.reason).toMatch(/locked \(backup\) by an operation that is not Phoenix's; waited 0 s/);
    const writes = run.commands.filter((x) => !x.readOnly && x.argv.includes('953'));
    expect(writes.map((x) => line(x.argv))).toEqual([]);
    // Once the backup is over, the change goes through.
    await setLock(953, undefined);
    expect((await apply(estate)).job.status).toBe('applied');
  });

  it('refuses to write raw lxc.* lines into a locked container', async () => {
    await converge();
    await setLock(953, 'backup');
    const port = new ShellHostPort(new SimTransport(estate.statePath, { env: {} }));
    await expect(
      port.setRawLxcLines({ kind: 'lxc', id: 953 }, ['lxc.cgroup2.devices.allow: a']),
    ).rejects.toThrow('CT is locked (backup); its raw lxc.* lines are not written');
  });
});
