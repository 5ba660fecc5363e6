/** Option declarations several commands share: the config dir, the target and its credentials. */
import type { OptionDecls } from '../command-spec.js';

export const CONFIG_DIR_OPTION = {
  'config-dir': {
    type: 'string',
    value: 'DIR',
    default: 'config',
    help: 'the directory with the phoenix_*.json config files',
  },
} as const satisfies OptionDecls;

export const TARGET_OPTIONS = {
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
} as const satisfies OptionDecls;

export const AUDIT_OPTION = {
  'audit-log': {
    type: 'string',
    value: 'FILE',
    help: 'append one JSON line per host command (argv, exit code, duration; secrets masked)',
  },
} as const satisfies OptionDecls;

export const ONLY_OPTION = {
  only: {
    type: 'string',
    multiple: true,
    value: 'ADDR[,ADDR...]',
    help: 'act on these guests (ct/955, vm/9001, globs such as ct/95*) and what they need; the rest is left out',
  },
} as const satisfies OptionDecls;

export const DETAILED_EXITCODE_OPTION = {
  'detailed-exitcode': {
    type: 'boolean',
    default: false,
    help: 'exit 0 when there are no changes, 2 when there are changes, 1 on errors',
  },
} as const satisfies OptionDecls;

export const EXIT_CODES = 'Exit codes: 0 success, 1 the run found problems, 2 usage or I/O error.';
