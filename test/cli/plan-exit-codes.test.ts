/**
 * The CLI for CI and for operators: `plan`/`drift --detailed-exitcode` (0 no changes, 2 changes,
 * 1 errors), `plan --out F --format text` then `apply --plan F`, `--only` on plan and apply,
 * `phoenix drift --target`, and colour (only on a TTY, never with NO_COLOR or --no-color), on the
 * example estate and the embedded simulator.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main.js';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { parsePlan } from '../../src/plan/plan-file.js';
import { editConfig, hostState, makeEstate, type Estate } from '../helpers/apply-harness.js';

registerExtraCommands();

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(argv: string[], o: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const r = { code: 0, out: '', err: '' };
  const io: CliIO = {
    stdout: (t) => void (r.out += t),
    stderr: (t) => void (r.err += t),
    isTTY: o.isTTY ?? false,
    env: { PHOENIX_SIM_LATENCY: 'zero', ...o.env },
    cwd: process.cwd(),
  };
  r.code = await main(argv, io);
  return r;
}

const ESC = '\x1b[';
let e: Estate;
let target: string;
const cfg = () => ['--config-dir', e.configDir];

beforeAll(async () => {
  e = await makeEstate('example');
  target = `sim:${e.statePath}`;
});

describe('plan and apply for CI', () => {
  it('plan --detailed-exitcode: 2 with changes, the JSON plan carrying counts and a summary line', async () => {
    const r = await cli(['plan', ...cfg(), '--target', target, '--format', 'json', '--detailed-exitcode']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as { summary: Record<string, unknown>; changes: unknown[] };
    expect(json.summary.text).toMatch(/^Plan: \d+ to create, 0 to change, 0 to destroy/);
    expect(json.summary.actions).toMatchObject({ update: 0, delete: 0, 'no-op': 0 });
    const a = json.summary.actions as Record<string, number>;
    expect(a.create! + a.clone!).toBe(json.changes.length);
    // Without the flag a successful plan exits 0 with or without changes.
    expect((await cli(['plan', ...cfg(), '--target', target])).code).toBe(0);
  });

  it('--only: unknown or malformed addresses are usage errors naming the option', async () => {
    const unknown = await cli(['plan', ...cfg(), '--target', target, '--only', 'ct/999']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("--only: no guest in the config or planned for deletion matches 'ct/999'");
    const bad = await cli(['plan', ...cfg(), '--target', target, '--only', 'grafana']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("'grafana' is not a guest address");
  });

  it('plan --only --out F --format text, then apply --only --plan F, applies the selection only', async () => {
    const planFile = join(e.dir, 'partial.json');
    const p = await cli([
      'plan',
      ...cfg(),
      '--target',
      target,
      '--only',
      'ct/955',
      '--out',
      planFile,
      '--format',
      'text',
    ]);
    expect(p.code).toBe(0);
    expect(p.out).toContain('Only ct/955 (--only), with what they need: ct/900, ct/901, ct/953.');
    expect(p.out).toMatch(/left out by --only: ct\/902, ct\/903, .*vm\/9001/);
    expect(p.out).not.toContain('{'); // stdout is text, the file is JSON
    const reviewed = parsePlan(readFileSync(planFile, 'utf8'), planFile);
    expect(reviewed.selection?.only).toEqual(['ct/955']);
    expect(reviewed.changes.map((c) => c.address)).toEqual(['ct/900', 'ct/901', 'ct/953', 'ct/955']);

    // A full plan never matches the partial review, nor a partial apply a full review.
    const refused = await cli(['apply', '--yes', ...cfg(), '--target', target, '--plan', planFile]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      'was planned with --only ct/955, but apply was given no --only: give apply the same --only',
    );
    const other = await cli([
      'apply',
      '--yes',
      ...cfg(),
      '--target',
      target,
      '--plan',
      planFile,
      '--only',
      'ct/953',
    ]);
    expect(other.code).toBe(2);
    expect((await hostState(e)).guests).toEqual([]);
    const a = await cli([
      'apply',
      '--yes',
      ...cfg(),
      '--target',
      target,
      '--only',
      'ct/955',
      '--plan',
      planFile,
    ]);
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    const ids = (await hostState(e)).guests.map((g) => g.id).sort();
    expect(ids).toEqual([900, 901, 953, 955]);
  }, 60_000);

  it('plan --out F --format text then apply --plan F applies the whole plan; then no changes (exit 0)', async () => {
    const planFile = join(e.dir, 'full.json');
    const p = await cli(['plan', ...cfg(), '--target', target, '--out', planFile, '--format', 'text']);
    expect(p.code).toBe(0);
    expect(p.err).toMatch(/Plan written to .*full\.json\./);
    expect((await cli(['apply', '--yes', ...cfg(), '--target', target, '--plan', planFile])).code).toBe(0);
    const again = await cli(['plan', ...cfg(), '--target', target, '--detailed-exitcode']);
    expect(again.out).toContain('No changes.');
    expect(again.code).toBe(0);
  }, 60_000);

  it('drift --target: 0 when the host matches, 2 with --detailed-exitcode once it differs', async () => {
    const same = await cli(['drift', ...cfg(), '--target', target, '--detailed-exitcode']);
    expect(same.err).toContain('No drift');
    expect(same.code).toBe(0);
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['955']!.memory_mb = 3072;
    });
    const drift = await cli([
      'drift',
      ...cfg(),
      '--target',
      target,
      '--detailed-exitcode',
      '--format',
      'json',
    ]);
    expect(drift.code).toBe(2);
    expect(JSON.parse(drift.out).summary.text).toBe('Plan: 0 to create, 1 to change, 0 to destroy.');
    expect((await cli(['drift', ...cfg(), '--target', target])).code).toBe(0);
    // Read-only: the host was not changed.
    expect((await hostState(e)).guests.find((g) => g.id === 955)!.config.memory).not.toBe('3072');
  }, 60_000);

  it('an errored plan exits 1 with --detailed-exitcode', async () => {
    const lxc = join(e.configDir, 'phoenix_lxc_configs.json');
    const saved = readFileSync(lxc, 'utf8');
    try {
      editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
        // A container cannot change privilege in place: a rebuild, refused without --allow-rebuild.
        (j.lxc_configs as Record<string, Record<string, unknown>>)['955']!.unprivileged = false;
      });
      const r = await cli(['plan', ...cfg(), '--target', target, '--detailed-exitcode', '--allow-invalid']);
      expect(r.code).toBe(1);
    } finally {
      writeFileSync(lxc, saved);
    }
  });
});

describe('colour', () => {
  const plan = () => ['plan', ...cfg(), '--target', target];
  it('is used on a terminal only', async () => {
    expect((await cli(plan(), { isTTY: true })).out).toContain(ESC);
    expect((await cli(plan(), { isTTY: false })).out).not.toContain(ESC);
  });
  it('is off with NO_COLOR set to any non-empty value, and on when it is empty', async () => {
    expect((await cli(plan(), { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain(ESC);
    expect((await cli(plan(), { isTTY: true, env: { NO_COLOR: 'false' } })).out).not.toContain(ESC);
    expect((await cli(plan(), { isTTY: true, env: { NO_COLOR: '' } })).out).toContain(ESC);
  });
  it('is off with --no-color, after the command or before it', async () => {
    expect((await cli([...plan(), '--no-color'], { isTTY: true })).out).not.toContain(ESC);
    expect((await cli(['--no-color', ...plan()], { isTTY: true })).out).not.toContain(ESC);
  });
});
