/**
 * Proxmox storages: `pvesm add zfspool|dir|nfs` for missing ones, `pvesm set --content` when only
 * the content types differ. A storage that exists with another type, pool, path or server is
 * reported as blocked: re-creating a storage would orphan the volumes on it.
 */
import { apiGet, pvesmAdd, pvesmSet, type StorageContent, type StorageSpec } from '../../proxmox/commands.js';
import type { StorageDef } from '../../model/host-config/types.js';
import type { Finding, SetupStep } from '../types.js';

interface LiveStorageConfig {
  storage: string;
  type: string;
  content?: string;
  pool?: string;
  path?: string;
  server?: string;
  export?: string;
  disable?: number | string;
}

function spec(s: StorageDef): StorageSpec {
  if (s.type === 'zfspool') return { type: 'zfspool', pool: s.pool, content: s.content };
  if (s.type === 'dir') return { type: 'dir', path: s.dir, content: s.content };
  return { type: 'nfs', server: s.server, export: s.export, options: s.options, content: s.content };
}

function location(s: StorageDef): [string, string] {
  if (s.type === 'zfspool') return ['pool', s.pool];
  if (s.type === 'dir') return ['path', s.dir];
  return ['export', `${s.server}:${s.export}`];
}

function liveLocation(l: LiveStorageConfig, key: string): string | undefined {
  if (key === 'pool') return l.pool;
  if (key === 'path') return l.path?.replace(/\/+$/, '');
  return l.server && l.export ? `${l.server}:${l.export}` : undefined;
}

/** A storage to add, or the content types to set on (and enabling of) an existing one. */
export type StoragePayload =
  | { readonly op: 'add-storage'; readonly id: string; readonly spec: StorageSpec }
  | {
      readonly op: 'set-storage';
      readonly id: string;
      readonly content?: readonly StorageContent[];
      readonly enable?: boolean;
    };

export const storagesStep: SetupStep<StoragePayload> = {
  id: 'storages',
  title: 'Proxmox storages',
  dependsOn: ['zfs-datasets'],
  async check(host, cfg) {
    if (cfg.storages.length === 0) return [];
    const live = JSON.parse(await host.ok(apiGet('/storage'), 'reading /storage')) as LiveStorageConfig[];
    const byId = new Map(live.map((l) => [l.storage, l]));
    const changes: Finding<StoragePayload>[] = [];
    for (const s of cfg.storages) {
      const l = byId.get(s.id);
      const [key, where] = location(s);
      if (!l) {
        changes.push({
          kind: 'create',
          target: `storage ${s.id}`,
          summary: `pvesm add ${s.type} ${s.id} (${key} ${where}, content ${s.content.join(',') || 'default'})`,
          data: { op: 'add-storage', id: s.id, spec: spec(s) },
        });
        continue;
      }
      const liveWhere = liveLocation(l, key);
      if (l.type !== s.type || liveWhere !== where) {
        changes.push({
          kind: 'update',
          target: `storage ${s.id}`,
          summary: `storage ${s.id} exists with a different definition`,
          diff: [`- ${l.type} ${key} ${liveWhere ?? '(none)'}`, `+ ${s.type} ${key} ${where}`],
          blocked: `storage ${s.id} exists as ${l.type} (${key} ${liveWhere ?? 'none'}), the config wants ${s.type} (${key} ${where}). Phoenix does not re-create storages (their volumes would be orphaned): remove or rename it first`,
        });
        continue;
      }
      const have = (l.content ?? '').split(',').filter(Boolean).sort();
      const want = [...s.content].sort();
      const contentDiffers = want.length > 0 && have.join(',') !== want.join(',');
      const disabled = l.disable !== undefined && String(l.disable) !== '0';
      if (contentDiffers || disabled)
        changes.push({
          kind: 'update',
          target: `storage ${s.id}`,
          summary: `${contentDiffers ? `set content ${want.join(',')}` : ''}${contentDiffers && disabled ? ' and ' : ''}${disabled ? 'enable it' : ''} on ${s.id}`,
          diff: [
            ...(contentDiffers
              ? [`- content ${have.join(',') || '(none)'}`, `+ content ${want.join(',')}`]
              : []),
            ...(disabled ? ['- disable 1', '+ disable 0'] : []),
          ],
          data: {
            op: 'set-storage',
            id: s.id,
            content: contentDiffers ? want : undefined,
            enable: disabled || undefined,
          },
        });
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    for (const { data: p } of changes) {
      if (p.op === 'add-storage') await host.ok(pvesmAdd(p.id, p.spec), `pvesm add ${p.id}`);
      else
        await host.ok(
          pvesmSet(p.id, { content: p.content, disable: p.enable ? false : undefined }),
          `pvesm set ${p.id}`,
        );
    }
  },
};
