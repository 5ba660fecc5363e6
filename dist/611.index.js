export const id = 611;
export const ids = [611];
export const modules = {

/***/ 62596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ isTransientFailure),
/* harmony export */   hQ: () => (/* binding */ HostCommandFailed),
/* harmony export */   yE: () => (/* binding */ commandError)
/* harmony export */ });
/* unused harmony exports isTransientError, shortArgv */
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38019);
/* harmony import */ var _proxmox_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5240);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The one error of a host command that failed (`HostCommandFailed`, for apply and setup alike),
 * and the one place that classifies failures: transient (worth retrying: a config lock that timed
 * out, a locked guest, a connection dropped before the command ran) or not, and what kind of
 * failure it was. Callers read the typed fields, never Proxmox's message text.
 */



/** Proxmox's messages for conditions that pass by themselves. */
const TRANSIENT_PATTERNS = [
    /can't lock file '[^']*' - got timeout/i,
    /\b(?:CT|VM) is locked\b/i,
    /\bconnection (?:lost|dropped|reset) before the command started\b/i,
    /\btrying to acquire lock\b.*\btimeout\b/i,
];
/**
 * The node hop could not reach the other node, so the command there never started: ssh's exit
 * 255 with its own one-line message as the whole output (a remote command's output never
 * counts).
 */
const HOP_UNREACHABLE = /^ssh: connect to host \S+ port \d+: (?:Connection refused|Connection timed out|No route to host)$/;
function hopUnreachable(argv, r) {
    return argv[0] === 'ssh' && r?.exitCode === 255 && HOP_UNREACHABLE.test(r.stderr.trim());
}
/** The storage or guest cannot do what was asked (e.g. a snapshot on a storage without them). */
const UNSUPPORTED = /feature is not available|not supported/i;
function isTransientError(message) {
    return TRANSIENT_PATTERNS.some((p) => p.test(message));
}
function isResult(o) {
    return typeof o.exitCode === 'number';
}
/**
 * The first words of an argv, for messages (values such as descriptions are cut, secrets masked);
 * a command for another node (the hop) as the command it carries and that node.
 */
function shortArgv(argv) {
    const hop = (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .hopInner */ .GS)(argv);
    if (hop)
        return `${shortArgv(hop.argv)} on node ${hop.node}`;
    const words = (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskArgvSecrets */ .AR)(argv.slice(0, 6)).map((a) => (a.length > 40 ? `${a.slice(0, 37)}...` : a));
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
        this.transient = this.when === 'before' || isTransientError(detail) || hopUnreachable(argv, result);
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
        error: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err),
        ...(when === 'before' || when === 'after' ? { when } : {}),
    };
}
/** Whether a failure is worth retrying: a transient HostCommandFailed, or an error that reads as one. */
function isTransientFailure(err) {
    if (err instanceof HostCommandFailed)
        return err.transient;
    if (err?.when === 'before')
        return true;
    return isTransientError((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err));
}


/***/ }),

/***/ 25611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kn: () => (/* binding */ HostLock),
  VA: () => (/* reexport */ ShellLockQueue),
  Uy: () => (/* reexport */ claimLiveness),
  sG: () => (/* binding */ describeHolder),
  iJ: () => (/* binding */ leaseEnd),
  AK: () => (/* reexport */ liveClaims),
  zG: () => (/* binding */ secs)
});

// UNUSED EXPORTS: APPLY_LOCK_FILE, APPLY_QUEUE_FILE, defaultLeaseMs, parseQueue

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/host/lock-holder.ts
var lock_holder = __webpack_require__(73266);
// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
// EXTERNAL MODULE: ./src/host/runner.ts
var runner = __webpack_require__(58934);
;// CONCATENATED MODULE: ./src/host/lock-queue.ts
/**
 * The host-wide apply lock's queue: its entries (one JSON line each: claim, renew, release), who
 * owns the host by them (`liveClaims`: the earliest claim neither released nor past its lease),
 * the `LockQueue` interface, and the shell queue on the host (`/run/lock/phoenix-apply.queue`,
 * appended with `flock -w 10 /run/lock/phoenix-apply.lock tee -a` and read with `cat`), which can
 * also tell whether a holder that ran on the Proxmox host itself still runs. See host-lock.ts.
 */



const APPLY_LOCK_FILE = '/run/lock/phoenix-apply.lock';
const APPLY_QUEUE_FILE = '/run/lock/phoenix-apply.queue';
/** Seconds one append waits for the flock (the appends themselves take milliseconds). */
const APPEND_WAIT_SEC = 10;
/** The identity a claim recorded (undefined for claims written before it was recorded). */
function holderOf(e) {
    if (typeof e.host !== 'string' || typeof e.pid !== 'number')
        return undefined;
    return {
        host: e.host,
        pid: e.pid,
        ...(typeof e.boot === 'string' ? { boot: e.boot } : {}),
        ...(typeof e.start === 'string' ? { start: e.start } : {}),
    };
}
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
                holder: holderOf(e),
                run: typeof e.run === 'string' ? e.run : undefined,
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
            out.push({
                id,
                who: c.who,
                note: c.note,
                since: c.since,
                expires,
                ttl: c.ttl,
                ...(c.holder ? { holder: c.holder } : {}),
                ...(c.run ? { run: c.run } : {}),
            });
    }
    return out;
}
/** Whether a claim's holder still runs: on this machine, else on the queue's host. */
async function claimLiveness(queue, c) {
    if (!c.holder)
        return 'unknown';
    const here = (0,lock_holder/* localLiveness */.VE)(c.holder);
    if (here !== 'unknown' || !queue.liveness)
        return here;
    try {
        return await queue.liveness(c.holder);
    }
    catch {
        return 'unknown';
    }
}
/** The shell queue: `/run/lock/phoenix-apply.queue` under `flock`, one JSON line per entry. */
class ShellLockQueue {
    where = APPLY_QUEUE_FILE;
    runner;
    constructor(transport) {
        this.runner = new runner/* HostRunner */.bv(transport);
    }
    async mustRun(cmd, what) {
        const r = await this.runner.once(cmd);
        if (r.exitCode !== 0)
            throw new Error(`${what} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        return r.stdout;
    }
    async append(entry) {
        await this.mustRun((0,commands/* withLock */.kK)(APPLY_LOCK_FILE, APPEND_WAIT_SEC, (0,commands/* appendFile */.dl)(APPLY_QUEUE_FILE, JSON.stringify(entry) + '\n')), 'appending to the apply lock queue');
    }
    async read() {
        const r = await this.runner.once((0,commands/* readFile */.TA)(APPLY_QUEUE_FILE));
        if (r.exitCode !== 0) {
            if (/No such file/i.test(r.stderr))
                return [];
            throw new Error(`reading the apply lock queue failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        }
        return parseQueue(r.stdout);
    }
    async rewrite(entries) {
        const text = entries.map((e) => JSON.stringify(e) + '\n').join('');
        await this.mustRun((0,commands/* withLock */.kK)(APPLY_LOCK_FILE, APPEND_WAIT_SEC, (0,commands/* writeFile */._h)(APPLY_QUEUE_FILE, text)), 'compacting the apply lock queue');
    }
    host;
    /** A holder that ran on the Proxmox host itself (a self-hosted runner there): its /proc, read with `cat`. */
    async liveness(holder) {
        const text = async (path) => {
            const r = await this.runner.once((0,commands/* readFile */.TA)(path));
            return r.exitCode === 0 ? r.stdout : undefined;
        };
        this.host ??= {
            host: (await text('/proc/sys/kernel/hostname'))?.trim() ?? '',
            boot: (await text('/proc/sys/kernel/random/boot_id'))?.trim(),
        };
        if (holder.host !== this.host.host || !holder.boot || holder.boot !== this.host.boot)
            return 'unknown';
        const stat = await this.runner.once((0,commands/* readFile */.TA)(`/proc/${holder.pid}/stat`));
        if (stat.exitCode !== 0 && !/No such file/i.test(stat.stderr))
            return 'unknown';
        return (0,lock_holder/* livenessOn */.Z0)(holder, this.host, () => (stat.exitCode === 0 ? stat.stdout : undefined));
    }
}

;// CONCATENATED MODULE: ./src/host/host-lock.ts
/**
 * The host-wide apply lock, so two applies never interleave on one Proxmox host.
 *
 * A transport runs one command at a time to completion, so no command can hold `flock` for the
 * length of a run. Instead the lock is a ticket queue: every apply appends a `claim` line to the
 * queue, then reads it; the earliest claim that is neither released nor expired owns the host.
 * The owner renews its claim while it works and appends `release` when done; a waiter polls and
 * gives up after its timeout, withdrawing its claim.
 *
 * Faults: a claim records its holder (machine, boot, pid, process start time: `lock-holder.ts`)
 * and the run (claim id, GitHub run URL). A claim whose holder is gone (checked on the machine it
 * ran on: this one, or the Proxmox host through the queue) is released by the next waiter at
 * once. Any other crashed holder blocks others only until its lease (`ttlMs`, default 120 s,
 * at most half the wait timeout, at least 30 s) runs out; the holder renews it every third of that.
 * Every failure path withdraws the claim: an error while waiting (a failed read right after the
 * claim included), `release()` in the callers' `finally`, and SIGINT/SIGTERM (the claims of this
 * process are released before the signal takes its course). `phoenix unlock` shows the holder
 * and releases a dead claim (a live one only when forced). `HostLock` speaks this protocol over
 * any `LockQueue`; the shell queue
 * here is `/run/lock/phoenix-apply.queue`, appended with
 * `flock -w 10 /run/lock/phoenix-apply.lock tee -a` (the flock makes each append atomic, so every
 * reader sees the same order) and read with `cat`. `/run/lock` is a tmpfs, so the queue starts
 * empty after a reboot. Only `flock`, `tee` and `cat` are used, which the simulator models like
 * the host.
 */






/** Compact the queue file on release once it has this many lines. */
const COMPACT_LINES = 200;
/**
 * The default lease for a wait timeout: 120 s, but at most half of the timeout, so a crashed
 * holder's claim ends before a waiter gives up; at least 30 s, so a holder whose renewals queue
 * behind its own busy commands (renewed every third of the lease) does not lose the host.
 */
function defaultLeaseMs(timeoutMs) {
    return Math.max(30_000, Math.min(120_000, Math.floor(timeoutMs / 2)));
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
    return (`run ${h.id} by ${h.who}${h.note ? ` (${h.note})` : ''}, holding it since ${time(h.since)}` +
        (h.run ? ` (${h.run})` : ''));
}
/** When the claim's lease ends, for messages. */
function leaseEnd(h) {
    return time(h.expires);
}
/** Locks this process holds or waits for, per signal source: released on SIGINT/SIGTERM. */
const held = new Map();
const SIGNALS = ['SIGINT', 'SIGTERM'];
/** How long a signalled process waits for its releases before the signal takes its course. */
const SIGNAL_RELEASE_MS = 5000;
function raiseAgain(signal) {
    process.kill(process.pid, signal);
}
function watchSignals(lock, source, after) {
    let entry = held.get(source);
    if (!entry) {
        const locks = new Set();
        const listener = (signal) => {
            // Stop listening first: the signal raised again must take its default course.
            for (const s of SIGNALS)
                source.off(s, listener);
            held.delete(source);
            const releases = [...locks].map((l) => l.release().catch(() => undefined));
            let timer;
            const bound = new Promise((r) => (timer = setTimeout(r, SIGNAL_RELEASE_MS)));
            void Promise.race([Promise.all(releases), bound]).then(() => {
                clearTimeout(timer);
                after(signal);
            });
        };
        entry = { locks, listener };
        held.set(source, entry);
        for (const s of SIGNALS)
            source.on(s, listener);
    }
    entry.locks.add(lock);
}
function unwatchSignals(lock, source) {
    const entry = held.get(source);
    if (!entry)
        return;
    entry.locks.delete(lock);
    if (entry.locks.size === 0) {
        for (const s of SIGNALS)
            source.off(s, entry.listener);
        held.delete(source);
    }
}
function isTransport(x) {
    return !('append' in x) && typeof x.run === 'function';
}
/** A verdict on a claim's holder is re-checked after this long. */
const LIVENESS_CACHE_MS = 10_000;
class HostLock {
    queue;
    id;
    ttlMs;
    now;
    onWarning;
    signals;
    renewTimer;
    released = false;
    constructor(queue, id, ttlMs, now, onWarning, signals) {
        this.queue = queue;
        this.id = id;
        this.ttlMs = ttlMs;
        this.now = now;
        this.onWarning = onWarning;
        this.signals = signals;
    }
    /** Waits (up to `timeoutMs`) until this apply owns the host; a transport means its shell queue. */
    static async acquire(on, options) {
        const queue = isTransport(on) ? new ShellLockQueue(on) : on;
        const now = options.now ?? Date.now;
        const ttlMs = options.ttlMs ?? defaultLeaseMs(options.timeoutMs);
        const pollMs = options.pollMs ?? 1000;
        const id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
        const self = (0,lock_holder/* selfIdentity */.R4)();
        const who = `${safeUser()}@${self.host} pid ${self.pid}`;
        const run = (0,lock_holder/* githubRunUrl */.Gk)(options.env ?? process.env);
        const warn = options.onWarning ?? (() => undefined);
        const signals = options.signals ?? process;
        const lock = new HostLock(queue, id, ttlMs, now, warn, signals);
        const claim = () => queue.append({
            op: 'claim',
            id,
            at: now(),
            ttl: ttlMs,
            who,
            ...(options.note ? { note: options.note } : {}),
            ...self,
            ...(run ? { run } : {}),
        });
        // From here on every way out withdraws the claim: an error, a timeout, a signal.
        watchSignals(lock, signals, options.onSignalled ?? raiseAgain);
        try {
            await claim();
            const started = now();
            let waitingFor;
            const verdicts = new Map();
            for (;;) {
                const claims = liveClaims(await queue.read(), now());
                // Released while waiting (a signal): stop, and do not queue again.
                if (lock.released)
                    throw new errors/* UserError */.y('stopped while waiting for the host-wide apply lock', 1);
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
                // A claim ahead of ours whose holder is gone is released at once, for every waiter.
                let tookOver = false;
                for (const c of claims.slice(0, mine)) {
                    const cached = verdicts.get(c.id);
                    if (cached && now() - cached.at < LIVENESS_CACHE_MS)
                        continue;
                    const liveness = await claimLiveness(queue, c);
                    verdicts.set(c.id, { liveness, at: now() });
                    if (liveness !== 'dead')
                        continue;
                    await queue.append({
                        op: 'release',
                        id: c.id,
                        at: now(),
                        reason: `holder gone; released by run ${id}`,
                    });
                    warn(`took over the host-wide apply lock from ${describeHolder(c)}: that process no longer runs`);
                    tookOver = true;
                }
                if (tookOver)
                    continue;
                const holder = claims[0];
                if (holder.id !== waitingFor) {
                    waitingFor = holder.id;
                    options.onWait?.(holder, mine);
                }
                if (now() - started >= options.timeoutMs) {
                    throw new errors/* UserError */.y(`timed out after ${secs(options.timeoutMs)} waiting for the host-wide apply lock ` +
                        `(${queue.where}): held by ${describeHolder(holder)}. If that run died, its claim expires at ` +
                        `${time(holder.expires)}; otherwise try again when it has finished ` +
                        `(\`phoenix unlock --target URL\` shows the holder).`, 1);
                }
                await sleep(Math.min(pollMs, Math.max(1, options.timeoutMs - (now() - started))));
            }
        }
        catch (err) {
            const already = lock.released;
            lock.released = true;
            unwatchSignals(lock, signals);
            if (!already)
                await queue.append({ op: 'release', id, at: now() }).catch(() => undefined);
            throw err;
        }
    }
    async release() {
        if (this.released)
            return;
        this.released = true;
        if (this.renewTimer)
            clearInterval(this.renewTimer);
        unwatchSignals(this, this.signals);
        await this.queue.append({ op: 'release', id: this.id, at: this.now() });
        try {
            await this.compact();
        }
        catch (err) {
            this.onWarning(`could not compact ${this.queue.where}: ${(0,errors/* getErrorMessage */.u)(err)}`);
        }
    }
    startRenewing() {
        this.renewTimer = setInterval(() => {
            this.queue
                .append({ op: 'renew', id: this.id, at: this.now() })
                .catch((err) => this.onWarning(`could not renew the host lock: ${(0,errors/* getErrorMessage */.u)(err)}`));
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
            ...(c.holder ?? {}),
            ...(c.run ? { run: c.run } : {}),
        })));
    }
}
function safeUser() {
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return 'unknown';
    }
}


/***/ }),

/***/ 73266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ githubRunUrl),
/* harmony export */   R4: () => (/* binding */ selfIdentity),
/* harmony export */   VE: () => (/* binding */ localLiveness),
/* harmony export */   Z0: () => (/* binding */ livenessOn)
/* harmony export */ });
/* unused harmony export parseStatStart */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Who holds a claim of the host-wide apply lock, and whether that process still exists: a claim
 * records the holder's machine (`host`), its kernel boot (`boot`, /proc/sys/kernel/random/boot_id),
 * `pid` and the process's start time (`start`, field 22 of /proc/PID/stat: clock ticks since
 * boot), so a pid reused by another process after the holder died is told apart. A process is
 * `dead` only when it is checked on the machine it ran on, in the same boot: the pid is gone or
 * belongs to a later process. Anything else is `unknown` (another machine), and the claim then
 * ends when its lease runs out.
 */


/** The start time (field 22) of a /proc/PID/stat text; the command name may hold spaces and `)`. */
function parseStatStart(stat) {
    const close = stat.lastIndexOf(')');
    if (close < 0)
        return undefined;
    // Fields after the name start with field 3 (state); the start time is field 22.
    const fields = stat
        .slice(close + 1)
        .trim()
        .split(/\s+/);
    const start = fields[22 - 3];
    return start && /^\d+$/.test(start) ? start : undefined;
}
function readOrUndefined(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** This process as a lock holder (boot and start are left out where /proc does not exist). */
function selfIdentity(read = readOrUndefined) {
    const boot = read('/proc/sys/kernel/random/boot_id')?.trim();
    const stat = read(`/proc/${process.pid}/stat`);
    const start = stat === undefined ? undefined : parseStatStart(stat);
    return {
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        pid: process.pid,
        ...(boot ? { boot } : {}),
        ...(start ? { start } : {}),
    };
}
/**
 * Whether `holder` still runs, judged on a machine whose identity is `here` (same host name and
 * boot), reading its /proc with `readStat` (undefined: no such process).
 */
function livenessOn(holder, here, readStat) {
    if (holder.host !== here.host || !holder.boot || holder.boot !== here.boot || !holder.start)
        return 'unknown';
    if (!Number.isInteger(holder.pid) || holder.pid < 1)
        return 'unknown';
    const stat = readStat(holder.pid);
    if (stat === undefined)
        return 'dead';
    return parseStatStart(stat) === holder.start ? 'alive' : 'dead';
}
/** `livenessOn` this machine. */
function localLiveness(holder) {
    return livenessOn(holder, selfIdentity(), (pid) => readOrUndefined(`/proc/${pid}/stat`));
}
/** The GitHub Actions run this process belongs to (`.../actions/runs/ID[/attempts/N]`), when known. */
function githubRunUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    if (!server || !repo || !run || !/^\d+$/.test(run))
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? env.GITHUB_RUN_ATTEMPT : '';
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`;
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

/***/ 58934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ timeoutsFromEnv),
/* harmony export */   bv: () => (/* binding */ HostRunner)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUTS, TIMEOUT_ENV, commandKind, CommandTimedOut, DryRunViolation */
/* harmony import */ var _proxmox_audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30240);
/* harmony import */ var _proxmox_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5240);
/* harmony import */ var _proxmox_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50098);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62596);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4220);
/**
 * The one host runner, used by apply (through the shell host port) and by the setup steps (through
 * SetupHost): runs built HostCommands on a transport with the dry-run guard, a bounded time for
 * every command, a record of every command, retry with backoff while a failure is transient, and
 * one error class (`HostCommandFailed`). The audit log is a decorator of the transport
 * (`withAudit`), so it sees every attempt exactly as the host ran it; the runner registers each
 * command's secrets with it.
 *
 * Bounded time: each command gets the timeout of its kind (`CommandTimeouts`: read-only query,
 * change, long command, in-guest script; PHOENIX_TIMEOUT_* in seconds) unless the call names one.
 * On a host that runs real programs (local, SSH) the command is sent under coreutils `timeout`
 * (`withTimeout`), so the host stops it and everything it started even when nobody waits for it
 * any more; the transport's own timer, a little later, covers a host that stopped answering. A
 * command over its bound fails with `CommandTimedOut` ("... did not finish within 600 s; it was
 * stopped"), retried only when it is read-only.
 */






const DEFAULT_TIMEOUTS = { query: 120, change: 600, long: 3600, script: 3600 };
/** The environment variable that sets each kind's timeout (seconds). */
const TIMEOUT_ENV = {
    query: 'PHOENIX_TIMEOUT_QUERY',
    change: 'PHOENIX_TIMEOUT_CHANGE',
    long: 'PHOENIX_TIMEOUT_LONG',
    script: 'PHOENIX_TIMEOUT_SCRIPT',
};
/** The defaults with PHOENIX_TIMEOUT_* applied; a value that is not 1..604800 seconds is a usage error. */
function timeoutsFromEnv(env) {
    const out = { ...DEFAULT_TIMEOUTS };
    for (const kind of Object.keys(TIMEOUT_ENV)) {
        const raw = env[TIMEOUT_ENV[kind]]?.trim();
        if (!raw)
            continue;
        const n = Number(raw);
        if (!/^\d+$/.test(raw) || n < 1 || n > 604_800)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${TIMEOUT_ENV[kind]} must be a whole number of seconds from 1 to 604800, got '${raw}'`, 2);
        out[kind] = n;
    }
    return out;
}
/** First words of the commands that may take long: making, copying and importing guests and disks, downloads, installs. */
const LONG_COMMANDS = [
    ['pct', 'clone'],
    ['pct', 'create'],
    ['pct', 'restore'],
    ['pct', 'move-volume'],
    ['pct', 'migrate'],
    ['pct', 'destroy'],
    ['qm', 'clone'],
    ['qm', 'create'],
    ['qm', 'disk', 'import'],
    ['qm', 'disk', 'move'],
    ['qm', 'migrate'],
    ['qm', 'importdisk'],
    ['qm', 'destroy'],
    ['pveam', 'download'],
    ['vzdump'],
    ['curl'],
    ['apt-get'],
    ['sh'],
    ['update-initramfs'],
    ['proxmox-boot-tool'],
    ['zpool', 'create'],
];
/** The command a wrapper runs (`env VAR=x CMD`, `flock -w N FILE CMD`, `timeout ... CMD`, a node hop). */
function innerArgv(argv) {
    if (argv[0] === 'env') {
        let i = 1;
        while (i < argv.length && argv[i].includes('='))
            i++;
        return innerArgv(argv.slice(i));
    }
    if (argv[0] === 'flock' && argv[1] === '-w')
        return innerArgv(argv.slice(4));
    // A command for another node (commands/hop.ts) is bounded as the command it carries.
    if (argv[0] === 'ssh') {
        const hop = (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .hopInner */ .GS)(argv);
        return hop ? innerArgv(hop.argv) : argv;
    }
    if (argv[0] === 'timeout') {
        let i = 1;
        while (i < argv.length && argv[i].startsWith('-'))
            i++;
        return innerArgv(argv.slice(i + 1));
    }
    return argv;
}
/** The kind of a command (what bounds it when the call names no timeout). */
function commandKind(cmd) {
    const argv = innerArgv(cmd.argv);
    if (LONG_COMMANDS.some((w) => w.every((x, i) => argv[i] === x)))
        return 'long';
    if ((argv[0] === 'pct' && argv[1] === 'exec') ||
        (argv[0] === 'qm' && argv[1] === 'guest' && argv[2] === 'exec'))
        return 'script';
    return cmd.readOnly ? 'query' : 'change';
}
/** Programs that wrap another command; they are not wrapped in `timeout` (the sudoers list holds one level). */
const WRAPPERS = new Set(['flock', 'env', 'timeout']);
/** How much later than the host's bound our side gives up on a command the host should have stopped. */
const CLIENT_GRACE_MS = (_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .TIMEOUT_KILL_AFTER_SEC */ .y1 + 5) * 1000;
const showSeconds = (s) => String(Number(s.toFixed(3)));
/** A host command that outlived its bound and was stopped. Retried only when it is read-only. */
class CommandTimedOut extends _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .HostCommandFailed */ .hQ {
    seconds;
    readOnly;
    transient;
    constructor(argv, seconds, readOnly, what) {
        super(argv, { error: `did not finish within ${showSeconds(seconds)} s; it was stopped`, when: 'after' }, what);
        this.seconds = seconds;
        this.readOnly = readOnly;
        this.name = 'CommandTimedOut';
        this.transient = readOnly;
    }
}
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
    timeouts;
    constructor(transport, options = {}) {
        this.transport = transport;
        this.options = options;
        this.timeouts = options.timeouts ?? timeoutsFromEnv(process.env);
    }
    get description() {
        return this.transport.description;
    }
    /** The same transport with other settings (e.g. the retry policy of one guest's run). */
    with(options) {
        return new HostRunner(this.transport, { ...this.options, ...options });
    }
    /**
     * One attempt: non-zero exits are returned; a command over its bound (`timeoutMs`, else its
     * kind's) throws `CommandTimedOut`; any other transport error is thrown as it came.
     */
    async once(cmd, o = {}) {
        if (this.options.dryRun && !cmd.readOnly)
            throw new DryRunViolation(cmd.argv);
        const seconds = o.timeoutMs !== undefined ? o.timeoutMs / 1000 : this.timeouts[commandKind(cmd)];
        const onHost = this.transport.hostTimeouts === true && !WRAPPERS.has(cmd.argv[0] ?? '');
        const sent = onHost ? (0,_proxmox_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .withTimeout */ .wj)(cmd, seconds) : cmd;
        const started = Date.now();
        let result;
        try {
            result = await (0,_proxmox_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .runHostCommand */ .$t)(this.transport, sent, {
                timeoutMs: Math.round(seconds * 1000) + (onHost ? CLIENT_GRACE_MS : 0),
            });
        }
        catch (err) {
            if (err instanceof _proxmox_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportTimeout */ .D)
                throw new CommandTimedOut(cmd.argv, seconds, cmd.readOnly);
            throw err;
        }
        this.options.onCommand?.({ argv: cmd.argv, readOnly: cmd.readOnly, exitCode: result.exitCode });
        // coreutils `timeout`: 124 after TERM, 137 when the command needed the KILL.
        if (onHost &&
            (result.exitCode === 124 || result.exitCode === 137) &&
            Date.now() - started >= seconds * 1000 - 50)
            throw new CommandTimedOut(cmd.argv, seconds, cmd.readOnly);
        return result;
    }
    /**
     * One attempt that must exit 0; returns stdout. The failure names `what` (default: the
     * command's first three words): `WHAT failed (exit N): ...`.
     */
    async ok(cmd, what) {
        let r;
        try {
            r = await this.once(cmd);
        }
        catch (err) {
            if (err instanceof CommandTimedOut && what !== undefined)
                throw new CommandTimedOut(cmd.argv, err.seconds, err.readOnly, what);
            throw err;
        }
        if (r.exitCode !== 0)
            throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .HostCommandFailed */ .hQ(cmd.argv, r, what ?? cmd.argv.slice(0, 3).join(' '));
        return r.stdout;
    }
    /**
     * Runs until the command succeeds (exit 0 or `okWhen`), fails for good, or attempts run out;
     * every failure, a transport's too, is a HostCommandFailed naming the command.
     */
    run(cmd, o = {}) {
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .bD)(async () => {
            let r;
            try {
                r = await this.once(cmd, o);
            }
            catch (err) {
                if (err instanceof DryRunViolation || err instanceof _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .HostCommandFailed */ .hQ)
                    throw err;
                throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .HostCommandFailed */ .hQ(cmd.argv, (0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .commandError */ .yE)(err));
            }
            if (r.exitCode !== 0 && !(o.okWhen && o.okWhen.test(r.stderr)))
                throw new _failure_js__WEBPACK_IMPORTED_MODULE_4__/* .HostCommandFailed */ .hQ(cmd.argv, r);
            return r;
        }, (err) => err instanceof CommandTimedOut
            ? err.readOnly
            : !(err instanceof DryRunViolation) && (o.retryAll === true || (0,_failure_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransientFailure */ .Ri)(err)), o.retry ?? this.options.retry ?? _retry_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_RETRY */ .PE, (err, attempt, delay) => this.options.onRetry?.(err, attempt, delay));
    }
}


/***/ }),

/***/ 30240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ runHostCommand),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   withAudit: () => (/* binding */ withAudit)
/* harmony export */ });
/* unused harmony exports MASK, maskSecrets, withSecrets */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38019);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
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
    /**
     * Known values, then what looks like a secret wherever it stands (`--password x`, `TOKEN=x`
     * inside a health-check command, `Authorization: Bearer x`; see config/secrets.ts).
     */
    maskArgv(argv) {
        return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskArgvSecrets */ .AR)(argv.map((a) => this.mask(a)), MASK);
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
                throw new Error(`cannot write audit log ${file}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(failure)}`);
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
        ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
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
                    error: (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskInlineSecrets */ .N8)(masker.mask((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(err)), MASK),
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
        ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
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


/***/ }),

/***/ 50098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TransportTimeout)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * The shell transports' interface: the embedded simulator, a local spawn, or SSH, each carrying
 * built argv to the host. Apply does not use it directly: the host port (src/host/port.ts) and its
 * shell implementation sit on top, and setup runs commands through the host runner. Implementations
 * never pass commands through a shell except SSH, which quotes every argument (see `quote.ts`).
 */

/**
 * A transport gave up on a command that outlived its `timeoutMs` (and stopped it: the local
 * transport kills its process group, SSH runs it under the host's `timeout`, the simulator drops it).
 */
class TransportTimeout extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    timeoutMs;
    code = 'ETIMEDOUT';
    constructor(message, timeoutMs) {
        super(message, 1);
        this.timeoutMs = timeoutMs;
        this.name = 'TransportTimeout';
    }
}


/***/ })

};
