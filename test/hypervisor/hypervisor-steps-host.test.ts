/**
 * Check and apply of the host-level steps (apt, time, network, ZFS, storages) on simulated hosts,
 * including a half-configured host: what the check reports, what apply runs, and that a second
 * run finds nothing left to do.
 */
import type { SimState } from '../../src/sim/index.js';
import { hostSetupOf } from '../../src/sim/hypervisor/index.js';
import { checkArgvAgainstApi } from '../helpers/pve-api.js';
import { describeShared, hasShared } from '../helpers/shared.js';
import {
  configDir,
  editState,
  freshHost,
  mutating,
  readState,
  setup,
  statusOf,
} from '../helpers/hypervisor-fixtures.js';

type Obj = Record<string, unknown>;

const text = (s: SimState, path: string): string | undefined => {
  const f = s.nodes.pve!.files[path];
  return f ? Buffer.from(f.data, 'base64').toString('utf8') : undefined;
};
const put = (s: SimState, path: string, content: string): void => {
  s.nodes.pve!.files[path] = { data: Buffer.from(content, 'utf8').toString('base64') };
};
const stepOf = (o: Awaited<ReturnType<typeof setup>>, id: string) =>
  o.report!.steps.find((s) => s.id === id)!;

const hv = (extra: Obj = {}): Obj => ({
  network: { interfaces: { name: 'vmbr0', address: '10.0.0.13/24', gateway: '10.0.0.1' } },
  ...extra,
});

describe('apt', () => {
  test('PVE 9: enterprise .sources disabled, no-subscription added, only missing packages installed', async () => {
    const state = await freshHost();
    const dir = configDir(hv({ apt: { packages: ['htop', 'jq'] } }));
    await editState(state, (s) => {
      s.nodes.pve!.packages.jq = '1.7.1-6';
    });
    const run = await setup(dir, state, { steps: ['apt'] });
    expect(stepOf(run, 'apt').status).toBe('changed');
    expect(mutating(run)).toEqual([
      'tee -- /etc/apt/sources.list.d/pve-enterprise.sources',
      'tee -- /etc/apt/sources.list.d/ceph.sources',
      'tee -- /etc/apt/sources.list.d/proxmox.sources',
      'env DEBIAN_FRONTEND=noninteractive apt-get update -q',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold htop',
    ]);
    const s = await readState(state);
    expect(text(s, '/etc/apt/sources.list.d/pve-enterprise.sources')).toContain(
      'Components: pve-enterprise\nSigned-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\nEnabled: no\n',
    );
    expect(text(s, '/etc/apt/sources.list.d/proxmox.sources')).toContain(
      'Suites: trixie\nComponents: pve-no-subscription\n',
    );
    expect(s.nodes.pve!.packages.htop).toBeDefined();
    expect(mutating(await setup(dir, state, { steps: ['apt'] }))).toEqual([]);
  });

  test('a no-subscription entry already in sources.list is kept and not duplicated', async () => {
    const state = await freshHost({ enterpriseRepos: false }, { pveVersion: '8.4.1' });
    await editState(state, (s) =>
      put(
        s,
        '/etc/apt/sources.list',
        'deb http://download.proxmox.com/debian/pve bookworm pve-no-subscription\n',
      ),
    );
    const run = await setup(configDir(hv()), state, { steps: ['apt'], dryRun: true });
    expect(stepOf(run, 'apt').status).toBe('unchanged');
  });

  test('without no_subscription, apt-get update fails on the enterprise repository and the step says why', async () => {
    const state = await freshHost();
    const run = await setup(configDir(hv({ apt: { no_subscription: false, packages: ['htop'] } })), state, {
      steps: ['apt'],
    });
    expect(stepOf(run, 'apt').status).toBe('failed');
    expect(stepOf(run, 'apt').error).toMatch(/^apt-get update failed \(exit 100\): .*401 {2}Unauthorized/);
  });
});

describe('time', () => {
  test('time zone, NTP on and NTP servers through chrony', async () => {
    const state = await freshHost();
    await editState(state, (s) => {
      hostSetupOf(s.nodes.pve!).ntp = false;
    });
    const dir = configDir(hv({ timezone: 'Europe/Berlin', ntp_servers: ['0.de.pool.ntp.org', '10.0.0.1'] }));
    const dry = await setup(dir, state, { steps: ['time'], dryRun: true });
    expect(stepOf(dry, 'time').changes.map((c) => c.summary)).toEqual([
      'set the time zone to Europe/Berlin',
      'turn on time synchronisation',
      'use NTP servers 0.de.pool.ntp.org, 10.0.0.1',
    ]);
    const run = await setup(dir, state, { steps: ['time'] });
    expect(mutating(run)).toEqual([
      'timedatectl set-timezone Europe/Berlin',
      'timedatectl set-ntp true',
      'mkdir -p -- /etc/chrony/sources.d',
      'tee -- /etc/chrony/sources.d/phoenix.sources',
      'chronyc reload sources',
    ]);
    expect(text(await readState(state), '/etc/chrony/sources.d/phoenix.sources')).toContain(
      'server 0.de.pool.ntp.org iburst\nserver 10.0.0.1 iburst\n',
    );
    expect(mutating(await setup(dir, state, { steps: ['time'] }))).toEqual([]);
  });

  test('a zone the host does not know fails the step with timedatectl message', async () => {
    const state = await freshHost();
    const run = await setup(configDir(hv({ timezone: 'Mars/Olympus_Mons' })), state, { steps: ['time'] });
    expect(stepOf(run, 'time').error).toBe(
      "timedatectl set-timezone failed (exit 1): Failed to set time zone: Invalid or not installed time zone 'Mars/Olympus_Mons'",
    );
  });
});

describe('network', () => {
  const bridges = {
    domain_name: 'lab.example.com',
    network: {
      interfaces: { name: 'vmbr0', address: '10.0.0.13/24', gateway: '10.0.0.1', bridge_ports: 'eno1' },
      internal_bridge: { name: 'vmbr1', subnet: '10.1.0.0/24' },
      bridges: [{ name: 'vmbr2', method: 'manual', vlan_aware: true, comment: 'guests only' }],
      vlans: [{ bridge: 'vmbr0', tag: 20, address: '10.20.0.13/24' }],
      hosts: [{ address: '10.0.0.20', names: ['nas.lab.example.com', 'nas'] }],
    },
  };

  test('bridges and VLANs go into interfaces.d/phoenix and are applied with ifreload -a; /etc/hosts gets a block', async () => {
    const state = await freshHost();
    await editState(state, (s) =>
      put(s, '/etc/hosts', '127.0.0.1 localhost\n10.0.0.13 pve.local pve\n192.168.1.10 pve-old pve\n'),
    );
    const dir = configDir(bridges);
    const run = await setup(dir, state, { steps: ['network'] });
    expect(stepOf(run, 'network').status).toBe('changed');
    expect(mutating(run)).toEqual([
      'tee -- /etc/network/interfaces.d/phoenix',
      'ifreload -a',
      'tee -- /etc/hosts',
    ]);
    const s = await readState(state);
    expect(text(s, '/etc/network/interfaces.d/phoenix')).toContain(
      'auto vmbr1\niface vmbr1 inet static\n\taddress 10.1.0.1/24\n\tbridge-ports none\n\tbridge-stp off\n\tbridge-fd 0\n\n' +
        'auto vmbr2\niface vmbr2 inet manual\n\tbridge-ports none\n\tbridge-stp off\n\tbridge-fd 0\n\tbridge-vlan-aware yes\n\tbridge-vids 2-4094\n#guests only\n\n' +
        'auto vmbr0.20\niface vmbr0.20 inet static\n\taddress 10.20.0.13/24\n',
    );
    const ifaces = Object.fromEntries(s.nodes.pve!.network.map((n) => [n.iface, n.type]));
    expect(ifaces).toMatchObject({ vmbr0: 'bridge', vmbr1: 'bridge', vmbr2: 'bridge', 'vmbr0.20': 'vlan' });
    expect(text(s, '/etc/hosts')).toBe(
      '127.0.0.1 localhost\n10.0.0.13 pve.local pve\n\n# BEGIN phoenix hosts\n10.0.0.13 pve.lab.example.com\n10.0.0.20 nas.lab.example.com nas\n# END phoenix hosts\n',
    );
    expect(mutating(await setup(dir, state, { steps: ['network'] }))).toEqual([]);
  });

  test('the management bridge is never changed: a different address is blocked, nothing is written', async () => {
    const state = await freshHost();
    const dir = configDir({
      network: {
        interfaces: { name: 'vmbr0', address: '10.0.0.99/24', gateway: '10.0.0.1' },
        bridges: [{ name: 'vmbr1', address: '10.1.0.1/24' }],
      },
    });
    const run = await setup(dir, state, { steps: ['network'] });
    const step = stepOf(run, 'network');
    expect(step.status).toBe('blocked');
    expect(step.error).toBe(
      'bridge vmbr0: vmbr0 is defined in /etc/network/interfaces with address 10.0.0.13/24 (config: 10.0.0.99/24). Phoenix does not change an interface the installer set up (it may carry this connection): change it on the console, or make the config match',
    );
    expect(mutating(run)).toEqual([]);
  });

  test('ifupdown2 refuses a bridge port that does not exist: the step fails with its message', async () => {
    const state = await freshHost();
    const run = await setup(
      configDir({ network: { bridges: [{ name: 'vmbr3', address: '10.3.0.1/24', ports: 'eno9' }] } }),
      state,
      { steps: ['network'] },
    );
    expect(stepOf(run, 'network').status).toBe('failed');
    expect(stepOf(run, 'network').error).toBe(
      'ifreload -a failed (exit 1): error: /etc/network/interfaces.d/phoenix:4: vmbr3: bridge port eno9 does not exist',
    );
    expect((await readState(state)).nodes.pve!.network.some((n) => n.iface === 'vmbr3')).toBe(false);
  });

  test('an interfaces file without the source line gets it', async () => {
    const state = await freshHost();
    await editState(state, (s) =>
      put(
        s,
        '/etc/network/interfaces',
        'auto lo\niface lo inet loopback\n\nauto vmbr0\niface vmbr0 inet static\n\taddress 10.0.0.13/24\n\tgateway 10.0.0.1\n\tbridge-ports eno1\n',
      ),
    );
    const run = await setup(
      configDir({ network: { bridges: [{ name: 'vmbr1', address: '10.1.0.1/24' }] } }),
      state,
      { steps: ['network'] },
    );
    expect(stepOf(run, 'network').status).toBe('changed');
    expect(text(await readState(state), '/etc/network/interfaces')).toMatch(
      /\n\nsource \/etc\/network\/interfaces\.d\/\*\n$/,
    );
  });
});

describe('ZFS and storages on a half-configured host', () => {
  const zfsConfig = (): Obj =>
    hv({
      zfs: {
        arc_max_gb: 8,
        pools: [
          { name: 'tank', raid_level: 'single', disks: ['/dev/sdb'] },
          { name: 'fast', raid_level: 'mirror', disks: ['/dev/nvme0n1', '/dev/nvme1n1'] },
        ],
        datasets: [
          {
            name: 'vm',
            pool: 'tank',
            properties: 'compression=lz4,quota=500G',
            proxmox_storage_type: 'zfspool',
            proxmox_content_type: 'images',
          },
          {
            name: 'iso',
            pool: 'fast',
            properties: 'recordsize=1M',
            proxmox_storage_type: 'dir',
            proxmox_content_type: 'iso,vztmpl',
          },
        ],
      },
    });

  /** `tank` and `tank/vm` exist (vm with compression off), `tank-vm` storage does not. */
  async function halfHost(): Promise<string> {
    return freshHost(
      { disks: [{ path: '/dev/sdb', hasData: true }, { path: '/dev/nvme0n1' }, { path: '/dev/nvme1n1' }] },
      {
        edit: (s) => {
          const n = s.nodes.pve!;
          n.zpools.tank = {
            name: 'tank',
            vdevs: ['/dev/sdb'],
            sizeBytes: 2000 * 1024 ** 3,
            properties: {},
            health: 'ONLINE',
          };
          n.datasets.tank = { name: 'tank', type: 'filesystem', properties: {}, usedBytes: 98304 };
          n.datasets['tank/vm'] = {
            name: 'tank/vm',
            type: 'filesystem',
            properties: { compression: 'off', quota: '500G' },
            usedBytes: 98304,
          };
          put(s, '/etc/modprobe.d/zfs.conf', 'options zfs zfs_prefetch_disable=1\n');
        },
      },
    );
  }

  test('the check sees what exists and plans only the rest', async () => {
    const state = await halfHost();
    const dry = await setup(configDir(zfsConfig()), state, {
      dryRun: true,
      steps: ['zfs-pools', 'zfs-datasets', 'zfs-arc', 'storages'],
    });
    const changes = (id: string) => stepOf(dry, id).changes.map((c) => `${c.kind} ${c.target}: ${c.summary}`);
    expect(changes('zfs-pools')).toEqual(['create pool fast: create mirror pool fast on 2 disk(s)']);
    expect(changes('zfs-datasets')).toEqual([
      'update dataset tank/vm: set compression=lz4 on tank/vm',
      'create dataset fast/iso: create fast/iso with recordsize=1M',
    ]);
    expect(stepOf(dry, 'zfs-datasets').changes[0]!.diff).toEqual(['- compression=off', '+ compression=lz4']);
    expect(changes('zfs-arc')).toEqual([
      'update /etc/modprobe.d/zfs.conf: limit the ARC to 8 GiB at boot (and rebuild the initramfs)',
      'update /sys/module/zfs/parameters/zfs_arc_max: limit the ARC to 8 GiB now',
    ]);
    expect(changes('storages')).toEqual([
      'create storage tank-vm: pvesm add zfspool tank-vm (pool tank/vm, content images)',
      'create storage fast-iso: pvesm add dir fast-iso (path /fast/iso, content iso,vztmpl)',
    ]);
  });

  test('apply creates the missing pool, dataset and storages, fixes the drifted property, and converges', async () => {
    const state = await halfHost();
    const dir = configDir(zfsConfig());
    const run = await setup(dir, state, { steps: ['zfs-pools', 'zfs-datasets', 'zfs-arc', 'storages'] });
    expect(run.exitCode).toBe(0);
    expect(mutating(run)).toEqual([
      'zpool create -o ashift=12 fast mirror /dev/nvme0n1 /dev/nvme1n1',
      'zfs set compression=lz4 tank/vm',
      'zfs create -o recordsize=1M fast/iso',
      'tee -- /etc/modprobe.d/zfs.conf',
      'update-initramfs -u -k all',
      'tee -- /sys/module/zfs/parameters/zfs_arc_max',
      'pvesm add zfspool tank-vm --pool tank/vm --content images',
      'pvesm add dir fast-iso --path /fast/iso --content iso,vztmpl',
    ]);
    // The API-schema check needs ../shared; without it the rest of the test still runs.
    if (hasShared)
      for (const c of run.commands.filter((x) => x.argv[0] === 'pvesm'))
        for (const v of ['pve9', 'pve8'] as const) expect(checkArgvAgainstApi(c.argv, v)).toEqual([]);
    const s = await readState(state);
    expect(text(s, '/etc/modprobe.d/zfs.conf')).toBe(
      'options zfs zfs_prefetch_disable=1\noptions zfs zfs_arc_max=8589934592\n',
    );
    expect(text(s, '/sys/module/zfs/parameters/zfs_arc_max')).toBe('8589934592\n');
    expect(s.nodes.pve!.disks.find((d) => d.path === '/dev/sdb')!.hasData).toBe(true);
    const again = await setup(dir, state, { steps: ['zfs-pools', 'zfs-datasets', 'zfs-arc', 'storages'] });
    expect(mutating(again)).toEqual([]);
  });

  test('a missing disk blocks its pool', async () => {
    const state = await freshHost({ disks: [{ path: '/dev/sdb' }] });
    const run = await setup(configDir(zfsConfig()), state, { steps: ['zfs-pools'] });
    expect(stepOf(run, 'zfs-pools').error).toBe(
      'pool fast: disk /dev/nvme0n1 was not found (lsblk: /dev/nvme0n1: not a block device); disk /dev/nvme1n1 was not found (lsblk: /dev/nvme1n1: not a block device)',
    );
    expect(mutating(run)).toEqual([]);
  });

  test('storages: content is adjusted in place; a storage of another kind under the same id is blocked', async () => {
    const state = await halfHost();
    await editState(state, (s) => {
      s.storages['tank-vm'] = {
        id: 'tank-vm',
        type: 'zfspool',
        content: ['images', 'rootdir'],
        shared: false,
        options: { pool: 'tank/vm' },
        totalBytes: 1,
      };
      s.storages['fast-iso'] = {
        id: 'fast-iso',
        type: 'nfs',
        content: ['iso'],
        shared: true,
        options: { server: '10.0.0.5', export: '/iso' },
        totalBytes: 1,
      };
    });
    const run = await setup(configDir(zfsConfig()), state, { steps: ['storages'] });
    const step = stepOf(run, 'storages');
    expect(step.status).toBe('blocked');
    expect(step.error).toBe(
      'storage fast-iso: storage fast-iso exists as nfs (path none), the config wants dir (path /fast/iso). Phoenix does not re-create storages (their volumes would be orphaned): remove or rename it first',
    );
    expect(step.changes.find((c) => c.target === 'storage tank-vm')!.summary).toBe(
      'set content images on tank-vm',
    );
    expect(mutating(run)).toEqual([]);
    await editState(state, (s) => {
      delete s.storages['fast-iso'];
    });
    const ok = await setup(configDir(zfsConfig()), state, { steps: ['storages'] });
    expect(mutating(ok)).toEqual([
      'pvesm set tank-vm --content images',
      'pvesm add dir fast-iso --path /fast/iso --content iso,vztmpl',
    ]);
    expect(statusOf(ok).storages).toBe('changed');
  });
});

describeShared('API schema', () => {
  test('storage commands of the steps are accepted by PVE 8.4 and 9.1', () => {
    expect(checkArgvAgainstApi(['pvesm', 'set', 'tank-vm', '--content', 'images'], 'pve8')).toEqual([]);
  });
});
