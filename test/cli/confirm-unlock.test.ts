/**
 * The confirmation prompt (driven with a fake terminal stream, and once through a real
 * pseudo-terminal with util-linux `script`) and `phoenix unlock`: it shows the holder, releases a
 * claim whose process is gone, keeps a live one unless forced, and asks first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { unlock } from '../../src/cli/commands/unlock.js';
import { confirm, type Terminal } from '../../src/cli/confirm.js';
import {
  APPLY_LOCK_FILE,
  APPLY_QUEUE_FILE,
  liveClaims,
  type LockEntry,
  type LockQueue,
} from '../../src/host/host-lock.js';
import { selfIdentity } from '../../src/host/lock-holder.js';
import { runHostCommand } from '../../src/proxmox/audit.js';
import { appendFile, withLock } from '../../src/proxmox/commands.js';
import { SimTransport } from '../../src/proxmox/sim-transport.js';
import { makeEstate } from '../helpers/apply-harness.js';
import { transpilePhoenix } from '../helpers/phoenix-build.js';
import { describeShared } from '../helpers/shared.js';

/** A terminal whose user types `answer` (no line at all when undefined: end of input). */
function fakeTerminal(answer: string | undefined): Terminal {
  const input = new PassThrough();
  if (answer !== undefined) input.write(`${answer}\n`);
  else input.end();
  return { input, isTTY: true };
}

class MemoryQueue implements LockQueue {
  readonly where = 'memory';
  constructor(public entries: LockEntry[] = []) {}
  async append(e: LockEntry): Promise<void> {
    this.entries.push(e);
  }
  async read(): Promise<LockEntry[]> {
    return [...this.entries];
  }
  async rewrite(entries: readonly LockEntry[]): Promise<void> {
    this.entries = [...entries];
  }
}

const me = selfIdentity();
const onLinux = me.boot !== undefined && me.start !== undefined;
const linuxIt = onLinux ? it : it.skip;

/** The pid of a process that has exited. */
const deadPid = (): number => spawnSync('true').pid!;

function claim(id: string, extra: Partial<LockEntry>): LockEntry {
  return {
    op: 'claim',
    id,
    at: Date.now(),
    ttl: 600_000,
    who: `ghost@${me.host} pid ${extra.pid ?? 0}`,
    ...extra,
  };
}

describe('the confirmation prompt', () => {
  const ask = (terminal: Terminal | undefined, yes = false) => {
    let out = '';
    const answer = confirm({
      command: 'rollback',
      question: 'Roll CT 950 back?',
      yes,
      out: (s) => (out += s),
      terminal,
    });
    return answer.then((ok) => ({ ok, out }));
  };

  it('approves on `yes` only', async () => {
    const r = await ask(fakeTerminal('yes'));
    expect(r.ok).toBe(true);
    expect(r.out).toBe("Roll CT 950 back?\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: \n");
    expect((await ask(fakeTerminal('  yes  '))).ok).toBe(true);
    for (const no of ['y', 'YES', 'yes please', '', 'no'])
      expect((await ask(fakeTerminal(no))).ok).toBe(false);
    expect((await ask(fakeTerminal(undefined))).ok).toBe(false);
  });

  it('--yes skips the question; without a terminal --yes is needed', async () => {
    expect(await ask({ input: new PassThrough(), isTTY: false }, true)).toEqual({ ok: true, out: '' });
    await expect(ask({ input: new PassThrough(), isTTY: false })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/rollback .* no terminal to ask on; re-run with --yes/),
    });
  });
});

describe('phoenix unlock', () => {
  const run = async (q: LockQueue, o: { force?: boolean; yes?: boolean; answer?: string }) => {
    let out = '';
    const code = await unlock(q, {
      force: o.force ?? false,
      yes: o.yes ?? false,
      out: (s) => (out += s),
      terminal: o.answer === undefined ? { input: new PassThrough(), isTTY: false } : fakeTerminal(o.answer),
    });
    return { code, out };
  };

  it('says so when the lock is free', async () => {
    expect(await run(new MemoryQueue(), {})).toEqual({
      code: 0,
      out: 'The host-wide apply lock (memory) is free.\n',
    });
  });

  linuxIt('releases a claim whose process is gone, after `yes`', async () => {
    const q = new MemoryQueue([claim('deadbeef0000', { ...me, pid: deadPid(), note: 'plan feedfacecafe' })]);
    const r = await run(q, { answer: 'yes' });
    expect(r.out).toMatch(
      /^Holder: run deadbeef0000 by ghost@.* \(plan feedfacecafe\), holding it since .* UTC; its process no longer runs; its lease ends at .* UTC unless renewed\.\n/,
    );
    expect(r.out).toContain('Release claim deadbeef0000?');
    expect(r.out).toContain('Released deadbeef0000.');
    expect(r.code).toBe(0);
    expect(liveClaims(q.entries, Date.now())).toEqual([]);
  });

  linuxIt('keeps a live holder unless forced, and a forced release still asks', async () => {
    const q = new MemoryQueue([claim('a11ve0000000', { ...me })]);
    const kept = await run(q, { yes: true });
    expect(kept.code).toBe(1);
    expect(kept.out).toContain('its process still runs');
    expect(kept.out).toContain('Nothing released');
    expect(liveClaims(q.entries, Date.now())).toHaveLength(1);
    const declined = await run(q, { force: true, answer: 'no' });
    expect(declined.out).toContain('possibly still working');
    expect(declined.code).toBe(1);
    expect(liveClaims(q.entries, Date.now())).toHaveLength(1);
    const forced = await run(q, { force: true, yes: true });
    expect(forced.code).toBe(0);
    expect(q.entries.at(-1)).toMatchObject({
      op: 'release',
      id: 'a11ve0000000',
      reason: 'forced by phoenix unlock',
    });
  });

  it('a holder on another machine cannot be checked: kept without --force', async () => {
    const q = new MemoryQueue([claim('e1sewhere000', { host: 'runner-9', pid: 5, boot: 'b', start: '1' })]);
    const r = await run(q, { yes: true });
    expect(r.code).toBe(1);
    expect(r.out).toContain('it ran on another machine');
  });
});

describeShared('phoenix unlock through a real pseudo-terminal', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const ptyIt = hasScript && onLinux ? it : it.skip;
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'phoenix-pty-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  ptyIt(
    'asks on the terminal, reads `yes`, and releases the dead claim',
    async () => {
      const entry = transpilePhoenix(join(work, 'phoenix'));
      const e = await makeEstate('example');
      const t = new SimTransport(e.statePath, { env: {} });
      const dead = claim('deadbeef0001', { ...me, pid: deadPid() });
      await runHostCommand(
        t,
        withLock(APPLY_LOCK_FILE, 10, appendFile(APPLY_QUEUE_FILE, JSON.stringify(dead) + '\n')),
      );
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(entry)} unlock --target ${JSON.stringify(`sim:${e.statePath}`)}`;
      // `script` gives the command a pseudo-terminal as stdin and stdout; our pipe feeds its input.
      const child = spawn('script', ['-qec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no prompt; output so far:\n${out}`)), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Enter a value:')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      child.stdin.write('yes\r');
      const code = await exited;
      expect(out).toContain('Holder: run deadbeef0001');
      expect(out).toContain('Released deadbeef0001.');
      expect(code).toBe(0);
      const r = await t.run(['cat', '--', APPLY_QUEUE_FILE]);
      await t.close();
      expect(r.stdout).toContain('"reason":"holder gone; released by phoenix unlock"');
    },
    60_000,
  );
});
