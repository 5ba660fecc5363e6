export const id = 37;
export const ids = [37];
export const modules = {

/***/ 13037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SimKilled: () => (/* reexport */ SimKilled),
  SimStore: () => (/* reexport */ SimStore),
  captureReal: () => (/* reexport */ captureReal),
  clusterStatus: () => (/* reexport */ clusterStatus),
  createInitialState: () => (/* reexport */ createInitialState),
  dropConnection: () => (/* reexport */ dropConnection),
  ensureSimPrograms: () => (/* reexport */ ensureSimPrograms),
  execReal: () => (/* reexport */ execReal),
  hostSetupOf: () => (/* reexport */ hostSetupOf),
  needsStdin: () => (/* reexport */ needsStdin),
  nodeAddress: () => (/* reexport */ nodeAddress),
  parseLatencyEnv: () => (/* reexport */ parseLatencyEnv),
  runSimCommand: () => (/* reexport */ runSimCommand),
  runsOnRealHost: () => (/* reexport */ runsOnRealHost),
  shapeHost: () => (/* reexport */ shapeHost),
  simProgramNames: () => (/* reexport */ simProgramNames),
  writeShims: () => (/* reexport */ writeShims)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sim/errors.ts
/**
 * Failures as the Proxmox CLI reports them. `pct`/`qm`/`pvesh`/`pveam`/`pvesm`/`pveum` print the
 * error on stderr and exit with 255 (`exit(-1)` in Perl); parameter errors carry the HTTP-style
 * code 400, one `param: message` line per bad parameter and the command's usage line.
 */
class PveError extends Error {
    exitCode;
    constructor(message, exitCode = 255) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'PveError';
    }
    /** What the command prints on stderr. */
    render() {
        return this.message.endsWith('\n') ? this.message : this.message + '\n';
    }
}
/** `400 Parameter verification failed.` with per-parameter messages. */
class ParamError extends PveError {
    errors;
    usage;
    constructor(errors, usage = '') {
        super('Parameter verification failed.');
        this.errors = errors;
        this.usage = usage;
    }
    render() {
        let out = '400 Parameter verification failed.\n';
        for (const [k, v] of Object.entries(this.errors))
            out += `${k}: ${v}\n`;
        if (this.usage)
            out += `\n${this.usage}\n`;
        return out;
    }
}
/** Argument-level failures: `400 not enough arguments`, `400 unable to parse option`, ... */
class UsageError extends PveError {
    reason;
    usage;
    preamble;
    constructor(reason, usage = '', 
    /** Lines Getopt::Long printed before (e.g. `Unknown option: foo`). */
    preamble = []) {
        super(reason);
        this.reason = reason;
        this.usage = usage;
        this.preamble = preamble;
    }
    render() {
        let out = this.preamble.map((l) => l + '\n').join('');
        out += `400 ${this.reason}\n`;
        if (this.usage)
            out += `${this.usage}\n`;
        return out;
    }
}
/** Thrown by a command to end with a plain exit code and output (grep's 1, flock's 1, ...). */
class ExitStatus extends Error {
    exitCode;
    stderrText;
    constructor(exitCode, stderrText = '') {
        super(`exit ${exitCode}`);
        this.exitCode = exitCode;
        this.stderrText = stderrText;
    }
}
/**
 * Exit 255 with the usage line, as the Proxmox CLIs answer an unknown sub-command (`sub`: the words
 * given) or, with `sub` undefined, a missing one.
 */
function unknownCommand(tool, sub) {
    const what = sub === undefined ? 'no command specified' : `unknown command '${tool} ${sub}'`;
    return new ExitStatus(255, `ERROR: ${what}\nUSAGE: ${tool} <COMMAND> [ARGS] [OPTIONS]\n`);
}
function paramFail(key, message) {
    throw new ParamError({ [key]: message });
}
function fail(message) {
    throw new PveError(message);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/sim/state-lock.ts
/**
 * The simulator state's write lock: a lock file `PATH.lock` created with O_EXCL and holding the
 * holder's pid and the time. A lock left by a crashed process is broken when its holder no longer
 * exists or once it is older than `staleMs`; waiting gives up after `timeoutMs`.
 */


class SimStoreError extends Error {
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** True while process `pid` exists (EPERM: it does, under another user). Also used for flocks. */
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
async function acquireLock(lockPath, staleMs, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let delay = 2;
    for (;;) {
        try {
            const fd = (0,external_node_fs_.openSync)(lockPath, 'wx', 0o644);
            (0,external_node_fs_.writeSync)(fd, `${process.pid} ${Date.now()}\n`);
            (0,external_node_fs_.closeSync)(fd);
            return;
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT') {
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(lockPath), { recursive: true });
                continue;
            }
            if (code !== 'EEXIST')
                throw err;
        }
        breakIfStale(lockPath, staleMs);
        if (Date.now() > deadline)
            throw new SimStoreError(`timed out waiting for the simulator state lock ${lockPath}`);
        await sleep(delay + Math.random() * delay);
        delay = Math.min(delay * 2, 25);
    }
}
function breakIfStale(lockPath, staleMs) {
    let content;
    let age;
    try {
        content = (0,external_node_fs_.readFileSync)(lockPath, 'utf8');
        age = Date.now() - (0,external_node_fs_.statSync)(lockPath).mtimeMs;
    }
    catch {
        return; // released meanwhile
    }
    // A lock file being written has no pid yet: only its age can make it stale.
    const holder = Number(content.split(' ')[0]);
    const dead = Number.isInteger(holder) && holder > 0 && !pidAlive(holder);
    if (!dead && age < staleMs)
        return;
    // Rename first so that only one process breaks the lock; if what we moved away is not the
    // lock we judged (another process broke it and took a fresh one meanwhile), put it back.
    const grave = `${lockPath}.stale.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
        (0,external_node_fs_.renameSync)(lockPath, grave);
    }
    catch {
        return; // someone else broke or released it
    }
    try {
        if ((0,external_node_fs_.readFileSync)(grave, 'utf8') !== content)
            (0,external_node_fs_.linkSync)(grave, lockPath);
    }
    catch {
        /* a newer lock exists already */
    }
    try {
        (0,external_node_fs_.unlinkSync)(grave);
    }
    catch {
        /* ignore */
    }
}
function releaseLock(lockPath) {
    try {
        (0,external_node_fs_.unlinkSync)(lockPath);
    }
    catch {
        /* already gone */
    }
}

;// CONCATENATED MODULE: ./src/sim/change-tracker.ts
/**
 * Records what a simulator phase changes in the state, so the store writes only that (a journal
 * record) instead of the whole file. The phase sees the state through proxies that note every
 * write: a write inside a *unit* (one guest, one storage, one host file, one volume...) marks the
 * unit dirty, and the unit is written whole; a write to a container above the units (the root, a
 * node, `access`) is written at its own path. `STATE_LAYOUT` says where the units are. Every write
 * is also kept in an undo log, so a phase that throws leaves the state as it found it (the store
 * keeps its parsed state in memory between commands).
 *
 * After `commit`, each written value in the state is replaced by a fresh parse of the text that
 * went into the journal: the in-memory state then holds exactly what a reader of the files gets
 * (no proxies, no shared objects between guests, no `undefined`).
 */
/** Where the units are: `map` children and `list` elements are units; unnamed keys are units. */
const STATE_LAYOUT = {
    guests: 'map',
    storages: 'map',
    clusterFiles: 'map',
    clusterDirs: 'map',
    flocks: 'map',
    counters: 'map',
    volumes: 'list',
    nodes: { '*': { files: 'map', datasets: 'map', zpools: 'map', packages: 'map' } },
    access: { users: 'map', groups: 'map', roles: 'map', pools: 'map' },
};
function childLayout(layout, key) {
    if (layout === 'map' || layout === 'list' || layout === 'unit')
        return 'unit';
    return layout[key] ?? layout['*'] ?? 'unit';
}
const pathKey = (path) => path.join('\u0000');
const isObject = (v) => typeof v === 'object' && v !== null;
const indexOf = (key) => typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key) ? Number(key) : undefined;
/** Thrown when a proxy of a finished phase is written to (a phase kept a reference too long). */
class StaleStateWrite extends Error {
}
class ChangeTracker {
    state;
    /** Writes at container level, in order of (last) insertion for inserted keys. */
    ops = new Map();
    units = new Map();
    lists = new Map();
    proxies = new WeakMap();
    targets = new WeakMap();
    undo = [];
    closed = false;
    root;
    constructor(state) {
        this.state = state;
        this.root = this.container(state, [], STATE_LAYOUT);
    }
    /** True when the phase wrote anything. */
    get changed() {
        return this.undo.length > 0;
    }
    /** Undoes every write (the phase threw, or was not allowed to write). */
    rollback() {
        this.closed = true;
        for (let i = this.undo.length - 1; i >= 0; i--)
            this.undo[i]();
        this.undo.length = 0;
    }
    /** Ends the phase: the records to journal, the state normalised to what they say. */
    commit() {
        this.closed = true;
        if (this.undo.length === 0)
            return [];
        const out = [];
        const covered = (path, self) => {
            for (let n = self ? path.length : path.length - 1; n > 0; n--)
                if (this.ops.has(pathKey(path.slice(0, n))))
                    return true;
            return false;
        };
        const ops = [...this.ops.values()].filter((op) => !covered(op.path, false) && (op.existed || this.valueAt(op.path) !== undefined));
        // A key deleted and added again moves to the end, as it did in memory.
        for (const op of ops)
            if (op.deleted && op.inserted)
                out.push({ path: op.path });
        for (const op of [...ops.filter((o) => !o.inserted), ...ops.filter((o) => o.inserted)])
            this.emit(op.path, out);
        for (const path of this.units.values())
            if (!covered(path, true))
                this.emit(path, out);
        for (const list of this.lists.values()) {
            if (covered(list.path, true))
                continue;
            for (const elem of list.dirtyElems) {
                const i = list.array.indexOf(elem);
                if (i >= 0)
                    list.touched.add(i);
            }
            for (const i of [...list.touched].sort((a, b) => a - b))
                if (i < list.array.length)
                    this.emit([...list.path, i], out);
            if (list.lengthChanged)
                out.push({ path: [...list.path, 'length'], text: String(list.array.length) });
        }
        return out;
    }
    parentOf(path) {
        let parent = this.state;
        for (const k of path.slice(0, -1))
            parent = isObject(parent) ? parent[k] : undefined;
        return isObject(parent) ? parent : undefined;
    }
    valueAt(path) {
        return this.parentOf(path)?.[path[path.length - 1]];
    }
    /** Records the value at `path` (a delete when it is gone) and replaces it by its parsed text. */
    emit(path, out) {
        const parent = this.parentOf(path);
        const key = path[path.length - 1];
        const value = parent?.[key];
        const text = value === undefined ? undefined : JSON.stringify(value);
        if (text === undefined) {
            out.push({ path });
            return;
        }
        out.push({ path, text });
        parent[key] = JSON.parse(text);
    }
    unwrap(v) {
        return isObject(v) ? (this.targets.get(v) ?? v) : v;
    }
    guard() {
        if (this.closed)
            throw new StaleStateWrite('simulator state written after its phase ended');
    }
    /** Records the old value of `target[key]` so `rollback` can restore it. */
    remember(target, key) {
        const had = Object.prototype.hasOwnProperty.call(target, key);
        const old = target[key];
        // Setting an index past the end grows an array before `length` is set: keep the length too.
        const length = Array.isArray(target) ? target.length : undefined;
        this.undo.push(() => {
            if (had)
                target[key] = old;
            else
                delete target[key];
            if (length !== undefined)
                target.length = length;
        });
    }
    wrap(value, make) {
        if (!isObject(value))
            return value;
        if (this.targets.has(value))
            return value; // already a proxy (stored during this phase)
        let p = this.proxies.get(value);
        if (!p) {
            p = make(value);
            this.proxies.set(value, p);
            this.targets.set(p, value);
        }
        return p;
    }
    child(value, path, layout) {
        if (layout === 'unit')
            return this.wrap(value, (v) => this.unit(v, { kind: 'unit', path }));
        if (layout === 'list' && Array.isArray(value))
            return this.wrap(value, (v) => this.list(v, path));
        if (layout === 'list')
            return this.wrap(value, (v) => this.unit(v, { kind: 'unit', path }));
        return this.wrap(value, (v) => this.container(v, path, layout));
    }
    container(target, path, layout) {
        return new Proxy(target, {
            get: (t, key) => {
                const v = t[key];
                if (typeof key === 'symbol' || !isObject(v))
                    return v;
                return this.proxies.get(v) ?? this.child(v, [...path, key], childLayout(layout, key));
            },
            set: (t, key, v) => {
                this.guard();
                if (typeof key === 'symbol')
                    return Reflect.set(t, key, v);
                const p = [...path, key];
                const k = pathKey(p);
                const inserted = !Object.prototype.hasOwnProperty.call(t, key);
                const op = this.ops.get(k) ?? { path: p, existed: !inserted, deleted: false, inserted: false };
                if (inserted) {
                    op.inserted = true;
                    this.ops.delete(k); // insertion order is what the journal replays
                }
                this.ops.set(k, op);
                this.remember(t, key);
                t[key] = this.unwrap(v);
                return true;
            },
            deleteProperty: (t, key) => {
                this.guard();
                if (typeof key === 'symbol')
                    return Reflect.deleteProperty(t, key);
                const p = [...path, key];
                const k = pathKey(p);
                const had = Object.prototype.hasOwnProperty.call(t, key);
                const op = this.ops.get(k) ?? { path: p, existed: had, deleted: false, inserted: false };
                op.deleted = true;
                this.ops.set(k, op);
                this.remember(t, key);
                delete t[key];
                return true;
            },
        });
    }
    list(target, path) {
        let info = this.lists.get(target);
        if (!info) {
            info = { path, array: target, touched: new Set(), dirtyElems: new Set(), lengthChanged: false };
            this.lists.set(target, info);
        }
        const list = info;
        return new Proxy(target, {
            get: (t, key) => {
                const v = t[key];
                // An array's only object-valued properties are its elements.
                if (typeof key === 'symbol' || !isObject(v))
                    return v;
                return this.proxies.get(v) ?? this.wrap(v, (e) => this.unit(e, { kind: 'elem', list, elem: e }));
            },
            set: (t, key, v) => {
                this.guard();
                const i = indexOf(key);
                if (i !== undefined)
                    list.touched.add(i);
                else if (key === 'length')
                    list.lengthChanged = true;
                this.remember(t, key);
                t[key] = this.unwrap(v);
                return true;
            },
            deleteProperty: (t, key) => {
                this.guard();
                const i = indexOf(key);
                if (i !== undefined)
                    list.touched.add(i);
                this.remember(t, key);
                delete t[key];
                return true;
            },
        });
    }
    unit(target, ref) {
        const mark = () => {
            this.guard();
            if (ref.kind === 'elem')
                ref.list.dirtyElems.add(ref.elem);
            else
                this.units.set(pathKey(ref.path), ref.path);
        };
        return new Proxy(target, {
            get: (t, key) => {
                const v = t[key];
                if (typeof key === 'symbol' || !isObject(v))
                    return v;
                return this.proxies.get(v) ?? this.wrap(v, (c) => this.unit(c, ref));
            },
            set: (t, key, v) => {
                mark();
                this.remember(t, key);
                t[key] = this.unwrap(v);
                return true;
            },
            deleteProperty: (t, key) => {
                mark();
                this.remember(t, key);
                delete t[key];
                return true;
            },
        });
    }
}
/** Applies journal records to a state, as `ChangeTracker.commit` described them. */
function applyRecords(state, records) {
    for (const rec of records) {
        const [path] = rec;
        let parent = state;
        for (const k of path.slice(0, -1)) {
            const next = parent[k];
            if (isObject(next))
                parent = next;
            else
                parent = (parent[k] = {});
        }
        const key = path[path.length - 1];
        if (rec.length < 2)
            delete parent[key];
        else
            parent[key] = rec[1];
    }
}

;// CONCATENATED MODULE: ./src/sim/model.ts
/**
 * The simulator's state: one JSON document describing a Proxmox VE cluster (nodes, storages,
 * volumes, guests with their config files, appliance templates, access control, ZFS, host files,
 * packages, kernel modules) plus the simulator's own settings (latency, faults, fake exec results).
 * Each area has its own field so later modules (hypervisor setup) can extend it without touching
 * the guest model.
 */
const SIM_STATE_VERSION = 1;
function guestKey(vmid) {
    return String(vmid);
}
function guestTypeName(kind) {
    return kind === 'lxc' ? 'CT' : 'VM';
}

;// CONCATENATED MODULE: ./src/sim/defaults.ts
/**
 * A fresh simulated host as a Proxmox VE installer leaves it: node `pve`, storages `local` (dir)
 * and `local-lvm` (lvmthin), bridge `vmbr0`, no guests, the appliance index of `pveam available`
 * and `root@pam`. Options add nodes or change the version (8.x and 9.x differ in a few defaults).
 */

const GiB = 1024 ** 3;
function defaultStorages() {
    return [
        {
            id: 'local',
            type: 'dir',
            // A fresh install's `local` (pve-manager's installer storage.cfg): no snippets content.
            content: ['backup', 'import', 'iso', 'vztmpl'],
            shared: false,
            options: { path: '/var/lib/vz' },
            totalBytes: 100 * GiB,
        },
        {
            id: 'local-lvm',
            type: 'lvmthin',
            content: ['images', 'rootdir'],
            shared: false,
            options: { vgname: 'pve', thinpool: 'data' },
            totalBytes: 800 * GiB,
        },
    ];
}
function appliance(section, template, os, version, mb) {
    return {
        section,
        template,
        type: 'lxc',
        os,
        version,
        headline: `${os} ${version} (${section})`,
        sizeBytes: mb * 1024 * 1024,
    };
}
/** The `pveam available` index (a representative subset of download.proxmox.com). */
function defaultAppliances() {
    return [
        appliance('system', 'almalinux-9-default_20240911_amd64.tar.xz', 'almalinux', '9', 100),
        appliance('system', 'alpine-3.21-default_20241217_amd64.tar.xz', 'alpine', '3.21', 3),
        appliance('system', 'alpine-3.22-default_20250617_amd64.tar.xz', 'alpine', '3.22', 3),
        appliance('system', 'archlinux-base_20240911-1_amd64.tar.zst', 'archlinux', 'base', 180),
        appliance('system', 'centos-9-stream-default_20240828_amd64.tar.xz', 'centos', '9', 95),
        appliance('system', 'debian-11-standard_11.7-1_amd64.tar.zst', 'debian', '11', 120),
        appliance('system', 'debian-12-standard_12.7-1_amd64.tar.zst', 'debian', '12', 120),
        appliance('system', 'debian-13-standard_13.1-2_amd64.tar.zst', 'debian', '13', 125),
        appliance('system', 'fedora-42-default_20250428_amd64.tar.xz', 'fedora', '42', 90),
        appliance('system', 'rockylinux-9-default_20240912_amd64.tar.xz', 'rockylinux', '9', 100),
        appliance('system', 'ubuntu-22.04-standard_22.04-1_amd64.tar.zst', 'ubuntu', '22.04', 130),
        appliance('system', 'ubuntu-24.04-standard_24.04-2_amd64.tar.zst', 'ubuntu', '24.04', 140),
        appliance('system', 'ubuntu-25.04-standard_25.04-1.1_amd64.tar.zst', 'ubuntu', '25.04', 145),
        appliance('turnkeylinux', 'debian-12-turnkey-core_18.1-1_amd64.tar.gz', 'debian', '12', 230),
    ];
}
function defaults_text(s) {
    return { data: Buffer.from(s, 'utf8').toString('base64') };
}
function defaultNode(name, index) {
    const ip = `192.168.1.${10 + index}`;
    return {
        name,
        online: true,
        network: [
            { iface: 'lo', type: 'loopback', active: 1, autostart: 1, method: 'loopback', families: ['inet'] },
            { iface: 'eno1', type: 'eth', active: 1, exists: 1, method: 'manual', families: ['inet'] },
            {
                iface: 'vmbr0',
                type: 'bridge',
                active: 1,
                autostart: 1,
                method: 'static',
                method6: 'manual',
                families: ['inet'],
                cidr: `${ip}/24`,
                address: ip,
                netmask: '24',
                gateway: '192.168.1.1',
                bridge_ports: 'eno1',
                bridge_stp: 'off',
                bridge_fd: '0',
            },
        ],
        files: {
            '/etc/hostname': defaults_text(`${name}\n`),
            '/etc/hosts': defaults_text(`127.0.0.1 localhost.localdomain localhost\n${ip} ${name}.local ${name}\n`),
            '/etc/network/interfaces': defaults_text('auto lo\niface lo inet loopback\n\niface eno1 inet manual\n\n' +
                `auto vmbr0\niface vmbr0 inet static\n\taddress ${ip}/24\n\tgateway 192.168.1.1\n` +
                '\tbridge-ports eno1\n\tbridge-stp off\n\tbridge-fd 0\n\nsource /etc/network/interfaces.d/*\n'),
            '/etc/timezone': defaults_text('Etc/UTC\n'),
        },
        packages: {
            'proxmox-ve': '9.1.0',
            'pve-manager': '9.1.2',
            'pve-container': '6.0.18',
            'qemu-server': '9.0.30',
            'zfsutils-linux': '2.3.4-pve1',
            ifupdown2: '3.3.0-1+pmx10',
            'lxc-pve': '6.0.5-1',
        },
        kernelModules: ['zfs', 'bridge', 'overlay', 'br_netfilter', 'kvm', 'kvm_intel'],
        disks: [
            { path: '/dev/sda', sizeBytes: 1000 * GiB, model: 'SIM SSD', serial: `SIM${index}0001`, hasData: true },
        ],
        zpools: {},
        datasets: {},
        cpus: 16,
        memoryBytes: 64 * GiB,
        kernel: '6.14.11-4-pve',
    };
}
function createInitialState(options = {}) {
    const version = options.pveVersion ?? '9.1.2';
    const major = version.split('.')[0] ?? '9';
    const minor = version.split('.')[1] ?? '0';
    const nodeNames = options.nodes && options.nodes.length > 0 ? options.nodes : ['pve'];
    const nodes = {};
    nodeNames.forEach((n, i) => {
        const node = defaultNode(n, i);
        node.packages['pve-manager'] = version;
        if (major === '8') {
            node.packages['proxmox-ve'] = '8.4.0';
            node.packages['pve-container'] = '5.2.7';
            node.packages['qemu-server'] = '8.3.14';
            node.kernel = '6.8.12-13-pve';
        }
        nodes[n] = node;
    });
    const storages = {};
    for (const s of [...defaultStorages(), ...(options.storages ?? [])])
        storages[s.id] = s;
    return {
        version: SIM_STATE_VERSION,
        pve: { version, release: `${major}.${minor}`, repoid: 'c2d8a5b9e1f04a7d' },
        cluster: options.clusterName ? { name: options.clusterName } : {},
        localNode: nodeNames[0],
        nodes,
        storages,
        volumes: [],
        guests: {},
        appliances: defaultAppliances(),
        access: {
            users: {
                'root@pam': { userid: 'root@pam', enable: 1, expire: 0, groups: [], passwordSet: true, tokens: {} },
            },
            groups: {},
            roles: {},
            acl: [],
            pools: {},
        },
        clusterFiles: {},
        settings: { latency: {}, faults: [], execResults: [], macPrefix: 'BC:24:11' },
        counters: {},
        flocks: {},
        seq: 0,
    };
}

;// CONCATENATED MODULE: ./src/sim/state-journal.ts
/**
 * The simulator state's journal, `PATH.journal`: the changes made since the snapshot `PATH` was
 * written, one line per saved phase (a JSON array of `[path, value]` sets and `[path]` deletes,
 * see change-tracker.ts). Its first line names the snapshot it extends (inode, size and mtime in
 * ns); a journal whose snapshot was replaced since (compaction, or someone writing PATH) is
 * ignored. A line counts only once its newline is written, so a writer killed mid-append leaves
 * the state as it was before that phase; the next writer cuts the partial line off.
 */

const fileId = (st) => ({ ino: st.ino, size: st.size, mtimeNs: st.mtimeNs });
const sameId = (a, b) => a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
const idText = (id) => `${id.ino}:${id.size}:${id.mtimeNs}`;
function journalHeader(snapshot) {
    return JSON.stringify({ phoenixSimJournal: 1, snapshot: idText(snapshot) }) + '\n';
}
function journalLine(records) {
    const parts = records.map((r) => r.text === undefined ? `[${JSON.stringify(r.path)}]` : `[${JSON.stringify(r.path)},${r.text}]`);
    return `[${parts.join(',')}]\n`;
}
/** The complete lines of `text` (up to its last newline) and the byte length they take. */
function completeLines(buf) {
    const end = buf.lastIndexOf(0x0a);
    if (end < 0)
        return { lines: [], bytes: 0 };
    const lines = buf.subarray(0, end).toString('utf8').split('\n');
    return { lines, bytes: end + 1 };
}
/** Parses journal lines after the header; throws on a line that is not a record list. */
function parseLines(lines, where) {
    return lines.map((line, i) => {
        try {
            return JSON.parse(line);
        }
        catch (err) {
            throw new Error(`${where}: line ${i + 1} is not valid JSON: ${err.message}`);
        }
    });
}
/** True when the header line names `snapshot`. */
function headerMatches(line, snapshot) {
    if (line === undefined)
        return false;
    try {
        const h = JSON.parse(line);
        return h.phoenixSimJournal === 1 && h.snapshot === idText(snapshot);
    }
    catch {
        return false;
    }
}
/** Reads a file from `offset` to its end through an open descriptor. */
function readFrom(path, offset) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd, { bigint: true });
        const size = Number(st.size);
        const buf = Buffer.alloc(Math.max(0, size - offset));
        let got = 0;
        while (got < buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, got, buf.length - got, offset + got);
            if (n === 0)
                break;
            got += n;
        }
        return { buf: buf.subarray(0, got), id: fileId(st) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/sim/store.ts
/**
 * The simulator's state, shared by every process that simulates the same host (the in-process
 * transport, shims launched in parallel over SSH). The state lives in a snapshot file `PATH` and a
 * journal `PATH.journal` of the changes since (state-journal.ts). Each store keeps the parsed
 * state in memory and checks, with two `stat` calls, whether another process wrote since; it then
 * reads only the journal lines it has not seen. A phase's changes are recorded (change-tracker.ts)
 * and appended as one journal line, so a command costs what it changes, not the size of the
 * estate. When the journal outgrows the snapshot it is folded into a new snapshot (write +
 * rename); `flush` (the transport's `close`) does the same, so PATH alone is the whole state after
 * a run.
 *
 * Writers take an exclusive lock file (`PATH.lock`, created with O_EXCL) for the short
 * read-modify-write; readers need no lock (a snapshot is replaced atomically, a journal line
 * counts once its newline is written). A lock left by a crashed process is broken when its holder
 * no longer exists or after `staleMs`.
 */








const lockQueues = new Map();
/** Journals open for appending while this process holds their lock (closed on release). */
const openJournals = new Map();
function closeJournal(journalPath) {
    const j = openJournals.get(journalPath);
    if (!j)
        return;
    openJournals.delete(journalPath);
    (0,external_node_fs_.closeSync)(j.fd);
}
/** A journal smaller than this is never folded in (below it, replaying is cheap). */
const MIN_COMPACT_BYTES = 1 << 20;
function statId(path) {
    try {
        return fileId((0,external_node_fs_.statSync)(path, { bigint: true }));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
function writeAll(fd, buf, position) {
    let done = 0;
    while (done < buf.length)
        done += (0,external_node_fs_.writeSync)(fd, buf, done, buf.length - done, position + done);
}
class SimStore {
    path;
    options;
    lockPath;
    journalPath;
    staleMs;
    timeoutMs;
    loaded;
    /** This store appended to the journal since the last snapshot it wrote. */
    appended = false;
    constructor(path, options = {}) {
        this.path = path;
        this.options = options;
        this.lockPath = `${path}.lock`;
        this.journalPath = `${path}.journal`;
        this.staleMs = options.staleMs ?? 10_000;
        this.timeoutMs = options.timeoutMs ?? 60_000;
    }
    /** A copy of the current state without locking; creates the file when absent. */
    async read() {
        await this.view(() => undefined);
        return structuredClone(this.loaded.state);
    }
    /**
     * Runs `fn` on the current state without the lock and without saving; whatever `fn` writes is
     * undone. The state passed is the store's own: `fn` must not keep it beyond the call.
     */
    async view(fn) {
        let loaded = this.refresh();
        if (!loaded) {
            await this.update(() => undefined);
            loaded = this.refresh();
        }
        if (!loaded)
            throw new SimStoreError(`simulator state ${this.path} vanished while being read`);
        const tracker = new ChangeTracker(loaded.state);
        try {
            return fn(tracker.root);
        }
        finally {
            tracker.rollback();
        }
    }
    /**
     * Runs `fn` on the current state under the lock and saves what it changed. When `fn` throws,
     * nothing is saved, the state is restored and the error propagates.
     */
    async update(fn) {
        return this.locked(() => {
            const loaded = this.refresh();
            if (!loaded) {
                const state = createInitialState(this.options.initial);
                const result = fn(state);
                this.writeSnapshot(state);
                return result;
            }
            const tracker = new ChangeTracker(loaded.state);
            let result;
            try {
                result = fn(tracker.root);
            }
            catch (err) {
                tracker.rollback();
                throw err;
            }
            const records = tracker.commit();
            if (records.length > 0)
                this.append(loaded, records);
            return result;
        });
    }
    /** Folds the journal into the snapshot if this store wrote to it (PATH is then the whole state). */
    async flush() {
        // Nothing to fold, or the state (and maybe its folder) is gone: leave it so.
        if (!this.appended || statId(this.path) === undefined)
            return;
        await this.locked(() => {
            const loaded = this.refresh();
            if (loaded?.journal && !loaded.journal.stale)
                this.writeSnapshot(loaded.state);
            this.appended = false;
        });
    }
    locked(fn) {
        let q = lockQueues.get(this.lockPath);
        if (!q)
            lockQueues.set(this.lockPath, (q = { tasks: [], draining: false }));
        const queue = q;
        return new Promise((resolve, reject) => {
            queue.tasks.push({
                run: () => {
                    try {
                        resolve(fn());
                    }
                    catch (err) {
                        reject(err);
                    }
                },
                fail: reject,
            });
            if (!queue.draining)
                void this.drain(queue);
        });
    }
    async drain(q) {
        q.draining = true;
        try {
            while (q.tasks.length > 0) {
                try {
                    await this.acquire();
                }
                catch (err) {
                    for (const t of q.tasks.splice(0))
                        t.fail(err);
                    return;
                }
                try {
                    while (q.tasks.length > 0)
                        q.tasks.shift().run();
                }
                finally {
                    this.releaseLock();
                }
            }
        }
        finally {
            q.draining = false;
            if (lockQueues.get(this.lockPath) === q && q.tasks.length === 0)
                lockQueues.delete(this.lockPath);
        }
    }
    /**
     * Brings the in-memory state up to date with the files (undefined: there is no state file).
     * Costs two `stat` calls when nobody else wrote, and reading the new journal lines otherwise.
     */
    refresh() {
        const cur = this.loaded;
        if (cur) {
            const snap = statId(this.path);
            if (snap && sameId(snap, cur.snapshot)) {
                const j = statId(this.journalPath);
                if (!j && !cur.journal)
                    return cur;
                if (j && cur.journal && j.ino === cur.journal.ino && Number(j.size) >= cur.journal.bytes) {
                    if (cur.journal.stale || Number(j.size) === cur.journal.bytes)
                        return cur;
                    const tail = readFrom(this.journalPath, cur.journal.bytes);
                    if (tail && tail.id.ino === cur.journal.ino) {
                        const { lines, bytes } = completeLines(tail.buf);
                        for (const recs of parseLines(lines, this.journalPath))
                            applyRecords(cur.state, recs);
                        cur.journal.bytes += bytes;
                        cur.journal.partial = tail.buf.length > bytes;
                        return cur;
                    }
                }
            }
        }
        this.loaded = this.loadFully();
        return this.loaded;
    }
    loadFully() {
        for (let attempt = 0;; attempt++) {
            const snap = readFrom(this.path, 0);
            if (!snap)
                return undefined;
            const state = this.parse(snap.buf.toString('utf8'));
            const loaded = { state, snapshot: snap.id };
            const j = readFrom(this.journalPath, 0);
            if (j) {
                const { lines, bytes } = completeLines(j.buf);
                const stale = !headerMatches(lines[0], snap.id);
                loaded.journal = { ino: j.id.ino, bytes, partial: j.buf.length > bytes, stale };
                if (!stale)
                    for (const recs of parseLines(lines.slice(1), this.journalPath))
                        applyRecords(state, recs);
            }
            // A writer replaced the snapshot while we read the journal: read both again.
            const now = statId(this.path);
            if ((now && sameId(now, snap.id)) || attempt >= 5)
                return loaded;
        }
    }
    /** Appends one journal line (starting a new journal when there is none for this snapshot). */
    append(loaded, records) {
        const line = Buffer.from(journalLine(records));
        const j = loaded.journal;
        if (!j || j.stale) {
            closeJournal(this.journalPath);
            const text = Buffer.concat([Buffer.from(journalHeader(loaded.snapshot)), line]);
            const id = this.writeAtomic(this.journalPath, text);
            loaded.journal = { ino: id.ino, bytes: text.length, partial: false, stale: false };
        }
        else {
            let open = openJournals.get(this.journalPath);
            if (open && open.ino !== j.ino)
                closeJournal(this.journalPath);
            if (!open || open.ino !== j.ino) {
                open = { fd: (0,external_node_fs_.openSync)(this.journalPath, 'r+'), ino: j.ino };
                openJournals.set(this.journalPath, open);
            }
            if (j.partial)
                (0,external_node_fs_.ftruncateSync)(open.fd, j.bytes); // a line cut short by a killed writer
            j.partial = false;
            writeAll(open.fd, line, j.bytes);
            j.bytes += line.length;
        }
        this.appended = true;
        if (loaded.journal.bytes > Math.max(MIN_COMPACT_BYTES, Number(loaded.snapshot.size)))
            this.writeSnapshot(loaded.state);
    }
    /** Writes the whole state as the new snapshot and drops the journal. */
    writeSnapshot(state) {
        closeJournal(this.journalPath);
        const id = this.writeAtomic(this.path, Buffer.from(JSON.stringify(state)));
        try {
            (0,external_node_fs_.unlinkSync)(this.journalPath);
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
        this.loaded = { state, snapshot: id };
        this.appended = false;
    }
    parse(text) {
        let state;
        try {
            state = JSON.parse(text);
        }
        catch (err) {
            throw new SimStoreError(`simulator state ${this.path} is not valid JSON: ${err.message}`);
        }
        if (state?.version !== SIM_STATE_VERSION)
            throw new SimStoreError(`simulator state ${this.path} has version ${String(state?.version)}, expected ${SIM_STATE_VERSION}`);
        return state;
    }
    /** Write + rename; returns the identity of the file written. */
    writeAtomic(path, data) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        const fd = (0,external_node_fs_.openSync)(tmp, 'w', 0o644);
        let id;
        try {
            writeAll(fd, data, 0);
            id = fileId((0,external_node_fs_.fstatSync)(fd, { bigint: true }));
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(tmp, path);
        return id;
    }
    acquire() {
        return acquireLock(this.lockPath, this.staleMs, this.timeoutMs);
    }
    releaseLock() {
        closeJournal(this.journalPath);
        releaseLock(this.lockPath);
    }
}

;// CONCATENATED MODULE: ./src/sim/context.ts
/**
 * What a simulated command sees while it runs: the state (already locked for writing), its
 * runtime (node, stdin, environment, latency), output sinks, config locks (`lock_config` flocks)
 * and the continuation mechanism for long operations. A handler returns `ctx.after(op, next)` to
 * release the state lock, wait the operation's latency (holding the model's locks, so concurrent
 * misuse fails like on Proxmox) and continue in `next` with fresh state.
 */


class Continuation {
    op;
    next;
    constructor(
    /** Latency key to wait before `next`. */
    op, next) {
        this.op = op;
        this.next = next;
    }
}
/** Another command holds the config lock: the dispatcher waits and retries the phase. */
class FlockBusy extends Error {
    kind;
    vmid;
    constructor(kind, vmid) {
        super(`config lock of ${vmid} is busy`);
        this.kind = kind;
        this.vmid = vmid;
    }
}
const FLOCK_MAX_AGE_MS = 10 * 60_000;
class SimCtx {
    s;
    rt;
    sink;
    constructor(s, rt, sink) {
        this.s = s;
        this.rt = rt;
        this.sink = sink;
    }
    out(text) {
        this.sink.out.push(text);
    }
    err(text) {
        this.sink.err.push(text);
    }
    get nodeName() {
        return this.rt.node;
    }
    get node() {
        const n = this.s.nodes[this.rt.node];
        if (!n)
            throw new PveError(`no such cluster node '${this.rt.node}'`);
        return n;
    }
    now() {
        return this.rt.now();
    }
    /** The same command's view as if it ran on `node` (a migration's steps on the target). */
    onNode(node) {
        return new SimCtx(this.s, { ...this.rt, node }, this.sink);
    }
    /** Next value of the state's sequence (MACs, UUIDs, secrets). */
    seq() {
        this.s.seq += 1;
        return this.s.seq;
    }
    /**
     * Takes the guest's config lock (`lock_config`) until the command ends. Throws `FlockBusy`
     * while another live command holds it.
     */
    holdFlock(kind, vmid) {
        const key = String(vmid);
        if (this.sink.flocks.has(key))
            return;
        const cur = this.s.flocks[key];
        if (cur && cur.holder !== this.rt.token) {
            const fresh = this.now() - cur.at < FLOCK_MAX_AGE_MS;
            if (fresh && pidAlive(cur.pid))
                throw new FlockBusy(kind, vmid);
        }
        this.s.flocks[key] = { holder: this.rt.token, pid: process.pid, at: this.now() };
        this.sink.flocks.add(key);
    }
    /**
     * Ends the command with a Proxmox error while keeping this phase's state changes (cleanup after
     * a failed worker). The handler must return normally afterwards.
     */
    failCommitted(message, exitCode = 255) {
        if (message)
            this.sink.err.push(message.endsWith('\n') ? message : message + '\n');
        this.sink.exitCode = exitCode;
    }
    after(op, next) {
        return new Continuation(op, next);
    }
}
function releaseFlocks(state, token) {
    for (const [k, v] of Object.entries(state.flocks))
        if (v.holder === token)
            delete state.flocks[k];
}
function flockTimeoutMessage(kind, vmid) {
    return kind === 'qemu'
        ? `can't lock file '/var/lock/qemu-server/lock-${vmid}.conf' - got timeout`
        : `can't lock file '/run/lock/lxc/pve-config-${vmid}.lock' - got timeout`;
}

;// CONCATENATED MODULE: ./src/sim/faults.ts
class FaultConfigError extends Error {
}
function parseFaultEnv(text) {
    if (text === undefined || text.trim() === '')
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new FaultConfigError(`PHOENIX_SIM_FAULTS is not valid JSON: ${err.message}`);
    }
    const rules = Array.isArray(parsed) ? parsed : [parsed];
    for (const r of rules) {
        if (typeof r !== 'object' || r === null || typeof r.op !== 'string')
            throw new FaultConfigError('PHOENIX_SIM_FAULTS: every rule needs an "op" string');
    }
    return rules;
}
function ruleKey(rule) {
    return `${rule.op}|${rule.match ?? ''}`;
}
function ruleApplies(rule, op, argv) {
    if (rule.op !== '*' && rule.op !== op)
        return false;
    if (rule.match !== undefined && !new RegExp(rule.match).test(argv.join(' ')))
        return false;
    return true;
}
/**
 * Counts this call for every applicable rule (mutates `state.counters`) and returns the rule
 * that fires, if any.
 */
function countAndPick(state, rules, op, argv) {
    let fired;
    const counted = new Set();
    for (const rule of rules) {
        if (!ruleApplies(rule, op, argv))
            continue;
        const key = ruleKey(rule);
        if (!counted.has(key)) {
            state.counters[key] = (state.counters[key] ?? 0) + 1;
            counted.add(key);
        }
        const n = state.counters[key];
        const first = rule.nth ?? 1;
        const times = rule.times ?? (rule.nth === undefined ? Infinity : 1);
        if (!fired && n >= first && n < first + times)
            fired = rule;
    }
    return fired;
}
/** The default message of a failing rule: Proxmox's config lock timeout for the guest named in argv. */
function defaultFaultMessage(argv) {
    const vmid = argv.slice(1).find((a) => /^[1-9]\d{2,8}$/.test(a));
    if (vmid === undefined)
        return 'simulated failure';
    return argv[0] === 'qm'
        ? `can't lock file '/var/lock/qemu-server/lock-${vmid}.conf' - got timeout`
        : `can't lock file '/run/lock/lxc/pve-config-${vmid}.lock' - got timeout`;
}

;// CONCATENATED MODULE: ./src/sim/latency.ts
/** Milliseconds per operation key at scale 1. Keys not listed take `*`. */
const REALISTIC_MS = {
    '*': 40,
    'pct create': 6000,
    'pct clone': 5000,
    'pct clone linked': 1200,
    'pct start': 1200,
    'pct stop': 800,
    'pct shutdown': 2500,
    'pct reboot': 3500,
    'pct snapshot': 700,
    'pct delsnapshot': 500,
    'pct rollback': 1500,
    'pct template': 1500,
    'pct destroy': 1500,
    'pct set': 150,
    'pct resize': 800,
    'pct exec': 300,
    'pct push': 150,
    'pct migrate': 8000,
    'qm create': 1500,
    'qm clone': 6000,
    'qm clone linked': 1500,
    'qm start': 1500,
    'qm stop': 800,
    'qm shutdown': 4000,
    'qm reboot': 5000,
    'qm snapshot': 1000,
    'qm delsnapshot': 600,
    'qm rollback': 2000,
    'qm template': 1500,
    'qm destroy': 1500,
    'qm set': 200,
    'qm resize': 800,
    'qm disk import': 8000,
    'qm migrate': 15000,
    'qm cloudinit update': 400,
    'qm guest cmd': 80,
    'qm guest exec': 500,
    'qm agent boot': 5000,
    'pveam download': 10000,
    'pveam update': 2000,
    'pvesh get': 250,
    'pvesm add': 300,
    'zpool create': 2000,
    'zfs create': 300,
    grep: 20,
    cat: 10,
    tee: 20,
};
class LatencyConfigError extends Error {
}
/** Parses PHOENIX_SIM_LATENCY. */
function parseLatencyEnv(text) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const t = text.trim();
    if (t.startsWith('{')) {
        try {
            return JSON.parse(t);
        }
        catch (err) {
            throw new LatencyConfigError(`PHOENIX_SIM_LATENCY is not valid JSON: ${err.message}`);
        }
    }
    const m = /^(zero|realistic)(?::(\d+(?:\.\d+)?))?$/.exec(t);
    if (!m)
        throw new LatencyConfigError(`PHOENIX_SIM_LATENCY must be 'zero', 'realistic', 'realistic:SCALE' or JSON, got '${text}'`);
    return { profile: m[1], scale: m[2] === undefined ? undefined : Number(m[2]) };
}
function latencyModel(fromState, fromEnv) {
    const s = { ...fromState, ...(fromEnv ?? {}) };
    if (fromEnv?.ops || fromState.ops)
        s.ops = { ...(fromState.ops ?? {}), ...(fromEnv?.ops ?? {}) };
    const profile = s.profile ?? 'zero';
    const scale = s.scale ?? 1;
    if (!(scale >= 0) || !Number.isFinite(scale))
        throw new LatencyConfigError(`latency scale must be >= 0`);
    const base = profile === 'realistic' ? REALISTIC_MS : {};
    return {
        scale,
        profile,
        ms(op) {
            const v = s.ops?.[op] ?? base[op] ?? s.ops?.['*'] ?? base['*'] ?? 0;
            return Math.max(0, v * scale);
        },
    };
}

;// CONCATENATED MODULE: ./src/sim/programs/flock.ts
/**
 * `flock [-n] [-w SECONDS] [-E CODE] [-s|-x] LOCKFILE COMMAND [ARGS...]` (util-linux) as a
 * wrapper: takes a host-wide named lock (kept in the state file, so every process simulating the
 * host sees it), runs the command, releases the lock. A conflicting `-n` or an expired `-w` exits
 * 1 (or `-E CODE`) without running the command. A lock whose holder process is gone is free.
 */


const flock_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function parseFlockArgs(args) {
    const req = { nonblock: false, conflictCode: 1, lockfile: '', command: [] };
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        if (a === '-n' || a === '--nb' || a === '--nonblock')
            req.nonblock = true;
        else if (a === '-s' || a === '-x' || a === '-e' || a === '-o' || a === '--shared' || a === '--exclusive')
            continue;
        else if (a === '-w' || a === '--wait' || a === '--timeout')
            req.timeoutSec = Number(args[++i]);
        else if (a === '-E' || a === '--conflict-exit-code')
            req.conflictCode = Number(args[++i]);
        else if (a === '--')
            continue;
        else
            break;
    }
    const lockfile = args[i];
    if (lockfile === undefined)
        return "flock: not enough arguments\nTry 'flock --help' for more information.\n";
    req.lockfile = lockfile;
    let cmd = args.slice(i + 1);
    if (cmd[0] === '-c' || cmd[0] === '--command')
        cmd = ['sh', '-c', ...cmd.slice(1)];
    if (cmd.length === 0)
        return `flock: ${lockfile}: not a command\n`;
    req.command = cmd;
    return req;
}
async function runFlock(store, args, run) {
    const req = parseFlockArgs(args);
    if (typeof req === 'string')
        return { exitCode: 64, stdout: '', stderr: req };
    const key = `file:${req.lockfile}`;
    const holder = `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const deadline = req.timeoutSec === undefined ? Infinity : Date.now() + req.timeoutSec * 1000;
    for (;;) {
        const got = await store.update((s) => {
            const cur = s.flocks[key];
            if (cur && cur.holder !== holder && pidAlive(cur.pid))
                return false;
            s.flocks[key] = { holder, pid: process.pid, at: Date.now() };
            return true;
        });
        if (got)
            break;
        if (req.nonblock || Date.now() > deadline)
            return { exitCode: req.conflictCode, stdout: '', stderr: '' };
        await flock_sleep(50);
    }
    try {
        return await run(req.command);
    }
    finally {
        await store.update((s) => {
            if (s.flocks[key]?.holder === holder)
                delete s.flocks[key];
        });
    }
}

;// CONCATENATED MODULE: ./src/sim/cluster.ts
/** Node ids in join order: the first node is 1. */
function nodeId(s, name) {
    return Object.keys(s.nodes).indexOf(name) + 1;
}
/**
 * The node's cluster address: its `address`, else its first interface address (the installer's
 * `vmbr0`), else one derived from its position (10.0.0.11, .12, ...), so every state has one.
 */
function nodeAddress(s, name) {
    const n = s.nodes[name];
    if (!n)
        return '';
    if (n.address)
        return n.address;
    const iface = n.network.find((i) => typeof i.address === 'string' && i.address !== '' && i.type !== 'loopback');
    if (iface?.address)
        return iface.address;
    return `10.0.0.${10 + nodeId(s, name)}`;
}
/** The node that answers at `address`, if any. */
function nodeAt(s, address) {
    return Object.values(s.nodes).find((n) => nodeAddress(s, n.name) === address);
}
/** votequorum with one vote per node: quorate while more than half the nodes are online. */
function isQuorate(s) {
    const all = Object.values(s.nodes);
    const up = all.filter((n) => n.online).length;
    return up > all.length / 2;
}
/**
 * `GET /cluster/status` (pve-manager PVE::API2::Cluster `get_status`): a `cluster` entry from
 * pmxcfs' cluster info, then one `node` entry per member (nodeid, online, local, ip, the
 * subscription level: '' without one). A node that is in no cluster gets the fake single entry,
 * nodeid 0. Booleans as the API's 0/1.
 */
function clusterStatus(s, localNode) {
    const names = Object.keys(s.nodes);
    const node = (name) => ({
        type: 'node',
        id: `node/${name}`,
        name,
        nodeid: nodeId(s, name),
        ip: nodeAddress(s, name),
        local: name === localNode ? 1 : 0,
        online: s.nodes[name].online ? 1 : 0,
        level: '',
    });
    if (!inCluster(s))
        return [{ ...node(localNode), nodeid: 0, online: 1 }];
    return [
        {
            type: 'cluster',
            id: 'cluster',
            name: clusterName(s),
            nodes: names.length,
            version: s.cluster.version ?? names.length,
            quorate: isQuorate(s) ? 1 : 0,
        },
        ...names.map(node),
    ];
}
/** A state with several nodes, or a cluster name, is a cluster (a lone node may be one too). */
function inCluster(s) {
    return s.cluster.name !== undefined || Object.keys(s.nodes).length > 1;
}
/** The cluster's name (`pvecm create NAME`); states without one: `cluster`. */
function clusterName(s) {
    return s.cluster.name ?? 'cluster';
}

;// CONCATENATED MODULE: ./src/sim/programs/ssh.ts
/**
 * `ssh` between the nodes of the simulated cluster, in the one form Proxmox uses for it
 * (pve-cluster `PVE::SSHInfo::ssh_info_to_command`):
 *   ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@ADDRESS -- 'WORD' 'WORD' ...
 * The node answering at ADDRESS must be the one HostKeyAlias names (otherwise OpenSSH's host key
 * check fails: the cluster's known_hosts, /etc/pve/priv/known_hosts, lists each node's key under
 * its name), and must be online; the remote login shell splits the command string into words,
 * which then run on that node with this command's stdin, output and exit code.
 */


const HOP_FORM = "ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@ADDRESS -- 'COMMAND'";
const ssh_fail = (stderr, exitCode = 255) => ({ exitCode, stdout: '', stderr });
/**
 * Splits what a POSIX shell would take as plain words: single-quoted text, backslash escapes and
 * unquoted characters without special meaning, words separated by blanks. Anything a shell would
 * interpret (`;`, `|`, `$`, `"`, globs, ...) is refused: the hop only ever sends quoted words.
 */
function splitShellWords(text) {
    const words = [];
    let cur;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\n') {
            if (cur !== undefined)
                words.push(cur);
            cur = undefined;
        }
        else if (c === "'") {
            const end = text.indexOf("'", i + 1);
            if (end < 0)
                return 'unterminated quoted string';
            cur = (cur ?? '') + text.slice(i + 1, end);
            i = end;
        }
        else if (c === '\\') {
            if (i + 1 >= text.length)
                return 'a backslash at the end of the command';
            cur = (cur ?? '') + text[++i];
        }
        else if (/[A-Za-z0-9_@%+=:,./-]/.test(c))
            cur = (cur ?? '') + c;
        else
            return `the unquoted character '${c}' (only single-quoted words are simulated)`;
    }
    if (cur !== undefined)
        words.push(cur);
    return words;
}
/** A stable stand-in for a node's ED25519 host key fingerprint. */
function fingerprint(node) {
    return 'SHA256:' + (0,external_node_crypto_.createHash)('sha256').update(`ssh-host-key:${node}`).digest('base64').replace(/=+$/, '');
}
/** OpenSSH (sshconnect.c `check_host_key`) when the key at the address is another alias's. */
function keyChanged(alias, actual) {
    const bar = '@'.repeat(59) + '\n';
    return (bar +
        '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n' +
        bar +
        'IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\n' +
        'Someone could be eavesdropping on you right now (man-in-the-middle attack)!\n' +
        'It is also possible that a host key has just been changed.\n' +
        'The fingerprint for the ED25519 key sent by the remote host is\n' +
        `${fingerprint(actual)}.\n` +
        'Please contact your system administrator.\n' +
        'Add correct host key in /root/.ssh/known_hosts to get rid of this message.\n' +
        'Offending ED25519 key in /etc/ssh/ssh_known_hosts:1\n' +
        '  remove with:\n' +
        `  ssh-keygen -f '/etc/ssh/ssh_known_hosts' -R '${alias}'\n` +
        `Host key for ${alias} has changed and you have requested strict checking.\n` +
        'Host key verification failed.\n');
}
async function runSsh(store, args, runOn) {
    const alias = /^HostKeyAlias=(.+)$/.exec(args[5] ?? '')?.[1];
    const address = /^root@(.+)$/.exec(args[6] ?? '')?.[1];
    const form = args.length === 9 &&
        args[0] === '-e' &&
        args[1] === 'none' &&
        args[2] === '-o' &&
        args[3] === 'BatchMode=yes' &&
        args[4] === '-o' &&
        args[7] === '--';
    if (!form || alias === undefined || address === undefined)
        return ssh_fail(`phoenix-sim: ssh: only the cluster hop form is simulated: ${HOP_FORM}\n`);
    const target = await store.view((s) => {
        const n = nodeAt(s, address);
        return n ? { name: n.name, online: n.online, aliasKnown: s.nodes[alias] !== undefined } : undefined;
    });
    // An address no node answers at, or a node that is down: the TCP connect fails.
    if (!target || !target.online)
        return ssh_fail(`ssh: connect to host ${address} port 22: No route to host\n`);
    if (target.name !== alias) {
        // BatchMode=yes: an unknown alias cannot be confirmed, a known one has another key.
        if (!target.aliasKnown)
            return ssh_fail('Host key verification failed.\n');
        return ssh_fail(keyChanged(alias, target.name));
    }
    const words = splitShellWords(args[8]);
    if (typeof words === 'string')
        return ssh_fail(`phoenix-sim: ssh: cannot run the remote command: ${words}\n`, 2);
    if (words.length === 0)
        return ssh_fail('phoenix-sim: ssh: no remote command (an interactive login is not simulated)\n');
    return runOn(words, target.name);
}

;// CONCATENATED MODULE: ./src/sim/dispatch.ts
/**
 * Runs one host command (an argv, exactly as a transport would send it) against the simulator:
 * finds the program's handler, applies fault rules, runs the handler's phases under the state
 * lock (read-only commands without it), waits the operation's latency once without holding the
 * lock (a long operation's continuation carries it; a command without one waits after its phase),
 * retries while a guest's config lock is busy, and turns Proxmox errors into exit codes and
 * stderr text. Programs register here (`registerSimProgram`), one module per area.
 */








const PROGRAMS = new Map();
function registerSimProgram(name, program) {
    PROGRAMS.set(name, program);
}
/** The program registered under `name`, e.g. to wrap it with more verbs. */
function getSimProgram(name) {
    return PROGRAMS.get(name);
}
function simProgramNames() {
    return [...PROGRAMS.keys(), 'flock', 'ssh'].sort();
}
/** The process running a command was killed mid-way (`killMidway`). */
class SimKilled extends Error {
    argv;
    constructor(argv) {
        super(`killed while running: ${argv.join(' ')}`);
        this.argv = argv;
        this.name = 'SimKilled';
    }
}
const dispatch_sleep = (ms) => ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
/** How long a command waits for a busy config lock (Proxmox: 10 s). */
const FLOCK_TIMEOUT_MS = 10_000;
async function runSimCommand(store, argv, options) {
    const env = options.env ?? {};
    const prog = argv[0] === undefined ? '' : (0,external_node_path_.basename)(argv[0]);
    if (prog === 'flock')
        return runFlock(store, argv.slice(1), (inner) => runSimCommand(store, inner, options));
    // coreutils `timeout` around a simulated command (a hop's inner command may carry one): the
    // command runs here, its bound not enforced (simulated commands end by themselves); around
    // anything else it is the real program's.
    if (prog === 'timeout') {
        const inner = timeoutInner(argv.slice(1));
        const innerProg = inner?.[0] === undefined ? '' : (0,external_node_path_.basename)(inner[0]);
        if (inner && (PROGRAMS.has(innerProg) || innerProg === 'flock' || innerProg === 'ssh'))
            return runSimCommand(store, inner, options);
    }
    // A hop to another cluster node: the inner command runs there, with the same stdin.
    if (prog === 'ssh')
        return runSsh(store, argv.slice(1), (inner, node) => runSimCommand(store, inner, { ...options, node }));
    const program = PROGRAMS.get(prog);
    if (!program) {
        if (options.runExternal)
            return options.runExternal(argv);
        return { exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0] ?? ''}: not found\n` };
    }
    const args = argv.slice(1);
    const normArgv = [prog, ...args];
    const op = program.op(args);
    const readOnly = program.readOnly(args);
    // A copy of the few settings needed here (the phases below get the state itself).
    const state = await store.view((s) => ({
        settings: JSON.parse(JSON.stringify(s.settings)),
        localNode: s.localNode,
    }));
    const envFaults = parseFaultEnv(env.PHOENIX_SIM_FAULTS);
    const rules = [...state.settings.faults, ...envFaults];
    const latency = latencyModel(state.settings.latency, parseLatencyEnv(env.PHOENIX_SIM_LATENCY));
    const agentBoot = state.settings.agentBootMs ?? latency.ms('qm agent boot') / (latency.scale || 1);
    const runtime = {
        args,
        node: options.node ?? env.PHOENIX_SIM_NODE ?? state.localNode,
        stdin: options.stdin === undefined ? Buffer.alloc(0) : Buffer.from(options.stdin),
        env,
        token: `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`,
        latency,
        agentBootMs: agentBoot * latency.scale,
        realFs: options.realFs ?? false,
        extraSimulatedPaths: options.extraSimulatedPaths ?? [],
        now: () => Date.now(),
    };
    let fault;
    if (rules.length > 0)
        fault = await store.update((s) => countAndPick(s, rules, op, normArgv));
    if (fault && fault.action !== 'drop') {
        await dispatch_sleep(latency.ms(op));
        const message = fault.message ?? defaultFaultMessage(normArgv);
        return {
            exitCode: fault.exitCode ?? 255,
            stdout: '',
            stderr: message.endsWith('\n') ? message : message + '\n',
        };
    }
    if (fault?.action === 'drop' && (fault.when ?? 'before') === 'before')
        await options.onDrop('before');
    const sink = { out: [], err: [], flocks: new Set(), exitCode: 0 };
    let exitCode = 0;
    let phase = program.run;
    let first = true;
    let waited = false;
    try {
        for (;;) {
            let outcome;
            if (readOnly && first) {
                outcome = await store.view((s) => phase(new SimCtx(s, runtime, sink)));
            }
            else {
                outcome = await runLockedPhase(store, runtime, sink, phase, state.settings.lockTimeoutMs ?? FLOCK_TIMEOUT_MS);
            }
            first = false;
            if (outcome instanceof Continuation && options.killMidway)
                throw new SimKilled(normArgv);
            if (outcome instanceof Continuation) {
                // The operation's own latency (e.g. `qm clone` or `qm clone linked`), taken instead of the
                // command's, not on top of it.
                await dispatch_sleep(latency.ms(outcome.op));
                waited = true;
                phase = outcome.next;
                continue;
            }
            if (!waited)
                await dispatch_sleep(latency.ms(op));
            break;
        }
    }
    catch (err) {
        if (err instanceof PveError) {
            sink.err.push(err.render());
            exitCode = err.exitCode;
        }
        else if (err instanceof ExitStatus) {
            if (err.stderrText)
                sink.err.push(err.stderrText);
            exitCode = err.exitCode;
        }
        else
            throw err;
    }
    finally {
        if (sink.flocks.size > 0)
            await store.update((s) => releaseFlocks(s, runtime.token));
    }
    if (fault?.action === 'drop')
        await options.onDrop('after');
    if (exitCode === 0)
        exitCode = sink.exitCode;
    return { exitCode, stdout: sink.out.join(''), stderr: sink.err.join('') };
}
/** The command of `timeout [OPTIONS] DURATION COMMAND...`, or undefined if it names none. */
function timeoutInner(args) {
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        if (a === '-k' || a === '-s' || a === '--kill-after' || a === '--signal')
            i++;
        else if (!a.startsWith('-') || a === '-')
            break;
    }
    const rest = args.slice(i + 1);
    return args[i] !== undefined && /^\d+(\.\d+)?[smhd]?$/.test(args[i]) && rest.length > 0
        ? [...rest]
        : undefined;
}
async function runLockedPhase(store, runtime, sink, phase, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const outLen = sink.out.length;
        const errLen = sink.err.length;
        try {
            return await store.update((s) => {
                const outcome = phase(new SimCtx(s, runtime, sink));
                if (!(outcome instanceof Continuation)) {
                    releaseFlocks(s, runtime.token);
                    sink.flocks.clear();
                }
                return outcome;
            });
        }
        catch (err) {
            if (!(err instanceof FlockBusy))
                throw err;
            // Nothing was saved: drop this attempt's output and try again.
            sink.out.length = outLen;
            sink.err.length = errLen;
            if (Date.now() > deadline)
                throw new PveError(flockTimeoutMessage(err.kind, err.vmid));
            await dispatch_sleep(15 + Math.random() * 20);
        }
    }
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/state.ts

function fresh() {
    return {
        users: {
            root: {
                uid: 0,
                gid: 0,
                home: '/root',
                shell: '/bin/bash',
                groups: [],
                hash: '$y$j9T$simulated$rootrootrootrootrootrootrootrootroo',
            },
            nobody: {
                uid: 65534,
                gid: 65534,
                home: '/nonexistent',
                shell: '/usr/sbin/nologin',
                groups: [],
                hash: '*',
            },
        },
        groups: { root: 0, sudo: 27, users: 100, www_data: 33, nogroup: 65534 },
        units: {
            pveproxy: { enabled: true, active: true },
            pvedaemon: { enabled: true, active: true },
            'pve-firewall': { enabled: true, active: true },
            chrony: { enabled: true, active: true, package: 'chrony' },
            ssh: { enabled: true, active: true },
            // Proxmox VE depends on apparmor (lxc-pve loads its profiles through apparmor.service).
            apparmor: { enabled: true, active: true },
            'nfs-server': { enabled: true, active: false, package: 'nfs-kernel-server' },
            smbd: { enabled: true, active: true, package: 'samba' },
            nmbd: { enabled: true, active: true, package: 'samba' },
        },
        ntp: true,
        sambaUsers: [],
        apparmorLoaded: [
            'lxc-container-default',
            'lxc-container-default-cgns',
            'lxc-container-default-with-nesting',
        ],
        aptIndexFresh: false,
        nvidia: { gpus: 1 },
        owners: {},
        rebuilt: {},
    };
}
/** The node's host-setup state, created with a fresh install's values on first use. */
function hostSetupOf(node) {
    const n = node;
    n.hostSetup ??= fresh();
    return n.hostSetup;
}
function hostSetup(ctx) {
    return hostSetupOf(ctx.node);
}
/** Text of a node file, or undefined. */
function fileText(ctx, path) {
    const f = ctx.node.files[path];
    return f ? Buffer.from(f.data, 'base64').toString('utf8') : undefined;
}
function setFileText(ctx, path, text) {
    ctx.node.files[path] = {
        ...(ctx.node.files[path] ?? {}),
        data: Buffer.from(text, 'utf8').toString('base64'),
    };
}
/** Paths of node files directly in `dir`. */
function filesIn(ctx, dir) {
    const prefix = dir.replace(/\/$/, '') + '/';
    return Object.keys(ctx.node.files)
        .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .sort();
}
const hasPackage = (ctx, name) => ctx.node.packages[name] !== undefined;
/** Exits like a shell that does not find the program (its package is not installed). */
function requirePackage(ctx, pkg, program) {
    if (!hasPackage(ctx, pkg))
        throw new ExitStatus(127, `sh: 1: ${program}: not found\n`);
}
function exit(code, stderr = '') {
    throw new ExitStatus(code, stderr === '' || stderr.endsWith('\n') ? stderr : stderr + '\n');
}
/** The part of a unit name before `.service`. */
const unitName = (u) => u.replace(/\.service$/, '');

;// CONCATENATED MODULE: ./src/sim/hypervisor/disks.ts


/** Partition device names as udev makes them: `-partN` for by-id links, `pN` after a digit. */
function partitionPath(disk, n) {
    if (disk.startsWith('/dev/disk/'))
        return `${disk}-part${n}`;
    return /\d$/.test(disk) ? `${disk}p${n}` : `${disk}${n}`;
}
function poolOf(ctx, d) {
    return Object.values(ctx.node.zpools).find((p) => p.vdevs.includes(d.path))?.name;
}
function findDisk(ctx, path) {
    for (const d of ctx.node.disks) {
        if (d.path === path)
            return { disk: d };
        for (const n of [1, 2, 3, 9])
            if (partitionPath(d.path, n) === path)
                return { disk: d, part: n };
    }
    return undefined;
}
function describe(ctx, d) {
    const dev = {
        path: d.path,
        size: d.sizeBytes,
        type: 'disk',
        fstype: null,
        pttype: null,
        mountpoint: null,
    };
    const part = (n, size, fstype) => ({
        path: partitionPath(d.path, n),
        size,
        type: 'part',
        fstype,
        pttype: 'gpt',
        mountpoint: null,
    });
    if (poolOf(ctx, d)) {
        dev.pttype = 'gpt';
        dev.children = [part(1, d.sizeBytes - 8 * 1024 ** 2, 'zfs_member'), part(9, 8 * 1024 ** 2, null)];
    }
    else if (d.hasData) {
        dev.pttype = 'gpt';
        dev.children = [part(1, d.sizeBytes - 1024 ** 2, 'ext4')];
    }
    return dev;
}
function lsblk(ctx) {
    const args = ctx.rt.args;
    const i = args.indexOf('--');
    const devices = i >= 0
        ? args.slice(i + 1)
        : args.filter((a, j) => !a.startsWith('-') && args[j - 1] !== '--output' && args[j - 1] !== '-o');
    const cols = (args[args.indexOf('--output') + 1] ?? 'NAME').toLowerCase().split(',');
    const out = [];
    let missing = false;
    for (const p of devices) {
        const found = findDisk(ctx, p);
        if (!found) {
            ctx.err(`lsblk: ${p}: not a block device\n`);
            missing = true;
            continue;
        }
        const dev = describe(ctx, found.disk);
        out.push(found.part === undefined ? dev : (dev.children?.find((c) => c.path === p) ?? dev));
    }
    const pick = (d) => {
        const o = {};
        for (const c of cols)
            o[c] = d[c] ?? null;
        if (d.children)
            o.children = d.children.map(pick);
        return o;
    };
    if (args.includes('--json') || args.includes('-J'))
        ctx.out(JSON.stringify({ blockdevices: out.map(pick) }, null, 3) + '\n');
    else
        for (const d of out)
            ctx.out(`${d.path} ${d.size} ${d.type}\n`);
    if (missing)
        exit(out.length > 0 ? 64 : 32);
}
function wipefs(ctx) {
    const args = ctx.rt.args;
    const i = args.indexOf('--');
    const devices = i >= 0 ? args.slice(i + 1) : args.filter((a) => !a.startsWith('-'));
    const all = (args.includes('-a') || args.includes('--all')) && !args.includes('-n') && !args.includes('--no-act');
    for (const p of devices) {
        const found = findDisk(ctx, p);
        if (!found)
            exit(1, `wipefs: error: ${p}: probing initialization failed: No such file or directory`);
        if (!all) {
            if (found.disk.hasData)
                ctx.out(`DEVICE OFFSET TYPE UUID LABEL
${p} 0x200 ${found.part === undefined ? 'gpt' : 'ext4'}
`);
            continue;
        }
        if (poolOf(ctx, found.disk))
            exit(1, `wipefs: error: ${p}: probing initialization failed: Device or resource busy`);
        if (found.part !== undefined) {
            if (found.disk.hasData)
                ctx.out(`${p}: 2 bytes were erased at offset 0x00000438 (ext4): 53 ef\n`);
            continue;
        }
        if (found.disk.hasData) {
            ctx.out(`${p}: 8 bytes were erased at offset 0x00000200 (gpt): 45 46 49 20 50 41 52 54\n`);
            ctx.out(`${p}: 2 bytes were erased at offset 0x000001fe (PMBR): 55 aa\n`);
        }
        found.disk.hasData = false;
    }
}
function registerDiskPrograms() {
    registerSimProgram('lsblk', { op: () => 'lsblk', readOnly: () => true, run: lsblk });
    registerSimProgram('wipefs', {
        op: () => 'wipefs',
        readOnly: (a) => a.includes('-n') || a.includes('--no-act') || !a.some((x) => x === '-a' || x === '--all'),
        run: wipefs,
    });
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/gpu.ts


function curl(ctx) {
    const a = ctx.rt.args;
    const o = a.indexOf('-o');
    const dest = o >= 0 ? a[o + 1] : undefined;
    const url = a.filter((x, i) => !x.startsWith('-') && a[i - 1] !== '-o' && a[i - 1] !== '--retry').pop();
    if (!url || !/^https?:\/\/[^/\s]+\/\S*$/.test(url))
        exit(3, `curl: (3) URL rejected: Malformed input to a URL function`);
    if (/\/(404|missing|notfound)\//.test(url))
        exit(22, `curl: (22) The requested URL returned error: 404`);
    const body = `#!/bin/sh\n# simulated download of ${url}\n`;
    if (dest)
        setFileText(ctx, dest, body);
    else
        ctx.out(body);
}
function runfile(ctx) {
    const [file, ...flags] = ctx.rt.args;
    if (!file)
        exit(2, 'sh: 0: no script given');
    if (file === '-c')
        exit(2, 'sh: -c: only NVIDIA installers are simulated');
    const text = fileText(ctx, file);
    if (text === undefined)
        exit(2, `sh: 0: cannot open ${file}: No such file`);
    const m = /NVIDIA-Linux-[A-Za-z0-9_]+-([0-9.]+)\.run$/.exec(file);
    if (!m)
        exit(2, `sh: 1: ${file}: only NVIDIA installers are simulated`);
    const version = m[1];
    const node = ctx.node;
    const headers = node.packages[`proxmox-headers-${node.kernel}`] ?? node.packages[`pve-headers-${node.kernel}`];
    if (!headers)
        exit(1, `ERROR: Unable to find the kernel source tree for the currently running kernel. Please make sure you have installed the kernel source files for your kernel (${node.kernel}).`);
    if (flags.includes('--dkms') && !node.packages.dkms)
        exit(1, 'ERROR: Failed to run `dkms status`: dkms is not installed.');
    if (node.kernelModules.includes('nouveau'))
        exit(1, 'ERROR: The Nouveau kernel driver is currently in use by your system. Blacklist it and reboot first.');
    const hs = hostSetup(ctx);
    hs.nvidia.installed = version;
    if (hs.nvidia.loaded === undefined) {
        hs.nvidia.loaded = version;
        if (!node.kernelModules.includes('nvidia'))
            node.kernelModules.push('nvidia');
    }
    ctx.out(`Verifying archive integrity... OK\nUncompressing NVIDIA Accelerated Graphics Driver for Linux-x86_64 ${version}\n`);
}
function nvidiaSmi(ctx) {
    const hs = hostSetup(ctx);
    if (!hs.nvidia.installed)
        exit(127, 'sh: 1: nvidia-smi: not found');
    if (!hs.nvidia.loaded)
        exit(9, "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.");
    if (ctx.rt.args.some((a) => a.startsWith('--query-gpu=driver_version'))) {
        for (let i = 0; i < hs.nvidia.gpus; i++)
            ctx.out(`${hs.nvidia.loaded}\n`);
        return;
    }
    ctx.out(`NVIDIA-SMI ${hs.nvidia.loaded}    Driver Version: ${hs.nvidia.loaded}\n`);
}
/** Installed with the driver; loads nvidia-uvm and makes its device nodes (needs the driver loaded). */
function nvidiaModprobe(ctx) {
    const hs = hostSetup(ctx);
    if (!hs.nvidia.installed)
        exit(127, 'sh: 1: nvidia-modprobe: not found');
    if (!hs.nvidia.loaded)
        exit(1, 'nvidia-modprobe: the NVIDIA kernel module is not loaded');
    if (ctx.rt.args.includes('-u'))
        hs.nvidia.uvmNodes = true;
}
function registerGpuPrograms() {
    registerSimProgram('nvidia-modprobe', {
        op: () => 'nvidia-modprobe',
        readOnly: () => false,
        run: nvidiaModprobe,
    });
    registerSimProgram('curl', { op: () => 'curl', readOnly: (a) => !a.includes('-o'), run: curl });
    registerSimProgram('sh', { op: () => 'sh', readOnly: () => false, run: runfile });
    registerSimProgram('nvidia-smi', { op: () => 'nvidia-smi', readOnly: () => true, run: nvidiaSmi });
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/network.ts


const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
function collect(ctx, file, out, depth = 0) {
    const text = fileText(ctx, file);
    if (text === undefined) {
        if (depth === 0)
            exit(1, `error: ${file}: No such file or directory`);
        return;
    }
    let cur;
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            return;
        const w = line.split(/\s+/);
        if (w[0] === 'source' || w[0] === 'source-directory') {
            cur = undefined;
            const pattern = w[1] ?? '';
            const files = pattern.endsWith('/*') || w[0] === 'source-directory'
                ? filesIn(ctx, pattern.replace(/\/\*$/, ''))
                : [pattern];
            for (const f of files)
                collect(ctx, f, out, depth + 1);
        }
        else if (w[0] === 'iface') {
            if (w.length < 4)
                exit(1, `error: ${file}:${i + 1}: iface ${w[1] ?? ''}: missing address family or method`);
            cur = { name: w[1], method: w[3], options: new Map(), file, line: i + 1 };
            out.push(cur);
        }
        else if (w[0] === 'auto' || w[0].startsWith('allow-'))
            cur = undefined;
        else if (!cur)
            exit(1, `error: ${file}:${i + 1}: option '${w[0]}' outside an iface stanza`);
        else
            cur.options.set(w[0].replace(/_/g, '-'), w.slice(1).join(' '));
    });
}
function ifreload(ctx) {
    if (!ctx.rt.args.includes('-a') && !ctx.rt.args.includes('--all'))
        exit(1, 'error: no interfaces given (use -a)');
    const stanzas = [];
    collect(ctx, '/etc/network/interfaces', stanzas);
    const merged = new Map();
    for (const s of stanzas) {
        const prev = merged.get(s.name);
        if (prev)
            for (const [k, v] of s.options)
                prev.options.set(k, v);
        else
            merged.set(s.name, { ...s, options: new Map(s.options) });
    }
    const physical = ctx.node.network.filter((n) => n.type === 'eth' || n.type === 'bond' || n.type === 'loopback');
    const known = new Set([...physical.map((n) => n.iface), ...merged.keys()]);
    const ifaces = [...physical];
    for (const s of merged.values()) {
        const at = `${s.file}:${s.line}`;
        if (!['static', 'manual', 'dhcp', 'loopback', 'auto'].includes(s.method))
            exit(1, `error: ${at}: ${s.name}: unknown method '${s.method}'`);
        const address = s.options.get('address');
        let cidr;
        if (address) {
            const [ip, len] = address.split('/');
            const prefix = len ?? s.options.get('netmask');
            if (!IPV4.test(ip ?? '') || (prefix !== undefined && !/^(3[0-2]|[12]?[0-9])$/.test(prefix)))
                exit(1, `error: ${at}: ${s.name}: invalid address '${address}'`);
            cidr = prefix !== undefined ? `${ip}/${prefix}` : ip;
        }
        else if (s.method === 'static')
            exit(1, `error: ${at}: ${s.name}: static method needs an address`);
        const gateway = s.options.get('gateway');
        if (gateway && !IPV4.test(gateway))
            exit(1, `error: ${at}: ${s.name}: invalid gateway '${gateway}'`);
        const ports = (s.options.get('bridge-ports') ?? '').split(/\s+/).filter((p) => p && p !== 'none');
        for (const p of ports)
            if (!known.has(p))
                exit(1, `error: ${at}: ${s.name}: bridge port ${p} does not exist`);
        const existing = physical.find((n) => n.iface === s.name);
        if (existing)
            continue;
        const vlan = /^(.+)\.(\d+)$/.exec(s.name);
        if (vlan && !known.has(vlan[1]))
            exit(1, `error: ${at}: ${s.name}: raw device ${vlan[1]} does not exist`);
        const isBridge = s.options.has('bridge-ports') || /^vmbr\d+$/.test(s.name);
        ifaces.push({
            iface: s.name,
            type: isBridge ? 'bridge' : vlan ? 'vlan' : 'eth',
            active: 1,
            autostart: 1,
            method: s.method,
            families: ['inet'],
            ...(cidr ? { cidr, address: cidr.split('/')[0], netmask: cidr.split('/')[1] } : {}),
            ...(gateway ? { gateway } : {}),
            ...(isBridge
                ? {
                    bridge_ports: ports.join(' '),
                    bridge_stp: s.options.get('bridge-stp') ?? 'off',
                    bridge_fd: s.options.get('bridge-fd') ?? '0',
                    ...(s.options.get('bridge-vlan-aware') === 'yes' ? { bridge_vlan_aware: 1 } : {}),
                }
                : {}),
            ...(vlan ? { 'vlan-raw-device': vlan[1], 'vlan-id': Number(vlan[2]) } : {}),
        });
    }
    ctx.node.network = ifaces;
}
function registerNetworkPrograms() {
    registerSimProgram('ifreload', { op: () => 'ifreload', readOnly: () => false, run: ifreload });
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/packages.ts
/**
 * Debian packaging on the simulated host: `apt-get update|install`, `dpkg-query --show` and the
 * `env VAR=value COMMAND` wrapper. Like a fresh Proxmox VE install: the package index is empty
 * until `apt-get update` succeeds, and it fails (401) while an enterprise repository is enabled
 * without a subscription. Proxmox packages need a Proxmox repository; installing a package creates
 * what the real one ships that later steps rely on (smb.conf, /etc/exports, services).
 */



/** Packages the simulated mirrors offer: name -> version; `pve` ones need a Proxmox repository. */
const CATALOG = {
    'nfs-kernel-server': { version: '1:2.8.3-1' },
    samba: { version: '2:4.22.4+dfsg-1~deb13u1' },
    sudo: { version: '1.9.16p2-3' },
    chrony: { version: '4.6.1-3' },
    'build-essential': { version: '12.12' },
    dkms: { version: '3.2.0-1' },
    'pkg-config': { version: '1.8.1-4' },
    curl: { version: '8.14.1-2' },
    jq: { version: '1.7.1-6' },
    htop: { version: '3.4.1-5' },
    vim: { version: '2:9.1.1230-2' },
    'apparmor-utils': { version: '4.1.0-1' },
    'proxmox-default-headers': { version: '2.0.0', pve: true },
    'pve-headers': { version: '9.0.1', pve: true },
};
const SAMBA_CONF = '[global]\n   workgroup = WORKGROUP\n   log file = /var/log/samba/log.%m\n   server role = standalone server\n   map to guest = bad user\n';
/** Active repositories of the host (one-line .list and deb822 .sources formats). */
function activeRepos(ctx) {
    const out = [];
    const files = ['/etc/apt/sources.list', ...filesIn(ctx, '/etc/apt/sources.list.d')];
    for (const file of files) {
        const text = fileText(ctx, file);
        if (text === undefined)
            continue;
        if (file.endsWith('.list') || file === '/etc/apt/sources.list') {
            for (const l of text.split('\n')) {
                const m = /^\s*deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)\s*(.*)$/.exec(l);
                if (m)
                    out.push({ file, uri: m[1], suite: m[2], components: m[3].trim() });
            }
        }
        else if (file.endsWith('.sources')) {
            for (const stanza of text.split(/\n\s*\n/)) {
                const get = (k) => stanza
                    .split('\n')
                    .find((l) => l.toLowerCase().startsWith(k.toLowerCase() + ':'))
                    ?.slice(k.length + 1)
                    .trim();
                if (!get('URIs') || /^(no|false|0)$/i.test(get('Enabled') ?? 'yes'))
                    continue;
                for (const uri of get('URIs').split(/\s+/))
                    out.push({ file, uri, suite: get('Suites') ?? '', components: get('Components') ?? '' });
            }
        }
    }
    return out;
}
function aptUpdate(ctx) {
    const repos = activeRepos(ctx);
    const enterprise = repos.filter((r) => r.uri.includes('enterprise.proxmox.com'));
    const hs = hostSetup(ctx);
    if (enterprise.length > 0) {
        hs.aptIndexFresh = false;
        exit(100, enterprise
            .map((r, i) => `Err:${i + 1} ${r.uri} ${r.suite} InRelease\n  401  Unauthorized [IP: 212.224.123.70 443]\n`)
            .join('') +
            enterprise
                .map((r) => `E: Failed to fetch ${r.uri}/dists/${r.suite}/InRelease  401  Unauthorized [IP: 212.224.123.70 443]\n` +
                `E: The repository '${r.uri} ${r.suite} InRelease' is not signed.\n`)
                .join(''));
    }
    hs.aptIndexFresh = true;
    ctx.out('Reading package lists...\n');
}
function aptInstall(ctx, names, assumeYes) {
    const hs = hostSetup(ctx);
    const pveRepo = activeRepos(ctx).some((r) => r.uri.includes('download.proxmox.com/debian/pve'));
    const missing = names.filter((n) => ctx.node.packages[n] === undefined);
    for (const n of missing) {
        const known = CATALOG[n];
        if (!hs.aptIndexFresh || !known || (known.pve && !pveRepo))
            exit(100, `E: Unable to locate package ${n}`);
    }
    ctx.out('Reading package lists...\nBuilding dependency tree...\n');
    if (missing.length === 0) {
        ctx.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
        return;
    }
    if (!assumeYes)
        exit(1, 'Do you want to continue? [Y/n] Abort.');
    for (const n of missing) {
        const version = CATALOG[n].version;
        ctx.node.packages[n] = version;
        ctx.out(`Setting up ${n} (${version}) ...\n`);
        if (n === 'samba' && fileText(ctx, '/etc/samba/smb.conf') === undefined)
            setFileText(ctx, '/etc/samba/smb.conf', SAMBA_CONF);
        if (n === 'nfs-kernel-server' && fileText(ctx, '/etc/exports') === undefined)
            setFileText(ctx, '/etc/exports', '# /etc/exports: the access control list for filesystems which may be exported\n');
        if (n === 'proxmox-default-headers')
            ctx.node.packages[`proxmox-headers-${ctx.node.kernel}`] = ctx.node.kernel;
    }
}
function aptGet(ctx) {
    const args = [...ctx.rt.args];
    let assumeYes = false;
    const words = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-o' || a === '-c' || a === '-t')
            i++;
        else if (/^-[a-z]*y/.test(a) || a === '--yes' || a === '--assume-yes')
            assumeYes = true;
        else if (!a.startsWith('-'))
            words.push(a);
    }
    const [cmd, ...pkgs] = words;
    if (cmd === 'update')
        return aptUpdate(ctx);
    if (cmd === 'install')
        return aptInstall(ctx, pkgs, assumeYes);
    exit(100, `E: Invalid operation ${cmd ?? ''}`);
}
function dpkgQuery(ctx) {
    const args = ctx.rt.args;
    let format = '${binary:Package}\t${Version}\n';
    const names = [];
    for (const a of args) {
        if (a.startsWith('--showformat='))
            format = a.slice('--showformat='.length);
        else if (a === '--show' || a === '-W' || a === '--')
            continue;
        else
            names.push(a);
    }
    let missing = false;
    for (const n of names) {
        const v = ctx.node.packages[n];
        if (v === undefined) {
            ctx.err(`dpkg-query: no packages found matching ${n}\n`);
            missing = true;
            continue;
        }
        ctx.out(format
            .replace(/\$\{(binary:)?Package\}/g, n)
            .replace(/\$\{Version\}/g, v)
            .replace(/\$\{db:Status-Abbrev\}/g, 'ii ')
            .replace(/\$\{Status\}/g, 'install ok installed')
            .replace(/\\t/g, '\t')
            .replace(/\\n/g, '\n'));
    }
    if (missing)
        exit(1);
}
/** A view of `ctx` in which the command's arguments are `args` (for wrappers like `env`). */
function withArgs(ctx, args) {
    const sub = Object.create(Object.getPrototypeOf(ctx));
    return Object.assign(sub, ctx, { rt: { ...ctx.rt, args } });
}
function envSplit(args) {
    let i = 0;
    while (i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i]))
        i++;
    return { inner: args.slice(i) };
}
function registerPackagePrograms() {
    registerSimProgram('apt-get', {
        op: (a) => `apt-get ${a.find((x) => !x.startsWith('-')) ?? ''}`.trim(),
        readOnly: () => false,
        run: aptGet,
    });
    registerSimProgram('dpkg-query', { op: () => 'dpkg-query', readOnly: () => true, run: dpkgQuery });
    registerSimProgram('env', {
        op: (a) => {
            const { inner } = envSplit(a);
            const p = inner[0] && getSimProgram((0,external_node_path_.basename)(inner[0]));
            return p ? p.op(inner.slice(1)) : 'env';
        },
        readOnly: (a) => {
            const { inner } = envSplit(a);
            const p = inner[0] && getSimProgram((0,external_node_path_.basename)(inner[0]));
            return p ? p.readOnly(inner.slice(1)) : true;
        },
        run: (ctx) => {
            const { inner } = envSplit(ctx.rt.args);
            if (inner.length === 0)
                return;
            const p = getSimProgram((0,external_node_path_.basename)(inner[0]));
            if (!p)
                exit(127, `env: '${inner[0]}': No such file or directory`);
            return p.run(withArgs(ctx, inner.slice(1)));
        },
    });
}

// EXTERNAL MODULE: ./src/dialect/qemu-schema.ts
var qemu_schema = __webpack_require__(85494);
;// CONCATENATED MODULE: ./src/sim/conf-file.ts
/**
 * The guest config files the simulator serves (`/etc/pve/nodes/NODE/lxc/ID.conf`,
 * `.../qemu-server/ID.conf`): its own reader and writer, modelled on Proxmox's code and written
 * apart from Phoenix's `dialect/conf-format.ts`, so that a mistake in either shows up as a
 * disagreement in tests instead of cancelling out.
 *
 * Containers follow pve-container's `PVE::LXC::Config::parse_pct_config` / `write_pct_config`,
 * VMs qemu-server's `PVE::QemuServer::parse_vm_config` / `write_vm_config`, descriptions
 * pve-common's `PVE::Tools::encode_text` / `decode_text`. Not modelled: `check_type` value
 * normalisation, `is_valid_lxc_conf_key` (every `lxc.*` key is kept), the drive path to volume
 * id rewrite, dropping `unusedN` entries for volumes in use, and newer pve-container's folding of
 * `lxc.environment.runtime` lines into `env` (they stay raw `lxc.*` entries, in file order).
 */

/**
 * Bytes `encode_text` leaves as they are: printable ASCII except `:` and `%` (`%` is encoded since
 * pve-common's fix #5486, 2024, so that a description holding `%20` reads back unchanged).
 */
function plainByte(b) {
    return b >= 0x20 && b <= 0x7e && b !== 0x3a && b !== 0x25;
}
/** `encode_text`: UTF-8, then `%XX` (upper-case hex) for every byte outside the plain set. */
function encodeText(text) {
    let out = '';
    for (const b of Buffer.from(text, 'utf8'))
        out += plainByte(b) ? String.fromCharCode(b) : `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
    return out;
}
function hexDigit(b) {
    if (b === undefined)
        return -1;
    if (b >= 0x30 && b <= 0x39)
        return b - 0x30;
    const lower = b | 0x20;
    return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}
/** `decode_text`: `uri_unescape` (any `%XX`, either case; other `%` stay), then UTF-8. */
function decodeText(data) {
    const src = Buffer.from(data, 'utf8');
    const bytes = [];
    for (let i = 0; i < src.length; i++) {
        const hi = src[i] === 0x25 ? hexDigit(src[i + 1]) : -1;
        const lo = hi >= 0 ? hexDigit(src[i + 2]) : -1;
        if (lo >= 0) {
            bytes.push(hi * 16 + lo);
            i += 2;
        }
        else
            bytes.push(src[i]);
    }
    return Buffer.from(bytes).toString('utf8');
}
const BLANK = /^\s*$/;
const CT_PENDING = /^\[pve:pending\]\s*$/i;
const VM_PENDING = /^\[PENDING\]\s*$/i;
const VM_SPECIAL = /^\[special:(cloudinit|fleecing)\]\s*$/i;
const SNAPSHOT = /^\[([a-z][a-z0-9_-]+)\]\s*$/i;
const VM_UNKNOWN_SECTION = /^\[([^\]]*)\]\s*$/;
const COMMENT = /^#(.*)$/;
const CT_RAW_LXC = /^(lxc\.[a-z0-9_\-.]+)(:|\s*=)\s*(.*?)\s*$/;
const DESCRIPTION = /^(description):\s*(.*\S)\s*$/;
const SNAPSTATE = /snapstate:\s*(prepare|delete)\s*$/;
const DELETE = /^delete:\s*(.*\S)\s*$/;
const CT_KEY = /^([a-z][a-z_]*\d*):\s*(.+?)\s*$/;
const VM_KEY = /^([a-z][a-z_-]*\d*):\s*(.+?)\s*$/;
/** Perl's truth of a string: defined, and neither `''` nor `'0'`. */
function perlTrue(s) {
    return s !== undefined && s !== '' && s !== '0';
}
/** Ends the current section's description: containers keep a true one as read, VMs trim its end. */
function finishDescription(c) {
    if (c.section && c.descr !== undefined) {
        if (c.kind === 'qemu')
            c.section.description = c.descr.replace(/\s+$/, '');
        else if (perlTrue(c.descr))
            c.section.description = c.descr;
    }
    c.descr = undefined;
}
function enter(c, section, pending = false, special) {
    finishDescription(c);
    c.section = section;
    c.pending = pending;
    c.special = special;
}
/** Section headers; true when `line` was one. */
function readHeader(c, line) {
    let m;
    if ((c.kind === 'lxc' ? CT_PENDING : VM_PENDING).test(line)) {
        if (c.kind === 'qemu' && c.conf.pending)
            c.warn(`vm ${c.vmid} - duplicate section: pending`);
        enter(c, (c.conf.pending = { values: {} }), true);
        return true;
    }
    if (c.kind === 'qemu' && (m = VM_SPECIAL.exec(line))) {
        const name = `special:${m[1]}`;
        c.conf.special ??= {};
        if (c.conf.special[name])
            c.warn(`vm ${c.vmid} - duplicate special section: ${m[1]}`);
        enter(c, (c.conf.special[name] = { values: {} }), false, m[1]);
        return true;
    }
    if ((m = SNAPSHOT.exec(line))) {
        if (c.kind === 'qemu' && c.conf.snapshots[m[1]])
            c.warn(`vm ${c.vmid} - duplicate snapshot section: ${m[1]}`);
        enter(c, (c.conf.snapshots[m[1]] = { values: {} }));
        return true;
    }
    if (c.kind === 'qemu' && (m = VM_UNKNOWN_SECTION.exec(line))) {
        enter(c, undefined);
        c.warn(`vm ${c.vmid} - skipping unknown section: '${m[1]}'`);
        return true;
    }
    return false;
}
/** One line inside a section. */
function readEntry(c, section, line) {
    let m;
    if ((m = COMMENT.exec(line))) {
        c.descr = (c.descr ?? '') + decodeText(m[1]) + '\n';
    }
    else if (c.kind === 'lxc' && (m = CT_RAW_LXC.exec(line))) {
        (section.lxc ??= []).push([m[1], m[3]]);
    }
    else if ((m = DESCRIPTION.exec(line))) {
        c.descr = (c.descr ?? '') + decodeText(m[2]);
    }
    else if ((m = SNAPSTATE.exec(line))) {
        section.values.snapstate = m[1];
    }
    else if ((m = DELETE.exec(line))) {
        if (c.pending)
            section.values.delete = m[1];
        else
            c.warn(`vm ${c.vmid} - property 'delete' is only allowed in ${c.kind === 'lxc' ? '[pve:pending]' : '[PENDING]'}`);
    }
    else if ((m = (c.kind === 'lxc' ? CT_KEY : VM_KEY).exec(line))) {
        // qemu-server reads the old `cdrom` key as `ide2` (not inside `[special:cloudinit]`).
        const key = c.kind === 'qemu' && m[1] === 'cdrom' && c.special !== 'cloudinit' ? 'ide2' : m[1];
        section.values[key] = m[2];
    }
    else {
        c.warn(`vm ${c.vmid} - unable to parse config: ${line}`);
    }
}
/**
 * Reads a guest config file like `parse_pct_config` / `parse_vm_config` (non-strict): lines the
 * tools would warn about are reported to `warnings` and skipped. `vmid` only names the guest in
 * the warnings.
 */
function parseConfFile(text, kind, warnings, vmid = 0) {
    const conf = { kind, main: { values: {} }, snapshots: {} };
    let lineNo = 0;
    const c = {
        conf,
        kind,
        vmid,
        section: conf.main,
        pending: false,
        special: undefined,
        descr: undefined,
        warn: (message) => warnings?.push({ line: lineNo, message }),
    };
    for (const line of text.split('\n')) {
        lineNo += 1;
        if (BLANK.test(line) || readHeader(c, line) || !c.section)
            continue;
        readEntry(c, c.section, line);
    }
    finishDescription(c);
    // Both readers drop a `snapstate` left in the current config ("just to be sure").
    delete conf.main.values.snapstate;
    return conf;
}
/** Perl's `split /\n/`: empty fields at the end are dropped, those before are kept. */
function descriptionLines(text) {
    const lines = text.split('\n');
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Keys `write_*_config` never prints as `key: value` (the description goes on `#` lines). */
const NOT_PRINTED = new Set(['digest', 'description']);
/** `$generate_raw_config`: description comments, keys in sorted order, then raw `lxc.*` lines. */
function writeSection(kind, section, pending) {
    const parts = [];
    const descr = section.description;
    if (perlTrue(descr))
        for (const line of descriptionLines(descr))
            parts.push(`#${encodeText(line)}\n`);
    // write_vm_config keeps an emptied pending description as a lone `#`.
    else if (kind === 'qemu' && pending && descr !== undefined)
        parts.push('#\n');
    for (const key of Object.keys(section.values).sort()) {
        if (NOT_PRINTED.has(key))
            continue;
        const value = section.values[key];
        if (value.includes('\n'))
            throw new Error(`detected invalid newline inside property '${key}'`);
        parts.push(`${key}: ${value}\n`);
    }
    if (kind === 'lxc')
        for (const [key, value] of section.lxc ?? [])
            parts.push(`${key}: ${value}\n`);
    return parts.join('');
}
function hasContent(section) {
    return (section !== undefined &&
        (Object.keys(section.values).length > 0 ||
            section.description !== undefined ||
            (section.lxc ?? []).length > 0));
}
/** `PVE::QemuConfig::has_cloudinit`: a drive whose volume is a cloud-init image. */
function hasCloudinitDrive(main) {
    return Object.entries(main.values).some(([key, value]) => {
        if (!(0,qemu_schema/* isQemuDiskKey */.Hm)(key))
            return false;
        const first = value.split(',')[0];
        const file = first.startsWith('file=') ? first.slice(5) : first;
        return /[:/](?:vm-\d+-)?cloudinit(?:\.(?:raw|qcow|qcow2|qed|vmdk|cloop))?$/.test(file);
    });
}
/** The whole file, as `write_pct_config` / `write_vm_config` produce it. */
function writeConfFile(conf) {
    const { kind } = conf;
    let raw = writeSection(kind, conf.main, false);
    if (hasContent(conf.pending))
        raw += `\n[${kind === 'lxc' ? 'pve:pending' : 'PENDING'}]\n` + writeSection(kind, conf.pending, true);
    if (kind === 'qemu') {
        for (const name of Object.keys(conf.special ?? {}).sort()) {
            if (name === 'special:cloudinit' && !hasCloudinitDrive(conf.main))
                continue;
            raw += `\n[${name}]\n` + writeSection(kind, conf.special[name], false);
        }
    }
    for (const name of Object.keys(conf.snapshots).sort())
        raw += `\n[${name}]\n` + writeSection(kind, conf.snapshots[name], false);
    return raw;
}

// EXTERNAL MODULE: ./src/dialect/lxc-schema.ts
var lxc_schema = __webpack_require__(83063);
// EXTERNAL MODULE: ./src/dialect/pve-values.ts
var pve_values = __webpack_require__(55310);
;// CONCATENATED MODULE: ./src/sim/guests.ts
/**
 * Guest-level rules shared by `pct` and `qm` (PVE::AbstractConfig and PVE::Cluster): config
 * loading, the one ID space for CTs and VMs, config locks (`lock:` property), templates, tags,
 * MAC addresses, and the volumes a config references.
 */







function confRelPath(kind, node, vmid) {
    return `nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${vmid}.conf`;
}
const warnedIn = new WeakMap();
/**
 * A config file written by hand is parsed at every load, and `parse_pct_config` /
 * `parse_vm_config` warn on stderr about each line they skip (`vm 101 - unable to parse config:
 * ...`); once per command here. The next config write drops those lines (touch()).
 */
function warnUnparsedLines(ctx, g) {
    if (g.rawText === undefined)
        return;
    const seen = warnedIn.get(ctx) ?? new Set();
    warnedIn.set(ctx, seen);
    if (seen.has(g.vmid))
        return;
    seen.add(g.vmid);
    const warnings = [];
    parseConfFile(g.rawText, g.kind, warnings, g.vmid);
    for (const w of warnings)
        ctx.err(`${w.message}\n`);
}
/** `load_config`: the guest on the command's node, or Proxmox's "does not exist" error. */
function loadGuest(ctx, kind, vmid) {
    const g = ctx.s.guests[String(vmid)];
    if (!g || g.kind !== kind || g.node !== ctx.nodeName)
        throw new PveError(`Configuration file '${confRelPath(kind, ctx.nodeName, vmid)}' does not exist`);
    warnUnparsedLines(ctx, g);
    return g;
}
/** `check_lock`: `CT is locked (clone)`. */
function checkLock(g) {
    const lock = g.conf.main.values.lock;
    if (lock)
        throw new PveError(`${guestTypeName(g.kind)} is locked (${lock})`);
}
function isTemplate(g) {
    return g.conf.main.values.template === '1';
}
function isRunning(g) {
    return g.status === 'running';
}
/** The config changed through Proxmox: the file is rendered from the model again. */
function touch(g) {
    delete g.rawText;
}
/** `PVE::Cluster::check_vmid_unused`. */
function checkVmidUnused(ctx, vmid) {
    const g = ctx.s.guests[String(vmid)];
    if (g)
        throw new PveError(`${guestTypeName(g.kind)} ${vmid} already exists on node '${g.node}'`);
}
/** `check_protection`. */
function checkProtection(g, prefix) {
    if (g.conf.main.values.protection === '1')
        throw new PveError(`${prefix} - protection mode enabled`);
}
function newGuest(ctx, kind, vmid, values) {
    const g = {
        kind,
        vmid,
        node: ctx.nodeName,
        conf: { kind, main: { values }, snapshots: {} },
        status: 'stopped',
        fs: {},
        execLog: [],
    };
    if (kind === 'qemu')
        g.agentInstalled = true;
    ctx.s.guests[String(vmid)] = g;
    return g;
}
/** Replaces a guest's config with file text written directly (e.g. `tee`), as pmxcfs would. */
function setRawConfig(g, text) {
    g.conf = parseConfFile(text, g.kind, undefined, g.vmid);
    g.rawText = text;
}
/** A MAC address in the configured prefix, unicast and locally administered like Proxmox's. */
function newMac(ctx) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(`mac:${ctx.seq()}:${ctx.s.pve.repoid}`).digest();
    const prefix = ctx.s.settings.macPrefix || 'BC:24:11';
    const parts = prefix.split(':');
    while (parts.length < 6)
        parts.push(h[parts.length].toString(16).padStart(2, '0'));
    return parts.join(':').toUpperCase();
}
function newUuid(ctx) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(`uuid:${ctx.seq()}:${ctx.s.pve.repoid}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** `get_unique_tags`: split, lower-case, de-duplicate, sort, join with `;`. */
function normalizeTags(value) {
    const tags = [...new Set((0,pve_values/* splitList */.ry)(value).map((t) => t.toLowerCase()))];
    tags.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return tags.join(';');
}
function tagList(value) {
    return value ? splitList(value) : [];
}
/** Keys of a section that reference storage volumes, with the volume id. */
function sectionVolumes(kind, section) {
    const res = [];
    for (const [key, value] of Object.entries(section.values)) {
        let spec;
        let field = 'file';
        if (kind === 'lxc') {
            if (key === 'rootfs')
                spec = lxc_schema/* LXC_ROOTFS */.I5;
            else if (/^mp\d+$/.test(key))
                spec = lxc_schema/* LXC_MP */.cS;
            field = 'volume';
        }
        else if ((0,qemu_schema/* isQemuDiskKey */.Hm)(key)) {
            spec = { t: 'prop', spec: { keys: {}, defaultKey: 'file' } };
        }
        if (!spec || spec.t !== 'prop')
            continue;
        const parsed = (0,pve_values/* parsePropertyString */.uI)(key, { ...spec.spec, keys: {}, required: [] }, value.split(',')[0]);
        const vol = 'values' in parsed ? (parsed.values[field] ?? parsed.values.volume) : undefined;
        if (!vol || vol === 'none' || vol === 'cdrom' || vol.startsWith('/'))
            continue;
        if (kind === 'qemu' && /(^|,)media=cdrom(,|$)/.test(value) && !/cloudinit/.test(vol))
            continue;
        res.push({ key, volid: vol });
    }
    return res;
}
/** `is_volume_in_use_by_snapshots`: a snapshot section of `g` lists `vol`. */
function volumeInSnapshots(g, vol) {
    return Object.values(g.conf.snapshots).some((s) => sectionVolumes(g.kind, s).some((v) => v.volid === vol));
}
/**
 * pve-guest-common `add_unused_volume`: the `unusedN` key already listing `vol` (no duplicate),
 * else the lowest free one, which it takes; Proxmox's error when all 256 are used.
 */
function addUnusedVolume(values, vol) {
    let free;
    for (let i = 255; i >= 0; i--) {
        const key = `unused${i}`;
        if (values[key] === undefined)
            free = key;
        else if (values[key] === vol)
            return key;
    }
    if (!free)
        throw new PveError('Too many unused volumes - please delete them first.');
    values[free] = vol;
    return free;
}
/** Replaces the volume part (first field) of a disk or mount point value. */
function replaceVolume(value, newVolid) {
    const parts = value.split(',');
    parts[0] = parts[0].includes('=') ? parts[0].replace(/=.*/, `=${newVolid}`) : newVolid;
    return parts.join(',');
}
/** Sets or replaces `size=` in a disk or mount point value. */
function withSize(value, size) {
    const parts = value.split(',').filter((p) => !p.startsWith('size='));
    parts.push(`size=${size}`);
    const [first, ...rest] = parts;
    return [first, ...rest.sort()].join(',');
}

;// CONCATENATED MODULE: ./src/sim/volumes.ts

function parseVolid(volid) {
    const m = /^([a-z][a-z0-9\-_.]*[a-z0-9]):(.+)$/i.exec(volid);
    return m ? { storage: m[1], volname: m[2] } : undefined;
}
/** `storage_config` + enabled/node checks, with Proxmox's messages. */
function storageOn(ctx, id, node = ctx.nodeName) {
    const st = ctx.s.storages[id];
    if (!st)
        throw new PveError(`storage '${id}' does not exist`);
    if (st.disabled)
        throw new PveError(`storage '${id}' is disabled`);
    if (st.nodes && !st.nodes.includes(node))
        throw new PveError(`storage '${id}' is not available on node '${node}'`);
    return st;
}
function volNode(st, node) {
    return st.shared ? '' : node;
}
function findVolume(ctx, volid, node = ctx.nodeName) {
    const p = parseVolid(volid);
    if (!p)
        return undefined;
    const st = ctx.s.storages[p.storage];
    if (!st)
        return undefined;
    const n = volNode(st, node);
    return ctx.s.volumes.find((v) => v.storage === p.storage && v.volname === p.volname && v.node === n);
}
/** Owner vmid and base information encoded in a guest volume name. */
function parseGuestVolname(volname) {
    const last = volname.split('/').pop();
    const linked = /^(?:\d+\/)?((?:base|basevol)-\d+-disk-\d+(?:\.\w+)?)\/(?:\d+\/)?/.exec(volname);
    const m = /^(vm|base|subvol|basevol)-(\d+)-(?:disk-\d+|cloudinit|state-[\w-]+)(?:\.\w+)?$/.exec(last);
    if (!m)
        return undefined;
    return { vmid: Number(m[2]), isBase: m[1] === 'base' || m[1] === 'basevol', baseOf: linked?.[1] };
}
function nextDiskIndex(ctx, storage, node, vmid) {
    const used = new Set();
    for (const v of ctx.s.volumes) {
        if (v.storage !== storage || v.node !== node)
            continue;
        const m = new RegExp(`(?:vm|base|subvol|basevol)-${vmid}-disk-(\\d+)`).exec(v.volname.split('/').pop());
        if (m)
            used.add(Number(m[1]));
    }
    let i = 0;
    while (used.has(i))
        i++;
    return i;
}
/** Allocates a new guest volume (`vdisk_alloc`). `content` is `rootdir` (CT) or `images` (VM). */
function allocVolume(ctx, storageId, vmid, sizeBytes, content, opts = {}) {
    const st = storageOn(ctx, storageId);
    if (!st.content.includes(content)) {
        const what = content === 'rootdir' ? 'container directories' : 'VM images';
        throw new PveError(`storage '${storageId}' does not support ${what}`);
    }
    const node = volNode(st, ctx.nodeName);
    const idx = nextDiskIndex(ctx, storageId, node, vmid);
    let volname;
    let format = 'raw';
    const base = opts.name ?? `disk-${idx}`;
    if (st.type === 'dir' || st.type === 'nfs' || st.type === 'cifs' || st.type === 'btrfs') {
        // Without a format, a volume gets the storage's default: raw for dir, NFS and CIFS alike
        // (pve-storage `storage_default_format`, DirPlugin/NFSPlugin `plugindata` format default).
        format = opts.format ?? 'raw';
        volname = `${vmid}/vm-${vmid}-${base}.${format}`;
    }
    else if (st.type === 'zfspool' && content === 'rootdir') {
        format = 'subvol';
        volname = `subvol-${vmid}-${base}`;
    }
    else {
        volname = `vm-${vmid}-${base}`;
    }
    const vol = {
        storage: storageId,
        node,
        volname,
        content,
        format,
        sizeBytes,
        vmid,
        ctime: Math.floor(ctx.now() / 1000),
    };
    ctx.s.volumes.push(vol);
    return vol;
}
function volid(v) {
    return `${v.storage}:${v.volname}`;
}
/** `volume_has_feature` for the storage types the simulator knows. */
function volumeHasFeature(ctx, id, feature, snapname) {
    const p = parseVolid(id);
    if (!p)
        return false;
    const st = ctx.s.storages[p.storage];
    if (!st)
        return false;
    const info = parseGuestVolname(p.volname);
    const state = snapname ? 'snap' : info?.isBase ? 'base' : 'current';
    const qcow2 = p.volname.endsWith('.qcow2');
    // Directory storages rename only raw/qcow2/vmdk files, never a `subvol` directory
    // (pve-storage `PVE::Storage::Plugin::volume_has_feature`, `rename => { current => ... }`).
    // NFS, CIFS and CephFS storages are directory storages on a mount (their plugins inherit
    // `PVE::Storage::Plugin::volume_has_feature` unchanged), so they answer as `dir` does.
    const fileBased = ['dir', 'nfs', 'cifs', 'cephfs', 'glusterfs'].includes(st.type);
    const subvol = fileBased && !/\.(raw|qcow2|vmdk)$/.test(p.volname);
    const matrix = {
        lvmthin: {
            snapshot: ['current'],
            clone: ['base', 'snap'],
            template: ['current'],
            copy: ['base', 'current', 'snap'],
            rename: ['current'],
        },
        zfspool: {
            snapshot: ['current'],
            clone: ['base'],
            template: ['current'],
            copy: ['base', 'current'],
            rename: ['current'],
        },
        rbd: {
            snapshot: ['current', 'snap'],
            clone: ['base', 'snap'],
            template: ['current'],
            copy: ['base', 'current', 'snap'],
            rename: ['current'],
        },
        dir: qcow2
            ? {
                snapshot: ['current', 'snap'],
                clone: ['base'],
                template: ['current'],
                copy: ['base', 'current', 'snap'],
                rename: ['current'],
            }
            : subvol
                ? { template: ['current'] }
                : { template: ['current'], copy: ['base', 'current'], rename: ['current'] },
        lvm: { copy: ['base', 'current'], rename: ['current'] },
    };
    const row = matrix[fileBased ? 'dir' : st.type] ?? matrix[qcow2 ? 'dir' : 'lvm'];
    return (row[feature] ?? []).includes(state);
}
/** Renames a volume to its base form (`vm-` -> `base-`, `subvol-` -> `basevol-`). */
function makeBaseVolume(ctx, id) {
    const v = findVolume(ctx, id);
    if (!v)
        return id;
    v.volname = v.volname
        .replace(/(^|\/)vm-(\d+)-/, '$1base-$2-')
        .replace(/(^|\/)subvol-(\d+)-/, '$1basevol-$2-');
    v.base = true;
    return volid(v);
}
/**
 * `PVE::Storage::rename_volume` with no target name: the volume gets the next free disk name of
 * `targetVmid` on the same storage (`find_free_diskname`), keeping its format and any base
 * prefix of a linked clone; the data stays. Returns the new volume id.
 */
function renameVolume(ctx, id, targetVmid) {
    const v = findVolume(ctx, id);
    if (!v)
        throw new PveError(`volume '${id}' does not exist`);
    const idx = nextDiskIndex(ctx, v.storage, v.node, targetVmid);
    const slash = v.volname.lastIndexOf('/');
    const last = v.volname.slice(slash + 1);
    const head = slash >= 0 ? v.volname.slice(0, slash + 1) : '';
    const ext = /\.\w+$/.exec(last)?.[0] ?? '';
    const prefix = /^subvol-/.test(last) ? 'subvol' : 'vm';
    const name = `${prefix}-${targetVmid}-disk-${idx}${ext}`;
    // Directory storages keep images in a folder per owner: `<vmid>/vm-<vmid>-disk-N.raw`.
    const type = ctx.s.storages[v.storage]?.type ?? '';
    const dirStyle = ['dir', 'nfs', 'cifs', 'btrfs'].includes(type);
    v.volname = dirStyle ? `${head.replace(/\d+\/$/, '')}${targetVmid}/${name}` : `${head}${name}`;
    v.vmid = targetVmid;
    return volid(v);
}
/** A linked clone of a base volume for `newid`. */
function linkedCloneVolume(ctx, baseId, newid) {
    const base = findVolume(ctx, baseId);
    if (!base)
        throw new PveError(`volume '${baseId}' does not exist`);
    const st = ctx.s.storages[base.storage];
    const idx = nextDiskIndex(ctx, base.storage, base.node, newid);
    const baseName = base.volname;
    let volname;
    if (st.type === 'dir')
        volname = `${baseName}/${newid}/vm-${newid}-disk-${idx}.${base.format}`;
    else if (base.format === 'subvol')
        volname = `${baseName}/subvol-${newid}-disk-${idx}`;
    else
        volname = `${baseName}/vm-${newid}-disk-${idx}`;
    const vol = {
        ...base,
        volname,
        vmid: newid,
        base: undefined,
        snapshots: [],
        ctime: Math.floor(ctx.now() / 1000),
    };
    ctx.s.volumes.push(vol);
    return vol;
}
/** A full copy of a volume onto `storageId` (or the same storage). */
function copyVolume(ctx, srcId, newid, storageId, content) {
    const src = findVolume(ctx, srcId);
    const size = src?.sizeBytes ?? 0;
    const target = storageId ?? parseVolid(srcId).storage;
    const fmt = src && src.format !== 'subvol' && ctx.s.storages[target]?.type === 'dir' ? src.format : undefined;
    const name = /-cloudinit$/.test(src?.volname ?? '') ? 'cloudinit' : undefined;
    return allocVolume(ctx, target, newid, size, content, { format: fmt, name });
}
/** `vdisk_free`: refuses base volumes that linked clones still use. */
function freeVolume(ctx, id) {
    const v = findVolume(ctx, id);
    if (!v)
        return;
    if (v.base) {
        const inUse = ctx.s.volumes.some((o) => o !== v && o.storage === v.storage && o.node === v.node && o.volname.startsWith(v.volname + '/'));
        if (inUse)
            throw new PveError(`base volume '${v.volname}' is still in use by linked cloned`);
    }
    ctx.s.volumes.splice(ctx.s.volumes.indexOf(v), 1);
}
function volumeSize(ctx, id) {
    return findVolume(ctx, id)?.sizeBytes;
}

;// CONCATENATED MODULE: ./src/sim/snapshots.ts



const NOT_COPIED = new Set(['snapstate', 'snaptime', 'vmstate', 'lock', 'digest', 'description']);
/** `__snapshot_copy_config`. */
function copyConfig(src, dest) {
    for (const [k, v] of Object.entries(src.values)) {
        if (NOT_COPIED.has(k) || /^unused\d+$/.test(k))
            continue;
        dest.values[k] = v;
    }
    if (src.lxc)
        dest.lxc = src.lxc.map(([k, v]) => [k, v]);
}
function validateSnapshotName(name) {
    if (name === 'current')
        throw new PveError(`unable to use snapshot name 'current' (reserved name)`);
    if (name.toLowerCase() === 'pending')
        throw new PveError(`unable to use snapshot name 'pending' (reserved name)`);
}
/** A CT mount point whose volume is a host path (bind or device mount). */
function hasPathMount(section) {
    return Object.entries(section.values).some(([k, v]) => /^mp\d+$/.test(k) && /^(?:volume=)?\//.test(v.split(',')[0] ?? ''));
}
/** `__snapshot_prepare`. */
function snapshotPrepare(ctx, g, name, description) {
    if (isTemplate(g))
        throw new PveError(`you can't take a snapshot if it's a template`);
    checkLock(g);
    if (g.conf.snapshots[name])
        throw new PveError(`snapshot name '${name}' already used`);
    for (const { volid } of sectionVolumes(g.kind, g.conf.main))
        if (!volumeHasFeature(ctx, volid, 'snapshot'))
            throw new PveError('snapshot feature is not available');
    // A CT's bind and device mount points are paths: `PVE::LXC::Config::has_feature` asks
    // `PVE::Storage::volume_has_feature` about each, which answers undef for a path (only vzdump's
    // snapshot skips mount points that are not backed up).
    if (g.kind === 'lxc' && hasPathMount(g.conf.main))
        throw new PveError('snapshot feature is not available');
    for (const snap of Object.values(g.conf.snapshots))
        if (snap.values.parent === name)
            delete snap.values.parent;
    g.conf.main.values.lock = 'snapshot';
    const snap = { values: {} };
    copyConfig(g.conf.main, snap);
    snap.values.snapstate = 'prepare';
    snap.values.snaptime = String(Math.floor(ctx.now() / 1000));
    if (description)
        snap.description = description;
    g.conf.snapshots[name] = snap;
    touch(g);
}
/** Volume snapshots are taken between prepare and commit (the guest's files with them). */
function snapshotVolumes(ctx, g, name) {
    for (const { volid } of sectionVolumes(g.kind, g.conf.snapshots[name] ?? g.conf.main)) {
        const v = findVolume(ctx, volid);
        if (v)
            (v.snapshots ??= []).push(name);
    }
    (g.fsSnapshots ??= {})[name] = JSON.parse(JSON.stringify(g.fs));
}
/** `__snapshot_commit`. */
function snapshotCommit(g, name) {
    if (g.conf.main.values.lock !== 'snapshot')
        throw new PveError('missing snapshot lock');
    const snap = g.conf.snapshots[name];
    if (!snap)
        throw new PveError(`snapshot '${name}' does not exist`);
    delete snap.values.snapstate;
    delete g.conf.main.values.lock;
    g.conf.main.values.parent = name;
    touch(g);
}
/** First half of `snapshot_delete`: lock and mark. */
function snapshotDeletePrepare(g, name) {
    if (!g.conf.snapshots[name])
        throw new PveError(`snapshot '${name}' does not exist`);
    checkLock(g);
    if (isTemplate(g))
        throw new PveError(`you can't delete a snapshot if vm is a template`);
    g.conf.main.values.lock = 'snapshot-delete';
    g.conf.snapshots[name].values.snapstate = 'delete';
    touch(g);
}
/** Second half: drop volume snapshots, re-parent, remove the section and the lock. */
function snapshotDeleteFinish(ctx, g, name) {
    const snap = g.conf.snapshots[name];
    if (!snap)
        throw new PveError(`snapshot '${name}' does not exist`);
    for (const { volid } of sectionVolumes(g.kind, snap)) {
        const v = findVolume(ctx, volid);
        if (v?.snapshots)
            v.snapshots = v.snapshots.filter((s) => s !== name);
    }
    const newParent = snap.values.parent;
    const relink = (section) => {
        if (section.values.parent !== name)
            return;
        if (newParent)
            section.values.parent = newParent;
        else
            delete section.values.parent;
    };
    relink(g.conf.main);
    for (const [n, s] of Object.entries(g.conf.snapshots))
        if (n !== name)
            relink(s);
    delete g.conf.snapshots[name];
    if (g.fsSnapshots)
        delete g.fsSnapshots[name];
    delete g.conf.main.values.lock;
    // The snapshot's volumes that the config no longer uses come back as unused
    // (`PVE::AbstractConfig::snapshot_delete` calls `add_unused_volume` for each).
    const inUse = new Set(sectionVolumes(g.kind, g.conf.main).map((v) => v.volid));
    const main = g.conf.main.values;
    for (const { volid } of sectionVolumes(g.kind, snap)) {
        if (inUse.has(volid) || !findVolume(ctx, volid))
            continue;
        inUse.add(volid);
        if (Object.entries(main).some(([k, v]) => /^unused\d+$/.test(k) && v === volid))
            continue;
        for (let i = 0; i < 256; i++) {
            if (main[`unused${i}`] === undefined) {
                main[`unused${i}`] = volid;
                break;
            }
        }
    }
    touch(g);
}
/** First half of `snapshot_rollback`: checks, stops the guest, takes the `rollback` lock. */
function rollbackPrepare(ctx, g, name) {
    if (isTemplate(g))
        throw new PveError(`you can't rollback if vm is a template`);
    const snap = g.conf.snapshots[name];
    if (!snap)
        throw new PveError(`snapshot '${name}' does not exist`);
    for (const { volid } of sectionVolumes(g.kind, snap)) {
        const v = findVolume(ctx, volid);
        const st = v ? ctx.s.storages[v.storage] : undefined;
        if (!v || st?.type !== 'zfspool')
            continue;
        const list = v.snapshots ?? [];
        const at = list.indexOf(name);
        const id = `${parseVolid(volid).storage}:${v.volname}`;
        if (at < 0)
            throw new PveError(`can't rollback, snapshot '${name}' does not exist on '${id}'`);
        if (at < list.length - 1)
            throw new PveError(`can't rollback, '${name}' is not most recent snapshot on '${id}'`);
    }
    if (snap.values.snapstate)
        throw new PveError(`unable to rollback to incomplete snapshot (snapstate = ${snap.values.snapstate})`);
    checkLock(g);
    g.status = 'stopped';
    delete g.startedAt;
    g.conf.main.values.lock = 'rollback';
    touch(g);
}
/** Second half: the snapshot's config becomes the current one. */
function rollbackFinish(g, name) {
    const snap = g.conf.snapshots[name];
    if (!snap)
        throw new PveError(`snapshot '${name}' does not exist`);
    if (g.conf.main.values.lock !== 'rollback')
        throw new PveError('got wrong lock');
    const next = { values: {} };
    for (const [k, v] of Object.entries(g.conf.main.values))
        if (/^unused\d+$/.test(k))
            next.values[k] = v;
    if (g.conf.main.description !== undefined)
        next.description = g.conf.main.description;
    copyConfig(snap, next);
    next.values.parent = name;
    g.conf.main = next;
    if (g.fsSnapshots?.[name])
        g.fs = JSON.parse(JSON.stringify(g.fsSnapshots[name]));
    touch(g);
}
/** The `GET .../snapshot` list, ending with `current`. */
function snapshotList(g) {
    const res = [];
    for (const [name, s] of Object.entries(g.conf.snapshots)) {
        const e = { name, description: s.description ?? '' };
        if (s.values.parent)
            e.parent = s.values.parent;
        if (s.values.snaptime)
            e.snaptime = Number(s.values.snaptime);
        res.push(e);
    }
    const current = {
        name: 'current',
        description: 'You are here!',
        running: g.status === 'running' ? 1 : 0,
    };
    if (g.conf.main.values.parent)
        current.parent = g.conf.main.values.parent;
    res.push(current);
    return res;
}
function pad2(n) {
    return String(n).padStart(2, '0');
}
function localTime(epoch) {
    const d = new Date(epoch * 1000);
    return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}
/** `PVE::GuestHelpers::print_snapshot_tree`. */
function printSnapshotTree(list) {
    const byName = new Map(list.map((e) => [e.name, { ...e, children: [] }]));
    const roots = [];
    for (const e of list) {
        if (e.parent && byName.has(e.parent))
            byName.get(e.parent).children.push(e.name);
        else
            roots.push(e.name);
    }
    const order = (a, b) => {
        const ta = byName.get(a).snaptime;
        const tb = byName.get(b).snaptime;
        if (ta === undefined)
            return 1;
        if (tb === undefined)
            return -1;
        return ta - tb;
    };
    let out = '';
    const walk = (prefix, name) => {
        const e = byName.get(name);
        const description = (e.description || 'no-description').split('\n')[0];
        const time = e.snaptime === undefined ? '' : localTime(e.snaptime);
        const len = Math.max(0, 30 - prefix.length);
        out += `${prefix} ${name.padEnd(len)} ${time.padEnd(23)} ${description}\n`;
        for (const child of [...e.children].sort(order))
            walk(` ${prefix}`, child);
    };
    for (const root of [...roots].sort(order))
        walk('`->', root);
    return out;
}

;// CONCATENATED MODULE: ./src/sim/api.ts





/** No handler for the path (pvesh: `No 'get' handler defined for 'PATH'`). */
class ApiNotFound extends Error {
    path;
    constructor(path) {
        super(path);
        this.path = path;
    }
}
function maxmem(g) {
    const v = g.conf.main.values.memory ?? (g.kind === 'lxc' ? '512' : '2048');
    return Number(v.replace(/^current=/, '').split(',')[0]) * 1024 * 1024;
}
function maxdisk(g) {
    const v = g.kind === 'lxc'
        ? g.conf.main.values.rootfs
        : Object.entries(g.conf.main.values).find(([k]) => /^(scsi|virtio|sata|ide)\d+$/.test(k))?.[1];
    const size = v ? /size=([^,]+)/.exec(v)?.[1] : undefined;
    return (size && (0,pve_values/* parseSize */.DB)(size)) || 0;
}
function cpus(g) {
    const v = g.conf.main.values;
    return (Number(v.cores ?? (g.kind === 'lxc' ? '0' : '1')) * Number(v.sockets ?? '1') || (g.kind === 'lxc' ? 1 : 1));
}
function guestResource(ctx, g) {
    const v = g.conf.main.values;
    const running = g.status === 'running';
    const r = {
        id: `${g.kind}/${g.vmid}`,
        type: g.kind,
        vmid: g.vmid,
        node: g.node,
        name: g.kind === 'lxc' ? (v.hostname ?? `CT${g.vmid}`) : (v.name ?? `VM ${g.vmid}`),
        status: g.status,
        template: isTemplate(g) ? 1 : 0,
        maxmem: maxmem(g),
        maxdisk: maxdisk(g),
        maxcpu: cpus(g),
        mem: running ? Math.floor(maxmem(g) / 4) : 0,
        disk: 0,
        cpu: running ? 0.01 : 0,
        uptime: running && g.startedAt ? Math.floor((ctx.now() - g.startedAt) / 1000) : 0,
        netin: 0,
        netout: 0,
        diskread: 0,
        diskwrite: 0,
    };
    if (v.tags)
        r.tags = v.tags;
    if (v.lock)
        r.lock = v.lock;
    const pool = Object.values(ctx.s.access.pools).find((p) => p.members.includes(g.vmid));
    if (pool)
        r.pool = pool.poolid;
    return r;
}
function storageAvailableOn(st, node) {
    return !st.disabled && (!st.nodes || st.nodes.includes(node));
}
function usedBytes(ctx, st, node) {
    return ctx.s.volumes
        .filter((v) => v.storage === st.id && (v.node === '' || v.node === node))
        .reduce((a, v) => a + v.sizeBytes, 0);
}
function storageResource(ctx, st, node) {
    return {
        id: `storage/${node}/${st.id}`,
        type: 'storage',
        storage: st.id,
        node,
        status: 'available',
        plugintype: st.type,
        content: st.content.join(','),
        shared: st.shared ? 1 : 0,
        disk: usedBytes(ctx, st, node),
        maxdisk: st.totalBytes,
    };
}
/**
 * A node's name and live figures, as `/nodes` and `/cluster/resources` list them
 * (pve-manager `PVE::API2Tools::extract_node_stats`: an offline member has no live figures).
 */
function nodeStatus(n) {
    const live = n.online ? { cpu: 0.02, mem: Math.floor(n.memoryBytes / 8), uptime: 86400 } : {};
    return {
        node: n.name,
        status: n.online ? 'online' : 'offline',
        level: '',
        maxcpu: n.cpus,
        maxmem: n.memoryBytes,
        ...live,
    };
}
function clusterResources(ctx, type) {
    const res = [];
    if (!type || type === 'vm')
        for (const g of Object.values(ctx.s.guests).sort((a, b) => a.vmid - b.vmid))
            res.push(guestResource(ctx, g));
    if (!type || type === 'node')
        for (const n of Object.values(ctx.s.nodes))
            res.push({ id: `node/${n.name}`, type: 'node', ...nodeStatus(n), 'cgroup-mode': 2 });
    if (!type || type === 'storage')
        for (const n of Object.keys(ctx.s.nodes))
            for (const st of Object.values(ctx.s.storages))
                if (storageAvailableOn(st, n))
                    res.push(storageResource(ctx, st, n));
    if (!type || type === 'sdn')
        for (const n of Object.keys(ctx.s.nodes))
            res.push({ id: `sdn/${n}/localnetwork`, type: 'sdn', sdn: 'localnetwork', node: n, status: 'ok' });
    return res;
}
function node(ctx, name) {
    if (!ctx.s.nodes[name])
        throw new PveError(`hostname lookup '${name}' failed - failed to get address info for: ${name}: Name or service not known`);
}
function storageContent(ctx, nodeName, sid, p) {
    const st = ctx.s.storages[sid];
    if (!st)
        throw new PveError(`storage '${sid}' does not exist`);
    if (!storageAvailableOn(st, nodeName))
        throw new PveError(`storage '${sid}' is not available on node '${nodeName}'`);
    const want = p.content ? p.content.split(',') : undefined;
    return ctx.s.volumes
        .filter((v) => v.storage === sid && (v.node === '' || v.node === nodeName))
        .filter((v) => !want || want.includes(v.content === 'rootdir' ? 'rootdir' : v.content))
        .filter((v) => p.vmid === undefined || v.vmid === Number(p.vmid))
        .sort((a, b) => (a.volname < b.volname ? -1 : 1))
        .map((v) => {
        const e = {
            volid: `${v.storage}:${v.volname}`,
            content: v.content,
            format: v.format,
            size: v.sizeBytes,
            ctime: v.ctime,
        };
        if (v.vmid !== undefined)
            e.vmid = v.vmid;
        if (v.content === 'images' || v.content === 'rootdir')
            e.used = v.sizeBytes;
        return e;
    });
}
function guestConfig(g) {
    const out = { ...g.conf.main.values };
    if (g.conf.main.description !== undefined)
        out.description = g.conf.main.description;
    if (g.conf.main.lxc)
        out.lxc = g.conf.main.lxc.map(([k, v]) => [k, v]);
    for (const [k, v] of Object.entries(g.conf.pending?.values ?? {}))
        if (k !== 'delete')
            out[k] = v;
    out.digest = '0'.repeat(40);
    for (const k of Object.keys(out))
        if (/^\d+$/.test(String(out[k])) && NUMERIC.test(k))
            out[k] = Number(out[k]);
    return out;
}
const NUMERIC = /^(cores|memory|swap|cpuunits|onboot|template|unprivileged|protection|tty|console|sockets|balloon|vcpus|shares|debug|numa|acpi|kvm|tablet|agent)$/;
/** A storage's definition (storage.cfg), as `/storage` and `/storage/ID` show it. */
function storageConfig(s) {
    return { storage: s.id, type: s.type, content: s.content.join(','), ...s.options };
}
/** A user as `/access/users` (and `pveum user list`) lists it. */
function userEntry(u) {
    return {
        userid: u.userid,
        enable: u.enable,
        expire: u.expire,
        ...(u.groups.length ? { groups: u.groups.join(',') } : {}),
        ...(u.email ? { email: u.email } : {}),
        ...(u.comment ? { comment: u.comment } : {}),
    };
}
function apiGet(ctx, path, p) {
    const clean = path.replace(/\/+$/, '').replace(/^\/?/, '/');
    let m;
    if (clean === '/cluster/resources')
        return clusterResources(ctx, p.type);
    if (clean === '/cluster/status')
        return clusterStatus(ctx.s, ctx.nodeName);
    if (clean === '/version')
        return {
            version: ctx.s.pve.version,
            release: ctx.s.pve.release,
            repoid: ctx.s.pve.repoid,
            console: 'xtermjs',
        };
    if (clean === '/nodes')
        return Object.values(ctx.s.nodes).map((n) => ({ ...nodeStatus(n), id: `node/${n.name}`, type: 'node' }));
    if (clean === '/cluster/nextid') {
        let id = 100;
        while (ctx.s.guests[String(id)])
            id++;
        return String(id);
    }
    if (clean === '/storage')
        return Object.values(ctx.s.storages).map((s) => ({
            ...storageConfig(s),
            ...(s.shared ? { shared: 1 } : {}),
            digest: '0'.repeat(40),
        }));
    if ((m = /^\/storage\/([^/]+)$/.exec(clean))) {
        const s = ctx.s.storages[m[1]];
        if (!s)
            throw new PveError(`storage '${m[1]}' does not exist`);
        return { ...storageConfig(s), digest: '0'.repeat(40) };
    }
    if (clean === '/access/users')
        return Object.values(ctx.s.access.users).map(userEntry);
    if (clean === '/access/groups')
        return Object.values(ctx.s.access.groups).map((g) => ({
            groupid: g.groupid,
            ...(g.comment ? { comment: g.comment } : {}),
        }));
    if (clean === '/access/acl')
        return ctx.s.access.acl.map((a) => ({
            path: a.path,
            type: a.type,
            ugid: a.ugid,
            roleid: a.roleid,
            propagate: a.propagate,
        }));
    if (clean === '/pools')
        return Object.values(ctx.s.access.pools).map((x) => ({
            poolid: x.poolid,
            ...(x.comment ? { comment: x.comment } : {}),
        }));
    if ((m = /^\/nodes\/([^/]+)\/(.*)$/.exec(clean))) {
        const n = m[1];
        node(ctx, n);
        const sub = m[2];
        if (sub === 'network') {
            const list = ctx.s.nodes[n].network;
            if (p.type === 'any_bridge' || p.type === 'any_local_bridge')
                return list.filter((i) => i.type === 'bridge' || i.type === 'OVSBridge');
            return p.type ? list.filter((i) => i.type === p.type) : list;
        }
        if (sub === 'storage')
            return Object.values(ctx.s.storages)
                .filter((s) => storageAvailableOn(s, n))
                .filter((s) => !p.content || p.content.split(',').some((c) => s.content.includes(c)))
                .map((s) => ({
                storage: s.id,
                type: s.type,
                content: s.content.join(','),
                active: 1,
                enabled: 1,
                shared: s.shared ? 1 : 0,
                total: s.totalBytes,
                used: usedBytes(ctx, s, n),
                avail: s.totalBytes - usedBytes(ctx, s, n),
            }));
        if ((m = /^storage\/([^/]+)\/content$/.exec(sub)))
            return storageContent(ctx, n, m[1], p);
        if (sub === 'lxc' || sub === 'qemu')
            return Object.values(ctx.s.guests)
                .filter((g) => g.node === n && g.kind === sub)
                .map((g) => {
                const r = guestResource(ctx, g);
                delete r.id;
                delete r.type;
                delete r.node;
                return r;
            });
        if ((m = /^(lxc|qemu)\/(\d+)\/(config|status\/current|snapshot|pending)$/.exec(sub))) {
            const kind = m[1];
            const g = loadGuestOn(ctx, kind, Number(m[2]), n);
            if (m[3] === 'config')
                return guestConfig(g);
            if (m[3] === 'snapshot')
                return snapshotList(g);
            if (m[3] === 'status/current')
                return { ...guestResource(ctx, g), ha: { managed: 0 } };
            return Object.entries(g.conf.main.values).map(([key, value]) => ({ key, value }));
        }
        if (sub === 'aplinfo')
            return ctx.s.appliances.map((a) => ({
                template: a.template,
                section: a.section,
                type: a.type,
                os: a.os,
                version: a.version,
                headline: a.headline,
                package: a.template.replace(/_.*$/, ''),
            }));
        if (sub === 'version')
            return { version: ctx.s.pve.version, release: ctx.s.pve.release, repoid: ctx.s.pve.repoid };
    }
    throw new ApiNotFound(path.replace(/^\//, ''));
}
function loadGuestOn(ctx, kind, vmid, nodeName) {
    const g = ctx.s.guests[String(vmid)];
    if (g && g.kind === kind && g.node === nodeName)
        return g;
    throw new PveError(`Configuration file '${confRelPath(kind, nodeName, vmid)}' does not exist`);
}

;// CONCATENATED MODULE: ./src/sim/output.ts
/**
 * Output formats of the Proxmox CLIs (PVE::CLIFormatter): compact canonical JSON
 * (`--output-format json`), Perl JSON::PP's pretty form (3-space indent, ` : ` separators) for
 * `json-pretty` and agent results, YAML, and bordered text tables.
 */
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        const out = {};
        for (const k of Object.keys(v).sort())
            out[k] = sortKeys(v[k]);
        return out;
    }
    return v;
}
function canonicalJson(v) {
    return JSON.stringify(sortKeys(v)) + '\n';
}
function perlPrettyJson(v) {
    const render = (x, indent) => {
        if (Array.isArray(x)) {
            if (x.length === 0)
                return '[]';
            const inner = indent + '   ';
            return `[\n${x.map((e) => inner + render(e, inner)).join(',\n')}\n${indent}]`;
        }
        if (x && typeof x === 'object') {
            const keys = Object.keys(x).sort();
            if (keys.length === 0)
                return '{}';
            const inner = indent + '   ';
            return `{\n${keys
                .map((k) => `${inner}${JSON.stringify(k)} : ${render(x[k], inner)}`)
                .join(',\n')}\n${indent}}`;
        }
        return JSON.stringify(x) ?? 'null';
    };
    return render(v, '') + '\n';
}
function yaml(v, indent = '') {
    const scalar = (x) => {
        if (x === null || x === undefined)
            return '~';
        if (typeof x === 'string')
            return /^[\w./@:+-]+$/.test(x) && !/^(true|false|null|~|\d.*)$/i.test(x) ? x : JSON.stringify(x);
        return String(x);
    };
    if (Array.isArray(v)) {
        if (v.length === 0)
            return `${indent}[]\n`;
        return v
            .map((e) => {
            if (e && typeof e === 'object') {
                const body = yaml(e, indent + '  ');
                return `${indent}- ${body.slice(indent.length + 2)}`;
            }
            return `${indent}- ${scalar(e)}\n`;
        })
            .join('');
    }
    if (v && typeof v === 'object') {
        const keys = Object.keys(v).sort();
        if (keys.length === 0)
            return `${indent}{}\n`;
        return keys
            .map((k) => {
            const x = v[k];
            if (x && typeof x === 'object')
                return `${indent}${k}:\n${yaml(x, indent + '  ')}`;
            return `${indent}${k}: ${scalar(x)}\n`;
        })
            .join('');
    }
    return `${indent}${scalar(v)}\n`;
}
function cell(x) {
    if (x === undefined || x === null)
        return '';
    if (typeof x === 'object')
        return JSON.stringify(x);
    return String(x);
}
function table(header, rows, border) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => border
        ? `│ ${cells.map((c, i) => c.padEnd(widths[i])).join(' │ ')} │\n`
        : `${cells.map((c, i) => c.padEnd(widths[i])).join(' ')}\n`;
    const rule = (l, m, r, f) => `${l}${widths.map((w) => f.repeat(w + 2)).join(m)}${r}\n`;
    let out = border ? rule('┌', '┬', '┐', '─') : '';
    out += line(header);
    if (border)
        out += rule('╞', '╪', '╡', '═');
    for (const r of rows)
        out += line(r);
    if (border)
        out += rule('└', '┴', '┘', '─');
    return out;
}
/** `--output-format text`: a table for lists and objects, the value for scalars. */
function textOutput(v, o = {}) {
    const border = !o.noborder;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '';
        if (v.every((e) => e && typeof e === 'object' && !Array.isArray(e))) {
            const cols = [...new Set(v.flatMap((e) => Object.keys(e)))].sort();
            const rows = v.map((e) => cols.map((c) => cell(e[c])));
            const t = table(cols, rows, border);
            return o.noheader
                ? t
                    .split('\n')
                    .slice(border ? 3 : 1)
                    .join('\n')
                : t;
        }
        return v.map((e) => cell(e) + '\n').join('');
    }
    if (v && typeof v === 'object') {
        const keys = Object.keys(v).sort();
        return table(['key', 'value'], keys.map((k) => [k, cell(v[k])]), border);
    }
    return v === undefined || v === null ? '' : `${cell(v)}\n`;
}
function formatApiResult(v, format, o = {}) {
    switch (format) {
        case 'json':
            return canonicalJson(v);
        case 'json-pretty':
            return perlPrettyJson(v);
        case 'yaml':
            return yaml(v);
        default:
            return textOutput(v, o);
    }
}
/** `formatApiResult` as the CLI options `--output-format`, `--noborder` and `--noheader` ask. */
function formatForOptions(v, opts) {
    return formatApiResult(v, opts['output-format'] ?? 'text', {
        noborder: opts.noborder === '1',
        noheader: opts.noheader === '1',
    });
}

;// CONCATENATED MODULE: ./src/sim/programs/pvesh.ts
/**
 * `pvesh get PATH [--param value ...] [--output-format json|json-pretty|text|yaml]`. API
 * parameters are passed as options like on a real host. Other verbs are left to later modules.
 */






const FORMATS = ['json', 'json-pretty', 'text', 'yaml'];
const FLAGS = new Set(['noborder', 'noheader', 'human-readable', 'quiet', 'noproxy']);
function runPvesh(ctx) {
    const [verb, ...rest] = ctx.rt.args;
    const usage = `pvesh ${verb ?? 'get'} <api_path> [OPTIONS] [FORMAT_OPTIONS]`;
    if (verb !== 'get')
        throw new UsageError(`unknown command 'pvesh ${verb ?? ''}'`.trim(), 'USAGE: pvesh <COMMAND> [ARGS] [OPTIONS]');
    let path;
    const params = {};
    const flags = {};
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(a);
        if (!m) {
            if (path !== undefined)
                throw new UsageError('too many arguments', usage);
            path = a;
            continue;
        }
        const name = m[1];
        if (FLAGS.has(name)) {
            let v = m[2];
            if (v === undefined && rest[i + 1] !== undefined && (0,pve_values/* parseBoolean */.yG)(rest[i + 1]) !== undefined)
                v = rest[++i];
            flags[name] = v === undefined ? '1' : ((0,pve_values/* parseBoolean */.yG)(v) ?? v);
            continue;
        }
        const v = m[2] ?? rest[++i];
        if (v === undefined)
            throw new UsageError('unable to parse option', usage, [`Option ${name} requires an argument`]);
        if (name === 'output-format') {
            if (!FORMATS.includes(v))
                throw new ParamError({
                    'output-format': `value '${v}' does not have a value in the enumeration '${FORMATS.join(', ')}'`,
                }, usage);
            flags[name] = v;
        }
        else
            params[name] = v;
    }
    if (path === undefined)
        throw new UsageError('not enough arguments', usage);
    if (flags.noproxy !== '1')
        checkProxyTarget(ctx, path);
    let result;
    try {
        result = apiGet(ctx, path, params);
    }
    catch (err) {
        if (err instanceof ApiNotFound)
            throw new PveError(`No 'get' handler defined for '${err.path}'`);
        throw err;
    }
    if (flags.quiet === '1')
        return;
    ctx.out(formatForOptions(result, flags));
}
/**
 * A call for another node's `/nodes/NODE/...` is proxied there (pve-manager PVE::CLI::pvesh
 * `check_proxyto` and `proxy_handler`: `ssh ... pvesh --noproxy ...` run with the error message
 * "proxy handler failed", so the ssh's last stderr line follows it). The simulator answers from
 * the shared state, but a node that is down cannot be reached.
 */
function checkProxyTarget(ctx, path) {
    const target = /^\/?nodes\/([^/]+)\/./.exec(path)?.[1];
    if (target === undefined || target === ctx.nodeName)
        return;
    const n = ctx.s.nodes[target];
    if (n && !n.online)
        throw new PveError(`proxy handler failed: ssh: connect to host ${nodeAddress(ctx.s, target)} port 22: No route to host`);
}
function registerPvesh() {
    registerSimProgram('pvesh', {
        op: (args) => `pvesh ${args[0] ?? ''}`.trim(),
        readOnly: (args) => args[0] === 'get' || args[0] === 'ls',
        run: runPvesh,
    });
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/pvesh-ext.ts



function params(args) {
    const p = {};
    let path;
    for (let i = 0; i < args.length; i++) {
        const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/s.exec(args[i]);
        if (!m) {
            if (path !== undefined)
                throw new UsageError('too many arguments', 'pvesh create <api_path> [OPTIONS]');
            path = args[i];
            continue;
        }
        const v = m[2] ?? args[++i];
        if (v === undefined)
            throw new UsageError('unable to parse option', '', [`Option ${m[1]} requires an argument`]);
        p[m[1]] = v;
    }
    return { path, p };
}
const EXT = {
    iso: /\.(iso|img)$/i,
    vztmpl: /\.tar\.(gz|xz|zst)$/,
    import: /\.(qcow2|raw|vmdk|ova)$/i,
};
function downloadUrl(ctx, node, storage, p) {
    for (const k of ['content', 'filename', 'url'])
        if (!p[k])
            throw new ParamError({ [k]: 'property is missing and it is not optional' });
    if (!ctx.s.nodes[node])
        throw new PveError(`no such cluster node '${node}'`);
    const st = ctx.s.storages[storage];
    if (!st)
        throw new PveError(`storage '${storage}' does not exist`);
    const content = p.content;
    if (!EXT[content])
        throw new ParamError({
            content: `value '${content}' does not have a value in the enumeration 'iso, vztmpl, import'`,
        });
    if (!st.content.includes(content))
        throw new PveError(`storage '${storage}' is not configured for content-type '${content}'`);
    if (!EXT[content].test(p.filename))
        throw new ParamError({ filename: `wrong file extension for content type '${content}'` });
    if (!/^https?:\/\//.test(p.url))
        throw new ParamError({ url: 'invalid URL' });
    const volname = `${content}/${p.filename}`;
    const nodeKey = st.shared ? '' : node;
    if (ctx.s.volumes.some((v) => v.storage === storage && v.volname === volname && v.node === nodeKey))
        throw new PveError(`refusing to override existing file '${p.filename}'`);
    ctx.s.volumes.push({
        storage,
        node: nodeKey,
        volname,
        content,
        format: content === 'iso' ? 'iso' : (p.filename.split('.').pop() ?? 'raw'),
        sizeBytes: 600 * 1024 ** 2,
        ctime: Math.floor(ctx.now() / 1000),
    });
    ctx.out(`UPID:${node}:0000${ctx.seq().toString(16).padStart(4, '0')}:00000000:00000000:download:${p.filename}:root@pam:\n`);
}
function setPassword(ctx, p) {
    if (!p.userid || !p.password)
        throw new ParamError({
            [p.userid ? 'password' : 'userid']: 'property is missing and it is not optional',
        });
    if (p.password.length < 5)
        throw new ParamError({ password: 'value must be at least 5 characters long' });
    const u = ctx.s.access.users[p.userid];
    if (!u)
        throw new PveError(`user '${p.userid}' does not exist`);
    u.passwordSet = true;
}
function registerPveshExtensions() {
    const base = getSimProgram('pvesh');
    registerSimProgram('pvesh', {
        op: (args) => base?.op(args) ?? `pvesh ${args[0] ?? ''}`.trim(),
        readOnly: (args) => (args[0] === 'create' || args[0] === 'set' ? false : (base?.readOnly(args) ?? true)),
        run: (ctx) => {
            const [verb, ...rest] = ctx.rt.args;
            if (verb === 'create' || verb === 'set') {
                const { path, p } = params(rest);
                const dl = /^\/nodes\/([^/]+)\/storage\/([^/]+)\/download-url\/?$/.exec(path ?? '');
                if (!rest.includes('--noproxy'))
                    checkProxyTarget(ctx, path ?? '');
                if (verb === 'create' && dl)
                    return downloadUrl(ctx, dl[1], dl[2], p);
                if (verb === 'set' && path?.replace(/\/$/, '') === '/access/password')
                    return setPassword(ctx, p);
                throw new PveError(`No '${verb}' handler defined for '${path ?? ''}'`);
            }
            if (!base)
                throw new UsageError(`unknown command 'pvesh ${verb ?? ''}'`, 'USAGE: pvesh <COMMAND> [ARGS] [OPTIONS]');
            return base.run(ctx);
        },
    });
}

;// CONCATENATED MODULE: ./src/sim/cluster-fs.ts
/**
 * Folders of /etc/pve, the cluster filesystem (pmxcfs): one tree for every node, so a folder one
 * node makes is there for all (pve-cluster `memdb_mkdir`). A `mkdir` of a folder that exists
 * fails with EEXIST, which is what cluster-wide locks rely on (pve-cluster PVE::Cluster
 * `cfs_lock` takes `/etc/pve/priv/lock/ID` with `mkdir`, frees it with `rmdir`); without quorum
 * pmxcfs is read-only and refuses writes with EACCES. Not modelled: the 120 s expiry of a lock
 * folder whose holder asked for an unlock (`memdb_lock_expired`).
 */

/** Folders pmxcfs always has (or that a fresh cluster's services make at once). */
const BUILTIN = new Set([
    '/etc/pve',
    '/etc/pve/nodes',
    '/etc/pve/priv',
    '/etc/pve/priv/lock',
    '/etc/pve/firewall',
    '/etc/pve/ha',
    '/etc/pve/sdn',
    '/etc/pve/mapping',
    '/etc/pve/virtual-guest',
]);
const norm = (p) => p.replace(/\/+$/, '') || '/';
function isClusterPath(path) {
    const p = norm(path);
    return p === '/etc/pve' || p.startsWith('/etc/pve/');
}
function isNodeDir(s, p) {
    const m = /^\/etc\/pve\/nodes\/([^/]+)(?:\/(lxc|qemu-server|openvz|priv))?$/.exec(p);
    return m !== null && s.nodes[m[1]] !== undefined;
}
/** Does folder `path` exist in /etc/pve (made, built in, or holding files)? */
function clusterDirExists(s, path) {
    const p = norm(path);
    if (BUILTIN.has(p) || isNodeDir(s, p) || s.clusterDirs?.[p])
        return true;
    const prefix = p + '/';
    return (Object.keys(s.clusterFiles).some((k) => k.startsWith(prefix)) ||
        Object.keys(s.clusterDirs ?? {}).some((k) => k.startsWith(prefix)));
}
function hasEntries(s, p) {
    const prefix = p + '/';
    if (Object.keys(s.clusterFiles).some((k) => k.startsWith(prefix)))
        return true;
    if (Object.keys(s.clusterDirs ?? {}).some((k) => k.startsWith(prefix)))
        return true;
    return Object.values(s.guests).some((g) => `/etc/pve/nodes/${g.node}/${g.kind === 'lxc' ? 'lxc' : 'qemu-server'}/${g.vmid}.conf`.startsWith(prefix));
}
/** coreutils' `mkdir [-p] DIR` on pmxcfs; the error line, or undefined when made. */
function mkdirCluster(s, dir, parents, now) {
    const p = norm(dir);
    const fail = (why) => `mkdir: cannot create directory '${dir}': ${why}`;
    if (clusterDirExists(s, p))
        return parents ? undefined : fail('File exists');
    if (!isQuorate(s))
        return fail('Permission denied');
    const parent = p.replace(/\/[^/]+$/, '');
    if (!clusterDirExists(s, parent)) {
        if (!parents)
            return fail('No such file or directory');
        const err = mkdirCluster(s, parent, true, now);
        if (err)
            return err;
    }
    s.clusterDirs ??= {};
    s.clusterDirs[p] = { mtime: Math.floor(now / 1000) };
    return undefined;
}
/** coreutils' `rmdir DIR` on pmxcfs; the error line, or undefined when removed. */
function rmdirCluster(s, dir) {
    const p = norm(dir);
    const fail = (why) => `rmdir: failed to remove '${dir}': ${why}`;
    if (!clusterDirExists(s, p))
        return fail('No such file or directory');
    if (hasEntries(s, p))
        return fail('Directory not empty');
    if (BUILTIN.has(p) || isNodeDir(s, p) || !isQuorate(s))
        return fail('Permission denied');
    delete s.clusterDirs[p];
    return undefined;
}

;// CONCATENATED MODULE: ./src/sim/host-files.ts
/**
 * The host filesystem as the host's commands see it: guest configs under /etc/pve (rendered from the model,
 * `/etc/pve/lxc` and `/etc/pve/qemu-server` being the local node's folders, as on a real host),
 * other cluster files, and per-node files (/etc/hosts, /etc/network/interfaces.d/*, ...).
 * Writing a guest config file replaces that guest's config like pmxcfs does; raw `lxc.*` lines
 * written that way stay in the config.
 */





/**
 * Paths the shims simulate; `grep`/`tee`/`cat` on anything else run the real binaries. A caller
 * adds its own folders on the host (e.g. its lock and cache files) as `extraSimulatedPaths`.
 */
const SIMULATED_PREFIXES = [
    '/etc/pve/',
    '/etc/network/',
    '/etc/hosts',
    '/etc/hostname',
    '/etc/timezone',
    '/etc/apt/',
    '/etc/modules',
    '/etc/modprobe.d/',
    '/etc/default/',
    '/etc/exports',
    '/etc/samba/',
    '/etc/apparmor.d/',
    '/etc/sysctl.d/',
    '/etc/udev/',
    '/etc/subuid',
    '/etc/subgid',
    '/var/lib/vz/',
    // setup-hypervisor (src/sim/hypervisor):
    '/etc/chrony/',
    '/etc/kernel/',
    '/home/',
    '/sys/module/',
];
/** Is `path` under one of the simulated prefixes (or the `extra` ones)? */
function isSimulatedPath(path, extra = []) {
    const p = external_node_path_.posix.normalize(path);
    const under = (prefix) => p === prefix.replace(/\/$/, '') || p.startsWith(prefix);
    return SIMULATED_PREFIXES.some(under) || extra.some(under);
}
const GUEST_CONF = /^\/etc\/pve\/nodes\/([^/]+)\/(lxc|qemu-server)\/([1-9]\d*)\.conf$/;
/** Absolute, normalised, with the /etc/pve/{lxc,qemu-server,local} links resolved. */
function canonicalPath(ctx, path) {
    let p = external_node_path_.posix.normalize(path.startsWith('/') ? path : `/${path}`);
    if (p.length > 1)
        p = p.replace(/\/+$/, '');
    const local = `/etc/pve/nodes/${ctx.nodeName}`;
    for (const [link, target] of [
        ['/etc/pve/lxc', `${local}/lxc`],
        ['/etc/pve/qemu-server', `${local}/qemu-server`],
        ['/etc/pve/local', local],
    ]) {
        if (p === link || p.startsWith(link + '/'))
            return target + p.slice(link.length);
    }
    return p;
}
function guestAt(ctx, p) {
    const m = GUEST_CONF.exec(p);
    if (!m)
        return undefined;
    const kind = m[2] === 'lxc' ? 'lxc' : 'qemu';
    const vmid = Number(m[3]);
    const g = ctx.s.guests[String(vmid)];
    const guest = g && g.node === m[1] && g.kind === kind ? g : undefined;
    return { node: m[1], kind, vmid, guest };
}
function guestConfigText(g) {
    return g.rawText ?? writeConfFile(g.conf);
}
/** File contents, `'dir'` for a directory, undefined when absent. */
function readHostFile(ctx, path) {
    const p = canonicalPath(ctx, path);
    const gc = guestAt(ctx, p);
    if (gc)
        return gc.guest ? Buffer.from(guestConfigText(gc.guest), 'utf8') : undefined;
    const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
    const f = store[p];
    if (f)
        return Buffer.from(f.data, 'base64');
    if (isDirectory(ctx, p))
        return 'dir';
    if (ctx.rt.realFs && !isSimulatedPath(p, ctx.rt.extraSimulatedPaths)) {
        try {
            if ((0,external_node_fs_.statSync)(p).isDirectory())
                return 'dir';
            return (0,external_node_fs_.readFileSync)(p);
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function isDirectory(ctx, p) {
    if (isClusterPath(p))
        return clusterDirExists(ctx.s, p);
    const prefix = p + '/';
    const store = p.startsWith('/etc/pve') ? ctx.s.clusterFiles : ctx.node.files;
    return Object.keys(store).some((k) => k.startsWith(prefix));
}
class HostFileError extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
/** Writes (or appends to) a host file; guest configs update the model. */
function writeHostFile(ctx, path, data, append = false) {
    const p = canonicalPath(ctx, path);
    if (isDirectory(ctx, p))
        throw new HostFileError('Is a directory');
    const gc = guestAt(ctx, p);
    if (gc) {
        if (!ctx.s.nodes[gc.node])
            throw new HostFileError('No such file or directory');
        const text = (append && gc.guest ? guestConfigText(gc.guest) : '') + data.toString('utf8');
        if (gc.guest) {
            setRawConfig(gc.guest, text);
            return;
        }
        if (ctx.s.guests[String(gc.vmid)])
            throw new HostFileError('File exists');
        const g = {
            kind: gc.kind,
            vmid: gc.vmid,
            node: gc.node,
            conf: { kind: gc.kind, main: { values: {} }, snapshots: {} },
            status: 'stopped',
            fs: {},
            execLog: [],
        };
        setRawConfig(g, text);
        ctx.s.guests[String(gc.vmid)] = g;
        return;
    }
    if (/^\/etc\/pve\/nodes\/([^/]+)\//.test(p) && !ctx.s.nodes[/^\/etc\/pve\/nodes\/([^/]+)\//.exec(p)[1]])
        throw new HostFileError('No such file or directory');
    const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
    const prev = append && store[p] ? Buffer.from(store[p].data, 'base64') : Buffer.alloc(0);
    store[p] = { ...(store[p] ?? {}), data: Buffer.concat([prev, data]).toString('base64') };
}
function deleteHostFile(ctx, path) {
    const p = canonicalPath(ctx, path);
    const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
    if (!store[p])
        return false;
    delete store[p];
    return true;
}
/** All host file paths of the node (and cluster files), for listings. */
function listHostFiles(ctx, dir) {
    const p = canonicalPath(ctx, dir) + '/';
    const store = p.startsWith('/etc/pve/') ? ctx.s.clusterFiles : ctx.node.files;
    return Object.keys(store)
        .filter((k) => k.startsWith(p))
        .sort();
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/security.ts



const FW = '/etc/pve/firewall/cluster.fw';
const OPTIONS = new Set(['enable', 'policy_in', 'policy_out', 'policy_forward', 'log_ratelimit', 'ebtables']);
const PROTOS = new Set([
    'tcp',
    'udp',
    'udplite',
    'dccp',
    'sctp',
    'icmp',
    'icmpv6',
    'ipv6-icmp',
    'esp',
    'ah',
    'gre',
    'ipip',
    'vrrp',
    'ospf',
]);
const PORT_PROTOS = new Set(['tcp', 'udp', 'udplite', 'dccp', 'sctp']);
const SERVICES = new Set([
    'ssh',
    'http',
    'https',
    'domain',
    'smtp',
    'ntp',
    'nfs',
    'microsoft-ds',
    'netbios-ssn',
]);
const ADDR = /^!?(\+[A-Za-z][A-Za-z0-9_-]*|[A-Za-z][A-Za-z0-9_-]*|[0-9.]+(\/\d{1,2})?(-[0-9.]+)?|[0-9a-fA-F:]+(\/\d{1,3})?)$/;
function portOk(v) {
    return v
        .split(',')
        .every((part) => part
        .split(':')
        .every((p) => (/^\d+$/.test(p) && Number(p) >= 1 && Number(p) <= 65535) || SERVICES.has(p)));
}
/** Problems with one rule line (empty when the rule is valid). */
function ruleProblems(line, groups) {
    const body = line.replace(/\s#.*$/, '').trim();
    const w = body.split(/\s+/);
    const dir = w[0]?.toUpperCase();
    if (dir === 'GROUP')
        return groups.has(w[1] ?? '') ? [] : [`action: no such security group '${w[1] ?? ''}'`];
    if (dir !== 'IN' && dir !== 'OUT')
        return [`unable to parse rule: ${body}`];
    const out = [];
    if (!/^(ACCEPT|DROP|REJECT|[A-Za-z0-9]+\((ACCEPT|DROP|REJECT)\))$/.test(w[1] ?? ''))
        out.push(`action: value '${w[1] ?? ''}' does not have a value in the enumeration 'ACCEPT, DROP, REJECT'`);
    const opts = new Map();
    for (let i = 2; i < w.length; i += 2) {
        const k = w[i];
        if (!k.startsWith('-') || w[i + 1] === undefined) {
            out.push(`unable to parse rule parameters: ${w.slice(i).join(' ')}`);
            break;
        }
        opts.set(k.slice(1), w[i + 1]);
    }
    for (const k of opts.keys())
        if (!['source', 'dest', 'p', 'dport', 'sport', 'i', 'log', 'icmp-type'].includes(k))
            out.push(`${k}: property is not defined in schema and the schema does not allow additional properties`);
    const proto = opts.get('p');
    if (proto !== undefined && !PROTOS.has(proto) && !/^\d{1,3}$/.test(proto))
        out.push(`proto: unknown protocol '${proto}'`);
    for (const k of ['source', 'dest']) {
        const v = opts.get(k);
        if (v !== undefined && !v.split(',').every((x) => ADDR.test(x)))
            out.push(`${k}: invalid address '${v}'`);
    }
    for (const k of ['dport', 'sport']) {
        const v = opts.get(k);
        if (v === undefined)
            continue;
        if (proto === undefined)
            out.push(`${k}: missing property - 'proto' is required with '${k}'`);
        else if (!PORT_PROTOS.has(proto))
            out.push(`${k}: protocol '${proto}' does not support ports`);
        else if (!portOk(v))
            out.push(`${k}: invalid port '${v}'`);
    }
    return out;
}
function compile(ctx) {
    if (ctx.rt.args[0] !== 'compile')
        exit(255, `unknown command 'pve-firewall ${ctx.rt.args[0] ?? ''}'`);
    const data = readHostFile(ctx, FW);
    const text = data instanceof Buffer ? data.toString('utf8') : '';
    const lines = text.split('\n');
    const groups = new Set(lines.map((l) => /^\[group\s+([^\]]+)\]$/i.exec(l.trim())?.[1]).filter((g) => !!g));
    let section = '';
    const rules = [];
    const options = {};
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const sec = /^\[([^\]]+)\]$/.exec(line);
        if (sec) {
            section = sec[1].toUpperCase();
            return;
        }
        const at = `${FW} (line ${i + 1})`;
        if (section === 'OPTIONS') {
            const m = /^([a-z_]+)\s*:\s*(\S+)$/.exec(line);
            if (!m || !OPTIONS.has(m[1]))
                ctx.err(`${at} - unable to parse option: ${line}\n`);
            else if (/^policy_/.test(m[1]) && !/^(ACCEPT|DROP|REJECT)$/.test(m[2]))
                ctx.err(`${at} - unable to parse option: ${line}\n`);
            else
                options[m[1]] = m[2];
        }
        else if (section === 'RULES') {
            const problems = ruleProblems(line, groups);
            if (problems.length > 0)
                ctx.err(`${at} - errors in rule parameters: ${problems.join('; ')}\n`);
            else
                rules.push(line.replace(/\s#.*$/, ''));
        }
    });
    ctx.out(`status: ${options.enable === '1' ? 'enabled' : 'disabled'}\n*filter\n:PVEFW-HOST-IN - [0:0]\n:PVEFW-HOST-OUT - [0:0]\n`);
    for (const r of rules)
        ctx.out(`-A PVEFW-HOST-${r.startsWith('OUT') ? 'OUT' : 'IN'} ${r}\n`);
    ctx.out(`-A PVEFW-HOST-IN -j PVEFW-reject # policy ${options.policy_in ?? 'DROP'}\nCOMMIT\n`);
}
/** Problems of an AppArmor profile text (parser messages). */
function profileProblems(text, source) {
    const name = /(?:^|\n)\s*profile\s+([^\s{]+)/.exec(text)?.[1];
    const problems = [];
    if (!name)
        problems.push(`AppArmor parser error for ${source} at line 1: syntax error, no profile found`);
    let depth = 0;
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/(^|\s)#(?!include\b).*$/, '').trim();
        if (line === '' || /^#include\b|^include\b|^abi\b/.test(line))
            return;
        depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
        if (depth < 0)
            problems.push(`AppArmor parser error for ${source} in profile ${name ?? '?'} at line ${i + 1}: syntax error, unexpected TOK_CLOSE`);
        if (depth > 0 && !/[,{}]$/.test(line) && !/^profile\b/.test(line))
            problems.push(`AppArmor parser error for ${source} in profile ${name ?? '?'} at line ${i + 1}: syntax error, unexpected TOK_END_OF_RULE, expecting ','`);
    });
    if (depth > 0)
        problems.push(`AppArmor parser error for ${source} in profile ${name ?? '?'}: syntax error, unexpected $end, expecting TOK_CLOSE`);
    return { name, problems };
}
function apparmorParser(ctx) {
    const a = ctx.rt.args;
    const skipLoad = a.includes('--skip-kernel-load') || a.includes('-Q');
    const file = a.filter((x) => !x.startsWith('-'))[0];
    let text;
    if (file === undefined)
        text = ctx.rt.stdin.toString('utf8');
    else {
        const data = readHostFile(ctx, file);
        if (!(data instanceof Buffer))
            exit(1, `File ${file} not found, skipping...`);
        text = data.toString('utf8');
    }
    const { name, problems } = profileProblems(text, file ?? '/dev/stdin');
    if (problems.length > 0)
        exit(1, problems.slice(0, 3).join('\n'));
    if (skipLoad || !name)
        return;
    const hs = hostSetup(ctx);
    if (!hs.apparmorLoaded.includes(name))
        hs.apparmorLoaded.push(name);
}
function registerSecurityPrograms() {
    registerSimProgram('pve-firewall', {
        op: (a) => `pve-firewall ${a[0] ?? ''}`.trim(),
        readOnly: (a) => a[0] === 'compile' || a[0] === 'status',
        run: compile,
    });
    registerSimProgram('apparmor_parser', {
        op: () => 'apparmor_parser',
        readOnly: (a) => a.includes('--skip-kernel-load') || a.includes('-Q'),
        run: apparmorParser,
    });
}

;// CONCATENATED MODULE: ./src/sim/host-paths.ts
/**
 * What exists on the simulated host's filesystem for a container's start: folders (a ZFS
 * filesystem's mount point, a folder made with `mkdir`/`install -d`, the folders of a fresh
 * install) and device nodes. Only NVIDIA nodes are modelled: /dev/nvidiaN and /dev/nvidiactl
 * exist while the driver is loaded; /dev/nvidia-uvm and /dev/nvidia-uvm-tools only once something
 * made them (the nvidia-uvm module does not create its nodes by itself): `nvidia-modprobe -u -c=0`
 * since boot, or a boot-time rule that runs it (a udev rule, see `uvmCreatorInstalled`).
 */


/** Folders every Proxmox VE install has. */
const FRESH_DIRS = ['/srv', '/mnt', '/var/lib/vz', '/tmp', '/root', '/home'];
/** Mount points of the node's ZFS filesystems. */
function zfsMountpoints(ctx) {
    return Object.values(ctx.node.datasets)
        .filter((d) => d.type === 'filesystem')
        .map((d) => d.properties.mountpoint ?? `/${d.name}`);
}
/** Is `path` a folder on the host (made, a dataset's mount point, or a fresh host's)? */
function hostDirExists(ctx, path) {
    const p = path.replace(/\/+$/, '') || '/';
    if (isClusterPath(p))
        return clusterDirExists(ctx.s, p);
    const dirs = hostSetup(ctx).dirs ?? [];
    const storagePaths = Object.values(ctx.s.storages).flatMap((s) => (s.options.path ? [s.options.path] : []));
    return (p === '/' ||
        FRESH_DIRS.includes(p) ||
        zfsMountpoints(ctx).includes(p) ||
        storagePaths.includes(p) ||
        dirs.some((d) => d === p || d.startsWith(p + '/')) ||
        Object.keys(ctx.node.files).some((f) => f.startsWith(p + '/')));
}
/** The udev rule file a boot-time creator of the NVIDIA UVM nodes lives in. */
const UDEV_RULES = '/etc/udev/rules.d/';
/** A udev rule (any file under /etc/udev/rules.d) runs `nvidia-modprobe` with `-u` at boot. */
function uvmCreatorInstalled(ctx) {
    return Object.entries(ctx.node.files).some(([path, f]) => path.startsWith(UDEV_RULES) &&
        /nvidia-modprobe\b[^\n]*\s-u\b/.test(Buffer.from(f.data, 'base64').toString('utf8')));
}
/** Does the device node `path` exist on the host? Nodes other than NVIDIA's are assumed present. */
function hostDeviceExists(ctx, path) {
    if (!/^\/dev\/nvidia/.test(path))
        return true;
    const nv = hostSetup(ctx).nvidia;
    if (!nv.loaded)
        return false;
    const m = /^\/dev\/nvidia(\d+)$/.exec(path);
    if (m)
        return Number(m[1]) < nv.gpus;
    if (path === '/dev/nvidiactl' || path === '/dev/nvidia-modeset')
        return true;
    if (path === '/dev/nvidia-uvm' || path === '/dev/nvidia-uvm-tools')
        return nv.uvmNodes === true || uvmCreatorInstalled(ctx);
    return false;
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/shares.ts



/** A dataset's mount point, a folder made with mkdir/install, or one a fresh host has. */
const pathExists = hostDirExists;
function exportfs(ctx) {
    requirePackage(ctx, 'nfs-kernel-server', 'exportfs');
    if (!ctx.rt.args.some((a) => /^-[a-z]*r/.test(a)))
        exit(1, 'exportfs: only -ra is simulated');
    const files = ['/etc/exports', ...filesIn(ctx, '/etc/exports.d').filter((f) => f.endsWith('.exports'))];
    const problems = [];
    for (const f of files) {
        (fileText(ctx, f) ?? '').split('\n').forEach((raw, i) => {
            const line = raw.replace(/#.*$/, '').trim();
            if (line === '')
                return;
            const [path, ...clients] = line.split(/\s+/);
            if (!path?.startsWith('/'))
                problems.push(`exportfs: ${f}:${i + 1}: bad path ${path ?? ''}`);
            else if (!pathExists(ctx, path))
                problems.push(`exportfs: Failed to stat ${path}: No such file or directory`);
            for (const c of clients)
                if (!/^[A-Za-z0-9.:/*@_-]+(\([a-z_=0-9,:./-]*\))?$/.test(c))
                    problems.push(`exportfs: ${f}:${i + 1}: bad client specification ${c}`);
        });
    }
    if (problems.length > 0)
        exit(1, problems.join('\n'));
}
function pdbedit(ctx) {
    requirePackage(ctx, 'samba', 'pdbedit');
    const a = ctx.rt.args;
    const user = a.includes('-u') ? a[a.indexOf('-u') + 1] : undefined;
    const hs = hostSetup(ctx);
    const list = user ? [user] : hs.sambaUsers;
    for (const u of list) {
        if (!hs.sambaUsers.includes(u))
            exit(255, 'Username not found!');
        ctx.out(`${u}:${hs.users[u]?.uid ?? 0}:\n`);
    }
}
function smbpasswd(ctx) {
    requirePackage(ctx, 'samba', 'smbpasswd');
    const a = ctx.rt.args;
    const user = a[a.length - 1] ?? '';
    const hs = hostSetup(ctx);
    if (!a.includes('-a'))
        exit(1, 'smbpasswd: only -a is simulated');
    const [p1, p2] = ctx.rt.stdin.toString('utf8').split('\n');
    if (!p1 || p1 !== p2)
        exit(1, 'Mismatch - password unchanged.\nUnable to get new password.');
    if (!hs.users[user])
        exit(1, `Failed to add entry for user ${user}.`);
    if (!hs.sambaUsers.includes(user))
        hs.sambaUsers.push(user);
    ctx.out(`Added user ${user}.\n`);
}
function testparm(ctx) {
    requirePackage(ctx, 'samba', 'testparm');
    const seen = new Set();
    const dump = [];
    let bad = false;
    const load = (file) => {
        if (seen.has(file))
            return;
        seen.add(file);
        const text = fileText(ctx, file);
        if (text === undefined) {
            ctx.err(`Can't find include file ${file}\n`);
            return;
        }
        text.split('\n').forEach((raw, i) => {
            const line = raw.trim();
            if (line === '' || line.startsWith('#') || line.startsWith(';'))
                return;
            if (/^\[[^\]]+\]$/.test(line))
                dump.push(line);
            else if (/^include\s*=\s*(\S+)$/.test(line))
                load(/^include\s*=\s*(\S+)$/.exec(line)[1]);
            else if (/^[a-z][a-z0-9 :]*[a-z0-9]\s*=/.test(line))
                dump.push(`\t${line.replace(/\s*=\s*/, ' = ')}`);
            else {
                ctx.err(`Ignoring badly formed line in configuration file ${file}:${i + 1}: ${line}\n`);
                bad = true;
            }
        });
    };
    load('/etc/samba/smb.conf');
    if (bad)
        exit(1, 'Error loading services.');
    ctx.err('Load smb config files from /etc/samba/smb.conf\nLoaded services file OK.\n');
    ctx.out(dump.join('\n') + '\n');
}
function registerSharePrograms() {
    registerSimProgram('exportfs', { op: () => 'exportfs', readOnly: () => false, run: exportfs });
    registerSimProgram('pdbedit', { op: () => 'pdbedit', readOnly: (a) => a.includes('-L'), run: pdbedit });
    registerSimProgram('smbpasswd', { op: () => 'smbpasswd', readOnly: () => false, run: smbpasswd });
    registerSimProgram('testparm', { op: () => 'testparm', readOnly: () => true, run: testparm });
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/system.ts




const ZONE = /^(UTC|(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?)$/;
function timedatectl(ctx) {
    const [cmd, ...rest] = ctx.rt.args;
    const hs = hostSetup(ctx);
    if (cmd === 'show') {
        const zone = (fileText(ctx, '/etc/timezone') ?? 'Etc/UTC\n').trim();
        const all = {
            Timezone: zone,
            LocalRTC: 'no',
            CanNTP: 'yes',
            NTP: hs.ntp ? 'yes' : 'no',
            NTPSynchronized: hs.ntp ? 'yes' : 'no',
        };
        const wanted = rest.filter((a) => a.startsWith('--property=')).map((a) => a.slice('--property='.length));
        for (const k of wanted.length ? wanted : Object.keys(all))
            if (all[k] !== undefined)
                ctx.out(`${k}=${all[k]}\n`);
        return;
    }
    if (cmd === 'set-timezone') {
        const z = rest[0] ?? '';
        if (!ZONE.test(z))
            exit(1, `Failed to set time zone: Invalid or not installed time zone '${z}'`);
        setFileText(ctx, '/etc/timezone', `${z}\n`);
        return;
    }
    if (cmd === 'set-ntp') {
        const v = rest[0] ?? '';
        if (!/^(true|false|yes|no|1|0|on|off)$/.test(v))
            exit(1, `Failed to parse argument: ${v}`);
        hs.ntp = /^(true|yes|1|on)$/.test(v);
        return;
    }
    exit(1, `Unknown command verb '${cmd ?? ''}'.`);
}
function chronyc(ctx) {
    requirePackage(ctx, 'chrony', 'chronyc');
    if (ctx.rt.args.join(' ') !== 'reload sources')
        exit(1, 'Unrecognized command');
    ctx.out('200 OK\n');
}
function systemctl(ctx) {
    const args = ctx.rt.args.filter((a) => a !== '--now' && a !== '--quiet' && a !== '-q');
    const now = ctx.rt.args.includes('--now');
    const [cmd, raw] = args;
    const hs = hostSetup(ctx);
    const name = unitName(raw ?? '');
    const u = hs.units[name];
    const exists = u !== undefined && (!u.package || ctx.node.packages[u.package] !== undefined);
    switch (cmd) {
        case 'is-active':
            ctx.out(`${exists && u.active ? 'active' : 'inactive'}\n`);
            if (!exists || !u.active)
                exit(3);
            return;
        case 'is-enabled':
            if (!exists)
                exit(1, `Failed to get unit file state for ${name}.service: No such file or directory`);
            ctx.out(`${u.enabled ? 'enabled' : 'disabled'}\n`);
            if (!u.enabled)
                exit(1);
            return;
        case 'enable':
            if (!exists)
                exit(1, `Failed to enable unit: Unit file ${name}.service does not exist.`);
            u.enabled = true;
            if (now)
                u.active = true;
            return;
        case 'start':
        case 'restart':
            if (!exists)
                exit(5, `Failed to ${cmd} ${name}.service: Unit ${name}.service not found.`);
            u.active = true;
            return;
        case 'reload':
            if (!exists)
                exit(5, `Failed to reload ${name}.service: Unit ${name}.service not found.`);
            if (!u.active)
                exit(1, `${name}.service is not active, cannot reload.`);
            return;
        default:
            exit(1, `Unknown command verb '${cmd ?? ''}'.`);
    }
}
const KNOWN_MODULES = new Set([
    'vfio',
    'vfio_pci',
    'vfio_iommu_type1',
    'zfs',
    'bridge',
    'overlay',
    'br_netfilter',
    'kvm',
    'kvm_intel',
    'kvm_amd',
    'nouveau',
    'nbd',
]);
function lsmod(ctx) {
    ctx.out('Module                  Size  Used by\n');
    for (const m of ctx.node.kernelModules)
        ctx.out(`${m.padEnd(24)}${String(16384).padStart(6)}  0\n`);
}
function modprobe(ctx) {
    const mod = (ctx.rt.args.find((a) => !a.startsWith('-')) ?? '').replace(/-/g, '_');
    const hs = hostSetup(ctx);
    const known = KNOWN_MODULES.has(mod) || (mod === 'nvidia' && hs.nvidia.installed !== undefined);
    if (!known)
        exit(1, `modprobe: FATAL: Module ${mod} not found in directory /lib/modules/${ctx.node.kernel}`);
    if (!ctx.node.kernelModules.includes(mod))
        ctx.node.kernelModules.push(mod);
    if (mod === 'nvidia')
        hs.nvidia.loaded = hs.nvidia.installed;
}
function modinfo(ctx) {
    const args = ctx.rt.args;
    const mod = args[args.length - 1] ?? '';
    const hs = hostSetup(ctx);
    const version = mod === 'nvidia' ? hs.nvidia.installed : KNOWN_MODULES.has(mod) ? ctx.node.kernel : undefined;
    if (version === undefined)
        exit(1, `modinfo: ERROR: Module ${mod} not found.`);
    ctx.out(`${version}\n`);
}
function rebuilt(ctx, what, message) {
    const hs = hostSetup(ctx);
    hs.rebuilt[what] = (hs.rebuilt[what] ?? 0) + 1;
    ctx.out(message);
}
// ---- files ----
function addDir(ctx, dir) {
    const hs = hostSetup(ctx);
    const d = dir.replace(/\/+$/, '');
    hs.dirs ??= [];
    if (!hs.dirs.includes(d))
        hs.dirs.push(d);
}
function pathArg(args) {
    const i = args.indexOf('--');
    return i >= 0 ? args[i + 1] : args[args.length - 1];
}
function install(ctx) {
    const a = ctx.rt.args;
    const get = (flag) => (a.includes(flag) ? a[a.indexOf(flag) + 1] : undefined);
    const owner = get('-o');
    const group = get('-g');
    const hs = hostSetup(ctx);
    if (!a.includes('-d'))
        exit(1, 'install: only directories (-d) are simulated');
    // Numeric ids need no account (an unprivileged CT's root is host uid 100000).
    if (owner && !/^\d+$/.test(owner) && !hs.users[owner])
        exit(1, `install: invalid user '${owner}'`);
    if (group && !/^\d+$/.test(group) && hs.groups[group] === undefined)
        exit(1, `install: invalid group '${group}'`);
    const dir = pathArg(a);
    hs.owners[dir] = `${owner ?? 'root'}:${group ?? 'root'}`;
    addDir(ctx, dir);
}
function chown(ctx) {
    const [spec] = ctx.rt.args;
    const file = pathArg(ctx.rt.args) ?? '';
    const [user, group] = (spec ?? '').split(':');
    const hs = hostSetup(ctx);
    if (!user || !hs.users[user])
        exit(1, `chown: invalid user: '${spec}'`);
    if (group && hs.groups[group] === undefined)
        exit(1, `chown: invalid group: '${spec}'`);
    if (!ctx.node.files[file])
        exit(1, `chown: cannot access '${file}': No such file or directory`);
    hs.owners[file] = `${user}:${group ?? user}`;
}
function chmod(ctx) {
    const [mode] = ctx.rt.args;
    const file = pathArg(ctx.rt.args) ?? '';
    if (!/^[0-7]{3,4}$/.test(mode ?? ''))
        exit(1, `chmod: invalid mode: '${mode}'`);
    const f = ctx.node.files[file];
    if (!f)
        exit(1, `chmod: cannot access '${file}': No such file or directory`);
    f.mode = mode.padStart(4, '0');
}
// ---- accounts ----
function passwdLine(name, u) {
    return `${name}:x:${u.uid}:${u.gid}:${u.comment ?? ''}:${u.home}:${u.shell}`;
}
function getent(ctx) {
    const [db, key] = ctx.rt.args;
    const hs = hostSetup(ctx);
    const u = key ? hs.users[key] : undefined;
    if (db === 'passwd') {
        if (!u)
            exit(2);
        ctx.out(passwdLine(key, u) + '\n');
    }
    else if (db === 'shadow') {
        if (!u)
            exit(2);
        ctx.out(`${key}:${u.hash}:20000:0:99999:7:::\n`);
    }
    else if (db === 'group') {
        const gid = key ? hs.groups[key] : undefined;
        if (gid === undefined)
            exit(2);
        ctx.out(`${key}:x:${gid}:${Object.entries(hs.users)
            .filter(([, v]) => v.groups.includes(key))
            .map(([n]) => n)
            .join(',')}\n`);
    }
    else
        exit(1, `Unknown database: ${db ?? ''}`);
}
function id(ctx) {
    const name = pathArg(ctx.rt.args) ?? '';
    const hs = hostSetup(ctx);
    const u = hs.users[name];
    if (!u)
        exit(1, `id: '${name}': no such user`);
    const primary = Object.entries(hs.groups).find(([, g]) => g === u.gid)?.[0] ?? String(u.gid);
    ctx.out([primary, ...u.groups].join(' ') + '\n');
}
function useradd(ctx) {
    const a = ctx.rt.args;
    const get = (flag) => (a.includes(flag) ? a[a.indexOf(flag) + 1] : undefined);
    const name = pathArg(a) ?? '';
    const hs = hostSetup(ctx);
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(name))
        exit(3, `useradd: invalid user name '${name}'`);
    if (hs.users[name])
        exit(9, `useradd: user '${name}' already exists`);
    const system = a.includes('--system') || a.includes('-r');
    const used = new Set(Object.values(hs.users).map((u) => u.uid));
    let uid = system ? 999 : 1000;
    while (used.has(uid))
        uid += system ? -1 : 1;
    hs.groups[name] ??= uid;
    hs.users[name] = {
        uid,
        gid: hs.groups[name],
        home: `/home/${name}`,
        shell: get('--shell') ?? get('-s') ?? '/bin/sh',
        groups: [],
        hash: '!',
        comment: get('--comment') ?? get('-c'),
    };
}
function usermod(ctx) {
    const a = ctx.rt.args;
    const name = pathArg(a) ?? '';
    const hs = hostSetup(ctx);
    const u = hs.users[name];
    if (!u)
        exit(6, `usermod: user '${name}' does not exist`);
    const i = a.findIndex((x) => x === '--groups' || x === '-G');
    const groups = i >= 0 ? (a[i + 1] ?? '').split(',').filter(Boolean) : [];
    for (const g of groups)
        if (hs.groups[g] === undefined)
            exit(6, `usermod: group '${g}' does not exist`);
    const append = a.includes('--append') || a.includes('-a');
    u.groups = append ? [...new Set([...u.groups, ...groups])] : groups;
}
function chpasswd(ctx) {
    const encrypted = ctx.rt.args.includes('--encrypted') || ctx.rt.args.includes('-e');
    const hs = hostSetup(ctx);
    const lines = ctx.rt.stdin.toString('utf8').split('\n').filter(Boolean);
    lines.forEach((l, i) => {
        const [name, ...rest] = l.split(':');
        const value = rest.join(':');
        const u = name ? hs.users[name] : undefined;
        if (!u)
            exit(1, `chpasswd: line ${i + 1}: user '${name ?? ''}' does not exist\nchpasswd: error detected, changes ignored`);
        if (encrypted && !/^\$[A-Za-z0-9]+\$/.test(value))
            exit(1, `chpasswd: line ${i + 1}: invalid hash\nchpasswd: error detected, changes ignored`);
        u.hash = encrypted ? value : `$y$j9T$sim$${Buffer.from(value).toString('base64')}`;
    });
}
function registerSystemPrograms() {
    const rw = (name, run, op) => registerSimProgram(name, { op: op ?? (() => name), readOnly: () => false, run });
    const ro = (name, run) => registerSimProgram(name, { op: () => name, readOnly: () => true, run });
    registerSimProgram('timedatectl', {
        op: (a) => `timedatectl ${a[0] ?? ''}`.trim(),
        readOnly: (a) => a[0] === 'show' || a[0] === 'status',
        run: timedatectl,
    });
    rw('chronyc', chronyc);
    registerSimProgram('systemctl', {
        op: (a) => `systemctl ${a[0] ?? ''}`.trim(),
        readOnly: (a) => ['is-active', 'is-enabled', 'status'].includes(a[0] ?? ''),
        run: systemctl,
    });
    ro('lsmod', lsmod);
    rw('modprobe', modprobe);
    ro('modinfo', modinfo);
    rw('update-initramfs', (ctx) => rebuilt(ctx, 'initramfs', `update-initramfs: Generating /boot/initrd.img-${ctx.node.kernel}\n`));
    rw('proxmox-boot-tool', (ctx) => {
        if (ctx.rt.args[0] !== 'refresh')
            exit(1, `E: unknown command '${ctx.rt.args[0] ?? ''}'`);
        rebuilt(ctx, 'proxmox-boot-tool', "Running hook script 'proxmox-auto-removal'..\nCopying and configuring kernels on /dev/disk/by-uuid/SIM-ESP\n");
    });
    rw('update-grub', (ctx) => rebuilt(ctx, 'grub', 'Generating grub configuration file ...\ndone\n'));
    rw('mkdir', (ctx) => {
        const dir = pathArg(ctx.rt.args);
        if (!dir || !dir.startsWith('/'))
            exit(1, 'mkdir: missing operand');
        if (isClusterPath(dir)) {
            const err = mkdirCluster(ctx.s, dir, ctx.rt.args.includes('-p'), ctx.now());
            if (err)
                exit(1, err);
            return;
        }
        // Without -p, coreutils' mkdir refuses an existing folder and a missing parent.
        if (!ctx.rt.args.includes('-p')) {
            if (hostDirExists(ctx, dir))
                exit(1, `mkdir: cannot create directory '${dir}': File exists`);
            const parent = dir.replace(/\/+$/, '').replace(/\/[^/]+$/, '') || '/';
            if (!hostDirExists(ctx, parent))
                exit(1, `mkdir: cannot create directory '${dir}': No such file or directory`);
        }
        addDir(ctx, dir);
    });
    rw('rmdir', (ctx) => {
        const dir = pathArg(ctx.rt.args);
        if (!dir || !dir.startsWith('/'))
            exit(1, 'rmdir: missing operand');
        if (isClusterPath(dir)) {
            const err = rmdirCluster(ctx.s, dir);
            if (err)
                exit(1, err);
            return;
        }
        const hs = hostSetup(ctx);
        const d = dir.replace(/\/+$/, '');
        if (!hostDirExists(ctx, d))
            exit(1, `rmdir: failed to remove '${dir}': No such file or directory`);
        const below = (p) => p.startsWith(d + '/');
        if (!hs.dirs?.includes(d) || hs.dirs.some(below) || Object.keys(ctx.node.files).some(below))
            exit(1, `rmdir: failed to remove '${dir}': Directory not empty`);
        hs.dirs = hs.dirs.filter((x) => x !== d);
    });
    rw('install', install);
    rw('chown', chown);
    rw('chmod', chmod);
    ro('getent', getent);
    ro('id', id);
    rw('useradd', useradd);
    rw('usermod', usermod);
    rw('chpasswd', chpasswd);
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/index.ts
/**
 * The host programs setup-hypervisor runs, for the simulator: packages, time, systemd, kernel
 * modules, accounts, disks, network reload, NFS/Samba, the firewall compiler, AppArmor, the NVIDIA
 * driver and the extra `pvesh` verbs. Registered by `ensureSimPrograms` after the guest programs
 * (the `pvesh` extension wraps the program registered before it).
 */










function registerHostSetupPrograms() {
    registerPackagePrograms();
    registerSystemPrograms();
    registerDiskPrograms();
    registerNetworkPrograms();
    registerSharePrograms();
    registerSecurityPrograms();
    registerGpuPrograms();
    registerPveshExtensions();
}

;// CONCATENATED MODULE: ./src/sim/programs/files.ts



const SHORT_FLAGS = {
    H: (o) => (o.withName = true),
    h: (o) => (o.noName = true),
    q: (o) => (o.quiet = true),
    s: (o) => (o.silent = true),
    n: (o) => (o.lineNumbers = true),
    F: (o) => (o.mode = 'fixed'),
    E: (o) => (o.mode = 'extended'),
    G: (o) => (o.mode = 'basic'),
    x: (o) => (o.wholeLine = true),
    v: (o) => (o.invert = true),
    i: (o) => (o.ignoreCase = true),
    c: (o) => (o.count = true),
    l: (o) => (o.listFiles = true),
    r: (o) => (o.recursive = true),
};
/** `grep -r`: the files under `dir` (guest configs of the model and stored host files), by path. */
function filesUnder(ctx, dir) {
    const base = canonicalPath(ctx, dir);
    const shown = dir.replace(/\/+$/, '') || '/';
    const found = new Set(listHostFiles(ctx, dir));
    for (const g of Object.values(ctx.s.guests)) {
        found.add(`/etc/pve/nodes/${g.node}/${g.kind === 'lxc' ? 'lxc' : 'qemu-server'}/${g.vmid}.conf`);
    }
    return [...found]
        .filter((f) => f.startsWith(base === '/' ? '/' : base + '/'))
        .sort()
        .map((f) => shown + f.slice(base === '/' ? 0 : base.length));
}
/** POSIX basic regular expressions to JavaScript: `\(`, `\{`, `\|`, `\+`, `\?` are the operators. */
function breToJs(re) {
    let out = '';
    for (let i = 0; i < re.length; i++) {
        const c = re[i];
        if (c === '\\' && i + 1 < re.length) {
            const n = re[++i];
            out += '(){}|+?'.includes(n) ? n : `\\${n}`;
        }
        else
            out += '(){}|+?'.includes(c) ? `\\${c}` : c;
    }
    return out;
}
function matcher(o) {
    const res = o.patterns.map((p) => {
        let src = o.mode === 'fixed' ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : o.mode === 'basic' ? breToJs(p) : p;
        if (o.wholeLine)
            src = `^(?:${src})$`;
        return new RegExp(src, o.ignoreCase ? 'i' : '');
    });
    return (line) => res.some((r) => r.test(line)) !== o.invert;
}
function splitLines(data) {
    const text = data.toString('utf8');
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function grep(ctx, args) {
    const o = {
        quiet: false,
        silent: false,
        lineNumbers: false,
        mode: 'basic',
        wholeLine: false,
        invert: false,
        ignoreCase: false,
        count: false,
        listFiles: false,
        recursive: false,
        patterns: [],
    };
    const rest = [];
    let explicitPattern = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--') {
            rest.push(...args.slice(i + 1));
            break;
        }
        if (a === '-e') {
            o.patterns.push(args[++i] ?? '');
            explicitPattern = true;
        }
        else if (/^-[A-Za-z]+$/.test(a)) {
            for (const f of a.slice(1)) {
                const set = SHORT_FLAGS[f];
                if (!set)
                    throw new ExitStatus(2, `grep: invalid option -- '${f}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\n`);
                set(o);
            }
        }
        else
            rest.push(a);
    }
    if (!explicitPattern) {
        if (rest.length === 0)
            throw new ExitStatus(2, 'Usage: grep [OPTION]... PATTERNS [FILE]...\n');
        o.patterns.push(...rest.shift().split('\n'));
    }
    const operands = rest.length > 0 ? rest : ['-'];
    const files = o.recursive
        ? operands.flatMap((f) => (f !== '-' && readHostFile(ctx, f) === 'dir' ? filesUnder(ctx, f) : [f]))
        : operands;
    const showName = o.noName ? false : (o.withName ?? (files.length > 1 || o.recursive));
    const test = matcher(o);
    let matched = false;
    let error = false;
    for (const f of files) {
        const data = f === '-' ? ctx.rt.stdin : readHostFile(ctx, f);
        const label = f === '-' ? '(standard input)' : f;
        if (data === undefined || data === 'dir') {
            if (!o.silent)
                ctx.err(`grep: ${f}: ${data === 'dir' ? 'Is a directory' : 'No such file or directory'}\n`);
            error = true;
            continue;
        }
        let count = 0;
        splitLines(data).forEach((line, idx) => {
            if (!test(line))
                return;
            count++;
            matched = true;
            if (o.quiet || o.count || o.listFiles)
                return;
            ctx.out(`${showName ? label + ':' : ''}${o.lineNumbers ? `${idx + 1}:` : ''}${line}\n`);
        });
        if (o.quiet && matched)
            return;
        if (o.count)
            ctx.out(`${showName ? label + ':' : ''}${count}\n`);
        if (o.listFiles && count > 0)
            ctx.out(`${label}\n`);
    }
    if (error)
        throw new ExitStatus(2);
    if (!matched)
        throw new ExitStatus(1);
}
function tee(ctx, args) {
    let append = false;
    const files = [];
    let opts = true;
    for (const a of args) {
        if (opts && a === '--')
            opts = false;
        else if (opts && /^-[aip]+$/.test(a))
            append ||= a.includes('a');
        else if (opts && a === '--append')
            append = true;
        else
            files.push(a);
    }
    let failed = false;
    for (const f of files) {
        try {
            writeHostFile(ctx, f, ctx.rt.stdin, append);
        }
        catch (err) {
            if (!(err instanceof HostFileError))
                throw err;
            ctx.err(`tee: ${f}: ${err.reason}\n`);
            failed = true;
        }
    }
    ctx.out(ctx.rt.stdin.toString('utf8'));
    if (failed)
        throw new ExitStatus(1);
}
function cat(ctx, args) {
    const files = args.filter((a) => a !== '--');
    let failed = false;
    for (const f of files.length > 0 ? files : ['-']) {
        const data = f === '-' ? ctx.rt.stdin : readHostFile(ctx, f);
        if (data === undefined || data === 'dir') {
            ctx.err(`cat: ${f}: ${data === 'dir' ? 'Is a directory' : 'No such file or directory'}\n`);
            failed = true;
            continue;
        }
        ctx.out(data.toString('utf8'));
    }
    if (failed)
        throw new ExitStatus(1);
}
function registerFilePrograms() {
    registerSimProgram('grep', { op: () => 'grep', readOnly: () => true, run: (ctx) => grep(ctx, args(ctx)) });
    registerSimProgram('tee', { op: () => 'tee', readOnly: () => false, run: (ctx) => tee(ctx, args(ctx)) });
    registerSimProgram('cat', { op: () => 'cat', readOnly: () => true, run: (ctx) => cat(ctx, args(ctx)) });
}
function args(ctx) {
    return ctx.rt.args;
}

;// CONCATENATED MODULE: ./src/sim/programs/find.ts





/** Nodes and folders directly under /dev on every Proxmox VE host (those Phoenix may look for). */
const STOCK_DEV = [
    'console',
    'full',
    'fuse',
    'kvm',
    'net',
    'null',
    'ptmx',
    'pts',
    'random',
    'shm',
    'tty',
    'urandom',
    'zero',
];
/** The profiles lxc-pve installs in /etc/apparmor.d/lxc. */
const STOCK_LXC_PROFILES = [
    'lxc-default',
    'lxc-default-cgns',
    'lxc-default-with-mounting',
    'lxc-default-with-nesting',
];
function nvidiaNodes(ctx) {
    const gpus = hostSetup(ctx).nvidia.gpus;
    const candidates = ['nvidiactl', 'nvidia-modeset', 'nvidia-uvm', 'nvidia-uvm-tools'];
    for (let i = 0; i < gpus; i++)
        candidates.push(`nvidia${i}`);
    return candidates.filter((n) => hostDeviceExists(ctx, `/dev/${n}`));
}
/** Names directly under `dir`, or undefined when the folder does not exist. */
function children(ctx, dir) {
    const p = canonicalPath(ctx, dir);
    const names = new Set(listHostFiles(ctx, p)
        .map((f) => f.slice(p.length + 1).split('/')[0])
        .filter((n) => n !== ''));
    if (p === '/dev')
        for (const n of [...STOCK_DEV, ...nvidiaNodes(ctx)])
            names.add(n);
    if (p === '/etc/apparmor.d/lxc')
        for (const n of STOCK_LXC_PROFILES)
            names.add(n);
    return names.size > 0 ? [...names].sort() : undefined;
}
function find(ctx, args) {
    const start = args.findIndex((a) => a.startsWith('-') || a === '(' || a === '!');
    const dirs = start < 0 ? args : args.slice(0, start);
    const expr = start < 0 ? [] : args.slice(start);
    if (expr.join(' ') !== '-mindepth 1 -maxdepth 1')
        throw new ExitStatus(1, `find: the simulator only lists folders (-mindepth 1 -maxdepth 1), not '${expr.join(' ')}'\n`);
    let missing = false;
    for (const d of dirs.length ? dirs : ['.']) {
        const names = children(ctx, d);
        if (!names) {
            ctx.err(`find: '${d}': No such file or directory\n`);
            missing = true;
            continue;
        }
        const base = d.replace(/\/+$/, '');
        for (const n of names)
            ctx.out(`${base}/${n}\n`);
    }
    if (missing)
        throw new ExitStatus(1);
}
function registerFindProgram() {
    registerSimProgram('find', {
        op: () => 'find',
        readOnly: () => true,
        run: (ctx) => find(ctx, ctx.rt.args),
    });
}

;// CONCATENATED MODULE: ./src/sim/cli-parse.ts
/**
 * Argument parsing as the Proxmox CLIs do it (PVE::JSONSchema::get_options over Getopt::Long):
 * `--opt value`, `-opt value` and `--opt=value`; unique abbreviations; options anywhere among the
 * positional arguments; `--` ends the options; boolean options take an optional value
 * (`--full`, `--full 1`, `--full no`); every other option needs one, even if it starts with `-`.
 * Values are then checked against their schema types and errors are reported the Proxmox way.
 */


/**
 * Makes the specs of one CLI's sub-commands: the usage line (`pct clone <vmid> <newid> [OPTIONS]`,
 * a trailing `extra-args` as `[<extra-args>]`) and the CLI's types of positional arguments.
 */
function specMaker(tool, argTypes) {
    return (name, args, options = {}, extra = {}) => ({
        usage: [
            `${tool} ${name}`,
            ...args.map((a) => (a === 'extra-args' ? '[<extra-args>]' : `<${a}>`)),
            ...(Object.keys(options).length > 0 ? ['[OPTIONS]'] : []),
        ].join(' '),
        args,
        argTypes,
        options,
        ...extra,
    });
}
/** The type of option `name`; a positional parameter may be given as an option too. */
function optionType(spec, name) {
    const t = spec.options[name] ?? spec.indexed?.(name);
    if (t || name === 'extra-args' || !spec.args.includes(name))
        return t;
    return spec.argTypes?.[name] ?? pve_values/* STR */.Ul;
}
function lookupOption(spec, name) {
    // pve-common `PVE::JSONSchema::get_options` makes a getopt option of every property, the
    // positional ones included (`pct move-volume 100 mp0 --target-vmid 101`).
    const exact = optionType(spec, name);
    if (exact)
        return { name, type: exact };
    const candidates = Object.keys(spec.options).filter((o) => o.startsWith(name));
    if (candidates.length === 1)
        return { name: candidates[0], type: spec.options[candidates[0]] };
    if (candidates.length > 1)
        return `Option ${name} is ambiguous (${candidates.sort().join(', ')})`;
    return `Unknown option: ${name}`;
}
const OPTION = /^--?([A-Za-z][A-Za-z0-9_-]*)(?:=(.*))?$/s;
function parseArgs(spec, argv) {
    const raw = {};
    const order = [];
    const positional = [];
    const complaints = [];
    let i = 0;
    for (; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
            i++;
            break;
        }
        const m = OPTION.exec(a);
        if (!m) {
            positional.push(a);
            continue;
        }
        const found = lookupOption(spec, m[1]);
        if (typeof found === 'string') {
            complaints.push(found);
            continue;
        }
        let value;
        if (m[2] !== undefined)
            value = m[2];
        else if (found.type.t === 'bool') {
            const next = argv[i + 1];
            if (next !== undefined && !(next.startsWith('-') && next !== '-')) {
                value = next;
                i++;
            }
            else
                value = '';
        }
        else if (i + 1 < argv.length) {
            value = argv[++i];
        }
        else {
            complaints.push(`Option ${m[1]} requires an argument`);
            continue;
        }
        if (!(found.name in raw))
            order.push(found.name);
        raw[found.name] = value;
    }
    positional.push(...argv.slice(i));
    if (complaints.length > 0)
        throw new UsageError('unable to parse option', spec.usage, complaints);
    const params = {};
    let extra = [];
    const fixed = spec.args.filter((a) => a !== 'extra-args');
    const required = fixed.length - (spec.optionalArgs ?? 0);
    if (positional.length < required)
        throw new UsageError('not enough arguments', spec.usage);
    fixed.forEach((name, idx) => {
        if (idx < positional.length)
            params[name] = positional[idx];
    });
    if (spec.args.includes('extra-args'))
        extra = positional.slice(fixed.length);
    else if (positional.length > fixed.length)
        throw new UsageError('too many arguments', spec.usage);
    const errors = {};
    for (const [name, type] of Object.entries(spec.argTypes ?? {})) {
        if (params[name] === undefined)
            continue;
        const checked = (0,pve_values/* checkValue */.Su)(name, type, params[name]);
        if ('errors' in checked)
            Object.assign(errors, checked.errors);
        else
            params[name] = checked.value;
    }
    for (const name of order) {
        const type = optionType(spec, name);
        const value = raw[name];
        if (type.t === 'bool' && value === '') {
            params[name] = '1';
            continue;
        }
        const checked = (0,pve_values/* checkValue */.Su)(name, type, value);
        if ('errors' in checked)
            Object.assign(errors, checked.errors);
        else
            params[name] = checked.value;
    }
    if (Object.keys(errors).length > 0)
        throw new ParamError(errors, spec.usage);
    return { params, extra, order };
}

;// CONCATENATED MODULE: ./src/sim/guest-io.ts
const MAX_EXEC_LOG = 500;
function builtin(g, argv) {
    const [cmd, ...rest] = argv;
    const file = (p) => p === undefined || g.fs[p] === undefined
        ? undefined
        : Buffer.from(g.fs[p].data, 'base64').toString('utf8');
    switch (cmd) {
        case 'true':
            return { exitCode: 0, stdout: '', stderr: '' };
        case 'false':
            return { exitCode: 1, stdout: '', stderr: '' };
        case 'cat': {
            let out = '';
            for (const p of rest) {
                const c = file(p);
                if (c === undefined)
                    return { exitCode: 1, stdout: out, stderr: `cat: ${p}: No such file or directory\n` };
                out += c;
            }
            return { exitCode: 0, stdout: out, stderr: '' };
        }
        case 'rm': {
            // `rm -f PATH...` (what apply runs to remove a guest config that held secrets).
            for (const p of rest)
                if (!p.startsWith('-'))
                    delete g.fs[p];
            return { exitCode: 0, stdout: '', stderr: '' };
        }
        case 'test':
        case '[': {
            const args = cmd === '[' ? rest.slice(0, -1) : rest;
            if (args.length === 2 && /^-[efsrx]$/.test(args[0])) {
                const c = file(args[1]);
                const ok = c !== undefined && (args[0] !== '-s' || c.length > 0);
                return { exitCode: ok ? 0 : 1, stdout: '', stderr: '' };
            }
            return undefined;
        }
        default:
            return undefined;
    }
}
function runInGuest(ctx, g, argv) {
    const joined = argv.join(' ');
    let result;
    for (const rule of ctx.s.settings.execResults) {
        if (rule.vmid !== undefined && rule.vmid !== g.vmid)
            continue;
        if (rule.times !== undefined && rule.times <= 0)
            continue;
        if (!new RegExp(rule.match).test(joined))
            continue;
        if (rule.times !== undefined)
            rule.times -= 1;
        result = { exitCode: rule.exitCode ?? 0, stdout: rule.stdout ?? '', stderr: rule.stderr ?? '' };
        break;
    }
    result ??= builtin(g, argv) ?? { exitCode: 0, stdout: '', stderr: '' };
    g.execLog.push({ argv: [...argv], at: ctx.now(), exitCode: result.exitCode });
    if (g.execLog.length > MAX_EXEC_LOG)
        g.execLog.splice(0, g.execLog.length - MAX_EXEC_LOG);
    return result;
}
function writeGuestFile(g, path, data, meta = {}) {
    g.fs[path] = { data: data.toString('base64'), ...meta };
}
function readGuestFile(g, path) {
    const f = g.fs[path];
    return f ? Buffer.from(f.data, 'base64') : undefined;
}

;// CONCATENATED MODULE: ./src/sim/config-edit.ts
/**
 * One `pct set` / `qm set` edit of a guest config, the way both CLIs keep pending changes: values
 * that cannot take effect on the running guest wait in `[pve:pending]` (deletions in its `delete`
 * list) until the next start; `--revert` drops pending entries. The callers decide per key what
 * is deferred; this module keeps the pending section consistent.
 */


/** Keys in the pending `delete` list. */
function pendingDeletes(p) {
    return p?.values.delete ? (0,pve_values/* splitList */.ry)(p.values.delete) : [];
}
/** Starts an edit: the pending section (a new one if none), without the `revert`ed keys. */
function beginConfigEdit(g, revert) {
    const edit = {
        main: g.conf.main.values,
        running: g.status === 'running',
        pending: g.conf.pending ?? { values: {} },
        pdel: pendingDeletes(g.conf.pending),
    };
    for (const k of revert) {
        delete edit.pending.values[k];
        edit.pdel = edit.pdel.filter((d) => d !== k);
    }
    return edit;
}
/** Sets `key` (no longer pending deletion): pending when `defer`, else in the config at once. */
function setConfigValue(g, edit, key, value, defer) {
    edit.pdel = edit.pdel.filter((d) => d !== key);
    if (defer) {
        edit.pending.values[key] = value;
        return;
    }
    delete edit.pending.values[key];
    if (key === 'description')
        g.conf.main.description = value;
    else
        edit.main[key] = value;
}
/** Ends an edit: stores the pending deletions, drops an empty pending section, marks the change. */
function finishConfigEdit(g, edit) {
    const { pending, pdel } = edit;
    if (pdel.length > 0)
        pending.values.delete = pdel.join(',');
    else
        delete pending.values.delete;
    if (Object.keys(pending.values).length > 0)
        g.conf.pending = pending;
    else
        delete g.conf.pending;
    touch(g);
}

;// CONCATENATED MODULE: ./src/sim/lxc-config.ts
/**
 * Container config updates as pve-container's `update_pct_config` performs them: values are
 * normalised (network devices get a MAC address and `type=veth`, tags are sorted, name servers
 * joined), new volumes are allocated from the `STORAGE:SIZE` syntax, and on a running container
 * only hot-pluggable options take effect at once; the rest wait in `[pve:pending]` until the next
 * start.
 */








const FASTPLUG = new Set([
    'description',
    'onboot',
    'startup',
    'protection',
    'hostname',
    'hookscript',
    'cores',
    'tags',
    'lock',
]);
const HOTPLUG = /^(cpulimit|cpuunits|memory|swap|net\d+|mp\d+|dev\d+)$/;
/** `parse_lxc_network` + `print_lxc_network`: adds a MAC and `type=veth`. */
function normalizeLxcNet(ctx, value) {
    const parsed = (0,pve_values/* parsePropertyString */.uI)('net', (0,pve_values/* specOf */.rI)(lxc_schema/* LXC_NET */.Gl), value);
    if ('errors' in parsed)
        throw new ParamError(parsed.errors);
    const v = parsed.values;
    v.type = 'veth';
    v.hwaddr ??= newMac(ctx);
    return (0,pve_values/* printPropertyString */.Yd)((0,pve_values/* specOf */.rI)(lxc_schema/* LXC_NET */.Gl), v);
}
/**
 * Creates the volume of a mount point given as `STORAGE:SIZE_GiB[,opts]` (or a bare size on
 * `defaultStorage`); other values (existing volumes, bind mounts) are returned unchanged.
 */
function allocateMountpoint(ctx, vmid, key, value, defaultStorage) {
    const spec = (0,pve_values/* specOf */.rI)(key === 'rootfs' ? lxc_schema/* LXC_ROOTFS */.I5 : lxc_schema/* LXC_MP */.cS);
    const raw = /^\d+(\.\d+)?$/.test(value.split(',')[0]) && defaultStorage ? `${defaultStorage}:${value}` : value;
    const parsed = (0,pve_values/* parsePropertyString */.uI)(key, spec, raw);
    if ('errors' in parsed)
        throw new ParamError(parsed.errors);
    const vals = parsed.values;
    const m = /^([a-z][a-z0-9\-_.]*[a-z0-9]):(\d+(?:\.\d+)?)$/i.exec(vals.volume ?? '');
    if (!m)
        return (0,pve_values/* printPropertyString */.Yd)(spec, vals);
    const sizeGiB = Number(m[2]);
    const storage = m[1];
    // pve-container `PVE::LXC::alloc_disk` (create_disks): a zfspool gets a subvol whatever its
    // content; any other storage needs `rootdir`. `pct create` refuses earlier, with its own text.
    const st = ctx.s.storages[storage];
    if (!st)
        throw new PveError(`storage '${storage}' does not exist`);
    if (st.type !== 'zfspool' && !st.content.includes('rootdir'))
        throw new PveError(`content type 'rootdir' is not available or configured on storage '${storage}'`);
    const vol = allocVolume(ctx, storage, vmid, Math.round(sizeGiB * 1024 ** 3), 'rootdir');
    vals.volume = volid(vol);
    vals.size = (0,pve_values/* formatSize */.Xq)(vol.sizeBytes);
    return (0,pve_values/* printPropertyString */.Yd)(spec, vals);
}
/** Value normalisation of `update_pct_config` for one option. */
function normalizeLxcValue(ctx, g, key, value) {
    if (key === 'unprivileged')
        throw new PveError(`unable to modify read-only option: '${key}'`);
    if (key === 'tags')
        return normalizeTags(value);
    if (key === 'nameserver' || key === 'searchdomain')
        return (0,pve_values/* splitList */.ry)(value).join(' ');
    if (/^net\d+$/.test(key))
        return normalizeLxcNet(ctx, value);
    if (/^dev\d+$/.test(key)) {
        // `update_pct_config` validates a passthrough device with `get_device_mode_and_rdev`.
        const p = (0,pve_values/* parsePropertyString */.uI)(key, (0,pve_values/* specOf */.rI)(lxc_schema/* LXC_DEV */.Kd), value);
        if ('errors' in p)
            throw new ParamError(p.errors);
        if (p.values.path === undefined)
            throw new PveError(`Path is not defined for passthrough device ${key}`);
        if (!hostDeviceExists(ctx, p.values.path))
            throw new PveError(`Device ${p.values.path} does not exist`);
        return value;
    }
    if (key === 'rootfs' || /^mp\d+$/.test(key)) {
        checkProtection(g, `can't update CT ${g.vmid} drive '${key}'`);
        return allocateMountpoint(ctx, g.vmid, key, value);
    }
    return value;
}
/** `pct set`: deletions, then values; hot-plugged or pending depending on the running state. */
function updateLxcConfig(ctx, g, set, del, revert) {
    const edit = beginConfigEdit(g, revert);
    const { main, running, pending } = edit;
    // Deletions are queued, then applied in sorted key order (`vmconfig_apply_pending` walks
    // `sort keys %$pending_delete_hash`), which decides the `unusedN` each detached volume gets.
    for (const k of [...del].sort()) {
        if (main[k] === undefined &&
            pending.values[k] === undefined &&
            !(k === 'description' && g.conf.main.description)) {
            ctx.err(`cannot delete '${k}' - not set in current configuration!\n`);
            continue;
        }
        if (k === 'memory' || k === 'rootfs' || k === 'ostype')
            throw new PveError(`unable to delete required option '${k}'`);
        if (/^(unused|mp)\d+$/.test(k))
            checkProtection(g, `can't remove CT ${g.vmid} drive '${k}'`);
        delete pending.values[k];
        if (!running || FASTPLUG.has(k) || /^(swap|cpulimit|cpuunits|net\d+|unused\d+)$/.test(k)) {
            if (k === 'description')
                delete g.conf.main.description;
            applyVolumeDelete(ctx, g, k);
            delete main[k];
        }
        else if (!edit.pdel.includes(k))
            edit.pdel.push(k);
    }
    for (const [k, raw] of Object.entries(set)) {
        const value = normalizeLxcValue(ctx, g, k, raw);
        const hotplug = FASTPLUG.has(k) || (HOTPLUG.test(k) && !(/^(mp|dev)\d+$/.test(k) && main[k] !== undefined));
        const old = /^mp\d+$/.test(k) ? main[k] : undefined;
        setConfigValue(g, edit, k, value, running && !hotplug);
        // A mount point given another volume keeps the old one as unused (`vmconfig_apply_pending_mountpoint`).
        const oldVol = old !== undefined && !(running && !hotplug) ? volumeOf(old) : undefined;
        if (oldVol && oldVol !== volumeOf(value) && !volumeInUse(g, oldVol))
            addUnusedVolume(main, oldVol);
    }
    finishConfigEdit(g, edit);
}
/**
 * What deleting `mpN` / `unusedN` does to its volume (`vmconfig_apply_pending`): a detached mount
 * point volume is always kept as unused (Proxmox asks `is_volume_in_use` about the whole property
 * string, which never equals a volume id); `unusedN` frees its volume
 * (`PVE::LXC::delete_mountpoint_volume`) unless the config or a snapshot still uses it, and the
 * entry goes either way.
 */
function applyVolumeDelete(ctx, g, k) {
    const main = g.conf.main.values;
    const value = main[k];
    if (value === undefined)
        return;
    const vol = volumeOf(value);
    if (!vol)
        return;
    if (/^mp\d+$/.test(k))
        addUnusedVolume(main, vol);
    else if (/^unused\d+$/.test(k) && !volumeInUse(g, vol, k) && ownedBy(vol, g.vmid))
        freeVolume(ctx, vol);
}
/** The storage volume of a mount point or unused entry; undefined for bind mounts and devices. */
function volumeOf(value) {
    const first = value.split(',')[0].replace(/^volume=/, '');
    return parseVolid(first) ? first : undefined;
}
function ownedBy(vol, vmid) {
    const m = /(?:^|[/:])(?:vm|subvol|base|basevol)-(\d+)-/.exec(vol
        .split('/')
        .pop()
        .replace(/^[^:]*:/, ''));
    return m !== null && Number(m[1]) === vmid;
}
/** `is_volume_in_use` with snapshots: another key or any snapshot refers to `vol`. */
function volumeInUse(g, vol, exceptKey) {
    const uses = (values, skip) => Object.entries(values).some(([k, v]) => k !== skip && /^(rootfs|mp\d+)$/.test(k) && volumeOf(v) === vol);
    if (uses(g.conf.main.values, exceptKey))
        return true;
    return Object.values(g.conf.snapshots).some((snap) => uses(snap.values));
}
/** Pending changes take effect (`vmconfig_apply_pending`, on start). */
function applyPending(ctx, g) {
    const p = g.conf.pending;
    if (!p)
        return;
    for (const k of [...pendingDeletes(p)].sort()) {
        if (k === 'description')
            delete g.conf.main.description;
        if (g.kind === 'lxc')
            applyVolumeDelete(ctx, g, k);
        delete g.conf.main.values[k];
    }
    for (const [k, v] of Object.entries(p.values)) {
        if (k === 'delete')
            continue;
        if (k === 'description')
            g.conf.main.description = v;
        else {
            const old = g.kind === 'lxc' && /^mp\d+$/.test(k) ? g.conf.main.values[k] : undefined;
            g.conf.main.values[k] = v;
            const oldVol = old !== undefined ? volumeOf(old) : undefined;
            if (oldVol && oldVol !== volumeOf(v) && !volumeInUse(g, oldVol))
                addUnusedVolume(g.conf.main.values, oldVol);
        }
    }
    delete g.conf.pending;
    touch(g);
}
/** `pct config` / `qm config` output: pending values included unless `current`. */
function printGuestConfig(g, section, withPending) {
    const values = { ...section.values };
    let description = section.description;
    if (withPending && g.conf.pending && section === g.conf.main) {
        for (const k of pendingDeletes(g.conf.pending)) {
            if (k === 'description')
                description = undefined;
            delete values[k];
        }
        for (const [k, v] of Object.entries(g.conf.pending.values)) {
            if (k === 'delete')
                continue;
            if (k === 'description')
                description = v;
            else
                values[k] = v;
        }
    }
    if (description !== undefined)
        values.description = encodeText(description);
    let out = '';
    for (const k of Object.keys(values).sort()) {
        if (k === 'digest')
            continue;
        out += `${k}: ${values[k]}\n`;
    }
    for (const [k, v] of section.lxc ?? [])
        out += `${k}: ${v}\n`;
    return out;
}
/** `pct pending` / `qm pending` output (`cur`, `new`, `del` lines). */
function printPending(g) {
    const cur = g.conf.main.values;
    const pend = g.conf.pending?.values ?? {};
    const dels = new Set(pendingDeletes(g.conf.pending));
    const keys = new Set([...Object.keys(cur), ...Object.keys(pend).filter((k) => k !== 'delete'), ...dels]);
    if (g.conf.main.description !== undefined)
        keys.add('description');
    let out = '';
    for (const k of [...keys].sort()) {
        const v = k === 'description' ? g.conf.main.description && encodeText(g.conf.main.description) : cur[k];
        const p = pend[k];
        if (v !== undefined) {
            if (dels.has(k))
                out += `del ${k}: ${v}\n`;
            else {
                out += `cur ${k}: ${v}\n`;
                if (p !== undefined)
                    out += `new ${k}: ${p}\n`;
            }
        }
        else if (p !== undefined)
            out += `new ${k}: ${p}\n`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sim/programs/lifecycle.ts









const tool = (kind) => (kind === 'lxc' ? 'pct' : 'qm');
/** Marks a guest running (pending changes of a CT take effect). */
function startGuest(ctx, g) {
    applyPending(ctx, g);
    g.status = 'running';
    g.startedAt = ctx.now();
}
function stopGuest(g) {
    g.status = 'stopped';
    delete g.startedAt;
}
/**
 * The container's prestart hook (pve-container `lxc-pve-prestart-hook`): every bind mount's
 * source must be a folder (`PVE::LXC::mountpoint_mount`: "directory '...' does not exist") and
 * every passthrough device must be a node on the host (`PVE::LXC::Tools::
 * get_device_mode_and_rdev`, called again at each start); otherwise `monitor_start` reports the
 * start failed. Pending values are checked as they will be once applied.
 */
function checkPrestart(ctx, g) {
    const values = { ...g.conf.main.values, ...(g.conf.pending?.values ?? {}) };
    const problems = [];
    for (const [k, v] of Object.entries(values)) {
        if (/^mp\d+$/.test(k)) {
            const p = (0,pve_values/* parsePropertyString */.uI)(k, (0,pve_values/* specOf */.rI)(lxc_schema/* LXC_MP */.cS), v);
            const src = 'errors' in p ? undefined : p.values.volume;
            if (src?.startsWith('/') && !src.startsWith('/dev/') && !hostDirExists(ctx, src))
                problems.push(`directory '${src}' does not exist`);
        }
        else if (/^dev\d+$/.test(k)) {
            const p = (0,pve_values/* parsePropertyString */.uI)(k, (0,pve_values/* specOf */.rI)(lxc_schema/* LXC_DEV */.Kd), v);
            const path = 'errors' in p ? undefined : p.values.path;
            if (path && !hostDeviceExists(ctx, path))
                problems.push(`Device ${path} does not exist`);
        }
    }
    if (problems.length)
        throw new PveError(`${problems[0]}\nstartup for container '${g.vmid}' failed`);
}
function guestStart(ctx, kind, vmid, skiplock) {
    const g = loadGuest(ctx, kind, vmid);
    if (kind === 'lxc' && isRunning(g))
        throw new PveError(`CT ${vmid} already running`);
    ctx.holdFlock(kind, vmid);
    if (isTemplate(g))
        throw new PveError(kind === 'lxc' ? `you can't start a CT if it's a template` : `you can't start a vm if it's a template`);
    if (!skiplock && g.conf.main.values.lock !== 'mounted')
        checkLock(g);
    if (kind === 'qemu' && isRunning(g))
        throw new PveError(`VM ${vmid} already running`);
    if (kind === 'lxc')
        checkPrestart(ctx, g);
    return ctx.after(`${tool(kind)} start`, (c) => startGuest(c, loadGuest(c, kind, vmid)));
}
function guestStop(ctx, kind, vmid, how, skiplock) {
    const g = loadGuest(ctx, kind, vmid);
    if (!isRunning(g)) {
        if (kind === 'lxc')
            throw new PveError(`CT ${vmid} not running`);
        if (how === 'shutdown')
            throw new PveError(`VM ${vmid} not running`);
        return; // qm stop of a stopped VM succeeds
    }
    ctx.holdFlock(kind, vmid);
    if (!skiplock && !(kind === 'lxc' && how === 'stop' && g.conf.main.values.lock === 'mounted'))
        checkLock(g);
    return ctx.after(`${tool(kind)} ${how}`, (c) => stopGuest(loadGuest(c, kind, vmid)));
}
function guestReboot(ctx, kind, vmid) {
    const g = loadGuest(ctx, kind, vmid);
    if (!isRunning(g))
        throw new PveError(`VM ${vmid} not running`);
    ctx.holdFlock(kind, vmid);
    checkLock(g);
    return ctx.after(`${tool(kind)} reboot`, (c) => startGuest(c, loadGuest(c, kind, vmid)));
}
function guestSnapshot(ctx, kind, vmid, name, description) {
    validateSnapshotName(name);
    const g = loadGuest(ctx, kind, vmid);
    snapshotPrepare(ctx, g, name, description);
    return ctx.after(`${tool(kind)} snapshot`, (c) => {
        const g2 = loadGuest(c, kind, vmid);
        snapshotVolumes(c, g2, name);
        snapshotCommit(g2, name);
    });
}
function guestDeleteSnapshot(ctx, kind, vmid, name) {
    const g = loadGuest(ctx, kind, vmid);
    snapshotDeletePrepare(g, name);
    return ctx.after(`${tool(kind)} delsnapshot`, (c) => snapshotDeleteFinish(c, loadGuest(c, kind, vmid), name));
}
function guestRollback(ctx, kind, vmid, name, start) {
    const g = loadGuest(ctx, kind, vmid);
    rollbackPrepare(ctx, g, name);
    return ctx.after(`${tool(kind)} rollback`, (c) => {
        const g2 = loadGuest(c, kind, vmid);
        rollbackFinish(g2, name);
        if (start)
            startGuest(c, g2);
    });
}
function guestListSnapshots(ctx, kind, vmid) {
    ctx.out(printSnapshotTree(snapshotList(loadGuest(ctx, kind, vmid))));
}
function guestTemplate(ctx, kind, vmid, disk) {
    const g = loadGuest(ctx, kind, vmid);
    ctx.holdFlock(kind, vmid);
    checkLock(g);
    if (kind === 'lxc') {
        if (Object.keys(g.conf.snapshots).length > 0)
            throw new PveError('unable to create template, because CT contains snapshots');
        if (isTemplate(g))
            throw new PveError(`you can't convert a template to a template`);
        if (isRunning(g))
            throw new PveError(`you can't convert a CT to template if the CT is running`);
    }
    else {
        if (Object.keys(g.conf.snapshots).length > 0)
            throw new PveError('unable to create template, because VM contains snapshots');
        if (isTemplate(g))
            throw new PveError(`you can't convert a template to a template`);
        if (isRunning(g))
            throw new PveError(`you can't convert a VM to template if VM is running`);
    }
    // qemu-server skips CD-ROM drives, the cloud-init drive included.
    const convertible = (section) => sectionVolumes(kind, section).filter(({ key, volid }) => !(kind === 'qemu' && /cloudinit/.test(volid)) && (disk === undefined || key === disk));
    for (const { volid } of convertible(g.conf.main))
        if (!volumeHasFeature(ctx, volid, 'template'))
            throw new PveError(`Template feature is not available for '${volid}'`);
    return ctx.after(`${tool(kind)} template`, (c) => {
        const g2 = loadGuest(c, kind, vmid);
        for (const { key, volid } of convertible(g2.conf.main)) {
            const base = makeBaseVolume(c, volid);
            g2.conf.main.values[key] = g2.conf.main.values[key].replace(volid, base);
        }
        g2.conf.main.values.template = '1';
        touch(g2);
    });
}
function guestDestroy(ctx, kind, vmid, o) {
    const g = loadGuest(ctx, kind, vmid);
    const name = guestTypeName(kind);
    checkProtection(g, `can't remove ${name} ${vmid}`);
    if (!o.skiplock)
        checkLock(g);
    if (kind === 'lxc' && isRunning(g) && !o.force)
        throw new PveError(`unable to destroy CT ${vmid} - container is running`);
    if (kind === 'qemu' && isRunning(g))
        throw new PveError(`VM ${vmid} is running - destroy failed`);
    ctx.holdFlock(kind, vmid);
    return ctx.after(`${tool(kind)} destroy`, (c) => {
        const g2 = loadGuest(c, kind, vmid);
        if (isRunning(g2)) {
            c.err(`forced to stop CT ${vmid} before destroying!\n`);
            stopGuest(g2);
        }
        const vols = new Set();
        for (const { volid } of sectionVolumes(kind, g2.conf.main))
            vols.add(volid);
        for (const s of Object.values(g2.conf.snapshots))
            for (const { volid } of sectionVolumes(kind, s))
                vols.add(volid);
        for (const [k, v] of Object.entries(g2.conf.main.values))
            if (/^unused\d+$/.test(k))
                vols.add(v.split(',')[0].replace(/^(file|volume)=/, ''));
        // `destroy-unreferenced-disks`: the guest disks of this id on every storage that no key names
        // too (qemu-server's `destroy_vm` frees what `vdisk_list(..., $vmid, ..., 'images')` lists).
        if (o.unreferenced)
            for (const v of c.s.volumes)
                if (v.vmid === vmid &&
                    (v.node === '' || v.node === g2.node) &&
                    (v.content === 'images' || v.content === 'rootdir'))
                    vols.add(`${v.storage}:${v.volname}`);
        for (const v of vols)
            freeVolume(c, v);
        delete c.s.guests[String(vmid)];
        c.s.access.acl = c.s.access.acl.filter((a) => a.path !== `/vms/${vmid}`);
        for (const pool of Object.values(c.s.access.pools))
            pool.members = pool.members.filter((m) => m !== vmid);
    });
}
function guestUnlock(ctx, kind, vmid) {
    const g = loadGuest(ctx, kind, vmid);
    delete g.conf.main.values.lock;
    touch(g);
}

;// CONCATENATED MODULE: ./src/sim/programs/guest-handlers.ts




const vmidOf = (a) => Number(a.params.vmid);
function sharedGuestHandlers(kind) {
    return {
        stop: (ctx, a) => guestStop(ctx, kind, vmidOf(a), 'stop', a.params.skiplock === '1'),
        reboot: (ctx, a) => guestReboot(ctx, kind, vmidOf(a)),
        snapshot: (ctx, a) => guestSnapshot(ctx, kind, vmidOf(a), a.params.snapname, a.params.description),
        delsnapshot: (ctx, a) => guestDeleteSnapshot(ctx, kind, vmidOf(a), a.params.snapname),
        rollback: (ctx, a) => guestRollback(ctx, kind, vmidOf(a), a.params.snapname, a.params.start === '1'),
        listsnapshot: (ctx, a) => guestListSnapshots(ctx, kind, vmidOf(a)),
        unlock: (ctx, a) => guestUnlock(ctx, kind, vmidOf(a)),
        status: (ctx, a) => ctx.out(`status: ${loadGuest(ctx, kind, vmidOf(a)).status}\n`),
        config: (ctx, a) => {
            const g = loadGuest(ctx, kind, vmidOf(a));
            const name = a.params.snapshot;
            const section = name ? g.conf.snapshots[name] : g.conf.main;
            if (!section)
                throw new PveError(`snapshot '${name}' does not exist`);
            ctx.out(printGuestConfig(g, section, !name && a.params.current !== '1'));
        },
        pending: (ctx, a) => ctx.out(printPending(loadGuest(ctx, kind, vmidOf(a)))),
    };
}

;// CONCATENATED MODULE: ./src/sim/programs/create-shared.ts




function pveMajor(ctx) {
    return Number(ctx.s.pve.version.split('.')[0]);
}
function checkPool(ctx, pool) {
    if (pool !== undefined && !ctx.s.access.pools[pool])
        throw new PveError(`pool '${pool}' does not exist`);
}
function addToPool(ctx, pool, vmid) {
    if (pool !== undefined)
        ctx.s.access.pools[pool]?.members.push(vmid);
}
/**
 * Checks `--target` (a cluster node; this node or `localhost` mean no move) and `--storage` of a
 * clone, in the order of pve-container PVE::API2::LXC `clone_vm` and qemu-server
 * PVE::API2::Qemu `clone_vm`: the node exists, the storage is enabled here (a VM's holds images)
 * and, for another node, there too and shared; then the cluster must be quorate. Returns the
 * other node the clone goes to, if any.
 */
function cloneTarget(ctx, p, kind) {
    let target = p.target;
    if (target === ctx.nodeName || target === 'localhost')
        target = undefined;
    if (target !== undefined && !ctx.s.nodes[target])
        throw new PveError(`no such cluster node '${target}'`);
    if (p.storage !== undefined) {
        const st = storageOn(ctx, p.storage);
        if (kind === 'qemu' && !st.content.includes('images'))
            throw new ParamError({ storage: `storage '${p.storage}' does not support vm images` });
        if (target !== undefined) {
            storageOn(ctx, p.storage, target);
            if (!st.shared)
                throw new PveError(`can't clone to non-shared storage '${p.storage}'`);
        }
    }
    if (!isQuorate(ctx.s))
        throw new PveError('cluster not ready - no quorum?');
    return target;
}
/** `--full` or, by default, full copies of everything but templates; linked clones take no storage. */
function isFullClone(p, src) {
    const full = p.full !== undefined ? p.full === '1' : !isTemplate(src);
    if (p.storage !== undefined && !full)
        throw new PveError(`parameter 'storage' not allowed for linked clones`);
    return full;
}
/** `set` refuses an option given both with a value and in `--delete`. */
function checkSetAndDelete(set, del) {
    for (const k of del)
        if (set[k] !== undefined)
            throw new ParamError({ delete: `you can't use '-${k}' and -delete ${k}' at the same time` });
}
/** A failed create or clone worker: the new guest and the volumes it got are gone. */
function discardNewGuest(ctx, vmid) {
    ctx.s.volumes = ctx.s.volumes.filter((v) => v.vmid !== vmid);
    delete ctx.s.guests[String(vmid)];
}

;// CONCATENATED MODULE: ./src/sim/programs/migrate-scan.ts




/** A failure inside the migration task (logged, then `migration aborted`). */
class TaskFailure extends Error {
}
/** PVE::JSONSchema `map_id`. */
function mapStorage(map, sid) {
    if (!map || map.identity)
        return sid;
    return map.entries[sid] ?? map.default ?? sid;
}
/** Mount points and unused volumes of a CT section (`foreach_volume_full`, `include_unused`). */
function ctVolumes(section, unused) {
    const res = [];
    for (const [key, value] of Object.entries(section.values)) {
        if (key === 'rootfs' || /^mp\d+$/.test(key)) {
            const parts = value.split(',');
            const first = parts[0].replace(/^volume=/, '');
            const shared = parts.includes('shared=1');
            if (first.startsWith('/'))
                res.push({ key, volid: first, path: first.startsWith('/dev/') ? 'device' : 'bind', shared });
            else
                res.push({ key, volid: first });
        }
        else if (unused && /^unused\d+$/.test(key))
            res.push({ key, volid: value });
    }
    return res;
}
/** Disks, cdroms, unused volumes and vmstate of a VM section (`foreach_volid`). */
function vmVolumes(section) {
    const res = [];
    for (const [key, value] of Object.entries(section.values)) {
        if ((0,qemu_schema/* isQemuDiskKey */.Hm)(key)) {
            const file = value.split(',')[0].replace(/^file=/, '');
            const cdrom = /(^|,)media=cdrom(,|$)/.test(value) && !/cloudinit/.test(file);
            if (file === 'none')
                continue;
            if (file.startsWith('/'))
                res.push({ key, volid: file, path: 'file', cdrom });
            else
                res.push({ key, volid: file, cdrom });
        }
        else if (/^unused\d+$/.test(key) || key === 'vmstate')
            res.push({ key, volid: value });
    }
    return res;
}
function snapshotRefs(g) {
    const refs = new Set();
    for (const s of Object.values(g.conf.snapshots))
        for (const v of g.kind === 'lxc' ? ctVolumes(s, false) : vmVolumes(s))
            refs.add(v.volid);
    return refs;
}
/** PVE::LXC::Migrate `prepare`: mount points and their storages on both nodes. */
function prepareCt(ctx, g, target, opts) {
    for (const mp of ctVolumes(g.conf.main, true)) {
        if (mp.path) {
            if (mp.shared)
                continue;
            throw new TaskFailure(`cannot migrate local ${mp.path} mount point '${mp.key}'`);
        }
        const p = parseVolid(mp.volid);
        if (!p)
            throw new TaskFailure(`can't determine assigned storage for mount point '${mp.key}'`);
        const st = storageOn(ctx, p.storage);
        if (!st.content.includes('rootdir'))
            throw new TaskFailure(`content type 'rootdir' is not available on storage '${p.storage}'`);
        const targetsid = st.shared ? p.storage : mapStorage(opts.storageMap, p.storage);
        const tst = storageOn(ctx, targetsid, target);
        if (!tst.content.includes('rootdir'))
            throw new TaskFailure(`${mp.volid}: content type 'rootdir' is not available on storage '${targetsid}'`);
    }
}
/** PVE::LXC::Migrate `phase1`'s scan: the local volumes to copy, or "check log" after warnings. */
function localCtVolumes(ctx, g, target, opts, log) {
    const found = new Map();
    const errors = new Map();
    const test = (volid, inSnapshot) => {
        const p = parseVolid(volid);
        if (!p)
            return;
        const st = storageOn(ctx, p.storage);
        if (st.shared) {
            if (!inSnapshot)
                log(`volume '${volid}' is on shared storage '${p.storage}'`);
            return;
        }
        const targetsid = mapStorage(opts.storageMap, p.storage);
        storageOn(ctx, targetsid, target);
        found.set(volid, { volid, targetsid });
        if (inSnapshot && st.type !== 'zfspool' && st.type !== 'btrfs')
            throw new PveError('non-migratable snapshot exists');
    };
    const guarded = (volid, inSnapshot) => {
        try {
            test(volid, inSnapshot);
        }
        catch (err) {
            if (!(err instanceof PveError))
                throw err;
            if (!errors.has(volid))
                errors.set(volid, err.message);
        }
    };
    for (const s of Object.values(g.conf.snapshots))
        for (const mp of ctVolumes(s, false))
            if (!mp.path)
                guarded(mp.volid, true);
    if (g.conf.pending)
        for (const mp of ctVolumes(g.conf.pending, false))
            if (!mp.path)
                guarded(mp.volid, false);
    for (const mp of ctVolumes(g.conf.main, true)) {
        if (mp.path)
            log(`ignoring shared '${mp.path}' mount point '${mp.key}' ('${mp.volid}')`);
        else
            guarded(mp.volid, false);
    }
    for (const volid of found.keys()) {
        const p = parseVolid(volid);
        const type = ctx.s.storages[p.storage].type;
        const base = parseGuestVolname(p.volname)?.baseOf;
        if (!['dir', 'zfspool', 'lvmthin', 'lvm', 'btrfs'].includes(type))
            errors.set(volid, errors.get(volid) ?? `storage type '${type}' not supported`);
        else if (base)
            errors.set(volid, errors.get(volid) ?? `clone of '${base}'`);
    }
    const snaps = snapshotRefs(g);
    const current = new Set(ctVolumes(g.conf.main, true).map((m) => m.volid));
    for (const volid of [...found.keys()].sort())
        log(current.has(volid) || !snaps.has(volid)
            ? `found local volume '${volid}' (in current VM config)`
            : `found local volume '${volid}' (referenced by snapshot(s))`);
    for (const [volid, msg] of [...errors].sort())
        log(`can't migrate local volume '${volid}': ${msg}`);
    if (errors.size > 0)
        throw new TaskFailure("can't migrate CT - check log");
    return [...found.values()];
}
/** `check_local_resources`: passed-through host devices tie a VM to its node. */
function localResources(g) {
    const res = [];
    for (const [k, v] of Object.entries(g.conf.main.values)) {
        if (/^hostpci\d+$/.test(k) && !/(^|,)mapping=/.test(v))
            res.push(k);
        else if (/^usb\d+$/.test(k) && !/(^|,)mapping=/.test(v) && !/(^|,)host=spice(,|$)/.test(v))
            res.push(k);
        else if (/^(serial|parallel)\d+$/.test(k) && v.startsWith('/dev/'))
            res.push(k);
    }
    return res;
}
/** PVE::QemuMigrate `prepare`: local devices, every volume's storage on the target. */
function prepareVm(ctx, g, target, opts, log) {
    const devices = localResources(g);
    if (devices.length > 0) {
        if (isRunning(g) || !opts.force)
            throw new TaskFailure(`can't migrate VM which uses local devices: ${devices.join(', ')}`);
        log('migrating VM which uses local devices');
    }
    for (const v of vmVolumes(g.conf.main)) {
        const p = v.path || v.volid === 'cdrom' ? undefined : parseVolid(v.volid);
        if (!p)
            continue;
        const st = storageOn(ctx, p.storage);
        const targetsid = st.shared ? p.storage : mapStorage(opts.storageMap, p.storage);
        const tst = storageOn(ctx, targetsid, target);
        const vtype = findVolume(ctx, v.volid)?.content ?? (v.cdrom ? 'iso' : 'images');
        if (!tst.content.includes(vtype))
            throw new TaskFailure(`${v.volid}: content type '${vtype}' is not available on storage '${targetsid}'`);
    }
}
/** PVE::QemuMigrate `scan_local_volumes`. */
function localVmVolumes(ctx, g, target, opts, log) {
    const running = isRunning(g);
    const found = new Map();
    const errors = new Map();
    const other = [];
    const snaps = snapshotRefs(g);
    const refs = new Map();
    for (const s of [g.conf.main, ...Object.values(g.conf.snapshots)])
        for (const v of vmVolumes(s))
            if (!refs.has(v.volid) || s === g.conf.main)
                refs.set(v.volid, v);
    for (const [volid, v] of refs) {
        if (v.path) {
            errors.set(volid, 'local file/device');
            continue;
        }
        if (volid === 'cdrom') {
            other.push("can't migrate local cdrom drive");
            continue;
        }
        const p = parseVolid(volid);
        if (!p)
            continue;
        const st = storageOn(ctx, p.storage);
        if (st.shared)
            continue;
        const targetsid = mapStorage(opts.storageMap, p.storage);
        storageOn(ctx, targetsid, target); // target_storage_check_available
        const attached = (0,qemu_schema/* isQemuDiskKey */.Hm)(v.key) && g.conf.main.values[v.key] !== undefined;
        const generated = /-cloudinit|tpmstate/.test(volid) || v.key.startsWith('tpmstate');
        const ref = generated
            ? 'generated'
            : attached
                ? 'attached'
                : /^unused/.test(v.key)
                    ? 'unused'
                    : 'snapshot';
        found.set(volid, { volid, targetsid, ref });
        const vol = findVolume(ctx, volid);
        if (snaps.has(volid) || (vol?.snapshots?.length ?? 0) > 0) {
            if (running)
                errors.set(volid, 'online storage migration not possible if non-replicated snapshot exists');
            else if (!(st.type === 'zfspool' || volid.endsWith('.qcow2')))
                errors.set(volid, 'non-migratable snapshot exists');
        }
        if (vol?.base &&
            ctx.s.volumes.some((o) => o.storage === vol.storage && o.node === vol.node && o.volname.startsWith(`${vol.volname}/`)))
            errors.set(volid, errors.get(volid) ?? 'referenced by linked clone(s)');
    }
    for (const [volid, lv] of [...found].sort()) {
        if (lv.ref === 'attached') {
            if (running && !opts.withLocalDisks)
                errors.set(volid, "can't live migrate attached local disks without with-local-disks option");
            log(`found local disk '${volid}' (attached)`);
        }
        else if (lv.ref === 'generated')
            log(`found generated disk '${volid}' (in current VM config)`);
        else if (lv.ref === 'unused')
            log(`found local disk '${volid}' (unused)`);
        else
            log(`found local disk '${volid}' (referenced by snapshot(s))`);
    }
    for (const [volid, msg] of [...errors].sort())
        log(`can't migrate local disk '${volid}': ${msg}`);
    for (const msg of other)
        log(msg);
    const problem = (msg) => new TaskFailure(`Problem found while scanning volumes - ${msg}`);
    if (errors.size > 0 || other.length > 0)
        throw problem("can't migrate VM - check log");
    for (const volid of found.keys()) {
        const p = parseVolid(volid);
        const type = ctx.s.storages[p.storage].type;
        if (!['dir', 'btrfs', 'zfspool', 'lvmthin', 'lvm'].includes(type))
            throw problem(`can't migrate '${volid}' - storage type '${type}' not supported`);
        const base = parseGuestVolname(p.volname)?.baseOf;
        if (base)
            throw problem(`can't migrate '${volid}' as it's a clone of '${base}'`);
    }
    return [...found.values()].map(({ volid, targetsid }) => ({ volid, targetsid }));
}

;// CONCATENATED MODULE: ./src/sim/programs/migrate.ts








/** PVE::JSONSchema `parse_idmap` for storage ids: `1` (identity), `ID`, or `SRC:DST,...`. */
function parseStorageMap(text, key, usage = '') {
    const map = { entries: {} };
    const bad = (msg) => {
        throw new ParamError({ [key]: `failed to parse storage map: ${msg}` }, usage);
    };
    for (const entry of text.split(/[,;\s]+/).filter(Boolean)) {
        if (entry === '1') {
            map.identity = true;
            continue;
        }
        const pair = /^([^:]+):(.+)$/.exec(entry);
        const ids = pair ? [pair[1], pair[2]] : [entry];
        for (const id of ids)
            if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]$/i.test(id))
                bad(`entry '${entry}' contains invalid ID - invalid format - storage ID '${id}' contains illegal characters`);
        if (pair) {
            if (map.entries[ids[0]] !== undefined)
                bad(`duplicate mapping for source '${ids[0]}'`);
            map.entries[ids[0]] = ids[1];
        }
        else {
            if (map.default !== undefined)
                bad('default target ID can only be provided once');
            map.default = entry;
        }
    }
    if (map.identity && (map.default !== undefined || Object.keys(map.entries).length > 0))
        bad('identity mapping cannot be combined with other mappings');
    return map;
}
/** The API's `$check_storage_access_migrate` for each target of the map. */
function checkMapTargets(ctx, kind, map, target) {
    for (const sid of [...Object.values(map.entries), ...(map.default ? [map.default] : [])]) {
        const st = storageOn(ctx, sid, target);
        const content = kind === 'lxc' ? 'rootdir' : 'images';
        if (!st.content.includes(content))
            throw new PveError(kind === 'lxc'
                ? `storage '${sid}' does not support CT rootdirs`
                : `storage '${sid}' does not support vm images`);
    }
}
/** `YYYY-MM-DD HH:MM:SS` (the task log's strftime prefix; the simulated nodes run on UTC). */
function stamp(ms) {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
function duration(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    const pad = (n) => String(n).padStart(2, '0');
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}
class TaskLog {
    ctx;
    started;
    constructor(ctx, started) {
        this.ctx = ctx;
        this.started = started;
    }
    info(msg) {
        for (const line of msg.replace(/\n$/, '').split('\n'))
            this.ctx.out(`${stamp(this.ctx.now())} ${line}\n`);
    }
    err(msg) {
        this.info(`ERROR: ${msg}`);
    }
    /** `migrate`'s end after an error: the reason logged, `migration aborted` as the task error. */
    abort(ctx, reason) {
        this.err(`migration aborted (duration ${duration(ctx.now() - this.started)}): ${reason}`);
        ctx.failCommitted('migration aborted');
    }
}
function guestMigrate(ctx, kind, a, usage) {
    const p = a.params;
    const vmid = Number(p.vmid);
    const target = p.target;
    if (target === ctx.nodeName)
        throw new ParamError({ target: 'target is local node.' }, usage);
    if (!isQuorate(ctx.s))
        throw new PveError('cluster not ready - no quorum?');
    if (!ctx.s.nodes[target])
        throw new PveError(`no such cluster node '${target}'`);
    const g = loadGuest(ctx, kind, vmid);
    const opts = {
        online: p.online === '1',
        restart: p.restart === '1',
        withLocalDisks: p['with-local-disks'] === '1',
        force: p.force === '1',
    };
    if (kind === 'qemu')
        checkLock(g);
    if (isRunning(g)) {
        if (kind === 'lxc' && !opts.online && !opts.restart)
            throw new PveError("can't migrate running container without --online or --restart");
        if (kind === 'qemu' && !opts.online)
            throw new PveError("can't migrate running VM without --online");
    }
    else if (kind === 'qemu') {
        if (opts.online)
            ctx.err("VM isn't running. Doing offline migration instead.\n");
        opts.online = false;
    }
    const mapKey = kind === 'lxc' ? 'target-storage' : 'targetstorage';
    if (p[mapKey] !== undefined) {
        opts.storageMap = parseStorageMap(p[mapKey], mapKey, usage);
        checkMapTargets(ctx, kind, opts.storageMap, target);
    }
    // PVE::QemuServer `check_storage_availability`: every volume's storage on the target too.
    if (kind === 'qemu' && (!opts.storageMap || opts.storageMap.identity))
        vmStorageAvailable(ctx, g, target);
    return migrateTask(ctx, g, target, opts);
}
function vmStorageAvailable(ctx, g, target) {
    for (const [key, value] of Object.entries(g.conf.main.values)) {
        if (!(0,qemu_schema/* isQemuDiskKey */.Hm)(key) && !/^unused\d+$/.test(key))
            continue;
        const vol = parseVolid(value.split(',')[0].replace(/^file=/, ''));
        if (!vol || !ctx.s.storages[vol.storage])
            continue;
        storageOn(ctx, vol.storage);
        storageOn(ctx, vol.storage, target);
    }
}
/** The worker: prepare (checks, restart's shutdown), phase 1 (lock, volumes, config), cleanup. */
function migrateTask(ctx, g, target, opts) {
    const log = new TaskLog(ctx, ctx.now());
    const info = log.info.bind(log);
    const kind = g.kind;
    const vmid = g.vmid;
    ctx.holdFlock(kind, vmid);
    const wasRunning = isRunning(g);
    try {
        if (kind === 'lxc') {
            checkLock(g);
            if (wasRunning && opts.online)
                throw new TaskFailure('lxc live migration is currently not implemented');
            prepareCt(ctx, g, target, opts);
        }
        else
            prepareVm(ctx, g, target, opts, info);
        if (!ctx.s.nodes[target].online)
            throw new TaskFailure("Can't connect to destination address using public key");
    }
    catch (err) {
        if (!(err instanceof TaskFailure || err instanceof PveError) || err instanceof ParamError)
            throw err;
        log.abort(ctx, err.message);
        return;
    }
    if (kind === 'lxc' && wasRunning) {
        info(`shutdown CT ${vmid}`);
        stopGuest(g);
    }
    info(`starting migration of ${guestTypeName(kind)} ${vmid} to node '${target}' (${nodeAddress(ctx.s, target)})`);
    g.conf.main.values.lock = 'migrate';
    touch(g);
    let local;
    try {
        local = (kind === 'lxc' ? localCtVolumes : localVmVolumes)(ctx, g, target, opts, info);
    }
    catch (err) {
        if (!(err instanceof TaskFailure || err instanceof PveError))
            throw err;
        log.err(err.message);
        // final_cleanup: the guest stays here, unlocked, and a restart migration starts it again.
        delete g.conf.main.values.lock;
        if (kind === 'lxc' && wasRunning) {
            info('start container on source node');
            startGuest(ctx, g);
        }
        log.abort(ctx, err.message);
        return;
    }
    if (kind === 'qemu' && wasRunning)
        info(`starting online/live migration on unix:/run/qemu-server/${vmid}.migrate`);
    return ctx.after(`${kind === 'lxc' ? 'pct' : 'qm'} migrate`, (c) => {
        const guest = c.s.guests[String(vmid)];
        const cl = new TaskLog(c, log.started);
        for (const lv of local) {
            const newId = moveVolume(c, guest, lv, target);
            cl.info(`volume '${lv.volid}' is '${newId}' on the target`);
        }
        guest.node = target; // move_config_to_node
        delete guest.conf.main.values.lock; // the target's `pct unlock` / `qm unlock`
        touch(guest);
        if (kind === 'lxc' && wasRunning) {
            cl.info('start container on target node');
            const t = c.onNode(target);
            checkPrestart(t, guest);
            startGuest(t, guest);
        }
        cl.info(`migration finished successfully (duration ${duration(c.now() - log.started)})`);
    });
}
/**
 * PVE::Storage `storage_migrate` with `allow_rename`: the volume appears on the target node under
 * the target storage (its name kept when free there), the source copy is freed; the config's
 * references follow (`update_volume_ids`). Returns the new volume id.
 */
function moveVolume(ctx, g, lv, target) {
    const t = ctx.onNode(target);
    const vol = findVolume(ctx, lv.volid);
    if (!vol)
        return lv.volid;
    let newId;
    if (lv.targetsid === vol.storage && !findVolume(t, lv.volid)) {
        vol.node = target;
        newId = lv.volid;
    }
    else {
        const content = vol.content === 'rootdir' ? 'rootdir' : 'images';
        const name = /-cloudinit/.test(vol.volname) ? 'cloudinit' : undefined;
        const nv = allocVolume(t, lv.targetsid, g.vmid, vol.sizeBytes, content, { name });
        nv.snapshots = vol.snapshots;
        ctx.s.volumes.splice(ctx.s.volumes.indexOf(vol), 1);
        newId = volid(nv);
    }
    if (newId !== lv.volid)
        for (const section of [g.conf.main, g.conf.pending, ...Object.values(g.conf.snapshots)]) {
            if (!section)
                continue;
            for (const [k, v] of Object.entries(section.values))
                if (v === lv.volid || v.startsWith(`${lv.volid},`) || v.startsWith(`file=${lv.volid},`))
                    section.values[k] = replaceVolume(v, newId);
        }
    return newId;
}

;// CONCATENATED MODULE: ./src/sim/templates.ts


/** The OS type `PVE::LXC::Setup` would detect (from the template's name here). */
function detectOstype(name) {
    const base = name.split('/').pop().toLowerCase();
    for (const [prefix, ostype] of [
        ['ubuntu', 'ubuntu'],
        ['debian', 'debian'],
        ['devuan', 'devuan'],
        ['alpine', 'alpine'],
        ['archlinux', 'archlinux'],
        ['centos', 'centos'],
        ['rockylinux', 'centos'],
        ['almalinux', 'centos'],
        ['fedora', 'fedora'],
        ['opensuse', 'opensuse'],
        ['gentoo', 'gentoo'],
        ['nixos', 'nixos'],
    ])
        if (base.startsWith(prefix))
            return ostype;
    return 'unmanaged';
}
function detectArch(name) {
    if (/_arm64\./.test(name))
        return 'arm64';
    if (/_i386\./.test(name))
        return 'i386';
    return 'amd64';
}
function resolveOsTemplate(ctx, ostemplate) {
    const info = { ostype: detectOstype(ostemplate), arch: detectArch(ostemplate) };
    if (ostemplate.startsWith('/')) {
        for (const st of Object.values(ctx.s.storages)) {
            const root = st.options.path;
            if (!root || !st.content.includes('vztmpl'))
                continue;
            const prefix = `${root.replace(/\/+$/, '')}/template/cache/`;
            if (ostemplate.startsWith(prefix)) {
                const id = `${st.id}:vztmpl/${ostemplate.slice(prefix.length)}`;
                if (findVolume(ctx, id))
                    return { volid: id, exists: true, ...info };
            }
        }
        return { exists: readHostFile(ctx, ostemplate) !== undefined, ...info };
    }
    const p = parseVolid(ostemplate);
    return { volid: ostemplate, exists: !!p && !!findVolume(ctx, ostemplate), ...info };
}
/** Where a dir storage keeps a template file. */
function templatePath(ctx, storage, file) {
    const root = ctx.s.storages[storage]?.options.path ?? `/mnt/pve/${storage}`;
    return `${root.replace(/\/+$/, '')}/template/cache/${file}`;
}

;// CONCATENATED MODULE: ./src/sim/programs/pct-create.ts










const CREATE_ONLY = new Set([
    'vmid',
    'ostemplate',
    'bwlimit',
    'force',
    'ha-managed',
    'ignore-unpack-errors',
    'password',
    'pool',
    'restore',
    'ssh-public-keys',
    'start',
    'storage',
    'unique',
    'unprivileged',
]);
function isConfigKey(k) {
    return lxc_schema/* LXC_KEYS */.ze[k] !== undefined || (0,lxc_schema/* lxcIndexedKey */.wu)(k) !== undefined;
}
function checkRootdirStorage(ctx, sid) {
    const st = storageOn(ctx, sid);
    if (!st.content.includes('rootdir'))
        throw new ParamError({ storage: `storage '${sid}' does not support container directories` });
}
function pctCreate(ctx, a) {
    const p = a.params;
    const vmid = Number(p.vmid);
    checkVmidUnused(ctx, vmid);
    checkPool(ctx, p.pool);
    if (p['ssh-public-keys'] !== undefined) {
        const keys = readHostFile(ctx, p['ssh-public-keys']);
        if (keys === undefined || keys === 'dir')
            throw new PveError(`unable to open file '${p['ssh-public-keys']}' - No such file or directory`);
    }
    const unprivileged = p.unprivileged ?? (p.restore !== '1' && pveMajor(ctx) >= 9 ? '1' : undefined);
    const storage = p.storage ?? 'local';
    const mps = {};
    const values = {};
    for (const k of a.order) {
        if (CREATE_ONLY.has(k) || !isConfigKey(k))
            continue;
        if (k === 'rootfs' || /^mp\d+$/.test(k))
            mps[k] = p[k];
        else if (/^unused\d+$/.test(k))
            ctx.err(`ignoring '${k}', cannot create/restore with unused volume\n`);
        else
            values[k] = p[k];
    }
    if (Object.keys(mps).length > 0 && mps.rootfs === undefined)
        throw new PveError(`mount points configured, but 'rootfs' not set - aborting`);
    for (const [k, v] of Object.entries(mps)) {
        const vol = /^\d+(\.\d+)?$/.test(v.split(',')[0])
            ? `${storage}:0`
            : v.split(',')[0].replace(/^volume=/, '');
        const pv = parseVolid(vol);
        if (pv)
            checkRootdirStorage(ctx, pv.storage);
        else if (!vol.startsWith('/'))
            throw new ParamError({ [k]: `invalid format - unable to parse volume ID '${vol}'` });
    }
    if (mps.rootfs === undefined)
        checkRootdirStorage(ctx, storage);
    const g = newGuest(ctx, 'lxc', vmid, { lock: 'create' });
    g.conf.main.values.lock = 'create';
    ctx.holdFlock('lxc', vmid);
    const template = resolveOsTemplate(ctx, p.ostemplate);
    return ctx.after('pct create', (c) => {
        const guest = c.s.guests[String(vmid)];
        if (!guest || guest.conf.main.values.lock !== 'create') {
            c.failCommitted(`unable to create CT ${vmid} - Lost 'create' config lock, aborting.`);
            return;
        }
        if (!template.exists) {
            delete c.s.guests[String(vmid)];
            c.failCommitted(`unable to create CT ${vmid} - can't find file '${p.ostemplate}'`);
            return;
        }
        const conf = {};
        try {
            for (const [k, v] of Object.entries(mps))
                conf[k] = allocateMountpoint(c, vmid, k, v, storage);
            if (conf.rootfs === undefined)
                conf.rootfs = allocateMountpoint(c, vmid, 'rootfs', `${storage}:4`);
            for (const [k, v] of Object.entries(values))
                conf[k] = normalizeLxcValue(c, guest, k, v);
        }
        catch (err) {
            discardNewGuest(c, vmid);
            c.failCommitted(`unable to create CT ${vmid} - ${err.message}`);
            return;
        }
        c.out(`extracting archive '${p.ostemplate}'\nDetected container architecture: ${template.arch}\n`);
        conf.arch ??= template.arch;
        conf.ostype ??= template.ostype;
        if (unprivileged === '1')
            conf.unprivileged = '1';
        conf.hostname ||= `CT${vmid}`;
        if (!conf.memory || conf.memory === '0')
            conf.memory = '512';
        conf.swap ??= '512';
        const description = conf.description;
        delete conf.description;
        guest.conf.main = { values: conf };
        if (description !== undefined)
            guest.conf.main.description = description;
        touch(guest);
        guest.fs['/etc/os-release'] = {
            data: Buffer.from(`ID=${template.ostype}\nPRETTY_NAME="${p.ostemplate.split('/').pop()}"\n`).toString('base64'),
            perms: '0644',
        };
        addToPool(c, p.pool, vmid);
        if (p.start === '1')
            startGuest(c, guest);
    });
}
function pctSet(ctx, a) {
    const p = a.params;
    const g = loadGuest(ctx, 'lxc', Number(p.vmid));
    ctx.holdFlock('lxc', g.vmid);
    checkLock(g);
    const del = (0,pve_values/* splitList */.ry)(p.delete ?? '');
    const revert = (0,pve_values/* splitList */.ry)(p.revert ?? '');
    const set = {};
    for (const k of a.order)
        if (isConfigKey(k))
            set[k] = p[k];
    checkSetAndDelete(set, del);
    if (Object.keys(set).length === 0 && del.length === 0 && revert.length === 0)
        throw new PveError('no options specified');
    updateLxcConfig(ctx, g, set, del, revert);
}
function mpSpec(key) {
    return (0,pve_values/* specOf */.rI)(key === 'rootfs' ? lxc_schema/* LXC_ROOTFS */.I5 : lxc_schema/* LXC_MP */.cS);
}
function pctClone(ctx, a) {
    const p = a.params;
    const vmid = Number(p.vmid);
    const newid = Number(p.newid);
    checkPool(ctx, p.pool);
    const target = cloneTarget(ctx, p, 'lxc');
    const src = loadGuest(ctx, 'lxc', vmid);
    checkLock(src);
    checkVmidUnused(ctx, newid);
    const running = isRunning(src);
    const full = isFullClone(p, src);
    if (p.snapname && !src.conf.snapshots[p.snapname])
        throw new PveError(`snapshot '${p.snapname}' does not exist`);
    const srcConf = p.snapname ? src.conf.snapshots[p.snapname] : src.conf.main;
    const newconf = {};
    const disks = {};
    let shared = true;
    for (const key of Object.keys(srcConf.values).sort()) {
        const value = srcConf.values[key];
        if (/^unused\d+$/.test(key))
            continue;
        if (key === 'rootfs' || /^mp\d+$/.test(key)) {
            const parsed = (0,pve_values/* parsePropertyString */.uI)(key, mpSpec(key), value);
            if ('errors' in parsed)
                throw new ParamError(parsed.errors);
            const vol = parsed.values.volume;
            if (!parseVolid(vol))
                throw new PveError(`unable to clone mountpoint '${key}' (type ${vol.startsWith('/dev/') ? 'device' : 'bind'})`);
            // Judged on the clone's storage (`--storage`, else the source's).
            const sid = p.storage ?? parseVolid(vol).storage;
            if (!ctx.s.storages[sid]?.shared) {
                shared = false;
                if (target !== undefined)
                    ctx.err(`found non-shared volume: ${vol}\n`);
            }
            if (full) {
                if (running && !p.snapname)
                    throw new PveError('Cannot do full clones on a running container without snapshots');
            }
            else if (!volumeHasFeature(ctx, vol, 'clone', p.snapname)) {
                throw new PveError(`Linked clone feature for '${vol}' is not available`);
            }
            disks[key] = { volid: vol, rest: parsed.values };
        }
        else if (/^net\d+$/.test(key)) {
            const parsed = (0,pve_values/* parsePropertyString */.uI)(key, (0,pve_values/* specOf */.rI)(lxc_schema/* LXC_NET */.Gl), value);
            if ('errors' in parsed)
                throw new ParamError(parsed.errors);
            parsed.values.hwaddr = newMac(ctx);
            newconf[key] = (0,pve_values/* printPropertyString */.Yd)((0,pve_values/* specOf */.rI)(lxc_schema/* LXC_NET */.Gl), parsed.values);
        }
        else
            newconf[key] = value;
    }
    if (target !== undefined && !shared)
        throw new PveError(`can't clone CT to node '${target}' (CT uses local storage)`);
    for (const k of ['snapshots', 'parent', 'snaptime', 'snapstate', 'template', 'lock'])
        delete newconf[k];
    if (p.hostname)
        newconf.hostname = p.hostname;
    newconf.lock = 'create';
    const g = newGuest(ctx, 'lxc', newid, newconf);
    const description = p.description ?? srcConf.description;
    if (description)
        g.conf.main.description = description;
    if (srcConf.lxc)
        g.conf.main.lxc = srcConf.lxc.map(([k, v]) => [k, v]);
    src.conf.main.values.lock = 'disk';
    touch(src);
    return ctx.after(full ? 'pct clone' : 'pct clone linked', (c) => {
        const s2 = c.s.guests[String(vmid)];
        const n2 = c.s.guests[String(newid)];
        if (!s2 || !n2) {
            c.failCommitted(`clone failed: CT ${!s2 ? vmid : newid} vanished`);
            return;
        }
        try {
            for (const [key, d] of Object.entries(disks)) {
                let vol;
                if (full) {
                    c.out(`create full clone of mountpoint ${key} (${d.volid})\n`);
                    vol = copyVolume(c, d.volid, newid, p.storage, 'rootdir');
                    vol.sizeBytes = findVolume(c, d.volid)?.sizeBytes ?? vol.sizeBytes;
                }
                else {
                    c.out(`create linked clone of mount point ${key} (${d.volid})\n`);
                    vol = linkedCloneVolume(c, d.volid, newid);
                }
                const vals = { ...d.rest, volume: volid(vol), size: (0,pve_values/* formatSize */.Xq)(vol.sizeBytes) };
                n2.conf.main.values[key] = (0,pve_values/* printPropertyString */.Yd)(mpSpec(key), vals);
            }
        }
        catch (err) {
            // The worker failed: new volumes and config go, the source is unlocked.
            if (!(err instanceof PveError))
                throw err;
            discardNewGuest(c, newid);
            if (s2.conf.main.values.lock === 'disk')
                delete s2.conf.main.values.lock;
            touch(s2);
            c.failCommitted(err.message);
            return;
        }
        const files = p.snapname ? (s2.fsSnapshots?.[p.snapname] ?? s2.fs) : s2.fs;
        n2.fs = JSON.parse(JSON.stringify(files));
        delete n2.conf.main.values.lock;
        if (target !== undefined)
            n2.node = target;
        if (s2.conf.main.values.lock === 'disk')
            delete s2.conf.main.values.lock;
        touch(n2);
        touch(s2);
        addToPool(c, p.pool, newid);
    });
}

;// CONCATENATED MODULE: ./src/sim/programs/move-volume.ts




function moveDisk(ctx, kind, vmid, key, storage, opts) {
    const g = loadGuest(ctx, kind, vmid);
    ctx.holdFlock(kind, vmid);
    checkLock(g);
    if (opts.targetVmid !== undefined && storage)
        throw new PveError('either set storage or target-vmid, but not both');
    if (opts.targetVmid !== undefined)
        throw new PveError('moving a volume to another guest is not simulated');
    if (!storage)
        throw new PveError("both 'storage' and 'target-vmid' missing, either needs to be set");
    if (kind === 'lxc') {
        if (isRunning(g))
            throw new PveError('cannot move volumes of a running container');
        if (/^unused\d+$/.test(key))
            throw new PveError(`cannot move volume '${key}', only configured volumes can be moved to another storage`);
    }
    const values = g.conf.main.values;
    const value = values[key];
    if (!value)
        throw new PveError(kind === 'lxc' ? `unable to parse volume '${key}'` : `disk '${key}' does not exist`);
    const vol = sectionVolumes(kind, g.conf.main).find((v) => v.key === key)?.volid;
    if (!vol)
        throw new PveError(kind === 'lxc'
            ? `cannot move non-volume mount point '${key}'`
            : `disk '${key}' has no associated volume`);
    if (kind === 'qemu' && /(^|,)media=cdrom(,|$)/.test(value))
        throw new PveError("you can't move a cdrom");
    if (kind === 'qemu' && storageOn(ctx, storage) && vol.startsWith(`${storage}:`))
        throw new PveError("you can't move to the same storage with same format");
    if (opts.delete && volumeInSnapshots(g, vol))
        throw new PveError(kind === 'lxc'
            ? "you can't move a volume with snapshots and delete the source"
            : "you can't move a disk with snapshots and delete the source");
    storageOn(ctx, storage);
    const src = findVolume(ctx, vol);
    if (!src)
        throw new PveError(`volume '${vol}' does not exist`);
    const copy = copyVolume(ctx, vol, vmid, storage, kind === 'lxc' ? 'rootdir' : 'images');
    const newId = isTemplate(g) ? makeBaseVolume(ctx, volid(copy)) : volid(copy);
    values[key] = withSize(replaceVolume(value, newId), (0,pve_values/* formatSize */.Xq)(copy.sizeBytes));
    if (opts.delete)
        freeVolume(ctx, vol);
    else
        addUnusedVolume(values, vol);
    touch(g);
}
function pctMoveVolume(ctx, vmid, key, storage, opts) {
    moveDisk(ctx, 'lxc', vmid, key, storage, opts);
}
function qmDiskMove(ctx, vmid, disk, storage, opts) {
    moveDisk(ctx, 'qemu', vmid, disk, storage, opts);
}

;// CONCATENATED MODULE: ./src/sim/programs/reassign-volume.ts



const UNUSED = /^unused\d+$/;
/** The checks of `$load_and_check_reassign_configs`, in Proxmox's order, with its messages. */
function check(ctx, vmid, key, targetVmid, targetKey) {
    if (key === 'rootfs' || targetKey === 'rootfs')
        throw new PveError("Cannot move to/from 'rootfs'");
    if (UNUSED.test(key) && !UNUSED.test(targetKey))
        throw new PveError('Moving an unused volume to a used one is not possible');
    // `PVE::Cluster::get_vmlist` holds VMs too; a VM then fails at `load_config` below.
    const src = ctx.s.guests[String(vmid)];
    const dst = ctx.s.guests[String(targetVmid)];
    if (!src)
        throw new PveError(`could not find CT ${vmid}`);
    if (!dst)
        throw new PveError(`could not find CT ${targetVmid}`);
    if (src.node !== dst.node)
        throw new PveError(`Both containers need to be on the same node (${src.node} != ${dst.node})`);
    const source = loadGuest(ctx, 'lxc', vmid);
    checkLock(source);
    const target = targetVmid === vmid ? source : loadGuest(ctx, 'lxc', targetVmid);
    if (target !== source)
        checkLock(target);
    if (isTemplate(source) || isTemplate(target))
        throw new PveError("Can't move volumes from or to template CT");
    const value = source.conf.main.values[key];
    if (value === undefined)
        throw new PveError(`volume '${key}' for container '${vmid}' does not exist`);
    if (target.conf.main.values[targetKey] !== undefined)
        throw new PveError(`Target volume key '${targetKey}' is already in use for container '${targetVmid}'`);
    const vol = value.split(',')[0].replace(/^volume=/, '');
    if (!vol)
        throw new PveError(`Volume '${key}' has no associated image`);
    if (volumeInSnapshots(loadGuest(ctx, 'lxc', vmid), vol))
        throw new PveError('Cannot move volume used by a snapshot to another container');
    // A bind mount's host path has no storage, so `volume_has_feature` is false and this message
    // comes before the bind-mount one (`PVE::Storage::volume_has_feature` returns undef for paths).
    if (!parseVolid(vol) || !volumeHasFeature(ctx, vol, 'rename'))
        throw new PveError('Storage does not support moving of this disk to another container');
    if (vol.startsWith('/'))
        throw new PveError('Cannot move a bindmount or device mount to another container');
    if (isRunning(source) && !UNUSED.test(key))
        throw new PveError('Cannot move in-use volume while the source CT is running - detach or shutdown first');
    return vol;
}
function pctReassignVolume(ctx, vmid, key, targetVmid, targetKey) {
    const toKey = targetKey ?? key;
    check(ctx, vmid, key, targetVmid, toKey);
    ctx.holdFlock('lxc', vmid);
    ctx.holdFlock('lxc', targetVmid);
    const vol = check(ctx, vmid, key, targetVmid, toKey);
    const source = loadGuest(ctx, 'lxc', vmid);
    const target = loadGuest(ctx, 'lxc', targetVmid);
    const value = source.conf.main.values[key];
    ctx.out(`moving volume '${key}' from container '${vmid}' to '${targetVmid}'\n`);
    const newId = renameVolume(ctx, vol, targetVmid);
    delete source.conf.main.values[key];
    touch(source);
    ctx.out(`removing volume '${key}' from container '${vmid}' config\n`);
    // An unused target key gets the bare volume id; a mount point keeps the source's options
    // (`print_volume`). On a running target Proxmox hot-plugs the mount point
    // (`update_pct_config`); the model takes it as mounted at once.
    target.conf.main.values[toKey] = UNUSED.test(toKey) ? newId : replaceVolume(value, newId);
    touch(target);
    ctx.out(`target container '${targetVmid}' updated with '${toKey}'\n`);
}

;// CONCATENATED MODULE: ./src/sim/programs/pct-specs.ts
/**
 * Argument specs of the `pct` sub-commands the simulator implements (names, positional
 * arguments, options and their types as in the Proxmox VE 8.4/9.1 CLI).
 */



const VMID = (0,pve_values/* int */.Wh)(100, 999999999);
const SNAPNAME = (0,pve_values/* fmt */.Sc)('pve-configid', 40);
function configOptions(major) {
    const o = { ...lxc_schema/* LXC_KEYS */.ze };
    if (major < 9)
        for (const k of lxc_schema/* LXC_KEYS_PVE9_ONLY */.Fn)
            delete o[k];
    return o;
}
function pctSpecs(major) {
    const conf = configOptions(major);
    const cmd = specMaker('pct', { vmid: VMID, newid: VMID, snapname: SNAPNAME, target: (0,pve_values/* fmt */.Sc)('pve-node') });
    return {
        create: cmd('create', ['vmid', 'ostemplate'], {
            ...conf,
            bwlimit: (0,pve_values/* num */.bu)(0),
            force: pve_values/* BOOL */.HX,
            ...(major >= 9 ? { 'ha-managed': pve_values/* BOOL */.HX } : {}),
            'ignore-unpack-errors': pve_values/* BOOL */.HX,
            password: pve_values/* STR */.Ul,
            pool: pve_values/* STR */.Ul,
            restore: pve_values/* BOOL */.HX,
            'ssh-public-keys': pve_values/* STR */.Ul,
            start: pve_values/* BOOL */.HX,
            storage: (0,pve_values/* fmt */.Sc)('pve-storage-id'),
            unique: pve_values/* BOOL */.HX,
        }, { indexed: lxc_schema/* lxcIndexedKey */.wu }),
        set: cmd('set', ['vmid'], { ...conf, delete: pve_values/* STR */.Ul, digest: { t: 'str', maxLength: 40 }, revert: pve_values/* STR */.Ul }, { indexed: lxc_schema/* lxcIndexedKey */.wu }),
        clone: cmd('clone', ['vmid', 'newid'], {
            bwlimit: (0,pve_values/* num */.bu)(0),
            description: pve_values/* STR */.Ul,
            full: pve_values/* BOOL */.HX,
            hostname: (0,pve_values/* fmt */.Sc)('dns-name'),
            pool: pve_values/* STR */.Ul,
            snapname: SNAPNAME,
            storage: (0,pve_values/* fmt */.Sc)('pve-storage-id'),
            target: (0,pve_values/* fmt */.Sc)('pve-node'),
        }),
        start: cmd('start', ['vmid'], { debug: pve_values/* BOOL */.HX, skiplock: pve_values/* BOOL */.HX }),
        stop: cmd('stop', ['vmid'], { 'overrule-shutdown': pve_values/* BOOL */.HX, skiplock: pve_values/* BOOL */.HX }),
        shutdown: cmd('shutdown', ['vmid'], { forceStop: pve_values/* BOOL */.HX, timeout: (0,pve_values/* int */.Wh)(0) }),
        reboot: cmd('reboot', ['vmid'], { timeout: (0,pve_values/* int */.Wh)(0) }),
        snapshot: cmd('snapshot', ['vmid', 'snapname'], { description: pve_values/* STR */.Ul }),
        delsnapshot: cmd('delsnapshot', ['vmid', 'snapname'], { force: pve_values/* BOOL */.HX }),
        rollback: cmd('rollback', ['vmid', 'snapname'], { start: pve_values/* BOOL */.HX }),
        listsnapshot: cmd('listsnapshot', ['vmid']),
        template: cmd('template', ['vmid']),
        destroy: cmd('destroy', ['vmid'], { 'destroy-unreferenced-disks': pve_values/* BOOL */.HX, force: pve_values/* BOOL */.HX, purge: pve_values/* BOOL */.HX }),
        list: cmd('list', []),
        config: cmd('config', ['vmid'], { current: pve_values/* BOOL */.HX, snapshot: SNAPNAME }),
        pending: cmd('pending', ['vmid']),
        status: cmd('status', ['vmid'], { verbose: pve_values/* BOOL */.HX }),
        exec: cmd('exec', ['vmid', 'extra-args'], { 'keep-env': pve_values/* BOOL */.HX }),
        push: cmd('push', ['vmid', 'file', 'destination'], { group: pve_values/* STR */.Ul, perms: pve_values/* STR */.Ul, user: pve_values/* STR */.Ul }),
        pull: cmd('pull', ['vmid', 'path', 'destination'], { group: pve_values/* STR */.Ul, perms: pve_values/* STR */.Ul, user: pve_values/* STR */.Ul }),
        'move-volume': cmd('move-volume', ['vmid', 'volume', 'storage', 'target-vmid', 'target-volume'], {
            bwlimit: (0,pve_values/* num */.bu)(0),
            delete: pve_values/* BOOL */.HX,
            digest: { t: 'str', maxLength: 40 },
            'target-digest': { t: 'str', maxLength: 40 },
        }, { optionalArgs: 3 }),
        resize: cmd('resize', ['vmid', 'disk', 'size'], { digest: { t: 'str', maxLength: 40 } }),
        unlock: cmd('unlock', ['vmid']),
        migrate: cmd('migrate', ['vmid', 'target'], {
            bwlimit: (0,pve_values/* num */.bu)(0),
            online: pve_values/* BOOL */.HX,
            restart: pve_values/* BOOL */.HX,
            'target-storage': pve_values/* STR */.Ul,
            timeout: (0,pve_values/* int */.Wh)(),
        }),
    };
}
const PCT_READ_ONLY = new Set(['list', 'config', 'pending', 'status', 'listsnapshot', 'help']);

;// CONCATENATED MODULE: ./src/sim/programs/pct.ts
/**
 * The `pct` command: parses the real CLI syntax, then runs the sub-command against the model.
 */

















const HANDLERS = {
    ...sharedGuestHandlers('lxc'),
    create: pctCreate,
    set: pctSet,
    clone: pctClone,
    migrate: (ctx, a) => guestMigrate(ctx, 'lxc', a, 'pct migrate <vmid> <target> [OPTIONS]'),
    'move-volume': (ctx, a) => {
        const target = a.params['target-vmid'];
        if (target !== undefined && !a.params.storage)
            return pctReassignVolume(ctx, vmidOf(a), a.params.volume, Number(target), a.params['target-volume']);
        pctMoveVolume(ctx, vmidOf(a), a.params.volume, a.params.storage, {
            delete: a.params.delete === '1',
            targetVmid: target,
        });
    },
    start: (ctx, a) => guestStart(ctx, 'lxc', vmidOf(a), a.params.skiplock === '1'),
    shutdown: (ctx, a) => guestStop(ctx, 'lxc', vmidOf(a), 'shutdown', false),
    template: (ctx, a) => guestTemplate(ctx, 'lxc', vmidOf(a)),
    destroy: (ctx, a) => guestDestroy(ctx, 'lxc', vmidOf(a), {
        force: a.params.force === '1',
        unreferenced: a.params['destroy-unreferenced-disks'] === '1',
    }),
    list: (ctx) => {
        ctx.out(`${'VMID'.padEnd(10)} ${'Status'.padEnd(10)} ${'Lock'.padEnd(12)} ${'Name'.padEnd(20)}\n`);
        for (const g of Object.values(ctx.s.guests).sort((x, y) => x.vmid - y.vmid)) {
            if (g.kind !== 'lxc' || g.node !== ctx.nodeName)
                continue;
            const v = g.conf.main.values;
            ctx.out(`${String(g.vmid).padEnd(10)} ${g.status.padEnd(10)} ${(v.lock ?? '').padEnd(12)} ${(v.hostname ?? '').padEnd(20)}\n`);
        }
    },
    exec: (ctx, a) => {
        const g = loadGuest(ctx, 'lxc', vmidOf(a));
        if (!isRunning(g))
            throw new PveError(`container '${g.vmid}' not running!`);
        if (a.extra.length === 0)
            throw new PveError('missing command');
        const r = runInGuest(ctx, g, a.extra);
        ctx.out(r.stdout);
        ctx.err(r.stderr);
        if (r.exitCode !== 0)
            ctx.failCommitted('', r.exitCode);
    },
    push: (ctx, a) => {
        const g = loadGuest(ctx, 'lxc', vmidOf(a));
        ctx.holdFlock('lxc', g.vmid);
        if (!isRunning(g))
            throw new PveError('can only push files to a running CT');
        const file = a.params.file;
        const data = file === '/dev/stdin' || file === '-' ? ctx.rt.stdin : readHostFile(ctx, file);
        if (data === undefined || data === 'dir')
            throw new PveError(`failed to open ${file} for reading`);
        let perms = a.params.perms;
        if (perms !== undefined && !perms.startsWith('0'))
            perms = `0${perms}`;
        if (perms !== undefined && !/^0[0-7]*$|^0x[0-9a-f]+$/i.test(perms))
            throw new PveError(`invalid mode: '${a.params.perms}'`);
        writeGuestFile(g, a.params.destination, data, { perms, user: a.params.user, group: a.params.group });
    },
    pull: (ctx, a) => {
        const g = loadGuest(ctx, 'lxc', vmidOf(a));
        ctx.holdFlock('lxc', g.vmid);
        if (!isRunning(g))
            throw new PveError('can only pull files from a running VM');
        const data = readGuestFile(g, a.params.path);
        if (!data)
            throw new PveError(`failed to open ${a.params.path}: No such file or directory`);
        try {
            writeHostFile(ctx, a.params.destination, data);
        }
        catch (err) {
            if (err instanceof HostFileError)
                throw new PveError(`failed to create file: ${a.params.destination}: ${err.reason}`);
            throw err;
        }
    },
    resize: (ctx, a) => {
        const g = loadGuest(ctx, 'lxc', vmidOf(a));
        ctx.holdFlock('lxc', g.vmid);
        checkLock(g);
        const disk = a.params.disk;
        if (disk !== 'rootfs' && !/^mp\d+$/.test(disk))
            throw new ParamError({
                disk: `value '${disk}' does not have a value in the enumeration 'rootfs, mp0, ...'`,
            });
        const m = /^(\+)?(\d+(?:\.\d+)?)([KMGT])?$/.exec(a.params.size);
        if (!m)
            throw new ParamError({ size: 'value does not match the regex pattern' });
        const value = g.conf.main.values[disk];
        if (!value)
            throw new PveError(`disk '${disk}' has no associated volume`);
        const spec = (0,pve_values/* specOf */.rI)(disk === 'rootfs' ? lxc_schema/* LXC_ROOTFS */.I5 : lxc_schema/* LXC_MP */.cS);
        const parsed = (0,pve_values/* parsePropertyString */.uI)(disk, spec, value);
        if ('errors' in parsed)
            throw new ParamError(parsed.errors);
        const vol = findVolume(ctx, parsed.values.volume);
        const cur = vol?.sizeBytes ?? (0,pve_values/* parseSize */.DB)(parsed.values.size ?? '0') ?? 0;
        const delta = (0,pve_values/* parseSize */.DB)(`${m[2]}${m[3] ?? ''}`);
        const next = m[1] ? cur + delta : delta;
        // pve-container API2/LXC.pm `resize_vm`: shrinking and a no-op resize are both refused.
        if (next < cur)
            throw new PveError('unable to shrink disk size');
        if (next === cur)
            throw new PveError('disk is already at specified size');
        if (vol)
            vol.sizeBytes = next;
        parsed.values.size = (0,pve_values/* formatSize */.Xq)(next);
        g.conf.main.values[disk] = (0,pve_values/* printPropertyString */.Yd)(spec, parsed.values);
        touch(g);
    },
};
function runPct(ctx) {
    const [sub, ...rest] = ctx.rt.args;
    const specs = pctSpecs(pveMajor(ctx));
    const spec = sub === undefined ? undefined : specs[sub];
    const handler = sub === undefined ? undefined : HANDLERS[sub];
    if (!spec || !handler)
        throw unknownCommand('pct', sub);
    return handler(ctx, parseArgs(spec, rest));
}
function registerPct() {
    registerSimProgram('pct', {
        op: (args) => `pct ${args[0] ?? ''}`.trim(),
        readOnly: (args) => PCT_READ_ONLY.has(args[0] ?? ''),
        run: runPct,
    });
}

;// CONCATENATED MODULE: ./src/sim/programs/pveam.ts
/**
 * `pveam` (appliance manager): `update`, `available [--section S]`, `list STORAGE`,
 * `download STORAGE TEMPLATE` (only names of the index; the storage must hold `vztmpl`) and
 * `remove VOLID`. A template can be used by `pct create` only after it was downloaded.
 */






const SPECS = {
    update: { usage: 'pveam update', args: [], options: {} },
    available: {
        usage: 'pveam available [OPTIONS]',
        args: [],
        options: { section: (0,pve_values/* oneOf */.yL)('mail', 'system', 'turnkeylinux') },
    },
    list: {
        usage: 'pveam list <storage>',
        args: ['storage'],
        argTypes: { storage: (0,pve_values/* fmt */.Sc)('pve-storage-id') },
        options: {},
    },
    download: {
        usage: 'pveam download <storage> <template>',
        args: ['storage', 'template'],
        argTypes: { storage: (0,pve_values/* fmt */.Sc)('pve-storage-id'), template: { t: 'str', maxLength: 255 } },
        options: {},
    },
    remove: { usage: 'pveam remove <template_path>', args: ['template_path'], options: {} },
};
function sizeMB(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(2)}MB`;
}
function download(ctx, storage, template) {
    const app = ctx.s.appliances.find((a) => a.template === template);
    if (!app)
        throw new ParamError({ template: 'no such template' });
    const st = storageOn(ctx, storage);
    if (!st.content.includes('vztmpl'))
        throw new PveError(`storage '${storage}' does not support templates`);
    const url = `http://download.proxmox.com/images/${app.section}/${template}`;
    const path = templatePath(ctx, storage, template);
    ctx.out(`downloading ${url} to ${path}\n`);
    return ctx.after('pveam download', (c) => {
        const volname = `vztmpl/${template}`;
        const node = c.s.storages[storage]?.shared ? '' : c.nodeName;
        const existing = c.s.volumes.find((v) => v.storage === storage && v.volname === volname && v.node === node);
        if (existing)
            existing.ctime = Math.floor(c.now() / 1000);
        else
            c.s.volumes.push({
                storage,
                node,
                volname,
                content: 'vztmpl',
                format: /\.tar\.(\w+)$/.exec(template)?.[1] === 'zst'
                    ? 'tzst'
                    : /\.tar\.xz$/.test(template)
                        ? 'txz'
                        : 'tgz',
                sizeBytes: app.sizeBytes,
                ctime: Math.floor(c.now() / 1000),
            });
        c.out(`calculating checksum...OK, checksum verified\ndownload of '${url}' to '${path}' finished\n`);
    });
}
function runPveam(ctx) {
    const [sub, ...rest] = ctx.rt.args;
    const spec = sub === undefined ? undefined : SPECS[sub];
    if (!spec)
        throw unknownCommand('pveam', sub ?? '');
    const p = parseArgs(spec, rest).params;
    switch (sub) {
        case 'update':
            ctx.out('update successful\n');
            return;
        case 'available':
            for (const a of [...ctx.s.appliances].sort((x, y) => x.section + x.template < y.section + y.template ? -1 : 1))
                if (!p.section || a.section === p.section)
                    ctx.out(`${a.section.padEnd(15)} ${a.template}\n`);
            return;
        case 'list': {
            storageOn(ctx, p.storage);
            const node = ctx.s.storages[p.storage].shared ? '' : ctx.nodeName;
            const vols = ctx.s.volumes.filter((v) => v.storage === p.storage && v.content === 'vztmpl' && v.node === node);
            const ids = vols.map((v) => `${v.storage}:${v.volname}`);
            const w = Math.max(60, ...ids.map((i) => i.length));
            ctx.out(`${'NAME'.padEnd(w)} ${'SIZE'.padEnd(10)}\n`);
            vols.forEach((v, i) => ctx.out(`${ids[i].padEnd(w)} ${sizeMB(v.sizeBytes).padEnd(10)}\n`));
            return;
        }
        case 'download':
            return download(ctx, p.storage, p.template);
        case 'remove': {
            const id = p.template_path;
            const v = parseVolid(id) ? findVolume(ctx, id) : undefined;
            if (!v || v.content !== 'vztmpl')
                throw new PveError(`Error: Template ${id} does not exist`);
            ctx.s.volumes.splice(ctx.s.volumes.indexOf(v), 1);
            return;
        }
    }
}
function registerPveam() {
    registerSimProgram('pveam', {
        op: (args) => `pveam ${args[0] ?? ''}`.trim(),
        readOnly: (args) => args[0] === 'available' || args[0] === 'list',
        run: runPveam,
    });
}

;// CONCATENATED MODULE: ./src/sim/programs/pvesm.ts
/**
 * `pvesm` (storage manager): `status`, `list STORAGE`, `add TYPE STORAGE [options]`,
 * `set STORAGE [options]`, `remove STORAGE`, with pve-storage's required options per type.
 */




const TYPES = [
    'btrfs',
    'cephfs',
    'cifs',
    'dir',
    'esxi',
    'iscsi',
    'iscsidirect',
    'lvm',
    'lvmthin',
    'nfs',
    'pbs',
    'rbd',
    'zfs',
    'zfspool',
];
const CONTENT = ['backup', 'images', 'import', 'iso', 'rootdir', 'snippets', 'vztmpl'];
const ALLOWED = {
    dir: CONTENT,
    nfs: CONTENT,
    cifs: CONTENT,
    btrfs: CONTENT,
    cephfs: ['backup', 'import', 'iso', 'snippets', 'vztmpl'],
    zfspool: ['images', 'rootdir'],
    lvmthin: ['images', 'rootdir'],
    lvm: ['images', 'rootdir'],
    rbd: ['images', 'rootdir'],
    pbs: ['backup'],
};
const REQUIRED = {
    dir: ['path'],
    zfspool: ['pool'],
    lvmthin: ['vgname', 'thinpool'],
    lvm: ['vgname'],
    nfs: ['server', 'export'],
    cifs: ['server', 'share'],
    pbs: ['server', 'datastore'],
};
const STORAGE_OPTS = {
    path: pve_values/* STR */.Ul,
    pool: pve_values/* STR */.Ul,
    vgname: pve_values/* STR */.Ul,
    thinpool: pve_values/* STR */.Ul,
    server: pve_values/* STR */.Ul,
    export: pve_values/* STR */.Ul,
    share: pve_values/* STR */.Ul,
    datastore: pve_values/* STR */.Ul,
    content: pve_values/* STR */.Ul,
    nodes: pve_values/* STR */.Ul,
    shared: pve_values/* BOOL */.HX,
    disable: pve_values/* BOOL */.HX,
    sparse: pve_values/* BOOL */.HX,
    mountpoint: pve_values/* STR */.Ul,
    blocksize: pve_values/* STR */.Ul,
    mkdir: pve_values/* BOOL */.HX,
    'create-base-path': pve_values/* BOOL */.HX,
    'create-subdirs': pve_values/* BOOL */.HX,
    is_mountpoint: pve_values/* STR */.Ul,
    'prune-backups': pve_values/* STR */.Ul,
    'max-protected-backups': (0,pve_values/* int */.Wh)(-1),
    options: pve_values/* STR */.Ul,
    format: pve_values/* STR */.Ul,
    preallocation: pve_values/* STR */.Ul,
    'content-dirs': pve_values/* STR */.Ul,
    username: pve_values/* STR */.Ul,
    password: pve_values/* STR */.Ul,
    fingerprint: pve_values/* STR */.Ul,
    krbd: pve_values/* BOOL */.HX,
    monhost: pve_values/* STR */.Ul,
    namespace: pve_values/* STR */.Ul,
    bwlimit: pve_values/* STR */.Ul,
    saferemove: pve_values/* BOOL */.HX,
};
const pvesm_SPECS = {
    status: {
        usage: 'pvesm status [OPTIONS]',
        args: [],
        options: { content: pve_values/* STR */.Ul, enabled: pve_values/* BOOL */.HX, format: pve_values/* BOOL */.HX, storage: pve_values/* STR */.Ul, target: pve_values/* STR */.Ul },
    },
    list: {
        usage: 'pvesm list <storage> [OPTIONS]',
        args: ['storage'],
        options: { content: pve_values/* STR */.Ul, vmid: (0,pve_values/* int */.Wh)(100) },
    },
    add: {
        usage: 'pvesm add <type> <storage> [OPTIONS]',
        args: ['type', 'storage'],
        argTypes: { type: (0,pve_values/* oneOf */.yL)(...TYPES), storage: (0,pve_values/* fmt */.Sc)('pve-storage-id') },
        options: STORAGE_OPTS,
    },
    set: {
        usage: 'pvesm set <storage> [OPTIONS]',
        args: ['storage'],
        options: { ...STORAGE_OPTS, delete: pve_values/* STR */.Ul, digest: pve_values/* STR */.Ul },
    },
    remove: { usage: 'pvesm remove <storage>', args: ['storage'], options: {} },
};
function checkContent(type, content) {
    const list = (0,pve_values/* splitList */.ry)(content);
    for (const c of list) {
        if (!CONTENT.includes(c))
            throw new ParamError({ content: `invalid format - invalid content type '${c}'` });
        if (ALLOWED[type] && !ALLOWED[type].includes(c))
            throw new ParamError({ content: `storage does not support content type '${c}'` });
    }
    return list.sort();
}
function add(ctx, p) {
    const id = p.storage;
    const type = p.type;
    if (ctx.s.storages[id])
        throw new PveError(`create storage failed: storage ID '${id}' already defined`);
    for (const r of REQUIRED[type] ?? [])
        if (p[r] === undefined)
            throw new ParamError({ [r]: `property is missing and it is not optional` });
    if (p.nodes)
        for (const n of (0,pve_values/* splitList */.ry)(p.nodes))
            if (!ctx.s.nodes[n])
                throw new PveError(`create storage failed: no such cluster node '${n}'`);
    if (type === 'zfspool') {
        const ds = ctx.node.datasets[p.pool];
        if (!ds)
            throw new PveError(`create storage failed: zfs error: cannot open '${p.pool}': dataset does not exist`);
    }
    const options = {};
    for (const [k, v] of Object.entries(p))
        if (!['storage', 'type', 'content', 'nodes', 'shared', 'disable', 'password'].includes(k))
            options[k] = v;
    const st = {
        id,
        type,
        content: checkContent(type, p.content ?? (type === 'dir' || type === 'nfs' ? 'images,rootdir' : 'images,rootdir')),
        shared: p.shared === '1' || ['nfs', 'cifs', 'cephfs', 'rbd', 'pbs'].includes(type),
        options,
        totalBytes: 500 * 1024 ** 3,
    };
    if (p.nodes)
        st.nodes = (0,pve_values/* splitList */.ry)(p.nodes);
    if (p.disable === '1')
        st.disabled = true;
    ctx.s.storages[id] = st;
}
function set(ctx, p) {
    const st = ctx.s.storages[p.storage];
    if (!st)
        throw new PveError(`update storage failed: error with cfs lock 'file-storage_cfg': storage '${p.storage}' does not exist`);
    for (const k of (0,pve_values/* splitList */.ry)(p.delete ?? '')) {
        if (k === 'nodes')
            delete st.nodes;
        else if (k === 'disable')
            delete st.disabled;
        else
            delete st.options[k];
    }
    for (const [k, v] of Object.entries(p)) {
        if (k === 'storage' || k === 'delete' || k === 'digest')
            continue;
        if (k === 'content')
            st.content = checkContent(st.type, v);
        else if (k === 'nodes')
            st.nodes = (0,pve_values/* splitList */.ry)(v);
        else if (k === 'disable')
            st.disabled = v === '1' || undefined;
        else if (k === 'shared')
            st.shared = v === '1';
        else
            st.options[k] = v;
    }
}
function pvesm_status(ctx, p) {
    const list = Object.values(ctx.s.storages)
        .filter((s) => !p.storage || s.id === p.storage)
        .filter((s) => !p.content || (0,pve_values/* splitList */.ry)(p.content).some((c) => s.content.includes(c)))
        .filter((s) => !s.nodes || s.nodes.includes(ctx.nodeName))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    const w = Math.max(4, ...list.map((s) => s.id.length));
    ctx.out(`${'Name'.padEnd(w)} ${'Type'.padStart(10)} ${'Status'.padStart(10)} ${'Total'.padStart(15)} ${'Used'.padStart(15)} ${'Available'.padStart(15)} ${'%'.padStart(8)}\n`);
    for (const s of list) {
        const used = ctx.s.volumes.filter((v) => v.storage === s.id).reduce((a, v) => a + v.sizeBytes, 0);
        const kib = (b) => String(Math.floor(b / 1024));
        const pct = s.totalBytes > 0 ? ((used / s.totalBytes) * 100).toFixed(2) : '0.00';
        ctx.out(`${s.id.padEnd(w)} ${s.type.padStart(10)} ${(s.disabled ? 'disabled' : 'active').padStart(10)} ${kib(s.totalBytes).padStart(15)} ${kib(used).padStart(15)} ${kib(s.totalBytes - used).padStart(15)} ${`${pct}%`.padStart(9)}\n`);
    }
}
function list(ctx, p) {
    const st = ctx.s.storages[p.storage];
    if (!st)
        throw new PveError(`storage '${p.storage}' does not exist`);
    const node = st.shared ? '' : ctx.nodeName;
    const vols = ctx.s.volumes
        .filter((v) => v.storage === st.id && v.node === node)
        .filter((v) => !p.content || (0,pve_values/* splitList */.ry)(p.content).includes(v.content))
        .filter((v) => !p.vmid || v.vmid === Number(p.vmid));
    const ids = vols.map((v) => `${v.storage}:${v.volname}`);
    const w = Math.max(5, ...ids.map((i) => i.length));
    ctx.out(`${'Volid'.padEnd(w)} ${'Format'.padEnd(6)}  ${'Type'.padEnd(9)} ${'Size'.padStart(12)} VMID\n`);
    vols.forEach((v, i) => ctx.out(`${ids[i].padEnd(w)} ${v.format.padEnd(6)}  ${v.content.padEnd(9)} ${String(v.sizeBytes).padStart(12)} ${v.vmid ?? ''}\n`));
}
function runPvesm(ctx) {
    const [sub, ...rest] = ctx.rt.args;
    const spec = sub === undefined ? undefined : pvesm_SPECS[sub];
    if (!spec)
        throw unknownCommand('pvesm', sub ?? '');
    const p = parseArgs(spec, rest).params;
    if (sub === 'add')
        add(ctx, p);
    else if (sub === 'set')
        set(ctx, p);
    else if (sub === 'remove') {
        if (!ctx.s.storages[p.storage])
            throw new PveError(`delete storage failed: storage '${p.storage}' does not exist`);
        delete ctx.s.storages[p.storage];
    }
    else if (sub === 'status')
        pvesm_status(ctx, p);
    else
        list(ctx, p);
}
function registerPvesm() {
    registerSimProgram('pvesm', {
        op: (args) => `pvesm ${args[0] ?? ''}`.trim(),
        readOnly: (args) => args[0] === 'status' || args[0] === 'list',
        run: runPvesm,
    });
}

;// CONCATENATED MODULE: ./src/sim/programs/pveum.ts
/**
 * `pveum` (users, groups, roles, ACLs, API tokens, pools) on the access model, with the old
 * aliases (`useradd`, `usermod`, `aclmod`, ...). Token secrets are generated once and shown only
 * by `token add`, like on Proxmox.
 */







const OUT = {
    'output-format': (0,pve_values/* oneOf */.yL)('json', 'json-pretty', 'text', 'yaml'),
    noborder: pve_values/* BOOL */.HX,
    noheader: pve_values/* BOOL */.HX,
    'human-readable': pve_values/* BOOL */.HX,
    quiet: pve_values/* BOOL */.HX,
};
const USER_OPTS = {
    comment: pve_values/* STR */.Ul,
    email: pve_values/* STR */.Ul,
    enable: pve_values/* BOOL */.HX,
    expire: (0,pve_values/* int */.Wh)(0),
    firstname: pve_values/* STR */.Ul,
    lastname: pve_values/* STR */.Ul,
    groups: pve_values/* STR */.Ul,
    keys: pve_values/* STR */.Ul,
    password: pve_values/* STR */.Ul,
};
const pveum_SPECS = {
    'user add': { usage: 'pveum user add <userid> [OPTIONS]', args: ['userid'], options: USER_OPTS },
    'user modify': {
        usage: 'pveum user modify <userid> [OPTIONS]',
        args: ['userid'],
        options: { ...USER_OPTS, append: pve_values/* BOOL */.HX },
    },
    'user delete': { usage: 'pveum user delete <userid>', args: ['userid'], options: {} },
    'user list': {
        usage: 'pveum user list [OPTIONS]',
        args: [],
        options: { enabled: pve_values/* BOOL */.HX, full: pve_values/* BOOL */.HX, ...OUT },
    },
    'user token add': {
        usage: 'pveum user token add <userid> <tokenid> [OPTIONS]',
        args: ['userid', 'tokenid'],
        options: { comment: pve_values/* STR */.Ul, expire: (0,pve_values/* int */.Wh)(0), privsep: pve_values/* BOOL */.HX, ...OUT },
    },
    'user token list': { usage: 'pveum user token list <userid> [OPTIONS]', args: ['userid'], options: OUT },
    'user token remove': {
        usage: 'pveum user token remove <userid> <tokenid>',
        args: ['userid', 'tokenid'],
        options: {},
    },
    'group add': { usage: 'pveum group add <groupid> [OPTIONS]', args: ['groupid'], options: { comment: pve_values/* STR */.Ul } },
    'group delete': { usage: 'pveum group delete <groupid>', args: ['groupid'], options: {} },
    'group list': { usage: 'pveum group list [OPTIONS]', args: [], options: OUT },
    'role add': { usage: 'pveum role add <roleid> [OPTIONS]', args: ['roleid'], options: { privs: pve_values/* STR */.Ul } },
    'role modify': {
        usage: 'pveum role modify <roleid> [OPTIONS]',
        args: ['roleid'],
        options: { privs: pve_values/* STR */.Ul, append: pve_values/* BOOL */.HX },
    },
    'role delete': { usage: 'pveum role delete <roleid>', args: ['roleid'], options: {} },
    'role list': { usage: 'pveum role list [OPTIONS]', args: [], options: OUT },
    'acl modify': {
        usage: 'pveum acl modify <path> --roles <string> [OPTIONS]',
        args: ['path'],
        options: { roles: pve_values/* STR */.Ul, users: pve_values/* STR */.Ul, groups: pve_values/* STR */.Ul, tokens: pve_values/* STR */.Ul, propagate: pve_values/* BOOL */.HX },
    },
    'acl delete': {
        usage: 'pveum acl delete <path> --roles <string> [OPTIONS]',
        args: ['path'],
        options: { roles: pve_values/* STR */.Ul, users: pve_values/* STR */.Ul, groups: pve_values/* STR */.Ul, tokens: pve_values/* STR */.Ul, propagate: pve_values/* BOOL */.HX },
    },
    'acl list': { usage: 'pveum acl list [OPTIONS]', args: [], options: OUT },
    'pool add': { usage: 'pveum pool add <poolid> [OPTIONS]', args: ['poolid'], options: { comment: pve_values/* STR */.Ul } },
    'pool list': { usage: 'pveum pool list [OPTIONS]', args: [], options: OUT },
};
const ALIASES = {
    useradd: 'user add',
    usermod: 'user modify',
    userdel: 'user delete',
    groupadd: 'group add',
    groupdel: 'group delete',
    roleadd: 'role add',
    rolemod: 'role modify',
    roledel: 'role delete',
    aclmod: 'acl modify',
    acldel: 'acl delete',
};
const REALMS = new Set(['pam', 'pve']);
function user(ctx, id, verb) {
    const u = ctx.s.access.users[id];
    if (!u)
        throw new PveError(`${verb} failed: no such user ('${id}')`);
    return u;
}
function print(ctx, p, data) {
    ctx.out(formatForOptions(data, p));
}
function run(ctx, cmd, p) {
    const a = ctx.s.access;
    switch (cmd) {
        case 'user add': {
            const id = p.userid;
            const m = /^[^\s:/]+@([A-Za-z][A-Za-z0-9.\-_]+)$/.exec(id);
            if (!m)
                throw new ParamError({
                    userid: `invalid format - value '${id}' does not look like a valid user name`,
                });
            if (!REALMS.has(m[1]))
                throw new PveError(`create user failed: domain '${m[1]}' does not exist`);
            if (a.users[id])
                throw new PveError(`create user failed: user '${id}' already exists`);
            const groups = (0,pve_values/* splitList */.ry)(p.groups ?? '');
            for (const gid of groups)
                if (!a.groups[gid])
                    throw new PveError(`create user failed: no such group '${gid}'`);
            a.users[id] = {
                userid: id,
                enable: p.enable === '0' ? 0 : 1,
                expire: Number(p.expire ?? 0),
                groups,
                tokens: {},
                ...(p.email ? { email: p.email } : {}),
                ...(p.comment ? { comment: p.comment } : {}),
                ...(p.firstname ? { firstname: p.firstname } : {}),
                ...(p.lastname ? { lastname: p.lastname } : {}),
                ...(p.password ? { passwordSet: true } : {}),
            };
            return;
        }
        case 'user modify': {
            const u = user(ctx, p.userid, 'update user');
            if (p.groups !== undefined) {
                const groups = (0,pve_values/* splitList */.ry)(p.groups);
                for (const gid of groups)
                    if (!a.groups[gid])
                        throw new PveError(`update user failed: no such group '${gid}'`);
                u.groups = p.append === '1' ? [...new Set([...u.groups, ...groups])] : groups;
            }
            if (p.enable !== undefined)
                u.enable = Number(p.enable);
            if (p.expire !== undefined)
                u.expire = Number(p.expire);
            for (const k of ['email', 'comment', 'firstname', 'lastname'])
                if (p[k] !== undefined)
                    u[k] = p[k];
            return;
        }
        case 'user delete':
            user(ctx, p.userid, 'delete user');
            delete a.users[p.userid];
            a.acl = a.acl.filter((x) => x.ugid !== p.userid && !x.ugid.startsWith(`${p.userid}!`));
            return;
        case 'user list':
            return print(ctx, p, Object.values(a.users).map((u) => ({
                ...userEntry(u),
                tokens: Object.keys(u.tokens).map((t) => ({ tokenid: t })),
            })));
        case 'user token add': {
            const u = user(ctx, p.userid, 'create token');
            const tid = p.tokenid;
            if (!/^[A-Za-z][A-Za-z0-9.\-_]+$/.test(tid))
                throw new ParamError({ tokenid: `invalid format - invalid token ID '${tid}'` });
            if (u.tokens[tid])
                throw new ParamError({ tokenid: 'Token already exists.' });
            const h = (0,external_node_crypto_.createHash)('sha256').update(`token:${ctx.seq()}:${u.userid}!${tid}`).digest('hex');
            const secret = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
            const privsep = p.privsep === undefined ? 1 : Number(p.privsep);
            u.tokens[tid] = {
                privsep,
                expire: Number(p.expire ?? 0),
                secret,
                ...(p.comment ? { comment: p.comment } : {}),
            };
            return print(ctx, p, {
                'full-tokenid': `${u.userid}!${tid}`,
                info: { privsep: String(privsep) },
                value: secret,
            });
        }
        case 'user token list': {
            const u = user(ctx, p.userid, 'list tokens');
            return print(ctx, p, Object.entries(u.tokens).map(([tokenid, t]) => ({
                tokenid,
                privsep: t.privsep,
                expire: t.expire,
                ...(t.comment ? { comment: t.comment } : {}),
            })));
        }
        case 'user token remove': {
            const u = user(ctx, p.userid, 'delete token');
            if (!u.tokens[p.tokenid])
                throw new PveError(`no such token '${p.tokenid}' for user '${p.userid}'`);
            delete u.tokens[p.tokenid];
            return;
        }
        case 'group add':
            if (a.groups[p.groupid])
                throw new PveError(`create group failed: group '${p.groupid}' already exists`);
            a.groups[p.groupid] = { groupid: p.groupid, ...(p.comment ? { comment: p.comment } : {}) };
            return;
        case 'group delete':
            if (!a.groups[p.groupid])
                throw new PveError(`delete group failed: group '${p.groupid}' does not exist`);
            delete a.groups[p.groupid];
            return;
        case 'group list':
            return print(ctx, p, Object.values(a.groups));
        case 'role add':
            if (a.roles[p.roleid])
                throw new PveError(`create role failed: role '${p.roleid}' already exists`);
            a.roles[p.roleid] = { roleid: p.roleid, privs: (0,pve_values/* splitList */.ry)(p.privs ?? ''), special: 0 };
            return;
        case 'role modify': {
            const r = a.roles[p.roleid];
            if (!r)
                throw new PveError(`update role failed: role '${p.roleid}' does not exist`);
            r.privs =
                p.append === '1' ? [...new Set([...r.privs, ...(0,pve_values/* splitList */.ry)(p.privs ?? '')])] : (0,pve_values/* splitList */.ry)(p.privs ?? '');
            return;
        }
        case 'role delete':
            if (!a.roles[p.roleid])
                throw new PveError(`delete role failed: role '${p.roleid}' does not exist`);
            delete a.roles[p.roleid];
            return;
        case 'role list':
            return print(ctx, p, Object.values(a.roles).map((r) => ({
                roleid: r.roleid,
                privs: r.privs.join(','),
                special: r.special,
            })));
        case 'acl modify':
        case 'acl delete':
            return acl(ctx, cmd === 'acl delete', p);
        case 'acl list':
            return print(ctx, p, a.acl);
        case 'pool add':
            if (a.pools[p.poolid])
                throw new PveError(`create pool failed: pool '${p.poolid}' already exists`);
            a.pools[p.poolid] = { poolid: p.poolid, members: [], ...(p.comment ? { comment: p.comment } : {}) };
            return;
        case 'pool list':
            return print(ctx, p, Object.values(a.pools).map((x) => ({
                poolid: x.poolid,
                ...(x.comment ? { comment: x.comment } : {}),
            })));
    }
}
const BUILTIN_ROLES = new Set([
    'Administrator',
    'NoAccess',
    'PVEAdmin',
    'PVEAuditor',
    'PVEDatastoreAdmin',
    'PVEDatastoreUser',
    'PVEMappingAdmin',
    'PVEMappingUser',
    'PVEPoolAdmin',
    'PVEPoolUser',
    'PVESDNAdmin',
    'PVESDNUser',
    'PVESysAdmin',
    'PVETemplateUser',
    'PVEUserAdmin',
    'PVEVMAdmin',
    'PVEVMUser',
]);
function acl(ctx, del, p) {
    const a = ctx.s.access;
    if (p.roles === undefined)
        throw new ParamError({ roles: 'property is missing and it is not optional' });
    const roles = (0,pve_values/* splitList */.ry)(p.roles);
    for (const r of roles)
        if (!BUILTIN_ROLES.has(r) && !a.roles[r])
            throw new PveError(`role '${r}' does not exist`);
    const subjects = [
        ...(0,pve_values/* splitList */.ry)(p.users ?? '').map((ugid) => ({ type: 'user', ugid })),
        ...(0,pve_values/* splitList */.ry)(p.groups ?? '').map((ugid) => ({ type: 'group', ugid })),
        ...(0,pve_values/* splitList */.ry)(p.tokens ?? '').map((ugid) => ({ type: 'token', ugid })),
    ];
    if (subjects.length === 0)
        throw new PveError("either 'users', 'groups' or 'tokens' is required");
    for (const s of subjects) {
        if (s.type === 'user' && !a.users[s.ugid])
            throw new PveError(`user '${s.ugid}' does not exist`);
        if (s.type === 'group' && !a.groups[s.ugid])
            throw new PveError(`group '${s.ugid}' does not exist`);
        if (s.type === 'token') {
            const [uid, tid] = s.ugid.split('!');
            if (!a.users[uid ?? '']?.tokens[tid ?? ''])
                throw new PveError(`no such token '${tid}' for user '${uid}'`);
        }
        for (const roleid of roles) {
            a.acl = a.acl.filter((x) => !(x.path === p.path && x.type === s.type && x.ugid === s.ugid && x.roleid === roleid));
            if (!del)
                a.acl.push({
                    path: p.path,
                    type: s.type,
                    ugid: s.ugid,
                    roleid,
                    propagate: p.propagate === '0' ? 0 : 1,
                });
        }
    }
}
function runPveum(ctx) {
    const args = ctx.rt.args;
    let words = 2;
    let cmd = `${args[0] ?? ''} ${args[1] ?? ''}`;
    if (args[0] === 'user' && args[1] === 'token') {
        cmd = `user token ${args[2] ?? ''}`;
        words = 3;
    }
    else if (args[0] !== undefined && ALIASES[args[0]]) {
        cmd = ALIASES[args[0]];
        words = 1;
    }
    const spec = pveum_SPECS[cmd];
    if (!spec)
        throw unknownCommand('pveum', args.slice(0, words).join(' '));
    run(ctx, cmd, parseArgs(spec, args.slice(words)).params);
}
function registerPveum() {
    registerSimProgram('pveum', {
        op: (args) => `pveum ${args[0] ?? ''}`.trim(),
        readOnly: (args) => args.includes('list'),
        run: runPveum,
    });
}

;// CONCATENATED MODULE: ./src/sim/cicustom.ts



const KINDS = ['user', 'network', 'meta', 'vendor'];
function readSnippet(ctx, volid) {
    const p = parseVolid(volid);
    if (!p || !/^snippets\/[^/]+$/.test(p.volname))
        throw new PveError(`${volid} is not in the snippets directory`);
    const st = ctx.s.storages[p.storage];
    if (!st)
        throw new PveError(`storage '${p.storage}' does not exist`);
    const dir = st.options.path;
    const data = dir !== undefined && st.content.includes('snippets')
        ? readHostFile(ctx, `${dir}/${p.volname}`)
        : undefined;
    if (data === undefined || data === 'dir')
        throw new PveError(`can't find file '${volid}'`);
    return data.toString('utf8');
}
/** The snippets a VM's `cicustom` names, by kind; throws like Proxmox when one cannot be read. */
function readCicustom(ctx, g) {
    const value = g.conf.main.values.cicustom;
    if (!value)
        return {};
    const out = {};
    for (const part of value.split(',')) {
        const [k, v] = [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)];
        if (KINDS.includes(k) && v)
            out[k] = readSnippet(ctx, v);
    }
    return out;
}
/** Whether cloud-config text installs qemu-guest-agent (a `packages:` entry). */
function installsGuestAgent(text) {
    if (!text)
        return false;
    const m = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(text) ?? /^packages:\s*\[([^\]]*)\]/m.exec(text);
    return m !== null && /(^|[\s,\-[])["']?qemu-guest-agent["']?(\s|,|$)/m.test(m[1]);
}

;// CONCATENATED MODULE: ./src/sim/import-source.ts



/** A cloud image file stands for a ~2.2 GiB disk (its real virtual size). */
const IMAGE_BYTES = 2252 * 1024 * 1024;
/** `PVE::Storage::IMPORT_EXT_RE_1`. */
const IMPORT_NAME = /^import\/[ a-zA-Z0-9\-.+=_]+\.(ova|ovf|qcow2|raw|vmdk)$/;
/** The volume type `parse_volname` gives a directory-storage volume name. */
function volumeType(volname) {
    if (volname.startsWith('import/')) {
        if (!IMPORT_NAME.test(volname))
            throw new PveError(`unable to parse directory volume name '${volname}'`);
        return 'import';
    }
    if (volname.startsWith('iso/'))
        return 'iso';
    if (volname.startsWith('vztmpl/'))
        return 'vztmpl';
    if (volname.startsWith('backup/'))
        return 'backup';
    if (volname.startsWith('snippets/'))
        return 'snippets';
    return 'images';
}
/** Size in bytes of a regular host file, or undefined when there is none. */
function hostFileSize(ctx, path) {
    const data = readHostFile(ctx, path);
    if (data === undefined || data === 'dir')
        return undefined;
    return Math.max(data.length, IMAGE_BYTES);
}
/** `qm disk import`: the size of SOURCE, which must be a regular file. */
function diskImportSourceSize(ctx, source) {
    const size = source.startsWith('/') ? hostFileSize(ctx, source) : undefined;
    if (size === undefined)
        throw new PveError(`${source}: non-existent or non-regular file`);
    return size;
}
/** `import-from=SOURCE` on disk `key`: the size of the source volume or file. */
function importFromSize(ctx, key, source) {
    const p = source.startsWith('/') ? undefined : parseVolid(source);
    if (p) {
        const vtype = volumeType(p.volname);
        if (vtype !== 'images' && vtype !== 'import')
            throw new ParamError({
                [key]: `${source} has wrong type '${vtype}' - needs to be 'images' or 'import'`,
            });
        const vol = findVolume(ctx, source);
        if (!vol)
            throw new PveError(`can't find file '${source}'`);
        return vol.content === 'import' ? Math.max(vol.sizeBytes, IMAGE_BYTES) : vol.sizeBytes;
    }
    const size = hostFileSize(ctx, source);
    if (size === undefined)
        throw new PveError(`can't find file '${source}'`);
    return size;
}

;// CONCATENATED MODULE: ./src/sim/qemu-config.ts
/**
 * VM config updates as qemu-server performs them: disks given as `STORAGE:SIZE`,
 * `STORAGE:0,import-from=SOURCE` or `STORAGE:cloudinit` become allocated volumes, NICs get a MAC
 * address (`virtio=BC:24:11:..`), tags are normalised, and on a running VM only hot-pluggable
 * options take effect at once (the rest stays pending until the next start).
 */







const qemu_config_FASTPLUG = new Set([
    'lock',
    'name',
    'onboot',
    'shares',
    'startup',
    'description',
    'protection',
    'vmstatestorage',
    'hookscript',
    'tags',
]);
const CLOUDINIT_KEYS = /^(ciuser|cipassword|citype|ciupgrade|cicustom|sshkeys|nameserver|searchdomain|ipconfig\d+)$/;
/** `print_net`: `MODEL=MAC` first, then the other keys sorted. */
function normalizeQemuNet(ctx, value) {
    const parsed = (0,pve_values/* parsePropertyString */.uI)('net', (0,pve_values/* specOf */.rI)(qemu_schema/* QM_NET */.pv), value);
    if ('errors' in parsed)
        throw new ParamError(parsed.errors);
    const v = { ...parsed.values };
    const model = v.model;
    if (!model)
        throw new ParamError({ net: 'invalid format - missing model' });
    const mac = v.macaddr ?? newMac(ctx);
    delete v.model;
    delete v.macaddr;
    return [
        `${model}=${mac}`,
        ...Object.keys(v)
            .sort()
            .map((k) => `${k}=${v[k]}`),
    ].join(',');
}
function splitDisk(value) {
    const [first, ...opts] = value.split(',');
    return { volume: first.replace(/^(file|volume)=/, ''), opts };
}
/** Turns allocation syntax into a real volume; other values pass unchanged. */
function allocateQemuDisk(ctx, vmid, key, value) {
    const { volume, opts } = splitDisk(value);
    const importFrom = opts.find((o) => o.startsWith('import-from='))?.slice('import-from='.length);
    const rest = opts.filter((o) => !o.startsWith('import-from=') && !o.startsWith('size='));
    const m = /^([a-z][a-z0-9\-_.]*[a-z0-9]):(\d+(?:\.\d+)?|cloudinit)$/i.exec(volume);
    if (!m) {
        if (importFrom !== undefined)
            throw new ParamError({
                [key]: `'import-from' requires special syntax - use <storage ID>:0,import-from=<source>`,
            });
        const p = parseVolid(volume);
        if (p && !['none', 'cdrom'].includes(volume)) {
            storageOn(ctx, p.storage);
            if (!findVolume(ctx, volume))
                throw new PveError(`volume '${volume}' does not exist`);
        }
        return value;
    }
    const storage = m[1];
    if (m[2] === 'cloudinit') {
        const vol = allocVolume(ctx, storage, vmid, 4 * 1024 * 1024, 'images', {
            name: 'cloudinit',
            format: 'raw',
        });
        return [volid(vol), ...rest.filter((o) => !o.startsWith('media=')), 'media=cdrom'].join(',');
    }
    let size = Math.round(Number(m[2]) * 1024 ** 3);
    if (key === 'efidisk0')
        size = opts.includes('efitype=2m') ? 128 * 1024 : 4 * 1024 * 1024;
    if (key === 'tpmstate0')
        size = 4 * 1024 * 1024;
    if (importFrom !== undefined) {
        size = importFromSize(ctx, key, importFrom);
        // A stock cloud image ships cloud-init but not qemu-guest-agent: the agent answers only once
        // cloud-init installed it (cicustom.ts).
        const g = ctx.s.guests[String(vmid)];
        if (g)
            g.agentInstalled = false;
    }
    const vol = allocVolume(ctx, storage, vmid, size, 'images');
    return [volid(vol), ...rest.sort(), `size=${(0,pve_values/* formatSize */.Xq)(size)}`].join(',');
}
function normalizeQemuValue(ctx, vmid, key, value) {
    if (key === 'tags')
        return normalizeTags(value);
    if (key === 'nameserver' || key === 'searchdomain')
        return (0,pve_values/* splitList */.ry)(value).join(' ');
    if (/^net\d+$/.test(key))
        return normalizeQemuNet(ctx, value);
    if ((0,qemu_schema/* isQemuDiskKey */.Hm)(key))
        return allocateQemuDisk(ctx, vmid, key, value);
    return value;
}
function hotpluggable(g, key) {
    if (qemu_config_FASTPLUG.has(key))
        return true;
    const hotplug = (0,pve_values/* splitList */.ry)(g.conf.main.values.hotplug ?? 'network,disk,usb');
    if (/^net\d+$/.test(key))
        return hotplug.includes('network');
    if ((0,qemu_schema/* isQemuDiskKey */.Hm)(key))
        return hotplug.includes('disk');
    if (/^usb\d+$/.test(key))
        return hotplug.includes('usb');
    if (key === 'memory')
        return hotplug.includes('memory');
    if (key === 'cores' || key === 'vcpus')
        return hotplug.includes('cpu');
    return false;
}
function isCloudinitKey(key) {
    return CLOUDINIT_KEYS.test(key);
}
/** `qm set`: deletions, then values; running VMs keep non-hot-pluggable changes pending. */
function updateQemuConfig(ctx, g, set, del, revert) {
    const edit = beginConfigEdit(g, revert);
    const deferred = (k) => edit.running && !hotpluggable(g, k) && !isCloudinitKey(k);
    for (const k of del) {
        if (!(0,qemu_schema/* qmKeyType */.kE)(k) && k !== 'description')
            throw new ParamError({ delete: `invalid configuration key '${k}'` });
        if (deferred(k)) {
            if (!edit.pdel.includes(k))
                edit.pdel.push(k);
            continue;
        }
        if (k === 'description')
            delete g.conf.main.description;
        delete edit.main[k];
        delete edit.pending.values[k];
    }
    for (const [k, raw] of Object.entries(set))
        setConfigValue(g, edit, k, normalizeQemuValue(ctx, g.vmid, k, raw), deferred(k));
    finishConfigEdit(g, edit);
}
/** Records the cloud-init values baked into the drive (`[special:cloudinit]`). */
function regenerateCloudinit(ctx, g) {
    const hasDrive = Object.entries(g.conf.main.values).some(([k, v]) => (0,qemu_schema/* isQemuDiskKey */.Hm)(k) && /cloudinit/.test(v.split(',')[0]));
    if (!hasDrive)
        return false;
    const section = {};
    for (const [k, v] of Object.entries(g.conf.main.values))
        if (isCloudinitKey(k) || k === 'name')
            section[k] = v;
    g.conf.special = { ...(g.conf.special ?? {}), 'special:cloudinit': { values: section } };
    g.cloudinitAt = ctx.now();
    touch(g);
    return true;
}

;// CONCATENATED MODULE: ./src/sim/programs/qm-create.ts










const qm_create_isConfigKey = (k) => qemu_schema/* QM_KEYS */.Qz[k] !== undefined || (0,qemu_schema/* qmIndexedKey */.FL)(k) !== undefined;
/** `URI::Escape::uri_escape`: everything but A-Z a-z 0-9 - . _ ~ as upper-case %XX. */
function uriEscape(text) {
    let out = '';
    for (const b of Buffer.from(text, 'utf8'))
        out += /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
            ? String.fromCharCode(b)
            : '%' + b.toString(16).toUpperCase().padStart(2, '0');
    return out;
}
/** The CLI's `--sshkeys FILE` mapping: the file's content, URL-encoded. */
function readSshKeysFile(ctx, file) {
    const data = readHostFile(ctx, file);
    if (data === undefined || data === 'dir')
        throw new PveError(`unable to open file '${file}' - ${data === 'dir' ? 'Is a directory' : 'No such file or directory'}`);
    return uriEscape(data.toString('utf8'));
}
function qemuVersion(ctx) {
    return pveMajor(ctx) >= 9 ? '10.0.2' : '9.2.0';
}
function qmCreate(ctx, a) {
    const p = a.params;
    const vmid = Number(p.vmid);
    checkPool(ctx, p.pool);
    if (p.archive !== undefined)
        throw new PveError(`unable to restore VM ${vmid} - restore is not simulated`);
    try {
        checkVmidUnused(ctx, vmid);
    }
    catch (err) {
        throw new PveError(`unable to create VM ${vmid} - ${err.message}`);
    }
    const g = newGuest(ctx, 'qemu', vmid, {});
    const values = {};
    let imports = false;
    for (const k of a.order) {
        if (!qm_create_isConfigKey(k))
            continue;
        if ((0,qemu_schema/* isQemuDiskKey */.Hm)(k) && /(^|,)import-from=/.test(p[k]))
            imports = true;
        values[k] = k === 'sshkeys' ? readSshKeysFile(ctx, p[k]) : normalizeQemuValue(ctx, vmid, k, p[k]);
    }
    const description = values.description;
    delete values.description;
    values.smbios1 ??= `uuid=${newUuid(ctx)}`;
    values.vmgenid ??= newUuid(ctx);
    values.meta = `creation-qemu=${qemuVersion(ctx)},ctime=${Math.floor(ctx.now() / 1000)}`;
    values.lock = 'create';
    g.conf.main.values = values;
    if (description !== undefined)
        g.conf.main.description = description;
    ctx.holdFlock('qemu', vmid);
    return ctx.after(imports ? 'qm disk import' : 'qm create', (c) => {
        const g2 = loadGuest(c, 'qemu', vmid);
        delete g2.conf.main.values.lock;
        touch(g2);
        addToPool(c, p.pool, vmid);
        if (p.start === '1')
            startGuest(c, g2);
    });
}
function qmSet(ctx, a) {
    const p = a.params;
    const g = loadGuest(ctx, 'qemu', Number(p.vmid));
    ctx.holdFlock('qemu', g.vmid);
    if (p.skiplock !== '1')
        checkLock(g);
    const del = (0,pve_values/* splitList */.ry)(p.delete ?? '');
    const revert = (0,pve_values/* splitList */.ry)(p.revert ?? '');
    const set = {};
    for (const k of a.order)
        if (qm_create_isConfigKey(k))
            set[k] = k === 'sshkeys' ? readSshKeysFile(ctx, p[k]) : p[k];
    checkSetAndDelete(set, del);
    updateQemuConfig(ctx, g, set, del, revert);
}
/** A CD-ROM drive whose image is on a storage that is not shared (`drive_is_cdrom`). */
function isLocalIso(ctx, value) {
    if (!/(^|,)media=cdrom(,|$)/.test(value))
        return false;
    const p = parseVolid(value.split(',')[0].replace(/^file=/, ''));
    return p !== undefined && !/cloudinit/.test(p.volname) && ctx.s.storages[p.storage]?.shared === false;
}
function qmClone(ctx, a) {
    const p = a.params;
    const vmid = Number(p.vmid);
    const newid = Number(p.newid);
    checkPool(ctx, p.pool);
    const target = cloneTarget(ctx, p, 'qemu');
    const src = loadGuest(ctx, 'qemu', vmid);
    checkLock(src);
    if (p.snapname && !src.conf.snapshots[p.snapname])
        throw new PveError(`snapshot '${p.snapname}' does not exist`);
    const full = isFullClone(p, src);
    if (p.format !== undefined && !full)
        throw new PveError(`parameter 'format' not allowed for linked clones`);
    const old = p.snapname ? src.conf.snapshots[p.snapname] : src.conf.main;
    const drives = [];
    const newconf = {};
    let shared = true;
    for (const key of Object.keys(old.values).sort()) {
        const value = old.values[key];
        if (['snapshots', 'parent', 'snaptime', 'vmstate', 'snapstate', 'template', 'lock'].includes(key))
            continue;
        if (/^unused\d+$/.test(key))
            continue;
        if (/^net\d+$/.test(key)) {
            newconf[key] = value.replace(/^([a-z0-9_-]+)=([0-9A-Fa-f:]{17})/, (_m, model) => `${model}=${newMac(ctx)}`);
        }
        else if (key === 'smbios1') {
            newconf[key] = value.replace(/uuid=[0-9a-f-]+/i, `uuid=${newUuid(ctx)}`);
        }
        else if (key === 'vmgenid') {
            newconf[key] = newUuid(ctx);
        }
        else if ((0,qemu_schema/* isQemuDiskKey */.Hm)(key) && isLocalIso(ctx, value)) {
            // A CD-ROM image on node-local storage ties the clone to this node.
            shared = false;
            newconf[key] = value;
        }
        else if ((0,qemu_schema/* isQemuDiskKey */.Hm)(key) &&
            !/(^|,)media=cdrom(,|$)/.test(value.replace(/cloudinit.*media=cdrom/, ''))) {
            const [vol, ...rest] = value.split(',');
            const id = vol.replace(/^(file|volume)=/, '');
            if (!parseVolid(id)) {
                newconf[key] = value;
                continue;
            }
            const cloudinit = /cloudinit/.test(id);
            // `$check_storage_access_clone` judges the source's storage, even with `--storage`.
            if (!ctx.s.storages[parseVolid(id).storage]?.shared)
                shared = false;
            if (full || cloudinit) {
                if (!volumeHasFeature(ctx, id, 'copy', p.snapname))
                    throw new PveError(`Full clone feature is not supported for drive '${key}'`);
            }
            else if (!volumeHasFeature(ctx, id, 'clone', p.snapname)) {
                throw new PveError(`Linked clone feature is not supported for drive '${key}'`);
            }
            drives.push({ key, volid: id, rest, copy: full || cloudinit });
        }
        else
            newconf[key] = value;
    }
    if (target !== undefined && !shared)
        throw new PveError(`can't clone VM to node '${target}' (VM uses local storage)`);
    if (ctx.s.guests[String(newid)])
        throw new PveError(`unable to create VM ${newid}: config file already exists`);
    newconf.name = p.name ?? `Copy-of-VM-${old.values.name ?? vmid}`;
    newconf.lock = 'clone';
    const g = newGuest(ctx, 'qemu', newid, newconf);
    if (p.description ?? old.description)
        g.conf.main.description = p.description ?? old.description;
    return ctx.after(full ? 'qm clone' : 'qm clone linked', (c) => {
        const n2 = c.s.guests[String(newid)];
        if (!n2) {
            c.failCommitted(`clone failed: VM ${newid} vanished`);
            return;
        }
        try {
            for (const d of drives) {
                const vol = d.copy
                    ? copyVolume(c, d.volid, newid, p.storage, 'images')
                    : linkedCloneVolume(c, d.volid, newid);
                if (d.copy)
                    vol.sizeBytes = findVolume(c, d.volid)?.sizeBytes ?? vol.sizeBytes;
                c.out(`create ${d.copy ? 'full' : 'linked'} clone of drive ${d.key} (${d.volid})\n`);
                const rest = d.rest.filter((o) => !o.startsWith('size='));
                if (!/cloudinit/.test(d.volid))
                    rest.push(`size=${(0,pve_values/* formatSize */.Xq)(vol.sizeBytes)}`);
                n2.conf.main.values[d.key] = [volid(vol), ...rest].join(',');
            }
        }
        catch (err) {
            if (!(err instanceof PveError))
                throw err;
            discardNewGuest(c, newid);
            c.failCommitted(`clone failed: ${err.message}`);
            return;
        }
        const s2 = c.s.guests[String(vmid)];
        const files = p.snapname ? (s2?.fsSnapshots?.[p.snapname] ?? s2?.fs) : s2?.fs;
        n2.fs = JSON.parse(JSON.stringify(files ?? {}));
        // The clone's disk is the source's: the guest agent is installed there or not.
        if (s2?.agentInstalled === false)
            n2.agentInstalled = false;
        delete n2.conf.main.values.lock;
        if (target !== undefined)
            n2.node = target;
        touch(n2);
        addToPool(c, p.pool, newid);
    });
}
function qmDiskImport(ctx, a) {
    const p = a.params;
    const g = loadGuest(ctx, 'qemu', Number(p.vmid));
    ctx.holdFlock('qemu', g.vmid);
    checkLock(g);
    const source = p.source;
    const size = diskImportSourceSize(ctx, source);
    const target = p['target-disk'];
    if (target !== undefined && g.conf.main.values[target] !== undefined)
        throw new PveError(`disk '${target}' already exists in VM ${g.vmid}`);
    const format = p.format ?? (storageOn(ctx, p.storage).type === 'dir' ? 'qcow2' : 'raw');
    // `PVE::QemuServer::ImportDisk::do_import`: the volume is allocated and filled first, and only
    // then, under the config flock, named in the config; no `lock:` property is set. A worker killed
    // in between leaves the volume on the storage, named by no config key.
    const vol = allocVolume(ctx, p.storage, g.vmid, size, 'images', { format });
    ctx.out(`importing disk '${source}' to VM ${g.vmid} ...\n`);
    return ctx.after('qm disk import', (c) => {
        const g2 = loadGuest(c, 'qemu', g.vmid);
        c.holdFlock('qemu', g2.vmid);
        checkLock(g2);
        let key = target;
        if (key === undefined) {
            for (let i = 0; i < 256 && key === undefined; i++)
                if (g2.conf.main.values[`unused${i}`] === undefined)
                    key = `unused${i}`;
        }
        else if (g2.conf.main.values[key] !== undefined) {
            freeVolume(c, volid(vol));
            throw new PveError(`cowardly refusing to overwrite existing entry: ${key}`);
        }
        g2.conf.main.values[key] = target === undefined ? volid(vol) : `${volid(vol)},size=${(0,pve_values/* formatSize */.Xq)(size)}`;
        touch(g2);
        c.out(`Successfully imported disk as '${key}:${volid(vol)}'\n`);
    });
}
function checkAgent(ctx, vmid) {
    const g = loadGuest(ctx, 'qemu', vmid);
    const agent = g.conf.main.values.agent;
    const enabled = agent !== undefined &&
        /^(enabled=)?1(,|$)/.test(agent.split(',').find((x) => !x.includes('=') || x.startsWith('enabled=')) ?? '');
    if (!enabled)
        throw new PveError('No QEMU guest agent configured');
    if (!isRunning(g))
        throw new PveError(`VM ${vmid} is not running`);
    const ready = (g.startedAt ?? 0) + ctx.rt.agentBootMs;
    if (g.agentInstalled === false || ctx.now() < ready)
        throw new PveError('QEMU guest agent is not running');
    return g;
}

;// CONCATENATED MODULE: ./src/sim/programs/qm-specs.ts
/**
 * Argument specs of the `qm` sub-commands the simulator implements (Proxmox VE 8.4/9.1 CLI).
 */




const AGENT_COMMANDS = [
    'fsfreeze-freeze',
    'fsfreeze-status',
    'fsfreeze-thaw',
    'fstrim',
    'get-fsinfo',
    'get-host-name',
    'get-memory-block-info',
    'get-memory-blocks',
    'get-osinfo',
    'get-time',
    'get-timezone',
    'get-users',
    'get-vcpus',
    'info',
    'network-get-interfaces',
    'ping',
    'shutdown',
    'suspend-disk',
    'suspend-hybrid',
    'suspend-ram',
];
const DISK_NAMES = [
    'efidisk0',
    ...[0, 1, 2, 3].map((i) => `ide${i}`),
    ...[0, 1, 2, 3, 4, 5].map((i) => `sata${i}`),
    ...Array.from({ length: 31 }, (_, i) => `scsi${i}`),
    'tpmstate0',
    ...Array.from({ length: 16 }, (_, i) => `virtio${i}`),
].sort();
function qmSpecs(major) {
    // On the command line `--sshkeys` names a file whose content qm reads and URL-encodes.
    const conf = { ...qemu_schema/* QM_KEYS */.Qz, sshkeys: pve_values/* STR */.Ul };
    if (major < 9)
        for (const k of qemu_schema/* QM_KEYS_PVE9_ONLY */.w9)
            delete conf[k];
    const cmd = specMaker('qm', {
        vmid: VMID,
        newid: VMID,
        snapname: SNAPNAME,
        target: (0,pve_values/* fmt */.Sc)('pve-node'),
        command: (0,pve_values/* oneOf */.yL)(...AGENT_COMMANDS),
        disk: (0,pve_values/* oneOf */.yL)(...DISK_NAMES),
        type: (0,pve_values/* oneOf */.yL)('meta', 'network', 'user'),
        pid: (0,pve_values/* int */.Wh)(),
    });
    const stopOpts = {
        keepActive: pve_values/* BOOL */.HX,
        migratedfrom: pve_values/* STR */.Ul,
        'overrule-shutdown': pve_values/* BOOL */.HX,
        skiplock: pve_values/* BOOL */.HX,
        timeout: (0,pve_values/* int */.Wh)(0),
    };
    return {
        create: cmd('create', ['vmid'], {
            ...conf,
            archive: pve_values/* STR */.Ul,
            bwlimit: (0,pve_values/* int */.Wh)(0),
            force: pve_values/* BOOL */.HX,
            ...(major >= 9 ? { 'ha-managed': pve_values/* BOOL */.HX } : {}),
            'import-working-storage': (0,pve_values/* fmt */.Sc)('pve-storage-id'),
            'live-restore': pve_values/* BOOL */.HX,
            pool: pve_values/* STR */.Ul,
            start: pve_values/* BOOL */.HX,
            storage: (0,pve_values/* fmt */.Sc)('pve-storage-id'),
            unique: pve_values/* BOOL */.HX,
        }, { indexed: qemu_schema/* qmIndexedKey */.FL }),
        set: cmd('set', ['vmid'], { ...conf, delete: pve_values/* STR */.Ul, digest: { t: 'str', maxLength: 40 }, force: pve_values/* BOOL */.HX, revert: pve_values/* STR */.Ul, skiplock: pve_values/* BOOL */.HX }, { indexed: qemu_schema/* qmIndexedKey */.FL }),
        clone: cmd('clone', ['vmid', 'newid'], {
            bwlimit: (0,pve_values/* int */.Wh)(0),
            description: pve_values/* STR */.Ul,
            format: (0,pve_values/* oneOf */.yL)('qcow2', 'raw', 'vmdk'),
            full: pve_values/* BOOL */.HX,
            name: (0,pve_values/* fmt */.Sc)('dns-name'),
            pool: pve_values/* STR */.Ul,
            snapname: SNAPNAME,
            storage: (0,pve_values/* fmt */.Sc)('pve-storage-id'),
            target: (0,pve_values/* fmt */.Sc)('pve-node'),
        }),
        start: cmd('start', ['vmid'], {
            'force-cpu': pve_values/* STR */.Ul,
            machine: pve_values/* STR */.Ul,
            migratedfrom: pve_values/* STR */.Ul,
            migration_network: pve_values/* STR */.Ul,
            migration_type: (0,pve_values/* oneOf */.yL)('insecure', 'secure'),
            'nets-host-mtu': pve_values/* STR */.Ul,
            skiplock: pve_values/* BOOL */.HX,
            stateuri: pve_values/* STR */.Ul,
            targetstorage: pve_values/* STR */.Ul,
            timeout: (0,pve_values/* int */.Wh)(0),
            ...(major >= 9 ? { 'with-conntrack-state': pve_values/* BOOL */.HX } : {}),
        }),
        stop: cmd('stop', ['vmid'], stopOpts),
        shutdown: cmd('shutdown', ['vmid'], {
            forceStop: pve_values/* BOOL */.HX,
            keepActive: pve_values/* BOOL */.HX,
            skiplock: pve_values/* BOOL */.HX,
            timeout: (0,pve_values/* int */.Wh)(0),
        }),
        reboot: cmd('reboot', ['vmid'], { timeout: (0,pve_values/* int */.Wh)(0) }),
        snapshot: cmd('snapshot', ['vmid', 'snapname'], { description: pve_values/* STR */.Ul, vmstate: pve_values/* BOOL */.HX }),
        delsnapshot: cmd('delsnapshot', ['vmid', 'snapname'], { force: pve_values/* BOOL */.HX }),
        rollback: cmd('rollback', ['vmid', 'snapname'], { start: pve_values/* BOOL */.HX }),
        listsnapshot: cmd('listsnapshot', ['vmid']),
        template: cmd('template', ['vmid'], { disk: (0,pve_values/* oneOf */.yL)(...DISK_NAMES) }),
        destroy: cmd('destroy', ['vmid'], { 'destroy-unreferenced-disks': pve_values/* BOOL */.HX, purge: pve_values/* BOOL */.HX, skiplock: pve_values/* BOOL */.HX }),
        list: cmd('list', [], { full: pve_values/* BOOL */.HX }),
        config: cmd('config', ['vmid'], { current: pve_values/* BOOL */.HX, snapshot: SNAPNAME }),
        pending: cmd('pending', ['vmid']),
        status: cmd('status', ['vmid'], { verbose: pve_values/* BOOL */.HX }),
        'guest cmd': cmd('guest cmd', ['vmid', 'command']),
        'guest exec': cmd('guest exec', ['vmid', 'extra-args'], {
            'pass-stdin': pve_values/* BOOL */.HX,
            synchronous: pve_values/* BOOL */.HX,
            timeout: (0,pve_values/* int */.Wh)(0),
        }),
        'disk import': cmd('disk import', ['vmid', 'source', 'storage'], {
            format: (0,pve_values/* oneOf */.yL)('qcow2', 'raw', 'vmdk'),
            'target-disk': (0,pve_values/* oneOf */.yL)(...DISK_NAMES),
        }),
        'disk move': cmd('disk move', ['vmid', 'disk', 'storage'], {
            bwlimit: (0,pve_values/* num */.bu)(0),
            delete: pve_values/* BOOL */.HX,
            digest: pve_values/* STR */.Ul,
            format: (0,pve_values/* oneOf */.yL)('qcow2', 'raw', 'vmdk'),
            'target-digest': pve_values/* STR */.Ul,
            'target-disk': (0,pve_values/* oneOf */.yL)(...DISK_NAMES),
            'target-vmid': VMID,
        }, { optionalArgs: 1 }),
        'disk resize': cmd('disk resize', ['vmid', 'disk', 'size'], { digest: pve_values/* STR */.Ul, skiplock: pve_values/* BOOL */.HX }),
        'cloudinit update': cmd('cloudinit update', ['vmid']),
        'cloudinit dump': cmd('cloudinit dump', ['vmid', 'type']),
        unlock: cmd('unlock', ['vmid']),
        migrate: cmd('migrate', ['vmid', 'target'], {
            bwlimit: (0,pve_values/* int */.Wh)(0),
            force: pve_values/* BOOL */.HX,
            migration_network: pve_values/* STR */.Ul,
            migration_type: (0,pve_values/* oneOf */.yL)('secure', 'insecure'),
            online: pve_values/* BOOL */.HX,
            targetstorage: pve_values/* STR */.Ul,
            'with-local-disks': pve_values/* BOOL */.HX,
            ...(major >= 9 ? { 'with-conntrack-state': pve_values/* BOOL */.HX } : {}),
        }),
    };
}
/** Old spellings that Proxmox keeps as aliases. */
const QM_ALIASES = {
    agent: 'guest cmd',
    importdisk: 'disk import',
    'move-disk': 'disk move',
    move_disk: 'disk move',
    resize: 'disk resize',
};
const QM_READ_ONLY = new Set([
    'list',
    'config',
    'pending',
    'status',
    'listsnapshot',
    'guest cmd',
    'cloudinit dump',
]);

;// CONCATENATED MODULE: ./src/sim/programs/qm.ts
/**
 * The `qm` command: the real CLI syntax (including two-word commands such as `guest cmd` and
 * `disk import` and the old aliases), run against the model.
 */

















function agentResult(ctx, vmid, command) {
    const g = checkAgent(ctx, vmid);
    const name = g.conf.main.values.name ?? `VM${vmid}`;
    switch (command) {
        case 'get-host-name':
            return { 'host-name': name };
        case 'get-osinfo':
            return { id: 'ubuntu', name: 'Ubuntu', 'pretty-name': 'Ubuntu 24.04 LTS', 'version-id': '24.04' };
        case 'network-get-interfaces':
            return [
                {
                    name: 'lo',
                    'hardware-address': '00:00:00:00:00:00',
                    'ip-addresses': [{ 'ip-address': '127.0.0.1', 'ip-address-type': 'ipv4', prefix: 8 }],
                },
            ];
        case 'info':
            return { version: '8.1.3', supported_commands: [] };
        case 'get-time':
            return ctx.now() * 1_000_000;
        default:
            return {};
    }
}
const qm_HANDLERS = {
    ...sharedGuestHandlers('qemu'),
    create: qmCreate,
    set: qmSet,
    clone: qmClone,
    migrate: (ctx, a) => guestMigrate(ctx, 'qemu', a, 'qm migrate <vmid> <target> [OPTIONS]'),
    'disk import': qmDiskImport,
    'disk move': (ctx, a) => qmDiskMove(ctx, vmidOf(a), a.params.disk, a.params.storage, {
        delete: a.params.delete === '1',
        targetVmid: a.params['target-vmid'],
    }),
    start: (ctx, a) => {
        const data = readCicustom(ctx, loadGuest(ctx, 'qemu', vmidOf(a)));
        const c = guestStart(ctx, 'qemu', vmidOf(a), a.params.skiplock === '1');
        return ctx.after(c.op, (c2) => {
            const r = c.next(c2);
            const g = loadGuest(c2, 'qemu', vmidOf(a));
            if (regenerateCloudinit(c2, g))
                c2.out('generating cloud-init ISO\n');
            if (installsGuestAgent(data.vendor) || installsGuestAgent(data.user))
                g.agentInstalled = true;
            return r;
        });
    },
    shutdown: (ctx, a) => guestStop(ctx, 'qemu', vmidOf(a), 'shutdown', a.params.skiplock === '1'),
    template: (ctx, a) => guestTemplate(ctx, 'qemu', vmidOf(a), a.params.disk),
    destroy: (ctx, a) => guestDestroy(ctx, 'qemu', vmidOf(a), {
        skiplock: a.params.skiplock === '1',
        unreferenced: a.params['destroy-unreferenced-disks'] === '1',
    }),
    list: (ctx) => {
        const guests = Object.values(ctx.s.guests)
            .filter((g) => g.kind === 'qemu' && g.node === ctx.nodeName)
            .sort((x, y) => x.vmid - y.vmid);
        if (guests.length === 0)
            return;
        ctx.out(`${'VMID'.padStart(10)} ${'NAME'.padEnd(20)} ${'STATUS'.padEnd(10)} ${'MEM(MB)'.padEnd(10)} ${'BOOTDISK(GB)'.padStart(12)} ${'PID'.padEnd(10)}\n`);
        for (const g of guests) {
            const v = g.conf.main.values;
            const mem = (v.memory ?? '2048').replace(/^current=/, '').split(',')[0];
            const disk = Object.entries(v).find(([k]) => /^(scsi|virtio|sata|ide)\d+$/.test(k) && !/media=cdrom/.test(v[k]));
            const size = disk ? ((0,pve_values/* parseSize */.DB)(/size=([^,]+)/.exec(disk[1])?.[1] ?? '0') ?? 0) / 1024 ** 3 : 0;
            const pid = g.status === 'running' ? String(100000 + g.vmid) : '0';
            ctx.out(`${String(g.vmid).padStart(10)} ${(v.name ?? `VM ${g.vmid}`).padEnd(20)} ${g.status.padEnd(10)} ${mem.padEnd(10)} ${size.toFixed(2).padStart(12)} ${pid.padEnd(10)}\n`);
        }
    },
    'guest cmd': (ctx, a) => {
        const res = agentResult(ctx, vmidOf(a), a.params.command);
        ctx.out(perlPrettyJson(res));
    },
    'guest exec': (ctx, a) => {
        const g = checkAgent(ctx, vmidOf(a));
        if (a.extra.length === 0)
            throw new ParamError({ 'extra-args': 'No command given' });
        const r = runInGuest(ctx, g, a.extra);
        const res = { exitcode: r.exitCode, exited: 1 };
        if (r.stdout)
            res['out-data'] = r.stdout;
        if (r.stderr)
            res['err-data'] = r.stderr;
        ctx.out(perlPrettyJson(res));
    },
    'disk resize': (ctx, a) => {
        const g = loadGuest(ctx, 'qemu', vmidOf(a));
        ctx.holdFlock('qemu', g.vmid);
        if (a.params.skiplock !== '1')
            checkLock(g);
        const disk = a.params.disk;
        const value = g.conf.main.values[disk];
        if (!value)
            throw new PveError(`disk '${disk}' does not exist`);
        const m = /^(\+)?(\d+(?:\.\d+)?)([KMGT])?$/.exec(a.params.size);
        if (!m)
            throw new ParamError({ size: 'value does not match the regex pattern' });
        const vol = findVolume(ctx, value.split(',')[0].replace(/^(file|volume)=/, ''));
        const cur = vol?.sizeBytes ?? (0,pve_values/* parseSize */.DB)(/size=([^,]+)/.exec(value)?.[1] ?? '0') ?? 0;
        const delta = (0,pve_values/* parseSize */.DB)(`${m[2]}${m[3] ?? ''}`);
        const next = m[1] ? cur + delta : delta;
        if (next < cur)
            throw new PveError('shrinking disks is not supported');
        if (vol)
            vol.sizeBytes = next;
        const parts = value.split(',').filter((x) => !x.startsWith('size='));
        g.conf.main.values[disk] = [...parts, `size=${(0,pve_values/* formatSize */.Xq)(next)}`].join(',');
        touch(g);
    },
    'cloudinit update': (ctx, a) => {
        const g = loadGuest(ctx, 'qemu', vmidOf(a));
        ctx.holdFlock('qemu', g.vmid);
        checkLock(g);
        regenerateCloudinit(ctx, g);
    },
    'cloudinit dump': (ctx, a) => {
        const g = loadGuest(ctx, 'qemu', vmidOf(a));
        const v = g.conf.main.values;
        if (a.params.type === 'user') {
            let out = `#cloud-config\nhostname: ${v.name ?? `VM${g.vmid}`}\nmanage_etc_hosts: true\nfqdn: ${v.name ?? `VM${g.vmid}`}\n`;
            if (v.ciuser)
                out += `user: ${v.ciuser}\n`;
            if (v.sshkeys)
                out += `ssh_authorized_keys:\n${decodeURIComponent(v.sshkeys)
                    .split('\n')
                    .filter(Boolean)
                    .map((k) => `  - ${k}\n`)
                    .join('')}`;
            ctx.out(out + 'chpasswd:\n  expire: False\nusers:\n  - default\npackage_upgrade: true\n');
        }
        else if (a.params.type === 'meta')
            ctx.out(`instance-id: ${g.conf.main.values.vmgenid ?? g.vmid}\n`);
        else
            ctx.out('version: 1\nconfig:\n');
    },
};
function runQm(ctx) {
    const args = ctx.rt.args;
    let sub = args[0];
    let rest = args.slice(1);
    if (sub === 'guest' || sub === 'disk' || sub === 'cloudinit') {
        sub = `${sub} ${args[1] ?? ''}`;
        rest = args.slice(2);
    }
    if (sub !== undefined && QM_ALIASES[sub])
        sub = QM_ALIASES[sub];
    const spec = sub === undefined ? undefined : qmSpecs(pveMajor(ctx))[sub];
    const handler = sub === undefined ? undefined : qm_HANDLERS[sub];
    if (!spec || !handler)
        throw unknownCommand('qm', sub);
    return handler(ctx, parseArgs(spec, rest));
}
function qmOp(args) {
    let sub = args[0] ?? '';
    if (sub === 'guest' || sub === 'disk' || sub === 'cloudinit')
        sub = `${sub} ${args[1] ?? ''}`;
    // `qm create` / `qm set` with `import-from=` copy an image like `qm disk import` (and take as
    // long): one operation for latency and faults.
    if ((sub === 'create' || sub === 'set') && args.some((x) => /(^|,)import-from=/.test(x)))
        return 'qm disk import';
    return `qm ${QM_ALIASES[sub] ?? sub}`.trim();
}
function registerQm() {
    registerSimProgram('qm', {
        op: qmOp,
        readOnly: (args) => QM_READ_ONLY.has(qmOp(args).slice(3)),
        run: runQm,
    });
}

;// CONCATENATED MODULE: ./src/sim/programs/vzdump.ts
/**
 * `vzdump VMID --storage STORAGE [--mode snapshot|suspend|stop] [--compress ...]`: one guest's
 * backup as an archive volume on a storage with `backup` content, named as pve-manager's
 * `PVE::VZDump` names it (`backup/vzdump-lxc-950-2026_12_03-17_00_00.tar.zst`). The archive holds
 * the volumes Proxmox backs up: a container's rootfs and its mount points with `backup=1`
 * (`mountpoint_backup_enabled`), a VM's disks without `backup=0`. Stop mode stops a running guest
 * for the copy and starts it again.
 */







const SPEC = {
    usage: 'vzdump <vmid> [OPTIONS]',
    args: ['vmid'],
    argTypes: { vmid: VMID },
    options: {
        compress: (0,pve_values/* oneOf */.yL)('0', '1', 'gzip', 'lzo', 'zstd'),
        mode: (0,pve_values/* oneOf */.yL)('snapshot', 'suspend', 'stop'),
        'notes-template': pve_values/* STR */.Ul,
        protected: pve_values/* BOOL */.HX,
        remove: pve_values/* BOOL */.HX,
        storage: (0,pve_values/* fmt */.Sc)('pve-storage-id'),
    },
};
const COMPRESS_EXT = { '1': '.lzo', gzip: '.gz', lzo: '.lzo', zstd: '.zst' };
function vzdump_stamp(ms) {
    const d = new Date(ms);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getUTCFullYear()}_${p(d.getUTCMonth() + 1)}_${p(d.getUTCDate())}-${p(d.getUTCHours())}_${p(d.getUTCMinutes())}_${p(d.getUTCSeconds())}`;
}
function backedUp(value, key, kind) {
    if (kind === 'lxc')
        return key === 'rootfs' || /(^|,)backup=1(,|$)/.test(value);
    return !/(^|,)backup=0(,|$)/.test(value) && !/(^|,)media=cdrom(,|$)/.test(value);
}
function runVzdump(ctx) {
    const a = parseArgs(SPEC, ctx.rt.args);
    const vmid = Number(a.params.vmid);
    const g = ctx.s.guests[String(vmid)];
    if (!g || g.node !== ctx.nodeName)
        throw new PveError(`unable to find VM '${vmid}'`);
    const storageId = a.params.storage ?? 'local';
    const st = storageOn(ctx, storageId);
    // `PVE::VZDump::storage_info`.
    if (!st.content.includes('backup'))
        throw new PveError(`can't use storage '${storageId}' for backups - wrong content type`);
    const values = g.conf.main.values;
    let size = 0;
    for (const { key, volid } of sectionVolumes(g.kind, g.conf.main)) {
        if (!backedUp(values[key] ?? '', key, g.kind))
            continue;
        size += findVolume(ctx, volid)?.sizeBytes ?? 0;
    }
    const ext = (g.kind === 'qemu' ? '.vma' : '.tar') + (COMPRESS_EXT[a.params.compress ?? '0'] ?? '');
    const node = st.shared ? '' : ctx.nodeName;
    ctx.s.volumes.push({
        storage: storageId,
        node,
        volname: `backup/vzdump-${g.kind}-${vmid}-${vzdump_stamp(ctx.now())}${ext}`,
        content: 'backup',
        format: ext.slice(1),
        sizeBytes: Math.round(size / 4),
        vmid,
        ctime: Math.floor(ctx.now() / 1000),
    });
    touch(g);
    ctx.out(`INFO: Finished Backup of VM ${vmid}\nINFO: Backup job finished successfully\n`);
}
function registerVzdump() {
    registerSimProgram('vzdump', { op: () => 'vzdump', readOnly: () => false, run: runVzdump });
}

;// CONCATENATED MODULE: ./src/sim/programs/zfs.ts



const DEFAULTS = {
    compression: 'on',
    recordsize: '128K',
    sync: 'standard',
    quota: 'none',
    reservation: 'none',
    atime: 'on',
    xattr: 'on',
    acltype: 'off',
    dedup: 'off',
    copies: '1',
    canmount: 'on',
    readonly: 'off',
};
function zfs_fail(msg, code = 1) {
    throw new ExitStatus(code, msg.endsWith('\n') ? msg : msg + '\n');
}
/** Short-option parsing: `-Hp`, `-o a,b`, `-o prop=val` (repeatable). */
function getopt(args, withValue) {
    const res = { flags: new Set(), values: {}, rest: [] };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--') {
            res.rest.push(...args.slice(i + 1));
            break;
        }
        if (!/^-[A-Za-z]+$/.test(a)) {
            res.rest.push(a);
            continue;
        }
        for (let j = 1; j < a.length; j++) {
            const f = a[j];
            if (withValue.includes(f)) {
                const v = j < a.length - 1 ? a.slice(j + 1) : args[++i];
                if (v === undefined)
                    zfs_fail(`missing argument for '${f}' option`, 2);
                (res.values[f] ??= []).push(v);
                break;
            }
            res.flags.add(f);
        }
    }
    return res;
}
function props(list) {
    const out = {};
    for (const kv of list ?? []) {
        const m = /^([\w:.-]+)=(.*)$/.exec(kv);
        if (!m)
            zfs_fail(`missing '=' for property=value argument`, 2);
        out[m[1]] = m[2];
    }
    return out;
}
/** Rows under upper-case column names, aligned; with `-H` (`scripted`) tab-separated, no header. */
function printTable(ctx, cols, rows, scripted) {
    if (scripted) {
        for (const r of rows)
            ctx.out(r.join('\t') + '\n');
        return;
    }
    const head = cols.map((c) => c.toUpperCase());
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    for (const r of [head, ...rows])
        ctx.out(r
            .map((c, i) => c.padEnd(w[i]))
            .join('  ')
            .trimEnd() + '\n');
}
function propValue(ctx, name, prop) {
    const ds = ctx.node.datasets;
    const own = ds[name];
    if (own?.properties[prop] !== undefined)
        return { value: own.properties[prop], source: 'local' };
    if (prop === 'mountpoint') {
        for (let p = name; p.includes('/');) {
            p = p.slice(0, p.lastIndexOf('/'));
            const mp = ds[p]?.properties.mountpoint;
            if (mp)
                return { value: `${mp}${name.slice(p.length)}`, source: `inherited from ${p}` };
        }
        return { value: `/${name}`, source: 'default' };
    }
    for (let p = name; p.includes('/');) {
        p = p.slice(0, p.lastIndexOf('/'));
        const v = ds[p]?.properties[prop];
        if (v !== undefined)
            return { value: v, source: `inherited from ${p}` };
    }
    if (prop === 'type')
        return { value: own?.type ?? 'filesystem', source: '-' };
    if (prop === 'used')
        return { value: (0,pve_values/* formatSize */.Xq)(own?.usedBytes ?? 98304), source: '-' };
    if (prop === 'available' || prop === 'avail')
        return { value: '1.75T', source: '-' };
    if (prop === 'name')
        return { value: name, source: '-' };
    return { value: DEFAULTS[prop] ?? '-', source: DEFAULTS[prop] ? 'default' : '-' };
}
function zfs(ctx, args) {
    const [sub, ...rest] = args;
    const ds = ctx.node.datasets;
    if (sub === 'list') {
        const o = getopt(rest, 'ost');
        const cols = (o.values.o?.join(',') ?? 'name,used,avail,refer,mountpoint').split(',');
        const names = o.rest.length > 0 ? o.rest : Object.keys(ds).sort();
        for (const n of o.rest)
            if (!ds[n])
                zfs_fail(`cannot open '${n}': dataset does not exist`);
        const selected = o.flags.has('r') || o.rest.length === 0
            ? Object.keys(ds)
                .sort()
                .filter((k) => names.some((n) => k === n || k.startsWith(n + '/')))
            : names;
        const rows = selected
            .filter((n) => !o.values.t || o.values.t.join(',').split(',').includes(ds[n].type))
            .map((n) => cols.map((c) => (c === 'refer' ? '96K' : propValue(ctx, n, c === 'avail' ? 'available' : c).value)));
        if (rows.length === 0 && !o.flags.has('H'))
            ctx.out('no datasets available\n');
        else
            printTable(ctx, cols, rows, o.flags.has('H'));
        return;
    }
    if (sub === 'create') {
        const o = getopt(rest, 'oV');
        const name = o.rest[0];
        if (!name)
            zfs_fail('missing dataset argument', 2);
        if (ds[name])
            zfs_fail(`cannot create '${name}': dataset already exists`);
        const parent = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : undefined;
        if (!parent || !ds[parent]) {
            if (!parent || !o.flags.has('p') || !ds[name.split('/')[0]])
                zfs_fail(`cannot create '${name}': parent does not exist`);
            const parts = name.split('/');
            for (let i = 2; i < parts.length; i++) {
                const p = parts.slice(0, i).join('/');
                ds[p] ??= { name: p, type: 'filesystem', properties: {}, usedBytes: 98304 };
            }
        }
        const d = {
            name,
            type: o.values.V ? 'volume' : 'filesystem',
            properties: props(o.values.o),
            usedBytes: 98304,
        };
        if (o.values.V)
            d.properties.volsize = o.values.V[0];
        ds[name] = d;
        return;
    }
    if (sub === 'get') {
        const o = getopt(rest, 'os');
        const [which, ...names] = o.rest;
        if (!which || names.length === 0)
            zfs_fail('missing property argument\nusage:\n\tget [-rHp] [-d max] [-o "all" | field[,...]] [-t type[,...]] [-s source[,...]] <"all" | property[,...]> [filesystem|volume|snapshot|bookmark] ...', 2);
        const fields = (o.values.o?.join(',') ?? 'name,property,value,source').split(',');
        const rows = [];
        for (const n of names) {
            if (!ds[n])
                zfs_fail(`cannot open '${n}': dataset does not exist`);
            const list = which === 'all'
                ? [
                    'type',
                    'used',
                    'available',
                    'mountpoint',
                    ...Object.keys(DEFAULTS),
                    ...Object.keys(ds[n].properties),
                ]
                : which.split(',');
            for (const prop of [...new Set(list)]) {
                const v = propValue(ctx, n, prop);
                const rec = {
                    name: n,
                    property: prop,
                    value: v.value,
                    source: v.source,
                    received: '-',
                };
                rows.push(fields.map((f) => rec[f] ?? '-'));
            }
        }
        printTable(ctx, fields, rows, o.flags.has('H'));
        return;
    }
    if (sub === 'set') {
        const kvs = rest.filter((a) => a.includes('='));
        const names = rest.filter((a) => !a.includes('='));
        if (kvs.length === 0 || names.length === 0)
            zfs_fail('missing arguments', 2);
        for (const n of names)
            if (!ds[n])
                zfs_fail(`cannot open '${n}': dataset does not exist`);
        for (const n of names)
            Object.assign(ds[n].properties, props(kvs));
        return;
    }
    if (sub === 'destroy') {
        const o = getopt(rest, '');
        const n = o.rest[0];
        if (!n || !ds[n])
            zfs_fail(`could not find any snapshots to destroy; check snapshot names.`);
        const children = Object.keys(ds).filter((k) => k.startsWith(n + '/'));
        if (children.length > 0 && !o.flags.has('r'))
            zfs_fail(`cannot destroy '${n}': filesystem has children\nuse '-r' to destroy the following datasets:\n${children.join('\n')}`);
        for (const k of [n, ...children])
            delete ds[k];
        return;
    }
    zfs_fail(`unrecognized command '${sub ?? ''}'\nusage: zfs command args ...`, 2);
}
function zpool(ctx, args) {
    const [sub, ...rest] = args;
    const node = ctx.node;
    const findDisk = (d) => node.disks.find((x) => x.path === d || x.path === `/dev/${d}`);
    if (sub === 'list') {
        const o = getopt(rest, 'o');
        const cols = (o.values.o?.join(',') ?? 'name,size,alloc,free,ckpoint,expandsz,frag,cap,dedup,health,altroot').split(',');
        for (const n of o.rest)
            if (!node.zpools[n])
                zfs_fail(`cannot open '${n}': no such pool`);
        const pools = (o.rest.length > 0 ? o.rest : Object.keys(node.zpools).sort()).map((n) => node.zpools[n]);
        if (pools.length === 0) {
            ctx.out('no pools available\n');
            return;
        }
        const rows = pools.map((p) => cols.map((c) => {
            const rec = {
                name: p.name,
                size: (0,pve_values/* formatSize */.Xq)(p.sizeBytes),
                alloc: '1.2M',
                free: (0,pve_values/* formatSize */.Xq)(p.sizeBytes),
                ckpoint: '-',
                expandsz: '-',
                frag: '0%',
                cap: '0%',
                dedup: '1.00x',
                health: p.health,
                altroot: '-',
            };
            return rec[c] ?? p.properties[c] ?? '-';
        }));
        printTable(ctx, cols, rows, o.flags.has('H'));
        return;
    }
    if (sub === 'status') {
        const names = rest.filter((a) => !a.startsWith('-'));
        for (const n of names)
            if (!node.zpools[n])
                zfs_fail(`cannot open '${n}': no such pool`);
        const pools = names.length > 0 ? names : Object.keys(node.zpools).sort();
        if (pools.length === 0)
            ctx.out('no pools available\n');
        for (const n of pools) {
            const p = node.zpools[n];
            ctx.out(`  pool: ${n}\n state: ${p.health}\nconfig:\n\n\tNAME        STATE     READ WRITE CKSUM\n\t${n}  ${p.health}  0 0 0\n`);
            for (const v of p.vdevs)
                ctx.out(`\t  ${v}  ONLINE  0 0 0\n`);
            ctx.out('\nerrors: No known data errors\n');
        }
        return;
    }
    if (sub === 'create') {
        const o = getopt(rest, 'oOmR');
        const [name, ...vdevs] = o.rest;
        if (!name || vdevs.length === 0)
            zfs_fail('missing pool name argument\nusage:\n\tcreate [-fnd] [-o property=value] ... <pool> <vdev> ...', 2);
        if (node.zpools[name] || node.datasets[name])
            zfs_fail(`cannot create '${name}': pool already exists`);
        const disks = vdevs.filter((v) => !['mirror', 'raidz', 'raidz1', 'raidz2', 'raidz3', 'stripe', 'log', 'cache', 'spare'].includes(v));
        let size = 0;
        for (const d of disks) {
            const disk = findDisk(d);
            if (!disk)
                zfs_fail(`cannot open '${d}': no such device in /dev\nmust be a full path or shorthand device name`);
            const inPool = Object.values(node.zpools).find((p) => p.vdevs.includes(disk.path));
            if (inPool)
                zfs_fail(`invalid vdev specification\nuse '-f' to override the following errors:\n${disk.path} is part of active pool '${inPool.name}'`);
            if (disk.hasData && !o.flags.has('f'))
                zfs_fail(`invalid vdev specification\nuse '-f' to override the following errors:\n${disk.path} contains a filesystem of type 'ext4'`);
            size =
                vdevs[0] === 'mirror'
                    ? size === 0
                        ? disk.sizeBytes
                        : Math.min(size, disk.sizeBytes)
                    : size + disk.sizeBytes;
        }
        for (const d of disks)
            findDisk(d).hasData = true;
        node.zpools[name] = {
            name,
            vdevs: vdevs.map((v) => node.disks.find((x) => x.path === `/dev/${v}`)?.path ?? v),
            sizeBytes: size,
            properties: props(o.values.o),
            health: 'ONLINE',
        };
        node.datasets[name] = {
            name,
            type: 'filesystem',
            properties: { ...props(o.values.O), ...(o.values.m ? { mountpoint: o.values.m[0] } : {}) },
            usedBytes: 98304,
        };
        return;
    }
    if (sub === 'destroy') {
        const o = getopt(rest, '');
        const n = o.rest[0];
        if (!node.zpools[n])
            zfs_fail(`cannot open '${n}': no such pool`);
        for (const k of Object.keys(node.datasets))
            if (k === n || k.startsWith(n + '/'))
                delete node.datasets[k];
        delete node.zpools[n];
        return;
    }
    zfs_fail(`unrecognized command '${sub ?? ''}'\nusage: zpool command args ...`, 2);
}
function registerZfs() {
    const readOnly = (args) => ['list', 'get', 'status'].includes(args[0] ?? '');
    registerSimProgram('zfs', {
        op: (a) => `zfs ${a[0] ?? ''}`.trim(),
        readOnly,
        run: (ctx) => zfs(ctx, ctx.rt.args),
    });
    registerSimProgram('zpool', {
        op: (a) => `zpool ${a[0] ?? ''}`.trim(),
        readOnly,
        run: (ctx) => zpool(ctx, ctx.rt.args),
    });
}

;// CONCATENATED MODULE: ./src/sim/programs/index.ts
/**
 * Registers every simulated host program: the guest and storage CLIs (`pct`, `qm`, `pvesh`,
 * `pveam`, `pvesm`, `pveum`, `zfs`, `vzdump`), the file commands (`grep`, `tee`, `cat`, ...) and the
 * programs setup-hypervisor runs. Idempotent; the simulator's index and the shim writer call it.
 */











let registered = false;
/** Registers the built-in programs (idempotent). */
function ensureSimPrograms() {
    if (registered)
        return;
    registered = true;
    registerPct();
    registerQm();
    registerPvesh();
    registerPveam();
    registerPvesm();
    registerPveum();
    registerZfs();
    registerVzdump();
    registerFilePrograms();
    registerFindProgram();
    registerHostSetupPrograms();
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/fresh-host.ts
const fresh_host_text = (s) => ({ data: Buffer.from(s, 'utf8').toString('base64') });
function seedHypervisorHost(state, seed = {}) {
    const node = state.nodes[state.localNode];
    if (!node)
        throw new Error(`the simulator state has no node ${state.localNode}`);
    const name = node.name;
    const vmbr0 = node.network.find((n) => n.iface === 'vmbr0');
    const cidr = seed.address ?? vmbr0?.cidr ?? '192.168.1.10/24';
    const gateway = seed.gateway ?? vmbr0?.gateway ?? '192.168.1.1';
    const ip = cidr.split('/')[0];
    if (vmbr0)
        Object.assign(vmbr0, { cidr, address: ip, netmask: cidr.split('/')[1], gateway });
    node.files['/etc/network/interfaces'] = fresh_host_text('auto lo\niface lo inet loopback\n\niface eno1 inet manual\n\n' +
        `auto vmbr0\niface vmbr0 inet static\n\taddress ${cidr}\n\tgateway ${gateway}\n` +
        '\tbridge-ports eno1\n\tbridge-stp off\n\tbridge-fd 0\n\nsource /etc/network/interfaces.d/*\n');
    node.files['/etc/hosts'] = fresh_host_text(`127.0.0.1 localhost.localdomain localhost\n${ip} ${name}.local ${name}\n`);
    const major = Number(state.pve.version.split('.')[0]);
    const codename = major >= 9 ? 'trixie' : 'bookworm';
    if (seed.enterpriseRepos ?? true) {
        if (major >= 9) {
            node.files['/etc/apt/sources.list.d/pve-enterprise.sources'] = fresh_host_text(`Types: deb\nURIs: https://enterprise.proxmox.com/debian/pve\nSuites: ${codename}\nComponents: pve-enterprise\nSigned-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n`);
            node.files['/etc/apt/sources.list.d/ceph.sources'] = fresh_host_text(`Types: deb\nURIs: https://enterprise.proxmox.com/debian/ceph-squid\nSuites: ${codename}\nComponents: enterprise\nSigned-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n`);
        }
        else {
            node.files['/etc/apt/sources.list.d/pve-enterprise.list'] = fresh_host_text(`deb https://enterprise.proxmox.com/debian/pve ${codename} pve-enterprise\n`);
            node.files['/etc/apt/sources.list.d/ceph.list'] = fresh_host_text(`deb https://enterprise.proxmox.com/debian/ceph-quincy ${codename} enterprise\n`);
        }
    }
    if ((seed.boot ?? 'grub') === 'grub')
        node.files['/etc/default/grub'] = fresh_host_text('GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\nGRUB_DISTRIBUTOR="Proxmox VE"\nGRUB_CMDLINE_LINUX_DEFAULT="quiet"\nGRUB_CMDLINE_LINUX=""\n');
    else
        node.files['/etc/kernel/cmdline'] = fresh_host_text('root=ZFS=rpool/ROOT/pve-1 boot=zfs\n');
    node.files['/sys/module/zfs/parameters/zfs_arc_max'] = fresh_host_text('0\n');
    for (const d of seed.disks ?? []) {
        if (node.disks.some((x) => x.path === d.path))
            continue;
        node.disks.push({ sizeBytes: 2000 * 1024 ** 3, model: 'SIM NVMe', hasData: false, ...d });
    }
    return state;
}

;// CONCATENATED MODULE: ./src/sim/hypervisor/host-shape.ts


const TiB = 1024 ** 4;
function shapeHost(state, shape) {
    seedHypervisorHost(state, {
        address: shape.address,
        gateway: shape.gateway,
        disks: shape.disks.map((d, i) => ({
            path: d.path,
            sizeBytes: d.sizeBytes ?? 2 * TiB,
            model: 'SIM NVMe',
            serial: `SIMBARE${String(i + 1).padStart(4, '0')}`,
            hasData: false,
        })),
    });
    const node = state.nodes[state.localNode];
    hostSetupOf(node).nvidia.gpus = shape.gpus;
    return state;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/sim/shims.ts
/**
 * Command shims: small `#!/bin/sh` executables named after the host commands (`pct`, `qm`,
 * `pvesh`, ..., `grep`, `tee`, `cat`, `find`, `flock`) that run `phoenix sim exec --state FILE -- PROG
 * "$@"`. With the shim folder first on PATH (e.g. an sshd's `SetEnv PATH=...`), an `ssh://`
 * target drives the simulator. `grep`/`tee`/`cat` only simulate the host paths the simulator
 * models (`find`: when a start point is one) and hand everything else to the real binaries. This module also holds the `sim exec`
 * side: reading stdin only when the command needs it, running real binaries, dropping the SSH
 * connection for `drop` faults.
 */







const SHIM_MARKER = '# phoenix-sim-shim';
function sq(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
function shimScript(prog, o) {
    const node = o.node ?? process.execPath;
    const nodeArg = o.simNode ? ` --node ${sq(o.simNode)}` : '';
    return (`#!/bin/sh\n${SHIM_MARKER} (${prog})\n` +
        `exec ${sq(node)} ${sq((0,external_node_path_.resolve)(o.entry))} sim exec --state ${sq((0,external_node_path_.resolve)(o.statePath))}${nodeArg} -- ${prog} "$@"\n`);
}
/** Writes one shim per simulated program; returns their names. */
function writeShims(o) {
    (0,external_node_fs_.mkdirSync)(o.outDir, { recursive: true });
    ensureSimPrograms();
    const names = simProgramNames();
    for (const prog of names) {
        const file = (0,external_node_path_.join)(o.outDir, prog);
        (0,external_node_fs_.writeFileSync)(file, shimScript(prog, o));
        (0,external_node_fs_.chmodSync)(file, 0o755);
    }
    return names;
}
const PASS_THROUGH = new Set(['grep', 'tee', 'cat', 'find']);
/**
 * File operands of grep/tee/cat (best effort: non-option words, grep's pattern excluded), and
 * find's start points (the words before its expression).
 */
function fileOperands(prog, args) {
    if (prog === 'find') {
        const start = args.findIndex((a) => a.startsWith('-') || a === '(' || a === '!');
        return [...(start < 0 ? args : args.slice(0, start))];
    }
    const words = [];
    let opts = true;
    let patternSeen = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (opts && a === '--') {
            opts = false;
            continue;
        }
        if (opts && a.startsWith('-') && a !== '-') {
            if (prog === 'grep' && (a === '-e' || a === '-f')) {
                patternSeen = true;
                i++;
            }
            continue;
        }
        if (prog === 'grep' && !patternSeen) {
            patternSeen = true;
            continue;
        }
        words.push(a);
    }
    return words;
}
/**
 * Should this command go to the real binary instead of the simulator? `extraSimulatedPaths` are
 * the caller's own simulated folders (as given to `runSimCommand`).
 */
function runsOnRealHost(argv, extraSimulatedPaths = []) {
    const prog = argv[0] ?? '';
    if (!PASS_THROUGH.has(prog))
        return false;
    const files = fileOperands(prog, argv.slice(1)).filter((f) => f !== '-');
    return files.length === 0 || !files.some((f) => isSimulatedPath(f, extraSimulatedPaths));
}
/** Does the command read its stdin? (Others must not wait for an input that never ends.) */
function needsStdin(argv) {
    const [prog, ...args] = argv;
    if (prog === 'tee')
        return true;
    if (prog === 'cat' || prog === 'grep') {
        const files = fileOperands(prog, args);
        return files.length === 0 || files.includes('-');
    }
    if (prog === 'pct' && args[0] === 'push')
        return args.includes('/dev/stdin') || args.includes('-');
    if (prog === 'qm' && args[0] === 'guest' && args[1] === 'exec')
        return args.some((a) => /^--?pass-stdin(=1|=yes|=true)?$/.test(a));
    // setup-hypervisor: passwords (chpasswd, smbpasswd -s) and profiles to check (apparmor_parser).
    if (prog === 'chpasswd' || prog === 'smbpasswd')
        return true;
    if (prog === 'apparmor_parser')
        return !args.some((a) => !a.startsWith('-'));
    if (prog === 'timeout') {
        const inner = timeoutInner(args);
        return inner !== undefined && needsStdin(inner);
    }
    if (prog === 'ssh') {
        // The hop's inner command (the last word) decides.
        const inner = args.length > 0 ? splitShellWords(args[args.length - 1]) : [];
        return typeof inner !== 'string' && inner.length > 0 && needsStdin(inner);
    }
    if (prog === 'flock') {
        const i = args.findIndex((a, idx) => idx > 0 && !args[idx - 1].startsWith('-w') && !a.startsWith('-'));
        return i >= 0 && needsStdin(args.slice(i + 1));
    }
    return false;
}
/** The real binary, skipping shims on PATH. */
function findRealBinary(prog, path = process.env.PATH ?? '') {
    for (const dir of [...path.split(external_node_path_.delimiter), '/usr/bin', '/bin', '/usr/sbin', '/sbin']) {
        if (!dir)
            continue;
        const file = (0,external_node_path_.join)(dir, prog);
        try {
            if (!(0,external_node_fs_.statSync)(file).isFile())
                continue;
            if ((0,external_node_fs_.readFileSync)(file).subarray(0, 200).includes(SHIM_MARKER))
                continue;
            return file;
        }
        catch {
            /* not there */
        }
    }
    return undefined;
}
/** Runs a real program with inherited stdio; resolves with its exit code. */
function execReal(argv) {
    const bin = findRealBinary(argv[0]);
    if (!bin) {
        process.stderr.write(`sh: 1: ${argv[0]}: not found\n`);
        return Promise.resolve(127);
    }
    return new Promise((done) => {
        const child = (0,external_node_child_process_.spawn)(bin, argv.slice(1), { stdio: 'inherit' });
        child.on('error', () => done(127));
        child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
    });
}
/** Runs a real program capturing its output (inner commands of `flock`). */
function captureReal(argv) {
    const bin = findRealBinary(argv[0]);
    if (!bin)
        return Promise.resolve({ exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0]}: not found\n` });
    return new Promise((done) => {
        const child = (0,external_node_child_process_.spawn)(bin, argv.slice(1), { stdio: ['inherit', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', () => done({ exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0]}: not found\n` }));
        child.on('close', (code) => done({
            exitCode: code ?? 1,
            stdout: Buffer.concat(out).toString(),
            stderr: Buffer.concat(err).toString(),
        }));
    });
}
function parentOf(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const m = /^\d+ \((.*)\) \S+ (\d+)/s.exec(stat);
        return m ? { comm: m[1], ppid: Number(m[2]) } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A `drop` fault in a shim: when running under sshd, kill the nearest sshd ancestor (the
 * connection's session process), so the client sees the connection go away; otherwise exit 255
 * like ssh does when the connection is lost.
 */
async function dropConnection(env) {
    if (env.SSH_CONNECTION && env.PHOENIX_SIM_DROP !== 'exit' && (0,external_node_fs_.existsSync)('/proc/self/stat')) {
        let pid = process.ppid;
        for (let depth = 0; depth < 8 && pid > 1; depth++) {
            const info = parentOf(pid);
            if (!info)
                break;
            if (info.comm.startsWith('sshd')) {
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    break;
                }
                await new Promise((r) => setTimeout(r, 2000));
                break;
            }
            pid = info.ppid;
        }
    }
    process.stderr.write('phoenix-sim: simulated connection drop\n');
    process.exit(255);
}

;// CONCATENATED MODULE: ./src/sim/index.ts
/**
 * The embedded Proxmox VE simulator's public API, the one module the rest of Phoenix imports:
 * `runSimCommand(store, argv, options)` executes a host command against the state file, the shim
 * functions serve it to other processes, `createInitialState` makes a fresh host. Importing this
 * module registers every simulated program. The simulator depends only on itself, the Proxmox
 * dialect (`src/dialect`) and `src/util`; what a caller knows about its own use of the host (its
 * lock and cache folders, the estate to seed) it passes in.
 */


ensureSimPrograms();










/***/ })

};
