/**
 * The `sim:PATH` target: runs host commands in-process against the simulator's state file, with
 * the simulator's latency and faults. Several transports (in one or many processes) on the same
 * file act on the same simulated host. A `drop` fault rejects the command with
 * `SimConnectionDropped` (code ECONNRESET), like a connection that went away.
 */
import { resolve } from 'node:path';
import { runSimCommand, SimStore, type SimStoreOptions } from '../sim/index.js';
import { TransportTimeout, type CommandResult, type HostTransport, type RunOptions } from './transport.js';

export class SimConnectionDropped extends Error {
  readonly code = 'ECONNRESET';
  constructor(
    target: string,
    /** `before`: the command did not run; `after`: it ran and changed the host. */
    readonly when: 'before' | 'after',
  ) {
    super(`connection to ${target} dropped (simulated, ${when} the command ran)`);
    this.name = 'SimConnectionDropped';
  }
}

export class SimCommandTimeout extends TransportTimeout {
  constructor(argv: readonly string[], ms: number) {
    super(`command timed out after ${ms} ms: ${argv.join(' ')}`, ms);
    this.name = 'SimCommandTimeout';
  }
}

export interface SimTransportOptions {
  /** Environment for PHOENIX_SIM_* settings (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
  /** Node the commands run on (default: the state's local node, or PHOENIX_SIM_NODE). */
  readonly node?: string;
  readonly store?: SimStoreOptions;
}

export class SimTransport implements HostTransport {
  readonly description: string;
  readonly store: SimStore;
  private closed = false;
  private readonly env: Record<string, string | undefined>;

  constructor(
    statePath: string,
    private readonly options: SimTransportOptions = {},
  ) {
    const path = resolve(statePath);
    this.description = `sim:${path}`;
    this.store = new SimStore(path, options.store);
    const env = options.env ?? process.env;
    this.env = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('PHOENIX_SIM_')));
  }

  async run(argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (this.closed) throw new Error(`${this.description}: transport already closed`);
    if (argv.length === 0 || argv[0] === '') throw new Error('sim transport: empty argv');
    for (const a of argv)
      if (a.includes('\0'))
        throw new Error('a command argument contains a NUL byte, which no host command can receive');
    const running = runSimCommand(this.store, argv, {
      stdin: options.stdin,
      env: this.env,
      node: this.options.node,
      onDrop: async (when) => {
        throw new SimConnectionDropped(this.description, when);
      },
    });
    if (options.timeoutMs === undefined) return running;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SimCommandTimeout(argv, options.timeoutMs!)), options.timeoutMs);
    });
    try {
      return await Promise.race([running, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    // Folds the simulator's journal into its state file, so PATH alone holds the host again.
    await this.store.flush();
  }
}
