/**
 * The `pvesh` verbs setup-hypervisor uses beyond `get`: `create /nodes/NODE/storage/STORAGE/download-url`
 * (the storage must exist and allow the content type; ISO files must be .iso/.img, import files
 * .qcow2/.raw/.vmdk/.ova) and `set /access/password`. Every other call goes to the `pvesh` program
 * registered before (the guest simulator's `get`).
 */
import type { SimCtx } from '../context.js';
import { getSimProgram, registerSimProgram, type SimProgram } from '../dispatch.js';
import { checkProxyTarget } from '../programs/pvesh.js';
import { ParamError, PveError, UsageError } from '../errors.js';

function params(args: readonly string[]): { path?: string; p: Record<string, string> } {
  const p: Record<string, string> = {};
  let path: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(args[i]!);
    if (!m) {
      if (path !== undefined) throw new UsageError('too many arguments', 'pvesh create <api_path> [OPTIONS]');
      path = args[i];
      continue;
    }
    const v = m[2] ?? args[++i];
    if (v === undefined)
      throw new UsageError('unable to parse option', '', [`Option ${m[1]} requires an argument`]);
    p[m[1]!] = v;
  }
  return { path, p };
}

const EXT: Record<string, RegExp> = {
  iso: /\.(iso|img)$/i,
  vztmpl: /\.tar\.(gz|xz|zst)$/,
  import: /\.(qcow2|raw|vmdk|ova)$/i,
};

function downloadUrl(ctx: SimCtx, node: string, storage: string, p: Record<string, string>): void {
  for (const k of ['content', 'filename', 'url'])
    if (!p[k]) throw new ParamError({ [k]: 'property is missing and it is not optional' });
  if (!ctx.s.nodes[node]) throw new PveError(`no such cluster node '${node}'`);
  const st = ctx.s.storages[storage];
  if (!st) throw new PveError(`storage '${storage}' does not exist`);
  const content = p.content!;
  if (!EXT[content])
    throw new ParamError({
      content: `value '${content}' does not have a value in the enumeration 'iso, vztmpl, import'`,
    });
  if (!st.content.includes(content))
    throw new PveError(`storage '${storage}' is not configured for content-type '${content}'`);
  if (!EXT[content].test(p.filename!))
    throw new ParamError({ filename: `wrong file extension for content type '${content}'` });
  if (!/^https?:\/\//.test(p.url!)) throw new ParamError({ url: 'invalid URL' });
  const volname = `${content}/${p.filename}`;
  const nodeKey = st.shared ? '' : node;
  if (ctx.s.volumes.some((v) => v.storage === storage && v.volname === volname && v.node === nodeKey))
    throw new PveError(`refusing to override existing file '${p.filename}'`);
  ctx.s.volumes.push({
    storage,
    node: nodeKey,
    volname,
    content,
    format: content === 'iso' ? 'iso' : (p.filename!.split('.').pop() ?? 'raw'),
    sizeBytes: 600 * 1024 ** 2,
    ctime: Math.floor(ctx.now() / 1000),
  });
  ctx.out(
    `UPID:${node}:0000${ctx.seq().toString(16).padStart(4, '0')}:00000000:00000000:download:${p.filename}:root@pam:\n`,
  );
}

function setPassword(ctx: SimCtx, p: Record<string, string>): void {
  if (!p.userid || !p.password)
    throw new ParamError({
      [p.userid ? 'password' : 'userid']: 'property is missing and it is not optional',
    });
  if (p.password.length < 5) throw new ParamError({ password: 'value must be at least 5 characters long' });
  const u = ctx.s.access.users[p.userid];
  if (!u) throw new PveError(`user '${p.userid}' does not exist`);
  u.passwordSet = true;
}

export function registerPveshExtensions(): void {
  const base: SimProgram | undefined = getSimProgram('pvesh');
  registerSimProgram('pvesh', {
    op: (args) => base?.op(args) ?? `pvesh ${args[0] ?? ''}`.trim(),
    readOnly: (args) => (args[0] === 'create' || args[0] === 'set' ? false : (base?.readOnly(args) ?? true)),
    run: (ctx) => {
      const [verb, ...rest] = ctx.rt.args;
      if (verb === 'create' || verb === 'set') {
        const { path, p } = params(rest);
        const dl = /^\/nodes\/([^/]+)\/storage\/([^/]+)\/download-url\/?$/.exec(path ?? '');
        if (!rest.includes('--noproxy')) checkProxyTarget(ctx, path ?? '');
        if (verb === 'create' && dl) return downloadUrl(ctx, dl[1]!, dl[2]!, p);
        if (verb === 'set' && path?.replace(/\/$/, '') === '/access/password') return setPassword(ctx, p);
        throw new PveError(`No '${verb}' handler defined for '${path ?? ''}'`);
      }
      if (!base)
        throw new UsageError(
          `unknown command 'pvesh ${verb ?? ''}'`,
          'USAGE: pvesh <COMMAND> [ARGS] [OPTIONS]',
        );
      return base.run(ctx);
    },
  });
}
