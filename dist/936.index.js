export const id = 936;
export const ids = [936];
export const modules = {

/***/ 17936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSetupHypervisor: () => (/* binding */ runSetupHypervisor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47410);
/* harmony import */ var _hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12265);
/* harmony import */ var _jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59311);
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
/**
 * `phoenix setup-hypervisor [--config-dir DIR] --target URL [--dry-run] [--node NAME] [--steps a,b]
 * [--audit-log FILE] [--confirm-destructive DISKS] [--format text|markdown|json] [--tokens-out FILE]`
 *
 * Brings the Proxmox host in line with phoenix_hypervisor_config.json. Exit 0 when done (or the
 * dry run was shown), 1 when the config is invalid or a step failed or was blocked, 2 on usage or
 * I/O errors. Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD
 * and the variables `password_env` names), never from the config.
 */







async function runSetupHypervisor(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Qx)('setup-hypervisor', argv);
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`--target URL is required (${_host_open_port_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_HELP */ .a})`, 2);
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'format');
    if (!['text', 'markdown', 'json'].includes(format))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`--format must be text, markdown or json, got '${format}'`, 2);
    const list = (name) => values[name] ?? [];
    const outcome = await (0,_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runSetupJob */ .ej)({
        configDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'config-dir'),
        target,
        dryRun: values['dry-run'] === true,
        node: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'node'),
        steps: list('steps'),
        auditLog: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'audit-log'),
        confirmDestructive: list('confirm-destructive'),
        env: io.env,
        cwd: io.cwd,
    });
    for (const d of outcome.diagnostics)
        io.stderr((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDiagnostic */ .xy)(d) + '\n');
    if (!outcome.report) {
        io.stderr(`${_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__/* .SETUP_REFUSED */ .PN}\n`);
        return outcome.exitCode;
    }
    const r = outcome.report;
    io.stdout(format === 'json'
        ? (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSetupJson */ .g7)(r)
        : format === 'markdown'
            ? (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSetupMarkdown */ .xV)(r)
            : (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSetupText */ .NG)(r));
    const tokensOut = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOpt */ .rJ)(values, 'tokens-out');
    if (outcome.tokens.size > 0) {
        if (tokensOut) {
            (0,_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTokensFile */ ._M)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, tokensOut), outcome.tokens);
            io.stderr(`setup-hypervisor: the secrets of ${outcome.tokens.size} new API token(s) are in ${tokensOut}\n`);
        }
        else
            io.stderr(`setup-hypervisor: ${outcome.tokens.size} API token(s) were created; Proxmox shows a token's secret only once and --tokens-out was not given, so it is lost (remove and re-create the token to get a new one)\n`);
    }
    return outcome.exitCode;
}


/***/ })

};
