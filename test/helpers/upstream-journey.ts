/**
 * Shared pieces of the issue-11 upstream journeys (test/e2e/upstream-journey*.test.ts): the
 * user's mends of each upstream estate, the estate prepared up to `sim init --from-config`, and
 * the checks that an apply applied, converged the host, or found nothing to do. Applies take an
 * optional transport factory so the same checks run against the simulator directly or over SSH.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, ZERO_LATENCY, type CliRun } from './cli-run.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { hostSetupOf } from '../../src/sim/hypervisor/index.js';
import type { LiveGuest } from '../../src/model/live-state.js';
import { expectedSnapshots } from '../../src/plan/lifecycle.js';
import { snapshotBlocker } from '../../src/plan/snapshot-capable.js';
import { expectedMarker, readMarker } from '../../src/plan/markers.js';
import { hashScripts } from '../../src/plan/script-hashes.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { apply, editConfig, hostState, type ApplyRun, type Estate } from './apply-harness.js';
import { APPARMOR_PROFILE, mendFirewall, readState, tempDir } from './hypervisor-fixtures.js';
import { sharedPath } from './shared.js';

export type Json = Record<string, unknown>;

export const FILES = [
  'phoenix_hypervisor_config.json',
  'phoenix_lxc_configs.json',
  'phoenix_vm_configs.json',
];

export const cli = (args: string[]): Promise<CliRun> => runCli(args, { env: ZERO_LATENCY });

const readJson = (p: string): Json => JSON.parse(readFileSync(p, 'utf8')) as Json;
const writeJson = (p: string, v: unknown): void => writeFileSync(p, JSON.stringify(v, null, 2) + '\n');

/** The user's mends of 829c047: the firewall block to the top level, the AppArmor profile 910 names. */
function mend829(cfg: string): void {
  const p = join(cfg, FILES[0]!);
  const hv = readJson(p);
  mendFirewall(hv);
  writeJson(p, hv);
  mkdirSync(join(cfg, 'apparmor'), { recursive: true });
  writeFileSync(join(cfg, 'apparmor', 'lxc-phoenix-v2'), APPARMOR_PROFILE);
}

/**
 * The user's fixes of 35c465b's validate errors: shared volumes that still mount into guests the
 * LXC file no longer defines lose those mounts (PHX-MOUNT-GUEST), and VM 1001 asks for its clone
 * source's 50 GB instead of 32 GB (PHX-DISK-SHRINK: a clone's disk cannot shrink).
 */
function mend35c(cfg: string): void {
  const p = join(cfg, FILES[0]!);
  const hv = readJson(p);
  const lxc = readJson(join(cfg, FILES[1]!));
  const vms = readJson(join(cfg, FILES[2]!));
  const defined = new Set([
    ...Object.keys(lxc.lxc_configs as Json),
    ...((vms.vms ?? []) as Json[]).map((v) => String(v.vmid)),
  ]);
  for (const vol of Object.values(hv.shared_volumes as Record<string, { mounts: Json }>))
    for (const id of Object.keys(vol.mounts)) if (!defined.has(id)) delete vol.mounts[id];
  writeJson(p, hv);
  editConfig(cfg, FILES[2]!, (j) => {
    const v = (j.vms as Json[]).find((x) => x.vmid === 1001)!;
    expect(v.disk_size_gb).toBe(32);
    v.disk_size_gb = 50;
  });
}

export interface Plan {
  readonly estate: '829c047' | '35c465b';
  readonly mend: (cfg: string) => void;
  /** A running container whose memory is changed. */
  readonly memory: string;
  /** A container that gains a bind mount. */
  readonly mount: string;
  /** A container copied under a new id, as a new one. */
  readonly copy: string;
  /** A feature script only leaf containers use. */
  readonly feature: string;
  /** A container moved from one GPU to the other: [id, from, to]. */
  readonly gpu: readonly [string, string, string];
}

export const ESTATES: Plan[] = [
  {
    estate: '829c047',
    mend: mend829,
    memory: '956',
    mount: '953',
    copy: '953',
    feature: 'ollama',
    gpu: ['957', '1', '0'],
  },
  {
    estate: '35c465b',
    mend: mend35c,
    memory: '914',
    mount: '917',
    copy: '917',
    feature: 'ollama',
    gpu: ['917', '0', '1'],
  },
];

export const NEW_ID = '958';

/** The programs a no-change apply runs (as in apply-e2e.test.ts): reads only. */
export const READ_ONLY =
  /^(pvesh get|grep|find|cat|pct (config|status|listsnapshot)|qm (config|status|listsnapshot|guest cmd)|pveam (list|available))\b/;

/**
 * A copy of the upstream estate in a temp dir, checked not to validate as committed, mended,
 * given stub scripts, validated, and a simulated host made for it with `sim init --from-config`.
 */
export async function prepareEstate(
  p: Plan,
  prefix: string,
): Promise<{ dir: string; cfg: string; state: string }> {
  const dir = tempDir(prefix);
  const cfg = join(dir, 'config');
  mkdirSync(cfg);
  for (const f of FILES) cpSync(sharedPath('fixtures', 'upstream', p.estate, f), join(cfg, f));
  const before = await cli(['validate', '--config-dir', cfg]);
  expect(before.code).not.toBe(0);
  p.mend(cfg);
  const stubs = await cli(['init', '--scripts', '--config-dir', cfg]);
  expect(stubs).toMatchObject({ code: 0, stdout: expect.stringMatching(/stub\(s\) written/) });
  const valid = await cli(['validate', '--config-dir', cfg]);
  if (valid.code !== 0) throw new Error(valid.stdout + valid.stderr);
  const state = join(dir, 'host.json');
  expect(await cli(['sim', 'init', '--state', state, '--from-config', cfg])).toMatchObject({ code: 0 });
  return { dir, cfg, state };
}

/** Opens the transport one apply runs on (absent: the simulator directly). */
export type Connect = () => Promise<HostTransport>;

const applyVia = async (estate: Estate, connect?: Connect): Promise<ApplyRun> =>
  apply(estate, connect ? { transport: await connect() } : {});

/** Second and later applies: nothing planned, nothing but reads sent. */
export async function expectNoChanges(estate: Estate, label: string, connect?: Connect): Promise<ApplyRun> {
  const again = await applyVia(estate, connect);
  expect([label, again.job.status]).toEqual([label, 'no-changes']);
  expect(again.out).toContain('No changes');
  expect([label, again.commands.filter((c) => !c.readOnly).map((c) => c.argv.join(' '))]).toEqual([
    label,
    [],
  ]);
  return again;
}

export async function expectApplied(estate: Estate, label: string, connect?: Connect): Promise<ApplyRun> {
  const run = await applyVia(estate, connect);
  if (run.job.status !== 'applied') throw new Error(`${label}: ${run.job.status}\n${run.out}`);
  expect(run.job.exitCode).toBe(0);
  expect(run.job.result!.guests.filter((g) => g.outcome !== 'succeeded')).toEqual([]);
  return run;
}

/**
 * The host matches the config guest by guest (kind, phoenix tag, template flag, running or not,
 * the done-record of what was applied, the lifecycle snapshots); returns the live guests by id.
 */
export async function expectConverged(estate: Estate): Promise<Map<string, LiveGuest>> {
  const v = await validateConfigDir(estate.configDir);
  expect(v.errors).toBe(0);
  const hashes = await hashScripts(estate.configDir, v.desired);
  const state = await hostState(estate);
  const live = new Map(state.guests.map((g) => [String(g.id), g]));
  // The context the planner gives: a clone's raw lxc.* lines come from its source's config.
  const ctx = { pveVersion: state.pveVersion, desiredById: new Map(v.desired.guests.map((g) => [g.id, g])) };
  for (const g of v.desired.guests) {
    const l = live.get(String(g.id));
    expect([g.id, l?.kind]).toEqual([g.id, g.kind]);
    expect(l!.tags).toContain('phoenix');
    expect([g.id, l!.template, l!.status]).toEqual([
      g.id,
      g.isTemplate,
      g.isTemplate ? 'stopped' : 'running',
    ]);
    expect([g.id, readMarker(l!)]).toEqual([g.id, expectedMarker(g, hashes, { ctx })]);
    // Where Proxmox cannot snapshot the guest (a bind mount...) the plan skips them: those taken
    // before a day-2 edit made it so are kept, none is taken since.
    if (snapshotBlocker(g.kind, l!.config, state.storages)) continue;
    const names = l!.snapshots.map((x) => x.name);
    for (const snap of expectedSnapshots(g))
      expect([g.id, names]).toEqual([g.id, expect.arrayContaining([snap])]);
  }
  return live;
}

export const mutatingOf = (r: ApplyRun): number => r.commands.filter((c) => !c.readOnly).length;

/** A day-2 edit: what it is, the edit to the config, and what the host shows once it is applied. */
export type Day2 = [
  string,
  () => void,
  (live: Map<string, LiveGuest>, run: ApplyRun) => void | Promise<void>,
];

/**
 * The day-2 edits of a journey, in order (memory, a mount added then removed, a GPU moved, a new
 * container, a feature script), each with its check of the host.
 */
export function day2Edits(p: Plan, cfg: string, state: string): Day2[] {
  const lxcFile = FILES[1]!;
  const ct = (j: Json, id: string) => (j.lxc_configs as Record<string, Json>)[id]!;
  const mountHost = `/mnt/pve/quickOS/journey-${p.mount}`;
  /** Each edit, and what the host shows once it is applied. */
  const day2: Day2[] = [
    [
      `memory of CT ${p.memory}`,
      () => editConfig(cfg, lxcFile, (j) => void (ct(j, p.memory).memory_mb = 6144)),
      (live) => {
        expect(live.get(p.memory)!.config.memory).toBe('6144');
        expect(live.get(p.memory)!.pending?.memory).toBeUndefined();
      },
    ],
    [
      `a bind mount in CT ${p.mount}`,
      () =>
        editConfig(cfg, lxcFile, (j) => {
          const c = ct(j, p.mount);
          c.mount_points = [
            ...((c.mount_points ?? []) as Json[]),
            { host_path: mountHost, container_path: '/srv/journey' },
          ];
        }),
      async (live) => {
        // Apply made the host folder (the stricter simulator refuses to start a container
        // whose bind-mount source is missing) and the mount is live, not pending a restart.
        const sim = await readState(state);
        expect(hostSetupOf(sim.nodes[sim.localNode]!).dirs ?? []).toContain(mountHost);
        const pending = Object.keys(live.get(p.mount)!.pending ?? {});
        expect(pending.filter((k) => /^mp\d+$/.test(k))).toEqual([]);
        const c = live.get(p.mount)!.config;
        const mps = Object.keys(c).filter((k) => /^mp\d+$/.test(k) && c[k]!.startsWith(`${mountHost},`));
        expect(mps.map((k) => c[k])).toEqual([expect.stringContaining('mp=/srv/journey')]);
      },
    ],
    [
      `the bind mount removed again from CT ${p.mount}`,
      () =>
        editConfig(cfg, lxcFile, (j) => {
          const c = ct(j, p.mount);
          c.mount_points = ((c.mount_points ?? []) as Json[]).filter((m) => m.host_path !== mountHost);
          if ((c.mount_points as Json[]).length === 0) delete c.mount_points;
        }),
      (live) => {
        const c = live.get(p.mount)!.config;
        expect(Object.values(c).filter((v) => v.startsWith(`${mountHost},`))).toEqual([]);
        expect(Object.keys(live.get(p.mount)!.pending ?? {})).toEqual([]);
      },
    ],
    [
      `CT ${p.gpu[0]} moved from GPU ${p.gpu[1]} to GPU ${p.gpu[2]}`,
      () =>
        editConfig(cfg, lxcFile, (j) => {
          const c = ct(j, p.gpu[0]);
          expect(c.gpu_assignment).toBe(p.gpu[1]);
          c.gpu_assignment = p.gpu[2];
        }),
      (live) => {
        const values = Object.values(live.get(p.gpu[0])!.config).join('\n');
        expect(values).toContain(`/dev/nvidia${p.gpu[2]}`);
        expect(values).not.toContain(`/dev/nvidia${p.gpu[1]}`);
        expect(Object.keys(live.get(p.gpu[0])!.pending ?? {})).toEqual([]);
      },
    ],
    [
      `new CT ${NEW_ID} (a copy of ${p.copy})`,
      () =>
        editConfig(cfg, lxcFile, (j) => {
          const c = structuredClone(ct(j, p.copy));
          c.name = 'journey-new';
          delete c.mac_address;
          delete c.mount_points;
          (c.network_config as Json).ip = '10.0.0.158/24';
          (j.lxc_configs as Record<string, Json>)[NEW_ID] = c;
        }),
      (live) => {
        expect(live.get(NEW_ID)).toMatchObject({ kind: 'lxc', name: 'journey-new', status: 'running' });
        expect(live.get(NEW_ID)!.config.net0).toContain('ip=10.0.0.158/24');
      },
    ],
    [
      `feature script ${p.feature}.sh`,
      () => {
        const f = join(cfg, 'features', `${p.feature}.sh`);
        writeFileSync(f, readFileSync(f, 'utf8') + 'echo "journey: day-2 change"\n');
      },
      // The changed script is sent to the guests that use it (and run there).
      (_live, run) =>
        expect(
          run.commands.filter((c) => !c.readOnly).some((c) => c.argv.join(' ').includes(`${p.feature}.sh`)),
        ).toBe(true),
    ],
  ];
  return day2;
}
