/**
 * `ifreload -a` (ifupdown2) on the simulated host: reads /etc/network/interfaces and the files it
 * sources, checks what ifupdown2 would refuse (bad addresses, bridge ports or VLAN devices that do
 * not exist) and replaces the node's bridges and VLAN interfaces with the ones defined, so
 * `pvesh get /nodes/NODE/network` shows them. On an error nothing changes.
 */
import type { SimCtx } from '../context.js';
import { registerSimProgram } from '../dispatch.js';
import type { SimIface } from '../model.js';
import { exit, fileText, filesIn } from './state.js';

interface Stanza {
  name: string;
  method: string;
  options: Map<string, string>;
  file: string;
  line: number;
}

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

function collect(ctx: SimCtx, file: string, out: Stanza[], depth = 0): void {
  const text = fileText(ctx, file);
  if (text === undefined) {
    if (depth === 0) exit(1, `error: ${file}: No such file or directory`);
    return;
  }
  let cur: Stanza | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const w = line.split(/\s+/);
    if (w[0] === 'source' || w[0] === 'source-directory') {
      cur = undefined;
      const pattern = w[1] ?? '';
      const files =
        pattern.endsWith('/*') || w[0] === 'source-directory'
          ? filesIn(ctx, pattern.replace(/\/\*$/, ''))
          : [pattern];
      for (const f of files) collect(ctx, f, out, depth + 1);
    } else if (w[0] === 'iface') {
      if (w.length < 4)
        exit(1, `error: ${file}:${i + 1}: iface ${w[1] ?? ''}: missing address family or method`);
      cur = { name: w[1]!, method: w[3]!, options: new Map(), file, line: i + 1 };
      out.push(cur);
    } else if (w[0] === 'auto' || w[0]!.startsWith('allow-')) cur = undefined;
    else if (!cur) exit(1, `error: ${file}:${i + 1}: option '${w[0]}' outside an iface stanza`);
    else cur.options.set(w[0]!.replace(/_/g, '-'), w.slice(1).join(' '));
  });
}

function ifreload(ctx: SimCtx): void {
  if (!ctx.rt.args.includes('-a') && !ctx.rt.args.includes('--all'))
    exit(1, 'error: no interfaces given (use -a)');
  const stanzas: Stanza[] = [];
  collect(ctx, '/etc/network/interfaces', stanzas);
  const merged = new Map<string, Stanza>();
  for (const s of stanzas) {
    const prev = merged.get(s.name);
    if (prev) for (const [k, v] of s.options) prev.options.set(k, v);
    else merged.set(s.name, { ...s, options: new Map(s.options) });
  }
  const physical = ctx.node.network.filter(
    (n) => n.type === 'eth' || n.type === 'bond' || n.type === 'loopback',
  );
  const known = new Set([...physical.map((n) => n.iface), ...merged.keys()]);
  const ifaces: SimIface[] = [...physical];
  for (const s of merged.values()) {
    const at = `${s.file}:${s.line}`;
    if (!['static', 'manual', 'dhcp', 'loopback', 'auto'].includes(s.method))
      exit(1, `error: ${at}: ${s.name}: unknown method '${s.method}'`);
    const address = s.options.get('address');
    let cidr: string | undefined;
    if (address) {
      const [ip, len] = address.split('/');
      const prefix = len ?? s.options.get('netmask');
      if (!IPV4.test(ip ?? '') || (prefix !== undefined && !/^(3[0-2]|[12]?[0-9])$/.test(prefix)))
        exit(1, `error: ${at}: ${s.name}: invalid address '${address}'`);
      cidr = prefix !== undefined ? `${ip}/${prefix}` : ip;
    } else if (s.method === 'static') exit(1, `error: ${at}: ${s.name}: static method needs an address`);
    const gateway = s.options.get('gateway');
    if (gateway && !IPV4.test(gateway)) exit(1, `error: ${at}: ${s.name}: invalid gateway '${gateway}'`);
    const ports = (s.options.get('bridge-ports') ?? '').split(/\s+/).filter((p) => p && p !== 'none');
    for (const p of ports)
      if (!known.has(p)) exit(1, `error: ${at}: ${s.name}: bridge port ${p} does not exist`);
    const existing = physical.find((n) => n.iface === s.name);
    if (existing) continue;
    const vlan = /^(.+)\.(\d+)$/.exec(s.name);
    if (vlan && !known.has(vlan[1]!))
      exit(1, `error: ${at}: ${s.name}: raw device ${vlan[1]} does not exist`);
    const isBridge = s.options.has('bridge-ports') || /^vmbr\d+$/.test(s.name);
    ifaces.push({
      iface: s.name,
      type: isBridge ? 'bridge' : vlan ? 'vlan' : 'eth',
      active: 1,
      autostart: 1,
      method: s.method,
      families: ['inet'],
      ...(cidr ? { cidr, address: cidr.split('/')[0], netmask: cidr.split('/')[1] } : {}),
      ...(gateway ? { gateway } : {}),
      ...(isBridge
        ? {
            bridge_ports: ports.join(' '),
            bridge_stp: s.options.get('bridge-stp') ?? 'off',
            bridge_fd: s.options.get('bridge-fd') ?? '0',
            ...(s.options.get('bridge-vlan-aware') === 'yes' ? { bridge_vlan_aware: 1 } : {}),
          }
        : {}),
      ...(vlan ? { 'vlan-raw-device': vlan[1], 'vlan-id': Number(vlan[2]) } : {}),
    });
  }
  ctx.node.network = ifaces;
}

export function registerNetworkPrograms(): void {
  registerSimProgram('ifreload', { op: () => 'ifreload', readOnly: () => false, run: ifreload });
}
