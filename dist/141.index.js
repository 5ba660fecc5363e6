export const id = 141;
export const ids = [141];
export const modules = {

/***/ 11141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runApply: () => (/* binding */ runApply)
/* harmony export */ });
/* harmony import */ var _jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18434);
/* harmony import */ var _plan_plan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70435);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70893);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _confirm_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8498);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71604);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2654);
/**
 * `phoenix apply [--config-dir DIR] --target URL [options]` (options and their help: APPLY_SPEC in
 * src/cli/specs/host-commands.ts). `--only` narrows the plan as `plan --only` does, so a plan
 * reviewed with the same `--only` matches.
 *
 * Brings the host to the config (see src/jobs/apply-job.ts). On a terminal it prints the plan
 * and asks for `yes` first (after planning, which only reads the host, and before the host lock:
 * see `approve` in src/apply/run-apply.ts); `--yes`/`--auto-approve` skip the question. Without a
 * terminal `--yes` is needed, checked before the host is even opened, except in GitHub Actions
 * with `--plan FILE`, where the hash check against the reviewed plan is the approval. Exit 0 when
 * every guest converged or nothing had to change, 1 when the config or plan is refused, not
 * approved or a guest failed, 2 on usage or I/O errors.
 */








/**
 * The selection is part of the plan hash, so a reviewed plan made with another `--only` (or
 * none) can never match: say so before touching the host, naming the flag to give.
 */
function checkSameSelection(planPath, reviewed, given) {
    const norm = (a) => [...new Set(a ?? [])].sort().join(',');
    if (norm(reviewed) === norm(given))
        return;
    const was = reviewed?.length ? `with --only ${norm(reviewed)}` : 'without --only';
    const now = given?.length ? `--only ${norm(given)}` : 'no --only';
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${planPath} was planned ${was}, but apply was given ${now}: give apply the same --only as the reviewed plan (the selection is part of the plan hash)`, 2);
}
/**
 * How this run is approved: undefined when it needs no question (`--yes`, or Actions with a
 * reviewed plan file), else the question asked on the terminal after printing the plan. Throws a
 * usage error when nobody can be asked, before anything is read from the host.
 */
function approval(values, io, planPath) {
    if (values.yes === true || values['auto-approve'] === true)
        return undefined;
    const terminal = io.terminal ?? (0,_confirm_js__WEBPACK_IMPORTED_MODULE_5__/* .processTerminal */ .q)(io.isTTY);
    if (!terminal.isTTY) {
        if (io.env.GITHUB_ACTIONS === 'true' && planPath)
            return undefined;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('apply changes the host and asks for confirmation, but there is no terminal to ask on; ' +
            're-run with --yes (or --auto-approve) to approve' +
            (io.env.GITHUB_ACTIONS === 'true' ? ', or give the reviewed plan with --plan FILE' : ''), 2);
    }
    const color = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .useColor */ .b)(io, values);
    return async (plan) => {
        io.stdout((0,_render_text_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S)(plan, { color }));
        io.stdout(planPath ? `This is the reviewed plan of ${planPath} (${plan.hash.slice(0, 12)}).\n\n` : '\n');
        return (0,_confirm_js__WEBPACK_IMPORTED_MODULE_5__/* .confirm */ .l)({
            command: 'apply',
            question: `Apply these changes to ${(0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'target')}?`,
            yes: false,
            out: io.stdout,
            terminal,
        });
    };
}
async function runApply(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('apply', argv);
    (0,_target_options_js__WEBPACK_IMPORTED_MODULE_6__/* .requireTarget */ .Fm)('apply', values);
    const concurrency = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .intOpt */ .$q)(values, 'concurrency', 1, 64) ?? 4;
    const keep = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .intOpt */ .$q)(values, 'keep-safety-snapshots', 0, 100) ?? 3;
    const lockTimeoutSec = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .intOpt */ .$q)(values, 'lock-timeout', 0, 86_400) ?? 600;
    const planPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'plan');
    const reviewed = planPath ? await (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlanFile */ .wr)(planPath) : undefined;
    const only = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .listOpt */ .sS)(values, 'only');
    if (reviewed)
        checkSameSelection(planPath, reviewed.selection?.only, only);
    const approve = approval(values, io, planPath);
    const heartbeatSec = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .intOpt */ .$q)(values, 'heartbeat-interval', 0, 86_400);
    // Run as a step of a workflow, progress goes into log groups and warnings become annotations.
    const logger = io.env.GITHUB_ACTIONS === 'true'
        ? await (await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 72231))).createActionsLogger(io.stdout)
        : undefined;
    const { job } = await (0,_jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_0__/* .applyToHost */ .A)({
        open: () => (0,_target_options_js__WEBPACK_IMPORTED_MODULE_6__/* .openHost */ .Zb)('apply', values, io),
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'config-dir'),
        reviewed,
        allowRebuild: values['allow-rebuild'] === true,
        allowDataLoss: values['allow-data-loss'] === true,
        only,
        settings: { concurrency, keepSafetySnapshots: keep },
        sha: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'sha') ?? io.env.GITHUB_SHA,
        lockTimeoutMs: lockTimeoutSec * 1000,
        stateFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'state-out'),
        out: io.stdout,
        err: io.stderr,
        logger,
        approve,
        ...(heartbeatSec !== undefined ? { heartbeatMs: heartbeatSec * 1000 } : {}),
    });
    return job.exitCode;
}


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ confirm),
/* harmony export */   q: () => (/* binding */ processTerminal)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Confirmation before a command changes the host (rollback, unlock; apply may use it too): the
 * caller has printed what will happen; on a terminal this asks for `yes` (nothing else approves,
 * as with Terraform), `--yes` skips the question, and without a terminal the command needs
 * `--yes` (a usage error says so). The answer is read as one line from the terminal's input.
 */


/** This process's terminal: stdin, when both stdin and stdout are a TTY. */
function processTerminal(stdoutIsTTY) {
    return { input: process.stdin, isTTY: stdoutIsTTY && process.stdin.isTTY === true };
}
/** One line from `input` (without its line end); undefined at end of input. */
function readLine(input) {
    return new Promise((resolve) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input, terminal: false });
        let done = false;
        const finish = (line) => {
            if (done)
                return;
            done = true;
            rl.close();
            // Stop reading, so a process waiting for nothing else can exit.
            input.pause();
            resolve(line);
        };
        rl.once('line', (line) => finish(line));
        rl.once('close', () => finish(undefined));
    });
}
/**
 * True when the user approved (typed `yes`, or gave `--yes`); false when they answered anything
 * else. Throws a usage error (exit 2) when there is no terminal to ask on and `--yes` is missing.
 */
async function confirm(o) {
    if (o.yes)
        return true;
    const terminal = o.terminal ?? processTerminal(false);
    if (!terminal.isTTY)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.command} changes the host and asks for confirmation, but there is no terminal to ask on; ` +
            're-run with --yes to approve', 2);
    o.out(`${o.question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
    const answer = await readLine(terminal.input);
    o.out('\n');
    return answer?.trim() === 'yes';
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
