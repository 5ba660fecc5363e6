/**
 * `phoenix setup-hypervisor` through the CLI entry point, against the embedded simulator target:
 * exit codes, output formats, config errors in the gcc shape, the audit log and --tokens-out.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main.js';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { configDir, freshHost, tempDir } from '../helpers/hypervisor-fixtures.js';

registerExtraCommands();

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env,
    cwd: process.cwd(),
  };
  const code = await main(['setup-hypervisor', ...args], io);
  return { code, stdout, stderr };
}

const small = {
  timezone: 'Europe/Berlin',
  proxmox_access: { users: [{ userid: 'ci@pve' }], tokens: [{ userid: 'ci@pve', id: 'github' }] },
};

describe('phoenix setup-hypervisor', () => {
  test('has its help, with every option', async () => {
    let out = '';
    await main(['help', 'setup-hypervisor'], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      isTTY: false,
      env: {},
      cwd: process.cwd(),
    });
    expect(out).toContain('phoenix setup-hypervisor [--config-dir DIR] --target URL [options]');
    for (const o of ['--dry-run', '--steps a,b', '--audit-log FILE', '--confirm-destructive DISKS'])
      expect(out).toContain(o);
  });

  test('usage errors exit 2', async () => {
    expect(await cli(['--config-dir', configDir(small)])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--target URL is required'),
    });
    const state = await freshHost();
    expect(
      await cli(['--config-dir', configDir(small), '--target', `sim:${state}`, '--steps', 'nope']),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown step(s) nope') });
    expect(
      await cli(['--config-dir', configDir(small), '--target', `sim:${state}`, '--format', 'yaml']),
    ).toMatchObject({ code: 2 });
  });

  test('a dry run prints what would change, as text, Markdown or JSON, and exits 0', async () => {
    const state = await freshHost();
    const dir = configDir(small);
    const before = readFileSync(state, 'utf8');
    const text = await cli(['--config-dir', dir, '--target', `sim:${state}`, '--dry-run']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'time          would change (1)  Time zone and NTP\n    ~ set the time zone to Europe/Berlin\n',
    );
    const md = await cli([
      '--config-dir',
      dir,
      '--target',
      `sim:${state}`,
      '--dry-run',
      '--format',
      'markdown',
    ]);
    expect(md.stdout).toMatch(/^## Phoenix setup-hypervisor \(dry run\)\n/);
    const json = JSON.parse(
      (
        await cli([
          '--config-dir',
          dir,
          '--target',
          `sim:${state}`,
          '--dry-run',
          '--format',
          'json',
          '--steps',
          'time,access',
        ])
      ).stdout,
    ) as { steps: Array<{ id: string; status: string }> };
    expect(json.steps.filter((s) => s.status !== 'not-selected').map((s) => [s.id, s.status])).toEqual([
      ['time', 'planned'],
      ['access', 'planned'],
    ]);
    expect(readFileSync(state, 'utf8')).toBe(before);
  });

  test('config errors are printed FILE:LINE:COL and exit 1 without touching the host', async () => {
    const state = await freshHost();
    const dir = configDir({ zfs: { datasets: [{ name: 'x', pool: 'ghost' }] } });
    const r = await cli(['--config-dir', dir, '--target', `sim:${state}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /phoenix_hypervisor_config\.json:\d+:\d+: error: dataset x is on pool ghost, which zfs\.pools does not define \(defined: none\) \[PHX-HV-ZFS\]/,
    );
    expect(r.stderr).toContain('nothing was run on the host');
    expect(r.stdout).toBe('');
  });

  test('apply writes the audit log and the new token secrets to --tokens-out (mode 600)', async () => {
    const state = await freshHost();
    const out = tempDir();
    const r = await cli([
      '--config-dir',
      configDir(small),
      '--target',
      `sim:${state}`,
      '--audit-log',
      join(out, 'audit.jsonl'),
      '--tokens-out',
      join(out, 'tokens.json'),
    ]);
    expect(r.code).toBe(0);
    const tokens = JSON.parse(readFileSync(join(out, 'tokens.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(tokens)).toEqual(['ci@pve!github']);
    expect(statSync(join(out, 'tokens.json')).mode & 0o777).toBe(0o600);
    const audit = readFileSync(join(out, 'audit.jsonl'), 'utf8');
    expect(audit).toContain('"argv":["pveum","user","token","add","ci@pve","github"');
    expect(audit).not.toContain(tokens['ci@pve!github']!);
    expect(r.stdout).not.toContain(tokens['ci@pve!github']!);
    expect(r.stderr).toContain('the secrets of 1 new API token(s) are in');
  });

  test('a blocked step makes the run exit 1', async () => {
    const state = await freshHost();
    const r = await cli([
      '--config-dir',
      configDir({ samba: { user: 'media', shares: [{ name: 'm', path: '/srv' }] } }),
      '--target',
      `sim:${state}`,
      '--steps',
      'samba',
      '--dry-run',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('samba         BLOCKED');
  });
});
