/**
 * Issue 10 item 7: host commands on the local targets get a minimal environment, in-guest commands
 * none of the runner's (`pct exec --keep-env 0`), and a token inside a command never reaches the
 * audit log or a plan file in clear.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withHash, parsePlan, serializePlan } from '../../src/plan/plan-file.js';
import type { Plan } from '../../src/plan/types.js';
import { withAudit } from '../../src/proxmox/audit.js';
import { pctExec } from '../../src/proxmox/commands/pct.js';
import { hostCommandEnv, LocalTransport } from '../../src/proxmox/local-transport.js';
import type { HostTransport } from '../../src/proxmox/transport.js';

const RUNNER_ENV = {
  PATH: process.env.PATH,
  HOME: '/home/runner',
  GITHUB_TOKEN: 'ghs_runnerTokenValue',
  INPUT_SSH_KEY: 'key material',
  PHOENIX_SAMBA_PASSWORD: 'samba-secret',
  PHOENIX_SIM_FAULTS: '[]',
  SSH_AUTH_SOCK: '/tmp/agent.sock',
  LANG: 'de_DE.UTF-8',
};

describe('local transport environment', () => {
  it('keeps PATH, HOME, a C.UTF-8 locale and simulator knobs; drops tokens and inputs', () => {
    expect(hostCommandEnv(RUNNER_ENV)).toEqual({
      PATH: process.env.PATH,
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      PHOENIX_SIM_FAULTS: '[]',
    });
  });
  it('a real command sees no runner secret', async () => {
    const t = new LocalTransport({ env: RUNNER_ENV });
    const r = await t.run(['env']);
    await t.close();
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('ghs_runnerTokenValue');
    expect(r.stdout).not.toContain('samba-secret');
    expect(r.stdout).not.toContain('INPUT_SSH_KEY');
    expect(r.stdout).toContain('LANG=C.UTF-8');
  });
});

describe('in-guest commands', () => {
  it('pct exec clears the environment (lxc-attach --clear-env)', () => {
    expect(pctExec(101, ['true']).argv).toEqual(['pct', 'exec', '101', '--keep-env', '0', '--', 'true']);
  });
});

describe('secrets in commands', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'phoenix-mask-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a token inside a health-check command is masked in the audit log', async () => {
    const inner: HostTransport = {
      description: 'fake',
      run: () => Promise.resolve({ exitCode: 0, stdout: '', stderr: '' }),
      close: () => Promise.resolve(),
    };
    const log = join(dir, 'audit.jsonl');
    const t = withAudit(inner, log);
    await t.run(
      pctExec(950, ['sh', '-c', 'TOKEN=abc123xyz curl -H "Authorization: Bearer zzz999888777" x']).argv,
    );
    await t.run(['tool', '--password', 'hunter2secret']);
    await t.close();
    const text = readFileSync(log, 'utf8');
    for (const s of ['abc123xyz', 'zzz999888777', 'hunter2secret']) expect(text).not.toContain(s);
    expect(text).toContain('TOKEN=***');
  });

  it('a plan file holds the masked command and still verifies', () => {
    const plan = withHash({
      version: 1,
      changes: [{ steps: [{ kind: 'health-check', command: 'TOKEN=abc123xyz ./check' }] }],
      layers: [],
    } as unknown as Omit<Plan, 'hash'>);
    const text = serializePlan(plan);
    expect(text).not.toContain('abc123xyz');
    expect(text).toContain('TOKEN=***');
    expect(parsePlan(text).hash).toBe(plan.hash);
  });
});
