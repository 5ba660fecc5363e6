/**
 * Container templates (`vztmpl` content): resolving `pct create`'s `ostemplate` (a volume id such
 * as `local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst` or an absolute path below a directory
 * storage's `template/cache`), and the OS type Proxmox detects from it.
 */
import type { SimCtx } from './context.js';
import { readHostFile } from './host-files.js';
import { findVolume, parseVolid } from './volumes.js';

export interface ResolvedTemplate {
  /** Volume id when the template lies in a storage. */
  volid?: string;
  exists: boolean;
  ostype: string;
  arch: string;
}

/** The OS type `PVE::LXC::Setup` would detect (from the template's name here). */
export function detectOstype(name: string): string {
  const base = name.split('/').pop()!.toLowerCase();
  for (const [prefix, ostype] of [
    ['ubuntu', 'ubuntu'],
    ['debian', 'debian'],
    ['devuan', 'devuan'],
    ['alpine', 'alpine'],
    ['archlinux', 'archlinux'],
    ['centos', 'centos'],
    ['rockylinux', 'centos'],
    ['almalinux', 'centos'],
    ['fedora', 'fedora'],
    ['opensuse', 'opensuse'],
    ['gentoo', 'gentoo'],
    ['nixos', 'nixos'],
  ] as const)
    if (base.startsWith(prefix)) return ostype;
  return 'unmanaged';
}

export function detectArch(name: string): string {
  if (/_arm64\./.test(name)) return 'arm64';
  if (/_i386\./.test(name)) return 'i386';
  return 'amd64';
}

export function resolveOsTemplate(ctx: SimCtx, ostemplate: string): ResolvedTemplate {
  const info = { ostype: detectOstype(ostemplate), arch: detectArch(ostemplate) };
  if (ostemplate.startsWith('/')) {
    for (const st of Object.values(ctx.s.storages)) {
      const root = st.options.path;
      if (!root || !st.content.includes('vztmpl')) continue;
      const prefix = `${root.replace(/\/+$/, '')}/template/cache/`;
      if (ostemplate.startsWith(prefix)) {
        const id = `${st.id}:vztmpl/${ostemplate.slice(prefix.length)}`;
        if (findVolume(ctx, id)) return { volid: id, exists: true, ...info };
      }
    }
    return { exists: readHostFile(ctx, ostemplate) !== undefined, ...info };
  }
  const p = parseVolid(ostemplate);
  return { volid: ostemplate, exists: !!p && !!findVolume(ctx, ostemplate), ...info };
}

/** Where a dir storage keeps a template file. */
export function templatePath(ctx: SimCtx, storage: string, file: string): string {
  const root = ctx.s.storages[storage]?.options.path ?? `/mnt/pve/${storage}`;
  return `${root.replace(/\/+$/, '')}/template/cache/${file}`;
}
