export const id = 141;
export const ids = [141];
export const modules = {

/***/ 11141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runApply: () => (/* binding */ runApply)
/* harmony export */ });
/* harmony import */ var _jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85891);
/* harmony import */ var _plan_plan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70435);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2654);
/**
 * `phoenix apply [--config-dir DIR] --target URL [options]` (options and their help: APPLY_SPEC in
 * src/cli/specs/host-commands.ts). `--only` narrows the plan as `plan --only` does, so a plan
 * reviewed with the same `--only` matches.
 *
 * Brings the host to the config (see src/jobs/apply-job.ts). Exit 0 when every guest converged
 * or nothing had to change, 1 when the config or plan is refused or a guest failed, 2 on usage or
 * I/O errors.
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
async function runApply(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('apply', argv);
    (0,_target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .requireTarget */ .Fm)('apply', values);
    const concurrency = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .intOpt */ .$q)(values, 'concurrency', 1, 64) ?? 4;
    const keep = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .intOpt */ .$q)(values, 'keep-safety-snapshots', 0, 100) ?? 3;
    const lockTimeoutSec = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .intOpt */ .$q)(values, 'lock-timeout', 0, 86_400) ?? 600;
    const planPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'plan');
    const reviewed = planPath ? await (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlanFile */ .wr)(planPath) : undefined;
    const only = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .listOpt */ .sS)(values, 'only');
    if (reviewed)
        checkSameSelection(planPath, reviewed.selection?.only, only);
    // Run as a step of a workflow, progress goes into log groups and warnings become annotations.
    const logger = io.env.GITHUB_ACTIONS === 'true'
        ? await (await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 72231))).createActionsLogger(io.stdout)
        : undefined;
    const { job } = await (0,_jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_0__/* .applyToHost */ .A)({
        open: () => (0,_target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .openHost */ .Zb)('apply', values, io),
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'config-dir'),
        reviewed,
        allowRebuild: values['allow-rebuild'] === true,
        allowDataLoss: values['allow-data-loss'] === true,
        only,
        settings: { concurrency, keepSafetySnapshots: keep },
        sha: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'sha') ?? io.env.GITHUB_SHA,
        lockTimeoutMs: lockTimeoutSec * 1000,
        stateFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'state-out'),
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


/***/ })

};
