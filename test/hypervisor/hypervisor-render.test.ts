/**
 * The setup report as Markdown (job summary), text and JSON: what each status looks like, alerts
 * for blocked or failed steps and reboots, the summary size budget, and no change payload (which
 * may hold secrets) in any output.
 */
import {
  countReport,
  headline,
  renderSetupJson,
  renderSetupMarkdown,
  renderSetupText,
  type SetupReport,
} from '../../src/hypervisor/render.js';
import type { StepResult } from '../../src/hypervisor/runner.js';
import type { ChangeHead, StepId } from '../../src/hypervisor/types.js';

/** A change as a report holds it: the object still carries its payload, here a secret. */
type Change = ChangeHead & { readonly data: { readonly password: string } };

const SECRET = 'super-secret-payload-value';

function step(
  id: StepId,
  status: StepResult['status'],
  changes: Change[] = [],
  extra: Partial<StepResult> = {},
): StepResult {
  return {
    id,
    title: `title of ${id}`,
    dependsOn: [],
    status,
    changes,
    mutations: 0,
    reboot: changes.some((c) => c.reboot),
    ...extra,
  };
}

const change = (summary: string, extra: Partial<Change> = {}): Change => ({
  kind: 'create',
  target: summary,
  summary,
  data: { password: SECRET },
  ...extra,
});

const report = (dryRun: boolean): SetupReport => ({
  target: 'sim:/tmp/state.json',
  dryRun,
  tokens: [],
  steps: [
    step(
      'apt',
      dryRun ? 'planned' : 'changed',
      [change('install 2 package(s)', { diff: ['+ samba', '+ nfs-kernel-server'] })],
      { mutations: 3 },
    ),
    step('time', 'unchanged'),
    step(
      'zfs-pools',
      'blocked',
      [
        change('create mirror pool tank', {
          blocked: 'disk /dev/sdb holds data (gpt partition table)',
          diff: ['! /dev/sdb: holds data'],
        }),
      ],
      {
        error: 'pool tank: disk /dev/sdb holds data (gpt partition table)',
      },
    ),
    step('zfs-datasets', 'skipped', [], {
      cause: 'zfs-pools',
      error: 'skipped: it depends on zfs-pools, which was blocked',
    }),
    step('nvidia', dryRun ? 'planned' : 'changed', [
      change('install NVIDIA driver 580.76.05 (reboot needed)', { reboot: true }),
    ]),
    step('firewall', 'unchanged', [change('no rule accepts port 8006', { kind: 'run', info: true })]),
    step('vfio', 'not-selected'),
  ],
});

describe('counts and headline', () => {
  test('a dry run says what would change', () => {
    expect(countReport(report(true))).toEqual({
      changed: 2,
      unchanged: 2,
      problems: 1,
      skipped: 1,
      mutations: 3,
      reboot: true,
    });
    expect(headline(report(true))).toBe(
      '2 steps would change the host, 2 unchanged, 1 blocked or failed, 1 skipped; a reboot is needed',
    );
    expect(headline(report(false))).toBe(
      '2 steps changed the host, 2 unchanged, 1 blocked or failed, 1 skipped; a reboot is needed',
    );
  });
});

describe('Markdown', () => {
  const md = renderSetupMarkdown(report(true));

  test('title, headline, a row per step, alerts for problems and the reboot', () => {
    expect(md).toContain(
      '## Phoenix setup-hypervisor (dry run)\n\n**2 steps would change the host, 2 unchanged, 1 blocked or failed, 1 skipped; a reboot is needed**',
    );
    expect(md).toContain('nothing was changed: only read-only commands ran');
    expect(md).toContain(
      '> [!CAUTION]\n> **Not done:**\n>\n> - `zfs-pools` blocked: pool tank: disk /dev/sdb holds data (gpt partition table)',
    );
    expect(md).toContain('> [!WARNING]\n> A reboot is needed');
    expect(md).toContain('| `apt` title of apt | :pencil2: would change | 1 |  |');
    expect(md).toContain('| `zfs-datasets` title of zfs-datasets | :fast_forward: skipped |  |  |');
    expect(md).toContain('| `vfio` title of vfio | not selected |  |  |');
  });

  test('a collapsible block per step with changes, diffs in diff fences', () => {
    expect(md).toContain('<details><summary><b>apt</b>: title of apt (1)</summary>');
    expect(md).toContain('```diff\n+ samba\n+ nfs-kernel-server\n```');
    expect(md).toContain(
      '- `+` create mirror pool tank **blocked:** disk /dev/sdb holds data (gpt partition table)',
    );
    expect(md).toContain('- `!` no rule accepts port 8006');
    expect(md).not.toContain('<details><summary><b>time</b>');
  });

  test('stays within the budget: drops diffs, then details, then cuts', () => {
    const big: SetupReport = {
      ...report(true),
      steps: Array.from({ length: 15 }, (_, i) =>
        step(
          'zfs-datasets',
          'planned',
          Array.from({ length: 200 }, (_, j) =>
            change(`create tank/ds-${i}-${j}`, {
              diff: Array.from({ length: 5 }, (_, k) => `+ prop${k}=value`),
            }),
          ),
        ),
      ),
    };
    const full = renderSetupMarkdown(big);
    const small = renderSetupMarkdown(big, 60_000);
    const tiny = renderSetupMarkdown(big, 800);
    expect(Buffer.byteLength(full)).toBeGreaterThan(60_000);
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(60_000);
    expect(small).not.toContain('```diff');
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(800);
    expect(renderSetupMarkdown(big, 2_000)).not.toContain('<details>');
    expect(tiny).toMatch(/cut to fit the summary; the full report is in the job log\)$/);
  });
});

describe('text and JSON', () => {
  test('text lists steps, changes, reasons and diffs; not-selected steps are left out', () => {
    const text = renderSetupText(report(false));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'phoenix setup-hypervisor on sim:/tmp/state.json',
      '',
      'apt           changed (1)  title of apt',
    ]);
    expect(text).toContain(
      '    + create mirror pool tank [BLOCKED]\n      blocked: disk /dev/sdb holds data (gpt partition table)\n      ! /dev/sdb: holds data\n',
    );
    expect(text).toContain(
      'zfs-datasets  skipped  title of zfs-datasets\n    skipped: it depends on zfs-pools, which was blocked\n',
    );
    expect(text).toContain('    + install NVIDIA driver 580.76.05 (reboot needed) [reboot]\n');
    expect(text).not.toContain('vfio');
  });

  test('JSON carries statuses and changes but never the payloads', () => {
    const json = JSON.parse(renderSetupJson(report(true))) as {
      steps: Array<{ id: string; status: string; changes: Array<Record<string, unknown>> }>;
      summary: { problems: number };
    };
    expect(json.summary.problems).toBe(1);
    expect(json.steps.map((s) => [s.id, s.status])).toEqual([
      ['apt', 'planned'],
      ['time', 'unchanged'],
      ['zfs-pools', 'blocked'],
      ['zfs-datasets', 'skipped'],
      ['nvidia', 'planned'],
      ['firewall', 'unchanged'],
      ['vfio', 'not-selected'],
    ]);
    expect(json.steps[0]!.changes[0]).toEqual({
      kind: 'create',
      target: 'install 2 package(s)',
      summary: 'install 2 package(s)',
      diff: ['+ samba', '+ nfs-kernel-server'],
    });
  });

  test('no renderer prints a change payload', () => {
    for (const out of [
      renderSetupJson(report(true)),
      renderSetupMarkdown(report(true)),
      renderSetupText(report(true)),
    ])
      expect(out).not.toContain(SECRET);
  });
});
