import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPlan } from '../../src/cli/commands/plan.js';
import { readStateFile } from '../../src/plan/state-file.js';
import type { CliIO } from '../../src/cli/main.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { hashScripts } from '../../src/plan/script-hashes.js';
import { parsePlan } from '../../src/plan/plan-file.js';
import { parsePlanHeader } from '../../src/render/markdown.js';
import { ct, host, liveCt, TEMPLATE } from '../helpers/plan-fixtures.js';
import { describeShared, sharedPath } from '../helpers/shared.js';
import { prepareSimHost } from '../../src/sim-seed/estate-host.js';

function capture(isTTY = false): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY,
    env: {},
    cwd: process.cwd(),
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

let dir: string;
let configDir: string;

/** A two-guest config dir with real scripts. */
async function writeConfig(at: string, memory = 1024): Promise<void> {
  await mkdir(join(at, 'features'), { recursive: true });
  await writeFile(join(at, 'features', 'docker.sh'), '#!/bin/bash\necho docker\n');
  const lxc = {
    lxc_configs: {
      '900': ct('base', { template: TEMPLATE, is_template: true, memory_mb: 1024 }),
      '950': ct('web', { clone_from_ctid: '900', features: ['docker'], memory_mb: memory }),
    },
  };
  await writeFile(join(at, 'phoenix_lxc_configs.json'), JSON.stringify(lxc, null, 2));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phoenix-plan-cli-'));
  configDir = join(dir, 'config');
  await writeConfig(configDir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function stateFile(name: string, guests = host().guests, extra = {}): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(host({ guests, ...extra })));
  return file;
}

describe('phoenix plan', () => {
  it('plans against a recorded state and prints text (no colour off a TTY), exit 0 with changes', async () => {
    const io = capture();
    expect(await runPlan(['--config-dir', configDir, '--state', await stateFile('empty.json')], io)).toBe(0);
    expect(io.out).toContain('+ CT 900 base: create from debian-12-standard_12.7-1_amd64.tar.zst');
    expect(io.out).toContain('Plan: 2 to create, 0 to change, 0 to destroy.');
    expect(io.out).not.toContain('\x1b[');
    const tty = capture(true);
    await runPlan(['--config-dir', configDir, '--state', await stateFile('empty.json')], tty);
    expect(tty.out).toContain('\x1b[');
  });

  it('reports no changes for a converged host, using the real script hashes', async () => {
    const { desired } = await validateConfigDir(configDir);
    const live = desiredToLiveState(desired, {
      scriptHashes: await hashScripts(configDir, desired),
      pveVersion: '8.4.1',
    });
    const io = capture();
    expect(
      await runPlan(
        ['--config-dir', configDir, '--state', await stateFile('converged.json', live.guests)],
        io,
      ),
    ).toBe(0);
    expect(io.out).toContain('No changes. The host matches the configuration.');
    await writeFile(join(configDir, 'features', 'docker.sh'), '#!/bin/bash\necho docker v2\n');
    const changed = capture();
    await runPlan(['--config-dir', configDir, '--state', join(dir, 'converged.json')], changed);
    expect(changed.out).toContain(
      '# feature docker runs again: script features/docker.sh changed since its last run',
    );
    await writeFile(join(configDir, 'features', 'docker.sh'), '#!/bin/bash\necho docker\n');
  });

  it('writes the plan file with --format json --out, and the headline to stderr', async () => {
    const io = capture();
    const out = join(dir, 'plan.json');
    expect(
      await runPlan(
        [
          '--config-dir',
          configDir,
          '--state',
          await stateFile('empty.json'),
          '--format',
          'json',
          '--out',
          out,
        ],
        io,
      ),
    ).toBe(0);
    const p = parsePlan(await readFile(out, 'utf8'));
    expect(p.changes.map((c) => c.action)).toEqual(['create', 'clone']);
    // --format governs stdout: the JSON plan there too, with its summary (not hashed).
    expect(parsePlan(io.out).hash).toBe(p.hash);
    expect(JSON.parse(io.out).summary).toMatchObject({ create: 2, actions: { create: 1, clone: 1 } });
    expect(io.err).toMatch(
      /^Plan: 2 to create, 0 to change, 0 to destroy\. Plan written to .*plan\.json\.\n$/,
    );
  });

  it('renders Markdown with the head sha in the hidden header', async () => {
    const io = capture();
    await runPlan(
      [
        '--config-dir',
        configDir,
        '--state',
        await stateFile('empty.json'),
        '--format',
        'markdown',
        '--sha',
        'abc123',
      ],
      io,
    );
    expect(parsePlanHeader(io.out)).toMatchObject({ sha: 'abc123', status: 'planned' });
  });

  it('exits 1 for an errored plan and names the errors', async () => {
    const taken = liveCt(950, { hostname: 'someone-elses' }, { tags: [] });
    const io = capture();
    expect(
      await runPlan(
        ['--config-dir', configDir, '--state', await stateFile('taken.json', [taken]), '--format', 'json'],
        io,
      ),
    ).toBe(1);
    expect(io.err).toMatch(/error: ct\/950: id 950 is taken by CT 950/);
    expect(JSON.parse(io.out).errored).toBe(true);
  });

  it('plans config against config with --base-config-dir and says so', async () => {
    const base = join(dir, 'base');
    await writeConfig(base, 512);
    const io = capture();
    expect(await runPlan(['--config-dir', configDir, '--base-config-dir', base], io)).toBe(0);
    expect(io.out).toMatch(/^Note: no recorded host state; planned against the base config/);
    expect(io.out).toContain('~ memory: 512 -> 1024');
  });

  it('exits 1 with diagnostics when the config is invalid', async () => {
    const bad = join(dir, 'bad');
    await mkdir(bad, { recursive: true });
    await writeFile(join(bad, 'phoenix_lxc_configs.json'), '{ "lxc_configs": ');
    const io = capture();
    expect(await runPlan(['--config-dir', bad, '--state', await stateFile('empty.json')], io)).toBe(1);
    expect(io.err).toMatch(/phoenix_lxc_configs\.json:\d+:\d+: error: /);
    expect(io.err).toMatch(/the config is invalid/);
    expect(io.out).toBe('');
  });

  it('rejects bad usage and unreadable state files with exit code 2', async () => {
    await expect(runPlan(['--config-dir', configDir], capture())).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/exactly one of/),
    });
    await expect(
      runPlan(['--config-dir', configDir, '--state', 'a', '--target', 'sim:b'], capture()),
    ).rejects.toMatchObject({ exitCode: 2 });
    await expect(runPlan(['--state', 'x', '--format', 'yaml'], capture())).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(readStateFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read state file .*ENOENT/);
    const v2 = join(dir, 'v2.json');
    await writeFile(v2, JSON.stringify({ ...host(), version: 2 }));
    await expect(readStateFile(v2)).rejects.toThrow(/state version 2 is not supported/);
    await writeFile(v2, JSON.stringify({ ...host(), guests: [{ id: 'x' }] }));
    await expect(readStateFile(v2)).rejects.toThrow(/guests\[0\] needs a numeric id/);
  });
});

describeShared('phoenix plan on the simulator', () => {
  it('plans the seed estate (829c047) against an empty simulated host: 17 guests to create, in order', async () => {
    const seed = sharedPath('fixtures', 'upstream', '829c047');
    // A bare host lacks the estate's storages: the plan is errored and names the fix.
    const bare = capture();
    expect(
      await runPlan(
        ['--config-dir', seed, '--target', `sim:${join(dir, 'sim-bare.json')}`, '--allow-invalid'],
        bare,
      ),
    ).toBe(1);
    expect(bare.out + bare.err).toMatch(
      /storage quickOS-lxc-disks does not exist on the host \(needed by .*\); run phoenix setup-hypervisor to provide it/,
    );
    // With the storages, bridges and images setup-hypervisor provides, no guest exists yet.
    await prepareSimHost(join(dir, 'sim-empty.json'), (await validateConfigDir(seed)).desired);
    const io = capture();
    const out = join(dir, 'seed-plan.json');
    const code = await runPlan(
      [
        '--config-dir',
        sharedPath('fixtures', 'upstream', '829c047'),
        '--target',
        `sim:${join(dir, 'sim-empty.json')}`,
        '--allow-invalid',
        '--format',
        'json',
        '--out',
        out,
      ],
      io,
    );
    expect(io.err).toMatch(/the config is invalid \(\d+ errors\); planning anyway \(--allow-invalid\)/);
    expect(io.err).toMatch(/Plan: 17 to create, 0 to change, 0 to destroy/);
    expect(code).toBe(0);
    const p = parsePlan(await readFile(out, 'utf8'));
    expect(p.meta.target).toMatch(/^sim:/);
    const layer = new Map(p.changes.map((c) => [c.id, c.layer!]));
    for (const c of p.changes) {
      for (const before of [...(c.cloneOf ? [c.cloneOf.id] : []), ...c.dependencies])
        expect(layer.get(before)).toBeLessThan(layer.get(c.id)!);
    }
    const invalid = capture();
    expect(
      await runPlan(
        [
          '--config-dir',
          sharedPath('fixtures', 'upstream', '829c047'),
          '--target',
          `sim:${join(dir, 'sim-empty.json')}`,
        ],
        invalid,
      ),
    ).toBe(1);
  });
});

describe('bundling', () => {
  /** `import(...)` calls in src whose argument is not one string literal (ncc cannot follow those). */
  async function variableImports(root: string): Promise<string[]> {
    const { readdir } = await import('node:fs/promises');
    const found: string[] = [];
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const file = join(entry.parentPath, entry.name);
      const text = await readFile(file, 'utf8');
      for (const m of text.matchAll(/\bimport\(\s*([^)]*)\)/g)) {
        if (!/^(['"])[^'"]+\1$/.test(m[1]!.trim())) found.push(`${file}: import(${m[1]})`);
      }
    }
    return found;
  }

  it('every dynamic import in src names its module literally (plan --target works from dist/)', async () => {
    expect(await variableImports(join(process.cwd(), 'src'))).toEqual([]);
  });
});
