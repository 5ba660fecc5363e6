/**
 * Executes one guest's steps from the plan, in order: the lifecycle of a container or VM from
 * create/clone through configuration, start, features, application script, health check,
 * snapshots and template conversion, recording progress on the guest (markers.ts) only after
 * a step finished: the first done-record once the make step (create or clone, configure, resize)
 * is over, then after every step that runs something inside the guest, so a later run repeats
 * nothing that finished and finds an unfinished guest incomplete. Locks: guest-locks.ts.
 * Creation and configuration details live in guest-make.ts, the in-guest work (scripts, health
 * checks, the agent wait) in guest-exec.ts; this file holds the step loop and the safety snapshot.
 */
import type { GuestRef, HostPort } from '../host/port.js';
import type { LiveGuest } from '../model/live-state.js';
import {
  firewallToken,
  renderDescription,
  renderMakingDescription,
  withAppDone,
  withFeatureDone,
  withFirewall,
  type GuestMarker,
} from '../plan/markers.js';
import type { GuestChange, Step } from '../plan/types.js';
import { getErrorMessage } from '../util/errors.js';
import {
  cloneGuest,
  cloneSourceKey,
  configureGuest,
  createGuest,
  resizeGuest,
  type MakeContext,
} from './guest-make.js';
import { clearOwnLock, waitForeignLock } from './guest-locks.js';
import { appContentToken, ScriptError } from './scripts.js';
import { safetyNeeded, takeSafetySnapshot } from './safety-snapshot.js';
import { parkVolumes, unparkVolumes } from './keep-steps.js';
import { GuestExec } from './guest-exec.js';
import type { ScriptOutput, StepRecord, TestOutcome } from './types.js';

export { GUEST_CONFIG_ENV, GUEST_CONFIG_PATH, GUEST_DIR, SCRIPT_TAIL_LINES } from './guest-exec.js';

export class StepFailed extends Error {}

/** Identifies a planned test step among a guest's steps. */
export function testKey(step: { suite: string; name: string; script: string }): string {
  return `${step.suite}\0${step.name}\0${step.script}`;
}

/**
 * Steps of making a guest: its done-record is written only once the last of them finished (a
 * clone made beside its source and then moved to its own node is made once it is there).
 */
const MAKE_OPS = new Set(['destroy', 'unlock', 'create', 'clone', 'migrate', 'configure', 'resize']);

/** Steps that change an existing guest's config or content (a safety snapshot is taken first). */
const CHANGING_OPS = new Set([
  'configure',
  'resize',
  'move-volume',
  'destroy-volume',
  'firewall',
  'restart',
  'feature',
  'app-script',
  'template',
  'destroy',
]);

export interface GuestRunInput extends MakeContext {
  /** The host; the run retries its operations with `settings.retry`. */
  readonly port: HostPort;
  readonly change: GuestChange;
  /** The guest as the plan saw it (absent when it did not exist). */
  readonly live?: LiveGuest;
  /** The config object handed to scripts (`$PHOENIX_GUEST_CONFIG`); may refuse (config changed). */
  readonly scriptInput: () => Readonly<Record<string, unknown>> | undefined;
  /** The value of a secret the script input refers to; undefined: not set. */
  readonly secret?: (name: string) => string | undefined;
  readonly onStep?: (record: StepRecord) => void;
  /** A step begins (not called for a safety snapshot that is not needed). */
  readonly onStepStart?: (label: string) => void;
  /** What a script printed, once the host handed it over. */
  readonly onOutput?: (output: ScriptOutput) => void;
  readonly warn: (message: string) => void;
  /** Told when a migrate step moved the guest (clones of it read its node through `nodeOf`). */
  readonly moved?: (id: number, node: string) => void;
}

export class GuestRun {
  /**
   * The node the guest is on now (undefined: the connected node): where it lives when the run
   * starts; a create goes to the change's node, a clone is made on its source's node and lands on
   * the step's `target` (else beside the source), a migrate step moves it to `to`, and after a
   * destroy the guest is remade on the change's node. Every operation on it runs there.
   */
  private node: string | undefined;
  private readonly host: HostPort;
  private marker: GuestMarker;
  private running: boolean;
  private readonly exec: GuestExec;
  private readonly records: StepRecord[] = [];
  private retries = 0;
  /** Results of the tests run so far, by `testKey`. */
  readonly testResults = new Map<string, TestOutcome>();

  constructor(private readonly input: GuestRunInput) {
    const { change, live } = input;
    this.node = input.node;
    // Every operation with the run's retry policy; retries are counted for the step's note.
    this.host = input.port.withPolicy({ retry: input.settings.retry, onRetry: () => this.retries++ });
    const record = change.steps.find((s) => s.op === 'record');
    const fresh = change.steps.some((s) => s.op === 'create' || s.op === 'clone');
    const src = record?.op === 'record' ? record.marker.src : undefined;
    const liveMarker = live ? input.readMarker(live) : undefined;
    this.marker = !fresh && liveMarker ? liveMarker : { v: 1, src, features: {} };
    this.running = !fresh && live?.status === 'running';
    this.exec = new GuestExec(this.host, () => this.guest, input);
  }

  /** The guest and the node it is on now. */
  get guest(): GuestRef {
    const { kind, id } = this.input.change;
    return { kind, id, ...(this.node ? { node: this.node } : {}) };
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
    try {
      await waitForeignLock(this.host, this.guest, this.input);
    } catch (err) {
      throw new StepFailed(getErrorMessage(err));
    }
    // The make step (create or clone, with its configure and resizes) ends at `makeEnd`; the first
    // done-record, with `src`, is written only after it, never handed to create/clone.
    // It starts at create/clone: steps before it (backup, park-volumes) end no make step, and the
    // volumes handed back after it must find the guest recorded as made, never as unfinished.
    let makeEnd = change.steps.findIndex((s) => s.op === 'create' || s.op === 'clone');
    if (makeEnd >= 0)
      while (makeEnd + 1 < change.steps.length && MAKE_OPS.has(change.steps[makeEnd + 1]!.op)) makeEnd++;
    let safetyDone = false;
    for (const [i, step] of change.steps.entries()) {
      if (!safetyDone && CHANGING_OPS.has(step.op)) {
        safetyDone = true;
        await this.timed('safety-snapshot', `safety snapshot ${this.input.settings.safetySnapshotName}`, () =>
          this.safetySnapshot(),
        );
      }
      await this.timed(step.op, this.input.describe(step), async () => {
        const note = await this.step(step);
        if (i === makeEnd) await this.saveMarker({ v: 1, src: this.marker.src, features: {} });
        return note;
      });
    }
  }

  private async timed(op: StepRecord['op'], label: string, fn: () => Promise<string | void>): Promise<void> {
    const started = performance.now();
    const retriesBefore = this.retries;
    if (op !== 'safety-snapshot' || this.safetyNeeded()) this.input.onStepStart?.(label);
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

  private async step(step: Step): Promise<string | void> {
    if (step.op === 'create') this.node = this.input.change.node ?? this.node;
    const ctx = { host: this.host, guest: this.guest };
    const g = this.guest;
    switch (step.op) {
      case 'destroy': {
        // Only a lock Phoenix's own run left is cleared: the plan is made under the host lock,
        // so no other Phoenix apply can hold it (see `unlock`).
        if (step.unlock) await this.host.unlock(g);
        if (this.running || step.running) await this.host.stop(g);
        await this.host.destroy(g, step.incomplete ? { unreferenced: true } : {});
        this.running = false;
        this.node = this.input.change.node ?? this.node;
        this.marker = { v: 1, src: this.marker.src, features: {} };
        return;
      }
      case 'unlock':
        return clearOwnLock(this.host, g, step.lock);
      case 'create':
        await createGuest(this.input, ctx, step, renderMakingDescription(this.marker.src));
        return;
      case 'clone':
        this.node = await cloneGuest(this.input, ctx, step, renderMakingDescription(this.marker.src));
        return;
      case 'migrate':
        return this.migrate(step);
      case 'configure':
        await configureGuest(ctx, step);
        return;
      case 'resize':
        await resizeGuest(ctx, step);
        return;
      case 'move-volume': {
        // Proxmox refuses to move a running container's volume (pve-container `move_volume`).
        const restart = g.kind === 'lxc' && this.running;
        if (restart) await this.stop();
        await this.host.moveVolume(g, step.disk, step.storage);
        if (restart) await this.start();
        return;
      }
      case 'backup':
        await this.host.backup(g, step.storage);
        return;
      case 'park-volumes':
        return parkVolumes(this.host, g, step, () => this.stop(), this.deleteSnapshot.bind(this));
      case 'unpark-volumes':
        return unparkVolumes(this.host, g, step);
      case 'destroy-volume':
        await this.host.setContainer(g, { delete: [step.key] });
        return;
      case 'firewall':
        await this.host.writeFirewall(g, step.enabled, step.rules);
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
        return this.exec.waitAgent();
      case 'feature': {
        await this.exec.runScript(step.script, step.hash, `feature ${step.name}`);
        await this.saveMarker(withFeatureDone(this.marker, step.name, step.hash));
        return;
      }
      case 'app-script': {
        await this.exec.runScript(
          step.script,
          appContentToken(step.hash),
          `application script ${step.script}`,
        );
        await this.saveMarker(withAppDone(this.marker, step.hash));
        return;
      }
      case 'health-check':
        return this.exec.healthCheck(step.command, step.retries, step.interval);
      case 'test':
        return this.runTest(step);
      case 'snapshot': {
        if (step.replace) await this.deleteSnapshot(step.name);
        await this.host.snapshot(g, step.name, `Phoenix ${step.purpose} snapshot`);
        return;
      }
      case 'template': {
        // A VM made from a cloud image is booted once (cloud-init installs the agent) and sealed,
        // so clones get their own identity; then shut down before the conversion.
        if (g.kind === 'qemu' && step.seal) {
          if (!this.running) await this.start();
          await this.exec.waitAgent();
          await this.exec.seal();
        }
        if (this.running) await this.stop();
        for (const n of step.deleteSnapshots ?? []) await this.deleteSnapshot(n);
        await this.host.template(g);
        return;
      }
      case 'record': {
        await this.host.setMeta(g, { description: renderDescription(step.marker), tags: step.tags });
        this.marker = step.marker;
        return;
      }
    }
  }

  /**
   * A post-deployment test: passed, failed (a blocking failure fails the guest; a non-blocking
   * one is only reported) or not run (its script is not in the config dir).
   */
  private async runTest(step: Extract<Step, { op: 'test' }>): Promise<string> {
    const key = testKey(step);
    try {
      await this.exec.runScript(step.script, step.hash, `test ${step.suite}/${step.name}`);
    } catch (err) {
      if (err instanceof ScriptError && err.missing) {
        this.testResults.set(key, 'not-run');
        return `not run: ${err.message}`;
      }
      this.testResults.set(key, 'failed');
      if (step.blocking) throw err;
      return `failed (non-blocking): ${getErrorMessage(err).split('\n')[0]}`;
    }
    this.testResults.set(key, 'passed');
    return 'passed';
  }

  /**
   * Runs on the node the guest leaves (`from`), holding the guest's clone-source mutex so no
   * clone of it in this run is being made meanwhile; every later step runs on `to`.
   */
  private async migrate(step: Extract<Step, { op: 'migrate' }>): Promise<string | void> {
    const { kind, id } = this.input.change;
    const from: GuestRef = { kind, id, node: step.from };
    const timeoutSec = this.input.settings.shutdownTimeoutSec;
    await this.input.mutex.with(cloneSourceKey(id), () =>
      this.host.migrate(from, { ...step, ...(step.restart ? { timeoutSec } : {}) }),
    );
    this.node = step.to;
    this.input.moved?.(id, step.to);
    return `${step.from} -> ${step.to}`;
  }

  private async start(): Promise<string | void> {
    const { retry } = this.input.settings;
    const r = await this.host.start(this.guest, {
      retryAll: true,
      retry: { ...retry, attempts: Math.max(3, retry.attempts) },
    });
    this.running = true;
    return r.already ? 'already running' : undefined;
  }

  private async stop(): Promise<string | void> {
    const r = await this.host.shutdown(this.guest, this.input.settings.shutdownTimeoutSec);
    this.running = false;
    return r.already ? 'was not running' : undefined;
  }

  /** Deletes a snapshot (gone already counts); one the plan saw incomplete with `--force`. */
  private async deleteSnapshot(name: string): Promise<void> {
    const force = this.input.live?.snapshots.some((s) => s.name === name && s.snapstate !== undefined);
    await this.host.deleteSnapshot(this.guest, name, { missingOk: true, ...(force ? { force } : {}) });
  }

  /**
   * Saves a progress record. Its `applied` is empty: the guest is unfinished until the record
   * step, so a resumed apply runs its health check and tests and writes the done-record
   * (lifecycle.ts), and nothing is taken as applied meanwhile (last-applied.ts).
   */
  private async saveMarker(next: GuestMarker): Promise<void> {
    const progress: GuestMarker = { ...next, applied: {} };
    await this.host.setMeta(this.guest, { description: renderDescription(progress) });
    this.marker = progress;
  }

  private safetyNeeded(): boolean {
    return safetyNeeded(this.input);
  }

  private safetySnapshot(): Promise<string | void> {
    return takeSafetySnapshot(this.input, this.host, this.guest, (n) => this.deleteSnapshot(n));
  }
}
