export const id = 767;
export const ids = [767];
export const modules = {

/***/ 20353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ checkSnapshotName),
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   Ii: () => (/* binding */ checkResizeSize),
/* harmony export */   Jl: () => (/* binding */ checkVmid),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   WM: () => (/* binding */ checkConfigKey),
/* harmony export */   XV: () => (/* binding */ checkAbsolutePath),
/* harmony export */   Z_: () => (/* binding */ checkSingleLine),
/* harmony export */   aj: () => (/* binding */ checkIpv4Config),
/* harmony export */   eH: () => (/* binding */ isIpv4),
/* harmony export */   fv: () => (/* binding */ checkStorageId),
/* harmony export */   iR: () => (/* binding */ checkIp),
/* harmony export */   jt: () => (/* binding */ hasControlChars),
/* harmony export */   l: () => (/* binding */ checkDnsName),
/* harmony export */   mW: () => (/* binding */ checkLinuxUser),
/* harmony export */   o9: () => (/* binding */ checkIpv6Config),
/* harmony export */   oU: () => (/* binding */ checkBridge),
/* harmony export */   sF: () => (/* binding */ checkNodeName),
/* harmony export */   sQ: () => (/* binding */ checkMac),
/* harmony export */   sX: () => (/* binding */ isIpv6),
/* harmony export */   tC: () => (/* binding */ checkCidr),
/* harmony export */   zQ: () => (/* binding */ checkInteger)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21575);
/**
 * Checks of single values that go into host commands (VMIDs, integers, snapshot and storage ids,
 * node and DNS names, tags, bridges, MACs, IP addresses, paths, one-line text, disk sizes, Linux
 * user names, download URLs). Each returns the value or throws `HostCommandInputError`; rules
 * follow the PVE 8.4 / 9.1 schema (`../shared/pve-api`, string-formats.json) and the Debian tools.
 */

const VMID_MIN = 100;
const VMID_MAX = 999_999_999;
function checkVmid(id, what = 'VMID') {
    if (!Number.isInteger(id) || id < VMID_MIN || id > VMID_MAX)
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(id)}: must be an integer from ${VMID_MIN} to ${VMID_MAX}`);
    return String(id);
}
function checkInteger(value, what, min, max = Number.MAX_SAFE_INTEGER) {
    if (!Number.isInteger(value) || value < min || value > max)
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value)}: must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}`);
    return String(value);
}
const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;
/** Snapshot names: a letter, then letters/digits/`_`/`-`, 2..40 chars; some names are reserved. */
function checkSnapshotName(name, kind) {
    if (typeof name !== 'string' || !CONFIG_ID.test(name) || name.length > 40)
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid snapshot name ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(name)}: use 2-40 letters, digits, '_' or '-', starting with a letter`);
    const reserved = kind === 'lxc' ? ['current', 'vzdump'] : ['current', 'pending'];
    if (reserved.includes(name.toLowerCase()))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`snapshot name ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(name)} is reserved by Proxmox`);
    return name;
}
/** A config key (`pve-configid`), e.g. for `--delete`. */
function checkConfigKey(key) {
    if (!CONFIG_ID.test(key))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid config key ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(key)}`);
    return key;
}
const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;
function checkStorageId(id) {
    if (typeof id !== 'string' || !STORAGE_ID.test(id))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid storage id ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(id)}: use letters, digits, '-', '_' or '.', starting with a letter and ending with a letter or digit`);
    return id;
}
const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
function checkNodeName(name) {
    if (!NODE_NAME.test(name))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid node name ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(name)}`);
    return name;
}
const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const DNS_NAME = new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`);
function checkDnsName(name, what = 'host name') {
    if (!DNS_NAME.test(name) || name.length > 255)
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(name)}: not a valid DNS name`);
    return name;
}
const TAG = /^[a-z0-9_][a-z0-9_\-+.]*$/i;
/** Tags as Proxmox stores them: `;`-separated. */
function tagList(tags) {
    for (const t of tags)
        if (!TAG.test(t))
            (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid tag ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(t)}: use letters, digits, '_', '-', '+' or '.'`);
    return tags.join(';');
}
const BRIDGE = /^[-_.\w]+$/;
function checkBridge(name) {
    if (!BRIDGE.test(name))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid bridge name ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(name)}`);
    return name;
}
const MAC = /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i;
function checkMac(mac) {
    if (!MAC.test(mac))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid MAC address ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(mac)}: expected a unicast XX:XX:XX:XX:XX:XX`);
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
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value)}: expected an ${v6 ? 'IPv6' : 'IPv4'} address in CIDR form`);
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
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value)}`);
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
function checkAbsolutePath(path, what) {
    if (typeof path !== 'string' || !path.startsWith('/') || hasControlChars(path))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(path)}: must be an absolute path without control characters`);
    if (/\/\.\.?(\/|$)/.test(path))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(path)}: must not contain '.' or '..' components`);
    return path;
}
/** A value that must stay on one line (it is written into a config file by Proxmox). */
function checkSingleLine(value, what) {
    if (hasControlChars(value, true))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid ${what} ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value)}: contains control characters`);
    return value;
}
/** `pct resize` / `qm resize` size: `+4G` grows by 4 GiB, `16G` sets an absolute size. */
function checkResizeSize(size) {
    if (!/^\+?\d+(\.\d+)?[KMGT]?$/.test(size))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid disk size ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(size)}: expected e.g. '+4G' (grow) or '16G' (absolute)`);
    return size;
}
const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
function checkLinuxUser(name) {
    return LINUX_USER.test(name) ? name : (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid Linux user name ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(name)}`);
}
const HTTPS_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*$/;
function checkUrl(url) {
    return HTTPS_URL.test(url) ? url : (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid download URL ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(url)}: expected http(s)://host/path`);
}


/***/ }),

/***/ 21575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   fF: () => (/* binding */ options),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   gW: () => (/* binding */ bool01),
/* harmony export */   qB: () => (/* binding */ HostCommandInputError),
/* harmony export */   ro: () => (/* binding */ ro),
/* harmony export */   rw: () => (/* binding */ rw)
/* harmony export */ });
/** Input that would produce an invalid host command (bad VMID, snapshot name, storage id...). */
class HostCommandInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HostCommandInputError';
    }
}
/** Throws `HostCommandInputError`. */
function fail(message) {
    throw new HostCommandInputError(message);
}
/** A value quoted for an error message. */
const show = (v) => JSON.stringify(v);
/** A command that changes nothing on the host. */
const ro = (program, ...args) => ({
    argv: [program, ...args],
    readOnly: true,
});
/** A command that may change the host. */
const rw = (program, ...args) => ({
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
function options(entries) {
    const out = [];
    for (const [key, v] of entries) {
        if (v === undefined)
            continue;
        out.push(`--${key}`, typeof v === 'boolean' ? bool01(v) : String(v));
    }
    return out;
}


/***/ }),

/***/ 92189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ mergeRawLxcLines),
/* harmony export */   BF: () => (/* binding */ readNodeConfigDirs),
/* harmony export */   Dj: () => (/* binding */ APPARMOR_LXC_DIR),
/* harmony export */   F5: () => (/* binding */ installDir),
/* harmony export */   L2: () => (/* binding */ writeLxcConfig),
/* harmony export */   QS: () => (/* binding */ mkdirNew),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   UX: () => (/* binding */ rmdirEmpty),
/* harmony export */   Wx: () => (/* binding */ readConfigFiles),
/* harmony export */   X4: () => (/* binding */ installDirIds),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   dl: () => (/* binding */ appendFile),
/* harmony export */   jE: () => (/* binding */ lxcConfigPath),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   kK: () => (/* binding */ withLock),
/* harmony export */   mt: () => (/* binding */ guestConfigPath),
/* harmony export */   q7: () => (/* binding */ chown),
/* harmony export */   rh: () => (/* binding */ listHostEntries),
/* harmony export */   tT: () => (/* binding */ DEVICE_DIR),
/* harmony export */   wj: () => (/* binding */ withTimeout),
/* harmony export */   y1: () => (/* binding */ TIMEOUT_KILL_AFTER_SEC)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21575);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20353);
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
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.ro)('grep', '-H', '', '--', ...paths);
}
/**
 * Every guest config file of the given nodes in one command whose size does not grow with the
 * number of guests: `grep -r -H ''` over each node's `lxc` and `qemu-server` folders prints every
 * line prefixed by its file path (`/etc/pve/nodes/NODE/lxc/ID.conf:LINE`).
 */
function readNodeConfigDirs(nodes) {
    const dirs = nodes.flatMap((node) => {
        if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(node))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid node name ${JSON.stringify(node)}`);
        return [`/etc/pve/nodes/${node}/lxc`, `/etc/pve/nodes/${node}/qemu-server`];
    });
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.ro)('grep', '-r', '-H', '', '--', ...dirs);
}
/** The folders `listHostEntries` lists: the device nodes guests pass through, LXC AppArmor profiles. */
const DEVICE_DIR = '/dev';
const APPARMOR_LXC_DIR = '/etc/apparmor.d/lxc';
/**
 * The entries directly under /dev and /etc/apparmor.d/lxc, one full path a line (the state read
 * learns which device nodes and profiles exist in one command, whatever the number of guests).
 * Exits 1 when a folder is missing (a host without profiles), still listing the other.
 */
const listHostEntries = () => (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.ro)('find', DEVICE_DIR, APPARMOR_LXC_DIR, '-mindepth', '1', '-maxdepth', '1');
const readFile = (path) => (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.ro)('cat', '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'file'));
/** Replaces a file's content (sent on stdin, so it never appears in argv or logs). */
function writeFile(path, content) {
    return { ...(0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('tee', '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'file')), stdin: content };
}
function appendFile(path, content) {
    return { ...(0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('tee', '-a', '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'file')), stdin: content };
}
/** Runs `inner` while holding `lockFile` (waits at most `timeoutSec`, then exits 1). */
function withLock(lockFile, timeoutSec, inner) {
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .wrap */ .LV)('flock', ['-w', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkInteger */ .zQ)(timeoutSec, 'lock timeout', 0), (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(lockFile, 'lock file')], inner);
}
/** Seconds between coreutils `timeout`'s TERM and its KILL for a command that ignores TERM. */
const TIMEOUT_KILL_AFTER_SEC = 10;
/** The longest bound one host command may get (7 days). */
const MAX_TIMEOUT_SEC = 7 * 86_400;
/**
 * Runs `inner` under coreutils `timeout`: TERM after `seconds` (fractions allowed, 1 ms steps),
 * KILL `TIMEOUT_KILL_AFTER_SEC` later, exit 124 when the bound was reached. `timeout` puts itself
 * and the command in a process group of their own and signals the whole group, so nothing the
 * command started lives on; the host reaps it even when nobody waits for it any more (a dropped
 * SSH connection, a killed runner).
 */
function withTimeout(inner, seconds) {
    if (!Number.isFinite(seconds) || seconds < 0.001 || seconds > MAX_TIMEOUT_SEC)
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid command timeout ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(seconds)}: must be from 0.001 to ${MAX_TIMEOUT_SEC} seconds`);
    if (inner.argv[0] === 'timeout')
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)('a command under `timeout` cannot be wrapped in another one');
    const duration = `${Number(seconds.toFixed(3))}s`;
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .wrap */ .LV)('timeout', [`--kill-after=${TIMEOUT_KILL_AFTER_SEC}s`, duration], inner);
}
/** Config file of a CT (`/etc/pve/lxc` points at the local node's directory). */
function lxcConfigPath(vmid, node) {
    return node ? `/etc/pve/nodes/${node}/lxc/${(0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkVmid */ .Jl)(vmid)}.conf` : `/etc/pve/lxc/${(0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkVmid */ .Jl)(vmid)}.conf`;
}
/**
 * Adds raw `lxc.*` lines (which `pct set` cannot set) to a CT config text: into the main section,
 * before the first `[snapshot]` section, skipping lines already present. Returns undefined when
 * nothing changes. Appending at the end of the file would put them into the last snapshot instead.
 */
function mergeRawLxcLines(configText, lines) {
    for (const l of lines)
        if (!/^lxc\.[a-z0-9_.-]+(:|\s*=)/.test(l) || /[\r\n\0]/.test(l))
            (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid raw LXC line ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(l)}: expected 'lxc.key: value' on one line`);
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
    return withLock(`/run/lock/lxc/pve-config-${(0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkVmid */ .Jl)(vmid)}.lock`, 10, writeFile(lxcConfigPath(vmid, node), content));
}
// ---- directories, owners, modes ----
const MODE = /^0?[0-7]{3}$/;
const mkdirP = (path) => (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('mkdir', '-p', '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'directory'));
/**
 * Makes one folder, failing with `File exists` when it is there already (no `-p`): how apply
 * tells a folder it makes from one the operator has, whose owner and mode it leaves alone.
 */
function mkdirNew(path, mode) {
    if (!MODE.test(mode))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid mode ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(mode)}`);
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('mkdir', '-m', mode, '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'directory'));
}
/** Removes an empty folder (`rmdir`; fails on one that holds anything). */
const rmdirEmpty = (path) => (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('rmdir', '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'directory'));
/** `install -d` with a checked mode and path; owner and group are checked by the caller. */
function installDirAs(path, mode, owner, group) {
    if (!MODE.test(mode))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid mode ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(mode)}`);
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('install', '-d', '-m', mode, '-o', owner, '-g', group, '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'directory'));
}
function installDir(path, mode, owner, group) {
    return installDirAs(path, mode, (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLinuxUser */ .mW)(owner), (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLinuxUser */ .mW)(group));
}
/**
 * A bind-mount source folder, owned by numeric ids: an unprivileged container's root is a host
 * uid/gid of its idmap (100000 by default), a privileged one's is 0. Applied only to a folder
 * apply has just made (`mkdirNew`): on an existing one `install -d` would reset its owner and mode.
 */
function installDirIds(path, mode, uid, gid) {
    return installDirAs(path, mode, (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkInteger */ .zQ)(uid, 'uid', 0, 4294967294), (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkInteger */ .zQ)(gid, 'gid', 0, 4294967294));
}
const chown = (owner, group, path) => (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('chown', `${(0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLinuxUser */ .mW)(owner)}:${(0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkLinuxUser */ .mW)(group)}`, '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'file'));
function chmod(mode, path) {
    if (!MODE.test(mode))
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(`invalid mode ${(0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(mode)}`);
    return (0,_command_js__WEBPACK_IMPORTED_MODULE_0__.rw)('chmod', mode, '--', (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(path, 'file'));
}


/***/ }),

/***/ 35131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ shellSplit),
/* harmony export */   nZ: () => (/* binding */ shellJoin)
/* harmony export */ });
/* unused harmony export shellQuote */
/**
 * POSIX shell quoting for commands that travel as one string (SSH). Every argument is wrapped in
 * single quotes; embedded single quotes become '\''. NUL bytes cannot be passed in an argv at all,
 * so they are refused rather than silently truncated.
 */
function shellQuote(arg) {
    if (arg.includes('\0'))
        throw new Error('a command argument contains a NUL byte, which no host command can receive');
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function shellJoin(argv) {
    return argv.map(shellQuote).join(' ');
}
/**
 * The argv of a string `shellJoin` built (every word single-quoted, one space between words);
 * undefined for any other shell text, which is never taken apart here.
 */
function shellSplit(text) {
    const words = [];
    const word = /'((?:[^']|'\\'')*)'(?: |$)/y;
    while (word.lastIndex < text.length) {
        const at = word.lastIndex;
        const m = word.exec(text);
        if (!m || m.index !== at)
            return undefined;
        words.push(m[1].replace(/'\\''/g, "'"));
    }
    return words.length ? words : undefined;
}


/***/ }),

/***/ 32767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSshTransport: () => (/* binding */ createSshTransport)
});

// UNUSED EXPORTS: MAX_COMMAND_BYTES, parseSshUrl

// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(85472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/proxmox/quote.ts
var quote = __webpack_require__(35131);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/proxmox/commands/files.ts
var files = __webpack_require__(92189);
;// CONCATENATED MODULE: ./src/proxmox/ssh-channel.ts
/**
 * Helpers for one SSH exec channel: the host-side reaper for timed commands, the kill request,
 * exit codes of signalled commands, and the argv summary used in messages.
 */


/**
 * A timed command runs under coreutils `timeout` on the host (`withTimeout`), which stops its
 * whole process group a little after our own deadline: closing an SSH channel does not stop a
 * command (sshd waits for it), and sshd ignores "signal" requests in root sessions, which is how
 * Phoenix logs in to Proxmox. Our side gives up at `timeoutMs`; the host stops the command
 * `REAPER_GRACE_MS` later. A command the host runner already put under `timeout` (the usual case:
 * it is then in the audit log too) is sent as it is.
 */
const REAPER_GRACE_MS = 500;
function remoteReaper(timeoutMs, argv) {
    if (argv[0] === 'timeout')
        return argv;
    return (0,files/* withTimeout */.wj)({ argv, readOnly: false }, (timeoutMs + REAPER_GRACE_MS) / 1000).argv;
}
/**
 * Also asks sshd to SIGKILL the command (honoured in non-root sessions by OpenSSH >= 7.9). ssh2's
 * `channel.signal()` is a no-op once our side of the channel is ended, which it always is after
 * stdin, so the request goes through its protocol object.
 */
function killRemote(channel) {
    const raw = channel;
    const id = raw.outgoing?.id;
    const protocol = raw._client?._protocol;
    try {
        if (id !== undefined &&
            (raw.outgoing?.state === 'open' || raw.outgoing?.state === 'eof') &&
            typeof protocol?.signal === 'function') {
            protocol.signal(id, 'KILL');
        }
        else {
            channel.signal('KILL');
        }
    }
    catch {
        /* a server without signal support: closing the channel still ends our side */
    }
}
function signalExitCode(signal) {
    if (!signal)
        return 255;
    const name = signal.startsWith('SIG') ? signal : `SIG${signal}`;
    const num = external_node_os_.constants.signals[name];
    return num ? 128 + num : 255;
}
/**
 * A short, single-line rendering of an argv for messages: the first arguments only, and the
 * value after any option that looks like it carries a secret (`--password`, `--cipassword`, ...)
 * masked.
 */
function summarize(argv) {
    const shown = argv.slice(0, 6).map((a, i) => {
        if (i > 0 && /^--?[\w-]*(pass|secret|token)/i.test(argv[i - 1]))
            return '***';
        const text = /^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a);
        return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    });
    if (argv.length > 6)
        shown.push(`...(${argv.length - 6} more)`);
    return `'${shown.join(' ')}'`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/proxmox/known-hosts.ts
/**
 * Host key pinning for the SSH transport: OpenSSH `known_hosts` parsing and matching (plain and
 * wildcard patterns, `!` negations, `[host]:port` for non-standard ports, hashed `|1|salt|hash`
 * names, `@revoked` lines) and `SHA256:` fingerprints as `ssh-keygen -l` prints them.
 * Pure functions; reading files and environment variables happens in the transport.
 */


const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;
/** `SHA256:<unpadded base64 of sha256(blob)>`, the form `ssh-keygen -lf` and `ssh` print. */
function sshFingerprint(keyBlob) {
    return 'SHA256:' + (0,external_node_crypto_.createHash)('sha256').update(keyBlob).digest('base64').replace(/=+$/, '');
}
/** The algorithm name at the start of an SSH public key blob (`ssh-ed25519`, ...). */
function keyTypeOfBlob(keyBlob) {
    if (keyBlob.length < 4)
        return 'unknown';
    const len = keyBlob.readUInt32BE(0);
    if (len > 64 || 4 + len > keyBlob.length)
        return 'unknown';
    return keyBlob.subarray(4, 4 + len).toString('latin1');
}
/** Validates and normalises a pinned fingerprint (`SHA256:` + 43 base64 characters, padding optional). */
function normalizeFingerprint(fingerprint, source) {
    const m = /^SHA256:([A-Za-z0-9+/]{43})=?$/.exec(fingerprint.trim());
    if (!m) {
        throw new errors/* UserError */.y(`${source}: '${fingerprint}' is not a SHA256 host key fingerprint (expected SHA256: followed by 43 base64 characters, as 'ssh-keygen -lf' prints)`, 2);
    }
    return `SHA256:${m[1]}`;
}
function parseKnownHosts(text, source) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (raw === '' || raw.startsWith('#'))
            continue;
        const fields = raw.split(/\s+/);
        let marker;
        if (fields[0].startsWith('@')) {
            const m = fields.shift();
            if (m === '@revoked')
                marker = 'revoked';
            else if (m === '@cert-authority')
                marker = 'cert-authority';
            else
                throw new errors/* UserError */.y(`${source}:${i + 1}: unknown marker '${m}' (known: @revoked, @cert-authority)`, 2);
        }
        if (fields.length < 3) {
            throw new errors/* UserError */.y(`${source}:${i + 1}: expected 'HOSTS KEYTYPE BASE64KEY' (OpenSSH known_hosts format), got '${truncate(raw)}'`, 2);
        }
        const [hosts, keyType, b64] = fields;
        const key = BASE64_RE.test(b64) ? Buffer.from(b64, 'base64') : Buffer.alloc(0);
        if (key.length === 0 || keyTypeOfBlob(key) !== keyType) {
            throw new errors/* UserError */.y(`${source}:${i + 1}: the key of type '${keyType}' is not valid base64 key data`, 2);
        }
        entries.push({ line: i + 1, ...(marker ? { marker } : {}), hosts, keyType, key });
    }
    return entries;
}
/** The name OpenSSH looks up: `host` on port 22, `[host]:port` otherwise. */
function knownHostsName(host, port) {
    const h = host.toLowerCase();
    return port === 22 ? h : `[${h}]:${port}`;
}
function entryMatchesHost(entry, host, port) {
    const name = knownHostsName(host, port);
    if (entry.hosts.startsWith('|1|'))
        return hashedNameMatches(entry.hosts, name);
    let matched = false;
    for (const pattern of entry.hosts.toLowerCase().split(',')) {
        if (pattern === '')
            continue;
        if (pattern.startsWith('!')) {
            if (globMatch(pattern.slice(1), name))
                return false;
        }
        else if (globMatch(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}
/** Decide whether `offered` (the server's key blob) is the pinned key for host:port. */
function checkKnownHost(entries, host, port, offered) {
    const forHost = entries.filter((e) => entryMatchesHost(e, host, port));
    if (forHost.some((e) => e.marker === 'revoked' && e.key.equals(offered))) {
        return { ok: false, reason: 'revoked', expected: [] };
    }
    const plain = forHost.filter((e) => e.marker === undefined);
    if (plain.some((e) => e.key.equals(offered)))
        return { ok: true };
    if (plain.length === 0)
        return { ok: false, reason: 'unknown', expected: [] };
    return {
        ok: false,
        reason: 'changed',
        expected: plain.map((e) => `${e.keyType} ${sshFingerprint(e.key)}`),
    };
}
/** Key algorithms known for the host, to ask the server for one of them first (as OpenSSH does). */
function knownKeyTypes(entries, host, port) {
    const types = new Set();
    for (const e of entries) {
        if (e.marker === undefined && entryMatchesHost(e, host, port))
            types.add(e.keyType);
    }
    return [...types];
}
function hashedNameMatches(field, name) {
    const parts = field.split('|');
    // ['', '1', salt, hash]
    if (parts.length !== 4 || !BASE64_RE.test(parts[2]) || !BASE64_RE.test(parts[3]))
        return false;
    const salt = Buffer.from(parts[2], 'base64');
    const want = Buffer.from(parts[3], 'base64');
    const got = (0,external_node_crypto_.createHmac)('sha1', salt).update(name).digest();
    return want.length === got.length && (0,external_node_crypto_.timingSafeEqual)(want, got);
}
/** OpenSSH's pattern match: `*` any run of characters, `?` exactly one, everything else literal. */
function globMatch(pattern, text) {
    let p = 0;
    let t = 0;
    let starP = -1;
    let starT = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
            p++;
            t++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starT = t;
        }
        else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
function truncate(s) {
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

;// CONCATENATED MODULE: ./src/proxmox/ssh-credentials.ts
/**
 * Where the SSH transport gets its private key and its host key pin, and the host key check.
 *
 * Private key: the `identity` option (a file path), else `PHOENIX_SSH_KEY`. The variable holds
 * either the key text itself (anything containing `-----BEGIN`, as a GitHub secret usually does)
 * or the path of a key file. An encrypted key takes its passphrase from `PHOENIX_SSH_KEY_PASSPHRASE`.
 *
 * Host key: the `knownHosts` option (a file path in OpenSSH known_hosts format), else
 * `PHOENIX_KNOWN_HOSTS` (known_hosts text when it contains a newline or looks like a
 * `HOSTS KEYTYPE KEY` line, otherwise a file path); and/or the `fingerprint` option
 * (`SHA256:...`, several separated by commas or spaces). When both a known_hosts source and a
 * fingerprint are given, the key must satisfy both. `~/.ssh/known_hosts` is never read implicitly:
 * a run's trust must be explicit.
 */




function loadSshCredentials(options) {
    const env = options.env ?? process.env;
    const { privateKey, keySource } = loadPrivateKey(options.identity, env.PHOENIX_SSH_KEY);
    const passphrase = env.PHOENIX_SSH_KEY_PASSPHRASE || undefined;
    const parsed = lib_default().utils.parseKey(privateKey, passphrase);
    const first = Array.isArray(parsed) ? parsed[0] : parsed;
    if (first instanceof Error || first === undefined) {
        const why = first instanceof Error ? first.message : 'no key found';
        const hint = /passphrase/i.test(why) ? ' (set PHOENIX_SSH_KEY_PASSPHRASE)' : '';
        throw new errors/* UserError */.y(`${keySource} is not a usable SSH private key: ${why}${hint}`, 2);
    }
    if (!first.isPrivateKey()) {
        throw new errors/* UserError */.y(`${keySource} holds a public key; the SSH transport needs the private key`, 2);
    }
    const pin = {};
    if (options.fingerprint !== undefined && options.fingerprint.trim() !== '') {
        pin.fingerprints = options.fingerprint
            .split(/[\s,]+/)
            .filter((f) => f !== '')
            .map((f) => normalizeFingerprint(f, 'host key fingerprint'));
    }
    if (options.knownHosts !== undefined) {
        const text = readText(options.knownHosts, 'known_hosts file');
        pin.knownHosts = { source: options.knownHosts, entries: parseKnownHosts(text, options.knownHosts) };
    }
    else if (pin.fingerprints === undefined && env.PHOENIX_KNOWN_HOSTS) {
        const value = env.PHOENIX_KNOWN_HOSTS;
        if (value.includes('\n') || /^\s*(@\S+\s+)?\S+\s+\S+\s+\S+/.test(value)) {
            pin.knownHosts = {
                source: 'PHOENIX_KNOWN_HOSTS',
                entries: parseKnownHosts(value, 'PHOENIX_KNOWN_HOSTS'),
            };
        }
        else {
            const text = readText(value.trim(), 'known_hosts file (PHOENIX_KNOWN_HOSTS)');
            pin.knownHosts = { source: value.trim(), entries: parseKnownHosts(text, value.trim()) };
        }
    }
    return { privateKey, ...(passphrase ? { passphrase } : {}), keySource, pin };
}
function loadPrivateKey(identity, envKey) {
    if (identity !== undefined) {
        return { privateKey: readBytes(identity, 'identity file'), keySource: `identity file ${identity}` };
    }
    if (envKey !== undefined && envKey.trim() !== '') {
        if (envKey.includes('-----BEGIN')) {
            // Secrets pasted through some UIs arrive with literal "\n" or CRLF line ends.
            const text = envKey.includes('\\n') && !envKey.includes('\n') ? envKey.replace(/\\n/g, '\n') : envKey;
            return {
                privateKey: Buffer.from(text.replace(/\r\n/g, '\n').trim() + '\n'),
                keySource: 'PHOENIX_SSH_KEY',
            };
        }
        const path = envKey.trim();
        return {
            privateKey: readBytes(path, 'key file (PHOENIX_SSH_KEY)'),
            keySource: `key file ${path} (PHOENIX_SSH_KEY)`,
        };
    }
    throw new errors/* UserError */.y('no SSH private key: pass --identity FILE or set PHOENIX_SSH_KEY (the key text, or the path of a key file)', 2);
}
function readBytes(path, what) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot read ${what} ${path}: ${(0,errors/* getErrorMessage */.u)(err)}`, 2);
    }
}
function readText(path, what) {
    return readBytes(path, what).toString('utf8');
}
/** Host key algorithms to offer, those already pinned for this host first (as OpenSSH orders them). */
function hostKeyAlgorithms(pin, target) {
    if (!pin.knownHosts)
        return undefined;
    const known = knownKeyTypes(pin.knownHosts.entries, target.host, target.port);
    if (known.length === 0)
        return undefined;
    const all = [
        'ssh-ed25519',
        'ecdsa-sha2-nistp256',
        'ecdsa-sha2-nistp384',
        'ecdsa-sha2-nistp521',
        'rsa-sha2-512',
        'rsa-sha2-256',
        'ssh-rsa',
    ];
    const expand = (t) => t === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : [t];
    const first = known.flatMap(expand).filter((a) => all.includes(a));
    return [...new Set([...first, ...all])];
}
/**
 * Checks the server's host key blob against the pin. Returns undefined when accepted, otherwise
 * the refusal message: it always says "host key" and shows the SHA256 fingerprint seen.
 */
function hostKeyRefusal(pin, target, description, key) {
    const seen = `${keyTypeOfBlob(key)} ${sshFingerprint(key)}`;
    const name = knownHostsName(target.host, target.port);
    if (!pin.knownHosts && !pin.fingerprints) {
        return (`refusing ${description}: no host key to check it against. The server offered host key ${seen}. ` +
            `Pass --known-hosts FILE or set PHOENIX_KNOWN_HOSTS (OpenSSH known_hosts format, e.g. the output of ` +
            `'ssh-keyscan -p ${target.port} ${target.host}' after checking it), or pin that fingerprint.`);
    }
    if (pin.fingerprints && !pin.fingerprints.includes(sshFingerprint(key))) {
        return (`refusing ${description}: host key fingerprint mismatch: the server offered ${seen}, ` +
            `the pinned fingerprint is ${pin.fingerprints.join(' or ')}`);
    }
    if (pin.knownHosts) {
        const { source, entries } = pin.knownHosts;
        const verdict = checkKnownHost(entries, target.host, target.port, key);
        if (!verdict.ok) {
            switch (verdict.reason) {
                case 'revoked':
                    return `refusing ${description}: the host key it offered, ${seen}, is marked @revoked in ${source}`;
                case 'unknown':
                    return (`refusing ${description}: unknown host key: ${source} has no entry for ${name}. ` +
                        `The server offered ${seen}. If that is the host's key (compare with ` +
                        `'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub' on the host), add a line for ${name} to ${source}.`);
                case 'changed':
                    return (`refusing ${description}: the host key has CHANGED: ${source} expects ${verdict.expected.join(' or ')} ` +
                        `for ${name}, but the server offered ${seen}. This is either a reinstalled host or a man-in-the-middle; ` +
                        `update ${source} only after checking the fingerprint on the host.`);
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/proxmox/ssh-url.ts
/**
 * Parsing of SSH targets, `ssh://USER@HOST[:PORT]`. HOST is a name, an IPv4 address or a
 * bracketed IPv6 address (`ssh://root@[fd00::5]:2222`). Anything else (a password, a path, a
 * query) is refused with a message that names the problem, never silently dropped.
 */

const DEFAULT_SSH_PORT = 22;
const USER_RE = /^[A-Za-z0-9._][A-Za-z0-9._-]*$/;
const HOSTNAME_RE = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;
const IPV6_RE = /^[0-9A-Fa-f:.]+(?:%[A-Za-z0-9_.-]+)?$/;
function bad(url, why) {
    return new errors/* UserError */.y(`invalid SSH target '${url}': ${why} (expected ssh://USER@HOST[:PORT])`, 2);
}
function parseSshUrl(url) {
    const trimmed = url.trim();
    if (!/^ssh:\/\//i.test(trimmed))
        throw bad(url, "it must start with 'ssh://'");
    let rest = trimmed.slice('ssh://'.length);
    if (rest.endsWith('/'))
        rest = rest.slice(0, -1);
    if (/[/?#]/.test(rest))
        throw bad(url, 'a path, query or fragment is not allowed');
    const at = rest.lastIndexOf('@');
    if (at < 0)
        throw bad(url, 'the user is missing');
    const userPart = rest.slice(0, at);
    const hostPart = rest.slice(at + 1);
    if (userPart.includes(':')) {
        throw bad(url, 'a password in the URL is not supported; use a key (--identity or PHOENIX_SSH_KEY)');
    }
    const user = decodeURIComponentSafe(url, userPart);
    if (user === '')
        throw bad(url, 'the user is empty');
    if (!USER_RE.test(user))
        throw bad(url, `'${user}' is not a valid user name`);
    let host;
    let portText;
    if (hostPart.startsWith('[')) {
        const close = hostPart.indexOf(']');
        if (close < 0)
            throw bad(url, "an IPv6 address opened with '[' is not closed with ']'");
        host = hostPart.slice(1, close);
        const after = hostPart.slice(close + 1);
        if (after !== '') {
            if (!after.startsWith(':'))
                throw bad(url, `unexpected '${after}' after the IPv6 address`);
            portText = after.slice(1);
        }
        if (!IPV6_RE.test(host) || !host.includes(':'))
            throw bad(url, `'${host}' is not an IPv6 address`);
    }
    else {
        const colon = hostPart.indexOf(':');
        if (colon >= 0) {
            host = hostPart.slice(0, colon);
            portText = hostPart.slice(colon + 1);
        }
        else {
            host = hostPart;
        }
        if (host === '')
            throw bad(url, 'the host is missing');
        if (!HOSTNAME_RE.test(host))
            throw bad(url, `'${host}' is not a valid host name or address`);
    }
    let port = DEFAULT_SSH_PORT;
    if (portText !== undefined) {
        if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
            throw bad(url, `the port '${portText}' is not a number between 1 and 65535`);
        }
        port = Number(portText);
    }
    return { user, host: host.toLowerCase(), port };
}
/** `ssh://root@pve:22` style description used in messages and `HostTransport.description`. */
function formatSshTarget(t) {
    const host = t.host.includes(':') ? `[${t.host}]` : t.host;
    return `ssh://${t.user}@${host}:${t.port}`;
}
function decodeURIComponentSafe(url, s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        throw bad(url, `'${s}' has a broken %-escape`);
    }
}

// EXTERNAL MODULE: ./src/proxmox/transport.ts
var transport = __webpack_require__(50098);
;// CONCATENATED MODULE: ./src/proxmox/ssh-transport.ts
/**
 * The `ssh://USER@HOST[:PORT]` transport (ssh2). One connection serves the whole run; commands
 * run on parallel exec channels, at most `maxChannels` at once (OpenSSH's MaxSessions defaults to
 * 10; further commands wait in a queue, and a server that refuses a channel lowers the limit).
 * Every argv travels as one POSIX-quoted string (`shellJoin`), run by the user's login shell.
 *
 * A dropped connection is re-established on the next command. A command that was running when
 * the connection dropped is re-sent once only if it is read-only (`RunOptions.readOnly`);
 * a mutating one fails with "connection lost ... (not retried: it may have changed the host)".
 * Credentials and host key pinning: see `ssh-credentials.ts`.
 */








const DEFAULT_MAX_CHANNELS = 8;
/**
 * sshd runs the command as `$SHELL -c COMMAND`, and Linux refuses a single argument over 128 KiB
 * (MAX_ARG_STRLEN) with "Argument list too long"; far beyond it (~256 KiB) the request no longer
 * fits an SSH packet and OpenSSH drops the whole connection. Longer commands are refused here.
 */
const MAX_COMMAND_BYTES = 131_000;
const RECONNECT_DELAYS_MS = [0, 300, 1000, 2500];
/** Internal: the connection went away while a command was using it. */
class ConnectionLost extends Error {
}
/** A refused host key or failed authentication: trying again cannot help. */
class ConnectRefused extends errors/* UserError */.y {
}
async function createSshTransport(url, options = {}) {
    const target = parseSshUrl(url);
    const credentials = loadSshCredentials(options);
    const env = options.env ?? process.env;
    let maxChannels = options.maxChannels ?? DEFAULT_MAX_CHANNELS;
    if (options.maxChannels === undefined && env.PHOENIX_SSH_MAX_CHANNELS) {
        const n = Number(env.PHOENIX_SSH_MAX_CHANNELS);
        if (!Number.isInteger(n) || n < 1 || n > 64) {
            throw new errors/* UserError */.y(`PHOENIX_SSH_MAX_CHANNELS must be an integer from 1 to 64, got '${env.PHOENIX_SSH_MAX_CHANNELS}'`, 2);
        }
        maxChannels = n;
    }
    const transport = new SshTransport(target, credentials, { ...options, maxChannels });
    await transport.connect();
    return transport;
}
class SshTransport {
    target;
    credentials;
    options;
    description;
    hostTimeouts = true;
    conn;
    connecting;
    everConnected = false;
    closed = false;
    limit;
    active = 0;
    waiting = [];
    constructor(target, credentials, options) {
        this.target = target;
        this.credentials = credentials;
        this.options = options;
        this.description = formatSshTarget(target);
        this.limit = Math.max(1, options.maxChannels);
    }
    async connect() {
        await this.ensureConnected();
    }
    async run(argv, options = {}) {
        if (argv.length === 0)
            throw new Error('ssh transport: empty argv');
        const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs;
        const command = (0,quote/* shellJoin */.nZ)(timeoutMs ? remoteReaper(timeoutMs, argv) : argv);
        const bytes = Buffer.byteLength(command);
        if (bytes > MAX_COMMAND_BYTES) {
            throw new errors/* UserError */.y(`command too long for SSH: ${summarize(argv)} is ${bytes} bytes once quoted; the remote shell ` +
                `takes one command of at most ${MAX_COMMAND_BYTES} bytes (Linux MAX_ARG_STRLEN)`, 2);
        }
        for (let attempt = 1;; attempt++) {
            if (this.closed)
                throw new Error(`${this.description}: transport already closed`);
            try {
                return await this.runOnce(argv, command, { ...options, timeoutMs });
            }
            catch (err) {
                if (!(err instanceof ConnectionLost))
                    throw err;
                if (options.readOnly && attempt === 1)
                    continue;
                throw new errors/* UserError */.y(options.readOnly
                    ? `connection to ${this.description} lost twice while running ${summarize(argv)} (read-only, retried once)`
                    : `connection to ${this.description} lost while running ${summarize(argv)} ` +
                        `(not retried: it may have changed the host)`, 1);
            }
        }
    }
    async close() {
        this.closed = true;
        const conn = this.conn ?? (await this.connecting?.catch(() => undefined));
        this.conn = undefined;
        if (!conn || !conn.alive)
            return;
        await new Promise((resolve) => {
            const timer = setTimeout(() => {
                conn.client.destroy();
                resolve();
            }, 2000);
            conn.client.once('close', () => {
                clearTimeout(timer);
                resolve();
            });
            conn.client.end();
        });
    }
    // ---- channel slots ------------------------------------------------------------------------
    async acquire() {
        if (this.active < this.limit) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.active <= this.limit ? this.waiting.shift() : undefined;
        if (next)
            next();
        else
            this.active--;
    }
    // ---- one command --------------------------------------------------------------------------
    async runOnce(argv, command, options) {
        for (let openTries = 0;; openTries++) {
            await this.acquire();
            let released = false;
            let handedOver = false;
            const releaseOnce = () => {
                if (!released) {
                    released = true;
                    this.release();
                }
            };
            try {
                if (this.closed)
                    throw new Error(`${this.description}: transport already closed`);
                const conn = await this.ensureConnected();
                const result = await new Promise((resolve, reject) => {
                    const onOpen = (err, channel) => {
                        if (err) {
                            if (!conn.alive)
                                return reject(new ConnectionLost(err.message));
                            if (/Channel open failure/i.test(err.message))
                                return resolve('refused');
                            return reject(new errors/* UserError */.y(`${this.description}: cannot run a command: ${err.message}`, 1));
                        }
                        // Listeners go on in this same tick: a fast command's exit status can arrive in the
                        // very packet batch that confirmed the exec, and ssh2 does not replay 'exit'.
                        handedOver = true;
                        this.collect(conn, channel, argv, options, releaseOnce).then(resolve, reject);
                    };
                    try {
                        conn.client.exec(command, onOpen);
                    }
                    catch (err) {
                        reject(conn.alive ? err : new ConnectionLost((0,errors/* getErrorMessage */.u)(err)));
                    }
                });
                if (result === 'refused') {
                    // The server refused another session (MaxSessions): nothing ran. Wait for a slot.
                    const othersActive = this.active - 1;
                    if (othersActive < 1 || openTries >= 5) {
                        throw new errors/* UserError */.y(`${this.description} refused to open a session for ${summarize(argv)}`, 1);
                    }
                    this.limit = Math.max(1, Math.min(this.limit, othersActive));
                    releaseOnce();
                    continue;
                }
                return result;
            }
            finally {
                // collect() releases when the channel closes; every other path releases here.
                if (!handedOver)
                    releaseOnce();
            }
        }
    }
    collect(conn, channel, argv, options, release) {
        const { timeoutMs } = options;
        return new Promise((resolve, reject) => {
            const out = [];
            const err = [];
            let exitCode;
            let settled = false;
            let timer;
            const finish = (fn) => {
                if (timer)
                    clearTimeout(timer);
                if (settled)
                    return;
                settled = true;
                fn();
            };
            channel.on('data', (d) => out.push(d));
            channel.stderr.on('data', (d) => err.push(d));
            channel.on('exit', (code, signal) => {
                exitCode = code ?? signalExitCode(signal);
            });
            channel.on('error', () => {
                /* reported through 'close' */
            });
            // ssh2 also passes the exit status to 'close', like a child process does.
            channel.on('close', (code, signal) => {
                if (exitCode === undefined && code !== undefined)
                    exitCode = code ?? signalExitCode(signal);
                release();
                if (!conn.alive)
                    return finish(() => reject(new ConnectionLost('connection closed')));
                const stderr = Buffer.concat(err).toString('utf8');
                finish(() => resolve({
                    exitCode: exitCode ?? 255,
                    stdout: Buffer.concat(out).toString('utf8'),
                    stderr: exitCode === undefined
                        ? `${stderr}(the server closed the channel without an exit status)\n`
                        : stderr,
                }));
            });
            if (timeoutMs !== undefined && timeoutMs > 0) {
                timer = setTimeout(() => {
                    finish(() => reject(new transport/* TransportTimeout */.D(`timed out after ${timeoutMs} ms: ${summarize(argv)} on ${this.description}`, timeoutMs)));
                    killRemote(channel);
                    channel.close();
                    // Free the slot even if the server never acknowledges the close.
                    setTimeout(release, 5000).unref();
                }, timeoutMs);
            }
            if (options.stdin !== undefined)
                channel.end(options.stdin);
            else
                channel.end();
        });
    }
    // ---- connection ---------------------------------------------------------------------------
    ensureConnected() {
        if (this.conn?.alive)
            return Promise.resolve(this.conn);
        if (this.connecting)
            return this.connecting;
        const reconnect = this.everConnected;
        this.connecting = (async () => {
            const delays = reconnect ? RECONNECT_DELAYS_MS : [0];
            let lastErr;
            for (const delay of delays) {
                if (delay > 0)
                    await new Promise((r) => setTimeout(r, delay));
                if (this.closed)
                    break;
                try {
                    const conn = await this.openConnection();
                    this.conn = conn;
                    this.everConnected = true;
                    return conn;
                }
                catch (err) {
                    lastErr = err;
                    if (err instanceof ConnectRefused)
                        break;
                }
            }
            if (lastErr === undefined)
                throw new Error(`${this.description}: transport already closed`);
            throw lastErr instanceof errors/* UserError */.y
                ? lastErr
                : new errors/* UserError */.y(`cannot ${reconnect ? 'reconnect' : 'connect'} to ${this.description}: ${(0,errors/* getErrorMessage */.u)(lastErr)}`, 2);
        })().finally(() => {
            this.connecting = undefined;
        });
        return this.connecting;
    }
    openConnection() {
        const { target, credentials, description } = this;
        return new Promise((resolve, reject) => {
            const client = new (lib_default()).Client();
            const conn = { client, alive: false };
            let refusal;
            let ready = false;
            const algorithms = hostKeyAlgorithms(credentials.pin, target);
            const config = {
                host: target.host,
                port: target.port,
                username: target.user,
                privateKey: credentials.privateKey,
                ...(credentials.passphrase ? { passphrase: credentials.passphrase } : {}),
                readyTimeout: this.options.connectTimeoutMs ?? 20000,
                keepaliveInterval: this.options.keepaliveIntervalMs ?? 10000,
                keepaliveCountMax: 3,
                ...(algorithms ? { algorithms: { serverHostKey: algorithms } } : {}),
                hostVerifier: (key) => {
                    refusal = hostKeyRefusal(credentials.pin, target, description, key);
                    return refusal === undefined;
                },
            };
            const dead = () => {
                conn.alive = false;
                if (this.conn === conn)
                    this.conn = undefined;
            };
            client.on('ready', () => {
                ready = true;
                conn.alive = true;
                resolve(conn);
            });
            client.on('error', (err) => {
                dead();
                if (ready)
                    return;
                if (refusal !== undefined)
                    return reject(new ConnectRefused(refusal, 2));
                if (err.level === 'client-authentication') {
                    return reject(new ConnectRefused(`authentication failed for user '${target.user}' on ${description} with the key from ` +
                        `${credentials.keySource} (is its public key in that user's authorized_keys?)`, 2));
                }
                if (err.level === 'client-timeout') {
                    return reject(new errors/* UserError */.y(`timed out connecting to ${description} (no SSH handshake)`, 2));
                }
                reject(err);
            });
            client.on('end', dead);
            client.on('close', () => {
                dead();
                if (!ready)
                    reject(new Error('the server closed the connection during the handshake'));
            });
            try {
                client.connect(config);
            }
            catch (err) {
                reject(new errors/* UserError */.y(`cannot connect to ${description}: ${(0,errors/* getErrorMessage */.u)(err)}`, 2));
            }
        });
    }
}


/***/ }),

/***/ 50098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TransportTimeout)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * The shell transports' interface: the embedded simulator, a local spawn, or SSH, each carrying
 * built argv to the host. Apply does not use it directly: the host port (src/host/port.ts) and its
 * shell implementation sit on top, and setup runs commands through the host runner. Implementations
 * never pass commands through a shell except SSH, which quotes every argument (see `quote.ts`).
 */

/**
 * A transport gave up on a command that outlived its `timeoutMs` (and stopped it: the local
 * transport kills its process group, SSH runs it under the host's `timeout`, the simulator drops it).
 */
class TransportTimeout extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    timeoutMs;
    code = 'ETIMEDOUT';
    constructor(message, timeoutMs) {
        super(message, 1);
        this.timeoutMs = timeoutMs;
        this.name = 'TransportTimeout';
    }
}


/***/ })

};
