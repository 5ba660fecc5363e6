export const id = 927;
export const ids = [927,969];
export const modules = {

/***/ 26173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectLock: () => (/* binding */ inspectLock),
/* harmony export */   runUnlock: () => (/* binding */ runUnlock),
/* harmony export */   unlock: () => (/* binding */ unlock)
/* harmony export */ });
/* harmony import */ var _host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25611);
/* harmony import */ var _host_apply_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24164);
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _confirm_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8498);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2654);
/**
 * `phoenix unlock --target URL [--force] [--yes] [--identity F] [--known-hosts F] [--fingerprint FP]`
 *
 * Shows who holds the host-wide apply lock (and who waits for it) and releases claims whose
 * holder is gone. A claim whose holder still runs, or whose holder cannot be checked (it ran on
 * another machine), is released only with `--force`. Asks for `yes` on a terminal first (`--yes`
 * skips; without a terminal `--yes` is needed). Exit 0 when the lock is free afterwards (or was),
 * 1 when a claim was kept (no `--force`, or the answer was not `yes`), 2 on usage or I/O errors.
 * On a cluster member it also says who holds the cluster-wide lock (host/cluster-lock.ts), which
 * it never releases: a holder whose heartbeat stopped is taken over by the next run.
 */







const VERDICT = {
    alive: 'its process still runs',
    dead: 'its process no longer runs',
    unknown: 'it ran on another machine, so whether it still runs cannot be checked from here',
};
/** The live claims, holder first, with whether each holder still runs. */
async function inspectLock(queue, now = Date.now()) {
    const claims = (0,_host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .liveClaims */ .AK)(await queue.read(), now);
    const out = [];
    for (const claim of claims)
        out.push({ claim, liveness: await (0,_host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .claimLiveness */ .Uy)(queue, claim) });
    return out;
}
/** Shows the claims, asks, and releases what may be released; the exit code. */
async function unlock(queue, o) {
    const claims = await inspectLock(queue);
    if (claims.length === 0) {
        o.out(`The host-wide apply lock (${queue.where}) is free.\n`);
        return 0;
    }
    for (const [i, { claim, liveness }] of claims.entries()) {
        o.out(`${i === 0 ? 'Holder' : `Waiting (${i})`}: ${(0,_host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .describeHolder */ .sG)(claim)}; ${VERDICT[liveness]}; ` +
            `its lease ends at ${(0,_host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .leaseEnd */ .iJ)(claim)} unless renewed.\n`);
    }
    const release = claims.filter((c) => o.force || c.liveness === 'dead');
    const kept = claims.filter((c) => !release.includes(c));
    if (release.length === 0) {
        o.out('Nothing released: no claim belongs to a process that is gone. A claim whose holder died on ' +
            'another machine ends with its lease; --force releases it now (only when you are sure no ' +
            'apply is running).\n');
        return 1;
    }
    const names = release.map((c) => c.claim.id).join(', ');
    const live = release.filter((c) => c.liveness !== 'dead').length;
    const ok = await (0,_confirm_js__WEBPACK_IMPORTED_MODULE_5__/* .confirm */ .l)({
        command: 'unlock',
        question: `Release ${release.length === 1 ? 'claim' : 'claims'} ${names}` +
            (live > 0 ? ` (${live} of them possibly still working: another apply may then run alongside it)` : '') +
            '?',
        yes: o.yes,
        out: o.out,
        terminal: o.terminal,
    });
    if (!ok) {
        o.out('Nothing released.\n');
        return 1;
    }
    for (const { claim, liveness } of release) {
        await queue.append({
            op: 'release',
            id: claim.id,
            at: Date.now(),
            reason: liveness === 'dead' ? 'holder gone; released by phoenix unlock' : 'forced by phoenix unlock',
        });
        o.out(`Released ${claim.id}.\n`);
    }
    if (kept.length > 0) {
        o.out(`Kept ${kept.map((c) => c.claim.id).join(', ')} (their processes may still run; --force releases them).\n`);
        return 1;
    }
    return 0;
}
async function runUnlock(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('unlock', argv, {
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_6__/* .TARGET_OPTIONS */ .FG,
        force: { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
    }, true);
    if (positionals.length > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`unlock takes no arguments besides options, got '${positionals[0]}'`, 2);
    const target = (0,_target_options_js__WEBPACK_IMPORTED_MODULE_6__/* .requireTarget */ .Fm)('unlock', values);
    const transport = await (0,_host_open_port_js__WEBPACK_IMPORTED_MODULE_2__.openShellTransport)(target, {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
    });
    try {
        const code = await unlock(new _host_host_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .ShellLockQueue */ .VA(transport), {
            force: values.force === true,
            yes: values.yes === true,
            out: io.stdout,
            terminal: (0,_confirm_js__WEBPACK_IMPORTED_MODULE_5__/* .processTerminal */ .q)(io.isTTY),
        });
        const cluster = await (0,_host_apply_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterLockStatus */ .kR)(transport);
        if (cluster)
            io.stdout(`${cluster}\n`);
        return code;
    }
    finally {
        await transport.close();
    }
}


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ confirm),
/* harmony export */   q: () => (/* binding */ processTerminal)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Confirmation before a command changes the host (rollback, unlock; apply may use it too): the
 * caller has printed what will happen; on a terminal this asks for `yes` (nothing else approves,
 * as with Terraform), `--yes` skips the question, and without a terminal the command needs
 * `--yes` (a usage error says so). The answer is read as one line from the terminal's input.
 */


/** This process's terminal: stdin, when both stdin and stdout are a TTY. */
function processTerminal(stdoutIsTTY) {
    return { input: process.stdin, isTTY: stdoutIsTTY && process.stdin.isTTY === true };
}
/** One line from `input` (without its line end); undefined at end of input. */
function readLine(input) {
    return new Promise((resolve) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input, terminal: false });
        let done = false;
        const finish = (line) => {
            if (done)
                return;
            done = true;
            rl.close();
            // Stop reading, so a process waiting for nothing else can exit.
            input.pause();
            resolve(line);
        };
        rl.once('line', (line) => finish(line));
        rl.once('close', () => finish(undefined));
    });
}
/**
 * True when the user approved (typed `yes`, or gave `--yes`); false when they answered anything
 * else. Throws a usage error (exit 2) when there is no terminal to ask on and `--yes` is missing.
 */
async function confirm(o) {
    if (o.yes)
        return true;
    const terminal = o.terminal ?? processTerminal(false);
    if (!terminal.isTTY)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.command} changes the host and asks for confirmation, but there is no terminal to ask on; ` +
            're-run with --yes to approve', 2);
    o.out(`${o.question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
    const answer = await readLine(terminal.input);
    o.out('\n');
    return answer?.trim() === 'yes';
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* reexport safe */ _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__.FG),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   Zb: () => (/* binding */ openHost),
/* harmony export */   my: () => (/* reexport safe */ _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__.my)
/* harmony export */ });
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20779);
/**
 * The options every host-touching command shares (`--target`, SSH credentials, `--audit-log`),
 * parsed and handed to the target factory (src/host/open-port.ts) in one place. The factory loads
 * the host layer only when a target is opened, so commands that never reach a host (validate,
 * plan --state) do not load it, nor ssh2.
 */



/** Declared with their help in specs/shared-options.ts; re-exported for the commands that spread them. */

/** The `--target` value, or a usage error naming the command. */
function requireTarget(command, values) {
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${command} needs --target URL (${_host_open_port_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_HELP */ .a})`, 2);
    return target;
}
/** Opens the host port for `--target` (its commands in the audit log when `--audit-log` is given). */
async function openHost(command, values, io) {
    return (0,_host_open_port_js__WEBPACK_IMPORTED_MODULE_0__/* .openHostPort */ .c)(requireTarget(command, values), {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
        auditLog: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'audit-log'),
    });
}


/***/ }),

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

/***/ 78969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ TARGET_HELP),
  c: () => (/* binding */ openHostPort),
  openShellTransport: () => (/* binding */ openShellTransport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/proxmox/targets.ts
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
        ...(inner.hostTimeouts ? { hostTimeouts: true } : {}),
        run: (argv, options) => inner.run([...prefix, ...argv], options),
        close: () => inner.close(),
    };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/host/open-port.ts
/**
 * The target factory: the one place a kind of target is named. Each kind is one entry of
 * `TARGETS`: the syntax the help text shows, which URLs it takes, and how it opens its host port.
 * Today every kind is a shell transport (the embedded simulator, this machine, SSH) behind
 * `ShellHostPort`, with the capabilities of that kind; setup and `ssh-exec`, which speak argv,
 * take the transport itself (`openShellTransport`). A host reached another way (say `https://`
 * for the Proxmox API with a token) adds an entry here with its own `open` and no `shell`.
 *
 * The transports and the shell port are loaded only when a target is opened, so a front end can
 * import this module for its help text without loading the host layer (or ssh2).
 */



/** The shell port over the kind's transport (with the audit log when asked). */
async function shellPort(transport, options, capabilities) {
    const { SHELL_CAPABILITIES, ShellHostPort } = await Promise.all(/* import() */[__webpack_require__.e(240), __webpack_require__.e(611), __webpack_require__.e(507), __webpack_require__.e(762)]).then(__webpack_require__.bind(__webpack_require__, 70436));
    const { withAudit } = await __webpack_require__.e(/* import() */ 859).then(__webpack_require__.bind(__webpack_require__, 30240));
    const audited = options.auditLog ? withAudit(transport, options.auditLog, options.secrets) : transport;
    return new ShellHostPort(audited, { capabilities: { ...SHELL_CAPABILITIES, ...capabilities } });
}
/** `sim:PATH`: the embedded simulator, its state in PATH (created when absent). */
async function openSim(url, o) {
    const path = url.slice('sim:'.length);
    if (path === '')
        throw new errors/* UserError */.y(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
    const { SimTransport } = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(37), __webpack_require__.e(444)]).then(__webpack_require__.bind(__webpack_require__, 85444));
    return new SimTransport((0,external_node_path_.resolve)(o.cwd ?? process.cwd(), path), {
        env: o.env ?? process.env,
        node: o.simNode,
    });
}
/** `local+sudo`, or `local` with PHOENIX_SUDO set: every command through `sudo -n`. */
function localSudo(url, o) {
    return url === 'local+sudo' || sudoRequested(o.env ?? process.env);
}
/** `local`: commands spawned on this machine. */
async function openLocal(url, o) {
    const { LocalTransport } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 22964));
    const local = new LocalTransport({ env: o.env ?? process.env });
    return localSudo(url, o) ? withSudo(local) : local;
}
/** `ssh://USER@HOST[:PORT]`: key from `identity` or PHOENIX_SSH_KEY, host key from `knownHosts`/`fingerprint`. */
async function openSsh(url, o) {
    const { createSshTransport } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(767)]).then(__webpack_require__.bind(__webpack_require__, 32767));
    return createSshTransport(url, {
        identity: o.identity,
        knownHosts: o.knownHosts,
        fingerprint: o.fingerprint,
        env: o.env ?? process.env,
    });
}
const TARGETS = [
    {
        name: 'sim',
        syntax: 'sim:PATH',
        matches: (url) => url.startsWith('sim:'),
        shell: openSim,
        open: async (url, o) => shellPort(await openSim(url, o), o, { isSimulator: true }),
    },
    {
        name: 'local',
        // `local+sudo` is the same kind of target, run through `sudo -n`.
        syntax: 'local, local+sudo',
        matches: (url) => url === 'local' || url === 'local+sudo',
        shell: openLocal,
        open: async (url, o) => shellPort(await openLocal(url, o), o, { supportsSudo: localSudo(url, o) }),
    },
    {
        name: 'ssh',
        syntax: 'ssh://USER@HOST[:PORT]',
        matches: (url) => url.startsWith('ssh://'),
        shell: openSsh,
        open: async (url, o) => shellPort(await openSsh(url, o), o, {}),
    },
];
function listed(words) {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
/**
 * How a host to act on is named, in the words of every front end (`--target` of the CLI
 * commands, the unknown-target error): `sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]`. The
 * action.yml files repeat it in their input descriptions.
 */
const TARGET_HELP = listed(TARGETS.map((t) => t.syntax));
function kindOf(target) {
    const kind = TARGETS.find((t) => t.matches(target));
    if (!kind)
        throw new errors/* UserError */.y(`unknown target '${target}': expected ${TARGET_HELP}`, 2);
    return kind;
}
/** Opens the host port for a target URL (`sim:PATH`, `local`, `local+sudo`, `ssh://...`). */
async function openHostPort(target, options = {}) {
    return kindOf(target).open(target, options);
}
/**
 * Opens the shell transport of a target, for what speaks argv itself (setup-hypervisor,
 * `phoenix ssh-exec`). `kind`: open the target as that kind whatever it looks like (`ssh-exec`
 * takes SSH only, and a URL that is not one is refused by the SSH URL parser).
 */
async function openShellTransport(target, options = {}, kind) {
    const k = kind ? TARGETS.find((t) => t.name === kind) : kindOf(target);
    if (!k.shell)
        throw new errors/* UserError */.y(`target '${target}' is not reached through a shell`, 2);
    return k.shell(target, options);
}


/***/ })

};
