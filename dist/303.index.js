export const id = 303;
export const ids = [303];
export const modules = {

/***/ 6303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getApplySettings: () => (/* reexport */ apply_settings/* getApplySettings */.s$),
  runApplyAction: () => (/* binding */ runApplyAction)
});

// UNUSED EXPORTS: commentUpdate

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/apply/report.ts
var report = __webpack_require__(1400);
// EXTERNAL MODULE: ./src/jobs/apply-job.ts + 9 modules
var apply_job = __webpack_require__(1560);
// EXTERNAL MODULE: ./src/plan/state-file.ts
var state_file = __webpack_require__(7945);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/render/markdown.ts + 1 modules
var markdown = __webpack_require__(6646);
// EXTERNAL MODULE: ./src/github/comment.ts
var github_comment = __webpack_require__(7318);
;// CONCATENATED MODULE: ./src/github/apply-review.ts
/**
 * Which reviewed plan a push to the default branch carries: the pull request merged as that
 * commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls, the merged one whose merge_commit_sha is
 * the pushed commit), and on it the Phoenix plan comment written by this token's identity (a
 * comment anyone else wrote, header or not, is never trusted). Its hidden header holds the hash of
 * the plan the reviewers saw; apply runs only a fresh plan with that hash.
 *
 * A plan made against the base branch's config (no recorded host state yet) cannot be that proof:
 * its hash covers a config-to-config diff, never what the host needs. It counts as unreviewed.
 */


/** The pull request merged as `sha` (merge, squash or the last rebased commit), if any. */
function mergedPullFor(pulls, sha) {
    const s = sha.toLowerCase();
    return pulls.find((p) => p.mergedAt !== undefined && p.mergeCommitSha?.toLowerCase() === s);
}
/**
 * What a plan comment was planned against, from the text render/markdown.ts writes: its footer
 * (`basis: base branch config` / `basis: live state`), else the note at its top.
 */
function commentBasis(body) {
    if (body.includes('basis: base branch config') || body.includes('No recorded state of the host was found'))
        return 'config-diff';
    if (body.includes('basis: live state'))
        return 'live-state';
    return 'unknown';
}
/** The review behind `sha`; never throws for "not found" cases, only for API failures. */
async function findReview(client, repo, sha, configuredAuthor) {
    const short = sha.slice(0, 7);
    const pulls = await client.pullRequestsForCommit(repo, sha);
    const pull = mergedPullFor(pulls, sha);
    if (!pull) {
        const open = pulls.filter((p) => p.mergedAt === undefined).map((p) => `#${p.number}`);
        return {
            kind: 'unreviewed',
            reason: `no pull request was merged as commit ${short} (a direct push or a manual run)` +
                (open.length ? `; it belongs to unmerged pull request ${open.join(', ')}` : ''),
        };
    }
    const identity = await (0,github_comment/* resolveIdentity */.XH)(client, configuredAuthor);
    const found = await (0,github_comment/* findPlanComment */.iv)(client, repo, pull.number, identity);
    if (!found) {
        return {
            kind: 'unreviewed',
            pull,
            identity,
            reason: `pull request #${pull.number} has no Phoenix plan comment written by ${identity.login}`,
        };
    }
    const { comment } = found;
    const header = found.header ?? (0,markdown/* parsePlanHeader */.cy)(comment.body);
    const ctx = { pull, comment, header, identity };
    if (!header || !/^[0-9a-f]{64}$/.test(header.hash)) {
        return {
            kind: 'unreviewed',
            ...ctx,
            reason: `the plan comment on pull request #${pull.number} holds no plan (${header ? `status ${header.status}` : 'no valid header'})`,
        };
    }
    if (commentBasis(comment.body) === 'config-diff') {
        return {
            kind: 'unreviewed',
            ...ctx,
            reason: `the plan on pull request #${pull.number} compared the config with the base branch's config ` +
                '(no recorded host state existed), so it does not show what the host needs',
        };
    }
    const staleNote = header.sha && pull.headSha && header.sha !== pull.headSha
        ? `the plan comment was made for ${header.sha.slice(0, 7)}, but the pull request's last commit is ${pull.headSha.slice(0, 7)}`
        : undefined;
    return { kind: 'reviewed', pull, comment, header, identity, staleNote };
}

// EXTERNAL MODULE: ./src/github/apply-settings.ts
var apply_settings = __webpack_require__(9161);
// EXTERNAL MODULE: ./src/render/cell.ts
var cell = __webpack_require__(4542);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/github/apply-summary.ts
/**
 * The apply job summary (pure): a verdict line, what was applied against which reviewed plan, a
 * table of every guest's outcome and time (with the slowest step and the reason of a failure or
 * skip), and each guest's step timings in a collapsed section. Stays inside the 1 MiB summary
 * limit by dropping the step timings first, then table rows.
 */




const VERDICT = {
    applied: ':white_check_mark: applied',
    'no-changes': ':heavy_minus_sign: nothing to apply',
    failed: ':x: failed',
    'plan-changed': ':no_entry: refused: the plan changed since review',
    invalid: ':x: refused: invalid config or plan',
    unreviewed: ':no_entry: refused: no reviewed plan',
};
const OUTCOME = {
    succeeded: ':white_check_mark: succeeded',
    failed: ':x: failed',
    skipped: ':fast_forward: skipped',
};
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
function slowest(g) {
    const s = [...g.steps].sort((a, b) => b.ms - a.ms)[0];
    return s ? `${(0,cell/* escapeTableCell */.a)(s.label)} (${(0,report/* seconds */.YA)(s.ms)})` : '';
}
function guestRow(g) {
    const note = g.outcome === 'succeeded' ? (g.warnings[0] ?? '') : (g.reason ?? '').split('\n')[0];
    return [
        `\`${g.address}\` ${(0,cell/* escapeTableCell */.a)(g.name)}`,
        g.action,
        OUTCOME[g.outcome],
        g.outcome === 'skipped' ? '-' : (0,report/* seconds */.YA)(g.ms),
        g.outcome === 'skipped' ? '' : slowest(g),
        (0,cell/* escapeTableCell */.a)(note.length > 300 ? `${note.slice(0, 297)}...` : note),
    ];
}
function stepDetails(guests) {
    const ran = guests.filter((g) => g.steps.length > 0);
    if (ran.length === 0)
        return '';
    const parts = ran.map((g) => {
        let t = `#### \`${g.address}\` ${(0,cell/* escapeTableCell */.a)(g.name)}\n\n${(0,github_summary/* tableHeader */.qd)(['Step', 'Time', 'Note'])}`;
        for (const s of g.steps)
            t += (0,github_summary/* tableRow */.jD)([
                `${s.ok ? '' : ':x: '}${(0,cell/* escapeTableCell */.a)(s.label)}`,
                (0,report/* seconds */.YA)(s.ms),
                (0,cell/* escapeTableCell */.a)(s.note ?? ''),
            ]);
        return t;
    });
    return `<details><summary>Step timings</summary>\n\n${parts.join('\n')}\n</details>\n`;
}
function renderApplySummary(input) {
    const budget = input.budgetBytes ?? github_summary/* STEP_SUMMARY_LIMIT_BYTES */.Wm - 64 * 1024;
    const commit = input.sha ? `Commit \`${input.sha.slice(0, 7)}\` on` : 'Target';
    let out = `\n## Phoenix apply: ${VERDICT[input.status]}\n\n`;
    const facts = [`${commit} \`${(0,cell/* escapeTableCell */.a)(input.target)}\`.`];
    if (input.plan)
        facts.push(`${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(input.plan))} Plan \`${input.plan.hash.slice(0, 12)}\`.`);
    facts.push(`Reviewed plan: ${input.review}`);
    if (input.commentUrl)
        facts.push(`Plan comment: [status updated](${input.commentUrl}).`);
    const r = input.result;
    if (r)
        facts.push(`${r.succeeded} succeeded, ${r.failed} failed, ${r.skipped} skipped in ${(0,report/* seconds */.YA)(r.wallMs)} (wall time).`);
    out += facts.map((f) => `- ${f}`).join('\n') + '\n';
    if (input.message)
        out += `\n> [!CAUTION]\n> ${input.message.trim().split('\n').join('\n> ')}\n`;
    if (!r || r.guests.length === 0)
        return out;
    out += '\n';
    const rows = r.guests.map(guestRow);
    const table = (0,github_summary/* budgetedTable */.$U)(['Guest', 'Action', 'Outcome', 'Time', 'Slowest step', 'Note'], rows, budget - byteLength(out), (n) => `…and ${n} more guest${n === 1 ? '' : 's'} not shown (summary size limit); all are in the job log.`);
    out += table;
    const details = stepDetails(r.guests);
    if (details && byteLength(out) + byteLength(details) + 1 <= budget)
        out += `\n${details}`;
    return out;
}

// EXTERNAL MODULE: ./src/github/github-client.ts
var github_client = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/github/host-target.ts
var host_target = __webpack_require__(751);
// EXTERNAL MODULE: ./src/github/pr-context.ts
var pr_context = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/github/runner-files.ts
var runner_files = __webpack_require__(8531);
// EXTERNAL MODULE: ./src/github/validate-action.ts
var validate_action = __webpack_require__(2072);
;// CONCATENATED MODULE: ./src/github/apply-action.ts
/**
 * The apply action, on the self-hosted runner after a merge to the default branch:
 * 1. validate the config (annotations, as on the pull request);
 * 2. find the reviewed plan: the PR merged as the pushed commit and its Phoenix comment written by
 *    this token's identity (apply-review.ts); without one, refuse unless `allow-unreviewed`;
 * 3. apply with the apply job (jobs/apply-job.ts), which re-plans against the live host and
 *    refuses when the fresh plan's hash differs from the reviewed one (before and again under the
 *    host lock);
 * 4. report: the comment's status becomes applied / failed / plan-changed with a note and a link
 *    to the run, the job summary gets a table of guest outcomes and timings, and the fresh live
 *    state is written to `<state-dir>/phoenix-state.json`, which the composite uploads as the
 *    `phoenix-state` artifact that pull-request plans read.
 * Outputs: status, applied, failed, skipped, plan-hash, pull-request, comment-url, state-file.
 */

















const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
/** The comment's new status and its one-line note, or undefined when the comment stays as it is. */
function commentUpdate(status, job, o) {
    const run = o.link ? `[this run](${o.link})` : 'the apply run';
    const at = o.sha ? ` at \`${o.sha.slice(0, 7)}\`` : '';
    const r = job?.result;
    switch (status) {
        case 'applied':
            return {
                status: 'applied',
                note: `Applied by ${run}${at}: ${plural(r?.succeeded ?? 0, 'guest')} converged in ${(0,report/* seconds */.YA)(r?.wallMs ?? 0)}.`,
            };
        case 'no-changes':
            return {
                status: 'no-changes',
                note: `Nothing left to apply: the host already matched, checked by ${run}${at}.`,
            };
        case 'failed': {
            const bad = (r?.guests ?? []).filter((g) => g.outcome !== 'succeeded');
            const first = bad.find((g) => g.outcome === 'failed');
            return {
                status: 'failed',
                note: `Apply by ${run}${at} failed: ${r?.failed ?? 0} failed, ${r?.skipped ?? 0} skipped, ${r?.succeeded ?? 0} succeeded` +
                    (first ? ` (${first.address}: ${(first.reason ?? '').split('\n')[0].slice(0, 200)})` : '') +
                    '. Fix the cause and re-run the Apply workflow; finished guests are not redone.',
            };
        }
        case 'plan-changed':
            return {
                status: 'plan-changed',
                note: `Not applied: the plan made from the host at merge (\`${(job?.plan?.hash ?? '').slice(0, 12)}\`) differs ` +
                    `from this reviewed plan; see ${run}. Review a new plan (push to a pull request) before applying.`,
            };
        case 'invalid':
            return {
                status: 'failed',
                note: `Not applied: the config${at} is invalid or could not be planned; see ${run}.`,
            };
        case 'unreviewed':
            return { status: 'failed', note: `Not applied by ${run}: ${o.reason ?? 'no reviewed plan'}.` };
    }
}
async function editComment(client, repo, review, update, logger) {
    const comment = review.comment;
    if (!comment || !repo)
        return undefined;
    const body = (0,github_comment/* withPlanStatus */.yW)(comment.body, update.status, update.note);
    if (body === undefined) {
        logger.warning(`The plan comment ${comment.id} has no valid header; its status was not changed.`);
        return undefined;
    }
    try {
        const edited = await client.updateIssueComment(repo, comment.id, body);
        logger.info(`Plan comment on #${review.pull?.number}: status ${update.status}.`);
        return edited.htmlUrl || comment.htmlUrl;
    }
    catch (err) {
        const why = (0,github_client/* httpStatus */.nG)(err) === 403 ? " (grant the workflow 'pull-requests: write')" : '';
        logger.warning(`Could not update the plan comment${why}: ${(0,errors/* getErrorMessage */.u)(err)}`);
        return undefined;
    }
}
function reviewLine(review, hashChecked) {
    if (!review)
        return 'not looked up.';
    if (review.kind === 'unreviewed')
        return `none: ${review.reason}.`;
    const pr = `pull request #${review.pull.number}, plan \`${review.header.hash.slice(0, 12)}\``;
    if (!hashChecked)
        return `${pr}; not compared (require-reviewed-plan is false).${review.staleNote ? ` Note: ${review.staleNote}.` : ''}`;
    return `${pr}; apply ran only a plan with this hash.${review.staleNote ? ` Note: ${review.staleNote}.` : ''}`;
}
async function runApplyAction(settings, logger, env, io = {}) {
    const write = io.write ?? ((t) => void process.stdout.write(t));
    const writeError = io.writeError ?? ((t) => void process.stderr.write(t));
    const mask = io.mask ?? ((s) => write(`::add-mask::${s}\n`));
    const { run } = settings;
    const event = (0,pr_context/* readEventContext */.ws)(env);
    const sha = settings.sha;
    const link = (0,apply_settings/* runUrl */.Vp)(run.serverUrl, run.repository, env);
    const client = settings.token ? (0,github_client/* createGitHubClient */.LX)({ token: settings.token, env }) : undefined;
    const baseOutputs = {
        status: '',
        applied: 0,
        failed: 0,
        skipped: 0,
        'plan-hash': '',
        'pull-request': '',
        'comment-url': '',
        'state-file': '',
    };
    const validation = await (0,validate_action.runValidateAction)({ configDir: settings.configDir, failOnWarnings: false, run }, logger, env);
    // The reviewed plan (looked up even when not required, so the comment's status is kept true).
    let review;
    if (!client)
        review = { kind: 'unreviewed', reason: 'no github-token was given, so no pull request was looked up' };
    else if (!event.repository)
        review = { kind: 'unreviewed', reason: 'the repository is unknown (no GITHUB_REPOSITORY)' };
    else if (!sha)
        review = { kind: 'unreviewed', reason: 'the commit is unknown (no GITHUB_SHA)' };
    else {
        const repo = event.repository;
        review = await (0,util_logger/* withGroup */.I1)(logger, `Finding the reviewed plan of ${sha.slice(0, 7)}`, async () => {
            const r = await findReview(client, repo, sha, settings.commentAuthor);
            if (r.kind === 'reviewed') {
                logger.info(`Pull request #${r.pull.number} was merged as ${sha.slice(0, 7)}; its reviewed plan is ${r.header.hash} (comment by ${r.identity?.login}).`);
                if (r.staleNote)
                    logger.warning(`Reviewed plan: ${r.staleNote}; apply still requires the same plan hash.`);
            }
            else
                logger.info(`No reviewed plan: ${r.reason}.`);
            return r;
        });
    }
    const finish = async (status, exitCode, extra = {}) => {
        let commentUrl;
        if (client && review?.comment) {
            const update = commentUpdate(status, extra.job, {
                sha,
                link,
                reason: review.kind === 'unreviewed' ? review.reason : undefined,
            });
            commentUrl = await editComment(client, event.repository, review, update, logger);
        }
        const r = extra.job?.result;
        (0,runner_files/* setOutputs */.n0)(env, {
            ...baseOutputs,
            status,
            applied: r?.succeeded ?? 0,
            failed: r?.failed ?? 0,
            skipped: r?.skipped ?? 0,
            'plan-hash': extra.job?.plan?.hash ?? '',
            'pull-request': review?.pull?.number ?? '',
            'comment-url': commentUrl ?? '',
            'state-file': extra.stateFile ?? '',
        });
        (0,runner_files/* appendStepSummary */.Jc)(env, renderApplySummary({
            status,
            target: settings.host.target,
            sha,
            review: reviewLine(review, extra.hashChecked ?? false),
            message: extra.message,
            plan: extra.job?.plan,
            result: r,
            commentUrl,
        }));
        return { exitCode, status, review, job: extra.job, stateFile: extra.stateFile };
    };
    if (validation.exitCode !== 0) {
        logger.error('phoenix apply: the config is invalid; nothing was applied.');
        return finish('invalid', 1, {
            message: 'The config is invalid (see the annotations); nothing was applied.',
        });
    }
    const reviewedHash = settings.requireReviewedPlan && review.kind === 'reviewed' ? review.header.hash : undefined;
    if (settings.requireReviewedPlan && review.kind === 'unreviewed') {
        if (!settings.allowUnreviewed) {
            const message = `Refusing to apply without a reviewed plan: ${review.reason}. Nothing was applied. ` +
                'Merge config changes through a pull request whose plan comment shows the plan against the recorded ' +
                "host state, or run the Apply workflow by hand with 'allow-unreviewed' (an environment reviewer approves that run).";
            logger.error(`phoenix apply: ${message}`);
            return finish('unreviewed', 1, { message });
        }
        logger.warning(`Applying without a reviewed plan (allow-unreviewed is true): ${review.reason}.`);
    }
    if (!settings.requireReviewedPlan && review.kind === 'reviewed')
        logger.warning('require-reviewed-plan is false: the fresh plan is applied even if it differs from the reviewed one.');
    await (0,promises_.mkdir)(settings.stateDir, { recursive: true });
    const { job, stateFile } = await (0,apply_job/* applyToHost */.A)({
        open: () => (io.openHost ? io.openHost() : (0,host_target/* openHostTarget */.GJ)(settings.host, env, run.cwd, mask)),
        configDir: (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(run.cwd, settings.configDir)) || '.',
        reviewedHash,
        allowRebuild: settings.allowRebuild,
        settings: { concurrency: settings.concurrency, keepSafetySnapshots: settings.keepSafetySnapshots },
        sha,
        lockTimeoutMs: settings.lockTimeoutSec * 1000,
        stateFile: (0,external_node_path_.join)(settings.stateDir, state_file/* STATE_FILE_NAME */.fZ),
        // Nothing was applied on a changed plan, but the host was read: record it for the next PR plan.
        recordWhenRefused: true,
        onRecordFailed: (m) => logger.warning(m),
        out: write,
        err: writeError,
        logger: run.inActions ? logger : undefined,
    });
    const hashChecked = reviewedHash !== undefined;
    switch (job.status) {
        case 'applied':
        case 'no-changes':
            return finish(job.status, 0, { job, stateFile, hashChecked });
        case 'plan-changed':
            logger.error(`phoenix apply: the plan made from the host now (${job.plan?.hash.slice(0, 12)}) differs from the plan reviewed on #${review.pull?.number} (${reviewedHash?.slice(0, 12)}); nothing was applied.`);
            return finish('plan-changed', 1, {
                job,
                stateFile,
                hashChecked,
                message: 'The plan made from the live host differs from the reviewed plan; nothing was applied. ' +
                    'The host or the config changed after the review: push to a pull request to get a new plan reviewed.',
            });
        case 'failed':
            logger.error(`phoenix apply: ${job.result?.failed ?? 0} guest(s) failed and ${job.result?.skipped ?? 0} were skipped; see the log groups.`);
            return finish('failed', 1, { job, stateFile, hashChecked });
        default:
            logger.error('phoenix apply: the plan could not be made or applied (see the log); nothing was applied.');
            return finish('invalid', 1, {
                job,
                stateFile,
                hashChecked,
                message: 'Planning failed; nothing was applied.',
            });
    }
}


/***/ }),

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
        stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, o.stateDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'phoenix-state')),
        sha,
        run: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getRunContext */ .DI)(env, cwd),
    };
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
 * Masks the secrets, then opens the host port through the target factory (with the audit log
 * when asked). The key and known_hosts reach the SSH transport through its environment, never
 * through files in the workspace.
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
    return (0,_host_open_port_js__WEBPACK_IMPORTED_MODULE_1__/* .openHostPort */ .c)(t.target, {
        env: transportEnv,
        cwd,
        auditLog: t.auditLog ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, t.auditLog) : undefined,
    });
}


/***/ })

};
