/**
 * Commands and files inside guests (`pct exec`, `pct push`/`pull`, `qm guest exec`). Every command
 * is recorded in the guest's exec log. Its result comes from the first matching fake-result rule
 * (`settings.execResults`), else from a few built-ins over the guest's files (`cat`, `test`, `rm`,
 * `true`, `false`), else success with no output.
 */
import type { SimCtx } from './context.js';
import type { SimGuest } from './model.js';

export interface GuestCommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const MAX_EXEC_LOG = 500;

function builtin(g: SimGuest, argv: readonly string[]): GuestCommandResult | undefined {
  const [cmd, ...rest] = argv;
  const file = (p: string | undefined): string | undefined =>
    p === undefined || g.fs[p] === undefined
      ? undefined
      : Buffer.from(g.fs[p]!.data, 'base64').toString('utf8');
  switch (cmd) {
    case 'true':
      return { exitCode: 0, stdout: '', stderr: '' };
    case 'false':
      return { exitCode: 1, stdout: '', stderr: '' };
    case 'cat': {
      let out = '';
      for (const p of rest) {
        const c = file(p);
        if (c === undefined)
          return { exitCode: 1, stdout: out, stderr: `cat: ${p}: No such file or directory\n` };
        out += c;
      }
      return { exitCode: 0, stdout: out, stderr: '' };
    }
    case 'rm': {
      // `rm -f PATH...` (what apply runs to remove a guest config that held secrets).
      for (const p of rest) if (!p.startsWith('-')) delete g.fs[p];
      return { exitCode: 0, stdout: '', stderr: '' };
    }
    case 'test':
    case '[': {
      const args = cmd === '[' ? rest.slice(0, -1) : rest;
      if (args.length === 2 && /^-[efsrx]$/.test(args[0]!)) {
        const c = file(args[1]);
        const ok = c !== undefined && (args[0] !== '-s' || c.length > 0);
        return { exitCode: ok ? 0 : 1, stdout: '', stderr: '' };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

export function runInGuest(ctx: SimCtx, g: SimGuest, argv: readonly string[]): GuestCommandResult {
  const joined = argv.join(' ');
  let result: GuestCommandResult | undefined;
  for (const rule of ctx.s.settings.execResults) {
    if (rule.vmid !== undefined && rule.vmid !== g.vmid) continue;
    if (rule.times !== undefined && rule.times <= 0) continue;
    if (!new RegExp(rule.match).test(joined)) continue;
    if (rule.times !== undefined) rule.times -= 1;
    result = { exitCode: rule.exitCode ?? 0, stdout: rule.stdout ?? '', stderr: rule.stderr ?? '' };
    break;
  }
  result ??= builtin(g, argv) ?? { exitCode: 0, stdout: '', stderr: '' };
  g.execLog.push({ argv: [...argv], at: ctx.now(), exitCode: result.exitCode });
  if (g.execLog.length > MAX_EXEC_LOG) g.execLog.splice(0, g.execLog.length - MAX_EXEC_LOG);
  return result;
}

export function writeGuestFile(
  g: SimGuest,
  path: string,
  data: Buffer,
  meta: { perms?: string; user?: string; group?: string } = {},
): void {
  g.fs[path] = { data: data.toString('base64'), ...meta };
}

export function readGuestFile(g: SimGuest, path: string): Buffer | undefined {
  const f = g.fs[path];
  return f ? Buffer.from(f.data, 'base64') : undefined;
}
