export const id = 855;
export const ids = [855,240];
export const modules = {

/***/ 4625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ GUEST_DIR),
/* harmony export */   WE: () => (/* binding */ parseAgentExec),
/* harmony export */   eV: () => (/* binding */ GUEST_CONFIG_ENV),
/* harmony export */   uc: () => (/* binding */ GUEST_CONFIG_PATH),
/* harmony export */   zf: () => (/* binding */ guestOps)
/* harmony export */ });
/* harmony import */ var _proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4117);
/**
 * The host commands apply sends for one guest, with the container/VM difference in one place:
 * `pct` or `qm`, files pushed with `pct push` or written through the QEMU guest agent, commands
 * run with `pct exec` or `qm guest exec`. Every argv comes from the builders in
 * proxmox/commands.ts; this module only picks the builder and attaches stdin where a builder
 * reads a file from it.
 */

/** Where Phoenix keeps what it hands to scripts inside a guest. */
const GUEST_DIR = '/root/.phoenix';
const GUEST_CONFIG_PATH = `${GUEST_DIR}/guest.json`;
const GUEST_CONFIG_ENV = 'PHOENIX_GUEST_CONFIG';
const withStdin = (cmd, stdin) => ({ ...cmd, stdin });
function guestOps(kind, id) {
    if (kind === 'lxc') {
        return {
            kind,
            id,
            start: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctStart */ .SC)(id),
            stop: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctStop */ .SA)(id),
            shutdown: (timeoutSec) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctShutdown */ ._$)(id, { timeoutSec, forceStop: true }),
            snapshot: (name, description) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctSnapshot */ .Ix)(id, name, { description }),
            deleteSnapshot: (name) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctDeleteSnapshot */ .Hy)(id, name),
            rollback: (name, start) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctRollback */ .gH)(id, name, start ? { start } : {}),
            template: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctTemplate */ .oi)(id),
            destroy: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctDestroy */ .KF)(id, { purge: true }),
            setMeta: (o) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctSet */ .MV)(id, o),
            exec: (argv) => ({ command: (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctExec */ .NU)(id, argv), viaAgent: false }),
            writeFile: (path, content, perms) => ({
                command: withStdin((0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .pctPush */ ._0)(id, '/dev/stdin', path, { perms }), content),
                viaAgent: false,
            }),
            agentPing: () => undefined,
        };
    }
    return {
        kind,
        id,
        start: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmStart */ .R8)(id),
        stop: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmStop */ .Pe)(id),
        shutdown: (timeoutSec) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmShutdown */ .fj)(id, { timeoutSec, forceStop: true }),
        snapshot: (name, description) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmSnapshot */ .Jz)(id, name, { description }),
        deleteSnapshot: (name) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmDeleteSnapshot */ .YN)(id, name),
        rollback: (name, start) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmRollback */ .zc)(id, name, start ? { start } : {}),
        template: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmTemplate */ .nP)(id),
        destroy: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmDestroy */ .xN)(id, { purge: true }),
        setMeta: (o) => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmSet */ .dW)(id, o),
        exec: (argv, timeoutSec) => ({ command: (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmGuestExec */ .sx)(id, argv, { timeoutSec }), viaAgent: true }),
        writeFile: (path, content, perms) => ({
            command: withStdin((0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmGuestExec */ .sx)(id, ['sh', '-c', 'umask 077 && cat > "$1" && chmod "$2" "$1"', 'sh', path, perms], {
                passStdin: true,
            }), content),
            viaAgent: true,
        }),
        agentPing: () => (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .qmGuestCmd */ .pV)(id, 'ping'),
    };
}
/** Reads the JSON that `qm guest exec` prints (`exitcode`, `exited`, `out-data`, `err-data`). */
function parseAgentExec(stdout) {
    const start = stdout.indexOf('{');
    if (start < 0)
        return undefined;
    try {
        const v = JSON.parse(stdout.slice(start));
        const exited = v.exited === 1 || v.exited === true;
        return {
            exitCode: typeof v.exitcode === 'number' ? v.exitcode : exited ? 0 : -1,
            exited,
            stdout: typeof v['out-data'] === 'string' ? v['out-data'] : '',
            stderr: typeof v['err-data'] === 'string' ? v['err-data'] : '',
        };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kn: () => (/* binding */ HostLock),
/* harmony export */   sG: () => (/* binding */ describeHolder),
/* harmony export */   zG: () => (/* binding */ secs)
/* harmony export */ });
/* unused harmony exports APPLY_LOCK_FILE, APPLY_QUEUE_FILE, parseQueue, liveClaims */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4117);
/* harmony import */ var _proxmox_audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(240);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/**
 * The host-wide apply lock, so two applies never interleave on one Proxmox host.
 *
 * A transport runs one command at a time to completion, so no command can hold `flock` for the
 * length of a run. Instead the lock is a ticket queue: every apply appends a `claim` line to
 * `/run/lock/phoenix-apply.queue` with `flock -w 10 /run/lock/phoenix-apply.lock tee -a` (the
 * flock makes each append atomic, so every reader sees the same order), then reads the queue; the
 * earliest claim that is neither released nor expired owns the host. The owner renews its claim
 * while it works and appends `release` when done; a waiter polls and gives up after its timeout,
 * withdrawing its claim. A crashed owner blocks others only until its claim expires (`ttlMs`).
 * `/run/lock` is a tmpfs, so the queue starts empty after a reboot. Only `flock`, `tee` and `cat`
 * are used, which the simulator models like the host.
 */





const APPLY_LOCK_FILE = '/run/lock/phoenix-apply.lock';
const APPLY_QUEUE_FILE = '/run/lock/phoenix-apply.queue';
/** Seconds one append waits for the flock (the appends themselves take milliseconds). */
const APPEND_WAIT_SEC = 10;
/** Compact the queue file on release once it has this many lines. */
const COMPACT_LINES = 200;
function parseQueue(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const v = JSON.parse(line);
            if ((v.op === 'claim' || v.op === 'renew' || v.op === 'release') &&
                typeof v.id === 'string' &&
                typeof v.at === 'number') {
                out.push(v);
            }
        }
        catch {
            // A torn or foreign line is ignored; claims are whole lines appended atomically.
        }
    }
    return out;
}
/** Live claims in queue order (the first one owns the host). */
function liveClaims(entries, now) {
    const claims = new Map();
    // A claim that went longer than its ttl without renewal is dead for good: a late renewal (a
    // holder that hung and resumed) must not take the host back from the apply that followed.
    const order = [];
    for (const e of entries) {
        const c = claims.get(e.id);
        if (e.op === 'claim' && !c) {
            claims.set(e.id, {
                who: e.who ?? '?',
                note: e.note,
                since: e.at,
                last: e.at,
                ttl: e.ttl ?? 0,
                released: false,
            });
            order.push(e.id);
        }
        else if (c && e.op === 'renew') {
            if (e.at <= c.last + c.ttl)
                c.last = Math.max(c.last, e.at);
            else
                c.released = true;
        }
        else if (c && e.op === 'release')
            c.released = true;
    }
    const out = [];
    for (const id of order) {
        const c = claims.get(id);
        const expires = c.last + c.ttl;
        if (!c.released && expires > now)
            out.push({ id, who: c.who, note: c.note, since: c.since, expires, ttl: c.ttl });
    }
    return out;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function secs(ms) {
    return ms < 10_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms / 1000)} s`;
}
function time(ms) {
    return new Date(ms)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
}
function describeHolder(h) {
    return `run ${h.id} by ${h.who}${h.note ? ` (${h.note})` : ''}, holding it since ${time(h.since)}`;
}
class HostLock {
    transport;
    id;
    ttlMs;
    now;
    onWarning;
    renewTimer;
    released = false;
    constructor(transport, id, ttlMs, now, onWarning) {
        this.transport = transport;
        this.id = id;
        this.ttlMs = ttlMs;
        this.now = now;
        this.onWarning = onWarning;
    }
    /** Waits (up to `timeoutMs`) until this apply owns the host. */
    static async acquire(transport, options) {
        const now = options.now ?? Date.now;
        const ttlMs = options.ttlMs ?? 15 * 60_000;
        const pollMs = options.pollMs ?? 1000;
        const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
        const who = `${safeUser()}@${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()} pid ${process.pid}`;
        const lock = new HostLock(transport, id, ttlMs, now, options.onWarning ?? (() => undefined));
        const claim = () => lock.append({
            op: 'claim',
            id,
            at: now(),
            ttl: ttlMs,
            who,
            ...(options.note ? { note: options.note } : {}),
        });
        await claim();
        const started = now();
        let waitingFor;
        for (;;) {
            const claims = liveClaims(await lock.readQueue(), now());
            const mine = claims.findIndex((c) => c.id === id);
            if (mine < 0) {
                // Our claim vanished (the queue was compacted or /run was cleared): queue again.
                await claim();
                continue;
            }
            if (mine === 0) {
                lock.startRenewing();
                return lock;
            }
            const holder = claims[0];
            if (holder.id !== waitingFor) {
                waitingFor = holder.id;
                options.onWait?.(holder, mine);
            }
            if (now() - started >= options.timeoutMs) {
                await lock.append({ op: 'release', id, at: now() }).catch(() => undefined);
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`timed out after ${secs(options.timeoutMs)} waiting for the host-wide apply lock ` +
                    `(${APPLY_QUEUE_FILE}): held by ${describeHolder(holder)}. If that run died, its claim expires at ` +
                    `${time(holder.expires)}; otherwise try again when it has finished.`, 1);
            }
            await sleep(Math.min(pollMs, Math.max(1, options.timeoutMs - (now() - started))));
        }
    }
    async release() {
        if (this.released)
            return;
        this.released = true;
        if (this.renewTimer)
            clearInterval(this.renewTimer);
        await this.append({ op: 'release', id: this.id, at: this.now() });
        try {
            await this.compact();
        }
        catch (err) {
            this.onWarning(`could not compact ${APPLY_QUEUE_FILE}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u)(err)}`);
        }
    }
    startRenewing() {
        this.renewTimer = setInterval(() => {
            this.append({ op: 'renew', id: this.id, at: this.now() }).catch((err) => this.onWarning(`could not renew the host lock: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u)(err)}`));
        }, Math.max(1000, Math.floor(this.ttlMs / 3)));
        this.renewTimer.unref();
    }
    async run(cmd, what) {
        const r = await (0,_proxmox_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .runHostCommand */ .$t)(this.transport, cmd);
        if (r.exitCode !== 0)
            throw new Error(`${what} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        return r.stdout;
    }
    async append(entry) {
        await this.run((0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .withLock */ .kK)(APPLY_LOCK_FILE, APPEND_WAIT_SEC, (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .appendFile */ .dl)(APPLY_QUEUE_FILE, JSON.stringify(entry) + '\n')), 'appending to the apply lock queue');
    }
    async readQueue() {
        const r = await (0,_proxmox_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .runHostCommand */ .$t)(this.transport, (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .readFile */ .TA)(APPLY_QUEUE_FILE));
        if (r.exitCode !== 0) {
            if (/No such file/i.test(r.stderr))
                return [];
            throw new Error(`reading the apply lock queue failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        }
        return parseQueue(r.stdout);
    }
    /** Rewrites a long queue with only the live claims; a waiter whose claim is lost re-queues. */
    async compact() {
        const entries = await this.readQueue();
        if (entries.length < COMPACT_LINES)
            return;
        const live = liveClaims(entries, this.now());
        const text = live
            .map((c) => JSON.stringify({
            op: 'claim',
            id: c.id,
            at: c.expires - c.ttl,
            ttl: c.ttl,
            who: c.who,
            note: c.note,
        }) + '\n')
            .join('');
        await this.run((0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .withLock */ .kK)(APPLY_LOCK_FILE, APPEND_WAIT_SEC, (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFile */ ._h)(APPLY_QUEUE_FILE, text)), 'compacting the apply lock queue');
    }
}
function safeUser() {
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_1__.userInfo)().username;
    }
    catch {
        return 'unknown';
    }
}


/***/ }),

/***/ 8720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   hQ: () => (/* binding */ HostCommandFailed)
/* harmony export */ });
/* unused harmony exports shortArgv, isTransientFailure */
/* harmony import */ var _proxmox_audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(240);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8854);
/**
 * Running one built host command during apply: through the (audited) transport, retried with
 * backoff while Proxmox reports a transient condition (a config lock that timed out, a locked
 * guest, a connection that dropped before the command ran), and turned into a `HostCommandFailed`
 * with the command and Proxmox's message otherwise.
 */



class HostCommandFailed extends Error {
    argv;
    exitCode;
    detail;
    constructor(argv, exitCode, 
    /** Proxmox's message (stderr), or the transport's error. */
    detail) {
        super(`${shortArgv(argv)}: ${exitCode === undefined ? '' : `exit ${exitCode}: `}${lastLines(detail)}`);
        this.argv = argv;
        this.exitCode = exitCode;
        this.detail = detail;
        this.name = 'HostCommandFailed';
    }
}
/** The first words of an argv, for messages (values such as descriptions are cut). */
function shortArgv(argv) {
    const words = argv.slice(0, 6).map((a) => (a.length > 40 ? `${a.slice(0, 37)}...` : a));
    const text = words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : JSON.stringify(w))).join(' ');
    return `'${text}${argv.length > 6 ? ' ...' : ''}'`;
}
function lastLines(text, n = 6) {
    const lines = text.trim().split('\n').filter(Boolean);
    return (lines.length > n ? ['...', ...lines.slice(-n)] : lines).join('\n') || '(no message)';
}
/** Whether a failure is worth retrying: Proxmox's transient messages or a drop before the command ran. */
function isTransientFailure(err) {
    if (err?.when === 'before')
        return true;
    if (err instanceof HostCommandFailed)
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientError */ .bV)(err.detail);
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientError */ .bV)((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(err));
}
async function runCommand(ctx, cmd, o = {}) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(async () => {
        let r;
        try {
            r = await (0,_proxmox_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .runHostCommand */ .$t)(ctx.transport, cmd, o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs });
        }
        catch (err) {
            const e = new HostCommandFailed(cmd.argv, undefined, (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(err));
            e.when = err?.when;
            throw e;
        }
        if (r.exitCode !== 0 && !(o.okWhen && o.okWhen.test(r.stderr))) {
            throw new HostCommandFailed(cmd.argv, r.exitCode, r.stderr || r.stdout);
        }
        return r;
    }, (err) => o.retryAll === true || isTransientFailure(err), o.retry ?? ctx.retry, (err, attempt, delay) => ctx.onRetry?.(cmd.argv, err, attempt, delay));
}


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY */
/**
 * Retry with exponential backoff for transient Proxmox errors: a config lock that timed out,
 * a guest locked by another task, a connection dropped before the command started.
 */
const TRANSIENT_PATTERNS = [
    /can't lock file '[^']*' - got timeout/i,
    /\b(?:CT|VM) is locked\b/i,
    /\bconnection (?:lost|dropped|reset) before the command started\b/i,
    /\btrying to acquire lock\b.*\btimeout\b/i,
];
function isTransientError(message) {
    return TRANSIENT_PATTERNS.some((p) => p.test(message));
}
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Runs `fn` until it succeeds, its error is not transient, or attempts run out. */
async function withRetry(fn, isTransient, policy = DEFAULT_RETRY, onRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= policy.attempts || !isTransient(err))
                throw err;
            const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
            onRetry?.(err, attempt, delay);
            await sleep(delay);
        }
    }
}


/***/ }),

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

/***/ 240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ runHostCommand),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   withAudit: () => (/* binding */ withAudit)
/* harmony export */ });
/* unused harmony exports MASK, maskSecrets, withSecrets */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * `--audit-log FILE`: a HostTransport decorator that appends one JSON line per host command, in the
 * order the commands finish: `{"argv": [...], "exit": N, "ms": N}` (DESIGN.md). argv is what the
 * host ran, before shell quoting, with every secret value replaced by `***`. A command that did
 * not finish (timeout, lost connection) is logged with `"exit": -1` and an `"error"` text.
 * Stdin (file contents) is never logged.
 */



const MASK = '***';
/**
 * The secret values of a run (passwords, tokens). Values can be added at any time; `onAdd`
 * lets the caller forward them, e.g. to `core.setSecret` in GitHub Actions.
 */
class SecretMasker {
    onAdd;
    values = new Set();
    sorted = [];
    constructor(initial = [], onAdd) {
        this.onAdd = onAdd;
        this.add(...initial);
    }
    add(...values) {
        let changed = false;
        for (const v of values) {
            if (v === undefined || v === '' || this.values.has(v))
                continue;
            this.values.add(v);
            this.onAdd?.(v);
            changed = true;
        }
        // Longest first, so a secret that contains another is masked whole.
        if (changed)
            this.sorted = [...this.values].sort((a, b) => b.length - a.length);
    }
    get size() {
        return this.values.size;
    }
    mask(text) {
        let out = text;
        for (const s of this.sorted)
            if (out.includes(s))
                out = out.split(s).join(MASK);
        return out;
    }
    maskArgv(argv) {
        return argv.map((a) => this.mask(a));
    }
}
/** Masks `secrets` in `text` (a one-off form of `SecretMasker`). */
function maskSecrets(text, secrets) {
    return new SecretMasker(secrets).mask(text);
}
function isSecretAware(t) {
    return t.secrets instanceof SecretMasker;
}
/** Serialised appends, so that concurrent commands never interleave their lines. */
function lineWriter(file) {
    let failure;
    let chain = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true }).then(() => undefined, (e) => {
        failure ??= e;
    });
    return {
        write(line) {
            chain = chain
                .then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, line + '\n', 'utf8'))
                .catch((e) => {
                failure ??= e;
            });
            return chain;
        },
        async flush() {
            await chain;
            if (failure)
                throw new Error(`cannot write audit log ${file}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(failure)}`);
        },
    };
}
/**
 * Wraps `transport` so each command is appended to `file`. `secrets` is shared with the caller:
 * values added later (e.g. a token created during the run) are masked from then on.
 */
function withAudit(transport, file, secrets = []) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    const writer = lineWriter(file);
    const record = async (entry) => {
        await writer.write(JSON.stringify(entry));
    };
    return {
        description: transport.description,
        secrets: masker,
        async run(argv, options) {
            const started = performance.now();
            const ms = () => Math.round(performance.now() - started);
            try {
                const result = await transport.run(argv, options);
                await record({ argv: masker.maskArgv(argv), exit: result.exitCode, ms: ms() });
                return result;
            }
            catch (err) {
                await record({
                    argv: masker.maskArgv(argv),
                    exit: -1,
                    ms: ms(),
                    error: masker.mask((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)),
                });
                throw err;
            }
        },
        async close() {
            try {
                await transport.close();
            }
            finally {
                await writer.flush();
            }
        },
    };
}
/**
 * Wraps `transport` so that results (stdout/stderr) and errors carry no secret values, for
 * transports whose output is printed or logged elsewhere.
 */
function withSecrets(transport, secrets) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    return {
        description: transport.description,
        secrets: masker,
        async run(argv, options) {
            try {
                const r = await transport.run(argv, options);
                return { exitCode: r.exitCode, stdout: masker.mask(r.stdout), stderr: masker.mask(r.stderr) };
            }
            catch (err) {
                if (err instanceof Error)
                    err.message = masker.mask(err.message);
                throw err;
            }
        },
        close: () => transport.close(),
    };
}
/**
 * Runs a built HostCommand: passes its stdin and read-only flag, and registers its secrets with
 * the transport (when it keeps a SecretMasker) before the command is logged.
 */
function runHostCommand(transport, command, options = {}) {
    if (command.secrets && command.secrets.length > 0) {
        if (isSecretAware(transport))
            transport.secrets.add(...command.secrets);
    }
    return transport.run(command.argv, {
        ...options,
        readOnly: command.readOnly,
        ...(command.stdin !== undefined ? { stdin: command.stdin } : {}),
    });
}


/***/ })

};
