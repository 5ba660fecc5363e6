/**
 * VM config updates as qemu-server performs them: disks given as `STORAGE:SIZE`,
 * `STORAGE:0,import-from=SOURCE` or `STORAGE:cloudinit` become allocated volumes, NICs get a MAC
 * address (`virtio=BC:24:11:..`), tags are normalised, and on a running VM only hot-pluggable
 * options take effect at once (the rest stays pending until the next start).
 */
import { beginConfigEdit, finishConfigEdit, setConfigValue } from './config-edit.js';
import type { SimCtx } from './context.js';
import { ParamError, PveError } from './errors.js';
import { newMac, normalizeTags, touch } from './guests.js';
import { importFromSize } from './import-source.js';
import type { SimGuest } from './model.js';
import { isQemuDiskKey, qmKeyType, QM_NET } from '../dialect/qemu-schema.js';
import { formatSize, parsePropertyString, specOf, splitList } from '../dialect/pve-values.js';
import { allocVolume, findVolume, parseVolid, storageOn, volid } from './volumes.js';

const FASTPLUG = new Set([
  'lock',
  'name',
  'onboot',
  'shares',
  'startup',
  'description',
  'protection',
  'vmstatestorage',
  'hookscript',
  'tags',
]);
const CLOUDINIT_KEYS =
  /^(ciuser|cipassword|citype|ciupgrade|cicustom|sshkeys|nameserver|searchdomain|ipconfig\d+)$/;

/** `print_net`: `MODEL=MAC` first, then the other keys sorted. */
export function normalizeQemuNet(ctx: SimCtx, value: string): string {
  const parsed = parsePropertyString('net', specOf(QM_NET), value);
  if ('errors' in parsed) throw new ParamError(parsed.errors);
  const v = { ...parsed.values };
  const model = v.model;
  if (!model) throw new ParamError({ net: 'invalid format - missing model' });
  const mac = v.macaddr ?? newMac(ctx);
  delete v.model;
  delete v.macaddr;
  return [
    `${model}=${mac}`,
    ...Object.keys(v)
      .sort()
      .map((k) => `${k}=${v[k]}`),
  ].join(',');
}

function splitDisk(value: string): { volume: string; opts: string[] } {
  const [first, ...opts] = value.split(',');
  return { volume: first!.replace(/^(file|volume)=/, ''), opts };
}

/** Turns allocation syntax into a real volume; other values pass unchanged. */
export function allocateQemuDisk(ctx: SimCtx, vmid: number, key: string, value: string): string {
  const { volume, opts } = splitDisk(value);
  const importFrom = opts.find((o) => o.startsWith('import-from='))?.slice('import-from='.length);
  const rest = opts.filter((o) => !o.startsWith('import-from=') && !o.startsWith('size='));
  const m = /^([a-z][a-z0-9\-_.]*[a-z0-9]):(\d+(?:\.\d+)?|cloudinit)$/i.exec(volume);
  if (!m) {
    if (importFrom !== undefined)
      throw new ParamError({
        [key]: `'import-from' requires special syntax - use <storage ID>:0,import-from=<source>`,
      });
    const p = parseVolid(volume);
    if (p && !['none', 'cdrom'].includes(volume)) {
      storageOn(ctx, p.storage);
      if (!findVolume(ctx, volume)) throw new PveError(`volume '${volume}' does not exist`);
    }
    return value;
  }
  const storage = m[1]!;
  if (m[2] === 'cloudinit') {
    const vol = allocVolume(ctx, storage, vmid, 4 * 1024 * 1024, 'images', {
      name: 'cloudinit',
      format: 'raw',
    });
    return [volid(vol), ...rest.filter((o) => !o.startsWith('media=')), 'media=cdrom'].join(',');
  }
  let size = Math.round(Number(m[2]) * 1024 ** 3);
  if (key === 'efidisk0') size = opts.includes('efitype=2m') ? 128 * 1024 : 4 * 1024 * 1024;
  if (key === 'tpmstate0') size = 4 * 1024 * 1024;
  if (importFrom !== undefined) {
    size = importFromSize(ctx, key, importFrom);
    // A stock cloud image ships cloud-init but not qemu-guest-agent: the agent answers only once
    // cloud-init installed it (cicustom.ts).
    const g = ctx.s.guests[String(vmid)];
    if (g) g.agentInstalled = false;
  }
  const vol = allocVolume(ctx, storage, vmid, size, 'images');
  return [volid(vol), ...rest.sort(), `size=${formatSize(size)}`].join(',');
}

export function normalizeQemuValue(ctx: SimCtx, vmid: number, key: string, value: string): string {
  if (key === 'tags') return normalizeTags(value);
  if (key === 'nameserver' || key === 'searchdomain') return splitList(value).join(' ');
  if (/^net\d+$/.test(key)) return normalizeQemuNet(ctx, value);
  if (isQemuDiskKey(key)) return allocateQemuDisk(ctx, vmid, key, value);
  return value;
}

function hotpluggable(g: SimGuest, key: string): boolean {
  if (FASTPLUG.has(key)) return true;
  const hotplug = splitList(g.conf.main.values.hotplug ?? 'network,disk,usb');
  if (/^net\d+$/.test(key)) return hotplug.includes('network');
  if (isQemuDiskKey(key)) return hotplug.includes('disk');
  if (/^usb\d+$/.test(key)) return hotplug.includes('usb');
  if (key === 'memory') return hotplug.includes('memory');
  if (key === 'cores' || key === 'vcpus') return hotplug.includes('cpu');
  return false;
}

export function isCloudinitKey(key: string): boolean {
  return CLOUDINIT_KEYS.test(key);
}

/** `qm set`: deletions, then values; running VMs keep non-hot-pluggable changes pending. */
export function updateQemuConfig(
  ctx: SimCtx,
  g: SimGuest,
  set: Record<string, string>,
  del: string[],
  revert: string[],
): void {
  const edit = beginConfigEdit(g, revert);
  const deferred = (k: string): boolean => edit.running && !hotpluggable(g, k) && !isCloudinitKey(k);
  for (const k of del) {
    if (!qmKeyType(k) && k !== 'description')
      throw new ParamError({ delete: `invalid configuration key '${k}'` });
    if (deferred(k)) {
      if (!edit.pdel.includes(k)) edit.pdel.push(k);
      continue;
    }
    if (k === 'description') delete g.conf.main.description;
    delete edit.main[k];
    delete edit.pending.values[k];
  }
  for (const [k, raw] of Object.entries(set))
    setConfigValue(g, edit, k, normalizeQemuValue(ctx, g.vmid, k, raw), deferred(k));
  finishConfigEdit(g, edit);
}

/** Records the cloud-init values baked into the drive (`[special:cloudinit]`). */
export function regenerateCloudinit(ctx: SimCtx, g: SimGuest): boolean {
  const hasDrive = Object.entries(g.conf.main.values).some(
    ([k, v]) => isQemuDiskKey(k) && /cloudinit/.test(v.split(',')[0]!),
  );
  if (!hasDrive) return false;
  const section: Record<string, string> = {};
  for (const [k, v] of Object.entries(g.conf.main.values))
    if (isCloudinitKey(k) || k === 'name') section[k] = v;
  g.conf.special = { ...(g.conf.special ?? {}), 'special:cloudinit': { values: section } };
  g.cloudinitAt = ctx.now();
  touch(g);
  return true;
}
