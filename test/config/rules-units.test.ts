/** Pure helpers behind the rules (addresses, secrets, script paths) and the rule/schema merge. */
import fc from 'fast-check';
import { findPlaintextSecrets, isNonSecretValue, isSecretKey } from '../../src/config/secrets.js';
import { RULES, RULE_IDS } from '../../src/config/rules/index.js';
import {
  formatIpv4,
  hostnameProblem,
  inSubnet,
  macProblem,
  parseHostCidr,
  parseIpv4,
} from '../../src/config/rules/net-addr.js';
import { scriptPath } from '../../src/config/rules/scripts.js';
import { validateLoaded } from '../../src/config/validate.js';
import { baseTemplate, ct, hypervisor, loadInMemory, lxcFile } from '../helpers/config-builder.js';

describe('address helpers', () => {
  it('round-trips every IPv4 address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(formatIpv4(parseIpv4(ip)!)).toBe(ip);
      }),
    );
  });

  it('rejects leading zeros, out-of-range octets and short forms', () => {
    for (const bad of ['010.0.0.1', '10.0.0.256', '10.0.1', '10.0.0.1.', ' 10.0.0.1']) {
      expect(parseIpv4(bad)).toBeUndefined();
    }
  });

  it('checks host CIDRs the way Proxmox does', () => {
    expect(parseHostCidr('10.0.0.5/24')).toEqual({
      ok: true,
      cidr: { addr: parseIpv4('10.0.0.5'), prefix: 24 },
    });
    expect(parseHostCidr('10.0.0.5/7')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('/8 to /32'),
    });
    expect(parseHostCidr('10.0.0.255/24')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('broadcast'),
    });
    expect(parseHostCidr('10.0.0.0/31')).toMatchObject({ ok: true });
    expect(inSubnet(parseIpv4('10.0.1.7')!, { addr: parseIpv4('10.0.0.0')!, prefix: 16 })).toBe(true);
    expect(inSubnet(parseIpv4('10.1.0.7')!, { addr: parseIpv4('10.0.0.0')!, prefix: 16 })).toBe(false);
  });

  it('accepts unicast MACs and refuses multicast, zero and malformed ones', () => {
    expect(macProblem('52:54:00:AA:BB:CC')).toBeUndefined();
    expect(macProblem('02:00:00:00:01:01')).toBeUndefined();
    expect(macProblem('33:33:00:00:00:01')).toMatch(/multicast/);
    expect(macProblem('00:00:00:00:00:00')).toMatch(/all-zero/);
    expect(macProblem('52-54-00-AA-BB-CC')).toMatch(/form/);
  });

  it('accepts DNS names and explains bad ones', () => {
    for (const ok of ['Template-Base', 'vllm-qwen2.5-7b-awq', 'Copy-Cuda12.8', 'a'])
      expect(hostnameProblem(ok)).toBeUndefined();
    expect(hostnameProblem('web_1')).toMatch(/contains '_'/);
    expect(hostnameProblem('web..x')).toMatch(/empty label/);
    expect(hostnameProblem('-web')).toMatch(/starts or ends/);
  });
});

describe('secret detection', () => {
  it('recognises credential keys, not keys about credentials', () => {
    for (const k of [
      'password',
      'admin_password',
      'adminPassword',
      'api_key',
      'apiKey',
      'API-Key',
      'docker_token',
      'client_secret',
      'private_key',
    ]) {
      expect([k, isSecretKey(k)]).toEqual([k, true]);
    }
    for (const k of [
      'password_hash',
      'hf_token_file',
      'ssh_public_key',
      'token_url',
      'passwordless',
      'bypass',
      'api_key_id',
    ]) {
      expect([k, isSecretKey(k)]).toEqual([k, false]);
    }
  });

  it('does not treat hashes, placeholders or references as secrets', () => {
    for (const v of [
      '',
      'NOT_SET',
      'REDACTED',
      'changeme',
      '<password>',
      '****',
      '${{ secrets.PW }}',
      '${PW}',
      '$PW',
      '$6$salt$hash',
      '$y$j9T$a$b',
      '$2b$10$abc',
    ]) {
      expect([v, isNonSecretValue(v)]).toEqual([v, true]);
    }
    for (const v of ['hunter2', 'sk-live-abc', 'p@$$w0rd', '$ecret1', '$lowercase'])
      expect([v, isNonSecretValue(v)]).toEqual([v, false]);
  });

  it('finds secrets at any depth, in arrays too, with their paths', () => {
    const value = { a: [{ b: { token: 'abc123' } }], c: { password: 42, password_hash: 'x' }, d: 'password' };
    expect(findPlaintextSecrets(value)).toEqual([
      { path: ['a', 0, 'b', 'token'], key: 'token' },
      { path: ['c', 'password'], key: 'password' },
    ]);
  });
});

describe('script paths', () => {
  it('normalises paths inside the folder and refuses the rest', () => {
    expect(scriptPath('docker/./check.sh')).toEqual({ ok: true, path: 'docker/check.sh' });
    expect(scriptPath('../x')).toMatchObject({ ok: false });
    expect(scriptPath('a/../../x')).toMatchObject({ ok: false });
    expect(scriptPath('/etc/x')).toMatchObject({ ok: false, reason: 'is absolute' });
    expect(scriptPath('C:/x')).toMatchObject({ ok: false, reason: 'is absolute' });
    expect(scriptPath('a\\b')).toMatchObject({ ok: false });
  });
});

describe('rule registry and the schema/rule merge', () => {
  it('lists unique PHX- ids', () => {
    expect(RULE_IDS.size).toBe(RULES.length);
    for (const r of RULES) expect(r.id).toMatch(/^PHX-[A-Z0-9-]+$/);
  });

  it('reports an IP without prefix once (the rule), not also as a schema pattern failure', () => {
    const { loaded, scripts } = loadInMemory({
      lxc: lxcFile({ '900': baseTemplate(), '950': ct('10.0.0.50') }),
      hypervisor: hypervisor(),
    });
    const result = validateLoaded(loaded, scripts);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '22:15 PHX-IP-INVALID',
    ]);
  });

  it('keeps a schema error when a rule only warns at the same place', () => {
    const { loaded, scripts } = loadInMemory({
      lxc: lxcFile({ '900': baseTemplate(), '950': ct('10.0.0.50/24', { memory_mb: 8 }) }),
      hypervisor: hypervisor(),
    });
    const result = validateLoaded(loaded, scripts);
    const here = result.diagnostics.filter((d) => d.line === 25);
    expect(here.map((d) => d.severity).sort()).toEqual(['error', 'warning']);
    expect(here.find((d) => d.severity === 'warning')?.rule).toBe('PHX-MEMORY-LOW');
  });
});

describe('robustness', () => {
  /** Guest-shaped objects whose fields take random JSON values (what a broken file can hold). */
  const field = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('900', 900, 'dhcp', '10.0.0.5/24', '0, 1', ''),
  );
  const guest = fc.dictionary(
    fc.constantFrom(
      'name',
      'clone_from_ctid',
      'clone_from_vmid',
      'vmid',
      'template',
      'is_template',
      'dependencies',
      'features',
      'application_script',
      'network_config',
      'secondary_network_config',
      'mac_address',
      'storage_pool',
      'gpu_assignment',
      'mount_points',
      'zfs_volumes',
      'volumes',
      'firewall',
      'tests',
      'memory_mb',
      'start_at_boot',
      'boot_order',
    ),
    field,
  );

  it('never throws, whatever the files hold', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('900', '950', '951', 'x'), guest),
        fc.array(guest, { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom('network', 'zfs', 'shared_volumes', 'proxmox_storage_ids', 'firewall', 'tests'),
          field,
        ),
        (lxc, vms, hv) => {
          const { loaded, scripts } = loadInMemory({
            lxc: { lxc_configs: lxc },
            vm: { vms },
            hypervisor: hv,
          });
          expect(() => validateLoaded(loaded, scripts)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
