/**
 * The datacenter firewall: /etc/pve/firewall/cluster.fw with the config's options (`enable`,
 * `policy_in`, `policy_out`) and rules, other sections (aliases, IP sets, security groups) and
 * options kept. After writing, `pve-firewall compile` must accept the file without complaints;
 * otherwise the previous file is put back and the step fails with the compiler's message.
 */
import { mkdirP, pveFirewallCompile } from '../../proxmox/commands.js';
import type { FirewallRule } from '../../model/types.js';
import type { FirewallDef } from '../../model/host-config/types.js';
import type { Finding, SetupStep } from '../types.js';
import { fileChange, type FileWrite } from './common.js';

export const CLUSTER_FW = '/etc/pve/firewall/cluster.fw';

interface Section {
  readonly header: string;
  readonly lines: string[];
}

export function parseSections(text: string): Section[] {
  const out: Section[] = [];
  let cur: Section | undefined;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (/^\[[^\]]+\]$/.test(t)) {
      cur = { header: t, lines: [] };
      out.push(cur);
    } else if (cur && t !== '') cur.lines.push(line);
  }
  return out;
}

export function renderRule(r: FirewallRule): string {
  if (r.type === 'group') return `GROUP ${r.action}${r.comment ? ` # ${r.comment}` : ''}`;
  const parts = [r.type.toUpperCase(), r.action];
  if (r.source) parts.push('-source', r.source);
  if (r.dest) parts.push('-dest', r.dest);
  if (r.proto) parts.push('-p', r.proto);
  if (r.port) parts.push('-dport', r.port);
  return parts.join(' ') + (r.comment ? ` # ${r.comment}` : '');
}

/** cluster.fw as the config wants it, keeping what the config does not manage. */
export function renderClusterFw(current: string | undefined, fw: FirewallDef): string {
  const sections = parseSections(current ?? '');
  const options = new Map<string, string>();
  for (const l of sections.find((s) => s.header === '[OPTIONS]')?.lines ?? []) {
    const m = /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/.exec(l);
    if (m) options.set(m[1]!, m[2]!);
  }
  options.set('enable', fw.enabled ? '1' : '0');
  options.set('policy_in', fw.policyIn);
  options.set('policy_out', fw.policyOut);
  const rendered: Section[] = [
    { header: '[OPTIONS]', lines: [...options].map(([k, v]) => `${k}: ${v}`) },
    ...sections.filter(
      (s) => s.header !== '[OPTIONS]' && s.header !== '[RULES]' && !s.header.startsWith('[group '),
    ),
    { header: '[RULES]', lines: fw.rules.map(renderRule) },
    ...sections.filter((s) => s.header.startsWith('[group ')),
  ];
  return rendered
    .filter((s) => s.lines.length > 0 || s.header === '[OPTIONS]')
    .map((s) => `${s.header}\n\n${s.lines.join('\n')}${s.lines.length ? '\n' : ''}`)
    .join('\n');
}

/** Lines of `pve-firewall compile` stderr that report a problem with the configuration. */
export function compileProblems(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && /error|unable to|failed|invalid|unknown/i.test(l));
}

export const firewallStep: SetupStep<FileWrite> = {
  id: 'firewall',
  title: 'Firewall',
  dependsOn: [],
  scope: 'cluster',
  async check(host, cfg) {
    const fw = cfg.firewall;
    if (!fw) return [];
    const [current] = (await host.readFiles([CLUSTER_FW])).values();
    const changes: Finding<FileWrite>[] = fileChange(
      CLUSTER_FW,
      current,
      renderClusterFw(current, fw),
      `${fw.enabled ? 'enable' : 'disable'} the firewall (in ${fw.policyIn}, out ${fw.policyOut}, ${fw.rules.length} rule(s))`,
    );
    const reachesUi = fw.rules.some(
      (r) => r.type === 'in' && r.action === 'ACCEPT' && (!r.port || /(^|,)8006(,|$)/.test(r.port)),
    );
    if (fw.enabled && fw.policyIn !== 'ACCEPT' && !reachesUi)
      changes.push({
        kind: 'run',
        target: 'management access',
        summary: `no rule accepts port 8006: only the built-in "management" IP set (the local network) reaches the web UI, API and SSH`,
        info: true,
      });
    return changes;
  },
  async apply(host, _cfg, changes) {
    const file = changes[0]?.data;
    if (!file) return;
    await host.ok(mkdirP('/etc/pve/firewall'));
    await host.writeFile(CLUSTER_FW, file.content);
    const r = await host.run(pveFirewallCompile());
    const problems = compileProblems(r.stderr);
    if (r.exitCode !== 0 || problems.length > 0) {
      // Put back what was there, so a bad rule never stays active.
      await host.writeFile(CLUSTER_FW, file.before ?? '[OPTIONS]\n\nenable: 0\n');
      const detail = (problems.join('; ') || r.stderr.trim() || `exit ${r.exitCode}`).replace(/\n/g, '; ');
      throw new Error(
        `pve-firewall compile rejected the new rules (the previous cluster.fw is back in place): ${detail}`,
      );
    }
  },
};
