/**
 * Executes one guest's steps from the plan, in order: the lifecycle of a container or VM from
 * create/clone through configuration, start, features, application script, health check,
 * snapshots and template conversion, recording progress on the guest (markers.ts) after every
 * step that runs something inside it, so a later run repeats nothing that finished.
 * Creation and configuration details live in guest-make.ts; this file holds the step loop, the
 * in-guest work and the safety snapshot.
 */
import {
  firewallToken,
  renderDescription,
  withAppDone,
  withFeatureDone,
  withFirewall,
  type GuestMarker,
} from '../plan/markers.js';
import type { GuestChange, Step } from '../plan/types.js';
import { runHostCommand } from '../proxmox/audit.js';
import { writeFile } from '../proxmox/commands.js';
import type { LiveGuest } from '../model/live-state.js';
import { getErrorMessage } from '../util/errors.js';
import { firewallPath, renderFirewallFile } from './firewall-file.js';
import {
  GUEST_CONFIG_ENV,
  GUEST_CONFIG_PATH,
  GUEST_DIR,
  guestOps,
  parseAgentExec,
  type GuestExec,
  type GuestOps,
} from './guest-ops.js';
import { configureGuest, createGuest, cloneGuest, resizeGuest, type MakeContext } from './guest-make.js';
import { HostCommandFailed, runCommand } from './host-run.js';
import { sleep } from './retry.js';
import { appContentToken } from './scripts.js';
import { snapshotsOldestFirst } from './snapshot-order.js';
import { SAFETY_PREFIX, type StepRecord } from './types.js';

export class StepFailed extends Error {}

/** Steps that change an existing guest's config or content (a safety snapshot is taken first). */
const CHANGING_OPS = new Set([
  'configure',
  'resize',
  'firewall',
  'restart',
  'feature',
  'app-script',
  'template',
  'destroy',
]);

export interface GuestRunInput extends MakeContext {
  readonly change: GuestChange;
  /** The guest as the plan saw it (absent when it did not exist). */
  readonly live?: LiveGuest;
  /** The config object handed to scripts (`$PHOENIX_GUEST_CONFIG`); may refuse (config changed). */
  readonly scriptInput: () => Readonly<Record<string, unknown>> | undefined;
  readonly onStep?: (record: StepRecord) => void;
  readonly warn: (message: string) => void;
}

export class GuestRun {
  readonly ops: GuestOps;
  private marker: GuestMarker;
  private running: boolean;
  private staged = false;
  private readonly records: StepRecord[] = [];
  private retries = 0;

  constructor(private readonly input: GuestRunInput) {
    const { change, live } = input;
    this.ops = guestOps(change.kind, change.id);
    const record = change.steps.find((s) => s.op === 'record');
    const fresh = change.steps.some((s) => s.op === 'create' || s.op === 'clone');
    const src = record?.op === 'record' ? record.marker.src : undefined;
    const liveMarker = live ? input.readMarker(live) : undefined;
    this.marker = !fresh && liveMarker ? liveMarker : { v: 1, src, features: {} };
    this.running = !fresh && live?.status === 'running';
  }

  get steps(): readonly StepRecord[] {
    return this.records;
  }

  /** Runs every step; throws StepFailed (with the step and Proxmox's message) on the first failure. */
  async run(): Promise<void> {
    const { change } = this.input;
    if (
      change.steps.some((s) => s.op === 'destroy') &&
      change.action !== 'delete' &&
      change.action !== 'replace'
    ) {
      throw new StepFailed(`refusing to destroy ${change.address}: its plan action is ${change.action}`);
    }
    let safetyDone = false;
    for (const step of change.steps) {
      if (!safetyDone && CHANGING_OPS.has(step.op)) {
        safetyDone = true;
        await this.timed('safety-snapshot', `safety snapshot ${this.input.settings.safetySnapshotName}`, () =>
          this.safetySnapshot(),
        );
      }
      await this.timed(step.op, this.input.describe(step), () => this.step(step));
    }
  }

  private async timed(op: StepRecord['op'], label: string, fn: () => Promise<string | void>): Promise<void> {
    const started = performance.now();
    const retriesBefore = this.retries;
    let note: string | void;
    try {
      note = await fn();
    } catch (err) {
      const rec: StepRecord = {
        op,
        label,
        ms: Math.round(performance.now() - started),
        ok: false,
        note: this.retryNote(retriesBefore),
      };
      this.records.push(rec);
      this.input.onStep?.(rec);
      throw new StepFailed(`${label}: ${getErrorMessage(err)}`);
    }
    const notes = [note, this.retryNote(retriesBefore)].filter(Boolean).join('; ');
    const rec: StepRecord = {
      op,
      label,
      ms: Math.round(performance.now() - started),
      ok: true,
      ...(notes ? { note: notes } : {}),
    };
    if (note !== 'skip') {
      this.records.push(rec);
      this.input.onStep?.(rec);
    }
  }

  private retryNote(before: number): string | undefined {
    const n = this.retries - before;
    return n > 0 ? `retried ${n}x` : undefined;
  }

  /** Runs a command with the run's retry policy, counting retries for the step's note. */
  private exec(command: Parameters<typeof runCommand>[1], o: Parameters<typeof runCommand>[2] = {}) {
    return runCommand(
      {
        ...this.input.run,
        onRetry: (argv, err, attempt, delay) => {
          this.retries++;
          this.input.run.onRetry?.(argv, err, attempt, delay);
        },
      },
      command,
      o,
    );
  }

  private async step(step: Step): Promise<string | void> {
    const ctx = { exec: this.exec.bind(this), ops: this.ops };
    switch (step.op) {
      case 'destroy': {
        if (this.running || step.running) await this.exec(this.ops.stop(), { okWhen: /not running/ });
        await this.exec(this.ops.destroy());
        this.running = false;
        this.marker = { v: 1, src: this.marker.src, features: {} };
        return;
      }
      case 'create':
        await createGuest(this.input, ctx, step, renderDescription(this.marker));
        return;
      case 'clone':
        await cloneGuest(this.input, ctx, step, renderDescription(this.marker));
        return;
      case 'configure':
        await configureGuest(this.input, ctx, step);
        return;
      case 'resize':
        await resizeGuest(ctx, step);
        return;
      case 'firewall':
        await this.exec(writeFile(firewallPath(this.ops.id), renderFirewallFile(step.enabled, step.rules)));
        await this.saveMarker(
          withFirewall(this.marker, firewallToken({ enabled: step.enabled, rules: step.rules })),
        );
        return;
      case 'start':
        return this.start();
      case 'stop':
        return this.stop();
      case 'restart':
        await this.stop();
        return this.start();
      case 'wait-agent':
        return this.waitAgent();
      case 'feature': {
        await this.runScript(step.script, step.hash, `feature ${step.name}`);
        await this.saveMarker(withFeatureDone(this.marker, step.name, step.hash));
        return;
      }
      case 'app-script': {
        await this.runScript(step.script, appContentToken(step.hash), `application script ${step.script}`);
        await this.saveMarker(withAppDone(this.marker, step.hash));
        return;
      }
      case 'health-check':
        return this.healthCheck(step.command, step.retries, step.interval);
      case 'snapshot': {
        if (step.replace) await this.exec(this.ops.deleteSnapshot(step.name), { okWhen: /does not exist/ });
        await this.exec(this.ops.snapshot(step.name, `Phoenix ${step.purpose} snapshot`));
        return;
      }
      case 'template': {
        if (this.running) await this.stop();
        for (const n of step.deleteSnapshots ?? [])
          await this.exec(this.ops.deleteSnapshot(n), { okWhen: /does not exist/ });
        await this.exec(this.ops.template());
        return;
      }
      case 'record': {
        await this.exec(this.ops.setMeta({ description: renderDescription(step.marker), tags: step.tags }));
        this.marker = step.marker;
        return;
      }
    }
  }

  private async start(): Promise<string | void> {
    const r = await this.exec(this.ops.start(), {
      okWhen: /already running/,
      retryAll: true,
      retry: { ...this.input.run.retry, attempts: Math.max(3, this.input.run.retry.attempts) },
    });
    this.running = true;
    return r.exitCode !== 0 ? 'already running' : undefined;
  }

  private async stop(): Promise<string | void> {
    const r = await this.exec(this.ops.shutdown(this.input.settings.shutdownTimeoutSec), {
      okWhen: /not running/,
    });
    this.running = false;
    return r.exitCode !== 0 ? 'was not running' : undefined;
  }

  private async saveMarker(next: GuestMarker): Promise<void> {
    await this.exec(this.ops.setMeta({ description: renderDescription(next) }));
    this.marker = next;
  }

  private async waitAgent(): Promise<string> {
    const ping = this.ops.agentPing();
    if (!ping) return 'no agent (container)';
    const { agentTimeoutMs, agentPollMs } = this.input.settings;
    const started = Date.now();
    let last = '';
    for (let tries = 1; ; tries++) {
      const r = await runHostCommand(this.input.run.transport, ping);
      if (r.exitCode === 0) return `answered after ${tries} ${tries === 1 ? 'try' : 'tries'}`;
      last = (r.stderr || r.stdout).trim();
      if (Date.now() - started >= agentTimeoutMs) {
        throw new Error(
          `the QEMU guest agent of VM ${this.ops.id} did not answer within ${Math.round(agentTimeoutMs / 1000)} s ` +
            `after start (last: ${last || 'no answer'}); check that the image runs qemu-guest-agent and that agent=1 is set`,
        );
      }
      await sleep(agentPollMs);
    }
  }

  /** Runs a command inside the guest; throws with its output when it fails. */
  private async inGuest(e: GuestExec, what: string): Promise<{ stdout: string; stderr: string }> {
    if (!e.viaAgent) {
      try {
        const r = await this.exec(e.command);
        return { stdout: r.stdout, stderr: r.stderr };
      } catch (err) {
        if (err instanceof HostCommandFailed && err.exitCode !== undefined) {
          throw new Error(`${what} failed (exit ${err.exitCode}): ${tail(err.detail)}`);
        }
        throw err;
      }
    }
    const r = await this.exec(e.command);
    const status = parseAgentExec(r.stdout);
    if (!status)
      throw new Error(`${what}: unreadable answer from the guest agent: ${tail(r.stdout || r.stderr)}`);
    if (!status.exited)
      throw new Error(`${what} still running after ${this.input.settings.scriptTimeoutSec} s`);
    if (status.exitCode !== 0)
      throw new Error(`${what} failed (exit ${status.exitCode}): ${tail(status.stderr || status.stdout)}`);
    return status;
  }

  /** Creates Phoenix's folder in the guest and writes the guest config there, once per run. */
  private async stage(): Promise<void> {
    if (this.staged) return;
    const t = this.input.settings.scriptTimeoutSec;
    await this.inGuest(
      this.ops.exec(['mkdir', '-p', `${GUEST_DIR}/features`, `${GUEST_DIR}/apps`], t),
      'creating ' + GUEST_DIR,
    );
    const json = JSON.stringify(this.input.scriptInput() ?? {}, null, 2) + '\n';
    await this.inGuest(this.ops.writeFile(GUEST_CONFIG_PATH, json, '0600'), `writing ${GUEST_CONFIG_PATH}`);
    this.staged = true;
  }

  private async runScript(script: string, token: string, what: string): Promise<void> {
    const content = await this.input.scripts.read(script, token);
    await this.stage();
    const path = `${GUEST_DIR}/${script}`;
    await this.inGuest(this.ops.writeFile(path, content, '0755'), `pushing ${script}`);
    const argv = ['env', `${GUEST_CONFIG_ENV}=${GUEST_CONFIG_PATH}`, 'bash', path];
    await this.inGuest(this.ops.exec(argv, this.input.settings.scriptTimeoutSec), what);
  }

  private async healthCheck(command: string, retries: number, interval: number): Promise<string> {
    const attempts = Math.max(1, retries);
    let last = '';
    for (let i = 1; i <= attempts; i++) {
      try {
        await this.inGuest(this.ops.exec(['sh', '-c', command], 60), 'health check');
        return i === 1 ? 'healthy' : `healthy after ${i} tries`;
      } catch (err) {
        last = getErrorMessage(err);
        if (err instanceof HostCommandFailed && err.exitCode === undefined) throw err;
      }
      if (i < attempts) await sleep(interval * 1000 * this.input.settings.healthIntervalScale);
    }
    throw new Error(`unhealthy after ${attempts} tries: ${last}`);
  }

  /** `phoenix-pre-<sha>` before the first change to an existing guest; older ones pruned. */
  private async safetySnapshot(): Promise<string | void> {
    const { change, live, settings } = this.input;
    if (change.action !== 'update' || !live || live.template || settings.keepSafetySnapshots <= 0)
      return 'skip';
    if (change.template) return 'skip'; // a guest with snapshots cannot become a template
    const name = settings.safetySnapshotName;
    const existing = live.snapshots.filter((s) => s.name.startsWith(SAFETY_PREFIX));
    let note: string | undefined;
    if (existing.some((s) => s.name === name)) note = 'kept the one from the earlier attempt';
    else {
      try {
        await this.exec(
          this.ops.snapshot(
            name,
            `Phoenix safety snapshot before apply (plan ${this.input.planHash.slice(0, 12)})`,
          ),
        );
      } catch (err) {
        if (err instanceof HostCommandFailed && /feature is not available|not supported/i.test(err.detail)) {
          this.input.warn(
            `${change.address}: no safety snapshot (${err.detail.trim()}); changing it without one`,
          );
          return 'not possible on this storage';
        }
        throw err;
      }
    }
    const older = snapshotsOldestFirst(live.snapshots)
      .filter((n) => n.startsWith(SAFETY_PREFIX) && n !== name)
      .reverse()
      .slice(Math.max(0, settings.keepSafetySnapshots - 1));
    for (const n of older) await this.exec(this.ops.deleteSnapshot(n), { okWhen: /does not exist/ });
    const pruned = older.length ? `pruned ${older.join(', ')}` : undefined;
    return [note, pruned].filter(Boolean).join('; ') || undefined;
  }
}

function tail(text: string, lines = 8): string {
  const all = text.trim().split('\n');
  return (all.length > lines ? ['...', ...all.slice(-lines)] : all).join('\n') || '(no output)';
}
