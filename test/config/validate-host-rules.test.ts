/**
 * Acceptance for the one resolved host config: every finding setup-hypervisor can report about
 * the config files alone, `phoenix validate` reports too, with the same rule id at the same
 * file:line:col (and the same message). The ids are collected from the rule registry and from
 * the sources that can emit one (the model resolver, the host rules, setup-hypervisor), and every
 * id needs a case below. `phoenix plan` reports what validate reports (it validates first).
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../src/config/diagnostics.js';
import { RULES } from '../../src/config/rules/index.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { runSetup } from '../../src/hypervisor/setup.js';
import { freshHost, tempDir } from '../helpers/hypervisor-fixtures.js';
import { REPO_ROOT } from '../helpers/shared.js';

type Obj = Record<string, unknown>;

const HV = 'phoenix_hypervisor_config.json';
const LXC = 'phoenix_lxc_configs.json';
const VM = 'phoenix_vm_configs.json';

/** A hypervisor file setup-hypervisor accepts; each case adds or replaces keys. */
const base = (extra: Obj = {}): Obj => ({
  network: { interfaces: { name: 'vmbr0', address: '10.0.0.13/24', gateway: '10.0.0.1' } },
  zfs: {
    pools: [{ name: 'tank', raid_level: 'mirror', disks: ['/dev/sdb', '/dev/sdc'] }],
    datasets: [{ name: 'vm', pool: 'tank', proxmox_storage_type: 'zfspool', proxmox_content_type: 'images' }],
  },
  ...extra,
});

interface Case {
  readonly name: string;
  readonly id: string;
  /** How many findings of `id` it gives: errors, and warnings. */
  readonly errors: number;
  readonly warnings?: number;
  /** The hypervisor file: an object (written as JSON) or raw text. */
  readonly hv: Obj | string;
  readonly lxc?: Obj;
  readonly vm?: Obj;
  /** More files under the config dir (AppArmor sources). */
  readonly files?: Readonly<Record<string, string>>;
}

const ct = (extra: Obj): Obj => ({ lxc_configs: { '910': { name: 'web', ...extra } } });

const CASES: readonly Case[] = [
  { name: 'a hypervisor file that is not a JSON object', id: 'PHX-HV-FILE', errors: 1, hv: '[1, 2]\n' },
  {
    name: 'a setting of the wrong form',
    id: 'PHX-HV-CONFIG',
    errors: 3,
    hv: base({ timezone: 'Berlin time', ntp_servers: 5, apt: { no_subscription: 'yes' } }),
  },
  {
    name: 'a dir storage without a path, and a storage id defined twice',
    id: 'PHX-HV-STORAGE',
    errors: 2,
    hv: base({
      storages: [
        { id: 'iso', type: 'dir' },
        { id: 'tank-vm', type: 'dir', path: '/srv/vm' },
      ],
    }),
  },
  {
    name: 'a bridge without an address, one defined twice, a VLAN on an unknown bridge',
    id: 'PHX-HV-BRIDGE',
    errors: 3,
    hv: base({
      network: {
        interfaces: { name: 'vmbr0', address: '10.0.0.13/24' },
        bridges: [{ name: 'vmbr1' }, { name: 'vmbr0', method: 'manual' }],
        vlans: [{ bridge: 'vmbr9', tag: 20, address: '10.20.0.2/24' }],
      },
    }),
  },
  {
    name: 'a ZFS mirror pool with one disk',
    id: 'PHX-HV-ZFS',
    errors: 1,
    hv: base({ zfs: { pools: [{ name: 'tank', raid_level: 'mirror', disks: ['/dev/sdb'] }] } }),
  },
  {
    name: 'a disk in two pools, a pool and a dataset defined twice, a dataset on an unknown pool',
    id: 'PHX-HV-ZFS',
    errors: 4,
    hv: base({
      zfs: {
        pools: [
          { name: 'tank', raid_level: 'single', disks: ['/dev/sdb'] },
          { name: 'tank', raid_level: 'single', disks: ['/dev/sdb'] },
        ],
        datasets: [
          { name: 'a', pool: 'tank' },
          { name: 'a', pool: 'tank' },
          { name: 'b', pool: 'ghost' },
        ],
      },
    }),
  },
  {
    name: 'an NFS export without clients',
    id: 'PHX-HV-NFS',
    errors: 1,
    hv: base({ nfs: { exports: [{ path: '/tank/share', clients: [] }] } }),
  },
  {
    name: 'Samba shares without an owner',
    id: 'PHX-HV-SAMBA',
    errors: 2,
    hv: base({ samba: { shares: [{ name: 'media', path: '/tank/media', options: 'browseable' }] } }),
  },
  {
    name: 'an unknown IOMMU',
    id: 'PHX-HV-VFIO',
    errors: 1,
    hv: base({ vfio: { enabled: true, iommu: 'arm' } }),
  },
  {
    name: 'the NVIDIA driver without version and URL',
    id: 'PHX-HV-NVIDIA',
    errors: 1,
    hv: base({ nvidia_driver: { install: true } }),
  },
  {
    name: 'a password hash and a Proxmox password in the file',
    id: 'PHX-HV-SECRET',
    errors: 2,
    hv: base({
      users: { username: 'admin', password_hash: '$6$salt$abcdefghijklmnop' },
      proxmox_access: { users: [{ userid: 'ci@pve', password: 'hunter2hunter2' }] },
    }),
  },
  {
    name: 'an SSH key that is not a key line, a user in an undefined group',
    id: 'PHX-HV-USER',
    errors: 2,
    hv: base({
      users: { username: 'admin', password_hash: 'NOT_SET', ssh_public_key: 'my laptop key' },
      proxmox_access: { users: [{ userid: 'ci@pve', groups: ['ops'] }] },
    }),
  },
  {
    name: 'an ACL without roles or principals',
    id: 'PHX-HV-ACL',
    errors: 2,
    hv: base({ proxmox_access: { acls: [{ path: '/vms' }] } }),
  },
  {
    name: 'a firewall policy and a rule Proxmox rejects',
    id: 'PHX-HV-FIREWALL',
    errors: 2,
    hv: base({
      firewall: {
        enabled: true,
        default_input_policy: 'ALLOW',
        global_firewall_rules: [{ type: 'in', action: 'ACCEPT', port: '22' }],
      },
    }),
  },
  {
    name: 'a firewall block inside shared_volumes (warning)',
    id: 'PHX-HV-FIREWALL',
    errors: 0,
    warnings: 1,
    hv: base({ shared_volumes: { firewall: { enabled: true } } }),
  },
  {
    name: 'an LXC template that is no appliance file, one outside a known storage (warning)',
    id: 'PHX-HV-TEMPLATE',
    errors: 1,
    warnings: 1,
    hv: base(),
    lxc: {
      lxc_configs: {
        '910': { name: 'web', template: 'local:vztmpl/debian-12.iso' },
        '911': { name: 'db', template: '/srv/templates/debian-12-standard_12.7-1_amd64.tar.zst' },
      },
    },
  },
  {
    name: 'a cloud image without a URL, one on a storage that does not take it (warning)',
    id: 'PHX-HV-IMAGE',
    errors: 1,
    warnings: 1,
    hv: base({
      storages: [{ id: 'isos', type: 'dir', path: '/srv/isos', content: 'backup' }],
      cloud_images: [{ file: 'noble-server-cloudimg-amd64.img', storage: 'isos' }],
    }),
    vm: {
      vms: [
        { vmid: 8000, name: 'own', is_template: true, template_image: 'my-own-image.qcow2' },
        { vmid: 8001, name: 'noble', is_template: true, template_image: 'noble-server-cloudimg-amd64.img' },
      ],
    },
  },
  {
    name: 'a guest naming an AppArmor profile with no source file under <config>/apparmor/',
    id: 'PHX-HV-APPARMOR',
    errors: 1,
    hv: base(),
    lxc: ct({
      template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      apparmor_profile: 'lxc-custom',
    }),
  },
  {
    name: 'a profile source that does not define it, and a profile name with a space',
    id: 'PHX-HV-APPARMOR',
    errors: 2,
    hv: base({ apparmor_profiles: ['lxc-other', 'bad profile'] }),
    files: { 'apparmor/lxc-other': 'profile something-else {\n}\n' },
  },
];

function writeCase(c: Case): string {
  const dir = tempDir('phoenix-host-rules-');
  const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';
  writeFileSync(join(dir, HV), typeof c.hv === 'string' ? c.hv : json(c.hv));
  writeFileSync(join(dir, LXC), json(c.lxc ?? { lxc_configs: {} }));
  if (c.vm) writeFileSync(join(dir, VM), json(c.vm));
  for (const [name, text] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** setup-hypervisor's findings (a dry run; the host is opened only when the config is valid). */
async function setupFindings(dir: string): Promise<readonly Diagnostic[]> {
  const state = await freshHost();
  const out = await runSetup({
    configDir: dir,
    target: `sim:${state}`,
    dryRun: true,
    env: {},
    cwd: process.cwd(),
  });
  return out.diagnostics;
}

const ofRule = (ds: readonly Diagnostic[], id: string): Diagnostic[] => ds.filter((d) => d.rule === id);

/** 1-based line and column where `needle` starts in `file` of `dir`. */
function positionOf(dir: string, file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in ${file}`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

/** Rule ids written as string literals in the .ts files under `dir` (recursively). */
function idsIn(dir: string, pattern: RegExp): Set<string> {
  const out = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(pattern)) out.add(m[1]!);
  }
  return out;
}

describe('every setup-side rule id is a validate rule with a case', () => {
  const src = join(REPO_ROOT, 'src');
  const registered = new Set(RULES.map((r) => r.id));
  const hostIds = new Set([...registered].filter((id) => id.startsWith('PHX-HV-')));
  // What can emit a finding about the files during setup-hypervisor beyond validate's own rules:
  // the model resolver of the hypervisor file, and setup-hypervisor itself.
  const emitted = new Set([
    ...idsIn(join(src, 'model', 'host-config'), /'(PHX-[A-Z0-9-]+)'/g),
    ...idsIn(join(src, 'hypervisor'), /'(PHX-[A-Z0-9-]+)'/g),
  ]);

  test('the setup-side ids are exactly the registered PHX-HV-* rules', () => {
    expect([...emitted].sort()).toEqual([...hostIds].sort());
    expect(hostIds.size).toBe(16);
  });

  test('each of them has a case below', () => {
    const covered = new Set(CASES.map((c) => c.id));
    expect([...hostIds].filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('validate reports what setup-hypervisor reports, where it does', () => {
  test.each(CASES.map((c) => [`${c.id}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const dir = writeCase(c);
    const setup = ofRule(await setupFindings(dir), c.id);
    const validate = ofRule((await validateConfigDir(dir)).diagnostics, c.id);
    const count = (severity: string): number => setup.filter((d) => d.severity === severity).length;
    expect({ errors: count('error'), warnings: count('warning') }).toEqual({
      errors: c.errors,
      warnings: c.warnings ?? 0,
    });
    expect(validate).toEqual(setup);
  });

  test('the AppArmor example: the finding is at the guest that names the profile', async () => {
    const c = CASES.find((x) => x.id === 'PHX-HV-APPARMOR')!;
    const dir = writeCase(c);
    const v = await validateConfigDir(dir);
    expect(v.errors).toBeGreaterThan(0);
    expect(ofRule(v.diagnostics, 'PHX-HV-APPARMOR')).toEqual([
      {
        file: join(dir, LXC),
        ...positionOf(dir, LXC, '"lxc-custom"'),
        severity: 'error',
        rule: 'PHX-HV-APPARMOR',
        message: `AppArmor profile lxc-custom (used by CT 910) has no source: add ${join(dir, 'apparmor')}/lxc-custom`,
      },
    ]);
  });

  test('the mirror example: the finding is at the pool disks', async () => {
    const c = CASES.find((x) => x.name === 'a ZFS mirror pool with one disk')!;
    const dir = writeCase(c);
    const v = await validateConfigDir(dir);
    expect(ofRule(v.diagnostics, 'PHX-HV-ZFS')).toEqual([
      {
        file: join(dir, HV),
        ...positionOf(dir, HV, '"disks"'),
        column: positionOf(dir, HV, '"disks"').column + '"disks": '.length,
        severity: 'error',
        rule: 'PHX-HV-ZFS',
        message: 'a mirror pool needs at least 2 disk(s), tank has 1',
      },
    ]);
  });

  test('a missing hypervisor file: setup needs one (PHX-HV-FILE), validate warns at the same place', async () => {
    const dir = tempDir('phoenix-host-rules-');
    writeFileSync(join(dir, LXC), JSON.stringify({ lxc_configs: {} }));
    const setup = ofRule(await setupFindings(dir), 'PHX-HV-FILE');
    const validate = ofRule((await validateConfigDir(dir)).diagnostics, 'PHX-HYPERVISOR-MISSING');
    expect(setup.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([
      [join(dir, HV), 1, 1, 'error'],
    ]);
    expect(validate.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([
      [join(dir, HV), 1, 1, 'warning'],
    ]);
  });
});
