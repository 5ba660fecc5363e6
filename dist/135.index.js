export const id = 135;
export const ids = [135];
export const modules = {

/***/ 60197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s$: () => (/* binding */ getApplySettings),
  ML: () => (/* binding */ getIntInput),
  Vp: () => (/* binding */ runUrl)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/github/host-target.ts
var host_target = __webpack_require__(10751);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(65446);
// EXTERNAL MODULE: ./src/github/artifact-upload.ts
var artifact_upload = __webpack_require__(32779);
// EXTERNAL MODULE: ./src/github/state-artifact.ts
var state_artifact = __webpack_require__(42941);
// EXTERNAL MODULE: ./src/config/secret-refs.ts
var secret_refs = __webpack_require__(38131);
;// CONCATENATED MODULE: ./src/github/secrets-input.ts
/**
 * The apply action's `secrets` input: the secrets guest configs refer to (`{"secret": NAME}`,
 * config/secret-refs.ts), mapped from GitHub secrets. Either `NAME=value` lines
 * (`PORTAINER_ADMIN_PASSWORD=${{ secrets.PORTAINER_ADMIN_PASSWORD }}`) or a JSON object such as
 * `${{ toJSON(secrets) }}` (keys that are no secret name, e.g. `github_token`, are left out).
 */


function parseSecretsInput(text) {
    const out = {};
    const t = text?.trim() ?? '';
    if (t === '')
        return out;
    if (t.startsWith('{')) {
        let value;
        try {
            value = JSON.parse(t);
        }
        catch {
            // The text is secret: never quote it in an error.
            throw new errors/* UserError */.y(`input 'secrets' starts with '{' but is not a JSON object`, 2);
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            throw new errors/* UserError */.y(`input 'secrets' starts with '{' but is not a JSON object`, 2);
        for (const [k, v] of Object.entries(value))
            if (secret_refs/* SECRET_NAME_RE */.hn.test(k) && typeof v === 'string' && v !== '')
                out[k] = v;
        return out;
    }
    for (const [i, raw] of t.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!secret_refs/* SECRET_NAME_RE */.hn.test(name))
            throw new errors/* UserError */.y(`input 'secrets', line ${i + 1}: expected NAME=value with NAME in upper case (letters, digits, _), ` +
                `e.g. PORTAINER_ADMIN_PASSWORD=\${{ secrets.PORTAINER_ADMIN_PASSWORD }}`, 2);
        const value = line.slice(eq + 1);
        if (value !== '')
            out[name] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/github/apply-settings.ts
/**
 * The apply action's settings, built once from its inputs (INPUT_* variables, see inputs.ts) and
 * the runner's environment; `phoenix gh apply` flags override the inputs.
 */








function getIntInput(env, name, fallback, min, max) {
    const v = (0,inputs/* getOptionalInput */.lI)(env, name);
    if (v === undefined)
        return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
        throw new errors/* UserError */.y(`input '${name}' must be an integer from ${min} to ${max}, got '${v}'`, 2);
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
    const configDir = o.configDir ?? (0,inputs/* getOptionalInput */.lI)(env, 'config-dir') ?? 'config';
    (0,inputs/* requireDirectory */.T)('config-dir', configDir, cwd);
    const sha = o.sha ?? (env.GITHUB_SHA?.trim() || undefined);
    if (sha !== undefined && !/^[0-9a-f]{7,64}$/i.test(sha))
        throw new errors/* UserError */.y(`the commit to apply must be a hex SHA, got '${sha}'`, 2);
    return {
        configDir,
        host: (0,host_target/* getHostTargetSettings */.J8)(env, { target: o.target, auditLog: o.auditLog }),
        token: (0,inputs/* getOptionalInput */.lI)(env, 'github-token') ?? '',
        commentAuthor: (0,inputs/* getOptionalInput */.lI)(env, 'comment-author'),
        requireReviewedPlan: (0,inputs/* getBooleanInput */.Vt)(env, 'require-reviewed-plan', true),
        allowUnreviewed: (0,inputs/* getBooleanInput */.Vt)(env, 'allow-unreviewed', false),
        allowRebuild: (0,inputs/* getBooleanInput */.Vt)(env, 'allow-rebuild', false),
        allowDataLoss: (0,inputs/* getBooleanInput */.Vt)(env, 'allow-data-loss', false),
        only: (0,inputs/* getListInput */.DF)(env, 'only'),
        concurrency: getIntInput(env, 'concurrency', 4, 1, 64),
        keepSafetySnapshots: getIntInput(env, 'keep-safety-snapshots', 3, 0, 100),
        lockTimeoutSec: getIntInput(env, 'lock-timeout', 600, 0, 86_400),
        planArtifact: 'phoenix-plan',
        stateDir: (0,external_node_path_.resolve)(cwd, o.stateDir ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'phoenix-state')),
        stateArtifact: (0,inputs/* getOptionalInput */.lI)(env, 'state-artifact') ?? state_artifact/* STATE_ARTIFACT_NAME */.Ll,
        stateRetentionDays: getIntInput(env, 'state-retention-days', 90, 0, artifact_upload/* MAX_RETENTION_DAYS */.aT),
        sha,
        secrets: parseSecretsInput((0,inputs/* getOptionalInput */.lI)(env, 'secrets')),
        run: (0,inputs/* getRunContext */.DI)(env, cwd),
    };
}


/***/ }),

/***/ 32779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ singleFile),
/* harmony export */   aT: () => (/* binding */ MAX_RETENTION_DAYS),
/* harmony export */   n4: () => (/* binding */ uploadRunArtifact)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Uploads a workflow artifact from inside the step, as actions/upload-artifact does, now that the
 * plan, apply and drift actions are node24 JavaScript actions (no composite step to upload after
 * them): @actions/artifact's DefaultArtifactClient talks to the Actions results service with the
 * runner's ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives JavaScript actions.
 *
 * Same behaviour as the composites' `upload-artifact` steps had: an artifact of the same name in
 * this run is replaced (`overwrite: true`, so a re-run attempt replaces its own upload), the
 * retention input is honoured (0: the repository's default), and a failed upload fails the step.
 * Outside a JavaScript action (no runtime token: `phoenix gh plan` run by hand or from a `run:`
 * step) nothing is uploaded and the log says where the files are instead.
 */


/** Longest retention GitHub allows (private repositories of an enterprise); 0 is the default. */
const MAX_RETENTION_DAYS = 400;
/**
 * @actions/artifact reads ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL from process.env; the
 * runner sets them there for a JavaScript action's process. Loaded on first use only (it also
 * pulls in the Azure blob client).
 */
const defaultUploader = async (u) => {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
    const client = new DefaultArtifactClient();
    try {
        await client.deleteArtifact(u.name);
    }
    catch (err) {
        // Nothing of that name in this run yet: the usual case.
        if (err?.name !== 'ArtifactNotFoundError')
            throw err;
    }
    const r = await client.uploadArtifact(u.name, [...u.files], u.rootDirectory, {
        retentionDays: u.retentionDays || undefined,
    });
    return { id: r.id };
};
/** The files of a single-file artifact (the state file): the file, rooted at its folder. */
function singleFile(name, file, retentionDays) {
    return { name, files: [file], rootDirectory: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), retentionDays };
}
/**
 * Uploads `upload` (in a log group). Never throws: a failure is logged as an error and returned
 * with `failed: true`, so the caller fails the step after finishing its other reports.
 */
async function uploadRunArtifact(env, upload, logger, uploader = defaultUploader) {
    const what = `the '${upload.name}' artifact (${upload.files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(f)).join(', ')})`;
    if (uploader === defaultUploader && (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)) {
        const reason = 'ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set (the runner gives them to JavaScript actions only)';
        const where = `the files stay in ${upload.rootDirectory}`;
        if (env.GITHUB_ACTIONS === 'true')
            logger.warning(`Did not upload ${what}: ${reason}; ${where}.`);
        else
            logger.info(`Not uploading ${what} outside GitHub Actions; ${where}.`);
        return { uploaded: false, failed: false, reason };
    }
    logger.startGroup(`Uploading ${what}`);
    try {
        const { id } = await uploader(upload);
        const kept = upload.retentionDays
            ? `kept ${upload.retentionDays} days`
            : "kept the repository's default time";
        logger.info(`Uploaded ${what}${id === undefined ? '' : ` as artifact ${id}`}, ${kept}.`);
        return { uploaded: true, id };
    }
    catch (err) {
        const reason = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(err);
        logger.error(`Could not upload ${what}: ${reason}`);
        return { uploaded: false, failed: true, reason };
    }
    finally {
        logger.endGroup();
    }
}


/***/ }),

/***/ 47318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   gK: () => (/* binding */ upsertPlanComment),
/* harmony export */   iv: () => (/* binding */ findPlanComment),
/* harmony export */   yW: () => (/* binding */ withPlanStatus)
/* harmony export */ });
/* unused harmony exports ACTIONS_BOT_LOGIN, isOwnPlanComment, pickPlanComment */
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95549);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53074);
/**
 * The sticky plan comment on a pull request: one comment per PR, recognised by its hidden header
 * (`<!-- phoenix-plan {...} -->`, see render/markdown.ts) AND by its author being the identity of
 * the token in use. Anyone can paste the header into a comment of their own; only the token's
 * identity can have written ours, so a forged "approved plan" is never picked up (by the plan
 * action, which edits it on every push, or by apply, which reads its hash and edits its status).
 *
 * Identity: GET /user names the owner of a personal access token. The Actions GITHUB_TOKEN (an app
 * installation token) is refused there (403), and writes as `github-actions[bot]`; another app's
 * installation token writes as `<app-slug>[bot]`, which the caller passes as an override.
 */


const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
async function resolveIdentity(client, configured) {
    if (configured?.trim())
        return { login: configured.trim(), source: 'configured' };
    const user = await client.authenticatedUser();
    return user
        ? { login: user.login, source: 'token-user' }
        : { login: ACTIONS_BOT_LOGIN, source: 'actions-bot' };
}
const sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
/** A Phoenix plan comment written by `identity`. */
function isOwnPlanComment(comment, identity) {
    return comment.body.includes(_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_HEADER_PREFIX */ .hf.trimEnd()) && sameLogin(comment.author, identity.login);
}
/**
 * Our plan comment among all of a PR's comments: the oldest of ours (lowest id), so that every run
 * (and apply) settles on the same one even if a race ever produced two.
 */
function pickPlanComment(comments, identity) {
    return comments.filter((c) => isOwnPlanComment(c, identity)).sort((a, b) => a.id - b.id)[0];
}
/** Reads every page of the PR's comments and returns ours, with its parsed header. */
async function findPlanComment(client, repo, pullRequest, identity) {
    const comment = pickPlanComment(await client.listIssueComments(repo, pullRequest), identity);
    return comment ? { comment, header: (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlanHeader */ .cy)(comment.body) } : undefined;
}
/** 403: a token without access to the PR's comments (fork PR, or `pull-requests: write` not granted). */
function forbidden(err) {
    if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(err) !== 403)
        return undefined;
    return err instanceof Error ? err.message : 'HTTP 403';
}
/**
 * Edits our plan comment in place, or creates it when there is none. Never creates a second one.
 * A 403 (reading or writing) is not an error: the result says the comment was skipped and why.
 */
async function upsertPlanComment(client, repo, pullRequest, body, identity) {
    try {
        const found = await findPlanComment(client, repo, pullRequest, identity);
        if (!found)
            return { action: 'created', comment: await client.createIssueComment(repo, pullRequest, body) };
        if (found.comment.body === body)
            return { action: 'unchanged', comment: found.comment };
        return { action: 'updated', comment: await client.updateIssueComment(repo, found.comment.id, body) };
    }
    catch (err) {
        const reason = forbidden(err);
        if (reason === undefined)
            throw err;
        return { action: 'skipped', reason };
    }
}
/**
 * A plan comment's body with a new status in its hidden header and a visible status line under the
 * title (replacing an earlier one), e.g. for apply: `applied`, `failed`, `plan-changed`. The plan
 * hash and head SHA stay as they were. Undefined when the body has no valid header.
 */
function withPlanStatus(body, status, note) {
    const header = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlanHeader */ .cy)(body);
    if (!header)
        return undefined;
    const start = body.indexOf(_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_HEADER_PREFIX */ .hf);
    const end = body.indexOf(' -->', start) + ' -->'.length;
    let rest = body.slice(end).replace(/\n\*\*Status: [^\n]*\n(\n)?/, '\n');
    const line = `**Status: ${status}**${note ? ` ${note.replace(/[\r\n]+/g, ' ')}` : ''}`;
    const title = /\n## [^\n]*\n/.exec(rest);
    rest = title
        ? `${rest.slice(0, title.index + title[0].length)}\n${line}\n${rest.slice(title.index + title[0].length)}`
        : `\n${line}\n${rest}`;
    return `${body.slice(0, start)}${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .planHeader */ .VR)({ ...header, status })}${rest}`;
}


/***/ }),

/***/ 53074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   wV: () => (/* binding */ apiUrlFrom)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, repoName */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * The few GitHub REST calls Phoenix makes, typed and small, over @actions/github's Octokit (proxy
 * support, user agent). The API base URL comes from GITHUB_API_URL (GitHub Enterprise, or a local
 * stand-in in tests); each call returns plain values and turns "not found" into `undefined` where
 * callers expect it. Every other HTTP failure is thrown as a `GitHubApiError` with its status.
 */


const DEFAULT_API_URL = 'https://api.github.com';
/** `owner/name` -> RepoRef; undefined when it is not of that form. */
function parseRepository(fullName) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(fullName?.trim() ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
const repoName = (r) => `${r.owner}/${r.repo}`;
class GitHubApiError extends Error {
    status;
    constructor(message, 
    /** HTTP status, or undefined when no response arrived (network error). */
    status) {
        super(message);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
/** The HTTP status of an Octokit (or our own) error, if any. */
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
function apiUrlFrom(env) {
    return (env.GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
}
const PER_PAGE = 100;
const toComment = (c) => ({
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? '',
    htmlUrl: c.html_url ?? '',
    createdAt: c.created_at ?? '',
});
const toArtifact = (a) => ({
    id: a.id,
    name: a.name,
    sizeInBytes: a.size_in_bytes,
    expired: a.expired,
    createdAt: a.created_at ?? undefined,
    workflowRun: a.workflow_run
        ? {
            id: a.workflow_run.id,
            repositoryId: a.workflow_run.repository_id,
            headRepositoryId: a.workflow_run.head_repository_id,
            headBranch: a.workflow_run.head_branch,
            headSha: a.workflow_run.head_sha,
        }
        : undefined,
});
function toBytes(data) {
    if (data instanceof Uint8Array)
        return data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    if (typeof data === 'string')
        return new Uint8Array(Buffer.from(data, 'utf8'));
    throw new Error(`unexpected response body of type ${typeof data}`);
}
/** Re-throws anything as a GitHubApiError naming the call, keeping the HTTP status. */
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        if (err instanceof GitHubApiError)
            throw err;
        const status = httpStatus(err);
        const detail = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(err).split('\n')[0];
        throw new GitHubApiError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`, status);
    }
}
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl ?? apiUrlFrom(options.env ?? {})).replace(/\/+$/, '');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl });
    return {
        apiUrl,
        async authenticatedUser() {
            try {
                const { data } = await octokit.rest.users.getAuthenticated();
                return { login: data.login, type: data.type };
            }
            catch (err) {
                const status = httpStatus(err);
                if (status === 401 || status === 403)
                    return undefined;
                return call('GET /user', () => Promise.reject(err));
            }
        },
        listIssueComments: (repo, issue) => call(`listing the comments of #${issue}`, async () => {
            const all = await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: issue,
                per_page: PER_PAGE,
            });
            return all.map(toComment);
        }),
        createIssueComment: (repo, issue, body) => call(`commenting on #${issue}`, async () => {
            const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
            return toComment(data);
        }),
        updateIssueComment: (repo, commentId, body) => call(`editing comment ${commentId}`, async () => {
            const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
            return toComment(data);
        }),
        listArtifacts: (repo, name, maxPages = 10) => call(`listing the '${name}' artifacts`, async () => {
            const out = [];
            let pages = 0;
            for await (const page of octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
                ...repo,
                name,
                per_page: PER_PAGE,
            })) {
                out.push(...page.data.map(toArtifact));
                if (++pages >= maxPages)
                    break;
            }
            return out;
        }),
        downloadArtifact: (repo, artifactId) => call(`downloading artifact ${artifactId}`, async () => {
            const { data } = await octokit.rest.actions.downloadArtifact({
                ...repo,
                artifact_id: artifactId,
                archive_format: 'zip',
            });
            return toBytes(data);
        }),
        getFile: (repo, path, ref) => call(`reading ${path} at ${ref}`, async () => {
            try {
                const { data } = await octokit.rest.repos.getContent({
                    ...repo,
                    path,
                    ref,
                    mediaType: { format: 'raw' },
                });
                return toBytes(data);
            }
            catch (err) {
                if (httpStatus(err) === 404)
                    return undefined;
                throw err;
            }
        }),
        pullRequestsForCommit: (repo, sha) => call(`finding the pull requests of commit ${sha.slice(0, 12)}`, async () => {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
                ...repo,
                commit_sha: sha,
                per_page: PER_PAGE,
            });
            return data.map((p) => ({
                number: p.number,
                state: p.state,
                mergedAt: p.merged_at ?? undefined,
                mergeCommitSha: p.merge_commit_sha ?? undefined,
                headSha: p.head.sha,
                baseRef: p.base.ref,
            }));
        }),
        commitsBetween: (repo, base, head, max = 500) => call(`comparing ${base.slice(0, 12)}...${head.slice(0, 12)}`, async () => {
            const shas = [];
            let total = 0;
            for (let page = 1; shas.length < max; page++) {
                const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                    ...repo,
                    basehead: `${base}...${head}`,
                    per_page: PER_PAGE,
                    page,
                });
                total = data.total_commits;
                shas.push(...data.commits.map((c) => c.sha));
                if (data.commits.length < PER_PAGE || shas.length >= total)
                    break;
            }
            return { shas: shas.slice(0, max), total };
        }),
    };
}


/***/ }),

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

/***/ 57731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ws: () => (/* binding */ readEventContext)
/* harmony export */ });
/* unused harmony exports parsePullRequest, parseEventContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53074);
/**
 * What the plan action needs from the event that started the run (GITHUB_EVENT_PATH): the
 * repository, its default branch, and for pull requests the number, head and base commits and
 * whether the head lives in a fork (whose GITHUB_TOKEN is read-only). Pure over the payload.
 */


const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v) => typeof v === 'number' && Number.isInteger(v) ? v : undefined;
/** Pull request events carry `pull_request`; `issue_comment` on a PR is not handled here. */
function parsePullRequest(payload) {
    const pr = obj(payload.pull_request);
    const number = num(pr?.number) ?? num(payload.number);
    const head = obj(pr?.head);
    const base = obj(pr?.base);
    const headSha = str(head?.sha);
    if (!pr || number === undefined || !headSha)
        return undefined;
    const headRepo = obj(head?.repo);
    const baseRepo = obj(base?.repo) ?? obj(payload.repository);
    const headId = num(headRepo?.id);
    const baseId = num(baseRepo?.id);
    const headName = str(headRepo?.full_name);
    const baseName = str(baseRepo?.full_name);
    const fork = !headRepo ||
        (headId !== undefined && baseId !== undefined
            ? headId !== baseId
            : headName !== undefined &&
                baseName !== undefined &&
                headName.toLowerCase() !== baseName.toLowerCase());
    return {
        number,
        headSha,
        headRef: str(head?.ref) ?? '',
        baseSha: str(base?.sha),
        baseRef: str(base?.ref) ?? '',
        fork,
        headRepository: headName,
    };
}
function parseEventContext(eventName, payload, env = {}) {
    const repo = obj(payload.repository);
    const pullRequest = parsePullRequest(payload);
    return {
        eventName,
        repository: (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(str(repo?.full_name) ?? env.GITHUB_REPOSITORY),
        repositoryId: num(repo?.id),
        defaultBranch: str(repo?.default_branch) ?? str(repo?.master_branch),
        sha: pullRequest?.headSha ?? (str(env.GITHUB_SHA) || undefined),
        pullRequest,
    };
}
/** Reads GITHUB_EVENT_PATH; an absent or unreadable payload gives a context from the environment only. */
function readEventContext(env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = obj(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    return parseEventContext(env.GITHUB_EVENT_NAME || undefined, payload, env);
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

/***/ 42941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ extractFile),
/* harmony export */   Ll: () => (/* binding */ STATE_ARTIFACT_NAME),
/* harmony export */   Qj: () => (/* binding */ downloadStateArtifact),
/* harmony export */   e$: () => (/* binding */ findAppliedCommit)
/* harmony export */ });
/* unused harmony exports MAX_STATE_BYTES, pickStateArtifact, extractStateJson, appliedCommitOf */
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51306);
/**
 * The recorded live state for pull-request plans: every apply and drift run uploads the host's
 * state as the workflow artifact `phoenix-state`; a PR plan downloads the newest one recorded on
 * the default branch (REST, `actions: read`) and plans against it, never touching the host.
 *
 * Which artifact counts: the exact name, not expired, made by a run on the default branch of THIS
 * repository. A run for a fork's pull request can upload an artifact too, and its head branch can
 * be called `main` as well; its `head_repository_id` differs from the repository's, so it is
 * ignored and cannot poison the state other PRs plan against.
 */

const STATE_ARTIFACT_NAME = 'phoenix-state';
/** Refuse anything bigger: a state document for 10 000 guests is a few MB. */
const MAX_STATE_BYTES = 256 * 1024 * 1024;
function time(a) {
    const t = a.createdAt ? Date.parse(a.createdAt) : NaN;
    return Number.isNaN(t) ? -Infinity : t;
}
/** Pure: the newest usable artifact (ties: the higher id, i.e. uploaded later). */
function pickStateArtifact(artifacts, want) {
    const skipped = { name: 0, expired: 0, branch: 0, fork: 0 };
    let best;
    for (const a of artifacts) {
        const run = a.workflowRun;
        if (a.name !== want.name)
            skipped.name++;
        else if (a.expired)
            skipped.expired++;
        else if (run?.headBranch !== want.defaultBranch)
            skipped.branch++;
        else if (run.headRepositoryId === undefined ||
            run.headRepositoryId !== (want.repositoryId ?? run.repositoryId))
            skipped.fork++;
        else if (!best || time(a) > time(best) || (time(a) === time(best) && a.id > best.id))
            best = a;
    }
    return { artifact: best, skipped };
}
/**
 * The state document inside an artifact zip: the only `.json` file, else `phoenix-state.json` or
 * `state.json` at the top. Throws with the file list when it cannot tell.
 */
function extractStateJson(zip) {
    let files;
    try {
        files = (0,fflate__WEBPACK_IMPORTED_MODULE_0__/* .unzipSync */ .AO)(zip, {
            filter: (f) => !f.name.endsWith('/') && f.originalSize <= MAX_STATE_BYTES,
        });
    }
    catch (err) {
        throw new Error(`the artifact is not a valid zip archive (${err.message})`);
    }
    const names = Object.keys(files).sort();
    const json = names.filter((n) => n.toLowerCase().endsWith('.json'));
    const file = json.length === 1
        ? json[0]
        : (['phoenix-state.json', 'state.json'].find((n) => json.includes(n)) ?? undefined);
    if (!file) {
        throw new Error(json.length === 0
            ? `the artifact holds no JSON file (files: ${names.join(', ') || 'none'})`
            : `the artifact holds several JSON files and none is named phoenix-state.json: ${json.join(', ')}`);
    }
    return { file, text: new TextDecoder('utf-8', { fatal: false }).decode(files[file]) };
}
/** The file `name` (at the top or in a folder) inside an artifact zip, or undefined when absent. */
function extractFile(zip, name) {
    let files;
    try {
        files = (0,fflate__WEBPACK_IMPORTED_MODULE_0__/* .unzipSync */ .AO)(zip, {
            filter: (f) => (f.name === name || f.name.endsWith(`/${name}`)) && f.originalSize <= MAX_STATE_BYTES,
        });
    }
    catch (err) {
        throw new Error(`the artifact is not a valid zip archive (${err.message})`);
    }
    const file = Object.keys(files).sort((a, b) => a.length - b.length)[0];
    return file === undefined ? undefined : new TextDecoder('utf-8', { fatal: false }).decode(files[file]);
}
/** The `appliedCommit` of a recorded state document, if it names one. */
function appliedCommitOf(stateJson) {
    try {
        const v = JSON.parse(stateJson);
        return typeof v.appliedCommit === 'string' && /^[0-9a-f]{7,64}$/i.test(v.appliedCommit)
            ? v.appliedCommit
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The commit of the last successful apply, from the newest recorded states: a drift run records
 * the host without it, so up to `depth` usable artifacts are read, newest first, until one names it.
 * The default reaches back a month of daily drift runs; beyond it apply covers only the pushed
 * pull request (it fails closed: an older merge's changes are then refused as unreviewed).
 */
async function findAppliedCommit(client, repo, want, depth = 32) {
    let listed = await client.listArtifacts(repo, want.name);
    for (let i = 0; i < depth; i++) {
        const { artifact } = pickStateArtifact(listed, want);
        if (!artifact || artifact.sizeInBytes > MAX_STATE_BYTES)
            return {};
        const commit = appliedCommitOf(extractStateJson(await client.downloadArtifact(repo, artifact.id)).text);
        if (commit)
            return { commit, artifact };
        listed = listed.filter((a) => a.id !== artifact.id);
    }
    return {};
}
/** Lists the artifacts named `name`, picks the newest usable one, downloads and unpacks it. */
async function downloadStateArtifact(client, repo, want) {
    const listed = await client.listArtifacts(repo, want.name);
    const { artifact, skipped } = pickStateArtifact(listed, want);
    if (!artifact) {
        const passed = Object.entries(skipped)
            .filter(([, n]) => n > 0)
            .map(([why, n]) => `${n} ${why === 'branch' ? `not from ${want.defaultBranch}` : why === 'fork' ? 'from forks' : why}`);
        return {
            found: false,
            reason: `no usable '${want.name}' artifact from the default branch ${want.defaultBranch}` +
                (passed.length ? ` (${listed.length} listed: ${passed.join(', ')})` : ''),
        };
    }
    if (artifact.sizeInBytes > MAX_STATE_BYTES) {
        return { found: false, reason: `artifact ${artifact.id} is too large (${artifact.sizeInBytes} bytes)` };
    }
    const zip = await client.downloadArtifact(repo, artifact.id);
    const { file, text } = extractStateJson(zip);
    return { found: true, artifact, file, text };
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


/***/ }),

/***/ 72072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ LEAVE_FOR_NEXT_WRITER),
/* harmony export */   q: () => (/* binding */ validateAndReport),
/* harmony export */   runValidateAction: () => (/* binding */ runValidateAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34793);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96618);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38531);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92935);
/**
 * The validate action: validate the config dir, annotate every finding, write the outputs
 * `errors` and `warnings` and a job summary table, and fail (exit 1) when there are errors.
 *
 * Findings are emitted as explicit `::error file=...` commands rather than through the problem
 * matcher in actions/validate/: explicit commands carry the rule id as the title and survive
 * messages with colons; registering the matcher as well would annotate every finding twice.
 */






/**
 * What validate leaves of the step's summary budget when another writer follows it in the same
 * step (plan, drift, apply): half, so the plan always has room for its counts and first changes.
 */
const LEAVE_FOR_NEXT_WRITER = { leaveBytes: 500_000 };
async function runValidateAction(settings, logger, env, share = {}) {
    return (await validateAndReport(settings, logger, env, share)).gate;
}
/**
 * The validate action's work, also the first stage of the plan and drift actions: besides the
 * gate's result it returns the validation, so the job that follows in the same step does not
 * validate again. `share` says how much of the step's summary budget to leave to the writers after it.
 */
async function validateAndReport(settings, logger, env, share = {}) {
    const { run } = settings;
    const result = await (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .withGroup */ .I1)(logger, `Validating ${settings.configDir}`, async () => {
        // Relative to the step's working directory; unchanged when that is this process's cwd.
        const r = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(run.cwd, settings.configDir)) || '.');
        logger.info(`${r.desired.guests.length} guests, ${r.errors} errors, ${r.warnings} warnings in ${settings.configDir}`);
        return r;
    });
    const findings = result.diagnostics.map((d) => (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationFromDiagnostic */ .Jl)(d, { workspace: run.workspace, cwd: run.cwd }));
    for (const a of findings)
        logger.annotate(a);
    (0,_runner_files_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n0)(env, { errors: result.errors, warnings: result.warnings });
    (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .writeStepSummary */ .oG)(env, (budgetBytes) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderValidationSummary */ .mn)({
        configDir: settings.configDir,
        guests: result.desired.guests.length,
        errors: result.errors,
        warnings: result.warnings,
        findings,
        links: { serverUrl: run.serverUrl, repository: run.repository, sha: run.headSha },
        budgetBytes,
    }), share);
    const failed = result.errors > 0 || (settings.failOnWarnings && result.warnings > 0);
    if (failed) {
        const why = result.errors > 0
            ? `${result.errors} error(s)`
            : `${result.warnings} warning(s) and fail-on-warnings is set`;
        logger.info(`Validation failed: ${why}.`);
    }
    return {
        gate: { errors: result.errors, warnings: result.warnings, exitCode: failed ? 1 : 0 },
        validation: result,
    };
}


/***/ })

};
