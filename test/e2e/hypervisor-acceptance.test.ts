/**
 * Acceptance of setup-hypervisor on a fresh simulated host with the seed-era config
 * (../shared/fixtures/upstream/829c047, firewall block mended): the dry run changes nothing and
 * lists every step; apply converges; a second apply runs no mutating command; no disk is wiped
 * without confirmation; a failing step stops the steps that depend on it, and says which.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEP_IDS } from '../../src/hypervisor/types.js';
import { checkArgvAgainstApi, type PveApiVersion } from '../helpers/pve-api.js';
import { describeShared } from '../helpers/shared.js';
import {
  editState,
  freshHost,
  mutating,
  readState,
  SECRETS,
  setup,
  statusOf,
  tempDir,
  UPSTREAM_DISKS,
  upstreamConfigDir,
} from '../helpers/hypervisor-fixtures.js';
import type { SetupOutcome } from '../../src/hypervisor/setup.js';

const API_PROGRAMS = new Set(['pvesm', 'pveum', 'pvesh', 'pveam']);

/** Problems the API schema finds in the run's Proxmox CLI commands. */
function apiProblems(o: SetupOutcome, version: PveApiVersion): string[] {
  return o.commands
    .filter((c) => API_PROGRAMS.has(c.argv[0]!))
    .flatMap((c) => checkArgvAgainstApi(c.argv, version).map((p) => `${c.argv.join(' ')}: ${p}`));
}

const blankDisks = { disks: UPSTREAM_DISKS.map((path) => ({ path })) };

describeShared('setup-hypervisor on the 829c047 estate', () => {
  let dir: string;
  beforeAll(() => {
    dir = upstreamConfigDir();
  });

  test('the dry run runs only read-only commands, leaves the host as it was and lists every step', async () => {
    const state = await freshHost(blankDisks);
    const before = readFileSync(state, 'utf8');
    const dry = await setup(dir, state, { dryRun: true });
    expect(dry.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(dry.exitCode).toBe(0);
    expect(mutating(dry)).toEqual([]);
    expect(dry.commands.length).toBeGreaterThan(20);
    expect(readFileSync(state, 'utf8')).toBe(before);
    const steps = dry.report!.steps;
    expect(steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    // Everything the seed-era config asks for is missing on a fresh host, except VFIO (not configured)
    // and the network (the installer set up vmbr0 and /etc/hosts with the configured address).
    expect(statusOf(dry)).toEqual({
      ...Object.fromEntries(STEP_IDS.map((id) => [id, 'planned'])),
      vfio: 'unchanged',
      network: 'unchanged',
    });
    const targets = steps.flatMap((s) => s.changes.map((c) => c.target));
    expect(targets).toEqual(
      expect.arrayContaining([
        'pool quickOS',
        'pool fastData',
        'dataset quickOS/vm-disks',
        'storage quickOS-lxc-disks',
        'storage fastData-shared-iso',
        '/etc/exports.d/phoenix.exports',
        'NVIDIA driver',
        'Proxmox user phoenix_admin@pam',
        '/etc/pve/firewall/cluster.fw',
        '/etc/apparmor.d/lxc/lxc-phoenix-v2',
        'fastData-shared-iso:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
        // Cloud images go where apply imports them from (import content), with the agent's vendor data.
        'local:import/noble-server-cloudimg-amd64.qcow2',
        'storage local',
        '/var/lib/vz/snippets/phoenix-agent.yaml',
      ]),
    );
  });

  test('apply converges, and a second apply runs zero mutating commands', async () => {
    const state = await freshHost(blankDisks);
    const first = await setup(dir, state);
    expect({ status: statusOf(first), exit: first.exitCode }).toEqual({
      status: {
        ...Object.fromEntries(STEP_IDS.map((id) => [id, 'changed'])),
        vfio: 'unchanged',
        network: 'unchanged',
      },
      exit: 0,
    });
    expect(first.report!.steps.find((s) => s.id === 'nvidia')!.reboot).toBe(true);
    expect(apiProblems(first, 'pve9')).toEqual([]);

    const s = await readState(state);
    const node = s.nodes.pve!;
    expect(Object.keys(node.zpools).sort()).toEqual(['fastData', 'quickOS']);
    expect(node.zpools.quickOS!.vdevs).toEqual(['mirror', UPSTREAM_DISKS[0], UPSTREAM_DISKS[1]]);
    expect(node.datasets['fastData/shared-bulk-data']!.properties).toMatchObject({
      quota: '1.4T',
      recordsize: '1M',
    });
    expect(s.storages['quickOS-lxc-disks']).toMatchObject({ type: 'zfspool', content: ['rootdir'] });
    expect(s.storages['fastData-shared-iso']).toMatchObject({
      type: 'dir',
      options: { path: '/fastData/shared-iso' },
    });
    expect(s.volumes.map((v) => `${v.storage}:${v.volname}`).sort()).toEqual([
      'fastData-shared-iso:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
      'local:import/noble-server-cloudimg-amd64.qcow2',
    ]);
    expect(s.access.users['phoenix_admin@pam']).toBeDefined();
    expect(s.access.acl).toContainEqual(
      expect.objectContaining({ path: '/', ugid: 'phoenix_admin@pam', roleid: 'Administrator' }),
    );
    expect(node.packages).toMatchObject({
      samba: expect.any(String),
      'nfs-kernel-server': expect.any(String),
    });

    const second = await setup(dir, state);
    expect(mutating(second)).toEqual([]);
    expect(Object.values(statusOf(second)).every((st) => st === 'unchanged')).toBe(true);
    expect(second.exitCode).toBe(0);
  });

  test('the same config converges on Proxmox VE 8 (.list repositories), with commands valid for 8.4', async () => {
    const state = await freshHost(blankDisks, { pveVersion: '8.4.1' });
    const first = await setup(dir, state);
    expect(first.exitCode).toBe(0);
    expect(apiProblems(first, 'pve8')).toEqual([]);
    const files = (await readState(state)).nodes.pve!.files;
    const text = (p: string): string => Buffer.from(files[p]!.data, 'base64').toString('utf8');
    expect(text('/etc/apt/sources.list.d/pve-enterprise.list')).toBe(
      '# deb https://enterprise.proxmox.com/debian/pve bookworm pve-enterprise\n',
    );
    expect(text('/etc/apt/sources.list.d/pve-no-subscription.list')).toContain(
      'deb http://download.proxmox.com/debian/pve bookworm pve-no-subscription',
    );
    expect(mutating(await setup(dir, state))).toEqual([]);
  });

  test('a disk that holds data is never wiped without confirmation; the pool and what depends on it wait', async () => {
    const state = await freshHost({
      disks: [
        { path: UPSTREAM_DISKS[0]! },
        { path: UPSTREAM_DISKS[1]!, hasData: true },
        { path: UPSTREAM_DISKS[2]! },
      ],
    });
    const dry = await setup(dir, state, { dryRun: true });
    const pools = dry.report!.steps.find((s) => s.id === 'zfs-pools')!;
    expect(pools.status).toBe('blocked');
    expect(pools.error).toContain(
      `disk ${UPSTREAM_DISKS[1]} holds data (gpt partition table, 1 partition(s) (ext4))`,
    );
    expect(pools.error).toContain('--confirm-destructive');

    const run = await setup(dir, state);
    expect(run.exitCode).toBe(1);
    expect(mutating(run).filter((c) => /^(wipefs|zpool create)/.test(c))).toEqual([]);
    const st = statusOf(run);
    expect(st['zfs-pools']).toBe('blocked');
    for (const dependent of ['zfs-datasets', 'storages', 'nfs', 'samba', 'templates'])
      expect(st[dependent]).toBe('skipped');
    expect(run.report!.steps.find((s) => s.id === 'templates')!.error).toBe(
      'skipped: it depends on storages, which depends on zfs-pools, which was blocked',
    );
    for (const independent of ['apt', 'time', 'zfs-arc', 'nvidia', 'access', 'firewall', 'apparmor'])
      expect(st[independent]).toBe('changed');
    const after = await readState(state);
    expect(after.nodes.pve!.zpools).toEqual({});
    expect(after.nodes.pve!.disks.find((d) => d.path === UPSTREAM_DISKS[1])!.hasData).toBe(true);

    // Naming the disk allows exactly that wipe; then everything converges.
    const confirmed = await setup(dir, state, { confirmDestructive: [UPSTREAM_DISKS[1]!] });
    expect(confirmed.exitCode).toBe(0);
    expect(mutating(confirmed).filter((c) => c.startsWith('wipefs'))).toEqual([
      `wipefs --all -- ${UPSTREAM_DISKS[1]}-part1`,
      `wipefs --all -- ${UPSTREAM_DISKS[1]}`,
    ]);
    expect(confirmed.report!.steps.find((s) => s.id === 'zfs-pools')!.changes[0]!.destructive).toBe(true);
    expect(mutating(await setup(dir, state))).toEqual([]);
  });

  test('a failing step stops the steps that depend on it and the report says which', async () => {
    const state = await freshHost(blankDisks);
    await editState(state, (s) => {
      s.settings.faults.push({
        op: 'zpool create',
        nth: 1,
        exitCode: 1,
        message: "cannot create 'quickOS': I/O error",
      });
    });
    const run = await setup(dir, state);
    expect(run.exitCode).toBe(1);
    const pools = run.report!.steps.find((s) => s.id === 'zfs-pools')!;
    expect(pools.status).toBe('failed');
    expect(pools.error).toContain("cannot create 'quickOS': I/O error");
    const skipped = run.report!.steps.filter((s) => s.status === 'skipped');
    expect(skipped.map((s) => s.id)).toEqual(['zfs-datasets', 'storages', 'nfs', 'samba', 'templates']);
    for (const s of skipped) expect(s.cause).toBe('zfs-pools');
    expect(skipped.find((s) => s.id === 'nfs')!.error).toBe(
      'skipped: it depends on zfs-datasets, which depends on zfs-pools, which failed',
    );
    expect(mutating(run).filter((c) => /^(zfs create|pvesm add|exportfs|pveam download)/.test(c))).toEqual(
      [],
    );
    // The fault fired once: the next run finishes the job.
    const again = await setup(dir, state);
    expect(again.exitCode).toBe(0);
    expect(statusOf(again)['zfs-pools']).toBe('changed');
  });

  test('the audit log has every host command in order, and no secret', async () => {
    const state = await freshHost(blankDisks);
    const log = join(tempDir(), 'audit.jsonl');
    const run = await setup(dir, state, { auditLog: log });
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { argv: string[]; exit: number });
    expect(lines.map((l) => l.argv.join(' '))).toEqual(run.commands.map((c) => c.argv.join(' ')));
    const text = readFileSync(log, 'utf8');
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(lines.filter((l) => l.argv[0] === 'chpasswd')).toEqual([
      { argv: ['chpasswd', '--encrypted'], exit: 0, ms: expect.any(Number) },
    ]);
  });
});
