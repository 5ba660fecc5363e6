/**
 * `pveam` (appliance manager): `update`, `available [--section S]`, `list STORAGE`,
 * `download STORAGE TEMPLATE` (only names of the index; the storage must hold `vztmpl`) and
 * `remove VOLID`. A template can be used by `pct create` only after it was downloaded.
 */
import { parseArgs, type CommandSpec } from '../cli-parse.js';
import type { Continuation, SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ParamError, PveError, unknownCommand } from '../errors.js';
import { templatePath } from '../templates.js';
import { fmt, oneOf } from '../../dialect/pve-values.js';
import { findVolume, parseVolid, storageOn } from '../volumes.js';

const SPECS: Record<string, CommandSpec> = {
  update: { usage: 'pveam update', args: [], options: {} },
  available: {
    usage: 'pveam available [OPTIONS]',
    args: [],
    options: { section: oneOf('mail', 'system', 'turnkeylinux') },
  },
  list: {
    usage: 'pveam list <storage>',
    args: ['storage'],
    argTypes: { storage: fmt('pve-storage-id') },
    options: {},
  },
  download: {
    usage: 'pveam download <storage> <template>',
    args: ['storage', 'template'],
    argTypes: { storage: fmt('pve-storage-id'), template: { t: 'str', maxLength: 255 } },
    options: {},
  },
  remove: { usage: 'pveam remove <template_path>', args: ['template_path'], options: {} },
};

function sizeMB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)}MB`;
}

function download(ctx: SimCtx, storage: string, template: string): Continuation {
  const app = ctx.s.appliances.find((a) => a.template === template);
  if (!app) throw new ParamError({ template: 'no such template' });
  const st = storageOn(ctx, storage);
  if (!st.content.includes('vztmpl')) throw new PveError(`storage '${storage}' does not support templates`);
  const url = `http://download.proxmox.com/images/${app.section}/${template}`;
  const path = templatePath(ctx, storage, template);
  ctx.out(`downloading ${url} to ${path}\n`);
  return ctx.after('pveam download', (c) => {
    const volname = `vztmpl/${template}`;
    const node = c.s.storages[storage]?.shared ? '' : c.nodeName;
    const existing = c.s.volumes.find(
      (v) => v.storage === storage && v.volname === volname && v.node === node,
    );
    if (existing) existing.ctime = Math.floor(c.now() / 1000);
    else
      c.s.volumes.push({
        storage,
        node,
        volname,
        content: 'vztmpl',
        format:
          /\.tar\.(\w+)$/.exec(template)?.[1] === 'zst'
            ? 'tzst'
            : /\.tar\.xz$/.test(template)
              ? 'txz'
              : 'tgz',
        sizeBytes: app.sizeBytes,
        ctime: Math.floor(c.now() / 1000),
      });
    c.out(`calculating checksum...OK, checksum verified\ndownload of '${url}' to '${path}' finished\n`);
  });
}

function runPveam(ctx: SimCtx): Continuation | void {
  const [sub, ...rest] = ctx.rt.args;
  const spec = sub === undefined ? undefined : SPECS[sub];
  if (!spec) throw unknownCommand('pveam', sub ?? '');
  const p = parseArgs(spec, rest).params;
  switch (sub) {
    case 'update':
      ctx.out('update successful\n');
      return;
    case 'available':
      for (const a of [...ctx.s.appliances].sort((x, y) =>
        x.section + x.template < y.section + y.template ? -1 : 1,
      ))
        if (!p.section || a.section === p.section) ctx.out(`${a.section.padEnd(15)} ${a.template}\n`);
      return;
    case 'list': {
      storageOn(ctx, p.storage!);
      const node = ctx.s.storages[p.storage!]!.shared ? '' : ctx.nodeName;
      const vols = ctx.s.volumes.filter(
        (v) => v.storage === p.storage && v.content === 'vztmpl' && v.node === node,
      );
      const ids = vols.map((v) => `${v.storage}:${v.volname}`);
      const w = Math.max(60, ...ids.map((i) => i.length));
      ctx.out(`${'NAME'.padEnd(w)} ${'SIZE'.padEnd(10)}\n`);
      vols.forEach((v, i) => ctx.out(`${ids[i]!.padEnd(w)} ${sizeMB(v.sizeBytes).padEnd(10)}\n`));
      return;
    }
    case 'download':
      return download(ctx, p.storage!, p.template!);
    case 'remove': {
      const id = p.template_path!;
      const v = parseVolid(id) ? findVolume(ctx, id) : undefined;
      if (!v || v.content !== 'vztmpl') throw new PveError(`Error: Template ${id} does not exist`);
      ctx.s.volumes.splice(ctx.s.volumes.indexOf(v), 1);
      return;
    }
  }
}

export function registerPveam(): void {
  registerSimProgram('pveam', {
    op: (args) => `pveam ${args[0] ?? ''}`.trim(),
    readOnly: (args) => args[0] === 'available' || args[0] === 'list',
    run: runPveam,
  });
}
