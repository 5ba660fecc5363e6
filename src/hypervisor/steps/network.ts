/**
 * Bridges, VLAN interfaces and /etc/hosts. Bridges and VLANs the installer did not create go into
 * /etc/network/interfaces.d/phoenix (ifupdown2 syntax, applied with `ifreload -a` like the
 * Proxmox GUI does). A bridge already defined in /etc/network/interfaces is only compared: Phoenix
 * never moves the management address (that would cut its own connection), so a difference there
 * is reported as blocked. /etc/hosts gets a marked block mapping the node's name to its address.
 */
import { ifreloadAll } from '../../proxmox/commands.js';
import { readBlock, setBlock, MANAGED_HEADER, outsideBlocks } from '../text.js';
import type { BridgeDef, HostConfig, VlanDef } from '../../model/host-config/types.js';
import type { Finding, SetupStep } from '../types.js';
import { fileChange, writeFiles, type FileWrite } from './common.js';

export const INTERFACES = '/etc/network/interfaces';
export const PHOENIX_INTERFACES = '/etc/network/interfaces.d/phoenix';
export const HOSTS = '/etc/hosts';
const SOURCE_LINE = 'source /etc/network/interfaces.d/*';

export interface IfaceStanza {
  readonly name: string;
  readonly method: string;
  readonly options: ReadonlyMap<string, string>;
}

/** `iface` stanzas of an interfaces(5) file (options with `_` and `-` treated alike). */
export function parseInterfaces(text: string): IfaceStanza[] {
  const out: Array<{ name: string; method: string; options: Map<string, string> }> = [];
  let cur: (typeof out)[number] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const words = line.split(/\s+/);
    if (words[0] === 'iface') {
      cur = { name: words[1] ?? '', method: words[3] ?? 'manual', options: new Map() };
      out.push(cur);
    } else if (/^(auto|allow-\S+|source|source-directory|mapping|rename)$/.test(words[0]!)) cur = undefined;
    else if (cur) cur.options.set(words[0]!.replace(/_/g, '-'), words.slice(1).join(' '));
  }
  return out;
}

function maskToPrefix(mask: string): number | undefined {
  if (/^\d{1,2}$/.test(mask)) return Number(mask);
  const bits = mask
    .split('.')
    .map((o) => Number(o).toString(2).padStart(8, '0'))
    .join('');
  return /^1*0*$/.test(bits) && bits.length === 32
    ? bits.indexOf('0') < 0
      ? 32
      : bits.indexOf('0')
    : undefined;
}

/** The stanza's IPv4 address in CIDR form (from `address a/n` or `address a` + `netmask`). */
export function stanzaCidr(s: IfaceStanza): string | undefined {
  const a = s.options.get('address');
  if (!a) return undefined;
  if (a.includes('/')) return a;
  const prefix = maskToPrefix(s.options.get('netmask') ?? '');
  return prefix === undefined ? a : `${a}/${prefix}`;
}

function renderBridge(b: BridgeDef): string {
  const lines = [`auto ${b.name}`, `iface ${b.name} inet ${b.address ? 'static' : 'manual'}`];
  if (b.address) lines.push(`\taddress ${b.address}`);
  if (b.gateway) lines.push(`\tgateway ${b.gateway}`);
  lines.push(
    `\tbridge-ports ${b.ports.length > 0 ? b.ports.join(' ') : 'none'}`,
    '\tbridge-stp off',
    '\tbridge-fd 0',
  );
  if (b.vlanAware) lines.push('\tbridge-vlan-aware yes', '\tbridge-vids 2-4094');
  if (b.comment) lines.push(`#${b.comment}`);
  return lines.join('\n') + '\n';
}

function renderVlan(v: VlanDef): string {
  return `auto ${v.name}\niface ${v.name} inet static\n\taddress ${v.address}\n`;
}

/** Differences between a bridge in /etc/network/interfaces and the config, as `what: host != config`. */
function bridgeConflicts(b: BridgeDef, s: IfaceStanza): string[] {
  const out: string[] = [];
  const cidr = stanzaCidr(s);
  if ((b.address ?? undefined) !== cidr)
    out.push(`address ${cidr ?? 'none'} (config: ${b.address ?? 'none'})`);
  if (b.gateway && s.options.get('gateway') !== b.gateway)
    out.push(`gateway ${s.options.get('gateway') ?? 'none'} (config: ${b.gateway})`);
  const ports = (s.options.get('bridge-ports') ?? 'none').split(/\s+/).filter((p) => p !== 'none');
  if (b.ports.length > 0 && ports.join(' ') !== b.ports.join(' '))
    out.push(`bridge-ports ${ports.join(' ') || 'none'} (config: ${b.ports.join(' ')})`);
  return out;
}

/**
 * /etc/hosts with the Phoenix block. A line outside the block that maps a configured name to
 * another address is dropped (Proxmox needs the node name to resolve to one address); a line that
 * already maps it to the same address stays, and the block then leaves that name out.
 */
export function desiredHosts(
  current: string,
  entries: ReadonlyArray<{ address: string; names: readonly string[] }>,
): string {
  const words = (l: string): string[] => l.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
  const outside = outsideBlocks(current);
  const wantedAt = new Map<string, string>();
  for (const e of entries) for (const n of e.names) wantedAt.set(n, e.address);
  const kept = outside.filter((l) => {
    const [ip, ...names] = words(l);
    return !ip || /^(127\.|::1$)/.test(ip) || !names.some((n) => wantedAt.has(n) && wantedAt.get(n) !== ip);
  });
  const present = new Set(
    kept.flatMap((l) => {
      const [ip, ...names] = words(l);
      return names.filter((n) => wantedAt.get(n) === ip);
    }),
  );
  const body = entries
    .map((e) => ({ address: e.address, names: e.names.filter((n) => !present.has(n)) }))
    .filter((e) => e.names.length > 0)
    .map((e) => `${e.address} ${e.names.join(' ')}`)
    .join('\n');
  if (readBlock(current, 'hosts') === undefined && body === '' && kept.length === outside.length)
    return current;
  return setBlock(kept.join('\n').replace(/\n+$/, '') + '\n', 'hosts', body);
}

export function hostsEntries(cfg: HostConfig, node: string): Array<{ address: string; names: string[] }> {
  const main = cfg.network.bridges.find((b) => b.main && b.address);
  const out: Array<{ address: string; names: string[] }> = [];
  if (main?.address) {
    const ip = main.address.split('/')[0]!;
    out.push({ address: ip, names: cfg.network.domain ? [`${node}.${cfg.network.domain}`, node] : [node] });
  }
  for (const h of cfg.network.hosts) out.push({ address: h.address, names: [...h.names] });
  return out;
}

export const networkStep: SetupStep<FileWrite> = {
  id: 'network',
  title: 'Bridges, VLANs and /etc/hosts',
  dependsOn: [],
  scope: 'node',
  async check(host, cfg) {
    const { node } = await host.getFacts();
    const files = await host.readFiles([INTERFACES, PHOENIX_INTERFACES, HOSTS]);
    const main = files.get(INTERFACES) ?? '';
    const installed = new Map(parseInterfaces(main).map((s) => [s.name, s]));
    const changes: Finding<FileWrite>[] = [];
    const ours: string[] = [];
    for (const b of cfg.network.bridges) {
      const s = installed.get(b.name);
      if (!s) {
        ours.push(renderBridge(b));
        continue;
      }
      const conflicts = bridgeConflicts(b, s);
      if (conflicts.length > 0)
        changes.push({
          kind: 'update',
          target: `bridge ${b.name}`,
          summary: `${b.name} in ${INTERFACES} differs from the config`,
          diff: conflicts.map((c) => `! ${c}`),
          blocked: `${b.name} is defined in ${INTERFACES} with ${conflicts.join(', ')}. Phoenix does not change an interface the installer set up (it may carry this connection): change it on the console, or make the config match`,
        });
    }
    for (const v of cfg.network.vlans) {
      if (installed.has(v.name)) continue;
      ours.push(renderVlan(v));
    }
    const current = files.get(PHOENIX_INTERFACES);
    if (ours.length > 0 || current !== undefined) {
      const text = MANAGED_HEADER + (ours.length > 0 ? '\n' + ours.join('\n') : '');
      changes.push(
        ...fileChange(
          PHOENIX_INTERFACES,
          current,
          text,
          `define ${ours.length} bridge/VLAN interface(s) and apply them with ifreload -a`,
        ),
      );
      if (
        ours.length > 0 &&
        !main
          .split('\n')
          .some((l) => l.trim() === SOURCE_LINE || l.trim() === 'source-directory /etc/network/interfaces.d')
      )
        changes.push(
          ...fileChange(
            INTERFACES,
            main,
            main.replace(/\n*$/, '\n\n') + SOURCE_LINE + '\n',
            `include ${PHOENIX_INTERFACES}`,
          ),
        );
    }
    const hosts = files.get(HOSTS) ?? '';
    changes.push(
      ...fileChange(
        HOSTS,
        files.get(HOSTS),
        desiredHosts(hosts, hostsEntries(cfg, node)),
        `map ${node} and the configured names to their addresses`,
      ),
    );
    return changes;
  },
  async apply(host, _cfg, changes) {
    const files = changes.map((c) => c.data);
    const iface = files.filter((f) => f.path !== HOSTS);
    if (iface.length > 0) {
      await writeFiles(host, iface);
      await host.ok(ifreloadAll(), 'ifreload -a');
    }
    await writeFiles(
      host,
      files.filter((f) => f.path === HOSTS),
    );
  },
};
