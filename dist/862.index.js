export const id = 862;
export const ids = [862];
export const modules = {

/***/ 5862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSim: () => (/* binding */ runSim)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sim-seed/phoenix-paths.ts
/**
 * The places on a Proxmox host that are Phoenix's own, for the simulator: `phoenix sim exec`
 * passes them as `extraSimulatedPaths`, so the shims keep these files in the simulated host
 * instead of the machine the shims run on. Literal here (not imported from apply and hypervisor)
 * so that a shim call loads nothing but the simulator; test/sim/sim-boundary.test.ts checks that they
 * cover `APPLY_LOCK_FILE`, `APPLY_QUEUE_FILE` and `RUNFILE_DIR`.
 */
const PHOENIX_HOST_PATHS = [
    // The host-wide apply lock and its ticket queue (host/host-lock.ts).
    '/run/lock/phoenix',
    // Where setup-hypervisor downloads the NVIDIA runfile (hypervisor/steps/gpu.ts).
    '/var/cache/phoenix/',
];

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/commands/sim.ts
/**
 * `phoenix sim`: the embedded simulator's command line.
 *   sim init  --state FILE [--nodes a,b] [--shared-storage ID] [--pve-version V] [--from-config DIR] [--force]
 *                                       create a fresh state file (shaped like DIR's host), several
 *                                       nodes making one cluster
 *   sim node  --state FILE --name NODE [--online 0|1]                   show a node, take it down/up
 *   sim set   --state FILE [--latency P] [--faults JSON] [--agent-boot-ms N] [--exec-results JSON]
 *   sim shims --state FILE --out DIR [--entry FILE] [--node NAME]       write the command shims
 *   sim exec  --state FILE [--node NAME] -- PROG ARGS...                run one host command (shim entry)
 */





const USAGE = 'usage: phoenix sim init|set|node|shims|exec --state FILE ...\n' +
    '  sim init  --state FILE [--nodes a,b] [--shared-storage ID] [--pve-version V] [--from-config DIR] [--force]\n' +
    '  sim node  --state FILE --name NODE [--online 0|1]\n' +
    '  sim set   --state FILE [--latency zero|realistic[:SCALE]] [--faults JSON] [--agent-boot-ms N] [--exec-results JSON]\n' +
    '  sim shims --state FILE --out DIR [--entry FILE] [--node NAME]\n' +
    '  sim exec  --state FILE [--node NAME] -- PROG ARGS...\n';
function requireState(values, cwd) {
    const s = (0,args/* stringOpt */.rJ)(values, 'state');
    if (!s)
        throw new errors/* UserError */.y(`--state FILE is required\n${USAGE}`, 2);
    return (0,external_node_path_.resolve)(cwd, s);
}
function parseJsonOpt(name, text) {
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UserError */.y(`--${name} is not valid JSON: ${err.message}`, 2);
    }
}
async function readStdin() {
    const chunks = [];
    for await (const c of process.stdin)
        chunks.push(c);
    return Buffer.concat(chunks);
}
/** `sim init --from-config DIR`: a bare host shaped like the one DIR describes. */
async function initFromConfig(io, path, dir, nodes, pveVersion) {
    if (!(0,external_node_fs_.existsSync)(dir))
        throw new errors/* UserError */.y(`--from-config: ${dir} does not exist`, 2);
    const { hostStateFromConfig } = await Promise.all(/* import() */[__webpack_require__.e(421), __webpack_require__.e(71), __webpack_require__.e(522), __webpack_require__.e(494), __webpack_require__.e(37), __webpack_require__.e(537)]).then(__webpack_require__.bind(__webpack_require__, 5537));
    const { SimStore } = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(37)]).then(__webpack_require__.bind(__webpack_require__, 13037));
    const built = await hostStateFromConfig(dir, { nodes, pveVersion });
    for (const p of built.problems)
        io.stderr(`warning: ${p}\n`);
    await new SimStore(path).update((s) => {
        for (const k of Object.keys(s))
            delete s[k];
        Object.assign(s, built.state);
    });
    const { shape } = built;
    const bridge = shape.address ? `vmbr0 ${shape.address}` : 'vmbr0 (installer address)';
    io.stdout(`created ${path}: a bare PVE ${built.state.pve.version} host, ${bridge}, ` +
        `${shape.disks.length} blank disk${shape.disks.length === 1 ? '' : 's'}, ${shape.gpus} GPU${shape.gpus === 1 ? '' : 's'}\n` +
        shape.disks.map((d) => `  disk ${d.path}\n`).join('') +
        `next: phoenix setup-hypervisor --config-dir ${dir} --target sim:${path}\n`);
    return 0;
}
/** `--shared-storage ID[,ID]`: NFS storages every node mounts, for guests that may move. */
function sharedStorages(text) {
    if (text === undefined)
        return [];
    return text.split(',').map((id) => {
        if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]$/i.test(id))
            throw new errors/* UserError */.y(`--shared-storage: '${id}' is not a storage ID (letters, digits, - _ .)`, 2);
        if (id === 'local' || id === 'local-lvm')
            throw new errors/* UserError */.y(`--shared-storage: '${id}' is a node-local storage of every node`, 2);
        return {
            id,
            type: 'nfs',
            content: ['images', 'rootdir', 'iso', 'vztmpl'],
            shared: true,
            options: { server: '192.168.1.5', export: `/srv/${id}`, path: `/mnt/pve/${id}` },
            totalBytes: 4 * 1024 ** 4,
        };
    });
}
/** `sim node --name NODE [--online 0|1]`: a node's state, or take it down or up. */
async function simNode(io, rest) {
    const { values } = (0,args/* parseCommandArgs */.Qx)('sim node', rest);
    const path = requireState(values, io.cwd);
    const name = (0,args/* stringOpt */.rJ)(values, 'name');
    if (!name)
        throw new errors/* UserError */.y(`--name NODE is required\n${USAGE}`, 2);
    const online = (0,args/* stringOpt */.rJ)(values, 'online');
    if (online !== undefined && online !== '0' && online !== '1')
        throw new errors/* UserError */.y(`--online must be 0 or 1, got '${online}'`, 2);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.y(`${path} does not exist (make it with phoenix sim init)`, 2);
    const { SimStore, nodeAddress } = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(37)]).then(__webpack_require__.bind(__webpack_require__, 13037));
    const store = new SimStore(path);
    const line = await store.update((s) => {
        const node = s.nodes[name];
        if (!node)
            throw new errors/* UserError */.y(`no node '${name}' in ${path} (nodes: ${Object.keys(s.nodes).join(', ')})`, 2);
        if (online !== undefined)
            node.online = online === '1';
        return `${name} ${node.online ? 'online' : 'offline'} ${nodeAddress(s, name)}\n`;
    });
    await store.flush();
    io.stdout(line);
    return 0;
}
async function runSim(argv, io) {
    const [sub, ...rest] = argv;
    const sim = await Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(37)]).then(__webpack_require__.bind(__webpack_require__, 13037));
    if (sub === 'exec') {
        const sep = rest.indexOf('--');
        if (sep < 0 || sep === rest.length - 1)
            throw new errors/* UserError */.y(`sim exec needs -- PROG ARGS...\n${USAGE}`, 2);
        const { values } = (0,args/* parseCommandArgs */.Qx)('sim exec', rest.slice(0, sep));
        const command = rest.slice(sep + 1);
        if (sim.runsOnRealHost(command, PHOENIX_HOST_PATHS))
            return sim.execReal(command);
        const store = new sim.SimStore(requireState(values, io.cwd));
        const stdin = sim.needsStdin(command) ? await readStdin() : undefined;
        const r = await sim.runSimCommand(store, command, {
            stdin,
            env: io.env,
            node: (0,args/* stringOpt */.rJ)(values, 'node'),
            realFs: true,
            extraSimulatedPaths: PHOENIX_HOST_PATHS,
            onDrop: () => sim.dropConnection(io.env),
            runExternal: sim.captureReal,
        });
        io.stdout(r.stdout);
        io.stderr(r.stderr);
        return r.exitCode;
    }
    if (sub === 'shims') {
        const { values } = (0,args/* parseCommandArgs */.Qx)('sim shims', rest);
        const out = (0,args/* stringOpt */.rJ)(values, 'out');
        if (!out)
            throw new errors/* UserError */.y(`--out DIR is required\n${USAGE}`, 2);
        const entry = (0,args/* stringOpt */.rJ)(values, 'entry') ?? process.argv[1];
        if (!entry || !(0,external_node_fs_.existsSync)(entry))
            throw new errors/* UserError */.y(`cannot find the phoenix entry script (give --entry FILE)`, 2);
        const names = sim.writeShims({
            statePath: requireState(values, io.cwd),
            outDir: (0,external_node_path_.resolve)(io.cwd, out),
            entry: (0,external_node_path_.resolve)(io.cwd, entry),
            simNode: (0,args/* stringOpt */.rJ)(values, 'node'),
        });
        io.stdout(`wrote ${names.length} shims to ${(0,external_node_path_.resolve)(io.cwd, out)}: ${names.join(' ')}\n`);
        return 0;
    }
    if (sub === 'init') {
        const { values } = (0,args/* parseCommandArgs */.Qx)('sim init', rest);
        const path = requireState(values, io.cwd);
        if ((0,external_node_fs_.existsSync)(path)) {
            if (!values.force)
                throw new errors/* UserError */.y(`${path} exists (use --force to replace it)`, 2);
            (0,external_node_fs_.rmSync)(path);
        }
        const version = (0,args/* stringOpt */.rJ)(values, 'pve-version');
        if (version !== undefined && !/^[89]\.\d+(\.\d+)?$/.test(version))
            throw new errors/* UserError */.y(`--pve-version must look like 9.1.2 or 8.4.1, got '${version}'`, 2);
        const nodes = (0,args/* stringOpt */.rJ)(values, 'nodes')?.split(',').filter(Boolean);
        const fromConfig = (0,args/* stringOpt */.rJ)(values, 'from-config');
        if (fromConfig !== undefined)
            return initFromConfig(io, path, (0,external_node_path_.resolve)(io.cwd, fromConfig), nodes, version);
        const shared = sharedStorages((0,args/* stringOpt */.rJ)(values, 'shared-storage'));
        const store = new sim.SimStore(path, { initial: { nodes, pveVersion: version, storages: shared } });
        const state = await store.read();
        const names = Object.keys(state.nodes);
        io.stdout(names.length > 1
            ? `created ${path}: cluster of ${names.join(', ')}${shared.length ? `, shared storage ${shared.map((x) => x.id).join(', ')}` : ''}\n`
            : `created ${path}\n`);
        return 0;
    }
    if (sub === 'node')
        return simNode(io, rest);
    if (sub === 'set') {
        const { values } = (0,args/* parseCommandArgs */.Qx)('sim set', rest);
        let latency;
        try {
            latency = sim.parseLatencyEnv((0,args/* stringOpt */.rJ)(values, 'latency'));
        }
        catch (err) {
            throw new errors/* UserError */.y(err.message.replace('PHOENIX_SIM_LATENCY', '--latency'), 2);
        }
        const faults = parseJsonOpt('faults', (0,args/* stringOpt */.rJ)(values, 'faults'));
        const execResults = parseJsonOpt('exec-results', (0,args/* stringOpt */.rJ)(values, 'exec-results'));
        const boot = (0,args/* stringOpt */.rJ)(values, 'agent-boot-ms');
        if (boot !== undefined && !/^\d+$/.test(boot))
            throw new errors/* UserError */.y(`--agent-boot-ms must be a whole number`, 2);
        const store = new sim.SimStore(requireState(values, io.cwd));
        await store.update((s) => {
            if (latency)
                s.settings.latency = latency;
            if (faults !== undefined)
                s.settings.faults = (Array.isArray(faults) ? faults : [faults]);
            if (execResults !== undefined)
                s.settings.execResults = (Array.isArray(execResults) ? execResults : [execResults]);
            if (boot !== undefined)
                s.settings.agentBootMs = Number(boot);
        });
        await store.flush();
        return 0;
    }
    if (sub === 'show') {
        const { values } = (0,args/* parseCommandArgs */.Qx)('sim show', rest);
        const path = requireState(values, io.cwd);
        if (!(0,external_node_fs_.existsSync)(path))
            (0,external_node_fs_.readFileSync)(path, 'utf8'); // the same error as ever for a missing file
        // Through the store: the state file's journal may hold changes not yet folded into it.
        io.stdout(JSON.stringify(await new sim.SimStore(path).read()) + '\n');
        return 0;
    }
    io.stderr(USAGE);
    return 2;
}


/***/ })

};
