export const id = 231;
export const ids = [231];
export const modules = {

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ annotationFromDiagnostic),
/* harmony export */   OC: () => (/* binding */ formatWorkflowCommand),
/* harmony export */   tn: () => (/* binding */ formatAnnotation)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, toWorkspacePath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Workflow commands (`::error file=...,line=...::message`) for annotations. Pure: formatting and
 * path mapping only; the caller decides where the text goes (see logger.ts).
 *
 * Escaping follows the runner's rules: in the message (data) `%`, CR and LF are percent-encoded;
 * in property values `:` and `,` are encoded too, because they delimit properties.
 */

function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::command k=v,k=v::message`. Properties keep the given order; empty or undefined values are
 * left out (the runner treats `line=` as invalid).
 */
function formatWorkflowCommand(command, properties, message) {
    const props = properties
        .filter((p) => p[1] !== undefined && p[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${props.length > 0 ? ' ' + props.join(',') : ''}::${escapeData(message)}`;
}
/** One annotation as a single stdout line (no trailing newline). */
function formatAnnotation(a) {
    return formatWorkflowCommand(a.level, [
        ['file', a.file],
        ['line', a.line],
        ['endLine', a.endLine],
        ['col', a.col],
        ['endColumn', a.endColumn],
        ['title', a.title],
    ], a.message);
}
/**
 * GitHub attaches an annotation to a diff line only when `file` is relative to the repository
 * root. Diagnostics carry the path as the user gave it (relative to the working directory or
 * absolute), so resolve it against `cwd` and make it relative to `workspace`. A file outside the
 * workspace keeps its absolute path (the annotation then shows in the log only).
 */
function toWorkspacePath(file, workspace, cwd) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace), absolute);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return absolute.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
function annotationFromDiagnostic(d, paths) {
    return {
        level: d.severity,
        message: d.message,
        file: toWorkspacePath(d.file, paths.workspace, paths.cwd),
        line: d.line,
        col: d.column,
        title: d.rule,
    };
}


/***/ }),

/***/ 72231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createActionsLogger: () => (/* binding */ createActionsLogger)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34793);
/**
 * The Actions implementation of the `Logger` seam (src/util/logger.ts): messages and groups go
 * through @actions/core, annotations are workflow commands formatted by annotations.ts.
 */


/**
 * Backed by @actions/core, loaded lazily so that CLI commands which never run in Actions do not
 * load the toolkit (and its HTTP client). Annotations are formatted by annotations.ts (file, line,
 * col, title, in that order) and written to the same stdout as the toolkit's commands. A group's
 * `stamp` is left out: the runner times every line itself.
 */
async function createActionsLogger(write = (text) => process.stdout.write(text)) {
    const core = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(659)]).then(__webpack_require__.bind(__webpack_require__, 91659));
    return {
        debug: (m) => core.debug(m),
        info: (m) => core.info(m),
        notice: (m) => core.notice(m),
        warning: (m) => core.warning(m),
        error: (m) => core.error(m),
        annotate: (a) => write((0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAnnotation */ .tn)(a) + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL),
        startGroup: (name) => core.startGroup(name),
        endGroup: () => core.endGroup(),
    };
}


/***/ })

};
