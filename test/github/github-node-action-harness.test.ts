/** The node-action harness itself: INPUT_* naming, defaults, runner files, main then post, schema. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { actionSchemaProblems, inputVariable, runAction } from '../helpers/node-action-runner.js';
import { hasShared, REPO_ROOT } from '../helpers/shared.js';

const MAIN = `
import { appendFileSync } from 'node:fs';
const env = process.env;
const out = (k, v) => appendFileSync(env.GITHUB_OUTPUT, k + '=' + v + '\\n');
out('who', env['INPUT_WHO']);
out('dir', env['INPUT_CONFIG-DIR']);
out('token', env['INPUT_GITHUB-TOKEN']);
out('path-set', String(env.GITHUB_ACTION_PATH !== undefined));
appendFileSync(env.GITHUB_STATE, 'tmp=' + env.RUNNER_TEMP + '/key\\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '### from main\\n');
console.log('::notice::main ran in ' + process.cwd());
if (env.INPUT_FAIL === 'true') process.exit(3);
`;
const POST = `
import { appendFileSync } from 'node:fs';
console.log('post sees ' + process.env.STATE_tmp);
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### from post\\n');
`;

describe('runAction on a node24 action', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-node-harness-'));
    writeFileSync(join(dir, 'main.mjs'), MAIN);
    writeFileSync(join(dir, 'post.mjs'), POST);
    writeFileSync(
      join(dir, 'action.yml'),
      `name: probe
description: node harness probe
inputs:
  who: { description: who, default: world }
  config-dir: { description: dashes are kept in the variable name, default: config }
  github-token: { description: token, default: '\${{ github.token }}' }
  fail: { description: exit 3, default: 'false' }
outputs:
  who: { description: w }
  unset: { description: never set }
runs:
  using: node24
  main: main.mjs
  post: post.mjs
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // SchemaStore's schema rejects input names with spaces, so only the naming function sees one.
  it('names input variables as the runner does', () => {
    expect(['config-dir', 'my input', 'a_b'].map(inputVariable)).toEqual([
      'INPUT_CONFIG-DIR',
      'INPUT_MY_INPUT',
      'INPUT_A_B',
    ]);
  });

  it('passes inputs and evaluated defaults, then runs post with the state main saved', async () => {
    const r = await runAction({
      actionDir: dir,
      workspace: dir,
      inputs: { who: 'phoenix' },
      token: 'ghs_x',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({
      who: 'phoenix',
      dir: 'config',
      token: 'ghs_x',
      'path-set': 'false',
      unset: '',
    });
    expect(r.steps.map((s) => [s.id, s.outcome])).toEqual([
      ['main', 'success'],
      ['post', 'success'],
    ]);
    expect(r.stdoutLines.find((l) => l.startsWith('post sees '))).toMatch(
      /^post sees \/.+\/runner-temp\/key$/,
    );
    expect(r.annotations.map((a) => a.message)).toEqual([`main ran in ${dir}`]);
    expect(r.summary).toBe('### from main\n### from post\n');
  });

  it('reports main’s exit code and still runs post (post-if defaults to always())', async () => {
    const r = await runAction({
      actionDir: dir,
      workspace: dir,
      inputs: { fail: 'true', typo: 'x' },
    });
    expect(r.exitCode).toBe(3);
    expect(r.steps.map((s) => s.outcome)).toEqual(['failure', 'success']);
    expect(r.warnings).toEqual(["Unexpected input 'typo'"]);
  });

  (hasShared ? it : it.skip)('checks action.yml against the SchemaStore schema', () => {
    expect(
      actionSchemaProblems({ name: 'x', description: 'y', runs: { using: 'node24', main: 'a.js' } }),
    ).toEqual([]);
    expect(actionSchemaProblems({ name: 'x', description: 'y', runs: { using: 'node24' } })).not.toEqual([]);
  });
});

describe('the repository’s node24 actions', () => {
  const dirs = readdirSync(join(REPO_ROOT, 'actions')).filter((d) =>
    existsSync(join(REPO_ROOT, 'actions', d, 'action.yml')),
  );
  const nodeActions = dirs.filter(
    (d) =>
      (
        parseYaml(readFileSync(join(REPO_ROOT, 'actions', d, 'action.yml'), 'utf8')) as {
          runs: { using: string };
        }
      ).runs.using === 'node24',
  );

  it('are every action: validate, plan, apply, drift, setup-hypervisor (no composite is left)', () => {
    expect([...nodeActions].sort()).toEqual(['apply', 'drift', 'plan', 'setup-hypervisor', 'validate']);
    expect(dirs.sort()).toEqual([...nodeActions].sort());
  });

  it('the root action is one too: actions/main.mjs maps its command input to `phoenix gh <command>`', () => {
    const m = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      runs: Record<string, string>;
      outputs: Record<string, Record<string, string>>;
    };
    expect(m.runs).toEqual({ using: 'node24', main: 'actions/main.mjs' });
    const entry = readFileSync(join(REPO_ROOT, 'actions', 'main.mjs'), 'utf8');
    expect(entry).toContain('process.env.INPUT_COMMAND');
    expect(entry).toContain("await import('../dist/index.js')");
    // A node action's outputs are what it writes to GITHUB_OUTPUT: none carries a `value:`.
    expect(Object.entries(m.outputs).filter(([, o]) => 'value' in o)).toEqual([]);
  });

  it.each(nodeActions)('actions/%s declares its outputs without `value:`', (d) => {
    const m = parseYaml(readFileSync(join(REPO_ROOT, 'actions', d, 'action.yml'), 'utf8')) as {
      outputs?: Record<string, Record<string, string>>;
    };
    expect(Object.entries(m.outputs ?? {}).filter(([, o]) => 'value' in o)).toEqual([]);
  });

  it('no self-hosted job sets up Node: the runner runs the actions with its own', () => {
    const wfDir = join(REPO_ROOT, '.github', 'workflows');
    const selfHostedSetupNode: string[] = [];
    for (const f of readdirSync(wfDir).filter((x) => /\.ya?ml$/.test(x))) {
      const wf = parseYaml(readFileSync(join(wfDir, f), 'utf8')) as {
        jobs: Record<string, { 'runs-on'?: unknown; steps?: Array<{ uses?: string; run?: string }> }>;
      };
      for (const [id, job] of Object.entries(wf.jobs)) {
        const steps = job.steps ?? [];
        const setupNode = steps.some((st) => st.uses?.startsWith('actions/setup-node@'));
        // GitHub-hosted jobs keep it only where they run npm themselves (lint, build, tests).
        const runsNpm = steps.some((st) => /\bnpm\b|\bnpx\b/.test(st.run ?? ''));
        if (setupNode && (JSON.stringify(job['runs-on']).includes('self-hosted') || !runsNpm))
          selfHostedSetupNode.push(`${f}: ${id}`);
      }
    }
    expect(selfHostedSetupNode).toEqual([]);
  });

  it.each(nodeActions)(
    'actions/%s: main is an entry next to it that runs `phoenix gh %s` from dist/',
    (d) => {
      const runs = (
        parseYaml(readFileSync(join(REPO_ROOT, 'actions', d, 'action.yml'), 'utf8')) as {
          runs: { main: string; post?: string };
        }
      ).runs;
      const entry = readFileSync(join(REPO_ROOT, 'actions', d, runs.main), 'utf8');
      expect(entry).toContain(`'gh', '${d}'`);
      expect(entry).toContain("await import('../../dist/index.js')");
      if (runs.post) expect(existsSync(join(REPO_ROOT, 'actions', d, runs.post))).toBe(true);
    },
  );
});
