/**
 * `grep`, `tee` and `cat` on the simulated host filesystem, with GNU semantics for what Phoenix
 * uses: `grep -H '' -- PATHS...` prints `path:line` for every line, exits 1 when nothing matched
 * and 2 (with `grep: PATH: No such file or directory`) when a file is missing; `-r` reads the
 * files under directory operands (e.g. a node's `lxc` folder); `tee [-a] FILE`
 * writes stdin to the files and echoes it; `cat` concatenates.
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ExitStatus } from '../errors.js';
import { canonicalPath, HostFileError, listHostFiles, readHostFile, writeHostFile } from '../host-files.js';

interface GrepOptions {
  withName?: boolean;
  noName?: boolean;
  quiet: boolean;
  silent: boolean;
  lineNumbers: boolean;
  mode: 'basic' | 'extended' | 'fixed';
  wholeLine: boolean;
  invert: boolean;
  ignoreCase: boolean;
  count: boolean;
  listFiles: boolean;
  recursive: boolean;
  patterns: string[];
}

const SHORT_FLAGS: Record<string, (o: GrepOptions) => void> = {
  H: (o) => (o.withName = true),
  h: (o) => (o.noName = true),
  q: (o) => (o.quiet = true),
  s: (o) => (o.silent = true),
  n: (o) => (o.lineNumbers = true),
  F: (o) => (o.mode = 'fixed'),
  E: (o) => (o.mode = 'extended'),
  G: (o) => (o.mode = 'basic'),
  x: (o) => (o.wholeLine = true),
  v: (o) => (o.invert = true),
  i: (o) => (o.ignoreCase = true),
  c: (o) => (o.count = true),
  l: (o) => (o.listFiles = true),
  r: (o) => (o.recursive = true),
};

/** `grep -r`: the files under `dir` (guest configs of the model and stored host files), by path. */
function filesUnder(ctx: SimCtx, dir: string): string[] {
  const base = canonicalPath(ctx, dir);
  const shown = dir.replace(/\/+$/, '') || '/';
  const found = new Set<string>(listHostFiles(ctx, dir));
  for (const g of Object.values(ctx.s.guests)) {
    found.add(`/etc/pve/nodes/${g.node}/${g.kind === 'lxc' ? 'lxc' : 'qemu-server'}/${g.vmid}.conf`);
  }
  return [...found]
    .filter((f) => f.startsWith(base === '/' ? '/' : base + '/'))
    .sort()
    .map((f) => shown + f.slice(base === '/' ? 0 : base.length));
}

/** POSIX basic regular expressions to JavaScript: `\(`, `\{`, `\|`, `\+`, `\?` are the operators. */
function breToJs(re: string): string {
  let out = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i]!;
    if (c === '\\' && i + 1 < re.length) {
      const n = re[++i]!;
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}

function matcher(o: GrepOptions): (line: string) => boolean {
  const res = o.patterns.map((p) => {
    let src =
      o.mode === 'fixed' ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : o.mode === 'basic' ? breToJs(p) : p;
    if (o.wholeLine) src = `^(?:${src})$`;
    return new RegExp(src, o.ignoreCase ? 'i' : '');
  });
  return (line) => res.some((r) => r.test(line)) !== o.invert;
}

function splitLines(data: Buffer): string[] {
  const text = data.toString('utf8');
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function grep(ctx: SimCtx, args: readonly string[]): void {
  const o: GrepOptions = {
    quiet: false,
    silent: false,
    lineNumbers: false,
    mode: 'basic',
    wholeLine: false,
    invert: false,
    ignoreCase: false,
    count: false,
    listFiles: false,
    recursive: false,
    patterns: [],
  };
  const rest: string[] = [];
  let explicitPattern = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a === '-e') {
      o.patterns.push(args[++i] ?? '');
      explicitPattern = true;
    } else if (/^-[A-Za-z]+$/.test(a)) {
      for (const f of a.slice(1)) {
        const set = SHORT_FLAGS[f];
        if (!set)
          throw new ExitStatus(
            2,
            `grep: invalid option -- '${f}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\n`,
          );
        set(o);
      }
    } else rest.push(a);
  }
  if (!explicitPattern) {
    if (rest.length === 0) throw new ExitStatus(2, 'Usage: grep [OPTION]... PATTERNS [FILE]...\n');
    o.patterns.push(...rest.shift()!.split('\n'));
  }
  const operands = rest.length > 0 ? rest : ['-'];
  const files = o.recursive
    ? operands.flatMap((f) => (f !== '-' && readHostFile(ctx, f) === 'dir' ? filesUnder(ctx, f) : [f]))
    : operands;
  const showName = o.noName ? false : (o.withName ?? (files.length > 1 || o.recursive));
  const test = matcher(o);
  let matched = false;
  let error = false;
  for (const f of files) {
    const data = f === '-' ? ctx.rt.stdin : readHostFile(ctx, f);
    const label = f === '-' ? '(standard input)' : f;
    if (data === undefined || data === 'dir') {
      if (!o.silent)
        ctx.err(`grep: ${f}: ${data === 'dir' ? 'Is a directory' : 'No such file or directory'}\n`);
      error = true;
      continue;
    }
    let count = 0;
    splitLines(data).forEach((line, idx) => {
      if (!test(line)) return;
      count++;
      matched = true;
      if (o.quiet || o.count || o.listFiles) return;
      ctx.out(`${showName ? label + ':' : ''}${o.lineNumbers ? `${idx + 1}:` : ''}${line}\n`);
    });
    if (o.quiet && matched) return;
    if (o.count) ctx.out(`${showName ? label + ':' : ''}${count}\n`);
    if (o.listFiles && count > 0) ctx.out(`${label}\n`);
  }
  if (error) throw new ExitStatus(2);
  if (!matched) throw new ExitStatus(1);
}

function tee(ctx: SimCtx, args: readonly string[]): void {
  let append = false;
  const files: string[] = [];
  let opts = true;
  for (const a of args) {
    if (opts && a === '--') opts = false;
    else if (opts && /^-[aip]+$/.test(a)) append ||= a.includes('a');
    else if (opts && a === '--append') append = true;
    else files.push(a);
  }
  let failed = false;
  for (const f of files) {
    try {
      writeHostFile(ctx, f, ctx.rt.stdin, append);
    } catch (err) {
      if (!(err instanceof HostFileError)) throw err;
      ctx.err(`tee: ${f}: ${err.reason}\n`);
      failed = true;
    }
  }
  ctx.out(ctx.rt.stdin.toString('utf8'));
  if (failed) throw new ExitStatus(1);
}

function cat(ctx: SimCtx, args: readonly string[]): void {
  const files = args.filter((a) => a !== '--');
  let failed = false;
  for (const f of files.length > 0 ? files : ['-']) {
    const data = f === '-' ? ctx.rt.stdin : readHostFile(ctx, f);
    if (data === undefined || data === 'dir') {
      ctx.err(`cat: ${f}: ${data === 'dir' ? 'Is a directory' : 'No such file or directory'}\n`);
      failed = true;
      continue;
    }
    ctx.out(data.toString('utf8'));
  }
  if (failed) throw new ExitStatus(1);
}

export function registerFilePrograms(): void {
  registerSimProgram('grep', { op: () => 'grep', readOnly: () => true, run: (ctx) => grep(ctx, args(ctx)) });
  registerSimProgram('tee', { op: () => 'tee', readOnly: () => false, run: (ctx) => tee(ctx, args(ctx)) });
  registerSimProgram('cat', { op: () => 'cat', readOnly: () => true, run: (ctx) => cat(ctx, args(ctx)) });
}

function args(ctx: SimCtx): readonly string[] {
  return ctx.rt.args;
}
