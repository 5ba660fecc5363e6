/**
 * The issue-11 journey for the upstream estates in ../shared (skipped when absent): a copy of the
 * estate mended as a user would (829c047: the firewall block moved out of shared_volumes and its
 * AppArmor profile written; 35c465b: the mistakes `phoenix validate` reports fixed), stub scripts
 * from `phoenix init --scripts`, then `sim init --from-config` → setup-hypervisor → apply →
 * converged, a second apply that sends no mutating command, and day-2 edits (memory, a mount
 * added and removed, a GPU moved, a new container, a feature script) that each converge, match the
 * host to the config and leave a further apply nothing to do.
 *
 * Prints the commands and wall time per estate (for the closing note of issue 11).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { validateConfigDir } from '../../src/config/validate.js';
import type { Estate } from '../helpers/apply-harness.js';
import { mutating, setup } from '../helpers/hypervisor-fixtures.js';
import { describeShared } from '../helpers/shared.js';
import {
  cli,
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

for (const p of ESTATES) {
  describeShared(`upstream journey: ${p.estate}`, () => {
    test('mend, stub scripts, sim init, setup-hypervisor, apply, converge; day-2 edits converge', async () => {
      const t0 = performance.now();
      const { dir, cfg, state } = await prepareEstate(p, `phoenix-journey-${p.estate}-`);
      const tSimInit = performance.now();
      const hv = await setup(cfg, state);
      expect(hv.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(hv.exitCode).toBe(0);
      const tSetup = performance.now();

      const estate: Estate = {
        dir,
        configDir: cfg,
        statePath: state,
        desired: (await validateConfigDir(cfg)).desired,
        fixes: [],
      };
      const first = await expectApplied(estate, 'first apply');
      const guests = first.job.result!.guests.length;
      expect(guests).toBeGreaterThan(10);
      const tApply = performance.now();
      await expectConverged(estate);
      const tChecked = performance.now();
      const second = await expectNoChanges(estate, 'second apply');
      const tConverged = performance.now();

      // Day 2, one edit at a time, each followed by an apply and a check that nothing is left.
      const day2 = day2Edits(p, cfg, state);
      const figures: string[] = [];
      for (const [what, edit, check] of day2) {
        edit();
        const t = performance.now();
        const run = await expectApplied(estate, what);
        const ms = Math.round(performance.now() - t);
        expect(mutatingOf(run)).toBeGreaterThan(0);
        await check(await expectConverged(estate), run);
        await expectNoChanges(estate, `after ${what}`);
        figures.push(
          `  day-2 ${what}: ${run.commands.length} commands (${mutatingOf(run)} mutating), ${ms} ms`,
        );
      }

      // The CLI agrees at the end: `phoenix apply` finds nothing to do and sends only reads (its
      // audit log), and setup-hypervisor run again changes nothing on the host either.
      const audit = join(dir, 'audit.jsonl');
      const last = await cli([
        'apply',
        '--yes',
        '--config-dir',
        cfg,
        '--target',
        `sim:${state}`,
        '--audit-log',
        audit,
      ]);
      expect(last).toMatchObject({ code: 0, stdout: expect.stringMatching(/No changes/) });
      const argvs = readFileSync(audit, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv.join(' '));
      expect(argvs.length).toBeGreaterThan(0);
      for (const a of argvs) expect(a).toMatch(READ_ONLY);
      const again = await setup(cfg, state);
      expect(again.exitCode).toBe(0);
      expect(mutating(again)).toEqual([]);

      console.log(
        [
          `upstream journey ${p.estate}: ${guests} guests`,
          `  setup-hypervisor: ${hv.commands.length} commands (${mutating(hv).length} mutating), ${Math.round(tSetup - tSimInit)} ms`,
          `  first apply: ${first.commands.length} commands (${mutatingOf(first)} mutating), ${Math.round(tApply - tSetup)} ms`,
          `  second apply: ${second.commands.length} commands (0 mutating), ${Math.round(tConverged - tChecked)} ms`,
          ...figures,
          `  wall time, copy to converged: ${Math.round(tConverged - t0)} ms; whole journey: ${Math.round(performance.now() - t0)} ms`,
        ].join('\n'),
      );
    }, 600_000);
  });
}
