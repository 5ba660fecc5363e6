/**
 * Disks on the simulated host: `lsblk --json` (a disk that holds data shows a partition table and
 * a partition with a filesystem; a pool member shows ZFS's partitions) and `wipefs --all` (clears a
 * disk's signatures so `zpool create` accepts it without `-f`; busy for a disk in an active pool).
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import type { SimDisk } from '../model.js';
import { exit } from './state.js';

/** Partition device names as udev makes them: `-partN` for by-id links, `pN` after a digit. */
export function partitionPath(disk: string, n: number): string {
  if (disk.startsWith('/dev/disk/')) return `${disk}-part${n}`;
  return /\d$/.test(disk) ? `${disk}p${n}` : `${disk}${n}`;
}

function poolOf(ctx: SimCtx, d: SimDisk): string | undefined {
  return Object.values(ctx.node.zpools).find((p) => p.vdevs.includes(d.path))?.name;
}

function findDisk(ctx: SimCtx, path: string): { disk: SimDisk; part?: number } | undefined {
  for (const d of ctx.node.disks) {
    if (d.path === path) return { disk: d };
    for (const n of [1, 2, 3, 9]) if (partitionPath(d.path, n) === path) return { disk: d, part: n };
  }
  return undefined;
}

interface Dev {
  path: string;
  size: number;
  type: string;
  fstype: string | null;
  pttype: string | null;
  mountpoint: string | null;
  children?: Dev[];
}

function describe(ctx: SimCtx, d: SimDisk): Dev {
  const dev: Dev = {
    path: d.path,
    size: d.sizeBytes,
    type: 'disk',
    fstype: null,
    pttype: null,
    mountpoint: null,
  };
  const part = (n: number, size: number, fstype: string | null): Dev => ({
    path: partitionPath(d.path, n),
    size,
    type: 'part',
    fstype,
    pttype: 'gpt',
    mountpoint: null,
  });
  if (poolOf(ctx, d)) {
    dev.pttype = 'gpt';
    dev.children = [part(1, d.sizeBytes - 8 * 1024 ** 2, 'zfs_member'), part(9, 8 * 1024 ** 2, null)];
  } else if (d.hasData) {
    dev.pttype = 'gpt';
    dev.children = [part(1, d.sizeBytes - 1024 ** 2, 'ext4')];
  }
  return dev;
}

function lsblk(ctx: SimCtx): void {
  const args = ctx.rt.args;
  const i = args.indexOf('--');
  const devices =
    i >= 0
      ? args.slice(i + 1)
      : args.filter((a, j) => !a.startsWith('-') && args[j - 1] !== '--output' && args[j - 1] !== '-o');
  const cols = (args[args.indexOf('--output') + 1] ?? 'NAME').toLowerCase().split(',');
  const out: Dev[] = [];
  let missing = false;
  for (const p of devices) {
    const found = findDisk(ctx, p);
    if (!found) {
      ctx.err(`lsblk: ${p}: not a block device\n`);
      missing = true;
      continue;
    }
    const dev = describe(ctx, found.disk);
    out.push(found.part === undefined ? dev : (dev.children?.find((c) => c.path === p) ?? dev));
  }
  const pick = (d: Dev): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    for (const c of cols) o[c] = (d as unknown as Record<string, unknown>)[c] ?? null;
    if (d.children) o.children = d.children.map(pick);
    return o;
  };
  if (args.includes('--json') || args.includes('-J'))
    ctx.out(JSON.stringify({ blockdevices: out.map(pick) }, null, 3) + '\n');
  else for (const d of out) ctx.out(`${d.path} ${d.size} ${d.type}\n`);
  if (missing) exit(out.length > 0 ? 64 : 32);
}

function wipefs(ctx: SimCtx): void {
  const args = ctx.rt.args;
  const i = args.indexOf('--');
  const devices = i >= 0 ? args.slice(i + 1) : args.filter((a) => !a.startsWith('-'));
  const all =
    (args.includes('-a') || args.includes('--all')) && !args.includes('-n') && !args.includes('--no-act');
  for (const p of devices) {
    const found = findDisk(ctx, p);
    if (!found) exit(1, `wipefs: error: ${p}: probing initialization failed: No such file or directory`);
    if (!all) {
      if (found.disk.hasData)
        ctx.out(`DEVICE OFFSET TYPE UUID LABEL
${p} 0x200 ${found.part === undefined ? 'gpt' : 'ext4'}
`);
      continue;
    }
    if (poolOf(ctx, found.disk))
      exit(1, `wipefs: error: ${p}: probing initialization failed: Device or resource busy`);
    if (found.part !== undefined) {
      if (found.disk.hasData) ctx.out(`${p}: 2 bytes were erased at offset 0x00000438 (ext4): 53 ef\n`);
      continue;
    }
    if (found.disk.hasData) {
      ctx.out(`${p}: 8 bytes were erased at offset 0x00000200 (gpt): 45 46 49 20 50 41 52 54\n`);
      ctx.out(`${p}: 2 bytes were erased at offset 0x000001fe (PMBR): 55 aa\n`);
    }
    found.disk.hasData = false;
  }
}

export function registerDiskPrograms(): void {
  registerSimProgram('lsblk', { op: () => 'lsblk', readOnly: () => true, run: lsblk });
  registerSimProgram('wipefs', {
    op: () => 'wipefs',
    readOnly: (a) =>
      a.includes('-n') || a.includes('--no-act') || !a.some((x) => x === '-a' || x === '--all'),
    run: wipefs,
  });
}
