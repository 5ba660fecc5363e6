/**
 * Issue 10 item 7: host paths, unsafe raw LXC keys, control characters, nesting depth and
 * secrets written inline, each a located validate error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExcessiveNesting, MAX_JSON_DEPTH, parseJsonSource } from '../../src/config/json-source.js';
import { FIXED_HOST_ROOTS, hostPathProblem, hostRoots } from '../../src/config/rules/host-safety.js';
import {
  argvSecretIndexes,
  findPlaintextSecrets,
  inlineSecrets,
  isSecretKey,
  maskArgvSecrets,
  maskInlineSecrets,
  maskSecretsDeep,
} from '../../src/config/secrets.js';
import { SCHEMAS } from '../../src/config/schemas.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { LXC_KEYS, LXC_NET } from '../../src/dialect/lxc-schema.js';
import type { PropSpec, ValueType } from '../../src/dialect/pve-values.js';
import { REPO_ROOT } from '../helpers/shared.js';

type Json = Record<string, unknown>;

describe('host path roots', () => {
  const roots = hostRoots({
    storages: [{ path: '/tank/iso' }, { path: '/etc/pve' }],
    zfs: { pools: [{ name: 'fastData' }] },
  });
  it('adds declared storage paths and ZFS pools, never a path in the system tree', () => {
    expect(roots).toEqual([...FIXED_HOST_ROOTS, '/tank/iso', '/fastData']);
  });
  it.each([
    ['/mnt/pve/quickOS/data', undefined],
    ['/fastData/shared', undefined],
    ['/usr/local/phoenix_hypervisor/etc/nginx', undefined],
    ['/etc', 'outside'],
    ['/etc/pve', 'outside'],
    ['/dev/sda', 'outside'],
    ['/', 'outside'],
    ['/root/.ssh', 'outside'],
    ['/mnt/../etc', "'..'"],
    ['/mntx', 'outside'],
  ])('bind mount %s', (p, why) => {
    const got = hostPathProblem(p, roots);
    if (why === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(why);
  });
  it('files that are only read may lie on any pool outside the system tree', () => {
    expect(hostPathProblem('/otherpool/t.tar.zst', FIXED_HOST_ROOTS, 'file')).toBeUndefined();
    expect(hostPathProblem('/dev/sda', FIXED_HOST_ROOTS, 'file')).toContain('system tree');
    expect(hostPathProblem('/etc/shadow.tar.gz', FIXED_HOST_ROOTS, 'file')).toContain('system tree');
    expect(hostPathProblem('/x.img', FIXED_HOST_ROOTS, 'file')).toContain('system tree');
  });
});

describe('JSON nesting depth', () => {
  it('finds the bracket that opens one level too many, ignoring brackets in strings', () => {
    const text = '{"a":"[[[[[[[[[[","b":' + '['.repeat(5) + ']'.repeat(5) + '}';
    expect(findExcessiveNesting(text, 6)).toBeUndefined();
    expect(findExcessiveNesting(text, 5)).toBe(text.indexOf('[[[[['.slice(0, 5), 20) + 4);
  });
  it('a file nested 3000 deep is one located error, not a stack overflow', () => {
    const text = '{\n  "x": ' + '['.repeat(3000) + ']'.repeat(3000) + '\n}\n';
    const { source, diagnostics } = parseJsonSource('f.json', text);
    expect(source.value).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'PHX-JSON-DEPTH', line: 2, column: 7 + MAX_JSON_DEPTH }),
    ]);
  });
});

describe('secrets', () => {
  it.each(['db_pw', 'credentials', 'apiKey', 'API-Token', 'smtp_passwd', 'github_token'])(
    '%s is a secret key',
    (k) => expect(isSecretKey(k)).toBe(true),
  );
  it.each(['password_hash', 'token_url', 'pwd_file', 'ssh_public_key', 'name'])('%s is not', (k) =>
    expect(isSecretKey(k)).toBe(false),
  );
  it('finds secrets inside command strings', () => {
    const v = (t: string) => inlineSecrets(t).map((s) => s.value);
    expect(v('mysql --password hunter2x -e "select 1"')).toEqual(['hunter2x']);
    expect(v('curl --api-key=abc123456 http://x')).toEqual(['abc123456']);
    expect(v('TOKEN=abc123xyz ./check && export DB_PASSWORD="s3cr3t!"')).toEqual(['abc123xyz', 's3cr3t!']);
    expect(v('curl -H "Authorization: Bearer abcdef123456" http://x')).toEqual(['abcdef123456']);
    expect(v('git clone https://me:pw123456@example.com/r.git')).toEqual(['pw123456']);
    expect(v('systemctl is-system-running --wait')).toEqual([]);
    expect(v('TOKEN=$TOKEN ./check --password-file /run/pw')).toEqual([]);
  });
  it('finds the value after a secret option in an argument array', () => {
    expect(argvSecretIndexes(['--model', 'x', '--api-key', 'sk-123', '--token', '$T'])).toEqual([3]);
    expect(maskArgvSecrets(['sh', '-c', 'TOKEN=abc123xyz ./x', '--password', 'p4ss'])).toEqual([
      'sh',
      '-c',
      'TOKEN=*** ./x',
      '--password',
      '***',
    ]);
  });
  it('reports them at their JSON path, in values and argument arrays', () => {
    const found = findPlaintextSecrets({
      g: { health_check: { command: 'TOKEN=abc123xyz ./check' }, vllm_args: ['--api-key', 'sk-123456'] },
    }).map((f) => f.path.join('.'));
    expect(found.sort()).toEqual(['g.health_check.command', 'g.vllm_args.1']);
  });
  it('masks deep values and leaves other text alone', () => {
    expect(maskInlineSecrets('a --token=abcdef12 b')).toBe('a --token=*** b');
    expect(maskSecretsDeep({ argv: ['x', '--password', 'pw123456'], s: 'TOKEN=abc123xyz' })).toEqual({
      argv: ['x', '--password', '***'],
      s: 'TOKEN=***',
    });
  });
});

describe('validate on the example estate with one hostile value', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-safety-'));
    cpSync(join(REPO_ROOT, 'config'), dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lxcFile = () => join(dir, 'phoenix_lxc_configs.json');
  const original = readFileSync(join(REPO_ROOT, 'config', 'phoenix_lxc_configs.json'), 'utf8');

  async function withGuest(edit: (g: Json) => void) {
    const doc = JSON.parse(original) as { lxc_configs: Record<string, Json> };
    edit(doc.lxc_configs['900']!);
    writeFileSync(lxcFile(), JSON.stringify(doc, null, 2));
    const v = await validateConfigDir(dir);
    return v.diagnostics.filter((d) => d.severity === 'error');
  }

  it.each([
    ['lxc.hook.mount: /bin/sh -c id', 'PHX-LXC-OPTION-UNSAFE'],
    ['lxc.net.0.script.up = /tmp/x', 'PHX-LXC-OPTION-UNSAFE'],
    ['lxc.include=/root/x.conf', 'PHX-LXC-OPTION-UNSAFE'],
    ['lxc.mount.fstab: /root/fstab', 'PHX-LXC-OPTION-UNSAFE'],
    ['lxc.mount.entry: /etc/shadow etc/shadow none bind,create=file', 'PHX-HOST-PATH-ROOT'],
    ['lxc.mount.entry: /dev/sda dev/sda none bind,create=file', 'PHX-HOST-PATH-ROOT'],
  ])('lxc_options %s is %s, located on the line', async (line, rule) => {
    const errors = await withGuest((g) => (g.lxc_options = [line]));
    expect(errors.map((d) => d.rule)).toEqual([rule]);
    const text = readFileSync(lxcFile(), 'utf8').split('\n');
    expect(text[errors[0]!.line - 1]).toContain(JSON.stringify(line).slice(1, 12));
  });

  it.each([
    'lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file',
    'lxc.mount.entry: /dev/nvidia0 dev/nvidia0 none bind,optional,create=file',
    'lxc.mount.entry: /mnt/pve/data mnt/data none bind 0 0',
    'lxc.cgroup2.devices.allow: c 195:* rwm',
    'lxc.apparmor.profile: unconfined',
  ])('lxc_options %s stays valid', async (line) => {
    expect(await withGuest((g) => (g.lxc_options = [line]))).toEqual([]);
  });

  it('a control character is PHX-CONTROL-CHAR at the value', async () => {
    const errors = await withGuest((g) => ((g.health_check as Json).command = 'true\u0007'));
    expect(errors.map((d) => d.rule)).toEqual(['PHX-CONTROL-CHAR']);
  });

  it('a token in a health-check command is PHX-PLAINTEXT-SECRET', async () => {
    const errors = await withGuest((g) => ((g.health_check as Json).command = 'TOKEN=abc123xyz ./check'));
    expect(errors.map((d) => d.rule)).toEqual(['PHX-PLAINTEXT-SECRET']);
  });
});

describe('numeric ranges lie inside Proxmox’s (src/dialect)', () => {
  const lxc = (SCHEMAS.lxc as Json).definitions as Record<string, Json>;
  const hv = (SCHEMAS.hypervisor as Json).properties as Record<string, Json>;
  const guest = lxc.lxcGuest!.properties as Record<string, Json>;
  const range = (t: ValueType | undefined) => (t && t.t === 'int' ? t : { min: undefined, max: undefined });
  it.each([
    ['memory_mb', 'memory'],
    ['swap_mb', 'swap'],
    ['cores', 'cores'],
  ])('%s within pct.conf %s, and bounded', (field, key) => {
    const s = guest[field]!;
    const p = range(LXC_KEYS[key]);
    expect(s.minimum as number).toBeGreaterThanOrEqual(p.min ?? -Infinity);
    expect(s.maximum as number).toBeLessThanOrEqual(p.max ?? Number.MAX_SAFE_INTEGER);
    expect(s.maximum).toBeDefined();
  });
  it('VLAN tags within the net tag range', () => {
    const net = (hv.network as Json).properties as Record<string, Json>;
    const tag = range((LXC_NET as { spec: PropSpec }).spec.keys.tag);
    for (const k of ['public_vlan_tag', 'macvlan_vlan_tag']) {
      expect(net[k]!.minimum).toBe(tag.min);
      expect(net[k]!.maximum).toBe(tag.max);
    }
  });
});

describe('hypervisor host folders and Samba options', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-hv-safety-'));
    cpSync(join(REPO_ROOT, 'config'), dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const original = readFileSync(join(REPO_ROOT, 'config', 'phoenix_hypervisor_config.json'), 'utf8');

  async function rulesWith(edit: (h: Json) => void): Promise<string[]> {
    const doc = JSON.parse(original) as Json;
    edit(doc);
    writeFileSync(join(dir, 'phoenix_hypervisor_config.json'), JSON.stringify(doc, null, 2));
    const v = await validateConfigDir(dir);
    return v.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
  }

  it('a share option that runs a program is refused', async () => {
    const rules = await rulesWith((h) => {
      h.samba = {
        user: 'root',
        shares: [{ name: 's', path: '/mnt/s', options: 'browseable=yes root_preexec=/bin/id' }],
      };
    });
    expect(rules).toContain('PHX-SAMBA-OPTION-UNSAFE');
  });
  it('an NFS export of /etc is refused; one of a pool folder is not', async () => {
    const bad = await rulesWith(
      (h) => (h.nfs = { exports: [{ path: '/etc', clients: ['*'], options: ['ro'] }] }),
    );
    expect(bad).toContain('PHX-HOST-PATH-ROOT');
    const good = await rulesWith(
      (h) => (h.nfs = { exports: [{ path: '/tank/x', clients: ['*'], options: ['ro'] }] }),
    );
    expect(good).not.toContain('PHX-HOST-PATH-ROOT');
  });
});
