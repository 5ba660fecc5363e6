/**
 * Each workflow job's token permissions are exactly what its steps need: the job's own
 * `permissions`, or the workflow's when the job has none, equal the union of its steps' needs
 * from the table below, no more (least privilege) and no less (the step would fail). Every
 * workflow declares `permissions`, so no job falls back to the repository's default token. A step
 * the table does not know fails the test, so a new step must say what it needs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/shared.js';

type Level = 'read' | 'write';
type Permissions = Record<string, Level>;
interface Step {
  readonly uses?: string;
  readonly run?: string;
}
interface Job {
  readonly permissions?: Permissions;
  readonly steps?: readonly Step[];
}
interface Workflow {
  readonly permissions?: Permissions;
  readonly jobs: Record<string, Job>;
}

/** What a step's `uses:` (without its `@ref`) needs from GITHUB_TOKEN, and why. */
const NEEDS: Record<string, Permissions> = {
  // Clones the repository with the job's token.
  'actions/checkout': { contents: 'read' },
  // Downloads Node from the runner's tool cache or nodejs.org: no token scope.
  'actions/setup-node': {},
  // Artifacts of the same run go through ACTIONS_RUNTIME_TOKEN, not GITHUB_TOKEN.
  'actions/upload-artifact': {},
  'actions/download-artifact': {},
  // Reads files only.
  './actions/validate': {},
  // Base config through the contents API, the sticky PR comment, the `phoenix-state` artifact of
  // another run (list + download: the Actions API).
  './actions/plan': { contents: 'read', 'pull-requests': 'write', actions: 'read' },
  // The same action from the base branch's checkout (plan.yml runs trusted code on pull requests).
  './.phoenix-trusted/actions/plan': { contents: 'read', 'pull-requests': 'write', actions: 'read' },
  // The merged PRs of the pushed commit and their plan comments (marked applied / failed).
  './actions/apply': { contents: 'read', 'pull-requests': 'write' },
  // The "Drift detected" issue and its label.
  './actions/drift': { issues: 'write' },
  // Works on the host only.
  './actions/setup-hypervisor': {},
};

const workflowFiles = readdirSync(join(REPO_ROOT, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f));
const load = (f: string): Workflow =>
  parseYaml(readFileSync(join(REPO_ROOT, '.github', 'workflows', f), 'utf8')) as Workflow;

function needsOf(step: Step): Permissions {
  if (step.uses === undefined) return {}; // a `run:` step uses no token unless it is given one
  const name = step.uses.startsWith('./') ? step.uses : step.uses.replace(/@.*$/, '');
  const need = NEEDS[name];
  if (!need) throw new Error(`no entry for ${step.uses} in NEEDS: say what it needs from the token`);
  return need;
}

function union(steps: readonly Step[]): Permissions {
  const out: Permissions = {};
  for (const s of steps)
    for (const [scope, level] of Object.entries(needsOf(s))) if (out[scope] !== 'write') out[scope] = level;
  return out;
}

describe('workflow permissions', () => {
  it('finds the workflows', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['apply.yml', 'plan.yml', 'setup-hypervisor.yml']));
  });

  it.each(workflowFiles)('%s: declares permissions, so no job gets the default token', (f) => {
    expect(load(f).permissions).toEqual(expect.any(Object));
  });

  it.each(workflowFiles)("%s: each job's permissions are exactly what its steps need", (f) => {
    const wf = load(f);
    for (const [name, job] of Object.entries(wf.jobs))
      expect([name, job.permissions ?? wf.permissions]).toEqual([name, union(job.steps ?? [])]);
  });

  it('the table drives the check: actions: read only where an artifact of another run is read', () => {
    const granted = workflowFiles.flatMap((f) =>
      Object.entries(load(f).jobs)
        .filter(([, j]) => (j.permissions ?? load(f).permissions)?.actions)
        .map(([n]) => `${f}:${n}`),
    );
    expect(granted).toEqual(['plan.yml:plan']);
    expect(union([{ uses: 'actions/checkout@x' }, { uses: './actions/plan' }, { run: 'true' }])).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      actions: 'read',
    });
    expect(() => union([{ uses: 'someone/else@v1' }])).toThrow(/no entry for someone\/else@v1/);
  });
});
