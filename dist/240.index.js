export const id = 240;
export const ids = [240];
export const modules = {

/***/ 5240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dj: () => (/* reexport */ files/* APPARMOR_LXC_DIR */.Dj),
  tT: () => (/* reexport */ files/* DEVICE_DIR */.tT),
  y1: () => (/* reexport */ files/* TIMEOUT_KILL_AFTER_SEC */.y1),
  Vg: () => (/* reexport */ apiGet),
  $J: () => (/* reexport */ apparmorCheck),
  Nx: () => (/* reexport */ apparmorLoad),
  dl: () => (/* reexport */ files/* appendFile */.dl),
  pj: () => (/* reexport */ aptGetInstall),
  ZM: () => (/* reexport */ aptGetUpdate),
  k6: () => (/* reexport */ files/* chmod */.k6),
  q7: () => (/* reexport */ files/* chown */.q7),
  cN: () => (/* reexport */ chpasswdEncrypted),
  m5: () => (/* reexport */ chronycReloadSources),
  kU: () => (/* reexport */ clusterResources),
  r_: () => (/* reexport */ clusterStatus),
  Hc: () => (/* reexport */ curlDownload),
  Vw: () => (/* reexport */ dpkgQuery),
  U2: () => (/* reexport */ exportfsReexportAll),
  Od: () => (/* reexport */ getentPasswd),
  kb: () => (/* reexport */ getentShadow),
  mt: () => (/* reexport */ files/* guestConfigPath */.mt),
  GS: () => (/* reexport */ hopInner),
  y8: () => (/* reexport */ idGroups),
  m9: () => (/* reexport */ ifreloadAll),
  F5: () => (/* reexport */ files/* installDir */.F5),
  X4: () => (/* reexport */ files/* installDirIds */.X4),
  rh: () => (/* reexport */ files/* listHostEntries */.rh),
  w6: () => (/* reexport */ lsblkDisk),
  C8: () => (/* reexport */ lsmod),
  jE: () => (/* reexport */ files/* lxcConfigPath */.jE),
  $U: () => (/* reexport */ files/* mergeRawLxcLines */.$U),
  QS: () => (/* reexport */ files/* mkdirNew */.QS),
  U$: () => (/* reexport */ files/* mkdirP */.U$),
  FY: () => (/* reexport */ modinfoVersion),
  bU: () => (/* reexport */ modprobe),
  D$: () => (/* reexport */ nodeNetwork),
  KH: () => (/* reexport */ nvidiaModprobeUvm),
  st: () => (/* reexport */ nvidiaRunfileInstall),
  $1: () => (/* reexport */ nvidiaSmiDriverVersion),
  WU: () => (/* reexport */ onNode),
  HP: () => (/* reexport */ pctClone),
  k: () => (/* reexport */ pctConfig),
  Sq: () => (/* reexport */ pctCreate),
  Hy: () => (/* reexport */ pctDeleteSnapshot),
  KF: () => (/* reexport */ pctDestroy),
  NU: () => (/* reexport */ pctExec),
  hy: () => (/* reexport */ pctMigrate),
  v4: () => (/* reexport */ pctMoveVolume),
  _0: () => (/* reexport */ pctPush),
  AQ: () => (/* reexport */ pctReassignVolume),
  W0: () => (/* reexport */ pctResize),
  gH: () => (/* reexport */ pctRollback),
  MV: () => (/* reexport */ pctSet),
  _$: () => (/* reexport */ pctShutdown),
  Ix: () => (/* reexport */ pctSnapshot),
  SC: () => (/* reexport */ pctStart),
  SA: () => (/* reexport */ pctStop),
  oi: () => (/* reexport */ pctTemplate),
  Mf: () => (/* reexport */ pctUnlock),
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
  Bm: () => (/* reexport */ qmConfig),
  rS: () => (/* reexport */ qmCreate),
  YN: () => (/* reexport */ qmDeleteSnapshot),
  xN: () => (/* reexport */ qmDestroy),
  JJ: () => (/* reexport */ qmDiskMove),
  pV: () => (/* reexport */ qmGuestCmd),
  sx: () => (/* reexport */ qmGuestExec),
  cz: () => (/* reexport */ qmMigrate),
  df: () => (/* reexport */ qmResize),
  zc: () => (/* reexport */ qmRollback),
  dW: () => (/* reexport */ qmSet),
  fj: () => (/* reexport */ qmShutdown),
  Jz: () => (/* reexport */ qmSnapshot),
  R8: () => (/* reexport */ qmStart),
  Pe: () => (/* reexport */ qmStop),
  nP: () => (/* reexport */ qmTemplate),
  LQ: () => (/* reexport */ qmUnlock),
  Wx: () => (/* reexport */ files/* readConfigFiles */.Wx),
  TA: () => (/* reexport */ files/* readFile */.TA),
  BF: () => (/* reexport */ files/* readNodeConfigDirs */.BF),
  UX: () => (/* reexport */ files/* rmdirEmpty */.UX),
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
  t5: () => (/* reexport */ vzdump),
  ID: () => (/* reexport */ wipefsAll),
  kK: () => (/* reexport */ files/* withLock */.kK),
  wj: () => (/* reexport */ files/* withTimeout */.wj),
  _h: () => (/* reexport */ files/* writeFile */._h),
  L2: () => (/* reexport */ files/* writeLxcConfig */.L2),
  iv: () => (/* reexport */ zfsCreate),
  kI: () => (/* reexport */ zfsGet),
  On: () => (/* reexport */ zfsList),
  G$: () => (/* reexport */ zfsSet),
  b: () => (/* reexport */ zpoolCreate),
  ZH: () => (/* reexport */ zpoolList)
});

// UNUSED EXPORTS: HOST_PROGRAMS, HOST_SETUP_PROGRAMS, HostCommandInputError, hopPrefix, hopTarget, matchHostProgram, pctListSnapshots, pctStatus, pveamAvailable, pvesmStatus, qmCloudinitUpdate, qmDiskImport, qmListSnapshots, qmStatus, systemctlRestart, zpoolStatus

// EXTERNAL MODULE: ./src/proxmox/commands/command.ts
var commands_command = __webpack_require__(21575);
// EXTERNAL MODULE: ./src/proxmox/commands/programs.ts
var programs = __webpack_require__(83741);
// EXTERNAL MODULE: ./src/proxmox/commands/checks.ts
var checks = __webpack_require__(20353);
;// CONCATENATED MODULE: ./src/proxmox/commands/vzdump.ts
/**
 * Builder of `vzdump`, the Proxmox VE backup tool: one guest, onto a storage that takes backups
 * (`backup` content), taken by apply before any step that deletes a volume's data. Options follow
 * the `/nodes/{node}/vzdump` API schema.
 */


/** `vzdump VMID --storage STORAGE --mode MODE --compress zstd`. */
function vzdump(vmid, o) {
    if (!['snapshot', 'suspend', 'stop'].includes(o.mode))
        throw new commands_command/* HostCommandInputError */.qB(`invalid backup mode ${JSON.stringify(o.mode)}`);
    return (0,commands_command.rw)('vzdump', (0,checks/* checkVmid */.Jl)(vmid), ...(0,commands_command/* options */.fF)([
        ['storage', (0,checks/* checkStorageId */.fv)(o.storage)],
        ['mode', o.mode],
        ['compress', 'zstd'],
    ]));
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
        const value = typeof raw === 'boolean' ? (0,commands_command/* bool01 */.gW)(raw) : String(raw);
        if (value === '' || value.includes(',') || (0,checks/* hasControlChars */.jt)(value))
            (0,commands_command/* fail */.fJ)(`invalid ${option} value for '${key}': ${(0,commands_command/* show */.WU)(value)} (empty, ',' or control characters)`);
        if (i === 0 && bareFirst) {
            if (value.includes('='))
                (0,commands_command/* fail */.fJ)(`invalid ${option} value for '${key}': ${(0,commands_command/* show */.WU)(value)} contains '='`);
            parts.push(value);
        }
        else
            parts.push(`${key}=${value}`);
    });
    if (parts.length === 0)
        (0,commands_command/* fail */.fJ)(`${option} needs at least one setting`);
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
        (0,checks/* checkInteger */.zQ)(i, `${key} index`, 0, max);
        return [`${key}${i}`, render(v)];
    });
}
/** Property strings given as text are passed through after a one-line check. */
const guest_options_text = (what, render) => (v) => typeof v === 'string' ? (0,checks/* checkSingleLine */.Z_)(v, what) : render(v);
function nonEmpty(argv, what) {
    if (argv.length === 0)
        throw new commands_command/* HostCommandInputError */.qB(`${what}: nothing to change`);
}
function checkDelete(keys) {
    if (!keys || keys.length === 0)
        return undefined;
    return keys.map(checks/* checkConfigKey */.WM).join(',');
}
function nameservers(list) {
    if (!list || list.length === 0)
        return undefined;
    return list.map((ip) => (0,checks/* checkIp */.iR)(ip, 'nameserver')).join(' ');
}
/** `startup`: boot order and delays in seconds (CT and VM). */
function startupOrder(s) {
    for (const [k, v] of Object.entries(s))
        if (v !== undefined)
            (0,checks/* checkInteger */.zQ)(v, `startup ${k}`, 0);
    return property_string_propertyString('startup', [
        ['order', s.order],
        ['up', s.up],
        ['down', s.down],
    ]);
}
function checkNoNul(v) {
    if (v.includes('\0'))
        throw new commands_command/* HostCommandInputError */.qB('description contains a NUL byte');
    return v;
}
function cloneArgs(kind, o) {
    return (0,commands_command/* options */.fF)([
        ['snapname', o.snapname === undefined ? undefined : (0,checks/* checkSnapshotName */.Ap)(o.snapname, kind)],
        ['full', o.full],
        ['storage', o.storage === undefined ? undefined : (0,checks/* checkStorageId */.fv)(o.storage)],
        ['description', o.description === undefined ? undefined : checkNoNul(o.description)],
        ['pool', o.pool],
        ['target', o.target === undefined ? undefined : (0,checks/* checkNodeName */.sF)(o.target)],
    ]);
}
/**
 * `--target-storage`/`--targetstorage` of a migration: one storage id for every disk, or `1` for
 * each disk staying on a storage of the same name (the only forms Phoenix sends; Proxmox also
 * takes `source:target` pairs).
 */
function checkTargetStorage(v) {
    return v === '1' ? v : (0,checks/* checkStorageId */.fv)(v);
}
function shutdownArgs(o) {
    return (0,commands_command/* options */.fF)([
        ['timeout', o.timeoutSec === undefined ? undefined : (0,checks/* checkInteger */.zQ)(o.timeoutSec, 'shutdown timeout', 0)],
        ['forceStop', o.forceStop],
    ]);
}
const snapDescription = (d) => (0,commands_command/* options */.fF)([['description', d === undefined ? undefined : checkNoNul(d)]]);

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
        (0,commands_command/* fail */.fJ)(`invalid interface name ${(0,commands_command/* show */.WU)(n.name)}`);
    if (n.bridge !== undefined)
        (0,checks/* checkBridge */.oU)(n.bridge);
    if (n.ip !== undefined)
        (0,checks/* checkIpv4Config */.aj)(n.ip);
    if (n.gw !== undefined && !(0,checks/* isIpv4 */.eH)(n.gw))
        (0,commands_command/* fail */.fJ)(`invalid IPv4 gateway ${(0,commands_command/* show */.WU)(n.gw)}`);
    if (n.ip6 !== undefined)
        (0,checks/* checkIpv6Config */.o9)(n.ip6);
    if (n.gw6 !== undefined && !(0,checks/* isIpv6 */.sX)(n.gw6))
        (0,commands_command/* fail */.fJ)(`invalid IPv6 gateway ${(0,commands_command/* show */.WU)(n.gw6)}`);
    if (n.hwaddr !== undefined)
        (0,checks/* checkMac */.sQ)(n.hwaddr);
    if (n.tag !== undefined)
        (0,checks/* checkInteger */.zQ)(n.tag, 'VLAN tag', 1, 4094);
    if (n.mtu !== undefined)
        (0,checks/* checkInteger */.zQ)(n.mtu, 'MTU', 64, 65535);
    if (n.rate !== undefined && !(n.rate >= 0))
        (0,commands_command/* fail */.fJ)(`invalid rate ${(0,commands_command/* show */.WU)(n.rate)}`);
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
            (0,commands_command/* fail */.fJ)(`invalid file system type ${(0,commands_command/* show */.WU)(t)}`);
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
        (0,commands_command/* fail */.fJ)(`invalid device path ${(0,commands_command/* show */.WU)(d.path)}: must start with /dev/`);
    (0,checks/* checkAbsolutePath */.XV)(d.path, 'device path');
    if (d.mode !== undefined && !/^0[0-7]{3}$/.test(d.mode))
        (0,commands_command/* fail */.fJ)(`invalid device mode ${(0,commands_command/* show */.WU)(d.mode)}`);
    if (d.gid !== undefined)
        (0,checks/* checkInteger */.zQ)(d.gid, 'device gid', 0);
    if (d.uid !== undefined)
        (0,checks/* checkInteger */.zQ)(d.uid, 'device uid', 0);
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
        (0,checks/* checkDnsName */.l)(s.hostname);
    return (0,commands_command/* options */.fF)([
        ['hostname', s.hostname],
        ['memory', s.memory === undefined ? undefined : (0,checks/* checkInteger */.zQ)(s.memory, 'memory (MiB)', 16)],
        ['swap', s.swap === undefined ? undefined : (0,checks/* checkInteger */.zQ)(s.swap, 'swap (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : (0,checks/* checkInteger */.zQ)(s.cores, 'cores', 1, 8192)],
        ['cpulimit', s.cpulimit],
        ['rootfs', s.rootfs === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(s.rootfs, 'rootfs')],
        ...indexed('net', s.net, 31, guest_options_text('net', lxcNet)),
        ...indexed('mp', s.mp, 255, (v) => (0,checks/* checkSingleLine */.Z_)(v, 'mount point')),
        ...indexed('dev', s.dev, 255, guest_options_text('dev', lxcDev)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : (0,checks/* checkDnsName */.l)(s.searchdomain, 'search domain'),
        ],
        ['features', s.features === undefined ? undefined : guest_options_text('features', lxcFeatures)(s.features)],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : guest_options_text('startup', startupOrder)(s.startup)],
        ['tags', s.tags === undefined ? undefined : (0,checks/* tagList */.Tw)(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
        ['timezone', s.timezone === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(s.timezone, 'timezone')],
    ]);
}
/** `pct create VMID OSTEMPLATE ...`: `ostemplate` like `local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst`. */
function pctCreate(vmid, ostemplate, o = {}) {
    if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:vztmpl\/\S+$|^\/\S+$/i.test(ostemplate) || ostemplate.length > 255)
        throw new commands_command/* HostCommandInputError */.qB(`invalid OS template ${JSON.stringify(ostemplate)}: expected STORAGE:vztmpl/FILE or an absolute path`);
    if (o.password !== undefined && o.password.length < 5)
        throw new commands_command/* HostCommandInputError */.qB('CT root password must have at least 5 characters');
    const cmd = (0,commands_command.rw)('pct', 'create', (0,checks/* checkVmid */.Jl)(vmid), ostemplate, ...lxcSettingArgs(o), ...(0,commands_command/* options */.fF)([
        ['unprivileged', o.unprivileged],
        ['storage', o.storage === undefined ? undefined : (0,checks/* checkStorageId */.fv)(o.storage)],
        ['password', o.password],
        [
            'ssh-public-keys',
            o.sshPublicKeysFile === undefined
                ? undefined
                : (0,checks/* checkAbsolutePath */.XV)(o.sshPublicKeysFile, 'SSH key file'),
        ],
        ['pool', o.pool],
        ['start', o.start],
    ]));
    return { ...cmd, ...(o.password !== undefined ? { secrets: [o.password] } : {}) };
}
function pctClone(vmid, newid, o = {}) {
    return (0,commands_command.rw)('pct', 'clone', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkVmid */.Jl)(newid, 'new VMID'), ...cloneArgs('lxc', o), ...(0,commands_command/* options */.fF)([['hostname', o.hostname === undefined ? undefined : (0,checks/* checkDnsName */.l)(o.hostname)]]));
}
function pctSet(vmid, o) {
    const rest = [...lxcSettingArgs(o), ...(0,commands_command/* options */.fF)([['delete', checkDelete(o.delete)]])];
    nonEmpty(rest, `pct set ${vmid}`);
    return (0,commands_command.rw)('pct', 'set', (0,checks/* checkVmid */.Jl)(vmid), ...rest);
}
const pctStart = (vmid) => (0,commands_command.rw)('pct', 'start', (0,checks/* checkVmid */.Jl)(vmid));
const pctStop = (vmid) => (0,commands_command.rw)('pct', 'stop', (0,checks/* checkVmid */.Jl)(vmid));
const pctStatus = (vmid) => ro('pct', 'status', checkVmid(vmid));
const pctConfig = (vmid) => (0,commands_command.ro)('pct', 'config', (0,checks/* checkVmid */.Jl)(vmid));
const pctListSnapshots = (vmid) => ro('pct', 'listsnapshot', checkVmid(vmid));
const pctTemplate = (vmid) => (0,commands_command.rw)('pct', 'template', (0,checks/* checkVmid */.Jl)(vmid));
/** Clean shutdown; after `timeoutSec` the CT is stopped when `forceStop` is set. */
function pctShutdown(vmid, o = {}) {
    return (0,commands_command.rw)('pct', 'shutdown', (0,checks/* checkVmid */.Jl)(vmid), ...shutdownArgs(o));
}
function pctSnapshot(vmid, name, o = {}) {
    return (0,commands_command.rw)('pct', 'snapshot', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkSnapshotName */.Ap)(name, 'lxc'), ...snapDescription(o.description));
}
function pctRollback(vmid, name, o = {}) {
    return (0,commands_command.rw)('pct', 'rollback', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkSnapshotName */.Ap)(name, 'lxc'), ...(0,commands_command/* options */.fF)([['start', o.start]]));
}
function pctDeleteSnapshot(vmid, name, o = {}) {
    return (0,commands_command.rw)('pct', 'delsnapshot', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkSnapshotName */.Ap)(name, 'lxc'), ...(0,commands_command/* options */.fF)([['force', o.force]]));
}
/** Destroys a CT and its volumes. Only plans that explicitly destroy a guest use this. */
function pctDestroy(vmid, o = {}) {
    return (0,commands_command.rw)('pct', 'destroy', (0,checks/* checkVmid */.Jl)(vmid), ...(0,commands_command/* options */.fF)([
        ['purge', o.purge],
        ['force', o.force],
        ['destroy-unreferenced-disks', o.destroyUnreferencedDisks],
    ]));
}
/** Clears the CT's `lock:` property (`pct unlock`); apply uses it only for locks its own run left. */
function pctUnlock(vmid) {
    return (0,commands_command.rw)('pct', 'unlock', (0,checks/* checkVmid */.Jl)(vmid));
}
/** Copies a host file into the CT. `perms` is octal text such as `0755`. */
function pctPush(vmid, localFile, guestPath, o = {}) {
    if (o.perms !== undefined && !/^0?[0-7]{3,4}$/.test(o.perms))
        throw new commands_command/* HostCommandInputError */.qB(`invalid file permissions ${JSON.stringify(o.perms)}: expected octal like 0755`);
    for (const owner of [o.user, o.group])
        if (owner !== undefined && !/^[a-z_][a-z0-9_-]*\$?$|^\d+$/i.test(owner))
            throw new commands_command/* HostCommandInputError */.qB(`invalid owner ${JSON.stringify(owner)}`);
    return (0,commands_command.rw)('pct', 'push', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkAbsolutePath */.XV)(localFile, 'local file'), (0,checks/* checkAbsolutePath */.XV)(guestPath, 'path in the CT'), ...(0,commands_command/* options */.fF)([
        ['perms', o.perms],
        ['user', o.user],
        ['group', o.group],
    ]));
}
/**
 * Runs a command in the CT without a host shell: `pct exec VMID --keep-env 0 -- CMD ARGS...`.
 * `--keep-env 0`: pve-container's `pct exec` (src/PVE/CLI/pct.pm, option added Feb 2024, in
 * every PVE 8.2+ and 9.x) hands the caller's environment into the guest unless told not to
 * (`$param->{'keep-env'} // 1`, then `lxc-attach --keep-env`); with 0 it runs
 * `lxc-attach --clear-env`, so no runner variable (tokens included) reaches a guest.
 */
function pctExec(vmid, command) {
    if (command.length === 0 || command[0] === '')
        throw new commands_command/* HostCommandInputError */.qB('pct exec needs a command');
    return (0,commands_command.rw)('pct', 'exec', (0,checks/* checkVmid */.Jl)(vmid), '--keep-env', '0', '--', ...command);
}
/** `size` as `+4G` (grow by) or `16G` (absolute; Proxmox refuses to shrink). */
function pctResize(vmid, disk, size) {
    if (!/^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/.test(disk))
        throw new commands_command/* HostCommandInputError */.qB(`invalid CT disk ${JSON.stringify(disk)}: expected rootfs or mpN`);
    return (0,commands_command.rw)('pct', 'resize', (0,checks/* checkVmid */.Jl)(vmid), disk, (0,checks/* checkResizeSize */.Ii)(size));
}
const CT_DISK = /^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/;
/**
 * `pct move-volume VMID VOLUME STORAGE`: copies a rootfs or mount point volume, data included, to
 * another storage. `delete`: free the source after the copy (Proxmox's default keeps it as an
 * unused volume). Proxmox refuses it while the CT runs.
 */
function pctMoveVolume(vmid, volume, storage, o = {}) {
    if (!CT_DISK.test(volume))
        throw new commands_command/* HostCommandInputError */.qB(`invalid CT volume ${JSON.stringify(volume)}: expected rootfs or mpN`);
    return (0,commands_command.rw)('pct', 'move-volume', (0,checks/* checkVmid */.Jl)(vmid), volume, (0,checks/* checkStorageId */.fv)(storage), ...(0,commands_command/* options */.fF)([['delete', o.delete]]));
}
const CT_MOVE_KEY = /^(mp|unused)([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$/;
/**
 * `pct move-volume VMID KEY --target-vmid TARGET --target-volume TARGET_KEY`: hands the volume
 * under `key` (an `mpN` or `unusedN`), data included, to container `target` under `targetKey`.
 * Proxmox renames the volume to the target's id and refuses a running source (unless the key is
 * `unusedN`), an `unusedN` going to an `mpN`, a target key in use, a volume a snapshot uses, a
 * storage that cannot rename, and bind mounts (pve-container `PVE::API2::LXC::move_volume`).
 */
function pctReassignVolume(vmid, key, target, targetKey) {
    for (const k of [key, targetKey])
        if (!CT_MOVE_KEY.test(k))
            throw new commands_command/* HostCommandInputError */.qB(`invalid CT volume key ${JSON.stringify(k)}: expected mpN or unusedN`);
    if (/^unused/.test(key) && !/^unused/.test(targetKey))
        throw new commands_command/* HostCommandInputError */.qB(`an unused volume (${key}) can only go to an unusedN key, not ${targetKey}`);
    return (0,commands_command.rw)('pct', 'move-volume', (0,checks/* checkVmid */.Jl)(vmid), key, '--target-vmid', (0,checks/* checkVmid */.Jl)(target), '--target-volume', targetKey);
}
/**
 * `pct migrate VMID TARGET`: moves the container to node `target`, run on the node that holds it
 * (pve-container `PVE::API2::LXC::migrate_vm`; a running one needs `restart`, since Proxmox
 * refuses to move a running container otherwise).
 */
function pctMigrate(vmid, target, o = {}) {
    return (0,commands_command.rw)('pct', 'migrate', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkNodeName */.sF)(target), ...(0,commands_command/* options */.fF)([
        ['restart', o.restart || undefined],
        ['online', o.online || undefined],
        ['target-storage', o.targetStorage === undefined ? undefined : checkTargetStorage(o.targetStorage)],
        ['timeout', o.timeoutSec === undefined ? undefined : (0,checks/* checkInteger */.zQ)(o.timeoutSec, 'migrate timeout', 0)],
    ]));
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
        (0,commands_command/* fail */.fJ)(`invalid NIC model ${(0,commands_command/* show */.WU)(model)}`);
    (0,checks/* checkBridge */.oU)(n.bridge);
    if (n.macaddr !== undefined)
        (0,checks/* checkMac */.sQ)(n.macaddr);
    if (n.tag !== undefined)
        (0,checks/* checkInteger */.zQ)(n.tag, 'VLAN tag', 1, 4094);
    if (n.mtu !== undefined)
        (0,checks/* checkInteger */.zQ)(n.mtu, 'MTU', 1, 65520);
    if (n.queues !== undefined)
        (0,checks/* checkInteger */.zQ)(n.queues, 'queues', 0, 64);
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
            (0,commands_command/* fail */.fJ)(`invalid disk volume ${(0,commands_command/* show */.WU)(d.file)}`);
    }
    if (d.importFrom !== undefined) {
        if (d.importFrom.startsWith('/'))
            (0,checks/* checkAbsolutePath */.XV)(d.importFrom, 'import-from path');
        else if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.importFrom))
            (0,commands_command/* fail */.fJ)(`invalid import-from volume ${(0,commands_command/* show */.WU)(d.importFrom)}`);
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
        (0,checks/* checkCidr */.tC)(c.ip, false, 'IPv4 address');
    if (c.ip6 !== undefined && !['dhcp', 'auto'].includes(c.ip6))
        (0,checks/* checkCidr */.tC)(c.ip6, true, 'IPv6 address');
    if (c.gw !== undefined && !(0,checks/* isIpv4 */.eH)(c.gw))
        (0,commands_command/* fail */.fJ)(`invalid IPv4 gateway ${(0,commands_command/* show */.WU)(c.gw)}`);
    if (c.gw6 !== undefined && !(0,checks/* isIpv6 */.sX)(c.gw6))
        (0,commands_command/* fail */.fJ)(`invalid IPv6 gateway ${(0,commands_command/* show */.WU)(c.gw6)}`);
    if (c.gw !== undefined && c.ip === undefined)
        (0,commands_command/* fail */.fJ)('ipconfig: a gateway needs an ip');
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
        (0,commands_command/* fail */.fJ)('boot order needs at least one device');
    for (const d of devices)
        if (!QEMU_DEVICE.test(d))
            (0,commands_command/* fail */.fJ)(`invalid boot device ${(0,commands_command/* show */.WU)(d)}`);
    return `order=${devices.join(';')}`;
}

;// CONCATENATED MODULE: ./src/proxmox/commands/qm.ts
/**
 * Builders of virtual machine commands (`qm`): create, set, disk import, clone, resize,
 * start/stop/shutdown, snapshots, destroy, cloud-init and the guest agent. Options follow the
 * Proxmox VE 8.4 / 9.1 API schema (tests check each builder against ../shared/pve-api); invalid
 * input throws `HostCommandInputError`.
 */




/** `cicustom`: `user|network|meta|vendor=STORAGE:snippets/FILE`, comma-separated. */
function cicustomValue(v) {
    const part = /^(user|network|meta|vendor)=[a-z][a-z0-9\-_.]*[a-z0-9]:snippets\/[A-Za-z0-9][A-Za-z0-9._-]*$/i;
    if (!v.split(',').every((p) => part.test(p)))
        throw new commands_command/* HostCommandInputError */.qB(`invalid cicustom ${JSON.stringify(v)} (want vendor=STORAGE:snippets/FILE)`);
    return v;
}
function qemuSettingArgs(s) {
    if (s.name !== undefined)
        (0,checks/* checkDnsName */.l)(s.name, 'VM name');
    if (s.ciuser !== undefined && !/^[a-z_][a-z0-9_.-]*$/i.test(s.ciuser))
        throw new commands_command/* HostCommandInputError */.qB(`invalid cloud-init user ${JSON.stringify(s.ciuser)}`);
    const drive = guest_options_text('disk', qemuDrive);
    return (0,commands_command/* options */.fF)([
        ['name', s.name],
        ['memory', s.memory === undefined ? undefined : (0,checks/* checkInteger */.zQ)(s.memory, 'memory (MiB)', 16)],
        ['balloon', s.balloon === undefined ? undefined : (0,checks/* checkInteger */.zQ)(s.balloon, 'balloon (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : (0,checks/* checkInteger */.zQ)(s.cores, 'cores', 1)],
        ['sockets', s.sockets === undefined ? undefined : (0,checks/* checkInteger */.zQ)(s.sockets, 'sockets', 1)],
        ['cpu', s.cpu === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(s.cpu, 'cpu')],
        ['ostype', s.ostype],
        ['scsihw', s.scsihw],
        ...indexed('net', s.net, 31, guest_options_text('net', qemuNet)),
        ...indexed('scsi', s.scsi, 30, drive),
        ...indexed('virtio', s.virtio, 15, drive),
        ...indexed('sata', s.sata, 5, drive),
        ...indexed('ide', s.ide, 3, drive),
        ...indexed('serial', s.serial, 3, (v) => {
            if (v !== 'socket' && !/^\/dev\/\S+$/.test(v))
                throw new commands_command/* HostCommandInputError */.qB(`invalid serial port ${JSON.stringify(v)}`);
            return v;
        }),
        ['vga', s.vga === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(s.vga, 'vga')],
        ['boot', s.boot === undefined ? undefined : qemuBootOrder(s.boot)],
        ['agent', s.agent === undefined ? undefined : guest_options_text('agent', qemuAgent)(s.agent)],
        ...indexed('ipconfig', s.ipconfig, 31, guest_options_text('ipconfig', qemuIpconfig)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : (0,checks/* checkDnsName */.l)(s.searchdomain, 'search domain'),
        ],
        ['ciuser', s.ciuser],
        ['cicustom', s.cicustom === undefined ? undefined : cicustomValue(s.cicustom)],
        ['cipassword', s.cipassword],
        ['sshkeys', s.sshkeysFile === undefined ? undefined : (0,checks/* checkAbsolutePath */.XV)(s.sshkeysFile, 'SSH key file')],
        ['citype', s.citype],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : guest_options_text('startup', startupOrder)(s.startup)],
        ['tags', s.tags === undefined ? undefined : (0,checks/* tagList */.Tw)(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
    ]);
}
const withCiSecret = (cmd, s) => ({
    ...cmd,
    ...(s.cipassword !== undefined ? { secrets: [s.cipassword] } : {}),
});
function qmCreate(vmid, s = {}) {
    return withCiSecret((0,commands_command.rw)('qm', 'create', (0,checks/* checkVmid */.Jl)(vmid), ...qemuSettingArgs(s), ...(0,commands_command/* options */.fF)([
        ['pool', s.pool],
        ['start', s.start],
    ])), s);
}
function qmSet(vmid, s) {
    const rest = [...qemuSettingArgs(s), ...(0,commands_command/* options */.fF)([['delete', checkDelete(s.delete)]])];
    nonEmpty(rest, `qm set ${vmid}`);
    return withCiSecret((0,commands_command.rw)('qm', 'set', (0,checks/* checkVmid */.Jl)(vmid), ...rest), s);
}
/** Imports a disk image (cloud image) as an unused disk of the VM. */
function qmDiskImport(vmid, source, storage, o = {}) {
    if (o.targetDisk !== undefined &&
        !/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3])$/.test(o.targetDisk))
        throw new HostCommandInputError(`invalid target disk ${JSON.stringify(o.targetDisk)}`);
    return rw('qm', 'disk', 'import', checkVmid(vmid), checkAbsolutePath(source, 'disk image'), checkStorageId(storage), ...options([
        ['format', o.format],
        ['target-disk', o.targetDisk],
    ]));
}
function qmClone(vmid, newid, o = {}) {
    return (0,commands_command.rw)('qm', 'clone', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkVmid */.Jl)(newid, 'new VMID'), ...cloneArgs('qemu', o), ...(0,commands_command/* options */.fF)([['name', o.name === undefined ? undefined : (0,checks/* checkDnsName */.l)(o.name, 'VM name')]]));
}
function qmResize(vmid, disk, size) {
    if (!/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3]|efidisk0|tpmstate0)$/.test(disk))
        throw new commands_command/* HostCommandInputError */.qB(`invalid VM disk ${JSON.stringify(disk)}`);
    return (0,commands_command.rw)('qm', 'resize', (0,checks/* checkVmid */.Jl)(vmid), disk, (0,checks/* checkResizeSize */.Ii)(size));
}
/**
 * `qm disk move VMID DISK STORAGE`: copies a disk, data included, to another storage (online for a
 * running VM). `delete`: free the source after the copy (else Proxmox keeps it as unused).
 */
function qmDiskMove(vmid, disk, storage, o = {}) {
    if (!/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3]|efidisk0|tpmstate0)$/.test(disk))
        throw new commands_command/* HostCommandInputError */.qB(`invalid VM disk ${JSON.stringify(disk)}`);
    return (0,commands_command.rw)('qm', 'disk', 'move', (0,checks/* checkVmid */.Jl)(vmid), disk, (0,checks/* checkStorageId */.fv)(storage), ...(0,commands_command/* options */.fF)([['delete', o.delete]]));
}
const qmStart = (vmid) => (0,commands_command.rw)('qm', 'start', (0,checks/* checkVmid */.Jl)(vmid));
const qmStop = (vmid) => (0,commands_command.rw)('qm', 'stop', (0,checks/* checkVmid */.Jl)(vmid));
const qmStatus = (vmid) => ro('qm', 'status', checkVmid(vmid));
const qmConfig = (vmid) => (0,commands_command.ro)('qm', 'config', (0,checks/* checkVmid */.Jl)(vmid));
const qmListSnapshots = (vmid) => ro('qm', 'listsnapshot', checkVmid(vmid));
const qmTemplate = (vmid) => (0,commands_command.rw)('qm', 'template', (0,checks/* checkVmid */.Jl)(vmid));
const qmCloudinitUpdate = (vmid) => rw('qm', 'cloudinit', 'update', checkVmid(vmid));
function qmShutdown(vmid, o = {}) {
    return (0,commands_command.rw)('qm', 'shutdown', (0,checks/* checkVmid */.Jl)(vmid), ...shutdownArgs(o));
}
function qmSnapshot(vmid, name, o = {}) {
    return (0,commands_command.rw)('qm', 'snapshot', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkSnapshotName */.Ap)(name, 'qemu'), ...snapDescription(o.description), ...(0,commands_command/* options */.fF)([['vmstate', o.vmstate]]));
}
function qmRollback(vmid, name, o = {}) {
    return (0,commands_command.rw)('qm', 'rollback', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkSnapshotName */.Ap)(name, 'qemu'), ...(0,commands_command/* options */.fF)([['start', o.start]]));
}
function qmDeleteSnapshot(vmid, name, o = {}) {
    return (0,commands_command.rw)('qm', 'delsnapshot', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkSnapshotName */.Ap)(name, 'qemu'), ...(0,commands_command/* options */.fF)([['force', o.force]]));
}
/** Destroys a VM and its disks. Only plans that explicitly destroy a guest use this. */
function qmDestroy(vmid, o = {}) {
    return (0,commands_command.rw)('qm', 'destroy', (0,checks/* checkVmid */.Jl)(vmid), ...(0,commands_command/* options */.fF)([
        ['purge', o.purge],
        ['destroy-unreferenced-disks', o.destroyUnreferencedDisks],
    ]));
}
/** Clears the VM's `lock:` property (`qm unlock`); apply uses it only for locks its own run left. */
function qmUnlock(vmid) {
    return (0,commands_command.rw)('qm', 'unlock', (0,checks/* checkVmid */.Jl)(vmid));
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
        throw new commands_command/* HostCommandInputError */.qB(`unsupported agent command ${JSON.stringify(command)}`);
    return (0,commands_command.ro)('qm', 'guest', 'cmd', (0,checks/* checkVmid */.Jl)(vmid), command);
}
/** Runs a command through the guest agent: `qm guest exec VMID [--timeout N] -- CMD ARGS...`. */
function qmGuestExec(vmid, command, o = {}) {
    if (command.length === 0 || command[0] === '')
        throw new commands_command/* HostCommandInputError */.qB('qm guest exec needs a command');
    return (0,commands_command.rw)('qm', 'guest', 'exec', (0,checks/* checkVmid */.Jl)(vmid), ...(0,commands_command/* options */.fF)([
        ['timeout', o.timeoutSec === undefined ? undefined : (0,checks/* checkInteger */.zQ)(o.timeoutSec, 'timeout', 0)],
        ['pass-stdin', o.passStdin],
    ]), '--', ...command);
}
/**
 * `qm migrate VMID TARGET`: moves the VM to node `target`, run on the node that holds it
 * (qemu-server `PVE::API2::Qemu::migrate_vm`).
 */
function qmMigrate(vmid, target, o = {}) {
    return (0,commands_command.rw)('qm', 'migrate', (0,checks/* checkVmid */.Jl)(vmid), (0,checks/* checkNodeName */.sF)(target), ...(0,commands_command/* options */.fF)([
        ['online', o.online || undefined],
        ['with-local-disks', o.withLocalDisks || undefined],
        ['targetstorage', o.targetStorage === undefined ? undefined : checkTargetStorage(o.targetStorage)],
    ]));
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
    return (0,commands_command.ro)('pvesh', 'get', '/cluster/resources', '--output-format', 'json');
}
/**
 * The cluster's nodes as corosync sees them (`PVE::API2::Cluster` `get_status`, pve-manager): per
 * node its name, `ip` (the cluster network address), `online` and `local` (the node answering);
 * a node outside a cluster answers with itself alone.
 */
function clusterStatus() {
    return (0,commands_command.ro)('pvesh', 'get', '/cluster/status', '--output-format', 'json');
}
/** Bridges (and other interfaces) of one node. */
function nodeNetwork(node) {
    return (0,commands_command.ro)('pvesh', 'get', `/nodes/${(0,checks/* checkNodeName */.sF)(node)}/network`, '--output-format', 'json');
}
/** Proxmox VE version of the node we talk to. */
function pveVersion() {
    return (0,commands_command.ro)('pvesh', 'get', '/version', '--output-format', 'json');
}
/**
 * Contents (templates, ISOs) of one storage: of one content type, or of every type when `content`
 * is left out (the API filters on one type only; each entry names its `content`).
 */
function storageContent(node, storage, content) {
    return (0,commands_command.ro)('pvesh', 'get', `/nodes/${(0,checks/* checkNodeName */.sF)(node)}/storage/${(0,checks/* checkStorageId */.fv)(storage)}/content`, ...(content === undefined ? [] : ['--content', content]), '--output-format', 'json');
}
/** Any read-only API call: `pvesh get PATH [--param value...] --output-format json`. */
function apiGet(path, params = {}) {
    if (!/^\/[A-Za-z0-9/_.:@!-]*$/.test(path))
        throw new commands_command/* HostCommandInputError */.qB(`invalid API path ${JSON.stringify(path)}`);
    return (0,commands_command.ro)('pvesh', 'get', path, ...(0,commands_command/* options */.fF)(Object.entries(params)), '--output-format', 'json');
}
// ---- Proxmox API calls the CLIs lack ----
const checkFileName = (name, what) => /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) ? name : (0,commands_command/* fail */.fJ)(`invalid ${what} ${(0,commands_command/* show */.WU)(name)}`);
/** Downloads a file (ISO, cloud image, template) into a storage through the node (PVE 7.2+). */
function pveDownloadUrl(node, storage, o) {
    if ((o.checksum === undefined) !== (o.checksumAlgorithm === undefined))
        (0,commands_command/* fail */.fJ)('download-url: give both checksum and checksum algorithm, or neither');
    if (o.checksum !== undefined && !/^[0-9a-fA-F]{32,128}$/.test(o.checksum))
        (0,commands_command/* fail */.fJ)(`invalid checksum ${(0,commands_command/* show */.WU)(o.checksum)}`);
    return (0,commands_command.rw)('pvesh', 'create', `/nodes/${(0,checks/* checkNodeName */.sF)(node)}/storage/${(0,checks/* checkStorageId */.fv)(storage)}/download-url`, ...(0,commands_command/* options */.fF)([
        ['content', o.content],
        ['filename', checkFileName(o.filename, 'file name')],
        ['url', (0,checks/* checkUrl */.CU)(o.url)],
        ['checksum', o.checksum],
        ['checksum-algorithm', o.checksumAlgorithm],
    ]));
}
/** Sets the password of a Proxmox VE user (realm `pve`); the value is a secret, masked in logs. */
function pveSetPassword(userid, password) {
    if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid))
        (0,commands_command/* fail */.fJ)(`invalid user id ${(0,commands_command/* show */.WU)(userid)}`);
    if (password.length < 5 || /[\r\n\0]/.test(password))
        (0,commands_command/* fail */.fJ)(`the password of ${userid} must be at least 5 characters on one line`);
    return {
        ...(0,commands_command.rw)('pvesh', 'set', '/access/password', '--userid', userid, '--password', password),
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
    return DATASET.test(name) ? name : (0,commands_command/* fail */.fJ)(`invalid ZFS dataset ${(0,commands_command/* show */.WU)(name)}`);
}
function propAssignments(props) {
    return Object.entries(props).map(([k, v]) => {
        if (!ZFS_PROP.test(k))
            (0,commands_command/* fail */.fJ)(`invalid ZFS property ${(0,commands_command/* show */.WU)(k)}`);
        if (v === '')
            (0,commands_command/* fail */.fJ)(`empty value for ZFS property ${k}`);
        return `${k}=${(0,checks/* checkSingleLine */.Z_)(v, `ZFS property ${k}`)}`;
    });
}
function zfsCreate(dataset, props = {}, o = {}) {
    const opts = propAssignments(props).flatMap((a) => ['-o', a]);
    return (0,commands_command.rw)('zfs', 'create', ...(o.parents ? ['-p'] : []), ...opts, checkDataset(dataset));
}
function zfsSet(dataset, props) {
    const assignments = propAssignments(props);
    if (assignments.length === 0)
        (0,commands_command/* fail */.fJ)(`zfs set ${dataset}: nothing to change`);
    return (0,commands_command.rw)('zfs', 'set', ...assignments, checkDataset(dataset));
}
/** Script-friendly `name<TAB>property<TAB>value<TAB>source` lines, exact (parsable) numbers. */
function zfsGet(datasets, props = ['all']) {
    for (const p of props)
        if (!ZFS_PROP.test(p))
            (0,commands_command/* fail */.fJ)(`invalid ZFS property ${(0,commands_command/* show */.WU)(p)}`);
    return (0,commands_command.ro)('zfs', 'get', '-H', '-p', '-o', 'name,property,value,source', props.join(','), ...datasets.map(checkDataset));
}
function zfsList(root) {
    return (0,commands_command.ro)('zfs', 'list', '-H', '-p', '-o', 'name,used,avail,mountpoint', '-t', 'filesystem', ...(root ? ['-r', checkDataset(root)] : []));
}
/** Creates a pool. Callers must have checked that the disks hold no data. */
function zpoolCreate(pool, vdevs, o = {}) {
    if (!/^[A-Za-z][A-Za-z0-9_.:-]*$/.test(pool) || /^(mirror|raidz|spare|log|cache)/.test(pool))
        (0,commands_command/* fail */.fJ)(`invalid pool name ${(0,commands_command/* show */.WU)(pool)}`);
    if (vdevs.length === 0)
        (0,commands_command/* fail */.fJ)(`zpool ${pool}: no disks`);
    const layout = vdevs.flatMap((v) => {
        if (v.disks.length === 0)
            (0,commands_command/* fail */.fJ)(`zpool ${pool}: empty vdev`);
        for (const d of v.disks)
            if (!d.startsWith('/dev/'))
                (0,commands_command/* fail */.fJ)(`invalid disk ${(0,commands_command/* show */.WU)(d)}: expected a /dev/ path`);
        return [...(v.type ? [v.type] : []), ...v.disks.map((d) => (0,checks/* checkAbsolutePath */.XV)(d, 'disk'))];
    });
    return (0,commands_command.rw)('zpool', 'create', ...(o.force ? ['-f'] : []), ...(o.ashift !== undefined ? ['-o', `ashift=${(0,checks/* checkInteger */.zQ)(o.ashift, 'ashift', 9, 16)}`] : []), ...propAssignments(o.fsProps ?? {}).flatMap((a) => ['-O', a]), pool, ...layout);
}
const zpoolList = () => (0,commands_command.ro)('zpool', 'list', '-H', '-p', '-o', 'name,size,alloc,free,health');
const zpoolStatus = (pool) => ro('zpool', 'status', '-P', ...(pool ? [pool] : []));

;// CONCATENATED MODULE: ./src/proxmox/commands/pvesm.ts
/**
 * Builders of storage commands (`pvesm`): add a ZFS pool, directory or NFS storage, change one,
 * show the status table.
 */



function commonStorageArgs(s) {
    for (const n of s.nodes ?? [])
        if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(n))
            (0,commands_command/* fail */.fJ)(`invalid node ${(0,commands_command/* show */.WU)(n)}`);
    return (0,commands_command/* options */.fF)([
        ['content', s.content && s.content.length > 0 ? s.content.join(',') : undefined],
        ['nodes', s.nodes && s.nodes.length > 0 ? s.nodes.join(',') : undefined],
        ['disable', s.disable],
    ]);
}
function pvesmAdd(storage, spec) {
    const id = (0,checks/* checkStorageId */.fv)(storage);
    let specific;
    switch (spec.type) {
        case 'zfspool':
            checkDataset(spec.pool);
            if (spec.blocksize !== undefined && !/^\d+[kKmM]?$/.test(spec.blocksize))
                (0,commands_command/* fail */.fJ)(`invalid blocksize ${(0,commands_command/* show */.WU)(spec.blocksize)}`);
            specific = (0,commands_command/* options */.fF)([
                ['pool', spec.pool],
                ['sparse', spec.sparse],
                ['blocksize', spec.blocksize],
                [
                    'mountpoint',
                    spec.mountpoint === undefined ? undefined : (0,checks/* checkAbsolutePath */.XV)(spec.mountpoint, 'mountpoint'),
                ],
            ]);
            break;
        case 'dir':
            specific = (0,commands_command/* options */.fF)([
                ['path', (0,checks/* checkAbsolutePath */.XV)(spec.path, 'storage path')],
                ['shared', spec.shared],
            ]);
            break;
        case 'nfs':
            if (!/^[A-Za-z0-9.:[\]-]+$/.test(spec.server))
                (0,commands_command/* fail */.fJ)(`invalid NFS server ${(0,commands_command/* show */.WU)(spec.server)}`);
            specific = (0,commands_command/* options */.fF)([
                ['server', spec.server],
                ['export', (0,checks/* checkAbsolutePath */.XV)(spec.export, 'NFS export')],
                ['path', spec.path === undefined ? undefined : (0,checks/* checkAbsolutePath */.XV)(spec.path, 'mount path')],
                ['options', spec.options === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(spec.options, 'NFS options')],
            ]);
            break;
        default:
            return (0,commands_command/* fail */.fJ)(`unsupported storage type ${(0,commands_command/* show */.WU)(spec.type)}`);
    }
    return (0,commands_command.rw)('pvesm', 'add', spec.type, id, ...specific, ...commonStorageArgs(spec));
}
/** Changes content types / nodes / enabled state of an existing storage. */
function pvesmSet(storage, s) {
    const rest = commonStorageArgs(s);
    if (rest.length === 0)
        (0,commands_command/* fail */.fJ)(`pvesm set ${storage}: nothing to change`);
    return (0,commands_command.rw)('pvesm', 'set', (0,checks/* checkStorageId */.fv)(storage), ...rest);
}
/** Human-readable status table (use `apiGet('/nodes/NODE/storage')` for JSON). */
const pvesmStatus = () => ro('pvesm', 'status');

;// CONCATENATED MODULE: ./src/proxmox/commands/pveam.ts
/**
 * Builders of container template commands (`pveam`): refresh the index, list what is available
 * and what a storage holds, download a template.
 */


const pveamUpdate = () => (0,commands_command.rw)('pveam', 'update');
function pveamAvailable(section) {
    return ro('pveam', 'available', ...options([['section', section]]));
}
/** Downloads `template` (a name from `pveam available`, e.g. `debian-12-standard_12.7-1_amd64.tar.zst`). */
function pveamDownload(storage, template) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.tar\.(gz|xz|zst)$/.test(template))
        (0,commands_command/* fail */.fJ)(`invalid template name ${(0,commands_command/* show */.WU)(template)}: expected a file name like debian-12-standard_12.7-1_amd64.tar.zst`);
    return (0,commands_command.rw)('pveam', 'download', (0,checks/* checkStorageId */.fv)(storage), template);
}
const pveamList = (storage) => (0,commands_command.ro)('pveam', 'list', (0,checks/* checkStorageId */.fv)(storage));

;// CONCATENATED MODULE: ./src/proxmox/commands/pveum.ts
/**
 * Builders of user, group, ACL and API token commands (`pveum`). Token secrets come back in the
 * JSON output, never in argv.
 */


const USERID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
const GROUPID = /^[A-Za-z0-9.\-_]+$/;
const TOKENID = /^[A-Za-z][A-Za-z0-9.\-_]+$/;
const checkUserId = (u) => USERID.test(u) ? u : (0,commands_command/* fail */.fJ)(`invalid user id ${(0,commands_command/* show */.WU)(u)}: expected NAME@REALM`);
const checkGroupId = (g) => (GROUPID.test(g) ? g : (0,commands_command/* fail */.fJ)(`invalid group id ${(0,commands_command/* show */.WU)(g)}`));
function pveumUserAdd(userid, o = {}) {
    return (0,commands_command.rw)('pveum', 'user', 'add', checkUserId(userid), ...(0,commands_command/* options */.fF)([
        ['comment', o.comment === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(o.comment, 'comment')],
        [
            'email',
            o.email === undefined
                ? undefined
                : /^[^\s@]+@[^\s@]+$/.test(o.email)
                    ? o.email
                    : (0,commands_command/* fail */.fJ)(`invalid email ${(0,commands_command/* show */.WU)(o.email)}`),
        ],
        ['enable', o.enable],
        ['expire', o.expire === undefined ? undefined : (0,checks/* checkInteger */.zQ)(o.expire, 'expire', 0)],
        ['firstname', o.firstname === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(o.firstname, 'first name')],
        ['lastname', o.lastname === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(o.lastname, 'last name')],
        ['groups', o.groups && o.groups.length > 0 ? o.groups.map(checkGroupId).join(',') : undefined],
    ]));
}
function pveumGroupAdd(groupid, o = {}) {
    return (0,commands_command.rw)('pveum', 'group', 'add', checkGroupId(groupid), ...(0,commands_command/* options */.fF)([['comment', o.comment === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(o.comment, 'comment')]]));
}
/** Grants roles on an ACL path (`/`, `/vms/100`, `/storage/local`...) to users, groups or tokens. */
function pveumAclModify(path, o) {
    if (!/^\/[A-Za-z0-9/_.-]*$/.test(path))
        (0,commands_command/* fail */.fJ)(`invalid ACL path ${(0,commands_command/* show */.WU)(path)}`);
    if (o.roles.length === 0)
        (0,commands_command/* fail */.fJ)('an ACL needs at least one role');
    for (const r of o.roles)
        if (!/^[A-Za-z0-9.\-_]+$/.test(r))
            (0,commands_command/* fail */.fJ)(`invalid role ${(0,commands_command/* show */.WU)(r)}`);
    const users = o.users ?? [];
    const groups = o.groups ?? [];
    const tokens = o.tokens ?? [];
    if (users.length + groups.length + tokens.length === 0)
        (0,commands_command/* fail */.fJ)('an ACL needs users, groups or tokens');
    for (const t of tokens)
        if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/.test(t))
            (0,commands_command/* fail */.fJ)(`invalid token id ${(0,commands_command/* show */.WU)(t)}`);
    return (0,commands_command.rw)('pveum', 'acl', 'modify', path, ...(0,commands_command/* options */.fF)([
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
        (0,commands_command/* fail */.fJ)(`invalid token name ${(0,commands_command/* show */.WU)(tokenid)}`);
    return (0,commands_command.rw)('pveum', 'user', 'token', 'add', checkUserId(userid), tokenid, ...(0,commands_command/* options */.fF)([
        ['comment', o.comment === undefined ? undefined : (0,checks/* checkSingleLine */.Z_)(o.comment, 'comment')],
        ['expire', o.expire === undefined ? undefined : (0,checks/* checkInteger */.zQ)(o.expire, 'expire', 0)],
        ['privsep', o.privsep],
        ['output-format', 'json'],
    ]));
}
const pveumUserList = () => (0,commands_command.ro)('pveum', 'user', 'list', '--output-format', 'json');
const pveumGroupList = () => (0,commands_command.ro)('pveum', 'group', 'list', '--output-format', 'json');
const pveumAclList = () => (0,commands_command.ro)('pveum', 'acl', 'list', '--output-format', 'json');
const pveumUserTokenList = (userid) => (0,commands_command.ro)('pveum', 'user', 'token', 'list', checkUserId(userid), '--output-format', 'json');
/** Changes an existing user's groups (replacing the list), comment or enabled state. */
function pveumUserModify(userid, o) {
    if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid))
        (0,commands_command/* fail */.fJ)(`invalid user id ${(0,commands_command/* show */.WU)(userid)}`);
    for (const g of o.groups ?? [])
        if (!/^[A-Za-z0-9.\-_]+$/.test(g))
            (0,commands_command/* fail */.fJ)(`invalid group id ${(0,commands_command/* show */.WU)(g)}`);
    if (o.comment !== undefined)
        (0,checks/* checkSingleLine */.Z_)(o.comment, 'comment');
    const rest = (0,commands_command/* options */.fF)([
        ['groups', o.groups === undefined ? undefined : o.groups.join(',')],
        ['comment', o.comment],
        ['enable', o.enable],
    ]);
    if (rest.length === 0)
        (0,commands_command/* fail */.fJ)(`pveum user modify ${userid}: nothing to change`);
    return (0,commands_command.rw)('pveum', 'user', 'modify', userid, ...rest);
}

// EXTERNAL MODULE: ./src/proxmox/commands/files.ts
var files = __webpack_require__(92189);
// EXTERNAL MODULE: ./src/proxmox/quote.ts
var quote = __webpack_require__(35131);
;// CONCATENATED MODULE: ./src/proxmox/commands/hop.ts
/**
 * Commands for another node of a Proxmox VE cluster, run from the node Phoenix is connected to.
 *
 * Why a hop and not the API's proxying (`pvesh create /nodes/NODE/...`): `pct exec`, `pct push`,
 * guest scripts and host folders have no API path at all, so they must run on the node that holds
 * the guest; one path for every kind of guest operation keeps the argv of each the same on one
 * node and on a cluster (the audit log reads alike), and it is the path Proxmox itself takes
 * between nodes: `PVE::SSHInfo::ssh_info_to_command` (pve-cluster) runs
 * `/usr/bin/ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@IP`, with the node's cluster
 * address from `PVE::Cluster::remote_node_ip`, and the root keys `pvecm add` set up.
 * Files under /etc/pve need no hop: pmxcfs shows the same tree on every node.
 *
 * The remote side runs the command through its login shell, so the inner argv travels as one
 * string, every word single-quoted (`quote.ts`).
 */



/** The options before the destination, as `ssh_info_to_ssh_opts` builds them. */
function hopPrefix(route) {
    (0,checks/* checkNodeName */.sF)(route.node);
    (0,checks/* checkIp */.iR)(route.address, `address of node ${(0,commands_command/* show */.WU)(route.node)}`);
    return [
        'ssh',
        '-e',
        'none',
        '-o',
        'BatchMode=yes',
        '-o',
        `HostKeyAlias=${route.node}`,
        `root@${route.address}`,
        '--',
    ];
}
/** `cmd` run on `route`'s node: stdin, secrets and read-only-ness carried over. */
function onNode(route, cmd) {
    if (cmd.argv[0] === 'ssh')
        (0,commands_command/* fail */.fJ)(`a command for node ${(0,commands_command/* show */.WU)(route.node)} is already routed to another node`);
    return { ...cmd, argv: [...hopPrefix(route), (0,quote/* shellJoin */.nZ)(cmd.argv)] };
}
/** The inner argv string of a hop built by `onNode`, and its node; undefined for other commands. */
function hopTarget(argv) {
    if (argv[0] !== 'ssh' || argv.length !== 10 || argv[8] !== '--')
        return undefined;
    const alias = /^HostKeyAlias=(.+)$/.exec(argv[6] ?? '');
    const dest = /^root@(.+)$/.exec(argv[7] ?? '');
    if (!alias || !dest)
        return undefined;
    return { node: alias[1], address: dest[1], command: argv[9] };
}
/** The node and argv a hop built by `onNode` carries; undefined for other commands. */
function hopInner(argv) {
    const hop = hopTarget(argv);
    const inner = hop ? (0,quote/* shellSplit */.LO)(hop.command) : undefined;
    return hop && inner ? { node: hop.node, argv: inner } : undefined;
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
    return PACKAGE.test(name) ? name : (0,commands_command/* fail */.fJ)(`invalid Debian package name ${(0,commands_command/* show */.WU)(name)}`);
}
function checkUnit(name) {
    return UNIT.test(name) ? name : (0,commands_command/* fail */.fJ)(`invalid systemd unit ${(0,commands_command/* show */.WU)(name)}`);
}
function checkModule(name) {
    return MODULE.test(name) ? name : (0,commands_command/* fail */.fJ)(`invalid kernel module ${(0,commands_command/* show */.WU)(name)}`);
}
// ---- Debian packages ----
/** `name<TAB>version<TAB>status` per known package (status `ii ` = installed); exit 1 if some are unknown. */
function dpkgQuery(packages) {
    if (packages.length === 0)
        (0,commands_command/* fail */.fJ)('dpkg-query: no packages');
    return (0,commands_command.ro)('dpkg-query', '--show', '--showformat=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n', ...packages.map(checkPackageName));
}
/** apt-get without questions: debconf non-interactive, keep locally changed config files. */
const aptGet = (...args) => (0,commands_command/* wrap */.LV)('env', ['DEBIAN_FRONTEND=noninteractive'], (0,commands_command.rw)('apt-get', ...args));
const aptGetUpdate = () => aptGet('update', '-q');
function aptGetInstall(packages) {
    if (packages.length === 0)
        (0,commands_command/* fail */.fJ)('apt-get install: no packages');
    return aptGet('install', '-y', '-q', '--no-install-recommends', '-o', 'Dpkg::Options::=--force-confdef', '-o', 'Dpkg::Options::=--force-confold', ...packages.map(checkPackageName));
}
// ---- time ----
const timedatectlShow = () => (0,commands_command.ro)('timedatectl', 'show', '--property=Timezone', '--property=NTP');
function timedatectlSetTimezone(zone) {
    if (!TIMEZONE.test(zone))
        (0,commands_command/* fail */.fJ)(`invalid time zone ${(0,commands_command/* show */.WU)(zone)}`);
    return (0,commands_command.rw)('timedatectl', 'set-timezone', zone);
}
const timedatectlSetNtp = (on) => (0,commands_command.rw)('timedatectl', 'set-ntp', on ? 'true' : 'false');
/** Makes chronyd re-read /etc/chrony/sources.d. */
const chronycReloadSources = () => (0,commands_command.rw)('chronyc', 'reload', 'sources');
// ---- network, services, kernel ----
/** Applies /etc/network/interfaces (and interfaces.d) with ifupdown2, like the Proxmox GUI does. */
const ifreloadAll = () => (0,commands_command.rw)('ifreload', '-a');
const systemctlIsActive = (unit) => (0,commands_command.ro)('systemctl', 'is-active', checkUnit(unit));
const systemctlIsEnabled = (unit) => (0,commands_command.ro)('systemctl', 'is-enabled', checkUnit(unit));
const systemctlEnableNow = (unit) => (0,commands_command.rw)('systemctl', 'enable', '--now', checkUnit(unit));
const systemctlReload = (unit) => (0,commands_command.rw)('systemctl', 'reload', checkUnit(unit));
const systemctlRestart = (unit) => rw('systemctl', 'restart', checkUnit(unit));
/** Loaded kernel modules (`Module Size Used by` table). */
const lsmod = () => (0,commands_command.ro)('lsmod');
const modprobe = (module) => (0,commands_command.rw)('modprobe', checkModule(module));
const updateInitramfs = () => (0,commands_command.rw)('update-initramfs', '-u', '-k', 'all');
/** Copies kernels and /etc/kernel/cmdline to the ESPs (systemd-boot or proxmox-boot-tool-managed GRUB). */
const proxmoxBootToolRefresh = () => (0,commands_command.rw)('proxmox-boot-tool', 'refresh');
const updateGrub = () => (0,commands_command.rw)('update-grub');
// ---- disks ----
/** One disk as JSON: the device and its partitions with their signatures and mount points. */
function lsblkDisk(disk) {
    if (!disk.startsWith('/dev/'))
        (0,commands_command/* fail */.fJ)(`invalid disk ${(0,commands_command/* show */.WU)(disk)}: expected a /dev/ path`);
    return (0,commands_command.ro)('lsblk', '--json', '--bytes', '--output', 'PATH,SIZE,TYPE,FSTYPE,PTTYPE,MOUNTPOINT', '--', (0,checks/* checkAbsolutePath */.XV)(disk, 'disk'));
}
/** Erases every filesystem, RAID and partition-table signature on `device`. Destroys data. */
function wipefsAll(device) {
    if (!device.startsWith('/dev/'))
        (0,commands_command/* fail */.fJ)(`invalid device ${(0,commands_command/* show */.WU)(device)}: expected a /dev/ path`);
    return (0,commands_command.rw)('wipefs', '--all', '--', (0,checks/* checkAbsolutePath */.XV)(device, 'device'));
}
// ---- NFS and Samba services ----
/** Re-exports everything in /etc/exports and /etc/exports.d (and drops exports no longer listed). */
const exportfsReexportAll = () => (0,commands_command.rw)('exportfs', '-ra');
/** Parses smb.conf (and its includes) and prints the effective configuration; non-zero on errors. */
const testparm = () => (0,commands_command.ro)('testparm', '-s');
// ---- firewall, AppArmor ----
/** Compiles /etc/pve/firewall/* into rules and prints them; problems in rules go to stderr. */
const pveFirewallCompile = () => (0,commands_command.ro)('pve-firewall', 'compile');
/** Parses an AppArmor profile given on stdin without loading it (a syntax check). */
function apparmorCheck(profileText) {
    return { ...(0,commands_command.ro)('apparmor_parser', '--skip-kernel-load', '--skip-cache'), stdin: profileText };
}
/** Loads (or replaces) the profile in `path` into the kernel. */
const apparmorLoad = (path) => (0,commands_command.rw)('apparmor_parser', '--replace', '--write-cache', (0,checks/* checkAbsolutePath */.XV)(path, 'profile'));
// ---- NVIDIA ----
/** Installed driver version, one line per GPU; exit 127 when the driver is not installed. */
const nvidiaSmiDriverVersion = () => (0,commands_command.ro)('nvidia-smi', '--query-gpu=driver_version', '--format=csv,noheader');
/**
 * Makes /dev/nvidia-uvm and /dev/nvidia-uvm-tools now (loading nvidia-uvm): the module creates no
 * device node by itself, and Proxmox stats every passthrough device at `pct set` and at start.
 */
const nvidiaModprobeUvm = () => (0,commands_command.rw)('nvidia-modprobe', '-c0', '-u');
/** Version of the module installed for the running kernel (loaded or not); exit 1 when there is none. */
const modinfoVersion = (module) => (0,commands_command.ro)('modinfo', '-F', 'version', checkModule(module));
/** Downloads `url` to `dest` (fails on HTTP errors, retries transient ones). */
function curlDownload(url, dest) {
    return (0,commands_command.rw)('curl', '-fsSL', '--retry', '3', '-o', (0,checks/* checkAbsolutePath */.XV)(dest, 'download target'), (0,checks/* checkUrl */.CU)(url));
}
/** Runs the NVIDIA `.run` installer unattended, building the kernel module with DKMS. */
function nvidiaRunfileInstall(runfile) {
    (0,checks/* checkAbsolutePath */.XV)(runfile, 'installer');
    if (!/\/NVIDIA-Linux-[A-Za-z0-9_]+-[0-9.]+\.run$/.test(runfile))
        (0,commands_command/* fail */.fJ)(`invalid NVIDIA installer ${(0,commands_command/* show */.WU)(runfile)}: expected .../NVIDIA-Linux-<arch>-<version>.run`);
    return (0,commands_command.rw)('sh', runfile, '--silent', '--dkms', '--no-questions', '--ui=none');
}

;// CONCATENATED MODULE: ./src/proxmox/commands/users.ts
/**
 * Builders of Linux and Samba account commands: look users up (`getent`, `id`, `pdbedit`), create
 * them, add them to groups, set passwords. Password hashes and passwords travel only on stdin and
 * in `secrets` (masked in logs), never in argv.
 */


// ---- Linux users ----
const getentPasswd = (user) => (0,commands_command.ro)('getent', 'passwd', (0,checks/* checkLinuxUser */.mW)(user));
/** The shadow entry holds the password hash: callers must treat the output as secret. */
const getentShadow = (user) => (0,commands_command.ro)('getent', 'shadow', (0,checks/* checkLinuxUser */.mW)(user));
const idGroups = (user) => (0,commands_command.ro)('id', '-nG', '--', (0,checks/* checkLinuxUser */.mW)(user));
function useradd(user, o = {}) {
    if (o.comment !== undefined && !/^[^:\n\r,]*$/.test(o.comment))
        (0,commands_command/* fail */.fJ)(`invalid user comment ${(0,commands_command/* show */.WU)(o.comment)}`);
    return (0,commands_command.rw)('useradd', ...(o.createHome === false ? ['--no-create-home'] : ['--create-home']), ...(o.system ? ['--system'] : []), '--shell', (0,checks/* checkAbsolutePath */.XV)(o.shell ?? '/bin/bash', 'shell'), ...(o.comment ? ['--comment', o.comment] : []), '--', (0,checks/* checkLinuxUser */.mW)(user));
}
function usermodAppendGroups(user, groups) {
    if (groups.length === 0)
        (0,commands_command/* fail */.fJ)('usermod: no groups');
    return (0,commands_command.rw)('usermod', '--append', '--groups', groups.map(checks/* checkLinuxUser */.mW).join(','), '--', (0,checks/* checkLinuxUser */.mW)(user));
}
/** Sets a password from its crypt(3) hash; the hash goes on stdin, never in argv. */
function chpasswdEncrypted(user, hash) {
    if (!/^\$[A-Za-z0-9]+\$[^\s:]+$/.test(hash))
        (0,commands_command/* fail */.fJ)('the password hash is not a crypt(3) hash like $6$...');
    return {
        ...(0,commands_command.rw)('chpasswd', '--encrypted'),
        stdin: `${(0,checks/* checkLinuxUser */.mW)(user)}:${hash}\n`,
        secrets: [hash],
    };
}
// ---- Samba users ----
/** Exit 0 and one line when the Samba user exists in the passdb. */
const pdbeditUser = (user) => (0,commands_command.ro)('pdbedit', '-L', '-u', (0,checks/* checkLinuxUser */.mW)(user));
/** Adds a Samba user; the password goes on stdin twice (`-s`), never in argv. */
function smbpasswdAdd(user, password) {
    if (password === '' || /[\r\n]/.test(password))
        (0,commands_command/* fail */.fJ)('the Samba password must be one non-empty line');
    return {
        ...(0,commands_command.rw)('smbpasswd', '-a', '-s', (0,checks/* checkLinuxUser */.mW)(user)),
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

/***/ 83741:
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
            'migrate',
            'move-volume',
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
            'unlock',
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
            'disk move',
            'guest cmd',
            'guest exec',
            'listsnapshot',
            'migrate',
            'resize',
            'rollback',
            'set',
            'shutdown',
            'snapshot',
            'start',
            'status',
            'stop',
            'template',
            'unlock',
        ],
    },
    // Backups before a step that deletes a volume's data (commands/vzdump.ts).
    { name: 'vzdump', path: '/usr/bin/vzdump', mutates: true, subcommands: [], forms: [['<vmid>', '...']] },
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
        name: 'find',
        path: '/usr/bin/find',
        mutates: false,
        subcommands: [],
        forms: [['/dev', '/etc/apparmor.d/lxc', '-mindepth', '1', '-maxdepth', '1']],
    },
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
    // A command for another cluster node (hop.ts): the inner command travels as one quoted string,
    // so the allow-list cannot see it; a runner allowed this may run anything as root on the other
    // nodes, as root of one node already can through the cluster's own SSH keys. The quoted inner
    // command holds spaces, so its form is `...` (the sudoers rule must not stop at one word).
    {
        name: 'ssh',
        path: '/usr/bin/ssh',
        mutates: true,
        subcommands: [],
        forms: [['-e', 'none', '-o', 'BatchMode=yes', '-o', '<x>', '<x>', '--', '...']],
    },
    // Every timed command runs under coreutils `timeout` (files.ts `withTimeout`), so the host reaps it.
    {
        name: 'timeout',
        path: '/usr/bin/timeout',
        mutates: false,
        subcommands: [],
        forms: [['--kill-after=10s', '<duration>', '<command...>']],
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
    {
        name: 'mkdir',
        path: '/usr/bin/mkdir',
        mutates: true,
        subcommands: [],
        forms: [
            ['-p', '--', '<dir>'],
            ['-m', '<mode>', '--', '<dir>'],
        ],
    },
    // The cluster-wide apply lock prunes the generation folders it no longer needs (host/cluster-lock.ts).
    { name: 'rmdir', path: '/usr/bin/rmdir', mutates: true, subcommands: [], forms: [['--', '<dir>']] },
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
        name: 'nvidia-modprobe',
        path: '/usr/bin/nvidia-modprobe',
        mutates: true,
        subcommands: [],
        forms: [['-c0', '-u']],
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


/***/ })

};
