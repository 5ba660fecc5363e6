/**
 * `phoenix apply` asks before it changes the host: on a terminal it prints the plan (volumes
 * whose data would be lost included) and applies only after `yes`; `--yes`/`--auto-approve`
 * skip; without a terminal `--yes` is needed (checked before the host is opened), except in
 * GitHub Actions with a reviewed plan file. Nothing but reads reaches the host before the answer,
 * and a plan that changes while apply waits for the lock is not applied on the old approval.
 * Once through a real pseudo-terminal (util-linux `script`).
 */
import { jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runApply } from '../../src/cli/commands/apply.js';
import { runPlan } from '../../src/cli/commands/plan.js';
import type { Terminal } from '../../src/cli/confirm.js';
import type { CliIO } from '../../src/cli/io.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import {
  apply,
  editConfig,
  hostState,
  isLockCommand,
  makeEstate,
  type Estate,
} from '../helpers/apply-harness.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { describeShared } from '../helpers/shared.js';

/** A terminal whose user types `answer`. */
function fakeTerminal(answer: string): Terminal {
  const input = new PassThrough();
  input.write(`${answer}\n`);
  return { input, isTTY: true };
}

function capture(o: { terminal?: Terminal; env?: NodeJS.ProcessEnv } = {}): CliIO & {
  out: string;
  err: string;
} {
  const io = {
    out: '',
    err: '',
    isTTY: o.terminal !== undefined,
    env: { NO_COLOR: '1', ...o.env },
    cwd: process.cwd(),
    ...(o.terminal ? { terminal: o.terminal } : {}),
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

const auditArgv = (file: string): string[][] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
    : [];

describeShared('phoenix apply asks first', () => {
  let e: Estate;
  let target: string;
  const cfg = () => ['--config-dir', e.configDir, '--target', target];
  beforeEach(async () => {
    e = await makeEstate('example');
    target = `sim:${e.statePath}`;
  });

  it('on a terminal: prints the plan and the question; any answer but yes applies nothing, no lock taken', async () => {
    const audit = join(e.dir, 'audit.jsonl');
    const io = capture({ terminal: fakeTerminal('y') });
    expect(await runApply([...cfg(), '--audit-log', audit], io)).toBe(1);
    expect(io.out).toMatch(/^\s+\+ CT 910 /m);
    expect(io.out).toContain('Plan: ');
    expect(io.out).toContain(`Apply these changes to ${target}?`);
    expect(io.out).toContain("Only 'yes' will be accepted to approve.");
    expect(io.err).toContain('Apply not approved; nothing was applied.');
    expect((await hostState(e)).guests).toEqual([]);
    const argv = auditArgv(audit);
    expect(argv.length).toBeGreaterThan(0);
    expect(argv.filter(isLockCommand)).toEqual([]);
    expect(argv.map((a) => a.join(' ')).filter((a) => /^(pct|qm) (create|clone|set|start)/.test(a))).toEqual(
      [],
    );
  }, 60_000);

  it('on a terminal: `yes` applies; --yes and --auto-approve do not ask', async () => {
    const io = capture({ terminal: fakeTerminal('yes') });
    expect(await runApply(cfg(), io)).toBe(0);
    expect(io.out).toContain('Enter a value:');
    expect(io.out).toMatch(/Apply: \d+ succeeded, 0 failed/);
    expect((await hostState(e)).guests.length).toBe(e.desired.guests.length);

    // A terminal whose user would say no: never asked.
    for (const flag of ['--yes', '--auto-approve']) {
      const again = capture({ terminal: fakeTerminal('no') });
      expect(await runApply([...cfg(), flag], again)).toBe(0);
      expect(again.out).not.toContain('Enter a value:');
    }
  }, 90_000);

  it('without a terminal: a usage error naming --yes, before the host is opened', async () => {
    const audit = join(e.dir, 'audit.jsonl');
    await expect(runApply([...cfg(), '--audit-log', audit], capture())).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/no terminal to ask on; re-run with --yes \(or --auto-approve\)/),
    });
    expect(existsSync(audit)).toBe(false);
    await expect(runApply([...cfg(), '--yes', '--heartbeat-interval', 'x'], capture())).rejects.toThrow(
      /--heartbeat-interval must be an integer between 0 and 86400, got 'x'/,
    );
  });

  it('in GitHub Actions: a reviewed plan file is the approval; without one, --yes is still needed', async () => {
    const env = { GITHUB_ACTIONS: 'true' };
    await expect(runApply(cfg(), capture({ env }))).rejects.toThrow(
      /or give the reviewed plan with --plan FILE/,
    );
    const planFile = join(e.dir, 'plan.json');
    expect(await runPlan([...cfg(), '--out', planFile], capture())).toBe(0);
    const io = capture({ env });
    // The Actions toolkit writes its log lines to the process's stdout itself.
    let logged = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      logged += String(chunk);
      return true;
    });
    try {
      expect(await runApply([...cfg(), '--plan', planFile], io)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(io.out).not.toContain('Enter a value:');
    // One group per guest, each closed before the next opens; live lines outside them.
    const marks = logged.split('\n').filter((l) => /^::(end)?group::/.test(l));
    expect(marks.length).toBe(2 * e.desired.guests.length);
    marks.forEach((m, i) => expect(m.startsWith(i % 2 === 0 ? '::group::' : '::endgroup::')).toBe(true));
    expect(logged).toMatch(/^\[ *\d+\.\ds\] ct\/910 Portainer: > /m);
    expect((await hostState(e)).guests.length).toBe(e.desired.guests.length);
  }, 90_000);

  it('a change that deletes a data volume lists the volume in what it asks about', async () => {
    const writeGuest = (dir: string, extra: Record<string, unknown>) =>
      writeFileSync(
        join(dir, 'phoenix_lxc_configs.json'),
        JSON.stringify({
          lxc_configs: {
            960: {
              name: 'data',
              template: 'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
              memory_mb: 512,
              cores: 1,
              storage_pool: 'quickOS-lxc-disks',
              storage_size_gb: 8,
              network_config: { name: 'eth0', bridge: 'vmbr0', ip: '10.0.0.60/24', gw: '10.0.0.1' },
              zfs_volumes: [{ pool: 'quickOS-lxc-disks', size_gb: 2, mount_point: '/data' }],
              ...extra,
            },
          },
        }),
      );
    const d = await makeEstate('example', {
      patch: (dir) => {
        writeGuest(dir, {});
        writeFileSync(join(dir, 'phoenix_vm_configs.json'), JSON.stringify({ vms: [] }));
        const hvPath = join(dir, 'phoenix_hypervisor_config.json');
        const hv = JSON.parse(readFileSync(hvPath, 'utf8')) as Record<string, unknown>;
        delete hv.shared_volumes;
        writeFileSync(hvPath, JSON.stringify(hv));
      },
    });
    const dcfg = ['--config-dir', d.configDir, '--target', `sim:${d.statePath}`];
    expect(await runApply([...dcfg, '--yes'], capture())).toBe(0);
    // The volume leaves the config and the guest allows deleting it (a rebuild would keep it).
    writeGuest(d.configDir, { zfs_volumes: [], allow_destroy_volumes: true });
    const io = capture({ terminal: fakeTerminal('no') });
    expect(await runApply([...dcfg, '--allow-data-loss'], io)).toBe(1);
    const asked = io.out.slice(0, io.out.indexOf('Enter a value:'));
    expect(asked).toMatch(/Data loss: 1 volume destroyed with its data:\n +! ct\/960 .*mp0 \/data/);
    expect((await hostState(d)).guests.find((g) => g.id === 960)!.config.mp0).toMatch(/mp=\/data/);
  }, 60_000);

  it('apply --plan FILE still asks on a terminal and names the reviewed plan', async () => {
    const planFile = join(e.dir, 'plan.json');
    expect(await runPlan([...cfg(), '--out', planFile], capture())).toBe(0);
    const io = capture({ terminal: fakeTerminal('no') });
    expect(await runApply([...cfg(), '--plan', planFile], io)).toBe(1);
    expect(io.out).toMatch(/This is the reviewed plan of .*plan\.json \([0-9a-f]{12}\)/);
    expect((await hostState(e)).guests).toEqual([]);
  }, 60_000);
});

describeShared('the approval, in the apply engine', () => {
  it('is asked after read-only commands only; a plan changed while waiting for the lock is not applied', async () => {
    const e = await makeEstate('example');
    expect((await apply(e)).job.status).toBe('applied');
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['910']!.memory_mb = 3072;
    });
    const inner = new SimTransport(e.statePath, { env: {} });
    const commands: { argv: readonly string[]; readOnly: boolean }[] = [];
    let before: typeof commands = [];
    const run = await apply(e, {
      transport: {
        description: inner.description,
        run: (argv, options) => {
          commands.push({ argv, readOnly: options?.readOnly === true });
          return inner.run(argv, options);
        },
        close: () => inner.close(),
      },
      approve: async () => {
        before = [...commands];
        // Someone changes the guest behind Phoenix's back while the user reads the plan.
        const other = new SimTransport(e.statePath, { env: {} });
        await other.run(['pct', 'set', '910', '--memory', '1234']);
        await other.close();
        return true;
      },
    });
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((c) => !c.readOnly)).toEqual([]);
    expect(run.job.status).toBe('plan-changed');
    expect(run.out).toMatch(
      /the plan now \([0-9a-f]{12}\) is not the one approved \([0-9a-f]{12}\); nothing was applied/,
    );
    expect((await hostState(e)).guests.find((g) => g.id === 910)!.config.memory).toBe('1234');
  }, 60_000);
});

describeShared('phoenix apply through a real pseudo-terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const ptyIt = hasScript && process.platform === 'linux' ? it : it.skip;
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'phoenix-pty-apply-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  ptyIt(
    'shows the plan, asks, reads `yes`, applies',
    async () => {
      const entry = transpilePhoenix(join(work, 'phoenix'));
      const e = await makeEstate('example');
      const cmd =
        `NO_COLOR=1 ${JSON.stringify(process.execPath)} ${JSON.stringify(entry)} apply ` +
        `--config-dir ${JSON.stringify(e.configDir)} --target ${JSON.stringify(`sim:${e.statePath}`)}`;
      const child = spawn('script', ['-qec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no prompt; output so far:\n${out}`)), 45_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Enter a value:')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      // Asked, and nothing made yet.
      expect((await hostState(e)).guests).toEqual([]);
      child.stdin.write('yes\r');
      const code = await exited;
      expect(out).toContain('Apply these changes to sim:');
      expect(out).toMatch(/Apply: \d+ succeeded, 0 failed, 0 skipped/);
      expect(code).toBe(0);
    },
    90_000,
  );
});
