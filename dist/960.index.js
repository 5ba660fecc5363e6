export const id = 960;
export const ids = [960];
export const modules = {

/***/ 73960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getDriftSettings: () => (/* binding */ getDriftSettings),
  runDriftAction: () => (/* binding */ runDriftAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/jobs/drift-job.ts
var drift_job = __webpack_require__(76189);
// EXTERNAL MODULE: ./src/render/markdown.ts + 4 modules
var markdown = __webpack_require__(95549);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(61692);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/github/apply-settings.ts + 1 modules
var apply_settings = __webpack_require__(60197);
// EXTERNAL MODULE: ./src/github/artifact-upload.ts
var artifact_upload = __webpack_require__(32779);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/render/drift.ts
var drift = __webpack_require__(13047);
// EXTERNAL MODULE: ./src/render/budget.ts
var render_budget = __webpack_require__(89519);
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
/** How many settings were changed on the host rather than in the config (plan/last-applied.ts). */
function outsideLine(plan) {
    const n = (0,drift/* driftLines */.$m)(plan).length;
    if (n === 0)
        return [];
    return [
        `${n} setting${n === 1 ? ' was' : 's were'} changed outside Phoenix (see "Changed outside Phoenix" below); the rest are config changes not yet applied.`,
        '',
    ];
}
function renderDriftIssue(plan, c) {
    const run = c.runLink ? `[drift check](${c.runLink})` : 'drift check';
    const at = c.sha ? ` at \`${c.sha.slice(0, 7)}\`` : '';
    const intro = [
        driftMarker({ hash: plan.hash, sha: c.sha, target: c.target }),
        `The Proxmox host \`${c.target}\` does not match the Phoenix config on \`${c.branch ?? 'the default branch'}\`${at} ` +
            `(last ${run}: ${c.checkedAt}).`,
        '',
        ...outsideLine(plan),
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
    if (!(0,drift_job/* isDrift */._)(plan)) {
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
var github_client = __webpack_require__(53074);
// EXTERNAL MODULE: ./src/github/host-target.ts
var host_target = __webpack_require__(10751);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(65446);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
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
var pr_context = __webpack_require__(57731);
// EXTERNAL MODULE: ./src/github/runner-files.ts
var runner_files = __webpack_require__(38531);
// EXTERNAL MODULE: ./src/github/state-artifact.ts
var state_artifact = __webpack_require__(42941);
// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(92935);
// EXTERNAL MODULE: ./src/github/validate-action.ts
var validate_action = __webpack_require__(72072);
;// CONCATENATED MODULE: ./src/github/drift-action.ts
/**
 * The drift check, on a schedule on the self-hosted runner: validate the config, read the live
 * host (read-only commands only), plan in `drift` mode, record the state for pull-request plans
 * (`<state-dir>/phoenix-state.json`, uploaded from this step as the `phoenix-state` artifact),
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
        stateArtifact: (0,inputs/* getOptionalInput */.lI)(env, 'state-artifact') ?? state_artifact/* STATE_ARTIFACT_NAME */.Ll,
        stateRetentionDays: (0,apply_settings/* getIntInput */.ML)(env, 'state-retention-days', 90, 0, artifact_upload/* MAX_RETENTION_DAYS */.aT),
        sha: env.GITHUB_SHA?.trim() || undefined,
        run: (0,inputs/* getRunContext */.DI)(env, cwd),
    };
}
function stateLine(name, upload) {
    return upload.uploaded
        ? `The host's state is recorded as the \`${name}\` artifact.`
        : `The host's state was **not** uploaded as the \`${name}\` artifact (${upload.reason}).`;
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
    const { plan, counts, drifted, stateFile } = await (0,drift_job/* runDriftJob */.G)({
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
    const upload = await (0,artifact_upload/* uploadRunArtifact */.n4)(env, (0,artifact_upload/* singleFile */.TG)(settings.stateArtifact, stateFile, settings.stateRetentionDays), logger, io.upload);
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
        `- ${issueLine(outcome, why)}\n- ${stateLine(settings.stateArtifact, upload)}\n\n`;
    (0,github_summary/* writeStepSummary */.oG)(env, (budgetBytes) => head +
        (drifted
            ? (0,markdown/* renderJobSummary */.qE)(plan, {
                sha: settings.sha,
                title: 'What apply would do',
                budgetBytes: Math.max(0, budgetBytes - Buffer.byteLength(head)),
            })
            : ''));
    const failed = apiFailed || (drifted && settings.failOnDrift) || (!upload.uploaded && upload.failed);
    if (drifted && settings.failOnDrift)
        logger.error('phoenix drift: drift detected and fail-on-drift is true.');
    return { exitCode: failed ? 1 : 0, drifted, plan, issue: outcome, stateFile, upload };
}


/***/ }),

/***/ 76189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ runDriftJob),
/* harmony export */   _: () => (/* binding */ isDrift)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_state_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17945);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96618);
/* harmony import */ var _plan_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15671);
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
    return (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .withGroup */ .I1)(logger, `Reading ${port.description}`, async () => {
        try {
            return await port.readState();
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read the state of ${port.description}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)}`, 1);
        }
    });
}
async function runDriftJob(o) {
    const stateFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(o.stateDir, _plan_state_file_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_FILE_NAME */ .fZ);
    const job = await (0,_plan_job_js__WEBPACK_IMPORTED_MODULE_3__/* .planValidatedConfig */ .Cb)({
        configDir: o.configDir,
        validation: o.validation,
        allowRebuild: o.allowRebuild,
        mode: 'drift',
        basis: async () => {
            const port = await o.open();
            try {
                const live = await readHost(port, o.logger);
                await (0,_plan_state_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStateFile */ .VP)(stateFile, live, { mkdir: true });
                return { live };
            }
            finally {
                await port.close();
            }
        },
    });
    return { ...job, drifted: isDrift(job.plan), stateFile };
}


/***/ }),

/***/ 15671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ planValidatedConfig),
/* harmony export */   JY: () => (/* binding */ planAgainst),
/* harmony export */   KZ: () => (/* binding */ loadBaseConfig),
/* harmony export */   Ou: () => (/* binding */ loadPlanConfig),
/* harmony export */   W6: () => (/* binding */ baseConfigBasis),
/* harmony export */   wZ: () => (/* binding */ runPlanJob),
/* harmony export */   y3: () => (/* binding */ stateFileBasis)
/* harmony export */ });
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16141);
/* harmony import */ var _plan_planner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15784);
/* harmony import */ var _plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77481);
/* harmony import */ var _plan_state_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17945);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61692);
/**
 * The plan job, shared by `phoenix plan`, `phoenix demo`, the plan action and the drift job:
 * validate the config dir, hash the scripts it names, get the basis to compare it with (a host's
 * live state, a recorded state file, or another config), plan. It returns the plan with the
 * findings and counts the renderers need; what is printed, and where, is the caller's.
 */





/** The config side, from a validation already made (the actions' validate step) or made here. */
async function loadPlanConfig(dir, validation) {
    const v = validation ?? (await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(dir));
    return { dir, validation: v, desired: v.desired, scriptHashes: await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .hashScripts */ .Z7)(dir, v.desired) };
}
/**
 * Another config dir as a basis (its findings are not checked: a base branch may be broken).
 * `desired`, when given, is that dir's config already read.
 */
async function loadBaseConfig(dir, desired) {
    const d = desired ?? (await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(dir)).desired;
    return { desired: d, scriptHashes: await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_2__/* .hashScripts */ .Z7)(dir, d) };
}
/** A recorded state file as the basis (`phoenix plan --state`, a state given to the plan action). */
function stateFileBasis(path) {
    return async () => ({ live: await (0,_plan_state_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readStateFile */ .qy)(path) });
}
/** Another config dir as the basis (`phoenix plan --base-config-dir`). */
function baseConfigBasis(dir) {
    return async () => ({ base: await loadBaseConfig(dir) });
}
/** Plans the config against the basis: against a state, or as a diff of two configs. */
function planAgainst(config, basis, o = {}) {
    const options = {
        allowRebuild: o.allowRebuild ?? false,
        allowDataLoss: o.allowDataLoss ?? false,
        scriptHashes: config.scriptHashes,
        mode: o.mode,
        only: o.only,
        ...(o.secretAvailable ? { secretAvailable: o.secretAvailable } : {}),
    };
    if (basis.live)
        return (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_1__/* .plan */ .e)(config.desired, basis.live, options);
    return (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_1__/* .planConfigDiff */ .p)(config.desired, basis.base.desired, {
        ...options,
        oldScriptHashes: basis.base.scriptHashes,
    });
}
async function runPlanJob(o) {
    const validation = o.validation ?? (await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(o.configDir));
    o.onValidated?.(validation);
    if (validation.errors > 0 && !o.allowInvalid)
        return { status: 'invalid', exitCode: 1, validation };
    return planValidatedConfig({ ...o, validation });
}
/**
 * The job past its validation gate, for callers that gate themselves (the actions' validate step
 * annotates the findings and stops an invalid config first): load, get the basis, plan.
 */
async function planValidatedConfig(o) {
    const config = await loadPlanConfig(o.configDir, o.validation);
    const basis = await o.basis(config);
    const plan = planAgainst(config, basis, o);
    return {
        status: 'planned',
        exitCode: plan.errored ? 1 : 0,
        validation: o.validation,
        config,
        basis,
        plan,
        counts: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .countPlan */ .RF)(plan),
    };
}


/***/ }),

/***/ 17945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VP: () => (/* binding */ writeStateFile),
/* harmony export */   ee: () => (/* binding */ serializeLiveState),
/* harmony export */   fZ: () => (/* binding */ STATE_FILE_NAME),
/* harmony export */   qy: () => (/* binding */ readStateFile)
/* harmony export */ });
/* unused harmony export parseLiveState */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_live_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85111);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The live-state file: a recorded `LiveState` as JSON (two-space indent), written after apply and
 * drift runs and by `phoenix state --out`, read back by `phoenix plan --state` and pull-request
 * plans. The one reader and writer of that file, beside the plan file (plan-file.ts): both are
 * documents Phoenix records and plans from. Files only: no host, no GitHub.
 */




/** The file's name where a run records it for later runs (the `phoenix-state` artifact). */
const STATE_FILE_NAME = 'phoenix-state.json';
const ioCode = (err) => err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err);
function serializeLiveState(state) {
    return JSON.stringify(state, null, 2) + '\n';
}
/**
 * Checks a recorded live-state document and fills what older writers left out. `source` names the
 * file in error messages (usage errors, exit 2).
 */
function parseLiveState(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a state file (invalid JSON: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)})`, 2);
    }
    const v = value;
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a state file (expected a JSON object)`, 2);
    if (v.version !== _model_live_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LIVE_STATE_VERSION */ .O) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: state version ${JSON.stringify(v.version)} is not supported (expected ${_model_live_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LIVE_STATE_VERSION */ .O})`, 2);
    }
    if (!Array.isArray(v.guests))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a state file (no guests list)`, 2);
    for (const [i, g] of v.guests.entries()) {
        if (!g || typeof g !== 'object' || typeof g.id !== 'number' || (g.kind !== 'lxc' && g.kind !== 'qemu')) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: guests[${i}] needs a numeric id and kind lxc or qemu`, 2);
        }
    }
    return {
        version: _model_live_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LIVE_STATE_VERSION */ .O,
        readAt: typeof v.readAt === 'string' ? v.readAt : '',
        target: typeof v.target === 'string' ? v.target : source,
        nodes: Array.isArray(v.nodes) ? v.nodes : [],
        ...(v.nodeDetails === undefined ? {} : { nodeDetails: checkNodeDetails(v.nodeDetails, source) }),
        pveVersion: v.pveVersion,
        guests: v.guests.map((g) => ({
            ...g,
            node: g.node ?? '',
            status: g.status ?? 'unknown',
            template: g.template === true,
            config: g.config ?? {},
            snapshots: Array.isArray(g.snapshots) ? g.snapshots : [],
            tags: Array.isArray(g.tags) ? g.tags : [],
        })),
        storages: Array.isArray(v.storages) ? v.storages : [],
        bridges: Array.isArray(v.bridges) ? v.bridges : [],
        templates: Array.isArray(v.templates) ? v.templates : [],
        ...(Array.isArray(v.images) ? { images: v.images } : {}),
        ...(Array.isArray(v.deviceNodes) ? { deviceNodes: v.deviceNodes } : {}),
        ...(Array.isArray(v.apparmorProfiles) ? { apparmorProfiles: v.apparmorProfiles } : {}),
        ...(typeof v.appliedCommit === 'string' ? { appliedCommit: v.appliedCommit } : {}),
    };
}
/**
 * Per-node facts (written since clusters are read): each needs a name and an online flag; the
 * listings it holds must be lists of strings. A file without them loads as before.
 */
function checkNodeDetails(value, source) {
    if (!Array.isArray(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: nodeDetails must be a list`, 2);
    const lists = ['bridges', 'deviceNodes', 'apparmorProfiles', 'templates'];
    return value.map((n, i) => {
        const d = n;
        if (!d || typeof d !== 'object' || typeof d.name !== 'string' || typeof d.online !== 'boolean')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: nodeDetails[${i}] needs a name and an online flag (true or false)`, 2);
        for (const k of lists)
            if (d[k] !== undefined && !(Array.isArray(d[k]) && d[k].every((x) => typeof x === 'string')))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: nodeDetails[${i}].${k} must be a list of strings`, 2);
        return d;
    });
}
/** Reads and checks a state file; every failure is a usage error naming the file. */
async function readStateFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read state file ${path}: ${ioCode(err)}`, 2);
    }
    return parseLiveState(text, path);
}
/** Writes the state (creating the folder first when `mkdir` is set); a failure is an I/O error naming the file. */
async function writeStateFile(path, state, options = {}) {
    try {
        if (options.mkdir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, serializeLiveState(state));
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write state file ${path}: ${ioCode(err)}`, 2);
    }
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
