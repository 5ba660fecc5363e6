export const id = 575;
export const ids = [575];
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

/***/ 2575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7410);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3238);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
/** `phoenix validate [--config-dir DIR] [--format text|json]` */





async function runValidate(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('validate', argv, {
        'config-dir': { type: 'string', default: 'config' },
        format: { type: 'string', default: 'text' },
    });
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'format');
    if (format !== 'text' && format !== 'json')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`--format must be text or json, got '${format}'`, 2);
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOpt */ .rJ)(values, 'config-dir');
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`config dir '${dir}' not found (set it with --config-dir DIR)`, 2);
    const result = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)(dir);
    const { errors, warnings } = (0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .countBySeverity */ .Ot)(result.diagnostics);
    if (format === 'json') {
        io.stdout(JSON.stringify({ errors, warnings, diagnostics: result.diagnostics }, null, 2) + '\n');
    }
    else {
        for (const d of result.diagnostics)
            io.stdout((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .xy)(d) + '\n');
        const guests = result.desired.guests.length;
        io.stderr(`${dir}: ${guests} guest${guests === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    }
    return errors > 0 ? 1 : 0;
}


/***/ })

};
