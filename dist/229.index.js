export const id = 229;
export const ids = [229,578];
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

/***/ 92783:
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
// EXTERNAL MODULE: ./src/proxmox/state-reader.ts + 1 modules
var state_reader = __webpack_require__(72578);
// EXTERNAL MODULE: ./src/host/failure.ts
var failure = __webpack_require__(62596);
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

// EXTERNAL MODULE: ./src/host/host-lock.ts + 2 modules
var host_lock = __webpack_require__(90166);
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
    constructor(transport, options = {}) {
        this.transport = transport;
        this.capabilities = options.capabilities ?? describedCapabilities(transport);
        this.policy = options.policy ?? { retry: retry/* DEFAULT_RETRY */.vI };
        this.runner = new runner/* HostRunner */.bv(transport, { retry: this.policy.retry, onRetry: this.policy.onRetry });
    }
    get description() {
        return this.transport.description;
    }
    withPolicy(policy) {
        return new ShellHostPort(this.transport, { capabilities: this.capabilities, policy });
    }
    close() {
        return this.transport.close();
    }
    readState(options) {
        return (0,state_reader/* readLiveState */.eY)(this.transport, options);
    }
    acquireLock(options) {
        return host_lock/* HostLock */.kn.acquire(new host_lock/* ShellLockQueue */.VA(this.transport), options);
    }
    exec(cmd, o = {}) {
        return this.runner.run(cmd, o);
    }
    ops(guest) {
        return guestOps(guest.kind, guest.id);
    }
    // ---- making guests ----
    async downloadTemplate(storage, file) {
        await this.exec((0,commands/* pveamDownload */.Uz)(storage, file));
    }
    async createContainer(id, template, spec) {
        await this.exec((0,commands/* pctCreate */.Sq)(id, template, spec));
    }
    async createVm(id, spec, sshkeys) {
        const keysFile = sshkeys !== undefined ? await this.stageSshKeys(id, sshkeys) : undefined;
        await this.exec((0,commands/* qmCreate */.rS)(id, { ...spec, ...(keysFile ? { sshkeysFile: keysFile } : {}) }));
    }
    async importVmDisk(id, image, storage, targetDisk) {
        // `import-from=` takes a volume id of `import` content (where setup-hypervisor puts cloud
        // images) as well as a host path; `qm disk import` would take a path only.
        const index = Number(/^scsi(\d+)$/.exec(targetDisk)?.[1] ?? NaN);
        if (!Number.isInteger(index))
            throw new Error(`cannot import a disk as ${targetDisk}: scsi disks only`);
        await this.exec((0,commands/* qmSet */.dW)(id, { scsi: { [index]: { file: `${storage}:0`, importFrom: image } } }));
    }
    async cloneGuest(target, source, options) {
        const { name, ...o } = options;
        await this.exec(target.kind === 'lxc'
            ? (0,commands/* pctClone */.HP)(source, target.id, { ...o, hostname: name })
            : (0,commands/* qmClone */.eo)(source, target.id, { ...o, name }));
    }
    // ---- configuring guests ----
    async setContainer(id, settings) {
        await this.exec((0,commands/* pctSet */.MV)(id, settings));
    }
    async setVm(id, settings, sshkeys) {
        const keysFile = sshkeys !== undefined ? await this.stageSshKeys(id, sshkeys) : undefined;
        await this.exec((0,commands/* qmSet */.dW)(id, { ...settings, ...(keysFile ? { sshkeysFile: keysFile } : {}) }));
    }
    async setMeta(guest, meta) {
        await this.exec(this.ops(guest).setMeta(meta));
    }
    /** `pct set` cannot write `lxc.*` keys: read the CT config file, replace them, write it back. */
    async setRawLxcLines(guest, lines) {
        if (guest.kind !== 'lxc')
            throw new Error(`raw lxc.* lines are for containers, not VM ${guest.id}`);
        const current = await this.exec((0,commands/* readFile */.TA)((0,commands/* lxcConfigPath */.jE)(guest.id, guest.node)));
        // Proxmox writes no config of a locked guest (`check_lock`); a raw write must not either.
        const lock = configLock(current.stdout);
        if (lock)
            throw new Error(`CT is locked (${lock}); its raw lxc.* lines are not written`);
        const next = replaceRawLxcLines(current.stdout, lines);
        if (next !== current.stdout)
            await this.exec((0,commands/* writeLxcConfig */.L2)(guest.id, next, guest.node));
    }
    /**
     * Bind-mount source folders: each missing one is made (its parents with `mkdir -p`, as the
     * original tooling did and upstream estates rely on) and given the container's owner. A folder
     * that exists already, often holding the operator's data, keeps its owner and mode: apply
     * never re-owns what it did not make (`mkdir -m` answers `File exists` for it).
     */
    async makeHostDirs(dirs) {
        for (const d of dirs) {
            const parent = external_node_path_.posix.dirname(d.path);
            if (parent !== '/')
                await this.exec((0,commands/* mkdirP */.U$)(parent));
            const made = await this.exec((0,commands/* mkdirNew */.QS)(d.path, '0755'), { okWhen: /File exists/ });
            if (made.exitCode === 0)
                await this.exec((0,commands/* installDirIds */.X4)(d.path, '0755', d.uid, d.gid));
        }
    }
    async resizeDisk(guest, disk, size) {
        await this.exec(guest.kind === 'lxc' ? (0,commands/* pctResize */.W0)(guest.id, disk, size) : (0,commands/* qmResize */.df)(guest.id, disk, size));
    }
    async moveVolume(guest, disk, storage) {
        await this.exec(guest.kind === 'lxc' ? (0,commands/* pctMoveVolume */.v4)(guest.id, disk, storage) : (0,commands/* qmDiskMove */.JJ)(guest.id, disk, storage));
    }
    async reassignVolume(from, key, to, toKey) {
        await this.exec((0,commands/* pctReassignVolume */.AQ)(from, key, to, toKey));
    }
    async backup(guest, storage) {
        await this.exec((0,commands/* vzdump */.t5)(guest.id, { storage, mode: 'stop' }));
    }
    async writeFirewall(guest, enabled, rules) {
        await this.exec((0,commands/* writeFile */._h)(firewallPath(guest.id), renderFirewallFile(enabled, rules)));
    }
    // ---- lifecycle ----
    async start(guest, call = {}) {
        const r = await this.exec(this.ops(guest).start(), { okWhen: /already running/, ...call });
        return { already: r.exitCode !== 0 };
    }
    async shutdown(guest, timeoutSec) {
        const r = await this.exec(this.ops(guest).shutdown(timeoutSec), { okWhen: /not running/ });
        return { already: r.exitCode !== 0 };
    }
    async stop(guest) {
        const r = await this.exec(this.ops(guest).stop(), { okWhen: /not running/ });
        return { already: r.exitCode !== 0 };
    }
    async snapshot(guest, name, description) {
        await this.exec(this.ops(guest).snapshot(name, description));
    }
    async deleteSnapshot(guest, name, options = {}) {
        const r = await this.exec(this.ops(guest).deleteSnapshot(name, options.force), options.missingOk ? { okWhen: /does not exist/ } : {});
        return { already: r.exitCode !== 0 };
    }
    async rollback(guest, snapshot, options) {
        await this.exec(this.ops(guest).rollback(snapshot, options.start));
    }
    async template(guest) {
        await this.exec(this.ops(guest).template());
    }
    async destroy(guest, options = {}) {
        await this.exec(this.ops(guest).destroy(options));
    }
    async guestLock(guest) {
        const r = await this.exec(this.ops(guest).config());
        return configLock(r.stdout);
    }
    async unlock(guest) {
        await this.exec(this.ops(guest).unlock());
    }
    // ---- inside guests ----
    async pingAgent(guest) {
        const ping = this.ops(guest).agentPing();
        if (!ping)
            return undefined;
        const r = await this.runner.once(ping);
        return { answered: r.exitCode === 0, message: (r.stderr || r.stdout).trim() };
    }
    runInGuest(guest, argv, timeoutSec) {
        return this.inGuest(this.ops(guest).exec(argv, timeoutSec));
    }
    writeGuestFile(guest, path, content, perms) {
        return this.inGuest(this.ops(guest).writeFile(path, content, perms));
    }
    /**
     * `pct exec`/`pct push` pass the guest's exit code through; `qm guest exec` prints a JSON
     * status (a non-zero exit of `qm` itself is a host failure).
     */
    async inGuest(e) {
        const bound = e.timeoutSec !== undefined ? { timeoutMs: e.timeoutSec * 1000 } : {};
        if (!e.viaAgent) {
            try {
                const r = await this.exec(e.command, bound);
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
        const r = await this.exec(e.command, bound);
        const status = parseAgentExec(r.stdout);
        if (!status)
            return { status: 'unreadable', text: r.stdout || r.stderr };
        if (!status.exited)
            return { status: 'running' };
        return { status: 'exited', exitCode: status.exitCode, stdout: status.stdout, stderr: status.stderr };
    }
    // ---- host files ----
    async readHostFile(path) {
        const r = await this.exec((0,commands/* readFile */.TA)(path), { okWhen: /No such file or directory/ });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    async writeHostFile(path, content) {
        await this.exec((0,commands/* writeFile */._h)(path, content));
    }
    /** `qm --sshkeys` takes a file on the host: write the keys to a fresh one first. */
    async stageSshKeys(id, keys) {
        const path = `/tmp/phoenix-sshkeys-${id}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.pub`;
        await this.exec((0,commands/* writeFile */._h)(path, keys.endsWith('\n') ? keys : keys + '\n'));
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


/***/ }),

/***/ 72578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StateReadError: () => (/* binding */ StateReadError),
  eY: () => (/* binding */ readLiveState)
});

// UNUSED EXPORTS: splitGrepOutput, splitHostEntries

// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
;// CONCATENATED MODULE: ./src/dialect/conf-format.ts
// Characters Proxmox leaves alone in a description line: printable ASCII except ':'.
const SAFE = /[\x20-\x39\x3b-\x7e]/;
/** `PVE::Tools::encode_text`: percent-encode (upper-case hex) every UTF-8 byte outside the safe set. */
function encodeConfText(text) {
    let out = '';
    for (const ch of text) {
        if (SAFE.test(ch))
            out += ch;
        else
            for (const b of Buffer.from(ch, 'utf8'))
                out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** `PVE::Tools::decode_text`: `%XX` to bytes (any case), then UTF-8. Lone `%` stays as is. */
function decodeConfText(data) {
    if (!data.includes('%'))
        return data;
    const bytes = [];
    for (let i = 0; i < data.length;) {
        if (data[i] === '%' && /^[0-9a-fA-F]{2}$/.test(data.slice(i + 1, i + 3))) {
            bytes.push(parseInt(data.slice(i + 1, i + 3), 16));
            i += 3;
        }
        else {
            const cp = data.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            i += ch.length;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function emptySection() {
    return { values: {} };
}
const PENDING_LXC = /^\[pve:pending\]\s*$/i;
const PENDING_QEMU = /^\[PENDING\]\s*$/i;
const SPECIAL = /^\[special:([a-z]+)\]\s*$/i;
const SNAPSHOT = /^\[([a-z][a-z0-9_-]+)\]\s*$/i;
const LXC_RAW = /^(lxc\.[a-z0-9_\-.]+)(:|\s*=)\s*(.*?)\s*$/;
const LXC_KEY = /^([a-z][a-z_]*\d*):\s*(\S.*)\s*$/;
const QEMU_KEY = /^([a-z][a-z_-]*\d*):\s*(.+?)\s*$/;
const DESCRIPTION_KEY = /^(description):\s*(.*\S)\s*$/;
/** Parses a guest config file. Lines Proxmox would warn about are reported and skipped. */
function parseGuestConf(text, kind, warnings) {
    const conf = { kind, main: emptySection(), snapshots: {} };
    let section = conf.main;
    let descr = '';
    const flush = () => {
        if (descr)
            section.description = descr;
        descr = '';
    };
    const lines = text.split('\n');
    lines.forEach((line, index) => {
        if (/^\s*$/.test(line))
            return;
        let m;
        if ((kind === 'lxc' && PENDING_LXC.test(line)) || (kind === 'qemu' && PENDING_QEMU.test(line))) {
            flush();
            section = conf.pending = emptySection();
            return;
        }
        if ((m = SPECIAL.exec(line))) {
            flush();
            conf.special ??= {};
            section = conf.special[`special:${m[1]}`] = emptySection();
            return;
        }
        if ((m = SNAPSHOT.exec(line))) {
            flush();
            section = conf.snapshots[m[1]] = emptySection();
            return;
        }
        if ((m = /^#(.*)$/.exec(line))) {
            descr += decodeConfText(m[1]) + '\n';
            return;
        }
        if (kind === 'lxc' && (m = LXC_RAW.exec(line))) {
            (section.lxc ??= []).push([m[1], m[3]]);
            return;
        }
        if ((m = DESCRIPTION_KEY.exec(line))) {
            descr += decodeConfText(m[2]);
            return;
        }
        if ((m = (kind === 'lxc' ? LXC_KEY : QEMU_KEY).exec(line))) {
            section.values[m[1]] = m[2];
            return;
        }
        warnings?.push({ line: index + 1, message: `unable to parse config: ${line}` });
    });
    flush();
    return conf;
}
/** Perl's `split /\n/`: trailing empty fields are dropped. */
function splitLines(text) {
    const parts = text.split('\n');
    while (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** One section as Proxmox writes it: description comments, sorted keys, then raw lxc entries. */
function printConfSection(section) {
    let raw = '';
    for (const line of splitLines(section.description ?? ''))
        raw += '#' + encodeConfText(line) + '\n';
    for (const key of Object.keys(section.values).sort(byCodePoint)) {
        if (key === 'description' || key === 'digest')
            continue;
        const value = section.values[key];
        if (/\n/.test(value))
            throw new Error(`detected invalid newline inside property '${key}'`);
        raw += `${key}: ${value}\n`;
    }
    for (const [k, v] of section.lxc ?? [])
        raw += `${k}: ${v}\n`;
    return raw;
}
function isEmpty(section) {
    return (!section ||
        (Object.keys(section.values).length === 0 && !section.description && !(section.lxc?.length ?? 0)));
}
/** The whole file, as `write_pct_config` / `write_vm_config` produce it. */
function printGuestConf(conf) {
    let raw = printConfSection(conf.main);
    if (!isEmpty(conf.pending))
        raw += `\n[${conf.kind === 'lxc' ? 'pve:pending' : 'PENDING'}]\n` + printConfSection(conf.pending);
    for (const name of Object.keys(conf.special ?? {}).sort(byCodePoint)) {
        raw += `\n[${name}]\n` + printConfSection(conf.special[name]);
    }
    for (const name of Object.keys(conf.snapshots).sort(byCodePoint)) {
        raw += `\n[${name}]\n` + printConfSection(conf.snapshots[name]);
    }
    return raw;
}
/** A deep copy (sections are plain data). */
function cloneConfSection(section) {
    const copy = { values: { ...section.values } };
    if (section.description !== undefined)
        copy.description = section.description;
    if (section.lxc)
        copy.lxc = section.lxc.map(([k, v]) => [k, v]);
    return copy;
}

// EXTERNAL MODULE: ./src/model/live-state.ts
var live_state = __webpack_require__(85111);
;// CONCATENATED MODULE: ./src/proxmox/state-reader.ts
/**
 * Reads the live state of a Proxmox node or cluster in a constant number of host commands,
 * whatever the number of guests:
 *   1. `pvesh get /cluster/resources` (guests, nodes, storages),
 *   2. one `grep -r -H '' -- /etc/pve/nodes/<node>/{lxc,qemu-server}` over the nodes that hold
 *      guests (configs, snapshot sections, pending changes): its size grows with the number of
 *      nodes, never with the number of guests, so it stays far below the SSH transport's
 *      MAX_COMMAND_BYTES,
 *   3. `pvesh get /version`,
 *   4. per online node: `pvesh get /nodes/{node}/network` (bridges),
 *   5. per storage holding `vztmpl` (per node when not shared): its template list,
 *   6. one `find /dev /etc/apparmor.d/lxc` on the host read from: the device nodes guests pass
 *      through and the AppArmor profiles they name exist or not (unknown when it fails).
 * Everything is parsed from Proxmox's own output formats.
 */



class StateReadError extends Error {
    argv;
    exitCode;
    stderr;
    constructor(argv, exitCode, stderr) {
        super(`reading live state: '${argv.join(' ')}' failed with exit ${exitCode}: ${stderr.trim()}`);
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'StateReadError';
    }
}
function parseJson(cmd, text) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new StateReadError(cmd.argv, 0, `unexpected output (not JSON): ${err.message}`);
    }
}
/** `grep -H ''` output to the contents of the files in `paths`, by path (others and missing files are absent). */
function splitGrepOutput(stdout, paths) {
    const wanted = new Set(paths);
    const files = new Map();
    const re = /^(\/etc\/pve\/nodes\/[^/:]+\/(?:lxc|qemu-server)\/\d+\.conf):(.*)$/;
    for (const line of stdout.split('\n')) {
        const m = re.exec(line);
        if (!m || !wanted.has(m[1]))
            continue;
        let lines = files.get(m[1]);
        if (!lines)
            files.set(m[1], (lines = []));
        lines.push(m[2]);
    }
    const out = new Map();
    for (const [path, lines] of files)
        out.set(path, lines.join('\n') + '\n');
    return out;
}
/** Config keys as `pct config --current` shows them: raw `lxc.*` keys joined by newlines. */
function sectionToConfig(section) {
    const config = { ...section.values };
    if (section.description !== undefined)
        config.description = section.description;
    for (const [k, v] of section.lxc ?? [])
        config[k] = config[k] === undefined ? v : `${config[k]}\n${v}`;
    return config;
}
function snapshotsOf(conf) {
    const list = Object.entries(conf.snapshots).map(([name, s]) => {
        const snap = { name };
        if (s.values.parent)
            snap.parent = s.values.parent;
        if (s.description !== undefined)
            snap.description = s.description;
        if (s.values.snaptime !== undefined && /^\d+$/.test(s.values.snaptime))
            snap.snaptime = Number(s.values.snaptime);
        if (s.values.snapstate)
            snap.snapstate = s.values.snapstate;
        return snap;
    });
    return list.sort((a, b) => (a.snaptime ?? Infinity) - (b.snaptime ?? Infinity) || (a.name < b.name ? -1 : 1));
}
function splitTags(v) {
    return v ? v.split(/[;,\s]+/).filter((t) => t !== '') : [];
}
/**
 * `find` output to the entries of /dev and the profile names of /etc/apparmor.d/lxc; an empty
 * /dev listing means the read failed (every host has /dev), so both stay unknown.
 */
function splitHostEntries(stdout) {
    const deviceNodes = [];
    const apparmorProfiles = [];
    for (const line of stdout.split('\n')) {
        if (line.startsWith(`${commands/* DEVICE_DIR */.tT}/`) && !line.slice(commands/* DEVICE_DIR */.tT.length + 1).includes('/'))
            deviceNodes.push(line);
        else if (line.startsWith(`${commands/* APPARMOR_LXC_DIR */.Dj}/`)) {
            const name = line.slice(commands/* APPARMOR_LXC_DIR */.Dj.length + 1);
            if (name && !name.includes('/'))
                apparmorProfiles.push(name);
        }
    }
    if (deviceNodes.length === 0)
        return undefined;
    return { deviceNodes: deviceNodes.sort(), apparmorProfiles: apparmorProfiles.sort() };
}
/** Bound of each command that reads the state (the host runner's default for a read-only query). */
const STATE_READ_TIMEOUT_MS = 120_000;
async function readLiveState(transport, options = {}) {
    const attempt = async (cmd) => {
        options.onCommand?.(cmd.argv);
        // Bounded like every read-only query of the host runner (its default), under the host's
        // `timeout` where the host runs real programs, so the audit log shows the bound.
        const ms = options.timeoutMs ?? STATE_READ_TIMEOUT_MS;
        const sent = transport.hostTimeouts ? (0,commands/* withTimeout */.wj)(cmd, ms / 1000) : cmd;
        const r = await transport.run(sent.argv, {
            readOnly: cmd.readOnly,
            stdin: cmd.stdin,
            timeoutMs: ms + (transport.hostTimeouts ? (commands/* TIMEOUT_KILL_AFTER_SEC */.y1 + 5) * 1000 : 0),
        });
        return r;
    };
    const run = async (cmd, okCodes = [0]) => {
        const r = await attempt(cmd);
        if (!okCodes.includes(r.exitCode))
            throw new StateReadError(cmd.argv, r.exitCode, r.stderr);
        return r.stdout;
    };
    const resCmd = (0,commands/* clusterResources */.kU)();
    const resources = parseJson(resCmd, await run(resCmd));
    const guestsRes = resources.filter((r) => (r.type === 'lxc' || r.type === 'qemu') && typeof r.vmid === 'number');
    const nodeRes = resources.filter((r) => r.type === 'node' && r.node);
    const nodes = [
        ...new Set([...nodeRes.map((r) => r.node), ...guestsRes.map((g) => g.node).filter(Boolean)]),
    ].sort();
    const onlineNodes = nodeRes.length > 0 ? nodeRes.filter((r) => r.status === 'online').map((r) => r.node) : nodes;
    const paths = guestsRes.map((g) => (0,commands/* guestConfigPath */.mt)(g.node, g.type, g.vmid));
    let files = new Map();
    if (paths.length > 0) {
        // exit 1: every file empty; exit 2: a folder vanished (its node left) since the resource list was read.
        const guestNodes = [...new Set(guestsRes.map((g) => g.node).filter(Boolean))].sort();
        const grepCmd = (0,commands/* readNodeConfigDirs */.BF)(guestNodes);
        files = splitGrepOutput(await run(grepCmd, [0, 1, 2]), paths);
    }
    const verCmd = (0,commands/* pveVersion */.s4)();
    const version = parseJson(verCmd, await run(verCmd)).version;
    const bridges = new Set();
    for (const node of onlineNodes) {
        const cmd = (0,commands/* nodeNetwork */.D$)(node);
        const ifaces = parseJson(cmd, await run(cmd));
        for (const i of ifaces)
            if (i.iface && (i.type === 'bridge' || i.type === 'OVSBridge'))
                bridges.add(i.iface);
    }
    const storages = [];
    const seenShared = new Set();
    const templateQueries = [];
    for (const r of resources.filter((x) => x.type === 'storage' && x.storage)) {
        const shared = r.shared === 1 || r.shared === true;
        if (shared && seenShared.has(r.storage))
            continue;
        if (shared)
            seenShared.add(r.storage);
        const content = (r.content ?? '').split(',').filter((c) => c !== '');
        const entry = {
            id: r.storage,
            type: r.plugintype ?? '',
            content,
        };
        if (!shared && r.node)
            entry.node = r.node;
        storages.push(entry);
        if (content.includes('vztmpl') && r.node && onlineNodes.includes(r.node))
            templateQueries.push({ node: r.node, storage: r.storage, content: 'vztmpl' });
        if (content.includes('import') && r.node && onlineNodes.includes(r.node))
            templateQueries.push({ node: r.node, storage: r.storage, content: 'import' });
    }
    storages.sort((a, b) => a.id === b.id ? ((a.node ?? '') < (b.node ?? '') ? -1 : 1) : a.id < b.id ? -1 : 1);
    // LXC templates, and the cloud images VMs are imported from (`import` content).
    const templates = new Set();
    const images = new Set();
    for (const q of templateQueries) {
        const cmd = (0,commands/* storageContent */.n8)(q.node, q.storage, q.content);
        const vols = parseJson(cmd, await run(cmd));
        for (const v of vols)
            if (v.volid)
                (q.content === 'vztmpl' ? templates : images).add(v.volid);
    }
    // exit 1: /etc/apparmor.d/lxc is missing (no profiles installed); other failures leave both unknown.
    const entriesRead = await attempt((0,commands/* listHostEntries */.rh)());
    const entries = entriesRead.exitCode === 0 || entriesRead.exitCode === 1
        ? splitHostEntries(entriesRead.stdout)
        : undefined;
    const guests = [];
    guestsRes.forEach((r, i) => {
        const kind = r.type;
        const text = files.get(paths[i]);
        if (text === undefined)
            return; // removed between the two reads
        const conf = parseGuestConf(text, kind);
        const config = sectionToConfig(conf.main);
        const guest = {
            kind,
            id: r.vmid,
            node: r.node,
            status: r.status ?? 'unknown',
            template: config.template === '1' || r.template === 1 || r.template === true,
            config,
            snapshots: snapshotsOf(conf),
            tags: splitTags(config.tags ?? r.tags),
        };
        const name = kind === 'lxc' ? config.hostname : config.name;
        if (name ?? r.name)
            guest.name = name ?? r.name;
        const lock = config.lock ?? r.lock;
        if (lock)
            guest.lock = lock;
        if (conf.pending && Object.keys(conf.pending.values).length > 0)
            guest.pending = sectionToConfig(conf.pending);
        guests.push(guest);
    });
    guests.sort((a, b) => a.id - b.id);
    const state = {
        version: live_state/* LIVE_STATE_VERSION */.O,
        readAt: (options.now?.() ?? new Date()).toISOString(),
        target: transport.description,
        nodes,
        guests,
        storages,
        bridges: [...bridges].sort(),
        templates: [...templates].sort(),
        images: [...images].sort(),
        ...(entries ?? {}),
    };
    return version === undefined ? state : { ...state, pveVersion: version };
}


/***/ })

};
