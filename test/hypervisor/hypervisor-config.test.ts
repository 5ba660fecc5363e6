/**
 * The setup model read from the config: bad input gives clear errors at the offending value's line
 * and column, and nothing runs on the host (the target is not even opened).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHostConfig } from '../../src/hypervisor/setup-config.js';
import { runSetup } from '../../src/hypervisor/setup.js';
import { loadConfigDir } from '../../src/config/load.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { UserError } from '../../src/util/errors.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { configDir, freshHost, upstreamConfigDir } from '../helpers/hypervisor-fixtures.js';
import { describeShared } from '../helpers/shared.js';

type Obj = Record<string, unknown>;

const base = (): Obj => ({
  timezone: 'Europe/Berlin',
  network: { interfaces: { name: 'vmbr0', address: '10.0.0.13/24', gateway: '10.0.0.1' } },
  zfs: {
    pools: [{ name: 'tank', raid_level: 'single', disks: ['/dev/sdb'] }],
    datasets: [
      {
        name: 'vm',
        pool: 'tank',
        properties: 'compression=lz4',
        proxmox_storage_type: 'zfspool',
        proxmox_content_type: 'images',
      },
    ],
  },
});

/** 1-based line and column where `needle` starts in the hypervisor file of `dir`. */
function positionOf(
  dir: string,
  needle: string,
  file = 'phoenix_hypervisor_config.json',
): { line: number; column: number } {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not in ${file}`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

/** Runs setup against a fresh host that must never be opened; returns the findings. */
async function rejected(
  dir: string,
): Promise<
  Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>
> {
  const state = await freshHost();
  const before = readFileSync(state, 'utf8');
  let opened = 0;
  const out = await runSetup({
    configDir: dir,
    target: `sim:${state}`,
    dryRun: false,
    env: {},
    cwd: process.cwd(),
    openTransport: async () => {
      opened++;
      throw new Error('the target must not be opened');
    },
  });
  expect({ exit: out.exitCode, report: out.report, commands: out.commands, opened }).toEqual({
    exit: 1,
    report: undefined,
    commands: [],
    opened: 0,
  });
  expect(readFileSync(state, 'utf8')).toBe(before);
  return out.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ ...d, file: d.file.slice(dir.length + 1) }));
}

describe('bad input is reported where it is, and nothing touches the host', () => {
  test('a dataset on a pool the config does not define', async () => {
    const hv = base();
    (hv.zfs as Obj).datasets = [{ name: 'vm', pool: 'nopool', proxmox_storage_type: 'zfspool' }];
    const dir = configDir(hv);
    expect(await rejected(dir)).toEqual([
      {
        file: 'phoenix_hypervisor_config.json',
        ...positionOf(dir, '"nopool"'),
        severity: 'error',
        rule: 'PHX-HV-ZFS',
        message: 'dataset vm is on pool nopool, which zfs.pools does not define (defined: tank)',
      },
    ]);
  });

  test('a bridge without an address, and a main bridge without one', async () => {
    const hv = base();
    (hv.network as Obj).bridges = [
      { name: 'vmbr1', ports: 'eno2' },
      { name: 'vmbr2', method: 'manual' },
    ];
    const dir = configDir(hv);
    const [err] = await rejected(dir);
    expect(err).toMatchObject({ rule: 'PHX-HV-BRIDGE', line: positionOf(dir, '"name": "vmbr1"').line - 1 });
    expect(err!.message).toBe(
      'bridge vmbr1 has no address: give "address" (CIDR, e.g. 10.0.1.1/24), a "subnet", or "method": "manual" for a bridge the host has no address on',
    );
    const hv2 = base();
    delete ((hv2.network as Obj).interfaces as Obj).address;
    const errors = await rejected(configDir(hv2));
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^bridge vmbr0 has no address/)]);
  });

  test('VLANs need a defined bridge and an address', async () => {
    const hv = base();
    (hv.network as Obj).vlans = [
      { bridge: 'vmbr9', tag: 20, address: '10.20.0.2/24' },
      { bridge: 'vmbr0', tag: 30 },
      { bridge: 'vmbr0', tag: 5000, address: '10.5.0.2/24' },
    ];
    const messages = (await rejected(configDir(hv))).map((e) => e.message);
    expect(messages).toEqual([
      'VLAN vmbr9.20 is on bridge vmbr9, which the network section does not define',
      'VLAN vmbr0.30 has no address: the host needs one to be on that VLAN (guests use tag= on the bridge instead)',
      'a VLAN tag must be an integer from 1 to 4094',
    ]);
  });

  test('a password hash in the config is a secret in the wrong place; so is a Proxmox password', async () => {
    const hv = {
      ...base(),
      users: { username: 'admin', password_hash: '$6$salt$abcdefghijklmnop', sudo_access: true },
    };
    (hv as Obj).proxmox_access = { users: [{ userid: 'ci@pve', password: 'hunter2hunter2' }] };
    const dir = configDir(hv);
    const errors = await rejected(dir);
    expect(errors.map((e) => [e.rule, e.line])).toEqual(
      expect.arrayContaining([
        ['PHX-HV-SECRET', positionOf(dir, '"$6$salt').line],
        ['PHX-HV-SECRET', positionOf(dir, '"hunter2hunter2"').line],
      ]),
    );
    expect(errors.find((e) => e.line === positionOf(dir, '"$6$salt').line)!.message).toContain(
      'PHOENIX_ADMIN_PASSWORD_HASH',
    );
    expect(JSON.stringify(errors)).not.toContain('hunter2');
  });

  test('pools, content types, firewall rules and the NVIDIA driver are checked', async () => {
    const hv = base();
    (hv.zfs as Obj).pools = [
      { name: 'tank', raid_level: 'mirror', disks: ['/dev/sdb'] },
      { name: 'other', raid_level: 'single', disks: ['/dev/sdb'] },
    ];
    (hv.zfs as Obj).datasets = [
      { name: 'iso', pool: 'tank', proxmox_storage_type: 'zfspool', proxmox_content_type: 'iso' },
    ];
    hv.firewall = { enabled: true, global_firewall_rules: [{ type: 'in', action: 'ACCEPT', port: '22' }] };
    hv.nvidia_driver = {
      install: true,
      version: '580.76.05',
      runfile_url: 'https://us.download.nvidia.com/XFree86/Linux-x86_64/570.1/NVIDIA-Linux-x86_64-570.1.run',
    };
    const messages = (await rejected(configDir(hv))).map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'a mirror pool needs at least 2 disk(s), tank has 1',
        'disk /dev/sdb is already used by pool tank',
        'a zfspool storage holds only images and rootdir, not iso: use "proxmox_storage_type": "dir" for files',
        'a port needs "proto" tcp or udp (got none); Proxmox rejects the rule otherwise',
        'runfile_url is for driver 570.1, but version is 580.76.05',
      ]),
    );
  });

  test('a VM cloud image without a known URL and an AppArmor profile without a source, located in the guest files', async () => {
    const lxc = {
      lxc_configs: {
        '910': {
          name: 'web',
          template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
          apparmor_profile: 'lxc-custom',
        },
      },
    };
    const dir = configDir(base(), lxc);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'phoenix_vm_configs.json'),
      JSON.stringify(
        { vms: [{ vmid: 8000, name: 'tpl', is_template: true, template_image: 'my-own-image.qcow2' }] },
        null,
        2,
      ),
    );
    const errors = await rejected(dir);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'phoenix_lxc_configs.json',
          line: positionOf(dir, '"lxc-custom"', 'phoenix_lxc_configs.json').line,
          rule: 'PHX-HV-APPARMOR',
          message: `AppArmor profile lxc-custom (used by CT 910) has no source: add ${join(dir, 'apparmor')}/lxc-custom`,
        }),
        expect.objectContaining({
          file: 'phoenix_vm_configs.json',
          line: positionOf(dir, '"my-own-image.qcow2"', 'phoenix_vm_configs.json').line,
          rule: 'PHX-HV-IMAGE',
        }),
      ]),
    );
  });

  test('usage errors: unknown steps and confirmations for disks that are not pool disks', async () => {
    const dir = configDir(base());
    const state = await freshHost();
    const run = (o: Obj): Promise<unknown> =>
      runSetup({ configDir: dir, target: `sim:${state}`, dryRun: true, env: {}, cwd: process.cwd(), ...o });
    await expect(run({ steps: ['apt,zfs-poolz'] })).rejects.toThrow(
      new UserError(
        'unknown step(s) zfs-poolz: the steps are apt, time, network, zfs-pools, zfs-datasets, zfs-arc, storages, nfs, samba, vfio, nvidia, admin, access, firewall, apparmor, templates',
        2,
      ),
    );
    await expect(run({ confirmDestructive: ['/dev/sda'] })).rejects.toThrow(
      /--confirm-destructive names \/dev\/sda, which is not a disk of any pool in the config \(pool disks: \/dev\/sdb\)/,
    );
  });
});

describe('the model', () => {
  async function model(dir: string, env: Obj = {}) {
    const v = await validateConfigDir(dir);
    return buildHostConfig({
      dir,
      sources: (await loadConfigDir(dir)).sources,
      guests: v.desired.guests,
      env: env as Record<string, string>,
      readApparmorSource: () => undefined,
    });
  }

  test('storages come from datasets as <pool>-<dataset>, with dir storages at the mount point', async () => {
    const hv = base();
    (hv.zfs as Obj).datasets = [
      { name: 'vm', pool: 'tank', proxmox_storage_type: 'zfspool', proxmox_content_type: 'images,rootdir' },
      {
        name: 'iso',
        pool: 'tank',
        properties: 'mountpoint=/srv/iso',
        proxmox_storage_type: 'dir',
        proxmox_content_type: 'iso,vztmpl',
      },
      { name: 'plain', pool: 'tank' },
    ];
    hv.storages = [{ id: 'nas', type: 'nfs', server: '10.0.0.5', export: '/export/pve', content: 'backup' }];
    const { config, diagnostics } = await model(configDir(hv));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(config!.storages.map(({ path: _p, ...s }) => s)).toEqual([
      { id: 'tank-vm', type: 'zfspool', pool: 'tank/vm', content: ['images', 'rootdir'] },
      { id: 'tank-iso', type: 'dir', dir: '/srv/iso', content: ['iso', 'vztmpl'] },
      {
        id: 'nas',
        type: 'nfs',
        server: '10.0.0.5',
        export: '/export/pve',
        options: undefined,
        content: ['backup'],
      },
    ]);
    expect(config!.zfs.datasets.map((d) => d.full)).toEqual(['tank/vm', 'tank/iso', 'tank/plain']);
  });

  test('packages follow from what is configured; secrets from the environment only', async () => {
    const hv = {
      ...base(),
      users: { username: 'ops', password_hash: 'NOT_SET', sudo_access: true },
      nfs: { exports: [{ path: '/tank/vm', clients: ['10.0.0.0/24'], options: ['rw'] }] },
      apt: { packages: ['htop'] },
    };
    const { config } = await model(configDir(hv), {
      PHOENIX_ADMIN_PASSWORD_HASH: '$6$x$y',
      PHOENIX_SAMBA_PASSWORD: 'pw',
    });
    expect(config!.apt.packages).toEqual([
      { name: 'htop', reason: 'apt.packages' },
      { name: 'nfs-kernel-server', reason: 'NFS exports' },
      { name: 'sudo', reason: 'admin user with sudo' },
    ]);
    expect(config!.secrets.adminPasswordHash).toBe('$6$x$y');
    expect(config!.access.admin).toEqual({ username: 'ops', sudo: true, sshKey: undefined });
  });

  test('the example estate in config/ is a valid setup model', async () => {
    const { config, diagnostics } = await model(join(REPO_ROOT, 'config'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(config!.zfs.pools.map((p) => p.name)).toEqual(['quickOS', 'fastData']);
    expect(config!.firewall!.rules).toHaveLength(4);
  });
});

describeShared('the seed-era config as published', () => {
  test('its misplaced firewall block is pointed out, with its location', async () => {
    const dir = upstreamConfigDir(() => undefined);
    const v = await validateConfigDir(dir);
    const { config, diagnostics } = buildHostConfig({
      dir,
      sources: v.loaded.sources,
      guests: v.desired.guests,
      env: {},
      readApparmorSource: (n) => (n === 'lxc-phoenix-v2' ? 'profile lxc-phoenix-v2 {\n}\n' : undefined),
    });
    expect(config?.firewall).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        rule: 'PHX-HV-FIREWALL',
        line: positionOf(dir, '"firewall"').line,
        message:
          'this firewall block is inside shared_volumes and has no effect: move it to the top level of the file',
      }),
    );
  });
});
