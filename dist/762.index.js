export const id = 762;
export const ids = [762];
export const modules = {

/***/ 38131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: () => (/* binding */ resolveSecretRefs),
/* harmony export */   UY: () => (/* binding */ envSecretLookup),
/* harmony export */   aZ: () => (/* binding */ isSecretRef),
/* harmony export */   gN: () => (/* binding */ findSecretRefs),
/* harmony export */   hn: () => (/* binding */ SECRET_NAME_RE),
/* harmony export */   ln: () => (/* binding */ secretEnvName)
/* harmony export */ });
/* unused harmony export SECRET_ENV_PREFIX */
/** A secret's name: upper case letters, digits and `_`, starting with a letter (a GitHub secret name). */
const SECRET_NAME_RE = /^[A-Z][A-Z0-9_]{0,99}$/;
/** Where apply looks a secret up. */
const SECRET_ENV_PREFIX = 'PHOENIX_SECRET_';
function secretEnvName(name) {
    return `${SECRET_ENV_PREFIX}${name}`;
}
/** `{"secret": NAME}` with no other key: a reference (its name may still be invalid). */
function isSecretRef(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === 'secret' && typeof v.secret === 'string';
}
/** Every secret reference inside a parsed JSON value, in document order. */
function findSecretRefs(root) {
    const out = [];
    const walk = (v, path) => {
        if (isSecretRef(v)) {
            out.push({ path, name: v.secret });
            return;
        }
        if (Array.isArray(v))
            v.forEach((x, i) => walk(x, [...path, i]));
        else if (typeof v === 'object' && v !== null)
            for (const [k, x] of Object.entries(v))
                walk(x, [...path, k]);
    };
    walk(root, []);
    return out;
}
/** Replaces every reference in `value` by `lookup(name)`; the input is not changed. */
function resolveSecretRefs(value, lookup) {
    const values = new Set();
    const missing = new Set();
    const walk = (v) => {
        if (isSecretRef(v)) {
            const s = SECRET_NAME_RE.test(v.secret) ? lookup(v.secret) : undefined;
            if (s === undefined || s === '') {
                missing.add(v.secret);
                return v;
            }
            values.add(s);
            return s;
        }
        if (Array.isArray(v))
            return v.map(walk);
        if (typeof v === 'object' && v !== null)
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    const out = walk(value);
    return { value: out, values: [...values], missing: [...missing] };
}
/** Looks secrets up in an environment (`PHOENIX_SECRET_<NAME>`). */
function envSecretLookup(env) {
    return (name) => {
        const v = env[secretEnvName(name)];
        return v === undefined || v === '' ? undefined : v;
    };
}


/***/ }),

/***/ 38019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ maskArgvSecrets),
/* harmony export */   MR: () => (/* binding */ maskSecretsDeep),
/* harmony export */   N8: () => (/* binding */ maskInlineSecrets),
/* harmony export */   Tr: () => (/* binding */ isNonSecretValue),
/* harmony export */   YK: () => (/* binding */ findPlaintextSecrets)
/* harmony export */ });
/* unused harmony exports isSecretKey, inlineSecrets, hasInlineSecret, argvSecretIndexes */
/* harmony import */ var _secret_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38131);

/** Last word(s) of a key that make its value a credential. */
const SECRET_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'pw',
    'pass',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'apitoken',
    'authtoken',
    'credential',
    'credentials',
]);
const SECRET_PAIRS = new Set([
    'api key',
    'private key',
    'secret key',
    'access key',
    'auth key',
    'client secret',
    'api token',
    'auth token',
]);
/** Split `adminPassword`, `admin_password`, `API-Key` into lower-case words. */
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
}
/**
 * True for keys that hold a credential: `password`, `admin_password`, `api_key`, `apiKey`,
 * `docker_token`, `client_secret`. Keys that name something *about* a secret are not:
 * `password_hash`, `hf_token_file`, `ssh_public_key`, `token_url`.
 */
function isSecretKey(key) {
    const w = words(key);
    if (w.length === 0)
        return false;
    const last = w[w.length - 1];
    if (SECRET_WORDS.has(last))
        return true;
    return w.length >= 2 && SECRET_PAIRS.has(`${w[w.length - 2]} ${last}`);
}
const PLACEHOLDERS = new Set([
    'not_set',
    'notset',
    'not-set',
    'unset',
    'none',
    'null',
    'nil',
    'n/a',
    'na',
    'redacted',
    'changeme',
    'change_me',
    'change-me',
    'todo',
    'tbd',
    'placeholder',
    'secret',
    'xxx',
    'xxxx',
]);
/**
 * True when a value under a secret-looking key is not itself a secret: empty, a placeholder
 * (`NOT_SET`, `REDACTED`, `CHANGEME`, `<password>`, `****`), a reference to a secret kept elsewhere
 * (`${{ secrets.X }}`, `${ENV_VAR}`, `$ENV_VAR`), or a password hash (`$6$...`, `$y$...`, `$2b$...`).
 */
function isNonSecretValue(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (PLACEHOLDERS.has(v.toLowerCase()))
        return true;
    if (/^\*+$/.test(v) || /^x+$/i.test(v) || /^<[^<>]+>$/.test(v))
        return true;
    if (/^\$\{\{\s*[\w.-]+(\s*\|\|\s*[^}]*)?\s*\}\}$/.test(v))
        return true; // ${{ secrets.X }}
    if (/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(v) || /^\$[A-Z_][A-Z0-9_]*$/.test(v))
        return true; // ${ENV} / $ENV
    // crypt(3) hashes: $id$[params$]salt$hash (md5 $1$, sha256/512 $5$/$6$, bcrypt $2b$, yescrypt $y$, argon2)
    if (/^\$(1|2[abxy]?|5|6|7|y|gy|sha1|md5|argon2(id|i|d)?|scrypt)\$[^\s]+$/.test(v))
        return true;
    if (/^\{(SSHA|SHA|SSHA256|SSHA512|CRYPT|BLF-CRYPT|ARGON2I|ARGON2ID)\}/i.test(v))
        return true;
    return false;
}
const keyCache = new Map();
function secretKeyCached(key) {
    let hit = keyCache.get(key);
    if (hit === undefined) {
        hit = isSecretKey(key);
        if (keyCache.size < 10_000)
            keyCache.set(key, hit);
    }
    return hit;
}
function pathOf(frame, leaf) {
    const out = [leaf];
    for (let f = frame; f && f.key !== undefined; f = f.parent)
        out.push(f.key);
    return out.reverse();
}
function isSecretScalar(key, v) {
    if (typeof v === 'string')
        return (secretKeyCached(key) && !isNonSecretValue(v)) || hasInlineSecret(v);
    return typeof v === 'number' && secretKeyCached(key);
}
/**
 * Every plaintext secret in a parsed JSON value (secret references are not). Iterative, so deep files are fine; keys repeat
 * across guests, so the key test is cached, and paths are built only for findings.
 */
function findPlaintextSecrets(root) {
    const found = [];
    if (typeof root !== 'object' || root === null)
        return found;
    const stack = [{ value: root, key: undefined, parent: undefined }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const value = frame.value;
        if (Array.isArray(value)) {
            const secretAt = new Set(argvSecretIndexes(value));
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                if (typeof v === 'string' && (secretAt.has(i) || hasInlineSecret(v))) {
                    found.push({ path: pathOf(frame, String(i)).slice(0, -1).concat(i), key: String(frame.key ?? '') });
                }
            }
            for (let i = value.length - 1; i >= 0; i--) {
                const v = value[i];
                if (typeof v === 'object' && v !== null && !(0,_secret_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretRef */ .aZ)(v))
                    stack.push({ value: v, key: i, parent: frame });
            }
            continue;
        }
        const obj = value;
        const children = [];
        for (const key in obj) {
            const v = obj[key];
            // A secret reference (`{"secret": "NAME"}`, secret-refs.ts) holds a name, never the value.
            if (typeof v === 'object' && v !== null) {
                if (!(0,_secret_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretRef */ .aZ)(v))
                    children.push({ value: v, key, parent: frame });
            }
            else if (isSecretScalar(key, v))
                found.push({ path: pathOf(frame, key), key });
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return found;
}
// `--password foo`, `--api-key=foo`; `TOKEN=abc`, `export DB_PASSWORD="x"`; `X-Api-Key: abc`,
// `Authorization: Bearer abc`; `https://user:pass@host`. Values may be quoted.
const VALUE = `("[^"\\n]*"|'[^'\\n]*'|[^\\s'"]+)`;
const OPTION_RE = new RegExp(`(?:^|[\\s'"])--?([A-Za-z][A-Za-z0-9_-]*)(?:=|[ \\t]+)${VALUE}`, 'g');
const ASSIGN_RE = new RegExp(`(?:^|[^A-Za-z0-9_-])([A-Za-z_][A-Za-z0-9_]*)=${VALUE}`, 'g');
const HEADER_RE = new RegExp(`(?:^|[\\s'"])([A-Za-z][A-Za-z0-9_-]*):[ \\t]*(?:(?:Bearer|Basic|Token)[ \\t]+)?${VALUE}`, 'gi');
const AUTH_RE = /\b(?:Bearer|Basic)[ \t]+([A-Za-z0-9._~+/=-]{8,})/g;
const URL_CRED_RE = /:\/\/[^\s:/@]+:([^\s@/]+)@/g;
const MAY_HOLD_SECRET = /pass|pw|secret|token|key|credential|bearer|basic|:\/\/[^\s@]*@/i;
function unquote(v, at) {
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
        return { value: v.slice(1, -1), start: at + 1 };
    }
    return { value: v, start: at };
}
/** Every secret value written inside `text` (a command string, an argument, a URL). */
function inlineSecrets(text) {
    // Every pattern below needs a secret word (each SECRET_WORDS / SECRET_PAIRS entry holds one of
    // these), Bearer/Basic, or `user:pass@` in a URL: most texts have none and skip the five scans.
    if (text.length < 4 || !MAY_HOLD_SECRET.test(text))
        return [];
    const out = [];
    const take = (raw, at) => {
        const { value, start } = unquote(raw, at);
        if (value.startsWith('-') || isNonSecretValue(value))
            return;
        out.push({ value, start, end: start + value.length });
    };
    for (const re of [OPTION_RE, ASSIGN_RE, HEADER_RE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (!secretKeyCached(m[1]))
                continue;
            take(m[2], m.index + m[0].length - m[2].length);
        }
    }
    for (const re of [AUTH_RE, URL_CRED_RE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text))
            take(m[1], m.index + m[0].length - m[1].length - (re === URL_CRED_RE ? 1 : 0));
    }
    return out;
}
function hasInlineSecret(text) {
    return inlineSecrets(text).length > 0;
}
/** Indexes of argument-array elements that are secret values: the one after `--password`, `-token`. */
function argvSecretIndexes(list) {
    const out = [];
    for (let i = 0; i + 1 < list.length; i++) {
        const opt = list[i];
        const next = list[i + 1];
        if (typeof opt !== 'string' || typeof next !== 'string')
            continue;
        const m = /^--?([A-Za-z][A-Za-z0-9_-]*)$/.exec(opt);
        if (m && secretKeyCached(m[1]) && !next.startsWith('-') && !isNonSecretValue(next))
            out.push(i + 1);
    }
    return out;
}
/** `text` with every inline secret replaced by `mask`. */
function maskInlineSecrets(text, mask = '***') {
    const found = inlineSecrets(text).sort((a, b) => a.start - b.start);
    if (found.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const f of found) {
        if (f.start < at)
            continue;
        out += text.slice(at, f.start) + mask;
        at = f.end;
    }
    return out + text.slice(at);
}
/** An argument vector with inline secrets and the values after secret options masked. */
function maskArgvSecrets(argv, mask = '***') {
    const at = new Set(argvSecretIndexes(argv));
    return argv.map((a, i) => (at.has(i) ? mask : maskInlineSecrets(a, mask)));
}
/**
 * A JSON value with inline secrets masked in every string and every argument array (what plan
 * files and plan renderings print). Values Phoenix builds itself are shallow, so plain recursion.
 */
function maskSecretsDeep(value, mask = '***') {
    // Returns the very value it was given wherever nothing was masked, so a plan without secrets
    // (nearly every plan) is not copied.
    const walk = (v) => {
        if (typeof v === 'string')
            return maskInlineSecrets(v, mask);
        if (Array.isArray(v)) {
            const at = new Set(argvSecretIndexes(v));
            let out;
            for (let i = 0; i < v.length; i++) {
                const x = v[i];
                const y = at.has(i) ? mask : walk(x);
                if (y !== x)
                    (out ??= v.slice())[i] = y;
            }
            return out ?? v;
        }
        if (typeof v === 'object' && v !== null) {
            const obj = v;
            let out;
            for (const k of Object.keys(obj)) {
                const x = obj[k];
                const y = walk(x);
                if (y !== x)
                    (out ??= { ...obj })[k] = y;
            }
            return out ?? v;
        }
        return v;
    };
    return walk(value);
}


/***/ }),

/***/ 24164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sw: () => (/* binding */ acquireApplyLock),
  kR: () => (/* binding */ clusterLockStatus)
});

// UNUSED EXPORTS: clusterMembership

// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/host/lock-holder.ts
var lock_holder = __webpack_require__(73266);
;// CONCATENATED MODULE: ./src/host/cluster-lock.ts
/**
 * The cluster-wide apply lock: one holder across every node of a Proxmox VE cluster, so two
 * runners connected to different nodes never interleave (the host-wide queue of host-lock.ts
 * lives in /run/lock of one node and cannot see the other nodes' runners).
 *
 * Protocol, over a `ClusterLockStore` (cluster-lock-store.ts: a record and one folder per
 * generation under /etc/pve/phoenix, shared by pmxcfs):
 * - Take: read the record. When it is absent or released, `mkdir` generation N+1's folder. That
 *   `mkdir` is atomic cluster-wide, as in Proxmox's `cfs_lock` (PVE::Cluster), so exactly one
 *   contender makes it; it writes the record (held, generation N+1, who, node, pid, heartbeat),
 *   reads it back after a moment and holds the lock when the record is still its own.
 * - Hold: renew the heartbeat every quarter of the stale bound, for as long as the run takes
 *   (unlike a priv/lock folder, which pmxcfs expires after 120 s: see the store's comment). A
 *   renewal that finds another holder's record says the lock was lost.
 * - Release: write the record as released (and prune the previous generation's folder).
 * - Stale holder: a waiter watches the record; when its heartbeat has not changed for `staleMs` on
 *   the waiter's own clock (no clock skew between machines matters), or the holder ran on this
 *   machine and its process is gone (lock-holder.ts), the waiter takes over by claiming the next
 *   generation, never silently: it warns naming the holder, and the record keeps `tookOverFrom`.
 *   A contender that made a generation's folder and died before writing the record blocks the
 *   others for `staleMs`; then the next generation is tried.
 */




const DEFAULT_CLUSTER_STALE_MS = 120_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function time(ms) {
    return new Date(ms)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
}
/** `run ID by WHO on node N (note), holding it since T, last heartbeat T`. */
function describeClusterHolder(r) {
    return (`run ${r.id} by ${r.who}${r.node ? ` on node ${r.node}` : ''}${r.note ? ` (${r.note})` : ''}, ` +
        `holding it since ${time(r.since)}, last heartbeat ${time(r.heartbeat)}${r.run ? ` (${r.run})` : ''}`);
}
function defaultIdentity() {
    const self = (0,lock_holder/* selfIdentity */.R4)();
    let user = 'unknown';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        // no user database entry
    }
    return { who: `${user}@${self.host} pid ${self.pid}`, ...self };
}
/** The record's holder is a process of this machine that no longer runs. */
function holderDeadHere(r) {
    if (typeof r.host !== 'string' || typeof r.pid !== 'number')
        return false;
    return ((0,lock_holder/* localLiveness */.VE)({
        host: r.host,
        pid: r.pid,
        ...(r.boot ? { boot: r.boot } : {}),
        ...(r.start ? { start: r.start } : {}),
    }) === 'dead');
}
const sameText = (a, b) => a.kind === b.kind && (a.kind === 'absent' || a.text === b.text);
class ClusterLock {
    store;
    record;
    now;
    warn;
    timer;
    released = false;
    lost = false;
    constructor(store, record, now, warn) {
        this.store = store;
        this.record = record;
        this.now = now;
        this.warn = warn;
    }
    get id() {
        return this.record.id;
    }
    get generation() {
        return this.record.gen;
    }
    static async acquire(store, o) {
        const now = o.now ?? Date.now;
        const staleMs = o.staleMs ?? DEFAULT_CLUSTER_STALE_MS;
        const pollMs = o.pollMs ?? 1000;
        const warn = o.onWarning ?? (() => undefined);
        const me = o.identity ?? defaultIdentity();
        const id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
        const run = (0,lock_holder/* githubRunUrl */.Gk)(o.env ?? process.env);
        const started = now();
        await store.prepare();
        /** The record as last seen, and since when (waiter's clock) it has not changed. */
        let seen;
        /** A generation whose folder exists but whose record was not written (yet), and since when. */
        let blocked;
        let lastGen = 0;
        let waitingFor;
        for (;;) {
            const read = await store.read();
            if (!seen || !sameText(seen.read, read))
                seen = { read, at: now() };
            const rec = read.kind === 'record' ? read.record : undefined;
            if (rec)
                lastGen = Math.max(lastGen, rec.gen);
            const unchangedFor = now() - seen.at;
            const free = read.kind === 'absent' || rec?.state === 'released';
            const stale = !free && (unchangedFor >= staleMs || (rec !== undefined && holderDeadHere(rec)));
            let target = free || stale ? lastGen + 1 : undefined;
            if (target !== undefined && blocked && blocked.gen >= target)
                // Someone made that folder: wait for its record, unless it never came.
                target = now() - blocked.at >= staleMs ? blocked.gen + 1 : undefined;
            if (target !== undefined) {
                if (await store.claim(target)) {
                    const mine = {
                        gen: target,
                        state: 'held',
                        id,
                        who: me.who,
                        ...(o.node ? { node: o.node } : {}),
                        ...(o.note ? { note: o.note } : {}),
                        ...(run ? { run } : {}),
                        host: me.host,
                        pid: me.pid,
                        ...(me.boot ? { boot: me.boot } : {}),
                        ...(me.start ? { start: me.start } : {}),
                        since: now(),
                        heartbeat: now(),
                        ...(stale && rec ? { tookOverFrom: rec.id } : {}),
                    };
                    await store.write(mine);
                    await sleep(Math.min(pollMs, 1000));
                    const back = await store.read();
                    if (back.kind === 'record' && back.record.id === id) {
                        if (stale)
                            warn(`took over the cluster-wide apply lock (${store.where}) from ` +
                                (rec
                                    ? `${describeClusterHolder(rec)}: its heartbeat has not changed for ${Math.round(unchangedFor / 1000)} s`
                                    : `an unreadable holder record unchanged for ${Math.round(unchangedFor / 1000)} s`));
                        await store.prune(target - 1);
                        const lock = new ClusterLock(store, mine, now, warn);
                        lock.startRenewing(Math.max(1000, Math.floor(staleMs / 4)));
                        return lock;
                    }
                    // Another contender's record replaced ours: back to waiting.
                    continue;
                }
                if (!blocked || blocked.gen !== target)
                    blocked = { gen: target, at: now() };
            }
            if (rec && rec.state === 'held' && rec.id !== waitingFor) {
                waitingFor = rec.id;
                o.onWait?.(rec);
            }
            if (now() - started >= o.timeoutMs) {
                const who = rec ? describeClusterHolder(rec) : 'a run whose record is not written yet';
                throw new errors/* UserError */.y(`timed out after ${Math.round(o.timeoutMs / 1000)} s waiting for the cluster-wide apply lock ` +
                    `(${store.where}): held by ${who}. A holder whose heartbeat stops for ${Math.round(staleMs / 1000)} s ` +
                    `is taken over; otherwise try again when it has finished.`, 1);
            }
            await sleep(Math.min(pollMs, Math.max(1, o.timeoutMs - (now() - started))));
        }
    }
    startRenewing(everyMs) {
        this.timer = setInterval(() => void this.renew(), everyMs);
        this.timer.unref();
    }
    /** Writes a new heartbeat, or stops (with a warning) when another holder's record is there. */
    async renew() {
        if (this.released || this.lost)
            return;
        try {
            const r = await this.store.read();
            if (r.kind !== 'record' || r.record.id !== this.record.id || r.record.gen !== this.record.gen) {
                this.lost = true;
                if (this.timer)
                    clearInterval(this.timer);
                this.warn(`lost the cluster-wide apply lock (${this.store.where}): ` +
                    (r.kind === 'record' ? `${describeClusterHolder(r.record)} holds it now` : 'its record is gone'));
                return;
            }
            this.record = { ...this.record, heartbeat: this.now() };
            await this.store.write(this.record);
        }
        catch (err) {
            this.warn(`could not renew the cluster-wide apply lock: ${(0,errors/* getErrorMessage */.u)(err)}`);
        }
    }
    async release() {
        if (this.released)
            return;
        this.released = true;
        if (this.timer)
            clearInterval(this.timer);
        const r = await this.store.read();
        if (r.kind !== 'record' || r.record.id !== this.record.id) {
            this.warn(`the cluster-wide apply lock was no longer ours to release (${this.store.where})`);
            return;
        }
        await this.store.write({ ...this.record, state: 'released', releasedAt: this.now() });
    }
}

// EXTERNAL MODULE: ./src/host/runner.ts
var runner = __webpack_require__(58934);
;// CONCATENATED MODULE: ./src/host/cluster-lock-store.ts
/**
 * Where the cluster-wide apply lock lives (cluster-lock.ts): a holder record and one folder per
 * generation under /etc/pve/phoenix, which pmxcfs shows alike on every node of the cluster.
 *
 * Why these places. Proxmox's own cluster lock (`cfs_lock` in PVE::Cluster, pve-cluster) is an
 * atomic `mkdir /etc/pve/priv/lock/NAME` that pmxcfs orders across the cluster; but pmxcfs expires
 * such a folder 120 s after another node asked for it (`utime(0, 0)` on it: cfs-plug-memdb.c
 * `cfs_plug_memdb_utimens` sends the unlock request, memdb.c `memdb_lock_expired` with
 * CFS_LOCK_TIMEOUT grants it), and `cfs_lock` itself bounds the locked code to 60 s. An apply runs
 * for an hour, so the lock cannot be a priv/lock folder. Folders elsewhere under /etc/pve never
 * expire, and their `mkdir` is as atomic cluster-wide (every write goes through the cluster's
 * ordered messages), so the atomic step here is the `mkdir` of the next generation's folder
 * (`apply-lock.d/N`), and the record (`apply-lock.json`) says who holds generation N and when it
 * last renewed. pmxcfs has no compare-and-swap for file contents; cluster-lock.ts never needs one
 * beyond that `mkdir`. Only `mkdir`, `tee`, `cat` and `rmdir` are used.
 */


const CLUSTER_LOCK_DIR = '/etc/pve/phoenix';
const CLUSTER_LOCK_RECORD = `${CLUSTER_LOCK_DIR}/apply-lock.json`;
const CLUSTER_LOCK_GENERATIONS = `${CLUSTER_LOCK_DIR}/apply-lock.d`;
function parseRecord(text) {
    try {
        const r = JSON.parse(text);
        if (typeof r === 'object' &&
            r !== null &&
            Number.isInteger(r.gen) &&
            (r.state === 'held' || r.state === 'released') &&
            typeof r.id === 'string' &&
            typeof r.who === 'string' &&
            typeof r.since === 'number' &&
            typeof r.heartbeat === 'number')
            return { kind: 'record', record: r, text };
    }
    catch {
        // fall through
    }
    return { kind: 'garbled', text };
}
/** The store on a Proxmox VE node, through its shell transport. */
class ShellClusterLockStore {
    where = CLUSTER_LOCK_RECORD;
    runner;
    constructor(transport) {
        this.runner = new runner/* HostRunner */.bv(transport);
    }
    async mustRun(cmd, what) {
        const r = await this.runner.once(cmd);
        if (r.exitCode !== 0)
            throw new Error(`${what} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        return r.stdout;
    }
    async prepare() {
        await this.mustRun((0,commands/* mkdirP */.U$)(CLUSTER_LOCK_GENERATIONS), `making ${CLUSTER_LOCK_GENERATIONS}`);
    }
    async claim(gen) {
        const r = await this.runner.once((0,commands/* mkdirNew */.QS)(`${CLUSTER_LOCK_GENERATIONS}/${gen}`, '0755'));
        if (r.exitCode === 0)
            return true;
        if (/File exists/i.test(r.stderr))
            return false;
        throw new Error(`claiming generation ${gen} of the cluster-wide apply lock failed: ${r.stderr.trim()}`);
    }
    async read() {
        const r = await this.runner.once((0,commands/* readFile */.TA)(CLUSTER_LOCK_RECORD));
        if (r.exitCode !== 0) {
            if (/No such file/i.test(r.stderr))
                return { kind: 'absent' };
            throw new Error(`reading ${CLUSTER_LOCK_RECORD} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
        }
        return parseRecord(r.stdout);
    }
    async write(record) {
        await this.mustRun((0,commands/* writeFile */._h)(CLUSTER_LOCK_RECORD, JSON.stringify(record) + '\n'), `writing ${CLUSTER_LOCK_RECORD}`);
    }
    async prune(gen) {
        if (gen < 1)
            return;
        await this.runner.once((0,commands/* rmdirEmpty */.UX)(`${CLUSTER_LOCK_GENERATIONS}/${gen}`)).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/host/host-lock.ts + 1 modules
var host_lock = __webpack_require__(25611);
;// CONCATENATED MODULE: ./src/host/apply-lock.ts
/**
 * The apply lock as apply and setup-hypervisor take it: the host-wide queue of the connected node
 * (host-lock.ts: fair order among the runners of that node, dead holders on it released at once),
 * then, when that node is a member of a cluster, the cluster-wide lock under /etc/pve
 * (cluster-lock.ts), so runners connected to different nodes never interleave. On a single node
 * (`pvesh get /cluster/status` lists no cluster) only the host-wide queue is taken, as before.
 * Released in the reverse order. A run stopped by a signal releases the host-wide claim at once
 * (host-lock.ts); its cluster record stays until a waiter takes it over, once its heartbeat has
 * been still for the stale bound (cluster-lock.ts), with a warning naming it.
 */






/** Is the node a cluster member, and what is its name (`/cluster/status`: a `cluster` entry, `local`)? */
async function clusterMembership(transport, onWarning = () => undefined) {
    try {
        const r = await new runner/* HostRunner */.bv(transport).once((0,commands/* clusterStatus */.r_)());
        if (r.exitCode !== 0)
            return { inCluster: false };
        const rows = JSON.parse(r.stdout);
        if (!Array.isArray(rows))
            return { inCluster: false };
        const local = rows.find((x) => x?.type === 'node' && Number(x.local) === 1);
        return {
            inCluster: rows.some((x) => x?.type === 'cluster'),
            ...(typeof local?.name === 'string' ? { node: local.name } : {}),
        };
    }
    catch (err) {
        onWarning(`cannot tell whether the node is in a cluster (pvesh get /cluster/status: ${(0,errors/* getErrorMessage */.u)(err)}): only the host-wide apply lock is taken`);
        return { inCluster: false };
    }
}
/** Both locks (the cluster one only on a cluster), held until `release`. */
async function acquireApplyLock(transport, o) {
    const now = o.now ?? Date.now;
    const started = now();
    const host = await host_lock/* HostLock */.kn.acquire(new host_lock/* ShellLockQueue */.VA(transport), o);
    let cluster;
    try {
        const membership = await clusterMembership(transport, o.onWarning);
        if (membership.inCluster)
            cluster = await ClusterLock.acquire(new ShellClusterLockStore(transport), {
                // One wait in all: what the host-wide queue left of it (at least a second).
                timeoutMs: Math.max(1000, o.timeoutMs - (now() - started)),
                staleMs: o.staleMs ?? o.ttlMs,
                pollMs: o.pollMs,
                node: membership.node,
                note: o.note,
                now: o.now,
                env: o.env,
                onWarning: o.onWarning,
                onWait: (h) => (o.onClusterWait ?? o.onWarning)?.(`waiting for the cluster-wide apply lock: ${describeClusterHolder(h)}`),
            });
    }
    catch (err) {
        await host.release().catch(() => undefined);
        throw err;
    }
    return {
        id: host.id,
        async release() {
            try {
                await cluster?.release();
            }
            finally {
                await host.release();
            }
        },
    };
}
/** One line on the cluster-wide lock for `phoenix unlock`; undefined on a lone node. */
async function clusterLockStatus(transport) {
    if (!(await clusterMembership(transport)).inCluster)
        return undefined;
    const store = new ShellClusterLockStore(transport);
    const r = await store.read();
    if (r.kind === 'absent' || (r.kind === 'record' && r.record.state === 'released'))
        return `The cluster-wide apply lock (${store.where}) is free.`;
    if (r.kind === 'garbled')
        return `The cluster-wide apply lock (${store.where}) has an unreadable record.`;
    return (`The cluster-wide apply lock (${store.where}) is held by ${describeClusterHolder(r.record)}; ` +
        `a waiter takes it over once that heartbeat has been still for the stale bound (120 s by default; phoenix unlock does not release it).`);
}


/***/ }),

/***/ 70436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SHELL_CAPABILITIES: () => (/* binding */ SHELL_CAPABILITIES),
  ShellHostPort: () => (/* binding */ ShellHostPort)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
// EXTERNAL MODULE: ./src/proxmox/state-reader.ts + 2 modules
var state_reader = __webpack_require__(67507);
;// CONCATENATED MODULE: ./src/host/firewall-file.ts
function firewallPath(vmid) {
    return `/etc/pve/firewall/${vmid}.fw`;
}
const SAFE = /^[A-Za-z0-9_.:/,+-]+$/;
function field(flag, value) {
    if (value === undefined || value === '')
        return [];
    if (!SAFE.test(value))
        throw new Error(`firewall rule: invalid ${flag} value '${value}'`);
    return [`-${flag}`, value];
}
function renderRule(rule) {
    const comment = rule.comment ? ` # ${rule.comment.replace(/[\r\n]+/g, ' ')}` : '';
    if (rule.type === 'group') {
        if (!SAFE.test(rule.action))
            throw new Error(`firewall rule: invalid group name '${rule.action}'`);
        return `GROUP ${rule.action}${comment}`;
    }
    const action = rule.action.toUpperCase();
    if (!/^[A-Z][A-Z0-9_-]*$/.test(action))
        throw new Error(`firewall rule: invalid action '${rule.action}'`);
    const parts = [
        rule.type.toUpperCase(),
        action,
        ...field('source', rule.source),
        ...field('dest', rule.dest),
        ...field('p', rule.proto),
        ...(rule.port && rule.proto !== 'icmp' ? field('dport', rule.port) : []),
    ];
    return parts.join(' ') + comment;
}
function renderFirewallFile(enabled, rules) {
    const lines = ['[OPTIONS]', '', `enable: ${enabled ? 1 : 0}`, '', '[RULES]', ''];
    for (const r of rules)
        lines.push(renderRule(r));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/host/failure.ts
var failure = __webpack_require__(62596);
;// CONCATENATED MODULE: ./src/host/guest-commands.ts
/**
 * The host commands of one guest's lifecycle, with the container/VM difference in one place:
 * `pct` or `qm`, files pushed with `pct push` or written through the QEMU guest agent, commands
 * run with `pct exec` or `qm guest exec`, and the JSON answer of `qm guest exec`. Every argv
 * comes from the builders in proxmox/commands.ts; this module only picks the builder and attaches
 * stdin where a builder reads a file from it. The shell host port runs them.
 */


/** How much longer than its `--timeout` a `qm guest exec` may take to answer. */
const AGENT_GRACE_SEC = 30;
const withStdin = (cmd, stdin) => ({ ...cmd, stdin });
function guestOps(kind, id) {
    if (kind === 'lxc') {
        return {
            kind,
            id,
            start: () => (0,commands/* pctStart */.SC)(id),
            stop: () => (0,commands/* pctStop */.SA)(id),
            shutdown: (timeoutSec) => (0,commands/* pctShutdown */._$)(id, { timeoutSec, forceStop: true }),
            snapshot: (name, description) => (0,commands/* pctSnapshot */.Ix)(id, name, { description }),
            deleteSnapshot: (name, force) => (0,commands/* pctDeleteSnapshot */.Hy)(id, name, force ? { force } : {}),
            rollback: (name, start) => (0,commands/* pctRollback */.gH)(id, name, start ? { start } : {}),
            template: () => (0,commands/* pctTemplate */.oi)(id),
            destroy: (o) => (0,commands/* pctDestroy */.KF)(id, { purge: true, ...(o?.unreferenced ? { destroyUnreferencedDisks: true } : {}) }),
            unlock: () => (0,commands/* pctUnlock */.Mf)(id),
            config: () => (0,commands/* pctConfig */.k)(id),
            setMeta: (o) => (0,commands/* pctSet */.MV)(id, o),
            // `pct exec` has no timeout of its own: the bound goes to the host runner, which runs the
            // command under `timeout` (before, it was dropped here and container scripts ran unbounded).
            exec: (argv, timeoutSec) => ({
                command: (0,commands/* pctExec */.NU)(id, argv),
                viaAgent: false,
                ...(timeoutSec !== undefined ? { timeoutSec } : {}),
            }),
            writeFile: (path, content, perms) => ({
                command: withStdin((0,commands/* pctPush */._0)(id, '/dev/stdin', path, { perms }), content),
                viaAgent: false,
            }),
            agentPing: () => undefined,
        };
    }
    return {
        kind,
        id,
        start: () => (0,commands/* qmStart */.R8)(id),
        stop: () => (0,commands/* qmStop */.Pe)(id),
        shutdown: (timeoutSec) => (0,commands/* qmShutdown */.fj)(id, { timeoutSec, forceStop: true }),
        snapshot: (name, description) => (0,commands/* qmSnapshot */.Jz)(id, name, { description }),
        deleteSnapshot: (name, force) => (0,commands/* qmDeleteSnapshot */.YN)(id, name, force ? { force } : {}),
        rollback: (name, start) => (0,commands/* qmRollback */.zc)(id, name, start ? { start } : {}),
        template: () => (0,commands/* qmTemplate */.nP)(id),
        destroy: (o) => (0,commands/* qmDestroy */.xN)(id, { purge: true, ...(o?.unreferenced ? { destroyUnreferencedDisks: true } : {}) }),
        unlock: () => (0,commands/* qmUnlock */.LQ)(id),
        config: () => (0,commands/* qmConfig */.Bm)(id),
        setMeta: (o) => (0,commands/* qmSet */.dW)(id, o),
        exec: (argv, timeoutSec) => ({
            command: (0,commands/* qmGuestExec */.sx)(id, argv, { timeoutSec }),
            viaAgent: true,
            ...(timeoutSec !== undefined ? { timeoutSec: timeoutSec + AGENT_GRACE_SEC } : {}),
        }),
        writeFile: (path, content, perms) => ({
            command: withStdin((0,commands/* qmGuestExec */.sx)(id, ['sh', '-c', 'umask 077 && cat > "$1" && chmod "$2" "$1"', 'sh', path, perms], {
                passStdin: true,
            }), content),
            viaAgent: true,
        }),
        agentPing: () => (0,commands/* qmGuestCmd */.pV)(id, 'ping'),
    };
}
/** Reads the JSON that `qm guest exec` prints (`exitcode`, `exited`, `out-data`, `err-data`). */
function parseAgentExec(stdout) {
    const start = stdout.indexOf('{');
    if (start < 0)
        return undefined;
    try {
        const v = JSON.parse(stdout.slice(start));
        const exited = v.exited === 1 || v.exited === true;
        return {
            exitCode: typeof v.exitcode === 'number' ? v.exitcode : exited ? 0 : -1,
            exited,
            stdout: typeof v['out-data'] === 'string' ? v['out-data'] : '',
            stderr: typeof v['err-data'] === 'string' ? v['err-data'] : '',
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Runs a command inside the guest with `run` (the port's runner, on the guest's node) and reads
 * its result: `pct exec`/`pct push` pass the guest's exit code through; `qm guest exec` prints a
 * JSON status (a non-zero exit of `qm` itself is a host failure).
 */
async function runGuestExec(run, e) {
    const bound = e.timeoutSec !== undefined ? { timeoutMs: e.timeoutSec * 1000 } : {};
    if (!e.viaAgent) {
        try {
            const r = await run(e.command, bound);
            return { status: 'exited', exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
        }
        catch (err) {
            if (err instanceof failure/* HostCommandFailed */.hQ && err.result) {
                const { exitCode, stdout, stderr } = err.result;
                return { status: 'exited', exitCode, stdout, stderr };
            }
            throw err;
        }
    }
    const r = await run(e.command, bound);
    const status = parseAgentExec(r.stdout);
    if (!status)
        return { status: 'unreadable', text: r.stdout || r.stderr };
    if (!status.exited)
        return { status: 'running' };
    return { status: 'exited', exitCode: status.exitCode, stdout: status.stdout, stderr: status.stderr };
}

// EXTERNAL MODULE: ./src/host/apply-lock.ts + 2 modules
var apply_lock = __webpack_require__(24164);
;// CONCATENATED MODULE: ./src/host/lxc-raw-lines.ts
/**
 * A container config file's raw `lxc.*` lines (which `pct set` cannot write): the text with the
 * main section's lines replaced. Pure; the shell host port reads and writes the file.
 */

/** The config text with the main section's `lxc.*` lines replaced by `lines`. */
function replaceRawLxcLines(text, lines) {
    const all = text.split('\n');
    const first = all.findIndex((l) => l.startsWith('['));
    const end = first < 0 ? all.length : first;
    const kept = [...all.slice(0, end).filter((l) => !/^lxc\.[^:=\s]+\s*[:=]/.test(l)), ...all.slice(end)].join('\n');
    return (0,commands/* mergeRawLxcLines */.$U)(kept, lines) ?? kept;
}
/**
 * The `lock:` property of a guest config as `pct config`/`qm config` print it or as the file holds
 * it (main section only: snapshot sections never carry the live lock); undefined when unlocked.
 */
function configLock(text) {
    for (const line of text.split('\n')) {
        if (line.startsWith('['))
            break;
        const m = /^lock:\s*(\S+)\s*$/.exec(line);
        if (m)
            return m[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/host/node-routes.ts


const show = (s) => JSON.stringify(s);
/** The cluster's nodes as last read; shared by every policy view of one port. */
class NodeRoutes {
    nodes = [];
    /** Takes the nodes of a state read (an absent list keeps what was known). */
    use(nodes) {
        if (nodes?.length)
            this.nodes = [...nodes];
    }
    /** The node commands run on without a hop, when the cluster facts name it. */
    get localNode() {
        return this.nodes.find((n) => n.local)?.name;
    }
    /**
     * `cmd` as it must be sent to run on `node`: unchanged for the local node, an unknown node on a
     * host without cluster facts, or no node at all; through the hop for another node. Refuses (a
     * HostCommandFailed naming the node, nothing sent) a node that is offline, has no address, or
     * is not in the cluster.
     */
    route(cmd, node) {
        if (node === undefined || this.nodes.length === 0)
            return cmd;
        const local = this.localNode;
        if (node === local)
            return cmd;
        const refuse = (why) => {
            throw new failure/* HostCommandFailed */.hQ(cmd.argv, { error: `node ${show(node)} ${why}; nothing was run there` });
        };
        const entry = this.nodes.find((n) => n.name === node);
        if (!entry) {
            // A one-node host whose facts do not name the guest's node (say a renamed node): local.
            if (this.nodes.length === 1)
                return cmd;
            return refuse(`is not a node of this cluster (nodes: ${this.nodes.map((n) => n.name).join(', ')})`);
        }
        if (local === undefined) {
            if (this.nodes.length === 1)
                return cmd;
            return refuse('cannot be reached: the state read names no local node to hop from');
        }
        if (!entry.online)
            return refuse('is offline (pvesh get /cluster/status); its guests cannot be changed now');
        if (!entry.address)
            return refuse('has no cluster address in /cluster/status');
        return (0,commands/* onNode */.WU)({ node, address: entry.address }, cmd);
    }
}

// EXTERNAL MODULE: ./src/host/retry.ts
var retry = __webpack_require__(4220);
// EXTERNAL MODULE: ./src/host/runner.ts
var runner = __webpack_require__(58934);
;// CONCATENATED MODULE: ./src/host/shell-port.ts
/**
 * The host port over a shell transport (simulator, local, local+sudo, SSH): every operation is one
 * or a few commands from the builders in proxmox/commands.ts, run by the host runner with the
 * view's retry policy, so the argv each operation sends (and the audit log records) is exactly
 * what apply sent before the port existed. Proxmox's CLI wording for an idempotent case
 * (`already running`, `not running`, `does not exist`) is read here and nowhere else.
 */











/** A shell host that is neither the simulator nor behind sudo. */
const SHELL_CAPABILITIES = {
    canExecInGuest: true,
    canWriteRawConfig: true,
    isSimulator: false,
    supportsSudo: false,
};
function describedCapabilities(transport) {
    return {
        ...SHELL_CAPABILITIES,
        isSimulator: transport.description.startsWith('sim:'),
        supportsSudo: transport.description.endsWith('+sudo'),
    };
}
class ShellHostPort {
    transport;
    capabilities;
    policy;
    runner;
    /** Which node a guest's commands run on (learnt from `readState` or `useCluster`). */
    routes;
    constructor(transport, options = {}) {
        this.transport = transport;
        this.capabilities = options.capabilities ?? describedCapabilities(transport);
        this.policy = options.policy ?? { retry: retry/* DEFAULT_RETRY */.vI };
        this.routes = options.routes ?? new NodeRoutes();
        this.runner = new runner/* HostRunner */.bv(transport, { retry: this.policy.retry, onRetry: this.policy.onRetry });
    }
    get description() {
        return this.transport.description;
    }
    withPolicy(policy) {
        return new ShellHostPort(this.transport, {
            capabilities: this.capabilities,
            policy,
            routes: this.routes,
        });
    }
    close() {
        return this.transport.close();
    }
    async readState(options) {
        const state = await (0,state_reader/* readLiveState */.eY)(this.transport, options);
        this.routes.use(state.nodeDetails);
        return state;
    }
    useCluster(nodes) {
        this.routes.use(nodes);
    }
    acquireLock(options) {
        return (0,apply_lock/* acquireApplyLock */.sw)(this.transport, options);
    }
    /** Runs `cmd` on `node` (through the node hop when it is not the connected node). */
    async exec(cmd, o = {}, node) {
        return this.runner.run(this.routes.route(cmd, node), o);
    }
    /** The guest's config file under /etc/pve (no hop: pmxcfs shows it on every node). */
    configPath(guest) {
        return (0,commands/* lxcConfigPath */.jE)(guest.id, guest.node ?? this.routes.localNode);
    }
    ops(guest) {
        return guestOps(guest.kind, guest.id);
    }
    // ---- making guests ----
    async downloadTemplate(storage, file, node) {
        await this.exec((0,commands/* pveamDownload */.Uz)(storage, file), {}, node);
    }
    async createContainer(guest, template, spec) {
        await this.exec((0,commands/* pctCreate */.Sq)(guest.id, template, spec), {}, guest.node);
    }
    async createVm(guest, spec, sshkeys) {
        const keysFile = sshkeys !== undefined ? await this.stageSshKeys(guest, sshkeys) : undefined;
        await this.exec((0,commands/* qmCreate */.rS)(guest.id, { ...spec, ...(keysFile ? { sshkeysFile: keysFile } : {}) }), {}, guest.node);
    }
    async importVmDisk(guest, image, storage, targetDisk) {
        // `import-from=` takes a volume id of `import` content (where setup-hypervisor puts cloud
        // images) as well as a host path; `qm disk import` would take a path only.
        const index = Number(/^scsi(\d+)$/.exec(targetDisk)?.[1] ?? NaN);
        if (!Number.isInteger(index))
            throw new Error(`cannot import a disk as ${targetDisk}: scsi disks only`);
        await this.exec((0,commands/* qmSet */.dW)(guest.id, { scsi: { [index]: { file: `${storage}:0`, importFrom: image } } }), {}, guest.node);
    }
    /** Runs on the source's node: Proxmox clones only there (`--target` names where it lands). */
    async cloneGuest(target, source, options) {
        const { name, ...o } = options;
        await this.exec(target.kind === 'lxc'
            ? (0,commands/* pctClone */.HP)(source.id, target.id, { ...o, hostname: name })
            : (0,commands/* qmClone */.eo)(source.id, target.id, { ...o, name }), {}, source.node);
    }
    /**
     * Runs on the guest's node (pve-container / qemu-server `migrate_vm` move the guest away from
     * the node they run on). A running container moves by restart (Proxmox refuses to move it
     * otherwise), bounded by the step's shutdown timeout; a running VM live.
     */
    async migrate(guest, move) {
        await this.exec(guest.kind === 'lxc'
            ? (0,commands/* pctMigrate */.hy)(guest.id, move.to, {
                restart: move.restart,
                ...(move.restart && move.timeoutSec !== undefined ? { timeoutSec: move.timeoutSec } : {}),
            })
            : (0,commands/* qmMigrate */.cz)(guest.id, move.to, { online: move.online, withLocalDisks: move.withLocalDisks }), {}, guest.node);
    }
    // ---- configuring guests ----
    async setContainer(guest, settings) {
        await this.exec((0,commands/* pctSet */.MV)(guest.id, settings), {}, guest.node);
    }
    async setVm(guest, settings, sshkeys) {
        const keysFile = sshkeys !== undefined ? await this.stageSshKeys(guest, sshkeys) : undefined;
        await this.exec((0,commands/* qmSet */.dW)(guest.id, { ...settings, ...(keysFile ? { sshkeysFile: keysFile } : {}) }), {}, guest.node);
    }
    async setMeta(guest, meta) {
        await this.exec(this.ops(guest).setMeta(meta), {}, guest.node);
    }
    /**
     * `pct set` cannot write `lxc.*` keys: read the CT config file, replace them, write it back. The
     * file is the guest's node's (`/etc/pve/nodes/NODE/lxc/ID.conf`), read without a hop (pmxcfs);
     * the write runs on the guest's node, since the config lock it takes is a file on that node
     * (pve-container `PVE::LXC::Config::config_file_lock`: `/run/lock/lxc/pve-config-ID.lock`).
     */
    async setRawLxcLines(guest, lines) {
        if (guest.kind !== 'lxc')
            throw new Error(`raw lxc.* lines are for containers, not VM ${guest.id}`);
        const current = await this.exec((0,commands/* readFile */.TA)(this.configPath(guest)));
        // Proxmox writes no config of a locked guest (`check_lock`); a raw write must not either.
        const lock = configLock(current.stdout);
        if (lock)
            throw new Error(`CT is locked (${lock}); its raw lxc.* lines are not written`);
        const next = replaceRawLxcLines(current.stdout, lines);
        if (next !== current.stdout)
            await this.exec((0,commands/* writeLxcConfig */.L2)(guest.id, next, guest.node ?? this.routes.localNode), {}, guest.node);
    }
    /**
     * Bind-mount source folders: each missing one is made (its parents with `mkdir -p`, as the
     * original tooling did and upstream estates rely on) and given the container's owner. A folder
     * that exists already, often holding the operator's data, keeps its owner and mode: apply
     * never re-owns what it did not make (`mkdir -m` answers `File exists` for it).
     */
    async makeHostDirs(dirs, node) {
        for (const d of dirs) {
            const parent = external_node_path_.posix.dirname(d.path);
            if (parent !== '/')
                await this.exec((0,commands/* mkdirP */.U$)(parent), {}, node);
            const made = await this.exec((0,commands/* mkdirNew */.QS)(d.path, '0755'), { okWhen: /File exists/ }, node);
            if (made.exitCode === 0)
                await this.exec((0,commands/* installDirIds */.X4)(d.path, '0755', d.uid, d.gid), {}, node);
        }
    }
    async resizeDisk(guest, disk, size) {
        await this.exec(guest.kind === 'lxc' ? (0,commands/* pctResize */.W0)(guest.id, disk, size) : (0,commands/* qmResize */.df)(guest.id, disk, size), {}, guest.node);
    }
    async moveVolume(guest, disk, storage) {
        await this.exec(guest.kind === 'lxc' ? (0,commands/* pctMoveVolume */.v4)(guest.id, disk, storage) : (0,commands/* qmDiskMove */.JJ)(guest.id, disk, storage), {}, guest.node);
    }
    async reassignVolume(from, key, to, toKey) {
        await this.exec((0,commands/* pctReassignVolume */.AQ)(from.id, key, to, toKey), {}, from.node);
    }
    async backup(guest, storage) {
        await this.exec((0,commands/* vzdump */.t5)(guest.id, { storage, mode: 'stop' }), {}, guest.node);
    }
    async writeFirewall(guest, enabled, rules) {
        await this.exec((0,commands/* writeFile */._h)(firewallPath(guest.id), renderFirewallFile(enabled, rules)));
    }
    // ---- lifecycle ----
    async start(guest, call = {}) {
        const r = await this.exec(this.ops(guest).start(), { okWhen: /already running/, ...call }, guest.node);
        return { already: r.exitCode !== 0 };
    }
    async shutdown(guest, timeoutSec) {
        const r = await this.exec(this.ops(guest).shutdown(timeoutSec), { okWhen: /not running/ }, guest.node);
        return { already: r.exitCode !== 0 };
    }
    async stop(guest) {
        const r = await this.exec(this.ops(guest).stop(), { okWhen: /not running/ }, guest.node);
        return { already: r.exitCode !== 0 };
    }
    async snapshot(guest, name, description) {
        await this.exec(this.ops(guest).snapshot(name, description), {}, guest.node);
    }
    async deleteSnapshot(guest, name, options = {}) {
        const r = await this.exec(this.ops(guest).deleteSnapshot(name, options.force), options.missingOk ? { okWhen: /does not exist/ } : {}, guest.node);
        return { already: r.exitCode !== 0 };
    }
    async rollback(guest, snapshot, options) {
        await this.exec(this.ops(guest).rollback(snapshot, options.start), {}, guest.node);
    }
    async template(guest) {
        await this.exec(this.ops(guest).template(), {}, guest.node);
    }
    async destroy(guest, options = {}) {
        await this.exec(this.ops(guest).destroy(options), {}, guest.node);
    }
    async guestLock(guest) {
        const r = await this.exec(this.ops(guest).config(), {}, guest.node);
        return configLock(r.stdout);
    }
    async unlock(guest) {
        await this.exec(this.ops(guest).unlock(), {}, guest.node);
    }
    // ---- inside guests ----
    async pingAgent(guest) {
        const ping = this.ops(guest).agentPing();
        if (!ping)
            return undefined;
        const r = await this.runner.once(this.routes.route(ping, guest.node));
        return { answered: r.exitCode === 0, message: (r.stderr || r.stdout).trim() };
    }
    runInGuest(guest, argv, timeoutSec) {
        return runGuestExec((c, o) => this.exec(c, o, guest.node), this.ops(guest).exec(argv, timeoutSec));
    }
    writeGuestFile(guest, path, content, perms) {
        return runGuestExec((c, o) => this.exec(c, o, guest.node), this.ops(guest).writeFile(path, content, perms));
    }
    // ---- host files ----
    async readHostFile(path) {
        const r = await this.exec((0,commands/* readFile */.TA)(path), { okWhen: /No such file or directory/ });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async writeHostFile(path, content) {
        await this.exec((0,commands/* writeFile */._h)(path, content));
    }
    /** `qm --sshkeys` takes a file on the VM's node: write the keys to a fresh one there first. */
    async stageSshKeys(guest, keys) {
        const path = `/tmp/phoenix-sshkeys-${guest.id}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.pub`;
        await this.exec((0,commands/* writeFile */._h)(path, keys.endsWith('\n') ? keys : keys + '\n'), {}, guest.node);
        return path;
    }
}


/***/ }),

/***/ 85111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ LIVE_STATE_VERSION)
/* harmony export */ });
/**
 * The live state of a Proxmox node or cluster as Phoenix records it: a versioned JSON document
 * read in a constant number of host commands. PR plans diff against a recorded copy of it.
 */
const LIVE_STATE_VERSION = 1;


/***/ })

};
