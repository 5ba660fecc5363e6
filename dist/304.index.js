export const id = 304;
export const ids = [304,37];
export const modules = {

/***/ 5037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ printGuestConf),
/* harmony export */   gG: () => (/* binding */ parseGuestConf),
/* harmony export */   s6: () => (/* binding */ encodeConfText)
/* harmony export */ });
/* unused harmony exports decodeConfText, printConfSection, cloneConfSection */
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


/***/ }),

/***/ 5444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SimTransport: () => (/* binding */ SimTransport)
/* harmony export */ });
/* unused harmony exports SimConnectionDropped, SimCommandTimeout */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sim_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9079);
/**
 * The `sim:PATH` target: runs host commands in-process against the simulator's state file, with
 * the simulator's latency and faults. Several transports (in one or many processes) on the same
 * file act on the same simulated host. A `drop` fault rejects the command with
 * `SimConnectionDropped` (code ECONNRESET), like a connection that went away.
 */


class SimConnectionDropped extends Error {
    when;
    code = 'ECONNRESET';
    constructor(target, 
    /** `before`: the command did not run; `after`: it ran and changed the host. */
    when) {
        super(`connection to ${target} dropped (simulated, ${when} the command ran)`);
        this.when = when;
        this.name = 'SimConnectionDropped';
    }
}
class SimCommandTimeout extends Error {
    constructor(argv, ms) {
        super(`command timed out after ${ms} ms: ${argv.join(' ')}`);
        this.name = 'SimCommandTimeout';
    }
}
class SimTransport {
    options;
    description;
    store;
    closed = false;
    env;
    constructor(statePath, options = {}) {
        this.options = options;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(statePath);
        this.description = `sim:${path}`;
        this.store = new _sim_index_js__WEBPACK_IMPORTED_MODULE_1__.SimStore(path, options.store);
        const env = options.env ?? process.env;
        this.env = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('PHOENIX_SIM_')));
    }
    async run(argv, options = {}) {
        if (this.closed)
            throw new Error(`${this.description}: transport already closed`);
        if (argv.length === 0 || argv[0] === '')
            throw new Error('sim transport: empty argv');
        for (const a of argv)
            if (a.includes('\0'))
                throw new Error('a command argument contains a NUL byte, which no host command can receive');
        const running = (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__.runSimCommand)(this.store, argv, {
            stdin: options.stdin,
            env: this.env,
            node: this.options.node,
            onDrop: async (when) => {
                throw new SimConnectionDropped(this.description, when);
            },
        });
        if (options.timeoutMs === undefined)
            return running;
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new SimCommandTimeout(argv, options.timeoutMs)), options.timeoutMs);
        });
        try {
            return await Promise.race([running, timeout]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    async close() {
        this.closed = true;
    }
}


/***/ })

};
