/**
 * Issue 10 item 7 acceptance: hostile values (separators, traversal, devices, huge numbers, deep
 * nesting, control characters, secrets) fed into every string and number field of the schemas.
 * The fields are found by walking the schemas (a new field is covered without editing this test)
 * plus every scalar leaf of the example estate. Each run either fails validate with a located
 * error, or (bounded number of times) applies on the simulator, converges, and the value reaches
 * the host argv unchanged when it reaches it at all.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SCHEMAS } from '../../src/config/schemas.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { apply, makeEstate } from '../helpers/apply-harness.js';
import { REPO_ROOT } from '../helpers/shared.js';

type Json = Record<string, unknown>;
type FileName = 'phoenix_lxc_configs.json' | 'phoenix_vm_configs.json' | 'phoenix_hypervisor_config.json';
interface Slot {
  readonly file: FileName;
  readonly path: readonly (string | number)[];
  readonly kind: 'string' | 'number';
}

const FILES: Record<FileName, 'lxc' | 'vm' | 'hypervisor'> = {
  'phoenix_lxc_configs.json': 'lxc',
  'phoenix_vm_configs.json': 'vm',
  'phoenix_hypervisor_config.json': 'hypervisor',
};
const base: Record<FileName, Json> = Object.fromEntries(
  (Object.keys(FILES) as FileName[]).map((f) => [
    f,
    JSON.parse(readFileSync(join(REPO_ROOT, 'config', f), 'utf8')) as Json,
  ]),
) as Record<FileName, Json>;

/** Scalar kinds a schema node admits, following one `$ref` into `definitions`. */
function scalarKinds(schema: Json, node: Json | undefined): ('string' | 'number')[] {
  if (!node) return [];
  const ref = node.$ref;
  if (typeof ref === 'string')
    return scalarKinds(schema, (schema.definitions as Json)[ref.split('/').pop()!] as Json);
  const types = ([] as unknown[]).concat(node.type ?? []);
  const out: ('string' | 'number')[] = [];
  if (types.includes('string')) out.push('string');
  if (types.includes('integer') || types.includes('number')) out.push('number');
  return out;
}

/** Schema-declared guest fields (on one guest of each file) and every scalar leaf of the example. */
function slots(): Slot[] {
  const out: Slot[] = [];
  const guestDefs: [FileName, string, (string | number)[]][] = [
    ['phoenix_lxc_configs.json', 'lxcGuest', ['lxc_configs', '900']],
    ['phoenix_vm_configs.json', 'vm', ['vms', 0]],
  ];
  for (const [file, def, at] of guestDefs) {
    const schema = SCHEMAS[FILES[file]] as Json;
    const props = ((schema.definitions as Json)[def] as Json).properties as Record<string, Json>;
    for (const [k, node] of Object.entries(props))
      for (const kind of scalarKinds(schema, node)) out.push({ file, path: [...at, k], kind });
  }
  const walk = (file: FileName, v: unknown, path: (string | number)[]): void => {
    if (typeof v === 'string') out.push({ file, path, kind: 'string' });
    else if (typeof v === 'number') out.push({ file, path, kind: 'number' });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(file, x, [...path, i]));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== '$schema') walk(file, x, [...path, k]);
  };
  for (const f of Object.keys(FILES) as FileName[]) walk(f, base[f], []);
  return out;
}

const deep = (n: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = [v];
  return v;
};

/** The hostile classes; each maps to an arbitrary of values. */
const CLASSES = {
  separators: fc
    .tuple(
      fc.constantFrom('/mnt/x', 'vmbr0', 'eth0', 'local-lvm', 'web'),
      fc.constantFrom(',backup=1', ';rm -rf /', '=1', '\nlxc.hook.mount: /bin/sh', ',mp=/etc', '\0'),
    )
    .map(([a, b]) => a + b),
  traversal: fc.constantFrom(
    '../../etc/shadow',
    '/mnt/../etc/shadow',
    'a/../../b',
    '/var/lib/vz/../../../etc',
    '..',
  ),
  devices: fc.constantFrom(
    '/dev/sda',
    '/dev/nvme0n1',
    '/dev/mem',
    '/proc/kcore',
    '/sys/firmware',
    '/',
    '/etc/shadow',
    '/root/.ssh/id_rsa',
    '/boot/vmlinuz',
  ),
  huge: fc.constantFrom(2 ** 63, 1e11, 1e300, -1, 2 ** 53 + 2, 4294967296, 0, -(2 ** 31)),
  nesting: fc.integer({ min: 65, max: 3000 }).map(deep),
  control: fc
    .tuple(
      fc.constantFrom('a', '/mnt/a', 'eth0'),
      fc.constantFrom('\u0001', '\u001b[31m', '\u007f', '\u0000', '\u0008'),
    )
    .map(([a, b]) => a + b),
  secrets: fc.constantFrom(
    '--password hunter2secret',
    'curl -H "Authorization: Bearer abcdef123456" x',
    'TOKEN=abc123xyz ./run',
    'https://u:pw123456@example.com/',
  ),
};
type ClassName = keyof typeof CLASSES;

function setAt(root: Json, path: readonly (string | number)[], value: unknown): void {
  let cur = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) {
    if (cur[seg] === null || typeof cur[seg] !== 'object') cur[seg] = {};
    cur = cur[seg] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

/** Hostile values that validated (application data, free text), for the closing note. */
const accepted = new Set<string>();
const stats: Record<string, { tried: number; refused: number; applied: number; reachedArgv: number }> = {};
/** Applies per class: each takes about a second on the example estate. */
const APPLIES_PER_CLASS = 2;

describe('hostile values in every schema field', () => {
  const all = slots();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'phoenix-hostile-'));
    cpSync(join(REPO_ROOT, 'config'), join(dir, 'config'), { recursive: true });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    // The closing note of issue 10 quotes these figures.
    console.log(
      `hostile cases per class: ${JSON.stringify(stats)}\naccepted fields: ${[...accepted].sort().join(', ')}`,
    );
  });

  it('covers the fields the schemas declare', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((s) => s.path.join('.') === 'lxc_configs.900.lxc_options')).toBe(false); // arrays are leaves only
    expect(all.some((s) => s.path.join('.') === 'vms.0.template_image')).toBe(true);
  });

  it.each(Object.keys(CLASSES) as ClassName[])(
    'class %s: refused with a location, or applied unchanged',
    async (cls) => {
      const st = (stats[cls] = { tried: 0, refused: 0, applied: 0, reachedArgv: 0 });
      let applyBudget = APPLIES_PER_CLASS;
      const want = cls === 'huge' ? 'number' : 'string';
      const fields = cls === 'nesting' ? all : all.filter((s) => s.kind === want);
      const cfg = join(dir, 'config');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fields),
          CLASSES[cls] as fc.Arbitrary<unknown>,
          async (slot, value) => {
            st.tried++;
            const doc = structuredClone(base[slot.file]);
            setAt(doc, slot.path, value);
            for (const f of Object.keys(FILES) as FileName[])
              writeFileSync(join(cfg, f), JSON.stringify(f === slot.file ? doc : base[f], null, 2));
            const v = await validateConfigDir(cfg);
            if (v.errors > 0) {
              st.refused++;
              for (const d of v.diagnostics.filter((x) => x.severity === 'error')) {
                expect(d.file).toMatch(/phoenix_.*\.json$/);
                expect(d.line).toBeGreaterThanOrEqual(1);
              }
              return;
            }
            accepted.add(`${cls}:${slot.path.filter((p) => typeof p === 'string').join('.')}`);
            // Valid: the security classes must never pass where they reach a host path or property.
            if (applyBudget <= 0) return;
            applyBudget--;
            const estate = await makeEstate('example', {
              patch: (c) => writeFileSync(join(c, slot.file), JSON.stringify(doc, null, 2)),
            });
            try {
              const run = await apply(estate);
              if (run.job.exitCode !== 0) {
                throw new Error(
                  `${slot.path.join('.')} = ${JSON.stringify(value)} validates but apply fails:\n${run.out.slice(-1500)}`,
                );
              }
              st.applied++;
              if (typeof value === 'string' && value.length > 3) {
                const hit = run.commands.some((c) => c.argv.some((a) => a.includes(value)));
                if (hit) st.reachedArgv++;
              }
            } finally {
              rmSync(estate.dir, { recursive: true, force: true });
            }
          },
        ),
        { numRuns: cls === 'nesting' ? 20 : 120, seed: 20261203, endOnFailure: true },
      );
      expect(st.tried).toBeGreaterThan(0);
    },
    60_000,
  );

  it('the security classes never validate where they land in a host path, argv or property string', async () => {
    const cfg = join(dir, 'config');
    const critical: [FileName, (string | number)[], unknown][] = [
      ['phoenix_vm_configs.json', ['vms', 0, 'template_image'], '../../etc/shadow'],
      ['phoenix_vm_configs.json', ['vms', 0, 'template_image'], '/dev/sda'],
      ['phoenix_lxc_configs.json', ['lxc_configs', '900', 'template'], '/dev/sda'],
      ['phoenix_lxc_configs.json', ['lxc_configs', '900', 'template'], '/etc/shadow.tar.gz'],
      [
        'phoenix_lxc_configs.json',
        ['lxc_configs', '900', 'mount_points'],
        [{ host_path: '/mnt/x,backup=1', container_path: '/x' }],
      ],
      [
        'phoenix_lxc_configs.json',
        ['lxc_configs', '900', 'mount_points'],
        [{ host_path: '/etc', container_path: '/x' }],
      ],
      ['phoenix_lxc_configs.json', ['lxc_configs', '900', 'lxc_options'], ['lxc.hook.mount: /bin/sh -c id']],
      [
        'phoenix_lxc_configs.json',
        ['lxc_configs', '900', 'lxc_options'],
        ['lxc.mount.entry: /etc etc none bind 0 0'],
      ],
      ['phoenix_lxc_configs.json', ['lxc_configs', '900', 'lxc_options'], ['lxc.mount.fstab = /root/fstab']],
      [
        'phoenix_lxc_configs.json',
        ['lxc_configs', '900', 'lxc_options'],
        ['lxc.apparmor.profile: x\nlxc.hook.start-host: /bin/sh'],
      ],
      [
        'phoenix_lxc_configs.json',
        ['lxc_configs', '900', 'apparmor_profile'],
        'unconfined\nlxc.hook.mount: /bin/sh',
      ],
      ['phoenix_lxc_configs.json', ['lxc_configs', '900', 'storage_size_gb'], 2 ** 63],
      ['phoenix_lxc_configs.json', ['lxc_configs', '900', 'gpu_assignment'], 1e11],
      [
        'phoenix_lxc_configs.json',
        ['lxc_configs', '900', 'health_check', 'command'],
        'curl -H "Authorization: Bearer abcdef123456" x',
      ],
      [
        'phoenix_lxc_configs.json',
        ['lxc_configs', '900', 'health_check', 'command'],
        'TOKEN=abc123xyz ./check',
      ],
      [
        'phoenix_hypervisor_config.json',
        ['shared_volumes', 'x'],
        { host_path: '/proc', mounts: { '900': '/p' } },
      ],
    ];
    const missed: string[] = [];
    for (const [file, path, value] of critical) {
      const doc = structuredClone(base[file]);
      setAt(doc, path, value);
      for (const f of Object.keys(FILES) as FileName[])
        writeFileSync(join(cfg, f), JSON.stringify(f === file ? doc : base[f], null, 2));
      const v = await validateConfigDir(cfg);
      if (v.errors === 0) missed.push(`${path.join('.')} = ${JSON.stringify(value)}`);
    }
    expect(missed).toEqual([]);
  }, 30_000);

  it('values Proxmox refuses late are validate errors, or apply cleanly', async () => {
    const cfg = join(dir, 'config');
    const g = ['lxc_configs', '950'];
    const late: [(string | number)[], unknown][] = [
      [[...g, 'name'], 'web_01'],
      [[...g, 'name'], 'a'.repeat(64)],
      [[...g, 'name'], '-web'],
      [[...g, 'mac_address'], '01:00:5E:00:00:01'],
      [[...g, 'mac_address'], '52:54:00:A0:09:5'],
      [[...g, 'network_config', 'ip'], '10.0.0.0/24'],
      [[...g, 'network_config', 'ip'], '10.0.0.300/24'],
      [[...g, 'network_config', 'gw'], '10.0.1.1'],
      [[...g, 'network_config', 'bridge'], 'vmbr0.4095'],
      [[...g, 'network_config', 'bridge'], 'vmbr_very_long_name0'],
      [[...g, 'network_config', 'name'], 'eth0 x'],
      [[...g, 'storage_pool'], 'local-'],
      [[...g, 'storage_pool'], '1local'],
      [[...g, 'memory_mb'], 4194304],
      [[...g, 'cores'], 8193],
      [[...g, 'swap_mb'], 4194305],
      [[...g, 'template_snapshot_name'], 'current'],
    ];
    const outcome: string[] = [];
    for (const [path, value] of late) {
      const doc = structuredClone(base['phoenix_lxc_configs.json']);
      setAt(doc, path, value);
      writeFileSync(join(cfg, 'phoenix_lxc_configs.json'), JSON.stringify(doc, null, 2));
      for (const f of ['phoenix_vm_configs.json', 'phoenix_hypervisor_config.json'] as FileName[])
        writeFileSync(join(cfg, f), JSON.stringify(base[f], null, 2));
      const v = await validateConfigDir(cfg);
      if (v.errors > 0) {
        outcome.push(`${path.at(-1)}=${JSON.stringify(value)}: refused`);
        continue;
      }
      const estate = await makeEstate('example', {
        patch: (c) => writeFileSync(join(c, 'phoenix_lxc_configs.json'), JSON.stringify(doc, null, 2)),
      });
      try {
        const run = await apply(estate);
        outcome.push(
          `${path.at(-1)}=${JSON.stringify(value)}: ${run.job.exitCode === 0 ? 'applied' : 'FAILED ON HOST'}`,
        );
      } finally {
        rmSync(estate.dir, { recursive: true, force: true });
      }
    }
    console.log(outcome.join('\n'));
    expect(outcome.filter((o) => o.endsWith('FAILED ON HOST'))).toEqual([]);
  }, 60_000);

  it('a hostile value that validates reaches the host argv byte for byte', async () => {
    const command = 'test -n \'a,b=c;d\' && echo "$(id -u)" | grep -q . # ,backup=1;\ttab';
    const doc = structuredClone(base['phoenix_lxc_configs.json']);
    setAt(doc, ['lxc_configs', '950', 'health_check', 'command'], command);
    const estate = await makeEstate('example', {
      patch: (c) => writeFileSync(join(c, 'phoenix_lxc_configs.json'), JSON.stringify(doc, null, 2)),
    });
    try {
      const run = await apply(estate);
      expect(run.job.exitCode).toBe(0);
      const execs = run.commands.filter(
        (c) => c.argv[1] === 'exec' && c.argv[2] === '950' && c.argv.includes(command),
      );
      expect(execs.length).toBeGreaterThan(0);
      expect(execs[0]!.argv.slice(-3)).toEqual(['sh', '-c', command]);
    } finally {
      rmSync(estate.dir, { recursive: true, force: true });
    }
  }, 30_000);
});
