export const id = 735;
export const ids = [735,537];
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
// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/sim/index.ts + 61 modules
var sim = __webpack_require__(86330);
// EXTERNAL MODULE: ./src/model/host-config/image-volume.ts
var image_volume = __webpack_require__(41259);
// EXTERNAL MODULE: ./src/model/host-config/guest-needs.ts
var guest_needs = __webpack_require__(79833);
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
    const state = o.base ?? (0,sim.createInitialState)(initial);
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
    for (const g of desired.guests) {
        // Container templates named by host path (as the upstream estates do) are files on the host.
        if (g.kind === 'lxc' && g.osTemplate?.startsWith('/') && g.cloneFrom === undefined) {
            node.files[g.osTemplate] = {
                data: Buffer.from(`simulated template ${g.osTemplate}\n`).toString('base64'),
            };
        }
    }
    // The folders holding the containers' bind-mount sources: a ZFS dataset's mount point made by
    // setup-hypervisor, or the operator's own. Apply makes only the last folder of a source.
    const dirs = ((0,sim.hostSetupOf)(node).dirs ??= []);
    for (const g of desired.guests) {
        for (const m of g.kind === 'lxc' ? g.mountPoints : []) {
            if (!m.source.startsWith('/') || m.source.startsWith('/dev/'))
                continue;
            const parent = m.source.replace(/\/+$/, '').replace(/\/[^/]+$/, '');
            if (parent && !dirs.includes(parent))
                dirs.push(parent);
        }
    }
    // AppArmor profiles the containers name, installed and loaded as setup-hypervisor leaves them.
    for (const g of desired.guests) {
        const p = g.apparmorProfile;
        if (g.kind !== 'lxc' || !p || guest_needs/* BUILTIN_PROFILES */.PE.has(p))
            continue;
        node.files[`/etc/apparmor.d/lxc/${p}`] = {
            data: Buffer.from(`profile ${p} flags=(attach_disconnected,mediate_deleted) {\n}\n`).toString('base64'),
        };
        const loaded = (0,sim.hostSetupOf)(node).apparmorLoaded;
        if (!loaded.includes(p))
            loaded.push(p);
    }
    // The guest agent's vendor data for VMs made from cloud images, as setup-hypervisor writes it.
    if (desired.guests.some((g) => g.kind === 'qemu' && g.cloneFrom === undefined)) {
        const local = state.storages[image_volume/* AGENT_SNIPPET */.oZ.storage];
        if (local && !local.content.includes('snippets'))
            local.content.push('snippets');
        node.files[image_volume/* AGENT_SNIPPET */.oZ.path] = { data: Buffer.from(image_volume/* AGENT_SNIPPET */.oZ.text).toString('base64') };
    }
    // VM cloud images as setup-hypervisor's download leaves them: a volume of `import` content,
    // named as apply imports it (image-volume.ts); an absolute template_image stays a host file.
    for (const g of desired.guests) {
        if (g.kind !== 'qemu' || !g.osTemplate || g.cloneFrom !== undefined)
            continue;
        const source = (0,image_volume/* imageVolume */.CK)(g.osTemplate, desired.hypervisor);
        if (source.startsWith('/')) {
            node.files[source] = { data: Buffer.from(`simulated cloud image ${source}\n`).toString('base64') };
            continue;
        }
        const [storage, volname] = [source.slice(0, source.indexOf(':')), source.slice(source.indexOf(':') + 1)];
        const st = state.storages[storage];
        if (!st || state.volumes.some((v) => v.storage === storage && v.volname === volname))
            continue;
        state.volumes.push({
            storage,
            node: st.shared ? '' : node.name,
            volname,
            content: 'import',
            format: volname.split('.').pop() ?? 'qcow2',
            sizeBytes: 600 * 1024 ** 2,
            ctime: 0,
        });
    }
    // GPU guests: the driver loaded and its device nodes made at boot, as setup-hypervisor leaves it.
    const gpus = desired.guests.flatMap((g) => g.gpus);
    if (gpus.length > 0) {
        const nv = (0,sim.hostSetupOf)(node).nvidia;
        nv.installed = nv.loaded = desired.nvidia.driverVersion ?? '580.95.05';
        nv.gpus = Math.max(nv.gpus, ...gpus.map((i) => i + 1));
        nv.uvmNodes = true;
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

// EXTERNAL MODULE: ./src/sim-seed/host-from-config.ts
var host_from_config = __webpack_require__(5537);
// EXTERNAL MODULE: ./src/host/open-port.ts + 1 modules
var open_port = __webpack_require__(78969);
// EXTERNAL MODULE: ./src/jobs/apply-job.ts + 12 modules
var apply_job = __webpack_require__(18434);
// EXTERNAL MODULE: ./src/jobs/plan-job.ts
var plan_job = __webpack_require__(15671);
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
    // The machine as the config describes it (disks, vmbr0, GPUs), with the estate's storages on it.
    const base = (0,host_from_config/* bareHostState */.i)(v.host.config, v.desired, { pveVersion: '9.1.2' }).state;
    await prepareSimHost(statePath, v.desired, { agentBootMs: 0, latency: { profile: 'zero' }, base });
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

/***/ 24542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ escapeTableCell),
/* harmony export */   k: () => (/* binding */ escapeCell)
/* harmony export */ });
/**
 * The one Markdown text escaper: text made safe inside a table cell or a summary line (no raw
 * HTML, no `|` that ends the cell, no line break that ends the row). Pure.
 */
const CELL_SPECIALS = /[&<>|\r\n]/;
function escapeCell(text, options = {}) {
    const s = options.trim ? text.trim() : text;
    if (!CELL_SPECIALS.test(s))
        return s;
    const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
    return options.lineBreak === '<br>'
        ? escaped.replace(/\r?\n|\r/g, '<br>')
        : escaped.replace(/[\r\n]+/g, ' ');
}
/** A job-summary table cell: trimmed, each line break kept as `<br>`. */
function escapeTableCell(text) {
    return escapeCell(text, { lineBreak: '<br>', trim: true });
}


/***/ }),

/***/ 12478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ resultingSettings),
/* harmony export */   bU: () => (/* binding */ cloneSourceLabel),
/* harmony export */   hv: () => (/* binding */ isNewGuest)
/* harmony export */ });
/* harmony import */ var _plan_config_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97025);
/* harmony import */ var _plan_clone_base_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35386);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61692);
/**
 * The settings a new guest ends with, for every renderer: a create lists its config; a clone lists
 * its own settings, the ones it keeps from its clone source (marked as such), and the source's
 * settings it drops. No restart marks: nothing is running yet. Pure.
 */



/** Keys written by Phoenix itself (tag, done-record), not settings the reader chose. */
const BOOKKEEPING = new Set(['description', 'tags']);
/** Whether `c` makes a new guest that did not exist (create or clone; not a rebuild). */
function isNewGuest(c) {
    return c.action === 'create' || c.action === 'clone';
}
/** `CT 902 @ ready`: the clone source, for "kept from ..." marks; undefined for a create. */
function cloneSourceLabel(c) {
    const s = c.steps.find((x) => x.op === 'clone');
    if (s?.op !== 'clone')
        return undefined;
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .label */ .Pf)({ kind: c.kind, id: s.source });
}
/** Settings in key order; raw `lxc.*` lines last (as `lxc` keys). */
function resultingSettings(c, sources) {
    const create = c.steps.find((s) => s.op === 'create');
    if (create?.op === 'create') {
        const out = Object.entries(create.config)
            .filter(([k]) => !BOOKKEEPING.has(k))
            .map(([k, v]) => ({ key: k, value: (0,_plan_config_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .displayValue */ .KN)(c.kind, k, v), origin: 'own' }));
        for (const l of create.lxcRaw)
            out.push({ key: 'lxc', value: l, origin: 'own' });
        return out;
    }
    const out = [];
    for (const d of c.diffs) {
        if (BOOKKEEPING.has(d.key))
            continue;
        if (d.to !== undefined)
            out.push({ key: d.key, value: d.to, origin: 'own' });
        else if (d.from !== undefined)
            out.push({ key: d.key, value: d.from, origin: 'dropped' });
    }
    const clone = c.steps.find((s) => s.op === 'clone');
    const base = clone?.op === 'clone' ? sources?.[(0,_plan_clone_base_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceConfigKey */ .JM)(clone.source, clone.storage)] : undefined;
    const own = new Set(c.diffs.map((d) => d.key));
    for (const [k, v] of Object.entries(base ?? {}))
        if (!own.has(k) && !BOOKKEEPING.has(k))
            out.push({ key: k, value: v, origin: 'source' });
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}


/***/ }),

/***/ 13047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ driftLines),
/* harmony export */   sJ: () => (/* binding */ driftTag),
/* harmony export */   tX: () => (/* binding */ driftSection)
/* harmony export */ });
/* harmony import */ var _plan_last_applied_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20895);
/* harmony import */ var _cell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24542);
/**
 * Settings changed outside Phoenix (drift, plan/last-applied.ts), as every renderer lists them
 * in a section of their own: plan text, PR comment, drift issue, JSON summary.
 */


/** The marker a drifted field diff carries in the plan text and the PR comment. */
function driftTag(d) {
    if (d.origin === 'outside')
        return 'changed outside Phoenix';
    if (d.origin === 'both')
        return 'changed outside Phoenix and in the config';
    return undefined;
}
function driftLines(plan) {
    const out = [];
    for (const c of plan.changes) {
        for (const d of c.diffs) {
            if (!(0,_plan_last_applied_js__WEBPACK_IMPORTED_MODULE_0__/* .isDriftDiff */ .N7)(d))
                continue;
            const host = d.from === undefined ? 'unset on the host' : `${d.from} on the host`;
            const want = d.to === undefined ? 'unset' : d.to;
            const says = d.origin === 'both' ? `the config now says ${want}` : `the config says ${want}`;
            out.push({ address: c.address, text: `${d.key}: ${host}, ${says}` });
        }
    }
    return out;
}
/** The PR comment's (and drift issue's) section of settings changed outside Phoenix; empty when none. */
function driftSection(plan, max = 40) {
    const drifted = driftLines(plan);
    if (!drifted.length)
        return [];
    const n = drifted.length;
    const them = n === 1 ? 'it' : 'them';
    return [
        '### Changed outside Phoenix (drift)',
        '',
        `${n} setting${n === 1 ? ' was' : 's were'} changed on the host, not in the config; apply sets ${them} back (or change the config to keep ${them}):`,
        '',
        ...drifted.slice(0, max).map((l) => `- \`${l.address}\` ${(0,_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .k)(l.text)}`),
        ...(n > max ? [`- ... and ${n - max} more`] : []),
        '',
    ];
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
    for (const c of plan.changes) {
        if (c.action === 'no-op' && !options.verbose)
            continue;
        const symbol = _summary_js__WEBPACK_IMPORTED_MODULE_3__/* .ACTION_SYMBOL */ .yo[c.action].trim() || '=';
        out.push(`${paint(actionColour(c), symbol.padStart(3))} ${paint('bold', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .label */ .Pf)(c))} ${c.name}: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAction */ .u7)(c)}`);
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
/* harmony import */ var _sim_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86330);
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
