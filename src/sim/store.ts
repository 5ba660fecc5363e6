/**
 * The simulator's state, shared by every process that simulates the same host (the in-process
 * transport, shims launched in parallel over SSH). The state lives in a snapshot file `PATH` and a
 * journal `PATH.journal` of the changes since (state-journal.ts). Each store keeps the parsed
 * state in memory and checks, with two `stat` calls, whether another process wrote since; it then
 * reads only the journal lines it has not seen. A phase's changes are recorded (change-tracker.ts)
 * and appended as one journal line, so a command costs what it changes, not the size of the
 * estate. When the journal outgrows the snapshot it is folded into a new snapshot (write +
 * rename); `flush` (the transport's `close`) does the same, so PATH alone is the whole state after
 * a run.
 *
 * Writers take an exclusive lock file (`PATH.lock`, created with O_EXCL) for the short
 * read-modify-write; readers need no lock (a snapshot is replaced atomically, a journal line
 * counts once its newline is written). A lock left by a crashed process is broken when its holder
 * no longer exists or after `staleMs`.
 */
import {
  closeSync,
  fstatSync,
  ftruncateSync,
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
import { applyRecords, ChangeTracker, type StateRecord } from './change-tracker.js';
import { createInitialState, type InitialStateOptions } from './defaults.js';
import { SIM_STATE_VERSION, type SimState } from './model.js';
import {
  completeLines,
  fileId,
  headerMatches,
  journalHeader,
  journalLine,
  parseLines,
  readFrom,
  sameId,
  type FileId,
} from './state-journal.js';

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

/** A journal smaller than this is never folded in (below it, replaying is cheap). */
const MIN_COMPACT_BYTES = 1 << 20;

/** What this store holds in memory: the parsed state and which files it reflects. */
interface Loaded {
  state: SimState;
  snapshot: FileId;
  /** The journal read (inode, bytes of complete lines); `stale` when it extends another snapshot. */
  journal?: { ino: bigint; bytes: number; stale: boolean };
}

function statId(path: string): FileId | undefined {
  try {
    return fileId(statSync(path, { bigint: true }));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function writeAll(fd: number, buf: Buffer, position: number): void {
  let done = 0;
  while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done, position + done);
}

export class SimStore {
  readonly lockPath: string;
  readonly journalPath: string;
  private readonly staleMs: number;
  private readonly timeoutMs: number;
  private loaded: Loaded | undefined;
  /** This store appended to the journal since the last snapshot it wrote. */
  private appended = false;

  constructor(
    readonly path: string,
    private readonly options: SimStoreOptions = {},
  ) {
    this.lockPath = `${path}.lock`;
    this.journalPath = `${path}.journal`;
    this.staleMs = options.staleMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** A copy of the current state without locking; creates the file when absent. */
  async read(): Promise<SimState> {
    await this.view(() => undefined);
    return structuredClone(this.loaded!.state);
  }

  /**
   * Runs `fn` on the current state without the lock and without saving; whatever `fn` writes is
   * undone. The state passed is the store's own: `fn` must not keep it beyond the call.
   */
  async view<T>(fn: (state: SimState) => T): Promise<T> {
    let loaded = this.refresh();
    if (!loaded) {
      await this.update(() => undefined);
      loaded = this.refresh();
    }
    if (!loaded) throw new SimStoreError(`simulator state ${this.path} vanished while being read`);
    const tracker = new ChangeTracker(loaded.state);
    try {
      return fn(tracker.root as SimState);
    } finally {
      tracker.rollback();
    }
  }

  /**
   * Runs `fn` on the current state under the lock and saves what it changed. When `fn` throws,
   * nothing is saved, the state is restored and the error propagates.
   */
  async update<T>(fn: (state: SimState) => T): Promise<T> {
    return this.locked(() => {
      const loaded = this.refresh();
      if (!loaded) {
        const state = createInitialState(this.options.initial);
        const result = fn(state);
        this.writeSnapshot(state);
        return result;
      }
      const tracker = new ChangeTracker(loaded.state);
      let result: T;
      try {
        result = fn(tracker.root as SimState);
      } catch (err) {
        tracker.rollback();
        throw err;
      }
      const records = tracker.commit();
      if (records.length > 0) this.append(loaded, records);
      return result;
    });
  }

  /** Folds the journal into the snapshot if this store wrote to it (PATH is then the whole state). */
  async flush(): Promise<void> {
    if (!this.appended) return;
    await this.locked(() => {
      const loaded = this.refresh();
      if (loaded?.journal && !loaded.journal.stale) this.writeSnapshot(loaded.state);
      this.appended = false;
    });
  }

  private async locked<T>(fn: () => T): Promise<T> {
    const prev = localQueues.get(this.path) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const chained = prev.then(() => mine);
    localQueues.set(this.path, chained);
    try {
      await prev.catch(() => undefined);
      await this.acquire();
      try {
        return fn();
      } finally {
        this.releaseLock();
      }
    } finally {
      release();
      if (localQueues.get(this.path) === chained) localQueues.delete(this.path);
    }
  }

  /**
   * Brings the in-memory state up to date with the files (undefined: there is no state file).
   * Costs two `stat` calls when nobody else wrote, and reading the new journal lines otherwise.
   */
  private refresh(): Loaded | undefined {
    const cur = this.loaded;
    if (cur) {
      const snap = statId(this.path);
      if (snap && sameId(snap, cur.snapshot)) {
        const j = statId(this.journalPath);
        if (!j && !cur.journal) return cur;
        if (j && cur.journal && j.ino === cur.journal.ino && Number(j.size) >= cur.journal.bytes) {
          if (cur.journal.stale || Number(j.size) === cur.journal.bytes) return cur;
          const tail = readFrom(this.journalPath, cur.journal.bytes);
          if (tail && tail.id.ino === cur.journal.ino) {
            const { lines, bytes } = completeLines(tail.buf);
            for (const recs of parseLines(lines, this.journalPath)) applyRecords(cur.state, recs);
            cur.journal.bytes += bytes;
            return cur;
          }
        }
      }
    }
    this.loaded = this.loadFully();
    return this.loaded;
  }

  private loadFully(): Loaded | undefined {
    for (let attempt = 0; ; attempt++) {
      const snap = readFrom(this.path, 0);
      if (!snap) return undefined;
      const state = this.parse(snap.buf.toString('utf8'));
      const loaded: Loaded = { state, snapshot: snap.id };
      const j = readFrom(this.journalPath, 0);
      if (j) {
        const { lines, bytes } = completeLines(j.buf);
        const stale = !headerMatches(lines[0], snap.id);
        loaded.journal = { ino: j.id.ino, bytes, stale };
        if (!stale)
          for (const recs of parseLines(lines.slice(1), this.journalPath)) applyRecords(state, recs);
      }
      // A writer replaced the snapshot while we read the journal: read both again.
      const now = statId(this.path);
      if ((now && sameId(now, snap.id)) || attempt >= 5) return loaded;
    }
  }

  /** Appends one journal line (starting a new journal when there is none for this snapshot). */
  private append(loaded: Loaded, records: readonly StateRecord[]): void {
    const line = Buffer.from(journalLine(records));
    const j = loaded.journal;
    if (!j || j.stale) {
      const text = Buffer.concat([Buffer.from(journalHeader(loaded.snapshot)), line]);
      const id = this.writeAtomic(this.journalPath, text);
      loaded.journal = { ino: id.ino, bytes: text.length, stale: false };
    } else {
      const fd = openSync(this.journalPath, 'r+');
      try {
        ftruncateSync(fd, j.bytes); // a line cut short by a killed writer
        writeAll(fd, line, j.bytes);
        j.bytes += line.length;
      } finally {
        closeSync(fd);
      }
    }
    this.appended = true;
    if (loaded.journal!.bytes > Math.max(MIN_COMPACT_BYTES, Number(loaded.snapshot.size)))
      this.writeSnapshot(loaded.state);
  }

  /** Writes the whole state as the new snapshot and drops the journal. */
  private writeSnapshot(state: SimState): void {
    const id = this.writeAtomic(this.path, Buffer.from(JSON.stringify(state)));
    try {
      unlinkSync(this.journalPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    this.loaded = { state, snapshot: id };
    this.appended = false;
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

  /** Write + rename; returns the identity of the file written. */
  private writeAtomic(path: string, data: Buffer): FileId {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    const fd = openSync(tmp, 'w', 0o644);
    let id: FileId;
    try {
      writeAll(fd, data, 0);
      id = fileId(fstatSync(fd, { bigint: true }));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return id;
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
