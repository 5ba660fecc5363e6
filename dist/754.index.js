export const id = 754;
export const ids = [754];
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
/* harmony export */   readStateFile: () => (/* binding */ readStateFile),
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7410);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9066);
/* harmony import */ var _proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1525);
/* harmony import */ var _plan_plan_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(435);
/* harmony import */ var _plan_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2862);
/* harmony import */ var _plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7481);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6646);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1692);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(893);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2654);
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













/** Read and minimally check a recorded live-state document. */
async function readStateFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot read state file ${path}: ${err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u)(err)}`, 2);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: not a state file (invalid JSON: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u)(err)})`, 2);
    }
    const v = value;
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: not a state file (expected a JSON object)`, 2);
    if (v.version !== _proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__/* .LIVE_STATE_VERSION */ .O) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: state version ${JSON.stringify(v.version)} is not supported (expected ${_proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__/* .LIVE_STATE_VERSION */ .O})`, 2);
    }
    if (!Array.isArray(v.guests))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: not a state file (no guests list)`, 2);
    for (const [i, g] of v.guests.entries()) {
        if (!g || typeof g !== 'object' || typeof g.id !== 'number' || (g.kind !== 'lxc' && g.kind !== 'qemu')) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: guests[${i}] needs a numeric id and kind lxc or qemu`, 2);
        }
    }
    return {
        version: _proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__/* .LIVE_STATE_VERSION */ .O,
        readAt: typeof v.readAt === 'string' ? v.readAt : '',
        target: typeof v.target === 'string' ? v.target : path,
        nodes: Array.isArray(v.nodes) ? v.nodes : [],
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
    };
}
/** Read the live state of a target through the host layer (loaded only when needed). */
async function readTarget(target, values, io) {
    const { readLiveState, StateReadError } = await Promise.all(/* import() */[__webpack_require__.e(36), __webpack_require__.e(460)]).then(__webpack_require__.bind(__webpack_require__, 2460));
    const transport = await (0,_target_options_js__WEBPACK_IMPORTED_MODULE_10__/* .openTarget */ .Ap)('plan', values, io);
    try {
        return await readLiveState(transport);
    }
    catch (err) {
        if (err instanceof StateReadError)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot read the state of ${target}: ${err.message}`, 2);
        throw err;
    }
    finally {
        await transport.close();
    }
}
function render(p, format, color, sha) {
    if (format === 'json')
        return (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_2__/* .serializePlan */ .S1)(p);
    if (format === 'markdown')
        return (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdown */ .Gc)(p, { sha });
    return (0,_render_text_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S)(p, { color });
}
async function runPlan(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Qx)('plan', argv, {
        'config-dir': { type: 'string', default: 'config' },
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_10__/* .TARGET_OPTIONS */ .FG,
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_10__/* .AUDIT_OPTION */ .my,
        state: { type: 'string' },
        'base-config-dir': { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'allow-rebuild': { type: 'boolean', default: false },
        'allow-invalid': { type: 'boolean', default: false },
        sha: { type: 'string' },
    });
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'format');
    if (!['text', 'markdown', 'json'].includes(format)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`--format must be text, markdown or json, got '${format}'`, 2);
    }
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'target');
    const state = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'state');
    const base = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'base-config-dir');
    const sources = [target, state, base].filter((s) => s !== undefined).length;
    if (sources !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('give exactly one of --target URL, --state FILE or --base-config-dir DIR', 2);
    }
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'config-dir');
    const result = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)(dir);
    if (result.errors > 0) {
        for (const d of result.diagnostics)
            io.stderr((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_12__/* .formatDiagnostic */ .xy)(d) + '\n');
        const count = `${result.errors} error${result.errors === 1 ? '' : 's'}`;
        if (values['allow-invalid'] !== true) {
            io.stderr(`${dir}: the config is invalid (${count}); fix it before planning\n`);
            return 1;
        }
        io.stderr(`${dir}: the config is invalid (${count}); planning anyway (--allow-invalid)\n`);
    }
    const scriptHashes = await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .hashScripts */ .Z)(dir, result.desired);
    const options = { allowRebuild: values['allow-rebuild'] === true, scriptHashes };
    let p;
    if (base !== undefined) {
        const old = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)(base);
        const oldHashes = await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .hashScripts */ .Z)(base, old.desired);
        p = (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .planConfigDiff */ .p)(result.desired, old.desired, { ...options, oldScriptHashes: oldHashes });
    }
    else {
        const live = state !== undefined ? await readStateFile(state) : await readTarget(target, values, io);
        p = (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .plan */ .e)(result.desired, live, options);
    }
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'out');
    const text = render(p, format, io.isTTY && out === undefined, (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'sha'));
    if (out !== undefined) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, text);
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot write ${out}: ${err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u)(err)}`, 2);
        }
        io.stderr(`${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .headline */ .Pl)((0,_render_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .countPlan */ .RF)(p))}${p.errored ? ` Planning failed with ${p.errors.length} error(s).` : ''} Plan written to ${out}.\n`);
    }
    else {
        io.stdout(text);
    }
    if (p.errored && !(format === 'text' && out === undefined)) {
        for (const e of p.errors)
            io.stderr(`error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
    }
    return p.errored ? 1 : 0;
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ openTarget),
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   my: () => (/* binding */ AUDIT_OPTION)
/* harmony export */ });
/* unused harmony export TARGET_HELP */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);


const TARGET_OPTIONS = {
    target: { type: 'string' },
    identity: { type: 'string' },
    'known-hosts': { type: 'string' },
    fingerprint: { type: 'string' },
};
const AUDIT_OPTION = { 'audit-log': { type: 'string' } };
const TARGET_HELP = 'sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]';
/** The `--target` value, or a usage error naming the command. */
function requireTarget(command, values) {
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${command} needs --target URL (${TARGET_HELP})`, 2);
    return target;
}
/** Opens the transport for `--target` (wrapped in the audit log when `--audit-log` is given). */
async function openTarget(command, values, io) {
    const target = requireTarget(command, values);
    const { createTransport } = await __webpack_require__.e(/* import() */ 541).then(__webpack_require__.bind(__webpack_require__, 9541));
    const transport = await createTransport(target, {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
    });
    const audit = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'audit-log');
    if (!audit)
        return transport;
    const { withAudit } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 240));
    return withAudit(transport, audit);
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
