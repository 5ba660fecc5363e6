export const id = 892;
export const ids = [892];
export const modules = {

/***/ 75892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(90419);
// EXTERNAL MODULE: ./src/config/script-inventory.ts
var script_inventory = __webpack_require__(76426);
// EXTERNAL MODULE: ./src/config/rules/report.ts
var report = __webpack_require__(39366);
// EXTERNAL MODULE: ./src/config/rules/scripts.ts
var rules_scripts = __webpack_require__(66382);
;// CONCATENATED MODULE: ./src/config/script-stubs.ts


const FOLDER = { feature: 'features', app: 'apps', test: 'tests' };
/** The scripts `guests` and the hypervisor file name that `scripts` lacks, in the order first named. */
function missingScripts(guests, hypervisor, scripts) {
    const out = new Map();
    const need = (kind, written, user) => {
        const p = (0,rules_scripts/* scriptPath */.VA)(written);
        if (!p.ok)
            return; // validate reports it; no stub outside the folder
        const rel = kind === 'feature' ? `${p.path}.sh` : p.path;
        if (scripts[FOLDER[kind]].has(rel))
            return;
        const path = `${FOLDER[kind]}/${rel}`;
        const seen = out.get(path);
        if (!seen)
            out.set(path, { kind, name: p.path, users: [user] });
        else if (!seen.users.includes(user))
            seen.users.push(user);
    };
    for (const g of guests) {
        const user = (0,report/* guestLabel */.dv)(g);
        if (Array.isArray(g.raw.features))
            for (const f of g.raw.features)
                if (typeof f === 'string')
                    need('feature', f, user);
        if (typeof g.raw.application_script === 'string')
            need('app', g.raw.application_script, user);
        for (const t of g.tests)
            need('test', t.path, user);
    }
    if ((0,report/* isObj */.sA)(hypervisor) && (0,report/* isObj */.sA)(hypervisor.tests))
        for (const list of Object.values(hypervisor.tests))
            if (Array.isArray(list))
                for (const t of list)
                    if ((0,report/* isObj */.sA)(t) && typeof t.path === 'string')
                        need('test', t.path, 'the hypervisor');
    return [...out].map(([path, s]) => ({ path, ...s }));
}
/** `text` as `#` comment lines of at most 100 characters. */
function comment(text) {
    const lines = [];
    let line = '#';
    for (const w of text.split(' ')) {
        if (line.length + w.length + 1 > 100 && line !== '#') {
            lines.push(line);
            line = '#';
        }
        line += ` ${w}`;
    }
    lines.push(line);
    return lines;
}
/** The stub's text: bash, strict mode, and who runs it with what. */
function stubText(s) {
    const users = s.users.join(', ');
    const what = s.kind === 'feature'
        ? `Feature '${s.name}' of ${users}: phoenix apply runs it inside each of these guests, as root, after the features listed before it.`
        : s.kind === 'app'
            ? `Application script '${s.name}' of ${users}: phoenix apply runs it inside the guest, as root, after all its features.`
            : s.users.length === 1 && s.users[0] === 'the hypervisor'
                ? `Test '${s.name}' of the hypervisor: a post-deployment test run on the Proxmox host; exit 0 means pass.`
                : `Test '${s.name}' of ${users}: a post-deployment test run inside the guest, as root; exit 0 means pass.`;
    const how = s.kind === 'test' && s.users.length === 1 && s.users[0] === 'the hypervisor'
        ? 'Called as `bash <this file>` with no arguments; $PHOENIX_GUEST_CONFIG names a JSON file with the hypervisor config.'
        : 'Called as `bash <this file> ID`: $1 is the CTID or VMID, the files of config/lib/ sit beside this one, and $PHOENIX_GUEST_CONFIG names a JSON file with the guest\'s config object plus "id" and "kind" (see config/README.md). Read it with jq.';
    return [
        '#!/bin/bash',
        ...comment(what),
        ...comment(how),
        '# It must be idempotent: Phoenix runs it again on later applies.',
        '# Stub written by `phoenix init --scripts`: replace the line below with the real work.',
        'set -euo pipefail',
        '',
        `echo "${s.path}: stub, nothing done yet"`,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/model/resolve.ts + 1 modules
var resolve = __webpack_require__(89908);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/config/schemas.ts + 3 modules
var schemas = __webpack_require__(33040);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/init/starter-config.ts
/**
 * What `phoenix init` writes into `config/` of a starter repository: the three config files (each
 * pointing at its schema in `schemas/`), a small estate (a container template, a Docker container
 * cloned from it with an application script and a test, an empty VM list), and the example
 * feature, application and test scripts it names. The host part uses placeholder disks and the
 * address of a typical home network: the operator edits them to match the machine.
 */

const schemaRef = (file) => `../schemas/${file}`;
const STARTER_HYPERVISOR = {
    $schema: schemaRef(schemas/* SCHEMA_FILES */.cU.hypervisor),
    version: '1.0.0',
    timezone: 'Etc/UTC',
    ntp_servers: ['0.pool.ntp.org', '1.pool.ntp.org'],
    network: {
        interfaces: {
            name: 'vmbr0',
            address: '192.168.1.10/24',
            gateway: '192.168.1.1',
            bridge_ports: 'eno1',
        },
    },
    zfs: {
        pools: [
            {
                name: 'tank',
                raid_level: 'mirror',
                disks: [
                    '/dev/disk/by-id/nvme-REPLACE_WITH_DISK_1_2TB',
                    '/dev/disk/by-id/nvme-REPLACE_WITH_DISK_2_2TB',
                ],
            },
        ],
        datasets: [
            {
                name: 'guests',
                pool: 'tank',
                properties: 'compression=lz4,recordsize=16K',
                proxmox_storage_type: 'zfspool',
                proxmox_content_type: 'images,rootdir',
            },
        ],
    },
};
const network = (ip, mac) => ({
    network_config: { name: 'eth0', bridge: 'vmbr0', ip, gw: '192.168.1.1', nameservers: '192.168.1.1' },
    mac_address: mac,
});
const STARTER_LXC = {
    $schema: schemaRef(schemas/* SCHEMA_FILES */.cU.lxc),
    lxc_configs: {
        '900': {
            name: 'Template-Base',
            template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
            template_snapshot_name: 'pre-configured',
            memory_mb: 2048,
            cores: 2,
            storage_pool: 'tank-guests',
            storage_size_gb: 16,
            unprivileged: true,
            ...network('192.168.1.200/24', '52:54:00:A0:09:00'),
            gpu_assignment: 'none',
            features: ['base_setup'],
        },
        '950': {
            name: 'docker-01',
            clone_from_ctid: '900',
            memory_mb: 4096,
            cores: 2,
            storage_pool: 'tank-guests',
            storage_size_gb: 32,
            unprivileged: true,
            ...network('192.168.1.50/24', '52:54:00:A0:09:50'),
            gpu_assignment: 'none',
            pct_options: ['nesting=1', 'keyctl=1'],
            features: ['docker'],
            application_script: 'hello.sh',
            health_check: { command: 'test -f /etc/phoenix-hello', retries: 3, interval: 5 },
            tests: {
                integration_tests: [{ name: 'Docker answers', type: 'script', path: 'docker/check_docker.sh' }],
            },
        },
    },
};
const STARTER_VM = {
    $schema: schemaRef(schemas/* SCHEMA_FILES */.cU.vm),
    vm_defaults: {
        cores: 2,
        memory_mb: 4096,
        disk_size_gb: 32,
        storage_pool: 'tank-guests',
        network_bridge: 'vmbr0',
    },
    vms: [],
};
const script = (lines) => ['#!/bin/bash', ...lines, ''].join('\n');
/** Example scripts, by path inside `config/`. */
const STARTER_SCRIPTS = {
    'features/base_setup.sh': script([
        '# Feature base_setup: the tools every guest and the other scripts rely on (jq reads',
        '# $PHOENIX_GUEST_CONFIG). Runs as root inside the guest, as `bash <this file>`; idempotent.',
        'set -euo pipefail',
        'export DEBIAN_FRONTEND=noninteractive',
        'if ! command -v jq >/dev/null || ! command -v curl >/dev/null; then',
        '  apt-get update -q',
        '  apt-get install -y -q --no-install-recommends ca-certificates curl jq',
        'fi',
    ]),
    'features/docker.sh': script([
        "# Feature docker: Docker Engine from the distribution's packages. The container needs",
        '# nesting=1 and keyctl=1 (pct_options). Runs as root inside the guest; idempotent.',
        'set -euo pipefail',
        'export DEBIAN_FRONTEND=noninteractive',
        'if ! command -v docker >/dev/null; then',
        '  apt-get update -q',
        '  apt-get install -y -q docker.io',
        'fi',
        'systemctl enable --now docker',
    ]),
    'apps/hello.sh': script([
        "# Application hello.sh: writes the guest's name and ID to /etc/phoenix-hello (the health",
        '# check looks for it). Runs as root inside the guest after its features; idempotent.',
        'set -euo pipefail',
        'name=$(jq -r \'.name\' "$PHOENIX_GUEST_CONFIG")',
        'id=$(jq -r \'.id\' "$PHOENIX_GUEST_CONFIG")',
        'echo "hello from ${name} (${id})" >/etc/phoenix-hello',
    ]),
    'tests/docker/check_docker.sh': script([
        '# Test: the Docker daemon is running. Runs inside the guest after the health check;',
        '# exit 0 means pass.',
        'set -euo pipefail',
        'systemctl is-active --quiet docker',
        "docker info --format '{{.ServerVersion}}'",
    ]),
};

;// CONCATENATED MODULE: ./src/cli/init/starter-repo.ts
/**
 * The files of a starter repository (`phoenix init [DIR]`): the config files and example scripts
 * (starter-config.ts), the three JSON Schemas they point at, the workflows of this release with
 * their actions pinned to it, and the actionlint config that declares the runner label. Pure:
 * the workflow texts come in, the files go out.
 */



/** The workflows a repository of the operator's gets (ci.yml is Phoenix's own). */
const STARTER_WORKFLOWS = [
    'validate.yml',
    'plan.yml',
    'apply.yml',
    'drift.yml',
    'setup-hypervisor.yml',
];
const PIN_NOTE = '# Pinned to the Phoenix release `phoenix init` came from. On the self-hosted runner, pin the\n' +
    "# release's commit SHA instead, with the version as a comment (Phoenix's docs/releasing.md).";
/**
 * A workflow of this repository as another repository uses it: `./actions/X` (and the plan's
 * trusted checkout of `./.phoenix-trusted/actions/plan`) become `<repo>/actions/X@v<version>`.
 * A pinned release is not the pull request's code, so the plan needs no trusted checkout.
 */
function pinWorkflow(name, text, repo, version) {
    const ref = `v${version}`;
    let out = text.replace(/^([ \t]*)# In another repository, pin a release[^\n]*\n(?:\1#[^\n]*\n)*/gm, (_m, indent) => PIN_NOTE.replace(/^/gm, indent) + '\n');
    // The plan's checkout of the base branch, and the step that guards its folder.
    out = out.replace(/^[ \t]*# The action code comes from the base branch[\s\S]*?path: \.phoenix-trusted\n[ \t]*persist-credentials: false\n/m, '');
    out = out.replace(/The action code is the base branch's\n# \(checked out into \.phoenix-trusted\); the pull request's checkout is only read/, "The action is a pinned Phoenix\n# release; the pull request's checkout is only read");
    out = out.replace(/uses: \.\/(?:\.phoenix-trusted\/)?actions\/([a-z-]+)\s*$/gm, (_m, action) => `uses: ${repo}/actions/${action}@${ref}`);
    if (/\.\/actions\/|\.phoenix-trusted/.test(out))
        throw new Error(`workflow ${name}: a local action reference is left after pinning`);
    return `# From Phoenix ${ref} (phoenix init): its .github/workflows/${name}, actions pinned to ${ref}.\n${out}`;
}
const json = (v) => JSON.stringify(v, null, 2) + '\n';
function starterFiles(input) {
    const configs = [
        ['hypervisor', STARTER_HYPERVISOR],
        ['lxc', STARTER_LXC],
        ['vm', STARTER_VM],
    ];
    return [
        ...configs.map(([key, value]) => ({ path: `config/${types/* CONFIG_FILES */.n[key]}`, text: json(value) })),
        ...Object.entries(STARTER_SCRIPTS).map(([p, text]) => ({ path: `config/${p}`, text, executable: true })),
        ...configs.map(([key]) => ({ path: `schemas/${schemas/* SCHEMA_FILES */.cU[key]}`, text: json(schemas/* SCHEMAS */.H6[key]) })),
        ...STARTER_WORKFLOWS.map((w) => {
            const text = input.workflows[w];
            if (text === undefined)
                throw new Error(`the workflow ${w} of this release was not found`);
            return { path: `.github/workflows/${w}`, text: pinWorkflow(w, text, input.repo, input.version) };
        }),
        { path: '.github/actionlint.yaml', text: input.actionlintConfig },
    ];
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts
/**
 * `phoenix init [DIR] [--repo OWNER/NAME] [--force]`: a starter repository in DIR (default: the
 * current folder). `phoenix init --scripts [--config-dir DIR]`: a stub for every feature,
 * application and test script the config names that does not exist. Neither replaces an
 * existing file unless --force; both print what they wrote.
 */










/** The Phoenix checkout or package this command runs from (it holds .github/workflows/). */
function phoenixRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.github', 'workflows', 'validate.yml')) &&
            (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'package.json')))
            return dir;
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            throw new errors/* UserError */.y("phoenix init: cannot find this release's .github/workflows (run phoenix from its repository or package)", 1);
        dir = up;
    }
}
/** Writes `files` under `root`; refuses before writing anything when one exists (unless force). */
function writeAll(io, root, files, force) {
    const existing = files.filter((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f.path)));
    if (existing.length > 0 && !force)
        throw new errors/* UserError */.y(`phoenix init: ${existing.length} file(s) exist already, nothing written (use --force to replace them):\n` +
            existing.map((f) => `  ${(0,external_node_path_.join)(root, f.path)}\n`).join(''), 1);
    for (const f of files) {
        const path = (0,external_node_path_.join)(root, f.path);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, f.text);
        if (f.executable)
            (0,external_node_fs_.chmodSync)(path, 0o755);
        const shown = (0,external_node_path_.relative)(io.cwd, path);
        io.stdout(`${existing.includes(f) ? 'replaced' : 'wrote'} ${shown.startsWith('..') ? path : shown}\n`);
    }
}
async function initScripts(io, configDir, force) {
    if (!(0,external_node_fs_.existsSync)(configDir))
        throw new errors/* UserError */.y(`phoenix init --scripts: ${configDir} does not exist`, 2);
    const [loaded, inventory] = await Promise.all([(0,load/* loadConfigDir */.m)(configDir), (0,script_inventory/* inventoryScripts */.x)(configDir)]);
    const hypervisor = loaded.sources.hypervisor?.value;
    const desired = (0,resolve/* resolveDesiredState */.kf)({
        lxc: loaded.sources.lxc?.value,
        vm: loaded.sources.vm?.value,
        hypervisor,
    });
    const stubs = missingScripts(desired.guests, hypervisor, inventory);
    if (stubs.length === 0) {
        io.stdout(`every script the config in ${configDir} names exists; nothing to write\n`);
        return 0;
    }
    writeAll(io, configDir, stubs.map((s) => ({ path: s.path, text: stubText(s), executable: true })), force);
    io.stdout(`${stubs.length} stub(s) written; replace each with the real work\n`);
    return 0;
}
async function runInit(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Qx)('init', argv);
    if (positionals.length > 1)
        throw new errors/* UserError */.y(`phoenix init takes one DIR, got ${positionals.join(' ')}`, 2);
    const dir = (0,external_node_path_.resolve)(io.cwd, positionals[0] ?? '.');
    const force = values.force === true;
    if (values.scripts === true) {
        const configDir = (0,args/* stringOpt */.rJ)(values, 'config-dir');
        return initScripts(io, configDir ? (0,external_node_path_.resolve)(io.cwd, configDir) : (0,external_node_path_.join)(dir, 'config'), force);
    }
    const repo = (0,args/* stringOpt */.rJ)(values, 'repo');
    if (!/^(?:[A-Za-z0-9_.-]+|<owner>)\/[A-Za-z0-9_.-]+$/.test(repo))
        throw new errors/* UserError */.y(`--repo must look like OWNER/NAME, got '${repo}'`, 2);
    const root = phoenixRoot();
    const read = (p) => (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, p), 'utf8');
    const version = JSON.parse(read('package.json')).version;
    const files = starterFiles({
        workflows: Object.fromEntries(STARTER_WORKFLOWS.map((w) => [w, read(`.github/workflows/${w}`)])),
        actionlintConfig: read('.github/actionlint.yaml'),
        repo,
        version,
    });
    writeAll(io, dir, files, force);
    io.stdout(`\nA starter repository for Phoenix v${version} in ${dir}. Next:\n` +
        `  edit config/phoenix_hypervisor_config.json: the disks, vmbr0's address, the guests' IPs\n` +
        `  phoenix validate --config-dir ${(0,external_node_path_.join)(dir, 'config')}\n` +
        `  phoenix sim init --state host.json --from-config ${(0,external_node_path_.join)(dir, 'config')}   (rehearse on the simulator)\n` +
        (repo.startsWith('<owner>/')
            ? `  the workflows use ${repo}: give --repo OWNER/NAME (the Phoenix repository you use) or edit their uses: lines\n`
            : ''));
    return 0;
}


/***/ })

};
