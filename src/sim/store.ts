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
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { acquireLock, pidAlive, releaseLock, SimStoreError } from './state-lock.js';
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

export { pidAlive, SimStoreError };

export interface SimStoreOptions {
  /** Age after which a lock file is considered abandoned (default 10 s). */
  staleMs?: number;
  /** Give up waiting for the lock after this long (default 60 s). */
  timeoutMs?: number;
  /** Used when the file does not exist yet. */
  initial?: InitialStateOptions;
}

/**
 * The state updates of one process waiting for the file lock, per state file: one drainer takes
 * the lock once for all the updates queued meanwhile and runs them back to back, then releases it
 * before any of their callers continues.
 */
interface LockQueue {
  tasks: Array<{ run: () => void; fail: (err: unknown) => void }>;
  draining: boolean;
}
const lockQueues = new Map<string, LockQueue>();
/** Journals open for appending while this process holds their lock (closed on release). */
const openJournals = new Map<string, { fd: number; ino: bigint }>();

function closeJournal(journalPath: string): void {
  const j = openJournals.get(journalPath);
  if (!j) return;
  openJournals.delete(journalPath);
  closeSync(j.fd);
}

/** A journal smaller than this is never folded in (below it, replaying is cheap). */
const MIN_COMPACT_BYTES = 1 << 20;

/** What this store holds in memory: the parsed state and which files it reflects. */
interface Loaded {
  state: SimState;
  snapshot: FileId;
  /**
   * The journal read: inode, bytes of complete lines, whether a partial line follows them (a
   * killed writer's), `stale` when it extends another snapshot.
   */
  journal?: { ino: bigint; bytes: number; partial: boolean; stale: boolean };
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
    // Nothing to fold, or the state (and maybe its folder) is gone: leave it so.
    if (!this.appended || statId(this.path) === undefined) return;
    await this.locked(() => {
      const loaded = this.refresh();
      if (loaded?.journal && !loaded.journal.stale) this.writeSnapshot(loaded.state);
      this.appended = false;
    });
  }

  private locked<T>(fn: () => T): Promise<T> {
    let q = lockQueues.get(this.lockPath);
    if (!q) lockQueues.set(this.lockPath, (q = { tasks: [], draining: false }));
    const queue = q;
    return new Promise<T>((resolve, reject) => {
      queue.tasks.push({
        run: () => {
          try {
            resolve(fn());
          } catch (err) {
            reject(err);
          }
        },
        fail: reject,
      });
      if (!queue.draining) void this.drain(queue);
    });
  }

  private async drain(q: LockQueue): Promise<void> {
    q.draining = true;
    try {
      while (q.tasks.length > 0) {
        try {
          await this.acquire();
        } catch (err) {
          for (const t of q.tasks.splice(0)) t.fail(err);
          return;
        }
        try {
          while (q.tasks.length > 0) q.tasks.shift()!.run();
        } finally {
          this.releaseLock();
        }
      }
    } finally {
      q.draining = false;
      if (lockQueues.get(this.lockPath) === q && q.tasks.length === 0) lockQueues.delete(this.lockPath);
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
            cur.journal.partial = tail.buf.length > bytes;
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
        loaded.journal = { ino: j.id.ino, bytes, partial: j.buf.length > bytes, stale };
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
      closeJournal(this.journalPath);
      const text = Buffer.concat([Buffer.from(journalHeader(loaded.snapshot)), line]);
      const id = this.writeAtomic(this.journalPath, text);
      loaded.journal = { ino: id.ino, bytes: text.length, partial: false, stale: false };
    } else {
      let open = openJournals.get(this.journalPath);
      if (open && open.ino !== j.ino) closeJournal(this.journalPath);
      if (!open || open.ino !== j.ino) {
        open = { fd: openSync(this.journalPath, 'r+'), ino: j.ino };
        openJournals.set(this.journalPath, open);
      }
      if (j.partial) ftruncateSync(open.fd, j.bytes); // a line cut short by a killed writer
      j.partial = false;
      writeAll(open.fd, line, j.bytes);
      j.bytes += line.length;
    }
    this.appended = true;
    if (loaded.journal!.bytes > Math.max(MIN_COMPACT_BYTES, Number(loaded.snapshot.size)))
      this.writeSnapshot(loaded.state);
  }

  /** Writes the whole state as the new snapshot and drops the journal. */
  private writeSnapshot(state: SimState): void {
    closeJournal(this.journalPath);
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

  private acquire(): Promise<void> {
    return acquireLock(this.lockPath, this.staleMs, this.timeoutMs);
  }

  private releaseLock(): void {
    closeJournal(this.journalPath);
    releaseLock(this.lockPath);
  }
}
