/**
 * The sudoers allow-list for a self-hosted runner that runs Phoenix as its own user and reaches
 * the host's tools through `sudo -n` (the `local+sudo` target, docs/runner-setup.md). Generated
 * from HOST_PROGRAMS, the registry of every program and subcommand Phoenix emits, so the list and
 * the code cannot drift apart (a test regenerates the block in the doc and compares).
 *
 * One Cmnd_Alias per program. Arguments are sudo regular expressions (`^...$`, sudo >= 1.9.10;
 * Proxmox VE 8 ships 1.9.13, VE 9 ships 1.9.16): a program with subcommands may run exactly those
 * subcommands with any further arguments; a program with argument forms may run exactly those
 * shapes, where `<x>` is one word and `...` one or more. `<command...>` (flock, timeout, env run
 * another command) becomes the alternation of every other registered program's pattern, so the
 * wrapped command is held to the same list. An empty form is sudo's `""`: no arguments at all.
 *
 * Sudo matches the arguments joined by single spaces; a regex cannot contain a backslash here
 * (sudoers would read it as its own escape), so literal metacharacters go in bracket expressions,
 * and the sudoers specials `,` `:` `=` get sudoers' backslash escape.
 */
import { HOST_PROGRAMS, type HostProgram } from './commands/programs.js';

export interface SudoersOptions {
  /** The runner's account (the user the sudo rules are for). */
  readonly user: string;
  /** Put every program path under this folder (tests check the rules against stub programs). */
  readonly pathPrefix?: string;
  /** Registry to render (default HOST_PROGRAMS). */
  readonly programs?: readonly HostProgram[];
}

export const SUDOERS_MIN_VERSION = '1.9.10';

/** What the rules are made of: a program's path and the argv shapes it is allowed. */
type RuleSource = Pick<HostProgram, 'name' | 'path' | 'subcommands' | 'forms'>;

const USER_NAME = /^[a-z_][a-z0-9_-]*[$]?$/;

/** A literal word as a POSIX extended regex without backslashes. */
export function regexLiteral(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch === '\\' || ch === '^' || ch === '#' || ch === '"' || /[\r\n\t]/.test(ch))
      throw new Error(
        `cannot express ${JSON.stringify(word)} in a sudoers rule (character ${JSON.stringify(ch)})`,
      );
    // A lone `]` is an ordinary character (in POSIX ERE and in JavaScript alike).
    out += '.[()*+?{}|$'.includes(ch) ? `[${ch}]` : ch;
  }
  return out;
}

/** sudoers' own escapes inside a command's arguments. */
function sudoersEscape(text: string): string {
  return text.replace(/[,:=]/g, (c) => `\\${c}`);
}

const isNesting = (p: RuleSource): boolean => (p.forms ?? []).some((f) => f.includes('<command...>'));

/** One registry entry per program path, subcommands and forms merged (and kept in order). */
function merged(programs: readonly RuleSource[]): RuleSource[] {
  const byKey = new Map<string, { name: string; path: string; subcommands: string[]; forms: string[][] }>();
  for (const p of programs) {
    const key = `${p.name}\0${p.path}`;
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = { name: p.name, path: p.path, subcommands: [], forms: [] }));
    for (const s of p.subcommands) if (!m.subcommands.includes(s)) m.subcommands.push(s);
    for (const f of p.forms ?? [])
      if (!m.forms.some((g) => g.join('\0') === f.join('\0'))) m.forms.push([...f]);
  }
  return [...byKey.values()];
}

/**
 * sudo refuses (silently: the rule just never matches) a regular expression longer than this
 * many characters, as written in the sudoers file (sudo 1.9.13, measured with `sudo -l`).
 */
export const SUDO_REGEX_MAX = 1024;

/** The anchored regex as it goes into the file. */
const written = (args: string): string => sudoersEscape(`^${args}$`);

/**
 * Argument patterns of one program (without anchors); '' means "no arguments". A form that wraps
 * `<command...>` becomes several patterns, each with as many of the `inner` alternatives as fit
 * in SUDO_REGEX_MAX.
 */
function argPatterns(p: RuleSource, inner: () => readonly string[]): string[] {
  const out: string[] = [];
  if (p.subcommands.length > 0) {
    const subs = p.subcommands.map((s) => s.split(' ').map(regexLiteral).join(' '));
    out.push(`(${subs.join('|')})( .*)?`);
  }
  const token = (tok: string): string =>
    tok === '...' ? '.+' : /^<[^>]+>$/.test(tok) ? '[^ ]+' : regexLiteral(tok);
  for (const form of p.forms ?? []) {
    const at = form.indexOf('<command...>');
    if (at < 0) {
      out.push(form.map(token).join(' '));
      continue;
    }
    const before = form.slice(0, at).map(token).join(' ');
    const after = form
      .slice(at + 1)
      .map(token)
      .join(' ');
    const wrap = (alts: readonly string[]): string =>
      [before, `(${alts.join('|')})`, after].filter((x) => x !== '').join(' ');
    let chunk: string[] = [];
    for (const alt of inner()) {
      if (chunk.length > 0 && written(wrap([...chunk, alt])).length > SUDO_REGEX_MAX) {
        out.push(wrap(chunk));
        chunk = [];
      }
      chunk.push(alt);
    }
    if (chunk.length > 0) out.push(wrap(chunk));
  }
  for (const a of out)
    if (written(a).length > SUDO_REGEX_MAX)
      throw new Error(
        `${p.name}: the sudoers rule ${written(a)} is longer than sudo accepts (${SUDO_REGEX_MAX})`,
      );
  return out;
}

function programPath(p: RuleSource, prefix: string | undefined): string {
  if (!p.path.startsWith('/') || /[\s,:=\\#"]/.test(p.path))
    throw new Error(`program ${p.name}: path ${JSON.stringify(p.path)} cannot go into a sudoers rule`);
  return `${prefix ?? ''}${p.path}`;
}

/** `PHOENIX_DPKG_QUERY` for `dpkg-query`. */
export function aliasName(program: string): string {
  return `PHOENIX_${program.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

export interface SudoersRule {
  readonly alias: string;
  readonly program: string;
  /** `PATH ^ARGS$` or `PATH ""`, escaped for sudoers. */
  readonly commands: readonly string[];
}

/** The rules, one alias per program, in registry order. */
export function sudoersRules(options: Omit<SudoersOptions, 'user'> = {}): SudoersRule[] {
  const programs = merged(options.programs ?? HOST_PROGRAMS);
  const prefix = options.pathPrefix;
  // What a wrapped `<command...>` may be: every program that does not itself wrap one, by the
  // bare name Phoenix uses (the wrapper finds it on sudo's secure_path).
  let innerCache: string[] | undefined;
  const inner = (): readonly string[] => {
    innerCache ??= programs
      .filter((p) => !isNesting(p))
      .flatMap((p) =>
        argPatterns(p, () => {
          throw new Error(`${p.name}: nested <command...> forms are not supported`);
        }).map((a) => (a === '' ? regexLiteral(p.name) : `${regexLiteral(p.name)} ${a}`)),
      );
    return innerCache;
  };
  const aliases = new Set<string>();
  return programs.map((p) => {
    let alias = aliasName(p.name);
    while (aliases.has(alias)) alias += '_';
    aliases.add(alias);
    const path = programPath(p, prefix);
    const commands = argPatterns(p, inner).map((a) => (a === '' ? `${path} ""` : `${path} ${written(a)}`));
    return { alias, program: p.name, commands };
  });
}

/** sudoers' escapes undone: the regex sudo compiles. */
const unescape = (text: string): string => text.replace(/\\([,:=\\])/g, '$1');

/**
 * Whether `argv` (as Phoenix passes it to `sudo -n --`) is allowed by `rules`, matched the way
 * sudo does: the program by its path or (found on secure_path) its bare name, the arguments joined
 * by single spaces against the anchored regex, `""` meaning no arguments. JavaScript's regex
 * engine agrees with POSIX ERE on the subset the rules use (groups, alternation, bracket
 * expressions, `+`, `*`, `?`).
 */
export function sudoersAllows(rules: readonly SudoersRule[], argv: readonly string[]): boolean {
  const args = argv.slice(1).join(' ');
  for (const r of rules) {
    for (const cmd of r.commands) {
      const space = cmd.indexOf(' ');
      const path = cmd.slice(0, space);
      if (argv[0] !== path && argv[0] !== path.slice(path.lastIndexOf('/') + 1)) continue;
      const pattern = cmd.slice(space + 1);
      if (pattern === '""' ? args === '' && argv.length === 1 : new RegExp(unescape(pattern), 's').test(args))
        return true;
    }
  }
  return false;
}

/** The whole sudoers file (for /etc/sudoers.d/phoenix). */
export function renderSudoers(options: SudoersOptions): string {
  if (!USER_NAME.test(options.user))
    throw new Error(`invalid user name ${JSON.stringify(options.user)} for a sudoers rule`);
  const rules = sudoersRules(options);
  const lines = [
    `# Phoenix: the commands the runner user '${options.user}' may run as root, as \`sudo -n\`.`,
    '# Generated from HOST_PROGRAMS (src/proxmox/commands/programs.ts) by `node scripts/gen-sudoers.mjs`',
    '# (or `phoenix sudoers --user NAME`); do not edit by hand. Needs sudo >= 1.9.10 (regular',
    '# expressions in arguments): Proxmox VE 8 ships 1.9.13, VE 9 ships 1.9.16.',
    '# Install: visudo -f /etc/sudoers.d/phoenix; check: visudo -c; sudo -l -U ' + options.user,
    '',
  ];
  for (const r of rules) {
    lines.push(`Cmnd_Alias ${r.alias} = ${r.commands.join(', \\\n    ')}`);
  }
  lines.push('');
  const names = rules.map((r) => r.alias);
  const groups: string[] = [];
  for (let i = 0; i < names.length; i += 4) groups.push(names.slice(i, i + 4).join(', '));
  lines.push(`Cmnd_Alias PHOENIX = ${groups.join(', \\\n    ')}`);
  lines.push('');
  lines.push(`${options.user} ALL=(root) NOPASSWD: PHOENIX`);
  return lines.join('\n') + '\n';
}
