/**
 * A container clone inherits its source's raw `lxc.*` lines (pct clone copies them) unless its own
 * entry replaces the same key (`lxc.mount.entry`: the same target); GPU lines are each guest's own.
 */
import { desiredConfig } from '../../src/plan/desired-config.js';
import { plan } from '../../src/plan/planner.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const desired = estate({
  '900': ct('base', {
    template: TEMPLATE,
    is_template: true,
    lxc_options: ['lxc.apparmor.profile=unconfined'],
  }),
  '902': ct('docker', {
    clone_from_ctid: '900',
    is_template: true,
    lxc_options: ['lxc.cgroup2.devices.allow=a', 'lxc.mount.entry=/dev/fuse dev/fuse none bind,create=file'],
  }),
  '910': ct('portainer', { clone_from_ctid: '902', lxc_options: ['lxc.mount.auto=sys:rw'] }),
  '911': ct('own-fuse', {
    clone_from_ctid: '902',
    lxc_options: [
      'lxc.mount.entry=/dev/fuse dev/fuse none bind,optional,create=file',
      'lxc.apparmor.profile=generated',
    ],
  }),
});
const byId = new Map(desired.guests.map((g) => [g.id, g]));
const raw = (id: number) => desiredConfig(byId.get(id)!, { desiredById: byId }).lxcRaw;

describe('raw lxc lines of clones', () => {
  it("a clone keeps its source's lines (the whole chain) before its own", () => {
    expect(raw(910)).toEqual([
      'lxc.apparmor.profile: unconfined',
      'lxc.cgroup2.devices.allow: a',
      'lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file',
      'lxc.mount.auto: sys:rw',
    ]);
  });

  it('its own entry for the same key (a mount entry: the same target) replaces the inherited one', () => {
    expect(raw(911)).toEqual([
      'lxc.cgroup2.devices.allow: a',
      'lxc.mount.entry: /dev/fuse dev/fuse none bind,optional,create=file',
      'lxc.apparmor.profile: generated',
    ]);
  });

  it('the plan writes the inherited lines for a new clone', () => {
    const p = plan(desired, host());
    const c = p.changes.find((x) => x.address === 'ct/910')!;
    const configure = c.steps.find((s) => s.op === 'configure');
    expect(configure?.op === 'configure' && configure.lxcRaw).toContain(
      'lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file',
    );
  });
});
