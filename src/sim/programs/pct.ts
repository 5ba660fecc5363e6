/**
 * The `pct` command: parses the real CLI syntax, then runs the sub-command against the model.
 */
import { parseArgs } from '../cli-parse.js';
import type { Continuation, SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ParamError, PveError, unknownCommand } from '../errors.js';
import { checkLock, isRunning, loadGuest, touch } from '../guests.js';
import { readGuestFile, runInGuest, writeGuestFile } from '../guest-io.js';
import { HostFileError, readHostFile, writeHostFile } from '../host-files.js';
import { LXC_MP, LXC_ROOTFS } from '../../dialect/lxc-schema.js';
import {
  formatSize,
  parsePropertyString,
  parseSize,
  printPropertyString,
  specOf,
} from '../../dialect/pve-values.js';
import { findVolume } from '../volumes.js';
import { sharedGuestHandlers, vmidOf, type Handler } from './guest-handlers.js';
import { guestDestroy, guestStart, guestStop, guestTemplate } from './lifecycle.js';
import { pveMajor } from './create-shared.js';
import { guestMigrate } from './migrate.js';
import { pctClone, pctCreate, pctSet } from './pct-create.js';
import { pctMoveVolume } from './move-volume.js';
import { pctReassignVolume } from './reassign-volume.js';
import { PCT_READ_ONLY, pctSpecs } from './pct-specs.js';

const HANDLERS: Record<string, Handler> = {
  ...sharedGuestHandlers('lxc'),
  create: pctCreate,
  set: pctSet,
  clone: pctClone,
  migrate: (ctx, a) => guestMigrate(ctx, 'lxc', a, 'pct migrate <vmid> <target> [OPTIONS]'),
  'move-volume': (ctx, a) => {
    const target = a.params['target-vmid'];
    if (target !== undefined && !a.params.storage)
      return pctReassignVolume(ctx, vmidOf(a), a.params.volume!, Number(target), a.params['target-volume']);
    pctMoveVolume(ctx, vmidOf(a), a.params.volume!, a.params.storage, {
      delete: a.params.delete === '1',
      targetVmid: target,
    });
  },
  start: (ctx, a) => guestStart(ctx, 'lxc', vmidOf(a), a.params.skiplock === '1'),
  shutdown: (ctx, a) => guestStop(ctx, 'lxc', vmidOf(a), 'shutdown', false),
  template: (ctx, a) => guestTemplate(ctx, 'lxc', vmidOf(a)),
  destroy: (ctx, a) =>
    guestDestroy(ctx, 'lxc', vmidOf(a), {
      force: a.params.force === '1',
      unreferenced: a.params['destroy-unreferenced-disks'] === '1',
    }),
  list: (ctx) => {
    ctx.out(`${'VMID'.padEnd(10)} ${'Status'.padEnd(10)} ${'Lock'.padEnd(12)} ${'Name'.padEnd(20)}\n`);
    for (const g of Object.values(ctx.s.guests).sort((x, y) => x.vmid - y.vmid)) {
      if (g.kind !== 'lxc' || g.node !== ctx.nodeName) continue;
      const v = g.conf.main.values;
      ctx.out(
        `${String(g.vmid).padEnd(10)} ${g.status.padEnd(10)} ${(v.lock ?? '').padEnd(12)} ${(v.hostname ?? '').padEnd(20)}\n`,
      );
    }
  },
  exec: (ctx, a) => {
    const g = loadGuest(ctx, 'lxc', vmidOf(a));
    if (!isRunning(g)) throw new PveError(`container '${g.vmid}' not running!`);
    if (a.extra.length === 0) throw new PveError('missing command');
    const r = runInGuest(ctx, g, a.extra);
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    if (r.exitCode !== 0) ctx.failCommitted('', r.exitCode);
  },
  push: (ctx, a) => {
    const g = loadGuest(ctx, 'lxc', vmidOf(a));
    ctx.holdFlock('lxc', g.vmid);
    if (!isRunning(g)) throw new PveError('can only push files to a running CT');
    const file = a.params.file!;
    const data = file === '/dev/stdin' || file === '-' ? ctx.rt.stdin : readHostFile(ctx, file);
    if (data === undefined || data === 'dir') throw new PveError(`failed to open ${file} for reading`);
    let perms = a.params.perms;
    if (perms !== undefined && !perms.startsWith('0')) perms = `0${perms}`;
    if (perms !== undefined && !/^0[0-7]*$|^0x[0-9a-f]+$/i.test(perms))
      throw new PveError(`invalid mode: '${a.params.perms}'`);
    writeGuestFile(g, a.params.destination!, data, { perms, user: a.params.user, group: a.params.group });
  },
  pull: (ctx, a) => {
    const g = loadGuest(ctx, 'lxc', vmidOf(a));
    ctx.holdFlock('lxc', g.vmid);
    if (!isRunning(g)) throw new PveError('can only pull files from a running VM');
    const data = readGuestFile(g, a.params.path!);
    if (!data) throw new PveError(`failed to open ${a.params.path}: No such file or directory`);
    try {
      writeHostFile(ctx, a.params.destination!, data);
    } catch (err) {
      if (err instanceof HostFileError)
        throw new PveError(`failed to create file: ${a.params.destination}: ${err.reason}`);
      throw err;
    }
  },
  resize: (ctx, a) => {
    const g = loadGuest(ctx, 'lxc', vmidOf(a));
    ctx.holdFlock('lxc', g.vmid);
    checkLock(g);
    const disk = a.params.disk!;
    if (disk !== 'rootfs' && !/^mp\d+$/.test(disk))
      throw new ParamError({
        disk: `value '${disk}' does not have a value in the enumeration 'rootfs, mp0, ...'`,
      });
    const m = /^(\+)?(\d+(?:\.\d+)?)([KMGT])?$/.exec(a.params.size!);
    if (!m) throw new ParamError({ size: 'value does not match the regex pattern' });
    const value = g.conf.main.values[disk];
    if (!value) throw new PveError(`disk '${disk}' has no associated volume`);
    const spec = specOf(disk === 'rootfs' ? LXC_ROOTFS : LXC_MP);
    const parsed = parsePropertyString(disk, spec, value);
    if ('errors' in parsed) throw new ParamError(parsed.errors);
    const vol = findVolume(ctx, parsed.values.volume!);
    const cur = vol?.sizeBytes ?? parseSize(parsed.values.size ?? '0') ?? 0;
    const delta = parseSize(`${m[2]}${m[3] ?? ''}`)!;
    const next = m[1] ? cur + delta : delta;
    // pve-container API2/LXC.pm `resize_vm`: shrinking and a no-op resize are both refused.
    if (next < cur) throw new PveError('unable to shrink disk size');
    if (next === cur) throw new PveError('disk is already at specified size');
    if (vol) vol.sizeBytes = next;
    parsed.values.size = formatSize(next);
    g.conf.main.values[disk] = printPropertyString(spec, parsed.values);
    touch(g);
  },
};

function runPct(ctx: SimCtx): Continuation | void {
  const [sub, ...rest] = ctx.rt.args;
  const specs = pctSpecs(pveMajor(ctx));
  const spec = sub === undefined ? undefined : specs[sub];
  const handler = sub === undefined ? undefined : HANDLERS[sub];
  if (!spec || !handler) throw unknownCommand('pct', sub);
  return handler(ctx, parseArgs(spec, rest));
}

export function registerPct(): void {
  registerSimProgram('pct', {
    op: (args) => `pct ${args[0] ?? ''}`.trim(),
    readOnly: (args) => PCT_READ_ONLY.has(args[0] ?? ''),
    run: runPct,
  });
}
