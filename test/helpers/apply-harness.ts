/**
 * Shared pieces of the apply tests: estates copied into a temp dir (the upstream ones with stub
 * scripts and the few documented fixes they need to validate), a fresh simulated host per estate,
 * a transport wrapper that records every command with its read-only flag and timing, and a
 * one-call `apply`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApplyJobResult } from '../../src/apply/run-apply.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import { runApplyJob, type ApplyJobOptions } from '../../src/jobs/apply-job.js';
import { prepareSimHost, type SimHostOptions } from '../../src/sim-seed/estate-host.js';
import { validateConfigDir } from '../../src/config/validate.js';
import type { DesiredState } from '../../src/model/types.js';
import { readLiveState } from '../../src/proxmox/state-reader.js';
import type { LiveState } from '../../src/model/live-state.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { CommandResult, HostTransport, RunOptions } from '../../src/proxmox/transport.js';
import { REPO_ROOT, sharedPath } from './shared.js';

type Json = Record<string, unknown>;

export interface Estate {
  readonly dir: string;
  readonly configDir: string;
  readonly statePath: string;
  desired: DesiredState;
  /** What had to be changed in the copy for it to validate (upstream estates). */
  readonly fixes: string[];
}

const CONFIG_FILES = [
  'phoenix_hypervisor_config.json',
  'phoenix_lxc_configs.json',
  'phoenix_vm_configs.json',
];

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

/**
 * Writes a stub for every feature and application script the estate names but lacks, and for
 * every AppArmor profile source a container names (validate, like setup-hypervisor, needs it).
 */
function stubScripts(configDir: string): string[] {
  const made: string[] = [];
  const stub = (
    rel: string,
    text = `#!/usr/bin/env bash\n# Test stub for ${rel}.\nset -euo pipefail\necho "${rel}: ok"\n`,
  ) => {
    const path = join(configDir, rel);
    if (existsSync(path)) return;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text, { mode: 0o755 });
    made.push(rel);
  };
  const lxc = existsSync(join(configDir, CONFIG_FILES[1]!))
    ? readJson(join(configDir, CONFIG_FILES[1]!))
    : {};
  const vm = existsSync(join(configDir, CONFIG_FILES[2]!)) ? readJson(join(configDir, CONFIG_FILES[2]!)) : {};
  const guests = [
    ...Object.values((lxc.lxc_configs ?? {}) as Record<string, Json>),
    ...((vm.vms ?? []) as Json[]),
  ];
  for (const g of guests) {
    if (Array.isArray(g.features))
      for (const f of g.features) if (typeof f === 'string') stub(`features/${f}.sh`);
    if (typeof g.application_script === 'string') stub(`apps/${g.application_script}`);
    const profile = g.apparmor_profile;
    if (typeof profile === 'string' && !/^(unconfined|generated|lxc-container-default.*)$/.test(profile))
      stub(`apparmor/${profile}`, `profile ${profile} flags=(attach_disconnected,mediate_deleted) {\n}\n`);
  }
  return made;
}

/**
 * The fixes an upstream estate needs to validate, one documented edit each (the copy only; the
 * fixtures are never changed).
 */
const UPSTREAM_FIXES: Record<string, (dir: string) => string[]> = {
  // `firewall` sits inside `shared_volumes` upstream (a nesting mistake), so it reads as a shared
  // volume without host_path: drop it from the shared volumes.
  '829c047': (dir) => {
    const p = join(dir, CONFIG_FILES[0]!);
    const h = readJson(p);
    const sv = h.shared_volumes as Json | undefined;
    if (!sv || !('firewall' in sv)) return [];
    delete sv.firewall;
    writeJson(p, h);
    return [
      'phoenix_hypervisor_config.json: removed shared_volumes.firewall (a firewall block nested among the volumes)',
    ];
  },
  // Shared volumes still mount into guests removed from the LXC file (950, 951, 953-955, 957):
  // drop those mount entries.
  '35c465b': (dir) => {
    const p = join(dir, CONFIG_FILES[0]!);
    const h = readJson(p);
    const lxc = readJson(join(dir, CONFIG_FILES[1]!));
    const ids = new Set(Object.keys((lxc.lxc_configs ?? {}) as Json));
    const dropped: string[] = [];
    for (const [name, vol] of Object.entries((h.shared_volumes ?? {}) as Record<string, Json>)) {
      const mounts = (vol.mounts ?? {}) as Json;
      for (const id of Object.keys(mounts)) {
        if (!ids.has(id)) {
          delete mounts[id];
          dropped.push(`${name}->${id}`);
        }
      }
    }
    writeJson(p, h);
    const fixes = dropped.length
      ? [
          `phoenix_hypervisor_config.json: removed shared-volume mounts into undefined guests (${dropped.join(', ')})`,
        ]
      : [];
    // VMs cloned from template 9000 (disk_size_gb 50 through vm_defaults) ask for smaller disks;
    // Proxmox cannot shrink a clone's disk: give them the source's size.
    const vp = join(dir, CONFIG_FILES[2]!);
    const vm = readJson(vp);
    const defaults = (vm.vm_defaults ?? {}) as Json;
    const vms = (vm.vms ?? []) as Json[];
    const size = (v: Json) => Number(v.disk_size_gb ?? defaults.disk_size_gb);
    for (const v of vms) {
      const src = vms.find((x) => x.vmid === v.clone_from_vmid);
      if (src && size(v) < size(src)) {
        fixes.push(
          `phoenix_vm_configs.json: VM ${String(v.vmid)} disk_size_gb ${size(v)} -> ${size(src)} (its clone source ${String(src.vmid)} is ${size(src)} GB; disks cannot shrink)`,
        );
        v.disk_size_gb = size(src);
      }
    }
    writeJson(vp, vm);
    return fixes;
  },
};

export async function makeEstate(
  source: 'example' | '829c047' | '35c465b',
  o: { patch?: (configDir: string) => void; host?: SimHostOptions } = {},
): Promise<Estate> {
  const dir = mkdtempSync(join(tmpdir(), `phoenix-apply-${source}-`));
  const configDir = join(dir, 'config');
  const fixes: string[] = [];
  if (source === 'example') {
    cpSync(join(REPO_ROOT, 'config'), configDir, { recursive: true });
  } else {
    mkdirSync(configDir);
    for (const f of CONFIG_FILES) cpSync(sharedPath('fixtures', 'upstream', source, f), join(configDir, f));
    const stubs = stubScripts(configDir);
    if (stubs.length) fixes.push(`stub scripts: ${stubs.join(', ')}`);
    fixes.push(...UPSTREAM_FIXES[source]!(configDir));
  }
  o.patch?.(configDir);
  const v = await validateConfigDir(configDir);
  if (v.errors > 0) {
    const text = v.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${d.line}: ${d.message}`);
    throw new Error(`estate ${source} does not validate:\n${text.join('\n')}`);
  }
  const statePath = join(dir, 'host.json');
  await prepareSimHost(statePath, v.desired, { agentBootMs: 0, ...o.host });
  return { dir, configDir, statePath, desired: v.desired, fixes };
}

/** Edits one JSON config file of an estate in place. */
export function editConfig(configDir: string, file: string, edit: (json: Json) => void): void {
  const p = join(configDir, file);
  const j = readJson(p);
  edit(j);
  writeJson(p, j);
}

export interface Recorded {
  readonly argv: readonly string[];
  readonly readOnly: boolean;
  readonly exit: number;
  readonly start: number;
  readonly end: number;
}

/** Records every command (argv, read-only flag, exit, timing) passed to the inner transport. */
export class RecordingTransport implements HostTransport {
  readonly commands: Recorded[] = [];
  constructor(readonly inner: HostTransport) {}
  get description(): string {
    return this.inner.description;
  }
  /** Passed on, so commands over SSH or local run under the host's `timeout` as in production. */
  get hostTimeouts(): boolean | undefined {
    return this.inner.hostTimeouts;
  }
  async run(argv: readonly string[], options?: RunOptions): Promise<CommandResult> {
    const start = performance.now();
    let exit = -1;
    try {
      const r = await this.inner.run(argv, options);
      exit = r.exitCode;
      return r;
    } finally {
      this.commands.push({
        argv: [...argv],
        readOnly: options?.readOnly === true,
        exit,
        start,
        end: performance.now(),
      });
    }
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

/** Lock-queue bookkeeping (`flock ... tee -a /run/lock/phoenix-apply.queue`, `cat` of it). */
export function isLockCommand(argv: readonly string[]): boolean {
  return argv.some((a) => a.startsWith('/run/lock/phoenix-apply'));
}

export const FAST = {
  healthIntervalScale: 0,
  agentPollMs: 5,
  retry: { attempts: 4, baseDelayMs: 2, maxDelayMs: 10 },
  keepSafetySnapshots: 50,
};

export interface ApplyRun {
  readonly job: ApplyJobResult;
  readonly out: string;
  readonly commands: Recorded[];
}

export async function apply(
  estate: Estate,
  o: Partial<Omit<ApplyJobOptions, 'port' | 'out' | 'err'>> & {
    env?: Record<string, string>;
    transport?: HostTransport;
  } = {},
): Promise<ApplyRun> {
  const { env, transport: given, ...rest } = o;
  const rec = new RecordingTransport(given ?? new SimTransport(estate.statePath, { env: env ?? {} }));
  let out = '';
  try {
    const job = await runApplyJob({
      configDir: estate.configDir,
      lockTimeoutMs: 10_000,
      lockPollMs: 10,
      ...rest,
      settings: { ...FAST, ...rest.settings },
      port: new ShellHostPort(rec),
      out: (s) => (out += s),
      err: (s) => (out += s),
    });
    return { job, out, commands: rec.commands };
  } finally {
    await rec.close();
  }
}

export async function hostState(estate: Estate): Promise<LiveState> {
  const t = new SimTransport(estate.statePath, { env: {} });
  try {
    return await readLiveState(t);
  } finally {
    await t.close();
  }
}

/** `id -> snapshot names` of every guest. */
export function snapshotsById(state: LiveState): Map<number, string[]> {
  return new Map(state.guests.map((g) => [g.id, g.snapshots.map((s) => s.name).sort()]));
}
