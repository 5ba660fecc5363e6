/**
 * Host key pinning for the SSH transport: OpenSSH `known_hosts` parsing and matching (plain and
 * wildcard patterns, `!` negations, `[host]:port` for non-standard ports, hashed `|1|salt|hash`
 * names, `@revoked` lines) and `SHA256:` fingerprints as `ssh-keygen -l` prints them.
 * Pure functions; reading files and environment variables happens in the transport.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { UserError } from '../util/errors.js';

export interface KnownHostEntry {
  /** 1-based line in its source. */
  readonly line: number;
  readonly marker?: 'revoked' | 'cert-authority';
  /** The host field as written: comma-separated patterns, or one hashed `|1|salt|hash` name. */
  readonly hosts: string;
  readonly keyType: string;
  /** Decoded public key blob (the base64 field). */
  readonly key: Buffer;
}

export type HostKeyVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'unknown' | 'changed' | 'revoked';
      /** Fingerprints of the keys known for this host (for `changed`). */
      readonly expected: readonly string[];
    };

const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;

/** `SHA256:<unpadded base64 of sha256(blob)>`, the form `ssh-keygen -lf` and `ssh` print. */
export function sshFingerprint(keyBlob: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '');
}

/** The algorithm name at the start of an SSH public key blob (`ssh-ed25519`, ...). */
export function keyTypeOfBlob(keyBlob: Buffer): string {
  if (keyBlob.length < 4) return 'unknown';
  const len = keyBlob.readUInt32BE(0);
  if (len > 64 || 4 + len > keyBlob.length) return 'unknown';
  return keyBlob.subarray(4, 4 + len).toString('latin1');
}

/** Validates and normalises a pinned fingerprint (`SHA256:` + 43 base64 characters, padding optional). */
export function normalizeFingerprint(fingerprint: string, source: string): string {
  const m = /^SHA256:([A-Za-z0-9+/]{43})=?$/.exec(fingerprint.trim());
  if (!m) {
    throw new UserError(
      `${source}: '${fingerprint}' is not a SHA256 host key fingerprint (expected SHA256: followed by 43 base64 characters, as 'ssh-keygen -lf' prints)`,
      2,
    );
  }
  return `SHA256:${m[1]}`;
}

export function parseKnownHosts(text: string, source: string): KnownHostEntry[] {
  const entries: KnownHostEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const fields = raw.split(/\s+/);
    let marker: KnownHostEntry['marker'];
    if (fields[0]!.startsWith('@')) {
      const m = fields.shift()!;
      if (m === '@revoked') marker = 'revoked';
      else if (m === '@cert-authority') marker = 'cert-authority';
      else
        throw new UserError(
          `${source}:${i + 1}: unknown marker '${m}' (known: @revoked, @cert-authority)`,
          2,
        );
    }
    if (fields.length < 3) {
      throw new UserError(
        `${source}:${i + 1}: expected 'HOSTS KEYTYPE BASE64KEY' (OpenSSH known_hosts format), got '${truncate(raw)}'`,
        2,
      );
    }
    const [hosts, keyType, b64] = fields as [string, string, string];
    const key = BASE64_RE.test(b64) ? Buffer.from(b64, 'base64') : Buffer.alloc(0);
    if (key.length === 0 || keyTypeOfBlob(key) !== keyType) {
      throw new UserError(`${source}:${i + 1}: the key of type '${keyType}' is not valid base64 key data`, 2);
    }
    entries.push({ line: i + 1, ...(marker ? { marker } : {}), hosts, keyType, key });
  }
  return entries;
}

/** The name OpenSSH looks up: `host` on port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  const h = host.toLowerCase();
  return port === 22 ? h : `[${h}]:${port}`;
}

export function entryMatchesHost(entry: KnownHostEntry, host: string, port: number): boolean {
  const name = knownHostsName(host, port);
  if (entry.hosts.startsWith('|1|')) return hashedNameMatches(entry.hosts, name);
  let matched = false;
  for (const pattern of entry.hosts.toLowerCase().split(',')) {
    if (pattern === '') continue;
    if (pattern.startsWith('!')) {
      if (globMatch(pattern.slice(1), name)) return false;
    } else if (globMatch(pattern, name)) {
      matched = true;
    }
  }
  return matched;
}

/** Decide whether `offered` (the server's key blob) is the pinned key for host:port. */
export function checkKnownHost(
  entries: readonly KnownHostEntry[],
  host: string,
  port: number,
  offered: Buffer,
): HostKeyVerdict {
  const forHost = entries.filter((e) => entryMatchesHost(e, host, port));
  if (forHost.some((e) => e.marker === 'revoked' && e.key.equals(offered))) {
    return { ok: false, reason: 'revoked', expected: [] };
  }
  const plain = forHost.filter((e) => e.marker === undefined);
  if (plain.some((e) => e.key.equals(offered))) return { ok: true };
  if (plain.length === 0) return { ok: false, reason: 'unknown', expected: [] };
  return {
    ok: false,
    reason: 'changed',
    expected: plain.map((e) => `${e.keyType} ${sshFingerprint(e.key)}`),
  };
}

/** Key algorithms known for the host, to ask the server for one of them first (as OpenSSH does). */
export function knownKeyTypes(entries: readonly KnownHostEntry[], host: string, port: number): string[] {
  const types = new Set<string>();
  for (const e of entries) {
    if (e.marker === undefined && entryMatchesHost(e, host, port)) types.add(e.keyType);
  }
  return [...types];
}

function hashedNameMatches(field: string, name: string): boolean {
  const parts = field.split('|');
  // ['', '1', salt, hash]
  if (parts.length !== 4 || !BASE64_RE.test(parts[2]!) || !BASE64_RE.test(parts[3]!)) return false;
  const salt = Buffer.from(parts[2]!, 'base64');
  const want = Buffer.from(parts[3]!, 'base64');
  const got = createHmac('sha1', salt).update(name).digest();
  return want.length === got.length && timingSafeEqual(want, got);
}

/** OpenSSH's pattern match: `*` any run of characters, `?` exactly one, everything else literal. */
function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starT = t;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
