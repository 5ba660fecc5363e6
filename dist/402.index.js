export const id = 402;
export const ids = [402,525];
export const modules = {

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

// EXTERNAL MODULE: ./src/proxmox/state-reader.ts
var state_reader = __webpack_require__(2460);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/apply/guest-ops.ts
var guest_ops = __webpack_require__(4625);
// EXTERNAL MODULE: ./src/apply/snapshot-order.ts
var snapshot_order = __webpack_require__(9967);
// EXTERNAL MODULE: ./src/apply/host-lock.ts
var host_lock = __webpack_require__(8250);
// EXTERNAL MODULE: ./src/apply/host-run.ts
var host_run = __webpack_require__(8720);
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
async function rollbackGuest(transport, o) {
    const live = await (0,state_reader.readLiveState)(transport);
    const guest = live.guests.find((g) => g.id === o.id);
    if (!guest)
        throw new errors/* UserError */.y(`there is no guest ${o.id} on ${transport.description}`, 1);
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
    const ops = (0,guest_ops/* guestOps */.zf)(guest.kind, guest.id);
    const run = { transport, retry: apply_types/* DEFAULT_SETTINGS */.a$.retry };
    const lock = await host_lock/* HostLock */.kn.acquire(transport, {
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
                await (0,host_run/* runCommand */.d1)(run, ops.deleteSnapshot(name));
                deleted.push(name);
            }
        }
        o.out(`Rolling ${label} back to ${snapshot}${start ? ' (and starting it again)' : ''}\n`);
        await (0,host_run/* runCommand */.d1)(run, ops.rollback(snapshot, start));
    }
    finally {
        await lock.release();
    }
    return { guest, snapshot, deleted, started: start };
}

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
    const transport = await (0,target_options/* openTarget */.Ap)('rollback', values, io);
    try {
        const r = await rollbackGuest(transport, {
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
        if (err instanceof host_run/* HostCommandFailed */.hQ)
            throw new errors/* UserError */.y(`Proxmox refused the rollback: ${err.message}`, 1);
        throw err;
    }
    finally {
        await transport.close();
    }
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ openTarget),
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   my: () => (/* binding */ AUDIT_OPTION)
/* harmony export */ });
/* unused harmony export TARGET_HELP */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);


const TARGET_OPTIONS = {
    target: { type: 'string' },
    identity: { type: 'string' },
    'known-hosts': { type: 'string' },
    fingerprint: { type: 'string' },
};
const AUDIT_OPTION = { 'audit-log': { type: 'string' } };
const TARGET_HELP = 'sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]';
/** The `--target` value, or a usage error naming the command. */
function requireTarget(command, values) {
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${command} needs --target URL (${TARGET_HELP})`, 2);
    return target;
}
/** Opens the transport for `--target` (wrapped in the audit log when `--audit-log` is given). */
async function openTarget(command, values, io) {
    const target = requireTarget(command, values);
    const { createTransport } = await __webpack_require__.e(/* import() */ 541).then(__webpack_require__.bind(__webpack_require__, 9541));
    const transport = await createTransport(target, {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
    });
    const audit = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'audit-log');
    if (!audit)
        return transport;
    const { withAudit } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 240));
    return withAudit(transport, audit);
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

/***/ 1525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ LIVE_STATE_VERSION)
/* harmony export */ });
/**
 * The live state of a Proxmox node or cluster as Phoenix records it: a versioned JSON document
 * read in a constant number of host commands. PR plans diff against a recorded copy of it.
 */
const LIVE_STATE_VERSION = 1;


/***/ })

};
