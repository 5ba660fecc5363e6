/**
 * Pure parsers for the network values guests use: IPv4 addresses and CIDRs, MAC addresses and
 * DNS names, following the formats Proxmox VE itself enforces (pve-common JSONSchema.pm).
 */

const OCTET = '(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])';
const IPV4_RE = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
const MAC_RE = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i;
const DNS_LABEL_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Dotted quad to an unsigned 32-bit number; undefined when not a valid IPv4 address. */
export function parseIpv4(text: string): number | undefined {
  if (!IPV4_RE.test(text)) return undefined;
  const p = text.split('.');
  return ((Number(p[0]) << 24) | (Number(p[1]) << 16) | (Number(p[2]) << 8) | Number(p[3])) >>> 0;
}

export function formatIpv4(addr: number): string {
  return [addr >>> 24, (addr >>> 16) & 255, (addr >>> 8) & 255, addr & 255].join('.');
}

export interface Cidr {
  /** The address as written (host part included). */
  readonly addr: number;
  readonly prefix: number;
}

export function netmask(prefix: number): number {
  return prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
}

export function networkOf(c: Cidr): number {
  return (c.addr & netmask(c.prefix)) >>> 0;
}

export function inSubnet(addr: number, subnet: Cidr): boolean {
  const m = netmask(subnet.prefix);
  return (addr & m) >>> 0 === (subnet.addr & m) >>> 0;
}

export function formatCidr(c: Cidr, network = false): string {
  return `${formatIpv4(network ? networkOf(c) : c.addr)}/${c.prefix}`;
}

export type CidrParse =
  { readonly ok: true; readonly cidr: Cidr } | { readonly ok: false; readonly reason: string };

/**
 * `10.0.0.5/24` as a guest address. Proxmox wants CIDR notation with a prefix of 8..32; the
 * network and broadcast addresses of a subnet cannot be given to a host.
 */
export function parseHostCidr(text: string): CidrParse {
  const slash = text.indexOf('/');
  if (slash < 0) {
    return parseIpv4(text) !== undefined
      ? { ok: false, reason: `needs a prefix length, e.g. '${text}/24'` }
      : { ok: false, reason: "is neither 'dhcp', 'manual' nor an IPv4 address in CIDR notation" };
  }
  const addr = parseIpv4(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (addr === undefined) return { ok: false, reason: 'is not a valid IPv4 address' };
  if (!/^\d{1,2}$/.test(prefixText) || Number(prefixText) < 8 || Number(prefixText) > 32) {
    return { ok: false, reason: 'has an invalid prefix length (Proxmox accepts /8 to /32)' };
  }
  const cidr: Cidr = { addr, prefix: Number(prefixText) };
  if (cidr.prefix <= 30) {
    const net = networkOf(cidr);
    const broadcast = (net | ~netmask(cidr.prefix)) >>> 0;
    if (addr === net) return { ok: false, reason: `is the network address of ${formatCidr(cidr, true)}` };
    if (addr === broadcast)
      return { ok: false, reason: `is the broadcast address of ${formatCidr(cidr, true)}` };
  }
  return { ok: true, cidr };
}

/** A subnet written as `10.0.0.0/24` (host bits allowed); undefined when unparseable. */
export function parseSubnet(text: string): Cidr | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const addr = parseIpv4(m[1]);
  const prefix = Number(m[2]);
  return addr === undefined || prefix > 32 ? undefined : { addr, prefix };
}

/** Why a MAC address is unusable for a NIC, or undefined when it is a valid unicast address. */
export function macProblem(mac: string): string | undefined {
  if (!MAC_RE.test(mac)) return 'is not a MAC address of the form XX:XX:XX:XX:XX:XX';
  const first = parseInt(mac.slice(0, 2), 16);
  if (first & 1) {
    return 'is a multicast address (the low bit of the first octet is set); a NIC needs a unicast MAC';
  }
  if (/^(00:){5}00$/i.test(mac)) return 'is the all-zero address';
  return undefined;
}

/** Why a hostname is not a valid DNS name (Proxmox's `dns-name` format), or undefined. */
export function hostnameProblem(name: string): string | undefined {
  if (name.length > 253) return 'is longer than 253 characters';
  for (const label of name.split('.')) {
    if (label === '') return 'has an empty label (two dots in a row, or a leading/trailing dot)';
    if (label.length > 63) return `has a label longer than 63 characters ('${label.slice(0, 20)}...')`;
    if (!DNS_LABEL_RE.test(label)) {
      const bad = /[^a-z0-9-]/i.exec(label);
      if (bad) return `contains '${bad[0]}'; only letters, digits, '-' and '.' are allowed`;
      return `has a label ('${label}') that starts or ends with '-'`;
    }
  }
  return undefined;
}
