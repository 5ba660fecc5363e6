export const id = 144;
export const ids = [144,969];
export const modules = {

/***/ 1400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ TextReporter),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   YA: () => (/* binding */ seconds)
/* harmony export */ });
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6618);


function fit(text, width) {
    return text.length > width ? `${text.slice(0, width - 3)}...` : text.padEnd(width);
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
const MARK = {
    succeeded: 'ok',
    failed: 'FAILED',
    skipped: 'skipped',
};
class TextReporter {
    o;
    t0;
    steps = new Map();
    changes = new Map();
    constructor(o) {
        this.o = o;
        this.t0 = (o.now ?? performance.now.bind(performance))();
    }
    stamp() {
        const ms = (this.o.now ?? performance.now.bind(performance))() - this.t0;
        return `[${seconds(ms).padStart(7)}]`;
    }
    guestStarted(change) {
        this.changes.set(change.address, change);
        this.o.log.info(`${this.stamp()} ${change.address} ${change.name}: ${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAction */ .u7)(change)}`);
    }
    stepFinished(change, step) {
        const list = this.steps.get(change.address) ?? [];
        list.push(step);
        this.steps.set(change.address, list);
    }
    guestFinished(r) {
        const title = `${r.address} ${r.name}: ${MARK[r.outcome]}${r.outcome === 'skipped' ? '' : ` in ${seconds(r.ms)}`}`;
        if (r.outcome === 'skipped') {
            this.o.log.info(`${this.stamp()} ${title} (${r.reason ?? 'not run'})`);
            return;
        }
        const body = r.steps.map((s) => `    ${s.ok ? ' ' : '!'} ${fit(s.label, 52)} ${seconds(s.ms).padStart(7)}${s.note ? `  (${s.note})` : ''}`);
        if (r.outcome === 'failed' && r.reason)
            body.push(`    error: ${r.reason.replace(/\n/g, '\n           ')}`);
        for (const w of r.warnings)
            body.push(`    warning: ${w}`);
        (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .logGroup */ .QT)(this.o.log, title, body.join('\n'), { stamp: this.stamp() });
    }
}
/** The summary table printed after a run. */
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
    const problems = result.guests.filter((g) => g.outcome !== 'succeeded');
    if (problems.length) {
        out.push('', 'Not applied:');
        for (const g of problems)
            out.push(`  ${g.address}: ${(g.reason ?? g.outcome).split('\n')[0]}`);
    }
    return out.join('\n') + '\n';
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

/***/ 1560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ applyToHost)
});

// UNUSED EXPORTS: runApplyJob

// EXTERNAL MODULE: ./src/config/diagnostics.ts
var diagnostics = __webpack_require__(7410);
// EXTERNAL MODULE: ./src/host/host-lock.ts
var host_lock = __webpack_require__(1740);
// EXTERNAL MODULE: ./src/plan/guest-plan.ts
var guest_plan = __webpack_require__(7319);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/logger.ts
var logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(1432);
// EXTERNAL MODULE: ./src/host/failure.ts
var failure = __webpack_require__(2596);
// EXTERNAL MODULE: ./src/host/retry.ts
var retry = __webpack_require__(4220);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/dialect/guest-key-row.ts
var guest_key_row = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/dialect/key-conversions.ts
var key_conversions = __webpack_require__(1325);
// EXTERNAL MODULE: ./src/dialect/lxc-keys.ts
var lxc_keys = __webpack_require__(1244);
// EXTERNAL MODULE: ./src/dialect/qemu-keys.ts
var qemu_keys = __webpack_require__(2337);
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
/**
 * Making a guest exist and configuring it, through the host port: a template download (shared by
 * the run) and container creation, VM creation + disk import of the cloud image + boot order +
 * disk size, full clones (one at a time per source, since Proxmox locks the source while it
 * copies), config changes, raw `lxc.*` lines (on hosts that can write them), disk growth.
 * A new guest carries the Phoenix tag and its done-record from the first operation on, so a run
 * that fails half-way leaves a guest the next plan recognises as its own.
 */



const TAGS = (0,markers/* managedTags */.L8)([]);
async function download(m, s, volid) {
    const parts = templateParts(volid);
    if (!parts)
        throw new Error(`cannot download ${volid}: expected STORAGE:vztmpl/FILE`);
    let pending = m.downloads.get(volid);
    if (!pending) {
        pending = s.host.downloadTemplate(parts.storage, parts.file);
        m.downloads.set(volid, pending);
    }
    await pending;
}
async function createGuest(m, s, step, description) {
    const id = s.guest.id;
    if (s.guest.kind === 'lxc') {
        if (step.download)
            await download(m, s, step.source);
        const { settings, unprivileged } = lxcArgs(step.config);
        await s.host.createContainer(id, step.source, { ...settings, unprivileged, tags: TAGS, description });
        if (step.lxcRaw.length)
            await writeRawLxcLines(s, step.lxcRaw);
        return;
    }
    // VM: the cloud image becomes scsi0; boot order and size follow once the disk exists.
    const { scsi0, boot, ...rest } = step.config;
    void scsi0;
    const args = qemuArgs(rest);
    await s.host.createVm(id, { ...args.settings, tags: TAGS, description }, args.sshkeys);
    const image = (0,external_node_path_.isAbsolute)(step.source) ? step.source : external_node_path_.posix.join(m.settings.imageDir, step.source);
    try {
        await s.host.importVmDisk(id, image, step.storage, 'scsi0');
    }
    catch (err) {
        throw new Error(`${err.message}\n(the cloud image is looked up at ${image}; put it there, e.g. with setup-hypervisor, or name an absolute path in template_image)`);
    }
    if (boot)
        await s.host.setVm(id, qemuArgs({ boot }).settings);
    await s.host.resizeDisk(s.guest, 'scsi0', `${step.diskGb}G`);
}
async function cloneGuest(m, s, step, description) {
    const o = {
        full: true,
        storage: step.storage,
        description,
        ...(step.snapshot ? { snapname: step.snapshot } : {}),
        name: step.name,
    };
    await m.mutex.with(`clone-source:${step.source}`, () => s.host.cloneGuest(s.guest, step.source, o));
    // A clone copies its source's tags; a source Phoenix does not manage has none to give.
    if (!m.sourceManaged(step.source))
        await s.host.setMeta(s.guest, { tags: TAGS });
}
async function configureGuest(s, step) {
    const id = s.guest.id;
    const hasKeys = Object.keys(step.set).length > 0 || step.delete.length > 0;
    if (s.guest.kind === 'lxc') {
        if (hasKeys) {
            const { settings, unprivileged } = lxcArgs(step.set);
            if (unprivileged !== undefined)
                throw new Error(`'unprivileged' cannot change on an existing container`);
            await s.host.setContainer(id, { ...settings, ...(step.delete.length ? { delete: step.delete } : {}) });
        }
        if (step.lxcRaw)
            await writeRawLxcLines(s, step.lxcRaw);
        return;
    }
    if (!hasKeys)
        return;
    const args = qemuArgs(step.set);
    await s.host.setVm(id, { ...args.settings, ...(step.delete.length ? { delete: step.delete } : {}) }, args.sshkeys);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/apply/scripts.ts
/**
 * Feature and application scripts as apply pushes them: read from the config dir once, and
 * checked against the content hash the plan recorded, so apply never runs a script other than the
 * one the reviewed plan names.
 */




class ScriptError extends Error {
}
class ScriptStore {
    configDir;
    cache = new Map();
    constructor(configDir) {
        this.configDir = configDir;
    }
    load(path) {
        let p = this.cache.get(path);
        if (!p) {
            p = (0,promises_.readFile)((0,external_node_path_.join)(this.configDir, path)).then((bytes) => ({ text: bytes.toString('utf8'), sha: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') }), (err) => {
                throw new ScriptError(`cannot read ${(0,external_node_path_.join)(this.configDir, path)}: ${err.code ?? err.message}`);
            });
            this.cache.set(path, p);
        }
        return p;
    }
    /**
     * The script at `path` (relative to the config dir). `token` is the short content hash the plan
     * recorded (`features/x.sh` steps) or `unknown` when the plan could not hash it.
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

// EXTERNAL MODULE: ./src/apply/snapshot-order.ts
var snapshot_order = __webpack_require__(9967);
// EXTERNAL MODULE: ./src/apply/types.ts
var types = __webpack_require__(9053);
;// CONCATENATED MODULE: ./src/apply/guest-run.ts
/**
 * Executes one guest's steps from the plan, in order: the lifecycle of a container or VM from
 * create/clone through configuration, start, features, application script, health check,
 * snapshots and template conversion, recording progress on the guest (markers.ts) after every
 * step that runs something inside it, so a later run repeats nothing that finished.
 * Creation and configuration details live in guest-make.ts; this file holds the step loop, the
 * in-guest work and the safety snapshot.
 */








/** Where Phoenix keeps what it hands to scripts inside a guest. */
const GUEST_DIR = '/root/.phoenix';
const GUEST_CONFIG_PATH = `${GUEST_DIR}/guest.json`;
const GUEST_CONFIG_ENV = 'PHOENIX_GUEST_CONFIG';
class StepFailed extends Error {
}
/** Steps that change an existing guest's config or content (a safety snapshot is taken first). */
const CHANGING_OPS = new Set([
    'configure',
    'resize',
    'firewall',
    'restart',
    'feature',
    'app-script',
    'template',
    'destroy',
]);
class GuestRun {
    input;
    guest;
    host;
    marker;
    running;
    staged = false;
    records = [];
    retries = 0;
    constructor(input) {
        this.input = input;
        const { change, live } = input;
        this.guest = { kind: change.kind, id: change.id, ...(input.node ? { node: input.node } : {}) };
        // Every operation with the run's retry policy; retries are counted for the step's note.
        this.host = input.port.withPolicy({ retry: input.settings.retry, onRetry: () => this.retries++ });
        const record = change.steps.find((s) => s.op === 'record');
        const fresh = change.steps.some((s) => s.op === 'create' || s.op === 'clone');
        const src = record?.op === 'record' ? record.marker.src : undefined;
        const liveMarker = live ? input.readMarker(live) : undefined;
        this.marker = !fresh && liveMarker ? liveMarker : { v: 1, src, features: {} };
        this.running = !fresh && live?.status === 'running';
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
        let safetyDone = false;
        for (const step of change.steps) {
            if (!safetyDone && CHANGING_OPS.has(step.op)) {
                safetyDone = true;
                await this.timed('safety-snapshot', `safety snapshot ${this.input.settings.safetySnapshotName}`, () => this.safetySnapshot());
            }
            await this.timed(step.op, this.input.describe(step), () => this.step(step));
        }
    }
    async timed(op, label, fn) {
        const started = performance.now();
        const retriesBefore = this.retries;
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
        const ctx = { host: this.host, guest: this.guest };
        const g = this.guest;
        switch (step.op) {
            case 'destroy': {
                if (this.running || step.running)
                    await this.host.stop(g);
                await this.host.destroy(g);
                this.running = false;
                this.marker = { v: 1, src: this.marker.src, features: {} };
                return;
            }
            case 'create':
                await createGuest(this.input, ctx, step, (0,markers/* renderDescription */.Nk)(this.marker));
                return;
            case 'clone':
                await cloneGuest(this.input, ctx, step, (0,markers/* renderDescription */.Nk)(this.marker));
                return;
            case 'configure':
                await configureGuest(ctx, step);
                return;
            case 'resize':
                await resizeGuest(ctx, step);
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
                return this.waitAgent();
            case 'feature': {
                await this.runScript(step.script, step.hash, `feature ${step.name}`);
                await this.saveMarker((0,markers/* withFeatureDone */.Hb)(this.marker, step.name, step.hash));
                return;
            }
            case 'app-script': {
                await this.runScript(step.script, appContentToken(step.hash), `application script ${step.script}`);
                await this.saveMarker((0,markers/* withAppDone */.Cs)(this.marker, step.hash));
                return;
            }
            case 'health-check':
                return this.healthCheck(step.command, step.retries, step.interval);
            case 'snapshot': {
                if (step.replace)
                    await this.host.deleteSnapshot(g, step.name, { missingOk: true });
                await this.host.snapshot(g, step.name, `Phoenix ${step.purpose} snapshot`);
                return;
            }
            case 'template': {
                if (this.running)
                    await this.stop();
                for (const n of step.deleteSnapshots ?? [])
                    await this.host.deleteSnapshot(g, n, { missingOk: true });
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
    async saveMarker(next) {
        await this.host.setMeta(this.guest, { description: (0,markers/* renderDescription */.Nk)(next) });
        this.marker = next;
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
    async inGuest(running, what) {
        const r = await running;
        if (r.status === 'unreadable')
            throw new Error(`${what}: unreadable answer from the guest agent: ${tail(r.text)}`);
        if (r.status === 'running')
            throw new Error(`${what} still running after ${this.input.settings.scriptTimeoutSec} s`);
        if (r.exitCode !== 0)
            throw new Error(`${what} failed (exit ${r.exitCode}): ${tail(r.stderr || r.stdout)}`);
        return r;
    }
    /** Creates Phoenix's folder in the guest and writes the guest config there, once per run. */
    async stage() {
        if (this.staged)
            return;
        const t = this.input.settings.scriptTimeoutSec;
        await this.inGuest(this.host.runInGuest(this.guest, ['mkdir', '-p', `${GUEST_DIR}/features`, `${GUEST_DIR}/apps`], t), 'creating ' + GUEST_DIR);
        const json = JSON.stringify(this.input.scriptInput() ?? {}, null, 2) + '\n';
        await this.inGuest(this.host.writeGuestFile(this.guest, GUEST_CONFIG_PATH, json, '0600'), `writing ${GUEST_CONFIG_PATH}`);
        this.staged = true;
    }
    async runScript(script, token, what) {
        const content = await this.input.scripts.read(script, token);
        this.requireExec(what);
        await this.stage();
        const path = `${GUEST_DIR}/${script}`;
        await this.inGuest(this.host.writeGuestFile(this.guest, path, content, '0755'), `pushing ${script}`);
        const argv = ['env', `${GUEST_CONFIG_ENV}=${GUEST_CONFIG_PATH}`, 'bash', path];
        await this.inGuest(this.host.runInGuest(this.guest, argv, this.input.settings.scriptTimeoutSec), what);
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
    /** `phoenix-pre-<sha>` before the first change to an existing guest; older ones pruned. */
    async safetySnapshot() {
        const { change, live, settings } = this.input;
        if (change.action !== 'update' || !live || live.template || settings.keepSafetySnapshots <= 0)
            return 'skip';
        if (change.template)
            return 'skip'; // a guest with snapshots cannot become a template
        const name = settings.safetySnapshotName;
        const existing = live.snapshots.filter((s) => s.name.startsWith(types/* SAFETY_PREFIX */.Ke));
        let note;
        if (existing.some((s) => s.name === name))
            note = 'kept the one from the earlier attempt';
        else {
            try {
                await this.host.snapshot(this.guest, name, `Phoenix safety snapshot before apply (plan ${this.input.planHash.slice(0, 12)})`);
            }
            catch (err) {
                if (err instanceof failure/* HostCommandFailed */.hQ && err.kind === 'unsupported') {
                    this.input.warn(`${change.address}: no safety snapshot (${err.detail.trim()}); changing it without one`);
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
            await this.host.deleteSnapshot(this.guest, n, { missingOk: true });
        const pruned = older.length ? `pruned ${older.join(', ')}` : undefined;
        return [note, pruned].filter(Boolean).join('; ') || undefined;
    }
}
function tail(text, lines = 8) {
    const all = text.trim().split('\n');
    return (all.length > lines ? ['...', ...all.slice(-lines)] : all).join('\n') || '(no output)';
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






/** Rough seconds per step, only to order the ready queue (the critical path first). */
const STEP_WEIGHT = {
    create: 8,
    clone: 5,
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
    const mutex = new KeyedMutex();
    const downloads = new Map();
    const reports = new Map();
    const warnings = new Map();
    const warn = (address, message) => {
        warnings.set(address, [...(warnings.get(address) ?? []), message]);
        input.reporter?.warning?.(message);
    };
    const report = (c, outcome, ms, steps, reason) => ({
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
            port: input.port,
            settings,
            scripts: input.scripts,
            mutex,
            downloads,
            planHash: plan.hash,
            node: c.node ?? (liveGuest?.node || undefined),
            sourceManaged: (id) => inPlan.has(id) || (liveById.get(id)?.tags.includes('phoenix') ?? false),
            readMarker: markers/* readMarker */.t7,
            describe: summary/* describeStep */.Ey,
            onStep: (rec) => input.reporter?.stepFinished?.(c, rec),
            warn: (m) => warn(c.address, m),
        });
        try {
            await guestRun.run();
            const r = report(c, 'succeeded', Math.round(performance.now() - t0), guestRun.steps);
            reports.set(c.address, r);
            input.reporter?.guestFinished?.(r);
        }
        catch (err) {
            const r = report(c, 'failed', Math.round(performance.now() - t0), guestRun.steps, (0,errors/* getErrorMessage */.u)(err));
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
var canonical = __webpack_require__(4917);
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
var report = __webpack_require__(1400);
;// CONCATENATED MODULE: ./src/apply/run-apply.ts
/**
 * Apply's engine past planning: given a fresh plan of the config against the host (the apply job,
 * src/jobs/apply-job.ts, validates, loads and plans), check it against the reviewed plan, take the
 * host-wide lock, re-read and re-plan under it (an apply that waited for another one usually finds
 * nothing left to do), execute, release, and read the host again. A host that already matches the
 * config gets read-only commands only: no lock, no exec into guests.
 */










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
/** Progress on a terminal: groups as stamped headings, their lines as the reporter indents them. */
function terminalLog(o) {
    return (0,logger/* createConsoleLogger */.cS)({ stdout: o.out, stderr: o.err }, { indentGroups: false });
}
function both(a, b) {
    if (!b)
        return a;
    return {
        guestStarted: (c) => (a.guestStarted?.(c), b.guestStarted?.(c)),
        stepFinished: (c, s) => (a.stepFinished?.(c, s), b.stepFinished?.(c, s)),
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
    const lock = await acquireLock(host, {
        timeoutMs: o.lockTimeoutMs,
        pollMs: o.lockPollMs,
        note: `plan ${plan.hash.slice(0, 12)}`,
        onWait: (holder, position) => o.out(`Waiting for the host-wide apply lock (${position} ahead of us): ${(0,host_lock/* describeHolder */.sG)(holder)}; ` +
            `giving up after ${(0,host_lock/* secs */.zG)(o.lockTimeoutMs)}.\n`),
        onWarning: (m) => o.err(`warning: ${m}\n`),
    });
    let result;
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
            if (again.errored) {
                printPlanErrors(o, again);
                return { exitCode: 1, status: 'invalid', plan: again };
            }
            o.out('The host changed between planning and taking the lock; applying the fresh plan.\n');
            plan = again;
        }
        const settings = {
            ...types/* DEFAULT_SETTINGS */.a$,
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
            reporter: both(new report/* TextReporter */.BX({ log: o.logger ?? terminalLog(o) }), o.reporter),
        });
    }
    finally {
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
var state_file = __webpack_require__(7945);
// EXTERNAL MODULE: ./src/jobs/plan-job.ts + 4 modules
var plan_job = __webpack_require__(3219);
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
    const planOptions = { allowRebuild: o.allowRebuild };
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
        stepFinished: (c, s) => reporter?.stepFinished?.(c, s),
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

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ withGroup),
/* harmony export */   QT: () => (/* binding */ logGroup),
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
/** For runs on a terminal (`npx phoenix ...`): findings and progress on stdout, problems on stderr. */
function createConsoleLogger(io, options = {}) {
    const step = options.indentGroups === false ? 0 : 1;
    let depth = 0;
    const indent = () => '  '.repeat(depth * step);
    return {
        debug: (m) => {
            if (options.debug)
                io.stderr(`${indent()}debug: ${m}\n`);
        },
        info: (m) => io.stdout(`${indent()}${m}\n`),
        notice: (m) => io.stdout(`${indent()}notice: ${m}\n`),
        warning: (m) => io.stderr(`${indent()}warning: ${m}\n`),
        error: (m) => io.stderr(`${indent()}error: ${m}\n`),
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
