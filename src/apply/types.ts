/**
 * Values apply works with: its settings, the record of each step and guest, and the result of a
 * run (what the CLI prints and what the Actions job summary is made from).
 */
import type { GuestChange, StepOp } from '../plan/types.js';
import type { RetryPolicy } from '../host/retry.js';

export interface ApplySettings {
  /** Guests worked on at the same time. */
  readonly concurrency: number;
  readonly retry: RetryPolicy;
  /** How long to wait for a VM's guest agent after start. */
  readonly agentTimeoutMs: number;
  /** Interval of the agent poll. */
  readonly agentPollMs: number;
  /** Multiplies health-check intervals (tests and demos use 0). */
  readonly healthIntervalScale: number;
  /** Seconds a clean shutdown may take before the guest is stopped. */
  readonly shutdownTimeoutSec: number;
  /** Seconds `qm guest exec` waits for a feature or application script. */
  readonly scriptTimeoutSec: number;
  /** Safety snapshots kept per guest (0: take none). */
  readonly keepSafetySnapshots: number;
  /** Name of this run's safety snapshot (`phoenix-pre-<short sha>`). */
  readonly safetySnapshotName: string;
  /**
   * Seconds apply waits for a lock held by someone else (`lock: backup`, `migrate`, ...) before it
   * fails the guest without changing it (default `FOREIGN_LOCK_WAIT_SEC`).
   */
  readonly foreignLockWaitSec?: number;
  /** Interval of that wait's polls (default 2000 ms). */
  readonly foreignLockPollMs?: number;
}

export const FOREIGN_LOCK_WAIT_SEC = 120;

export const DEFAULT_SETTINGS: Omit<ApplySettings, 'safetySnapshotName'> = {
  concurrency: 4,
  retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 8000 },
  agentTimeoutMs: 300_000,
  agentPollMs: 1000,
  healthIntervalScale: 1,
  shutdownTimeoutSec: 120,
  scriptTimeoutSec: 3600,
  keepSafetySnapshots: 3,
};

export const SAFETY_PREFIX = 'phoenix-pre-';

/** `phoenix-pre-<7 hex>` from a commit SHA (GITHUB_SHA) or, without one, the plan hash. */
export function safetySnapshotName(sha: string | undefined, planHash: string): string {
  const source = sha && /^[0-9a-f]{7,}$/i.test(sha) ? sha : planHash;
  return `${SAFETY_PREFIX}${source.slice(0, 7).toLowerCase()}`;
}

/** One executed (or failed) step, or one of apply's own actions (safety snapshot, pruning). */
export interface StepRecord {
  readonly op: StepOp | 'safety-snapshot' | 'prune-safety';
  readonly label: string;
  readonly ms: number;
  readonly ok: boolean;
  /** e.g. `retried 2x`, `already running`. */
  readonly note?: string;
}

export type GuestOutcome = 'succeeded' | 'failed' | 'skipped';

/** A post-deployment test's result: `not-run` when its script is missing or the guest stopped before it. */
export type TestOutcome = 'passed' | 'failed' | 'not-run';

export interface TestResult {
  readonly suite: string;
  readonly name: string;
  readonly blocking: boolean;
  readonly outcome: TestOutcome;
}

export interface GuestReport {
  readonly address: string;
  readonly id: number;
  readonly kind: GuestChange['kind'];
  readonly name: string;
  readonly action: GuestChange['action'];
  readonly outcome: GuestOutcome;
  /** Why it failed or was skipped. */
  readonly reason?: string;
  readonly ms: number;
  readonly steps: readonly StepRecord[];
  readonly warnings: readonly string[];
  /** The guest's post-deployment tests this run planned, each with its result. */
  readonly tests?: readonly TestResult[];
}

export interface ApplyResult {
  readonly guests: readonly GuestReport[];
  readonly wallMs: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly skipped: number;
}

/** What a script (feature, application script) inside a guest printed, once it ended. */
export interface ScriptOutput {
  /** e.g. `application script vllm.sh`. */
  readonly what: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode?: number;
}

/** Progress callbacks (the CLI prints them; tests collect them). */
export interface ApplyReporter {
  guestStarted?(change: GuestChange): void;
  /** A step (or one of apply's own actions) begins; `label` as its StepRecord will carry it. */
  stepStarted?(change: GuestChange, label: string): void;
  stepFinished?(change: GuestChange, step: StepRecord): void;
  /** A script's output, when the host hands it over (at its end: no host port streams it today). */
  scriptOutput?(change: GuestChange, output: ScriptOutput): void;
  guestFinished?(report: GuestReport): void;
  warning?(message: string): void;
}
