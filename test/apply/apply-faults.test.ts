/**
 * Fault injection at every kind of step, with the simulator's fault rules (`PHOENIX_SIM_FAULTS`):
 * a transient Proxmox error (a config lock that timed out, a connection dropped before the command
 * ran) is retried and the run converges; a hard error fails that guest only, skips exactly the
 * guests waiting for it, lets every independent guest finish, and the next run converges. No run
 * destroys a guest or loses a snapshot.
 */
import type { GuestChange, Plan } from '../../src/plan/types.js';
import type { SimFaultRule } from '../../src/sim/index.js';
import {
  apply,
  editConfig,
  hostState,
  makeEstate,
  snapshotsById,
  type Estate,
} from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

interface FaultCase {
  /** The step kind the fault hits. */
  readonly step: string;
  /** The guest that fails under a hard fault. */
  readonly guest: string;
  readonly rule: Omit<SimFaultRule, 'nth' | 'times' | 'message' | 'exitCode'>;
  /** Converge first, then change the config like this (for steps only updates have). */
  readonly update?: (e: Estate) => void;
  /** Apply settings for this case (e.g. a short agent timeout). */
  readonly settings?: Record<string, unknown>;
  /** Guests the plan destroys on purpose (left the config with allow_destroy). */
  readonly removes?: readonly number[];
}

const rename953 = (e: Estate) =>
  editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
    (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!.name = 'Nginx-Gateway';
  });
const touchBaseSetup = (e: Estate) =>
  editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
    (j.lxc_configs as Record<string, Record<string, unknown>>)['900']!.memory_mb = 3072;
  });

const drop955 = (e: Estate) => {
  editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
    delete (j.lxc_configs as Record<string, unknown>)['955'];
    j.allow_destroy = true;
  });
  editConfig(e.configDir, 'phoenix_hypervisor_config.json', (j) => {
    for (const v of Object.values(
      (j.shared_volumes ?? {}) as Record<string, Record<string, Record<string, unknown>>>,
    ))
      delete v.mounts?.['955'];
  });
};

const CASES: FaultCase[] = [
  { step: 'template download', guest: 'ct/900', rule: { op: 'pveam download' } },
  { step: 'create (pct create)', guest: 'ct/900', rule: { op: 'pct create' } },
  { step: 'create (qm create)', guest: 'vm/9000', rule: { op: 'qm create' } },
  { step: 'create (disk import)', guest: 'vm/9000', rule: { op: 'qm disk import' } },
  { step: 'clone (pct clone)', guest: 'ct/901', rule: { op: 'pct clone', match: '^pct clone 900 901 ' } },
  { step: 'clone (qm clone)', guest: 'vm/9001', rule: { op: 'qm clone' } },
  { step: 'configure (pct set)', guest: 'ct/901', rule: { op: 'pct set', match: '^pct set 901 .*--memory' } },
  { step: 'configure (qm set)', guest: 'vm/9001', rule: { op: 'qm set', match: '^qm set 9001 .*--memory' } },
  { step: 'resize (pct resize)', guest: 'ct/903', rule: { op: 'pct resize', match: '^pct resize 903 ' } },
  { step: 'resize (qm resize)', guest: 'vm/9001', rule: { op: 'qm disk resize', match: '^qm resize 9001 ' } },
  { step: 'firewall', guest: 'ct/953', rule: { op: 'tee', match: 'firewall/953\\.fw' } },
  { step: 'start (pct start)', guest: 'ct/901', rule: { op: 'pct start', match: '^pct start 901$' } },
  { step: 'start (qm start)', guest: 'vm/9001', rule: { op: 'qm start', match: '^qm start 9001$' } },
  {
    step: 'wait for the guest agent',
    guest: 'vm/9000',
    rule: { op: 'qm guest cmd' },
    // Long enough for two failed pings under a loaded CI machine; short enough for the hard case.
    settings: { agentTimeoutMs: 600 },
  },
  {
    step: 'feature push (pct push)',
    guest: 'ct/901',
    rule: { op: 'pct push', match: '^pct push 901 .*nvidia\\.sh' },
  },
  {
    step: 'feature run (pct exec)',
    guest: 'ct/901',
    rule: { op: 'pct exec', match: '^pct exec 901 --keep-env 0 -- env .*nvidia\\.sh' },
  },
  {
    step: 'feature run (qm guest exec)',
    guest: 'vm/9000',
    rule: { op: 'qm guest exec', match: 'base_setup\\.sh \\d+$' },
  },
  {
    step: 'application script',
    guest: 'ct/953',
    rule: { op: 'pct exec', match: '^pct exec 953 --keep-env 0 -- env .*nginx\\.sh' },
  },
  {
    step: 'health check',
    guest: 'ct/953',
    rule: { op: 'pct exec', match: '^pct exec 953 --keep-env 0 -- sh -c ' },
  },
  {
    step: 'snapshot',
    guest: 'ct/901',
    rule: { op: 'pct snapshot', match: '^pct snapshot 901 pre-configured' },
  },
  { step: 'template (stop first)', guest: 'vm/9000', rule: { op: 'qm shutdown' } },
  { step: 'template (qm template)', guest: 'vm/9000', rule: { op: 'qm template' } },
  {
    step: 'record (done-record and tag)',
    guest: 'ct/901',
    rule: { op: 'pct set', match: '^pct set 901 --tags ' },
  },
  {
    step: 'progress record after a feature',
    guest: 'ct/901',
    rule: { op: 'pct set', match: '^pct set 901 --description ' },
  },
  {
    step: 'restart (pct shutdown)',
    guest: 'ct/953',
    rule: { op: 'pct shutdown', match: '^pct shutdown 953 ' },
    update: rename953,
  },
  {
    step: 'safety snapshot',
    guest: 'ct/900',
    rule: { op: 'pct snapshot', match: '^pct snapshot 900 phoenix-pre-' },
    update: touchBaseSetup,
  },
  {
    step: 'snapshot retake (delsnapshot)',
    guest: 'ct/900',
    rule: { op: 'pct delsnapshot', match: '^pct delsnapshot 900 pre-configured' },
    update: touchBaseSetup,
  },
  {
    step: 'destroy (stop first)',
    guest: 'ct/955',
    rule: { op: 'pct stop', match: '^pct stop 955$' },
    update: drop955,
    removes: [955],
  },
  {
    step: 'destroy (pct destroy)',
    guest: 'ct/955',
    rule: { op: 'pct destroy' },
    update: drop955,
    removes: [955],
  },
];

/** Addresses that (transitively) wait for `address` in the plan. */
function downstream(plan: Plan, address: string): Set<string> {
  const out = new Set<string>();
  const changed = plan.changes.filter((c: GuestChange) => c.action !== 'no-op');
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of changed) {
      if (out.has(c.address)) continue;
      if (c.waitFor.some((w) => w === address || out.has(w))) {
        out.add(c.address);
        grew = true;
      }
    }
  }
  return out;
}

async function prepared(c: FaultCase): Promise<Estate> {
  const estate = await makeEstate('example');
  if (c.update) {
    const first = await apply(estate);
    expect(first.job.status).toBe('applied');
    c.update(estate);
  }
  return estate;
}

/** A Proxmox lock timeout: the transient error apply retries. */
const LOCK_TIMEOUT = "can't lock file '/run/lock/lxc/pve-config-901.lock' - got timeout";

function ruleEnv(rule: SimFaultRule): Record<string, string> {
  return { PHOENIX_SIM_FAULTS: JSON.stringify([rule]) };
}

/** Guests and snapshots before a run must all still exist after the run that converges. */
function expectNothingLost(
  before: Map<number, string[]>,
  after: Map<number, string[]>,
  removes: readonly number[] = [],
): void {
  for (const [id, snaps] of before) {
    if (removes.includes(id)) continue;
    expect(after.has(id)).toBe(true);
    const now = after.get(id) ?? [];
    for (const s of snaps) if (!s.startsWith('phoenix-pre-')) expect(now).toContain(s);
  }
}

describeShared('apply under injected faults', () => {
  it.each(CASES)('transient fault at $step: retried, converges in the same run', async (c) => {
    const estate = await prepared(c);
    const before = snapshotsById(await hostState(estate));
    // Two failures in a row with Proxmox's lock timeout.
    const run = await apply(estate, {
      env: ruleEnv({ ...c.rule, nth: 1, times: 2, message: LOCK_TIMEOUT }),
      settings: c.settings,
    });
    if (run.job.status !== 'applied') throw new Error(`${c.step}: ${run.job.status}\n${run.out}`);
    // The two injected failures happened (exit 255 with the lock-timeout message).
    expect(run.commands.filter((x) => x.exit === 255)).toHaveLength(2);
    const report = run.job.result!.guests.find((g) => g.address === c.guest)!;
    expect(report.outcome).toBe('succeeded');
    if (c.rule.op !== 'qm guest cmd')
      expect(report.steps.some((s) => s.note?.includes('retried'))).toBe(true);
    expectNothingLost(before, snapshotsById(await hostState(estate)), c.removes);
    const again = await apply(estate);
    expect(again.job.status).toBe('no-changes');
  });

  it.each(CASES)(
    'hard fault at $step: that branch stops, the rest finishes, the next run converges',
    async (c) => {
      const estate = await prepared(c);
      const before = snapshotsById(await hostState(estate));
      const rule: SimFaultRule = {
        ...c.rule,
        nth: 1,
        times: 1000,
        exitCode: 255,
        message: 'simulated hard failure',
      };
      const run = await apply(estate, { env: ruleEnv(rule), settings: c.settings });
      expect(run.job.status).toBe('failed');
      expect(run.job.exitCode).toBe(1);
      const plan = run.job.plan!;
      const blocked = downstream(plan, c.guest);
      for (const g of run.job.result!.guests) {
        if (g.address === c.guest) {
          expect(g.outcome).toBe('failed');
          expect(g.reason).toMatch(
            c.rule.op === 'qm guest cmd'
              ? /guest agent of VM 9000 did not answer within/
              : /simulated hard failure/,
          );
        } else if (blocked.has(g.address)) {
          expect(g).toMatchObject({ outcome: 'skipped', reason: `skipped: ${c.guest} failed` });
        } else {
          expect(g.outcome).toBe('succeeded');
        }
      }
      expect(run.out).toContain(`${c.guest}: `);
      const mid = snapshotsById(await hostState(estate));
      for (const id of before.keys()) expect(mid.has(id)).toBe(true);

      const next = await apply(estate, { settings: c.settings });
      if (next.job.status !== 'applied')
        throw new Error(`${c.step}, next run: ${next.job.status}\n${next.out}`);
      expectNothingLost(before, snapshotsById(await hostState(estate)), c.removes);
      const third = await apply(estate);
      expect(third.job.status).toBe('no-changes');
      expect(third.commands.every((x) => x.readOnly)).toBe(true);
    },
  );

  it.each([
    ['before', 'applied'],
    ['after', 'failed'],
  ] as const)('a connection dropped %s pct clone: %s, and the next run converges', async (when, status) => {
    const estate = await makeEstate('example');
    const rule: SimFaultRule = {
      op: 'pct clone',
      match: '^pct clone 900 901 ',
      nth: 1,
      times: 1,
      action: 'drop',
      when,
    };
    const run = await apply(estate, { env: ruleEnv(rule) });
    expect(run.job.status).toBe(status);
    if (when === 'after') {
      // The clone happened; apply could not know, so CT 901 failed and its dependents waited.
      const r = run.job.result!.guests.find((g) => g.address === 'ct/901')!;
      expect(r.outcome).toBe('failed');
      expect(r.reason).toMatch(/dropped/);
      const next = await apply(estate);
      expect(next.job.status).toBe('applied');
    }
    expect((await apply(estate)).job.status).toBe('no-changes');
  });
});
