/**
 * The host commands of one guest's lifecycle, with the container/VM difference in one place:
 * `pct` or `qm`, files pushed with `pct push` or written through the QEMU guest agent, commands
 * run with `pct exec` or `qm guest exec`, and the JSON answer of `qm guest exec`. Every argv
 * comes from the builders in proxmox/commands.ts; this module only picks the builder and attaches
 * stdin where a builder reads a file from it. The shell host port runs them.
 */
import {
  pctDeleteSnapshot,
  pctConfig,
  pctDestroy,
  pctExec,
  pctPush,
  pctRollback,
  pctSet,
  pctShutdown,
  pctSnapshot,
  pctStart,
  pctStop,
  pctTemplate,
  pctUnlock,
  qmDeleteSnapshot,
  qmConfig,
  qmDestroy,
  qmGuestCmd,
  qmGuestExec,
  qmRollback,
  qmSet,
  qmShutdown,
  qmSnapshot,
  qmStart,
  qmStop,
  qmTemplate,
  qmUnlock,
  type HostCommand,
} from '../proxmox/commands.js';
import type { GuestKind } from '../model/types.js';
import type { CommandResult } from '../proxmox/transport.js';
import { HostCommandFailed } from './failure.js';
import type { GuestExecResult } from './port.js';
import type { RunOptions } from './runner.js';

/** A command run inside the guest, and how to read its result. */
export interface GuestExec {
  readonly command: HostCommand;
  /** `qm guest exec` prints a JSON status; `pct exec` passes the exit code through. */
  readonly viaAgent: boolean;
  /**
   * How long the host command may run (seconds), when the call bounds it: the script's own bound
   * for `pct exec` (the host stops it); for `qm guest exec` the agent's wait plus `AGENT_GRACE_SEC`,
   * since `qm` itself returns a "still running" status once its `--timeout` has passed.
   */
  readonly timeoutSec?: number;
}

/** How much longer than its `--timeout` a `qm guest exec` may take to answer. */
export const AGENT_GRACE_SEC = 30;

export interface GuestOps {
  readonly kind: GuestKind;
  readonly id: number;
  start(): HostCommand;
  stop(): HostCommand;
  shutdown(timeoutSec: number): HostCommand;
  snapshot(name: string, description: string): HostCommand;
  /** `force`: also when the snapshot is incomplete (its volume snapshots may be missing). */
  deleteSnapshot(name: string, force?: boolean): HostCommand;
  rollback(name: string, start: boolean): HostCommand;
  template(): HostCommand;
  /** `unreferenced`: also free volumes of this id that no config key names (a half-made guest's). */
  destroy(o?: { unreferenced?: boolean }): HostCommand;
  /** Clears the `lock:` property. */
  unlock(): HostCommand;
  /** Reads the config (`pct config` / `qm config`). */
  config(): HostCommand;
  setMeta(o: { description?: string; tags?: readonly string[] }): HostCommand;
  /** Runs `argv` inside the guest, stopped after `timeoutSec` (containers: by the host's `timeout`). */
  exec(argv: readonly string[], timeoutSec?: number): GuestExec;
  /** Writes `content` to `path` inside the guest. */
  writeFile(path: string, content: string, perms: string): GuestExec;
  /** A read-only agent ping (VMs); undefined for containers. */
  agentPing(): HostCommand | undefined;
}

const withStdin = (cmd: HostCommand, stdin: string): HostCommand => ({ ...cmd, stdin });

export function guestOps(kind: GuestKind, id: number): GuestOps {
  if (kind === 'lxc') {
    return {
      kind,
      id,
      start: () => pctStart(id),
      stop: () => pctStop(id),
      shutdown: (timeoutSec) => pctShutdown(id, { timeoutSec, forceStop: true }),
      snapshot: (name, description) => pctSnapshot(id, name, { description }),
      deleteSnapshot: (name, force) => pctDeleteSnapshot(id, name, force ? { force } : {}),
      rollback: (name, start) => pctRollback(id, name, start ? { start } : {}),
      template: () => pctTemplate(id),
      destroy: (o) =>
        pctDestroy(id, { purge: true, ...(o?.unreferenced ? { destroyUnreferencedDisks: true } : {}) }),
      unlock: () => pctUnlock(id),
      config: () => pctConfig(id),
      setMeta: (o) => pctSet(id, o),
      // `pct exec` has no timeout of its own: the bound goes to the host runner, which runs the
      // command under `timeout` (before, it was dropped here and container scripts ran unbounded).
      exec: (argv, timeoutSec) => ({
        command: pctExec(id, argv),
        viaAgent: false,
        ...(timeoutSec !== undefined ? { timeoutSec } : {}),
      }),
      writeFile: (path, content, perms) => ({
        command: withStdin(pctPush(id, '/dev/stdin', path, { perms }), content),
        viaAgent: false,
      }),
      agentPing: () => undefined,
    };
  }
  return {
    kind,
    id,
    start: () => qmStart(id),
    stop: () => qmStop(id),
    shutdown: (timeoutSec) => qmShutdown(id, { timeoutSec, forceStop: true }),
    snapshot: (name, description) => qmSnapshot(id, name, { description }),
    deleteSnapshot: (name, force) => qmDeleteSnapshot(id, name, force ? { force } : {}),
    rollback: (name, start) => qmRollback(id, name, start ? { start } : {}),
    template: () => qmTemplate(id),
    destroy: (o) =>
      qmDestroy(id, { purge: true, ...(o?.unreferenced ? { destroyUnreferencedDisks: true } : {}) }),
    unlock: () => qmUnlock(id),
    config: () => qmConfig(id),
    setMeta: (o) => qmSet(id, o),
    exec: (argv, timeoutSec) => ({
      command: qmGuestExec(id, argv, { timeoutSec }),
      viaAgent: true,
      ...(timeoutSec !== undefined ? { timeoutSec: timeoutSec + AGENT_GRACE_SEC } : {}),
    }),
    writeFile: (path, content, perms) => ({
      command: withStdin(
        qmGuestExec(id, ['sh', '-c', 'umask 077 && cat > "$1" && chmod "$2" "$1"', 'sh', path, perms], {
          passStdin: true,
        }),
        content,
      ),
      viaAgent: true,
    }),
    agentPing: () => qmGuestCmd(id, 'ping'),
  };
}

export interface AgentExecStatus {
  readonly exitCode: number;
  readonly exited: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** Reads the JSON that `qm guest exec` prints (`exitcode`, `exited`, `out-data`, `err-data`). */
export function parseAgentExec(stdout: string): AgentExecStatus | undefined {
  const start = stdout.indexOf('{');
  if (start < 0) return undefined;
  try {
    const v = JSON.parse(stdout.slice(start)) as Record<string, unknown>;
    const exited = v.exited === 1 || v.exited === true;
    return {
      exitCode: typeof v.exitcode === 'number' ? v.exitcode : exited ? 0 : -1,
      exited,
      stdout: typeof v['out-data'] === 'string' ? v['out-data'] : '',
      stderr: typeof v['err-data'] === 'string' ? v['err-data'] : '',
    };
  } catch {
    return undefined;
  }
}

/**
 * Runs a command inside the guest with `run` (the port's runner, on the guest's node) and reads
 * its result: `pct exec`/`pct push` pass the guest's exit code through; `qm guest exec` prints a
 * JSON status (a non-zero exit of `qm` itself is a host failure).
 */
export async function runGuestExec(
  run: (cmd: HostCommand, o: RunOptions) => Promise<CommandResult>,
  e: GuestExec,
): Promise<GuestExecResult> {
  const bound: RunOptions = e.timeoutSec !== undefined ? { timeoutMs: e.timeoutSec * 1000 } : {};
  if (!e.viaAgent) {
    try {
      const r = await run(e.command, bound);
      return { status: 'exited', exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr };
    } catch (err) {
      if (err instanceof HostCommandFailed && err.result) {
        const { exitCode, stdout, stderr } = err.result;
        return { status: 'exited', exitCode, stdout, stderr };
      }
      throw err;
    }
  }
  const r = await run(e.command, bound);
  const status = parseAgentExec(r.stdout);
  if (!status) return { status: 'unreadable', text: r.stdout || r.stderr };
  if (!status.exited) return { status: 'running' };
  return { status: 'exited', exitCode: status.exitCode, stdout: status.stdout, stderr: status.stderr };
}
