/**
 * Canonical plan intents (plan/intents.ts): what a plan changes, independent of steps, so apply
 * can hold a fresh plan to the union of reviewed ones (containment instead of equal hashes).
 */
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { intentKey, planIntents, unreviewedIntents } from '../../src/plan/intents.js';
import { plan } from '../../src/plan/planner.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const base = (extra = {}) => ct('web', { template: TEMPLATE, ...extra });

describe('planIntents', () => {
  it('lists a create as its source, storage and one set per config key, and nothing for no-ops', () => {
    const desired = estate({ '950': base() });
    const p = plan(desired, host());
    const keys = planIntents(p).map(intentKey);
    expect(keys).toContain(`ct/950 create source = ${TEMPLATE}`);
    expect(keys.some((k) => k.startsWith('ct/950 set memory = 1024'))).toBe(true);
    expect(keys.every((k) => k.startsWith('ct/950 '))).toBe(true);
    const converged = plan(desired, desiredToLiveState(desired));
    expect(planIntents(converged)).toEqual([]);
  });

  it('is the same for the same plan, and deduplicated', () => {
    const desired = estate({ '950': base(), '951': base({ name: 'db' }) });
    const a = planIntents(plan(desired, host()));
    const b = planIntents(plan(desired, host()));
    expect(a).toEqual(b);
    expect(new Set(a.map(intentKey)).size).toBe(a.length);
  });
});

describe('unreviewedIntents: containment', () => {
  const reviewedDesired = estate({ '950': base({ memory_mb: 2048 }) });
  const converged = desiredToLiveState(estate({ '950': base() }));

  it('accepts a fresh plan equal to the reviewed one, or any part of it', () => {
    const reviewed = plan(reviewedDesired, converged);
    expect(planIntents(reviewed).map(intentKey)).toContain('ct/950 set memory = 2048');
    expect(unreviewedIntents(reviewed, [reviewed])).toEqual([]);
    // Half-way: the guest is already converged, nothing left to do is trivially contained.
    const after = plan(reviewedDesired, desiredToLiveState(reviewedDesired));
    expect(unreviewedIntents(after, [reviewed])).toEqual([]);
  });

  it('accepts a plan covering two reviewed pull requests only through their union', () => {
    const first = plan(reviewedDesired, converged);
    const both = estate({ '950': base({ memory_mb: 2048 }), '951': base({ name: 'db' }) });
    const second = plan(estate({ '950': base(), '951': base({ name: 'db' }) }), converged);
    const fresh = plan(both, converged);
    expect(unreviewedIntents(fresh, [first])).not.toEqual([]);
    expect(unreviewedIntents(fresh, [second])).not.toEqual([]);
    expect(unreviewedIntents(fresh, [first, second])).toEqual([]);
  });

  it('names every change nobody reviewed', () => {
    const reviewed = plan(reviewedDesired, converged);
    const fresh = plan(estate({ '950': base({ memory_mb: 4096 }) }), converged);
    expect(unreviewedIntents(fresh, [reviewed]).map(intentKey)).toEqual(['ct/950 set memory = 4096']);
  });

  it('covers what runs in the guest: a health check with another command is not the reviewed one', () => {
    const withCheck = (command: string) =>
      estate({ '950': base({ memory_mb: 2048, health_check: { command } }) });
    const reviewed = plan(withCheck('curl -fsS http://localhost/'), converged);
    expect(
      planIntents(reviewed)
        .map(intentKey)
        .some((k) => k.startsWith('ct/950 health-check = ')),
    ).toBe(true);
    expect(unreviewedIntents(plan(withCheck('curl -fsS http://localhost/'), converged), [reviewed])).toEqual(
      [],
    );
    const other = unreviewedIntents(plan(withCheck('curl -fsS http://evil.example/'), converged), [reviewed]);
    expect(other.map(intentKey)).toEqual([
      expect.stringContaining('ct/950 health-check = {"command":"curl -fsS http://evil.example/"'),
    ]);
  });
});
