/**
 * Stable volume identity (issue 10, item 1), on the simulator: any sequence of add / remove /
 * reorder / resize edits of a container's volumes (and a bind mount put in front of them), each
 * planned and applied, keeps every mount path on the volume it had, and a volume that leaves the
 * config is detached and kept as `unusedN`, never deleted.
 */
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LiveGuest } from '../../src/model/live-state.js';
import { apply, hostState, makeEstate, type Estate } from '../helpers/apply-harness.js';

const CT = 960;
const PATHS = ['/a', '/b', '/c', '/d'];
const BIND = { host_path: '/srv/shared', container_path: '/shared' };

interface Vol {
  mount_point: string;
  size_gb: number;
}
interface State {
  vols: Vol[];
  bind: boolean;
}

type Edit =
  | { op: 'add'; path: string; size: number; at: number }
  | { op: 'remove'; at: number }
  | { op: 'reorder'; by: number }
  | { op: 'resize'; at: number; grow: number }
  | { op: 'bind' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    path: fc.constantFrom(...PATHS),
    size: fc.integer({ min: 1, max: 4 }),
    at: fc.nat(4),
  }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat(4) }),
  fc.record({ op: fc.constant('reorder' as const), by: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('resize' as const), at: fc.nat(4), grow: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ op: fc.constant('bind' as const) }),
);

function applyEdit(s: State, e: Edit): State {
  const vols = s.vols.map((v) => ({ ...v }));
  switch (e.op) {
    case 'add':
      if (!vols.some((v) => v.mount_point === e.path))
        vols.splice(Math.min(e.at, vols.length), 0, { mount_point: e.path, size_gb: e.size });
      break;
    case 'remove':
      if (vols.length) vols.splice(e.at % vols.length, 1);
      break;
    case 'reorder':
      if (vols.length) vols.push(...vols.splice(0, e.by % vols.length));
      break;
    case 'resize':
      if (vols.length) vols[e.at % vols.length]!.size_gb += e.grow;
      break;
    case 'bind':
      return { vols, bind: !s.bind };
  }
  return { vols, bind: s.bind };
}

function writeGuest(e: Estate, s: State): void {
  const guest = {
    name: 'data',
    template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
    memory_mb: 512,
    cores: 1,
    storage_pool: 'quickOS-lxc-disks',
    storage_size_gb: 8,
    network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.60/24', gw: '10.0.0.1' },
    zfs_volumes: s.vols.map((v) => ({ pool: 'quickOS-lxc-disks', ...v })),
    ...(s.bind ? { mount_points: [BIND] } : {}),
  };
  writeFileSync(
    join(e.configDir, 'phoenix_lxc_configs.json'),
    JSON.stringify({ lxc_configs: { [CT]: guest } }, null, 2),
  );
}

/** mount path -> volume id, and the unused volume ids, of the container. */
function volumesOf(g: LiveGuest | undefined): { byPath: Map<string, string>; unused: Set<string> } {
  const byPath = new Map<string, string>();
  const unused = new Set<string>();
  for (const [k, v] of Object.entries(g?.config ?? {})) {
    const first = v.split(',')[0]!;
    if (/^mp\d+$/.test(k) && !first.startsWith('/')) byPath.set(/(?:^|,)mp=([^,]+)/.exec(v)![1]!, first);
    if (/^unused\d+$/.test(k)) unused.add(first);
  }
  return { byPath, unused };
}

async function makeSmallEstate(): Promise<Estate> {
  return makeEstate('example', {
    patch: (dir) => {
      writeGuest({ configDir: dir } as Estate, { vols: [], bind: false });
      writeFileSync(join(dir, 'phoenix_vm_configs.json'), JSON.stringify({ vms: [] }, null, 2));
      const hvPath = join(dir, 'phoenix_hypervisor_config.json');
      const hv = JSON.parse(readFileSync(hvPath, 'utf8')) as Record<string, unknown>;
      delete hv.shared_volumes;
      writeFileSync(hvPath, JSON.stringify(hv, null, 2));
    },
  });
}

describe('stable volume identity on the simulator', () => {
  it('removing the first of two volumes keeps the second on its own disk and detaches the first as unused0', async () => {
    const e = await makeSmallEstate();
    writeGuest(e, {
      vols: [
        { mount_point: '/logs', size_gb: 1 },
        { mount_point: '/data', size_gb: 2 },
      ],
      bind: false,
    });
    expect((await apply(e)).job.status).toBe('applied');
    const before = volumesOf((await hostState(e)).guests.find((g) => g.id === CT));
    writeGuest(e, { vols: [{ mount_point: '/data', size_gb: 2 }], bind: false });
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    expect(run.out).not.toMatch(/--mp0/);
    const after = volumesOf((await hostState(e)).guests.find((g) => g.id === CT));
    expect(after.byPath.get('/data')).toBe(before.byPath.get('/data'));
    expect([...after.unused]).toEqual([before.byPath.get('/logs')]);
    const sets = run.commands.map((c) => c.argv.join(' ')).filter((a) => a.startsWith('pct set'));
    expect(sets.some((a) => / --delete mp0( |$)/.test(a))).toBe(true);
    expect(sets.some((a) => /--mp\d/.test(a))).toBe(false);
  }, 60_000);

  it('a bind mount put in front of a data volume gets its own slot; the data path keeps its disk', async () => {
    const e = await makeSmallEstate();
    writeGuest(e, { vols: [{ mount_point: '/data', size_gb: 2 }], bind: false });
    expect((await apply(e)).job.status).toBe('applied');
    const before = volumesOf((await hostState(e)).guests.find((g) => g.id === CT));
    writeGuest(e, { vols: [{ mount_point: '/data', size_gb: 2 }], bind: true });
    const run = await apply(e);
    if (run.job.status !== 'applied') throw new Error(run.out);
    const g = (await hostState(e)).guests.find((x) => x.id === CT)!;
    expect(volumesOf(g).byPath.get('/data')).toBe(before.byPath.get('/data'));
    expect(g.config.mp1).toMatch(/^\/srv\/shared,mp=\/shared/);
    expect(volumesOf(g).unused.size).toBe(0);
  }, 60_000);

  it('any sequence of add/remove/reorder/resize edits keeps every path on the same volume', async () => {
    const e = await makeSmallEstate();
    expect((await apply(e)).job.status).toBe('applied');
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let state: State = { vols: [], bind: false };
        writeGuest(e, state);
        const reset = await apply(e);
        if (!['applied', 'no-changes'].includes(reset.job.status)) throw new Error(reset.out);
        let seen = volumesOf((await hostState(e)).guests.find((g) => g.id === CT));
        const everDetached = new Set<string>(seen.unused);
        for (const ed of edits) {
          state = applyEdit(state, ed);
          writeGuest(e, state);
          const run = await apply(e);
          runs++;
          if (!['applied', 'no-changes'].includes(run.job.status))
            throw new Error(`${JSON.stringify(ed)}:\n${run.out}`);
          const now = volumesOf((await hostState(e)).guests.find((g) => g.id === CT));
          // Every configured path is mounted, each from a volume of its own.
          expect([...now.byPath.keys()].sort()).toEqual(state.vols.map((v) => v.mount_point).sort());
          expect(new Set(now.byPath.values()).size).toBe(now.byPath.size);
          for (const [path, vol] of now.byPath) {
            const was = seen.byPath.get(path);
            if (was !== undefined) expect({ path, vol }).toEqual({ path, vol: was });
          }
          // A path that left the config left its volume detached, never freed.
          for (const [path, vol] of seen.byPath)
            if (!now.byPath.has(path))
              expect({ path, kept: now.unused.has(vol) }).toEqual({ path, kept: true });
          for (const vol of everDetached) expect(now.unused.has(vol)).toBe(true);
          for (const vol of now.unused) everDetached.add(vol);
          seen = now;
        }
        // Converged: planning again changes nothing.
        expect((await apply(e)).job.status).toBe('no-changes');
      }),
      { numRuns: 25, seed: 10, endOnFailure: true },
    );
    expect(runs).toBeGreaterThan(25);
  }, 240_000);
});
