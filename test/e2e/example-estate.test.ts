import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigDir } from '../../src/config/load.js';
import { checkSchemas } from '../../src/config/schema-check.js';
import { SCHEMA_FILES } from '../../src/config/schemas.js';
import { resolveDesiredState } from '../../src/model/resolve.js';
import { CONFIG_FILES, type ConfigFileKey, type Guest } from '../../src/model/types.js';
import { describeShared, REPO_ROOT, sharedPath } from '../helpers/shared.js';

const CONFIG = join(REPO_ROOT, 'config');

async function loadExample() {
  const loaded = await loadConfigDir(CONFIG);
  const desired = resolveDesiredState({
    lxc: loaded.sources.lxc?.value,
    vm: loaded.sources.vm?.value,
    hypervisor: loaded.sources.hypervisor?.value,
  });
  return { loaded, desired };
}

describe('the example estate in config/', () => {
  test('loads and validates against the schemas with zero findings', async () => {
    const { loaded } = await loadExample();
    expect(Object.keys(loaded.sources).sort()).toEqual(['hypervisor', 'lxc', 'vm']);
    expect(loaded.diagnostics).toEqual([]);
    expect(checkSchemas(loaded)).toEqual([]);
  });

  test.each(Object.keys(CONFIG_FILES) as ConfigFileKey[])(
    'the %s file points its $schema at our schema',
    async (key) => {
      const value = JSON.parse(readFileSync(join(CONFIG, CONFIG_FILES[key]), 'utf8')) as { $schema?: string };
      expect(value.$schema).toBe(`../schemas/${SCHEMA_FILES[key]}`);
      expect(existsSync(join(CONFIG, value.$schema!))).toBe(true);
    },
  );

  test('has the seed architecture: templates 900-903 and their clones', async () => {
    const { desired } = await loadExample();
    const shape = desired.guests.map((g) => [g.kind, g.id, g.name, g.cloneFrom ?? g.osTemplate]);
    expect(shape).toEqual([
      ['lxc', 900, 'Template-Base', 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst'],
      ['lxc', 901, 'Template-GPU', 900],
      ['lxc', 902, 'Template-Docker', 900],
      ['lxc', 903, 'Template-Docker-GPU', 901],
      ['lxc', 910, 'Portainer', 902],
      ['lxc', 950, 'vllm-qwen2.5-7b-awq', 903],
      ['lxc', 953, 'Nginx-VscodeRag', 900],
      ['lxc', 955, 'ollama-oWUI', 901],
      ['qemu', 9000, 'ubuntu-2404-cloud-template', 'noble-server-cloudimg-amd64.img'],
      ['qemu', 9001, 'docker-vm-01', 9000],
    ]);
    const byId = new Map(desired.guests.map((g) => [g.id, g]));
    // Every clone source is a template or names a snapshot to clone from.
    for (const g of desired.guests) {
      if (g.cloneFrom === undefined) continue;
      const src = byId.get(g.cloneFrom)!;
      expect([g.id, src.isTemplate || Boolean(src.templateSnapshotName)]).toEqual([g.id, true]);
    }
    expect(byId.get(950)!.dependencies).toEqual([953]);
    expect(byId.get(955)!.dependencies).toEqual([953]);
  });

  test('IPs are distinct on 10.0.0.0/24 via vmbr0; MACs are unique locally administered unicast', async () => {
    const { desired } = await loadExample();
    const nics = desired.guests.flatMap((g: Guest) => g.networks.map((n) => ({ id: g.id, ...n })));
    const ips = nics.filter((n) => n.ip !== 'dhcp').map((n) => n.ip!);
    expect(new Set(ips).size).toBe(ips.length);
    for (const ip of ips) expect(ip).toMatch(/^10\.0\.0\.\d{1,3}\/24$/);
    for (const n of nics) expect([n.id, n.bridge]).toEqual([n.id, 'vmbr0']);
    const macs = nics.map((n) => n.hwaddr!.toLowerCase());
    expect(macs).toHaveLength(desired.guests.length);
    expect(new Set(macs).size).toBe(macs.length);
    for (const mac of macs) expect(parseInt(mac.slice(0, 2), 16) & 0b11).toBe(0b10);
  });

  test('every storage_pool is a storage the hypervisor config defines', async () => {
    const { desired } = await loadExample();
    const hyp = desired.hypervisor as {
      zfs: { datasets: { pool: string; name: string }[] };
      proxmox_storage_ids: Record<string, string>;
    };
    const storages = new Set([
      ...hyp.zfs.datasets.map((d) => `${d.pool}-${d.name}`),
      ...Object.values(hyp.proxmox_storage_ids),
    ]);
    for (const g of desired.guests) expect([g.id, storages.has(g.storagePool)]).toEqual([g.id, true]);
  });

  test('every feature, application and test script exists, is executable and is strict bash', async () => {
    const { desired } = await loadExample();
    const scripts = new Set<string>();
    for (const g of desired.guests) {
      for (const f of g.features) scripts.add(`features/${f}.sh`);
      if (g.applicationScript) scripts.add(`apps/${g.applicationScript}`);
      for (const t of g.tests) scripts.add(`tests/${t.path}`);
    }
    const hypTests = (desired.hypervisor?.tests ?? {}) as Record<string, { path: string }[]>;
    for (const suite of Object.values(hypTests)) for (const t of suite) scripts.add(`tests/${t.path}`);
    expect(scripts.size).toBeGreaterThanOrEqual(12);
    for (const rel of [...scripts].sort()) {
      const file = join(CONFIG, rel);
      const text = readFileSync(file, 'utf8');
      expect([rel, text.startsWith('#!/usr/bin/env bash\n')]).toEqual([rel, true]);
      expect([rel, /^set -euo pipefail$/m.test(text)]).toEqual([rel, true]);
      accessSync(file, constants.X_OK);
      const syntax = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
      expect([rel, syntax.status, syntax.stderr]).toEqual([rel, 0, '']);
    }
  });

  test('the config reference in docs/ is current', () => {
    const out = execFileSync('node', [join(REPO_ROOT, 'scripts', 'gen-config-reference.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/is up to date/);
  });

  test('the docs check fails on a stale file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phx-docs-'));
    try {
      const stale = join(dir, 'ref.md');
      copyFileSync(join(REPO_ROOT, 'docs', 'config-reference.md'), stale);
      execFileSync('sh', ['-c', `printf '\\nstale\\n' >> "${stale}"`]);
      const res = spawnSync(
        'node',
        [join(REPO_ROOT, 'scripts', 'gen-config-reference.mjs'), '--check', '--out', stale],
        {
          encoding: 'utf8',
        },
      );
      expect(res.status).toBe(1);
      expect(res.stderr).toContain('out of date');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeShared('upstream Phoenix estates against our schemas', () => {
  // Every upstream version validates as written: the schemas describe what users really write
  // (icmp rules, open feature names, "0, 1" GPU lists, the vllm_* fields, string features).
  test.each(['35c465b', '829c047', '7ee84fb', '569d257'])('%s has no schema findings', async (version) => {
    const loaded = await loadConfigDir(sharedPath('fixtures', 'upstream', version));
    expect(loaded.diagnostics).toEqual([]);
    expect(Object.keys(loaded.sources).length).toBeGreaterThanOrEqual(1);
    expect(checkSchemas(loaded)).toEqual([]);
  });

  test('35c465b really contains the values upstream schemas rejected', async () => {
    const text = readFileSync(
      sharedPath('fixtures', 'upstream', '35c465b', 'phoenix_lxc_configs.json'),
      'utf8',
    );
    expect(text).toContain('"proto": "icmp"');
    expect(text).toContain('"step_cli"');
    expect(text).toContain('"gpu_assignment": "0, 1"');
  });
});
