/**
 * A generated, valid estate of N guests for benchmarks: a CT template chain (900 base, 901 GPU),
 * a VM cloud-image template 9000, then containers and VMs (4:1) cloned from them. Every guest
 * has a unique static IP (10.0.0.0/16 on vmbr0), a unique MAC, features, firewall rules and
 * dependency chains of five with matching boot orders, so the rules do their full work and
 * report nothing.
 */
import type { ScriptInventory } from '../src/config/script-inventory.js';

type Obj = Record<string, unknown>;

export interface GeneratedEstate {
  readonly texts: { readonly lxc: string; readonly vm: string; readonly hypervisor: string };
  readonly scripts: ScriptInventory;
  readonly guests: number;
}

const hex = (n: number): string => n.toString(16).padStart(2, '0');
const ipOf = (i: number): string => `10.0.${1 + (i >> 8)}.${i & 255}`;
const macOf = (i: number): string =>
  `52:54:00:${hex((i >> 16) & 255)}:${hex((i >> 8) & 255)}:${hex(i & 255)}`;

function firewall(i: number): Obj {
  return {
    enabled: true,
    rules: [
      { type: 'in', action: 'ACCEPT', proto: 'tcp', port: '22', source: '10.0.0.0/16', comment: 'ssh' },
      { type: 'in', action: 'ACCEPT', proto: 'tcp', port: String(8000 + (i % 1000)), source: '10.0.0.13' },
      { type: 'in', action: 'ACCEPT', proto: 'icmp', source: '10.0.0.0/16' },
    ],
  };
}

function container(i: number, id: number, deps: number[], order: number): Obj {
  return {
    name: `ct-${id}`,
    clone_from_ctid: i % 3 === 0 ? '901' : '900',
    memory_mb: 2048 + (i % 4) * 1024,
    cores: 2,
    storage_pool: 'quickOS-lxc-disks',
    storage_size_gb: 32,
    network_config: {
      name: 'eth0',
      bridge: 'vmbr0',
      ip: `${ipOf(i)}/16`,
      gw: '10.0.0.1',
      nameservers: '10.0.0.1',
    },
    mac_address: macOf(i),
    gpu_assignment: i % 3 === 0 ? '0' : 'none',
    unprivileged: true,
    features: i % 3 === 0 ? ['nvidia', 'docker'] : ['docker'],
    application_script: 'app.sh',
    dependencies: deps.map(String),
    start_at_boot: true,
    boot_order: order,
    boot_delay: 5,
    mount_points: [{ host_path: `/mnt/pve/quickOS/persistent/${id}`, container_path: '/data' }],
    firewall: firewall(i),
    tests: { health_checks: [{ name: 'service', type: 'script', path: 'docker/check.sh' }] },
    vllm_engine_config: { ModelConfig: { model: `org/model-${i % 7}`, max_model_len: 4096 } },
  };
}

function vm(i: number, id: number, deps: number[], order: number): Obj {
  return {
    vmid: id,
    name: `vm-${id}`,
    clone_from_vmid: 9000,
    cores: 4,
    memory_mb: 8192,
    start_at_boot: true,
    boot_order: order,
    features: ['docker'],
    dependencies: deps,
    network_config: { ip: `${ipOf(i)}/16`, gw: '10.0.0.1', nameserver: '10.0.0.1', hwaddr: macOf(i) },
    user_config: { username: 'phoenix_user' },
    firewall: firewall(i),
  };
}

export function generateEstate(guests: number): GeneratedEstate {
  const lxc: Obj = {
    '900': {
      name: 'Template-Base',
      is_template: true,
      template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
      storage_pool: 'quickOS-lxc-disks',
      network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.200/16', gw: '10.0.0.1' },
      features: ['base_setup'],
    },
    '901': {
      name: 'Template-GPU',
      is_template: true,
      clone_from_ctid: '900',
      storage_pool: 'quickOS-lxc-disks',
      network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.201/16', gw: '10.0.0.1' },
      gpu_assignment: '0,1',
      features: ['nvidia'],
    },
  };
  const vms: Obj[] = [
    {
      vmid: 9000,
      name: 'ubuntu-cloud-template',
      is_template: true,
      template_image: 'noble-server-cloudimg-amd64.img',
      network_config: { ip: 'dhcp' },
    },
  ];
  let previous = 0;
  for (let i = 0; i < guests - 3; i++) {
    const isVm = i % 5 === 4;
    const id = isVm ? 200_000 + i : 10_000 + i;
    // Chains of five: each guest waits for the one before it and boots after it.
    const order = i % 5;
    const deps = order === 0 ? [] : [previous];
    if (isVm) vms.push(vm(i, id, deps, order));
    else lxc[String(id)] = container(i, id, deps, order);
    previous = id;
  }
  const hypervisor = {
    network: { interfaces: { name: 'vmbr0', address: '10.0.0.13/16', gateway: '10.0.0.1' } },
    zfs: {
      pools: [{ name: 'quickOS', raid_level: 'mirror', disks: ['/dev/disk/by-id/a', '/dev/disk/by-id/b'] }],
      datasets: [
        {
          name: 'lxc-disks',
          pool: 'quickOS',
          proxmox_storage_type: 'zfspool',
          proxmox_content_type: 'images,rootdir',
        },
        {
          name: 'vm-disks',
          pool: 'quickOS',
          proxmox_storage_type: 'zfspool',
          proxmox_content_type: 'images',
        },
      ],
    },
    users: { username: 'phoenix_admin', password_hash: 'NOT_SET' },
  };
  return {
    texts: {
      lxc: JSON.stringify({ lxc_configs: lxc }, null, 2) + '\n',
      vm:
        JSON.stringify(
          { vm_defaults: { storage_pool: 'quickOS-vm-disks', network_bridge: 'vmbr0' }, vms },
          null,
          2,
        ) + '\n',
      hypervisor: JSON.stringify(hypervisor, null, 2) + '\n',
    },
    scripts: {
      features: new Set(['base_setup.sh', 'nvidia.sh', 'docker.sh']),
      apps: new Set(['app.sh']),
      tests: new Set(['docker/check.sh']),
    },
    guests,
  };
}
