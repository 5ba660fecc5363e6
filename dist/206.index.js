export const id = 206;
export const ids = [206,537];
export const modules = {

/***/ 20206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_diagnostics_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(47410);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
/* harmony import */ var _sim_seed_host_from_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5537);
/* harmony import */ var _sim_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13037);
/* harmony import */ var _hypervisor_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12265);
/* harmony import */ var _jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59311);
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78969);
/* harmony import */ var _jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60089);
/* harmony import */ var _jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15671);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70893);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77593);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(71604);
/**
 * `phoenix demo [--config-dir DIR] [--state FILE] [--concurrency N]`: the README's `npm start`.
 * Runs the operator's whole journey against the embedded simulator: validate the estate, make a
 * bare simulated Proxmox host shaped like the machine the config describes (`sim init
 * --from-config`; `.phoenix-sim/demo.json` by default), run setup-hypervisor on it, plan, apply
 * with progress output, then apply again, which must report no changes. Nothing is planted on the
 * host: storages, images, profiles and device nodes are there because setup made them. Zero
 * latency: a few seconds.
 */













async function runDemo(argv, io) {
    const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .parseCommandArgs */ .Qx)('demo', argv);
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .stringOpt */ .rJ)(values, 'config-dir');
    const statePath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .stringOpt */ .rJ)(values, 'state'));
    const concurrency = (0,_args_js__WEBPACK_IMPORTED_MODULE_10__/* .intOpt */ .$q)(values, 'concurrency', 1, 64) ?? 4;
    const say = (title) => io.stdout(`\n== ${title}\n`);
    say(`1. validate ${dir}`);
    const v = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfigDir */ .cz)(dir);
    for (const d of v.diagnostics)
        io.stdout((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_11__/* .formatDiagnostic */ .xy)(d) + '\n');
    io.stdout(`${v.desired.guests.length} guests, ${v.errors} errors, ${v.warnings} warnings\n`);
    if (v.errors > 0)
        return 1;
    say('2. a bare simulated Proxmox VE host, shaped like the machine the config describes');
    const built = (0,_sim_seed_host_from_config_js__WEBPACK_IMPORTED_MODULE_2__/* .bareHostState */ .i)(v.host.config, v.desired, { pveVersion: '9.1.2' });
    const bare = built.state;
    bare.settings.latency = { profile: 'zero' };
    bare.settings.agentBootMs = 0;
    await new _sim_index_js__WEBPACK_IMPORTED_MODULE_3__.SimStore(statePath).update((s) => {
        for (const k of Object.keys(s))
            delete s[k];
        Object.assign(s, bare);
    });
    const { shape } = built;
    io.stdout(`state file ${statePath}\nPVE 9.1.2, node ${bare.localNode}, vmbr0 ${shape.address ?? '(installer address)'}, ` +
        `${shape.disks.length} blank disk(s), ${shape.gpus} GPU(s); no storages, templates or images yet\n`);
    const env = { PHOENIX_SIM_LATENCY: 'zero' };
    say('3. setup-hypervisor');
    const setup = await (0,_jobs_setup_job_js__WEBPACK_IMPORTED_MODULE_5__/* .runSetupJob */ .ej)({
        configDir: dir,
        target: `sim:${statePath}`,
        dryRun: false,
        env: { ...io.env, ...env },
        cwd: io.cwd,
    });
    for (const d of setup.diagnostics)
        io.stdout((0,_config_diagnostics_js__WEBPACK_IMPORTED_MODULE_11__/* .formatDiagnostic */ .xy)(d) + '\n');
    if (setup.report)
        io.stdout((0,_hypervisor_render_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSetupText */ .NG)(setup.report));
    if (setup.exitCode !== 0)
        return setup.exitCode;
    const open = () => (0,_host_open_port_js__WEBPACK_IMPORTED_MODULE_6__/* .openHostPort */ .c)(`sim:${statePath}`, { env });
    say('4. plan');
    const port = await open();
    const live = await port.readState().finally(() => port.close());
    const p = (0,_jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_8__/* .planAgainst */ .JY)(await (0,_jobs_plan_job_js__WEBPACK_IMPORTED_MODULE_8__/* .loadPlanConfig */ .Ou)(dir, v), { live });
    io.stdout((0,_render_text_js__WEBPACK_IMPORTED_MODULE_9__/* .renderText */ .S)(p, { color: (0,_io_js__WEBPACK_IMPORTED_MODULE_12__/* .useColor */ .b)(io, values) }));
    if (p.errored)
        return 1;
    const options = {
        open,
        configDir: dir,
        lockTimeoutMs: 60_000,
        settings: { concurrency, healthIntervalScale: 0, agentPollMs: 10 },
        out: io.stdout,
        err: io.stderr,
    };
    say(`5. apply (concurrency ${concurrency})`);
    const first = (await (0,_jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_7__/* .applyToHost */ .A)(options)).job;
    if (first.exitCode !== 0)
        return first.exitCode;
    say('6. apply again: the host already matches');
    const second = (await (0,_jobs_apply_job_js__WEBPACK_IMPORTED_MODULE_7__/* .applyToHost */ .A)(options)).job;
    if (second.status !== 'no-changes') {
        io.stderr(`the second apply should have found nothing to do, but it ended with '${second.status}'\n`);
        return 1;
    }
    io.stdout(`\nDone. The simulated host stays in ${statePath}; look at it with\n` +
        `  npx phoenix state --target sim:${statePath}\n` +
        `  npx phoenix plan --config-dir ${dir} --target sim:${statePath}\n`);
    return 0;
}


/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ useColor)
/* harmony export */ });
/* harmony import */ var _util_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96618);
/** What a CLI command gets from the process (streams, environment, working directory) and returns. */

/** Colour for this run: a terminal, no `NO_COLOR`, no `--no-color` (see colorEnabled). */
function useColor(io, values) {
    return (0,_util_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .colorEnabled */ .Xp)({ isTTY: io.isTTY, env: io.env, noColorFlag: values['no-color'] === true });
}


/***/ }),

/***/ 70893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38019);
/* harmony import */ var _create_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12478);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13047);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45097);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61692);
/**
 * The plan for a terminal: one block per changed guest with its field diffs and steps, the order
 * in layers, what is left alone, and the headline last (as Terraform prints it). ANSI colour only
 * when asked (the CLI asks when stdout is a TTY).
 */





const CODES = { green: 32, yellow: 33, red: 31, cyan: 36, dim: 2, bold: 1 };
/** The plan for a terminal, secrets written inline in commands masked. */
function renderText(plan, options = {}) {
    return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskInlineSecrets */ .N8)(renderTextUnmasked(plan, options));
}
function renderTextUnmasked(plan, options) {
    const paint = (c, s) => (options.color ? `\x1b[${CODES[c]}m${s}\x1b[0m` : s);
    const actionColour = (c) => c.action === 'create' || c.action === 'clone'
        ? 'green'
        : c.action === 'update'
            ? 'yellow'
            : c.action === 'no-op'
                ? 'dim'
                : 'red';
    const out = [];
    const where = plan.meta.target
        ? ` (${plan.meta.target}${plan.meta.readAt ? `, read ${plan.meta.readAt}` : ''})`
        : '';
    out.push(plan.basis === 'config-diff'
        ? paint('yellow', 'Note: no recorded host state; planned against the base config, not the host.')
        : paint('dim', `Planned against the live state${where}.`), '');
    const selection = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .selectionLines */ .a_)(plan);
    if (selection.length)
        out.push(...selection.map((l) => paint('cyan', l)), '');
    const nodes = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .showsNodes */ .i)(plan);
    for (const c of plan.changes) {
        if (c.action === 'no-op' && !options.verbose)
            continue;
        const symbol = _summary_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTION_SYMBOL */ .yo[c.action].trim() || '=';
        out.push(`${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .label */ .Pf)(c))} ${c.name}${(0,_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .onNode */ .W)(c, nodes)}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAction */ .u7)(c)}`);
        for (const r of c.reasons)
            out.push(paint('dim', `      # ${r}`));
        if ((0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isNewGuest */ .hv)(c)) {
            const src = (0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .cloneSourceLabel */ .bU)(c);
            if (src)
                out.push(paint('dim', `      settings ('=' kept from clone source ${src}, '-' dropped from it):`));
            for (const s of (0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .resultingSettings */ .Nw)(c, plan.cloneSources)) {
                const mark = s.origin === 'own' ? paint('green', '+') : s.origin === 'source' ? '=' : paint('red', '-');
                out.push(`      ${mark} ${s.key}: ${s.origin === 'dropped' ? paint('red', s.value) : s.value}`);
            }
        }
        for (const d of (0,_create_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .isNewGuest */ .hv)(c) ? [] : c.diffs) {
            const effect = d.effect === 'live' ? '' : paint('yellow', ` (${d.effect})`);
            const drift = (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftTag */ .sJ)(d);
            const note = (d.note ? paint('dim', ` [${d.note}]`) : '') + (drift ? paint('cyan', ` [${drift}]`) : '');
            if (d.from !== undefined && d.to !== undefined)
                out.push(`      ~ ${d.key}: ${paint('red', d.from)} -> ${paint('green', d.to)}${effect}${note}`);
            else if (d.to !== undefined)
                out.push(`      ${paint('green', '+')} ${d.key}: ${d.to}${effect}${note}`);
            else
                out.push(`      ${paint('red', '-')} ${d.key}: ${d.from}${effect}${note}`);
        }
        if (c.steps.length)
            out.push(paint('dim', `      steps: ${c.steps.map(_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .describeStep */ .Ey).join(' -> ')}`));
        out.push('');
    }
    if (plan.layers.length) {
        out.push(paint('bold', 'Order') + ' (guests on one line can run in parallel):');
        plan.layers.forEach((layer, i) => {
            const shown = layer.slice(0, 20).join(', ');
            out.push(`  ${String(i + 1).padStart(2)}: ${shown}${layer.length > 20 ? `, ... (${layer.length} in all)` : ''}`);
        });
        out.push('');
    }
    for (const h of plan.hypervisor)
        out.push(`${paint('yellow', 'host:')} ${h.message} (used by ${h.usedBy.join(', ')})`);
    for (const r of plan.retained)
        out.push(`${paint('cyan', 'kept:')} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .label */ .Pf)(r)} ${r.name}: ${r.reason}`);
    if (plan.unmanaged.length) {
        const list = plan.unmanaged.slice(0, 30).map((u) => `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .label */ .Pf)(u)}${u.name ? ` ${u.name}` : ''}`);
        out.push(`${paint('cyan', 'unmanaged (left alone):')} ${list.join(', ')}${plan.unmanaged.length > 30 ? `, ... (${plan.unmanaged.length})` : ''}`);
    }
    if (plan.hypervisor.length || plan.retained.length || plan.unmanaged.length)
        out.push('');
    const lost = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .dataLossLines */ .Vw)(plan);
    if (lost.length) {
        out.push(paint('red', `Data loss: ${lost.length} volume${lost.length === 1 ? '' : 's'} destroyed with ${lost.length === 1 ? 'its' : 'their'} data:`));
        for (const l of lost)
            out.push(`  ${paint('red', '!')} ${l.address} ${l.text}`);
        out.push('');
    }
    const drifted = (0,_drift_js__WEBPACK_IMPORTED_MODULE_2__/* .driftLines */ .$m)(plan);
    if (drifted.length) {
        out.push(paint('cyan', `Changed outside Phoenix (drift): ${drifted.length} setting${drifted.length === 1 ? '' : 's'}; apply sets ${drifted.length === 1 ? 'it' : 'them'} back to the config:`));
        for (const l of drifted)
            out.push(`  ${paint('cyan', '~')} ${l.address} ${l.text}`);
        out.push('');
    }
    for (const w of plan.warnings)
        out.push(`${paint('yellow', 'warning:')} ${w.address ? `${w.address}: ` : ''}${w.message}`);
    for (const e of plan.errors)
        out.push(`${paint('red', 'error:')} ${e.address ? `${e.address}: ` : ''}${e.message}`);
    if (plan.warnings.length || plan.errors.length)
        out.push('');
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .headline */ .Pl)((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .countPlan */ .RF)(plan));
    out.push(plan.errored
        ? paint('red', `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`)
        : paint('bold', head));
    out.push(paint('dim', `Plan hash ${plan.hash}`));
    return out.join('\n') + '\n';
}


/***/ }),

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
