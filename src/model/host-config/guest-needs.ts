/**
 * What the guests need from the host before they can be created: LXC templates (from each CT's
 * `template`), cloud images for VM templates (from each VM's `template_image`) and AppArmor
 * profiles (from `apparmor_profile`). Templates are named `storage:vztmpl/FILE` or by a path in a
 * directory storage's `template/cache/`. Cloud image URLs come from the hypervisor file's optional
 * `cloud_images: [{file, url?, storage?, checksum?}]` (the checksum's length tells sha256 from
 * sha512), or are derived for Ubuntu (`<release>-server-cloudimg-<arch>.img`) and Debian
 * (`debian-<N>-genericcloud-<arch>.qcow2`) images. Profile sources live in `<config-dir>/apparmor/<name>`, extra ones are listed in
 * `apparmor_profiles`.
 */
import type { JsonPath } from '../../config/json-source.js';
import type { Guest } from '../types.js';
import { ConfigReader, STORAGE_ID, type Obj } from './reader.js';
import { imageStorageOf, importFileName } from './image-volume.js';
import type { ApparmorProfileDef, CloudImageDef, LxcTemplateDef, StorageDef } from './types.js';

/** Profiles LXC ships (or pseudo-profiles) that need no source. */
export const BUILTIN_PROFILES: ReadonlySet<string> = new Set([
  'unconfined',
  'generated',
  'lxc-container-default',
  'lxc-container-default-cgns',
  'lxc-container-default-with-nesting',
  'lxc-container-default-with-mounting',
]);

export interface GuestReaders {
  readonly lxc?: ConfigReader;
  readonly vm?: ConfigReader;
}

const label = (g: Guest): string => `${g.kind === 'lxc' ? 'CT' : 'VM'} ${g.id}`;
const readerOf = (readers: GuestReaders, g: Guest): ConfigReader | undefined =>
  g.kind === 'lxc' ? readers.lxc : readers.vm;

/** Directory storages Phoenix knows the path of: the config's plus Proxmox's default `local`. */
function dirStorages(storages: readonly StorageDef[]): Array<{ id: string; dir: string }> {
  const out = storages.flatMap((s) =>
    s.type === 'dir' ? [{ id: s.id, dir: s.dir.replace(/\/+$/, '') }] : [],
  );
  if (!out.some((s) => s.id === 'local')) out.push({ id: 'local', dir: '/var/lib/vz' });
  return out;
}

export function readLxcTemplates(
  guests: readonly Guest[],
  storages: readonly StorageDef[],
  readers: GuestReaders,
): LxcTemplateDef[] {
  const found = new Map<string, { storage: string; template: string; usedBy: string[] }>();
  const dirs = dirStorages(storages);
  for (const g of guests) {
    if (g.kind !== 'lxc' || g.cloneFrom !== undefined || !g.osTemplate) continue;
    const r = readerOf(readers, g);
    const at: JsonPath = [...g.origin.path, g.osTemplate === g.raw.template ? 'template' : 'template_file'];
    let storage: string | undefined;
    let template: string | undefined;
    const volid = /^([A-Za-z][A-Za-z0-9\-_.]*[A-Za-z0-9]):vztmpl\/([^/]+)$/.exec(g.osTemplate);
    if (volid) [storage, template] = [volid[1]!, volid[2]!];
    else if (g.osTemplate.startsWith('/')) {
      const s = dirs.find((d) => g.osTemplate!.startsWith(`${d.dir}/template/cache/`));
      const rest = s ? g.osTemplate.slice(`${s.dir}/template/cache/`.length) : undefined;
      if (s && rest && !rest.includes('/')) [storage, template] = [s.id, rest];
      else {
        r?.warn(
          at,
          `template ${g.osTemplate} is not in the template/cache folder of a known directory storage; setup-hypervisor does not download it`,
          'PHX-HV-TEMPLATE',
        );
        continue;
      }
    } else continue; // a bare name is resolved by the planner
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.tar\.(gz|xz|zst)$/.test(template)) {
      r?.error(
        at,
        `template ${JSON.stringify(template)} is not an appliance file name like debian-12-standard_12.7-1_amd64.tar.zst`,
        'PHX-HV-TEMPLATE',
      );
      continue;
    }
    const key = `${storage}:${template}`;
    const entry = found.get(key) ?? { storage, template, usedBy: [] };
    entry.usedBy.push(label(g));
    found.set(key, entry);
  }
  return [...found.values()];
}

const UBUNTU = /^([a-z]+)-server-cloudimg-(amd64|arm64)\.img$/;
const DEBIAN = /^debian-(\d+)-(genericcloud|generic|nocloud)-(amd64|arm64)\.(qcow2|raw)$/;
const DEBIAN_CODENAMES: Record<string, string> = { '11': 'bullseye', '12': 'bookworm', '13': 'trixie' };

function derivedUrl(file: string): string | undefined {
  const u = UBUNTU.exec(file);
  if (u) return `https://cloud-images.ubuntu.com/${u[1]}/current/${file}`;
  const d = DEBIAN.exec(file);
  if (d && DEBIAN_CODENAMES[d[1]!])
    return `https://cloud.debian.org/images/cloud/${DEBIAN_CODENAMES[d[1]!]}/latest/${file}`;
  return undefined;
}

export function readCloudImages(
  guests: readonly Guest[],
  raw: Obj,
  storages: readonly StorageDef[],
  r: ConfigReader,
  readers: GuestReaders,
): CloudImageDef[] {
  const explicit = new Map<
    string,
    { url?: string; storage?: string; checksum?: string; algo?: 'sha256' | 'sha512'; path: JsonPath }
  >();
  r.arr(raw.cloud_images, ['cloud_images']).forEach((v, i) => {
    const path: JsonPath = ['cloud_images', i];
    const o = r.obj(v, path);
    const file =
      o &&
      r.match(
        o.file,
        [...path, 'file'],
        /^[A-Za-z0-9][A-Za-z0-9._+-]*\.(img|iso|qcow2|raw|vmdk)$/,
        'an image file name ending in .img, .iso, .qcow2, .raw or .vmdk',
      );
    if (!o || !file) return;
    const url = r.match(
      o.url,
      [...path, 'url'],
      /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/\S*$/,
      'an http(s) URL',
    );
    const storage = r.match(o.storage, [...path, 'storage'], STORAGE_ID, 'a storage id');
    const checksum = r.match(
      o.checksum,
      [...path, 'checksum'],
      /^[0-9a-fA-F]{64}([0-9a-fA-F]{64})?$/,
      'a sha256 or sha512 hex digest',
    );
    explicit.set(file, {
      url,
      storage,
      checksum,
      algo: checksum ? (checksum.length === 64 ? 'sha256' : 'sha512') : undefined,
      path,
    });
  });
  const found = new Map<string, CloudImageDef & { usedBy: string[] }>();
  for (const g of guests) {
    if (g.kind !== 'qemu' || g.cloneFrom !== undefined || !g.osTemplate) continue;
    const at: JsonPath = [...g.origin.path, 'template_image'];
    const file = g.osTemplate;
    const gr = readerOf(readers, g);
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.(img|iso|qcow2|raw|vmdk)$/.test(file)) {
      gr?.error(
        at,
        `template_image ${JSON.stringify(file)} must be an image file name ending in .img, .iso, .qcow2, .raw or .vmdk`,
        'PHX-HV-IMAGE',
      );
      continue;
    }
    if (/\.iso$/i.test(file)) {
      gr?.error(
        at,
        `template_image ${JSON.stringify(file)} is an ISO: a VM template needs a disk image (.img, .qcow2, .raw or .vmdk) to import`,
        'PHX-HV-IMAGE',
      );
      continue;
    }
    const content = 'import';
    const ex = explicit.get(file);
    const url = ex?.url ?? derivedUrl(file);
    if (!url) {
      gr?.error(
        at,
        `no download URL for cloud image ${file}: add {"file": "${file}", "url": "https://..."} to cloud_images in the hypervisor config`,
        'PHX-HV-IMAGE',
      );
      continue;
    }
    // One rule for setup (which downloads) and apply (which imports): see image-volume.ts.
    const storage = imageStorageOf(file, raw);
    const cfgStorage = storages.find((s) => s.id === storage);
    if (cfgStorage && !cfgStorage.content.includes(content))
      r.warn(
        ex?.path ?? ['cloud_images'],
        `storage ${storage} does not allow content '${content}', which cloud image ${file} needs`,
        'PHX-HV-IMAGE',
      );
    const entry = found.get(file) ?? {
      storage,
      file: importFileName(file),
      url,
      content,
      checksum: ex?.checksum,
      checksumAlgorithm: ex?.algo,
      usedBy: [],
    };
    entry.usedBy.push(label(g));
    found.set(file, entry);
  }
  return [...found.values()];
}

export function readApparmor(
  guests: readonly Guest[],
  raw: Obj,
  r: ConfigReader,
  readers: GuestReaders,
  readSource: (name: string) => string | undefined,
  sourceDir: string,
): ApparmorProfileDef[] {
  const wanted = new Map<string, { usedBy: string[]; at: { reader: ConfigReader; path: JsonPath } }>();
  r.list(raw.apparmor_profiles, ['apparmor_profiles']).forEach((name, i) => {
    wanted.set(name, { usedBy: ['apparmor_profiles'], at: { reader: r, path: ['apparmor_profiles', i] } });
  });
  for (const g of guests) {
    if (g.kind !== 'lxc' || !g.apparmorProfile || BUILTIN_PROFILES.has(g.apparmorProfile)) continue;
    const gr = readerOf(readers, g);
    const entry = wanted.get(g.apparmorProfile);
    if (entry) entry.usedBy.push(label(g));
    else if (gr)
      wanted.set(g.apparmorProfile, {
        usedBy: [label(g)],
        at: { reader: gr, path: [...g.origin.path, 'apparmor_profile'] },
      });
  }
  const out: ApparmorProfileDef[] = [];
  for (const [name, { usedBy, at }] of wanted) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
      at.reader.error(
        at.path,
        `AppArmor profile name ${JSON.stringify(name)} may use letters, digits, ".", "_" and "-" only`,
        'PHX-HV-APPARMOR',
      );
      continue;
    }
    const text = readSource(name);
    if (text === undefined) {
      at.reader.error(
        at.path,
        `AppArmor profile ${name} (used by ${usedBy.join(', ')}) has no source: add ${sourceDir}/${name}`,
        'PHX-HV-APPARMOR',
      );
      continue;
    }
    if (!new RegExp(`(^|\\n)\\s*profile\\s+${name.replace(/[.]/g, '\\.')}[\\s{]`).test(text)) {
      at.reader.error(
        at.path,
        `${sourceDir}/${name} does not define "profile ${name} ... {"`,
        'PHX-HV-APPARMOR',
      );
      continue;
    }
    out.push({ name, text, usedBy });
  }
  return out;
}
