/**
 * setup-hypervisor's ssh-key, ssh-key-passphrase and known-hosts inputs (as the node24 action
 * passes them, INPUT_SSH-KEY ...) reach the SSH transport's variables and are masked first,
 * as apply's and drift's do.
 */
import { getSetupSettings, runSetupAction } from '../../src/github/setup-action.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { recordingLogger } from '../helpers/recording-logger.js';

const KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQyNTUxOQAAACD4k2\n-----END OPENSSH PRIVATE KEY-----';

describe('setup-hypervisor SSH inputs', () => {
  const env = {
    'INPUT_CONFIG-DIR': 'test/fixtures/gh-good',
    'INPUT_SSH-KEY': KEY,
    'INPUT_SSH-KEY-PASSPHRASE': 'pass-phrase-1',
    'INPUT_KNOWN-HOSTS': 'pve.example ssh-ed25519 AAAAC3Nza',
  };

  it('become PHOENIX_SSH_KEY, PHOENIX_SSH_KEY_PASSPHRASE and PHOENIX_KNOWN_HOSTS', () => {
    const s = getSetupSettings(env, REPO_ROOT);
    expect([s.env.PHOENIX_SSH_KEY, s.env.PHOENIX_SSH_KEY_PASSPHRASE, s.env.PHOENIX_KNOWN_HOSTS]).toEqual([
      KEY,
      'pass-phrase-1',
      'pve.example ssh-ed25519 AAAAC3Nza',
    ]);
  });

  it('masks the key, each of its lines and the passphrase before anything runs', async () => {
    const settings = getSetupSettings(
      { ...env, INPUT_TARGET: 'sim:/nonexistent/phoenix-state.json' },
      REPO_ROOT,
    );
    let written = '';
    await runSetupAction(settings, recordingLogger(), {}, { write: (t) => (written += t) }).catch(
      () => undefined,
    );
    const masks = written.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks.slice(0, 4)).toEqual([
      `::add-mask::${KEY.replace(/\n/g, '%0A')}`,
      '::add-mask::b3BlbnNzaC1rZXktdjEAAAAA',
      '::add-mask::QyNTUxOQAAACD4k2',
      '::add-mask::pass-phrase-1',
    ]);
  });
});
