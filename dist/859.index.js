export const id = 859;
export const ids = [859];
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

/***/ 30240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ runHostCommand),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   withAudit: () => (/* binding */ withAudit)
/* harmony export */ });
/* unused harmony exports MASK, maskSecrets, withSecrets */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38019);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * `--audit-log FILE`: a HostTransport decorator that appends one JSON line per host command, in the
 * order the commands finish: `{"argv": [...], "exit": N, "ms": N}` (DESIGN.md). argv is what the
 * host ran, before shell quoting, with every secret value replaced by `***`. A command that did
 * not finish (timeout, lost connection) is logged with `"exit": -1` and an `"error"` text.
 * Stdin (file contents) is never logged.
 */




const MASK = '***';
/**
 * The secret values of a run (passwords, tokens). Values can be added at any time; `onAdd`
 * lets the caller forward them, e.g. to `core.setSecret` in GitHub Actions.
 */
class SecretMasker {
    onAdd;
    values = new Set();
    sorted = [];
    constructor(initial = [], onAdd) {
        this.onAdd = onAdd;
        this.add(...initial);
    }
    add(...values) {
        let changed = false;
        for (const v of values) {
            if (v === undefined || v === '' || this.values.has(v))
                continue;
            this.values.add(v);
            this.onAdd?.(v);
            changed = true;
        }
        // Longest first, so a secret that contains another is masked whole.
        if (changed)
            this.sorted = [...this.values].sort((a, b) => b.length - a.length);
    }
    get size() {
        return this.values.size;
    }
    mask(text) {
        let out = text;
        for (const s of this.sorted)
            if (out.includes(s))
                out = out.split(s).join(MASK);
        return out;
    }
    /**
     * Known values, then what looks like a secret wherever it stands (`--password x`, `TOKEN=x`
     * inside a health-check command, `Authorization: Bearer x`; see config/secrets.ts).
     */
    maskArgv(argv) {
        return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskArgvSecrets */ .AR)(argv.map((a) => this.mask(a)), MASK);
    }
}
/** Masks `secrets` in `text` (a one-off form of `SecretMasker`). */
function maskSecrets(text, secrets) {
    return new SecretMasker(secrets).mask(text);
}
function isSecretAware(t) {
    return t.secrets instanceof SecretMasker;
}
/** Serialised appends, so that concurrent commands never interleave their lines. */
function lineWriter(file) {
    let failure;
    let chain = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true }).then(() => undefined, (e) => {
        failure ??= e;
    });
    return {
        write(line) {
            chain = chain
                .then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, line + '\n', 'utf8'))
                .catch((e) => {
                failure ??= e;
            });
            return chain;
        },
        async flush() {
            await chain;
            if (failure)
                throw new Error(`cannot write audit log ${file}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(failure)}`);
        },
    };
}
/**
 * Wraps `transport` so each command is appended to `file`. `secrets` is shared with the caller:
 * values added later (e.g. a token created during the run) are masked from then on.
 */
function withAudit(transport, file, secrets = []) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    const writer = lineWriter(file);
    const record = async (entry) => {
        await writer.write(JSON.stringify(entry));
    };
    return {
        description: transport.description,
        ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
        secrets: masker,
        async run(argv, options) {
            const started = performance.now();
            const ms = () => Math.round(performance.now() - started);
            try {
                const result = await transport.run(argv, options);
                await record({ argv: masker.maskArgv(argv), exit: result.exitCode, ms: ms() });
                return result;
            }
            catch (err) {
                await record({
                    argv: masker.maskArgv(argv),
                    exit: -1,
                    ms: ms(),
                    error: (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .maskInlineSecrets */ .N8)(masker.mask((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u)(err)), MASK),
                });
                throw err;
            }
        },
        async close() {
            try {
                await transport.close();
            }
            finally {
                await writer.flush();
            }
        },
    };
}
/**
 * Wraps `transport` so that results (stdout/stderr) and errors carry no secret values, for
 * transports whose output is printed or logged elsewhere.
 */
function withSecrets(transport, secrets) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    return {
        description: transport.description,
        ...(transport.hostTimeouts ? { hostTimeouts: true } : {}),
        secrets: masker,
        async run(argv, options) {
            try {
                const r = await transport.run(argv, options);
                return { exitCode: r.exitCode, stdout: masker.mask(r.stdout), stderr: masker.mask(r.stderr) };
            }
            catch (err) {
                if (err instanceof Error)
                    err.message = masker.mask(err.message);
                throw err;
            }
        },
        close: () => transport.close(),
    };
}
/**
 * Runs a built HostCommand: passes its stdin and read-only flag, and registers its secrets with
 * the transport (when it keeps a SecretMasker) before the command is logged.
 */
function runHostCommand(transport, command, options = {}) {
    if (command.secrets && command.secrets.length > 0) {
        if (isSecretAware(transport))
            transport.secrets.add(...command.secrets);
    }
    return transport.run(command.argv, {
        ...options,
        readOnly: command.readOnly,
        ...(command.stdin !== undefined ? { stdin: command.stdin } : {}),
    });
}


/***/ })

};
