/**
 * `phoenix init [DIR] [--repo OWNER/NAME] [--force]`: a starter repository in DIR (default: the
 * current folder). `phoenix init --scripts [--config-dir DIR]`: a stub for every feature,
 * application and test script the config names that does not exist. Neither replaces an
 * existing file unless --force; both print what they wrote.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigDir } from '../../config/load.js';
import { inventoryScripts } from '../../config/script-inventory.js';
import { missingScripts, stubText } from '../../config/script-stubs.js';
import { resolveDesiredState } from '../../model/resolve.js';
import { UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import { STARTER_WORKFLOWS, starterFiles, type StarterFile } from '../init/starter-repo.js';
import type { CliIO } from '../io.js';

/** The Phoenix checkout or package this command runs from (it holds .github/workflows/). */
function phoenixRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (
      existsSync(join(dir, '.github', 'workflows', 'validate.yml')) &&
      existsSync(join(dir, 'package.json'))
    )
      return dir;
    const up = dirname(dir);
    if (up === dir)
      throw new UserError(
        "phoenix init: cannot find this release's .github/workflows (run phoenix from its repository or package)",
        1,
      );
    dir = up;
  }
}

/** Writes `files` under `root`; refuses before writing anything when one exists (unless force). */
function writeAll(io: CliIO, root: string, files: readonly StarterFile[], force: boolean): void {
  const existing = files.filter((f) => existsSync(join(root, f.path)));
  if (existing.length > 0 && !force)
    throw new UserError(
      `phoenix init: ${existing.length} file(s) exist already, nothing written (use --force to replace them):\n` +
        existing.map((f) => `  ${join(root, f.path)}\n`).join(''),
      1,
    );
  for (const f of files) {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
    if (f.executable) chmodSync(path, 0o755);
    const shown = relative(io.cwd, path);
    io.stdout(`${existing.includes(f) ? 'replaced' : 'wrote'} ${shown.startsWith('..') ? path : shown}\n`);
  }
}

async function initScripts(io: CliIO, configDir: string, force: boolean): Promise<number> {
  if (!existsSync(configDir)) throw new UserError(`phoenix init --scripts: ${configDir} does not exist`, 2);
  const [loaded, inventory] = await Promise.all([loadConfigDir(configDir), inventoryScripts(configDir)]);
  const hypervisor = loaded.sources.hypervisor?.value;
  const desired = resolveDesiredState({
    lxc: loaded.sources.lxc?.value,
    vm: loaded.sources.vm?.value,
    hypervisor,
  });
  const stubs = missingScripts(desired.guests, hypervisor, inventory);
  if (stubs.length === 0) {
    io.stdout(`every script the config in ${configDir} names exists; nothing to write\n`);
    return 0;
  }
  writeAll(
    io,
    configDir,
    stubs.map((s) => ({ path: s.path, text: stubText(s), executable: true })),
    force,
  );
  io.stdout(`${stubs.length} stub(s) written; replace each with the real work\n`);
  return 0;
}

export async function runInit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('init', argv);
  if (positionals.length > 1)
    throw new UserError(`phoenix init takes one DIR, got ${positionals.join(' ')}`, 2);
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const force = values.force === true;
  if (values.scripts === true) {
    const configDir = stringOpt(values, 'config-dir');
    return initScripts(io, configDir ? resolve(io.cwd, configDir) : join(dir, 'config'), force);
  }
  const repo = stringOpt(values, 'repo')!;
  if (!/^(?:[A-Za-z0-9_.-]+|<owner>)\/[A-Za-z0-9_.-]+$/.test(repo))
    throw new UserError(`--repo must look like OWNER/NAME, got '${repo}'`, 2);
  const root = phoenixRoot();
  const read = (p: string) => readFileSync(join(root, p), 'utf8');
  const version = (JSON.parse(read('package.json')) as { version: string }).version;
  const files = starterFiles({
    workflows: Object.fromEntries(STARTER_WORKFLOWS.map((w) => [w, read(`.github/workflows/${w}`)])),
    actionlintConfig: read('.github/actionlint.yaml'),
    repo,
    version,
  });
  writeAll(io, dir, files, force);
  io.stdout(
    `\nA starter repository for Phoenix v${version} in ${dir}. Next:\n` +
      `  edit config/phoenix_hypervisor_config.json: the disks, vmbr0's address, the guests' IPs\n` +
      `  phoenix validate --config-dir ${join(dir, 'config')}\n` +
      `  phoenix sim init --state host.json --from-config ${join(dir, 'config')}   (rehearse on the simulator)\n` +
      (repo.startsWith('<owner>/')
        ? `  the workflows use ${repo}: give --repo OWNER/NAME (the Phoenix repository you use) or edit their uses: lines\n`
        : ''),
  );
  return 0;
}
