/**
 * Where a VM's cloud image is imported from, as qemu-server checks it: the sequence Phoenix ran
 * before (setup downloads the image as ISO content, apply runs `qm disk import` on a path under
 * /var/lib/vz/import/ where nothing put it) fails; the new one (download into `import` content
 * as .qcow2, `import-from=` that volume id) succeeds. Also the fresh host's storage contents.
 */
import { simHarness, type SimHarness } from '../helpers/sim.js';

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

const URL = 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img';
const download = (content: string, filename: string) =>
  h.run(
    'pvesh',
    'create',
    '/nodes/pve/storage/local/download-url',
    '--content',
    content,
    '--filename',
    filename,
    '--url',
    URL,
  );

test('a fresh install offers on local what the installer configures: no snippets', async () => {
  const s = await h.state();
  expect(s.storages.local!.content.sort()).toEqual(['backup', 'import', 'iso', 'vztmpl']);
  expect(s.storages['local-lvm']!.content.sort()).toEqual(['images', 'rootdir']);
});

test('the old sequence fails: ISO download, then qm disk import of a path nothing wrote', async () => {
  expect((await download('iso', 'noble-server-cloudimg-amd64.img')).exitCode).toBe(0);
  await h.ok('qm', 'create', '9000', '--name', 'noble');
  const r = await h.run(
    'qm',
    'disk',
    'import',
    '9000',
    '/var/lib/vz/import/noble-server-cloudimg-amd64.img',
    'local-lvm',
    '--target-disk',
    'scsi0',
  );
  expect(r.exitCode).not.toBe(0);
  expect(r.stderr).toBe(
    '/var/lib/vz/import/noble-server-cloudimg-amd64.img: non-existent or non-regular file\n',
  );
  // qm disk import takes a file, never a volume id.
  expect(
    await h.run('qm', 'disk', 'import', '9000', 'local:iso/noble-server-cloudimg-amd64.img', 'local-lvm'),
  ).toMatchObject({
    stderr: 'local:iso/noble-server-cloudimg-amd64.img: non-existent or non-regular file\n',
  });
  // Nor does import-from take ISO content.
  const iso = await h.run(
    'qm',
    'set',
    '9000',
    '--scsi0',
    'local-lvm:0,import-from=local:iso/noble-server-cloudimg-amd64.img',
  );
  expect(iso.stderr).toContain(
    "scsi0: local:iso/noble-server-cloudimg-amd64.img has wrong type 'iso' - needs to be 'images' or 'import'",
  );
});

test('an .img name is no import volume; a missing import volume is named', async () => {
  await h.ok('qm', 'create', '9000');
  expect(
    (await h.run('qm', 'set', '9000', '--scsi0', 'local-lvm:0,import-from=local:import/noble.img')).stderr,
  ).toBe("unable to parse directory volume name 'import/noble.img'\n");
  expect(
    (await h.run('qm', 'set', '9000', '--scsi0', 'local-lvm:0,import-from=local:import/none.qcow2')).stderr,
  ).toBe("can't find file 'local:import/none.qcow2'\n");
});

test('the new sequence succeeds: import content as .qcow2, then import-from the volume id', async () => {
  expect((await download('import', 'noble-server-cloudimg-amd64.qcow2')).exitCode).toBe(0);
  await h.ok('qm', 'create', '9000', '--name', 'noble');
  await h.ok(
    'qm',
    'set',
    '9000',
    '--scsi0',
    'local-lvm:0,import-from=local:import/noble-server-cloudimg-amd64.qcow2',
  );
  expect(await h.ok('qm', 'config', '9000')).toMatch(/\nscsi0: local-lvm:vm-9000-disk-0,size=2252M\n/);
});
