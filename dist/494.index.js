export const id = 494;
export const ids = [494];
export const modules = {

/***/ 83063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ LXC_KEYS_PVE9_ONLY),
/* harmony export */   Gl: () => (/* binding */ LXC_NET),
/* harmony export */   I5: () => (/* binding */ LXC_ROOTFS),
/* harmony export */   Kd: () => (/* binding */ LXC_DEV),
/* harmony export */   cS: () => (/* binding */ LXC_MP),
/* harmony export */   cs: () => (/* binding */ STARTUP),
/* harmony export */   vz: () => (/* binding */ indexedKeyType),
/* harmony export */   wu: () => (/* binding */ lxcIndexedKey),
/* harmony export */   ze: () => (/* binding */ LXC_KEYS)
/* harmony export */ });
/* unused harmony exports LXC_FEATURES, lxcKeyType */
/* harmony import */ var _pve_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55310);
/**
 * The container config keys (`pct.conf`) and their value types, written from the Proxmox VE 9.1
 * API schema. `pct create` and `pct set` accept all of them as options; a test compares this
 * table with ../shared/pve-api so that the simulator rejects exactly what Proxmox rejects.
 */

const LXC_NET = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)({
    name: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    bridge: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    firewall: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    gw: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    gw6: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    'host-managed': _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    hwaddr: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)('mac-addr'),
    ip: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    ip6: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    link_down: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    mtu: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(64, 65535),
    rate: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0),
    tag: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(1, 4094),
    trunks: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    type: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)('veth'),
}, { required: ['name'] });
const MOUNT_COMMON = {
    acl: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    mountoptions: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    quota: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    replicate: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    ro: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    shared: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    size: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)('disk-size'),
    volume: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
};
const LXC_ROOTFS = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)(MOUNT_COMMON, { defaultKey: 'volume', required: ['volume'] });
const LXC_MP = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)({ ...MOUNT_COMMON, backup: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX, keepattrs: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX, mp: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul }, { defaultKey: 'volume', required: ['mp', 'volume'] });
const LXC_DEV = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)({ 'deny-write': _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX, gid: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0), mode: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul, path: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul, uid: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0) }, { defaultKey: 'path' });
const LXC_FEATURES = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)({
    force_rw_sys: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    fuse: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    keyctl: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    mknod: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    mount: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    nesting: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
});
const STARTUP = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)({ order: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0), up: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0), down: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0) }, { defaultKey: 'order' });
/** Keys valid for every supported version; `sinceMajor` marks keys new in PVE 9. */
const LXC_KEYS = {
    arch: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)('amd64', 'arm64', 'armhf', 'i386', 'riscv32', 'riscv64'),
    cmode: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)('console', 'shell', 'tty'),
    console: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    cores: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(1, 8192),
    cpulimit: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 8192),
    cpuunits: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 500000),
    debug: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    description: { t: 'str', maxLength: 8192 },
    entrypoint: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    env: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    features: LXC_FEATURES,
    hookscript: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    hostname: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)('dns-name', 255),
    lock: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)('backup', 'create', 'destroyed', 'disk', 'fstrim', 'migrate', 'mounted', 'rollback', 'snapshot', 'snapshot-delete'),
    memory: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(16),
    nameserver: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    onboot: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    ostype: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)('alpine', 'archlinux', 'centos', 'debian', 'devuan', 'fedora', 'gentoo', 'nixos', 'opensuse', 'ubuntu', 'unmanaged'),
    protection: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    rootfs: LXC_ROOTFS,
    searchdomain: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    startup: STARTUP,
    swap: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0),
    tags: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)('pve-tag-list'),
    template: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
    timezone: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul,
    tty: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 6),
    unprivileged: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .BOOL */ .HX,
};
const LXC_KEYS_PVE9_ONLY = ['entrypoint', 'env'];
/** The type of a numbered option (`net3`, `mp12`), if it is one; no leading zeros. */
function indexedKeyType(families, name) {
    for (const [re, max, type] of families) {
        const m = re.exec(name);
        if (m && String(Number(m[1])) === m[1] && Number(m[1]) <= max)
            return type;
    }
    return undefined;
}
const INDEXED = [
    [/^net(\d+)$/, 31, LXC_NET],
    [/^mp(\d+)$/, 255, LXC_MP],
    [/^dev(\d+)$/, 255, LXC_DEV],
    [/^unused(\d+)$/, 255, (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .prop */ ._w)({ volume: _pve_values_js__WEBPACK_IMPORTED_MODULE_0__/* .STR */ .Ul }, { defaultKey: 'volume', required: ['volume'] })],
];
/** The type of an indexed key (`net0`..`net31`, `mp0`..`mp255`, ...). */
function lxcIndexedKey(name) {
    return indexedKeyType(INDEXED, name);
}
function lxcKeyType(name, pveMajor = 9) {
    if (pveMajor < 9 && LXC_KEYS_PVE9_ONLY.includes(name))
        return undefined;
    return LXC_KEYS[name] ?? lxcIndexedKey(name);
}


/***/ }),

/***/ 55310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   HX: () => (/* binding */ BOOL),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   Su: () => (/* binding */ checkValue),
/* harmony export */   Ul: () => (/* binding */ STR),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   Yd: () => (/* binding */ printPropertyString),
/* harmony export */   _w: () => (/* binding */ prop),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   rI: () => (/* binding */ specOf),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   uI: () => (/* binding */ parsePropertyString),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/**
 * Value checks of the Proxmox JSON schema (pve-common JSONSchema.pm) as the CLI applies them:
 * booleans, integers and numbers with ranges, enums, named string formats and property strings
 * (`key=value,...` with a default key). Messages are Proxmox's own.
 */
const BOOL = { t: 'bool' };
const STR = { t: 'str' };
const int = (min, max) => ({ t: 'int', min, max });
const num = (min, max) => ({ t: 'num', min, max });
const oneOf = (...values) => ({ t: 'enum', values });
const fmt = (format, maxLength) => ({ t: 'str', format, maxLength });
const prop = (keys, o = {}) => ({
    t: 'prop',
    spec: { keys, ...o },
});
/** `parse_boolean`: 1/0 for the accepted spellings, undefined otherwise. */
function parseBoolean(v) {
    if (/^(1|on|yes|true)$/i.test(v))
        return '1';
    if (/^(0|off|no|false)$/i.test(v))
        return '0';
    return undefined;
}
const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const FORMAT_CHECKS = {
    'pve-configid': (v) => (/^[a-z][a-z0-9_-]+$/i.test(v) ? undefined : `invalid configuration ID '${v}'`),
    'pve-vmid': (v) => (/^[1-9][0-9]{2,8}$/.test(v) ? undefined : `value does not look like a valid VM ID`),
    'dns-name': (v) => new RegExp(`^(${DNS_LABEL}\\.)*${DNS_LABEL}$`).test(v)
        ? undefined
        : 'value does not look like a valid DNS name',
    'pve-storage-id': (v) => /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i.test(v) ? undefined : `storage ID '${v}' contains illegal characters`,
    'pve-tag-list': (v) => {
        for (const tag of splitList(v))
            if (!/^[a-z0-9_][a-z0-9_\-+.]*$/i.test(tag))
                return `invalid tag '${tag}'`;
        return undefined;
    },
    'mac-addr': (v) => /^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$/i.test(v)
        ? undefined
        : `value does not look like a valid unicast MAC address`,
    urlencoded: (v) => (/^[-%a-zA-Z0-9_.!~*'()]*$/.test(v) ? undefined : `invalid urlencoded string: ${v}`),
    'pve-node': (v) => /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/.test(v)
        ? undefined
        : 'value does not look like a valid node name',
    'disk-size': (v) => (parseSize(v) === undefined ? `unable to parse size '${v}'` : undefined),
};
/** `PVE::Tools::split_list`: NUL, or commas/semicolons/whitespace. */
function splitList(v) {
    if (v.includes('\0'))
        return v.split('\0').filter((s) => s !== '');
    return v
        .replace(/[,;]/g, ' ')
        .split(/\s+/)
        .filter((s) => s !== '');
}
/** `parse_size`: `32`, `8G`, `512M`, `1.5T` to bytes (a bare number means bytes). */
function parseSize(v) {
    const m = /^(\d+(?:\.\d+)?)([KMGT])?$/.exec(v);
    if (!m)
        return undefined;
    const mult = { K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 }[m[2] ?? ''] ?? 1;
    return Math.round(Number(m[1]) * mult);
}
/** `format_size`: the shortest exact unit (`8G`, `512M`, `4100M`). */
function formatSize(bytes) {
    for (const [unit, mult] of [
        ['T', 1024 ** 4],
        ['G', 1024 ** 3],
        ['M', 1024 ** 2],
        ['K', 1024],
    ]) {
        if (bytes >= mult && bytes % mult === 0)
            return `${bytes / mult}${unit}`;
    }
    return String(bytes);
}
/**
 * Checks `value` against `type`. Returns the value to store (booleans normalised to 1/0) or
 * the error messages keyed by parameter path.
 */
function checkValue(name, type, value) {
    const err = (msg) => ({ errors: { [name]: msg } });
    switch (type.t) {
        case 'bool': {
            const b = parseBoolean(value);
            return b === undefined ? err(`type check ('boolean') failed - got '${value}'`) : { value: b };
        }
        case 'int':
        case 'num': {
            const re = type.t === 'int' ? /^[+-]?\d+$/ : /^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$/;
            if (!re.test(value))
                return err(`type check ('${type.t === 'int' ? 'integer' : 'number'}') failed - got '${value}'`);
            const n = Number(value);
            if (type.min !== undefined && n < type.min)
                return err(`value must have a minimum value of ${type.min}`);
            if (type.max !== undefined && n > type.max)
                return err(`value must have a maximum value of ${type.max}`);
            return { value };
        }
        case 'enum':
            return type.values.includes(value)
                ? { value }
                : err(`value '${value}' does not have a value in the enumeration '${type.values.join(', ')}'`);
        case 'str': {
            if (type.maxLength !== undefined && value.length > type.maxLength)
                return err(`value may only be ${type.maxLength} characters long`);
            if (type.pattern && !type.pattern.test(value))
                return err(`value does not match the regex pattern`);
            if (type.format) {
                const problem = FORMAT_CHECKS[type.format](value);
                if (problem)
                    return err(`invalid format - ${problem}`);
            }
            return { value };
        }
        case 'prop': {
            const parsed = parsePropertyString(name, type.spec, value);
            return 'errors' in parsed ? parsed : { value };
        }
    }
}
/** `parse_property_string` + `check_object`: the sub-values, or Proxmox's errors. */
function parsePropertyString(name, spec, data) {
    const res = {};
    const errors = {};
    const invalid = (msg) => ({
        errors: { [name]: `invalid format - ${msg}` },
    });
    for (const part of data.split(',')) {
        if (/^\s*$/.test(part))
            continue;
        const m = /^([^=]+)=(.+)$/.exec(part);
        if (m) {
            let [, k, v] = m;
            if (res[k] !== undefined)
                return invalid(`duplicate key in comma-separated list property: ${k}`);
            if (spec.keyAlias?.keys.includes(k)) {
                res[spec.keyAlias.keyField] = k;
                k = spec.keyAlias.valueField;
            }
            k = spec.alias?.[k] ?? k;
            if (res[k] !== undefined)
                return invalid(`duplicate key in comma-separated list property: ${k}`);
            const sub = spec.keys[k];
            if (!sub) {
                errors[`${name}.${k}`] =
                    'property is not defined in schema and the schema does not allow additional properties';
                continue;
            }
            if (sub.t === 'bool')
                v = parseBoolean(v) ?? v;
            res[k] = v;
        }
        else if (!part.includes('=')) {
            if (!spec.defaultKey)
                return invalid('value without key, but schema does not define a default key');
            if (res[spec.defaultKey] !== undefined)
                return invalid(`duplicate key in comma-separated list property: ${spec.defaultKey}`);
            res[spec.defaultKey] = part;
        }
        else {
            return invalid('missing key in comma-separated list property');
        }
    }
    for (const [k, v] of Object.entries(res)) {
        const sub = spec.keys[k];
        if (!sub)
            continue;
        const checked = checkValue(`${name}.${k}`, sub, v);
        if ('errors' in checked)
            Object.assign(errors, checked.errors);
    }
    for (const k of spec.required ?? [])
        if (res[k] === undefined)
            errors[`${name}.${k}`] = 'property is missing and it is not optional';
    return Object.keys(errors).length > 0 ? { errors } : { values: res };
}
/**
 * `print_property_string`: the default key's value first (without `key=`), then required keys,
 * then the others sorted by name.
 */
function printPropertyString(spec, values) {
    const parts = [];
    const done = new Set();
    if (spec.defaultKey && values[spec.defaultKey] !== undefined) {
        parts.push(values[spec.defaultKey]);
        done.add(spec.defaultKey);
    }
    for (const k of [...(spec.required ?? [])].sort()) {
        if (done.has(k) || values[k] === undefined)
            continue;
        parts.push(`${k}=${values[k]}`);
        done.add(k);
    }
    for (const k of Object.keys(values).sort()) {
        if (done.has(k))
            continue;
        parts.push(`${k}=${values[k]}`);
    }
    return parts.join(',');
}
/** The property-string spec of a `prop` type. */
function specOf(t) {
    if (t.t !== 'prop')
        throw new Error(`not a property string type: ${t.t}`);
    return t.spec;
}


/***/ }),

/***/ 85494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ qmIndexedKey),
/* harmony export */   Hm: () => (/* binding */ isQemuDiskKey),
/* harmony export */   J9: () => (/* binding */ NET_MODELS),
/* harmony export */   Qz: () => (/* binding */ QM_KEYS),
/* harmony export */   kE: () => (/* binding */ qmKeyType),
/* harmony export */   pv: () => (/* binding */ QM_NET),
/* harmony export */   w9: () => (/* binding */ QM_KEYS_PVE9_ONLY)
/* harmony export */ });
/* unused harmony exports QM_SCSI, QM_VIRTIO, QM_SATA, QM_IDE, QM_IPCONFIG */
/* harmony import */ var _lxc_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83063);
/* harmony import */ var _pve_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55310);
/**
 * The VM config keys (`qm.conf`) and their value types, written from the Proxmox VE 9.1 API
 * schema (sub-keys of the hash formats such as `cpu` and `ipconfig[n]` included). A test compares
 * this table with ../shared/pve-api.
 */


const DISK_FORMATS = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('cloop', 'cow', 'qcow', 'qcow2', 'qed', 'raw', 'vmdk');
const DISK_COMMON = {
    aio: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('io_uring', 'native', 'threads'),
    backup: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    cache: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('directsync', 'none', 'unsafe', 'writeback', 'writethrough'),
    detect_zeroes: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    discard: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('ignore', 'on'),
    file: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    format: DISK_FORMATS,
    'import-from': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    media: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('cdrom', 'disk'),
    replicate: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    rerror: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('ignore', 'report', 'stop'),
    serial: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    shared: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    size: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('disk-size'),
    snapshot: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    werror: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('enospc', 'ignore', 'report', 'stop'),
};
const DISK_ALIAS = {
    volume: 'file',
    bps_rd_length: 'bps_rd_max_length',
    bps_wr_length: 'bps_wr_max_length',
    iops_rd_length: 'iops_rd_max_length',
    iops_wr_length: 'iops_wr_max_length',
};
for (const k of [
    'bps',
    'bps_rd',
    'bps_wr',
    'iops',
    'iops_rd',
    'iops_wr',
    'iops_max',
    'iops_rd_max',
    'iops_wr_max',
])
    DISK_COMMON[k] = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0);
for (const k of ['mbps', 'mbps_max', 'mbps_rd', 'mbps_rd_max', 'mbps_wr', 'mbps_wr_max'])
    DISK_COMMON[k] = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(0);
for (const k of [
    'bps_max_length',
    'bps_rd_max_length',
    'bps_wr_max_length',
    'iops_max_length',
    'iops_rd_max_length',
    'iops_wr_max_length',
])
    DISK_COMMON[k] = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1);
const diskSpec = (extra) => (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ ...DISK_COMMON, ...extra }, { defaultKey: 'file', required: ['file'], alias: DISK_ALIAS });
const QM_SCSI = diskSpec({
    iothread: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    product: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    queues: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(2),
    ro: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    scsiblock: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    ssd: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    vendor: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    wwn: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
});
const QM_VIRTIO = diskSpec({ iothread: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, ro: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX });
const QM_SATA = diskSpec({ ssd: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, wwn: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul });
const QM_IDE = diskSpec({ model: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, ssd: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, wwn: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul });
const NET_MODELS = [
    'e1000',
    'e1000-82540em',
    'e1000-82544gc',
    'e1000-82545em',
    'e1000e',
    'i82551',
    'i82557b',
    'i82559er',
    'ne2k_isa',
    'ne2k_pci',
    'pcnet',
    'rtl8139',
    'virtio',
    'vmxnet3',
];
const QM_NET = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
    model: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(...NET_MODELS),
    bridge: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    firewall: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    link_down: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    macaddr: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('mac-addr'),
    mtu: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1, 65520),
    queues: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0, 64),
    rate: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(0),
    tag: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1, 4094),
    trunks: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
}, {
    defaultKey: 'model',
    required: ['model'],
    keyAlias: { keys: NET_MODELS, keyField: 'model', valueField: 'macaddr' },
});
const QM_IPCONFIG = (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ gw: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, gw6: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, ip: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, ip6: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul });
const QM_KEYS = {
    acpi: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    affinity: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    agent: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
        enabled: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        'freeze-fs': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        fstrim_cloned_disks: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        type: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('isa', 'virtio'),
    }, {
        defaultKey: 'enabled',
        required: ['enabled'],
        alias: { 'freeze-fs-on-backup': 'freeze-fs', 'guest-fsfreeze': 'freeze-fs' },
    }),
    'allow-ksm': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    'amd-sev': (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ type: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, 'allow-smt': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, 'kernel-hashes': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, 'no-debug': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, 'no-key-sharing': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX }, { defaultKey: 'type' }),
    arch: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('aarch64', 'x86_64'),
    args: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    audio0: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ device: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('AC97', 'ich9-intel-hda', 'intel-hda'), driver: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('none', 'spice') }, { required: ['device'] }),
    autostart: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    balloon: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0),
    bios: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('ovmf', 'seabios'),
    boot: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ legacy: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, order: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul }, { defaultKey: 'legacy' }),
    bootdisk: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    cdrom: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    cicustom: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ meta: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, network: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, user: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, vendor: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul }),
    cipassword: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    citype: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('configdrive2', 'nocloud', 'opennebula'),
    ciupgrade: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    ciuser: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    cores: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1),
    cpu: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
        cputype: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        flags: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        'guest-phys-bits': (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(32, 64),
        hidden: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        'hv-vendor-id': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        'phys-bits': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        'reported-model': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    }, { defaultKey: 'cputype' }),
    cpulimit: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(0, 128),
    cpuunits: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1, 262144),
    description: { t: 'str', maxLength: 8192 },
    efidisk0: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
        efitype: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('2m', '4m'),
        file: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        format: DISK_FORMATS,
        'import-from': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        'ms-cert': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        'pre-enrolled-keys': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        size: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('disk-size'),
    }, { defaultKey: 'file', required: ['file'], alias: { volume: 'file' } }),
    freeze: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    hookscript: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    hotplug: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    hugepages: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('1024', '2', 'any'),
    'intel-tdx': (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ type: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, attestation: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, 'vsock-cid': (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(2), 'vsock-port': (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0) }, { defaultKey: 'type' }),
    ivshmem: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ name: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, size: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1) }, { required: ['size'] }),
    keephugepages: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    keyboard: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    kvm: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    localtime: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    lock: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('backup', 'clone', 'create', 'migrate', 'rollback', 'snapshot', 'snapshot-delete', 'suspended', 'suspending'),
    machine: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
        type: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        'aw-bits': (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(32, 64),
        'enable-s3': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        'enable-s4': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        viommu: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('intel', 'virtio'),
    }, { defaultKey: 'type' }),
    memory: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ current: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(16) }, { defaultKey: 'current', required: ['current'] }),
    migrate_downtime: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(0),
    migrate_speed: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0),
    name: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('dns-name'),
    nameserver: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    numa: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    onboot: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    ostype: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('l24', 'l26', 'other', 'solaris', 'w2k', 'w2k3', 'w2k8', 'win10', 'win11', 'win7', 'win8', 'wvista', 'wxp'),
    protection: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    reboot: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    rng0: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ source: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, max_bytes: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0), period: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0) }, { defaultKey: 'source' }),
    scsihw: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('lsi', 'lsi53c810', 'megasas', 'pvscsi', 'virtio-scsi-pci', 'virtio-scsi-single'),
    searchdomain: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    shares: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(0, 50000),
    smbios1: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
        base64: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        family: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        manufacturer: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        product: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        serial: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        sku: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        uuid: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        version: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    }),
    smp: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1),
    sockets: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1),
    spice_enhancements: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ foldersharing: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, videostreaming: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('all', 'filter', 'off') }),
    sshkeys: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('urlencoded'),
    startdate: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    startup: _lxc_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .STARTUP */ .cs,
    tablet: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    tags: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('pve-tag-list'),
    tdf: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    template: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
    tpmstate0: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
        file: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        format: DISK_FORMATS,
        'import-from': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
        size: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('disk-size'),
        version: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('v1.2', 'v2.0'),
    }, { defaultKey: 'file', required: ['file'], alias: { volume: 'file' } }),
    vcpus: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(1),
    vga: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ type: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, clipboard: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('vnc'), memory: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(4, 512) }, { defaultKey: 'type' }),
    vmgenid: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
    vmstatestorage: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)('pve-storage-id'),
    watchdog: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ model: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('i6300esb', 'ib700'), action: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul }, { defaultKey: 'model' }),
};
const QM_KEYS_PVE9_ONLY = ['allow-ksm', 'intel-tdx'];
const INDEXED = [
    [/^net(\d+)$/, 31, QM_NET],
    [/^ipconfig(\d+)$/, 31, QM_IPCONFIG],
    [/^scsi(\d+)$/, 30, QM_SCSI],
    [/^virtio(\d+)$/, 15, QM_VIRTIO],
    [/^sata(\d+)$/, 5, QM_SATA],
    [/^ide(\d+)$/, 3, QM_IDE],
    [/^hostpci(\d+)$/, 15, _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul],
    [/^usb(\d+)$/, 13, (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ host: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, mapping: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, usb3: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX }, { defaultKey: 'host' })],
    [/^serial(\d+)$/, 3, { t: 'str', pattern: /^(\/dev\/.+|socket)$/ }],
    [/^parallel(\d+)$/, 2, { t: 'str', pattern: /^(\/dev\/parport\d+|\/dev\/usb\/lp\d+)$/ }],
    [
        /^numa(\d+)$/,
        7,
        (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ cpus: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, hostnodes: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul, memory: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(), policy: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('bind', 'interleave', 'preferred') }, { required: ['cpus'] }),
    ],
    [
        /^unused(\d+)$/,
        255,
        (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({ file: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul }, { defaultKey: 'file', required: ['file'], alias: { volume: 'file' } }),
    ],
    [
        /^virtiofs(\d+)$/,
        9,
        (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .prop */ ._w)({
            cache: (0,_pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('always', 'auto', 'metadata', 'never'),
            'direct-io': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
            dirid: _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .STR */ .Ul,
            'expose-acl': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
            'expose-xattr': _pve_values_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        }, { defaultKey: 'dirid', required: ['dirid'] }),
    ],
];
function qmIndexedKey(name) {
    return (0,_lxc_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .indexedKeyType */ .vz)(INDEXED, name);
}
function qmKeyType(name, pveMajor = 9) {
    if (pveMajor < 9 && QM_KEYS_PVE9_ONLY.includes(name))
        return undefined;
    return QM_KEYS[name] ?? qmIndexedKey(name);
}
/** Disk keys (`scsi0`, `virtio1`, `efidisk0`, ...). */
function isQemuDiskKey(key) {
    return /^(scsi|virtio|sata|ide)\d+$/.test(key) || key === 'efidisk0' || key === 'tpmstate0';
}


/***/ })

};
