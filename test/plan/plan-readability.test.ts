import { plan } from '../../src/plan/planner.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { FEATURE_NEEDS } from '../../src/plan/feature-needs.js';
import type { Plan } from '../../src/plan/types.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const H = hashes({ 'features/docker.sh': 'a', 'features/base.sh': 'b', 'apps/web.sh': 'c' });

function converged(desired: ReturnType<typeof estate>) {
  return { ...host(), guests: desiredToLiveState(desired, { scriptHashes: H, pveVersion: '8.4.1' }).guests };
}
const warningsOf = (p: Plan, address: string) =>
  p.warnings.filter((w) => w.address === address).map((w) => w.message);

describe('feature needs', () => {
  it('has one table entry per need, each saying why', () => {
    for (const needs of Object.values(FEATURE_NEEDS))
      for (const n of needs) expect(n.why.length).toBeGreaterThan(10);
  });

  it('warns when a clone drops nesting its source has and then runs the docker feature', () => {
    const desired = estate({
      '900': ct('base', { template: TEMPLATE, is_template: true, pct_options: ['nesting=1', 'keyctl=1'] }),
      '950': ct('web', { clone_from_ctid: '900', features: ['docker'], pct_options: ['keyctl=1'] }),
    });
    const w = warningsOf(plan(desired, host(), { scriptHashes: H }), 'ct/950');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(
      /^drops nesting=1, which its clone source ct\/900 has .*, but its feature docker needs it/,
    );
  });

  it('warns about keyctl only for unprivileged containers, and not when the settings are there', () => {
    const desired = estate({
      '950': ct('a', { template: TEMPLATE, features: ['docker'], pct_options: ['nesting=1'] }),
      '951': ct('b', {
        template: TEMPLATE,
        features: ['docker'],
        pct_options: ['nesting=1'],
        unprivileged: false,
      }),
      '952': ct('c', { template: TEMPLATE, features: ['docker'], pct_options: ['nesting=1', 'keyctl=1'] }),
    });
    const p = plan(desired, host(), { scriptHashes: H });
    expect(warningsOf(p, 'ct/950')).toEqual([
      expect.stringMatching(/^lacks keyctl=1, but its feature docker/),
    ]);
    expect(warningsOf(p, 'ct/951')).toEqual([]);
    expect(warningsOf(p, 'ct/952')).toEqual([]);
  });
});

describe('clones that keep the old version', () => {
  const desired = estate({
    '900': ct('base', { template: TEMPLATE, is_template: true, features: ['base'] }),
    '902': ct('docker-tpl', {
      clone_from_ctid: '900',
      features: ['docker'],
      pct_options: ['nesting=1', 'keyctl=1'],
      template_snapshot_name: 'ready',
    }),
    '950': ct('web', { clone_from_ctid: '902', pct_options: ['nesting=1', 'keyctl=1'] }),
    '951': ct('api', { clone_from_ctid: '902', pct_options: ['nesting=1', 'keyctl=1'] }),
  });

  it('names the existing clones of a source whose feature script changed', () => {
    const changed = { ...H, 'features/docker.sh': 'd'.repeat(64) };
    const p = plan(desired, converged(desired), { scriptHashes: changed });
    expect(p.changes.find((c) => c.address === 'ct/902')?.action).toBe('update');
    expect(warningsOf(p, 'ct/902')).toEqual([
      'clone source runs feature docker again; 2 existing clones keep the old version (clones are not rebuilt): CT 950 web, CT 951 api',
    ]);
  });

  it('says nothing when the source does not change or has no existing clones', () => {
    expect(plan(desired, converged(desired), { scriptHashes: H }).warnings).toEqual([]);
    expect(plan(desired, host(), { scriptHashes: H }).warnings).toEqual([]);
  });
});

describe('why scripts run again', () => {
  it('says a rebuilt guest runs its features and application script again because it is rebuilt', () => {
    const was = estate({
      '950': ct('web', {
        template: 'local:vztmpl/a.tar.zst',
        features: ['docker'],
        application_script: 'web.sh',
      }),
    });
    const now = estate({
      '950': ct('web', {
        template: 'local:vztmpl/b.tar.zst',
        features: ['docker'],
        application_script: 'web.sh',
      }),
    });
    const c = plan(now, converged(was), { scriptHashes: H, allowRebuild: true }).changes[0];
    expect(c.action).toBe('replace');
    expect(c.reasons).toContain('feature docker, application script web.sh run again: the guest is rebuilt');
  });
});

describe('feature-need warnings in a big estate', () => {
  it('are one warning for all the containers they apply to alike', () => {
    const guests: Record<string, ReturnType<typeof ct>> = {};
    for (let i = 0; i < 30; i++)
      guests[String(950 + i)] = ct(`g${i}`, { template: TEMPLATE, features: ['docker'] });
    const w = plan(estate(guests), host(), { scriptHashes: H }).warnings;
    expect(w).toHaveLength(1);
    expect(w[0].address).toBeUndefined();
    expect(w[0].message).toMatch(
      /^30 containers \(ct\/950, ct\/951, .*, and 10 more\) each: lacks nesting=1 and keyctl=1/,
    );
  });
});
