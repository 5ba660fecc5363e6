export const id = 525;
export const ids = [525];
export const modules = {

/***/ 1525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ LIVE_STATE_VERSION)
/* harmony export */ });
/**
 * The live state of a Proxmox node or cluster as Phoenix records it: a versioned JSON document
 * read in a constant number of host commands. PR plans diff against a recorded copy of it.
 */
const LIVE_STATE_VERSION = 1;


/***/ })

};
