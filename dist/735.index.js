export const id = 735;
export const ids = [735];
export const modules = {

/***/ 97735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/diagnostics.ts
var diagnostics = __webpack_require__(47410);
// EXTERNAL MODULE: ./src/config/validate.ts + 6 modules
var validate = __webpack_require__(33238);
// EXTERNAL MODULE: ./src/sim/index.ts + 55 modules
var sim = __webpack_require__(42307);
// EXTERNAL MODULE: ./src/apply/types.ts
var types = __webpack_require__(39053);
;// CONCATENATED MODULE: ./src/sim-seed/estate-host.ts


const GiB = 1024 ** 3;
function estateStorages(desired) {
    const out = new Map();
    const use = (id, content) => out.set(id, new Set([...(out.get(id) ?? []), content]));
    for (const g of desired.guests) {
        use(g.storagePool, g.kind === 'lxc' ? 'rootdir' : 'images');
        for (const m of g.mountPoints)
            if (m.sizeGb !== undefined && !m.source.startsWith('/'))
                use(m.source, 'rootdir');
    }
    return out;
}
/** Creates (replacing) the state file at `path` for `desired`. */
async function prepareSimHost(path, desired, o = {}) {
    const initial = { pveVersion: o.pveVersion ?? '9.1.2' };
    const state = (0,sim.createInitialState)(initial);
    for (const [id, contents] of estateStorages(desired)) {
        if (state.storages[id]) {
            for (const c of ['images', 'rootdir'])
                if (!state.storages[id].content.includes(c))
                    state.storages[id].content.push(c);
            continue;
        }
        const type = o.storageTypes?.[id] ?? 'zfspool';
        state.storages[id] = {
            id,
            type,
            content: [...new Set([...contents, 'images', 'rootdir'])].sort(),
            shared: false,
            options: type === 'zfspool'
                ? { pool: `tank/${id}`, sparse: '1' }
                : type === 'dir'
                    ? { path: `/mnt/${id}` }
                    : {},
            totalBytes: 4096 * GiB,
        };
    }
    const node = state.nodes[state.localNode];
    const bridges = new Set(desired.guests.flatMap((g) => g.networks.map((n) => n.bridge)));
    for (const b of bridges) {
        if (node.network.some((i) => i.iface === b))
            continue;
        node.network.push({
            iface: b,
            type: 'bridge',
            active: 1,
            autostart: 1,
            method: 'manual',
            families: ['inet'],
            bridge_ports: 'none',
        });
    }
    const imageDir = o.imageDir ?? types/* DEFAULT_SETTINGS */.a$.imageDir;
    for (const g of desired.guests) {
        // Container templates named by host path (as the upstream estates do) are files on the host.
        if (g.kind === 'lxc' && g.osTemplate?.startsWith('/') && g.cloneFrom === undefined) {
            node.files[g.osTemplate] = {
                data: Buffer.from(`simulated template ${g.osTemplate}\n`).toString('base64'),
            };
        }
    }
    for (const g of desired.guests) {
        if (g.kind !== 'qemu' || !g.osTemplate || g.cloneFrom !== undefined)
            continue;
        const file = g.osTemplate.startsWith('/') ? g.osTemplate : `${imageDir}/${g.osTemplate}`;
        node.files[file] = { data: Buffer.from(`simulated cloud image ${g.osTemplate}\n`).toString('base64') };
    }
    if (o.latency)
        state.settings.latency = o.latency;
    if (o.agentBootMs !== undefined)
        state.settings.agentBootMs = o.agentBootMs;
    const store = new sim.SimStore(path, { initial });
    await store.update((s) => {
        for (const k of Object.keys(s))
            delete s[k];
        Object.assign(s, state);
    });
}

// EXTERNAL MODULE: ./src/host/open-port.ts + 1 modules
var open_port = __webpack_require__(78969);
// EXTERNAL MODULE: ./src/jobs/apply-job.ts + 12 modules
var apply_job = __webpack_require__(18434);
// EXTERNAL MODULE: ./src/jobs/plan-job.ts + 5 modules
var plan_job = __webpack_require__(96903);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(70893);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/**
 * `phoenix demo [--config-dir DIR] [--state FILE] [--concurrency N]`: the README's `npm start`.
 * Runs the main job end to end against the embedded simulator: validate the estate, prepare a
 * fresh simulated Proxmox host (`.phoenix-sim/demo.json` by default), plan, apply with progress
 * output, then apply again, which must report no changes. Zero latency: a few seconds.
 */










async function runDemo(argv, io) {
    const { values } = (0,args/* parseCommandArgs */.Qx)('demo', argv);
    const dir = (0,args/* stringOpt */.rJ)(values, 'config-dir');
    const statePath = (0,external_node_path_.resolve)(io.cwd, (0,args/* stringOpt */.rJ)(values, 'state'));
    const concurrency = (0,args/* intOpt */.$q)(values, 'concurrency', 1, 64) ?? 4;
    const say = (title) => io.stdout(`\n== ${title}\n`);
    say(`1. validate ${dir}`);
    const v = await (0,validate/* validateConfigDir */.cz)(dir);
    for (const d of v.diagnostics)
        io.stdout((0,diagnostics/* formatDiagnostic */.xy)(d) + '\n');
    io.stdout(`${v.desired.guests.length} guests, ${v.errors} errors, ${v.warnings} warnings\n`);
    if (v.errors > 0)
        return 1;
    say('2. a fresh simulated Proxmox VE host');
    await prepareSimHost(statePath, v.desired, { agentBootMs: 0, latency: { profile: 'zero' } });
    const storages = [...estateStorages(v.desired).keys()].sort().join(', ');
    io.stdout(`state file ${statePath}\nPVE 9.1.2, node pve, storages local, local-lvm, ${storages} (ZFS), bridge vmbr0\n`);
    const env = { PHOENIX_SIM_LATENCY: 'zero' };
    const open = () => (0,open_port/* openHostPort */.c)(`sim:${statePath}`, { env });
    say('3. plan');
    const port = await open();
    const live = await port.readState().finally(() => port.close());
    const p = (0,plan_job/* planAgainst */.JY)(await (0,plan_job/* loadPlanConfig */.Ou)(dir, v), { live });
    io.stdout((0,render_text/* renderText */.S)(p, { color: (0,cli_io/* useColor */.b)(io, values) }));
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
    say(`4. apply (concurrency ${concurrency})`);
    const first = (await (0,apply_job/* applyToHost */.A)(options)).job;
    if (first.exitCode !== 0)
        return first.exitCode;
    say('5. apply again: the host already matches');
    const second = (await (0,apply_job/* applyToHost */.A)(options)).job;
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
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61692);
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
    const selection = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionLines */ .a_)(plan);
    if (selection.length)
        out.push(...selection.map((l) => paint('cyan', l)), '');
    for (const c of plan.changes) {
        if (c.action === 'no-op' && !options.verbose)
            continue;
        const symbol = _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_SYMBOL */ .yo[c.action].trim() || '=';
        out.push(`${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(c))} ${c.name}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAction */ .u7)(c)}`);
        for (const r of c.reasons)
            out.push(paint('dim', `      # ${r}`));
        for (const d of c.diffs) {
            const effect = d.effect === 'live' ? '' : paint('yellow', ` (${d.effect})`);
            const note = d.note ? paint('dim', ` [${d.note}]`) : '';
            if (d.from !== undefined && d.to !== undefined)
                out.push(`      ~ ${d.key}: ${paint('red', d.from)} -> ${paint('green', d.to)}${effect}${note}`);
            else if (d.to !== undefined)
                out.push(`      ${paint('green', '+')} ${d.key}: ${d.to}${effect}${note}`);
            else
                out.push(`      ${paint('red', '-')} ${d.key}: ${d.from}${effect}${note}`);
        }
        if (c.steps.length)
            out.push(paint('dim', `      steps: ${c.steps.map(_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStep */ .Ey).join(' -> ')}`));
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
        out.push(`${paint('cyan', 'kept:')} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(r)} ${r.name}: ${r.reason}`);
    if (plan.unmanaged.length) {
        const list = plan.unmanaged.slice(0, 30).map((u) => `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(u)}${u.name ? ` ${u.name}` : ''}`);
        out.push(`${paint('cyan', 'unmanaged (left alone):')} ${list.join(', ')}${plan.unmanaged.length > 30 ? `, ... (${plan.unmanaged.length})` : ''}`);
    }
    if (plan.hypervisor.length || plan.retained.length || plan.unmanaged.length)
        out.push('');
    const lost = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .dataLossLines */ .Vw)(plan);
    if (lost.length) {
        out.push(paint('red', `Data loss: ${lost.length} volume${lost.length === 1 ? '' : 's'} deleted with ${lost.length === 1 ? 'its' : 'their'} data:`));
        for (const l of lost)
            out.push(`  ${paint('red', '!')} ${l.address} ${l.text}`);
        out.push('');
    }
    for (const w of plan.warnings)
        out.push(`${paint('yellow', 'warning:')} ${w.address ? `${w.address}: ` : ''}${w.message}`);
    for (const e of plan.errors)
        out.push(`${paint('red', 'error:')} ${e.address ? `${e.address}: ` : ''}${e.message}`);
    if (plan.warnings.length || plan.errors.length)
        out.push('');
    const head = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)((0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .countPlan */ .RF)(plan));
    out.push(plan.errored
        ? paint('red', `Planning failed: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. ${head}`)
        : paint('bold', head));
    out.push(paint('dim', `Plan hash ${plan.hash}`));
    return out.join('\n') + '\n';
}


/***/ })

};
