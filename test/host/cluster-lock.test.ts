/**
 * The cluster-wide apply lock (src/host/cluster-lock.ts). Against a simulated two-node cluster
 * (pve, pve2), each runner talking to its own node: the record under /etc/pve is shared, so the
 * second runner waits and is told who holds it; a holder whose heartbeat stopped is taken over
 * with a message naming it; release leaves the record released. Against an in-memory pmxcfs
 * (atomic mkdir, shared files), racing contenders: exactly one holds the lock at a time.
 */
import { join } from 'node:path';
import { ClusterLock, describeClusterHolder } from '../../src/host/cluster-lock.js';
import {
  CLUSTER_LOCK_RECORD,
  parseRecord,
  ShellClusterLockStore,
  type ClusterLockRecord,
  type ClusterLockStore,
  type RecordRead,
} from '../../src/host/cluster-lock-store.js';
import { acquireApplyLock, clusterLockStatus, clusterMembership } from '../../src/host/apply-lock.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { createInitialState, SimStore } from '../../src/sim/index.js';
import { tempDir } from '../helpers/hypervisor-fixtures.js';

async function simCluster(nodes = ['pve', 'pve2']): Promise<string> {
  const path = join(tempDir('phoenix-cluster-lock-'), 'state.json');
  const clusterName = nodes.length > 1 ? 'lab' : undefined;
  const store = new SimStore(path, { initial: { nodes, clusterName } });
  await store.update((s) => void Object.assign(s, createInitialState({ nodes, clusterName })));
  return path;
}

const on = (state: string, node: string): SimTransport => new SimTransport(state, { env: {}, node });
const storeOn = (state: string, node: string): ShellClusterLockStore =>
  new ShellClusterLockStore(on(state, node));
const identity = (node: string, pid: number) => ({
  who: `ci@runner-${node} pid ${pid}`,
  host: `runner-${node}`,
  pid,
});

async function recordOf(state: string): Promise<ClusterLockRecord> {
  const r = await storeOn(state, 'pve').read();
  if (r.kind !== 'record') throw new Error(`no lock record (${r.kind})`);
  return r.record;
}

describe('the cluster-wide apply lock on a simulated cluster', () => {
  test('runners on two nodes cannot both hold it: the second waits, is told who holds it, and gets it after release', async () => {
    const state = await simCluster();
    const a = await ClusterLock.acquire(storeOn(state, 'pve'), {
      timeoutMs: 5000,
      pollMs: 10,
      node: 'pve',
      note: 'apply',
      identity: identity('pve', 101),
    });
    expect(await recordOf(state)).toMatchObject({
      gen: 1,
      state: 'held',
      id: a.id,
      node: 'pve',
      note: 'apply',
    });
    const waits: string[] = [];
    await expect(
      ClusterLock.acquire(storeOn(state, 'pve2'), {
        timeoutMs: 150,
        pollMs: 10,
        node: 'pve2',
        identity: identity('pve2', 202),
        onWait: (h) => waits.push(describeClusterHolder(h)),
      }),
    ).rejects.toThrow(
      new RegExp(
        `^timed out after 0 s waiting for the cluster-wide apply lock \\(${CLUSTER_LOCK_RECORD}\\): held by run ${a.id} by ci@runner-pve pid 101 on node pve \\(apply\\)`,
      ),
    );
    expect(waits).toHaveLength(1);
    expect(waits[0]).toContain('on node pve (apply)');
    await a.release();
    expect(await recordOf(state)).toMatchObject({ gen: 1, state: 'released', id: a.id });
    const b = await ClusterLock.acquire(storeOn(state, 'pve2'), {
      timeoutMs: 5000,
      pollMs: 10,
      node: 'pve2',
      identity: identity('pve2', 202),
    });
    expect(await recordOf(state)).toMatchObject({ gen: 2, state: 'held', id: b.id, node: 'pve2' });
    await b.release();
  });

  test('a holder whose heartbeat stopped is taken over, never silently; the record keeps whom it was taken from', async () => {
    const state = await simCluster();
    const store = storeOn(state, 'pve');
    await store.prepare();
    expect(await store.claim(1)).toBe(true);
    const dead: ClusterLockRecord = {
      gen: 1,
      state: 'held',
      id: 'deadbeef0001',
      who: 'ci@runner-pve pid 4242',
      node: 'pve',
      since: Date.parse('2026-12-04T01:00:00Z'),
      heartbeat: Date.parse('2026-12-04T01:20:00Z'),
    };
    await store.write(dead);
    const warnings: string[] = [];
    const b = await ClusterLock.acquire(storeOn(state, 'pve2'), {
      timeoutMs: 5000,
      staleMs: 100,
      pollMs: 10,
      node: 'pve2',
      identity: identity('pve2', 202),
      onWarning: (m) => warnings.push(m),
    });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^took over the cluster-wide apply lock \(\/etc\/pve\/phoenix\/apply-lock\.json\) from run deadbeef0001 by ci@runner-pve pid 4242 on node pve, holding it since 2026-12-04 01:00:00 UTC, last heartbeat 2026-12-04 01:20:00 UTC: its heartbeat has not changed for 0 s$/,
      ),
    ]);
    expect(await recordOf(state)).toMatchObject({
      gen: 2,
      state: 'held',
      id: b.id,
      tookOverFrom: 'deadbeef0001',
    });
    await b.release();
  });

  test('a live holder is not taken over: its heartbeat keeps changing', async () => {
    const state = await simCluster();
    const a = await ClusterLock.acquire(storeOn(state, 'pve'), {
      timeoutMs: 5000,
      pollMs: 10,
      identity: identity('pve', 101),
    });
    const beat = setInterval(() => void a.renew(), 20);
    try {
      await expect(
        ClusterLock.acquire(storeOn(state, 'pve2'), {
          timeoutMs: 400,
          staleMs: 100,
          pollMs: 10,
          identity: identity('pve2', 202),
        }),
      ).rejects.toThrow(/^timed out/);
    } finally {
      clearInterval(beat);
    }
    expect(await recordOf(state)).toMatchObject({ id: a.id, state: 'held' });
    await a.release();
  });

  test('runners on two simulated nodes racing at once: one holder at a time; a new generation prunes the previous folder', async () => {
    const state = await simCluster();
    let holding = 0;
    let most = 0;
    const gens: number[] = [];
    const runner = async (i: number): Promise<void> => {
      const node = i % 2 ? 'pve2' : 'pve';
      const lock = await ClusterLock.acquire(storeOn(state, node), {
        timeoutMs: 20_000,
        pollMs: 5,
        node,
        identity: identity(node, 300 + i),
      });
      holding++;
      most = Math.max(most, holding);
      gens.push(lock.generation);
      await new Promise((r) => setTimeout(r, 10));
      holding--;
      await lock.release();
    };
    await Promise.all([0, 1, 2, 3].map(runner));
    expect(most).toBe(1);
    expect(gens).toEqual([1, 2, 3, 4]);
    // Folders 1..3 were pruned by the next holder; 4 (the last held) is still there.
    const store = storeOn(state, 'pve2');
    expect(await store.claim(3)).toBe(true);
    expect(await store.claim(4)).toBe(false);
  });

  test('the apply lock takes the cluster lock on a cluster member, naming the node, and only the host queue on a lone node', async () => {
    const state = await simCluster();
    expect(await clusterMembership(on(state, 'pve2'))).toEqual({ inCluster: true, node: 'pve2' });
    const held = await acquireApplyLock(on(state, 'pve2'), { timeoutMs: 5000, pollMs: 10, note: 'apply' });
    expect(await recordOf(state)).toMatchObject({ state: 'held', node: 'pve2', note: 'apply' });
    expect(await clusterLockStatus(on(state, 'pve'))).toMatch(
      /^The cluster-wide apply lock \(\/etc\/pve\/phoenix\/apply-lock\.json\) is held by run [0-9a-f]{12} by .+ on node pve2 \(apply\)/,
    );
    await held.release();
    expect((await recordOf(state)).state).toBe('released');
    expect(await clusterLockStatus(on(state, 'pve'))).toBe(
      'The cluster-wide apply lock (/etc/pve/phoenix/apply-lock.json) is free.',
    );

    const lone = await simCluster(['pve']);
    expect(await clusterMembership(on(lone, 'pve'))).toEqual({ inCluster: false, node: 'pve' });
    const single = await acquireApplyLock(on(lone, 'pve'), { timeoutMs: 5000, pollMs: 10 });
    expect((await storeOn(lone, 'pve').read()).kind).toBe('absent');
    await single.release();
    expect(await clusterLockStatus(on(lone, 'pve'))).toBeUndefined();
  });
});

/** pmxcfs as the lock sees it: one tree for every node, `mkdir` atomic, files replaced whole. */
class MemoryPmxcfs {
  readonly dirs = new Set<string>();
  text: string | undefined;
}

function memoryStore(fs: MemoryPmxcfs): ClusterLockStore {
  const tick = (): Promise<void> => new Promise((r) => setTimeout(r, Math.random() * 3));
  return {
    where: CLUSTER_LOCK_RECORD,
    async prepare() {},
    async claim(gen) {
      await tick();
      if (fs.dirs.has(String(gen))) return false;
      fs.dirs.add(String(gen));
      return true;
    },
    async read(): Promise<RecordRead> {
      await tick();
      return fs.text === undefined ? { kind: 'absent' } : parseRecord(fs.text);
    },
    async write(r) {
      await tick();
      fs.text = JSON.stringify(r);
    },
    async prune(gen) {
      fs.dirs.delete(String(gen));
    },
  };
}

describe('the cluster-wide apply lock under contention', () => {
  test('five runners on three nodes race for it: never two holders at once, and every one gets it in turn', async () => {
    const fs = new MemoryPmxcfs();
    let holding = 0;
    let most = 0;
    const order: string[] = [];
    const runner = async (i: number): Promise<void> => {
      const node = `pve${(i % 3) + 1}`;
      const lock = await ClusterLock.acquire(memoryStore(fs), {
        timeoutMs: 10_000,
        pollMs: 5,
        node,
        identity: identity(node, 1000 + i),
      });
      holding++;
      most = Math.max(most, holding);
      order.push(lock.id);
      await new Promise((r) => setTimeout(r, 15));
      holding--;
      await lock.release();
    };
    await Promise.all([0, 1, 2, 3, 4].map(runner));
    expect(most).toBe(1);
    expect(new Set(order).size).toBe(5);
    expect(parseRecord(fs.text!)).toMatchObject({ kind: 'record', record: { gen: 5, state: 'released' } });
  });
});
