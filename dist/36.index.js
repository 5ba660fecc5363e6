export const id = 36;
export const ids = [36];
export const modules = {

/***/ 5274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* reexport safe */ _pve_options_js__WEBPACK_IMPORTED_MODULE_0__.fJ),
/* harmony export */   W: () => (/* reexport safe */ _pve_options_js__WEBPACK_IMPORTED_MODULE_0__.WU),
/* harmony export */   ro: () => (/* binding */ ro),
/* harmony export */   rw: () => (/* binding */ rw)
/* harmony export */ });
/* harmony import */ var _pve_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3621);

const ro = (...argv) => ({ argv, readOnly: true });
const rw = (...argv) => ({ argv, readOnly: false });


/***/ }),

/***/ 36:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ mergeRawLxcLines),
/* harmony export */   AK: () => (/* binding */ pveumUserAdd),
/* harmony export */   Ah: () => (/* binding */ pveamList),
/* harmony export */   DE: () => (/* binding */ pveumGroupList),
/* harmony export */   G$: () => (/* binding */ zfsSet),
/* harmony export */   Ib: () => (/* binding */ pveumUserTokenList),
/* harmony export */   L2: () => (/* binding */ writeLxcConfig),
/* harmony export */   On: () => (/* binding */ zfsList),
/* harmony export */   PD: () => (/* binding */ HOST_PROGRAMS),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   Uz: () => (/* binding */ pveamDownload),
/* harmony export */   VG: () => (/* binding */ pveamUpdate),
/* harmony export */   Y: () => (/* binding */ pveumGroupAdd),
/* harmony export */   ZH: () => (/* binding */ zpoolList),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   b: () => (/* binding */ zpoolCreate),
/* harmony export */   c2: () => (/* binding */ pveumAclModify),
/* harmony export */   dl: () => (/* binding */ appendFile),
/* harmony export */   eB: () => (/* binding */ pvesmSet),
/* harmony export */   iv: () => (/* binding */ zfsCreate),
/* harmony export */   jC: () => (/* binding */ pveumUserList),
/* harmony export */   jE: () => (/* binding */ lxcConfigPath),
/* harmony export */   kI: () => (/* binding */ zfsGet),
/* harmony export */   kK: () => (/* binding */ withLock),
/* harmony export */   pF: () => (/* binding */ pveumUserTokenAdd),
/* harmony export */   w9: () => (/* binding */ pveumAclList),
/* harmony export */   zt: () => (/* binding */ pvesmAdd)
/* harmony export */ });
/* unused harmony exports pveamAvailable, pvesmStatus, zpoolStatus, matchHostProgram */
/* harmony import */ var _pve_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3621);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5274);
/* harmony import */ var _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1292);



// ---- LXC templates (pveam) ----
const pveamUpdate = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pveam', 'update');
function pveamAvailable(section) {
    return ro('pveam', 'available', ...options([['section', section]]));
}
/** Downloads `template` (a name from `pveam available`, e.g. `debian-12-standard_12.7-1_amd64.tar.zst`). */
function pveamDownload(storage, template) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.tar\.(gz|xz|zst)$/.test(template))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid template name ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(template)}: expected a file name like debian-12-standard_12.7-1_amd64.tar.zst`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pveam', 'download', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(storage), template);
}
const pveamList = (storage) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pveam', 'list', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(storage));
function commonStorageArgs(s) {
    for (const n of s.nodes ?? [])
        if (!/^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(n))
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid node ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(n)}`);
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['content', s.content && s.content.length > 0 ? s.content.join(',') : undefined],
        ['nodes', s.nodes && s.nodes.length > 0 ? s.nodes.join(',') : undefined],
        ['disable', s.disable],
    ]);
}
function pvesmAdd(storage, spec) {
    const id = (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(storage);
    let specific;
    switch (spec.type) {
        case 'zfspool':
            checkDataset(spec.pool);
            if (spec.blocksize !== undefined && !/^\d+[kKmM]?$/.test(spec.blocksize))
                (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid blocksize ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(spec.blocksize)}`);
            specific = (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
                ['pool', spec.pool],
                ['sparse', spec.sparse],
                ['blocksize', spec.blocksize],
                [
                    'mountpoint',
                    spec.mountpoint === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(spec.mountpoint, 'mountpoint'),
                ],
            ]);
            break;
        case 'dir':
            specific = (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
                ['path', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(spec.path, 'storage path')],
                ['shared', spec.shared],
            ]);
            break;
        case 'nfs':
            if (!/^[A-Za-z0-9.:[\]-]+$/.test(spec.server))
                (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid NFS server ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(spec.server)}`);
            specific = (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
                ['server', spec.server],
                ['export', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(spec.export, 'NFS export')],
                ['path', spec.path === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(spec.path, 'mount path')],
                ['options', spec.options === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(spec.options, 'NFS options')],
            ]);
            break;
        default:
            return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`unsupported storage type ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(spec.type)}`);
    }
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pvesm', 'add', spec.type, id, ...specific, ...commonStorageArgs(spec));
}
/** Changes content types / nodes / enabled state of an existing storage. */
function pvesmSet(storage, s) {
    const rest = commonStorageArgs(s);
    if (rest.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`pvesm set ${storage}: nothing to change`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pvesm', 'set', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(storage), ...rest);
}
/** Human-readable status table (use `apiGet('/nodes/NODE/storage')` for JSON). */
const pvesmStatus = () => ro('pvesm', 'status');
// ---- users, groups, ACLs, tokens (pveum) ----
const USERID = /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
const GROUPID = /^[A-Za-z0-9.\-_]+$/;
const TOKENID = /^[A-Za-z][A-Za-z0-9.\-_]+$/;
const checkUserId = (u) => USERID.test(u) ? u : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid user id ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(u)}: expected NAME@REALM`);
const checkGroupId = (g) => (GROUPID.test(g) ? g : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid group id ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(g)}`));
function pveumUserAdd(userid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pveum', 'user', 'add', checkUserId(userid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['comment', o.comment === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(o.comment, 'comment')],
        [
            'email',
            o.email === undefined
                ? undefined
                : /^[^\s@]+@[^\s@]+$/.test(o.email)
                    ? o.email
                    : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid email ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(o.email)}`),
        ],
        ['enable', o.enable],
        ['expire', o.expire === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(o.expire, 'expire', 0)],
        ['firstname', o.firstname === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(o.firstname, 'first name')],
        ['lastname', o.lastname === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(o.lastname, 'last name')],
        ['groups', o.groups && o.groups.length > 0 ? o.groups.map(checkGroupId).join(',') : undefined],
    ]));
}
function pveumGroupAdd(groupid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pveum', 'group', 'add', checkGroupId(groupid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['comment', o.comment === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(o.comment, 'comment')]]));
}
/** Grants roles on an ACL path (`/`, `/vms/100`, `/storage/local`...) to users, groups or tokens. */
function pveumAclModify(path, o) {
    if (!/^\/[A-Za-z0-9/_.-]*$/.test(path))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid ACL path ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(path)}`);
    if (o.roles.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('an ACL needs at least one role');
    for (const r of o.roles)
        if (!/^[A-Za-z0-9.\-_]+$/.test(r))
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid role ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(r)}`);
    const users = o.users ?? [];
    const groups = o.groups ?? [];
    const tokens = o.tokens ?? [];
    if (users.length + groups.length + tokens.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('an ACL needs users, groups or tokens');
    for (const t of tokens)
        if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/.test(t))
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid token id ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(t)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pveum', 'acl', 'modify', path, ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
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
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid token name ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(tokenid)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pveum', 'user', 'token', 'add', checkUserId(userid), tokenid, ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['comment', o.comment === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(o.comment, 'comment')],
        ['expire', o.expire === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(o.expire, 'expire', 0)],
        ['privsep', o.privsep],
        ['output-format', 'json'],
    ]));
}
const pveumUserList = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pveum', 'user', 'list', '--output-format', 'json');
const pveumGroupList = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pveum', 'group', 'list', '--output-format', 'json');
const pveumAclList = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pveum', 'acl', 'list', '--output-format', 'json');
const pveumUserTokenList = (userid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pveum', 'user', 'token', 'list', checkUserId(userid), '--output-format', 'json');
// ---- ZFS ----
const DATASET = /^[A-Za-z0-9][A-Za-z0-9_.:-]*(\/[A-Za-z0-9_.:-]+)*$/;
const ZFS_PROP = /^[a-z][a-z0-9_.:-]*$/;
function checkDataset(name) {
    return DATASET.test(name) ? name : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid ZFS dataset ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(name)}`);
}
function propAssignments(props) {
    return Object.entries(props).map(([k, v]) => {
        if (!ZFS_PROP.test(k))
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid ZFS property ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(k)}`);
        if (v === '')
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`empty value for ZFS property ${k}`);
        return `${k}=${(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(v, `ZFS property ${k}`)}`;
    });
}
function zfsCreate(dataset, props = {}, o = {}) {
    const opts = propAssignments(props).flatMap((a) => ['-o', a]);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('zfs', 'create', ...(o.parents ? ['-p'] : []), ...opts, checkDataset(dataset));
}
function zfsSet(dataset, props) {
    const assignments = propAssignments(props);
    if (assignments.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`zfs set ${dataset}: nothing to change`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('zfs', 'set', ...assignments, checkDataset(dataset));
}
/** Script-friendly `name<TAB>property<TAB>value<TAB>source` lines, exact (parsable) numbers. */
function zfsGet(datasets, props = ['all']) {
    for (const p of props)
        if (!ZFS_PROP.test(p))
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid ZFS property ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(p)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('zfs', 'get', '-H', '-p', '-o', 'name,property,value,source', props.join(','), ...datasets.map(checkDataset));
}
function zfsList(root) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('zfs', 'list', '-H', '-p', '-o', 'name,used,avail,mountpoint', '-t', 'filesystem', ...(root ? ['-r', checkDataset(root)] : []));
}
/** Creates a pool. Callers must have checked that the disks hold no data. */
function zpoolCreate(pool, vdevs, o = {}) {
    if (!/^[A-Za-z][A-Za-z0-9_.:-]*$/.test(pool) || /^(mirror|raidz|spare|log|cache)/.test(pool))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid pool name ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(pool)}`);
    if (vdevs.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`zpool ${pool}: no disks`);
    const layout = vdevs.flatMap((v) => {
        if (v.disks.length === 0)
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`zpool ${pool}: empty vdev`);
        for (const d of v.disks)
            if (!d.startsWith('/dev/'))
                (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid disk ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(d)}: expected a /dev/ path`);
        return [...(v.type ? [v.type] : []), ...v.disks.map((d) => (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(d, 'disk'))];
    });
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('zpool', 'create', ...(o.force ? ['-f'] : []), ...(o.ashift !== undefined ? ['-o', `ashift=${(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(o.ashift, 'ashift', 9, 16)}`] : []), ...propAssignments(o.fsProps ?? {}).flatMap((a) => ['-O', a]), pool, ...layout);
}
const zpoolList = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('zpool', 'list', '-H', '-p', '-o', 'name,size,alloc,free,health');
const zpoolStatus = (pool) => ro('zpool', 'status', '-P', ...(pool ? [pool] : []));
// ---- files and locks ----
const readFile = (path) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('cat', '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'file'));
/** Replaces a file's content (sent on stdin, so it never appears in argv or logs). */
function writeFile(path, content) {
    return { argv: ['tee', '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'file')], readOnly: false, stdin: content };
}
function appendFile(path, content) {
    return { argv: ['tee', '-a', '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'file')], readOnly: false, stdin: content };
}
/** Runs `inner` while holding `lockFile` (waits at most `timeoutSec`, then exits 1). */
function withLock(lockFile, timeoutSec, inner) {
    return {
        ...inner,
        argv: [
            'flock',
            '-w',
            (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(timeoutSec, 'lock timeout', 0),
            (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(lockFile, 'lock file'),
            ...inner.argv,
        ],
    };
}
/** Config file of a CT (`/etc/pve/lxc` points at the local node's directory). */
function lxcConfigPath(vmid, node) {
    return node ? `/etc/pve/nodes/${node}/lxc/${(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid)}.conf` : `/etc/pve/lxc/${(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid)}.conf`;
}
/**
 * Adds raw `lxc.*` lines (which `pct set` cannot set) to a CT config text: into the main section,
 * before the first `[snapshot]` section, skipping lines already present. Returns undefined when
 * nothing changes. Appending at the end of the file would put them into the last snapshot instead.
 */
function mergeRawLxcLines(configText, lines) {
    for (const l of lines)
        if (!/^lxc\.[a-z0-9_.-]+(:|\s*=)/.test(l) || /[\r\n\0]/.test(l))
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid raw LXC line ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(l)}: expected 'lxc.key: value' on one line`);
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
    return withLock(`/run/lock/lxc/pve-config-${(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid)}.lock`, 10, writeFile(lxcConfigPath(vmid, node), content));
}
const HOST_PROGRAMS = [
    {
        name: 'pct',
        path: '/usr/sbin/pct',
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
    { name: 'pvesh', path: '/usr/bin/pvesh', subcommands: ['get', 'create', 'set'] },
    { name: 'pvesm', path: '/usr/sbin/pvesm', subcommands: ['add', 'set', 'status'] },
    { name: 'pveam', path: '/usr/bin/pveam', subcommands: ['available', 'download', 'list', 'update'] },
    {
        name: 'pveum',
        path: '/usr/sbin/pveum',
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
    { name: 'zfs', path: '/usr/sbin/zfs', subcommands: ['create', 'get', 'list', 'set'] },
    { name: 'zpool', path: '/usr/sbin/zpool', subcommands: ['create', 'list', 'status'] },
    {
        name: 'grep',
        path: '/usr/bin/grep',
        subcommands: [],
        forms: [
            ['-H', '', '--', '...'],
            ['-r', '-H', '', '--', '...'],
        ],
    },
    { name: 'cat', path: '/usr/bin/cat', subcommands: [], forms: [['--', '<file>']] },
    {
        name: 'tee',
        path: '/usr/bin/tee',
        subcommands: [],
        forms: [
            ['--', '<file>'],
            ['-a', '--', '<file>'],
        ],
    },
    {
        name: 'flock',
        path: '/usr/bin/flock',
        subcommands: [],
        forms: [['-w', '<seconds>', '<lockfile>', '<command...>']],
    },
    // The SSH transport runs timed commands under coreutils `timeout`, so the host reaps them.
    {
        name: 'timeout',
        path: '/usr/bin/timeout',
        subcommands: [],
        forms: [['--signal=KILL', '<duration>', '<command...>']],
    },
    // setup-hypervisor's programs (apt-get, systemctl, lsblk, ...): host-setup-commands.ts
    ..._host_setup_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .HOST_SETUP_PROGRAMS */ .nW,
];
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

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ nvidiaSmiDriverVersion),
/* harmony export */   $J: () => (/* binding */ apparmorCheck),
/* harmony export */   $K: () => (/* binding */ pveFirewallCompile),
/* harmony export */   C8: () => (/* binding */ lsmod),
/* harmony export */   F5: () => (/* binding */ installDir),
/* harmony export */   FY: () => (/* binding */ modinfoVersion),
/* harmony export */   Hc: () => (/* binding */ curlDownload),
/* harmony export */   ID: () => (/* binding */ wipefsAll),
/* harmony export */   J7: () => (/* binding */ timedatectlSetNtp),
/* harmony export */   KD: () => (/* binding */ smbpasswdAdd),
/* harmony export */   KE: () => (/* binding */ timedatectlSetTimezone),
/* harmony export */   KN: () => (/* binding */ pdbeditUser),
/* harmony export */   NT: () => (/* binding */ pveSetPassword),
/* harmony export */   Nx: () => (/* binding */ apparmorLoad),
/* harmony export */   O: () => (/* binding */ timedatectlShow),
/* harmony export */   Od: () => (/* binding */ getentPasswd),
/* harmony export */   QG: () => (/* binding */ systemctlIsEnabled),
/* harmony export */   Tc: () => (/* binding */ pveDownloadUrl),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   U2: () => (/* binding */ exportfsReexportAll),
/* harmony export */   Vw: () => (/* binding */ dpkgQuery),
/* harmony export */   YR: () => (/* binding */ systemctlReload),
/* harmony export */   ZM: () => (/* binding */ aptGetUpdate),
/* harmony export */   bU: () => (/* binding */ modprobe),
/* harmony export */   cN: () => (/* binding */ chpasswdEncrypted),
/* harmony export */   dC: () => (/* binding */ proxmoxBootToolRefresh),
/* harmony export */   hz: () => (/* binding */ systemctlIsActive),
/* harmony export */   jB: () => (/* binding */ pveumUserModify),
/* harmony export */   k6: () => (/* binding */ chmod),
/* harmony export */   kb: () => (/* binding */ getentShadow),
/* harmony export */   l8: () => (/* binding */ updateInitramfs),
/* harmony export */   m5: () => (/* binding */ chronycReloadSources),
/* harmony export */   m9: () => (/* binding */ ifreloadAll),
/* harmony export */   n4: () => (/* binding */ testparm),
/* harmony export */   nW: () => (/* binding */ HOST_SETUP_PROGRAMS),
/* harmony export */   oS: () => (/* binding */ usermodAppendGroups),
/* harmony export */   pY: () => (/* binding */ useradd),
/* harmony export */   pj: () => (/* binding */ aptGetInstall),
/* harmony export */   q7: () => (/* binding */ chown),
/* harmony export */   st: () => (/* binding */ nvidiaRunfileInstall),
/* harmony export */   w6: () => (/* binding */ lsblkDisk),
/* harmony export */   w8: () => (/* binding */ updateGrub),
/* harmony export */   y8: () => (/* binding */ idGroups),
/* harmony export */   yJ: () => (/* binding */ systemctlEnableNow)
/* harmony export */ });
/* unused harmony export systemctlRestart */
/* harmony import */ var _pve_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3621);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5274);


const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
const UNIT = /^[A-Za-z0-9][A-Za-z0-9@_.:-]*$/;
const MODULE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
const TIMEZONE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
const HTTPS_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*$/;
function checkPackageName(name) {
    return PACKAGE.test(name) ? name : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid Debian package name ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(name)}`);
}
function checkLinuxUser(name) {
    return LINUX_USER.test(name) ? name : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid Linux user name ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(name)}`);
}
function checkUnit(name) {
    return UNIT.test(name) ? name : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid systemd unit ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(name)}`);
}
function checkModule(name) {
    return MODULE.test(name) ? name : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid kernel module ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(name)}`);
}
function checkUrl(url) {
    return HTTPS_URL.test(url) ? url : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid download URL ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(url)}: expected http(s)://host/path`);
}
const checkFileName = (name, what) => /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(name) ? name : (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid ${what} ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(name)}`);
// ---- Debian packages ----
/** `name<TAB>version<TAB>status` per known package (status `ii ` = installed); exit 1 if some are unknown. */
function dpkgQuery(packages) {
    if (packages.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('dpkg-query: no packages');
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('dpkg-query', '--show', '--showformat=${Package}\\t${Version}\\t${db:Status-Abbrev}\\n', ...packages.map(checkPackageName));
}
/** apt-get without questions: debconf non-interactive, keep locally changed config files. */
const APT_ENV = ['env', 'DEBIAN_FRONTEND=noninteractive'];
const aptGetUpdate = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)(...APT_ENV, 'apt-get', 'update', '-q');
function aptGetInstall(packages) {
    if (packages.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('apt-get install: no packages');
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)(...APT_ENV, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', '-o', 'Dpkg::Options::=--force-confdef', '-o', 'Dpkg::Options::=--force-confold', ...packages.map(checkPackageName));
}
// ---- time ----
const timedatectlShow = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('timedatectl', 'show', '--property=Timezone', '--property=NTP');
function timedatectlSetTimezone(zone) {
    if (!TIMEZONE.test(zone))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid time zone ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(zone)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('timedatectl', 'set-timezone', zone);
}
const timedatectlSetNtp = (on) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('timedatectl', 'set-ntp', on ? 'true' : 'false');
/** Makes chronyd re-read /etc/chrony/sources.d. */
const chronycReloadSources = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('chronyc', 'reload', 'sources');
// ---- network, services, kernel ----
/** Applies /etc/network/interfaces (and interfaces.d) with ifupdown2, like the Proxmox GUI does. */
const ifreloadAll = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('ifreload', '-a');
const systemctlIsActive = (unit) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('systemctl', 'is-active', checkUnit(unit));
const systemctlIsEnabled = (unit) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('systemctl', 'is-enabled', checkUnit(unit));
const systemctlEnableNow = (unit) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('systemctl', 'enable', '--now', checkUnit(unit));
const systemctlReload = (unit) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('systemctl', 'reload', checkUnit(unit));
const systemctlRestart = (unit) => rw('systemctl', 'restart', checkUnit(unit));
/** Loaded kernel modules (`Module Size Used by` table). */
const lsmod = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('lsmod');
const modprobe = (module) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('modprobe', checkModule(module));
const updateInitramfs = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('update-initramfs', '-u', '-k', 'all');
/** Copies kernels and /etc/kernel/cmdline to the ESPs (systemd-boot or proxmox-boot-tool-managed GRUB). */
const proxmoxBootToolRefresh = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('proxmox-boot-tool', 'refresh');
const updateGrub = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('update-grub');
const mkdirP = (path) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('mkdir', '-p', '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'directory'));
// ---- disks ----
/** One disk as JSON: the device and its partitions with their signatures and mount points. */
function lsblkDisk(disk) {
    if (!disk.startsWith('/dev/'))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid disk ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(disk)}: expected a /dev/ path`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('lsblk', '--json', '--bytes', '--output', 'PATH,SIZE,TYPE,FSTYPE,PTTYPE,MOUNTPOINT', '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(disk, 'disk'));
}
/** Erases every filesystem, RAID and partition-table signature on `device`. Destroys data. */
function wipefsAll(device) {
    if (!device.startsWith('/dev/'))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid device ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(device)}: expected a /dev/ path`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('wipefs', '--all', '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(device, 'device'));
}
// ---- Linux users ----
const getentPasswd = (user) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('getent', 'passwd', checkLinuxUser(user));
/** The shadow entry holds the password hash: callers must treat the output as secret. */
const getentShadow = (user) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('getent', 'shadow', checkLinuxUser(user));
const idGroups = (user) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('id', '-nG', '--', checkLinuxUser(user));
function useradd(user, o = {}) {
    if (o.comment !== undefined && !/^[^:\n\r,]*$/.test(o.comment))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid user comment ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(o.comment)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('useradd', ...(o.createHome === false ? ['--no-create-home'] : ['--create-home']), ...(o.system ? ['--system'] : []), '--shell', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(o.shell ?? '/bin/bash', 'shell'), ...(o.comment ? ['--comment', o.comment] : []), '--', checkLinuxUser(user));
}
function usermodAppendGroups(user, groups) {
    if (groups.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('usermod: no groups');
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('usermod', '--append', '--groups', groups.map(checkLinuxUser).join(','), '--', checkLinuxUser(user));
}
/** Sets a password from its crypt(3) hash; the hash goes on stdin, never in argv. */
function chpasswdEncrypted(user, hash) {
    if (!/^\$[A-Za-z0-9]+\$[^\s:]+$/.test(hash))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('the password hash is not a crypt(3) hash like $6$...');
    return {
        argv: ['chpasswd', '--encrypted'],
        readOnly: false,
        stdin: `${checkLinuxUser(user)}:${hash}\n`,
        secrets: [hash],
    };
}
const MODE = /^0?[0-7]{3}$/;
function installDir(path, mode, owner, group) {
    if (!MODE.test(mode))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid mode ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(mode)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('install', '-d', '-m', mode, '-o', checkLinuxUser(owner), '-g', checkLinuxUser(group), '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'directory'));
}
const chown = (owner, group, path) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('chown', `${checkLinuxUser(owner)}:${checkLinuxUser(group)}`, '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'file'));
function chmod(mode, path) {
    if (!MODE.test(mode))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid mode ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(mode)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('chmod', mode, '--', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'file'));
}
// ---- NFS and Samba ----
/** Re-exports everything in /etc/exports and /etc/exports.d (and drops exports no longer listed). */
const exportfsReexportAll = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('exportfs', '-ra');
/** Exit 0 and one line when the Samba user exists in the passdb. */
const pdbeditUser = (user) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pdbedit', '-L', '-u', checkLinuxUser(user));
/** Adds a Samba user; the password goes on stdin twice (`-s`), never in argv. */
function smbpasswdAdd(user, password) {
    if (password === '' || /[\r\n]/.test(password))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('the Samba password must be one non-empty line');
    return {
        argv: ['smbpasswd', '-a', '-s', checkLinuxUser(user)],
        readOnly: false,
        stdin: `${password}\n${password}\n`,
        secrets: [password],
    };
}
/** Parses smb.conf (and its includes) and prints the effective configuration; non-zero on errors. */
const testparm = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('testparm', '-s');
// ---- firewall, AppArmor ----
/** Compiles /etc/pve/firewall/* into rules and prints them; problems in rules go to stderr. */
const pveFirewallCompile = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pve-firewall', 'compile');
/** Parses an AppArmor profile given on stdin without loading it (a syntax check). */
function apparmorCheck(profileText) {
    return {
        argv: ['apparmor_parser', '--skip-kernel-load', '--skip-cache'],
        readOnly: true,
        stdin: profileText,
    };
}
/** Loads (or replaces) the profile in `path` into the kernel. */
const apparmorLoad = (path) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('apparmor_parser', '--replace', '--write-cache', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(path, 'profile'));
// ---- NVIDIA ----
/** Installed driver version, one line per GPU; exit 127 when the driver is not installed. */
const nvidiaSmiDriverVersion = () => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('nvidia-smi', '--query-gpu=driver_version', '--format=csv,noheader');
/** Version of the module installed for the running kernel (loaded or not); exit 1 when there is none. */
const modinfoVersion = (module) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('modinfo', '-F', 'version', checkModule(module));
/** Downloads `url` to `dest` (fails on HTTP errors, retries transient ones). */
function curlDownload(url, dest) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('curl', '-fsSL', '--retry', '3', '-o', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(dest, 'download target'), checkUrl(url));
}
/** Runs the NVIDIA `.run` installer unattended, building the kernel module with DKMS. */
function nvidiaRunfileInstall(runfile) {
    (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(runfile, 'installer');
    if (!/\/NVIDIA-Linux-[A-Za-z0-9_]+-[0-9.]+\.run$/.test(runfile))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid NVIDIA installer ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(runfile)}: expected .../NVIDIA-Linux-<arch>-<version>.run`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('sh', runfile, '--silent', '--dkms', '--no-questions', '--ui=none');
}
// ---- Proxmox API calls the CLIs lack ----
/** Downloads a file (ISO, cloud image, template) into a storage through the node (PVE 7.2+). */
function pveDownloadUrl(node, storage, o) {
    if ((o.checksum === undefined) !== (o.checksumAlgorithm === undefined))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)('download-url: give both checksum and checksum algorithm, or neither');
    if (o.checksum !== undefined && !/^[0-9a-fA-F]{32,128}$/.test(o.checksum))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid checksum ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(o.checksum)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pvesh', 'create', `/nodes/${(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkNodeName */ .sF)(node)}/storage/${(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(storage)}/download-url`, ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
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
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid user id ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(userid)}`);
    if (password.length < 5 || /[\r\n\0]/.test(password))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`the password of ${userid} must be at least 5 characters on one line`);
    return {
        argv: ['pvesh', 'set', '/access/password', '--userid', userid, '--password', password],
        readOnly: false,
        secrets: [password],
    };
}
/** Changes an existing user's groups (replacing the list), comment or enabled state. */
function pveumUserModify(userid, o) {
    if (!/^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+$/.test(userid))
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid user id ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(userid)}`);
    for (const g of o.groups ?? [])
        if (!/^[A-Za-z0-9.\-_]+$/.test(g))
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`invalid group id ${(0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .W)(g)}`);
    if (o.comment !== undefined)
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(o.comment, 'comment');
    const rest = (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['groups', o.groups === undefined ? undefined : o.groups.join(',')],
        ['comment', o.comment],
        ['enable', o.enable],
    ]);
    if (rest.length === 0)
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .bad */ .M)(`pveum user modify ${userid}: nothing to change`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pveum', 'user', 'modify', userid, ...rest);
}
// ---- registry entries (added to HOST_PROGRAMS in host-commands.ts) ----
/** Programs above, for the host-program registry (paths as Debian / Proxmox VE install them). */
const HOST_SETUP_PROGRAMS = [
    {
        name: 'dpkg-query',
        path: '/usr/bin/dpkg-query',
        subcommands: [],
        forms: [['--show', '<format>', '...']],
    },
    {
        name: 'env',
        path: '/usr/bin/env',
        subcommands: [],
        forms: [['DEBIAN_FRONTEND=noninteractive', '<command...>']],
    },
    { name: 'apt-get', path: '/usr/bin/apt-get', subcommands: ['install', 'update'] },
    { name: 'timedatectl', path: '/usr/bin/timedatectl', subcommands: ['set-ntp', 'set-timezone', 'show'] },
    { name: 'chronyc', path: '/usr/bin/chronyc', subcommands: ['reload sources'] },
    { name: 'ifreload', path: '/usr/sbin/ifreload', subcommands: [], forms: [['-a']] },
    {
        name: 'systemctl',
        path: '/usr/bin/systemctl',
        subcommands: ['enable', 'is-active', 'is-enabled', 'reload', 'restart'],
    },
    { name: 'lsmod', path: '/usr/sbin/lsmod', subcommands: [], forms: [[]] },
    { name: 'modprobe', path: '/usr/sbin/modprobe', subcommands: [], forms: [['<module>']] },
    {
        name: 'update-initramfs',
        path: '/usr/sbin/update-initramfs',
        subcommands: [],
        forms: [['-u', '-k', 'all']],
    },
    { name: 'proxmox-boot-tool', path: '/usr/sbin/proxmox-boot-tool', subcommands: ['refresh'] },
    { name: 'update-grub', path: '/usr/sbin/update-grub', subcommands: [], forms: [[]] },
    { name: 'mkdir', path: '/usr/bin/mkdir', subcommands: [], forms: [['-p', '--', '<dir>']] },
    {
        name: 'lsblk',
        path: '/usr/bin/lsblk',
        subcommands: [],
        forms: [['--json', '--bytes', '--output', '<columns>', '--', '<disk>']],
    },
    { name: 'wipefs', path: '/usr/sbin/wipefs', subcommands: [], forms: [['--all', '--', '<device>']] },
    { name: 'getent', path: '/usr/bin/getent', subcommands: ['passwd', 'shadow'] },
    { name: 'id', path: '/usr/bin/id', subcommands: [], forms: [['-nG', '--', '<user>']] },
    { name: 'useradd', path: '/usr/sbin/useradd', subcommands: [], forms: [['...']] },
    {
        name: 'usermod',
        path: '/usr/sbin/usermod',
        subcommands: [],
        forms: [['--append', '--groups', '<groups>', '--', '<user>']],
    },
    { name: 'chpasswd', path: '/usr/sbin/chpasswd', subcommands: [], forms: [['--encrypted']] },
    {
        name: 'install',
        path: '/usr/bin/install',
        subcommands: [],
        forms: [['-d', '-m', '<mode>', '-o', '<user>', '-g', '<group>', '--', '<dir>']],
    },
    { name: 'chown', path: '/usr/bin/chown', subcommands: [], forms: [['<owner>', '--', '<file>']] },
    { name: 'chmod', path: '/usr/bin/chmod', subcommands: [], forms: [['<mode>', '--', '<file>']] },
    { name: 'exportfs', path: '/usr/sbin/exportfs', subcommands: [], forms: [['-ra']] },
    { name: 'pdbedit', path: '/usr/bin/pdbedit', subcommands: [], forms: [['-L', '-u', '<user>']] },
    { name: 'smbpasswd', path: '/usr/bin/smbpasswd', subcommands: [], forms: [['-a', '-s', '<user>']] },
    { name: 'testparm', path: '/usr/bin/testparm', subcommands: [], forms: [['-s']] },
    { name: 'pve-firewall', path: '/usr/sbin/pve-firewall', subcommands: ['compile'] },
    {
        name: 'apparmor_parser',
        path: '/usr/sbin/apparmor_parser',
        subcommands: [],
        forms: [
            ['--skip-kernel-load', '--skip-cache'],
            ['--replace', '--write-cache', '<file>'],
        ],
    },
    {
        name: 'nvidia-smi',
        path: '/usr/bin/nvidia-smi',
        subcommands: [],
        forms: [['--query-gpu=driver_version', '--format=csv,noheader']],
    },
    { name: 'modinfo', path: '/usr/sbin/modinfo', subcommands: [], forms: [['-F', 'version', '<module>']] },
    {
        name: 'curl',
        path: '/usr/bin/curl',
        subcommands: [],
        forms: [['-fsSL', '--retry', '3', '-o', '<file>', '<url>']],
    },
    {
        name: 'sh',
        path: '/usr/bin/sh',
        subcommands: [],
        forms: [['<runfile>', '--silent', '--dkms', '--no-questions', '--ui=none']],
    },
];


/***/ }),

/***/ 3621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ checkSnapshotName),
/* harmony export */   Gl: () => (/* binding */ qemuAgent),
/* harmony export */   Ii: () => (/* binding */ checkResizeSize),
/* harmony export */   Jl: () => (/* binding */ checkVmid),
/* harmony export */   SQ: () => (/* binding */ qemuNet),
/* harmony export */   TK: () => (/* binding */ qemuBootOrder),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   VW: () => (/* binding */ lxcDev),
/* harmony export */   WM: () => (/* binding */ checkConfigKey),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   XV: () => (/* binding */ checkAbsolutePath),
/* harmony export */   Z4: () => (/* binding */ lxcNet),
/* harmony export */   Z_: () => (/* binding */ checkSingleLine),
/* harmony export */   cE: () => (/* binding */ startupOrder),
/* harmony export */   ck: () => (/* binding */ qemuIpconfig),
/* harmony export */   fF: () => (/* binding */ options),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   fv: () => (/* binding */ checkStorageId),
/* harmony export */   iR: () => (/* binding */ checkIp),
/* harmony export */   l: () => (/* binding */ checkDnsName),
/* harmony export */   lO: () => (/* binding */ lxcFeatures),
/* harmony export */   qB: () => (/* binding */ HostCommandInputError),
/* harmony export */   r2: () => (/* binding */ qemuDrive),
/* harmony export */   sF: () => (/* binding */ checkNodeName),
/* harmony export */   zQ: () => (/* binding */ checkInteger)
/* harmony export */ });
/* unused harmony exports checkBridge, checkMac, isIpv4, isIpv6, checkIpv4Config, checkIpv6Config, hasControlChars, bool01, propertyString, parsePropertyString, lxcRootfs, lxcMountPoint, cloudInitDrive, parsePveVersion, pveAtLeast, supportsLxcDev, lxcPassthrough */
/**
 * Value checks and typed `key=value,...` property strings for Proxmox VE options (`net0`, `rootfs`,
 * `mp0`, `features`, `dev0`, `startup`, `ipconfig0`, `agent`, `scsi0`, ...). Everything is pure:
 * builders throw `HostCommandInputError` on input Proxmox would reject, before anything is sent.
 * Rules follow the PVE 8.4 / 9.1 schema (`../shared/pve-api`, string-formats.json).
 */
/** Input that would produce an invalid host command (bad VMID, snapshot name, storage id...). */
class HostCommandInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HostCommandInputError';
    }
}
/** Throws `HostCommandInputError` (as `bad` in the builder modules). */
function fail(message) {
    throw new HostCommandInputError(message);
}
/** A value quoted for an error message. */
const show = (v) => JSON.stringify(v);
// ---- single values ----
const VMID_MIN = 100;
const VMID_MAX = 999_999_999;
function checkVmid(id, what = 'VMID') {
    if (!Number.isInteger(id) || id < VMID_MIN || id > VMID_MAX)
        fail(`invalid ${what} ${show(id)}: must be an integer from ${VMID_MIN} to ${VMID_MAX}`);
    return String(id);
}
function checkInteger(value, what, min, max = Number.MAX_SAFE_INTEGER) {
    if (!Number.isInteger(value) || value < min || value > max)
        fail(`invalid ${what} ${show(value)}: must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}`);
    return String(value);
}
const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;
/** Snapshot names: a letter, then letters/digits/`_`/`-`, 2..40 chars; some names are reserved. */
function checkSnapshotName(name, kind) {
    if (typeof name !== 'string' || !CONFIG_ID.test(name) || name.length > 40)
        fail(`invalid snapshot name ${show(name)}: use 2-40 letters, digits, '_' or '-', starting with a letter`);
    const reserved = kind === 'lxc' ? ['current', 'vzdump'] : ['current', 'pending'];
    if (reserved.includes(name.toLowerCase()))
        fail(`snapshot name ${show(name)} is reserved by Proxmox`);
    return name;
}
/** A config key (`pve-configid`), e.g. for `--delete`. */
function checkConfigKey(key) {
    if (!CONFIG_ID.test(key))
        fail(`invalid config key ${show(key)}`);
    return key;
}
const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;
function checkStorageId(id) {
    if (typeof id !== 'string' || !STORAGE_ID.test(id))
        fail(`invalid storage id ${show(id)}: use letters, digits, '-', '_' or '.', starting with a letter and ending with a letter or digit`);
    return id;
}
const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
function checkNodeName(name) {
    if (!NODE_NAME.test(name))
        fail(`invalid node name ${show(name)}`);
    return name;
}
const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const DNS_NAME = new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`);
function checkDnsName(name, what = 'host name') {
    if (!DNS_NAME.test(name) || name.length > 255)
        fail(`invalid ${what} ${show(name)}: not a valid DNS name`);
    return name;
}
const TAG = /^[a-z0-9_][a-z0-9_\-+.]*$/i;
/** Tags as Proxmox stores them: `;`-separated. */
function tagList(tags) {
    for (const t of tags)
        if (!TAG.test(t))
            fail(`invalid tag ${show(t)}: use letters, digits, '_', '-', '+' or '.'`);
    return tags.join(';');
}
const BRIDGE = /^[-_.\w]+$/;
function checkBridge(name) {
    if (!BRIDGE.test(name))
        fail(`invalid bridge name ${show(name)}`);
    return name;
}
const MAC = /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i;
function checkMac(mac) {
    if (!MAC.test(mac))
        fail(`invalid MAC address ${show(mac)}: expected a unicast XX:XX:XX:XX:XX:XX`);
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
function checkCidr(value, v6, what) {
    const m = /^(.*)\/(\d{1,3})$/.exec(value);
    const ok = m && (v6 ? isIpv6(m[1]) : isIpv4(m[1])) && Number(m[2]) >= 8 && Number(m[2]) <= (v6 ? 128 : 32);
    if (!ok)
        fail(`invalid ${what} ${show(value)}: expected an ${v6 ? 'IPv6' : 'IPv4'} address in CIDR form`);
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
        fail(`invalid ${what} ${show(value)}`);
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
        fail(`invalid ${what} ${show(path)}: must be an absolute path without control characters`);
    if (/\/\.\.?(\/|$)/.test(path))
        fail(`invalid ${what} ${show(path)}: must not contain '.' or '..' components`);
    return path;
}
/** A value that must stay on one line (it is written into a config file by Proxmox). */
function checkSingleLine(value, what) {
    if (hasControlChars(value, true))
        fail(`invalid ${what} ${show(value)}: contains control characters`);
    return value;
}
/** `pct resize` / `qm resize` size: `+4G` grows by 4 GiB, `16G` sets an absolute size. */
function checkResizeSize(size) {
    if (!/^\+?\d+(\.\d+)?[KMGT]?$/.test(size))
        fail(`invalid disk size ${show(size)}: expected e.g. '+4G' (grow) or '16G' (absolute)`);
    return size;
}
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
/**
 * Renders `k=v,k=v`. The first pair is written without `key=` when `bareFirst` is set (Proxmox's
 * default key). Values may not contain `,` (the separator) or control characters.
 */
function propertyString(option, pairs, bareFirst = false) {
    const parts = [];
    pairs.forEach(([key, raw], i) => {
        if (raw === undefined)
            return;
        const value = typeof raw === 'boolean' ? bool01(raw) : String(raw);
        if (value === '' || value.includes(',') || hasControlChars(value))
            fail(`invalid ${option} value for '${key}': ${show(value)} (empty, ',' or control characters)`);
        if (i === 0 && bareFirst) {
            if (value.includes('='))
                fail(`invalid ${option} value for '${key}': ${show(value)} contains '='`);
            parts.push(value);
        }
        else
            parts.push(`${key}=${value}`);
    });
    if (parts.length === 0)
        fail(`${option} needs at least one setting`);
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
function lxcNet(n) {
    if (!/^[a-zA-Z0-9_.-]{1,15}$/.test(n.name))
        fail(`invalid interface name ${show(n.name)}`);
    if (n.bridge !== undefined)
        checkBridge(n.bridge);
    if (n.ip !== undefined)
        checkIpv4Config(n.ip);
    if (n.gw !== undefined && !isIpv4(n.gw))
        fail(`invalid IPv4 gateway ${show(n.gw)}`);
    if (n.ip6 !== undefined)
        checkIpv6Config(n.ip6);
    if (n.gw6 !== undefined && !isIpv6(n.gw6))
        fail(`invalid IPv6 gateway ${show(n.gw6)}`);
    if (n.hwaddr !== undefined)
        checkMac(n.hwaddr);
    if (n.tag !== undefined)
        checkInteger(n.tag, 'VLAN tag', 1, 4094);
    if (n.mtu !== undefined)
        checkInteger(n.mtu, 'MTU', 64, 65535);
    if (n.rate !== undefined && !(n.rate >= 0))
        fail(`invalid rate ${show(n.rate)}`);
    // Proxmox's own order: the required `name` first, then alphabetical.
    return propertyString('net', [
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
            fail(`invalid file system type ${show(t)}`);
    return propertyString('features', [
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
        fail(`invalid device path ${show(d.path)}: must start with /dev/`);
    checkAbsolutePath(d.path, 'device path');
    if (d.mode !== undefined && !/^0[0-7]{3}$/.test(d.mode))
        fail(`invalid device mode ${show(d.mode)}`);
    if (d.gid !== undefined)
        checkInteger(d.gid, 'device gid', 0);
    if (d.uid !== undefined)
        checkInteger(d.uid, 'device uid', 0);
    return propertyString('dev', [
        ['path', d.path],
        ['deny-write', d.denyWrite],
        ['gid', d.gid],
        ['mode', d.mode],
        ['uid', d.uid],
    ], true);
}
/** `startup`: boot order and delays in seconds (CT and VM). */
function startupOrder(s) {
    for (const [k, v] of Object.entries(s))
        if (v !== undefined)
            checkInteger(v, `startup ${k}`, 0);
    return propertyString('startup', [
        ['order', s.order],
        ['up', s.up],
        ['down', s.down],
    ]);
}
const QEMU_NIC_MODELS = ['e1000', 'e1000e', 'rtl8139', 'virtio', 'vmxnet3'];
function qemuNet(n) {
    const model = n.model ?? 'virtio';
    if (!QEMU_NIC_MODELS.includes(model))
        fail(`invalid NIC model ${show(model)}`);
    checkBridge(n.bridge);
    if (n.macaddr !== undefined)
        checkMac(n.macaddr);
    if (n.tag !== undefined)
        checkInteger(n.tag, 'VLAN tag', 1, 4094);
    if (n.mtu !== undefined)
        checkInteger(n.mtu, 'MTU', 1, 65520);
    if (n.queues !== undefined)
        checkInteger(n.queues, 'queues', 0, 64);
    const first = n.macaddr ? [model, n.macaddr] : ['model', model];
    return propertyString('net', [
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
            fail(`invalid disk volume ${show(d.file)}`);
    }
    if (d.importFrom !== undefined) {
        if (d.importFrom.startsWith('/'))
            checkAbsolutePath(d.importFrom, 'import-from path');
        else if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:\S+$/i.test(d.importFrom))
            fail(`invalid import-from volume ${show(d.importFrom)}`);
    }
    return propertyString('disk', [
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
        fail(`invalid IPv4 gateway ${show(c.gw)}`);
    if (c.gw6 !== undefined && !isIpv6(c.gw6))
        fail(`invalid IPv6 gateway ${show(c.gw6)}`);
    if (c.gw !== undefined && c.ip === undefined)
        fail('ipconfig: a gateway needs an ip');
    return propertyString('ipconfig', [
        ['ip', c.ip],
        ['gw', c.gw],
        ['ip6', c.ip6],
        ['gw6', c.gw6],
    ]);
}
/** QEMU guest agent, e.g. `enabled=1`. */
function qemuAgent(a) {
    return propertyString('agent', [
        ['enabled', a.enabled],
        ['fstrim_cloned_disks', a.fstrimClonedDisks],
        ['type', a.type],
    ]);
}
const QEMU_DEVICE = /^(ide[0-3]|sata[0-5]|scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|efidisk0|tpmstate0|net([0-9]|[12][0-9]|3[01])|hostpci([0-9]|1[0-5])|usb([0-9]|1[0-3]))$/;
/** `boot`: devices tried in order, e.g. `order=scsi0;net0`. */
function qemuBootOrder(devices) {
    if (devices.length === 0)
        fail('boot order needs at least one device');
    for (const d of devices)
        if (!QEMU_DEVICE.test(d))
            fail(`invalid boot device ${show(d)}`);
    return `order=${devices.join(';')}`;
}
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
function supportsLxcDev(v) {
    return pveAtLeast(v, 8, 1);
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


/***/ })

};
