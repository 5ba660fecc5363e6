/**
 * Proxmox storages: `pvesm add zfspool|dir|nfs` for missing ones, `pvesm set --content` when only
 * the content types or the `nodes` restriction differ (storage.cfg is cluster-wide: one run for the
 * cluster). A storage that exists with another type, pool, path or server is
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
  /** Comma-separated node names; absent: every node. */
  nodes?: string;
}

function spec(s: StorageDef): StorageSpec {
  const nodes = s.nodes ? { nodes: s.nodes } : {};
  if (s.type === 'zfspool') return { type: 'zfspool', pool: s.pool, content: s.content, ...nodes };
  if (s.type === 'dir') return { type: 'dir', path: s.dir, content: s.content, ...nodes };
  return {
    type: 'nfs',
    server: s.server,
    export: s.export,
    options: s.options,
    content: s.content,
    ...nodes,
  };
}

const nodeList = (v: readonly string[] | undefined): string => [...(v ?? [])].sort().join(',');

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
      /** The nodes that may use it (a restriction only the config asks for is set, never removed). */
      readonly nodes?: readonly string[];
      readonly enable?: boolean;
    };

export const storagesStep: SetupStep<StoragePayload> = {
  id: 'storages',
  title: 'Proxmox storages',
  dependsOn: ['zfs-datasets'],
  scope: 'cluster',
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
          summary: `pvesm add ${s.type} ${s.id} (${key} ${where}, content ${s.content.join(',') || 'default'}${s.nodes ? `, nodes ${s.nodes.join(',')}` : ''})`,
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
      const liveNodes = nodeList((l.nodes ?? '').split(',').filter(Boolean));
      const nodesDiffer = s.nodes !== undefined && liveNodes !== nodeList(s.nodes);
      const what = [
        contentDiffers ? `set content ${want.join(',')}` : '',
        nodesDiffer ? `restrict it to ${nodeList(s.nodes)}` : '',
        disabled ? 'enable it' : '',
      ].filter(Boolean);
      if (what.length > 0)
        changes.push({
          kind: 'update',
          target: `storage ${s.id}`,
          summary: `${what.join(' and ')} on ${s.id}`,
          diff: [
            ...(contentDiffers
              ? [`- content ${have.join(',') || '(none)'}`, `+ content ${want.join(',')}`]
              : []),
            ...(nodesDiffer ? [`- nodes ${liveNodes || '(all)'}`, `+ nodes ${nodeList(s.nodes)}`] : []),
            ...(disabled ? ['- disable 1', '+ disable 0'] : []),
          ],
          data: {
            op: 'set-storage',
            id: s.id,
            content: contentDiffers ? want : undefined,
            nodes: nodesDiffer ? s.nodes : undefined,
            enable: disabled || undefined,
          },
        });
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    for (const { data: p } of changes) {
      // Proxmox activates a new storage on the node that adds it when it is enabled there
      // (PVE::API2::Storage::Config `create`: storage_check_enabled, then activate_storage), to
      // find problems early; a storage restricted to other nodes is added on one of them, so
      // that check looks at the node that has its pool or directory.
      if (p.op === 'add-storage')
        await host.onOneOf(p.spec.nodes ?? []).ok(pvesmAdd(p.id, p.spec), `pvesm add ${p.id}`);
      else
        await host.ok(
          pvesmSet(p.id, { content: p.content, nodes: p.nodes, disable: p.enable ? false : undefined }),
          `pvesm set ${p.id}`,
        );
    }
  },
};
