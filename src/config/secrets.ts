/**
 * Recognising secrets written in plain text into config files. Pure; used by the validation rule
 * PHX-PLAINTEXT-SECRET and usable by anything that must not print secret values.
 */
import type { JsonPath } from './json-source.js';
import { isSecretRef } from './secret-refs.js';

/** Last word(s) of a key that make its value a credential. */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pw',
  'pass',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'apitoken',
  'authtoken',
  'credential',
  'credentials',
]);
const SECRET_PAIRS = new Set([
  'api key',
  'private key',
  'secret key',
  'access key',
  'auth key',
  'client secret',
  'api token',
  'auth token',
]);

/** Split `adminPassword`, `admin_password`, `API-Key` into lower-case words. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * True for keys that hold a credential: `password`, `admin_password`, `api_key`, `apiKey`,
 * `docker_token`, `client_secret`. Keys that name something *about* a secret are not:
 * `password_hash`, `hf_token_file`, `ssh_public_key`, `token_url`.
 */
export function isSecretKey(key: string): boolean {
  const w = words(key);
  if (w.length === 0) return false;
  const last = w[w.length - 1];
  if (SECRET_WORDS.has(last)) return true;
  return w.length >= 2 && SECRET_PAIRS.has(`${w[w.length - 2]} ${last}`);
}

const PLACEHOLDERS = new Set([
  'not_set',
  'notset',
  'not-set',
  'unset',
  'none',
  'null',
  'nil',
  'n/a',
  'na',
  'redacted',
  'changeme',
  'change_me',
  'change-me',
  'todo',
  'tbd',
  'placeholder',
  'secret',
  'xxx',
  'xxxx',
]);

/**
 * True when a value under a secret-looking key is not itself a secret: empty, a placeholder
 * (`NOT_SET`, `REDACTED`, `CHANGEME`, `<password>`, `****`), a reference to a secret kept elsewhere
 * (`${{ secrets.X }}`, `${ENV_VAR}`, `$ENV_VAR`), or a password hash (`$6$...`, `$y$...`, `$2b$...`).
 */
export function isNonSecretValue(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (PLACEHOLDERS.has(v.toLowerCase())) return true;
  if (/^\*+$/.test(v) || /^x+$/i.test(v) || /^<[^<>]+>$/.test(v)) return true;
  if (/^\$\{\{\s*[\w.-]+(\s*\|\|\s*[^}]*)?\s*\}\}$/.test(v)) return true; // ${{ secrets.X }}
  if (/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(v) || /^\$[A-Z_][A-Z0-9_]*$/.test(v)) return true; // ${ENV} / $ENV
  // crypt(3) hashes: $id$[params$]salt$hash (md5 $1$, sha256/512 $5$/$6$, bcrypt $2b$, yescrypt $y$, argon2)
  if (/^\$(1|2[abxy]?|5|6|7|y|gy|sha1|md5|argon2(id|i|d)?|scrypt)\$[^\s]+$/.test(v)) return true;
  if (/^\{(SSHA|SHA|SSHA256|SSHA512|CRYPT|BLF-CRYPT|ARGON2I|ARGON2ID)\}/i.test(v)) return true;
  return false;
}

export interface SecretFinding {
  readonly path: JsonPath;
  readonly key: string;
}

const keyCache = new Map<string, boolean>();

function secretKeyCached(key: string): boolean {
  let hit = keyCache.get(key);
  if (hit === undefined) {
    hit = isSecretKey(key);
    if (keyCache.size < 10_000) keyCache.set(key, hit);
  }
  return hit;
}

/** A container on the walk, with a link to its parent so paths are built only for findings. */
interface Frame {
  readonly value: object;
  readonly key: string | number | undefined;
  readonly parent: Frame | undefined;
}

function pathOf(frame: Frame | undefined, leaf: string): JsonPath {
  const out: (string | number)[] = [leaf];
  for (let f = frame; f && f.key !== undefined; f = f.parent) out.push(f.key);
  return out.reverse();
}

function isSecretScalar(key: string, v: unknown): boolean {
  if (typeof v === 'string') return (secretKeyCached(key) && !isNonSecretValue(v)) || hasInlineSecret(v);
  return typeof v === 'number' && secretKeyCached(key);
}

/**
 * Every plaintext secret in a parsed JSON value (secret references are not). Iterative, so deep files are fine; keys repeat
 * across guests, so the key test is cached, and paths are built only for findings.
 */
export function findPlaintextSecrets(root: unknown): SecretFinding[] {
  const found: SecretFinding[] = [];
  if (typeof root !== 'object' || root === null) return found;
  const stack: Frame[] = [{ value: root, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (Array.isArray(value)) {
      const secretAt = new Set(argvSecretIndexes(value));
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v === 'string' && (secretAt.has(i) || hasInlineSecret(v))) {
          found.push({ path: pathOf(frame, String(i)).slice(0, -1).concat(i), key: String(frame.key ?? '') });
        }
      }
      for (let i = value.length - 1; i >= 0; i--) {
        const v: unknown = value[i];
        if (typeof v === 'object' && v !== null && !isSecretRef(v))
          stack.push({ value: v, key: i, parent: frame });
      }
      continue;
    }
    const obj = value as Record<string, unknown>;
    const children: Frame[] = [];
    for (const key in obj) {
      const v = obj[key];
      // A secret reference (`{"secret": "NAME"}`, secret-refs.ts) holds a name, never the value.
      if (typeof v === 'object' && v !== null) {
        if (!isSecretRef(v)) children.push({ value: v, key, parent: frame });
      } else if (isSecretScalar(key, v)) found.push({ path: pathOf(frame, key), key });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

/** A secret written inside a longer text: its value and where it stands. */
export interface InlineSecret {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

// `--password foo`, `--api-key=foo`; `TOKEN=abc`, `export DB_PASSWORD="x"`; `X-Api-Key: abc`,
// `Authorization: Bearer abc`; `https://user:pass@host`. Values may be quoted.
const VALUE = `("[^"\\n]*"|'[^'\\n]*'|[^\\s'"]+)`;
const OPTION_RE = new RegExp(`(?:^|[\\s'"])--?([A-Za-z][A-Za-z0-9_-]*)(?:=|[ \\t]+)${VALUE}`, 'g');
const ASSIGN_RE = new RegExp(`(?:^|[^A-Za-z0-9_-])([A-Za-z_][A-Za-z0-9_]*)=${VALUE}`, 'g');
const HEADER_RE = new RegExp(
  `(?:^|[\\s'"])([A-Za-z][A-Za-z0-9_-]*):[ \\t]*(?:(?:Bearer|Basic|Token)[ \\t]+)?${VALUE}`,
  'gi',
);
const AUTH_RE = /\b(?:Bearer|Basic)[ \t]+([A-Za-z0-9._~+/=-]{8,})/g;
const URL_CRED_RE = /:\/\/[^\s:/@]+:([^\s@/]+)@/g;
const MAY_HOLD_SECRET = /pass|pw|secret|token|key|credential|bearer|basic|:\/\/[^\s@]*@/i;

function unquote(v: string, at: number): { value: string; start: number } {
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
    return { value: v.slice(1, -1), start: at + 1 };
  }
  return { value: v, start: at };
}

/** Every secret value written inside `text` (a command string, an argument, a URL). */
export function inlineSecrets(text: string): InlineSecret[] {
  // Every pattern below needs a secret word (each SECRET_WORDS / SECRET_PAIRS entry holds one of
  // these), Bearer/Basic, or `user:pass@` in a URL: most texts have none and skip the five scans.
  if (text.length < 4 || !MAY_HOLD_SECRET.test(text)) return [];
  const out: InlineSecret[] = [];
  const take = (raw: string, at: number): void => {
    const { value, start } = unquote(raw, at);
    if (value.startsWith('-') || isNonSecretValue(value)) return;
    out.push({ value, start, end: start + value.length });
  };
  for (const re of [OPTION_RE, ASSIGN_RE, HEADER_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!secretKeyCached(m[1])) continue;
      take(m[2], m.index + m[0].length - m[2].length);
    }
  }
  for (const re of [AUTH_RE, URL_CRED_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      take(m[1], m.index + m[0].length - m[1].length - (re === URL_CRED_RE ? 1 : 0));
  }
  return out;
}

export function hasInlineSecret(text: string): boolean {
  return inlineSecrets(text).length > 0;
}

/** Indexes of argument-array elements that are secret values: the one after `--password`, `-token`. */
export function argvSecretIndexes(list: readonly unknown[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < list.length; i++) {
    const opt = list[i];
    const next = list[i + 1];
    if (typeof opt !== 'string' || typeof next !== 'string') continue;
    const m = /^--?([A-Za-z][A-Za-z0-9_-]*)$/.exec(opt);
    if (m && secretKeyCached(m[1]) && !next.startsWith('-') && !isNonSecretValue(next)) out.push(i + 1);
  }
  return out;
}

/** `text` with every inline secret replaced by `mask`. */
export function maskInlineSecrets(text: string, mask = '***'): string {
  const found = inlineSecrets(text).sort((a, b) => a.start - b.start);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + mask;
    at = f.end;
  }
  return out + text.slice(at);
}

/** An argument vector with inline secrets and the values after secret options masked. */
export function maskArgvSecrets(argv: readonly string[], mask = '***'): string[] {
  const at = new Set(argvSecretIndexes(argv));
  return argv.map((a, i) => (at.has(i) ? mask : maskInlineSecrets(a, mask)));
}

/**
 * A JSON value with inline secrets masked in every string and every argument array (what plan
 * files and plan renderings print). Values Phoenix builds itself are shallow, so plain recursion.
 */
export function maskSecretsDeep<T>(value: T, mask = '***'): T {
  // Returns the very value it was given wherever nothing was masked, so a plan without secrets
  // (nearly every plan) is not copied.
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskInlineSecrets(v, mask);
    if (Array.isArray(v)) {
      const at = new Set(argvSecretIndexes(v));
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        const y = at.has(i) ? mask : walk(x);
        if (y !== x) (out ??= v.slice())[i] = y;
      }
      return out ?? v;
    }
    if (typeof v === 'object' && v !== null) {
      const obj = v as Record<string, unknown>;
      let out: Record<string, unknown> | undefined;
      for (const k of Object.keys(obj)) {
        const x = obj[k];
        const y = walk(x);
        if (y !== x) (out ??= { ...obj })[k] = y;
      }
      return out ?? v;
    }
    return v;
  };
  return walk(value) as T;
}
