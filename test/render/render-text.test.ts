import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan } from '../../src/plan/planner.js';
import { renderText } from '../../src/render/text.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const desired = estate({
  '900': ct('base', { template: TEMPLATE, is_template: true }),
  '950': ct('web', { clone_from_ctid: '900', memory_mb: 2048 }),
  '951': ct('db', { template: TEMPLATE }),
});

describe('renderText', () => {
  it('prints changed guests with field diffs, the order in layers and the headline last', () => {
    const live = desiredToLiveState(desired);
    const guests = live.guests
      .filter((g) => g.id !== 951)
      .map((g) => (g.id === 950 ? { ...g, config: { ...g.config, memory: '512' } } : g));
    const text = renderText(plan(desired, { ...host(), guests }));
    // Set on the host behind Phoenix's back: marked as drift and listed in its own section.
    expect(text).toContain(
      '  ~ CT 950 web: update in place\n      # changed outside Phoenix (drift): apply sets it back to the config\n      ~ memory: 512 -> 2048 [changed outside Phoenix]\n',
    );
    expect(text).toContain(
      'Changed outside Phoenix (drift): 1 setting; apply sets it back to the config:\n  ~ ct/950 memory: 512 on the host, the config says 2048\n',
    );
    expect(text).toContain('  + CT 951 db: create from debian-12-standard_12.7-1_amd64.tar.zst');
    expect(text).not.toContain('CT 900 base');
    expect(text).toMatch(/Order \(guests on one line can run in parallel\):\n {3}1: ct\/950, ct\/951\n/);
    expect(text.trimEnd().split('\n').slice(-2)[0]).toBe('Plan: 1 to create, 1 to change, 0 to destroy.');
    expect(text).not.toContain('\x1b[');
  });

  it('colours only when asked and lists unchanged guests when verbose', () => {
    const p = plan(desired, desiredToLiveState(desired));
    expect(renderText(p, { color: true })).toContain(
      '\x1b[1mNo changes. The host matches the configuration.\x1b[0m',
    );
    expect(renderText(p, { verbose: true })).toContain('= CT 900 base: no change');
  });

  it('ends an errored plan with the errors and a failure line', () => {
    const bad = plan(estate({ '950': ct('web', { clone_from_ctid: '999' }) }), host());
    const text = renderText(bad);
    expect(text).toContain('error: ct/950: clone source 999 is neither in the config nor on the host');
    expect(text).toMatch(/Planning failed: 1 error\. Plan: 1 to create/);
  });
});
