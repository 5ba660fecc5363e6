export const id = 541;
export const ids = [541];
export const modules = {

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTransport: () => (/* binding */ createTransport)
/* harmony export */ });
/* unused harmony exports SUDO_PREFIX, sudoRequested, withSudo, describeTargetSyntax, openTarget */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Target URL to transport: `sim:PATH` (the embedded simulator, state in PATH, created when
 * absent), `local` (commands on this machine) and `ssh://USER@HOST[:PORT]` (key from `identity`
 * or PHOENIX_SSH_KEY, host key pinned from `knownHosts` or PHOENIX_KNOWN_HOSTS). The SSH module
 * (and ssh2) is only loaded for SSH targets.
 *
 * `local+sudo` (or `local` with PHOENIX_SUDO=1 in the environment) runs every command as
 * `sudo -n -- ARGV`: for a self-hosted runner that runs as its own user, not root, and may run
 * exactly the commands of the generated sudoers allow-list (docs/runner-setup.md). `-n` makes a
 * command that the allow-list does not cover fail at once instead of waiting for a password.
 */


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
        run: (argv, options) => inner.run([...prefix, ...argv], options),
        close: () => inner.close(),
    };
}
function describeTargetSyntax() {
    return 'sim:PATH, local or ssh://USER@HOST[:PORT]';
}
async function createTransport(url, options = {}) {
    const env = options.env ?? process.env;
    if (url.startsWith('sim:')) {
        const path = url.slice('sim:'.length);
        if (path === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
        const { SimTransport } = await Promise.all(/* import() */[__webpack_require__.e(79), __webpack_require__.e(304)]).then(__webpack_require__.bind(__webpack_require__, 5444));
        return new SimTransport((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd ?? process.cwd(), path), { env, node: options.simNode });
    }
    if (url === 'local' || url === 'local+sudo') {
        const { LocalTransport } = await __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 2964));
        const local = new LocalTransport({ env });
        return url === 'local+sudo' || sudoRequested(env) ? withSudo(local) : local;
    }
    if (url.startsWith('ssh://')) {
        const { createSshTransport } = await Promise.all(/* import() */[__webpack_require__.e(472), __webpack_require__.e(362)]).then(__webpack_require__.bind(__webpack_require__, 5362));
        return createSshTransport(url, {
            identity: options.identity,
            knownHosts: options.knownHosts,
            fingerprint: options.fingerprint,
            env,
        });
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`unknown target '${url}': expected ${describeTargetSyntax()}`, 2);
}
/** Alias of `createTransport`. */
const openTarget = (/* unused pure expression or super */ null && (createTransport));


/***/ })

};
