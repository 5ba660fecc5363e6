/**
 * The simulator's runtime: fault injection, latency, config locks between concurrent commands,
 * several transports on one state file, and the state file lock.
 */
import { spawnSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { SimConnectionDropped, SimTransport } from '../../src/proxmox/sim-transport.js';
import { parseFaultEnv } from '../../src/sim/faults.js';
import { latencyModel, parseLatencyEnv } from '../../src/sim/latency.js';
import { createCt, simHarness, UBUNTU_VOLID, type SimHarness } from '../helpers/sim.js';

const LOCK_MSG = "can't lock file '/run/lock/lxc/pve-config-950.lock' - got timeout";

let h: SimHarness;
beforeEach(() => {
  h = simHarness();
});
afterEach(() => h.cleanup());

describe('fault injection', () => {
  test('the Nth call of an operation fails with the given exit code and message, and changes nothing', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    await h.configure((s) => {
      s.settings.faults.push({ op: 'pct clone', nth: 2, exitCode: 255, message: LOCK_MSG });
    });
    await h.ok('pct', 'clone', '900', '950');
    expect(await h.run('pct', 'clone', '900', '951')).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: `${LOCK_MSG}\n`,
    });
    expect((await h.state()).guests['951']).toBeUndefined();
    await h.ok('pct', 'clone', '900', '951');
  });

  test('faults from PHOENIX_SIM_FAULTS, `times` in a row, only calls matching `match` count, default message', async () => {
    const env = {
      PHOENIX_SIM_FAULTS: JSON.stringify([{ op: 'pct set', match: ' 951 ', nth: 1, times: 2 }]),
    };
    const f = simHarness(env);
    try {
      await createCt(f, 950);
      await createCt(f, 951);
      await f.ok('pct', 'set', '950', '--cores', '2');
      const fail = await f.run('pct', 'set', '951', '--cores', '2');
      expect(fail).toEqual({
        exitCode: 255,
        stdout: '',
        stderr: "can't lock file '/run/lock/lxc/pve-config-951.lock' - got timeout\n",
      });
      expect((await f.run('pct', 'set', '951', '--cores', '2')).exitCode).toBe(255);
      await f.ok('pct', 'set', '951', '--cores', '2');
    } finally {
      f.cleanup();
    }
  });

  test('a drop before the command loses the connection and leaves the host unchanged', async () => {
    await createCt(h, 950);
    await h.configure((s) => {
      s.settings.faults.push({ op: 'pct start', action: 'drop' });
    });
    await expect(h.run('pct', 'start', '950')).rejects.toMatchObject({
      name: 'SimConnectionDropped',
      when: 'before',
      code: 'ECONNRESET',
    });
    expect((await h.state()).guests['950']!.status).toBe('stopped');
  });

  test('a drop after the command lost the answer, but the host changed', async () => {
    await createCt(h, 950);
    await h.configure((s) => {
      s.settings.faults.push({ op: 'pct start', action: 'drop', when: 'after' });
    });
    const err = await h.run('pct', 'start', '950').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimConnectionDropped);
    expect((await h.state()).guests['950']!.status).toBe('running');
  });

  test('bad fault configuration is reported', () => {
    expect(() => parseFaultEnv('[{"nth": 1}]')).toThrow('every rule needs an "op" string');
    expect(() => parseFaultEnv('{')).toThrow('PHOENIX_SIM_FAULTS is not valid JSON');
  });
});

describe('latency', () => {
  test('profiles: zero by default, realistic scaled, per-operation overrides', () => {
    expect(latencyModel({}).ms('pct clone')).toBe(0);
    const real = latencyModel({}, parseLatencyEnv('realistic:0.01'));
    expect(real.ms('pct clone')).toBe(50);
    expect(real.ms('pct create')).toBe(60);
    expect(real.ms('unknown op')).toBeCloseTo(0.4);
    expect(latencyModel({ profile: 'realistic', ops: { 'pct clone': 100 } }).ms('pct clone')).toBe(100);
    expect(() => parseLatencyEnv('fast')).toThrow(
      "PHOENIX_SIM_LATENCY must be 'zero', 'realistic', 'realistic:SCALE' or JSON",
    );
  });

  test('operations on different guests overlap; the state lock is not held while they wait', async () => {
    const slow = simHarness({ PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'pct start': 300 } }) });
    try {
      for (const id of [950, 951, 952, 953]) await createCt(slow, id);
      const t0 = Date.now();
      const results = await Promise.all(
        [950, 951, 952, 953].map((id) => slow.run('pct', 'start', String(id))),
      );
      const elapsed = Date.now() - t0;
      expect(results.every((r) => r.exitCode === 0)).toBe(true);
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(4 * 300);
    } finally {
      slow.cleanup();
    }
  });

  test('each command waits its profile latency once (a continuation carries it)', async () => {
    const slow = simHarness({
      PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'pct start': 300, 'pct set': 300 } }),
    });
    try {
      await createCt(slow, 950);
      for (const argv of [
        ['pct', 'start', '950'], // a long operation: waits in its continuation
        ['pct', 'set', '950', '--cores', '2'], // no continuation: waits after its phase
      ]) {
        const t0 = Date.now();
        expect((await slow.run(...argv)).exitCode).toBe(0);
        const elapsed = Date.now() - t0;
        expect(elapsed).toBeGreaterThanOrEqual(290);
        expect(elapsed).toBeLessThan(550);
      }
    } finally {
      slow.cleanup();
    }
  });

  test('operations on the same guest wait for its config lock', async () => {
    const slow = simHarness({ PHOENIX_SIM_LATENCY: JSON.stringify({ ops: { 'pct start': 300 } }) });
    try {
      await createCt(slow, 950);
      const t0 = Date.now();
      const start = slow.run('pct', 'start', '950');
      await new Promise((r) => setTimeout(r, 50));
      const set = await slow.run('pct', 'set', '950', '--cores', '2');
      expect(set.exitCode).toBe(0);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
      expect((await start).exitCode).toBe(0);
    } finally {
      slow.cleanup();
    }
  });

  test("a config lock held too long makes the command fail with Proxmox's lock timeout", async () => {
    await createCt(h, 950);
    await h.configure((s) => {
      s.settings.lockTimeoutMs = 150;
      s.flocks['950'] = { holder: 'other-command', pid: process.pid, at: Date.now() };
    });
    expect(await h.run('pct', 'set', '950', '--cores', '2')).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: `${LOCK_MSG}\n`,
    });
  });
});

describe('the state file', () => {
  test("two transports on the same file see each other's changes", async () => {
    const other = new SimTransport(h.path);
    await createCt(h, 950);
    expect((await other.run(['pct', 'status', '950'])).stdout).toBe('status: stopped\n');
    await other.run(['pct', 'start', '950']);
    expect(await h.ok('pct', 'status', '950')).toBe('status: running\n');
  });

  test('parallel commands through several transports all land in the state', async () => {
    await createCt(h, 900);
    const transports = [0, 1, 2, 3].map(() => new SimTransport(h.path));
    const ids = Array.from({ length: 12 }, (_, i) => 950 + i);
    const results = await Promise.all(
      ids.map((id, i) =>
        transports[i % 4]!.run([
          'pct',
          'create',
          String(id),
          UBUNTU_VOLID,
          '--rootfs',
          'local-lvm:4',
          '--net0',
          'name=eth0,bridge=vmbr0',
        ]),
      ),
    );
    expect(results.map((r) => r.exitCode)).toEqual(ids.map(() => 0));
    const s = await h.state();
    expect(ids.every((id) => s.guests[String(id)] && !s.guests[String(id)]!.conf.main.values.lock)).toBe(
      true,
    );
    expect(new Set(ids.map((id) => s.guests[String(id)]!.conf.main.values.net0)).size).toBe(ids.length);
    expect(new Set(s.volumes.map((v) => v.volname)).size).toBe(s.volumes.length);
  });

  test('parallel clones of one source: Proxmox locks the source, so the others fail with "CT is locked (disk)"', async () => {
    await createCt(h, 900);
    await h.ok('pct', 'template', '900');
    const results = await Promise.all(
      [950, 951, 952, 953].map((id) => new SimTransport(h.path).run(['pct', 'clone', '900', String(id)])),
    );
    const ok = results.filter((r) => r.exitCode === 0);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.exitCode !== 0)) expect(r.stderr).toBe('CT is locked (disk)\n');
    expect(await h.ok('pct', 'config', '900')).not.toContain('lock:');
  });

  test('a lock file left by a crashed process is broken; a live holder is waited for', async () => {
    await h.state();
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(`${h.path}.lock`, `${dead} ${Date.now()}\n`);
    await h.ok('pveam', 'update');
    await h.ok('pct', 'list');
    writeFileSync(`${h.path}.lock`, `${process.pid} ${Date.now()}\n`);
    const t0 = Date.now();
    const release = new Promise((r) => setTimeout(r, 200)).then(() => unlinkSync(`${h.path}.lock`));
    await h.ok('pveam', 'download', 'local', 'alpine-3.22-default_20250617_amd64.tar.xz');
    await release;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
  });

  test('a corrupt state file is reported, not silently replaced', async () => {
    writeFileSync(h.path, '{ not json');
    await expect(h.run('pct', 'list')).rejects.toThrow(/is not valid JSON/);
  });
});
