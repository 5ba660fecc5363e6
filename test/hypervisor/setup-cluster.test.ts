/**
 * setup-hypervisor on a simulated two-node cluster (pve, pve2), connected to pve: cluster-wide
 * steps (storages, access) run once on the connected node, per-node steps (apt, admin, ZFS) on each
 * node, pve2's through the ssh hop; a node's own `zfs` replaces the top-level one there and the
 * storages of each side are restricted to their nodes; `--node` sets up one node.
 */
import { join } from 'node:path';
import { hopTarget } from '../../src/proxmox/commands.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { createInitialState, SimStore, type SimState } from '../../src/sim/index.js';
import { seedHypervisorHost } from '../../src/sim/hypervisor/index.js';
import { configDir, readState, setup, tempDir } from '../helpers/hypervisor-fixtures.js';
import type { SetupOutcome } from '../../src/hypervisor/setup.js';
import { renderSetupJson, renderSetupText } from '../../src/hypervisor/render.js';
import { resolveHostConfig } from '../../src/model/host-config/resolve.js';
import { runStepsOn } from '../../src/hypervisor/runner.js';
import { defineStep } from '../../src/hypervisor/steps/define.js';
import type { SetupHost } from '../../src/hypervisor/host.js';
import type { SetupConfig, StepId, StepScope } from '../../src/hypervisor/types.js';

type Obj = Record<string, unknown>;

const ADDRESSES: Record<string, string> = { pve: '10.0.0.11', pve2: '10.0.0.12' };

/** A two-node cluster, each node a fresh install with blank disks /dev/sdb and /dev/sdc. */
async function cluster(): Promise<string> {
  const path = join(tempDir('phoenix-hv-cluster-'), 'state.json');
  const store = new SimStore(path, { initial: { nodes: ['pve', 'pve2'], clusterName: 'lab' } });
  await store.update((s: SimState) => {
    const fresh = createInitialState({ nodes: ['pve', 'pve2'], clusterName: 'lab' });
    Object.assign(s, fresh);
    for (const node of ['pve', 'pve2']) {
      s.localNode = node;
      seedHypervisorHost(s, {
        address: `${ADDRESSES[node]}/24`,
        gateway: '10.0.0.1',
        disks: [{ path: '/dev/sdb' }, { path: '/dev/sdc' }],
      });
      s.nodes[node]!.address = ADDRESSES[node];
    }
    s.localNode = 'pve';
  });
  return path;
}

const pool = (name: string, disk: string): Obj => ({ name, raid_level: 'single', disks: [disk] });
const dataset = (name: string, p: string): Obj => ({
  name,
  pool: p,
  proxmox_storage_type: 'zfspool',
  proxmox_content_type: 'images,rootdir',
});

const hv = (nodes: Obj[]): Obj => ({
  network: { interfaces: { name: 'vmbr0', address: '10.0.0.11/24', gateway: '10.0.0.1' } },
  apt: { packages: ['jq'] },
  users: { username: 'ops', sudo_access: false },
  zfs: { pools: [pool('tank', '/dev/sdb')], datasets: [dataset('vm', 'tank')] },
  cluster: { default_node: 'pve', nodes },
});

/** pve2 has its own address; both nodes use the top-level zfs (a pool on their own /dev/sdb). */
const NODES = [
  { name: 'pve' },
  { name: 'pve2', network: { interfaces: { name: 'vmbr0', address: '10.0.0.12/24', gateway: '10.0.0.1' } } },
];

/** pve2 also brings its own zfs: pool `fast` on /dev/sdc. */
const OWN_ZFS = [
  NODES[0]!,
  { ...NODES[1]!, zfs: { pools: [pool('fast', '/dev/sdc')], datasets: [dataset('vm', 'fast')] } },
];

const STEPS = ['apt', 'network', 'zfs-pools', 'zfs-datasets', 'storages', 'admin', 'access'];

const run = (
  dir: string,
  state: string,
  o: { node?: string; dryRun?: boolean } = {},
): Promise<SetupOutcome> =>
  setup(dir, state, {
    steps: STEPS,
    openTransport: async () => new SimTransport(state, { env: {}, node: 'pve' }),
    ...o,
  });

const ran = (o: SetupOutcome): string[] =>
  (o.report?.steps ?? [])
    .filter((s) => s.status !== 'not-selected')
    .map((s) => `${s.id}${s.node ? `@${s.node}` : ''}:${s.status}`);

/** Mutating commands as `node: argv`, the hop unwrapped. */
const mutatingOn = (o: SetupOutcome): string[] =>
  o.commands
    .filter((c) => !c.readOnly)
    .map((c) => {
      const hop = hopTarget(c.argv);
      return hop
        ? `${hop.node}@${hop.address}: ${hop.command.replace(/'/g, '')}`
        : `local: ${c.argv.join(' ')}`;
    });

describe('setup-hypervisor on a cluster', () => {
  test('cluster-wide steps once, per-node steps on each node (the other through the hop, with its own network); a second run changes nothing', async () => {
    const state = await cluster();
    const dir = configDir(hv(NODES));
    const first = await run(dir, state);
    expect(first.exitCode).toBe(0);
    expect(ran(first)).toEqual([
      'apt@pve:changed',
      'apt@pve2:changed',
      'network@pve:unchanged',
      'network@pve2:unchanged',
      'zfs-pools@pve:changed',
      'zfs-pools@pve2:changed',
      'zfs-datasets@pve:changed',
      'zfs-datasets@pve2:changed',
      'storages:changed',
      'admin@pve:changed',
      'admin@pve2:changed',
      'access:changed',
    ]);
    const cmds = mutatingOn(first);
    expect(cmds).toContain('local: zpool create -o ashift=12 tank /dev/sdb');
    expect(cmds).toContain('pve2@10.0.0.12: zpool create -o ashift=12 tank /dev/sdb');
    expect(cmds).toContain('pve2@10.0.0.12: useradd --create-home --shell /bin/bash -- ops');
    // Storages and the Proxmox user are made once, on the connected node, never through the hop.
    expect(cmds.filter((c) => c.includes('pvesm add'))).toEqual([
      'local: pvesm add zfspool tank-vm --pool tank/vm --content images,rootdir',
    ]);
    expect(cmds.filter((c) => c.includes('pveum'))).toEqual([
      'local: pveum user add ops@pam --comment Phoenix admin',
      'local: pveum acl modify / --roles Administrator --users ops@pam --propagate 1',
    ]);
    const s = await readState(state);
    expect(Object.keys(s.nodes.pve!.zpools)).toEqual(['tank']);
    expect(Object.keys(s.nodes.pve2!.zpools)).toEqual(['tank']);

    const second = await run(dir, state);
    expect(second.exitCode).toBe(0);
    expect(mutatingOn(second)).toEqual([]);
    expect(ran(second).every((r) => r.endsWith(':unchanged'))).toBe(true);
  });

  test("a node's own zfs replaces the top-level one there; the storages of each side are restricted to their nodes, and one restricted to other nodes is added on one of them", async () => {
    const state = await cluster();
    const dir = configDir(hv(OWN_ZFS));
    const dry = await run(dir, state, { dryRun: true });
    expect(dry.exitCode).toBe(0);
    const changes = (id: string, node?: string): string[] =>
      dry.report!.steps.find((x) => x.id === id && x.node === node)!.changes.map((c) => c.summary);
    expect(changes('zfs-pools', 'pve')).toEqual(['create single pool tank on 1 disk(s)']);
    expect(changes('zfs-pools', 'pve2')).toEqual(['create single pool fast on 1 disk(s)']);
    expect(changes('storages')).toEqual([
      'pvesm add zfspool tank-vm (pool tank/vm, content images,rootdir, nodes pve)',
      'pvesm add zfspool fast-vm (pool fast/vm, content images,rootdir, nodes pve2)',
    ]);
    const applied = await run(dir, state);
    const adds = mutatingOn(applied).filter((c) => c.includes('pvesm add'));
    expect(adds).toEqual([
      'local: pvesm add zfspool tank-vm --pool tank/vm --content images,rootdir --nodes pve',
      'pve2@10.0.0.12: pvesm add zfspool fast-vm --pool fast/vm --content images,rootdir --nodes pve2',
    ]);
    const s = await readState(state);
    expect(Object.keys(s.nodes.pve2!.zpools)).toEqual(['fast']);
    expect(s.storages['fast-vm']?.nodes).toEqual(['pve2']);
    expect(s.storages['tank-vm']?.nodes).toEqual(['pve']);
  });

  test('--node sets up that node alone (plus the cluster-wide objects); a node that is not listed is a usage error', async () => {
    const state = await cluster();
    const dir = configDir(hv(NODES));
    const dry = await run(dir, state, { node: 'pve2', dryRun: true });
    expect(dry.exitCode).toBe(0);
    expect(ran(dry)).toEqual([
      'apt@pve2:planned',
      'network@pve2:unchanged',
      'zfs-pools@pve2:planned',
      'zfs-datasets@pve2:planned',
      'storages:planned',
      'admin@pve2:planned',
      'access:planned',
    ]);
    expect(mutatingOn(dry)).toEqual([]);
    // Every command for pve2 went through the hop; the cluster-wide reads ran locally.
    const hops = dry.commands.filter((c) => hopTarget(c.argv));
    expect(hops.length).toBeGreaterThan(3);
    expect(hops.every((c) => hopTarget(c.argv)!.node === 'pve2')).toBe(true);
    await expect(run(dir, state, { node: 'pve9' })).rejects.toThrow(
      '--node pve9 is not in cluster.nodes of the hypervisor file (pve, pve2)',
    );
  });

  test('a failure on one node skips that node’s dependants only; the report names the node', async () => {
    const state = await cluster();
    // pve2's disk holds data and is not confirmed: its pool is blocked, pve goes on.
    const s = new SimStore(state);
    await s.update((x) => {
      x.nodes.pve2!.disks.find((d) => d.path === '/dev/sdc')!.hasData = true;
    });
    const out = await setup(configDir(hv(OWN_ZFS)), state, {
      steps: ['zfs-pools', 'zfs-datasets'],
      confirmDestructive: ['/dev/sdb'],
      // /dev/sdc is pve2's pool disk: not confirmed, and it holds data.
      openTransport: async () => new SimTransport(state, { env: {}, node: 'pve' }),
    });
    expect(out.exitCode).toBe(1);
    expect(ran(out)).toEqual([
      'zfs-pools@pve:changed',
      'zfs-pools@pve2:blocked',
      'zfs-datasets@pve:changed',
      'zfs-datasets@pve2:skipped',
    ]);
  });

  test('templates go only into storages enabled on the node; the others are not its to fill', async () => {
    const state = await cluster();
    const TPL = 'debian-12-standard_12.7-1_amd64.tar.zst';
    const lxc = {
      lxc_configs: {
        '200': { name: 'a', template: `local:vztmpl/${TPL}` },
        '201': { name: 'b', template: `tmpl2:vztmpl/${TPL}` },
      },
    };
    const cfg = {
      ...hv(NODES),
      storages: [{ id: 'tmpl2', type: 'dir', path: '/srv/tmpl2', content: 'vztmpl', nodes: ['pve2'] }],
    };
    const dry = await setup(configDir(cfg, lxc), state, {
      steps: ['templates'],
      dryRun: true,
      openTransport: async () => new SimTransport(state, { env: {}, node: 'pve' }),
    });
    const targets = (node: string): string[] =>
      dry.report!.steps.find((x) => x.id === 'templates' && x.node === node)!.changes.map((c) => c.target);
    expect(targets('pve')).toEqual([`local:vztmpl/${TPL}`]);
    expect(targets('pve2')).toEqual([`local:vztmpl/${TPL}`, `tmpl2:vztmpl/${TPL}`]);
  });

  test('the text and JSON reports name the node of each per-node step', async () => {
    const state = await cluster();
    const dry = await run(configDir(hv(NODES)), state, { dryRun: true });
    const text = renderSetupText(dry.report!);
    expect(text).toMatch(/^zfs-pools@pve2 +would change \(1\) +ZFS pools$/m);
    expect(text).toMatch(/^storages +would change \(1\) +Proxmox storages$/m);
    const json = JSON.parse(renderSetupJson(dry.report!)) as { steps: Array<{ id: string; node?: string }> };
    expect(json.steps.filter((x) => x.id === 'admin').map((x) => x.node)).toEqual(['pve', 'pve2']);
    expect(json.steps.find((x) => x.id === 'access')).not.toHaveProperty('node');
  });
});

describe("a node's own sections in the host model", () => {
  const resolve = (nodes: Obj[], extra: Obj = {}) =>
    resolveHostConfig({
      dir: 'cfg',
      hypervisor: { ...hv(nodes), ...extra },
      guests: [],
      readApparmorSource: () => undefined,
    });

  test('problems in them are reported at their own paths', () => {
    const bad = [
      { name: 'pve' },
      { name: 'pve2', zfs: { pools: [{ name: 'fast', disks: ['sdc'] }] } },
      { name: 'pve2' },
    ];
    const found = resolve(bad).findings.map((f) => `${f.path.join('.')}: ${f.message}`);
    expect(found).toEqual([
      'cluster.nodes.1.zfs.pools.0.disks.0: disk "sdc" must be a /dev/ path (prefer /dev/disk/by-id/...)',
      'cluster.nodes.2.name: node pve2 is listed twice in cluster.nodes',
    ]);
  });

  test('one storage id with two definitions is an error; the same definition on two nodes is one storage for both', () => {
    const same = [
      { name: 'pve', zfs: { pools: [pool('fast', '/dev/sdc')], datasets: [dataset('vm', 'fast')] } },
      { name: 'pve2', zfs: { pools: [pool('fast', '/dev/sdd')], datasets: [dataset('vm', 'fast')] } },
      { name: 'pve3' },
    ];
    const ok = resolve(same);
    expect(ok.findings).toEqual([]);
    expect(ok.config!.storages.map((x) => [x.id, x.nodes])).toEqual([
      ['tank-vm', ['pve3']],
      ['fast-vm', ['pve', 'pve2']],
    ]);
    const clash = [
      { name: 'pve' },
      {
        name: 'pve2',
        zfs: {
          pools: [pool('tank', '/dev/sdc')],
          datasets: [{ ...dataset('vm', 'tank'), proxmox_content_type: 'images' }],
        },
      },
    ];
    expect(resolve(clash).findings.map((f) => `${f.path.join('.')}: ${f.message}`)).toEqual([
      'cluster.nodes.1.zfs.datasets.0: storage tank-vm is zfspool tank/vm, content images on node pve2 but zfspool tank/vm, content images,rootdir elsewhere: one storage id names one definition in storage.cfg',
    ]);
  });
});

describe('the order of a cluster run', () => {
  /** A step that records where it ran and finds one change, blocked when `block` says so. */
  const step = (id: StepId, scope: StepScope, dependsOn: StepId[], ran: string[], block?: string) =>
    defineStep<{ readonly op: 'x' }>({
      id,
      title: id,
      scope,
      dependsOn,
      async check(host) {
        ran.push(`${id}@${(host as unknown as { name: string }).name}`);
        return [
          {
            kind: 'update',
            target: id,
            summary: id,
            data: { op: 'x' },
            ...(block ? { blocked: block } : {}),
          },
        ];
      },
      async apply() {},
    });
  const target = (name: string) => ({
    node: name,
    host: { name, mutations: 0 } as unknown as SetupHost,
    config: {} as SetupConfig,
  });

  test('a failed cluster step skips the node steps that depend on it on every node; node steps wait on their own node only', async () => {
    const ran: string[] = [];
    const [pve, pve2] = [target('pve'), target('pve2')];
    const results = await runStepsOn(
      pve,
      [pve, pve2],
      [
        step('zfs-datasets', 'node', [], ran),
        step('storages', 'cluster', ['zfs-datasets'], ran, 'a conflicting storage'),
        step('templates', 'node', ['storages'], ran),
        step('apparmor', 'node', [], ran),
      ],
      { dryRun: true },
    );
    expect(ran).toEqual([
      'zfs-datasets@pve',
      'zfs-datasets@pve2',
      'storages@pve',
      'apparmor@pve',
      'apparmor@pve2',
    ]);
    expect(results.map((r) => `${r.id}${r.node ? `@${r.node}` : ''}:${r.status}`)).toEqual([
      'zfs-datasets@pve:planned',
      'zfs-datasets@pve2:planned',
      'storages:blocked',
      'templates@pve:skipped',
      'templates@pve2:skipped',
      'apparmor@pve:planned',
      'apparmor@pve2:planned',
    ]);
    expect(results.find((r) => r.id === 'templates')!.error).toBe(
      'skipped: it depends on storages, which was blocked',
    );
  });
});
