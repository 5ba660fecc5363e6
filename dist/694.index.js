export const id = 694;
export const ids = [694];
export const modules = {

/***/ 6694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vg: () => (/* reexport */ apiGet),
  $J: () => (/* reexport */ apparmorCheck),
  Nx: () => (/* reexport */ apparmorLoad),
  dl: () => (/* reexport */ appendFile),
  pj: () => (/* reexport */ aptGetInstall),
  ZM: () => (/* reexport */ aptGetUpdate),
  k6: () => (/* reexport */ chmod),
  q7: () => (/* reexport */ chown),
  cN: () => (/* reexport */ chpasswdEncrypted),
  m5: () => (/* reexport */ chronycReloadSources),
  kU: () => (/* reexport */ clusterResources),
  Hc: () => (/* reexport */ curlDownload),
  Vw: () => (/* reexport */ dpkgQuery),
  U2: () => (/* reexport */ exportfsReexportAll),
  Od: () => (/* reexport */ getentPasswd),
  kb: () => (/* reexport */ getentShadow),
  mt: () => (/* reexport */ guestConfigPath),
  y8: () => (/* reexport */ idGroups),
  m9: () => (/* reexport */ ifreloadAll),
  F5: () => (/* reexport */ installDir),
  w6: () => (/* reexport */ lsblkDisk),
  C8: () => (/* reexport */ lsmod),
  jE: () => (/* reexport */ lxcConfigPath),
  $U: () => (/* reexport */ mergeRawLxcLines),
  U$: () => (/* reexport */ mkdirP),
  FY: () => (/* reexport */ modinfoVersion),
  bU: () => (/* reexport */ modprobe),
  D$: () => (/* reexport */ nodeNetwork),
  st: () => (/* reexport */ nvidiaRunfileInstall),
  $1: () => (/* reexport */ nvidiaSmiDriverVersion),
  HP: () => (/* reexport */ pctClone),
  Sq: () => (/* reexport */ pctCreate),
  Hy: () => (/* reexport */ pctDeleteSnapshot),
  KF: () => (/* reexport */ pctDestroy),
  NU: () => (/* reexport */ pctExec),
  _0: () => (/* reexport */ pctPush),
  W0: () => (/* reexport */ pctResize),
  gH: () => (/* reexport */ pctRollback),
  MV: () => (/* reexport */ pctSet),
  _$: () => (/* reexport */ pctShutdown),
  Ix: () => (/* reexport */ pctSnapshot),
  SC: () => (/* reexport */ pctStart),
  SA: () => (/* reexport */ pctStop),
  oi: () => (/* reexport */ pctTemplate),
  KN: () => (/* reexport */ pdbeditUser),
  dC: () => (/* reexport */ proxmoxBootToolRefresh),
  Tc: () => (/* reexport */ pveDownloadUrl),
  $K: () => (/* reexport */ pveFirewallCompile),
  NT: () => (/* reexport */ pveSetPassword),
  s4: () => (/* reexport */ pveVersion),
  Uz: () => (/* reexport */ pveamDownload),
  Ah: () => (/* reexport */ pveamList),
  VG: () => (/* reexport */ pveamUpdate),
  zt: () => (/* reexport */ pvesmAdd),
  eB: () => (/* reexport */ pvesmSet),
  w9: () => (/* reexport */ pveumAclList),
  c2: () => (/* reexport */ pveumAclModify),
  Y: () => (/* reexport */ pveumGroupAdd),
  DE: () => (/* reexport */ pveumGroupList),
  AK: () => (/* reexport */ pveumUserAdd),
  jC: () => (/* reexport */ pveumUserList),
  jB: () => (/* reexport */ pveumUserModify),
  pF: () => (/* reexport */ pveumUserTokenAdd),
  Ib: () => (/* reexport */ pveumUserTokenList),
  eo: () => (/* reexport */ qmClone),
  rS: () => (/* reexport */ qmCreate),
  YN: () => (/* reexport */ qmDeleteSnapshot),
  xN: () => (/* reexport */ qmDestroy),
  FX: () => (/* reexport */ qmDiskImport),
  pV: () => (/* reexport */ qmGuestCmd),
  sx: () => (/* reexport */ qmGuestExec),
  df: () => (/* reexport */ qmResize),
  zc: () => (/* reexport */ qmRollback),
  dW: () => (/* reexport */ qmSet),
  fj: () => (/* reexport */ qmShutdown),
  Jz: () => (/* reexport */ qmSnapshot),
  R8: () => (/* reexport */ qmStart),
  Pe: () => (/* reexport */ qmStop),
  nP: () => (/* reexport */ qmTemplate),
  Wx: () => (/* reexport */ readConfigFiles),
  TA: () => (/* reexport */ readFile),
  BF: () => (/* reexport */ readNodeConfigDirs),
  KD: () => (/* reexport */ smbpasswdAdd),
  n8: () => (/* reexport */ storageContent),
  yJ: () => (/* reexport */ systemctlEnableNow),
  hz: () => (/* reexport */ systemctlIsActive),
  QG: () => (/* reexport */ systemctlIsEnabled),
  YR: () => (/* reexport */ systemctlReload),
  n4: () => (/* reexport */ testparm),
  J7: () => (/* reexport */ timedatectlSetNtp),
  KE: () => (/* reexport */ timedatectlSetTimezone),
  O: () => (/* reexport */ timedatectlShow),
  w8: () => (/* reexport */ updateGrub),
  l8: () => (/* reexport */ updateInitramfs),
  pY: () => (/* reexport */ useradd),
  oS: () => (/* reexport */ usermodAppendGroups),
  ID: () => (/* reexport */ wipefsAll),
  kK: () => (/* reexport */ withLock),
  _h: () => (/* reexport */ writeFile),
  L2: () => (/* reexport */ writeLxcConfig),
  iv: () => (/* reexport */ zfsCreate),
  kI: () => (/* reexport */ zfsGet),
  On: () => (/* reexport */ zfsList),
  G$: () => (/* reexport */ zfsSet),
  b: () => (/* reexport */ zpoolCreate),
  ZH: () => (/* reexport */ zpoolList)
});

// UNUSED EXPORTS: HOST_PROGRAMS, HOST_SETUP_PROGRAMS, HostCommandInputError, matchHostProgram, pctConfig, pctListSnapshots, pctStatus, pveamAvailable, pvesmStatus, qmCloudinitUpdate, qmConfig, qmListSnapshots, qmStatus, systemctlRestart, zpoolStatus

;// CONCATENATED MODULE: ./src/proxmox/commands/command.ts
/** Input that would produce an invalid host command (bad VMID, snapshot name, storage id...). */
class HostCommandInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HostCommandInputError';
    }
}
/** Throws `HostCommandInputError`. */
function command_fail(message) {
    throw new HostCommandInputError(message);
}
/** A value quoted for an error message. */
const command_show = (v) => JSON.stringify(v);
/** A command that changes nothing on the host. */
const command_ro = (program, ...args) => ({
    argv: [program, ...args],
    readOnly: true,
});
/** A command that may change the host. */
const command_rw = (program, ...args) => ({
    argv: [program, ...args],
    readOnly: false,
});
/** `inner` run by a wrapper program (`flock ... CMD`, `env VAR=x CMD`); stdin and secrets kept. */
const wrap = (program, args, inner) => ({
    ...inner,
    argv: [program, ...args, ...inner.argv],
});
const bool01 = (b) => (b ? '1' : '0');
/** CLI `--key value` pairs in the given order; booleans as 1/0; undefined values are skipped. */
function command_options(entries) {
    const out = [];
    for (const [key, v] of entries) {
        if (v === undefined)
            continue;
        out.push(`--${key}`, typeof v === 'boolean' ? bool01(v) : String(v));
    }
    return out;
}

// EXTERNAL MODULE: ./src/proxmox/commands/programs.ts
var programs = __webpack_require__(3741);
;// CONCATENATED MODULE: ./src/proxmox/commands/checks.ts
/**
 * Checks of single values that go into host commands (VMIDs, integers, snapshot and storage ids,
 * node and DNS names, tags, bridges, MACs, IP addresses, paths, one-line text, disk sizes, Linux
 * user names, download URLs). Each returns the value or throws `HostCommandInputError`; rules
 * follow the PVE 8.4 / 9.1 schema (`../shared/pve-api`, string-formats.json) and the Debian tools.
 */

const VMID_MIN = 100;
const VMID_MAX = 999_999_999;
function checks_checkVmid(id, what = 'VMID') {
    if (!Number.isInteger(id) || id < VMID_MIN || id > VMID_MAX)
        command_fail(`invalid ${what} ${command_show(id)}: must be an integer from ${VMID_MIN} to ${VMID_MAX}`);
    return String(id);
}
function checks_checkInteger(value, what, min, max = Number.MAX_SAFE_INTEGER) {
    if (!Number.isInteger(value) || value < min || value > max)
        command_fail(`invalid ${what} ${command_show(value)}: must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}`);
    return String(value);
}
const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;
/** Snapshot names: a letter, then letters/digits/`_`/`-`, 2..40 chars; some names are reserved. */
function checkSnapshotName(name, kind) {
    if (typeof name !== 'string' || !CONFIG_ID.test(name) || name.length > 40)
        command_fail(`invalid snapshot name ${command_show(name)}: use 2-40 letters, digits, '_' or '-', starting with a letter`);
    const reserved = kind === 'lxc' ? ['current', 'vzdump'] : ['current', 'pending'];
    if (reserved.includes(name.toLowerCase()))
        command_fail(`snapshot name ${command_show(name)} is reserved by Proxmox`);
    return name;
}
/** A config key (`pve-configid`), e.g. for `--delete`. */
function checkConfigKey(key) {
    if (!CONFIG_ID.test(key))
        command_fail(`invalid config key ${command_show(key)}`);
    return key;
}
const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;
function checks_checkStorageId(id) {
    if (typeof id !== 'string' || !STORAGE_ID.test(id))
        command_fail(`invalid storage id ${command_show(id)}: use letters, digits, '-', '_' or '.', starting with a letter and ending with a letter or digit`);
    return id;
}
const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
function checkNodeName(name) {
    if (!NODE_NAME.test(name))
        command_fail(`invalid node name ${command_show(name)}`);
    return name;
}
const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const DNS_NAME = new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`);
function checkDnsName(name, what = 'host name') {
    if (!DNS_NAME.test(name) || name.length > 255)
        command_fail(`invalid ${what} ${command_show(name)}: not a valid DNS name`);
    return name;
}
const TAG = /^[a-z0-9_][a-z0-9_\-+.]*$/i;
/** Tags as Proxmox stores them: `;`-separated. */
function tagList(tags) {
    for (const t of tags)
        if (!TAG.test(t))
            command_fail(`invalid tag ${command_show(t)}: use letters, digits, '_', '-', '+' or '.'`);
    return tags.join(';');
}
const BRIDGE = /^[-_.\w]+$/;
function checkBridge(name) {
    if (!BRIDGE.test(name))
        command_fail(`invalid bridge name ${command_show(name)}`);
    return name;
}
const MAC = /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i;
function checkMac(mac) {
    if (!MAC.test(mac))
        command_fail(`invalid MAC address ${command_show(mac)}: expected a unicast XX:XX:XX:XX:XX:XX`);
    return mac;
}
const OCTET = '(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
function isIpv4(s) {
    return IPV4.test(s);
}
/** Loose but safe IPv6 check: hex groups and colons, optional embedded IPv4, one `::` at most. */
function isIpv6(s) {
    if (!/^[0-9a-f:.]+$/i.test(s) || !s.includes(':'))
        return false;
    const dbl = s.split('::');
    if (dbl.length > 2)
        return false;
    let groups = s.split(':').filter((g) => g !== '');
    const last = groups[groups.length - 1] ?? '';
    let extra = 0;
    if (last.includes('.')) {
        if (!IPV4.test(last))
            return false;
        groups = groups.slice(0, -1);
        extra = 2;
    }
    if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)))
        return false;
    const count = groups.length + extra;
    return dbl.length === 2 ? count <= 7 : count === 8;
}
/** An IPv4 or IPv6 address in CIDR form (prefix /8 and up). */
function checkCidr(value, v6, what) {
    const m = /^(.*)\/(\d{1,3})$/.exec(value);
    const ok = m && (v6 ? isIpv6(m[1]) : isIpv4(m[1])) && Number(m[2]) >= 8 && Number(m[2]) <= (v6 ? 128 : 32);
    if (!ok)
        command_fail(`invalid ${what} ${command_show(value)}: expected an ${v6 ? 'IPv6' : 'IPv4'} address in CIDR form`);
    return value;
}
/** `dhcp`, `manual` or IPv4/CIDR (LXC `ip=`, cloud-init `ip=`). */
function checkIpv4Config(value) {
    return value === 'dhcp' || value === 'manual' ? value : checkCidr(value, false, 'IPv4 address');
}
function checkIpv6Config(value) {
    return ['auto', 'dhcp', 'manual'].includes(value) ? value : checkCidr(value, true, 'IPv6 address');
}
function checkIp(value, what = 'IP address') {
    if (!isIpv4(value) && !isIpv6(value))
        command_fail(`invalid ${what} ${command_show(value)}`);
    return value;
}
/** True when `s` holds a control character (a tab is allowed when `allowTab`). */
function hasControlChars(s, allowTab = false) {
    for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        if ((code < 0x20 && !(allowTab && code === 0x09)) || code === 0x7f)
            return true;
    }
    return false;
}
/** Absolute path without `..`/`.` components or control characters. */
function checks_checkAbsolutePath(path, what) {
    if (typeof path !== 'string' || !path.startsWith('/') || hasControlChars(path))
        command_fail(`invalid ${what} ${command_show(path)}: must be an absolute path without control characters`);
    if (/\/\.\.?(\/|$)/.test(path))
        command_fail(`invalid ${what} ${command_show(path)}: must not contain '.' or '..' components`);
    return path;
}
/** A value that must stay on one line (it is written into a config file by Proxmox). */
function checkSingleLine(value, what) {
    if (hasControlChars(value, true))
        command_fail(`invalid ${what} ${command_show(value)}: contains control characters`);
    return value;
}
/** `pct resize` / `qm resize` size: `+4G` grows by 4 GiB, `16G` sets an absolute size. */
function checkResizeSize(size) {
    if (!/^\+?\d+(\.\d+)?[KMGT]?$/.test(size))
        command_fail(`invalid disk size ${command_show(size)}: expected e.g. '+4G' (grow) or '16G' (absolute)`);
    return size;
}
const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
function checkLinuxUser(name) {
    return LINUX_USER.test(name) ? name : command_fail(`invalid Linux user name ${command_show(name)}`);
}
const HTTPS_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*$/;
function checkUrl(url) {
    return HTTPS_URL.test(url) ? url : command_fail(`invalid download URL ${command_show(url)}: expected http(s)://host/path`);
}

;// CONCATENATED MODULE: ./src/proxmox/commands/property-string.ts
/**
 * Proxmox VE property strings (`key=value,key=value`, the format of `net0`, `rootfs`, `scsi0`,
 * `startup`...): rendering with value checks, and splitting one back into its keys.
 */


/**
 * Renders `k=v,k=v`. The first pair is written without `key=` when `bareFirst` is set (Proxmox's
 * default key). Values may not contain `,` (the separator) or control characters.
 */
function property_string_propertyString(option, pairs, bareFirst = false) {
    const parts = [];
    pairs.forEach(([key, raw], i) => {
        if (raw === undefined)
            return;
        const value = typeof raw === 'boolean' ? bool01(raw) : String(raw);
        if (value === '' || value.includes(',') || hasControlChars(value))
            command_fail(`invalid ${option} value for '${key}': ${command_show(value)} (empty, ',' or control characters)`);
        if (i === 0 && bareFirst) {
            if (value.includes('='))
                command_fail(`invalid ${option} value for '${key}': ${command_show(value)} contains '='`);
            parts.push(value);
        }
        else
            parts.push(`${key}=${value}`);
    });
    if (parts.length === 0)
        command_fail(`${option} needs at least one setting`);
    return parts.join(',');
}
/** Splits a property string into sub-keys (a part without `=` goes to `defaultKey`). */
function parsePropertyString(text, defaultKey) {
    const out = {};
    for (const part of text.split(',')) {
        if (part === '')
            continue;
        const eq = part.indexOf('=');
        if (eq < 0) {
            if (defaultKey)
                out[defaultKey] = part;
            else
                out[part] = '';
        }
        else
            out[part.slice(0, eq)] = part.slice(eq + 1);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/proxmox/commands/guest-options.ts
/**
 * Option rendering shared by the container (`pct.ts`) and VM (`qm.ts`) builders: indexed options
 * (`net0`, `mp1`...), property strings given as text or typed, `--delete` lists, name servers,
 * `startup`, and the clone, shutdown and snapshot-description arguments both CLIs take alike.
 */



/** `--key0 v --key1 v...` pairs in index order; `max` is the highest index Proxmox accepts. */
function indexed(key, values, max, render) {
    if (!values)
        return [];
    return Object.entries(values)
        .map(([i, v]) => [Number(i), v])
        .sort((a, b) => a[0] - b[0])
        .map(([i, v]) => {
        checks_checkInteger(i, `${key} index`, 0, max);
        return [`${key}${i}`, render(v)];
    });
}
/** Property strings given as text are passed through after a one-line check. */
const guest_options_text = (what, render) => (v) => typeof v === 'string' ? checkSingleLine(v, what) : render(v);
function nonEmpty(argv, what) {
    if (argv.length === 0)
        throw new HostCommandInputError(`${what}: nothing to change`);
}
function checkDelete(keys) {
    if (!keys || keys.length === 0)
        return undefined;
    return keys.map(checkConfigKey).join(',');
}
function nameservers(list) {
    if (!list || list.length === 0)
        return undefined;
    return list.map((ip) => checkIp(ip, 'nameserver')).join(' ');
}
/** `startup`: boot order and delays in seconds (CT and VM). */
function startupOrder(s) {
    for (const [k, v] of Object.entries(s))
        if (v !== undefined)
            checks_checkInteger(v, `startup ${k}`, 0);
    return property_string_propertyString('startup', [
        ['order', s.order],
        ['up', s.up],
        ['down', s.down],
    ]);
}
function checkNoNul(v) {
    if (v.includes('\0'))
        throw new HostCommandInputError('description contains a NUL byte');
    return v;
}
function cloneArgs(kind, o) {
    return command_options([
        ['snapname', o.snapname === undefined ? undefined : checkSnapshotName(o.snapname, kind)],
        ['full', o.full],
        ['storage', o.storage === undefined ? undefined : checks_checkStorageId(o.storage)],
        ['description', o.description === undefined ? undefined : checkNoNul(o.description)],
        ['pool', o.pool],
    ]);
}
function shutdownArgs(o) {
    return command_options([
        ['timeout', o.timeoutSec === undefined ? undefined : checks_checkInteger(o.timeoutSec, 'shutdown timeout', 0)],
        ['forceStop', o.forceStop],
    ]);
}
const snapDescription = (d) => command_options([['description', d === undefined ? undefined : checkNoNul(d)]]);

;// CONCATENATED MODULE: ./src/proxmox/commands/pve-version.ts
/**
 * Proxmox VE versions as the node reports them, and the features that depend on one.
 */

/** Accepts `9.1.2`, `8.4`, or `pve-manager/8.4.1/...` (the `pveversion` / `/version` forms). */
function parsePveVersion(text) {
    const m = /(?:^|\/)(\d+)\.(\d+)(?:[.-]\d+)?/.exec(text.trim());
    if (!m)
        fail(`cannot read a Proxmox VE version from ${show(text)}`);
    return { major: Number(m[1]), minor: Number(m[2]) };
}
function pveAtLeast(v, major, minor) {
    return v.major > major || (v.major === major && v.minor >= minor);
}
/** `dev[n]` passthrough exists from PVE 8.1; older hosts need raw cgroup/mount lines. */
function pve_version_supportsLxcDev(v) {
    return pveAtLeast(v, 8, 1);
}

;// CONCATENATED MODULE: ./src/proxmox/commands/pct-options.ts
/**
 * Typed Proxmox VE option values of containers (`pct`): `net[n]`, `rootfs`, `mp[n]`, `features`,
 * `dev[n]`, and device passthrough for the node's Proxmox VE version (`dev[n]` from 8.1, raw
 * `lxc.*` lines before). Pure; invalid input throws `HostCommandInputError`.
 */




function lxcNet(n) {
    if (!/^[a-zA-Z0-9_.-]{1,15}$/.test(n.name))
        command_fail(`invalid interface name ${command_show(n.name)}`);
    if (n.bridge !== undefined)
        checkBridge(n.bridge);
    if (n.ip !== undefined)
        checkIpv4Config(n.ip);
    if (n.gw !== undefined && !isIpv4(n.gw))
        command_fail(`invalid IPv4 gateway ${command_show(n.gw)}`);
    if (n.ip6 !== undefined)
        checkIpv6Config(n.ip6);
    if (n.gw6 !== undefined && !isIpv6(n.gw6))
        command_fail(`invalid IPv6 gateway ${command_show(n.gw6)}`);
    if (n.hwaddr !== undefined)
        checkMac(n.hwaddr);
    if (n.tag !== undefined)
        checks_checkInteger(n.tag, 'VLAN tag', 1, 4094);
    if (n.mtu !== undefined)
        checks_checkInteger(n.mtu, 'MTU', 64, 65535);
    if (n.rate !== undefined && !(n.rate >= 0))
        command_fail(`invalid rate ${command_show(n.rate)}`);
    // Proxmox's own order: the required `name` first, then alphabetical.
    return property_string_propertyString('net', [
        ['name', n.name],
        ['bridge', n.bridge],
        ['firewall', n.firewall],
        ['gw', n.gw],
        ['gw6', n.gw6],
        ['hwaddr', n.hwaddr],
        ['ip', n.ip],
        ['ip6', n.ip6],
        ['mtu', n.mtu],
        ['rate', n.rate],
        ['tag', n.tag],
    ]);
}
const MOUNT_OPTIONS = (/* unused pure expression or super */ null && (['discard', 'lazytime', 'noatime', 'nodev', 'noexec', 'nosuid']));
function volumeString(src, option) {
    if ('storage' in src) {
        checkStorageId(src.storage);
        if (!(src.sizeGb > 0) || !/^\d+(\.\d+)?$/.test(String(src.sizeGb)))
            fail(`invalid ${option} size ${show(src.sizeGb)}: must be a positive number of GiB`);
        return `${src.storage}:${src.sizeGb}`;
    }
    const v = src.volume;
    if (v.startsWith('/'))
        checkAbsolutePath(v, `${option} host path`);
    else if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(v))
        fail(`invalid ${option} volume ${show(v)}`);
    return v;
}
function mountOptions(opts) {
    if (!opts || opts.length === 0)
        return undefined;
    for (const o of opts)
        if (!MOUNT_OPTIONS.includes(o))
            fail(`invalid mount option ${show(o)}`);
    return opts.join(';');
}
/** LXC `rootfs`, e.g. `local-lvm:8` for a new 8 GiB volume. */
function lxcRootfs(src, flags = {}) {
    return propertyString('rootfs', [
        ['volume', volumeString(src, 'rootfs')],
        ['acl', flags.acl],
        ['mountoptions', mountOptions(flags.mountOptions)],
        ['quota', flags.quota],
        ['replicate', flags.replicate],
        ['ro', flags.ro],
    ], true);
}
/** LXC `mp[n]`: a new volume, an existing one, or a host directory bind-mounted at `mp`. */
function lxcMountPoint(src, mp, flags = {}) {
    checkAbsolutePath(mp, 'mount point path');
    return propertyString('mp', [
        ['volume', volumeString(src, 'mp')],
        ['mp', mp],
        ['acl', flags.acl],
        ['backup', flags.backup],
        ['mountoptions', mountOptions(flags.mountOptions)],
        ['quota', flags.quota],
        ['replicate', flags.replicate],
        ['ro', flags.ro],
        ['shared', flags.shared],
    ], true);
}
function lxcFeatures(f) {
    const mount = f.mount && f.mount.length > 0 ? f.mount : undefined;
    for (const t of mount ?? [])
        if (!/^[a-zA-Z0-9_; ]+$/.test(t))
            command_fail(`invalid file system type ${command_show(t)}`);
    return property_string_propertyString('features', [
        ['force_rw_sys', f.force_rw_sys],
        ['fuse', f.fuse],
        ['keyctl', f.keyctl],
        ['mknod', f.mknod],
        ['mount', mount?.join(';')],
        ['nesting', f.nesting],
    ]);
}
function lxcDev(d) {
    if (!d.path.startsWith('/dev/'))
        command_fail(`invalid device path ${command_show(d.path)}: must start with /dev/`);
    checks_checkAbsolutePath(d.path, 'device path');
    if (d.mode !== undefined && !/^0[0-7]{3}$/.test(d.mode))
        command_fail(`invalid device mode ${command_show(d.mode)}`);
    if (d.gid !== undefined)
        checks_checkInteger(d.gid, 'device gid', 0);
    if (d.uid !== undefined)
        checks_checkInteger(d.uid, 'device uid', 0);
    return property_string_propertyString('dev', [
        ['path', d.path],
        ['deny-write', d.denyWrite],
        ['gid', d.gid],
        ['mode', d.mode],
        ['uid', d.uid],
    ], true);
}
/**
 * Device passthrough for a CT: `dev[n]` options on PVE >= 8.1 (indexes from `firstIndex`),
 * otherwise `lxc.cgroup2.devices.allow` + `lxc.mount.entry` lines for the CT config file.
 */
function lxcPassthrough(version, devices, firstIndex = 0) {
    if (supportsLxcDev(version)) {
        const dev = {};
        devices.forEach((d, i) => {
            const index = firstIndex + i;
            checkInteger(index, 'dev index', 0, 255);
            dev[index] = lxcDev(d);
        });
        return { dev, rawLines: [] };
    }
    const rawLines = [];
    for (const d of devices) {
        lxcDev(d);
        if (d.major === undefined)
            fail(`device ${d.path}: PVE ${version.major}.${version.minor} has no dev[n]; its major number is needed`);
        const major = checkInteger(d.major, 'device major', 0);
        const minor = d.minor === undefined ? '*' : checkInteger(d.minor, 'device minor', 0);
        rawLines.push(`lxc.cgroup2.devices.allow: c ${major}:${minor} rwm`);
        rawLines.push(`lxc.mount.entry: ${d.path} ${d.path.slice(1)} none bind,optional,create=file`);
    }
    return { dev: {}, rawLines };
}

;// CONCATENATED MODULE: ./src/proxmox/commands/pct.ts
/**
 * Builders of container commands (`pct`): create, clone, set, start/stop/shutdown, snapshots,
 * destroy, push, exec, resize. Options follow the Proxmox VE 8.4 / 9.1 API schema (tests check
 * each builder against ../shared/pve-api); invalid input throws `HostCommandInputError`.
 */




function lxcSettingArgs(s) {
    if (s.hostname !== undefined)
        checkDnsName(s.hostname);
    return command_options([
        ['hostname', s.hostname],
        ['memory', s.memory === undefined ? undefined : checks_checkInteger(s.memory, 'memory (MiB)', 16)],
        ['swap', s.swap === undefined ? undefined : checks_checkInteger(s.swap, 'swap (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : checks_checkInteger(s.cores, 'cores', 1, 8192)],
        ['cpulimit', s.cpulimit],
        ['rootfs', s.rootfs === undefined ? undefined : checkSingleLine(s.rootfs, 'rootfs')],
        ...indexed('net', s.net, 31, guest_options_text('net', lxcNet)),
        ...indexed('mp', s.mp, 255, (v) => checkSingleLine(v, 'mount point')),
        ...indexed('dev', s.dev, 255, guest_options_text('dev', lxcDev)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : checkDnsName(s.searchdomain, 'search domain'),
        ],
        ['features', s.features === undefined ? undefined : guest_options_text('features', lxcFeatures)(s.features)],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : guest_options_text('startup', startupOrder)(s.startup)],
        ['tags', s.tags === undefined ? undefined : tagList(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
        ['timezone', s.timezone === undefined ? undefined : checkSingleLine(s.timezone, 'timezone')],
    ]);
}
/** `pct create VMID OSTEMPLATE ...`: `ostemplate` like `local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst`. */
function pctCreate(vmid, ostemplate, o = {}) {
    if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:vztmpl\/\S+$|^\/\S+$/i.test(ostemplate) || ostemplate.length > 255)
        throw new HostCommandInputError(`invalid OS template ${JSON.stringify(ostemplate)}: expected STORAGE:vztmpl/FILE or an absolute path`);
    if (o.password !== undefined && o.password.length < 5)
        throw new HostCommandInputError('CT root password must have at least 5 characters');
    const cmd = command_rw('pct', 'create', checks_checkVmid(vmid), ostemplate, ...lxcSettingArgs(o), ...command_options([
        ['unprivileged', o.unprivileged],
        ['storage', o.storage === undefined ? undefined : checks_checkStorageId(o.storage)],
        ['password', o.password],
        [
            'ssh-public-keys',
            o.sshPublicKeysFile === undefined
                ? undefined
                : checks_checkAbsolutePath(o.sshPublicKeysFile, 'SSH key file'),
        ],
        ['pool', o.pool],
        ['start', o.start],
    ]));
    return { ...cmd, ...(o.password !== undefined ? { secrets: [o.password] } : {}) };
}
function pctClone(vmid, newid, o = {}) {
    return command_rw('pct', 'clone', checks_checkVmid(vmid), checks_checkVmid(newid, 'new VMID'), ...cloneArgs('lxc', o), ...command_options([['hostname', o.hostname === undefined ? undefined : checkDnsName(o.hostname)]]));
}
function pctSet(vmid, o) {
    const rest = [...lxcSettingArgs(o), ...command_options([['delete', checkDelete(o.delete)]])];
    nonEmpty(rest, `pct set ${vmid}`);
    return command_rw('pct', 'set', checks_checkVmid(vmid), ...rest);
}
const pctStart = (vmid) => command_rw('pct', 'start', checks_checkVmid(vmid));
const pctStop = (vmid) => command_rw('pct', 'stop', checks_checkVmid(vmid));
const pctStatus = (vmid) => ro('pct', 'status', checkVmid(vmid));
const pctConfig = (vmid) => ro('pct', 'config', checkVmid(vmid));
const pctListSnapshots = (vmid) => ro('pct', 'listsnapshot', checkVmid(vmid));
const pctTemplate = (vmid) => command_rw('pct', 'template', checks_checkVmid(vmid));
/** Clean shutdown; after `timeoutSec` the CT is stopped when `forceStop` is set. */
function pctShutdown(vmid, o = {}) {
    return command_rw('pct', 'shutdown', checks_checkVmid(vmid), ...shutdownArgs(o));
}
function pctSnapshot(vmid, name, o = {}) {
    return command_rw('pct', 'snapshot', checks_checkVmid(vmid), checkSnapshotName(name, 'lxc'), ...snapDescription(o.description));
}
function pctRollback(vmid, name, o = {}) {
    return command_rw('pct', 'rollback', checks_checkVmid(vmid), checkSnapshotName(name, 'lxc'), ...command_options([['start', o.start]]));
}
function pctDeleteSnapshot(vmid, name, o = {}) {
    return command_rw('pct', 'delsnapshot', checks_checkVmid(vmid), checkSnapshotName(name, 'lxc'), ...command_options([['force', o.force]]));
}
/** Destroys a CT and its volumes. Only plans that explicitly destroy a guest use this. */
function pctDestroy(vmid, o = {}) {
    return command_rw('pct', 'destroy', checks_checkVmid(vmid), ...command_options([
        ['purge', o.purge],
        ['force', o.force],
    ]));
}
/** Copies a host file into the CT. `perms` is octal text such as `0755`. */
function pctPush(vmid, localFile, guestPath, o = {}) {
    if (o.perms !== undefined && !/^0?[0-7]{3,4}$/.test(o.perms))
        throw new HostCommandInputError(`invalid file permissions ${JSON.stringify(o.perms)}: expected octal like 0755`);
    for (const owner of [o.user, o.group])
        if (owner !== undefined && !/^[a-z_][a-z0-9_-]*\$?$|^\d+$/i.test(owner))
            throw new HostCommandInputError(`invalid owner ${JSON.stringify(owner)}`);
    return command_rw('pct', 'push', checks_checkVmid(vmid), checks_checkAbsolutePath(localFile, 'local file'), checks_checkAbsolutePath(guestPath, 'path in the CT'), ...command_options([
        ['perms', o.perms],
        ['user', o.user],
        ['group', o.group],
    ]));
}
/** Runs a command in the CT without a host shell: `pct exec VMID -- CMD ARGS...`. */
function pctExec(vmid, command) {
    if (command.length === 0 || command[0] === '')
        throw new HostCommandInputError('pct exec needs a command');
    return command_rw('pct', 'exec', checks_checkVmid(vmid), '--', ...command);
}
/** `size` as `+4G` (grow by) or `16G` (absolute; Proxmox refuses to shrink). */
function pctResize(vmid, disk, size) {
    if (!/^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/.test(disk))
        throw new HostCommandInputError(`invalid CT disk ${JSON.stringify(disk)}: expected rootfs or mpN`);
    return command_rw('pct', 'resize', checks_checkVmid(vmid), disk, checkResizeSize(size));
}

;// CONCATENATED MODULE: ./src/proxmox/commands/qm-options.ts
/**
 * Typed Proxmox VE option values of virtual machines (`qm`): `net[n]`, disks (`scsi[n]`,
 * `virtio[n]`...), the cloud-init drive, `ipconfig[n]`, `agent` and `boot`. Pure; invalid input
 * throws `HostCommandInputError`.
 */



const QEMU_NIC_MODELS = ['e1000', 'e1000e', 'rtl8139', 'virtio', 'vmxnet3'];
function qemuNet(n) {
    const model = n.model ?? 'virtio';
    if (!QEMU_NIC_MODELS.includes(model))
        command_fail(`invalid NIC model ${command_show(model)}`);
    checkBridge(n.bridge);
    if (n.macaddr !== undefined)
        checkMac(n.macaddr);
    if (n.tag !== undefined)
        checks_checkInteger(n.tag, 'VLAN tag', 1, 4094);
    if (n.mtu !== undefined)
        checks_checkInteger(n.mtu, 'MTU', 1, 65520);
    if (n.queues !== undefined)
        checks_checkInteger(n.queues, 'queues', 0, 64);
    const first = n.macaddr ? [model, n.macaddr] : ['model', model];
    return property_string_propertyString('net', [
        first,
        ['bridge', n.bridge],
        ['firewall', n.firewall],
        ['link_down', n.linkDown],
        ['mtu', n.mtu],
        ['queues', n.queues],
        ['tag', n.tag],
    ], !n.macaddr);
}
function qemuDrive(d) {
    if (!['none', 'cdrom'].includes(d.file) && !d.file.startsWith('/')) {
        if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.file))
            command_fail(`invalid disk volume ${command_show(d.file)}`);
    }
    if (d.importFrom !== undefined) {
        if (d.importFrom.startsWith('/'))
            checks_checkAbsolutePath(d.importFrom, 'import-from path');
        else if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.importFrom))
            command_fail(`invalid import-from volume ${command_show(d.importFrom)}`);
    }
    return property_string_propertyString('disk', [
        ['file', d.file],
        ['backup', d.backup],
        ['cache', d.cache],
        ['discard', d.discard === undefined ? undefined : d.discard ? 'on' : 'ignore'],
        ['format', d.format],
        ['import-from', d.importFrom],
        ['iothread', d.iothread],
        ['media', d.media],
        ['ssd', d.ssd],
    ], true);
}
/** The cloud-init drive on a storage, e.g. for `--ide2`. */
function cloudInitDrive(storage) {
    return `${checkStorageId(storage)}:cloudinit`;
}
/** Cloud-init `ipconfig[n]`. */
function qemuIpconfig(c) {
    if (c.ip !== undefined && c.ip !== 'dhcp')
        checkCidr(c.ip, false, 'IPv4 address');
    if (c.ip6 !== undefined && !['dhcp', 'auto'].includes(c.ip6))
        checkCidr(c.ip6, true, 'IPv6 address');
    if (c.gw !== undefined && !isIpv4(c.gw))
        command_fail(`invalid IPv4 gateway ${command_show(c.gw)}`);
    if (c.gw6 !== undefined && !isIpv6(c.gw6))
        command_fail(`invalid IPv6 gateway ${command_show(c.gw6)}`);
    if (c.gw !== undefined && c.ip === undefined)
        command_fail('ipconfig: a gateway needs an ip');
    return property_string_propertyString('ipconfig', [
        ['ip', c.ip],
        ['gw', c.gw],
        ['ip6', c.ip6],
        ['gw6', c.gw6],
    ]);
}
/** QEMU guest agent, e.g. `enabled=1`. */
function qemuAgent(a) {
    return property_string_propertyString('agent', [
        ['enabled', a.enabled],
        ['fstrim_cloned_disks', a.fstrimClonedDisks],
        ['type', a.type],
    ]);
}
const QEMU_DEVICE = /^(ide[0-3]|sata[0-5]|scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|efidisk0|tpmstate0|net([0-9]|[12][0-9]|3[01])|hostpci([0-9]|1[0-5])|usb([0-9]|1[0-3]))$/;
/** `boot`: devices tried in order, e.g. `order=scsi0;net0`. */
function qemuBootOrder(devices) {
    if (devices.length === 0)
        command_fail('boot order needs at least one device');
    for (const d of devices)
        if (!QEMU_DEVICE.test(d))
            command_fail(`invalid boot device ${command_show(d)}`);
    return `order=${devices.join(';')}`;
}

;// CONCATENATED MODULE: ./src/proxmox/commands/qm.ts
/**
 * Builders of virtual machine commands (`qm`): create, set, disk import, clone, resize,
 * start/stop/shutdown, snapshots, destroy, cloud-init and the guest agent. Options follow the
 * Proxmox VE 8.4 / 9.1 API schema (tests check each builder against ../shared/pve-api); invalid
 * input throws `HostCommandInputError`.
 */




function qemuSettingArgs(s) {
    if (s.name !== undefined)
        checkDnsName(s.name, 'VM name');
    if (s.ciuser !== undefined && !/^[a-z_][a-z0-9_.-]*$/i.test(s.ciuser))
        throw new HostCommandInputError(`invalid cloud-init user ${JSON.stringify(s.ciuser)}`);
    const drive = guest_options_text('disk', qemuDrive);
    return command_options([
        ['name', s.name],
        ['memory', s.memory === undefined ? undefined : checks_checkInteger(s.memory, 'memory (MiB)', 16)],
        ['balloon', s.balloon === undefined ? undefined : checks_checkInteger(s.balloon, 'balloon (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : checks_checkInteger(s.cores, 'cores', 1)],
        ['sockets', s.sockets === undefined ? undefined : checks_checkInteger(s.sockets, 'sockets', 1)],
        ['cpu', s.cpu === undefined ? undefined : checkSingleLine(s.cpu, 'cpu')],
        ['ostype', s.ostype],
        ['scsihw', s.scsihw],
        ...indexed('net', s.net, 31, guest_options_text('net', qemuNet)),
        ...indexed('scsi', s.scsi, 30, drive),
        ...indexed('virtio', s.virtio, 15, drive),
        ...indexed('sata', s.sata, 5, drive),
        ...indexed('ide', s.ide, 3, drive),
        ...indexed('serial', s.serial, 3, (v) => {
            if (v !== 'socket' && !/^\/dev\/\S+$/.test(v))
                throw new HostCommandInputError(`invalid serial port ${JSON.stringify(v)}`);
            return v;
        }),
        ['vga', s.vga === undefined ? undefined : checkSingleLine(s.vga, 'vga')],
        ['boot', s.boot === undefined ? undefined : qemuBootOrder(s.boot)],
        ['agent', s.agent === undefined ? undefined : guest_options_text('agent', qemuAgent)(s.agent)],
        ...indexed('ipconfig', s.ipconfig, 31, guest_options_text('ipconfig', qemuIpconfig)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : checkDnsName(s.searchdomain, 'search domain'),
        ],
        ['ciuser', s.ciuser],
        ['cipassword', s.cipassword],
        ['sshkeys', s.sshkeysFile === undefined ? undefined : checks_checkAbsolutePath(s.sshkeysFile, 'SSH key file')],
        ['citype', s.citype],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : guest_options_text('startup', startupOrder)(s.startup)],
        ['tags', s.tags === undefined ? undefined : tagList(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
    ]);
}
const withCiSecret = (cmd, s) => ({
    ...cmd,
    ...(s.cipassword !== undefined ? { secrets: [s.cipassword] } : {}),
});
function qmCreate(vmid, s = {}) {
    return withCiSecret(command_rw('qm', 'create', checks_checkVmid(vmid), ...qemuSettingArgs(s), ...command_options([
        ['pool', s.pool],
        ['start', s.start],
    ])), s);
}
function qmSet(vmid, s) {
    const rest = [...qemuSettingArgs(s), ...command_options([['delete', checkDelete(s.delete)]])];
    nonEmpty(rest, `qm set ${vmid}`);
    return withCiSecret(command_rw('qm', 'set', checks_checkVmid(vmid), ...rest), s);
}
/** Imports a disk image (cloud image) as an unused disk of the VM. */
function qmDiskImport(vmid, source, storage, o = {}) {
    if (o.targetDisk !== undefined &&
        !/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3])$/.test(o.targetDisk))
        throw new HostCommandInputError(`invalid target disk ${JSON.stringify(o.targetDisk)}`);
    return command_rw('qm', 'disk', 'import', checks_checkVmid(vmid), checks_checkAbsolutePath(source, 'disk image'), checks_checkStorageId(storage), ...command_options([
        ['format', o.format],
        ['target-disk', o.targetDisk],
    ]));
}
function qmClone(vmid, newid, o = {}) {
    return command_rw('qm', 'clone', checks_checkVmid(vmid), checks_checkVmid(newid, 'new VMID'), ...cloneArgs('qemu', o), ...command_options([['name', o.name === undefined ? undefined : checkDnsName(o.name, 'VM name')]]));
}
function qmResize(vmid, disk, size) {
    if (!/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3]|efidisk0|tpmstate0)$/.test(disk))
        throw new HostCommandInputError(`invalid VM disk ${JSON.stringify(disk)}`);
    return command_rw('qm', 'resize', checks_checkVmid(vmid), disk, checkResizeSize(size));
}
const qmStart = (vmid) => command_rw('qm', 'start', checks_checkVmid(vmid));
const qmStop = (vmid) => command_rw('qm', 'stop', checks_checkVmid(vmid));
const qmStatus = (vmid) => ro('qm', 'status', checkVmid(vmid));
const qmConfig = (vmid) => ro('qm', 'config', checkVmid(vmid));
const qmListSnapshots = (vmid) => ro('qm', 'listsnapshot', checkVmid(vmid));
const qmTemplate = (vmid) => command_rw('qm', 'template', checks_checkVmid(vmid));
const qmCloudinitUpdate = (vmid) => rw('qm', 'cloudinit', 'update', checkVmid(vmid));
function qmShutdown(vmid, o = {}) {
    return command_rw('qm', 'shutdown', checks_checkVmid(vmid), ...shutdownArgs(o));
}
function qmSnapshot(vmid, name, o = {}) {
    return command_rw('qm', 'snapshot', checks_checkVmid(vmid), checkSnapshotName(name, 'qemu'), ...snapDescription(o.description), ...command_options([['vmstate', o.vmstate]]));
}
function qmRollback(vmid, name, o = {}) {
    return command_rw('qm', 'rollback', checks_checkVmid(vmid), checkSnapshotName(name, 'qemu'), ...command_options([['start', o.start]]));
}
function qmDeleteSnapshot(vmid, name, o = {}) {
    return command_rw('qm', 'delsnapshot', checks_checkVmid(vmid), checkSnapshotName(name, 'qemu'), ...command_options([['force', o.force]]));
}
/** Destroys a VM and its disks. Only plans that explicitly destroy a guest use this. */
function qmDestroy(vmid, o = {}) {
    return command_rw('qm', 'destroy', checks_checkVmid(vmid), ...command_options([['purge', o.purge]]));
}
const READ_ONLY_AGENT = [
    'ping',
    'info',
    'get-fsinfo',
    'get-host-name',
    'get-osinfo',
    'get-time',
    'get-timezone',
    'get-users',
    'get-vcpus',
    'network-get-interfaces',
    'fsfreeze-status',
];
/** A read-only guest agent call; `ping` fails until the agent answers. */
function qmGuestCmd(vmid, command = 'ping') {
    if (!READ_ONLY_AGENT.includes(command))
        throw new HostCommandInputError(`unsupported agent command ${JSON.stringify(command)}`);
    return command_ro('qm', 'guest', 'cmd', checks_checkVmid(vmid), command);
}
/** Runs a command through the guest agent: `qm guest exec VMID [--timeout N] -- CMD ARGS...`. */
function qmGuestExec(vmid, command, o = {}) {
    if (command.length === 0 || command[0] === '')
        throw new HostCommandInputError('qm guest exec needs a command');
    return command_rw('qm', 'guest', 'exec', checks_checkVmid(vmid), ...command_options([
        ['timeout', o.timeoutSec === undefined ? undefined : checks_checkInteger(o.timeoutSec, 'timeout', 0)],
        ['pass-stdin', o.passStdin],
    ]), '--', ...command);
}

;// CONCATENATED MODULE: ./src/proxmox/commands/pvesh.ts
/**
 * Builders of Proxmox VE API calls through `pvesh`: the reads of the live state (cluster
 * resources, node network, version, storage contents, any GET), and the API calls the other CLIs
 * lack (download a file into a storage, set a user's password).
 */


// ---- live-state reading (a constant number of commands, whatever the number of guests) ----
/** All guests, storages and nodes of the cluster in one JSON document. */
function clusterResources() {
    return command_ro('pvesh', 'get', '/cluster/resources', '--output-format', 'json');
}
/** Bridges (and other interfaces) of one node. */
function nodeNetwork(node) {
    return command_ro('pvesh', 'get', `/nodes/${node}/network`, '--output-format', 'json');
}
/** Proxmox VE version of the node we talk to. */
function pveVersion() {
    return command_ro('pvesh', 'get', '/version', '--output-format', 'json');
}
/** Contents (templates, ISOs) of one storage. */
function storageContent(node, storage, content) {
    return command_ro('pvesh', 'get', `/nodes/${node}/storage/${storage}/content`, '--content', content, '--output-format', 'json');
}
/** Any read-only API call: `pvesh get PATH [--param value...] --output-format json`. */
function apiGet(path, params = {}) {
    if (!/^\/[A-Za-z0-9/_.:@!-]*$/.test(path))
        throw new HostCommandInputError(`invalid API path ${JSON.stringify(path)}`);
    return command_ro('pvesh', 'get', path, ...command_options(Object.entries(params)), '--output-format', 'json');
}
// ---- Proxmox API calls the CLIs lack ----
const checkFileName = (name, what) => /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) ? name : command_fail(`invalid ${what} ${command_show(name)}`);
/** Downloads a file (ISO, cloud image, template) into a storage through the node (PVE 7.2+). */
function pveDownloadUrl(node, storage, o) {
    if ((o.checksum === undefined) !== (o.checksumAlgorithm === undefined))
        command_fail('download-url: give both checksum and checksum algorithm, or neither');
    if (o.checksum !== undefined && !/^[0-9a-fA-F]{32,128}$/.test(o.checksum))
        command_fail(`invalid checksum ${command_show(o.checksum)}`);
    return command_rw('pvesh', 'create', `/nodes/${checkNodeName(node)}/storage/${checks_checkStorageId(storage)}/download-url`, ...command_options([
        ['content', o.content],
        ['filename', checkFileName(o.filename, 'file name')],
        ['url', checkUrl(o.url)],
        ['checksum', o.checksum],
        ['checksum-algorithm', o.checksumAlgorithm],
    ]));
}
/** Sets the password of a Proxmox VE user (realm `pve`); the value is a secret, masked in logs. */
function pveSetPassword(userid, password) {
    if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid))
        command_fail(`invalid user id ${command_show(userid)}`);
    if (password.length < 5 || /[\r\n\0]/.test(password))
        command_fail(`the password of ${userid} must be at least 5 characters on one line`);
    return {
        ...command_rw('pvesh', 'set', '/access/password', '--userid', userid, '--password', password),
        secrets: [password],
    };
}

;// CONCATENATED MODULE: ./src/proxmox/commands/zfs.ts
/**
 * Builders of ZFS commands (`zfs`, `zpool`): create and change datasets, read their properties,
 * create and inspect pools.
 */


const DATASET = /^[A-Za-z0-9][A-Za-z0-9_.:-]*(\/[A-Za-z0-9_.:-]+)*$/;
const ZFS_PROP = /^[a-z][a-z0-9_.:-]*$/;
/** A ZFS pool or dataset name (`tank`, `tank/vmdata`). */
function checkDataset(name) {
    return DATASET.test(name) ? name : command_fail(`invalid ZFS dataset ${command_show(name)}`);
}
function propAssignments(props) {
    return Object.entries(props).map(([k, v]) => {
        if (!ZFS_PROP.test(k))
            command_fail(`invalid ZFS property ${command_show(k)}`);
        if (v === '')
            command_fail(`empty value for ZFS property ${k}`);
        return `${k}=${checkSingleLine(v, `ZFS property ${k}`)}`;
    });
}
function zfsCreate(dataset, props = {}, o = {}) {
    const opts = propAssignments(props).flatMap((a) => ['-o', a]);
    return command_rw('zfs', 'create', ...(o.parents ? ['-p'] : []), ...opts, checkDataset(dataset));
}
function zfsSet(dataset, props) {
    const assignments = propAssignments(props);
    if (assignments.length === 0)
        command_fail(`zfs set ${dataset}: nothing to change`);
    return command_rw('zfs', 'set', ...assignments, checkDataset(dataset));
}
/** Script-friendly `name<TAB>property<TAB>value<TAB>source` lines, exact (parsable) numbers. */
function zfsGet(datasets, props = ['all']) {
    for (const p of props)
        if (!ZFS_PROP.test(p))
            command_fail(`invalid ZFS property ${command_show(p)}`);
    return command_ro('zfs', 'get', '-H', '-p', '-o', 'name,property,value,source', props.join(','), ...datasets.map(checkDataset));
}
function zfsList(root) {
    return command_ro('zfs', 'list', '-H', '-p', '-o', 'name,used,avail,mountpoint', '-t', 'filesystem', ...(root ? ['-r', checkDataset(root)] : []));
}
/** Creates a pool. Callers must have checked that the disks hold no data. */
function zpoolCreate(pool, vdevs, o = {}) {
    if (!/^[A-Za-z][A-Za-z0-9_.:-]*$/.test(pool) || /^(mirror|raidz|spare|log|cache)/.test(pool))
        command_fail(`invalid pool name ${command_show(pool)}`);
    if (vdevs.length === 0)
        command_fail(`zpool ${pool}: no disks`);
    const layout = vdevs.flatMap((v) => {
        if (v.disks.length === 0)
            command_fail(`zpool ${pool}: empty vdev`);
        for (const d of v.disks)
            if (!d.startsWith('/dev/'))
                command_fail(`invalid disk ${command_show(d)}: expected a /dev/ path`);
        return [...(v.type ? [v.type] : []), ...v.disks.map((d) => checks_checkAbsolutePath(d, 'disk'))];
    });
    return command_rw('zpool', 'create', ...(o.force ? ['-f'] : []), ...(o.ashift !== undefined ? ['-o', `ashift=${checks_checkInteger(o.ashift, 'ashift', 9, 16)}`] : []), ...propAssignments(o.fsProps ?? {}).flatMap((a) => ['-O', a]), pool, ...layout);
}
const zpoolList = () => command_ro('zpool', 'list', '-H', '-p', '-o', 'name,size,alloc,free,health');
const zpoolStatus = (pool) => ro('zpool', 'status', '-P', ...(pool ? [pool] : []));

;// CONCATENATED MODULE: ./src/proxmox/commands/pvesm.ts
/**
 * Builders of storage commands (`pvesm`): add a ZFS pool, directory or NFS storage, change one,
 * show the status table.
 */



function commonStorageArgs(s) {
    for (const n of s.nodes ?? [])
        if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(n))
            command_fail(`invalid node ${command_show(n)}`);
    return command_options([
        ['content', s.content && s.content.length > 0 ? s.content.join(',') : undefined],
        ['nodes', s.nodes && s.nodes.length > 0 ? s.nodes.join(',') : undefined],
        ['disable', s.disable],
    ]);
}
function pvesmAdd(storage, spec) {
    const id = checks_checkStorageId(storage);
    let specific;
    switch (spec.type) {
        case 'zfspool':
            checkDataset(spec.pool);
            if (spec.blocksize !== undefined && !/^\d+[kKmM]?$/.test(spec.blocksize))
                command_fail(`invalid blocksize ${command_show(spec.blocksize)}`);
            specific = command_options([
                ['pool', spec.pool],
                ['sparse', spec.sparse],
                ['blocksize', spec.blocksize],
                [
                    'mountpoint',
                    spec.mountpoint === undefined ? undefined : checks_checkAbsolutePath(spec.mountpoint, 'mountpoint'),
                ],
            ]);
            break;
        case 'dir':
            specific = command_options([
                ['path', checks_checkAbsolutePath(spec.path, 'storage path')],
                ['shared', spec.shared],
            ]);
            break;
        case 'nfs':
            if (!/^[A-Za-z0-9.:[\]-]+$/.test(spec.server))
                command_fail(`invalid NFS server ${command_show(spec.server)}`);
            specific = command_options([
                ['server', spec.server],
                ['export', checks_checkAbsolutePath(spec.export, 'NFS export')],
                ['path', spec.path === undefined ? undefined : checks_checkAbsolutePath(spec.path, 'mount path')],
                ['options', spec.options === undefined ? undefined : checkSingleLine(spec.options, 'NFS options')],
            ]);
            break;
        default:
            return command_fail(`unsupported storage type ${command_show(spec.type)}`);
    }
    return command_rw('pvesm', 'add', spec.type, id, ...specific, ...commonStorageArgs(spec));
}
/** Changes content types / nodes / enabled state of an existing storage. */
function pvesmSet(storage, s) {
    const rest = commonStorageArgs(s);
    if (rest.length === 0)
        command_fail(`pvesm set ${storage}: nothing to change`);
    return command_rw('pvesm', 'set', checks_checkStorageId(storage), ...rest);
}
/** Human-readable status table (use `apiGet('/nodes/NODE/storage')` for JSON). */
const pvesmStatus = () => ro('pvesm', 'status');

;// CONCATENATED MODULE: ./src/proxmox/commands/pveam.ts
/**
 * Builders of container template commands (`pveam`): refresh the index, list what is available
 * and what a storage holds, download a template.
 */


const pveamUpdate = () => command_rw('pveam', 'update');
function pveamAvailable(section) {
    return ro('pveam', 'available', ...options([['section', section]]));
}
/** Downloads `template` (a name from `pveam available`, e.g. `debian-12-standard_12.7-1_amd64.tar.zst`). */
function pveamDownload(storage, template) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.tar\.(gz|xz|zst)$/.test(template))
        command_fail(`invalid template name ${command_show(template)}: expected a file name like debian-12-standard_12.7-1_amd64.tar.zst`);
    return command_rw('pveam', 'download', checks_checkStorageId(storage), template);
}
const pveamList = (storage) => command_ro('pveam', 'list', checks_checkStorageId(storage));

;// CONCATENATED MODULE: ./src/proxmox/commands/pveum.ts
/**
 * Builders of user, group, ACL and API token commands (`pveum`). Token secrets come back in the
 * JSON output, never in argv.
 */


const USERID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
const GROUPID = /^[A-Za-z0-9.\-_]+$/;
const TOKENID = /^[A-Za-z][A-Za-z0-9.\-_]+$/;
const checkUserId = (u) => USERID.test(u) ? u : command_fail(`invalid user id ${command_show(u)}: expected NAME@REALM`);
const checkGroupId = (g) => (GROUPID.test(g) ? g : command_fail(`invalid group id ${command_show(g)}`));
function pveumUserAdd(userid, o = {}) {
    return command_rw('pveum', 'user', 'add', checkUserId(userid), ...command_options([
        ['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')],
        [
            'email',
            o.email === undefined
                ? undefined
                : /^[^\s@]+@[^\s@]+$/.test(o.email)
                    ? o.email
                    : command_fail(`invalid email ${command_show(o.email)}`),
        ],
        ['enable', o.enable],
        ['expire', o.expire === undefined ? undefined : checks_checkInteger(o.expire, 'expire', 0)],
        ['firstname', o.firstname === undefined ? undefined : checkSingleLine(o.firstname, 'first name')],
        ['lastname', o.lastname === undefined ? undefined : checkSingleLine(o.lastname, 'last name')],
        ['groups', o.groups && o.groups.length > 0 ? o.groups.map(checkGroupId).join(',') : undefined],
    ]));
}
function pveumGroupAdd(groupid, o = {}) {
    return command_rw('pveum', 'group', 'add', checkGroupId(groupid), ...command_options([['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')]]));
}
/** Grants roles on an ACL path (`/`, `/vms/100`, `/storage/local`...) to users, groups or tokens. */
function pveumAclModify(path, o) {
    if (!/^\/[A-Za-z0-9/_.-]*$/.test(path))
        command_fail(`invalid ACL path ${command_show(path)}`);
    if (o.roles.length === 0)
        command_fail('an ACL needs at least one role');
    for (const r of o.roles)
        if (!/^[A-Za-z0-9.\-_]+$/.test(r))
            command_fail(`invalid role ${command_show(r)}`);
    const users = o.users ?? [];
    const groups = o.groups ?? [];
    const tokens = o.tokens ?? [];
    if (users.length + groups.length + tokens.length === 0)
        command_fail('an ACL needs users, groups or tokens');
    for (const t of tokens)
        if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/.test(t))
            command_fail(`invalid token id ${command_show(t)}`);
    return command_rw('pveum', 'acl', 'modify', path, ...command_options([
        ['roles', o.roles.join(',')],
        ['users', users.length > 0 ? users.map(checkUserId).join(',') : undefined],
        ['groups', groups.length > 0 ? groups.map(checkGroupId).join(',') : undefined],
        ['tokens', tokens.length > 0 ? tokens.join(',') : undefined],
        ['propagate', o.propagate],
    ]));
}
/** Creates an API token; the secret is in the JSON output (never in argv). */
function pveumUserTokenAdd(userid, tokenid, o = {}) {
    if (!TOKENID.test(tokenid))
        command_fail(`invalid token name ${command_show(tokenid)}`);
    return command_rw('pveum', 'user', 'token', 'add', checkUserId(userid), tokenid, ...command_options([
        ['comment', o.comment === undefined ? undefined : checkSingleLine(o.comment, 'comment')],
        ['expire', o.expire === undefined ? undefined : checks_checkInteger(o.expire, 'expire', 0)],
        ['privsep', o.privsep],
        ['output-format', 'json'],
    ]));
}
const pveumUserList = () => command_ro('pveum', 'user', 'list', '--output-format', 'json');
const pveumGroupList = () => command_ro('pveum', 'group', 'list', '--output-format', 'json');
const pveumAclList = () => command_ro('pveum', 'acl', 'list', '--output-format', 'json');
const pveumUserTokenList = (userid) => command_ro('pveum', 'user', 'token', 'list', checkUserId(userid), '--output-format', 'json');
/** Changes an existing user's groups (replacing the list), comment or enabled state. */
function pveumUserModify(userid, o) {
    if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid))
        command_fail(`invalid user id ${command_show(userid)}`);
    for (const g of o.groups ?? [])
        if (!/^[A-Za-z0-9.\-_]+$/.test(g))
            command_fail(`invalid group id ${command_show(g)}`);
    if (o.comment !== undefined)
        checkSingleLine(o.comment, 'comment');
    const rest = command_options([
        ['groups', o.groups === undefined ? undefined : o.groups.join(',')],
        ['comment', o.comment],
        ['enable', o.enable],
    ]);
    if (rest.length === 0)
        command_fail(`pveum user modify ${userid}: nothing to change`);
    return command_rw('pveum', 'user', 'modify', userid, ...rest);
}

;// CONCATENATED MODULE: ./src/proxmox/commands/files.ts
/**
 * Builders of file commands: read files (`cat`, `grep` over guest config files), write and append
 * (`tee`, content on stdin), hold a lock (`flock`), create directories (`mkdir`, `install`), set
 * owners and modes (`chown`, `chmod`); and the paths and raw lines of guest config files.
 */


/** Paths of guest config files in the cluster filesystem. */
function guestConfigPath(node, kind, id) {
    return `/etc/pve/nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${id}.conf`;
}
// ---- reading ----
/**
 * The config files of many guests (with their `[snapshot]` sections) in one command:
 * `grep -H ''` prints every line prefixed by its file path. Paths are absolute /etc/pve paths.
 */
function readConfigFiles(paths) {
    return command_ro('grep', '-H', '', '--', ...paths);
}
/**
 * Every guest config file of the given nodes in one command whose size does not grow with the
 * number of guests: `grep -r -H ''` over each node's `lxc` and `qemu-server` folders prints every
 * line prefixed by its file path (`/etc/pve/nodes/NODE/lxc/ID.conf:LINE`).
 */
function readNodeConfigDirs(nodes) {
    const dirs = nodes.flatMap((node) => {
        if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(node))
            throw new HostCommandInputError(`invalid node name ${JSON.stringify(node)}`);
        return [`/etc/pve/nodes/${node}/lxc`, `/etc/pve/nodes/${node}/qemu-server`];
    });
    return command_ro('grep', '-r', '-H', '', '--', ...dirs);
}
const readFile = (path) => command_ro('cat', '--', checks_checkAbsolutePath(path, 'file'));
/** Replaces a file's content (sent on stdin, so it never appears in argv or logs). */
function writeFile(path, content) {
    return { ...command_rw('tee', '--', checks_checkAbsolutePath(path, 'file')), stdin: content };
}
function appendFile(path, content) {
    return { ...command_rw('tee', '-a', '--', checks_checkAbsolutePath(path, 'file')), stdin: content };
}
/** Runs `inner` while holding `lockFile` (waits at most `timeoutSec`, then exits 1). */
function withLock(lockFile, timeoutSec, inner) {
    return wrap('flock', ['-w', checks_checkInteger(timeoutSec, 'lock timeout', 0), checks_checkAbsolutePath(lockFile, 'lock file')], inner);
}
/** Config file of a CT (`/etc/pve/lxc` points at the local node's directory). */
function lxcConfigPath(vmid, node) {
    return node ? `/etc/pve/nodes/${node}/lxc/${checks_checkVmid(vmid)}.conf` : `/etc/pve/lxc/${checks_checkVmid(vmid)}.conf`;
}
/**
 * Adds raw `lxc.*` lines (which `pct set` cannot set) to a CT config text: into the main section,
 * before the first `[snapshot]` section, skipping lines already present. Returns undefined when
 * nothing changes. Appending at the end of the file would put them into the last snapshot instead.
 */
function mergeRawLxcLines(configText, lines) {
    for (const l of lines)
        if (!/^lxc\.[a-z0-9_.-]+(:|\s*=)/.test(l) || /[\r\n\0]/.test(l))
            command_fail(`invalid raw LXC line ${command_show(l)}: expected 'lxc.key: value' on one line`);
    const all = configText.split('\n');
    const firstSection = all.findIndex((l) => l.startsWith('['));
    const mainEnd = firstSection < 0 ? all.length : firstSection;
    const main = all.slice(0, mainEnd);
    while (main.length > 0 && main[main.length - 1] === '')
        main.pop();
    const missing = lines.filter((l) => !main.includes(l));
    if (missing.length === 0)
        return undefined;
    const rest = all.slice(mainEnd);
    return [...main, ...missing, ...(rest.length > 0 ? ['', ...rest] : [''])].join('\n');
}
/** Writes a CT config file under Proxmox's own per-CT config lock. */
function writeLxcConfig(vmid, content, node) {
    return withLock(`/run/lock/lxc/pve-config-${checks_checkVmid(vmid)}.lock`, 10, writeFile(lxcConfigPath(vmid, node), content));
}
// ---- directories, owners, modes ----
const mkdirP = (path) => command_rw('mkdir', '-p', '--', checks_checkAbsolutePath(path, 'directory'));
const MODE = /^0?[0-7]{3}$/;
function installDir(path, mode, owner, group) {
    if (!MODE.test(mode))
        command_fail(`invalid mode ${command_show(mode)}`);
    return command_rw('install', '-d', '-m', mode, '-o', checkLinuxUser(owner), '-g', checkLinuxUser(group), '--', checks_checkAbsolutePath(path, 'directory'));
}
const chown = (owner, group, path) => command_rw('chown', `${checkLinuxUser(owner)}:${checkLinuxUser(group)}`, '--', checks_checkAbsolutePath(path, 'file'));
function chmod(mode, path) {
    if (!MODE.test(mode))
        command_fail(`invalid mode ${command_show(mode)}`);
    return command_rw('chmod', mode, '--', checks_checkAbsolutePath(path, 'file'));
}

;// CONCATENATED MODULE: ./src/proxmox/commands/system.ts
/**
 * Builders of the system commands setup-hypervisor runs beyond the Proxmox CLIs: Debian packages,
 * time, network reload, services, kernel modules and boot, disks, NFS/Samba services, the firewall
 * compiler, AppArmor, the NVIDIA driver and downloads. Every argument is validated.
 */


const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
const UNIT = /^[A-Za-z0-9][A-Za-z0-9@_.:-]*$/;
const MODULE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
function checkPackageName(name) {
    return PACKAGE.test(name) ? name : command_fail(`invalid Debian package name ${command_show(name)}`);
}
function checkUnit(name) {
    return UNIT.test(name) ? name : command_fail(`invalid systemd unit ${command_show(name)}`);
}
function checkModule(name) {
    return MODULE.test(name) ? name : command_fail(`invalid kernel module ${command_show(name)}`);
}
// ---- Debian packages ----
/** `name<TAB>version<TAB>status` per known package (status `ii ` = installed); exit 1 if some are unknown. */
function dpkgQuery(packages) {
    if (packages.length === 0)
        command_fail('dpkg-query: no packages');
    return command_ro('dpkg-query', '--show', '--showformat=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n', ...packages.map(checkPackageName));
}
/** apt-get without questions: debconf non-interactive, keep locally changed config files. */
const aptGet = (...args) => wrap('env', ['DEBIAN_FRONTEND=noninteractive'], command_rw('apt-get', ...args));
const aptGetUpdate = () => aptGet('update', '-q');
function aptGetInstall(packages) {
    if (packages.length === 0)
        command_fail('apt-get install: no packages');
    return aptGet('install', '-y', '-q', '--no-install-recommends', '-o', 'Dpkg::Options::=--force-confdef', '-o', 'Dpkg::Options::=--force-confold', ...packages.map(checkPackageName));
}
// ---- time ----
const timedatectlShow = () => command_ro('timedatectl', 'show', '--property=Timezone', '--property=NTP');
function timedatectlSetTimezone(zone) {
    if (!TIMEZONE.test(zone))
        command_fail(`invalid time zone ${command_show(zone)}`);
    return command_rw('timedatectl', 'set-timezone', zone);
}
const timedatectlSetNtp = (on) => command_rw('timedatectl', 'set-ntp', on ? 'true' : 'false');
/** Makes chronyd re-read /etc/chrony/sources.d. */
const chronycReloadSources = () => command_rw('chronyc', 'reload', 'sources');
// ---- network, services, kernel ----
/** Applies /etc/network/interfaces (and interfaces.d) with ifupdown2, like the Proxmox GUI does. */
const ifreloadAll = () => command_rw('ifreload', '-a');
const systemctlIsActive = (unit) => command_ro('systemctl', 'is-active', checkUnit(unit));
const systemctlIsEnabled = (unit) => command_ro('systemctl', 'is-enabled', checkUnit(unit));
const systemctlEnableNow = (unit) => command_rw('systemctl', 'enable', '--now', checkUnit(unit));
const systemctlReload = (unit) => command_rw('systemctl', 'reload', checkUnit(unit));
const systemctlRestart = (unit) => rw('systemctl', 'restart', checkUnit(unit));
/** Loaded kernel modules (`Module Size Used by` table). */
const lsmod = () => command_ro('lsmod');
const modprobe = (module) => command_rw('modprobe', checkModule(module));
const updateInitramfs = () => command_rw('update-initramfs', '-u', '-k', 'all');
/** Copies kernels and /etc/kernel/cmdline to the ESPs (systemd-boot or proxmox-boot-tool-managed GRUB). */
const proxmoxBootToolRefresh = () => command_rw('proxmox-boot-tool', 'refresh');
const updateGrub = () => command_rw('update-grub');
// ---- disks ----
/** One disk as JSON: the device and its partitions with their signatures and mount points. */
function lsblkDisk(disk) {
    if (!disk.startsWith('/dev/'))
        command_fail(`invalid disk ${command_show(disk)}: expected a /dev/ path`);
    return command_ro('lsblk', '--json', '--bytes', '--output', 'PATH,SIZE,TYPE,FSTYPE,PTTYPE,MOUNTPOINT', '--', checks_checkAbsolutePath(disk, 'disk'));
}
/** Erases every filesystem, RAID and partition-table signature on `device`. Destroys data. */
function wipefsAll(device) {
    if (!device.startsWith('/dev/'))
        command_fail(`invalid device ${command_show(device)}: expected a /dev/ path`);
    return command_rw('wipefs', '--all', '--', checks_checkAbsolutePath(device, 'device'));
}
// ---- NFS and Samba services ----
/** Re-exports everything in /etc/exports and /etc/exports.d (and drops exports no longer listed). */
const exportfsReexportAll = () => command_rw('exportfs', '-ra');
/** Parses smb.conf (and its includes) and prints the effective configuration; non-zero on errors. */
const testparm = () => command_ro('testparm', '-s');
// ---- firewall, AppArmor ----
/** Compiles /etc/pve/firewall/* into rules and prints them; problems in rules go to stderr. */
const pveFirewallCompile = () => command_ro('pve-firewall', 'compile');
/** Parses an AppArmor profile given on stdin without loading it (a syntax check). */
function apparmorCheck(profileText) {
    return { ...command_ro('apparmor_parser', '--skip-kernel-load', '--skip-cache'), stdin: profileText };
}
/** Loads (or replaces) the profile in `path` into the kernel. */
const apparmorLoad = (path) => command_rw('apparmor_parser', '--replace', '--write-cache', checks_checkAbsolutePath(path, 'profile'));
// ---- NVIDIA ----
/** Installed driver version, one line per GPU; exit 127 when the driver is not installed. */
const nvidiaSmiDriverVersion = () => command_ro('nvidia-smi', '--query-gpu=driver_version', '--format=csv,noheader');
/** Version of the module installed for the running kernel (loaded or not); exit 1 when there is none. */
const modinfoVersion = (module) => command_ro('modinfo', '-F', 'version', checkModule(module));
/** Downloads `url` to `dest` (fails on HTTP errors, retries transient ones). */
function curlDownload(url, dest) {
    return command_rw('curl', '-fsSL', '--retry', '3', '-o', checks_checkAbsolutePath(dest, 'download target'), checkUrl(url));
}
/** Runs the NVIDIA `.run` installer unattended, building the kernel module with DKMS. */
function nvidiaRunfileInstall(runfile) {
    checks_checkAbsolutePath(runfile, 'installer');
    if (!/\/NVIDIA-Linux-[A-Za-z0-9_]+-[0-9.]+\.run$/.test(runfile))
        command_fail(`invalid NVIDIA installer ${command_show(runfile)}: expected .../NVIDIA-Linux-<arch>-<version>.run`);
    return command_rw('sh', runfile, '--silent', '--dkms', '--no-questions', '--ui=none');
}

;// CONCATENATED MODULE: ./src/proxmox/commands/users.ts
/**
 * Builders of Linux and Samba account commands: look users up (`getent`, `id`, `pdbedit`), create
 * them, add them to groups, set passwords. Password hashes and passwords travel only on stdin and
 * in `secrets` (masked in logs), never in argv.
 */


// ---- Linux users ----
const getentPasswd = (user) => command_ro('getent', 'passwd', checkLinuxUser(user));
/** The shadow entry holds the password hash: callers must treat the output as secret. */
const getentShadow = (user) => command_ro('getent', 'shadow', checkLinuxUser(user));
const idGroups = (user) => command_ro('id', '-nG', '--', checkLinuxUser(user));
function useradd(user, o = {}) {
    if (o.comment !== undefined && !/^[^:\n\r,]*$/.test(o.comment))
        command_fail(`invalid user comment ${command_show(o.comment)}`);
    return command_rw('useradd', ...(o.createHome === false ? ['--no-create-home'] : ['--create-home']), ...(o.system ? ['--system'] : []), '--shell', checks_checkAbsolutePath(o.shell ?? '/bin/bash', 'shell'), ...(o.comment ? ['--comment', o.comment] : []), '--', checkLinuxUser(user));
}
function usermodAppendGroups(user, groups) {
    if (groups.length === 0)
        command_fail('usermod: no groups');
    return command_rw('usermod', '--append', '--groups', groups.map(checkLinuxUser).join(','), '--', checkLinuxUser(user));
}
/** Sets a password from its crypt(3) hash; the hash goes on stdin, never in argv. */
function chpasswdEncrypted(user, hash) {
    if (!/^\$[A-Za-z0-9]+\$[^\s:]+$/.test(hash))
        command_fail('the password hash is not a crypt(3) hash like $6$...');
    return {
        ...command_rw('chpasswd', '--encrypted'),
        stdin: `${checkLinuxUser(user)}:${hash}\n`,
        secrets: [hash],
    };
}
// ---- Samba users ----
/** Exit 0 and one line when the Samba user exists in the passdb. */
const pdbeditUser = (user) => command_ro('pdbedit', '-L', '-u', checkLinuxUser(user));
/** Adds a Samba user; the password goes on stdin twice (`-s`), never in argv. */
function smbpasswdAdd(user, password) {
    if (password === '' || /[\r\n]/.test(password))
        command_fail('the Samba password must be one non-empty line');
    return {
        ...command_rw('smbpasswd', '-a', '-s', checkLinuxUser(user)),
        stdin: `${password}\n${password}\n`,
        secrets: [password],
    };
}

;// CONCATENATED MODULE: ./src/proxmox/host-setup-commands.ts
/**
 * The setup-hypervisor command builders and their programs, re-exported from `commands/`
 * (system.ts, users.ts, and the setup builders of files.ts, pvesh.ts and pveum.ts): the set
 * test/hypervisor/hypervisor-commands.test.ts holds to one sample per builder.
 */







;// CONCATENATED MODULE: ./src/proxmox/commands.ts
/**
 * The public names of the host-command builders, re-exported from `commands/` (one module per
 * program; the program registry is `commands/programs.ts`): the one entry point the rest of
 * Phoenix imports builders from.
 */










// The setup-hypervisor builders (system programs, Linux and Samba users), listed once there.



/***/ }),

/***/ 3741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PD: () => (/* binding */ HOST_PROGRAMS)
/* harmony export */ });
/* unused harmony exports HOST_SETUP_PROGRAMS, matchHostProgram */
/**
 * The registry of every program a command builder may run on a host: its name, where Proxmox VE
 * 8/9 (Debian) installs it, whether it can change the host, and the subcommands or argument shapes
 * Phoenix uses. Builders name their program through `ProgramName` (see `command.ts`), so a builder
 * cannot run an unregistered one; the sudoers allow-list (`../sudoers.ts`) is generated from this
 * table, in this order.
 */
/** The Proxmox VE CLIs, ZFS, and the file and wrapper programs every command may use. */
const CORE_PROGRAMS = [
    {
        name: 'pct',
        path: '/usr/sbin/pct',
        mutates: true,
        subcommands: [
            'clone',
            'config',
            'create',
            'delsnapshot',
            'destroy',
            'exec',
            'listsnapshot',
            'push',
            'resize',
            'rollback',
            'set',
            'shutdown',
            'snapshot',
            'start',
            'status',
            'stop',
            'template',
        ],
    },
    {
        name: 'qm',
        path: '/usr/sbin/qm',
        mutates: true,
        subcommands: [
            'clone',
            'cloudinit update',
            'config',
            'create',
            'delsnapshot',
            'destroy',
            'disk import',
            'guest cmd',
            'guest exec',
            'listsnapshot',
            'resize',
            'rollback',
            'set',
            'shutdown',
            'snapshot',
            'start',
            'status',
            'stop',
            'template',
        ],
    },
    { name: 'pvesh', path: '/usr/bin/pvesh', mutates: true, subcommands: ['get', 'create', 'set'] },
    { name: 'pvesm', path: '/usr/sbin/pvesm', mutates: true, subcommands: ['add', 'set', 'status'] },
    {
        name: 'pveam',
        path: '/usr/bin/pveam',
        mutates: true,
        subcommands: ['available', 'download', 'list', 'update'],
    },
    {
        name: 'pveum',
        path: '/usr/sbin/pveum',
        mutates: true,
        subcommands: [
            'acl list',
            'acl modify',
            'group add',
            'group list',
            'user add',
            'user list',
            'user modify',
            'user token add',
            'user token list',
        ],
    },
    { name: 'zfs', path: '/usr/sbin/zfs', mutates: true, subcommands: ['create', 'get', 'list', 'set'] },
    { name: 'zpool', path: '/usr/sbin/zpool', mutates: true, subcommands: ['create', 'list', 'status'] },
    {
        name: 'grep',
        path: '/usr/bin/grep',
        mutates: false,
        subcommands: [],
        forms: [
            ['-H', '', '--', '...'],
            ['-r', '-H', '', '--', '...'],
        ],
    },
    { name: 'cat', path: '/usr/bin/cat', mutates: false, subcommands: [], forms: [['--', '<file>']] },
    {
        name: 'tee',
        path: '/usr/bin/tee',
        mutates: true,
        subcommands: [],
        forms: [
            ['--', '<file>'],
            ['-a', '--', '<file>'],
        ],
    },
    {
        name: 'flock',
        path: '/usr/bin/flock',
        mutates: false,
        subcommands: [],
        forms: [['-w', '<seconds>', '<lockfile>', '<command...>']],
    },
    // The SSH transport runs timed commands under coreutils `timeout`, so the host reaps them.
    {
        name: 'timeout',
        path: '/usr/bin/timeout',
        mutates: false,
        subcommands: [],
        forms: [['--signal=KILL', '<duration>', '<command...>']],
    },
];
/** Debian and system tools only setup-hypervisor runs (builders in system.ts, users.ts, files.ts). */
const SETUP_PROGRAMS = [
    {
        name: 'dpkg-query',
        path: '/usr/bin/dpkg-query',
        mutates: false,
        subcommands: [],
        forms: [['--show', '<format>', '...']],
    },
    {
        name: 'env',
        path: '/usr/bin/env',
        mutates: false,
        subcommands: [],
        forms: [['DEBIAN_FRONTEND=noninteractive', '<command...>']],
    },
    { name: 'apt-get', path: '/usr/bin/apt-get', mutates: true, subcommands: ['install', 'update'] },
    {
        name: 'timedatectl',
        path: '/usr/bin/timedatectl',
        mutates: true,
        subcommands: ['set-ntp', 'set-timezone', 'show'],
    },
    { name: 'chronyc', path: '/usr/bin/chronyc', mutates: true, subcommands: ['reload sources'] },
    { name: 'ifreload', path: '/usr/sbin/ifreload', mutates: true, subcommands: [], forms: [['-a']] },
    {
        name: 'systemctl',
        path: '/usr/bin/systemctl',
        mutates: true,
        subcommands: ['enable', 'is-active', 'is-enabled', 'reload', 'restart'],
    },
    { name: 'lsmod', path: '/usr/sbin/lsmod', mutates: false, subcommands: [], forms: [[]] },
    { name: 'modprobe', path: '/usr/sbin/modprobe', mutates: true, subcommands: [], forms: [['<module>']] },
    {
        name: 'update-initramfs',
        path: '/usr/sbin/update-initramfs',
        mutates: true,
        subcommands: [],
        forms: [['-u', '-k', 'all']],
    },
    { name: 'proxmox-boot-tool', path: '/usr/sbin/proxmox-boot-tool', mutates: true, subcommands: ['refresh'] },
    { name: 'update-grub', path: '/usr/sbin/update-grub', mutates: true, subcommands: [], forms: [[]] },
    { name: 'mkdir', path: '/usr/bin/mkdir', mutates: true, subcommands: [], forms: [['-p', '--', '<dir>']] },
    {
        name: 'lsblk',
        path: '/usr/bin/lsblk',
        mutates: false,
        subcommands: [],
        forms: [['--json', '--bytes', '--output', '<columns>', '--', '<disk>']],
    },
    {
        name: 'wipefs',
        path: '/usr/sbin/wipefs',
        mutates: true,
        subcommands: [],
        forms: [['--all', '--', '<device>']],
    },
    { name: 'getent', path: '/usr/bin/getent', mutates: false, subcommands: ['passwd', 'shadow'] },
    { name: 'id', path: '/usr/bin/id', mutates: false, subcommands: [], forms: [['-nG', '--', '<user>']] },
    { name: 'useradd', path: '/usr/sbin/useradd', mutates: true, subcommands: [], forms: [['...']] },
    {
        name: 'usermod',
        path: '/usr/sbin/usermod',
        mutates: true,
        subcommands: [],
        forms: [['--append', '--groups', '<groups>', '--', '<user>']],
    },
    { name: 'chpasswd', path: '/usr/sbin/chpasswd', mutates: true, subcommands: [], forms: [['--encrypted']] },
    {
        name: 'install',
        path: '/usr/bin/install',
        mutates: true,
        subcommands: [],
        forms: [['-d', '-m', '<mode>', '-o', '<user>', '-g', '<group>', '--', '<dir>']],
    },
    {
        name: 'chown',
        path: '/usr/bin/chown',
        mutates: true,
        subcommands: [],
        forms: [['<owner>', '--', '<file>']],
    },
    {
        name: 'chmod',
        path: '/usr/bin/chmod',
        mutates: true,
        subcommands: [],
        forms: [['<mode>', '--', '<file>']],
    },
    { name: 'exportfs', path: '/usr/sbin/exportfs', mutates: true, subcommands: [], forms: [['-ra']] },
    {
        name: 'pdbedit',
        path: '/usr/bin/pdbedit',
        mutates: false,
        subcommands: [],
        forms: [['-L', '-u', '<user>']],
    },
    {
        name: 'smbpasswd',
        path: '/usr/bin/smbpasswd',
        mutates: true,
        subcommands: [],
        forms: [['-a', '-s', '<user>']],
    },
    { name: 'testparm', path: '/usr/bin/testparm', mutates: false, subcommands: [], forms: [['-s']] },
    { name: 'pve-firewall', path: '/usr/sbin/pve-firewall', mutates: false, subcommands: ['compile'] },
    {
        name: 'apparmor_parser',
        path: '/usr/sbin/apparmor_parser',
        mutates: true,
        subcommands: [],
        forms: [
            ['--skip-kernel-load', '--skip-cache'],
            ['--replace', '--write-cache', '<file>'],
        ],
    },
    {
        name: 'nvidia-smi',
        path: '/usr/bin/nvidia-smi',
        mutates: false,
        subcommands: [],
        forms: [['--query-gpu=driver_version', '--format=csv,noheader']],
    },
    {
        name: 'modinfo',
        path: '/usr/sbin/modinfo',
        mutates: false,
        subcommands: [],
        forms: [['-F', 'version', '<module>']],
    },
    {
        name: 'curl',
        path: '/usr/bin/curl',
        mutates: true,
        subcommands: [],
        forms: [['-fsSL', '--retry', '3', '-o', '<file>', '<url>']],
    },
    {
        name: 'sh',
        path: '/usr/bin/sh',
        mutates: true,
        subcommands: [],
        forms: [['<runfile>', '--silent', '--dkms', '--no-questions', '--ui=none']],
    },
];
/** Every registered program, in sudoers order. */
const HOST_PROGRAMS = [...CORE_PROGRAMS, ...SETUP_PROGRAMS];
/** The programs only setup-hypervisor runs (Debian and system tools without a Proxmox VE API schema). */
const HOST_SETUP_PROGRAMS = (/* unused pure expression or super */ null && (SETUP_PROGRAMS));
/** The registry entry and subcommand an argv belongs to, or undefined when Phoenix never emits it. */
function matchHostProgram(argv) {
    const program = HOST_PROGRAMS.find((p) => p.name === argv[0]);
    if (!program)
        return undefined;
    const rest = argv.slice(1);
    if (program.subcommands.length > 0) {
        const sub = [...program.subcommands]
            .sort((a, b) => b.split(' ').length - a.split(' ').length)
            .find((s) => s.split(' ').every((w, i) => rest[i] === w));
        return sub === undefined ? undefined : { program, subcommand: sub };
    }
    const open = (tok) => tok === '...' || tok === '<command...>';
    const fits = (form) => form.every((tok, i) => {
        if (tok === '<command...>')
            return matchHostProgram(rest.slice(i)) !== undefined;
        if (i >= rest.length)
            return false;
        return tok === '...' || /^<.+>$/.test(tok) || rest[i] === tok;
    }) &&
        (open(form[form.length - 1]) || rest.length === form.length);
    return (program.forms ?? []).some(fits) ? { program } : undefined;
}


/***/ })

};
