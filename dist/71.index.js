export const id = 71;
export const ids = [71];
export const modules = {

/***/ 90419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ displayPath),
  m: () => (/* binding */ loadConfigDir)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/config/json-source.ts
/**
 * JSON text with source positions. Parsing is strict JSON (no comments, no trailing commas),
 * and it reports what `JSON.parse` hides: duplicate keys, empty files, invalid UTF-8.
 */

const MESSAGES = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected (a trailing comma?)',
    ValueExpected: 'value expected (a trailing comma?)',
    ColonExpected: "':' expected",
    CommaExpected: "',' expected",
    CloseBraceExpected: "'}' expected (is the file truncated?)",
    CloseBracketExpected: "']' expected (is the file truncated?)",
    EndOfFileExpected: 'end of file expected',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'unterminated string (is the file truncated?)',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
};
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
/** Decode bytes as UTF-8, reporting the first invalid sequence with its position. */
function decodeUtf8(file, bytes) {
    try {
        let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        return { text };
    }
    catch {
        // Find the first bad byte for a located message.
        let line = 1;
        let column = 1;
        for (let i = 0; i < bytes.length;) {
            const len = utf8SequenceLength(bytes, i);
            if (len === 0) {
                return {
                    diagnostic: {
                        file,
                        line,
                        column,
                        severity: 'error',
                        rule: 'PHX-JSON-ENCODING',
                        message: `file is not valid UTF-8 (byte 0x${bytes[i].toString(16).padStart(2, '0')} at offset ${i}); save it as UTF-8`,
                    },
                };
            }
            if (bytes[i] === 10) {
                line++;
                column = 1;
            }
            else
                column++;
            i += len;
        }
        return {
            diagnostic: {
                file,
                line: 1,
                column: 1,
                severity: 'error',
                rule: 'PHX-JSON-ENCODING',
                message: 'file is not valid UTF-8',
            },
        };
    }
}
function utf8SequenceLength(b, i) {
    const c = b[i];
    if (c < 0x80)
        return 1;
    const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need === 0 || i + need > b.length)
        return 0;
    for (let k = 1; k < need; k++)
        if ((b[i + k] & 0xc0) !== 0x80)
            return 0;
    return need;
}
/**
 * Parse JSON text, collecting syntax errors and duplicate keys as located diagnostics.
 * The fast path is `JSON.parse` plus one linear scan for duplicate keys; the positioned syntax
 * tree is built only when a syntax error must be located or a finding asks for a position.
 */
function parseJsonSource(file, text) {
    let lineIndex;
    const index = () => (lineIndex ??= new LineIndex(text));
    const diagnostics = [];
    const at = (offset, rule, message) => ({
        file,
        ...index().position(offset),
        severity: 'error',
        rule,
        message,
    });
    if (text.trim() === '') {
        diagnostics.push(at(0, 'PHX-JSON-SYNTAX', 'file is empty; expected a JSON object'));
        return { source: makeSource(file, text, undefined, index), diagnostics };
    }
    // Depth first: a file nested deeper than any config needs would overflow the stack of the
    // recursive walks after validation (plan hashing, canonical copies) instead of being refused here.
    const tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
    if (tooDeep !== undefined) {
        diagnostics.push(at(tooDeep, 'PHX-JSON-DEPTH', `value nested more than ${MAX_JSON_DEPTH} levels deep; no Phoenix config needs that many levels`));
        return { source: makeSource(file, text, undefined, index), diagnostics };
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        diagnostics.push(syntaxError(text, at));
        return { source: makeSource(file, text, undefined, index), diagnostics };
    }
    // Duplicate keys: JSON.parse keeps the last silently; an operator almost never means that.
    for (const dup of findDuplicateKeys(text)) {
        const p = index().position(dup.firstOffset);
        diagnostics.push(at(dup.offset, 'PHX-JSON-DUPLICATE-KEY', `duplicate key "${dup.key}" (first defined at line ${p.line}); JSON keeps only the last`));
    }
    return { source: makeSource(file, text, value, index), diagnostics };
}
/** Locate the first syntax error with jsonc-parser (later ones are usually its echoes). */
function syntaxError(text, at) {
    const errors = [];
    (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (!first)
        return at(0, 'PHX-JSON-SYNTAX', 'invalid JSON');
    const code = (0,main.printParseErrorCode)(first.error);
    let offset = first.offset;
    let i = offset - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    if (text[i] === ',' && (text[offset] === '}' || text[offset] === ']')) {
        return at(i, 'PHX-JSON-SYNTAX', 'invalid JSON: trailing comma before the closing bracket');
    }
    if (offset >= text.length)
        offset = Math.max(0, text.length - 1);
    return at(offset, 'PHX-JSON-SYNTAX', `invalid JSON: ${MESSAGES[code] ?? code}`);
}
/** Deepest nesting of objects and arrays a config file may have (the schemas need about 8). */
const MAX_JSON_DEPTH = 64;
/**
 * Offset of the first bracket that opens level `limit + 1`, or undefined. One pass, strings
 * skipped (brackets inside them do not count); works on any text, valid JSON or not.
 */
function findExcessiveNesting(text, limit) {
    let depth = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            for (i++; i < n; i++) {
                const d = text.charCodeAt(i);
                if (d === 92 /* \ */)
                    i++;
                else if (d === 34)
                    break;
            }
        }
        else if (c === 123 /* { */ || c === 91 /* [ */) {
            if (++depth > limit)
                return i;
        }
        else if (c === 125 /* } */ || c === 93 /* ] */)
            depth--;
    }
    return undefined;
}
/**
 * One pass over text already known to be valid JSON, tracking object nesting and the keys seen
 * in each object. Strings are skipped with indexOf; only keys containing escapes are decoded.
 */
function findDuplicateKeys(text) {
    const out = [];
    // One entry per open bracket: a key map for objects, null for arrays.
    const stack = [];
    let expectKey = false;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            let end = text.indexOf('"', i + 1);
            while (end > 0) {
                let slashes = 0;
                for (let k = end - 1; text.charCodeAt(k) === 92; k--)
                    slashes++;
                if (slashes % 2 === 0)
                    break;
                end = text.indexOf('"', end + 1);
            }
            if (end < 0)
                break;
            const top = stack[stack.length - 1];
            if (expectKey && top) {
                const raw = text.slice(i + 1, end);
                const key = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
                const first = top.get(key);
                if (first !== undefined)
                    out.push({ key, offset: i, firstOffset: first });
                else
                    top.set(key, i);
                expectKey = false;
            }
            i = end;
        }
        else if (c === 123 /* { */) {
            stack.push(new Map());
            expectKey = true;
        }
        else if (c === 91 /* [ */) {
            stack.push(null);
            expectKey = false;
        }
        else if (c === 125 /* } */ || c === 93 /* ] */) {
            stack.pop();
            expectKey = false;
        }
        else if (c === 44 /* , */) {
            expectKey = stack[stack.length - 1] != null;
        }
    }
    return out;
}
/**
 * Like jsonc-parser's findNodeAtLocation over the first `n` segments of `path`, but each object's
 * key -> value map is built once, so locating many findings in a file with thousands of guests
 * stays linear instead of scanning every sibling per finding. (The last duplicate key wins, as in
 * JSON.parse.)
 */
const childMaps = new WeakMap();
function nodeAt(root, path, n) {
    let node = root;
    for (let i = 0; i < n && node; i++) {
        const seg = path[i];
        if (typeof seg === 'number') {
            node = node.type === 'array' ? node.children?.[seg] : undefined;
            continue;
        }
        if (node.type !== 'object')
            return undefined;
        let map = childMaps.get(node);
        if (!map) {
            map = new Map();
            for (const prop of node.children ?? []) {
                const [k, v] = prop.children ?? [];
                if (k && v)
                    map.set(String(k.value), v);
            }
            childMaps.set(node, map);
        }
        node = map.get(seg);
    }
    return node;
}
function makeSource(file, text, value, index) {
    let tree = null;
    // The tree is only needed to turn a JSON path into a position: build it on first use.
    const root = () => {
        if (tree === null)
            tree = value === undefined ? undefined : (0,main.parseTree)(text, [], { disallowComments: true });
        return tree;
    };
    return {
        file,
        text,
        value,
        get root() {
            return root();
        },
        locate(path, which = 'value') {
            const top = root();
            if (!top)
                return { line: 1, column: 1 };
            for (let n = path.length; n >= 0; n--) {
                const node = nodeAt(top, path, n);
                if (!node)
                    continue;
                if (which === 'key' &&
                    n === path.length &&
                    node.parent?.type === 'property' &&
                    node.parent.children?.[0]) {
                    return index().position(node.parent.children[0].offset);
                }
                return index().position(node.offset);
            }
            return index().position(top.offset);
        },
    };
}

;// CONCATENATED MODULE: ./src/config/load.ts
/** Reads the three config files of a config dir into positioned JSON sources. No validation here. */




/** Display path: the dir as the user gave it, joined with the file name. */
function displayPath(dir, fileName) {
    return (0,external_node_path_.join)(dir, fileName);
}
async function loadConfigDir(dir) {
    const sources = {};
    const present = {};
    const diagnostics = [];
    for (const key of Object.keys(types/* CONFIG_FILES */.n)) {
        const file = displayPath(dir, types/* CONFIG_FILES */.n[key]);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(file);
        }
        catch (err) {
            const code = err.code;
            if (code !== 'ENOENT') {
                diagnostics.push({
                    file,
                    line: 1,
                    column: 1,
                    severity: 'error',
                    rule: 'PHX-FILE-READ',
                    message: `cannot read file: ${code ?? String(err)}`,
                });
                present[key] = true;
            }
            continue;
        }
        present[key] = true;
        const decoded = decodeUtf8(file, bytes);
        if (decoded.diagnostic) {
            diagnostics.push(decoded.diagnostic);
            continue;
        }
        const parsed = parseJsonSource(file, decoded.text);
        diagnostics.push(...parsed.diagnostics);
        if (parsed.source.value !== undefined && !parsed.diagnostics.some((d) => d.rule === 'PHX-JSON-SYNTAX')) {
            sources[key] = parsed.source;
        }
    }
    if (!present.lxc && !present.vm) {
        diagnostics.push({
            file: displayPath(dir, types/* CONFIG_FILES */.n.lxc),
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'PHX-FILE-MISSING',
            message: `no guests to manage: neither ${types/* CONFIG_FILES */.n.lxc} nor ${types/* CONFIG_FILES */.n.vm} exists in ${dir}`,
        });
    }
    return { dir, sources, present, diagnostics };
}


/***/ }),

/***/ 39366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a8: () => (/* binding */ Reporter),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   dv: () => (/* binding */ guestLabel),
/* harmony export */   iU: () => (/* binding */ guestFileKey),
/* harmony export */   sA: () => (/* binding */ isObj),
/* harmony export */   xS: () => (/* binding */ vmFieldSource),
/* harmony export */   zd: () => (/* binding */ cloneKey)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40440);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90419);


function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `CT 950` / `VM 9000`, the way Proxmox operators name guests. */
function guestLabel(g) {
    return `${g.kind === 'lxc' ? 'CT' : 'VM'} ${g.id}`;
}
function guestFileKey(g) {
    return g.kind === 'lxc' ? 'lxc' : 'vm';
}
/** The key that names a guest's clone source in its file. */
function cloneKey(g) {
    return g.kind === 'lxc' ? 'clone_from_ctid' : 'clone_from_vmid';
}
class Reporter {
    loaded;
    diagnostics = [];
    seen = new Set();
    constructor(loaded) {
        this.loaded = loaded;
    }
    /** Display path of a config file (the dir as the user gave it, joined with the name). */
    fileName(key) {
        return this.loaded.sources[key]?.file ?? (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .G)(this.loaded.dir, _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILES */ .n[key]);
    }
    /** Report at the value (or, with `which: 'key'`, the key) found at `path` in a file. */
    at(key, path, severity, rule, message, which = 'value') {
        const source = this.loaded.sources[key];
        const pos = source ? source.locate(path, which) : { line: 1, column: 1 };
        this.diagnostics.push({ file: this.fileName(key), ...pos, severity, rule, message });
    }
    /** Like `at`, but only the first call with the same `dedupeKey` reports. */
    once(dedupeKey, key, path, severity, rule, message) {
        if (this.seen.has(dedupeKey))
            return;
        this.seen.add(dedupeKey);
        this.at(key, path, severity, rule, message);
    }
    /** Report on a field of a guest (path relative to the guest object); `[]` means the guest's key. */
    guest(g, sub, severity, rule, message) {
        const which = sub.length === 0 ? 'key' : 'value';
        this.at(guestFileKey(g), [...g.origin.path, ...sub], severity, rule, message, which);
    }
    /** `file:line` of a path, for messages that point at a second place. */
    where(key, path) {
        const source = this.loaded.sources[key];
        const pos = source ? source.locate(path, 'key') : { line: 1, column: 1 };
        return `${_model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_FILES */ .n[key]}:${pos.line}`;
    }
}
/**
 * Where a VM field comes from: the VM object itself, else `vm_defaults`. Returns the path and
 * whether it is the shared default (diagnostics on defaults are reported once).
 */
function vmFieldSource(g, vmDefaults, field) {
    if (g.raw[field] !== undefined)
        return { path: [...g.origin.path, field], fromDefaults: false };
    if (vmDefaults[field] !== undefined)
        return { path: ['vm_defaults', field], fromDefaults: true };
    return undefined;
}
function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
/** `; did you mean 'x'?` for the closest candidate within a small edit distance, else ''. */
function didYouMean(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
    for (const c of candidates) {
        const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c, bestDistance);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best === undefined ? '' : `; did you mean '${best}'?`;
}


/***/ }),

/***/ 66382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ ScriptChecker),
/* harmony export */   VA: () => (/* binding */ scriptPath)
/* harmony export */ });
/* unused harmony export STUB_HINT */
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39366);

/** Normalised path inside its folder, or why it is refused (absolute, `..`, backslashes). */
function scriptPath(p) {
    if (p.trim() === '')
        return { ok: false, reason: 'is empty' };
    if (p.startsWith('/') || /^[a-z]:/i.test(p))
        return { ok: false, reason: 'is absolute' };
    if (p.includes('\\'))
        return { ok: false, reason: "contains '\\' (use '/')" };
    const parts = p.split('/').filter((s) => s !== '' && s !== '.');
    if (parts.includes('..'))
        return { ok: false, reason: "uses '..'" };
    return { ok: true, path: parts.join('/') };
}
const FOLDER = { feature: 'features', app: 'apps', test: 'tests' };
/** `phoenix init --scripts` writes a stub for every missing script. */
const STUB_HINT = "create a stub with 'phoenix init --scripts'";
/** `CT 901`, `CT 901 and CT 902`, `CT 901, CT 902 and VM 8000`. */
function joinOwners(owners) {
    if (owners.length <= 1)
        return owners.join('');
    return `${owners.slice(0, -1).join(', ')} and ${owners[owners.length - 1]}`;
}
/**
 * Checks script references. A missing script is reported once, at its first reference, naming
 * every guest that refers to it (`report()` after the last `checkGuest`).
 */
class ScriptChecker {
    r;
    scripts;
    missing = new Map();
    constructor(r, scripts) {
        this.r = r;
        this.scripts = scripts;
    }
    note(key, owner, m) {
        const seen = this.missing.get(key);
        if (!seen)
            this.missing.set(key, { ...m, owners: [owner] });
        else if (!seen.owners.includes(owner))
            seen.owners.push(owner);
    }
    /** Report a reference that escapes its folder (error) or names a script that does not exist. */
    check(kind, written, file, at, owner) {
        const folder = FOLDER[kind];
        const parsed = scriptPath(written);
        if (!parsed.ok) {
            this.r.at(file, at, 'error', 'PHX-SCRIPT-PATH', `${kind} '${written}' of ${owner} ${parsed.reason}; scripts must stay inside ${folder}/ of the config dir`);
            return;
        }
        const rel = kind === 'feature' ? `${parsed.path}.sh` : parsed.path;
        const inventory = this.scripts[folder];
        if (inventory.has(rel))
            return;
        const shown = `${folder}/${rel}`;
        if (kind === 'test') {
            this.note(shown, owner, {
                rule: 'PHX-TEST-MISSING',
                severity: 'warning',
                file,
                at,
                text: (owners) => `test script ${shown} of ${owners} does not exist; the test will be reported as not run (${STUB_HINT})`,
            });
            return;
        }
        const names = kind === 'feature'
            ? [...inventory].filter((f) => f.endsWith('.sh')).map((f) => f.slice(0, -3))
            : inventory;
        const what = kind === 'feature' ? `feature '${written}'` : `application script '${written}'`;
        const hint = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(parsed.path, names);
        this.note(shown, owner, {
            rule: kind === 'feature' ? 'PHX-FEATURE-MISSING' : 'PHX-APP-MISSING',
            severity: 'error',
            file,
            at,
            text: (owners) => `${what} of ${owners} needs ${shown}, which does not exist${hint}${hint ? ' Or ' : '; '}${STUB_HINT}`,
        });
    }
    /** One finding per missing script, at its first reference. */
    report() {
        for (const m of this.missing.values())
            this.r.at(m.file, m.at, m.severity, m.rule, m.text(joinOwners(m.owners)));
        this.missing.clear();
    }
    checkGuest(g) {
        const file = g.kind === 'lxc' ? 'lxc' : 'vm';
        const owner = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .guestLabel */ .dv)(g);
        if (Array.isArray(g.raw.features)) {
            g.raw.features.forEach((f, i) => {
                if (typeof f === 'string')
                    this.check('feature', f, file, [...g.origin.path, 'features', i], owner);
            });
        }
        if (typeof g.raw.application_script === 'string') {
            this.check('app', g.raw.application_script, file, [...g.origin.path, 'application_script'], owner);
        }
        for (const t of g.tests)
            this.check('test', t.path, file, t.jsonPath, owner);
    }
    /** Hypervisor-level test suites (`tests.<suite>[].path`). */
    checkHypervisorTests(hv) {
        if (!(0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(hv.tests))
            return;
        for (const [suite, list] of Object.entries(hv.tests)) {
            if (!Array.isArray(list))
                continue;
            list.forEach((t, i) => {
                if ((0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(t) && typeof t.path === 'string') {
                    this.check('test', t.path, 'hypervisor', ['tests', suite, i, 'path'], 'the hypervisor');
                }
            });
        }
    }
}


/***/ }),

/***/ 33040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H6: () => (/* binding */ SCHEMAS),
  cU: () => (/* binding */ SCHEMA_FILES),
  qA: () => (/* binding */ validatorFor)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./schemas/phoenix_hypervisor_config.schema.json
const phoenix_hypervisor_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Phoenix hypervisor (phoenix_hypervisor_config.json)","description":"The Proxmox host itself in the upstream Phoenix format: storage (ZFS pools, datasets, Proxmox storages), network, NVIDIA driver, users, firewall and shared services. `setup-hypervisor` brings the host in line with it; `validate` checks guests against it.","type":"object","properties":{"$schema":{"description":"Path or URL of this schema, for editors.","x-phoenix":"informational","type":"string"},"version":{"description":"Version of this configuration (free text, usually semantic).","x-phoenix":"informational","type":"string","examples":["1.0.0"]},"cluster":{"description":"A Proxmox VE cluster: its nodes and where guests go when they name no `node`. Leave it out for a single host.","type":"object","properties":{"default_node":{"description":"Node of every guest that names no `node` of its own. Without it, a guest without `node` goes to the node Phoenix is connected to when the cluster has one node, and is refused on a larger cluster.","$ref":"#/definitions/nodeName"},"nodes":{"description":"The cluster\'s nodes that setup-hypervisor sets up (all of them unless `--node` names one). A node\'s own settings override the file\'s top-level sections for that node.","type":"array","items":{"type":"object","properties":{"name":{"description":"The node\'s name, as Proxmox knows it.","$ref":"#/definitions/nodeName"},"address":{"description":"The node\'s cluster network address (informational: Phoenix reads it from the cluster).","$ref":"#/definitions/ipv4"},"network":{"description":"This node\'s own network (same shape as the top-level `network`), which replaces the top-level section on this node: its own bridges and addresses. The top-level `domain_name` still applies.","$ref":"#/properties/network"},"zfs":{"description":"This node\'s own ZFS pools and datasets (same shape as the top-level `zfs`), which replace the top-level section on this node: its own disks. The storages of its datasets are restricted to this node (storage.cfg `nodes`), and those of the top-level datasets to the listed nodes without their own `zfs`.","$ref":"#/properties/zfs"}},"required":["name"],"additionalProperties":true}}},"additionalProperties":false},"author":{"description":"Who maintains this configuration.","x-phoenix":"informational","type":"string"},"timezone":{"description":"Host time zone (a name from /usr/share/zoneinfo).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$","patternErrorMessage":"must be a time zone name like Europe/Berlin or UTC","examples":["America/New_York"]},"ntp_servers":{"description":"NTP servers for chrony (written to /etc/chrony/sources.d/phoenix.sources): a list, or one string separated by spaces or commas. Leave it out to keep the servers the host has. Setting any installs `chrony` if it is missing.","type":["string","array"],"pattern":"^[\\\\s,]*(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:[\\\\s,]+(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*[\\\\s,]*)?$","patternErrorMessage":"must be host names or IPv4 addresses separated by spaces or commas, like \\"0.pool.ntp.org 10.0.0.1\\"","items":{"type":"string","pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$","patternErrorMessage":"must be a host name or IPv4 address like 0.pool.ntp.org"},"examples":[["0.pool.ntp.org","10.0.0.1"]]},"apt":{"description":"Package repositories and extra packages of the host.","type":"object","properties":{"no_subscription":{"description":"Use the free `pve-no-subscription` repository: the enterprise (and Ceph enterprise) repositories, which need a subscription, are disabled and the no-subscription one is added for the node\'s Debian release. Set it to false on hosts with a subscription.","type":"boolean","default":true},"packages":{"description":"Debian packages to install (only missing ones are installed; nothing is removed): a list, or one string separated by spaces or commas. Packages other settings need (nfs-kernel-server, samba, sudo, chrony, driver build tools) are added automatically.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[a-z0-9][a-z0-9+.-]+(?:[\\\\s,]+[a-z0-9][a-z0-9+.-]+)*[\\\\s,]*)?$","patternErrorMessage":"must be Debian package names separated by spaces or commas, like \\"htop iotop\\"","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]+$","patternErrorMessage":"must be a Debian package name like htop (lower-case letters, digits, \\"+\\", \\"-\\", \\".\\"; at least 2 characters)"},"examples":[["htop","iotop"]]}},"additionalProperties":false},"domain_name":{"description":"Internal DNS domain of the estate.","type":"string","pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$","patternErrorMessage":"must be a DNS domain like internal.example.com","examples":["internal.example.com"]},"users":{"description":"The admin user created on the host.","type":"object","properties":{"username":{"description":"Login name.","type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Linux user name (lower-case letters, digits, \\"_\\", \\"-\\"; at most 32 characters)","examples":["phoenix_admin"]},"password_hash":{"description":"Password hash (from `mkpasswd -m sha-512`) or \\"NOT_SET\\" to create the user without a password. Never a plaintext password: keep secrets in GitHub secrets.","type":"string","default":"NOT_SET","examples":["NOT_SET"]},"sudo_access":{"description":"Add the user to the sudo group.","type":"boolean","default":false},"ssh_public_key":{"description":"SSH public key authorised for the user (empty for none).","type":"string"}},"required":["username"],"additionalProperties":false},"proxmox_access":{"description":"Proxmox VE groups, users, API tokens and permissions created with `pveum` (beyond the admin in `users`). Missing groups, users, tokens and grants are created and each listed user\'s groups are set to the configured ones; nothing is removed. No secrets here: passwords come from environment variables (`password_env`), token secrets are shown once in the run\'s result.","type":"object","properties":{"groups":{"description":"Proxmox groups.","type":"array","items":{"description":"One group.","type":"object","properties":{"id":{"description":"Group ID.","type":"string","pattern":"^[A-Za-z0-9._-]+$","patternErrorMessage":"must be a group ID (letters, digits, \\".\\", \\"-\\", \\"_\\")","examples":["ops"]},"comment":{"description":"Comment shown in Proxmox.","type":"string"}},"required":["id"],"additionalProperties":false}},"users":{"description":"Proxmox users (not Linux users: realm `pve` users live only in Proxmox; `pam` users must exist on the host).","type":"array","items":{"description":"One user.","type":"object","properties":{"userid":{"description":"User ID `name@realm`.","type":"string","pattern":"^[^\\\\s:/@]+@[A-Za-z][A-Za-z0-9._-]+$","patternErrorMessage":"must be a user ID like ci@pve","examples":["ci@pve"]},"groups":{"description":"Groups of the user; each must be defined in `proxmox_access.groups`. A list, or one string separated by spaces or commas.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z0-9._-]+(?:[\\\\s,]+[A-Za-z0-9._-]+)*[\\\\s,]*)?$","patternErrorMessage":"must be group IDs separated by spaces or commas","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","patternErrorMessage":"must be a group ID (letters, digits, \\".\\", \\"-\\", \\"_\\")"},"examples":[["ops"]]},"comment":{"description":"Comment shown in Proxmox.","type":"string"},"password_env":{"description":"Name of the environment variable (for example a GitHub secret passed to the action) holding the initial password of a new `pve` user. Existing users keep their password. Never put the password itself in the config.","type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","patternErrorMessage":"must be an environment variable name like PHOENIX_PVE_PASSWORD_CI (upper-case letters, digits, \\"_\\")","examples":["PHOENIX_PVE_PASSWORD_CI"]}},"required":["userid"],"additionalProperties":false}},"acls":{"description":"Permissions: roles granted on a path to users, groups or API tokens (at least one of the three).","type":"array","items":{"description":"One ACL entry.","type":"object","properties":{"path":{"description":"Object path the roles apply to, e.g. `/`, `/vms/100`, `/storage/local`.","type":"string","pattern":"^/[A-Za-z0-9/_.-]*$","patternErrorMessage":"must be an ACL path like /vms/100","examples":["/vms"]},"roles":{"description":"Roles granted (at least one): a list, or one string separated by spaces or commas.","type":["string","array"],"pattern":"^[\\\\s,]*[A-Za-z0-9._-]+(?:[\\\\s,]+[A-Za-z0-9._-]+)*[\\\\s,]*$","patternErrorMessage":"must be role IDs separated by spaces or commas, like \\"PVEVMAdmin\\"","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","patternErrorMessage":"must be a role ID like PVEVMAdmin (letters, digits, \\".\\", \\"-\\", \\"_\\")"},"minItems":1,"examples":[["PVEVMAdmin"]]},"users":{"description":"Users the roles are granted to.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[^\\\\s,:/@]+@[A-Za-z][A-Za-z0-9._-]+(?:[\\\\s,]+[^\\\\s,:/@]+@[A-Za-z][A-Za-z0-9._-]+)*[\\\\s,]*)?$","patternErrorMessage":"must be user IDs separated by spaces or commas, like \\"ci@pve\\"","items":{"type":"string","pattern":"^[^\\\\s:/@]+@[A-Za-z][A-Za-z0-9._-]+$","patternErrorMessage":"must be a user ID like ci@pve"}},"groups":{"description":"Groups the roles are granted to.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z0-9._-]+(?:[\\\\s,]+[A-Za-z0-9._-]+)*[\\\\s,]*)?$","patternErrorMessage":"must be group IDs separated by spaces or commas","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","patternErrorMessage":"must be a group ID (letters, digits, \\".\\", \\"-\\", \\"_\\")"}},"tokens":{"description":"API tokens the roles are granted to, as `user@realm!token`.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[^\\\\s,:/]+@[A-Za-z][A-Za-z0-9._-]+![A-Za-z][A-Za-z0-9._-]+(?:[\\\\s,]+[^\\\\s,:/]+@[A-Za-z][A-Za-z0-9._-]+![A-Za-z][A-Za-z0-9._-]+)*[\\\\s,]*)?$","patternErrorMessage":"must be token IDs separated by spaces or commas, like \\"ci@pve!github\\"","items":{"type":"string","pattern":"^[^\\\\s:/]+@[A-Za-z][A-Za-z0-9._-]+![A-Za-z][A-Za-z0-9._-]+$","patternErrorMessage":"must be a token ID like ci@pve!github"}},"propagate":{"description":"Also apply the roles below the path.","type":"boolean","default":true}},"required":["path","roles"],"additionalProperties":false}},"tokens":{"description":"API tokens. The secret of a new token is shown once, masked, in the result of the run that creates it.","type":"array","items":{"description":"One API token.","type":"object","properties":{"userid":{"description":"User the token belongs to.","type":"string","pattern":"^[^\\\\s:/@]+@[A-Za-z][A-Za-z0-9._-]+$","patternErrorMessage":"must be a user ID like ci@pve","examples":["ci@pve"]},"id":{"description":"Token name (the part after `!`).","type":"string","pattern":"^[A-Za-z][A-Za-z0-9._-]+$","patternErrorMessage":"must be a token name like github (a letter, then letters, digits, \\".\\", \\"-\\", \\"_\\"; at least 2 characters)","examples":["github"]},"comment":{"description":"Comment shown in Proxmox.","type":"string"},"privsep":{"description":"Privilege separation: the token has only the permissions granted to it in `acls`, not those of its user.","type":"boolean","default":true}},"required":["userid","id"],"additionalProperties":false}}},"additionalProperties":false},"core_paths":{"description":"Paths on the host used by the upstream scripts (informational for Phoenix).","x-phoenix":"informational","type":"object","additionalProperties":{"type":"string"}},"network":{"description":"Host networking: the main bridge, internal bridges and addresses of shared services.","type":"object","properties":{"interfaces":{"description":"The main host bridge (guests attach to it by `name`).","type":"object","properties":{"name":{"description":"Bridge name.","$ref":"#/definitions/bridge","default":"vmbr0"},"address":{"description":"Host address on the bridge.","$ref":"#/definitions/ipv4Cidr"},"gateway":{"description":"Default gateway of the host.","$ref":"#/definitions/ipv4"},"bridge_ports":{"description":"Physical interface(s) enslaved to the bridge, e.g. \\"eno1\\".","type":"string"},"dns_nameservers":{"description":"DNS servers of the host.","$ref":"#/definitions/nameservers"},"ports":{"description":"Same as `bridge_ports` (used only when `bridge_ports` is absent).","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z][A-Za-z0-9_-]{0,14}(?:[\\\\s,]+[A-Za-z][A-Za-z0-9_-]{0,14})*[\\\\s,]*)?$","patternErrorMessage":"must be interface names separated by spaces or commas, like \\"eno1 eno2\\"","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,14}$","patternErrorMessage":"must be an interface name like eno1 (a letter, then letters, digits, \\"_\\" or \\"-\\"; at most 15 characters)"}},"vlan_aware":{"description":"Make the bridge VLAN-aware (`bridge-vlan-aware yes`, VLANs 2-4094), so guests can use `tag=` on it.","type":"boolean","default":false},"method":{"description":"`manual` for a bridge the host has no address on (guest traffic only); `static` (or leaving it out) needs an address.","type":"string","enum":["static","manual"]},"comment":{"description":"Comment written next to the bridge in the interfaces file (one line).","type":"string"}},"required":["name"],"additionalProperties":false},"internal_bridge":{"description":"An internal bridge for guest-to-guest traffic.","type":"object","properties":{"name":{"description":"Bridge name.","$ref":"#/definitions/bridge"},"subnet":{"description":"Subnet of the bridge.","$ref":"#/definitions/ipv4Cidr"},"address":{"description":"Host address on the bridge, in CIDR notation. Default: the first address of `subnet` (10.1.0.0/24 gives 10.1.0.1/24).","$ref":"#/definitions/ipv4Cidr"},"gateway":{"description":"Gateway reached through this bridge (only one bridge of the host should have one).","$ref":"#/definitions/ipv4"},"bridge_ports":{"description":"Physical interfaces (or bonds) enslaved to the bridge: a list, or one string with names separated by spaces or commas. Leave it out for a bridge without ports (guest-only traffic).","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z][A-Za-z0-9_-]{0,14}(?:[\\\\s,]+[A-Za-z][A-Za-z0-9_-]{0,14})*[\\\\s,]*)?$","patternErrorMessage":"must be interface names separated by spaces or commas, like \\"eno1 eno2\\"","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,14}$","patternErrorMessage":"must be an interface name like eno1 (a letter, then letters, digits, \\"_\\" or \\"-\\"; at most 15 characters)"},"examples":["eno2",["eno2","eno3"]]},"ports":{"description":"Same as `bridge_ports` (used only when `bridge_ports` is absent).","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z][A-Za-z0-9_-]{0,14}(?:[\\\\s,]+[A-Za-z][A-Za-z0-9_-]{0,14})*[\\\\s,]*)?$","patternErrorMessage":"must be interface names separated by spaces or commas, like \\"eno1 eno2\\"","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,14}$","patternErrorMessage":"must be an interface name like eno1 (a letter, then letters, digits, \\"_\\" or \\"-\\"; at most 15 characters)"}},"vlan_aware":{"description":"Make the bridge VLAN-aware (`bridge-vlan-aware yes`, VLANs 2-4094), so guests can use `tag=` on it.","type":"boolean","default":false},"method":{"description":"`manual` for a bridge the host has no address on (guest traffic only); `static` (or leaving it out) needs an address.","type":"string","enum":["static","manual"]},"comment":{"description":"Comment written next to the bridge in the interfaces file (one line).","type":"string"}},"required":["name"],"additionalProperties":false},"bridges":{"description":"Additional Linux bridges `setup-hypervisor` creates (in /etc/network/interfaces.d/phoenix, applied with `ifreload -a`). Each needs an `address` or `\\"method\\": \\"manual\\"`. Bridge names must be unique across `interfaces`, `internal_bridge` and this list.","type":"array","items":{"description":"One bridge.","type":"object","properties":{"name":{"description":"Bridge name.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,14}$","patternErrorMessage":"must be an interface name like vmbr1 (a letter, then letters, digits, \\"_\\" or \\"-\\"; at most 15 characters)","examples":["vmbr1"]},"address":{"description":"Host address on the bridge, in CIDR notation.","$ref":"#/definitions/ipv4Cidr"},"gateway":{"description":"Gateway reached through this bridge (only one bridge of the host should have one).","$ref":"#/definitions/ipv4"},"bridge_ports":{"description":"Physical interfaces (or bonds) enslaved to the bridge: a list, or one string with names separated by spaces or commas. Leave it out for a bridge without ports (guest-only traffic).","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z][A-Za-z0-9_-]{0,14}(?:[\\\\s,]+[A-Za-z][A-Za-z0-9_-]{0,14})*[\\\\s,]*)?$","patternErrorMessage":"must be interface names separated by spaces or commas, like \\"eno1 eno2\\"","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,14}$","patternErrorMessage":"must be an interface name like eno1 (a letter, then letters, digits, \\"_\\" or \\"-\\"; at most 15 characters)"},"examples":["eno2",["eno2","eno3"]]},"ports":{"description":"Same as `bridge_ports` (used only when `bridge_ports` is absent).","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z][A-Za-z0-9_-]{0,14}(?:[\\\\s,]+[A-Za-z][A-Za-z0-9_-]{0,14})*[\\\\s,]*)?$","patternErrorMessage":"must be interface names separated by spaces or commas, like \\"eno1 eno2\\"","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,14}$","patternErrorMessage":"must be an interface name like eno1 (a letter, then letters, digits, \\"_\\" or \\"-\\"; at most 15 characters)"}},"vlan_aware":{"description":"Make the bridge VLAN-aware (`bridge-vlan-aware yes`, VLANs 2-4094), so guests can use `tag=` on it.","type":"boolean","default":false},"method":{"description":"`manual` for a bridge the host has no address on (guest traffic only); `static` (or leaving it out) needs an address.","type":"string","enum":["static","manual"]},"comment":{"description":"Comment written next to the bridge in the interfaces file (one line).","type":"string"}},"required":["name"],"additionalProperties":false}},"vlans":{"description":"VLAN interfaces that give the host itself an address on a VLAN (`<bridge>.<tag>`). Guests do not need these: they use `tag=` on a VLAN-aware bridge.","type":"array","items":{"description":"One VLAN interface of the host.","type":"object","properties":{"bridge":{"description":"Bridge the VLAN runs on; it must be defined in this `network` section.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,14}$","patternErrorMessage":"must be a bridge name like vmbr0","examples":["vmbr0"]},"tag":{"description":"VLAN tag (802.1Q ID).","type":"integer","minimum":1,"maximum":4094},"address":{"description":"Host address on the VLAN, in CIDR notation.","$ref":"#/definitions/ipv4Cidr"}},"required":["bridge","tag","address"],"additionalProperties":false}},"hosts":{"description":"Extra /etc/hosts entries, kept in a marked block (the node\'s own name and main-bridge address are added automatically). A line elsewhere in the file that maps one of these names to another address is removed.","type":"array","items":{"description":"One /etc/hosts line.","type":"object","properties":{"address":{"description":"IPv4 address.","$ref":"#/definitions/ipv4"},"names":{"description":"Host names for the address (at least one): a list, or one string separated by spaces or commas.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:[\\\\s,]+(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*[\\\\s,]*$","patternErrorMessage":"must be host names separated by spaces or commas, like \\"nas.lab.example.com nas\\"","items":{"type":"string","pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$","patternErrorMessage":"must be a host name like nas.lab.example.com"},"minItems":1,"examples":[["nas.lab.example.com","nas"]]}},"required":["address","names"],"additionalProperties":false}},"public_bridge":{"description":"Bridge used for the public VLAN.","$ref":"#/definitions/bridge"},"public_vlan_tag":{"description":"VLAN tag of the public network.","x-phoenix":"informational","type":"integer","minimum":1,"maximum":4094},"macvlan_vlan_tag":{"description":"VLAN tag used by macvlan interfaces.","x-phoenix":"informational","type":"integer","minimum":1,"maximum":4094},"default_subnet":{"description":"Subnet guests live in by default.","x-phoenix":"informational","$ref":"#/definitions/ipv4Cidr"},"nfs_server":{"description":"Address of the NFS server (usually the host).","x-phoenix":"informational","$ref":"#/definitions/ipv4"},"fallback_dns":{"description":"DNS server used when internal DNS is down.","x-phoenix":"informational","$ref":"#/definitions/ipv4"},"external_registry_url":{"description":"Container registry for images (application data).","x-phoenix":"scripts","type":"string"},"portainer_server_ip":{"description":"Address of the Portainer server (application data).","x-phoenix":"scripts","$ref":"#/definitions/ipv4"},"portainer_server_port":{"description":"Port of the Portainer server UI.","x-phoenix":"scripts","$ref":"#/definitions/port"},"portainer_agent_port":{"description":"Port of Portainer agents.","x-phoenix":"scripts","$ref":"#/definitions/port"}},"additionalProperties":true},"zfs":{"description":"ZFS pools and datasets on the host. A dataset becomes the Proxmox storage `<pool>-<dataset>`.","type":"object","properties":{"arc_max_gb":{"description":"Upper limit of the ZFS ARC cache in GiB.","type":"number","exclusiveMinimum":0,"maximum":1048576},"pools":{"description":"ZFS pools. Existing pools are never re-created.","type":"array","items":{"type":"object","properties":{"name":{"description":"Pool name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.:-]*$","patternErrorMessage":"must be a ZFS name: letters, digits, \\"_\\", \\"-\\", \\".\\", \\":\\" (no \\"/\\")"},"raid_level":{"description":"Layout of the pool.","type":"string","enum":["single","mirror","raidz","raidz1","raidz2","raidz3"]},"disks":{"description":"Disks of the pool; prefer stable /dev/disk/by-id paths.","type":"array","items":{"$ref":"#/definitions/absolutePath"}}},"required":["name"],"additionalProperties":false}},"datasets":{"description":"ZFS datasets, each registered as a Proxmox storage named `<pool>-<dataset>`.","type":"array","items":{"type":"object","properties":{"name":{"description":"Dataset name inside the pool.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.:-]*$","patternErrorMessage":"must be a ZFS name: letters, digits, \\"_\\", \\"-\\", \\".\\", \\":\\" (no \\"/\\")"},"pool":{"description":"Pool the dataset lives in.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.:-]*$","patternErrorMessage":"must be a ZFS name: letters, digits, \\"_\\", \\"-\\", \\".\\", \\":\\" (no \\"/\\")"},"properties":{"description":"ZFS properties as \\"key=value,key=value\\" (may be empty).","type":"string","pattern":"^(?:[a-z0-9_:.]+=[^,=\\\\s]+(?:,[a-z0-9_:.]+=[^,=\\\\s]+)*)?$","patternErrorMessage":"must be ZFS properties like \\"recordsize=128K,compression=lz4\\"","examples":["recordsize=16K,compression=lz4"]},"proxmox_storage_type":{"description":"How Proxmox uses the dataset: `zfspool` (block volumes) or `dir` (a directory storage).","type":"string","enum":["zfspool","dir"]},"proxmox_content_type":{"description":"Proxmox content types allowed on the storage, comma-separated.","type":"string","pattern":"^(?:images|rootdir|vztmpl|iso|backup|snippets|import|none)(?:,(?:images|rootdir|vztmpl|iso|backup|snippets|import|none))*$","patternErrorMessage":"must be Proxmox content types like \\"images,rootdir\\" (images, rootdir, vztmpl, iso, backup, snippets, import)","examples":["images,rootdir"]},"storage_class":{"description":"Upstream label: `direct` for guest disks, `shared` for data shared between guests.","type":"string","enum":["direct","shared"]}},"required":["name","pool"],"additionalProperties":false}}},"additionalProperties":false},"proxmox_storage_ids":{"description":"Names of Proxmox storages, by role (`quickos_lxc: \\"quickOS-lxc-disks\\"`). Every value is a storage guests may use in `storage_pool`.","type":"object","additionalProperties":{"$ref":"#/definitions/storageId"}},"mount_point_base":{"description":"Where Proxmox mounts directory storages (usually /mnt/pve).","x-phoenix":"informational","$ref":"#/definitions/absolutePath"},"storages":{"description":"Proxmox storages beyond the ZFS datasets (which register themselves through `zfs.datasets[].proxmox_storage_type`): NFS shares and plain directories. `setup-hypervisor` adds missing ones and adjusts content types; a storage that exists with another type, path or server is reported, never re-created. IDs must be unique, including the `<pool>-<dataset>` IDs.","type":"array","items":{"description":"One storage. `nfs` needs `server` and `export`; `dir` needs `path`.","type":"object","properties":{"id":{"description":"Storage ID, as guests name it in `storage_pool`.","$ref":"#/definitions/storageId"},"type":{"description":"Storage type: `nfs` (an NFS export mounted by Proxmox) or `dir` (a directory on the host). ZFS storages come from `zfs.datasets`.","type":"string","enum":["nfs","dir"]},"server":{"description":"NFS server name or address (type `nfs`).","type":"string","pattern":"^[A-Za-z0-9.:\\\\[\\\\]-]+$","patternErrorMessage":"must be an NFS server host name or address like 10.0.0.20","examples":["10.0.0.20"]},"export":{"description":"Exported path on the NFS server (type `nfs`).","type":"string","pattern":"^/\\\\S*$","patternErrorMessage":"must be an absolute path without spaces, like /export/backups","examples":["/export/backups"]},"options":{"description":"NFS mount options passed to Proxmox (type `nfs`), e.g. \\"vers=4.2\\".","type":"string","examples":["vers=4.2"]},"path":{"description":"Directory on the host (type `dir`).","type":"string","pattern":"^/\\\\S*$","patternErrorMessage":"must be an absolute path without spaces, like /srv/isos","examples":["/srv/isos"]},"content":{"description":"Proxmox content types allowed on the storage: a list, or one string separated by commas or spaces (`none` is ignored). Default: `images,rootdir` for nfs, `iso,vztmpl,backup` for dir.","type":["string","array"],"pattern":"^[\\\\s,]*(?:(?:images|rootdir|vztmpl|iso|backup|snippets|import|none)(?:[\\\\s,]+(?:images|rootdir|vztmpl|iso|backup|snippets|import|none))*[\\\\s,]*)?$","patternErrorMessage":"must be Proxmox content types like \\"iso,vztmpl,backup\\" (images, rootdir, vztmpl, iso, backup, snippets, import)","items":{"type":"string","enum":["images","rootdir","vztmpl","iso","backup","snippets","import","none"]},"examples":["iso,vztmpl,backup",["images","rootdir"]]},"nodes":{"description":"Cluster nodes that may use this storage (storage.cfg `nodes`); every node when absent.","type":"array","items":{"$ref":"#/definitions/nodeName"},"uniqueItems":true}},"required":["id","type"],"additionalProperties":false}},"proxmox_defaults":{"description":"Upstream defaults for new containers (informational for Phoenix, whose defaults are documented per field).","x-phoenix":"informational","type":"object","properties":{"zfs_lxc_pool":{"description":"ZFS dataset holding container disks, e.g. \\"quickOS/lxc-disks\\".","type":"string"},"lxc":{"description":"Container defaults.","type":"object","properties":{"cores":{"description":"CPU cores.","type":"integer","minimum":1,"maximum":8192},"memory_mb":{"description":"Memory in MiB.","type":"integer","minimum":16,"maximum":4194304},"network_config":{"description":"Network settings as \\"ip/prefix,gateway,dns\\".","type":"string"},"features":{"description":"Container features, e.g. \\"nesting=1\\".","type":"string"},"security":{"description":"Security profile, e.g. \\"default\\".","type":"string"},"nesting":{"description":"Allow nesting (1) or not (0).","type":"integer","enum":[0,1]}},"additionalProperties":true}},"additionalProperties":true},"nvidia_driver":{"description":"The NVIDIA driver on the host; GPU containers install the matching userspace.","type":"object","properties":{"install":{"description":"Install the driver on the host.","type":"boolean","default":false},"version":{"description":"Driver version.","type":"string","pattern":"^[0-9]+(?:\\\\.[0-9]+){1,2}$","patternErrorMessage":"must be a driver version like 580.76.05","examples":["580.76.05"]},"runfile_url":{"description":"URL of the driver `.run` installer.","type":"string","pattern":"^(?:https?|ftp)://[^\\\\s/]+\\\\S*$","patternErrorMessage":"must be an http(s) URL like https://example.com/file"},"cuda_version":{"description":"CUDA version to install alongside, e.g. \\"12.8\\". The original tooling installed it on the host; Phoenix installs the driver only (`phoenix validate` warns): containers get CUDA from their features.","x-phoenix":"unsupported","type":"string","pattern":"^[0-9]+\\\\.[0-9]+(?:\\\\.[0-9]+)?$","patternErrorMessage":"must be a version like 12.8"},"install_vllm_libs":{"description":"Also install the libraries vLLM needs. Not supported: Phoenix installs no vLLM libraries on the host (`phoenix validate` warns when true).","x-phoenix":"unsupported","type":"boolean","default":false}},"additionalProperties":false},"vfio":{"description":"PCI passthrough to VMs: loads the vfio modules at boot, turns the IOMMU on on the kernel command line (systemd-boot or GRUB) and binds the listed devices to vfio-pci. Takes effect after a reboot.","type":"object","properties":{"enabled":{"description":"Set to false to keep the block but skip VFIO setup.","type":"boolean","default":true},"iommu":{"description":"CPU vendor, for the kernel parameter: `intel` (`intel_iommu=on`) or `amd` (`amd_iommu=on`).","type":"string","enum":["intel","amd"],"default":"intel"},"pci_ids":{"description":"PCI `vendor:device` IDs (from `lspci -nn`) bound to vfio-pci at boot: a list, or one string separated by spaces or commas. Every device with one of these IDs is taken from the host.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}(?:[\\\\s,]+[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4})*[\\\\s,]*)?$","patternErrorMessage":"must be PCI vendor:device IDs separated by spaces or commas, like \\"10de:2684 10de:22ba\\"","items":{"type":"string","pattern":"^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$","patternErrorMessage":"must be a PCI vendor:device ID like 10de:2684"},"examples":[["10de:2684","10de:22ba"]]}},"additionalProperties":false},"firewall":{"description":"The datacenter/host firewall.","type":"object","properties":{"enabled":{"description":"Turn the firewall on.","type":"boolean","default":false},"default_input_policy":{"description":"Policy for incoming traffic that no rule matches.","type":"string","enum":["ACCEPT","DROP","REJECT"]},"default_output_policy":{"description":"Policy for outgoing traffic that no rule matches.","type":"string","enum":["ACCEPT","DROP","REJECT"]},"global_firewall_rules":{"description":"Host-level rules, in order.","type":"array","items":{"$ref":"#/definitions/firewallRule"}}},"additionalProperties":false},"nfs":{"description":"NFS exports of the host.","type":"object","properties":{"exports":{"description":"Exported directories.","type":"array","items":{"type":"object","properties":{"path":{"description":"Exported directory.","$ref":"#/definitions/absolutePath"},"clients":{"description":"Allowed clients: addresses, CIDRs or host names.","type":"array","items":{"type":"string","minLength":1}},"options":{"description":"Export options, e.g. \\"rw\\", \\"sync\\", \\"no_subtree_check\\".","type":"array","items":{"type":"string","minLength":1}}},"required":["path"],"additionalProperties":false}}},"additionalProperties":false},"samba":{"description":"Samba shares of the host.","type":"object","properties":{"user":{"description":"Samba user owning the shares.","type":"string"},"shares":{"description":"The shares.","type":"array","items":{"type":"object","properties":{"name":{"description":"Share name.","type":"string","minLength":1},"path":{"description":"Shared dataset or directory.","type":"string","minLength":1},"options":{"description":"smb.conf options, e.g. \\"browseable=yes writable=yes\\".","type":"string"},"valid_users":{"description":"Users allowed to connect.","type":"array","items":{"type":"string","minLength":1}}},"required":["name","path"],"additionalProperties":false}}},"additionalProperties":false},"shared_volumes":{"description":"Host directories shared into several containers: name to `{host_path, mounts}`, where `mounts` maps a CTID to the path inside that container; each becomes a bind mount (`mpN`) of the containers it names, after their own mount points (an own one at the same path wins), and apply makes the host folder, owned by the container\'s root.","type":"object","additionalProperties":{"description":"One shared directory.","type":"object","properties":{"host_path":{"description":"Directory on the host (required). Allowed roots: /mnt, /media, /srv, /data, /var/lib/phoenix, /var/lib/vz, /usr/local/phoenix_hypervisor, any `storages[].path` and each ZFS pool\'s `/<pool>` of the hypervisor file; never /, /etc, /dev, /proc, /sys, /root, /boot or another system folder.","$ref":"#/definitions/absolutePath"},"mounts":{"description":"CTID to mount point inside that container.","type":"object","propertyNames":{"pattern":"^[1-9][0-9]{2,8}$","patternErrorMessage":"must be a CTID between 100 and 999999999 (digits only)"},"additionalProperties":{"$ref":"#/definitions/absolutePath"}}},"additionalProperties":true}},"dns_server":{"description":"Internal DNS server on the host (application data).","x-phoenix":"scripts","type":"object","properties":{"enabled":{"description":"Run the DNS server.","type":"boolean","default":false},"authoritative_zones":{"description":"Zones served authoritatively.","type":"array"},"upstream_servers":{"description":"Upstream resolvers.","type":"array","items":{"$ref":"#/definitions/ipv4"}}},"additionalProperties":true},"docker":{"description":"Container images used by the upstream scripts (application data).","x-phoenix":"scripts","type":"object","properties":{"portainer_server_image":{"description":"Portainer server image.","type":"string"},"portainer_agent_image":{"description":"Portainer agent image.","type":"string"}},"additionalProperties":true},"portainer_api":{"description":"Access to the Portainer API (application data). Credentials belong in GitHub secrets, not here.","x-phoenix":"scripts","type":"object","properties":{"admin_user":{"description":"Portainer admin user name.","type":"string"},"admin_password":{"description":"Placeholder only (e.g. \\"NOT_SET\\"); a real password here is reported as a plaintext secret.","type":"string"},"portainer_hostname":{"description":"Host name of the Portainer UI.","type":"string"},"api_key":{"description":"Placeholder or null; a real key here is reported as a plaintext secret.","type":["string","null"]}},"additionalProperties":true},"step_ca":{"description":"Internal certificate authority settings (application data).","x-phoenix":"scripts","type":"object","properties":{"dns_name":{"description":"DNS name of the CA.","type":"string"},"root_ca_name":{"description":"Name of the root CA.","type":"string"},"intermediate_ca_name":{"description":"Name of the intermediate CA.","type":"string"},"provisioner_name":{"description":"Name of the provisioner.","type":"string"}},"additionalProperties":true},"behavior":{"description":"Upstream script behaviour flags (informational for Phoenix).","x-phoenix":"informational","type":"object","properties":{"rollback_on_failure":{"description":"Roll back a guest whose creation failed. Not supported (`phoenix validate` warns when true): Phoenix stops a failed guest and reports it; `phoenix rollback` puts a changed guest back to its safety snapshot.","x-phoenix":"unsupported","type":"boolean","default":false},"debug_mode":{"description":"Verbose logging.","type":"boolean","default":false}},"additionalProperties":true},"tests":{"description":"Host test suites (paths under `<config-dir>/tests/`).","$ref":"#/definitions/tests"},"vm_defaults":{"description":"Upstream VM settings kept in the hypervisor file (e.g. the Ubuntu release of cloud images).","x-phoenix":"informational","type":"object","properties":{"ubuntu_release":{"description":"Ubuntu release of the cloud images, e.g. \\"noble\\".","type":"string"}},"additionalProperties":true},"cloud_images":{"description":"Download sources of the cloud images VM templates name in `template_image`. Ubuntu (`<release>-server-cloudimg-<arch>.img`) and Debian (`debian-<N>-genericcloud-<arch>.qcow2`) images need no entry unless you want another storage or a checksum.","type":"array","items":{"description":"One cloud image.","type":"object","properties":{"file":{"description":"Image file name, as in `template_image`. `.img` and `.iso` files are stored as `iso` content, the others as `import`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*\\\\.(img|iso|qcow2|raw|vmdk)$","patternErrorMessage":"must be an image file name ending in .img, .iso, .qcow2, .raw or .vmdk","examples":["custom-cloudimg-amd64.qcow2"]},"url":{"description":"Where to download it. Required for images other than the Ubuntu and Debian ones Phoenix knows.","type":"string","pattern":"^https?://[A-Za-z0-9.-]+(?::\\\\d+)?/\\\\S*$","patternErrorMessage":"must be an http(s) URL like https://example.com/file"},"storage":{"description":"Storage to download into. Default: the first non-ZFS storage of this file that allows the content type, else `local`.","$ref":"#/definitions/storageId"},"checksum":{"description":"Expected SHA-256 (64 hex digits) or SHA-512 (128 hex digits) of the file; the algorithm follows from the length.","type":"string","pattern":"^[0-9a-fA-F]{64}([0-9a-fA-F]{64})?$","patternErrorMessage":"must be a sha256 (64 hex digits) or sha512 (128 hex digits) digest"}},"required":["file"],"additionalProperties":false}},"apparmor_profiles":{"description":"AppArmor profiles to install besides those containers name in `apparmor_profile`: a list, or one string separated by spaces or commas. Each needs its source in `<config-dir>/apparmor/<name>`, defining `profile <name>`.","type":["string","array"],"pattern":"^[\\\\s,]*(?:[A-Za-z0-9][A-Za-z0-9._-]*(?:[\\\\s,]+[A-Za-z0-9][A-Za-z0-9._-]*)*[\\\\s,]*)?$","patternErrorMessage":"must be profile names separated by spaces or commas","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"must be a profile name (letters, digits, \\".\\", \\"_\\", \\"-\\")"},"examples":[["lxc-phoenix-v2"]]},"vms":{"description":"Older upstream place for VMs; ignored. VMs belong in phoenix_vm_configs.json.","x-phoenix":"unsupported","type":"array"}},"additionalProperties":true,"definitions":{"bridge":{"description":"A Linux bridge defined on the host (see `network` in phoenix_hypervisor_config.json). `vmbr0.20` means bridge vmbr0 with VLAN tag 20.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*(?:\\\\.(?:[1-9][0-9]{0,2}|[1-3][0-9]{3}|40[0-8][0-9]|409[0-4]))?$","patternErrorMessage":"must be a bridge name like vmbr0, optionally with a VLAN tag 1..4094 like vmbr0.20","maxLength":15,"examples":["vmbr0","vmbr0.20"]},"ipv4":{"description":"An IPv4 address.","type":"string","pattern":"^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address like 10.0.0.1","examples":["10.0.0.1"]},"ipv4Cidr":{"description":"An IPv4 address with prefix length (CIDR notation).","type":"string","pattern":"^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}/(?:3[0-2]|[12][0-9]|[0-9])$","patternErrorMessage":"must be an IPv4 address in CIDR notation like 10.0.0.150/24","examples":["10.0.0.150/24"]},"nameservers":{"description":"DNS servers for the guest: one address, a space or comma separated list, or an array of addresses.","type":["string","array"],"pattern":"^[0-9A-Fa-f.:]+(?:[\\\\s,]+[0-9A-Fa-f.:]+)*$","patternErrorMessage":"must be IP addresses separated by spaces or commas, like \\"10.0.0.1 8.8.8.8\\"","items":{"type":"string","pattern":"^[0-9A-Fa-f.:]+$","patternErrorMessage":"must be an IP address like 10.0.0.1"},"examples":["10.0.0.1",["10.0.0.1","8.8.8.8"]]},"storageId":{"description":"A Proxmox storage ID: one defined by the hypervisor config (a ZFS dataset gives `<pool>-<dataset>`, plus `proxmox_storage_ids`) or a Proxmox default such as `local-lvm`.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]$","patternErrorMessage":"must be a Proxmox storage ID: a letter, then letters, digits, \\"-\\", \\"_\\" or \\".\\", ending in a letter or digit","examples":["local-lvm","quickOS-lxc-disks"]},"absolutePath":{"description":"An absolute path.","type":"string","pattern":"^/(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[^,;=\\\\x00-\\\\x1f\\\\x7f]*$","patternErrorMessage":"must be an absolute path without \'..\' segments, commas, semicolons, \'=\' or control characters (the path goes into a Proxmox property string)"},"port":{"description":"A TCP or UDP port number.","type":"integer","minimum":1,"maximum":65535},"firewallRule":{"description":"One Proxmox firewall rule.","type":"object","properties":{"type":{"description":"Direction: `in` (to the guest), `out` (from the guest), or `group` (use a security group named by `action`).","type":"string","enum":["in","out","group"]},"action":{"description":"What to do with matching packets: ACCEPT, DROP or REJECT; for `type: group`, the security group name.","type":"string","pattern":"^(?:ACCEPT|DROP|REJECT|[A-Za-z][A-Za-z0-9_-]*)$","patternErrorMessage":"must be ACCEPT, DROP, REJECT or a security group name","examples":["ACCEPT","DROP","REJECT"]},"proto":{"description":"IP protocol: a name from /etc/protocols (`tcp`, `udp`, `icmp`, `icmpv6`, ...) or a protocol number. Leave it out to match every protocol.","type":"string","pattern":"^(?:[a-z][a-z0-9.+-]*|[0-9]{1,3})$","patternErrorMessage":"must be a protocol name like tcp, udp or icmp, or a protocol number","examples":["tcp","udp","icmp"]},"source":{"description":"Source: an address, a CIDR, a range (`a-b`), an alias or ipset (`+name`), or a comma-separated list of these. Leave it out to match any source.","type":"string","pattern":"^(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+)(?:,(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+))*$","patternErrorMessage":"must be an address, CIDR, range, alias or ipset (a comma-separated list of IPs, CIDRs, ranges a-b, alias or +ipset names; it becomes one word of the firewall file)","examples":["10.0.0.0/24","10.0.0.12"]},"dest":{"description":"Destination, in the same forms as `source`. Leave it out to match any destination.","type":"string","pattern":"^(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+)(?:,(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+))*$","patternErrorMessage":"must be an address, CIDR, range, alias or ipset (a comma-separated list of IPs, CIDRs, ranges a-b, alias or +ipset names; it becomes one word of the firewall file)","examples":["10.0.0.0/24"]},"port":{"description":"Destination port: a number, a service name, a range `8000:8010`, or a comma-separated list (`80,443`). Needs `proto` tcp or udp.","type":["string","integer"],"pattern":"^[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?(?:,[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?)*$","patternErrorMessage":"must be a port, a range like 8000:8010, or a comma-separated list like 80,443","minimum":1,"maximum":65535,"examples":["22","80,443","8000:8010"]},"comment":{"description":"A free-text comment shown in the Proxmox UI.","type":"string"}},"required":["type","action"],"additionalProperties":false},"tests":{"description":"Post-deployment test suites: suite name to a list of test scripts under `<config-dir>/tests/`. A missing test script is a warning (the guest deploys; the test is reported as not run).","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]*$","patternErrorMessage":"must be a suite name (letters, digits, \\"_\\", \\"-\\", \\".\\")"},"additionalProperties":{"description":"The tests of one suite, run in order.","type":"array","items":{"$ref":"#/definitions/testScript"}},"examples":[{"health_checks":[{"name":"Docker is running","type":"script","path":"docker/check_docker_service.sh"}]}]},"testScript":{"description":"One post-deployment test.","type":"object","properties":{"name":{"description":"Name shown in reports.","type":"string","minLength":1},"type":{"description":"How the test runs. Only `script` exists: the file is copied into the guest and executed.","type":"string","enum":["script"],"default":"script"},"path":{"description":"Path of the test script relative to `<config-dir>/tests/`.","$ref":"#/definitions/scriptPath","examples":["docker/check_docker_service.sh"]},"blocking":{"description":"Whether a failure of this test fails the guest (default). `false`: the failure is reported and the guest still succeeds.","type":"boolean","default":true}},"required":["path"],"additionalProperties":false},"scriptPath":{"description":"A script path relative to its folder in the config dir. It may use sub-folders but may not be absolute or contain \\"..\\".","type":"string","pattern":"^(?!/)(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[A-Za-z0-9_.+@-]+(?:/[A-Za-z0-9_.+@-]+)*$","patternErrorMessage":"must be a relative path inside its config folder (letters, digits, \\"_\\", \\"-\\", \\".\\", \\"/\\"; not absolute, no \\"..\\")"},"nodeName":{"description":"A Proxmox VE node name, as the cluster knows it.","type":"string","pattern":"^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$","patternErrorMessage":"must be a Proxmox node name (letters, digits and \\"-\\")","examples":["pve"]}}}');
;// CONCATENATED MODULE: ./schemas/phoenix_lxc_configs.schema.json
const phoenix_lxc_configs_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Phoenix LXC containers (phoenix_lxc_configs.json)","description":"The LXC containers of a Proxmox estate, keyed by CTID, in the upstream Phoenix format, plus the NVIDIA settings the containers inherit.","type":"object","properties":{"$schema":{"description":"Path or URL of this schema, for editors.","x-phoenix":"informational","type":"string"},"nvidia_driver_version":{"description":"NVIDIA driver version installed in GPU containers; must match the host driver.","x-phoenix":"scripts","type":"string","pattern":"^[0-9]+(?:\\\\.[0-9]+){1,2}$","patternErrorMessage":"must be a driver version like 580.76.05","examples":["580.76.05"]},"nvidia_repo_url":{"description":"APT repository of the NVIDIA CUDA packages for the container OS.","x-phoenix":"scripts","type":"string","pattern":"^(?:https?|ftp)://[^\\\\s/]+\\\\S*$","patternErrorMessage":"must be an http(s) URL like https://example.com/file"},"nvidia_runfile_url":{"description":"URL of the NVIDIA driver `.run` installer.","x-phoenix":"scripts","type":"string","pattern":"^(?:https?|ftp)://[^\\\\s/]+\\\\S*$","patternErrorMessage":"must be an http(s) URL like https://example.com/file"},"allow_destroy":{"description":"Allow Phoenix to destroy containers it manages that are no longer in this file. Off by default: removed containers are only reported.","type":"boolean","default":false},"lxc_configs":{"description":"The containers, keyed by CTID (\\"100\\" to \\"999999999\\").","type":"object","propertyNames":{"pattern":"^[1-9][0-9]{2,8}$","patternErrorMessage":"must be a CTID between 100 and 999999999 (digits only)"},"additionalProperties":{"$ref":"#/definitions/lxcGuest"}}},"required":["lxc_configs"],"additionalProperties":true,"definitions":{"lxcGuest":{"description":"One LXC container. Known fields are typed; any other key is free-form application data, handed unchanged to feature and application scripts.","type":"object","properties":{"name":{"description":"Hostname of the container (also its name in Proxmox). Must be a valid DNS name.","type":"string","minLength":1,"maxLength":253,"examples":["vllm-qwen2.5-7b-awq"]},"node":{"description":"Cluster node the guest lives on; changing it migrates the guest. Without it: the hypervisor file\'s `cluster.default_node`, else the node the guest already lives on, else the only node (a new guest on a larger cluster without either is refused).","$ref":"#/definitions/nodeName"},"is_template":{"description":"Convert the guest to a Proxmox template at the end of its lifecycle. Clones of a template start from it (linked or full clone).","type":"boolean","default":false},"template_snapshot_name":{"description":"Snapshot taken at the end of the lifecycle. Guests cloned from this one start from this snapshot, so a guest that names one can be a clone source without being a template. Ignored (with a plan warning) when the guest is a template: Proxmox cannot turn a guest with snapshots into a template, and a template is cloned from itself.","$ref":"#/definitions/snapshotName"},"enable_lifecycle_snapshots":{"description":"Take the lifecycle snapshots (on unless set to false): one after configuration, before the features and scripts run (`pre-configured`), and one after the health check and tests (`final-form`), as the original tooling\'s `enable_lifecycle_snapshots` did. Each is taken once and retaken (deleted and taken again) only when an apply changes the guest (its config, a feature, its scripts); a guest Proxmox cannot snapshot (a container with a bind or device mount, a raw volume on a directory storage, thick LVM) skips them with a plan note. Guests that end as templates take none. Names: `snapshots`. Earlier Phoenix releases took `phoenix-features`/`phoenix-ready` only when this was true; those are no longer taken and existing ones are left in place.","type":"boolean","default":true},"snapshots":{"description":"Names of the lifecycle snapshots (keys as in the original tooling\'s VM schema): `pre-features` is taken after configuration, before the features and scripts; `post-features` after the health check and tests. A name equal to `template_snapshot_name` is one snapshot, taken at the end.","type":"object","properties":{"pre-features":{"description":"Name of the snapshot after configuration.","$ref":"#/definitions/snapshotName","default":"pre-configured"},"post-features":{"description":"Name of the snapshot after the health check and tests.","$ref":"#/definitions/snapshotName","default":"final-form"}},"additionalProperties":false},"protection":{"description":"Set the Proxmox protection flag: Phoenix (and Proxmox) will never destroy this guest or its disks.","type":"boolean","default":false},"start_at_boot":{"description":"Start the guest when the host boots (Proxmox `onboot`).","type":"boolean","default":false},"boot_order":{"description":"Start order at host boot (Proxmox `startup: order=`); lower starts first.","type":"integer","minimum":0,"maximum":2147483647},"boot_delay":{"description":"Seconds to wait after starting this guest before the next one at host boot (Proxmox `startup: up=`).","type":"integer","minimum":0,"maximum":86400},"features":{"description":"Feature scripts applied in order: feature `X` runs `<config-dir>/features/X.sh` inside the guest with the guest config at `$PHOENIX_GUEST_CONFIG`. The oldest upstream format wrote Proxmox container features here as a string (\\"nesting=1,keyctl=1\\"); that form is still read.","type":["array","string"],"items":{"$ref":"#/definitions/featureName"},"uniqueItems":true,"pattern":"^[a-z_]+=[^,=\\\\s]+(?:,[a-z_]+=[^,=\\\\s]+)*$","patternErrorMessage":"must be a list of feature names, or (oldest format) Proxmox container features like \\"nesting=1,keyctl=1\\"","default":[],"examples":[["base_setup","docker"]]},"application_script":{"description":"Script run inside the guest after all features, to install and start its application: `<config-dir>/apps/<name>`. It receives the guest config (with any free-form application data) at `$PHOENIX_GUEST_CONFIG`.","$ref":"#/definitions/scriptPath","examples":["vllm.sh"]},"dependencies":{"description":"Guests (containers or VMs) that must be created and running before this one. Entries are IDs as integers or numeric strings.","$ref":"#/definitions/guestRefList"},"health_check":{"description":"Command that tells when the guest is ready.","$ref":"#/definitions/healthCheck"},"tests":{"description":"Post-deployment test suites.","$ref":"#/definitions/tests"},"firewall":{"description":"Guest firewall settings and rules.","$ref":"#/definitions/firewall"},"portainer_role":{"description":"Role of the guest in Portainer. The original tooling deployed the Portainer server or agent by it; Phoenix deploys nothing and passes the value to the guest\'s scripts (`phoenix validate` warns unless it is \\"none\\").","x-phoenix":"unsupported","$ref":"#/definitions/portainerRole"},"traefik_service":{"description":"Reverse-proxy routing of the guest. The original tooling generated Traefik routes from it; Phoenix writes no proxy configuration and passes it to the guest\'s scripts (`phoenix validate` warns).","x-phoenix":"unsupported","$ref":"#/definitions/traefikService"},"trigger_sync_on_completion":{"description":"The original tooling ran `phoenix sync all` (DNS, proxy, certificates) after the guest was created. Phoenix runs no sync (`phoenix validate` warns when true) and passes the value to the guest\'s scripts.","x-phoenix":"unsupported","type":"boolean","default":false},"template":{"description":"OS template the container is created from (when it is not cloned): a volume ID such as `local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst` or an absolute path on the host.","type":"string","pattern":"^(?:/(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[^\\\\s,;=]+/|[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]:vztmpl/)[A-Za-z0-9][A-Za-z0-9._+-]*\\\\.(?:tar|tar\\\\.gz|tgz|tar\\\\.xz|tar\\\\.zst|tar\\\\.bz2)$","patternErrorMessage":"must be a volume ID like local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst or an absolute path to a .tar[.gz|.xz|.zst|.bz2] archive, without \'..\', commas, semicolons or \'=\'","examples":["local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst"]},"template_file":{"description":"Upstream spelling of a template archive name; read like `template` when `template` is absent.","type":"string","minLength":1,"pattern":"^[A-Za-z0-9][A-Za-z0-9._+-]*\\\\.(?:tar|tar\\\\.gz|tgz|tar\\\\.xz|tar\\\\.zst|tar\\\\.bz2)$","patternErrorMessage":"must be a template archive file name (no folder), e.g. ubuntu-24.04-standard_24.04-2_amd64.tar.zst"},"clone_from_ctid":{"description":"CTID of the container this one is cloned from. The source must be a template (`is_template`) or name a `template_snapshot_name`.","$ref":"#/definitions/guestRef"},"unprivileged":{"description":"Run as an unprivileged container (root inside maps to an unprivileged user on the host).","type":"boolean","default":true},"memory_mb":{"description":"Memory in MiB.","type":"integer","minimum":16,"maximum":4194304,"default":2048,"examples":[4096]},"swap_mb":{"description":"Swap in MiB (Proxmox uses 512 when left out).","type":"integer","minimum":0,"maximum":4194304},"cores":{"description":"CPU cores the container may use.","type":"integer","minimum":1,"maximum":8192,"default":2},"storage_pool":{"description":"Storage for the root filesystem.","$ref":"#/definitions/storageId","default":"local-lvm"},"storage_size_gb":{"description":"Size of the root filesystem in GiB.","type":"integer","minimum":1,"maximum":1048576,"default":8},"network_config":{"description":"The first network interface (`net0`).","$ref":"#/definitions/lxcNetwork0"},"secondary_network_config":{"description":"A second network interface (`net1`), e.g. on an internal bridge.","$ref":"#/definitions/lxcNetwork1"},"mac_address":{"description":"MAC address of the first interface (`net0`).","$ref":"#/definitions/macAddress"},"static_ip":{"description":"Oldest upstream format: a copy of `network_config.ip`. Ignored; use `network_config.ip`.","x-phoenix":"informational","$ref":"#/definitions/ipConfig"},"gpu_assignment":{"description":"GPUs passed through to the container: \\"none\\", one index (\\"0\\") or a comma-separated list (\\"0,1\\"). Spaces after commas are accepted with a warning.","type":["string","integer"],"pattern":"^(?:none|[0-9]{1,3}(?:\\\\s*,\\\\s*[0-9]{1,3})*)$","patternErrorMessage":"must be \\"none\\", a GPU index like \\"0\\", or a comma-separated list like \\"0,1\\"","minimum":0,"maximum":255,"default":"none","examples":["none","0","0,1"]},"pct_options":{"description":"Proxmox container features (`pct set --features`), each `key=value`, e.g. \\"nesting=1\\", \\"keyctl=1\\". The keys are the ones pve-container accepts (`PVE::LXC::Config` `$features_desc`); another is refused by `pct set`, so validate refuses it.","type":"array","items":{"type":"string","pattern":"^(?:mount|nesting|keyctl|fuse|mknod|force_rw_sys)=[^,=\\\\s]+(?:,(?:mount|nesting|keyctl|fuse|mknod|force_rw_sys)=[^,=\\\\s]+)*$","patternErrorMessage":"must be a container feature Proxmox knows (mount, nesting, keyctl, fuse, mknod, force_rw_sys) like \\"nesting=1\\""},"default":[],"examples":[["nesting=1","keyctl=1"]]},"lxc_options":{"description":"Raw LXC configuration lines appended to the container config, e.g. \\"lxc.apparmor.profile=unconfined\\". Refused: keys that run host programs (`lxc.hook.*`, `lxc.net.N.script.*`) or read or write host files (`lxc.include`, `lxc.mount.fstab`, `lxc.rootfs.path`, `lxc.log.file`, `lxc.console.logfile`); `lxc.mount.entry` sources must lie under the allowed host roots (see `mount_points`) or be GPU, DRM, FUSE or TUN device nodes.","type":"array","items":{"type":"string","pattern":"^lxc\\\\.[A-Za-z0-9_.]+\\\\s*[:=][^\\\\n\\\\r\\\\x00]*$","patternErrorMessage":"must be an LXC config line like \\"lxc.apparmor.profile=unconfined\\""},"default":[]},"apparmor_profile":{"description":"AppArmor profile for the container; \\"unconfined\\" turns AppArmor off.","type":"string","minLength":1,"pattern":"^[A-Za-z0-9][A-Za-z0-9._/-]*$","patternErrorMessage":"must be an AppArmor profile name (letters, digits, \'.\', \'_\', \'/\', \'-\'); it becomes one lxc.apparmor.profile line","examples":["unconfined"]},"apparmor_manages_nesting":{"description":"The container\'s AppArmor profile (`apparmor_profile`) allows nesting itself, so, as in the original tooling, `nesting=1` is not needed: the plan then does not warn that a docker feature lacks it. Phoenix never adds pct features on its own; it sets exactly `pct_options`.","type":"boolean","default":false},"id_maps":{"description":"Extra UID/GID mappings between container and host. The original tooling wrote `lxc.idmap` lines from them; Phoenix does not (`phoenix validate` warns): write the lines in `lxc_options`.","x-phoenix":"unsupported","type":"array","items":{"type":"object","properties":{"type":{"description":"Which IDs to map.","type":"string","enum":["uid","gid"]},"container_id":{"description":"First ID inside the container.","type":"integer","minimum":0,"maximum":4294967294},"host_id":{"description":"First ID on the host.","type":"integer","minimum":0,"maximum":4294967294},"size":{"description":"How many consecutive IDs to map.","type":"integer","minimum":1,"maximum":4294967295,"default":1}},"required":["type","container_id","host_id"],"additionalProperties":false}},"mount_points":{"description":"Host directories bind-mounted into the container.","type":"array","items":{"type":"object","properties":{"host_path":{"description":"Directory on the host. Allowed roots: /mnt, /media, /srv, /data, /var/lib/phoenix, /var/lib/vz, /usr/local/phoenix_hypervisor, any `storages[].path` and each ZFS pool\'s `/<pool>` of the hypervisor file; never /, /etc, /dev, /proc, /sys, /root, /boot or another system folder.","$ref":"#/definitions/absolutePath"},"container_path":{"description":"Mount point inside the container.","$ref":"#/definitions/absolutePath"},"read_only":{"description":"Mount read-only.","type":"boolean","default":false},"owner_uid":{"description":"Owner UID (inside the container) to give the host directory.","type":"integer","minimum":0,"maximum":4294967294},"owner_gid":{"description":"Owner GID (inside the container) to give the host directory.","type":"integer","minimum":0,"maximum":4294967294}},"required":["host_path","container_path"],"additionalProperties":false}},"zfs_volumes":{"description":"Dedicated volumes for the container.","type":"array","items":{"$ref":"#/definitions/volume"}},"volumes":{"description":"Dedicated volumes (older spelling of `zfs_volumes`).","type":"array","items":{"$ref":"#/definitions/volume"}},"allow_destroy_volumes":{"description":"Delete a dedicated volume, and its data, when it leaves `zfs_volumes`/`volumes`. Off: Proxmox keeps it detached as an `unusedN` volume of the container, and the plan says so. Apply also needs `--allow-data-loss` (action input `allow-data-loss`) and takes a `vzdump` backup first.","type":"boolean","default":false},"ports":{"description":"Published ports as \\"host:container\\" (application data).","x-phoenix":"scripts","type":"array","items":{"type":"string","pattern":"^[0-9]{1,5}:[0-9]{1,5}(?:/(?:tcp|udp))?$","patternErrorMessage":"must be a port mapping like \\"8000:8000\\""}},"bootstrap_ca_url":{"description":"URL of the certificate authority the container trusts (application data).","x-phoenix":"scripts","type":"string","pattern":"^(?:https?|ftp)://[^\\\\s/]+\\\\S*$","patternErrorMessage":"must be an http(s) URL like https://example.com/file"},"integration_tests":{"description":"Older upstream form of one integration test script; prefer `tests`.","type":"object","properties":{"script":{"description":"Path relative to `<config-dir>/tests/`.","$ref":"#/definitions/scriptPath"}},"additionalProperties":false},"run_integration_tests":{"description":"Older upstream switch for `integration_tests`. Phoenix runs `integration_tests` whenever it names a script, whatever this says.","x-phoenix":"informational","type":"boolean","default":false},"vllm_engine_config":{"description":"vLLM engine settings for the vLLM application script (application data; extra keys are allowed).","x-phoenix":"scripts","type":"object","properties":{"ModelConfig":{"description":"Model settings.","type":"object","properties":{"model":{"description":"Hugging Face model ID or local path.","type":"string","minLength":1},"trust_remote_code":{"description":"Allow custom model code.","type":"boolean"},"dtype":{"description":"Weights data type, e.g. \\"auto\\", \\"float16\\".","type":"string"},"max_model_len":{"description":"Context length in tokens.","type":"integer","minimum":1,"maximum":2147483647}},"additionalProperties":true},"CacheConfig":{"description":"KV cache and quantization settings.","type":"object","properties":{"quantization":{"description":"Quantization method, e.g. \\"awq_marlin\\", \\"fp8\\".","type":"string"},"gpu_memory_utilization":{"description":"Fraction of GPU memory vLLM may use.","type":"number","exclusiveMinimum":0,"maximum":1,"minimum":0}},"additionalProperties":true},"ParallelConfig":{"description":"Parallelism settings.","type":"object","properties":{"tensor_parallel_size":{"description":"Number of GPUs to shard the model across.","type":"integer","minimum":1,"maximum":1024}},"additionalProperties":true},"ServerConfig":{"description":"API server settings.","type":"object","properties":{"host":{"description":"Listen address.","type":"string"},"port":{"description":"Listen port.","$ref":"#/definitions/port"},"served_model_name":{"description":"Model name exposed by the API.","type":"string"}},"additionalProperties":true}},"additionalProperties":true},"vllm_model":{"description":"Older flat vLLM setting: model ID or path (application data).","x-phoenix":"scripts","type":["string","null"]},"vllm_served_model_name":{"description":"Older flat vLLM setting: served model name.","x-phoenix":"scripts","type":"string"},"vllm_model_type":{"description":"Older flat vLLM setting: model type, e.g. \\"chat\\" or \\"embedding\\".","x-phoenix":"scripts","type":"string"},"vllm_quantization":{"description":"Older flat vLLM setting: quantization method.","x-phoenix":"scripts","type":"string"},"vllm_max_model_len":{"description":"Older flat vLLM setting: context length.","x-phoenix":"scripts","type":"integer","minimum":1,"maximum":2147483647},"vllm_gpu_memory_utilization":{"description":"Older flat vLLM setting: fraction of GPU memory to use.","x-phoenix":"scripts","type":"number","exclusiveMinimum":0,"maximum":1,"minimum":0},"vllm_tensor_parallel_size":{"description":"Older flat vLLM setting: GPUs to shard across.","x-phoenix":"scripts","type":"integer","minimum":1,"maximum":1024},"vllm_port":{"description":"Older flat vLLM setting: API port.","x-phoenix":"scripts","$ref":"#/definitions/port"},"vllm_trust_remote_code":{"description":"Older flat vLLM setting: allow custom model code.","x-phoenix":"scripts","type":"boolean"},"vllm_args":{"description":"Older flat vLLM setting: extra command-line arguments.","x-phoenix":"scripts","type":"array","items":{"type":"string"}},"vllm_parameters":{"description":"Older flat vLLM setting: engine parameters.","x-phoenix":"scripts","type":"object","additionalProperties":true}},"additionalProperties":true},"lxcNetwork0":{"description":"The first network interface (`net0`).","type":"object","properties":{"name":{"description":"Interface name inside the container.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be an interface name like eth0 (at most 15 characters)","default":"eth0"},"bridge":{"description":"Host bridge the interface is attached to.","$ref":"#/definitions/bridge","default":"vmbr0"},"ip":{"description":"Address of the interface.","$ref":"#/definitions/ipConfig"},"gw":{"description":"Default gateway (IPv4); must lie inside the subnet of `ip`.","$ref":"#/definitions/ipv4"},"hwaddr":{"description":"MAC address of the interface; overrides the guest-level `mac_address`.","$ref":"#/definitions/macAddress"},"nameservers":{"description":"DNS servers for the container.","$ref":"#/definitions/nameservers"},"nameserver":{"description":"A single DNS server (older spelling of `nameservers`).","$ref":"#/definitions/nameservers"},"firewall":{"description":"Apply the guest firewall to this interface (Proxmox `firewall=1`).","type":"boolean"},"type":{"description":"Interface type. `veth` (same as upstream `bridge`) attaches to a bridge; `macvlan` uses raw LXC options.","type":"string","enum":["veth","bridge","macvlan"],"default":"veth"},"parent":{"description":"Parent host interface for `type: macvlan`.","type":"string","minLength":1,"pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a host interface name (a letter, then up to 14 letters, digits, \'_\', \'.\', \'-\')"}},"additionalProperties":false},"lxcNetwork1":{"description":"A second network interface (`net1`), e.g. on an internal bridge.","type":"object","properties":{"name":{"description":"Interface name inside the container.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be an interface name like eth0 (at most 15 characters)","default":"eth1"},"bridge":{"description":"Host bridge the interface is attached to.","$ref":"#/definitions/bridge","default":"vmbr0"},"ip":{"description":"Address of the interface.","$ref":"#/definitions/ipConfig"},"gw":{"description":"Default gateway (IPv4); must lie inside the subnet of `ip`.","$ref":"#/definitions/ipv4"},"hwaddr":{"description":"MAC address of the interface.","$ref":"#/definitions/macAddress"},"nameservers":{"description":"DNS servers for the container.","$ref":"#/definitions/nameservers"},"nameserver":{"description":"A single DNS server (older spelling of `nameservers`).","$ref":"#/definitions/nameservers"},"firewall":{"description":"Apply the guest firewall to this interface (Proxmox `firewall=1`).","type":"boolean"},"type":{"description":"Interface type. `veth` (same as upstream `bridge`) attaches to a bridge; `macvlan` uses raw LXC options.","type":"string","enum":["veth","bridge","macvlan"],"default":"veth"},"parent":{"description":"Parent host interface for `type: macvlan`.","type":"string","minLength":1,"pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,14}$","patternErrorMessage":"must be a host interface name (a letter, then up to 14 letters, digits, \'_\', \'.\', \'-\')"}},"additionalProperties":false},"volume":{"description":"A dedicated volume allocated on a storage and mounted into the container (a Proxmox mount point `mpN`).","type":"object","properties":{"name":{"description":"A name for the volume (for people; Proxmox names the disk).","type":"string","minLength":1},"pool":{"description":"Storage to allocate the volume on; defaults to the container `storage_pool`.","$ref":"#/definitions/storageId"},"size_gb":{"description":"Size of the volume in GiB.","type":"integer","minimum":1,"maximum":1048576},"mount_point":{"description":"Where the volume is mounted inside the container.","$ref":"#/definitions/absolutePath"}},"required":["mount_point","size_gb"],"additionalProperties":false},"guestId":{"description":"A Proxmox guest ID (CTs and VMs share one ID space): 100 to 999999999.","type":"integer","minimum":100,"maximum":999999999},"guestRef":{"description":"A guest ID written as an integer or as a numeric string (\\"950\\"), as upstream Phoenix writes them. 100 to 999999999.","type":["string","integer"],"pattern":"^[1-9][0-9]{2,8}$","patternErrorMessage":"must be a guest ID between 100 and 999999999 (digits only, e.g. \\"900\\")","minimum":100,"maximum":999999999,"examples":["900",9000]},"guestRefList":{"description":"Guest IDs (containers or VMs) that must exist and be running before this guest is created or started. Entries are integers or numeric strings.","type":"array","items":{"$ref":"#/definitions/guestRef"},"uniqueItems":true,"examples":[["953"],[103,1002]]},"snapshotName":{"description":"A Proxmox snapshot name: a letter, then letters, digits, \\"_\\" or \\"-\\" (2 to 40 characters). \\"current\\", \\"vzdump\\" and \\"pending\\" are reserved by Proxmox.","type":"string","pattern":"^(?!(?:current|vzdump|[Pp][Ee][Nn][Dd][Ii][Nn][Gg])$)[a-zA-Z][a-zA-Z0-9_-]+$","patternErrorMessage":"must be a snapshot name: a letter followed by letters, digits, \\"_\\" or \\"-\\" (at least 2 characters; \\"current\\", \\"vzdump\\" and \\"pending\\" are reserved)","maxLength":40,"examples":["pre-configured","final-form"]},"ipv4":{"description":"An IPv4 address.","type":"string","pattern":"^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address like 10.0.0.1","examples":["10.0.0.1"]},"ipv4Cidr":{"description":"An IPv4 address with prefix length (CIDR notation).","type":"string","pattern":"^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}/(?:3[0-2]|[12][0-9]|[0-9])$","patternErrorMessage":"must be an IPv4 address in CIDR notation like 10.0.0.150/24","examples":["10.0.0.150/24"]},"ipConfig":{"description":"The interface address: an IPv4 address in CIDR notation (\\"10.0.0.150/24\\"), \\"dhcp\\", or \\"manual\\" (configured inside the guest).","type":"string","pattern":"^(?:dhcp|manual|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}/(?:3[0-2]|[12][0-9]|[0-9]))$","patternErrorMessage":"must be an IPv4 address in CIDR notation like 10.0.0.150/24, \\"dhcp\\" or \\"manual\\"","examples":["10.0.0.150/24","dhcp"]},"nameservers":{"description":"DNS servers for the guest: one address, a space or comma separated list, or an array of addresses.","type":["string","array"],"pattern":"^[0-9A-Fa-f.:]+(?:[\\\\s,]+[0-9A-Fa-f.:]+)*$","patternErrorMessage":"must be IP addresses separated by spaces or commas, like \\"10.0.0.1 8.8.8.8\\"","items":{"type":"string","pattern":"^[0-9A-Fa-f.:]+$","patternErrorMessage":"must be an IP address like 10.0.0.1"},"examples":["10.0.0.1",["10.0.0.1","8.8.8.8"]]},"macAddress":{"description":"A MAC address, six hex pairs separated by \\":\\". Use a locally administered unicast address (second hex digit 2, 6, A or E), for example 52:54:00:xx:xx:xx or 02:xx:xx:xx:xx:xx.","type":"string","pattern":"^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$","patternErrorMessage":"must be a MAC address like 52:54:00:12:34:56","examples":["52:54:00:AA:BB:CC"]},"bridge":{"description":"A Linux bridge defined on the host (see `network` in phoenix_hypervisor_config.json). `vmbr0.20` means bridge vmbr0 with VLAN tag 20.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*(?:\\\\.(?:[1-9][0-9]{0,2}|[1-3][0-9]{3}|40[0-8][0-9]|409[0-4]))?$","patternErrorMessage":"must be a bridge name like vmbr0, optionally with a VLAN tag 1..4094 like vmbr0.20","maxLength":15,"examples":["vmbr0","vmbr0.20"]},"storageId":{"description":"A Proxmox storage ID: one defined by the hypervisor config (a ZFS dataset gives `<pool>-<dataset>`, plus `proxmox_storage_ids`) or a Proxmox default such as `local-lvm`.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]$","patternErrorMessage":"must be a Proxmox storage ID: a letter, then letters, digits, \\"-\\", \\"_\\" or \\".\\", ending in a letter or digit","examples":["local-lvm","quickOS-lxc-disks"]},"nodeName":{"description":"A Proxmox VE node name, as the cluster knows it.","type":"string","pattern":"^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$","patternErrorMessage":"must be a Proxmox node name (letters, digits and \\"-\\")","examples":["pve"]},"featureName":{"description":"A feature script: feature `X` runs `<config-dir>/features/X.sh` inside the guest. Features are open: add a script to add a feature.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","patternErrorMessage":"must be a feature name usable as a file name: letters, digits, \\"_\\", \\"-\\" or \\".\\" (no \\"/\\"), starting with a letter or digit","maxLength":64,"examples":["base_setup","nvidia","docker"]},"scriptPath":{"description":"A script path relative to its folder in the config dir. It may use sub-folders but may not be absolute or contain \\"..\\".","type":"string","pattern":"^(?!/)(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[A-Za-z0-9_.+@-]+(?:/[A-Za-z0-9_.+@-]+)*$","patternErrorMessage":"must be a relative path inside its config folder (letters, digits, \\"_\\", \\"-\\", \\".\\", \\"/\\"; not absolute, no \\"..\\")"},"absolutePath":{"description":"An absolute path.","type":"string","pattern":"^/(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[^,;=\\\\x00-\\\\x1f\\\\x7f]*$","patternErrorMessage":"must be an absolute path without \'..\' segments, commas, semicolons, \'=\' or control characters (the path goes into a Proxmox property string)"},"port":{"description":"A TCP or UDP port number.","type":"integer","minimum":1,"maximum":65535},"firewall":{"description":"The guest firewall: Proxmox firewall options and rules for this guest (`/etc/pve/firewall/<id>.fw`).","type":"object","properties":{"enabled":{"description":"Turn the guest firewall on. Rules are written even when it is off, but not enforced.","type":"boolean","default":false},"rules":{"description":"Firewall rules, in order. The first matching rule wins.","type":"array","items":{"$ref":"#/definitions/firewallRule"},"default":[]}},"additionalProperties":false},"firewallRule":{"description":"One Proxmox firewall rule.","type":"object","properties":{"type":{"description":"Direction: `in` (to the guest), `out` (from the guest), or `group` (use a security group named by `action`).","type":"string","enum":["in","out","group"]},"action":{"description":"What to do with matching packets: ACCEPT, DROP or REJECT; for `type: group`, the security group name.","type":"string","pattern":"^(?:ACCEPT|DROP|REJECT|[A-Za-z][A-Za-z0-9_-]*)$","patternErrorMessage":"must be ACCEPT, DROP, REJECT or a security group name","examples":["ACCEPT","DROP","REJECT"]},"proto":{"description":"IP protocol: a name from /etc/protocols (`tcp`, `udp`, `icmp`, `icmpv6`, ...) or a protocol number. Leave it out to match every protocol.","type":"string","pattern":"^(?:[a-z][a-z0-9.+-]*|[0-9]{1,3})$","patternErrorMessage":"must be a protocol name like tcp, udp or icmp, or a protocol number","examples":["tcp","udp","icmp"]},"source":{"description":"Source: an address, a CIDR, a range (`a-b`), an alias or ipset (`+name`), or a comma-separated list of these. Leave it out to match any source.","type":"string","pattern":"^(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+)(?:,(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+))*$","patternErrorMessage":"must be an address, CIDR, range, alias or ipset (a comma-separated list of IPs, CIDRs, ranges a-b, alias or +ipset names; it becomes one word of the firewall file)","examples":["10.0.0.0/24","10.0.0.12"]},"dest":{"description":"Destination, in the same forms as `source`. Leave it out to match any destination.","type":"string","pattern":"^(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+)(?:,(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+))*$","patternErrorMessage":"must be an address, CIDR, range, alias or ipset (a comma-separated list of IPs, CIDRs, ranges a-b, alias or +ipset names; it becomes one word of the firewall file)","examples":["10.0.0.0/24"]},"port":{"description":"Destination port: a number, a service name, a range `8000:8010`, or a comma-separated list (`80,443`). Needs `proto` tcp or udp.","type":["string","integer"],"pattern":"^[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?(?:,[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?)*$","patternErrorMessage":"must be a port, a range like 8000:8010, or a comma-separated list like 80,443","minimum":1,"maximum":65535,"examples":["22","80,443","8000:8010"]},"comment":{"description":"A free-text comment shown in the Proxmox UI.","type":"string"}},"required":["type","action"],"additionalProperties":false},"healthCheck":{"description":"A command run inside the guest after it starts; the guest counts as healthy once the command exits 0.","type":"object","properties":{"command":{"description":"Shell command run inside the guest (through `pct exec` / the guest agent).","type":"string","minLength":1,"examples":["curl -fsS http://localhost:8000/health"]},"retries":{"description":"How many times to try before the guest is reported unhealthy.","type":"integer","minimum":1,"maximum":1000,"default":3},"interval":{"description":"Seconds to wait between attempts.","type":"integer","minimum":1,"maximum":3600,"default":5}},"required":["command"],"additionalProperties":false},"tests":{"description":"Post-deployment test suites: suite name to a list of test scripts under `<config-dir>/tests/`. A missing test script is a warning (the guest deploys; the test is reported as not run).","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]*$","patternErrorMessage":"must be a suite name (letters, digits, \\"_\\", \\"-\\", \\".\\")"},"additionalProperties":{"description":"The tests of one suite, run in order.","type":"array","items":{"$ref":"#/definitions/testScript"}},"examples":[{"health_checks":[{"name":"Docker is running","type":"script","path":"docker/check_docker_service.sh"}]}]},"testScript":{"description":"One post-deployment test.","type":"object","properties":{"name":{"description":"Name shown in reports.","type":"string","minLength":1},"type":{"description":"How the test runs. Only `script` exists: the file is copied into the guest and executed.","type":"string","enum":["script"],"default":"script"},"path":{"description":"Path of the test script relative to `<config-dir>/tests/`.","$ref":"#/definitions/scriptPath","examples":["docker/check_docker_service.sh"]},"blocking":{"description":"Whether a failure of this test fails the guest (default). `false`: the failure is reported and the guest still succeeds.","type":"boolean","default":true}},"required":["path"],"additionalProperties":false},"traefikService":{"description":"Application data for a Traefik reverse proxy: how to route to this guest. Handed to scripts as-is; extra keys are allowed.","type":"object","properties":{"name":{"description":"Service (and router) name.","type":"string","minLength":1},"port":{"description":"Port the service listens on inside the guest.","$ref":"#/definitions/port"},"scheme":{"description":"Scheme Traefik uses to reach the service.","type":"string","enum":["http","https"],"default":"http"}},"additionalProperties":true},"portainerRole":{"description":"Role of the guest in Portainer. Application data for scripts; Phoenix itself does not act on it.","type":"string","enum":["none","server","primary","agent","infrastructure"],"default":"none"}}}');
;// CONCATENATED MODULE: ./schemas/phoenix_vm_configs.schema.json
const phoenix_vm_configs_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Phoenix virtual machines (phoenix_vm_configs.json)","description":"The QEMU virtual machines of a Proxmox estate in the upstream Phoenix format: `vm_defaults` plus the list `vms`.","type":"object","properties":{"$schema":{"description":"Path or URL of this schema, for editors.","x-phoenix":"informational","type":"string"},"allow_destroy":{"description":"Allow Phoenix to destroy VMs it manages that are no longer in this file. Off by default: removed VMs are only reported.","type":"boolean","default":false},"vm_defaults":{"description":"Defaults merged into every VM in `vms`.","$ref":"#/definitions/vmDefaults"},"vms":{"description":"The VMs.","type":"array","items":{"$ref":"#/definitions/vm"}}},"required":["vms"],"additionalProperties":true,"definitions":{"vm":{"description":"One virtual machine, created from a cloud image or cloned. Known fields are typed; any other key is free-form application data, handed unchanged to feature and application scripts.","type":"object","properties":{"vmid":{"description":"The VM ID (unique across containers and VMs).","$ref":"#/definitions/guestRef"},"name":{"description":"Name of the VM in Proxmox, also used as its hostname. Must be a valid DNS name.","type":"string","minLength":1,"maxLength":253,"examples":["docker-vm-01"]},"node":{"description":"Cluster node the guest lives on; changing it migrates the guest. Without it: the hypervisor file\'s `cluster.default_node`, else the node the guest already lives on, else the only node (a new guest on a larger cluster without either is refused).","$ref":"#/definitions/nodeName"},"is_template":{"description":"Convert the guest to a Proxmox template at the end of its lifecycle. Clones of a template start from it (linked or full clone).","type":"boolean","default":false},"template_snapshot_name":{"description":"Snapshot taken at the end of the lifecycle. Guests cloned from this one start from this snapshot, so a guest that names one can be a clone source without being a template. Ignored (with a plan warning) when the guest is a template: Proxmox cannot turn a guest with snapshots into a template, and a template is cloned from itself.","$ref":"#/definitions/snapshotName"},"enable_lifecycle_snapshots":{"description":"Take the lifecycle snapshots (on unless set to false): one after configuration, before the features and scripts run (`pre-configured`), and one after the health check and tests (`final-form`), as the original tooling\'s `enable_lifecycle_snapshots` did. Each is taken once and retaken (deleted and taken again) only when an apply changes the guest (its config, a feature, its scripts); a guest Proxmox cannot snapshot (a container with a bind or device mount, a raw volume on a directory storage, thick LVM) skips them with a plan note. Guests that end as templates take none. Names: `snapshots`. Earlier Phoenix releases took `phoenix-features`/`phoenix-ready` only when this was true; those are no longer taken and existing ones are left in place.","type":"boolean","default":true},"snapshots":{"description":"Names of the lifecycle snapshots (keys as in the original tooling\'s VM schema): `pre-features` is taken after configuration, before the features and scripts; `post-features` after the health check and tests. A name equal to `template_snapshot_name` is one snapshot, taken at the end.","type":"object","properties":{"pre-features":{"description":"Name of the snapshot after configuration.","$ref":"#/definitions/snapshotName","default":"pre-configured"},"post-features":{"description":"Name of the snapshot after the health check and tests.","$ref":"#/definitions/snapshotName","default":"final-form"}},"additionalProperties":false},"protection":{"description":"Set the Proxmox protection flag: Phoenix (and Proxmox) will never destroy this guest or its disks.","type":"boolean","default":false},"start_at_boot":{"description":"Start the guest when the host boots (Proxmox `onboot`).","type":"boolean","default":false},"boot_order":{"description":"Start order at host boot (Proxmox `startup: order=`); lower starts first.","type":"integer","minimum":0,"maximum":2147483647},"boot_delay":{"description":"Seconds to wait after starting this guest before the next one at host boot (Proxmox `startup: up=`).","type":"integer","minimum":0,"maximum":86400},"features":{"description":"Feature scripts applied in order: feature `X` runs `<config-dir>/features/X.sh` inside the guest with the guest config at `$PHOENIX_GUEST_CONFIG`.","type":"array","items":{"$ref":"#/definitions/featureName"},"uniqueItems":true,"default":[],"examples":[["base_setup","docker"]]},"application_script":{"description":"Script run inside the guest after all features, to install and start its application: `<config-dir>/apps/<name>`. It receives the guest config (with any free-form application data) at `$PHOENIX_GUEST_CONFIG`.","$ref":"#/definitions/scriptPath","examples":["portainer.sh"]},"dependencies":{"description":"Guests (containers or VMs) that must be created and running before this one. Entries are IDs as integers or numeric strings.","$ref":"#/definitions/guestRefList"},"health_check":{"description":"Command that tells when the guest is ready.","$ref":"#/definitions/healthCheck"},"tests":{"description":"Post-deployment test suites.","$ref":"#/definitions/tests"},"firewall":{"description":"Guest firewall settings and rules.","$ref":"#/definitions/firewall"},"portainer_role":{"description":"Role of the guest in Portainer. The original tooling deployed the Portainer server or agent by it; Phoenix deploys nothing and passes the value to the guest\'s scripts (`phoenix validate` warns unless it is \\"none\\").","x-phoenix":"unsupported","$ref":"#/definitions/portainerRole"},"traefik_service":{"description":"Reverse-proxy routing of the guest. The original tooling generated Traefik routes from it; Phoenix writes no proxy configuration and passes it to the guest\'s scripts (`phoenix validate` warns).","x-phoenix":"unsupported","$ref":"#/definitions/traefikService"},"trigger_sync_on_completion":{"description":"The original tooling ran `phoenix sync all` (DNS, proxy, certificates) after the guest was created. Phoenix runs no sync (`phoenix validate` warns when true) and passes the value to the guest\'s scripts.","x-phoenix":"unsupported","type":"boolean","default":false},"template_image":{"description":"Cloud image file the VM is created from (when it is not cloned), e.g. Ubuntu\'s \\"noble-server-cloudimg-amd64.img\\".","type":"string","pattern":"^(?:/(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[^\\\\s,;=]+/)?[A-Za-z0-9][A-Za-z0-9._+-]*\\\\.(?:img|iso|qcow2|raw|vmdk)$","patternErrorMessage":"must be a cloud image file name (.img, .iso, .qcow2, .raw or .vmdk), or an absolute path to one, without \'..\', commas, semicolons or \'=\'","examples":["noble-server-cloudimg-amd64.img"]},"clone_from_vmid":{"description":"VMID of the VM this one is cloned from. The source must be a template (`is_template`) or name a `template_snapshot_name`.","$ref":"#/definitions/guestRef"},"cores":{"description":"CPU cores; defaults to `vm_defaults.cores`.","type":"integer","minimum":1,"maximum":8192,"default":2},"memory_mb":{"description":"Memory in MiB; defaults to `vm_defaults.memory_mb`.","type":"integer","minimum":16,"maximum":4194304,"default":2048},"disk_size_gb":{"description":"Size of the boot disk in GiB (the cloud image is grown to this size); defaults to `vm_defaults.disk_size_gb`.","type":"integer","minimum":1,"maximum":1048576,"default":32},"storage_pool":{"description":"Storage for the VM disks; defaults to `vm_defaults.storage_pool`.","$ref":"#/definitions/storageId","default":"local-lvm"},"network_bridge":{"description":"Bridge of the first NIC; defaults to `vm_defaults.network_bridge`.","$ref":"#/definitions/bridge","default":"vmbr0"},"network_config":{"description":"Cloud-init network settings of the first NIC.","$ref":"#/definitions/vmNetwork"},"mac_address":{"description":"MAC address of the first NIC.","$ref":"#/definitions/macAddress"},"user_config":{"description":"The cloud-init user.","type":"object","properties":{"username":{"description":"Login name created by cloud-init.","type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","patternErrorMessage":"must be a Linux user name (lower-case letters, digits, \\"_\\", \\"-\\"; at most 32 characters)","examples":["phoenix_user"]},"password_hash":{"description":"Password hash for the user (from `mkpasswd -m sha-512`), or \\"NOT_SET\\". Never a plaintext password: keep secrets in GitHub secrets.","type":"string"},"ssh_public_key":{"description":"SSH public key authorised for the user.","type":"string"}},"additionalProperties":true},"volumes":{"description":"Extra storage mounted inside the VM (for example NFS exports of the host). The original tooling mounted them inside the VM; Phoenix attaches and mounts nothing from it (`phoenix validate` warns) and passes it to the VM\'s scripts.","x-phoenix":"unsupported","type":"array","items":{"type":"object","properties":{"type":{"description":"Kind of volume, e.g. \\"nfs\\".","type":"string","examples":["nfs"]},"name":{"description":"A name for the volume.","type":"string"},"server":{"description":"NFS server address.","type":"string","minLength":1},"path":{"description":"Exported path on the server, or a host path.","$ref":"#/definitions/absolutePath"},"pool":{"description":"Storage to allocate the volume on.","$ref":"#/definitions/storageId"},"size_gb":{"description":"Size in GiB when allocated.","type":"integer","minimum":1,"maximum":1048576},"mount_point":{"description":"Mount point inside the VM.","$ref":"#/definitions/absolutePath"}},"required":["mount_point"],"additionalProperties":false}},"docker_stacks":{"description":"Docker stacks deployed to the VM. The original tooling registered the VM in Portainer and deployed its stacks through the Portainer API; Phoenix does not (`phoenix validate` warns) and passes it to the VM\'s scripts.","x-phoenix":"unsupported","type":"array","items":{"type":["string","object"]}},"swarm_role":{"description":"Role in a Docker Swarm. The original tooling set up the Docker Swarm from it; Phoenix forms no swarm (`phoenix validate` warns) and passes it to the VM\'s scripts.","x-phoenix":"unsupported","type":"string","enum":["manager","worker"]},"node_labels":{"description":"Swarm node labels as \\"key=value\\". The original tooling set up the Docker Swarm from it; Phoenix forms no swarm (`phoenix validate` warns) and passes it to the VM\'s scripts.","x-phoenix":"unsupported","type":"array","items":{"type":"string"}},"portainer_agent_hostname":{"description":"Hostname of the Portainer agent. The original tooling registered the VM in Portainer and deployed its stacks through the Portainer API; Phoenix does not (`phoenix validate` warns) and passes it to the VM\'s scripts.","x-phoenix":"unsupported","type":"string"},"portainer_environment_name":{"description":"Portainer environment name. The original tooling registered the VM in Portainer and deployed its stacks through the Portainer API; Phoenix does not (`phoenix validate` warns) and passes it to the VM\'s scripts.","x-phoenix":"unsupported","type":"string"}},"required":["vmid"],"additionalProperties":true},"vmDefaults":{"description":"Defaults merged into every VM in `vms` (a VM\'s own value wins).","type":"object","properties":{"cores":{"description":"CPU cores.","type":"integer","minimum":1,"maximum":8192,"default":2},"memory_mb":{"description":"Memory in MiB.","type":"integer","minimum":16,"maximum":4194304,"default":2048},"disk_size_gb":{"description":"Size of the boot disk in GiB (the cloud image is grown to this size).","type":"integer","minimum":1,"maximum":1048576,"default":32},"storage_pool":{"description":"Storage for the VM disks.","$ref":"#/definitions/storageId","default":"local-lvm"},"network_bridge":{"description":"Bridge of the first NIC.","$ref":"#/definitions/bridge","default":"vmbr0"},"template":{"description":"Upstream default template name (e.g. \\"ubuntu-24.04-standard\\"); informational. VMs name their image in `template_image`.","type":"string"},"enable_lifecycle_snapshots":{"description":"Default of `enable_lifecycle_snapshots` for every VM in this file.","type":"boolean","default":true},"snapshots":{"description":"Default lifecycle snapshot names for every VM in this file; a VM\'s own `snapshots` keys win.","type":"object","properties":{"pre-features":{"description":"Name of the snapshot after configuration.","$ref":"#/definitions/snapshotName","default":"pre-configured"},"post-features":{"description":"Name of the snapshot after the health check and tests.","$ref":"#/definitions/snapshotName","default":"final-form"}},"additionalProperties":false}},"additionalProperties":false},"vmNetwork":{"description":"Cloud-init network settings of the first NIC (`net0` / `ipconfig0`).","type":"object","properties":{"ip":{"description":"Address of the NIC.","$ref":"#/definitions/ipConfig"},"gw":{"description":"Default gateway (IPv4); must lie inside the subnet of `ip`.","$ref":"#/definitions/ipv4"},"bridge":{"description":"Bridge of the NIC; overrides `network_bridge`.","$ref":"#/definitions/bridge"},"hwaddr":{"description":"MAC address of the NIC; overrides `mac_address`.","$ref":"#/definitions/macAddress"},"nameserver":{"description":"DNS server(s) set through cloud-init.","$ref":"#/definitions/nameservers"},"nameservers":{"description":"DNS servers set through cloud-init.","$ref":"#/definitions/nameservers"},"firewall":{"description":"Apply the guest firewall to this NIC (Proxmox `firewall=1`).","type":"boolean"}},"additionalProperties":false},"guestId":{"description":"A Proxmox guest ID (CTs and VMs share one ID space): 100 to 999999999.","type":"integer","minimum":100,"maximum":999999999},"guestRef":{"description":"A guest ID written as an integer or as a numeric string (\\"950\\"), as upstream Phoenix writes them. 100 to 999999999.","type":["string","integer"],"pattern":"^[1-9][0-9]{2,8}$","patternErrorMessage":"must be a guest ID between 100 and 999999999 (digits only, e.g. \\"900\\")","minimum":100,"maximum":999999999,"examples":["900",9000]},"guestRefList":{"description":"Guest IDs (containers or VMs) that must exist and be running before this guest is created or started. Entries are integers or numeric strings.","type":"array","items":{"$ref":"#/definitions/guestRef"},"uniqueItems":true,"examples":[["953"],[103,1002]]},"snapshotName":{"description":"A Proxmox snapshot name: a letter, then letters, digits, \\"_\\" or \\"-\\" (2 to 40 characters). \\"current\\", \\"vzdump\\" and \\"pending\\" are reserved by Proxmox.","type":"string","pattern":"^(?!(?:current|vzdump|[Pp][Ee][Nn][Dd][Ii][Nn][Gg])$)[a-zA-Z][a-zA-Z0-9_-]+$","patternErrorMessage":"must be a snapshot name: a letter followed by letters, digits, \\"_\\" or \\"-\\" (at least 2 characters; \\"current\\", \\"vzdump\\" and \\"pending\\" are reserved)","maxLength":40,"examples":["pre-configured","final-form"]},"ipv4":{"description":"An IPv4 address.","type":"string","pattern":"^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$","patternErrorMessage":"must be an IPv4 address like 10.0.0.1","examples":["10.0.0.1"]},"ipv4Cidr":{"description":"An IPv4 address with prefix length (CIDR notation).","type":"string","pattern":"^(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}/(?:3[0-2]|[12][0-9]|[0-9])$","patternErrorMessage":"must be an IPv4 address in CIDR notation like 10.0.0.150/24","examples":["10.0.0.150/24"]},"ipConfig":{"description":"The interface address: an IPv4 address in CIDR notation (\\"10.0.0.150/24\\"), \\"dhcp\\", or \\"manual\\" (configured inside the guest).","type":"string","pattern":"^(?:dhcp|manual|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}/(?:3[0-2]|[12][0-9]|[0-9]))$","patternErrorMessage":"must be an IPv4 address in CIDR notation like 10.0.0.150/24, \\"dhcp\\" or \\"manual\\"","examples":["10.0.0.150/24","dhcp"]},"nameservers":{"description":"DNS servers for the guest: one address, a space or comma separated list, or an array of addresses.","type":["string","array"],"pattern":"^[0-9A-Fa-f.:]+(?:[\\\\s,]+[0-9A-Fa-f.:]+)*$","patternErrorMessage":"must be IP addresses separated by spaces or commas, like \\"10.0.0.1 8.8.8.8\\"","items":{"type":"string","pattern":"^[0-9A-Fa-f.:]+$","patternErrorMessage":"must be an IP address like 10.0.0.1"},"examples":["10.0.0.1",["10.0.0.1","8.8.8.8"]]},"macAddress":{"description":"A MAC address, six hex pairs separated by \\":\\". Use a locally administered unicast address (second hex digit 2, 6, A or E), for example 52:54:00:xx:xx:xx or 02:xx:xx:xx:xx:xx.","type":"string","pattern":"^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$","patternErrorMessage":"must be a MAC address like 52:54:00:12:34:56","examples":["52:54:00:AA:BB:CC"]},"bridge":{"description":"A Linux bridge defined on the host (see `network` in phoenix_hypervisor_config.json). `vmbr0.20` means bridge vmbr0 with VLAN tag 20.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]*(?:\\\\.(?:[1-9][0-9]{0,2}|[1-3][0-9]{3}|40[0-8][0-9]|409[0-4]))?$","patternErrorMessage":"must be a bridge name like vmbr0, optionally with a VLAN tag 1..4094 like vmbr0.20","maxLength":15,"examples":["vmbr0","vmbr0.20"]},"storageId":{"description":"A Proxmox storage ID: one defined by the hypervisor config (a ZFS dataset gives `<pool>-<dataset>`, plus `proxmox_storage_ids`) or a Proxmox default such as `local-lvm`.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]$","patternErrorMessage":"must be a Proxmox storage ID: a letter, then letters, digits, \\"-\\", \\"_\\" or \\".\\", ending in a letter or digit","examples":["local-lvm","quickOS-lxc-disks"]},"nodeName":{"description":"A Proxmox VE node name, as the cluster knows it.","type":"string","pattern":"^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$","patternErrorMessage":"must be a Proxmox node name (letters, digits and \\"-\\")","examples":["pve"]},"featureName":{"description":"A feature script: feature `X` runs `<config-dir>/features/X.sh` inside the guest. Features are open: add a script to add a feature.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","patternErrorMessage":"must be a feature name usable as a file name: letters, digits, \\"_\\", \\"-\\" or \\".\\" (no \\"/\\"), starting with a letter or digit","maxLength":64,"examples":["base_setup","nvidia","docker"]},"scriptPath":{"description":"A script path relative to its folder in the config dir. It may use sub-folders but may not be absolute or contain \\"..\\".","type":"string","pattern":"^(?!/)(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[A-Za-z0-9_.+@-]+(?:/[A-Za-z0-9_.+@-]+)*$","patternErrorMessage":"must be a relative path inside its config folder (letters, digits, \\"_\\", \\"-\\", \\".\\", \\"/\\"; not absolute, no \\"..\\")"},"absolutePath":{"description":"An absolute path.","type":"string","pattern":"^/(?!.*(?:^|/)\\\\.\\\\.(?:/|$))[^,;=\\\\x00-\\\\x1f\\\\x7f]*$","patternErrorMessage":"must be an absolute path without \'..\' segments, commas, semicolons, \'=\' or control characters (the path goes into a Proxmox property string)"},"port":{"description":"A TCP or UDP port number.","type":"integer","minimum":1,"maximum":65535},"firewall":{"description":"The guest firewall: Proxmox firewall options and rules for this guest (`/etc/pve/firewall/<id>.fw`).","type":"object","properties":{"enabled":{"description":"Turn the guest firewall on. Rules are written even when it is off, but not enforced.","type":"boolean","default":false},"rules":{"description":"Firewall rules, in order. The first matching rule wins.","type":"array","items":{"$ref":"#/definitions/firewallRule"},"default":[]}},"additionalProperties":false},"firewallRule":{"description":"One Proxmox firewall rule.","type":"object","properties":{"type":{"description":"Direction: `in` (to the guest), `out` (from the guest), or `group` (use a security group named by `action`).","type":"string","enum":["in","out","group"]},"action":{"description":"What to do with matching packets: ACCEPT, DROP or REJECT; for `type: group`, the security group name.","type":"string","pattern":"^(?:ACCEPT|DROP|REJECT|[A-Za-z][A-Za-z0-9_-]*)$","patternErrorMessage":"must be ACCEPT, DROP, REJECT or a security group name","examples":["ACCEPT","DROP","REJECT"]},"proto":{"description":"IP protocol: a name from /etc/protocols (`tcp`, `udp`, `icmp`, `icmpv6`, ...) or a protocol number. Leave it out to match every protocol.","type":"string","pattern":"^(?:[a-z][a-z0-9.+-]*|[0-9]{1,3})$","patternErrorMessage":"must be a protocol name like tcp, udp or icmp, or a protocol number","examples":["tcp","udp","icmp"]},"source":{"description":"Source: an address, a CIDR, a range (`a-b`), an alias or ipset (`+name`), or a comma-separated list of these. Leave it out to match any source.","type":"string","pattern":"^(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+)(?:,(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+))*$","patternErrorMessage":"must be an address, CIDR, range, alias or ipset (a comma-separated list of IPs, CIDRs, ranges a-b, alias or +ipset names; it becomes one word of the firewall file)","examples":["10.0.0.0/24","10.0.0.12"]},"dest":{"description":"Destination, in the same forms as `source`. Leave it out to match any destination.","type":"string","pattern":"^(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+)(?:,(?:[0-9A-Fa-f.:]+(?:/[0-9]{1,3})?(?:-[0-9A-Fa-f.:]+)?|(?:(?:dc|guest)/)?\\\\+?[A-Za-z][A-Za-z0-9_-]+))*$","patternErrorMessage":"must be an address, CIDR, range, alias or ipset (a comma-separated list of IPs, CIDRs, ranges a-b, alias or +ipset names; it becomes one word of the firewall file)","examples":["10.0.0.0/24"]},"port":{"description":"Destination port: a number, a service name, a range `8000:8010`, or a comma-separated list (`80,443`). Needs `proto` tcp or udp.","type":["string","integer"],"pattern":"^[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?(?:,[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?)*$","patternErrorMessage":"must be a port, a range like 8000:8010, or a comma-separated list like 80,443","minimum":1,"maximum":65535,"examples":["22","80,443","8000:8010"]},"comment":{"description":"A free-text comment shown in the Proxmox UI.","type":"string"}},"required":["type","action"],"additionalProperties":false},"healthCheck":{"description":"A command run inside the guest after it starts; the guest counts as healthy once the command exits 0.","type":"object","properties":{"command":{"description":"Shell command run inside the guest (through `pct exec` / the guest agent).","type":"string","minLength":1,"examples":["curl -fsS http://localhost:8000/health"]},"retries":{"description":"How many times to try before the guest is reported unhealthy.","type":"integer","minimum":1,"maximum":1000,"default":3},"interval":{"description":"Seconds to wait between attempts.","type":"integer","minimum":1,"maximum":3600,"default":5}},"required":["command"],"additionalProperties":false},"tests":{"description":"Post-deployment test suites: suite name to a list of test scripts under `<config-dir>/tests/`. A missing test script is a warning (the guest deploys; the test is reported as not run).","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]*$","patternErrorMessage":"must be a suite name (letters, digits, \\"_\\", \\"-\\", \\".\\")"},"additionalProperties":{"description":"The tests of one suite, run in order.","type":"array","items":{"$ref":"#/definitions/testScript"}},"examples":[{"health_checks":[{"name":"Docker is running","type":"script","path":"docker/check_docker_service.sh"}]}]},"testScript":{"description":"One post-deployment test.","type":"object","properties":{"name":{"description":"Name shown in reports.","type":"string","minLength":1},"type":{"description":"How the test runs. Only `script` exists: the file is copied into the guest and executed.","type":"string","enum":["script"],"default":"script"},"path":{"description":"Path of the test script relative to `<config-dir>/tests/`.","$ref":"#/definitions/scriptPath","examples":["docker/check_docker_service.sh"]},"blocking":{"description":"Whether a failure of this test fails the guest (default). `false`: the failure is reported and the guest still succeeds.","type":"boolean","default":true}},"required":["path"],"additionalProperties":false},"traefikService":{"description":"Application data for a Traefik reverse proxy: how to route to this guest. Handed to scripts as-is; extra keys are allowed.","type":"object","properties":{"name":{"description":"Service (and router) name.","type":"string","minLength":1},"port":{"description":"Port the service listens on inside the guest.","$ref":"#/definitions/port"},"scheme":{"description":"Scheme Traefik uses to reach the service.","type":"string","enum":["http","https"],"default":"http"}},"additionalProperties":true},"portainerRole":{"description":"Role of the guest in Portainer. Application data for scripts; Phoenix itself does not act on it.","type":"string","enum":["none","server","primary","agent","infrastructure"],"default":"none"}}}');
;// CONCATENATED MODULE: ./src/config/schemas.ts
/**
 * The three JSON Schemas of the config files, bundled into the build (JSON imports), and their
 * ajv validators, compiled once on first use.
 */




const SCHEMAS = {
    lxc: phoenix_lxc_configs_schema_namespaceObject,
    vm: phoenix_vm_configs_schema_namespaceObject,
    hypervisor: phoenix_hypervisor_config_schema_namespaceObject,
};
/** File name of each schema inside `schemas/` (what config files put in `$schema`). */
const SCHEMA_FILES = {
    lxc: 'phoenix_lxc_configs.schema.json',
    vm: 'phoenix_vm_configs.schema.json',
    hypervisor: 'phoenix_hypervisor_config.schema.json',
};
let schemas_ajv;
const validators = new Map();
function makeAjv() {
    const instance = new ajv.Ajv({
        allErrors: true,
        // Errors carry the failing schema and data, which the messages are built from.
        verbose: true,
        allowUnionTypes: true,
        strict: true,
    });
    // VS Code's pattern message extension: an annotation for ajv, used in our messages too.
    instance.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    // What Phoenix does with a field (acted on unless it says otherwise), for the config reference.
    instance.addKeyword({ keyword: 'x-phoenix', schemaType: 'string' });
    return instance;
}
/** The compiled validator of one config file (cached for the life of the process). */
function validatorFor(key) {
    let v = validators.get(key);
    if (!v) {
        schemas_ajv ??= makeAjv();
        v = schemas_ajv.compile(SCHEMAS[key]);
        validators.set(key, v);
    }
    return v;
}


/***/ }),

/***/ 76426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ inventoryScripts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The scripts found under a config dir (features/, apps/, tests/), which the script rules check
 * references against. Listing them is the only I/O here.
 */


async function listFiles(root) {
    const out = new Set();
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { recursive: true, withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        if (!e.isFile())
            continue;
        // `parentPath` is newer than Node 20.0; `path` is its older name.
        const parent = e.parentPath ?? e.path;
        out.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
    }
    return out;
}
async function inventoryScripts(dir) {
    const [features, apps, tests] = await Promise.all([
        listFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'features')),
        listFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'apps')),
        listFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'tests')),
    ]);
    return { features, apps, tests };
}


/***/ }),

/***/ 89908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fg: () => (/* binding */ parseId),
  kf: () => (/* binding */ resolveDesiredState)
});

// UNUSED EXPORTS: DEFAULT_HEALTH_INTERVAL, DEFAULT_HEALTH_RETRIES, LXC_DEFAULTS, VM_DEFAULTS, idList, isObj, parseGpuAssignment, splitBridge

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/model/shared-volumes.ts
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `guests` with the shared volumes of `hypervisor` added to the containers they name. */
function withSharedVolumes(guests, hypervisor) {
    const shared = isObj(hypervisor) ? hypervisor.shared_volumes : undefined;
    if (!isObj(shared))
        return guests;
    const extra = new Map();
    for (const [name, vol] of Object.entries(shared)) {
        if (!isObj(vol) || typeof vol.host_path !== 'string' || !vol.host_path.startsWith('/'))
            continue;
        if (!isObj(vol.mounts))
            continue;
        for (const [key, target] of Object.entries(vol.mounts)) {
            if (!/^[1-9]\d*$/.test(key) || typeof target !== 'string' || !target.startsWith('/'))
                continue;
            const list = extra.get(Number(key)) ?? [];
            list.push({
                source: vol.host_path,
                target,
                ...(vol.read_only === true ? { readOnly: true } : {}),
                path: ['shared_volumes', name, 'mounts', key],
            });
            extra.set(Number(key), list);
        }
    }
    if (extra.size === 0)
        return guests;
    return guests.map((g) => {
        const add = g.kind === 'lxc' ? extra.get(g.id) : undefined;
        if (!add)
            return g;
        const taken = new Set(g.mountPoints.map((m) => m.target));
        const mounts = add.filter((m) => !taken.has(m.target));
        return mounts.length ? { ...g, mountPoints: [...g.mountPoints, ...mounts] } : g;
    });
}

;// CONCATENATED MODULE: ./src/model/resolve.ts


const LXC_DEFAULTS = {
    memoryMb: 2048,
    cores: 2,
    diskSizeGb: 8,
    storagePool: 'local-lvm',
    bridge: 'vmbr0',
};
const VM_DEFAULTS = {
    memoryMb: 2048,
    cores: 2,
    diskSizeGb: 32,
    storagePool: 'local-lvm',
    bridge: 'vmbr0',
};
const DEFAULT_HEALTH_RETRIES = 3;
const DEFAULT_HEALTH_INTERVAL = 5;
function resolve_isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v) => typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && /^\d+$/.test(v)
        ? Number(v)
        : undefined;
const bool = (v) => (typeof v === 'boolean' ? v : undefined);
const strList = (v) => Array.isArray(v)
    ? v.filter((x) => typeof x === 'string')
    : typeof v === 'string' && v
        ? [v]
        : [];
/** Parse a guest ID written as number or string; undefined when not a valid integer. */
function parseId(v) {
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    if (typeof v === 'string' && /^\s*\d+\s*$/.test(v))
        return Number(v.trim());
    return undefined;
}
/** Dependency IDs written as numbers or numeric strings; anything else is dropped (a rule reports it). */
function idList(v) {
    return (Array.isArray(v) ? v : []).map(parseId).filter((d) => d !== undefined);
}
/** `"0, 1"` / `"0,1"` / `"none"` / `"0"` to GPU indexes. Invalid parts are dropped (a rule reports them). */
function parseGpuAssignment(v) {
    if (typeof v === 'number' && Number.isInteger(v))
        return [v];
    if (typeof v !== 'string')
        return [];
    const s = v.trim().toLowerCase();
    if (s === '' || s === 'none')
        return [];
    return s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => /^\d+$/.test(p))
        .map(Number);
}
/** `vmbr0.20` means bridge vmbr0 with VLAN tag 20 (how upstream writes tagged NICs). */
function splitBridge(bridge) {
    const m = /^(.+)\.(\d{1,4})$/.exec(bridge);
    return m ? { bridge: m[1], tag: Number(m[2]) } : { bridge };
}
function parseKeyValueList(items) {
    const out = {};
    for (const item of items) {
        for (const part of item.split(',')) {
            const [k, ...rest] = part.split('=');
            const key = k.trim();
            if (key)
                out[key] = rest.length ? rest.join('=').trim() : '1';
        }
    }
    return out;
}
function firewallOf(v) {
    if (!resolve_isObj(v))
        return undefined;
    const rules = [];
    if (Array.isArray(v.rules)) {
        for (const r of v.rules) {
            if (!resolve_isObj(r))
                continue;
            const type = r.type === 'out' ? 'out' : r.type === 'group' ? 'group' : 'in';
            rules.push({
                type,
                action: str(r.action) ?? 'ACCEPT',
                proto: str(r.proto),
                source: str(r.source),
                dest: str(r.dest),
                port: str(r.port) ?? (typeof r.port === 'number' ? String(r.port) : undefined),
                comment: str(r.comment),
            });
        }
    }
    return { enabled: bool(v.enabled) ?? false, rules };
}
function healthCheckOf(v) {
    if (!resolve_isObj(v) || !str(v.command))
        return undefined;
    return {
        command: v.command,
        retries: num(v.retries) ?? DEFAULT_HEALTH_RETRIES,
        interval: num(v.interval) ?? DEFAULT_HEALTH_INTERVAL,
    };
}
function testsOf(raw, base) {
    const out = [];
    if (resolve_isObj(raw.tests)) {
        for (const [suite, list] of Object.entries(raw.tests)) {
            if (!Array.isArray(list))
                continue;
            list.forEach((t, i) => {
                if (resolve_isObj(t) && str(t.path)) {
                    out.push({
                        suite,
                        name: str(t.name) ?? t.path,
                        path: t.path,
                        jsonPath: [...base, 'tests', suite, i, 'path'],
                        blocking: t.blocking !== false,
                    });
                }
            });
        }
    }
    return out;
}
function nameserversOf(...values) {
    const out = [];
    for (const v of values) {
        for (const s of strList(v))
            for (const part of s.split(/[\s,]+/))
                if (part)
                    out.push(part);
    }
    return [...new Set(out)];
}
function lxcNetwork(v, index, fallbackMac, path) {
    if (!resolve_isObj(v))
        return undefined;
    const { bridge, tag } = splitBridge(str(v.bridge) ?? LXC_DEFAULTS.bridge);
    return {
        index,
        name: str(v.name) ?? `eth${index}`,
        bridge,
        tag,
        ip: str(v.ip),
        gw: str(v.gw),
        hwaddr: str(v.hwaddr) ?? (index === 0 ? fallbackMac : undefined),
        firewall: bool(v.firewall),
        path,
    };
}
/** `snapshots: {"pre-features": NAME, "post-features": NAME}` (the upstream VM schema's names), a guest's over the defaults. */
function snapshotNamesOf(own, dflt) {
    const o = resolve_isObj(own) ? own : {};
    const d = resolve_isObj(dflt) ? dflt : {};
    const preConfigured = str(o['pre-features']) ?? str(d['pre-features']);
    const finalForm = str(o['post-features']) ?? str(d['post-features']);
    if (preConfigured === undefined && finalForm === undefined)
        return undefined;
    return {
        ...(preConfigured !== undefined ? { preConfigured } : {}),
        ...(finalForm !== undefined ? { finalForm } : {}),
    };
}
function resolveLxc(id, raw, key) {
    const base = ['lxc_configs', key];
    const networks = [];
    const net0 = lxcNetwork(raw.network_config, 0, str(raw.mac_address), [...base, 'network_config']);
    if (net0)
        networks.push(net0);
    const net1 = lxcNetwork(raw.secondary_network_config, 1, undefined, [...base, 'secondary_network_config']);
    if (net1)
        networks.push(net1);
    // Upstream's oldest format wrote pct features as a string in `features`.
    const featureScripts = Array.isArray(raw.features) ? strList(raw.features) : [];
    const pctFeatures = parseKeyValueList([
        ...(typeof raw.features === 'string' ? [raw.features] : []),
        ...strList(raw.pct_options),
    ]);
    const mountPoints = [];
    if (Array.isArray(raw.mount_points)) {
        raw.mount_points.forEach((m, i) => {
            if (resolve_isObj(m) && str(m.host_path) && str(m.container_path)) {
                mountPoints.push({
                    source: m.host_path,
                    target: m.container_path,
                    readOnly: bool(m.read_only),
                    path: [...base, 'mount_points', i],
                });
            }
        });
    }
    for (const field of ['volumes', 'zfs_volumes']) {
        const list = raw[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((m, i) => {
            if (resolve_isObj(m) && str(m.mount_point)) {
                const pool = str(m.pool) ?? str(raw.storage_pool) ?? LXC_DEFAULTS.storagePool;
                mountPoints.push({
                    source: pool,
                    target: m.mount_point,
                    sizeGb: num(m.size_gb),
                    path: [...base, field, i],
                });
            }
        });
    }
    const tests = testsOf(raw, base);
    if (resolve_isObj(raw.integration_tests) && str(raw.integration_tests.script)) {
        tests.push({
            suite: 'integration_tests',
            name: raw.integration_tests.script,
            path: raw.integration_tests.script,
            jsonPath: [...base, 'integration_tests', 'script'],
            blocking: true,
        });
    }
    const gpus = parseGpuAssignment(raw.gpu_assignment);
    return {
        kind: 'lxc',
        id,
        name: str(raw.name) ?? `ct${id}`,
        origin: { file: types/* CONFIG_FILES */.n.lxc, path: base },
        isTemplate: bool(raw.is_template) ?? false,
        cloneFrom: parseId(raw.clone_from_ctid),
        osTemplate: str(raw.template) ?? str(raw.template_file),
        templateSnapshotName: str(raw.template_snapshot_name),
        memoryMb: num(raw.memory_mb) ?? LXC_DEFAULTS.memoryMb,
        swapMb: num(raw.swap_mb),
        cores: num(raw.cores) ?? LXC_DEFAULTS.cores,
        storagePool: str(raw.storage_pool) ?? LXC_DEFAULTS.storagePool,
        diskSizeGb: num(raw.storage_size_gb) ?? LXC_DEFAULTS.diskSizeGb,
        unprivileged: bool(raw.unprivileged) ?? true,
        startAtBoot: bool(raw.start_at_boot) ?? false,
        bootOrder: num(raw.boot_order),
        bootDelay: num(raw.boot_delay),
        networks,
        nameservers: nameserversOf(resolve_isObj(raw.network_config) ? raw.network_config.nameservers : undefined, resolve_isObj(raw.network_config) ? raw.network_config.nameserver : undefined),
        features: featureScripts,
        pctFeatures,
        applicationScript: str(raw.application_script),
        dependencies: idList(raw.dependencies),
        healthCheck: healthCheckOf(raw.health_check),
        tests,
        lifecycleSnapshots: bool(raw.enable_lifecycle_snapshots) ?? true,
        lifecycleSnapshotNames: snapshotNamesOf(raw.snapshots),
        lxcOptions: strList(raw.lxc_options),
        apparmorProfile: str(raw.apparmor_profile),
        gpus,
        mountPoints,
        allowDestroyVolumes: bool(raw.allow_destroy_volumes) ?? false,
        firewall: firewallOf(raw.firewall),
        node: str(raw.node),
        protection: bool(raw.protection),
        raw,
    };
}
function resolveVm(raw, index, defaults) {
    const id = parseId(raw.vmid);
    if (id === undefined)
        return undefined;
    const base = ['vms', index];
    const merged = { ...defaults, ...raw };
    const net = resolve_isObj(raw.network_config) ? raw.network_config : {};
    const { bridge, tag } = splitBridge(str(net.bridge) ?? str(merged.network_bridge) ?? VM_DEFAULTS.bridge);
    const networks = [
        {
            index: 0,
            name: 'net0',
            bridge,
            tag,
            ip: str(net.ip),
            gw: str(net.gw),
            hwaddr: str(net.hwaddr) ?? str(raw.mac_address),
            path: [...base, 'network_config'],
        },
    ];
    const user = resolve_isObj(raw.user_config) ? raw.user_config : {};
    const mountPoints = [];
    if (Array.isArray(raw.volumes)) {
        raw.volumes.forEach((m, i) => {
            if (resolve_isObj(m) && str(m.mount_point)) {
                const source = str(m.server) && str(m.path) ? `${m.server}:${m.path}` : (str(m.path) ?? str(m.pool) ?? '');
                mountPoints.push({
                    source,
                    target: m.mount_point,
                    sizeGb: num(m.size_gb),
                    path: [...base, 'volumes', i],
                });
            }
        });
    }
    return {
        kind: 'qemu',
        id,
        name: str(raw.name) ?? `vm${id}`,
        origin: { file: types/* CONFIG_FILES */.n.vm, path: base },
        isTemplate: bool(raw.is_template) ?? false,
        cloneFrom: parseId(raw.clone_from_vmid),
        osTemplate: str(raw.template_image),
        templateSnapshotName: str(raw.template_snapshot_name),
        memoryMb: num(merged.memory_mb) ?? VM_DEFAULTS.memoryMb,
        swapMb: undefined,
        cores: num(merged.cores) ?? VM_DEFAULTS.cores,
        storagePool: str(merged.storage_pool) ?? VM_DEFAULTS.storagePool,
        diskSizeGb: num(merged.disk_size_gb) ?? VM_DEFAULTS.diskSizeGb,
        startAtBoot: bool(raw.start_at_boot) ?? false,
        bootOrder: num(raw.boot_order),
        bootDelay: num(raw.boot_delay),
        networks,
        nameservers: nameserversOf(net.nameserver, net.nameservers),
        features: strList(raw.features),
        pctFeatures: {},
        applicationScript: str(raw.application_script),
        dependencies: idList(raw.dependencies),
        healthCheck: healthCheckOf(raw.health_check),
        tests: testsOf(raw, base),
        lifecycleSnapshots: bool(merged.enable_lifecycle_snapshots) ?? true,
        lifecycleSnapshotNames: snapshotNamesOf(raw.snapshots, defaults.snapshots),
        lxcOptions: [],
        gpus: [],
        mountPoints,
        firewall: firewallOf(raw.firewall),
        ciUser: str(user.username),
        node: str(raw.node),
        protection: bool(raw.protection),
        raw,
    };
}
/** Resolve parsed file values into the desired state. Duplicate IDs keep the first (a rule reports them). */
function resolveDesiredState(input) {
    const guests = [];
    const lxcFile = resolve_isObj(input.lxc) ? input.lxc : {};
    const vmFile = resolve_isObj(input.vm) ? input.vm : {};
    if (resolve_isObj(lxcFile.lxc_configs)) {
        for (const [key, raw] of Object.entries(lxcFile.lxc_configs)) {
            const id = parseId(key);
            if (id === undefined || !resolve_isObj(raw))
                continue;
            guests.push(resolveLxc(id, raw, key));
        }
    }
    const defaults = resolve_isObj(vmFile.vm_defaults) ? vmFile.vm_defaults : {};
    if (Array.isArray(vmFile.vms)) {
        vmFile.vms.forEach((raw, i) => {
            if (!resolve_isObj(raw))
                return;
            const g = resolveVm(raw, i, defaults);
            if (g)
                guests.push(g);
        });
    }
    guests.sort((a, b) => a.id - b.id || (a.kind < b.kind ? -1 : 1));
    return {
        guests: withSharedVolumes(guests, input.hypervisor),
        nvidia: {
            driverVersion: str(lxcFile.nvidia_driver_version),
            repoUrl: str(lxcFile.nvidia_repo_url),
            runfileUrl: str(lxcFile.nvidia_runfile_url),
        },
        allowDestroy: { lxc: bool(lxcFile.allow_destroy) ?? false, qemu: bool(vmFile.allow_destroy) ?? false },
        hypervisor: resolve_isObj(input.hypervisor) ? input.hypervisor : undefined,
    };
}


/***/ }),

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ CONFIG_FILES)
/* harmony export */ });
const CONFIG_FILES = {
    hypervisor: 'phoenix_hypervisor_config.json',
    lxc: 'phoenix_lxc_configs.json',
    vm: 'phoenix_vm_configs.json',
};


/***/ })

};
