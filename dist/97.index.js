export const id = 97;
export const ids = [97];
export const modules = {

/***/ 65859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSudoers: () => (/* binding */ runSudoers)
});

// EXTERNAL MODULE: ./src/proxmox/commands/programs.ts
var commands_programs = __webpack_require__(83741);
;// CONCATENATED MODULE: ./src/proxmox/sudoers.ts
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

const SUDOERS_MIN_VERSION = '1.9.10';
const USER_NAME = /^[a-z_][a-z0-9_-]*[$]?$/;
/** A literal word as a POSIX extended regex without backslashes. */
function regexLiteral(word) {
    let out = '';
    for (const ch of word) {
        if (ch === '\\' || ch === '^' || ch === '#' || ch === '"' || /[\r\n\t]/.test(ch))
            throw new Error(`cannot express ${JSON.stringify(word)} in a sudoers rule (character ${JSON.stringify(ch)})`);
        // A lone `]` is an ordinary character (in POSIX ERE and in JavaScript alike).
        out += '.[()*+?{}|$'.includes(ch) ? `[${ch}]` : ch;
    }
    return out;
}
/** sudoers' own escapes inside a command's arguments. */
function sudoersEscape(text) {
    return text.replace(/[,:=]/g, (c) => `\\${c}`);
}
const isNesting = (p) => (p.forms ?? []).some((f) => f.includes('<command...>'));
/** One registry entry per program path, subcommands and forms merged (and kept in order). */
function merged(programs) {
    const byKey = new Map();
    for (const p of programs) {
        const key = `${p.name}\0${p.path}`;
        let m = byKey.get(key);
        if (!m)
            byKey.set(key, (m = { name: p.name, path: p.path, subcommands: [], forms: [] }));
        for (const s of p.subcommands)
            if (!m.subcommands.includes(s))
                m.subcommands.push(s);
        for (const f of p.forms ?? [])
            if (!m.forms.some((g) => g.join('\0') === f.join('\0')))
                m.forms.push([...f]);
    }
    return [...byKey.values()];
}
/**
 * sudo refuses (silently: the rule just never matches) a regular expression longer than this
 * many characters, as written in the sudoers file (sudo 1.9.13, measured with `sudo -l`).
 */
const SUDO_REGEX_MAX = 1024;
/** The anchored regex as it goes into the file. */
const written = (args) => sudoersEscape(`^${args}$`);
/**
 * Argument patterns of one program (without anchors); '' means "no arguments". A form that wraps
 * `<command...>` becomes several patterns, each with as many of the `inner` alternatives as fit
 * in SUDO_REGEX_MAX.
 */
function argPatterns(p, inner) {
    const out = [];
    if (p.subcommands.length > 0) {
        const subs = p.subcommands.map((s) => s.split(' ').map(regexLiteral).join(' '));
        out.push(`(${subs.join('|')})( .*)?`);
    }
    const token = (tok) => tok === '...' ? '.+' : /^<[^>]+>$/.test(tok) ? '[^ ]+' : regexLiteral(tok);
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
        const wrap = (alts) => [before, `(${alts.join('|')})`, after].filter((x) => x !== '').join(' ');
        let chunk = [];
        for (const alt of inner()) {
            if (chunk.length > 0 && written(wrap([...chunk, alt])).length > SUDO_REGEX_MAX) {
                out.push(wrap(chunk));
                chunk = [];
            }
            chunk.push(alt);
        }
        if (chunk.length > 0)
            out.push(wrap(chunk));
    }
    for (const a of out)
        if (written(a).length > SUDO_REGEX_MAX)
            throw new Error(`${p.name}: the sudoers rule ${written(a)} is longer than sudo accepts (${SUDO_REGEX_MAX})`);
    return out;
}
function programPath(p, prefix) {
    if (!p.path.startsWith('/') || /[\s,:=\\#"]/.test(p.path))
        throw new Error(`program ${p.name}: path ${JSON.stringify(p.path)} cannot go into a sudoers rule`);
    return `${prefix ?? ''}${p.path}`;
}
/** `PHOENIX_DPKG_QUERY` for `dpkg-query`. */
function aliasName(program) {
    return `PHOENIX_${program.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
/** The rules, one alias per program, in registry order. */
function sudoersRules(options = {}) {
    const programs = merged(options.programs ?? commands_programs/* HOST_PROGRAMS */.PD);
    const prefix = options.pathPrefix;
    // What a wrapped `<command...>` may be: every program that does not itself wrap one, by the
    // bare name Phoenix uses (the wrapper finds it on sudo's secure_path).
    let innerCache;
    const inner = () => {
        innerCache ??= programs
            .filter((p) => !isNesting(p))
            .flatMap((p) => argPatterns(p, () => {
            throw new Error(`${p.name}: nested <command...> forms are not supported`);
        }).map((a) => (a === '' ? regexLiteral(p.name) : `${regexLiteral(p.name)} ${a}`)));
        return innerCache;
    };
    const aliases = new Set();
    return programs.map((p) => {
        let alias = aliasName(p.name);
        while (aliases.has(alias))
            alias += '_';
        aliases.add(alias);
        const path = programPath(p, prefix);
        const commands = argPatterns(p, inner).map((a) => (a === '' ? `${path} ""` : `${path} ${written(a)}`));
        return { alias, program: p.name, commands };
    });
}
/** sudoers' escapes undone: the regex sudo compiles. */
const sudoers_unescape = (text) => text.replace(/\\([,:=\\])/g, '$1');
/**
 * Whether `argv` (as Phoenix passes it to `sudo -n --`) is allowed by `rules`, matched the way
 * sudo does: the program by its path or (found on secure_path) its bare name, the arguments joined
 * by single spaces against the anchored regex, `""` meaning no arguments. JavaScript's regex
 * engine agrees with POSIX ERE on the subset the rules use (groups, alternation, bracket
 * expressions, `+`, `*`, `?`).
 */
function sudoersAllows(rules, argv) {
    const args = argv.slice(1).join(' ');
    for (const r of rules) {
        for (const cmd of r.commands) {
            const space = cmd.indexOf(' ');
            const path = cmd.slice(0, space);
            if (argv[0] !== path && argv[0] !== path.slice(path.lastIndexOf('/') + 1))
                continue;
            const pattern = cmd.slice(space + 1);
            if (pattern === '""' ? args === '' && argv.length === 1 : new RegExp(sudoers_unescape(pattern), 's').test(args))
                return true;
        }
    }
    return false;
}
/** The whole sudoers file (for /etc/sudoers.d/phoenix). */
function renderSudoers(options) {
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
    const groups = [];
    for (let i = 0; i < names.length; i += 4)
        groups.push(names.slice(i, i + 4).join(', '));
    lines.push(`Cmnd_Alias PHOENIX = ${groups.join(', \\\n    ')}`);
    lines.push('');
    lines.push(`${options.user} ALL=(root) NOPASSWD: PHOENIX`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/commands/sudoers.ts
/**
 * `phoenix sudoers [--user NAME]`: prints the sudoers allow-list for a self-hosted runner that
 * runs Phoenix as its own user with the `local+sudo` target (docs/runner-setup.md). The same text
 * as the block in the doc, generated from the registry of host programs of this version.
 */



async function runSudoers(argv, io) {
    const { values } = (0,args/* parseCommandArgs */.Qx)('sudoers', argv);
    const user = (0,args/* stringOpt */.rJ)(values, 'user');
    let text;
    try {
        text = renderSudoers({ user });
    }
    catch (err) {
        throw new errors/* UserError */.y(err.message, 2);
    }
    io.stdout(text);
    return 0;
}


/***/ }),

/***/ 83741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PD: () => (/* binding */ HOST_PROGRAMS)
/* harmony export */ });
/* unused harmony exports HOST_SETUP_PROGRAMS, matchHostProgram */
/**
 * The registry of every program a command builder may run on a host: its name, where Proxmox VE
 * 8/9 (Debian) installs it, whether it can change the host, and the subcommands or argument shapes
 * Phoenix uses. Builders name their program through `ProgramName` (see `command.ts`), so a builder
 * cannot run an unregistered one; the sudoers allow-list (`../sudoers.ts`) is generated from this
 * table, in this order.
 */
/** The Proxmox VE CLIs, ZFS, and the file and wrapper programs every command may use. */
const CORE_PROGRAMS = [
    {
        name: 'pct',
        path: '/usr/sbin/pct',
        mutates: true,
        subcommands: [
            'clone',
            'config',
            'create',
            'delsnapshot',
            'destroy',
            'exec',
            'listsnapshot',
            'migrate',
            'move-volume',
            'push',
            'resize',
            'rollback',
            'set',
            'shutdown',
            'snapshot',
            'start',
            'status',
            'stop',
            'template',
            'unlock',
        ],
    },
    {
        name: 'qm',
        path: '/usr/sbin/qm',
        mutates: true,
        subcommands: [
            'clone',
            'cloudinit update',
            'config',
            'create',
            'delsnapshot',
            'destroy',
            'disk import',
            'disk move',
            'guest cmd',
            'guest exec',
            'listsnapshot',
            'migrate',
            'resize',
            'rollback',
            'set',
            'shutdown',
            'snapshot',
            'start',
            'status',
            'stop',
            'template',
            'unlock',
        ],
    },
    // Backups before a step that deletes a volume's data (commands/vzdump.ts).
    { name: 'vzdump', path: '/usr/bin/vzdump', mutates: true, subcommands: [], forms: [['<vmid>', '...']] },
    { name: 'pvesh', path: '/usr/bin/pvesh', mutates: true, subcommands: ['get', 'create', 'set'] },
    { name: 'pvesm', path: '/usr/sbin/pvesm', mutates: true, subcommands: ['add', 'set', 'status'] },
    {
        name: 'pveam',
        path: '/usr/bin/pveam',
        mutates: true,
        subcommands: ['available', 'download', 'list', 'update'],
    },
    {
        name: 'pveum',
        path: '/usr/sbin/pveum',
        mutates: true,
        subcommands: [
            'acl list',
            'acl modify',
            'group add',
            'group list',
            'user add',
            'user list',
            'user modify',
            'user token add',
            'user token list',
        ],
    },
    { name: 'zfs', path: '/usr/sbin/zfs', mutates: true, subcommands: ['create', 'get', 'list', 'set'] },
    { name: 'zpool', path: '/usr/sbin/zpool', mutates: true, subcommands: ['create', 'list', 'status'] },
    {
        name: 'grep',
        path: '/usr/bin/grep',
        mutates: false,
        subcommands: [],
        forms: [
            ['-H', '', '--', '...'],
            ['-r', '-H', '', '--', '...'],
        ],
    },
    { name: 'cat', path: '/usr/bin/cat', mutates: false, subcommands: [], forms: [['--', '<file>']] },
    {
        name: 'find',
        path: '/usr/bin/find',
        mutates: false,
        subcommands: [],
        forms: [['/dev', '/etc/apparmor.d/lxc', '-mindepth', '1', '-maxdepth', '1']],
    },
    {
        name: 'tee',
        path: '/usr/bin/tee',
        mutates: true,
        subcommands: [],
        forms: [
            ['--', '<file>'],
            ['-a', '--', '<file>'],
        ],
    },
    {
        name: 'flock',
        path: '/usr/bin/flock',
        mutates: false,
        subcommands: [],
        forms: [['-w', '<seconds>', '<lockfile>', '<command...>']],
    },
    // A command for another cluster node (hop.ts): the inner command travels as one quoted string,
    // so the allow-list cannot see it; a runner allowed this may run anything as root on the other
    // nodes, as root of one node already can through the cluster's own SSH keys. The quoted inner
    // command holds spaces, so its form is `...` (the sudoers rule must not stop at one word).
    {
        name: 'ssh',
        path: '/usr/bin/ssh',
        mutates: true,
        subcommands: [],
        forms: [['-e', 'none', '-o', 'BatchMode=yes', '-o', '<x>', '<x>', '--', '...']],
    },
    // Every timed command runs under coreutils `timeout` (files.ts `withTimeout`), so the host reaps it.
    {
        name: 'timeout',
        path: '/usr/bin/timeout',
        mutates: false,
        subcommands: [],
        forms: [['--kill-after=10s', '<duration>', '<command...>']],
    },
];
/** Debian and system tools only setup-hypervisor runs (builders in system.ts, users.ts, files.ts). */
const SETUP_PROGRAMS = [
    {
        name: 'dpkg-query',
        path: '/usr/bin/dpkg-query',
        mutates: false,
        subcommands: [],
        forms: [['--show', '<format>', '...']],
    },
    {
        name: 'env',
        path: '/usr/bin/env',
        mutates: false,
        subcommands: [],
        forms: [['DEBIAN_FRONTEND=noninteractive', '<command...>']],
    },
    { name: 'apt-get', path: '/usr/bin/apt-get', mutates: true, subcommands: ['install', 'update'] },
    {
        name: 'timedatectl',
        path: '/usr/bin/timedatectl',
        mutates: true,
        subcommands: ['set-ntp', 'set-timezone', 'show'],
    },
    { name: 'chronyc', path: '/usr/bin/chronyc', mutates: true, subcommands: ['reload sources'] },
    { name: 'ifreload', path: '/usr/sbin/ifreload', mutates: true, subcommands: [], forms: [['-a']] },
    {
        name: 'systemctl',
        path: '/usr/bin/systemctl',
        mutates: true,
        subcommands: ['enable', 'is-active', 'is-enabled', 'reload', 'restart'],
    },
    { name: 'lsmod', path: '/usr/sbin/lsmod', mutates: false, subcommands: [], forms: [[]] },
    { name: 'modprobe', path: '/usr/sbin/modprobe', mutates: true, subcommands: [], forms: [['<module>']] },
    {
        name: 'update-initramfs',
        path: '/usr/sbin/update-initramfs',
        mutates: true,
        subcommands: [],
        forms: [['-u', '-k', 'all']],
    },
    { name: 'proxmox-boot-tool', path: '/usr/sbin/proxmox-boot-tool', mutates: true, subcommands: ['refresh'] },
    { name: 'update-grub', path: '/usr/sbin/update-grub', mutates: true, subcommands: [], forms: [[]] },
    {
        name: 'mkdir',
        path: '/usr/bin/mkdir',
        mutates: true,
        subcommands: [],
        forms: [
            ['-p', '--', '<dir>'],
            ['-m', '<mode>', '--', '<dir>'],
        ],
    },
    // The cluster-wide apply lock prunes the generation folders it no longer needs (host/cluster-lock.ts).
    { name: 'rmdir', path: '/usr/bin/rmdir', mutates: true, subcommands: [], forms: [['--', '<dir>']] },
    {
        name: 'lsblk',
        path: '/usr/bin/lsblk',
        mutates: false,
        subcommands: [],
        forms: [['--json', '--bytes', '--output', '<columns>', '--', '<disk>']],
    },
    {
        name: 'wipefs',
        path: '/usr/sbin/wipefs',
        mutates: true,
        subcommands: [],
        forms: [['--all', '--', '<device>']],
    },
    { name: 'getent', path: '/usr/bin/getent', mutates: false, subcommands: ['passwd', 'shadow'] },
    { name: 'id', path: '/usr/bin/id', mutates: false, subcommands: [], forms: [['-nG', '--', '<user>']] },
    { name: 'useradd', path: '/usr/sbin/useradd', mutates: true, subcommands: [], forms: [['...']] },
    {
        name: 'usermod',
        path: '/usr/sbin/usermod',
        mutates: true,
        subcommands: [],
        forms: [['--append', '--groups', '<groups>', '--', '<user>']],
    },
    { name: 'chpasswd', path: '/usr/sbin/chpasswd', mutates: true, subcommands: [], forms: [['--encrypted']] },
    {
        name: 'install',
        path: '/usr/bin/install',
        mutates: true,
        subcommands: [],
        forms: [['-d', '-m', '<mode>', '-o', '<user>', '-g', '<group>', '--', '<dir>']],
    },
    {
        name: 'chown',
        path: '/usr/bin/chown',
        mutates: true,
        subcommands: [],
        forms: [['<owner>', '--', '<file>']],
    },
    {
        name: 'chmod',
        path: '/usr/bin/chmod',
        mutates: true,
        subcommands: [],
        forms: [['<mode>', '--', '<file>']],
    },
    { name: 'exportfs', path: '/usr/sbin/exportfs', mutates: true, subcommands: [], forms: [['-ra']] },
    {
        name: 'pdbedit',
        path: '/usr/bin/pdbedit',
        mutates: false,
        subcommands: [],
        forms: [['-L', '-u', '<user>']],
    },
    {
        name: 'smbpasswd',
        path: '/usr/bin/smbpasswd',
        mutates: true,
        subcommands: [],
        forms: [['-a', '-s', '<user>']],
    },
    { name: 'testparm', path: '/usr/bin/testparm', mutates: false, subcommands: [], forms: [['-s']] },
    { name: 'pve-firewall', path: '/usr/sbin/pve-firewall', mutates: false, subcommands: ['compile'] },
    {
        name: 'apparmor_parser',
        path: '/usr/sbin/apparmor_parser',
        mutates: true,
        subcommands: [],
        forms: [
            ['--skip-kernel-load', '--skip-cache'],
            ['--replace', '--write-cache', '<file>'],
        ],
    },
    {
        name: 'nvidia-modprobe',
        path: '/usr/bin/nvidia-modprobe',
        mutates: true,
        subcommands: [],
        forms: [['-c0', '-u']],
    },
    {
        name: 'nvidia-smi',
        path: '/usr/bin/nvidia-smi',
        mutates: false,
        subcommands: [],
        forms: [['--query-gpu=driver_version', '--format=csv,noheader']],
    },
    {
        name: 'modinfo',
        path: '/usr/sbin/modinfo',
        mutates: false,
        subcommands: [],
        forms: [['-F', 'version', '<module>']],
    },
    {
        name: 'curl',
        path: '/usr/bin/curl',
        mutates: true,
        subcommands: [],
        forms: [['-fsSL', '--retry', '3', '-o', '<file>', '<url>']],
    },
    {
        name: 'sh',
        path: '/usr/bin/sh',
        mutates: true,
        subcommands: [],
        forms: [['<runfile>', '--silent', '--dkms', '--no-questions', '--ui=none']],
    },
];
/** Every registered program, in sudoers order. */
const HOST_PROGRAMS = [...CORE_PROGRAMS, ...SETUP_PROGRAMS];
/** The programs only setup-hypervisor runs (Debian and system tools without a Proxmox VE API schema). */
const HOST_SETUP_PROGRAMS = (/* unused pure expression or super */ null && (SETUP_PROGRAMS));
/** The registry entry and subcommand an argv belongs to, or undefined when Phoenix never emits it. */
function matchHostProgram(argv) {
    const program = HOST_PROGRAMS.find((p) => p.name === argv[0]);
    if (!program)
        return undefined;
    const rest = argv.slice(1);
    if (program.subcommands.length > 0) {
        const sub = [...program.subcommands]
            .sort((a, b) => b.split(' ').length - a.split(' ').length)
            .find((s) => s.split(' ').every((w, i) => rest[i] === w));
        return sub === undefined ? undefined : { program, subcommand: sub };
    }
    const open = (tok) => tok === '...' || tok === '<command...>';
    const fits = (form) => form.every((tok, i) => {
        if (tok === '<command...>')
            return matchHostProgram(rest.slice(i)) !== undefined;
        if (i >= rest.length)
            return false;
        return tok === '...' || /^<.+>$/.test(tok) || rest[i] === tok;
    }) &&
        (open(form[form.length - 1]) || rest.length === form.length);
    return (program.forms ?? []).some(fits) ? { program } : undefined;
}


/***/ })

};
