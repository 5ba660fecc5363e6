/**
 * `cicustom` snippets are read when a VM starts (qemu-server's get_custom_cloudinit_files): a
 * snippet on a storage without `snippets` content (a fresh install's `local`) or outside the
 * snippets folder fails the start; once setup enables the content, the start reads it, and
 * vendor data listing qemu-guest-agent in `packages:` installs the agent.
 */
import { installsGuestAgent } from '../../src/sim/cicustom.js';
import { simHarness, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

const VENDOR =
  '#cloud-config\npackages:\n  - qemu-guest-agent\nruncmd:\n  - systemctl enable --now qemu-guest-agent\n';

test('a snippet on a fresh local (no snippets content) fails the start', async () => {
  await h.t.run(['tee', '/var/lib/vz/snippets/phoenix-agent.yaml'], { stdin: VENDOR });
  await h.ok('qm', 'create', '100', '--cicustom', 'vendor=local:snippets/phoenix-agent.yaml');
  const r = await h.run('qm', 'start', '100');
  expect(r.exitCode).not.toBe(0);
  expect(r.stderr).toBe("can't find file 'local:snippets/phoenix-agent.yaml'\n");
  expect((await h.state()).guests['100']!.status).not.toBe('running');
});

test('a volume outside the snippets folder is refused', async () => {
  await h.ok('qm', 'create', '100', '--cicustom', 'user=local:iso/user.yaml');
  expect((await h.run('qm', 'start', '100')).stderr).toBe(
    'local:iso/user.yaml is not in the snippets directory\n',
  );
});

test('with snippets content enabled the start reads the vendor data and the agent is installed', async () => {
  await h.ok('pvesm', 'set', 'local', '--content', 'backup,import,iso,snippets,vztmpl');
  await h.t.run(['tee', '/var/lib/vz/snippets/phoenix-agent.yaml'], { stdin: VENDOR });
  await h.ok('qm', 'create', '100', '--cicustom', 'vendor=local:snippets/phoenix-agent.yaml');
  await h.configure((s) => {
    s.guests['100']!.agentInstalled = false;
  });
  await h.ok('qm', 'start', '100');
  expect((await h.state()).guests['100']!.agentInstalled).toBe(true);
});

test('only a packages entry naming qemu-guest-agent counts', () => {
  expect(installsGuestAgent(VENDOR)).toBe(true);
  expect(installsGuestAgent('#cloud-config\npackages: [curl, qemu-guest-agent]\n')).toBe(true);
  expect(installsGuestAgent('#cloud-config\npackages:\n  - curl\n')).toBe(false);
  expect(installsGuestAgent('#cloud-config\nruncmd:\n  - echo qemu-guest-agent\n')).toBe(false);
  expect(installsGuestAgent(undefined)).toBe(false);
});

describe('the guest agent of a VM made from a stock cloud image', () => {
  const image = async () => {
    await h.ok('pvesm', 'set', 'local', '--content', 'backup,import,iso,snippets,vztmpl');
    await h.t.run(['tee', '/var/lib/vz/import/noble.qcow2'], { stdin: 'qcow2' });
    await h.t.run(['tee', '/var/lib/vz/snippets/phoenix-agent.yaml'], { stdin: VENDOR });
  };
  const create = (...extra: string[]) =>
    h.ok(
      'qm',
      'create',
      '100',
      '--agent',
      '1',
      '--scsi0',
      'local-lvm:0,import-from=/var/lib/vz/import/noble.qcow2',
      ...extra,
    );

  test('before: no vendor data, the image has no agent, the ping never answers', async () => {
    await image();
    await create();
    await h.ok('qm', 'start', '100');
    expect((await h.run('qm', 'guest', 'cmd', '100', 'ping')).stderr).toBe(
      'QEMU guest agent is not running\n',
    );
  });

  test('after: vendor data installs it at first boot; a clone of the result has it too', async () => {
    await image();
    await create('--cicustom', 'vendor=local:snippets/phoenix-agent.yaml');
    await h.ok('qm', 'start', '100');
    expect((await h.run('qm', 'guest', 'cmd', '100', 'ping')).exitCode).toBe(0);
    await h.ok('qm', 'shutdown', '100');
    await h.ok('qm', 'clone', '100', '101', '--full', '1');
    expect((await h.state()).guests['101']!.agentInstalled).not.toBe(false);
  });
});
