/**
 * Package repositories and packages. Without a subscription, the enterprise repositories make
 * `apt-get update` fail: they are disabled (commented out in `.list` files, `Enabled: no` in
 * deb822 `.sources` files) and the no-subscription repository is added for the node's release.
 * Then the packages the config needs are installed (only the missing ones).
 */
import { aptGetInstall, aptGetUpdate, dpkgQuery } from '../../proxmox/commands.js';
import type { HostFacts, SetupHost } from '../host.js';
import { MANAGED_HEADER } from '../text.js';
import type { HostConfig } from '../../model/host-config/types.js';
import type { Finding, SetupStep } from '../types.js';
import { fileChange, writeFiles, type FileWrite } from './common.js';

const DIR = '/etc/apt/sources.list.d';
const ENTERPRISE_HOST = 'enterprise.proxmox.com';

function repoFiles(f: HostFacts): { enterprise: string[]; ours: string; all: string[] } {
  const deb822 = f.pveMajor >= 9;
  const enterprise = deb822
    ? [`${DIR}/pve-enterprise.sources`, `${DIR}/ceph.sources`]
    : [`${DIR}/pve-enterprise.list`, `${DIR}/ceph.list`];
  const ours = deb822 ? `${DIR}/proxmox.sources` : `${DIR}/pve-no-subscription.list`;
  const others = ['/etc/apt/sources.list', `${DIR}/pve-no-subscription.list`, `${DIR}/proxmox.sources`];
  return { enterprise, ours, all: [...new Set([...enterprise, ours, ...others])] };
}

function noSubscriptionText(f: HostFacts): string {
  if (f.pveMajor >= 9)
    return (
      MANAGED_HEADER +
      'Types: deb\nURIs: http://download.proxmox.com/debian/pve\n' +
      `Suites: ${f.codename}\nComponents: pve-no-subscription\n` +
      'Signed-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n'
    );
  return `${MANAGED_HEADER}deb http://download.proxmox.com/debian/pve ${f.codename} pve-no-subscription\n`;
}

/** deb822 stanzas (blank-line separated) of a `.sources` file. */
const stanzas = (text: string): string[][] =>
  text
    .split(/\n\s*\n/)
    .map((s) => s.split('\n').filter((l) => l !== ''))
    .filter((s) => s.length > 0);

const field = (stanza: string[], name: string): string | undefined =>
  stanza
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();

const enabled = (stanza: string[]): boolean => !/^(no|false|0)$/i.test(field(stanza, 'Enabled') ?? 'yes');

/** The file with every active entry that points at `host` disabled. */
export function disableRepos(path: string, text: string, host: string): string {
  if (path.endsWith('.sources')) {
    const out = stanzas(text).map((s) => {
      if (!(field(s, 'URIs') ?? '').includes(host) || !enabled(s)) return s.join('\n');
      return [...s.filter((l) => !/^enabled:/i.test(l)), 'Enabled: no'].join('\n');
    });
    return out.join('\n\n') + '\n';
  }
  return text
    .split('\n')
    .map((l) => (/^\s*deb(-src)?\s/.test(l) && l.includes(host) ? `# ${l}` : l))
    .join('\n');
}

/** True when some file already enables the pve-no-subscription repository. */
export function hasNoSubscription(files: Map<string, string | undefined>): boolean {
  for (const [path, text] of files) {
    if (text === undefined) continue;
    if (path.endsWith('.sources')) {
      if (
        stanzas(text).some(
          (s) =>
            enabled(s) &&
            (field(s, 'URIs') ?? '').includes('download.proxmox.com/debian/pve') &&
            /\bpve-no-subscription\b/.test(field(s, 'Components') ?? ''),
        )
      )
        return true;
    } else if (
      /^\s*deb\s+\S*download\.proxmox\.com\/debian\/pve\s+\S+\s+.*\bpve-no-subscription\b/m.test(text)
    )
      return true;
  }
  return false;
}

/** Package name -> installed version (only installed ones). */
export async function installedPackages(
  host: SetupHost,
  names: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (names.length === 0) return out;
  const r = await host.run(dpkgQuery(names));
  for (const line of r.stdout.split('\n')) {
    const [name, version, status] = line.split('\t');
    if (name && version && status?.startsWith('ii')) out.set(name.split(':')[0]!, version);
  }
  return out;
}

/** Repository files to write, and the missing packages to install. */
export type AptPayload =
  FileWrite | { readonly op: 'install-packages'; readonly packages: readonly string[] };

export const aptStep: SetupStep<AptPayload> = {
  id: 'apt',
  title: 'Package repositories and packages',
  dependsOn: [],
  scope: 'node',
  async check(host, cfg: HostConfig) {
    const changes: Finding<AptPayload>[] = [];
    if (cfg.apt.noSubscription) {
      const facts = await host.getFacts();
      const files = repoFiles(facts);
      const texts = await host.readFiles(files.all);
      for (const path of files.enterprise) {
        const text = texts.get(path);
        if (text === undefined) continue;
        changes.push(
          ...fileChange(
            path,
            text,
            disableRepos(path, text, ENTERPRISE_HOST),
            'disable the enterprise repository (needs a subscription)',
          ),
        );
      }
      if (!hasNoSubscription(texts))
        changes.push(
          ...fileChange(
            files.ours,
            texts.get(files.ours),
            noSubscriptionText(facts),
            `add the pve-no-subscription repository for ${facts.codename}`,
          ),
        );
    }
    const wanted = cfg.apt.packages;
    const installed = await installedPackages(
      host,
      wanted.map((p) => p.name),
    );
    const missing = wanted.filter((p) => !installed.has(p.name));
    if (missing.length > 0)
      changes.push({
        kind: 'create',
        target: `packages ${missing.map((p) => p.name).join(', ')}`,
        summary: `install ${missing.length} package(s): ${missing.map((p) => `${p.name} (${p.reason})`).join(', ')}`,
        diff: missing.map((p) => `+ ${p.name}`),
        data: { op: 'install-packages', packages: missing.map((p) => p.name) },
      });
    return changes;
  },
  async apply(host, _cfg, changes) {
    const files = changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : []));
    const install = changes.flatMap(({ data }) => (data.op === 'install-packages' ? [data] : []))[0];
    const wroteRepos = (await writeFiles(host, files)).length > 0;
    if (wroteRepos || install) await host.ok(aptGetUpdate(), 'apt-get update');
    if (install) await host.ok(aptGetInstall(install.packages), 'apt-get install');
  },
};
