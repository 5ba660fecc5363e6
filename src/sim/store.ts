/**
 * The simulator's state file, shared by every process that simulates the same host (the in-process
 * transport, shims launched in parallel over SSH). Writers take an exclusive lock file
 * (`PATH.lock`, created with O_EXCL) for the short read-modify-write and replace the file
 * atomically (write + rename), so readers never need the lock. A lock left by a crashed process is
 * broken when its holder no longer exists or after `staleMs`.
 */
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { createInitialState, type InitialStateOptions } from './defaults.js';
import { SIM_STATE_VERSION, type SimState } from './model.js';

export interface SimStoreOptions {
  /** Age after which a lock file is considered abandoned (default 10 s). */
  staleMs?: number;
  /** Give up waiting for the lock after this long (default 60 s). */
  timeoutMs?: number;
  /** Used when the file does not exist yet. */
  initial?: InitialStateOptions;
}

export class SimStoreError extends Error {}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** True while process `pid` exists (EPERM: it does, under another user). Also used for flocks. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Serialises the lock attempts of one process (the file lock does the rest). */
const localQueues = new Map<string, Promise<unknown>>();

export class SimStore {
  readonly lockPath: string;
  private readonly staleMs: number;
  private readonly timeoutMs: number;

  constructor(
    readonly path: string,
    private readonly options: SimStoreOptions = {},
  ) {
    this.lockPath = `${path}.lock`;
    this.staleMs = options.staleMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** Current state without locking; creates the file when absent. */
  async read(): Promise<SimState> {
    const text = this.readText();
    if (text !== undefined) return this.parse(text);
    return this.update((s) => s);
  }

  /**
   * Runs `fn` on the current state under the lock and saves the result when it changed. When `fn`
   * throws, nothing is saved and the error propagates.
   */
  async update<T>(fn: (state: SimState) => T): Promise<T> {
    const prev = localQueues.get(this.path) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const chained = prev.then(() => mine);
    localQueues.set(this.path, chained);
    try {
      await prev.catch(() => undefined);
      await this.acquire();
      try {
        const before = this.readText();
        const state = before === undefined ? createInitialState(this.options.initial) : this.parse(before);
        const result = fn(state);
        const after = JSON.stringify(state);
        if (after !== before) this.writeAtomic(after);
        return result;
      } finally {
        this.releaseLock();
      }
    } finally {
      release();
      if (localQueues.get(this.path) === chained) localQueues.delete(this.path);
    }
  }

  private readText(): string | undefined {
    try {
      return readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  private parse(text: string): SimState {
    let state: SimState;
    try {
      state = JSON.parse(text) as SimState;
    } catch (err) {
      throw new SimStoreError(`simulator state ${this.path} is not valid JSON: ${(err as Error).message}`);
    }
    if (state?.version !== SIM_STATE_VERSION)
      throw new SimStoreError(
        `simulator state ${this.path} has version ${String(state?.version)}, expected ${SIM_STATE_VERSION}`,
      );
    return state;
  }

  private writeAtomic(text: string): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    const fd = openSync(tmp, 'w', 0o644);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }

  private async acquire(): Promise<void> {
    mkdirSync(dirname(this.lockPath), { recursive: true });
    const deadline = Date.now() + this.timeoutMs;
    let delay = 2;
    for (;;) {
      try {
        const fd = openSync(this.lockPath, 'wx', 0o644);
        writeSync(fd, `${process.pid} ${Date.now()}\n`);
        closeSync(fd);
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      this.breakIfStale();
      if (Date.now() > deadline)
        throw new SimStoreError(`timed out waiting for the simulator state lock ${this.lockPath}`);
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 25);
    }
  }

  private breakIfStale(): void {
    let content: string;
    let age: number;
    try {
      content = readFileSync(this.lockPath, 'utf8');
      age = Date.now() - statSync(this.lockPath).mtimeMs;
    } catch {
      return; // released meanwhile
    }
    // A lock file being written has no pid yet: only its age can make it stale.
    const holder = Number(content.split(' ')[0]);
    const dead = Number.isInteger(holder) && holder > 0 && !pidAlive(holder);
    if (!dead && age < this.staleMs) return;
    // Rename first so that only one process breaks the lock; if what we moved away is not the
    // lock we judged (another process broke it and took a fresh one meanwhile), put it back.
    const grave = `${this.lockPath}.stale.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      renameSync(this.lockPath, grave);
    } catch {
      return; // someone else broke or released it
    }
    try {
      if (readFileSync(grave, 'utf8') !== content) linkSync(grave, this.lockPath);
    } catch {
      /* a newer lock exists already */
    }
    try {
      unlinkSync(grave);
    } catch {
      /* ignore */
    }
  }

  private releaseLock(): void {
    try {
      unlinkSync(this.lockPath);
    } catch {
      /* already gone */
    }
  }
}
