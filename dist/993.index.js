export const id = 993;
export const ids = [993];
export const modules = {

/***/ 55993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getApplySettings: () => (/* reexport */ apply_settings/* getApplySettings */.s$),
  runApplyAction: () => (/* binding */ runApplyAction)
});

// UNUSED EXPORTS: commentUpdate

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/apply/report.ts
var report = __webpack_require__(71400);
// EXTERNAL MODULE: ./src/jobs/apply-job.ts + 13 modules
var apply_job = __webpack_require__(60089);
// EXTERNAL MODULE: ./src/config/secret-refs.ts
var secret_refs = __webpack_require__(38131);
// EXTERNAL MODULE: ./src/plan/state-file.ts
var state_file = __webpack_require__(17945);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/logger.ts
var util_logger = __webpack_require__(96618);
// EXTERNAL MODULE: ./src/github/artifact-upload.ts
var artifact_upload = __webpack_require__(32779);
// EXTERNAL MODULE: ./src/plan/canonical.ts
var canonical = __webpack_require__(34917);
;// CONCATENATED MODULE: ./src/plan/intents.ts
/**
 * Canonical intents of a plan: what it would change, one item per (guest, operation, field, target
 * value), independent of how the work is split into steps or which guests are already done. Apply
 * holds a fresh plan to the reviewed ones by containment: every intent of the fresh plan must be in
 * the union of the reviewed plans' intents. A re-plan after a half-way failure (finished guests
 * drop out, a created guest now only needs `configure`) and a plan that covers several merged pull
 * requests are then still recognised, while any change nobody reviewed is not. Pure.
 *
 * Create and configure both yield `set` intents per config key, so a guest created half-way and
 * re-planned as an update is contained in its reviewed create. Steps that change nothing by
 * themselves (waiting for the agent, health checks, the done-record, safety snapshots) carry no
 * intent.
 */

/** One line per intent, the form used for sets and in messages: `ct/950 set memory = 4096`. */
function intentKey(i) {
    return `${i.guest} ${i.op}${i.field ? ` ${i.field}` : ''}${i.value ? ` = ${i.value}` : ''}`;
}
function stepIntents(guest, step) {
    const it = (op, field = '', value = '') => ({ guest, op, field, value });
    const sets = (config) => Object.keys(config)
        .sort()
        .map((k) => it('set', k, config[k]));
    switch (step.op) {
        case 'destroy':
            // Destroying a running guest stops it first: a guest found running was not what was reviewed.
            return [it('destroy', '', (step.running ? 'running' : '') + (step.incomplete ? ' incomplete' : ''))];
        case 'unlock':
            return [it('unlock', '', step.lock)];
        case 'create':
            return [
                it('create', 'source', step.source),
                ...(step.download ? [it('create', 'download', step.source)] : []),
                it('create', 'storage', `${step.storage}:${step.diskGb}`),
                ...sets(step.config),
                ...(step.lxcRaw.length ? [it('lxc-raw', '', step.lxcRaw.join('\n'))] : []),
            ];
        case 'clone':
            return [
                it('clone', 'source', `${step.source}${step.snapshot ? `@${step.snapshot}` : ''}`),
                it('clone', 'storage', step.storage),
                it('clone', 'name', step.name),
                ...(step.target ? [it('clone', 'target', step.target)] : []),
            ];
        case 'migrate':
            return [it('migrate', 'node', step.to)];
        case 'configure':
            return [
                ...sets(step.set),
                ...[...step.delete].sort().map((k) => it('delete', k)),
                ...(step.lxcRaw ? [it('lxc-raw', '', step.lxcRaw.join('\n'))] : []),
            ];
        case 'resize':
            return [it('resize', step.disk, step.size)];
        case 'move-volume':
            return [it('move-volume', step.disk, step.storage)];
        case 'backup':
            // Which storage takes it is a host fact a config-to-config plan cannot know.
            return [it('backup', '', [...step.volumes].sort().join(','))];
        case 'destroy-volume':
            return [it('destroy-volume', step.key, step.volume)];
        case 'park-volumes':
            // Handing a volume away (by its id now) and the snapshots deleted for it must be reviewed.
            return [
                it('keep-volume', 'holder', String(step.holder)),
                ...(step.remake ? [it('keep-volume', 'remake-holder', String(step.holder))] : []),
                ...(step.deleteSnapshots.length
                    ? [it('keep-volume', 'delete-snapshots', [...step.deleteSnapshots].sort().join(','))]
                    : []),
                ...step.volumes.map((v) => it('keep-volume', `from ${v.from}`, v.volume)),
            ];
        case 'unpark-volumes':
            // The parked volume's id changes with the hand-over: its slot and path identify it.
            return [
                it('keep-volume', 'holder', String(step.holder)),
                ...step.volumes.map((v) => it('keep-volume', `to ${v.to}`, v.mountPath ?? '')),
            ];
        case 'firewall':
            return [it('firewall', '', (0,canonical/* canonicalJson */.dj)({ enabled: step.enabled, rules: step.rules }))];
        case 'start':
        case 'stop':
        case 'restart':
            return [it('power', '', step.op)];
        case 'feature':
            return [it('feature', step.name, step.hash)];
        case 'app-script':
            return [it('app-script', step.script, step.hash)];
        case 'snapshot':
            // A replaced snapshot is deleted first: that deletion must have been reviewed too.
            return step.purpose === 'template'
                ? [it('snapshot', step.name)]
                : [it('snapshot', step.name, step.replace ? 'replace' : '')];
        case 'template':
            return [it('template', '', [...(step.deleteSnapshots ?? [])].sort().join(','))];
        case 'health-check':
            // It runs a command inside the guest.
            return [
                it('health-check', '', (0,canonical/* canonicalJson */.dj)({ command: step.command, retries: step.retries, interval: step.interval })),
            ];
        case 'test':
            // A test runs a script inside the guest; whether it may fail the guest is reviewed too.
            return [it('test', step.script, `${step.hash}${step.blocking ? '' : ' non-blocking'}`)];
        case 'wait-agent':
        case 'record':
            return [];
    }
}
/** The intents of one guest's change (none for a no-op). */
function changeIntents(change) {
    if (change.action === 'no-op')
        return [];
    const out = change.steps.flatMap((s) => stepIntents(change.address, s));
    const runsScripts = change.steps.some((s) => s.op === 'feature' || s.op === 'app-script');
    if (runsScripts && change.scriptInputHash)
        out.push({ guest: change.address, op: 'script-input', field: '', value: change.scriptInputHash });
    return out;
}
/** Every intent of a plan, deduplicated, in plan order. */
function planIntents(plan) {
    const seen = new Set();
    const out = [];
    for (const c of plan.changes) {
        for (const i of changeIntents(c)) {
            const key = intentKey(i);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(i);
        }
    }
    return out;
}
/** The intents of `fresh` that none of the `reviewed` plans holds (empty: `fresh` is covered). */
function unreviewedIntents(fresh, reviewed) {
    const union = new Set(reviewed.flatMap((p) => planIntents(p).map(intentKey)));
    return planIntents(fresh).filter((i) => !union.has(intentKey(i)));
}

// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(70435);
// EXTERNAL MODULE: ./src/render/markdown.ts + 4 modules
var markdown = __webpack_require__(95549);
// EXTERNAL MODULE: ./src/github/comment.ts
var github_comment = __webpack_require__(47318);
// EXTERNAL MODULE: ./src/github/plan-comment-body.ts
var plan_comment_body = __webpack_require__(72681);
// EXTERNAL MODULE: ./src/github/state-artifact.ts
var state_artifact = __webpack_require__(42941);
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
 *
 * Apply does not need the fresh plan to equal one reviewed plan: `collectReviews` takes every pull
 * request merged since the last successful apply (the recorded state's `appliedCommit` up to the
 * pushed commit), and `unreviewedChanges` lets the fresh plan through when each of its intents
 * (plan/intents.ts) is in the union of their reviewed plans. The reviewed plans come from each
 * pull request's plan artifact (`phoenix-plan`, plan.json of the run for the commented head), and
 * count only when their hash is the one in our comment: the comment cannot carry the intents of a
 * big plan (60 KB against megabytes), the artifact already is the exact plan, and the comment's
 * hash authenticates it.
 *
 * Forgery: a comment counts only when its body hashes to the body hash in its header (an edited
 * table does not), and its plan only when the artifact's plan, re-rendered with the plan action's
 * renderer (plan-comment-body.ts), is that body: the table the reviewers saw is the plan that runs.
 * Without a usable artifact (expired, never uploaded, another plan, another table) a pull request
 * has no reviewed plan, and apply refuses every change only it would have covered, naming it.
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
    return reviewOfPull(client, repo, pull, identity);
}
/** The review on one merged pull request: our plan comment, its header and basis. */
async function reviewOfPull(client, repo, pull, identity) {
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
    const altered = (0,plan_comment_body/* bodyHashProblem */.wx)(comment.body, header, pull.number);
    if (altered)
        return { kind: 'unreviewed', ...ctx, reason: altered };
    const staleNote = header.sha && pull.headSha && header.sha !== pull.headSha
        ? `the plan comment was made for ${header.sha.slice(0, 7)}, but the pull request's last commit is ${pull.headSha.slice(0, 7)}`
        : undefined;
    return { kind: 'reviewed', pull, comment, header, identity, staleNote };
}
const newestFirst = (a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id - a.id;
/** The reviewed plan of a pull request from its plan artifact, checked against the comment's hash. */
async function fetchReviewedPlan(client, repo, review, artifacts, o) {
    const { header, comment } = review;
    const candidates = artifacts
        .filter((a) => a.name === o.name &&
        !a.expired &&
        header.sha !== '' &&
        a.workflowRun?.headSha === header.sha &&
        (o.repositoryId === undefined || a.workflowRun.headRepositoryId === o.repositoryId))
        .sort(newestFirst);
    const problems = [];
    for (const a of candidates.slice(0, 3)) {
        try {
            const text = (0,state_artifact/* extractFile */.AD)(await client.downloadArtifact(repo, a.id), 'plan.json');
            if (text === undefined) {
                problems.push(`artifact ${a.id} holds no plan.json`);
                continue;
            }
            const plan = (0,plan_file/* parsePlan */.vS)(text, `artifact ${a.id}`);
            if (plan.hash === header.hash) {
                const differs = (0,plan_comment_body/* renderedBodyProblem */.Fb)(comment.body, (0,plan_comment_body/* renderPlanComment */.zk)(plan, { sha: header.sha, artifactName: o.name }));
                if (!differs)
                    return { plan };
                problems.push(`artifact ${a.id} holds the reviewed plan hash, but ${differs}`);
                continue;
            }
            problems.push(`artifact ${a.id} holds plan ${plan.hash.slice(0, 12)}, not the reviewed one`);
        }
        catch (err) {
            problems.push((0,errors/* getErrorMessage */.u)(err));
        }
    }
    return {
        note: candidates.length === 0
            ? `no '${o.name}' artifact of its plan run at ${header.sha.slice(0, 7)} was found (expired or not uploaded)`
            : problems.join('; '),
    };
}
/**
 * Every pull request merged after `since` up to `head`, each with its review and reviewed plan.
 * Without `since`, or when the history cannot be compared, only the pushed commit's pull request.
 */
async function collectReviews(client, repo, o) {
    const notes = [];
    const pulls = [];
    if (!o.since)
        notes.push('the recorded state names no applied commit, so only this commit is covered');
    else if (o.since.toLowerCase() !== o.head.toLowerCase()) {
        try {
            const max = o.maxCommits ?? 200;
            const { shas, total } = await client.commitsBetween(repo, o.since, o.head, max);
            if (total > shas.length)
                notes.push(`only the first ${shas.length} of ${total} commits since ${o.since.slice(0, 7)} were looked at`);
            for (const sha of shas) {
                if (sha.toLowerCase() === o.head.toLowerCase())
                    continue;
                const pull = mergedPullFor(await client.pullRequestsForCommit(repo, sha), sha);
                if (pull && !pulls.some((p) => p.pull.number === pull.number))
                    pulls.push({ pull, review: await reviewOfPull(client, repo, pull, o.identity) });
            }
        }
        catch (err) {
            notes.push(`the commits since ${o.since.slice(0, 7)} could not be listed (${(0,errors/* getErrorMessage */.u)(err)}), so only this commit is covered`);
        }
    }
    const head = o.headReview.pull;
    if (head && !pulls.some((p) => p.pull.number === head.number))
        pulls.push({ pull: head, review: o.headReview });
    const reviewed = pulls.filter((p) => p.review.kind === 'reviewed');
    const artifacts = reviewed.length ? await client.listArtifacts(repo, o.planArtifact) : [];
    const covered = [];
    for (const p of pulls) {
        if (p.review.kind !== 'reviewed') {
            covered.push(p);
            continue;
        }
        const { plan, note } = await fetchReviewedPlan(client, repo, p.review, artifacts, {
            name: o.planArtifact,
            repositoryId: o.repositoryId,
        });
        covered.push({ ...p, plan, planNote: note });
    }
    return { since: o.since, covered, notes };
}
/**
 * The fresh plan's changes that no covered pull request reviewed, one line each (empty: apply may
 * go ahead). Only plans checked against their artifact count (fetchReviewedPlan).
 */
function unreviewedChanges(fresh, set) {
    const reviewed = set.covered.filter((c) => c.review.kind === 'reviewed');
    if (reviewed.some((c) => c.plan && c.plan.hash === fresh.hash))
        return [];
    const plans = reviewed.flatMap((c) => (c.plan ? [c.plan] : []));
    const lines = unreviewedIntents(fresh, plans).map(intentKey);
    if (lines.length === 0)
        return [];
    const missing = reviewed
        .filter((c) => !c.plan)
        .map((c) => `(#${c.pull.number}'s reviewed plan was not usable: ${c.planNote ?? 'unknown'})`);
    const unrev = set.covered
        .filter((c) => c.review.kind === 'unreviewed')
        .map((c) => `(#${c.pull.number} has no reviewed plan: ${c.review.kind === 'unreviewed' ? c.review.reason : ''})`);
    return [...lines, ...missing, ...unrev, ...set.notes.map((n) => `(${n})`)];
}

;// CONCATENATED MODULE: ./src/github/apply-covered.ts
/**
 * What apply does with the pull requests merged since the last successful apply: collect them
 * with their reviewed plans (the recorded state's applied commit up to the pushed commit), give
 * each earlier one's comment its status after the run (applied together with, failed with, or
 * superseded by the pushed commit's pull request), and record the applied commit in the state
 * file the run uploads (kept at the last successful one when this run did not succeed).
 */





/**
 * The recorded applied commit and the covered pull requests. When GitHub could not say, only the
 * pushed commit's pull request, without a plan (so apply refuses, saying why).
 */
async function coveredReviews(client, repo, sha, headReview, settings, event, logger) {
    try {
        const since = event.defaultBranch
            ? (await (0,state_artifact/* findAppliedCommit */.e$)(client, repo, {
                name: state_artifact/* STATE_ARTIFACT_NAME */.Ll,
                defaultBranch: event.defaultBranch,
                repositoryId: event.repositoryId,
            })).commit
            : undefined;
        const set = await collectReviews(client, repo, {
            head: sha,
            headReview,
            since,
            identity: headReview.identity ?? { login: headReview.comment.author, source: 'configured' },
            planArtifact: settings.planArtifact,
            repositoryId: event.repositoryId,
        });
        logger.info(`Last successful apply: ${since ? since.slice(0, 7) : 'not recorded'}. Covered: ` +
            set.covered
                .map((c) => c.review.kind !== 'reviewed'
                ? `#${c.pull.number} (no reviewed plan: ${c.review.reason})`
                : `#${c.pull.number} (plan ${c.review.header.hash.slice(0, 12)}${c.plan ? '' : `; ${c.planNote ?? 'plan not found'}`})`)
                .join(', ') +
            '.');
        for (const n of set.notes)
            logger.info(`Note: ${n}.`);
        return set;
    }
    catch (err) {
        // Without the plan artifact the comment proves nothing (forgery-proof review): no plan counts.
        const why = `the pull requests and plan artifacts could not be read (${(0,errors/* getErrorMessage */.u)(err)})`;
        logger.warning(`Could not collect the pull requests merged since the last apply: ${why}.`);
        return {
            covered: [{ pull: headReview.pull, review: headReview, planNote: why }],
            notes: [],
        };
    }
}
const touches = (plan, reviewed) => {
    if (!plan || !reviewed)
        return false;
    const applied = new Set(plan.changes.flatMap((c) => changeIntents(c).map(intentKey)));
    return reviewed.changes.some((c) => changeIntents(c).some((i) => applied.has(intentKey(i))));
};
/** The status of an earlier pull request this run covered (its own apply was cancelled or failed). */
function coveredUpdate(status, c, head, job, o) {
    const run = o.link ? `[this run](${o.link})` : 'the apply run';
    const at = o.sha ? ` at \`${o.sha.slice(0, 7)}\`` : '';
    if (status === 'applied' && touches(job?.plan, c.plan))
        return { status: 'applied', note: `Applied together with #${head} by ${run}${at}.` };
    if (status === 'applied' || status === 'no-changes')
        return {
            status: 'superseded',
            note: `Superseded by #${head}: ${run}${at} applied the config merged up to it; nothing of this plan was left to do on its own.`,
        };
    if (status === 'failed')
        return {
            status: 'failed',
            note: `The apply of #${head} by ${run}${at}, which covers this pull request too, failed; re-run it (finished guests are not redone).`,
        };
    return undefined;
}
/** Writes the applied commit into the recorded state file (the last successful one is kept on failure). */
async function recordAppliedCommit(file, commit, logger) {
    if (!commit)
        return;
    try {
        const state = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        await (0,promises_.writeFile)(file, JSON.stringify({ ...state, appliedCommit: commit }, null, 2) + '\n');
    }
    catch (err) {
        logger.warning(`Could not record the applied commit in ${file}: ${(0,errors/* getErrorMessage */.u)(err)}`);
    }
}

// EXTERNAL MODULE: ./src/github/apply-settings.ts + 1 modules
var apply_settings = __webpack_require__(60197);
// EXTERNAL MODULE: ./src/render/cell.ts
var cell = __webpack_require__(24542);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(61692);
// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(92935);
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
        summary/* ACTION_WORD */.c9[g.action],
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
    const tests = r && (0,report/* testsLine */.M3)(r);
    if (tests) {
        const bad = (0,report/* testProblems */.LR)(r);
        facts.push(tests + (bad.length ? ` ${bad.map((l) => (0,cell/* escapeTableCell */.a)(l)).join('; ')}.` : ''));
    }
    out += facts.map((f) => `- ${f}`).join('\n') + '\n';
    const lost = input.plan ? (0,summary/* dataLossLines */.Vw)(input.plan) : [];
    if (lost.length) {
        out += `\n**Data loss**: ${lost.length} volume${lost.length === 1 ? '' : 's'} destroyed with ${lost.length === 1 ? 'its' : 'their'} data, each after a vzdump backup:\n`;
        out += lost.map((l) => `- \`${l.address}\` ${(0,cell/* escapeTableCell */.a)(l.text)}`).join('\n') + '\n';
    }
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
var github_client = __webpack_require__(53074);
// EXTERNAL MODULE: ./src/github/host-target.ts
var host_target = __webpack_require__(10751);
// EXTERNAL MODULE: ./src/github/pr-context.ts
var pr_context = __webpack_require__(57731);
// EXTERNAL MODULE: ./src/github/runner-files.ts
var runner_files = __webpack_require__(38531);
// EXTERNAL MODULE: ./src/github/validate-action.ts
var validate_action = __webpack_require__(72072);
;// CONCATENATED MODULE: ./src/github/apply-action.ts
/**
 * The apply action, on the self-hosted runner after a merge to the default branch:
 * 1. validate the config (annotations, as on the pull request);
 * 2. find the reviewed plan: the PR merged as the pushed commit and its Phoenix comment written by
 *    this token's identity (apply-review.ts); without one, refuse unless `allow-unreviewed`; then
 *    every PR merged since the recorded state's applied commit, with its reviewed plan;
 * 3. apply with the apply job (jobs/apply-job.ts), which re-plans against the live host and
 *    refuses when the fresh plan holds a change (intent) none of those reviewed plans holds
 *    (before and again under the host lock), printing each one;
 * 4. report: the comment's status becomes applied / failed / plan-changed with a note and a link
 *    to the run (earlier covered PRs: applied, failed or superseded by this one), the job summary
 *    gets a table of guest outcomes and timings, and the fresh live state is written to
 *    `<state-dir>/phoenix-state.json` (with the applied commit) and uploaded from this step as the
 *    `phoenix-state` artifact that pull-request plans read (artifact-upload.ts).
 * Outputs: status, applied, failed, skipped, plan-hash, pull-request, comment-url, state-file.
 */





















const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
/** The comment's new status and its one-line note, or undefined when the comment stays as it is. */
function commentUpdate(status, job, o) {
    const run = o.link ? `[this run](${o.link})` : 'the apply run';
    const at = o.sha ? ` at \`${o.sha.slice(0, 7)}\`` : '';
    const r = job?.result;
    // The PR comment's apply summary names the post-deployment tests' results too.
    const tests = r ? (0,report/* testsLine */.M3)(r) : undefined;
    const testNote = tests ? ` ${tests}` : '';
    switch (status) {
        case 'applied':
            return {
                status: 'applied',
                note: `Applied by ${run}${at}: ${plural(r?.succeeded ?? 0, 'guest')} converged in ${(0,report/* seconds */.YA)(r?.wallMs ?? 0)}.${testNote}`,
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
                    '.' +
                    testNote +
                    ' Fix the cause and re-run the Apply workflow; finished guests are not redone.',
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
function reviewLine(review, hashChecked, reviews) {
    if (!review)
        return 'not looked up.';
    if (review.kind === 'unreviewed')
        return `none: ${review.reason}.`;
    const pr = `pull request #${review.pull.number}, plan \`${review.header.hash.slice(0, 12)}\``;
    if (reviews && hashChecked) {
        const others = reviews.covered
            .filter((c) => c.pull.number !== review.pull.number)
            .map((c) => `#${c.pull.number}`);
        return (`${pr}${others.length ? ` and ${others.join(', ')} (merged since the last successful apply)` : ''}; ` +
            `apply ran only changes their reviewed plans hold.${review.staleNote ? ` Note: ${review.staleNote}.` : ''}`);
    }
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
    const validation = await (0,validate_action.runValidateAction)({ configDir: settings.configDir, failOnWarnings: false, run }, logger, env, validate_action/* LEAVE_FOR_NEXT_WRITER */.e);
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
    // Every pull request merged since the last successful apply, with its reviewed plan.
    let reviews;
    if (settings.requireReviewedPlan && review.kind === 'reviewed' && client && event.repository && sha) {
        const repo = event.repository;
        const headReview = review;
        reviews = await (0,util_logger/* withGroup */.I1)(logger, 'Collecting the pull requests merged since the last apply', () => coveredReviews(client, repo, sha, headReview, settings, event, logger));
    }
    const finish = async (status, exitCode, extra = {}) => {
        // Whenever the host was read (also after a failed or refused apply), its state is recorded.
        const upload = extra.stateFile
            ? await (0,artifact_upload/* uploadRunArtifact */.n4)(env, (0,artifact_upload/* singleFile */.TG)(settings.stateArtifact, extra.stateFile, settings.stateRetentionDays), logger, io.upload)
            : undefined;
        const code = upload && !upload.uploaded && upload.failed ? 1 : exitCode;
        let commentUrl;
        if (client && review?.comment) {
            const update = commentUpdate(status, extra.job, {
                sha,
                link,
                reason: review.kind === 'unreviewed' ? review.reason : undefined,
            });
            commentUrl = await editComment(client, event.repository, review, update, logger);
        }
        if (client && reviews && review?.pull) {
            const head = review.pull.number;
            for (const c of reviews.covered) {
                if (c.pull.number === head || !c.review.comment)
                    continue;
                const update = coveredUpdate(status, c, head, extra.job, { sha, link });
                if (update)
                    await editComment(client, event.repository, c.review, update, logger);
            }
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
        (0,github_summary/* writeStepSummary */.oG)(env, (budgetBytes) => renderApplySummary({
            status,
            target: settings.host.target,
            sha,
            review: reviewLine(review, extra.hashChecked ?? false, reviews),
            message: extra.message,
            plan: extra.job?.plan,
            result: r,
            commentUrl,
            budgetBytes,
        }));
        return { exitCode: code, status, review, job: extra.job, stateFile: extra.stateFile };
    };
    if (validation.exitCode !== 0) {
        logger.error('phoenix apply: the config is invalid; nothing was applied.');
        return finish('invalid', 1, {
            message: 'The config is invalid (see the annotations); nothing was applied.',
        });
    }
    // Without the covered set (GitHub could not be asked), the old proof: the reviewed plan's hash.
    const reviewedHash = settings.requireReviewedPlan && review.kind === 'reviewed' && !reviews ? review.header.hash : undefined;
    const covered = reviews;
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
    // Masked before anything runs; the input first, then PHOENIX_SECRET_<NAME> from the environment.
    for (const v of Object.values(settings.secrets))
        mask(v);
    const envSecret = (0,secret_refs/* envSecretLookup */.UY)(env);
    const { job, stateFile } = await (0,apply_job/* applyToHost */.A)({
        secretLookup: (name) => settings.secrets[name] ?? envSecret(name),
        maskSecret: mask,
        open: () => (io.openHost ? io.openHost() : (0,host_target/* openHostTarget */.GJ)(settings.host, env, run.cwd, mask)),
        configDir: (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.resolve)(run.cwd, settings.configDir)) || '.',
        reviewedHash,
        unreviewed: covered ? (fresh) => unreviewedChanges(fresh, covered) : undefined,
        allowRebuild: settings.allowRebuild,
        allowDataLoss: settings.allowDataLoss,
        only: settings.only,
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
    const hashChecked = reviewedHash !== undefined || covered !== undefined;
    if (stateFile && sha) {
        const ok = job.status === 'applied' || job.status === 'no-changes';
        await recordAppliedCommit(stateFile, ok ? sha : reviews?.since, logger);
    }
    switch (job.status) {
        case 'applied':
        case 'no-changes':
            return finish(job.status, 0, { job, stateFile, hashChecked });
        case 'plan-changed':
            logger.error(`phoenix apply: the plan made from the host now (${job.plan?.hash.slice(0, 12)}) differs from the plan reviewed on #${review.pull?.number} (${review.kind === 'reviewed' ? review.header.hash.slice(0, 12) : 'none'}); nothing was applied.`);
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


/***/ })

};
