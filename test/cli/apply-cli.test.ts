/**
 * `phoenix apply`, `phoenix rollback` and `phoenix demo` as a user runs them: the reviewed-plan
 * check (refusal with the differences, exit 1), --state-out and --audit-log, usage errors, a
 * safety snapshot taken before a change and restored by rollback, and the demo end to end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runApply } from '../../src/cli/commands/apply.js';
import { runDemo } from '../../src/cli/commands/demo.js';
import { runPlan } from '../../src/cli/commands/plan.js';
import { runRollback } from '../../src/cli/commands/rollback.js';
import type { CliIO } from '../../src/cli/main.js';
import { editConfig, hostState, makeEstate } from '../helpers/apply-harness.js';
import { describeShared, REPO_ROOT } from '../helpers/shared.js';

function capture(cwd = process.cwd(), env: NodeJS.ProcessEnv = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    env,
    cwd,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

describeShared('phoenix apply on the command line', () => {
  it('applies the reviewed plan, writes the state and the audit log; refuses a plan that no longer matches', async () => {
    const e = await makeEstate('example');
    const target = `sim:${e.statePath}`;
    const planFile = join(e.dir, 'plan.json');
    const p = capture();
    expect(
      await runPlan(
        ['--config-dir', e.configDir, '--target', target, '--format', 'json', '--out', planFile],
        p,
      ),
    ).toBe(0);

    // The config changes after the review: the plan made now differs.
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Record<string, Record<string, unknown>>)['953']!.memory_mb = 4096;
    });
    const refused = capture();
    expect(
      await runApply(['--yes', '--config-dir', e.configDir, '--target', target, '--plan', planFile], refused),
    ).toBe(1);
    expect(refused.err).toMatch(/differs from the reviewed plan \([0-9a-f]{12}\); nothing was applied/);
    expect(refused.err).toMatch(/~ ct\/953 \(clone\)\n +step 2: reviewed "set 6 keys", now "set 7 keys"/);
    expect((await hostState(e)).guests).toEqual([]);

    // Re-planned and reviewed again: applied.
    expect(
      await runPlan(
        ['--config-dir', e.configDir, '--target', target, '--format', 'json', '--out', planFile],
        capture(),
      ),
    ).toBe(0);
    const stateOut = join(e.dir, 'state.json');
    const audit = join(e.dir, 'audit.jsonl');
    const io = capture();
    const code = await runApply(
      [
        '--yes',
        '--config-dir',
        e.configDir,
        '--target',
        target,
        '--plan',
        planFile,
        '--state-out',
        stateOut,
        '--audit-log',
        audit,
        '--concurrency',
        '2',
      ],
      io,
    );
    if (code !== 0) throw new Error(io.out + io.err);
    expect(io.out).toContain('Applying 10 guests (concurrency 2');
    expect(io.out).toContain('Apply: 10 succeeded, 0 failed, 0 skipped');
    const state = JSON.parse(readFileSync(stateOut, 'utf8')) as {
      version: number;
      guests: { id: number; status: string }[];
    };
    expect(state.version).toBe(1);
    expect(state.guests.map((g) => g.id)).toEqual([900, 901, 902, 903, 910, 950, 953, 955, 9000, 9001]);
    const lines = readFileSync(audit, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { argv: string[]; exit: number; ms: number });
    expect(lines.length).toBeGreaterThan(50);
    expect(lines[0]!.argv.slice(0, 3)).toEqual(['pvesh', 'get', '/cluster/resources']);
    expect(
      lines.some((l) => l.argv.join(' ').startsWith('pct clone 900 901 --snapname pre-configured --full 1')),
    ).toBe(true);

    // The reviewed plan is now stale, but the host already matches it: nothing to do, exit 0.
    const again = capture();
    expect(
      await runApply(
        ['--yes', '--config-dir', e.configDir, '--target', target, '--state-out', stateOut],
        again,
      ),
    ).toBe(0);
    expect(again.out).toContain('No changes');
  });

  it('reports usage errors clearly', async () => {
    await expect(runApply(['--config-dir', 'config'], capture())).rejects.toThrow(/apply needs --target URL/);
    await expect(runApply(['--target', 'sim:/tmp/x.json', '--concurrency', '0'], capture())).rejects.toThrow(
      /--concurrency must be an integer between 1 and 64/,
    );
    await expect(runRollback(['abc', '--target', 'sim:/tmp/x.json'], capture())).rejects.toThrow(
      /exactly one guest id/,
    );
  });

  it('takes a safety snapshot before changing a guest, prunes old ones, and rollback restores it', async () => {
    const e = await makeEstate('example');
    const target = `sim:${e.statePath}`;
    expect(await runApply(['--yes', '--config-dir', e.configDir, '--target', target], capture())).toBe(0);
    const shas = ['1111111aaaa', '2222222bbbb', '3333333cccc'];
    for (const [i, sha] of shas.entries()) {
      editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
        (j.lxc_configs as Record<string, Record<string, unknown>>)['910']!.memory_mb = 2048 + 512 * (i + 1);
      });
      const io = capture();
      const code = await runApply(
        [
          '--yes',
          '--config-dir',
          e.configDir,
          '--target',
          target,
          '--sha',
          sha,
          '--keep-safety-snapshots',
          '2',
        ],
        io,
      );
      if (code !== 0) throw new Error(io.out + io.err);
      expect(io.out).toContain(`safety snapshot phoenix-pre-${sha.slice(0, 7)}`);
    }
    const g910 = (await hostState(e)).guests.find((g) => g.id === 910)!;
    expect(g910.config.memory).toBe('3584');
    expect(
      g910.snapshots
        .map((s) => s.name)
        .filter((n) => n.startsWith('phoenix-pre-'))
        .sort(),
    ).toEqual(['phoenix-pre-2222222', 'phoenix-pre-3333333']);

    // ZFS rolls back to the latest snapshot only: 910 has none newer than its last safety snapshot.
    // Without a terminal to ask on, a rollback needs --yes.
    await expect(runRollback(['910', '--target', target], capture())).rejects.toThrow(/re-run with --yes/);
    const io = capture();
    expect(await runRollback(['910', '--target', target, '--yes'], io)).toBe(0);
    expect(io.out).toContain('Rolled back CT 910 to phoenix-pre-3333333.');
    const after = (await hostState(e)).guests.find((g) => g.id === 910)!;
    expect(after.config.memory).toBe('3072');
    expect(after.status).toBe('running');

    // An older one needs the newer ones out of the way first.
    await expect(
      runRollback(['910', '--target', target, '--to', 'phoenix-pre-2222222'], capture()),
    ).rejects.toThrow(/is not its most recent snapshot \(newer: phoenix-pre-3333333\).*--delete-newer/);
    const io2 = capture();
    expect(
      await runRollback(
        ['910', '--target', target, '--to', 'phoenix-pre-2222222', '--delete-newer', '--yes'],
        io2,
      ),
    ).toBe(0);
    expect((await hostState(e)).guests.find((g) => g.id === 910)!.config.memory).toBe('2560');
    await expect(runRollback(['910', '--target', target, '--to', 'nope'], capture())).rejects.toThrow(
      /CT 910 has no snapshot 'nope'/,
    );

    // The next apply brings 910 back to the config.
    const fix = capture();
    expect(await runApply(['--yes', '--config-dir', e.configDir, '--target', target], fix)).toBe(0);
    expect((await hostState(e)).guests.find((g) => g.id === 910)!.config.memory).toBe('3584');
  });
});

describeShared('phoenix demo', () => {
  it('validates, plans and applies the example estate, then finds nothing left to do', async () => {
    const e = await makeEstate('example');
    const io = capture(e.dir);
    const started = Date.now();
    const code = await runDemo(['--config-dir', join(REPO_ROOT, 'config')], io);
    if (code !== 0) throw new Error(io.out + io.err);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(existsSync(join(e.dir, '.phoenix-sim', 'demo.json'))).toBe(true);
    for (const s of [
      '== 1. validate',
      '== 2. a bare simulated',
      '== 3. setup-hypervisor',
      '== 4. plan',
      '== 5. apply',
      '== 6. apply again',
    ])
      expect(io.out).toContain(s);
    expect(io.out).toContain('Apply: 10 succeeded, 0 failed, 0 skipped');
    expect(io.out).toMatch(/== 6\. apply again: the host already matches\nNo changes/);
    // Nothing was planted: the storages and images apply used are the ones setup made.
    expect(io.out).toMatch(/no storages, templates or images yet/);
    expect(io.out).toMatch(/steps changed the host/);
  });
});
