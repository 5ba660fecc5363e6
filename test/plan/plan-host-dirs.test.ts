/**
 * Bind mounts in the plan: the folder a bind mount needs at start (Proxmox never makes it) is made
 * by the step that adds the mount, owned by the container's root on the host; a clone source with
 * a bind or device mount point is refused (Proxmox's `clone_vm` cannot clone it); `shared_volumes`
 * become bind mounts of the containers they name.
 */
import { resolveDesiredState } from '../../src/model/resolve.js';
import { plan } from '../../src/plan/planner.js';
import { rootHostIds } from '../../src/plan/host-dirs.js';
import type { Plan, Step } from '../../src/plan/types.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const H = hashes({});
const bind = (host_path: string, container_path: string) => ({ host_path, container_path });
const stepsOf = (p: Plan, address: string): readonly Step[] =>
  p.changes.find((c) => c.address === address)!.steps;

describe('bind-mount folders', () => {
  it('a new unprivileged container makes its bind sources as host root of its idmap (100000)', () => {
    const d = estate({
      '950': ct('web', { template: TEMPLATE, mount_points: [bind('/srv/web/data', '/data')] }),
    });
    const create = stepsOf(plan(d, host(), { scriptHashes: H }), 'ct/950').find((s) => s.op === 'create')!;
    expect(create).toMatchObject({ hostDirs: [{ path: '/srv/web/data', uid: 100000, gid: 100000 }] });
  });

  it('a privileged container owns them as root; a custom idmap moves the ids', () => {
    const priv = estate({ '950': ct('a', { template: TEMPLATE, unprivileged: false }) }).guests[0]!;
    expect(rootHostIds(priv)).toEqual({ uid: 0, gid: 0 });
    const mapped = estate({
      '951': ct('b', {
        template: TEMPLATE,
        lxc_options: ['lxc.idmap: u 0 200000 65536', 'lxc.idmap: g 0 300000 65536'],
      }),
    }).guests[0]!;
    expect(rootHostIds(mapped)).toEqual({ uid: 200000, gid: 300000 });
  });

  it('volumes get no folder, and a guest without bind mounts keeps steps without hostDirs', () => {
    const d = estate({
      '950': ct('web', {
        template: TEMPLATE,
        zfs_volumes: [{ pool: 'local-lvm', size_gb: 4, mount_point: '/v' }],
      }),
    });
    for (const s of stepsOf(plan(d, host(), { scriptHashes: H }), 'ct/950'))
      expect(s).not.toHaveProperty('hostDirs');
  });
});

describe('clone sources with bind mounts', () => {
  it('are refused with the reason (Proxmox: unable to clone mountpoint)', () => {
    const d = estate({
      '900': ct('base', {
        template: TEMPLATE,
        is_template: true,
        mount_points: [bind('/srv/shared', '/shared')],
      }),
      '910': ct('clone', { clone_from_ctid: 900 }),
    });
    const p = plan(d, host(), { scriptHashes: H });
    expect(p.errored).toBe(true);
    expect(p.errors.map((e) => e.message).join('\n')).toMatch(
      /clone source CT 900 has a bind mount point mp0 \(\/srv\/shared\), which Proxmox cannot clone \('unable to clone mountpoint'\)/,
    );
  });

  it('a clone that adds the bind mount itself plans, and makes the folder', () => {
    const d = estate({
      '900': ct('base', { template: TEMPLATE, is_template: true }),
      '910': ct('clone', { clone_from_ctid: 900, mount_points: [bind('/srv/shared', '/shared')] }),
    });
    const p = plan(d, host(), { scriptHashes: H });
    expect(p.errors).toEqual([]);
    const configure = stepsOf(p, 'ct/910').find((s) => s.op === 'configure')!;
    expect(configure).toMatchObject({ hostDirs: [{ path: '/srv/shared', uid: 100000, gid: 100000 }] });
  });
});

describe('shared_volumes', () => {
  const hv = (mounts: Record<string, string>) => ({
    shared_volumes: { models: { host_path: '/tank/shared/models', mounts } },
  });
  const desired = (mounts: Record<string, string>, own: Record<string, unknown> = {}) =>
    resolveDesiredState({
      lxc: {
        lxc_configs: {
          '950': ct('llm', { template: TEMPLATE, ...own }),
          '951': ct('other', { template: TEMPLATE }),
        },
      },
      vm: { vms: [] },
      hypervisor: hv(mounts),
    });

  it('become bind mounts of the containers they name, their folder made on the host', () => {
    const d = desired({ '950': '/models' });
    expect(d.guests.find((g) => g.id === 950)!.mountPoints).toMatchObject([
      { source: '/tank/shared/models', target: '/models' },
    ]);
    expect(d.guests.find((g) => g.id === 951)!.mountPoints).toEqual([]);
    const create = stepsOf(plan(d, host(), { scriptHashes: H }), 'ct/950').find((s) => s.op === 'create')!;
    expect(create).toMatchObject({
      config: { mp0: '/tank/shared/models,mp=/models' },
      hostDirs: [{ path: '/tank/shared/models', uid: 100000, gid: 100000 }],
    });
  });

  it("come after the guest's own mount points, which win at the same container path", () => {
    const own = { mount_points: [bind('/srv/own', '/data')] };
    expect(desired({ '950': '/models' }, own).guests[0]!.mountPoints.map((m) => m.source)).toEqual([
      '/srv/own',
      '/tank/shared/models',
    ]);
    expect(desired({ '950': '/data' }, own).guests[0]!.mountPoints.map((m) => m.source)).toEqual([
      '/srv/own',
    ]);
  });
});
