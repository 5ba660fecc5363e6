export const id = 460;
export const ids = [460,37];
export const modules = {

/***/ 4117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.$1),
/* harmony export */   $J: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.$J),
/* harmony export */   $K: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.$K),
/* harmony export */   $U: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.$U),
/* harmony export */   AK: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.AK),
/* harmony export */   Ah: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Ah),
/* harmony export */   BF: () => (/* binding */ readNodeConfigDirs),
/* harmony export */   C8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.C8),
/* harmony export */   D$: () => (/* binding */ nodeNetwork),
/* harmony export */   DE: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.DE),
/* harmony export */   F5: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.F5),
/* harmony export */   FX: () => (/* binding */ qmDiskImport),
/* harmony export */   FY: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.FY),
/* harmony export */   G$: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.G$),
/* harmony export */   HP: () => (/* binding */ pctClone),
/* harmony export */   Hc: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Hc),
/* harmony export */   Hy: () => (/* binding */ pctDeleteSnapshot),
/* harmony export */   ID: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.ID),
/* harmony export */   Ib: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Ib),
/* harmony export */   Ix: () => (/* binding */ pctSnapshot),
/* harmony export */   J7: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.J7),
/* harmony export */   Jz: () => (/* binding */ qmSnapshot),
/* harmony export */   KD: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.KD),
/* harmony export */   KE: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.KE),
/* harmony export */   KF: () => (/* binding */ pctDestroy),
/* harmony export */   KN: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.KN),
/* harmony export */   L2: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.L2),
/* harmony export */   MV: () => (/* binding */ pctSet),
/* harmony export */   NT: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.NT),
/* harmony export */   NU: () => (/* binding */ pctExec),
/* harmony export */   Nx: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Nx),
/* harmony export */   O: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.O),
/* harmony export */   Od: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Od),
/* harmony export */   On: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.On),
/* harmony export */   Pe: () => (/* binding */ qmStop),
/* harmony export */   QG: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.QG),
/* harmony export */   R8: () => (/* binding */ qmStart),
/* harmony export */   SA: () => (/* binding */ pctStop),
/* harmony export */   SC: () => (/* binding */ pctStart),
/* harmony export */   Sq: () => (/* binding */ pctCreate),
/* harmony export */   TA: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.TA),
/* harmony export */   Tc: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Tc),
/* harmony export */   U$: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.U$),
/* harmony export */   U2: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.U2),
/* harmony export */   Uz: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Uz),
/* harmony export */   VG: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.VG),
/* harmony export */   Vg: () => (/* binding */ apiGet),
/* harmony export */   Vw: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Vw),
/* harmony export */   W0: () => (/* binding */ pctResize),
/* harmony export */   Wx: () => (/* binding */ readConfigFiles),
/* harmony export */   Y: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Y),
/* harmony export */   YN: () => (/* binding */ qmDeleteSnapshot),
/* harmony export */   YR: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.YR),
/* harmony export */   ZH: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.ZH),
/* harmony export */   ZM: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.ZM),
/* harmony export */   _$: () => (/* binding */ pctShutdown),
/* harmony export */   _0: () => (/* binding */ pctPush),
/* harmony export */   _h: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__._h),
/* harmony export */   b: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.b),
/* harmony export */   bU: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.bU),
/* harmony export */   c2: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.c2),
/* harmony export */   cN: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.cN),
/* harmony export */   dC: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.dC),
/* harmony export */   dW: () => (/* binding */ qmSet),
/* harmony export */   df: () => (/* binding */ qmResize),
/* harmony export */   dl: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.dl),
/* harmony export */   eB: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.eB),
/* harmony export */   eo: () => (/* binding */ qmClone),
/* harmony export */   fj: () => (/* binding */ qmShutdown),
/* harmony export */   gH: () => (/* binding */ pctRollback),
/* harmony export */   hz: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.hz),
/* harmony export */   iv: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.iv),
/* harmony export */   jB: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.jB),
/* harmony export */   jC: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.jC),
/* harmony export */   jE: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.jE),
/* harmony export */   k6: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.k6),
/* harmony export */   kI: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.kI),
/* harmony export */   kK: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.kK),
/* harmony export */   kU: () => (/* binding */ clusterResources),
/* harmony export */   kb: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.kb),
/* harmony export */   l8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.l8),
/* harmony export */   m5: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.m5),
/* harmony export */   m9: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.m9),
/* harmony export */   mt: () => (/* binding */ guestConfigPath),
/* harmony export */   n4: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.n4),
/* harmony export */   n8: () => (/* binding */ storageContent),
/* harmony export */   nP: () => (/* binding */ qmTemplate),
/* harmony export */   oS: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.oS),
/* harmony export */   oi: () => (/* binding */ pctTemplate),
/* harmony export */   pF: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.pF),
/* harmony export */   pV: () => (/* binding */ qmGuestCmd),
/* harmony export */   pY: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.pY),
/* harmony export */   pj: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.pj),
/* harmony export */   q7: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.q7),
/* harmony export */   rS: () => (/* binding */ qmCreate),
/* harmony export */   s4: () => (/* binding */ pveVersion),
/* harmony export */   st: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.st),
/* harmony export */   sx: () => (/* binding */ qmGuestExec),
/* harmony export */   w6: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.w6),
/* harmony export */   w8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.w8),
/* harmony export */   w9: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.w9),
/* harmony export */   xN: () => (/* binding */ qmDestroy),
/* harmony export */   y8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.y8),
/* harmony export */   yJ: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.yJ),
/* harmony export */   zc: () => (/* binding */ qmRollback),
/* harmony export */   zt: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.zt)
/* harmony export */ });
/* unused harmony exports pctStatus, pctConfig, pctListSnapshots, qmStatus, qmConfig, qmListSnapshots, qmCloudinitUpdate */
/* harmony import */ var _pve_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3621);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5274);
/* harmony import */ var _host_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36);
/* harmony import */ var _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1292);
/**
 * Every command Phoenix sends to a host is built here, and only here: typed operations in,
 * argv out. Transports never build commands; other modules never write argv by hand.
 * Options and value formats follow the Proxmox VE 8.4 / 9.1 API schema (tests check each builder
 * against ../shared/pve-api). Invalid input throws `HostCommandInputError` before anything is sent.
 * Guest (pct/qm) builders live here; storage, users, ZFS and file builders and the registry of
 * host programs are in `host-commands.ts` (re-exported below).
 */





/** Paths of guest config files in the cluster filesystem. */
function guestConfigPath(node, kind, id) {
    return `/etc/pve/nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${id}.conf`;
}
// ---- live-state reading (a constant number of commands, whatever the number of guests) ----
/** All guests, storages and nodes of the cluster in one JSON document. */
function clusterResources() {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', '/cluster/resources', '--output-format', 'json');
}
/**
 * The config files of many guests (with their `[snapshot]` sections) in one command:
 * `grep -H ''` prints every line prefixed by its file path. Paths are absolute /etc/pve paths.
 */
function readConfigFiles(paths) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('grep', '-H', '', '--', ...paths);
}
/**
 * Every guest config file of the given nodes in one command whose size does not grow with the
 * number of guests: `grep -r -H ''` over each node's `lxc` and `qemu-server` folders prints every
 * line prefixed by its file path (`/etc/pve/nodes/NODE/lxc/ID.conf:LINE`).
 */
function readNodeConfigDirs(nodes) {
    const dirs = nodes.flatMap((node) => {
        if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(node))
            throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid node name ${JSON.stringify(node)}`);
        return [`/etc/pve/nodes/${node}/lxc`, `/etc/pve/nodes/${node}/qemu-server`];
    });
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('grep', '-r', '-H', '', '--', ...dirs);
}
/** Bridges (and other interfaces) of one node. */
function nodeNetwork(node) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', `/nodes/${node}/network`, '--output-format', 'json');
}
/** Proxmox VE version of the node we talk to. */
function pveVersion() {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', '/version', '--output-format', 'json');
}
/** Contents (templates, ISOs) of one storage. */
function storageContent(node, storage, content) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', `/nodes/${node}/storage/${storage}/content`, '--content', content, '--output-format', 'json');
}
/** Any read-only API call: `pvesh get PATH [--param value...] --output-format json`. */
function apiGet(path, params = {}) {
    if (!/^\/[A-Za-z0-9/_.:@!-]*$/.test(path))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid API path ${JSON.stringify(path)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', path, ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)(Object.entries(params)), '--output-format', 'json');
}
function indexed(key, values, max, render) {
    if (!values)
        return [];
    return Object.entries(values)
        .map(([i, v]) => [Number(i), v])
        .sort((a, b) => a[0] - b[0])
        .map(([i, v]) => {
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(i, `${key} index`, 0, max);
        return [`${key}${i}`, render(v)];
    });
}
/** Property strings given as text are passed through after a one-line check. */
const text = (what, render) => (v) => typeof v === 'string' ? (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(v, what) : render(v);
function nonEmpty(argv, what) {
    if (argv.length === 0)
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`${what}: nothing to change`);
}
function checkDelete(keys) {
    if (!keys || keys.length === 0)
        return undefined;
    return keys.map(_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkConfigKey */ .WM).join(',');
}
function nameservers(list) {
    if (!list || list.length === 0)
        return undefined;
    return list.map((ip) => (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIp */ .iR)(ip, 'nameserver')).join(' ');
}
function lxcSettingArgs(s) {
    if (s.hostname !== undefined)
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.hostname);
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['hostname', s.hostname],
        ['memory', s.memory === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.memory, 'memory (MiB)', 16)],
        ['swap', s.swap === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.swap, 'swap (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.cores, 'cores', 1, 8192)],
        ['cpulimit', s.cpulimit],
        ['rootfs', s.rootfs === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.rootfs, 'rootfs')],
        ...indexed('net', s.net, 31, text('net', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .lxcNet */ .Z4)),
        ...indexed('mp', s.mp, 255, (v) => (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(v, 'mount point')),
        ...indexed('dev', s.dev, 255, text('dev', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .lxcDev */ .VW)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.searchdomain, 'search domain'),
        ],
        ['features', s.features === undefined ? undefined : text('features', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .lxcFeatures */ .lO)(s.features)],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : text('startup', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .startupOrder */ .cE)(s.startup)],
        ['tags', s.tags === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .tagList */ .Tw)(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
        ['timezone', s.timezone === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.timezone, 'timezone')],
    ]);
}
function checkNoNul(v) {
    if (v.includes('\0'))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('description contains a NUL byte');
    return v;
}
/** `pct create VMID OSTEMPLATE ...`: `ostemplate` like `local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst`. */
function pctCreate(vmid, ostemplate, o = {}) {
    if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:vztmpl\/\S+$|^\/\S+$/i.test(ostemplate) || ostemplate.length > 255)
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid OS template ${JSON.stringify(ostemplate)}: expected STORAGE:vztmpl/FILE or an absolute path`);
    if (o.password !== undefined && o.password.length < 5)
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('CT root password must have at least 5 characters');
    const argv = [
        'pct',
        'create',
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid),
        ostemplate,
        ...lxcSettingArgs(o),
        ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
            ['unprivileged', o.unprivileged],
            ['storage', o.storage === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(o.storage)],
            ['password', o.password],
            [
                'ssh-public-keys',
                o.sshPublicKeysFile === undefined
                    ? undefined
                    : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(o.sshPublicKeysFile, 'SSH key file'),
            ],
            ['pool', o.pool],
            ['start', o.start],
        ]),
    ];
    return { argv, readOnly: false, ...(o.password !== undefined ? { secrets: [o.password] } : {}) };
}
function pctClone(vmid, newid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'clone', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(newid, 'new VMID'), ...cloneArgs('lxc', o), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['hostname', o.hostname === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(o.hostname)]]));
}
function cloneArgs(kind, o) {
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['snapname', o.snapname === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(o.snapname, kind)],
        ['full', o.full],
        ['storage', o.storage === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(o.storage)],
        ['description', o.description === undefined ? undefined : checkNoNul(o.description)],
        ['pool', o.pool],
    ]);
}
function pctSet(vmid, o) {
    const rest = [...lxcSettingArgs(o), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['delete', checkDelete(o.delete)]])];
    nonEmpty(rest, `pct set ${vmid}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'set', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...rest);
}
const pctStart = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'start', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const pctStop = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'stop', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const pctStatus = (vmid) => ro('pct', 'status', checkVmid(vmid));
const pctConfig = (vmid) => ro('pct', 'config', checkVmid(vmid));
const pctListSnapshots = (vmid) => ro('pct', 'listsnapshot', checkVmid(vmid));
const pctTemplate = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'template', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
/** Clean shutdown; after `timeoutSec` the CT is stopped when `forceStop` is set. */
function pctShutdown(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'shutdown', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...shutdownArgs(o));
}
function shutdownArgs(o) {
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['timeout', o.timeoutSec === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(o.timeoutSec, 'shutdown timeout', 0)],
        ['forceStop', o.forceStop],
    ]);
}
function pctSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'snapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'lxc'), ...snapDescription(o.description));
}
const snapDescription = (d) => (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['description', d === undefined ? undefined : checkNoNul(d)]]);
function pctRollback(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'rollback', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'lxc'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['start', o.start]]));
}
function pctDeleteSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'delsnapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'lxc'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['force', o.force]]));
}
/** Destroys a CT and its volumes. Only plans that explicitly destroy a guest use this. */
function pctDestroy(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'destroy', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['purge', o.purge],
        ['force', o.force],
    ]));
}
/** Copies a host file into the CT. `perms` is octal text such as `0755`. */
function pctPush(vmid, localFile, guestPath, o = {}) {
    if (o.perms !== undefined && !/^0?[0-7]{3,4}$/.test(o.perms))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid file permissions ${JSON.stringify(o.perms)}: expected octal like 0755`);
    for (const owner of [o.user, o.group])
        if (owner !== undefined && !/^[a-z_][a-z0-9_-]*\$?$|^\d+$/i.test(owner))
            throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid owner ${JSON.stringify(owner)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'push', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(localFile, 'local file'), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(guestPath, 'path in the CT'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['perms', o.perms],
        ['user', o.user],
        ['group', o.group],
    ]));
}
/** Runs a command in the CT without a host shell: `pct exec VMID -- CMD ARGS...`. */
function pctExec(vmid, command) {
    if (command.length === 0 || command[0] === '')
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('pct exec needs a command');
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'exec', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), '--', ...command);
}
/** `size` as `+4G` (grow by) or `16G` (absolute; Proxmox refuses to shrink). */
function pctResize(vmid, disk, size) {
    if (!/^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/.test(disk))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid CT disk ${JSON.stringify(disk)}: expected rootfs or mpN`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'resize', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), disk, (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkResizeSize */ .Ii)(size));
}
function qemuSettingArgs(s) {
    if (s.name !== undefined)
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.name, 'VM name');
    if (s.ciuser !== undefined && !/^[a-z_][a-z0-9_.-]*$/i.test(s.ciuser))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid cloud-init user ${JSON.stringify(s.ciuser)}`);
    const drive = text('disk', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuDrive */ .r2);
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['name', s.name],
        ['memory', s.memory === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.memory, 'memory (MiB)', 16)],
        ['balloon', s.balloon === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.balloon, 'balloon (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.cores, 'cores', 1)],
        ['sockets', s.sockets === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.sockets, 'sockets', 1)],
        ['cpu', s.cpu === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.cpu, 'cpu')],
        ['ostype', s.ostype],
        ['scsihw', s.scsihw],
        ...indexed('net', s.net, 31, text('net', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuNet */ .SQ)),
        ...indexed('scsi', s.scsi, 30, drive),
        ...indexed('virtio', s.virtio, 15, drive),
        ...indexed('sata', s.sata, 5, drive),
        ...indexed('ide', s.ide, 3, drive),
        ...indexed('serial', s.serial, 3, (v) => {
            if (v !== 'socket' && !/^\/dev\/\S+$/.test(v))
                throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid serial port ${JSON.stringify(v)}`);
            return v;
        }),
        ['vga', s.vga === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.vga, 'vga')],
        ['boot', s.boot === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuBootOrder */ .TK)(s.boot)],
        ['agent', s.agent === undefined ? undefined : text('agent', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuAgent */ .Gl)(s.agent)],
        ...indexed('ipconfig', s.ipconfig, 31, text('ipconfig', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuIpconfig */ .ck)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.searchdomain, 'search domain'),
        ],
        ['ciuser', s.ciuser],
        ['cipassword', s.cipassword],
        ['sshkeys', s.sshkeysFile === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(s.sshkeysFile, 'SSH key file')],
        ['citype', s.citype],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : text('startup', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .startupOrder */ .cE)(s.startup)],
        ['tags', s.tags === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .tagList */ .Tw)(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
    ]);
}
const withCiSecret = (argv, s) => ({
    argv,
    readOnly: false,
    ...(s.cipassword !== undefined ? { secrets: [s.cipassword] } : {}),
});
function qmCreate(vmid, s = {}) {
    return withCiSecret([
        'qm',
        'create',
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid),
        ...qemuSettingArgs(s),
        ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
            ['pool', s.pool],
            ['start', s.start],
        ]),
    ], s);
}
function qmSet(vmid, s) {
    const rest = [...qemuSettingArgs(s), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['delete', checkDelete(s.delete)]])];
    nonEmpty(rest, `qm set ${vmid}`);
    return withCiSecret(['qm', 'set', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...rest], s);
}
/** Imports a disk image (cloud image) as an unused disk of the VM. */
function qmDiskImport(vmid, source, storage, o = {}) {
    if (o.targetDisk !== undefined &&
        !/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3])$/.test(o.targetDisk))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid target disk ${JSON.stringify(o.targetDisk)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'disk', 'import', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(source, 'disk image'), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(storage), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['format', o.format],
        ['target-disk', o.targetDisk],
    ]));
}
function qmClone(vmid, newid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'clone', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(newid, 'new VMID'), ...cloneArgs('qemu', o), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['name', o.name === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(o.name, 'VM name')]]));
}
function qmResize(vmid, disk, size) {
    if (!/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3]|efidisk0|tpmstate0)$/.test(disk))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid VM disk ${JSON.stringify(disk)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'resize', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), disk, (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkResizeSize */ .Ii)(size));
}
const qmStart = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'start', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const qmStop = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'stop', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const qmStatus = (vmid) => ro('qm', 'status', checkVmid(vmid));
const qmConfig = (vmid) => ro('qm', 'config', checkVmid(vmid));
const qmListSnapshots = (vmid) => ro('qm', 'listsnapshot', checkVmid(vmid));
const qmTemplate = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'template', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const qmCloudinitUpdate = (vmid) => rw('qm', 'cloudinit', 'update', checkVmid(vmid));
function qmShutdown(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'shutdown', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...shutdownArgs(o));
}
function qmSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'snapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'qemu'), ...snapDescription(o.description), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['vmstate', o.vmstate]]));
}
function qmRollback(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'rollback', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'qemu'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['start', o.start]]));
}
function qmDeleteSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'delsnapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'qemu'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['force', o.force]]));
}
/** Destroys a VM and its disks. Only plans that explicitly destroy a guest use this. */
function qmDestroy(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'destroy', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['purge', o.purge]]));
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
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`unsupported agent command ${JSON.stringify(command)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('qm', 'guest', 'cmd', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), command);
}
/** Runs a command through the guest agent: `qm guest exec VMID [--timeout N] -- CMD ARGS...`. */
function qmGuestExec(vmid, command, o = {}) {
    if (command.length === 0 || command[0] === '')
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('qm guest exec needs a command');
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'guest', 'exec', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['timeout', o.timeoutSec === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(o.timeoutSec, 'timeout', 0)],
        ['pass-stdin', o.passStdin],
    ]), '--', ...command);
}


/***/ }),

/***/ 5037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ printGuestConf),
/* harmony export */   gG: () => (/* binding */ parseGuestConf),
/* harmony export */   s6: () => (/* binding */ encodeConfText)
/* harmony export */ });
/* unused harmony exports decodeConfText, printConfSection, cloneConfSection */
// Characters Proxmox leaves alone in a description line: printable ASCII except ':'.
const SAFE = /[\x20-\x39\x3b-\x7e]/;
/** `PVE::Tools::encode_text`: percent-encode (upper-case hex) every UTF-8 byte outside the safe set. */
function encodeConfText(text) {
    let out = '';
    for (const ch of text) {
        if (SAFE.test(ch))
            out += ch;
        else
            for (const b of Buffer.from(ch, 'utf8'))
                out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** `PVE::Tools::decode_text`: `%XX` to bytes (any case), then UTF-8. Lone `%` stays as is. */
function decodeConfText(data) {
    if (!data.includes('%'))
        return data;
    const bytes = [];
    for (let i = 0; i < data.length;) {
        if (data[i] === '%' && /^[0-9a-fA-F]{2}$/.test(data.slice(i + 1, i + 3))) {
            bytes.push(parseInt(data.slice(i + 1, i + 3), 16));
            i += 3;
        }
        else {
            const cp = data.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            i += ch.length;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function emptySection() {
    return { values: {} };
}
const PENDING_LXC = /^\[pve:pending\]\s*$/i;
const PENDING_QEMU = /^\[PENDING\]\s*$/i;
const SPECIAL = /^\[special:([a-z]+)\]\s*$/i;
const SNAPSHOT = /^\[([a-z][a-z0-9_-]+)\]\s*$/i;
const LXC_RAW = /^(lxc\.[a-z0-9_\-.]+)(:|\s*=)\s*(.*?)\s*$/;
const LXC_KEY = /^([a-z][a-z_]*\d*):\s*(\S.*)\s*$/;
const QEMU_KEY = /^([a-z][a-z_-]*\d*):\s*(.+?)\s*$/;
const DESCRIPTION_KEY = /^(description):\s*(.*\S)\s*$/;
/** Parses a guest config file. Lines Proxmox would warn about are reported and skipped. */
function parseGuestConf(text, kind, warnings) {
    const conf = { kind, main: emptySection(), snapshots: {} };
    let section = conf.main;
    let descr = '';
    const flush = () => {
        if (descr)
            section.description = descr;
        descr = '';
    };
    const lines = text.split('\n');
    lines.forEach((line, index) => {
        if (/^\s*$/.test(line))
            return;
        let m;
        if ((kind === 'lxc' && PENDING_LXC.test(line)) || (kind === 'qemu' && PENDING_QEMU.test(line))) {
            flush();
            section = conf.pending = emptySection();
            return;
        }
        if ((m = SPECIAL.exec(line))) {
            flush();
            conf.special ??= {};
            section = conf.special[`special:${m[1]}`] = emptySection();
            return;
        }
        if ((m = SNAPSHOT.exec(line))) {
            flush();
            section = conf.snapshots[m[1]] = emptySection();
            return;
        }
        if ((m = /^#(.*)$/.exec(line))) {
            descr += decodeConfText(m[1]) + '\n';
            return;
        }
        if (kind === 'lxc' && (m = LXC_RAW.exec(line))) {
            (section.lxc ??= []).push([m[1], m[3]]);
            return;
        }
        if ((m = DESCRIPTION_KEY.exec(line))) {
            descr += decodeConfText(m[2]);
            return;
        }
        if ((m = (kind === 'lxc' ? LXC_KEY : QEMU_KEY).exec(line))) {
            section.values[m[1]] = m[2];
            return;
        }
        warnings?.push({ line: index + 1, message: `unable to parse config: ${line}` });
    });
    flush();
    return conf;
}
/** Perl's `split /\n/`: trailing empty fields are dropped. */
function splitLines(text) {
    const parts = text.split('\n');
    while (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** One section as Proxmox writes it: description comments, sorted keys, then raw lxc entries. */
function printConfSection(section) {
    let raw = '';
    for (const line of splitLines(section.description ?? ''))
        raw += '#' + encodeConfText(line) + '\n';
    for (const key of Object.keys(section.values).sort(byCodePoint)) {
        if (key === 'description' || key === 'digest')
            continue;
        const value = section.values[key];
        if (/\n/.test(value))
            throw new Error(`detected invalid newline inside property '${key}'`);
        raw += `${key}: ${value}\n`;
    }
    for (const [k, v] of section.lxc ?? [])
        raw += `${k}: ${v}\n`;
    return raw;
}
function isEmpty(section) {
    return (!section ||
        (Object.keys(section.values).length === 0 && !section.description && !(section.lxc?.length ?? 0)));
}
/** The whole file, as `write_pct_config` / `write_vm_config` produce it. */
function printGuestConf(conf) {
    let raw = printConfSection(conf.main);
    if (!isEmpty(conf.pending))
        raw += `\n[${conf.kind === 'lxc' ? 'pve:pending' : 'PENDING'}]\n` + printConfSection(conf.pending);
    for (const name of Object.keys(conf.special ?? {}).sort(byCodePoint)) {
        raw += `\n[${name}]\n` + printConfSection(conf.special[name]);
    }
    for (const name of Object.keys(conf.snapshots).sort(byCodePoint)) {
        raw += `\n[${name}]\n` + printConfSection(conf.snapshots[name]);
    }
    return raw;
}
/** A deep copy (sections are plain data). */
function cloneConfSection(section) {
    const copy = { values: { ...section.values } };
    if (section.description !== undefined)
        copy.description = section.description;
    if (section.lxc)
        copy.lxc = section.lxc.map(([k, v]) => [k, v]);
    return copy;
}


/***/ }),

/***/ 2460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   StateReadError: () => (/* binding */ StateReadError),
/* harmony export */   readLiveState: () => (/* binding */ readLiveState)
/* harmony export */ });
/* unused harmony export splitGrepOutput */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4117);
/* harmony import */ var _conf_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5037);
/* harmony import */ var _live_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1525);
/**
 * Reads the live state of a Proxmox node or cluster in a constant number of host commands,
 * whatever the number of guests:
 *   1. `pvesh get /cluster/resources` (guests, nodes, storages),
 *   2. one `grep -r -H '' -- /etc/pve/nodes/<node>/{lxc,qemu-server}` over the nodes that hold
 *      guests (configs, snapshot sections, pending changes): its size grows with the number of
 *      nodes, never with the number of guests, so it stays far below the SSH transport's
 *      MAX_COMMAND_BYTES,
 *   3. `pvesh get /version`,
 *   4. per online node: `pvesh get /nodes/{node}/network` (bridges),
 *   5. per storage holding `vztmpl` (per node when not shared): its template list.
 * Everything is parsed from Proxmox's own output formats.
 */



class StateReadError extends Error {
    argv;
    exitCode;
    stderr;
    constructor(argv, exitCode, stderr) {
        super(`reading live state: '${argv.join(' ')}' failed with exit ${exitCode}: ${stderr.trim()}`);
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'StateReadError';
    }
}
function parseJson(cmd, text) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new StateReadError(cmd.argv, 0, `unexpected output (not JSON): ${err.message}`);
    }
}
/** `grep -H ''` output to the contents of the files in `paths`, by path (others and missing files are absent). */
function splitGrepOutput(stdout, paths) {
    const wanted = new Set(paths);
    const files = new Map();
    const re = /^(\/etc\/pve\/nodes\/[^/:]+\/(?:lxc|qemu-server)\/\d+\.conf):(.*)$/;
    for (const line of stdout.split('\n')) {
        const m = re.exec(line);
        if (!m || !wanted.has(m[1]))
            continue;
        let lines = files.get(m[1]);
        if (!lines)
            files.set(m[1], (lines = []));
        lines.push(m[2]);
    }
    const out = new Map();
    for (const [path, lines] of files)
        out.set(path, lines.join('\n') + '\n');
    return out;
}
/** Config keys as `pct config --current` shows them: raw `lxc.*` keys joined by newlines. */
function sectionToConfig(section) {
    const config = { ...section.values };
    if (section.description !== undefined)
        config.description = section.description;
    for (const [k, v] of section.lxc ?? [])
        config[k] = config[k] === undefined ? v : `${config[k]}\n${v}`;
    return config;
}
function snapshotsOf(conf) {
    const list = Object.entries(conf.snapshots).map(([name, s]) => {
        const snap = { name };
        if (s.values.parent)
            snap.parent = s.values.parent;
        if (s.description !== undefined)
            snap.description = s.description;
        if (s.values.snaptime !== undefined && /^\d+$/.test(s.values.snaptime))
            snap.snaptime = Number(s.values.snaptime);
        return snap;
    });
    return list.sort((a, b) => (a.snaptime ?? Infinity) - (b.snaptime ?? Infinity) || (a.name < b.name ? -1 : 1));
}
function splitTags(v) {
    return v ? v.split(/[;,\s]+/).filter((t) => t !== '') : [];
}
async function readLiveState(transport, options = {}) {
    const run = async (cmd, okCodes = [0]) => {
        options.onCommand?.(cmd.argv);
        const r = await transport.run(cmd.argv, { readOnly: cmd.readOnly, stdin: cmd.stdin });
        if (!okCodes.includes(r.exitCode))
            throw new StateReadError(cmd.argv, r.exitCode, r.stderr);
        return r.stdout;
    };
    const resCmd = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .clusterResources */ .kU)();
    const resources = parseJson(resCmd, await run(resCmd));
    const guestsRes = resources.filter((r) => (r.type === 'lxc' || r.type === 'qemu') && typeof r.vmid === 'number');
    const nodeRes = resources.filter((r) => r.type === 'node' && r.node);
    const nodes = [
        ...new Set([...nodeRes.map((r) => r.node), ...guestsRes.map((g) => g.node).filter(Boolean)]),
    ].sort();
    const onlineNodes = nodeRes.length > 0 ? nodeRes.filter((r) => r.status === 'online').map((r) => r.node) : nodes;
    const paths = guestsRes.map((g) => (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .guestConfigPath */ .mt)(g.node, g.type, g.vmid));
    let files = new Map();
    if (paths.length > 0) {
        // exit 1: every file empty; exit 2: a folder vanished (its node left) since the resource list was read.
        const guestNodes = [...new Set(guestsRes.map((g) => g.node).filter(Boolean))].sort();
        const grepCmd = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .readNodeConfigDirs */ .BF)(guestNodes);
        files = splitGrepOutput(await run(grepCmd, [0, 1, 2]), paths);
    }
    const verCmd = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pveVersion */ .s4)();
    const version = parseJson(verCmd, await run(verCmd)).version;
    const bridges = new Set();
    for (const node of onlineNodes) {
        const cmd = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeNetwork */ .D$)(node);
        const ifaces = parseJson(cmd, await run(cmd));
        for (const i of ifaces)
            if (i.iface && (i.type === 'bridge' || i.type === 'OVSBridge'))
                bridges.add(i.iface);
    }
    const storages = [];
    const seenShared = new Set();
    const templateQueries = [];
    for (const r of resources.filter((x) => x.type === 'storage' && x.storage)) {
        const shared = r.shared === 1 || r.shared === true;
        if (shared && seenShared.has(r.storage))
            continue;
        if (shared)
            seenShared.add(r.storage);
        const content = (r.content ?? '').split(',').filter((c) => c !== '');
        const entry = {
            id: r.storage,
            type: r.plugintype ?? '',
            content,
        };
        if (!shared && r.node)
            entry.node = r.node;
        storages.push(entry);
        if (content.includes('vztmpl') && r.node && onlineNodes.includes(r.node))
            templateQueries.push({ node: r.node, storage: r.storage });
    }
    storages.sort((a, b) => a.id === b.id ? ((a.node ?? '') < (b.node ?? '') ? -1 : 1) : a.id < b.id ? -1 : 1);
    const templates = new Set();
    for (const q of templateQueries) {
        const cmd = (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .storageContent */ .n8)(q.node, q.storage, 'vztmpl');
        const vols = parseJson(cmd, await run(cmd));
        for (const v of vols)
            if (v.volid)
                templates.add(v.volid);
    }
    const guests = [];
    guestsRes.forEach((r, i) => {
        const kind = r.type;
        const text = files.get(paths[i]);
        if (text === undefined)
            return; // removed between the two reads
        const conf = (0,_conf_format_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGuestConf */ .gG)(text, kind);
        const config = sectionToConfig(conf.main);
        const guest = {
            kind,
            id: r.vmid,
            node: r.node,
            status: r.status ?? 'unknown',
            template: config.template === '1' || r.template === 1 || r.template === true,
            config,
            snapshots: snapshotsOf(conf),
            tags: splitTags(config.tags ?? r.tags),
        };
        const name = kind === 'lxc' ? config.hostname : config.name;
        if (name ?? r.name)
            guest.name = name ?? r.name;
        const lock = config.lock ?? r.lock;
        if (lock)
            guest.lock = lock;
        if (conf.pending && Object.keys(conf.pending.values).length > 0)
            guest.pending = sectionToConfig(conf.pending);
        guests.push(guest);
    });
    guests.sort((a, b) => a.id - b.id);
    const state = {
        version: _live_state_js__WEBPACK_IMPORTED_MODULE_2__/* .LIVE_STATE_VERSION */ .O,
        readAt: (options.now?.() ?? new Date()).toISOString(),
        target: transport.description,
        nodes,
        guests,
        storages,
        bridges: [...bridges].sort(),
        templates: [...templates].sort(),
    };
    return version === undefined ? state : { ...state, pveVersion: version };
}


/***/ })

};
