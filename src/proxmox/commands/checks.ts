/**
 * Checks of single values that go into host commands (VMIDs, integers, snapshot and storage ids,
 * node and DNS names, tags, bridges, MACs, IP addresses, paths, one-line text, disk sizes, Linux
 * user names, download URLs). Each returns the value or throws `HostCommandInputError`; rules
 * follow the PVE 8.4 / 9.1 schema (`../shared/pve-api`, string-formats.json) and the Debian tools.
 */
import { fail, show } from './command.js';

const VMID_MIN = 100;
const VMID_MAX = 999_999_999;

export function checkVmid(id: number, what = 'VMID'): string {
  if (!Number.isInteger(id) || id < VMID_MIN || id > VMID_MAX)
    fail(`invalid ${what} ${show(id)}: must be an integer from ${VMID_MIN} to ${VMID_MAX}`);
  return String(id);
}

export function checkInteger(
  value: number,
  what: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): string {
  if (!Number.isInteger(value) || value < min || value > max)
    fail(
      `invalid ${what} ${show(value)}: must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}`,
    );
  return String(value);
}

const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;

/** Snapshot names: a letter, then letters/digits/`_`/`-`, 2..40 chars; some names are reserved. */
export function checkSnapshotName(name: string, kind: 'lxc' | 'qemu'): string {
  if (typeof name !== 'string' || !CONFIG_ID.test(name) || name.length > 40)
    fail(`invalid snapshot name ${show(name)}: use 2-40 letters, digits, '_' or '-', starting with a letter`);
  const reserved = kind === 'lxc' ? ['current', 'vzdump'] : ['current', 'pending'];
  if (reserved.includes(name.toLowerCase())) fail(`snapshot name ${show(name)} is reserved by Proxmox`);
  return name;
}

/** A config key (`pve-configid`), e.g. for `--delete`. */
export function checkConfigKey(key: string): string {
  if (!CONFIG_ID.test(key)) fail(`invalid config key ${show(key)}`);
  return key;
}

const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;

export function checkStorageId(id: string): string {
  if (typeof id !== 'string' || !STORAGE_ID.test(id))
    fail(
      `invalid storage id ${show(id)}: use letters, digits, '-', '_' or '.', starting with a letter and ending with a letter or digit`,
    );
  return id;
}

const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

export function checkNodeName(name: string): string {
  if (!NODE_NAME.test(name)) fail(`invalid node name ${show(name)}`);
  return name;
}

const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const DNS_NAME = new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`);

export function checkDnsName(name: string, what = 'host name'): string {
  if (!DNS_NAME.test(name) || name.length > 255) fail(`invalid ${what} ${show(name)}: not a valid DNS name`);
  return name;
}

const TAG = /^[a-z0-9_][a-z0-9_\-+.]*$/i;

/** Tags as Proxmox stores them: `;`-separated. */
export function tagList(tags: readonly string[]): string {
  for (const t of tags)
    if (!TAG.test(t)) fail(`invalid tag ${show(t)}: use letters, digits, '_', '-', '+' or '.'`);
  return tags.join(';');
}

const BRIDGE = /^[-_.\w]+$/;

export function checkBridge(name: string): string {
  if (!BRIDGE.test(name)) fail(`invalid bridge name ${show(name)}`);
  return name;
}

const MAC = /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i;

export function checkMac(mac: string): string {
  if (!MAC.test(mac)) fail(`invalid MAC address ${show(mac)}: expected a unicast XX:XX:XX:XX:XX:XX`);
  return mac;
}

const OCTET = '(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

export function isIpv4(s: string): boolean {
  return IPV4.test(s);
}

/** Loose but safe IPv6 check: hex groups and colons, optional embedded IPv4, one `::` at most. */
export function isIpv6(s: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(s) || !s.includes(':')) return false;
  const dbl = s.split('::');
  if (dbl.length > 2) return false;
  let groups = s.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1] ?? '';
  let extra = 0;
  if (last.includes('.')) {
    if (!IPV4.test(last)) return false;
    groups = groups.slice(0, -1);
    extra = 2;
  }
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = groups.length + extra;
  return dbl.length === 2 ? count <= 7 : count === 8;
}

/** An IPv4 or IPv6 address in CIDR form (prefix /8 and up). */
export function checkCidr(value: string, v6: boolean, what: string): string {
  const m = /^(.*)\/(\d{1,3})$/.exec(value);
  const ok =
    m && (v6 ? isIpv6(m[1]!) : isIpv4(m[1]!)) && Number(m[2]) >= 8 && Number(m[2]) <= (v6 ? 128 : 32);
  if (!ok) fail(`invalid ${what} ${show(value)}: expected an ${v6 ? 'IPv6' : 'IPv4'} address in CIDR form`);
  return value;
}

/** `dhcp`, `manual` or IPv4/CIDR (LXC `ip=`, cloud-init `ip=`). */
export function checkIpv4Config(value: string): string {
  return value === 'dhcp' || value === 'manual' ? value : checkCidr(value, false, 'IPv4 address');
}

export function checkIpv6Config(value: string): string {
  return ['auto', 'dhcp', 'manual'].includes(value) ? value : checkCidr(value, true, 'IPv6 address');
}

export function checkIp(value: string, what = 'IP address'): string {
  if (!isIpv4(value) && !isIpv6(value)) fail(`invalid ${what} ${show(value)}`);
  return value;
}

/** True when `s` holds a control character (a tab is allowed when `allowTab`). */
export function hasControlChars(s: string, allowTab = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code < 0x20 && !(allowTab && code === 0x09)) || code === 0x7f) return true;
  }
  return false;
}

/** Absolute path without `..`/`.` components or control characters. */
export function checkAbsolutePath(path: string, what: string): string {
  if (typeof path !== 'string' || !path.startsWith('/') || hasControlChars(path))
    fail(`invalid ${what} ${show(path)}: must be an absolute path without control characters`);
  if (/\/\.\.?(\/|$)/.test(path))
    fail(`invalid ${what} ${show(path)}: must not contain '.' or '..' components`);
  return path;
}

/** A value that must stay on one line (it is written into a config file by Proxmox). */
export function checkSingleLine(value: string, what: string): string {
  if (hasControlChars(value, true)) fail(`invalid ${what} ${show(value)}: contains control characters`);
  return value;
}

/** `pct resize` / `qm resize` size: `+4G` grows by 4 GiB, `16G` sets an absolute size. */
export function checkResizeSize(size: string): string {
  if (!/^\+?\d+(\.\d+)?[KMGT]?$/.test(size))
    fail(`invalid disk size ${show(size)}: expected e.g. '+4G' (grow) or '16G' (absolute)`);
  return size;
}

const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;

export function checkLinuxUser(name: string): string {
  return LINUX_USER.test(name) ? name : fail(`invalid Linux user name ${show(name)}`);
}

const HTTPS_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*$/;

export function checkUrl(url: string): string {
  return HTTPS_URL.test(url) ? url : fail(`invalid download URL ${show(url)}: expected http(s)://host/path`);
}
