/**
 * What guests need on the host: AppArmor profiles (syntax-checked by `apparmor_parser` before
 * they are written to /etc/apparmor.d/lxc/ and loaded), LXC templates (`pveam download`) and
 * cloud images for VM templates (downloaded into a storage's `import` content through the
 * Proxmox API) with the cloud-init vendor data that installs their guest agent.
 */
import {
  apiGet,
  apparmorCheck,
  apparmorLoad,
  mkdirP,
  pvesmSet,
  pveamDownload,
  pveamList,
  pveamUpdate,
  pveDownloadUrl,
  storageContent,
  type StorageContent,
} from '../../proxmox/commands.js';
import { AGENT_SNIPPET } from '../../model/host-config/image-volume.js';
import type { CloudImageDef, LxcTemplateDef } from '../../model/host-config/types.js';
import type { SetupHost } from '../host.js';
import type { Change, SetupStep } from '../types.js';
import { fileChange, type FileWrite } from './common.js';

export const APPARMOR_DIR = '/etc/apparmor.d/lxc';

export const apparmorStep: SetupStep<FileWrite> = {
  id: 'apparmor',
  title: 'AppArmor profiles',
  dependsOn: [],
  scope: 'node',
  async check(host, cfg) {
    if (cfg.apparmor.length === 0) return [];
    const files = await host.readFiles(cfg.apparmor.map((p) => `${APPARMOR_DIR}/${p.name}`));
    const changes: Change<FileWrite>[] = [];
    for (const p of cfg.apparmor) {
      const path = `${APPARMOR_DIR}/${p.name}`;
      const found = fileChange(
        path,
        files.get(path),
        p.text,
        `install and load profile ${p.name} (used by ${p.usedBy.join(', ')})`,
      );
      if (found.length === 0) continue;
      const parsed = await host.run(apparmorCheck(p.text));
      const why = (parsed.stderr.trim() || parsed.stdout.trim()).split('\n').slice(0, 3).join(' / ');
      changes.push(
        ...found.map((c) =>
          parsed.exitCode === 0 ? c : { ...c, blocked: `apparmor_parser rejects profile ${p.name}: ${why}` },
        ),
      );
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    await host.ok(mkdirP(APPARMOR_DIR));
    for (const { data: f } of changes) {
      await host.writeFile(f.path, f.content);
      await host.ok(apparmorLoad(f.path), `loading ${f.path}`);
    }
  },
};

async function presentTemplates(host: SetupHost, storage: string): Promise<Set<string>> {
  const r = await host.run(pveamList(storage));
  // A storage that does not exist yet (created by the storages step) holds nothing.
  if (r.exitCode !== 0) return new Set();
  return new Set(
    r.stdout
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[0] ?? '')
      .filter((v) => v.includes(':vztmpl/'))
      .map((v) => v.slice(v.indexOf(':vztmpl/') + ':vztmpl/'.length)),
  );
}

async function presentImages(
  host: SetupHost,
  node: string,
  storage: string,
  content: string,
): Promise<Set<string>> {
  const r = await host.run(storageContent(node, storage, content));
  if (r.exitCode !== 0) return new Set();
  const list = JSON.parse(r.stdout || '[]') as Array<{ volid?: string }>;
  return new Set(list.map((v) => (v.volid ?? '').split('/').pop() ?? ''));
}

/**
 * An LXC template to download with pveam, a cloud image to download into a storage, or what VMs
 * made from cloud images need for their guest agent: `snippets` content on `local` and the
 * vendor-data snippet (image-volume.ts).
 */
export type TemplatePayload =
  | { readonly op: 'download-template'; readonly lxc: LxcTemplateDef }
  | { readonly op: 'download-image'; readonly image: CloudImageDef }
  | { readonly op: 'enable-snippets'; readonly content: readonly StorageContent[] }
  | FileWrite;

/** The changes that give VMs made from cloud images their guest agent. */
async function agentSnippetChanges(host: SetupHost): Promise<Change<TemplatePayload>[]> {
  const live = JSON.parse(await host.ok(apiGet('/storage'), 'reading /storage')) as Array<{
    storage?: string;
    content?: string;
  }>;
  const local = live.find((s) => s.storage === AGENT_SNIPPET.storage);
  const have = (local?.content ?? '').split(',').filter(Boolean) as StorageContent[];
  const out: Change<TemplatePayload>[] = [];
  if (!have.includes('snippets')) {
    const content = [...new Set([...have, 'snippets' as StorageContent])].sort();
    out.push({
      kind: 'update',
      target: `storage ${AGENT_SNIPPET.storage}`,
      summary: `allow snippets content on ${AGENT_SNIPPET.storage} (cloud-init vendor data for VM templates)`,
      diff: [`- content ${have.join(',') || '(none)'}`, `+ content ${content.join(',')}`],
      data: { op: 'enable-snippets', content },
    });
  }
  const [before] = (await host.readFiles([AGENT_SNIPPET.path])).values();
  out.push(
    ...fileChange(
      AGENT_SNIPPET.path,
      before,
      AGENT_SNIPPET.text,
      'cloud-init vendor data installing the QEMU guest agent in VMs made from cloud images',
    ),
  );
  return out;
}

export const templatesStep: SetupStep<TemplatePayload> = {
  id: 'templates',
  title: 'LXC templates and cloud images',
  dependsOn: ['storages'],
  scope: 'node',
  async check(host, cfg) {
    // A storage the config restricts to other nodes is not this node's to fill.
    const restricted = new Map(cfg.storages.flatMap((s) => (s.nodes ? [[s.id, s.nodes] as const] : [])));
    const here = restricted.size > 0 ? (await host.getFacts()).node : undefined;
    const enabled = (storage: string): boolean =>
      here === undefined || !restricted.has(storage) || restricted.get(storage)!.includes(here);
    const lxc = cfg.templates.lxc.filter((t) => enabled(t.storage));
    const images = cfg.templates.images.filter((i) => enabled(i.storage));
    if (lxc.length + images.length === 0) return [];
    const changes: Change<TemplatePayload>[] = [];
    const byStorage = new Map<string, Set<string>>();
    for (const t of lxc) {
      if (!byStorage.has(t.storage)) byStorage.set(t.storage, await presentTemplates(host, t.storage));
      if (byStorage.get(t.storage)!.has(t.template)) continue;
      changes.push({
        kind: 'create',
        target: `${t.storage}:vztmpl/${t.template}`,
        summary: `pveam download ${t.storage} ${t.template} (for ${t.usedBy.join(', ')})`,
        data: { op: 'download-template', lxc: t },
      });
    }
    if (images.length > 0) {
      const { node } = await host.getFacts();
      const seen = new Map<string, Set<string>>();
      for (const img of images) {
        const key = `${img.storage}\t${img.content}`;
        if (!seen.has(key)) seen.set(key, await presentImages(host, node, img.storage, img.content));
        if (seen.get(key)!.has(img.file)) continue;
        changes.push({
          kind: 'create',
          target: `${img.storage}:${img.content}/${img.file}`,
          summary: `download ${img.url} into ${img.storage} (for ${img.usedBy.join(', ')})`,
          data: { op: 'download-image', image: img },
        });
      }
      changes.push(...(await agentSnippetChanges(host)));
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    const plans = changes.map((c) => c.data);
    for (const p of plans) {
      if (p.op === 'enable-snippets')
        await host.ok(pvesmSet(AGENT_SNIPPET.storage, { content: p.content }), 'pvesm set');
      else if (p.op === 'write-file') {
        await host.ok(mkdirP(AGENT_SNIPPET.path.slice(0, AGENT_SNIPPET.path.lastIndexOf('/'))));
        await host.writeFile(p.path, p.content);
      }
    }
    if (plans.some((p) => p.op === 'download-template')) await host.ok(pveamUpdate(), 'pveam update');
    for (const p of plans) {
      if (p.op === 'download-template')
        await host.ok(pveamDownload(p.lxc.storage, p.lxc.template), `downloading ${p.lxc.template}`);
      else if (p.op === 'download-image') {
        const { node } = await host.getFacts();
        const i = p.image;
        await host.ok(
          pveDownloadUrl(node, i.storage, {
            url: i.url,
            filename: i.file,
            content: i.content,
            checksum: i.checksum,
            checksumAlgorithm: i.checksumAlgorithm,
          }),
          `downloading ${i.file}`,
        );
      }
    }
  },
};
