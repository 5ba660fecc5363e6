export const id = 257;
export const ids = [257];
export const modules = {

/***/ 9010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ rollbackGuest),
/* harmony export */   lf: () => (/* binding */ safetySnapshotDescription)
/* harmony export */ });
/* unused harmony exports snapshotsAfter, guestStorages, pickSafetySnapshot, cloneDependencies, planRollback, describeRollback, withRecord */
/* harmony import */ var _host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25611);
/* harmony import */ var _plan_markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71432);
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9898);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _snapshot_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49967);
/* harmony import */ var _plan_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10287);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39053);
/**
 * `phoenix rollback`: puts a guest back to a safety snapshot that apply took before changing it
 * (the newest `phoenix-pre-*` unless one is named), under the host-wide apply lock. A guest that
 * was running is started again.
 *
 * What Proxmox does (pve-guest-common `PVE::AbstractConfig::snapshot_rollback`): every volume
 * must allow the rollback (`__snapshot_rollback_vol_possible` -> the storage plugin's
 * `volume_rollback_is_possible`). ZFS (`ZFSPoolPlugin`, and ZFS over iSCSI, which inherits it)
 * refuses unless the snapshot is the most recent one ("can't rollback, 'X' is not most recent
 * snapshot on 'VOLID'"); LVM-thin, Ceph RBD, Btrfs and plain files allow any snapshot and keep
 * the newer ones. So newer snapshots are deleted first only on ZFS and only with `--delete-newer`,
 * except lifecycle snapshots (`final-form`...), which the next apply takes again; never one that a
 * clone's source record names (the clone is rebuilt from it).
 *
 * The done-records: `__snapshot_apply_config` keeps the current `description` (and `unusedN`)
 * and copies the rest of the snapshot's config, so the record in the description would still
 * list the features and scripts whose effects the rollback undid. After the rollback the record
 * is set to what the snapshot state had done: the record apply saved in the safety snapshot's own
 * description when it took it, or, for a snapshot without one, the record without its features,
 * application script and snapshot token (the firewall file is not part of a snapshot, and how the
 * guest was made does not change), so the next apply runs those again.
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
    return (0,_snapshot_order_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshotsOldestFirst */ .v)(guest.snapshots)
        .filter((n) => n.startsWith(_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SAFETY_PREFIX */ .Ke))
        .pop();
}
/** `clone:ID` or `clone:ID@SNAPSHOT` (also `:`/`/` before the snapshot). */
function parseCloneSource(src) {
    const m = /^clone:(\d+)(?:[@:/](.+))?$/.exec(src ?? '');
    if (!m)
        return undefined;
    return { source: Number(m[1]), ...(m[2] ? { snapshot: m[2] } : {}) };
}
/**
 * The snapshots of `guest` that clones were built from. A record that names the snapshot protects
 * that one; a record naming only the source guest (made before records named the snapshot)
 * protects every snapshot of a source that is not a template except safety snapshots, since any
 * of them may be its `template_snapshot_name`.
 */
function cloneDependencies(live, guest) {
    const out = [];
    for (const g of live.guests) {
        const record = (0,_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .readMarker */ .t7)(g)?.src;
        const src = parseCloneSource(record);
        if (!src || src.source !== guest.id || g.id === guest.id)
            continue;
        const clone = (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_6__/* .guestLabel */ .dv)(g.kind, g.id);
        const names = src.snapshot
            ? [src.snapshot]
            : guest.template
                ? []
                : guest.snapshots.map((s) => s.name).filter((n) => !n.startsWith(_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SAFETY_PREFIX */ .Ke));
        for (const snapshot of names)
            out.push({ snapshot, clone, record: record });
    }
    return out;
}
/** The record the guest carries after rolling back to `snapshot`. */
function recordAfter(guest, snapshot, deletes) {
    const current = (0,_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .readMarker */ .t7)(guest);
    if (!current)
        return {};
    const saved = (0,_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(guest.snapshots.find((s) => s.name === snapshot)?.description);
    if (saved) {
        // A deleted tracked snapshot is retaken: its token must not claim otherwise.
        return { record: deletes.length > 0 ? { ...saved, snap: undefined } : saved, recordFrom: 'snapshot' };
    }
    return {
        record: { v: current.v, src: current.src, fw: current.fw, features: {} },
        recordFrom: 'reduced',
    };
}
/** A snapshot apply took as a lifecycle snapshot (by the description it gives them, guest-run.ts). */
function isLifecycleSnapshot(guest, name) {
    return guest.snapshots.find((s) => s.name === name)?.description?.trim() === _plan_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .LIFECYCLE_SNAPSHOT_DESCRIPTION */ .pG;
}
/** What a rollback of `o.id` will do on `live`; refuses (UserError) what it must not do. */
function planRollback(live, o) {
    const guest = live.guests.find((g) => g.id === o.id);
    if (!guest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`there is no guest ${o.id} on this host`, 1);
    const label = (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_6__/* .guestLabel */ .dv)(guest.kind, guest.id);
    const names = guest.snapshots.map((s) => s.name);
    const snapshot = o.to ?? pickSafetySnapshot(guest);
    if (!snapshot) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} has no safety snapshot (${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SAFETY_PREFIX */ .Ke}*) to roll back to; its snapshots: ${names.join(', ') || 'none'}`, 1);
    }
    if (!names.includes(snapshot)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label} has no snapshot '${snapshot}'; its snapshots: ${names.join(', ') || 'none'}`, 1);
    }
    const newer = snapshotsAfter(guest, snapshot);
    const used = guestStorages(guest);
    const zfs = live.storages.some((s) => (s.type === 'zfspool' || s.type === 'zfs') && used.has(s.id));
    const mustDelete = zfs ? newer : [];
    // Lifecycle snapshots taken after it are Phoenix's own and the next apply takes them again
    // (they are missing then): on ZFS they go without --delete-newer; any other needs it.
    const others = mustDelete.filter((n) => !isLifecycleSnapshot(guest, n));
    if (others.length && !o.deleteNewer) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label}: '${snapshot}' is not its most recent snapshot (newer: ${others.join(', ')}), and ZFS storage ` +
            `rolls back only to the most recent one; re-run with --delete-newer to delete those first`, 1);
    }
    const dependencies = cloneDependencies(live, guest);
    const blocked = dependencies.filter((d) => mustDelete.includes(d.snapshot));
    if (blocked.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label}: rolling back to '${snapshot}' would delete ${blocked
            .map((d) => `'${d.snapshot}', which ${d.clone} was cloned from (its source record '${d.record}')`)
            .join('; ')}; a clone's source snapshot is never deleted, so nothing was changed. Roll back to a ` +
            `newer snapshot, or rebuild the clones from another source first`, 1);
    }
    return {
        guest,
        label,
        snapshot,
        newer,
        deletes: mustDelete,
        dependencies,
        start: guest.status === 'running',
        ...recordAfter(guest, snapshot, mustDelete),
    };
}
/** The plan in words, one line each. */
function describeRollback(p) {
    const lines = [`${p.label} will be rolled back to snapshot '${p.snapshot}':`];
    const taken = p.guest.snapshots.find((s) => s.name === p.snapshot)?.snaptime;
    if (taken)
        lines.push(`  - taken ${new Date(taken * 1000)
            .toISOString()
            .replace('T', ' ')
            .replace(/\.\d+Z$/, ' UTC')}`);
    lines.push(`  - everything written to ${p.label} since then is lost (disks and config)`);
    if (p.deletes.length)
        lines.push(`  - newer snapshots deleted first (ZFS keeps only the most recent): ${p.deletes.join(', ')}`);
    else if (p.newer.length)
        lines.push(`  - newer snapshots are kept: ${p.newer.join(', ')}`);
    const deps = new Map();
    for (const d of p.dependencies)
        deps.set(d.snapshot, [...(deps.get(d.snapshot) ?? []), d.clone]);
    for (const [snap, clones] of deps)
        lines.push(`  - clones built from snapshot '${snap}' (kept): ${clones.join(', ')}`);
    if (p.start)
        lines.push(`  - it is running: stopped for the rollback and started again`);
    if (p.record)
        lines.push(p.recordFrom === 'snapshot'
            ? `  - its done-record is set to the one saved with the snapshot: the next apply re-runs what the rollback undid`
            : `  - the snapshot saved no done-record: features and the application script are marked not done, so the next apply runs them again`);
    return lines.join('\n') + '\n';
}
/**
 * The description of a safety snapshot: what it is, and the guest's done-record at that moment,
 * so a rollback to it can restore the record (Proxmox keeps the guest's current description).
 */
function safetySnapshotDescription(planHash, guest) {
    const record = (0,_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .readMarker */ .t7)(guest);
    return (`Phoenix safety snapshot before apply (plan ${planHash.slice(0, 12)})` +
        (record ? `\n${(0,_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMarker */ .gJ)(record)}` : ''));
}
/** The description with its record line replaced by `record` (other lines kept). */
function withRecord(description, record) {
    const lines = (description ?? '').split('\n');
    const at = lines.findIndex((l) => l.trim().startsWith(_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .MARKER_PREFIX */ .Km.trim()));
    if (at >= 0)
        lines[at] = (0,_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMarker */ .gJ)(record);
    else
        lines.push((0,_plan_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMarker */ .gJ)(record));
    return lines.join('\n');
}
async function rollbackGuest(port, o) {
    const plan = planRollback(await port.readState(), o);
    o.out(describeRollback(plan));
    const { guest, label, snapshot } = plan;
    if (o.confirm && !(await o.confirm(plan))) {
        o.out('Rollback cancelled; nothing was changed.\n');
        return { guest, snapshot, deleted: [], started: false, done: false };
    }
    const calls = port.withPolicy({ retry: _types_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SETTINGS */ .a$.retry });
    const lock = await port.acquireLock({
        timeoutMs: o.lockTimeoutMs,
        pollMs: o.lockPollMs,
        note: `rollback of ${label}`,
        onWait: (holder) => o.out(`Waiting for the host-wide apply lock: ${(0,_host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .describeHolder */ .sG)(holder)}\n`),
    });
    const deleted = [];
    try {
        // Under the lock, the host again: what was approved must still be what happens.
        const again = planRollback(await port.readState(), { ...o, to: snapshot });
        if (again.deletes.join(',') !== plan.deletes.join(','))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${label}: its snapshots changed since the rollback was shown; nothing was changed, run it again`, 1);
        // On the node that holds the guest now (through the node hop when it is not this one).
        const node = again.guest.node || undefined;
        const ref = { kind: guest.kind, id: guest.id, ...(node ? { node } : {}) };
        for (const name of again.deletes) {
            o.out(`Deleting newer snapshot ${name} of ${label}\n`);
            await calls.deleteSnapshot(ref, name);
            deleted.push(name);
        }
        o.out(`Rolling ${label} back to ${snapshot}${again.start ? ' (and starting it again)' : ''}\n`);
        await calls.rollback(ref, snapshot, { start: again.start });
        if (again.record) {
            await calls.setMeta(ref, { description: withRecord(again.guest.config.description, again.record) });
            o.out(`Set the done-record of ${label} to what '${snapshot}' had done\n`);
        }
    }
    finally {
        await lock.release();
    }
    return { guest, snapshot, deleted, started: plan.start, done: true };
}


/***/ }),

/***/ 49967:
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

/***/ 39053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ SAFETY_PREFIX),
/* harmony export */   a$: () => (/* binding */ DEFAULT_SETTINGS),
/* harmony export */   ct: () => (/* binding */ safetySnapshotName),
/* harmony export */   r2: () => (/* binding */ FOREIGN_LOCK_WAIT_SEC)
/* harmony export */ });
const FOREIGN_LOCK_WAIT_SEC = 120;
const DEFAULT_SETTINGS = {
    concurrency: 4,
    retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 },
    agentTimeoutMs: 300_000,
    agentPollMs: 1000,
    healthIntervalScale: 1,
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

/***/ 34533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRollback: () => (/* binding */ runRollback)
/* harmony export */ });
/* harmony import */ var _apply_rollback_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9010);
/* harmony import */ var _host_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62596);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/* harmony import */ var _confirm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8498);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2654);
/**
 * `phoenix rollback <id> --target URL [--to SNAPSHOT] [--delete-newer] [--yes] [--audit-log FILE]
 *   [--lock-timeout S] [--identity F] [--known-hosts F]`
 *
 * Restores a guest to the safety snapshot apply took before changing it (default: its newest
 * `phoenix-pre-*`). Shows what it will do (the snapshot, the newer snapshots deleted or kept, the
 * snapshots clones were built from) and asks for `yes` on a terminal (`--yes` skips; without a
 * terminal `--yes` is needed). Exit 0 when rolled back, 1 when there is nothing to roll back to,
 * the rollback was refused (by Phoenix or Proxmox) or not approved, 2 on usage or I/O errors.
 */






async function runRollback(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('rollback', argv, {
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGET_OPTIONS */ .FG,
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_5__/* .AUDIT_OPTION */ .my,
        to: { type: 'string' },
        'delete-newer': { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
        'lock-timeout': { type: 'string' },
    }, true);
    if (positionals.length !== 1 || !/^[1-9]\d{2,8}$/.test(positionals[0])) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('rollback needs exactly one guest id (100-999999999), e.g. phoenix rollback 950 --target URL', 2);
    }
    (0,_target_options_js__WEBPACK_IMPORTED_MODULE_5__/* .requireTarget */ .Fm)('rollback', values);
    const lockTimeoutSec = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .intOpt */ .$q)(values, 'lock-timeout', 0, 86_400) ?? 600;
    const port = await (0,_target_options_js__WEBPACK_IMPORTED_MODULE_5__/* .openHost */ .Zb)('rollback', values, io);
    try {
        const r = await (0,_apply_rollback_js__WEBPACK_IMPORTED_MODULE_0__/* .rollbackGuest */ .Jf)(port, {
            id: Number(positionals[0]),
            to: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'to'),
            deleteNewer: values['delete-newer'] === true,
            lockTimeoutMs: lockTimeoutSec * 1000,
            out: io.stdout,
            confirm: (plan) => (0,_confirm_js__WEBPACK_IMPORTED_MODULE_4__/* .confirm */ .l)({
                command: 'rollback',
                question: `Roll ${plan.label} back to '${plan.snapshot}'?`,
                yes: values.yes === true,
                out: io.stdout,
                terminal: (0,_confirm_js__WEBPACK_IMPORTED_MODULE_4__/* .processTerminal */ .q)(io.isTTY),
            }),
        });
        if (!r.done)
            return 1;
        io.stdout(`Rolled back ${r.guest.kind === 'lxc' ? 'CT' : 'VM'} ${r.guest.id} to ${r.snapshot}.\n`);
        return 0;
    }
    catch (err) {
        if (err instanceof _host_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .HostCommandFailed */ .hQ)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`Proxmox refused the rollback: ${err.message}`, 1);
        throw err;
    }
    finally {
        await port.close();
    }
}


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ confirm),
/* harmony export */   q: () => (/* binding */ processTerminal)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Confirmation before a command changes the host (rollback, unlock; apply may use it too): the
 * caller has printed what will happen; on a terminal this asks for `yes` (nothing else approves,
 * as with Terraform), `--yes` skips the question, and without a terminal the command needs
 * `--yes` (a usage error says so). The answer is read as one line from the terminal's input.
 */


/** This process's terminal: stdin, when both stdin and stdout are a TTY. */
function processTerminal(stdoutIsTTY) {
    return { input: process.stdin, isTTY: stdoutIsTTY && process.stdin.isTTY === true };
}
/** One line from `input` (without its line end); undefined at end of input. */
function readLine(input) {
    return new Promise((resolve) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input, terminal: false });
        let done = false;
        const finish = (line) => {
            if (done)
                return;
            done = true;
            rl.close();
            // Stop reading, so a process waiting for nothing else can exit.
            input.pause();
            resolve(line);
        };
        rl.once('line', (line) => finish(line));
        rl.once('close', () => finish(undefined));
    });
}
/**
 * True when the user approved (typed `yes`, or gave `--yes`); false when they answered anything
 * else. Throws a usage error (exit 2) when there is no terminal to ask on and `--yes` is missing.
 */
async function confirm(o) {
    if (o.yes)
        return true;
    const terminal = o.terminal ?? processTerminal(false);
    if (!terminal.isTTY)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.command} changes the host and asks for confirmation, but there is no terminal to ask on; ` +
            're-run with --yes to approve', 2);
    o.out(`${o.question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
    const answer = await readLine(terminal.input);
    o.out('\n');
    return answer?.trim() === 'yes';
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* reexport safe */ _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__.FG),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   Zb: () => (/* binding */ openHost),
/* harmony export */   my: () => (/* reexport safe */ _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__.my)
/* harmony export */ });
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20779);
/**
 * The options every host-touching command shares (`--target`, SSH credentials, `--audit-log`),
 * parsed and handed to the target factory (src/host/open-port.ts) in one place. The factory loads
 * the host layer only when a target is opened, so commands that never reach a host (validate,
 * plan --state) do not load it, nor ssh2.
 */



/** Declared with their help in specs/shared-options.ts; re-exported for the commands that spread them. */

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

/***/ 38131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: () => (/* binding */ resolveSecretRefs),
/* harmony export */   UY: () => (/* binding */ envSecretLookup),
/* harmony export */   aZ: () => (/* binding */ isSecretRef),
/* harmony export */   gN: () => (/* binding */ findSecretRefs),
/* harmony export */   hn: () => (/* binding */ SECRET_NAME_RE),
/* harmony export */   ln: () => (/* binding */ secretEnvName)
/* harmony export */ });
/* unused harmony export SECRET_ENV_PREFIX */
/** A secret's name: upper case letters, digits and `_`, starting with a letter (a GitHub secret name). */
const SECRET_NAME_RE = /^[A-Z][A-Z0-9_]{0,99}$/;
/** Where apply looks a secret up. */
const SECRET_ENV_PREFIX = 'PHOENIX_SECRET_';
function secretEnvName(name) {
    return `${SECRET_ENV_PREFIX}${name}`;
}
/** `{"secret": NAME}` with no other key: a reference (its name may still be invalid). */
function isSecretRef(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === 'secret' && typeof v.secret === 'string';
}
/** Every secret reference inside a parsed JSON value, in document order. */
function findSecretRefs(root) {
    const out = [];
    const walk = (v, path) => {
        if (isSecretRef(v)) {
            out.push({ path, name: v.secret });
            return;
        }
        if (Array.isArray(v))
            v.forEach((x, i) => walk(x, [...path, i]));
        else if (typeof v === 'object' && v !== null)
            for (const [k, x] of Object.entries(v))
                walk(x, [...path, k]);
    };
    walk(root, []);
    return out;
}
/** Replaces every reference in `value` by `lookup(name)`; the input is not changed. */
function resolveSecretRefs(value, lookup) {
    const values = new Set();
    const missing = new Set();
    const walk = (v) => {
        if (isSecretRef(v)) {
            const s = SECRET_NAME_RE.test(v.secret) ? lookup(v.secret) : undefined;
            if (s === undefined || s === '') {
                missing.add(v.secret);
                return v;
            }
            values.add(s);
            return s;
        }
        if (Array.isArray(v))
            return v.map(walk);
        if (typeof v === 'object' && v !== null)
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    const out = walk(value);
    return { value: out, values: [...values], missing: [...missing] };
}
/** Looks secrets up in an environment (`PHOENIX_SECRET_<NAME>`). */
function envSecretLookup(env) {
    return (name) => {
        const v = env[secretEnvName(name)];
        return v === undefined || v === '' ? undefined : v;
    };
}


/***/ }),

/***/ 38019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ maskArgvSecrets),
/* harmony export */   MR: () => (/* binding */ maskSecretsDeep),
/* harmony export */   N8: () => (/* binding */ maskInlineSecrets),
/* harmony export */   Tr: () => (/* binding */ isNonSecretValue),
/* harmony export */   YK: () => (/* binding */ findPlaintextSecrets)
/* harmony export */ });
/* unused harmony exports isSecretKey, inlineSecrets, hasInlineSecret, argvSecretIndexes */
/* harmony import */ var _secret_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38131);

/** Last word(s) of a key that make its value a credential. */
const SECRET_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'pw',
    'pass',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'apitoken',
    'authtoken',
    'credential',
    'credentials',
]);
const SECRET_PAIRS = new Set([
    'api key',
    'private key',
    'secret key',
    'access key',
    'auth key',
    'client secret',
    'api token',
    'auth token',
]);
/** Split `adminPassword`, `admin_password`, `API-Key` into lower-case words. */
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
}
/**
 * True for keys that hold a credential: `password`, `admin_password`, `api_key`, `apiKey`,
 * `docker_token`, `client_secret`. Keys that name something *about* a secret are not:
 * `password_hash`, `hf_token_file`, `ssh_public_key`, `token_url`.
 */
function isSecretKey(key) {
    const w = words(key);
    if (w.length === 0)
        return false;
    const last = w[w.length - 1];
    if (SECRET_WORDS.has(last))
        return true;
    return w.length >= 2 && SECRET_PAIRS.has(`${w[w.length - 2]} ${last}`);
}
const PLACEHOLDERS = new Set([
    'not_set',
    'notset',
    'not-set',
    'unset',
    'none',
    'null',
    'nil',
    'n/a',
    'na',
    'redacted',
    'changeme',
    'change_me',
    'change-me',
    'todo',
    'tbd',
    'placeholder',
    'secret',
    'xxx',
    'xxxx',
]);
/**
 * True when a value under a secret-looking key is not itself a secret: empty, a placeholder
 * (`NOT_SET`, `REDACTED`, `CHANGEME`, `<password>`, `****`), a reference to a secret kept elsewhere
 * (`${{ secrets.X }}`, `${ENV_VAR}`, `$ENV_VAR`), or a password hash (`$6$...`, `$y$...`, `$2b$...`).
 */
function isNonSecretValue(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (PLACEHOLDERS.has(v.toLowerCase()))
        return true;
    if (/^\*+$/.test(v) || /^x+$/i.test(v) || /^<[^<>]+>$/.test(v))
        return true;
    if (/^\$\{\{\s*[\w.-]+(\s*\|\|\s*[^}]*)?\s*\}\}$/.test(v))
        return true; // ${{ secrets.X }}
    if (/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(v) || /^\$[A-Z_][A-Z0-9_]*$/.test(v))
        return true; // ${ENV} / $ENV
    // crypt(3) hashes: $id$[params$]salt$hash (md5 $1$, sha256/512 $5$/$6$, bcrypt $2b$, yescrypt $y$, argon2)
    if (/^\$(1|2[abxy]?|5|6|7|y|gy|sha1|md5|argon2(id|i|d)?|scrypt)\$[^\s]+$/.test(v))
        return true;
    if (/^\{(SSHA|SHA|SSHA256|SSHA512|CRYPT|BLF-CRYPT|ARGON2I|ARGON2ID)\}/i.test(v))
        return true;
    return false;
}
const keyCache = new Map();
function secretKeyCached(key) {
    let hit = keyCache.get(key);
    if (hit === undefined) {
        hit = isSecretKey(key);
        if (keyCache.size < 10_000)
            keyCache.set(key, hit);
    }
    return hit;
}
function pathOf(frame, leaf) {
    const out = [leaf];
    for (let f = frame; f && f.key !== undefined; f = f.parent)
        out.push(f.key);
    return out.reverse();
}
function isSecretScalar(key, v) {
    if (typeof v === 'string')
        return (secretKeyCached(key) && !isNonSecretValue(v)) || hasInlineSecret(v);
    return typeof v === 'number' && secretKeyCached(key);
}
/**
 * Every plaintext secret in a parsed JSON value (secret references are not). Iterative, so deep files are fine; keys repeat
 * across guests, so the key test is cached, and paths are built only for findings.
 */
function findPlaintextSecrets(root) {
    const found = [];
    if (typeof root !== 'object' || root === null)
        return found;
    const stack = [{ value: root, key: undefined, parent: undefined }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const value = frame.value;
        if (Array.isArray(value)) {
            const secretAt = new Set(argvSecretIndexes(value));
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                if (typeof v === 'string' && (secretAt.has(i) || hasInlineSecret(v))) {
                    found.push({ path: pathOf(frame, String(i)).slice(0, -1).concat(i), key: String(frame.key ?? '') });
                }
            }
            for (let i = value.length - 1; i >= 0; i--) {
                const v = value[i];
                if (typeof v === 'object' && v !== null && !(0,_secret_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretRef */ .aZ)(v))
                    stack.push({ value: v, key: i, parent: frame });
            }
            continue;
        }
        const obj = value;
        const children = [];
        for (const key in obj) {
            const v = obj[key];
            // A secret reference (`{"secret": "NAME"}`, secret-refs.ts) holds a name, never the value.
            if (typeof v === 'object' && v !== null) {
                if (!(0,_secret_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretRef */ .aZ)(v))
                    children.push({ value: v, key, parent: frame });
            }
            else if (isSecretScalar(key, v))
                found.push({ path: pathOf(frame, key), key });
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return found;
}
// `--password foo`, `--api-key=foo`; `TOKEN=abc`, `export DB_PASSWORD="x"`; `X-Api-Key: abc`,
// `Authorization: Bearer abc`; `https://user:pass@host`. Values may be quoted.
const VALUE = `("[^"\\n]*"|'[^'\\n]*'|[^\\s'"]+)`;
const OPTION_RE = new RegExp(`(?:^|[\\s'"])--?([A-Za-z][A-Za-z0-9_-]*)(?:=|[ \\t]+)${VALUE}`, 'g');
const ASSIGN_RE = new RegExp(`(?:^|[^A-Za-z0-9_-])([A-Za-z_][A-Za-z0-9_]*)=${VALUE}`, 'g');
const HEADER_RE = new RegExp(`(?:^|[\\s'"])([A-Za-z][A-Za-z0-9_-]*):[ \\t]*(?:(?:Bearer|Basic|Token)[ \\t]+)?${VALUE}`, 'gi');
const AUTH_RE = /\b(?:Bearer|Basic)[ \t]+([A-Za-z0-9._~+/=-]{8,})/g;
const URL_CRED_RE = /:\/\/[^\s:/@]+:([^\s@/]+)@/g;
const MAY_HOLD_SECRET = /pass|pw|secret|token|key|credential|bearer|basic|:\/\/[^\s@]*@/i;
function unquote(v, at) {
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
        return { value: v.slice(1, -1), start: at + 1 };
    }
    return { value: v, start: at };
}
/** Every secret value written inside `text` (a command string, an argument, a URL). */
function inlineSecrets(text) {
    // Every pattern below needs a secret word (each SECRET_WORDS / SECRET_PAIRS entry holds one of
    // these), Bearer/Basic, or `user:pass@` in a URL: most texts have none and skip the five scans.
    if (text.length < 4 || !MAY_HOLD_SECRET.test(text))
        return [];
    const out = [];
    const take = (raw, at) => {
        const { value, start } = unquote(raw, at);
        if (value.startsWith('-') || isNonSecretValue(value))
            return;
        out.push({ value, start, end: start + value.length });
    };
    for (const re of [OPTION_RE, ASSIGN_RE, HEADER_RE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (!secretKeyCached(m[1]))
                continue;
            take(m[2], m.index + m[0].length - m[2].length);
        }
    }
    for (const re of [AUTH_RE, URL_CRED_RE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text))
            take(m[1], m.index + m[0].length - m[1].length - (re === URL_CRED_RE ? 1 : 0));
    }
    return out;
}
function hasInlineSecret(text) {
    return inlineSecrets(text).length > 0;
}
/** Indexes of argument-array elements that are secret values: the one after `--password`, `-token`. */
function argvSecretIndexes(list) {
    const out = [];
    for (let i = 0; i + 1 < list.length; i++) {
        const opt = list[i];
        const next = list[i + 1];
        if (typeof opt !== 'string' || typeof next !== 'string')
            continue;
        const m = /^--?([A-Za-z][A-Za-z0-9_-]*)$/.exec(opt);
        if (m && secretKeyCached(m[1]) && !next.startsWith('-') && !isNonSecretValue(next))
            out.push(i + 1);
    }
    return out;
}
/** `text` with every inline secret replaced by `mask`. */
function maskInlineSecrets(text, mask = '***') {
    const found = inlineSecrets(text).sort((a, b) => a.start - b.start);
    if (found.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const f of found) {
        if (f.start < at)
            continue;
        out += text.slice(at, f.start) + mask;
        at = f.end;
    }
    return out + text.slice(at);
}
/** An argument vector with inline secrets and the values after secret options masked. */
function maskArgvSecrets(argv, mask = '***') {
    const at = new Set(argvSecretIndexes(argv));
    return argv.map((a, i) => (at.has(i) ? mask : maskInlineSecrets(a, mask)));
}
/**
 * A JSON value with inline secrets masked in every string and every argument array (what plan
 * files and plan renderings print). Values Phoenix builds itself are shallow, so plain recursion.
 */
function maskSecretsDeep(value, mask = '***') {
    // Returns the very value it was given wherever nothing was masked, so a plan without secrets
    // (nearly every plan) is not copied.
    const walk = (v) => {
        if (typeof v === 'string')
            return maskInlineSecrets(v, mask);
        if (Array.isArray(v)) {
            const at = new Set(argvSecretIndexes(v));
            let out;
            for (let i = 0; i < v.length; i++) {
                const x = v[i];
                const y = at.has(i) ? mask : walk(x);
                if (y !== x)
                    (out ??= v.slice())[i] = y;
            }
            return out ?? v;
        }
        if (typeof v === 'object' && v !== null) {
            const obj = v;
            let out;
            for (const k of Object.keys(obj)) {
                const x = obj[k];
                const y = walk(x);
                if (y !== x)
                    (out ??= { ...obj })[k] = y;
            }
            return out ?? v;
        }
        return v;
    };
    return walk(value);
}


/***/ }),

/***/ 41259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ imageVolume),
/* harmony export */   Kl: () => (/* binding */ imageStorageOf),
/* harmony export */   XV: () => (/* binding */ importFileName),
/* harmony export */   oZ: () => (/* binding */ AGENT_SNIPPET)
/* harmony export */ });
/**
 * The one place VM cloud images live: setup-hypervisor downloads each into a storage's `import`
 * content and apply imports the disk from that volume id (`import-from=`). Proxmox parses only
 * .ova/.ovf/.qcow2/.raw/.vmdk names as `import` volumes (`PVE::Storage::Plugin::parse_volname`,
 * `IMPORT_EXT_RE_1`), so an Ubuntu `.img` (a qcow2 image) is stored as `.qcow2`. The storage is
 * the hypervisor config's `cloud_images[].storage` for the file, else `local` (a fresh install's
 * `local` has `import` content on Proxmox VE 8.4 and later).
 */
/** The file name an image is stored under in `import` content. */
function importFileName(file) {
    return file.replace(/\.img$/i, '.qcow2');
}
/** The storage a cloud image is kept on, from the raw hypervisor config. */
function imageStorageOf(file, hypervisor) {
    const list = hypervisor?.cloud_images;
    if (Array.isArray(list))
        for (const e of list) {
            const o = e;
            if (o && o.file === file && typeof o.storage === 'string')
                return o.storage;
        }
    return 'local';
}
/** The volume id apply imports a VM's disk from (`local:import/noble-server-cloudimg-amd64.qcow2`). */
function imageVolume(file, hypervisor) {
    if (file.startsWith('/') || /^[^/:]+:/.test(file))
        return file;
    return `${imageStorageOf(file, hypervisor)}:import/${importFileName(file)}`;
}
/**
 * A stock cloud image has no qemu-guest-agent: VMs made from one get this cloud-init vendor data
 * (`cicustom: vendor=...`), which setup-hypervisor writes on `local` after enabling its `snippets`
 * content (a fresh install's `local` has none).
 */
const AGENT_SNIPPET = {
    storage: 'local',
    path: '/var/lib/vz/snippets/phoenix-agent.yaml',
    volume: 'local:snippets/phoenix-agent.yaml',
    text: '#cloud-config\n' +
        '# Written by phoenix setup-hypervisor: installs the QEMU guest agent Phoenix waits for.\n' +
        'packages:\n' +
        '  - qemu-guest-agent\n' +
        'runcmd:\n' +
        '  - [systemctl, enable, --now, qemu-guest-agent]\n',
};


/***/ })

};
