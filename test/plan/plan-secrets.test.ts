/**
 * Secret references for guest scripts (config/secret-refs.ts): found and resolved without touching
 * the input, validated by name, never plaintext findings; the plan errors on a missing secret
 * (naming the guest and the secret) only where scripts run, and its hash covers the reference.
 */
import {
  findSecretRefs,
  resolveSecretRefs,
  envSecretLookup,
  isSecretRef,
} from '../../src/config/secret-refs.js';
import { findPlaintextSecrets } from '../../src/config/secrets.js';
import { plan } from '../../src/plan/planner.js';
import { ct, estate, hashes, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const REF = { secret: 'DB_PASSWORD' };

describe('secret references', () => {
  it('finds references by path and resolves them without changing the input', () => {
    const input = { db: { user: 'app', password: REF }, tokens: [{ secret: 'API_TOKEN' }], n: 1 };
    expect(findSecretRefs(input)).toEqual([
      { path: ['db', 'password'], name: 'DB_PASSWORD' },
      { path: ['tokens', 0], name: 'API_TOKEN' },
    ]);
    const r = resolveSecretRefs(input, (n) => (n === 'DB_PASSWORD' ? 'pw-1' : undefined));
    expect(r.value).toEqual({
      db: { user: 'app', password: 'pw-1' },
      tokens: [{ secret: 'API_TOKEN' }],
      n: 1,
    });
    expect(r.values).toEqual(['pw-1']);
    expect(r.missing).toEqual(['API_TOKEN']);
    expect(input.db.password).toBe(REF);
  });

  it('is exactly {"secret": NAME}; an invalid name is never looked up', () => {
    expect(isSecretRef(REF)).toBe(true);
    expect(isSecretRef({ secret: 'X', other: 1 })).toBe(false);
    expect(isSecretRef({ secret: 3 })).toBe(false);
    const asked: string[] = [];
    const r = resolveSecretRefs({ a: { secret: 'bad name' } }, (n) => (asked.push(n), 'v'));
    expect(asked).toEqual([]);
    expect(r.missing).toEqual(['bad name']);
  });

  it('reads PHOENIX_SECRET_<NAME>; an empty variable counts as unset', () => {
    const lookup = envSecretLookup({ PHOENIX_SECRET_DB_PASSWORD: 'x', PHOENIX_SECRET_EMPTY: '' });
    expect(lookup('DB_PASSWORD')).toBe('x');
    expect(lookup('EMPTY')).toBeUndefined();
    expect(lookup('OTHER')).toBeUndefined();
  });

  it('a reference under a password key is no plaintext finding; the value written there is', () => {
    expect(findPlaintextSecrets({ admin_password: REF })).toEqual([]);
    expect(findPlaintextSecrets({ admin_password: 'hunter2hunter2' })).toHaveLength(1);
  });
});

describe('planning with secret references', () => {
  const desired = (name = 'DB_PASSWORD') =>
    estate({
      '950': ct('web', {
        template: TEMPLATE,
        application_script: 'web.sh',
        db: { password: { secret: name } },
      }),
      '951': ct('db', { template: TEMPLATE, db: { password: { secret: 'UNUSED_BY_SCRIPTS' } } }),
    });
  const H = hashes({ 'apps/web.sh': 'a' });

  it('a missing secret is an error naming the guest and the secret, for guests whose scripts run', () => {
    const p = plan(desired(), host(), { scriptHashes: H, secretAvailable: () => false });
    expect(p.errored).toBe(true);
    expect(p.errors).toEqual([
      {
        address: 'ct/950',
        message:
          "CT 950 (web): secret DB_PASSWORD (at 'db.password') has no value: set PHOENIX_SECRET_DB_PASSWORD " +
          "(in GitHub Actions: the apply action's `secrets` input)",
      },
    ]);
    expect(plan(desired(), host(), { scriptHashes: H, secretAvailable: () => true }).errored).toBe(false);
  });

  it('the plan hash covers the reference (its name), not whether or what the value is', () => {
    const a = plan(desired(), host(), { scriptHashes: H, secretAvailable: () => true });
    const b = plan(desired(), host(), { scriptHashes: H });
    const c = plan(desired('OTHER_PASSWORD'), host(), { scriptHashes: H, secretAvailable: () => true });
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });
});
