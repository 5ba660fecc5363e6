export const id = 141;
export const ids = [141];
export const modules = {

/***/ 11141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runApply: () => (/* binding */ runApply)
/* harmony export */ });
/* harmony import */ var _jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60089);
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

/***/ 24542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ escapeTableCell),
/* harmony export */   k: () => (/* binding */ escapeCell)
/* harmony export */ });
/**
 * The one Markdown text escaper: text made safe inside a table cell or a summary line (no raw
 * HTML, no `|` that ends the cell, no line break that ends the row). Pure.
 */
const CELL_SPECIALS = /[&<>|\r\n]/;
function escapeCell(text, options = {}) {
    const s = options.trim ? text.trim() : text;
    if (!CELL_SPECIALS.test(s))
        return s;
    const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
    return options.lineBreak === '<br>'
        ? escaped.replace(/\r?\n|\r/g, '<br>')
        : escaped.replace(/[\r\n]+/g, ' ');
}
/** A job-summary table cell: trimmed, each line break kept as `<br>`. */
function escapeTableCell(text) {
    return escapeCell(text, { lineBreak: '<br>', trim: true });
}


/***/ }),

/***/ 12478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ resultingSettings),
/* harmony export */   bU: () => (/* binding */ cloneSourceLabel),
/* harmony export */   hv: () => (/* binding */ isNewGuest)
/* harmony export */ });
/* harmony import */ var _plan_config_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97025);
/* harmony import */ var _plan_clone_base_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35386);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61692);
/**
 * The settings a new guest ends with, for every renderer: a create lists its config; a clone lists
 * its own settings, the ones it keeps from its clone source (marked as such), and the source's
 * settings it drops. No restart marks: nothing is running yet. Pure.
 */



/** Keys written by Phoenix itself (tag, done-record), not settings the reader chose. */
const BOOKKEEPING = new Set(['description', 'tags']);
/** Whether `c` makes a new guest that did not exist (create or clone; not a rebuild). */
function isNewGuest(c) {
    return c.action === 'create' || c.action === 'clone';
}
/** `CT 902 @ ready`: the clone source, for "kept from ..." marks; undefined for a create. */
function cloneSourceLabel(c) {
    const s = c.steps.find((x) => x.op === 'clone');
    if (s?.op !== 'clone')
        return undefined;
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .label */ .Pf)({ kind: c.kind, id: s.source });
}
/** Settings in key order; raw `lxc.*` lines last (as `lxc` keys). */
function resultingSettings(c, sources) {
    const create = c.steps.find((s) => s.op === 'create');
    if (create?.op === 'create') {
        const out = Object.entries(create.config)
            .filter(([k]) => !BOOKKEEPING.has(k))
            .map(([k, v]) => ({ key: k, value: (0,_plan_config_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .displayValue */ .KN)(c.kind, k, v), origin: 'own' }));
        for (const l of create.lxcRaw)
            out.push({ key: 'lxc', value: l, origin: 'own' });
        return out;
    }
    const out = [];
    for (const d of c.diffs) {
        if (BOOKKEEPING.has(d.key))
            continue;
        if (d.to !== undefined)
            out.push({ key: d.key, value: d.to, origin: 'own' });
        else if (d.from !== undefined)
            out.push({ key: d.key, value: d.from, origin: 'dropped' });
    }
    const clone = c.steps.find((s) => s.op === 'clone');
    const base = clone?.op === 'clone' ? sources?.[(0,_plan_clone_base_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceConfigKey */ .JM)(clone.source, clone.storage)] : undefined;
    const own = new Set(c.diffs.map((d) => d.key));
    for (const [k, v] of Object.entries(base ?? {}))
        if (!own.has(k) && !BOOKKEEPING.has(k))
            out.push({ key: k, value: v, origin: 'source' });
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}


/***/ }),

/***/ 13047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ driftLines),
/* harmony export */   sJ: () => (/* binding */ driftTag),
/* harmony export */   tX: () => (/* binding */ driftSection)
/* harmony export */ });
/* harmony import */ var _plan_last_applied_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20895);
/* harmony import */ var _cell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24542);
/**
 * Settings changed outside Phoenix (drift, plan/last-applied.ts), as every renderer lists them
 * in a section of their own: plan text, PR comment, drift issue, JSON summary.
 */


/** The marker a drifted field diff carries in the plan text and the PR comment. */
function driftTag(d) {
    if (d.origin === 'outside')
        return 'changed outside Phoenix';
    if (d.origin === 'both')
        return 'changed outside Phoenix and in the config';
    return undefined;
}
function driftLines(plan) {
    const out = [];
    for (const c of plan.changes) {
        for (const d of c.diffs) {
            if (!(0,_plan_last_applied_js__WEBPACK_IMPORTED_MODULE_0__/* .isDriftDiff */ .N7)(d))
                continue;
            const host = d.from === undefined ? 'unset on the host' : `${d.from} on the host`;
            const want = d.to === undefined ? 'unset' : d.to;
            const says = d.origin === 'both' ? `the config now says ${want}` : `the config says ${want}`;
            out.push({ address: c.address, text: `${d.key}: ${host}, ${says}` });
        }
    }
    return out;
}
/** The PR comment's (and drift issue's) section of settings changed outside Phoenix; empty when none. */
function driftSection(plan, max = 40) {
    const drifted = driftLines(plan);
    if (!drifted.length)
        return [];
    const n = drifted.length;
    const them = n === 1 ? 'it' : 'them';
    return [
        '### Changed outside Phoenix (drift)',
        '',
        `${n} setting${n === 1 ? ' was' : 's were'} changed on the host, not in the config; apply sets ${them} back (or change the config to keep ${them}):`,
        '',
        ...drifted.slice(0, max).map((l) => `- \`${l.address}\` ${(0,_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .k)(l.text)}`),
        ...(n > max ? [`- ... and ${n - max} more`] : []),
        '',
    ];
}


/***/ }),

/***/ 45097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ onNode),
/* harmony export */   i: () => (/* binding */ showsNodes)
/* harmony export */ });
function showsNodes(plan) {
    if ((plan.meta.nodes?.length ?? 0) > 1)
        return true;
    let first;
    for (const c of plan.changes) {
        if (c.node === undefined)
            continue;
        if (first === undefined)
            first = c.node;
        else if (c.node !== first)
            return true;
    }
    return false;
}
/** ` (on pve2)` after a guest's name when nodes are shown and its node is known, else ''. */
function onNode(c, shown) {
    return shown && c.node ? ` (on ${c.node})` : '';
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


/***/ })

};
