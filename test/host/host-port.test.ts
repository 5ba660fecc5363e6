/**
 * The host port: apply runs a whole plan against an in-memory port (no transport, no argv), honours
 * the port's capabilities, and rolls back through it; the shell port sends the builders' argv,
 * retries only transient failures and reports the one HostCommandFailed, which setup's host throws
 * too; the target factory opens each kind of target with its capabilities.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollbackGuest } from '../../src/apply/rollback.js';
import { HostCommandFailed, isTransientFailure } from '../../src/host/failure.js';
import { openHostPort, openShellTransport } from '../../src/host/open-port.js';
import { DryRunViolation, HostRunner } from '../../src/host/runner.js';
import { ShellHostPort } from '../../src/host/shell-port.js';
import { HostCommandFailed as SetupHostCommandFailed, SetupHost } from '../../src/hypervisor/host.js';
import { runApplyJob } from '../../src/jobs/apply-job.js';
import type { CommandResult, HostTransport, RunOptions } from '../../src/proxmox/transport.js';
import { UserError } from '../../src/util/errors.js';
import { FAST, hostState, makeEstate } from '../helpers/apply-harness.js';
import { FakeHostPort } from '../helpers/fake-host-port.js';
import { describeShared } from '../helpers/shared.js';
import { host, liveCt } from '../helpers/plan-fixtures.js';

/** A transport answering from a script of results, recording each argv and its options. */
function scripted(answers: Array<Partial<CommandResult>>): HostTransport & {
  calls: Array<{ argv: string[]; options?: RunOptions }>;
} {
  const calls: Array<{ argv: string[]; options?: RunOptions }> = [];
  return {
    description: 'scripted',
    calls,
    async run(argv, options) {
      calls.push({ argv: [...argv], options });
      const a = answers.length > 1 ? answers.shift()! : (answers[0] ?? {});
      return { exitCode: a.exitCode ?? 0, stdout: a.stdout ?? '', stderr: a.stderr ?? '' };
    },
    close: async () => undefined,
  };
}

const out = () => {
  let text = '';
  return { write: (s: string) => void (text += s), text: () => text };
};

describeShared('apply on an in-memory host port', () => {
  it('runs the example estate to the end through the port alone', async () => {
    const estate = await makeEstate('example');
    const port = new FakeHostPort(await hostState(estate));
    const o = out();
    const job = await runApplyJob({
      configDir: estate.configDir,
      port,
      lockTimeoutMs: 1000,
      settings: FAST,
      out: o.write,
      err: o.write,
    });
    if (job.status !== 'applied') throw new Error(o.text());
    expect(job.result!.failed).toBe(0);
    expect(job.result!.succeeded).toBe(job.plan!.changes.filter((c) => c.action !== 'no-op').length);
    // The lock brackets every change; the state was read from the port before and after.
    expect(port.ops[0]).toMatch(/^lock \(plan\)$/);
    expect(port.ops.filter((op) => op === 'unlock')).toHaveLength(1);
    expect(port.ops.indexOf('unlock')).toBeGreaterThan(port.ops.length - 2);
    // Each guest run asked for the run's retry policy.
    expect(port.policies.length).toBe(job.result!.guests.length);
    for (const p of port.policies) expect(p.retry).toEqual(FAST.retry);
    // Guests were made, started, given their scripts and recorded, all as port operations.
    for (const kind of ['create ', 'clone ', 'start ', 'meta ', 'exec ', 'push '])
      expect(port.ops.some((op) => op.startsWith(kind))).toBe(true);
    expect(job.state!.target).toBe('fake:in-memory');
    expect(job.state!.guests.length).toBeGreaterThan(0);
  });

  it('fails the steps a host cannot do, naming the missing capability', async () => {
    const estate = await makeEstate('example');
    const port = new FakeHostPort(await hostState(estate), { canExecInGuest: false });
    const o = out();
    const job = await runApplyJob({
      configDir: estate.configDir,
      port,
      lockTimeoutMs: 1000,
      settings: FAST,
      out: o.write,
      err: o.write,
    });
    expect(job.status).toBe('failed');
    const reasons = job.result!.guests.filter((g) => g.outcome === 'failed').map((g) => g.reason ?? '');
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).toContain('fake:in-memory cannot run commands inside guests');
    expect(port.ops.some((op) => op.startsWith('exec ') || op.startsWith('push '))).toBe(false);
    expect(port.ops[port.ops.length - 1]).toBe('unlock');
  });
});

describe('rollback on an in-memory host port', () => {
  it('takes the lock and rolls back to the newest safety snapshot, starting the guest again', async () => {
    const guest = liveCt(
      950,
      { hostname: 'web', rootfs: 'local-lvm:vm-950-disk-0,size=8G' },
      {
        snapshots: [
          { name: 'phoenix-pre-aaaaaaa', snaptime: 100 },
          { name: 'phoenix-pre-bbbbbbb', parent: 'phoenix-pre-aaaaaaa', snaptime: 200 },
        ],
      },
    );
    const port = new FakeHostPort(host({ guests: [guest] }));
    const r = await rollbackGuest(port, { id: 950, lockTimeoutMs: 1000, out: () => undefined });
    expect(r.snapshot).toBe('phoenix-pre-bbbbbbb');
    expect(port.ops).toEqual(['lock (rollback)', 'rollback ct/950 phoenix-pre-bbbbbbb and start', 'unlock']);
  });
});

describe('the shell host port', () => {
  const ct = { kind: 'lxc', id: 900 } as const;

  it('sends the builders argv and reads Proxmox wording as typed outcomes', async () => {
    const t = scripted([{ exitCode: 255, stderr: 'CT 900 already running\n' }]);
    const port = new ShellHostPort(t);
    expect(await port.start(ct)).toEqual({ already: true });
    expect(t.calls[0]!.argv).toEqual(['pct', 'start', '900']);
    expect(t.calls[0]!.options?.readOnly).toBe(false);
    expect(port.capabilities).toEqual({
      canExecInGuest: true,
      canWriteRawConfig: true,
      isSimulator: false,
      supportsSudo: false,
    });
  });

  it('retries transient failures with the view policy, and nothing else', async () => {
    const lock = "can't lock file '/run/lock/lxc/pve-config-900.lock' - got timeout";
    const t = scripted([{ exitCode: 255, stderr: lock }, { exitCode: 255, stderr: lock }, { exitCode: 0 }]);
    const retried: unknown[] = [];
    const port = new ShellHostPort(t).withPolicy({
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
      onRetry: (err) => retried.push(err),
    });
    await port.snapshot(ct, 'pre-configured', 'Phoenix snapshot');
    expect(t.calls).toHaveLength(3);
    expect(retried).toHaveLength(2);
    for (const e of retried) {
      expect(e).toBeInstanceOf(HostCommandFailed);
      expect((e as HostCommandFailed).transient).toBe(true);
    }

    const hard = scripted([{ exitCode: 2, stderr: 'unable to parse value\n' }]);
    const once = new ShellHostPort(hard).withPolicy({
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(once.template(ct)).rejects.toThrow("'pct template 900': exit 2: unable to parse value");
    expect(hard.calls).toHaveLength(1);
  });

  it('types an unsupported snapshot and a command that did not finish', async () => {
    const t = scripted([{ exitCode: 255, stderr: 'snapshot feature is not available\n' }]);
    const err = await new ShellHostPort(t).snapshot(ct, 'phoenix-pre-abc1234', 'y').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostCommandFailed);
    expect((err as HostCommandFailed).kind).toBe('unsupported');
    expect((err as HostCommandFailed).exitCode).toBe(255);

    const dropped: HostTransport = {
      description: 'dropping',
      run: async () => {
        throw Object.assign(new Error('connection dropped'), { when: 'before' });
      },
      close: async () => undefined,
    };
    const e2 = await new ShellHostPort(dropped, {
      policy: { retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } },
    })
      .destroy(ct)
      .catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(HostCommandFailed);
    expect((e2 as HostCommandFailed).kind).toBe('not-finished');
    expect((e2 as HostCommandFailed).exitCode).toBeUndefined();
    expect(isTransientFailure(e2)).toBe(true);
    expect((e2 as Error).message).toBe("'pct destroy 900 --purge 1': connection dropped");
  });
});

describe('one HostCommandFailed for apply and setup', () => {
  it('is the same class wherever it is imported, with each side keeping its message', async () => {
    expect(SetupHostCommandFailed).toBe(HostCommandFailed);
    const failing = () => scripted([{ exitCode: 1, stderr: 'boom\n' }]);

    const fromApply = await new ShellHostPort(failing())
      .resizeDisk({ kind: 'lxc', id: 900 }, 'rootfs', '+2G')
      .catch((e: unknown) => e);
    expect(fromApply).toBeInstanceOf(HostCommandFailed);
    expect((fromApply as Error).message).toBe("'pct resize 900 rootfs +2G': exit 1: boom");

    const setup = new SetupHost(failing(), false);
    const fromSetup = await setup.ok({ argv: ['exportfs', '-ra'], readOnly: false }).catch((e: unknown) => e);
    expect(fromSetup).toBeInstanceOf(HostCommandFailed);
    expect((fromSetup as Error).message).toBe('exportfs -ra failed (exit 1): boom');
    expect((fromSetup as HostCommandFailed).detail).toBe('boom\n');
    expect(setup.log).toEqual([{ argv: ['exportfs', '-ra'], readOnly: false, exitCode: 1 }]);
  });

  it('the runner guards dry runs for both', async () => {
    const t = scripted([{}]);
    const runner = new HostRunner(t, { dryRun: true });
    await expect(runner.run({ argv: ['zpool', 'destroy', 'tank'], readOnly: false })).rejects.toBeInstanceOf(
      DryRunViolation,
    );
    await runner.run({ argv: ['zpool', 'list'], readOnly: true });
    expect(t.calls.map((c) => c.argv)).toEqual([['zpool', 'list']]);
  });
});

describe('openHostPort, one entry per kind of target', () => {
  it('sim: the simulator, audited when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-port-'));
    const audit = join(dir, 'audit.jsonl');
    const port = await openHostPort('sim:host.json', { cwd: dir, env: {}, auditLog: audit });
    expect(port.description).toBe(`sim:${join(dir, 'host.json')}`);
    expect(port.capabilities).toEqual({
      canExecInGuest: true,
      canWriteRawConfig: true,
      isSimulator: true,
      supportsSudo: false,
    });
    const state = await port.readState();
    await port.close();
    expect(state.target).toBe(port.description);
    const lines = readFileSync(audit, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!).argv).toEqual([
      'pvesh',
      'get',
      '/cluster/resources',
      '--output-format',
      'json',
    ]);
  });

  it('local, local+sudo and PHOENIX_SUDO', async () => {
    const plain = await openHostPort('local', { env: {} });
    const sudo = await openHostPort('local+sudo', { env: {} });
    const byEnv = await openHostPort('local', { env: { PHOENIX_SUDO: '1' } });
    expect([plain.description, sudo.description, byEnv.description]).toEqual([
      'local',
      'local+sudo',
      'local+sudo',
    ]);
    expect(
      [plain, sudo, byEnv].map((p) => [p.capabilities.supportsSudo, p.capabilities.isSimulator]),
    ).toEqual([
      [false, false],
      [true, false],
      [true, false],
    ]);
    for (const p of [plain, sudo, byEnv]) await p.close();
  });

  it('ssh: the SSH transport behind the shell port (same refusal without a key)', async () => {
    const url = 'ssh://root@127.0.0.1:1';
    const viaTransport = await openShellTransport(url, { env: {} }).catch((e: unknown) => e);
    const viaPort = await openHostPort(url, { env: {} }).catch((e: unknown) => e);
    expect(viaTransport).toBeInstanceOf(UserError);
    expect((viaPort as Error).message).toBe((viaTransport as Error).message);
  });

  it('an unknown target is a usage error', async () => {
    await expect(openHostPort('https://pve:8006', {})).rejects.toThrow(
      "unknown target 'https://pve:8006': expected sim:PATH, local, local+sudo or ssh://USER@HOST[:PORT]",
    );
  });
});
