export const id = 89;
export const ids = [89];
export const modules = {

/***/ 71400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ TextReporter),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   LR: () => (/* binding */ testProblems),
/* harmony export */   M3: () => (/* binding */ testsLine),
/* harmony export */   YA: () => (/* binding */ seconds)
/* harmony export */ });
/* unused harmony exports elapsed, DEFAULT_HEARTBEAT_MS */
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61692);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96618);


function fit(text, width) {
    return text.length > width ? `${text.slice(0, width - 3)}...` : text.padEnd(width);
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
/** `45s`, `2m30s`, `1h05m`: how long a step has been running, for heartbeats. */
function elapsed(ms) {
    const s = Math.floor(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
const MARK = {
    succeeded: 'ok',
    failed: 'FAILED',
    skipped: 'skipped',
};
/** Default seconds between two heartbeats of one running step. */
const DEFAULT_HEARTBEAT_MS = 30_000;
/** Lines of one script's output kept in a guest's log group (its end). */
const GROUP_OUTPUT_LINES = 400;
class TextReporter {
    o;
    t0;
    now;
    running = new Map();
    outputs = new Map();
    constructor(o) {
        this.o = o;
        this.now = o.now ?? performance.now.bind(performance);
        this.t0 = this.now();
    }
    stamp() {
        return `[${seconds(this.now() - this.t0).padStart(7)}]`;
    }
    line(change, text) {
        this.o.log.info(`${this.stamp()} ${change.address} ${change.name}: ${text}`);
    }
    guestStarted(change) {
        this.line(change, (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAction */ .u7)(change));
    }
    stepStarted(change, label) {
        this.stopHeartbeat(change.address);
        const since = this.now();
        const every = this.o.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
        const timer = every > 0
            ? setInterval(() => this.line(change, `${label} still running [${elapsed(this.now() - since)}]`), every)
            : undefined;
        // A heartbeat never keeps the process alive on its own.
        if (timer && typeof timer === 'object' && 'unref' in timer)
            timer.unref();
        this.running.set(change.address, { label, since, ...(timer ? { timer } : {}) });
        this.line(change, `> ${label}`);
    }
    stepFinished(change, step) {
        this.stopHeartbeat(change.address);
        const note = step.note ? `; ${step.note}` : '';
        this.line(change, `${step.ok ? 'ok' : 'FAILED'} ${step.label} (${seconds(step.ms)}${note})`);
    }
    scriptOutput(change, output) {
        this.outputs.set(change.address, [...(this.outputs.get(change.address) ?? []), output]);
    }
    guestFinished(r) {
        this.stopHeartbeat(r.address);
        const title = `${r.address} ${r.name}: ${MARK[r.outcome]}${r.outcome === 'skipped' ? '' : ` in ${seconds(r.ms)}`}`;
        if (r.outcome === 'skipped') {
            this.o.log.info(`${this.stamp()} ${title} (${r.reason ?? 'not run'})`);
            return;
        }
        const tailLines = [];
        if (r.outcome === 'failed' && r.reason)
            tailLines.push(`    error: ${r.reason.replace(/\n/g, '\n           ')}`);
        for (const w of r.warnings)
            tailLines.push(`    warning: ${w}`);
        if (!this.o.groups) {
            this.o.log.info(`${this.stamp()} ${[title, ...tailLines].join('\n')}`);
            return;
        }
        const body = r.steps.map((s) => `    ${s.ok ? ' ' : '!'} ${fit(s.label, 52)} ${seconds(s.ms).padStart(7)}${s.note ? `  (${s.note})` : ''}`);
        for (const out of this.outputs.get(r.address) ?? [])
            body.push(...outputLines(r.address, out));
        this.outputs.delete(r.address);
        (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .logGroup */ .QT)(this.o.log, title, [...body, ...tailLines].join('\n'), { stamp: this.stamp() });
    }
    /** Stops every heartbeat (a run that ended abnormally). */
    close() {
        for (const a of [...this.running.keys()])
            this.stopHeartbeat(a);
    }
    stopHeartbeat(address) {
        const r = this.running.get(address);
        if (r?.timer)
            clearInterval(r.timer);
        this.running.delete(address);
    }
}
/** A script's output for the guest's group: each line prefixed with the guest, its end only when long. */
function outputLines(address, out) {
    const lines = [out.stdout, out.stderr]
        .map((t) => t.replace(/\s+$/, ''))
        .filter(Boolean)
        .join('\n')
        .split('\n');
    const head = `    output of ${out.what}${out.exitCode !== undefined ? ` (exit ${out.exitCode})` : ''}:`;
    if (lines.length === 1 && lines[0] === '')
        return [`${head} none`];
    const cut = lines.length > GROUP_OUTPUT_LINES ? lines.length - GROUP_OUTPUT_LINES : 0;
    return [
        head,
        ...(cut ? [`    ${address} | ... (${cut} earlier lines left out)`] : []),
        ...lines.slice(cut).map((l) => `    ${address} | ${l}`),
    ];
}
/** The summary table printed after a run. */
/** Post-deployment tests over all guests: `Tests: 3 passed, 1 failed (1 non-blocking), 2 not run.`; undefined: none planned. */
function testsLine(result) {
    let passed = 0;
    let failed = 0;
    let nonBlocking = 0;
    let notRun = 0;
    for (const g of result.guests)
        for (const t of g.tests ?? []) {
            if (t.outcome === 'passed')
                passed++;
            else if (t.outcome === 'not-run')
                notRun++;
            else {
                failed++;
                if (!t.blocking)
                    nonBlocking++;
            }
        }
    if (passed + failed + notRun === 0)
        return undefined;
    const nb = nonBlocking ? ` (${nonBlocking} non-blocking)` : '';
    return `Tests: ${passed} passed, ${failed} failed${nb}, ${notRun} not run.`;
}
/** Each test that did not pass, one line: `ct/950 docker/Docker is running: failed (non-blocking)`. */
function testProblems(result) {
    const out = [];
    for (const g of result.guests)
        for (const t of g.tests ?? [])
            if (t.outcome !== 'passed')
                out.push(`${g.address} ${t.suite}/${t.name}: ${t.outcome === 'failed' ? 'failed' : 'not run'}${t.blocking ? '' : ' (non-blocking)'}`);
    return out;
}
function renderSummary(result) {
    const head = `Apply: ${result.succeeded} succeeded, ${result.failed} failed, ${result.skipped} skipped in ${seconds(result.wallMs)}.`;
    if (result.guests.length === 0)
        return head + '\n';
    const rows = result.guests.map((g) => [
        g.address,
        g.name,
        g.action,
        g.outcome,
        g.outcome === 'skipped' ? '-' : seconds(g.ms),
    ]);
    const header = ['guest', 'name', 'action', 'outcome', 'time'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => '  ' +
        cells
            .map((c, i) => c.padEnd(widths[i]))
            .join('  ')
            .trimEnd();
    const out = [head, line(header), ...rows.map(line)];
    const tests = testsLine(result);
    if (tests)
        out.push('', tests, ...testProblems(result).map((l) => `  ${l}`));
    const problems = result.guests.filter((g) => g.outcome !== 'succeeded');
    if (problems.length) {
        out.push('', 'Not applied:');
        for (const g of problems)
            out.push(`  ${g.address}: ${(g.reason ?? g.outcome).split('\n')[0]}`);
    }
    return out.join('\n') + '\n';
}


/***/ }),

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

/***/ 60089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ applyToHost)
});

// UNUSED EXPORTS: runApplyJob

// EXTERNAL MODULE: ./src/config/diagnostics.ts
var diagnostics = __webpack_require__(47410);
// EXTERNAL MODULE: ./src/host/host-lock.ts + 1 modules
var host_lock = __webpack_require__(25611);
// EXTERNAL MODULE: ./src/host/runner.ts
var runner = __webpack_require__(58934);
// EXTERNAL MODULE: ./src/plan/guest-plan.ts + 4 modules
var guest_plan = __webpack_require__(93792);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(61692);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(71432);
// EXTERNAL MODULE: ./src/dialect/guest-key-row.ts
var guest_key_row = __webpack_require__(41237);
// EXTERNAL MODULE: ./src/dialect/key-conversions.ts
var key_conversions = __webpack_require__(61325);
// EXTERNAL MODULE: ./src/dialect/lxc-keys.ts
var lxc_keys = __webpack_require__(1244);
// EXTERNAL MODULE: ./src/dialect/qemu-keys.ts
var qemu_keys = __webpack_require__(62337);
;// CONCATENATED MODULE: ./src/apply/config-args.ts
/**
 * Turns the config records a Plan carries (`{"memory": "2048", "net0": "name=eth0,..."}`, Proxmox's
 * command syntax, see plan/desired-config.ts) into the typed settings of the command builders,
 * with the conversions of the dialect's guest key tables (dialect/lxc-keys.ts, qemu-keys.ts).
 * Pure. A key the tables do not know is an error, never silently dropped; the LXC create-only
 * keys `ostype`/`arch` are dropped on purpose, as `pct create` detects them from the template.
 */




class ConfigArgsError extends Error {
}
/**
 * The settings a key table derives, as the builder's own settings type. Compiles only when every
 * derived setting is an option of the builder with a fitting type, so a table row the builders
 * cannot send fails `tsc`, not a reviewed plan at apply time.
 */
function builderSettings(settings) {
    return settings;
}
/**
 * Builder settings from a config record: each key's row converts its value, a numbered family
 * (`net0`) goes into an index map; a row routed elsewhere than `setting` goes to `other` (raw
 * value). A key without a row is an error naming `what` (container, VM).
 */
function convertRecord(table, config, other, what) {
    const settings = {};
    const families = new Map();
    try {
        for (const [key, value] of Object.entries(config)) {
            const row = (0,guest_key_row/* findRow */.uv)(table, key);
            if (!row)
                throw new ConfigArgsError(`apply cannot set the ${what} key '${key}' (no builder option for it)`);
            const family = Object.hasOwn(table, key) ? undefined : (0,guest_key_row/* familyOf */.Ap)(key);
            const route = row.apply ?? 'setting';
            if (route !== 'setting')
                other(route, key, value);
            else if (family) {
                const map = families.get(family.family) ?? {};
                map[family.index] = row.convert.toValue(key, value);
                families.set(family.family, map);
                settings[family.family] = map;
            }
            else
                settings[key] = row.convert.toValue(key, value);
        }
    }
    catch (err) {
        if (err instanceof key_conversions/* ConfigValueError */.w0)
            throw new ConfigArgsError(err.message);
        throw err;
    }
    return settings;
}
/** `pct create` / `pct set` settings from a config record. */
function lxcArgs(config) {
    let unprivileged;
    const settings = convertRecord(lxc_keys/* LXC_GUEST_KEYS */.U, config, (route, key, value) => {
        if (route === 'create-option')
            unprivileged = lxc_keys/* LXC_GUEST_KEYS */.U.unprivileged.convert.toValue(key, value);
    }, 'container');
    return { settings: builderSettings(settings), unprivileged };
}
/** `qm create` / `qm set` settings from a config record. */
function qemuArgs(config) {
    let sshkeys;
    const settings = convertRecord(qemu_keys/* QEMU_GUEST_KEYS */.z, config, (route, key, value) => {
        if (route === 'key-file')
            sshkeys = qemu_keys/* QEMU_GUEST_KEYS */.z.sshkeys.convert.toValue(key, value);
    }, 'VM');
    return { settings: builderSettings(settings), sshkeys };
}
/** Splits `local:vztmpl/ubuntu.tar.zst` into the storage and the file name `pveam download` takes. */
function templateParts(volid) {
    const m = /^([^:/]+):vztmpl\/([^/]+)$/.exec(volid);
    return m ? { storage: m[1], file: m[2] } : undefined;
}

;// CONCATENATED MODULE: ./src/apply/guest-make.ts


const TAGS = (0,markers/* managedTags */.L8)([]);
async function download(m, s, volid) {
    const parts = templateParts(volid);
    if (!parts)
        throw new Error(`cannot download ${volid}: expected STORAGE:vztmpl/FILE`);
    // A node-local storage holds its own copy on each node: one download per node then.
    const node = m.storageShared?.(parts.storage) ? undefined : s.guest.node;
    const key = node === undefined ? volid : `${node}/${volid}`;
    let pending = m.downloads.get(key);
    if (!pending) {
        pending = s.host.downloadTemplate(parts.storage, parts.file, node);
        m.downloads.set(key, pending);
    }
    await pending;
}
async function createGuest(m, s, step, description) {
    const g = s.guest;
    if (g.kind === 'lxc') {
        if (step.download)
            await download(m, s, step.source);
        const { settings, unprivileged } = lxcArgs(step.config);
        if (step.hostDirs?.length)
            await s.host.makeHostDirs(step.hostDirs, g.node);
        await s.host.createContainer(g, step.source, { ...settings, unprivileged, tags: TAGS, description });
        if (step.lxcRaw.length)
            await writeRawLxcLines(s, step.lxcRaw);
        return;
    }
    // VM: the cloud image becomes scsi0; boot order and size follow once the disk exists.
    const { scsi0, boot, ...rest } = step.config;
    void scsi0;
    const args = qemuArgs(rest);
    await s.host.createVm(g, { ...args.settings, tags: TAGS, description }, args.sshkeys);
    // The planner names the image by volume id (src/model/host-config/image-volume.ts).
    const image = step.source;
    try {
        await s.host.importVmDisk(g, image, step.storage, 'scsi0');
    }
    catch (err) {
        throw new Error(`${err.message}\n(the cloud image is imported from ${image}; phoenix setup-hypervisor downloads it there, or name an absolute path in template_image)`);
    }
    if (boot)
        await s.host.setVm(g, qemuArgs({ boot }).settings);
    await s.host.resizeDisk(s.guest, 'scsi0', `${step.diskGb}G`);
}
/** The mutex key of a clone source: its clones and its own migration never overlap. */
const cloneSourceKey = (id) => `clone-source:${id}`;
/**
 * A full clone, run on the source's node (read under the source's mutex, so a migration of the
 * source in this run has finished); it lands on `step.target` when set, else beside the source.
 * Returns the node the clone is on.
 */
async function cloneGuest(m, s, step, description) {
    const o = {
        full: true,
        storage: step.storage,
        description,
        ...(step.snapshot ? { snapname: step.snapshot } : {}),
        ...(step.target ? { target: step.target } : {}),
        name: step.name,
    };
    const sourceNode = await m.mutex.with(cloneSourceKey(step.source), async () => {
        const node = m.nodeOf?.(step.source) ?? s.guest.node;
        const source = { kind: s.guest.kind, id: step.source, ...(node ? { node } : {}) };
        await s.host.cloneGuest(s.guest, source, o);
        return node;
    });
    const landed = step.target ?? sourceNode;
    // A clone copies its source's tags; a source Phoenix does not manage has none to give.
    if (!m.sourceManaged(step.source))
        await s.host.setMeta({ kind: s.guest.kind, id: s.guest.id, ...(landed ? { node: landed } : {}) }, { tags: TAGS });
    return landed;
}
async function configureGuest(s, step) {
    const g = s.guest;
    const hasKeys = Object.keys(step.set).length > 0 || step.delete.length > 0;
    if (s.guest.kind === 'lxc') {
        if (hasKeys) {
            const { settings, unprivileged } = lxcArgs(step.set);
            if (unprivileged !== undefined)
                throw new Error(`'unprivileged' cannot change on an existing container`);
            if (step.hostDirs?.length)
                await s.host.makeHostDirs(step.hostDirs, g.node);
            await s.host.setContainer(g, { ...settings, ...(step.delete.length ? { delete: step.delete } : {}) });
        }
        if (step.lxcRaw)
            await writeRawLxcLines(s, step.lxcRaw);
        return;
    }
    if (!hasKeys)
        return;
    const args = qemuArgs(step.set);
    await s.host.setVm(g, { ...args.settings, ...(step.delete.length ? { delete: step.delete } : {}) }, args.sshkeys);
}
async function resizeGuest(s, step) {
    await s.host.resizeDisk(s.guest, step.disk, step.size);
}
/** Raw `lxc.*` lines, which only a host that can write the config file takes. */
async function writeRawLxcLines(s, lines) {
    if (!s.host.capabilities.canWriteRawConfig)
        throw new Error(`${s.host.description} cannot write raw lxc.* lines into a container's config`);
    await s.host.setRawLxcLines(s.guest, lines);
}

// EXTERNAL MODULE: ./src/host/retry.ts
var retry = __webpack_require__(4220);
// EXTERNAL MODULE: ./src/plan/incomplete.ts
var incomplete = __webpack_require__(93187);
// EXTERNAL MODULE: ./src/apply/types.ts
var types = __webpack_require__(39053);
;// CONCATENATED MODULE: ./src/apply/guest-locks.ts



/** Throws (changing nothing) when a foreign lock outlasts `foreignLockWaitSec`. */
async function waitForeignLock(host, guest, o) {
    const lock = o.live?.lock;
    if (!lock || incomplete/* OWN_LOCKS */.mK.has(lock) || o.change.steps.some((s) => s.op === 'create'))
        return;
    const limitMs = (o.settings.foreignLockWaitSec ?? types/* FOREIGN_LOCK_WAIT_SEC */.r2) * 1000;
    const started = Date.now();
    let current = lock;
    while (current && !incomplete/* OWN_LOCKS */.mK.has(current)) {
        if (Date.now() - started >= limitMs) {
            throw new Error(`${o.change.address} is locked (${current}) by an operation that is not Phoenix's; waited ${Math.round(limitMs / 1000)} s and changed nothing`);
        }
        await (0,retry/* sleep */.yy)(o.settings.foreignLockPollMs ?? 2000);
        current = await host.guestLock(guest);
    }
}
/**
 * Clears a lock the plan found left by Phoenix's own run. This run holds the host-wide apply lock
 * (run-apply takes it before it plans again), so no other Phoenix apply is live and none holds it;
 * a lock that changed since the plan is left alone.
 */
async function clearOwnLock(host, guest, lock) {
    const now = await host.guestLock(guest);
    if (now === undefined)
        return 'already unlocked';
    if (now !== lock)
        throw new Error(`expected lock '${lock}', found '${now}'; not cleared`);
    await host.unlock(guest);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/script-hashes.ts
var script_hashes = __webpack_require__(77481);
;// CONCATENATED MODULE: ./src/apply/scripts.ts
/**
 * Feature and application scripts as apply pushes them: read from the config dir once, and
 * checked against the content hash the plan recorded, so apply never runs a script other than the
 * one the reviewed plan names.
 */




class ScriptError extends Error {
    /** The script file does not exist (a test reported as not run). */
    missing = false;
}
class ScriptStore {
    configDir;
    cache = new Map();
    libCache;
    constructor(configDir) {
        this.configDir = configDir;
    }
    /** The shared helpers of `<config-dir>/lib/`, pushed beside every script (read once). */
    libs() {
        this.libCache ??= (0,script_hashes/* readLibHelpers */.vV)(this.configDir).catch((err) => {
            throw new ScriptError(`cannot read ${(0,external_node_path_.join)(this.configDir, 'lib')}: ${err.code ?? err.message}`);
        });
        return this.libCache;
    }
    load(path) {
        let p = this.cache.get(path);
        if (!p) {
            p = Promise.all([(0,promises_.readFile)((0,external_node_path_.join)(this.configDir, path)), this.libs()]).then(([bytes, libs]) => ({ text: bytes.toString('utf8'), sha: (0,script_hashes/* scriptDigest */.iP)(bytes, libs) }), (err) => {
                if (err instanceof ScriptError)
                    throw err;
                const e = new ScriptError(`cannot read ${(0,external_node_path_.join)(this.configDir, path)}: ${err.code ?? err.message}`);
                e.missing = err.code === 'ENOENT';
                throw e;
            });
            this.cache.set(path, p);
        }
        return p;
    }
    /**
     * The script at `path` (relative to the config dir). `token` is the short content hash (script
     * and `lib/` helpers) the plan recorded (`features/x.sh` steps) or `unknown` when the plan could not hash it.
     */
    async read(path, token) {
        const { text, sha } = await this.load(path);
        if (token !== markers/* UNKNOWN_HASH */.oE && !sha.startsWith(token)) {
            throw new ScriptError(`${path} changed after the plan was made (plan: ${token}, now: ${sha.slice(0, token.length)}); plan again`);
        }
        return text;
    }
}
/** The content token inside an application step's hash `SCRIPT@CONTENT+CONFIG`. */
function appContentToken(appHash) {
    const m = /@([^+]*)\+/.exec(appHash);
    return m ? m[1] : markers/* UNKNOWN_HASH */.oE;
}

// EXTERNAL MODULE: ./src/host/failure.ts
var failure = __webpack_require__(62596);
// EXTERNAL MODULE: ./src/apply/rollback.ts
var rollback = __webpack_require__(9010);
// EXTERNAL MODULE: ./src/apply/snapshot-order.ts
var snapshot_order = __webpack_require__(49967);
;// CONCATENATED MODULE: ./src/apply/safety-snapshot.ts
/**
 * The safety snapshot of a guest run: `phoenix-pre-<sha>` before the first change to an existing
 * guest changed in place, the one an earlier attempt of the same plan took kept (retaken when its
 * taking was interrupted), older ones pruned down to `keepSafetySnapshots`. A storage without
 * snapshots gets a warning and the change goes on without one.
 */




/** Whether this run takes a safety snapshot: only of an existing guest changed in place. */
function safetyNeeded(input) {
    const { change, live, settings } = input;
    if (change.action !== 'update' || !live || live.template || settings.keepSafetySnapshots <= 0)
        return false;
    return !change.template; // a guest with snapshots cannot become a template
}
/** Takes it (or keeps the earlier attempt's); `skip` when none is needed; else a note or nothing. */
async function takeSafetySnapshot(input, host, guest, deleteSnapshot) {
    const { change, live, settings } = input;
    if (!safetyNeeded(input) || !live)
        return 'skip';
    const name = settings.safetySnapshotName;
    const existing = live.snapshots.filter((s) => s.name.startsWith(types/* SAFETY_PREFIX */.Ke));
    let note;
    const earlier = existing.find((s) => s.name === name);
    if (earlier && !earlier.snapstate)
        note = 'kept the one from the earlier attempt';
    else {
        // One whose taking was interrupted is no safety net: it goes, and is taken again.
        if (earlier) {
            await deleteSnapshot(name);
            note = 'retook the incomplete one of the earlier attempt';
        }
        try {
            await host.snapshot(guest, name, (0,rollback/* safetySnapshotDescription */.lf)(input.planHash, live));
        }
        catch (err) {
            if (err instanceof failure/* HostCommandFailed */.hQ && err.kind === 'unsupported') {
                input.warn(`${change.address}: no safety snapshot (${err.detail.trim()}); changing it without one`);
                return 'not possible on this storage';
            }
            throw err;
        }
    }
    const older = (0,snapshot_order/* snapshotsOldestFirst */.v)(live.snapshots)
        .filter((n) => n.startsWith(types/* SAFETY_PREFIX */.Ke) && n !== name)
        .reverse()
        .slice(Math.max(0, settings.keepSafetySnapshots - 1));
    for (const n of older)
        await deleteSnapshot(n);
    const pruned = older.length ? `pruned ${older.join(', ')}` : undefined;
    return [note, pruned].filter(Boolean).join('; ') || undefined;
}

// EXTERNAL MODULE: ./src/plan/keep-volumes.ts
var keep_volumes = __webpack_require__(27328);
;// CONCATENATED MODULE: ./src/apply/keep-steps.ts

/** Never started, never tagged `phoenix` (so never planned for deletion), found again by name. */
const HOLDER_TAGS = ['phoenix-keep'];
async function parkVolumes(host, guest, step, stopGuest, deleteSnapshot) {
    const holder = { kind: 'lxc', id: step.holder, ...(guest.node ? { node: guest.node } : {}) };
    if (step.remake) {
        await host.unlock(holder);
        await host.destroy(holder, { unreferenced: true });
    }
    if (step.create)
        await host.createContainer(holder, step.template, {
            description: `Holds the data volumes of CT ${guest.id} while Phoenix rebuilds it; Phoenix hands them back and destroys it.`,
            hostname: (0,keep_volumes/* holderName */.iY)(guest.id),
            rootfs: `${step.storage}:1`,
            tags: HOLDER_TAGS,
        });
    // Stopped even when the plan does not know it runs (a remade guest's `running` is false).
    // Proxmox moves a mount point only off a stopped container, and no volume a snapshot uses
    // (`PVE::API2::LXC::move_volume`); the rebuild's destroy would delete those snapshots anyway.
    await stopGuest();
    for (const name of step.deleteSnapshots)
        await deleteSnapshot(name);
    for (const v of step.volumes)
        await host.reassignVolume(guest, v.from, step.holder, v.to);
}
/** The holder lives beside the guest: `pct move-volume --target-vmid` works within one node. */
async function unparkVolumes(host, guest, step) {
    const holder = { kind: 'lxc', id: step.holder, ...(guest.node ? { node: guest.node } : {}) };
    for (const v of step.volumes)
        await host.reassignVolume(holder, v.from, guest.id, v.to);
    // Only its own root disk is left: every volume it held went back above.
    await host.destroy(holder);
}

// EXTERNAL MODULE: ./src/config/secret-refs.ts
var secret_refs = __webpack_require__(38131);
// EXTERNAL MODULE: ./src/proxmox/audit.ts
var audit = __webpack_require__(30240);
;// CONCATENATED MODULE: ./src/apply/guest-exec.ts
/**
 * The in-guest work of one guest's run: waiting for the QEMU guest agent, pushing and running
 * feature and application scripts, and health checks. The contract of the original tooling
 * (config/README.md): a script runs as `bash SCRIPT ID` (the CTID or VMID as `$1`), with the
 * shared helpers of `<config-dir>/lib/` pushed beside it and the guest's config JSON (mode 0600)
 * named by `$PHOENIX_GUEST_CONFIG`. A config that holds resolved secrets is pushed before each
 * script and removed after it; secret values are masked in everything a script's output reaches.
 * A failed script's error carries the end of its output.
 */





/** Where Phoenix keeps what it hands to scripts inside a guest. */
const GUEST_DIR = '/root/.phoenix';
const GUEST_CONFIG_PATH = `${GUEST_DIR}/guest.json`;
const GUEST_CONFIG_ENV = 'PHOENIX_GUEST_CONFIG';
/** The script folders `stage` creates. */
const STAGED_DIRS = new Set([`${GUEST_DIR}/features`, `${GUEST_DIR}/apps`]);
/** Lines of a failed script's output kept in its error. */
const SCRIPT_TAIL_LINES = 40;
class GuestExec {
    host;
    guestNow;
    input;
    staged = false;
    configPushed = false;
    /** The config JSON as pushed (secrets resolved), once built. */
    config;
    masker = new audit/* SecretMasker */.M2();
    /** Script folders in the guest the `lib/` helpers were pushed to in this run. */
    libsIn = new Set();
    /** `guest`: the guest and the node it is on now (a migrate step moves it mid-run). */
    constructor(host, guestNow, input) {
        this.host = host;
        this.guestNow = guestNow;
        this.input = input;
    }
    get guest() {
        return this.guestNow();
    }
    async waitAgent() {
        const { agentTimeoutMs, agentPollMs } = this.input.settings;
        const started = Date.now();
        let last = '';
        for (let tries = 1;; tries++) {
            const r = await this.host.pingAgent(this.guest);
            if (!r)
                return 'no agent (container)';
            if (r.answered)
                return `answered after ${tries} ${tries === 1 ? 'try' : 'tries'}`;
            last = r.message;
            if (Date.now() - started >= agentTimeoutMs) {
                throw new Error(`the QEMU guest agent of VM ${this.guest.id} did not answer within ${Math.round(agentTimeoutMs / 1000)} s ` +
                    `after start (last: ${last || 'no answer'}); check that the image runs qemu-guest-agent and that agent=1 is set`);
            }
            await (0,retry/* sleep */.yy)(agentPollMs);
        }
    }
    /** Scripts, files and health checks need a host that reaches inside its guests. */
    requireExec(what) {
        if (!this.host.capabilities.canExecInGuest)
            throw new Error(`${what}: ${this.host.description} cannot run commands inside guests`);
    }
    /** Waits for a command inside the guest; throws with its output when it failed. */
    async inGuest(running, what, scriptLines) {
        const r = await running;
        if (r.status === 'unreadable')
            throw new Error(`${what}: unreadable answer from the guest agent: ${tail(r.text)}`);
        if (r.status === 'running')
            throw new Error(`${what} still running after ${this.input.settings.scriptTimeoutSec} s`);
        if (r.exitCode !== 0) {
            // A script: the end of all it printed (stdout, then stderr: the host hands them over apart).
            const text = scriptLines ? [r.stdout.trim(), r.stderr.trim()].filter(Boolean).join('\n') : '';
            const shown = scriptLines ? tail(text, scriptLines) : tail(r.stderr || r.stdout);
            throw new Error(`${what} failed (exit ${r.exitCode}): ${shown}`);
        }
        return r;
    }
    /** The config JSON for the scripts, with secret references resolved (refused when one is missing). */
    configJson() {
        if (this.config)
            return this.config;
        const r = (0,secret_refs/* resolveSecretRefs */.TV)(this.input.scriptInput() ?? {}, this.input.secret ?? (() => undefined));
        if (r.missing.length > 0)
            throw new Error(`secret ${r.missing.join(', ')} has no value: set ${r.missing.map(secret_refs/* secretEnvName */.ln).join(', ')}`);
        // Each value as written, its lines, and its JSON-escaped form (a script may print its config).
        for (const v of r.values) {
            this.masker.add(v, JSON.stringify(v).slice(1, -1));
            if (v.includes('\n'))
                this.masker.add(...v.split('\n').filter((l) => l.trim().length >= 8));
        }
        this.config = { json: JSON.stringify(r.value, null, 2) + '\n', secret: r.values.length > 0 };
        return this.config;
    }
    /** Creates Phoenix's folders in the guest, once per run. */
    async stage() {
        if (this.staged)
            return;
        const t = this.input.settings.scriptTimeoutSec;
        await this.inGuest(this.host.runInGuest(this.guest, ['mkdir', '-p', `${GUEST_DIR}/features`, `${GUEST_DIR}/apps`], t), 'creating ' + GUEST_DIR);
        this.staged = true;
    }
    /** Writes the config JSON (mode 0600): once per run, or before every script when it holds secrets. */
    async pushConfig() {
        const c = this.configJson();
        if (c.secret || !this.configPushed) {
            await this.inGuest(this.host.writeGuestFile(this.guest, GUEST_CONFIG_PATH, c.json, '0600'), `writing ${GUEST_CONFIG_PATH}`);
            this.configPushed = true;
        }
        return c;
    }
    /** Pushes the `lib/` helpers into the script's folder, once per folder and run. */
    async pushLibs(dir) {
        if (this.libsIn.has(dir))
            return;
        for (const lib of await this.input.scripts.libs())
            await this.inGuest(this.host.writeGuestFile(this.guest, `${dir}/${lib.name}`, lib.bytes.toString('utf8'), '0755'), `pushing lib/${lib.name}`);
        this.libsIn.add(dir);
    }
    async runScript(script, token, what) {
        const content = await this.input.scripts.read(script, token);
        this.requireExec(what);
        await this.stage();
        const path = `${GUEST_DIR}/${script}`;
        const dir = path.slice(0, path.lastIndexOf('/'));
        // Tests live in subfolders (`tests/docker/x.sh`): `pct push` needs the folder to exist.
        if (!this.libsIn.has(dir) && !STAGED_DIRS.has(dir))
            await this.inGuest(this.host.runInGuest(this.guest, ['mkdir', '-p', dir], this.input.settings.scriptTimeoutSec), `creating ${dir}`);
        await this.pushLibs(dir);
        await this.inGuest(this.host.writeGuestFile(this.guest, path, content, '0755'), `pushing ${script}`);
        // The original tooling's contract: the CTID (or VMID) as `$1`.
        const argv = ['env', `${GUEST_CONFIG_ENV}=${GUEST_CONFIG_PATH}`, 'bash', path, String(this.guest.id)];
        const { secret } = this.configJson();
        let r;
        let failure;
        try {
            await this.pushConfig();
            r = this.maskResult(await this.host.runInGuest(this.guest, argv, this.input.settings.scriptTimeoutSec));
        }
        catch (e) {
            failure = e;
        }
        // A config with secrets stays in the guest only while a script runs: removed also when the
        // push or the script failed (a push can fail after the file landed).
        if (secret) {
            try {
                await this.inGuest(this.host.runInGuest(this.guest, ['rm', '-f', GUEST_CONFIG_PATH], 60), `removing ${GUEST_CONFIG_PATH}`);
            }
            catch (e) {
                const why = e instanceof Error ? e.message : String(e);
                if (failure === undefined)
                    throw e;
                if (failure instanceof Error)
                    failure.message += `; and ${why}: remove it by hand`;
            }
        }
        if (failure !== undefined || r === undefined)
            throw failure;
        if (r.status === 'exited')
            this.input.onOutput?.({ what, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
        await this.inGuest(Promise.resolve(r), what, SCRIPT_TAIL_LINES);
    }
    /** A script's result with the run's secret values masked. */
    maskResult(r) {
        if (this.masker.size === 0)
            return r;
        if (r.status === 'exited')
            return { ...r, stdout: this.masker.mask(r.stdout), stderr: this.masker.mask(r.stderr) };
        if (r.status === 'unreadable')
            return { ...r, text: this.masker.mask(r.text) };
        return r;
    }
    /**
     * Seals a VM before it becomes a template: waits for cloud-init's first boot to finish (it
     * installs the guest agent), then forgets the instance (`cloud-init clean`, so clones run it
     * afresh) and empties the machine id (each clone makes its own at first boot).
     */
    async seal() {
        const t = this.input.settings.scriptTimeoutSec;
        // cloud-init 23.4+ exits 2 when it finished with recoverable errors (deprecated keys...).
        const status = await this.host.runInGuest(this.guest, ['cloud-init', 'status', '--wait'], t);
        await this.inGuest(Promise.resolve(status.status === 'exited' && status.exitCode === 2 ? { ...status, exitCode: 0 } : status), 'cloud-init');
        await this.inGuest(this.host.runInGuest(this.guest, ['cloud-init', 'clean', '--logs', '--seed'], 120), 'cloud-init clean');
        await this.inGuest(this.host.runInGuest(this.guest, ['sh', '-c', ': > /etc/machine-id && rm -f /var/lib/dbus/machine-id'], 60), 'emptying the machine id');
    }
    async healthCheck(command, retries, interval) {
        this.requireExec('health check');
        const attempts = Math.max(1, retries);
        let last = '';
        for (let i = 1; i <= attempts; i++) {
            try {
                await this.inGuest(this.host.runInGuest(this.guest, ['sh', '-c', command], 60), 'health check');
                return i === 1 ? 'healthy' : `healthy after ${i} tries`;
            }
            catch (err) {
                last = (0,errors/* getErrorMessage */.u)(err);
                if (err instanceof failure/* HostCommandFailed */.hQ && err.exitCode === undefined)
                    throw err;
            }
            if (i < attempts)
                await (0,retry/* sleep */.yy)(interval * 1000 * this.input.settings.healthIntervalScale);
        }
        throw new Error(`unhealthy after ${attempts} tries: ${last}`);
    }
}
function tail(text, lines = 8) {
    const all = text.trim().split('\n');
    return (all.length > lines ? ['...', ...all.slice(-lines)] : all).join('\n') || '(no output)';
}

;// CONCATENATED MODULE: ./src/apply/guest-run.ts









class StepFailed extends Error {
}
/** Identifies a planned test step among a guest's steps. */
function testKey(step) {
    return `${step.suite}\0${step.name}\0${step.script}`;
}
/**
 * Steps of making a guest: its done-record is written only once the last of them finished (a
 * clone made beside its source and then moved to its own node is made once it is there).
 */
const MAKE_OPS = new Set(['destroy', 'unlock', 'create', 'clone', 'migrate', 'configure', 'resize']);
/** Steps that change an existing guest's config or content (a safety snapshot is taken first). */
const CHANGING_OPS = new Set([
    'configure',
    'resize',
    'move-volume',
    'destroy-volume',
    'firewall',
    'restart',
    'feature',
    'app-script',
    'template',
    'destroy',
]);
class GuestRun {
    input;
    /**
     * The node the guest is on now (undefined: the connected node): where it lives when the run
     * starts; a create goes to the change's node, a clone is made on its source's node and lands on
     * the step's `target` (else beside the source), a migrate step moves it to `to`, and after a
     * destroy the guest is remade on the change's node. Every operation on it runs there.
     */
    node;
    host;
    marker;
    running;
    exec;
    records = [];
    retries = 0;
    /** Results of the tests run so far, by `testKey`. */
    testResults = new Map();
    constructor(input) {
        this.input = input;
        const { change, live } = input;
        this.node = input.node;
        // Every operation with the run's retry policy; retries are counted for the step's note.
        this.host = input.port.withPolicy({ retry: input.settings.retry, onRetry: () => this.retries++ });
        const record = change.steps.find((s) => s.op === 'record');
        const fresh = change.steps.some((s) => s.op === 'create' || s.op === 'clone');
        const src = record?.op === 'record' ? record.marker.src : undefined;
        const liveMarker = live ? input.readMarker(live) : undefined;
        this.marker = !fresh && liveMarker ? liveMarker : { v: 1, src, features: {} };
        this.running = !fresh && live?.status === 'running';
        this.exec = new GuestExec(this.host, () => this.guest, input);
    }
    /** The guest and the node it is on now. */
    get guest() {
        const { kind, id } = this.input.change;
        return { kind, id, ...(this.node ? { node: this.node } : {}) };
    }
    get steps() {
        return this.records;
    }
    /** Runs every step; throws StepFailed (with the step and Proxmox's message) on the first failure. */
    async run() {
        const { change } = this.input;
        if (change.steps.some((s) => s.op === 'destroy') &&
            change.action !== 'delete' &&
            change.action !== 'replace') {
            throw new StepFailed(`refusing to destroy ${change.address}: its plan action is ${change.action}`);
        }
        try {
            await waitForeignLock(this.host, this.guest, this.input);
        }
        catch (err) {
            throw new StepFailed((0,errors/* getErrorMessage */.u)(err));
        }
        // The make step (create or clone, with its configure and resizes) ends at `makeEnd`; the first
        // done-record, with `src`, is written only after it, never handed to create/clone.
        // It starts at create/clone: steps before it (backup, park-volumes) end no make step, and the
        // volumes handed back after it must find the guest recorded as made, never as unfinished.
        let makeEnd = change.steps.findIndex((s) => s.op === 'create' || s.op === 'clone');
        if (makeEnd >= 0)
            while (makeEnd + 1 < change.steps.length && MAKE_OPS.has(change.steps[makeEnd + 1].op))
                makeEnd++;
        let safetyDone = false;
        for (const [i, step] of change.steps.entries()) {
            if (!safetyDone && CHANGING_OPS.has(step.op)) {
                safetyDone = true;
                await this.timed('safety-snapshot', `safety snapshot ${this.input.settings.safetySnapshotName}`, () => this.safetySnapshot());
            }
            await this.timed(step.op, this.input.describe(step), async () => {
                const note = await this.step(step);
                if (i === makeEnd)
                    await this.saveMarker({ v: 1, src: this.marker.src, features: {} });
                return note;
            });
        }
    }
    async timed(op, label, fn) {
        const started = performance.now();
        const retriesBefore = this.retries;
        if (op !== 'safety-snapshot' || this.safetyNeeded())
            this.input.onStepStart?.(label);
        let note;
        try {
            note = await fn();
        }
        catch (err) {
            const rec = {
                op,
                label,
                ms: Math.round(performance.now() - started),
                ok: false,
                note: this.retryNote(retriesBefore),
            };
            this.records.push(rec);
            this.input.onStep?.(rec);
            throw new StepFailed(`${label}: ${(0,errors/* getErrorMessage */.u)(err)}`);
        }
        const notes = [note, this.retryNote(retriesBefore)].filter(Boolean).join('; ');
        const rec = {
            op,
            label,
            ms: Math.round(performance.now() - started),
            ok: true,
            ...(notes ? { note: notes } : {}),
        };
        if (note !== 'skip') {
            this.records.push(rec);
            this.input.onStep?.(rec);
        }
    }
    retryNote(before) {
        const n = this.retries - before;
        return n > 0 ? `retried ${n}x` : undefined;
    }
    async step(step) {
        if (step.op === 'create')
            this.node = this.input.change.node ?? this.node;
        const ctx = { host: this.host, guest: this.guest };
        const g = this.guest;
        switch (step.op) {
            case 'destroy': {
                // Only a lock Phoenix's own run left is cleared: the plan is made under the host lock,
                // so no other Phoenix apply can hold it (see `unlock`).
                if (step.unlock)
                    await this.host.unlock(g);
                if (this.running || step.running)
                    await this.host.stop(g);
                await this.host.destroy(g, step.incomplete ? { unreferenced: true } : {});
                this.running = false;
                this.node = this.input.change.node ?? this.node;
                this.marker = { v: 1, src: this.marker.src, features: {} };
                return;
            }
            case 'unlock':
                return clearOwnLock(this.host, g, step.lock);
            case 'create':
                await createGuest(this.input, ctx, step, (0,markers/* renderMakingDescription */.Q2)(this.marker.src));
                return;
            case 'clone':
                this.node = await cloneGuest(this.input, ctx, step, (0,markers/* renderMakingDescription */.Q2)(this.marker.src));
                return;
            case 'migrate':
                return this.migrate(step);
            case 'configure':
                await configureGuest(ctx, step);
                return;
            case 'resize':
                await resizeGuest(ctx, step);
                return;
            case 'move-volume': {
                // Proxmox refuses to move a running container's volume (pve-container `move_volume`).
                const restart = g.kind === 'lxc' && this.running;
                if (restart)
                    await this.stop();
                await this.host.moveVolume(g, step.disk, step.storage);
                if (restart)
                    await this.start();
                return;
            }
            case 'backup':
                await this.host.backup(g, step.storage);
                return;
            case 'park-volumes':
                return parkVolumes(this.host, g, step, () => this.stop(), this.deleteSnapshot.bind(this));
            case 'unpark-volumes':
                return unparkVolumes(this.host, g, step);
            case 'destroy-volume':
                await this.host.setContainer(g, { delete: [step.key] });
                return;
            case 'firewall':
                await this.host.writeFirewall(g, step.enabled, step.rules);
                await this.saveMarker((0,markers/* withFirewall */.VK)(this.marker, (0,markers/* firewallToken */.Gt)({ enabled: step.enabled, rules: step.rules })));
                return;
            case 'start':
                return this.start();
            case 'stop':
                return this.stop();
            case 'restart':
                await this.stop();
                return this.start();
            case 'wait-agent':
                return this.exec.waitAgent();
            case 'feature': {
                await this.exec.runScript(step.script, step.hash, `feature ${step.name}`);
                await this.saveMarker((0,markers/* withFeatureDone */.Hb)(this.marker, step.name, step.hash));
                return;
            }
            case 'app-script': {
                await this.exec.runScript(step.script, appContentToken(step.hash), `application script ${step.script}`);
                await this.saveMarker((0,markers/* withAppDone */.Cs)(this.marker, step.hash));
                return;
            }
            case 'health-check':
                return this.exec.healthCheck(step.command, step.retries, step.interval);
            case 'test':
                return this.runTest(step);
            case 'snapshot': {
                if (step.replace)
                    await this.deleteSnapshot(step.name);
                await this.host.snapshot(g, step.name, `Phoenix ${step.purpose} snapshot`);
                return;
            }
            case 'template': {
                // A VM made from a cloud image is booted once (cloud-init installs the agent) and sealed,
                // so clones get their own identity; then shut down before the conversion.
                if (g.kind === 'qemu' && step.seal) {
                    if (!this.running)
                        await this.start();
                    await this.exec.waitAgent();
                    await this.exec.seal();
                }
                if (this.running)
                    await this.stop();
                for (const n of step.deleteSnapshots ?? [])
                    await this.deleteSnapshot(n);
                await this.host.template(g);
                return;
            }
            case 'record': {
                await this.host.setMeta(g, { description: (0,markers/* renderDescription */.Nk)(step.marker), tags: step.tags });
                this.marker = step.marker;
                return;
            }
        }
    }
    /**
     * A post-deployment test: passed, failed (a blocking failure fails the guest; a non-blocking
     * one is only reported) or not run (its script is not in the config dir).
     */
    async runTest(step) {
        const key = testKey(step);
        try {
            await this.exec.runScript(step.script, step.hash, `test ${step.suite}/${step.name}`);
        }
        catch (err) {
            if (err instanceof ScriptError && err.missing) {
                this.testResults.set(key, 'not-run');
                return `not run: ${err.message}`;
            }
            this.testResults.set(key, 'failed');
            if (step.blocking)
                throw err;
            return `failed (non-blocking): ${(0,errors/* getErrorMessage */.u)(err).split('\n')[0]}`;
        }
        this.testResults.set(key, 'passed');
        return 'passed';
    }
    /**
     * Runs on the node the guest leaves (`from`), holding the guest's clone-source mutex so no
     * clone of it in this run is being made meanwhile; every later step runs on `to`.
     */
    async migrate(step) {
        const { kind, id } = this.input.change;
        const from = { kind, id, node: step.from };
        const timeoutSec = this.input.settings.shutdownTimeoutSec;
        await this.input.mutex.with(cloneSourceKey(id), () => this.host.migrate(from, { ...step, ...(step.restart ? { timeoutSec } : {}) }));
        this.node = step.to;
        this.input.moved?.(id, step.to);
        return `${step.from} -> ${step.to}`;
    }
    async start() {
        const { retry } = this.input.settings;
        const r = await this.host.start(this.guest, {
            retryAll: true,
            retry: { ...retry, attempts: Math.max(3, retry.attempts) },
        });
        this.running = true;
        return r.already ? 'already running' : undefined;
    }
    async stop() {
        const r = await this.host.shutdown(this.guest, this.input.settings.shutdownTimeoutSec);
        this.running = false;
        return r.already ? 'was not running' : undefined;
    }
    /** Deletes a snapshot (gone already counts); one the plan saw incomplete with `--force`. */
    async deleteSnapshot(name) {
        const force = this.input.live?.snapshots.some((s) => s.name === name && s.snapstate !== undefined);
        await this.host.deleteSnapshot(this.guest, name, { missingOk: true, ...(force ? { force } : {}) });
    }
    /**
     * Saves a progress record. Its `applied` is empty: the guest is unfinished until the record
     * step, so a resumed apply runs its health check and tests and writes the done-record
     * (lifecycle.ts), and nothing is taken as applied meanwhile (last-applied.ts).
     */
    async saveMarker(next) {
        const progress = { ...next, applied: {} };
        await this.host.setMeta(this.guest, { description: (0,markers/* renderDescription */.Nk)(progress) });
        this.marker = progress;
    }
    safetyNeeded() {
        return safetyNeeded(this.input);
    }
    safetySnapshot() {
        return takeSafetySnapshot(this.input, this.host, this.guest, (n) => this.deleteSnapshot(n));
    }
}

;// CONCATENATED MODULE: ./src/apply/mutex.ts
/**
 * In-process mutual exclusion by name, for host resources that a single step uses briefly: the
 * clone source Proxmox locks while a clone copies it, a template being downloaded. Waiters are
 * served in arrival order.
 */
class KeyedMutex {
    tails = new Map();
    /** Runs `fn` while holding `key`; other callers with the same key wait. */
    async with(key, fn) {
        const prev = this.tails.get(key) ?? Promise.resolve();
        let release;
        const mine = new Promise((r) => (release = r));
        const tail = prev.then(() => mine);
        this.tails.set(key, tail);
        await prev;
        try {
            return await fn();
        }
        finally {
            release();
            if (this.tails.get(key) === tail)
                this.tails.delete(key);
        }
    }
}

;// CONCATENATED MODULE: ./src/apply/scheduler.ts
async function runGraph(tasks, concurrency, run) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new Error(`concurrency must be >= 1, got ${concurrency}`);
    const byKey = new Map();
    for (const t of tasks)
        byKey.set(t.key, t);
    const results = new Map();
    const waitingOn = new Map();
    const dependents = new Map();
    for (const t of tasks) {
        const deps = [...new Set(t.after)].filter((d) => byKey.has(d) && d !== t.key);
        waitingOn.set(t.key, deps.length);
        for (const d of deps) {
            const list = dependents.get(d) ?? [];
            list.push(t.key);
            dependents.set(d, list);
        }
    }
    // Ready queue in input order, so callers control priority (e.g. longest chain first).
    const order = new Map();
    tasks.forEach((t, i) => order.set(t.key, i));
    const ready = tasks.filter((t) => waitingOn.get(t.key) === 0);
    const held = new Set();
    let running = 0;
    const skipDownstream = (failed, cause) => {
        const stack = [...(dependents.get(failed) ?? [])];
        while (stack.length > 0) {
            const k = stack.pop();
            if (results.has(k))
                continue;
            results.set(k, { key: k, outcome: 'skipped', blockedBy: cause, ms: 0 });
            stack.push(...(dependents.get(k) ?? []));
        }
    };
    return await new Promise((resolve) => {
        const pump = () => {
            for (let i = 0; i < ready.length && running < concurrency;) {
                const task = ready[i];
                if (results.has(task.key)) {
                    ready.splice(i, 1);
                    continue;
                }
                const locks = task.exclusive ?? [];
                if (locks.some((l) => held.has(l))) {
                    i++;
                    continue;
                }
                ready.splice(i, 1);
                for (const l of locks)
                    held.add(l);
                running++;
                const started = Date.now();
                run(task).then(() => finish(task, { key: task.key, outcome: 'succeeded', ms: Date.now() - started }), (error) => finish(task, { key: task.key, outcome: 'failed', error, ms: Date.now() - started }));
            }
            if (running === 0) {
                for (const t of tasks) {
                    if (!results.has(t.key))
                        results.set(t.key, { key: t.key, outcome: 'skipped', ms: 0 });
                }
                resolve(results);
            }
        };
        const finish = (task, result) => {
            running--;
            for (const l of task.exclusive ?? [])
                held.delete(l);
            results.set(task.key, result);
            if (result.outcome === 'failed')
                skipDownstream(task.key, task.key);
            else {
                for (const d of dependents.get(task.key) ?? []) {
                    const left = (waitingOn.get(d) ?? 0) - 1;
                    waitingOn.set(d, left);
                    if (left === 0 && !results.has(d)) {
                        const t = byKey.get(d);
                        // keep the ready queue in caller order
                        const pos = ready.findIndex((r) => (order.get(r.key) ?? 0) > (order.get(d) ?? 0));
                        if (pos < 0)
                            ready.push(t);
                        else
                            ready.splice(pos, 0, t);
                    }
                }
            }
            pump();
        };
        pump();
    });
}

;// CONCATENATED MODULE: ./src/apply/executor.ts






/** The planned tests of a change with their results; a test the run did not reach is not run. */
function testsOf(c, ran) {
    const tests = [];
    for (const s of c.steps)
        if (s.op === 'test')
            tests.push({
                suite: s.suite,
                name: s.name,
                blocking: s.blocking,
                outcome: ran?.get(testKey(s)) ?? 'not-run',
            });
    return tests.length ? { tests } : {};
}
/** Rough seconds per step, only to order the ready queue (the critical path first). */
const STEP_WEIGHT = {
    create: 8,
    clone: 5,
    migrate: 5,
    destroy: 2,
    start: 1.5,
    restart: 3,
    'wait-agent': 5,
    feature: 2,
    'app-script': 2,
    snapshot: 1,
    template: 1.5,
    resize: 1,
};
function weight(c) {
    let w = 0;
    for (const s of c.steps)
        w += (STEP_WEIGHT[s.op] ?? 0.2) + (s.op === 'create' && s.download ? 10 : 0);
    return w;
}
/** For each guest, its own weight plus the heaviest chain of guests waiting for it. */
function remainingWork(changes) {
    const succs = new Map();
    for (const c of changes)
        for (const p of c.waitFor)
            succs.set(p, [...(succs.get(p) ?? []), c.address]);
    const byAddr = new Map(changes.map((c) => [c.address, c]));
    const memo = new Map();
    const visit = (a, depth) => {
        const known = memo.get(a);
        if (known !== undefined)
            return known;
        if (depth > changes.length)
            return 0; // a cycle (the planner refuses those)
        const own = byAddr.has(a) ? weight(byAddr.get(a)) : 0;
        const after = Math.max(0, ...(succs.get(a) ?? []).map((s) => visit(s, depth + 1)));
        memo.set(a, own + after);
        return own + after;
    };
    for (const c of changes)
        visit(c.address, 0);
    return memo;
}
async function executePlan(input) {
    const started = performance.now();
    const { plan, live, settings } = input;
    const liveById = new Map(live.guests.map((g) => [g.id, g]));
    const inPlan = new Set(plan.changes.map((c) => c.id));
    const changed = plan.changes.filter((c) => c.action !== 'no-op');
    const work = remainingWork(changed);
    const tasks = changed
        .map((c) => ({ key: c.address, after: c.waitFor, change: c }))
        .sort((a, b) => (work.get(b.key) ?? 0) - (work.get(a.key) ?? 0) || a.change.id - b.change.id);
    // Every guest operation runs on the node that holds the guest (the hop for the other nodes).
    input.port.useCluster(live.nodeDetails);
    /** Where guests moved in this run (`migrate` steps), for the clones made from them. */
    const movedTo = new Map();
    // A source made in this run is not in the live state: it is where its change put it (its
    // clones wait for it, so it has finished, migrations included, when they read this).
    const plannedNode = new Map(plan.changes.map((c) => [c.id, c.node]));
    const nodeOf = (id) => movedTo.get(id) ?? (liveById.get(id)?.node || undefined) ?? plannedNode.get(id);
    const sharedStorages = new Set(live.storages.filter((s) => s.shared).map((s) => s.id));
    const mutex = new KeyedMutex();
    const downloads = new Map();
    const reports = new Map();
    const warnings = new Map();
    const warn = (address, message) => {
        warnings.set(address, [...(warnings.get(address) ?? []), message]);
        input.reporter?.warning?.(message);
    };
    const report = (c, outcome, ms, steps, reason, ran) => ({
        ...testsOf(c, ran),
        address: c.address,
        id: c.id,
        kind: c.kind,
        name: c.name,
        action: c.action,
        outcome,
        ms,
        steps,
        warnings: warnings.get(c.address) ?? [],
        ...(reason ? { reason } : {}),
    });
    const results = await runGraph(tasks, settings.concurrency, async (task) => {
        const c = task.change;
        const liveGuest = liveById.get(c.id);
        const t0 = performance.now();
        input.reporter?.guestStarted?.(c);
        const guestRun = new GuestRun({
            change: c,
            live: liveGuest,
            scriptInput: () => input.scriptInput?.(c),
            ...(input.secret ? { secret: input.secret } : {}),
            port: input.port,
            settings,
            scripts: input.scripts,
            mutex,
            downloads,
            planHash: plan.hash,
            // Where it is now (the run follows its clone, migrate and re-create steps from there).
            node: liveGuest?.node || c.node,
            nodeOf,
            moved: (id, node) => movedTo.set(id, node),
            storageShared: (storage) => sharedStorages.has(storage),
            sourceManaged: (id) => inPlan.has(id) || (liveById.get(id)?.tags.includes('phoenix') ?? false),
            readMarker: markers/* readMarker */.t7,
            describe: summary/* describeStep */.Ey,
            onStepStart: (label) => input.reporter?.stepStarted?.(c, label),
            onStep: (rec) => input.reporter?.stepFinished?.(c, rec),
            onOutput: (out) => input.reporter?.scriptOutput?.(c, out),
            warn: (m) => warn(c.address, m),
        });
        try {
            await guestRun.run();
            const r = report(c, 'succeeded', Math.round(performance.now() - t0), guestRun.steps, undefined, guestRun.testResults);
            reports.set(c.address, r);
            input.reporter?.guestFinished?.(r);
        }
        catch (err) {
            const r = report(c, 'failed', Math.round(performance.now() - t0), guestRun.steps, (0,errors/* getErrorMessage */.u)(err), guestRun.testResults);
            reports.set(c.address, r);
            input.reporter?.guestFinished?.(r);
            throw err;
        }
    });
    const guests = [];
    for (const c of changed) {
        const done = reports.get(c.address);
        if (done) {
            guests.push(done);
            continue;
        }
        const res = results.get(c.address);
        const reason = res?.blockedBy ? `skipped: ${res.blockedBy} failed` : 'skipped: not reached';
        const r = report(c, 'skipped', 0, [], reason);
        guests.push(r);
        input.reporter?.guestFinished?.(r);
    }
    return {
        guests,
        wallMs: Math.round(performance.now() - started),
        succeeded: guests.filter((g) => g.outcome === 'succeeded').length,
        failed: guests.filter((g) => g.outcome === 'failed').length,
        skipped: guests.filter((g) => g.outcome === 'skipped').length,
    };
}

// EXTERNAL MODULE: ./src/plan/canonical.ts
var canonical = __webpack_require__(34917);
;// CONCATENATED MODULE: ./src/apply/plan-diff.ts
/**
 * What differs between the reviewed plan and the one made from the live host just now, in words
 * a reviewer can act on: guests only in one plan, guests whose action or steps differ (step by
 * step), and plan-level sections that differ. Pure.
 */


function steps(c) {
    return c.steps.map(summary/* describeStep */.Ey);
}
function stepDiff(a, b) {
    const out = [];
    const max = Math.max(a.length, b.length);
    for (let i = 0; i < max; i++) {
        if (a[i] === b[i])
            continue;
        if (a[i] !== undefined && b[i] !== undefined)
            out.push(`step ${i + 1}: reviewed "${a[i]}", now "${b[i]}"`);
        else if (a[i] !== undefined)
            out.push(`step ${i + 1}: reviewed "${a[i]}", now gone`);
        else
            out.push(`step ${i + 1}: new "${b[i]}"`);
    }
    return out;
}
const SECTIONS = [
    'mode',
    'basis',
    'layers',
    'retained',
    'unmanaged',
    'hypervisor',
    'errors',
    'warnings',
];
/** Lines describing how `fresh` differs from `reviewed` (empty when they are the same). */
function diffPlans(reviewed, fresh, maxLines = 60) {
    const lines = [];
    const a = new Map(reviewed.changes.map((c) => [c.address, c]));
    const b = new Map(fresh.changes.map((c) => [c.address, c]));
    for (const addr of [...new Set([...a.keys(), ...b.keys()])].sort()) {
        const r = a.get(addr);
        const f = b.get(addr);
        if (r && !f)
            lines.push(`- ${addr}: in the reviewed plan (${r.action}) but no longer planned`);
        else if (!r && f)
            lines.push(`+ ${addr}: newly planned (${f.action})`);
        else if (r && f && (0,canonical/* canonicalJson */.dj)(r) !== (0,canonical/* canonicalJson */.dj)(f)) {
            const head = r.action === f.action
                ? `~ ${addr} (${f.action})`
                : `~ ${addr}: reviewed ${r.action}, now ${f.action}`;
            const details = stepDiff(steps(r), steps(f));
            if (details.length === 0)
                details.push('same steps; their details (config values, hashes, order) differ');
            lines.push(head, ...details.map((d) => `    ${d}`));
        }
    }
    for (const s of SECTIONS) {
        if ((0,canonical/* canonicalJson */.dj)(reviewed[s]) !== (0,canonical/* canonicalJson */.dj)(fresh[s]))
            lines.push(`~ plan ${s} differ`);
    }
    if (lines.length > maxLines)
        return [...lines.slice(0, maxLines), `... and ${lines.length - maxLines} more lines`];
    return lines;
}

// EXTERNAL MODULE: ./src/apply/report.ts
var report = __webpack_require__(71400);
;// CONCATENATED MODULE: ./src/apply/run-apply.ts
/**
 * Apply's engine past planning: given a fresh plan of the config against the host (the apply job,
 * src/jobs/apply-job.ts, validates, loads and plans), check it against the reviewed plan, take the
 * host-wide lock, re-read and re-plan under it (an apply that waited for another one usually finds
 * nothing left to do), execute, release, and read the host again. A host that already matches the
 * config gets read-only commands only: no lock, no exec into guests.
 */












/** The run's secret lookup (config/secret-refs.ts): the given one, else the environment. */
function secretLookupOf(o) {
    return o.secretLookup ?? (0,secret_refs/* envSecretLookup */.UY)(process.env);
}
/**
 * The object a guest's scripts read from `$PHOENIX_GUEST_CONFIG` (config/README.md), built from the
 * config exactly as the planner hashed it; refused when the plan recorded a different hash.
 */
function scriptInputFor(desired, change) {
    if (!change.scriptInputHash)
        return undefined;
    const g = desired.guests.find((x) => x.id === change.id && x.kind === change.kind);
    if (!g)
        throw new Error(`${change.address} is not in the config, so its scripts have no input`);
    if ((0,guest_plan/* scriptInputHash */.Cx)(g, desired.nvidia) !== change.scriptInputHash) {
        throw new Error(`the config of ${change.address} changed after the plan was made; plan again`);
    }
    return (0,guest_plan/* scriptInputOf */.tV)(g, desired.nvidia);
}
/** A lookup that tells `mask` every value it hands out, once. */
function maskingLookup(lookup, mask) {
    const told = new Set();
    return (name) => {
        const v = lookup(name);
        if (v !== undefined && mask && !told.has(v)) {
            told.add(v);
            mask(v);
        }
        return v;
    };
}
/** The host lock; a failure other than a timeout (which says what to do) becomes a located error. */
async function acquireLock(port, options) {
    try {
        return await port.acquireLock(options);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw new errors/* UserError */.y(`cannot take the host-wide apply lock on ${port.description}: ${(0,errors/* getErrorMessage */.u)(err)}`, 1);
    }
}
/** `PHOENIX_HEARTBEAT_SEC` in ms; undefined (with a warning when it is not a number) otherwise. */
function heartbeatFromEnv(o) {
    const v = process.env.PHOENIX_HEARTBEAT_SEC?.trim();
    if (!v)
        return undefined;
    if (/^\d{1,6}$/.test(v))
        return Number(v) * 1000;
    o.err(`warning: PHOENIX_HEARTBEAT_SEC must be a number of seconds, got '${v}'; using 30\n`);
    return undefined;
}
/** Progress on a terminal: groups as stamped headings, their lines as the reporter indents them. */
function terminalLog(o) {
    return (0,logger/* createConsoleLogger */.cS)({ stdout: o.out, stderr: o.err }, { indentGroups: false });
}
function both(a, b) {
    if (!b)
        return a;
    return {
        guestStarted: (c) => (a.guestStarted?.(c), b.guestStarted?.(c)),
        stepStarted: (c, l) => (a.stepStarted?.(c, l), b.stepStarted?.(c, l)),
        stepFinished: (c, s) => (a.stepFinished?.(c, s), b.stepFinished?.(c, s)),
        scriptOutput: (c, x) => (a.scriptOutput?.(c, x), b.scriptOutput?.(c, x)),
        guestFinished: (r) => (a.guestFinished?.(r), b.guestFinished?.(r)),
        warning: (m) => (a.warning?.(m), b.warning?.(m)),
    };
}
/** The hash the fresh plan must have, when a reviewed plan (or only its hash) was given. */
function expectedHash(o) {
    return o.reviewed?.hash ?? o.reviewedHash;
}
/** Why `fresh` may not be applied: undefined when it may; the unreviewed changes (maybe none listed) otherwise. */
function refusal(o, fresh) {
    const expected = expectedHash(o);
    if (expected !== undefined)
        return expected === fresh.hash ? undefined : [];
    const lines = o.unreviewed?.(fresh) ?? [];
    return lines.length > 0 ? lines : undefined;
}
function refuseChangedPlan(o, fresh, unreviewed) {
    if (expectedHash(o) === undefined) {
        o.err(`The plan made from the live host now (${fresh.hash.slice(0, 12)}) differs from the reviewed plan ` +
            'and holds changes that no reviewed plan holds; nothing was applied. Not reviewed:\n' +
            unreviewed.map((l) => `  ${l}\n`).join('') +
            'Push to a pull request and review its plan before applying.\n');
        return { exitCode: 1, status: 'plan-changed', plan: fresh };
    }
    const reviewed = o.reviewed;
    o.err(`The plan made from the live host now (${fresh.hash.slice(0, 12)}) differs from the reviewed plan ` +
        `(${(expectedHash(o) ?? '').slice(0, 12)}); nothing was applied.` +
        (reviewed
            ? ' Differences:\n' +
                diffPlans(reviewed, fresh)
                    .map((l) => `  ${l}\n`)
                    .join('')
            : '\n') +
        'Re-run the plan on the pull request (or drop --plan) and review the new plan.\n');
    return { exitCode: 1, status: 'plan-changed', plan: fresh };
}
function printPlanErrors(o, p) {
    o.err(`Planning failed; nothing was applied:\n`);
    for (const e of p.errors)
        o.err(`  error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
}
/**
 * Applies a fresh plan. Its `state` is the host's state after the run (or as read, when there was
 * nothing to apply), for the caller to record; undefined when the host could not be read after.
 */
async function applyPlan(p, o) {
    const { port: host, desired, live } = p;
    let plan = p.plan;
    const refused = refusal(o, plan);
    if (refused)
        return refuseChangedPlan(o, plan, refused);
    if (plan.errored) {
        printPlanErrors(o, plan);
        return { exitCode: 1, status: 'invalid', plan };
    }
    if (!plan.applyable) {
        o.out(`${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(plan))} Nothing to apply.\n`);
        return { exitCode: 0, status: 'no-changes', plan, state: live };
    }
    // Asked before the lock: a person thinking over the plan must not hold up other runs.
    if (o.approve && !(await o.approve(plan))) {
        o.err('Apply not approved; nothing was applied.\n');
        return { exitCode: 1, status: 'not-approved', plan, state: live };
    }
    const approvedHash = o.approve ? plan.hash : undefined;
    const lock = await acquireLock(host, {
        timeoutMs: o.lockTimeoutMs,
        pollMs: o.lockPollMs,
        note: `plan ${plan.hash.slice(0, 12)}`,
        onWait: (holder, position) => o.out(`Waiting for the host-wide apply lock (${position} ahead of us): ${(0,host_lock/* describeHolder */.sG)(holder)}; ` +
            `giving up after ${(0,host_lock/* secs */.zG)(o.lockTimeoutMs)}.\n`),
        onWarning: (m) => o.err(`warning: ${m}\n`),
    });
    let result;
    // Live lines on the logger; with an explicit logger (Actions) also one group per guest at its end.
    const text = new report/* TextReporter */.BX({
        log: o.logger ?? terminalLog(o),
        groups: o.logger !== undefined,
        heartbeatMs: o.heartbeatMs ?? heartbeatFromEnv(o),
    });
    try {
        const { live: current, plan: again } = await p.replan();
        if (again.hash !== plan.hash) {
            if (!again.applyable && !again.errored) {
                o.out(`The host changed while this apply waited (another run applied it): ${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(again))}\n`);
                return { exitCode: 0, status: 'no-changes', plan: again, state: current };
            }
            const refusedAgain = refusal(o, again);
            if (refusedAgain)
                return refuseChangedPlan(o, again, refusedAgain);
            if (approvedHash !== undefined) {
                o.err(`The host changed while this apply waited for the lock: the plan now (${again.hash.slice(0, 12)}) ` +
                    `is not the one approved (${approvedHash.slice(0, 12)}); nothing was applied. Run apply again to see the new plan.\n`);
                return { exitCode: 1, status: 'plan-changed', plan: again };
            }
            if (again.errored) {
                printPlanErrors(o, again);
                return { exitCode: 1, status: 'invalid', plan: again };
            }
            o.out('The host changed between planning and taking the lock; applying the fresh plan.\n');
            plan = again;
        }
        const settings = {
            ...types/* DEFAULT_SETTINGS */.a$,
            // Feature and application scripts: PHOENIX_TIMEOUT_SCRIPT (the host runner's script bound).
            scriptTimeoutSec: (0,runner/* timeoutsFromEnv */.I5)(process.env).script,
            ...o.settings,
            safetySnapshotName: (0,types/* safetySnapshotName */.ct)(o.sha, plan.hash),
        };
        const changed = plan.changes.filter((c) => c.action !== 'no-op').length;
        o.out(`${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(plan))}\nApplying ${changed} guest${changed === 1 ? '' : 's'} (concurrency ${settings.concurrency}, plan ${plan.hash.slice(0, 12)}).\n`);
        result = await executePlan({
            plan,
            live: current,
            port: host,
            settings,
            scripts: new ScriptStore(p.configDir),
            scriptInput: (c) => scriptInputFor(desired, c),
            secret: maskingLookup(secretLookupOf(o), o.maskSecret),
            reporter: both(text, o.reporter),
        });
    }
    finally {
        text.close();
        await lock
            .release()
            .catch((err) => o.err(`warning: could not release the host lock: ${(0,errors/* getErrorMessage */.u)(err)}\n`));
    }
    o.out((0,report/* renderSummary */.Br)(result));
    let state;
    try {
        state = await host.readState();
    }
    catch (err) {
        o.err(`warning: could not read the host state after apply (${(0,errors/* getErrorMessage */.u)(err)}); no state recorded\n`);
    }
    const failed = result.failed > 0 || result.skipped > 0;
    return { exitCode: failed ? 1 : 0, status: failed ? 'failed' : 'applied', plan, result, state };
}

// EXTERNAL MODULE: ./src/plan/state-file.ts
var state_file = __webpack_require__(17945);
// EXTERNAL MODULE: ./src/jobs/plan-job.ts
var plan_job = __webpack_require__(15671);
;// CONCATENATED MODULE: ./src/jobs/apply-job.ts
/**
 * The apply job, shared by `phoenix apply`, `phoenix demo` and the apply action: the plan job
 * against the live host (validate, hash the scripts, read the host, plan), handed to apply's
 * engine (src/apply/run-apply.ts: check against the reviewed plan, lock, re-plan, execute), then
 * the host's state recorded in the state file. `applyToHost` opens the host first and closes it
 * however the job ends. Where progress goes is the `Logger`'s: a terminal by default, Actions
 * groups and warning annotations when an Actions logger is given.
 */





/** Reads the host; a failure is an I/O error (exit 2) with the command and Proxmox's message. */
async function readHost(port) {
    try {
        return await port.readState();
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw new errors/* UserError */.y(`cannot read the state of ${port.description}: ${(0,errors/* getErrorMessage */.u)(err)}`, 2);
    }
}
/** A config with errors: its findings, and that nothing was applied. */
function reportInvalid(v, o) {
    if (v.errors === 0)
        return;
    for (const d of v.diagnostics)
        o.err((0,diagnostics/* formatDiagnostic */.xy)(d) + '\n');
    o.err(`${o.configDir}: the config is invalid (${v.errors} error${v.errors === 1 ? '' : 's'}); nothing was applied\n`);
}
/** Plans the config against the host, applies the plan, records the host's state when asked. */
async function runApplyJob(o) {
    const secret = secretLookupOf(o);
    const planOptions = {
        allowRebuild: o.allowRebuild,
        allowDataLoss: o.allowDataLoss,
        only: o.only,
        // A secret the scripts need and apply cannot find is a plan error (before any host change).
        secretAvailable: (name) => secret(name) !== undefined,
    };
    const job = await (0,plan_job/* runPlanJob */.wZ)({
        configDir: o.configDir,
        ...planOptions,
        onValidated: (v) => reportInvalid(v, o),
        basis: async () => ({ live: await readHost(o.port) }),
    });
    if (job.status === 'invalid')
        return { exitCode: 1, status: 'invalid' };
    const { config } = job;
    const result = await applyPlan({
        port: o.port,
        configDir: o.configDir,
        desired: config.desired,
        live: job.basis.live,
        plan: job.plan,
        replan: async () => {
            const live = await readHost(o.port);
            return { live, plan: (0,plan_job/* planAgainst */.JY)(config, { live }, planOptions) };
        },
    }, o);
    if (o.stateOut && result.state)
        await (0,state_file/* writeStateFile */.VP)(o.stateOut, result.state);
    return result;
}
/** Warnings raised while guests run become log warnings too (annotations in Actions). */
function warningsTo(logger, reporter) {
    if (!logger)
        return reporter;
    return {
        guestStarted: (c) => reporter?.guestStarted?.(c),
        stepStarted: (c, l) => reporter?.stepStarted?.(c, l),
        stepFinished: (c, s) => reporter?.stepFinished?.(c, s),
        scriptOutput: (c, x) => reporter?.scriptOutput?.(c, x),
        guestFinished: (r) => reporter?.guestFinished?.(r),
        warning: (m) => {
            reporter?.warning?.(m);
            logger.warning(m);
        },
    };
}
async function applyToHost(o) {
    const { open, stateFile, recordWhenRefused, onRecordFailed, ...engine } = o;
    const port = await open();
    try {
        const job = await runApplyJob({
            ...engine,
            port,
            stateOut: stateFile,
            reporter: warningsTo(o.logger, o.reporter),
        });
        if (!stateFile)
            return { job };
        if (job.state)
            return { job, stateFile };
        if (job.status !== 'plan-changed' || !recordWhenRefused)
            return { job };
        try {
            await (0,state_file/* writeStateFile */.VP)(stateFile, await port.readState());
            return { job, stateFile };
        }
        catch (err) {
            onRecordFailed?.(`Could not record the host state: ${(0,errors/* getErrorMessage */.u)(err)}`);
            return { job };
        }
    }
    finally {
        await port.close();
    }
}


/***/ }),

/***/ 15671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ planValidatedConfig),
/* harmony export */   JY: () => (/* binding */ planAgainst),
/* harmony export */   KZ: () => (/* binding */ loadBaseConfig),
/* harmony export */   Ou: () => (/* binding */ loadPlanConfig),
/* harmony export */   W6: () => (/* binding */ baseConfigBasis),
/* harmony export */   wZ: () => (/* binding */ runPlanJob),
/* harmony export */   y3: () => (/* binding */ stateFileBasis)
/* harmony export */ });
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16141);
/* harmony import */ var _plan_planner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15784);
/* harmony import */ var _plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77481);
/* harmony import */ var _plan_state_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17945);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61692);
/**
 * The plan job, shared by `phoenix plan`, `phoenix demo`, the plan action and the drift job:
 * validate the config dir, hash the scripts it names, get the basis to compare it with (a host's
 * live state, a recorded state file, or another config), plan. It returns the plan with the
 * findings and counts the renderers need; what is printed, and where, is the caller's.
 */





/** The config side, from a validation already made (the actions' validate step) or made here. */
async function loadPlanConfig(dir, validation) {
    const v = validation ?? (await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(dir));
    return { dir, validation: v, desired: v.desired, scriptHashes: await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .hashScripts */ .Z7)(dir, v.desired) };
}
/**
 * Another config dir as a basis (its findings are not checked: a base branch may be broken).
 * `desired`, when given, is that dir's config already read.
 */
async function loadBaseConfig(dir, desired) {
    const d = desired ?? (await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(dir)).desired;
    return { desired: d, scriptHashes: await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .hashScripts */ .Z7)(dir, d) };
}
/** A recorded state file as the basis (`phoenix plan --state`, a state given to the plan action). */
function stateFileBasis(path) {
    return async () => ({ live: await (0,_plan_state_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readStateFile */ .qy)(path) });
}
/** Another config dir as the basis (`phoenix plan --base-config-dir`). */
function baseConfigBasis(dir) {
    return async () => ({ base: await loadBaseConfig(dir) });
}
/** Plans the config against the basis: against a state, or as a diff of two configs. */
function planAgainst(config, basis, o = {}) {
    const options = {
        allowRebuild: o.allowRebuild ?? false,
        allowDataLoss: o.allowDataLoss ?? false,
        scriptHashes: config.scriptHashes,
        mode: o.mode,
        only: o.only,
        ...(o.secretAvailable ? { secretAvailable: o.secretAvailable } : {}),
    };
    if (basis.live)
        return (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_1__/* .plan */ .e)(config.desired, basis.live, options);
    return (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_1__/* .planConfigDiff */ .p)(config.desired, basis.base.desired, {
        ...options,
        oldScriptHashes: basis.base.scriptHashes,
    });
}
async function runPlanJob(o) {
    const validation = o.validation ?? (await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(o.configDir));
    o.onValidated?.(validation);
    if (validation.errors > 0 && !o.allowInvalid)
        return { status: 'invalid', exitCode: 1, validation };
    return planValidatedConfig({ ...o, validation });
}
/**
 * The job past its validation gate, for callers that gate themselves (the actions' validate step
 * annotates the findings and stops an invalid config first): load, get the basis, plan.
 */
async function planValidatedConfig(o) {
    const config = await loadPlanConfig(o.configDir, o.validation);
    const basis = await o.basis(config);
    const plan = planAgainst(config, basis, o);
    return {
        status: 'planned',
        exitCode: plan.errored ? 1 : 0,
        validation: o.validation,
        config,
        basis,
        plan,
        counts: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .countPlan */ .RF)(plan),
    };
}


/***/ }),

/***/ 17945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VP: () => (/* binding */ writeStateFile),
/* harmony export */   ee: () => (/* binding */ serializeLiveState),
/* harmony export */   fZ: () => (/* binding */ STATE_FILE_NAME),
/* harmony export */   qy: () => (/* binding */ readStateFile)
/* harmony export */ });
/* unused harmony export parseLiveState */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_live_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85111);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The live-state file: a recorded `LiveState` as JSON (two-space indent), written after apply and
 * drift runs and by `phoenix state --out`, read back by `phoenix plan --state` and pull-request
 * plans. The one reader and writer of that file, beside the plan file (plan-file.ts): both are
 * documents Phoenix records and plans from. Files only: no host, no GitHub.
 */




/** The file's name where a run records it for later runs (the `phoenix-state` artifact). */
const STATE_FILE_NAME = 'phoenix-state.json';
const ioCode = (err) => err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err);
function serializeLiveState(state) {
    return JSON.stringify(state, null, 2) + '\n';
}
/**
 * Checks a recorded live-state document and fills what older writers left out. `source` names the
 * file in error messages (usage errors, exit 2).
 */
function parseLiveState(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a state file (invalid JSON: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)})`, 2);
    }
    const v = value;
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a state file (expected a JSON object)`, 2);
    if (v.version !== _model_live_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LIVE_STATE_VERSION */ .O) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: state version ${JSON.stringify(v.version)} is not supported (expected ${_model_live_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LIVE_STATE_VERSION */ .O})`, 2);
    }
    if (!Array.isArray(v.guests))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a state file (no guests list)`, 2);
    for (const [i, g] of v.guests.entries()) {
        if (!g || typeof g !== 'object' || typeof g.id !== 'number' || (g.kind !== 'lxc' && g.kind !== 'qemu')) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: guests[${i}] needs a numeric id and kind lxc or qemu`, 2);
        }
    }
    return {
        version: _model_live_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LIVE_STATE_VERSION */ .O,
        readAt: typeof v.readAt === 'string' ? v.readAt : '',
        target: typeof v.target === 'string' ? v.target : source,
        nodes: Array.isArray(v.nodes) ? v.nodes : [],
        ...(v.nodeDetails === undefined ? {} : { nodeDetails: checkNodeDetails(v.nodeDetails, source) }),
        pveVersion: v.pveVersion,
        guests: v.guests.map((g) => ({
            ...g,
            node: g.node ?? '',
            status: g.status ?? 'unknown',
            template: g.template === true,
            config: g.config ?? {},
            snapshots: Array.isArray(g.snapshots) ? g.snapshots : [],
            tags: Array.isArray(g.tags) ? g.tags : [],
        })),
        storages: Array.isArray(v.storages) ? v.storages : [],
        bridges: Array.isArray(v.bridges) ? v.bridges : [],
        templates: Array.isArray(v.templates) ? v.templates : [],
        ...(Array.isArray(v.images) ? { images: v.images } : {}),
        ...(Array.isArray(v.deviceNodes) ? { deviceNodes: v.deviceNodes } : {}),
        ...(Array.isArray(v.apparmorProfiles) ? { apparmorProfiles: v.apparmorProfiles } : {}),
        ...(typeof v.appliedCommit === 'string' ? { appliedCommit: v.appliedCommit } : {}),
    };
}
/**
 * Per-node facts (written since clusters are read): each needs a name and an online flag; the
 * listings it holds must be lists of strings. A file without them loads as before.
 */
function checkNodeDetails(value, source) {
    if (!Array.isArray(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: nodeDetails must be a list`, 2);
    const lists = ['bridges', 'deviceNodes', 'apparmorProfiles', 'templates'];
    return value.map((n, i) => {
        const d = n;
        if (!d || typeof d !== 'object' || typeof d.name !== 'string' || typeof d.online !== 'boolean')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: nodeDetails[${i}] needs a name and an online flag (true or false)`, 2);
        for (const k of lists)
            if (d[k] !== undefined && !(Array.isArray(d[k]) && d[k].every((x) => typeof x === 'string')))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: nodeDetails[${i}].${k} must be a list of strings`, 2);
        return d;
    });
}
/** Reads and checks a state file; every failure is a usage error naming the file. */
async function readStateFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read state file ${path}: ${ioCode(err)}`, 2);
    }
    return parseLiveState(text, path);
}
/** Writes the state (creating the folder first when `mkdir` is set); a failure is an I/O error naming the file. */
async function writeStateFile(path, state, options = {}) {
    try {
        if (options.mkdir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, serializeLiveState(state));
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write state file ${path}: ${ioCode(err)}`, 2);
    }
}


/***/ }),

/***/ 96618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ withGroup),
/* harmony export */   QT: () => (/* binding */ logGroup),
/* harmony export */   Xp: () => (/* binding */ colorEnabled),
/* harmony export */   cS: () => (/* binding */ createConsoleLogger)
/* harmony export */ });
/* unused harmony export formatAnnotationAsText */
/**
 * The logging seam between the engine and where it runs ("CLI = CI"). Jobs, reporters and actions
 * take a `Logger`; the Actions-backed one (src/github/logger.ts) speaks workflow commands (groups,
 * annotations), the terminal one here writes plain lines and gcc-style
 * `FILE:LINE:COL: level: message [RULE]`. Nothing outside src/github writes workflow commands.
 */
/** Runs `fn` inside a log group; the group is closed even when `fn` throws. */
async function withGroup(logger, name, fn) {
    logger.startGroup(name);
    try {
        return await fn();
    }
    finally {
        logger.endGroup();
    }
}
/** A finished block of text (its lines joined by `\n`) as one group. */
function logGroup(logger, name, body, options) {
    logger.startGroup(name, options);
    logger.info(body);
    logger.endGroup();
}
/** `FILE:LINE:COL: level: message [TITLE]` (the shape of `phoenix validate`), or less when unlocated. */
function formatAnnotationAsText(a) {
    const message = a.message.replace(/\r?\n/g, ' ');
    const where = a.file ? `${a.file}:${a.line ?? 1}:${a.col ?? 1}: ` : '';
    return `${where}${a.level}: ${message}${a.title ? ` [${a.title}]` : ''}`;
}
/**
 * Whether terminal output may use ANSI colour: only on a terminal, and never when `NO_COLOR` is
 * set to a non-empty value (https://no-color.org) or `--no-color` was given.
 */
function colorEnabled(o) {
    return o.isTTY && !o.noColorFlag && !o.env.NO_COLOR;
}
/** For runs on a terminal (`npx phoenix ...`): findings and progress on stdout, problems on stderr. */
function createConsoleLogger(io, options = {}) {
    const step = options.indentGroups === false ? 0 : 1;
    let depth = 0;
    const indent = () => '  '.repeat(depth * step);
    const paint = (code, s) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
    return {
        debug: (m) => {
            if (options.debug)
                io.stderr(`${indent()}debug: ${m}\n`);
        },
        info: (m) => io.stdout(`${indent()}${m}\n`),
        notice: (m) => io.stdout(`${indent()}notice: ${m}\n`),
        warning: (m) => io.stderr(`${indent()}${paint(33, 'warning:')} ${m}\n`),
        error: (m) => io.stderr(`${indent()}${paint(31, 'error:')} ${m}\n`),
        annotate: (a) => io.stdout(`${formatAnnotationAsText(a)}\n`),
        startGroup: (name, o) => {
            io.stdout(`${indent()}${o?.stamp ? `${o.stamp} ` : ''}${name}\n`);
            depth++;
        },
        endGroup: () => {
            depth = Math.max(0, depth - 1);
        },
    };
}


/***/ })

};
