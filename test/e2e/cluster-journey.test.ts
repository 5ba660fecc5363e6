/**
 * The issue-12 journey on a simulated three-node Proxmox VE cluster (test/fixtures/cluster-estate:
 * 30 guests; a template on shared storage cloned onto other nodes with `--target`, a template on
 * node-local storage whose clones are made on its node and migrated, a VM template with clones on
 * every node): `sim init --from-config --nodes` → setup-hypervisor (every node) → apply →
 * every guest on the node its config names, a second apply that sends no mutating command, then a
 * node change that migrates (never destroys) and converges.
 *
 * The same journey runs again over SSH to node `pve`: a real sshd on 127.0.0.1 whose PATH starts
 * with the simulator shims of that node, so commands for pve2 and pve3 take the node hop (`ssh`)
 * from there, as on a real cluster. Skipped when sshd is absent.
 *
 * Prints the commands and wall time (for the closing note of issue 12).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSshTransport } from '../../src/proxmox/ssh-transport.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { writeShims } from '../../src/sim/shims.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { describeSshd, startSshd, type Sshd } from '../helpers/sshd.js';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { validateConfigDir } from '../../src/config/validate.js';
import type { LiveGuest } from '../../src/model/live-state.js';
import { editConfig, hostState, type Estate } from '../helpers/apply-harness.js';
import { setup, tempDir } from '../helpers/hypervisor-fixtures.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { cli, expectApplied, expectNoChanges, mutatingOf } from '../helpers/upstream-journey.js';

registerExtraCommands();

const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'cluster-estate');
const NODES = ['pve', 'pve2', 'pve3'];

type Json = Record<string, unknown>;

/** The node each guest's config names, by id. */
async function configuredNodes(cfg: string): Promise<Map<number, string>> {
  const v = await validateConfigDir(cfg);
  expect(v.errors).toBe(0);
  return new Map(v.desired.guests.map((g) => [g.id, g.node ?? 'pve']));
}

async function liveById(estate: Estate): Promise<Map<number, LiveGuest>> {
  return new Map((await hostState(estate)).guests.map((g) => [g.id, g]));
}

async function prepare(): Promise<Estate> {
  const dir = tempDir('phoenix-cluster-journey-');
  const cfg = join(dir, 'config');
  mkdirSync(cfg);
  cpSync(FIXTURE, cfg, { recursive: true });
  const state = join(dir, 'host.json');
  const init = await cli(['sim', 'init', '--state', state, '--from-config', cfg, '--nodes', NODES.join(',')]);
  if (init.code !== 0) throw new Error(init.stdout + init.stderr);
  return {
    dir,
    configDir: cfg,
    statePath: state,
    desired: (await validateConfigDir(cfg)).desired,
    fixes: [],
  };
}

type Connect = () => Promise<HostTransport>;

async function journey(
  estate: Estate,
  label: string,
  ssh?: { url: string; connect: Connect },
): Promise<void> {
  const t0 = performance.now();
  const connect = ssh?.connect;
  const hv = await setup(
    estate.configDir,
    estate.statePath,
    ssh ? { target: ssh.url, openTransport: ssh.connect } : {},
  );
  expect(hv.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (hv.exitCode !== 0)
    throw new Error(
      JSON.stringify(
        hv.report?.steps.filter((s) => s.error),
        null,
        2,
      ),
    );
  const tSetup = performance.now();

  const first = await expectApplied(estate, 'first apply', connect);
  expect(first.job.result!.guests).toHaveLength(30);
  const tApply = performance.now();
  const want = await configuredNodes(estate.configDir);
  let live = await liveById(estate);
  for (const [id, node] of want) expect([id, live.get(id)?.node]).toEqual([id, node]);
  // Clones of the shared-storage template went straight to their node; clones of the node-local
  // one were made on its node and migrated.
  const argvs = first.commands.map((c) => c.argv.join(' '));
  expect(argvs.some((a) => /pct'? '?clone'? '?900'? '?1010\b[\s\S]*--target'? '?pve2/.test(a))).toBe(true);
  expect(argvs.some((a) => /pct'? '?migrate'? '?1110'? '?pve2/.test(a))).toBe(true);

  const second = await expectNoChanges(estate, 'second apply', connect);
  const tSecond = performance.now();

  // A running VM whose disks are node-local and have snapshots cannot move: Proxmox refuses an
  // online storage migration with snapshots, so the plan does, before any command.
  editConfig(estate.configDir, 'phoenix_vm_configs.json', (j: Json) => {
    (j.vms as Json[]).find((v) => v.vmid === 9111)!.node = 'pve3';
  });
  const refused = await cli([
    'plan',
    '--config-dir',
    estate.configDir,
    '--target',
    `sim:${estate.statePath}`,
  ]);
  expect(refused.code).not.toBe(0);
  expect(refused.stdout + refused.stderr).toMatch(
    /vm\/9111: cannot migrate to node pve3: scsi0 is on node-local storage local-lvm and the running VM has snapshots/,
  );
  editConfig(estate.configDir, 'phoenix_vm_configs.json', (j: Json) => {
    (j.vms as Json[]).find((v) => v.vmid === 9111)!.node = 'pve2';
  });

  // Day 2: CT 1010 and VM 9110 (both on shared storage, running) move to pve3.
  const before = await liveById(estate);
  editConfig(estate.configDir, 'phoenix_lxc_configs.json', (j: Json) => {
    ((j.lxc_configs as Json)['1010'] as Json).node = 'pve3';
  });
  editConfig(estate.configDir, 'phoenix_vm_configs.json', (j: Json) => {
    const vm = (j.vms as Json[]).find((v) => v.vmid === 9110)!;
    vm.node = 'pve3';
  });
  const plan = await cli(['plan', '--config-dir', estate.configDir, '--target', `sim:${estate.statePath}`]);
  expect(plan.stdout).toMatch(/node: pve2 -> pve3 \[migrate\]/);
  expect(plan.stdout).toContain('Plan: 0 to create, 2 to change, 0 to destroy.');
  expect(plan.stdout).not.toMatch(/rebuild/);
  const moved = await expectApplied(estate, 'node change', connect);
  live = await liveById(estate);
  expect(live.get(1010)!.node).toBe('pve3');
  expect(live.get(9110)!.node).toBe('pve3');
  // Moved, not rebuilt: the same disks, still running.
  expect(live.get(1010)!.config.rootfs).toBe(before.get(1010)!.config.rootfs);
  expect(live.get(9110)!.config.scsi0 ?? live.get(9110)!.config.virtio0).toBe(
    before.get(9110)!.config.scsi0 ?? before.get(9110)!.config.virtio0,
  );
  expect(live.get(1010)!.status).toBe('running');
  expect(live.get(9110)!.status).toBe('running');
  await expectNoChanges(estate, 'after the node change', connect);

  // Day 2: a new CT on pve3 made straight from the appliance template. Setup downloaded it into
  // every node's own `local`; the plan reads pve3's listing (not pve's) to know it is there.
  editConfig(estate.configDir, 'phoenix_lxc_configs.json', (j: Json) => {
    const base = (j.lxc_configs as Json)['901'] as Json;
    (j.lxc_configs as Json)['1200'] = {
      ...base,
      name: 'solo-pve3',
      node: 'pve3',
      is_template: false,
      network_config: { ...(base.network_config as Json), ip: '10.0.0.99/24' },
      mac_address: '52:54:00:C0:12:00',
    };
  });
  const added = await expectApplied(estate, 'a new CT on pve3', connect);
  expect(added.commands.some((c) => /pveam'? '?download/.test(c.argv.join(' ')))).toBe(false);
  const pve3 = (await hostState(estate)).nodeDetails?.find((n) => n.name === 'pve3');
  expect(pve3?.templates).toContain('local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst');
  expect((await liveById(estate)).get(1200)?.node).toBe('pve3');
  await expectNoChanges(estate, 'after the new CT', connect);
  const tEnd = performance.now();

  process.stdout.write(
    `cluster journey ${label} (3 nodes, 30 guests): setup ${hv.commands.length} commands ` +
      `(${hv.commands.filter((c) => !c.readOnly).length} mutating), ${Math.round(tSetup - t0)} ms; ` +
      `first apply ${first.commands.length} (${mutatingOf(first)}), ${Math.round(tApply - tSetup)} ms; ` +
      `second apply ${second.commands.length} (0), ${Math.round(tSecond - tApply)} ms; ` +
      `node change ${moved.commands.length} (${mutatingOf(moved)}); whole ${Math.round(tEnd - t0)} ms\n`,
  );
}

test('three nodes, 30 guests: setup, apply, each guest on its node, no-op re-apply, a node change migrates', async () => {
  await journey(await prepare(), 'on the simulator');
}, 180_000);

describeSshd('the cluster journey over SSH to one node', () => {
  let work: string;
  let entry: string;
  let sshd: Sshd | undefined;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'phoenix-cluster-ssh-'));
    entry = transpilePhoenix(join(work, 'phoenix'));
  }, 120_000);
  afterAll(async () => {
    await sshd?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('setup, apply, no-op re-apply and a migration through sshd on pve, the hop to pve2 and pve3', async () => {
    const estate = await prepare();
    const shimDir = join(estate.dir, 'shims');
    writeShims({ statePath: estate.statePath, outDir: shimDir, entry, simNode: 'pve' });
    sshd = await startSshd({ shimDir });
    const server = sshd;
    const connect = () =>
      createSshTransport(server.url, { identity: server.identity, knownHosts: server.knownHosts, env: {} });
    await journey(estate, 'over SSH', { url: server.url, connect });
  }, 900_000);
});
