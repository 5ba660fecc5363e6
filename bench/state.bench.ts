/**
 * State read over SSH: host commands and wall time of `readLiveState` for 10 / 100 / 1,000 guests
 * on a simulated node reached through a real OpenSSH server on loopback (the simulator's shims
 * first on the SSH user's PATH, so every host command is a separate process, as on Proxmox).
 * The command count must not grow with the number of guests; the run fails if it does.
 *
 * Guests: four seeds made with real commands (a CT template, a running CT with a two-snapshot
 * tree, a stopped CT with tags and a description, a VM with a snapshot), then copied in the
 * state file up to the size (configs, snapshot sections and volumes renumbered).
 * Needs /usr/sbin/sshd and ssh-keygen; prints a skip line without them.
 *
 * Then a simulated cluster of 1, 3 and 10 nodes (one CT per node, Proxmox's default storages):
 * state-read commands and wall time in-process and, with sshd, over SSH to the first node (the
 * other nodes' listings hop through the simulator's `ssh` shim, one more process each). The
 * count must be constant + k × nodes (state-reader.ts: 4 + 3 × nodes); the run fails if not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimTransport } from '../src/proxmox/sim-transport.js';
import { createSshTransport } from '../src/proxmox/ssh-transport.js';
import { readLiveState } from '../src/proxmox/state-reader.js';
import type { HostTransport } from '../src/proxmox/transport.js';
import { runSimCommand, SimStore, type SimState } from '../src/sim/index.js';
import { writeShims } from '../src/sim/shims.js';
import { transpilePhoenix } from '../test/helpers/phoenix-build.js';
import { hasSshd, startSshd, type Sshd } from '../test/helpers/sshd-server.js';

const SIZES = [10, 100, 1_000];
const CLUSTER_NODES = [1, 3, 10];
const RUNS = 3;
const TEMPLATE = 'debian-12-standard_12.7-1_amd64.tar.zst';
const SEED_IDS = [100, 101, 102, 200];

async function must(t: HostTransport, ...argv: string[]): Promise<void> {
  const r = await t.run(argv);
  if (r.exitCode !== 0) throw new Error(`seed command failed: ${argv.join(' ')}: ${r.stderr.trim()}`);
}

async function seed(t: SimTransport): Promise<void> {
  const ct = ['local:vztmpl/' + TEMPLATE, '--memory', '1024', '--rootfs', 'local-lvm:8'];
  await must(t, 'pveam', 'download', 'local', TEMPLATE);
  await must(t, 'pct', 'create', '100', ...ct, '--hostname', 'tpl');
  await must(t, 'pct', 'template', '100');
  await must(t, 'pct', 'clone', '100', '101', '--hostname', 'web');
  await must(t, 'pct', 'start', '101');
  await must(t, 'pct', 'snapshot', '101', 'first');
  await must(t, 'pct', 'snapshot', '101', 'second', '--description', 'after first');
  await must(
    t,
    'pct',
    'create',
    '102',
    ...ct,
    '--hostname',
    'db',
    '--tags',
    'db;prod',
    '--description',
    'the database\nline 2',
  );
  await must(
    t,
    'qm',
    'create',
    '200',
    '--name',
    'vm',
    '--memory',
    '2048',
    '--scsi0',
    'local-lvm:8',
    '--net0',
    'virtio,bridge=vmbr0',
  );
  await must(t, 'qm', 'snapshot', '200', 'base');
}

/** Copies the seed guests (and their volumes) in the state file until it holds `total` guests. */
async function replicate(t: SimTransport, total: number): Promise<void> {
  await t.store.update((s: SimState) => {
    const seeds = SEED_IDS.map((id) => s.guests[String(id)]!);
    let next = 1000;
    for (let i = 0; Object.keys(s.guests).length < total; i++) {
      const from = seeds[i % seeds.length]!;
      const id = next++;
      const renumber = (text: string) =>
        text.replace(new RegExp(`\\b(vm|base|subvol)-${from.vmid}-`, 'g'), `$1-${id}-`);
      const copy = JSON.parse(renumber(JSON.stringify(from))) as typeof from;
      copy.vmid = id;
      copy.conf.main.values[copy.kind === 'lxc' ? 'hostname' : 'name'] = `g${id}`;
      s.guests[String(id)] = copy;
      for (const v of s.volumes.filter((v) => v.vmid === from.vmid)) {
        s.volumes.push({ ...(JSON.parse(renumber(JSON.stringify(v))) as typeof v), vmid: id });
      }
    }
  });
}

function stats(xs: number[]): { median: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
}

/** What one command costs: the SSH round trip alone, and one simulator shim (a node process). */
async function baselines(sshd: Sshd): Promise<void> {
  const ssh = await createSshTransport(sshd.url, {
    identity: sshd.identity,
    knownHosts: sshd.knownHosts,
    env: {},
  });
  try {
    for (const argv of [['true'], ['pvesh', 'get', '/version']]) {
      const times: number[] = [];
      for (let i = 0; i < 11; i++) {
        const start = performance.now();
        const r = await ssh.run(argv, { readOnly: true });
        if (r.exitCode !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
        if (i > 0) times.push(performance.now() - start);
      }
      const { median } = stats(times);
      console.log(`one command over SSH, '${argv.join(' ')}': ${median.toFixed(1)} ms median of 10`);
    }
  } finally {
    await ssh.close();
  }
}

/** A simulated cluster of `n` nodes (pve, pve2, ...) in `statePath`, one CT on each node. */
async function seedCluster(statePath: string, n: number): Promise<string[]> {
  const names = ['pve', ...Array.from({ length: n - 1 }, (_, i) => `pve${i + 2}`)];
  const store = new SimStore(statePath, {
    initial: { nodes: names, clusterName: n > 1 ? 'bench' : undefined },
  });
  for (const [i, node] of names.entries()) {
    for (const argv of [
      ['pveam', 'download', 'local', TEMPLATE],
      ['pct', 'create', String(100 + i), `local:vztmpl/${TEMPLATE}`, '--rootfs', 'local-lvm:4'],
    ]) {
      const r = await runSimCommand(store, argv, { node, onDrop: () => Promise.reject(new Error('drop')) });
      if (r.exitCode !== 0) throw new Error(`seed on ${node} failed: ${argv.join(' ')}: ${r.stderr.trim()}`);
    }
  }
  return names;
}

/** Commands of one state read and the median wall time of RUNS reads (after a warm-up). */
async function timeReads(t: HostTransport, nodes: number): Promise<{ commands: number; median: number }> {
  const times: number[] = [];
  let commands = 0;
  for (let run = 0; run <= RUNS; run++) {
    let seen = 0;
    const warnings: string[] = [];
    const start = performance.now();
    const live = await readLiveState(t, { onCommand: () => seen++, onWarning: (m) => warnings.push(m) });
    const ms = performance.now() - start;
    const read = live.nodeDetails?.filter((d) => d.deviceNodes !== undefined).length ?? 0;
    if (warnings.length > 0 || read !== nodes)
      throw new Error(`${nodes} nodes: ${read} listed their /dev; ${warnings.join('; ')}`);
    if (run === 0) continue;
    times.push(ms);
    commands = seen;
  }
  return { commands, median: stats(times).median };
}

/** State read of a 1-, 3- and 10-node simulated cluster; over SSH too when `ssh` is given. */
async function benchCluster(
  work: string,
  ssh?: { sshd: Sshd; shimDir: string; entry: string },
): Promise<void> {
  const counts: number[] = [];
  for (const n of CLUSTER_NODES) {
    const statePath = join(work, `cluster-${n}.json`);
    await seedCluster(statePath, n);
    const inProcess = await timeReads(new SimTransport(statePath, { env: {}, node: 'pve' }), n);
    let overSsh = '';
    if (ssh) {
      writeShims({ statePath, outDir: ssh.shimDir, entry: ssh.entry });
      const t = await createSshTransport(ssh.sshd.url, {
        identity: ssh.sshd.identity,
        knownHosts: ssh.sshd.knownHosts,
        env: {},
      });
      try {
        const r = await timeReads(t, n);
        if (r.commands !== inProcess.commands) throw new Error(`${n} nodes: command counts differ over SSH`);
        overSsh = `, over SSH ${r.median.toFixed(0)} ms`;
      } finally {
        await t.close();
      }
    }
    counts.push(inProcess.commands);
    console.log(
      `cluster state ${String(n).padStart(3)} nodes: ${inProcess.commands} host commands, ` +
        `in-process ${inProcess.median.toFixed(0)} ms${overSsh} (median of ${RUNS})`,
    );
  }
  // constant + k × nodes: k from the first two sizes, checked on the others
  const [c1, c3] = counts as [number, number];
  const k = (c3 - c1) / (CLUSTER_NODES[1]! - CLUSTER_NODES[0]!);
  const base = c1 - k * CLUSTER_NODES[0]!;
  const linear = CLUSTER_NODES.every((n, i) => counts[i] === base + k * n);
  if (!linear || !Number.isInteger(k)) {
    console.log(`FAIL: cluster state-read commands are not constant + k × nodes: ${counts.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(`cluster state-read commands: ${base} + ${k} × nodes`);
  }
}

async function main(): Promise<void> {
  if (!hasSshd) {
    console.log(
      'state over SSH: skipped (needs /usr/sbin/sshd and ssh-keygen: apt-get install openssh-server)',
    );
    const work = mkdtempSync(join(tmpdir(), 'phoenix-bench-state-'));
    try {
      await benchCluster(work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'phoenix-bench-state-'));
  const shimDir = join(work, 'shims');
  let sshd: Sshd | undefined;
  try {
    const entry = transpilePhoenix(join(work, 'phoenix'));
    sshd = await startSshd({ shimDir });
    const counts: number[] = [];
    for (const size of SIZES) {
      const statePath = join(work, `state-${size}.json`);
      const sim = new SimTransport(statePath, { env: {} });
      await seed(sim);
      await replicate(sim, size);
      writeShims({ statePath, outDir: shimDir, entry });
      if (size === SIZES[0]) await baselines(sshd);

      const t0 = performance.now();
      const ssh = await createSshTransport(sshd.url, {
        identity: sshd.identity,
        knownHosts: sshd.knownHosts,
        env: {},
      });
      const connectMs = performance.now() - t0;
      const times: number[] = [];
      let commands: string[][] = [];
      let guests = 0;
      try {
        for (let run = 0; run <= RUNS; run++) {
          const seen: string[][] = [];
          const start = performance.now();
          const live = await readLiveState(ssh, { onCommand: (argv) => seen.push([...argv]) });
          const ms = performance.now() - start;
          if (run === 0) continue; // warm-up (page cache, first node start-up)
          times.push(ms);
          commands = seen;
          guests = live.guests.length;
        }
      } finally {
        await ssh.close();
      }
      const direct = await readLiveState(sim);
      if (guests !== size || direct.guests.length !== size) {
        throw new Error(
          `expected ${size} guests, read ${guests} over SSH and ${direct.guests.length} in-process`,
        );
      }
      counts.push(commands.length);
      const { median, min, max } = stats(times);
      const argBytes = commands.reduce((n, a) => n + a.join(' ').length, 0);
      console.log(
        `state over SSH  ${String(size).padStart(5)} guests: ${commands.length} host commands ` +
          `(${(argBytes / 1024).toFixed(1)} KiB of argv), ${median.toFixed(0)} ms median of ${RUNS} ` +
          `(min ${min.toFixed(0)}, max ${max.toFixed(0)}; connect ${connectMs.toFixed(0)} ms)`,
      );
      if (size === SIZES[SIZES.length - 1]) {
        console.log(`  commands: ${commands.map((a) => a.slice(0, 3).join(' ')).join(' | ')}`);
      }
    }
    if (new Set(counts).size !== 1) {
      console.log(`FAIL: the number of host commands grows with the guests: ${counts.join(', ')}`);
      process.exitCode = 1;
    } else {
      console.log(`host commands per state read: ${counts[0]} for every size (constant)`);
    }
    await benchCluster(work, { sshd, shimDir, entry });
  } finally {
    await sshd?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`state bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
