export const id = 349;
export const ids = [349];
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

/***/ 4349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getSetupSettings: () => (/* binding */ getSetupSettings),
/* harmony export */   runSetupAction: () => (/* binding */ runSetupAction)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3695);
/* harmony import */ var _hypervisor_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2265);
/* harmony import */ var _hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8152);
/* harmony import */ var _jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9311);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4793);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5446);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8531);
/**
 * The setup-hypervisor action: settings from inputs (dry run unless `dry-run: false`), secrets
 * masked before anything runs, config findings as annotations, one log group per step, the
 * Markdown report in the job summary, and outputs `changed`, `problems`, `reboot-required` and
 * `api-tokens` (JSON of the tokens created, masked). Fails (exit 1) when the config is invalid or a
 * step failed or was blocked.
 *
 * Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD, and the
 * variables `password_env` names) or the inputs `admin-password-hash` and `samba-password`.
 */









const words = (v) => (v ?? '').split(/[\s,]+/).filter(Boolean);
function getSetupSettings(env, cwd, o = {}) {
    const configDir = o.configDir ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(env, 'config-dir') ?? 'config';
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .requireDirectory */ .T)('config-dir', configDir, cwd);
    const steps = o.steps ?? words((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(env, 'steps'));
    (0,_hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStepList */ .U)(steps); // unknown step names fail before anything else
    const merged = { ...env };
    const hash = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(env, 'admin-password-hash');
    const samba = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(env, 'samba-password');
    if (hash && !merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.adminPasswordHash])
        merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.adminPasswordHash] = hash;
    if (samba && !merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.sambaPassword])
        merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.sambaPassword] = samba;
    return {
        configDir,
        target: o.target ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(env, 'target') ?? 'local',
        dryRun: o.dryRun ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getBooleanInput */ .Vt)(env, 'dry-run', true),
        steps,
        confirmDestructive: o.confirmDestructive ?? words((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(env, 'confirm-destructive')),
        auditLog: o.auditLog ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getOptionalInput */ .lI)(env, 'audit-log'),
        env: merged,
        run: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getRunContext */ .DI)(env, cwd),
    };
}
async function runSetupAction(settings, logger, runnerEnv, io = {}) {
    const write = io.write ?? ((t) => process.stdout.write(t));
    const masked = new Set();
    const mask = (value) => {
        if (!value || masked.has(value))
            return;
        masked.add(value);
        write((0,_annotations_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWorkflowCommand */ .OC)('add-mask', [], value) + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    };
    const { run } = settings;
    const configDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(run.cwd, settings.configDir)) || '.';
    logger.info(`setup-hypervisor ${settings.dryRun ? '(dry run: read-only commands only) ' : ''}on ${settings.target}` +
        `${settings.steps.length ? `, steps ${settings.steps.join(', ')}` : ''}`);
    const outcome = await (0,_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_5__/* .runSetupJob */ .ej)({
        configDir,
        target: settings.target,
        dryRun: settings.dryRun,
        steps: settings.steps,
        auditLog: settings.auditLog && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(run.cwd, settings.auditLog),
        confirmDestructive: settings.confirmDestructive,
        env: settings.env,
        cwd: run.cwd,
        openTransport: io.openTransport,
        onSecret: mask,
        logger,
    });
    for (const d of outcome.diagnostics)
        logger.annotate((0,_annotations_js__WEBPACK_IMPORTED_MODULE_6__/* .annotationFromDiagnostic */ .Jl)(d, { workspace: run.workspace, cwd: run.cwd }));
    if (outcome.otherFindings > 0)
        logger.info(`${outcome.otherFindings} finding(s) in the guest config files do not concern the host setup (see the validate workflow).`);
    if (!outcome.report) {
        logger.error(_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_5__/* .SETUP_REFUSED */ .PN);
        (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutputs */ .n0)(runnerEnv, {
            changed: 0,
            problems: outcome.diagnostics.filter((d) => d.severity === 'error').length,
            'reboot-required': false,
            'api-tokens': '{}',
        });
        return { exitCode: 1, changed: 0, problems: 1, rebootRequired: false };
    }
    for (const secret of outcome.tokens.values())
        mask(secret);
    const counts = (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_3__/* .countReport */ .A0)(outcome.report);
    (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_8__/* .appendStepSummary */ .Jc)(runnerEnv, (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSetupMarkdown */ .xV)(outcome.report));
    (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_8__/* .setOutputs */ .n0)(runnerEnv, {
        changed: counts.changed,
        problems: counts.problems,
        'reboot-required': counts.reboot,
        'api-tokens': JSON.stringify(Object.fromEntries(outcome.tokens)),
    });
    if (counts.reboot)
        logger.warning('setup-hypervisor: reboot the host for some changes to take effect.');
    return {
        exitCode: outcome.exitCode,
        changed: counts.changed,
        problems: counts.problems,
        rebootRequired: counts.reboot,
    };
}


/***/ })

};
