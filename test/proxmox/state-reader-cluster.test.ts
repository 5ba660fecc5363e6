/**
 * The state read of a Proxmox VE cluster against a fake cluster answering in Proxmox's output
 * formats: `/cluster/status` gives every node's address, per-node facts land in `nodeDetails`,
 * the other nodes' `find` goes through the SSH hop (commands/hop.ts), offline nodes are not read,
 * a failing hop leaves that node's facts unknown, and the command count is constant + k × nodes.
 */
import { hopTarget, listHostEntries } from '../../src/proxmox/commands.js';
import { shellJoin } from '../../src/proxmox/quote.js';
import { readLiveState, StateReadError } from '../../src/proxmox/state-reader.js';
import type { CommandResult, HostTransport } from '../../src/proxmox/transport.js';

const json = (v: unknown): CommandResult => ({ exitCode: 0, stdout: JSON.stringify(v) + '\n', stderr: '' });
const FIND = shellJoin(listHostEntries().argv);
const TPL = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
const IMG = 'local:import/noble-server-cloudimg-amd64.qcow2';
const SHARED_TPL = 'nfs:vztmpl/alpine-3.20-default_20240908_amd64.tar.xz';

interface ClusterOptions {
  /** Nodes corosync sees as down. */
  offline?: readonly string[];
  /** Nodes whose SSH hop fails (exit 255, as ssh does). */
  unreachable?: readonly string[];
  /** `/cluster/status` fails (an API user without Sys.Audit on /). */
  noStatus?: boolean;
  /** The transport runs real programs (every read under coreutils `timeout`). */
  hostTimeouts?: boolean;
}

/** Node names pve1..pveN, pve1 the one read from; node i at 10.0.0.i, one CT each (100 + i). */
function fakeCluster(n: number, o: ClusterOptions = {}): HostTransport & { calls: string[][] } {
  const names = Array.from({ length: n }, (_, i) => `pve${i + 1}`);
  const up = (node: string) => !o.offline?.includes(node);
  const resources = [
    ...names.map((node, i) => ({
      id: `lxc/${101 + i}`,
      type: 'lxc',
      vmid: 101 + i,
      node,
      status: up(node) ? 'running' : 'unknown',
      name: `ct${101 + i}`,
      template: 0,
    })),
    ...names.map((node) => ({
      id: `node/${node}`,
      type: 'node',
      node,
      status: up(node) ? 'online' : 'offline',
    })),
    ...names.flatMap((node) => [
      { type: 'storage', storage: 'local', node, plugintype: 'dir', content: 'vztmpl,iso,import', shared: 0 },
      {
        type: 'storage',
        storage: 'local-lvm',
        node,
        plugintype: 'lvmthin',
        content: 'images,rootdir',
        shared: 0,
      },
      { type: 'storage', storage: 'nfs', node, plugintype: 'nfs', content: 'vztmpl,backup', shared: 1 },
    ]),
  ];
  const status = [
    { type: 'cluster', id: 'cluster', name: 'lab', nodes: n, quorate: 1, version: 3 },
    ...names.map((node, i) => ({
      type: 'node',
      id: `node/${node}`,
      name: node,
      nodeid: i + 1,
      ip: `10.0.0.${i + 1}`,
      local: i === 0 ? 1 : 0,
      online: up(node) ? 1 : 0,
      level: '',
    })),
  ];
  const grep = names
    .map((node, i) => `/etc/pve/nodes/${node}/lxc/${101 + i}.conf:hostname: ct${101 + i}\n`)
    .join('');
  /** Device nodes of each node: a GPU on pve2 only, and a profile installed on pve1 only. */
  const entries = (node: string) =>
    ['/dev/null', '/dev/fuse', ...(node === 'pve2' ? ['/dev/nvidia0'] : [])]
      .concat(node === 'pve1' ? ['/etc/apparmor.d/lxc/lxc-phoenix'] : [])
      .concat('/etc/apparmor.d/lxc/lxc-default')
      .join('\n') + '\n';

  const answer = (argv: readonly string[]): CommandResult => {
    const hop = hopTarget(argv);
    if (hop) {
      if (hop.command !== FIND) return { exitCode: 127, stdout: '', stderr: `unexpected ${hop.command}\n` };
      if (!up(hop.node) || o.unreachable?.includes(hop.node))
        return {
          exitCode: 255,
          stdout: '',
          stderr: `ssh: connect to host ${hop.address} port 22: No route to host\n`,
        };
      const i = names.indexOf(hop.node);
      if (hop.address !== `10.0.0.${i + 1}`) return { exitCode: 255, stdout: '', stderr: 'wrong address\n' };
      return { exitCode: 0, stdout: entries(hop.node), stderr: '' };
    }
    if (argv[0] === 'find') return { exitCode: 0, stdout: entries('pve1'), stderr: '' };
    if (argv[0] === 'grep') return { exitCode: 0, stdout: grep, stderr: '' };
    const path = argv[2] ?? '';
    if (path === '/cluster/resources') return json(resources);
    if (path === '/cluster/status')
      return o.noStatus
        ? { exitCode: 403, stdout: '', stderr: 'Permission check failed (/, Sys.Audit)\n' }
        : json(status);
    if (path === '/version') return json({ version: '9.1.2', release: '9.1', repoid: 'x' });
    let m = /^\/nodes\/([^/]+)\/network$/.exec(path);
    if (m && up(m[1]!))
      return json([
        { iface: 'vmbr0', type: 'bridge' },
        { iface: `vmbr${m[1]!.slice(3)}`, type: 'bridge' },
        { iface: 'eno1', type: 'eth' },
      ]);
    m = /^\/nodes\/([^/]+)\/storage\/(local|nfs)\/content$/.exec(path);
    if (m && up(m[1]!) && (m[2] === 'nfs' || !argv.includes('--content')))
      return json(
        m[2] === 'nfs'
          ? [{ volid: SHARED_TPL, content: 'vztmpl' }]
          : [
              { volid: TPL, content: 'vztmpl' },
              { volid: IMG, content: 'import' },
              { volid: 'local:iso/x.iso', content: 'iso' },
            ],
      );
    return { exitCode: 2, stdout: '', stderr: `no answer for ${argv.join(' ')}\n` };
  };
  const calls: string[][] = [];
  return {
    description: 'fake cluster',
    hostTimeouts: o.hostTimeouts ?? false,
    calls,
    async run(argv) {
      calls.push([...argv]);
      // Under `timeout --kill-after=10s 120s`, the command itself starts at argv[3].
      return answer(o.hostTimeouts && argv[0] === 'timeout' ? argv.slice(3) : argv);
    },
    async close() {},
  };
}

describe('readLiveState of a cluster', () => {
  test('every node in nodeDetails: address, online, local, its bridges, device nodes and profiles', async () => {
    const t = fakeCluster(3);
    const live = await readLiveState(t);
    expect(live.nodes).toEqual(['pve1', 'pve2', 'pve3']);
    expect(live.nodeDetails).toEqual(
      ['pve1', 'pve2', 'pve3'].map((name, i) => ({
        name,
        online: true,
        address: `10.0.0.${i + 1}`,
        local: i === 0,
        bridges: ['vmbr0', `vmbr${i + 1}`],
        deviceNodes: ['/dev/fuse', '/dev/null', ...(name === 'pve2' ? ['/dev/nvidia0'] : [])],
        apparmorProfiles: name === 'pve1' ? ['lxc-default', 'lxc-phoenix'] : ['lxc-default'],
        // Its own `local` and the shared `nfs`.
        templates: [TPL, SHARED_TPL],
      })),
    );
    // Top level as before clusters: the union of bridges; the read-from node's entries.
    expect(live.bridges).toEqual(['vmbr0', 'vmbr1', 'vmbr2', 'vmbr3']);
    expect(live.deviceNodes).toEqual(['/dev/fuse', '/dev/null']);
    expect(live.apparmorProfiles).toEqual(['lxc-default', 'lxc-phoenix']);
    expect(live.guests.map((g) => [g.id, g.node])).toEqual([
      [101, 'pve1'],
      [102, 'pve2'],
      [103, 'pve3'],
    ]);
    expect(live.templates).toEqual([TPL, SHARED_TPL]);
    expect(live.images).toEqual([IMG]);
    expect(live.storages.filter((s) => s.id === 'nfs')).toEqual([
      { id: 'nfs', type: 'nfs', content: ['vztmpl', 'backup'], shared: true },
    ]);
    expect(live.storages.filter((s) => s.id === 'local').map((s) => [s.node, s.shared])).toEqual([
      ['pve1', false],
      ['pve2', false],
      ['pve3', false],
    ]);
    // The other nodes' listings hop from pve1 to their cluster address; pve1's own runs directly.
    expect(t.calls.filter((a) => a[0] === 'find')).toHaveLength(1);
    expect(t.calls.map((a) => hopTarget(a)).filter((h) => h !== undefined)).toEqual([
      { node: 'pve2', address: '10.0.0.2', command: FIND },
      { node: 'pve3', address: '10.0.0.3', command: FIND },
    ]);
    // The shared storage is listed once, from the node read from.
    expect(t.calls.filter((a) => a[2]?.endsWith('/storage/nfs/content')).map((a) => a[2])).toEqual([
      '/nodes/pve1/storage/nfs/content',
    ]);
  });

  test('state-read commands = 5 + 3 × nodes for 1, 3 and 10 nodes (constant + k × nodes)', async () => {
    const counts: number[] = [];
    for (const n of [1, 3, 10]) {
      const t = fakeCluster(n);
      const argvs: string[][] = [];
      const live = await readLiveState(t, { onCommand: (a) => argvs.push([...a]) });
      expect(live.nodeDetails).toHaveLength(n);
      expect(live.nodeDetails!.every((d) => d.deviceNodes !== undefined)).toBe(true);
      expect(argvs).toEqual(t.calls); // every command is reported, in order
      counts.push(argvs.length);
      // per node: network, one `local` listing (templates and images together), one `find`
      const perNode = (node: string) =>
        argvs.filter(
          (a) => (a[0] === 'pvesh' && a[2]!.startsWith(`/nodes/${node}/`)) || hopTarget(a)?.node === node,
        );
      expect(perNode('pve1')).toHaveLength(3); // network, `local`, the shared `nfs`; `find` runs directly
      if (n > 1) expect(perNode(`pve${n}`)).toHaveLength(3); // network, `local`, `find` through the hop
    }
    // resources, status, grep, version, the shared `nfs` listing; then 3 per node
    expect(counts).toEqual([5 + 3 * 1, 5 + 3 * 3, 5 + 3 * 10]);
  });

  test('an offline node gets no per-node read; its guests are still listed', async () => {
    const t = fakeCluster(3, { offline: ['pve3'] });
    const live = await readLiveState(t);
    expect(live.nodeDetails![2]).toEqual({ name: 'pve3', online: false, address: '10.0.0.3', local: false });
    expect(t.calls.filter((a) => a.join(' ').includes('pve3') && a[0] !== 'grep')).toEqual([]);
    expect(t.calls.find((a) => a[0] === 'grep')).toContain('/etc/pve/nodes/pve3/lxc');
    expect(live.guests.find((g) => g.id === 103)).toMatchObject({
      node: 'pve3',
      name: 'ct103',
      status: 'unknown',
    });
    expect(live.bridges).toEqual(['vmbr0', 'vmbr1', 'vmbr2']);
    expect(t.calls).toHaveLength(5 + 3 * 2);
  });

  test('a failing hop leaves that node facts unknown, says why, and the read goes on', async () => {
    const t = fakeCluster(3, { unreachable: ['pve2'] });
    const warnings: string[] = [];
    const live = await readLiveState(t, { onWarning: (m) => warnings.push(m) });
    const [one, two, three] = live.nodeDetails!;
    expect(two).toEqual({
      name: 'pve2',
      online: true,
      address: '10.0.0.2',
      local: false,
      bridges: ['vmbr0', 'vmbr2'],
      templates: [TPL, SHARED_TPL],
    });
    expect(one!.deviceNodes).toEqual(['/dev/fuse', '/dev/null']);
    expect(three!.deviceNodes).toEqual(['/dev/fuse', '/dev/null']);
    expect(warnings).toEqual([
      'node pve2: listing /dev and /etc/apparmor.d/lxc through ssh to 10.0.0.2 failed (exit 255: ' +
        'ssh: connect to host 10.0.0.2 port 22: No route to host): its device nodes and AppArmor profiles are unknown',
    ]);
    expect(live.guests).toHaveLength(3);
  });

  test('a hop that throws (the transport gave up) is a warning too', async () => {
    const t = fakeCluster(2);
    const run = t.run.bind(t);
    t.run = (argv, o) =>
      hopTarget(argv) ? Promise.reject(new Error('timed out after 120000 ms')) : run(argv, o);
    const warnings: string[] = [];
    const live = await readLiveState(t, { onWarning: (m) => warnings.push(m) });
    expect(live.nodeDetails![1]!.deviceNodes).toBeUndefined();
    expect(warnings[0]).toContain('node pve2');
    expect(warnings[0]).toContain('timed out after 120000 ms');
  });

  test('under the host timeout the whole hop is bounded (timeout outside ssh)', async () => {
    const t = fakeCluster(2, { hostTimeouts: true });
    const live = await readLiveState(t);
    const hop = t.calls.find((a) => a.includes('ssh'))!;
    expect(hop.slice(0, 4)).toEqual(['timeout', '--kill-after=10s', '120s', 'ssh']);
    expect(hopTarget(hop.slice(3))).toEqual({ node: 'pve2', address: '10.0.0.2', command: FIND });
    expect(live.nodeDetails![1]!.deviceNodes).toEqual(['/dev/fuse', '/dev/null', '/dev/nvidia0']);
  });

  test('without /cluster/status: no addresses, no hop, the node read from listed at the top level', async () => {
    const t = fakeCluster(3, { noStatus: true });
    const warnings: string[] = [];
    const live = await readLiveState(t, { onWarning: (m) => warnings.push(m) });
    expect(live.nodeDetails!.map((d) => Object.keys(d).sort())).toEqual([
      ['bridges', 'name', 'online', 'templates'],
      ['bridges', 'name', 'online', 'templates'],
      ['bridges', 'name', 'online', 'templates'],
    ]);
    expect(live.deviceNodes).toEqual(['/dev/fuse', '/dev/null']);
    expect(t.calls.some((a) => hopTarget(a) !== undefined)).toBe(false);
    expect(warnings).toEqual([
      expect.stringContaining("'pvesh get /cluster/status' failed (exit 403: Permission check failed"),
    ]);
  });

  test('one node outside a cluster: /cluster/status lists it alone, local', async () => {
    const t = fakeCluster(1);
    const live = await readLiveState(t);
    expect(live.nodeDetails).toEqual([
      {
        name: 'pve1',
        online: true,
        address: '10.0.0.1',
        local: true,
        bridges: ['vmbr0', 'vmbr1'],
        deviceNodes: ['/dev/fuse', '/dev/null'],
        apparmorProfiles: ['lxc-default', 'lxc-phoenix'],
        templates: [TPL, SHARED_TPL],
      },
    ]);
  });

  test('per-node reads overlap, at most 4 at once, and a failing one ends the read with no command after it', async () => {
    const t = fakeCluster(10);
    const run = t.run.bind(t);
    let inFlight = 0;
    let most = 0;
    t.run = async (argv, o) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      try {
        if (argv[2] === '/nodes/pve3/network') return { exitCode: 500, stdout: '', stderr: 'proxy loop\n' };
        return await run(argv, o);
      } finally {
        inFlight--;
      }
    };
    const err = await readLiveState(t).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StateReadError);
    expect((err as StateReadError).argv[2]).toBe('/nodes/pve3/network');
    expect(most).toBe(4);
    expect(inFlight).toBe(0); // nothing still running when the read failed
    const sent = t.calls.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(t.calls.length).toBe(sent);
    expect(sent).toBeLessThan(5 + 3 * 10);
  });
});
