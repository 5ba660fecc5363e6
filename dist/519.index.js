export const id = 519;
export const ids = [519];
export const modules = {

/***/ 70147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ isOwnedKey),
/* harmony export */   P1: () => (/* binding */ keyComparison),
/* harmony export */   V_: () => (/* binding */ keyDefault),
/* harmony export */   ZY: () => (/* binding */ keyEffect),
/* harmony export */   wY: () => (/* binding */ isVolumeKey)
/* harmony export */ });
/* unused harmony exports GUEST_KEYS, guestKeyRow */
/* harmony import */ var _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41237);
/* harmony import */ var _lxc_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1244);
/* harmony import */ var _qemu_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62337);



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

/***/ 61325:
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
/* harmony import */ var _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41237);
/* harmony import */ var _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61325);
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

/***/ 62337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ QEMU_GUEST_KEYS)
/* harmony export */ });
/* harmony import */ var _guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41237);
/* harmony import */ var _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61325);
/* harmony import */ var _qemu_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85494);
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
    /** Vendor data installing the guest agent, for VMs made from a cloud image (image-volume.ts). */
    cicustom: {
        from: 'vendor=local:snippets/phoenix-agent.yaml, at creation from a cloud image',
        convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$,
        effect: 'restart',
        createOnly: true,
    },
    citype: { from: NOT_SET, convert: (0,_key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)('nocloud', 'configdrive2'), effect: 'live' },
    description: { from: "Phoenix's record (plan/markers.ts; not diffed here)", convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .TEXT */ .a$, effect: 'live' },
    tags: { from: 'the phoenix tag (plan/markers.ts; not diffed here)', convert: _key_conversions_js__WEBPACK_IMPORTED_MODULE_1__/* .WORDS */ .q9, effect: 'live' },
};


/***/ }),

/***/ 35386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ sourceConfigKey),
/* harmony export */   Kf: () => (/* binding */ sourceConfig),
/* harmony export */   fS: () => (/* binding */ cloneSnapshotOf)
/* harmony export */ });
/* harmony import */ var _config_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97025);

/** The cache key of `sourceConfig`: a source id and the storage its clones land on. */
function sourceConfigKey(srcId, storage) {
    return `${srcId}@${storage}`;
}
function sourceConfig(srcId, storage, cache, read) {
    const key = sourceConfigKey(srcId, storage);
    let cfg = cache.get(key);
    if (!cfg) {
        const copy = { ...read() };
        for (const [k, v] of Object.entries(copy)) {
            if (k === 'rootfs' || k === 'scsi0' || /^mp\d+$/.test(k)) {
                const vol = (0,_config_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVolume */ .wM)(v);
                if (vol.storage && vol.volume)
                    copy[k] = v.replace(vol.storage + ':', `${storage}:`);
            }
        }
        (0,_config_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .shareParses */ .eO)(copy);
        cache.set(key, (cfg = copy));
    }
    return cfg;
}
/**
 * The snapshot clones of `source` start from: its `template_snapshot_name`, unless it ends as a
 * template, which is cloned from itself (it carries no snapshots, and ZFS cannot full-clone a VM
 * disk from a snapshot).
 */
function cloneSnapshotOf(source) {
    return source && !source.isTemplate ? source.templateSnapshotName : undefined;
}


/***/ }),

/***/ 97025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ displayValue),
/* harmony export */   O2: () => (/* binding */ diffConfig),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   eO: () => (/* binding */ shareParses),
/* harmony export */   uI: () => (/* binding */ parsePropertyString),
/* harmony export */   wM: () => (/* binding */ parseVolume)
/* harmony export */ });
/* unused harmony exports MOVE_NOTE, parseSizeGiB */
/* harmony import */ var _dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41237);
/* harmony import */ var _dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70147);
/* harmony import */ var _desired_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79164);
/* harmony import */ var _volume_slots_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33357);
/**
 * Compares the config Phoenix wants (desired-config.ts, command syntax) with a config as Proxmox
 * prints it, key by key, and turns the differences into field diffs plus the `pct set`/`qm set`,
 * resize and rebuild decisions the planner needs. Pure. Which keys Phoenix owns, Proxmox's
 * defaults, the effect of a change and how each key compares come from the dialect's guest key
 * tables (dialect/lxc-keys.ts, dialect/qemu-keys.ts).
 */




/** How a storage change reads in a plan: Proxmox's move keeps the source as `unusedN`. */
const MOVE_NOTE = 'move, data included; the old copy stays as an unused volume';
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
    if (d.storage !== l.storage && d.storage !== undefined) {
        // A storage change copies the volume, data included (`pct move-volume`, `qm disk move`).
        out.move.push({ disk: key, storage: d.storage, volume: l.volume });
        out.diffs.push(withNote(diff(kind, key, liveValue, desiredValue, 'live', cache), MOVE_NOTE));
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
/** Mount points leaving the config: volumes are detached (see `detachedVolumes`), bind mounts just go. */
function detachMounts(keys, live, out, cache) {
    for (const { key, detached } of (0,_volume_slots_js__WEBPACK_IMPORTED_MODULE_3__/* .detachedVolumes */ .yr)(keys, live)) {
        const base = diff('lxc', key, live[key], undefined, 'restart', cache);
        if (detached)
            out.detached.push(detached);
        out.diffs.push(withNote(base, detached ? `detach, kept as ${detached.unused}` : 'bind mount removed'));
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
    const out = {
        diffs: [],
        set: {},
        delete: [],
        resize: [],
        move: [],
        detached: [],
        rebuild: [],
        errors: [],
    };
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
    const leaving = [];
    for (const key in live) {
        const have = live[key];
        if (key in desired.keys || !(0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnedKey */ .$V)(kind, key))
            continue;
        if ((0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyDefault */ .V_)(kind, key) === have)
            continue;
        out.delete.push(key);
        if (kind === 'lxc' && /^mp\d+$/.test(key))
            leaving.push(key);
        else
            out.diffs.push(diff(kind, key, have, undefined, (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyEffect */ .ZY)(kind, key), cache));
    }
    if (leaving.length)
        detachMounts(leaving, live, out, cache);
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

/***/ 20895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ configReason),
/* harmony export */   N7: () => (/* binding */ isDriftDiff),
/* harmony export */   dQ: () => (/* binding */ classifyDiffs)
/* harmony export */ });
/* unused harmony export diffOrigin */
/* harmony import */ var _dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70147);
/* harmony import */ var _applied_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47646);
/**
 * What Phoenix last applied to a guest, and how a changed setting came about. Apply records, in
 * the done-record (markers.ts `applied`), a short hash of every config value it set (command
 * syntax, as the plan carries it) and of the raw `lxc.*` lines. The planner compares a changed
 * key three ways: the config now, the record, and the live value:
 *   - config equals the record, live differs: changed outside Phoenix (`origin: 'outside'`);
 *   - config differs from the record: a config edit (no `origin`);
 *   - both differ (told only for keys Proxmox prints as set, `text` comparison): `origin: 'both'`.
 * A guest without a record (applied before Phoenix recorded it) is treated as today: every
 * change is a config edit. Pure.
 */


/** A record that says something: absent on old guests, empty while a guest is being made. */
function hasRecord(applied) {
    return applied !== undefined && Object.keys(applied).length > 0;
}
/** How the diff of `key` came about; undefined: a config edit (or unknown, without a record). */
function diffOrigin(kind, key, cfg, live, applied) {
    if (!hasRecord(applied) || key === 'source')
        return undefined;
    if (key.startsWith('lxc.')) {
        const want = cfg.lxcRaw.length ? (0,_applied_record_js__WEBPACK_IMPORTED_MODULE_1__/* .valueHash */ .K5)(cfg.lxcRaw.join('\n')) : undefined;
        return want === applied[_applied_record_js__WEBPACK_IMPORTED_MODULE_1__/* .LXC_RAW_KEY */ .zO] ? 'outside' : undefined;
    }
    const was = applied[key];
    const desired = cfg.keys[key];
    const want = desired === undefined ? undefined : (0,_applied_record_js__WEBPACK_IMPORTED_MODULE_1__/* .valueHash */ .K5)(desired);
    if (want === was)
        return 'outside';
    const have = live[key];
    if (was !== undefined &&
        have !== undefined &&
        (0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .keyComparison */ .P1)(kind, key) === 'text' &&
        (0,_applied_record_js__WEBPACK_IMPORTED_MODULE_1__/* .valueHash */ .K5)(have) !== was)
        return 'both';
    return undefined;
}
/** `diffs` with `origin` set where a change did not come (only) from the config. */
function classifyDiffs(kind, diffs, cfg, live, applied) {
    if (!hasRecord(applied))
        return [...diffs];
    return diffs.map((d) => {
        const origin = diffOrigin(kind, d.key, cfg, live, applied);
        // Keys in sorted order, like every field diff (canonical hashing takes the fast path).
        if (!origin)
            return d;
        return d.note === undefined
            ? { effect: d.effect, from: d.from, key: d.key, origin, to: d.to }
            : { effect: d.effect, from: d.from, key: d.key, note: d.note, origin, to: d.to };
    });
}
/** Whether a diff shows a change made outside Phoenix (alone or with a config edit). */
function isDriftDiff(d) {
    return d.origin === 'outside' || d.origin === 'both';
}
/** The reader's reason for a guest's config change, from its classified diffs. */
function configReason(diffs) {
    const outside = diffs.filter(isDriftDiff).length;
    if (outside === 0)
        return 'config differs';
    if (outside === diffs.length)
        return 'changed outside Phoenix (drift): apply sets it back to the config';
    return `config differs; ${outside} setting${outside === 1 ? '' : 's'} changed outside Phoenix`;
}


/***/ }),

/***/ 61692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ describeStep),
/* harmony export */   FG: () => (/* binding */ describeWork),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   RF: () => (/* binding */ countPlan),
/* harmony export */   Vw: () => (/* binding */ dataLossLines),
/* harmony export */   a_: () => (/* binding */ selectionLines),
/* harmony export */   c9: () => (/* binding */ ACTION_WORD),
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
/**
 * `ct/950: mp0 /data local-lvm:vm-950-disk-1 (8G): destroyed by the rebuild` for every volume a
 * plan deletes; every renderer lists these (plan text, PR comment, apply summary).
 */
function dataLossLines(plan) {
    const out = [];
    for (const c of plan.changes) {
        for (const v of c.dataLoss ?? []) {
            const where = `${v.key}${v.mountPath ? ` ${v.mountPath}` : ''} ${v.volume}${v.size ? ` (${v.size})` : ''}`;
            out.push({ address: c.address, text: `${where}: ${v.reason}` });
        }
    }
    return out;
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
/**
 * The one word for each action, in every rendering (plan text, PR comment, apply summary): guests
 * and volumes are "destroyed" (never "deleted"), a destroy-then-create is a "rebuild" (never
 * "replace").
 */
const ACTION_WORD = {
    create: 'create',
    clone: 'clone',
    update: 'update in place',
    replace: 'rebuild',
    delete: 'destroy',
    'no-op': 'no change',
};
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
            return `${ACTION_WORD.replace} (${how(made)})`;
        default:
            return ACTION_WORD[c.action];
    }
}
/** What runs besides creating/configuring: `features docker, nvidia · app · health · snapshot x · template`. */
function describeWork(c) {
    const parts = [];
    const move = c.steps.find((s) => s.op === 'migrate');
    if (move?.op === 'migrate')
        parts.push(`migrate to ${move.to}`);
    const keys = c.diffs.filter((d) => d.key !== 'node').length;
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
    const tests = c.steps.filter((s) => s.op === 'test').length;
    if (tests)
        parts.push(`${tests} test${tests === 1 ? '' : 's'}`);
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
            if (s.incomplete)
                return `${s.unlock ? 'unlock and ' : ''}destroy the unfinished guest (it holds no data yet)`;
            return s.running ? 'stop and destroy' : 'destroy';
        case 'unlock':
            return `clear lock '${s.lock}' left by an interrupted Phoenix run`;
        case 'create':
            return `${s.download ? 'download template, ' : ''}create from ${shortSource(s.source)} on ${s.storage} (${s.diskGb}G)`;
        case 'clone':
            return `full clone of ${s.source}${s.snapshot ? ` @ ${s.snapshot}` : ''} onto ${s.storage}${s.target ? ` on node ${s.target}` : ''}`;
        case 'migrate': {
            const how = s.online ? 'online' : s.restart ? 'restart around it' : 'offline';
            return `migrate from node ${s.from} to ${s.to} (${how}${s.withLocalDisks ? ', copying local disks' : ''})`;
        }
        case 'configure': {
            const n = Object.keys(s.set).length + s.delete.length;
            return `set ${n} key${n === 1 ? '' : 's'}${s.lxcRaw ? ' and raw lxc lines' : ''}`;
        }
        case 'resize':
            return `grow ${s.disk} to ${s.size}`;
        case 'move-volume':
            return `move ${s.disk} to ${s.storage}`;
        case 'backup':
            return `vzdump backup onto ${s.storage} (${s.mode} mode)`;
        case 'destroy-volume':
            return `destroy ${s.key} (${s.volume}) and its data`;
        case 'park-volumes': {
            const what = s.volumes.map((v) => v.from).join(', ');
            const snaps = s.deleteSnapshots.length ? `delete snapshots ${s.deleteSnapshots.join(', ')}, ` : '';
            return `${snaps}move data volumes ${what} aside to ${s.create ? 'new ' : ''}holder CT ${s.holder}`;
        }
        case 'unpark-volumes':
            return s.volumes.length
                ? `attach kept volumes ${s.volumes.map((v) => `${v.to}${v.mountPath ? ` ${v.mountPath}` : ''}`).join(', ')} from holder CT ${s.holder}, then destroy the empty holder`
                : `destroy the empty holder CT ${s.holder}`;
        case 'firewall':
            return `firewall ${s.enabled ? 'on' : 'off'}, ${s.rules.length} rule${s.rules.length === 1 ? '' : 's'}`;
        case 'feature':
            return `feature ${s.name}`;
        case 'app-script':
            return `application script ${s.script.replace(/^apps\//, '')}`;
        case 'health-check':
            return `health check (${s.retries} tries)`;
        case 'test':
            return `test ${s.suite}/${s.name}${s.blocking ? '' : ' (non-blocking)'}`;
        case 'snapshot':
            return `${s.replace ? 'retake' : 'take'} ${s.purpose} snapshot ${s.name}`;
        case 'template':
            return s.seal
                ? 'seal (cloud-init clean, empty machine id) and convert to template'
                : 'convert to template';
        case 'record':
            return 'record done';
        case 'wait-agent':
            return 'wait for guest agent';
        default:
            return s.op;
    }
}
function listed(addresses, max = 30) {
    const shown = addresses.slice(0, max).join(', ');
    return addresses.length > max ? `${shown}, ... (${addresses.length} in all)` : shown;
}
/**
 * The lines that say a plan was narrowed with `--only`: what was asked, what was added because
 * it is needed, and the changed guests left out. Empty for a full plan.
 */
function selectionLines(plan) {
    const s = plan.selection;
    if (!s)
        return [];
    const out = [
        `Only ${s.only.join(', ')} (--only)${s.added.length ? `, with what they need: ${listed(s.added)}` : ''}.`,
    ];
    out.push(`left out by --only: ${s.leftOut.length ? listed(s.leftOut) : 'nothing (no other guest has changes)'}`);
    return out;
}


/***/ })

};
