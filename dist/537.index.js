export const id = 537;
export const ids = [537];
export const modules = {

/***/ 5537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hostStateFromConfig: () => (/* binding */ hostStateFromConfig),
/* harmony export */   i: () => (/* binding */ bareHostState)
/* harmony export */ });
/* unused harmony export hostShapeOf */
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16141);
/* harmony import */ var _sim_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13037);
/**
 * The bare host a config describes, for rehearsing an estate from bare metal on the simulator
 * (`phoenix sim init --from-config DIR`): a fresh Proxmox VE install whose vmbr0 has the
 * configured address, with every disk the ZFS pools name (blank) and as many NVIDIA GPUs as the
 * guests' `gpu_assignment` uses. No pools, storages, templates or images: setup-hypervisor makes
 * those.
 */



const TB = 1000 ** 4;
/** `nvme-..._2TB_...` is a 2 TB disk; undefined when the name gives no size. */
function sizeInName(path) {
    const m = /(?:^|[_-])(\d+(?:\.\d+)?)(TB|GB)(?:[_-]|$)/i.exec(path.split('/').pop() ?? '');
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * (m[2].toUpperCase() === 'TB' ? TB : TB / 1000));
}
/** The machine's shape as the hypervisor config and the guests describe it. Pure. */
function hostShapeOf(host, desired) {
    const main = host?.network.bridges.find((b) => b.main);
    const onVmbr0 = main !== undefined && main.name === 'vmbr0';
    const disks = [...new Set((host?.zfs.pools ?? []).flatMap((p) => p.disks))].map((path) => ({
        path,
        sizeBytes: sizeInName(path),
    }));
    const gpuIds = desired.guests.flatMap((g) => g.gpus);
    return {
        shape: {
            address: onVmbr0 ? main.address : undefined,
            gateway: onVmbr0 ? main.gateway : undefined,
            disks,
            gpus: gpuIds.length > 0 ? Math.max(...gpuIds) + 1 : 0,
        },
        otherMainBridge: main && !onVmbr0 ? main.name : undefined,
    };
}
/** A fresh simulator state shaped like the machine `host` and `desired` describe. */
function bareHostState(host, desired, o = {}) {
    const shaped = hostShapeOf(host, desired);
    const state = (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__.createInitialState)({ pveVersion: o.pveVersion, nodes: o.nodes ? [...o.nodes] : undefined });
    (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__.shapeHost)(state, shaped.shape);
    // On a cluster, every other node the config lists is shaped by its own sections (`network`,
    // `zfs` of its `cluster.nodes` entry, else the file's) and holds the GPUs of its own guests.
    const local = state.localNode;
    const defaultNode = host?.cluster?.defaultNode ?? local;
    for (const def of host?.cluster?.nodes ?? []) {
        if (def.name === local || !state.nodes[def.name])
            continue;
        const own = { ...host, network: def.network ?? host.network, zfs: def.zfs ?? host.zfs };
        const guests = desired.guests.filter((g) => (g.node ?? defaultNode) === def.name);
        state.localNode = def.name;
        try {
            (0,_sim_index_js__WEBPACK_IMPORTED_MODULE_1__.shapeHost)(state, hostShapeOf(own, { ...desired, guests }).shape);
        }
        finally {
            state.localNode = local;
        }
    }
    return { ...shaped, state };
}
/** A fresh simulator state shaped like the host `dir` describes. */
async function hostStateFromConfig(dir, o = {}) {
    const v = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfigDir */ .cz)(dir);
    const problems = [];
    if (!v.host.config)
        problems.push(`no usable phoenix_hypervisor_config.json in ${dir}: the host has no disks or address from it`);
    const hostErrors = v.host.findings.filter((f) => f.severity === 'error').length;
    if (v.host.config && hostErrors > 0)
        problems.push(`phoenix_hypervisor_config.json in ${dir} has ${hostErrors} error(s) (phoenix validate shows them): the host is shaped from the parts that could be read`);
    const built = bareHostState(v.host.config, v.desired, o);
    if (built.otherMainBridge)
        problems.push(`the main bridge is ${built.otherMainBridge}, not vmbr0: vmbr0 keeps the installer's address`);
    return { ...built, problems };
}


/***/ })

};
