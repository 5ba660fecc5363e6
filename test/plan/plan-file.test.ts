import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, canonicalSha256, sha256Hex } from '../../src/plan/canonical.js';
import {
  computePlanHash,
  parsePlan,
  readPlanFile,
  serializePlan,
  verifyPlanHash,
  writePlanFile,
} from '../../src/plan/plan-file.js';
import { plan } from '../../src/plan/planner.js';
import { UserError } from '../../src/util/errors.js';
import { ct, estate, host, TEMPLATE } from '../helpers/plan-fixtures.js';

const p = plan(estate({ '950': ct('web', { template: TEMPLATE, features: ['docker'] }) }), host());

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"z":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 'é"' })).toBe('{"x":"é\\""}');
  });
});

describe('plan file', () => {
  it('round-trips and keeps the hash valid', () => {
    const text = serializePlan(p);
    const back = parsePlan(text);
    expect(back).toEqual(JSON.parse(JSON.stringify(p)));
    expect(verifyPlanHash(back)).toBe(true);
    expect(computePlanHash(back)).toBe(p.hash);
    expect(text.indexOf('"applyable"')).toBeLessThan(text.indexOf('"basis"'));
  });

  it('excludes meta and warnings from the hash but nothing else', () => {
    expect(computePlanHash({ ...p, meta: { target: 'elsewhere' } })).toBe(p.hash);
    expect(computePlanHash({ ...p, warnings: [{ message: 'ct/950 is locked (backup)' }] })).toBe(p.hash);
    expect(
      computePlanHash({
        ...p,
        unmanaged: [{ address: 'ct/1', id: 1, kind: 'lxc', name: 'x', template: false }],
      }),
    ).not.toBe(p.hash);
    expect(computePlanHash({ ...p, mode: 'drift' })).not.toBe(p.hash);
  });

  it('refuses other versions, non-plans and edited plans', () => {
    expect(() => parsePlan('{')).toThrow(/invalid JSON/);
    expect(() => parsePlan('[]')).toThrow(/expected a JSON object/);
    expect(() => parsePlan(JSON.stringify({ ...p, version: 2 }))).toThrow(/version 2 is not supported/);
    const edited = JSON.parse(serializePlan(p));
    edited.changes[0].steps[0].config.memory = '99999';
    expect(() => parsePlan(JSON.stringify(edited), 'plan.json')).toThrow(
      /plan.json: the plan's content does not match its hash/,
    );
    expect(() => parsePlan(JSON.stringify({ ...p, version: 2 }))).toThrow(UserError);
  });

  it('writes and reads files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'phoenix-plan-'));
    try {
      const file = join(dir, 'plan.json');
      await writePlanFile(file, p);
      expect(await readFile(file, 'utf8')).toBe(serializePlan(p));
      expect((await readPlanFile(file)).hash).toBe(p.hash);
      await writeFile(file, '{"version":1}');
      await expect(readPlanFile(file)).rejects.toThrow(/changes, layers or hash missing/);
      await expect(readPlanFile(join(dir, 'nope.json'))).rejects.toThrow(/cannot read plan file .*ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('canonicalSha256', () => {
  it('equals sha256 of the canonical JSON, for any shape', () => {
    const values: unknown[] = [
      p,
      null,
      'x',
      [1, undefined, { b: [{ d: 1, c: 2 }], a: 1 }],
      { z: { y: { x: { w: 1, v: [{ u: 2, t: undefined }] } } }, a: new Date(0) },
      { big: 'é'.repeat(1 << 20), n: [...Array(5).keys()] },
    ];
    for (const v of values) expect(canonicalSha256(v)).toBe(sha256Hex(canonicalJson(v)));
    expect(canonicalJson({ d: new Date(0), k: { b: 1, a: 2 } })).toBe(
      '{"d":"1970-01-01T00:00:00.000Z","k":{"a":2,"b":1}}',
    );
  });
});
