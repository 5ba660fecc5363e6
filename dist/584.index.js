export const id = 584;
export const ids = [584];
export const modules = {

/***/ 55584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAdopt: () => (/* binding */ runAdopt)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/config/add-entry.ts
/**
 * Adds one guest entry to a config file's text (`phoenix adopt --write`) as a single insertion
 * (jsonc-parser's tree locates it, `applyEdits` applies it): the rest of the file (its formatting,
 * key order, comments) stays byte for byte. jsonc-parser's `modify` with formatting re-formats
 * the neighbouring elements too, so the inserted text is laid out here, in the file's own
 * indentation. Pure.
 */


/** The file's indentation unit (the first indented line's leading whitespace), two spaces when none. */
function indentUnit(text) {
    return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}
/** Leading whitespace of the line holding `offset`. */
function lineIndent(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start))[0];
}
/** `value` (and `key`) as the last member of `container`, indented like its siblings. */
function appendMember(text, container, value, key) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const unit = indentUnit(text);
    const children = container.children ?? [];
    const last = children.at(-1);
    const indent = last ? lineIndent(text, last.offset) : lineIndent(text, container.offset) + unit;
    const body = JSON.stringify(value, null, unit)
        .split('\n')
        .map((l, i) => (i === 0 ? l : indent + l))
        .join(eol);
    const member = `${indent}${key === undefined ? '' : `${JSON.stringify(key)}: `}${body}`;
    const edit = last
        ? { offset: last.offset + last.length, length: 0, content: `,${eol}${member}` }
        : {
            offset: container.offset + 1,
            length: container.length - 2,
            content: `${eol}${member}${eol}${lineIndent(text, container.offset)}`,
        };
    return (0,main.applyEdits)(text, [edit]);
}
/**
 * `text` with `entry` added: under `lxc_configs.KEY` (containers) or at the end of `vms` (VMs).
 * Refuses when the file already has a guest with that id, or lacks the list to add it to.
 */
function addGuestEntry(text, kind, key, entry, file) {
    const root = (0,main.parseTree)(text);
    const field = kind === 'lxc' ? 'lxc_configs' : 'vms';
    const container = root ? (0,main.findNodeAtLocation)(root, [field]) : undefined;
    if (!container || container.type !== (kind === 'lxc' ? 'object' : 'array'))
        throw new errors/* UserError */.y(`${file} has no '${field}' ${kind === 'lxc' ? 'object' : 'list'} to add the entry to`, 1);
    if (kind === 'lxc') {
        if ((0,main.findNodeAtLocation)(container, [key]))
            throw new errors/* UserError */.y(`${file} already has lxc_configs.${key}`, 1);
        return appendMember(text, container, entry, key);
    }
    for (const vm of container.children ?? []) {
        const id = (0,main.findNodeAtLocation)(vm, ['vmid']);
        if (id && String(id.value) === key)
            throw new errors/* UserError */.y(`${file} already has a VM with vmid ${key}`, 1);
    }
    return appendMember(text, container, entry);
}

// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/model/resolve.ts + 1 modules
var resolve = __webpack_require__(89908);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/plan/desired-config.ts
var desired_config = __webpack_require__(79164);
// EXTERNAL MODULE: ./src/plan/config-diff.ts
var config_diff = __webpack_require__(97025);
;// CONCATENATED MODULE: ./src/plan/adopt-entry.ts


const adopt_entry_int = (v) => v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
function startup(value, out) {
    if (!value)
        return;
    const s = (0,config_diff/* parsePropertyString */.uI)(value, 'order');
    if (adopt_entry_int(s.get('order')) !== undefined)
        out.boot_order = adopt_entry_int(s.get('order'));
    if (adopt_entry_int(s.get('up')) !== undefined)
        out.boot_delay = adopt_entry_int(s.get('up'));
}
function nameservers(value) {
    const list = (value ?? '').split(/\s+/).filter(Boolean);
    return list.length ? list : undefined;
}
function bridgeOf(net) {
    const bridge = net.get('bridge');
    const tag = net.get('tag');
    return bridge && tag ? `${bridge}.${tag}` : bridge;
}
/** An OS template on the host for the container's OS type (only used if it is ever rebuilt). */
function templateFor(live, templates) {
    const os = live.config.ostype;
    const vz = templates.filter((t) => t.includes(':vztmpl/'));
    return (os ? vz.find((t) => t.split(':vztmpl/')[1].startsWith(os)) : undefined) ?? vz[0];
}
function lxcEntry(live, templates) {
    const c = live.config;
    const e = {};
    const notes = [];
    e.name = c.hostname ?? `ct${live.id}`;
    const template = templateFor(live, templates);
    if (template) {
        e.template = template;
        notes.push(`template: the host does not record what CT ${live.id} was made from; ${template} is a guess, used only if it is ever rebuilt`);
    }
    else
        notes.push('template: none on the host; name the one the guest was made from');
    if (adopt_entry_int(c.memory) !== undefined)
        e.memory_mb = adopt_entry_int(c.memory);
    if (adopt_entry_int(c.cores) !== undefined)
        e.cores = adopt_entry_int(c.cores);
    if (adopt_entry_int(c.swap) !== undefined)
        e.swap_mb = adopt_entry_int(c.swap);
    if (c.rootfs) {
        const root = (0,config_diff/* parseVolume */.wM)(c.rootfs);
        if (root.storage)
            e.storage_pool = root.storage;
        if (root.sizeGiB !== undefined)
            e.storage_size_gb = Math.ceil(root.sizeGiB);
    }
    e.unprivileged = c.unprivileged === '1';
    if (c.onboot === '1')
        e.start_at_boot = true;
    startup(c.startup, e);
    if (c.protection === '1')
        e.protection = true;
    if (c.features)
        e.pct_options = c.features.split(',').filter(Boolean).sort();
    for (const [i, field] of [
        [0, 'network_config'],
        [1, 'secondary_network_config'],
    ]) {
        const v = c[`net${i}`];
        if (!v)
            continue;
        const n = (0,config_diff/* parsePropertyString */.uI)(v, 'name');
        const net = {};
        for (const k of ['name', 'bridge', 'ip', 'gw']) {
            const val = k === 'bridge' ? bridgeOf(n) : n.get(k);
            if (val)
                net[k] = val;
        }
        if (n.get('firewall') === '1')
            net.firewall = true;
        if (i === 0) {
            const ns = nameservers(c.nameserver);
            if (ns)
                net.nameservers = ns.join(' ');
            if (n.get('hwaddr'))
                e.mac_address = n.get('hwaddr').toUpperCase();
        }
        else if (n.get('hwaddr'))
            net.hwaddr = n.get('hwaddr').toUpperCase();
        e[field] = net;
    }
    const volumes = [];
    const binds = [];
    for (const key of Object.keys(c).filter((k) => /^mp\d+$/.test(k))) {
        const v = (0,config_diff/* parseVolume */.wM)(c[key]);
        const path = v.opts.get('mp');
        if (!path)
            continue;
        if (v.hostPath !== undefined) {
            binds.push({
                host_path: v.hostPath,
                container_path: path,
                ...(v.opts.get('ro') === '1' ? { read_only: true } : {}),
            });
        }
        else {
            volumes.push({
                mount_point: path,
                size_gb: Math.ceil(v.sizeGiB ?? 0),
                ...(v.storage && v.storage !== e.storage_pool ? { pool: v.storage } : {}),
            });
            if (v.opts.get('backup') !== '1')
                notes.push(`${key}: Phoenix sets backup=1 on volumes (so vzdump and snapshots include them); the plan will show it`);
        }
    }
    if (binds.length)
        e.mount_points = binds;
    if (volumes.length)
        e.volumes = volumes;
    const raw = (0,desired_config/* liveLxcLines */.DU)(c);
    if (raw.length)
        e.lxc_options = raw;
    if (Object.keys(c).some((k) => /^dev\d+$/.test(k)))
        notes.push('devN: device passthrough is not derived; set gpu_assignment for GPUs');
    notes.push('features, application_script, health_check, firewall: not read from the host; add them if the guest needs them');
    return { key: String(live.id), entry: e, notes };
}
function vmEntry(live) {
    const c = live.config;
    const e = { vmid: live.id, name: c.name ?? `vm${live.id}` };
    const notes = [
        `template_image: the host does not record what VM ${live.id} was made from; name its cloud image (used only if it is ever rebuilt)`,
    ];
    if (adopt_entry_int(c.memory) !== undefined)
        e.memory_mb = adopt_entry_int(c.memory);
    if (adopt_entry_int(c.cores) !== undefined)
        e.cores = adopt_entry_int(c.cores);
    if (c.scsi0) {
        const disk = (0,config_diff/* parseVolume */.wM)(c.scsi0);
        if (disk.storage)
            e.storage_pool = disk.storage;
        if (disk.sizeGiB !== undefined)
            e.disk_size_gb = Math.ceil(disk.sizeGiB);
    }
    if (c.onboot === '1')
        e.start_at_boot = true;
    startup(c.startup, e);
    if (c.protection === '1')
        e.protection = true;
    const net = {};
    if (c.net0) {
        const n = (0,config_diff/* parsePropertyString */.uI)(c.net0, 'model');
        const bridge = bridgeOf(n);
        if (bridge)
            net.bridge = bridge;
        for (const model of ['virtio', 'e1000', 'rtl8139', 'vmxnet3'])
            if (n.get(model))
                e.mac_address = n.get(model).toUpperCase();
        if (n.get('firewall') === '1')
            net.firewall = true;
    }
    if (c.ipconfig0) {
        const ip = (0,config_diff/* parsePropertyString */.uI)(c.ipconfig0, 'ip');
        if (ip.get('ip'))
            net.ip = ip.get('ip');
        if (ip.get('gw'))
            net.gw = ip.get('gw');
    }
    const ns = nameservers(c.nameserver);
    if (ns)
        net.nameservers = ns;
    if (Object.keys(net).length)
        e.network_config = net;
    if (c.ciuser)
        e.user_config = { username: c.ciuser };
    if (c.sshkeys)
        notes.push('user_config.ssh_public_key: the keys on the host are not copied; add them');
    notes.push('features, application_script, health_check, firewall: not read from the host; add them if the guest needs them');
    return { key: String(live.id), entry: e, notes };
}
function adoptEntry(live, templates) {
    return live.kind === 'lxc' ? lxcEntry(live, templates) : vmEntry(live);
}

// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(71432);
// EXTERNAL MODULE: ./src/plan/planner.ts + 8 modules
var planner = __webpack_require__(15784);
// EXTERNAL MODULE: ./src/plan/script-hashes.ts
var script_hashes = __webpack_require__(77481);
// EXTERNAL MODULE: ./src/plan/types.ts
var plan_types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(61692);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/confirm.ts
var cli_confirm = __webpack_require__(8498);
// EXTERNAL MODULE: ./src/cli/target-options.ts
var target_options = __webpack_require__(2654);
;// CONCATENATED MODULE: ./src/cli/commands/adopt.ts
/**
 * `phoenix adopt ADDR [--config-dir DIR] --target URL [--write] [--yes]` (ADOPT_SPEC): brings a
 * guest Phoenix does not manage under the config. Reads the host (the one state read), derives the
 * guest's config entry from its live config (plan/adopt-entry.ts), shows what the next plan would
 * change for it once adopted (planned with the entry in the config and the guest tagged) and
 * prints the entry. With `--write`, after confirmation (confirm.ts), adds the entry to the config
 * file, the rest of the file unchanged (config/add-entry.ts), and tags the guest `phoenix`.
 */
















function parseAddress(positionals) {
    if (positionals.length !== 1)
        throw new errors/* UserError */.y('adopt takes one guest address, ct/ID or vm/ID (e.g. phoenix adopt ct/955)', 2);
    const m = /^(ct|vm)\/(\d+)$/.exec(positionals[0]);
    if (!m)
        throw new errors/* UserError */.y(`adopt: '${positionals[0]}' is not a guest address (ct/ID or vm/ID)`, 2);
    return { kind: m[1] === 'ct' ? 'lxc' : 'qemu', id: Number(m[2]) };
}
/** What the plan would do to the adopted guest, as the plan text shows a guest. */
function previewLines(c) {
    if (!c || c.action === 'no-op')
        return ['Once adopted, the next plan changes nothing on it.'];
    const verb = c.action === 'update' ? 'update it in place' : c.action === 'replace' ? 'rebuild it' : `${c.action} it`;
    const out = [`Once adopted, the next plan would ${verb}:`];
    for (const r of c.reasons)
        out.push(`  # ${r}`);
    for (const d of c.diffs)
        out.push(d.from !== undefined && d.to !== undefined
            ? `  ~ ${d.key}: ${d.from} -> ${d.to}${d.note ? ` [${d.note}]` : ''}`
            : d.to !== undefined
                ? `  + ${d.key}: ${d.to}`
                : `  - ${d.key}: ${d.from}`);
    if (c.steps.length)
        out.push(`  steps: ${c.steps.map(summary/* describeStep */.Ey).join(' -> ')}`);
    return out;
}
async function runAdopt(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Qx)('adopt', argv);
    const { kind, id } = parseAddress(positionals);
    const address = (0,plan_types/* guestAddress */.fD)(kind, id);
    (0,target_options/* requireTarget */.Fm)('adopt', values);
    const dir = (0,args/* stringOpt */.rJ)(values, 'config-dir');
    const validation = await (0,validate/* validateConfigDir */.cz)(dir);
    if (validation.errors > 0)
        throw new errors/* UserError */.y(`${dir}: the config is invalid (${validation.errors} error(s)); run phoenix validate`, 1);
    const inConfig = validation.desired.guests.find((g) => g.id === id);
    if (inConfig) {
        io.stderr(`${address}: id ${id} is in the config already (${inConfig.name}); nothing to adopt.\n`);
        return 1;
    }
    const port = await (0,target_options/* openHost */.Zb)('adopt', values, io);
    try {
        const live = await port.readState();
        const guest = live.guests.find((g) => g.id === id);
        if (!guest || guest.kind !== kind) {
            io.stderr(`${address}: no such guest on ${port.description}.\n`);
            return 1;
        }
        if ((0,markers/* isManaged */.yF)(guest)) {
            io.stderr(`${address} already carries the 'phoenix' tag; add its entry to the config by hand.\n`);
            return 1;
        }
        const { key, entry, notes } = adoptEntry(guest, live.templates);
        const file = kind === 'lxc' ? types/* CONFIG_FILES */.n.lxc : types/* CONFIG_FILES */.n.vm;
        const path = (0,external_node_path_.join)(dir, file);
        const text = await (0,promises_.readFile)(path, 'utf8').catch(() => {
            throw new errors/* UserError */.y(`${path}: cannot be read; adopt adds the entry to the existing file`, 2);
        });
        const updated = addGuestEntry(text, kind, key, entry, path);
        // The next plan, as it would be once the entry is in the config and the guest tagged.
        const raw = JSON.parse(updated);
        const desired = (0,resolve/* resolveDesiredState */.kf)({
            lxc: kind === 'lxc' ? raw : validation.loaded.sources.lxc?.value,
            vm: kind === 'qemu' ? raw : validation.loaded.sources.vm?.value,
            hypervisor: validation.loaded.sources.hypervisor?.value,
        });
        const tagged = {
            ...live,
            guests: live.guests.map((g) => (g.id === id ? { ...g, tags: (0,markers/* managedTags */.L8)(g.tags) } : g)),
        };
        const next = (0,planner/* plan */.e)(desired, tagged, {
            scriptHashes: await (0,script_hashes/* hashScripts */.Z7)(dir, desired),
            only: [address],
        });
        io.stdout(`${address} ${guest.name ?? ''}: not managed by Phoenix.\n` +
            `${previewLines(next.changes.find((c) => c.id === id)).join('\n')}\n`);
        for (const e of next.errors.filter((x) => x.address === address))
            io.stdout(`error: ${e.message}\n`);
        io.stdout(`\nEntry for ${file}${kind === 'lxc' ? ` (under lxc_configs."${key}")` : ' (in vms)'}:\n`);
        io.stdout(JSON.stringify(kind === 'lxc' ? { [key]: entry } : entry, null, 2) + '\n');
        if (notes.length)
            io.stdout(`\nTo check:\n${notes.map((n) => `  - ${n}`).join('\n')}\n`);
        if (values.write !== true) {
            io.stdout(`\nRun again with --write to add it to ${path} and tag ${address} 'phoenix'.\n`);
            return 0;
        }
        const ok = await (0,cli_confirm/* confirm */.l)({
            command: 'adopt',
            question: `\nAdd ${address} to ${path} and tag it 'phoenix' on ${port.description}?`,
            yes: values.yes === true,
            out: io.stdout,
            terminal: io.terminal ?? (0,cli_confirm/* processTerminal */.q)(io.isTTY),
        });
        if (!ok) {
            io.stdout('Nothing changed.\n');
            return 1;
        }
        await (0,promises_.writeFile)(path, updated);
        await port.setMeta({ kind, id, node: guest.node }, { tags: (0,markers/* managedTags */.L8)(guest.tags) });
        io.stdout(`Added ${address} to ${path} and tagged it 'phoenix'. Review with phoenix plan.\n`);
        return 0;
    }
    finally {
        await port.close();
    }
}


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ confirm),
/* harmony export */   q: () => (/* binding */ processTerminal)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Confirmation before a command changes the host (rollback, unlock; apply may use it too): the
 * caller has printed what will happen; on a terminal this asks for `yes` (nothing else approves,
 * as with Terraform), `--yes` skips the question, and without a terminal the command needs
 * `--yes` (a usage error says so). The answer is read as one line from the terminal's input.
 */


/** This process's terminal: stdin, when both stdin and stdout are a TTY. */
function processTerminal(stdoutIsTTY) {
    return { input: process.stdin, isTTY: stdoutIsTTY && process.stdin.isTTY === true };
}
/** One line from `input` (without its line end); undefined at end of input. */
function readLine(input) {
    return new Promise((resolve) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input, terminal: false });
        let done = false;
        const finish = (line) => {
            if (done)
                return;
            done = true;
            rl.close();
            // Stop reading, so a process waiting for nothing else can exit.
            input.pause();
            resolve(line);
        };
        rl.once('line', (line) => finish(line));
        rl.once('close', () => finish(undefined));
    });
}
/**
 * True when the user approved (typed `yes`, or gave `--yes`); false when they answered anything
 * else. Throws a usage error (exit 2) when there is no terminal to ask on and `--yes` is missing.
 */
async function confirm(o) {
    if (o.yes)
        return true;
    const terminal = o.terminal ?? processTerminal(false);
    if (!terminal.isTTY)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${o.command} changes the host and asks for confirmation, but there is no terminal to ask on; ` +
            're-run with --yes to approve', 2);
    o.out(`${o.question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
    const answer = await readLine(terminal.input);
    o.out('\n');
    return answer?.trim() === 'yes';
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* reexport safe */ _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__.FG),
/* harmony export */   Fm: () => (/* binding */ requireTarget),
/* harmony export */   Zb: () => (/* binding */ openHost),
/* harmony export */   my: () => (/* reexport safe */ _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__.my)
/* harmony export */ });
/* harmony import */ var _host_open_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78969);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77593);
/* harmony import */ var _specs_shared_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20779);
/**
 * The options every host-touching command shares (`--target`, SSH credentials, `--audit-log`),
 * parsed and handed to the target factory (src/host/open-port.ts) in one place. The factory loads
 * the host layer only when a target is opened, so commands that never reach a host (validate,
 * plan --state) do not load it, nor ssh2.
 */



/** Declared with their help in specs/shared-options.ts; re-exported for the commands that spread them. */

/** The `--target` value, or a usage error naming the command. */
function requireTarget(command, values) {
    const target = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'target');
    if (!target)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${command} needs --target URL (${_host_open_port_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGET_HELP */ .a})`, 2);
    return target;
}
/** Opens the host port for `--target` (its commands in the audit log when `--audit-log` is given). */
async function openHost(command, values, io) {
    return (0,_host_open_port_js__WEBPACK_IMPORTED_MODULE_0__/* .openHostPort */ .c)(requireTarget(command, values), {
        identity: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'identity'),
        knownHosts: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'known-hosts'),
        fingerprint: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'fingerprint'),
        env: io.env,
        cwd: io.cwd,
        auditLog: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOpt */ .rJ)(values, 'audit-log'),
    });
}


/***/ })

};
