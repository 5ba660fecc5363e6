/**
 * Option rendering shared by the container (`pct.ts`) and VM (`qm.ts`) builders: indexed options
 * (`net0`, `mp1`...), property strings given as text or typed, `--delete` lists, name servers,
 * `startup`, and the clone, shutdown and snapshot-description arguments both CLIs take alike.
 */
import { HostCommandInputError, options } from './command.js';
import {
  checkConfigKey,
  checkInteger,
  checkIp,
  checkNodeName,
  checkSingleLine,
  checkSnapshotName,
  checkStorageId,
} from './checks.js';
import { propertyString } from './property-string.js';

/** Values of an indexed option (`net`, `mp`, `scsi`...) by index. */
export type Indexed<T> = Readonly<Record<number, T>>;

/** `--key0 v --key1 v...` pairs in index order; `max` is the highest index Proxmox accepts. */
export function indexed<T>(
  key: string,
  values: Indexed<T> | undefined,
  max: number,
  render: (v: T) => string,
): Array<[string, string]> {
  if (!values) return [];
  return Object.entries(values)
    .map(([i, v]) => [Number(i), v as T] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([i, v]) => {
      checkInteger(i, `${key} index`, 0, max);
      return [`${key}${i}`, render(v)];
    });
}

/** Property strings given as text are passed through after a one-line check. */
export const text =
  <T>(what: string, render: (v: T) => string) =>
  (v: string | T): string =>
    typeof v === 'string' ? checkSingleLine(v, what) : render(v);

export function nonEmpty(argv: string[], what: string): void {
  if (argv.length === 0) throw new HostCommandInputError(`${what}: nothing to change`);
}

export function checkDelete(keys: readonly string[] | undefined): string | undefined {
  if (!keys || keys.length === 0) return undefined;
  return keys.map(checkConfigKey).join(',');
}

export function nameservers(list: readonly string[] | undefined): string | undefined {
  if (!list || list.length === 0) return undefined;
  return list.map((ip) => checkIp(ip, 'nameserver')).join(' ');
}

export type StartupSpec = { readonly order?: number; readonly up?: number; readonly down?: number };

/** `startup`: boot order and delays in seconds (CT and VM). */
export function startupOrder(s: {
  readonly order?: number;
  readonly up?: number;
  readonly down?: number;
}): string {
  for (const [k, v] of Object.entries(s)) if (v !== undefined) checkInteger(v, `startup ${k}`, 0);
  return propertyString('startup', [
    ['order', s.order],
    ['up', s.up],
    ['down', s.down],
  ]);
}

export function checkNoNul(v: string): string {
  if (v.includes('\0')) throw new HostCommandInputError('description contains a NUL byte');
  return v;
}

export interface CloneOptions {
  /** Clone from this snapshot of the source (instead of its current state). */
  readonly snapname?: string;
  readonly full?: boolean;
  /** Target storage of a full clone. */
  readonly storage?: string;
  readonly description?: string;
  readonly pool?: string;
  /**
   * Node the clone lands on (`--target`); Proxmox allows it only when every disk of the source is
   * on shared storage (pve-container `PVE::API2::LXC::clone_vm`, qemu-server `clone_vm`).
   */
  readonly target?: string;
}

export function cloneArgs(kind: 'lxc' | 'qemu', o: CloneOptions): string[] {
  return options([
    ['snapname', o.snapname === undefined ? undefined : checkSnapshotName(o.snapname, kind)],
    ['full', o.full],
    ['storage', o.storage === undefined ? undefined : checkStorageId(o.storage)],
    ['description', o.description === undefined ? undefined : checkNoNul(o.description)],
    ['pool', o.pool],
    ['target', o.target === undefined ? undefined : checkNodeName(o.target)],
  ]);
}

/**
 * `--target-storage`/`--targetstorage` of a migration: one storage id for every disk, or `1` for
 * each disk staying on a storage of the same name (the only forms Phoenix sends; Proxmox also
 * takes `source:target` pairs).
 */
export function checkTargetStorage(v: string): string {
  return v === '1' ? v : checkStorageId(v);
}

export function shutdownArgs(o: { timeoutSec?: number; forceStop?: boolean }): string[] {
  return options([
    ['timeout', o.timeoutSec === undefined ? undefined : checkInteger(o.timeoutSec, 'shutdown timeout', 0)],
    ['forceStop', o.forceStop],
  ]);
}

export const snapDescription = (d: string | undefined): string[] =>
  options([['description', d === undefined ? undefined : checkNoNul(d)]]);
