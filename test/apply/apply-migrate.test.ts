/**
 * Apply on a cluster: each step runs on the node that holds the guest at that point. A migrate
 * step runs on the node the guest leaves and every later step on the one it moves to; a clone
 * runs on its source's node and lands on its `target` (else beside the source, for a migrate to
 * follow); a source's migration never overlaps one of its clones being made.
 */
import { executePlan } from '../../src/apply/executor.js';
import { ScriptStore } from '../../src/apply/scripts.js';
import { DEFAULT_SETTINGS, type ApplySettings } from '../../src/apply/types.js';
import type { CloneOptions } from '../../src/proxmox/commands.js';
import type { GuestMove, GuestRef } from '../../src/host/port.js';
import type { LiveNode, LiveState } from '../../src/model/live-state.js';
import type { GuestChange, Plan, Step } from '../../src/plan/types.js';
import { FakeHostPort } from '../helpers/fake-host-port.js';
import { host, liveCt } from '../helpers/plan-fixtures.js';

const NODES: LiveNode[] = [
  { name: 'pve1', online: true, address: '10.0.0.11', local: true },
  { name: 'pve2', online: true, address: '10.0.0.12' },
];

const SETTINGS: ApplySettings = {
  ...DEFAULT_SETTINGS,
  concurrency: 2,
  retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  healthIntervalScale: 0,
  safetySnapshotName: 'phoenix-pre-abc1234',
};

function change(id: number, node: string, steps: Step[], extra: Partial<GuestChange> = {}): GuestChange {
  return {
    address: `ct/${id}`,
    id,
    kind: 'lxc',
    name: `ct${id}`,
    node,
    action: 'update',
    reasons: [],
    diffs: [],
    steps,
    template: false,
    dependencies: [],
    waitFor: [],
    ...extra,
  };
}

/** Only what the executor reads of a plan. */
const planOf = (changes: GuestChange[]): Plan => ({ changes, hash: 'a'.repeat(64) }) as unknown as Plan;

const move = (from: string, to: string, restart = false): Step => ({
  op: 'migrate',
  from,
  to,
  online: false,
  restart,
  withLocalDisks: false,
});

async function run(live: LiveState, changes: GuestChange[], port = new FakeHostPort(live)) {
  const result = await executePlan({
    plan: planOf(changes),
    live,
    port,
    settings: SETTINGS,
    scripts: new ScriptStore('/nonexistent'),
  });
  return { result, port };
}

const cluster = (guests: LiveState['guests']): LiveState =>
  host({ nodes: ['pve1', 'pve2'], nodeDetails: NODES, guests });

const template900 = liveCt(900, { hostname: 'base' }, { node: 'pve1', status: 'stopped', template: true });

describe('apply on a cluster', () => {
  it('runs a migrate on the node the guest leaves, and the steps after it on the new node', async () => {
    const live = cluster([liveCt(950, { hostname: 'web', memory: '1024' }, { node: 'pve1' })]);
    const { result, port } = await run(live, [
      change(950, 'pve2', [
        move('pve1', 'pve2', true),
        { op: 'configure', set: { memory: '2048' }, delete: [] },
        { op: 'restart' },
      ]),
    ]);
    expect(result.failed).toBe(0);
    expect(port.cluster).toEqual(NODES);
    expect(port.onNodes).toEqual([
      'migrate ct/950 to pve2 restart @pve1',
      'snapshot ct/950 phoenix-pre-abc1234 @pve2',
      'set ct/950 @pve2',
      'shutdown ct/950 @pve2',
      'start ct/950 @pve2',
    ]);
    expect(result.guests[0]!.steps.map((s) => s.label)[0]).toBe(
      'migrate from node pve1 to pve2 (restart around it)',
    );
    expect((await port.readState()).guests[0]!.node).toBe('pve2');
  });

  it('makes a clone beside its source, moves it, and only then records it made', async () => {
    const live = cluster([{ ...template900, tags: [] }]);
    const { result, port } = await run(live, [
      change(
        951,
        'pve2',
        [
          { op: 'clone', source: 900, storage: 'local-lvm', name: 'web-1' },
          move('pve1', 'pve2'),
          { op: 'start' },
        ],
        { action: 'clone' },
      ),
    ]);
    expect(result.failed).toBe(0);
    expect(port.onNodes).toEqual([
      // Not a Phoenix-tagged source: the clone gets the tag right after it was made.
      'clone 900 to ct/951 @pve1',
      'meta ct/951 @pve1',
      'migrate ct/951 to pve2 @pve1',
      'meta ct/951 @pve2',
      'start ct/951 @pve2',
    ]);
  });

  it('runs a clone with a target node on the source node, and the rest on the target', async () => {
    const live = cluster([{ ...template900, tags: ['phoenix'] }]);
    const { result, port } = await run(live, [
      change(
        951,
        'pve2',
        [{ op: 'clone', source: 900, storage: 'ceph', name: 'web-1', target: 'pve2' }, { op: 'start' }],
        { action: 'clone' },
      ),
    ]);
    expect(result.failed).toBe(0);
    expect(port.onNodes).toEqual([
      'clone 900 to ct/951 target pve2 @pve1',
      'meta ct/951 @pve2',
      'start ct/951 @pve2',
    ]);
  });

  it('remakes a replaced guest on its new node, its template downloaded there', async () => {
    const live = cluster([liveCt(960, { hostname: 'old' }, { node: 'pve1', status: 'stopped' })]);
    const create: Step = {
      op: 'create',
      source: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      download: true,
      storage: 'local-lvm',
      diskGb: 8,
      config: { hostname: 'new' },
      lxcRaw: [],
    };
    const { result, port } = await run(live, [
      change(960, 'pve2', [{ op: 'destroy', running: false }, create], {
        action: 'replace',
      }),
    ]);
    expect(result.failed).toBe(0);
    // `local` is not shared: the template is fetched onto the node that creates the guest.
    expect(port.onNodes.slice(0, 3)).toEqual([
      'destroy ct/960 @pve1',
      'download local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst @pve2',
      'create ct/960 from local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst @pve2',
    ]);
  });

  it('never migrates a clone source while one of its clones is being made', async () => {
    const events: string[] = [];
    class SlowClones extends FakeHostPort {
      override async cloneGuest(t: GuestRef, s: GuestRef, o: CloneOptions & { name: string }) {
        events.push(`clone starts @${s.node}`);
        await new Promise((r) => setTimeout(r, 40));
        await super.cloneGuest(t, s, o);
        events.push('clone ends');
      }
      override async migrate(g: GuestRef, m: GuestMove) {
        events.push('migrate starts');
        await new Promise((r) => setTimeout(r, 40));
        await super.migrate(g, m);
        events.push('migrate ends');
      }
    }
    const live = cluster([{ ...template900, tags: ['phoenix'] }]);
    const { result } = await run(
      live,
      [
        change(900, 'pve2', [move('pve1', 'pve2')], { template: true }),
        change(951, 'pve1', [{ op: 'clone', source: 900, storage: 'ceph', name: 'web-1' }], {
          action: 'clone',
        }),
      ],
      new SlowClones(live),
    );
    expect(result.failed).toBe(0);
    // Whichever goes first, the other waits for it; a clone after the move runs on the new node.
    expect([
      ['clone starts @pve1', 'clone ends', 'migrate starts', 'migrate ends'],
      ['migrate starts', 'migrate ends', 'clone starts @pve2', 'clone ends'],
    ]).toContainEqual(events);
  });
});
