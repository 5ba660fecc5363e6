/**
 * `pct create`, `pct clone` and `pct set` with pve-container's checks and side effects: one ID
 * space with VMs, templates that must have been downloaded, storages that must hold container
 * directories, the `create` lock while the worker runs, the source's `disk` lock during a clone,
 * linked clones only where the storage supports them, new MAC addresses for clones.
 */
import type { ParsedArgs } from '../cli-parse.js';
import type { Continuation, SimCtx } from '../context.js';
import { ParamError, PveError } from '../errors.js';
import { checkLock, checkVmidUnused, isRunning, loadGuest, newGuest, newMac, touch } from '../guests.js';
import { allocateMountpoint, normalizeLxcValue, updateLxcConfig } from '../lxc-config.js';
import { LXC_KEYS, LXC_MP, LXC_NET, LXC_ROOTFS, lxcIndexedKey } from '../../dialect/lxc-schema.js';
import { readHostFile } from '../host-files.js';
import { resolveOsTemplate } from '../templates.js';
import {
  formatSize,
  parsePropertyString,
  printPropertyString,
  specOf,
  splitList,
  type PropSpec,
} from '../../dialect/pve-values.js';
import {
  copyVolume,
  findVolume,
  linkedCloneVolume,
  parseVolid,
  storageOn,
  volid,
  volumeHasFeature,
} from '../volumes.js';
import {
  addToPool,
  checkPool,
  checkSetAndDelete,
  cloneTarget,
  discardNewGuest,
  isFullClone,
  pveMajor,
} from './create-shared.js';
import { startGuest } from './lifecycle.js';

const CREATE_ONLY = new Set([
  'vmid',
  'ostemplate',
  'bwlimit',
  'force',
  'ha-managed',
  'ignore-unpack-errors',
  'password',
  'pool',
  'restore',
  'ssh-public-keys',
  'start',
  'storage',
  'unique',
  'unprivileged',
]);

function isConfigKey(k: string): boolean {
  return LXC_KEYS[k] !== undefined || lxcIndexedKey(k) !== undefined;
}

function checkRootdirStorage(ctx: SimCtx, sid: string): void {
  const st = storageOn(ctx, sid);
  if (!st.content.includes('rootdir'))
    throw new ParamError({ storage: `storage '${sid}' does not support container directories` });
}

export function pctCreate(ctx: SimCtx, a: ParsedArgs): Continuation {
  const p = a.params;
  const vmid = Number(p.vmid);
  checkVmidUnused(ctx, vmid);
  checkPool(ctx, p.pool);
  if (p['ssh-public-keys'] !== undefined) {
    const keys = readHostFile(ctx, p['ssh-public-keys']);
    if (keys === undefined || keys === 'dir')
      throw new PveError(`unable to open file '${p['ssh-public-keys']}' - No such file or directory`);
  }
  const unprivileged = p.unprivileged ?? (p.restore !== '1' && pveMajor(ctx) >= 9 ? '1' : undefined);
  const storage = p.storage ?? 'local';
  const mps: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const k of a.order) {
    if (CREATE_ONLY.has(k) || !isConfigKey(k)) continue;
    if (k === 'rootfs' || /^mp\d+$/.test(k)) mps[k] = p[k]!;
    else if (/^unused\d+$/.test(k)) ctx.err(`ignoring '${k}', cannot create/restore with unused volume\n`);
    else values[k] = p[k]!;
  }
  if (Object.keys(mps).length > 0 && mps.rootfs === undefined)
    throw new PveError(`mount points configured, but 'rootfs' not set - aborting`);
  for (const [k, v] of Object.entries(mps)) {
    const vol = /^\d+(\.\d+)?$/.test(v.split(',')[0]!)
      ? `${storage}:0`
      : v.split(',')[0]!.replace(/^volume=/, '');
    const pv = parseVolid(vol);
    if (pv) checkRootdirStorage(ctx, pv.storage);
    else if (!vol.startsWith('/'))
      throw new ParamError({ [k]: `invalid format - unable to parse volume ID '${vol}'` });
  }
  if (mps.rootfs === undefined) checkRootdirStorage(ctx, storage);
  const g = newGuest(ctx, 'lxc', vmid, { lock: 'create' });
  g.conf.main.values.lock = 'create';
  ctx.holdFlock('lxc', vmid);
  const template = resolveOsTemplate(ctx, p.ostemplate!);
  return ctx.after('pct create', (c) => {
    const guest = c.s.guests[String(vmid)];
    if (!guest || guest.conf.main.values.lock !== 'create') {
      c.failCommitted(`unable to create CT ${vmid} - Lost 'create' config lock, aborting.`);
      return;
    }
    if (!template.exists) {
      delete c.s.guests[String(vmid)];
      c.failCommitted(`unable to create CT ${vmid} - can't find file '${p.ostemplate}'`);
      return;
    }
    const conf: Record<string, string> = {};
    try {
      for (const [k, v] of Object.entries(mps)) conf[k] = allocateMountpoint(c, vmid, k, v, storage);
      if (conf.rootfs === undefined) conf.rootfs = allocateMountpoint(c, vmid, 'rootfs', `${storage}:4`);
      for (const [k, v] of Object.entries(values)) conf[k] = normalizeLxcValue(c, guest, k, v);
    } catch (err) {
      discardNewGuest(c, vmid);
      c.failCommitted(`unable to create CT ${vmid} - ${(err as Error).message}`);
      return;
    }
    c.out(`extracting archive '${p.ostemplate}'\nDetected container architecture: ${template.arch}\n`);
    conf.arch ??= template.arch;
    conf.ostype ??= template.ostype;
    if (unprivileged === '1') conf.unprivileged = '1';
    conf.hostname ||= `CT${vmid}`;
    if (!conf.memory || conf.memory === '0') conf.memory = '512';
    conf.swap ??= '512';
    const description = conf.description;
    delete conf.description;
    guest.conf.main = { values: conf };
    if (description !== undefined) guest.conf.main.description = description;
    touch(guest);
    guest.fs['/etc/os-release'] = {
      data: Buffer.from(`ID=${template.ostype}\nPRETTY_NAME="${p.ostemplate!.split('/').pop()}"\n`).toString(
        'base64',
      ),
      perms: '0644',
    };
    addToPool(c, p.pool, vmid);
    if (p.start === '1') startGuest(c, guest);
  });
}

export function pctSet(ctx: SimCtx, a: ParsedArgs): void {
  const p = a.params;
  const g = loadGuest(ctx, 'lxc', Number(p.vmid));
  ctx.holdFlock('lxc', g.vmid);
  checkLock(g);
  const del = splitList(p.delete ?? '');
  const revert = splitList(p.revert ?? '');
  const set: Record<string, string> = {};
  for (const k of a.order) if (isConfigKey(k)) set[k] = p[k]!;
  checkSetAndDelete(set, del);
  if (Object.keys(set).length === 0 && del.length === 0 && revert.length === 0)
    throw new PveError('no options specified');
  updateLxcConfig(ctx, g, set, del, revert);
}

function mpSpec(key: string): PropSpec {
  return specOf(key === 'rootfs' ? LXC_ROOTFS : LXC_MP);
}

export function pctClone(ctx: SimCtx, a: ParsedArgs): Continuation {
  const p = a.params;
  const vmid = Number(p.vmid);
  const newid = Number(p.newid);
  checkPool(ctx, p.pool);
  const target = cloneTarget(ctx, p, 'lxc');
  const src = loadGuest(ctx, 'lxc', vmid);
  checkLock(src);
  checkVmidUnused(ctx, newid);
  const running = isRunning(src);
  const full = isFullClone(p, src);
  if (p.snapname && !src.conf.snapshots[p.snapname])
    throw new PveError(`snapshot '${p.snapname}' does not exist`);
  const srcConf = p.snapname ? src.conf.snapshots[p.snapname]! : src.conf.main;
  const newconf: Record<string, string> = {};
  const disks: Record<string, { volid: string; rest: Record<string, string> }> = {};
  let shared = true;
  for (const key of Object.keys(srcConf.values).sort()) {
    const value = srcConf.values[key]!;
    if (/^unused\d+$/.test(key)) continue;
    if (key === 'rootfs' || /^mp\d+$/.test(key)) {
      const parsed = parsePropertyString(key, mpSpec(key), value);
      if ('errors' in parsed) throw new ParamError(parsed.errors);
      const vol = parsed.values.volume!;
      if (!parseVolid(vol))
        throw new PveError(
          `unable to clone mountpoint '${key}' (type ${vol.startsWith('/dev/') ? 'device' : 'bind'})`,
        );
      // Judged on the clone's storage (`--storage`, else the source's).
      const sid = p.storage ?? parseVolid(vol)!.storage;
      if (!ctx.s.storages[sid]?.shared) {
        shared = false;
        if (target !== undefined) ctx.err(`found non-shared volume: ${vol}\n`);
      }
      if (full) {
        if (running && !p.snapname)
          throw new PveError('Cannot do full clones on a running container without snapshots');
      } else if (!volumeHasFeature(ctx, vol, 'clone', p.snapname)) {
        throw new PveError(`Linked clone feature for '${vol}' is not available`);
      }
      disks[key] = { volid: vol, rest: parsed.values };
    } else if (/^net\d+$/.test(key)) {
      const parsed = parsePropertyString(key, specOf(LXC_NET), value);
      if ('errors' in parsed) throw new ParamError(parsed.errors);
      parsed.values.hwaddr = newMac(ctx);
      newconf[key] = printPropertyString(specOf(LXC_NET), parsed.values);
    } else newconf[key] = value;
  }
  if (target !== undefined && !shared)
    throw new PveError(`can't clone CT to node '${target}' (CT uses local storage)`);
  for (const k of ['snapshots', 'parent', 'snaptime', 'snapstate', 'template', 'lock']) delete newconf[k];
  if (p.hostname) newconf.hostname = p.hostname;
  newconf.lock = 'create';
  const g = newGuest(ctx, 'lxc', newid, newconf);
  const description = p.description ?? srcConf.description;
  if (description) g.conf.main.description = description;
  if (srcConf.lxc) g.conf.main.lxc = srcConf.lxc.map(([k, v]) => [k, v]);
  src.conf.main.values.lock = 'disk';
  touch(src);
  return ctx.after(full ? 'pct clone' : 'pct clone linked', (c) => {
    const s2 = c.s.guests[String(vmid)];
    const n2 = c.s.guests[String(newid)];
    if (!s2 || !n2) {
      c.failCommitted(`clone failed: CT ${!s2 ? vmid : newid} vanished`);
      return;
    }
    try {
      for (const [key, d] of Object.entries(disks)) {
        let vol;
        if (full) {
          c.out(`create full clone of mountpoint ${key} (${d.volid})\n`);
          vol = copyVolume(c, d.volid, newid, p.storage, 'rootdir');
          vol.sizeBytes = findVolume(c, d.volid)?.sizeBytes ?? vol.sizeBytes;
        } else {
          c.out(`create linked clone of mount point ${key} (${d.volid})\n`);
          vol = linkedCloneVolume(c, d.volid, newid);
        }
        const vals = { ...d.rest, volume: volid(vol), size: formatSize(vol.sizeBytes) };
        n2.conf.main.values[key] = printPropertyString(mpSpec(key), vals);
      }
    } catch (err) {
      // The worker failed: new volumes and config go, the source is unlocked.
      if (!(err instanceof PveError)) throw err;
      discardNewGuest(c, newid);
      if (s2.conf.main.values.lock === 'disk') delete s2.conf.main.values.lock;
      touch(s2);
      c.failCommitted(err.message);
      return;
    }
    const files = p.snapname ? (s2.fsSnapshots?.[p.snapname] ?? s2.fs) : s2.fs;
    n2.fs = JSON.parse(JSON.stringify(files)) as typeof n2.fs;
    delete n2.conf.main.values.lock;
    if (target !== undefined) n2.node = target;
    if (s2.conf.main.values.lock === 'disk') delete s2.conf.main.values.lock;
    touch(n2);
    touch(s2);
    addToPool(c, p.pool, newid);
  });
}
