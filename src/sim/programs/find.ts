/**
 * `find DIR... -mindepth 1 -maxdepth 1` on the simulated host, the one listing the state read
 * uses: /dev shows the nodes of a stock host and the NVIDIA nodes that exist now (host-paths.ts),
 * /etc/apparmor.d/lxc the profiles lxc-pve ships plus the files written there. Other folders list
 * the stored host files directly under them; a folder that holds nothing is missing, as GNU find
 * reports it (`find: 'DIR': No such file or directory`, exit 1, the other folders still listed).
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ExitStatus } from '../errors.js';
import { canonicalPath, listHostFiles } from '../host-files.js';
import { hostDeviceExists } from '../host-paths.js';
import { hostSetup } from '../hypervisor/state.js';

/** Nodes and folders directly under /dev on every Proxmox VE host (those Phoenix may look for). */
const STOCK_DEV = [
  'console',
  'full',
  'fuse',
  'kvm',
  'net',
  'null',
  'ptmx',
  'pts',
  'random',
  'shm',
  'tty',
  'urandom',
  'zero',
];

/** The profiles lxc-pve installs in /etc/apparmor.d/lxc. */
const STOCK_LXC_PROFILES = [
  'lxc-default',
  'lxc-default-cgns',
  'lxc-default-with-mounting',
  'lxc-default-with-nesting',
];

function nvidiaNodes(ctx: SimCtx): string[] {
  const gpus = hostSetup(ctx).nvidia.gpus;
  const candidates = ['nvidiactl', 'nvidia-modeset', 'nvidia-uvm', 'nvidia-uvm-tools'];
  for (let i = 0; i < gpus; i++) candidates.push(`nvidia${i}`);
  return candidates.filter((n) => hostDeviceExists(ctx, `/dev/${n}`));
}

/** Names directly under `dir`, or undefined when the folder does not exist. */
function children(ctx: SimCtx, dir: string): string[] | undefined {
  const p = canonicalPath(ctx, dir);
  const names = new Set(
    listHostFiles(ctx, p)
      .map((f) => f.slice(p.length + 1).split('/')[0]!)
      .filter((n) => n !== ''),
  );
  if (p === '/dev') for (const n of [...STOCK_DEV, ...nvidiaNodes(ctx)]) names.add(n);
  if (p === '/etc/apparmor.d/lxc') for (const n of STOCK_LXC_PROFILES) names.add(n);
  return names.size > 0 ? [...names].sort() : undefined;
}

function find(ctx: SimCtx, args: readonly string[]): void {
  const start = args.findIndex((a) => a.startsWith('-') || a === '(' || a === '!');
  const dirs = start < 0 ? args : args.slice(0, start);
  const expr = start < 0 ? [] : args.slice(start);
  if (expr.join(' ') !== '-mindepth 1 -maxdepth 1')
    throw new ExitStatus(
      1,
      `find: the simulator only lists folders (-mindepth 1 -maxdepth 1), not '${expr.join(' ')}'\n`,
    );
  let missing = false;
  for (const d of dirs.length ? dirs : ['.']) {
    const names = children(ctx, d);
    if (!names) {
      ctx.err(`find: '${d}': No such file or directory\n`);
      missing = true;
      continue;
    }
    const base = d.replace(/\/+$/, '');
    for (const n of names) ctx.out(`${base}/${n}\n`);
  }
  if (missing) throw new ExitStatus(1);
}

export function registerFindProgram(): void {
  registerSimProgram('find', {
    op: () => 'find',
    readOnly: () => true,
    run: (ctx) => find(ctx, ctx.rt.args),
  });
}
