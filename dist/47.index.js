export const id = 47;
export const ids = [47];
export const modules = {

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStateFile: () => (/* binding */ readStateFile),
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7410);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9066);
/* harmony import */ var _proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1525);
/* harmony import */ var _plan_plan_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(435);
/* harmony import */ var _plan_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2862);
/* harmony import */ var _plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7481);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6646);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1692);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(893);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7593);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2654);
/**
 * `phoenix plan [--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR)
 *   [--format text|markdown|json] [--out FILE] [--allow-rebuild] [--sha SHA]
 *   [--identity FILE] [--known-hosts FILE] [--fingerprint SHA256:...] [--allow-invalid]`
 *
 * `--allow-invalid` plans a config that fails validation (diagnostics still printed), e.g. the
 * upstream estates, whose scripts are not part of the fixtures.
 *
 * Validates, gets the live state (read from a target, a recorded state file, or, with no recorded
 * state, the base branch's config), plans and renders. Exit 0 when the plan succeeded (with or
 * without changes), 1 when the config is invalid or the plan is errored, 2 on usage or I/O errors.
 */













/** Read and minimally check a recorded live-state document. */
async function readStateFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot read state file ${path}: ${err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u)(err)}`, 2);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: not a state file (invalid JSON: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u)(err)})`, 2);
    }
    const v = value;
    if (!v || typeof v !== 'object' || Array.isArray(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: not a state file (expected a JSON object)`, 2);
    if (v.version !== _proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__/* .LIVE_STATE_VERSION */ .O) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: state version ${JSON.stringify(v.version)} is not supported (expected ${_proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__/* .LIVE_STATE_VERSION */ .O})`, 2);
    }
    if (!Array.isArray(v.guests))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: not a state file (no guests list)`, 2);
    for (const [i, g] of v.guests.entries()) {
        if (!g || typeof g !== 'object' || typeof g.id !== 'number' || (g.kind !== 'lxc' && g.kind !== 'qemu')) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`${path}: guests[${i}] needs a numeric id and kind lxc or qemu`, 2);
        }
    }
    return {
        version: _proxmox_live_state_js__WEBPACK_IMPORTED_MODULE_11__/* .LIVE_STATE_VERSION */ .O,
        readAt: typeof v.readAt === 'string' ? v.readAt : '',
        target: typeof v.target === 'string' ? v.target : path,
        nodes: Array.isArray(v.nodes) ? v.nodes : [],
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
    };
}
/** Read the live state of a target through the host layer (loaded only when needed). */
async function readTarget(target, values, io) {
    const { readLiveState, StateReadError } = await Promise.all(/* import() */[__webpack_require__.e(36), __webpack_require__.e(460)]).then(__webpack_require__.bind(__webpack_require__, 2460));
    const transport = await (0,_target_options_js__WEBPACK_IMPORTED_MODULE_10__/* .openTarget */ .Ap)('plan', values, io);
    try {
        return await readLiveState(transport);
    }
    catch (err) {
        if (err instanceof StateReadError)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot read the state of ${target}: ${err.message}`, 2);
        throw err;
    }
    finally {
        await transport.close();
    }
}
function render(p, format, color, sha) {
    if (format === 'json')
        return (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_2__/* .serializePlan */ .S1)(p);
    if (format === 'markdown')
        return (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdown */ .Gc)(p, { sha });
    return (0,_render_text_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S)(p, { color });
}
async function runPlan(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Qx)('plan', argv, {
        'config-dir': { type: 'string', default: 'config' },
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_10__/* .TARGET_OPTIONS */ .FG,
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_10__/* .AUDIT_OPTION */ .my,
        state: { type: 'string' },
        'base-config-dir': { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'allow-rebuild': { type: 'boolean', default: false },
        'allow-invalid': { type: 'boolean', default: false },
        sha: { type: 'string' },
    });
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'format');
    if (!['text', 'markdown', 'json'].includes(format)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`--format must be text, markdown or json, got '${format}'`, 2);
    }
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'target');
    const state = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'state');
    const base = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'base-config-dir');
    const sources = [target, state, base].filter((s) => s !== undefined).length;
    if (sources !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y('give exactly one of --target URL, --state FILE or --base-config-dir DIR', 2);
    }
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'config-dir');
    const result = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)(dir);
    if (result.errors > 0) {
        for (const d of result.diagnostics)
            io.stderr((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_12__/* .formatDiagnostic */ .xy)(d) + '\n');
        const count = `${result.errors} error${result.errors === 1 ? '' : 's'}`;
        if (values['allow-invalid'] !== true) {
            io.stderr(`${dir}: the config is invalid (${count}); fix it before planning\n`);
            return 1;
        }
        io.stderr(`${dir}: the config is invalid (${count}); planning anyway (--allow-invalid)\n`);
    }
    const scriptHashes = await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .hashScripts */ .Z)(dir, result.desired);
    const options = { allowRebuild: values['allow-rebuild'] === true, scriptHashes };
    let p;
    if (base !== undefined) {
        const old = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)(base);
        const oldHashes = await (0,_plan_script_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .hashScripts */ .Z)(base, old.desired);
        p = (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .planConfigDiff */ .p)(result.desired, old.desired, { ...options, oldScriptHashes: oldHashes });
    }
    else {
        const live = state !== undefined ? await readStateFile(state) : await readTarget(target, values, io);
        p = (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .plan */ .e)(result.desired, live, options);
    }
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'out');
    const text = render(p, format, io.isTTY && out === undefined, (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOpt */ .rJ)(values, 'sha'));
    if (out !== undefined) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, text);
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .y(`cannot write ${out}: ${err.code ?? (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u)(err)}`, 2);
        }
        io.stderr(`${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .headline */ .Pl)((0,_render_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .countPlan */ .RF)(p))}${p.errored ? ` Planning failed with ${p.errors.length} error(s).` : ''} Plan written to ${out}.\n`);
    }
    else {
        io.stdout(text);
    }
    if (p.errored && !(format === 'text' && out === undefined)) {
        for (const e of p.errors)
            io.stderr(`error: ${e.address ? `${e.address}: ` : ''}${e.message}\n`);
    }
    return p.errored ? 1 : 0;
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ openTarget),
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   my: () => (/* binding */ AUDIT_OPTION)
/* harmony export */ });
/* unused harmony export TARGET_HELP */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);


const TARGET_OPTIONS = {
    target: { type: 'string' },
    identity: { type: 'string' },
    'known-hosts': { type: 'string' },
    fingerprint: { type: 'string' },
};
const AUDIT_OPTION = { 'audit-log': { type: 'string' } };
const TARGET_HELP = 'sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]';
/** The `--target` value, or a usage error naming the command. */
function requireTarget(command, values) {
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${command} needs --target URL (${TARGET_HELP})`, 2);
    return target;
}
/** Opens the transport for `--target` (wrapped in the audit log when `--audit-log` is given). */
async function openTarget(command, values, io) {
    const target = requireTarget(command, values);
    const { createTransport } = await __webpack_require__.e(/* import() */ 541).then(__webpack_require__.bind(__webpack_require__, 9541));
    const transport = await createTransport(target, {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
    });
    const audit = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'audit-log');
    if (!audit)
        return transport;
    const { withAudit } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 240));
    return withAudit(transport, audit);
}


/***/ }),

/***/ 1047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getPlanSettings: () => (/* reexport */ getPlanSettings),
  runPlanAction: () => (/* binding */ runPlanAction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/validate.ts + 5 modules
var validate = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(435);
// EXTERNAL MODULE: ./src/plan/planner.ts + 2 modules
var planner = __webpack_require__(2862);
// EXTERNAL MODULE: ./src/plan/script-hashes.ts
var script_hashes = __webpack_require__(7481);
// EXTERNAL MODULE: ./src/render/markdown.ts + 1 modules
var markdown = __webpack_require__(6646);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/github/comment.ts
var comment = __webpack_require__(7318);
// EXTERNAL MODULE: ./src/github/github-client.ts
var github_client = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/github/logger.ts
var github_logger = __webpack_require__(2231);
// EXTERNAL MODULE: ./src/cli/commands/plan.ts
var plan = __webpack_require__(1754);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(1432);
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

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/github/state-artifact.ts
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
        files = (0,esm/* unzipSync */.AO)(zip, {
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
            live: await (0,plan.readStateFile)(settings.stateFile),
        };
    }
    if (!client || !event.repository)
        return undefined;
    const defaultBranch = event.defaultBranch ?? 'main';
    let download;
    try {
        download = await downloadStateArtifact(client, event.repository, {
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
        const live = await (0,plan.readStateFile)(file);
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
    let dir = settings.baseConfigDir;
    let desired;
    let what;
    if (dir) {
        desired = (await (0,validate/* validateConfigDir */.cz)(dir)).desired;
        what = `the config in ${dir}`;
    }
    else {
        const pr = event.pullRequest;
        const ref = pr?.baseSha ?? pr?.baseRef ?? event.defaultBranch;
        if (!ref)
            throw new errors/* UserError */.y('cannot tell the base branch to compare with (no pull request and no default branch in the event)', 2);
        const repoDir = repoRelativeDir(settings.configDir, settings.run.workspace, settings.run.cwd);
        const target = (0,external_node_path_.join)(workDir, 'base-config');
        let base;
        try {
            base = await fetchBaseConfig({
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
        dir = base.dir;
        desired = base.desired;
        what = base.empty
            ? `the base branch (${label}), which has no config in ${repoDir}: every guest is new`
            : `the base branch's config (${label}, read via ${base.via === 'git' ? 'the local clone' : 'the contents API'})`;
        logger.info(`Comparing with ${what}.`);
    }
    const scriptHashes = desired ? await (0,script_hashes/* hashScripts */.Z)(dir, desired) : {};
    return {
        kind: 'config-diff',
        description: `no recorded state: compared with ${what}`,
        // No config at the base: the same settings with no guests, so every guest plans as new.
        base: { desired: desired ?? { ...current, guests: [] }, scriptHashes },
    };
}
/** The recorded state when there is a usable one, else the base branch's config. */
async function findBasis(workDir, current, settings, event, client, logger) {
    return ((await recordedState(workDir, settings, event, client, logger)) ??
        (await configDiffBasis(workDir, current, settings, event, client, logger)));
}

// EXTERNAL MODULE: ./src/github/pr-context.ts
var pr_context = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/github/runner-files.ts
var runner_files = __webpack_require__(8531);
// EXTERNAL MODULE: ./src/github/validate-action.ts
var validate_action = __webpack_require__(2072);
// EXTERNAL MODULE: ./src/github/inputs.ts
var inputs = __webpack_require__(5446);
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
        stateArtifact: (0,inputs/* getOptionalInput */.lI)(env, 'state-artifact') ?? STATE_ARTIFACT_NAME,
        stateFile: stateFile === undefined ? undefined : (0,external_node_path_.resolve)(cwd, stateFile),
        baseConfigDir: baseConfigDir === undefined ? undefined : (0,external_node_path_.resolve)(cwd, baseConfigDir),
        allowRebuild: (0,inputs/* getBooleanInput */.Vt)(env, 'allow-rebuild', false),
        planArtifact: (0,inputs/* getOptionalInput */.lI)(env, 'plan-artifact') ?? 'phoenix-plan',
        outDir: (0,external_node_path_.resolve)(cwd, overrides.outDir ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'phoenix-plan')),
        run: (0,inputs/* getRunContext */.DI)(env, cwd),
    };
}

;// CONCATENATED MODULE: ./src/github/plan-action.ts
/**
 * The plan action for pull requests: validate, get a basis to plan against, plan, then report in
 * three places: the sticky PR comment (edited in place on every push), the job summary, and the
 * plan JSON in a folder the composite uploads as the `phoenix-plan` artifact. Outputs: has-changes,
 * to-create, to-change, to-destroy, plan-hash, basis, plan-dir, comment-url.
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
    return (0,github_logger/* withGroup */.I1)(logger, `Plan comment on #${pr.number}`, async () => {
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
async function runPlanAction(settings, logger, env) {
    const client = settings.token ? (0,github_client/* createGitHubClient */.LX)({ token: settings.token, env }) : undefined;
    await (0,promises_.mkdir)(settings.outDir, { recursive: true });
    // Downloads and the base config go here, not into outDir, which is uploaded as the plan artifact.
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'phoenix-plan-work-'));
    try {
        return await planAndReport(settings, logger, env, client, workDir);
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
async function planAndReport(settings, logger, env, client, workDir) {
    const { run } = settings;
    const event = (0,pr_context/* readEventContext */.ws)(env);
    const sha = event.sha ?? run.headSha ?? '';
    const link = runUrl(run, env);
    const fork = event.pullRequest?.fork ?? false;
    const validation = await (0,validate_action.runValidateAction)({ configDir: settings.configDir, failOnWarnings: false, run }, logger, env);
    if (validation.exitCode !== 0) {
        const { comment } = await tryComment(settings, event, client, invalidConfigBody(sha, validation.errors, link), logger);
        (0,runner_files/* setOutputs */.n0)(env, {
            'has-changes': false,
            'to-create': 0,
            'to-change': 0,
            'to-destroy': 0,
            'plan-hash': '',
            basis: '',
            'plan-dir': '',
            'comment-url': urlOf(comment),
        });
        (0,runner_files/* appendStepSummary */.Jc)(env, `\n## Phoenix plan\n\nNo plan: the configuration is invalid.\n\n${commentLine(comment, fork)}\n`);
        return { exitCode: 1, comment };
    }
    const configDir = (0,external_node_path_.resolve)(run.cwd, settings.configDir);
    const { desired } = await (0,validate/* validateConfigDir */.cz)(configDir);
    const scriptHashes = await (0,script_hashes/* hashScripts */.Z)(configDir, desired);
    const basis = await (0,github_logger/* withGroup */.I1)(logger, 'Finding the state to plan against', async () => {
        const b = await findBasis(workDir, desired, settings, event, client, logger);
        logger.info(`Basis: ${b.description}.`);
        return b;
    });
    const plan = await (0,github_logger/* withGroup */.I1)(logger, 'Planning', async () => {
        const options = { allowRebuild: settings.allowRebuild, scriptHashes };
        const p = basis.live
            ? (0,planner/* plan */.e)(desired, basis.live, options)
            : (0,planner/* planConfigDiff */.p)(desired, basis.base.desired, {
                ...options,
                oldScriptHashes: basis.base.scriptHashes,
            });
        logger.info(`${(0,summary/* headline */.Pl)((0,summary/* countPlan */.RF)(p))} Plan ${p.hash}.`);
        for (const e of p.errors)
            logger.error(`${e.address ? `${e.address}: ` : ''}${e.message}`);
        for (const w of p.warnings)
            logger.warning(`${w.address ? `${w.address}: ` : ''}${w.message}`);
        return p;
    });
    const pointer = `${link ? `the [job summary](${link})` : 'the job summary'} and the \`${settings.planArtifact}\` artifact`;
    const body = (0,markdown/* renderMarkdown */.Gc)(plan, { sha, fullPlanPointer: pointer });
    await (0,promises_.writeFile)((0,external_node_path_.join)(settings.outDir, 'plan.json'), (0,plan_file/* serializePlan */.S1)(plan));
    await (0,promises_.writeFile)((0,external_node_path_.join)(settings.outDir, 'plan.md'), body);
    // A GitHub outage while commenting must not hide the plan: report it, keep the summary, fail the step.
    const { comment, failed } = await tryComment(settings, event, client, body, logger);
    writeResults(settings, env, plan, basis, comment, sha, fork);
    return { exitCode: plan.errored || failed ? 1 : 0, plan, basis, comment };
}
const urlOf = (c) => c.action === 'created' || c.action === 'updated' || c.action === 'unchanged' ? c.comment.htmlUrl : '';
function writeResults(settings, env, plan, basis, comment, sha, fork) {
    const counts = (0,summary/* countPlan */.RF)(plan);
    (0,runner_files/* setOutputs */.n0)(env, {
        'has-changes': (0,summary/* hasChanges */.ik)(counts),
        'to-create': counts.create,
        'to-change': counts.change,
        'to-destroy': counts.destroy,
        'plan-hash': plan.hash,
        basis: basis.kind,
        'plan-dir': settings.outDir,
        'comment-url': urlOf(comment),
    });
    const where = [
        `- Basis: ${basis.description}.`,
        `- ${commentLine(comment, fork)}`,
        `- The plan file is in the \`${settings.planArtifact}\` artifact (plan.json, hash \`${plan.hash}\`).`,
    ].join('\n');
    (0,runner_files/* appendStepSummary */.Jc)(env, `\n${(0,markdown/* renderJobSummary */.qE)(plan, { sha })}\n${where}\n`);
}


/***/ }),

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);

const CODES = { green: 32, yellow: 33, red: 31, cyan: 36, dim: 2, bold: 1 };
function renderText(plan, options = {}) {
    const paint = (c, s) => (options.color ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
    const actionColour = (c) => c.action === 'create' || c.action === 'clone'
        ? 'green'
        : c.action === 'update'
            ? 'yellow'
            : c.action === 'no-op'
                ? 'dim'
                : 'red';
    const out = [];
    const where = plan.meta.target
        ? ` (${plan.meta.target}${plan.meta.readAt ? `, read ${plan.meta.readAt}` : ''})`
        : '';
    out.push(plan.basis === 'config-diff'
        ? paint('yellow', 'Note: no recorded host state; planned against the base config, not the host.')
        : paint('dim', `Planned against the live state${where}.`), '');
    for (const c of plan.changes) {
        if (c.action === 'no-op' && !options.verbose)
            continue;
        const symbol = _summary_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SYMBOL */ .yo[c.action].trim() || '=';
        out.push(`${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .label */ .Pf)(c))} ${c.name}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAction */ .u7)(c)}`);
        for (const r of c.reasons)
            out.push(paint('dim', `      # ${r}`));
        for (const d of c.diffs) {
            const effect = d.effect === 'live' ? '' : paint('yellow', ` (${d.effect})`);
            const note = d.note ? paint('dim', ` [${d.note}]`) : '';
            if (d.from !== undefined && d.to !== undefined)
                out.push(`      ~ ${d.key}: ${paint('red', d.from)} -> ${paint('green', d.to)}${effect}${note}`);
            else if (d.to !== undefined)
                out.push(`      ${paint('green', '+')} ${d.key}: ${d.to}${effect}${note}`);
            else
                out.push(`      ${paint('red', '-')} ${d.key}: ${d.from}${effect}${note}`);
        }
        if (c.steps.length)
            out.push(paint('dim', `      steps: ${c.steps.map(_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .describeStep */ .Ey).join(' -> ')}`));
        out.push('');
    }
    if (plan.layers.length) {
        out.push(paint('bold', 'Order') + ' (guests on one line can run in parallel):');
        plan.layers.forEach((layer, i) => {
            const shown = layer.slice(0, 20).join(', ');
            out.push(`  ${String(i + 1).padStart(2)}: ${shown}${layer.length > 20 ? `, ... (${layer.length} in all)` : ''}`);
        });
        out.push('');
    }
    for (const h of plan.hypervisor)
        out.push(`${paint('yellow', 'host:')} ${h.message} (used by ${h.usedBy.join(', ')})`);
    for (const r of plan.retained)
        out.push(`${paint('cyan', 'kept:')} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .label */ .Pf)(r)} ${r.name}: ${r.reason}`);
    if (plan.unmanaged.length) {
        const list = plan.unmanaged.slice(0, 30).map((u) => `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .label */ .Pf)(u)}${u.name ? ` ${u.name}` : ''}`);
        out.push(`${paint('cyan', 'unmanaged (left alone):')} ${list.join(', ')}${plan.unmanaged.length > 30 ? `, ... (${plan.unmanaged.length})` : ''}`);
    }
    if (plan.hypervisor.length || plan.retained.length || plan.unmanaged.length)
        out.push('');
    for (const w of plan.warnings)
        out.push(`${paint('yellow', 'warning:')} ${w.address ? `${w.address}: ` : ''}${w.message}`);
    for (const e of plan.errors)
        out.push(`${paint('red', 'error:')} ${e.address ? `${e.address}: ` : ''}${e.message}`);
    if (plan.warnings.length || plan.errors.length)
        out.push('');
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .headline */ .Pl)((0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .countPlan */ .RF)(plan));
    out.push(plan.errored
        ? paint('red', `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`)
        : paint('bold', head));
    out.push(paint('dim', `Plan hash ${plan.hash}`));
    return out.join('\n') + '\n';
}


/***/ })

};
