export const id = 141;
export const ids = [141];
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

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runApply: () => (/* binding */ runApply)
/* harmony export */ });
/* harmony import */ var _jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1560);
/* harmony import */ var _plan_plan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(435);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7593);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2654);
/**
 * `phoenix apply [--config-dir DIR] --target URL [--plan FILE] [--concurrency N] [--audit-log FILE]
 *   [--state-out FILE] [--allow-rebuild] [--keep-safety-snapshots N] [--lock-timeout S]
 *   [--identity F] [--known-hosts F] [--sha SHA]`
 *
 * Brings the host to the config (see src/jobs/apply-job.ts). Exit 0 when every guest converged
 * or nothing had to change, 1 when the config or plan is refused or a guest failed, 2 on usage or
 * I/O errors.
 */




async function runApply(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('apply', argv, {
        'config-dir': { type: 'string', default: 'config' },
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_OPTIONS */ .FG,
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_OPTION */ .my,
        plan: { type: 'string' },
        concurrency: { type: 'string' },
        'state-out': { type: 'string' },
        'allow-rebuild': { type: 'boolean', default: false },
        'keep-safety-snapshots': { type: 'string' },
        'lock-timeout': { type: 'string' },
        sha: { type: 'string' },
    });
    (0,_target_options_js__WEBPACK_IMPORTED_MODULE_3__/* .requireTarget */ .Fm)('apply', values);
    const concurrency = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .intOpt */ .$q)(values, 'concurrency', 1, 64) ?? 4;
    const keep = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .intOpt */ .$q)(values, 'keep-safety-snapshots', 0, 100) ?? 3;
    const lockTimeoutSec = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .intOpt */ .$q)(values, 'lock-timeout', 0, 86_400) ?? 600;
    const planPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'plan');
    const reviewed = planPath ? await (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlanFile */ .wr)(planPath) : undefined;
    // Run as a step of a workflow, progress goes into log groups and warnings become annotations.
    const logger = io.env.GITHUB_ACTIONS === 'true'
        ? await (await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 2231))).createActionsLogger(io.stdout)
        : undefined;
    const { job } = await (0,_jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_0__/* .applyToHost */ .A)({
        open: () => (0,_target_options_js__WEBPACK_IMPORTED_MODULE_3__/* .openHost */ .Zb)('apply', values, io),
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'config-dir'),
        reviewed,
        allowRebuild: values['allow-rebuild'] === true,
        settings: { concurrency, keepSafetySnapshots: keep },
        sha: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'sha') ?? io.env.GITHUB_SHA,
        lockTimeoutMs: lockTimeoutSec * 1000,
        stateFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'state-out'),
        out: io.stdout,
        err: io.stderr,
        logger,
    });
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


/***/ })

};
