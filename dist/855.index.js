export const id = 855;
export const ids = [855,969];
export const modules = {

/***/ 9161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   s$: () => (/* binding */ getApplySettings)
/* harmony export */ });
/* unused harmony export getIntInput */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _host_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(751);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5446);
/**
 * The apply action's settings, built once from its inputs (INPUT_* variables, see inputs.ts) and
 * the runner's environment; `phoenix gh apply` flags override the inputs.
 */





function getIntInput(env, name, fallback, min, max) {
    const v = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(env, name);
    if (v === undefined)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`input '${name}' must be an integer from ${min} to ${max}, got '${v}'`, 2);
    return Number(v);
}
/** Address of this workflow run (and attempt), for notes in comments and issues. */
function runUrl(serverUrl, repository, env) {
    if (!repository || !env.GITHUB_RUN_ID)
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
function getApplySettings(env, cwd, o = {}) {
    const configDir = o.configDir ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(env, 'config-dir') ?? 'config';
    (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDirectory */ .T)('config-dir', configDir, cwd);
    const sha = o.sha ?? (env.GITHUB_SHA?.trim() || undefined);
    if (sha !== undefined && !/^[0-9a-f]{7,64}$/i.test(sha))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`the commit to apply must be a hex SHA, got '${sha}'`, 2);
    return {
        configDir,
        host: (0,_host_target_js__WEBPACK_IMPORTED_MODULE_3__/* .getHostTargetSettings */ .J8)(env, { target: o.target, auditLog: o.auditLog }),
        token: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(env, 'github-token') ?? '',
        commentAuthor: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(env, 'comment-author'),
        requireReviewedPlan: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(env, 'require-reviewed-plan', true),
        allowUnreviewed: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(env, 'allow-unreviewed', false),
        allowRebuild: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(env, 'allow-rebuild', false),
        concurrency: getIntInput(env, 'concurrency', 4, 1, 64),
        keepSafetySnapshots: getIntInput(env, 'keep-safety-snapshots', 3, 0, 100),
        lockTimeoutSec: getIntInput(env, 'lock-timeout', 600, 0, 86_400),
        planArtifact: 'phoenix-plan',
        stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, o.stateDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'phoenix-state')),
        sha,
        run: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getRunContext */ .DI)(env, cwd),
    };
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getDriftSettings: () => (/* binding */ getDriftSettings),
  runDriftAction: () => (/* binding */ runDriftAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/state-file.ts
var state_file = __webpack_require__(7945);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/jobs/plan-job.ts + 4 modules
var plan_job = __webpack_require__(3219);
;// CONCATENATED MODULE: ./src/jobs/drift-job.ts
/**
 * The drift job: the plan job against the live host in `drift` mode (read-only commands only),
 * with the host's state recorded in the state file on the way, for pull-request plans. Used by
 * the drift action, which keeps the "Drift detected" issue from the result.
 */





/** The host differs from the config in a way worth an issue. */
function isDrift(plan) {
    return plan.applyable || plan.errored || plan.hypervisor.length > 0;
}
/** Reads the host in a log group; any failure is a finding of the run (exit 1) naming the host. */
async function readHost(port, logger) {
    return (0,util_logger/* withGroup */.I1)(logger, `Reading ${port.description}`, async () => {
        try {
            return await port.readState();
        }
        catch (err) {
            throw new errors/* UserError */.y(`cannot read the state of ${port.description}: ${(0,errors/* getErrorMessage */.u)(err)}`, 1);
        }
    });
}
async function runDriftJob(o) {
    const stateFile = (0,external_node_path_.join)(o.stateDir, state_file/* STATE_FILE_NAME */.fZ);
    const job = await (0,plan_job/* planValidatedConfig */.Cb)({
        configDir: o.configDir,
        validation: o.validation,
        allowRebuild: o.allowRebuild,
        mode: 'drift',
        basis: async () => {
            const port = await o.open();
            try {
                const live = await readHost(port, o.logger);
                await (0,state_file/* writeStateFile */.VP)(stateFile, live, { mkdir: true });
                return { live };
            }
            finally {
                await port.close();
            }
        },
    });
    return { ...job, drifted: isDrift(job.plan), stateFile };
}

// EXTERNAL MODULE: ./src/render/markdown.ts + 1 modules
var markdown = __webpack_require__(6646);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/github/apply-settings.ts
var apply_settings = __webpack_require__(9161);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(7318);
// EXTERNAL MODULE: ./src/render/budget.ts
var render_budget = __webpack_require__(9519);
;// CONCATENATED MODULE: ./src/github/drift-issue.ts
/**
 * The one "Drift detected" issue: recognised by its hidden marker (`<!-- phoenix-drift {...} -->`),
 * its label AND its author being this token's identity (as the plan comment is: anyone can paste
 * the marker, only we can have written ours). While the host differs from the config the issue is
 * opened once and then edited in place with the current plan; when the differences change, a short
 * comment says so (edits notify nobody); when the host matches again it is closed with a comment.
 * Rendering is pure; `syncDriftIssue` makes the API calls.
 */




const DRIFT_MARKER_PREFIX = '<!-- phoenix-drift ';
const DEFAULT_DRIFT_TITLE = 'Drift detected';
const DEFAULT_DRIFT_LABEL = 'phoenix-drift';
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'The Proxmox host differs from the Phoenix config (opened and closed by the drift check)';
function driftMarker(m) {
    const json = JSON.stringify({ hash: m.hash, sha: m.sha, target: m.target })
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e');
    return `${DRIFT_MARKER_PREFIX}${json} -->`;
}
function parseDriftMarker(body) {
    const start = body.indexOf(DRIFT_MARKER_PREFIX);
    const end = start < 0 ? -1 : body.indexOf(' -->', start);
    if (end < 0)
        return undefined;
    try {
        const v = JSON.parse(body.slice(start + DRIFT_MARKER_PREFIX.length, end));
        if (typeof v.hash !== 'string')
            return undefined;
        return { hash: v.hash, sha: String(v.sha ?? ''), target: String(v.target ?? '') };
    }
    catch {
        return undefined;
    }
}
const sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Ours: the marker, the label and the token's identity as author. Oldest first wins. */
function pickDriftIssue(issues, identity, label) {
    return issues
        .filter((i) => parseDriftMarker(i.body) !== undefined &&
        i.labels.some((l) => sameLogin(l, label)) &&
        sameLogin(i.author, identity.login))
        .sort((a, b) => a.number - b.number)[0];
}
function renderDriftIssue(plan, c) {
    const run = c.runLink ? `[drift check](${c.runLink})` : 'drift check';
    const at = c.sha ? ` at \`${c.sha.slice(0, 7)}\`` : '';
    const intro = [
        driftMarker({ hash: plan.hash, sha: c.sha, target: c.target }),
        `The Proxmox host \`${c.target}\` does not match the Phoenix config on \`${c.branch ?? 'the default branch'}\`${at} ` +
            `(last ${run}: ${c.checkedAt}).`,
        '',
        'To converge, run the **Apply** workflow by hand (its environment reviewers approve it), or change the config ' +
            'to match the host through a pull request. Every drift check updates this issue; it is closed when the host ' +
            'matches again.',
        '',
    ].join('\n');
    const pointer = c.runLink
        ? `the job summary of the [drift check](${c.runLink})`
        : 'the job summary of the drift check';
    const budget = render_budget/* COMMENT_BUDGET_BYTES */.eT - Buffer.byteLength(intro, 'utf8') - 256;
    const md = (0,markdown/* renderMarkdown */.Gc)(plan, {
        title: 'What apply would do',
        budgetBytes: budget,
        fullPlanPointer: pointer,
    });
    // The plan's own hidden header is for PR comments; the drift marker above replaces it.
    const withoutHeader = md.startsWith('<!-- phoenix-plan ') ? md.slice(md.indexOf('\n') + 1) : md;
    return `${intro}\n${withoutHeader}`;
}
function renderDriftChangedComment(before, plan, c) {
    const run = c.runLink ? ` ([drift check](${c.runLink}))` : '';
    return (`The differences changed${run}: plan \`${before.slice(0, 12)}\` is now \`${plan.hash.slice(0, 12)}\`. ` +
        `${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(plan))} The description shows the current plan.`);
}
function renderResolvedComment(c) {
    const run = c.runLink ? `[drift check](${c.runLink})` : 'drift check';
    const at = c.sha ? ` at \`${c.sha.slice(0, 7)}\`` : '';
    return `The host \`${c.target}\` matches the config${at} again (${run}: ${c.checkedAt}). Closing.`;
}
/**
 * Opens, edits or closes our drift issue. `plan` undefined or without drift means "resolved".
 * Throws GitHubApiError on API failures.
 */
async function syncDriftIssue(issues, comments, repo, identity, plan, ctx, o) {
    const existing = pickDriftIssue(await issues.listOpenIssues(repo, o.label), identity, o.label);
    const notes = [];
    if (!isDrift(plan)) {
        if (!existing || !o.closeWhenResolved)
            return { action: 'none', issue: existing, notes };
        await comments.createIssueComment(repo, existing.number, renderResolvedComment(ctx));
        const closed = await issues.updateIssue(repo, existing.number, {
            state: 'closed',
            stateReason: 'completed',
        });
        return { action: 'closed', issue: closed, notes };
    }
    const body = renderDriftIssue(plan, ctx);
    if (!existing) {
        await issues.ensureLabel(repo, o.label, LABEL_COLOR, LABEL_DESCRIPTION);
        const created = await issues.createIssue(repo, { title: o.title, body, labels: [o.label] });
        if (!created.labels.some((l) => sameLogin(l, o.label)))
            notes.push(`issue #${created.number} was opened without the label '${o.label}' (the token may not set labels), so the next check cannot find it`);
        return { action: 'created', issue: created, notes };
    }
    if (existing.body === body && existing.title === o.title)
        return { action: 'unchanged', issue: existing, notes };
    const before = parseDriftMarker(existing.body)?.hash ?? '';
    const updated = await issues.updateIssue(repo, existing.number, { title: o.title, body });
    if (before !== plan.hash)
        await comments.createIssueComment(repo, existing.number, renderDriftChangedComment(before, plan, ctx));
    return { action: 'updated', issue: updated, notes };
}

// EXTERNAL MODULE: ./src/github/github-client.ts
var github_client = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/github/host-target.ts
var host_target = __webpack_require__(751);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/issues-client.ts
/**
 * The issue calls the drift check makes (list open issues with a label, create, edit, close, and
 * make sure the label exists), over @actions/github's Octokit like github-client.ts, with the same
 * base URL (GITHUB_API_URL) and errors as `GitHubApiError` with the HTTP status.
 */



const toIssue = (i) => ({
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state,
    author: i.user?.login ?? '',
    labels: (i.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    htmlUrl: i.html_url ?? '',
});
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof github_client/* GitHubApiError */.OS)
            throw err;
        const status = (0,github_client/* httpStatus */.nG)(err);
        throw new github_client/* GitHubApiError */.OS(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${(0,errors/* getErrorMessage */.u)(err).split('\n')[0]}`, status);
    }
}
function createIssuesClient(options) {
    const apiUrl = (options.apiUrl ?? (0,github_client/* apiUrlFrom */.wV)(options.env ?? {})).replace(/\/+$/, '');
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl: apiUrl });
    return {
        listOpenIssues: (repo, label) => call(`listing the open issues labelled '${label}'`, async () => {
            const all = (await octokit.paginate(octokit.rest.issues.listForRepo, {
                ...repo,
                state: 'open',
                labels: label,
                sort: 'created',
                direction: 'asc',
                per_page: 100,
            }));
            return all.filter((i) => !i.pull_request).map(toIssue);
        }),
        createIssue: (repo, issue) => call('opening an issue', async () => {
            const { data } = await octokit.rest.issues.create({ ...repo, ...issue });
            return toIssue(data);
        }),
        updateIssue: (repo, number, patch) => call(`editing issue #${number}`, async () => {
            const { data } = await octokit.rest.issues.update({
                ...repo,
                issue_number: number,
                ...(patch.title !== undefined ? { title: patch.title } : {}),
                ...(patch.body !== undefined ? { body: patch.body } : {}),
                ...(patch.state !== undefined ? { state: patch.state } : {}),
                ...(patch.stateReason !== undefined ? { state_reason: patch.stateReason } : {}),
            });
            return toIssue(data);
        }),
        ensureLabel: (repo, name, color, description) => call(`making sure the label '${name}' exists`, async () => {
            try {
                await octokit.rest.issues.getLabel({ ...repo, name });
                return false;
            }
            catch (err) {
                if ((0,github_client/* httpStatus */.nG)(err) !== 404)
                    throw err;
            }
            try {
                await octokit.rest.issues.createLabel({ ...repo, name, color, description });
                return true;
            }
            catch (err) {
                // Created meanwhile by a concurrent run.
                if ((0,github_client/* httpStatus */.nG)(err) === 422)
                    return false;
                throw err;
            }
        }),
    };
}

// EXTERNAL MODULE: ./src/github/pr-context.ts
var pr_context = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/github/runner-files.ts
var runner_files = __webpack_require__(8531);
// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/github/validate-action.ts
var validate_action = __webpack_require__(2072);
;// CONCATENATED MODULE: ./src/github/drift-action.ts
/**
 * The drift check, on a schedule on the self-hosted runner: validate the config, read the live
 * host (read-only commands only), plan in `drift` mode, record the state for pull-request plans
 * (`<state-dir>/phoenix-state.json`, uploaded as the `phoenix-state` artifact by the composite),
 * and keep ONE "Drift detected" issue in line with the result (drift-issue.ts): opened or edited
 * while the host differs, closed when it matches again. The job summary carries the plan.
 * Outputs: drifted, issue-number, issue-url, issue-action, plan-hash, to-create, to-change,
 * to-destroy, state-file. The step fails on an invalid config, an unreadable host, a GitHub API
 * failure, or, with `fail-on-drift: true`, on drift.
 */

















function getDriftSettings(env, cwd, o = {}) {
    const configDir = o.configDir ?? (0,inputs/* getOptionalInput */.lI)(env, 'config-dir') ?? 'config';
    (0,inputs/* requireDirectory */.T)('config-dir', configDir, cwd);
    const label = (0,inputs/* getOptionalInput */.lI)(env, 'issue-label') ?? DEFAULT_DRIFT_LABEL;
    if (label.length > 50 || /,/.test(label))
        throw new errors/* UserError */.y(`input 'issue-label' must be one label name (no commas, at most 50 characters), got '${label}'`, 2);
    return {
        configDir,
        host: (0,host_target/* getHostTargetSettings */.J8)(env, { target: o.target }),
        token: (0,inputs/* getOptionalInput */.lI)(env, 'github-token') ?? '',
        commentAuthor: (0,inputs/* getOptionalInput */.lI)(env, 'comment-author'),
        issueTitle: (0,inputs/* getOptionalInput */.lI)(env, 'issue-title') ?? DEFAULT_DRIFT_TITLE,
        issueLabel: label,
        closeWhenResolved: (0,inputs/* getBooleanInput */.Vt)(env, 'close-when-resolved', true),
        failOnDrift: (0,inputs/* getBooleanInput */.Vt)(env, 'fail-on-drift', false),
        allowRebuild: (0,inputs/* getBooleanInput */.Vt)(env, 'allow-rebuild', false),
        stateDir: (0,external_node_path_.resolve)(cwd, o.stateDir ?? (0,external_node_path_.join)(env.RUNNER_TEMP || '/tmp', 'phoenix-state')),
        sha: env.GITHUB_SHA?.trim() || undefined,
        run: (0,inputs/* getRunContext */.DI)(env, cwd),
    };
}
function issueLine(outcome, why) {
    if (!outcome)
        return `Drift issue: not kept (${why ?? 'no GitHub token'}).`;
    const ref = outcome.issue ? `[#${outcome.issue.number}](${outcome.issue.htmlUrl})` : '';
    switch (outcome.action) {
        case 'created':
            return `Drift issue: opened ${ref}.`;
        case 'updated':
            return `Drift issue: updated ${ref}.`;
        case 'unchanged':
            return `Drift issue: ${ref} is up to date.`;
        case 'closed':
            return `Drift issue: ${ref} closed, the host matches again.`;
        default:
            return outcome.issue
                ? `Drift issue: ${ref} left open (close-when-resolved is false).`
                : 'Drift issue: none open.';
    }
}
async function runDriftAction(settings, logger, env, io = {}) {
    const { run } = settings;
    const write = io.write ?? ((t) => void process.stdout.write(t));
    const mask = io.mask ?? ((s) => write(`::add-mask::${s}\n`));
    const empty = {
        drifted: false,
        'issue-number': '',
        'issue-url': '',
        'issue-action': '',
        'plan-hash': '',
        'to-create': 0,
        'to-change': 0,
        'to-destroy': 0,
        'state-file': '',
    };
    const { gate, validation } = await (0,validate_action/* validateAndReport */.q)({ configDir: settings.configDir, failOnWarnings: false, run }, logger, env, validate_action/* LEAVE_FOR_NEXT_WRITER */.e);
    if (gate.exitCode !== 0) {
        logger.error('phoenix drift: the config is invalid; the host was not checked.');
        (0,runner_files/* setOutputs */.n0)(env, empty);
        return { exitCode: 1 };
    }
    const { plan, counts, drifted, stateFile } = await runDriftJob({
        configDir: (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(run.cwd, settings.configDir)) || '.',
        validation,
        open: () => (io.openHost ? io.openHost() : (0,host_target/* openHostTarget */.GJ)(settings.host, env, run.cwd, mask)),
        stateDir: settings.stateDir,
        allowRebuild: settings.allowRebuild,
        logger,
    });
    logger.info(`${(0,summary/* headline */.Pl)(counts)} Plan ${plan.hash}.`);
    if (drifted)
        logger.warning(`Drift: the host ${settings.host.target} differs from the config. ${(0,summary/* headline */.Pl)(counts)}`);
    const event = (0,pr_context/* readEventContext */.ws)(env);
    const link = (0,apply_settings/* runUrl */.Vp)(run.serverUrl, run.repository, env);
    let outcome;
    let why;
    let apiFailed = false;
    if (!settings.token)
        why = 'no github-token was given';
    else if (!event.repository)
        why = 'the repository is unknown (no GITHUB_REPOSITORY)';
    else {
        const repo = event.repository;
        try {
            outcome = await (0,util_logger/* withGroup */.I1)(logger, `Drift issue '${settings.issueTitle}'`, async () => {
                const client = (0,github_client/* createGitHubClient */.LX)({ token: settings.token, env });
                const identity = await (0,comment/* resolveIdentity */.XH)(client, settings.commentAuthor);
                logger.info(`Looking for the open drift issue written by ${identity.login} (${identity.source}).`);
                const o = await syncDriftIssue(createIssuesClient({ token: settings.token, env }), client, repo, identity, plan, {
                    sha: settings.sha ?? '',
                    target: settings.host.target,
                    checkedAt: (io.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
                    runLink: link,
                    branch: event.defaultBranch,
                }, {
                    title: settings.issueTitle,
                    label: settings.issueLabel,
                    closeWhenResolved: settings.closeWhenResolved,
                });
                for (const n of o.notes)
                    logger.warning(n);
                logger.info(issueLine(o, undefined));
                return o;
            });
        }
        catch (err) {
            if (!(err instanceof github_client/* GitHubApiError */.OS))
                throw err;
            apiFailed = true;
            why = err.message;
            logger.error(`Could not keep the drift issue: ${err.message}${err.status === 403 ? " (grant 'issues: write')" : ''}`);
        }
    }
    (0,runner_files/* setOutputs */.n0)(env, {
        ...empty,
        drifted,
        'issue-number': outcome?.issue?.number ?? '',
        'issue-url': outcome?.issue?.htmlUrl ?? '',
        'issue-action': outcome?.action ?? '',
        'plan-hash': plan.hash,
        'to-create': counts.create,
        'to-change': counts.change,
        'to-destroy': counts.destroy,
        'state-file': stateFile,
    });
    const verdict = drifted ? ':warning: drift detected' : ':white_check_mark: no drift';
    const head = `\n## Phoenix drift check: ${verdict}\n\n- Host \`${settings.host.target}\`, config at \`${(settings.sha ?? '').slice(0, 7)}\`.\n` +
        `- ${issueLine(outcome, why)}\n- The host's state is recorded as the \`phoenix-state\` artifact.\n\n`;
    (0,github_summary/* writeStepSummary */.oG)(env, (budgetBytes) => head +
        (drifted
            ? (0,markdown/* renderJobSummary */.qE)(plan, {
                sha: settings.sha,
                title: 'What apply would do',
                budgetBytes: Math.max(0, budgetBytes - Buffer.byteLength(head)),
            })
            : ''));
    const failed = apiFailed || (drifted && settings.failOnDrift);
    if (drifted && settings.failOnDrift)
        logger.error('phoenix drift: drift detected and fail-on-drift is true.');
    return { exitCode: failed ? 1 : 0, drifted, plan, issue: outcome, stateFile };
}


/***/ }),

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ openHostTarget),
/* harmony export */   J8: () => (/* binding */ getHostTargetSettings),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   tS: () => (/* binding */ withSshCredentials)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8969);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5446);
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

/***/ 8969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ TARGET_HELP),
  c: () => (/* binding */ openHostPort),
  openShellTransport: () => (/* binding */ openShellTransport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/proxmox/targets.ts
/** What `local+sudo` puts before every command. */
const SUDO_PREFIX = ['sudo', '-n', '--'];
/** PHOENIX_SUDO=1 / true / yes turns `local` into `local+sudo`. */
function sudoRequested(env) {
    return /^(1|true|yes)$/i.test(env.PHOENIX_SUDO?.trim() ?? '');
}
/** Runs every command of `inner` through `prefix` (sudo). The audit log, outside, keeps the plain argv. */
function withSudo(inner, prefix = SUDO_PREFIX) {
    return {
        description: `${inner.description}+sudo`,
        run: (argv, options) => inner.run([...prefix, ...argv], options),
        close: () => inner.close(),
    };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/host/open-port.ts
/**
 * The target factory: the one place a kind of target is named. Each kind is one entry of
 * `TARGETS`: the syntax the help text shows, which URLs it takes, and how it opens its host port.
 * Today every kind is a shell transport (the embedded simulator, this machine, SSH) behind
 * `ShellHostPort`, with the capabilities of that kind; setup and `ssh-exec`, which speak argv,
 * take the transport itself (`openShellTransport`). A host reached another way (say `https://`
 * for the Proxmox API with a token) adds an entry here with its own `open` and no `shell`.
 *
 * The transports and the shell port are loaded only when a target is opened, so a front end can
 * import this module for its help text without loading the host layer (or ssh2).
 */



/** The shell port over the kind's transport (with the audit log when asked). */
async function shellPort(transport, options, capabilities) {
    const { SHELL_CAPABILITIES, ShellHostPort } = await Promise.all(/* import() */[__webpack_require__.e(694), __webpack_require__.e(740), __webpack_require__.e(783)]).then(__webpack_require__.bind(__webpack_require__, 2783));
    const { withAudit } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 240));
    const audited = options.auditLog ? withAudit(transport, options.auditLog, options.secrets) : transport;
    return new ShellHostPort(audited, { capabilities: { ...SHELL_CAPABILITIES, ...capabilities } });
}
/** `sim:PATH`: the embedded simulator, its state in PATH (created when absent). */
async function openSim(url, o) {
    const path = url.slice('sim:'.length);
    if (path === '')
        throw new errors/* UserError */.y(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
    const { SimTransport } = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(861), __webpack_require__.e(444)]).then(__webpack_require__.bind(__webpack_require__, 5444));
    return new SimTransport((0,external_node_path_.resolve)(o.cwd ?? process.cwd(), path), {
        env: o.env ?? process.env,
        node: o.simNode,
    });
}
/** `local+sudo`, or `local` with PHOENIX_SUDO set: every command through `sudo -n`. */
function localSudo(url, o) {
    return url === 'local+sudo' || sudoRequested(o.env ?? process.env);
}
/** `local`: commands spawned on this machine. */
async function openLocal(url, o) {
    const { LocalTransport } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 2964));
    const local = new LocalTransport({ env: o.env ?? process.env });
    return localSudo(url, o) ? withSudo(local) : local;
}
/** `ssh://USER@HOST[:PORT]`: key from `identity` or PHOENIX_SSH_KEY, host key from `knownHosts`/`fingerprint`. */
async function openSsh(url, o) {
    const { createSshTransport } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(362)]).then(__webpack_require__.bind(__webpack_require__, 5362));
    return createSshTransport(url, {
        identity: o.identity,
        knownHosts: o.knownHosts,
        fingerprint: o.fingerprint,
        env: o.env ?? process.env,
    });
}
const TARGETS = [
    {
        name: 'sim',
        syntax: 'sim:PATH',
        matches: (url) => url.startsWith('sim:'),
        shell: openSim,
        open: async (url, o) => shellPort(await openSim(url, o), o, { isSimulator: true }),
    },
    {
        name: 'local',
        // `local+sudo` is the same kind of target, run through `sudo -n`.
        syntax: 'local, local+sudo',
        matches: (url) => url === 'local' || url === 'local+sudo',
        shell: openLocal,
        open: async (url, o) => shellPort(await openLocal(url, o), o, { supportsSudo: localSudo(url, o) }),
    },
    {
        name: 'ssh',
        syntax: 'ssh://USER@HOST[:PORT]',
        matches: (url) => url.startsWith('ssh://'),
        shell: openSsh,
        open: async (url, o) => shellPort(await openSsh(url, o), o, {}),
    },
];
function listed(words) {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
/**
 * How a host to act on is named, in the words of every front end (`--target` of the CLI
 * commands, the unknown-target error): `sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]`. The
 * action.yml files repeat it in their input descriptions.
 */
const TARGET_HELP = listed(TARGETS.map((t) => t.syntax));
function kindOf(target) {
    const kind = TARGETS.find((t) => t.matches(target));
    if (!kind)
        throw new errors/* UserError */.y(`unknown target '${target}': expected ${TARGET_HELP}`, 2);
    return kind;
}
/** Opens the host port for a target URL (`sim:PATH`, `local`, `local+sudo`, `ssh://...`). */
async function openHostPort(target, options = {}) {
    return kindOf(target).open(target, options);
}
/**
 * Opens the shell transport of a target, for what speaks argv itself (setup-hypervisor,
 * `phoenix ssh-exec`). `kind`: open the target as that kind whatever it looks like (`ssh-exec`
 * takes SSH only, and a URL that is not one is refused by the SSH URL parser).
 */
async function openShellTransport(target, options = {}, kind) {
    const k = kind ? TARGETS.find((t) => t.name === kind) : kindOf(target);
    if (!k.shell)
        throw new errors/* UserError */.y(`target '${target}' is not reached through a shell`, 2);
    return k.shell(target, options);
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
