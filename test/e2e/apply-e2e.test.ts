/**
 * Apply end to end on the simulator: the example estate and the upstream estates converge from an
 * empty host, every guest reaches its configured state (tags, done-record, snapshots, templates,
 * running), the second apply sends no mutating command at all, and every command apply sent is
 * valid for the Proxmox VE 9 and 8 API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedSnapshots } from '../../src/plan/lifecycle.js';
import { snapshotBlocker } from '../../src/plan/snapshot-capable.js';
import { expectedMarker, readMarker } from '../../src/plan/markers.js';
import { hashScripts } from '../../src/plan/script-hashes.js';
import { withAudit } from '../../src/proxmox/audit.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { apply, hostState, isLockCommand, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { checkArgvAgainstApi, PVE_API_VERSIONS } from '../helpers/pve-api.js';
import { describeShared } from '../helpers/shared.js';

/** Programs the API schema covers (the rest, e.g. tee/cat/grep, have no schema). */
const API_PROGRAMS = new Set(['pct', 'qm', 'pvesh', 'pvesm', 'pveum', 'pveam', 'flock']);

async function convergeAndCheck(estate: Estate, expectGuests: number): Promise<void> {
  const audit = join(estate.dir, 'audit.jsonl');
  const first = await apply(estate, {
    transport: withAudit(new SimTransport(estate.statePath, { env: {} }), audit),
  });
  if (first.job.status !== 'applied') throw new Error(`first apply: ${first.job.status}\n${first.out}`);
  expect(first.job.exitCode).toBe(0);
  expect(first.job.result!.guests).toHaveLength(expectGuests);
  expect(first.job.result!.guests.filter((g) => g.outcome !== 'succeeded')).toEqual([]);
  expect(first.out).toContain(`Apply: ${expectGuests} succeeded, 0 failed, 0 skipped`);

  // The host now matches the config, guest by guest.
  const state = await hostState(estate);
  const hashes = await hashScripts(estate.configDir, estate.desired);
  // As the planner sees each guest: a container clone's raw lxc.* lines include its source's.
  const ctx = {
    desiredById: new Map(estate.desired.guests.map((d) => [d.id, d])),
    pveVersion: state.pveVersion,
  };
  for (const g of estate.desired.guests) {
    const live = state.guests.find((x) => x.id === g.id);
    expect(live).toBeDefined();
    expect(live!.kind).toBe(g.kind);
    expect(live!.tags).toContain('phoenix');
    expect(live!.template).toBe(g.isTemplate);
    expect(live!.status).toBe(g.isTemplate ? 'stopped' : 'running');
    expect(readMarker(live!)).toEqual(expectedMarker(g, hashes, { ctx }));
    // A guest Proxmox cannot snapshot (a bind mount...) has them skipped by the plan.
    const blocked = snapshotBlocker(g.kind, live!.config, state.storages);
    const names = live!.snapshots.map((x) => x.name);
    for (const s of expectedSnapshots(g)) expect([g.id, names.includes(s)]).toEqual([g.id, !blocked]);
  }

  // Second apply: read-only commands only, no lock, no exec into guests.
  const second = await apply(estate, {
    transport: withAudit(new SimTransport(estate.statePath, { env: {} }), audit),
  });
  expect(second.job.status).toBe('no-changes');
  expect(second.job.exitCode).toBe(0);
  expect(second.out).toContain('No changes');
  expect(second.commands.filter((c) => !c.readOnly).map((c) => c.argv.join(' '))).toEqual([]);
  expect(second.commands.some((c) => isLockCommand(c.argv))).toBe(false);
  expect(second.commands.length).toBeGreaterThan(0);

  // The audit log holds both runs in order; the second run's lines are all reads.
  const lines = readFileSync(audit, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { argv: string[]; exit: number; ms: number });
  expect(lines).toHaveLength(first.commands.length + second.commands.length);
  const readOnlyPrograms =
    /^(pvesh get|grep|cat|find|pct (config|status|listsnapshot)|qm (config|status|listsnapshot|guest cmd)|pveam (list|available))\b/;
  for (const l of lines.slice(first.commands.length)) expect(l.argv.join(' ')).toMatch(readOnlyPrograms);

  // Every command is valid for both Proxmox VE versions.
  const problems: string[] = [];
  for (const l of lines) {
    if (!API_PROGRAMS.has(l.argv[0]!)) continue;
    for (const v of PVE_API_VERSIONS)
      for (const p of checkArgvAgainstApi(l.argv, v)) problems.push(`${v}: ${l.argv.join(' ')}: ${p}`);
  }
  expect(problems).toEqual([]);
  // Nothing failed along the way (the agent ping may fail while a VM boots; `mkdir -m` is how
  // apply finds a bind-mount folder that exists already, whose owner it then leaves alone).
  expect(
    lines.filter((l) => l.exit !== 0 && !/^(qm guest cmd|mkdir -m 0755 -- )/.test(l.argv.join(' '))),
  ).toEqual([]);
}

describeShared('apply on the simulator', () => {
  it('converges the example estate; the second apply is read-only', async () => {
    const estate = await makeEstate('example');
    await convergeAndCheck(estate, estate.desired.guests.length);
  });

  it('converges upstream 829c047 (15 CTs + 2 VMs)', async () => {
    const estate = await makeEstate('829c047');
    // Besides stub scripts, one edit to validate (see UPSTREAM_FIXES in apply-harness.ts).
    expect(estate.fixes.slice(1)).toEqual([
      'phoenix_hypervisor_config.json: removed shared_volumes.firewall (a firewall block nested among the volumes)',
    ]);
    expect(estate.desired.guests.filter((g) => g.kind === 'lxc')).toHaveLength(15);
    expect(estate.desired.guests.filter((g) => g.kind === 'qemu')).toHaveLength(2);
    await convergeAndCheck(estate, 17);
  });

  it('converges upstream 35c465b (12 CTs + 3 VMs)', async () => {
    const estate = await makeEstate('35c465b');
    // Besides stub scripts, the user-data fixes it needs to validate: stale mounts and a shrinking
    // clone. The templates' snapshot settings (VM 9000's template_snapshot_name, lifecycle
    // snapshots on CT templates 900, 901, 911) stay as written: templates take no snapshots.
    expect(estate.fixes.slice(1).map((f) => f.replace(/ \(.*$/, ''))).toEqual([
      'phoenix_hypervisor_config.json: removed shared-volume mounts into undefined guests',
      'phoenix_vm_configs.json: VM 1001 disk_size_gb 32 -> 50',
    ]);
    expect(estate.desired.guests.filter((g) => g.kind === 'lxc')).toHaveLength(12);
    expect(estate.desired.guests.filter((g) => g.kind === 'qemu')).toHaveLength(3);
    await convergeAndCheck(estate, 15);
  });
});
