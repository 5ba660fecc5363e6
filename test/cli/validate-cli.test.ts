/**
 * `phoenix validate` end to end through `main` with a fake CliIO: exit codes (DESIGN.md: 0 ok or
 * warnings only, 1 findings, 2 usage / I-O), the `FILE:LINE:COL: severity: MESSAGE [RULE]` text
 * shape sorted by file and line, `--format json`, and malformed files, each located, never a
 * stack trace.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main.js';
import {
  baseTemplate,
  ct,
  hypervisor,
  lxcFile,
  makeTempDir,
  removeDir,
  toText,
  writeEstate,
  type EstateSpec,
} from '../helpers/config-builder.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function validate(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: {},
    cwd: process.cwd(),
  };
  const code = await main(['validate', ...args], io);
  // Whatever happens, the user never sees a stack trace.
  expect(stdout + stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal error/);
  return { code, stdout, stderr };
}

const LXC = 'phoenix_lxc_configs.json';
const VM = 'phoenix_vm_configs.json';
const HV = 'phoenix_hypervisor_config.json';

/**
 * A schema- and rule-clean estate: templates 900 and 9000, CT 950 and VM 9100 cloned from them.
 * Template 900 lists a feature, so in the LXC file CT 950's key is on line 18 and its fields
 * from `extra` start on line 28.
 */
function goodEstate(): EstateSpec {
  return {
    lxc: lxcFile({
      '900': baseTemplate({ features: ['base'] }),
      '950': ct('10.0.0.50/24', { application_script: 'web.sh' }),
    }),
    vm: {
      vms: [
        {
          vmid: 9000,
          name: 'cloud-tmpl',
          is_template: true,
          template_image: 'noble.img',
          storage_pool: 'tank-vm',
        },
        {
          vmid: 9100,
          name: 'docker-vm',
          clone_from_vmid: 9000,
          storage_pool: 'tank-vm',
          network_config: { ip: '10.0.0.60/24', gw: '10.0.0.1' },
        },
      ],
    },
    hypervisor: hypervisor(),
    features: ['base.sh'],
    apps: ['web.sh'],
  };
}

let root: string;
let n = 0;
/** A fresh config dir under the suite's temp root. */
async function estateDir(spec: EstateSpec): Promise<string> {
  const dir = join(root, `cfg${++n}`);
  await writeEstate(dir, spec);
  return dir;
}

beforeAll(async () => {
  root = await makeTempDir('phoenix-validate-cli-');
});
afterAll(async () => {
  await removeDir(root);
});

describe('phoenix validate: exit codes and output', () => {
  it('exits 0 and prints no findings for a clean estate', async () => {
    const dir = await estateDir(goodEstate());
    const r = await validate('--config-dir', dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `${dir}: 4 guests, 0 errors, 0 warnings\n` });
  });

  it('exits 0 when there are only warnings, and prints them', async () => {
    const spec = goodEstate();
    const dir = await estateDir({
      ...spec,
      lxc: lxcFile({
        '900': baseTemplate({ features: ['base'] }),
        '950': ct('10.0.0.50/24', { application_script: 'web.sh', gpu_assignment: '0, 1' }),
      }),
    });
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${join(dir, LXC)}:29:25: warning: gpu_assignment '0, 1' of CT 950 is read as '0,1'; write it without spaces [PHX-GPU-FORMAT]\n`,
    );
    expect(r.stderr).toBe(`${dir}: 4 guests, 0 errors, 1 warning\n`);
  });

  it('exits 1 on errors and prints FILE:LINE:COL lines sorted by file and line', async () => {
    const spec = goodEstate();
    const dir = await estateDir({
      ...spec,
      lxc: lxcFile({
        '900': baseTemplate({ features: ['base'] }),
        '950': ct('10.0.0.50/24', { clone_from_ctid: '999', application_script: 'web.sh' }),
        '951': ct('10.0.0.50/24', { name: 'second' }),
      }),
      vm: { vms: [{ vmid: 950, name: 'clash', template_image: 'noble.img', storage_pool: 'tank-vm' }] },
      hypervisor: hypervisor({ portainer_api: { admin_password: 'hunter2-hunter2' } }),
    });
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      `${join(dir, HV)}:40:23: error: 'portainer_api.admin_password' holds a plaintext secret that everyone with read access to the repository can see; store it as a GitHub Actions secret (e.g. PORTAINER_API_ADMIN_PASSWORD) and write {"secret": "PORTAINER_API_ADMIN_PASSWORD"} here instead (apply resolves it from the environment variable PHOENIX_SECRET_PORTAINER_API_ADMIN_PASSWORD) [PHX-PLAINTEXT-SECRET]`,
      `${join(dir, LXC)}:20:26: error: clone source 999 of CT 950 does not exist: no container with that ID is defined [PHX-CLONE-SOURCE]`,
      `${join(dir, LXC)}:37:15: error: 10.0.0.50 on vmbr0 (CT 951 (eth0)) is already used by CT 950 (eth0) (phoenix_lxc_configs.json:25) [PHX-IP-DUPLICATE]`,
      `${join(dir, VM)}:4:15: error: ID 950 is already used by CT 950 (phoenix_lxc_configs.json:18); containers and VMs share one ID space in Proxmox, so they collide [PHX-ID-DUPLICATE]`,
    ]);
    expect(r.stderr).toBe(`${dir}: 4 guests, 4 errors, 0 warnings\n`);
  });

  it('--format json prints the same findings as one JSON document', async () => {
    const dir = await estateDir({ ...goodEstate(), apps: [] });
    const r = await validate('--config-dir', dir, '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: join(dir, LXC),
          line: 28,
          column: 29,
          severity: 'error',
          rule: 'PHX-APP-MISSING',
          message:
            "application script 'web.sh' of CT 950 needs apps/web.sh, which does not exist; create a stub with 'phoenix init --scripts'",
        },
      ],
    });
  });

  it('exits 2 for --format xml', async () => {
    const r = await validate('--format', 'xml');
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: "phoenix validate: --format must be text or json, got 'xml'\n",
    });
  });

  it('exits 2 for an unknown option', async () => {
    const r = await validate('--strict');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phoenix validate: .*Unknown option '--strict'/);
  });

  it('exits 2 for a stray argument', async () => {
    const r = await validate('config');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unexpected argument 'config'/);
  });

  it('exits 2 and names a config dir that does not exist', async () => {
    const dir = join(root, 'no-such-dir');
    const r = await validate('--config-dir', dir);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `phoenix validate: config dir '${dir}' not found (set it with --config-dir DIR)\n`,
    });
  });

  it('names the files when the config dir holds none of them', async () => {
    const dir = join(root, 'empty');
    await mkdir(dir);
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${join(dir, HV)}:1:1: warning: ${HV} not found: storage pools and bridges are not checked [PHX-HYPERVISOR-MISSING]\n` +
        `${join(dir, LXC)}:1:1: error: no guests to manage: neither ${LXC} nor ${VM} exists in ${dir} [PHX-FILE-MISSING]\n`,
    );
  });
});

describe('phoenix validate: malformed files are located', () => {
  /** Write the good estate, then replace the LXC file with raw bytes. */
  async function withLxcBytes(bytes: string | Buffer): Promise<string> {
    const dir = await estateDir(goodEstate());
    await writeFile(join(dir, LXC), bytes);
    return dir;
  }

  it('a trailing comma', async () => {
    const dir = await withLxcBytes('{\n  "lxc_configs": {\n    "900": { "name": "a" },\n  }\n}\n');
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${join(dir, LXC)}:3:27: error: invalid JSON: trailing comma before the closing bracket [PHX-JSON-SYNTAX]\n`,
    );
  });

  it('a truncated file', async () => {
    const text = toText(lxcFile({ '900': baseTemplate() }));
    const dir = await withLxcBytes(text.slice(0, text.indexOf('"storage_pool"') + 10));
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^${join(dir, LXC).replace(/[.]/g, '\\.')}:7:\\d+: error: invalid JSON: .*truncated.* \\[PHX-JSON-SYNTAX\\]\\n$`,
      ),
    );
  });

  it('an empty file', async () => {
    const dir = await withLxcBytes('\n');
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${join(dir, LXC)}:1:1: error: file is empty; expected a JSON object [PHX-JSON-SYNTAX]\n`,
    );
  });

  it('duplicate keys, which JSON.parse would accept silently', async () => {
    const text = toText(lxcFile({ '900': baseTemplate() })).replace(
      '"is_template": true,',
      '"is_template": true,\n      "name": "again",',
    );
    const dir = await withLxcBytes(text);
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${join(dir, LXC)}:6:7: error: duplicate key "name" (first defined at line 4); JSON keeps only the last [PHX-JSON-DUPLICATE-KEY]\n`,
    );
  });

  it('bytes that are not UTF-8', async () => {
    const text = toText(lxcFile({ '900': baseTemplate() }));
    const [before, after] = text.split('"base"');
    const dir = await withLxcBytes(
      Buffer.concat([Buffer.from(before + '"ba'), Buffer.from([0xe9]), Buffer.from('se"' + after)]),
    );
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${join(dir, LXC)}:4:18: error: file is not valid UTF-8 (byte 0xe9 at offset ${before.length + 3}); save it as UTF-8 [PHX-JSON-ENCODING]\n`,
    );
  });

  it('a file that is a directory', async () => {
    const dir = await estateDir(goodEstate());
    await rm(join(dir, VM));
    await mkdir(join(dir, VM));
    const r = await validate('--config-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${join(dir, VM)}:1:1: error: cannot read file: EISDIR [PHX-FILE-READ]\n`);
  });

  it('a 20 MB file: validated, with its one mistake located near the end', async () => {
    const configs: Record<string, unknown> = { '900': baseTemplate() };
    const filler = 'x'.repeat(600);
    const count = 24_000;
    for (let i = 0; i < count; i++) {
      configs[String(100_000 + i)] = ct('dhcp', { name: `g${i}`, description: filler });
    }
    configs[String(100_000 + count)] = ct('dhcp', { name: 'last', clone_from_ctid: '99' });
    const text = toText(lxcFile(configs));
    expect(text.length).toBeGreaterThan(20_000_000);
    const dir = await estateDir({ ...goodEstate(), lxc: undefined });
    await writeFile(join(dir, LXC), text);
    const started = Date.now();
    const r = await validate('--config-dir', dir);
    const lastClone = text.slice(0, text.lastIndexOf('"clone_from_ctid"')).split('\n').length;
    expect(r.stdout).toBe(
      `${join(dir, LXC)}:${lastClone}:26: error: clone source 99 of CT ${100_000 + count} does not exist: no container with that ID is defined [PHX-CLONE-SOURCE]\n`,
    );
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
