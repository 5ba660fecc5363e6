export const id = 936;
export const ids = [936,969];
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

/***/ 7936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSetupHypervisor: () => (/* binding */ runSetupHypervisor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7410);
/* harmony import */ var _hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2265);
/* harmony import */ var _jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9311);
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7593);
/**
 * `phoenix setup-hypervisor [--config-dir DIR] --target URL [--dry-run] [--steps a,b]
 * [--audit-log FILE] [--confirm-destructive DISKS] [--format text|markdown|json] [--tokens-out FILE]`
 *
 * Brings the Proxmox host in line with phoenix_hypervisor_config.json. Exit 0 when done (or the
 * dry run was shown), 1 when the config is invalid or a step failed or was blocked, 2 on usage or
 * I/O errors. Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD
 * and the variables `password_env` names), never from the config.
 */







async function runSetupHypervisor(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)('setup-hypervisor', argv, {
        'config-dir': { type: 'string', default: 'config' },
        target: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        steps: { type: 'string', multiple: true },
        'audit-log': { type: 'string' },
        'confirm-destructive': { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        'tokens-out': { type: 'string' },
    });
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`--target URL is required (${_host_open_port_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_HELP */ .a})`, 2);
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'format');
    if (!['text', 'markdown', 'json'].includes(format))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`--format must be text, markdown or json, got '${format}'`, 2);
    const list = (name) => values[name] ?? [];
    const outcome = await (0,_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runSetupJob */ .ej)({
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'config-dir'),
        target,
        dryRun: values['dry-run'] === true,
        steps: list('steps'),
        auditLog: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'audit-log'),
        confirmDestructive: list('confirm-destructive'),
        env: io.env,
        cwd: io.cwd,
    });
    for (const d of outcome.diagnostics)
        io.stderr((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDiagnostic */ .xy)(d) + '\n');
    if (!outcome.report) {
        io.stderr(`${_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__/* .SETUP_REFUSED */ .PN}\n`);
        return outcome.exitCode;
    }
    const r = outcome.report;
    io.stdout(format === 'json'
        ? (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSetupJson */ .g7)(r)
        : format === 'markdown'
            ? (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSetupMarkdown */ .xV)(r)
            : (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSetupText */ .NG)(r));
    const tokensOut = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'tokens-out');
    if (outcome.tokens.size > 0) {
        if (tokensOut) {
            (0,_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTokensFile */ ._M)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, tokensOut), outcome.tokens);
            io.stderr(`setup-hypervisor: the secrets of ${outcome.tokens.size} new API token(s) are in ${tokensOut}\n`);
        }
        else
            io.stderr(`setup-hypervisor: ${outcome.tokens.size} API token(s) were created; Proxmox shows a token's secret only once and --tokens-out was not given, so it is lost (remove and re-create the token to get a new one)\n`);
    }
    return outcome.exitCode;
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
    const { SHELL_CAPABILITIES, ShellHostPort } = await Promise.all(/* import() */[__webpack_require__.e(344), __webpack_require__.e(740), __webpack_require__.e(783)]).then(__webpack_require__.bind(__webpack_require__, 2783));
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


/***/ })

};
