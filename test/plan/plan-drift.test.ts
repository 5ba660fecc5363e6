import { plan } from '../../src/plan/planner.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { readMarker, renderDescription, withoutApplied } from '../../src/plan/markers.js';
import type { GuestChange, Plan } from '../../src/plan/types.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const H = hashes({});

function change(p: Plan, address: string): GuestChange {
  const c = p.changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change for ${address}`);
  return c;
}
const diff = (c: GuestChange, key: string) => c.diffs.find((d) => d.key === key);

const applied = estate({ '950': ct('web', { template: TEMPLATE, memory_mb: 2048, cores: 2 }) });
/** The host once `applied` was applied, with `edit` made to CT 950's config behind Phoenix's back. */
function hostAfter(edit: Record<string, string>, o: { noRecord?: boolean } = {}) {
  const live = desiredToLiveState(applied, { scriptHashes: H });
  return {
    ...host(),
    guests: live.guests.map((g) => {
      const config = { ...g.config, ...edit };
      if (o.noRecord) config.description = renderDescription(withoutApplied(readMarker(g)!));
      return { ...g, config };
    }),
  };
}

describe('drift told apart from config edits', () => {
  it('records what was applied in the done-record', () => {
    const live = desiredToLiveState(applied, { scriptHashes: H });
    expect(readMarker(live.guests[0]!)?.applied).toMatchObject({
      memory: expect.stringMatching(/^[0-9a-f]{8}$/),
      cores: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
  });

  it('a value changed on the host while the config is unchanged is drift', () => {
    const c = change(plan(applied, hostAfter({ memory: '1234' }), { scriptHashes: H }), 'ct/950');
    expect(c.action).toBe('update');
    expect(diff(c, 'memory')).toMatchObject({ from: '1234', to: '2048', origin: 'outside' });
    expect(c.reasons[0]).toMatch(/changed outside Phoenix/);
  });

  it('a config edit on an untouched host is an edit', () => {
    const edited = estate({ '950': ct('web', { template: TEMPLATE, memory_mb: 4096, cores: 2 }) });
    const c = change(plan(edited, hostAfter({}), { scriptHashes: H }), 'ct/950');
    expect(diff(c, 'memory')).toEqual({ effect: 'live', from: '2048', key: 'memory', to: '4096' });
    expect(c.reasons[0]).toBe('config differs');
  });

  it('a config edit of a value also changed on the host is both', () => {
    const edited = estate({ '950': ct('web', { template: TEMPLATE, memory_mb: 4096, cores: 2 }) });
    const c = change(plan(edited, hostAfter({ memory: '1234' }), { scriptHashes: H }), 'ct/950');
    expect(diff(c, 'memory')).toMatchObject({ from: '1234', to: '4096', origin: 'both' });
  });

  it('mixes drift and edits in one guest, each diff on its own', () => {
    const edited = estate({ '950': ct('web', { template: TEMPLATE, memory_mb: 2048, cores: 4 }) });
    const c = change(plan(edited, hostAfter({ memory: '1234' }), { scriptHashes: H }), 'ct/950');
    expect(diff(c, 'memory')?.origin).toBe('outside');
    expect(diff(c, 'cores')?.origin).toBeUndefined();
    expect(c.reasons[0]).toBe('config differs; 1 setting changed outside Phoenix');
  });

  it('a setting Phoenix owns turned on on the host is drift', () => {
    const c = change(plan(applied, hostAfter({ protection: '1' }), { scriptHashes: H }), 'ct/950');
    expect(diff(c, 'protection')).toMatchObject({ from: '1', origin: 'outside' });
  });

  it('a guest applied before the record existed plans as today (config edits, no record-only step)', () => {
    const c = change(
      plan(applied, hostAfter({ memory: '1234' }, { noRecord: true }), { scriptHashes: H }),
      'ct/950',
    );
    expect(diff(c, 'memory')).toEqual({ effect: 'live', from: '1234', key: 'memory', to: '2048' });
    expect(c.reasons[0]).toBe('config differs');
    // The change writes the record, so the next drift is told apart.
    const record = c.steps.find((s) => s.op === 'record');
    expect(record?.op === 'record' && record.marker.applied?.memory).toBeTruthy();
    const untouched = plan(applied, hostAfter({}, { noRecord: true }), { scriptHashes: H });
    expect(change(untouched, 'ct/950').action).toBe('no-op');
  });

  it('a converged guest with a record plans nothing', () => {
    expect(change(plan(applied, hostAfter({}), { scriptHashes: H }), 'ct/950').action).toBe('no-op');
  });
});
