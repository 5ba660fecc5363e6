export const id = 72;
export const ids = [72];
export const modules = {

/***/ 8531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ appendStepSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony exports formatKeyValue, exportVariable, addPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
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

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ budgetedTable),
/* harmony export */   Wm: () => (/* binding */ STEP_SUMMARY_LIMIT_BYTES),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   mn: () => (/* binding */ renderValidationSummary),
/* harmony export */   qd: () => (/* binding */ tableHeader)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_SHOWN_PER_STEP, blobUrl */
/* harmony import */ var _render_cell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4542);
/**
 * Markdown for job summaries. Pure: builds strings; runner-files.ts appends them to the summary.
 * The table helpers and the byte budget are shared by every action (plan and apply summaries too).
 */

/** GitHub refuses a step summary larger than 1 MiB. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub shows at most this many error (and, separately, warning) annotations per step. */
const ANNOTATIONS_SHOWN_PER_STEP = 10;
const byteLength = (text) => Buffer.byteLength(text, 'utf8');
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
    const label = (0,_render_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .a)(`${a.file}:${a.line ?? 1}:${a.col ?? 1}`).replace(/[[\]]/g, '\\$&');
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
    out += `Checked \`${(0,_render_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .a)(input.configDir)}\` (${plural(input.guests, 'guest')})${at}.\n`;
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
        a.title ? `\`${(0,_render_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .a)(a.title)}\`` : '',
        (0,_render_cell_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTableCell */ .a)(a.message),
    ]);
    const budget = (input.budgetBytes ?? STEP_SUMMARY_LIMIT_BYTES - 64 * 1024) - byteLength(out) - 1;
    out += '\n';
    out += budgetedTable(['Severity', 'Location', 'Rule', 'Message'], rows, budget, (n) => `…and ${plural(n, 'more finding')} not shown here (summary size limit); all are in the job log.`);
    return out;
}


/***/ }),

/***/ 2072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ validateAndReport),
/* harmony export */   runValidateAction: () => (/* binding */ runValidateAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3238);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4793);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6618);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8531);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2935);
/**
 * The validate action: validate the config dir, annotate every finding, write the outputs
 * `errors` and `warnings` and a job summary table, and fail (exit 1) when there are errors.
 *
 * Findings are emitted as explicit `::error file=...` commands rather than through the problem
 * matcher in actions/validate/: explicit commands carry the rule id as the title and survive
 * messages with colons; registering the matcher as well would annotate every finding twice.
 */






async function runValidateAction(settings, logger, env) {
    return (await validateAndReport(settings, logger, env)).gate;
}
/**
 * The validate action's work, also the first stage of the plan and drift actions: besides the
 * gate's result it returns the validation, so the job that follows in the same step does not
 * validate again.
 */
async function validateAndReport(settings, logger, env) {
    const { run } = settings;
    const result = await (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .withGroup */ .I1)(logger, `Validating ${settings.configDir}`, async () => {
        // Relative to the step's working directory; unchanged when that is this process's cwd.
        const r = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(run.cwd, settings.configDir)) || '.');
        logger.info(`${r.desired.guests.length} guests, ${r.errors} errors, ${r.warnings} warnings in ${settings.configDir}`);
        return r;
    });
    const findings = result.diagnostics.map((d) => (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationFromDiagnostic */ .Jl)(d, { workspace: run.workspace, cwd: run.cwd }));
    for (const a of findings)
        logger.annotate(a);
    (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n0)(env, { errors: result.errors, warnings: result.warnings });
    (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_3__/* .appendStepSummary */ .Jc)(env, (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderValidationSummary */ .mn)({
        configDir: settings.configDir,
        guests: result.desired.guests.length,
        errors: result.errors,
        warnings: result.warnings,
        findings,
        links: { serverUrl: run.serverUrl, repository: run.repository, sha: run.headSha },
    }));
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

/***/ 4542:
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

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ withGroup),
/* harmony export */   QT: () => (/* binding */ logGroup),
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
/** For runs on a terminal (`npx phoenix ...`): findings and progress on stdout, problems on stderr. */
function createConsoleLogger(io, options = {}) {
    const step = options.indentGroups === false ? 0 : 1;
    let depth = 0;
    const indent = () => '  '.repeat(depth * step);
    return {
        debug: (m) => {
            if (options.debug)
                io.stderr(`${indent()}debug: ${m}\n`);
        },
        info: (m) => io.stdout(`${indent()}${m}\n`),
        notice: (m) => io.stdout(`${indent()}notice: ${m}\n`),
        warning: (m) => io.stderr(`${indent()}warning: ${m}\n`),
        error: (m) => io.stderr(`${indent()}error: ${m}\n`),
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
