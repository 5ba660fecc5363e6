/**
 * Recognising secrets written in plain text into config files. Pure; used by the validation rule
 * PHX-PLAINTEXT-SECRET and usable by anything that must not print secret values.
 */
import type { JsonPath } from './json-source.js';

/** Last word(s) of a key that make its value a credential. */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'token',
  'apikey',
]);
const SECRET_PAIRS = new Set([
  'api key',
  'private key',
  'secret key',
  'access key',
  'auth key',
  'client secret',
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
  if (typeof v === 'string') return secretKeyCached(key) && !isNonSecretValue(v);
  return typeof v === 'number' && secretKeyCached(key);
}

/**
 * Every plaintext secret in a parsed JSON value. Iterative, so deep files are fine; keys repeat
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
      for (let i = value.length - 1; i >= 0; i--) {
        const v: unknown = value[i];
        if (typeof v === 'object' && v !== null) stack.push({ value: v, key: i, parent: frame });
      }
      continue;
    }
    const obj = value as Record<string, unknown>;
    const children: Frame[] = [];
    for (const key in obj) {
      const v = obj[key];
      if (typeof v === 'object' && v !== null) children.push({ value: v, key, parent: frame });
      else if (isSecretScalar(key, v)) found.push({ path: pathOf(frame, key), key });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}
