export const id = 148;
export const ids = [148];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ intOpt),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   rJ: () => (/* binding */ stringOpt)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--${name} must be an integer between ${min} and ${max}, got '${v}'`, 2);
    }
    return Number(v);
}


/***/ }),

/***/ 1148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runState: () => (/* binding */ runState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/* harmony import */ var _target_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2654);
/**
 * `phoenix state --target URL [--out FILE] [--identity FILE] [--known-hosts FILE]
 *   [--fingerprint SHA256:...]`: reads the live state of a host (constant number of commands) and
 * writes it as versioned JSON. `--fingerprint` pins the SSH host key (with or instead of known_hosts).
 */





async function runState(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('state', argv, {
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGET_OPTIONS */ .FG,
        ..._target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_OPTION */ .my,
        out: { type: 'string' },
    });
    const target = (0,_target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .requireTarget */ .Fm)('state', values);
    const { readLiveState, StateReadError } = await Promise.all(/* import() */[__webpack_require__.e(36), __webpack_require__.e(460), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 2460));
    const transport = await (0,_target_options_js__WEBPACK_IMPORTED_MODULE_4__/* .openTarget */ .Ap)('state', values, io);
    let text;
    try {
        text = JSON.stringify(await readLiveState(transport), null, 2) + '\n';
    }
    catch (err) {
        if (err instanceof StateReadError)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(err.message, 2);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`reading live state from ${target} failed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)}`, 2);
    }
    finally {
        await transport.close();
    }
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'out');
    if (out === undefined)
        io.stdout(text);
    else {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, out), text);
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write ${out}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)}`, 2);
        }
    }
    return 0;
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ openTarget),
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   my: () => (/* binding */ AUDIT_OPTION)
/* harmony export */ });
/* unused harmony export TARGET_HELP */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7593);


const TARGET_OPTIONS = {
    target: { type: 'string' },
    identity: { type: 'string' },
    'known-hosts': { type: 'string' },
    fingerprint: { type: 'string' },
};
const AUDIT_OPTION = { 'audit-log': { type: 'string' } };
const TARGET_HELP = 'sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]';
/** The `--target` value, or a usage error naming the command. */
function requireTarget(command, values) {
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${command} needs --target URL (${TARGET_HELP})`, 2);
    return target;
}
/** Opens the transport for `--target` (wrapped in the audit log when `--audit-log` is given). */
async function openTarget(command, values, io) {
    const target = requireTarget(command, values);
    const { createTransport } = await __webpack_require__.e(/* import() */ 541).then(__webpack_require__.bind(__webpack_require__, 9541));
    const transport = await createTransport(target, {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
    });
    const audit = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'audit-log');
    if (!audit)
        return transport;
    const { withAudit } = await __webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 240));
    return withAudit(transport, audit);
}


/***/ })

};
