/**
 * The dialect's guest key tables (src/dialect/lxc-keys.ts, qemu-keys.ts): every key the planner
 * emits for the example estate and the upstream estates has a row, every row names a key the
 * Proxmox schema knows with a conversion that fits its type, and conversions round-trip.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lxcArgs, qemuArgs } from '../../src/apply/config-args.js';
import { validateConfigDir } from '../../src/config/validate.js';
import type { GuestKind } from '../../src/dialect/conf-format.js';
import type { GuestKeyRow, GuestKeyTable } from '../../src/dialect/guest-key-row.js';
import { GUEST_KEYS, guestKeyRow, isOwnedKey, keyDefault, keyEffect } from '../../src/dialect/guest-keys.js';
import { ConfigValueError, type Conversion } from '../../src/dialect/key-conversions.js';
import { lxcIndexedKey, lxcKeyType } from '../../src/dialect/lxc-schema.js';
import { checkValue, type ValueType } from '../../src/dialect/pve-values.js';
import { qmIndexedKey, qmKeyType } from '../../src/dialect/qemu-schema.js';
import type { DesiredState } from '../../src/model/types.js';
import { desiredConfig } from '../../src/plan/desired-config.js';
import { plan } from '../../src/plan/planner.js';
import { host } from '../helpers/plan-fixtures.js';
import { REPO_ROOT, SHARED_DIR, sharedPath } from '../helpers/shared.js';

const KINDS: readonly GuestKind[] = ['lxc', 'qemu'];
const rows = (kind: GuestKind): [string, GuestKeyRow<unknown>][] => Object.entries(GUEST_KEYS[kind]);

/** The Proxmox schema type of a table key (`net[n]` is looked up as `net0`). */
function schemaType(kind: GuestKind, key: string): ValueType | undefined {
  const family = /^(.+)\[n\]$/.exec(key)?.[1];
  if (family) return kind === 'lxc' ? lxcIndexedKey(`${family}0`) : qmIndexedKey(`${family}0`);
  return kind === 'lxc' ? lxcKeyType(key) : qmKeyType(key);
}

/** Whether a conversion's value form fits the Proxmox type of the key. */
function fits(convert: Conversion<unknown>, t: ValueType): boolean {
  const positional = t.t === 'prop' && t.spec.defaultKey ? t.spec.keys[t.spec.defaultKey] : undefined;
  switch (convert.name) {
    case 'int':
      return t.t === 'int' || positional?.t === 'int';
    case 'decimal':
      return t.t === 'num';
    case 'bool':
      return t.t === 'bool';
    case 'words':
      return t.t === 'str';
    case 'one-of':
      return t.t === 'enum' && (convert.choices ?? []).every((c) => t.values.includes(c));
    case 'boot-order':
      return t.t === 'prop' && 'order' in t.spec.keys;
    case 'text':
      return t.t !== 'bool' && t.t !== 'int' && t.t !== 'num';
    default:
      return false;
  }
}

/** Every config key and value the planner emits for `desired` on an empty host (create, configure). */
function emittedKeys(desired: DesiredState): { kind: GuestKind; key: string; value: string }[] {
  const out: { kind: GuestKind; key: string; value: string }[] = [];
  const add = (kind: GuestKind, record: Readonly<Record<string, string>>) => {
    for (const [key, value] of Object.entries(record)) out.push({ kind, key, value });
  };
  for (const g of desired.guests) {
    for (const pveVersion of ['8.4.1', '8.0.2']) {
      const d = desiredConfig(g, { pveVersion });
      add(g.kind, d.keys);
      add(g.kind, d.createOnly);
    }
  }
  for (const c of plan(desired, host({ guests: [] })).changes) {
    for (const s of c.steps) {
      if (s.op === 'create') add(c.kind, s.config);
      if (s.op === 'configure') add(c.kind, s.set);
    }
  }
  return out;
}

function expectEveryKeyHasARow(desired: DesiredState): void {
  const emitted = emittedKeys(desired);
  expect(emitted.length).toBeGreaterThan(0);
  const missing = emitted.filter((e) => !guestKeyRow(e.kind, e.key)).map((e) => `${e.kind} ${e.key}`);
  expect([...new Set(missing)]).toEqual([]);
  // The value converts to what the builder takes and back to the same text.
  for (const { kind, key, value } of emitted) {
    const { convert } = guestKeyRow(kind, key)!;
    expect({ kind, key, text: convert.toText(convert.toValue(key, value)) }).toEqual({
      kind,
      key,
      text: value,
    });
  }
}

/** Create and configure records of a plan convert for apply without `no builder option`. */
function expectApplyTakesEveryRecord(desired: DesiredState): void {
  for (const c of plan(desired, host({ guests: [] })).changes) {
    for (const s of c.steps) {
      const record = s.op === 'create' ? s.config : s.op === 'configure' ? s.set : undefined;
      if (record) expect(() => (c.kind === 'lxc' ? lxcArgs(record) : qemuArgs(record))).not.toThrow();
    }
  }
}

describe('the example estate in config/', () => {
  let desired: DesiredState;
  beforeAll(async () => {
    desired = (await validateConfigDir(join(REPO_ROOT, 'config'))).desired!;
  });

  test('every key the planner emits has a table row, and its value round-trips', () => {
    expect(desired.guests.map((g) => g.kind).sort()).toContain('qemu');
    expectEveryKeyHasARow(desired);
  });

  test('apply converts every create and configure record', () => expectApplyTakesEveryRecord(desired));
});

const UPSTREAM = sharedPath('fixtures', 'upstream');
const versions = existsSync(UPSTREAM)
  ? readdirSync(UPSTREAM).filter((v) => existsSync(join(UPSTREAM, v, 'phoenix_lxc_configs.json')))
  : [];

if (versions.length) {
  describe.each(versions)('upstream estate %s', (version) => {
    let desired: DesiredState;
    beforeAll(async () => {
      desired = (await validateConfigDir(join(UPSTREAM, version))).desired!;
    });

    test('every key the planner emits has a table row, and its value round-trips', () => {
      expectEveryKeyHasARow(desired);
    });

    test('apply converts every create and configure record', () => expectApplyTakesEveryRecord(desired));
  });
} else {
  describe('upstream estates', () => {
    it.skip(`skipped: ${SHARED_DIR}/fixtures/upstream not found; set PHOENIX_SHARED_DIR to run these`, () => {});
  });
}

describe.each(KINDS)('%s key table', (kind) => {
  test('every row names a key of the Proxmox schema, with a conversion that fits its type', () => {
    const problems: string[] = [];
    for (const [key, row] of rows(kind)) {
      const t = schemaType(kind, key);
      if (!t) problems.push(`${key}: not a Proxmox ${kind} key`);
      else if (!fits(row.convert, t))
        problems.push(`${key}: ${row.convert.name} does not fit Proxmox type ${t.t}`);
    }
    expect(problems).toEqual([]);
  });

  test('defaults are valid Proxmox values and convert both ways', () => {
    for (const [key, row] of rows(kind)) {
      if (row.default === undefined) continue;
      expect({ key, check: checkValue(key, schemaType(kind, key)!, row.default) }).toEqual({
        key,
        check: { value: row.default },
      });
      expect(row.convert.toText(row.convert.toValue(key, row.default))).toBe(row.default);
    }
  });

  test('owned keys are what the planner deletes when undesired', () => {
    const owned = rows(kind)
      .filter(([, r]) => r.owned)
      .map(([k]) => k);
    expect(owned.sort()).toEqual(
      kind === 'lxc'
        ? [
            'cores',
            'dev[n]',
            'features',
            'hostname',
            'memory',
            'mp[n]',
            'net[n]',
            'onboot',
            'protection',
            'unprivileged',
          ]
        : ['agent', 'cores', 'ipconfig[n]', 'memory', 'name', 'net[n]', 'onboot', 'protection'],
    );
  });
});

describe('conversions', () => {
  const SAMPLES: Record<string, string[]> = {
    int: ['0', '16', '2048'],
    decimal: ['0.5', '2'],
    bool: ['0', '1'],
    text: ['name=eth0,bridge=vmbr0,ip=dhcp,type=veth', 'local-lvm:32', 'order=1,up=30'],
    words: ['10.0.0.1 10.0.0.2', 'phoenix'],
    'boot-order': ['order=scsi0', 'order=scsi0;net0'],
  };
  const BAD: Record<string, string> = { int: 'lots', bool: 'yes', 'boot-order': 'cdn', 'one-of': 'bogus' };

  test.each(KINDS)('%s: every row converts sample values to the builder value and back', (kind) => {
    for (const [key, { convert }] of rows(kind)) {
      const samples = convert.name === 'one-of' ? [...(convert.choices ?? [])] : SAMPLES[convert.name];
      expect({ key, samples: samples?.length ?? 0 }).not.toEqual({ key, samples: 0 });
      for (const text of samples ?? [])
        expect({ key, text: convert.toText(convert.toValue(key, text)) }).toEqual({ key, text });
      const bad = BAD[convert.name];
      if (bad !== undefined) expect(() => convert.toValue(key, bad)).toThrow(ConfigValueError);
    }
  });

  test('builder values have the builder types', () => {
    const t: GuestKeyTable = GUEST_KEYS.qemu;
    expect(t.memory!.convert.toValue('memory', '2048')).toBe(2048);
    expect(t.onboot!.convert.toValue('onboot', '1')).toBe(true);
    expect(t.nameserver!.convert.toValue('nameserver', '10.0.0.1, 10.0.0.2')).toEqual([
      '10.0.0.1',
      '10.0.0.2',
    ]);
    expect(t.boot!.convert.toValue('boot', 'order=scsi0;net0')).toEqual(['scsi0', 'net0']);
    expect(() => t.memory!.convert.toValue('memory', '2G')).toThrow(
      /memory: expected a whole number, got '2G'/,
    );
  });
});

describe('what the planner reads from the tables', () => {
  test('numbered keys find their family row; other keys none', () => {
    expect(guestKeyRow('lxc', 'net12')).toBe(GUEST_KEYS.lxc['net[n]']);
    expect(guestKeyRow('qemu', 'ipconfig3')).toBe(GUEST_KEYS.qemu['ipconfig[n]']);
    expect(guestKeyRow('lxc', 'ipconfig0')).toBeUndefined();
    expect(guestKeyRow('lxc', 'cpuunits')).toBeUndefined();
    expect(guestKeyRow('qemu', 'constructor')).toBeUndefined();
    expect(isOwnedKey('lxc', 'mp3')).toBe(true);
    expect(isOwnedKey('lxc', 'swap')).toBe(false);
    expect(isOwnedKey('qemu', 'unused0')).toBe(false);
  });

  test('defaults and effects', () => {
    expect(keyDefault('lxc', 'unprivileged')).toBe('0');
    expect(keyDefault('qemu', 'agent')).toBe('0');
    expect(keyDefault('lxc', 'memory')).toBeUndefined();
    expect(keyEffect('lxc', 'unprivileged')).toBe('rebuild');
    expect(keyEffect('lxc', 'hostname')).toBe('restart');
    expect(keyEffect('lxc', 'lxc.apparmor.profile')).toBe('restart');
    expect(keyEffect('lxc', 'memory')).toBe('live');
    expect(keyEffect('qemu', 'memory')).toBe('restart');
    expect(keyEffect('qemu', 'ipconfig0')).toBe('restart');
    expect(keyEffect('qemu', 'net0')).toBe('live');
  });
});
