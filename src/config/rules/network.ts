/** Guest networking: addresses, gateways, MACs, nameservers and bridges. */
import type { ConfigFileKey, Guest, NetworkInterface } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import type { HypervisorFacts } from './facts.js';
import {
  formatCidr,
  formatIpv4,
  inSubnet,
  macProblem,
  parseHostCidr,
  parseIpv4,
  type Cidr,
} from './net-addr.js';
import { guestFileKey, guestLabel, isObj, vmFieldSource, type Reporter } from './report.js';

type Obj = Record<string, unknown>;

/** Who holds an address; its location is computed only when a collision is reported. */
interface Claim {
  readonly label: string;
  readonly file: ConfigFileKey;
  readonly path: JsonPath;
}

function nicLabel(g: Guest, n: NetworkInterface): string {
  return g.kind === 'lxc' ? `${guestLabel(g)} (${n.name})` : `${guestLabel(g)} (net${n.index})`;
}

function isIpv6(s: string): boolean {
  return s.includes(':') && /^[0-9a-f:.]+$/i.test(s) && s.split('::').length <= 2;
}

export class NetworkChecker {
  private readonly ips = new Map<string, Claim>();
  private readonly macs = new Map<string, Claim>();

  constructor(
    private readonly r: Reporter,
    private readonly facts: HypervisorFacts | undefined,
    private readonly vmDefaults: Obj,
  ) {
    for (const h of facts?.hostAddresses ?? []) {
      this.ips.set(`${h.bridge}#0#${h.addr}`, {
        label: 'the hypervisor itself',
        file: 'hypervisor',
        path: h.path,
      });
    }
  }

  check(g: Guest): void {
    const names = new Map<string, NetworkInterface>();
    for (const n of g.networks) {
      const sub = n.path.slice(g.origin.path.length);
      const raw: Obj = isObj(g.raw[sub[0] as string]) ? (g.raw[sub[0] as string] as Obj) : {};
      if (g.kind === 'lxc') {
        if (names.has(n.name)) {
          this.r.guest(
            g,
            typeof raw.name === 'string' ? [...sub, 'name'] : sub,
            'error',
            'PHX-NIC-DUPLICATE',
            `${guestLabel(g)} has two interfaces named '${n.name}'`,
          );
        } else names.set(n.name, n);
      }
      this.checkBridge(g, n, sub, raw);
      const cidr = this.checkIp(g, n, sub);
      if (cidr && n.gw !== undefined) this.checkGateway(g, n, sub, cidr);
      else if (n.gw !== undefined && parseIpv4(n.gw) === undefined) this.badGateway(g, n, sub);
      this.checkMac(g, n, sub, raw);
      this.checkNameservers(g, sub, raw);
    }
  }

  private checkBridge(g: Guest, n: NetworkInterface, sub: JsonPath, raw: Obj): void {
    if (!this.facts || this.facts.bridges.has(n.bridge)) return;
    const known = [...this.facts.bridges].sort().join(', ');
    const message = `bridge '${n.bridge}' is not defined in ${this.r.fileName('hypervisor')} (known: ${known})`;
    if (raw.bridge !== undefined) {
      this.r.guest(g, [...sub, 'bridge'], 'error', 'PHX-BRIDGE-UNDEFINED', `${nicLabel(g, n)}: ${message}`);
      return;
    }
    const src = g.kind === 'qemu' ? vmFieldSource(g, this.vmDefaults, 'network_bridge') : undefined;
    if (src?.fromDefaults) {
      this.r.once(
        'vm_defaults.network_bridge',
        'vm',
        src.path,
        'error',
        'PHX-BRIDGE-UNDEFINED',
        `vm_defaults: ${message}`,
      );
    } else {
      this.r.guest(
        g,
        src ? src.path.slice(g.origin.path.length) : sub,
        'error',
        'PHX-BRIDGE-UNDEFINED',
        `${nicLabel(g, n)}: ${message}`,
      );
    }
  }

  /** PHX-IP-INVALID, PHX-IP-DUPLICATE, PHX-IP-SUBNET (warning). Returns the parsed address. */
  private checkIp(g: Guest, n: NetworkInterface, sub: JsonPath): Cidr | undefined {
    if (n.ip === undefined || n.ip === 'dhcp' || n.ip === 'manual') return undefined;
    const at = [...sub, 'ip'];
    const parsed = parseHostCidr(n.ip);
    if (!parsed.ok) {
      this.r.guest(g, at, 'error', 'PHX-IP-INVALID', `ip '${n.ip}' of ${nicLabel(g, n)} ${parsed.reason}`);
      return undefined;
    }
    const { cidr } = parsed;
    const segment = n.tag === undefined ? n.bridge : `${n.bridge} VLAN ${n.tag}`;
    const key = `${n.bridge}#${n.tag ?? 0}#${cidr.addr}`;
    const prev = this.ips.get(key);
    if (prev) {
      this.r.guest(
        g,
        at,
        'error',
        'PHX-IP-DUPLICATE',
        `${formatIpv4(cidr.addr)} on ${segment} (${nicLabel(g, n)}) is already used by ${prev.label} (${this.r.where(prev.file, prev.path)})`,
      );
    } else {
      this.ips.set(key, { label: nicLabel(g, n), file: guestFileKey(g), path: [...g.origin.path, ...at] });
    }
    const subnet = n.tag === undefined ? this.facts?.subnets.get(n.bridge) : undefined;
    if (subnet && !inSubnet(cidr.addr, subnet)) {
      this.r.guest(
        g,
        at,
        'warning',
        'PHX-IP-SUBNET',
        `${formatCidr(cidr)} of ${nicLabel(g, n)} is outside ${n.bridge}'s subnet ${formatCidr(subnet, true)}`,
      );
    }
    return cidr;
  }

  private badGateway(g: Guest, n: NetworkInterface, sub: JsonPath): void {
    this.r.guest(
      g,
      [...sub, 'gw'],
      'error',
      'PHX-GATEWAY-INVALID',
      `gateway '${n.gw}' of ${nicLabel(g, n)} is not an IPv4 address`,
    );
  }

  /** PHX-GATEWAY-INVALID, PHX-GATEWAY-SUBNET. */
  private checkGateway(g: Guest, n: NetworkInterface, sub: JsonPath, cidr: Cidr): void {
    const gw = parseIpv4(n.gw!);
    if (gw === undefined) return this.badGateway(g, n, sub);
    let problem: string | undefined;
    if (gw === cidr.addr) problem = "is the interface's own address";
    else if (!inSubnet(gw, cidr)) problem = `is outside the interface's subnet ${formatCidr(cidr, true)}`;
    if (problem) {
      this.r.guest(
        g,
        [...sub, 'gw'],
        'error',
        'PHX-GATEWAY-SUBNET',
        `gateway ${n.gw} of ${nicLabel(g, n)} ${problem}`,
      );
    }
  }

  /** PHX-MAC-INVALID, PHX-MAC-DUPLICATE. */
  private checkMac(g: Guest, n: NetworkInterface, sub: JsonPath, raw: Obj): void {
    if (n.hwaddr === undefined) return;
    const at: JsonPath =
      typeof raw.hwaddr === 'string' && raw.hwaddr !== '' ? [...sub, 'hwaddr'] : ['mac_address'];
    const problem = macProblem(n.hwaddr);
    if (problem) {
      this.r.guest(g, at, 'error', 'PHX-MAC-INVALID', `MAC '${n.hwaddr}' of ${nicLabel(g, n)} ${problem}`);
      return;
    }
    const key = n.hwaddr.toLowerCase();
    const prev = this.macs.get(key);
    if (prev) {
      this.r.guest(
        g,
        at,
        'error',
        'PHX-MAC-DUPLICATE',
        `MAC ${n.hwaddr} of ${nicLabel(g, n)} is already used by ${prev.label} (${this.r.where(prev.file, prev.path)})`,
      );
    } else {
      this.macs.set(key, { label: nicLabel(g, n), file: guestFileKey(g), path: [...g.origin.path, ...at] });
    }
  }

  /** PHX-NAMESERVER-INVALID. */
  private checkNameservers(g: Guest, sub: JsonPath, raw: Obj): void {
    for (const key of ['nameservers', 'nameserver']) {
      const v = raw[key];
      const entries: [JsonPath, string][] =
        typeof v === 'string'
          ? [[[...sub, key], v]]
          : Array.isArray(v)
            ? v.flatMap((x, i): [JsonPath, string][] =>
                typeof x === 'string' ? [[[...sub, key, i], x]] : [],
              )
            : [];
      for (const [at, text] of entries) {
        const bad = text
          .split(/[\s,]+/)
          .filter(Boolean)
          .find((s) => parseIpv4(s) === undefined && !isIpv6(s));
        if (bad !== undefined) {
          this.r.guest(
            g,
            at,
            'error',
            'PHX-NAMESERVER-INVALID',
            `nameserver '${bad}' of ${guestLabel(g)} is not an IP address`,
          );
        }
      }
    }
  }
}
