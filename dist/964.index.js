export const id = 964;
export const ids = [964];
export const modules = {

/***/ 22964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalTransport: () => (/* binding */ LocalTransport)
/* harmony export */ });
/* unused harmony export hostCommandEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50098);
/**
 * The `local` transport: runs host commands on this machine (the self-hosted runner on the
 * Proxmox host). Commands are spawned directly, never through a shell, so arguments arrive
 * exactly as built. A missing program becomes exit 127 (as a shell would report it); a command
 * that outlives its timeout is killed together with its children and the run is rejected.
 */



/** PATH when the runner has none: where Proxmox's programs live. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * The minimal environment of a host command on the `local` and `local+sudo` targets: PATH, HOME,
 * USER/LOGNAME, TZ, a C.UTF-8 locale (Proxmox's programs print what Phoenix parses in it), and
 * the simulator's own knobs (`PHOENIX_SIM_*`: fault and latency settings of simulator shims on
 * PATH; no secret lives there). Nothing else of the runner: not GITHUB_TOKEN, INPUT_*, the
 * PHOENIX_* secrets or SSH agent sockets.
 */
function hostCommandEnv(from) {
    const env = {
        PATH: from.PATH || DEFAULT_PATH,
        HOME: from.HOME || '/root',
        LANG: 'C.UTF-8',
        LC_ALL: 'C.UTF-8',
    };
    for (const k of ['USER', 'LOGNAME', 'TZ'])
        if (from[k])
            env[k] = from[k];
    for (const k of Object.keys(from))
        if (k.startsWith('PHOENIX_SIM_'))
            env[k] = from[k];
    return env;
}
class LocalTransport {
    options;
    description = 'local';
    hostTimeouts = true;
    closed = false;
    running = new Set();
    constructor(options = {}) {
        this.options = options;
    }
    run(argv, options = {}) {
        if (argv.length === 0 || argv[0] === '')
            return Promise.reject(new Error('local transport: empty argv'));
        if (this.closed)
            return Promise.reject(new Error('local transport: already closed'));
        for (const a of argv)
            if (a.includes('\0'))
                return Promise.reject(new Error('a command argument contains a NUL byte, which no host command can receive'));
        const timeoutMs = options.timeoutMs ?? this.options.defaultTimeoutMs;
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(argv[0], argv.slice(1), {
                shell: false,
                // Own process group, so a timeout can kill the command and everything it started.
                detached: true,
                env: hostCommandEnv(this.options.env ?? process.env),
                cwd: this.options.cwd,
                stdio: ['pipe', 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            let settled = false;
            let timer;
            const pid = child.pid;
            if (pid !== undefined)
                this.running.add(pid);
            const finish = (fn) => {
                if (timer)
                    clearTimeout(timer);
                if (pid !== undefined)
                    this.running.delete(pid);
                if (settled)
                    return;
                settled = true;
                fn();
            };
            child.stdout.on('data', (d) => out.push(d));
            child.stderr.on('data', (d) => err.push(d));
            // EPIPE when the command exits without reading its stdin is not an error of ours.
            child.stdin.on('error', () => undefined);
            child.on('error', (e) => {
                if (e.code === 'ENOENT' || e.code === 'EACCES') {
                    const why = e.code === 'ENOENT' ? 'command not found' : 'permission denied';
                    finish(() => resolve({
                        exitCode: e.code === 'ENOENT' ? 127 : 126,
                        stdout: '',
                        stderr: `${argv[0]}: ${why}\n`,
                    }));
                }
                else
                    finish(() => reject(new Error(`cannot run ${summarize(argv)}: ${e.message}`)));
            });
            child.on('close', (code, signal) => {
                finish(() => resolve({
                    exitCode: code ?? signalExitCode(signal),
                    stdout: Buffer.concat(out).toString('utf8'),
                    stderr: Buffer.concat(err).toString('utf8'),
                }));
            });
            if (timeoutMs !== undefined && timeoutMs > 0) {
                timer = setTimeout(() => {
                    killGroup(pid);
                    finish(() => reject(new _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportTimeout */ .D(`timed out after ${timeoutMs} ms: ${summarize(argv)} on local`, timeoutMs)));
                }, timeoutMs);
            }
            if (options.stdin !== undefined)
                child.stdin.end(options.stdin);
            else
                child.stdin.end();
        });
    }
    /** Kills commands still running (their whole process groups). */
    async close() {
        this.closed = true;
        for (const pid of this.running)
            killGroup(pid);
        this.running.clear();
    }
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        try {
            process.kill(pid, 'SIGKILL');
        }
        catch {
            /* already gone */
        }
    }
}
function signalExitCode(signal) {
    const num = signal ? node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal] : undefined;
    return num ? 128 + num : 255;
}
/** A short, single-line rendering of an argv for messages. */
function summarize(argv) {
    const text = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
    return `'${text.length > 120 ? text.slice(0, 117) + '...' : text}'`;
}


/***/ }),

/***/ 50098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TransportTimeout)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * The shell transports' interface: the embedded simulator, a local spawn, or SSH, each carrying
 * built argv to the host. Apply does not use it directly: the host port (src/host/port.ts) and its
 * shell implementation sit on top, and setup runs commands through the host runner. Implementations
 * never pass commands through a shell except SSH, which quotes every argument (see `quote.ts`).
 */

/**
 * A transport gave up on a command that outlived its `timeoutMs` (and stopped it: the local
 * transport kills its process group, SSH runs it under the host's `timeout`, the simulator drops it).
 */
class TransportTimeout extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    timeoutMs;
    code = 'ETIMEDOUT';
    constructor(message, timeoutMs) {
        super(message, 1);
        this.timeoutMs = timeoutMs;
        this.name = 'TransportTimeout';
    }
}


/***/ })

};
