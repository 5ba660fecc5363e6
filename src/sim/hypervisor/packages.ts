/**
 * Debian packaging on the simulated host: `apt-get update|install`, `dpkg-query --show` and the
 * `env VAR=value COMMAND` wrapper. Like a fresh Proxmox VE install: the package index is empty
 * until `apt-get update` succeeds, and it fails (401) while an enterprise repository is enabled
 * without a subscription. Proxmox packages need a Proxmox repository; installing a package creates
 * what the real one ships that later steps rely on (smb.conf, /etc/exports, services).
 */
import { basename } from 'node:path';
import type { SimCtx } from '../context.js';
import { getSimProgram, registerSimProgram } from '../dispatch.js';
import { exit, fileText, filesIn, hostSetup, setFileText } from './state.js';

/** Packages the simulated mirrors offer: name -> version; `pve` ones need a Proxmox repository. */
const CATALOG: Record<string, { version: string; pve?: boolean }> = {
  'nfs-kernel-server': { version: '1:2.8.3-1' },
  samba: { version: '2:4.22.4+dfsg-1~deb13u1' },
  sudo: { version: '1.9.16p2-3' },
  chrony: { version: '4.6.1-3' },
  'build-essential': { version: '12.12' },
  dkms: { version: '3.2.0-1' },
  'pkg-config': { version: '1.8.1-4' },
  curl: { version: '8.14.1-2' },
  jq: { version: '1.7.1-6' },
  htop: { version: '3.4.1-5' },
  vim: { version: '2:9.1.1230-2' },
  'apparmor-utils': { version: '4.1.0-1' },
  'proxmox-default-headers': { version: '2.0.0', pve: true },
  'pve-headers': { version: '9.0.1', pve: true },
};

const SAMBA_CONF =
  '[global]\n   workgroup = WORKGROUP\n   log file = /var/log/samba/log.%m\n   server role = standalone server\n   map to guest = bad user\n';

interface Repo {
  file: string;
  uri: string;
  suite: string;
  components: string;
}

/** Active repositories of the host (one-line .list and deb822 .sources formats). */
export function activeRepos(ctx: SimCtx): Repo[] {
  const out: Repo[] = [];
  const files = ['/etc/apt/sources.list', ...filesIn(ctx, '/etc/apt/sources.list.d')];
  for (const file of files) {
    const text = fileText(ctx, file);
    if (text === undefined) continue;
    if (file.endsWith('.list') || file === '/etc/apt/sources.list') {
      for (const l of text.split('\n')) {
        const m = /^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s*(.*)$/.exec(l);
        if (m) out.push({ file, uri: m[1]!, suite: m[2]!, components: m[3]!.trim() });
      }
    } else if (file.endsWith('.sources')) {
      for (const stanza of text.split(/\n\s*\n/)) {
        const get = (k: string): string | undefined =>
          stanza
            .split('\n')
            .find((l) => l.toLowerCase().startsWith(k.toLowerCase() + ':'))
            ?.slice(k.length + 1)
            .trim();
        if (!get('URIs') || /^(no|false|0)$/i.test(get('Enabled') ?? 'yes')) continue;
        for (const uri of get('URIs')!.split(/\s+/))
          out.push({ file, uri, suite: get('Suites') ?? '', components: get('Components') ?? '' });
      }
    }
  }
  return out;
}

function aptUpdate(ctx: SimCtx): void {
  const repos = activeRepos(ctx);
  const enterprise = repos.filter((r) => r.uri.includes('enterprise.proxmox.com'));
  const hs = hostSetup(ctx);
  if (enterprise.length > 0) {
    hs.aptIndexFresh = false;
    exit(
      100,
      enterprise
        .map(
          (r, i) =>
            `Err:${i + 1} ${r.uri} ${r.suite} InRelease\n  401  Unauthorized [IP: 212.224.123.70 443]\n`,
        )
        .join('') +
        enterprise
          .map(
            (r) =>
              `E: Failed to fetch ${r.uri}/dists/${r.suite}/InRelease  401  Unauthorized [IP: 212.224.123.70 443]\n` +
              `E: The repository '${r.uri} ${r.suite} InRelease' is not signed.\n`,
          )
          .join(''),
    );
  }
  hs.aptIndexFresh = true;
  ctx.out('Reading package lists...\n');
}

function aptInstall(ctx: SimCtx, names: string[], assumeYes: boolean): void {
  const hs = hostSetup(ctx);
  const pveRepo = activeRepos(ctx).some((r) => r.uri.includes('download.proxmox.com/debian/pve'));
  const missing = names.filter((n) => ctx.node.packages[n] === undefined);
  for (const n of missing) {
    const known = CATALOG[n];
    if (!hs.aptIndexFresh || !known || (known.pve && !pveRepo)) exit(100, `E: Unable to locate package ${n}`);
  }
  ctx.out('Reading package lists...\nBuilding dependency tree...\n');
  if (missing.length === 0) {
    ctx.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    return;
  }
  if (!assumeYes) exit(1, 'Do you want to continue? [Y/n] Abort.');
  for (const n of missing) {
    const version = CATALOG[n]!.version;
    ctx.node.packages[n] = version;
    ctx.out(`Setting up ${n} (${version}) ...\n`);
    if (n === 'samba' && fileText(ctx, '/etc/samba/smb.conf') === undefined)
      setFileText(ctx, '/etc/samba/smb.conf', SAMBA_CONF);
    if (n === 'nfs-kernel-server' && fileText(ctx, '/etc/exports') === undefined)
      setFileText(
        ctx,
        '/etc/exports',
        '# /etc/exports: the access control list for filesystems which may be exported\n',
      );
    if (n === 'proxmox-default-headers')
      ctx.node.packages[`proxmox-headers-${ctx.node.kernel}`] = ctx.node.kernel;
  }
}

function aptGet(ctx: SimCtx): void {
  const args = [...ctx.rt.args];
  let assumeYes = false;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '-c' || a === '-t') i++;
    else if (/^-[a-z]*y/.test(a) || a === '--yes' || a === '--assume-yes') assumeYes = true;
    else if (!a.startsWith('-')) words.push(a);
  }
  const [cmd, ...pkgs] = words;
  if (cmd === 'update') return aptUpdate(ctx);
  if (cmd === 'install') return aptInstall(ctx, pkgs, assumeYes);
  exit(100, `E: Invalid operation ${cmd ?? ''}`);
}

function dpkgQuery(ctx: SimCtx): void {
  const args = ctx.rt.args;
  let format = '${binary:Package}\t${Version}\n';
  const names: string[] = [];
  for (const a of args) {
    if (a.startsWith('--showformat=')) format = a.slice('--showformat='.length);
    else if (a === '--show' || a === '-W' || a === '--') continue;
    else names.push(a);
  }
  let missing = false;
  for (const n of names) {
    const v = ctx.node.packages[n];
    if (v === undefined) {
      ctx.err(`dpkg-query: no packages found matching ${n}\n`);
      missing = true;
      continue;
    }
    ctx.out(
      format
        .replace(/\$\{(binary:)?Package\}/g, n)
        .replace(/\$\{Version\}/g, v)
        .replace(/\$\{db:Status-Abbrev\}/g, 'ii ')
        .replace(/\$\{Status\}/g, 'install ok installed')
        .replace(/\\t/g, '\t')
        .replace(/\\n/g, '\n'),
    );
  }
  if (missing) exit(1);
}

/** A view of `ctx` in which the command's arguments are `args` (for wrappers like `env`). */
export function withArgs(ctx: SimCtx, args: readonly string[]): SimCtx {
  const sub = Object.create(Object.getPrototypeOf(ctx) as object) as SimCtx;
  return Object.assign(sub, ctx, { rt: { ...ctx.rt, args } });
}

function envSplit(args: readonly string[]): { inner: string[] } {
  let i = 0;
  while (i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i]!)) i++;
  return { inner: args.slice(i) };
}

export function registerPackagePrograms(): void {
  registerSimProgram('apt-get', {
    op: (a) => `apt-get ${a.find((x) => !x.startsWith('-')) ?? ''}`.trim(),
    readOnly: () => false,
    run: aptGet,
  });
  registerSimProgram('dpkg-query', { op: () => 'dpkg-query', readOnly: () => true, run: dpkgQuery });
  registerSimProgram('env', {
    op: (a) => {
      const { inner } = envSplit(a);
      const p = inner[0] && getSimProgram(basename(inner[0]));
      return p ? p.op(inner.slice(1)) : 'env';
    },
    readOnly: (a) => {
      const { inner } = envSplit(a);
      const p = inner[0] && getSimProgram(basename(inner[0]));
      return p ? p.readOnly(inner.slice(1)) : true;
    },
    run: (ctx) => {
      const { inner } = envSplit(ctx.rt.args);
      if (inner.length === 0) return;
      const p = getSimProgram(basename(inner[0]!));
      if (!p) exit(127, `env: '${inner[0]}': No such file or directory`);
      return p.run(withArgs(ctx, inner.slice(1)));
    },
  });
}
