/**
 * Checks a host-command argv against the Proxmox VE API schema in ../shared/pve-api, as PVE 9.1
 * (`pve9`) or 8.4 (`pve8`) would parse it: the subcommand exists, the positional count fits,
 * every `--option` exists, values match type / enum / min / max / pattern / named format, and
 * property strings (`net0`, `rootfs`, `scsi0`, `ipconfig0`...) hold only known sub-keys with
 * valid values. `pct`, `qm` and `pvesh` come from cli-commands.json; `pvesm`, `pveum` and
 * `pveam` are mapped to their endpoints below (from the $cmddef tables of their CLIs).
 * Programs without an API (zfs, grep, tee...) are accepted; `flock` checks the command it wraps.
 *
 * Use only inside `describeShared` (the data is read from ../shared on first use).
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared.js';
import { HOST_SETUP_PROGRAMS } from '../../src/proxmox/host-setup-commands.js';
import { hopInner } from '../../src/proxmox/commands/hop.js';

export type PveApiVersion = 'pve8' | 'pve9';
export const PVE_API_VERSIONS: readonly PveApiVersion[] = ['pve9', 'pve8'];

interface Schema {
  type?: string;
  optional?: number;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string | Record<string, Schema>;
  default_key?: number;
  alias?: string;
  keyAlias?: string;
  typetext?: string;
}
interface ApiNode {
  path: string;
  info?: Record<string, { parameters?: { properties?: Record<string, Schema> } }>;
  children?: ApiNode[];
}
interface CliEntry {
  args?: Array<{ name: string; optional: boolean; typetext: string }>;
  options?: Record<string, { typetext?: string }>;
  api?: { method: string; path: string; fixed_params?: Record<string, string> } | null;
  alias_of?: string;
}
interface ConfOpt {
  subkeys?: Record<string, { typetext: string }>;
  default_key?: string;
}
interface FormatRule {
  regex?: string;
  regex_flags?: string;
  reject_regexes?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  prefix_min?: number;
  prefix_max?: number;
}

const cache = new Map<string, unknown>();
function load<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(sharedPath('pve-api', file), 'utf8')));
  return cache.get(file) as T;
}
const cli = (v: PveApiVersion) =>
  load<Record<PveApiVersion, Record<string, Record<string, CliEntry>>>>('cli-commands.json')[v];
const confOpts = (v: PveApiVersion) =>
  load<Record<PveApiVersion, Record<string, Record<string, ConfOpt>>>>('config-opts.json')[v];
const formats = () => load<{ formats: Record<string, FormatRule> }>('string-formats.json').formats;

function endpoints(v: PveApiVersion): Map<string, ApiNode> {
  const key = `endpoints-${v}`;
  if (!cache.has(key)) {
    const map = new Map<string, ApiNode>();
    const walk = (nodes: ApiNode[]): void => {
      for (const n of nodes) {
        map.set(n.path, n);
        walk(n.children ?? []);
      }
    };
    walk(load<ApiNode[]>(v === 'pve9' ? 'apidata.json' : 'apidata-pve8.json'));
    cache.set(key, map);
  }
  return cache.get(key) as Map<string, ApiNode>;
}

/** The endpoint template matching a concrete path (most literal segments win). */
function matchPath(
  v: PveApiVersion,
  path: string,
): { node: ApiNode; params: Record<string, string> } | undefined {
  const segs = path.split('/').filter(Boolean);
  let best: { node: ApiNode; params: Record<string, string>; literal: number } | undefined;
  for (const [tpl, node] of endpoints(v)) {
    const t = tpl.split('/').filter(Boolean);
    if (t.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let literal = 0;
    const ok = t.every((s, i) => {
      const m = /^\{(.+)\}$/.exec(s);
      if (m) return (params[m[1]!] = decodeURIComponent(segs[i]!)) !== '';
      literal++;
      return s === segs[i];
    });
    if (ok && (!best || literal > best.literal)) best = { node, params, literal };
  }
  return best;
}

// ---- value checks ----

const BOOL = /^(1|0|on|off|yes|no|true|false)$/i;

function perlRegex(pattern: string): RegExp | undefined {
  const ci = pattern.includes('(?^i:');
  const js = pattern.replace(/\(\?\^i?:/g, '(?:').replace(/\(\?>/g, '(?:');
  try {
    return new RegExp(`^(?:${js})$`, ci ? 'i' : '');
  } catch {
    return undefined;
  }
}

function fromTypetext(tt: string | undefined): Schema {
  const t = (tt ?? '').trim();
  if (t === '<boolean>' || t === '<1|0>') return { type: 'boolean' };
  const num = /^<(integer|number)>(?: \((-?[\d.]+) - (N|-?[\d.]+)\))?$/.exec(t);
  if (num)
    return {
      type: num[1],
      ...(num[2] ? { minimum: Number(num[2]) } : {}),
      ...(num[3] && num[3] !== 'N' ? { maximum: Number(num[3]) } : {}),
    };
  if (/^<[^<>]+ \| [^<>]+>$/.test(t)) return { type: 'string', enum: t.slice(1, -1).split(/\s*\|\s*/) };
  const named: Record<string, Schema> = {
    '<storage ID>': { format: 'pve-storage-id' },
    '<GatewayIPv4>': { format: 'ipv4' },
    '<GatewayIPv6>': { format: 'ipv6' },
    '<IPv4Format/CIDR>': { format: 'pve-ipv4-config' },
    '<IPv6Format/CIDR>': { format: 'pve-ipv6-config' },
    '<[acdn]{1,4}>': { pattern: '[acdn]{1,4}' },
    '<device[;device...]>': {
      pattern:
        '(?:(?:ide|sata|scsi|virtio|net|hostpci|usb|efidisk|tpmstate)\\d+)(?:;(?:(?:ide|sata|scsi|virtio|net|hostpci|usb|efidisk|tpmstate)\\d+))*',
    },
  };
  return { type: t === '<array>' ? 'array' : 'string', ...named[t] };
}

function matchesFormat(rule: FormatRule, v: string): boolean {
  if (rule.regex) {
    const m = new RegExp(rule.regex, rule.regex_flags ?? '').exec(v);
    if (!m) return false;
    if (rule.prefix_min !== undefined && Number(m[m.length - 1]) < rule.prefix_min) return false;
    if (rule.prefix_max !== undefined && Number(m[m.length - 1]) > rule.prefix_max) return false;
  }
  if (rule.reject_regexes?.some((r) => new RegExp(r).test(v))) return false;
  if (rule.minLength !== undefined && v.length < rule.minLength) return false;
  if (rule.maxLength !== undefined && v.length > rule.maxLength) return false;
  if (rule.minimum !== undefined && Number(v) < rule.minimum) return false;
  if (rule.maximum !== undefined && Number(v) > rule.maximum) return false;
  return true;
}

/** Named formats checked in code (string-formats.json has their rules but no single regex). */
const CODE_FORMATS: Record<string, (v: string, f: (name: string, v: string) => boolean) => boolean> = {
  ip: (v, f) => f('ipv4', v) || f('ipv6', v),
  CIDR: (v, f) => f('CIDRv4', v) || f('CIDRv6', v),
  address: (v, f) => f('ip', v) || f('dns-name', v),
  'pve-ipv4-config': (v, f) => v === 'dhcp' || v === 'manual' || f('CIDRv4', v),
  'pve-ipv6-config': (v, f) => ['auto', 'dhcp', 'manual'].includes(v) || f('CIDRv6', v),
  'lxc-ip-with-ll-iface': (v, f) =>
    f('ip', v) || (/^fe80:[^%]*%[\w.-]+$/i.test(v) && f('ipv6', v.split('%')[0]!)),
  'pve-volume-id-or-absolute-path': (v, f) => v.startsWith('/') || f('pve-volume-id', v),
  'pve-volume-id-or-qm-path': (v, f) =>
    ['none', 'cdrom'].includes(v) || v.startsWith('/') || f('pve-volume-id', v),
  'pve-storage-content': (v) =>
    ['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import', 'none'].includes(v),
  'pve-ct-timezone': (v) => v === 'host' || /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(v),
  'pve-cpuset': (v) => /^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(v),
  // From pve-access-control (verify_username / verify_groupname / verify_rolename / token ids).
  'pve-userid': (v) => v.length <= 64 && /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(v),
  'pve-groupid': (v) => /^[A-Za-z0-9.\-_]+$/.test(v),
  'pve-roleid': (v) => /^[A-Za-z0-9.\-_]+$/.test(v),
  'pve-tokenid': (v) => /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/.test(v),
  'pve-realm': (v) => /^[A-Za-z][A-Za-z0-9.\-_]+$/.test(v),
  'pve-storage-path': (v) => v.startsWith('/'),
  'pve-storage-server': (v, f) => f('address', v),
  email: (v) => /^[^\s@]+@[^\s@]+$/.test(v),
};

/** True/false for known formats, undefined when the format is not checked here. */
function checkFormat(name: string, v: string): boolean | undefined {
  const f = (n: string, x: string): boolean => checkFormat(n, x) ?? true;
  if (CODE_FORMATS[name]) return CODE_FORMATS[name](v, f);
  const rule = formats()[name];
  if (rule && (rule.regex || rule.reject_regexes)) return matchesFormat(rule, v);
  if (name.endsWith('-opt')) return v === '' || f(name.slice(0, -4), v);
  if (name.endsWith('-list')) {
    const items = v.includes('\0') ? v.split('\0') : v.replace(/[,;]/g, ' ').split(/\s+/).filter(Boolean);
    const base = name.slice(0, -5);
    if (checkFormat(base, items[0] ?? 'x') === undefined) return undefined;
    return items.every((i) => f(base, i));
  }
  return undefined;
}

interface Ctx {
  version: PveApiVersion;
  conf: 'pct.conf' | 'qm.conf';
  /** Config key the value belongs to (`net[n]`), for hash formats described in config-opts. */
  key?: string;
}

function checkValue(s: Schema, v: string, where: string, ctx: Ctx): string[] {
  const type = s.type ?? 'string';
  if (type === 'boolean') return BOOL.test(v) ? [] : [`${where}: '${v}' is not a boolean`];
  if (type === 'integer' || type === 'number') {
    const re = type === 'integer' ? /^[+-]?\d+$/ : /^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$/;
    if (!re.test(v)) return [`${where}: '${v}' is not an ${type}`];
    const n = Number(v);
    if (s.minimum !== undefined && n < s.minimum) return [`${where}: ${v} is less than ${s.minimum}`];
    if (s.maximum !== undefined && n > s.maximum) return [`${where}: ${v} is greater than ${s.maximum}`];
    return [];
  }
  const out: string[] = [];
  if (s.enum && !s.enum.includes(v)) out.push(`${where}: '${v}' is not one of ${s.enum.join(', ')}`);
  if (s.minLength !== undefined && v.length < s.minLength) out.push(`${where}: shorter than ${s.minLength}`);
  if (s.maxLength !== undefined && v.length > s.maxLength) out.push(`${where}: longer than ${s.maxLength}`);
  if (s.pattern) {
    const re = perlRegex(s.pattern);
    if (re && !re.test(v)) out.push(`${where}: '${v}' does not match /${s.pattern}/`);
  }
  if (typeof s.format === 'object') out.push(...checkPropertyString(s.format, v, where, ctx));
  else if (typeof s.format === 'string') {
    const hash = ctx.key ? confOpts(ctx.version)[ctx.conf]?.[ctx.key] : undefined;
    if (hash?.subkeys && checkFormat(s.format, v) === undefined) {
      const sub: Record<string, Schema> = {};
      for (const [k, d] of Object.entries(hash.subkeys))
        sub[k] = {
          ...fromTypetext(d.typetext),
          optional: 1,
          ...(hash.default_key === k ? { default_key: 1 } : {}),
        };
      out.push(...checkPropertyString(sub, v, where, ctx));
    } else if (checkFormat(s.format, v) === false) out.push(`${where}: '${v}' is not a valid ${s.format}`);
  }
  return out;
}

/** parse_property_string + schema check, as Proxmox does it. */
function checkPropertyString(fmt: Record<string, Schema>, v: string, where: string, ctx: Ctx): string[] {
  const out: string[] = [];
  const got = new Map<string, string>();
  const defaultKey = Object.keys(fmt).find((k) => fmt[k]!.default_key);
  const set = (k: string, val: string): void => {
    if (got.has(k)) out.push(`${where}: duplicate key in comma-separated list property: ${k}`);
    got.set(k, val);
  };
  for (const part of v.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? defaultKey : part.slice(0, eq);
    const val = eq < 0 ? part : part.slice(eq + 1);
    if (key === undefined) {
      out.push(`${where}: value without key: '${part}'`);
      continue;
    }
    const sub = fmt[key];
    if (!sub) {
      out.push(`${where}: invalid key in comma-separated list property: ${key}`);
      continue;
    }
    if (sub.alias) {
      if (sub.keyAlias) set(sub.keyAlias, key);
      set(sub.alias, val);
    } else set(key, val);
  }
  for (const [k, val] of got)
    out.push(...checkValue(fmt[k]!, val, `${where} ${k}=`, { ...ctx, key: undefined }));
  for (const [k, sub] of Object.entries(fmt))
    if (!sub.optional && !sub.alias && !got.has(k)) out.push(`${where}: missing property '${k}'`);
  return out;
}

// ---- command specs ----

interface Spec {
  label: string;
  positionals: Array<{ name: string; schema: Schema; optional: boolean }>;
  extraArgs: boolean;
  options: Record<string, Schema>;
  required: string[];
  /** CLI-side parameters whose value is a host file path (`qm set --sshkeys`). */
  files: Set<string>;
  conf: 'pct.conf' | 'qm.conf';
}

const INDEX_MAX: Record<'pct.conf' | 'qm.conf', Record<string, number>> = {
  'pct.conf': { net: 31, mp: 255, dev: 255, unused: 255 },
  'qm.conf': {
    net: 31,
    ipconfig: 31,
    scsi: 30,
    virtio: 15,
    sata: 5,
    ide: 3,
    hostpci: 15,
    usb: 13,
    serial: 3,
    parallel: 2,
    numa: 7,
    unused: 255,
    virtiofs: 9,
  },
};

function endpointParams(v: PveApiVersion, path: string, method: string): Record<string, Schema> | undefined {
  const info = endpoints(v).get(path)?.info?.[method];
  return info ? (info.parameters?.properties ?? {}) : undefined;
}

/** PVE CLIs (pvesm, pveum, pveam) whose commands map to API endpoints; from their $cmddef. */
const MAPPED: Record<
  string,
  {
    method: string;
    path: string;
    args: string[];
    fixed?: string[];
    fmt?: boolean;
    cli?: Record<string, Schema>;
  }
> = {
  'pvesm add': { method: 'POST', path: '/storage', args: ['type', 'storage'] },
  vzdump: { method: 'POST', path: '/nodes/{node}/vzdump', args: ['vmid'], fixed: ['node'] },
  'pvesm set': { method: 'PUT', path: '/storage/{storage}', args: ['storage'] },
  'pvesm remove': { method: 'DELETE', path: '/storage/{storage}', args: ['storage'] },
  'pvesm status': { method: 'GET', path: '/nodes/{node}/storage', args: [], fixed: ['node'] },
  'pvesm list': {
    method: 'GET',
    path: '/nodes/{node}/storage/{storage}/content',
    args: ['storage'],
    fixed: ['node'],
  },
  'pveum user add': { method: 'POST', path: '/access/users', args: ['userid'] },
  'pveum user modify': { method: 'PUT', path: '/access/users/{userid}', args: ['userid'] },
  'pveum user list': { method: 'GET', path: '/access/users', args: [], fmt: true },
  'pveum user token add': {
    method: 'POST',
    path: '/access/users/{userid}/token/{tokenid}',
    args: ['userid', 'tokenid'],
    fmt: true,
  },
  'pveum user token list': {
    method: 'GET',
    path: '/access/users/{userid}/token',
    args: ['userid'],
    fmt: true,
  },
  'pveum group add': { method: 'POST', path: '/access/groups', args: ['groupid'] },
  'pveum group list': { method: 'GET', path: '/access/groups', args: [], fmt: true },
  'pveum role add': { method: 'POST', path: '/access/roles', args: ['roleid'] },
  'pveum acl modify': { method: 'PUT', path: '/access/acl', args: ['path'], fixed: ['delete'] },
  'pveum acl delete': { method: 'PUT', path: '/access/acl', args: ['path'], fixed: ['delete'] },
  'pveum acl list': { method: 'GET', path: '/access/acl', args: [], fmt: true },
  'pveam download': {
    method: 'POST',
    path: '/nodes/{node}/aplinfo',
    args: ['storage', 'template'],
    fixed: ['node'],
  },
  // pveam's own methods (PVE/CLI/pveam.pm), not API endpoints:
  'pveam update': { method: '', path: '', args: [] },
  'pveam available': {
    method: '',
    path: '',
    args: [],
    cli: { section: { type: 'string', enum: ['system', 'mail', 'turnkeylinux'], optional: 1 } },
  },
  'pveam list': {
    method: '',
    path: '',
    args: ['storage'],
    cli: { storage: { type: 'string', format: 'pve-storage-id' } },
  },
};

function formatOptions(v: PveApiVersion): Record<string, Schema> {
  const fo = cli(v)['pvesh_format_options'] as unknown as Record<string, { typetext: string }>;
  return Object.fromEntries(
    Object.entries(fo).map(([k, d]) => [k, { ...fromTypetext(d.typetext), optional: 1 }]),
  );
}

function fromParams(
  label: string,
  params: Record<string, Schema>,
  args: string[],
  skip: string[],
  conf: Spec['conf'],
): Spec {
  const options: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [k, s] of Object.entries(params)) {
    if (args.includes(k) || skip.includes(k)) continue;
    options[k] = s;
    if (!s.optional) required.push(k);
  }
  const positionals = args.map((a) => ({
    name: a,
    schema: params[a] ?? { type: 'string' },
    optional: false,
  }));
  return { label, positionals, extraArgs: false, options, required, files: new Set(), conf };
}

function resolveSpec(
  argv: readonly string[],
  v: PveApiVersion,
): { spec: Spec; rest: readonly string[] } | string {
  const prog = argv[0]!;
  if (prog === 'pct' || prog === 'qm') {
    const table = cli(v)[prog]!;
    const two = `${argv[1]} ${argv[2]}`;
    let sub = table[two] ? two : argv[1];
    if (sub === undefined || !table[sub]) return `${prog}: unknown subcommand '${argv[1] ?? ''}'`;
    const rest = argv.slice(1 + sub.split(' ').length);
    if (table[sub]!.alias_of) sub = table[sub]!.alias_of!;
    const e = table[sub]!;
    const conf = prog === 'pct' ? 'pct.conf' : 'qm.conf';
    const params = e.api ? endpointParams(v, e.api.path, e.api.method) : undefined;
    if (e.api && !params)
      return `${prog} ${sub}: endpoint ${e.api.method} ${e.api.path} missing from the ${v} schema`;
    const spec: Spec = {
      label: `${prog} ${sub}`,
      positionals: [],
      extraArgs: false,
      options: {},
      required: [],
      files: new Set(),
      conf,
    };
    for (const a of e.args ?? []) {
      if (a.typetext === '<array>') spec.extraArgs = true;
      else
        spec.positionals.push({
          name: a.name,
          schema: params?.[a.name] ?? fromTypetext(a.typetext),
          optional: a.optional,
        });
    }
    for (const [name, o] of Object.entries(e.options ?? {})) {
      if (o.typetext === '<filepath>') spec.files.add(name);
      const base = params?.[name] ?? { ...fromTypetext(o.typetext), optional: 1 };
      spec.options[name] = o.typetext === '<filepath>' ? { type: 'string', optional: base.optional } : base;
    }
    if (params)
      for (const [k, s] of Object.entries(params))
        if (!s.optional && spec.options[k] && k !== 'node' && !(e.api?.fixed_params ?? {})[k])
          spec.required.push(k);
    return { spec, rest };
  }
  if (prog === 'pvesh') {
    const method = { get: 'GET', set: 'PUT', create: 'POST', delete: 'DELETE' }[argv[1] ?? ''];
    if (!method) return `pvesh: unknown subcommand '${argv[1] ?? ''}'`;
    const path = argv[2];
    if (!path) return 'pvesh: missing API path';
    const m = matchPath(v, path.replace(/\/+$/, ''));
    const params = m ? endpointParams(v, m.node.path, method) : undefined;
    if (!m || !params) return `pvesh ${argv[1]}: no ${method} endpoint for '${path}' in the ${v} schema`;
    const spec = fromParams(
      `pvesh ${argv[1]} ${m.node.path}`,
      params,
      [],
      Object.keys(m.params),
      m.node.path.includes('/lxc') ? 'pct.conf' : 'qm.conf',
    );
    Object.assign(spec.options, formatOptions(v), { noproxy: { type: 'boolean', optional: 1 } });
    const problems = Object.entries(m.params).flatMap(([k, val]) =>
      params[k]
        ? checkValue(params[k], val, `pvesh ${argv[1]} ${path}: path {${k}}`, { version: v, conf: spec.conf })
        : [],
    );
    return problems.length > 0 ? problems.join('; ') : { spec, rest: argv.slice(3) };
  }
  const key = [3, 2, 1, 0].map((n) => argv.slice(0, n + 1).join(' ')).find((k) => MAPPED[k]);
  const mapped = key ? MAPPED[key] : undefined;
  if (!key || !mapped) return `${argv.slice(0, 3).join(' ')}: not a known ${prog} command`;
  const rest = argv.slice(key.split(' ').length);
  if (!mapped.path) {
    const spec = fromParams(key, mapped.cli ?? {}, mapped.args, [], 'qm.conf');
    return { spec, rest };
  }
  const params = endpointParams(v, mapped.path, mapped.method);
  if (!params) return `${key}: endpoint ${mapped.method} ${mapped.path} missing from the ${v} schema`;
  const spec = fromParams(key, params, mapped.args, mapped.fixed ?? [], 'qm.conf');
  if (mapped.fmt) Object.assign(spec.options, formatOptions(v));
  return { spec, rest };
}

function optionSchema(spec: Spec, name: string): { schema?: Schema; key: string; problem?: string } {
  if (spec.options[name]) return { schema: spec.options[name], key: name };
  // Positional parameters are getopt options too (pve-common `PVE::JSONSchema::get_options`).
  const positional = spec.positionals.find((p) => p.name === name);
  if (positional) return { schema: positional.schema, key: name };
  const m = /^([a-z]+)(\d+)$/.exec(name);
  if (m && spec.options[`${m[1]}[n]`]) {
    const max = INDEX_MAX[spec.conf][m[1]!];
    if (max !== undefined && Number(m[2]) > max)
      return { key: `${m[1]}[n]`, problem: `index of --${name} is above ${max}` };
    return { schema: spec.options[`${m[1]}[n]`], key: `${m[1]}[n]` };
  }
  return { key: name };
}

/** Problems Proxmox VE (`version`) would report for this argv; empty when it would accept it. */
export function checkArgvAgainstApi(argv: readonly string[], version: PveApiVersion): string[] {
  const prog = argv[0];
  if (prog === 'flock')
    return argv.length > 4 ? checkArgvAgainstApi(argv.slice(4), version) : ['flock: no command'];
  // A node hop (commands/hop.ts): the command it carries is checked.
  if (prog === 'ssh') {
    const hop = hopInner(argv);
    return hop ? checkArgvAgainstApi(hop.argv, version) : ['ssh: not a node hop built by onNode'];
  }
  if (prog === 'timeout')
    return checkArgvAgainstApi(
      argv.slice(argv.findIndex((a, i) => i > 0 && !a.startsWith('-')) + 1),
      version,
    );
  if (['zfs', 'zpool', 'grep', 'cat', 'tee', 'find'].includes(prog ?? '')) return [];
  // setup-hypervisor's Debian tools (apt-get, systemctl, lsblk...) have no Proxmox API schema.
  if (HOST_SETUP_PROGRAMS.some((p) => p.name === prog)) return [];
  if (!['pct', 'qm', 'pvesh', 'pvesm', 'pveum', 'pveam', 'vzdump'].includes(prog ?? ''))
    return [`unknown host program '${prog}'`];
  const resolved = resolveSpec(argv, version);
  if (typeof resolved === 'string') return [resolved];
  const { spec, rest } = resolved;
  const out: string[] = [];
  const ctx = (key?: string): Ctx => ({ version, conf: spec.conf, key });
  const positionals: string[] = [];
  const seen = new Set<string>();
  let extra: string[] | undefined;
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i]!;
    if (t === '--') {
      extra = rest.slice(i + 1);
      if (!spec.extraArgs) out.push(`${spec.label}: takes no command after '--'`);
      break;
    }
    const opt = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(t);
    if (!opt) {
      positionals.push(t);
      continue;
    }
    const name = opt[1]!;
    const { schema, key, problem } = optionSchema(spec, name);
    if (problem) out.push(`${spec.label}: ${problem}`);
    if (!schema) {
      if (!problem) out.push(`${spec.label}: unknown option --${name}`);
      if (opt[2] === undefined && i + 1 < rest.length && !rest[i + 1]!.startsWith('-')) i++;
      continue;
    }
    let value = opt[2];
    if (value === undefined) {
      // Getopt::Long with an optional value (`:s`, PVE's booleans): the next word is taken as the value
      // unless it looks like an option.
      if (schema.type === 'boolean')
        value = i + 1 < rest.length && !rest[i + 1]!.startsWith('-') ? rest[++i]! : '1';
      else if (i + 1 < rest.length) value = rest[++i]!;
      else {
        out.push(`${spec.label}: option --${name} needs a value`);
        continue;
      }
    }
    if (seen.has(name) && !(typeof schema.format === 'string' && schema.format.endsWith('-list')))
      out.push(`${spec.label}: duplicate option --${name}`);
    seen.add(name);
    if (spec.files.has(name)) {
      if (!value.startsWith('/'))
        out.push(`${spec.label}: --${name} takes a file path on the host, got '${value}'`);
      continue;
    }
    out.push(...checkValue(schema, value, `${spec.label} --${name}`, ctx(key)));
    if (name === 'delete' && (spec.label.endsWith(' set') || spec.label.includes('/config')))
      for (const k of value.split(/[,;\s]+/).filter(Boolean))
        if (!optionSchema(spec, k).schema) out.push(`${spec.label} --delete: unknown option '${k}'`);
  }
  const minPos = spec.positionals.filter((p) => !p.optional).length;
  if (positionals.length < minPos)
    out.push(
      `${spec.label}: expects ${minPos} positional argument(s) (${spec.positionals.map((p) => p.name).join(' ')}), got ${positionals.length}`,
    );
  if (positionals.length > spec.positionals.length && !(spec.extraArgs && extra === undefined))
    out.push(`${spec.label}: too many arguments (${positionals.slice(spec.positionals.length).join(' ')})`);
  positionals.slice(0, spec.positionals.length).forEach((val, i) => {
    const p = spec.positionals[i]!;
    out.push(...checkValue(p.schema, val, `${spec.label} <${p.name}>`, ctx(p.name)));
  });
  if (spec.extraArgs && (extra ?? positionals.slice(spec.positionals.length)).length === 0)
    out.push(`${spec.label}: no command given`);
  for (const r of spec.required) if (!seen.has(r)) out.push(`${spec.label}: missing required option --${r}`);
  return out;
}
