export const id = 756;
export const ids = [756,969];
export const modules = {

/***/ 41237:
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

/***/ 78969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ TARGET_HELP),
  c: () => (/* binding */ openHostPort),
  openShellTransport: () => (/* binding */ openShellTransport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/proxmox/targets.ts
/** What `local+sudo` puts before every command. */
const SUDO_PREFIX = ['sudo', '-n', '--'];
/** PHOENIX_SUDO=1 / true / yes turns `local` into `local+sudo`. */
function sudoRequested(env) {
    return /^(1|true|yes)$/i.test(env.PHOENIX_SUDO?.trim() ?? '');
}
/** Runs every command of `inner` through `prefix` (sudo). The audit log, outside, keeps the plain argv. */
function withSudo(inner, prefix = SUDO_PREFIX) {
    return {
        description: `${inner.description}+sudo`,
        ...(inner.hostTimeouts ? { hostTimeouts: true } : {}),
        run: (argv, options) => inner.run([...prefix, ...argv], options),
        close: () => inner.close(),
    };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/host/open-port.ts
/**
 * The target factory: the one place a kind of target is named. Each kind is one entry of
 * `TARGETS`: the syntax the help text shows, which URLs it takes, and how it opens its host port.
 * Today every kind is a shell transport (the embedded simulator, this machine, SSH) behind
 * `ShellHostPort`, with the capabilities of that kind; setup and `ssh-exec`, which speak argv,
 * take the transport itself (`openShellTransport`). A host reached another way (say `https://`
 * for the Proxmox API with a token) adds an entry here with its own `open` and no `shell`.
 *
 * The transports and the shell port are loaded only when a target is opened, so a front end can
 * import this module for its help text without loading the host layer (or ssh2).
 */



/** The shell port over the kind's transport (with the audit log when asked). */
async function shellPort(transport, options, capabilities) {
    const { SHELL_CAPABILITIES, ShellHostPort } = await Promise.all(/* import() */[__webpack_require__.e(240), __webpack_require__.e(611), __webpack_require__.e(507), __webpack_require__.e(762)]).then(__webpack_require__.bind(__webpack_require__, 70436));
    const { withAudit } = await __webpack_require__.e(/* import() */ 859).then(__webpack_require__.bind(__webpack_require__, 30240));
    const audited = options.auditLog ? withAudit(transport, options.auditLog, options.secrets) : transport;
    return new ShellHostPort(audited, { capabilities: { ...SHELL_CAPABILITIES, ...capabilities } });
}
/** `sim:PATH`: the embedded simulator, its state in PATH (created when absent). */
async function openSim(url, o) {
    const path = url.slice('sim:'.length);
    if (path === '')
        throw new errors/* UserError */.y(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
    const { SimTransport } = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(37), __webpack_require__.e(444)]).then(__webpack_require__.bind(__webpack_require__, 85444));
    return new SimTransport((0,external_node_path_.resolve)(o.cwd ?? process.cwd(), path), {
        env: o.env ?? process.env,
        node: o.simNode,
    });
}
/** `local+sudo`, or `local` with PHOENIX_SUDO set: every command through `sudo -n`. */
function localSudo(url, o) {
    return url === 'local+sudo' || sudoRequested(o.env ?? process.env);
}
/** `local`: commands spawned on this machine. */
async function openLocal(url, o) {
    const { LocalTransport } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 22964));
    const local = new LocalTransport({ env: o.env ?? process.env });
    return localSudo(url, o) ? withSudo(local) : local;
}
/** `ssh://USER@HOST[:PORT]`: key from `identity` or PHOENIX_SSH_KEY, host key from `knownHosts`/`fingerprint`. */
async function openSsh(url, o) {
    const { createSshTransport } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(767)]).then(__webpack_require__.bind(__webpack_require__, 32767));
    return createSshTransport(url, {
        identity: o.identity,
        knownHosts: o.knownHosts,
        fingerprint: o.fingerprint,
        env: o.env ?? process.env,
    });
}
const TARGETS = [
    {
        name: 'sim',
        syntax: 'sim:PATH',
        matches: (url) => url.startsWith('sim:'),
        shell: openSim,
        open: async (url, o) => shellPort(await openSim(url, o), o, { isSimulator: true }),
    },
    {
        name: 'local',
        // `local+sudo` is the same kind of target, run through `sudo -n`.
        syntax: 'local, local+sudo',
        matches: (url) => url === 'local' || url === 'local+sudo',
        shell: openLocal,
        open: async (url, o) => shellPort(await openLocal(url, o), o, { supportsSudo: localSudo(url, o) }),
    },
    {
        name: 'ssh',
        syntax: 'ssh://USER@HOST[:PORT]',
        matches: (url) => url.startsWith('ssh://'),
        shell: openSsh,
        open: async (url, o) => shellPort(await openSsh(url, o), o, {}),
    },
];
function listed(words) {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
/**
 * How a host to act on is named, in the words of every front end (`--target` of the CLI
 * commands, the unknown-target error): `sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]`. The
 * action.yml files repeat it in their input descriptions.
 */
const TARGET_HELP = listed(TARGETS.map((t) => t.syntax));
function kindOf(target) {
    const kind = TARGETS.find((t) => t.matches(target));
    if (!kind)
        throw new errors/* UserError */.y(`unknown target '${target}': expected ${TARGET_HELP}`, 2);
    return kind;
}
/** Opens the host port for a target URL (`sim:PATH`, `local`, `local+sudo`, `ssh://...`). */
async function openHostPort(target, options = {}) {
    return kindOf(target).open(target, options);
}
/**
 * Opens the shell transport of a target, for what speaks argv itself (setup-hypervisor,
 * `phoenix ssh-exec`). `kind`: open the target as that kind whatever it looks like (`ssh-exec`
 * takes SSH only, and a URL that is not one is refused by the SSH URL parser).
 */
async function openShellTransport(target, options = {}, kind) {
    const k = kind ? TARGETS.find((t) => t.name === kind) : kindOf(target);
    if (!k.shell)
        throw new errors/* UserError */.y(`target '${target}' is not reached through a shell`, 2);
    return k.shell(target, options);
}


/***/ }),

/***/ 47646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ sameApplied),
/* harmony export */   K5: () => (/* binding */ valueHash),
/* harmony export */   dN: () => (/* binding */ appliedRecord),
/* harmony export */   zO: () => (/* binding */ LXC_RAW_KEY)
/* harmony export */ });
/** The record key of the raw `lxc.*` lines. */
const LXC_RAW_KEY = 'lxc';
/**
 * 8 hex digits (32-bit FNV-1a over the UTF-16 code units). The record stays short in a guest's
 * description: qemu-server's `$confdesc` caps a VM's `description` at 8 KiB, some 20 keys take
 * about 400 bytes (pve-container's LXC/Config.pm sets no cap). Computed for every guest of every
 * plan, it guards against no adversary: a collision only mislabels a diff as drift.
 */
function valueHash(value) {
    let h = 0x811c9dc5;
    for (let i = 0; i < value.length; i++) {
        h ^= value.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0).toString(16).padStart(8, '0');
}
/** Whether two `applied` records are equal (both absent counts as equal). */
function sameApplied(a, b) {
    if (a === b)
        return true;
    if (!a || !b)
        return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    for (const k of keys)
        if (a[k] !== b[k])
            return false;
    return true;
}
const records = new WeakMap();
/** The `applied` record of a desired config (keys sorted). */
function appliedRecord(cfg) {
    let rec = records.get(cfg);
    if (rec === undefined) {
        const out = {};
        const keys = Object.keys(cfg.keys);
        if (cfg.lxcRaw.length)
            keys.push(LXC_RAW_KEY);
        for (const k of keys.sort())
            out[k] = k === LXC_RAW_KEY ? valueHash(cfg.lxcRaw.join('\n')) : valueHash(cfg.keys[k]);
        rec = out;
        records.set(cfg, rec);
    }
    return rec;
}


/***/ }),

/***/ 79164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ rootDiskKey),
/* harmony export */   DU: () => (/* binding */ liveLxcLines),
/* harmony export */   HA: () => (/* binding */ encodeSshKeys),
/* harmony export */   Nn: () => (/* binding */ desiredConfig),
/* harmony export */   er: () => (/* binding */ supportsDevPassthrough),
/* harmony export */   re: () => (/* binding */ sshKeyLines),
/* harmony export */   w$: () => (/* binding */ gpuDevices)
/* harmony export */ });
/* unused harmony exports normalizeLxcLine, sshKeysOf */
/* harmony import */ var _dialect_guest_key_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41237);
/* harmony import */ var _volume_slots_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33357);
/* harmony import */ var _model_host_config_image_volume_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41259);
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
/**
 * Proxmox applies a guest's firewall rules only to NICs carrying `firewall=1` (pve-firewall builds
 * the per-NIC chains from `net[n]` options with `firewall` set), so a guest whose firewall is on
 * gets it on every NIC; a NIC can still ask for it on its own.
 */
function nicFirewall(g, n) {
    return n.firewall === true || g.firewall?.enabled === true;
}
function lxcNet(n, firewall) {
    const parts = [`name=${n.name}`, `bridge=${n.bridge}`];
    if (firewall)
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
function vmNet(n, firewall) {
    const parts = [n.hwaddr ? `virtio=${n.hwaddr.toUpperCase()}` : 'virtio', `bridge=${n.bridge}`];
    if (firewall)
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
function lxcConfig(g, ctx, onto) {
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
        k.set(`net${n.index}`, lxcNet(n, nicFirewall(g, n)));
    if (g.nameservers.length)
        k.set('nameserver', g.nameservers.join(' '));
    k.set('rootfs', `${g.storagePool}:${g.diskSizeGb}`);
    // Volumes carry `backup=1`: Proxmox leaves a mount point without it out of vzdump backups and
    // snapshots (pve-container `mountpoint_backup_enabled`), so its data would have no copy.
    const slots = g.mountPoints.length ? (0,_volume_slots_js__WEBPACK_IMPORTED_MODULE_2__/* .assignMountSlots */ ._p)(g.mountPoints, onto) : [];
    g.mountPoints.forEach((m, i) => {
        const ro = m.readOnly ? ',ro=1' : '';
        k.set(slots[i], m.sizeGb !== undefined && !m.source.startsWith('/')
            ? `${m.source}:${m.sizeGb},mp=${m.target},backup=1${ro}`
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
    for (const line of userRawLines(g, ctx, 0))
        addRaw(line);
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
/** The raw lines the config writes for a container (`lxc_options`, `apparmor_profile`), normalised. */
function ownRawLines(g) {
    const own = g.lxcOptions.map(normalizeLxcLine);
    if (g.apparmorProfile && !own.some((l) => l.startsWith('lxc.apparmor.profile:')))
        own.push(`lxc.apparmor.profile: ${g.apparmorProfile}`);
    return own;
}
/**
 * Which raw line a clone's own line replaces: `lxc.mount.entry` by its target, cgroup device
 * rules by their whole text (they add up), every other key by the key.
 */
function rawIdentity(line) {
    const cut = line.indexOf(': ');
    const key = line.slice(0, cut);
    const value = line.slice(cut + 2).trim();
    if (key === 'lxc.mount.entry')
        return `${key} ${value.split(/\s+/)[1] ?? value}`;
    if (/^lxc\.cgroup2?\.devices\.(allow|deny)$/.test(key))
        return `${key} ${value}`;
    return key;
}
/**
 * A container's configured raw lines with a clone's inherited ones: its source's (which
 * `pct clone` copies: pve-container API2/LXC.pm `clone_vm` copies every key of the source config,
 * `lxc` included) that its own lines do not replace, then its own. Without this, the configure
 * step after the clone wrote only the clone's own lines and dropped the inherited ones.
 */
function userRawLines(g, ctx, depth) {
    const own = ownRawLines(g);
    const src = g.cloneFrom !== undefined ? ctx.desiredById?.get(g.cloneFrom) : undefined;
    // The clone graph is acyclic once validated; the bound only keeps a broken config finite.
    // GPU lines are not inherited: each guest's own `gpu_assignment` decides them.
    if (!src || src.kind !== 'lxc' || depth > 32)
        return own;
    const mine = new Set(own.map(rawIdentity));
    const inherited = userRawLines(src, ctx, depth + 1).filter((l) => !mine.has(rawIdentity(l)));
    return inherited.length ? [...inherited, ...own] : own;
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
        k.set(`net${n.index}`, vmNet(n, nicFirewall(g, n)));
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
    // A stock cloud image has no guest agent: cloud-init's vendor data installs it (clones inherit it).
    if (g.cloneFrom === undefined)
        createOnly.set('cicustom', `vendor=${_model_host_config_image_volume_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_SNIPPET */ .oZ.volume}`);
    return { keys: k.values, createOnly: createOnly.values, lxcRaw: [] };
}
/**
 * The config Phoenix wants on `guest`. `onto` is the config it is compared with (the live guest,
 * or what a clone inherits): container mount points keep the `mpN` slots that hold their paths
 * there (plan/volume-slots.ts); without it they take `mp0`, `mp1`... in list order.
 */
function desiredConfig(guest, ctx = {}, onto) {
    return guest.kind === 'lxc' ? lxcConfig(guest, ctx, onto) : vmConfig(guest);
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

/***/ 33357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ parseLiveMount),
/* harmony export */   Xt: () => (/* binding */ liveMounts),
/* harmony export */   _p: () => (/* binding */ assignMountSlots),
/* harmony export */   mF: () => (/* binding */ unusedVolumes),
/* harmony export */   yr: () => (/* binding */ detachedVolumes)
/* harmony export */ });
/* unused harmony exports MAX_MOUNT_POINTS, MAX_UNUSED_DISKS, isBindMount, unusedSlotsAfter */
/** Proxmox's limit of `mpN` keys (pve-container `$MAX_MOUNT_POINTS`). */
const MAX_MOUNT_POINTS = 256;
/** Proxmox's limit of `unusedN` keys (pve-container `$MAX_UNUSED_DISKS`). */
const MAX_UNUSED_DISKS = 256;
const MP_KEY = /^mp(\d+)$/;
const UNUSED_KEY = /^unused(\d+)$/;
/** The first, positional part of a property string, and `key=value` parts. */
function parts(value) {
    const opts = new Map();
    let first = '';
    for (const p of value.split(',')) {
        const eq = p.indexOf('=');
        if (eq < 0) {
            if (!first)
                first = p.trim();
        }
        else
            opts.set(p.slice(0, eq).trim(), p.slice(eq + 1).trim());
    }
    if (!first)
        first = opts.get('volume') ?? '';
    return { first, opts };
}
function parseLiveMount(key, value) {
    const { first, opts } = parts(value);
    const bind = first.startsWith('/');
    return {
        key,
        target: opts.get('mp'),
        hostPath: bind ? first : undefined,
        volume: bind ? undefined : first,
        size: opts.get('size'),
    };
}
/** The live config's mount points, by slot number order. */
function liveMounts(config) {
    const out = [];
    for (const k in config) {
        const m = MP_KEY.exec(k);
        if (m)
            out.push({ n: Number(m[1]), m: parseLiveMount(k, config[k]) });
    }
    return out.sort((a, b) => a.n - b.n).map((x) => x.m);
}
/** A bind mount names a host path; anything else is a storage volume. */
function isBindMount(m) {
    return m.source.startsWith('/');
}
function matches(m, l) {
    if (l.target !== m.target)
        return false;
    if (isBindMount(m))
        return l.hostPath === m.source;
    return l.volume !== undefined && l.hostPath === undefined;
}
/**
 * The `mpN` key of each mount point of `mounts`, in their order. `live` is the config of the
 * guest the mount points go onto (the live guest, or the config a clone inherits); without one
 * the slots are `mp0`, `mp1`... in list order, as on a new guest.
 */
function assignMountSlots(mounts, live) {
    const slots = mounts.map(() => undefined);
    const taken = new Set();
    if (live) {
        const have = liveMounts(live);
        mounts.forEach((m, i) => {
            const hit = have.find((l) => !taken.has(l.key) && matches(m, l));
            if (hit) {
                slots[i] = hit.key;
                taken.add(hit.key);
            }
        });
        for (const l of have)
            taken.add(l.key);
    }
    let next = 0;
    return slots.map((s) => {
        if (s)
            return s;
        while (taken.has(`mp${next}`))
            next++;
        const key = `mp${next}`;
        taken.add(key);
        return key;
    });
}
/**
 * The `unusedN` key each of `volumes` takes when detached from `config` in this order: the slot
 * already listing it, else the lowest free one (pve-common `PVE::AbstractConfig::add_unused_volume`).
 */
function unusedSlotsAfter(config, volumes) {
    const used = new Map();
    for (const k in config)
        if (UNUSED_KEY.test(k))
            used.set(k, parts(config[k]).first);
    return volumes.map((vol) => {
        for (const [k, v] of used)
            if (v === vol)
                return k;
        for (let i = 0; i < MAX_UNUSED_DISKS; i++) {
            const k = `unused${i}`;
            if (!used.has(k)) {
                used.set(k, vol);
                return k;
            }
        }
        return `unused${MAX_UNUSED_DISKS}`;
    });
}
/**
 * The mount points `keys` of `live` leaving the config, in the order Proxmox applies the
 * deletions of one `pct set` (sorted keys, pve-container `vmconfig_apply_pending`): a volume is
 * filed under the lowest free `unusedN` (pve-guest-common `add_unused_volume`), a bind mount
 * leaves nothing behind (`detached` undefined).
 */
function detachedVolumes(keys, live) {
    const mounts = [...keys].sort().map((k) => parseLiveMount(k, live[k]));
    const volumes = mounts.filter((m) => m.volume !== undefined);
    const unused = unusedSlotsAfter(live, volumes.map((m) => m.volume));
    return mounts.map((m) => {
        const i = volumes.indexOf(m);
        if (i < 0)
            return { key: m.key };
        return {
            key: m.key,
            detached: { key: m.key, target: m.target, volume: m.volume, size: m.size, unused: unused[i] },
        };
    });
}
/** `unusedN` entries of a config: key and volume id. */
function unusedVolumes(config) {
    const out = [];
    for (const k in config)
        if (UNUSED_KEY.test(k))
            out.push({ key: k, volume: parts(config[k]).first });
    return out.sort((a, b) => Number(a.key.slice(6)) - Number(b.key.slice(6)));
}


/***/ })

};
