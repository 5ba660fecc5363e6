/**
 * The simulator from other processes: `phoenix sim shims` writes executables that run
 * `phoenix sim exec`; commands in parallel processes share the state file safely. The simulator
 * sources are compiled with tsc into a temp folder, so this runs without a bundle.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { REPO_ROOT } from '../helpers/shared.js';

let work: string;
let runner: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'phoenix-shims-'));
  const out = join(work, 'build');
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  // Other modules may not type-check while they are being written; tsc still emits.
  spawnSync(
    process.execPath,
    [
      tsc,
      '--outDir',
      out,
      '--rootDir',
      REPO_ROOT,
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--strict',
      '--skipLibCheck',
      '--types',
      'node',
      '--resolveJsonModule',
      join(REPO_ROOT, 'src/cli/commands/sim.ts'),
      // The runner below imports main.js; the commands no longer import main.ts, so name it too.
      join(REPO_ROOT, 'src/cli/main.ts'),
    ],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  const simJs = join(out, 'src/cli/commands/sim.js');
  if (!existsSync(simJs)) throw new Error('tsc did not emit src/cli/commands/sim.js');
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  runner = join(work, 'phoenix.mjs');
  writeFileSync(
    runner,
    `import { runSim } from ${JSON.stringify(simJs)};\n` +
      `import { main } from ${JSON.stringify(join(out, 'src/cli/main.js'))};\n` +
      `import { registerCommand } from ${JSON.stringify(join(out, 'src/cli/command-table.js'))};\n` +
      `registerCommand('sim', 'sim', async () => runSim);\n` +
      `process.exitCode = await main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), isTTY: false, env: process.env, cwd: process.cwd() });\n`,
  );
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sh(bin: string, args: string[], o: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { env: { ...process.env, ...o.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (o.stdin !== undefined) child.stdin.end(o.stdin);
  });
}

describe('shims', () => {
  let dir: string;
  let state: string;
  let bin: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = mkdtempSync(join(work, 'case-'));
    state = join(dir, 'state.json');
    bin = join(dir, 'bin');
    const r = await sh(process.execPath, [
      runner,
      'sim',
      'shims',
      '--state',
      state,
      '--out',
      bin,
      '--entry',
      runner,
    ]);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^wrote \d+ shims to /) });
    env = { PATH: `${bin}${delimiter}${process.env.PATH}` };
  });

  test('one executable per host command, each running `sim exec` on the state file', () => {
    for (const p of [
      'pct',
      'qm',
      'pvesh',
      'pvesm',
      'pveam',
      'pveum',
      'zfs',
      'zpool',
      'grep',
      'tee',
      'cat',
      'find',
      'flock',
      'ssh',
    ]) {
      const file = join(bin, p);
      expect(statSync(file).mode & 0o111).toBe(0o111);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('#!/bin/sh\n')).toBe(true);
      expect(text).toContain(` sim exec --state '${state}' -- ${p} "$@"`);
    }
  });

  test('commands through the shims act on the same state as the in-process transport', async () => {
    expect(
      (await sh('pveam', ['download', 'local', 'debian-12-standard_12.7-1_amd64.tar.zst'], { env })).code,
    ).toBe(0);
    const create = await sh(
      'pct',
      ['create', '100', 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst', '--rootfs', 'local-lvm:4'],
      { env },
    );
    expect(create.code).toBe(0);
    const t = new SimTransport(state);
    expect((await t.run(['pct', 'status', '100'])).stdout).toBe('status: stopped\n');
    await t.run(['pct', 'start', '100']);
    expect(await sh('pct', ['status', '100'], { env })).toEqual({
      code: 0,
      stdout: 'status: running\n',
      stderr: '',
    });
    expect(await sh('pct', ['start', '100'], { env })).toEqual({
      code: 255,
      stdout: '',
      stderr: 'CT 100 already running\n',
    });
  });

  test('ten shim processes in parallel: every command lands, nothing is lost', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => 200 + i);
    const runs = await Promise.all(
      ids.map((id) =>
        sh(
          'pct',
          [
            'create',
            String(id),
            'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
            '--rootfs',
            'local-lvm:4',
          ],
          { env },
        ),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual(ids.map(() => 0));
    const s = await new SimTransport(state).store.read();
    expect(ids.filter((id) => s.guests[String(id)] === undefined)).toEqual([]);
  }, 60_000);

  test('stdin reaches tee and pct push; grep/cat of other paths use the real binaries', async () => {
    const tee = await sh('tee', ['-a', '/etc/pve/lxc/100.conf'], {
      env,
      stdin: 'lxc.apparmor.profile: unconfined\n',
    });
    expect(tee).toEqual({ code: 0, stdout: 'lxc.apparmor.profile: unconfined\n', stderr: '' });
    const g = await sh('grep', ['-H', '', '--', '/etc/pve/lxc/100.conf'], { env });
    expect(g.stdout).toContain('/etc/pve/lxc/100.conf:lxc.apparmor.profile: unconfined\n');
    expect(
      (await sh('pct', ['push', '100', '/dev/stdin', '/root/s.sh'], { env, stdin: 'echo hi\n' })).code,
    ).toBe(0);
    expect((await sh('pct', ['exec', '100', '--', 'cat', '/root/s.sh'], { env })).stdout).toBe('echo hi\n');
    const hostFile = join(dir, 'plain.txt');
    writeFileSync(hostFile, 'alpha\nbeta\n');
    expect(await sh('grep', ['beta', hostFile], { env })).toEqual({ code: 0, stdout: 'beta\n', stderr: '' });
    expect((await sh('cat', [hostFile], { env })).stdout).toBe('alpha\nbeta\n');
  });

  test('the ssh shim takes the cluster hop: the quoted inner command runs, stdin included', async () => {
    const hopArgs = (inner: string): string[] => [
      '-e',
      'none',
      '-o',
      'BatchMode=yes',
      '-o',
      'HostKeyAlias=pve',
      'root@192.168.1.10',
      '--',
      inner,
    ];
    expect(await sh('ssh', hopArgs("'pct' 'status' '100'"), { env })).toEqual({
      code: 0,
      stdout: 'status: running\n',
      stderr: '',
    });
    const push = await sh('ssh', hopArgs("'pct' 'push' '100' '/dev/stdin' '/root/hop.txt'"), {
      env,
      stdin: 'via hop\n',
    });
    expect(push.code).toBe(0);
    expect((await sh('pct', ['exec', '100', '--', 'cat', '/root/hop.txt'], { env })).stdout).toBe(
      'via hop\n',
    );
    expect(
      (
        await sh(
          'ssh',
          hopArgs("'pct' 'list'").map((a) => a.replace('.10', '.99')),
          { env },
        )
      ).stderr,
    ).toBe('ssh: connect to host 192.168.1.99 port 22: No route to host\n');
  });

  test('find lists the simulated /dev and profiles; find of other folders uses the real binary', async () => {
    const f = await sh('find', ['/dev', '/etc/apparmor.d/lxc', '-mindepth', '1', '-maxdepth', '1'], { env });
    expect(f.code).toBe(0);
    expect(f.stdout.split('\n')).toEqual(
      expect.arrayContaining(['/dev/null', '/etc/apparmor.d/lxc/lxc-default']),
    );
    // The simulated host has no NVIDIA driver, whatever the machine running the tests has.
    expect(f.stdout).not.toContain('/dev/nvidia');
    const real = mkdtempSync(join(dir, 'real-'));
    writeFileSync(join(real, 'x'), '');
    expect(await sh('find', [real, '-mindepth', '1', '-maxdepth', '1'], { env })).toEqual({
      code: 0,
      stdout: `${join(real, 'x')}\n`,
      stderr: '',
    });
  });

  test('a command that reads no stdin does not wait for it', async () => {
    const child = spawn('pct', ['list'], { env: { ...process.env, ...env } });
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(code).toBe(0);
  });

  test('a drop fault outside SSH ends the shim with 255', async () => {
    const r = await sh('pct', ['status', '100'], {
      env: {
        ...env,
        SSH_CONNECTION: '',
        PHOENIX_SIM_FAULTS: JSON.stringify({ op: 'pct status', action: 'drop' }),
      },
    });
    expect(r).toEqual({ code: 255, stdout: '', stderr: 'phoenix-sim: simulated connection drop\n' });
  });

  test('usage errors of `phoenix sim` are located', async () => {
    const r = await sh(process.execPath, [runner, 'sim', 'exec', '--state', state]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phoenix sim: sim exec needs -- PROG ARGS\.\.\./);
    const bad = await sh(process.execPath, [runner, 'sim', 'set', '--state', state, '--latency', 'fast']);
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--latency must be 'zero', 'realistic'"),
    });
  });
});
