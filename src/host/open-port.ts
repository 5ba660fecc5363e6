/**
 * The target factory: the one place a kind of target is named. Each kind is one entry of
 * `TARGETS`: the syntax the help text shows, which URLs it takes, and how it opens its host port.
 * Today every kind is a shell transport (the embedded simulator, this machine, SSH) behind
 * `ShellHostPort`, with the capabilities of that kind; setup and `ssh-exec`, which speak argv,
 * take the transport itself (`openShellTransport`). A host reached another way (say `https://`
 * for the Proxmox API with a token) adds an entry here with its own `open` and no `shell`.
 *
 * The transports and the shell port are loaded only when a target is opened, so a front end can
 * import this module for its help text without loading the host layer (or ssh2).
 */
import { resolve } from 'node:path';
import type { SecretMasker } from '../proxmox/audit.js';
import { sudoRequested, withSudo, type TargetOptions } from '../proxmox/targets.js';
import type { HostTransport } from '../proxmox/transport.js';
import { UserError } from '../util/errors.js';
import type { HostCapabilities, HostPort } from './port.js';

export interface OpenHostPortOptions extends TargetOptions {
  /** Append one JSON line per host command to this file (`--audit-log`). */
  readonly auditLog?: string;
  /** Values masked in the audit log (shared with the caller, which may add more later). */
  readonly secrets?: SecretMasker | Iterable<string>;
}

export type TargetKindName = 'sim' | 'local' | 'ssh';

interface TargetKind {
  readonly name: TargetKindName;
  /** How the help text names it. */
  readonly syntax: string;
  matches(url: string): boolean;
  /** Shell kinds: the transport that carries argv to the host. */
  readonly shell?: (url: string, options: TargetOptions) => Promise<HostTransport>;
  /** The host port. */
  open(url: string, options: OpenHostPortOptions): Promise<HostPort>;
}

/** The shell port over the kind's transport (with the audit log when asked). */
async function shellPort(
  transport: HostTransport,
  options: OpenHostPortOptions,
  capabilities: Partial<HostCapabilities>,
): Promise<HostPort> {
  const { SHELL_CAPABILITIES, ShellHostPort } = await import('./shell-port.js');
  const { withAudit } = await import('../proxmox/audit.js');
  const audited = options.auditLog ? withAudit(transport, options.auditLog, options.secrets) : transport;
  return new ShellHostPort(audited, { capabilities: { ...SHELL_CAPABILITIES, ...capabilities } });
}

/** `sim:PATH`: the embedded simulator, its state in PATH (created when absent). */
async function openSim(url: string, o: TargetOptions): Promise<HostTransport> {
  const path = url.slice('sim:'.length);
  if (path === '')
    throw new UserError(`target '${url}': the simulator needs a state file path (sim:PATH)`, 2);
  const { SimTransport } = await import('../proxmox/sim-transport.js');
  return new SimTransport(resolve(o.cwd ?? process.cwd(), path), {
    env: o.env ?? process.env,
    node: o.simNode,
  });
}

/** `local+sudo`, or `local` with PHOENIX_SUDO set: every command through `sudo -n`. */
function localSudo(url: string, o: TargetOptions): boolean {
  return url === 'local+sudo' || sudoRequested(o.env ?? process.env);
}

/** `local`: commands spawned on this machine. */
async function openLocal(url: string, o: TargetOptions): Promise<HostTransport> {
  const { LocalTransport } = await import('../proxmox/local-transport.js');
  const local = new LocalTransport({ env: o.env ?? process.env });
  return localSudo(url, o) ? withSudo(local) : local;
}

/** `ssh://USER@HOST[:PORT]`: key from `identity` or PHOENIX_SSH_KEY, host key from `knownHosts`/`fingerprint`. */
async function openSsh(url: string, o: TargetOptions): Promise<HostTransport> {
  const { createSshTransport } = await import('../proxmox/ssh-transport.js');
  return createSshTransport(url, {
    identity: o.identity,
    knownHosts: o.knownHosts,
    fingerprint: o.fingerprint,
    env: o.env ?? process.env,
  });
}

const TARGETS: readonly TargetKind[] = [
  {
    name: 'sim',
    syntax: 'sim:PATH',
    matches: (url) => url.startsWith('sim:'),
    shell: openSim,
    open: async (url, o) => shellPort(await openSim(url, o), o, { isSimulator: true }),
  },
  {
    name: 'local',
    // `local+sudo` is the same kind of target, run through `sudo -n`.
    syntax: 'local, local+sudo',
    matches: (url) => url === 'local' || url === 'local+sudo',
    shell: openLocal,
    open: async (url, o) => shellPort(await openLocal(url, o), o, { supportsSudo: localSudo(url, o) }),
  },
  {
    name: 'ssh',
    syntax: 'ssh://USER@HOST[:PORT]',
    matches: (url) => url.startsWith('ssh://'),
    shell: openSsh,
    open: async (url, o) => shellPort(await openSsh(url, o), o, {}),
  },
];

function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * How a host to act on is named, in the words of every front end (`--target` of the CLI
 * commands, the unknown-target error): `sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]`. The
 * action.yml files repeat it in their input descriptions.
 */
export const TARGET_HELP = listed(TARGETS.map((t) => t.syntax));

function kindOf(target: string): TargetKind {
  const kind = TARGETS.find((t) => t.matches(target));
  if (!kind) throw new UserError(`unknown target '${target}': expected ${TARGET_HELP}`, 2);
  return kind;
}

/** Opens the host port for a target URL (`sim:PATH`, `local`, `local+sudo`, `ssh://...`). */
export async function openHostPort(target: string, options: OpenHostPortOptions = {}): Promise<HostPort> {
  return kindOf(target).open(target, options);
}

/**
 * Opens the shell transport of a target, for what speaks argv itself (setup-hypervisor,
 * `phoenix ssh-exec`). `kind`: open the target as that kind whatever it looks like (`ssh-exec`
 * takes SSH only, and a URL that is not one is refused by the SSH URL parser).
 */
export async function openShellTransport(
  target: string,
  options: TargetOptions = {},
  kind?: TargetKindName,
): Promise<HostTransport> {
  const k = kind ? TARGETS.find((t) => t.name === kind)! : kindOf(target);
  if (!k.shell) throw new UserError(`target '${target}' is not reached through a shell`, 2);
  return k.shell(target, options);
}
