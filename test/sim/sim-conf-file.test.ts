/**
 * The simulator's own guest config reader and writer (src/sim/conf-file.ts) against Phoenix's
 * (src/dialect/conf-format.ts). Both follow Proxmox's format but share no code, so each checks the
 * other: Phoenix's parser reads what the simulator writes, the simulator reads what Phoenix's
 * printer writes, and both print the same bytes. Where Phoenix's code differs from Proxmox's, the
 * simulator's side is asserted as Proxmox does it and Phoenix's side is a `test.failing` that
 * names the difference (it turns red once Phoenix's code is fixed: drop the `.failing` then).
 */
import {
  parseGuestConf,
  printGuestConf,
  type GuestConf as PhoenixConf,
} from '../../src/dialect/conf-format.js';
import {
  decodeText,
  encodeText,
  parseConfFile,
  writeConfFile,
  type ConfFileWarning,
} from '../../src/sim/conf-file.js';
import type { GuestConf } from '../../src/sim/model.js';
import { createCt, simHarness, type SimHarness } from '../helpers/sim.js';

/** A container as Phoenix leaves one: description, raw lxc lines (one key twice), two snapshots. */
const CT: GuestConf = {
  kind: 'lxc',
  main: {
    description: 'Managed by Phoenix\nphoenix: {"v":1,"hash":"abc"}\nCafé – naïve\n',
    values: {
      arch: 'amd64',
      cores: '2',
      features: 'nesting=1,keyctl=1',
      hostname: 'web',
      memory: '2048',
      net0: 'name=eth0,bridge=vmbr0,hwaddr=BC:24:11:2A:3B:4C,ip=10.0.0.50/24,gw=10.0.0.1,type=veth',
      ostype: 'ubuntu',
      parent: 'configured',
      rootfs: 'local-lvm:vm-950-disk-0,size=32G',
      tags: 'phoenix;web',
      unprivileged: '1',
    },
    lxc: [
      ['lxc.apparmor.profile', 'unconfined'],
      ['lxc.cgroup2.devices.allow', 'c 195:* rwm'],
      ['lxc.cgroup2.devices.allow', 'c 509:* rwm'],
      ['lxc.mount.entry', '/dev/nvidia0 dev/nvidia0 none bind,optional,create=file'],
    ],
  },
  pending: { values: { cores: '4', delete: 'swap' } },
  snapshots: {
    base: {
      description: 'first\n',
      values: { arch: 'amd64', hostname: 'web', memory: '1024', snaptime: '1700000000' },
    },
    configured: {
      values: { arch: 'amd64', hostname: 'web', memory: '2048', parent: 'base', snaptime: '1700000100' },
      lxc: [['lxc.apparmor.profile', 'unconfined']],
    },
  },
};

/** A cloud-init VM with a pending change, its `[special:cloudinit]` section and a snapshot. */
const VM: GuestConf = {
  kind: 'qemu',
  main: {
    description: 'Managed by Phoenix\nphoenix: {"v":1}',
    values: {
      agent: 'enabled=1',
      'allow-ksm': '0',
      boot: 'order=scsi0',
      ciuser: 'ubuntu',
      cores: '2',
      ide2: 'local-lvm:vm-101-cloudinit,media=cdrom',
      ipconfig0: 'ip=10.0.0.5/24,gw=10.0.0.1',
      memory: '2048',
      name: 'app',
      net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr0',
      parent: 'pre-phoenix',
      scsi0: 'local-lvm:vm-101-disk-0,size=32G',
      scsihw: 'virtio-scsi-pci',
      smbios1: 'uuid=7f3c2b1a-0000-4000-a000-000000000001',
      vmgenid: 'c0ffee00-0000-4000-a000-000000000002',
    },
  },
  pending: { values: { memory: '4096' } },
  special: {
    'special:cloudinit': {
      values: { ciuser: 'ubuntu', ipconfig0: 'ip=10.0.0.5/24,gw=10.0.0.1', name: 'app' },
    },
  },
  snapshots: {
    'pre-phoenix': {
      description: 'safety',
      values: { memory: '2048', name: 'app', snaptime: '1700000200', vmstate: '0' },
    },
  },
};

const MINIMAL_CT: GuestConf = { kind: 'lxc', main: { values: { hostname: 'a' } }, snapshots: {} };
const MINIMAL_VM: GuestConf = { kind: 'qemu', main: { values: { name: 'b' } }, snapshots: {} };

/** A plain copy (as a parser gives it back: no undefined members). */
function expected(conf: GuestConf): GuestConf {
  return JSON.parse(JSON.stringify(conf)) as GuestConf;
}

/** Every description without its final newline (which only containers' files keep). */
function trimDescriptions<T extends { main: { description?: string } }>(conf: T): T {
  const copy = JSON.parse(JSON.stringify(conf)) as T & {
    snapshots: Record<string, { description?: string }>;
    pending?: { description?: string };
    special?: Record<string, { description?: string }>;
  };
  for (const s of [
    copy.main,
    copy.pending,
    ...Object.values(copy.snapshots),
    ...Object.values(copy.special ?? {}),
  ])
    if (s?.description !== undefined) s.description = s.description.replace(/\n$/, '');
  return copy;
}

/** Samples made by the simulator itself (its own model after real commands). */
async function simulatedGuests(h: SimHarness): Promise<GuestConf[]> {
  await createCt(h, 950, '--description', 'Managed by Phoenix\nphoenix: {"v":1}', '--tags', 'web;phoenix');
  await h.ok('pct', 'snapshot', '950', 'base', '--description', 'first');
  await h.ok('pct', 'start', '950');
  await h.ok('pct', 'set', '950', '--features', 'nesting=1', '--cores', '4');
  await h.t.run(['tee', '/var/lib/vz/import/noble.img'], { stdin: 'qcow2-bytes' });
  await h.ok(
    'qm',
    'create',
    '101',
    '--name',
    'app',
    '--memory',
    '2048',
    '--net0',
    'virtio,bridge=vmbr0',
    '--scsi0',
    'local-lvm:0,import-from=/var/lib/vz/import/noble.img',
    '--ide2',
    'local-lvm:cloudinit',
    '--ciuser',
    'ubuntu',
    '--description',
    'a VM: with a colon',
  );
  await h.ok('qm', 'cloudinit', 'update', '101');
  await h.ok('qm', 'snapshot', '101', 'pre-phoenix', '--description', 'safety');
  const s = await h.state();
  const ct = s.guests['950']!.conf;
  const vm = s.guests['101']!.conf;
  expect(writeConfFile(ct)).toMatch(/^#Managed by Phoenix\n[^]*\n\[pve:pending\]\n[^]*\n\[base\]\n#first\n/);
  expect(writeConfFile(vm)).toMatch(
    /^#a VM%3A with a colon\n[^]*\n\[special:cloudinit\]\n[^]*\n\[pre-phoenix\]\n/,
  );
  return [ct, vm];
}

function crossCheck(name: string, conf: GuestConf): void {
  const simText = writeConfFile(conf);
  test(`${name}: Phoenix's printer writes the same bytes as the simulator`, () => {
    expect(printGuestConf(conf as PhoenixConf)).toBe(simText);
  });
  test(`${name}: Phoenix's parser reads what the simulator writes`, () => {
    const back = parseGuestConf(simText, conf.kind);
    // Phoenix's parser keeps a VM description's final newline (see the known differences).
    expect(conf.kind === 'qemu' ? trimDescriptions(back) : back).toEqual(expected(conf));
  });
  test(`${name}: the simulator reads what Phoenix's printer writes, without warnings`, () => {
    const warnings: ConfFileWarning[] = [];
    expect(parseConfFile(printGuestConf(conf as PhoenixConf), conf.kind, warnings)).toEqual(expected(conf));
    expect(warnings).toEqual([]);
  });
}

describe('Phoenix and the simulator agree on guest config files', () => {
  crossCheck('a container with description, raw lxc lines, pending and snapshots', CT);
  crossCheck('a cloud-init VM with pending, special section and snapshot', VM);
  crossCheck('a minimal container', MINIMAL_CT);
  crossCheck('a minimal VM', MINIMAL_VM);

  test('guests the simulator made itself read the same through both parsers', async () => {
    const h = simHarness();
    try {
      for (const conf of await simulatedGuests(h)) {
        // The model holds a description as set (`--description`), a file read back as written.
        const text = writeConfFile(conf);
        expect(printGuestConf(conf as PhoenixConf)).toBe(text);
        expect(trimDescriptions(parseConfFile(text, conf.kind))).toEqual(trimDescriptions(conf));
        expect(trimDescriptions(parseGuestConf(text, conf.kind))).toEqual(trimDescriptions(conf));
      }
    } finally {
      h.cleanup();
    }
  });
});

describe("the simulator's reader and writer follow Proxmox", () => {
  test('write_pct_config: sorted keys, raw lxc lines last, [pve:pending], snapshots by name', () => {
    expect(writeConfFile(CT)).toBe(
      '#Managed by Phoenix\n#phoenix%3A {"v"%3A1,"hash"%3A"abc"}\n#Caf%C3%A9 %E2%80%93 na%C3%AFve\n' +
        'arch: amd64\ncores: 2\nfeatures: nesting=1,keyctl=1\nhostname: web\nmemory: 2048\n' +
        'net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:2A:3B:4C,ip=10.0.0.50/24,gw=10.0.0.1,type=veth\n' +
        'ostype: ubuntu\nparent: configured\nrootfs: local-lvm:vm-950-disk-0,size=32G\ntags: phoenix;web\nunprivileged: 1\n' +
        'lxc.apparmor.profile: unconfined\nlxc.cgroup2.devices.allow: c 195:* rwm\nlxc.cgroup2.devices.allow: c 509:* rwm\n' +
        'lxc.mount.entry: /dev/nvidia0 dev/nvidia0 none bind,optional,create=file\n' +
        '\n[pve:pending]\ncores: 4\ndelete: swap\n' +
        '\n[base]\n#first\narch: amd64\nhostname: web\nmemory: 1024\nsnaptime: 1700000000\n' +
        '\n[configured]\narch: amd64\nhostname: web\nmemory: 2048\nparent: base\nsnaptime: 1700000100\n' +
        'lxc.apparmor.profile: unconfined\n',
    );
  });

  test('write_vm_config: [PENDING], then [special:*], then snapshots', () => {
    const text = writeConfFile(VM);
    expect(text.split(/\n(?=\[)/).map((s) => s.split('\n')[0])).toEqual([
      '#Managed by Phoenix',
      '[PENDING]',
      '[special:cloudinit]',
      '[pre-phoenix]',
    ]);
  });

  test('encode_text escapes control and non-ASCII bytes, ":" and "%" (pve-common fix #5486)', () => {
    expect(encodeText('a: b\t100% é')).toBe('a%3A b%09100%25 %C3%A9');
    expect(decodeText('a%3A b%09100%25 %C3%A9')).toBe('a: b\t100% é');
    expect(decodeText('a%3ab%zz%')).toBe('a:b%zz%');
    expect(decodeText(encodeText('keep %20 as typed'))).toBe('keep %20 as typed');
  });

  test('a VM description loses its trailing whitespace; a container one keeps a newline per line', () => {
    expect(parseConfFile('#a\n#b\nname: x\n', 'qemu').main.description).toBe('a\nb');
    expect(parseConfFile('#a\n#b\nhostname: x\n', 'lxc').main.description).toBe('a\nb\n');
  });

  test('container values lose trailing blanks; lxc lines written with "=" read as "key: value"', () => {
    const conf = parseConfFile('hostname: x  \nlxc.mount.entry = /a b none bind\n', 'lxc');
    expect(conf.main).toEqual({ values: { hostname: 'x' }, lxc: [['lxc.mount.entry', '/a b none bind']] });
  });

  test('"delete" outside the pending section, unknown VM sections and junk are warned about and skipped', () => {
    const warnings: ConfFileWarning[] = [];
    const ct = parseConfFile('hostname: x\ndelete: swap\nthis is junk\n', 'lxc', warnings, 950);
    expect(ct.main.values).toEqual({ hostname: 'x' });
    const vm = parseConfFile(
      'name: x\n\n[pve:pending]\nmemory: 1\n\n[PENDING]\ncores: 2\n',
      'qemu',
      warnings,
      101,
    );
    expect(vm.main.values).toEqual({ name: 'x' });
    expect(vm.pending?.values).toEqual({ cores: '2' });
    expect(warnings).toEqual([
      { line: 2, message: "vm 950 - property 'delete' is only allowed in [pve:pending]" },
      { line: 3, message: 'vm 950 - unable to parse config: this is junk' },
      { line: 3, message: "vm 101 - skipping unknown section: 'pve:pending'" },
    ]);
  });

  test('a VM\'s old "cdrom" key reads as ide2', () => {
    expect(parseConfFile('cdrom: none\nname: x\n', 'qemu').main.values).toEqual({ ide2: 'none', name: 'x' });
  });

  test('[special:cloudinit] is written only while the VM has a cloud-init drive (has_cloudinit)', () => {
    const noDrive: GuestConf = {
      kind: 'qemu',
      main: { values: { name: 'app' } },
      special: VM.special,
      snapshots: {},
    };
    expect(writeConfFile(noDrive)).toBe('name: app\n');
  });

  test('a newline inside a value is refused', () => {
    expect(() =>
      writeConfFile({ kind: 'lxc', main: { values: { hostname: 'a\nb' } }, snapshots: {} }),
    ).toThrow("detected invalid newline inside property 'hostname'");
  });
});

/**
 * Where Phoenix's parser/printer differs from Proxmox (and so from the simulator). Each of these
 * fails today; `test.failing` keeps the difference visible without breaking the suite.
 */
describe("known differences of Phoenix's conf-format.ts from Proxmox", () => {
  const sameAsSim = (text: string, kind: 'lxc' | 'qemu'): void => {
    expect(parseGuestConf(text, kind)).toEqual(parseConfFile(text, kind));
  };
  test.failing('encodeConfText leaves "%" alone (pve-common encodes it since fix #5486)', () => {
    expect(printGuestConf({ kind: 'lxc', main: { description: '100%20', values: {} }, snapshots: {} })).toBe(
      writeConfFile({ kind: 'lxc', main: { description: '100%20', values: {} }, snapshots: {} }),
    );
  });
  test.failing('a VM description keeps its final newline (parse_vm_config trims it)', () => {
    sameAsSim('#a\nname: x\n', 'qemu');
  });
  test.failing('container values keep trailing blanks (parse_pct_config trims them)', () => {
    sameAsSim('hostname: x \n', 'lxc');
  });
  test.failing('"delete" is read outside the pending section (Proxmox skips it)', () => {
    sameAsSim('hostname: x\ndelete: swap\n', 'lxc');
  });
  test.failing("a VM's unknown [section] is not skipped (its lines join the section before)", () => {
    sameAsSim('name: x\n\n[pve:pending]\nmemory: 1\n', 'qemu');
  });
  test.failing('a VM\'s old "cdrom" key is not read as ide2', () => {
    sameAsSim('cdrom: none\nname: x\n', 'qemu');
  });
  test.failing('[special:cloudinit] is printed without a cloud-init drive (write_vm_config drops it)', () => {
    const conf: GuestConf = {
      kind: 'qemu',
      main: { values: { name: 'x' } },
      snapshots: {},
      special: VM.special,
    };
    expect(printGuestConf(conf as PhoenixConf)).toBe(writeConfFile(conf));
  });
});
