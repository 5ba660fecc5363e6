/**
 * The plan job (src/jobs/plan-job.ts), shared by `phoenix plan`, the plan action, the drift job and
 * the demo: the validation gate, the bases (state file, another config, a host), and what it
 * returns for the renderers.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidationResult } from '../../src/config/validate.js';
import { validateConfigDir } from '../../src/config/validate.js';
import {
  baseConfigBasis,
  loadBaseConfig,
  loadPlanConfig,
  planAgainst,
  planValidatedConfig,
  runPlanJob,
  stateFileBasis,
  type JobBasis,
} from '../../src/jobs/plan-job.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan as makePlan, planConfigDiff } from '../../src/plan/planner.js';
import { hashScripts } from '../../src/plan/script-hashes.js';
import { writeStateFile } from '../../src/plan/state-file.js';
import { countPlan } from '../../src/render/summary.js';
import { ct, host, TEMPLATE } from '../helpers/plan-fixtures.js';

let dir: string;
let configDir: string;
let invalidDir: string;

async function writeConfig(at: string, memory: number, clone = '900'): Promise<void> {
  await mkdir(join(at, 'features'), { recursive: true });
  await writeFile(join(at, 'features', 'docker.sh'), `#!/bin/bash\necho docker ${memory}\n`);
  const lxc = {
    lxc_configs: {
      '900': ct('base', { template: TEMPLATE, is_template: true, memory_mb: 1024 }),
      '950': ct('web', { clone_from_ctid: clone, features: ['docker'], memory_mb: memory }),
    },
  };
  await writeFile(join(at, 'phoenix_lxc_configs.json'), JSON.stringify(lxc, null, 2));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phoenix-jobs-plan-'));
  configDir = join(dir, 'config');
  invalidDir = join(dir, 'invalid');
  await writeConfig(configDir, 2048);
  await writeConfig(join(dir, 'base'), 1024);
  await writeConfig(invalidDir, 1024, '999');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const never = async (): Promise<JobBasis> => {
  throw new Error('the basis must not be read');
};

describe('plan job', () => {
  it('loads the config with its script hashes', async () => {
    const config = await loadPlanConfig(configDir);
    expect(config.validation.errors).toBe(0);
    expect(config.desired.guests.map((g) => g.id)).toEqual([900, 950]);
    expect(config.scriptHashes).toEqual(await hashScripts(configDir, config.desired));
    expect(Object.keys(config.scriptHashes)).toEqual(['features/docker.sh']);
  });

  it('plans against a recorded state file, returning the plan, its counts and the basis', async () => {
    const file = join(dir, 'empty.json');
    await writeStateFile(file, host());
    const seen: ValidationResult[] = [];
    const job = await runPlanJob({
      configDir,
      onValidated: (v) => seen.push(v),
      basis: stateFileBasis(file),
    });
    if (job.status !== 'planned') throw new Error('expected a plan');
    expect(seen).toEqual([job.validation]);
    expect(job.exitCode).toBe(0);
    expect(job.basis.live?.target).toBe(host().target);
    expect(job.counts).toEqual(countPlan(job.plan));
    expect(job.counts.create).toBe(2);
    const { desired } = await validateConfigDir(configDir);
    const direct = makePlan(desired, host(), {
      allowRebuild: false,
      scriptHashes: await hashScripts(configDir, desired),
    });
    expect(job.plan.hash).toBe(direct.hash);
  });

  it('diffs against another config dir as planConfigDiff does', async () => {
    const job = await runPlanJob({ configDir, basis: baseConfigBasis(join(dir, 'base')) });
    if (job.status !== 'planned') throw new Error('expected a plan');
    const base = await loadBaseConfig(join(dir, 'base'));
    const config = await loadPlanConfig(configDir);
    const direct = planConfigDiff(config.desired, base.desired, {
      scriptHashes: config.scriptHashes,
      oldScriptHashes: base.scriptHashes,
    });
    expect(job.plan.hash).toBe(direct.hash);
    expect(job.plan.changes.find((c) => c.id === 950)?.action).not.toBe('no-op');
    expect(job.plan.changes.find((c) => c.id === 900)?.action).toBe('no-op');
  });

  it('stops an invalid config before reading the basis, unless told to plan anyway', async () => {
    const stopped = await runPlanJob({ configDir: invalidDir, basis: never });
    expect(stopped.status).toBe('invalid');
    expect(stopped.exitCode).toBe(1);
    expect(stopped.validation.errors).toBeGreaterThan(0);

    const anyway = await runPlanJob({
      configDir: invalidDir,
      allowInvalid: true,
      basis: async () => ({ live: host() }),
    });
    expect(anyway.status).toBe('planned');
  });

  it('reuses a validation made before and hands the loaded config to the basis', async () => {
    const validation = await validateConfigDir(configDir);
    let given: unknown;
    const job = await planValidatedConfig({
      configDir,
      validation,
      basis: async (config) => {
        given = config;
        return { live: desiredToLiveState(config.desired, { scriptHashes: config.scriptHashes }) };
      },
    });
    expect(job.validation).toBe(validation);
    expect(given).toBe(job.config);
    expect(job.counts).toMatchObject({ create: 0, change: 0, destroy: 0 });
  });

  it('passes the plan mode to the planner', async () => {
    const config = await loadPlanConfig(configDir);
    expect(planAgainst(config, { live: host() }, { mode: 'drift' }).mode).toBe('drift');
    expect(planAgainst(config, { live: host() }).mode).toBe('normal');
  });
});
