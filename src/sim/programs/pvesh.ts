/**
 * `pvesh get PATH [--param value ...] [--output-format json|json-pretty|text|yaml]`. API
 * parameters are passed as options like on a real host. Other verbs are left to later modules.
 */
import { ApiNotFound, apiGet } from '../api.js';
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ParamError, PveError, UsageError } from '../errors.js';
import { formatForOptions } from '../output.js';
import { nodeAddress } from '../cluster.js';
import { parseBoolean } from '../../dialect/pve-values.js';

const FORMATS = ['json', 'json-pretty', 'text', 'yaml'];
const FLAGS = new Set(['noborder', 'noheader', 'human-readable', 'quiet', 'noproxy']);

function runPvesh(ctx: SimCtx): void {
  const [verb, ...rest] = ctx.rt.args;
  const usage = `pvesh ${verb ?? 'get'} <api_path> [OPTIONS] [FORMAT_OPTIONS]`;
  if (verb !== 'get')
    throw new UsageError(
      `unknown command 'pvesh ${verb ?? ''}'`.trim(),
      'USAGE: pvesh <COMMAND> [ARGS] [OPTIONS]',
    );
  let path: string | undefined;
  const params: Record<string, string> = {};
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(a);
    if (!m) {
      if (path !== undefined) throw new UsageError('too many arguments', usage);
      path = a;
      continue;
    }
    const name = m[1]!;
    if (FLAGS.has(name)) {
      let v = m[2];
      if (v === undefined && rest[i + 1] !== undefined && parseBoolean(rest[i + 1]!) !== undefined)
        v = rest[++i];
      flags[name] = v === undefined ? '1' : (parseBoolean(v) ?? v);
      continue;
    }
    const v = m[2] ?? rest[++i];
    if (v === undefined)
      throw new UsageError('unable to parse option', usage, [`Option ${name} requires an argument`]);
    if (name === 'output-format') {
      if (!FORMATS.includes(v))
        throw new ParamError(
          {
            'output-format': `value '${v}' does not have a value in the enumeration '${FORMATS.join(', ')}'`,
          },
          usage,
        );
      flags[name] = v;
    } else params[name] = v;
  }
  if (path === undefined) throw new UsageError('not enough arguments', usage);
  if (flags.noproxy !== '1') checkProxyTarget(ctx, path);
  let result: unknown;
  try {
    result = apiGet(ctx, path, params);
  } catch (err) {
    if (err instanceof ApiNotFound) throw new PveError(`No 'get' handler defined for '${err.path}'`);
    throw err;
  }
  if (flags.quiet === '1') return;
  ctx.out(formatForOptions(result, flags));
}

/**
 * A call for another node's `/nodes/NODE/...` is proxied there (pve-manager PVE::CLI::pvesh
 * `check_proxyto` and `proxy_handler`: `ssh ... pvesh --noproxy ...` run with the error message
 * "proxy handler failed", so the ssh's last stderr line follows it). The simulator answers from
 * the shared state, but a node that is down cannot be reached.
 */
export function checkProxyTarget(ctx: SimCtx, path: string): void {
  const target = /^\/?nodes\/([^/]+)\/./.exec(path)?.[1];
  if (target === undefined || target === ctx.nodeName) return;
  const n = ctx.s.nodes[target];
  if (n && !n.online)
    throw new PveError(
      `proxy handler failed: ssh: connect to host ${nodeAddress(ctx.s, target)} port 22: No route to host`,
    );
}

export function registerPvesh(): void {
  registerSimProgram('pvesh', {
    op: (args) => `pvesh ${args[0] ?? ''}`.trim(),
    readOnly: (args) => args[0] === 'get' || args[0] === 'ls',
    run: runPvesh,
  });
}
