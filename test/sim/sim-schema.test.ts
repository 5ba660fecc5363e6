/**
 * The simulator accepts exactly the options Proxmox VE accepts: its key and option tables are
 * compared with the PVE 9.1 / 8.4 API schema and CLI synopses in ../shared/pve-api.
 */
import { readFileSync } from 'node:fs';
import { pctSpecs } from '../../src/sim/programs/pct-specs.js';
import { qmSpecs } from '../../src/sim/programs/qm-specs.js';
import { LXC_KEYS, LXC_KEYS_PVE9_ONLY, lxcIndexedKey } from '../../src/dialect/lxc-schema.js';
import { QM_KEYS, QM_KEYS_PVE9_ONLY, qmIndexedKey } from '../../src/dialect/qemu-schema.js';
import type { CommandSpec } from '../../src/sim/cli-parse.js';
import type { ValueType } from '../../src/dialect/pve-values.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (f: string): Json => JSON.parse(readFileSync(sharedPath('pve-api', f), 'utf8')) as Json;

const INDEXED_LXC = ['net', 'mp', 'dev', 'unused'];
const INDEXED_QM = [
  'net',
  'ipconfig',
  'scsi',
  'virtio',
  'sata',
  'ide',
  'hostpci',
  'usb',
  'serial',
  'parallel',
  'numa',
  'unused',
  'virtiofs',
];

function optionNames(spec: CommandSpec, indexedFamilies: string[]): string[] {
  const names = new Set(Object.keys(spec.options));
  if (spec.indexed) for (const f of indexedFamilies) if (spec.indexed(`${f}0`)) names.add(`${f}[n]`);
  return [...names].sort();
}

function propKeys(t: ValueType | undefined): string[] | undefined {
  if (!t || t.t !== 'prop') return undefined;
  const s = t.spec;
  return [...Object.keys(s.keys), ...Object.keys(s.alias ?? {}), ...(s.keyAlias?.keys ?? [])].sort();
}

function findPath(nodes: Json[], path: string): Json | undefined {
  for (const n of nodes) {
    if (n.path === path) return n;
    if (path.startsWith(`${n.path}/`) && n.children) {
      const r = findPath(n.children, path);
      if (r) return r;
    }
  }
  return undefined;
}

describeShared('simulator tables against the Proxmox VE API schema', () => {
  let cli: Json;
  let conf: Json;
  let api9: Json[];
  beforeAll(() => {
    cli = load('cli-commands.json');
    conf = load('config-opts.json');
    api9 = load('apidata.json') as unknown as Json[];
  });

  test.each(['pve9', 'pve8'])('%s: container config keys are exactly those of pct.conf', (v) => {
    const major = v === 'pve9' ? 9 : 8;
    const mine = Object.keys(LXC_KEYS).filter((k) => major >= 9 || !LXC_KEYS_PVE9_ONLY.includes(k));
    const theirs = Object.keys(conf[v]['pct.conf']).filter((k) => !k.endsWith('[n]'));
    expect(mine.sort()).toEqual(theirs.sort());
    for (const f of INDEXED_LXC) expect(Object.keys(conf[v]['pct.conf'])).toContain(`${f}[n]`);
    expect(lxcIndexedKey('net31')).toBeDefined();
    expect(lxcIndexedKey('net32')).toBeUndefined();
  });

  test.each(['pve9', 'pve8'])('%s: VM config keys are exactly those of qm.conf', (v) => {
    const major = v === 'pve9' ? 9 : 8;
    const mine = Object.keys(QM_KEYS).filter((k) => major >= 9 || !QM_KEYS_PVE9_ONLY.includes(k));
    const theirs = Object.keys(conf[v]['qm.conf']).filter((k) => !k.endsWith('[n]'));
    expect(mine.sort()).toEqual(theirs.sort());
    const families = Object.keys(conf[v]['qm.conf'])
      .filter((k) => k.endsWith('[n]'))
      .map((k) => k.slice(0, -3));
    expect(families.sort()).toEqual([...INDEXED_QM].sort());
    expect(qmIndexedKey('scsi30')).toBeDefined();
    expect(qmIndexedKey('scsi31')).toBeUndefined();
  });

  test.each(['pve9', 'pve8'])('%s: every simulated pct/qm sub-command has exactly the real options', (v) => {
    const major = v === 'pve9' ? 9 : 8;
    const aliases: Record<string, string> = { 'disk import': 'disk import', 'disk resize': 'disk resize' };
    for (const [tool, specs, families] of [
      ['pct', pctSpecs(major), INDEXED_LXC],
      ['qm', qmSpecs(major), INDEXED_QM],
    ] as const) {
      for (const [name, spec] of Object.entries(specs)) {
        const real = cli[v][tool][aliases[name] ?? name];
        expect({ cmd: `${tool} ${name}`, exists: real !== undefined }).toEqual({
          cmd: `${tool} ${name}`,
          exists: true,
        });
        expect({ cmd: `${tool} ${name}`, options: optionNames(spec, [...families]) }).toEqual({
          cmd: `${tool} ${name}`,
          options: Object.keys(real.options ?? {}).sort(),
        });
        expect({ cmd: `${tool} ${name}`, args: spec.args }).toEqual({
          cmd: `${tool} ${name}`,
          args: (real.args as Json[]).map((a) => a.name),
        });
      }
    }
  });

  test('property-string keys (and their aliases) match the create endpoints of PVE 9.1', () => {
    for (const [path, table, indexed] of [
      ['/nodes/{node}/lxc', LXC_KEYS, lxcIndexedKey],
      ['/nodes/{node}/qemu', QM_KEYS, qmIndexedKey],
    ] as const) {
      const props = findPath(api9, path)!.info.POST.parameters.properties as Json;
      for (const [key, schema] of Object.entries(props)) {
        if (typeof schema.format !== 'object') continue;
        const mine = key.endsWith('[n]') ? indexed(`${key.slice(0, -3)}0`) : table[key];
        expect({ key, keys: propKeys(mine) }).toEqual({ key, keys: Object.keys(schema.format).sort() });
        const spec = mine!.t === 'prop' ? mine!.spec : undefined;
        const dk = Object.entries(schema.format as Json).find(([, s]) => s.default_key)?.[0];
        expect({ key, defaultKey: spec?.defaultKey }).toEqual({ key, defaultKey: dk });
        const required = Object.entries(schema.format as Json)
          .filter(([k, s]) => !s.optional && !s.alias && !(spec?.keyAlias?.keys ?? []).includes(k))
          .map(([k]) => k)
          .sort();
        expect({ key, required: [...(spec?.required ?? [])].sort() }).toEqual({ key, required });
      }
    }
  });

  test('hash-format keys (cpu, startup, ipconfig, ...) have the sub-keys config-opts lists', () => {
    const c9 = conf.pve9;
    for (const [file, table, indexed] of [
      ['pct.conf', LXC_KEYS, lxcIndexedKey],
      ['qm.conf', QM_KEYS, qmIndexedKey],
    ] as const) {
      for (const [key, o] of Object.entries(c9[file] as Json)) {
        const mine = key.endsWith('[n]') ? indexed(`${key.slice(0, -3)}0`) : table[key];
        const keys = propKeys(mine);
        if (!o.subkeys || keys === undefined) continue;
        const own = mine!.t === 'prop' ? Object.keys(mine!.spec.keys) : [];
        expect({
          key,
          missing: Object.keys(o.subkeys).filter((k) => !own.includes(k) && !keys.includes(k)),
        }).toEqual({ key, missing: [] });
      }
    }
  });
});
