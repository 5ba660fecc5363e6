export const id = 444;
export const ids = [444];
export const modules = {

/***/ 85444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SimTransport: () => (/* binding */ SimTransport)
/* harmony export */ });
/* unused harmony exports SimConnectionDropped, SimCommandTimeout */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sim_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13037);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50098);
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
class SimCommandTimeout extends _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TransportTimeout */ .D {
    constructor(argv, ms) {
        super(`command timed out after ${ms} ms: ${argv.join(' ')}`, ms);
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
        // Folds the simulator's journal into its state file, so PATH alone holds the host again.
        await this.store.flush();
    }
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
