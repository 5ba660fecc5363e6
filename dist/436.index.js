export const id = 436;
export const ids = [436];
export const modules = {

/***/ 7025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ displayValue),
/* harmony export */   O2: () => (/* binding */ diffConfig),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   eO: () => (/* binding */ shareParses),
/* harmony export */   wM: () => (/* binding */ parseVolume)
/* harmony export */ });
/* unused harmony exports parsePropertyString, parseSizeGiB, keyEffect */
/* harmony import */ var _desired_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9164);

/** Proxmox's value when a key is absent from the config. */
const DEFAULTS = { onboot: '0', protection: '0', unprivileged: '0', agent: '0' };
/** Sub-keys Proxmox fills in by itself; ignored unless the config names them. */
const AUTO_SUBKEYS = new Set(['hwaddr', 'type', 'macaddr', 'size']);
/** Sub-keys of a network device that must be absent on the guest when the config leaves them out. */
const STRICT_NET_SUBKEYS = new Set([
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
]);
/** Whether a live-only sub-key of `key` counts as a difference. */
function isStrictSubkey(key, sub) {
    if (AUTO_SUBKEYS.has(sub))
        return false;
    if (/^net\d+$/.test(key))
        return STRICT_NET_SUBKEYS.has(sub);
    if (key === 'agent' || /^dev\d+$/.test(key))
        return false;
    return true;
}
const VM_NET_MODELS = new Set([
    'virtio',
    'e1000',
    'e1000e',
    'e1000-82540em',
    'e1000-82544gc',
    'e1000-82545em',
    'rtl8139',
    'vmxnet3',
    'ne2k_pci',
    'ne2k_isa',
    'pcnet',
    'i82551',
    'i82557b',
    'i82559er',
]);
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
function isDiskKey(kind, key) {
    return key === (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_0__/* .rootDiskKey */ .Bv)(kind) || (kind === 'lxc' && /^mp\d+$/.test(key));
}
/** When a change of `key` takes effect on a running guest. */
function keyEffect(kind, key) {
    if (key === 'unprivileged')
        return 'rebuild';
    if (kind === 'lxc') {
        if (/^(hostname|nameserver|searchdomain|features)$/.test(key))
            return 'restart';
        if (/^(mp|dev)\d+$/.test(key) || key.startsWith('lxc.'))
            return 'restart';
        return 'live';
    }
    if (/^(memory|cores|sockets|cpu|agent|nameserver|ciuser|sshkeys|searchdomain)$/.test(key))
        return 'restart';
    if (/^ipconfig\d+$/.test(key))
        return 'restart';
    return 'live';
}
function describeVolume(v) {
    const where = v.hostPath ?? v.storage ?? '?';
    const size = v.sizeGiB !== undefined ? ` ${formatSize(v.sizeGiB)}` : '';
    const rest = [...v.opts.entries()].map(([k, val]) => `${k}=${val}`);
    return `${where}${size}${rest.length ? ` (${rest.join(',')})` : ''}`;
}
/** A value as shown to reviewers: disks as `storage size`, everything else as printed. */
function displayValue(kind, key, value) {
    if (key === 'sshkeys')
        return (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_0__/* .sshKeyLines */ .re)(value).join(' | ');
    return isDiskKey(kind, key) ? describeVolume(parseVolume(value)) : value;
}
function normalizedMap(kind, key, value) {
    const defaultKey = key === 'agent' ? 'enabled' : key === 'startup' ? 'order' : /^dev\d+$/.test(key) ? 'path' : '_';
    const m = parsePropertyString(value, defaultKey);
    if (kind === 'qemu' && /^net\d+$/.test(key)) {
        for (const [k, v] of [...m]) {
            if (VM_NET_MODELS.has(k)) {
                m.delete(k);
                m.set('model', k);
                if (v)
                    m.set('macaddr', v.toUpperCase());
            }
        }
        if (m.has('_') && VM_NET_MODELS.has(m.get('_'))) {
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
function mapsEqual(key, desired, live) {
    for (const k of desired.keys())
        if (live.get(k) !== desired.get(k))
            return false;
    for (const k of live.keys())
        if (!desired.has(k) && isStrictSubkey(key, k))
            return false;
    return true;
}
const PROPERTY_KEYS = /^(net\d+|ipconfig\d+|features|startup|agent|dev\d+)$/;
const sharedParses = new WeakMap();
/** Mark `config` (not changed afterwards) as diffed against by many guests: `diffConfig` parses each of its values once. */
function shareParses(config) {
    if (!sharedParses.has(config))
        sharedParses.set(config, new Map());
}
function liveNormalizedMap(kind, key, value, cache) {
    let m = cache?.get('n' + key);
    if (!m) {
        m = normalizedMap(kind, key, value);
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
    if (key === 'nameserver')
        return desired.split(/\s+/).sort().join(' ') === live.split(/\s+/).sort().join(' ');
    if (key === 'sshkeys')
        return (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_0__/* .sshKeyLines */ .re)(desired).join('\n') === (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_0__/* .sshKeyLines */ .re)(live).join('\n');
    if (PROPERTY_KEYS.test(key)) {
        return mapsEqual(key, normalizedMap(kind, key, desired), liveNormalizedMap(kind, key, live, cache));
    }
    return false;
}
function optsEqual(a, b) {
    const clean = (m) => [...m.entries()]
        .filter(([k, v]) => v !== '0' && !AUTO_SUBKEYS.has(k))
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join(',');
    return clean(a) === clean(b);
}
function diffDisk(kind, key, desiredValue, liveValue, out, cache) {
    const d = parseVolume(desiredValue);
    const l = liveVolume(key, liveValue, cache);
    const isRoot = key === (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_0__/* .rootDiskKey */ .Bv)(kind);
    if (d.hostPath !== undefined || l.hostPath !== undefined) {
        if (d.hostPath !== l.hostPath || !optsEqual(d.opts, l.opts)) {
            out.set[key] = desiredValue;
            out.diffs.push(diff(kind, key, liveValue, desiredValue, keyEffect(kind, key), cache));
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
        out.diffs.push(diff(kind, key, liveValue, desiredValue, keyEffect(kind, key), cache));
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
            if (DEFAULTS[key] === want)
                continue;
            out.set[key] = want;
            out.diffs.push(diff(kind, key, undefined, want, keyEffect(kind, key)));
            if (key === 'unprivileged')
                out.rebuild.push(`unprivileged cannot change (${DEFAULTS[key]} -> ${want})`);
            continue;
        }
        if (isDiskKey(kind, key)) {
            diffDisk(kind, key, want, have, out, cache);
            continue;
        }
        if (valuesEqual(kind, key, want, have, cache))
            continue;
        const effect = keyEffect(kind, key);
        if (effect === 'rebuild')
            out.rebuild.push(`${key} cannot change in place (${have} -> ${want})`);
        else
            out.set[key] = want;
        out.diffs.push(diff(kind, key, have, want, effect, cache));
    }
    for (const key in live) {
        const have = live[key];
        if (key in desired.keys || !(0,_desired_config_js__WEBPACK_IMPORTED_MODULE_0__/* .isOwnedKey */ .$V)(kind, key))
            continue;
        if (DEFAULTS[key] === have)
            continue;
        out.delete.push(key);
        out.diffs.push(diff(kind, key, have, undefined, keyEffect(kind, key), cache));
    }
    const liveLines = kind === 'lxc' ? (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_0__/* .liveLxcLines */ .DU)(live) : [];
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
/* harmony export */   $V: () => (/* binding */ isOwnedKey),
/* harmony export */   Bv: () => (/* binding */ rootDiskKey),
/* harmony export */   DU: () => (/* binding */ liveLxcLines),
/* harmony export */   HA: () => (/* binding */ encodeSshKeys),
/* harmony export */   Nn: () => (/* binding */ desiredConfig),
/* harmony export */   re: () => (/* binding */ sshKeyLines)
/* harmony export */ });
/* unused harmony exports supportsDevPassthrough, normalizeLxcLine, sshKeysOf */
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
    const k = {
        hostname: g.name,
        memory: String(g.memoryMb),
    };
    if (g.swapMb !== undefined)
        k.swap = String(g.swapMb);
    k.cores = String(g.cores);
    k.onboot = g.startAtBoot ? '1' : '0';
    const startup = startupOf(g);
    if (startup)
        k.startup = startup;
    k.unprivileged = g.unprivileged === false ? '0' : '1';
    k.protection = g.protection ? '1' : '0';
    const features = Object.entries(g.pctFeatures)
        .map(([f, v]) => `${f}=${v}`)
        .sort();
    if (features.length)
        k.features = features.join(',');
    for (const n of g.networks)
        k[`net${n.index}`] = lxcNet(n);
    if (g.nameservers.length)
        k.nameserver = g.nameservers.join(' ');
    k.rootfs = `${g.storagePool}:${g.diskSizeGb}`;
    g.mountPoints.forEach((m, i) => {
        const ro = m.readOnly ? ',ro=1' : '';
        k[`mp${i}`] =
            m.sizeGb !== undefined && !m.source.startsWith('/')
                ? `${m.source}:${m.sizeGb},mp=${m.target}${ro}`
                : `${m.source},mp=${m.target}${ro}`;
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
        devices.forEach((d, i) => (k[`dev${i}`] = d));
    }
    else if (devices.length) {
        addRaw('lxc.cgroup2.devices.allow: c 195:* rwm');
        for (const d of devices)
            addRaw(`lxc.mount.entry: ${d} ${d.slice(1)} none bind,optional,create=file`);
    }
    return { keys: k, createOnly: { ostype: 'ubuntu', arch: 'amd64' }, lxcRaw: raw };
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
    const k = {
        name: g.name,
        memory: String(g.memoryMb),
        cores: String(g.cores),
        onboot: g.startAtBoot ? '1' : '0',
    };
    const startup = startupOf(g);
    if (startup)
        k.startup = startup;
    k.protection = g.protection ? '1' : '0';
    k.agent = '1';
    for (const n of g.networks) {
        k[`net${n.index}`] = vmNet(n);
        if (n.ip)
            k[`ipconfig${n.index}`] = n.gw && n.ip !== 'dhcp' ? `ip=${n.ip},gw=${n.gw}` : `ip=${n.ip}`;
    }
    if (g.nameservers.length)
        k.nameserver = g.nameservers.join(' ');
    if (g.ciUser)
        k.ciuser = g.ciUser;
    const keys = sshKeysOf(g);
    if (keys)
        k.sshkeys = keys;
    k.scsi0 = `${g.storagePool}:${g.diskSizeGb}`;
    return {
        keys: k,
        createOnly: {
            scsihw: 'virtio-scsi-pci',
            boot: 'order=scsi0',
            ide2: `${g.storagePool}:cloudinit`,
            serial0: 'socket',
            vga: 'serial0',
            ostype: 'l26',
        },
        lxcRaw: [],
    };
}
function desiredConfig(guest, ctx = {}) {
    return guest.kind === 'lxc' ? lxcConfig(guest, ctx) : vmConfig(guest);
}
const LXC_FAMILIES = /^(net|mp|dev)\d+$/;
const VM_FAMILIES = /^(net|ipconfig)\d+$/;
const LXC_OWNED = new Set([
    'hostname',
    'memory',
    'cores',
    'onboot',
    'unprivileged',
    'protection',
    'features',
]);
const VM_OWNED = new Set(['name', 'memory', 'cores', 'onboot', 'protection', 'agent']);
/**
 * Keys Phoenix owns even when the config leaves them out: present on the guest but not desired
 * means "delete". Optional keys the config does not mention (swap, nameserver, startup) are left alone.
 */
function isOwnedKey(kind, key) {
    return kind === 'lxc'
        ? LXC_OWNED.has(key) || LXC_FAMILIES.test(key)
        : VM_OWNED.has(key) || VM_FAMILIES.test(key);
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
