/**
 * Parsing of SSH targets, `ssh://USER@HOST[:PORT]`. HOST is a name, an IPv4 address or a
 * bracketed IPv6 address (`ssh://root@[fd00::5]:2222`). Anything else (a password, a path, a
 * query) is refused with a message that names the problem, never silently dropped.
 */
import { UserError } from '../util/errors.js';

export interface SshTarget {
  readonly user: string;
  /** Host name or address as written (IPv6 without brackets), lower-cased. */
  readonly host: string;
  readonly port: number;
}

export const DEFAULT_SSH_PORT = 22;

const USER_RE = /^[A-Za-z0-9._][A-Za-z0-9._-]*$/;
const HOSTNAME_RE =
  /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/;
const IPV6_RE = /^[0-9A-Fa-f:.]+(?:%[A-Za-z0-9_.-]+)?$/;

function bad(url: string, why: string): UserError {
  return new UserError(`invalid SSH target '${url}': ${why} (expected ssh://USER@HOST[:PORT])`, 2);
}

export function parseSshUrl(url: string): SshTarget {
  const trimmed = url.trim();
  if (!/^ssh:\/\//i.test(trimmed)) throw bad(url, "it must start with 'ssh://'");
  let rest = trimmed.slice('ssh://'.length);
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (/[/?#]/.test(rest)) throw bad(url, 'a path, query or fragment is not allowed');
  const at = rest.lastIndexOf('@');
  if (at < 0) throw bad(url, 'the user is missing');
  const userPart = rest.slice(0, at);
  const hostPart = rest.slice(at + 1);
  if (userPart.includes(':')) {
    throw bad(url, 'a password in the URL is not supported; use a key (--identity or PHOENIX_SSH_KEY)');
  }
  const user = decodeURIComponentSafe(url, userPart);
  if (user === '') throw bad(url, 'the user is empty');
  if (!USER_RE.test(user)) throw bad(url, `'${user}' is not a valid user name`);

  let host: string;
  let portText: string | undefined;
  if (hostPart.startsWith('[')) {
    const close = hostPart.indexOf(']');
    if (close < 0) throw bad(url, "an IPv6 address opened with '[' is not closed with ']'");
    host = hostPart.slice(1, close);
    const after = hostPart.slice(close + 1);
    if (after !== '') {
      if (!after.startsWith(':')) throw bad(url, `unexpected '${after}' after the IPv6 address`);
      portText = after.slice(1);
    }
    if (!IPV6_RE.test(host) || !host.includes(':')) throw bad(url, `'${host}' is not an IPv6 address`);
  } else {
    const colon = hostPart.indexOf(':');
    if (colon >= 0) {
      host = hostPart.slice(0, colon);
      portText = hostPart.slice(colon + 1);
    } else {
      host = hostPart;
    }
    if (host === '') throw bad(url, 'the host is missing');
    if (!HOSTNAME_RE.test(host)) throw bad(url, `'${host}' is not a valid host name or address`);
  }

  let port = DEFAULT_SSH_PORT;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      throw bad(url, `the port '${portText}' is not a number between 1 and 65535`);
    }
    port = Number(portText);
  }
  return { user, host: host.toLowerCase(), port };
}

/** `ssh://root@pve:22` style description used in messages and `HostTransport.description`. */
export function formatSshTarget(t: SshTarget): string {
  const host = t.host.includes(':') ? `[${t.host}]` : t.host;
  return `ssh://${t.user}@${host}:${t.port}`;
}

function decodeURIComponentSafe(url: string, s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw bad(url, `'${s}' has a broken %-escape`);
  }
}
