/**
 * Pending values on a running guest (`[pve:pending]`) count as not applied: a value the config
 * reverted is set again (so it does not come back at the next start), and a value that is only
 * pending is set again and the guest restarted, the plan saying why.
 */
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { configAfterPending } from '../../src/plan/pending.js';
import { plan } from '../../src/plan/planner.js';
import type { GuestChange, Plan } from '../../src/plan/types.js';
import type { LiveGuest } from '../../src/model/live-state.js';
import { ct, estate, hashes, host } from '../helpers/plan-fixtures.js';

const H = hashes({});
const desired = estate({
  '950': ct('web', { template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst' }),
});

function planWith(edit: (g: LiveGuest) => LiveGuest): Plan {
  const live = desiredToLiveState(desired, { scriptHashes: H, pveVersion: '8.4.1' });
  return plan(desired, host({ guests: live.guests.map((g) => edit({ ...g, status: 'running' })) }), {
    scriptHashes: H,
  });
}
const change = (p: Plan): GuestChange => p.changes.find((c) => c.address === 'ct/950')!;

describe('pending changes', () => {
  it('nothing pending, nothing to do', () => {
    expect(change(planWith((g) => g)).action).toBe('no-op');
  });

  it('a reverted value still pending is set again (it would apply at the next start)', () => {
    const c = change(planWith((g) => ({ ...g, pending: { hostname: 'old-name' } })));
    expect(c.action).toBe('update');
    expect(c.steps.find((s) => s.op === 'configure')).toMatchObject({ set: { hostname: 'web' } });
    expect(c.diffs).toContainEqual(
      expect.objectContaining({ key: 'hostname', note: 'pending old-name reverted' }),
    );
  });

  it('a value that is only pending is not applied: set again, and the running guest restarted', () => {
    const c = change(
      planWith((g) => ({
        ...g,
        config: { ...g.config, hostname: 'old-name' },
        pending: { hostname: 'web' },
      })),
    );
    expect(c.steps.map((s) => s.op)).toEqual(expect.arrayContaining(['configure', 'restart']));
    expect(c.diffs).toContainEqual(
      expect.objectContaining({ key: 'hostname', effect: 'restart', from: 'old-name' }),
    );
  });

  it('reads pending removals (`delete: a,!b`) into the config after the next start', () => {
    const g = {
      config: { a: '1', b: '2', c: '3' },
      pending: { c: '4', delete: 'a,!b' },
    } as unknown as LiveGuest;
    expect(configAfterPending(g)).toEqual({ c: '4' });
  });
});
