export const id = 740;
export const ids = [740,240];
export const modules = {

/***/ 2596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ isTransientFailure),
/* harmony export */   hQ: () => (/* binding */ HostCommandFailed),
/* harmony export */   yE: () => (/* binding */ commandError)
/* harmony export */ });
/* unused harmony exports isTransientError, shortArgv */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);

/** Proxmox's messages for conditions that pass by themselves. */
const TRANSIENT_PATTERNS = [
    /can't lock file '[^']*' - got timeout/i,
    /\b(?:CT|VM) is locked\b/i,
    /\bconnection (?:lost|dropped|reset) before the command started\b/i,
    /\btrying to acquire lock\b.*\btimeout\b/i,
];
/** The storage or guest cannot do what was asked (e.g. a snapshot on a storage without them). */
const UNSUPPORTED = /feature is not available|not supported/i;
function isTransientError(message) {
    return TRANSIENT_PATTERNS.some((p) => p.test(message));
}
function isResult(o) {
    return typeof o.exitCode === 'number';
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
/**
 * A host command that failed. With `what` (the setup steps name what they were doing) the message
 * reads `WHAT failed (exit N): last lines / of output`; without it (apply) it names the command:
 * `'pct set 901 ...': exit N: Proxmox's message`.
 */
class HostCommandFailed extends Error {
    argv;
    /** Undefined when the command did not finish. */
    exitCode;
    /** Proxmox's message (stderr, else stdout), or the transport's error. */
    detail;
    /** The command's output, when it finished. */
    result;
    /** For a command that did not finish: whether it ran. */
    when;
    /** Worth another attempt (see TRANSIENT_PATTERNS). */
    transient;
    kind;
    constructor(argv, outcome, what) {
        const result = isResult(outcome) ? outcome : undefined;
        const detail = result ? result.stderr || result.stdout : outcome.error;
        super(result ? resultMessage(argv, result, what) : errorMessage(argv, detail, what));
        this.argv = argv;
        this.name = 'HostCommandFailed';
        this.exitCode = result?.exitCode;
        this.detail = detail;
        if (result)
            this.result = result;
        else if (outcome.when)
            this.when = outcome.when;
        this.transient = this.when === 'before' || isTransientError(detail);
        this.kind = UNSUPPORTED.test(detail) ? 'unsupported' : result ? 'failed' : 'not-finished';
    }
}
function resultMessage(argv, r, what) {
    if (what === undefined)
        return `${shortArgv(argv)}: exit ${r.exitCode}: ${lastLines(r.stderr || r.stdout)}`;
    const detail = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-3).join(' / ');
    return `${what} failed (exit ${r.exitCode})${detail ? `: ${detail}` : ''}`;
}
function errorMessage(argv, detail, what) {
    return what === undefined ? `${shortArgv(argv)}: ${lastLines(detail)}` : `${what} failed: ${detail}`;
}
/** A transport error as a CommandError (keeping whether the command ran, when the transport says). */
function commandError(err) {
    const when = err?.when;
    return {
        error: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(err),
        ...(when === 'before' || when === 'after' ? { when } : {}),
    };
}
/** Whether a failure is worth retrying: a transient HostCommandFailed, or an error that reads as one. */
function isTransientFailure(err) {
    if (err instanceof HostCommandFailed)
        return err.transient;
    if (err?.when === 'before')
        return true;
    return isTransientError((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(err));
}


/***/ }),

/***/ 1740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ ShellLockQueue),
/* harmony export */   kn: () => (/* binding */ HostLock),
/* harmony export */   sG: () => (/* binding */ describeHolder),
/* harmony export */   zG: () => (/* binding */ secs)
/* harmony export */ });
/* unused harmony exports APPLY_LOCK_FILE, APPLY_QUEUE_FILE, parseQueue, liveClaims */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6694);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8934);
/**
 * The host-wide apply lock, so two applies never interleave on one Proxmox host.
 *
 * A transport runs one command at a time to completion, so no command can hold `flock` for the
 * length of a run. Instead the lock is a ticket queue: every apply appends a `claim` line to the
 * queue, then reads it; the earliest claim that is neither released nor expired owns the host.
 * The owner renews its claim while it works and appends `release` when done; a waiter polls and
 * gives up after its timeout, withdrawing its claim. A crashed owner blocks others only until its
 * claim expires (`ttlMs`). `HostLock` speaks this protocol over any `LockQueue`; the shell queue
 * here is `/run/lock/phoenix-apply.queue`, appended with
 * `flock -w 10 /run/lock/phoenix-apply.lock tee -a` (the flock makes each append atomic, so every
 * reader sees the same order) and read with `cat`. `/run/lock` is a tmpfs, so the queue starts
 * empty after a reboot. Only `flock`, `tee` and `cat` are used, which the simulator models like
 * the host.
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
/** The shell queue: `/run/lock/phoenix-apply.queue` under `flock`, one JSON line per entry. */
class ShellLockQueue {
    where = APPLY_QUEUE_FILE;
    runner;
    constructor(transport) {
        this.runner = new _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .HostRunner */ .b(transport);
    }
    async mustRun(cmd, what) {
        const r = await this.runner.once(cmd);
        if (r.exitCode !== 0)
            throw new Error(`${what} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        return r.stdout;
    }
    async append(entry) {
        await this.mustRun((0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .withLock */ .kK)(APPLY_LOCK_FILE, APPEND_WAIT_SEC, (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .appendFile */ .dl)(APPLY_QUEUE_FILE, JSON.stringify(entry) + '\n')), 'appending to the apply lock queue');
    }
    async read() {
        const r = await this.runner.once((0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .readFile */ .TA)(APPLY_QUEUE_FILE));
        if (r.exitCode !== 0) {
            if (/No such file/i.test(r.stderr))
                return [];
            throw new Error(`reading the apply lock queue failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        }
        return parseQueue(r.stdout);
    }
    async rewrite(entries) {
        const text = entries.map((e) => JSON.stringify(e) + '\n').join('');
        await this.mustRun((0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .withLock */ .kK)(APPLY_LOCK_FILE, APPEND_WAIT_SEC, (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFile */ ._h)(APPLY_QUEUE_FILE, text)), 'compacting the apply lock queue');
    }
}
function isTransport(x) {
    return !('append' in x) && typeof x.run === 'function';
}
class HostLock {
    queue;
    id;
    ttlMs;
    now;
    onWarning;
    renewTimer;
    released = false;
    constructor(queue, id, ttlMs, now, onWarning) {
        this.queue = queue;
        this.id = id;
        this.ttlMs = ttlMs;
        this.now = now;
        this.onWarning = onWarning;
    }
    /** Waits (up to `timeoutMs`) until this apply owns the host; a transport means its shell queue. */
    static async acquire(on, options) {
        const queue = isTransport(on) ? new ShellLockQueue(on) : on;
        const now = options.now ?? Date.now;
        const ttlMs = options.ttlMs ?? 15 * 60_000;
        const pollMs = options.pollMs ?? 1000;
        const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
        const who = `${safeUser()}@${(0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)()} pid ${process.pid}`;
        const lock = new HostLock(queue, id, ttlMs, now, options.onWarning ?? (() => undefined));
        const claim = () => queue.append({
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
            const claims = liveClaims(await queue.read(), now());
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
                await queue.append({ op: 'release', id, at: now() }).catch(() => undefined);
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`timed out after ${secs(options.timeoutMs)} waiting for the host-wide apply lock ` +
                    `(${queue.where}): held by ${describeHolder(holder)}. If that run died, its claim expires at ` +
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
        await this.queue.append({ op: 'release', id: this.id, at: this.now() });
        try {
            await this.compact();
        }
        catch (err) {
            this.onWarning(`could not compact ${this.queue.where}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(err)}`);
        }
    }
    startRenewing() {
        this.renewTimer = setInterval(() => {
            this.queue
                .append({ op: 'renew', id: this.id, at: this.now() })
                .catch((err) => this.onWarning(`could not renew the host lock: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(err)}`));
        }, Math.max(1000, Math.floor(this.ttlMs / 3)));
        this.renewTimer.unref();
    }
    /** Rewrites a long queue with only the live claims; a waiter whose claim is lost re-queues. */
    async compact() {
        const entries = await this.queue.read();
        if (entries.length < COMPACT_LINES)
            return;
        const live = liveClaims(entries, this.now());
        await this.queue.rewrite(live.map((c) => ({
            op: 'claim',
            id: c.id,
            at: c.expires - c.ttl,
            ttl: c.ttl,
            who: c.who,
            note: c.note,
        })));
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

/***/ 4220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ NO_RETRY),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 };
/** One attempt, no retry (the setup steps and the lock queue). */
const NO_RETRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
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

/***/ 8934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ HostRunner)
/* harmony export */ });
/* unused harmony export DryRunViolation */
/* harmony import */ var _proxmox_audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(240);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2596);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4220);
/**
 * The one host runner, used by apply (through the shell host port) and by the setup steps (through
 * SetupHost): runs built HostCommands on a transport with the dry-run guard, per-command timeouts,
 * a record of every command, retry with backoff while a failure is transient, and one error class
 * (`HostCommandFailed`). The audit log is a decorator of the transport (`withAudit`), so it sees
 * every attempt exactly as the host ran it; the runner registers each command's secrets with it.
 */



/** A mutating command during a dry run: a bug, never allowed through. */
class DryRunViolation extends Error {
    constructor(argv) {
        super(`refused to run a mutating command in a dry run: ${argv.slice(0, 4).join(' ')}`);
        this.name = 'DryRunViolation';
    }
}
class HostRunner {
    transport;
    options;
    constructor(transport, options = {}) {
        this.transport = transport;
        this.options = options;
    }
    get description() {
        return this.transport.description;
    }
    /** The same transport with other settings (e.g. the retry policy of one guest's run). */
    with(options) {
        return new HostRunner(this.transport, { ...this.options, ...options });
    }
    /** One attempt: non-zero exits are returned; a transport error is thrown as it came. */
    async once(cmd, o = {}) {
        if (this.options.dryRun && !cmd.readOnly)
            throw new DryRunViolation(cmd.argv);
        const result = await (0,_proxmox_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .runHostCommand */ .$t)(this.transport, cmd, o.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs });
        this.options.onCommand?.({ argv: cmd.argv, readOnly: cmd.readOnly, exitCode: result.exitCode });
        return result;
    }
    /**
     * One attempt that must exit 0; returns stdout. The failure names `what` (default: the
     * command's first three words): `WHAT failed (exit N): ...`.
     */
    async ok(cmd, what) {
        const r = await this.once(cmd);
        if (r.exitCode !== 0)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .HostCommandFailed */ .hQ(cmd.argv, r, what ?? cmd.argv.slice(0, 3).join(' '));
        return r.stdout;
    }
    /**
     * Runs until the command succeeds (exit 0 or `okWhen`), fails for good, or attempts run out;
     * every failure, a transport's too, is a HostCommandFailed naming the command.
     */
    run(cmd, o = {}) {
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(async () => {
            let r;
            try {
                r = await this.once(cmd, o);
            }
            catch (err) {
                if (err instanceof DryRunViolation)
                    throw err;
                throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .HostCommandFailed */ .hQ(cmd.argv, (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .commandError */ .yE)(err));
            }
            if (r.exitCode !== 0 && !(o.okWhen && o.okWhen.test(r.stderr)))
                throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .HostCommandFailed */ .hQ(cmd.argv, r);
            return r;
        }, (err) => !(err instanceof DryRunViolation) && (o.retryAll === true || (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransientFailure */ .Ri)(err)), o.retry ?? this.options.retry ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_RETRY */ .PE, (err, attempt, delay) => this.options.onRetry?.(err, attempt, delay));
    }
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
