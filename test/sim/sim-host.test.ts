/**
 * Fidelity of the simulated host tools: grep/tee/cat on /etc/pve, pvesh output formats, pveam,
 * pvesm, pveum, zfs/zpool and flock.
 */
import { createCt, simHarness, UBUNTU, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

describe('grep, tee and cat on the cluster filesystem', () => {
  test("grep -H prints path:line for every line; a missing file makes exit 2 with GNU grep's message", async () => {
    await createCt(h, 950);
    const r = await h.run(
      'grep',
      '-H',
      '',
      '--',
      '/etc/pve/nodes/pve/lxc/950.conf',
      '/etc/pve/nodes/pve/lxc/951.conf',
    );
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('grep: /etc/pve/nodes/pve/lxc/951.conf: No such file or directory\n');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('/etc/pve/nodes/pve/lxc/950.conf:arch: amd64');
    expect(lines.every((l) => l.startsWith('/etc/pve/nodes/pve/lxc/950.conf:'))).toBe(true);
  });

  test('grep exits 1 when nothing matched, 0 otherwise; -q, -c, -x and -F behave like GNU grep', async () => {
    await createCt(h, 950);
    const f = '/etc/pve/lxc/950.conf';
    expect(await h.run('grep', '^template:', f)).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(await h.run('grep', '-q', 'hostname', f)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(await h.ok('grep', '-c', ':', f)).toBe('8\n');
    expect(await h.ok('grep', '-xF', 'memory: 1024', f)).toBe('memory: 1024\n');
    expect(await h.ok('grep', '-E', '^(memory|swap):', f)).toBe('memory: 1024\nswap: 512\n');
    expect(await h.ok('grep', '^\\(memory\\|swap\\):', f)).toBe('memory: 1024\nswap: 512\n');
  });

  test('/etc/pve/lxc is the local node folder, as the symlink on a real host', async () => {
    await createCt(h, 950);
    expect(await h.ok('cat', '/etc/pve/lxc/950.conf')).toBe(
      await h.ok('cat', '/etc/pve/nodes/pve/lxc/950.conf'),
    );
    expect(await h.ok('cat', '/etc/pve/local/lxc/950.conf')).toBe(await h.ok('cat', '/etc/pve/lxc/950.conf'));
  });

  test('raw lxc.* lines appended with tee -a appear in the config and survive pct set and snapshots', async () => {
    await createCt(h, 950);
    const r = await h.t.run(['tee', '-a', '/etc/pve/lxc/950.conf'], {
      stdin: 'lxc.apparmor.profile: unconfined\nlxc.cgroup2.devices.allow: a\n',
    });
    expect(r.stdout).toBe('lxc.apparmor.profile: unconfined\nlxc.cgroup2.devices.allow: a\n');
    await h.ok('pct', 'set', '950', '--memory', '2048');
    await h.ok('pct', 'snapshot', '950', 'base');
    const conf = await h.ok('pct', 'config', '950');
    expect(conf).toMatch(
      /memory: 2048\n[\s\S]*lxc\.apparmor\.profile: unconfined\nlxc\.cgroup2\.devices\.allow: a\n$/,
    );
    expect(await h.ok('pct', 'config', '950', '--snapshot', 'base')).toContain(
      'lxc.apparmor.profile: unconfined',
    );
  });

  test('a file written with tee is shown verbatim until Proxmox rewrites it', async () => {
    await createCt(h, 950);
    const text = (await h.ok('cat', '/etc/pve/lxc/950.conf')).replace('memory: 1024\n', '') + 'memory: 256\n';
    await h.t.run(['tee', '/etc/pve/lxc/950.conf'], { stdin: text });
    expect(await h.ok('cat', '/etc/pve/lxc/950.conf')).toBe(text);
    expect(await h.ok('pct', 'config', '950')).toContain('memory: 256\n');
    await h.ok('pct', 'set', '950', '--cores', '2');
    expect(await h.ok('cat', '/etc/pve/lxc/950.conf')).toMatch(
      /^arch: amd64\ncores: 2\nhostname: ct950\nmemory: 256\n/,
    );
  });

  test('tee into a missing node folder fails like tee; other host files are kept per node', async () => {
    expect(await h.t.run(['tee', '/etc/pve/nodes/nope/lxc/1.conf'], { stdin: 'x' })).toEqual({
      exitCode: 1,
      stdout: 'x',
      stderr: 'tee: /etc/pve/nodes/nope/lxc/1.conf: No such file or directory\n',
    });
    await h.t.run(['tee', '/etc/network/interfaces.d/vmbr1'], { stdin: 'auto vmbr1\n' });
    expect(await h.ok('cat', '/etc/network/interfaces.d/vmbr1')).toBe('auto vmbr1\n');
    expect(await h.run('cat', '/etc/missing')).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'cat: /etc/missing: No such file or directory\n',
    });
  });
});

describe('pvesh', () => {
  test('/cluster/resources lists guests with vmid, node, status, template 0/1, tags and lock', async () => {
    await createCt(h, 950, '--tags', 'b,a');
    const res = JSON.parse(
      await h.ok('pvesh', 'get', '/cluster/resources', '--output-format', 'json'),
    ) as Array<Record<string, unknown>>;
    const ct = res.find((r) => r.id === 'lxc/950')!;
    expect(ct).toMatchObject({
      type: 'lxc',
      vmid: 950,
      node: 'pve',
      status: 'stopped',
      template: 0,
      name: 'ct950',
      tags: 'a;b',
    });
    expect(res.filter((r) => r.type === 'storage').map((r) => r.storage)).toEqual(['local', 'local-lvm']);
    const vms = JSON.parse(
      await h.ok('pvesh', 'get', '/cluster/resources', '--type', 'vm', '--output-format', 'json'),
    ) as unknown[];
    expect(vms).toHaveLength(1);
  });

  test('json-pretty is Perl JSON (3-space indent, " : "); unknown paths fail', async () => {
    expect(await h.ok('pvesh', 'get', '/version', '--output-format', 'json-pretty')).toMatch(
      /^\{\n {3}"console" : "xtermjs",\n {3}"release" : "9\.1",\n {3}"repoid" : "[0-9a-f]+",\n {3}"version" : "9\.1\.2"\n\}\n$/,
    );
    expect(await h.run('pvesh', 'get', '/nope')).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: "No 'get' handler defined for 'nope'\n",
    });
  });

  test('storage content lists downloaded templates; network lists bridges', async () => {
    await h.ok('pveam', 'download', 'local', UBUNTU);
    const content = JSON.parse(
      await h.ok(
        'pvesh',
        'get',
        '/nodes/pve/storage/local/content',
        '--content',
        'vztmpl',
        '--output-format',
        'json',
      ),
    );
    expect(content).toEqual([
      expect.objectContaining({ volid: `local:vztmpl/${UBUNTU}`, content: 'vztmpl', format: 'tzst' }),
    ]);
    const net = JSON.parse(
      await h.ok('pvesh', 'get', '/nodes/pve/network', '--type', 'any_bridge', '--output-format', 'json'),
    );
    expect(net.map((i: { iface: string }) => i.iface)).toEqual(['vmbr0']);
  });
});

describe('pveam, pvesm, pveum', () => {
  test('pveam download knows only templates of the index, and only into storages holding vztmpl', async () => {
    expect(await h.run('pveam', 'download', 'local', 'nope.tar.zst')).toMatchObject({
      exitCode: 255,
      stderr: expect.stringMatching(/^400 Parameter verification failed\.\ntemplate: no such template\n/),
    });
    expect((await h.run('pveam', 'download', 'local-lvm', UBUNTU)).stderr).toBe(
      "storage 'local-lvm' does not support templates\n",
    );
    expect(await h.ok('pveam', 'available', '--section', 'system')).toContain(`system          ${UBUNTU}\n`);
    await h.ok('pveam', 'download', 'local', UBUNTU);
    expect(await h.ok('pveam', 'list', 'local')).toContain(`local:vztmpl/${UBUNTU}`);
  });

  test('pvesm add checks duplicates and required options; the storage then appears in pvesm status', async () => {
    expect((await h.run('pvesm', 'add', 'dir', 'local')).stderr).toBe(
      "create storage failed: storage ID 'local' already defined\n",
    );
    expect((await h.run('pvesm', 'add', 'dir', 'backup')).stderr).toMatch(
      /^400 Parameter verification failed\.\npath: /,
    );
    await h.ok('pvesm', 'add', 'dir', 'backup', '--path', '/mnt/backup', '--content', 'backup,iso');
    expect(await h.ok('pvesm', 'status')).toMatch(/^backup\s+dir\s+active\s/m);
    expect((await h.run('pvesm', 'add', 'zfspool', 'tank-ct', '--pool', 'tank/ct')).stderr).toBe(
      "create storage failed: zfs error: cannot open 'tank/ct': dataset does not exist\n",
    );
  });

  test('pveum users, groups, tokens (secret shown once, duplicates refused) and ACLs', async () => {
    await h.ok('pveum', 'group', 'add', 'admins');
    await h.ok('pveum', 'user', 'add', 'phoenix@pve', '--groups', 'admins');
    expect((await h.run('pveum', 'user', 'add', 'phoenix@pve')).stderr).toBe(
      "create user failed: user 'phoenix@pve' already exists\n",
    );
    const tok = JSON.parse(
      await h.ok(
        'pveum',
        'user',
        'token',
        'add',
        'phoenix@pve',
        'ci',
        '--privsep',
        '0',
        '--output-format',
        'json',
      ),
    );
    expect(tok).toEqual({
      'full-tokenid': 'phoenix@pve!ci',
      info: { privsep: '0' },
      value: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect((await h.run('pveum', 'user', 'token', 'add', 'phoenix@pve', 'ci')).stderr).toMatch(
      /^400 Parameter verification failed\.\ntokenid: Token already exists\.\n/,
    );
    await h.ok('pveum', 'acl', 'modify', '/', '--roles', 'PVEVMAdmin', '--groups', 'admins');
    const acl = JSON.parse(await h.ok('pveum', 'acl', 'list', '--output-format', 'json'));
    expect(acl).toEqual([{ path: '/', type: 'group', ugid: 'admins', roleid: 'PVEVMAdmin', propagate: 1 }]);
  });
});

describe('zpool and zfs', () => {
  test('pools only on free disks (or with -f); datasets need their parent; properties inherit', async () => {
    await h.configure((s) => {
      s.nodes.pve!.disks.push(
        { path: '/dev/sdb', sizeBytes: 2e12 },
        { path: '/dev/sdc', sizeBytes: 2e12, hasData: true },
      );
    });
    expect((await h.run('zpool', 'create', 'tank', 'mirror', '/dev/sdb', '/dev/sdc')).stderr).toBe(
      "invalid vdev specification\nuse '-f' to override the following errors:\n/dev/sdc contains a filesystem of type 'ext4'\n",
    );
    await h.ok('zpool', 'create', '-o', 'ashift=12', '-O', 'compression=lz4', 'tank', '/dev/sdb');
    expect((await h.run('zpool', 'create', 'tank', '/dev/sdb')).stderr).toBe(
      "cannot create 'tank': pool already exists\n",
    );
    expect((await h.run('zfs', 'create', 'tank/a/b')).stderr).toBe(
      "cannot create 'tank/a/b': parent does not exist\n",
    );
    await h.ok('zfs', 'create', '-o', 'recordsize=16K', 'tank/ct');
    expect(
      await h.ok('zfs', 'get', '-H', '-o', 'name,property,value,source', 'compression,recordsize', 'tank/ct'),
    ).toBe('tank/ct\tcompression\tlz4\tinherited from tank\ntank/ct\trecordsize\t16K\tlocal\n');
    await h.ok('zfs', 'set', 'quota=100G', 'tank/ct');
    expect(await h.ok('zfs', 'list', '-H', '-o', 'name,quota')).toBe('tank\tnone\ntank/ct\t100G\n');
    expect((await h.run('zfs', 'get', 'all', 'tank/none')).stderr).toBe(
      "cannot open 'tank/none': dataset does not exist\n",
    );
  });
});

describe('flock', () => {
  test('runs the command under a host-wide lock; -n fails with exit 1 while another holder runs', async () => {
    const slow = simHarness({ PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'pct start': 300 } }) });
    try {
      await createCt(slow, 950);
      const holder = slow.run('flock', '/run/lock/phoenix-apply.lock', 'pct', 'start', '950');
      await new Promise((r) => setTimeout(r, 100));
      expect(await slow.run('flock', '-n', '/run/lock/phoenix-apply.lock', 'pct', 'status', '950')).toEqual({
        exitCode: 1,
        stdout: '',
        stderr: '',
      });
      expect((await holder).exitCode).toBe(0);
      expect(await slow.ok('flock', '-w', '5', '/run/lock/phoenix-apply.lock', 'pct', 'status', '950')).toBe(
        'status: running\n',
      );
    } finally {
      slow.cleanup();
    }
  });
});
