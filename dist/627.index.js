export const id = 627;
export const ids = [627];
export const modules = {

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XH: () => (/* binding */ resolveIdentity),
/* harmony export */   gK: () => (/* binding */ upsertPlanComment),
/* harmony export */   iv: () => (/* binding */ findPlanComment),
/* harmony export */   yW: () => (/* binding */ withPlanStatus)
/* harmony export */ });
/* unused harmony exports ACTIONS_BOT_LOGIN, isOwnPlanComment, pickPlanComment */
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6646);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3074);
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

/***/ 3074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   wV: () => (/* binding */ apiUrlFrom)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, repoName */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
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

/***/ 7731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ws: () => (/* binding */ readEventContext)
/* harmony export */ });
/* unused harmony exports parsePullRequest, parseEventContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3074);
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

/***/ 2935:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_cell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4542);
/* harmony import */ var _render_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9519);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8531);
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

/***/ 2072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ LEAVE_FOR_NEXT_WRITER),
/* harmony export */   q: () => (/* binding */ validateAndReport),
/* harmony export */   runValidateAction: () => (/* binding */ runValidateAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3238);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4793);
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6618);
/* harmony import */ var _runner_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8531);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2935);
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
