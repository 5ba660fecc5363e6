export const id = 960;
export const ids = [960,541,240];
export const modules = {

/***/ 9161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   fZ: () => (/* binding */ STATE_FILE_NAME),
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
const STATE_FILE_NAME = 'phoenix-state.json';
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
        stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, o.stateDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'phoenix-state')),
        sha,
        run: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getRunContext */ .DI)(env, cwd),
    };
}


/***/ }),

/***/ 3960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getDriftSettings: () => (/* binding */ getDriftSettings),
  runDriftAction: () => (/* binding */ runDriftAction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/validate.ts + 5 modules
var validate = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/plan/planner.ts + 2 modules
var planner = __webpack_require__(2862);
// EXTERNAL MODULE: ./src/plan/script-hashes.ts
var script_hashes = __webpack_require__(7481);
// EXTERNAL MODULE: ./src/proxmox/state-reader.ts
var state_reader = __webpack_require__(2460);
// EXTERNAL MODULE: ./src/render/markdown.ts + 1 modules
var markdown = __webpack_require__(6646);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
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
/** The host differs from the config in a way worth an issue. */
function isDrift(plan) {
    return plan.applyable || plan.errored || plan.hypervisor.length > 0;
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

// EXTERNAL MODULE: ./src/github/logger.ts
var github_logger = __webpack_require__(2231);
// EXTERNAL MODULE: ./src/github/pr-context.ts
var pr_context = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/github/runner-files.ts
var runner_files = __webpack_require__(8531);
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
    const validation = await (0,validate_action.runValidateAction)({ configDir: settings.configDir, failOnWarnings: false, run }, logger, env);
    if (validation.exitCode !== 0) {
        logger.error('phoenix drift: the config is invalid; the host was not checked.');
        (0,runner_files/* setOutputs */.n0)(env, empty);
        return { exitCode: 1 };
    }
    const configDir = (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(run.cwd, settings.configDir)) || '.';
    const { desired } = await (0,validate/* validateConfigDir */.cz)(configDir);
    const scriptHashes = await (0,script_hashes/* hashScripts */.Z)(configDir, desired);
    const transport = io.openTransport
        ? await io.openTransport()
        : await (0,host_target/* openHostTarget */.GJ)(settings.host, env, run.cwd, mask);
    let plan;
    let stateFile;
    try {
        const live = await (0,github_logger/* withGroup */.I1)(logger, `Reading ${transport.description}`, async () => {
            try {
                return await (0,state_reader.readLiveState)(transport);
            }
            catch (err) {
                throw new errors/* UserError */.y(`cannot read the state of ${transport.description}: ${(0,errors/* getErrorMessage */.u)(err)}`, 1);
            }
        });
        await (0,promises_.mkdir)(settings.stateDir, { recursive: true });
        stateFile = (0,external_node_path_.join)(settings.stateDir, apply_settings/* STATE_FILE_NAME */.fZ);
        await (0,promises_.writeFile)(stateFile, JSON.stringify(live, null, 2) + '\n');
        plan = (0,planner/* plan */.e)(desired, live, { allowRebuild: settings.allowRebuild, scriptHashes, mode: 'drift' });
    }
    finally {
        await transport.close();
    }
    const drifted = isDrift(plan);
    const counts = (0,summary/* countPlan */.RF)(plan);
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
            outcome = await (0,github_logger/* withGroup */.I1)(logger, `Drift issue '${settings.issueTitle}'`, async () => {
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
    (0,runner_files/* appendStepSummary */.Jc)(env, `\n## Phoenix drift check: ${verdict}\n\n- Host \`${settings.host.target}\`, config at \`${(settings.sha ?? '').slice(0, 7)}\`.\n` +
        `- ${issueLine(outcome, why)}\n- The host's state is recorded as the \`phoenix-state\` artifact.\n\n` +
        (drifted ? (0,markdown/* renderJobSummary */.qE)(plan, { sha: settings.sha, title: 'What apply would do' }) : ''));
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
/* harmony export */   J8: () => (/* binding */ getHostTargetSettings)
/* harmony export */ });
/* unused harmony export secretValues */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _proxmox_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(240);
/* harmony import */ var _proxmox_targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9541);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5446);
/**
 * The host an action works on (apply, drift): the `target` input and, for `ssh://` targets, the
 * private key and known_hosts given as inputs (usually secrets). Secret values are masked in the
 * job log before anything else happens (`::add-mask::`, as core.setSecret writes it), each line of
 * a multi-line key too, because the runner masks a multi-line value only as a whole.
 */




function getHostTargetSettings(env, overrides = {}) {
    return {
        target: overrides.target ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(env, 'target') ?? 'local',
        sshKey: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(env, 'ssh-key'),
        sshKeyPassphrase: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(env, 'ssh-key-passphrase'),
        knownHosts: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(env, 'known-hosts'),
        auditLog: overrides.auditLog ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(env, 'audit-log'),
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
 * Masks the secrets, then opens the transport (with the audit log when asked). The key and
 * known_hosts reach the SSH transport through its environment, never through files in the
 * workspace.
 */
async function openHostTarget(t, env, cwd, mask) {
    for (const s of secretValues(t))
        mask(s);
    const transportEnv = { ...env };
    if (t.sshKey)
        transportEnv.PHOENIX_SSH_KEY = t.sshKey;
    if (t.sshKeyPassphrase)
        transportEnv.PHOENIX_SSH_KEY_PASSPHRASE = t.sshKeyPassphrase;
    if (t.knownHosts)
        transportEnv.PHOENIX_KNOWN_HOSTS = t.knownHosts;
    const transport = await (0,_proxmox_targets_js__WEBPACK_IMPORTED_MODULE_2__.createTransport)(t.target, { env: transportEnv, cwd });
    return t.auditLog ? (0,_proxmox_audit_js__WEBPACK_IMPORTED_MODULE_1__.withAudit)(transport, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, t.auditLog)) : transport;
}


/***/ }),

/***/ 240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ runHostCommand),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   withAudit: () => (/* binding */ withAudit)
/* harmony export */ });
/* unused harmony exports MASK, maskSecrets, withSecrets */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * `--audit-log FILE`: a HostTransport decorator that appends one JSON line per host command, in the
 * order the commands finish: `{"argv": [...], "exit": N, "ms": N}` (DESIGN.md). argv is what the
 * host ran, before shell quoting, with every secret value replaced by `***`. A command that did
 * not finish (timeout, lost connection) is logged with `"exit": -1` and an `"error"` text.
 * Stdin (file contents) is never logged.
 */



const MASK = '***';
/**
 * The secret values of a run (passwords, tokens). Values can be added at any time; `onAdd`
 * lets the caller forward them, e.g. to `core.setSecret` in GitHub Actions.
 */
class SecretMasker {
    onAdd;
    values = new Set();
    sorted = [];
    constructor(initial = [], onAdd) {
        this.onAdd = onAdd;
        this.add(...initial);
    }
    add(...values) {
        let changed = false;
        for (const v of values) {
            if (v === undefined || v === '' || this.values.has(v))
                continue;
            this.values.add(v);
            this.onAdd?.(v);
            changed = true;
        }
        // Longest first, so a secret that contains another is masked whole.
        if (changed)
            this.sorted = [...this.values].sort((a, b) => b.length - a.length);
    }
    get size() {
        return this.values.size;
    }
    mask(text) {
        let out = text;
        for (const s of this.sorted)
            if (out.includes(s))
                out = out.split(s).join(MASK);
        return out;
    }
    maskArgv(argv) {
        return argv.map((a) => this.mask(a));
    }
}
/** Masks `secrets` in `text` (a one-off form of `SecretMasker`). */
function maskSecrets(text, secrets) {
    return new SecretMasker(secrets).mask(text);
}
function isSecretAware(t) {
    return t.secrets instanceof SecretMasker;
}
/** Serialised appends, so that concurrent commands never interleave their lines. */
function lineWriter(file) {
    let failure;
    let chain = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true }).then(() => undefined, (e) => {
        failure ??= e;
    });
    return {
        write(line) {
            chain = chain
                .then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, line + '\n', 'utf8'))
                .catch((e) => {
                failure ??= e;
            });
            return chain;
        },
        async flush() {
            await chain;
            if (failure)
                throw new Error(`cannot write audit log ${file}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(failure)}`);
        },
    };
}
/**
 * Wraps `transport` so each command is appended to `file`. `secrets` is shared with the caller:
 * values added later (e.g. a token created during the run) are masked from then on.
 */
function withAudit(transport, file, secrets = []) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    const writer = lineWriter(file);
    const record = async (entry) => {
        await writer.write(JSON.stringify(entry));
    };
    return {
        description: transport.description,
        secrets: masker,
        async run(argv, options) {
            const started = performance.now();
            const ms = () => Math.round(performance.now() - started);
            try {
                const result = await transport.run(argv, options);
                await record({ argv: masker.maskArgv(argv), exit: result.exitCode, ms: ms() });
                return result;
            }
            catch (err) {
                await record({
                    argv: masker.maskArgv(argv),
                    exit: -1,
                    ms: ms(),
                    error: masker.mask((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)),
                });
                throw err;
            }
        },
        async close() {
            try {
                await transport.close();
            }
            finally {
                await writer.flush();
            }
        },
    };
}
/**
 * Wraps `transport` so that results (stdout/stderr) and errors carry no secret values, for
 * transports whose output is printed or logged elsewhere.
 */
function withSecrets(transport, secrets) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    return {
        description: transport.description,
        secrets: masker,
        async run(argv, options) {
            try {
                const r = await transport.run(argv, options);
                return { exitCode: r.exitCode, stdout: masker.mask(r.stdout), stderr: masker.mask(r.stderr) };
            }
            catch (err) {
                if (err instanceof Error)
                    err.message = masker.mask(err.message);
                throw err;
            }
        },
        close: () => transport.close(),
    };
}
/**
 * Runs a built HostCommand: passes its stdin and read-only flag, and registers its secrets with
 * the transport (when it keeps a SecretMasker) before the command is logged.
 */
function runHostCommand(transport, command, options = {}) {
    if (command.secrets && command.secrets.length > 0) {
        if (isSecretAware(transport))
            transport.secrets.add(...command.secrets);
    }
    return transport.run(command.argv, {
        ...options,
        readOnly: command.readOnly,
        ...(command.stdin !== undefined ? { stdin: command.stdin } : {}),
    });
}


/***/ }),

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTransport: () => (/* binding */ createTransport)
/* harmony export */ });
/* unused harmony exports SUDO_PREFIX, sudoRequested, withSudo, describeTargetSyntax, openTarget */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Target URL to transport: `sim:PATH` (the embedded simulator, state in PATH, created when
 * absent), `local` (commands on this machine) and `ssh://USER@HOST[:PORT]` (key from `identity`
 * or PHOENIX_SSH_KEY, host key pinned from `knownHosts` or PHOENIX_KNOWN_HOSTS). The SSH module
 * (and ssh2) is only loaded for SSH targets.
 *
 * `local+sudo` (or `local` with PHOENIX_SUDO=1 in the environment) runs every command as
 * `sudo -n -- ARGV`: for a self-hosted runner that runs as its own user, not root, and may run
 * exactly the commands of the generated sudoers allow-list (docs/runner-setup.md). `-n` makes a
 * command that the allow-list does not cover fail at once instead of waiting for a password.
 */


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
function describeTargetSyntax() {
    return 'sim:PATH, local or ssh://USER@HOST[:PORT]';
}
async function createTransport(url, options = {}) {
    const env = options.env ?? process.env;
    if (url.startsWith('sim:')) {
        const path = url.slice('sim:'.length);
        if (path === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
        const { SimTransport } = await Promise.all(/* import() */[__webpack_require__.e(79), __webpack_require__.e(304)]).then(__webpack_require__.bind(__webpack_require__, 5444));
        return new SimTransport((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd ?? process.cwd(), path), { env, node: options.simNode });
    }
    if (url === 'local' || url === 'local+sudo') {
        const { LocalTransport } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 2964));
        const local = new LocalTransport({ env });
        return url === 'local+sudo' || sudoRequested(env) ? withSudo(local) : local;
    }
    if (url.startsWith('ssh://')) {
        const { createSshTransport } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(362)]).then(__webpack_require__.bind(__webpack_require__, 5362));
        return createSshTransport(url, {
            identity: options.identity,
            knownHosts: options.knownHosts,
            fingerprint: options.fingerprint,
            env,
        });
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`unknown target '${url}': expected ${describeTargetSyntax()}`, 2);
}
/** Alias of `createTransport`. */
const openTarget = (/* unused pure expression or super */ null && (createTransport));


/***/ })

};
