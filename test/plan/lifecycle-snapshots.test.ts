/**
 * Lifecycle snapshots as the original tooling took them, on every guest that does not end as a
 * template: `pre-configured` after configuration (before features and scripts) and `final-form`
 * after the health check and tests; renamed by `snapshots`, off with `enable_lifecycle_snapshots:
 * false`; taken once and retaken only when the guest changes; skipped, with a plan note, where
 * Proxmox cannot snapshot the guest (bind mounts, raw volumes on file storages, thick LVM).
 */
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { expectedSnapshots, LIFECYCLE_SNAPSHOTS } from '../../src/plan/lifecycle.js';
import { plan } from '../../src/plan/planner.js';
import { snapshotBlocker } from '../../src/plan/snapshot-capable.js';
import type { GuestChange, Plan, Step } from '../../src/plan/types.js';
import type { LiveGuest, LiveState } from '../../src/model/live-state.js';
import { ct as baseCt, estate, hashes, host, TEMPLATE, vm as baseVm } from '../helpers/plan-fixtures.js';

type Obj = Record<string, unknown>;
const H = hashes({ 'features/base.sh': 'a', 'apps/web.sh': 'c', 'tests/t.sh': 'd' });
// The fixtures turn lifecycle snapshots off for other tests; here they are at their default (on).
const ct = (name: string, extra: Obj = {}) => {
  const c = baseCt(name, { template: TEMPLATE, ...extra });
  if (!('enable_lifecycle_snapshots' in extra)) delete c.enable_lifecycle_snapshots;
  return c;
};
const vm = (id: number, name: string, extra: Obj = {}) => {
  const v = baseVm(id, name, extra);
  if (!('enable_lifecycle_snapshots' in extra)) delete v.enable_lifecycle_snapshots;
  return v;
};

function change(p: Plan, address: string): GuestChange {
  const c = p.changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change for ${address}`);
  return c;
}
const snaps = (c: GuestChange) =>
  c.steps.filter((s): s is Extract<Step, { op: 'snapshot' }> => s.op === 'snapshot');
/** Steps as `op` or, for snapshots, `snapshot NAME`. */
const order = (c: GuestChange) => c.steps.map((s) => (s.op === 'snapshot' ? `snapshot ${s.name}` : s.op));

function converged(d: ReturnType<typeof estate>, edit: (g: LiveGuest) => LiveGuest = (g) => g): LiveState {
  const live = desiredToLiveState(d, { scriptHashes: H, pveVersion: '8.4.1' });
  return { ...host(), guests: live.guests.map(edit) };
}

const web = (extra: Obj = {}) =>
  estate({
    '950': ct('web', {
      features: ['base'],
      application_script: 'web.sh',
      health_check: { command: 'true' },
      tests: { smoke: [{ name: 't', path: 't.sh' }] },
      ...extra,
    }),
  });

describe('lifecycle snapshots on every guest', () => {
  it('takes pre-configured after configuration and the first start, final-form after the health check and tests', () => {
    const c = change(plan(web(), host(), { scriptHashes: H }), 'ct/950');
    expect(order(c)).toEqual([
      'create',
      'start',
      'snapshot pre-configured',
      'feature',
      'app-script',
      'health-check',
      'test',
      'snapshot final-form',
      'record',
    ]);
    expect(snaps(c).every((s) => s.purpose === 'lifecycle' && !s.replace)).toBe(true);
  });

  it('takes them on VMs too, named by vm_defaults.snapshots unless the VM names its own', () => {
    const d = estate(
      {},
      [
        vm(9001, 'a', { template_image: 'noble.img' }),
        vm(9002, 'b', { template_image: 'noble.img', snapshots: { 'post-features': 'done' } }),
      ],
      {
        vm: { vm_defaults: { snapshots: { 'pre-features': 'base', 'post-features': 'ready' } } },
      },
    );
    const p = plan(d, host(), { scriptHashes: H });
    expect(snaps(change(p, 'vm/9001')).map((s) => s.name)).toEqual(['base', 'ready']);
    expect(snaps(change(p, 'vm/9002')).map((s) => s.name)).toEqual(['base', 'done']);
  });

  it('are renamed by the guest`s snapshots object and turned off by enable_lifecycle_snapshots: false', () => {
    const named = web({ snapshots: { 'pre-features': 'configured', 'post-features': 'tested' } });
    expect(snaps(change(plan(named, host(), { scriptHashes: H }), 'ct/950')).map((s) => s.name)).toEqual([
      'configured',
      'tested',
    ]);
    const off = web({ enable_lifecycle_snapshots: false });
    expect(snaps(change(plan(off, host(), { scriptHashes: H }), 'ct/950'))).toEqual([]);
    expect(expectedSnapshots(off.guests[0]!)).toEqual([]);
    // An explicit true (the old flag) is the default.
    expect(expectedSnapshots(web({ enable_lifecycle_snapshots: true }).guests[0]!)).toEqual([
      LIFECYCLE_SNAPSHOTS.preConfigured,
      LIFECYCLE_SNAPSHOTS.finalForm,
    ]);
  });

  it('a template snapshot of the same name is one snapshot, taken after the tests, before final-form', () => {
    const d = web({ template_snapshot_name: 'pre-configured' });
    const c = change(plan(d, host(), { scriptHashes: H }), 'ct/950');
    expect(snaps(c).map((s) => [s.name, s.purpose])).toEqual([
      ['pre-configured', 'template'],
      ['final-form', 'lifecycle'],
    ]);
    expect(order(c).indexOf('snapshot pre-configured')).toBeGreaterThan(order(c).indexOf('test'));
    expect(expectedSnapshots(d.guests[0]!)).toEqual(['pre-configured', 'final-form']);
  });

  it('a guest that ends as a template takes none, and is warned only if it asked for them', () => {
    const quiet = estate({ '900': ct('base', { is_template: true }) });
    const p = plan(quiet, host(), { scriptHashes: H });
    expect(snaps(change(p, 'ct/900'))).toEqual([]);
    expect(p.warnings).toEqual([]);
    const asked = estate({ '900': ct('base', { is_template: true, enable_lifecycle_snapshots: true }) });
    expect(plan(asked, host(), { scriptHashes: H }).warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^lifecycle snapshots ignored: a template carries no snapshots/),
    ]);
  });

  it('a guest becoming a template has its lifecycle snapshots deleted first', () => {
    const was = converged(web());
    expect(was.guests[0]!.snapshots.map((s) => s.name)).toEqual(['pre-configured', 'final-form']);
    const c = change(plan(web({ is_template: true }), was, { scriptHashes: H }), 'ct/950');
    expect(c.steps.find((s) => s.op === 'template')).toMatchObject({
      deleteSnapshots: ['final-form', 'pre-configured'],
    });
  });
});

describe('taken once, retaken only when the guest changed', () => {
  it('a converged guest takes none', () => {
    const p = plan(web(), converged(web()), { scriptHashes: H });
    expect(change(p, 'ct/950').action).toBe('no-op');
  });

  it('a config change retakes both (delete + take)', () => {
    const c = change(plan(web({ memory_mb: 2048 }), converged(web()), { scriptHashes: H }), 'ct/950');
    expect(snaps(c).map((s) => [s.name, s.replace])).toEqual([
      ['pre-configured', true],
      ['final-form', true],
    ]);
  });

  it('a changed feature script retakes both, the first before the feature runs again', () => {
    const changed = { ...H, 'features/base.sh': 'e'.repeat(64) };
    const c = change(plan(web(), converged(web()), { scriptHashes: changed }), 'ct/950');
    expect(order(c)).toEqual([
      'snapshot pre-configured',
      'feature',
      'health-check',
      'test',
      'snapshot final-form',
      'record',
    ]);
  });

  it('setting back a value changed outside Phoenix (drift) retakes none', () => {
    const drifted = converged(web(), (g) => ({ ...g, config: { ...g.config, memory: '512' } }));
    const c = change(plan(web(), drifted, { scriptHashes: H }), 'ct/950');
    expect(c.steps.map((s) => s.op)).toContain('configure');
    expect(snaps(c)).toEqual([]);
  });

  it('a missing one is taken again alone', () => {
    const lost = converged(web(), (g) => ({
      ...g,
      snapshots: g.snapshots.filter((s) => s.name !== 'final-form'),
    }));
    const c = change(plan(web(), lost, { scriptHashes: H }), 'ct/950');
    expect(snaps(c).map((s) => [s.name, s.replace])).toEqual([['final-form', false]]);
    expect(c.reasons).toContain('snapshot final-form missing');
  });
});

describe('guests Proxmox cannot snapshot', () => {
  it('a container with a bind mount: skipped with one note, silent once converged', () => {
    const d = web({ mount_points: [{ host_path: '/srv/web', container_path: '/data' }] });
    const p = plan(d, host(), { scriptHashes: H });
    expect(snaps(change(p, 'ct/950'))).toEqual([]);
    expect(p.warnings).toEqual([
      {
        address: 'ct/950',
        message:
          'snapshots pre-configured, final-form skipped: mp0 is a bind or device mount (/srv/web), which Proxmox cannot snapshot',
      },
    ]);
    const again = plan(
      d,
      converged(d, (g) => ({ ...g, snapshots: [] })),
      { scriptHashes: H },
    );
    expect(change(again, 'ct/950').action).toBe('no-op');
    expect(again.warnings).toEqual([]);
  });

  it('a container on a dir storage (raw volume) or thick LVM: skipped; ZFS and LVM-thin: taken', () => {
    const storages = [
      { id: 'local', type: 'dir', content: ['rootdir'] },
      { id: 'thick', type: 'lvm', content: ['rootdir'] },
      { id: 'tank', type: 'zfspool', content: ['rootdir'] },
    ];
    expect(snapshotBlocker('lxc', { rootfs: 'local:8' }, storages)).toBe(
      "rootfs is on dir storage 'local' as a raw or subvol volume, which Proxmox cannot snapshot (only qcow2 files there)",
    );
    expect(snapshotBlocker('lxc', { rootfs: 'thick:vm-1-disk-0,size=8G' }, storages)).toBe(
      "rootfs is on lvm storage 'thick', which has no snapshots",
    );
    expect(snapshotBlocker('lxc', { rootfs: 'tank:subvol-1-disk-0,size=8G' }, storages)).toBeUndefined();
    // A VM's qcow2 disk on a dir storage can; its cloud-init drive is not asked.
    const vmConfig = {
      scsi0: 'local:9001/vm-9001-disk-0.qcow2,size=16G',
      ide2: 'local:9001/vm-9001-cloudinit.qcow2,media=cdrom',
    };
    expect(snapshotBlocker('qemu', vmConfig, storages)).toBeUndefined();
    expect(snapshotBlocker('qemu', { scsi0: 'local:9001/vm-9001-disk-0.raw' }, storages)).toMatch(
      /^scsi0 is on dir storage/,
    );
    // The plan on a host whose only rootdir storage is a dir one.
    const d = web({ storage_pool: 'local' });
    const p = plan(d, host({ storages }), { scriptHashes: H });
    expect(snaps(change(p, 'ct/950'))).toEqual([]);
    expect(p.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^snapshots pre-configured, final-form skipped: rootfs is on dir storage 'local'/,
      ),
    );
  });
});

describe('a clone source whose template snapshot Proxmox cannot take', () => {
  const storages = [
    { id: 'local', type: 'dir', content: ['rootdir', 'vztmpl'] },
    { id: 'local-lvm', type: 'lvmthin', content: ['rootdir', 'images'] },
  ];
  const d = (pool: string) =>
    estate({
      '900': ct('base', { storage_pool: pool, template_snapshot_name: 'golden' }),
      '950': ct('web', { clone_from_ctid: '900' }),
    });

  it('is refused in the plan, naming why, instead of failing the clone at apply', () => {
    const p = plan(d('local'), host({ storages }), { scriptHashes: H });
    expect(p.errors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(
        /^clone source CT 900 cannot have its template snapshot 'golden' that clones start from: rootfs is on dir storage 'local'/,
      ),
    );
    expect(plan(d('local-lvm'), host({ storages }), { scriptHashes: H }).errors).toEqual([]);
  });
});
