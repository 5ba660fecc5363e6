/**
 * Every action.yml and workflow validates against the SchemaStore schemas editors use, plus the
 * rules Phoenix holds itself to: node24 for JavaScript actions, composites that run the bundle via
 * $GITHUB_ACTION_PATH without splicing expressions into scripts, and least-privilege workflows.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeShared, REPO_ROOT, sharedPath } from '../helpers/shared.js';

type Obj = Record<string, unknown>;
// A CommonJS module: under NodeNext its default import is module.exports, which also carries `.default`.
const addFormats = formatsModule.default;
const load = (rel: string): Obj => parseYaml(readFileSync(join(REPO_ROOT, rel), 'utf8')) as Obj;

const actionFiles = [
  'action.yml',
  ...readdirSync(join(REPO_ROOT, 'actions'))
    .filter((d) => existsSync(join(REPO_ROOT, 'actions', d, 'action.yml')))
    .map((d) => `actions/${d}/action.yml`),
];
const workflowFiles = readdirSync(join(REPO_ROOT, '.github', 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);

function compile(schemaFile: string): ValidateFunction {
  // Both SchemaStore files are draft-07: ajv's default class; strict off for their vendor keywords.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(sharedPath('schemastore', schemaFile), 'utf8')) as Obj);
}

function problems(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

describeShared('SchemaStore schemas', () => {
  const actionSchema = compile('github-action.json');
  const workflowSchema = compile('github-workflow.json');

  it('finds the files to check', () => {
    expect(actionFiles).toEqual(expect.arrayContaining(['action.yml', 'actions/validate/action.yml']));
    expect(workflowFiles).toEqual(
      expect.arrayContaining(['.github/workflows/validate.yml', '.github/workflows/ci.yml']),
    );
  });

  it.each(actionFiles)('%s is a valid action', (file) => {
    expect(problems(actionSchema, load(file))).toEqual([]);
  });

  it.each(workflowFiles)('%s is a valid workflow', (file) => {
    expect(problems(workflowSchema, load(file))).toEqual([]);
  });

  it('the schemas reject what they should (guards against a schema that accepts anything)', () => {
    expect(problems(actionSchema, { name: 'x', description: 'y', runs: { using: 'node12' } })).not.toEqual(
      [],
    );
    expect(
      problems(workflowSchema, {
        on: 'push',
        jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ shell: 'bash' }] } },
      }),
    ).not.toEqual([]);
  });
});

interface Step {
  run?: string;
  uses?: string;
  shell?: string;
  with?: Obj;
}
const stepsOf = (action: Obj): Step[] =>
  ((action.runs as Obj | undefined)?.steps as Step[] | undefined) ?? [];

describe('actions', () => {
  it.each(actionFiles)('%s: JavaScript actions run on node24, composites do not name a runtime', (file) => {
    const runs = load(file).runs as Obj;
    const using = String(runs.using);
    if (using.startsWith('node')) expect(using).toBe('node24');
    else expect(using).toBe('composite');
  });

  it.each(actionFiles)('%s: composite steps are safe and location-independent', (file) => {
    const steps = stepsOf(load(file));
    for (const step of steps) {
      // `uses: ./x` inside a composite resolves against the caller's workspace, not this action.
      if (step.uses) expect(step.uses.startsWith('./')).toBe(false);
      if (step.run === undefined) continue;
      expect(step.shell).toBe('bash');
      // Inputs reach scripts through env only: an expression spliced into `run:` is shell injection.
      expect(step.run).not.toContain('${{');
      // The bundle is found from the action's own folder, wherever the runner unpacked it.
      if (step.run.includes('dist/index.js'))
        expect(step.run).toMatch(/node "\$GITHUB_ACTION_PATH\/(\.\.\/\.\.\/)?dist\/index\.js"/);
    }
  });

  it.each(actionFiles)(
    '%s: every input a step passes is declared, and every output maps a step that exists',
    (file) => {
      const action = load(file);
      const declared = Object.keys((action.inputs as Obj | undefined) ?? {});
      const ids = new Set(
        (stepsOf(action) as Array<Step & { id?: string }>).map((s) => s.id).filter(Boolean),
      );
      const text = readFileSync(join(REPO_ROOT, file), 'utf8');
      for (const m of text.matchAll(/inputs\.([\w-]+)/g)) expect(declared).toContain(m[1]);
      for (const [name, spec] of Object.entries((action.outputs as Record<string, Obj> | undefined) ?? {})) {
        // A node action's outputs are what its code sets (test/github/action-io.test.ts); they map no step.
        if (String((action.runs as Obj).using).startsWith('node')) {
          expect([name, spec.value]).toEqual([name, undefined]);
          continue;
        }
        const m = /steps\.([\w-]+)\.outputs\.([\w-]+)/.exec(String(spec.value));
        expect([name, m && ids.has(m[1])]).toEqual([name, true]);
      }
    },
  );

  it('the problem matcher reads the lines `phoenix validate` prints', async () => {
    const { formatDiagnostic } = await import('../../src/config/diagnostics.js');
    const matcher = JSON.parse(
      readFileSync(join(REPO_ROOT, 'actions/validate/problem-matcher.json'), 'utf8'),
    ) as {
      problemMatcher: Array<{
        pattern: Array<{
          regexp: string;
          file: number;
          line: number;
          column: number;
          severity: number;
          message: number;
          code: number;
        }>;
      }>;
    };
    const p = matcher.problemMatcher[0].pattern[0];
    const line = formatDiagnostic({
      file: 'config/phoenix_lxc_configs.json',
      line: 12,
      column: 5,
      severity: 'warning',
      rule: 'PHX-GPU-LIST',
      message: 'gpu_assignment "0, 1": written with a space [normalised]: use "0,1"',
    });
    const m = new RegExp(p.regexp).exec(line)!;
    expect([m[p.file], m[p.line], m[p.column], m[p.severity], m[p.message], m[p.code]]).toEqual([
      'config/phoenix_lxc_configs.json',
      '12',
      '5',
      'warning',
      'gpu_assignment "0, 1": written with a space [normalised]: use "0,1"',
      'PHX-GPU-LIST',
    ]);
    expect(new RegExp(p.regexp).test('3 guests, 0 errors, 1 warning')).toBe(false);
  });
});

/** Write scopes a workflow may hold, and why. Anything else must be read or none. */
const ALLOWED_WRITE: Record<string, string> = {
  'pull-requests': 'plan/apply edit the sticky plan comment',
  issues: 'drift opens or updates the "Drift detected" issue',
};

describe('workflows', () => {
  const jobsOf = (wf: Obj): Array<[string, Obj]> => Object.entries((wf.jobs as Record<string, Obj>) ?? {});
  const triggers = (wf: Obj): string[] => {
    const on = wf.on ?? wf[true as unknown as string]; // YAML 1.1 parsers may read `on` as true
    return typeof on === 'string'
      ? [on]
      : Array.isArray(on)
        ? (on as string[])
        : Object.keys((on as Obj) ?? {});
  };

  it.each(workflowFiles)('%s: declares least-privilege permissions', (file) => {
    const wf = load(file);
    const scopes: Array<Obj | string | undefined> = [wf.permissions as Obj | string | undefined];
    for (const [, job] of jobsOf(wf)) {
      if (wf.permissions === undefined) expect(job.permissions).toBeDefined();
      if (job.permissions !== undefined) scopes.push(job.permissions as Obj | string);
    }
    for (const p of scopes) {
      if (p === undefined) continue;
      expect(typeof p).toBe('object'); // never write-all / read-all
      for (const [scope, level] of Object.entries(p as Obj)) {
        if (level === 'write') expect([scope, Object.hasOwn(ALLOWED_WRITE, scope)]).toEqual([scope, true]);
        else expect(['read', 'none']).toContain(level);
      }
    }
  });

  it.each(workflowFiles)('%s: pull-request code never runs on the self-hosted Proxmox runner', (file) => {
    const wf = load(file);
    const on = triggers(wf);
    expect(on).not.toContain('pull_request_target');
    if (!on.includes('pull_request')) return;
    for (const [, job] of jobsOf(wf))
      expect(JSON.stringify(job['runs-on'] ?? '')).not.toContain('self-hosted');
  });

  it.each(workflowFiles)('%s: actions are pinned to a ref and Node comes from .node-version', (file) => {
    const wf = load(file);
    for (const [, job] of jobsOf(wf)) {
      for (const step of (job.steps as Step[] | undefined) ?? []) {
        if (!step.uses || step.uses.startsWith('./')) continue;
        expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[\w.-]+$/);
        // plan.yml runs the base branch's action code, so its Node version is the base branch's too.
        if (step.uses.startsWith('actions/setup-node@'))
          expect(step.with?.['node-version-file']).toBe(
            file.endsWith('plan.yml') ? '.phoenix-trusted/.node-version' : '.node-version',
          );
      }
    }
  });

  it("plan.yml runs the base branch's action code; the pull request's checkout is data only", () => {
    const wf = load('.github/workflows/plan.yml');
    const [[, job]] = jobsOf(wf);
    const steps = job.steps as (Step & { run?: string })[];
    const at = (uses: string): number => steps.findIndex((s) => s.uses === uses);
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((s) => s.with)).toEqual([
      { 'persist-credentials': false, 'fetch-depth': 2 },
      {
        ref: '${{ github.event.pull_request.base.sha }}',
        path: '.phoenix-trusted',
        'persist-credentials': false,
      },
    ]);
    const plan = steps.find((s) => s.uses?.endsWith('actions/plan'));
    expect(plan).toMatchObject({ uses: './.phoenix-trusted/actions/plan', with: { 'config-dir': 'config' } });
    // No step runs code from the pull request's tree; the trusted folder is refused if it brings one.
    expect(
      steps.filter((s) => s.uses?.startsWith('./') && !s.uses.startsWith('./.phoenix-trusted/')),
    ).toEqual([]);
    const guard = steps.findIndex((s) => s.run?.includes('[ -e .phoenix-trusted ]'));
    expect(guard).toBeGreaterThan(steps.indexOf(checkouts[0]!));
    expect(guard).toBeLessThan(steps.indexOf(checkouts[1]!));
    expect(at('./.phoenix-trusted/actions/plan')).toBeGreaterThan(steps.indexOf(checkouts[1]!));
  });

  it('validate.yml gates pull requests that touch config or schemas, on a GitHub-hosted runner', () => {
    const wf = load('.github/workflows/validate.yml');
    expect((wf.on as Obj).pull_request).toEqual({ paths: ['config/**', 'schemas/**'] });
    expect(wf.permissions).toEqual({ contents: 'read' });
    const [[, job]] = jobsOf(wf);
    expect(job['runs-on']).toBe('ubuntu-latest');
    expect((job.steps as Step[]).map((s) => s.uses).filter(Boolean)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^actions\/checkout@/), './actions/validate']),
    );
  });
});
