/**
 * What `phoenix init` writes into `config/` of a starter repository: the three config files (each
 * pointing at its schema in `schemas/`), a small estate (a container template, a Docker container
 * cloned from it with an application script and a test, an empty VM list), and the example
 * feature, application and test scripts it names. The host part uses placeholder disks and the
 * address of a typical home network: the operator edits them to match the machine.
 */
import { SCHEMA_FILES } from '../../config/schemas.js';

const schemaRef = (file: string): string => `../schemas/${file}`;

export const STARTER_HYPERVISOR = {
  $schema: schemaRef(SCHEMA_FILES.hypervisor),
  version: '1.0.0',
  timezone: 'Etc/UTC',
  ntp_servers: ['0.pool.ntp.org', '1.pool.ntp.org'],
  network: {
    interfaces: {
      name: 'vmbr0',
      address: '192.168.1.10/24',
      gateway: '192.168.1.1',
      bridge_ports: 'eno1',
    },
  },
  zfs: {
    pools: [
      {
        name: 'tank',
        raid_level: 'mirror',
        disks: [
          '/dev/disk/by-id/nvme-REPLACE_WITH_DISK_1_2TB',
          '/dev/disk/by-id/nvme-REPLACE_WITH_DISK_2_2TB',
        ],
      },
    ],
    datasets: [
      {
        name: 'guests',
        pool: 'tank',
        properties: 'compression=lz4,recordsize=16K',
        proxmox_storage_type: 'zfspool',
        proxmox_content_type: 'images,rootdir',
      },
    ],
  },
};

const network = (ip: string, mac: string) => ({
  network_config: { name: 'eth0', bridge: 'vmbr0', ip, gw: '192.168.1.1', nameservers: '192.168.1.1' },
  mac_address: mac,
});

export const STARTER_LXC = {
  $schema: schemaRef(SCHEMA_FILES.lxc),
  lxc_configs: {
    '900': {
      name: 'Template-Base',
      template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
      template_snapshot_name: 'pre-configured',
      memory_mb: 2048,
      cores: 2,
      storage_pool: 'tank-guests',
      storage_size_gb: 16,
      unprivileged: true,
      ...network('192.168.1.200/24', '52:54:00:A0:09:00'),
      gpu_assignment: 'none',
      features: ['base_setup'],
    },
    '950': {
      name: 'docker-01',
      clone_from_ctid: '900',
      memory_mb: 4096,
      cores: 2,
      storage_pool: 'tank-guests',
      storage_size_gb: 32,
      unprivileged: true,
      ...network('192.168.1.50/24', '52:54:00:A0:09:50'),
      gpu_assignment: 'none',
      pct_options: ['nesting=1', 'keyctl=1'],
      features: ['docker'],
      application_script: 'hello.sh',
      health_check: { command: 'test -f /etc/phoenix-hello', retries: 3, interval: 5 },
      tests: {
        integration_tests: [{ name: 'Docker answers', type: 'script', path: 'docker/check_docker.sh' }],
      },
    },
  },
};

export const STARTER_VM = {
  $schema: schemaRef(SCHEMA_FILES.vm),
  vm_defaults: {
    cores: 2,
    memory_mb: 4096,
    disk_size_gb: 32,
    storage_pool: 'tank-guests',
    network_bridge: 'vmbr0',
  },
  vms: [],
};

const script = (lines: string[]): string => ['#!/bin/bash', ...lines, ''].join('\n');

/** Example scripts, by path inside `config/`. */
export const STARTER_SCRIPTS: Readonly<Record<string, string>> = {
  'features/base_setup.sh': script([
    '# Feature base_setup: the tools every guest and the other scripts rely on (jq reads',
    '# $PHOENIX_GUEST_CONFIG). Runs as root inside the guest, as `bash <this file>`; idempotent.',
    'set -euo pipefail',
    'export DEBIAN_FRONTEND=noninteractive',
    'if ! command -v jq >/dev/null || ! command -v curl >/dev/null; then',
    '  apt-get update -q',
    '  apt-get install -y -q --no-install-recommends ca-certificates curl jq',
    'fi',
  ]),
  'features/docker.sh': script([
    "# Feature docker: Docker Engine from the distribution's packages. The container needs",
    '# nesting=1 and keyctl=1 (pct_options). Runs as root inside the guest; idempotent.',
    'set -euo pipefail',
    'export DEBIAN_FRONTEND=noninteractive',
    'if ! command -v docker >/dev/null; then',
    '  apt-get update -q',
    '  apt-get install -y -q docker.io',
    'fi',
    'systemctl enable --now docker',
  ]),
  'apps/hello.sh': script([
    "# Application hello.sh: writes the guest's name and ID to /etc/phoenix-hello (the health",
    '# check looks for it). Runs as root inside the guest after its features; idempotent.',
    'set -euo pipefail',
    'name=$(jq -r \'.name\' "$PHOENIX_GUEST_CONFIG")',
    'id=$(jq -r \'.id\' "$PHOENIX_GUEST_CONFIG")',
    'echo "hello from ${name} (${id})" >/etc/phoenix-hello',
  ]),
  'tests/docker/check_docker.sh': script([
    '# Test: the Docker daemon is running. Runs inside the guest after the health check;',
    '# exit 0 means pass.',
    'set -euo pipefail',
    'systemctl is-active --quiet docker',
    "docker info --format '{{.ServerVersion}}'",
  ]),
};
