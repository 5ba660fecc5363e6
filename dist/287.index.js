export const id = 287;
export const ids = [287];
export const modules = {

/***/ 34917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   Bs: () => (/* binding */ markSorted),
/* harmony export */   Hz: () => (/* binding */ sortStrings),
/* harmony export */   Is: () => (/* binding */ sortedJson),
/* harmony export */   di: () => (/* binding */ sortKeys),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   o4: () => (/* binding */ canonicalSha256)
/* harmony export */ });
/* unused harmony export sortedKeysReplacer */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as Array#sort orders strings),
 * `undefined` members dropped, no whitespace. Equal values give equal strings, so hashes of
 * canonical forms are stable across runs, machines and key orders.
 *
 * Speed matters (a 10,000-guest plan is ~20 MB of JSON and is hashed on every plan): values are
 * always serialised by the native JSON.stringify, either as they are (keys already in order) or as
 * a copy of just their unsorted parts; the planner's changes, built in order, are not even walked
 * (`markSorted`). The text is the same as the generic key-sorting replacer gives.
 */

const { createHash } = node_crypto__WEBPACK_IMPORTED_MODULE_0__;
/** JSON.stringify replacer that re-creates plain objects with sorted keys. */
function sortedKeysReplacer(_key, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return value;
    const out = {};
    for (const k of sortedKeys(value))
        out[k] = value[k];
    return out;
}
/** Returned by `sortedCopy` for values only the generic (replacer) path serialises exactly. */
const UNSUPPORTED = Symbol('unsupported');
const hasOwn = Object.prototype.hasOwnProperty;
/** Objects `markSorted` vouched for. */
const presorted = new WeakSet();
/**
 * Sorts strings in place, in the order `Array#sort` gives them (UTF-16 code units). Insertion sort:
 * key lists are short, and unlike `Array#sort` it allocates nothing (it sorts every object's keys).
 */
function sortStrings(a) {
    for (let i = 1; i < a.length; i++) {
        const x = a[i];
        let j = i - 1;
        if (a[j] <= x)
            continue;
        while (j >= 0 && a[j] > x) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }
    return a;
}
/** Own enumerable keys, sorted (long lists by `Array#sort`, short ones without allocating). */
function sortedKeys(obj) {
    const keys = Object.keys(obj);
    return keys.length > 64 ? keys.sort() : sortStrings(keys);
}
/**
 * `value` itself when every object in it lists its keys in sorted order, else a copy in which
 * they do (only the unsorted parts are copied). Native `JSON.stringify` of the result equals
 * `JSON.stringify(value, sortedKeysReplacer)`, without calling back into JavaScript for every
 * value. Anything but plain objects, arrays and primitives (class instances, `toJSON`, inherited
 * or `__proto__` keys) gives UNSUPPORTED and is left to the replacer path.
 */
function sortedCopy(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (typeof value.toJSON === 'function')
        return UNSUPPORTED;
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const c = v !== null && typeof v === 'object' && presorted.has(v) ? v : sortedCopy(v);
            if (c === UNSUPPORTED)
                return UNSUPPORTED;
            if (out)
                out.push(c);
            else if (c !== v) {
                out = value.slice(0, i);
                out.push(c);
            }
        }
        return out ?? value;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        return UNSUPPORTED;
    const obj = value;
    let sorted = true;
    let previous;
    for (const k in obj) {
        if (!hasOwn.call(obj, k) || k === '__proto__')
            return UNSUPPORTED;
        if (previous !== undefined && previous > k)
            sorted = false;
        previous = k;
    }
    if (!sorted) {
        const out = {};
        for (const k of sortedKeys(obj)) {
            const c = sortedCopy(obj[k]);
            if (c === UNSUPPORTED)
                return UNSUPPORTED;
            out[k] = c;
        }
        return out;
    }
    let out;
    for (const k in obj) {
        const v = obj[k];
        const c = sortedCopy(v);
        if (c === UNSUPPORTED)
            return UNSUPPORTED;
        if (out)
            out[k] = c;
        else if (c !== v) {
            out = {};
            for (const j in obj) {
                if (j === k)
                    break;
                out[j] = obj[j];
            }
            out[k] = c;
        }
    }
    return out ?? obj;
}
/** Under Jest the claims of `markSorted` are checked. */
const CHECK_SORTED = process.env.NODE_ENV === 'test';
/**
 * Records that `value`, a plain object or array not changed afterwards, lists its keys in sorted
 * order at every depth (as the planner builds its changes): `canonicalSha256` then serialises it
 * natively without walking it first. Under Jest (NODE_ENV=test) the claim is verified, so a change
 * built out of order fails the tests instead of giving a hash that is not canonical.
 */
function markSorted(value) {
    if (CHECK_SORTED && sortedCopy(value) !== value) {
        throw new Error(`markSorted: keys out of order in ${JSON.stringify(value).slice(0, 200)}`);
    }
    presorted.add(value);
    return value;
}
/** True when every object in `value` lists its keys in sorted order (and has no toJSON). */
function isSortedDeep(value) {
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            if (!isSortedDeep(value[i]))
                return false;
        return true;
    }
    if (typeof value.toJSON === 'function')
        return false;
    let previous;
    for (const k in value) {
        if (!hasOwn.call(value, k))
            return false;
        if (previous !== undefined && previous > k)
            return false;
        previous = k;
        if (!isSortedDeep(value[k]))
            return false;
    }
    return true;
}
/** One subtree by the generic path: natively when already sorted, else through the sorting replacer. */
function replacerSubtree(value) {
    return (isSortedDeep(value) ? JSON.stringify(value) : JSON.stringify(value, sortedKeysReplacer)) ?? 'null';
}
/** One subtree (nested keys in the order `JSON.stringify(value, sortedKeysReplacer)` gives). */
function subtree(value) {
    const c = sortedCopy(value);
    return c === UNSUPPORTED ? replacerSubtree(value) : (JSON.stringify(c) ?? 'null');
}
const skip = (v) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
/** Top-level keys sorted as strings (integer-like keys too), each member by `subtree`. */
function splitCanonical(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => (skip(v) ? 'null' : subtree(v))).join(',')}]`;
    if (typeof value.toJSON === 'function')
        return JSON.stringify(value, sortedKeysReplacer);
    const obj = value;
    const parts = [];
    for (const k of sortedKeys(obj)) {
        const v = obj[k];
        if (!skip(v))
            parts.push(`${JSON.stringify(k)}:${subtree(v)}`);
    }
    return `{${parts.join(',')}}`;
}
/** Whether some key starts with a digit (integer-like keys, which objects list first). */
function hasDigitKey(obj) {
    for (const k in obj) {
        const c = k.charCodeAt(0);
        if (c >= 48 && c <= 57)
            return true;
    }
    return false;
}
function canonical(value) {
    const c = sortedCopy(value);
    if (c === value)
        return JSON.stringify(value) ?? 'null';
    // The top level sorts all keys as strings; below it, as `subtree` does. The two agree unless a
    // top-level key looks like an integer.
    if (c !== UNSUPPORTED && (Array.isArray(value) || !hasDigitKey(value)))
        return JSON.stringify(c);
    return splitCanonical(value);
}
/**
 * `JSON.stringify(value, sortedKeysReplacer, indent)`, computed by stringifying a sorted copy
 * natively (much faster for big values such as a plan).
 */
function sortedJson(value, indent) {
    const c = sortedCopy(value);
    return c === UNSUPPORTED
        ? JSON.stringify(value, sortedKeysReplacer, indent)
        : JSON.stringify(c, null, indent);
}
function canonicalJson(value) {
    if (skip(value))
        return 'null';
    return canonical(value);
}
/** No holes (the element-by-element walk skips holes, `JSON.stringify` writes them as null). */
function isDense(a) {
    for (let i = 0; i < a.length; i++)
        if (!(i in a))
            return false;
    return true;
}
/** Elements of an array below the two walked levels are serialised this many at a time. */
const CHUNK = 256;
/**
 * sha256 (hex) of `canonicalJson(value)`, computed in chunks (the two outer levels are walked,
 * deeper subtrees serialised a few hundred at a time) so a 20 MB plan is never one string.
 */
function canonicalSha256(value) {
    const hash = createHash('sha256');
    let buffer = '';
    const flush = () => {
        if (buffer)
            hash.update(buffer);
        buffer = '';
    };
    const emit = (s) => {
        buffer += s;
        if (buffer.length > 1 << 16)
            flush();
    };
    /** Elements of an array whose members are subtrees: `[a,b,...]` from native stringify of chunks. */
    const leafArray = (v) => {
        emit('[');
        for (let i = 0; i < v.length; i += CHUNK) {
            if (i)
                emit(',');
            const end = Math.min(v.length, i + CHUNK);
            const chunk = [];
            for (let j = i; j < end; j++) {
                const x = v[j];
                const c = x !== null && typeof x === 'object' && presorted.has(x) ? x : sortedCopy(x);
                if (c === UNSUPPORTED)
                    break;
                chunk.push(c);
            }
            if (chunk.length === end - i) {
                // `[a,b,c]` without its brackets, straight into the hash.
                flush();
                hash.update(JSON.stringify(chunk).slice(1, -1));
            }
            else {
                const parts = [];
                for (let j = i; j < end; j++)
                    parts.push(skip(v[j]) ? 'null' : subtree(v[j]));
                emit(parts.join(','));
            }
        }
        emit(']');
    };
    const walk = (v, depth) => {
        if (v === null ||
            typeof v !== 'object' ||
            depth >= 2 ||
            typeof v.toJSON === 'function') {
            emit(v !== null && typeof v === 'object' ? subtree(v) : (JSON.stringify(v) ?? 'null'));
        }
        else if (Array.isArray(v)) {
            if (depth + 1 >= 2 && isDense(v)) {
                leafArray(v);
                return;
            }
            emit('[');
            v.forEach((x, i) => {
                if (i)
                    emit(',');
                if (skip(x))
                    emit('null');
                else
                    walk(x, depth + 1);
            });
            emit(']');
        }
        else {
            emit('{');
            let first = true;
            for (const k of sortedKeys(v)) {
                const x = v[k];
                if (skip(x))
                    continue;
                emit(`${first ? '' : ','}${JSON.stringify(k)}:`);
                first = false;
                walk(x, depth + 1);
            }
            emit('}');
        }
    };
    if (skip(value))
        emit('null');
    else
        walk(value, 0);
    flush();
    return hash.digest('hex');
}
/** One-shot `crypto.hash` (Node 20.12+, much cheaper for short texts), else a Hash object. */
const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
function sha256Hex(text) {
    return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}
/** First 16 hex digits of sha256: enough to notice a change, short enough for a guest description. */
function shortHash(text) {
    return sha256Hex(text).slice(0, 16);
}
/** A copy of a flat record with its keys in sorted order. */
function sortKeys(obj) {
    const out = {};
    for (const k of sortedKeys(obj))
        out[k] = obj[k];
    return out;
}


/***/ }),

/***/ 10287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ templateSnapshotsIgnored),
/* harmony export */   a3: () => (/* binding */ expectedSnapshots),
/* harmony export */   pG: () => (/* binding */ LIFECYCLE_SNAPSHOT_DESCRIPTION),
/* harmony export */   qY: () => (/* binding */ planTail)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_SNAPSHOTS, LEGACY_LIFECYCLE_SNAPSHOTS, PHOENIX_SNAPSHOT_PREFIX, lifecycleSnapshotNames, hasFirewall */
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71432);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34917);
/* harmony import */ var _applied_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47646);



/**
 * Default names of the lifecycle snapshots every guest gets, as the original tooling named them
 * (its `enable_lifecycle_snapshots`: "create 'pre-configured' and 'final-form' snapshots during
 * the create lifecycle"). A guest's `snapshots` object renames them (`pre-features`,
 * `post-features`, the upstream VM schema's keys); `enable_lifecycle_snapshots: false` turns both off.
 */
const LIFECYCLE_SNAPSHOTS = {
    /** After configuration, before the features and scripts run. */
    preConfigured: 'pre-configured',
    /** After the health check and the tests: the guest in its finished form. */
    finalForm: 'final-form',
};
/**
 * Names earlier Phoenix releases took with `enable_lifecycle_snapshots: true`. No longer taken; a
 * guest that has them keeps them (they are Phoenix's own: deleted before a template conversion).
 */
const LEGACY_LIFECYCLE_SNAPSHOTS = (/* unused pure expression or super */ null && (['phoenix-features', 'phoenix-ready']));
/** The description apply gives a lifecycle snapshot (`Phoenix <purpose> snapshot`, guest-run.ts). */
const LIFECYCLE_SNAPSHOT_DESCRIPTION = 'Phoenix lifecycle snapshot';
/** Prefix of every snapshot name Phoenix itself takes (safety snapshots, the legacy lifecycle ones). */
const PHOENIX_SNAPSHOT_PREFIX = 'phoenix-';
/**
 * The lifecycle snapshots a guest takes, in the order taken, without the one its template
 * snapshot stands for (a name used for both is one snapshot, taken where the template snapshot is:
 * after the tests, before `final-form`). None for a guest
 * that ends as a template or has them turned off.
 */
function lifecycleSnapshotNames(guest) {
    if (guest.isTemplate || !guest.lifecycleSnapshots)
        return {};
    const final = guest.lifecycleSnapshotNames?.finalForm ?? LIFECYCLE_SNAPSHOTS.finalForm;
    const pre = guest.lifecycleSnapshotNames?.preConfigured ?? LIFECYCLE_SNAPSHOTS.preConfigured;
    const tmpl = guest.templateSnapshotName;
    return {
        ...(pre !== final && pre !== tmpl ? { pre } : {}),
        ...(final !== tmpl ? { final } : {}),
    };
}
/**
 * Snapshots a converged guest carries. A guest that ends as a template carries none: Proxmox
 * refuses to convert a guest with snapshots, and a template is cloned from itself, so its
 * `template_snapshot_name` is not needed.
 */
function expectedSnapshots(guest) {
    if (guest.isTemplate)
        return [];
    const { pre, final } = lifecycleSnapshotNames(guest);
    return [pre, guest.templateSnapshotName, final].filter((n) => n !== undefined);
}
/**
 * The warning for a template that names snapshots. Lifecycle snapshots are on by default, so only
 * a template that asks for them (`enable_lifecycle_snapshots: true`, `snapshots`) is told.
 */
function templateSnapshotsIgnored(g) {
    const askedLifecycle = g.raw?.enable_lifecycle_snapshots === true || g.lifecycleSnapshotNames !== undefined;
    if (!g.isTemplate || (g.templateSnapshotName === undefined && !askedLifecycle))
        return undefined;
    const what = [
        ...(g.templateSnapshotName !== undefined ? [`template_snapshot_name '${g.templateSnapshotName}'`] : []),
        ...(askedLifecycle ? ['lifecycle snapshots'] : []),
    ];
    return `${what.join(' and ')} ignored: a template carries no snapshots (Proxmox refuses to convert a guest that has any) and clones start from the template itself`;
}
function planTail(input) {
    const { guest: g, fresh } = input;
    const steps = [];
    const reasons = [];
    const needsLiveGuest = [];
    const errors = [];
    const notes = [];
    const done = fresh ? undefined : input.marker;
    const want = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .expectedMarker */ .JL)(g, input.scriptHashes, { snap: input.snapToken, config: input.config });
    const features = g.features.filter((f) => done?.features[f] !== want.features[f]);
    if (!fresh) {
        for (const f of features) {
            reasons.push(done?.features[f] === undefined
                ? `feature ${f} runs: it never ran on this guest`
                : `feature ${f} runs again: script ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .featureScriptPath */ .pM)(f)} changed since its last run`);
        }
        for (const f of Object.keys(done?.features ?? {})) {
            if (!g.features.includes(f))
                reasons.push(`feature ${f} left the config (not uninstalled)`);
        }
    }
    const app = g.applicationScript && done?.app !== want.app ? g.applicationScript : undefined;
    if (app && !fresh)
        reasons.push(appReason(app, done?.app, want.app));
    if (fresh && input.rebuilt && (features.length || app)) {
        const what = [...features.map((f) => `feature ${f}`), ...(app ? [`application script ${app}`] : [])];
        reasons.push(`${what.join(', ')} run${what.length === 1 ? 's' : ''} again: the guest is rebuilt`);
    }
    const fw = want.fw !== done?.fw && (want.fw !== undefined || done?.fw !== undefined);
    if (fw) {
        steps.push({
            enabled: g.firewall?.enabled ?? false,
            op: 'firewall',
            rules: (g.firewall?.rules ?? []).map(_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .sortKeys */ .di),
        });
        if (!fresh)
            reasons.push('firewall settings changed');
    }
    const skipped = [];
    const snapshotStep = (name, purpose, retake) => {
        const exists = !fresh && input.snapshots.has(name);
        const broken = exists && (input.incompleteSnapshots?.has(name) ?? false);
        if (exists && !retake && !broken)
            return;
        if (input.snapshotBlocker) {
            // Said when the guest is made or changed; a converged guest's plan stays quiet.
            if (fresh || retake)
                skipped.push(name);
            return;
        }
        steps.push({ name, op: 'snapshot', purpose, replace: exists });
        needsLiveGuest.push(`snapshot ${name}`);
        if (!fresh && !exists)
            reasons.push(`snapshot ${name} missing`);
        if (broken)
            reasons.push(`snapshot ${name} incomplete (interrupted): taken again`);
    };
    const lifecycleNames = lifecycleSnapshotNames(g);
    const content = fresh || features.length > 0 || app !== undefined;
    // End-of-lifecycle snapshots are retaken when the guest changes in this plan, and when the
    // state they were taken at (`snap` in the done-record) is not the wanted one: a retake that
    // failed after the change itself landed is planned again. Templates take no snapshots.
    // A config change shows in `snap` (the token covers the config Phoenix sets); setting back a
    // value changed outside Phoenix (drift) does not, as the snapshots hold the config's state.
    const retake = content || done?.snap !== want.snap;
    const snapshots = !g.isTemplate;
    // An apply that stopped before the guest's done-record (its progress record has an empty
    // `applied`, guest-run.ts) has not checked it yet: the resumed apply runs the checks.
    const unfinished = done?.applied !== undefined && Object.keys(done.applied).length === 0;
    const checks = content || unfinished || (!g.isTemplate && (input.configChanged || !input.running));
    const health = g.healthCheck !== undefined && checks;
    const tests = g.tests.length > 0 && checks;
    const execs = features.length > 0 || app !== undefined || health || tests;
    let running = fresh ? false : input.running;
    const stayUp = !g.isTemplate;
    if ((stayUp || execs) && !running) {
        steps.push({ op: 'start' });
        if (!fresh && stayUp)
            reasons.push(`not running (${input.isTemplate ? 'template' : 'stopped'})`);
        needsLiveGuest.push('start');
        running = true;
    }
    else if (running && input.needsRestart) {
        steps.push({ op: 'restart' });
    }
    // After configuration, before anything runs inside the guest; after the (re)start, which makes
    // pending values (a mount point removed from a running container) current.
    if (snapshots && lifecycleNames.pre)
        snapshotStep(lifecycleNames.pre, 'lifecycle', retake);
    if (execs && g.kind === 'qemu')
        steps.push({ op: 'wait-agent' });
    for (const f of features) {
        const script = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .featureScriptPath */ .pM)(f);
        steps.push({ hash: (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .scriptToken */ .V1)(input.scriptHashes, script), name: f, op: 'feature', script });
        needsLiveGuest.push(`feature ${f}`);
    }
    if (app) {
        const script = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .appScriptPath */ .Qz)(app);
        steps.push({ hash: (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .appToken */ .D9)(g, input.scriptHashes), op: 'app-script', script });
        needsLiveGuest.push('application script');
    }
    if (health && g.healthCheck) {
        const { command, retries, interval } = g.healthCheck;
        steps.push({ command, interval, op: 'health-check', retries });
    }
    // Post-deployment tests: after the health check, whenever the guest was changed or started.
    if (tests)
        for (const t of g.tests) {
            const script = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .testScriptPath */ .Xh)(t.path);
            const hash = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .scriptToken */ .V1)(input.scriptHashes, script);
            steps.push({ blocking: t.blocking, hash, name: t.name, op: 'test', script, suite: t.suite });
            needsLiveGuest.push(`test ${t.name}`);
        }
    // The template snapshot (what clones start from), then `final-form`, the last thing taken.
    if (snapshots && g.templateSnapshotName)
        snapshotStep(g.templateSnapshotName, 'template', retake);
    if (snapshots && lifecycleNames.final)
        snapshotStep(lifecycleNames.final, 'lifecycle', retake);
    if (skipped.length && input.snapshotBlocker)
        notes.push(`snapshot${skipped.length === 1 ? '' : 's'} ${skipped.join(', ')} skipped: ${input.snapshotBlocker}`);
    const tags = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .managedTags */ .L8)(input.tags);
    // A guest recorded before Phoenix kept what it applied gets the record with its next config
    // change, never a record-only step of its own.
    const known = done?.applied !== undefined || input.configChanged;
    const upToDate = !fresh &&
        done !== undefined &&
        (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .markersEqual */ .c3)((0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutApplied */ .WM)(done), (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutApplied */ .WM)(want)) &&
        (!known || (0,_applied_record_js__WEBPACK_IMPORTED_MODULE_2__/* .sameApplied */ .Cy)(done.applied, want.applied)) &&
        tags.length === input.tags.length;
    if (!upToDate) {
        steps.push({ marker: want, op: 'record', tags });
        if (!fresh && reasons.length === 0 && steps.length === 1)
            reasons.push('done-record out of date');
    }
    if (g.isTemplate && (fresh || !input.isTemplate)) {
        // Proxmox refuses to convert a guest that has snapshots: Phoenix's own go first, others stop the plan.
        const present = fresh ? [] : [...input.snapshots].sort();
        const lifecycle = new Set([
            ...Object.values(LIFECYCLE_SNAPSHOTS),
            ...Object.values(g.lifecycleSnapshotNames ?? {}),
        ]);
        const own = present.filter((n) => n.startsWith(PHOENIX_SNAPSHOT_PREFIX) || n === g.templateSnapshotName || lifecycle.has(n));
        const foreign = present.filter((n) => !own.includes(n));
        if (foreign.length) {
            errors.push(`cannot become a template while it has snapshots Phoenix did not take (${foreign.join(', ')}); Proxmox refuses to convert a guest with snapshots: delete them first`);
        }
        // Only a VM made from a cloud image carries the vendor data and cloud-init that sealing needs.
        const seal = g.kind === 'qemu' && g.cloneFrom === undefined ? { seal: true } : {};
        steps.push(own.length ? { deleteSnapshots: own, op: 'template', ...seal } : { op: 'template', ...seal });
        if (!fresh)
            reasons.push('not yet a template');
        if (own.length)
            reasons.push(`snapshots ${own.join(', ')} deleted first (a template has none)`);
    }
    return { steps, reasons, execs, needsLiveGuest, errors, notes };
}
/** Why the application script runs again, from the recorded and the wanted `SCRIPT@CONTENT+CONFIG`. */
function appReason(app, recorded, wanted) {
    if (!recorded)
        return `application script ${app} runs: it never ran on this guest`;
    const parse = (t) => /^(.*)@([^@+]*)\+([^+]*)$/.exec(t) ?? [t, t, '', ''];
    const [, oldName, oldScript] = parse(recorded);
    const [, , newScript] = parse(wanted ?? '');
    if (oldName !== app)
        return `application script ${app} runs: the config named ${oldName} before`;
    if (oldScript !== newScript)
        return `application script ${app} runs again: script ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .appScriptPath */ .Qz)(app)} changed since its last run`;
    return `application script ${app} runs again: the guest config it reads changed since its last run`;
}
/** Whether the firewall settings in the config are anything Phoenix writes. */
function hasFirewall(guest) {
    return firewallToken(guest.firewall) !== undefined;
}


/***/ }),

/***/ 71432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ withAppDone),
/* harmony export */   D9: () => (/* binding */ appToken),
/* harmony export */   Gt: () => (/* binding */ firewallToken),
/* harmony export */   Hb: () => (/* binding */ withFeatureDone),
/* harmony export */   JL: () => (/* binding */ expectedMarker),
/* harmony export */   Jy: () => (/* binding */ canonicalRaw),
/* harmony export */   Km: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   L8: () => (/* binding */ managedTags),
/* harmony export */   N2: () => (/* binding */ MANAGED_TAG),
/* harmony export */   Nk: () => (/* binding */ renderDescription),
/* harmony export */   Q2: () => (/* binding */ renderMakingDescription),
/* harmony export */   Qz: () => (/* binding */ appScriptPath),
/* harmony export */   V1: () => (/* binding */ scriptToken),
/* harmony export */   VK: () => (/* binding */ withFirewall),
/* harmony export */   WM: () => (/* binding */ withoutApplied),
/* harmony export */   XX: () => (/* binding */ sourceToken),
/* harmony export */   Xh: () => (/* binding */ testScriptPath),
/* harmony export */   Yg: () => (/* binding */ birthKeys),
/* harmony export */   c3: () => (/* binding */ markersEqual),
/* harmony export */   eU: () => (/* binding */ readMaking),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   oE: () => (/* binding */ UNKNOWN_HASH),
/* harmony export */   ot: () => (/* binding */ hasTrackedSnapshots),
/* harmony export */   pM: () => (/* binding */ featureScriptPath),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   yF: () => (/* binding */ isManaged),
/* harmony export */   yz: () => (/* binding */ snapshotToken)
/* harmony export */ });
/* unused harmony exports MAKING_PREFIX, MARKER_VERSION, EMPTY_MARKER, configToken, parseTags, withSource */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _desired_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79164);
/* harmony import */ var _applied_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47646);



const MANAGED_TAG = 'phoenix';
const MARKER_PREFIX = 'phoenix: ';
/** The line a guest carries while Phoenix makes it (before its make step finished). */
const MAKING_PREFIX = 'phoenix-making: ';
const MARKER_VERSION = 1;
/** Token recorded when the content hash of a script was not known at plan time. */
const UNKNOWN_HASH = 'unknown';
const EMPTY_MARKER = { v: MARKER_VERSION, features: {} };
/** Keys of `scriptHashes`: paths relative to the config dir. */
function featureScriptPath(name) {
    return `features/${name}.sh`;
}
function appScriptPath(name) {
    return `apps/${name}`;
}
function testScriptPath(path) {
    return `tests/${path}`;
}
/** Short token of a script's content hash (sha256 hex as given), or `unknown`. */
function scriptToken(hashes, path) {
    const h = hashes?.[path];
    return h ? h.slice(0, 16) : UNKNOWN_HASH;
}
function sourceToken(guest) {
    if (guest.cloneFrom !== undefined)
        return `clone:${guest.cloneFrom}`;
    if (guest.osTemplate)
        return `${guest.kind === 'lxc' ? 'ostemplate' : 'image'}:${guest.osTemplate}`;
    return undefined;
}
const canonicalRaws = new WeakMap();
/** Canonical JSON of the guest object as written (computed once per guest). */
function canonicalRaw(guest) {
    let text = canonicalRaws.get(guest);
    if (text === undefined) {
        text = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(guest.raw);
        canonicalRaws.set(guest, text);
    }
    return text;
}
const configTokens = new WeakMap();
/** The guest config handed to scripts, hashed: an application script re-runs when it changes. */
function configToken(guest) {
    let token = configTokens.get(guest);
    if (token === undefined) {
        token = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .BC)(canonicalRaw(guest));
        configTokens.set(guest, token);
    }
    return token;
}
function appToken(guest, hashes) {
    if (!guest.applicationScript)
        return undefined;
    return `${guest.applicationScript}@${scriptToken(hashes, appScriptPath(guest.applicationScript))}+${configToken(guest)}`;
}
const firewallTokens = new WeakMap();
/** Firewall settings Phoenix writes; undefined when the guest has none (or only a disabled, empty one). */
function firewallToken(fw) {
    if (!fw || (!fw.enabled && fw.rules.length === 0))
        return undefined;
    let token = firewallTokens.get(fw);
    if (token === undefined) {
        token = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .BC)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(fw));
        firewallTokens.set(fw, token);
    }
    return token;
}
/**
 * Whether the guest carries snapshots that stand for its finished state and are retaken when that
 * state changes: `phoenix-ready` (lifecycle snapshots on) and the template snapshot. A guest that
 * ends as a template carries none: Proxmox refuses to convert a guest with snapshots (`unable to
 * create template, because CT contains snapshots`, the same for VMs), and clones start from the
 * template itself.
 */
function hasTrackedSnapshots(guest) {
    return !guest.isTemplate && (guest.lifecycleSnapshots || guest.templateSnapshotName !== undefined);
}
/**
 * Short hash of what a guest's end-of-lifecycle snapshots capture: the config Phoenix sets on it
 * (keys and raw `lxc.*` lines), its features' script hashes and its application script token
 * (which covers the guest config handed to the script). `config` may be passed when computed already.
 */
function snapshotToken(guest, hashes, o = {}) {
    const cfg = o.config ?? (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_1__/* .desiredConfig */ .Nn)(guest, o.ctx);
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .BC)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)({
        app: appToken(guest, hashes),
        config: cfg.keys,
        features: featureTokens(guest, hashes),
        lxc: cfg.lxcRaw,
    }));
}
function featureTokens(guest, hashes) {
    const features = {};
    for (const f of (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortStrings */ .Hz)([...guest.features]))
        features[f] = scriptToken(hashes, featureScriptPath(f));
    return features;
}
/**
 * The record a guest carries once everything in its config is done. `snap` is the guest's
 * `snapshotToken` (computed here unless given) when it has tracked snapshots.
 */
function expectedMarker(guest, hashes, o = {}) {
    const cfg = o.config ?? (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_1__/* .desiredConfig */ .Nn)(guest, o.ctx);
    return {
        app: appToken(guest, hashes),
        applied: (0,_applied_record_js__WEBPACK_IMPORTED_MODULE_2__/* .appliedRecord */ .dN)(cfg),
        features: featureTokens(guest, hashes),
        fw: firewallToken(guest.firewall),
        snap: hasTrackedSnapshots(guest) ? (o.snap ?? snapshotToken(guest, hashes, { config: cfg })) : undefined,
        src: sourceToken(guest),
        v: MARKER_VERSION,
    };
}
function formatMarker(marker) {
    return MARKER_PREFIX + (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(marker);
}
function markersEqual(a, b) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(a) === (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(b);
}
/** The record without what was last applied (compared when the guest has no such record yet). */
function withoutApplied(marker) {
    return marker.applied === undefined ? marker : { ...marker, applied: undefined };
}
/** Parse the record line out of a description; undefined when absent or unreadable. */
function parseMarker(description) {
    if (!description)
        return undefined;
    for (const line of description.split('\n')) {
        const trimmed = line.trim();
        if (!trimmed.startsWith(MARKER_PREFIX.trim()))
            continue;
        const json = trimmed.slice(MARKER_PREFIX.trim().length).trim();
        try {
            const v = JSON.parse(json);
            if (typeof v !== 'object' || v === null || v.v !== MARKER_VERSION)
                return undefined;
            const features = {};
            if (typeof v.features === 'object' && v.features !== null) {
                for (const [k, h] of Object.entries(v.features))
                    if (typeof h === 'string')
                        features[k] = h;
            }
            // Written sorted by apply; kept as parsed when every value is a string (read on every plan).
            const rec = v.applied;
            const applied = typeof rec === 'object' && rec !== null && Object.values(rec).every((h) => typeof h === 'string')
                ? rec
                : undefined;
            return {
                app: typeof v.app === 'string' ? v.app : undefined,
                applied,
                features: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortKeys */ .di)(features),
                fw: typeof v.fw === 'string' ? v.fw : undefined,
                snap: typeof v.snap === 'string' ? v.snap : undefined,
                src: typeof v.src === 'string' ? v.src : undefined,
                v: MARKER_VERSION,
            };
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function readMarker(live) {
    return parseMarker(live.config.description);
}
/** The description handed to create/clone: the guest is being made from `src`, nothing is done. */
function renderMakingDescription(src) {
    return `Managed by Phoenix; being made, not finished.\n${MAKING_PREFIX}${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)({ src: src ?? null })}`;
}
/** The `src` of the making line (null when none was known); undefined when the line is absent. */
function readMaking(live) {
    for (const line of (live.config.description ?? '').split('\n')) {
        const t = line.trim();
        if (!t.startsWith(MAKING_PREFIX.trim()))
            continue;
        try {
            const v = JSON.parse(t.slice(MAKING_PREFIX.trim().length));
            return { src: typeof v.src === 'string' ? v.src : null };
        }
        catch {
            return { src: null };
        }
    }
    return undefined;
}
/** The description apply writes: one line for people, one for Phoenix. */
function renderDescription(marker) {
    return `Managed by Phoenix; edit the config in Git, not here.\n${formatMarker(marker)}`;
}
function isManaged(live) {
    return live.tags.includes(MANAGED_TAG);
}
/** Live tags plus the managed tag, in Proxmox's order (sorted, unique). */
function managedTags(tags) {
    if (tags.length === 0)
        return [MANAGED_TAG];
    return [...new Set([...tags, MANAGED_TAG])].sort();
}
/** Proxmox stores tags separated by `;` (older versions also wrote `,` or spaces). */
function parseTags(value) {
    return (value ?? '')
        .split(/[;, ]+/)
        .map((t) => t.trim())
        .filter(Boolean);
}
// ---- incremental updates, for apply to record progress after each step ----
function withFeatureDone(marker, name, hash) {
    return { ...marker, features: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortKeys */ .di)({ ...marker.features, [name]: hash }) };
}
function withAppDone(marker, app) {
    return { ...marker, app };
}
function withFirewall(marker, fw) {
    return { ...marker, fw };
}
function withSource(marker, src) {
    return { ...marker, src };
}
const births = new Map();
/**
 * The managed tag and the making line (what is being made, nothing done; cached in `births` by
 * source token, as a handful of sources serve thousands of guests), written when the guest
 * is created or cloned: a run that stops before the make step finished leaves a guest the next
 * plan knows as Phoenix's and incomplete. The done-record follows only once the make step is over.
 */
function birthKeys(g) {
    const src = sourceToken(g);
    let description = births.get(src);
    if (description === undefined) {
        description = renderMakingDescription(src);
        if (births.size >= 1000)
            births.clear();
        births.set(src, description);
    }
    return { description, tags: MANAGED_TAG };
}


/***/ })

};
