export const id = 754;
export const ids = [754,969];
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

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7410);
/* harmony import */ var _jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3219);
/* harmony import */ var _plan_plan_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(435);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6646);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1692);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(893);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7593);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2654);
/**
 * `phoenix plan [--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR)
 *   [--format text|markdown|json] [--out FILE] [--allow-rebuild] [--sha SHA]
 *   [--identity FILE] [--known-hosts FILE] [--fingerprint SHA256:...] [--allow-invalid]`
 *
 * `--allow-invalid` plans a config that fails validation (diagnostics still printed), e.g. the
 * upstream estates, whose scripts are not part of the fixtures.
 *
 * Validates, gets the live state (read from a target, a recorded state file, or, with no recorded
 * state, the base branch's config), plans and renders. Exit 0 when the plan succeeded (with or
 * without changes), 1 when the config is invalid or the plan is errored, 2 on usage or I/O errors.
 */










/** Read the live state of a target through its host port (the host layer loaded only when needed). */
async function readTarget(target, values, io) {
    const { StateReadError } = await Promise.all(/* import() */[__webpack_require__.e(694), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 2578));
    const port = await (0,_target_options_js__WEBPACK_IMPORTED_MODULE_8__/* .openHost */ .Zb)('plan', values, io);
    try {
        return await port.readState();
    }
    catch (err) {
        if (err instanceof StateReadError)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`cannot read the state of ${target}: ${err.message}`, 2);
        throw err;
    }
    finally {
        await port.close();
    }
}
/** A config with errors: its findings, then whether planning stops (the default) or goes on. */
function reportInvalid(v, dir, allowInvalid, io) {
    if (v.errors === 0)
        return;
    for (const d of v.diagnostics)
        io.stderr((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_9__/* .formatDiagnostic */ .xy)(d) + '\n');
    const count = `${v.errors} error${v.errors === 1 ? '' : 's'}`;
    io.stderr(allowInvalid
        ? `${dir}: the config is invalid (${count}); planning anyway (--allow-invalid)\n`
        : `${dir}: the config is invalid (${count}); fix it before planning\n`);
}
function render(p, format, color, sha) {
    if (format === 'json')
        return (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_2__/* .serializePlan */ .S1)(p);
    if (format === 'markdown')
        return (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMarkdown */ .Gc)(p, { sha });
    return (0,_render_text_js__WEBPACK_IMPORTED_MODULE_5__/* .renderText */ .S)(p, { color });
}
async function runPlan(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)('plan', argv, {
        'config-dir': { type: 'string', default: 'config' },
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_8__/* .TARGET_OPTIONS */ .FG,
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_8__/* .AUDIT_OPTION */ .my,
        state: { type: 'string' },
        'base-config-dir': { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'allow-rebuild': { type: 'boolean', default: false },
        'allow-invalid': { type: 'boolean', default: false },
        sha: { type: 'string' },
    });
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'format');
    if (!['text', 'markdown', 'json'].includes(format)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`--format must be text, markdown or json, got '${format}'`, 2);
    }
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'target');
    const state = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'state');
    const base = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'base-config-dir');
    const sources = [target, state, base].filter((s) => s !== undefined).length;
    if (sources !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y('give exactly one of --target URL, --state FILE or --base-config-dir DIR', 2);
    }
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'config-dir');
    const allowInvalid = values['allow-invalid'] === true;
    const basis = base !== undefined
        ? (0,_jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_1__/* .baseConfigBasis */ .W6)(base)
        : state !== undefined
            ? (0,_jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_1__/* .stateFileBasis */ .y3)(state)
            : async () => ({ live: await readTarget(target, values, io) });
    const job = await (0,_jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runPlanJob */ .wZ)({
        configDir: dir,
        allowInvalid,
        onValidated: (v) => reportInvalid(v, dir, allowInvalid, io),
        basis,
        allowRebuild: values['allow-rebuild'] === true,
    });
    if (job.status === 'invalid')
        return 1;
    const p = job.plan;
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'out');
    const text = render(p, format, io.isTTY && out === undefined, (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'sha'));
    if (out !== undefined) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, text);
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`cannot write ${out}: ${err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .getErrorMessage */ .u)(err)}`, 2);
        }
        io.stderr(`${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .headline */ .Pl)(job.counts)}${p.errored ? ` Planning failed with ${p.errors.length} error(s).` : ''} Plan written to ${out}.\n`);
    }
    else {
        io.stdout(text);
    }
    if (p.errored && !(format === 'text' && out === undefined)) {
        for (const e of p.errors)
            io.stderr(`error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
    }
    return job.exitCode;
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   Zb: () => (/* binding */ openHost),
/* harmony export */   my: () => (/* binding */ AUDIT_OPTION)
/* harmony export */ });
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/**
 * The options every host-touching command shares (`--target`, SSH credentials, `--audit-log`),
 * parsed and handed to the target factory (src/host/open-port.ts) in one place. The factory loads
 * the host layer only when a target is opened, so commands that never reach a host (validate,
 * plan --state) do not load it, nor ssh2.
 */



const TARGET_OPTIONS = {
    target: { type: 'string' },
    identity: { type: 'string' },
    'known-hosts': { type: 'string' },
    fingerprint: { type: 'string' },
};
const AUDIT_OPTION = { 'audit-log': { type: 'string' } };
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

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);

const CODES = { green: 32, yellow: 33, red: 31, cyan: 36, dim: 2, bold: 1 };
function renderText(plan, options = {}) {
    const paint = (c, s) => (options.color ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
    const actionColour = (c) => c.action === 'create' || c.action === 'clone'
        ? 'green'
        : c.action === 'update'
            ? 'yellow'
            : c.action === 'no-op'
                ? 'dim'
                : 'red';
    const out = [];
    const where = plan.meta.target
        ? ` (${plan.meta.target}${plan.meta.readAt ? `, read ${plan.meta.readAt}` : ''})`
        : '';
    out.push(plan.basis === 'config-diff'
        ? paint('yellow', 'Note: no recorded host state; planned against the base config, not the host.')
        : paint('dim', `Planned against the live state${where}.`), '');
    for (const c of plan.changes) {
        if (c.action === 'no-op' && !options.verbose)
            continue;
        const symbol = _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SYMBOL */ .yo[c.action].trim() || '=';
        out.push(`${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .label */ .Pf)(c))} ${c.name}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAction */ .u7)(c)}`);
        for (const r of c.reasons)
            out.push(paint('dim', `      # ${r}`));
        for (const d of c.diffs) {
            const effect = d.effect === 'live' ? '' : paint('yellow', ` (${d.effect})`);
            const note = d.note ? paint('dim', ` [${d.note}]`) : '';
            if (d.from !== undefined && d.to !== undefined)
                out.push(`      ~ ${d.key}: ${paint('red', d.from)} -> ${paint('green', d.to)}${effect}${note}`);
            else if (d.to !== undefined)
                out.push(`      ${paint('green', '+')} ${d.key}: ${d.to}${effect}${note}`);
            else
                out.push(`      ${paint('red', '-')} ${d.key}: ${d.from}${effect}${note}`);
        }
        if (c.steps.length)
            out.push(paint('dim', `      steps: ${c.steps.map(_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStep */ .Ey).join(' -> ')}`));
        out.push('');
    }
    if (plan.layers.length) {
        out.push(paint('bold', 'Order') + ' (guests on one line can run in parallel):');
        plan.layers.forEach((layer, i) => {
            const shown = layer.slice(0, 20).join(', ');
            out.push(`  ${String(i + 1).padStart(2)}: ${shown}${layer.length > 20 ? `, ... (${layer.length} in all)` : ''}`);
        });
        out.push('');
    }
    for (const h of plan.hypervisor)
        out.push(`${paint('yellow', 'host:')} ${h.message} (used by ${h.usedBy.join(', ')})`);
    for (const r of plan.retained)
        out.push(`${paint('cyan', 'kept:')} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .label */ .Pf)(r)} ${r.name}: ${r.reason}`);
    if (plan.unmanaged.length) {
        const list = plan.unmanaged.slice(0, 30).map((u) => `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .label */ .Pf)(u)}${u.name ? ` ${u.name}` : ''}`);
        out.push(`${paint('cyan', 'unmanaged (left alone):')} ${list.join(', ')}${plan.unmanaged.length > 30 ? `, ... (${plan.unmanaged.length})` : ''}`);
    }
    if (plan.hypervisor.length || plan.retained.length || plan.unmanaged.length)
        out.push('');
    for (const w of plan.warnings)
        out.push(`${paint('yellow', 'warning:')} ${w.address ? `${w.address}: ` : ''}${w.message}`);
    for (const e of plan.errors)
        out.push(`${paint('red', 'error:')} ${e.address ? `${e.address}: ` : ''}${e.message}`);
    if (plan.warnings.length || plan.errors.length)
        out.push('');
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)((0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .countPlan */ .RF)(plan));
    out.push(plan.errored
        ? paint('red', `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`)
        : paint('bold', head));
    out.push(paint('dim', `Plan hash ${plan.hash}`));
    return out.join('\n') + '\n';
}


/***/ })

};
