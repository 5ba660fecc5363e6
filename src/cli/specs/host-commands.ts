/** Declarations of the commands that read or change a host: plan, apply, drift, state, rollback, unlock, setup-hypervisor. */
import type { CommandSpec } from '../command-spec.js';
import {
  AUDIT_OPTION,
  CONFIG_DIR_OPTION,
  DETAILED_EXITCODE_OPTION,
  EXIT_CODES,
  ONLY_OPTION,
  TARGET_OPTIONS,
} from './shared-options.js';

const YES_OPTION = {
  yes: {
    type: 'boolean',
    default: false,
    help: "approve without asking (needed without a terminal); on a terminal only 'yes' approves",
  },
} as const;

const FORMAT_OPTION = {
  format: {
    type: 'string',
    value: 'text|markdown|json',
    default: 'text',
    help: 'what stdout shows: terminal text, the pull-request Markdown, or the JSON plan',
  },
} as const;

export const PLAN_SPEC: CommandSpec = {
  name: 'plan',
  summary: 'show what apply would change',
  usage: '[--config-dir DIR] (--target URL | --state FILE | --base-config-dir DIR) [options]',
  options: {
    ...CONFIG_DIR_OPTION,
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
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
    ...ONLY_OPTION,
    ...DETAILED_EXITCODE_OPTION,
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
  notes: [EXIT_CODES, 'With --detailed-exitcode: 0 no changes, 2 changes, 1 errors.'],
};

export const APPLY_SPEC: CommandSpec = {
  name: 'apply',
  summary: 'bring the host to the config',
  usage: '[--config-dir DIR] --target URL [options]',
  options: {
    ...CONFIG_DIR_OPTION,
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
    plan: {
      type: 'string',
      value: 'FILE',
      help: 'apply only if the fresh plan equals this reviewed plan file (plan --out)',
    },
    ...ONLY_OPTION,
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
      command:
        'phoenix plan --target local --out plan.json && phoenix apply --target local --plan plan.json --yes',
      what: 'apply exactly the plan that was reviewed, without asking',
    },
    { command: 'phoenix apply --target local --only ct/955', what: 'apply CT 955 and what it needs' },
  ],
  notes: [
    "On a terminal apply prints the plan (volumes whose data would be lost included) and applies only after the answer 'yes'; nothing changes on the host before it, and the host lock is taken after it. Without a terminal --yes is needed, except in GitHub Actions with --plan FILE, where the reviewed plan is the approval.",
    'Progress: each step as it starts and ends, prefixed with its guest; a long step says it is still running every --heartbeat-interval seconds. A failed script shows its last 40 output lines. In GitHub Actions each guest also gets one log group with its full log once it ends.',
    'Every host command is bounded (seconds, by kind): PHOENIX_TIMEOUT_QUERY (read-only, default 120), PHOENIX_TIMEOUT_CHANGE (600), PHOENIX_TIMEOUT_LONG (clone, create, disk import, download: 3600), PHOENIX_TIMEOUT_SCRIPT (in-guest commands without their own bound: 3600). A command over its bound is stopped on the host and fails its step; only read-only ones are retried.',
    EXIT_CODES,
  ],
};

export const DRIFT_SPEC: CommandSpec = {
  name: 'drift',
  summary: 'check whether the host still matches the config (read-only)',
  usage: '[--config-dir DIR] --target URL [options]',
  options: {
    ...CONFIG_DIR_OPTION,
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
    ...FORMAT_OPTION,
    'state-dir': {
      type: 'string',
      value: 'DIR',
      help: "also record the host's state as phoenix-state.json in DIR",
    },
    'detailed-exitcode': {
      ...DETAILED_EXITCODE_OPTION['detailed-exitcode'],
      help: 'exit 0 when the host matches the config, 2 when it has drifted, 1 on errors',
    },
  },
  examples: [
    {
      command: 'phoenix drift --target ssh://root@pve --detailed-exitcode',
      what: 'exit 2 when the host has drifted from the config',
    },
  ],
  notes: [EXIT_CODES, 'With --detailed-exitcode: 0 no drift, 2 drift, 1 errors.'],
};

export const ADOPT_SPEC: CommandSpec = {
  name: 'adopt',
  summary:
    'take over a guest Phoenix does not manage: print its config entry; --write adds it and tags the guest',
  usage: 'ADDR [--config-dir DIR] --target URL [--write] [--yes] [options]',
  positionals: true,
  options: {
    ...CONFIG_DIR_OPTION,
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
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

export const STATE_SPEC: CommandSpec = {
  name: 'state',
  summary: "read a host's live state as JSON",
  usage: '--target URL [--out FILE]',
  options: {
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
    out: { type: 'string', value: 'FILE', help: 'write the state file to FILE instead of stdout' },
  },
  examples: [
    {
      command: 'phoenix state --target ssh://root@pve --out state.json',
      what: 'record the host, then plan offline with plan --state state.json',
    },
  ],
  notes: [EXIT_CODES],
};

export const ROLLBACK_SPEC: CommandSpec = {
  name: 'rollback',
  summary: 'restore a guest to a safety snapshot apply took',
  usage: 'ID --target URL [options]',
  positionals: true,
  options: {
    ...TARGET_OPTIONS,
    ...AUDIT_OPTION,
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
    EXIT_CODES,
  ],
};

export const UNLOCK_SPEC: CommandSpec = {
  name: 'unlock',
  summary: 'show who holds the host-wide apply lock; release a claim whose process is gone',
  usage: '--target URL [options]',
  options: {
    ...TARGET_OPTIONS,
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

export const SETUP_HYPERVISOR_SPEC: CommandSpec = {
  name: 'setup-hypervisor',
  summary: 'bring the Proxmox host itself in line with phoenix_hypervisor_config.json',
  usage: '[--config-dir DIR] --target URL [options]',
  options: {
    ...CONFIG_DIR_OPTION,
    target: TARGET_OPTIONS.target,
    'dry-run': { type: 'boolean', default: false, help: 'show what would be done, change nothing' },
    node: {
      type: 'string',
      value: 'NAME',
      help: 'set up this cluster node only (default: every node cluster.nodes lists, else the connected one)',
    },
    steps: { type: 'string', multiple: true, value: 'a,b', help: 'run only these steps' },
    ...AUDIT_OPTION,
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
    EXIT_CODES,
    'On a cluster, users, groups, ACLs, tokens, the cluster firewall and storages are set once; ZFS, network, packages, NVIDIA, AppArmor and the other host steps run on each node (reached over SSH from the connected node), and the report names the node of each (`network@pve2`).',
    'Secrets come from the environment (PHOENIX_ADMIN_PASSWORD_HASH, PHOENIX_SAMBA_PASSWORD, password_env).',
  ],
};
