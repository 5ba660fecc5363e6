/**
 * Simulator scaling benchmark (issue 11, item 6): applies a generated estate of 300 and 1,000
 * guests (bench/generate-estate.ts) from scratch to a `sim:` host with zero latency, in-process,
 * and prints wall time, host commands sent and the time per command. Without the simulator's
 * latency, the figures are the cost of Phoenix plus the simulator's state handling; a state store
 * that rewrote the whole file per command grew with the square of the estate.
 * Without arguments each size runs in its own child process; `--guests N` measures one size.
 * Target: 1,000 guests under 15 s on a 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfigDir } from '../src/config/validate.js';
import { ShellHostPort } from '../src/host/shell-port.js';
import { runApplyJob } from '../src/jobs/apply-job.js';
import { CONFIG_FILES } from '../src/model/types.js';
import { SimTransport } from '../src/proxmox/sim-transport.js';
import type { CommandResult, HostTransport, RunOptions } from '../src/proxmox/transport.js';
import { prepareSimHost } from '../src/sim-seed/estate-host.js';
import { generateEstate } from './generate-estate.js';

const SIZES = [300, 1_000];
const TARGET = { guests: 1_000, ms: 15_000 };

/** Counts the commands a transport sends. */
class CountingTransport implements HostTransport {
  commands = 0;
  constructor(private readonly inner: SimTransport) {}
  get description(): string {
    return this.inner.description;
  }
  run(argv: readonly string[], options?: RunOptions): Promise<CommandResult> {
    this.commands++;
    return this.inner.run(argv, options);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

function writeEstate(dir: string, guests: number): void {
  const estate = generateEstate(guests);
  for (const key of ['lxc', 'vm', 'hypervisor'] as const)
    writeFileSync(join(dir, CONFIG_FILES[key]), estate.texts[key]);
  const script = (rel: string): void => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), `#!/usr/bin/env bash\n# bench stub ${rel}\necho ok\n`, { mode: 0o755 });
  };
  for (const f of estate.scripts.features) script(`features/${f}`);
  for (const f of estate.scripts.apps) script(`apps/${f}`);
  for (const f of estate.scripts.tests) script(`tests/${f}`);
}

async function measureOne(guests: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'phoenix-sim-bench-'));
  try {
    const configDir = join(dir, 'config');
    mkdirSync(configDir);
    writeEstate(configDir, guests);
    const v = await validateConfigDir(configDir);
    if (v.errors > 0) throw new Error(`the generated estate of ${guests} guests does not validate`);
    const state = join(dir, 'host.json');
    await prepareSimHost(state, v.desired, { latency: { profile: 'zero' }, agentBootMs: 0 });
    const transport = new CountingTransport(new SimTransport(state, { env: {} }));
    const t0 = performance.now();
    const job = await runApplyJob({
      configDir,
      port: new ShellHostPort(transport),
      lockTimeoutMs: 60_000,
      lockPollMs: 20,
      settings: { concurrency: 8, healthIntervalScale: 0, agentPollMs: 5 },
      out: () => undefined,
      err: (t) => process.stderr.write(t),
    });
    const wallMs = performance.now() - t0;
    const ok = job.status === 'applied';
    const sizeMb = statSync(state).size / 1e6;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const verdict =
      guests === TARGET.guests
        ? `  target < ${TARGET.ms / 1000} s: ${wallMs < TARGET.ms ? 'met' : 'MISSED'}`
        : '';
    console.log(
      `sim apply ${String(guests).padStart(5)} guests from scratch: ${(wallMs / 1000).toFixed(1).padStart(6)} s, ` +
        `${transport.commands} commands (${(wallMs / transport.commands).toFixed(2)} ms/command), ` +
        `state ${sizeMb.toFixed(1)} MB, peak RSS ${rssMb.toFixed(0)} MB, ${job.status}${verdict}`,
    );
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--guests');
if (at >= 0) {
  const ok = await measureOne(Number(process.argv[at + 1]));
  process.exitCode = ok ? 0 : 1;
} else {
  const self = fileURLToPath(import.meta.url);
  const sizes = process.argv.slice(2).map(Number).filter(Number.isInteger);
  let failed = 0;
  for (const n of sizes.length > 0 ? sizes : SIZES) {
    const r = spawnSync(process.execPath, ['--no-warnings', self, '--guests', String(n)], {
      stdio: 'inherit',
    });
    if (r.status !== 0) failed++;
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
