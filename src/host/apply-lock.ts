/**
 * The apply lock as apply and setup-hypervisor take it: the host-wide queue of the connected node
 * (host-lock.ts: fair order among the runners of that node, dead holders on it released at once),
 * then, when that node is a member of a cluster, the cluster-wide lock under /etc/pve
 * (cluster-lock.ts), so runners connected to different nodes never interleave. On a single node
 * (`pvesh get /cluster/status` lists no cluster) only the host-wide queue is taken, as before.
 * Released in the reverse order. A run stopped by a signal releases the host-wide claim at once
 * (host-lock.ts); its cluster record stays until a waiter takes it over, once its heartbeat has
 * been still for the stale bound (cluster-lock.ts), with a warning naming it.
 */
import { clusterStatus } from '../proxmox/commands.js';
import type { HostTransport } from '../proxmox/transport.js';
import { ClusterLock, describeClusterHolder, type ClusterLockOptions } from './cluster-lock.js';
import { ShellClusterLockStore } from './cluster-lock-store.js';
import { HostLock, ShellLockQueue, type HostLockOptions } from './host-lock.js';
import type { HeldLock } from './port.js';
import { HostRunner } from './runner.js';
import { getErrorMessage } from '../util/errors.js';

/** Is the node a cluster member, and what is its name (`/cluster/status`: a `cluster` entry, `local`)? */
export async function clusterMembership(
  transport: HostTransport,
  onWarning: (message: string) => void = () => undefined,
): Promise<{ inCluster: boolean; node?: string }> {
  try {
    const r = await new HostRunner(transport).once(clusterStatus());
    if (r.exitCode !== 0) return { inCluster: false };
    const rows = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    if (!Array.isArray(rows)) return { inCluster: false };
    const local = rows.find((x) => x?.type === 'node' && Number(x.local) === 1);
    return {
      inCluster: rows.some((x) => x?.type === 'cluster'),
      ...(typeof local?.name === 'string' ? { node: local.name } : {}),
    };
  } catch (err) {
    onWarning(
      `cannot tell whether the node is in a cluster (pvesh get /cluster/status: ${getErrorMessage(err)}): only the host-wide apply lock is taken`,
    );
    return { inCluster: false };
  }
}

export type ApplyLockOptions = HostLockOptions &
  Pick<ClusterLockOptions, 'staleMs'> & {
    /** Said when this run waits for a holder on the cluster (default: `onWarning`). */
    readonly onClusterWait?: (message: string) => void;
  };

/** Both locks (the cluster one only on a cluster), held until `release`. */
export async function acquireApplyLock(transport: HostTransport, o: ApplyLockOptions): Promise<HeldLock> {
  const now = o.now ?? Date.now;
  const started = now();
  const host = await HostLock.acquire(new ShellLockQueue(transport), o);
  let cluster: ClusterLock | undefined;
  try {
    const membership = await clusterMembership(transport, o.onWarning);
    if (membership.inCluster)
      cluster = await ClusterLock.acquire(new ShellClusterLockStore(transport), {
        // One wait in all: what the host-wide queue left of it (at least a second).
        timeoutMs: Math.max(1000, o.timeoutMs - (now() - started)),
        staleMs: o.staleMs ?? o.ttlMs,
        pollMs: o.pollMs,
        node: membership.node,
        note: o.note,
        now: o.now,
        env: o.env,
        onWarning: o.onWarning,
        onWait: (h) =>
          (o.onClusterWait ?? o.onWarning)?.(
            `waiting for the cluster-wide apply lock: ${describeClusterHolder(h)}`,
          ),
      });
  } catch (err) {
    await host.release().catch(() => undefined);
    throw err;
  }
  return {
    id: host.id,
    async release() {
      try {
        await cluster?.release();
      } finally {
        await host.release();
      }
    },
  };
}

/** One line on the cluster-wide lock for `phoenix unlock`; undefined on a lone node. */
export async function clusterLockStatus(transport: HostTransport): Promise<string | undefined> {
  if (!(await clusterMembership(transport)).inCluster) return undefined;
  const store = new ShellClusterLockStore(transport);
  const r = await store.read();
  if (r.kind === 'absent' || (r.kind === 'record' && r.record.state === 'released'))
    return `The cluster-wide apply lock (${store.where}) is free.`;
  if (r.kind === 'garbled') return `The cluster-wide apply lock (${store.where}) has an unreadable record.`;
  return (
    `The cluster-wide apply lock (${store.where}) is held by ${describeClusterHolder(r.record)}; ` +
    `a waiter takes it over once that heartbeat has been still for the stale bound (120 s by default; phoenix unlock does not release it).`
  );
}
