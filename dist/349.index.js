export const id = 349;
export const ids = [349];
export const modules = {

/***/ 10751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ openHostTarget),
/* harmony export */   J8: () => (/* binding */ getHostTargetSettings),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   tS: () => (/* binding */ withSshCredentials)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78969);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65446);
/**
 * The host an action works on (apply, drift): the `target` input and, for `ssh://` targets, the
 * private key and known_hosts given as inputs (usually secrets). Secret values are masked in the
 * job log before anything else happens (`::add-mask::`, as core.setSecret writes it), each line of
 * a multi-line key too, because the runner masks a multi-line value only as a whole.
 */



function getHostTargetSettings(env, overrides = {}) {
    return {
        target: overrides.target ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(env, 'target') ?? 'local',
        sshKey: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(env, 'ssh-key'),
        sshKeyPassphrase: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(env, 'ssh-key-passphrase'),
        knownHosts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(env, 'known-hosts'),
        auditLog: overrides.auditLog ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(env, 'audit-log'),
    };
}
/** The values to mask: the key, its passphrase, and every line of the key except its armor. */
function secretValues(t) {
    const out = [];
    for (const value of [t.sshKey, t.sshKeyPassphrase]) {
        if (!value)
            continue;
        out.push(value);
        for (const line of value.split(/\r?\n/)) {
            const l = line.trim();
            if (l.length >= 8 && !/^-----(BEGIN|END) /.test(l) && l !== value)
                out.push(l);
        }
    }
    return [...new Set(out)];
}
/**
 * `env` with the SSH credentials set where the SSH transport reads them (PHOENIX_SSH_KEY,
 * PHOENIX_SSH_KEY_PASSPHRASE, PHOENIX_KNOWN_HOSTS), for the inputs that were given.
 */
function withSshCredentials(t, env) {
    const out = { ...env };
    if (t.sshKey)
        out.PHOENIX_SSH_KEY = t.sshKey;
    if (t.sshKeyPassphrase)
        out.PHOENIX_SSH_KEY_PASSPHRASE = t.sshKeyPassphrase;
    if (t.knownHosts)
        out.PHOENIX_KNOWN_HOSTS = t.knownHosts;
    return out;
}
/**
 * Masks the secrets, then opens the host port through the target factory (with the audit log
 * when asked). The key and known_hosts reach the SSH transport through its environment, never
 * through files in the workspace.
 */
async function openHostTarget(t, env, cwd, mask) {
    for (const s of secretValues(t))
        mask(s);
    return (0,_host_open_port_js__WEBPACK_IMPORTED_MODULE_1__/* .openHostPort */ .c)(t.target, {
        env: withSshCredentials(t, env),
        cwd,
        auditLog: t.auditLog ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, t.auditLog) : undefined,
    });
}


/***/ }),

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

/***/ 34349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getSetupSettings: () => (/* binding */ getSetupSettings),
/* harmony export */   runSetupAction: () => (/* binding */ runSetupAction)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63695);
/* harmony import */ var _hypervisor_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12265);
/* harmony import */ var _hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25217);
/* harmony import */ var _jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59311);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34793);
/* harmony import */ var _host_target_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10751);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(65446);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38531);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92935);
/**
 * The setup-hypervisor action: settings from inputs (dry run unless `dry-run: false`), secrets
 * masked before anything runs, config findings as annotations, one log group per step, the
 * Markdown report in the job summary, and outputs `changed`, `problems`, `reboot-required` and
 * `api-tokens` (JSON of the tokens created, masked). Fails (exit 1) when the config is invalid or a
 * step failed or was blocked.
 *
 * Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD, and the
 * variables `password_env` names) or the inputs `admin-password-hash` and `samba-password`. For an
 * ssh:// target the inputs `ssh-key`, `ssh-key-passphrase` and `known-hosts` reach the transport as
 * PHOENIX_SSH_KEY, PHOENIX_SSH_KEY_PASSPHRASE and PHOENIX_KNOWN_HOSTS (masked first), as for apply.
 */











const nodeOf = (node) => (node ? { node } : {});
const words = (v) => (v ?? '').split(/[\s,]+/).filter(Boolean);
function getSetupSettings(env, cwd, o = {}) {
    const configDir = o.configDir ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'config-dir') ?? 'config';
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .requireDirectory */ .T)('config-dir', configDir, cwd);
    const steps = o.steps ?? words((0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'steps'));
    (0,_hypervisor_setup_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStepList */ .Uq)(steps); // unknown step names fail before anything else
    const ssh = (0,_host_target_js__WEBPACK_IMPORTED_MODULE_7__/* .getHostTargetSettings */ .J8)(env);
    const merged = (0,_host_target_js__WEBPACK_IMPORTED_MODULE_7__/* .withSshCredentials */ .tS)(ssh, env);
    const hash = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'admin-password-hash');
    const samba = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'samba-password');
    if (hash && !merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.adminPasswordHash])
        merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.adminPasswordHash] = hash;
    if (samba && !merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.sambaPassword])
        merged[_hypervisor_setup_config_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_ENV */ .$7.sambaPassword] = samba;
    return {
        configDir,
        target: o.target ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'target') ?? 'local',
        dryRun: o.dryRun ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getBooleanInput */ .Vt)(env, 'dry-run', true),
        ...nodeOf(o.node ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'node')),
        steps,
        confirmDestructive: o.confirmDestructive ?? words((0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'confirm-destructive')),
        auditLog: o.auditLog ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getOptionalInput */ .lI)(env, 'audit-log'),
        env: merged,
        secrets: (0,_host_target_js__WEBPACK_IMPORTED_MODULE_7__/* .secretValues */ .VX)(ssh),
        run: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .getRunContext */ .DI)(env, cwd),
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
    for (const secret of settings.secrets ?? [])
        mask(secret);
    const { run } = settings;
    const configDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(run.cwd, settings.configDir)) || '.';
    logger.info(`setup-hypervisor ${settings.dryRun ? '(dry run: read-only commands only) ' : ''}on ${settings.target}` +
        `${settings.node ? `, node ${settings.node}` : ''}` +
        `${settings.steps.length ? `, steps ${settings.steps.join(', ')}` : ''}`);
    const outcome = await (0,_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_5__/* .runSetupJob */ .ej)({
        configDir,
        target: settings.target,
        dryRun: settings.dryRun,
        ...nodeOf(settings.node),
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
        (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutputs */ .n0)(runnerEnv, {
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
    const report = outcome.report;
    (0,_summary_js__WEBPACK_IMPORTED_MODULE_10__/* .writeStepSummary */ .oG)(runnerEnv, (budgetBytes) => (0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSetupMarkdown */ .xV)(report, budgetBytes));
    (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_9__/* .setOutputs */ .n0)(runnerEnv, {
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


/***/ })

};
