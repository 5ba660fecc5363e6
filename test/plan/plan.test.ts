import { scriptInputHash, scriptInputOf } from '../../src/plan/guest-plan.js';
import { plan, planConfigDiff } from '../../src/plan/planner.js';
import { desiredGuestToLive, desiredToLiveState } from '../../src/plan/desired-to-live.js';
import {
  expectedMarker,
  renderDescription,
  renderMakingDescription,
  MANAGED_TAG,
} from '../../src/plan/markers.js';
import { isReplace, type GuestChange, type Plan, type Step } from '../../src/plan/types.js';
import { ct, estate, hashes, host, liveCt, TEMPLATE, vm } from '../helpers/plan-fixtures.js';

const H = hashes({ 'features/docker.sh': 'a', 'features/base.sh': 'b', 'apps/web.sh': 'c' });

function change(p: Plan, address: string): GuestChange {
  const c = p.changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change for ${address}`);
  return c;
}
const ops = (c: GuestChange) => c.steps.map((s) => s.op);
function step<T extends Step['op']>(c: GuestChange, op: T): Extract<Step, { op: T }> {
  const s = c.steps.find((x) => x.op === op);
  if (!s) throw new Error(`${c.address} has no ${op} step`);
  return s as Extract<Step, { op: T }>;
}

/** The live state a fully applied `desired` leaves, optionally with one guest edited. */
function converged(
  desired: ReturnType<typeof estate>,
  edit?: (g: ReturnType<typeof liveCt>) => ReturnType<typeof liveCt>,
) {
  const live = desiredToLiveState(desired, { scriptHashes: H, pveVersion: '8.4.1' });
  return { ...host(), guests: live.guests.map((g) => (edit ? edit(g) : g)) };
}

describe('creating guests', () => {
  const desired = estate({
    '900': ct('base', { template: TEMPLATE, is_template: true, features: ['base'] }),
    '950': ct('web', {
      clone_from_ctid: '900',
      features: ['docker'],
      application_script: 'web.sh',
      dependencies: ['951'],
    }),
    '951': ct('db', { template: 'local:vztmpl/alpine-3.20.tar.xz', memory_mb: 512 }),
  });
  const p = plan(desired, host(), { scriptHashes: H });

  it('creates from the OS template and downloads only templates the host lacks', () => {
    const base = change(p, 'ct/900');
    expect(base.action).toBe('create');
    const create = step(base, 'create');
    expect(create).toMatchObject({ source: TEMPLATE, download: false, storage: 'local-lvm', diskGb: 8 });
    expect(create.config).toMatchObject({
      hostname: 'base',
      memory: '1024',
      rootfs: 'local-lvm:8',
      unprivileged: '1',
    });
    expect(step(change(p, 'ct/951'), 'create').download).toBe(true);
    expect(p.hypervisor).toContainEqual(
      expect.objectContaining({
        kind: 'template',
        name: 'local:vztmpl/alpine-3.20.tar.xz',
        usedBy: ['ct/951'],
      }),
    );
  });

  it('runs a template through its lifecycle and converts it last', () => {
    expect(ops(change(p, 'ct/900'))).toEqual(['create', 'start', 'feature', 'record', 'template']);
    expect(step(change(p, 'ct/900'), 'feature')).toEqual({
      op: 'feature',
      name: 'base',
      script: 'features/base.sh',
      hash: H['features/base.sh'].slice(0, 16),
    });
  });

  it('clones from a template source without a snapshot and configures what differs from the source', () => {
    const web = change(p, 'ct/950');
    expect(web.action).toBe('clone');
    expect(step(web, 'clone')).toEqual({
      op: 'clone',
      source: 900,
      snapshot: undefined,
      storage: 'local-lvm',
      name: 'web',
    });
    expect(step(web, 'configure').set).toEqual({
      description: renderMakingDescription('clone:900'),
      hostname: 'web',
      tags: 'phoenix',
    });
    expect(ops(web)).toEqual(['clone', 'configure', 'start', 'feature', 'app-script', 'record']);
    const input = scriptInputOf(
      desired.guests.find((g) => g.id === 950)!,
      desired.nvidia,
    );
    expect(input).toEqual({ ...desired.guests.find((g) => g.id === 950)!.raw, id: 950, kind: 'lxc' });
    expect(web.scriptInputHash).toBe(
      scriptInputHash(
        desired.guests.find((g) => g.id === 950)!,
        desired.nvidia,
      ),
    );
    expect(web.scriptInputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(change(p, 'ct/951').scriptInputHash).toBeUndefined();
  });

  it('hands container scripts the top-level NVIDIA settings the guest does not override', () => {
    const d = estate(
      { '950': ct('gpu', { template: TEMPLATE, nvidia_driver_version: '575.1' }) },
      [vm(9001, 'v', { template_image: 'x.img' })],
      { lxc: { nvidia_driver_version: '580.76.05', nvidia_repo_url: 'https://repo' } },
    );
    const [gpu, v] = d.guests;
    expect(scriptInputOf(gpu, d.nvidia)).toMatchObject({
      nvidia_driver_version: '575.1',
      nvidia_repo_url: 'https://repo',
      id: 950,
      kind: 'lxc',
    });
    expect(scriptInputOf(v, d.nvidia)).not.toHaveProperty('nvidia_repo_url');
    // The hash follows the content, not the key order of the file.
    const reordered = estate(
      {
        '950': Object.fromEntries(
          Object.entries(ct('gpu', { template: TEMPLATE, nvidia_driver_version: '575.1' })).reverse(),
        ),
      },
      [],
      { lxc: { nvidia_driver_version: '580.76.05', nvidia_repo_url: 'https://repo' } },
    );
    expect(scriptInputHash(reordered.guests[0], reordered.nvidia)).toBe(scriptInputHash(gpu, d.nvidia));
    expect(scriptInputHash(gpu, { ...d.nvidia, repoUrl: 'https://other' })).not.toBe(
      scriptInputHash(gpu, d.nvidia),
    );
    expect(scriptInputHash(gpu, { ...d.nvidia, driverVersion: 'ignored' })).toBe(
      scriptInputHash(gpu, d.nvidia),
    );
  });

  it('orders sources before clones and dependencies before dependents, in parallel layers', () => {
    expect(p.layers).toEqual([['ct/900', 'ct/951'], ['ct/950']]);
    expect(change(p, 'ct/950').waitFor).toEqual(['ct/900', 'ct/951']);
    expect(p.errored).toBe(false);
    expect(p.applyable).toBe(true);
    expect(p.complete).toBe(true);
    expect(p.basis).toBe('live-state');
  });

  it('clones from the named snapshot when the source is not a template', () => {
    const d = estate({
      '900': ct('base', { template: TEMPLATE, template_snapshot_name: 'golden' }),
      '950': ct('web', { clone_from_ctid: '900' }),
    });
    const q = plan(d, host());
    expect(step(change(q, 'ct/950'), 'clone').snapshot).toBe('golden');
    expect(ops(change(q, 'ct/900'))).toEqual(['create', 'start', 'snapshot', 'record']);
    expect(step(change(q, 'ct/900'), 'snapshot')).toEqual({
      op: 'snapshot',
      name: 'golden',
      purpose: 'template',
      replace: false,
    });
  });

  it('refuses a clone source that is neither a template nor names a snapshot', () => {
    const d = estate({
      '900': ct('base', { template: TEMPLATE }),
      '950': ct('web', { clone_from_ctid: '900' }),
    });
    const q = plan(d, host());
    expect(q.errored).toBe(true);
    expect(q.applyable).toBe(false);
    expect(q.errors[0]).toEqual({
      address: 'ct/950',
      message: expect.stringContaining('neither a template nor names a template_snapshot_name'),
    });
  });

  it('creates a VM from its cloud image and waits for the agent before features', () => {
    const d = estate({}, [
      vm(9000, 'img', { is_template: true, template_image: 'noble.img' }),
      vm(9001, 'app', { clone_from_vmid: 9000, features: ['docker'], disk_size_gb: 32 }),
    ]);
    const q = plan(d, host());
    const tpl = change(q, 'vm/9000');
    expect(step(tpl, 'create')).toMatchObject({
      source: 'local:import/noble.qcow2',
      download: false,
      diskGb: 16,
    });
    expect(step(tpl, 'create').config).toMatchObject({
      agent: '1',
      scsi0: 'local-lvm:16',
      ipconfig0: 'ip=dhcp',
      serial0: 'socket',
    });
    expect(ops(tpl)).toEqual(['create', 'record', 'template']);
    const app = change(q, 'vm/9001');
    expect(ops(app)).toEqual(['clone', 'configure', 'resize', 'start', 'wait-agent', 'feature', 'record']);
    expect(step(app, 'resize')).toEqual({ op: 'resize', disk: 'scsi0', size: '32G' });
  });

  it('lifecycle snapshots come before the features and after the health check', () => {
    const d = estate({
      '950': ct('web', {
        template: TEMPLATE,
        features: ['docker'],
        enable_lifecycle_snapshots: true,
        health_check: { command: 'true' },
      }),
    });
    const c = change(plan(d, host()), 'ct/950');
    expect(
      c.steps
        .filter((s) => s.op === 'snapshot' || s.op === 'feature' || s.op === 'health-check')
        .map((s) => (s.op === 'snapshot' ? s.name : s.op)),
    ).toEqual(['pre-configured', 'feature', 'health-check', 'final-form']);
  });
});

describe('changing guests in place', () => {
  const desired = estate({
    '950': ct('web', { template: TEMPLATE, features: ['docker'], application_script: 'web.sh' }),
  });

  it('is a no-op when the host already matches (converged)', () => {
    const p = plan(desired, converged(desired), { scriptHashes: H });
    expect(change(p, 'ct/950')).toMatchObject({ action: 'no-op', steps: [], diffs: [] });
    expect(p.applyable).toBe(false);
    expect(p.errored).toBe(false);
    expect(p.layers).toEqual([]);
  });

  it('sets a changed key with its effect and restarts only for restart-bound keys', () => {
    const live = converged(desired, (g) => ({ ...g, config: { ...g.config, memory: '512' } }));
    const c = change(plan(desired, live, { scriptHashes: H }), 'ct/950');
    expect(c.action).toBe('update');
    // Changed on the host behind Phoenix's back: drift (plan-drift.test.ts covers config edits).
    expect(c.diffs).toEqual([{ key: 'memory', from: '512', to: '1024', effect: 'live', origin: 'outside' }]);
    expect(ops(c)).toEqual(['configure']);
    expect(c.reasons).toEqual(['changed outside Phoenix (drift): apply sets it back to the config']);

    const renamed = converged(desired, (g) => ({ ...g, config: { ...g.config, hostname: 'old' } }));
    const r = change(plan(desired, renamed, { scriptHashes: H }), 'ct/950');
    expect(r.diffs[0]).toMatchObject({ key: 'hostname', from: 'old', to: 'web', effect: 'restart' });
    expect(ops(r)).toEqual(['configure', 'restart']);
  });

  it('grows a disk and refuses to shrink one', () => {
    const small = converged(desired, (g) => ({
      ...g,
      config: { ...g.config, rootfs: 'local-lvm:vm-950-disk-0,size=4G' },
    }));
    const grow = change(plan(desired, small, { scriptHashes: H }), 'ct/950');
    expect(step(grow, 'resize')).toEqual({ op: 'resize', disk: 'rootfs', size: '8G' });
    expect(grow.diffs).toEqual([
      {
        key: 'rootfs',
        from: 'local-lvm 4G',
        to: 'local-lvm 8G',
        effect: 'live',
        note: 'grow',
        origin: 'outside',
      },
    ]);

    const big = converged(desired, (g) => ({
      ...g,
      config: { ...g.config, rootfs: 'local-lvm:vm-950-disk-0,size=16G' },
    }));
    const p = plan(desired, big, { scriptHashes: H });
    expect(p.errored).toBe(true);
    expect(p.errors[0].message).toMatch(/rootfs cannot shrink from 16G to 8G/);
  });

  it('re-runs only features whose script changed, and the app script when the guest config changed', () => {
    const changed = { ...H, 'features/docker.sh': 'd'.repeat(64) };
    const c = change(plan(desired, converged(desired), { scriptHashes: changed }), 'ct/950');
    expect(ops(c)).toEqual(['feature', 'record']);
    expect(c.reasons).toEqual([
      'feature docker runs again: script features/docker.sh changed since its last run',
    ]);

    const edited = estate({
      '950': ct('web', {
        template: TEMPLATE,
        features: ['docker'],
        application_script: 'web.sh',
        app_port: 8080,
      }),
    });
    const a = change(plan(edited, converged(desired), { scriptHashes: H }), 'ct/950');
    expect(ops(a)).toEqual(['app-script', 'record']);
    expect(a.reasons).toEqual([
      'application script web.sh runs again: the guest config it reads changed since its last run',
    ]);

    const newApp = { ...H, 'apps/web.sh': '9'.repeat(64) };
    expect(change(plan(desired, converged(desired), { scriptHashes: newApp }), 'ct/950').reasons).toEqual([
      'application script web.sh runs again: script apps/web.sh changed since its last run',
    ]);
    const renamed = estate({
      '950': ct('web', { template: TEMPLATE, features: ['docker'], application_script: 'api.sh' }),
    });
    expect(change(plan(renamed, converged(desired), { scriptHashes: H }), 'ct/950').reasons).toEqual([
      'application script api.sh runs: the config named web.sh before',
    ]);
  });

  it('starts a stopped guest and makes a template of one that should be', () => {
    const stopped = converged(desired, (g) => ({ ...g, status: 'stopped' }));
    const c = change(plan(desired, stopped, { scriptHashes: H }), 'ct/950');
    expect(ops(c)).toEqual(['start']);

    const tpl = estate({ '950': ct('web', { template: TEMPLATE, is_template: true }) });
    const live = converged(tpl, (g) => ({
      ...g,
      template: false,
      status: 'running',
      config: { ...g.config, template: '' },
    }));
    const t = change(plan(tpl, live), 'ct/950');
    expect(ops(t)).toEqual(['template']);
    expect(t.reasons).toContain('not yet a template');
  });

  it('writes the done-record when a guest lacks it', () => {
    const bare = converged(desired, (g) => ({ ...g, config: { ...g.config, description: 'hand-written' } }));
    const c = change(plan(desired, bare, { scriptHashes: H }), 'ct/950');
    expect(ops(c)).toEqual(['feature', 'app-script', 'record']);
    expect(step(c, 'record')).toEqual({
      op: 'record',
      marker: expectedMarker(desired.guests[0], H),
      tags: [MANAGED_TAG],
    });
  });

  it('rewrites the firewall when its rules change', () => {
    const fw = (port: string) =>
      estate({
        '950': ct('web', {
          template: TEMPLATE,
          firewall: { enabled: true, rules: [{ type: 'in', action: 'ACCEPT', port }] },
        }),
      });
    const c = change(plan(fw('443'), converged(fw('80'))), 'ct/950');
    expect(ops(c)).toEqual(['firewall', 'record']);
    expect(step(c, 'firewall').rules).toEqual([expect.objectContaining({ port: '443' })]);
  });
});

describe('resuming after an interrupted apply', () => {
  it('finishes a clone that stopped right after its make step, without rebuilding it', () => {
    const desired = estate({
      '900': ct('base', { template: TEMPLATE, is_template: true }),
      '950': ct('web', { clone_from_ctid: '900', features: ['docker'] }),
    });
    const first = plan(desired, host(), { scriptHashes: H });
    const configure = step(change(first, 'ct/950'), 'configure');
    const live = converged(desired);
    // CT 950 exists as cloned and configured, its first done-record written, nothing run yet.
    const made = renderDescription({ features: {}, src: 'clone:900', v: 1 });
    const guests = live.guests.map((g) =>
      g.id === 950
        ? {
            ...g,
            status: 'stopped',
            snapshots: [],
            config: { ...g.config, ...configure.set, description: made },
          }
        : g,
    );
    const c = change(plan(desired, { ...live, guests }, { scriptHashes: H }), 'ct/950');
    expect(c.action).toBe('update');
    expect(ops(c)).toEqual(['start', 'feature', 'record']);
  });

  it('makes a clone again that stopped before its make step finished (no done-record yet)', () => {
    const desired = estate({
      '900': ct('base', { template: TEMPLATE, is_template: true }),
      '950': ct('web', { clone_from_ctid: '900', features: ['docker'] }),
    });
    const first = plan(desired, host(), { scriptHashes: H });
    const configure = step(change(first, 'ct/950'), 'configure');
    const live = converged(desired);
    const guests = live.guests.map((g) =>
      g.id === 950
        ? { ...g, status: 'stopped', snapshots: [], config: { ...g.config, ...configure.set } }
        : g,
    );
    const p = plan(desired, { ...live, guests }, { scriptHashes: H });
    const c = change(p, 'ct/950');
    expect(p.errored).toBe(false);
    expect(c.action).toBe('replace');
    expect(c.reasons[0]).toMatch(/^incomplete: .*holds no data yet.*made again from clone:900/);
    expect(c.steps[0]).toEqual({ incomplete: true, op: 'destroy', running: false });
    expect(ops(c).slice(1, 3)).toEqual(['clone', 'configure']);
  });

  it('takes a guest with a make lock left (even untagged, with nothing but the lock) as incomplete', () => {
    const desired = estate({ '950': ct('web', { template: TEMPLATE }) });
    const live = host();
    const bare = {
      kind: 'lxc' as const,
      id: 950,
      node: live.nodes[0]!,
      status: 'stopped',
      template: false,
      config: { lock: 'create' },
      snapshots: [],
      lock: 'create',
      tags: [],
    };
    const p = plan(desired, { ...live, guests: [bare] });
    const c = change(p, 'ct/950');
    expect(p.errored).toBe(false);
    expect(c.action).toBe('replace');
    expect(c.steps[0]).toEqual({ incomplete: true, op: 'destroy', running: false, unlock: true });
    expect(ops(c)[1]).toBe('create');
  });

  it('clears a Phoenix lock a killed run left on a finished guest, and only waits for a foreign one', () => {
    const desired = estate({ '950': ct('web', { template: TEMPLATE }) });
    const locked = (lock: string) =>
      converged(desired, (g) => ({ ...g, lock, config: { ...g.config, lock } }));
    const own = change(plan(desired, locked('snapshot')), 'ct/950');
    expect(own.action).toBe('update');
    expect(own.steps[0]).toEqual({ lock: 'snapshot', op: 'unlock' });
    expect(own.reasons[0]).toMatch(/lock 'snapshot' left by an interrupted Phoenix run/);
    const foreign = plan(desired, locked('backup'));
    expect(change(foreign, 'ct/950').steps.some((s) => s.op === 'unlock')).toBe(false);
    expect(foreign.warnings.map((w) => w.message).join('\n')).toMatch(/locked \(backup\).*not Phoenix's/);
  });

  it('never gives a made VM without its disk a blank one (the old repair of a failed import)', () => {
    const desired = estate({}, [vm(9000, 'tpl', { template_image: 'noble.img' })]);
    const live = converged(desired, (g) => {
      const config: Record<string, string> = { ...g.config };
      delete config.scsi0;
      return { ...g, config };
    });
    const p = plan(desired, live);
    expect(p.errored).toBe(true);
    expect(p.errors.map((e) => e.message).join('\n')).toMatch(
      /vm\/9000 has no scsi0 although it was made; Phoenix does not attach a blank disk/,
    );
    // An unfinished one (making line, no done-record) is made again from its image instead.
    const making = converged(desired, (g) => {
      const config: Record<string, string> = {
        ...g.config,
        description: renderMakingDescription('image:noble.img'),
      };
      delete config.scsi0;
      return { ...g, config };
    });
    const again = plan(desired, making);
    const c = change(again, 'vm/9000');
    expect(again.errored).toBe(false);
    expect(c.action).toBe('replace');
    expect(ops(c).slice(0, 2)).toEqual(['destroy', 'create']);
    expect(c.steps.some((s) => s.op === 'configure' && 'scsi0' in s.set)).toBe(false);
  });

  it('retakes a snapshot whose taking was interrupted (snapstate left), after clearing its lock', () => {
    const desired = estate({ '950': ct('web', { template: TEMPLATE, enable_lifecycle_snapshots: true }) });
    const live = converged(desired, (g) => ({
      ...g,
      lock: 'snapshot',
      config: { ...g.config, lock: 'snapshot' },
      snapshots: g.snapshots.map((s) => (s.name === 'final-form' ? { ...s, snapstate: 'prepare' } : s)),
    }));
    expect(live.guests[0]!.snapshots.map((s) => s.name)).toContain('final-form');
    const c = change(plan(desired, live, { scriptHashes: H }), 'ct/950');
    expect(ops(c)).toEqual(['unlock', 'snapshot']);
    expect(step(c, 'snapshot')).toMatchObject({ name: 'final-form', replace: true });
    expect(c.reasons).toContain('snapshot final-form incomplete (interrupted): taken again');
  });

  it('hands create the managed tag and the making line, never a done-record', () => {
    const p = plan(estate({ '950': ct('web', { template: TEMPLATE }) }), host());
    const config = step(change(p, 'ct/950'), 'create').config;
    expect(config).toMatchObject({
      tags: 'phoenix',
      description: renderMakingDescription(`ostemplate:${TEMPLATE}`),
    });
    expect(config.description).not.toMatch(/^phoenix: /m);
  });
});

describe('rebuilds', () => {
  const desired = estate({ '950': ct('web', { template: TEMPLATE, unprivileged: true }) });
  const privileged = () => converged(desired, (g) => ({ ...g, config: { ...g.config, unprivileged: '0' } }));

  it('are refused unless allowed', () => {
    const p = plan(desired, privileged());
    expect(p.errored).toBe(true);
    expect(p.errors[0]).toMatchObject({
      address: 'ct/950',
      message: expect.stringMatching(/needs a rebuild .*unprivileged.*--allow-rebuild/),
    });
    expect(change(p, 'ct/950').action).toBe('replace');
  });

  it('destroy first, then create again, when allowed', () => {
    const p = plan(desired, privileged(), { allowRebuild: true });
    const c = change(p, 'ct/950');
    expect(isReplace(c.action)).toBe(true);
    expect(ops(c).slice(0, 3)).toEqual(['destroy', 'create', 'start']);
    expect(step(c, 'destroy')).toEqual({ op: 'destroy', running: true });
    expect(c.diffs).toEqual([
      { key: 'unprivileged', from: '0', to: '1', effect: 'rebuild', origin: 'outside' },
    ]);
    expect(p.errored).toBe(false);
  });

  it('are refused for a protected guest even when allowed', () => {
    const live = converged(desired, (g) => ({
      ...g,
      config: { ...g.config, unprivileged: '0', protection: '1' },
    }));
    const p = plan(desired, live, { allowRebuild: true });
    expect(p.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/protection/));
  });

  it('happen when the clone source changed', () => {
    const d = estate({
      '900': ct('a', { template: TEMPLATE, is_template: true }),
      '901': ct('b', { template: TEMPLATE, is_template: true }),
      '950': ct('web', { clone_from_ctid: '901' }),
    });
    const old = estate({
      '900': ct('a', { template: TEMPLATE, is_template: true }),
      '901': ct('b', { template: TEMPLATE, is_template: true }),
      '950': ct('web', { clone_from_ctid: '900' }),
    });
    const p = plan(d, converged(old), { allowRebuild: true });
    const c = change(p, 'ct/950');
    expect(c.action).toBe('replace');
    expect(c.diffs[0]).toEqual({ key: 'source', from: 'clone:900', to: 'clone:901', effect: 'rebuild' });
    expect(step(c, 'clone').source).toBe(901);
  });

  it('happen when an existing template would have to run a changed feature', () => {
    const d = estate({ '900': ct('a', { template: TEMPLATE, is_template: true, features: ['base'] }) });
    const live = converged(d);
    const p = plan(d, live, { scriptHashes: { ...H, 'features/base.sh': 'e'.repeat(64) } });
    expect(p.errors[0].message).toMatch(/a template cannot run again \(start, feature base\)/);
  });
});

describe('guests outside the config', () => {
  const desired = estate({ '950': ct('web', { template: TEMPLATE }) });
  const stranger = liveCt(100, { hostname: 'manual' }, { tags: [] });
  const orphan = liveCt(960, { hostname: 'old' });

  it('lists unmanaged guests and leaves them alone', () => {
    const p = plan(desired, host({ guests: [stranger] }));
    expect(p.unmanaged).toEqual([
      { address: 'ct/100', id: 100, kind: 'lxc', name: 'manual', template: false },
    ]);
    expect(p.changes.map((c) => c.address)).toEqual(['ct/950']);
  });

  it('refuses to take over an id used by an unmanaged guest', () => {
    const p = plan(desired, host({ guests: [liveCt(950, { hostname: 'manual' }, { tags: ['prod'] })] }));
    expect(p.errored).toBe(true);
    expect(p.errors[0].message).toMatch(
      /id 950 is taken by CT 950 \(manual\), which Phoenix does not manage/,
    );
  });

  it('keeps a managed guest that left the config unless allow_destroy is set', () => {
    const kept = plan(desired, host({ guests: [orphan] }));
    expect(kept.retained).toEqual([
      expect.objectContaining({
        address: 'ct/960',
        reason: expect.stringMatching(/allow_destroy is off for containers/),
      }),
    ]);
    expect(kept.changes.map((c) => c.address)).toEqual(['ct/950']);

    const allowing = estate({ '950': ct('web', { template: TEMPLATE }) }, [], {
      lxc: { allow_destroy: true },
    });
    const p = plan(allowing, host({ guests: [orphan] }));
    expect(change(p, 'ct/960')).toMatchObject({
      action: 'delete',
      steps: [{ op: 'destroy', running: true }],
    });
    expect(p.layers[0]).toContain('ct/960');

    const guarded = plan(
      allowing,
      host({ guests: [{ ...orphan, config: { ...orphan.config, protection: '1' } }] }),
    );
    expect(guarded.retained[0].reason).toMatch(/protection/);
    expect(guarded.changes.some((c) => c.action === 'delete')).toBe(false);
  });
});

describe('host-level differences', () => {
  it('lists storages and bridges the config needs but the host lacks', () => {
    const d = estate({
      '950': ct('web', {
        template: TEMPLATE,
        storage_pool: 'tank',
        network_config: { name: 'eth0', bridge: 'vmbr9' },
      }),
    });
    const p = plan(d, host());
    expect(p.hypervisor.map((h) => [h.kind, h.name, h.usedBy])).toEqual([
      ['storage', 'tank', ['ct/950']],
      ['bridge', 'vmbr9', ['ct/950']],
    ]);
    // The guest could not be made: the plan is errored and names the fix.
    expect(p.errored).toBe(true);
    expect(p.errors.map((e) => e.message)).toEqual([
      'storage tank does not exist on the host (needed by ct/950); run phoenix setup-hypervisor to provide it',
      'bridge vmbr9 does not exist on the host (needed by ct/950); run phoenix setup-hypervisor to provide it',
    ]);
  });

  it('errors a VM template whose cloud image the host lacks, and only then', () => {
    const d = estate({}, [vm(9000, 'img', { is_template: true, template_image: 'noble.img' })]);
    const missing = plan(d, host({ images: [] }));
    expect(missing.errors.map((e) => e.message)).toEqual([
      'cloud image local:import/noble.qcow2 is missing: it is not downloaded yet (needed by vm/9000); run phoenix setup-hypervisor to provide it',
    ]);
    // A fresh install's local: no snippets for the agent's vendor data.
    const fresh = { id: 'local', type: 'dir', content: ['backup', 'iso', 'vztmpl'] };
    expect(
      plan(d, host({ images: [], storages: [fresh, host().storages[1]!] })).errors.map((e) => e.message),
    ).toEqual([
      "cloud image local:import/noble.qcow2 is missing: storage local does not allow content 'import' (needed by vm/9000); run phoenix setup-hypervisor to provide it",
      "storage local does not allow content 'snippets', which the guest agent's vendor data local:snippets/phoenix-agent.yaml needs (needed by vm/9000); run phoenix setup-hypervisor to provide it",
    ]);
    const present = plan(d, host({ images: ['local:import/noble.qcow2'] }));
    expect(present.errored).toBe(false);
    expect(present.hypervisor).toEqual([]);
  });

  it('an LXC template apply downloads is listed but does not block', () => {
    const d = estate({
      '950': ct('web', { template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst' }),
    });
    const p = plan(d, host());
    expect(p.hypervisor.map((h) => h.kind)).toEqual(['template']);
    expect(p.errored).toBe(false);
  });

  it('flags a storage that cannot hold container disks', () => {
    const d = estate({ '950': ct('web', { template: TEMPLATE, storage_pool: 'local' }) });
    expect(plan(d, host()).hypervisor[0]).toMatchObject({ kind: 'storage-content', name: 'local' });
  });
});

describe('ordering errors', () => {
  it('reports a dependency cycle and marks the plan errored and incomplete', () => {
    const d = estate({
      '901': ct('a', { template: TEMPLATE, dependencies: ['903'] }),
      '902': ct('b', { template: TEMPLATE, dependencies: ['901'] }),
      '903': ct('c', { template: TEMPLATE, dependencies: ['902'] }),
      '904': ct('free', { template: TEMPLATE }),
    });
    const p = plan(d, host());
    expect(p.errored).toBe(true);
    expect(p.complete).toBe(false);
    expect(p.errors.map((e) => e.message)).toContain(
      'dependency cycle: CT 901 -> CT 902 -> CT 903 -> CT 901 (each must come before the next)',
    );
    expect(p.layers).toEqual([['ct/904']]);
  });

  it('reports a dependency on a guest that exists nowhere', () => {
    const p = plan(estate({ '950': ct('web', { template: TEMPLATE, dependencies: ['999'] }) }), host());
    expect(p.errors).toEqual([
      { address: 'ct/950', message: 'depends on 999, which is neither in the config nor on the host' },
    ]);
  });

  it('lets changed guests wait for changed ancestors through unchanged ones', () => {
    const d = estate({
      '901': ct('a', { template: TEMPLATE, memory_mb: 2048 }),
      '902': ct('b', { template: TEMPLATE, dependencies: ['901'] }),
      '903': ct('c', { template: TEMPLATE, dependencies: ['902'], memory_mb: 4096 }),
    });
    const old = estate({
      '901': ct('a', { template: TEMPLATE }),
      '902': ct('b', { template: TEMPLATE, dependencies: ['901'] }),
      '903': ct('c', { template: TEMPLATE, dependencies: ['902'] }),
    });
    const p = plan(d, converged(old));
    expect(change(p, 'ct/902').action).toBe('no-op');
    expect(change(p, 'ct/903').waitFor).toEqual(['ct/901']);
    expect(p.layers).toEqual([['ct/901'], ['ct/903']]);
  });
});

describe('config-to-config planning', () => {
  const old = estate({ '950': ct('web', { template: TEMPLATE }), '951': ct('db', { template: TEMPLATE }) });
  const next = estate({
    '950': ct('web', { template: TEMPLATE, memory_mb: 4096 }),
    '951': ct('db', { template: TEMPLATE }),
    '952': ct('new', { template: TEMPLATE }),
  });

  it('plans against the state the old config produces and says so', () => {
    const p = planConfigDiff(next, old);
    expect(p.basis).toBe('config-diff');
    expect(change(p, 'ct/950').diffs).toEqual([{ key: 'memory', from: '1024', to: '4096', effect: 'live' }]);
    expect(change(p, 'ct/951').action).toBe('no-op');
    expect(change(p, 'ct/952').action).toBe('create');
    expect(p.hypervisor).toEqual([]);
  });

  it('is a no-op for an unchanged config', () => {
    expect(planConfigDiff(old, old).applyable).toBe(false);
  });
});

describe('desiredToLiveState', () => {
  it('prints volumes and defaults the way Proxmox does', () => {
    const d = estate({
      '950': ct('web', {
        template: TEMPLATE,
        volumes: [{ pool: 'local-lvm', size_gb: 10, mount_point: '/data' }],
      }),
    });
    const g = desiredGuestToLive(d.guests[0], { scriptHashes: H });
    expect(g.config.rootfs).toBe('local-lvm:subvol-950-disk-0,size=8G');
    expect(g.config.mp0).toBe('local-lvm:subvol-950-disk-1,mp=/data,backup=1,size=10G');
    expect(g.config.onboot).toBeUndefined();
    expect(g.config.description).toBe(renderDescription(expectedMarker(d.guests[0], H)));
    expect(g.tags).toEqual(['phoenix']);
  });
});

describe('plan hash', () => {
  const d = estate({
    '900': ct('base', { template: TEMPLATE, is_template: true }),
    '950': ct('web', { clone_from_ctid: '900', features: ['docker'] }),
  });

  it('is the same for the same input and ignores when and where the state was read', () => {
    const a = plan(d, host(), { scriptHashes: H });
    const b = plan(d, host({ readAt: '2030-01-01T00:00:00Z', target: 'local' }), {
      scriptHashes: H,
      createdAt: 'now',
    });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.hash).toBe(a.hash);
  });

  it('changes with any change of config, host or scripts', () => {
    const base = plan(d, host(), { scriptHashes: H }).hash;
    const more = estate({
      '900': ct('base', { template: TEMPLATE, is_template: true }),
      '950': ct('web', { clone_from_ctid: '900', features: ['docker'], memory_mb: 1025 }),
    });
    expect(plan(more, host(), { scriptHashes: H }).hash).not.toBe(base);
    expect(plan(d, host({ templates: [] }), { scriptHashes: H }).hash).not.toBe(base);
    expect(plan(d, host(), { scriptHashes: { ...H, 'features/docker.sh': 'f'.repeat(64) } }).hash).not.toBe(
      base,
    );
    expect(plan(d, host(), { scriptHashes: H, allowRebuild: true }).hash).toBe(base);
  });
});
