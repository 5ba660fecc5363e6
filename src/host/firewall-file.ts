/**
 * The guest firewall file `/etc/pve/firewall/<vmid>.fw` in Proxmox's format: an `[OPTIONS]` section
 * with `enable`, then `[RULES]`, one rule per line (`IN ACCEPT -source 10.0.0.0/24 -p tcp -dport 22
 * # comment`, `GROUP name`). Pure; the shell host port writes it with the `writeFile` builder.
 */
import type { FirewallRule } from '../model/types.js';

export function firewallPath(vmid: number): string {
  return `/etc/pve/firewall/${vmid}.fw`;
}

const SAFE = /^[A-Za-z0-9_.:/,+-]+$/;

function field(flag: string, value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  if (!SAFE.test(value)) throw new Error(`firewall rule: invalid ${flag} value '${value}'`);
  return [`-${flag}`, value];
}

export function renderRule(rule: FirewallRule): string {
  const comment = rule.comment ? ` # ${rule.comment.replace(/[\r\n]+/g, ' ')}` : '';
  if (rule.type === 'group') {
    if (!SAFE.test(rule.action)) throw new Error(`firewall rule: invalid group name '${rule.action}'`);
    return `GROUP ${rule.action}${comment}`;
  }
  const action = rule.action.toUpperCase();
  if (!/^[A-Z][A-Z0-9_-]*$/.test(action)) throw new Error(`firewall rule: invalid action '${rule.action}'`);
  const parts = [
    rule.type.toUpperCase(),
    action,
    ...field('source', rule.source),
    ...field('dest', rule.dest),
    ...field('p', rule.proto),
    ...(rule.port && rule.proto !== 'icmp' ? field('dport', rule.port) : []),
  ];
  return parts.join(' ') + comment;
}

export function renderFirewallFile(enabled: boolean, rules: readonly FirewallRule[]): string {
  const lines = ['[OPTIONS]', '', `enable: ${enabled ? 1 : 0}`, '', '[RULES]', ''];
  for (const r of rules) lines.push(renderRule(r));
  return lines.join('\n') + '\n';
}
