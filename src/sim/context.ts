/**
 * What a simulated command sees while it runs: the state (already locked for writing), its
 * runtime (node, stdin, environment, latency), output sinks, config locks (`lock_config` flocks)
 * and the continuation mechanism for long operations. A handler returns `ctx.after(op, next)` to
 * release the state lock, wait the operation's latency (holding the model's locks, so concurrent
 * misuse fails like on Proxmox) and continue in `next` with fresh state.
 */
import { PveError } from './errors.js';
import type { LatencyModel } from './latency.js';
import type { GuestKind, SimNode, SimState } from './model.js';
import { pidAlive } from './store.js';

export interface SimRuntime {
  /** Arguments after the program name. */
  args: readonly string[];
  /** Node the command runs on. */
  node: string;
  stdin: Buffer;
  env: Readonly<Record<string, string | undefined>>;
  /** Unique id of this invocation (holder of its config locks). */
  token: string;
  latency: LatencyModel;
  /** Guest agent boot delay, already scaled. */
  agentBootMs: number;
  /** May host paths outside the simulated ones be read from the real filesystem (shims)? */
  realFs: boolean;
  /** Further path prefixes held as simulated host files (the caller's own folders on the host). */
  extraSimulatedPaths: readonly string[];
  now(): number;
}

/** What a command gives back (the same shape as a transport's command result). */
export interface SimCommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export type Phase = (ctx: SimCtx) => Continuation | void;

export class Continuation {
  constructor(
    /** Latency key to wait before `next`. */
    readonly op: string,
    readonly next: Phase,
  ) {}
}

/** Another command holds the config lock: the dispatcher waits and retries the phase. */
export class FlockBusy extends Error {
  constructor(
    readonly kind: GuestKind,
    readonly vmid: number,
  ) {
    super(`config lock of ${vmid} is busy`);
  }
}

export interface SimSink {
  out: string[];
  err: string[];
  /** Config locks this invocation holds (vmid keys). */
  flocks: Set<string>;
  /** Exit code set by `failCommitted`. */
  exitCode: number;
}

const FLOCK_MAX_AGE_MS = 10 * 60_000;

export class SimCtx {
  constructor(
    readonly s: SimState,
    readonly rt: SimRuntime,
    private readonly sink: SimSink,
  ) {}

  out(text: string): void {
    this.sink.out.push(text);
  }

  err(text: string): void {
    this.sink.err.push(text);
  }

  get nodeName(): string {
    return this.rt.node;
  }

  get node(): SimNode {
    const n = this.s.nodes[this.rt.node];
    if (!n) throw new PveError(`no such cluster node '${this.rt.node}'`);
    return n;
  }

  now(): number {
    return this.rt.now();
  }

  /** The same command's view as if it ran on `node` (a migration's steps on the target). */
  onNode(node: string): SimCtx {
    return new SimCtx(this.s, { ...this.rt, node }, this.sink);
  }

  /** Next value of the state's sequence (MACs, UUIDs, secrets). */
  seq(): number {
    this.s.seq += 1;
    return this.s.seq;
  }

  /**
   * Takes the guest's config lock (`lock_config`) until the command ends. Throws `FlockBusy`
   * while another live command holds it.
   */
  holdFlock(kind: GuestKind, vmid: number): void {
    const key = String(vmid);
    if (this.sink.flocks.has(key)) return;
    const cur = this.s.flocks[key];
    if (cur && cur.holder !== this.rt.token) {
      const fresh = this.now() - cur.at < FLOCK_MAX_AGE_MS;
      if (fresh && pidAlive(cur.pid)) throw new FlockBusy(kind, vmid);
    }
    this.s.flocks[key] = { holder: this.rt.token, pid: process.pid, at: this.now() };
    this.sink.flocks.add(key);
  }

  /**
   * Ends the command with a Proxmox error while keeping this phase's state changes (cleanup after
   * a failed worker). The handler must return normally afterwards.
   */
  failCommitted(message: string, exitCode = 255): void {
    if (message) this.sink.err.push(message.endsWith('\n') ? message : message + '\n');
    this.sink.exitCode = exitCode;
  }

  after(op: string, next: Phase): Continuation {
    return new Continuation(op, next);
  }
}

export function releaseFlocks(state: SimState, token: string): void {
  for (const [k, v] of Object.entries(state.flocks)) if (v.holder === token) delete state.flocks[k];
}

export function flockTimeoutMessage(kind: GuestKind, vmid: number): string {
  return kind === 'qemu'
    ? `can't lock file '/var/lock/qemu-server/lock-${vmid}.conf' - got timeout`
    : `can't lock file '/run/lock/lxc/pve-config-${vmid}.lock' - got timeout`;
}
