export const id = 726;
export const ids = [726,231];
export const modules = {

/***/ 9726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH_COMMANDS: () => (/* binding */ GH_COMMANDS),
/* harmony export */   resolveGhCommand: () => (/* binding */ resolveGhCommand),
/* harmony export */   runGh: () => (/* binding */ runGh)
/* harmony export */ });
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65446);
/* harmony import */ var _github_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72231);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/**
 * `phoenix gh <command> [flags]`: a command run as a GitHub Actions step. The actions call this
 * with inputs in `INPUT_*` variables: each action is a node24 action whose entry
 * (actions/<command>/main.mjs, actions/main.mjs for the root) imports dist/index.js with argv
 * `gh <command>`. Flags given
 * here win over the inputs, so a step can also be reproduced locally.
 *
 * One catch site: any thrown value becomes an `::error::` annotation and a non-zero exit, so a
 * failing step always says why in the checks UI (a UserError exits with its own code, anything
 * else is an internal error, exit 2).
 */




async function ghValidate(argv, io, logger) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('gh validate', argv);
    const settings = (0,_github_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getValidateSettings */ .En)(io.env, io.cwd, {
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'config-dir'),
        failOnWarnings: values['fail-on-warnings'] === true ? true : undefined,
    });
    const { runValidateAction } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(71), __webpack_require__.e(522), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 72072));
    return (await runValidateAction(settings, logger, io.env)).exitCode;
}
async function ghPlan(argv, io, logger) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('gh plan', argv);
    const { getPlanSettings, runPlanAction } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(119), __webpack_require__.e(264), __webpack_require__.e(71), __webpack_require__.e(522), __webpack_require__.e(494), __webpack_require__.e(756), __webpack_require__.e(519), __webpack_require__.e(287), __webpack_require__.e(202), __webpack_require__.e(549), __webpack_require__.e(135), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 21686));
    const settings = getPlanSettings(io.env, io.cwd, {
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'config-dir'),
        stateFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'state'),
        baseConfigDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'base-config-dir'),
        outDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'out-dir'),
    });
    return (await runPlanAction(settings, logger, io.env)).exitCode;
}
async function ghSetupHypervisor(argv, io, logger) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('gh setup-hypervisor', argv);
    const dry = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'dry-run');
    const { getSetupSettings, runSetupAction } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(71), __webpack_require__.e(522), __webpack_require__.e(494), __webpack_require__.e(756), __webpack_require__.e(519), __webpack_require__.e(240), __webpack_require__.e(611), __webpack_require__.e(549), __webpack_require__.e(375), __webpack_require__.e(349)]).then(__webpack_require__.bind(__webpack_require__, 34349));
    const settings = getSetupSettings(io.env, io.cwd, {
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'config-dir'),
        target: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'target'),
        dryRun: dry === undefined ? undefined : dry !== 'false',
    });
    return (await runSetupAction(settings, logger, io.env, { write: io.stdout })).exitCode;
}
/** Masks a secret in the job log (core.setSecret). */
async function setSecret() {
    const core = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 91659));
    return (value) => core.setSecret(value);
}
async function ghApply(argv, io, logger) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('gh apply', argv);
    const { getApplySettings, runApplyAction } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(119), __webpack_require__.e(264), __webpack_require__.e(71), __webpack_require__.e(522), __webpack_require__.e(494), __webpack_require__.e(756), __webpack_require__.e(519), __webpack_require__.e(240), __webpack_require__.e(287), __webpack_require__.e(202), __webpack_require__.e(611), __webpack_require__.e(549), __webpack_require__.e(89), __webpack_require__.e(135), __webpack_require__.e(993)]).then(__webpack_require__.bind(__webpack_require__, 55993));
    const settings = getApplySettings(io.env, io.cwd, {
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'config-dir'),
        target: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'target'),
        stateDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'state-dir'),
        auditLog: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'audit-log'),
        sha: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'sha'),
    });
    const mask = await setSecret();
    return (await runApplyAction(settings, logger, io.env, { write: io.stdout, writeError: io.stderr, mask }))
        .exitCode;
}
async function ghDrift(argv, io, logger) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('gh drift', argv);
    const { getDriftSettings, runDriftAction } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(119), __webpack_require__.e(264), __webpack_require__.e(71), __webpack_require__.e(522), __webpack_require__.e(494), __webpack_require__.e(756), __webpack_require__.e(519), __webpack_require__.e(287), __webpack_require__.e(202), __webpack_require__.e(549), __webpack_require__.e(135), __webpack_require__.e(960)]).then(__webpack_require__.bind(__webpack_require__, 73960));
    const settings = getDriftSettings(io.env, io.cwd, {
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'config-dir'),
        target: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'target'),
        stateDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'state-dir'),
    });
    const mask = await setSecret();
    return (await runDriftAction(settings, logger, io.env, { write: io.stdout, mask })).exitCode;
}
/**
 * Every command the root action's `command` input accepts. `null` marks a command whose action
 * side is not implemented yet: the step fails saying so instead of doing nothing.
 */
const GH_COMMANDS = {
    validate: ghValidate,
    plan: ghPlan,
    apply: ghApply,
    'setup-hypervisor': ghSetupHypervisor,
    drift: ghDrift,
};
function resolveGhCommand(name) {
    const known = Object.keys(GH_COMMANDS).join(', ');
    if (!name)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`input 'command' is required: one of ${known}`, 2);
    if (!Object.hasOwn(GH_COMMANDS, name)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`unknown command '${name}': the action's 'command' input accepts ${known}`, 2);
    }
    const runner = GH_COMMANDS[name];
    if (!runner) {
        const ready = Object.entries(GH_COMMANDS)
            .filter(([, r]) => r)
            .map(([n]) => n)
            .join(', ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`the '${name}' command is not implemented yet in this version of Phoenix; available now: ${ready}`, 2);
    }
    return runner;
}
async function runGh(argv, io) {
    const [name, ...rest] = argv;
    const logger = await (0,_github_logger_js__WEBPACK_IMPORTED_MODULE_1__.createActionsLogger)(io.stdout);
    try {
        return await resolveGhCommand(name)(rest, io, logger);
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y) {
            logger.error(err.message.startsWith('phoenix ') ? err.message : `phoenix ${name ?? 'gh'}: ${err.message}`);
            return err.exitCode;
        }
        logger.error(`phoenix ${name ?? 'gh'}: internal error: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)}`);
        if (err instanceof Error && err.stack)
            logger.debug(err.stack);
        return 2;
    }
}


/***/ }),

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ annotationFromDiagnostic),
/* harmony export */   OC: () => (/* binding */ formatWorkflowCommand),
/* harmony export */   tn: () => (/* binding */ formatAnnotation)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, toWorkspacePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Workflow commands (`::error file=...,line=...::message`) for annotations. Pure: formatting and
 * path mapping only; the caller decides where the text goes (see logger.ts).
 *
 * Escaping follows the runner's rules: in the message (data) `%`, CR and LF are percent-encoded;
 * in property values `:` and `,` are encoded too, because they delimit properties.
 */

function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::command k=v,k=v::message`. Properties keep the given order; empty or undefined values are
 * left out (the runner treats `line=` as invalid).
 */
function formatWorkflowCommand(command, properties, message) {
    const props = properties
        .filter((p) => p[1] !== undefined && p[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${props.length > 0 ? ' ' + props.join(',') : ''}::${escapeData(message)}`;
}
/** One annotation as a single stdout line (no trailing newline). */
function formatAnnotation(a) {
    return formatWorkflowCommand(a.level, [
        ['file', a.file],
        ['line', a.line],
        ['endLine', a.endLine],
        ['col', a.col],
        ['endColumn', a.endColumn],
        ['title', a.title],
    ], a.message);
}
/**
 * GitHub attaches an annotation to a diff line only when `file` is relative to the repository
 * root. Diagnostics carry the path as the user gave it (relative to the working directory or
 * absolute), so resolve it against `cwd` and make it relative to `workspace`. A file outside the
 * workspace keeps its absolute path (the annotation then shows in the log only).
 */
function toWorkspacePath(file, workspace, cwd) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace), absolute);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return absolute.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
function annotationFromDiagnostic(d, paths) {
    return {
        level: d.severity,
        message: d.message,
        file: toWorkspacePath(d.file, paths.workspace, paths.cwd),
        line: d.line,
        col: d.column,
        title: d.rule,
    };
}


/***/ }),

/***/ 65446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ getListInput),
/* harmony export */   DI: () => (/* binding */ getRunContext),
/* harmony export */   En: () => (/* binding */ getValidateSettings),
/* harmony export */   T: () => (/* binding */ requireDirectory),
/* harmony export */   Vt: () => (/* binding */ getBooleanInput),
/* harmony export */   lI: () => (/* binding */ getOptionalInput)
/* harmony export */ });
/* unused harmony exports inputEnvNames, getRequiredInput */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The only place that reads action inputs and the runner's environment. Each action gets one
 * typed, read-only settings object built here, once; everything downstream takes it as an argument.
 *
 * The runner gives JavaScript (node24) actions their inputs as `INPUT_<NAME>` with the name
 * upper-cased and spaces as `_` (`INPUT_CONFIG-DIR`); the shell-safe form (`INPUT_CONFIG_DIR`) is
 * accepted as well, for a workflow or a terminal that sets the variables itself.
 */



function inputEnvNames(name) {
    const upper = name.trim().toUpperCase();
    const shellSafe = `INPUT_${upper.replace(/[ -]/g, '_')}`;
    const toolkit = `INPUT_${upper.replace(/ /g, '_')}`;
    return shellSafe === toolkit ? [shellSafe] : [shellSafe, toolkit];
}
/** Trimmed value, or undefined when the input is absent or blank. */
function getOptionalInput(env, name) {
    for (const key of inputEnvNames(name)) {
        const value = env[key]?.trim();
        if (value)
            return value;
    }
    return undefined;
}
function getRequiredInput(env, name) {
    const value = getOptionalInput(env, name);
    if (value === undefined)
        throw new UserError(`input '${name}' is required and was not supplied`, 2);
    return value;
}
/**
 * A list input: items separated by commas or newlines (a YAML block scalar), blanks dropped;
 * undefined when the input is absent or blank.
 */
function getListInput(env, name) {
    const value = getOptionalInput(env, name);
    if (value === undefined)
        return undefined;
    const items = value
        .split(/[,\n]/)
        .map((v) => v.trim())
        .filter((v) => v !== '');
    return items.length ? items : undefined;
}
/** YAML 1.2 core booleans, as the toolkit accepts them; blank gives `fallback`. */
function getBooleanInput(env, name, fallback) {
    const value = getOptionalInput(env, name);
    if (value === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`input '${name}' must be true or false, got '${value}'`, 2);
}
function readEvent(path) {
    if (!path)
        return {};
    try {
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        return value && typeof value === 'object' ? value : {};
    }
    catch {
        return {};
    }
}
function getRunContext(env, cwd) {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = event.pull_request;
    const headSha = typeof pr?.head?.sha === 'string' ? pr.head.sha : env.GITHUB_SHA || undefined;
    return {
        inActions: env.GITHUB_ACTIONS === 'true',
        workspace: env.GITHUB_WORKSPACE || cwd,
        cwd,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        repository: env.GITHUB_REPOSITORY || undefined,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        headSha,
        pullRequestNumber: typeof pr?.number === 'number' ? pr.number : undefined,
    };
}
function requireDirectory(input, dir, cwd) {
    let isDir = false;
    try {
        isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir)).isDirectory();
    }
    catch {
        isDir = false;
    }
    if (!isDir) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${input} '${dir}' is not a directory (looked in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir)})`, 2);
    }
}
function getValidateSettings(env, cwd, overrides = {}) {
    const configDir = overrides.configDir ?? getOptionalInput(env, 'config-dir') ?? 'config';
    requireDirectory('config-dir', configDir, cwd);
    return {
        configDir,
        failOnWarnings: overrides.failOnWarnings ?? getBooleanInput(env, 'fail-on-warnings', false),
        run: getRunContext(env, cwd),
    };
}


/***/ }),

/***/ 72231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createActionsLogger: () => (/* binding */ createActionsLogger)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34793);
/**
 * The Actions implementation of the `Logger` seam (src/util/logger.ts): messages and groups go
 * through @actions/core, annotations are workflow commands formatted by annotations.ts.
 */


/**
 * Backed by @actions/core, loaded lazily so that CLI commands which never run in Actions do not
 * load the toolkit (and its HTTP client). Annotations are formatted by annotations.ts (file, line,
 * col, title, in that order) and written to the same stdout as the toolkit's commands. A group's
 * `stamp` is left out: the runner times every line itself.
 */
async function createActionsLogger(write = (text) => process.stdout.write(text)) {
    const core = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 91659));
    return {
        debug: (m) => core.debug(m),
        info: (m) => core.info(m),
        notice: (m) => core.notice(m),
        warning: (m) => core.warning(m),
        error: (m) => core.error(m),
        annotate: (a) => write((0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAnnotation */ .tn)(a) + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL),
        startGroup: (name) => core.startGroup(name),
        endGroup: () => core.endGroup(),
    };
}


/***/ })

};
