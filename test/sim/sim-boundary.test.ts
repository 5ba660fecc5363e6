/**
 * The simulator as a clean boundary: src/sim imports only itself, the Proxmox dialect
 * (src/dialect, but not Phoenix's config file parser/printer) and src/util, with no import cycle;
 * the rest of Phoenix reaches it only through src/sim/index.ts; Phoenix's own host paths are data
 * that Phoenix passes in (src/sim-seed), not constants of the simulator.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { APPLY_LOCK_FILE, APPLY_QUEUE_FILE } from '../../src/host/host-lock.js';
import { runSim } from '../../src/cli/commands/sim.js';
import { RUNFILE_DIR } from '../../src/hypervisor/steps/gpu.js';
import { PHOENIX_HOST_PATHS } from '../../src/sim-seed/phoenix-paths.js';
import { runsOnRealHost, SimStore } from '../../src/sim/index.js';
import { REPO_ROOT } from '../helpers/shared.js';

const SRC = join(REPO_ROOT, 'src');
const SIM = join(SRC, 'sim');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports (comments removed). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const re of [
    /^\s*(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ])
    for (const m of text.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The source file a relative specifier names (`./x.js` -> `x.ts`). */
function target(from: string, spec: string): string {
  return resolve(dirname(from), spec).replace(/\.js$/, '.ts');
}

const inside = (dir: string, file: string): boolean => !relative(dir, file).startsWith('..');
const rel = (file: string): string => relative(REPO_ROOT, file).split(sep).join('/');

describe('src/sim depends only on src/sim, src/dialect and src/util', () => {
  const files = tsFiles(SIM);

  test('the scan sees the simulator (sanity)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(specifiers(join(SIM, 'index.ts'))).toContain('./dispatch.js');
  });

  test('every import of a src/sim module stays inside the allowed folders', () => {
    const allowed = ['sim', 'dialect', 'util'].map((d) => join(SRC, d));
    const bad: string[] = [];
    for (const file of files)
      for (const spec of specifiers(file)) {
        if (!spec.startsWith('.')) continue; // node: builtins and npm packages
        const t = target(file, spec);
        if (!allowed.some((dir) => inside(dir, t))) bad.push(`${rel(file)} imports ${spec}`);
      }
    expect(bad).toEqual([]);
  });

  test("no src/sim module uses Phoenix's guest config parser/printer (src/dialect/conf-format.ts)", () => {
    const bad = files.filter((file) =>
      specifiers(file).some(
        (s) => s.startsWith('.') && target(file, s) === join(SRC, 'dialect', 'conf-format.ts'),
      ),
    );
    expect(bad.map(rel)).toEqual([]);
  });

  test('bare imports are node builtins or npm packages (no path alias into src)', () => {
    const bare = new Set(files.flatMap((f) => specifiers(f).filter((s) => !s.startsWith('.'))));
    const pkg = (s: string): string =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/');
    const bad = [...bare].filter(
      (s) => !s.startsWith('node:') && !existsSync(join(REPO_ROOT, 'node_modules', pkg(s), 'package.json')),
    );
    expect(bad).toEqual([]);
  });

  test('the import graph of src/sim has no cycle', () => {
    const graph = new Map(
      files.map(
        (f) =>
          [
            f,
            specifiers(f)
              .filter((s) => s.startsWith('.'))
              .map((s) => target(f, s)),
          ] as const,
      ),
    );
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) if (graph.has(t)) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  test("the simulator holds no Phoenix paths (they come from Phoenix's side)", () => {
    const bad = files.filter((f) =>
      /\/run\/lock\/phoenix|\/var\/cache\/phoenix/.test(readFileSync(f, 'utf8')),
    );
    expect(bad.map(rel)).toEqual([]);
  });
});

describe("Phoenix's side of the simulator", () => {
  test('the rest of src reaches the simulator only through src/sim/index.ts, and src/sim never imports it', () => {
    const bad: string[] = [];
    for (const file of tsFiles(SRC)) {
      const fromSim = inside(SIM, file);
      for (const spec of specifiers(file)) {
        if (!spec.startsWith('.')) continue;
        const t = target(file, spec);
        if (!fromSim && inside(SIM, t) && t !== join(SIM, 'index.ts'))
          bad.push(`${rel(file)} imports ${spec}`);
        if (fromSim && inside(join(SRC, 'sim-seed'), t)) bad.push(`${rel(file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("Phoenix's host paths cover its lock, queue and runfile; without them the shims use the real files", () => {
    const files = [APPLY_LOCK_FILE, APPLY_QUEUE_FILE, `${RUNFILE_DIR}/NVIDIA-Linux-x86_64-580.76.05.run`];
    for (const f of files) {
      expect(runsOnRealHost(['cat', f], PHOENIX_HOST_PATHS)).toBe(false);
      expect(runsOnRealHost(['tee', '-a', f], PHOENIX_HOST_PATHS)).toBe(false);
      expect(runsOnRealHost(['cat', f])).toBe(true);
    }
    expect(runsOnRealHost(['cat', '/etc/pve/lxc/100.conf'])).toBe(false);
  });

  test('`phoenix sim exec` passes them: the apply queue is read from the simulated host', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-sim-boundary-'));
    try {
      const state = join(dir, 'state.json');
      const store = new SimStore(state);
      await store.update((s) => {
        s.nodes[s.localNode]!.files[APPLY_QUEUE_FILE] = { data: Buffer.from('claim a\n').toString('base64') };
      });
      let out = '';
      let err = '';
      const io = {
        stdout: (t: string) => void (out += t),
        stderr: (t: string) => void (err += t),
        isTTY: false,
        env: {},
        cwd: dir,
      };
      const code = await runSim(['exec', '--state', state, '--', 'cat', APPLY_QUEUE_FILE], io);
      expect({ code, out, err }).toEqual({ code: 0, out: 'claim a\n', err: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
