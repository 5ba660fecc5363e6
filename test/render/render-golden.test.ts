/**
 * Golden files of the rendered plan: the example estate (config/) and the upstream estates. When a
 * change to the planner, the renderers or the example config is intended, regenerate them with
 * `UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/render/render-golden.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfigDir } from '../../src/config/validate.js';
import type { DesiredState } from '../../src/model/types.js';
import { sha256Hex } from '../../src/plan/canonical.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { appScriptPath, featureScriptPath } from '../../src/plan/markers.js';
import { plan, planConfigDiff } from '../../src/plan/planner.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { clusterPlan } from '../helpers/cluster-fixtures.js';
import { ct, estate, host, liveCt, TEMPLATE } from '../helpers/plan-fixtures.js';
import { describeShared, REPO_ROOT, sharedPath } from '../helpers/shared.js';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const SHA = '0123456789abcdef0123456789abcdef01234567';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** Stand-in script hashes that depend only on the script's path, so goldens do not move with script edits. */
function fakeHashes(desired: DesiredState, salt = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of desired.guests) {
    for (const f of g.features) out[featureScriptPath(f)] = sha256Hex(salt + featureScriptPath(f));
    if (g.applicationScript)
      out[appScriptPath(g.applicationScript)] = sha256Hex(salt + appScriptPath(g.applicationScript));
  }
  return out;
}

const hostFor = (desired: DesiredState) => {
  const live = desiredToLiveState(desired);
  return host({ storages: live.storages, bridges: live.bridges, guests: [] });
};

describe('golden: example estate (config/)', () => {
  const dir = join(REPO_ROOT, 'config');
  const present = existsSync(join(dir, 'phoenix_lxc_configs.json'));
  (present ? it : it.skip)('on an empty host', async () => {
    const { desired } = await validateConfigDir(dir);
    golden(
      'example-empty-host.md',
      renderMarkdown(plan(desired, hostFor(desired), { scriptHashes: fakeHashes(desired) }), { sha: SHA }),
    );
  });

  (present ? it : it.skip)(
    'on an empty host, as terminal text (creates list the settings they end with)',
    async () => {
      const { desired } = await validateConfigDir(dir);
      golden(
        'example-empty-host.txt',
        renderText(plan(desired, hostFor(desired), { scriptHashes: fakeHashes(desired) }), { color: false }),
      );
    },
  );

  (present ? it : it.skip)(
    'on a converged host with drift, a changed script, and guests outside the config',
    async () => {
      const { desired } = await validateConfigDir(dir);
      const hashes = fakeHashes(desired);
      const live = desiredToLiveState(desired, { scriptHashes: hashes, pveVersion: '8.4.1' });
      const [first, second] = live.guests.filter((g) => !g.template && g.kind === 'lxc');
      const guests = live.guests.map((g) =>
        g.id === first.id
          ? { ...g, config: { ...g.config, memory: '1024', cores: '1' } }
          : g.id === second.id
            ? { ...g, status: 'stopped' }
            : g,
      );
      guests.push(
        liveCt(100, { hostname: 'hand-made' }, { tags: ['lab'] }),
        liveCt(970, { hostname: 'retired' }),
      );
      const changedScript = { ...hashes, [featureScriptPath('docker')]: sha256Hex('edited docker.sh') };
      const p = plan(desired, host({ storages: live.storages, bridges: live.bridges, guests }), {
        scriptHashes: changedScript,
      });
      golden('example-changes.md', renderMarkdown(p, { sha: SHA }));
      golden('example-changes.txt', renderText(p, { color: false }));
    },
  );
});

describeShared('golden: upstream estates', () => {
  const load = async (rev: string) =>
    (await validateConfigDir(sharedPath('fixtures', 'upstream', rev))).desired;

  it.each(['829c047', '35c465b'])('%s on an empty host', async (rev) => {
    const desired = await load(rev);
    golden(
      `upstream-${rev}-empty-host.md`,
      renderMarkdown(plan(desired, hostFor(desired), { scriptHashes: fakeHashes(desired) }), { sha: SHA }),
    );
  });

  it('829c047 against 7ee84fb, config to config', async () => {
    const [next, old] = [await load('829c047'), await load('7ee84fb')];
    const p = planConfigDiff(next, old, { scriptHashes: fakeHashes(next), oldScriptHashes: fakeHashes(old) });
    golden('upstream-7ee84fb-to-829c047.md', renderMarkdown(p, { sha: SHA }));
  });
});

describe('golden: the alert blocks a plan comment starts with', () => {
  it('errors, destroys, host gaps, guests left alone and warnings', () => {
    const desired = estate(
      {
        '900': ct('base', { template: TEMPLATE, is_template: true, pct_options: ['nesting=1', 'keyctl=1'] }),
        '950': ct('web', { clone_from_ctid: '900', features: ['docker'], pct_options: ['keyctl=1'] }),
        '951': ct('api', { template: TEMPLATE, dependencies: ['999'] }),
        '952': ct('db', { template: TEMPLATE, storage_pool: 'fast-ssd' }),
      },
      [],
      { lxc: { allow_destroy: true } },
    );
    const live = host({
      guests: [liveCt(960, { hostname: 'gone' }), liveCt(100, { hostname: 'hand-made' }, { tags: ['lab'] })],
    });
    const p = plan(desired, live, { scriptHashes: fakeHashes(desired) });
    golden('alerts.md', renderMarkdown(p, { sha: SHA }));
    golden('alerts.txt', renderText(p, { color: false }));
  });
});

describe('golden: a plan on a three-node cluster', () => {
  it('a migration, a clone with target and a clone made on its source node then migrated', () => {
    const p = clusterPlan();
    golden('cluster.md', renderMarkdown(p, { sha: SHA }));
    golden('cluster.txt', renderText(p, { color: false }));
  });
});
