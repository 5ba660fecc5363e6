/**
 * The simulator state's write lock: a lock file `PATH.lock` created with O_EXCL and holding the
 * holder's pid and the time. A lock left by a crashed process is broken when its holder no longer
 * exists or once it is older than `staleMs`; waiting gives up after `timeoutMs`.
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

export async function acquireLock(lockPath: string, staleMs: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx', 0o644);
      writeSync(fd, `${process.pid} ${Date.now()}\n`);
      closeSync(fd);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        mkdirSync(dirname(lockPath), { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw err;
    }
    breakIfStale(lockPath, staleMs);
    if (Date.now() > deadline)
      throw new SimStoreError(`timed out waiting for the simulator state lock ${lockPath}`);
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 25);
  }
}

function breakIfStale(lockPath: string, staleMs: number): void {
  let content: string;
  let age: number;
  try {
    content = readFileSync(lockPath, 'utf8');
    age = Date.now() - statSync(lockPath).mtimeMs;
  } catch {
    return; // released meanwhile
  }
  // A lock file being written has no pid yet: only its age can make it stale.
  const holder = Number(content.split(' ')[0]);
  const dead = Number.isInteger(holder) && holder > 0 && !pidAlive(holder);
  if (!dead && age < staleMs) return;
  // Rename first so that only one process breaks the lock; if what we moved away is not the
  // lock we judged (another process broke it and took a fresh one meanwhile), put it back.
  const grave = `${lockPath}.stale.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(lockPath, grave);
  } catch {
    return; // someone else broke or released it
  }
  try {
    if (readFileSync(grave, 'utf8') !== content) linkSync(grave, lockPath);
  } catch {
    /* a newer lock exists already */
  }
  try {
    unlinkSync(grave);
  } catch {
    /* ignore */
  }
}

export function releaseLock(lockPath: string): void {
  try {
    unlinkSync(lockPath);
  } catch {
    /* already gone */
  }
}
