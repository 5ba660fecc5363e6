export const id = 686;
export const ids = [686];
export const modules = {

/***/ 21686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getPlanSettings: () => (/* reexport */ getPlanSettings),
  runPlanAction: () => (/* binding */ runPlanAction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/jobs/plan-job.ts
var plan_job = __webpack_require__(15671);
// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(70435);
// EXTERNAL MODULE: ./src/render/markdown.ts + 4 modules
var markdown = __webpack_require__(95549);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(61692);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/github/github-client.ts
var github_client = __webpack_require__(53074);
// EXTERNAL MODULE: ./src/plan/state-file.ts
var state_file = __webpack_require__(17945);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(71432);
;// CONCATENATED MODULE: ./src/github/base-config.ts
/**
 * The base branch's config, for plans made without a recorded state (config-to-config diff). The
 * three config files and the scripts they refer to are copied into a temporary folder, read from
 * the local clone when it has the base commit (`git show`; a shallow checkout usually does not),
 * else through the contents API (`contents: read`).
 */






function git(cwd, args) {
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (err, stdout) => done(err ? undefined : stdout));
    });
}
/** True when the clone at `workspace` has the commit `ref` (a sha or branch name). */
async function gitHasCommit(workspace, ref) {
    return (await git(workspace, ['cat-file', '-e', `${ref}^{commit}`])) !== undefined;
}
/** The config dir as a repository path (`config`, `estates/prod`); throws when outside the workspace. */
function repoRelativeDir(configDir, workspace, cwd) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(cwd, configDir));
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new Error(`config-dir ${configDir} is outside the repository (${workspace})`);
    }
    return rel.split(external_node_path_.sep).join('/');
}
const joinRepo = (dir, file) => (dir ? `${dir}/${file}` : file);
async function copyInto(target, rel, fetch, repoDir) {
    const bytes = await fetch(joinRepo(repoDir, rel));
    if (bytes === undefined)
        return false;
    const out = (0,external_node_path_.join)(target, ...rel.split('/'));
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(out), { recursive: true });
    await (0,promises_.writeFile)(out, bytes);
    return true;
}
/** Copies the config files, then the feature and application scripts the base config refers to. */
async function materializeConfig(target, repoDir, fetch) {
    await (0,promises_.mkdir)(target, { recursive: true });
    const keys = Object.keys(types/* CONFIG_FILES */.n);
    const present = await Promise.all(keys.map((k) => copyInto(target, types/* CONFIG_FILES */.n[k], fetch, repoDir)));
    const has = new Set(keys.filter((_, i) => present[i]));
    if (!has.has('lxc') && !has.has('vm'))
        return { empty: true };
    const { desired } = await (0,validate/* validateConfigDir */.cz)(target);
    const scripts = new Set();
    for (const g of desired.guests) {
        for (const f of g.features)
            scripts.add((0,markers/* featureScriptPath */.pM)(f));
        if (g.applicationScript)
            scripts.add((0,markers/* appScriptPath */.Qz)(g.applicationScript));
    }
    // Paths come from the config: keep them inside the folder.
    const safe = [...scripts].filter((p) => !p.split('/').some((part) => part === '..' || part === ''));
    await Promise.all(safe.map((p) => copyInto(target, p, fetch, repoDir)));
    return { empty: false, desired };
}
async function fetchBaseConfig(req) {
    if (await gitHasCommit(req.workspace, req.ref)) {
        const fetch = async (path) => {
            const out = await git(req.workspace, ['show', `${req.ref}:${path}`]);
            return out === undefined ? undefined : new Uint8Array(out);
        };
        return { dir: req.target, via: 'git', ...(await materializeConfig(req.target, req.repoDir, fetch)) };
    }
    const { client, repo } = req;
    if (!client || !repo) {
        throw new Error(`the base commit ${req.ref} is not in the local clone and no GitHub token was given to fetch it`);
    }
    const fetch = (path) => client.getFile(repo, path, req.ref);
    return { dir: req.target, via: 'api', ...(await materializeConfig(req.target, req.repoDir, fetch)) };
}

// EXTERNAL MODULE: ./src/github/state-artifact.ts
var state_artifact = __webpack_require__(42941);
;// CONCATENATED MODULE: ./src/github/plan-basis.ts
/**
 * What a pull-request plan is compared with, in order: a state file given explicitly; the newest
 * `phoenix-state` artifact recorded on the default branch; else the base branch's config (a
 * config-to-config diff). Never the Proxmox host itself.
 */







async function recordedState(workDir, settings, event, client, logger) {
    if (settings.stateFile) {
        return {
            kind: 'state-file',
            description: `recorded state from ${settings.stateFile}`,
            live: await (0,state_file/* readStateFile */.qy)(settings.stateFile),
        };
    }
    if (!client || !event.repository)
        return undefined;
    const defaultBranch = event.defaultBranch ?? 'main';
    let download;
    try {
        download = await (0,state_artifact/* downloadStateArtifact */.Qj)(client, event.repository, {
            name: settings.stateArtifact,
            defaultBranch,
            repositoryId: event.repositoryId,
        });
    }
    catch (err) {
        logger.warning(`Could not read the recorded state (artifact '${settings.stateArtifact}'): ${(0,errors/* getErrorMessage */.u)(err)}`);
        return undefined;
    }
    if (!download.found) {
        logger.info(download.reason);
        return undefined;
    }
    const file = (0,external_node_path_.join)(workDir, 'recorded-state.json');
    await (0,promises_.writeFile)(file, download.text);
    try {
        const live = await (0,state_file/* readStateFile */.qy)(file);
        const a = download.artifact;
        return {
            kind: 'state-artifact',
            description: `recorded state from the '${a.name}' artifact ${a.id} (${download.file}) of run ${a.workflowRun?.id ?? '?'} ` +
                `on ${defaultBranch}${a.createdAt ? `, uploaded ${a.createdAt}` : ''}`,
            live,
        };
    }
    catch (err) {
        logger.warning(`The '${settings.stateArtifact}' artifact ${download.artifact.id} is not usable: ${(0,errors/* getErrorMessage */.u)(err)}`);
        return undefined;
    }
}
async function configDiffBasis(workDir, current, settings, event, client, logger) {
    let what;
    let base;
    if (settings.baseConfigDir) {
        base = await (0,plan_job/* loadBaseConfig */.KZ)(settings.baseConfigDir);
        what = `the config in ${settings.baseConfigDir}`;
    }
    else {
        const pr = event.pullRequest;
        const ref = pr?.baseSha ?? pr?.baseRef ?? event.defaultBranch;
        if (!ref)
            throw new errors/* UserError */.y('cannot tell the base branch to compare with (no pull request and no default branch in the event)', 2);
        const repoDir = repoRelativeDir(settings.configDir, settings.run.workspace, settings.run.cwd);
        const target = (0,external_node_path_.join)(workDir, 'base-config');
        let fetched;
        try {
            fetched = await fetchBaseConfig({
                target,
                repoDir,
                ref,
                workspace: settings.run.workspace,
                client,
                repo: event.repository,
            });
        }
        catch (err) {
            throw new errors/* UserError */.y(`cannot read the base branch's config (${repoDir} at ${ref}): ${(0,errors/* getErrorMessage */.u)(err)}`, 2);
        }
        const label = pr ? `${pr.baseRef || 'base'} at ${ref.slice(0, 7)}` : ref;
        what = fetched.empty
            ? `the base branch (${label}), which has no config in ${repoDir}: every guest is new`
            : `the base branch's config (${label}, read via ${fetched.via === 'git' ? 'the local clone' : 'the contents API'})`;
        logger.info(`Comparing with ${what}.`);
        if (fetched.desired)
            base = await (0,plan_job/* loadBaseConfig */.KZ)(fetched.dir, fetched.desired);
    }
    return {
        kind: 'config-diff',
        description: `no recorded state: compared with ${what}`,
        // No config at the base: the same settings with no guests, so every guest plans as new.
        base: base ?? { desired: { ...current, guests: [] }, scriptHashes: {} },
    };
}
/** The recorded state when there is a usable one, else the base branch's config. */
async function findBasis(workDir, current, settings, event, client, logger) {
    return ((await recordedState(workDir, settings, event, client, logger)) ??
        (await configDiffBasis(workDir, current, settings, event, client, logger)));
}

// EXTERNAL MODULE: ./src/github/plan-comment-body.ts
var plan_comment_body = __webpack_require__(72681);
// EXTERNAL MODULE: ./src/github/pr-context.ts
var pr_context = __webpack_require__(57731);
// EXTERNAL MODULE: ./src/github/runner-files.ts
var runner_files = __webpack_require__(38531);
// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(92935);
// EXTERNAL MODULE: ./src/github/validate-action.ts
var validate_action = __webpack_require__(72072);
// EXTERNAL MODULE: ./src/github/artifact-upload.ts
var artifact_upload = __webpack_require__(32779);
// EXTERNAL MODULE: ./src/github/apply-settings.ts + 1 modules
var apply_settings = __webpack_require__(60197);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(65446);
;// CONCATENATED MODULE: ./src/github/plan-settings.ts
/**
 * The plan action's settings, built once from its inputs (INPUT_* variables, see inputs.ts) and
 * the runner's environment; `phoenix gh plan` flags override the inputs.
 */







function getPlanSettings(env, cwd, overrides = {}) {
    const configDir = overrides.configDir ?? (0,inputs/* getOptionalInput */.lI)(env, 'config-dir') ?? 'config';
    (0,inputs/* requireDirectory */.T)('config-dir', configDir, cwd);
    const baseConfigDir = overrides.baseConfigDir ?? (0,inputs/* getOptionalInput */.lI)(env, 'base-config-dir');
    if (baseConfigDir !== undefined)
        (0,inputs/* requireDirectory */.T)('base-config-dir', baseConfigDir, cwd);
    const stateFile = overrides.stateFile ?? (0,inputs/* getOptionalInput */.lI)(env, 'state-file');
    if (stateFile !== undefined && baseConfigDir !== undefined) {
        throw new errors/* UserError */.y('give state-file or base-config-dir, not both', 2);
    }
    return {
        configDir,
        token: (0,inputs/* getOptionalInput */.lI)(env, 'github-token') ?? '',
        comment: (0,inputs/* getBooleanInput */.Vt)(env, 'comment', true),
        commentAuthor: (0,inputs/* getOptionalInput */.lI)(env, 'comment-author'),
        stateArtifact: (0,inputs/* getOptionalInput */.lI)(env, 'state-artifact') ?? state_artifact/* STATE_ARTIFACT_NAME */.Ll,
        stateFile: stateFile === undefined ? undefined : (0,external_node_path_.resolve)(cwd, stateFile),
        baseConfigDir: baseConfigDir === undefined ? undefined : (0,external_node_path_.resolve)(cwd, baseConfigDir),
        allowRebuild: (0,inputs/* getBooleanInput */.Vt)(env, 'allow-rebuild', false),
        allowDataLoss: (0,inputs/* getBooleanInput */.Vt)(env, 'allow-data-loss', false),
        only: (0,inputs/* getListInput */.DF)(env, 'only'),
        planArtifact: (0,inputs/* getOptionalInput */.lI)(env, 'plan-artifact') ?? 'phoenix-plan',
        retentionDays: (0,apply_settings/* getIntInput */.ML)(env, 'retention-days', 30, 0, artifact_upload/* MAX_RETENTION_DAYS */.aT),
        outDir: (0,external_node_path_.resolve)(cwd, overrides.outDir ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'phoenix-plan')),
        run: (0,inputs/* getRunContext */.DI)(env, cwd),
    };
}

;// CONCATENATED MODULE: ./src/github/plan-action.ts
/**
 * The plan action for pull requests: validate, get a basis to plan against, plan, then report in
 * three places: the sticky PR comment (edited in place on every push), the job summary, and the
 * `phoenix-plan` artifact (plan.json and the comment's Markdown, plan.md), uploaded from this step
 * (artifact-upload.ts) before the comment that points at it is written. Outputs: has-changes,
 * to-create, to-change, to-destroy, plan-hash, basis, comment-url.
 *
 * The basis, in order: a state file given explicitly; the newest `phoenix-state` artifact recorded
 * on the default branch; else the base branch's config (a config-to-config diff, which the comment
 * says plainly at its top). Pull-request runs never reach the Proxmox host.
 *
 * A token that cannot write the comment (pull requests from forks get a read-only GITHUB_TOKEN) is
 * not a failure: the comment is skipped with a notice and the job summary still carries the plan.
 * Settings: plan-settings.ts; the basis: plan-basis.ts.
 */


















const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
function runUrl(run, env) {
    if (!run.repository || !env.GITHUB_RUN_ID)
        return undefined;
    return `${run.serverUrl}/${run.repository}/actions/runs/${env.GITHUB_RUN_ID}`;
}
function invalidConfigBody(sha, errors, link) {
    return [
        (0,markdown/* planHeader */.VR)({ hash: '', sha, status: 'errored' }),
        '## Phoenix plan',
        '',
        `**The configuration is invalid (${plural(errors, 'error')}); no plan was made.**`,
        '',
        `The findings are annotated on the changed lines${link ? ` and listed in the [job summary](${link})` : ''}.`,
        '',
    ].join('\n');
}
async function postComment(settings, event, client, body, logger) {
    const pr = event.pullRequest;
    if (!settings.comment)
        return { action: 'none', reason: 'the comment input is false' };
    if (!pr || !event.repository)
        return { action: 'none', reason: `not a pull request event (${event.eventName ?? 'none'})` };
    if (!client)
        return { action: 'none', reason: 'no github-token was given' };
    return (0,util_logger/* withGroup */.I1)(logger, `Plan comment on #${pr.number}`, async () => {
        const identity = await (0,comment/* resolveIdentity */.XH)(client, settings.commentAuthor);
        logger.info(`Looking for the plan comment written by ${identity.login} (${identity.source}).`);
        const result = await (0,comment/* upsertPlanComment */.gK)(client, event.repository, pr.number, body, identity);
        if (result.action === 'skipped') {
            const why = pr.fork
                ? 'pull requests from forks get a read-only token'
                : "the token may not write to pull requests (grant 'pull-requests: write')";
            logger.notice(`The plan comment was not written (${why}: ${result.reason}). The plan is in the job summary${settings.planArtifact ? ` and the '${settings.planArtifact}' artifact` : ''}.`);
        }
        else {
            logger.info(`Plan comment ${result.action}: ${result.comment.htmlUrl || result.comment.id}`);
        }
        return result;
    });
}
function commentLine(c, fork) {
    if (c.action === 'none')
        return `Pull request comment: not written (${c.reason}).`;
    if (c.action === 'skipped') {
        return `Pull request comment: **not written**: the token cannot write to this pull request${fork ? ' (it comes from a fork, whose token is read-only)' : ''}. This summary holds the plan.`;
    }
    const link = c.comment.htmlUrl ? `[${c.action}](${c.comment.htmlUrl})` : c.action;
    return `Pull request comment: ${link}.`;
}
async function runPlanAction(settings, logger, env, io = {}) {
    const client = settings.token ? (0,github_client/* createGitHubClient */.LX)({ token: settings.token, env }) : undefined;
    await (0,promises_.mkdir)(settings.outDir, { recursive: true });
    // Downloads and the base config go here, not into outDir, which is uploaded as the plan artifact.
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'phoenix-plan-work-'));
    try {
        return await planAndReport(settings, logger, env, client, workDir, io);
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
/** Posts the comment; a GitHub failure other than 403 is logged and reported as not written. */
async function tryComment(settings, event, client, body, logger) {
    try {
        return { comment: await postComment(settings, event, client, body, logger), failed: false };
    }
    catch (err) {
        if (!(err instanceof github_client/* GitHubApiError */.OS))
            throw err;
        logger.error(`Could not write the plan comment: ${err.message}`);
        return { comment: { action: 'none', reason: err.message }, failed: true };
    }
}
async function planAndReport(settings, logger, env, client, workDir, io) {
    const { run } = settings;
    const event = (0,pr_context/* readEventContext */.ws)(env);
    const sha = event.sha ?? run.headSha ?? '';
    const link = runUrl(run, env);
    const fork = event.pullRequest?.fork ?? false;
    const { gate, validation } = await (0,validate_action/* validateAndReport */.q)({ configDir: settings.configDir, failOnWarnings: false, run }, logger, env, validate_action/* LEAVE_FOR_NEXT_WRITER */.e);
    if (gate.exitCode !== 0) {
        const { comment } = await tryComment(settings, event, client, invalidConfigBody(sha, gate.errors, link), logger);
        (0,runner_files/* setOutputs */.n0)(env, {
            'has-changes': false,
            'to-create': 0,
            'to-change': 0,
            'to-destroy': 0,
            'plan-hash': '',
            basis: '',
            'comment-url': urlOf(comment),
        });
        (0,github_summary/* writeStepSummary */.oG)(env, () => `\n## Phoenix plan\n\nNo plan: the configuration is invalid.\n\n${commentLine(comment, fork)}\n`);
        return { exitCode: 1, comment };
    }
    const job = await (0,plan_job/* planValidatedConfig */.Cb)({
        configDir: (0,external_node_path_.resolve)(run.cwd, settings.configDir),
        validation,
        basis: (config) => (0,util_logger/* withGroup */.I1)(logger, 'Finding the state to plan against', async () => {
            const b = await findBasis(workDir, config.desired, settings, event, client, logger);
            logger.info(`Basis: ${b.description}.`);
            return b;
        }),
        allowRebuild: settings.allowRebuild,
        allowDataLoss: settings.allowDataLoss,
        only: settings.only,
    });
    const { plan, basis } = job;
    await (0,util_logger/* withGroup */.I1)(logger, 'Planning', async () => {
        logger.info(`${(0,summary/* headline */.Pl)(job.counts)} Plan ${plan.hash}.`);
        for (const e of plan.errors)
            logger.error(`${e.address ? `${e.address}: ` : ''}${e.message}`);
        for (const w of plan.warnings)
            logger.warning(`${w.address ? `${w.address}: ` : ''}${w.message}`);
    });
    // Sealed (its header carries the hash of its reviewed part) and reproducible from plan.json: apply
    // re-renders the artifact with the same call and refuses when the comment differs.
    const body = (0,plan_comment_body/* renderPlanComment */.zk)(plan, { sha, artifactName: settings.planArtifact });
    const files = [(0,external_node_path_.join)(settings.outDir, 'plan.json'), (0,external_node_path_.join)(settings.outDir, 'plan.md')];
    await (0,promises_.writeFile)(files[0], (0,plan_file/* serializePlan */.S1)(plan));
    await (0,promises_.writeFile)(files[1], body);
    // Uploaded first, so the artifact the comment names exists once the comment does (also for an
    // errored plan: it is worth reading). A failed upload fails the step after the other reports.
    const upload = await (0,artifact_upload/* uploadRunArtifact */.n4)(env, {
        name: settings.planArtifact,
        files,
        rootDirectory: settings.outDir,
        retentionDays: settings.retentionDays,
    }, logger, io.upload);
    // A GitHub outage while commenting must not hide the plan: report it, keep the summary, fail the step.
    const { comment, failed } = await tryComment(settings, event, client, body, logger);
    writeResults(settings, env, plan, basis, comment, sha, fork, upload);
    const exitCode = plan.errored || failed || (!upload.uploaded && upload.failed) ? 1 : 0;
    return { exitCode, plan, basis, comment, upload };
}
function artifactLine(settings, plan, upload) {
    const files = `plan.json, hash \`${plan.hash}\`, and plan.md`;
    if (upload.uploaded)
        return `The plan file is in the \`${settings.planArtifact}\` artifact (${files}).`;
    return `The plan file was **not** uploaded as the \`${settings.planArtifact}\` artifact (${upload.reason}).`;
}
const urlOf = (c) => c.action === 'created' || c.action === 'updated' || c.action === 'unchanged' ? c.comment.htmlUrl : '';
function writeResults(settings, env, plan, basis, comment, sha, fork, upload) {
    const counts = (0,summary/* countPlan */.RF)(plan);
    (0,runner_files/* setOutputs */.n0)(env, {
        'has-changes': (0,summary/* hasChanges */.ik)(counts),
        'to-create': counts.create,
        'to-change': counts.change,
        'to-destroy': counts.destroy,
        'plan-hash': plan.hash,
        basis: basis.kind,
        'comment-url': urlOf(comment),
    });
    const where = [
        `- Basis: ${basis.description}.`,
        `- ${commentLine(comment, fork)}`,
        `- ${artifactLine(settings, plan, upload)}`,
    ].join('\n');
    // The plan gets what validate left of the step's budget; its own renderer degrades to fit.
    const tail = `\n${where}\n`;
    (0,github_summary/* writeStepSummary */.oG)(env, (budgetBytes) => `\n${(0,markdown/* renderJobSummary */.qE)(plan, { sha, budgetBytes: Math.max(0, budgetBytes - Buffer.byteLength(tail) - 1) })}${tail}`);
}


/***/ }),

/***/ 72681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ renderedBodyProblem),
/* harmony export */   wx: () => (/* binding */ bodyHashProblem),
/* harmony export */   zk: () => (/* binding */ renderPlanComment)
/* harmony export */ });
/* unused harmony exports fullPlanPointer, reviewedBody, planBodyHash, sealPlanBody */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95549);
/**
 * The reviewed part of a plan comment and its hash: what the reviewers saw, and the one renderer
 * call (with its settings) that both the plan action (writing the comment) and apply (re-rendering
 * the plan artifact to check the comment) use, so the two can be compared byte for byte.
 *
 * The reviewed part is the comment body without the hidden header and without the status line
 * apply writes directly under the title (`**Status: <header status>** <note>`): both change after
 * the plan run (status, run links) by design and are excluded explicitly. Everything else is
 * deterministic given the plan file and the head commit: the renderer writes no timestamps of its
 * own (the basis' read time comes from the plan), and the pointer to the full plan names the plan
 * run's job summary without a run-dependent link.
 */


/** Where a shortened plan comment sends the reader; fixed text, so the body is reproducible. */
function fullPlanPointer(artifactName) {
    return `the plan run's job summary and the \`${artifactName}\` artifact`;
}
/** [start, end) of the hidden header in `body`, or undefined when it has none. */
function headerSpan(body) {
    const start = body.indexOf(_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .PLAN_HEADER_PREFIX */ .hf);
    if (start < 0)
        return undefined;
    const end = body.indexOf(' -->', start);
    return end < 0 ? undefined : [start, end + ' -->'.length];
}
/** The status line apply writes under the title, when present (matched as withPlanStatus writes it). */
const STATUS_UNDER_TITLE = /^(\n## [^\n]*\n)\n\*\*Status: ([a-z-]+)\*\*[^\n]*\n(?=\n)/;
/**
 * The reviewed part of a plan comment body: the text before the hidden header plus the text after
 * it, minus the status line directly under the title when its status is the header's; CRLF line
 * ends count as LF.
 */
function reviewedBody(body) {
    const span = headerSpan(body);
    const header = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlanHeader */ .cy)(body);
    const before = span ? body.slice(0, span[0]) : '';
    let rest = span ? body.slice(span[1]) : body;
    const m = STATUS_UNDER_TITLE.exec(rest);
    if (m && header && m[2] === header.status)
        rest = m[1] + rest.slice(m[0].length);
    return (before + rest).replace(/\r\n/g, '\n');
}
/** sha256 (hex) of the UTF-8 bytes of `reviewedBody(body)`: the body hash the header carries. */
function planBodyHash(body) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(reviewedBody(body), 'utf8').digest('hex');
}
/** `body` with the body hash written into its header (unchanged when it has no header). */
function sealPlanBody(body) {
    const span = headerSpan(body);
    const header = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlanHeader */ .cy)(body);
    if (!span || !header)
        return body;
    const sealed = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .planHeader */ .VR)({ ...header, bodyHash: planBodyHash(body) });
    return body.slice(0, span[0]) + sealed + body.slice(span[1]);
}
/** The plan comment for `plan` at head commit `sha`, sealed: the plan action's and apply's renderer. */
function renderPlanComment(plan, o) {
    return sealPlanBody((0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarkdown */ .Gc)(plan, { sha: o.sha, fullPlanPointer: fullPlanPointer(o.artifactName) }));
}
/** Why the comment's body does not match its header's body hash; undefined when it does. */
function bodyHashProblem(body, header, pull) {
    if (!header.bodyHash)
        return `the plan comment on pull request #${pull} carries no hash of its body (not written by this plan action); push to the pull request for a new plan comment`;
    const actual = planBodyHash(body);
    if (actual === header.bodyHash)
        return undefined;
    return `the plan comment on pull request #${pull} was altered after its plan run: its body hashes to ${actual.slice(0, 12)}, its header records ${header.bodyHash.slice(0, 12)} (an edited or forged table)`;
}
/** Why the re-rendered plan differs from the comment's reviewed part (first differing line); undefined when equal. */
function renderedBodyProblem(commentBody, rendered) {
    const a = reviewedBody(commentBody).split('\n');
    const b = reviewedBody(rendered).split('\n');
    if (a.length === b.length && a.every((l, i) => l === b[i]))
        return undefined;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    const clip = (s) => JSON.stringify((s ?? '(end)').slice(0, 80));
    return `its plan, re-rendered, differs from the comment at line ${i + 1} (comment ${clip(a[i])}, plan ${clip(b[i])})`;
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
