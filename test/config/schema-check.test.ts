import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/config/diagnostics.js';
import { parseJsonSource } from '../../src/config/json-source.js';
import type { LoadedConfig } from '../../src/config/load.js';
import {
  checkSchemas,
  checkSource,
  formatPath,
  osaDistance,
  suggestKey,
} from '../../src/config/schema-check.js';
import { SCHEMAS } from '../../src/config/schemas.js';
import { buildHostConfig, type HostConfigResult } from '../../src/hypervisor/setup-config.js';
import { CONFIG_FILES, type ConfigFileKey } from '../../src/model/types.js';
import { REPO_ROOT } from '../helpers/shared.js';

type Obj = Record<string, unknown>;

/** Pretty-print `value` as a config file, validate it, return the text and the findings. */
function run(key: ConfigFileKey, value: unknown): { text: string; diags: Diagnostic[] } {
  const text = JSON.stringify(value, null, 2) + '\n';
  const parsed = parseJsonSource(`config/${CONFIG_FILES[key]}`, text);
  expect(parsed.diagnostics).toEqual([]);
  return { text, diags: checkSource(key, parsed.source) };
}

/** 1-based line and column of the `nth` occurrence of `needle` in `text`. */
function posOf(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

function only(diags: Diagnostic[]): Diagnostic {
  expect(diags.map((d) => `${d.rule} ${d.message}`)).toHaveLength(1);
  return diags[0];
}

const guest = (extra: Obj = {}): Obj => ({
  name: 'web',
  clone_from_ctid: '900',
  memory_mb: 2048,
  network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.50/24', gw: '10.0.0.1' },
  mac_address: '52:54:00:00:00:50',
  ...extra,
});
const lxc = (g: Obj, id = '950'): Obj => ({ lxc_configs: { [id]: g } });
const vmFile = (vm: Obj): Obj => ({ vms: [vm] });

describe('LXC file: types and ranges', () => {
  test('a minimal valid file has no findings', () => {
    expect(run('lxc', lxc(guest())).diags).toEqual([]);
  });

  test('a string where an integer belongs is a located type error', () => {
    const { text, diags } = run('lxc', lxc(guest({ memory_mb: '4096' })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-TYPE');
    expect(d.message).toBe(
      'lxc_configs.950.memory_mb: must be an integer between 16 and 4194304, got "4096"',
    );
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, '"4096"'));
    expect(d.file).toBe('config/phoenix_lxc_configs.json');
    expect(d.severity).toBe('error');
  });

  test('cores 0 is out of range', () => {
    const { text, diags } = run('lxc', lxc(guest({ cores: 0 })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-RANGE');
    expect(d.line).toBe(posOf(text, '"cores"').line);
    expect(d.message).toBe('lxc_configs.950.cores: must be an integer between 1 and 8192, got 0');
  });

  test('a boolean written as a string is a type error', () => {
    const { text, diags } = run('lxc', lxc(guest({ unprivileged: 'yes' })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-TYPE');
    expect(d.line).toBe(posOf(text, '"unprivileged"').line);
    expect(d.message).toContain('must be true or false, got "yes"');
  });

  test('CTID keys below 100 or above 999999999 are located at the key', () => {
    const file = {
      lxc_configs: { '99': guest(), '1000000000': guest({ mac_address: '52:54:00:00:00:51' }) },
    };
    const { text, diags } = run('lxc', file);
    expect(diags.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['PHX-SCHEMA-FORMAT', posOf(text, '"99"').line, posOf(text, '"99"').column],
      ['PHX-SCHEMA-FORMAT', posOf(text, '"1000000000"').line, posOf(text, '"1000000000"').column],
    ]);
    expect(diags[0].message).toBe(
      'lxc_configs: key "99" must be a CTID between 100 and 999999999 (digits only)',
    );
  });

  test('clone_from_ctid accepts numeric strings and integers, not other text', () => {
    expect(run('lxc', lxc(guest({ clone_from_ctid: 900 }))).diags).toEqual([]);
    const { text, diags } = run('lxc', lxc(guest({ clone_from_ctid: 'nine hundred' })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect(d.line).toBe(posOf(text, '"clone_from_ctid"').line);
  });

  test('a missing lxc_configs is reported on line 1', () => {
    const d = only(run('lxc', { nvidia_driver_version: '580.76.05' }).diags);
    expect(d.rule).toBe('PHX-SCHEMA-REQUIRED');
    expect(d.line).toBe(1);
    expect(d.message).toBe('missing required key "lxc_configs"');
  });

  test('allow_destroy, protection, node and $schema are accepted; allow_destroy must be boolean', () => {
    const ok = {
      $schema: '../schemas/phoenix_lxc_configs.schema.json',
      allow_destroy: true,
      ...lxc(guest({ protection: true, node: 'pve' })),
    };
    expect(run('lxc', ok).diags).toEqual([]);
    const { text, diags } = run('lxc', { ...ok, allow_destroy: 'yes' });
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-TYPE');
    expect(d.line).toBe(posOf(text, '"allow_destroy"').line);
  });
});

describe('LXC file: formats', () => {
  test.each([
    ['pre-configured', 0],
    ['final_form2', 0],
    ['9lives', 1],
    ['a', 1],
    ['has space', 1],
    ['current', 1],
  ])('snapshot name %p -> %p findings', (name, count) => {
    const { text, diags } = run('lxc', lxc(guest({ template_snapshot_name: name })));
    expect(diags).toHaveLength(count);
    if (count) {
      expect(diags[0].rule).toBe('PHX-SCHEMA-FORMAT');
      expect(diags[0].line).toBe(posOf(text, '"template_snapshot_name"').line);
    }
  });

  test('a snapshot name longer than 40 characters is a range error', () => {
    const { text, diags } = run('lxc', lxc(guest({ template_snapshot_name: 'a'.repeat(41) })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-RANGE');
    expect(d.line).toBe(posOf(text, '"template_snapshot_name"').line);
    expect(d.message).toContain('must be at most 40 characters long, got 41');
  });

  test('a malformed MAC address is a format error at its value', () => {
    const { text, diags } = run('lxc', lxc(guest({ mac_address: '52:54:00:12:34' })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, '"52:54:00:12:34"'));
    expect(d.message).toBe(
      'lxc_configs.950.mac_address: must be a MAC address like 52:54:00:12:34:56, got "52:54:00:12:34"',
    );
  });

  test.each([
    ['10.0.0.5/24', 0],
    ['dhcp', 0],
    ['manual', 0],
    ['10.0.0.5', 1],
    ['10.0.0.5/33', 1],
    ['10.0.0.256/24', 1],
    ['DHCP', 1],
  ])('interface ip %p -> %p findings', (ip, count) => {
    const { text, diags } = run('lxc', lxc(guest({ network_config: { bridge: 'vmbr0', ip } })));
    expect(diags).toHaveLength(count);
    if (count) {
      expect(diags[0].rule).toBe('PHX-SCHEMA-FORMAT');
      expect(diags[0].line).toBe(posOf(text, '"ip"').line);
    }
  });

  test('a gateway must be a plain IPv4 address', () => {
    const { text, diags } = run(
      'lxc',
      lxc(guest({ network_config: { ip: '10.0.0.5/24', gw: '10.0.0.1/24' } })),
    );
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect(d.line).toBe(posOf(text, '"gw"').line);
  });

  test.each(['none', '0', '0,1', '0, 1'])('gpu_assignment %p is schema-valid', (gpu) => {
    expect(run('lxc', lxc(guest({ gpu_assignment: gpu }))).diags).toEqual([]);
  });

  test('gpu_assignment with another separator is a format error', () => {
    const { text, diags } = run('lxc', lxc(guest({ gpu_assignment: '0;1' })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect(d.line).toBe(posOf(text, '"gpu_assignment"').line);
  });

  test('features are open names; the oldest pct-features string form is accepted', () => {
    expect(run('lxc', lxc(guest({ features: ['base_setup', 'my_new_feature', 'step-cli'] }))).diags).toEqual(
      [],
    );
    expect(run('lxc', lxc(guest({ features: 'nesting=1,keyctl=1' }))).diags).toEqual([]);
  });

  test('a feature name that could leave features/ is a format error', () => {
    const { text, diags } = run('lxc', lxc(guest({ features: ['docker', '../evil'] })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, '"../evil"'));
  });

  test('a feature listed twice is located at the second entry', () => {
    const { text, diags } = run('lxc', lxc(guest({ features: ['docker', 'nvidia', 'docker'] })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-UNIQUE');
    expect(d.line).toBe(posOf(text, '"docker"', 1).line);
    expect(d.message).toBe('lxc_configs.950.features: lists "docker" twice (entries 1 and 3)');
  });

  test('dependencies are numeric strings or integers', () => {
    expect(run('lxc', lxc(guest({ dependencies: ['953', 1002] }))).diags).toEqual([]);
    const { text, diags } = run('lxc', lxc(guest({ dependencies: ['953', 'web'] })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect(d.line).toBe(posOf(text, '"web"', 1).line);
    expect(d.message).toMatch(/^lxc_configs\.950\.dependencies\[1\]: must be a guest ID/);
  });

  test.each([
    ['vllm.sh', 0],
    ['vllm/start.sh', 0],
    ['../escape.sh', 1],
    ['/usr/local/bin/x.sh', 1],
  ])('application_script %p -> %p findings', (script, count) => {
    const { text, diags } = run('lxc', lxc(guest({ application_script: script })));
    expect(diags).toHaveLength(count);
    if (count) {
      expect(diags[0].rule).toBe('PHX-SCHEMA-FORMAT');
      expect(diags[0].line).toBe(posOf(text, '"application_script"').line);
    }
  });

  test('test scripts need a relative path', () => {
    const tests = {
      integration_tests: [
        { name: 'a', type: 'script', path: 'ok/a.sh' },
        { name: 'b', type: 'script' },
      ],
    };
    const { text, diags } = run('lxc', lxc(guest({ tests })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-REQUIRED');
    expect(d.message).toBe('lxc_configs.950.tests.integration_tests[1]: missing required key "path"');
    expect(d.line).toBe(posOf(text, '"name": "b"').line - 1);
  });

  test('a health check needs a command and integer retries', () => {
    const { text, diags } = run('lxc', lxc(guest({ health_check: { retries: '5', interval: 10 } })));
    expect(diags.map((d) => [d.rule, d.line])).toEqual([
      ['PHX-SCHEMA-REQUIRED', posOf(text, '"health_check"').line],
      ['PHX-SCHEMA-TYPE', posOf(text, '"retries"').line],
    ]);
  });

  test('an enum typo gets a did-you-mean', () => {
    const { text, diags } = run('lxc', lxc(guest({ portainer_role: 'sever' })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-ENUM');
    expect(d.line).toBe(posOf(text, '"portainer_role"').line);
    expect(d.message).toMatch(/got "sever"; did you mean "server"\?$/);
  });
});

describe('LXC file: firewall rules', () => {
  const rule = (extra: Obj): Obj => ({ type: 'in', action: 'ACCEPT', ...extra });

  test('icmp, port lists and ranges are accepted', () => {
    const rules = [
      rule({ proto: 'icmp', source: '10.0.0.0/24', comment: 'ping' }),
      rule({ proto: 'tcp', port: '80,443' }),
      rule({ proto: 'udp', port: '60000:61000' }),
      rule({ type: 'out', proto: 'tcp', dest: '0.0.0.0/0', port: 443 }),
      rule({ source: '172.16.100.10' }),
    ];
    expect(run('lxc', lxc(guest({ firewall: { enabled: true, rules } }))).diags).toEqual([]);
  });

  test('a typo in a rule key is a did-you-mean error at the key', () => {
    const { text, diags } = run(
      'lxc',
      lxc(guest({ firewall: { enabled: true, rules: [rule({ proto: 'tcp', dport: '22' })] } })),
    );
    const d = only(diags);
    expect(d.rule).toBe('PHX-UNKNOWN-KEY');
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, '"dport"'));
    expect(d.message).toBe('lxc_configs.950.firewall.rules[0]: unknown key "dport"; did you mean "port"?');
  });

  test('any other unknown key in a rule is an error too (it would be silently ignored)', () => {
    const { text, diags } = run('lxc', lxc(guest({ firewall: { rules: [rule({ macro: 'SSH' })] } })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-UNKNOWN-KEY');
    expect(d.line).toBe(posOf(text, '"macro"').line);
  });

  test('a rule without action, or with a bad port, is located', () => {
    const { text, diags } = run(
      'lxc',
      lxc(guest({ firewall: { rules: [{ type: 'in' }, rule({ port: 'eighty eighty' })] } })),
    );
    expect(diags.map((d) => [d.rule, d.line])).toEqual([
      ['PHX-SCHEMA-REQUIRED', posOf(text, '"type": "in"').line - 1],
      ['PHX-SCHEMA-FORMAT', posOf(text, '"port"').line],
    ]);
  });

  test('an integer port above 65535 is out of range', () => {
    const { text, diags } = run(
      'lxc',
      lxc(guest({ firewall: { rules: [rule({ proto: 'tcp', port: 70000 })] } })),
    );
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-RANGE');
    expect(d.line).toBe(posOf(text, '70000').line);
  });
});

describe('unknown keys', () => {
  test('a key one typo away from a known guest key is an error with did-you-mean', () => {
    const { text, diags } = run('lxc', lxc(guest({ memroy_mb: 4096 })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-UNKNOWN-KEY');
    expect(d.message).toBe('lxc_configs.950: unknown key "memroy_mb"; did you mean "memory_mb"?');
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, '"memroy_mb"'));
  });

  test('a key differing only in case is reported', () => {
    const g = guest();
    delete g.name;
    const d = only(run('lxc', lxc({ ...g, Name: 'web' })).diags);
    expect(d.rule).toBe('PHX-UNKNOWN-KEY');
    expect(d.message).toContain('did you mean "name"?');
  });

  test('free-form application data stays allowed, however deep', () => {
    const g = guest({
      vllm_engine_config: {
        ModelConfig: { model: 'Qwen/Qwen2.5-7B-Instruct-AWQ', rope_scaling: { type: 'yarn' } },
        Custom: {},
      },
      traefik_service: { name: 'api', port: 8000, middlewares: ['auth'] },
      nginx_upstreams: { vllm: 'http://10.0.0.150:8000' },
      my_app: { anything: [1, 2, 3] },
      docker_compose_file: 'compose.yml',
      _comment: 'kept for humans',
    });
    expect(run('lxc', lxc(g)).diags).toEqual([]);
  });

  test('keys a long way from any known key are allowed on guests', () => {
    expect(run('lxc', lxc(guest({ foo: 1, bar_baz: 2, mem: 3 }))).diags).toEqual([]);
  });

  test('a top-level typo in the hypervisor file is reported at its key', () => {
    const { text, diags } = run('hypervisor', { proxmox_storage_id: { a: 'quickOS-lxc-disks' } });
    const d = only(diags);
    expect(d.rule).toBe('PHX-UNKNOWN-KEY');
    expect(d.line).toBe(posOf(text, '"proxmox_storage_id"').line);
    expect(d.message).toBe('unknown key "proxmox_storage_id"; did you mean "proxmox_storage_ids"?');
  });

  test('a typo inside a strict object is one did-you-mean error, not two', () => {
    const { text, diags } = run('hypervisor', { users: { usernmae: 'admin', username: 'admin' } });
    const d = only(diags);
    expect(d.rule).toBe('PHX-UNKNOWN-KEY');
    expect(d.line).toBe(posOf(text, '"usernmae"').line);
  });

  test('suggestions: transpositions and single edits; two edits only for long keys', () => {
    const known = ['memory_mb', 'cores', 'template_snapshot_name', 'name', 'node'];
    expect(suggestKey('memroy_mb', known)).toBe('memory_mb');
    expect(suggestKey('coers', known)).toBe('cores');
    expect(suggestKey('core', known)).toBe('cores');
    expect(suggestKey('templat_snapshot_nme', known)).toBe('template_snapshot_name');
    expect(suggestKey('memry_mbb', known)).toBeUndefined();
    expect(suggestKey('nam', known)).toBeUndefined();
    expect(suggestKey('_name', known)).toBeUndefined();
    expect(osaDistance('ab', 'ba')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('', 'abc')).toBe(3);
  });
});

describe('VM file', () => {
  const vm = (extra: Obj = {}): Obj => ({
    vmid: 9001,
    name: 'docker-vm-01',
    clone_from_vmid: 9000,
    network_config: { ip: '10.0.0.101/24', gw: '10.0.0.1', nameservers: ['10.0.0.1'] },
    ...extra,
  });

  test('a valid VM file (with free-form stacks) has no findings', () => {
    const file = {
      $schema: '../schemas/phoenix_vm_configs.schema.json',
      allow_destroy: false,
      vm_defaults: {
        cores: 2,
        memory_mb: 4096,
        disk_size_gb: 32,
        storage_pool: 'local-lvm',
        network_bridge: 'vmbr0',
      },
      vms: [
        vm({ docker_stacks: ['portainer_service', { name: 'x' }], swarm_role: 'manager', protection: true }),
      ],
    };
    expect(run('vm', file).diags).toEqual([]);
  });

  test('a VM without vmid is located at its object', () => {
    const v = vm();
    delete v.vmid;
    const { text, diags } = run('vm', vmFile(v));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-REQUIRED');
    expect(d.message).toBe('vms[0]: missing required key "vmid"');
    expect(d.line).toBe(posOf(text, '"name"').line - 1);
  });

  test('VMIDs below 100 are out of range', () => {
    const { text, diags } = run('vm', vmFile(vm({ vmid: 99 })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-RANGE');
    expect(d.line).toBe(posOf(text, '"vmid"').line);
    expect(d.message).toBe('vms[0].vmid: must be an integer between 100 and 999999999, got 99');
  });

  test('fractional cores are a type error', () => {
    const { text, diags } = run('vm', vmFile(vm({ cores: 2.5 })));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-TYPE');
    expect(d.line).toBe(posOf(text, '"cores"').line);
  });

  test('icmp rules are accepted on VMs too', () => {
    const firewall = { enabled: true, rules: [{ type: 'in', action: 'ACCEPT', proto: 'icmp' }] };
    expect(run('vm', vmFile(vm({ firewall }))).diags).toEqual([]);
  });

  test('a typo in vm_defaults gets a did-you-mean', () => {
    const { text, diags } = run('vm', { vm_defaults: { memroy_mb: 1 }, vms: [] });
    const d = only(diags);
    expect(d.rule).toBe('PHX-UNKNOWN-KEY');
    expect(d.line).toBe(posOf(text, '"memroy_mb"').line);
  });
});

describe('hypervisor file', () => {
  test('shared volume mounts are keyed by CTID', () => {
    const { text, diags } = run('hypervisor', {
      shared_volumes: {
        models: { host_path: '/fastData/models', mounts: { '950': '/models', web: '/models' } },
      },
    });
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect(d.line).toBe(posOf(text, '"web"').line);
  });

  test('dataset properties and storage content types are checked', () => {
    const { text, diags } = run('hypervisor', {
      zfs: {
        datasets: [
          {
            name: 'lxc-disks',
            pool: 'quickOS',
            properties: 'recordsize=16K compression=lz4',
            proxmox_content_type: 'rootdir,images',
          },
          { name: 'iso', pool: 'fastData', properties: '', proxmox_content_type: 'iso,templates' },
        ],
      },
    });
    expect(diags.map((d) => [d.rule, d.line])).toEqual([
      ['PHX-SCHEMA-FORMAT', posOf(text, '"properties"').line],
      ['PHX-SCHEMA-FORMAT', posOf(text, '"iso,templates"').line],
    ]);
  });

  test('a password hash of NOT_SET and a null api_key are schema-valid', () => {
    const file = {
      users: { username: 'phoenix_admin', password_hash: 'NOT_SET', sudo_access: true },
      portainer_api: { admin_user: 'admin', admin_password: 'NOT_SET', api_key: null },
    };
    expect(run('hypervisor', file).diags).toEqual([]);
  });

  test('host bridge address must be CIDR', () => {
    const { text, diags } = run('hypervisor', {
      network: { interfaces: { name: 'vmbr0', address: '10.0.0.13' } },
    });
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-FORMAT');
    expect(d.line).toBe(posOf(text, '"address"').line);
  });
});

describe('hypervisor file: keys the host setup reads', () => {
  /** A hypervisor file that uses every setup-only key, each in a form the setup model accepts. */
  const setupFile = (): Obj => ({
    ntp_servers: ['0.pool.ntp.org', '10.0.0.1'],
    apt: { no_subscription: true, packages: ['htop', 'iotop'] },
    users: { username: 'ops', sudo_access: true },
    proxmox_access: {
      groups: [{ id: 'ops', comment: 'operators' }],
      users: [
        { userid: 'ci@pve', groups: ['ops'], comment: 'GitHub', password_env: 'PHOENIX_PVE_PASSWORD_CI' },
      ],
      acls: [
        { path: '/vms', roles: ['PVEVMAdmin'], groups: ['ops'], propagate: false },
        { path: '/', roles: 'PVEAuditor', users: 'ci@pve', tokens: ['ci@pve!github'] },
      ],
      tokens: [{ userid: 'ci@pve', id: 'github', comment: 'CI', privsep: true }],
    },
    network: {
      interfaces: {
        name: 'vmbr0',
        address: '10.0.0.13/24',
        gateway: '10.0.0.1',
        bridge_ports: 'eno1',
        vlan_aware: true,
        comment: 'management',
      },
      internal_bridge: { name: 'vmbr1', subnet: '10.1.0.0/24', method: 'static' },
      bridges: [
        { name: 'vmbr2', address: '10.2.0.1/24', bridge_ports: ['eno2', 'eno3'], comment: 'storage' },
        { name: 'vmbr3', method: 'manual', ports: 'eno4', vlan_aware: true },
      ],
      vlans: [{ bridge: 'vmbr0', tag: 20, address: '10.20.0.13/24' }],
      hosts: [{ address: '10.0.0.20', names: ['nas.lab.example.com', 'nas'] }],
    },
    storages: [
      {
        id: 'nas-backup',
        type: 'nfs',
        server: '10.0.0.20',
        export: '/export/backup',
        options: 'vers=4.2',
        content: ['backup'],
      },
      { id: 'isos', type: 'dir', path: '/srv/isos', content: 'iso,vztmpl' },
    ],
    vfio: { enabled: true, iommu: 'amd', pci_ids: ['10de:2684', '10DE:22ba'] },
    cloud_images: [
      {
        file: 'custom.qcow2',
        url: 'https://images.example.com/custom.qcow2',
        storage: 'isos',
        checksum: 'ab'.repeat(32),
      },
    ],
    apparmor_profiles: ['lxc-phoenix-v2'],
  });

  /** The setup model's reading of the same document (no guests; every AppArmor source exists). */
  function model(value: unknown): HostConfigResult {
    const text = JSON.stringify(value, null, 2) + '\n';
    return buildHostConfig({
      dir: 'config',
      sources: { hypervisor: parseJsonSource(`config/${CONFIG_FILES.hypervisor}`, text).source },
      guests: [],
      env: {},
      readApparmorSource: (name) => `profile ${name} flags=(attach_disconnected) {\n}\n`,
    });
  }
  const modelErrors = (value: unknown): Diagnostic[] =>
    model(value).diagnostics.filter((d) => d.severity === 'error');

  /** `setupFile()` with the value at `path` replaced (or removed, for undefined). */
  function withValue(path: readonly (string | number)[], value: unknown): Obj {
    const file = setupFile();
    let cur = file as Record<string | number, unknown>;
    for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete cur[last];
    else cur[last] = value;
    return file;
  }

  /** `setupFile()` with the key `from` of the object at `path` renamed to `to`, in place. */
  function withKeyRenamed(path: readonly (string | number)[], from: string, to: string): Obj {
    const file = setupFile();
    let parent: Record<string | number, unknown> | undefined;
    let cur = file as Record<string | number, unknown>;
    for (const p of path) [parent, cur] = [cur, cur[p] as Record<string | number, unknown>];
    expect(Object.keys(cur)).toContain(from);
    const renamed = Object.fromEntries(Object.entries(cur).map(([k, v]) => [k === from ? to : k, v]));
    if (parent) parent[path[path.length - 1]!] = renamed;
    return parent ? file : renamed;
  }

  const summary = (r: HostConfigResult) => {
    const c = r.config!;
    return {
      ntp: c.ntpServers,
      apt: c.apt,
      bridges: c.network.bridges.map((b) => [b.name, b.address ?? 'manual', b.ports, b.vlanAware]),
      vlans: c.network.vlans.map((v) => [v.name, v.address]),
      hosts: c.network.hosts,
      storages: c.storages.map((s) => [s.id, s.type, s.content]),
      vfio: c.vfio,
      groups: c.access.groups,
      users: c.access.users,
      acls: c.access.acls.map((a) => [a.path, a.roles, a.users, a.groups, a.tokens, a.propagate]),
      tokens: c.access.tokens,
      apparmor: c.apparmor.map((p) => p.name),
    };
  };

  test('a file using every setup key has no schema findings, and the setup model reads all of it', () => {
    expect(run('hypervisor', setupFile()).diags).toEqual([]);
    const read = model(setupFile());
    expect(read.diagnostics).toEqual([]);
    const s = summary(read);
    expect(s.ntp).toEqual(['0.pool.ntp.org', '10.0.0.1']);
    expect(s.bridges).toEqual([
      ['vmbr0', '10.0.0.13/24', ['eno1'], true],
      ['vmbr1', '10.1.0.1/24', [], false],
      ['vmbr2', '10.2.0.1/24', ['eno2', 'eno3'], false],
      ['vmbr3', 'manual', ['eno4'], true],
    ]);
    expect(s.vlans).toEqual([['vmbr0.20', '10.20.0.13/24']]);
    expect(s.storages).toEqual([
      ['nas-backup', 'nfs', ['backup']],
      ['isos', 'dir', ['iso', 'vztmpl']],
    ]);
    expect(s.vfio).toEqual({ iommu: 'amd', pciIds: ['10de:2684', '10de:22ba'] });
    expect(s.acls).toEqual([
      ['/vms', ['PVEVMAdmin'], [], ['ops'], [], false],
      ['/', ['PVEAuditor'], ['ci@pve'], [], ['ci@pve!github'], true],
    ]);
    expect(s.users).toEqual([
      { userid: 'ci@pve', groups: ['ops'], comment: 'GitHub', passwordEnv: 'PHOENIX_PVE_PASSWORD_CI' },
    ]);
    expect(s.apparmor).toEqual(['lxc-phoenix-v2']);
  });

  test('lists written as one string separated by spaces or commas are valid and read the same', () => {
    const file = setupFile();
    file.ntp_servers = '0.pool.ntp.org, 10.0.0.1';
    (file.apt as Obj).packages = 'htop iotop';
    (file.vfio as Obj).pci_ids = '10de:2684,10DE:22ba';
    ((file.network as Obj).hosts as Obj[])[0]!.names = 'nas.lab.example.com nas';
    (((file.network as Obj).bridges as Obj[])[0] as Obj).bridge_ports = 'eno2 eno3';
    ((file.proxmox_access as Obj).users as Obj[])[0]!.groups = 'ops';
    file.apparmor_profiles = 'lxc-phoenix-v2';
    expect(run('hypervisor', file).diags).toEqual([]);
    const read = model(file);
    expect(read.diagnostics).toEqual([]);
    expect(summary(read)).toEqual(summary(model(setupFile())));
  });

  // Each value is accepted by both the schema and the setup model, or rejected by both.
  test.each<[string, readonly (string | number)[], unknown, boolean]>([
    ['an NTP entry with a space', ['ntp_servers'], ['ntp .pool.org'], false],
    ['an NTP name with an empty label', ['ntp_servers'], 'pool..ntp.org', false],
    ['an empty NTP string', ['ntp_servers'], '', true],
    ['a package with upper case', ['apt', 'packages'], ['Htop'], false],
    ['a package list with a trailing comma', ['apt', 'packages'], 'htop,', true],
    ['a bridge name with a dot', ['network', 'bridges', 0, 'name'], 'vmbr.2', false],
    ['a 15-character bridge name', ['network', 'bridges', 0, 'name'], 'abcdefghijklmno', true],
    ['a 16-character bridge name', ['network', 'bridges', 0, 'name'], 'abcdefghijklmnop', false],
    ['bridge ports separated by ";"', ['network', 'bridges', 0, 'bridge_ports'], 'eno2;eno3', false],
    ['method dhcp on a bridge without address', ['network', 'bridges', 1, 'method'], 'dhcp', false],
    ['VLAN tag 0', ['network', 'vlans', 0, 'tag'], 0, false],
    ['VLAN tag 1', ['network', 'vlans', 0, 'tag'], 1, true],
    ['VLAN tag 4094', ['network', 'vlans', 0, 'tag'], 4094, true],
    ['VLAN tag 4095', ['network', 'vlans', 0, 'tag'], 4095, false],
    ['VLAN tag 2.5', ['network', 'vlans', 0, 'tag'], 2.5, false],
    ['a VLAN address without prefix', ['network', 'vlans', 0, 'address'], '10.20.0.13', false],
    ['a VLAN without address', ['network', 'vlans', 0, 'address'], undefined, false],
    ['a hosts address out of range', ['network', 'hosts', 0, 'address'], '10.0.0.256', false],
    ['a hosts entry without names', ['network', 'hosts', 0, 'names'], [], false],
    ['hosts names with a leading comma', ['network', 'hosts', 0, 'names'], ', nas', true],
    ['storage type zfspool', ['storages', 0, 'type'], 'zfspool', false],
    ['an unknown content type', ['storages', 1, 'content'], 'iso,templates', false],
    ['content none', ['storages', 1, 'content'], 'none', true],
    ['a relative dir path', ['storages', 1, 'path'], 'srv/isos', false],
    ['an NFS server with a space', ['storages', 0, 'server'], 'nas server', false],
    ['a storage without id', ['storages', 0, 'id'], undefined, false],
    ['iommu arm', ['vfio', 'iommu'], 'arm', false],
    ['a PCI id without colon', ['vfio', 'pci_ids'], ['10de2684'], false],
    ['an upper-case PCI id string', ['vfio', 'pci_ids'], 'ABCD:EF01', true],
    ['a group id with a space', ['proxmox_access', 'groups', 0, 'id'], 'ops team', false],
    ['a user id without realm', ['proxmox_access', 'users', 0, 'userid'], 'ci', false],
    ['a lower-case password_env', ['proxmox_access', 'users', 0, 'password_env'], 'pw', false],
    ['a relative ACL path', ['proxmox_access', 'acls', 0, 'path'], 'vms', false],
    ['an ACL without roles', ['proxmox_access', 'acls', 0, 'roles'], [], false],
    ['an ACL token without token name', ['proxmox_access', 'acls', 1, 'tokens'], ['ci@pve'], false],
    ['a one-letter token name', ['proxmox_access', 'tokens', 0, 'id'], 'g', false],
    ['a cloud image that is not an image', ['cloud_images', 0, 'file'], 'custom.tar', false],
    ['an ftp cloud image URL', ['cloud_images', 0, 'url'], 'ftp://images.example.com/x.img', false],
    ['a short checksum', ['cloud_images', 0, 'checksum'], 'abc', false],
    ['a sha512 checksum', ['cloud_images', 0, 'checksum'], 'F'.repeat(128), true],
    ['a profile name with a space', ['apparmor_profiles'], ['bad profile'], false],
  ])('%s: schema and setup model agree', (_label, path, value, valid) => {
    const file = withValue(path, value);
    const model = modelErrors(file).length === 0 ? 'accepts' : 'rejects';
    const found = run('hypervisor', file).diags.map((d) => d.message);
    if (valid) {
      expect({ found, model }).toEqual({ found: [], model: 'accepts' });
      return;
    }
    // The schema's findings must all be about the changed value (or, for a removed key, its object).
    const at = formatPath(value === undefined ? path.slice(0, -1) : path);
    const located = found.length > 0 && found.every((m) => m.startsWith(at));
    expect({ found: located ? `rejects ${at}` : found, model }).toEqual({
      found: `rejects ${at}`,
      model: 'rejects',
    });
  });

  test.each<[readonly (string | number)[], string, string, string]>([
    [[], 'ntp_servers', 'ntp_server', 'unknown key "ntp_server"; did you mean "ntp_servers"?'],
    [
      ['apt'],
      'no_subscription',
      'no_subscriptoin',
      'apt: unknown key "no_subscriptoin"; did you mean "no_subscription"?',
    ],
    [['network'], 'vlans', 'vlan', 'network: unknown key "vlan"; did you mean "vlans"?'],
    [
      ['network', 'bridges', 1],
      'vlan_aware',
      'vlan_awre',
      'network.bridges[1]: unknown key "vlan_awre"; did you mean "vlan_aware"?',
    ],
    [
      ['network', 'interfaces'],
      'vlan_aware',
      'vlanaware',
      'network.interfaces: unknown key "vlanaware"; did you mean "vlan_aware"?',
    ],
    [['storages', 0], 'export', 'exprot', 'storages[0]: unknown key "exprot"; did you mean "export"?'],
    [['vfio'], 'pci_ids', 'pci_id', 'vfio: unknown key "pci_id"; did you mean "pci_ids"?'],
    [
      ['proxmox_access', 'users', 0],
      'password_env',
      'pasword_env',
      'proxmox_access.users[0]: unknown key "pasword_env"; did you mean "password_env"?',
    ],
    [
      ['cloud_images', 0],
      'checksum',
      'cheksum',
      'cloud_images[0]: unknown key "cheksum"; did you mean "checksum"?',
    ],
  ])('a typo inside %j (%s -> %s) is one PHX-UNKNOWN-KEY error at the key', (path, from, to, message) => {
    const { text, diags } = run('hypervisor', withKeyRenamed(path, from, to));
    const d = only(diags);
    expect(d.rule).toBe('PHX-UNKNOWN-KEY');
    expect(d.message).toBe(message);
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, `"${to}"`));
  });

  test.each<[readonly (string | number)[], unknown, string, string]>([
    [
      ['network', 'vlans', 0, 'tag'],
      '20',
      '"20"',
      'network.vlans[0].tag: must be an integer between 1 and 4094, got "20"',
    ],
    [['apt', 'no_subscription'], 'no', '"no"', 'apt.no_subscription: must be true or false, got "no"'],
    [['vfio', 'enabled'], 'yes', '"yes"', 'vfio.enabled: must be true or false, got "yes"'],
    [['ntp_servers'], 31337, '31337', 'ntp_servers: must be a string or a list, got 31337'],
    [
      ['network', 'hosts', 0, 'names'],
      31337,
      '31337',
      'network.hosts[0].names: must be a string or a list, got 31337',
    ],
    [
      ['proxmox_access', 'users', 0, 'groups'],
      ['ops', 31337],
      '31337',
      'proxmox_access.users[0].groups[1]: must be a string, got 31337',
    ],
    [['storages'], { id: 'isos' }, '{\n    "id": "isos"', 'storages: must be a list, got an object'],
  ])('a wrong type at %j is a PHX-SCHEMA-TYPE error at the value', (path, value, needle, message) => {
    const { text, diags } = run('hypervisor', withValue(path, value));
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-TYPE');
    expect(d.message).toBe(message);
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, needle));
  });

  test('ranges, words, required keys and formats of the setup keys are located', () => {
    const cases: Array<[Obj, string, string, string | RegExp]> = [
      [
        withValue(['network', 'vlans', 0, 'tag'], 5000),
        'PHX-SCHEMA-RANGE',
        '5000',
        'network.vlans[0].tag: must be an integer between 1 and 4094, got 5000',
      ],
      [
        withValue(['vfio', 'iommu'], 'intl'),
        'PHX-SCHEMA-ENUM',
        '"intl"',
        'vfio.iommu: must be one of "intel", "amd", got "intl"; did you mean "intel"?',
      ],
      [
        withValue(['storages', 1, 'type'], 'dri'),
        'PHX-SCHEMA-ENUM',
        '"dri"',
        /got "dri"; did you mean "dir"\?$/,
      ],
      [
        withValue(['network', 'hosts', 0, 'names'], []),
        'PHX-SCHEMA-RANGE',
        '[]',
        /^network\.hosts\[0\]\.names: /,
      ],
      [
        withValue(['proxmox_access', 'acls', 1, 'tokens'], ['bot@pve']),
        'PHX-SCHEMA-FORMAT',
        '"bot@pve"',
        'proxmox_access.acls[1].tokens[0]: must be a token ID like ci@pve!github, got "bot@pve"',
      ],
      [
        withValue(['vfio', 'pci_ids'], '10de:2684 nvidia'),
        'PHX-SCHEMA-FORMAT',
        '"10de:2684 nvidia"',
        /^vfio\.pci_ids: must be PCI vendor:device IDs separated by spaces or commas/,
      ],
    ];
    for (const [file, rule, needle, message] of cases) {
      const { text, diags } = run('hypervisor', file);
      const d = only(diags);
      const at = posOf(text, needle);
      expect([d.rule, d.message, d.line, d.column]).toEqual([
        rule,
        typeof message === 'string' ? message : expect.stringMatching(message),
        at.line,
        at.column,
      ]);
    }
  });

  test('a storage without type, and a VLAN without address, name the missing key at their object', () => {
    const storage = run('hypervisor', withValue(['storages', 0, 'type'], undefined));
    const d = only(storage.diags);
    expect([d.rule, d.message]).toEqual(['PHX-SCHEMA-REQUIRED', 'storages[0]: missing required key "type"']);
    expect(d.line).toBe(posOf(storage.text, '"id": "nas-backup"').line - 1);
    const vlan = run('hypervisor', withValue(['network', 'vlans', 0, 'address'], undefined));
    const v = only(vlan.diags);
    expect([v.rule, v.message]).toEqual([
      'PHX-SCHEMA-REQUIRED',
      'network.vlans[0]: missing required key "address"',
    ]);
    expect(v.line).toBe(posOf(vlan.text, '"bridge": "vmbr0"').line - 1);
  });

  test('a password written into a Proxmox user is an unknown key, not accepted silently', () => {
    const file = setupFile();
    ((file.proxmox_access as Obj).users as Obj[])[0]!.password = 'hunter2hunter2';
    const { text, diags } = run('hypervisor', file);
    const d = only(diags);
    expect(d.rule).toBe('PHX-SCHEMA-UNKNOWN-KEY');
    expect(d.message).toBe(
      'proxmox_access.users[0]: unknown key "password" (allowed here: userid, groups, comment, password_env)',
    );
    expect({ line: d.line, column: d.column }).toEqual(posOf(text, '"password"'));
  });
});

describe('checkSchemas over a loaded config', () => {
  test('each file is checked against its own schema and keeps its own path', () => {
    const sources: LoadedConfig['sources'] = {};
    const texts: Partial<Record<ConfigFileKey, string>> = {
      lxc: JSON.stringify(lxc(guest({ cores: 'two' })), null, 2),
      vm: JSON.stringify({ vms: [{ vmid: 'abc' }] }, null, 2),
      hypervisor: JSON.stringify({ zfs: { arc_max_gb: -1 } }, null, 2),
    };
    for (const key of Object.keys(texts) as ConfigFileKey[]) {
      sources[key] = parseJsonSource(`estate/${CONFIG_FILES[key]}`, texts[key]!).source;
    }
    const diags = checkSchemas({ dir: 'estate', sources, present: {}, diagnostics: [] });
    expect(diags.map((d) => [d.file, d.rule])).toEqual([
      ['estate/phoenix_hypervisor_config.json', 'PHX-SCHEMA-RANGE'],
      ['estate/phoenix_lxc_configs.json', 'PHX-SCHEMA-TYPE'],
      ['estate/phoenix_vm_configs.json', 'PHX-SCHEMA-FORMAT'],
    ]);
  });

  test('10,000 generated guests validate in well under a second', () => {
    const guests: Obj = {};
    for (let i = 0; i < 10000; i++) {
      const id = 1000 + i;
      guests[String(id)] = guest({
        name: `ct${id}`,
        mac_address: `52:54:00:${((id >> 16) & 255).toString(16).padStart(2, '0')}:${((id >> 8) & 255).toString(16).padStart(2, '0')}:${(id & 255).toString(16).padStart(2, '0')}`,
        features: ['base_setup', 'docker'],
        dependencies: ['953'],
        firewall: {
          enabled: true,
          rules: [{ type: 'in', action: 'ACCEPT', proto: 'tcp', port: '22', source: '10.0.0.0/24' }],
        },
        health_check: { command: 'true', retries: 3, interval: 5 },
        vllm_engine_config: { ModelConfig: { model: 'm' } },
      });
    }
    const text = JSON.stringify({ lxc_configs: guests });
    const source = parseJsonSource('big.json', text).source;
    checkSource('lxc', source); // compile outside the measurement
    const t0 = performance.now();
    const diags = checkSource('lxc', source);
    const ms = performance.now() - t0;
    expect(diags).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });
  test('10,000 guests with two findings each are all located, in linear time', () => {
    const guests: Obj = {};
    for (let i = 0; i < 10000; i++) guests[String(1000 + i)] = { name: 'x', memory_mb: '4096', memroy_mb: 1 };
    const text = JSON.stringify({ lxc_configs: guests }, null, 2);
    const source = parseJsonSource('big.json', text).source;
    const t0 = performance.now();
    const diags = checkSource('lxc', source);
    const ms = performance.now() - t0;
    expect(diags).toHaveLength(20000);
    const last = diags.filter((d) => d.message.startsWith('lxc_configs.10999'));
    const lastGuest = posOf(text, '"10999"').line;
    expect(last.map((d) => [d.rule, d.line]).sort()).toEqual([
      ['PHX-SCHEMA-TYPE', lastGuest + 2],
      ['PHX-UNKNOWN-KEY', lastGuest + 3],
    ]);
    expect(ms).toBeLessThan(3000);
  });
});

describe('the schemas themselves', () => {
  const walkProps = (schema: unknown, path: string, visit: (path: string, s: Obj) => void): void => {
    if (typeof schema !== 'object' || schema === null) return;
    const s = schema as Obj;
    for (const [k, v] of Object.entries((s.properties ?? {}) as Obj)) {
      visit(`${path}.${k}`, v as Obj);
      walkProps(v, `${path}.${k}`, visit);
    }
    for (const key of ['items', 'additionalProperties']) walkProps(s[key], `${path}[${key}]`, visit);
    for (const [k, v] of Object.entries((s.definitions ?? {}) as Obj)) walkProps(v, `#${k}`, visit);
  };

  test.each(Object.keys(SCHEMAS) as ConfigFileKey[])(
    'every property of the %s schema has a description',
    (key) => {
      const missing: string[] = [];
      walkProps(SCHEMAS[key], key, (path, s) => {
        if (typeof s.description !== 'string' || s.description.length < 3) missing.push(path);
      });
      expect(missing).toEqual([]);
    },
  );

  test('definitions shared by the LXC and VM schemas are identical', () => {
    const lxcDefs = SCHEMAS.lxc.definitions as Obj;
    const vmDefs = SCHEMAS.vm.definitions as Obj;
    const hypDefs = SCHEMAS.hypervisor.definitions as Obj;
    const shared = Object.keys(lxcDefs).filter((k) => k in vmDefs);
    expect(shared).toEqual(
      expect.arrayContaining(['firewallRule', 'healthCheck', 'tests', 'macAddress', 'snapshotName']),
    );
    for (const k of shared) expect([k, vmDefs[k]]).toEqual([k, lxcDefs[k]]);
    for (const k of Object.keys(hypDefs)) expect([k, hypDefs[k]]).toEqual([k, lxcDefs[k]]);
  });

  test('the schema files on disk are what the bundle imports', () => {
    const onDisk = JSON.parse(
      readFileSync(join(REPO_ROOT, 'schemas', 'phoenix_lxc_configs.schema.json'), 'utf8'),
    );
    expect(onDisk).toEqual(SCHEMAS.lxc);
  });

  test('paths are shown the way users read them', () => {
    expect(formatPath(['lxc_configs', '950', 'memory_mb'])).toBe('lxc_configs.950.memory_mb');
    expect(formatPath(['vms', 0, 'network_config', 'ip'])).toBe('vms[0].network_config.ip');
    expect(formatPath(['tests', 'hypervisor_health_.check', 0])).toBe('tests["hypervisor_health_.check"][0]');
  });
});
