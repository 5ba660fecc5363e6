export const id = 575;
export const ids = [575];
export const modules = {

/***/ 12575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47410);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77593);
/** `phoenix validate [--config-dir DIR] [--format text|json]` */





async function runValidate(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('validate', argv);
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
