/**
 * setup-hypervisor over a real OpenSSH server whose PATH starts with the simulator shims: the
 * seed-era config converges through quoted remote commands (stdin-borne file contents and
 * secrets included), the second run only reads, and the audit log holds no secret.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSshTransport } from '../../src/proxmox/ssh-transport.js';
import { writeShims } from '../../src/sim/shims.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { describeShared } from '../helpers/shared.js';
import { describeSshd, startSshd, type Sshd } from '../helpers/sshd.js';
import {
  freshHost,
  mutating,
  SECRETS,
  setup,
  UPSTREAM_DISKS,
  upstreamConfigDir,
} from '../helpers/hypervisor-fixtures.js';

describeShared('setup-hypervisor over SSH', () => {
  describeSshd('against the simulator shims behind a real sshd', () => {
    let work: string;
    let sshd: Sshd;
    let state: string;

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'phoenix-hv-ssh-'));
      const entry = transpilePhoenix(join(work, 'phoenix'));
      state = await freshHost({ disks: UPSTREAM_DISKS.map((path) => ({ path })) });
      const shimDir = join(work, 'shims');
      writeShims({ statePath: state, outDir: shimDir, entry });
      sshd = await startSshd({ shimDir });
    }, 120_000);
    afterAll(async () => {
      await sshd?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    const open = async (): Promise<Awaited<ReturnType<typeof createSshTransport>>> =>
      createSshTransport(sshd.url, { identity: sshd.identity, knownHosts: sshd.knownHosts, env: {} });

    it('converges the 829c047 estate; the second run only reads', async () => {
      const dir = upstreamConfigDir();
      const audit = join(work, 'audit.jsonl');
      const first = await setup(dir, state, { target: sshd.url, openTransport: open, auditLog: audit });
      const failed = first.report!.steps.filter((s) => s.status === 'failed' || s.status === 'blocked');
      expect(failed.map((s) => `${s.id}: ${s.error}`)).toEqual([]);
      expect(first.exitCode).toBe(0);
      const second = await setup(dir, state, { target: sshd.url, openTransport: open });
      expect(mutating(second)).toEqual([]);
      const log = readFileSync(audit, 'utf8');
      for (const secret of Object.values(SECRETS)) expect(log).not.toContain(secret);
    }, 120_000);
  });
});
