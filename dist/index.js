#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ intOpt),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   rJ: () => (/* binding */ stringOpt),
/* harmony export */   s: () => (/* binding */ HelpRequested),
/* harmony export */   sS: () => (/* binding */ listOpt)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(70017);
/* harmony import */ var _command_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(79563);
/* harmony import */ var _command_specs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(86190);
/**
 * The argument parser: node:util parseArgs over a command's declarations (command-specs.ts), so
 * every option it accepts has its line of help. Parse failures become usage errors (exit 2) that
 * name the command's help.
 */




/** Thrown when `--help` / `-h` is given; main prints the help and exits 0. */
class HelpRequested extends Error {
    spec;
    constructor(spec) {
        super(`help for phoenix ${spec.name}`);
        this.spec = spec;
    }
}
function toParseArgs(decls) {
    const out = {};
    for (const [name, d] of Object.entries(decls)) {
        out[name] = {
            type: d.type,
            ...(d.multiple ? { multiple: true } : {}),
            ...(d.short ? { short: d.short } : {}),
            ...(d.default !== undefined ? { default: d.multiple ? [d.default] : d.default } : {}),
        };
    }
    return out;
}
/**
 * Parses `argv` for `command` (`plan`, `gh plan`) by its declaration. `options`, when a caller
 * still passes its own, must all be declared: an undeclared one is a programming error.
 * A command with no declaration (registered at run time, e.g. by a test) parses by `options`.
 */
function parseCommandArgs(command, argv, options, allowPositionals = false) {
    const spec = (0,_command_specs_js__WEBPACK_IMPORTED_MODULE_3__/* .findSpec */ .v)(command);
    let config;
    let positionals = allowPositionals;
    if (spec) {
        for (const name of Object.keys(options ?? {})) {
            if (!Object.hasOwn(spec.options, name))
                throw new Error(`phoenix ${command}: option --${name} is parsed but not declared (add it with its help line to the command's entry in src/cli/specs/)`);
        }
        config = toParseArgs((0,_command_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .allOptions */ .AM)(spec));
        positionals = spec.positionals ?? false;
    }
    else {
        if (!options)
            throw new Error(`phoenix ${command}: no declaration of its options`);
        config = options;
    }
    let parsed;
    try {
        const r = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: config, allowPositionals: positionals, strict: true });
        parsed = { values: r.values, positionals: r.positionals };
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`phoenix ${command}: ${err.message}\nRun 'phoenix ${command} --help' for its options.`, 2);
    }
    if (spec && parsed.values.help === true)
        throw new HelpRequested(spec);
    return parsed;
}
function stringOpt(values, name) {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
}
/** A repeatable option whose values may also be comma-separated: `--only a,b --only c`. */
function listOpt(values, name) {
    const v = values[name];
    if (v === undefined)
        return undefined;
    const items = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim());
    return items.filter(Boolean);
}
function intOpt(values, name, min, max) {
    const v = stringOpt(values, name);
    if (v === undefined)
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--${name} must be an integer between ${min} and ${max}, got '${v}'`, 2);
    }
    return Number(v);
}


/***/ }),

/***/ 79563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ allOptions),
/* harmony export */   L: () => (/* binding */ optionHelp),
/* harmony export */   PA: () => (/* binding */ GLOBAL_OPTIONS),
/* harmony export */   ed: () => (/* binding */ optionLabel)
/* harmony export */ });
/**
 * What a command declares about itself: a one-line summary, its synopsis, every option (type,
 * default, value placeholder, one line of help) and examples. The argument parser (args.ts), the
 * help text (help.ts) and the README's CLI reference (scripts/gen-cli-reference.mjs) all read
 * these declarations, so an option cannot be parsed without being documented.
 */
/** Options every command takes. `--no-color` is read by the commands that colour their output. */
const GLOBAL_OPTIONS = {
    help: { type: 'boolean', short: 'h', help: 'show this help and exit' },
    'no-color': {
        type: 'boolean',
        help: 'no ANSI colour (also when NO_COLOR is set, or when output is not a terminal)',
    },
};
/** The declarations the parser uses for a command: its own and the global ones. */
function allOptions(spec) {
    return { ...spec.options, ...GLOBAL_OPTIONS };
}
/** `--config-dir DIR`, `-h, --help`, `--steps a,b (repeatable)`. */
function optionLabel(name, o) {
    const long = `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    return o.short ? `-${o.short}, ${long}` : long;
}
/** The help line of an option: its text, the default, and whether it may repeat. */
function optionHelp(o) {
    const extras = [];
    if (o.multiple)
        extras.push('repeatable');
    if (o.default !== undefined && o.default !== false)
        extras.push(`default: ${String(o.default)}`);
    return `${o.help}${extras.length ? ` (${extras.join('; ')})` : ''}`;
}


/***/ }),

/***/ 86190:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ COMMAND_SPECS),
  v: () => (/* binding */ findSpec)
});

// EXTERNAL MODULE: ./src/cli/specs/shared-options.ts
var shared_options = __nccwpck_require__(20779);
;// CONCATENATED MODULE: ./src/cli/specs/host-commands.ts

const YES_OPTION = {
    yes: {
        type: 'boolean',
        default: false,
        help: "approve without asking (needed without a terminal); on a terminal only 'yes' approves",
    },
};
const FORMAT_OPTION = {
    format: {
        type: 'string',
        value: 'text|markdown|json',
        default: 'text',
        help: 'what stdout shows: terminal text, the pull-request Markdown, or the JSON plan',
    },
};
const PLAN_SPEC = {
    name: 'plan',
    summary: 'show what apply would change',
    usage: '[--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR) [options]',
    options: {
        ...shared_options/* CONFIG_DIR_OPTION */.p6,
        ...shared_options/* TARGET_OPTIONS */.FG,
        ...shared_options/* AUDIT_OPTION */.my,
        state: {
            type: 'string',
            value: 'FILE',
            help: 'plan against a recorded state file (phoenix state --out)',
        },
        'base-config-dir': {
            type: 'string',
            value: 'DIR',
            help: 'plan against another config (e.g. the base branch), not a host',
        },
        ...FORMAT_OPTION,
        out: {
            type: 'string',
            value: 'FILE',
            help: 'also write the JSON plan file that apply --plan reads (whatever --format says)',
        },
        ...shared_options/* ONLY_OPTION */.Hl,
        ...shared_options/* DETAILED_EXITCODE_OPTION */.dc,
        'allow-rebuild': {
            type: 'boolean',
            default: false,
            help: 'allow destroying and recreating guests whose change Proxmox cannot make in place',
        },
        'allow-data-loss': {
            type: 'boolean',
            default: false,
            help: "allow steps that delete a volume's data (a vzdump backup is taken first)",
        },
        'allow-invalid': {
            type: 'boolean',
            default: false,
            help: 'plan a config that fails validation (its findings are still printed)',
        },
        sha: { type: 'string', value: 'SHA', help: 'the commit named in the Markdown header' },
    },
    examples: [
        { command: 'phoenix plan --target sim:.phoenix-sim/demo.json', what: 'plan against the simulator' },
        {
            command: 'phoenix plan --target ssh://root@pve --out plan.json',
            what: 'plan a real host and keep the plan file for apply --plan',
        },
        {
            command: "phoenix plan --target local --only 'ct/95*' --detailed-exitcode",
            what: 'plan containers 950-959 and what they need; exit 2 when something changes',
        },
    ],
    notes: [shared_options/* EXIT_CODES */.ai, 'With --detailed-exitcode: 0 no changes, 2 changes, 1 errors.'],
};
const APPLY_SPEC = {
    name: 'apply',
    summary: 'bring the host to the config',
    usage: '[--config-dir DIR] --target URL [options]',
    options: {
        ...shared_options/* CONFIG_DIR_OPTION */.p6,
        ...shared_options/* TARGET_OPTIONS */.FG,
        ...shared_options/* AUDIT_OPTION */.my,
        plan: {
            type: 'string',
            value: 'FILE',
            help: 'apply only if the fresh plan equals this reviewed plan file (plan --out)',
        },
        ...shared_options/* ONLY_OPTION */.Hl,
        concurrency: { type: 'string', value: 'N', default: '4', help: 'guests worked on at once (1-64)' },
        'state-out': { type: 'string', value: 'FILE', help: "write the host's state after apply to FILE" },
        'allow-rebuild': {
            type: 'boolean',
            default: false,
            help: 'allow destroying and recreating guests whose change Proxmox cannot make in place',
        },
        'allow-data-loss': {
            type: 'boolean',
            default: false,
            help: "allow steps that delete a volume's data (a vzdump backup is taken first)",
        },
        'keep-safety-snapshots': {
            type: 'string',
            value: 'N',
            default: '3',
            help: 'safety snapshots kept per guest (0-100)',
        },
        'lock-timeout': {
            type: 'string',
            value: 'S',
            default: '600',
            help: 'seconds to wait for the host-wide apply lock',
        },
        sha: { type: 'string', value: 'SHA', help: 'the commit recorded on the guests (default: GITHUB_SHA)' },
        yes: {
            type: 'boolean',
            default: false,
            help: "apply without asking (needed without a terminal); on a terminal only 'yes' approves",
        },
        'auto-approve': { type: 'boolean', default: false, help: 'the same as --yes (the Terraform spelling)' },
        'heartbeat-interval': {
            type: 'string',
            value: 'S',
            help: 'seconds between "still running" lines for a long step (0: none; default PHOENIX_HEARTBEAT_SEC, else 30)',
        },
    },
    examples: [
        { command: 'phoenix apply --target sim:.phoenix-sim/demo.json', what: 'show the plan, ask, apply' },
        {
            command: 'phoenix plan --target local --out plan.json && phoenix apply --target local --plan plan.json --yes',
            what: 'apply exactly the plan that was reviewed, without asking',
        },
        { command: 'phoenix apply --target local --only ct/955', what: 'apply CT 955 and what it needs' },
    ],
    notes: [
        "On a terminal apply prints the plan (volumes whose data would be lost included) and applies only after the answer 'yes'; nothing changes on the host before it, and the host lock is taken after it. Without a terminal --yes is needed, except in GitHub Actions with --plan FILE, where the reviewed plan is the approval.",
        'Progress: each step as it starts and ends, prefixed with its guest; a long step says it is still running every --heartbeat-interval seconds. A failed script shows its last 40 output lines. In GitHub Actions each guest also gets one log group with its full log once it ends.',
        'Every host command is bounded (seconds, by kind): PHOENIX_TIMEOUT_QUERY (read-only, default 120), PHOENIX_TIMEOUT_CHANGE (600), PHOENIX_TIMEOUT_LONG (clone, create, disk import, download: 3600), PHOENIX_TIMEOUT_SCRIPT (in-guest commands without their own bound: 3600). A command over its bound is stopped on the host and fails its step; only read-only ones are retried.',
        shared_options/* EXIT_CODES */.ai,
    ],
};
const DRIFT_SPEC = {
    name: 'drift',
    summary: 'check whether the host still matches the config (read-only)',
    usage: '[--config-dir DIR] --target URL [options]',
    options: {
        ...shared_options/* CONFIG_DIR_OPTION */.p6,
        ...shared_options/* TARGET_OPTIONS */.FG,
        ...shared_options/* AUDIT_OPTION */.my,
        ...FORMAT_OPTION,
        'state-dir': {
            type: 'string',
            value: 'DIR',
            help: "also record the host's state as phoenix-state.json in DIR",
        },
        'detailed-exitcode': {
            ...shared_options/* DETAILED_EXITCODE_OPTION */.dc['detailed-exitcode'],
            help: 'exit 0 when the host matches the config, 2 when it has drifted, 1 on errors',
        },
    },
    examples: [
        {
            command: 'phoenix drift --target ssh://root@pve --detailed-exitcode',
            what: 'exit 2 when the host has drifted from the config',
        },
    ],
    notes: [shared_options/* EXIT_CODES */.ai, 'With --detailed-exitcode: 0 no drift, 2 drift, 1 errors.'],
};
const ADOPT_SPEC = {
    name: 'adopt',
    summary: 'take over a guest Phoenix does not manage: print its config entry; --write adds it and tags the guest',
    usage: 'ADDR [--config-dir DIR] --target URL [--write] [--yes] [options]',
    positionals: true,
    options: {
        ...shared_options/* CONFIG_DIR_OPTION */.p6,
        ...shared_options/* TARGET_OPTIONS */.FG,
        ...shared_options/* AUDIT_OPTION */.my,
        write: {
            type: 'boolean',
            default: false,
            help: "add the entry to the config file (the rest of the file unchanged) and tag the guest 'phoenix'",
        },
        ...YES_OPTION,
    },
    examples: [
        {
            command: 'phoenix adopt ct/955 --target ssh://root@pve',
            what: 'print the entry and what the next plan would change',
        },
        {
            command: 'phoenix adopt vm/9001 --target ssh://root@pve --write',
            what: 'add it to phoenix_vm_configs.json and tag the VM, after confirmation',
        },
    ],
    notes: [
        'ADDR is ct/ID or vm/ID. The entry is derived from the live config; what the host does not record (the template the guest was made from, scripts, firewall) is listed to fill in.',
        'Exit codes: 0 done (or printed), 1 refused (already managed, in the config, or not approved), 2 usage or I/O error.',
    ],
};
const STATE_SPEC = {
    name: 'state',
    summary: "read a host's live state as JSON",
    usage: '--target URL [--out FILE]',
    options: {
        ...shared_options/* TARGET_OPTIONS */.FG,
        ...shared_options/* AUDIT_OPTION */.my,
        out: { type: 'string', value: 'FILE', help: 'write the state file to FILE instead of stdout' },
    },
    examples: [
        {
            command: 'phoenix state --target ssh://root@pve --out state.json',
            what: 'record the host, then plan offline with plan --state state.json',
        },
    ],
    notes: [shared_options/* EXIT_CODES */.ai],
};
const ROLLBACK_SPEC = {
    name: 'rollback',
    summary: 'restore a guest to a safety snapshot apply took',
    usage: 'ID --target URL [options]',
    positionals: true,
    options: {
        ...shared_options/* TARGET_OPTIONS */.FG,
        ...shared_options/* AUDIT_OPTION */.my,
        to: {
            type: 'string',
            value: 'SNAPSHOT',
            help: "the snapshot (default: the guest's newest phoenix-pre-*)",
        },
        'delete-newer': {
            type: 'boolean',
            default: false,
            help: "delete the snapshots newer than the one restored first (ZFS rolls back only to the newest); never a clone's source snapshot",
        },
        ...YES_OPTION,
        'lock-timeout': {
            type: 'string',
            value: 'S',
            default: '600',
            help: 'seconds to wait for the host-wide apply lock',
        },
    },
    examples: [{ command: 'phoenix rollback 950 --target local', what: 'undo the last apply on CT 950' }],
    notes: [
        'Shows what it will do (the snapshot, newer snapshots deleted or kept, snapshots clones were built from) and asks for yes on a terminal.',
        shared_options/* EXIT_CODES */.ai,
    ],
};
const UNLOCK_SPEC = {
    name: 'unlock',
    summary: 'show who holds the host-wide apply lock; release a claim whose process is gone',
    usage: '--target URL [options]',
    options: {
        ...shared_options/* TARGET_OPTIONS */.FG,
        force: {
            type: 'boolean',
            default: false,
            help: 'also release a claim whose holder may still run (another apply may then run alongside it)',
        },
        ...YES_OPTION,
    },
    examples: [
        {
            command: 'phoenix unlock --target ssh://root@pve',
            what: 'show the holder; release it if its process is gone',
        },
    ],
    notes: [
        'A claim from another machine cannot be checked; it ends when its lease (at most 120 s) is not renewed.',
        'Exit codes: 0 the lock is free, 1 a claim was kept (or not approved), 2 usage or I/O error.',
    ],
};
const SETUP_HYPERVISOR_SPEC = {
    name: 'setup-hypervisor',
    summary: 'bring the Proxmox host itself in line with phoenix_hypervisor_config.json',
    usage: '[--config-dir DIR] --target URL [options]',
    options: {
        ...shared_options/* CONFIG_DIR_OPTION */.p6,
        target: shared_options/* TARGET_OPTIONS */.FG.target,
        'dry-run': { type: 'boolean', default: false, help: 'show what would be done, change nothing' },
        node: {
            type: 'string',
            value: 'NAME',
            help: 'set up this cluster node only (default: every node cluster.nodes lists, else the connected one)',
        },
        steps: { type: 'string', multiple: true, value: 'a,b', help: 'run only these steps' },
        ...shared_options/* AUDIT_OPTION */.my,
        'confirm-destructive': {
            type: 'string',
            multiple: true,
            value: 'DISKS',
            help: 'allow the steps that wipe these disks',
        },
        format: { ...FORMAT_OPTION.format, help: 'the report: terminal text, Markdown or JSON' },
        'tokens-out': {
            type: 'string',
            value: 'FILE',
            help: 'write the secrets of newly created API tokens to FILE (shown only once by Proxmox)',
        },
    },
    examples: [
        { command: 'phoenix setup-hypervisor --target local --dry-run', what: 'see what setup would do' },
        {
            command: 'phoenix setup-hypervisor --target ssh://root@pve1 --node pve2',
            what: 'set up one node of a cluster from another',
        },
    ],
    notes: [
        shared_options/* EXIT_CODES */.ai,
        'On a cluster, users, groups, ACLs, tokens, the cluster firewall and storages are set once; ZFS, network, packages, NVIDIA, AppArmor and the other host steps run on each node (reached over SSH from the connected node), and the report names the node of each (`network@pve2`).',
        'Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD, password_env).',
    ],
};

;// CONCATENATED MODULE: ./src/cli/specs/tool-commands.ts

const VALIDATE_SPEC = {
    name: 'validate',
    summary: 'check the config files (schema and rules), each finding located',
    usage: '[--config-dir DIR] [--format text|json]',
    options: {
        ...shared_options/* CONFIG_DIR_OPTION */.p6,
        format: {
            type: 'string',
            value: 'text|json',
            default: 'text',
            help: 'FILE:LINE:COL: level: message [RULE] lines, or JSON',
        },
    },
    examples: [{ command: 'phoenix validate --config-dir config', what: 'check the example estate' }],
    notes: [shared_options/* EXIT_CODES */.ai, 'Warnings alone exit 0.'],
};
const DEMO_SPEC = {
    name: 'demo',
    summary: 'validate, plan and apply the config on the embedded simulator (what npm start runs)',
    usage: '[--config-dir DIR] [--state FILE] [--concurrency N]',
    options: {
        ...shared_options/* CONFIG_DIR_OPTION */.p6,
        state: {
            type: 'string',
            value: 'FILE',
            default: '.phoenix-sim/demo.json',
            help: "the simulated host's state file (replaced by a fresh host)",
        },
        concurrency: { type: 'string', value: 'N', default: '4', help: 'guests worked on at once (1-64)' },
    },
    examples: [{ command: 'phoenix demo', what: 'the whole journey in a few seconds' }],
    notes: [shared_options/* EXIT_CODES */.ai],
};
const SIM_STATE = {
    state: { type: 'string', value: 'FILE', help: "the simulated host's state file" },
};
const SIM_NODE = {
    node: { type: 'string', value: 'NAME', help: 'the cluster node the command runs on' },
};
const SIM_SPEC = {
    name: 'sim',
    summary: 'the embedded Proxmox VE simulator',
    usage: 'init|set|node|shims|exec|show --state FILE ...',
    options: {},
    examples: [
        { command: 'phoenix sim init --state host.json', what: 'a fresh simulated host' },
        {
            command: 'phoenix sim set --state host.json --latency realistic',
            what: 'make its commands take as long as on a real host',
        },
    ],
    notes: [shared_options/* EXIT_CODES */.ai],
    subcommands: [
        {
            name: 'sim init',
            summary: 'create a fresh state file',
            usage: '--state FILE [--nodes a,b] [--shared-storage ID] [--pve-version V] [--from-config DIR] [--force]',
            options: {
                ...SIM_STATE,
                nodes: {
                    type: 'string',
                    value: 'a,b',
                    help: 'cluster node names (default: pve); several make one cluster sharing /etc/pve and the guest IDs, each node with its own local and local-lvm',
                },
                'shared-storage': {
                    type: 'string',
                    value: 'ID[,ID]',
                    help: 'add shared NFS storages (images, rootdir, iso, vztmpl) that every node sees',
                },
                'pve-version': { type: 'string', value: 'V', help: 'the Proxmox VE version it reports, e.g. 8.4.1' },
                'from-config': {
                    type: 'string',
                    value: 'DIR',
                    help: "a bare host shaped like DIR's: its pools' disks (blank), vmbr0's address, the guests' GPUs",
                },
                force: { type: 'boolean', help: 'replace an existing state file' },
            },
            examples: [
                { command: 'phoenix sim init --state host.json --pve-version 8.4.1', what: 'a PVE 8 host' },
                {
                    command: 'phoenix sim init --state lab.json --nodes pve,pve2,pve3 --shared-storage nas',
                    what: 'a three-node cluster (node addresses 192.168.1.10, .11, .12) with shared storage nas',
                },
                {
                    command: 'phoenix sim init --state host.json --from-config config',
                    what: 'bare metal for the example estate, ready for setup-hypervisor',
                },
            ],
        },
        {
            name: 'sim set',
            summary: "change the simulator's settings",
            usage: '--state FILE [options]',
            options: {
                ...SIM_STATE,
                latency: { type: 'string', value: 'zero|realistic[:SCALE]', help: 'how long commands take' },
                faults: { type: 'string', value: 'JSON', help: 'faults to inject (a rule or a list of rules)' },
                'agent-boot-ms': { type: 'string', value: 'N', help: 'how long a VM guest agent takes to answer' },
                'exec-results': { type: 'string', value: 'JSON', help: 'results of commands run inside guests' },
            },
            examples: [{ command: 'phoenix sim set --state host.json --latency zero', what: 'instant commands' }],
        },
        {
            name: 'sim node',
            summary: 'show a cluster node, or take it down or up (an offline node answers no ssh, API or migration)',
            usage: '--state FILE --name NODE [--online 0|1]',
            options: {
                ...SIM_STATE,
                name: { type: 'string', value: 'NODE', help: 'the cluster node' },
                online: { type: 'string', value: '0|1', help: 'take the node down (0) or bring it back (1)' },
            },
            examples: [
                { command: 'phoenix sim node --state lab.json --name pve2 --online 0', what: 'pve2 goes down' },
            ],
        },
        {
            name: 'sim shims',
            summary: 'write executables named after the host programs (to serve the simulator over SSH)',
            usage: '--state FILE --out DIR [--entry FILE] [--node NAME]',
            options: {
                ...SIM_STATE,
                out: { type: 'string', value: 'DIR', help: 'where the shims go' },
                entry: { type: 'string', value: 'FILE', help: 'the phoenix entry script the shims run' },
                ...SIM_NODE,
            },
            examples: [
                { command: 'phoenix sim shims --state host.json --out shims', what: 'write ./shims/pct ...' },
            ],
        },
        {
            name: 'sim exec',
            summary: 'run one host command on the simulator (the shims call this)',
            usage: '--state FILE [--node NAME] -- PROG ARGS...',
            positionals: true,
            options: { ...SIM_STATE, ...SIM_NODE },
            examples: [{ command: 'phoenix sim exec --state host.json -- pct list', what: 'list its containers' }],
        },
        {
            name: 'sim show',
            summary: 'print the state file',
            usage: '--state FILE',
            options: { ...SIM_STATE },
            examples: [{ command: 'phoenix sim show --state host.json', what: 'the whole simulated host' }],
        },
    ],
};
const SSH_EXEC_SPEC = {
    name: 'ssh-exec',
    summary: 'run one command over SSH exactly as Phoenix would (a connectivity check)',
    usage: '--target ssh://USER@HOST[:PORT] [options] -- ARGV...',
    positionals: true,
    options: {
        ...shared_options/* TARGET_OPTIONS */.FG,
        'timeout-ms': { type: 'string', value: 'N', help: 'give up after N milliseconds' },
        'read-only': { type: 'boolean', help: 'mark the command read-only (as plan runs its commands)' },
    },
    examples: [
        { command: 'phoenix ssh-exec --target ssh://root@pve -- pveversion', what: 'check the SSH setup' },
    ],
    notes: ["Exits with the remote command's exit code."],
};
const SUDOERS_SPEC = {
    name: 'sudoers',
    summary: 'print the sudoers allow-list for a self-hosted runner (docs/runner-setup.md)',
    usage: '[--user NAME]',
    options: {
        user: { type: 'string', value: 'NAME', default: 'github-runner', help: 'the user the runner runs as' },
    },
    examples: [{ command: 'phoenix sudoers > /etc/sudoers.d/phoenix', what: 'install the allow-list' }],
    notes: [shared_options/* EXIT_CODES */.ai],
};
const GH_CONFIG = {
    'config-dir': { type: 'string', value: 'DIR', help: "the config directory (input 'config-dir')" },
};
const GH_TARGET = {
    target: { type: 'string', value: 'URL', help: "the host (input 'target')" },
};
const GH_STATE_DIR = {
    'state-dir': { type: 'string', value: 'DIR', help: 'where phoenix-state.json is written' },
};
const GH_SPEC = {
    name: 'gh',
    summary: 'run as a GitHub Actions step (the actions call this; inputs come from INPUT_*)',
    usage: 'validate|plan|apply|setup-hypervisor|drift [options]',
    options: {},
    examples: [
        {
            command: 'phoenix gh validate --config-dir config',
            what: 'reproduce the validate step locally (annotations as workflow commands)',
        },
    ],
    notes: ['Options given here win over the INPUT_* variables.'],
    subcommands: [
        {
            name: 'gh validate',
            summary: 'annotate the findings of the config',
            usage: '[--config-dir DIR] [--fail-on-warnings]',
            options: {
                ...GH_CONFIG,
                'fail-on-warnings': { type: 'boolean', help: 'fail the step on warnings too' },
            },
            examples: [{ command: 'phoenix gh validate --config-dir config', what: 'annotations on stdout' }],
        },
        {
            name: 'gh plan',
            summary: 'plan a pull request and upsert its comment',
            usage: '[--config-dir DIR] [--state FILE | --base-config-dir DIR] [--out-dir DIR]',
            options: {
                ...GH_CONFIG,
                state: { type: 'string', value: 'FILE', help: 'the recorded host state to plan against' },
                'base-config-dir': { type: 'string', value: 'DIR', help: "the base branch's config" },
                'out-dir': { type: 'string', value: 'DIR', help: 'where the plan files go' },
            },
            examples: [{ command: 'phoenix gh plan --state phoenix-state.json', what: 'plan against a state' }],
        },
        {
            name: 'gh apply',
            summary: 'apply the reviewed plan of the merged pull request',
            usage: '[--config-dir DIR] [--target URL] [options]',
            options: {
                ...GH_CONFIG,
                ...GH_TARGET,
                ...GH_STATE_DIR,
                'audit-log': { type: 'string', value: 'FILE', help: 'append one JSON line per host command' },
                sha: { type: 'string', value: 'SHA', help: 'the merged commit' },
            },
            examples: [{ command: 'phoenix gh apply --target local', what: 'as the apply action runs it' }],
        },
        {
            name: 'gh setup-hypervisor',
            summary: 'run setup-hypervisor as a step',
            usage: '[--config-dir DIR] [--target URL] [--dry-run true|false]',
            options: {
                ...GH_CONFIG,
                ...GH_TARGET,
                'dry-run': { type: 'string', value: 'true|false', help: 'show what would be done, change nothing' },
            },
            examples: [{ command: 'phoenix gh setup-hypervisor --dry-run true', what: 'a dry run' }],
        },
        {
            name: 'gh drift',
            summary: 'check the host for drift and keep the "Drift detected" issue',
            usage: '[--config-dir DIR] [--target URL] [--state-dir DIR]',
            options: { ...GH_CONFIG, ...GH_TARGET, ...GH_STATE_DIR },
            examples: [{ command: 'phoenix gh drift --target local', what: 'as the drift action runs it' }],
        },
    ],
};
const INIT_SPEC = {
    name: 'init',
    summary: 'write a starter repository, or stubs for the scripts a config names (--scripts)',
    usage: '[DIR] [--repo OWNER/NAME] [--force] | --scripts [--config-dir DIR] [--force]',
    positionals: true,
    options: {
        repo: {
            type: 'string',
            value: 'OWNER/NAME',
            default: '<owner>/phoenix',
            help: "the Phoenix repository the workflows' actions come from (pinned to this release)",
        },
        scripts: {
            type: 'boolean',
            help: 'write a stub for every feature/app/test script the config names that does not exist',
        },
        'config-dir': {
            type: 'string',
            value: 'DIR',
            help: 'with --scripts: the config directory (default: DIR/config)',
        },
        force: { type: 'boolean', help: 'replace files that exist (otherwise nothing is written)' },
    },
    examples: [
        {
            command: 'phoenix init my-estate --repo acme/phoenix',
            what: 'config files with $schema, example scripts, pinned workflows, the runner label config',
        },
        { command: 'phoenix init --scripts --config-dir config', what: 'stubs for the missing scripts' },
    ],
    notes: [shared_options/* EXIT_CODES */.ai, 'Exits 1 without writing anything when a file it would write exists.'],
};

;// CONCATENATED MODULE: ./src/cli/command-specs.ts


const COMMAND_SPECS = {
    validate: VALIDATE_SPEC,
    plan: PLAN_SPEC,
    apply: APPLY_SPEC,
    drift: DRIFT_SPEC,
    adopt: ADOPT_SPEC,
    rollback: ROLLBACK_SPEC,
    unlock: UNLOCK_SPEC,
    state: STATE_SPEC,
    'setup-hypervisor': SETUP_HYPERVISOR_SPEC,
    init: INIT_SPEC,
    demo: DEMO_SPEC,
    sim: SIM_SPEC,
    'ssh-exec': SSH_EXEC_SPEC,
    sudoers: SUDOERS_SPEC,
    gh: GH_SPEC,
};
/** The declaration of `plan`, or of a subcommand such as `gh plan` / `sim init`. */
function findSpec(name) {
    const [head, ...rest] = name.split(' ');
    const top = Object.hasOwn(COMMAND_SPECS, head)
        ? COMMAND_SPECS[head]
        : undefined;
    if (!top || rest.length === 0)
        return top;
    return top.subcommands?.find((s) => s.name === name);
}


/***/ }),

/***/ 17266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ listCommands),
/* harmony export */   Zv: () => (/* binding */ findCommand),
/* harmony export */   mL: () => (/* binding */ registerDeclared)
/* harmony export */ });
/* unused harmony export registerCommand */
/* harmony import */ var _command_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(86190);

const COMMANDS = new Map();
/** Adds a declared command with the loader of the module that runs it. */
function registerDeclared(name, load) {
    COMMANDS.set(name, { spec: _command_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_SPECS */ .f[name], load });
}
/**
 * Adds a command by name and one-line summary. A name with a declaration in command-specs.ts
 * gets it; any other is marked `undeclared` (test/cli/help.test.ts refuses such a command among
 * the registered ones).
 */
function registerCommand(name, summary, load) {
    if (Object.hasOwn(COMMAND_SPECS, name))
        return registerDeclared(name, load);
    COMMANDS.set(name, {
        spec: { name, summary, usage: '[options]', options: {}, examples: [] },
        load,
        undeclared: true,
    });
}
registerDeclared('validate', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(522), __nccwpck_require__.e(575)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12575))).runValidate);
registerDeclared('demo', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(522), __nccwpck_require__.e(494), __nccwpck_require__.e(756), __nccwpck_require__.e(519), __nccwpck_require__.e(240), __nccwpck_require__.e(287), __nccwpck_require__.e(202), __nccwpck_require__.e(611), __nccwpck_require__.e(549), __nccwpck_require__.e(37), __nccwpck_require__.e(375), __nccwpck_require__.e(89), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20206))).runDemo);
function findCommand(name) {
    return COMMANDS.get(name);
}
/** The registered commands, declared ones in the order of command-specs.ts, then the others. */
function listCommands() {
    const order = Object.keys(_command_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_SPECS */ .f);
    const rank = (n) => (order.includes(n) ? order.indexOf(n) : order.length);
    return [...COMMANDS.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, e]) => e);
}


/***/ }),

/***/ 53063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: PHOENIX_VERSION, usage

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(70017);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(77593);
// EXTERNAL MODULE: ./src/cli/command-table.ts
var command_table = __nccwpck_require__(17266);
// EXTERNAL MODULE: ./src/cli/command-spec.ts
var command_spec = __nccwpck_require__(79563);
;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * Help text, made from the command declarations (command-specs.ts): the command list for
 * `phoenix help`, and per command its synopsis, every option with one line, notes and examples
 * for `phoenix help COMMAND` and `phoenix COMMAND --help`.
 */

const WIDTH = 30;
function optionLines(options) {
    return Object.entries(options).map(([name, o]) => {
        const left = `  ${(0,command_spec/* optionLabel */.ed)(name, o)}`;
        const text = (0,command_spec/* optionHelp */.L)(o);
        return left.length + 2 > WIDTH ? `${left}\n${' '.repeat(WIDTH)}${text}` : `${left.padEnd(WIDTH)}${text}`;
    });
}
/** The help of one command (or subcommand). */
function renderCommandHelp(spec) {
    const out = [`phoenix ${spec.name}: ${spec.summary}`, '', 'Usage:', `  phoenix ${spec.name} ${spec.usage}`];
    if (spec.subcommands?.length) {
        out.push('', 'Commands:');
        const width = Math.max(...spec.subcommands.map((s) => s.name.length)) + 4;
        for (const s of spec.subcommands)
            out.push(`  ${`phoenix ${s.name}`.padEnd(width + 8)}${s.summary}`);
        out.push('', `Run 'phoenix ${spec.name} COMMAND --help' for the options of each.`);
    }
    if (Object.keys(spec.options).length)
        out.push('', 'Options:', ...optionLines(spec.options));
    out.push('', 'Global options:', ...optionLines(command_spec/* GLOBAL_OPTIONS */.PA));
    if (spec.notes?.length)
        out.push('', ...spec.notes);
    if (spec.examples.length) {
        out.push('', 'Examples:');
        for (const e of spec.examples)
            out.push(`  ${e.command}`, `      ${e.what}`);
    }
    return out.join('\n') + '\n';
}
/** `phoenix help`: every command with its summary. */
function renderOverview(specs) {
    const width = Math.max(...specs.map((s) => s.name.length)) + 2;
    const lines = specs.map((s) => `  phoenix ${s.name.padEnd(width)}${s.summary}`);
    return ('Phoenix: infrastructure-as-code for Proxmox VE\n\n' +
        'Usage: phoenix COMMAND [options]\n\nCommands:\n' +
        lines.join('\n') +
        "\n\nRun 'phoenix help COMMAND' or 'phoenix COMMAND --help' for a command's options and examples.\n" +
        'Global options: -h, --help; --no-color (NO_COLOR is honoured too); --version.\n' +
        'Exit codes: 0 success, 1 problems found, 2 usage or I/O error.\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/** CLI entry: dispatches `phoenix <command>` and maps outcomes to exit codes (0 ok, 1 findings, 2 usage/I-O). */




/** The overview of every registered command (`phoenix help`). */
function usage() {
    return renderOverview((0,command_table/* listCommands */.FH)().map((e) => e.spec));
}
/** The declaration `words` name: `plan`, or a subcommand such as `gh plan` / `sim init`. */
function topic(words) {
    const top = words[0] ? (0,command_table/* findCommand */.Zv)(words[0])?.spec : undefined;
    if (!top || words.length === 1)
        return top;
    return top.subcommands?.find((s) => s.name === `${top.name} ${words[1]}`) ?? top;
}
/** `--help` / `-h` before any `--`: the help of the command or of its subcommand. */
function wantsHelp(rest) {
    const end = rest.indexOf('--');
    return (end < 0 ? rest : rest.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
async function main(argv, io) {
    // A global `--no-color` before the command means what NO_COLOR means.
    while (argv[0] === '--no-color') {
        argv = argv.slice(1);
        io = { ...io, env: { ...io.env, NO_COLOR: '1' } };
    }
    const [command, ...rest] = argv;
    if (!command) {
        io.stdout(usage());
        return 2;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
        if (rest.length === 0) {
            io.stdout(usage());
            return 0;
        }
        const spec = topic(rest);
        if (!spec) {
            io.stderr(`phoenix help: unknown command '${rest[0]}'\n\n${usage()}`);
            return 2;
        }
        io.stdout(renderCommandHelp(spec));
        return 0;
    }
    if (command === '--version' || command === 'version') {
        io.stdout(`phoenix ${PHOENIX_VERSION}\n`);
        return 0;
    }
    const entry = (0,command_table/* findCommand */.Zv)(command);
    if (!entry) {
        io.stderr(`phoenix: unknown command '${command}'\n\n${usage()}`);
        return 2;
    }
    if (wantsHelp(rest)) {
        io.stdout(renderCommandHelp(topic([command, ...rest.filter((a) => !a.startsWith('-'))])));
        return 0;
    }
    try {
        const run = await entry.load();
        return await run(rest, io);
    }
    catch (err) {
        if (err instanceof args/* HelpRequested */.s) {
            io.stdout(renderCommandHelp(err.spec));
            return 0;
        }
        if (err instanceof errors/* UserError */.y) {
            io.stderr(err.message.startsWith('phoenix ') ? `${err.message}\n` : `phoenix ${command}: ${err.message}\n`);
            return err.exitCode;
        }
        io.stderr(`phoenix ${command}: internal error: ${(0,errors/* getErrorMessage */.u)(err)}\n${err instanceof Error && err.stack ? err.stack + '\n' : ''}`);
        return 2;
    }
}
const PHOENIX_VERSION = '0.1.0';


/***/ }),

/***/ 56611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ registerExtraCommands)
/* harmony export */ });
/* harmony import */ var _command_table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17266);
/**
 * The loaders of the commands beyond validate/demo (those are in command-table.ts), keyed by
 * their declaration's name: adding a command is one declaration in src/cli/specs/ with its
 * help, its entry in command-specs.ts, and one loader here (the `satisfies` below refuses a
 * declared command without a loader). Modules are loaded lazily so `phoenix validate` never
 * loads ssh2 or the simulator.
 */

const LOADERS = {
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(522), __nccwpck_require__.e(494), __nccwpck_require__.e(756), __nccwpck_require__.e(519), __nccwpck_require__.e(287), __nccwpck_require__.e(202), __nccwpck_require__.e(549), __nccwpck_require__.e(754)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31754))).runPlan,
    apply: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(522), __nccwpck_require__.e(494), __nccwpck_require__.e(756), __nccwpck_require__.e(519), __nccwpck_require__.e(240), __nccwpck_require__.e(287), __nccwpck_require__.e(202), __nccwpck_require__.e(611), __nccwpck_require__.e(89), __nccwpck_require__.e(141)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11141))).runApply,
    drift: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(522), __nccwpck_require__.e(494), __nccwpck_require__.e(756), __nccwpck_require__.e(519), __nccwpck_require__.e(287), __nccwpck_require__.e(202), __nccwpck_require__.e(549), __nccwpck_require__.e(930)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62930))).runDrift,
    adopt: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(522), __nccwpck_require__.e(494), __nccwpck_require__.e(756), __nccwpck_require__.e(519), __nccwpck_require__.e(287), __nccwpck_require__.e(202), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55584))).runAdopt,
    rollback: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(756), __nccwpck_require__.e(240), __nccwpck_require__.e(287), __nccwpck_require__.e(611), __nccwpck_require__.e(257)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34533))).runRollback,
    unlock: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(240), __nccwpck_require__.e(611), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26173))).runUnlock,
    state: async () => (await __nccwpck_require__.e(/* import() */ 148).then(__nccwpck_require__.bind(__nccwpck_require__, 81148))).runState,
    'setup-hypervisor': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(522), __nccwpck_require__.e(494), __nccwpck_require__.e(756), __nccwpck_require__.e(519), __nccwpck_require__.e(240), __nccwpck_require__.e(611), __nccwpck_require__.e(549), __nccwpck_require__.e(375), __nccwpck_require__.e(936)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17936))).runSetupHypervisor,
    init: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(71), __nccwpck_require__.e(892)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75892))).runInit,
    sim: async () => (await __nccwpck_require__.e(/* import() */ 862).then(__nccwpck_require__.bind(__nccwpck_require__, 5862))).runSim,
    'ssh-exec': async () => (await __nccwpck_require__.e(/* import() */ 877).then(__nccwpck_require__.bind(__nccwpck_require__, 11877))).runSshExec,
    sudoers: async () => (await __nccwpck_require__.e(/* import() */ 97).then(__nccwpck_require__.bind(__nccwpck_require__, 65859))).runSudoers,
    gh: async () => (await __nccwpck_require__.e(/* import() */ 726).then(__nccwpck_require__.bind(__nccwpck_require__, 9726))).runGh,
};
function registerExtraCommands() {
    for (const [name, load] of Object.entries(LOADERS))
        (0,_command_table_js__WEBPACK_IMPORTED_MODULE_0__/* .registerDeclared */ .mL)(name, load);
}


/***/ }),

/***/ 20779:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   Hl: () => (/* binding */ ONLY_OPTION),
/* harmony export */   ai: () => (/* binding */ EXIT_CODES),
/* harmony export */   dc: () => (/* binding */ DETAILED_EXITCODE_OPTION),
/* harmony export */   my: () => (/* binding */ AUDIT_OPTION),
/* harmony export */   p6: () => (/* binding */ CONFIG_DIR_OPTION)
/* harmony export */ });
const CONFIG_DIR_OPTION = {
    'config-dir': {
        type: 'string',
        value: 'DIR',
        default: 'config',
        help: 'the directory with the phoenix_*.json config files',
    },
};
const TARGET_OPTIONS = {
    target: {
        type: 'string',
        value: 'URL',
        help: 'the host: sim:PATH (the embedded simulator), local, local+sudo or ssh://USER@HOST[:PORT]',
    },
    identity: {
        type: 'string',
        value: 'FILE',
        help: 'SSH private key for an ssh:// target (or PHOENIX_SSH_KEY)',
    },
    'known-hosts': {
        type: 'string',
        value: 'FILE',
        help: 'known_hosts file that must list the host key (or PHOENIX_KNOWN_HOSTS)',
    },
    fingerprint: {
        type: 'string',
        value: 'SHA256:...',
        help: 'pin the SSH host key by its fingerprint (with or instead of --known-hosts)',
    },
};
const AUDIT_OPTION = {
    'audit-log': {
        type: 'string',
        value: 'FILE',
        help: 'append one JSON line per host command (argv, exit code, duration; secrets masked)',
    },
};
const ONLY_OPTION = {
    only: {
        type: 'string',
        multiple: true,
        value: 'ADDR[,ADDR...]',
        help: 'act on these guests (ct/955, vm/9001, globs such as ct/95*) and what they need; the rest is left out',
    },
};
const DETAILED_EXITCODE_OPTION = {
    'detailed-exitcode': {
        type: 'boolean',
        default: false,
        help: 'exit 0 when there are no changes, 2 when there are changes, 1 on errors',
    },
};
const EXIT_CODES = 'Exit codes: 0 success, 1 the run found problems, 2 usage or I/O error.';


/***/ }),

/***/ 41730:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _util_dirname_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(11180);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(53063);
/* harmony import */ var _cli_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(56611);
/** Bundle entry: the `phoenix` binary. `./util/dirname-shim.js` must stay the first import. */



(0,_cli_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registerExtraCommands */ .W)();
const code = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 11180:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * ssh2 (and a few other CommonJS dependencies) read `__dirname` at run time; an ncc ESM bundle
 * has none, so the first SSH handshake would crash. Define it from this module's URL before any
 * of them load. Imported first by the bundle entry.
 */


const g = globalThis;
if (typeof g.__dirname !== 'string') {
    g.__filename = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url);
    g.__dirname = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(g.__filename);
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ getErrorMessage),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/** A mistake the user can fix (bad input, missing file, refused host key). Exit code 1 or 2, no stack trace. */
class UserError extends Error {
    exitCode;
    constructor(message, 
    /** Process exit code: 1 for "the run found problems", 2 for usage or I/O errors. */
    exitCode = 2) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'UserError';
    }
}
/** Message of any thrown value, not only of `Error`s. */
function getErrorMessage(err) {
    if (err instanceof Error)
        return err.message;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(41730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
