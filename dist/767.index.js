export const id = 767;
export const ids = [767];
export const modules = {

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   rJ: () => (/* binding */ stringOpt)
/* harmony export */ });
/* unused harmony export intOpt */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/** Small typed wrapper over node:util parseArgs that turns parse failures into usage errors. */


function parseCommandArgs(command, argv, options, allowPositionals = false) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
        return { values: values, positionals };
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`phoenix ${command}: ${err.message}\nRun 'phoenix help' for usage.`, 2);
    }
}
function stringOpt(values, name) {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
}
function intOpt(values, name, min, max) {
    const v = stringOpt(values, name);
    if (v === undefined)
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new UserError(`--${name} must be an integer between ${min} and ${max}, got '${v}'`, 2);
    }
    return Number(v);
}


/***/ }),

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
function compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    if (a.column !== b.column)
        return a.column - b.column;
    if (a.severity !== b.severity)
        return a.severity === 'error' ? -1 : 1;
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : 1;
}
/** The gcc shape GitHub problem matchers read: `FILE:LINE:COL: error|warning: MESSAGE [RULE]`. */
function formatDiagnostic(d) {
    const message = d.message.replace(/\r?\n/g, ' ');
    return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message} [${d.rule}]`;
}
function countBySeverity(diags) {
    let errors = 0;
    let warnings = 0;
    for (const d of diags) {
        if (d.severity === 'error')
            errors++;
        else
            warnings++;
    }
    return { errors, warnings };
}


/***/ }),

/***/ 559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cz: () => (/* binding */ validateConfigDir)
});

// UNUSED EXPORTS: inventoryScripts, validateLoaded

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
;// CONCATENATED MODULE: ./src/model/types.ts
const CONFIG_FILES = {
    hypervisor: 'phoenix_hypervisor_config.json',
    lxc: 'phoenix_lxc_configs.json',
    vm: 'phoenix_vm_configs.json',
};

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
function isObj(v) {
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
    if (!isObj(v))
        return undefined;
    const rules = [];
    if (Array.isArray(v.rules)) {
        for (const r of v.rules) {
            if (!isObj(r))
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
    if (!isObj(v) || !str(v.command))
        return undefined;
    return {
        command: v.command,
        retries: num(v.retries) ?? DEFAULT_HEALTH_RETRIES,
        interval: num(v.interval) ?? DEFAULT_HEALTH_INTERVAL,
    };
}
function testsOf(raw, base) {
    const out = [];
    if (isObj(raw.tests)) {
        for (const [suite, list] of Object.entries(raw.tests)) {
            if (!Array.isArray(list))
                continue;
            list.forEach((t, i) => {
                if (isObj(t) && str(t.path)) {
                    out.push({
                        suite,
                        name: str(t.name) ?? t.path,
                        path: t.path,
                        jsonPath: [...base, 'tests', suite, i, 'path'],
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
    if (!isObj(v))
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
            if (isObj(m) && str(m.host_path) && str(m.container_path)) {
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
            if (isObj(m) && str(m.mount_point)) {
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
    if (isObj(raw.integration_tests) && str(raw.integration_tests.script)) {
        tests.push({
            suite: 'integration_tests',
            name: raw.integration_tests.script,
            path: raw.integration_tests.script,
            jsonPath: [...base, 'integration_tests', 'script'],
        });
    }
    const gpus = parseGpuAssignment(raw.gpu_assignment);
    return {
        kind: 'lxc',
        id,
        name: str(raw.name) ?? `ct${id}`,
        origin: { file: CONFIG_FILES.lxc, path: base },
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
        nameservers: nameserversOf(isObj(raw.network_config) ? raw.network_config.nameservers : undefined, isObj(raw.network_config) ? raw.network_config.nameserver : undefined),
        features: featureScripts,
        pctFeatures,
        applicationScript: str(raw.application_script),
        dependencies: idList(raw.dependencies),
        healthCheck: healthCheckOf(raw.health_check),
        tests,
        lifecycleSnapshots: bool(raw.enable_lifecycle_snapshots) ?? false,
        lxcOptions: strList(raw.lxc_options),
        apparmorProfile: str(raw.apparmor_profile),
        gpus,
        mountPoints,
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
    const net = isObj(raw.network_config) ? raw.network_config : {};
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
    const user = isObj(raw.user_config) ? raw.user_config : {};
    const mountPoints = [];
    if (Array.isArray(raw.volumes)) {
        raw.volumes.forEach((m, i) => {
            if (isObj(m) && str(m.mount_point)) {
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
        origin: { file: CONFIG_FILES.vm, path: base },
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
        lifecycleSnapshots: bool(raw.enable_lifecycle_snapshots) ?? false,
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
    const lxcFile = isObj(input.lxc) ? input.lxc : {};
    const vmFile = isObj(input.vm) ? input.vm : {};
    if (isObj(lxcFile.lxc_configs)) {
        for (const [key, raw] of Object.entries(lxcFile.lxc_configs)) {
            const id = parseId(key);
            if (id === undefined || !isObj(raw))
                continue;
            guests.push(resolveLxc(id, raw, key));
        }
    }
    const defaults = isObj(vmFile.vm_defaults) ? vmFile.vm_defaults : {};
    if (Array.isArray(vmFile.vms)) {
        vmFile.vms.forEach((raw, i) => {
            if (!isObj(raw))
                return;
            const g = resolveVm(raw, i, defaults);
            if (g)
                guests.push(g);
        });
    }
    guests.sort((a, b) => a.id - b.id || (a.kind < b.kind ? -1 : 1));
    return {
        guests,
        nvidia: {
            driverVersion: str(lxcFile.nvidia_driver_version),
            repoUrl: str(lxcFile.nvidia_repo_url),
            runfileUrl: str(lxcFile.nvidia_runfile_url),
        },
        allowDestroy: { lxc: bool(lxcFile.allow_destroy) ?? false, qemu: bool(vmFile.allow_destroy) ?? false },
        hypervisor: isObj(input.hypervisor) ? input.hypervisor : undefined,
    };
}

// EXTERNAL MODULE: ./src/config/diagnostics.ts
var config_diagnostics = __webpack_require__(410);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(547);
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
/** Parse JSON text, collecting syntax errors and duplicate keys as located diagnostics. */
function parseJsonSource(file, text) {
    const index = new LineIndex(text);
    const diagnostics = [];
    const at = (offset, rule, message) => ({
        file,
        ...index.position(offset),
        severity: 'error',
        rule,
        message,
    });
    if (text.trim() === '') {
        diagnostics.push(at(0, 'PHX-JSON-SYNTAX', 'file is empty; expected a JSON object'));
        return { source: makeSource(file, text, undefined, undefined, index), diagnostics };
    }
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: true });
    for (const e of errors.slice(0, 20)) {
        const code = (0,main.printParseErrorCode)(e.error);
        diagnostics.push(at(e.offset, 'PHX-JSON-SYNTAX', `invalid JSON: ${MESSAGES[code] ?? code}`));
    }
    if (errors.length > 0 || !root) {
        return { source: makeSource(file, text, undefined, undefined, index), diagnostics };
    }
    // Duplicate keys: JSON.parse keeps the last silently; an operator almost never means that.
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'object' && node.children) {
            const seen = new Map();
            for (const prop of node.children) {
                const keyNode = prop.children?.[0];
                if (!keyNode)
                    continue;
                const key = String(keyNode.value);
                const first = seen.get(key);
                if (first) {
                    const p = index.position(first.offset);
                    diagnostics.push(at(keyNode.offset, 'PHX-JSON-DUPLICATE-KEY', `duplicate key "${key}" (first defined at line ${p.line}); JSON keeps only the last`));
                }
                else
                    seen.set(key, keyNode);
            }
        }
        if (node.children)
            for (const c of node.children)
                stack.push(c);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        diagnostics.push(at(0, 'PHX-JSON-SYNTAX', `invalid JSON: ${err.message}`));
        return { source: makeSource(file, text, undefined, undefined, index), diagnostics };
    }
    return { source: makeSource(file, text, value, root, index), diagnostics };
}
function makeSource(file, text, value, root, index) {
    return {
        file,
        text,
        value,
        root,
        locate(path, which = 'value') {
            if (!root)
                return { line: 1, column: 1 };
            for (let n = path.length; n >= 0; n--) {
                const node = (0,main.findNodeAtLocation)(root, path.slice(0, n));
                if (!node)
                    continue;
                if (which === 'key' &&
                    n === path.length &&
                    node.parent?.type === 'property' &&
                    node.parent.children?.[0]) {
                    return index.position(node.parent.children[0].offset);
                }
                return index.position(node.offset);
            }
            return index.position(root.offset);
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
    for (const key of Object.keys(CONFIG_FILES)) {
        const file = displayPath(dir, CONFIG_FILES[key]);
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
            file: displayPath(dir, CONFIG_FILES.lxc),
            line: 1,
            column: 1,
            severity: 'error',
            rule: 'PHX-FILE-MISSING',
            message: `no guests to manage: neither ${CONFIG_FILES.lxc} nor ${CONFIG_FILES.vm} exists in ${dir}`,
        });
    }
    return { dir, sources, present, diagnostics };
}

;// CONCATENATED MODULE: ./src/config/rules/index.ts
function runRules(_ctx) {
    return [];
}

;// CONCATENATED MODULE: ./src/config/schema-check.ts
function checkSchemas(_loaded) {
    return [];
}

;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * The validation pipeline: load with positions -> JSON Schema -> resolve -> semantic rules.
 * Touches only the config dir (never a host).
 */







async function listFiles(root) {
    const out = new Set();
    let entries;
    try {
        entries = await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true });
    }
    catch {
        return out;
    }
    for (const e of entries) {
        if (!e.isFile())
            continue;
        const parent = e.parentPath ?? e.path;
        out.add((0,external_node_path_.relative)(root, (0,external_node_path_.join)(parent, e.name)).split(external_node_path_.sep).join('/'));
    }
    return out;
}
async function inventoryScripts(dir) {
    const [features, apps, tests] = await Promise.all([
        listFiles((0,external_node_path_.join)(dir, 'features')),
        listFiles((0,external_node_path_.join)(dir, 'apps')),
        listFiles((0,external_node_path_.join)(dir, 'tests')),
    ]);
    return { features, apps, tests };
}
async function validateConfigDir(dir) {
    const [loaded, scripts] = await Promise.all([loadConfigDir(dir), inventoryScripts(dir)]);
    return validateLoaded(loaded, scripts);
}
/** Pure part of validation, usable in-process by benchmarks and the planner. */
function validateLoaded(loaded, scripts) {
    const diagnostics = [...loaded.diagnostics, ...checkSchemas(loaded)];
    const desired = resolveDesiredState({
        lxc: loaded.sources.lxc?.value,
        vm: loaded.sources.vm?.value,
        hypervisor: loaded.sources.hypervisor?.value,
    });
    diagnostics.push(...runRules({ loaded, desired, scripts }));
    diagnostics.sort(config_diagnostics/* compareDiagnostics */.oV);
    let errors = 0;
    for (const d of diagnostics)
        if (d.severity === 'error')
            errors++;
    return { loaded, diagnostics, desired, scripts, errors, warnings: diagnostics.length - errors };
}


/***/ })

};
