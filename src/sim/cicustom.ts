/**
 * `cicustom` snippets, read when a VM starts (`PVE::QemuServer::Cloudinit::get_custom_cloudinit_files`
 * from `generate_cloudinit_config` in `vm_start`): each named volume must parse as `snippets`
 * (`read_cloudinit_snippets_file`: "... is not in the snippets directory") and be a file at its
 * path (`PVE::Storage::abs_filesystem_path`: "can't find file ..."); a missing one fails the start.
 * A volume id only resolves on a storage with a path; its snippets folder exists once the storage
 * offers `snippets` content (the directory plugin creates the content folders it serves).
 * What cloud-init does with the data is modelled for the guest agent only: a `packages:` list
 * naming qemu-guest-agent installs it at the first boot that runs cloud-init.
 */
import type { SimCtx } from './context.js';
import { PveError } from './errors.js';
import { readHostFile } from './host-files.js';
import type { SimGuest } from './model.js';
import { parseVolid } from './volumes.js';

const KINDS = ['user', 'network', 'meta', 'vendor'] as const;

function readSnippet(ctx: SimCtx, volid: string): string {
  const p = parseVolid(volid);
  if (!p || !/^snippets\/[^/]+$/.test(p.volname))
    throw new PveError(`${volid} is not in the snippets directory`);
  const st = ctx.s.storages[p.storage];
  if (!st) throw new PveError(`storage '${p.storage}' does not exist`);
  const dir = st.options.path;
  const data =
    dir !== undefined && st.content.includes('snippets')
      ? readHostFile(ctx, `${dir}/${p.volname}`)
      : undefined;
  if (data === undefined || data === 'dir') throw new PveError(`can't find file '${volid}'`);
  return data.toString('utf8');
}

/** The snippets a VM's `cicustom` names, by kind; throws like Proxmox when one cannot be read. */
export function readCicustom(ctx: SimCtx, g: SimGuest): Partial<Record<(typeof KINDS)[number], string>> {
  const value = g.conf.main.values.cicustom;
  if (!value) return {};
  const out: Partial<Record<(typeof KINDS)[number], string>> = {};
  for (const part of value.split(',')) {
    const [k, v] = [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)];
    if ((KINDS as readonly string[]).includes(k) && v) out[k as (typeof KINDS)[number]] = readSnippet(ctx, v);
  }
  return out;
}

/** Whether cloud-config text installs qemu-guest-agent (a `packages:` entry). */
export function installsGuestAgent(text: string | undefined): boolean {
  if (!text) return false;
  const m = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(text) ?? /^packages:\s*\[([^\]]*)\]/m.exec(text);
  return m !== null && /(^|[\s,\-[])["']?qemu-guest-agent["']?(\s|,|$)/m.test(m[1]!);
}
