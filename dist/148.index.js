export const id = 148;
export const ids = [148,969];
export const modules = {

/***/ 81148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runState: () => (/* binding */ runState)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_state_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17945);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2654);
/**
 * `phoenix state --target URL [--out FILE] [--identity FILE] [--known-hosts FILE]
 *   [--fingerprint SHA256:...]`: reads the live state of a host (constant number of commands) and
 * writes it as versioned JSON. `--fingerprint` pins the SSH host key (with or instead of known_hosts).
 */





async function runState(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('state', argv);
    const target = (0,_target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .requireTarget */ .Fm)('state', values);
    const { StateReadError } = await Promise.all(/* import() */[__webpack_require__.e(240), __webpack_require__.e(507)]).then(__webpack_require__.bind(__webpack_require__, 67507));
    const port = await (0,_target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .openHost */ .Zb)('state', values, io);
    let state;
    try {
        // A node whose listing failed is left unknown in the state; say why.
        state = await port.readState({ onWarning: (m) => io.stderr(`warning: ${m}\n`) });
    }
    catch (err) {
        if (err instanceof StateReadError)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(err.message, 2);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`reading live state from ${target} failed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)}`, 2);
    }
    finally {
        await port.close();
    }
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'out');
    if (out === undefined)
        io.stdout((0,_plan_state_file_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeLiveState */ .ee)(state));
    else
        await (0,_plan_state_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStateFile */ .VP)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, out), state);
    return 0;
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

/***/ 78969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ TARGET_HELP),
  c: () => (/* binding */ openHostPort),
  openShellTransport: () => (/* binding */ openShellTransport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
        ...(inner.hostTimeouts ? { hostTimeouts: true } : {}),
        run: (argv, options) => inner.run([...prefix, ...argv], options),
        close: () => inner.close(),
    };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
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
    const { SHELL_CAPABILITIES, ShellHostPort } = await Promise.all(/* import() */[__webpack_require__.e(240), __webpack_require__.e(611), __webpack_require__.e(507), __webpack_require__.e(762)]).then(__webpack_require__.bind(__webpack_require__, 70436));
    const { withAudit } = await __webpack_require__.e(/* import() */ 859).then(__webpack_require__.bind(__webpack_require__, 30240));
    const audited = options.auditLog ? withAudit(transport, options.auditLog, options.secrets) : transport;
    return new ShellHostPort(audited, { capabilities: { ...SHELL_CAPABILITIES, ...capabilities } });
}
/** `sim:PATH`: the embedded simulator, its state in PATH (created when absent). */
async function openSim(url, o) {
    const path = url.slice('sim:'.length);
    if (path === '')
        throw new errors/* UserError */.y(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
    const { SimTransport } = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(37), __webpack_require__.e(444)]).then(__webpack_require__.bind(__webpack_require__, 85444));
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
    const { LocalTransport } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 22964));
    const local = new LocalTransport({ env: o.env ?? process.env });
    return localSudo(url, o) ? withSudo(local) : local;
}
/** `ssh://USER@HOST[:PORT]`: key from `identity` or PHOENIX_SSH_KEY, host key from `knownHosts`/`fingerprint`. */
async function openSsh(url, o) {
    const { createSshTransport } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(767)]).then(__webpack_require__.bind(__webpack_require__, 32767));
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

/***/ 85111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ LIVE_STATE_VERSION)
/* harmony export */ });
/**
 * The live state of a Proxmox node or cluster as Phoenix records it: a versioned JSON document
 * read in a constant number of host commands. PR plans diff against a recorded copy of it.
 */
const LIVE_STATE_VERSION = 1;


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


/***/ })

};
