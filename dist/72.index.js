export const id = 72;
export const ids = [72];
export const modules = {

/***/ 38531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ appendStepSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony exports formatKeyValue, exportVariable, addPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's file commands: step outputs (GITHUB_OUTPUT), the job summary (GITHUB_STEP_SUMMARY),
 * environment for later steps (GITHUB_ENV) and PATH additions (GITHUB_PATH).
 *
 * Same file format as @actions/core, but the environment is passed in instead of read from
 * `process.env`, so every action (validate, plan, apply, setup) and its tests use one writer, and
 * outside Actions (variable unset) nothing is written rather than falling back to the deprecated
 * `::set-output` stdout command.
 */



/**
 * `name<<DELIM` / value / `DELIM`, the multi-line form the runner parses. Refuses a name or value
 * that contains the delimiter (which would let a value inject further outputs).
 */
function formatKeyValue(name, value, delimiter) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        throw new Error(`invalid output or variable name '${name}'`);
    }
    if (value.includes(delimiter))
        throw new Error(`value of '${name}' contains the file-command delimiter`);
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function appendTo(env, variable, text) {
    const path = env[variable];
    if (!path)
        return false;
    // The runner creates these files; a missing one means a misconfigured environment, not "skip".
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`${variable} points at ${path}, which does not exist`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, text, { encoding: 'utf8' });
    return true;
}
const newDelimiter = () => `phoenix_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
/** Writes step outputs. Returns false when GITHUB_OUTPUT is not set (not running in Actions). */
function setOutputs(env, outputs) {
    const text = Object.entries(outputs)
        .map(([name, value]) => formatKeyValue(name, String(value), newDelimiter()))
        .join('');
    return appendTo(env, 'GITHUB_OUTPUT', text);
}
/** Appends Markdown to this step's job summary. Returns false when GITHUB_STEP_SUMMARY is unset. */
function appendStepSummary(env, markdown) {
    return appendTo(env, 'GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** Sets an environment variable for the following steps of the job. */
function exportVariable(env, name, value) {
    return appendTo(env, 'GITHUB_ENV', formatKeyValue(name, value, newDelimiter()));
}
/** Prepends a directory to PATH for the following steps of the job. */
function addPath(env, dir) {
    if (/[\r\n]/.test(dir))
        throw new Error('a PATH entry cannot contain a line break');
    return appendTo(env, 'GITHUB_PATH', dir + EOL);
}


/***/ }),

/***/ 92935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ budgetedTable),
/* harmony export */   Wm: () => (/* binding */ STEP_SUMMARY_LIMIT_BYTES),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   mn: () => (/* binding */ renderValidationSummary),
/* harmony export */   oG: () => (/* binding */ writeStepSummary),
/* harmony export */   qd: () => (/* binding */ tableHeader)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_SHOWN_PER_STEP, STEP_SUMMARY_BUDGET_BYTES, stepSummaryUsed, summaryRoom, blobUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_cell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24542);
/* harmony import */ var _render_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89519);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38531);
/**
 * Markdown for job summaries and the one byte budget of a step's summary. The renderers are pure;
 * `writeStepSummary` is the single place every action (validate, plan, apply, drift, setup) appends
 * through: it measures what GITHUB_STEP_SUMMARY already holds and gives the writer what is left, so
 * several writers in one step (validate then plan, validate then drift) share one budget.
 */




/** GitHub refuses a step summary larger than 1 MiB. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub shows at most this many error (and, separately, warning) annotations per step. */
const ANNOTATIONS_SHOWN_PER_STEP = 10;
const byteLength = (text) => Buffer.byteLength(text, 'utf8');
/** What all writers of one step may put in its summary together (under the 1 MiB limit). */
const STEP_SUMMARY_BUDGET_BYTES = _render_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_BUDGET_BYTES */ .Xb;
/** Bytes this step's summary already holds (0 outside Actions or before the first write). */
function stepSummaryUsed(env) {
    const path = env.GITHUB_STEP_SUMMARY;
    if (!path)
        return 0;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch {
        return 0;
    }
}
/**
 * The bytes a writer may use: the step's budget minus what the summary holds, minus `leaveBytes`
 * kept for the writers that follow in the same step (never below zero).
 */
function summaryRoom(usedBytes, leaveBytes = 0) {
    return Math.max(0, STEP_SUMMARY_BUDGET_BYTES - usedBytes - leaveBytes);
}
const CUT_MARKER = '\n_Summary shortened to stay within the step summary size limit; see the job log._\n';
/**
 * Appends `render(budget)` to the step's summary, where `budget` is what this step has left. The
 * renderer degrades on its own; a text still over the budget is cut on a line boundary, so the
 * step's summary never grows past its budget and GitHub never drops it. Returns false outside Actions.
 */
function writeStepSummary(env, render, share = {}) {
    if (!env.GITHUB_STEP_SUMMARY)
        return false;
    const room = summaryRoom(stepSummaryUsed(env), share.leaveBytes);
    // One byte for the newline appendStepSummary may add.
    const budget = Math.max(0, room - 1);
    const text = render(budget);
    return (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_1__/* .appendStepSummary */ .Jc)(env, byteLength(text) <= budget ? text : (0,_render_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateText */ .EJ)(text, budget, CUT_MARKER));
}
function tableHeader(headers) {
    return `| ${headers.join(' | ')} |\n|${headers.map(() => ' --- |').join('')}\n`;
}
/** One row; cells must already be escaped (they may hold links or code spans). */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |\n`;
}
/**
 * Header plus as many rows as fit in `budgetBytes`; when rows are left out, a last line says how
 * many (`omittedNote(n)`). Never exceeds the budget unless the header alone does.
 */
function budgetedTable(headers, rows, budgetBytes, omittedNote) {
    let out = tableHeader(headers);
    let used = byteLength(out);
    for (let i = 0; i < rows.length; i++) {
        const row = tableRow(rows[i]);
        const size = byteLength(row);
        const remaining = rows.length - i - 1;
        const reserve = remaining > 0 ? byteLength(`\n${omittedNote(rows.length)}\n`) : 0;
        if (used + size + reserve > budgetBytes) {
            return `${out}\n${omittedNote(rows.length - i)}\n`;
        }
        out += row;
        used += size;
    }
    return out;
}
function blobUrl(links, file, line) {
    if (!links.repository || !links.sha || file.startsWith('/'))
        return undefined;
    const path = file.split('/').map(encodeURIComponent).join('/');
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}${line ? `#L${line}` : ''}`;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function locationCell(a, links) {
    if (!a.file)
        return '';
    const label = (0,_render_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTableCell */ .a)(`${a.file}:${a.line ?? 1}:${a.col ?? 1}`).replace(/[[\]]/g, '\\$&');
    const url = blobUrl(links, a.file, a.line);
    return url ? `[${label}](${url})` : label;
}
function renderValidationSummary(input) {
    const { errors, warnings, findings } = input;
    const verdict = errors > 0
        ? `:x: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
        : warnings > 0
            ? `:warning: ${plural(warnings, 'warning')}, no errors`
            : ':white_check_mark: no problems found';
    const at = input.links.sha ? ` at \`${input.links.sha.slice(0, 7)}\`` : '';
    let out = `## Phoenix validate: ${verdict}\n\n`;
    out += `Checked \`${(0,_render_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTableCell */ .a)(input.configDir)}\` (${plural(input.guests, 'guest')})${at}.\n`;
    if (findings.length === 0)
        return out;
    if (errors > ANNOTATIONS_SHOWN_PER_STEP || warnings > ANNOTATIONS_SHOWN_PER_STEP) {
        out +=
            `\nGitHub shows only the first ${ANNOTATIONS_SHOWN_PER_STEP} errors and ` +
                `${ANNOTATIONS_SHOWN_PER_STEP} warnings of a step as annotations; this table lists every finding.\n`;
    }
    const rows = findings.map((a) => [
        a.level === 'error' ? ':x: error' : a.level === 'warning' ? ':warning: warning' : 'notice',
        locationCell(a, input.links),
        a.title ? `\`${(0,_render_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTableCell */ .a)(a.title)}\`` : '',
        (0,_render_cell_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTableCell */ .a)(a.message),
    ]);
    const budget = input.budgetBytes ?? STEP_SUMMARY_LIMIT_BYTES - 64 * 1024;
    const headers = ['Severity', 'Location', 'Rule', 'Message'];
    const omitted = (n) => `…and ${plural(n, 'more finding')} not shown here (summary size limit); all are in the job log.`;
    // Degrades like the PR comment: every finding, then as many of the first ones as fit (at least
    // one), then the counts alone (the verdict line above always carries them).
    const room = budget - byteLength(out);
    const full = `\n${budgetedTable(headers, rows, Number.MAX_SAFE_INTEGER, omitted)}`;
    if (byteLength(full) <= room)
        return out + full;
    const first = budgetedTable(headers, rows, room - 1, omitted);
    if (byteLength(first) < room && !first.includes(omitted(rows.length)))
        return `${out}\n${first}`;
    const text = `\nThe ${plural(findings.length, 'finding')} are not listed here (summary size limit); all are in the job log and annotations.\n`;
    return out + text;
}


/***/ }),

/***/ 72072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ LEAVE_FOR_NEXT_WRITER),
/* harmony export */   q: () => (/* binding */ validateAndReport),
/* harmony export */   runValidateAction: () => (/* binding */ runValidateAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34793);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96618);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38531);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92935);
/**
 * The validate action: validate the config dir, annotate every finding, write the outputs
 * `errors` and `warnings` and a job summary table, and fail (exit 1) when there are errors.
 *
 * Findings are emitted as explicit `::error file=...` commands rather than through the problem
 * matcher in actions/validate/: explicit commands carry the rule id as the title and survive
 * messages with colons; registering the matcher as well would annotate every finding twice.
 */






/**
 * What validate leaves of the step's summary budget when another writer follows it in the same
 * step (plan, drift, apply): half, so the plan always has room for its counts and first changes.
 */
const LEAVE_FOR_NEXT_WRITER = { leaveBytes: 500_000 };
async function runValidateAction(settings, logger, env, share = {}) {
    return (await validateAndReport(settings, logger, env, share)).gate;
}
/**
 * The validate action's work, also the first stage of the plan and drift actions: besides the
 * gate's result it returns the validation, so the job that follows in the same step does not
 * validate again. `share` says how much of the step's summary budget to leave to the writers after it.
 */
async function validateAndReport(settings, logger, env, share = {}) {
    const { run } = settings;
    const result = await (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .withGroup */ .I1)(logger, `Validating ${settings.configDir}`, async () => {
        // Relative to the step's working directory; unchanged when that is this process's cwd.
        const r = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(run.cwd, settings.configDir)) || '.');
        logger.info(`${r.desired.guests.length} guests, ${r.errors} errors, ${r.warnings} warnings in ${settings.configDir}`);
        return r;
    });
    const findings = result.diagnostics.map((d) => (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationFromDiagnostic */ .Jl)(d, { workspace: run.workspace, cwd: run.cwd }));
    for (const a of findings)
        logger.annotate(a);
    (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n0)(env, { errors: result.errors, warnings: result.warnings });
    (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .writeStepSummary */ .oG)(env, (budgetBytes) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderValidationSummary */ .mn)({
        configDir: settings.configDir,
        guests: result.desired.guests.length,
        errors: result.errors,
        warnings: result.warnings,
        findings,
        links: { serverUrl: run.serverUrl, repository: run.repository, sha: run.headSha },
        budgetBytes,
    }), share);
    const failed = result.errors > 0 || (settings.failOnWarnings && result.warnings > 0);
    if (failed) {
        const why = result.errors > 0
            ? `${result.errors} error(s)`
            : `${result.warnings} warning(s) and fail-on-warnings is set`;
        logger.info(`Validation failed: ${why}.`);
    }
    return {
        gate: { errors: result.errors, warnings: result.warnings, exitCode: failed ? 1 : 0 },
        validation: result,
    };
}


/***/ }),

/***/ 89519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   eO: () => (/* binding */ firstThatFits),
/* harmony export */   eT: () => (/* binding */ COMMENT_BUDGET_BYTES)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES, countFitting */
/**
 * Size budgets for rendered Markdown. GitHub limits a comment body to 65,536 characters and a job
 * summary to 1 MiB; we count UTF-8 bytes (never fewer than characters) and keep headroom.
 */
const COMMENT_LIMIT_CHARS = 65_536;
/** Comment budget in bytes: the limit minus headroom for the status edits apply makes later. */
const COMMENT_BUDGET_BYTES = 60_000;
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const SUMMARY_BUDGET_BYTES = 1_000_000;
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Render with the first level that fits: `render(level)` for level 0 (richest) up to `levels - 1`
 * (leanest). Returns the first fitting text, or the leanest one (the caller's last level must
 * guarantee the fit, e.g. by truncating).
 */
function firstThatFits(levels, budget, render) {
    let text = '';
    for (let level = 0; level < levels; level++) {
        text = render(level);
        if (byteLength(text) <= budget)
            return { text, level };
    }
    return { text, level: levels - 1 };
}
/**
 * Keep as many whole items as fit in `budget` bytes (each item's size plus `separator`), in order.
 * Returns how many fit.
 */
function countFitting(items, budget, separatorBytes = 1) {
    let used = 0;
    for (let i = 0; i < items.length; i++) {
        used += byteLength(items[i]) + separatorBytes;
        if (used > budget)
            return i;
    }
    return items.length;
}
/** Cut text to at most `budget` bytes on a line boundary, ending with `marker` when cut. */
function truncateText(text, budget, marker) {
    if (byteLength(text) <= budget)
        return text;
    const room = Math.max(0, budget - byteLength(marker) - 1);
    const lines = text.split('\n');
    const keep = countFitting(lines, room);
    return `${lines.slice(0, keep).join('\n')}\n${marker}`;
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
