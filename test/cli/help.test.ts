/**
 * `phoenix help [COMMAND]` and `phoenix COMMAND --help` / `-h`: exit 0, every declared option
 * with its line, examples; every registered command is declared; an unknown option is a usage
 * error (exit 2) naming the command's help; golden files for the overview and plan's help
 * (`UPDATE_GOLDEN=1` rewrites them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../../src/cli/args.js';
import { GLOBAL_OPTIONS, optionLabel, type CommandSpec } from '../../src/cli/command-spec.js';
import { COMMAND_SPECS } from '../../src/cli/command-specs.js';
import { listCommands } from '../../src/cli/command-table.js';
import { main, type CliIO } from '../../src/cli/main.js';
import { registerExtraCommands } from '../../src/cli/registry.js';
import { REPO_ROOT } from '../helpers/shared.js';

registerExtraCommands();

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const r = { code: 0, out: '', err: '' };
  const io: CliIO = {
    stdout: (t) => void (r.out += t),
    stderr: (t) => void (r.err += t),
    isTTY: false,
    env: {},
    cwd: process.cwd(),
  };
  r.code = await main(argv, io);
  return r;
}

function golden(name: string, actual: string): void {
  const file = join(REPO_ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const specs: CommandSpec[] = Object.values(COMMAND_SPECS).flatMap((s: CommandSpec) => [
  s,
  ...(s.subcommands ?? []),
]);

describe('phoenix help', () => {
  test('lists every registered command, each declared with options help and examples', async () => {
    const r = await cli('help');
    expect(r.code).toBe(0);
    const entries = listCommands();
    expect(entries.filter((e) => e.undeclared).map((e) => e.spec.name)).toEqual([]);
    expect(entries.map((e) => e.spec.name).sort()).toEqual(Object.keys(COMMAND_SPECS).sort());
    for (const e of entries) expect(r.out).toContain(`  phoenix ${e.spec.name} `);
    // test/proxmox/ssh-dist and test/github find the commands of a bundle by these words.
    for (const w of ['phoenix gh ', 'phoenix ssh-exec ', 'phoenix state ', 'phoenix sim '])
      expect(r.out).toContain(w);
    for (const s of specs) {
      expect(s.examples.length).toBeGreaterThan(0);
      for (const [name, o] of Object.entries(s.options)) {
        expect(`${s.name} --${name}: ${o.help}`).toMatch(/: \S/);
        expect(o.help).not.toContain('\n');
      }
    }
    golden('help-overview.txt', r.out);
  });

  test.each(specs.map((s) => [s.name, s] as const))(
    '%s: help, --help and -h agree, exit 0, and show every option and an example',
    async (name, spec) => {
      const words = name.split(' ');
      const viaHelp = await cli('help', ...words);
      const viaFlag = await cli(...words, '--help');
      const viaShort = await cli(...words, '-h');
      for (const r of [viaHelp, viaFlag, viaShort]) {
        expect(r).toMatchObject({ code: 0, err: '' });
        expect(r.out).toBe(viaHelp.out);
      }
      expect(viaHelp.out).toContain(`phoenix ${name} ${spec.usage}`);
      for (const [opt, o] of Object.entries({ ...spec.options, ...GLOBAL_OPTIONS }))
        expect(viaHelp.out).toContain(optionLabel(opt, o));
      expect(viaHelp.out).toContain(spec.examples[0]!.command);
    },
  );

  test("plan's help (golden)", async () => {
    golden('help-plan.txt', (await cli('plan', '--help')).out);
  });

  test("init's and sim init's help (golden)", async () => {
    golden('help-init.txt', (await cli('init', '--help')).out);
    golden('help-sim-init.txt', (await cli('sim', 'init', '--help')).out);
  });

  test("adopt's help (golden)", async () => {
    golden('help-adopt.txt', (await cli('adopt', '--help')).out);
  });

  test('--help after -- is an argument, not a request for help', async () => {
    const r = await cli('ssh-exec', '--target', 'local', '--', 'ls', '--help');
    expect(r.code).toBe(2);
    expect(r.err).toContain('ssh://');
  });

  test('an unknown option exits 2 naming the command and its help', async () => {
    const r = await cli('plan', '--bogus');
    expect(r.code).toBe(2);
    expect(r.err).toContain("phoenix plan: Unknown option '--bogus'");
    expect(r.err).toContain("Run 'phoenix plan --help' for its options.");
    expect(r.err).not.toContain('phoenix plan: phoenix plan');
    const sub = await cli('sim', 'init', '--bogus');
    expect(sub.code).toBe(2);
    expect(sub.err).toContain("Run 'phoenix sim init --help' for its options.");
  });

  test('an unknown command or help topic exits 2 with the overview', async () => {
    expect(await cli('help', 'nope')).toMatchObject({
      code: 2,
      err: expect.stringContaining("unknown command 'nope'"),
    });
    expect(await cli('nope')).toMatchObject({ code: 2, err: expect.stringContaining('Commands:') });
  });

  test('the parser refuses an option a command parses without declaring it', () => {
    // (`--yes` is declared since rollback asks for confirmation; `--purge` is not an option of it.)
    expect(() => parseCommandArgs('rollback', ['950'], { purge: { type: 'boolean' } }, true)).toThrow(
      /option --purge is parsed but not declared/,
    );
    // Declared options parse, with their defaults, and the global ones are accepted everywhere.
    const { values, positionals } = parseCommandArgs('rollback', ['950', '--no-color']);
    expect(positionals).toEqual(['950']);
    expect(values).toMatchObject({
      'lock-timeout': '600',
      'delete-newer': false,
      yes: false,
      'no-color': true,
    });
  });
});
