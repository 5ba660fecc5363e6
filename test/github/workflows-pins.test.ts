/**
 * Supply chain and host safety of the workflows: every third-party action is pinned by its full
 * commit SHA with a `# vX.Y.Z` comment, at a release known to run on node24 (the SHAs below were
 * read from each action's repository: the tag's commit and its action.yml `using: node24`), and
 * the workflows that change the Proxmox host share one concurrency group.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/shared.js';

/** Releases whose action.yml declares `using: node24`: action -> commit SHA -> tag. */
const NODE24_RELEASES: Record<string, Record<string, string>> = {
  'actions/checkout': { fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09: 'v5.1.0' },
  'actions/setup-node': { a0853c24544627f65ddf259abe73b1d18a591444: 'v5.0.0' },
  'actions/upload-artifact': { b7c566a772e6b6bfb58ed0dc250532a479d7789f: 'v6.0.0' },
  'actions/download-artifact': { '37930b1c2abaa49bbe596cd826c3c89aef350131': 'v7.0.0' },
};

const dir = join(REPO_ROOT, '.github', 'workflows');
const workflowFiles = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const text = (f: string): string => readFileSync(join(dir, f), 'utf8');

interface Concurrency {
  readonly group: string;
  readonly 'cancel-in-progress': boolean;
}
const concurrencyOf = (f: string): Concurrency =>
  (parseYaml(text(f)) as { concurrency: Concurrency }).concurrency;

describe('third-party actions', () => {
  it.each(workflowFiles)('%s: pinned by full SHA with a version comment, at a node24 release', (f) => {
    const uses = [...text(f).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].filter(
      (m) => !m[1]!.startsWith('./'),
    );
    for (const [line, ref, rest] of uses) {
      const m = /^([\w.-]+\/[\w.-]+)(?:\/[^@]*)?@([0-9a-f]{40})$/.exec(ref!);
      expect([line.trim(), m !== null]).toEqual([line.trim(), true]);
      const version = /^\s+# (v\d+\.\d+\.\d+)\s*$/.exec(rest!)?.[1];
      expect([line.trim(), version]).toEqual([line.trim(), expect.stringMatching(/^v/)]);
      expect([line.trim(), NODE24_RELEASES[m![1]!]?.[m![2]!]]).toEqual([line.trim(), version]);
    }
  });
});

describe('concurrency', () => {
  it('apply and setup-hypervisor share one group and never cancel a running job', () => {
    const apply = concurrencyOf('apply.yml');
    expect(concurrencyOf('setup-hypervisor.yml')).toEqual(apply);
    expect(apply).toEqual({ group: 'proxmox-host', 'cancel-in-progress': false });
  });

  it('drift, read-only, is not in the host group', () => {
    expect(concurrencyOf('drift.yml').group).not.toBe(concurrencyOf('apply.yml').group);
  });

  it('the comments say what GitHub does with pending runs (one pending; a newer one cancels it)', () => {
    for (const f of ['apply.yml', 'setup-hypervisor.yml']) {
      expect(text(f)).toMatch(/ONE is pending/);
      expect(text(f)).toMatch(/cancels the pending one/);
      expect(text(f)).not.toMatch(/queues? (the )?runs/i);
    }
  });
});
