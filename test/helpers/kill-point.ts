/**
 * Crash testing on the simulator: a transport that dies like a SIGKILLed apply after its Nth
 * mutating host command, and a normal form of a simulated host for comparing two runs.
 *
 * The Nth mutating command runs with the simulator's `killMidway`: a command with a worker phase
 * (create, clone, disk import, destroy...) is killed after its first phase was saved, leaving what
 * Proxmox leaves (a `lock: create` config, an allocated volume); a single-phase command completes.
 * From then on every command rejects without reaching the host, so the host state is frozen at the
 * moment of the kill whatever the dying apply still tries. Read-only commands do not count: a kill
 * between two of them leaves the same host as a kill after the mutating command before them.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { runSimCommand, SimKilled, SimStore, type SimState } from '../../src/sim/index.js';
import type { CommandResult, HostTransport, RunOptions } from '../../src/proxmox/transport.js';
import { editConfig } from './apply-harness.js';

export class KillingTransport implements HostTransport {
  readonly description: string;
  readonly store: SimStore;
  /** Mutating commands sent so far (the killing one included). */
  mutating = 0;
  killed = false;

  /** `killAt`: the mutating command to die in (Infinity: never). */
  constructor(
    statePath: string,
    private readonly killAt: number,
  ) {
    const path = resolve(statePath);
    this.description = `sim:${path}`;
    this.store = new SimStore(path);
  }

  async run(argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (this.killed) throw new SimKilled(argv);
    const counts = options.readOnly !== true;
    if (counts) this.mutating++;
    const dies = counts && this.mutating === this.killAt;
    try {
      const r = await runSimCommand(this.store, argv, {
        stdin: options.stdin,
        env: {},
        killMidway: dies,
        onDrop: async () => {
          throw new SimKilled(argv);
        },
      });
      if (dies) throw new SimKilled(argv);
      return r;
    } catch (err) {
      if (err instanceof SimKilled) this.killed = true;
      throw err;
    }
  }

  async close(): Promise<void> {}
}

const MAC = /([0-9A-F]{2}:){5}[0-9A-F]{2}/gi;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Keys whose values are generated fresh on every create/clone (uuids, creation time). */
const GENERATED = new Set(['smbios1', 'vmgenid', 'meta', 'digest']);
/** Safety snapshots are taken before changing an existing guest: a resumed run takes extra ones. */
const isSafety = (name: string) => name.startsWith('phoenix-pre-');

/**
 * What an operator would compare between two hosts: per guest its kind, node, status, config
 * (generated MACs, uuids and creation stamps masked), description, lock, snapshot names (without
 * safety snapshots) and files; every volume by name and size. Timestamps are left out.
 */
export function normalHost(s: SimState): unknown {
  const guests = Object.values(s.guests)
    .sort((a, b) => a.vmid - b.vmid)
    .map((g) => {
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(g.conf.main.values).sort(([a], [b]) => (a < b ? -1 : 1)))
        if (!GENERATED.has(k) && !(k === 'parent' && isSafety(v)))
          values[k] = v.replace(MAC, 'MAC').replace(UUID, 'UUID');
      return {
        id: g.vmid,
        kind: g.kind,
        node: g.node,
        status: g.status,
        values,
        description: g.conf.main.description ?? '',
        snapshots: Object.keys(g.conf.snapshots)
          .filter((n) => !isSafety(n))
          .sort(),
        files: Object.keys(g.fs).sort(),
      };
    });
  const volumes = s.volumes
    .filter((v) => v.content !== 'vztmpl' && v.content !== 'iso' && v.content !== 'import')
    .map(
      (v) =>
        `${v.storage}:${v.volname} ${v.sizeBytes}${v.base ? ' base' : ''} [${(v.snapshots ?? [])
          .filter((n) => !isSafety(n))
          .sort()
          .join(',')}]`,
    )
    .sort();
  return { guests, volumes };
}

export async function readSim(path: string): Promise<SimState> {
  return new SimTransport(path, { env: {} }).store.read();
}

const QUEUE = '/run/lock/phoenix-apply.queue';

/**
 * The killed apply's host-lock claim stands for a dead holder: it is dropped, as the takeover of a
 * dead claim (issue 10, item 4, host-lock.ts) does; the claim's expiry is not waited for.
 */
export async function dropDeadClaim(statePath: string): Promise<void> {
  await new SimTransport(statePath, { env: {} }).store.update((s) => {
    for (const n of Object.values(s.nodes)) delete n.files[QUEUE];
  });
}

const SMALL_LXC = {
  $schema: '../schemas/phoenix_lxc_configs.schema.json',
  lxc_configs: {
    '900': {
      name: 'base',
      template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
      storage_pool: 'local-lvm',
      is_template: true,
      network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.200/24', gw: '10.0.0.1' },
    },
    '950': {
      name: 'web',
      clone_from_ctid: '900',
      storage_pool: 'local-lvm',
      network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.150/24', gw: '10.0.0.1' },
    },
  },
};

/**
 * `makeEstate` patch: the example estate cut down to a template container and its clone, and the
 * VM template from a cloud image and its clone (no shared volumes, no dependencies, no app script).
 */
export function smallEstate(dir: string): void {
  writeFileSync(join(dir, 'phoenix_lxc_configs.json'), JSON.stringify(SMALL_LXC, null, 2));
  editConfig(dir, 'phoenix_hypervisor_config.json', (h) => {
    h.shared_volumes = {};
  });
  editConfig(dir, 'phoenix_vm_configs.json', (v) => {
    for (const vm of v.vms as Array<Record<string, unknown>>) {
      delete vm.dependencies;
      delete vm.application_script;
    }
  });
}
