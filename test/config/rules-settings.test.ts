/**
 * Bad-input tests for scripts, GPU assignment, plaintext secrets, resources and firewall rules.
 * Layout (2-space JSON): CT 950 from `ct()` has its fields from `extra` starting on line 25
 * (values at column 7 + key length + 4); keys added by `hypervisor({...})` start on line 39.
 */
import {
  baseTemplate,
  ct,
  expectFindings,
  hypervisor,
  lxcFile,
  rulesOn,
  type EstateSpec,
} from '../helpers/config-builder.js';

type Obj = Record<string, unknown>;

function estate(configs: Obj, more: Partial<EstateSpec> = {}): EstateSpec {
  return { lxc: lxcFile({ '900': baseTemplate(), ...configs }), hypervisor: hypervisor(), ...more };
}

describe('script rules', () => {
  const scripts = { features: ['docker.sh', 'gpu/nvidia.sh'], apps: ['web.sh'], tests: ['docker/ok.sh'] };

  it('a feature without features/<name>.sh (PHX-FEATURE-MISSING)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { features: ['docker', 'dockr'] }) }, scripts));
    expectFindings(d, [
      [
        'lxc',
        27,
        9,
        'error',
        'PHX-FEATURE-MISSING',
        /feature 'dockr' of CT 950 needs features\/dockr\.sh, which does not exist; did you mean 'docker'\?/,
      ],
    ]);
  });

  it('a missing script is reported once, at its first use, naming every guest that uses it', () => {
    const d = rulesOn(
      estate(
        {
          '950': ct('10.0.0.50/24', { features: ['ollama'], application_script: 'gone.sh' }),
          '951': ct('10.0.0.51/24', { features: ['ollama'], application_script: 'gone.sh' }),
          '952': ct('10.0.0.52/24', { features: ['ollama'] }),
        },
        scripts,
      ),
    );
    const missing = d.filter((x) => x.rule === 'PHX-FEATURE-MISSING' || x.rule === 'PHX-APP-MISSING');
    expect(missing.map((x) => [x.rule, x.message])).toEqual([
      [
        'PHX-FEATURE-MISSING',
        "feature 'ollama' of CT 950, CT 951 and CT 952 needs features/ollama.sh, which does not exist; create a stub with 'phoenix init --scripts'",
      ],
      [
        'PHX-APP-MISSING',
        "application script 'gone.sh' of CT 950 and CT 951 needs apps/gone.sh, which does not exist; create a stub with 'phoenix init --scripts'",
      ],
    ]);
  });

  it('accepts features in sub-folders of features/', () => {
    expect(rulesOn(estate({ '950': ct('10.0.0.50/24', { features: ['gpu/nvidia'] }) }, scripts))).toEqual([]);
  });

  it('an application script missing from apps/ (PHX-APP-MISSING)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { application_script: 'app.sh' }) }, scripts));
    expectFindings(d, [
      [
        'lxc',
        25,
        29,
        'error',
        'PHX-APP-MISSING',
        /application script 'app\.sh' of CT 950 needs apps\/app\.sh/,
      ],
    ]);
  });

  it('a test script missing from tests/ is a warning (PHX-TEST-MISSING)', () => {
    const tests = {
      health: [
        { name: 'ok', type: 'script', path: 'docker/ok.sh' },
        { name: 'gone', type: 'script', path: 'docker/gone.sh' },
      ],
    };
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { tests }) }, scripts));
    // tests 25, health 26, first entry 27-31, second entry 32-36 with path on 35
    expectFindings(d, [
      [
        'lxc',
        35,
        21,
        'warning',
        'PHX-TEST-MISSING',
        /test script tests\/docker\/gone\.sh of CT 950 does not exist; the test will be reported as not run/,
      ],
    ]);
  });

  it('a hypervisor test script missing from tests/ (PHX-TEST-MISSING)', () => {
    const hv = hypervisor({
      tests: { system: [{ name: 's', type: 'script', path: 'hypervisor/check.sh' }] },
    });
    const d = rulesOn({ ...estate({}, scripts), hypervisor: hv });
    expectFindings(d, [
      ['hypervisor', 44, 17, 'warning', 'PHX-TEST-MISSING', /tests\/hypervisor\/check\.sh of the hypervisor/],
    ]);
  });

  it("a feature that leaves features/ with '..' (PHX-SCRIPT-PATH)", () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { features: ['../apps/web'] }) }, scripts));
    expectFindings(d, [
      [
        'lxc',
        26,
        9,
        'error',
        'PHX-SCRIPT-PATH',
        /feature '\.\.\/apps\/web' of CT 950 uses '\.\.'; scripts must stay inside features\//,
      ],
    ]);
  });

  it('an absolute application script path (PHX-SCRIPT-PATH)', () => {
    const d = rulesOn(
      estate({ '950': ct('10.0.0.50/24', { application_script: '/usr/local/bin/web.sh' }) }, scripts),
    );
    expectFindings(d, [
      ['lxc', 25, 29, 'error', 'PHX-SCRIPT-PATH', /is absolute; scripts must stay inside apps\//],
    ]);
  });

  it('a test path that climbs out of tests/ (PHX-SCRIPT-PATH)', () => {
    const tests = { health: [{ name: 'x', type: 'script', path: 'docker/../../x.sh' }] };
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { tests }) }, scripts));
    expectFindings(d, [
      ['lxc', 30, 21, 'error', 'PHX-SCRIPT-PATH', /test 'docker\/\.\.\/\.\.\/x\.sh' of CT 950 uses '\.\.'/],
    ]);
  });
});

describe('GPU assignment rules', () => {
  it("'0, 1' is accepted, normalised, and warned about (PHX-GPU-FORMAT)", () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { gpu_assignment: '0, 1' }) }));
    expectFindings(d, [
      ['lxc', 25, 25, 'warning', 'PHX-GPU-FORMAT', /gpu_assignment '0, 1' of CT 950 is read as '0,1'/],
    ]);
  });

  it('garbage is an error (PHX-GPU-INVALID)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { gpu_assignment: 'gpu0' }) }));
    expectFindings(d, [
      [
        'lxc',
        25,
        25,
        'error',
        'PHX-GPU-INVALID',
        /'gpu0' of CT 950 is neither 'none' nor a comma-separated list/,
      ],
    ]);
  });

  it("accepts 'none', '0' and '0,1'", () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { gpu_assignment: 'none' }),
        '951': ct('10.0.0.51/24', { gpu_assignment: '0' }),
        '952': ct('10.0.0.52/24', { gpu_assignment: '0,1' }),
      }),
    );
    expect(d).toEqual([]);
  });
});

describe('plaintext secret rule', () => {
  it('a plaintext portainer_api.admin_password (PHX-PLAINTEXT-SECRET)', () => {
    const hv = hypervisor({
      portainer_api: { admin_user: 'admin', admin_password: 'hunter2hunter2', api_key: null },
    });
    const d = rulesOn({ ...estate({}), hypervisor: hv });
    expectFindings(d, [
      [
        'hypervisor',
        41,
        23,
        'error',
        'PHX-PLAINTEXT-SECRET',
        /'portainer_api\.admin_password' holds a plaintext secret.*GitHub Actions secret \(e\.g\. PORTAINER_API_ADMIN_PASSWORD\)/,
      ],
    ]);
  });

  it('hashes, placeholders, secret references, empty values and file paths are not secrets', () => {
    const hv = hypervisor({
      users: { username: 'admin', password: '$y$j9T$abc$def' },
      // Not under `users`: the admin's hash there is PHX-HV-SECRET (it comes from PHOENIX_ADMIN_PASSWORD_HASH).
      backup_user: { password_hash: '$6$rounds=5000$salt$abcdef' },
      core_paths: {
        hf_token_file: '/etc/phoenix/hf_token.conf',
        docker_token_file: '/etc/phoenix/docker.conf',
      },
      portainer_api: { admin_password: 'REDACTED', api_key: null, token: '${{ secrets.PORTAINER_TOKEN }}' },
      registry: { password: 'NOT_SET', secret: 'CHANGEME', token: '', ssh_public_key: 'ssh-ed25519 AAAA' },
    });
    expect(rulesOn({ ...estate({}), hypervisor: hv })).toEqual([]);
  });

  it('a secret reference is accepted; the plaintext message points to that form', () => {
    const ok = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { portainer: { admin_password: { secret: 'PORTAINER_ADMIN_PASSWORD' } } }),
      }),
    );
    expect(ok).toEqual([]);
    const plain = rulesOn(
      estate({ '950': ct('10.0.0.50/24', { portainer: { admin_password: 'hunter2hunter2' } }) }),
    );
    expect(plain.map((d) => d.message)).toEqual([
      expect.stringContaining(
        'write {"secret": "CT_950_PORTAINER_ADMIN_PASSWORD"} here instead (apply resolves it from the environment variable PHOENIX_SECRET_CT_950_PORTAINER_ADMIN_PASSWORD)',
      ),
    ]);
  });

  it('a secret reference with an invalid name (PHX-SECRET-REF)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { db: { password: { secret: 'db password' } } }) }));
    expect(d.map((x) => [x.rule, x.severity])).toEqual([['PHX-SECRET-REF', 'error']]);
    expect(d[0]!.message).toMatch(
      /'lxc_configs\.950\.db\.password' refers to secret "db password": a secret name is upper-case/,
    );
  });

  it('a token in free-form application data of a container (PHX-PLAINTEXT-SECRET)', () => {
    const d = rulesOn(
      estate({
        '950': ct('10.0.0.50/24', { vllm_engine_config: { ServerConfig: { api_key: 'sk-live-123' } } }),
      }),
    );
    expectFindings(d, [
      [
        'lxc',
        27,
        22,
        'error',
        'PHX-PLAINTEXT-SECRET',
        /'lxc_configs\.950\.vllm_engine_config\.ServerConfig\.api_key'.*\(e\.g\. CT_950_VLLM_ENGINE_CONFIG_SERVERCONFIG_API_KEY\)/,
      ],
    ]);
  });

  it('a cloud-init password of a VM (PHX-PLAINTEXT-SECRET)', () => {
    const vm = {
      vms: [
        {
          vmid: 9000,
          name: 't',
          is_template: true,
          template_image: 'noble.img',
          storage_pool: 'tank-vm',
          user_config: { username: 'u', password: 'pw12345' },
        },
      ],
    };
    const d = rulesOn(estate({}, { vm }));
    expectFindings(d, [['vm', 11, 21, 'error', 'PHX-PLAINTEXT-SECRET', /'vms\.0\.user_config\.password'/]]);
  });
});

describe('resource, template and firewall rules', () => {
  it('memory_mb written in gigabytes (PHX-MEMORY-LOW, warning)', () => {
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { memory_mb: 8 }) }));
    expectFindings(d, [
      ['lxc', 25, 20, 'warning', 'PHX-MEMORY-LOW', /memory_mb 8 is in megabytes.*did you mean 8192\?/],
    ]);
  });

  it('a template set to start at boot (PHX-TEMPLATE-START, warning)', () => {
    const d = rulesOn({
      lxc: lxcFile({ '900': baseTemplate({ start_at_boot: true }) }),
      hypervisor: hypervisor(),
    });
    expectFindings(d, [
      ['lxc', 14, 24, 'warning', 'PHX-TEMPLATE-START', /CT 900 is a template .* cannot start/],
    ]);
  });

  it('a firewall port without a protocol (PHX-FIREWALL-PROTO)', () => {
    const firewall = {
      enabled: true,
      rules: [{ type: 'in', action: 'ACCEPT', source: '10.0.0.0/24', port: '22' }],
    };
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { firewall }) }));
    // firewall 25, enabled 26, rules 27, rule 28-33 with port on 32
    expectFindings(d, [
      [
        'lxc',
        32,
        21,
        'error',
        'PHX-FIREWALL-PROTO',
        /firewall rule 0 of CT 950 sets 'port' but 'proto' is missing/,
      ],
    ]);
  });

  it('a firewall port with icmp (PHX-FIREWALL-PROTO)', () => {
    const firewall = { enabled: true, rules: [{ type: 'in', action: 'ACCEPT', proto: 'icmp', port: '8' }] };
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { firewall }) }));
    expectFindings(d, [['lxc', 31, 22, 'error', 'PHX-FIREWALL-PROTO', /proto 'icmp' has no ports/]]);
  });

  it('the same firewall rule twice (PHX-FIREWALL-DUPLICATE, warning)', () => {
    const rule = { type: 'in', action: 'ACCEPT', proto: 'tcp', port: '443' };
    const firewall = {
      enabled: true,
      rules: [
        { ...rule, comment: 'https' },
        { ...rule, comment: 'again' },
      ],
    };
    const d = rulesOn(estate({ '950': ct('10.0.0.50/24', { firewall }) }));
    expectFindings(d, [
      [
        'lxc',
        35,
        11,
        'warning',
        'PHX-FIREWALL-DUPLICATE',
        /firewall rule 1 of CT 950 repeats rule 0 \(phoenix_lxc_configs\.json:28\)/,
      ],
    ]);
  });
});
