/**
 * known_hosts parsing and matching, checked against OpenSSH's own `ssh-keygen -F` / `-l` / `-H`
 * where the tool is installed, and the SSH URL parser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkKnownHost,
  entryMatchesHost,
  knownHostsName,
  normalizeFingerprint,
  parseKnownHosts,
  sshFingerprint,
} from '../../src/proxmox/known-hosts.js';
import { hostKeyAlgorithms, hostKeyRefusal } from '../../src/proxmox/ssh-credentials.js';
import { summarize } from '../../src/proxmox/ssh-channel.js';
import { formatSshTarget, parseSshUrl } from '../../src/proxmox/ssh-url.js';
import { UserError } from '../../src/util/errors.js';

const hasKeygen = spawnSync('ssh-keygen', ['-?'], { stdio: 'ignore' }).error === undefined;
const withKeygen = hasKeygen ? describe : describe.skip;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'phoenix-kh-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function newKey(name: string): { line: string; blob: Buffer; pub: string } {
  const priv = join(dir, name);
  const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', priv]);
  if (r.status !== 0) throw new Error(String(r.stderr));
  const [type, b64] = readFileSync(`${priv}.pub`, 'utf8').split(' ');
  return { line: `${type} ${b64}`, blob: Buffer.from(b64!, 'base64'), pub: `${priv}.pub` };
}

withKeygen('known_hosts against OpenSSH', () => {
  test('SHA256 fingerprints match ssh-keygen -l', () => {
    for (const name of ['a', 'b', 'c']) {
      const k = newKey(`fp-${name}`);
      const out = spawnSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', k.pub], { encoding: 'utf8' }).stdout;
      expect(out).toContain(` ${sshFingerprint(k.blob)} `);
    }
  });

  test('host patterns match exactly what ssh-keygen -F finds', () => {
    const k = newKey('patterns');
    const lines = [
      `*.example.org,!bad.example.org ${k.line}`,
      `[10.0.0.?]:2222 ${k.line}`,
      `pve,pve.lan ${k.line}`,
      `[fd00::5]:2200 ${k.line}`,
      `PVE2 ${k.line}`,
    ];
    const file = join(dir, 'kh-patterns');
    writeFileSync(file, lines.join('\n') + '\n');
    const entries = parseKnownHosts(lines.join('\n'), file);
    const probes: Array<[string, number]> = [
      ['a.example.org', 22],
      ['bad.example.org', 22],
      ['x.y.example.org', 22],
      ['example.org', 22],
      ['a.example.org', 2222],
      ['10.0.0.5', 2222],
      ['10.0.0.55', 2222],
      ['10.0.0.5', 22],
      ['pve', 22],
      ['pve.lan', 22],
      ['pve', 2222],
      ['fd00::5', 2200],
      ['fd00::5', 22],
      ['pve2', 22],
    ];
    for (const [host, port] of probes) {
      const name = knownHostsName(host, port);
      const found = spawnSync('ssh-keygen', ['-F', name, '-f', file], { encoding: 'utf8' }).stdout;
      const expectedLines = found
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => lines.indexOf(l) + 1);
      const ours = entries.filter((e) => entryMatchesHost(e, host, port)).map((e) => e.line);
      expect({ name, lines: ours }).toEqual({ name, lines: expectedLines });
    }
  });

  test('hashed entries written by ssh-keygen -H match the same hosts', () => {
    const k = newKey('hashed');
    const file = join(dir, 'kh-hashed');
    writeFileSync(file, `pve ${k.line}\n[10.1.1.1]:2222 ${k.line}\n`);
    expect(spawnSync('ssh-keygen', ['-H', '-f', file]).status).toBe(0);
    const entries = parseKnownHosts(readFileSync(file, 'utf8'), file);
    expect(entries.every((e) => e.hosts.startsWith('|1|'))).toBe(true);
    expect(checkKnownHost(entries, 'pve', 22, k.blob)).toEqual({ ok: true });
    expect(checkKnownHost(entries, '10.1.1.1', 2222, k.blob)).toEqual({ ok: true });
    expect(checkKnownHost(entries, '10.1.1.1', 22, k.blob)).toMatchObject({ ok: false, reason: 'unknown' });
    expect(checkKnownHost(entries, 'pve2', 22, k.blob)).toMatchObject({ ok: false, reason: 'unknown' });
  });

  test('changed, revoked and several keys per host', () => {
    const good = newKey('good');
    const other = newKey('other');
    const rsaLike = newKey('second');
    const text = [
      '# comment',
      '',
      `pve ${good.line}`,
      `pve ${rsaLike.line} trailing comment`,
      `@revoked * ${other.line}`,
    ].join('\n');
    const entries = parseKnownHosts(text, 'kh');
    expect(checkKnownHost(entries, 'pve', 22, good.blob)).toEqual({ ok: true });
    expect(checkKnownHost(entries, 'pve', 22, rsaLike.blob)).toEqual({ ok: true });
    expect(checkKnownHost(entries, 'pve', 22, other.blob)).toMatchObject({ ok: false, reason: 'revoked' });
    const stranger = newKey('stranger');
    const verdict = checkKnownHost(entries, 'pve', 22, stranger.blob);
    expect(verdict).toEqual({
      ok: false,
      reason: 'changed',
      expected: [`ssh-ed25519 ${sshFingerprint(good.blob)}`, `ssh-ed25519 ${sshFingerprint(rsaLike.blob)}`],
    });
    const target = parseSshUrl('ssh://root@pve');
    const msg = hostKeyRefusal(
      { knownHosts: { source: 'kh', entries } },
      target,
      'ssh://root@pve:22',
      stranger.blob,
    )!;
    expect(msg).toContain('host key');
    expect(msg).toContain(sshFingerprint(stranger.blob));
    expect(msg).toContain(sshFingerprint(good.blob));
    expect(hostKeyRefusal({ knownHosts: { source: 'kh', entries } }, target, 'x', good.blob)).toBeUndefined();
    // Known key types are offered first, as OpenSSH does.
    expect(hostKeyAlgorithms({ knownHosts: { source: 'kh', entries } }, target)![0]).toBe('ssh-ed25519');
  });
});

describe('known_hosts syntax errors are located', () => {
  test('too few fields, bad base64, unknown marker', () => {
    expect(() => parseKnownHosts('pve ssh-ed25519', 'F')).toThrow(/^F:1: expected 'HOSTS KEYTYPE BASE64KEY'/);
    expect(() => parseKnownHosts('\n\npve ssh-ed25519 !!!notbase64', 'F')).toThrow(/^F:3: the key of type/);
    expect(() => parseKnownHosts('@trusted pve ssh-ed25519 AAAA', 'F')).toThrow(
      /^F:1: unknown marker '@trusted'/,
    );
    // Type field disagreeing with the blob's own type.
    const blob = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.alloc(36)]);
    expect(() => parseKnownHosts(`pve ssh-rsa ${blob.toString('base64')}`, 'F')).toThrow(UserError);
    expect(parseKnownHosts(`pve ssh-ed25519 ${blob.toString('base64')}`, 'F')).toHaveLength(1);
  });

  test('fingerprints are validated and normalised', () => {
    const fp = 'SHA256:' + 'x'.repeat(43);
    expect(normalizeFingerprint(` ${fp}= `, 'fp')).toBe(fp);
    expect(() => normalizeFingerprint('MD5:aa:bb', 'fp')).toThrow(
      /fp: 'MD5:aa:bb' is not a SHA256 host key fingerprint/,
    );
    expect(() => normalizeFingerprint('SHA256:short', 'fp')).toThrow(UserError);
  });
});

describe('SSH URLs', () => {
  test.each([
    ['ssh://root@pve', { user: 'root', host: 'pve', port: 22 }, 'ssh://root@pve:22'],
    ['ssh://root@PVE.lan:2222', { user: 'root', host: 'pve.lan', port: 2222 }, 'ssh://root@pve.lan:2222'],
    ['ssh://deploy@10.0.0.5:22/', { user: 'deploy', host: '10.0.0.5', port: 22 }, 'ssh://deploy@10.0.0.5:22'],
    ['ssh://root@[fd00::5]:2200', { user: 'root', host: 'fd00::5', port: 2200 }, 'ssh://root@[fd00::5]:2200'],
    ['SSH://root@[::1]', { user: 'root', host: '::1', port: 22 }, 'ssh://root@[::1]:22'],
  ])('%s', (url, target, formatted) => {
    expect(parseSshUrl(url)).toEqual(target);
    expect(formatSshTarget(parseSshUrl(url))).toBe(formatted);
  });

  test.each([
    ['pve', /must start with 'ssh:\/\/'/],
    ['http://root@pve', /must start with 'ssh:\/\/'/],
    ['ssh://pve', /the user is missing/],
    ['ssh://@pve', /the user is empty/],
    ['ssh://root:secret@pve', /a password in the URL is not supported/],
    ['ssh://root@', /the host is missing/],
    ['ssh://root@pve:0', /the port '0' is not a number between 1 and 65535/],
    ['ssh://root@pve:70000', /the port '70000'/],
    ['ssh://root@pve:ssh', /the port 'ssh'/],
    ['ssh://root@pve/etc', /a path, query or fragment is not allowed/],
    ['ssh://root@pve?x=1', /a path, query or fragment/],
    ['ssh://root@[fd00::5', /not closed/],
    ['ssh://root@[pve]:22', /'pve' is not an IPv6 address/],
    ['ssh://root@pve_1..lan', /is not a valid host name/],
    ['ssh://ro ot@pve', /'ro ot' is not a valid user name/],
  ])('%s is refused', (url, why) => {
    let err: unknown;
    try {
      parseSshUrl(url);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(new RegExp(`^invalid SSH target '.*': `));
    expect((err as Error).message).toMatch(why);
    expect((err as Error).message).toContain('(expected ssh://USER@HOST[:PORT])');
  });
});

test('argv summaries are short and mask secret-looking option values', () => {
  expect(summarize(['pct', 'start', '100'])).toBe("'pct start 100'");
  expect(summarize(['pct', 'create', '950', 'local:vztmpl/x.tar.zst', '--password', 'hunter2'])).toBe(
    "'pct create 950 local:vztmpl/x.tar.zst --password ***'",
  );
  expect(summarize(['qm', 'set', '1', '--cipassword', 'p', '--name', 'a', '--x'])).toBe(
    "'qm set 1 --cipassword *** --name ...(2 more)'",
  );
  expect(summarize(['sh', '-c', 'echo "$(id)"'])).toBe(`'sh -c "echo \\"$(id)\\""'`);
});
