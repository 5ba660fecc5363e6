/** The planner on the upstream estates in ../shared/fixtures/upstream. */
import { validateConfigDir } from '../../src/config/validate.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan, planConfigDiff } from '../../src/plan/planner.js';
import { countPlan } from '../../src/render/summary.js';
import { host } from '../helpers/plan-fixtures.js';
import { estateStorages } from '../../src/sim-seed/estate-host.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

const load = async (rev: string) =>
  (await validateConfigDir(sharedPath('fixtures', 'upstream', rev))).desired;

describeShared('upstream estates', () => {
  it('829c047 (the seed) on an empty host: all 17 guests created, sources and dependencies first', async () => {
    const desired = await load('829c047');
    // A host with the storages the estate names (what setup-hypervisor makes), no guests yet.
    const storages = [...estateStorages(desired)].map(([id, c]) => ({
      id,
      type: 'zfspool',
      content: [...c],
    }));
    const p = plan(desired, host({ guests: [], storages: [...host().storages, ...storages] }));
    expect(p.errors).toEqual([]);
    // The same plan against the bare host is errored, naming setup-hypervisor as the fix.
    const bare = plan(desired, host({ guests: [] }));
    expect(bare.errored).toBe(true);
    expect(bare.errors.map((e) => e.message)).toContain(
      'storage quickOS-vm-disks does not exist on the host (needed by vm/8000, vm/8001); run phoenix setup-hypervisor to provide it',
    );
    expect(p.changes).toHaveLength(17);
    expect(countPlan(p)).toMatchObject({ create: 17, change: 0, destroy: 0 });
    expect(p.changes.filter((c) => c.action === 'clone')).toHaveLength(15);
    const layer = new Map(p.changes.map((c) => [c.id, c.layer!]));
    let edges = 0;
    for (const g of desired.guests) {
      for (const before of [...(g.cloneFrom !== undefined ? [g.cloneFrom] : []), ...g.dependencies]) {
        expect(layer.get(before)).toBeLessThan(layer.get(g.id)!);
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(20);
    expect(p.layers.flat().sort()).toEqual(p.changes.map((c) => c.address).sort());
  });

  it.each(['829c047', '35c465b', '7ee84fb', '569d257'])(
    '%s: a host converged to the config plans no change',
    async (rev) => {
      const desired = await load(rev);
      const p = plan(desired, desiredToLiveState(desired));
      expect(p.changes.filter((c) => c.action !== 'no-op')).toEqual([]);
      expect(p.applyable).toBe(false);
    },
  );

  it('plans the move from 7ee84fb to 829c047 config-to-config', async () => {
    const p = planConfigDiff(await load('829c047'), await load('7ee84fb'));
    expect(p.basis).toBe('config-diff');
    const counts = countPlan(p);
    expect(counts.create).toBeGreaterThan(0);
    expect(counts.change).toBeGreaterThan(0);
    // 7ee84fb had no VMs: both VMs of 829c047 are new.
    expect(p.changes.filter((c) => c.kind === 'qemu').map((c) => c.action)).toEqual(['create', 'clone']);
  });
});
