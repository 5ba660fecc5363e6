/**
 * The executor over the shell host port against the simulated three-node cluster, connected to
 * `pve`: a plan that makes a container on pve2 (its template fetched there), starts it, runs a
 * command in it and moves it to pve3 leaves it running on pve3, every guest command sent through
 * the hop to the node that held the guest at that step.
 */
import { nodeAddress } from '../../src/sim/index.js';
import { executePlan } from '../../src/apply/executor.js';
import { ScriptStore } from '../../src/apply/scripts.js';
import { DEFAULT_SETTINGS } from '../../src/apply/types.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import type { LiveNode } from '../../src/model/live-state.js';
import type { GuestChange, Plan } from '../../src/plan/types.js';
import { hopInner } from '../../src/proxmox/commands.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { HostTransport } from '../../src/proxmox/transport.js';
import { host } from '../helpers/plan-fixtures.js';
import { clusterHarness, type ClusterHarness } from '../helpers/sim-cluster.js';
import { UBUNTU_VOLID } from '../helpers/sim.js';

let h: ClusterHarness;
beforeEach(() => {
  h = clusterHarness();
});
afterEach(() => h.cleanup());

/** `NODE PROGRAM SUBCOMMAND` of each command sent (`local` when not hopped). */
function recorded(t: HostTransport, sent: string[]): HostTransport {
  return {
    description: t.description,
    run: (argv, o) => {
      const hop = hopInner(argv);
      sent.push(`${hop?.node ?? 'local'} ${(hop?.argv ?? argv).slice(0, 2).join(' ')}`);
      return t.run(argv, o);
    },
    close: () => t.close(),
  };
}

describe('apply on the simulated cluster', () => {
  it('makes a container on its node and runs each later step where the guest is', async () => {
    const s = await h.state();
    const nodeDetails: LiveNode[] = Object.values(s.nodes).map((n) => ({
      name: n.name,
      online: n.online,
      address: nodeAddress(s, n.name),
      local: n.name === 'pve',
    }));
    const sent: string[] = [];
    const port = new ShellHostPort(recorded(new SimTransport(h.path, { env: {}, node: 'pve' }), sent));
    const change: GuestChange = {
      address: 'ct/200',
      id: 200,
      kind: 'lxc',
      name: 'web',
      node: 'pve3',
      action: 'create',
      reasons: [],
      diffs: [],
      template: false,
      dependencies: [],
      waitFor: [],
      steps: [
        {
          op: 'create',
          source: UBUNTU_VOLID,
          download: true,
          storage: 'local-lvm',
          diskGb: 4,
          config: { hostname: 'web', rootfs: 'local-lvm:4', memory: '512' },
          lxcRaw: [],
        },
        { op: 'start' },
        { op: 'migrate', from: 'pve3', to: 'pve2', online: false, restart: true, withLocalDisks: false },
        { op: 'stop' },
      ],
    };
    const result = await executePlan({
      plan: { changes: [change], hash: 'b'.repeat(64) } as unknown as Plan,
      live: host({ nodes: Object.keys(s.nodes), nodeDetails, guests: [] }),
      port,
      settings: {
        ...DEFAULT_SETTINGS,
        retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
        safetySnapshotName: 'phoenix-pre-abc1234',
      },
      scripts: new ScriptStore('/nonexistent'),
    });
    expect(result.guests[0]!.reason).toBeUndefined();
    expect(result.succeeded).toBe(1);
    expect((await h.state()).guests['200']).toMatchObject({ node: 'pve2', status: 'stopped' });
    expect(sent).toEqual([
      'pve3 pveam download',
      'pve3 pct create',
      'pve3 pct set', // the first done-record, once the make step is over
      'pve3 pct start',
      'pve3 pct migrate',
      'pve2 pct shutdown',
    ]);
  });
});
