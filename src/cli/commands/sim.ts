/**
 * `phoenix sim`: the embedded simulator's command line.
 *   sim init  --state FILE [--nodes a,b] [--shared-storage ID] [--pve-version V] [--from-config DIR] [--force]
 *                                       create a fresh state file (shaped like DIR's host), several
 *                                       nodes making one cluster
 *   sim node  --state FILE --name NODE [--online 0|1]                   show a node, take it down/up
 *   sim set   --state FILE [--latency P] [--faults JSON] [--agent-boot-ms N] [--exec-results JSON]
 *   sim shims --state FILE --out DIR [--entry FILE] [--node NAME]       write the command shims
 *   sim exec  --state FILE [--node NAME] -- PROG ARGS...                run one host command (shim entry)
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { PHOENIX_HOST_PATHS } from '../../sim-seed/phoenix-paths.js';
import { UserError } from '../../util/errors.js';
import { parseCommandArgs, stringOpt } from '../args.js';
import type { CliIO } from '../io.js';
import type { SimStorage } from '../../sim/index.js';

const USAGE =
  'usage: phoenix sim init|set|node|shims|exec --state FILE ...\n' +
  '  sim init  --state FILE [--nodes a,b] [--shared-storage ID] [--pve-version V] [--from-config DIR] [--force]\n' +
  '  sim node  --state FILE --name NODE [--online 0|1]\n' +
  '  sim set   --state FILE [--latency zero|realistic[:SCALE]] [--faults JSON] [--agent-boot-ms N] [--exec-results JSON]\n' +
  '  sim shims --state FILE --out DIR [--entry FILE] [--node NAME]\n' +
  '  sim exec  --state FILE [--node NAME] -- PROG ARGS...\n';

function requireState(values: Record<string, unknown>, cwd: string): string {
  const s = stringOpt(values, 'state');
  if (!s) throw new UserError(`--state FILE is required\n${USAGE}`, 2);
  return resolve(cwd, s);
}

function parseJsonOpt<T>(name: string, text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new UserError(`--${name} is not valid JSON: ${(err as Error).message}`, 2);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** `sim init --from-config DIR`: a bare host shaped like the one DIR describes. */
async function initFromConfig(
  io: CliIO,
  path: string,
  dir: string,
  nodes: string[] | undefined,
  pveVersion: string | undefined,
): Promise<number> {
  if (!existsSync(dir)) throw new UserError(`--from-config: ${dir} does not exist`, 2);
  const { hostStateFromConfig } = await import('../../sim-seed/host-from-config.js');
  const { SimStore } = await import('../../sim/index.js');
  const built = await hostStateFromConfig(dir, { nodes, pveVersion });
  for (const p of built.problems) io.stderr(`warning: ${p}\n`);
  await new SimStore(path).update((s) => {
    for (const k of Object.keys(s)) delete (s as unknown as Record<string, unknown>)[k];
    Object.assign(s, built.state);
  });
  const { shape } = built;
  const bridge = shape.address ? `vmbr0 ${shape.address}` : 'vmbr0 (installer address)';
  io.stdout(
    `created ${path}: a bare PVE ${built.state.pve.version} host, ${bridge}, ` +
      `${shape.disks.length} blank disk${shape.disks.length === 1 ? '' : 's'}, ${shape.gpus} GPU${shape.gpus === 1 ? '' : 's'}\n` +
      shape.disks.map((d) => `  disk ${d.path}\n`).join('') +
      `next: phoenix setup-hypervisor --config-dir ${dir} --target sim:${path}\n`,
  );
  return 0;
}

/** `--shared-storage ID[,ID]`: NFS storages every node mounts, for guests that may move. */
function sharedStorages(text: string | undefined): SimStorage[] {
  if (text === undefined) return [];
  return text.split(',').map((id) => {
    if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]$/i.test(id))
      throw new UserError(`--shared-storage: '${id}' is not a storage ID (letters, digits, - _ .)`, 2);
    if (id === 'local' || id === 'local-lvm')
      throw new UserError(`--shared-storage: '${id}' is a node-local storage of every node`, 2);
    return {
      id,
      type: 'nfs',
      content: ['images', 'rootdir', 'iso', 'vztmpl'],
      shared: true,
      options: { server: '192.168.1.5', export: `/srv/${id}`, path: `/mnt/pve/${id}` },
      totalBytes: 4 * 1024 ** 4,
    };
  });
}

/** `sim node --name NODE [--online 0|1]`: a node's state, or take it down or up. */
async function simNode(io: CliIO, rest: string[]): Promise<number> {
  const { values } = parseCommandArgs('sim node', rest);
  const path = requireState(values, io.cwd);
  const name = stringOpt(values, 'name');
  if (!name) throw new UserError(`--name NODE is required\n${USAGE}`, 2);
  const online = stringOpt(values, 'online');
  if (online !== undefined && online !== '0' && online !== '1')
    throw new UserError(`--online must be 0 or 1, got '${online}'`, 2);
  if (!existsSync(path)) throw new UserError(`${path} does not exist (make it with phoenix sim init)`, 2);
  const { SimStore, nodeAddress } = await import('../../sim/index.js');
  const store = new SimStore(path);
  const line = await store.update((s) => {
    const node = s.nodes[name];
    if (!node)
      throw new UserError(`no node '${name}' in ${path} (nodes: ${Object.keys(s.nodes).join(', ')})`, 2);
    if (online !== undefined) node.online = online === '1';
    return `${name} ${node.online ? 'online' : 'offline'} ${nodeAddress(s, name)}\n`;
  });
  await store.flush();
  io.stdout(line);
  return 0;
}

export async function runSim(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  const sim = await import('../../sim/index.js');
  if (sub === 'exec') {
    const sep = rest.indexOf('--');
    if (sep < 0 || sep === rest.length - 1)
      throw new UserError(`sim exec needs -- PROG ARGS...\n${USAGE}`, 2);
    const { values } = parseCommandArgs('sim exec', rest.slice(0, sep));
    const command = rest.slice(sep + 1);
    if (sim.runsOnRealHost(command, PHOENIX_HOST_PATHS)) return sim.execReal(command);
    const store = new sim.SimStore(requireState(values, io.cwd));
    const stdin = sim.needsStdin(command) ? await readStdin() : undefined;
    const r = await sim.runSimCommand(store, command, {
      stdin,
      env: io.env,
      node: stringOpt(values, 'node'),
      realFs: true,
      extraSimulatedPaths: PHOENIX_HOST_PATHS,
      onDrop: () => sim.dropConnection(io.env),
      runExternal: sim.captureReal,
    });
    io.stdout(r.stdout);
    io.stderr(r.stderr);
    return r.exitCode;
  }
  if (sub === 'shims') {
    const { values } = parseCommandArgs('sim shims', rest);
    const out = stringOpt(values, 'out');
    if (!out) throw new UserError(`--out DIR is required\n${USAGE}`, 2);
    const entry = stringOpt(values, 'entry') ?? process.argv[1];
    if (!entry || !existsSync(entry))
      throw new UserError(`cannot find the phoenix entry script (give --entry FILE)`, 2);
    const names = sim.writeShims({
      statePath: requireState(values, io.cwd),
      outDir: resolve(io.cwd, out),
      entry: resolve(io.cwd, entry),
      simNode: stringOpt(values, 'node'),
    });
    io.stdout(`wrote ${names.length} shims to ${resolve(io.cwd, out)}: ${names.join(' ')}\n`);
    return 0;
  }
  if (sub === 'init') {
    const { values } = parseCommandArgs('sim init', rest);
    const path = requireState(values, io.cwd);
    if (existsSync(path)) {
      if (!values.force) throw new UserError(`${path} exists (use --force to replace it)`, 2);
      rmSync(path);
    }
    const version = stringOpt(values, 'pve-version');
    if (version !== undefined && !/^[89]\.\d+(\.\d+)?$/.test(version))
      throw new UserError(`--pve-version must look like 9.1.2 or 8.4.1, got '${version}'`, 2);
    const nodes = stringOpt(values, 'nodes')?.split(',').filter(Boolean);
    const fromConfig = stringOpt(values, 'from-config');
    if (fromConfig !== undefined)
      return initFromConfig(io, path, resolve(io.cwd, fromConfig), nodes, version);
    const shared = sharedStorages(stringOpt(values, 'shared-storage'));
    const store = new sim.SimStore(path, { initial: { nodes, pveVersion: version, storages: shared } });
    const state = await store.read();
    const names = Object.keys(state.nodes);
    io.stdout(
      names.length > 1
        ? `created ${path}: cluster of ${names.join(', ')}${shared.length ? `, shared storage ${shared.map((x) => x.id).join(', ')}` : ''}\n`
        : `created ${path}\n`,
    );
    return 0;
  }
  if (sub === 'node') return simNode(io, rest);
  if (sub === 'set') {
    const { values } = parseCommandArgs('sim set', rest);
    let latency;
    try {
      latency = sim.parseLatencyEnv(stringOpt(values, 'latency'));
    } catch (err) {
      throw new UserError((err as Error).message.replace('PHOENIX_SIM_LATENCY', '--latency'), 2);
    }
    const faults = parseJsonOpt<unknown>('faults', stringOpt(values, 'faults'));
    const execResults = parseJsonOpt<unknown>('exec-results', stringOpt(values, 'exec-results'));
    const boot = stringOpt(values, 'agent-boot-ms');
    if (boot !== undefined && !/^\d+$/.test(boot))
      throw new UserError(`--agent-boot-ms must be a whole number`, 2);
    const store = new sim.SimStore(requireState(values, io.cwd));
    await store.update((s) => {
      if (latency) s.settings.latency = latency;
      if (faults !== undefined) s.settings.faults = (Array.isArray(faults) ? faults : [faults]) as never;
      if (execResults !== undefined)
        s.settings.execResults = (Array.isArray(execResults) ? execResults : [execResults]) as never;
      if (boot !== undefined) s.settings.agentBootMs = Number(boot);
    });
    await store.flush();
    return 0;
  }
  if (sub === 'show') {
    const { values } = parseCommandArgs('sim show', rest);
    const path = requireState(values, io.cwd);
    if (!existsSync(path)) readFileSync(path, 'utf8'); // the same error as ever for a missing file
    // Through the store: the state file's journal may hold changes not yet folded into it.
    io.stdout(JSON.stringify(await new sim.SimStore(path).read()) + '\n');
    return 0;
  }
  io.stderr(USAGE);
  return 2;
}
