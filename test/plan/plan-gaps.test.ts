/**
 * Planner gaps the apply tests worked around in their fixtures, each checked on the planner and,
 * where the host decides, by an apply on the simulator:
 * - a guest that ends as a template takes no snapshots (Proxmox refuses to convert a guest with
 *   snapshots) and is cloned from itself, without `--snapname`;
 * - the state a guest's end-of-lifecycle snapshots were taken at is recorded, so a retake that
 *   failed after its config change landed is planned again;
 * - cloud-init SSH keys from `user_config.ssh_public_key`;
 * - the node each guest change targets.
 */
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { expectedSnapshots } from '../../src/plan/lifecycle.js';
import {
  expectedMarker,
  formatMarker,
  parseMarker,
  readMarker,
  renderDescription,
  snapshotToken,
} from '../../src/plan/markers.js';
import { plan, planConfigDiff } from '../../src/plan/planner.js';
import type { GuestChange, Plan, Step } from '../../src/plan/types.js';
import type { LiveGuest, LiveState } from '../../src/model/live-state.js';
import { apply, editConfig, hostState, makeEstate } from '../helpers/apply-harness.js';
import { ct, estate, hashes, host, TEMPLATE, vm } from '../helpers/plan-fixtures.js';
import { describeShared } from '../helpers/shared.js';

const H = hashes({ 'features/docker.sh': 'a', 'features/base.sh': 'b', 'apps/web.sh': 'c' });

function change(p: Plan, address: string): GuestChange {
  const c = p.changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change for ${address}`);
  return c;
}
const ops = (c: GuestChange) => c.steps.map((s) => s.op);
const snapshotSteps = (c: GuestChange) =>
  c.steps.filter((s): s is Extract<Step, { op: 'snapshot' }> => s.op === 'snapshot');

/** The host a fully applied `desired` leaves, with guests edited by `edit`. */
function converged(
  desired: ReturnType<typeof estate>,
  edit: (g: LiveGuest) => LiveGuest = (g) => g,
): LiveState {
  const live = desiredToLiveState(desired, { scriptHashes: H, pveVersion: '8.4.1' });
  return { ...host(), guests: live.guests.map(edit) };
}

describe('templates take no snapshots and are cloned from themselves', () => {
  const desired = estate(
    {
      '900': ct('base', {
        template: TEMPLATE,
        is_template: true,
        features: ['base'],
        enable_lifecycle_snapshots: true,
        template_snapshot_name: 'golden',
      }),
      '950': ct('web', { clone_from_ctid: '900' }),
    },
    [
      vm(9000, 'img', { is_template: true, template_image: 'noble.img', template_snapshot_name: 'clean' }),
      vm(9001, 'app', { clone_from_vmid: 9000 }),
    ],
  );
  const p = plan(desired, host(), { scriptHashes: H });

  it('a CT template with lifecycle snapshots and a template snapshot converts without taking any', () => {
    const t = change(p, 'ct/900');
    expect(snapshotSteps(t)).toEqual([]);
    expect(ops(t)).toEqual(['create', 'start', 'feature', 'record', 'template']);
    expect(t.steps.at(-1)).toEqual({ op: 'template' });
    expect(expectedSnapshots(desired.guests.find((g) => g.id === 900)!)).toEqual([]);
    // The plan says so rather than dropping the settings silently.
    expect(p.warnings).toEqual([
      {
        address: 'ct/900',
        message: expect.stringMatching(/^template_snapshot_name 'golden' and lifecycle snapshots ignored: /),
      },
      { address: 'vm/9000', message: expect.stringMatching(/^template_snapshot_name 'clean' ignored: /) },
    ]);
  });

  it('clones of a template (CT or VM) start from the template itself, not a snapshot', () => {
    for (const [address, source] of [
      ['ct/950', 900],
      ['vm/9001', 9000],
    ] as const) {
      const c = change(p, address);
      expect(c.cloneOf).toEqual({ id: source });
      const clone = c.steps.find((s) => s.op === 'clone');
      expect(clone).toMatchObject({ op: 'clone', source });
      expect(clone && 'snapshot' in clone ? clone.snapshot : undefined).toBeUndefined();
    }
    expect(snapshotSteps(change(p, 'vm/9000'))).toEqual([]);
    expect(p.errored).toBe(false);
  });

  it('a live template without those snapshots is converged, not rebuilt', () => {
    const live = converged(desired);
    expect(live.guests.find((g) => g.id === 900)!.snapshots).toEqual([]);
    const again = plan(desired, live, { scriptHashes: H });
    expect(again.errors).toEqual([]);
    expect(again.changes.map((c) => [c.address, c.action])).toEqual([
      ['ct/900', 'no-op'],
      ['ct/950', 'no-op'],
      ['vm/9000', 'no-op'],
      ['vm/9001', 'no-op'],
    ]);
  });

  it("a guest that becomes a template loses Phoenix's snapshots first; others stop the plan", () => {
    const becoming = (snapshots: string[]) =>
      converged(desired, (g) =>
        g.id === 900
          ? {
              ...g,
              template: false,
              status: 'running',
              config: { ...g.config, template: '' },
              snapshots: snapshots.map((name) => ({ name })),
            }
          : g,
      );
    const own = change(
      plan(desired, becoming(['golden', 'phoenix-pre-1234567', 'phoenix-ready']), { scriptHashes: H }),
      'ct/900',
    );
    expect(own.steps).toEqual([
      { op: 'template', deleteSnapshots: ['golden', 'phoenix-pre-1234567', 'phoenix-ready'] },
    ]);
    expect(own.reasons).toContain(
      'snapshots golden, phoenix-pre-1234567, phoenix-ready deleted first (a template has none)',
    );

    const foreign = plan(desired, becoming(['phoenix-ready', 'before-upgrade']), { scriptHashes: H });
    expect(foreign.errored).toBe(true);
    expect(foreign.errors).toEqual([
      {
        address: 'ct/900',
        message: expect.stringMatching(/snapshots Phoenix did not take \(before-upgrade\)/),
      },
    ]);
  });
});

describe('stale end-of-lifecycle snapshots', () => {
  const desired = (memory: number) =>
    estate({
      '900': ct('base', {
        template: TEMPLATE,
        features: ['base'],
        template_snapshot_name: 'golden',
        enable_lifecycle_snapshots: true,
        memory_mb: memory,
      }),
    });

  it('records the state the snapshots were taken at in the done-record', () => {
    const g = desired(1024).guests[0]!;
    const m = expectedMarker(g, H);
    expect(m.snap).toBe(snapshotToken(g, H));
    expect(m.snap).not.toBe(snapshotToken(desired(2048).guests[0]!, H));
    expect(parseMarker(renderDescription(m))).toEqual(m);
    // Templates and guests without such snapshots record none.
    expect(
      expectedMarker(estate({ '1': ct('x', { template: TEMPLATE }) }).guests[0]!, H).snap,
    ).toBeUndefined();
  });

  it('retakes them when the config change landed but the retake did not', () => {
    // The host has the new memory, but the record (and the snapshots) are from the old config.
    const old = converged(desired(1024));
    const landed: LiveState = {
      ...old,
      guests: old.guests.map((g) => ({ ...g, config: { ...g.config, memory: '2048' } })),
    };
    const c = change(plan(desired(2048), landed, { scriptHashes: H }), 'ct/900');
    expect(c.action).toBe('update');
    expect(snapshotSteps(c).map((s) => [s.name, s.replace])).toEqual([
      ['pre-configured', true],
      ['golden', true],
      ['final-form', true],
    ]);
    expect(ops(c).at(-1)).toBe('record');
    const record = c.steps.at(-1) as Extract<Step, { op: 'record' }>;
    expect(record.marker.snap).toBe(snapshotToken(desired(2048).guests[0]!, H));
    // Once recorded, nothing is left to do.
    const done = plan(desired(2048), converged(desired(2048)), { scriptHashes: H });
    expect(change(done, 'ct/900').action).toBe('no-op');
  });

  it('retakes them once for a record written before the state was recorded', () => {
    const legacy = converged(desired(1024), (g) => {
      const m = readMarker(g)!;
      return { ...g, config: { ...g.config, description: formatMarker({ ...m, snap: undefined }) } };
    });
    const c = change(plan(desired(1024), legacy, { scriptHashes: H }), 'ct/900');
    expect(snapshotSteps(c).map((s) => s.name)).toEqual(['pre-configured', 'golden', 'final-form']);
  });
});

describe('cloud-init SSH keys', () => {
  const KEY_A = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAA alice@example';
  const KEY_B = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBBBB bob@example';
  const withKeys = (key: string | undefined) =>
    estate({}, [
      vm(9001, 'app', {
        template_image: 'noble.img',
        user_config: { username: 'phoenix_user', ...(key === undefined ? {} : { ssh_public_key: key }) },
      }),
    ]);

  it('are passed to qm create from user_config.ssh_public_key', () => {
    const c = change(plan(withKeys(`${KEY_A}\n${KEY_B}\n`), host()), 'vm/9001');
    const create = c.steps.find((s) => s.op === 'create') as Extract<Step, { op: 'create' }>;
    expect(create.config.sshkeys).toBe(`${KEY_A}\n${KEY_B}`);
    expect(create.config.ciuser).toBe('phoenix_user');
    const none = change(plan(withKeys(''), host()), 'vm/9001');
    expect((none.steps[0] as Extract<Step, { op: 'create' }>).config.sshkeys).toBeUndefined();
  });

  it("compare with Proxmox's URL-encoded value and change through qm set", () => {
    const live = desiredToLiveState(withKeys(KEY_A));
    expect(live.guests[0]!.config.sshkeys).toBe(
      'ssh-ed25519%20AAAAC3NzaC1lZDI1NTE5AAAAIAAAA%20alice%40example%0A',
    );
    expect(plan(withKeys(KEY_A), live).applyable).toBe(false);
    const c = change(plan(withKeys(KEY_B), live), 'vm/9001');
    expect(c.diffs).toEqual([{ key: 'sshkeys', from: KEY_A, to: KEY_B, effect: 'restart' }]);
    expect(c.steps[0]).toEqual({ op: 'configure', set: { sshkeys: KEY_B }, delete: [] });
  });
});

describe('the node of each guest change', () => {
  const desired = estate({
    '950': ct('web', { template: TEMPLATE }),
    '951': ct('db', { template: TEMPLATE, node: 'pve2' }),
    '952': ct('cache', { template: TEMPLATE }),
  });

  it('is the configured node, else the live one, else the only node', () => {
    const live = converged(desired, (g) => ({ ...g, node: g.id === 952 ? 'pve3' : g.node }));
    const onNodes = {
      ...live,
      nodes: ['pve', 'pve2', 'pve3'],
      guests: live.guests.filter((g) => g.id !== 950),
    };
    const p = plan(desired, onNodes, { scriptHashes: H });
    expect(p.changes.map((c) => [c.address, c.node])).toEqual([
      ['ct/950', undefined], // new, the cluster has several nodes, and no default node
      ['ct/951', 'pve2'],
      ['ct/952', 'pve3'],
    ]);
    // A new guest that nothing places on a larger cluster is refused (placement.ts).
    expect(p.errors.filter((e) => e.address === 'ct/950').map((e) => e.message)).toEqual([
      expect.stringContaining('set `node` on the guest, or `cluster.default_node`'),
    ]);
    const single = plan(desired, host(), { scriptHashes: H });
    expect(change(single, 'ct/950').node).toBe('pve');
    // Config against config knows no host: only configured nodes.
    expect(change(planConfigDiff(desired, estate({})), 'ct/950').node).toBeUndefined();
  });
});

describeShared('on the simulator', () => {
  it('makes a guest with snapshots a template: its own snapshots go first, clones keep working', async () => {
    const estate = await makeEstate('example');
    expect((await apply(estate)).job.status).toBe('applied');
    expect((await hostState(estate)).guests.find((g) => g.id === 900)!.snapshots.length).toBeGreaterThan(0);
    editConfig(estate.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['900']!.is_template = true;
    });
    const run = await apply(estate);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const tpl = (await hostState(estate)).guests.find((g) => g.id === 900)!;
    expect(tpl).toMatchObject({ template: true, snapshots: [] });
    expect(run.commands.map((c) => c.argv.slice(0, 3).join(' '))).toContain('pct delsnapshot 900');
    expect((await apply(estate)).job.status).toBe('no-changes');
  });

  it('sets the SSH keys of a VM and reads them back as converged', async () => {
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKEY phoenix@example';
    const estate = await makeEstate('example', {
      patch: (dir) =>
        editConfig(dir, 'phoenix_vm_configs.json', (j) => {
          for (const v of j.vms as Record<string, unknown>[])
            v.user_config = { ...(v.user_config as object), ssh_public_key: key };
        }),
    });
    const run = await apply(estate);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const vms = (await hostState(estate)).guests.filter((g) => g.kind === 'qemu');
    expect(vms.length).toBeGreaterThan(0);
    for (const g of vms) expect(decodeURIComponent(g.config.sshkeys ?? '')).toBe(`${key}\n`);
    expect((await apply(estate)).job.status).toBe('no-changes');
  });
});
