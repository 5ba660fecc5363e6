/**
 * Apply end to end over a real OpenSSH server whose PATH starts with the simulator shims
 * (`phoenix sim shims`): the same commands a Proxmox node would receive, quoted for the remote
 * shell, several channels at once. The example estate converges, the second apply sends only
 * reads, and every command in the audit log is valid for Proxmox VE 9 and 8.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withAudit } from '../../src/proxmox/audit.js';
import { createSshTransport } from '../../src/proxmox/ssh-transport.js';
import { writeShims } from '../../src/sim/shims.js';
import { apply, makeEstate, type Estate } from '../helpers/apply-harness.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { checkArgvAgainstApi, PVE_API_VERSIONS } from '../helpers/pve-api.js';
import { describeShared } from '../helpers/shared.js';
import { describeSshd, startSshd, type Sshd } from '../helpers/sshd.js';

const API_PROGRAMS = new Set(['pct', 'qm', 'pvesh', 'pvesm', 'pveum', 'pveam', 'flock']);

describeShared('apply over SSH', () => {
  describeSshd('against the simulator shims behind a real sshd', () => {
    let work: string;
    let estate: Estate;
    let sshd: Sshd;

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'phoenix-e2e-ssh-'));
      const entry = transpilePhoenix(join(work, 'phoenix'));
      estate = await makeEstate('example');
      const shimDir = join(work, 'shims');
      writeShims({ statePath: estate.statePath, outDir: shimDir, entry });
      sshd = await startSshd({ shimDir });
    }, 120_000);
    afterAll(async () => {
      await sshd?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    const connect = async (audit: string) =>
      withAudit(
        await createSshTransport(sshd.url, { identity: sshd.identity, knownHosts: sshd.knownHosts, env: {} }),
        audit,
      );

    it('converges the example estate; the second apply only reads', async () => {
      const audit = join(work, 'audit.jsonl');
      const first = await apply(estate, { transport: await connect(audit) });
      if (first.job.status !== 'applied') throw new Error(first.out);
      expect(first.out).toContain(`Apply: ${estate.desired.guests.length} succeeded, 0 failed, 0 skipped`);
      expect(first.job.state!.target).toMatch(/^ssh:\/\//);
      expect(first.job.state!.guests.map((g) => g.id)).toEqual(estate.desired.guests.map((g) => g.id));

      const second = await apply(estate, { transport: await connect(audit) });
      expect(second.job.status).toBe('no-changes');
      expect(second.commands.filter((c) => !c.readOnly).map((c) => c.argv.join(' '))).toEqual([]);

      const lines = readFileSync(audit, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { argv: string[]; exit: number });
      expect(lines).toHaveLength(first.commands.length + second.commands.length);
      const problems: string[] = [];
      // Every command but the lock queue's `flock` runs under the host's `timeout` (the runner's bound).
      const bounded = lines.filter((l) => l.argv[0] === 'timeout');
      expect(bounded.length).toBeGreaterThan(lines.length / 2);
      expect(lines.filter((l) => l.argv[0] !== 'timeout' && l.argv[0] !== 'flock')).toEqual([]);
      for (const l of lines) {
        const argv = l.argv[0] === 'timeout' ? l.argv.slice(3) : l.argv;
        if (!API_PROGRAMS.has(argv[0]!)) continue;
        for (const v of PVE_API_VERSIONS)
          for (const p of checkArgvAgainstApi(argv, v)) problems.push(`${v}: ${argv.join(' ')}: ${p}`);
      }
      expect(problems).toEqual([]);
    }, 240_000);
  });
});
