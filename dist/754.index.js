export const id = 754;
export const ids = [754];
export const modules = {

/***/ 31754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detailedExitCode: () => (/* binding */ detailedExitCode),
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47410);
/* harmony import */ var _jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15671);
/* harmony import */ var _render_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15104);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95549);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61692);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70893);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(71604);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2654);
/**
 * `phoenix plan [--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR) [options]`
 * (options and their help: PLAN_SPEC in src/cli/specs/host-commands.ts).
 *
 * `--allow-invalid` plans a config that fails validation (diagnostics still printed), e.g. the
 * upstream estates, whose scripts are not part of the fixtures.
 *
 * Validates, gets the live state (read from a target, a recorded state file, or, with no recorded
 * state, the base branch's config), plans and renders. Exit 0 when the plan succeeded (with or
 * without changes), 1 when the config is invalid or the plan is errored, 2 on usage or I/O errors;
 * with `--detailed-exitcode`, 2 when the plan has changes. `--out FILE` writes the JSON plan file
 * (with its summary) whatever `--format` says.
 */











/** Read the live state of a target through its host port (the host layer loaded only when needed). */
async function readTarget(target, values, io) {
    const { StateReadError } = await Promise.all(/* import() */[__webpack_require__.e(240), __webpack_require__.e(507)]).then(__webpack_require__.bind(__webpack_require__, 67507));
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
        return (0,_render_json_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPlanJson */ .u)(p);
    if (format === 'markdown')
        return (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMarkdown */ .Gc)(p, { sha });
    return (0,_render_text_js__WEBPACK_IMPORTED_MODULE_5__/* .renderText */ .S)(p, { color });
}
/** `--detailed-exitcode`: 0 no changes, 2 changes, 1 errors (an errored plan is 1 either way). */
function detailedExitCode(p) {
    if (p.errored)
        return 1;
    return p.applyable ? 2 : 0;
}
async function runPlan(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)('plan', argv);
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
        allowDataLoss: values['allow-data-loss'] === true,
        only: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .listOpt */ .sS)(values, 'only'),
    });
    if (job.status === 'invalid')
        return 1;
    const p = job.plan;
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'out');
    // `--out` always writes the plan file apply --plan reads; `--format` is what stdout shows.
    if (out !== undefined) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, (0,_render_json_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPlanJson */ .u)(p));
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`cannot write ${out}: ${err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .getErrorMessage */ .u)(err)}`, 2);
        }
    }
    io.stdout(render(p, format, (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .useColor */ .b)(io, values), (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOpt */ .rJ)(values, 'sha')));
    if (out !== undefined) {
        io.stderr(`${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .headline */ .Pl)(job.counts)}${p.errored ? ` Planning failed with ${p.errors.length} error(s).` : ''} Plan written to ${out}.\n`);
    }
    if (p.errored && format !== 'text') {
        for (const e of p.errors)
            io.stderr(`error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
    }
    return values['detailed-exitcode'] === true ? detailedExitCode(p) : job.exitCode;
}


/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ useColor)
/* harmony export */ });
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96618);
/** What a CLI command gets from the process (streams, environment, working directory) and returns. */

/** Colour for this run: a terminal, no `NO_COLOR`, no `--no-color` (see colorEnabled). */
function useColor(io, values) {
    return (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .colorEnabled */ .Xp)({ isTTY: io.isTTY, env: io.env, noColorFlag: values['no-color'] === true });
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

/***/ 15104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* unused harmony export planSummary */
/* harmony import */ var _plan_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13047);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61692);
/**
 * The JSON plan as `phoenix plan --format json` prints it and `plan --out` writes it: the plan
 * file (src/plan/plan-file.ts) plus `summary`, the counts per action and the one-line headline.
 * `summary` is derived from `changes`, so it is left out of the hash (VOLATILE_PLAN_FIELDS):
 * the same plan has the same hash with or without it, and apply --plan reads either.
 */



function planSummary(plan) {
    const actions = {
        create: 0,
        clone: 0,
        update: 0,
        replace: 0,
        delete: 0,
        'no-op': 0,
    };
    for (const c of plan.changes)
        actions[c.action]++;
    const counts = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .countPlan */ .RF)(plan);
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(counts);
    const text = plan.errored
        ? `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`
        : head;
    return { ...counts, actions, drift: (0,_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .driftLines */ .$m)(plan).length, text };
}
function renderPlanJson(plan) {
    return (0,_plan_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedJson */ .Is)({ ...plan, summary: planSummary(plan) }, 2) + '\n';
}


/***/ }),

/***/ 70893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38019);
/* harmony import */ var _create_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12478);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13047);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45097);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61692);
/**
 * The plan for a terminal: one block per changed guest with its field diffs and steps, the order
 * in layers, what is left alone, and the headline last (as Terraform prints it). ANSI colour only
 * when asked (the CLI asks when stdout is a TTY).
 */





const CODES = { green: 32, yellow: 33, red: 31, cyan: 36, dim: 2, bold: 1 };
/** The plan for a terminal, secrets written inline in commands masked. */
function renderText(plan, options = {}) {
    return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskInlineSecrets */ .N8)(renderTextUnmasked(plan, options));
}
function renderTextUnmasked(plan, options) {
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
    const selection = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .selectionLines */ .a_)(plan);
    if (selection.length)
        out.push(...selection.map((l) => paint('cyan', l)), '');
    const nodes = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .showsNodes */ .i)(plan);
    for (const c of plan.changes) {
        if (c.action === 'no-op' && !options.verbose)
            continue;
        const symbol = _summary_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTION_SYMBOL */ .yo[c.action].trim() || '=';
        out.push(`${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .label */ .Pf)(c))} ${c.name}${(0,_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .onNode */ .W)(c, nodes)}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAction */ .u7)(c)}`);
        for (const r of c.reasons)
            out.push(paint('dim', `      # ${r}`));
        if ((0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isNewGuest */ .hv)(c)) {
            const src = (0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .cloneSourceLabel */ .bU)(c);
            if (src)
                out.push(paint('dim', `      settings ('=' kept from clone source ${src}, '-' dropped from it):`));
            for (const s of (0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .resultingSettings */ .Nw)(c, plan.cloneSources)) {
                const mark = s.origin === 'own' ? paint('green', '+') : s.origin === 'source' ? '=' : paint('red', '-');
                out.push(`      ${mark} ${s.key}: ${s.origin === 'dropped' ? paint('red', s.value) : s.value}`);
            }
        }
        for (const d of (0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isNewGuest */ .hv)(c) ? [] : c.diffs) {
            const effect = d.effect === 'live' ? '' : paint('yellow', ` (${d.effect})`);
            const drift = (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftTag */ .sJ)(d);
            const note = (d.note ? paint('dim', ` [${d.note}]`) : '') + (drift ? paint('cyan', ` [${drift}]`) : '');
            if (d.from !== undefined && d.to !== undefined)
                out.push(`      ~ ${d.key}: ${paint('red', d.from)} -> ${paint('green', d.to)}${effect}${note}`);
            else if (d.to !== undefined)
                out.push(`      ${paint('green', '+')} ${d.key}: ${d.to}${effect}${note}`);
            else
                out.push(`      ${paint('red', '-')} ${d.key}: ${d.from}${effect}${note}`);
        }
        if (c.steps.length)
            out.push(paint('dim', `      steps: ${c.steps.map(_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .describeStep */ .Ey).join(' -> ')}`));
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
        out.push(`${paint('cyan', 'kept:')} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .label */ .Pf)(r)} ${r.name}: ${r.reason}`);
    if (plan.unmanaged.length) {
        const list = plan.unmanaged.slice(0, 30).map((u) => `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .label */ .Pf)(u)}${u.name ? ` ${u.name}` : ''}`);
        out.push(`${paint('cyan', 'unmanaged (left alone):')} ${list.join(', ')}${plan.unmanaged.length > 30 ? `, ... (${plan.unmanaged.length})` : ''}`);
    }
    if (plan.hypervisor.length || plan.retained.length || plan.unmanaged.length)
        out.push('');
    const lost = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .dataLossLines */ .Vw)(plan);
    if (lost.length) {
        out.push(paint('red', `Data loss: ${lost.length} volume${lost.length === 1 ? '' : 's'} destroyed with ${lost.length === 1 ? 'its' : 'their'} data:`));
        for (const l of lost)
            out.push(`  ${paint('red', '!')} ${l.address} ${l.text}`);
        out.push('');
    }
    const drifted = (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftLines */ .$m)(plan);
    if (drifted.length) {
        out.push(paint('cyan', `Changed outside Phoenix (drift): ${drifted.length} setting${drifted.length === 1 ? '' : 's'}; apply sets ${drifted.length === 1 ? 'it' : 'them'} back to the config:`));
        for (const l of drifted)
            out.push(`  ${paint('cyan', '~')} ${l.address} ${l.text}`);
        out.push('');
    }
    for (const w of plan.warnings)
        out.push(`${paint('yellow', 'warning:')} ${w.address ? `${w.address}: ` : ''}${w.message}`);
    for (const e of plan.errors)
        out.push(`${paint('red', 'error:')} ${e.address ? `${e.address}: ` : ''}${e.message}`);
    if (plan.warnings.length || plan.errors.length)
        out.push('');
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .headline */ .Pl)((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .countPlan */ .RF)(plan));
    out.push(plan.errored
        ? paint('red', `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`)
        : paint('bold', head));
    out.push(paint('dim', `Plan hash ${plan.hash}`));
    return out.join('\n') + '\n';
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
