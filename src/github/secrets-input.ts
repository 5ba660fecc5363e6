/**
 * The apply action's `secrets` input: the secrets guest configs refer to (`{"secret": NAME}`,
 * config/secret-refs.ts), mapped from GitHub secrets. Either `NAME=value` lines
 * (`PORTAINER_ADMIN_PASSWORD=${{ secrets.PORTAINER_ADMIN_PASSWORD }}`) or a JSON object such as
 * `${{ toJSON(secrets) }}` (keys that are no secret name, e.g. `github_token`, are left out).
 */
import { SECRET_NAME_RE } from '../config/secret-refs.js';
import { UserError } from '../util/errors.js';

export function parseSecretsInput(text: string | undefined): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  const t = text?.trim() ?? '';
  if (t === '') return out;
  if (t.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch {
      // The text is secret: never quote it in an error.
      throw new UserError(`input 'secrets' starts with '{' but is not a JSON object`, 2);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new UserError(`input 'secrets' starts with '{' but is not a JSON object`, 2);
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      if (SECRET_NAME_RE.test(k) && typeof v === 'string' && v !== '') out[k] = v;
    return out;
  }
  for (const [i, raw] of t.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!SECRET_NAME_RE.test(name))
      throw new UserError(
        `input 'secrets', line ${i + 1}: expected NAME=value with NAME in upper case (letters, digits, _), ` +
          `e.g. PORTAINER_ADMIN_PASSWORD=\${{ secrets.PORTAINER_ADMIN_PASSWORD }}`,
        2,
      );
    const value = line.slice(eq + 1);
    if (value !== '') out[name] = value;
  }
  return out;
}
