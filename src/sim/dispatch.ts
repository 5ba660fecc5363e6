/**
 * Runs one host command (an argv, exactly as a transport would send it) against the simulator:
 * finds the program's handler, applies fault rules, runs the handler's phases under the state
 * lock (read-only commands without it), waits the operation's latency once without holding the
 * lock (a long operation's continuation carries it; a command without one waits after its phase),
 * retries while a guest's config lock is busy, and turns Proxmox errors into exit codes and
 * stderr text. Programs register here (`registerSimProgram`), one module per area.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import {
  Continuation,
  FlockBusy,
  flockTimeoutMessage,
  releaseFlocks,
  SimCtx,
  type Phase,
  type SimCommandResult,
  type SimRuntime,
  type SimSink,
} from './context.js';
import { ExitStatus, PveError } from './errors.js';
import { countAndPick, defaultFaultMessage, parseFaultEnv } from './faults.js';
import { latencyModel, parseLatencyEnv } from './latency.js';
import type { SimFaultRule, SimSettings } from './model.js';
import { runFlock } from './programs/flock.js';
import { runSsh } from './programs/ssh.js';
import type { SimStore } from './store.js';

export interface SimProgram {
  /** Operation key for latency and faults, e.g. `pct clone` (args exclude the program name). */
  op(args: readonly string[]): string;
  /** Read-only commands run without the state lock and never write. */
  readOnly(args: readonly string[]): boolean;
  run: Phase;
}

const PROGRAMS = new Map<string, SimProgram>();

export function registerSimProgram(name: string, program: SimProgram): void {
  PROGRAMS.set(name, program);
}

/** The program registered under `name`, e.g. to wrap it with more verbs. */
export function getSimProgram(name: string): SimProgram | undefined {
  return PROGRAMS.get(name);
}

export function simProgramNames(): string[] {
  return [...PROGRAMS.keys(), 'flock', 'ssh'].sort();
}

export interface RunSimOptions {
  stdin?: string | Buffer;
  /** Environment for PHOENIX_SIM_* settings (default: none). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Node the command runs on (default: the state's local node or PHOENIX_SIM_NODE). */
  node?: string;
  /** Host paths outside the simulated ones may be read from the real filesystem. */
  realFs?: boolean;
  /**
   * Further path prefixes the simulator holds as host files, never read from the real filesystem
   * (with `realFs`): the caller's own folders on the host, such as its lock or cache files.
   */
  extraSimulatedPaths?: readonly string[];
  /** Called for a `drop` fault; should not return normally (throw, or end the process). */
  onDrop: (when: 'before' | 'after') => Promise<never>;
  /**
   * Crash testing: the process running this command dies (SIGKILL) once the command's first phase
   * is saved, before its worker continues. What that phase wrote stays (a `lock: create` config,
   * an allocated volume), as Proxmox leaves it after a killed worker; flocks go with the process.
   * The command then rejects with `SimKilled`. Single-phase commands complete first.
   */
  killMidway?: boolean;
  /** Runs programs the simulator does not know (shims: the real binaries); default exit 127. */
  runExternal?: (argv: readonly string[]) => Promise<SimCommandResult>;
}

/** The process running a command was killed mid-way (`killMidway`). */
export class SimKilled extends Error {
  constructor(readonly argv: readonly string[]) {
    super(`killed while running: ${argv.join(' ')}`);
    this.name = 'SimKilled';
  }
}

const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();

/** How long a command waits for a busy config lock (Proxmox: 10 s). */
const FLOCK_TIMEOUT_MS = 10_000;

export async function runSimCommand(
  store: SimStore,
  argv: readonly string[],
  options: RunSimOptions,
): Promise<SimCommandResult> {
  const env = options.env ?? {};
  const prog = argv[0] === undefined ? '' : basename(argv[0]);
  if (prog === 'flock')
    return runFlock(store, argv.slice(1), (inner) => runSimCommand(store, inner, options));
  // coreutils `timeout` around a simulated command (a hop's inner command may carry one): the
  // command runs here, its bound not enforced (simulated commands end by themselves); around
  // anything else it is the real program's.
  if (prog === 'timeout') {
    const inner = timeoutInner(argv.slice(1));
    const innerProg = inner?.[0] === undefined ? '' : basename(inner[0]);
    if (inner && (PROGRAMS.has(innerProg) || innerProg === 'flock' || innerProg === 'ssh'))
      return runSimCommand(store, inner, options);
  }
  // A hop to another cluster node: the inner command runs there, with the same stdin.
  if (prog === 'ssh')
    return runSsh(store, argv.slice(1), (inner, node) => runSimCommand(store, inner, { ...options, node }));
  const program = PROGRAMS.get(prog);
  if (!program) {
    if (options.runExternal) return options.runExternal(argv);
    return { exitCode: 127, stdout: '', stderr: `sh: 1: ${argv[0] ?? ''}: not found\n` };
  }
  const args = argv.slice(1);
  const normArgv = [prog, ...args];
  const op = program.op(args);
  const readOnly = program.readOnly(args);

  // A copy of the few settings needed here (the phases below get the state itself).
  const state = await store.view((s) => ({
    settings: JSON.parse(JSON.stringify(s.settings)) as SimSettings,
    localNode: s.localNode,
  }));
  const envFaults = parseFaultEnv(env.PHOENIX_SIM_FAULTS);
  const rules: SimFaultRule[] = [...state.settings.faults, ...envFaults];
  const latency = latencyModel(state.settings.latency, parseLatencyEnv(env.PHOENIX_SIM_LATENCY));
  const agentBoot = state.settings.agentBootMs ?? latency.ms('qm agent boot') / (latency.scale || 1);
  const runtime: SimRuntime = {
    args,
    node: options.node ?? env.PHOENIX_SIM_NODE ?? state.localNode,
    stdin: options.stdin === undefined ? Buffer.alloc(0) : Buffer.from(options.stdin),
    env,
    token: `${process.pid}-${randomBytes(6).toString('hex')}`,
    latency,
    agentBootMs: agentBoot * latency.scale,
    realFs: options.realFs ?? false,
    extraSimulatedPaths: options.extraSimulatedPaths ?? [],
    now: () => Date.now(),
  };

  let fault: SimFaultRule | undefined;
  if (rules.length > 0) fault = await store.update((s) => countAndPick(s, rules, op, normArgv));
  if (fault && fault.action !== 'drop') {
    await sleep(latency.ms(op));
    const message = fault.message ?? defaultFaultMessage(normArgv);
    return {
      exitCode: fault.exitCode ?? 255,
      stdout: '',
      stderr: message.endsWith('\n') ? message : message + '\n',
    };
  }
  if (fault?.action === 'drop' && (fault.when ?? 'before') === 'before') await options.onDrop('before');

  const sink: SimSink = { out: [], err: [], flocks: new Set(), exitCode: 0 };
  let exitCode = 0;
  let phase: Phase = program.run;
  let first = true;
  let waited = false;
  try {
    for (;;) {
      let outcome: Continuation | void;
      if (readOnly && first) {
        outcome = await store.view((s) => phase(new SimCtx(s, runtime, sink)));
      } else {
        outcome = await runLockedPhase(
          store,
          runtime,
          sink,
          phase,
          state.settings.lockTimeoutMs ?? FLOCK_TIMEOUT_MS,
        );
      }
      first = false;
      if (outcome instanceof Continuation && options.killMidway) throw new SimKilled(normArgv);
      if (outcome instanceof Continuation) {
        // The operation's own latency (e.g. `qm clone` or `qm clone linked`), taken instead of the
        // command's, not on top of it.
        await sleep(latency.ms(outcome.op));
        waited = true;
        phase = outcome.next;
        continue;
      }
      if (!waited) await sleep(latency.ms(op));
      break;
    }
  } catch (err) {
    if (err instanceof PveError) {
      sink.err.push(err.render());
      exitCode = err.exitCode;
    } else if (err instanceof ExitStatus) {
      if (err.stderrText) sink.err.push(err.stderrText);
      exitCode = err.exitCode;
    } else throw err;
  } finally {
    if (sink.flocks.size > 0) await store.update((s) => releaseFlocks(s, runtime.token));
  }
  if (fault?.action === 'drop') await options.onDrop('after');
  if (exitCode === 0) exitCode = sink.exitCode;
  return { exitCode, stdout: sink.out.join(''), stderr: sink.err.join('') };
}

/** The command of `timeout [OPTIONS] DURATION COMMAND...`, or undefined if it names none. */
export function timeoutInner(args: readonly string[]): string[] | undefined {
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-k' || a === '-s' || a === '--kill-after' || a === '--signal') i++;
    else if (!a.startsWith('-') || a === '-') break;
  }
  const rest = args.slice(i + 1);
  return args[i] !== undefined && /^\d+(\.\d+)?[smhd]?$/.test(args[i]!) && rest.length > 0
    ? [...rest]
    : undefined;
}

async function runLockedPhase(
  store: SimStore,
  runtime: SimRuntime,
  sink: SimSink,
  phase: Phase,
  timeoutMs: number,
): Promise<Continuation | void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outLen = sink.out.length;
    const errLen = sink.err.length;
    try {
      return await store.update((s) => {
        const outcome = phase(new SimCtx(s, runtime, sink));
        if (!(outcome instanceof Continuation)) {
          releaseFlocks(s, runtime.token);
          sink.flocks.clear();
        }
        return outcome;
      });
    } catch (err) {
      if (!(err instanceof FlockBusy)) throw err;
      // Nothing was saved: drop this attempt's output and try again.
      sink.out.length = outLen;
      sink.err.length = errLen;
      if (Date.now() > deadline) throw new PveError(flockTimeoutMessage(err.kind, err.vmid));
      await sleep(15 + Math.random() * 20);
    }
  }
}
