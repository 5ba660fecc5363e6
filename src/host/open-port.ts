/**
 * The target factory: a target URL to its host port. Each kind of target is one entry of
 * `TARGETS`; today all of them are shell transports (proxmox/targets.ts) behind `ShellHostPort`,
 * with the capabilities of that kind. A host reached another way (say `https://` for the Proxmox
 * API with a token) adds an entry here that opens its own HostPort implementation.
 */
import { withAudit, type SecretMasker } from '../proxmox/audit.js';
import {
  createTransport,
  describeTargetSyntax,
  sudoRequested,
  type TargetOptions,
} from '../proxmox/targets.js';
import { UserError } from '../util/errors.js';
import type { HostCapabilities, HostPort } from './port.js';
import { SHELL_CAPABILITIES, ShellHostPort } from './shell-port.js';

export interface OpenHostPortOptions extends TargetOptions {
  /** Append one JSON line per host command to this file (`--audit-log`). */
  readonly auditLog?: string;
  /** Values masked in the audit log (shared with the caller, which may add more later). */
  readonly secrets?: SecretMasker | Iterable<string>;
}

interface TargetKind {
  readonly name: string;
  matches(url: string): boolean;
  open(url: string, options: OpenHostPortOptions): Promise<HostPort>;
}

/** A shell transport for `url` (with the audit log when asked) behind the shell port. */
async function shellPort(
  url: string,
  options: OpenHostPortOptions,
  capabilities: HostCapabilities,
): Promise<HostPort> {
  const transport = await createTransport(url, options);
  const audited = options.auditLog ? withAudit(transport, options.auditLog, options.secrets) : transport;
  return new ShellHostPort(audited, { capabilities });
}

const TARGETS: readonly TargetKind[] = [
  {
    name: 'sim',
    matches: (url) => url.startsWith('sim:'),
    open: (url, o) => shellPort(url, o, { ...SHELL_CAPABILITIES, isSimulator: true }),
  },
  {
    name: 'local',
    matches: (url) => url === 'local' || url === 'local+sudo',
    open: (url, o) =>
      shellPort(url, o, {
        ...SHELL_CAPABILITIES,
        supportsSudo: url === 'local+sudo' || sudoRequested(o.env ?? process.env),
      }),
  },
  {
    name: 'ssh',
    matches: (url) => url.startsWith('ssh://'),
    open: (url, o) => shellPort(url, o, SHELL_CAPABILITIES),
  },
];

/** Opens the host port for a target URL (`sim:PATH`, `local`, `local+sudo`, `ssh://...`). */
export async function openHostPort(target: string, options: OpenHostPortOptions = {}): Promise<HostPort> {
  const kind = TARGETS.find((t) => t.matches(target));
  if (!kind) throw new UserError(`unknown target '${target}': expected ${describeTargetSyntax()}`, 2);
  return kind.open(target, options);
}
