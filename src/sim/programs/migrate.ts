/**
 * `pct migrate VMID TARGET` and `qm migrate VMID TARGET` between the nodes of the simulated
 * cluster. The API's early checks fail plainly (pve-container PVE::API2::LXC `migrate_vm`,
 * qemu-server PVE::API2::Qemu `migrate_vm`); the rest runs as the migration task does
 * (pve-guest-common PVE::AbstractMigrate `migrate`): task log lines on stdout, and when it fails
 * an `ERROR: migration aborted (duration ...): REASON` line there and `migration aborted` on
 * stderr (PVE::RESTEnvironment's CLI worker prints the task's error), exit 255.
 * While it runs the guest's config holds `lock: migrate`; then the config moves to
 * /etc/pve/nodes/TARGET, volumes on node-local storage move to the target (same storage id unless
 * mapped), shared ones stay, and a restart migration starts the container again there.
 */
import type { ParsedArgs } from '../cli-parse.js';
import { isQuorate, nodeAddress } from '../cluster.js';
import type { Continuation, SimCtx } from '../context.js';
import { ParamError, PveError } from '../errors.js';
import { checkLock, isRunning, loadGuest, replaceVolume, touch } from '../guests.js';
import { guestTypeName, type GuestKind, type SimGuest } from '../model.js';
import { isQemuDiskKey } from '../../dialect/qemu-schema.js';
import { allocVolume, findVolume, parseVolid, storageOn, volid } from '../volumes.js';
import { checkPrestart, startGuest, stopGuest } from './lifecycle.js';
import {
  localCtVolumes,
  localVmVolumes,
  prepareCt,
  prepareVm,
  TaskFailure,
  type LocalVolume,
  type MigrateOpts,
  type StorageMap,
} from './migrate-scan.js';

/** PVE::JSONSchema `parse_idmap` for storage ids: `1` (identity), `ID`, or `SRC:DST,...`. */
export function parseStorageMap(text: string, key: string, usage = ''): StorageMap {
  const map: StorageMap = { entries: {} };
  const bad = (msg: string): never => {
    throw new ParamError({ [key]: `failed to parse storage map: ${msg}` }, usage);
  };
  for (const entry of text.split(/[,;\s]+/).filter(Boolean)) {
    if (entry === '1') {
      map.identity = true;
      continue;
    }
    const pair = /^([^:]+):(.+)$/.exec(entry);
    const ids = pair ? [pair[1]!, pair[2]!] : [entry];
    for (const id of ids)
      if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]$/i.test(id))
        bad(
          `entry '${entry}' contains invalid ID - invalid format - storage ID '${id}' contains illegal characters`,
        );
    if (pair) {
      if (map.entries[ids[0]!] !== undefined) bad(`duplicate mapping for source '${ids[0]}'`);
      map.entries[ids[0]!] = ids[1]!;
    } else {
      if (map.default !== undefined) bad('default target ID can only be provided once');
      map.default = entry;
    }
  }
  if (map.identity && (map.default !== undefined || Object.keys(map.entries).length > 0))
    bad('identity mapping cannot be combined with other mappings');
  return map;
}

/** The API's `$check_storage_access_migrate` for each target of the map. */
function checkMapTargets(ctx: SimCtx, kind: GuestKind, map: StorageMap, target: string): void {
  for (const sid of [...Object.values(map.entries), ...(map.default ? [map.default] : [])]) {
    const st = storageOn(ctx, sid, target);
    const content = kind === 'lxc' ? 'rootdir' : 'images';
    if (!st.content.includes(content))
      throw new PveError(
        kind === 'lxc'
          ? `storage '${sid}' does not support CT rootdirs`
          : `storage '${sid}' does not support vm images`,
      );
  }
}

/** `YYYY-MM-DD HH:MM:SS` (the task log's strftime prefix; the simulated nodes run on UTC). */
function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

class TaskLog {
  constructor(
    private readonly ctx: SimCtx,
    readonly started: number,
  ) {}
  info(msg: string): void {
    for (const line of msg.replace(/\n$/, '').split('\n')) this.ctx.out(`${stamp(this.ctx.now())} ${line}\n`);
  }
  err(msg: string): void {
    this.info(`ERROR: ${msg}`);
  }
  /** `migrate`'s end after an error: the reason logged, `migration aborted` as the task error. */
  abort(ctx: SimCtx, reason: string): void {
    this.err(`migration aborted (duration ${duration(ctx.now() - this.started)}): ${reason}`);
    ctx.failCommitted('migration aborted');
  }
}

export function guestMigrate(
  ctx: SimCtx,
  kind: GuestKind,
  a: ParsedArgs,
  usage: string,
): Continuation | void {
  const p = a.params;
  const vmid = Number(p.vmid);
  const target = p.target!;
  if (target === ctx.nodeName) throw new ParamError({ target: 'target is local node.' }, usage);
  if (!isQuorate(ctx.s)) throw new PveError('cluster not ready - no quorum?');
  if (!ctx.s.nodes[target]) throw new PveError(`no such cluster node '${target}'`);
  const g = loadGuest(ctx, kind, vmid);
  const opts: MigrateOpts = {
    online: p.online === '1',
    restart: p.restart === '1',
    withLocalDisks: p['with-local-disks'] === '1',
    force: p.force === '1',
  };
  if (kind === 'qemu') checkLock(g);
  if (isRunning(g)) {
    if (kind === 'lxc' && !opts.online && !opts.restart)
      throw new PveError("can't migrate running container without --online or --restart");
    if (kind === 'qemu' && !opts.online) throw new PveError("can't migrate running VM without --online");
  } else if (kind === 'qemu') {
    if (opts.online) ctx.err("VM isn't running. Doing offline migration instead.\n");
    opts.online = false;
  }
  const mapKey = kind === 'lxc' ? 'target-storage' : 'targetstorage';
  if (p[mapKey] !== undefined) {
    opts.storageMap = parseStorageMap(p[mapKey], mapKey, usage);
    checkMapTargets(ctx, kind, opts.storageMap, target);
  }
  // PVE::QemuServer `check_storage_availability`: every volume's storage on the target too.
  if (kind === 'qemu' && (!opts.storageMap || opts.storageMap.identity)) vmStorageAvailable(ctx, g, target);
  return migrateTask(ctx, g, target, opts);
}

function vmStorageAvailable(ctx: SimCtx, g: SimGuest, target: string): void {
  for (const [key, value] of Object.entries(g.conf.main.values)) {
    if (!isQemuDiskKey(key) && !/^unused\d+$/.test(key)) continue;
    const vol = parseVolid(value.split(',')[0]!.replace(/^file=/, ''));
    if (!vol || !ctx.s.storages[vol.storage]) continue;
    storageOn(ctx, vol.storage);
    storageOn(ctx, vol.storage, target);
  }
}

/** The worker: prepare (checks, restart's shutdown), phase 1 (lock, volumes, config), cleanup. */
function migrateTask(ctx: SimCtx, g: SimGuest, target: string, opts: MigrateOpts): Continuation | void {
  const log = new TaskLog(ctx, ctx.now());
  const info = log.info.bind(log);
  const kind = g.kind;
  const vmid = g.vmid;
  ctx.holdFlock(kind, vmid);
  const wasRunning = isRunning(g);
  try {
    if (kind === 'lxc') {
      checkLock(g);
      if (wasRunning && opts.online) throw new TaskFailure('lxc live migration is currently not implemented');
      prepareCt(ctx, g, target, opts);
    } else prepareVm(ctx, g, target, opts, info);
    if (!ctx.s.nodes[target]!.online)
      throw new TaskFailure("Can't connect to destination address using public key");
  } catch (err) {
    if (!(err instanceof TaskFailure || err instanceof PveError) || err instanceof ParamError) throw err;
    log.abort(ctx, err.message);
    return;
  }
  if (kind === 'lxc' && wasRunning) {
    info(`shutdown CT ${vmid}`);
    stopGuest(g);
  }
  info(
    `starting migration of ${guestTypeName(kind)} ${vmid} to node '${target}' (${nodeAddress(ctx.s, target)})`,
  );
  g.conf.main.values.lock = 'migrate';
  touch(g);
  let local: LocalVolume[];
  try {
    local = (kind === 'lxc' ? localCtVolumes : localVmVolumes)(ctx, g, target, opts, info);
  } catch (err) {
    if (!(err instanceof TaskFailure || err instanceof PveError)) throw err;
    log.err(err.message);
    // final_cleanup: the guest stays here, unlocked, and a restart migration starts it again.
    delete g.conf.main.values.lock;
    if (kind === 'lxc' && wasRunning) {
      info('start container on source node');
      startGuest(ctx, g);
    }
    log.abort(ctx, err.message);
    return;
  }
  if (kind === 'qemu' && wasRunning)
    info(`starting online/live migration on unix:/run/qemu-server/${vmid}.migrate`);
  return ctx.after(`${kind === 'lxc' ? 'pct' : 'qm'} migrate`, (c) => {
    const guest = c.s.guests[String(vmid)]!;
    const cl = new TaskLog(c, log.started);
    for (const lv of local) {
      const newId = moveVolume(c, guest, lv, target);
      cl.info(`volume '${lv.volid}' is '${newId}' on the target`);
    }
    guest.node = target; // move_config_to_node
    delete guest.conf.main.values.lock; // the target's `pct unlock` / `qm unlock`
    touch(guest);
    if (kind === 'lxc' && wasRunning) {
      cl.info('start container on target node');
      const t = c.onNode(target);
      checkPrestart(t, guest);
      startGuest(t, guest);
    }
    cl.info(`migration finished successfully (duration ${duration(c.now() - log.started)})`);
  });
}

/**
 * PVE::Storage `storage_migrate` with `allow_rename`: the volume appears on the target node under
 * the target storage (its name kept when free there), the source copy is freed; the config's
 * references follow (`update_volume_ids`). Returns the new volume id.
 */
function moveVolume(ctx: SimCtx, g: SimGuest, lv: LocalVolume, target: string): string {
  const t = ctx.onNode(target);
  const vol = findVolume(ctx, lv.volid);
  if (!vol) return lv.volid;
  let newId: string;
  if (lv.targetsid === vol.storage && !findVolume(t, lv.volid)) {
    vol.node = target;
    newId = lv.volid;
  } else {
    const content = vol.content === 'rootdir' ? 'rootdir' : 'images';
    const name = /-cloudinit/.test(vol.volname) ? 'cloudinit' : undefined;
    const nv = allocVolume(t, lv.targetsid, g.vmid, vol.sizeBytes, content, { name });
    nv.snapshots = vol.snapshots;
    ctx.s.volumes.splice(ctx.s.volumes.indexOf(vol), 1);
    newId = volid(nv);
  }
  if (newId !== lv.volid)
    for (const section of [g.conf.main, g.conf.pending, ...Object.values(g.conf.snapshots)]) {
      if (!section) continue;
      for (const [k, v] of Object.entries(section.values))
        if (v === lv.volid || v.startsWith(`${lv.volid},`) || v.startsWith(`file=${lv.volid},`))
          section.values[k] = replaceVolume(v, newId);
    }
  return newId;
}
