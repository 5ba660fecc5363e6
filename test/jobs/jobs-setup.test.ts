/**
 * The setup job (src/jobs/setup-job.ts): hypervisor setup with one log group per step when a
 * Logger is given, none without, and the token secrets file readable by its owner only.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runSetupJob, SETUP_REFUSED, writeTokensFile } from '../../src/jobs/setup-job.js';
import { configDir, freshHost, tempDir } from '../helpers/hypervisor-fixtures.js';
import { recordingLogger } from '../helpers/recording-logger.js';

const small = { timezone: 'Europe/Berlin' };

describe('setup job', () => {
  it('logs each step as a group with its changes (dry run)', async () => {
    const state = await freshHost();
    const log = recordingLogger();
    const outcome = await runSetupJob({
      configDir: configDir(small),
      target: `sim:${state}`,
      dryRun: true,
      env: {},
      cwd: process.cwd(),
      logger: log,
    });
    expect(outcome.exitCode).toBe(0);
    const time = log.lines.indexOf('group time: planned (1)');
    expect(log.lines.slice(time, time + 3)).toEqual([
      'group time: planned (1)',
      'info update set the time zone to Europe/Berlin',
      'endgroup',
    ]);
    expect(log.lines.filter((l) => l.startsWith('group ')).length).toBe(outcome.report?.steps.length);
    expect(log.lines.filter((l) => l === 'endgroup').length).toBe(outcome.report?.steps.length);
  });

  it('stops an invalid config before the host: no report, exit 1', async () => {
    const outcome = await runSetupJob({
      configDir: configDir({ timezone: 42 }),
      target: 'sim:/nonexistent/never-opened.json',
      dryRun: true,
      env: {},
      cwd: process.cwd(),
    });
    expect(outcome.report).toBeUndefined();
    expect(outcome.exitCode).toBe(1);
    expect(SETUP_REFUSED).toBe('setup-hypervisor: the config has errors; nothing was run on the host.');
  });

  it('writes the token secrets as JSON, mode 0600', () => {
    const file = join(tempDir(), 'tokens.json');
    writeTokensFile(file, new Map([['ci@pve!github', 's3cret']]));
    expect(readFileSync(file, 'utf8')).toBe('{\n  "ci@pve!github": "s3cret"\n}\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
