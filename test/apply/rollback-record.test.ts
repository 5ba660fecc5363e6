/**
 * Rollback on the simulator, as apply leaves guests: the safety snapshot saves the guest's
 * done-record, Proxmox (and the simulator) keep the current description on rollback, and Phoenix
 * sets the record back to what the snapshot state had done, so the next apply runs again what the
 * rollback undid. Plus the plan shown before a rollback and its refusals.
 */
import { rollbackGuest } from '../../src/apply/rollback.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import { readMarker } from '../../src/plan/markers.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { apply, editConfig, FAST, hostState, makeEstate } from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

describeShared('rollback restores the done-record of the snapshot state', () => {
  it('a feature run after the safety snapshot is marked not done again, and the next apply runs it', async () => {
    const e = await makeEstate('example');
    expect((await apply(e)).job.status).toBe('applied');
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      const g = (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!;
      g.features = [...((g.features as string[] | undefined) ?? []), 'base_setup'];
    });
    const second = await apply(e, { sha: 'abcdef1234' });
    expect(second.job.status).toBe('applied');
    const before = (await hostState(e)).guests.find((g) => g.id === 953)!;
    expect(readMarker(before)?.features).toHaveProperty('base_setup');
    const saved = before.snapshots.find((s) => s.name === 'phoenix-pre-abcdef1')!;
    expect(saved.description).toMatch(
      /^Phoenix safety snapshot before apply \(plan [0-9a-f]{12}\)\nphoenix: \{/,
    );

    const t = new SimTransport(e.statePath, { env: {} });
    let out = '';
    const asked: string[] = [];
    const r = await rollbackGuest(new ShellHostPort(t), {
      id: 953,
      lockTimeoutMs: 5000,
      out: (s) => (out += s),
      confirm: async (plan) => (asked.push(plan.snapshot), true),
    });
    await t.close();
    expect(r.done).toBe(true);
    expect(asked).toEqual(['phoenix-pre-abcdef1']);
    expect(out).toContain("CT 953 will be rolled back to snapshot 'phoenix-pre-abcdef1':");
    expect(out).toContain('done-record is set to the one saved with the snapshot');
    const after = (await hostState(e)).guests.find((g) => g.id === 953)!;
    // The simulator, like Proxmox, kept the description; Phoenix rewrote the record in it.
    expect(after.config.description).toMatch(/^Managed by Phoenix/);
    expect(readMarker(after)?.features).not.toHaveProperty('base_setup');
    // On ZFS the lifecycle snapshots retaken after the safety one went first, without
    // --delete-newer; the next apply takes them again.
    expect(out).toContain('newer snapshots deleted first (ZFS keeps only the most recent): final-form');
    expect(after.snapshots.map((s) => s.name)).not.toContain('final-form');

    const third = await apply(e, { settings: { ...FAST, keepSafetySnapshots: 0 } });
    expect(third.job.status).toBe('applied');
    expect(third.commands.some((c) => c.argv.join(' ').includes('features/base_setup.sh'))).toBe(true);
    const retaken = (await hostState(e)).guests.find((g) => g.id === 953)!;
    expect(readMarker(retaken)?.features).toHaveProperty('base_setup');
    expect(retaken.snapshots.map((s) => s.name)).toEqual(
      expect.arrayContaining(['pre-configured', 'final-form']),
    );
  });

  it('a rollback that is not approved changes nothing', async () => {
    const e = await makeEstate('example');
    expect((await apply(e)).job.status).toBe('applied');
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['910']!.memory_mb = 3000;
    });
    expect((await apply(e, { sha: '1234567aa' })).job.status).toBe('applied');
    const t = new SimTransport(e.statePath, { env: {} });
    let out = '';
    const r = await rollbackGuest(new ShellHostPort(t), {
      id: 910,
      lockTimeoutMs: 5000,
      out: (s) => (out += s),
      confirm: async () => false,
    });
    await t.close();
    expect(r.done).toBe(false);
    expect(out).toContain('Rollback cancelled; nothing was changed.');
    expect((await hostState(e)).guests.find((g) => g.id === 910)!.config.memory).toBe('3000');
  });
});
