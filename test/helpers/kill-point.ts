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
import { resolve } from 'node:path';
import { runSimCommand, SimKilled, SimStore, type SimState } from '../../src/sim/index.js';
import type { CommandResult, HostTransport, RunOptions } from '../../src/proxmox/transport.js';

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
