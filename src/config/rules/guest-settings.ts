/** Per-guest settings: GPU assignment, resource sanity, templates at boot, firewall rules. */
import type { ConfigFileKey, Guest } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import { guestFileKey, guestLabel, isObj, vmFieldSource, type Reporter } from './report.js';

type Obj = Record<string, unknown>;

/** PHX-GPU-FORMAT (warning: accepted and normalised) and PHX-GPU-INVALID (error). */
export function checkGpu(g: Guest, r: Reporter): void {
  const raw = g.raw.gpu_assignment;
  if (g.kind !== 'lxc' || raw === undefined || raw === null) return;
  const label = guestLabel(g);
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 0) {
      r.guest(
        g,
        ['gpu_assignment'],
        'error',
        'PHX-GPU-INVALID',
        `gpu_assignment ${raw} of ${label} is not a GPU index`,
      );
    }
    return;
  }
  if (typeof raw !== 'string') return;
  const s = raw.trim();
  if (/^none$/i.test(s) || /^\d+(,\d+)*$/.test(s)) {
    const ids = s.toLowerCase() === 'none' ? [] : s.split(',');
    const dup = ids.find((x, i) => ids.indexOf(x) !== i);
    if (dup !== undefined) {
      r.guest(
        g,
        ['gpu_assignment'],
        'warning',
        'PHX-GPU-FORMAT',
        `gpu_assignment '${raw}' of ${label} lists GPU ${dup} twice`,
      );
    }
    return;
  }
  if (s === '') {
    r.guest(
      g,
      ['gpu_assignment'],
      'warning',
      'PHX-GPU-FORMAT',
      `gpu_assignment of ${label} is empty; read as 'none'`,
    );
  } else if (/^\d+(\s*,\s*\d+)*$/.test(s)) {
    const normal = s
      .split(',')
      .map((x) => x.trim())
      .join(',');
    r.guest(
      g,
      ['gpu_assignment'],
      'warning',
      'PHX-GPU-FORMAT',
      `gpu_assignment '${raw}' of ${label} is read as '${normal}'; write it without spaces`,
    );
  } else {
    r.guest(
      g,
      ['gpu_assignment'],
      'error',
      'PHX-GPU-INVALID',
      `gpu_assignment '${raw}' of ${label} is neither 'none' nor a comma-separated list of GPU indexes such as '0,1'`,
    );
  }
}

/** PHX-MEMORY-LOW (warning): memory is in MB; a few MB usually means GB were meant. */
export function checkResources(g: Guest, vmDefaults: Obj, r: Reporter): void {
  const src =
    g.kind === 'qemu'
      ? vmFieldSource(g, vmDefaults, 'memory_mb')
      : g.raw.memory_mb !== undefined
        ? { path: [...g.origin.path, 'memory_mb'], fromDefaults: false }
        : undefined;
  if (!src || g.memoryMb >= 128) return;
  const message = `memory_mb ${g.memoryMb} is in megabytes, too little to boot a guest${g.memoryMb <= 64 ? ` (did you mean ${g.memoryMb * 1024}?)` : ''}`;
  if (src.fromDefaults)
    r.once('vm_defaults.memory_mb', 'vm', src.path, 'warning', 'PHX-MEMORY-LOW', `vm_defaults: ${message}`);
  else r.guest(g, ['memory_mb'], 'warning', 'PHX-MEMORY-LOW', `${guestLabel(g)}: ${message}`);
}

/** PHX-TEMPLATE-START (warning): a template cannot be started, so start_at_boot has no effect. */
export function checkTemplateStart(g: Guest, r: Reporter): void {
  if (g.isTemplate && g.startAtBoot) {
    r.guest(
      g,
      ['start_at_boot'],
      'warning',
      'PHX-TEMPLATE-START',
      `${guestLabel(g)} is a template ('is_template': true) and cannot start; 'start_at_boot' has no effect`,
    );
  }
}

const PORT_PROTOCOLS = new Set(['tcp', 'udp', 'udplite', 'sctp', 'dccp']);
const RULE_FIELDS = [
  'type',
  'action',
  'macro',
  'proto',
  'source',
  'dest',
  'sport',
  'dport',
  'port',
  'iface',
  'icmp-type',
  'enable',
];

/**
 * PHX-FIREWALL-PROTO (error): Proxmox accepts a port only together with a port-based protocol.
 * PHX-FIREWALL-DUPLICATE (warning): the same rule twice in one list (comments aside).
 */
export function checkFirewallRules(
  file: ConfigFileKey,
  base: JsonPath,
  rules: unknown,
  owner: string,
  r: Reporter,
): void {
  if (!Array.isArray(rules)) return;
  const seen = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (!isObj(rule)) return;
    const at: JsonPath = [...base, i];
    const port = ['port', 'dport', 'sport'].find((k) => rule[k] !== undefined && rule[k] !== '');
    const proto = typeof rule.proto === 'string' ? rule.proto.toLowerCase() : undefined;
    if (port && !rule.macro && !(proto && PORT_PROTOCOLS.has(proto))) {
      const why = proto ? `proto '${rule.proto}' has no ports` : "'proto' is missing";
      r.at(
        file,
        [...at, proto ? 'proto' : port],
        'error',
        'PHX-FIREWALL-PROTO',
        `firewall rule ${i} of ${owner} sets '${port}' but ${why}; ports need proto tcp, udp, udplite, sctp or dccp`,
      );
    }
    let key = '';
    for (const k of RULE_FIELDS) {
      const v = rule[k];
      key += (typeof v === 'string' ? v.toLowerCase() : v === undefined ? '' : String(v)) + '\u0000';
    }
    const prev = seen.get(key);
    if (prev !== undefined) {
      r.at(
        file,
        at,
        'warning',
        'PHX-FIREWALL-DUPLICATE',
        `firewall rule ${i} of ${owner} repeats rule ${prev} (${r.where(file, [...base, prev])})`,
      );
    } else seen.set(key, i);
  });
}

export function checkGuestFirewall(g: Guest, r: Reporter): void {
  const fw = g.raw.firewall;
  if (isObj(fw))
    checkFirewallRules(guestFileKey(g), [...g.origin.path, 'firewall', 'rules'], fw.rules, guestLabel(g), r);
}
