/**
 * One summary budget per step: every writer in a step (validate then plan, here) appends through
 * writeStepSummary, which gives it what the step has left. The big case is the one that broke:
 * 1,300 guests and 1,000 warnings, validate and the plan in one step, once over GitHub's 1 MiB.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEstate } from '../../bench/generate-estate.js';
import type { Annotation } from '../../src/github/annotations.js';
import { getPlanSettings, runPlanAction } from '../../src/github/plan-action.js';
import {
  renderValidationSummary,
  STEP_SUMMARY_BUDGET_BYTES,
  STEP_SUMMARY_LIMIT_BYTES,
  stepSummaryUsed,
  summaryRoom,
  writeStepSummary,
} from '../../src/github/summary.js';
import type { Logger } from '../../src/util/logger.js';
import { writeEstate } from '../helpers/config-builder.js';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { loadWebhookExample, parseFileCommands } from '../helpers/runner-protocol.js';

type Obj = Record<string, unknown>;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'phoenix-summary-budget-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const quietLogger = (): Logger => ({
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  annotate: () => undefined,
  startGroup: () => undefined,
  endGroup: () => undefined,
});

describe('writeStepSummary: one budget shared by the writers of a step', () => {
  it('gives each writer what the step has left, minus what it must leave to the next', () => {
    const file = join(root, 'summary');
    writeFileSync(file, '');
    const env = { GITHUB_STEP_SUMMARY: file };
    const seen: number[] = [];
    writeStepSummary(
      env,
      (budget) => {
        seen.push(budget);
        return 'x'.repeat(300_000) + '\n';
      },
      { leaveBytes: 500_000 },
    );
    expect(seen[0]).toBe(STEP_SUMMARY_BUDGET_BYTES - 500_000 - 1);
    expect(stepSummaryUsed(env)).toBe(300_001);
    writeStepSummary(env, (budget) => {
      seen.push(budget);
      return 'y\n'.repeat(budget); // twice the budget: cut to fit
    });
    expect(seen[1]).toBe(STEP_SUMMARY_BUDGET_BYTES - 300_001 - 1);
    const total = stepSummaryUsed(env);
    expect(total).toBeLessThanOrEqual(STEP_SUMMARY_BUDGET_BYTES);
    expect(readFileSync(file, 'utf8')).toContain(
      'Summary shortened to stay within the step summary size limit',
    );
  });

  it('writes nothing outside Actions, and the room never goes below zero', () => {
    expect(writeStepSummary({}, () => 'text')).toBe(false);
    expect(summaryRoom(STEP_SUMMARY_BUDGET_BYTES + 10)).toBe(0);
  });

  it('degrades validate: every finding, then the first ones that fit, then the counts alone', () => {
    const findings: Annotation[] = Array.from({ length: 50 }, (_, i) => ({
      level: 'warning',
      message: `finding number ${i} ${'m'.repeat(80)}`,
      file: 'config/phoenix_lxc_configs.json',
      line: i + 1,
      title: 'PHX-MEMORY-LOW',
    }));
    const input = {
      configDir: 'config',
      guests: 50,
      errors: 0,
      warnings: 50,
      findings,
      links: { serverUrl: 'https://github.com' },
    };
    const full = renderValidationSummary(input);
    expect(full).toContain('finding number 49');
    const some = renderValidationSummary({ ...input, budgetBytes: 3_000 });
    expect(bytes(some)).toBeLessThanOrEqual(3_000);
    expect(some).toContain('finding number 0');
    expect(some).toMatch(/…and \d+ more findings not shown here/);
    const counts = renderValidationSummary({ ...input, budgetBytes: 400 });
    expect(bytes(counts)).toBeLessThanOrEqual(400);
    expect(counts).toContain('50 warnings');
    expect(counts).toContain('The 50 findings are not listed here');
  });
});

describe('validate and plan in one step: 1,300 guests, 1,000 warnings', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
    gh.addToken('gh-token', ACTIONS_BOT);
  });
  afterEach(async () => {
    try {
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });

  it('stays under 1 MiB and still shows the counts and the first findings', async () => {
    const estate = generateEstate(1300);
    const lxc = JSON.parse(estate.texts.lxc) as { lxc_configs: Record<string, Obj> };
    // 1,000 containers with a few MB of memory: one PHX-MEMORY-LOW warning each.
    const ids = Object.keys(lxc.lxc_configs).filter((id) => !lxc.lxc_configs[id].is_template);
    expect(ids.length).toBeGreaterThanOrEqual(1000);
    for (const id of ids.slice(0, 1000)) lxc.lxc_configs[id].memory_mb = 32;
    const ws = join(root, 'ws');
    await writeEstate(join(ws, 'config'), {
      lxc,
      vm: JSON.parse(estate.texts.vm),
      hypervisor: JSON.parse(estate.texts.hypervisor),
      features: [...estate.scripts.features],
      apps: [...estate.scripts.apps],
      tests: [...estate.scripts.tests],
    });

    const files = {
      GITHUB_OUTPUT: join(root, 'out'),
      GITHUB_STEP_SUMMARY: join(root, 'summary'),
      GITHUB_EVENT_PATH: join(root, 'event.json'),
    };
    writeFileSync(files.GITHUB_OUTPUT, '');
    writeFileSync(files.GITHUB_STEP_SUMMARY, '');
    writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(loadWebhookExample('pull_request', 'opened')));
    const env: Record<string, string> = {
      ...files,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_RUN_ID: '4242',
      GITHUB_API_URL: gh.url,
      RUNNER_TEMP: mkdtempSync(join(root, 'temp-')),
      INPUT_GITHUB_TOKEN: 'gh-token',
    };
    const result = await runPlanAction(getPlanSettings(env, ws), quietLogger(), env, {
      upload: async () => ({ id: 1 }),
    });
    const outputs = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');

    expect(result.exitCode).toBe(0);
    expect(outputs['to-create']).toBe('1300');
    expect(bytes(summary)).toBeLessThan(STEP_SUMMARY_LIMIT_BYTES);
    // validate's counts and its first findings.
    expect(summary).toMatch(/## Phoenix validate: :warning: 1,?000 warnings, no errors/);
    expect(summary).toContain('PHX-MEMORY-LOW');
    expect(summary).toContain('ct-10000');
    // The plan's headline with its counts, and the pointer to the plan file.
    expect(summary).toMatch(/1,?300 to create/);
    expect(summary).toContain('The plan file is in the `phoenix-plan` artifact');
  }, 120_000);
});
