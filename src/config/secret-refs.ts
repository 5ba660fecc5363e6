/**
 * Secret references in config values: `{"secret": "PORTAINER_ADMIN_PASSWORD"}` stands where a
 * password or token would be. The config (and so the plan and its hash) holds only the reference;
 * apply resolves it from the environment variable `PHOENIX_SECRET_<NAME>` and hands the value to
 * the guest's scripts inside their config JSON. Pure.
 */
import type { JsonPath } from './json-source.js';

/** A secret's name: upper case letters, digits and `_`, starting with a letter (a GitHub secret name). */
export const SECRET_NAME_RE = /^[A-Z][A-Z0-9_]{0,99}$/;

/** Where apply looks a secret up. */
export const SECRET_ENV_PREFIX = 'PHOENIX_SECRET_';

export function secretEnvName(name: string): string {
  return `${SECRET_ENV_PREFIX}${name}`;
}

/** `{"secret": NAME}` with no other key: a reference (its name may still be invalid). */
export function isSecretRef(v: unknown): v is { secret: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && keys[0] === 'secret' && typeof (v as { secret: unknown }).secret === 'string';
}

export interface SecretRefFinding {
  readonly path: JsonPath;
  readonly name: string;
}

/** Every secret reference inside a parsed JSON value, in document order. */
export function findSecretRefs(root: unknown): SecretRefFinding[] {
  const out: SecretRefFinding[] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (isSecretRef(v)) {
      out.push({ path, name: v.secret });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, [...path, k]);
  };
  walk(root, []);
  return out;
}

export interface ResolvedSecrets<T> {
  /** `value` with every reference replaced by its secret (references not found stay as they are). */
  readonly value: T;
  /** The secret values put in (to be masked wherever output is shown). */
  readonly values: readonly string[];
  /** Names no value was found for, each once. */
  readonly missing: readonly string[];
}

/** Replaces every reference in `value` by `lookup(name)`; the input is not changed. */
export function resolveSecretRefs<T>(
  value: T,
  lookup: (name: string) => string | undefined,
): ResolvedSecrets<T> {
  const values = new Set<string>();
  const missing = new Set<string>();
  const walk = (v: unknown): unknown => {
    if (isSecretRef(v)) {
      const s = SECRET_NAME_RE.test(v.secret) ? lookup(v.secret) : undefined;
      if (s === undefined || s === '') {
        missing.add(v.secret);
        return v;
      }
      values.add(s);
      return s;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null)
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(value) as T;
  return { value: out, values: [...values], missing: [...missing] };
}

/** Looks secrets up in an environment (`PHOENIX_SECRET_<NAME>`). */
export function envSecretLookup(
  env: Readonly<Record<string, string | undefined>>,
): (name: string) => string | undefined {
  return (name) => {
    const v = env[secretEnvName(name)];
    return v === undefined || v === '' ? undefined : v;
  };
}
