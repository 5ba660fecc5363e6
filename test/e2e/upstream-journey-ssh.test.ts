/**
 * The issue-11 journey of upstream-journey.test.ts over SSH: setup-hypervisor and every apply go
 * through a real OpenSSH server on 127.0.0.1 whose PATH starts with the simulator shims (as in
 * e2e-ssh.test.ts), so each command is quoted for the remote shell and run by a shim program.
 * The host converges, a second apply sends no mutating command (its audit log holds reads only),
 * and day-2 edits (memory, a mount added; for 829c047 all of the direct journey's) converge the same
 * way. Skipped when ../shared or sshd is absent.
 *
 * Prints the commands and wall time per step and estate (for the closing note of issue 11).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { withAudit } from '../../src/proxmox/audit.js';
import { createSshTransport } from '../../src/proxmox/ssh-transport.js';
import { writeShims } from '../../src/sim/shims.js';
import { isLockCommand, type Estate } from '../helpers/apply-harness.js';
import { mutating, setup } from '../helpers/hypervisor-fixtures.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { describeShared } from '../helpers/shared.js';
import { describeSshd, startSshd, type Sshd } from '../helpers/sshd.js';
import {
  day2Edits,
  ESTATES,
  expectApplied,
  expectConverged,
  expectNoChanges,
  mutatingOf,
  prepareEstate,
  READ_ONLY,
} from '../helpers/upstream-journey.js';

registerExtraCommands();

/**
 * The day-2 edits run over SSH: all of them for 829c047 (about 10 s each), the first two (the
 * memory change and the mount added) for 35c465b, to bound the suite's time.
 */
const DAY2_OVER_SSH: Record<string, number> = { '829c047': Infinity, '35c465b': 2 };

describeShared('upstream journey over SSH', () => {
  describeSshd('setup-hypervisor and apply through a real sshd to the simulator shims', () => {
    let work: string;
    let entry: string;
    const servers: Sshd[] = [];
    const dirs: string[] = [];

    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'phoenix-journey-ssh-'));
      entry = transpilePhoenix(join(work, 'phoenix'));
    }, 120_000);
    afterAll(async () => {
      for (const s of servers) await s.stop();
      for (const d of [work, ...dirs]) if (d) rmSync(d, { recursive: true, force: true });
    });

    for (const p of ESTATES) {
      test(`${p.estate}: sim init, setup-hypervisor and apply over SSH, converged; day-2 edits converge`, async () => {
        const t0 = performance.now();
        const { dir, cfg, state } = await prepareEstate(p, `phoenix-journey-ssh-${p.estate}-`);
        dirs.push(dir);
        const shimDir = join(dir, 'shims');
        writeShims({ statePath: state, outDir: shimDir, entry });
        const sshd = await startSshd({ shimDir });
        servers.push(sshd);
        const audit = join(dir, 'audit.jsonl');
        const connect = async () =>
          withAudit(
            await createSshTransport(sshd.url, {
              identity: sshd.identity,
              knownHosts: sshd.knownHosts,
              env: {},
            }),
            audit,
          );
        const auditLines = (): string[][] =>
          readFileSync(audit, 'utf8')
            .trim()
            .split('\n')
            .map((l) => (JSON.parse(l) as { argv: string[] }).argv);
        const tReady = performance.now();

        const hv = await setup(cfg, state, { target: sshd.url, openTransport: connect });
        expect(hv.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (hv.exitCode !== 0) throw new Error(JSON.stringify(hv.report?.steps, null, 2));
        const tSetup = performance.now();

        const estate: Estate = {
          dir,
          configDir: cfg,
          statePath: state,
          desired: (await validateConfigDir(cfg)).desired,
          fixes: [],
        };
        const first = await expectApplied(estate, 'first apply', connect);
        expect(first.job.state!.target).toMatch(/^ssh:\/\//);
        const guests = first.job.result!.guests.length;
        expect(guests).toBeGreaterThan(10);
        const tApply = performance.now();
        await expectConverged(estate);
        const tChecked = performance.now();

        // The second apply's audit log: reads only (each under the host's `timeout`), besides the
        // lock queue's bookkeeping.
        const seen = auditLines().length;
        const second = await expectNoChanges(estate, 'second apply', connect);
        const tConverged = performance.now();
        const lines = auditLines().slice(seen);
        expect(lines).toHaveLength(second.commands.length);
        for (const argv of lines.filter((a) => !isLockCommand(a))) {
          expect(argv[0]).toBe('timeout');
          expect(argv.slice(3).join(' ')).toMatch(READ_ONLY);
        }

        const figures: string[] = [];
        for (const [what, edit, check] of day2Edits(p, cfg, state).slice(0, DAY2_OVER_SSH[p.estate])) {
          edit();
          const t = performance.now();
          const run = await expectApplied(estate, what, connect);
          const ms = Math.round(performance.now() - t);
          expect(mutatingOf(run)).toBeGreaterThan(0);
          await check(await expectConverged(estate), run);
          await expectNoChanges(estate, `after ${what}`, connect);
          figures.push(
            `  day-2 ${what}: ${run.commands.length} commands (${mutatingOf(run)} mutating), ${ms} ms`,
          );
        }

        // setup-hypervisor run again over SSH changes nothing on the host.
        const again = await setup(cfg, state, { target: sshd.url, openTransport: connect });
        expect(again.exitCode).toBe(0);
        expect(mutating(again)).toEqual([]);

        console.log(
          [
            `upstream journey over SSH ${p.estate}: ${guests} guests`,
            `  prepare (copy, mend, stubs, sim init, shims, sshd): ${Math.round(tReady - t0)} ms`,
            `  setup-hypervisor: ${hv.commands.length} commands (${mutating(hv).length} mutating), ${Math.round(tSetup - tReady)} ms`,
            `  first apply: ${first.commands.length} commands (${mutatingOf(first)} mutating), ${Math.round(tApply - tSetup)} ms`,
            `  second apply: ${second.commands.length} commands (0 mutating), ${Math.round(tConverged - tChecked)} ms`,
            ...figures,
            `  wall time, copy to converged: ${Math.round(tConverged - t0)} ms; whole journey: ${Math.round(performance.now() - t0)} ms`,
          ].join('\n'),
        );
      }, 900_000);
    }
  });
});
