/**
 * Command shims: small `#!/bin/sh` executables named after the host commands (`pct`, `qm`,
 * `pvesh`, ..., `grep`, `tee`, `cat`, `find`, `flock`) that run `phoenix sim exec --state FILE -- PROG
 * "$@"`. With the shim folder first on PATH (e.g. an sshd's `SetEnv PATH=...`), an `ssh://`
 * target drives the simulator. `grep`/`tee`/`cat` only simulate the host paths the simulator
 * models (`find`: when a start point is one) and hand everything else to the real binaries. This module also holds the `sim exec`
 * side: reading stdin only when the command needs it, running real binaries, dropping the SSH
 * connection for `drop` faults.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { SimCommandResult } from './context.js';
import { simProgramNames, timeoutInner } from './dispatch.js';
import { isSimulatedPath } from './host-files.js';
import { ensureSimPrograms } from './programs/index.js';
import { splitShellWords } from './programs/ssh.js';

export const SHIM_MARKER = '# phoenix-sim-shim';

function sq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface ShimOptions {
  statePath: string;
  outDir: string;
  /** The phoenix entry script (the bundle's `dist/index.js`). */
  entry: string;
  /** The node binary (default: this process's). */
  node?: string;
  /** Simulated node the shims act as. */
  simNode?: string;
}

export function shimScript(prog: string, o: ShimOptions): string {
  const node = o.node ?? process.execPath;
  const nodeArg = o.simNode ? ` --node ${sq(o.simNode)}` : '';
  return (
    `#!/bin/sh\n${SHIM_MARKER} (${prog})\n` +
    `exec ${sq(node)} ${sq(resolve(o.entry))} sim exec --state ${sq(resolve(o.statePath))}${nodeArg} -- ${prog} "$@"\n`
  );
}

/** Writes one shim per simulated program; returns their names. */
export function writeShims(o: ShimOptions): string[] {
  mkdirSync(o.outDir, { recursive: true });
  ensureSimPrograms();
  const names = simProgramNames();
  for (const prog of names) {
    const file = join(o.outDir, prog);
    writeFileSync(file, shimScript(prog, o));
    chmodSync(file, 0o755);
  }
  return names;
}

const PASS_THROUGH = new Set(['grep', 'tee', 'cat', 'find']);

/**
 * File operands of grep/tee/cat (best effort: non-option words, grep's pattern excluded), and
 * find's start points (the words before its expression).
 */
function fileOperands(prog: string, args: readonly string[]): string[] {
  if (prog === 'find') {
    const start = args.findIndex((a) => a.startsWith('-') || a === '(' || a === '!');
    return [...(start < 0 ? args : args.slice(0, start))];
  }
  const words: string[] = [];
  let opts = true;
  let patternSeen = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (opts && a === '--') {
      opts = false;
      continue;
    }
    if (opts && a.startsWith('-') && a !== '-') {
      if (prog === 'grep' && (a === '-e' || a === '-f')) {
        patternSeen = true;
        i++;
      }
      continue;
    }
    if (prog === 'grep' && !patternSeen) {
      patternSeen = true;
      continue;
    }
    words.push(a);
  }
  return words;
}

/**
 * Should this command go to the real binary instead of the simulator? `extraSimulatedPaths` are
 * the caller's own simulated folders (as given to `runSimCommand`).
 */
export function runsOnRealHost(
  argv: readonly string[],
  extraSimulatedPaths: readonly string[] = [],
): boolean {
  const prog = argv[0] ?? '';
  if (!PASS_THROUGH.has(prog)) return false;
  const files = fileOperands(prog, argv.slice(1)).filter((f) => f !== '-');
  return files.length === 0 || !files.some((f) => isSimulatedPath(f, extraSimulatedPaths));
}

/** Does the command read its stdin? (Others must not wait for an input that never ends.) */
export function needsStdin(argv: readonly string[]): boolean {
  const [prog, ...args] = argv;
  if (prog === 'tee') return true;
  if (prog === 'cat' || prog === 'grep') {
    const files = fileOperands(prog, args);
    return files.length === 0 || files.includes('-');
  }
  if (prog === 'pct' && args[0] === 'push') return args.includes('/dev/stdin') || args.includes('-');
  if (prog === 'qm' && args[0] === 'guest' && args[1] === 'exec')
    return args.some((a) => /^--?pass-stdin(=1|=yes|=true)?$/.test(a));
  // setup-hypervisor: passwords (chpasswd, smbpasswd -s) and profiles to check (apparmor_parser).
  if (prog === 'chpasswd' || prog === 'smbpasswd') return true;
  if (prog === 'apparmor_parser') return !args.some((a) => !a.startsWith('-'));
  if (prog === 'timeout') {
    const inner = timeoutInner(args);
    return inner !== undefined && needsStdin(inner);
  }
  if (prog === 'ssh') {
    // The hop's inner command (the last word) decides.
    const inner = args.length > 0 ? splitShellWords(args[args.length - 1]!) : [];
    return typeof inner !== 'string' && inner.length > 0 && needsStdin(inner);
  }
  if (prog === 'flock') {
    const i = args.findIndex((a, idx) => idx > 0 && !args[idx - 1]!.startsWith('-w') && !a.startsWith('-'));
    return i >= 0 && needsStdin(args.slice(i + 1));
  }
  return false;
}

/** The real binary, skipping shims on PATH. */
export function findRealBinary(prog: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of [...path.split(delimiter), '/usr/bin', '/bin', '/usr/sbin', '/sbin']) {
    if (!dir) continue;
    const file = join(dir, prog);
    try {
      if (!statSync(file).isFile()) continue;
      if (readFileSync(file).subarray(0, 200).includes(SHIM_MARKER)) continue;
      return file;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/** Runs a real program with inherited stdio; resolves with its exit code. */
export function execReal(argv: readonly string[]): Promise<number> {
  const bin = findRealBinary(argv[0]!);
  if (!bin) {
    process.stderr.write(`sh: 1: ${argv[0]}: not found\n`);
    return Promise.resolve(127);
  }
  return new Promise((done) => {
    const child = spawn(bin, argv.slice(1), { stdio: 'inherit' });
    child.on('error', () => done(127));
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a real program capturing its output (inner commands of `flock`). */
export function captureReal(argv: readonly string[]): Promise<SimCommandResult> {
  const bin = findRealBinary(argv[0]!);
  if (!bin) return Promise.resolve({ exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0]}: not found\n` });
  return new Promise((done) => {
    const child = spawn(bin, argv.slice(1), { stdio: ['inherit', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', () => done({ exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0]}: not found\n` }));
    child.on('close', (code) =>
      done({
        exitCode: code ?? 1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      }),
    );
  });
}

function parentOf(pid: number): { ppid: number; comm: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const m = /^\d+ \((.*)\) \S+ (\d+)/s.exec(stat);
    return m ? { comm: m[1]!, ppid: Number(m[2]) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `drop` fault in a shim: when running under sshd, kill the nearest sshd ancestor (the
 * connection's session process), so the client sees the connection go away; otherwise exit 255
 * like ssh does when the connection is lost.
 */
export async function dropConnection(env: NodeJS.ProcessEnv): Promise<never> {
  if (env.SSH_CONNECTION && env.PHOENIX_SIM_DROP !== 'exit' && existsSync('/proc/self/stat')) {
    let pid = process.ppid;
    for (let depth = 0; depth < 8 && pid > 1; depth++) {
      const info = parentOf(pid);
      if (!info) break;
      if (info.comm.startsWith('sshd')) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 2000));
        break;
      }
      pid = info.ppid;
    }
  }
  process.stderr.write('phoenix-sim: simulated connection drop\n');
  process.exit(255);
}
