/**
 * Where the SSH transport gets its private key and its host key pin, and the host key check.
 *
 * Private key: the `identity` option (a file path), else `PHOENIX_SSH_KEY`. The variable holds
 * either the key text itself (anything containing `-----BEGIN`, as a GitHub secret usually does)
 * or the path of a key file. An encrypted key takes its passphrase from `PHOENIX_SSH_KEY_PASSPHRASE`.
 *
 * Host key: the `knownHosts` option (a file path in OpenSSH known_hosts format), else
 * `PHOENIX_KNOWN_HOSTS` (known_hosts text when it contains a newline or looks like a
 * `HOSTS KEYTYPE KEY` line, otherwise a file path); and/or the `fingerprint` option
 * (`SHA256:...`, several separated by commas or spaces). When both a known_hosts source and a
 * fingerprint are given, the key must satisfy both. `~/.ssh/known_hosts` is never read implicitly:
 * a run's trust must be explicit.
 */
import { readFileSync } from 'node:fs';
import ssh2 from 'ssh2';
import { getErrorMessage, UserError } from '../util/errors.js';
import {
  checkKnownHost,
  keyTypeOfBlob,
  knownHostsName,
  knownKeyTypes,
  normalizeFingerprint,
  parseKnownHosts,
  sshFingerprint,
  type KnownHostEntry,
} from './known-hosts.js';
import type { SshTarget } from './ssh-url.js';

export interface SshCredentialOptions {
  /** Path of the private key file. */
  readonly identity?: string;
  /** Path of an OpenSSH known_hosts file. */
  readonly knownHosts?: string;
  /** Pinned host key fingerprint(s), `SHA256:...`. */
  readonly fingerprint?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface HostKeyPin {
  readonly knownHosts?: { readonly source: string; readonly entries: readonly KnownHostEntry[] };
  readonly fingerprints?: readonly string[];
}

export interface SshCredentials {
  readonly privateKey: Buffer;
  readonly passphrase?: string;
  /** Where the key came from, for messages (never the key itself). */
  readonly keySource: string;
  readonly pin: HostKeyPin;
}

export function loadSshCredentials(options: SshCredentialOptions): SshCredentials {
  const env = options.env ?? process.env;
  const { privateKey, keySource } = loadPrivateKey(options.identity, env.PHOENIX_SSH_KEY);
  const passphrase = env.PHOENIX_SSH_KEY_PASSPHRASE || undefined;
  const parsed = ssh2.utils.parseKey(privateKey, passphrase);
  const first = Array.isArray(parsed) ? parsed[0] : parsed;
  if (first instanceof Error || first === undefined) {
    const why = first instanceof Error ? first.message : 'no key found';
    const hint = /passphrase/i.test(why) ? ' (set PHOENIX_SSH_KEY_PASSPHRASE)' : '';
    throw new UserError(`${keySource} is not a usable SSH private key: ${why}${hint}`, 2);
  }
  if (!first.isPrivateKey()) {
    throw new UserError(`${keySource} holds a public key; the SSH transport needs the private key`, 2);
  }

  const pin: { knownHosts?: HostKeyPin['knownHosts']; fingerprints?: string[] } = {};
  if (options.fingerprint !== undefined && options.fingerprint.trim() !== '') {
    pin.fingerprints = options.fingerprint
      .split(/[\s,]+/)
      .filter((f) => f !== '')
      .map((f) => normalizeFingerprint(f, 'host key fingerprint'));
  }
  if (options.knownHosts !== undefined) {
    const text = readText(options.knownHosts, 'known_hosts file');
    pin.knownHosts = { source: options.knownHosts, entries: parseKnownHosts(text, options.knownHosts) };
  } else if (pin.fingerprints === undefined && env.PHOENIX_KNOWN_HOSTS) {
    const value = env.PHOENIX_KNOWN_HOSTS;
    if (value.includes('\n') || /^\s*(@\S+\s+)?\S+\s+\S+\s+\S+/.test(value)) {
      pin.knownHosts = {
        source: 'PHOENIX_KNOWN_HOSTS',
        entries: parseKnownHosts(value, 'PHOENIX_KNOWN_HOSTS'),
      };
    } else {
      const text = readText(value.trim(), 'known_hosts file (PHOENIX_KNOWN_HOSTS)');
      pin.knownHosts = { source: value.trim(), entries: parseKnownHosts(text, value.trim()) };
    }
  }
  return { privateKey, ...(passphrase ? { passphrase } : {}), keySource, pin };
}

function loadPrivateKey(
  identity: string | undefined,
  envKey: string | undefined,
): { privateKey: Buffer; keySource: string } {
  if (identity !== undefined) {
    return { privateKey: readBytes(identity, 'identity file'), keySource: `identity file ${identity}` };
  }
  if (envKey !== undefined && envKey.trim() !== '') {
    if (envKey.includes('-----BEGIN')) {
      // Secrets pasted through some UIs arrive with literal "\n" or CRLF line ends.
      const text = envKey.includes('\\n') && !envKey.includes('\n') ? envKey.replace(/\\n/g, '\n') : envKey;
      return {
        privateKey: Buffer.from(text.replace(/\r\n/g, '\n').trim() + '\n'),
        keySource: 'PHOENIX_SSH_KEY',
      };
    }
    const path = envKey.trim();
    return {
      privateKey: readBytes(path, 'key file (PHOENIX_SSH_KEY)'),
      keySource: `key file ${path} (PHOENIX_SSH_KEY)`,
    };
  }
  throw new UserError(
    'no SSH private key: pass --identity FILE or set PHOENIX_SSH_KEY (the key text, or the path of a key file)',
    2,
  );
}

function readBytes(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UserError(`cannot read ${what} ${path}: ${getErrorMessage(err)}`, 2);
  }
}

function readText(path: string, what: string): string {
  return readBytes(path, what).toString('utf8');
}

/** Host key algorithms to offer, those already pinned for this host first (as OpenSSH orders them). */
export function hostKeyAlgorithms(pin: HostKeyPin, target: SshTarget): string[] | undefined {
  if (!pin.knownHosts) return undefined;
  const known = knownKeyTypes(pin.knownHosts.entries, target.host, target.port);
  if (known.length === 0) return undefined;
  const all = [
    'ssh-ed25519',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'rsa-sha2-512',
    'rsa-sha2-256',
    'ssh-rsa',
  ];
  const expand = (t: string): string[] =>
    t === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : [t];
  const first = known.flatMap(expand).filter((a) => all.includes(a));
  return [...new Set([...first, ...all])];
}

/**
 * Checks the server's host key blob against the pin. Returns undefined when accepted, otherwise
 * the refusal message: it always says "host key" and shows the SHA256 fingerprint seen.
 */
export function hostKeyRefusal(
  pin: HostKeyPin,
  target: SshTarget,
  description: string,
  key: Buffer,
): string | undefined {
  const seen = `${keyTypeOfBlob(key)} ${sshFingerprint(key)}`;
  const name = knownHostsName(target.host, target.port);
  if (!pin.knownHosts && !pin.fingerprints) {
    return (
      `refusing ${description}: no host key to check it against. The server offered host key ${seen}. ` +
      `Pass --known-hosts FILE or set PHOENIX_KNOWN_HOSTS (OpenSSH known_hosts format, e.g. the output of ` +
      `'ssh-keyscan -p ${target.port} ${target.host}' after checking it), or pin that fingerprint.`
    );
  }
  if (pin.fingerprints && !pin.fingerprints.includes(sshFingerprint(key))) {
    return (
      `refusing ${description}: host key fingerprint mismatch: the server offered ${seen}, ` +
      `the pinned fingerprint is ${pin.fingerprints.join(' or ')}`
    );
  }
  if (pin.knownHosts) {
    const { source, entries } = pin.knownHosts;
    const verdict = checkKnownHost(entries, target.host, target.port, key);
    if (!verdict.ok) {
      switch (verdict.reason) {
        case 'revoked':
          return `refusing ${description}: the host key it offered, ${seen}, is marked @revoked in ${source}`;
        case 'unknown':
          return (
            `refusing ${description}: unknown host key: ${source} has no entry for ${name}. ` +
            `The server offered ${seen}. If that is the host's key (compare with ` +
            `'ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub' on the host), add a line for ${name} to ${source}.`
          );
        case 'changed':
          return (
            `refusing ${description}: the host key has CHANGED: ${source} expects ${verdict.expected.join(' or ')} ` +
            `for ${name}, but the server offered ${seen}. This is either a reinstalled host or a man-in-the-middle; ` +
            `update ${source} only after checking the fingerprint on the host.`
          );
      }
    }
  }
  return undefined;
}
