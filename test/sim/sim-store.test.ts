/**
 * The simulator's state store (snapshot + journal, state kept in memory): what one store saves,
 * another (another process) reads exactly, key order included; a phase that throws changes
 * nothing; a killed writer's half line is ignored; a rewritten PATH wins over its old journal;
 * a command's write does not grow with the estate.
 */
import fc from 'fast-check';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimStore, type SimGuest, type SimState } from '../../src/sim/index.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phoenix-store-'));
  path = join(dir, 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fresh = (): Promise<SimState> => new SimStore(path).read();
const text = (s: SimState): string => JSON.stringify(s);
/**
 * The state as JSON with every object's keys sorted: the order of a map's keys carries no meaning
 * (a key deleted and added again may come back elsewhere), its contents do.
 */
const canonical = (s: SimState): string =>
  JSON.stringify(s, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );

function guest(vmid: number): SimGuest {
  return {
    kind: 'lxc',
    vmid,
    node: 'pve',
    conf: { kind: 'lxc', main: { values: { hostname: `ct${vmid}`, memory: '512' } }, snapshots: {} },
    status: 'stopped',
    fs: {},
    execLog: [],
  };
}

it('saves changes as journal lines that another store reads; flush folds them into PATH', async () => {
  const a = new SimStore(path);
  await a.update((s) => void (s.guests['100'] = guest(100)));
  expect(existsSync(`${path}.journal`)).toBe(false); // the first save writes the whole file
  await a.update((s) => {
    s.guests['101'] = guest(101);
    s.guests['100']!.conf.main.values.memory = '1024';
    s.volumes.push({
      storage: 'local',
      node: 'pve',
      volname: 'x',
      content: 'iso',
      format: 'raw',
      sizeBytes: 1,
      ctime: 1,
    });
    s.seq += 1;
  });
  expect(existsSync(`${path}.journal`)).toBe(true);
  const b = new SimStore(path);
  expect(text(await b.read())).toBe(text(await a.read()));
  expect((await b.read()).guests['100']!.conf.main.values.memory).toBe('1024');
  // b writes, a sees it on its next access (checked with stat, journal tail read).
  await b.update((s) => void delete s.guests['101']);
  expect(Object.keys((await a.read()).guests)).toEqual(['100']);
  await a.flush();
  expect(existsSync(`${path}.journal`)).toBe(false);
  expect(readFileSync(path, 'utf8')).toBe(text(await b.read()));
});

it('a phase that throws leaves memory and files as they were', async () => {
  const a = new SimStore(path);
  await a.update((s) => void (s.guests['100'] = guest(100)));
  const before = text(await a.read());
  await expect(
    a.update((s) => {
      s.guests['100']!.status = 'running';
      s.volumes.push({
        storage: 'l',
        node: 'pve',
        volname: 'y',
        content: 'iso',
        format: 'raw',
        sizeBytes: 1,
        ctime: 1,
      });
      delete s.guests['100']!.conf.main.values.memory;
      throw new Error('refused');
    }),
  ).rejects.toThrow('refused');
  expect(text(await a.read())).toBe(before);
  expect(text(await fresh())).toBe(before);
  // A read-only view's writes are undone too.
  await a.view((s) => void (s.seq = 99));
  expect(text(await a.read())).toBe(before);
});

it("ignores a killed writer's half line, and the next writer cuts it off", async () => {
  const a = new SimStore(path);
  await a.update((s) => void (s.guests['100'] = guest(100)));
  await a.update((s) => void (s.seq = 5));
  appendFileSync(`${path}.journal`, '[[["seq"],6'); // no newline: never committed
  expect((await fresh()).seq).toBe(5);
  const b = new SimStore(path);
  await b.update((s) => void (s.seq = 7));
  expect((await fresh()).seq).toBe(7);
  expect(readFileSync(`${path}.journal`, 'utf8').endsWith('[[["seq"],7]]\n')).toBe(true);
});

it('a PATH written by someone else replaces the state; its old journal is ignored', async () => {
  const a = new SimStore(path);
  await a.update((s) => void (s.guests['100'] = guest(100)));
  const base = readFileSync(path, 'utf8');
  await a.update((s) => void (s.guests['101'] = guest(101)));
  writeFileSync(path, base); // as the kill tests reset the host
  expect(Object.keys((await a.read()).guests)).toEqual(['100']);
  expect(Object.keys((await fresh()).guests)).toEqual(['100']);
  await a.update((s) => void (s.guests['102'] = guest(102)));
  expect(Object.keys((await fresh()).guests)).toEqual(['100', '102']);
});

it("a command's journal line does not grow with the estate", async () => {
  const a = new SimStore(path);
  await a.update((s) => {
    for (let i = 0; i < 2_000; i++) s.guests[String(1000 + i)] = guest(1000 + i);
  });
  const size = statSync(path).size;
  await a.update((s) => void (s.guests['1500']!.conf.main.values.memory = '4096'));
  expect(statSync(`${path}.journal`).size).toBeLessThan(1_000);
  expect(statSync(path).size).toBe(size);
  expect((await fresh()).guests['1500']!.conf.main.values.memory).toBe('4096');
});

/** A random edit of the state, as simulator programs make them. */
type Edit = (s: SimState) => void;
const vmid = fc.integer({ min: 100, max: 110 });
const key = fc.constantFrom('memory', 'cores', 'net0', 'lock', 'zz', 'a');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  vmid.map((id) => (s: SimState) => void (s.guests[String(id)] = guest(id))),
  vmid.map((id) => (s: SimState) => void delete s.guests[String(id)]),
  fc.tuple(vmid, key, fc.string()).map(([id, k, v]) => (s: SimState) => {
    const g = s.guests[String(id)];
    if (g) g.conf.main.values[k] = v;
  }),
  fc.tuple(vmid, key).map(([id, k]) => (s: SimState) => {
    const g = s.guests[String(id)];
    if (g) delete g.conf.main.values[k];
  }),
  fc.tuple(vmid, fc.constantFrom('s1', 's2', 's3')).map(([id, n]) => (s: SimState) => {
    const g = s.guests[String(id)];
    if (g) g.conf.snapshots[n] = JSON.parse(JSON.stringify(g.conf.main));
  }),
  fc.integer({ min: 0, max: 50 }).map((n) => (s: SimState) => {
    s.volumes.push({
      storage: 'local',
      node: 'pve',
      volname: `v${n}`,
      content: 'iso',
      format: 'raw',
      sizeBytes: n,
      ctime: n,
    });
  }),
  fc.nat().map((n) => (s: SimState) => {
    if (s.volumes.length > 0) s.volumes.splice(n % s.volumes.length, 1);
  }),
  fc.nat().map((n) => (s: SimState) => {
    const v = s.volumes[n % Math.max(1, s.volumes.length)];
    if (v) v.sizeBytes += 1;
  }),
  fc.string().map((p) => (s: SimState) => {
    s.nodes.pve!.files[`/etc/${p}`] = { data: Buffer.from(p).toString('base64') };
  }),
  fc.string().map((p) => (s: SimState) => void delete s.nodes.pve!.files[`/etc/${p}`]),
  fc.constant((s: SimState) => void (s.volumes = s.volumes.filter((v) => v.sizeBytes % 2 === 0))),
  fc.constant((s: SimState) => {
    const a = s.guests['100'];
    const b = s.guests['101'];
    if (a && b) b.fs = a.fs; // shared objects in memory must not stay shared
    if (a) a.fs['/x'] = { data: 'eA==' };
  }),
  fc.constant((s: SimState) => {
    s.seq += 1;
    s.flocks['k'] = { holder: 'h', pid: 1, at: s.seq };
    delete s.flocks['k'];
  }),
);

it('whatever the phases change, a fresh read of the files equals the writer’s memory', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.array(edit, { maxLength: 5 }), fc.boolean()), { maxLength: 12 }),
      async (phases) => {
        rmSync(dir, { recursive: true, force: true });
        const a = new SimStore(path);
        let mirror = await a.read();
        for (const [phase, fails] of phases) {
          const run = a.update((s) => {
            phase.forEach((e) => e(s));
            if (fails) throw new Error('phase failed');
          });
          if (fails) await expect(run).rejects.toThrow('phase failed');
          else {
            await run;
            phase.forEach((e) => e(mirror));
          }
          // What a phase leaves is what its JSON says (no objects shared between guests after it).
          mirror = JSON.parse(JSON.stringify(mirror)) as SimState;
          const want = canonical(mirror);
          expect(canonical(await a.read())).toBe(want);
          expect(canonical(await fresh())).toBe(want);
        }
      },
    ),
    { numRuns: 60 },
  );
});
