/** Storage and mounts: storage IDs the hypervisor defines, content types, mount points, shared volumes. */
import { parseId } from '../../model/resolve.js';
import type { ConfigFileKey, Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import type { GuestIndex, HypervisorFacts } from './facts.js';
import { didYouMean, guestFileKey, guestLabel, isObj, vmFieldSource, type Reporter } from './report.js';

type Obj = Record<string, unknown>;
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Why a container-side path is unusable (Proxmox's mount point path rules), or undefined. */
function targetProblem(p: string): string | undefined {
  if (!p.startsWith('/')) return 'must be an absolute path';
  if (/\/\.\.?(\/|$)/.test(p)) return "must not contain '.' or '..' segments";
  if (p === '/') return 'cannot be the root directory';
  return undefined;
}

interface Target {
  readonly path: string;
  readonly label: string;
  readonly file: ConfigFileKey;
  readonly at: JsonPath;
}

export class StorageChecker {
  /** Mounts that shared volumes add to each guest, for the duplicate-target check. */
  private readonly sharedTargets = new Map<number, Target[]>();

  constructor(
    private readonly r: Reporter,
    private readonly facts: HypervisorFacts | undefined,
    private readonly vmDefaults: Obj,
  ) {}

  /** PHX-STORAGE-UNDEFINED, PHX-STORAGE-CONTENT for one storage reference. */
  private checkPool(
    g: Guest,
    pool: string,
    sub: JsonPath | undefined,
    need: 'rootdir' | 'images',
    what: string,
    fromDefaults?: JsonPath,
  ): void {
    if (!this.facts) return;
    const fact = this.facts.storages.get(pool);
    const report = (rule: string, message: string): void => {
      if (fromDefaults)
        this.r.once(
          `vm_defaults.storage_pool#${rule}`,
          'vm',
          fromDefaults,
          'error',
          rule,
          `vm_defaults: ${message}`,
        );
      else this.r.guest(g, sub ?? [], 'error', rule, `${guestLabel(g)}: ${message}`);
    };
    if (!fact) {
      const known = [...this.facts.storages.keys()].sort().join(', ');
      report(
        'PHX-STORAGE-UNDEFINED',
        `storage '${pool}' for ${what} is not defined in ${this.r.fileName('hypervisor')} (known: ${known})${didYouMean(pool, this.facts.storages.keys())}`,
      );
    } else if (fact.content && !fact.content.has(need)) {
      const has = [...fact.content].join(',') || 'nothing';
      const where = fact.path ? ` (${this.r.where('hypervisor', fact.path)})` : '';
      report(
        'PHX-STORAGE-CONTENT',
        `storage '${pool}' holds '${has}' but ${what} needs content type '${need}'${where}`,
      );
    }
  }

  /** Guest root disk and the volumes it allocates. */
  checkGuestStorage(g: Guest): void {
    if (g.kind === 'qemu') {
      const src = vmFieldSource(g, this.vmDefaults, 'storage_pool');
      if (src) {
        const sub = src.fromDefaults ? undefined : src.path.slice(g.origin.path.length);
        this.checkPool(g, g.storagePool, sub, 'images', 'VM disks', src.fromDefaults ? src.path : undefined);
      }
      return;
    }
    if (nonEmpty(g.raw.storage_pool))
      this.checkPool(g, g.storagePool, ['storage_pool'], 'rootdir', 'the root disk');
    for (const field of ['volumes', 'zfs_volumes']) {
      const list = g.raw[field];
      if (!Array.isArray(list)) continue;
      list.forEach((v, i) => {
        if (isObj(v) && nonEmpty(v.pool))
          this.checkPool(g, v.pool, [field, i, 'pool'], 'rootdir', 'a mount point volume');
      });
    }
  }

  /** PHX-MOUNT-HOST-PATH, PHX-MOUNT-GUEST, PHX-MOUNT-TARGET over `shared_volumes` in the hypervisor file. */
  checkSharedVolumes(hv: Obj, idx: GuestIndex): void {
    const shared = hv.shared_volumes;
    if (!isObj(shared)) return;
    for (const [name, vol] of Object.entries(shared)) {
      if (!isObj(vol)) continue;
      const base: JsonPath = ['shared_volumes', name];
      if (!nonEmpty(vol.host_path)) {
        this.r.at(
          'hypervisor',
          vol.host_path === undefined ? base : [...base, 'host_path'],
          'error',
          'PHX-MOUNT-HOST-PATH',
          `shared volume '${name}' has no host_path: a shared volume is a host directory bind-mounted into containers`,
          vol.host_path === undefined ? 'key' : 'value',
        );
      } else if (!vol.host_path.startsWith('/')) {
        this.r.at(
          'hypervisor',
          [...base, 'host_path'],
          'error',
          'PHX-MOUNT-HOST-PATH',
          `host_path of shared volume '${name}' must be an absolute path`,
        );
      }
      if (!isObj(vol.mounts)) continue;
      for (const [key, target] of Object.entries(vol.mounts)) {
        const at: JsonPath = [...base, 'mounts', key];
        const id = parseId(key);
        const g = id === undefined ? undefined : idx.byId.get(id);
        if (!g || g.kind !== 'lxc') {
          const why = g
            ? `${guestLabel(g)} is a VM; bind mounts go into containers`
            : `no guest ${key} is defined`;
          this.r.at(
            'hypervisor',
            at,
            'error',
            'PHX-MOUNT-GUEST',
            `shared volume '${name}' mounts into ${key}, but ${why}`,
            'key',
          );
          continue;
        }
        if (typeof target !== 'string') continue;
        const problem = targetProblem(target);
        if (problem) {
          this.r.at(
            'hypervisor',
            at,
            'error',
            'PHX-MOUNT-TARGET',
            `mount path '${target}' of shared volume '${name}' ${problem}`,
          );
          continue;
        }
        const list = this.sharedTargets.get(g.id) ?? [];
        list.push({ path: target, label: `shared volume '${name}'`, file: 'hypervisor', at });
        this.sharedTargets.set(g.id, list);
      }
    }
  }

  /** Mount points of one guest: host paths, target paths, duplicates (PHX-MOUNT-DUPLICATE, warning). */
  checkMounts(g: Guest): void {
    const targets: Target[] = [...(this.sharedTargets.get(g.id) ?? [])];
    const add = (path: unknown, sub: JsonPath, label: string): void => {
      if (!nonEmpty(path)) {
        this.r.guest(
          g,
          sub.slice(0, -1),
          'error',
          'PHX-MOUNT-TARGET',
          `${label} of ${guestLabel(g)} has no '${String(sub[sub.length - 1])}'`,
        );
        return;
      }
      const problem = targetProblem(path);
      if (problem) {
        this.r.guest(
          g,
          sub,
          'error',
          'PHX-MOUNT-TARGET',
          `mount path '${path}' of ${guestLabel(g)} ${problem}`,
        );
        return;
      }
      const prev = targets.find((t) => t.path.replace(/\/+$/, '') === path.replace(/\/+$/, ''));
      if (prev) {
        this.r.guest(
          g,
          sub,
          'warning',
          'PHX-MOUNT-DUPLICATE',
          `${guestLabel(g)} mounts two things at ${path}: this ${label} and ${prev.label} (${this.r.where(prev.file, prev.at)}); one hides the other`,
        );
      }
      targets.push({ path, label, file: guestFileKey(g), at: [...g.origin.path, ...sub] });
    };
    if (g.kind === 'lxc' && Array.isArray(g.raw.mount_points)) {
      g.raw.mount_points.forEach((m, i) => {
        if (!isObj(m)) return;
        if (!nonEmpty(m.host_path)) {
          this.r.guest(
            g,
            m.host_path === undefined ? ['mount_points', i] : ['mount_points', i, 'host_path'],
            'error',
            'PHX-MOUNT-HOST-PATH',
            `mount point ${i} of ${guestLabel(g)} has no host_path`,
          );
        } else if (!m.host_path.startsWith('/')) {
          this.r.guest(
            g,
            ['mount_points', i, 'host_path'],
            'error',
            'PHX-MOUNT-HOST-PATH',
            `host_path '${m.host_path}' of ${guestLabel(g)} must be an absolute path`,
          );
        }
        add(m.container_path, ['mount_points', i, 'container_path'], 'mount point');
      });
    }
    for (const field of ['volumes', 'zfs_volumes']) {
      const list = g.raw[field];
      if (!Array.isArray(list)) continue;
      list.forEach((v, i) => {
        if (!isObj(v)) return;
        if (g.kind === 'qemu' && v.type === 'nfs' && !(nonEmpty(v.server) && nonEmpty(v.path))) {
          this.r.guest(
            g,
            [field, i],
            'error',
            'PHX-MOUNT-HOST-PATH',
            `NFS volume ${i} of ${guestLabel(g)} needs both 'server' and 'path'`,
          );
        }
        add(v.mount_point, [field, i, 'mount_point'], 'volume');
      });
    }
  }
}
