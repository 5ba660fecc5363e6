/**
 * What `phoenix rollback` shows and refuses before it changes anything: newer snapshots deleted
 * only where Proxmox needs it (ZFS), never a snapshot a clone's source record names, and the
 * done-record the guest gets afterwards.
 */
import {
  cloneDependencies,
  describeRollback,
  planRollback,
  safetySnapshotDescription,
  withRecord,
} from '../../src/apply/rollback.js';
import { LIVE_STATE_VERSION, type LiveGuest, type LiveState } from '../../src/model/live-state.js';
import { formatMarker, parseMarker, renderDescription, type GuestMarker } from '../../src/plan/markers.js';

const record = (m: Partial<GuestMarker>): GuestMarker => ({ v: 1, features: {}, ...m });

function guest(id: number, o: Partial<LiveGuest> & { storage?: string; src?: string } = {}): LiveGuest {
  const { storage = 'tank', src, ...rest } = o;
  return {
    kind: 'lxc',
    id,
    node: 'pve',
    status: 'running',
    template: false,
    config: {
      rootfs: `${storage}:subvol-${id}-disk-0,size=8G`,
      description: renderDescription(
        record({
          src: src ?? 'ostemplate:local:vztmpl/debian.tar.zst',
          features: { docker: 'aa' },
          app: 'a.sh@1+2',
          fw: 'f1',
        }),
      ),
    },
    snapshots: [],
    tags: ['phoenix'],
    ...rest,
  };
}

/** Snapshots a (oldest) -> b -> c (newest), each child of the previous. */
const chain = (names: string[], descriptions: Record<string, string> = {}) =>
  names.map((name, i) => ({
    name,
    snaptime: 1_700_000_000 + i,
    ...(i > 0 ? { parent: names[i - 1] } : {}),
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
  }));

function state(guests: LiveGuest[]): LiveState {
  return {
    version: LIVE_STATE_VERSION,
    readAt: '2026-01-01T00:00:00Z',
    target: 'test',
    nodes: ['pve'],
    guests,
    storages: [
      { id: 'tank', type: 'zfspool', content: ['rootdir', 'images'] },
      { id: 'thin', type: 'lvmthin', content: ['rootdir', 'images'] },
    ],
    bridges: ['vmbr0'],
    templates: [],
  };
}

describe('the rollback plan', () => {
  const snaps = chain(['phoenix-pre-1111111', 'golden', 'phoenix-pre-2222222']);

  it('on ZFS the newer snapshots go first (with --delete-newer), and the plan says so', () => {
    const live = state([guest(900, { snapshots: snaps })]);
    expect(() => planRollback(live, { id: 900, to: 'phoenix-pre-1111111' })).toThrow(
      /not its most recent snapshot \(newer: phoenix-pre-2222222, golden\).*--delete-newer/,
    );
    const p = planRollback(live, { id: 900, to: 'phoenix-pre-1111111', deleteNewer: true });
    expect(p.deletes).toEqual(['phoenix-pre-2222222', 'golden']);
    expect(describeRollback(p)).toContain(
      'newer snapshots deleted first (ZFS keeps only the most recent): phoenix-pre-2222222, golden',
    );
  });

  it('on LVM-thin any snapshot can be rolled back to and the newer ones stay', () => {
    const live = state([guest(900, { snapshots: snaps, storage: 'thin' })]);
    const p = planRollback(live, { id: 900, to: 'phoenix-pre-1111111', deleteNewer: true });
    expect(p.deletes).toEqual([]);
    expect(describeRollback(p)).toContain('newer snapshots are kept: phoenix-pre-2222222, golden');
  });

  it("never deletes a snapshot that a clone's source record names, and says why", () => {
    const live = state([guest(900, { snapshots: snaps }), guest(951, { src: 'clone:900@golden' })]);
    expect(cloneDependencies(live, live.guests[0]!)).toEqual([
      { snapshot: 'golden', clone: 'CT 951', record: 'clone:900@golden' },
    ]);
    expect(() => planRollback(live, { id: 900, to: 'phoenix-pre-1111111', deleteNewer: true })).toThrow(
      "CT 900: rolling back to 'phoenix-pre-1111111' would delete 'golden', which CT 951 was cloned from " +
        "(its source record 'clone:900@golden'); a clone's source snapshot is never deleted",
    );
    // Rolling back to the newest safety snapshot deletes nothing, and names the dependency.
    const p = planRollback(live, { id: 900 });
    expect(p.snapshot).toBe('phoenix-pre-2222222');
    expect(describeRollback(p)).toContain("clones built from snapshot 'golden' (kept): CT 951");
  });

  it('a record naming only the source guest protects every snapshot of it but safety snapshots', () => {
    const live = state([guest(900, { snapshots: snaps }), guest(952, { src: 'clone:900' })]);
    expect(cloneDependencies(live, live.guests[0]!).map((d) => d.snapshot)).toEqual(['golden']);
    expect(() => planRollback(live, { id: 900, to: 'phoenix-pre-1111111', deleteNewer: true })).toThrow(
      /would delete 'golden', which CT 952 was cloned from/,
    );
  });

  it('the record after the rollback: the one saved with the snapshot, else without scripts and features', () => {
    const savedRecord = record({ src: 'ostemplate:local:vztmpl/debian.tar.zst', fw: 'f0', features: {} });
    const saved = `Phoenix safety snapshot before apply (plan abc)\n${formatMarker(savedRecord)}`;
    const withSaved = state([
      guest(900, { snapshots: chain(['phoenix-pre-1111111'], { 'phoenix-pre-1111111': saved }) }),
    ]);
    const p = planRollback(withSaved, { id: 900 });
    expect(p.recordFrom).toBe('snapshot');
    expect(p.record).toEqual(savedRecord);
    const bare = state([guest(900, { snapshots: chain(['manual']) })]);
    const q = planRollback(bare, { id: 900, to: 'manual' });
    expect(q.recordFrom).toBe('reduced');
    expect(q.record).toEqual(record({ src: 'ostemplate:local:vztmpl/debian.tar.zst', fw: 'f1' }));
    expect(describeRollback(q)).toContain('features and the application script are marked not done');
  });

  it('a safety snapshot saves the record, and the record line is replaced in place', () => {
    const g = guest(900);
    const d = safetySnapshotDescription('0123456789abcdef', g);
    expect(d.split('\n')[0]).toBe('Phoenix safety snapshot before apply (plan 0123456789ab)');
    expect(parseMarker(d)).toEqual(parseMarker(g.config.description));
    const next = withRecord('Operator note\nphoenix: {"v":1}\nmore', record({ fw: 'x' }));
    expect(next).toBe(`Operator note\n${formatMarker(record({ fw: 'x' }))}\nmore`);
  });

  it('refuses a guest or snapshot that is not there', () => {
    const live = state([guest(900, { snapshots: chain(['a']) })]);
    expect(() => planRollback(live, { id: 901 })).toThrow(/there is no guest 901/);
    expect(() => planRollback(live, { id: 900 })).toThrow(/has no safety snapshot \(phoenix-pre-\*\)/);
    expect(() => planRollback(live, { id: 900, to: 'zz' })).toThrow(/has no snapshot 'zz'; its snapshots: a/);
  });
});
