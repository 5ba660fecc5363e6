/**
 * `--only` in the pure planner (src/plan/select.ts): the named guests plus their clone sources
 * and dependencies, transitively; what was left out; re-layered order; the selection hashed, so
 * no partial plan shares a hash with the full one; located usage errors for unknown or
 * malformed addresses. Property: for any selection, the kept set is closed under "needs" and
 * kept plus left out is everything that changes.
 */
import fc from 'fast-check';
import { computePlanHash, verifyPlanHash } from '../../src/plan/plan-file.js';
import { plan } from '../../src/plan/planner.js';
import { SelectionError } from '../../src/plan/select.js';
import type { Plan } from '../../src/plan/types.js';
import { ct, estate, hashes, host, liveCt, TEMPLATE, vm } from '../helpers/plan-fixtures.js';

const H = hashes({ 'features/docker.sh': 'a' });
const desired = estate(
  {
    '900': ct('base', { template: TEMPLATE, is_template: true }),
    '950': ct('web', { clone_from_ctid: '900', dependencies: ['951'], template_snapshot_name: 'golden' }),
    '951': ct('db', { template: TEMPLATE }),
    '952': ct('cache', { clone_from_ctid: '950' }),
    '960': ct('other', { clone_from_ctid: '900' }),
  },
  [vm(9001, 'vm-one', { template_image: 'debian-12-generic-amd64.qcow2' })],
);
const live = host();
const full = plan(desired, live, { scriptHashes: H });
const only = (...a: string[]) => plan(desired, live, { scriptHashes: H, only: a });
const addresses = (p: Plan) => p.changes.map((c) => c.address);

describe('--only', () => {
  it('keeps the named guest and what it needs, and says what was left out', () => {
    const p = only('ct/950');
    expect(addresses(p)).toEqual(['ct/900', 'ct/950', 'ct/951']);
    expect(p.selection).toEqual({
      only: ['ct/950'],
      added: ['ct/900', 'ct/951'],
      leftOut: ['ct/952', 'ct/960', 'vm/9001'],
    });
    // Each kept guest is planned exactly as in the full plan; only its layer may move.
    for (const c of p.changes) {
      const f = full.changes.find((x) => x.address === c.address)!;
      expect({ ...c, layer: 0 }).toEqual({ ...f, layer: 0 });
    }
    const layerOf = new Map(p.layers.flatMap((l, i) => l.map((a) => [a, i] as const)));
    expect([...layerOf.keys()].sort()).toEqual(['ct/900', 'ct/950', 'ct/951']);
    for (const c of p.changes) {
      expect(c.layer).toBe(layerOf.get(c.address));
      for (const w of c.waitFor) expect(layerOf.get(w)!).toBeLessThan(c.layer!);
    }
    expect(full.errors).toEqual([]);
    expect(p.applyable).toBe(true);
    expect(verifyPlanHash(p)).toBe(true);
  });

  it('follows needs transitively and takes globs; a full plan has no selection', () => {
    expect(addresses(only('ct/952'))).toEqual(['ct/900', 'ct/950', 'ct/951', 'ct/952']);
    expect(addresses(only('ct/95*'))).toEqual(['ct/900', 'ct/950', 'ct/951', 'ct/952']);
    expect(addresses(only('vm/*', 'ct/96?'))).toEqual(['ct/900', 'ct/960', 'vm/9001']);
    expect('selection' in full).toBe(false);
  });

  it('puts the selection in the hash: selecting everything still differs from the full plan', () => {
    const all = only('ct/*', 'vm/*');
    expect(all.changes).toEqual(full.changes);
    expect(all.layers).toEqual(full.layers);
    expect(all.hash).not.toBe(full.hash);
    expect(only('ct/950').hash).not.toBe(only('ct/951', 'ct/950').hash);
    // The order and repetition of patterns do not matter.
    expect(only('ct/951', 'ct/950').hash).toBe(only('ct/950', 'ct/951', 'ct/950').hash);
    expect(computePlanHash(full)).toBe(full.hash);
  });

  it('can select a guest planned for deletion', () => {
    const withGone = {
      ...live,
      guests: [liveCt(970, { name: 'gone', tags: 'phoenix' })],
    };
    const d = estate({ '951': ct('db', { template: TEMPLATE }) }, [], { lxc: { allow_destroy: true } });
    const p = plan(d, withGone, { scriptHashes: H, only: ['ct/970'] });
    expect(p.changes.map((c) => [c.address, c.action])).toEqual([['ct/970', 'delete']]);
    expect(p.selection?.leftOut).toEqual(['ct/951']);
  });

  it('refuses unknown and malformed addresses with a usage error (exit 2) naming --only', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('no error');
    };
    const unknown = err(() => only('ct/999')) as SelectionError;
    expect(unknown).toBeInstanceOf(SelectionError);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.message).toContain("matches 'ct/999' (guests: ct/900, ct/950");
    expect((err(() => only('web')) as Error).message).toContain("'web' is not a guest address");
    expect((err(() => only('ct/950', 'vm/77*')) as Error).message).toContain("'vm/77*'");
  });

  it('property: kept guests are closed under clone source and dependencies; nothing changed is lost', () => {
    const all = addresses(full);
    const byId = new Map(full.changes.map((c) => [c.id, c]));
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), (picked) => {
        const p = only(...picked);
        const kept = new Set(addresses(p));
        for (const a of picked) expect(kept.has(a)).toBe(true);
        for (const c of p.changes) for (const w of c.waitFor) expect(kept.has(w)).toBe(true);
        for (const c of p.changes)
          for (const id of [...(c.cloneOf ? [c.cloneOf.id] : []), ...c.dependencies])
            expect(kept.has(byId.get(id)!.address)).toBe(true);
        const changed = full.changes.filter((c) => c.action !== 'no-op').map((c) => c.address);
        expect(
          [
            ...p.changes.filter((c) => c.action !== 'no-op').map((c) => c.address),
            ...p.selection!.leftOut,
          ].sort(),
        ).toEqual([...changed].sort());
        expect(p.layers.flat().sort()).toEqual(
          p.changes
            .filter((c) => c.layer !== undefined)
            .map((c) => c.address)
            .sort(),
        );
      }),
      { numRuns: 60 },
    );
  });
});
