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
/* harmony import */ var _jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96903);
/* harmony import */ var _render_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15104);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86646);
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
    const { StateReadError } = await Promise.all(/* import() */[__webpack_require__.e(883), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 72578));
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

/***/ 15104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* unused harmony export planSummary */
/* harmony import */ var _plan_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61692);
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
    const counts = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .countPlan */ .RF)(plan);
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(counts);
    const text = plan.errored
        ? `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`
        : head;
    return { ...counts, actions, text };
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
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61692);
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
    const selection = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionLines */ .a_)(plan);
    if (selection.length)
        out.push(...selection.map((l) => paint('cyan', l)), '');
    for (const c of plan.changes) {
        if (c.action === 'no-op' && !options.verbose)
            continue;
        const symbol = _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_SYMBOL */ .yo[c.action].trim() || '=';
        out.push(`${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(c))} ${c.name}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAction */ .u7)(c)}`);
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
            out.push(paint('dim', `      steps: ${c.steps.map(_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStep */ .Ey).join(' -> ')}`));
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
        out.push(`${paint('cyan', 'kept:')} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(r)} ${r.name}: ${r.reason}`);
    if (plan.unmanaged.length) {
        const list = plan.unmanaged.slice(0, 30).map((u) => `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(u)}${u.name ? ` ${u.name}` : ''}`);
        out.push(`${paint('cyan', 'unmanaged (left alone):')} ${list.join(', ')}${plan.unmanaged.length > 30 ? `, ... (${plan.unmanaged.length})` : ''}`);
    }
    if (plan.hypervisor.length || plan.retained.length || plan.unmanaged.length)
        out.push('');
    const lost = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .dataLossLines */ .Vw)(plan);
    if (lost.length) {
        out.push(paint('red', `Data loss: ${lost.length} volume${lost.length === 1 ? '' : 's'} deleted with ${lost.length === 1 ? 'its' : 'their'} data:`));
        for (const l of lost)
            out.push(`  ${paint('red', '!')} ${l.address} ${l.text}`);
        out.push('');
    }
    for (const w of plan.warnings)
        out.push(`${paint('yellow', 'warning:')} ${w.address ? `${w.address}: ` : ''}${w.message}`);
    for (const e of plan.errors)
        out.push(`${paint('red', 'error:')} ${e.address ? `${e.address}: ` : ''}${e.message}`);
    if (plan.warnings.length || plan.errors.length)
        out.push('');
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)((0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .countPlan */ .RF)(plan));
    out.push(plan.errored
        ? paint('red', `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`)
        : paint('bold', head));
    out.push(paint('dim', `Plan hash ${plan.hash}`));
    return out.join('\n') + '\n';
}


/***/ })

};
