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
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimTransport } from '../src/proxmox/sim-transport.js';
import { createSshTransport } from '../src/proxmox/ssh-transport.js';
import { readLiveState } from '../src/proxmox/state-reader.js';
import type { HostTransport } from '../src/proxmox/transport.js';
import type { SimState } from '../src/sim/index.js';
import { writeShims } from '../src/sim/shims.js';
import { transpilePhoenix } from '../test/helpers/phoenix-build.js';
import { hasSshd, startSshd, type Sshd } from '../test/helpers/sshd-server.js';

const SIZES = [10, 100, 1_000];
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

async function main(): Promise<void> {
  if (!hasSshd) {
    console.log(
      'state over SSH: skipped (needs /usr/sbin/sshd and ssh-keygen: apt-get install openssh-server)',
    );
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
  } finally {
    await sshd?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`state bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
