/**
 * Helpers for one SSH exec channel: the host-side reaper for timed commands, the kill request,
 * exit codes of signalled commands, and the argv summary used in messages.
 */
import { constants as osConstants } from 'node:os';
import type { ClientChannel } from 'ssh2';
import { withTimeout } from './commands/files.js';

/**
 * A timed command runs under coreutils `timeout` on the host (`withTimeout`), which stops its
 * whole process group a little after our own deadline: closing an SSH channel does not stop a
 * command (sshd waits for it), and sshd ignores "signal" requests in root sessions, which is how
 * Phoenix logs in to Proxmox. Our side gives up at `timeoutMs`; the host stops the command
 * `REAPER_GRACE_MS` later. A command the host runner already put under `timeout` (the usual case:
 * it is then in the audit log too) is sent as it is.
 */
const REAPER_GRACE_MS = 500;
export function remoteReaper(timeoutMs: number, argv: readonly string[]): readonly string[] {
  if (argv[0] === 'timeout') return argv;
  return withTimeout({ argv, readOnly: false }, (timeoutMs + REAPER_GRACE_MS) / 1000).argv;
}

/**
 * Also asks sshd to SIGKILL the command (honoured in non-root sessions by OpenSSH >= 7.9). ssh2's
 * `channel.signal()` is a no-op once our side of the channel is ended, which it always is after
 * stdin, so the request goes through its protocol object.
 */
export function killRemote(channel: ClientChannel): void {
  const raw = channel as unknown as {
    outgoing?: { id?: number; state?: string };
    _client?: { _protocol?: { signal?: (id: number, name: string) => void } };
  };
  const id = raw.outgoing?.id;
  const protocol = raw._client?._protocol;
  try {
    if (
      id !== undefined &&
      (raw.outgoing?.state === 'open' || raw.outgoing?.state === 'eof') &&
      typeof protocol?.signal === 'function'
    ) {
      protocol.signal(id, 'KILL');
    } else {
      channel.signal('KILL');
    }
  } catch {
    /* a server without signal support: closing the channel still ends our side */
  }
}

export function signalExitCode(signal: string | undefined): number {
  if (!signal) return 255;
  const name = signal.startsWith('SIG') ? signal : `SIG${signal}`;
  const num = (osConstants.signals as Record<string, number>)[name];
  return num ? 128 + num : 255;
}

/**
 * A short, single-line rendering of an argv for messages: the first arguments only, and the
 * value after any option that looks like it carries a secret (`--password`, `--cipassword`, ...)
 * masked.
 */
export function summarize(argv: readonly string[]): string {
  const shown = argv.slice(0, 6).map((a, i) => {
    if (i > 0 && /^--?[\w-]*(pass|secret|token)/i.test(argv[i - 1]!)) return '***';
    const text = /^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  });
  if (argv.length > 6) shown.push(`...(${argv.length - 6} more)`);
  return `'${shown.join(' ')}'`;
}
