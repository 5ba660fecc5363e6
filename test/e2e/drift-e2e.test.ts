/**
 * Drift end to end on the simulator: the example estate is applied, then a value is changed behind
 * Phoenix's back (`pct set`); `phoenix drift` and `phoenix plan` show it as changed outside Phoenix,
 * while a config edit shows as an edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main, type CliIO } from '../../src/cli/main.js';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import type { FieldDiff } from '../../src/plan/types.js';
import { apply, editConfig, makeEstate, type Estate } from '../helpers/apply-harness.js';

registerExtraCommands();

async function cli(argv: string[], answer?: string): Promise<{ code: number; out: string; err: string }> {
  const r = { code: 0, out: '', err: '' };
  const io: CliIO = {
    stdout: (t) => void (r.out += t),
    stderr: (t) => void (r.err += t),
    isTTY: false,
    env: { PHOENIX_SIM_LATENCY: 'zero' },
    cwd: process.cwd(),
    ...(answer === undefined ? {} : { terminal: { input: Readable.from([answer]), isTTY: true } }),
  };
  r.code = await main(argv, io);
  return r;
}

interface JsonPlan {
  summary: { drift: number };
  changes: Array<{ address: string; action: string; diffs: FieldDiff[]; reasons: string[] }>;
}

let e: Estate;
const args = () => ['--config-dir', e.configDir, '--target', `sim:${e.statePath}`];

beforeAll(async () => {
  e = await makeEstate('example');
  const first = await apply(e);
  if (first.job.status !== 'applied') throw new Error(`apply: ${first.job.status}\n${first.out}`);
  const t = new SimTransport(e.statePath, { env: {} });
  try {
    const r = await t.run(['pct', 'set', '953', '--memory', '1234']);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  } finally {
    await t.close();
  }
}, 120_000);

describe("a change made behind Phoenix's back", () => {
  it('drift exits 2 and lists it as changed outside Phoenix, in JSON and text', async () => {
    const r = await cli(['drift', ...args(), '--format', 'json', '--detailed-exitcode']);
    expect(r.code).toBe(2);
    const p = JSON.parse(r.out) as JsonPlan;
    expect(p.summary.drift).toBe(1);
    const c = p.changes.find((x) => x.address === 'ct/953')!;
    expect(c.diffs).toEqual([{ effect: 'live', from: '1234', key: 'memory', origin: 'outside', to: '2048' }]);
    expect(p.changes.filter((x) => x.action !== 'no-op').map((x) => x.address)).toEqual(['ct/953']);
    expect(r.err).toContain('(1 setting changed outside Phoenix)');

    const text = await cli(['plan', ...args()]);
    expect(text.out).toContain('~ memory: 1234 -> 2048 [changed outside Phoenix]');
    expect(text.out).toContain('Changed outside Phoenix (drift): 1 setting');
    const md = await cli(['plan', ...args(), '--format', 'markdown']);
    expect(md.out).toContain('### Changed outside Phoenix (drift)');
    expect(md.out).toContain('- `ct/953` memory: 1234 on the host, the config says 2048');
  });

  it('a config edit plans as an edit, next to the drift', async () => {
    editConfig(e.configDir, 'phoenix_lxc_configs.json', (j) => {
      const lxc = j.lxc_configs as Record<string, Record<string, unknown>>;
      lxc['910']!.memory_mb = 6144;
    });
    const r = await cli(['plan', ...args(), '--format', 'json']);
    const p = JSON.parse(r.out) as JsonPlan;
    const edit = p.changes.find((x) => x.address === 'ct/910')!;
    expect(edit.diffs).toEqual([{ effect: 'live', from: '4096', key: 'memory', to: '6144' }]);
    expect(edit.reasons[0]).toBe('config differs');
    expect(p.summary.drift).toBe(1);
  });
});

describe('phoenix adopt', () => {
  const file = () => join(e.configDir, 'phoenix_lxc_configs.json');
  beforeAll(async () => {
    const t = new SimTransport(e.statePath, { env: {} });
    try {
      const r = await t.run([
        'pct',
        'create',
        '960',
        'local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst',
        '--hostname',
        'hand-made',
        '--memory',
        '1536',
        '--cores',
        '3',
        '--unprivileged',
        '1',
        '--rootfs',
        'quickOS-lxc-disks:12',
        '--net0',
        'name=eth0,bridge=vmbr0,ip=10.0.0.160/24,gw=10.0.0.1',
      ]);
      if (r.exitCode !== 0) throw new Error(r.stderr);
    } finally {
      await t.close();
    }
  });

  it('prints an entry derived from the live config and what the next plan would change', async () => {
    const before = readFileSync(file(), 'utf8');
    const r = await cli(['adopt', 'ct/960', ...args()]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ct/960 hand-made: not managed by Phoenix.');
    expect(r.out).toContain('"name": "hand-made"');
    expect(r.out).toContain('"memory_mb": 1536');
    expect(r.out).toContain('"storage_size_gb": 12');
    expect(r.out).toContain('Run again with --write');
    expect(r.out).toContain('Once adopted, the next plan would update it in place:');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    // Without a terminal, --write needs --yes.
    const refused = await cli(['adopt', 'ct/960', ...args(), '--write']);
    expect(refused.code).toBe(2);
    expect(readFileSync(file(), 'utf8')).toBe(before);
    // On a terminal only 'yes' approves.
    const no = await cli(['adopt', 'ct/960', ...args(), '--write'], 'no\n');
    expect(no.code).toBe(1);
    expect(no.out).toContain('Add ct/960 to');
    expect(no.out).toContain('Nothing changed.');
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('--write adds the entry keeping the rest of the file, tags the guest, and the next plan names what differs', async () => {
    const before = readFileSync(file(), 'utf8');
    const r = await cli(['adopt', 'ct/960', ...args(), '--write', '--yes']);
    expect(r.code).toBe(0);
    const after = readFileSync(file(), 'utf8');
    // Only an insertion: the text before and after it is the file as it was.
    let head = 0;
    while (before[head] === after[head]) head++;
    let tail = 0;
    while (tail < before.length - head && before.at(-1 - tail) === after.at(-1 - tail)) tail++;
    expect(head + tail).toBe(before.length);
    const entry = (JSON.parse(after) as { lxc_configs: Record<string, Record<string, unknown>> }).lxc_configs[
      '960'
    ];
    expect(entry).toMatchObject({
      name: 'hand-made',
      memory_mb: 1536,
      cores: 3,
      storage_size_gb: 12,
      unprivileged: true,
    });

    const validate = await cli(['validate', '--config-dir', e.configDir]);
    expect(validate.code).toBe(0);
    const p = JSON.parse((await cli(['plan', ...args(), '--format', 'json'])).out) as JsonPlan;
    const c = p.changes.find((x) => x.address === 'ct/960')!;
    expect(c.diffs).toEqual([]);
    expect(c.action).toBe('update');
    // No setting differs: the plan starts the stopped guest, takes the lifecycle snapshots every
    // guest carries, and writes Phoenix's done-record.
    expect(c.reasons).toEqual([
      'not running (stopped)',
      'snapshot pre-configured missing',
      'snapshot final-form missing',
    ]);
    expect(await cli(['adopt', 'ct/960', ...args()])).toMatchObject({ code: 1 });
  });
});
