/**
 * `qm create`, `qm set`, `qm clone` and `qm disk import` with qemu-server's checks: one ID space
 * with CTs, disk allocation and imports, MAC and UUID generation, the `clone` lock on the new VM
 * while the copy runs, linked clones only from templates (or where the storage allows).
 */
import type { ParsedArgs } from '../cli-parse.js';
import type { Continuation, SimCtx } from '../context.js';
import { PveError } from '../errors.js';
import {
  checkLock,
  checkVmidUnused,
  isRunning,
  loadGuest,
  newGuest,
  newMac,
  newUuid,
  touch,
} from '../guests.js';
import { readHostFile } from '../host-files.js';
import { normalizeQemuValue, updateQemuConfig } from '../qemu-config.js';
import { isQemuDiskKey, QM_KEYS, qmIndexedKey } from '../../dialect/qemu-schema.js';
import { formatSize, splitList } from '../../dialect/pve-values.js';
import {
  allocVolume,
  copyVolume,
  findVolume,
  freeVolume,
  linkedCloneVolume,
  parseVolid,
  storageOn,
  volid,
  volumeHasFeature,
} from '../volumes.js';
import { diskImportSourceSize } from '../import-source.js';
import { startGuest } from './lifecycle.js';
import {
  addToPool,
  checkPool,
  checkSetAndDelete,
  cloneTarget,
  discardNewGuest,
  isFullClone,
  pveMajor,
} from './create-shared.js';

const isConfigKey = (k: string): boolean => QM_KEYS[k] !== undefined || qmIndexedKey(k) !== undefined;

/** `URI::Escape::uri_escape`: everything but A-Z a-z 0-9 - . _ ~ as upper-case %XX. */
function uriEscape(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8'))
    out += /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  return out;
}

/** The CLI's `--sshkeys FILE` mapping: the file's content, URL-encoded. */
export function readSshKeysFile(ctx: SimCtx, file: string): string {
  const data = readHostFile(ctx, file);
  if (data === undefined || data === 'dir')
    throw new PveError(
      `unable to open file '${file}' - ${data === 'dir' ? 'Is a directory' : 'No such file or directory'}`,
    );
  return uriEscape(data.toString('utf8'));
}

function qemuVersion(ctx: SimCtx): string {
  return pveMajor(ctx) >= 9 ? '10.0.2' : '9.2.0';
}

export function qmCreate(ctx: SimCtx, a: ParsedArgs): Continuation {
  const p = a.params;
  const vmid = Number(p.vmid);
  checkPool(ctx, p.pool);
  if (p.archive !== undefined) throw new PveError(`unable to restore VM ${vmid} - restore is not simulated`);
  try {
    checkVmidUnused(ctx, vmid);
  } catch (err) {
    throw new PveError(`unable to create VM ${vmid} - ${(err as Error).message}`);
  }
  const g = newGuest(ctx, 'qemu', vmid, {});
  const values: Record<string, string> = {};
  let imports = false;
  for (const k of a.order) {
    if (!isConfigKey(k)) continue;
    if (isQemuDiskKey(k) && /(^|,)import-from=/.test(p[k]!)) imports = true;
    values[k] = k === 'sshkeys' ? readSshKeysFile(ctx, p[k]!) : normalizeQemuValue(ctx, vmid, k, p[k]!);
  }
  const description = values.description;
  delete values.description;
  values.smbios1 ??= `uuid=${newUuid(ctx)}`;
  values.vmgenid ??= newUuid(ctx);
  values.meta = `creation-qemu=${qemuVersion(ctx)},ctime=${Math.floor(ctx.now() / 1000)}`;
  values.lock = 'create';
  g.conf.main.values = values;
  if (description !== undefined) g.conf.main.description = description;
  ctx.holdFlock('qemu', vmid);
  return ctx.after(imports ? 'qm disk import' : 'qm create', (c) => {
    const g2 = loadGuest(c, 'qemu', vmid);
    delete g2.conf.main.values.lock;
    touch(g2);
    addToPool(c, p.pool, vmid);
    if (p.start === '1') startGuest(c, g2);
  });
}

export function qmSet(ctx: SimCtx, a: ParsedArgs): void {
  const p = a.params;
  const g = loadGuest(ctx, 'qemu', Number(p.vmid));
  ctx.holdFlock('qemu', g.vmid);
  if (p.skiplock !== '1') checkLock(g);
  const del = splitList(p.delete ?? '');
  const revert = splitList(p.revert ?? '');
  const set: Record<string, string> = {};
  for (const k of a.order) if (isConfigKey(k)) set[k] = k === 'sshkeys' ? readSshKeysFile(ctx, p[k]!) : p[k]!;
  checkSetAndDelete(set, del);
  updateQemuConfig(ctx, g, set, del, revert);
}

/** A CD-ROM drive whose image is on a storage that is not shared (`drive_is_cdrom`). */
function isLocalIso(ctx: SimCtx, value: string): boolean {
  if (!/(^|,)media=cdrom(,|$)/.test(value)) return false;
  const p = parseVolid(value.split(',')[0]!.replace(/^file=/, ''));
  return p !== undefined && !/cloudinit/.test(p.volname) && ctx.s.storages[p.storage]?.shared === false;
}

export function qmClone(ctx: SimCtx, a: ParsedArgs): Continuation {
  const p = a.params;
  const vmid = Number(p.vmid);
  const newid = Number(p.newid);
  checkPool(ctx, p.pool);
  const target = cloneTarget(ctx, p, 'qemu');
  const src = loadGuest(ctx, 'qemu', vmid);
  checkLock(src);
  if (p.snapname && !src.conf.snapshots[p.snapname])
    throw new PveError(`snapshot '${p.snapname}' does not exist`);
  const full = isFullClone(p, src);
  if (p.format !== undefined && !full) throw new PveError(`parameter 'format' not allowed for linked clones`);
  const old = p.snapname ? src.conf.snapshots[p.snapname]! : src.conf.main;
  const drives: Array<{ key: string; volid: string; rest: string[]; copy: boolean }> = [];
  const newconf: Record<string, string> = {};
  let shared = true;
  for (const key of Object.keys(old.values).sort()) {
    const value = old.values[key]!;
    if (['snapshots', 'parent', 'snaptime', 'vmstate', 'snapstate', 'template', 'lock'].includes(key))
      continue;
    if (/^unused\d+$/.test(key)) continue;
    if (/^net\d+$/.test(key)) {
      newconf[key] = value.replace(
        /^([a-z0-9_-]+)=([0-9A-Fa-f:]{17})/,
        (_m, model: string) => `${model}=${newMac(ctx)}`,
      );
    } else if (key === 'smbios1') {
      newconf[key] = value.replace(/uuid=[0-9a-f-]+/i, `uuid=${newUuid(ctx)}`);
    } else if (key === 'vmgenid') {
      newconf[key] = newUuid(ctx);
    } else if (isQemuDiskKey(key) && isLocalIso(ctx, value)) {
      // A CD-ROM image on node-local storage ties the clone to this node.
      shared = false;
      newconf[key] = value;
    } else if (
      isQemuDiskKey(key) &&
      !/(^|,)media=cdrom(,|$)/.test(value.replace(/cloudinit.*media=cdrom/, ''))
    ) {
      const [vol, ...rest] = value.split(',');
      const id = vol!.replace(/^(file|volume)=/, '');
      if (!parseVolid(id)) {
        newconf[key] = value;
        continue;
      }
      const cloudinit = /cloudinit/.test(id);
      // `$check_storage_access_clone` judges the source's storage, even with `--storage`.
      if (!ctx.s.storages[parseVolid(id)!.storage]?.shared) shared = false;
      if (full || cloudinit) {
        if (!volumeHasFeature(ctx, id, 'copy', p.snapname))
          throw new PveError(`Full clone feature is not supported for drive '${key}'`);
      } else if (!volumeHasFeature(ctx, id, 'clone', p.snapname)) {
        throw new PveError(`Linked clone feature is not supported for drive '${key}'`);
      }
      drives.push({ key, volid: id, rest, copy: full || cloudinit });
    } else newconf[key] = value;
  }
  if (target !== undefined && !shared)
    throw new PveError(`can't clone VM to node '${target}' (VM uses local storage)`);
  if (ctx.s.guests[String(newid)])
    throw new PveError(`unable to create VM ${newid}: config file already exists`);
  newconf.name = p.name ?? `Copy-of-VM-${old.values.name ?? vmid}`;
  newconf.lock = 'clone';
  const g = newGuest(ctx, 'qemu', newid, newconf);
  if (p.description ?? old.description) g.conf.main.description = p.description ?? old.description;
  return ctx.after(full ? 'qm clone' : 'qm clone linked', (c) => {
    const n2 = c.s.guests[String(newid)];
    if (!n2) {
      c.failCommitted(`clone failed: VM ${newid} vanished`);
      return;
    }
    try {
      for (const d of drives) {
        const vol = d.copy
          ? copyVolume(c, d.volid, newid, p.storage, 'images')
          : linkedCloneVolume(c, d.volid, newid);
        if (d.copy) vol.sizeBytes = findVolume(c, d.volid)?.sizeBytes ?? vol.sizeBytes;
        c.out(`create ${d.copy ? 'full' : 'linked'} clone of drive ${d.key} (${d.volid})\n`);
        const rest = d.rest.filter((o) => !o.startsWith('size='));
        if (!/cloudinit/.test(d.volid)) rest.push(`size=${formatSize(vol.sizeBytes)}`);
        n2.conf.main.values[d.key] = [volid(vol), ...rest].join(',');
      }
    } catch (err) {
      if (!(err instanceof PveError)) throw err;
      discardNewGuest(c, newid);
      c.failCommitted(`clone failed: ${err.message}`);
      return;
    }
    const s2 = c.s.guests[String(vmid)];
    const files = p.snapname ? (s2?.fsSnapshots?.[p.snapname] ?? s2?.fs) : s2?.fs;
    n2.fs = JSON.parse(JSON.stringify(files ?? {})) as typeof n2.fs;
    // The clone's disk is the source's: the guest agent is installed there or not.
    if (s2?.agentInstalled === false) n2.agentInstalled = false;
    delete n2.conf.main.values.lock;
    if (target !== undefined) n2.node = target;
    touch(n2);
    addToPool(c, p.pool, newid);
  });
}

export function qmDiskImport(ctx: SimCtx, a: ParsedArgs): Continuation {
  const p = a.params;
  const g = loadGuest(ctx, 'qemu', Number(p.vmid));
  ctx.holdFlock('qemu', g.vmid);
  checkLock(g);
  const source = p.source!;
  const size = diskImportSourceSize(ctx, source);
  const target = p['target-disk'];
  if (target !== undefined && g.conf.main.values[target] !== undefined)
    throw new PveError(`disk '${target}' already exists in VM ${g.vmid}`);
  const format = p.format ?? (storageOn(ctx, p.storage!).type === 'dir' ? 'qcow2' : 'raw');
  // `PVE::QemuServer::ImportDisk::do_import`: the volume is allocated and filled first, and only
  // then, under the config flock, named in the config; no `lock:` property is set. A worker killed
  // in between leaves the volume on the storage, named by no config key.
  const vol = allocVolume(ctx, p.storage!, g.vmid, size, 'images', { format });
  ctx.out(`importing disk '${source}' to VM ${g.vmid} ...\n`);
  return ctx.after('qm disk import', (c) => {
    const g2 = loadGuest(c, 'qemu', g.vmid);
    c.holdFlock('qemu', g2.vmid);
    checkLock(g2);
    let key = target;
    if (key === undefined) {
      for (let i = 0; i < 256 && key === undefined; i++)
        if (g2.conf.main.values[`unused${i}`] === undefined) key = `unused${i}`;
    } else if (g2.conf.main.values[key] !== undefined) {
      freeVolume(c, volid(vol));
      throw new PveError(`cowardly refusing to overwrite existing entry: ${key}`);
    }
    g2.conf.main.values[key!] = target === undefined ? volid(vol) : `${volid(vol)},size=${formatSize(size)}`;
    touch(g2);
    c.out(`Successfully imported disk as '${key}:${volid(vol)}'\n`);
  });
}

export function checkAgent(ctx: SimCtx, vmid: number): ReturnType<typeof loadGuest> {
  const g = loadGuest(ctx, 'qemu', vmid);
  const agent = g.conf.main.values.agent;
  const enabled =
    agent !== undefined &&
    /^(enabled=)?1(,|$)/.test(
      agent.split(',').find((x) => !x.includes('=') || x.startsWith('enabled=')) ?? '',
    );
  if (!enabled) throw new PveError('No QEMU guest agent configured');
  if (!isRunning(g)) throw new PveError(`VM ${vmid} is not running`);
  const ready = (g.startedAt ?? 0) + ctx.rt.agentBootMs;
  if (g.agentInstalled === false || ctx.now() < ready) throw new PveError('QEMU guest agent is not running');
  return g;
}
