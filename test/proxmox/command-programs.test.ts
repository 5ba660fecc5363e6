/**
 * The program registry (src/proxmox/commands/programs.ts) against what the builders emit: every
 * built command runs a registered program, every registered program is used, the `mutates` flags
 * agree with the commands' read-only flags, and the sudoers allow-list has one rule per registered
 * program (read-only ones too: reading /etc/pve and the live state needs root), at its registered
 * path, allowing every built command.
 */
import { ro } from '../../src/proxmox/commands/command.js';
import {
  HOST_PROGRAMS,
  HOST_SETUP_PROGRAMS,
  matchHostProgram,
  type HostProgram,
} from '../../src/proxmox/commands/programs.js';
import type { HostCommand } from '../../src/proxmox/commands.js';
import { aliasName, sudoersAllows, sudoersRules } from '../../src/proxmox/sudoers.js';
import { COMMAND_SAMPLES } from '../helpers/command-samples.js';

const samples = Object.entries(COMMAND_SAMPLES).flatMap(([builder, cmds]) =>
  cmds.map((cmd) => ({ builder, cmd })),
);
const byName = new Map(HOST_PROGRAMS.map((p) => [p.name, p]));
const wraps = (p: HostProgram): boolean => (p.forms ?? []).some((f) => f.includes('<command...>'));

/** The program that does the work: wrappers (`flock`, `env`, `timeout`) are looked through. */
function innermost(argv: readonly string[]): { program: HostProgram; argv: readonly string[] } {
  const program = byName.get(argv[0]!);
  if (!program) throw new Error(`unregistered program in ${argv.join(' ')}`);
  if (!wraps(program)) return { program, argv };
  const at = argv.findIndex(
    (a, i) => i > 0 && byName.has(a) && matchHostProgram(argv.slice(i)) !== undefined,
  );
  return innermost(argv.slice(at));
}

describe('every built command runs a registered program', () => {
  test('argv[0] of every sample is a registry name, and the whole argv matches its entry', () => {
    expect(samples.filter(({ cmd }) => !byName.has(cmd.argv[0]!)).map(({ builder }) => builder)).toEqual([]);
    expect(
      samples
        .filter(({ cmd }) => matchHostProgram(cmd.argv) === undefined)
        .map(({ cmd }) => cmd.argv.join(' ')),
    ).toEqual([]);
  });

  test('a builder cannot name an unregistered program (a type error), nor would it match', () => {
    // @ts-expect-error 'rm' is not a registered program
    const cmd: HostCommand = ro('rm', '-rf', '/');
    expect(matchHostProgram(cmd.argv)).toBeUndefined();
  });

  test('every registered program is used by a builder (timeout: withTimeout, which the host runner applies)', () => {
    const used = new Set(samples.flatMap(({ cmd }) => [cmd.argv[0]!, innermost(cmd.argv).program.name]));
    expect(HOST_PROGRAMS.map((p) => p.name).filter((n) => !used.has(n))).toEqual([]);
  });

  test('the setup-hypervisor programs are a part of the registry', () => {
    expect(HOST_SETUP_PROGRAMS.every((p) => HOST_PROGRAMS.includes(p))).toBe(true);
    expect(HOST_SETUP_PROGRAMS.map((p) => p.name)).toEqual(expect.arrayContaining(['apt-get', 'systemctl']));
  });
});

describe('mutates', () => {
  test('a command that changes the host runs a program that can (wrappers looked through)', () => {
    const wrong = samples
      .filter(({ cmd }) => !cmd.readOnly && !innermost(cmd.argv).program.mutates)
      .map(({ cmd }) => cmd.argv.join(' '));
    expect(wrong).toEqual([]);
  });

  test('a program marked as mutating has a changing command (else it should not be marked)', () => {
    const changing = new Set(
      samples.filter(({ cmd }) => !cmd.readOnly).map(({ cmd }) => innermost(cmd.argv).program),
    );
    expect(HOST_PROGRAMS.filter((p) => p.mutates && !changing.has(p)).map((p) => p.name)).toEqual([]);
    for (const name of ['grep', 'cat', 'lsmod', 'getent', 'dpkg-query'])
      expect(byName.get(name)?.mutates).toBe(false);
  });

  test('wrappers do not mutate by themselves; the Proxmox VE CLIs and file writers do', () => {
    expect(HOST_PROGRAMS.filter(wraps).map((p) => [p.name, p.mutates])).toEqual([
      ['flock', false],
      ['timeout', false],
      ['env', false],
    ]);
    for (const name of ['pct', 'qm', 'pvesh', 'pvesm', 'pveam', 'pveum', 'zfs', 'zpool', 'tee'])
      expect(byName.get(name)?.mutates).toBe(true);
  });
});

describe('the sudoers allow-list is generated from the registry', () => {
  const rules = sudoersRules();

  test('one rule per registered program, in registry order, at its registered path', () => {
    expect(rules.map((r) => r.program)).toEqual(HOST_PROGRAMS.map((p) => p.name));
    expect(rules.map((r) => r.alias)).toEqual(HOST_PROGRAMS.map((p) => aliasName(p.name)));
    for (const r of rules) {
      const path = byName.get(r.program)!.path;
      expect(r.commands.length).toBeGreaterThan(0);
      for (const c of r.commands) expect(c.startsWith(`${path} `)).toBe(true);
    }
  });

  test('every built command is allowed; other programs and subcommands are not', () => {
    expect(
      samples.filter(({ cmd }) => !sudoersAllows(rules, cmd.argv)).map(({ cmd }) => cmd.argv.join(' ')),
    ).toEqual([]);
    expect(sudoersAllows(rules, ['rm', '-rf', '/'])).toBe(false);
    expect(sudoersAllows(rules, ['pct', 'enter', '100'])).toBe(false);
    expect(sudoersAllows(rules, ['flock', '-w', '5', '/run/lock/x', 'bash', '-c', 'id'])).toBe(false);
  });
});
