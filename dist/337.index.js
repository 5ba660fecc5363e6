export const id = 337;
export const ids = [337,37];
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

/***/ 8725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHIM_MARKER: () => (/* binding */ SHIM_MARKER),
/* harmony export */   captureReal: () => (/* binding */ captureReal),
/* harmony export */   dropConnection: () => (/* binding */ dropConnection),
/* harmony export */   execReal: () => (/* binding */ execReal),
/* harmony export */   findRealBinary: () => (/* binding */ findRealBinary),
/* harmony export */   needsStdin: () => (/* binding */ needsStdin),
/* harmony export */   runsOnRealHost: () => (/* binding */ runsOnRealHost),
/* harmony export */   shimScript: () => (/* binding */ shimScript),
/* harmony export */   writeShims: () => (/* binding */ writeShims)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _host_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8179);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9079);
/**
 * Command shims: small `#!/bin/sh` executables named after the host commands (`pct`, `qm`,
 * `pvesh`, ..., `grep`, `tee`, `cat`, `flock`) that run `phoenix sim exec --state FILE -- PROG
 * "$@"`. With the shim folder first on PATH (e.g. an sshd's `SetEnv PATH=...`), an `ssh://`
 * target drives the simulator. `grep`/`tee`/`cat` only simulate the host paths the simulator
 * models and hand everything else to the real binaries. This module also holds the `sim exec`
 * side: reading stdin only when the command needs it, running real binaries, dropping the SSH
 * connection for `drop` faults.
 */





const SHIM_MARKER = '# phoenix-sim-shim';
function sq(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
function shimScript(prog, o) {
    const node = o.node ?? process.execPath;
    const nodeArg = o.simNode ? ` --node ${sq(o.simNode)}` : '';
    return (`#!/bin/sh\n${SHIM_MARKER} (${prog})\n` +
        `exec ${sq(node)} ${sq((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(o.entry))} sim exec --state ${sq((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(o.statePath))}${nodeArg} -- ${prog} "$@"\n`);
}
/** Writes one shim per simulated program; returns their names. */
function writeShims(o) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(o.outDir, { recursive: true });
    const names = (0,_index_js__WEBPACK_IMPORTED_MODULE_4__.simProgramNames)();
    for (const prog of names) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(o.outDir, prog);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, shimScript(prog, o));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(file, 0o755);
    }
    return names;
}
const PASS_THROUGH = new Set(['grep', 'tee', 'cat']);
/** File operands of grep/tee/cat (best effort: non-option words, grep's pattern excluded). */
function fileOperands(prog, args) {
    const words = [];
    let opts = true;
    let patternSeen = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (opts && a === '--') {
            opts = false;
            continue;
        }
        if (opts && a.startsWith('-') && a !== '-') {
            if (prog === 'grep' && (a === '-e' || a === '-f')) {
                patternSeen = true;
                i++;
            }
            continue;
        }
        if (prog === 'grep' && !patternSeen) {
            patternSeen = true;
            continue;
        }
        words.push(a);
    }
    return words;
}
/** Should this command go to the real binary instead of the simulator? */
function runsOnRealHost(argv) {
    const prog = argv[0] ?? '';
    if (!PASS_THROUGH.has(prog))
        return false;
    const files = fileOperands(prog, argv.slice(1)).filter((f) => f !== '-');
    return files.length === 0 || !files.some(_host_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isSimulatedPath */ ._$);
}
/** Does the command read its stdin? (Others must not wait for an input that never ends.) */
function needsStdin(argv) {
    const [prog, ...args] = argv;
    if (prog === 'tee')
        return true;
    if (prog === 'cat' || prog === 'grep') {
        const files = fileOperands(prog, args);
        return files.length === 0 || files.includes('-');
    }
    if (prog === 'pct' && args[0] === 'push')
        return args.includes('/dev/stdin') || args.includes('-');
    if (prog === 'qm' && args[0] === 'guest' && args[1] === 'exec')
        return args.some((a) => /^--?pass-stdin(=1|=yes|=true)?$/.test(a));
    // setup-hypervisor: passwords (chpasswd, smbpasswd -s) and profiles to check (apparmor_parser).
    if (prog === 'chpasswd' || prog === 'smbpasswd')
        return true;
    if (prog === 'apparmor_parser')
        return !args.some((a) => !a.startsWith('-'));
    if (prog === 'flock') {
        const i = args.findIndex((a, idx) => idx > 0 && !args[idx - 1].startsWith('-w') && !a.startsWith('-'));
        return i >= 0 && needsStdin(args.slice(i + 1));
    }
    return false;
}
/** The real binary, skipping shims on PATH. */
function findRealBinary(prog, path = process.env.PATH ?? '') {
    for (const dir of [...path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter), '/usr/bin', '/bin', '/usr/sbin', '/sbin']) {
        if (!dir)
            continue;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, prog);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isFile())
                continue;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file).subarray(0, 200).includes(SHIM_MARKER))
                continue;
            return file;
        }
        catch {
            /* not there */
        }
    }
    return undefined;
}
/** Runs a real program with inherited stdio; resolves with its exit code. */
function execReal(argv) {
    const bin = findRealBinary(argv[0]);
    if (!bin) {
        process.stderr.write(`sh: 1: ${argv[0]}: not found\n`);
        return Promise.resolve(127);
    }
    return new Promise((done) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(bin, argv.slice(1), { stdio: 'inherit' });
        child.on('error', () => done(127));
        child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
    });
}
/** Runs a real program capturing its output (inner commands of `flock`). */
function captureReal(argv) {
    const bin = findRealBinary(argv[0]);
    if (!bin)
        return Promise.resolve({ exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0]}: not found\n` });
    return new Promise((done) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(bin, argv.slice(1), { stdio: ['inherit', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', () => done({ exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0]}: not found\n` }));
        child.on('close', (code) => done({
            exitCode: code ?? 1,
            stdout: Buffer.concat(out).toString(),
            stderr: Buffer.concat(err).toString(),
        }));
    });
}
function parentOf(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const m = /^\d+ \((.*)\) \S+ (\d+)/s.exec(stat);
        return m ? { comm: m[1], ppid: Number(m[2]) } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A `drop` fault in a shim: when running under sshd, kill the nearest sshd ancestor (the
 * connection's session process), so the client sees the connection go away; otherwise exit 255
 * like ssh does when the connection is lost.
 */
async function dropConnection(env) {
    if (env.SSH_CONNECTION && env.PHOENIX_SIM_DROP !== 'exit' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)('/proc/self/stat')) {
        let pid = process.ppid;
        for (let depth = 0; depth < 8 && pid > 1; depth++) {
            const info = parentOf(pid);
            if (!info)
                break;
            if (info.comm.startsWith('sshd')) {
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    break;
                }
                await new Promise((r) => setTimeout(r, 2000));
                break;
            }
            pid = info.ppid;
        }
    }
    process.stderr.write('phoenix-sim: simulated connection drop\n');
    process.exit(255);
}


/***/ })

};
