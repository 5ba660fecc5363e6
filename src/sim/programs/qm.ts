/**
 * The `qm` command: the real CLI syntax (including two-word commands such as `guest cmd` and
 * `disk import` and the old aliases), run against the model.
 */
import { parseArgs } from '../cli-parse.js';
import type { Continuation, SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { ParamError, PveError, unknownCommand } from '../errors.js';
import { checkLock, loadGuest, touch } from '../guests.js';
import { runInGuest } from '../guest-io.js';
import { installsGuestAgent, readCicustom } from '../cicustom.js';
import { regenerateCloudinit } from '../qemu-config.js';
import { formatSize, parseSize } from '../../dialect/pve-values.js';
import { findVolume } from '../volumes.js';
import { qmDiskMove } from './move-volume.js';
import { sharedGuestHandlers, vmidOf, type Handler } from './guest-handlers.js';
import { guestDestroy, guestStart, guestStop, guestTemplate } from './lifecycle.js';
import { pveMajor } from './create-shared.js';
import { guestMigrate } from './migrate.js';
import { checkAgent, qmClone, qmCreate, qmDiskImport, qmSet } from './qm-create.js';
import { QM_ALIASES, QM_READ_ONLY, qmSpecs } from './qm-specs.js';
import { perlPrettyJson } from '../output.js';

function agentResult(ctx: SimCtx, vmid: number, command: string): unknown {
  const g = checkAgent(ctx, vmid);
  const name = g.conf.main.values.name ?? `VM${vmid}`;
  switch (command) {
    case 'get-host-name':
      return { 'host-name': name };
    case 'get-osinfo':
      return { id: 'ubuntu', name: 'Ubuntu', 'pretty-name': 'Ubuntu 24.04 LTS', 'version-id': '24.04' };
    case 'network-get-interfaces':
      return [
        {
          name: 'lo',
          'hardware-address': '00:00:00:00:00:00',
          'ip-addresses': [{ 'ip-address': '127.0.0.1', 'ip-address-type': 'ipv4', prefix: 8 }],
        },
      ];
    case 'info':
      return { version: '8.1.3', supported_commands: [] };
    case 'get-time':
      return ctx.now() * 1_000_000;
    default:
      return {};
  }
}

const HANDLERS: Record<string, Handler> = {
  ...sharedGuestHandlers('qemu'),
  create: qmCreate,
  set: qmSet,
  clone: qmClone,
  migrate: (ctx, a) => guestMigrate(ctx, 'qemu', a, 'qm migrate <vmid> <target> [OPTIONS]'),
  'disk import': qmDiskImport,
  'disk move': (ctx, a) =>
    qmDiskMove(ctx, vmidOf(a), a.params.disk!, a.params.storage, {
      delete: a.params.delete === '1',
      targetVmid: a.params['target-vmid'],
    }),
  start: (ctx, a) => {
    const data = readCicustom(ctx, loadGuest(ctx, 'qemu', vmidOf(a)));
    const c = guestStart(ctx, 'qemu', vmidOf(a), a.params.skiplock === '1');
    return ctx.after(c.op, (c2) => {
      const r = c.next(c2);
      const g = loadGuest(c2, 'qemu', vmidOf(a));
      if (regenerateCloudinit(c2, g)) c2.out('generating cloud-init ISO\n');
      if (installsGuestAgent(data.vendor) || installsGuestAgent(data.user)) g.agentInstalled = true;
      return r;
    });
  },
  shutdown: (ctx, a) => guestStop(ctx, 'qemu', vmidOf(a), 'shutdown', a.params.skiplock === '1'),
  template: (ctx, a) => guestTemplate(ctx, 'qemu', vmidOf(a), a.params.disk),
  destroy: (ctx, a) =>
    guestDestroy(ctx, 'qemu', vmidOf(a), {
      skiplock: a.params.skiplock === '1',
      unreferenced: a.params['destroy-unreferenced-disks'] === '1',
    }),
  list: (ctx) => {
    const guests = Object.values(ctx.s.guests)
      .filter((g) => g.kind === 'qemu' && g.node === ctx.nodeName)
      .sort((x, y) => x.vmid - y.vmid);
    if (guests.length === 0) return;
    ctx.out(
      `${'VMID'.padStart(10)} ${'NAME'.padEnd(20)} ${'STATUS'.padEnd(10)} ${'MEM(MB)'.padEnd(10)} ${'BOOTDISK(GB)'.padStart(12)} ${'PID'.padEnd(10)}\n`,
    );
    for (const g of guests) {
      const v = g.conf.main.values;
      const mem = (v.memory ?? '2048').replace(/^current=/, '').split(',')[0]!;
      const disk = Object.entries(v).find(
        ([k]) => /^(scsi|virtio|sata|ide)\d+$/.test(k) && !/media=cdrom/.test(v[k]!),
      );
      const size = disk ? (parseSize(/size=([^,]+)/.exec(disk[1])?.[1] ?? '0') ?? 0) / 1024 ** 3 : 0;
      const pid = g.status === 'running' ? String(100000 + g.vmid) : '0';
      ctx.out(
        `${String(g.vmid).padStart(10)} ${(v.name ?? `VM ${g.vmid}`).padEnd(20)} ${g.status.padEnd(10)} ${mem.padEnd(10)} ${size.toFixed(2).padStart(12)} ${pid.padEnd(10)}\n`,
      );
    }
  },
  'guest cmd': (ctx, a) => {
    const res = agentResult(ctx, vmidOf(a), a.params.command!);
    ctx.out(perlPrettyJson(res));
  },
  'guest exec': (ctx, a) => {
    const g = checkAgent(ctx, vmidOf(a));
    if (a.extra.length === 0) throw new ParamError({ 'extra-args': 'No command given' });
    const r = runInGuest(ctx, g, a.extra);
    const res: Record<string, unknown> = { exitcode: r.exitCode, exited: 1 };
    if (r.stdout) res['out-data'] = r.stdout;
    if (r.stderr) res['err-data'] = r.stderr;
    ctx.out(perlPrettyJson(res));
  },
  'disk resize': (ctx, a) => {
    const g = loadGuest(ctx, 'qemu', vmidOf(a));
    ctx.holdFlock('qemu', g.vmid);
    if (a.params.skiplock !== '1') checkLock(g);
    const disk = a.params.disk!;
    const value = g.conf.main.values[disk];
    if (!value) throw new PveError(`disk '${disk}' does not exist`);
    const m = /^(\+)?(\d+(?:\.\d+)?)([KMGT])?$/.exec(a.params.size!);
    if (!m) throw new ParamError({ size: 'value does not match the regex pattern' });
    const vol = findVolume(ctx, value.split(',')[0]!.replace(/^(file|volume)=/, ''));
    const cur = vol?.sizeBytes ?? parseSize(/size=([^,]+)/.exec(value)?.[1] ?? '0') ?? 0;
    const delta = parseSize(`${m[2]}${m[3] ?? ''}`)!;
    const next = m[1] ? cur + delta : delta;
    if (next < cur) throw new PveError('shrinking disks is not supported');
    if (vol) vol.sizeBytes = next;
    const parts = value.split(',').filter((x) => !x.startsWith('size='));
    g.conf.main.values[disk] = [...parts, `size=${formatSize(next)}`].join(',');
    touch(g);
  },
  'cloudinit update': (ctx, a) => {
    const g = loadGuest(ctx, 'qemu', vmidOf(a));
    ctx.holdFlock('qemu', g.vmid);
    checkLock(g);
    regenerateCloudinit(ctx, g);
  },
  'cloudinit dump': (ctx, a) => {
    const g = loadGuest(ctx, 'qemu', vmidOf(a));
    const v = g.conf.main.values;
    if (a.params.type === 'user') {
      let out = `#cloud-config\nhostname: ${v.name ?? `VM${g.vmid}`}\nmanage_etc_hosts: true\nfqdn: ${v.name ?? `VM${g.vmid}`}\n`;
      if (v.ciuser) out += `user: ${v.ciuser}\n`;
      if (v.sshkeys)
        out += `ssh_authorized_keys:\n${decodeURIComponent(v.sshkeys)
          .split('\n')
          .filter(Boolean)
          .map((k) => `  - ${k}\n`)
          .join('')}`;
      ctx.out(out + 'chpasswd:\n  expire: False\nusers:\n  - default\npackage_upgrade: true\n');
    } else if (a.params.type === 'meta') ctx.out(`instance-id: ${g.conf.main.values.vmgenid ?? g.vmid}\n`);
    else ctx.out('version: 1\nconfig:\n');
  },
};

function runQm(ctx: SimCtx): Continuation | void {
  const args = ctx.rt.args;
  let sub = args[0];
  let rest = args.slice(1);
  if (sub === 'guest' || sub === 'disk' || sub === 'cloudinit') {
    sub = `${sub} ${args[1] ?? ''}`;
    rest = args.slice(2);
  }
  if (sub !== undefined && QM_ALIASES[sub]) sub = QM_ALIASES[sub];
  const spec = sub === undefined ? undefined : qmSpecs(pveMajor(ctx))[sub];
  const handler = sub === undefined ? undefined : HANDLERS[sub];
  if (!spec || !handler) throw unknownCommand('qm', sub);
  return handler(ctx, parseArgs(spec, rest));
}

export function qmOp(args: readonly string[]): string {
  let sub = args[0] ?? '';
  if (sub === 'guest' || sub === 'disk' || sub === 'cloudinit') sub = `${sub} ${args[1] ?? ''}`;
  // `qm create` / `qm set` with `import-from=` copy an image like `qm disk import` (and take as
  // long): one operation for latency and faults.
  if ((sub === 'create' || sub === 'set') && args.some((x) => /(^|,)import-from=/.test(x)))
    return 'qm disk import';
  return `qm ${QM_ALIASES[sub] ?? sub}`.trim();
}

export function registerQm(): void {
  registerSimProgram('qm', {
    op: qmOp,
    readOnly: (args) => QM_READ_ONLY.has(qmOp(args).slice(3)),
    run: runQm,
  });
}
