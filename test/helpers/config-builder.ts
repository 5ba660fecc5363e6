/**
 * Small config estates for rule and CLI tests. Files are written with `JSON.stringify(v, null, 2)`
 * plus a newline, so every key sits on its own line and line numbers are predictable; `lineOf`
 * finds a line by plain text search (independent of the parser under test).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../src/config/diagnostics.js';
import { parseJsonSource } from '../../src/config/json-source.js';
import type { LoadedConfig } from '../../src/config/load.js';
import { runRules } from '../../src/config/rules/index.js';
import type { ScriptInventory } from '../../src/config/script-inventory.js';
import { resolveDesiredState } from '../../src/model/resolve.js';
import { CONFIG_FILES, type ConfigFileKey } from '../../src/model/types.js';

type Obj = Record<string, unknown>;

export interface EstateSpec {
  /** File values; `undefined` means the file is not written. */
  readonly lxc?: unknown;
  readonly vm?: unknown;
  readonly hypervisor?: unknown;
  /** Script files relative to their folder: `docker.sh`, `docker/check.sh`. */
  readonly features?: readonly string[];
  readonly apps?: readonly string[];
  readonly tests?: readonly string[];
}

export function toText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * A hypervisor file defining vmbr0 (host 10.0.0.13/24, line 5), vmbr1 (172.16.0.0/24) and the
 * ZFS storages tank-lxc (rootdir) / tank-vm (images only, dataset on line 31). It ends its `zfs`
 * block on line 38, so keys passed in `extra` start on line 39. After them, `cloud_images` gives
 * the download URL of `noble.img`, the image the test VMs are made from (setup-hypervisor, and so
 * validate, needs one).
 */
export function hypervisor(extra: Obj = {}): Obj {
  return {
    network: {
      interfaces: { name: 'vmbr0', address: '10.0.0.13/24', gateway: '10.0.0.1' },
      internal_bridge: { name: 'vmbr1', subnet: '172.16.0.0/24' },
    },
    zfs: {
      pools: [{ name: 'tank', raid_level: 'mirror', disks: ['/dev/sda', '/dev/sdb'] }],
      datasets: [
        {
          name: 'lxc',
          pool: 'tank',
          proxmox_storage_type: 'zfspool',
          proxmox_content_type: 'images,rootdir',
        },
        { name: 'vm', pool: 'tank', proxmox_storage_type: 'zfspool', proxmox_content_type: 'images' },
      ],
    },
    ...extra,
    cloud_images: [
      {
        file: 'noble.img',
        url: 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img',
      },
    ],
  };
}

/** The template every test container clones from. */
export function baseTemplate(extra: Obj = {}): Obj {
  return {
    name: 'base',
    is_template: true,
    template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
    storage_pool: 'tank-lxc',
    network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.200/24', gw: '10.0.0.1' },
    ...extra,
  };
}

/** A container cloned from 900 with a static IP in 10.0.0.0/24. */
export function ct(ip: string, extra: Obj = {}): Obj {
  return {
    name: `ct-${ip.split('/')[0].split('.').pop()}`,
    clone_from_ctid: '900',
    storage_pool: 'tank-lxc',
    network_config: { name: 'eth0', bridge: 'vmbr0', ip, gw: '10.0.0.1' },
    ...extra,
  };
}

export function lxcFile(configs: Obj, extra: Obj = {}): Obj {
  return { ...extra, lxc_configs: configs };
}

/** Parse the spec in memory into what `validateLoaded` and `runRules` take. */
export function loadInMemory(
  spec: EstateSpec,
  dir = 'cfg',
): { loaded: LoadedConfig; scripts: ScriptInventory } {
  const sources: LoadedConfig['sources'] = {};
  const present: LoadedConfig['present'] = {};
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(CONFIG_FILES) as ConfigFileKey[]) {
    const value = spec[key];
    if (value === undefined) continue;
    present[key] = true;
    const parsed = parseJsonSource(join(dir, CONFIG_FILES[key]), toText(value));
    diagnostics.push(...parsed.diagnostics);
    sources[key] = parsed.source;
  }
  return {
    loaded: { dir, sources, present, diagnostics },
    scripts: {
      features: new Set(spec.features ?? []),
      apps: new Set(spec.apps ?? []),
      tests: new Set(spec.tests ?? []),
    },
  };
}

/** Only the semantic rules (no schema check), on an in-memory estate. */
export function rulesOn(spec: EstateSpec, dir = 'cfg'): Diagnostic[] {
  const { loaded, scripts } = loadInMemory(spec, dir);
  const desired = resolveDesiredState({
    lxc: loaded.sources.lxc?.value,
    vm: loaded.sources.vm?.value,
    hypervisor: loaded.sources.hypervisor?.value,
  });
  return runRules({ loaded, desired, scripts });
}

/** 1-based line of the first line of `text` containing `needle` after `from` (a needle too). */
export function lineOf(text: string, needle: string, from?: string): number {
  const start = from === undefined ? 0 : text.indexOf(from);
  if (start < 0) throw new Error(`'${from}' not found`);
  const at = text.indexOf(needle, start);
  if (at < 0) throw new Error(`'${needle}' not found`);
  return text.slice(0, at).split('\n').length;
}

export async function makeTempDir(prefix = 'phoenix-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Write the spec's files and (executable stub) scripts into `dir`. */
export async function writeEstate(dir: string, spec: EstateSpec): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const key of Object.keys(CONFIG_FILES) as ConfigFileKey[]) {
    if (spec[key] !== undefined) await writeFile(join(dir, CONFIG_FILES[key]), toText(spec[key]));
  }
  const folders = [
    ['features', spec.features],
    ['apps', spec.apps],
    ['tests', spec.tests],
  ] as const;
  for (const [folder, files] of folders) {
    for (const f of files ?? []) {
      const path = join(dir, folder, f);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    }
  }
}

/** One expected finding: file, line, column, severity, rule id, and a pattern the message matches. */
export type Expected = [ConfigFileKey, number, number, 'error' | 'warning', string, RegExp?];

/**
 * Assert the exact set of findings (order-insensitive, compared sorted by file/line/column):
 * nothing missing and nothing extra.
 */
export function expectFindings(
  actual: readonly Diagnostic[],
  expected: readonly Expected[],
  dir = 'cfg',
): void {
  const key = (d: { file: string; line: number; column: number; rule: string }): string =>
    `${d.file}:${String(d.line).padStart(5, '0')}:${String(d.column).padStart(4, '0')}:${d.rule}`;
  const got = [...actual].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const want = expected
    .map(([file, line, column, severity, rule, message]) => ({
      file: join(dir, CONFIG_FILES[file]),
      line,
      column,
      severity,
      rule,
      message: message ? expect.stringMatching(message) : expect.any(String),
    }))
    .sort((a, b) => (key(a) < key(b) ? -1 : 1));
  expect(got).toEqual(want);
}
