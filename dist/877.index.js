export const id = 877;
export const ids = [877];
export const modules = {

/***/ 11877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSshExec: () => (/* binding */ runSshExec)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
/**
 * `phoenix ssh-exec --target ssh://USER@HOST[:PORT] [--identity FILE] [--known-hosts FILE]
 * [--fingerprint SHA256:...] [--timeout-ms N] [--read-only] -- ARGV...`
 *
 * Runs one command through the SSH transport exactly as Phoenix would (same key and host key
 * checks, same quoting) and passes its output through: a connectivity check for operators, and
 * the test that the committed bundle can speak SSH. Exits with the remote command's exit code.
 */


async function runSshExec(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('ssh-exec', argv);
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('--target ssh://USER@HOST[:PORT] is required', 2);
    if (positionals.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('no command given: phoenix ssh-exec --target URL -- ARGV...', 2);
    const timeoutMs = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .intOpt */ .$q)(values, 'timeout-ms', 1, 86_400_000);
    const identity = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'identity');
    const knownHosts = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'known-hosts');
    const fingerprint = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'fingerprint');
    const { openShellTransport } = await __webpack_require__.e(/* import() */ 969).then(__webpack_require__.bind(__webpack_require__, 78969));
    const transport = await openShellTransport(target, { identity, knownHosts, fingerprint, env: io.env }, 'ssh');
    try {
        const result = await transport.run(positionals, {
            ...(timeoutMs !== undefined ? { timeoutMs } : {}),
            readOnly: values['read-only'] === true,
        });
        io.stdout(result.stdout);
        io.stderr(result.stderr);
        return result.exitCode;
    }
    finally {
        await transport.close();
    }
}


/***/ })

};
