/**
 * Who holds a claim of the host-wide apply lock, and whether that process still exists: a claim
 * records the holder's machine (`host`), its kernel boot (`boot`, /proc/sys/kernel/random/boot_id),
 * `pid` and the process's start time (`start`, field 22 of /proc/PID/stat: clock ticks since
 * boot), so a pid reused by another process after the holder died is told apart. A process is
 * `dead` only when it is checked on the machine it ran on, in the same boot: the pid is gone or
 * belongs to a later process. Anything else is `unknown` (another machine), and the claim then
 * ends when its lease runs out.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface HolderIdentity {
  readonly host: string;
  readonly pid: number;
  readonly boot?: string;
  readonly start?: string;
}

export type Liveness = 'alive' | 'dead' | 'unknown';

/** The start time (field 22) of a /proc/PID/stat text; the command name may hold spaces and `)`. */
export function parseStatStart(stat: string): string | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // Fields after the name start with field 3 (state); the start time is field 22.
  const fields = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const start = fields[22 - 3];
  return start && /^\d+$/.test(start) ? start : undefined;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** This process as a lock holder (boot and start are left out where /proc does not exist). */
export function selfIdentity(read: (path: string) => string | undefined = readOrUndefined): HolderIdentity {
  const boot = read('/proc/sys/kernel/random/boot_id')?.trim();
  const stat = read(`/proc/${process.pid}/stat`);
  const start = stat === undefined ? undefined : parseStatStart(stat);
  return {
    host: hostname(),
    pid: process.pid,
    ...(boot ? { boot } : {}),
    ...(start ? { start } : {}),
  };
}

/**
 * Whether `holder` still runs, judged on a machine whose identity is `here` (same host name and
 * boot), reading its /proc with `readStat` (undefined: no such process).
 */
export function livenessOn(
  holder: HolderIdentity,
  here: { readonly host: string; readonly boot?: string },
  readStat: (pid: number) => string | undefined,
): Liveness {
  if (holder.host !== here.host || !holder.boot || holder.boot !== here.boot || !holder.start)
    return 'unknown';
  if (!Number.isInteger(holder.pid) || holder.pid < 1) return 'unknown';
  const stat = readStat(holder.pid);
  if (stat === undefined) return 'dead';
  return parseStatStart(stat) === holder.start ? 'alive' : 'dead';
}

/** `livenessOn` this machine. */
export function localLiveness(holder: HolderIdentity): Liveness {
  return livenessOn(holder, selfIdentity(), (pid) => readOrUndefined(`/proc/${pid}/stat`));
}

/** The GitHub Actions run this process belongs to (`.../actions/runs/ID[/attempts/N]`), when known. */
export function githubRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!server || !repo || !run || !/^\d+$/.test(run)) return undefined;
  const attempt =
    env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? env.GITHUB_RUN_ATTEMPT : '';
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`;
}
