import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  getBooleanInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  getRunContext,
  getValidateSettings,
  inputEnvNames,
} from '../../src/github/inputs.js';
import {
  addPath,
  appendStepSummary,
  exportVariable,
  formatKeyValue,
  setOutputs,
} from '../../src/github/runner-files.js';
import { UserError } from '../../src/util/errors.js';
import { loadWebhookExample, parseFileCommands } from '../helpers/runner-protocol.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phoenix-inputs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs', () => {
  it('reads the shell-safe name first, then the toolkit form', () => {
    expect(inputEnvNames('config-dir')).toEqual(['INPUT_CONFIG_DIR', 'INPUT_CONFIG-DIR']);
    expect(inputEnvNames('command')).toEqual(['INPUT_COMMAND']);
    expect(getOptionalInput({ 'INPUT_CONFIG-DIR': ' estate ' }, 'config-dir')).toBe('estate');
    expect(getOptionalInput({ INPUT_CONFIG_DIR: 'a', 'INPUT_CONFIG-DIR': 'b' }, 'config-dir')).toBe('a');
  });

  it('treats blank as absent; required inputs say which one is missing', () => {
    expect(getOptionalInput({ INPUT_COMMAND: '   ' }, 'command')).toBeUndefined();
    expect(() => getRequiredInput({}, 'command')).toThrow(
      new UserError("input 'command' is required and was not supplied"),
    );
  });

  it('accepts only YAML core booleans', () => {
    expect(getBooleanInput({ INPUT_X: 'True' }, 'x', false)).toBe(true);
    expect(getBooleanInput({ INPUT_X: 'FALSE' }, 'x', true)).toBe(false);
    expect(getBooleanInput({}, 'x', true)).toBe(true);
    expect(() => getBooleanInput({ INPUT_X: 'yes' }, 'x', false)).toThrow(
      "input 'x' must be true or false, got 'yes'",
    );
  });

  it('splits a list input on commas and newlines, dropping blanks', () => {
    expect(getListInput({ INPUT_ONLY: 'ct/950, vm/9001\n\n ct/95*\n' }, 'only')).toEqual([
      'ct/950',
      'vm/9001',
      'ct/95*',
    ]);
    expect(getListInput({ INPUT_ONLY: ' , \n' }, 'only')).toBeUndefined();
    expect(getListInput({}, 'only')).toBeUndefined();
  });

  it('builds validate settings once: flags win over inputs, default config dir', () => {
    writeFileSync(join(dir, 'marker'), '');
    const env = { INPUT_CONFIG_DIR: '.', INPUT_FAIL_ON_WARNINGS: 'true' };
    expect(getValidateSettings(env, dir)).toMatchObject({ configDir: '.', failOnWarnings: true });
    expect(getValidateSettings(env, dir, { configDir: dir, failOnWarnings: false })).toMatchObject({
      configDir: dir,
      failOnWarnings: false,
    });
    expect(() => getValidateSettings({}, dir)).toThrow(/config-dir 'config' is not a directory/);
    expect(() => getValidateSettings({ INPUT_CONFIG_DIR: 'marker' }, dir)).toThrow(/is not a directory/);
  });

  it('takes the PR head sha and number from a real pull_request payload', () => {
    const payload = loadWebhookExample('pull_request', 'synchronize') as {
      number: number;
      pull_request: { head: { sha: string } };
    };
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(payload));
    const run = getRunContext(
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_SHA: 'f'.repeat(40),
        GITHUB_WORKSPACE: '/w',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SERVER_URL: 'https://ghe.example/',
      },
      '/w/sub',
    );
    expect(run).toEqual({
      inActions: true,
      workspace: '/w',
      cwd: '/w/sub',
      eventName: 'pull_request',
      repository: 'o/r',
      serverUrl: 'https://ghe.example',
      headSha: payload.pull_request.head.sha,
      pullRequestNumber: payload.number,
    });
    expect(payload.pull_request.head.sha).not.toBe('f'.repeat(40));
  });

  it('falls back to GITHUB_SHA and the cwd outside a PR or outside Actions', () => {
    const pushPath = join(dir, 'push.json');
    writeFileSync(pushPath, JSON.stringify(loadWebhookExample('push')));
    expect(getRunContext({ GITHUB_EVENT_PATH: pushPath, GITHUB_SHA: 'abc' }, '/here')).toMatchObject({
      inActions: false,
      workspace: '/here',
      headSha: 'abc',
      pullRequestNumber: undefined,
    });
    expect(getRunContext({ GITHUB_EVENT_PATH: join(dir, 'missing.json') }, '/x').headSha).toBeUndefined();
  });
});

describe('runner files', () => {
  it('writes outputs in the heredoc form the runner parses', () => {
    const out = join(dir, 'out');
    writeFileSync(out, '');
    expect(setOutputs({ GITHUB_OUTPUT: out }, { errors: 2, warnings: 0, note: 'a\nb=c' })).toBe(true);
    expect(parseFileCommands(readFileSync(out, 'utf8'))).toEqual({
      errors: '2',
      warnings: '0',
      note: 'a\nb=c',
    });
  });

  it('does nothing outside Actions and refuses a missing file or a delimiter in the value', () => {
    expect(setOutputs({}, { a: 1 })).toBe(false);
    expect(appendStepSummary({}, '# x')).toBe(false);
    expect(() => setOutputs({ GITHUB_OUTPUT: join(dir, 'nope') }, { a: 1 })).toThrow(/does not exist/);
    expect(() => formatKeyValue('a', 'x\nDELIM\ny', 'DELIM')).toThrow(/delimiter/);
    expect(() => formatKeyValue('bad name', 'x', 'D')).toThrow(/invalid output/);
  });

  it('appends summaries, env and path entries', () => {
    const files = {
      GITHUB_STEP_SUMMARY: join(dir, 's'),
      GITHUB_ENV: join(dir, 'e'),
      GITHUB_PATH: join(dir, 'p'),
    };
    for (const f of Object.values(files)) writeFileSync(f, '');
    appendStepSummary(files, '# one');
    appendStepSummary(files, '# two\n');
    exportVariable(files, 'PHOENIX_STATE', '/tmp/s.json');
    addPath(files, '/opt/phoenix/bin');
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# one\n# two\n');
    expect(parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'))).toEqual({
      PHOENIX_STATE: '/tmp/s.json',
    });
    expect(readFileSync(files.GITHUB_PATH, 'utf8')).toBe('/opt/phoenix/bin\n');
    expect(() => addPath(files, 'a\nb')).toThrow(/line break/);
  });
});
