export const id = 488;
export const ids = [488];
export const modules = {

/***/ 1400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ TextReporter),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   YA: () => (/* binding */ seconds)
/* harmony export */ });
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);

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
        this.o.write(`${this.stamp()} ${change.address} ${change.name}: ${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAction */ .u7)(change)}\n`);
    }
    stepFinished(change, step) {
        const list = this.steps.get(change.address) ?? [];
        list.push(step);
        this.steps.set(change.address, list);
    }
    guestFinished(r) {
        const title = `${r.address} ${r.name}: ${MARK[r.outcome]}${r.outcome === 'skipped' ? '' : ` in ${seconds(r.ms)}`}`;
        if (r.outcome === 'skipped') {
            this.o.write(`${this.stamp()} ${title} (${r.reason ?? 'not run'})\n`);
            return;
        }
        const body = r.steps.map((s) => `    ${s.ok ? ' ' : '!'} ${fit(s.label, 52)} ${seconds(s.ms).padStart(7)}${s.note ? `  (${s.note})` : ''}`);
        if (r.outcome === 'failed' && r.reason)
            body.push(`    error: ${r.reason.replace(/\n/g, '\n           ')}`);
        for (const w of r.warnings)
            body.push(`    warning: ${w}`);
        if (this.o.github)
            this.o.write(`::group::${title}\n${body.join('\n')}\n::endgroup::\n`);
        else
            this.o.write(`${this.stamp()} ${title}\n${body.join('\n')}\n`);
    }
    warning(message) {
        if (this.o.github)
            this.o.write(`::warning::${message.replace(/\n/g, '%0A')}\n`);
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

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ runApplyJob)
});

// UNUSED EXPORTS: scriptInputFor

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/config/diagnostics.ts
var diagnostics = __webpack_require__(7410);
// EXTERNAL MODULE: ./src/config/validate.ts + 5 modules
var validate = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/plan/guest-plan.ts
var guest_plan = __webpack_require__(7319);
// EXTERNAL MODULE: ./src/plan/planner.ts + 2 modules
var planner = __webpack_require__(2862);
// EXTERNAL MODULE: ./src/plan/script-hashes.ts
var script_hashes = __webpack_require__(7481);
// EXTERNAL MODULE: ./src/proxmox/state-reader.ts
var state_reader = __webpack_require__(2460);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(1432);
// EXTERNAL MODULE: ./src/proxmox/audit.ts
var audit = __webpack_require__(240);
// EXTERNAL MODULE: ./src/proxmox/commands.ts
var commands = __webpack_require__(4117);
;// CONCATENATED MODULE: ./src/apply/firewall-file.ts
function firewallPath(vmid) {
    return `/etc/pve/firewall/${vmid}.fw`;
}
const SAFE = /^[A-Za-z0-9_.:/,+-]+$/;
function field(flag, value) {
    if (value === undefined || value === '')
        return [];
    if (!SAFE.test(value))
        throw new Error(`firewall rule: invalid ${flag} value '${value}'`);
    return [`-${flag}`, value];
}
function renderRule(rule) {
    const comment = rule.comment ? ` # ${rule.comment.replace(/[\r\n]+/g, ' ')}` : '';
    if (rule.type === 'group') {
        if (!SAFE.test(rule.action))
            throw new Error(`firewall rule: invalid group name '${rule.action}'`);
        return `GROUP ${rule.action}${comment}`;
    }
    const action = rule.action.toUpperCase();
    if (!/^[A-Z][A-Z0-9_-]*$/.test(action))
        throw new Error(`firewall rule: invalid action '${rule.action}'`);
    const parts = [
        rule.type.toUpperCase(),
        action,
        ...field('source', rule.source),
        ...field('dest', rule.dest),
        ...field('p', rule.proto),
        ...(rule.port && rule.proto !== 'icmp' ? field('dport', rule.port) : []),
    ];
    return parts.join(' ') + comment;
}
function renderFirewallFile(enabled, rules) {
    const lines = ['[OPTIONS]', '', `enable: ${enabled ? 1 : 0}`, '', '[RULES]', ''];
    for (const r of rules)
        lines.push(renderRule(r));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/apply/guest-ops.ts
var guest_ops = __webpack_require__(4625);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/apply/config-args.ts
class ConfigArgsError extends Error {
}
/** LXC keys that only matter at creation and that `pct create` fills in from the template. */
const LXC_DETECTED_KEYS = new Set(['ostype', 'arch']);
const INDEXED = /^(net|mp|dev|scsi|virtio|sata|ide|serial|ipconfig)(\d+)$/;
function config_args_int(key, value) {
    if (!/^\d+$/.test(value))
        throw new ConfigArgsError(`${key}: expected a whole number, got '${value}'`);
    return Number(value);
}
function bool(key, value) {
    if (value === '1')
        return true;
    if (value === '0')
        return false;
    throw new ConfigArgsError(`${key}: expected 0 or 1, got '${value}'`);
}
const list = (value) => value.split(/[\s,;]+/).filter(Boolean);
const config_args_text = (_key, value) => value;
const words = (_key, value) => list(value);
const bootOrder = (_key, value) => {
    const order = /^order=(.+)$/.exec(value);
    if (!order)
        throw new ConfigArgsError(`boot: expected 'order=DEV;DEV', got '${value}'`);
    return order[1].split(';').filter(Boolean);
};
/** The key -> conversion table of one guest kind, from `[conversion, ...keys]` groups. */
function conversions(groups) {
    return new Map(groups.flatMap(([convert, ...keys]) => keys.map((k) => [k, convert])));
}
const LXC_CONVERSIONS = conversions([
    [config_args_text, 'hostname', 'searchdomain', 'features', 'startup', 'rootfs', 'description', 'timezone'],
    [config_args_int, 'memory', 'swap', 'cores'],
    [(_key, value) => Number(value), 'cpulimit'],
    [bool, 'onboot', 'protection'],
    [words, 'nameserver', 'tags'],
]);
const QEMU_CONVERSIONS = conversions([
    [config_args_text, 'name', 'cpu', 'vga', 'agent', 'startup', 'searchdomain', 'ciuser', 'description'],
    [config_args_text, 'ostype', 'scsihw', 'citype'],
    [config_args_int, 'memory', 'balloon', 'cores', 'sockets'],
    [bool, 'onboot', 'protection'],
    [words, 'nameserver', 'tags'],
    [bootOrder, 'boot'],
]);
/**
 * Builder settings from a config record: numbered keys of `families` (`net0`) go into index maps,
 * keys in `table` are converted, `other` may take a key (true when it did); anything else is an
 * error naming `what` (container, VM).
 */
function settingsOf(config, families, table, other, what) {
    const s = {};
    for (const [key, value] of Object.entries(config)) {
        const m = INDEXED.exec(key);
        const convert = table.get(key);
        if (m && families.includes(m[1])) {
            const map = s[m[1]] ?? {};
            map[Number(m[2])] = value;
            s[m[1]] = map;
        }
        else if (convert)
            s[key] = convert(key, value);
        else if (!other(key, value))
            throw new ConfigArgsError(`apply cannot set the ${what} key '${key}' (no builder option for it)`);
    }
    return s;
}
/** `pct create` / `pct set` settings from a config record. */
function lxcArgs(config) {
    let unprivileged;
    const settings = settingsOf(config, ['net', 'mp', 'dev'], LXC_CONVERSIONS, (key, value) => {
        if (key === 'unprivileged')
            unprivileged = bool(key, value);
        return key === 'unprivileged' || LXC_DETECTED_KEYS.has(key);
    }, 'container');
    return { settings, unprivileged };
}
/** `qm create` / `qm set` settings from a config record. */
function qemuArgs(config) {
    let sshkeys;
    const settings = settingsOf(config, ['net', 'scsi', 'virtio', 'sata', 'ide', 'serial', 'ipconfig'], QEMU_CONVERSIONS, (key, value) => {
        if (key === 'sshkeys')
            sshkeys = value;
        return key === 'sshkeys';
    }, 'VM');
    return { settings, sshkeys };
}
/** Splits `local:vztmpl/ubuntu.tar.zst` into the storage and the file name `pveam download` takes. */
function templateParts(volid) {
    const m = /^([^:/]+):vztmpl\/([^/]+)$/.exec(volid);
    return m ? { storage: m[1], file: m[2] } : undefined;
}

;// CONCATENATED MODULE: ./src/apply/guest-make.ts
/**
 * Making a guest exist and configuring it: `pveam download` + `pct create`, `qm create` + disk
 * import of the cloud image + boot order + disk size, full clones (`pct clone` / `qm clone`, one
 * at a time per source, since Proxmox locks the source while it copies), `pct set` / `qm set`,
 * raw `lxc.*` lines written into the CT config file (which `pct set` cannot), disk growth.
 * A new guest carries the Phoenix tag and its done-record from the first command on, so a run
 * that fails half-way leaves a guest the next plan recognises as its own.
 */





const TAGS = (0,markers/* managedTags */.L8)([]);
async function download(m, s, volid) {
    const parts = templateParts(volid);
    if (!parts)
        throw new Error(`cannot download ${volid}: expected STORAGE:vztmpl/FILE`);
    let pending = m.downloads.get(volid);
    if (!pending) {
        pending = s.exec((0,commands/* pveamDownload */.Uz)(parts.storage, parts.file));
        m.downloads.set(volid, pending);
    }
    await pending;
}
async function createGuest(m, s, step, description) {
    const id = s.ops.id;
    if (s.ops.kind === 'lxc') {
        if (step.download)
            await download(m, s, step.source);
        const { settings, unprivileged } = lxcArgs(step.config);
        await s.exec((0,commands/* pctCreate */.Sq)(id, step.source, { ...settings, unprivileged, tags: TAGS, description }));
        if (step.lxcRaw.length)
            await writeRawLxcLines(m, s, step.lxcRaw);
        return;
    }
    // VM: the cloud image becomes scsi0; boot order and size follow once the disk exists.
    const { scsi0, boot, ...rest } = step.config;
    void scsi0;
    const args = qemuArgs(rest);
    const keysFile = args.sshkeys !== undefined ? await stageSshKeys(s, id, args.sshkeys) : undefined;
    await s.exec((0,commands/* qmCreate */.rS)(id, {
        ...args.settings,
        tags: TAGS,
        description,
        ...(keysFile ? { sshkeysFile: keysFile } : {}),
    }));
    const image = (0,external_node_path_.isAbsolute)(step.source) ? step.source : external_node_path_.posix.join(m.settings.imageDir, step.source);
    try {
        await s.exec((0,commands/* qmDiskImport */.FX)(id, image, step.storage, { targetDisk: 'scsi0' }));
    }
    catch (err) {
        throw new Error(`${err.message}\n(the cloud image is looked up at ${image}; put it there, e.g. with setup-hypervisor, or name an absolute path in template_image)`);
    }
    if (boot)
        await s.exec((0,commands/* qmSet */.dW)(id, qemuArgs({ boot }).settings));
    await s.exec((0,commands/* qmResize */.df)(id, 'scsi0', `${step.diskGb}G`));
}
async function cloneGuest(m, s, step, description) {
    const id = s.ops.id;
    const o = {
        full: true,
        storage: step.storage,
        description,
        ...(step.snapshot ? { snapname: step.snapshot } : {}),
    };
    const cmd = s.ops.kind === 'lxc'
        ? (0,commands/* pctClone */.HP)(step.source, id, { ...o, hostname: step.name })
        : (0,commands/* qmClone */.eo)(step.source, id, { ...o, name: step.name });
    await m.mutex.with(`clone-source:${step.source}`, () => s.exec(cmd));
    // A clone copies its source's tags; a source Phoenix does not manage has none to give.
    if (!m.sourceManaged(step.source))
        await s.exec(s.ops.setMeta({ tags: TAGS }));
}
async function configureGuest(m, s, step) {
    const id = s.ops.id;
    const hasKeys = Object.keys(step.set).length > 0 || step.delete.length > 0;
    if (s.ops.kind === 'lxc') {
        if (hasKeys) {
            const { settings, unprivileged } = lxcArgs(step.set);
            if (unprivileged !== undefined)
                throw new Error(`'unprivileged' cannot change on an existing container`);
            await s.exec((0,commands/* pctSet */.MV)(id, { ...settings, ...(step.delete.length ? { delete: step.delete } : {}) }));
        }
        if (step.lxcRaw)
            await writeRawLxcLines(m, s, step.lxcRaw);
        return;
    }
    if (!hasKeys)
        return;
    const args = qemuArgs(step.set);
    const keysFile = args.sshkeys !== undefined ? await stageSshKeys(s, id, args.sshkeys) : undefined;
    const settings = {
        ...args.settings,
        ...(keysFile ? { sshkeysFile: keysFile } : {}),
        ...(step.delete.length ? { delete: step.delete } : {}),
    };
    await s.exec((0,commands/* qmSet */.dW)(id, settings));
}
async function resizeGuest(s, step) {
    const id = s.ops.id;
    await s.exec(s.ops.kind === 'lxc' ? (0,commands/* pctResize */.W0)(id, step.disk, step.size) : (0,commands/* qmResize */.df)(id, step.disk, step.size));
}
/** The config text with the main section's `lxc.*` lines replaced by `lines`. */
function replaceRawLxcLines(text, lines) {
    const all = text.split('\n');
    const first = all.findIndex((l) => l.startsWith('['));
    const end = first < 0 ? all.length : first;
    const kept = [...all.slice(0, end).filter((l) => !/^lxc\.[^:=\s]+\s*[:=]/.test(l)), ...all.slice(end)].join('\n');
    return (0,commands/* mergeRawLxcLines */.$U)(kept, lines) ?? kept;
}
/** `pct set` cannot write `lxc.*` keys: read the CT config file, replace them, write it back. */
async function writeRawLxcLines(m, s, lines) {
    const id = s.ops.id;
    const current = await s.exec((0,commands/* readFile */.TA)((0,commands/* lxcConfigPath */.jE)(id, m.node)));
    const next = replaceRawLxcLines(current.stdout, lines);
    if (next !== current.stdout)
        await s.exec((0,commands/* writeLxcConfig */.L2)(id, next, m.node));
}
/** `qm --sshkeys` takes a file on the host: write the keys to a fresh one first. */
async function stageSshKeys(s, id, keys) {
    const path = `/tmp/phoenix-sshkeys-${id}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.pub`;
    await s.exec((0,commands/* writeFile */._h)(path, keys.endsWith('\n') ? keys : keys + '\n'));
    return path;
}

// EXTERNAL MODULE: ./src/apply/host-run.ts
var host_run = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/apply/retry.ts
var retry = __webpack_require__(8854);
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
    ops;
    marker;
    running;
    staged = false;
    records = [];
    retries = 0;
    constructor(input) {
        this.input = input;
        const { change, live } = input;
        this.ops = (0,guest_ops/* guestOps */.zf)(change.kind, change.id);
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
    /** Runs a command with the run's retry policy, counting retries for the step's note. */
    exec(command, o = {}) {
        return (0,host_run/* runCommand */.d1)({
            ...this.input.run,
            onRetry: (argv, err, attempt, delay) => {
                this.retries++;
                this.input.run.onRetry?.(argv, err, attempt, delay);
            },
        }, command, o);
    }
    async step(step) {
        const ctx = { exec: this.exec.bind(this), ops: this.ops };
        switch (step.op) {
            case 'destroy': {
                if (this.running || step.running)
                    await this.exec(this.ops.stop(), { okWhen: /not running/ });
                await this.exec(this.ops.destroy());
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
                await configureGuest(this.input, ctx, step);
                return;
            case 'resize':
                await resizeGuest(ctx, step);
                return;
            case 'firewall':
                await this.exec((0,commands/* writeFile */._h)(firewallPath(this.ops.id), renderFirewallFile(step.enabled, step.rules)));
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
                    await this.exec(this.ops.deleteSnapshot(step.name), { okWhen: /does not exist/ });
                await this.exec(this.ops.snapshot(step.name, `Phoenix ${step.purpose} snapshot`));
                return;
            }
            case 'template': {
                if (this.running)
                    await this.stop();
                for (const n of step.deleteSnapshots ?? [])
                    await this.exec(this.ops.deleteSnapshot(n), { okWhen: /does not exist/ });
                await this.exec(this.ops.template());
                return;
            }
            case 'record': {
                await this.exec(this.ops.setMeta({ description: (0,markers/* renderDescription */.Nk)(step.marker), tags: step.tags }));
                this.marker = step.marker;
                return;
            }
        }
    }
    async start() {
        const r = await this.exec(this.ops.start(), {
            okWhen: /already running/,
            retryAll: true,
            retry: { ...this.input.run.retry, attempts: Math.max(3, this.input.run.retry.attempts) },
        });
        this.running = true;
        return r.exitCode !== 0 ? 'already running' : undefined;
    }
    async stop() {
        const r = await this.exec(this.ops.shutdown(this.input.settings.shutdownTimeoutSec), {
            okWhen: /not running/,
        });
        this.running = false;
        return r.exitCode !== 0 ? 'was not running' : undefined;
    }
    async saveMarker(next) {
        await this.exec(this.ops.setMeta({ description: (0,markers/* renderDescription */.Nk)(next) }));
        this.marker = next;
    }
    async waitAgent() {
        const ping = this.ops.agentPing();
        if (!ping)
            return 'no agent (container)';
        const { agentTimeoutMs, agentPollMs } = this.input.settings;
        const started = Date.now();
        let last = '';
        for (let tries = 1;; tries++) {
            const r = await (0,audit/* runHostCommand */.$t)(this.input.run.transport, ping);
            if (r.exitCode === 0)
                return `answered after ${tries} ${tries === 1 ? 'try' : 'tries'}`;
            last = (r.stderr || r.stdout).trim();
            if (Date.now() - started >= agentTimeoutMs) {
                throw new Error(`the QEMU guest agent of VM ${this.ops.id} did not answer within ${Math.round(agentTimeoutMs / 1000)} s ` +
                    `after start (last: ${last || 'no answer'}); check that the image runs qemu-guest-agent and that agent=1 is set`);
            }
            await (0,retry/* sleep */.yy)(agentPollMs);
        }
    }
    /** Runs a command inside the guest; throws with its output when it fails. */
    async inGuest(e, what) {
        if (!e.viaAgent) {
            try {
                const r = await this.exec(e.command);
                return { stdout: r.stdout, stderr: r.stderr };
            }
            catch (err) {
                if (err instanceof host_run/* HostCommandFailed */.hQ && err.exitCode !== undefined) {
                    throw new Error(`${what} failed (exit ${err.exitCode}): ${tail(err.detail)}`);
                }
                throw err;
            }
        }
        const r = await this.exec(e.command);
        const status = (0,guest_ops/* parseAgentExec */.WE)(r.stdout);
        if (!status)
            throw new Error(`${what}: unreadable answer from the guest agent: ${tail(r.stdout || r.stderr)}`);
        if (!status.exited)
            throw new Error(`${what} still running after ${this.input.settings.scriptTimeoutSec} s`);
        if (status.exitCode !== 0)
            throw new Error(`${what} failed (exit ${status.exitCode}): ${tail(status.stderr || status.stdout)}`);
        return status;
    }
    /** Creates Phoenix's folder in the guest and writes the guest config there, once per run. */
    async stage() {
        if (this.staged)
            return;
        const t = this.input.settings.scriptTimeoutSec;
        await this.inGuest(this.ops.exec(['mkdir', '-p', `${guest_ops/* GUEST_DIR */.Fl}/features`, `${guest_ops/* GUEST_DIR */.Fl}/apps`], t), 'creating ' + guest_ops/* GUEST_DIR */.Fl);
        const json = JSON.stringify(this.input.scriptInput() ?? {}, null, 2) + '\n';
        await this.inGuest(this.ops.writeFile(guest_ops/* GUEST_CONFIG_PATH */.uc, json, '0600'), `writing ${guest_ops/* GUEST_CONFIG_PATH */.uc}`);
        this.staged = true;
    }
    async runScript(script, token, what) {
        const content = await this.input.scripts.read(script, token);
        await this.stage();
        const path = `${guest_ops/* GUEST_DIR */.Fl}/${script}`;
        await this.inGuest(this.ops.writeFile(path, content, '0755'), `pushing ${script}`);
        const argv = ['env', `${guest_ops/* GUEST_CONFIG_ENV */.eV}=${guest_ops/* GUEST_CONFIG_PATH */.uc}`, 'bash', path];
        await this.inGuest(this.ops.exec(argv, this.input.settings.scriptTimeoutSec), what);
    }
    async healthCheck(command, retries, interval) {
        const attempts = Math.max(1, retries);
        let last = '';
        for (let i = 1; i <= attempts; i++) {
            try {
                await this.inGuest(this.ops.exec(['sh', '-c', command], 60), 'health check');
                return i === 1 ? 'healthy' : `healthy after ${i} tries`;
            }
            catch (err) {
                last = (0,errors/* getErrorMessage */.u)(err);
                if (err instanceof host_run/* HostCommandFailed */.hQ && err.exitCode === undefined)
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
                await this.exec(this.ops.snapshot(name, `Phoenix safety snapshot before apply (plan ${this.input.planHash.slice(0, 12)})`));
            }
            catch (err) {
                if (err instanceof host_run/* HostCommandFailed */.hQ && /feature is not available|not supported/i.test(err.detail)) {
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
            await this.exec(this.ops.deleteSnapshot(n), { okWhen: /does not exist/ });
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
/**
 * Executes a Plan: one task per changed guest along the plan's DAG (`waitFor`), run with bounded
 * concurrency by `runGraph`. A guest's task ends after its last step (health check, snapshots,
 * template), so dependents start only once their dependencies are healthy. A failed guest fails
 * alone: its dependents are skipped, independent branches run to the end. The ready queue is
 * ordered by the longest chain of work still ahead of each guest, so the critical path starts
 * first (this also decides who clones first from a shared source).
 */






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
            run: { transport: input.transport, retry: settings.retry },
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

// EXTERNAL MODULE: ./src/apply/host-lock.ts
var host_lock = __webpack_require__(8250);
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
 * The whole apply job on an open transport: validate the config, read the live host, plan, check
 * the plan against the reviewed one, take the host-wide lock, re-read and re-plan under it (an
 * apply that waited for another one usually finds nothing left to do), execute, release, read the
 * host again and record that state. A host that already matches the config gets read-only
 * commands only: no lock, no exec into guests.
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
async function writeState(path, state) {
    try {
        await (0,promises_.writeFile)(path, JSON.stringify(state, null, 2) + '\n');
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot write state file ${path}: ${err.code ?? (0,errors/* getErrorMessage */.u)(err)}`, 2);
    }
}
/** The host lock; a failure other than a timeout (which says what to do) becomes a located error. */
async function acquireLock(transport, options) {
    try {
        return await host_lock/* HostLock */.kn.acquire(transport, options);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw new errors/* UserError */.y(`cannot take the host-wide apply lock on ${transport.description}: ${(0,errors/* getErrorMessage */.u)(err)}`, 1);
    }
}
/** Reads the host; a failure is an I/O error (exit 2) with the command and Proxmox's message. */
async function readHost(transport) {
    try {
        return await (0,state_reader.readLiveState)(transport);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw new errors/* UserError */.y(`cannot read the state of ${transport.description}: ${(0,errors/* getErrorMessage */.u)(err)}`, 2);
    }
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
function refuseChangedPlan(o, fresh) {
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
async function runApplyJob(o) {
    const validation = await (0,validate/* validateConfigDir */.cz)(o.configDir);
    if (validation.errors > 0) {
        for (const d of validation.diagnostics)
            o.err((0,diagnostics/* formatDiagnostic */.xy)(d) + '\n');
        o.err(`${o.configDir}: the config is invalid (${validation.errors} error${validation.errors === 1 ? '' : 's'}); nothing was applied\n`);
        return { exitCode: 1, status: 'invalid' };
    }
    const desired = validation.desired;
    const scriptHashes = await (0,script_hashes/* hashScripts */.Z)(o.configDir, desired);
    const planOptions = { allowRebuild: o.allowRebuild ?? false, scriptHashes };
    const live = await readHost(o.transport);
    let plan = (0,planner/* plan */.e)(desired, live, planOptions);
    const expected = expectedHash(o);
    if (expected !== undefined && expected !== plan.hash)
        return refuseChangedPlan(o, plan);
    if (plan.errored) {
        printPlanErrors(o, plan);
        return { exitCode: 1, status: 'invalid', plan };
    }
    if (!plan.applyable) {
        o.out(`${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(plan))} Nothing to apply.\n`);
        if (o.stateOut)
            await writeState(o.stateOut, live);
        return { exitCode: 0, status: 'no-changes', plan, state: live };
    }
    const lock = await acquireLock(o.transport, {
        timeoutMs: o.lockTimeoutMs,
        pollMs: o.lockPollMs,
        note: `plan ${plan.hash.slice(0, 12)}`,
        onWait: (holder, position) => o.out(`Waiting for the host-wide apply lock (${position} ahead of us): ${(0,host_lock/* describeHolder */.sG)(holder)}; ` +
            `giving up after ${(0,host_lock/* secs */.zG)(o.lockTimeoutMs)}.\n`),
        onWarning: (m) => o.err(`warning: ${m}\n`),
    });
    let result;
    let current = live;
    try {
        current = await readHost(o.transport);
        const again = (0,planner/* plan */.e)(desired, current, planOptions);
        if (again.hash !== plan.hash) {
            if (!again.applyable && !again.errored) {
                o.out(`The host changed while this apply waited (another run applied it): ${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(again))}\n`);
                if (o.stateOut)
                    await writeState(o.stateOut, current);
                return { exitCode: 0, status: 'no-changes', plan: again, state: current };
            }
            if (expected !== undefined)
                return refuseChangedPlan(o, again);
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
            transport: o.transport,
            settings,
            scripts: new ScriptStore(o.configDir),
            scriptInput: (c) => scriptInputFor(desired, c),
            reporter: both(new report/* TextReporter */.BX({ write: o.out, github: o.github }), o.reporter),
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
        state = await (0,state_reader.readLiveState)(o.transport);
    }
    catch (err) {
        o.err(`warning: could not read the host state after apply (${(0,errors/* getErrorMessage */.u)(err)}); no state recorded\n`);
    }
    if (state && o.stateOut)
        await writeState(o.stateOut, state);
    const failed = result.failed > 0 || result.skipped > 0;
    return { exitCode: failed ? 1 : 0, status: failed ? 'failed' : 'applied', plan, result, state };
}


/***/ })

};
