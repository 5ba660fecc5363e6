/** A simulated three-node cluster (pve, pve2, pve3) in a temp dir; commands run on a chosen node. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSimCommand, SimStore, type SimState } from '../../src/sim/index.js';
import type { SimCommandResult } from '../../src/sim/context.js';
import { UBUNTU } from './sim.js';

export interface ClusterHarness {
  path: string;
  store: SimStore;
  /** Runs `argv` on `node`. */
  on(node: string, argv: string[], stdin?: string): Promise<SimCommandResult>;
  /** Runs on `node` and expects exit 0; returns stdout. */
  ok(node: string, ...argv: string[]): Promise<string>;
  state(): Promise<SimState>;
  configure(fn: (s: SimState) => void): Promise<void>;
  cleanup(): void;
}

export function clusterHarness(nodes = ['pve', 'pve2', 'pve3']): ClusterHarness {
  const dir = mkdtempSync(join(tmpdir(), 'phoenix-simcluster-'));
  const path = join(dir, 'state.json');
  const store = new SimStore(path, { initial: { nodes, clusterName: nodes.length > 1 ? 'lab' : undefined } });
  const on = (node: string, argv: string[], stdin?: string): Promise<SimCommandResult> =>
    runSimCommand(store, argv, {
      node,
      stdin,
      onDrop: () => Promise.reject(new Error('drop')),
    });
  return {
    path,
    store,
    on,
    async ok(node, ...argv) {
      const r = await on(node, argv);
      if (r.exitCode !== 0)
        throw new Error(`${argv.join(' ')} on ${node} failed (${r.exitCode}): ${r.stderr}`);
      return r.stdout;
    },
    state: () => store.read(),
    configure: async (fn) => {
      await store.update(fn);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `ssh` as Proxmox's SSHInfo builds it, to `node` at `address`, with `inner` single-quoted. */
export function hop(node: string, address: string, inner: string[]): string[] {
  const quoted = inner.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  return [
    'ssh',
    '-e',
    'none',
    '-o',
    'BatchMode=yes',
    '-o',
    `HostKeyAlias=${node}`,
    `root@${address}`,
    '--',
    quoted,
  ];
}

/** Creates CT `vmid` on `node` (template downloaded there first) with its rootfs on `storage`. */
export async function createCtOn(
  h: ClusterHarness,
  node: string,
  vmid: number,
  storage = 'local-lvm',
  ...extra: string[]
): Promise<void> {
  const s = await h.state();
  if (!s.volumes.some((v) => v.volname === `vztmpl/${UBUNTU}` && v.node === node))
    await h.ok(node, 'pveam', 'download', 'local', UBUNTU);
  await h.ok(
    node,
    'pct',
    'create',
    String(vmid),
    `local:vztmpl/${UBUNTU}`,
    '--rootfs',
    `${storage}:4`,
    ...extra,
  );
}
