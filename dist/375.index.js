export const id = 375;
export const ids = [375];
export const modules = {

/***/ 24164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sw: () => (/* binding */ acquireApplyLock),
  kR: () => (/* binding */ clusterLockStatus)
});

// UNUSED EXPORTS: clusterMembership

// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/host/lock-holder.ts
var lock_holder = __webpack_require__(73266);
;// CONCATENATED MODULE: ./src/host/cluster-lock.ts
/**
 * The cluster-wide apply lock: one holder across every node of a Proxmox VE cluster, so two
 * runners connected to different nodes never interleave (the host-wide queue of host-lock.ts
 * lives in /run/lock of one node and cannot see the other nodes' runners).
 *
 * Protocol, over a `ClusterLockStore` (cluster-lock-store.ts: a record and one folder per
 * generation under /etc/pve/phoenix, shared by pmxcfs):
 * - Take: read the record. When it is absent or released, `mkdir` generation N+1's folder. That
 *   `mkdir` is atomic cluster-wide, as in Proxmox's `cfs_lock` (PVE::Cluster), so exactly one
 *   contender makes it; it writes the record (held, generation N+1, who, node, pid, heartbeat),
 *   reads it back after a moment and holds the lock when the record is still its own.
 * - Hold: renew the heartbeat every quarter of the stale bound, for as long as the run takes
 *   (unlike a priv/lock folder, which pmxcfs expires after 120 s: see the store's comment). A
 *   renewal that finds another holder's record says the lock was lost.
 * - Release: write the record as released (and prune the previous generation's folder).
 * - Stale holder: a waiter watches the record; when its heartbeat has not changed for `staleMs` on
 *   the waiter's own clock (no clock skew between machines matters), or the holder ran on this
 *   machine and its process is gone (lock-holder.ts), the waiter takes over by claiming the next
 *   generation, never silently: it warns naming the holder, and the record keeps `tookOverFrom`.
 *   A contender that made a generation's folder and died before writing the record blocks the
 *   others for `staleMs`; then the next generation is tried.
 */




const DEFAULT_CLUSTER_STALE_MS = 120_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function time(ms) {
    return new Date(ms)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
}
/** `run ID by WHO on node N (note), holding it since T, last heartbeat T`. */
function describeClusterHolder(r) {
    return (`run ${r.id} by ${r.who}${r.node ? ` on node ${r.node}` : ''}${r.note ? ` (${r.note})` : ''}, ` +
        `holding it since ${time(r.since)}, last heartbeat ${time(r.heartbeat)}${r.run ? ` (${r.run})` : ''}`);
}
function defaultIdentity() {
    const self = (0,lock_holder/* selfIdentity */.R4)();
    let user = 'unknown';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        // no user database entry
    }
    return { who: `${user}@${self.host} pid ${self.pid}`, ...self };
}
/** The record's holder is a process of this machine that no longer runs. */
function holderDeadHere(r) {
    if (typeof r.host !== 'string' || typeof r.pid !== 'number')
        return false;
    return ((0,lock_holder/* localLiveness */.VE)({
        host: r.host,
        pid: r.pid,
        ...(r.boot ? { boot: r.boot } : {}),
        ...(r.start ? { start: r.start } : {}),
    }) === 'dead');
}
const sameText = (a, b) => a.kind === b.kind && (a.kind === 'absent' || a.text === b.text);
class ClusterLock {
    store;
    record;
    now;
    warn;
    timer;
    released = false;
    lost = false;
    constructor(store, record, now, warn) {
        this.store = store;
        this.record = record;
        this.now = now;
        this.warn = warn;
    }
    get id() {
        return this.record.id;
    }
    get generation() {
        return this.record.gen;
    }
    static async acquire(store, o) {
        const now = o.now ?? Date.now;
        const staleMs = o.staleMs ?? DEFAULT_CLUSTER_STALE_MS;
        const pollMs = o.pollMs ?? 1000;
        const warn = o.onWarning ?? (() => undefined);
        const me = o.identity ?? defaultIdentity();
        const id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
        const run = (0,lock_holder/* githubRunUrl */.Gk)(o.env ?? process.env);
        const started = now();
        await store.prepare();
        /** The record as last seen, and since when (waiter's clock) it has not changed. */
        let seen;
        /** A generation whose folder exists but whose record was not written (yet), and since when. */
        let blocked;
        let lastGen = 0;
        let waitingFor;
        for (;;) {
            const read = await store.read();
            if (!seen || !sameText(seen.read, read))
                seen = { read, at: now() };
            const rec = read.kind === 'record' ? read.record : undefined;
            if (rec)
                lastGen = Math.max(lastGen, rec.gen);
            const unchangedFor = now() - seen.at;
            const free = read.kind === 'absent' || rec?.state === 'released';
            const stale = !free && (unchangedFor >= staleMs || (rec !== undefined && holderDeadHere(rec)));
            let target = free || stale ? lastGen + 1 : undefined;
            if (target !== undefined && blocked && blocked.gen >= target)
                // Someone made that folder: wait for its record, unless it never came.
                target = now() - blocked.at >= staleMs ? blocked.gen + 1 : undefined;
            if (target !== undefined) {
                if (await store.claim(target)) {
                    const mine = {
                        gen: target,
                        state: 'held',
                        id,
                        who: me.who,
                        ...(o.node ? { node: o.node } : {}),
                        ...(o.note ? { note: o.note } : {}),
                        ...(run ? { run } : {}),
                        host: me.host,
                        pid: me.pid,
                        ...(me.boot ? { boot: me.boot } : {}),
                        ...(me.start ? { start: me.start } : {}),
                        since: now(),
                        heartbeat: now(),
                        ...(stale && rec ? { tookOverFrom: rec.id } : {}),
                    };
                    await store.write(mine);
                    await sleep(Math.min(pollMs, 1000));
                    const back = await store.read();
                    if (back.kind === 'record' && back.record.id === id) {
                        if (stale)
                            warn(`took over the cluster-wide apply lock (${store.where}) from ` +
                                (rec
                                    ? `${describeClusterHolder(rec)}: its heartbeat has not changed for ${Math.round(unchangedFor / 1000)} s`
                                    : `an unreadable holder record unchanged for ${Math.round(unchangedFor / 1000)} s`));
                        await store.prune(target - 1);
                        const lock = new ClusterLock(store, mine, now, warn);
                        lock.startRenewing(Math.max(1000, Math.floor(staleMs / 4)));
                        return lock;
                    }
                    // Another contender's record replaced ours: back to waiting.
                    continue;
                }
                if (!blocked || blocked.gen !== target)
                    blocked = { gen: target, at: now() };
            }
            if (rec && rec.state === 'held' && rec.id !== waitingFor) {
                waitingFor = rec.id;
                o.onWait?.(rec);
            }
            if (now() - started >= o.timeoutMs) {
                const who = rec ? describeClusterHolder(rec) : 'a run whose record is not written yet';
                throw new errors/* UserError */.y(`timed out after ${Math.round(o.timeoutMs / 1000)} s waiting for the cluster-wide apply lock ` +
                    `(${store.where}): held by ${who}. A holder whose heartbeat stops for ${Math.round(staleMs / 1000)} s ` +
                    `is taken over; otherwise try again when it has finished.`, 1);
            }
            await sleep(Math.min(pollMs, Math.max(1, o.timeoutMs - (now() - started))));
        }
    }
    startRenewing(everyMs) {
        this.timer = setInterval(() => void this.renew(), everyMs);
        this.timer.unref();
    }
    /** Writes a new heartbeat, or stops (with a warning) when another holder's record is there. */
    async renew() {
        if (this.released || this.lost)
            return;
        try {
            const r = await this.store.read();
            if (r.kind !== 'record' || r.record.id !== this.record.id || r.record.gen !== this.record.gen) {
                this.lost = true;
                if (this.timer)
                    clearInterval(this.timer);
                this.warn(`lost the cluster-wide apply lock (${this.store.where}): ` +
                    (r.kind === 'record' ? `${describeClusterHolder(r.record)} holds it now` : 'its record is gone'));
                return;
            }
            this.record = { ...this.record, heartbeat: this.now() };
            await this.store.write(this.record);
        }
        catch (err) {
            this.warn(`could not renew the cluster-wide apply lock: ${(0,errors/* getErrorMessage */.u)(err)}`);
        }
    }
    async release() {
        if (this.released)
            return;
        this.released = true;
        if (this.timer)
            clearInterval(this.timer);
        const r = await this.store.read();
        if (r.kind !== 'record' || r.record.id !== this.record.id) {
            this.warn(`the cluster-wide apply lock was no longer ours to release (${this.store.where})`);
            return;
        }
        await this.store.write({ ...this.record, state: 'released', releasedAt: this.now() });
    }
}

// EXTERNAL MODULE: ./src/host/runner.ts
var runner = __webpack_require__(58934);
;// CONCATENATED MODULE: ./src/host/cluster-lock-store.ts
/**
 * Where the cluster-wide apply lock lives (cluster-lock.ts): a holder record and one folder per
 * generation under /etc/pve/phoenix, which pmxcfs shows alike on every node of the cluster.
 *
 * Why these places. Proxmox's own cluster lock (`cfs_lock` in PVE::Cluster, pve-cluster) is an
 * atomic `mkdir /etc/pve/priv/lock/NAME` that pmxcfs orders across the cluster; but pmxcfs expires
 * such a folder 120 s after another node asked for it (`utime(0, 0)` on it: cfs-plug-memdb.c
 * `cfs_plug_memdb_utimens` sends the unlock request, memdb.c `memdb_lock_expired` with
 * CFS_LOCK_TIMEOUT grants it), and `cfs_lock` itself bounds the locked code to 60 s. An apply runs
 * for an hour, so the lock cannot be a priv/lock folder. Folders elsewhere under /etc/pve never
 * expire, and their `mkdir` is as atomic cluster-wide (every write goes through the cluster's
 * ordered messages), so the atomic step here is the `mkdir` of the next generation's folder
 * (`apply-lock.d/N`), and the record (`apply-lock.json`) says who holds generation N and when it
 * last renewed. pmxcfs has no compare-and-swap for file contents; cluster-lock.ts never needs one
 * beyond that `mkdir`. Only `mkdir`, `tee`, `cat` and `rmdir` are used.
 */


const CLUSTER_LOCK_DIR = '/etc/pve/phoenix';
const CLUSTER_LOCK_RECORD = `${CLUSTER_LOCK_DIR}/apply-lock.json`;
const CLUSTER_LOCK_GENERATIONS = `${CLUSTER_LOCK_DIR}/apply-lock.d`;
function parseRecord(text) {
    try {
        const r = JSON.parse(text);
        if (typeof r === 'object' &&
            r !== null &&
            Number.isInteger(r.gen) &&
            (r.state === 'held' || r.state === 'released') &&
            typeof r.id === 'string' &&
            typeof r.who === 'string' &&
            typeof r.since === 'number' &&
            typeof r.heartbeat === 'number')
            return { kind: 'record', record: r, text };
    }
    catch {
        // fall through
    }
    return { kind: 'garbled', text };
}
/** The store on a Proxmox VE node, through its shell transport. */
class ShellClusterLockStore {
    where = CLUSTER_LOCK_RECORD;
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
    async prepare() {
        await this.mustRun((0,commands/* mkdirP */.U$)(CLUSTER_LOCK_GENERATIONS), `making ${CLUSTER_LOCK_GENERATIONS}`);
    }
    async claim(gen) {
        const r = await this.runner.once((0,commands/* mkdirNew */.QS)(`${CLUSTER_LOCK_GENERATIONS}/${gen}`, '0755'));
        if (r.exitCode === 0)
            return true;
        if (/File exists/i.test(r.stderr))
            return false;
        throw new Error(`claiming generation ${gen} of the cluster-wide apply lock failed: ${r.stderr.trim()}`);
    }
    async read() {
        const r = await this.runner.once((0,commands/* readFile */.TA)(CLUSTER_LOCK_RECORD));
        if (r.exitCode !== 0) {
            if (/No such file/i.test(r.stderr))
                return { kind: 'absent' };
            throw new Error(`reading ${CLUSTER_LOCK_RECORD} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        }
        return parseRecord(r.stdout);
    }
    async write(record) {
        await this.mustRun((0,commands/* writeFile */._h)(CLUSTER_LOCK_RECORD, JSON.stringify(record) + '\n'), `writing ${CLUSTER_LOCK_RECORD}`);
    }
    async prune(gen) {
        if (gen < 1)
            return;
        await this.runner.once((0,commands/* rmdirEmpty */.UX)(`${CLUSTER_LOCK_GENERATIONS}/${gen}`)).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/host/host-lock.ts + 1 modules
var host_lock = __webpack_require__(25611);
;// CONCATENATED MODULE: ./src/host/apply-lock.ts
/**
 * The apply lock as apply and setup-hypervisor take it: the host-wide queue of the connected node
 * (host-lock.ts: fair order among the runners of that node, dead holders on it released at once),
 * then, when that node is a member of a cluster, the cluster-wide lock under /etc/pve
 * (cluster-lock.ts), so runners connected to different nodes never interleave. On a single node
 * (`pvesh get /cluster/status` lists no cluster) only the host-wide queue is taken, as before.
 * Released in the reverse order. A run stopped by a signal releases the host-wide claim at once
 * (host-lock.ts); its cluster record stays until a waiter takes it over, once its heartbeat has
 * been still for the stale bound (cluster-lock.ts), with a warning naming it.
 */






/** Is the node a cluster member, and what is its name (`/cluster/status`: a `cluster` entry, `local`)? */
async function clusterMembership(transport, onWarning = () => undefined) {
    try {
        const r = await new runner/* HostRunner */.bv(transport).once((0,commands/* clusterStatus */.r_)());
        if (r.exitCode !== 0)
            return { inCluster: false };
        const rows = JSON.parse(r.stdout);
        if (!Array.isArray(rows))
            return { inCluster: false };
        const local = rows.find((x) => x?.type === 'node' && Number(x.local) === 1);
        return {
            inCluster: rows.some((x) => x?.type === 'cluster'),
            ...(typeof local?.name === 'string' ? { node: local.name } : {}),
        };
    }
    catch (err) {
        onWarning(`cannot tell whether the node is in a cluster (pvesh get /cluster/status: ${(0,errors/* getErrorMessage */.u)(err)}): only the host-wide apply lock is taken`);
        return { inCluster: false };
    }
}
/** Both locks (the cluster one only on a cluster), held until `release`. */
async function acquireApplyLock(transport, o) {
    const now = o.now ?? Date.now;
    const started = now();
    const host = await host_lock/* HostLock */.kn.acquire(new host_lock/* ShellLockQueue */.VA(transport), o);
    let cluster;
    try {
        const membership = await clusterMembership(transport, o.onWarning);
        if (membership.inCluster)
            cluster = await ClusterLock.acquire(new ShellClusterLockStore(transport), {
                // One wait in all: what the host-wide queue left of it (at least a second).
                timeoutMs: Math.max(1000, o.timeoutMs - (now() - started)),
                staleMs: o.staleMs ?? o.ttlMs,
                pollMs: o.pollMs,
                node: membership.node,
                note: o.note,
                now: o.now,
                env: o.env,
                onWarning: o.onWarning,
                onWait: (h) => (o.onClusterWait ?? o.onWarning)?.(`waiting for the cluster-wide apply lock: ${describeClusterHolder(h)}`),
            });
    }
    catch (err) {
        await host.release().catch(() => undefined);
        throw err;
    }
    return {
        id: host.id,
        async release() {
            try {
                await cluster?.release();
            }
            finally {
                await host.release();
            }
        },
    };
}
/** One line on the cluster-wide lock for `phoenix unlock`; undefined on a lone node. */
async function clusterLockStatus(transport) {
    if (!(await clusterMembership(transport)).inCluster)
        return undefined;
    const store = new ShellClusterLockStore(transport);
    const r = await store.read();
    if (r.kind === 'absent' || (r.kind === 'record' && r.record.state === 'released'))
        return `The cluster-wide apply lock (${store.where}) is free.`;
    if (r.kind === 'garbled')
        return `The cluster-wide apply lock (${store.where}) has an unreadable record.`;
    return (`The cluster-wide apply lock (${store.where}) is held by ${describeClusterHolder(r.record)}; ` +
        `a waiter takes it over once that heartbeat has been still for the stale bound (120 s by default; phoenix unlock does not release it).`);
}


/***/ }),

/***/ 12265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ countReport),
/* harmony export */   NG: () => (/* binding */ renderSetupText),
/* harmony export */   g7: () => (/* binding */ renderSetupJson),
/* harmony export */   xV: () => (/* binding */ renderSetupMarkdown)
/* harmony export */ });
/* unused harmony export headline */
/* harmony import */ var _render_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89519);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95549);
/**
 * The setup report as Markdown (job summary), text (terminal) and JSON, in the plan renderer's
 * visual style: a bold headline, a table of steps, a collapsible block per step with `diff`
 * fences, GitHub alerts for blocked or failed steps and pending reboots. Pure. Only a change's
 * head (`ChangeHead`) is rendered, never its payload (`data`, which may hold secrets).
 */


function countReport(r) {
    const n = (s) => r.steps.filter((x) => s.includes(x.status)).length;
    return {
        changed: n(['planned', 'changed']),
        unchanged: n(['unchanged']),
        problems: n(['failed', 'blocked']),
        skipped: n(['skipped']),
        mutations: r.steps.reduce((a, s) => a + s.mutations, 0),
        reboot: r.steps.some((s) => s.reboot &&
            (s.status === 'changed' || s.status === 'planned' || s.changes.some((c) => c.info && c.reboot))),
    };
}
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
function headline(r) {
    const c = countReport(r);
    const verb = r.dryRun ? 'would change the host' : 'changed the host';
    const parts = [`${plural(c.changed, 'step')} ${verb}`, `${c.unchanged} unchanged`];
    if (c.problems)
        parts.push(`${c.problems} blocked or failed`);
    if (c.skipped)
        parts.push(`${c.skipped} skipped`);
    return parts.join(', ') + (c.reboot ? '; a reboot is needed' : '');
}
const STATUS_TEXT = {
    unchanged: 'unchanged',
    planned: 'would change',
    changed: 'changed',
    blocked: 'BLOCKED',
    failed: 'FAILED',
    skipped: 'skipped',
    'not-selected': 'not selected',
};
const STATUS_MD = {
    unchanged: ':white_check_mark: unchanged',
    planned: ':pencil2: would change',
    changed: ':hammer_and_wrench: changed',
    blocked: ':no_entry: blocked',
    failed: ':x: failed',
    skipped: ':fast_forward: skipped',
    'not-selected': 'not selected',
};
const SYMBOL = { create: '+', update: '~', delete: '-', run: '>' };
function changeLine(c) {
    const tags = [c.blocked ? 'BLOCKED' : '', c.destructive ? 'DESTROYS DATA' : '', c.reboot ? 'reboot' : '']
        .filter(Boolean)
        .join(', ');
    return `${c.info ? '!' : SYMBOL[c.kind]} ${c.summary}${tags ? ` [${tags}]` : ''}`;
}
function fenced(lang, body) {
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${body}\n${fence}`;
}
/** A step's name in the report: `network@pve2` for a per-node step of a cluster run. */
const label = (s) => (s.node ? `${s.id}@${s.node}` : s.id);
function stepDetails(s, withDiffs) {
    const parts = [
        `<details><summary><b>${label(s)}</b>: ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.title)} (${s.changes.length})</summary>`,
        '',
    ];
    if (s.error)
        parts.push(`> ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.error).replace(/<br>/g, ' ')}`, '');
    for (const c of s.changes) {
        parts.push(`- \`${c.info ? '!' : SYMBOL[c.kind]}\` ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.summary)}${c.blocked ? ` **blocked:** ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.blocked)}` : ''}${c.destructive ? ' **destroys data**' : ''}${c.reboot ? ' _(reboot)_' : ''}`);
        if (withDiffs && c.diff && c.diff.length > 0)
            parts.push('', fenced('diff', c.diff.join('\n')), '');
    }
    parts.push('', '</details>');
    return parts.join('\n');
}
/** Markdown for the job summary, within `budgetBytes` (default: the summary budget). */
function renderSetupMarkdown(r, budgetBytes = _render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_BUDGET_BYTES */ .Xb) {
    const counts = countReport(r);
    const top = [
        `## Phoenix setup-hypervisor${r.dryRun ? ' (dry run)' : ''}`,
        '',
        `**${headline(r)}**`,
        '',
        `Target: \`${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.target)}\`${r.dryRun ? ' · nothing was changed: only read-only commands ran' : ` · ${plural(counts.mutations, 'mutating command')}`}`,
        '',
    ];
    const bad = r.steps.filter((s) => s.status === 'failed' || s.status === 'blocked');
    if (bad.length > 0)
        top.push('> [!CAUTION]', '> **Not done:**', '>', ...bad.map((s) => `> - \`${label(s)}\` ${s.status}: ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.error ?? '').replace(/<br>/g, '; ')}`), '');
    if (counts.reboot)
        top.push('> [!WARNING]', '> A reboot is needed for some changes to take effect (kernel command line, modules or the NVIDIA driver).', '');
    if (r.tokens.length > 0)
        top.push(`API tokens created: ${r.tokens.map((t) => `\`${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(t)}\``).join(', ')} (secrets are in the masked output \`api-tokens\`).`, '');
    const table = [
        '| Step | Status | Changes | Depends on |',
        '|---|---|---|---|',
        ...r.steps.map((s) => `| \`${label(s)}\` ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.title)} | ${STATUS_MD[s.status]} | ${s.changes.filter((c) => !c.info).length || ''} | ${s.dependsOn.join(', ')} |`),
        '',
    ];
    const shown = r.steps.filter((s) => s.changes.length > 0 || s.error);
    const render = (level) => {
        const details = level < 2 ? shown.map((s) => stepDetails(s, level === 0)) : [];
        return [...top, ...table, ...(details.length ? ['### Steps', '', ...details, ''] : [])].join('\n');
    };
    const { text } = (0,_render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .firstThatFits */ .eO)(3, budgetBytes, render);
    return (0,_render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(text) <= budgetBytes
        ? text
        : (0,_render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(text, budgetBytes, '... (cut to fit the summary; the full report is in the job log)');
}
/** Plain text for terminals. */
function renderSetupText(r) {
    const width = Math.max(...r.steps.map((s) => label(s).length));
    const lines = [`phoenix setup-hypervisor${r.dryRun ? ' (dry run)' : ''} on ${r.target}`, ''];
    for (const s of r.steps) {
        if (s.status === 'not-selected')
            continue;
        lines.push(`${label(s).padEnd(width)}  ${STATUS_TEXT[s.status]}${s.changes.length ? ` (${s.changes.length})` : ''}  ${s.title}`);
        for (const c of s.changes) {
            lines.push(`    ${changeLine(c)}`);
            if (c.blocked)
                lines.push(`      blocked: ${c.blocked}`);
            for (const d of c.diff ?? [])
                lines.push(`      ${d}`);
        }
        if (s.error && s.status !== 'blocked')
            lines.push(`    ${s.error.replace(/\n/g, '\n    ')}`);
    }
    lines.push('', `${headline(r)}.`);
    if (r.tokens.length)
        lines.push(`API tokens created: ${r.tokens.join(', ')}.`);
    return lines.join('\n') + '\n';
}
/**
 * The fields of a change the JSON report shows, in a fixed order. Copied one by one, so that a
 * payload (`data`) the change object still carries never reaches the output.
 */
function reportedChange(c) {
    return {
        kind: c.kind,
        target: c.target,
        summary: c.summary,
        diff: c.diff,
        blocked: c.blocked,
        destructive: c.destructive,
        info: c.info,
        reboot: c.reboot,
    };
}
/** JSON (no change payloads, so no secrets). */
function renderSetupJson(r) {
    return (JSON.stringify({
        target: r.target,
        dryRun: r.dryRun,
        summary: { headline: headline(r), ...countReport(r) },
        tokens: r.tokens,
        steps: r.steps.map((s) => ({
            id: s.id,
            ...(s.node ? { node: s.node } : {}),
            title: s.title,
            status: s.status,
            dependsOn: s.dependsOn,
            error: s.error,
            cause: s.cause,
            mutations: s.mutations,
            reboot: s.reboot,
            changes: s.changes.map(reportedChange),
        })),
    }, null, 2) + '\n');
}


/***/ }),

/***/ 63695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ SECRET_ENV),
/* harmony export */   z8: () => (/* binding */ bindSetup),
/* harmony export */   zr: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
/* unused harmony export buildHostConfig */
/* harmony import */ var _config_rules_host_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92333);
/* harmony import */ var _model_host_config_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26545);


/** Environment variables setup-hypervisor reads secrets from. */
const SECRET_ENV = {
    adminPasswordHash: 'PHOENIX_ADMIN_PASSWORD_HASH',
    sambaPassword: 'PHOENIX_SAMBA_PASSWORD',
};
function secretsFromEnv(env) {
    return {
        adminPasswordHash: env[SECRET_ENV.adminPasswordHash] || undefined,
        sambaPassword: env[SECRET_ENV.sambaPassword] || undefined,
        env,
    };
}
/** The run's config, or none when the host findings hold an error (or there is no file). */
function bindSetup(host, diagnostics, secrets, confirmDestructive = []) {
    if (!host || diagnostics.some((d) => d.severity === 'error'))
        return { diagnostics };
    return { diagnostics, config: { ...host, secrets, confirmDestructive: new Set(confirmDestructive) } };
}
/** The setup model of parsed sources: resolved, its findings located, bound to `env`. */
function buildHostConfig(input) {
    const resolved = resolveHostConfig({
        dir: input.dir,
        hypervisor: input.sources.hypervisor?.value,
        guests: input.guests,
        readApparmorSource: input.readApparmorSource,
    });
    const loaded = { dir: input.dir, sources: input.sources, present: {}, diagnostics: [] };
    return bindSetup(resolved.config, hostDiagnostics(loaded, resolved), secretsFromEnv(input.env), input.confirmDestructive);
}


/***/ }),

/***/ 25217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F9: () => (/* binding */ openSetupTransport),
  Uq: () => (/* binding */ parseStepList),
  xn: () => (/* binding */ runSetup)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/diagnostics.ts
var config_diagnostics = __webpack_require__(47410);
// EXTERNAL MODULE: ./src/config/rules/host-config.ts
var host_config = __webpack_require__(92333);
// EXTERNAL MODULE: ./src/config/rules/index.ts + 10 modules
var rules = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/proxmox/audit.ts
var audit = __webpack_require__(30240);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/host/failure.ts
var failure = __webpack_require__(62596);
// EXTERNAL MODULE: ./src/host/runner.ts
var runner = __webpack_require__(58934);
// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
;// CONCATENATED MODULE: ./src/hypervisor/host.ts
/**
 * The host as the setup steps see it: runs built HostCommands through the one host runner (the
 * dry-run guard refuses any mutating command in a dry run; every command is recorded, so tests and
 * the report can count mutating ones), reads several files in one command, and caches the node's
 * facts (name, version). A host for another node of the cluster (`route`) sends every command
 * there through the node hop (`onNode`, proxmox/commands/hop.ts). Failures are the runner's `HostCommandFailed`, re-exported here for the
 * steps.
 */




const CODENAMES = { 8: 'bookworm', 9: 'trixie' };
class SetupHost {
    transport;
    dryRun;
    onSecret;
    route;
    /** Every command run, on every node (the hosts `forNode` makes share it). */
    log;
    /** API tokens created in this run: full token id -> secret (shown once by Proxmox). */
    createdTokens = new Map();
    facts;
    runner;
    constructor(transport, dryRun, 
    /** Called with every secret value the run learns (to mask it in logs). */
    onSecret = () => undefined, 
    /** Another node of the cluster, reached from the connected one; undefined: the connected node. */
    route, log) {
        this.transport = transport;
        this.dryRun = dryRun;
        this.onSecret = onSecret;
        this.route = route;
        this.log = log ?? [];
        this.runner = new runner/* HostRunner */.bv(transport, { dryRun, onCommand: (record) => this.log.push(record) });
    }
    recordToken(tokenId, secret) {
        this.onSecret(secret);
        this.createdTokens.set(tokenId, secret);
    }
    /** Runs a command; non-zero exits are returned, not thrown. */
    run(cmd) {
        return this.runner.once(this.routed(cmd));
    }
    routed(cmd) {
        return this.route ? (0,commands/* onNode */.WU)(this.route, cmd) : cmd;
    }
    /** Runs a command that must succeed; returns its stdout. */
    ok(cmd, what) {
        return this.runner.ok(this.routed(cmd), what);
    }
    /** The hosts of the cluster's nodes by name (this one included), when the run set up several. */
    peers = new Map();
    /** A host for `route`'s node over the same transport, sharing this one's log and secrets. */
    forNode(route) {
        const other = new SetupHost(this.transport, this.dryRun, this.onSecret, route, this.log);
        this.peers.set(route.node, other);
        return other;
    }
    /** Records the name of the node this host is on (the connected one), for `onOneOf`. */
    knowAs(node) {
        this.peers.set(node, this);
    }
    /**
     * This host when `nodes` names its node (or the cluster's nodes are not known), else the host
     * of the first of them that this run reaches.
     */
    onOneOf(nodes) {
        if (this.peers.size === 0 || nodes.some((n) => this.peers.get(n) === this))
            return this;
        return nodes.map((n) => this.peers.get(n)).find((h) => h !== undefined) ?? this;
    }
    /** Mutating commands run so far. */
    get mutations() {
        return this.log.filter((c) => !c.readOnly).length;
    }
    /**
     * Several text files in one command (`grep -H '' -- PATHS`): content by path, undefined for a
     * missing file. A trailing newline is assumed (grep does not tell).
     */
    async readFiles(paths) {
        const out = new Map();
        if (paths.length === 0)
            return out;
        const unique = [...new Set(paths)];
        const r = await this.run((0,commands/* readConfigFiles */.Wx)(unique));
        if (r.exitCode > 2)
            throw new failure/* HostCommandFailed */.hQ(['grep', '-H'], r, 'reading host files');
        const lines = new Map(unique.map((p) => [p, []]));
        // Longest path first, so `/a/b` is not taken for `/a` followed by `/b:...`.
        const byLength = [...unique].sort((a, b) => b.length - a.length);
        for (const line of r.stdout.split('\n')) {
            if (line === '')
                continue;
            const p = byLength.find((x) => line.startsWith(x + ':'));
            if (p !== undefined)
                lines.get(p).push(line.slice(p.length + 1));
        }
        for (const p of unique) {
            const missing = r.stderr.includes(`${p}: No such file or directory`) || r.stderr.includes(`${p}: Is a directory`);
            const l = lines.get(p);
            out.set(p, missing ? undefined : l.length === 0 ? '' : l.join('\n') + '\n');
        }
        return out;
    }
    async readFile(path) {
        const r = await this.run((0,commands/* readFile */.TA)(path));
        if (r.exitCode === 0)
            return r.stdout;
        if (/No such file or directory/.test(r.stderr))
            return undefined;
        throw new failure/* HostCommandFailed */.hQ(['cat', path], r, `reading ${path}`);
    }
    async writeFile(path, content) {
        await this.ok((0,commands/* writeFile */._h)(path, content), `writing ${path}`);
    }
    /** Node name and Proxmox VE version, read once per run. */
    getFacts() {
        this.facts ??= (async () => {
            const hostname = (await this.readFile('/etc/hostname'))?.trim().split('.')[0];
            const version = JSON.parse(await this.ok((0,commands/* apiGet */.Vg)('/version'), 'reading the Proxmox VE version'));
            const v = String(version.version ?? '');
            const major = Number(v.split('.')[0]);
            if (!hostname)
                throw new Error('cannot tell the node name: /etc/hostname is missing or empty');
            if (!Number.isInteger(major) || !CODENAMES[major])
                throw new Error(`unsupported Proxmox VE version '${v}' (setup-hypervisor supports 8.x and 9.x)`);
            return { node: hostname, pveVersion: v, pveMajor: major, codename: CODENAMES[major] };
        })();
        return this.facts;
    }
}

// EXTERNAL MODULE: ./src/proxmox/state-cluster.ts
var state_cluster = __webpack_require__(26573);
;// CONCATENATED MODULE: ./src/hypervisor/nodes.ts
/**
 * Which nodes one setup run works on, and how each is reached. Without a `cluster.nodes` list and
 * without `--node`, setup works on the connected node alone (a single host, as before clusters).
 * Otherwise the nodes come from `--node` or the list, their addresses and the connected node from
 * `pvesh get /cluster/status` (`ip`, `local`), as Proxmox's own `PVE::Cluster::remote_node_ip`
 * takes them from the cluster's member list; every other node is reached through the node hop.
 * Each node's config is the file's with that node's own `network` and `zfs` in place of the
 * top-level ones.
 */



/** The `node` entries of `pvesh get /cluster/status`, read as the state reader reads them. */
function clusterMembers(json) {
    const rows = JSON.parse(json);
    if (!Array.isArray(rows))
        throw new Error('pvesh get /cluster/status did not return a list');
    return (0,state_cluster/* parseClusterStatus */.qK)(rows);
}
/** The config as `node` sees it: its own `network` and `zfs` replace the top-level sections. */
function configForNode(cfg, node) {
    const own = cfg.cluster?.nodes.find((n) => n.name === node);
    if (!own)
        return cfg;
    return {
        ...cfg,
        ...(own.network ? { network: { ...own.network, domain: cfg.network.domain } } : {}),
        ...(own.zfs ? { zfs: own.zfs } : {}),
    };
}
/** The nodes a run sets up: `--node`, else `cluster.nodes`; empty: the connected node alone. */
function requestedNodes(cfg, node) {
    const listed = (cfg.cluster?.nodes ?? []).map((n) => n.name);
    if (node === undefined)
        return listed;
    if (listed.length > 0 && !listed.includes(node))
        throw new errors/* UserError */.y(`--node ${node} is not in cluster.nodes of the hypervisor file (${listed.join(', ')})`, 2);
    return [node];
}
/** The connected node and the requested ones, each with its host (hopping when not local) and config. */
async function setupTargets(host, cfg, requested) {
    if (requested.length === 0) {
        const single = { host, config: cfg };
        return { connected: single, nodes: [single] };
    }
    const members = clusterMembers(await host.ok((0,commands/* clusterStatus */.r_)(), 'reading /cluster/status'));
    const local = members.find((m) => m.local);
    if (!local)
        throw new Error('pvesh get /cluster/status names no local node');
    const known = members.map((m) => m.name).join(', ');
    host.knowAs(local.name);
    const nodes = requested.map((name) => {
        const m = members.find((x) => x.name === name);
        if (!m)
            throw new errors/* UserError */.y(`node ${name} is not a member of the cluster (members: ${known})`, 1);
        if (!m.online)
            throw new errors/* UserError */.y(`node ${name} is offline (pvesh get /cluster/status): nothing was set up`, 1);
        const config = configForNode(cfg, name);
        if (m.local)
            return { node: name, host, config };
        if (!m.address)
            throw new Error(`pvesh get /cluster/status gives no address for node ${name}`);
        return { node: name, host: host.forNode({ node: name, address: m.address }), config };
    });
    return { connected: { node: local.name, host, config: cfg }, nodes };
}

;// CONCATENATED MODULE: ./src/hypervisor/steps/define.ts
/** Actionable findings (not info notes). */
const actionable = (found) => found.filter((c) => !c.info);
/** `step` as the step list holds it: its payload type D hidden inside the check's closure. */
function defineStep(step) {
    return {
        id: step.id,
        title: step.title,
        dependsOn: step.dependsOn,
        scope: step.scope,
        async check(host, config) {
            const found = await step.check(host, config);
            return {
                found,
                async apply() {
                    const blocked = actionable(found).find((c) => c.blocked);
                    if (blocked)
                        throw new Error(`${step.id} is blocked: ${blocked.target}: ${blocked.blocked}`);
                    // Notes and conflicts carry no payload: the changes are the findings that do.
                    await step.apply(host, config, found.flatMap((f) => ('data' in f ? [f] : [])));
                },
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/hypervisor/runner.ts
/**
 * Runs the setup steps in dependency order. Each step is checked (read-only); in a dry run that is
 * all. Otherwise a step with changes is applied, then checked again: anything still different
 * fails the step ("did not converge"). A step with a blocked change applies nothing. A step that
 * fails, is blocked or was skipped makes every step that depends on it skip, naming the cause;
 * independent steps still run.
 *
 * On a cluster (`runStepsOn`), a step of scope `cluster` runs once, on the connected node, and a
 * step of scope `node` runs on each node set up, its result naming the node. A node step waits on
 * the same node's run of a node step it depends on; a cluster step waits on every node's run.
 */


/** Steps sorted so that each comes after its dependencies (declaration order otherwise kept). */
function orderSteps(steps) {
    const byId = new Map(steps.map((s) => [s.id, s]));
    const out = [];
    const state = new Map();
    const visit = (s, trail) => {
        if (state.get(s.id) === 'done')
            return;
        if (state.get(s.id) === 'visiting')
            throw new Error(`setup steps depend on each other in a cycle: ${[...trail, s.id].join(' -> ')}`);
        state.set(s.id, 'visiting');
        for (const d of s.dependsOn) {
            const dep = byId.get(d);
            if (!dep)
                throw new Error(`setup step ${s.id} depends on unknown step ${d}`);
            visit(dep, [...trail, s.id]);
        }
        state.set(s.id, 'done');
        out.push(s);
    };
    for (const s of steps)
        visit(s, []);
    return out;
}
const BAD = new Set(['failed', 'blocked', 'skipped']);
/** The steps on one host (no node named in the results). */
function runSteps(host, config, steps, options) {
    const target = { host, config };
    return runStepsOn(target, [target], steps, options);
}
const onNode = (node) => (node ? ` on node ${node}` : '');
/** The steps on a cluster: `cluster` steps once on `connected`, `node` steps on each of `nodes`. */
async function runStepsOn(connected, nodes, steps, options) {
    const results = new Map();
    const key = (id, node) => `${id}@${node ?? ''}`;
    const byId = new Map(steps.map((s) => [s.id, s]));
    const out = [];
    const finish = (r) => {
        results.set(key(r.id, r.node), r);
        out.push(r);
        options.onStep?.(r);
    };
    /** The results a unit of `step` on `node` waits on. */
    const depResults = (step, node) => step.dependsOn
        .flatMap((d) => {
        const dep = byId.get(d);
        // A cluster step's one result names no node.
        if (dep?.scope === 'cluster')
            return [results.get(key(d, undefined))];
        return step.scope === 'node'
            ? [results.get(key(d, node))]
            : nodes.map((n) => results.get(key(d, n.node)));
    })
        .filter((r) => r !== undefined);
    for (const step of orderSteps(steps)) {
        const targets = step.scope === 'cluster' ? [connected] : nodes;
        for (const t of targets)
            await runUnit(step, t.host, t.config, step.scope === 'node' ? t.node : undefined);
    }
    return out;
    async function runUnit(step, host, config, node) {
        const base = { id: step.id, ...(node ? { node } : {}), title: step.title, dependsOn: step.dependsOn };
        if (options.only && !options.only.has(step.id)) {
            finish({ ...base, status: 'not-selected', changes: [], mutations: 0, reboot: false });
            return;
        }
        const badDep = depResults(step, node).find((r) => BAD.has(r.status));
        if (badDep) {
            const cause = badDep.status === 'skipped' ? (badDep.cause ?? badDep.id) : badDep.id;
            const causeStatus = [...results.values()].find((r) => r.id === cause && BAD.has(r.status))?.status ?? badDep.status;
            finish({
                ...base,
                status: 'skipped',
                cause,
                error: `skipped: it depends on ${badDep.id}${onNode(badDep.node !== node ? badDep.node : undefined)}${cause !== badDep.id ? `, which depends on ${cause}` : ''}, which ${causeStatus === 'blocked' ? 'was blocked' : 'failed'}`,
                changes: [],
                mutations: 0,
                reboot: false,
            });
            return;
        }
        const before = host.mutations;
        let changes = [];
        let checked;
        const result = (status, error) => ({
            ...base,
            status,
            error,
            changes,
            mutations: host.mutations - before,
            reboot: changes.some((c) => c.reboot),
        });
        try {
            checked = await step.check(host, config);
            changes = checked.found;
        }
        catch (err) {
            finish(result('failed', `check failed: ${(0,errors/* getErrorMessage */.u)(err)}`));
            return;
        }
        const todo = actionable(changes);
        const blocked = todo.filter((c) => c.blocked);
        if (todo.length === 0)
            finish(result('unchanged'));
        else if (blocked.length > 0)
            finish(result('blocked', blocked.map((c) => `${c.target}: ${c.blocked}`).join('\n')));
        else if (options.dryRun)
            finish(result('planned'));
        else {
            try {
                await checked.apply();
                const left = actionable((await step.check(host, config)).found);
                if (left.length > 0)
                    finish(result('failed', `did not converge: still to change after apply: ${left.map((c) => `${c.target} (${c.summary})`).join('; ')}`));
                else
                    finish(result('changed'));
            }
            catch (err) {
                finish(result('failed', (0,errors/* getErrorMessage */.u)(err)));
            }
        }
    }
}

// EXTERNAL MODULE: ./src/hypervisor/setup-config.ts
var setup_config = __webpack_require__(63695);
;// CONCATENATED MODULE: ./src/hypervisor/steps/access.ts
/**
 * Proxmox access, once for the cluster (user.cfg and the token and ACL lists live in pmxcfs):
 * the admin's Proxmox user NAME@pam with Administrator on `/` (its Linux account is the `admin`
 * step's, on each node), then Proxmox groups, users, API tokens and ACLs through `pveum`. Existing users keep their passwords; new `pve` users get theirs from
 * the environment variable the config names. Token secrets are shown once by Proxmox: they are
 * kept masked in the run's result (`SetupHost.createdTokens`), never logged.
 */

const plan = (kind, target, summary, commands, extra = {}) => {
    const { token, ...shown } = extra;
    return {
        kind,
        target,
        summary,
        ...shown,
        data: { op: 'run-commands', commands, ...(token === undefined ? {} : { token }) },
    };
};
async function json(host, cmd, what) {
    return JSON.parse(await host.ok(cmd, what));
}
const listOf = (v) => Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',').filter(Boolean) : [];
/** The Proxmox side of the admin account: NAME@pam (its Linux user is the `admin` step's, per node). */
function adminPveUser(cfg, pveUsers) {
    const a = cfg.access.admin;
    if (!a)
        return [];
    const pam = `${a.username}@pam`;
    if (pveUsers.has(pam))
        return [];
    return [
        plan('create', `Proxmox user ${pam}`, `create the Proxmox user ${pam}`, [
            (0,commands/* pveumUserAdd */.AK)(pam, { comment: 'Phoenix admin' }),
        ]),
    ];
}
/** Missing (role, subject) pairs of one ACL definition. */
function missingAcl(def, live) {
    const out = [];
    const subjects = [
        ...def.users.map((u) => ['user', u]),
        ...def.groups.map((g) => ['group', g]),
        ...def.tokens.map((t) => ['token', t]),
    ];
    for (const role of def.roles)
        for (const [type, id] of subjects)
            if (!live.some((l) => l.path === def.path &&
                l.type === type &&
                l.ugid === id &&
                l.roleid === role &&
                Number(l.propagate) === (def.propagate ? 1 : 0)))
                out.push(`${role} for ${type} ${id}`);
    return out;
}
const accessStep = {
    id: 'access',
    title: 'Users, groups, ACLs and API tokens',
    dependsOn: ['apt'],
    scope: 'cluster',
    async check(host, cfg) {
        const acc = cfg.access;
        const adminAcl = acc.admin
            ? [
                {
                    path: '/',
                    roles: ['Administrator'],
                    users: [`${acc.admin.username}@pam`],
                    groups: [],
                    tokens: [],
                    propagate: true,
                },
            ]
            : [];
        const acls = [...adminAcl, ...acc.acls];
        if (!acc.admin && acc.groups.length + acc.users.length + acls.length + acc.tokens.length === 0)
            return [];
        const users = await json(host, (0,commands/* pveumUserList */.jC)(), 'pveum user list');
        const userGroups = new Map(users.map((u) => [u.userid, listOf(u.groups).sort()]));
        const changes = adminPveUser(cfg, new Set(userGroups.keys()));
        if (acc.groups.length > 0) {
            const groups = new Set((await json(host, (0,commands/* pveumGroupList */.DE)(), 'pveum group list')).map((g) => g.groupid));
            for (const g of acc.groups)
                if (!groups.has(g.id))
                    changes.push(plan('create', `group ${g.id}`, `create the Proxmox group ${g.id}`, [
                        (0,commands/* pveumGroupAdd */.Y)(g.id, { comment: g.comment }),
                    ]));
        }
        for (const u of acc.users) {
            const have = userGroups.get(u.userid);
            if (have === undefined) {
                const cmds = [(0,commands/* pveumUserAdd */.AK)(u.userid, { comment: u.comment, groups: u.groups })];
                const password = u.passwordEnv ? cfg.secrets.env[u.passwordEnv] : undefined;
                if (password)
                    cmds.push((0,commands/* pveSetPassword */.NT)(u.userid, password));
                changes.push(plan('create', `user ${u.userid}`, `create the Proxmox user ${u.userid}${u.groups.length ? ` in ${u.groups.join(', ')}` : ''}${u.passwordEnv ? ` with the password from ${u.passwordEnv}` : ''}`, cmds, {
                    blocked: u.passwordEnv && !password
                        ? `${u.passwordEnv} is not set: it holds the initial password of ${u.userid}`
                        : undefined,
                }));
            }
            else if ([...u.groups].sort().join(',') !== have.join(','))
                changes.push(plan('update', `user ${u.userid}`, `set the groups of ${u.userid} to ${u.groups.join(', ') || 'none'}`, [(0,commands/* pveumUserModify */.jB)(u.userid, { groups: u.groups })], {
                    diff: [`- groups ${have.join(',') || '(none)'}`, `+ groups ${u.groups.join(',') || '(none)'}`],
                }));
        }
        for (const t of acc.tokens) {
            const userExists = userGroups.has(t.userid);
            const tokens = userExists
                ? await json(host, (0,commands/* pveumUserTokenList */.Ib)(t.userid), `pveum user token list ${t.userid}`)
                : [];
            if (!tokens.some((x) => x.tokenid === t.id))
                changes.push(plan('create', `token ${t.userid}!${t.id}`, `create the API token ${t.userid}!${t.id}${t.privsep ? ' (privilege-separated)' : ''}`, [(0,commands/* pveumUserTokenAdd */.pF)(t.userid, t.id, { comment: t.comment, privsep: t.privsep })], { token: `${t.userid}!${t.id}` }));
        }
        if (acls.length > 0) {
            const live = await json(host, (0,commands/* pveumAclList */.w9)(), 'pveum acl list');
            for (const a of acls) {
                const missing = missingAcl(a, live);
                if (missing.length > 0)
                    changes.push(plan('update', `ACL ${a.path}`, `grant ${missing.join(', ')} on ${a.path}`, [
                        (0,commands/* pveumAclModify */.c2)(a.path, {
                            roles: a.roles,
                            users: a.users,
                            groups: a.groups,
                            tokens: a.tokens,
                            propagate: a.propagate,
                        }),
                    ]));
            }
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const { target, data: d } of changes)
            for (const cmd of d.commands) {
                const out = await host.ok(cmd, target);
                if (d.token) {
                    const value = JSON.parse(out).value;
                    if (value)
                        host.recordToken(d.token, value);
                }
            }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/admin.ts
/**
 * The admin's Linux account on each node: the user, its password (from
 * PHOENIX_ADMIN_PASSWORD_HASH), sudo and the SSH key. Linux accounts are per machine, unlike the
 * Proxmox user NAME@pam the `access` step makes once in pmxcfs: a cluster needs the account on
 * every node the admin logs in to.
 */


const admin_plan = (kind, target, summary, commands) => ({ kind, target, summary, data: { op: 'run-commands', commands } });
const adminStep = {
    id: 'admin',
    title: 'Admin account (Linux user, sudo, SSH key)',
    dependsOn: ['apt'],
    scope: 'node',
    async check(host, cfg) {
        const a = cfg.access.admin;
        if (!a)
            return [];
        const out = [];
        const passwd = await host.run((0,commands/* getentPasswd */.Od)(a.username));
        const exists = passwd.exitCode === 0;
        const home = (exists && passwd.stdout.split(':')[5]) || `/home/${a.username}`;
        if (!exists)
            out.push(admin_plan('create', `user ${a.username}`, `create the Linux user ${a.username}`, [
                (0,commands/* useradd */.pY)(a.username, { shell: '/bin/bash' }),
            ]));
        const hash = cfg.secrets.adminPasswordHash;
        if (hash) {
            const shadow = exists ? (await host.run((0,commands/* getentShadow */.kb)(a.username))).stdout.split(':')[1] : undefined;
            if (shadow !== hash)
                out.push(admin_plan('update', `password of ${a.username}`, `set the password of ${a.username} from ${setup_config/* SECRET_ENV */.$7.adminPasswordHash}`, [(0,commands/* chpasswdEncrypted */.cN)(a.username, hash)]));
        }
        else if (!exists)
            out.push({
                kind: 'run',
                target: `password of ${a.username}`,
                summary: `no password is set (${setup_config/* SECRET_ENV */.$7.adminPasswordHash} is not given): log in with the SSH key`,
                info: true,
            });
        if (a.sudo) {
            const groups = exists ? (await host.run((0,commands/* idGroups */.y8)(a.username))).stdout.trim().split(/\s+/) : [];
            if (!groups.includes('sudo'))
                out.push(admin_plan('update', `user ${a.username}`, `add ${a.username} to the sudo group`, [
                    (0,commands/* usermodAppendGroups */.oS)(a.username, ['sudo']),
                ]));
        }
        if (a.sshKey) {
            const file = `${home}/.ssh/authorized_keys`;
            const current = exists ? await host.readFile(file) : undefined;
            if (!(current ?? '').split('\n').some((l) => l.trim() === a.sshKey))
                out.push({
                    kind: 'update',
                    target: file,
                    summary: `authorise the SSH key for ${a.username}`,
                    diff: [`+ ${a.sshKey.slice(0, 40)}...`],
                    data: {
                        op: 'install-key',
                        file,
                        dir: `${home}/.ssh`,
                        user: a.username,
                        content: (current ?? '').replace(/\n*$/, current ? '\n' : '') + a.sshKey + '\n',
                    },
                });
        }
        return out;
    },
    async apply(host, _cfg, changes) {
        for (const { target, data: d } of changes) {
            if (d.op === 'run-commands')
                for (const cmd of d.commands)
                    await host.ok(cmd, target);
            else {
                await host.ok((0,commands/* installDir */.F5)(d.dir, '0700', d.user, d.user), `creating ${d.dir}`);
                await host.writeFile(d.file, d.content);
                await host.ok((0,commands/* chown */.q7)(d.user, d.user, d.file));
                await host.ok((0,commands/* chmod */.k6)('0600', d.file));
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/text.ts
/**
 * Text helpers for the files setup-hypervisor manages: a line diff for the report, marked blocks
 * inside files Phoenix shares with the system (`/etc/hosts`, `smb.conf`), and the header of files
 * it owns outright. Pure.
 */
const MANAGED_HEADER = '# Managed by Phoenix (phoenix setup-hypervisor). Local changes are overwritten on the next run.\n';
function withNewline(text) {
    return text === '' || text.endsWith('\n') ? text : text + '\n';
}
/** Same content, ignoring a missing final newline and trailing blank lines. */
function sameText(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    const norm = (s) => s.replace(/\s+$/, '');
    return norm(a) === norm(b);
}
/**
 * `- old` / `+ new` lines between two texts (longest common subsequence on lines). At most `max`
 * lines; the rest is summarised in one last line.
 */
function lineDiff(before, after, max = 60) {
    const a = before === undefined ? [] : withNewline(before).split('\n').slice(0, -1);
    const b = after === undefined ? [] : withNewline(after).split('\n').slice(0, -1);
    const n = a.length;
    const m = b.length;
    // Files here are small (hundreds of lines): the quadratic table is fine.
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j]) {
            i++;
            j++;
        }
        else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j]))
            out.push(`+ ${b[j++]}`);
        else
            out.push(`- ${a[i++]}`);
    }
    return out.length > max ? [...out.slice(0, max), `# ... ${out.length - max} more changed lines`] : out;
}
const begin = (name) => `# BEGIN phoenix ${name}`;
const end = (name) => `# END phoenix ${name}`;
/** The body of a marked block, or undefined when the text has none. */
function readBlock(text, name) {
    const lines = text.split('\n');
    const s = lines.indexOf(begin(name));
    const e = lines.indexOf(end(name));
    if (s < 0 || e < s)
        return undefined;
    return lines.slice(s + 1, e).join('\n') + (e > s + 1 ? '\n' : '');
}
/**
 * Replaces the marked block `name` in `text` with `body` (appending it when absent). An empty
 * body removes the block. Other lines stay as they are.
 */
function setBlock(text, name, body) {
    const lines = withNewline(text).split('\n').slice(0, -1);
    const s = lines.indexOf(begin(name));
    const e = lines.indexOf(end(name));
    const block = body === '' ? [] : [begin(name), ...withNewline(body).split('\n').slice(0, -1), end(name)];
    if (s >= 0 && e > s)
        lines.splice(s, e - s + 1, ...block);
    else if (block.length > 0) {
        if (lines.length > 0 && lines[lines.length - 1] !== '')
            lines.push('');
        lines.push(...block);
    }
    return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
/** Lines of `text` outside every Phoenix block. */
function outsideBlocks(text) {
    const out = [];
    let inside = false;
    for (const l of text.split('\n')) {
        if (l.startsWith('# BEGIN phoenix '))
            inside = true;
        else if (l.startsWith('# END phoenix '))
            inside = false;
        else if (!inside)
            out.push(l);
    }
    return out;
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let v = bytes;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}

;// CONCATENATED MODULE: ./src/hypervisor/steps/common.ts
/** Helpers shared by the setup steps: the file-write payload, its changes and their application. */


/** A change that writes `after` to `path` (or nothing when the content is already there). */
function fileChange(path, before, after, summary, extra = {}) {
    if (sameText(before, after))
        return [];
    const data = { op: 'write-file', path, content: after, before };
    return [
        {
            kind: before === undefined ? 'create' : 'update',
            target: path,
            summary,
            diff: lineDiff(before, after),
            ...extra,
            data,
        },
    ];
}
/** Writes `files` in order; returns the paths written. */
async function writeFiles(host, files) {
    for (const f of files)
        await host.writeFile(f.path, f.content);
    return files.map((f) => f.path);
}
/**
 * Writes `files` (boot-time module or kernel settings) and, if there were any, rebuilds the
 * initramfs so the next boot sees them; returns the paths written.
 */
async function writeBootFiles(host, files) {
    const written = await writeFiles(host, files);
    if (written.length > 0)
        await host.ok((0,commands/* updateInitramfs */.l8)(), 'update-initramfs');
    return written;
}

;// CONCATENATED MODULE: ./src/hypervisor/steps/apt.ts
/**
 * Package repositories and packages. Without a subscription, the enterprise repositories make
 * `apt-get update` fail: they are disabled (commented out in `.list` files, `Enabled: no` in
 * deb822 `.sources` files) and the no-subscription repository is added for the node's release.
 * Then the packages the config needs are installed (only the missing ones).
 */



const DIR = '/etc/apt/sources.list.d';
const ENTERPRISE_HOST = 'enterprise.proxmox.com';
function repoFiles(f) {
    const deb822 = f.pveMajor >= 9;
    const enterprise = deb822
        ? [`${DIR}/pve-enterprise.sources`, `${DIR}/ceph.sources`]
        : [`${DIR}/pve-enterprise.list`, `${DIR}/ceph.list`];
    const ours = deb822 ? `${DIR}/proxmox.sources` : `${DIR}/pve-no-subscription.list`;
    const others = ['/etc/apt/sources.list', `${DIR}/pve-no-subscription.list`, `${DIR}/proxmox.sources`];
    return { enterprise, ours, all: [...new Set([...enterprise, ours, ...others])] };
}
function noSubscriptionText(f) {
    if (f.pveMajor >= 9)
        return (MANAGED_HEADER +
            'Types: deb\nURIs: http://download.proxmox.com/debian/pve\n' +
            `Suites: ${f.codename}\nComponents: pve-no-subscription\n` +
            'Signed-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n');
    return `${MANAGED_HEADER}deb http://download.proxmox.com/debian/pve ${f.codename} pve-no-subscription\n`;
}
/** deb822 stanzas (blank-line separated) of a `.sources` file. */
const stanzas = (text) => text
    .split(/\n\s*\n/)
    .map((s) => s.split('\n').filter((l) => l !== ''))
    .filter((s) => s.length > 0);
const field = (stanza, name) => stanza
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();
const enabled = (stanza) => !/^(no|false|0)$/i.test(field(stanza, 'Enabled') ?? 'yes');
/** The file with every active entry that points at `host` disabled. */
function disableRepos(path, text, host) {
    if (path.endsWith('.sources')) {
        const out = stanzas(text).map((s) => {
            if (!(field(s, 'URIs') ?? '').includes(host) || !enabled(s))
                return s.join('\n');
            return [...s.filter((l) => !/^enabled:/i.test(l)), 'Enabled: no'].join('\n');
        });
        return out.join('\n\n') + '\n';
    }
    return text
        .split('\n')
        .map((l) => (/^\s*deb(-src)?\s/.test(l) && l.includes(host) ? `# ${l}` : l))
        .join('\n');
}
/** True when some file already enables the pve-no-subscription repository. */
function hasNoSubscription(files) {
    for (const [path, text] of files) {
        if (text === undefined)
            continue;
        if (path.endsWith('.sources')) {
            if (stanzas(text).some((s) => enabled(s) &&
                (field(s, 'URIs') ?? '').includes('download.proxmox.com/debian/pve') &&
                /\bpve-no-subscription\b/.test(field(s, 'Components') ?? '')))
                return true;
        }
        else if (/^\s*deb\s+\S*download\.proxmox\.com\/debian\/pve\s+\S+\s+.*\bpve-no-subscription\b/m.test(text))
            return true;
    }
    return false;
}
/** Package name -> installed version (only installed ones). */
async function installedPackages(host, names) {
    const out = new Map();
    if (names.length === 0)
        return out;
    const r = await host.run((0,commands/* dpkgQuery */.Vw)(names));
    for (const line of r.stdout.split('\n')) {
        const [name, version, status] = line.split('\t');
        if (name && version && status?.startsWith('ii'))
            out.set(name.split(':')[0], version);
    }
    return out;
}
const aptStep = {
    id: 'apt',
    title: 'Package repositories and packages',
    dependsOn: [],
    scope: 'node',
    async check(host, cfg) {
        const changes = [];
        if (cfg.apt.noSubscription) {
            const facts = await host.getFacts();
            const files = repoFiles(facts);
            const texts = await host.readFiles(files.all);
            for (const path of files.enterprise) {
                const text = texts.get(path);
                if (text === undefined)
                    continue;
                changes.push(...fileChange(path, text, disableRepos(path, text, ENTERPRISE_HOST), 'disable the enterprise repository (needs a subscription)'));
            }
            if (!hasNoSubscription(texts))
                changes.push(...fileChange(files.ours, texts.get(files.ours), noSubscriptionText(facts), `add the pve-no-subscription repository for ${facts.codename}`));
        }
        const wanted = cfg.apt.packages;
        const installed = await installedPackages(host, wanted.map((p) => p.name));
        const missing = wanted.filter((p) => !installed.has(p.name));
        if (missing.length > 0)
            changes.push({
                kind: 'create',
                target: `packages ${missing.map((p) => p.name).join(', ')}`,
                summary: `install ${missing.length} package(s): ${missing.map((p) => `${p.name} (${p.reason})`).join(', ')}`,
                diff: missing.map((p) => `+ ${p.name}`),
                data: { op: 'install-packages', packages: missing.map((p) => p.name) },
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        const files = changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : []));
        const install = changes.flatMap(({ data }) => (data.op === 'install-packages' ? [data] : []))[0];
        const wroteRepos = (await writeFiles(host, files)).length > 0;
        if (wroteRepos || install)
            await host.ok((0,commands/* aptGetUpdate */.ZM)(), 'apt-get update');
        if (install)
            await host.ok((0,commands/* aptGetInstall */.pj)(install.packages), 'apt-get install');
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/firewall.ts
/**
 * The datacenter firewall: /etc/pve/firewall/cluster.fw with the config's options (`enable`,
 * `policy_in`, `policy_out`) and rules, other sections (aliases, IP sets, security groups) and
 * options kept. After writing, `pve-firewall compile` must accept the file without complaints;
 * otherwise the previous file is put back and the step fails with the compiler's message.
 */


const CLUSTER_FW = '/etc/pve/firewall/cluster.fw';
function parseSections(text) {
    const out = [];
    let cur;
    for (const line of text.split('\n')) {
        const t = line.trim();
        if (/^\[[^\]]+\]$/.test(t)) {
            cur = { header: t, lines: [] };
            out.push(cur);
        }
        else if (cur && t !== '')
            cur.lines.push(line);
    }
    return out;
}
function renderRule(r) {
    if (r.type === 'group')
        return `GROUP ${r.action}${r.comment ? ` # ${r.comment}` : ''}`;
    const parts = [r.type.toUpperCase(), r.action];
    if (r.source)
        parts.push('-source', r.source);
    if (r.dest)
        parts.push('-dest', r.dest);
    if (r.proto)
        parts.push('-p', r.proto);
    if (r.port)
        parts.push('-dport', r.port);
    return parts.join(' ') + (r.comment ? ` # ${r.comment}` : '');
}
/** cluster.fw as the config wants it, keeping what the config does not manage. */
function renderClusterFw(current, fw) {
    const sections = parseSections(current ?? '');
    const options = new Map();
    for (const l of sections.find((s) => s.header === '[OPTIONS]')?.lines ?? []) {
        const m = /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/.exec(l);
        if (m)
            options.set(m[1], m[2]);
    }
    options.set('enable', fw.enabled ? '1' : '0');
    options.set('policy_in', fw.policyIn);
    options.set('policy_out', fw.policyOut);
    const rendered = [
        { header: '[OPTIONS]', lines: [...options].map(([k, v]) => `${k}: ${v}`) },
        ...sections.filter((s) => s.header !== '[OPTIONS]' && s.header !== '[RULES]' && !s.header.startsWith('[group ')),
        { header: '[RULES]', lines: fw.rules.map(renderRule) },
        ...sections.filter((s) => s.header.startsWith('[group ')),
    ];
    return rendered
        .filter((s) => s.lines.length > 0 || s.header === '[OPTIONS]')
        .map((s) => `${s.header}\n\n${s.lines.join('\n')}${s.lines.length ? '\n' : ''}`)
        .join('\n');
}
/** Lines of `pve-firewall compile` stderr that report a problem with the configuration. */
function compileProblems(stderr) {
    return stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && /error|unable to|failed|invalid|unknown/i.test(l));
}
const firewallStep = {
    id: 'firewall',
    title: 'Firewall',
    dependsOn: [],
    scope: 'cluster',
    async check(host, cfg) {
        const fw = cfg.firewall;
        if (!fw)
            return [];
        const [current] = (await host.readFiles([CLUSTER_FW])).values();
        const changes = fileChange(CLUSTER_FW, current, renderClusterFw(current, fw), `${fw.enabled ? 'enable' : 'disable'} the firewall (in ${fw.policyIn}, out ${fw.policyOut}, ${fw.rules.length} rule(s))`);
        const reachesUi = fw.rules.some((r) => r.type === 'in' && r.action === 'ACCEPT' && (!r.port || /(^|,)8006(,|$)/.test(r.port)));
        if (fw.enabled && fw.policyIn !== 'ACCEPT' && !reachesUi)
            changes.push({
                kind: 'run',
                target: 'management access',
                summary: `no rule accepts port 8006: only the built-in "management" IP set (the local network) reaches the web UI, API and SSH`,
                info: true,
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        const file = changes[0]?.data;
        if (!file)
            return;
        await host.ok((0,commands/* mkdirP */.U$)('/etc/pve/firewall'));
        await host.writeFile(CLUSTER_FW, file.content);
        const r = await host.run((0,commands/* pveFirewallCompile */.$K)());
        const problems = compileProblems(r.stderr);
        if (r.exitCode !== 0 || problems.length > 0) {
            // Put back what was there, so a bad rule never stays active.
            await host.writeFile(CLUSTER_FW, file.before ?? '[OPTIONS]\n\nenable: 0\n');
            const detail = (problems.join('; ') || r.stderr.trim() || `exit ${r.exitCode}`).replace(/\n/g, '; ');
            throw new Error(`pve-firewall compile rejected the new rules (the previous cluster.fw is back in place): ${detail}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/gpu.ts
/**
 * PCI passthrough and the NVIDIA driver. VFIO: modules loaded at boot (and now), vfio-pci bound to
 * the configured device ids, IOMMU on the kernel command line (systemd-boot's /etc/kernel/cmdline
 * when present, else GRUB); a reboot is needed. NVIDIA: the installed module version is checked
 * first (`modinfo`, which works whether or not it is loaded) and `nvidia-smi` tells the loaded one;
 * only a missing or different version is (re)installed from the runfile, with nouveau blacklisted.
 */



const VFIO_MODULES_FILE = '/etc/modules-load.d/phoenix-vfio.conf';
const VFIO_MODPROBE = '/etc/modprobe.d/phoenix-vfio.conf';
const KERNEL_CMDLINE = '/etc/kernel/cmdline';
const GRUB_DEFAULT = '/etc/default/grub';
const VFIO_MODULES = ['vfio', 'vfio_iommu_type1', 'vfio_pci'];
/** The command line with `params` present (existing values of the same keys replaced). */
function withKernelParams(cmdline, params) {
    const words = cmdline.trim().split(/\s+/).filter(Boolean);
    for (const p of params) {
        const key = p.split('=')[0];
        const i = words.findIndex((w) => w.split('=')[0] === key);
        if (i >= 0)
            words[i] = p;
        else
            words.push(p);
    }
    return words.join(' ');
}
/** /etc/default/grub with `params` added to GRUB_CMDLINE_LINUX_DEFAULT. */
function grubWithParams(text, params) {
    const re = /^GRUB_CMDLINE_LINUX_DEFAULT=(["']?)(.*)\1\s*$/m;
    const m = re.exec(text);
    if (!m)
        return text.replace(/\n*$/, '\n') + `GRUB_CMDLINE_LINUX_DEFAULT="${params.join(' ')}"\n`;
    return text.replace(re, `GRUB_CMDLINE_LINUX_DEFAULT="${withKernelParams(m[2], params)}"`);
}
const vfioStep = {
    id: 'vfio',
    title: 'VFIO / IOMMU for PCI passthrough',
    dependsOn: [],
    scope: 'node',
    async check(host, cfg) {
        const v = cfg.vfio;
        if (!v)
            return [];
        const files = await host.readFiles([VFIO_MODULES_FILE, VFIO_MODPROBE, KERNEL_CMDLINE, GRUB_DEFAULT]);
        const params = [v.iommu === 'intel' ? 'intel_iommu=on' : 'amd_iommu=on', 'iommu=pt'];
        const changes = [
            ...fileChange(VFIO_MODULES_FILE, files.get(VFIO_MODULES_FILE), MANAGED_HEADER + VFIO_MODULES.join('\n') + '\n', 'load the VFIO modules at boot', { reboot: true }),
        ];
        if (v.pciIds.length > 0 || files.get(VFIO_MODPROBE) !== undefined)
            changes.push(...fileChange(VFIO_MODPROBE, files.get(VFIO_MODPROBE), MANAGED_HEADER + (v.pciIds.length > 0 ? `options vfio-pci ids=${v.pciIds.join(',')}\n` : ''), `bind ${v.pciIds.join(', ') || 'no devices'} to vfio-pci at boot`, { reboot: true }));
        const cmdline = files.get(KERNEL_CMDLINE);
        if (cmdline !== undefined)
            changes.push(...fileChange(KERNEL_CMDLINE, cmdline, withKernelParams(cmdline, params) + '\n', `turn the IOMMU on (${params.join(' ')}, systemd-boot)`, { reboot: true }));
        else
            changes.push(...fileChange(GRUB_DEFAULT, files.get(GRUB_DEFAULT), grubWithParams(files.get(GRUB_DEFAULT) ?? '', params), `turn the IOMMU on (${params.join(' ')}, GRUB)`, { reboot: true }));
        const loaded = new Set((await host.ok((0,commands/* lsmod */.C8)(), 'lsmod'))
            .split('\n')
            .slice(1)
            .map((l) => l.split(/\s+/)[0]));
        const missing = VFIO_MODULES.filter((m) => !loaded.has(m));
        if (missing.length > 0)
            changes.push({
                kind: 'run',
                target: 'kernel modules',
                summary: `load ${missing.join(', ')} now`,
                data: { op: 'load-modules', modules: missing },
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        const files = changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : []));
        const written = await writeBootFiles(host, files);
        if (written.includes(KERNEL_CMDLINE))
            await host.ok((0,commands/* proxmoxBootToolRefresh */.dC)(), 'proxmox-boot-tool refresh');
        if (written.includes(GRUB_DEFAULT))
            await host.ok((0,commands/* updateGrub */.w8)(), 'update-grub');
        for (const { data } of changes)
            if (data.op === 'load-modules')
                for (const m of data.modules)
                    await host.ok((0,commands/* modprobe */.bU)(m), `modprobe ${m}`);
    },
};
const NOUVEAU_BLACKLIST = '/etc/modprobe.d/blacklist-nouveau.conf';
const NOUVEAU_TEXT = `${MANAGED_HEADER}blacklist nouveau\noptions nouveau modeset=0\n`;
const RUNFILE_DIR = '/var/cache/phoenix';
/**
 * The NVIDIA modules load at boot, but nothing makes /dev/nvidia-uvm{,-tools}: the module creates
 * no node, and a container passing them through (`devN`) then fails to start (Proxmox stats each
 * device, `PVE::LXC::Tools::get_device_mode_and_rdev`). A udev rule runs `nvidia-modprobe -u` as
 * the modules load; apply also runs it once now.
 */
const NVIDIA_MODULES_FILE = '/etc/modules-load.d/phoenix-nvidia.conf';
const NVIDIA_UVM_RULES = '/etc/udev/rules.d/70-phoenix-nvidia-uvm.rules';
const NVIDIA_MODULES_TEXT = `${MANAGED_HEADER}nvidia\nnvidia_uvm\n`;
const NVIDIA_UVM_RULES_TEXT = `${MANAGED_HEADER}KERNEL=="nvidia", RUN+="/usr/bin/nvidia-modprobe -c0"\n` +
    `KERNEL=="nvidia_uvm", RUN+="/usr/bin/nvidia-modprobe -c0 -u"\n`;
const nvidiaStep = {
    id: 'nvidia',
    title: 'NVIDIA driver',
    dependsOn: ['apt'],
    scope: 'node',
    async check(host, cfg) {
        const n = cfg.nvidia;
        if (!n)
            return [];
        const changes = [];
        const files = await host.readFiles([NOUVEAU_BLACKLIST, NVIDIA_MODULES_FILE, NVIDIA_UVM_RULES]);
        changes.push(...fileChange(NOUVEAU_BLACKLIST, files.get(NOUVEAU_BLACKLIST), NOUVEAU_TEXT, 'keep nouveau from claiming the GPU', { reboot: true }), ...fileChange(NVIDIA_MODULES_FILE, files.get(NVIDIA_MODULES_FILE), NVIDIA_MODULES_TEXT, 'load nvidia and nvidia_uvm at boot'));
        const rules = fileChange(NVIDIA_UVM_RULES, files.get(NVIDIA_UVM_RULES), NVIDIA_UVM_RULES_TEXT, 'make /dev/nvidia-uvm and /dev/nvidia-uvm-tools at boot (containers pass them through)');
        changes.push(...rules);
        if (rules.length > 0)
            changes.push({
                kind: 'run',
                target: '/dev/nvidia-uvm',
                summary: 'make the NVIDIA UVM device nodes now (nvidia-modprobe -c0 -u)',
                data: { op: 'uvm-nodes' },
            });
        const mod = await host.run((0,commands/* modinfoVersion */.FY)('nvidia'));
        const installed = mod.exitCode === 0 ? mod.stdout.trim() : undefined;
        const smi = await host.run((0,commands/* nvidiaSmiDriverVersion */.$1)());
        const loaded = smi.exitCode === 0 ? smi.stdout.split('\n')[0]?.trim() || undefined : undefined;
        if (installed !== n.version) {
            const runfile = `${RUNFILE_DIR}/${n.runfileUrl.split('/').pop()}`;
            changes.push({
                kind: installed ? 'update' : 'create',
                target: 'NVIDIA driver',
                summary: installed
                    ? `upgrade the NVIDIA driver from ${installed} to ${n.version} (reboot needed)`
                    : `install NVIDIA driver ${n.version} (reboot needed)`,
                diff: [...(installed ? [`- ${installed}`] : []), `+ ${n.version}`],
                reboot: true,
                data: { op: 'install-driver', url: n.runfileUrl, runfile },
            });
        }
        else if (loaded !== n.version)
            changes.push({
                kind: 'run',
                target: 'reboot',
                summary: `driver ${n.version} is installed but ${loaded ? `${loaded} is loaded` : 'not loaded (nvidia-smi fails)'}: reboot the host`,
                info: true,
                reboot: true,
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        await writeBootFiles(host, changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : [])));
        for (const { data } of changes) {
            if (data.op !== 'install-driver')
                continue;
            const { url, runfile } = data;
            await host.ok((0,commands/* mkdirP */.U$)(RUNFILE_DIR));
            await host.ok((0,commands/* curlDownload */.Hc)(url, runfile), `downloading ${url}`);
            await host.ok((0,commands/* nvidiaRunfileInstall */.st)(runfile), 'the NVIDIA installer');
        }
        // Only once a driver is loaded (a fresh install may need its reboot first; the rule does it then).
        if (changes.some(({ data }) => data.op === 'uvm-nodes')) {
            const smi = await host.run((0,commands/* nvidiaSmiDriverVersion */.$1)());
            if (smi.exitCode === 0)
                await host.ok((0,commands/* nvidiaModprobeUvm */.KH)(), 'nvidia-modprobe -c0 -u');
        }
    },
};

// EXTERNAL MODULE: ./src/model/host-config/image-volume.ts
var image_volume = __webpack_require__(41259);
;// CONCATENATED MODULE: ./src/hypervisor/steps/guest-support.ts
/**
 * What guests need on the host: AppArmor profiles (syntax-checked by `apparmor_parser` before
 * they are written to /etc/apparmor.d/lxc/ and loaded), LXC templates (`pveam download`) and
 * cloud images for VM templates (downloaded into a storage's `import` content through the
 * Proxmox API) with the cloud-init vendor data that installs their guest agent.
 */



const APPARMOR_DIR = '/etc/apparmor.d/lxc';
const apparmorStep = {
    id: 'apparmor',
    title: 'AppArmor profiles',
    dependsOn: [],
    scope: 'node',
    async check(host, cfg) {
        if (cfg.apparmor.length === 0)
            return [];
        const files = await host.readFiles(cfg.apparmor.map((p) => `${APPARMOR_DIR}/${p.name}`));
        const changes = [];
        for (const p of cfg.apparmor) {
            const path = `${APPARMOR_DIR}/${p.name}`;
            const found = fileChange(path, files.get(path), p.text, `install and load profile ${p.name} (used by ${p.usedBy.join(', ')})`);
            if (found.length === 0)
                continue;
            const parsed = await host.run((0,commands/* apparmorCheck */.$J)(p.text));
            const why = (parsed.stderr.trim() || parsed.stdout.trim()).split('\n').slice(0, 3).join(' / ');
            changes.push(...found.map((c) => parsed.exitCode === 0 ? c : { ...c, blocked: `apparmor_parser rejects profile ${p.name}: ${why}` }));
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        await host.ok((0,commands/* mkdirP */.U$)(APPARMOR_DIR));
        for (const { data: f } of changes) {
            await host.writeFile(f.path, f.content);
            await host.ok((0,commands/* apparmorLoad */.Nx)(f.path), `loading ${f.path}`);
        }
    },
};
async function presentTemplates(host, storage) {
    const r = await host.run((0,commands/* pveamList */.Ah)(storage));
    // A storage that does not exist yet (created by the storages step) holds nothing.
    if (r.exitCode !== 0)
        return new Set();
    return new Set(r.stdout
        .split('\n')
        .map((l) => l.trim().split(/\s+/)[0] ?? '')
        .filter((v) => v.includes(':vztmpl/'))
        .map((v) => v.slice(v.indexOf(':vztmpl/') + ':vztmpl/'.length)));
}
async function presentImages(host, node, storage, content) {
    const r = await host.run((0,commands/* storageContent */.n8)(node, storage, content));
    if (r.exitCode !== 0)
        return new Set();
    const list = JSON.parse(r.stdout || '[]');
    return new Set(list.map((v) => (v.volid ?? '').split('/').pop() ?? ''));
}
/** The changes that give VMs made from cloud images their guest agent. */
async function agentSnippetChanges(host) {
    const live = JSON.parse(await host.ok((0,commands/* apiGet */.Vg)('/storage'), 'reading /storage'));
    const local = live.find((s) => s.storage === image_volume/* AGENT_SNIPPET */.oZ.storage);
    const have = (local?.content ?? '').split(',').filter(Boolean);
    const out = [];
    if (!have.includes('snippets')) {
        const content = [...new Set([...have, 'snippets'])].sort();
        out.push({
            kind: 'update',
            target: `storage ${image_volume/* AGENT_SNIPPET */.oZ.storage}`,
            summary: `allow snippets content on ${image_volume/* AGENT_SNIPPET */.oZ.storage} (cloud-init vendor data for VM templates)`,
            diff: [`- content ${have.join(',') || '(none)'}`, `+ content ${content.join(',')}`],
            data: { op: 'enable-snippets', content },
        });
    }
    const [before] = (await host.readFiles([image_volume/* AGENT_SNIPPET */.oZ.path])).values();
    out.push(...fileChange(image_volume/* AGENT_SNIPPET */.oZ.path, before, image_volume/* AGENT_SNIPPET */.oZ.text, 'cloud-init vendor data installing the QEMU guest agent in VMs made from cloud images'));
    return out;
}
const templatesStep = {
    id: 'templates',
    title: 'LXC templates and cloud images',
    dependsOn: ['storages'],
    scope: 'node',
    async check(host, cfg) {
        // A storage the config restricts to other nodes is not this node's to fill.
        const restricted = new Map(cfg.storages.flatMap((s) => (s.nodes ? [[s.id, s.nodes]] : [])));
        const here = restricted.size > 0 ? (await host.getFacts()).node : undefined;
        const enabled = (storage) => here === undefined || !restricted.has(storage) || restricted.get(storage).includes(here);
        const lxc = cfg.templates.lxc.filter((t) => enabled(t.storage));
        const images = cfg.templates.images.filter((i) => enabled(i.storage));
        if (lxc.length + images.length === 0)
            return [];
        const changes = [];
        const byStorage = new Map();
        for (const t of lxc) {
            if (!byStorage.has(t.storage))
                byStorage.set(t.storage, await presentTemplates(host, t.storage));
            if (byStorage.get(t.storage).has(t.template))
                continue;
            changes.push({
                kind: 'create',
                target: `${t.storage}:vztmpl/${t.template}`,
                summary: `pveam download ${t.storage} ${t.template} (for ${t.usedBy.join(', ')})`,
                data: { op: 'download-template', lxc: t },
            });
        }
        if (images.length > 0) {
            const { node } = await host.getFacts();
            const seen = new Map();
            for (const img of images) {
                const key = `${img.storage}\t${img.content}`;
                if (!seen.has(key))
                    seen.set(key, await presentImages(host, node, img.storage, img.content));
                if (seen.get(key).has(img.file))
                    continue;
                changes.push({
                    kind: 'create',
                    target: `${img.storage}:${img.content}/${img.file}`,
                    summary: `download ${img.url} into ${img.storage} (for ${img.usedBy.join(', ')})`,
                    data: { op: 'download-image', image: img },
                });
            }
            changes.push(...(await agentSnippetChanges(host)));
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        const plans = changes.map((c) => c.data);
        for (const p of plans) {
            if (p.op === 'enable-snippets')
                await host.ok((0,commands/* pvesmSet */.eB)(image_volume/* AGENT_SNIPPET */.oZ.storage, { content: p.content }), 'pvesm set');
            else if (p.op === 'write-file') {
                await host.ok((0,commands/* mkdirP */.U$)(image_volume/* AGENT_SNIPPET */.oZ.path.slice(0, image_volume/* AGENT_SNIPPET */.oZ.path.lastIndexOf('/'))));
                await host.writeFile(p.path, p.content);
            }
        }
        if (plans.some((p) => p.op === 'download-template'))
            await host.ok((0,commands/* pveamUpdate */.VG)(), 'pveam update');
        for (const p of plans) {
            if (p.op === 'download-template')
                await host.ok((0,commands/* pveamDownload */.Uz)(p.lxc.storage, p.lxc.template), `downloading ${p.lxc.template}`);
            else if (p.op === 'download-image') {
                const { node } = await host.getFacts();
                const i = p.image;
                await host.ok((0,commands/* pveDownloadUrl */.Tc)(node, i.storage, {
                    url: i.url,
                    filename: i.file,
                    content: i.content,
                    checksum: i.checksum,
                    checksumAlgorithm: i.checksumAlgorithm,
                }), `downloading ${i.file}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/network.ts
/**
 * Bridges, VLAN interfaces and /etc/hosts. Bridges and VLANs the installer did not create go into
 * /etc/network/interfaces.d/phoenix (ifupdown2 syntax, applied with `ifreload -a` like the
 * Proxmox GUI does). A bridge already defined in /etc/network/interfaces is only compared: Phoenix
 * never moves the management address (that would cut its own connection), so a difference there
 * is reported as blocked. /etc/hosts gets a marked block mapping the node's name to its address.
 */



const INTERFACES = '/etc/network/interfaces';
const PHOENIX_INTERFACES = '/etc/network/interfaces.d/phoenix';
const HOSTS = '/etc/hosts';
const SOURCE_LINE = 'source /etc/network/interfaces.d/*';
/** `iface` stanzas of an interfaces(5) file (options with `_` and `-` treated alike). */
function parseInterfaces(text) {
    const out = [];
    let cur;
    for (const raw of text.split('\n')) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const words = line.split(/\s+/);
        if (words[0] === 'iface') {
            cur = { name: words[1] ?? '', method: words[3] ?? 'manual', options: new Map() };
            out.push(cur);
        }
        else if (/^(auto|allow-\S+|source|source-directory|mapping|rename)$/.test(words[0]))
            cur = undefined;
        else if (cur)
            cur.options.set(words[0].replace(/_/g, '-'), words.slice(1).join(' '));
    }
    return out;
}
function maskToPrefix(mask) {
    if (/^\d{1,2}$/.test(mask))
        return Number(mask);
    const bits = mask
        .split('.')
        .map((o) => Number(o).toString(2).padStart(8, '0'))
        .join('');
    return /^1*0*$/.test(bits) && bits.length === 32
        ? bits.indexOf('0') < 0
            ? 32
            : bits.indexOf('0')
        : undefined;
}
/** The stanza's IPv4 address in CIDR form (from `address a/n` or `address a` + `netmask`). */
function stanzaCidr(s) {
    const a = s.options.get('address');
    if (!a)
        return undefined;
    if (a.includes('/'))
        return a;
    const prefix = maskToPrefix(s.options.get('netmask') ?? '');
    return prefix === undefined ? a : `${a}/${prefix}`;
}
function renderBridge(b) {
    const lines = [`auto ${b.name}`, `iface ${b.name} inet ${b.address ? 'static' : 'manual'}`];
    if (b.address)
        lines.push(`\taddress ${b.address}`);
    if (b.gateway)
        lines.push(`\tgateway ${b.gateway}`);
    lines.push(`\tbridge-ports ${b.ports.length > 0 ? b.ports.join(' ') : 'none'}`, '\tbridge-stp off', '\tbridge-fd 0');
    if (b.vlanAware)
        lines.push('\tbridge-vlan-aware yes', '\tbridge-vids 2-4094');
    if (b.comment)
        lines.push(`#${b.comment}`);
    return lines.join('\n') + '\n';
}
function renderVlan(v) {
    return `auto ${v.name}\niface ${v.name} inet static\n\taddress ${v.address}\n`;
}
/** Differences between a bridge in /etc/network/interfaces and the config, as `what: host != config`. */
function bridgeConflicts(b, s) {
    const out = [];
    const cidr = stanzaCidr(s);
    if ((b.address ?? undefined) !== cidr)
        out.push(`address ${cidr ?? 'none'} (config: ${b.address ?? 'none'})`);
    if (b.gateway && s.options.get('gateway') !== b.gateway)
        out.push(`gateway ${s.options.get('gateway') ?? 'none'} (config: ${b.gateway})`);
    const ports = (s.options.get('bridge-ports') ?? 'none').split(/\s+/).filter((p) => p !== 'none');
    if (b.ports.length > 0 && ports.join(' ') !== b.ports.join(' '))
        out.push(`bridge-ports ${ports.join(' ') || 'none'} (config: ${b.ports.join(' ')})`);
    return out;
}
/**
 * /etc/hosts with the Phoenix block. A line outside the block that maps a configured name to
 * another address is dropped (Proxmox needs the node name to resolve to one address); a line that
 * already maps it to the same address stays, and the block then leaves that name out.
 */
function desiredHosts(current, entries) {
    const words = (l) => l.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
    const outside = outsideBlocks(current);
    const wantedAt = new Map();
    for (const e of entries)
        for (const n of e.names)
            wantedAt.set(n, e.address);
    const kept = outside.filter((l) => {
        const [ip, ...names] = words(l);
        return !ip || /^(127\.|::1$)/.test(ip) || !names.some((n) => wantedAt.has(n) && wantedAt.get(n) !== ip);
    });
    const present = new Set(kept.flatMap((l) => {
        const [ip, ...names] = words(l);
        return names.filter((n) => wantedAt.get(n) === ip);
    }));
    const body = entries
        .map((e) => ({ address: e.address, names: e.names.filter((n) => !present.has(n)) }))
        .filter((e) => e.names.length > 0)
        .map((e) => `${e.address} ${e.names.join(' ')}`)
        .join('\n');
    if (readBlock(current, 'hosts') === undefined && body === '' && kept.length === outside.length)
        return current;
    return setBlock(kept.join('\n').replace(/\n+$/, '') + '\n', 'hosts', body);
}
function hostsEntries(cfg, node) {
    const main = cfg.network.bridges.find((b) => b.main && b.address);
    const out = [];
    if (main?.address) {
        const ip = main.address.split('/')[0];
        out.push({ address: ip, names: cfg.network.domain ? [`${node}.${cfg.network.domain}`, node] : [node] });
    }
    for (const h of cfg.network.hosts)
        out.push({ address: h.address, names: [...h.names] });
    return out;
}
const networkStep = {
    id: 'network',
    title: 'Bridges, VLANs and /etc/hosts',
    dependsOn: [],
    scope: 'node',
    async check(host, cfg) {
        const { node } = await host.getFacts();
        const files = await host.readFiles([INTERFACES, PHOENIX_INTERFACES, HOSTS]);
        const main = files.get(INTERFACES) ?? '';
        const installed = new Map(parseInterfaces(main).map((s) => [s.name, s]));
        const changes = [];
        const ours = [];
        for (const b of cfg.network.bridges) {
            const s = installed.get(b.name);
            if (!s) {
                ours.push(renderBridge(b));
                continue;
            }
            const conflicts = bridgeConflicts(b, s);
            if (conflicts.length > 0)
                changes.push({
                    kind: 'update',
                    target: `bridge ${b.name}`,
                    summary: `${b.name} in ${INTERFACES} differs from the config`,
                    diff: conflicts.map((c) => `! ${c}`),
                    blocked: `${b.name} is defined in ${INTERFACES} with ${conflicts.join(', ')}. Phoenix does not change an interface the installer set up (it may carry this connection): change it on the console, or make the config match`,
                });
        }
        for (const v of cfg.network.vlans) {
            if (installed.has(v.name))
                continue;
            ours.push(renderVlan(v));
        }
        const current = files.get(PHOENIX_INTERFACES);
        if (ours.length > 0 || current !== undefined) {
            const text = MANAGED_HEADER + (ours.length > 0 ? '\n' + ours.join('\n') : '');
            changes.push(...fileChange(PHOENIX_INTERFACES, current, text, `define ${ours.length} bridge/VLAN interface(s) and apply them with ifreload -a`));
            if (ours.length > 0 &&
                !main
                    .split('\n')
                    .some((l) => l.trim() === SOURCE_LINE || l.trim() === 'source-directory /etc/network/interfaces.d'))
                changes.push(...fileChange(INTERFACES, main, main.replace(/\n*$/, '\n\n') + SOURCE_LINE + '\n', `include ${PHOENIX_INTERFACES}`));
        }
        const hosts = files.get(HOSTS) ?? '';
        changes.push(...fileChange(HOSTS, files.get(HOSTS), desiredHosts(hosts, hostsEntries(cfg, node)), `map ${node} and the configured names to their addresses`));
        return changes;
    },
    async apply(host, _cfg, changes) {
        const files = changes.map((c) => c.data);
        const iface = files.filter((f) => f.path !== HOSTS);
        if (iface.length > 0) {
            await writeFiles(host, iface);
            await host.ok((0,commands/* ifreloadAll */.m9)(), 'ifreload -a');
        }
        await writeFiles(host, files.filter((f) => f.path === HOSTS));
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/shares.ts
/**
 * File sharing: NFS exports (a file in /etc/exports.d, `exportfs -ra`) and Samba shares (a
 * shares file included from smb.conf, checked with `testparm` before smbd reloads; the Samba user
 * gets its password from PHOENIX_SAMBA_PASSWORD). Both services are enabled and started.
 */





const EXPORTS_FILE = '/etc/exports.d/phoenix.exports';
const SMB_CONF = '/etc/samba/smb.conf';
const SMB_SHARES = '/etc/samba/phoenix-shares.conf';
/** A change that enables and starts `unit`, when it is not both already. */
async function serviceChange(host, unit, why) {
    const enabled = (await host.run((0,commands/* systemctlIsEnabled */.QG)(unit))).stdout.trim();
    const active = (await host.run((0,commands/* systemctlIsActive */.hz)(unit))).stdout.trim();
    if (enabled === 'enabled' && active === 'active')
        return [];
    return [
        {
            kind: 'run',
            target: `service ${unit}`,
            summary: `enable and start ${unit} (${why}; now ${enabled || 'unknown'}, ${active || 'unknown'})`,
            data: { op: 'start-service', unit },
        },
    ];
}
const services = (changes) => changes.flatMap(({ data }) => (data.op === 'start-service' ? [data.unit] : []));
const fileWrites = (changes) => changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : []));
function renderExports(cfg) {
    return (MANAGED_HEADER +
        cfg.nfs
            .map((e) => `${e.path} ${e.clients.map((c) => `${c}(${e.options.join(',')})`).join(' ')}\n`)
            .join(''));
}
const nfsStep = {
    id: 'nfs',
    title: 'NFS exports',
    dependsOn: ['apt', 'zfs-datasets'],
    scope: 'node',
    async check(host, cfg) {
        const [before] = (await host.readFiles([EXPORTS_FILE])).values();
        if (cfg.nfs.length === 0 && before === undefined)
            return [];
        const changes = fileChange(EXPORTS_FILE, before, renderExports(cfg), `export ${cfg.nfs.map((e) => e.path).join(', ') || 'nothing'}`);
        if (cfg.nfs.length > 0)
            changes.push(...(await serviceChange(host, 'nfs-server', 'NFS exports')));
        return changes;
    },
    async apply(host, _cfg, changes) {
        const exports = fileWrites(changes);
        if (exports.length > 0) {
            await host.ok((0,commands/* mkdirP */.U$)('/etc/exports.d'));
            await writeFiles(host, exports);
        }
        for (const unit of services(changes))
            await host.ok((0,commands/* systemctlEnableNow */.yJ)(unit), `starting ${unit}`);
        await host.ok((0,commands/* exportfsReexportAll */.U2)(), 'exportfs -ra');
    },
};
function renderShares(s) {
    return (MANAGED_HEADER +
        s.shares
            .map((sh) => {
            const lines = [`[${sh.name}]`, `   path = ${sh.path}`];
            for (const [k, v] of sh.options)
                lines.push(`   ${k} = ${v}`);
            if (sh.validUsers.length > 0)
                lines.push(`   valid users = ${sh.validUsers.join(' ')}`);
            return lines.join('\n') + '\n';
        })
            .join('\n'));
}
const INCLUDE = `include = ${SMB_SHARES}`;
const sambaStep = {
    id: 'samba',
    title: 'Samba shares',
    dependsOn: ['apt', 'zfs-datasets'],
    scope: 'node',
    async check(host, cfg) {
        const s = cfg.samba;
        if (!s)
            return [];
        const files = await host.readFiles([SMB_CONF, SMB_SHARES]);
        const changes = fileChange(SMB_SHARES, files.get(SMB_SHARES), renderShares(s), `share ${s.shares.map((x) => x.name).join(', ')}`);
        const conf = files.get(SMB_CONF);
        if (conf === undefined || readBlock(conf, 'shares') !== `${INCLUDE}\n`)
            changes.push(...fileChange(SMB_CONF, conf, setBlock(conf ?? '', 'shares', INCLUDE), `include ${SMB_SHARES}${conf === undefined ? ' (smb.conf comes with the samba package)' : ''}`));
        const linux = (await host.run((0,commands/* getentPasswd */.Od)(s.user))).exitCode === 0;
        const passdb = linux && (await host.run((0,commands/* pdbeditUser */.KN)(s.user))).exitCode === 0;
        if (!linux || !passdb)
            changes.push({
                kind: 'create',
                target: `Samba user ${s.user}`,
                summary: `${linux ? '' : `create the system user ${s.user} and `}add it to Samba (password from ${setup_config/* SECRET_ENV */.$7.sambaPassword})`,
                blocked: cfg.secrets.sambaPassword
                    ? undefined
                    : `${setup_config/* SECRET_ENV */.$7.sambaPassword} is not set: it holds the Samba password of ${s.user} (pass it as a secret, never in the config)`,
                data: { op: 'add-samba-user', user: s.user, linux, passdb },
            });
        changes.push(...(await serviceChange(host, 'smbd', 'Samba shares')));
        return changes;
    },
    async apply(host, cfg, changes) {
        const written = fileWrites(changes);
        if (written.length > 0) {
            await writeFiles(host, written);
            const check = await host.run((0,commands/* testparm */.n4)());
            if (check.exitCode !== 0) {
                for (const f of written)
                    await host.writeFile(f.path, f.before ?? '');
                throw new failure/* HostCommandFailed */.hQ(['testparm', '-s'], check, 'testparm rejected the Samba configuration (previous files restored)');
            }
        }
        for (const { data: u } of changes) {
            if (u.op !== 'add-samba-user')
                continue;
            if (!u.linux)
                await host.ok((0,commands/* useradd */.pY)(u.user, { createHome: false, shell: '/usr/sbin/nologin' }), `creating user ${u.user}`);
            if (!u.passdb)
                await host.ok((0,commands/* smbpasswdAdd */.KD)(u.user, cfg.secrets.sambaPassword ?? ''), `adding Samba user ${u.user}`);
        }
        const started = services(changes);
        for (const unit of started)
            await host.ok((0,commands/* systemctlEnableNow */.yJ)(unit), `starting ${unit}`);
        if (written.length > 0 && !started.includes('smbd'))
            await host.ok((0,commands/* systemctlReload */.YR)('smbd'), 'reloading smbd');
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/storages.ts
/**
 * Proxmox storages: `pvesm add zfspool|dir|nfs` for missing ones, `pvesm set --content` when only
 * the content types or the `nodes` restriction differ (storage.cfg is cluster-wide: one run for the
 * cluster). A storage that exists with another type, pool, path or server is
 * reported as blocked: re-creating a storage would orphan the volumes on it.
 */

function spec(s) {
    const nodes = s.nodes ? { nodes: s.nodes } : {};
    if (s.type === 'zfspool')
        return { type: 'zfspool', pool: s.pool, content: s.content, ...nodes };
    if (s.type === 'dir')
        return { type: 'dir', path: s.dir, content: s.content, ...nodes };
    return {
        type: 'nfs',
        server: s.server,
        export: s.export,
        options: s.options,
        content: s.content,
        ...nodes,
    };
}
const nodeList = (v) => [...(v ?? [])].sort().join(',');
function storages_location(s) {
    if (s.type === 'zfspool')
        return ['pool', s.pool];
    if (s.type === 'dir')
        return ['path', s.dir];
    return ['export', `${s.server}:${s.export}`];
}
function liveLocation(l, key) {
    if (key === 'pool')
        return l.pool;
    if (key === 'path')
        return l.path?.replace(/\/+$/, '');
    return l.server && l.export ? `${l.server}:${l.export}` : undefined;
}
const storagesStep = {
    id: 'storages',
    title: 'Proxmox storages',
    dependsOn: ['zfs-datasets'],
    scope: 'cluster',
    async check(host, cfg) {
        if (cfg.storages.length === 0)
            return [];
        const live = JSON.parse(await host.ok((0,commands/* apiGet */.Vg)('/storage'), 'reading /storage'));
        const byId = new Map(live.map((l) => [l.storage, l]));
        const changes = [];
        for (const s of cfg.storages) {
            const l = byId.get(s.id);
            const [key, where] = storages_location(s);
            if (!l) {
                changes.push({
                    kind: 'create',
                    target: `storage ${s.id}`,
                    summary: `pvesm add ${s.type} ${s.id} (${key} ${where}, content ${s.content.join(',') || 'default'}${s.nodes ? `, nodes ${s.nodes.join(',')}` : ''})`,
                    data: { op: 'add-storage', id: s.id, spec: spec(s) },
                });
                continue;
            }
            const liveWhere = liveLocation(l, key);
            if (l.type !== s.type || liveWhere !== where) {
                changes.push({
                    kind: 'update',
                    target: `storage ${s.id}`,
                    summary: `storage ${s.id} exists with a different definition`,
                    diff: [`- ${l.type} ${key} ${liveWhere ?? '(none)'}`, `+ ${s.type} ${key} ${where}`],
                    blocked: `storage ${s.id} exists as ${l.type} (${key} ${liveWhere ?? 'none'}), the config wants ${s.type} (${key} ${where}). Phoenix does not re-create storages (their volumes would be orphaned): remove or rename it first`,
                });
                continue;
            }
            const have = (l.content ?? '').split(',').filter(Boolean).sort();
            const want = [...s.content].sort();
            const contentDiffers = want.length > 0 && have.join(',') !== want.join(',');
            const disabled = l.disable !== undefined && String(l.disable) !== '0';
            const liveNodes = nodeList((l.nodes ?? '').split(',').filter(Boolean));
            const nodesDiffer = s.nodes !== undefined && liveNodes !== nodeList(s.nodes);
            const what = [
                contentDiffers ? `set content ${want.join(',')}` : '',
                nodesDiffer ? `restrict it to ${nodeList(s.nodes)}` : '',
                disabled ? 'enable it' : '',
            ].filter(Boolean);
            if (what.length > 0)
                changes.push({
                    kind: 'update',
                    target: `storage ${s.id}`,
                    summary: `${what.join(' and ')} on ${s.id}`,
                    diff: [
                        ...(contentDiffers
                            ? [`- content ${have.join(',') || '(none)'}`, `+ content ${want.join(',')}`]
                            : []),
                        ...(nodesDiffer ? [`- nodes ${liveNodes || '(all)'}`, `+ nodes ${nodeList(s.nodes)}`] : []),
                        ...(disabled ? ['- disable 1', '+ disable 0'] : []),
                    ],
                    data: {
                        op: 'set-storage',
                        id: s.id,
                        content: contentDiffers ? want : undefined,
                        nodes: nodesDiffer ? s.nodes : undefined,
                        enable: disabled || undefined,
                    },
                });
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const { data: p } of changes) {
            // Proxmox activates a new storage on the node that adds it when it is enabled there
            // (PVE::API2::Storage::Config `create`: storage_check_enabled, then activate_storage), to
            // find problems early; a storage restricted to other nodes is added on one of them, so
            // that check looks at the node that has its pool or directory.
            if (p.op === 'add-storage')
                await host.onOneOf(p.spec.nodes ?? []).ok((0,commands/* pvesmAdd */.zt)(p.id, p.spec), `pvesm add ${p.id}`);
            else
                await host.ok((0,commands/* pvesmSet */.eB)(p.id, { content: p.content, nodes: p.nodes, disable: p.enable ? false : undefined }), `pvesm set ${p.id}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/time.ts
/**
 * Time zone and NTP: `timedatectl` sets the zone and turns synchronisation on; configured NTP
 * servers go into a chrony sources file (Proxmox VE 8 and 9 use chrony) that chronyd reloads.
 */



const CHRONY_SOURCES = '/etc/chrony/sources.d/phoenix.sources';
const timeStep = {
    id: 'time',
    title: 'Time zone and NTP',
    // chrony and timedatectl come with every Proxmox VE 8/9 install.
    dependsOn: [],
    scope: 'node',
    async check(host, cfg) {
        const shown = await host.ok((0,commands/* timedatectlShow */.O)(), 'timedatectl show');
        const props = new Map(shown
            .split('\n')
            .filter((l) => l.includes('='))
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]));
        const changes = [];
        const zone = props.get('Timezone');
        if (cfg.timezone && zone !== cfg.timezone)
            changes.push({
                kind: 'update',
                target: 'time zone',
                summary: `set the time zone to ${cfg.timezone}`,
                diff: [`- ${zone ?? '(unknown)'}`, `+ ${cfg.timezone}`],
                data: { op: 'set-timezone', zone: cfg.timezone },
            });
        if (props.get('NTP') !== 'yes')
            changes.push({
                kind: 'update',
                target: 'NTP',
                summary: 'turn on time synchronisation',
                data: { op: 'enable-ntp' },
            });
        if (cfg.ntpServers.length > 0) {
            const [before] = (await host.readFiles([CHRONY_SOURCES])).values();
            const text = MANAGED_HEADER + cfg.ntpServers.map((s) => `server ${s} iburst\n`).join('');
            changes.push(...fileChange(CHRONY_SOURCES, before, text, `use NTP servers ${cfg.ntpServers.join(', ')}`));
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        const files = [];
        for (const { data } of changes) {
            if (data.op === 'set-timezone')
                await host.ok((0,commands/* timedatectlSetTimezone */.KE)(data.zone), 'timedatectl set-timezone');
            else if (data.op === 'enable-ntp')
                await host.ok((0,commands/* timedatectlSetNtp */.J7)(true), 'timedatectl set-ntp');
            else
                files.push(data);
        }
        if (files.length > 0) {
            await host.ok((0,commands/* mkdirP */.U$)('/etc/chrony/sources.d'));
            await writeFiles(host, files);
            await host.ok((0,commands/* chronycReloadSources */.m5)(), 'chronyc reload sources');
        }
    },
};

// EXTERNAL MODULE: ./src/model/host-config/sizes.ts
var sizes = __webpack_require__(9407);
;// CONCATENATED MODULE: ./src/hypervisor/steps/zfs.ts
/**
 * ZFS: pools (created only when absent, only on disks that hold no data unless the operator named
 * the disk in `--confirm-destructive`), datasets with their properties, and the ARC maximum
 * (modprobe option for boot, sysfs for now).
 */




/** What lsblk says about one disk. */
async function inspectDisk(host, disk) {
    const r = await host.run((0,commands/* lsblkDisk */.w6)(disk));
    if (r.exitCode !== 0) {
        const why = r.stderr.trim().split('\n')[0] || `lsblk exit ${r.exitCode}`;
        return { disk, found: false, data: [], wipe: [], mounted: [], error: why };
    }
    const dev = JSON.parse(r.stdout).blockdevices?.[0];
    if (!dev)
        return { disk, found: false, data: [], wipe: [], mounted: [], error: 'not listed by lsblk' };
    const data = [];
    const mounted = [];
    if (dev.pttype)
        data.push(`${dev.pttype} partition table`);
    if (dev.fstype)
        data.push(`${dev.fstype} signature`);
    if (dev.mountpoint)
        mounted.push(dev.mountpoint);
    const parts = dev.children ?? [];
    if (parts.length > 0)
        data.push(`${parts.length} partition(s)${parts.some((p) => p.fstype)
            ? ` (${parts
                .map((p) => p.fstype)
                .filter(Boolean)
                .join(', ')})`
            : ''}`);
    for (const p of parts)
        if (p.mountpoint)
            mounted.push(p.mountpoint);
    return {
        disk,
        found: true,
        data,
        wipe: [...parts.map((p) => p.path ?? '').filter(Boolean), dev.path ?? disk],
        mounted,
    };
}
async function existingPools(host) {
    const out = await host.ok((0,commands/* zpoolList */.ZH)(), 'zpool list');
    return new Set(out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]));
}
const zfsPoolsStep = {
    id: 'zfs-pools',
    title: 'ZFS pools',
    dependsOn: [],
    scope: 'node',
    async check(host, cfg) {
        if (cfg.zfs.pools.length === 0)
            return [];
        const have = await existingPools(host);
        const changes = [];
        for (const pool of cfg.zfs.pools) {
            if (have.has(pool.name))
                continue;
            const disks = await Promise.all(pool.disks.map((d) => inspectDisk(host, d)));
            const wipe = [];
            const blocked = [];
            const diff = [];
            for (const d of disks) {
                if (!d.found) {
                    blocked.push(`disk ${d.disk} was not found (${d.error})`);
                    diff.push(`! ${d.disk}: not found`);
                }
                else if (d.data.length === 0)
                    diff.push(`+ ${d.disk} (blank)`);
                else if (d.mounted.length > 0) {
                    blocked.push(`disk ${d.disk} is mounted at ${d.mounted.join(', ')}; Phoenix never wipes a mounted disk`);
                    diff.push(`! ${d.disk}: mounted at ${d.mounted.join(', ')}`);
                }
                else if (cfg.confirmDestructive.has(d.disk)) {
                    wipe.push(...d.wipe);
                    diff.push(`- ${d.disk}: WIPE ${d.data.join(', ')} (confirmed)`);
                }
                else {
                    blocked.push(`disk ${d.disk} holds data (${d.data.join(', ')}); it is wiped only when --confirm-destructive (workflow input confirm-destructive) names it`);
                    diff.push(`! ${d.disk}: holds data (${d.data.join(', ')})`);
                }
            }
            changes.push({
                kind: 'create',
                target: `pool ${pool.name}`,
                summary: `create ${pool.layout} pool ${pool.name} on ${pool.disks.length} disk(s)${wipe.length > 0 ? ', wiping confirmed disks first' : ''}`,
                diff,
                blocked: blocked.length > 0 ? blocked.join('; ') : undefined,
                destructive: wipe.length > 0,
                data: { op: 'create-pool', pool, wipe },
            });
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const { data } of changes) {
            const { pool, wipe } = data;
            for (const dev of wipe)
                await host.ok((0,commands/* wipefsAll */.ID)(dev), `wiping ${dev}`);
            const vdevs = [{ type: pool.layout === 'single' ? undefined : pool.layout, disks: pool.disks }];
            await host.ok((0,commands/* zpoolCreate */.b)(pool.name, vdevs, { ashift: 12 }), `creating pool ${pool.name}`);
        }
    },
};
/** Compares a configured property with what `zfs get -p` printed (exact bytes, or a size with a unit). */
function sameProp(name, want, have) {
    if (have === undefined)
        return false;
    if (want === 'none' && /^(0|none|-)$/.test(have))
        return true;
    const w = want === 'none' ? undefined : (0,sizes/* parseZfsSize */.Y)(want);
    const h = (0,sizes/* parseZfsSize */.Y)(have);
    if (w !== undefined && h !== undefined)
        return w === h;
    return (want.toLowerCase() === have.toLowerCase() || (name === 'compression' && want === 'on' && have === 'lz4'));
}
const zfsDatasetsStep = {
    id: 'zfs-datasets',
    title: 'ZFS datasets',
    dependsOn: ['zfs-pools'],
    scope: 'node',
    async check(host, cfg) {
        if (cfg.zfs.datasets.length === 0)
            return [];
        const listed = await host.ok((0,commands/* zfsList */.On)(), 'zfs list');
        const existing = new Set(listed
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split('\t')[0]));
        const present = cfg.zfs.datasets.filter((d) => existing.has(d.full));
        const names = [...new Set(present.flatMap((d) => Object.keys(d.properties)))];
        const current = new Map();
        if (present.length > 0 && names.length > 0) {
            const got = await host.ok((0,commands/* zfsGet */.kI)(present.map((d) => d.full), names), 'zfs get');
            for (const line of got.split('\n')) {
                const [ds, prop, value] = line.split('\t');
                if (ds && prop && value !== undefined)
                    current.set(`${ds}\t${prop}`, value);
            }
        }
        const changes = [];
        for (const d of cfg.zfs.datasets) {
            if (!existing.has(d.full)) {
                changes.push({
                    kind: 'create',
                    target: `dataset ${d.full}`,
                    summary: `create ${d.full}${Object.keys(d.properties).length
                        ? ` with ${Object.entries(d.properties)
                            .map(([k, v]) => `${k}=${v}`)
                            .join(', ')}`
                        : ''}`,
                    diff: Object.entries(d.properties).map(([k, v]) => `+ ${k}=${v}`),
                    data: { op: 'create-dataset', full: d.full, props: { ...d.properties } },
                });
                continue;
            }
            const differ = Object.entries(d.properties).filter(([k, v]) => !sameProp(k, v, current.get(`${d.full}\t${k}`)));
            if (differ.length === 0)
                continue;
            const show = (k, v) => {
                if (v !== undefined && /^\d+$/.test(v) && (0,sizes/* parseZfsSize */.Y)(d.properties[k] ?? '') !== undefined)
                    return formatBytes(Number(v));
                return v ?? '(unset)';
            };
            changes.push({
                kind: 'update',
                target: `dataset ${d.full}`,
                summary: `set ${differ.map(([k, v]) => `${k}=${v}`).join(', ')} on ${d.full}`,
                diff: differ.flatMap(([k, v]) => [
                    `- ${k}=${show(k, current.get(`${d.full}\t${k}`))}`,
                    `+ ${k}=${v}`,
                ]),
                data: { op: 'set-properties', full: d.full, props: Object.fromEntries(differ) },
            });
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const { data: p } of changes) {
            if (p.op === 'create-dataset')
                await host.ok((0,commands/* zfsCreate */.iv)(p.full, p.props), `creating ${p.full}`);
            else
                await host.ok((0,commands/* zfsSet */.G$)(p.full, p.props), `setting properties of ${p.full}`);
        }
    },
};
const ZFS_MODPROBE = '/etc/modprobe.d/zfs.conf';
const ARC_SYSFS = '/sys/module/zfs/parameters/zfs_arc_max';
/** zfs.conf with `options zfs zfs_arc_max=N` (other lines and options kept). */
function withArcMax(text, bytes) {
    const lines = (text ?? '').split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
    let done = false;
    const out = lines.map((l) => {
        if (!/^\s*options\s+zfs\s/.test(l) || !/zfs_arc_max=/.test(l))
            return l;
        done = true;
        return l.replace(/zfs_arc_max=\S*/, `zfs_arc_max=${bytes}`);
    });
    if (!done)
        out.push(`options zfs zfs_arc_max=${bytes}`);
    return out.join('\n') + '\n';
}
const zfsArcStep = {
    id: 'zfs-arc',
    title: 'ZFS ARC maximum',
    dependsOn: [],
    scope: 'node',
    async check(host, cfg) {
        const bytes = cfg.zfs.arcMaxBytes;
        if (bytes === undefined)
            return [];
        const files = await host.readFiles([ZFS_MODPROBE, ARC_SYSFS]);
        const changes = fileChange(ZFS_MODPROBE, files.get(ZFS_MODPROBE), withArcMax(files.get(ZFS_MODPROBE), bytes), `limit the ARC to ${formatBytes(bytes)} at boot (and rebuild the initramfs)`);
        const now = files.get(ARC_SYSFS)?.trim();
        if (now !== String(bytes))
            changes.push({
                kind: 'update',
                target: ARC_SYSFS,
                summary: `limit the ARC to ${formatBytes(bytes)} now`,
                diff: [
                    `- ${now === undefined ? '(ZFS module not loaded)' : now === '0' ? '0 (default: half of RAM)' : now}`,
                    `+ ${bytes}`,
                ],
                data: { op: 'set-arc-max', bytes },
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        await writeBootFiles(host, changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : [])));
        const runtime = changes.flatMap(({ data }) => (data.op === 'set-arc-max' ? [data] : []))[0];
        if (runtime)
            await host.writeFile(ARC_SYSFS, `${runtime.bytes}\n`);
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/index.ts












const SETUP_STEPS = [
    defineStep(aptStep),
    defineStep(timeStep),
    defineStep(networkStep),
    defineStep(zfsPoolsStep),
    defineStep(zfsDatasetsStep),
    defineStep(zfsArcStep),
    defineStep(storagesStep),
    defineStep(nfsStep),
    defineStep(sambaStep),
    defineStep(vfioStep),
    defineStep(nvidiaStep),
    defineStep(adminStep),
    defineStep(accessStep),
    defineStep(firewallStep),
    defineStep(apparmorStep),
    defineStep(templatesStep),
];

;// CONCATENATED MODULE: ./src/hypervisor/types.ts
const STEP_IDS = [
    'apt',
    'time',
    'network',
    'zfs-pools',
    'zfs-datasets',
    'zfs-arc',
    'storages',
    'nfs',
    'samba',
    'vfio',
    'nvidia',
    'admin',
    'access',
    'firewall',
    'apparmor',
    'templates',
];

;// CONCATENATED MODULE: ./src/hypervisor/setup.ts
/**
 * `setup-hypervisor` end to end, for the CLI and the GitHub action: validate the config dir (which
 * resolves the hypervisor file into its HostConfig), bind that to this run's secrets and
 * confirmations (nothing touches the host when the hypervisor file has errors), open the target
 * (with the audit log, secrets masked), run the steps (cluster-wide ones once, per-node ones on
 * each node: nodes.ts), close. Returns the report; rendering is the
 * caller's.
 */














/** `a,b` -> step ids; unknown names are a usage error listing the valid ones. */
function parseStepList(items) {
    const names = (items ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
    if (names.length === 0)
        return undefined;
    const unknown = names.filter((n) => !STEP_IDS.includes(n));
    if (unknown.length > 0)
        throw new errors/* UserError */.y(`unknown step(s) ${unknown.join(', ')}: the steps are ${STEP_IDS.join(', ')}`, 2);
    return new Set(names);
}
function checkConfirmations(cfg, names) {
    const zfs = [cfg.zfs, ...(cfg.cluster?.nodes ?? []).flatMap((n) => (n.zfs ? [n.zfs] : []))];
    const disks = new Set(zfs.flatMap((z) => z.pools.flatMap((p) => p.disks)));
    const stray = names.filter((n) => !disks.has(n));
    if (stray.length > 0)
        throw new errors/* UserError */.y(`--confirm-destructive names ${stray.join(', ')}, which ${stray.length === 1 ? 'is' : 'are'} not a disk of any pool in the config (pool disks: ${[...disks].join(', ') || 'none'})`, 2);
}
function secretValues(cfg) {
    const out = [cfg.secrets.adminPasswordHash, cfg.secrets.sambaPassword];
    for (const u of cfg.access.users)
        if (u.passwordEnv)
            out.push(cfg.secrets.env[u.passwordEnv]);
    return out.filter((v) => typeof v === 'string' && v !== '');
}
/** The target's shell transport, from the target factory (setup speaks argv). */
/** The shell transport setup runs on: the caller's `openTransport`, else the target factory's. */
async function openSetupTransport(o, target) {
    if (o.openTransport)
        return o.openTransport(target);
    const { openShellTransport } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 78969));
    return openShellTransport(target, { env: o.env, cwd: o.cwd });
}
async function runSetup(o) {
    const only = parseStepList(o.steps);
    const confirm = (o.confirmDestructive ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
    // Validation resolves the hypervisor file (AppArmor sources from <config>/apparmor/) and
    // reports its PHX-HV-* findings; a missing file is setup's problem alone.
    const validation = await (0,validate/* validateConfigDir */.cz)(o.configDir);
    const isHost = (d) => host_config/* HOST_RULE_IDS */.$W.has(d.rule);
    const hostFindings = validation.loaded.present.hypervisor
        ? validation.diagnostics.filter(isHost)
        : (0,host_config/* hostDiagnostics */.bf)(validation.loaded, validation.host);
    const built = (0,setup_config/* bindSetup */.z8)(validation.host.config, hostFindings, (0,setup_config/* secretsFromEnv */.zr)(o.env), confirm);
    // Only the hypervisor file's findings matter here; the guests' own problems (a missing feature
    // script...) are for `phoenix validate` and do not stop the host setup.
    const hvFile = (0,external_node_path_.join)(o.configDir, types/* CONFIG_FILES */.n.hypervisor);
    const own = validation.diagnostics.filter((d) => d.file === hvFile && !isHost(d));
    // A finding of another rule where the host rules report an error says the same thing less precisely.
    const diagnostics = [...(0,rules/* withoutShadowedSchemaFindings */.JR)(own, built.diagnostics), ...built.diagnostics].sort(config_diagnostics/* compareDiagnostics */.oV);
    const elsewhere = validation.diagnostics.filter((d) => d.file !== hvFile && !isHost(d)).length;
    const none = { tokens: new Map(), commands: [], otherFindings: elsewhere };
    if (own.some((d) => d.severity === 'error') || !built.config)
        return { diagnostics, exitCode: 1, ...none };
    const cfg = built.config;
    checkConfirmations(cfg, confirm);
    const wanted = requestedNodes(cfg, o.node);
    const masker = new audit/* SecretMasker */.M2(secretValues(cfg), o.onSecret);
    let transport = await openSetupTransport(o, o.target);
    let host;
    let steps;
    try {
        // Inside the try: whatever fails from here on, closing the transport releases what it
        // holds (the host lock of a real run).
        if (o.auditLog)
            transport = (0,audit.withAudit)(transport, o.auditLog, masker);
        host = new SetupHost(transport, o.dryRun, (v) => masker.add(v));
        const { connected, nodes } = await setupTargets(host, cfg, wanted);
        steps = await runStepsOn(connected, nodes, SETUP_STEPS, { dryRun: o.dryRun, only, onStep: o.onStep });
    }
    finally {
        await transport.close();
    }
    const report = {
        target: transport.description,
        dryRun: o.dryRun,
        steps,
        tokens: [...host.createdTokens.keys()],
    };
    const failed = steps.some((s) => s.status === 'failed' || s.status === 'blocked');
    return {
        diagnostics,
        report,
        tokens: host.createdTokens,
        commands: host.log,
        otherFindings: elsewhere,
        exitCode: failed ? 1 : 0,
    };
}


/***/ }),

/***/ 59311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PN: () => (/* binding */ SETUP_REFUSED),
/* harmony export */   _M: () => (/* binding */ writeTokensFile),
/* harmony export */   ej: () => (/* binding */ runSetupJob)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_apply_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24164);
/* harmony import */ var _host_host_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25611);
/* harmony import */ var _hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25217);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * The setup job, shared by `phoenix setup-hypervisor` and the setup-hypervisor action: the
 * hypervisor setup run (src/hypervisor/setup.ts) with each step's outcome logged as a group when
 * a `Logger` is given, and the file the secrets of new API tokens are kept in. A real (not dry)
 * run holds the host-wide lock that apply takes (src/host/host-lock.ts) while it works on the
 * host, so setup and apply never interleave; a dry run only reads and takes none.
 */





/** Said (CLI) or logged as an error (action) when the config stops the run before the host. */
const SETUP_REFUSED = 'setup-hypervisor: the config has errors; nothing was run on the host.';
/** Same default as apply's `--lock-timeout`. */
const DEFAULT_LOCK_TIMEOUT_MS = 600_000;
function logStep(logger, s) {
    logger.startGroup(`${s.id}${s.node ? `@${s.node}` : ''}: ${s.status}${s.changes.length ? ` (${s.changes.length})` : ''}`);
    for (const c of s.changes)
        logger.info(`${c.info ? '!' : c.kind} ${c.summary}${c.blocked ? ` [blocked: ${c.blocked}]` : ''}`);
    if (s.status === 'failed' || s.status === 'blocked')
        logger.error(`setup-hypervisor ${s.id}${s.node ? ` on node ${s.node}` : ''}: ${s.error ?? s.status}`);
    else if (s.error)
        logger.info(s.error);
    logger.endGroup();
}
/**
 * The transport setup opens, holding the host lock from the moment it is open until it is
 * closed: setup opens the host only once the config is valid, and closes it when its steps end.
 */
async function openLocked(o, l, target) {
    const transport = await (0,_hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .openSetupTransport */ .F9)(o, target);
    const timeoutMs = l.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    let lock;
    try {
        lock = await (0,_host_apply_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .acquireApplyLock */ .sw)(transport, {
            timeoutMs,
            pollMs: l.lockPollMs,
            note: 'setup-hypervisor',
            onWait: (holder, position) => l.logger?.info(`Waiting for the host-wide apply lock (${position} ahead of us): ${(0,_host_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .describeHolder */ .sG)(holder)}; ` +
                `giving up after ${(0,_host_host_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .secs */ .zG)(timeoutMs)}.`),
            onClusterWait: (m) => l.logger?.info(m),
            onWarning: (m) => l.logger?.warning(m),
        });
    }
    catch (err) {
        await transport.close().catch(() => undefined);
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y)
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`cannot take the host-wide apply lock on ${transport.description}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u)(err)}`, 1);
    }
    return {
        description: transport.description,
        ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
        run: (argv, options) => transport.run(argv, options),
        close: async () => {
            // A lock that cannot be released (dropped connection) expires on its own; like apply,
            // say so rather than failing a setup whose steps are done.
            try {
                await lock.release();
            }
            catch (err) {
                l.logger?.warning(`could not release the host-wide apply lock: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u)(err)}`);
            }
            finally {
                await transport.close();
            }
        },
    };
}
async function runSetupJob(o) {
    const { logger, lockTimeoutMs, lockPollMs, ...options } = o;
    const withSteps = logger ? { ...options, onStep: (s) => logStep(logger, s) } : options;
    if (o.dryRun)
        return (0,_hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .runSetup */ .xn)(withSteps);
    const lock = { logger, lockTimeoutMs, lockPollMs };
    return (0,_hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .runSetup */ .xn)({ ...withSteps, openTransport: (target) => openLocked(options, lock, target) });
}
/** The secrets of the API tokens a run created, as JSON readable by the owner only. */
function writeTokensFile(path, tokens) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, JSON.stringify(Object.fromEntries(tokens), null, 2) + '\n', { mode: 0o600 });
}


/***/ }),

/***/ 26573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ clusterStorages),
/* harmony export */   gW: () => (/* binding */ clusterNodes),
/* harmony export */   qK: () => (/* binding */ parseClusterStatus),
/* harmony export */   uc: () => (/* binding */ nodeDetailsOf)
/* harmony export */ });
/** Proxmox prints these flags as 0/1 (Perl integers); a JSON boolean is taken as well. */
const flag = (v) => v === 1 || v === true;
/** The node entries of `/cluster/status` (the `cluster` entry, when clustered, is left out). */
function parseClusterStatus(list) {
    const nodes = [];
    for (const e of list) {
        if (!e || typeof e !== 'object')
            continue;
        const r = e;
        if (r.type !== 'node' || typeof r.name !== 'string' || r.name === '')
            continue;
        const node = {
            name: r.name,
            online: flag(r.online),
            local: flag(r.local),
        };
        if (typeof r.ip === 'string' && r.ip !== '')
            node.address = r.ip;
        nodes.push(node);
    }
    return nodes;
}
/**
 * Nodes from both reads (and the nodes guests name). Online: corosync's view (`/cluster/status`)
 * where known, else the resource entry's `status`; a node with neither counts as online, as
 * before clusters were read (a host whose resource list names no node entries at all).
 */
function clusterNodes(resources, status) {
    const nodeRes = new Map(resources.filter((r) => r.type === 'node' && r.node).map((r) => [r.node, r]));
    const guestNodes = resources
        .filter((r) => (r.type === 'lxc' || r.type === 'qemu') && r.node)
        .map((r) => r.node);
    const byName = new Map((status ?? []).map((s) => [s.name, s]));
    const names = [...new Set([...nodeRes.keys(), ...guestNodes, ...byName.keys()])].sort();
    const isOnline = (name) => {
        const s = byName.get(name);
        if (s)
            return s.online;
        const r = nodeRes.get(name);
        if (r)
            return r.status === 'online';
        return nodeRes.size === 0;
    };
    const local = (status ?? []).find((s) => s.local)?.name ?? (names.length === 1 ? names[0] : undefined);
    return { names, online: names.filter(isOnline), local, status: byName };
}
/**
 * The storages (a shared one once, a node-local one per node holding it) and their content
 * listings: one per storage holding `vztmpl` or `import` (per online node when not shared),
 * whichever of the two it holds, so a storage with both (Proxmox's `local`) is listed once.
 * A shared storage is listed from the local node when it has it, else from the first online one.
 */
function clusterStorages(resources, nodes) {
    const online = new Set(nodes.online);
    const storages = [];
    const queries = [];
    const shared = new Map();
    for (const r of resources.filter((x) => x.type === 'storage' && x.storage)) {
        const isShared = flag(r.shared);
        const content = (r.content ?? '').split(',').filter((c) => c !== '');
        const known = shared.get(r.storage);
        if (isShared && known) {
            if (r.node)
                known.seenOn.push(r.node);
            continue;
        }
        const entry = {
            id: r.storage,
            type: r.plugintype ?? '',
            content,
        };
        if (!isShared && r.node)
            entry.node = r.node;
        if (r.shared !== undefined)
            entry.shared = isShared;
        storages.push(entry);
        if (isShared)
            shared.set(r.storage, { entry, seenOn: r.node ? [r.node] : [] });
        else if (r.node && online.has(r.node))
            queries.push(...listingsOf(r.node, r.storage, content));
    }
    for (const [id, { entry, seenOn }] of shared) {
        const from = seenOn.includes(nodes.local ?? '')
            ? nodes.local
            : seenOn.filter((n) => online.has(n)).sort()[0];
        if (from)
            queries.push(...listingsOf(from, id, entry.content));
    }
    storages.sort((a, b) => a.id === b.id ? ((a.node ?? '') < (b.node ?? '') ? -1 : 1) : a.id < b.id ? -1 : 1);
    queries.sort((a, b) => (a.node === b.node ? (a.storage < b.storage ? -1 : 1) : a.node < b.node ? -1 : 1));
    return { storages, queries };
}
function listingsOf(node, storage, content) {
    const vztmpl = content.includes('vztmpl');
    const imports = content.includes('import');
    if (vztmpl && imports)
        return [{ node, storage }];
    if (vztmpl)
        return [{ node, storage, content: 'vztmpl' }];
    if (imports)
        return [{ node, storage, content: 'import' }];
    return [];
}
/** One `LiveNode` per node, sorted by name; facts not read stay absent (unknown). */
function nodeDetailsOf(nodes, facts) {
    const online = new Set(nodes.online);
    return nodes.names.map((name) => {
        const d = { name, online: online.has(name) };
        const address = nodes.status.get(name)?.address;
        if (address)
            d.address = address;
        if (nodes.local !== undefined)
            d.local = name === nodes.local;
        const templates = facts.templates?.get(name);
        if (templates)
            d.templates = templates;
        const bridges = facts.bridges.get(name);
        if (bridges)
            d.bridges = bridges;
        const entries = facts.entries.get(name);
        if (entries) {
            d.deviceNodes = entries.deviceNodes;
            d.apparmorProfiles = entries.apparmorProfiles;
        }
        return d;
    });
}


/***/ })

};
