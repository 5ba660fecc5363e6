/**
 * The cluster state read end to end on the simulated cluster: `/cluster/status` and the SSH hop
 * as the simulator serves them (sim/cluster.ts, sim/programs/ssh.ts), so each node's `find` runs
 * on that node and sees its own /dev.
 */
import { runState } from '../../src/cli/commands/state.js';
import type { CliIO } from '../../src/cli/io.js';
import type { LiveState } from '../../src/model/live-state.js';
import { hopTarget } from '../../src/proxmox/commands.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { readLiveState } from '../../src/proxmox/state-reader.js';
import { hostSetupOf } from '../../src/sim/hypervisor/state.js';
import { clusterHarness, createCtOn, type ClusterHarness } from '../helpers/sim-cluster.js';

let h: ClusterHarness;
beforeEach(() => {
  h = clusterHarness();
});
afterEach(() => h.cleanup());

test('three simulated nodes: addresses, per-node /dev through the hop, an offline node not read', async () => {
  await createCtOn(h, 'pve', 101);
  await createCtOn(h, 'pve2', 102);
  await createCtOn(h, 'pve3', 103);
  await h.configure((s) => {
    const nv = hostSetupOf(s.nodes.pve2!).nvidia;
    nv.installed = nv.loaded = '580.76.05';
    nv.gpus = 1;
    s.nodes.pve3!.online = false;
  });
  const argvs: string[][] = [];
  const warnings: string[] = [];
  const live = await readLiveState(new SimTransport(h.path, { env: {}, node: 'pve' }), {
    onCommand: (a) => argvs.push([...a]),
    onWarning: (m) => warnings.push(m),
  });
  expect(warnings).toEqual([]);
  expect(live.nodeDetails!.map((d) => [d.name, d.online, d.address, d.local])).toEqual([
    ['pve', true, '192.168.1.10', true],
    ['pve2', true, '192.168.1.11', false],
    ['pve3', false, '192.168.1.12', false],
  ]);
  const [pve, pve2, pve3] = live.nodeDetails!;
  expect(pve!.deviceNodes).toContain('/dev/null');
  expect(pve!.deviceNodes!.some((d) => d.startsWith('/dev/nvidia'))).toBe(false);
  expect(pve2!.deviceNodes).toContain('/dev/nvidia0');
  expect(pve2!.apparmorProfiles).toContain('lxc-default');
  expect(pve2!.bridges).toEqual(['vmbr0']);
  expect(Object.keys(pve3!).sort()).toEqual(['address', 'local', 'name', 'online']);
  expect(live.deviceNodes).toEqual(pve!.deviceNodes); // top level: the node read from
  expect(live.guests.map((g) => [g.id, g.node])).toEqual([
    [101, 'pve'],
    [102, 'pve2'],
    [103, 'pve3'],
  ]);
  expect(argvs.map((a) => hopTarget(a)?.node).filter(Boolean)).toEqual(['pve2']);
  // 4 (resources, status, grep, version) + 3 per online node (network, `local` listing, find)
  expect(argvs).toHaveLength(4 + 3 * 2);
});

test('a single simulated node reads as before, plus /cluster/status', async () => {
  const one = clusterHarness(['pve']);
  try {
    const live = await readLiveState(new SimTransport(one.path, { env: {} }));
    expect(live.nodeDetails).toEqual([
      expect.objectContaining({ name: 'pve', online: true, local: true, bridges: ['vmbr0'] }),
    ]);
    expect(live.nodeDetails![0]!.deviceNodes).toEqual(live.deviceNodes);
  } finally {
    one.cleanup();
  }
});

test('phoenix state says on stderr why a node is unknown, and writes the rest', async () => {
  // The second `find` of the read fails (which node's depends on which starts first).
  await h.configure((s) => {
    s.settings.faults = [{ op: 'find', nth: 2, exitCode: 255, message: 'ssh: Connection reset by peer' }];
  });
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: false,
    env: {},
    cwd: '/',
  };
  expect(await runState(['--target', `sim:${h.path}`], io)).toBe(0);
  const live = JSON.parse(out.join('')) as LiveState;
  const unknown = live.nodeDetails!.filter((d) => d.online && d.deviceNodes === undefined);
  expect(unknown).toHaveLength(1);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(
    new RegExp(`^warning: node ${unknown[0]!.name}: listing /dev and /etc/apparmor.d/lxc `),
  );
  expect(err[0]).toContain('ssh: Connection reset by peer');
  expect(live.nodeDetails!.filter((d) => d.deviceNodes !== undefined)).toHaveLength(2);
});
