/**
 * The actions' in-process artifact upload (src/github/artifact-upload.ts) with the real
 * @actions/artifact client against the local results-service stand-in: Twirp calls, the Azure
 * block-blob upload, retention, replacing an artifact of the same name, a refused upload, and
 * what happens outside a JavaScript action (no runtime token).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { singleFile, uploadRunArtifact } from '../../src/github/artifact-upload.js';
import { startFakeResultsService, type FakeResultsService } from '../helpers/fake-results-service.js';
import { recordingLogger } from '../helpers/recording-logger.js';

let dir: string;
let results: FakeResultsService;
const saved: Record<string, string | undefined> = {};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phoenix-upload-'));
  results = await startFakeResultsService();
  // The client reads these from process.env, where the runner puts them for a JavaScript action.
  for (const [k, v] of Object.entries({ ...results.env(), GITHUB_SERVER_URL: 'https://github.com' })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterEach(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    results.assertNoViolations();
  } finally {
    await results.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('uploadRunArtifact with @actions/artifact', () => {
  it('uploads the files zipped under their names, with the retention asked for', async () => {
    writeFileSync(join(dir, 'plan.json'), '{"hash":"abc"}\n');
    writeFileSync(join(dir, 'plan.md'), '## Phoenix plan\n');
    const log = recordingLogger();
    const r = await uploadRunArtifact(
      process.env,
      {
        name: 'phoenix-plan',
        files: [join(dir, 'plan.json'), join(dir, 'plan.md')],
        rootDirectory: dir,
        retentionDays: 12,
      },
      log,
    );
    expect(r).toEqual({ uploaded: true, id: results.artifacts[0].id });
    expect(results.calls).toEqual(['ListArtifacts', 'CreateArtifact', 'FinalizeArtifact']);
    expect(results.artifacts.map((a) => [a.name, a.retentionDays, a.mimeType])).toEqual([
      ['phoenix-plan', 12, 'application/zip'],
    ]);
    expect(results.files('phoenix-plan')).toEqual({
      'plan.json': '{"hash":"abc"}\n',
      'plan.md': '## Phoenix plan\n',
    });
    expect(log.lines).toContain(
      `info Uploaded the 'phoenix-plan' artifact (plan.json, plan.md) as artifact ${r.uploaded && r.id}, kept 12 days.`,
    );
  });

  it('replaces an artifact of the same name in the run (a re-run attempt), default retention for 0', async () => {
    const file = join(dir, 'phoenix-state.json');
    writeFileSync(file, '{"v":1}');
    await uploadRunArtifact(process.env, singleFile('phoenix-state', file, 90), recordingLogger());
    writeFileSync(file, '{"v":2}');
    const r = await uploadRunArtifact(process.env, singleFile('phoenix-state', file, 0), recordingLogger());
    expect(r.uploaded).toBe(true);
    expect(results.calls).toEqual([
      'ListArtifacts',
      'CreateArtifact',
      'FinalizeArtifact',
      'ListArtifacts',
      'DeleteArtifact',
      'CreateArtifact',
      'FinalizeArtifact',
    ]);
    expect(results.artifacts).toHaveLength(1);
    expect(results.artifacts[0].retentionDays).toBeUndefined();
    expect(results.files('phoenix-state')).toEqual({ 'phoenix-state.json': '{"v":2}' });
  });

  it('a refused upload is an error, returned as failed, never thrown', async () => {
    const file = join(dir, 'phoenix-state.json');
    writeFileSync(file, '{}');
    results.failCreate = { status: 403, code: 'permission_denied', msg: 'artifact storage quota exceeded' };
    const log = recordingLogger();
    const r = await uploadRunArtifact(process.env, singleFile('phoenix-state', file, 90), log);
    expect(r).toMatchObject({ uploaded: false, failed: true });
    expect(log.lines.filter((l) => l.startsWith('error '))).toEqual([
      expect.stringMatching(
        /^error Could not upload the 'phoenix-state' artifact \(phoenix-state\.json\): .*artifact storage quota exceeded/,
      ),
    ]);
    expect(results.artifacts).toEqual([]);
  });

  it('without a runtime token uploads nothing: a warning inside Actions, a note outside', async () => {
    const file = join(dir, 'phoenix-state.json');
    writeFileSync(file, '{}');
    const inActions = recordingLogger();
    const a = await uploadRunArtifact({ GITHUB_ACTIONS: 'true' }, singleFile('s', file, 1), inActions);
    expect(a).toMatchObject({ uploaded: false, failed: false });
    expect(inActions.lines).toEqual([
      expect.stringMatching(
        /^warning Did not upload the 's' artifact \(phoenix-state\.json\): ACTIONS_RUNTIME_TOKEN/,
      ),
    ]);
    const local = recordingLogger();
    await uploadRunArtifact({}, singleFile('s', file, 1), local);
    expect(local.lines).toEqual([
      `info Not uploading the 's' artifact (phoenix-state.json) outside GitHub Actions; the files stay in ${dir}.`,
    ]);
    expect(results.calls).toEqual([]);
  });
});
