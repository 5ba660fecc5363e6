/**
 * The application-script contract of the original tooling and secrets for guest scripts, on the
 * simulator: a script runs as `bash SCRIPT ID` with `<config-dir>/lib/*` pushed beside it and the
 * guest's config JSON (0600) in `$PHOENIX_GUEST_CONFIG`; a helper change re-runs the scripts;
 * a `{"secret": NAME}` reference reaches the script's config, is removed after the run and is
 * masked in output, audit log, plan and summary; a missing secret is a plan error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializePlan } from '../../src/plan/plan-file.js';
import { withAudit } from '../../src/proxmox/audit.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { CommandResult, HostTransport, RunOptions } from '../../src/proxmox/transport.js';
import { SimStore } from '../../src/sim/index.js';
import { apply, editConfig, makeEstate } from '../helpers/apply-harness.js';
import { describeShared } from '../helpers/shared.js';

type Guests = Record<string, Record<string, unknown>>;

const SECRET = 'pa55-Wörd-xyz-0123';

/** Keeps what each `pct push` wrote (its stdin) by guest path. */
class PushSpy implements HostTransport {
  readonly pushed: { argv: string[]; content: string }[] = [];
  constructor(readonly inner: HostTransport) {}
  get description(): string {
    return this.inner.description;
  }
  run(argv: readonly string[], options?: RunOptions): Promise<CommandResult> {
    if (argv[0] === 'pct' && argv[1] === 'push' && options?.stdin !== undefined)
      this.pushed.push({ argv: [...argv], content: options.stdin.toString() });
    return this.inner.run(argv, options);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

const decode = (f: { data: string } | undefined): string | undefined =>
  f && Buffer.from(f.data, 'base64').toString('utf8');

describeShared('application-script contract', () => {
  it('runs a script with the CTID as $1 and the lib/ helpers beside it; a helper change re-runs it', async () => {
    const helper = '#!/bin/bash\nlog() { echo "[phoenix] $*"; }\n';
    const e = await makeEstate('example', {
      patch: (dir) => {
        mkdirSync(join(dir, 'lib'));
        writeFileSync(join(dir, 'lib', 'phoenix_common_utils.sh'), helper);
      },
    });
    const first = await apply(e);
    if (first.job.status !== 'applied') throw new Error(first.out);
    const g = (await new SimStore(e.statePath).read()).guests['950']!;
    const runs = g.execLog.map((x) => x.argv.join(' ')).filter((a) => a.includes('bash '));
    expect(runs).toContain(
      'env PHOENIX_GUEST_CONFIG=/root/.phoenix/guest.json bash /root/.phoenix/apps/vllm.sh 950',
    );
    expect(runs.every((a) => / 950$/.test(a))).toBe(true);
    for (const dir of ['apps', 'features']) {
      const f = g.fs[`/root/.phoenix/${dir}/phoenix_common_utils.sh`];
      expect(decode(f)).toBe(helper);
      expect(f!.perms).toBe('0755');
    }
    expect(g.fs['/root/.phoenix/guest.json']!.perms).toBe('0600');
    expect((await apply(e)).job.status).toBe('no-changes');

    // A helper is part of every script's hash: changing it re-runs the scripts (templates, which
    // cannot run scripts again, are rebuilt).
    writeFileSync(join(e.configDir, 'lib', 'phoenix_common_utils.sh'), helper + 'die() { exit 1; }\n');
    const refused = await apply(e);
    expect(refused.out).toMatch(/vm\/9000 needs a rebuild/);
    const again = await apply(e, { allowRebuild: true });
    if (again.job.status !== 'applied') throw new Error(again.out);
    const rerun = again.commands.map((c) => c.argv.join(' ')).filter((a) => /bash \S+vllm\.sh 950$/.test(a));
    expect(rerun).toHaveLength(1);
    const after = (await new SimStore(e.statePath).read()).guests['950']!;
    expect(decode(after.fs['/root/.phoenix/apps/phoenix_common_utils.sh'])).toContain('die()');
  }, 120_000);

  const withSecretRef = (dir: string): void =>
    editConfig(dir, 'phoenix_lxc_configs.json', (j) => {
      (j.lxc_configs as Guests)['910']!.portainer_admin = {
        user: 'admin',
        password: { secret: 'PORTAINER_ADMIN_PASSWORD' },
      };
    });

  it('a missing secret is a plan error naming the guest and the secret; nothing changes', async () => {
    const e = await makeEstate('example', { patch: withSecretRef });
    const run = await apply(e, { secretLookup: () => undefined });
    expect(run.job).toMatchObject({ status: 'invalid', exitCode: 1 });
    expect(run.out).toMatch(
      /ct\/910: CT 910 \(Portainer\): secret PORTAINER_ADMIN_PASSWORD \(at 'portainer_admin\.password'\) has no value: set PHOENIX_SECRET_PORTAINER_ADMIN_PASSWORD/,
    );
    expect(run.commands.every((c) => c.readOnly)).toBe(true);
  }, 60_000);

  it('hands a secret to the script in its 0600 config, removes it after, and masks it everywhere', async () => {
    const e = await makeEstate('example', { patch: withSecretRef });
    // The script prints the secret and fails the first time: its error must not show it.
    const t = new SimTransport(e.statePath, { env: {} });
    await t.store.update((s) => {
      s.settings.execResults.push({
        vmid: 910,
        match: 'apps/portainer\\.sh 910$',
        exitCode: 1,
        stdout: `logging in as admin with ${SECRET}\n`,
        times: 1,
      });
    });
    await t.close();
    const audit = join(e.dir, 'audit.jsonl');
    const masked: string[] = [];
    const spy = new PushSpy(withAudit(new SimTransport(e.statePath, { env: {} }), audit));
    const lookup = (n: string): string | undefined => (n === 'PORTAINER_ADMIN_PASSWORD' ? SECRET : undefined);
    const failed = await apply(e, {
      transport: spy,
      secretLookup: lookup,
      maskSecret: (v) => masked.push(v),
    });
    expect(failed.job.status).toBe('failed');
    expect(masked).toEqual([SECRET]);
    expect(failed.out).toContain('logging in as admin with ***');

    const second = new PushSpy(withAudit(new SimTransport(e.statePath, { env: {} }), audit));
    const ok = await apply(e, { transport: second, secretLookup: lookup });
    if (ok.job.status !== 'applied') throw new Error(ok.out);

    // The script's config held the value, pushed with mode 0600, and is gone after the run.
    const configs = [...spy.pushed, ...second.pushed].filter((p) =>
      p.argv.includes('/root/.phoenix/guest.json'),
    );
    const ct910 = configs.filter((p) => p.argv[2] === '910');
    expect(ct910.length).toBeGreaterThan(0);
    for (const p of ct910) {
      expect(p.argv.slice(-2)).toEqual(['--perms', '0600']);
      expect((JSON.parse(p.content) as { portainer_admin: unknown }).portainer_admin).toEqual({
        user: 'admin',
        password: SECRET,
      });
    }
    const g = (await new SimStore(e.statePath).read()).guests['910']!;
    expect(g.fs['/root/.phoenix/guest.json']).toBeUndefined();
    const log = g.execLog.map((x) => x.argv.join(' '));
    const lastRun = log.lastIndexOf(
      'env PHOENIX_GUEST_CONFIG=/root/.phoenix/guest.json bash /root/.phoenix/apps/portainer.sh 910',
    );
    expect(log[lastRun + 1]).toBe('rm -f /root/.phoenix/guest.json');
    // Other guests (no secret) keep their config.
    expect(
      (await new SimStore(e.statePath).read()).guests['950']!.fs['/root/.phoenix/guest.json'],
    ).toBeDefined();

    // Nowhere else: audit log, apply output, results, plans.
    for (const text of [
      readFileSync(audit, 'utf8'),
      failed.out,
      ok.out,
      JSON.stringify(failed.job.result),
      JSON.stringify(ok.job.result),
      serializePlan(ok.job.plan!),
      serializePlan(failed.job.plan!),
    ])
      expect(text).not.toContain(SECRET);
  }, 120_000);
});
