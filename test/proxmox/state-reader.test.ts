import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runState } from '../../src/cli/commands/state.js';
import type { CliIO } from '../../src/cli/main.js';
import { readLiveState, splitGrepOutput, StateReadError } from '../../src/proxmox/state-reader.js';
import { MAX_COMMAND_BYTES } from '../../src/proxmox/ssh-transport.js';
import type { CommandResult, HostTransport } from '../../src/proxmox/transport.js';
import type { SimGuest } from '../../src/sim/index.js';
import { UserError } from '../../src/util/errors.js';
import { runPlan } from '../../src/cli/commands/plan.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { createCt, simHarness, UBUNTU_VOLID, type SimHarness } from '../helpers/sim.js';
import { describeSshd, fingerprintOf, makeKeyPair, startSshd } from '../helpers/sshd.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

describe('readLiveState on the simulator', () => {
  test('reads kind, status, config, raw lxc lines, snapshots with parents, tags, lock, pending, templates', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    await h.ok('pct', 'clone', '900', '950', '--hostname', 'web');
    await h.ok(
      'pct',
      'set',
      '950',
      '--tags',
      'phoenix,web',
      '--description',
      'Managed by Phoenix\nphoenix: {"v":1}',
    );
    await h.t.run(['tee', '-a', '/etc/pve/lxc/950.conf'], {
      stdin: 'lxc.cgroup2.devices.allow: c 195:* rwm\nlxc.cgroup2.devices.allow: c 509:* rwm\n',
    });
    await h.ok('pct', 'snapshot', '950', 'one', '--description', 'first: step');
    await h.ok('pct', 'snapshot', '950', 'two');
    await h.ok('pct', 'start', '950');
    await h.ok('pct', 'set', '950', '--features', 'nesting=1');
    await h.ok('qm', 'create', '9000', '--name', 'vm-tmpl', '--scsi0', 'local-lvm:8', '--tags', 'x');
    await h.configure((s) => {
      s.guests['9000']!.conf.main.values.lock = 'backup';
    });

    const live = await readLiveState(h.t, { now: () => new Date('2025-01-01T00:00:00Z') });
    expect(live).toMatchObject({
      version: 1,
      readAt: '2025-01-01T00:00:00.000Z',
      target: `sim:${h.path}`,
      nodes: ['pve'],
      pveVersion: '9.1.2',
      bridges: ['vmbr0'],
      templates: ['local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst'],
    });
    expect(live.storages).toEqual([
      {
        id: 'local',
        type: 'dir',
        content: ['backup', 'import', 'iso', 'vztmpl'],
        node: 'pve',
        shared: false,
      },
      { id: 'local-lvm', type: 'lvmthin', content: ['images', 'rootdir'], node: 'pve', shared: false },
    ]);
    expect(live.guests.map((g) => g.id)).toEqual([900, 950, 9000]);
    const [tmpl, web, vm] = live.guests;
    expect(tmpl).toMatchObject({ kind: 'lxc', template: true, status: 'stopped', name: 'ct900' });
    expect(web).toMatchObject({
      kind: 'lxc',
      template: false,
      status: 'running',
      name: 'web',
      tags: ['phoenix', 'web'],
    });
    expect(web!.config.description).toBe('Managed by Phoenix\nphoenix: {"v":1}\n');
    expect(web!.config.rootfs).toBe('local-lvm:base-900-disk-0/vm-950-disk-0,size=8G');
    expect(web!.config.parent).toBe('two');
    expect(web!.config['lxc.cgroup2.devices.allow']).toBe('c 195:* rwm\nc 509:* rwm');
    expect(web!.config.features).toBeUndefined();
    expect(web!.pending).toEqual({ features: 'nesting=1' });
    expect(web!.snapshots).toEqual([
      { name: 'one', description: 'first: step\n', snaptime: expect.any(Number) },
      { name: 'two', parent: 'one', snaptime: expect.any(Number) },
    ]);
    expect(vm).toMatchObject({ kind: 'qemu', name: 'vm-tmpl', lock: 'backup', tags: ['x'], template: false });
  });

  test('the number and size of host commands do not grow with the number of guests (10 vs 100)', async () => {
    const counts: number[] = [];
    const sizes: number[] = [];
    for (const n of [10, 100]) {
      const sim = simHarness();
      try {
        await createCt(sim, 100);
        await sim.configure((s) => {
          const proto = s.guests['100']!;
          for (let i = 1; i < n; i++) {
            const g = JSON.parse(JSON.stringify(proto)) as SimGuest;
            g.vmid = 100 + i;
            if (i % 3 === 0) {
              g.kind = 'qemu';
              g.conf = { kind: 'qemu', main: { values: { name: `vm${i}`, memory: '2048' } }, snapshots: {} };
            }
            s.guests[String(g.vmid)] = g;
          }
        });
        const argvs: string[][] = [];
        const live = await readLiveState(sim.t, { onCommand: (a) => argvs.push([...a]) });
        expect(live.guests).toHaveLength(n);
        expect(live.guests.filter((g) => g.kind === 'qemu')).toHaveLength(Math.floor((n - 1) / 3));
        expect(argvs.map((a) => a.slice(0, 3).join(' '))).toEqual([
          'pvesh get /cluster/resources',
          'pvesh get /cluster/status',
          'grep -r -H',
          'pvesh get /version',
          'pvesh get /nodes/pve/network',
          // `local` holds both templates and cloud images: one listing, split by each volume's content
          'pvesh get /nodes/pve/storage/local/content',
          'find /dev /etc/apparmor.d/lxc',
        ]);
        counts.push(argvs.length);
        sizes.push(argvs.reduce((n, a) => n + a.join(' ').length, 0));
      } finally {
        sim.cleanup();
      }
    }
    expect(counts[0]).toBe(counts[1]);
    expect(sizes[0]).toBe(sizes[1]);
  });

  test('an empty host needs no grep (grep without files would read stdin)', async () => {
    const argvs: string[][] = [];
    const live = await readLiveState(h.t, { onCommand: (a) => argvs.push([...a]) });
    expect(live.guests).toEqual([]);
    expect(argvs.some((a) => a[0] === 'grep')).toBe(false);
  });

  test("guests on another node are read from that node's folder", async () => {
    await h.configure((s) => {
      const two = JSON.parse(JSON.stringify(s.nodes.pve)) as typeof s.nodes.pve;
      two.name = 'pve2';
      two.network = two.network.map((i) => (i.iface === 'vmbr0' ? { ...i, iface: 'vmbr1' } : i));
      s.nodes.pve2 = two;
    });
    await createCt(h, 950);
    await h.configure((s) => {
      s.guests['950']!.node = 'pve2';
    });
    const argvs: string[][] = [];
    const live = await readLiveState(h.t, { onCommand: (a) => argvs.push([...a]) });
    expect(live.nodes).toEqual(['pve', 'pve2']);
    expect(live.bridges).toEqual(['vmbr0', 'vmbr1']);
    expect(live.guests[0]).toMatchObject({ id: 950, node: 'pve2', name: 'ct950' });
    expect(argvs.find((a) => a[0] === 'grep')).toEqual([
      'grep',
      '-r',
      '-H',
      '',
      '--',
      '/etc/pve/nodes/pve2/lxc',
      '/etc/pve/nodes/pve2/qemu-server',
    ]);
  });
});

/** A transport with canned answers in Proxmox's real output formats. */
function canned(answers: Record<string, CommandResult>): HostTransport & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    description: 'canned',
    calls,
    async run(argv) {
      calls.push([...argv]);
      const key = argv[0] === 'grep' ? 'grep' : argv.slice(0, 3).join(' ');
      const a = answers[key];
      if (!a) return { exitCode: 255, stdout: '', stderr: `no answer for ${key}\n` };
      return a;
    },
    async close() {},
  };
}

const ok = (stdout: unknown): CommandResult => ({
  exitCode: 0,
  stdout: typeof stdout === 'string' ? stdout : JSON.stringify(stdout) + '\n',
  stderr: '',
});

describe('readLiveState on real output formats', () => {
  const resources = [
    {
      id: 'lxc/101',
      type: 'lxc',
      vmid: 101,
      node: 'a',
      status: 'running',
      name: 'db',
      template: 0,
      tags: 'phoenix',
    },
    { id: 'qemu/200', type: 'qemu', vmid: 200, node: 'b', status: 'stopped', name: 'vm', template: 1 },
    { id: 'lxc/102', type: 'lxc', vmid: 102, node: 'a', status: 'stopped', name: 'gone', template: 0 },
    { id: 'node/a', type: 'node', node: 'a', status: 'online' },
    { id: 'node/b', type: 'node', node: 'b', status: 'offline' },
    {
      id: 'storage/a/local',
      type: 'storage',
      storage: 'local',
      node: 'a',
      plugintype: 'dir',
      content: 'vztmpl,iso',
      shared: 0,
    },
    {
      id: 'storage/b/local',
      type: 'storage',
      storage: 'local',
      node: 'b',
      plugintype: 'dir',
      content: 'vztmpl,iso',
      shared: 0,
    },
    {
      id: 'storage/a/nfs',
      type: 'storage',
      storage: 'nfs',
      node: 'a',
      plugintype: 'nfs',
      content: 'backup',
      shared: 1,
    },
    {
      id: 'storage/b/nfs',
      type: 'storage',
      storage: 'nfs',
      node: 'b',
      plugintype: 'nfs',
      content: 'backup',
      shared: 1,
    },
    { id: 'sdn/a/localnetwork', type: 'sdn', sdn: 'localnetwork', node: 'a', status: 'ok' },
  ];
  const grep =
    '/etc/pve/nodes/a/lxc/101.conf:#note%3A colon\n' +
    '/etc/pve/nodes/a/lxc/101.conf:hostname: db\n' +
    '/etc/pve/nodes/a/lxc/101.conf:lxc.mount.entry: /dev/fuse dev/fuse none bind,create=file\n' +
    '/etc/pve/nodes/a/lxc/101.conf:\n' +
    '/etc/pve/nodes/a/lxc/101.conf:[pre]\n' +
    '/etc/pve/nodes/a/lxc/101.conf:hostname: db\n' +
    '/etc/pve/nodes/a/lxc/101.conf:snaptime: 1700000000\n' +
    '/etc/pve/nodes/b/qemu-server/200.conf:name: vm\n' +
    '/etc/pve/nodes/b/qemu-server/200.conf:template: 1\n';
  const answers = {
    'pvesh get /cluster/resources': ok(resources),
    grep: {
      exitCode: 2,
      stdout: grep,
      stderr: 'grep: /etc/pve/nodes/a/lxc/102.conf: No such file or directory\n',
    },
    'pvesh get /version': ok({ release: '8.4', repoid: 'abc', version: '8.4.1' }),
    'pvesh get /nodes/a/network': ok([
      { iface: 'vmbr0', type: 'bridge' },
      { iface: 'ovs0', type: 'OVSBridge' },
      { iface: 'eno1', type: 'eth' },
    ]),
    'pvesh get /nodes/a/storage/local/content': ok([
      { volid: 'local:vztmpl/debian-12.tar.zst', content: 'vztmpl' },
    ]),
  };

  test('tolerates a guest removed between the two reads; skips offline nodes; de-duplicates shared storages', async () => {
    const t = canned(answers);
    const live = await readLiveState(t);
    expect(live.pveVersion).toBe('8.4.1');
    expect(live.guests.map((g) => g.id)).toEqual([101, 200]);
    expect(live.guests[0]).toMatchObject({
      name: 'db',
      tags: ['phoenix'],
      config: {
        description: 'note: colon\n',
        hostname: 'db',
        'lxc.mount.entry': '/dev/fuse dev/fuse none bind,create=file',
      },
      snapshots: [{ name: 'pre', snaptime: 1700000000 }],
    });
    expect(live.guests[1]).toMatchObject({
      kind: 'qemu',
      node: 'b',
      template: true,
      config: { name: 'vm', template: '1' },
    });
    expect(live.bridges).toEqual(['ovs0', 'vmbr0']);
    expect(live.storages).toEqual([
      { id: 'local', type: 'dir', content: ['vztmpl', 'iso'], node: 'a', shared: false },
      { id: 'local', type: 'dir', content: ['vztmpl', 'iso'], node: 'b', shared: false },
      { id: 'nfs', type: 'nfs', content: ['backup'], shared: true },
    ]);
    expect(live.templates).toEqual(['local:vztmpl/debian-12.tar.zst']);
    expect(t.calls.some((c) => c[0] === 'pvesh' && c[2]!.startsWith('/nodes/b/'))).toBe(false);
  });

  test('reads 20 000 guests with a config command far below the SSH command-size limit', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      id: `lxc/${100 + i}`,
      type: 'lxc',
      vmid: 100 + i,
      node: i % 2 ? 'a' : 'b',
      status: 'running',
    }));
    const t = canned({
      ...answers,
      'pvesh get /cluster/resources': ok([...resources.filter((r) => r.type !== 'lxc'), ...many]),
      grep: ok(
        many.map((g) => `/etc/pve/nodes/${g.node}/lxc/${g.vmid}.conf:hostname: ct${g.vmid}`).join('\n'),
      ),
    });
    const live = await readLiveState(t);
    expect(live.guests.filter((g) => g.kind === 'lxc')).toHaveLength(20_000);
    expect(live.guests.find((g) => g.id === 20_099)?.name).toBe('ct20099');
    const grep = t.calls.find((c) => c[0] === 'grep')!;
    expect(grep).toEqual([
      'grep',
      '-r',
      '-H',
      '',
      '--',
      '/etc/pve/nodes/a/lxc',
      '/etc/pve/nodes/a/qemu-server',
      '/etc/pve/nodes/b/lxc',
      '/etc/pve/nodes/b/qemu-server',
    ]);
    expect(Buffer.byteLength(grep.join(' '))).toBeLessThan(MAX_COMMAND_BYTES / 1000);
  });

  test('a failing host command is reported with its argv, exit code and message', async () => {
    const t = canned({
      ...answers,
      'pvesh get /version': { exitCode: 255, stdout: '', stderr: 'permission denied\n' },
    });
    await expect(readLiveState(t)).rejects.toThrow(
      new StateReadError(['pvesh', 'get', '/version', '--output-format', 'json'], 255, 'permission denied\n'),
    );
  });

  test('grep lines are split on the known paths, even when the content holds colons', () => {
    const files = splitGrepOutput('/etc/pve/nodes/a/lxc/1.conf:net0: name=eth0,hwaddr=AA:BB\n/x:y\n', [
      '/etc/pve/nodes/a/lxc/1.conf',
    ]);
    expect([...files]).toEqual([['/etc/pve/nodes/a/lxc/1.conf', 'net0: name=eth0,hwaddr=AA:BB\n']]);
  });
});

describe('phoenix state', () => {
  const io = (out: string[]): CliIO => ({
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    isTTY: false,
    env: {},
    cwd: h.dir,
  });

  test('writes the versioned JSON to --out (or stdout)', async () => {
    await h.ok('pveam', 'download', 'local', UBUNTU_VOLID.split('/')[1]!);
    await h.ok('pct', 'create', '950', UBUNTU_VOLID, '--rootfs', 'local-lvm:4');
    const out: string[] = [];
    expect(await runState(['--target', 'sim:state.json', '--out', 'live.json'], io(out))).toBe(0);
    const doc = JSON.parse(readFileSync(join(h.dir, 'live.json'), 'utf8'));
    expect(doc).toMatchObject({ version: 1, guests: [{ id: 950, kind: 'lxc' }] });
    const printed: string[] = [];
    await runState(['--target', `sim:${h.path}`], io(printed));
    expect(JSON.parse(printed.join(''))).toMatchObject({ version: 1, guests: [{ id: 950 }] });
  });

  test('a missing or unknown target is a usage error', async () => {
    await expect(runState([], io([]))).rejects.toThrow(UserError);
    await expect(runState(['--target', 'ftp://x'], io([]))).rejects.toThrow(
      "unknown target 'ftp://x': expected sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]",
    );
  });
});

describeSshd('--fingerprint pins the SSH host key for state and plan', () => {
  const io = (out: string[]): CliIO => ({
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    isTTY: false,
    env: {},
    cwd: h.dir,
  });

  test('a wrong fingerprint is refused; the right one connects without a known_hosts file', async () => {
    const sshd = await startSshd();
    try {
      const other = fingerprintOf(makeKeyPair(sshd.dir, 'other-host').pub);
      const base = ['--target', sshd.url, '--identity', sshd.identity];
      const plan = (extra: string[]) =>
        runPlan(['--config-dir', join(REPO_ROOT, 'config'), ...base, ...extra], io([]));
      for (const cmd of [(x: string[]) => runState([...base, ...x], io([])), plan]) {
        await expect(cmd(['--fingerprint', other])).rejects.toThrow(/host key fingerprint mismatch/);
        // Pinned right, the connection stands; reading fails only because this host has no pvesh.
        await expect(cmd(['--fingerprint', sshd.hostFingerprint])).rejects.toThrow(/pvesh/);
      }
    } finally {
      await sshd.stop();
    }
  });
});
