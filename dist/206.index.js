export const id = 206;
export const ids = [206];
export const modules = {

/***/ 206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(410);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(559);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(593);
/**
 * `phoenix demo`: the README's `npm start`. Until the simulator, planner and apply land it
 * validates the example estate and prints its guests.
 */



async function runDemo(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)('demo', argv, { 'config-dir': { type: 'string', default: 'config' } });
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .stringOpt */ .rJ)(values, 'config-dir');
    const result = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(dir);
    io.stdout(`== validate ${dir}\n`);
    for (const d of result.diagnostics)
        io.stdout((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDiagnostic */ .xy)(d) + '\n');
    io.stdout(`${result.errors} errors, ${result.warnings} warnings\n\n== estate\n`);
    for (const g of result.desired.guests) {
        const how = g.cloneFrom !== undefined ? `clone of ${g.cloneFrom}` : `from ${g.osTemplate ?? '(no template)'}`;
        io.stdout(`${g.kind === 'lxc' ? 'CT' : 'VM'} ${g.id} ${g.name}${g.isTemplate ? ' [template]' : ''}: ${how}\n`);
    }
    return result.errors > 0 ? 1 : 0;
}


/***/ })

};
