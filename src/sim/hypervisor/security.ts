/**
 * `pve-firewall compile` and `apparmor_parser` on the simulated host. The firewall compiler parses
 * /etc/pve/firewall/cluster.fw like pve-firewall does: a bad option or rule is reported on stderr as
 * `cluster.fw (line N) - errors in rule parameters: ...` and left out, the exit code stays 0. The
 * AppArmor parser checks a profile's structure (a named profile, balanced braces, rules ending in a
 * comma) and loads it unless `--skip-kernel-load`.
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import { readHostFile } from '../host-files.js';
import { exit, hostSetup } from './state.js';

const FW = '/etc/pve/firewall/cluster.fw';
const OPTIONS = new Set(['enable', 'policy_in', 'policy_out', 'policy_forward', 'log_ratelimit', 'ebtables']);
const PROTOS = new Set([
  'tcp',
  'udp',
  'udplite',
  'dccp',
  'sctp',
  'icmp',
  'icmpv6',
  'ipv6-icmp',
  'esp',
  'ah',
  'gre',
  'ipip',
  'vrrp',
  'ospf',
]);
const PORT_PROTOS = new Set(['tcp', 'udp', 'udplite', 'dccp', 'sctp']);
const SERVICES = new Set([
  'ssh',
  'http',
  'https',
  'domain',
  'smtp',
  'ntp',
  'nfs',
  'microsoft-ds',
  'netbios-ssn',
]);
const ADDR =
  /^!?(\+[A-Za-z][A-Za-z0-9_-]*|[A-Za-z][A-Za-z0-9_-]*|[0-9.]+(\/\d{1,2})?(-[0-9.]+)?|[0-9a-fA-F:]+(\/\d{1,3})?)$/;

function portOk(v: string): boolean {
  return v
    .split(',')
    .every((part) =>
      part
        .split(':')
        .every((p) => (/^\d+$/.test(p) && Number(p) >= 1 && Number(p) <= 65535) || SERVICES.has(p)),
    );
}

/** Problems with one rule line (empty when the rule is valid). */
export function ruleProblems(line: string, groups: ReadonlySet<string>): string[] {
  const body = line.replace(/\s#.*$/, '').trim();
  const w = body.split(/\s+/);
  const dir = w[0]?.toUpperCase();
  if (dir === 'GROUP')
    return groups.has(w[1] ?? '') ? [] : [`action: no such security group '${w[1] ?? ''}'`];
  if (dir !== 'IN' && dir !== 'OUT') return [`unable to parse rule: ${body}`];
  const out: string[] = [];
  if (!/^(ACCEPT|DROP|REJECT|[A-Za-z0-9]+\((ACCEPT|DROP|REJECT)\))$/.test(w[1] ?? ''))
    out.push(`action: value '${w[1] ?? ''}' does not have a value in the enumeration 'ACCEPT, DROP, REJECT'`);
  const opts = new Map<string, string>();
  for (let i = 2; i < w.length; i += 2) {
    const k = w[i]!;
    if (!k.startsWith('-') || w[i + 1] === undefined) {
      out.push(`unable to parse rule parameters: ${w.slice(i).join(' ')}`);
      break;
    }
    opts.set(k.slice(1), w[i + 1]!);
  }
  for (const k of opts.keys())
    if (!['source', 'dest', 'p', 'dport', 'sport', 'i', 'log', 'icmp-type'].includes(k))
      out.push(`${k}: property is not defined in schema and the schema does not allow additional properties`);
  const proto = opts.get('p');
  if (proto !== undefined && !PROTOS.has(proto) && !/^\d{1,3}$/.test(proto))
    out.push(`proto: unknown protocol '${proto}'`);
  for (const k of ['source', 'dest']) {
    const v = opts.get(k);
    if (v !== undefined && !v.split(',').every((x) => ADDR.test(x))) out.push(`${k}: invalid address '${v}'`);
  }
  for (const k of ['dport', 'sport']) {
    const v = opts.get(k);
    if (v === undefined) continue;
    if (proto === undefined) out.push(`${k}: missing property - 'proto' is required with '${k}'`);
    else if (!PORT_PROTOS.has(proto)) out.push(`${k}: protocol '${proto}' does not support ports`);
    else if (!portOk(v)) out.push(`${k}: invalid port '${v}'`);
  }
  return out;
}

function compile(ctx: SimCtx): void {
  if (ctx.rt.args[0] !== 'compile') exit(255, `unknown command 'pve-firewall ${ctx.rt.args[0] ?? ''}'`);
  const data = readHostFile(ctx, FW);
  const text = data instanceof Buffer ? data.toString('utf8') : '';
  const lines = text.split('\n');
  const groups = new Set(
    lines.map((l) => /^\[group\s+([^\]]+)\]$/i.exec(l.trim())?.[1]).filter((g): g is string => !!g),
  );
  let section = '';
  const rules: string[] = [];
  const options: Record<string, string> = {};
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const sec = /^\[([^\]]+)\]$/.exec(line);
    if (sec) {
      section = sec[1]!.toUpperCase();
      return;
    }
    const at = `${FW} (line ${i + 1})`;
    if (section === 'OPTIONS') {
      const m = /^([a-z_]+)\s*:\s*(\S+)$/.exec(line);
      if (!m || !OPTIONS.has(m[1]!)) ctx.err(`${at} - unable to parse option: ${line}\n`);
      else if (/^policy_/.test(m[1]!) && !/^(ACCEPT|DROP|REJECT)$/.test(m[2]!))
        ctx.err(`${at} - unable to parse option: ${line}\n`);
      else options[m[1]!] = m[2]!;
    } else if (section === 'RULES') {
      const problems = ruleProblems(line, groups);
      if (problems.length > 0) ctx.err(`${at} - errors in rule parameters: ${problems.join('; ')}\n`);
      else rules.push(line.replace(/\s#.*$/, ''));
    }
  });
  ctx.out(
    `status: ${options.enable === '1' ? 'enabled' : 'disabled'}\n*filter\n:PVEFW-HOST-IN - [0:0]\n:PVEFW-HOST-OUT - [0:0]\n`,
  );
  for (const r of rules) ctx.out(`-A PVEFW-HOST-${r.startsWith('OUT') ? 'OUT' : 'IN'} ${r}\n`);
  ctx.out(`-A PVEFW-HOST-IN -j PVEFW-reject # policy ${options.policy_in ?? 'DROP'}\nCOMMIT\n`);
}

/** Problems of an AppArmor profile text (parser messages). */
export function profileProblems(text: string, source: string): { name?: string; problems: string[] } {
  const name = /(?:^|\n)\s*profile\s+([^\s{]+)/.exec(text)?.[1];
  const problems: string[] = [];
  if (!name) problems.push(`AppArmor parser error for ${source} at line 1: syntax error, no profile found`);
  let depth = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#(?!include\b).*$/, '').trim();
    if (line === '' || /^#include\b|^include\b|^abi\b/.test(line)) return;
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth < 0)
      problems.push(
        `AppArmor parser error for ${source} in profile ${name ?? '?'} at line ${i + 1}: syntax error, unexpected TOK_CLOSE`,
      );
    if (depth > 0 && !/[,{}]$/.test(line) && !/^profile\b/.test(line))
      problems.push(
        `AppArmor parser error for ${source} in profile ${name ?? '?'} at line ${i + 1}: syntax error, unexpected TOK_END_OF_RULE, expecting ','`,
      );
  });
  if (depth > 0)
    problems.push(
      `AppArmor parser error for ${source} in profile ${name ?? '?'}: syntax error, unexpected $end, expecting TOK_CLOSE`,
    );
  return { name, problems };
}

function apparmorParser(ctx: SimCtx): void {
  const a = ctx.rt.args;
  const skipLoad = a.includes('--skip-kernel-load') || a.includes('-Q');
  const file = a.filter((x) => !x.startsWith('-'))[0];
  let text: string;
  if (file === undefined) text = ctx.rt.stdin.toString('utf8');
  else {
    const data = readHostFile(ctx, file);
    if (!(data instanceof Buffer)) exit(1, `File ${file} not found, skipping...`);
    text = data.toString('utf8');
  }
  const { name, problems } = profileProblems(text, file ?? '/dev/stdin');
  if (problems.length > 0) exit(1, problems.slice(0, 3).join('\n'));
  if (skipLoad || !name) return;
  const hs = hostSetup(ctx);
  if (!hs.apparmorLoaded.includes(name)) hs.apparmorLoaded.push(name);
}

export function registerSecurityPrograms(): void {
  registerSimProgram('pve-firewall', {
    op: (a) => `pve-firewall ${a[0] ?? ''}`.trim(),
    readOnly: (a) => a[0] === 'compile' || a[0] === 'status',
    run: compile,
  });
  registerSimProgram('apparmor_parser', {
    op: () => 'apparmor_parser',
    readOnly: (a) => a.includes('--skip-kernel-load') || a.includes('-Q'),
    run: apparmorParser,
  });
}
