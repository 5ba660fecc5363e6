/**
 * A fresh simulated host as a Proxmox VE installer leaves it: node `pve`, storages `local` (dir)
 * and `local-lvm` (lvmthin), bridge `vmbr0`, no guests, the appliance index of `pveam available`
 * and `root@pam`. Options add nodes or change the version (8.x and 9.x differ in a few defaults).
 */
import {
  SIM_STATE_VERSION,
  type SimAppliance,
  type SimNode,
  type SimState,
  type SimStorage,
} from './model.js';

export interface InitialStateOptions {
  /** Node names; the first is the local node (default `['pve']`). */
  nodes?: string[];
  /** Proxmox VE version, e.g. `9.1.2` or `8.4.1` (default 9.1.2). */
  pveVersion?: string;
  /** Extra storages (merged over the defaults by id). */
  storages?: SimStorage[];
  /** Cluster name when there are several nodes. */
  clusterName?: string;
}

const GiB = 1024 ** 3;

export function defaultStorages(): SimStorage[] {
  return [
    {
      id: 'local',
      type: 'dir',
      // A fresh install's `local` (pve-manager's installer storage.cfg): no snippets content.
      content: ['backup', 'import', 'iso', 'vztmpl'],
      shared: false,
      options: { path: '/var/lib/vz' },
      totalBytes: 100 * GiB,
    },
    {
      id: 'local-lvm',
      type: 'lvmthin',
      content: ['images', 'rootdir'],
      shared: false,
      options: { vgname: 'pve', thinpool: 'data' },
      totalBytes: 800 * GiB,
    },
  ];
}

function appliance(section: string, template: string, os: string, version: string, mb: number): SimAppliance {
  return {
    section,
    template,
    type: 'lxc',
    os,
    version,
    headline: `${os} ${version} (${section})`,
    sizeBytes: mb * 1024 * 1024,
  };
}

/** The `pveam available` index (a representative subset of download.proxmox.com). */
export function defaultAppliances(): SimAppliance[] {
  return [
    appliance('system', 'almalinux-9-default_20240911_amd64.tar.xz', 'almalinux', '9', 100),
    appliance('system', 'alpine-3.21-default_20241217_amd64.tar.xz', 'alpine', '3.21', 3),
    appliance('system', 'alpine-3.22-default_20250617_amd64.tar.xz', 'alpine', '3.22', 3),
    appliance('system', 'archlinux-base_20240911-1_amd64.tar.zst', 'archlinux', 'base', 180),
    appliance('system', 'centos-9-stream-default_20240828_amd64.tar.xz', 'centos', '9', 95),
    appliance('system', 'debian-11-standard_11.7-1_amd64.tar.zst', 'debian', '11', 120),
    appliance('system', 'debian-12-standard_12.7-1_amd64.tar.zst', 'debian', '12', 120),
    appliance('system', 'debian-13-standard_13.1-2_amd64.tar.zst', 'debian', '13', 125),
    appliance('system', 'fedora-42-default_20250428_amd64.tar.xz', 'fedora', '42', 90),
    appliance('system', 'rockylinux-9-default_20240912_amd64.tar.xz', 'rockylinux', '9', 100),
    appliance('system', 'ubuntu-22.04-standard_22.04-1_amd64.tar.zst', 'ubuntu', '22.04', 130),
    appliance('system', 'ubuntu-24.04-standard_24.04-2_amd64.tar.zst', 'ubuntu', '24.04', 140),
    appliance('system', 'ubuntu-25.04-standard_25.04-1.1_amd64.tar.zst', 'ubuntu', '25.04', 145),
    appliance('turnkeylinux', 'debian-12-turnkey-core_18.1-1_amd64.tar.gz', 'debian', '12', 230),
  ];
}

function text(s: string): { data: string } {
  return { data: Buffer.from(s, 'utf8').toString('base64') };
}

export function defaultNode(name: string, index: number): SimNode {
  const ip = `192.168.1.${10 + index}`;
  return {
    name,
    online: true,
    network: [
      { iface: 'lo', type: 'loopback', active: 1, autostart: 1, method: 'loopback', families: ['inet'] },
      { iface: 'eno1', type: 'eth', active: 1, exists: 1, method: 'manual', families: ['inet'] },
      {
        iface: 'vmbr0',
        type: 'bridge',
        active: 1,
        autostart: 1,
        method: 'static',
        method6: 'manual',
        families: ['inet'],
        cidr: `${ip}/24`,
        address: ip,
        netmask: '24',
        gateway: '192.168.1.1',
        bridge_ports: 'eno1',
        bridge_stp: 'off',
        bridge_fd: '0',
      },
    ],
    files: {
      '/etc/hostname': text(`${name}\n`),
      '/etc/hosts': text(`127.0.0.1 localhost.localdomain localhost\n${ip} ${name}.local ${name}\n`),
      '/etc/network/interfaces': text(
        'auto lo\niface lo inet loopback\n\niface eno1 inet manual\n\n' +
          `auto vmbr0\niface vmbr0 inet static\n\taddress ${ip}/24\n\tgateway 192.168.1.1\n` +
          '\tbridge-ports eno1\n\tbridge-stp off\n\tbridge-fd 0\n\nsource /etc/network/interfaces.d/*\n',
      ),
      '/etc/timezone': text('Etc/UTC\n'),
    },
    packages: {
      'proxmox-ve': '9.1.0',
      'pve-manager': '9.1.2',
      'pve-container': '6.0.18',
      'qemu-server': '9.0.30',
      'zfsutils-linux': '2.3.4-pve1',
      ifupdown2: '3.3.0-1+pmx10',
      'lxc-pve': '6.0.5-1',
    },
    kernelModules: ['zfs', 'bridge', 'overlay', 'br_netfilter', 'kvm', 'kvm_intel'],
    disks: [
      { path: '/dev/sda', sizeBytes: 1000 * GiB, model: 'SIM SSD', serial: `SIM${index}0001`, hasData: true },
    ],
    zpools: {},
    datasets: {},
    cpus: 16,
    memoryBytes: 64 * GiB,
    kernel: '6.14.11-4-pve',
  };
}

export function createInitialState(options: InitialStateOptions = {}): SimState {
  const version = options.pveVersion ?? '9.1.2';
  const major = version.split('.')[0] ?? '9';
  const minor = version.split('.')[1] ?? '0';
  const nodeNames = options.nodes && options.nodes.length > 0 ? options.nodes : ['pve'];
  const nodes: Record<string, SimNode> = {};
  nodeNames.forEach((n, i) => {
    const node = defaultNode(n, i);
    node.packages['pve-manager'] = version;
    if (major === '8') {
      node.packages['proxmox-ve'] = '8.4.0';
      node.packages['pve-container'] = '5.2.7';
      node.packages['qemu-server'] = '8.3.14';
      node.kernel = '6.8.12-13-pve';
    }
    nodes[n] = node;
  });
  const storages: Record<string, SimStorage> = {};
  for (const s of [...defaultStorages(), ...(options.storages ?? [])]) storages[s.id] = s;
  return {
    version: SIM_STATE_VERSION,
    pve: { version, release: `${major}.${minor}`, repoid: 'c2d8a5b9e1f04a7d' },
    cluster: options.clusterName ? { name: options.clusterName } : {},
    localNode: nodeNames[0]!,
    nodes,
    storages,
    volumes: [],
    guests: {},
    appliances: defaultAppliances(),
    access: {
      users: {
        'root@pam': { userid: 'root@pam', enable: 1, expire: 0, groups: [], passwordSet: true, tokens: {} },
      },
      groups: {},
      roles: {},
      acl: [],
      pools: {},
    },
    clusterFiles: {},
    settings: { latency: {}, faults: [], execResults: [], macPrefix: 'BC:24:11' },
    counters: {},
    flocks: {},
    seq: 0,
  };
}
