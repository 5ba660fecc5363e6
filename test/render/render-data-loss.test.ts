/**
 * Every rendering of a plan that deletes a volume's data lists each such volume with its size:
 * the terminal text, the pull-request comment (never cut by its size budget) and the apply summary.
 */
import { renderApplySummary } from '../../src/github/apply-summary.js';
import { desiredToLiveState } from '../../src/plan/desired-to-live.js';
import { plan } from '../../src/plan/planner.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const vol = (mount_point: string, size_gb: number) => ({ pool: 'local-lvm', size_gb, mount_point });
const before = estate({
  '950': ct('data', { template: TEMPLATE, zfs_volumes: [vol('/logs', 2), vol('/data', 8)] }),
});
const after = estate({
  '950': ct('data', { template: TEMPLATE, zfs_volumes: [vol('/data', 8)], allow_destroy_volumes: true }),
});
const live = { ...host(), guests: desiredToLiveState(before).guests };
const lossy = plan(after, live, { allowDataLoss: true });
const LINE = 'ct/950 mp0 /logs local-lvm:subvol-950-disk-1 (2G): left the config (allow_destroy_volumes)';

describe('data loss in renderings', () => {
  it('the plan deletes one volume', () => {
    expect(lossy.errors).toEqual([]);
    expect(lossy.changes[0]!.dataLoss).toHaveLength(1);
  });

  it('terminal text has a Data loss block', () => {
    const text = renderText(lossy);
    expect(text).toContain(`Data loss: 1 volume destroyed with its data:\n  ! ${LINE}\n`);
    expect(text).toContain(
      '- mp0: local-lvm 2G (mp=/logs,backup=1) (restart) [detach and destroy (data loss)]',
    );
  });

  it('the PR comment puts it at the top, even when the budget cuts the rest', () => {
    const md = renderMarkdown(lossy, { budgetBytes: 1500 });
    expect(md).toContain(
      '> [!CAUTION]\n> **Data loss: 1 volume destroyed with its data**\n>\n> - `ct/950` mp0 /logs local-lvm:subvol-950-disk-1 (2G): left the config (allow_destroy_volumes)\n',
    );
  });

  it('the apply summary lists it', () => {
    const md = renderApplySummary({ status: 'applied', target: 'sim:x', review: 'matched.', plan: lossy });
    expect(md).toContain(
      '**Data loss**: 1 volume destroyed with its data, each after a vzdump backup:\n- `ct/950` mp0 /logs local-lvm:subvol-950-disk-1 (2G): left the config (allow_destroy_volumes)\n',
    );
  });

  it('a plan that only detaches says the volume is kept, and has no Data loss block', () => {
    const keep = plan(
      estate({ '950': ct('data', { template: TEMPLATE, zfs_volumes: [vol('/data', 8)] }) }),
      live,
    );
    const text = renderText(keep);
    expect(text).toContain('[detach, kept as unused0]');
    expect(text).not.toContain('Data loss');
    expect(renderMarkdown(keep)).not.toContain('Data loss');
  });
});
