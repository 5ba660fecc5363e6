/** Declarations of the commands that need no host: validate, demo, sim, ssh-exec, sudoers, gh. */
import type { CommandSpec, OptionDecls } from '../command-spec.js';
import { CONFIG_DIR_OPTION, EXIT_CODES, TARGET_OPTIONS } from './shared-options.js';

export const VALIDATE_SPEC: CommandSpec = {
  name: 'validate',
  summary: 'check the config files (schema and rules), each finding located',
  usage: '[--config-dir DIR] [--format text|json]',
  options: {
    ...CONFIG_DIR_OPTION,
    format: {
      type: 'string',
      value: 'text|json',
      default: 'text',
      help: 'FILE:LINE:COL: level: message [RULE] lines, or JSON',
    },
  },
  examples: [{ command: 'phoenix validate --config-dir config', what: 'check the example estate' }],
  notes: [EXIT_CODES, 'Warnings alone exit 0.'],
};

export const DEMO_SPEC: CommandSpec = {
  name: 'demo',
  summary: 'validate, plan and apply the config on the embedded simulator (what npm start runs)',
  usage: '[--config-dir DIR] [--state FILE] [--concurrency N]',
  options: {
    ...CONFIG_DIR_OPTION,
    state: {
      type: 'string',
      value: 'FILE',
      default: '.phoenix-sim/demo.json',
      help: "the simulated host's state file (replaced by a fresh host)",
    },
    concurrency: { type: 'string', value: 'N', default: '4', help: 'guests worked on at once (1-64)' },
  },
  examples: [{ command: 'phoenix demo', what: 'the whole journey in a few seconds' }],
  notes: [EXIT_CODES],
};

const SIM_STATE: OptionDecls = {
  state: { type: 'string', value: 'FILE', help: "the simulated host's state file" },
};
const SIM_NODE: OptionDecls = {
  node: { type: 'string', value: 'NAME', help: 'the cluster node the command runs on' },
};

export const SIM_SPEC: CommandSpec = {
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
  notes: [EXIT_CODES],
  subcommands: [
    {
      name: 'sim init',
      summary: 'create a fresh state file',
      usage:
        '--state FILE [--nodes a,b] [--shared-storage ID] [--pve-version V] [--from-config DIR] [--force]',
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
      summary:
        'show a cluster node, or take it down or up (an offline node answers no ssh, API or migration)',
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

export const SSH_EXEC_SPEC: CommandSpec = {
  name: 'ssh-exec',
  summary: 'run one command over SSH exactly as Phoenix would (a connectivity check)',
  usage: '--target ssh://USER@HOST[:PORT] [options] -- ARGV...',
  positionals: true,
  options: {
    ...TARGET_OPTIONS,
    'timeout-ms': { type: 'string', value: 'N', help: 'give up after N milliseconds' },
    'read-only': { type: 'boolean', help: 'mark the command read-only (as plan runs its commands)' },
  },
  examples: [
    { command: 'phoenix ssh-exec --target ssh://root@pve -- pveversion', what: 'check the SSH setup' },
  ],
  notes: ["Exits with the remote command's exit code."],
};

export const SUDOERS_SPEC: CommandSpec = {
  name: 'sudoers',
  summary: 'print the sudoers allow-list for a self-hosted runner (docs/runner-setup.md)',
  usage: '[--user NAME]',
  options: {
    user: { type: 'string', value: 'NAME', default: 'github-runner', help: 'the user the runner runs as' },
  },
  examples: [{ command: 'phoenix sudoers > /etc/sudoers.d/phoenix', what: 'install the allow-list' }],
  notes: [EXIT_CODES],
};

const GH_CONFIG: OptionDecls = {
  'config-dir': { type: 'string', value: 'DIR', help: "the config directory (input 'config-dir')" },
};
const GH_TARGET: OptionDecls = {
  target: { type: 'string', value: 'URL', help: "the host (input 'target')" },
};
const GH_STATE_DIR: OptionDecls = {
  'state-dir': { type: 'string', value: 'DIR', help: 'where phoenix-state.json is written' },
};

export const GH_SPEC: CommandSpec = {
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

export const INIT_SPEC: CommandSpec = {
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
  notes: [EXIT_CODES, 'Exits 1 without writing anything when a file it would write exists.'],
};
