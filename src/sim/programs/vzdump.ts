/**
 * `vzdump VMID --storage STORAGE [--mode snapshot|suspend|stop] [--compress ...]`: one guest's
 * backup as an archive volume on a storage with `backup` content, named as pve-manager's
 * `PVE::VZDump` names it (`backup/vzdump-lxc-950-2026_12_03-17_00_00.tar.zst`). The archive holds
 * the volumes Proxmox backs up: a container's rootfs and its mount points with `backup=1`
 * (`mountpoint_backup_enabled`), a VM's disks without `backup=0`. Stop mode stops a running guest
 * for the copy and starts it again.
 */
import { parseArgs, type CommandSpec } from '../cli-parse.js';
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { PveError } from '../errors.js';
import { sectionVolumes, touch } from '../guests.js';
import { BOOL, fmt, oneOf, STR } from '../../dialect/pve-values.js';
import { findVolume, storageOn } from '../volumes.js';
import { VMID } from './pct-specs.js';

const SPEC: CommandSpec = {
  usage: 'vzdump <vmid> [OPTIONS]',
  args: ['vmid'],
  argTypes: { vmid: VMID },
  options: {
    compress: oneOf('0', '1', 'gzip', 'lzo', 'zstd'),
    mode: oneOf('snapshot', 'suspend', 'stop'),
    'notes-template': STR,
    protected: BOOL,
    remove: BOOL,
    storage: fmt('pve-storage-id'),
  },
};

const COMPRESS_EXT: Record<string, string> = { '1': '.lzo', gzip: '.gz', lzo: '.lzo', zstd: '.zst' };

function stamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}_${p(d.getUTCMonth() + 1)}_${p(d.getUTCDate())}-${p(d.getUTCHours())}_${p(d.getUTCMinutes())}_${p(d.getUTCSeconds())}`;
}

function backedUp(value: string, key: string, kind: 'lxc' | 'qemu'): boolean {
  if (kind === 'lxc') return key === 'rootfs' || /(^|,)backup=1(,|$)/.test(value);
  return !/(^|,)backup=0(,|$)/.test(value) && !/(^|,)media=cdrom(,|$)/.test(value);
}

function runVzdump(ctx: SimCtx): void {
  const a = parseArgs(SPEC, ctx.rt.args);
  const vmid = Number(a.params.vmid);
  const g = ctx.s.guests[String(vmid)];
  if (!g || g.node !== ctx.nodeName) throw new PveError(`unable to find VM '${vmid}'`);
  const storageId = a.params.storage ?? 'local';
  const st = storageOn(ctx, storageId);
  // `PVE::VZDump::storage_info`.
  if (!st.content.includes('backup'))
    throw new PveError(`can't use storage '${storageId}' for backups - wrong content type`);
  const values = g.conf.main.values;
  let size = 0;
  for (const { key, volid } of sectionVolumes(g.kind, g.conf.main)) {
    if (!backedUp(values[key] ?? '', key, g.kind)) continue;
    size += findVolume(ctx, volid)?.sizeBytes ?? 0;
  }
  const ext = (g.kind === 'qemu' ? '.vma' : '.tar') + (COMPRESS_EXT[a.params.compress ?? '0'] ?? '');
  const node = st.shared ? '' : ctx.nodeName;
  ctx.s.volumes.push({
    storage: storageId,
    node,
    volname: `backup/vzdump-${g.kind}-${vmid}-${stamp(ctx.now())}${ext}`,
    content: 'backup',
    format: ext.slice(1),
    sizeBytes: Math.round(size / 4),
    vmid,
    ctime: Math.floor(ctx.now() / 1000),
  });
  touch(g);
  ctx.out(`INFO: Finished Backup of VM ${vmid}\nINFO: Backup job finished successfully\n`);
}

export function registerVzdump(): void {
  registerSimProgram('vzdump', { op: () => 'vzdump', readOnly: () => false, run: runVzdump });
}
