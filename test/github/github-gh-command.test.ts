/** `phoenix gh ...` in-process, with the toolkit mocked (the bundle is exercised in github-validate-action.test.ts). */
import { jest } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as core from '../helpers/core-fixtures.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { parseCommandLines, parseFileCommands } from '../helpers/runner-protocol.js';

jest.unstable_mockModule('@actions/core', () => core);
const { runGh, GH_COMMANDS } = await import('../../src/cli/commands/gh.js');
const { runValidateAction } = await import('../../src/github/validate-action.js');
const { getValidateSettings } = await import('../../src/github/inputs.js');

let dir: string;
beforeEach(() => {
  jest.clearAllMocks();
  dir = mkdtempSync(join(tmpdir(), 'phoenix-gh-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      isTTY: false,
      env,
      cwd: REPO_ROOT,
    },
  };
}

function runnerEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = {
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_WORKSPACE: REPO_ROOT,
    ...extra,
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  return env;
}

describe('phoenix gh', () => {
  it('validate: flags override inputs; annotations, outputs and summary are written; exit 1 on errors', async () => {
    const env = runnerEnv({ INPUT_CONFIG_DIR: 'does-not-matter' });
    const t = io(env);
    const code = await runGh(['validate', '--config-dir', 'test/fixtures/gh-bad'], t.io);
    expect(code).toBe(1);
    const annotations = parseCommandLines(t.out.join('').split('\n'));
    const outputs = parseFileCommands(readFileSync(env.GITHUB_OUTPUT, 'utf8'));
    expect(Number(outputs.errors)).toBe(annotations.filter((a) => a.command === 'error').length);
    expect(Number(outputs.errors)).toBeGreaterThan(0);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain(
      '| Severity | Location | Rule | Message |',
    );
    expect(core.startGroup).toHaveBeenCalledWith('Validating test/fixtures/gh-bad');
  });

  it('validate: a bad flag is a usage error annotated through the toolkit', async () => {
    const code = await runGh(['validate', '--no-such-flag'], io(runnerEnv()).io);
    expect(code).toBe(2);
    expect(core.error).toHaveBeenCalledWith(expect.stringMatching(/^phoenix gh validate: .*no-such-flag/));
  });

  it('commands without an action side yet fail with exit 2 and say so', async () => {
    for (const name of Object.keys(GH_COMMANDS).filter((n) => GH_COMMANDS[n] === null)) {
      expect(await runGh([name], io(runnerEnv()).io)).toBe(2);
      expect(core.error).toHaveBeenLastCalledWith(
        expect.stringContaining(`the '${name}' command is not implemented yet`),
      );
    }
  });

  it('internal errors are reported as such, not as user mistakes', async () => {
    const env = runnerEnv();
    rmSync(env.GITHUB_OUTPUT);
    const code = await runGh(['validate', '--config-dir', 'test/fixtures/gh-good'], io(env).io);
    expect(code).toBe(2);
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(/^phoenix validate: internal error: GITHUB_OUTPUT points at/),
    );
  });

  it('accepts exactly the commands the root action documents', () => {
    const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: { command: { description: string } };
    };
    const documented = /validate \| plan \| apply \| setup-hypervisor \| drift/
      .exec(action.inputs.command.description)?.[0]
      .split(' | ');
    expect(documented).toEqual(Object.keys(GH_COMMANDS));
  });
});

describe('validate action: fail-on-warnings', () => {
  it('passes with warnings by default and fails with them when asked', async () => {
    const config = join(dir, 'estate');
    cpSync(join(REPO_ROOT, 'test/fixtures/gh-good'), config, { recursive: true });
    const lxcPath = join(config, 'phoenix_lxc_configs.json');
    const lxc = JSON.parse(readFileSync(lxcPath, 'utf8')) as {
      lxc_configs: Record<string, Record<string, unknown>>;
    };
    lxc.lxc_configs['950'].tests = { smoke: [{ name: 'http answers', type: 'script', path: 'web/http.sh' }] };
    writeFileSync(lxcPath, JSON.stringify(lxc, null, 2));
    const logged: string[] = [];
    const logger = {
      debug: () => undefined,
      info: (m: string) => logged.push(m),
      notice: () => undefined,
      warning: () => undefined,
      error: () => undefined,
      annotate: (a: { level: string; title?: string }) => logged.push(`${a.level} ${a.title}`),
      startGroup: () => undefined,
      endGroup: () => undefined,
    };
    const lenient = await runValidateAction(
      getValidateSettings(runnerEnv(), dir, { configDir: 'estate' }),
      logger,
      runnerEnv(),
    );
    expect(lenient).toEqual({ errors: 0, warnings: 1, exitCode: 0 });
    expect(logged).toContain('warning PHX-TEST-MISSING');
    const strict = await runValidateAction(
      getValidateSettings(runnerEnv({ INPUT_FAIL_ON_WARNINGS: 'true' }), dir, { configDir: 'estate' }),
      logger,
      runnerEnv(),
    );
    expect(strict.exitCode).toBe(1);
    expect(logged).toContain('Validation failed: 1 warning(s) and fail-on-warnings is set.');
  });
});
