/**
 * Reads the live state of a Proxmox node or cluster in a number of host commands that does not
 * grow with the number of guests, and grows with the nodes by a constant step:
 *   1. `pvesh get /cluster/resources` (guests, nodes, storages and their `shared` flag),
 *   2. `pvesh get /cluster/status` (per node: `ip`, `online`, `local`),
 *   3. one `grep -r -H '' -- /etc/pve/nodes/<node>/{lxc,qemu-server}` over the nodes that hold
 *      guests (configs, snapshot sections, pending changes), left out when there is no guest:
 *      its size grows with the number of nodes, never with the number of guests, so it stays far
 *      below the SSH transport's MAX_COMMAND_BYTES,
 *   4. `pvesh get /version`,
 *   5. per online node: `pvesh get /nodes/{node}/network` (bridges),
 *   6. per storage holding `vztmpl` or `import` content, per online node when not shared (once
 *      for a shared one): one content listing (both types in one, filtered here),
 *   7. per online node: `find /dev /etc/apparmor.d/lxc -mindepth 1 -maxdepth 1`, on the node read
 *      from directly, on the others through the cluster's SSH hop (commands/hop.ts) to the
 *      address `/cluster/status` gives: the device nodes guests pass through and the AppArmor
 *      profiles they name exist or not.
 * So: commands = 3 (+1 with guests) + S + N × (2 + L), with N online nodes, L node-local template
 * storages per node and S shared template storages; for Proxmox's default storages (`local` with
 * templates, `local-lvm` without) that is 4 + 3 × N. 1 and 2 run first (the others depend on
 * them); 3 to 7 run at most READ_CONCURRENCY at once, started in the order above.
 *
 * Offline nodes get no per-node read: their guests still come from the resource list and the
 * shared /etc/pve. A per-node `find` that fails (a hop refused, a node unreachable) leaves that
 * node's device nodes and profiles absent (unknown) and tells `onWarning` why; so does a failing
 * `/cluster/status` (then addresses are unknown and only the node read from is listed).
 *
 * Top-level fields kept for the planner as they were before clusters: `bridges` is the union of
 * every online node's bridges; `deviceNodes` and `apparmorProfiles` are those of the node read
 * from; `templates` and `images` are the union of the volumes listed. Per-node values are in
 * `nodeDetails`. Everything is parsed from Proxmox's own output formats (state-parse.ts).
 */
import {
  clusterResources,
  clusterStatus,
  guestConfigPath,
  listHostEntries,
  nodeNetwork,
  onNode,
  pveVersion,
  readNodeConfigDirs,
  storageContent,
  type HostCommand,
  TIMEOUT_KILL_AFTER_SEC,
  withTimeout,
} from './commands.js';
import type { GuestKind } from '../dialect/conf-format.js';
import { LIVE_STATE_VERSION, type LiveGuest, type LiveState } from '../model/live-state.js';
import {
  clusterNodes,
  clusterStorages,
  nodeDetailsOf,
  parseClusterStatus,
  type StatusNode,
} from './state-cluster.js';
import {
  guestFrom,
  parseJson,
  parseJsonList,
  splitGrepOutput,
  splitHostEntries,
  StateReadError,
  type HostEntries,
  type Resource,
} from './state-parse.js';
import type { CommandResult, HostTransport } from './transport.js';

export { splitGrepOutput, splitHostEntries, StateReadError } from './state-parse.js';

export interface ReadLiveStateOptions {
  /** Clock for `readAt` (tests). */
  now?: () => Date;
  /** Called with each command's argv (tests count them). */
  onCommand?: (argv: readonly string[]) => void;
  /** Called with why a fact is unknown (a node's listing failed); the read goes on without it. */
  onWarning?: (message: string) => void;
  /** Bound of each read (default 120 s). */
  timeoutMs?: number;
}

/** Bound of each command that reads the state (the host runner's default for a read-only query). */
const STATE_READ_TIMEOUT_MS = 120_000;

const failure = (r: CommandResult): string => `exit ${r.exitCode}: ${r.stderr.trim() || '(no message)'}`;

export async function readLiveState(
  transport: HostTransport,
  options: ReadLiveStateOptions = {},
): Promise<LiveState> {
  const attempt = async (cmd: HostCommand) => {
    options.onCommand?.(cmd.argv);
    // Bounded like every read-only query of the host runner (its default), under the host's
    // `timeout` where the host runs real programs, so the audit log shows the bound.
    const ms = options.timeoutMs ?? STATE_READ_TIMEOUT_MS;
    const sent = transport.hostTimeouts ? withTimeout(cmd, ms / 1000) : cmd;
    return transport.run(sent.argv, {
      readOnly: cmd.readOnly,
      stdin: cmd.stdin,
      timeoutMs: ms + (transport.hostTimeouts ? (TIMEOUT_KILL_AFTER_SEC + 5) * 1000 : 0),
    });
  };
  const run = async (cmd: HostCommand, okCodes: readonly number[] = [0]): Promise<string> => {
    const r = await attempt(cmd);
    if (!okCodes.includes(r.exitCode)) throw new StateReadError(cmd.argv, r.exitCode, r.stderr);
    return r.stdout;
  };
  const warn = (message: string) => options.onWarning?.(message);

  const resCmd = clusterResources();
  const resources = parseJsonList<Resource>(resCmd, await run(resCmd));
  const statusCmd = clusterStatus();
  const statusRead = await attempt(statusCmd);
  let status: StatusNode[] | undefined;
  if (statusRead.exitCode === 0) status = parseClusterStatus(parseJsonList(statusCmd, statusRead.stdout));
  else
    warn(
      `'pvesh get /cluster/status' failed (${failure(statusRead)}): node addresses are unknown, ` +
        'so only the node read from lists its device nodes and AppArmor profiles',
    );
  const nodes = clusterNodes(resources, status);

  const guestsRes = resources.filter(
    (r) => (r.type === 'lxc' || r.type === 'qemu') && typeof r.vmid === 'number' && r.node,
  );
  const paths = guestsRes.map((g) => guestConfigPath(g.node!, g.type as GuestKind, g.vmid!));
  const { storages, queries } = clusterStorages(resources, nodes);
  let files = new Map<string, string>();
  let version: string | undefined;
  const bridgesOf = new Map<string, string[]>();
  // LXC templates, and the cloud images VMs are imported from (`import` content).
  const templates = new Set<string>();
  const images = new Set<string>();
  // Per node: a template on node-local storage is there only; one on shared storage everywhere.
  const sharedIds = new Set(storages.filter((st) => st.shared).map((st) => st.id));
  const sharedTemplates = new Set<string>();
  const ownTemplates = new Map<string, Set<string>>();
  const tasks: Array<() => Promise<void>> = [];
  if (paths.length > 0) {
    // exit 1: every file empty; exit 2: a folder vanished (its node left) since the resource list was read.
    const guestNodes = [...new Set(guestsRes.map((g) => g.node!))].sort();
    tasks.push(async () => {
      files = splitGrepOutput(await run(readNodeConfigDirs(guestNodes), [0, 1, 2]), paths);
    });
  }
  tasks.push(async () => {
    const cmd = pveVersion();
    version = parseJson<{ version?: string }>(cmd, await run(cmd)).version;
  });
  for (const node of nodes.online) {
    tasks.push(async () => {
      const cmd = nodeNetwork(node);
      const ifaces = parseJsonList<{ iface?: string; type?: string }>(cmd, await run(cmd));
      const names = ifaces
        .filter((i) => i.iface && (i.type === 'bridge' || i.type === 'OVSBridge'))
        .map((i) => i.iface!);
      bridgesOf.set(node, [...new Set(names)].sort());
    });
  }
  for (const q of queries) {
    tasks.push(async () => {
      const cmd = storageContent(q.node, q.storage, q.content);
      for (const v of parseJsonList<{ volid?: string; content?: string }>(cmd, await run(cmd))) {
        const kind = v.content ?? q.content;
        if (v.volid && kind === 'vztmpl') {
          templates.add(v.volid);
          if (sharedIds.has(q.storage)) sharedTemplates.add(v.volid);
          else {
            const own = ownTemplates.get(q.node) ?? new Set<string>();
            ownTemplates.set(q.node, own.add(v.volid));
          }
        } else if (v.volid && kind === 'import') images.add(v.volid);
      }
    });
  }
  const entries = new Map<string, HostEntries>();
  tasks.push(...hostEntryReads(attempt, nodes, warn, entries));
  await runLimited(tasks, READ_CONCURRENCY);
  const local = entries.get(LOCAL);
  entries.delete(LOCAL);

  const guests: LiveGuest[] = [];
  guestsRes.forEach((r, i) => {
    const text = files.get(paths[i]!);
    if (text !== undefined) guests.push(guestFrom(r, text)); // else removed between the two reads
  });
  guests.sort((a, b) => a.id - b.id);

  const state: LiveState = {
    version: LIVE_STATE_VERSION,
    readAt: (options.now?.() ?? new Date()).toISOString(),
    target: transport.description,
    nodes: nodes.names,
    nodeDetails: nodeDetailsOf(nodes, {
      bridges: bridgesOf,
      entries,
      templates: new Map(
        nodes.online.map((n) => [
          n,
          [...new Set([...sharedTemplates, ...(ownTemplates.get(n) ?? [])])].sort(),
        ]),
      ),
    }),
    guests,
    storages,
    bridges: [...new Set([...bridgesOf.values()].flat())].sort(),
    templates: [...templates].sort(),
    images: [...images].sort(),
    ...(local ?? {}),
  };
  return version === undefined ? state : { ...state, pveVersion: version };
}

/** Key of the listing of the node read from, when its name is unknown too. */
const LOCAL = '';

/**
 * `find /dev /etc/apparmor.d/lxc` on every online node, into `out` by node name (and under
 * `LOCAL` for the node read from): directly there, through the SSH hop elsewhere. exit 1:
 * /etc/apparmor.d/lxc is missing (no profiles installed); any other failure leaves that node's
 * entries unknown.
 */
function hostEntryReads(
  attempt: (cmd: HostCommand) => Promise<CommandResult>,
  nodes: ReturnType<typeof clusterNodes>,
  warn: (message: string) => void,
  out: Map<string, HostEntries>,
): Array<() => Promise<void>> {
  const listed = (node: string, r: CommandResult, how: string): HostEntries | undefined => {
    const entries = r.exitCode === 0 || r.exitCode === 1 ? splitHostEntries(r.stdout) : undefined;
    if (!entries)
      warn(
        `node ${node}: listing /dev and /etc/apparmor.d/lxc ${how} failed (${failure(r)}): ` +
          'its device nodes and AppArmor profiles are unknown',
      );
    return entries;
  };
  const reads = [
    async () => {
      const here = listed(nodes.local ?? 'read from', await attempt(listHostEntries()), 'directly');
      if (here) out.set(LOCAL, here);
      if (here && nodes.local !== undefined) out.set(nodes.local, here);
    },
  ];
  if (nodes.local === undefined) return reads; // which node answered is unknown: no hop
  for (const node of nodes.online) {
    if (node === nodes.local) continue;
    const address = nodes.status.get(node)?.address;
    if (!address) {
      warn(
        `node ${node}: /cluster/status gives no address, so its device nodes and AppArmor profiles are unknown`,
      );
      continue;
    }
    reads.push(async () => {
      let r: CommandResult;
      try {
        r = await attempt(onNode({ node, address }, listHostEntries()));
      } catch (err) {
        r = { exitCode: -1, stdout: '', stderr: err instanceof Error ? err.message : String(err) };
      }
      const entries = listed(node, r, `through ssh to ${address}`);
      if (entries) out.set(node, entries);
    });
  }
  return reads;
}

/**
 * How many reads run at once after the first two: enough to overlap the round trips and the
 * API's start-up time per `pvesh` (the SSH transport multiplexes channels), few enough not to
 * load the node with Perl processes on a large cluster.
 */
const READ_CONCURRENCY = 4;

/**
 * Runs `tasks`, at most `limit` at once, started in their order (so `onCommand` sees a stable
 * order); after a failure no further one starts, the running ones finish, and the first error is
 * thrown (no command outlives the read).
 */
async function runLimited(tasks: ReadonlyArray<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  let firstError: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && !firstError) {
      const task = tasks[next++]!;
      try {
        await task();
      } catch (error) {
        firstError ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (firstError) throw firstError.error;
}
