export const id = 436;
export const ids = [436];
export const modules = {

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   PM: () => (/* binding */ AUTO_SUBKEYS),
/* harmony export */   gJ: () => (/* binding */ configWriter),
/* harmony export */   jx: () => (/* binding */ STRICT_NET_SUBKEYS),
/* harmony export */   uv: () => (/* binding */ findRow)
/* harmony export */ });
/** Sub-keys Proxmox fills in by itself; a difference only when the config names them. */
const AUTO_SUBKEYS = new Set(['hwaddr', 'type', 'macaddr', 'size']);
/** Sub-keys of a network device that must be absent on the guest when the config leaves them out. */
const STRICT_NET_SUBKEYS = [
    'name',
    'bridge',
    'model',
    'ip',
    'gw',
    'ip6',
    'gw6',
    'tag',
    'firewall',
    'rate',
    'mtu',
];
function configWriter() {
    const values = {};
    return {
        values,
        set(key, value) {
            values[key] = value;
        },
    };
}
/** A row of a numbered family: `net12` is the row `net[n]`, index 12. */
const FAMILY_KEY = /^([a-z]+)(\d+)$/;
/** Split `net12` into the family name and index; undefined for a key that is not numbered. */
function familyOf(key) {
    const m = FAMILY_KEY.exec(key);
    return m ? { family: m[1], index: Number(m[2]) } : undefined;
}
/** The row standing for `key` (`net3` finds `net[n]`), or undefined when the table has none. */
function findRow(table, key) {
    if (Object.hasOwn(table, key))
        return table[key];
    const f = familyOf(key);
    const name = f && `${f.family}[n]`;
    return name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}


/***/ }),

/***/ 147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ isOwnedKey),
/* harmony export */   P1: () => (/* binding */ keyComparison),
/* harmony export */   V_: () => (/* binding */ keyDefault),
/* harmony export */   ZY: () => (/* binding */ keyEffect),
/* harmony export */   wY: () => (/* binding */ isVolumeKey)
/* harmony export */ });
/* unused harmony exports GUEST_KEYS, guestKeyRow */
/* harmony import */ var _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1237);
/* harmony import */ var _lxc_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1244);
/* harmony import */ var _qemu_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2337);



const GUEST_KEYS = {
    lxc: _lxc_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LXC_GUEST_KEYS */ .U,
    qemu: _qemu_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .QEMU_GUEST_KEYS */ .z,
};
/** Rows found per kind and key (`net0`, `net1` share one row; the planner asks per key of 10k guests). */
const found = {
    lxc: new Map(),
    qemu: new Map(),
};
/** The row standing for `key` on a guest of `kind`, or undefined when Phoenix has none. */
function guestKeyRow(kind, key) {
    const cache = found[kind];
    let row = cache.get(key);
    if (row === undefined) {
        row = (0,_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .findRow */ .uv)(GUEST_KEYS[kind], key) ?? null;
        if (cache.size >= 10_000)
            cache.clear();
        cache.set(key, row);
    }
    return row ?? undefined;
}
/**
 * Keys Phoenix owns even when the config leaves them out: present on the guest but not desired
 * means "delete". Optional keys the config does not mention (swap, nameserver, startup) are left alone.
 */
function isOwnedKey(kind, key) {
    return guestKeyRow(kind, key)?.owned === true;
}
/** Proxmox's value when `key` is absent from the config (undefined: none Phoenix relies on). */
function keyDefault(kind, key) {
    return guestKeyRow(kind, key)?.default;
}
/** When a change of `key` takes effect on a running guest; raw `lxc.*` lines need a restart. */
function keyEffect(kind, key) {
    const row = guestKeyRow(kind, key);
    if (row)
        return row.effect;
    return kind === 'lxc' && key.startsWith('lxc.') ? 'restart' : 'live';
}
/** How a desired value of `key` is compared with the printed one (`text` for a key without a row). */
function keyComparison(kind, key) {
    return guestKeyRow(kind, key)?.compare ?? 'text';
}
/** A disk or mount point (`rootfs`, `mp0`, `scsi0`): compared and printed as a volume. */
function isVolumeKey(kind, key) {
    return keyComparison(kind, key) === 'volume';
}


/***/ }),

/***/ 1325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ BOOL),
/* harmony export */   I8: () => (/* binding */ INT),
/* harmony export */   Kf: () => (/* binding */ BOOT_ORDER),
/* harmony export */   SC: () => (/* binding */ DECIMAL),
/* harmony export */   a$: () => (/* binding */ TEXT),
/* harmony export */   q9: () => (/* binding */ WORDS),
/* harmony export */   w0: () => (/* binding */ ConfigValueError),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/**
 * Conversions between a guest config value in Proxmox's command syntax (`2048`, `1`,
 * `10.0.0.1 10.0.0.2`, `order=scsi0;net0`) and the typed value a command builder takes (a number,
 * a boolean, a word list...), both ways. Each row of the guest key tables names one of these.
 */
/** A config value that does not have the form its key needs (`memory: lots`). */
class ConfigValueError extends Error {
}
/** A whole number (`2048`). */
const INT = {
    name: 'int',
    toValue(key, text) {
        if (!/^\d+$/.test(text))
            throw new ConfigValueError(`${key}: expected a whole number, got '${text}'`);
        return Number(text);
    },
    toText: (value) => String(value),
};
/** A number Proxmox takes with a fraction (`cpulimit: 1.5`), passed on as written. */
const DECIMAL = {
    name: 'decimal',
    toValue: (_key, text) => Number(text),
    toText: (value) => String(value),
};
/** Proxmox's `1`/`0`. */
const BOOL = {
    name: 'bool',
    toValue(key, text) {
        if (text === '1')
            return true;
        if (text === '0')
            return false;
        throw new ConfigValueError(`${key}: expected 0 or 1, got '${text}'`);
    },
    toText: (value) => (value ? '1' : '0'),
};
/** A string passed on as written (names, property strings, volumes). */
const TEXT = {
    name: 'text',
    toValue: (_key, text) => text,
    toText: (value) => value,
};
/** A list of words (`10.0.0.1 10.0.0.2`; commas and semicolons separate too), written back with spaces. */
const WORDS = {
    name: 'words',
    toValue: (_key, text) => text.split(/[\s,;]+/).filter(Boolean),
    toText: (value) => value.join(' '),
};
/** The VM boot order `order=scsi0;net0` as the device list `['scsi0', 'net0']`. */
const BOOT_ORDER = {
    name: 'boot-order',
    toValue(key, text) {
        const order = /^order=(.+)$/.exec(text);
        if (!order)
            throw new ConfigValueError(`${key}: expected 'order=DEV;DEV', got '${text}'`);
        return order[1].split(';').filter(Boolean);
    },
    toText: (value) => `order=${value.join(';')}`,
};
/** One of a fixed set of words (the ones the command builder's type lists). */
function oneOf(...values) {
    const known = values;
    const isKnown = (text) => known.includes(text);
    return {
        name: 'one-of',
        choices: known,
        toValue(key, text) {
            if (!isKnown(text))
                throw new ConfigValueError(`${key}: expected one of ${values.join(', ')}, got '${text}'`);
            return text;
        },
        toText: (value) => value,
    };
}


/***/ }),

/***/ 1244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ LXC_GUEST_KEYS)
/* harmony export */ });
/* harmony import */ var _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1237);
/* harmony import */ var _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1325);
/**
 * The container (`pct`) config keys Phoenix writes, compares or hands to apply: one row per key,
 * a numbered family (`net0`, `net1`...) as one row `net[n]`. The planner's desired config,
 * its config diff, the printed config of a converged guest and apply's conversion to `pct`
 * settings all read this table; lxc-schema.ts says which keys Proxmox knows and their types.
 */


const LXC_GUEST_KEYS = {
    hostname: { from: 'name', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, owned: true, effect: 'restart' },
    memory: { from: 'memoryMb', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .INT */ .I8, owned: true, effect: 'live' },
    swap: { from: 'swapMb', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .INT */ .I8, effect: 'live' },
    cores: { from: 'cores', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .INT */ .I8, owned: true, effect: 'live' },
    cpulimit: { from: 'not set by Phoenix (apply accepts it)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .DECIMAL */ .SC, effect: 'live' },
    onboot: { from: 'startAtBoot', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, default: '0', owned: true, effect: 'live' },
    startup: {
        from: 'bootOrder, bootDelay',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: 'order', liveOnly: 'all' },
        effect: 'live',
    },
    unprivileged: {
        from: 'unprivileged',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX,
        default: '0',
        owned: true,
        effect: 'rebuild',
        apply: 'create-option',
    },
    protection: { from: 'protection', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, default: '0', owned: true, effect: 'live' },
    features: {
        from: 'pctFeatures',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: '_', liveOnly: 'all' },
        owned: true,
        effect: 'restart',
    },
    'net[n]': {
        from: 'networks[] (index, name, bridge, ip, gw, hwaddr, tag, firewall)',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: '_', liveOnly: _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .STRICT_NET_SUBKEYS */ .jx },
        owned: true,
        effect: 'live',
    },
    nameserver: { from: 'nameservers', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .WORDS */ .q9, compare: 'words', effect: 'restart' },
    searchdomain: { from: 'not set by Phoenix (apply accepts it)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'restart' },
    rootfs: { from: 'storagePool, diskSizeGb', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, compare: 'volume', effect: 'live' },
    'mp[n]': { from: 'mountPoints[]', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, compare: 'volume', owned: true, effect: 'restart' },
    'dev[n]': {
        from: 'gpus (NVIDIA device nodes, Proxmox VE 8.1 and later)',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: 'path', liveOnly: 'none' },
        owned: true,
        effect: 'restart',
    },
    description: { from: "Phoenix's record (plan/markers.ts; not diffed here)", convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live' },
    tags: { from: 'the phoenix tag (plan/markers.ts; not diffed here)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .WORDS */ .q9, effect: 'live' },
    timezone: { from: 'not set by Phoenix (apply accepts it)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live' },
    ostype: { from: 'ubuntu, at creation', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live', apply: 'detected', createOnly: true },
    arch: { from: 'amd64, at creation', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live', apply: 'detected', createOnly: true },
};


/***/ }),

/***/ 2337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ QEMU_GUEST_KEYS)
/* harmony export */ });
/* harmony import */ var _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1237);
/* harmony import */ var _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1325);
/* harmony import */ var _qemu_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5494);
/**
 * The VM (`qm`) config keys Phoenix writes, compares or hands to apply: one row per key, a
 * numbered family (`net0`, `scsi1`...) as one row `net[n]`. Read by the same modules as
 * lxc-keys.ts; qemu-schema.ts says which keys Proxmox knows and their types.
 */



const NOT_SET = 'not set by Phoenix (apply accepts it)';
const QEMU_GUEST_KEYS = {
    name: { from: 'name', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, owned: true, effect: 'live' },
    memory: { from: 'memoryMb', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .INT */ .I8, owned: true, effect: 'restart' },
    balloon: { from: NOT_SET, convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .INT */ .I8, effect: 'live' },
    cores: { from: 'cores', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .INT */ .I8, owned: true, effect: 'restart' },
    sockets: { from: NOT_SET, convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .INT */ .I8, effect: 'restart' },
    cpu: { from: NOT_SET, convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'restart' },
    onboot: { from: 'startAtBoot', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, default: '0', owned: true, effect: 'live' },
    startup: {
        from: 'bootOrder, bootDelay',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: 'order', liveOnly: 'all' },
        effect: 'live',
    },
    protection: { from: 'protection', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOL */ .HX, default: '0', owned: true, effect: 'live' },
    /**
     * Phoenix always wants `agent: 1`. Proxmox leaves the key out when the agent is off, so the
     * default `0` serves both the diff (absent means off) and the printed config (a value at its
     * default is left out; `1` never is). Before this table, the printed-config list lacked
     * `agent`; as Phoenix never wants `0`, the printed configs are the same.
     */
    agent: {
        from: 'always 1 (the guest agent reports addresses)',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: 'enabled', liveOnly: 'none' },
        default: '0',
        owned: true,
        effect: 'restart',
    },
    'net[n]': {
        from: 'networks[] (index, hwaddr, bridge, tag, firewall)',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: '_', liveOnly: _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .STRICT_NET_SUBKEYS */ .jx, modelKeys: _qemu_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .NET_MODELS */ .J9 },
        owned: true,
        effect: 'live',
    },
    'ipconfig[n]': {
        from: 'networks[] (index, ip, gw)',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: { positional: '_', liveOnly: 'all' },
        owned: true,
        effect: 'restart',
    },
    nameserver: { from: 'nameservers', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .WORDS */ .q9, compare: 'words', effect: 'restart' },
    searchdomain: { from: NOT_SET, convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'restart' },
    ciuser: { from: 'ciUser', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'restart' },
    sshkeys: {
        from: 'raw.user_config.ssh_public_key',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        compare: 'ssh-keys',
        effect: 'restart',
        apply: 'key-file',
    },
    /** `scsi0` is the root disk (storagePool, diskSizeGb); Phoenix sets no other. */
    'scsi[n]': { from: 'storagePool, diskSizeGb (scsi0)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, compare: 'volume', effect: 'live' },
    'virtio[n]': { from: NOT_SET, convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live' },
    'sata[n]': { from: NOT_SET, convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live' },
    /** `ide2` is the cloud-init drive (`pool:cloudinit`), shown as written. */
    'ide[n]': { from: 'storagePool (ide2, at creation)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live', createOnly: true },
    'serial[n]': { from: 'serial0 socket, at creation', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live', createOnly: true },
    scsihw: {
        from: 'virtio-scsi-pci, at creation',
        convert: (0,_key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('virtio-scsi-pci', 'virtio-scsi-single', 'lsi', 'megasas', 'pvscsi'),
        effect: 'live',
        createOnly: true,
    },
    boot: { from: 'order=scsi0, at creation', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .BOOT_ORDER */ .Kf, effect: 'live', createOnly: true },
    vga: { from: 'serial0, at creation', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live', createOnly: true },
    ostype: {
        from: 'l26, at creation',
        convert: (0,_key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('l26', 'l24', 'other', 'win10', 'win11'),
        effect: 'live',
        createOnly: true,
    },
    citype: { from: NOT_SET, convert: (0,_key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('nocloud', 'configdrive2'), effect: 'live' },
    description: { from: "Phoenix's record (plan/markers.ts; not diffed here)", convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live' },
    tags: { from: 'the phoenix tag (plan/markers.ts; not diffed here)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .WORDS */ .q9, effect: 'live' },
};


/***/ }),

/***/ 7025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ displayValue),
/* harmony export */   O2: () => (/* binding */ diffConfig),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   eO: () => (/* binding */ shareParses),
/* harmony export */   wM: () => (/* binding */ parseVolume)
/* harmony export */ });
/* unused harmony exports parsePropertyString, parseSizeGiB */
/* harmony import */ var _dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1237);
/* harmony import */ var _dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(147);
/* harmony import */ var _desired_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9164);
/**
 * Compares the config Phoenix wants (desired-config.ts, command syntax) with a config as Proxmox
 * prints it, key by key, and turns the differences into field diffs plus the `pct set`/`qm set`,
 * resize and rebuild decisions the planner needs. Pure. Which keys Phoenix owns, Proxmox's
 * defaults, the effect of a change and how each key compares come from the dialect's guest key
 * tables (dialect/lxc-keys.ts, dialect/qemu-keys.ts).
 */



/** `a=1,b=2,positional` to a map; a positional part goes under `defaultKey`. */
function parsePropertyString(value, defaultKey) {
    const out = new Map();
    for (const part of value.split(',')) {
        const p = part.trim();
        if (!p)
            continue;
        const eq = p.indexOf('=');
        if (eq < 0)
            out.set(defaultKey, p);
        else
            out.set(p.slice(0, eq).trim(), p.slice(eq + 1).trim());
    }
    return out;
}
/** `32G`, `512M`, `1T`, `2048K` to GiB; a bare number is taken in `bareUnit`. */
function parseSizeGiB(s, bareUnit = 'G') {
    if (!s)
        return undefined;
    const m = /^(\d+(?:\.\d+)?)\s*([KMGT]?)B?$/i.exec(s.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const unit = m[2].toUpperCase() || bareUnit;
    const factor = { B: 1 / 1024 ** 3, K: 1 / 1024 ** 2, M: 1 / 1024, G: 1, T: 1024 };
    return n * factor[unit];
}
function formatSize(gib) {
    return Number.isInteger(gib) ? `${gib}G` : `${Math.round(gib * 1024)}M`;
}
/** Parse a disk/mount value in either syntax: `pool:32`, `pool:vm-1-disk-0,size=32G`, `/host,mp=/x`. */
function parseVolume(value) {
    const opts = parsePropertyString(value, '_volume');
    const first = opts.get('_volume') ?? opts.get('volume') ?? opts.get('file') ?? '';
    opts.delete('_volume');
    opts.delete('volume');
    opts.delete('file');
    const sizeOpt = opts.get('size');
    opts.delete('size');
    if (first.startsWith('/'))
        return { hostPath: first, opts };
    const colon = first.indexOf(':');
    if (colon < 0)
        return { storage: first || undefined, sizeGiB: parseSizeGiB(sizeOpt), opts };
    const storage = first.slice(0, colon);
    const rest = first.slice(colon + 1);
    if (/^\d+(\.\d+)?$/.test(rest))
        return { storage, sizeGiB: Number(rest), opts };
    return { storage, volume: first, sizeGiB: parseSizeGiB(sizeOpt), opts };
}
function describeVolume(v) {
    const where = v.hostPath ?? v.storage ?? '?';
    const size = v.sizeGiB !== undefined ? ` ${formatSize(v.sizeGiB)}` : '';
    const rest = [...v.opts.entries()].map(([k, val]) => `${k}=${val}`);
    return `${where}${size}${rest.length ? ` (${rest.join(',')})` : ''}`;
}
/** A value as shown to reviewers: disks as `storage size`, everything else as printed. */
function displayValue(kind, key, value) {
    const compare = (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyComparison */ .P1)(kind, key);
    if (compare === 'ssh-keys')
        return (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_2__/* .sshKeyLines */ .re)(value).join(' | ');
    return compare === 'volume' ? describeVolume(parseVolume(value)) : value;
}
/** Whether a sub-key set on the guest but not desired counts as a difference. */
function isStrictSubkey(compare, sub) {
    if (_dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .AUTO_SUBKEYS */ .PM.has(sub))
        return false;
    const { liveOnly } = compare;
    return liveOnly === 'all' ? true : liveOnly === 'none' ? false : liveOnly.includes(sub);
}
function normalizedMap(compare, value) {
    const m = parsePropertyString(value, compare.positional);
    const models = compare.modelKeys;
    if (models) {
        for (const [k, v] of [...m]) {
            if (models.includes(k)) {
                m.delete(k);
                m.set('model', k);
                if (v)
                    m.set('macaddr', v.toUpperCase());
            }
        }
        if (m.has('_') && models.includes(m.get('_'))) {
            m.set('model', m.get('_'));
            m.delete('_');
        }
    }
    const hwaddr = m.get('hwaddr');
    if (hwaddr !== undefined)
        m.set('hwaddr', hwaddr.toUpperCase());
    // Deleting the entry being visited is safe while iterating a Map.
    for (const k of m.keys())
        if (k !== 'order' && m.get(k) === '0')
            m.delete(k);
    return m;
}
function mapsEqual(compare, desired, live) {
    for (const k of desired.keys())
        if (live.get(k) !== desired.get(k))
            return false;
    for (const k of live.keys())
        if (!desired.has(k) && isStrictSubkey(compare, k))
            return false;
    return true;
}
const sharedParses = new WeakMap();
/** Mark `config` (not changed afterwards) as diffed against by many guests: `diffConfig` parses each of its values once. */
function shareParses(config) {
    if (!sharedParses.has(config))
        sharedParses.set(config, new Map());
}
function liveNormalizedMap(compare, key, value, cache) {
    let m = cache?.get('n' + key);
    if (!m) {
        m = normalizedMap(compare, value);
        cache?.set('n' + key, m);
    }
    return m;
}
function liveVolume(key, value, cache) {
    let v = cache?.get('v' + key);
    if (!v) {
        v = parseVolume(value);
        cache?.set('v' + key, v);
    }
    return v;
}
function liveDisplay(kind, key, value, cache) {
    let d = cache?.get('d' + key);
    if (d === undefined) {
        d = displayValue(kind, key, value);
        cache?.set('d' + key, d);
    }
    return d;
}
function valuesEqual(kind, key, desired, live, cache) {
    if (desired === live)
        return true;
    const compare = (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyComparison */ .P1)(kind, key);
    if (compare === 'words')
        return desired.split(/\s+/).sort().join(' ') === live.split(/\s+/).sort().join(' ');
    if (compare === 'ssh-keys')
        return (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_2__/* .sshKeyLines */ .re)(desired).join('\n') === (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_2__/* .sshKeyLines */ .re)(live).join('\n');
    if (typeof compare === 'object') {
        return mapsEqual(compare, normalizedMap(compare, desired), liveNormalizedMap(compare, key, live, cache));
    }
    return false;
}
function optsEqual(a, b) {
    const clean = (m) => [...m.entries()]
        .filter(([k, v]) => v !== '0' && !_dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .AUTO_SUBKEYS */ .PM.has(k))
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join(',');
    return clean(a) === clean(b);
}
function diffDisk(kind, key, desiredValue, liveValue, out, cache) {
    const d = parseVolume(desiredValue);
    const l = liveVolume(key, liveValue, cache);
    const isRoot = key === (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_2__/* .rootDiskKey */ .Bv)(kind);
    if (d.hostPath !== undefined || l.hostPath !== undefined) {
        if (d.hostPath !== l.hostPath || !optsEqual(d.opts, l.opts)) {
            out.set[key] = desiredValue;
            out.diffs.push(diff(kind, key, liveValue, desiredValue, (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyEffect */ .ZY)(kind, key), cache));
        }
        return;
    }
    if (d.storage !== l.storage) {
        out.rebuild.push(`${key} storage differs (${l.storage ?? '?'} -> ${d.storage ?? '?'})`);
        out.diffs.push(diff(kind, key, liveValue, desiredValue, 'rebuild', cache));
        return;
    }
    if (d.sizeGiB !== undefined && l.sizeGiB !== undefined && d.sizeGiB !== l.sizeGiB) {
        if (d.sizeGiB < l.sizeGiB) {
            out.errors.push(`${key} cannot shrink from ${formatSize(l.sizeGiB)} to ${formatSize(d.sizeGiB)} (Proxmox only grows disks)`);
            out.diffs.push(withNote(diff(kind, key, liveValue, desiredValue, 'live', cache), 'shrink refused'));
        }
        else {
            out.resize.push({ disk: key, size: formatSize(d.sizeGiB) });
            out.diffs.push(withNote(diff(kind, key, liveValue, desiredValue, 'live', cache), 'grow'));
        }
    }
    if (!isRoot && !optsEqual(d.opts, l.opts)) {
        // Keep the existing volume; change only its options (mount path, read-only...).
        const opts = [...d.opts.entries()].map(([k, v]) => `${k}=${v}`);
        out.set[key] = [l.volume ?? desiredValue.split(',')[0], ...opts].join(',');
        out.diffs.push(diff(kind, key, liveValue, desiredValue, (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyEffect */ .ZY)(kind, key), cache));
    }
}
function diff(kind, key, from, to, effect, cache) {
    return {
        effect,
        from: from === undefined ? undefined : liveDisplay(kind, key, from, cache),
        key,
        to: to === undefined ? undefined : displayValue(kind, key, to),
    };
}
/** Field diff objects keep their keys in sorted order (canonical hashing takes the fast path). */
function withNote(d, note) {
    return { effect: d.effect, from: d.from, key: d.key, note, to: d.to };
}
function groupLines(lines) {
    const out = new Map();
    for (const l of lines) {
        const cut = l.indexOf(': ');
        const k = cut < 0 ? l : l.slice(0, cut);
        const v = cut < 0 ? '' : l.slice(cut + 2);
        const list = out.get(k) ?? [];
        list.push(v);
        out.set(k, list);
    }
    for (const list of out.values())
        list.sort();
    return out;
}
/**
 * Diff `desired` against `live` (a config as Proxmox prints it). For a clone, `live` is the config
 * the clone inherits from its source.
 */
function diffConfig(kind, desired, live) {
    const out = { diffs: [], set: {}, delete: [], resize: [], rebuild: [], errors: [] };
    const cache = sharedParses.get(live);
    for (const key in desired.keys) {
        const want = desired.keys[key];
        const have = live[key];
        if (have === undefined) {
            const absent = (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyDefault */ .V_)(kind, key);
            if (absent === want)
                continue;
            const effect = (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyEffect */ .ZY)(kind, key);
            out.set[key] = want;
            out.diffs.push(diff(kind, key, undefined, want, effect));
            if (effect === 'rebuild')
                out.rebuild.push(`${key} cannot change (${absent ?? 'unset'} -> ${want})`);
            continue;
        }
        if ((0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isVolumeKey */ .wY)(kind, key)) {
            diffDisk(kind, key, want, have, out, cache);
            continue;
        }
        if (valuesEqual(kind, key, want, have, cache))
            continue;
        const effect = (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyEffect */ .ZY)(kind, key);
        if (effect === 'rebuild')
            out.rebuild.push(`${key} cannot change in place (${have} -> ${want})`);
        else
            out.set[key] = want;
        out.diffs.push(diff(kind, key, have, want, effect, cache));
    }
    for (const key in live) {
        const have = live[key];
        if (key in desired.keys || !(0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnedKey */ .$V)(kind, key))
            continue;
        if ((0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyDefault */ .V_)(kind, key) === have)
            continue;
        out.delete.push(key);
        out.diffs.push(diff(kind, key, have, undefined, (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyEffect */ .ZY)(kind, key), cache));
    }
    const liveLines = kind === 'lxc' ? (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_2__/* .liveLxcLines */ .DU)(live) : [];
    if (kind === 'lxc' && (desired.lxcRaw.length || liveLines.length)) {
        const want = groupLines(desired.lxcRaw);
        const have = groupLines(liveLines);
        let changed = false;
        for (const k of new Set([...want.keys(), ...have.keys()])) {
            const a = (have.get(k) ?? []).join(' | ');
            const b = (want.get(k) ?? []).join(' | ');
            if (a === b)
                continue;
            changed = true;
            out.diffs.push({ effect: 'restart', from: a || undefined, key: k, to: b || undefined });
        }
        if (changed)
            out.lxcRaw = [...desired.lxcRaw];
    }
    return out;
}


/***/ }),

/***/ 9164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ rootDiskKey),
/* harmony export */   DU: () => (/* binding */ liveLxcLines),
/* harmony export */   HA: () => (/* binding */ encodeSshKeys),
/* harmony export */   Nn: () => (/* binding */ desiredConfig),
/* harmony export */   re: () => (/* binding */ sshKeyLines)
/* harmony export */ });
/* unused harmony exports supportsDevPassthrough, normalizeLxcLine, sshKeysOf */
/* harmony import */ var _dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1237);
/**
 * The single mapping from a desired guest to the Proxmox config keys Phoenix wants on it. The
 * planner diffs these against the live config; apply passes them to `pct`/`qm`. Values use the
 * command syntax (`rootfs: local-lvm:32` allocates 32 GiB; `mp0: pool:50,mp=/data` likewise),
 * which `config-diff.ts` knows how to compare with what Proxmox prints
 * (`rootfs: local-lvm:vm-950-disk-0,size=32G`). Only keys with a row in the dialect's guest key
 * tables (dialect/lxc-keys.ts, dialect/qemu-keys.ts) can be set here: any other does not compile.
 */

/** The disk holding the guest's root filesystem / boot disk. */
function rootDiskKey(kind) {
    return kind === 'lxc' ? 'rootfs' : 'scsi0';
}
/** Device passthrough with `dev[n]` exists from Proxmox VE 8.1; older hosts need cgroup rules. */
function supportsDevPassthrough(pveVersion) {
    if (!pveVersion)
        return true;
    const m = /^(\d+)\.(\d+)/.exec(pveVersion);
    if (!m)
        return true;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    return major > 8 || (major === 8 && minor >= 1);
}
/** `lxc.mount.entry=/dev/fuse dev/fuse none bind` and `lxc.apparmor.profile: unconfined` to `key: value`. */
function normalizeLxcLine(line) {
    const s = line.trim();
    const eq = s.indexOf('=');
    const colon = s.indexOf(':');
    const cut = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    if (cut < 0)
        return s;
    return `${s.slice(0, cut).trim()}: ${s.slice(cut + 1).trim()}`;
}
/** Raw `lxc.*` lines of a live config (a key listed several times is joined with newlines). */
function liveLxcLines(config) {
    const out = [];
    for (const k in config) {
        if (!k.startsWith('lxc.'))
            continue;
        for (const line of config[k].split('\n'))
            out.push(`${k}: ${line.trim()}`);
    }
    return out;
}
function startupOf(g) {
    if (g.bootOrder === undefined && !g.bootDelay)
        return undefined;
    const parts = [];
    if (g.bootOrder !== undefined)
        parts.push(`order=${g.bootOrder}`);
    if (g.bootDelay)
        parts.push(`up=${g.bootDelay}`);
    return parts.join(',');
}
function lxcNet(n) {
    const parts = [`name=${n.name}`, `bridge=${n.bridge}`];
    if (n.firewall)
        parts.push('firewall=1');
    if (n.gw)
        parts.push(`gw=${n.gw}`);
    if (n.hwaddr)
        parts.push(`hwaddr=${n.hwaddr.toUpperCase()}`);
    if (n.ip)
        parts.push(`ip=${n.ip}`);
    if (n.tag !== undefined)
        parts.push(`tag=${n.tag}`);
    parts.push('type=veth');
    return parts.join(',');
}
function vmNet(n) {
    const parts = [n.hwaddr ? `virtio=${n.hwaddr.toUpperCase()}` : 'virtio', `bridge=${n.bridge}`];
    if (n.firewall)
        parts.push('firewall=1');
    if (n.tag !== undefined)
        parts.push(`tag=${n.tag}`);
    return parts.join(',');
}
const NVIDIA_SHARED_DEVICES = ['/dev/nvidiactl', '/dev/nvidia-uvm', '/dev/nvidia-uvm-tools'];
/** Shared devices first, so that adding or removing a GPU only touches the last `dev[n]` keys. */
function gpuDevices(gpus) {
    return gpus.length ? [...NVIDIA_SHARED_DEVICES, ...gpus.map((i) => `/dev/nvidia${i}`)] : [];
}
function lxcConfig(g, ctx) {
    const k = (0,_dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .configWriter */ .gJ)();
    k.set('hostname', g.name);
    k.set('memory', String(g.memoryMb));
    if (g.swapMb !== undefined)
        k.set('swap', String(g.swapMb));
    k.set('cores', String(g.cores));
    k.set('onboot', g.startAtBoot ? '1' : '0');
    const startup = startupOf(g);
    if (startup)
        k.set('startup', startup);
    k.set('unprivileged', g.unprivileged === false ? '0' : '1');
    k.set('protection', g.protection ? '1' : '0');
    const features = Object.entries(g.pctFeatures)
        .map(([f, v]) => `${f}=${v}`)
        .sort();
    if (features.length)
        k.set('features', features.join(','));
    for (const n of g.networks)
        k.set(`net${n.index}`, lxcNet(n));
    if (g.nameservers.length)
        k.set('nameserver', g.nameservers.join(' '));
    k.set('rootfs', `${g.storagePool}:${g.diskSizeGb}`);
    g.mountPoints.forEach((m, i) => {
        const ro = m.readOnly ? ',ro=1' : '';
        k.set(`mp${i}`, m.sizeGb !== undefined && !m.source.startsWith('/')
            ? `${m.source}:${m.sizeGb},mp=${m.target}${ro}`
            : `${m.source},mp=${m.target}${ro}`);
    });
    const raw = [];
    const seen = new Set();
    const addRaw = (line) => {
        const n = normalizeLxcLine(line);
        if (!seen.has(n)) {
            seen.add(n);
            raw.push(n);
        }
    };
    for (const line of g.lxcOptions)
        addRaw(line);
    if (g.apparmorProfile && !raw.some((l) => l.startsWith('lxc.apparmor.profile:'))) {
        addRaw(`lxc.apparmor.profile: ${g.apparmorProfile}`);
    }
    const devices = gpuDevices(g.gpus);
    if (supportsDevPassthrough(ctx.pveVersion)) {
        devices.forEach((d, i) => k.set(`dev${i}`, d));
    }
    else if (devices.length) {
        addRaw('lxc.cgroup2.devices.allow: c 195:* rwm');
        for (const d of devices)
            addRaw(`lxc.mount.entry: ${d} ${d.slice(1)} none bind,optional,create=file`);
    }
    const createOnly = (0,_dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .configWriter */ .gJ)();
    createOnly.set('ostype', 'ubuntu');
    createOnly.set('arch', 'amd64');
    return { keys: k.values, createOnly: createOnly.values, lxcRaw: raw };
}
/**
 * The cloud-init SSH keys of a VM: `user_config.ssh_public_key` as written (one key, or several
 * on separate lines), trimmed; undefined when absent or empty. Apply hands it to `qm --sshkeys`;
 * Proxmox stores it URL-encoded (`encodeSshKeys`).
 */
function sshKeysOf(g) {
    const user = g.raw.user_config;
    if (typeof user !== 'object' || user === null || Array.isArray(user))
        return undefined;
    const key = user.ssh_public_key;
    if (typeof key !== 'string')
        return undefined;
    const lines = key
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.length ? lines.join('\n') : undefined;
}
/** `sshkeys` as Proxmox stores it: every byte but `A-Za-z0-9-._~` percent-encoded (upper-case hex). */
function encodeSshKeys(keys) {
    let out = '';
    for (const b of new TextEncoder().encode(keys.endsWith('\n') ? keys : keys + '\n')) {
        const c = String.fromCharCode(b);
        out += /[A-Za-z0-9\-._~]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** The keys of a stored (URL-encoded) or desired `sshkeys` value, one per line, blank lines dropped. */
function sshKeyLines(value) {
    let text = value;
    if (/%[0-9A-Fa-f]{2}/.test(value) && !/\s/.test(value)) {
        try {
            text = decodeURIComponent(value);
        }
        catch {
            text = value;
        }
    }
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
}
function vmConfig(g) {
    const k = (0,_dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .configWriter */ .gJ)();
    k.set('name', g.name);
    k.set('memory', String(g.memoryMb));
    k.set('cores', String(g.cores));
    k.set('onboot', g.startAtBoot ? '1' : '0');
    const startup = startupOf(g);
    if (startup)
        k.set('startup', startup);
    k.set('protection', g.protection ? '1' : '0');
    k.set('agent', '1');
    for (const n of g.networks) {
        k.set(`net${n.index}`, vmNet(n));
        if (n.ip)
            k.set(`ipconfig${n.index}`, n.gw && n.ip !== 'dhcp' ? `ip=${n.ip},gw=${n.gw}` : `ip=${n.ip}`);
    }
    if (g.nameservers.length)
        k.set('nameserver', g.nameservers.join(' '));
    if (g.ciUser)
        k.set('ciuser', g.ciUser);
    const keys = sshKeysOf(g);
    if (keys)
        k.set('sshkeys', keys);
    k.set('scsi0', `${g.storagePool}:${g.diskSizeGb}`);
    const createOnly = (0,_dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__/* .configWriter */ .gJ)();
    createOnly.set('scsihw', 'virtio-scsi-pci');
    createOnly.set('boot', 'order=scsi0');
    createOnly.set('ide2', `${g.storagePool}:cloudinit`);
    createOnly.set('serial0', 'socket');
    createOnly.set('vga', 'serial0');
    createOnly.set('ostype', 'l26');
    return { keys: k.values, createOnly: createOnly.values, lxcRaw: [] };
}
function desiredConfig(guest, ctx = {}) {
    return guest.kind === 'lxc' ? lxcConfig(guest, ctx) : vmConfig(guest);
}


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ze: () => (/* binding */ PLAN_VERSION),
/* harmony export */   dv: () => (/* binding */ guestLabel),
/* harmony export */   fD: () => (/* binding */ guestAddress)
/* harmony export */ });
/* unused harmony exports isReplace, isCreate */
const PLAN_VERSION = 1;
function isReplace(action) {
    return action === 'replace';
}
/** A new guest comes into existence (create, clone, or the second half of a replace). */
function isCreate(action) {
    return action === 'create' || action === 'clone';
}
function guestAddress(kind, id) {
    return `${kind === 'lxc' ? 'ct' : 'vm'}/${id}`;
}
/** `CT 950` / `VM 8001`. */
function guestLabel(kind, id) {
    return `${kind === 'lxc' ? 'CT' : 'VM'} ${id}`;
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ describeStep),
/* harmony export */   FG: () => (/* binding */ describeWork),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   RF: () => (/* binding */ countPlan),
/* harmony export */   ik: () => (/* binding */ hasChanges),
/* harmony export */   u7: () => (/* binding */ describeAction),
/* harmony export */   yo: () => (/* binding */ ACTION_SYMBOL)
/* harmony export */ });
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9898);
/**
 * What every renderer says about a plan: the counts in the headline (counted here, never stored
 * in the plan, as Terraform's views do), the symbol of each action, and one-line descriptions.
 */

function countPlan(plan) {
    let create = 0;
    let change = 0;
    let destroy = 0;
    let rebuild = 0;
    let snapshots = 0;
    let unchanged = 0;
    for (const c of plan.changes) {
        switch (c.action) {
            case 'create':
            case 'clone':
                create++;
                break;
            case 'update':
                change++;
                break;
            case 'replace':
                rebuild++;
                create++;
                destroy++;
                break;
            case 'delete':
                destroy++;
                break;
            default:
                unchanged++;
        }
        for (const s of c.steps)
            if (s.op === 'snapshot')
                snapshots++;
    }
    return { create, change, destroy, rebuild, snapshots, unchanged };
}
function hasChanges(counts) {
    return counts.create + counts.change + counts.destroy > 0;
}
/** `Plan: 2 to create, 1 to change, 0 to destroy (3 snapshots).` */
function headline(counts) {
    if (!hasChanges(counts))
        return 'No changes. The host matches the configuration.';
    const extras = [];
    if (counts.rebuild)
        extras.push(`${counts.rebuild} rebuild${counts.rebuild === 1 ? '' : 's'}`);
    if (counts.snapshots)
        extras.push(`${counts.snapshots} snapshot${counts.snapshots === 1 ? '' : 's'}`);
    return `Plan: ${counts.create} to create, ${counts.change} to change, ${counts.destroy} to destroy${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}
const ACTION_SYMBOL = {
    create: '+',
    clone: '+',
    update: '~',
    replace: '-/+',
    delete: '-',
    'no-op': ' ',
};
function label(c) {
    return (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_0__/* .guestLabel */ .dv)(c.kind, c.id);
}
function shortSource(source) {
    const base = source.split('/').pop() ?? source;
    return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}
/** `create from ubuntu-24.04-standard_24.04-2_amd64.tar.zst`, `clone of CT 900 @ pre-configured`, ... */
function describeAction(c) {
    const made = c.steps.find((s) => s.op === 'create' || s.op === 'clone');
    const how = (s) => {
        if (s?.op === 'create')
            return `from ${shortSource(s.source)}`;
        if (s?.op === 'clone')
            return `clone of ${c.kind === 'lxc' ? 'CT' : 'VM'} ${s.source}${s.snapshot ? ` @ ${s.snapshot}` : ''}`;
        return '';
    };
    switch (c.action) {
        case 'create':
            return `create ${how(made)}`;
        case 'clone':
            return how(made);
        case 'replace':
            return `rebuild (${how(made)})`;
        case 'delete':
            return 'destroy';
        case 'update':
            return 'update in place';
        default:
            return 'no change';
    }
}
/** What runs besides creating/configuring: `features docker, nvidia · app · health · snapshot x · template`. */
function describeWork(c) {
    const parts = [];
    const keys = c.diffs.length;
    if (c.action === 'update' && keys) {
        const restart = c.diffs.some((d) => d.effect === 'restart') ? ', restart' : '';
        parts.push(`${keys} setting${keys === 1 ? '' : 's'}${restart}`);
    }
    const features = c.steps.filter((s) => s.op === 'feature').map((s) => (s.op === 'feature' ? s.name : ''));
    if (features.length)
        parts.push(`feature${features.length === 1 ? '' : 's'} ${features.join(', ')}`);
    if (c.steps.some((s) => s.op === 'app-script'))
        parts.push('app script');
    if (c.steps.some((s) => s.op === 'health-check'))
        parts.push('health check');
    if (c.steps.some((s) => s.op === 'start') && c.action === 'update')
        parts.push('start');
    const snaps = c.steps.filter((s) => s.op === 'snapshot').map((s) => (s.op === 'snapshot' ? s.name : ''));
    if (snaps.length)
        parts.push(`snapshot${snaps.length === 1 ? '' : 's'} ${snaps.join(', ')}`);
    if (c.steps.some((s) => s.op === 'template'))
        parts.push('make template');
    if (!parts.length && c.steps.length === 1 && c.steps[0].op === 'record')
        parts.push('update done-record');
    return parts.join(' · ');
}
/** One short line per step, for details and terminal output. */
function describeStep(s) {
    switch (s.op) {
        case 'destroy':
            return s.running ? 'stop and destroy' : 'destroy';
        case 'create':
            return `${s.download ? 'download template, ' : ''}create from ${shortSource(s.source)} on ${s.storage} (${s.diskGb}G)`;
        case 'clone':
            return `full clone of ${s.source}${s.snapshot ? ` @ ${s.snapshot}` : ''} onto ${s.storage}`;
        case 'configure': {
            const n = Object.keys(s.set).length + s.delete.length;
            return `set ${n} key${n === 1 ? '' : 's'}${s.lxcRaw ? ' and raw lxc lines' : ''}`;
        }
        case 'resize':
            return `grow ${s.disk} to ${s.size}`;
        case 'firewall':
            return `firewall ${s.enabled ? 'on' : 'off'}, ${s.rules.length} rule${s.rules.length === 1 ? '' : 's'}`;
        case 'feature':
            return `feature ${s.name}`;
        case 'app-script':
            return `application script ${s.script.replace(/^apps\//, '')}`;
        case 'health-check':
            return `health check (${s.retries} tries)`;
        case 'snapshot':
            return `${s.replace ? 'retake' : 'take'} ${s.purpose} snapshot ${s.name}`;
        case 'template':
            return 'convert to template';
        case 'record':
            return 'record done';
        case 'wait-agent':
            return 'wait for guest agent';
        default:
            return s.op;
    }
}


/***/ })

};
