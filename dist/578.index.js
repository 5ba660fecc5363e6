export const id = 578;
export const ids = [578];
export const modules = {

/***/ 72578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StateReadError: () => (/* binding */ StateReadError),
  eY: () => (/* binding */ readLiveState)
});

// UNUSED EXPORTS: splitGrepOutput, splitHostEntries

// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
;// CONCATENATED MODULE: ./src/dialect/conf-format.ts
// Characters Proxmox leaves alone in a description line: printable ASCII except ':'.
const SAFE = /[\x20-\x39\x3b-\x7e]/;
/** `PVE::Tools::encode_text`: percent-encode (upper-case hex) every UTF-8 byte outside the safe set. */
function encodeConfText(text) {
    let out = '';
    for (const ch of text) {
        if (SAFE.test(ch))
            out += ch;
        else
            for (const b of Buffer.from(ch, 'utf8'))
                out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** `PVE::Tools::decode_text`: `%XX` to bytes (any case), then UTF-8. Lone `%` stays as is. */
function decodeConfText(data) {
    if (!data.includes('%'))
        return data;
    const bytes = [];
    for (let i = 0; i < data.length;) {
        if (data[i] === '%' && /^[0-9a-fA-F]{2}$/.test(data.slice(i + 1, i + 3))) {
            bytes.push(parseInt(data.slice(i + 1, i + 3), 16));
            i += 3;
        }
        else {
            const cp = data.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            i += ch.length;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function emptySection() {
    return { values: {} };
}
const PENDING_LXC = /^\[pve:pending\]\s*$/i;
const PENDING_QEMU = /^\[PENDING\]\s*$/i;
const SPECIAL = /^\[special:([a-z]+)\]\s*$/i;
const SNAPSHOT = /^\[([a-z][a-z0-9_-]+)\]\s*$/i;
const LXC_RAW = /^(lxc\.[a-z0-9_\-.]+)(:|\s*=)\s*(.*?)\s*$/;
const LXC_KEY = /^([a-z][a-z_]*\d*):\s*(\S.*)\s*$/;
const QEMU_KEY = /^([a-z][a-z_-]*\d*):\s*(.+?)\s*$/;
const DESCRIPTION_KEY = /^(description):\s*(.*\S)\s*$/;
/** Parses a guest config file. Lines Proxmox would warn about are reported and skipped. */
function parseGuestConf(text, kind, warnings) {
    const conf = { kind, main: emptySection(), snapshots: {} };
    let section = conf.main;
    let descr = '';
    const flush = () => {
        if (descr)
            section.description = descr;
        descr = '';
    };
    const lines = text.split('\n');
    lines.forEach((line, index) => {
        if (/^\s*$/.test(line))
            return;
        let m;
        if ((kind === 'lxc' && PENDING_LXC.test(line)) || (kind === 'qemu' && PENDING_QEMU.test(line))) {
            flush();
            section = conf.pending = emptySection();
            return;
        }
        if ((m = SPECIAL.exec(line))) {
            flush();
            conf.special ??= {};
            section = conf.special[`special:${m[1]}`] = emptySection();
            return;
        }
        if ((m = SNAPSHOT.exec(line))) {
            flush();
            section = conf.snapshots[m[1]] = emptySection();
            return;
        }
        if ((m = /^#(.*)$/.exec(line))) {
            descr += decodeConfText(m[1]) + '\n';
            return;
        }
        if (kind === 'lxc' && (m = LXC_RAW.exec(line))) {
            (section.lxc ??= []).push([m[1], m[3]]);
            return;
        }
        if ((m = DESCRIPTION_KEY.exec(line))) {
            descr += decodeConfText(m[2]);
            return;
        }
        if ((m = (kind === 'lxc' ? LXC_KEY : QEMU_KEY).exec(line))) {
            section.values[m[1]] = m[2];
            return;
        }
        warnings?.push({ line: index + 1, message: `unable to parse config: ${line}` });
    });
    flush();
    return conf;
}
/** Perl's `split /\n/`: trailing empty fields are dropped. */
function splitLines(text) {
    const parts = text.split('\n');
    while (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** One section as Proxmox writes it: description comments, sorted keys, then raw lxc entries. */
function printConfSection(section) {
    let raw = '';
    for (const line of splitLines(section.description ?? ''))
        raw += '#' + encodeConfText(line) + '\n';
    for (const key of Object.keys(section.values).sort(byCodePoint)) {
        if (key === 'description' || key === 'digest')
            continue;
        const value = section.values[key];
        if (/\n/.test(value))
            throw new Error(`detected invalid newline inside property '${key}'`);
        raw += `${key}: ${value}\n`;
    }
    for (const [k, v] of section.lxc ?? [])
        raw += `${k}: ${v}\n`;
    return raw;
}
function isEmpty(section) {
    return (!section ||
        (Object.keys(section.values).length === 0 && !section.description && !(section.lxc?.length ?? 0)));
}
/** The whole file, as `write_pct_config` / `write_vm_config` produce it. */
function printGuestConf(conf) {
    let raw = printConfSection(conf.main);
    if (!isEmpty(conf.pending))
        raw += `\n[${conf.kind === 'lxc' ? 'pve:pending' : 'PENDING'}]\n` + printConfSection(conf.pending);
    for (const name of Object.keys(conf.special ?? {}).sort(byCodePoint)) {
        raw += `\n[${name}]\n` + printConfSection(conf.special[name]);
    }
    for (const name of Object.keys(conf.snapshots).sort(byCodePoint)) {
        raw += `\n[${name}]\n` + printConfSection(conf.snapshots[name]);
    }
    return raw;
}
/** A deep copy (sections are plain data). */
function cloneConfSection(section) {
    const copy = { values: { ...section.values } };
    if (section.description !== undefined)
        copy.description = section.description;
    if (section.lxc)
        copy.lxc = section.lxc.map(([k, v]) => [k, v]);
    return copy;
}

// EXTERNAL MODULE: ./src/model/live-state.ts
var live_state = __webpack_require__(85111);
;// CONCATENATED MODULE: ./src/proxmox/state-reader.ts
/**
 * Reads the live state of a Proxmox node or cluster in a constant number of host commands,
 * whatever the number of guests:
 *   1. `pvesh get /cluster/resources` (guests, nodes, storages),
 *   2. one `grep -r -H '' -- /etc/pve/nodes/<node>/{lxc,qemu-server}` over the nodes that hold
 *      guests (configs, snapshot sections, pending changes): its size grows with the number of
 *      nodes, never with the number of guests, so it stays far below the SSH transport's
 *      MAX_COMMAND_BYTES,
 *   3. `pvesh get /version`,
 *   4. per online node: `pvesh get /nodes/{node}/network` (bridges),
 *   5. per storage holding `vztmpl` (per node when not shared): its template list,
 *   6. one `find /dev /etc/apparmor.d/lxc` on the host read from: the device nodes guests pass
 *      through and the AppArmor profiles they name exist or not (unknown when it fails).
 * Everything is parsed from Proxmox's own output formats.
 */



class StateReadError extends Error {
    argv;
    exitCode;
    stderr;
    constructor(argv, exitCode, stderr) {
        super(`reading live state: '${argv.join(' ')}' failed with exit ${exitCode}: ${stderr.trim()}`);
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'StateReadError';
    }
}
function parseJson(cmd, text) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new StateReadError(cmd.argv, 0, `unexpected output (not JSON): ${err.message}`);
    }
}
/** `grep -H ''` output to the contents of the files in `paths`, by path (others and missing files are absent). */
function splitGrepOutput(stdout, paths) {
    const wanted = new Set(paths);
    const files = new Map();
    const re = /^(\/etc\/pve\/nodes\/[^/:]+\/(?:lxc|qemu-server)\/\d+\.conf):(.*)$/;
    for (const line of stdout.split('\n')) {
        const m = re.exec(line);
        if (!m || !wanted.has(m[1]))
            continue;
        let lines = files.get(m[1]);
        if (!lines)
            files.set(m[1], (lines = []));
        lines.push(m[2]);
    }
    const out = new Map();
    for (const [path, lines] of files)
        out.set(path, lines.join('\n') + '\n');
    return out;
}
/** Config keys as `pct config --current` shows them: raw `lxc.*` keys joined by newlines. */
function sectionToConfig(section) {
    const config = { ...section.values };
    if (section.description !== undefined)
        config.description = section.description;
    for (const [k, v] of section.lxc ?? [])
        config[k] = config[k] === undefined ? v : `${config[k]}\n${v}`;
    return config;
}
function snapshotsOf(conf) {
    const list = Object.entries(conf.snapshots).map(([name, s]) => {
        const snap = { name };
        if (s.values.parent)
            snap.parent = s.values.parent;
        if (s.description !== undefined)
            snap.description = s.description;
        if (s.values.snaptime !== undefined && /^\d+$/.test(s.values.snaptime))
            snap.snaptime = Number(s.values.snaptime);
        if (s.values.snapstate)
            snap.snapstate = s.values.snapstate;
        return snap;
    });
    return list.sort((a, b) => (a.snaptime ?? Infinity) - (b.snaptime ?? Infinity) || (a.name < b.name ? -1 : 1));
}
function splitTags(v) {
    return v ? v.split(/[;,\s]+/).filter((t) => t !== '') : [];
}
/**
 * `find` output to the entries of /dev and the profile names of /etc/apparmor.d/lxc; an empty
 * /dev listing means the read failed (every host has /dev), so both stay unknown.
 */
function splitHostEntries(stdout) {
    const deviceNodes = [];
    const apparmorProfiles = [];
    for (const line of stdout.split('\n')) {
        if (line.startsWith(`${commands/* DEVICE_DIR */.tT}/`) && !line.slice(commands/* DEVICE_DIR */.tT.length + 1).includes('/'))
            deviceNodes.push(line);
        else if (line.startsWith(`${commands/* APPARMOR_LXC_DIR */.Dj}/`)) {
            const name = line.slice(commands/* APPARMOR_LXC_DIR */.Dj.length + 1);
            if (name && !name.includes('/'))
                apparmorProfiles.push(name);
        }
    }
    if (deviceNodes.length === 0)
        return undefined;
    return { deviceNodes: deviceNodes.sort(), apparmorProfiles: apparmorProfiles.sort() };
}
/** Bound of each command that reads the state (the host runner's default for a read-only query). */
const STATE_READ_TIMEOUT_MS = 120_000;
async function readLiveState(transport, options = {}) {
    const attempt = async (cmd) => {
        options.onCommand?.(cmd.argv);
        // Bounded like every read-only query of the host runner (its default), under the host's
        // `timeout` where the host runs real programs, so the audit log shows the bound.
        const ms = options.timeoutMs ?? STATE_READ_TIMEOUT_MS;
        const sent = transport.hostTimeouts ? (0,commands/* withTimeout */.wj)(cmd, ms / 1000) : cmd;
        const r = await transport.run(sent.argv, {
            readOnly: cmd.readOnly,
            stdin: cmd.stdin,
            timeoutMs: ms + (transport.hostTimeouts ? (commands/* TIMEOUT_KILL_AFTER_SEC */.y1 + 5) * 1000 : 0),
        });
        return r;
    };
    const run = async (cmd, okCodes = [0]) => {
        const r = await attempt(cmd);
        if (!okCodes.includes(r.exitCode))
            throw new StateReadError(cmd.argv, r.exitCode, r.stderr);
        return r.stdout;
    };
    const resCmd = (0,commands/* clusterResources */.kU)();
    const resources = parseJson(resCmd, await run(resCmd));
    const guestsRes = resources.filter((r) => (r.type === 'lxc' || r.type === 'qemu') && typeof r.vmid === 'number');
    const nodeRes = resources.filter((r) => r.type === 'node' && r.node);
    const nodes = [
        ...new Set([...nodeRes.map((r) => r.node), ...guestsRes.map((g) => g.node).filter(Boolean)]),
    ].sort();
    const onlineNodes = nodeRes.length > 0 ? nodeRes.filter((r) => r.status === 'online').map((r) => r.node) : nodes;
    const paths = guestsRes.map((g) => (0,commands/* guestConfigPath */.mt)(g.node, g.type, g.vmid));
    let files = new Map();
    if (paths.length > 0) {
        // exit 1: every file empty; exit 2: a folder vanished (its node left) since the resource list was read.
        const guestNodes = [...new Set(guestsRes.map((g) => g.node).filter(Boolean))].sort();
        const grepCmd = (0,commands/* readNodeConfigDirs */.BF)(guestNodes);
        files = splitGrepOutput(await run(grepCmd, [0, 1, 2]), paths);
    }
    const verCmd = (0,commands/* pveVersion */.s4)();
    const version = parseJson(verCmd, await run(verCmd)).version;
    const bridges = new Set();
    for (const node of onlineNodes) {
        const cmd = (0,commands/* nodeNetwork */.D$)(node);
        const ifaces = parseJson(cmd, await run(cmd));
        for (const i of ifaces)
            if (i.iface && (i.type === 'bridge' || i.type === 'OVSBridge'))
                bridges.add(i.iface);
    }
    const storages = [];
    const seenShared = new Set();
    const templateQueries = [];
    for (const r of resources.filter((x) => x.type === 'storage' && x.storage)) {
        const shared = r.shared === 1 || r.shared === true;
        if (shared && seenShared.has(r.storage))
            continue;
        if (shared)
            seenShared.add(r.storage);
        const content = (r.content ?? '').split(',').filter((c) => c !== '');
        const entry = {
            id: r.storage,
            type: r.plugintype ?? '',
            content,
        };
        if (!shared && r.node)
            entry.node = r.node;
        storages.push(entry);
        if (content.includes('vztmpl') && r.node && onlineNodes.includes(r.node))
            templateQueries.push({ node: r.node, storage: r.storage, content: 'vztmpl' });
        if (content.includes('import') && r.node && onlineNodes.includes(r.node))
            templateQueries.push({ node: r.node, storage: r.storage, content: 'import' });
    }
    storages.sort((a, b) => a.id === b.id ? ((a.node ?? '') < (b.node ?? '') ? -1 : 1) : a.id < b.id ? -1 : 1);
    // LXC templates, and the cloud images VMs are imported from (`import` content).
    const templates = new Set();
    const images = new Set();
    for (const q of templateQueries) {
        const cmd = (0,commands/* storageContent */.n8)(q.node, q.storage, q.content);
        const vols = parseJson(cmd, await run(cmd));
        for (const v of vols)
            if (v.volid)
                (q.content === 'vztmpl' ? templates : images).add(v.volid);
    }
    // exit 1: /etc/apparmor.d/lxc is missing (no profiles installed); other failures leave both unknown.
    const entriesRead = await attempt((0,commands/* listHostEntries */.rh)());
    const entries = entriesRead.exitCode === 0 || entriesRead.exitCode === 1
        ? splitHostEntries(entriesRead.stdout)
        : undefined;
    const guests = [];
    guestsRes.forEach((r, i) => {
        const kind = r.type;
        const text = files.get(paths[i]);
        if (text === undefined)
            return; // removed between the two reads
        const conf = parseGuestConf(text, kind);
        const config = sectionToConfig(conf.main);
        const guest = {
            kind,
            id: r.vmid,
            node: r.node,
            status: r.status ?? 'unknown',
            template: config.template === '1' || r.template === 1 || r.template === true,
            config,
            snapshots: snapshotsOf(conf),
            tags: splitTags(config.tags ?? r.tags),
        };
        const name = kind === 'lxc' ? config.hostname : config.name;
        if (name ?? r.name)
            guest.name = name ?? r.name;
        const lock = config.lock ?? r.lock;
        if (lock)
            guest.lock = lock;
        if (conf.pending && Object.keys(conf.pending.values).length > 0)
            guest.pending = sectionToConfig(conf.pending);
        guests.push(guest);
    });
    guests.sort((a, b) => a.id - b.id);
    const state = {
        version: live_state/* LIVE_STATE_VERSION */.O,
        readAt: (options.now?.() ?? new Date()).toISOString(),
        target: transport.description,
        nodes,
        guests,
        storages,
        bridges: [...bridges].sort(),
        templates: [...templates].sort(),
        images: [...images].sort(),
        ...(entries ?? {}),
    };
    return version === undefined ? state : { ...state, pveVersion: version };
}


/***/ })

};
