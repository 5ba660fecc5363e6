/**
 * `ssh` between the nodes of the simulated cluster, in the one form Proxmox uses for it
 * (pve-cluster `PVE::SSHInfo::ssh_info_to_command`):
 *   ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@ADDRESS -- 'WORD' 'WORD' ...
 * The node answering at ADDRESS must be the one HostKeyAlias names (otherwise OpenSSH's host key
 * check fails: the cluster's known_hosts, /etc/pve/priv/known_hosts, lists each node's key under
 * its name), and must be online; the remote login shell splits the command string into words,
 * which then run on that node with this command's stdin, output and exit code.
 */
import { createHash } from 'node:crypto';
import type { SimCommandResult } from '../context.js';
import { nodeAt } from '../cluster.js';
import type { SimStore } from '../store.js';

/** Runs an argv as if on `node`. */
export type RunOnNode = (argv: string[], node: string) => Promise<SimCommandResult>;

const HOP_FORM = "ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@ADDRESS -- 'COMMAND'";

const fail = (stderr: string, exitCode = 255): SimCommandResult => ({ exitCode, stdout: '', stderr });

/**
 * Splits what a POSIX shell would take as plain words: single-quoted text, backslash escapes and
 * unquoted characters without special meaning, words separated by blanks. Anything a shell would
 * interpret (`;`, `|`, `$`, `"`, globs, ...) is refused: the hop only ever sends quoted words.
 */
export function splitShellWords(text: string): string[] | string {
  const words: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (cur !== undefined) words.push(cur);
      cur = undefined;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return 'unterminated quoted string';
      cur = (cur ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '\\') {
      if (i + 1 >= text.length) return 'a backslash at the end of the command';
      cur = (cur ?? '') + text[++i]!;
    } else if (/[A-Za-z0-9_@%+=:,./-]/.test(c)) cur = (cur ?? '') + c;
    else return `the unquoted character '${c}' (only single-quoted words are simulated)`;
  }
  if (cur !== undefined) words.push(cur);
  return words;
}

/** A stable stand-in for a node's ED25519 host key fingerprint. */
function fingerprint(node: string): string {
  return 'SHA256:' + createHash('sha256').update(`ssh-host-key:${node}`).digest('base64').replace(/=+$/, '');
}

/** OpenSSH (sshconnect.c `check_host_key`) when the key at the address is another alias's. */
function keyChanged(alias: string, actual: string): string {
  const bar = '@'.repeat(59) + '\n';
  return (
    bar +
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
    'Host key verification failed.\n'
  );
}

export async function runSsh(
  store: SimStore,
  args: readonly string[],
  runOn: RunOnNode,
): Promise<SimCommandResult> {
  const alias = /^HostKeyAlias=(.+)$/.exec(args[5] ?? '')?.[1];
  const address = /^root@(.+)$/.exec(args[6] ?? '')?.[1];
  const form =
    args.length === 9 &&
    args[0] === '-e' &&
    args[1] === 'none' &&
    args[2] === '-o' &&
    args[3] === 'BatchMode=yes' &&
    args[4] === '-o' &&
    args[7] === '--';
  if (!form || alias === undefined || address === undefined)
    return fail(`phoenix-sim: ssh: only the cluster hop form is simulated: ${HOP_FORM}\n`);
  const target = await store.view((s) => {
    const n = nodeAt(s, address);
    return n ? { name: n.name, online: n.online, aliasKnown: s.nodes[alias] !== undefined } : undefined;
  });
  // An address no node answers at, or a node that is down: the TCP connect fails.
  if (!target || !target.online) return fail(`ssh: connect to host ${address} port 22: No route to host\n`);
  if (target.name !== alias) {
    // BatchMode=yes: an unknown alias cannot be confirmed, a known one has another key.
    if (!target.aliasKnown) return fail('Host key verification failed.\n');
    return fail(keyChanged(alias, target.name));
  }
  const words = splitShellWords(args[8]!);
  if (typeof words === 'string')
    return fail(`phoenix-sim: ssh: cannot run the remote command: ${words}\n`, 2);
  if (words.length === 0)
    return fail('phoenix-sim: ssh: no remote command (an interactive login is not simulated)\n');
  return runOn(words, target.name);
}
