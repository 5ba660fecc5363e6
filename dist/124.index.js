export const id = 124;
export const ids = [124,969];
export const modules = {

/***/ 9967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ snapshotsOldestFirst)
/* harmony export */ });
/** Snapshot names, oldest first. */
function snapshotsOldestFirst(snapshots) {
    const byName = new Map(snapshots.map((s) => [s.name, s]));
    const depth = new Map();
    const depthOf = (name, seen) => {
        const known = depth.get(name);
        if (known !== undefined)
            return known;
        const parent = byName.get(name)?.parent;
        const d = parent && byName.has(parent) && !seen.has(parent) ? depthOf(parent, new Set([...seen, name])) + 1 : 0;
        depth.set(name, d);
        return d;
    };
    return [...snapshots]
        .sort((a, b) => depthOf(a.name, new Set()) - depthOf(b.name, new Set()) ||
        (a.snaptime ?? 0) - (b.snaptime ?? 0) ||
        (a.name < b.name ? -1 : 1))
        .map((s) => s.name);
}


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ SAFETY_PREFIX),
/* harmony export */   a$: () => (/* binding */ DEFAULT_SETTINGS),
/* harmony export */   ct: () => (/* binding */ safetySnapshotName)
/* harmony export */ });
const DEFAULT_SETTINGS = {
    concurrency: 4,
    retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 },
    agentTimeoutMs: 300_000,
    agentPollMs: 1000,
    healthIntervalScale: 1,
    imageDir: '/var/lib/vz/import',
    shutdownTimeoutSec: 120,
    scriptTimeoutSec: 3600,
    keepSafetySnapshots: 3,
};
const SAFETY_PREFIX = 'phoenix-pre-';
/** `phoenix-pre-<7 hex>` from a commit SHA (GITHUB_SHA) or, without one, the plan hash. */
function safetySnapshotName(sha, planHash) {
    const source = sha && /^[0-9a-f]{7,}$/i.test(sha) ? sha : planHash;
    return `${SAFETY_PREFIX}${source.slice(0, 7).toLowerCase()}`;
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ intOpt),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   rJ: () => (/* binding */ stringOpt)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/** Small typed wrapper over node:util parseArgs that turns parse failures into usage errors. */


function parseCommandArgs(command, argv, options, allowPositionals = false) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
        return { values: values, positionals };
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`phoenix ${command}: ${err.message}\nRun 'phoenix help' for usage.`, 2);
    }
}
function stringOpt(values, name) {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
}
function intOpt(values, name, min, max) {
    const v = stringOpt(values, name);
    if (v === undefined)
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--${name} must be an integer between ${min} and ${max}, got '${v}'`, 2);
    }
    return Number(v);
}


/***/ }),

/***/ 6124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRollback: () => (/* binding */ runRollback)
});

// EXTERNAL MODULE: ./src/host/host-lock.ts
var host_lock = __webpack_require__(1740);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/apply/snapshot-order.ts
var snapshot_order = __webpack_require__(9967);
// EXTERNAL MODULE: ./src/apply/types.ts
var apply_types = __webpack_require__(9053);
;// CONCATENATED MODULE: ./src/apply/rollback.ts
/**
 * `phoenix rollback`: puts a guest back to a safety snapshot that apply took before changing it
 * (the newest `phoenix-pre-*` unless one is named), under the host-wide apply lock. A guest that
 * was running is started again. Storages such as ZFS roll back only to the most recent snapshot;
 * the snapshots taken after the target are then named, and deleted first only when allowed.
 */





/**
 * Snapshots taken after `name`, newest first: its descendants in the snapshot tree (each
 * snapshot names its parent), deepest first; snapshot times have only one-second resolution.
 */
function snapshotsAfter(guest, name) {
    if (!guest.snapshots.some((s) => s.name === name))
        return [];
    const children = new Map();
    for (const s of guest.snapshots)
        if (s.parent)
            children.set(s.parent, [...(children.get(s.parent) ?? []), s.name]);
    const depth = new Map();
    const todo = [[name, 0]];
    while (todo.length) {
        const [n, d] = todo.shift();
        for (const c of children.get(n) ?? []) {
            if (depth.has(c))
                continue;
            depth.set(c, d + 1);
            todo.push([c, d + 1]);
        }
    }
    const time = (n) => guest.snapshots.find((s) => s.name === n)?.snaptime ?? 0;
    return [...depth.keys()].sort((a, b) => depth.get(b) - depth.get(a) || time(b) - time(a));
}
/** Storage ids of a guest's disks (`rootfs`, `mp0`, `scsi0`...). */
function guestStorages(guest) {
    const out = new Set();
    for (const [k, v] of Object.entries(guest.config)) {
        if (!/^(rootfs|mp\d+|scsi\d+|virtio\d+|sata\d+|ide\d+|efidisk\d+)$/.test(k))
            continue;
        const m = /^(?:volume=|file=)?([^:,/]+):/.exec(v);
        if (m && !/media=cdrom/.test(v))
            out.add(m[1]);
    }
    return out;
}
function pickSafetySnapshot(guest) {
    return (0,snapshot_order/* snapshotsOldestFirst */.v)(guest.snapshots)
        .filter((n) => n.startsWith(apply_types/* SAFETY_PREFIX */.Ke))
        .pop();
}
async function rollbackGuest(port, o) {
    const live = await port.readState();
    const guest = live.guests.find((g) => g.id === o.id);
    if (!guest)
        throw new errors/* UserError */.y(`there is no guest ${o.id} on ${port.description}`, 1);
    const label = (0,types/* guestLabel */.dv)(guest.kind, guest.id);
    const names = guest.snapshots.map((s) => s.name);
    const snapshot = o.to ?? pickSafetySnapshot(guest);
    if (!snapshot) {
        throw new errors/* UserError */.y(`${label} has no safety snapshot (${apply_types/* SAFETY_PREFIX */.Ke}*) to roll back to; its snapshots: ${names.join(', ') || 'none'}`, 1);
    }
    if (!names.includes(snapshot)) {
        throw new errors/* UserError */.y(`${label} has no snapshot '${snapshot}'; its snapshots: ${names.join(', ') || 'none'}`, 1);
    }
    const newer = snapshotsAfter(guest, snapshot);
    const used = guestStorages(guest);
    const zfs = live.storages.some((s) => s.type === 'zfspool' && used.has(s.id));
    if (newer.length && zfs && !o.deleteNewer) {
        throw new errors/* UserError */.y(`${label}: '${snapshot}' is not its most recent snapshot (newer: ${newer.join(', ')}), and ZFS storage ` +
            `rolls back only to the most recent one; re-run with --delete-newer to delete those first`, 1);
    }
    const ref = { kind: guest.kind, id: guest.id };
    const calls = port.withPolicy({ retry: apply_types/* DEFAULT_SETTINGS */.a$.retry });
    const lock = await port.acquireLock({
        timeoutMs: o.lockTimeoutMs,
        pollMs: o.lockPollMs,
        note: `rollback of ${label}`,
        onWait: (holder) => o.out(`Waiting for the host-wide apply lock: ${(0,host_lock/* describeHolder */.sG)(holder)}\n`),
    });
    const deleted = [];
    const start = guest.status === 'running';
    try {
        if (o.deleteNewer) {
            for (const name of newer) {
                o.out(`Deleting newer snapshot ${name} of ${label}\n`);
                await calls.deleteSnapshot(ref, name);
                deleted.push(name);
            }
        }
        o.out(`Rolling ${label} back to ${snapshot}${start ? ' (and starting it again)' : ''}\n`);
        await calls.rollback(ref, snapshot, { start });
    }
    finally {
        await lock.release();
    }
    return { guest, snapshot, deleted, started: start };
}

// EXTERNAL MODULE: ./src/host/failure.ts
var failure = __webpack_require__(2596);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/target-options.ts
var target_options = __webpack_require__(2654);
;// CONCATENATED MODULE: ./src/cli/commands/rollback.ts
/**
 * `phoenix rollback <id> --target URL [--to SNAPSHOT] [--delete-newer] [--audit-log FILE]
 *   [--lock-timeout S] [--identity F] [--known-hosts F]`
 *
 * Restores a guest to the safety snapshot apply took before changing it (default: its newest
 * `phoenix-pre-*`). Exit 0 when rolled back, 1 when there is nothing to roll back to or Proxmox
 * refused, 2 on usage or I/O errors.
 */





async function runRollback(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Qx)('rollback', argv, {
        ...target_options/* TARGET_OPTIONS */.FG,
        ...target_options/* AUDIT_OPTION */.my,
        to: { type: 'string' },
        'delete-newer': { type: 'boolean', default: false },
        'lock-timeout': { type: 'string' },
    }, true);
    if (positionals.length !== 1 || !/^[1-9]\d{2,8}$/.test(positionals[0])) {
        throw new errors/* UserError */.y('rollback needs exactly one guest id (100-999999999), e.g. phoenix rollback 950 --target URL', 2);
    }
    (0,target_options/* requireTarget */.Fm)('rollback', values);
    const lockTimeoutSec = (0,args/* intOpt */.$q)(values, 'lock-timeout', 0, 86_400) ?? 600;
    const port = await (0,target_options/* openHost */.Zb)('rollback', values, io);
    try {
        const r = await rollbackGuest(port, {
            id: Number(positionals[0]),
            to: (0,args/* stringOpt */.rJ)(values, 'to'),
            deleteNewer: values['delete-newer'] === true,
            lockTimeoutMs: lockTimeoutSec * 1000,
            out: io.stdout,
        });
        io.stdout(`Rolled back ${r.guest.kind === 'lxc' ? 'CT' : 'VM'} ${r.guest.id} to ${r.snapshot}.\n`);
        return 0;
    }
    catch (err) {
        if (err instanceof failure/* HostCommandFailed */.hQ)
            throw new errors/* UserError */.y(`Proxmox refused the rollback: ${err.message}`, 1);
        throw err;
    }
    finally {
        await port.close();
    }
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   Zb: () => (/* binding */ openHost),
/* harmony export */   my: () => (/* binding */ AUDIT_OPTION)
/* harmony export */ });
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/**
 * The options every host-touching command shares (`--target`, SSH credentials, `--audit-log`),
 * parsed and handed to the target factory (src/host/open-port.ts) in one place. The factory loads
 * the host layer only when a target is opened, so commands that never reach a host (validate,
 * plan --state) do not load it, nor ssh2.
 */



const TARGET_OPTIONS = {
    target: { type: 'string' },
    identity: { type: 'string' },
    'known-hosts': { type: 'string' },
    fingerprint: { type: 'string' },
};
const AUDIT_OPTION = { 'audit-log': { type: 'string' } };
/** The `--target` value, or a usage error naming the command. */
function requireTarget(command, values) {
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${command} needs --target URL (${_host_open_port_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_HELP */ .a})`, 2);
    return target;
}
/** Opens the host port for `--target` (its commands in the audit log when `--audit-log` is given). */
async function openHost(command, values, io) {
    return (0,_host_open_port_js__WEBPACK_IMPORTED_MODULE_0__/* .openHostPort */ .c)(requireTarget(command, values), {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
        auditLog: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'audit-log'),
    });
}


/***/ }),

/***/ 8969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ TARGET_HELP),
  c: () => (/* binding */ openHostPort),
  openShellTransport: () => (/* binding */ openShellTransport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        run: (argv, options) => inner.run([...prefix, ...argv], options),
        close: () => inner.close(),
    };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
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
    const { SHELL_CAPABILITIES, ShellHostPort } = await Promise.all(/* import() */[__webpack_require__.e(694), __webpack_require__.e(740), __webpack_require__.e(783)]).then(__webpack_require__.bind(__webpack_require__, 2783));
    const { withAudit } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 240));
    const audited = options.auditLog ? withAudit(transport, options.auditLog, options.secrets) : transport;
    return new ShellHostPort(audited, { capabilities: { ...SHELL_CAPABILITIES, ...capabilities } });
}
/** `sim:PATH`: the embedded simulator, its state in PATH (created when absent). */
async function openSim(url, o) {
    const path = url.slice('sim:'.length);
    if (path === '')
        throw new errors/* UserError */.y(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
    const { SimTransport } = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(861), __webpack_require__.e(444)]).then(__webpack_require__.bind(__webpack_require__, 5444));
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
    const { LocalTransport } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 2964));
    const local = new LocalTransport({ env: o.env ?? process.env });
    return localSudo(url, o) ? withSudo(local) : local;
}
/** `ssh://USER@HOST[:PORT]`: key from `identity` or PHOENIX_SSH_KEY, host key from `knownHosts`/`fingerprint`. */
async function openSsh(url, o) {
    const { createSshTransport } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(362)]).then(__webpack_require__.bind(__webpack_require__, 5362));
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


/***/ })

};
