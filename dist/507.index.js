export const id = 507;
export const ids = [507];
export const modules = {

/***/ 26573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ clusterStorages),
/* harmony export */   gW: () => (/* binding */ clusterNodes),
/* harmony export */   qK: () => (/* binding */ parseClusterStatus),
/* harmony export */   uc: () => (/* binding */ nodeDetailsOf)
/* harmony export */ });
/** Proxmox prints these flags as 0/1 (Perl integers); a JSON boolean is taken as well. */
const flag = (v) => v === 1 || v === true;
/** The node entries of `/cluster/status` (the `cluster` entry, when clustered, is left out). */
function parseClusterStatus(list) {
    const nodes = [];
    for (const e of list) {
        if (!e || typeof e !== 'object')
            continue;
        const r = e;
        if (r.type !== 'node' || typeof r.name !== 'string' || r.name === '')
            continue;
        const node = {
            name: r.name,
            online: flag(r.online),
            local: flag(r.local),
        };
        if (typeof r.ip === 'string' && r.ip !== '')
            node.address = r.ip;
        nodes.push(node);
    }
    return nodes;
}
/**
 * Nodes from both reads (and the nodes guests name). Online: corosync's view (`/cluster/status`)
 * where known, else the resource entry's `status`; a node with neither counts as online, as
 * before clusters were read (a host whose resource list names no node entries at all).
 */
function clusterNodes(resources, status) {
    const nodeRes = new Map(resources.filter((r) => r.type === 'node' && r.node).map((r) => [r.node, r]));
    const guestNodes = resources
        .filter((r) => (r.type === 'lxc' || r.type === 'qemu') && r.node)
        .map((r) => r.node);
    const byName = new Map((status ?? []).map((s) => [s.name, s]));
    const names = [...new Set([...nodeRes.keys(), ...guestNodes, ...byName.keys()])].sort();
    const isOnline = (name) => {
        const s = byName.get(name);
        if (s)
            return s.online;
        const r = nodeRes.get(name);
        if (r)
            return r.status === 'online';
        return nodeRes.size === 0;
    };
    const local = (status ?? []).find((s) => s.local)?.name ?? (names.length === 1 ? names[0] : undefined);
    return { names, online: names.filter(isOnline), local, status: byName };
}
/**
 * The storages (a shared one once, a node-local one per node holding it) and their content
 * listings: one per storage holding `vztmpl` or `import` (per online node when not shared),
 * whichever of the two it holds, so a storage with both (Proxmox's `local`) is listed once.
 * A shared storage is listed from the local node when it has it, else from the first online one.
 */
function clusterStorages(resources, nodes) {
    const online = new Set(nodes.online);
    const storages = [];
    const queries = [];
    const shared = new Map();
    for (const r of resources.filter((x) => x.type === 'storage' && x.storage)) {
        const isShared = flag(r.shared);
        const content = (r.content ?? '').split(',').filter((c) => c !== '');
        const known = shared.get(r.storage);
        if (isShared && known) {
            if (r.node)
                known.seenOn.push(r.node);
            continue;
        }
        const entry = {
            id: r.storage,
            type: r.plugintype ?? '',
            content,
        };
        if (!isShared && r.node)
            entry.node = r.node;
        if (r.shared !== undefined)
            entry.shared = isShared;
        storages.push(entry);
        if (isShared)
            shared.set(r.storage, { entry, seenOn: r.node ? [r.node] : [] });
        else if (r.node && online.has(r.node))
            queries.push(...listingsOf(r.node, r.storage, content));
    }
    for (const [id, { entry, seenOn }] of shared) {
        const from = seenOn.includes(nodes.local ?? '')
            ? nodes.local
            : seenOn.filter((n) => online.has(n)).sort()[0];
        if (from)
            queries.push(...listingsOf(from, id, entry.content));
    }
    storages.sort((a, b) => a.id === b.id ? ((a.node ?? '') < (b.node ?? '') ? -1 : 1) : a.id < b.id ? -1 : 1);
    queries.sort((a, b) => (a.node === b.node ? (a.storage < b.storage ? -1 : 1) : a.node < b.node ? -1 : 1));
    return { storages, queries };
}
function listingsOf(node, storage, content) {
    const vztmpl = content.includes('vztmpl');
    const imports = content.includes('import');
    if (vztmpl && imports)
        return [{ node, storage }];
    if (vztmpl)
        return [{ node, storage, content: 'vztmpl' }];
    if (imports)
        return [{ node, storage, content: 'import' }];
    return [];
}
/** One `LiveNode` per node, sorted by name; facts not read stay absent (unknown). */
function nodeDetailsOf(nodes, facts) {
    const online = new Set(nodes.online);
    return nodes.names.map((name) => {
        const d = { name, online: online.has(name) };
        const address = nodes.status.get(name)?.address;
        if (address)
            d.address = address;
        if (nodes.local !== undefined)
            d.local = name === nodes.local;
        const templates = facts.templates?.get(name);
        if (templates)
            d.templates = templates;
        const bridges = facts.bridges.get(name);
        if (bridges)
            d.bridges = bridges;
        const entries = facts.entries.get(name);
        if (entries) {
            d.deviceNodes = entries.deviceNodes;
            d.apparmorProfiles = entries.apparmorProfiles;
        }
        return d;
    });
}


/***/ }),

/***/ 67507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StateReadError: () => (/* reexport */ StateReadError),
  eY: () => (/* binding */ readLiveState)
});

// UNUSED EXPORTS: splitGrepOutput, splitHostEntries

// EXTERNAL MODULE: ./src/proxmox/commands.ts + 17 modules
var commands = __webpack_require__(5240);
// EXTERNAL MODULE: ./src/model/live-state.ts
var live_state = __webpack_require__(85111);
// EXTERNAL MODULE: ./src/proxmox/state-cluster.ts
var state_cluster = __webpack_require__(26573);
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

;// CONCATENATED MODULE: ./src/proxmox/state-parse.ts
/**
 * Parsers of the live-state reads' outputs, all in Proxmox's own formats: JSON of `pvesh`, the
 * `grep -H ''` listing of guest config files (turned into `LiveGuest`s), and the `find` listing of
 * /dev and /etc/apparmor.d/lxc. No host access here (state-reader.ts runs the commands).
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
/** A JSON list (`pvesh` prints every list of this read as an array). */
function parseJsonList(cmd, text) {
    const value = parseJson(cmd, text);
    if (!Array.isArray(value))
        throw new StateReadError(cmd.argv, 0, 'unexpected output (not a JSON list)');
    return value;
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
/** One guest from its resource entry and its config file's text (snapshots, pending changes). */
function guestFrom(r, text) {
    const kind = r.type;
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
    return guest;
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

;// CONCATENATED MODULE: ./src/proxmox/state-reader.ts
/**
 * Reads the live state of a Proxmox node or cluster in a number of host commands that does not
 * grow with the number of guests, and grows with the nodes by a constant step:
 *   1. `pvesh get /cluster/resources` (guests, nodes, storages and their `shared` flag),
 *   2. `pvesh get /cluster/status` (per node: `ip`, `online`, `local`),
 *   3. one `grep -r -H '' -- /etc/pve/nodes/<node>/{lxc,qemu-server}` over the nodes that hold
 *      guests (configs, snapshot sections, pending changes), left out when there is no guest:
 *      its size grows with the number of nodes, never with the number of guests, so it stays far
 *      below the SSH transport's MAX_COMMAND_BYTES,
 *   4. `pvesh get /version`,
 *   5. per online node: `pvesh get /nodes/{node}/network` (bridges),
 *   6. per storage holding `vztmpl` or `import` content, per online node when not shared (once
 *      for a shared one): one content listing (both types in one, filtered here),
 *   7. per online node: `find /dev /etc/apparmor.d/lxc -mindepth 1 -maxdepth 1`, on the node read
 *      from directly, on the others through the cluster's SSH hop (commands/hop.ts) to the
 *      address `/cluster/status` gives: the device nodes guests pass through and the AppArmor
 *      profiles they name exist or not.
 * So: commands = 3 (+1 with guests) + S + N × (2 + L), with N online nodes, L node-local template
 * storages per node and S shared template storages; for Proxmox's default storages (`local` with
 * templates, `local-lvm` without) that is 4 + 3 × N. 1 and 2 run first (the others depend on
 * them); 3 to 7 run at most READ_CONCURRENCY at once, started in the order above.
 *
 * Offline nodes get no per-node read: their guests still come from the resource list and the
 * shared /etc/pve. A per-node `find` that fails (a hop refused, a node unreachable) leaves that
 * node's device nodes and profiles absent (unknown) and tells `onWarning` why; so does a failing
 * `/cluster/status` (then addresses are unknown and only the node read from is listed).
 *
 * Top-level fields kept for the planner as they were before clusters: `bridges` is the union of
 * every online node's bridges; `deviceNodes` and `apparmorProfiles` are those of the node read
 * from; `templates` and `images` are the union of the volumes listed. Per-node values are in
 * `nodeDetails`. Everything is parsed from Proxmox's own output formats (state-parse.ts).
 */





/** Bound of each command that reads the state (the host runner's default for a read-only query). */
const STATE_READ_TIMEOUT_MS = 120_000;
const failure = (r) => `exit ${r.exitCode}: ${r.stderr.trim() || '(no message)'}`;
async function readLiveState(transport, options = {}) {
    const attempt = async (cmd) => {
        options.onCommand?.(cmd.argv);
        // Bounded like every read-only query of the host runner (its default), under the host's
        // `timeout` where the host runs real programs, so the audit log shows the bound.
        const ms = options.timeoutMs ?? STATE_READ_TIMEOUT_MS;
        const sent = transport.hostTimeouts ? (0,commands/* withTimeout */.wj)(cmd, ms / 1000) : cmd;
        return transport.run(sent.argv, {
            readOnly: cmd.readOnly,
            stdin: cmd.stdin,
            timeoutMs: ms + (transport.hostTimeouts ? (commands/* TIMEOUT_KILL_AFTER_SEC */.y1 + 5) * 1000 : 0),
        });
    };
    const run = async (cmd, okCodes = [0]) => {
        const r = await attempt(cmd);
        if (!okCodes.includes(r.exitCode))
            throw new StateReadError(cmd.argv, r.exitCode, r.stderr);
        return r.stdout;
    };
    const warn = (message) => options.onWarning?.(message);
    const resCmd = (0,commands/* clusterResources */.kU)();
    const resources = parseJsonList(resCmd, await run(resCmd));
    const statusCmd = (0,commands/* clusterStatus */.r_)();
    const statusRead = await attempt(statusCmd);
    let status;
    if (statusRead.exitCode === 0)
        status = (0,state_cluster/* parseClusterStatus */.qK)(parseJsonList(statusCmd, statusRead.stdout));
    else
        warn(`'pvesh get /cluster/status' failed (${failure(statusRead)}): node addresses are unknown, ` +
            'so only the node read from lists its device nodes and AppArmor profiles');
    const nodes = (0,state_cluster/* clusterNodes */.gW)(resources, status);
    const guestsRes = resources.filter((r) => (r.type === 'lxc' || r.type === 'qemu') && typeof r.vmid === 'number' && r.node);
    const paths = guestsRes.map((g) => (0,commands/* guestConfigPath */.mt)(g.node, g.type, g.vmid));
    const { storages, queries } = (0,state_cluster/* clusterStorages */.LO)(resources, nodes);
    let files = new Map();
    let version;
    const bridgesOf = new Map();
    // LXC templates, and the cloud images VMs are imported from (`import` content).
    const templates = new Set();
    const images = new Set();
    // Per node: a template on node-local storage is there only; one on shared storage everywhere.
    const sharedIds = new Set(storages.filter((st) => st.shared).map((st) => st.id));
    const sharedTemplates = new Set();
    const ownTemplates = new Map();
    const tasks = [];
    if (paths.length > 0) {
        // exit 1: every file empty; exit 2: a folder vanished (its node left) since the resource list was read.
        const guestNodes = [...new Set(guestsRes.map((g) => g.node))].sort();
        tasks.push(async () => {
            files = splitGrepOutput(await run((0,commands/* readNodeConfigDirs */.BF)(guestNodes), [0, 1, 2]), paths);
        });
    }
    tasks.push(async () => {
        const cmd = (0,commands/* pveVersion */.s4)();
        version = parseJson(cmd, await run(cmd)).version;
    });
    for (const node of nodes.online) {
        tasks.push(async () => {
            const cmd = (0,commands/* nodeNetwork */.D$)(node);
            const ifaces = parseJsonList(cmd, await run(cmd));
            const names = ifaces
                .filter((i) => i.iface && (i.type === 'bridge' || i.type === 'OVSBridge'))
                .map((i) => i.iface);
            bridgesOf.set(node, [...new Set(names)].sort());
        });
    }
    for (const q of queries) {
        tasks.push(async () => {
            const cmd = (0,commands/* storageContent */.n8)(q.node, q.storage, q.content);
            for (const v of parseJsonList(cmd, await run(cmd))) {
                const kind = v.content ?? q.content;
                if (v.volid && kind === 'vztmpl') {
                    templates.add(v.volid);
                    if (sharedIds.has(q.storage))
                        sharedTemplates.add(v.volid);
                    else {
                        const own = ownTemplates.get(q.node) ?? new Set();
                        ownTemplates.set(q.node, own.add(v.volid));
                    }
                }
                else if (v.volid && kind === 'import')
                    images.add(v.volid);
            }
        });
    }
    const entries = new Map();
    tasks.push(...hostEntryReads(attempt, nodes, warn, entries));
    await runLimited(tasks, READ_CONCURRENCY);
    const local = entries.get(LOCAL);
    entries.delete(LOCAL);
    const guests = [];
    guestsRes.forEach((r, i) => {
        const text = files.get(paths[i]);
        if (text !== undefined)
            guests.push(guestFrom(r, text)); // else removed between the two reads
    });
    guests.sort((a, b) => a.id - b.id);
    const state = {
        version: live_state/* LIVE_STATE_VERSION */.O,
        readAt: (options.now?.() ?? new Date()).toISOString(),
        target: transport.description,
        nodes: nodes.names,
        nodeDetails: (0,state_cluster/* nodeDetailsOf */.uc)(nodes, {
            bridges: bridgesOf,
            entries,
            templates: new Map(nodes.online.map((n) => [
                n,
                [...new Set([...sharedTemplates, ...(ownTemplates.get(n) ?? [])])].sort(),
            ])),
        }),
        guests,
        storages,
        bridges: [...new Set([...bridgesOf.values()].flat())].sort(),
        templates: [...templates].sort(),
        images: [...images].sort(),
        ...(local ?? {}),
    };
    return version === undefined ? state : { ...state, pveVersion: version };
}
/** Key of the listing of the node read from, when its name is unknown too. */
const LOCAL = '';
/**
 * `find /dev /etc/apparmor.d/lxc` on every online node, into `out` by node name (and under
 * `LOCAL` for the node read from): directly there, through the SSH hop elsewhere. exit 1:
 * /etc/apparmor.d/lxc is missing (no profiles installed); any other failure leaves that node's
 * entries unknown.
 */
function hostEntryReads(attempt, nodes, warn, out) {
    const listed = (node, r, how) => {
        const entries = r.exitCode === 0 || r.exitCode === 1 ? splitHostEntries(r.stdout) : undefined;
        if (!entries)
            warn(`node ${node}: listing /dev and /etc/apparmor.d/lxc ${how} failed (${failure(r)}): ` +
                'its device nodes and AppArmor profiles are unknown');
        return entries;
    };
    const reads = [
        async () => {
            const here = listed(nodes.local ?? 'read from', await attempt((0,commands/* listHostEntries */.rh)()), 'directly');
            if (here)
                out.set(LOCAL, here);
            if (here && nodes.local !== undefined)
                out.set(nodes.local, here);
        },
    ];
    if (nodes.local === undefined)
        return reads; // which node answered is unknown: no hop
    for (const node of nodes.online) {
        if (node === nodes.local)
            continue;
        const address = nodes.status.get(node)?.address;
        if (!address) {
            warn(`node ${node}: /cluster/status gives no address, so its device nodes and AppArmor profiles are unknown`);
            continue;
        }
        reads.push(async () => {
            let r;
            try {
                r = await attempt((0,commands/* onNode */.WU)({ node, address }, (0,commands/* listHostEntries */.rh)()));
            }
            catch (err) {
                r = { exitCode: -1, stdout: '', stderr: err instanceof Error ? err.message : String(err) };
            }
            const entries = listed(node, r, `through ssh to ${address}`);
            if (entries)
                out.set(node, entries);
        });
    }
    return reads;
}
/**
 * How many reads run at once after the first two: enough to overlap the round trips and the
 * API's start-up time per `pvesh` (the SSH transport multiplexes channels), few enough not to
 * load the node with Perl processes on a large cluster.
 */
const READ_CONCURRENCY = 4;
/**
 * Runs `tasks`, at most `limit` at once, started in their order (so `onCommand` sees a stable
 * order); after a failure no further one starts, the running ones finish, and the first error is
 * thrown (no command outlives the read).
 */
async function runLimited(tasks, limit) {
    let next = 0;
    let firstError;
    const worker = async () => {
        while (next < tasks.length && !firstError) {
            const task = tasks[next++];
            try {
                await task();
            }
            catch (error) {
                firstError ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    if (firstError)
        throw firstError.error;
}


/***/ })

};
