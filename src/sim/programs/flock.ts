/**
 * `flock [-n] [-w SECONDS] [-E CODE] [-s|-x] LOCKFILE COMMAND [ARGS...]` (util-linux) as a
 * wrapper: takes a host-wide named lock (kept in the state file, so every process simulating the
 * host sees it), runs the command, releases the lock. A conflicting `-n` or an expired `-w` exits
 * 1 (or `-E CODE`) without running the command. A lock whose holder process is gone is free.
 */
import { randomBytes } from 'node:crypto';
import type { SimCommandResult } from '../context.js';
import { pidAlive, type SimStore } from '../store.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface FlockRequest {
  nonblock: boolean;
  timeoutSec?: number;
  conflictCode: number;
  lockfile: string;
  command: string[];
}

export function parseFlockArgs(args: readonly string[]): FlockRequest | string {
  const req: FlockRequest = { nonblock: false, conflictCode: 1, lockfile: '', command: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n' || a === '--nb' || a === '--nonblock') req.nonblock = true;
    else if (a === '-s' || a === '-x' || a === '-e' || a === '-o' || a === '--shared' || a === '--exclusive')
      continue;
    else if (a === '-w' || a === '--wait' || a === '--timeout') req.timeoutSec = Number(args[++i]);
    else if (a === '-E' || a === '--conflict-exit-code') req.conflictCode = Number(args[++i]);
    else if (a === '--') continue;
    else break;
  }
  const lockfile = args[i];
  if (lockfile === undefined)
    return "flock: not enough arguments\nTry 'flock --help' for more information.\n";
  req.lockfile = lockfile;
  let cmd = args.slice(i + 1);
  if (cmd[0] === '-c' || cmd[0] === '--command') cmd = ['sh', '-c', ...cmd.slice(1)];
  if (cmd.length === 0) return `flock: ${lockfile}: not a command\n`;
  req.command = cmd;
  return req;
}

export async function runFlock(
  store: SimStore,
  args: readonly string[],
  run: (argv: string[]) => Promise<SimCommandResult>,
): Promise<SimCommandResult> {
  const req = parseFlockArgs(args);
  if (typeof req === 'string') return { exitCode: 64, stdout: '', stderr: req };
  const key = `file:${req.lockfile}`;
  const holder = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const deadline = req.timeoutSec === undefined ? Infinity : Date.now() + req.timeoutSec * 1000;
  for (;;) {
    const got = await store.update((s) => {
      const cur = s.flocks[key];
      if (cur && cur.holder !== holder && pidAlive(cur.pid)) return false;
      s.flocks[key] = { holder, pid: process.pid, at: Date.now() };
      return true;
    });
    if (got) break;
    if (req.nonblock || Date.now() > deadline) return { exitCode: req.conflictCode, stdout: '', stderr: '' };
    await sleep(50);
  }
  try {
    return await run(req.command);
  } finally {
    await store.update((s) => {
      if (s.flocks[key]?.holder === holder) delete s.flocks[key];
    });
  }
}
