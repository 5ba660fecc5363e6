import { parseSecretsInput } from '../../src/github/secrets-input.js';
import { UserError } from '../../src/util/errors.js';

describe("the apply action's secrets input", () => {
  it('reads NAME=value lines (values may hold =), skipping blanks and comments', () => {
    expect(parseSecretsInput('# mapped\nPORTAINER_ADMIN_PASSWORD=a=b c\n\nAPI_TOKEN=t\nEMPTY=\n')).toEqual({
      PORTAINER_ADMIN_PASSWORD: 'a=b c',
      API_TOKEN: 't',
    });
    expect(parseSecretsInput(undefined)).toEqual({});
  });

  it('reads a toJSON(secrets) object, leaving out keys that are no secret name', () => {
    expect(parseSecretsInput('{"github_token":"x","DB_PASSWORD":"p","N":3}')).toEqual({ DB_PASSWORD: 'p' });
  });

  it('refuses a bad line with its number and never quotes the value', () => {
    const err = (() => {
      try {
        parseSecretsInput('A=1\nlower=hunter2');
      } catch (e) {
        return e;
      }
    })() as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^input 'secrets', line 2: expected NAME=value/);
    expect(err.message).not.toContain('hunter2');
    expect(() => parseSecretsInput('{"A": ')).toThrow(/not a JSON object/);
  });
});
