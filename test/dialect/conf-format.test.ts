import fc from 'fast-check';
import {
  decodeConfText,
  encodeConfText,
  parseGuestConf,
  printGuestConf,
  type GuestConf,
  type ParseWarning,
} from '../../src/dialect/conf-format.js';

// A container config as `write_pct_config` leaves it after `pct snapshot 950 pre-configured`
// (description on two lines, one of them with a colon, and raw lxc lines).
const CT_FILE = `#Managed by Phoenix
#phoenix%3A {"v"%3A1}
arch: amd64
cores: 2
features: nesting=1,keyctl=1
hostname: web
memory: 2048
net0: name=eth0,bridge=vmbr0,hwaddr=BC:24:11:2A:3B:4C,ip=10.0.0.50/24,gw=10.0.0.1,type=veth
ostype: ubuntu
parent: pre-configured
rootfs: local-lvm:vm-950-disk-0,size=32G
swap: 512
tags: phoenix;web
unprivileged: 1
lxc.apparmor.profile: unconfined
lxc.cgroup2.devices.allow: c 195:* rwm
lxc.cgroup2.devices.allow: c 509:* rwm

[base]
#first snapshot
arch: amd64
hostname: web
memory: 1024
rootfs: local-lvm:vm-950-disk-0,size=32G
snaptime: 1700000000

[pre-configured]
arch: amd64
hostname: web
memory: 2048
parent: base
rootfs: local-lvm:vm-950-disk-0,size=32G
snaptime: 1700000100
lxc.apparmor.profile: unconfined
`;

describe('Proxmox guest config files', () => {
  test('a container file with description, raw lxc lines and snapshots parses into its sections', () => {
    const conf = parseGuestConf(CT_FILE, 'lxc');
    expect(conf.main.description).toBe('Managed by Phoenix\nphoenix: {"v":1}\n');
    expect(conf.main.values.parent).toBe('pre-configured');
    expect(conf.main.values.net0).toContain('hwaddr=BC:24:11:2A:3B:4C');
    expect(conf.main.lxc).toEqual([
      ['lxc.apparmor.profile', 'unconfined'],
      ['lxc.cgroup2.devices.allow', 'c 195:* rwm'],
      ['lxc.cgroup2.devices.allow', 'c 509:* rwm'],
    ]);
    expect(Object.keys(conf.snapshots)).toEqual(['base', 'pre-configured']);
    expect(conf.snapshots.base!.description).toBe('first snapshot\n');
    expect(conf.snapshots.base!.values.snaptime).toBe('1700000000');
    expect(conf.snapshots['pre-configured']!.values.parent).toBe('base');
    expect(conf.snapshots['pre-configured']!.lxc).toEqual([['lxc.apparmor.profile', 'unconfined']]);
  });

  test('printing what was parsed gives the same bytes (Proxmox writes sorted keys, then lxc lines)', () => {
    expect(printGuestConf(parseGuestConf(CT_FILE, 'lxc'))).toBe(CT_FILE);
  });

  test('keys are written sorted and snapshots sorted by name, whatever the input order', () => {
    const text = 'memory: 512\narch: amd64\n\n[zeta]\nmemory: 1\n\n[alpha]\nmemory: 2\n';
    expect(printGuestConf(parseGuestConf(text, 'lxc'))).toBe(
      'arch: amd64\nmemory: 512\n\n[alpha]\nmemory: 2\n\n[zeta]\nmemory: 1\n',
    );
  });

  test('lxc.* lines written with "=" (as lxc itself writes them) are read and printed as "key: value"', () => {
    const conf = parseGuestConf(
      'hostname: a\nlxc.mount.entry = /dev/fuse dev/fuse none bind,create=file\n',
      'lxc',
    );
    expect(conf.main.lxc).toEqual([['lxc.mount.entry', '/dev/fuse dev/fuse none bind,create=file']]);
    expect(printGuestConf(conf)).toBe(
      'hostname: a\nlxc.mount.entry: /dev/fuse dev/fuse none bind,create=file\n',
    );
  });

  test('the container pending section is [pve:pending], the VM one [PENDING]; both survive a round trip', () => {
    const ct = 'hostname: a\n\n[pve:pending]\nfeatures: nesting=1\n';
    expect(parseGuestConf(ct, 'lxc').pending?.values).toEqual({ features: 'nesting=1' });
    expect(printGuestConf(parseGuestConf(ct, 'lxc'))).toBe(ct);
    const vm = 'memory: 2048\nname: vm1\n\n[PENDING]\nmemory: 4096\n\n[special:cloudinit]\nciuser: ubuntu\n';
    const parsed = parseGuestConf(vm, 'qemu');
    expect(parsed.pending?.values).toEqual({ memory: '4096' });
    expect(parsed.special?.['special:cloudinit']?.values).toEqual({ ciuser: 'ubuntu' });
    expect(printGuestConf(parsed)).toBe(vm);
  });

  test('VM keys with hyphens (allow-ksm, amd-sev) parse; a lxc.* line in a VM config is not a raw key', () => {
    const warnings: ParseWarning[] = [];
    const conf = parseGuestConf('allow-ksm: 0\nlxc.foo: bar\nname: x\n', 'qemu', warnings);
    expect(conf.main.values).toEqual({ 'allow-ksm': '0', name: 'x' });
    expect(warnings).toEqual([{ line: 2, message: 'unable to parse config: lxc.foo: bar' }]);
  });

  test('a legacy "description:" key is folded into the description', () => {
    const conf = parseGuestConf('description: a%3Ab\nhostname: x\n', 'lxc');
    expect(conf.main.description).toBe('a:b');
    expect(printGuestConf(conf)).toBe('#a%3Ab\nhostname: x\n');
  });

  test('lines Proxmox cannot parse are reported, not kept', () => {
    const warnings: ParseWarning[] = [];
    const conf = parseGuestConf('hostname: a\nthis is junk\n9key: x\n', 'lxc', warnings);
    expect(conf.main.values).toEqual({ hostname: 'a' });
    expect(warnings.map((w) => w.line)).toEqual([2, 3]);
  });
});

describe('description encoding (PVE::Tools::encode_text / decode_text)', () => {
  test.each([
    ['plain text stays', 'Managed by Phoenix', 'Managed by Phoenix'],
    ['colons are encoded', 'a: b', 'a%3A b'],
    ['UTF-8 bytes are encoded upper-case', 'café', 'caf%C3%A9'],
    ['control characters are encoded', 'a\tb', 'a%09b'],
    ['percent signs are left alone', '100% sure', '100% sure'],
  ])('%s', (_name, text, encoded) => {
    expect(encodeConfText(text)).toBe(encoded);
    expect(decodeConfText(encoded)).toBe(text);
  });

  test('decoding accepts lower-case hex and leaves a lone % alone (Proxmox quirk)', () => {
    expect(decodeConfText('a%3ab%zz%')).toBe('a:b%zz%');
  });

  test('any description line survives encode + decode', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\n') && !/%[0-9a-fA-F]{2}/.test(s)),
        (s) => {
          expect(decodeConfText(encodeConfText(s))).toBe(s);
        },
      ),
    );
  });
});

describe('round trips of generated configs', () => {
  const key = fc
    .stringMatching(/^[a-z][a-z_]{0,8}\d{0,2}$/)
    .filter((k) => !['description', 'digest', 'snapstate'].includes(k));
  const value = fc
    .stringMatching(/^[!-~][ -~]{0,30}$/)
    .map((v) => v.trimEnd())
    .filter((v) => v !== '');
  const section = fc.record({
    description: fc.option(
      fc.array(
        fc
          .string({ unit: 'grapheme' })
          .filter((s) => !s.includes('\n') && !/%[0-9a-fA-F]{2}/.test(s) && s !== ''),
        { minLength: 1, maxLength: 3 },
      ),
      { nil: undefined },
    ),
    values: fc.dictionary(key, value, { maxKeys: 6 }),
    lxc: fc.array(fc.tuple(fc.stringMatching(/^lxc\.[a-z][a-z0-9.]{0,10}[a-z0-9]$/), value), {
      maxLength: 3,
    }),
  });
  const conf = fc.record({
    main: section,
    snapshots: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{1,10}$/), section, { maxKeys: 3 }),
  });

  test('print(parse(print(conf))) is stable and keeps every value', () => {
    fc.assert(
      fc.property(conf, (c) => {
        const toSection = (s: typeof c.main) => ({
          values: s.values,
          description: s.description ? s.description.join('\n') + '\n' : undefined,
          lxc: s.lxc.length ? s.lxc : undefined,
        });
        const gc: GuestConf = {
          kind: 'lxc',
          main: toSection(c.main),
          snapshots: Object.fromEntries(Object.entries(c.snapshots).map(([n, s]) => [n, toSection(s)])),
        };
        const text = printGuestConf(gc);
        const back = parseGuestConf(text, 'lxc');
        expect(printGuestConf(back)).toBe(text);
        expect(back.main.values).toEqual(c.main.values);
        expect(back.main.description).toEqual(gc.main.description);
        expect(Object.keys(back.snapshots).sort()).toEqual(Object.keys(c.snapshots).sort());
      }),
      { numRuns: 200 },
    );
  });
});
