/**
 * A `phoenix apply` process stopped with SIGTERM or SIGINT in the middle of its work withdraws its
 * claim on the host-wide apply lock before it ends, so the next apply does not wait for a lease
 * to run out. Runs the CLI from the current sources against a simulator whose `pct create` is slow.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPLY_QUEUE_FILE, liveClaims, parseQueue } from '../../src/host/host-lock.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { makeEstate } from '../helpers/apply-harness.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { describeShared } from '../helpers/shared.js';

describeShared('the host lock when apply is stopped by a signal', () => {
  let work: string;
  let entry: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'phoenix-signal-'));
    entry = transpilePhoenix(join(work, 'phoenix'));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: the claim is released, then the process ends by the signal',
    async (signal) => {
      const e = await makeEstate('example');
      const child = spawn(
        process.execPath,
        [entry, 'apply', '--yes', '--config-dir', e.configDir, '--target', `sim:${e.statePath}`],
        {
          env: {
            PATH: process.env.PATH,
            PHOENIX_SIM_LATENCY: JSON.stringify({ profile: 'zero', ops: { 'pct create': 30_000 } }),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
        child.on('close', (code, sig) => resolve({ code, signal: sig })),
      );
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`apply did not start; output:\n${out}`)), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Applying ')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const t = new SimTransport(e.statePath, { env: {} });
      const held = liveClaims(parseQueue((await t.run(['cat', '--', APPLY_QUEUE_FILE])).stdout), Date.now());
      expect(held).toHaveLength(1);
      child.kill(signal);
      const end = await ended;
      expect(end.signal).toBe(signal);
      const entries = parseQueue((await t.run(['cat', '--', APPLY_QUEUE_FILE])).stdout);
      await t.close();
      expect(entries.filter((x) => x.id === held[0]!.id).map((x) => x.op)).toEqual(['claim', 'release']);
      expect(liveClaims(entries, Date.now())).toEqual([]);
    },
    90_000,
  );
});
