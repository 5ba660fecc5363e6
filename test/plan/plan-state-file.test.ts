/**
 * The live-state file module (src/plan/state-file.ts): what is written reads back the same, the
 * version is checked, and every bad file is a usage error that names the file.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseLiveState,
  readStateFile,
  serializeLiveState,
  STATE_FILE_NAME,
  writeStateFile,
} from '../../src/plan/state-file.js';
import { UserError } from '../../src/util/errors.js';
import { host, liveCt } from '../helpers/plan-fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phoenix-state-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const state = host({
  guests: [liveCt(900, { hostname: 'base' }), liveCt(950, { hostname: 'web', memory: '2048' })],
});

async function rejection(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof UserError)) throw new Error(`expected a UserError, got ${String(err)}`);
  return err;
}

describe('state file', () => {
  it('round-trips: written as two-space JSON with a newline, read back equal', async () => {
    const file = join(dir, STATE_FILE_NAME);
    await writeStateFile(file, state);
    const text = await readFile(file, 'utf8');
    expect(text).toBe(JSON.stringify(state, null, 2) + '\n');
    expect(text).toBe(serializeLiveState(state));
    expect(await readStateFile(file)).toEqual(state);
    expect(parseLiveState(text, 'x')).toEqual(state);
  });

  it('creates the folder when asked to', async () => {
    const file = join(dir, 'a', 'b', STATE_FILE_NAME);
    await writeStateFile(file, state, { mkdir: true });
    expect((await stat(file)).isFile()).toBe(true);
  });

  it('fills what an older writer left out', () => {
    const minimal = parseLiveState('{"version": 1, "guests": [{"id": 900, "kind": "lxc"}]}', 'old.json');
    expect(minimal).toEqual({
      version: 1,
      readAt: '',
      target: 'old.json',
      nodes: [],
      pveVersion: undefined,
      guests: [
        {
          id: 900,
          kind: 'lxc',
          node: '',
          status: 'unknown',
          template: false,
          config: {},
          snapshots: [],
          tags: [],
        },
      ],
      storages: [],
      bridges: [],
      templates: [],
    });
  });

  it('refuses another version, naming the file and both versions (exit 2)', async () => {
    const file = join(dir, 'v2.json');
    await writeFile(file, JSON.stringify({ ...state, version: 2 }));
    const err = await rejection(readStateFile(file));
    expect(err.message).toBe(`${file}: state version 2 is not supported (expected 1)`);
    expect(err.exitCode).toBe(2);
  });

  it('locates every kind of bad file', async () => {
    const bad = async (name: string, text: string): Promise<string> => {
      const file = join(dir, name);
      await writeFile(file, text);
      const err = await rejection(readStateFile(file));
      expect(err.exitCode).toBe(2);
      expect(err.message.startsWith(`${file}: `)).toBe(true);
      return err.message.slice(file.length + 2);
    };
    expect(await bad('json.json', '{"version": 1,')).toMatch(/^not a state file \(invalid JSON: .+\)$/);
    expect(await bad('array.json', '[]')).toBe('not a state file (expected a JSON object)');
    expect(await bad('null.json', 'null')).toBe('not a state file (expected a JSON object)');
    expect(await bad('noguests.json', '{"version": 1}')).toBe('not a state file (no guests list)');
    expect(
      await bad('guest.json', '{"version": 1, "guests": [{"id": 900, "kind": "lxc"}, {"id": "x"}]}'),
    ).toBe('guests[1] needs a numeric id and kind lxc or qemu');
  });

  it('says which file it cannot read or write', async () => {
    const missing = join(dir, 'missing.json');
    expect((await rejection(readStateFile(missing))).message).toBe(
      `cannot read state file ${missing}: ENOENT`,
    );
    const nowhere = join(dir, 'no-such-dir', STATE_FILE_NAME);
    const err = await rejection(writeStateFile(nowhere, state));
    expect(err.message).toBe(`cannot write state file ${nowhere}: ENOENT`);
    expect(err.exitCode).toBe(2);
  });
});

describe('state file of a cluster', () => {
  const cluster = host({
    nodes: ['pve', 'pve2', 'pve3'],
    nodeDetails: [
      {
        name: 'pve',
        online: true,
        address: '10.0.0.1',
        local: true,
        bridges: ['vmbr0'],
        deviceNodes: ['/dev/null'],
        apparmorProfiles: ['lxc-default'],
      },
      { name: 'pve2', online: true, address: '10.0.0.2', local: false, bridges: ['vmbr0', 'vmbr1'] },
      { name: 'pve3', online: false, address: '10.0.0.3', local: false },
    ],
    storages: [
      { id: 'local', type: 'dir', content: ['vztmpl'], node: 'pve', shared: false },
      { id: 'nfs', type: 'nfs', content: ['images'], shared: true },
    ],
  });

  it('keeps per-node facts and the storages shared flag', () => {
    const back = parseLiveState(serializeLiveState(cluster), 'cluster.json');
    expect(back).toEqual(cluster);
    expect(back.nodeDetails![2]).toEqual({ name: 'pve3', online: false, address: '10.0.0.3', local: false });
    expect(back.storages.map((s) => s.shared)).toEqual([false, true]);
  });

  it('loads a file written before clusters without nodeDetails', () => {
    const old = parseLiveState('{"version": 1, "nodes": ["pve"], "guests": []}', 'old.json');
    expect('nodeDetails' in old).toBe(false);
    expect(old.nodes).toEqual(['pve']);
  });

  it('locates a bad node entry', () => {
    const bad = (nodeDetails: unknown) => () =>
      parseLiveState(JSON.stringify({ version: 1, guests: [], nodeDetails }), 'c.json');
    expect(bad({})).toThrow('c.json: nodeDetails must be a list');
    expect(bad([{ name: 'pve', online: true }, { name: 'pve2' }])).toThrow(
      'c.json: nodeDetails[1] needs a name and an online flag (true or false)',
    );
    expect(bad([{ name: 'pve', online: true, bridges: 'vmbr0' }])).toThrow(
      'c.json: nodeDetails[0].bridges must be a list of strings',
    );
  });
});
