/**
 * The in-guest work of one guest's run: waiting for the QEMU guest agent, pushing and running
 * feature and application scripts (with the guest config staged once per run, mode 0600), and
 * health checks. A failed script's error carries the end of its output.
 */
import { HostCommandFailed } from '../host/failure.js';
import type { GuestExecResult, GuestRef, HostPort } from '../host/port.js';
import { sleep } from '../host/retry.js';
import { getErrorMessage } from '../util/errors.js';
import type { ScriptStore } from './scripts.js';
import type { ApplySettings, ScriptOutput } from './types.js';

/** Where Phoenix keeps what it hands to scripts inside a guest. */
export const GUEST_DIR = '/root/.phoenix';
export const GUEST_CONFIG_PATH = `${GUEST_DIR}/guest.json`;
export const GUEST_CONFIG_ENV = 'PHOENIX_GUEST_CONFIG';

/** Lines of a failed script's output kept in its error. */
export const SCRIPT_TAIL_LINES = 40;

/** What the in-guest work needs of the run's input. */
export interface GuestExecInput {
  readonly settings: ApplySettings;
  readonly scripts: ScriptStore;
  /** The config object handed to scripts (`$PHOENIX_GUEST_CONFIG`); may refuse (config changed). */
  readonly scriptInput: () => Readonly<Record<string, unknown>> | undefined;
  /** What a script printed, once the host handed it over. */
  readonly onOutput?: (output: ScriptOutput) => void;
}

export class GuestExec {
  private staged = false;

  constructor(
    private readonly host: HostPort,
    private readonly guest: GuestRef,
    private readonly input: GuestExecInput,
  ) {}

  async waitAgent(): Promise<string> {
    const { agentTimeoutMs, agentPollMs } = this.input.settings;
    const started = Date.now();
    let last = '';
    for (let tries = 1; ; tries++) {
      const r = await this.host.pingAgent(this.guest);
      if (!r) return 'no agent (container)';
      if (r.answered) return `answered after ${tries} ${tries === 1 ? 'try' : 'tries'}`;
      last = r.message;
      if (Date.now() - started >= agentTimeoutMs) {
        throw new Error(
          `the QEMU guest agent of VM ${this.guest.id} did not answer within ${Math.round(agentTimeoutMs / 1000)} s ` +
            `after start (last: ${last || 'no answer'}); check that the image runs qemu-guest-agent and that agent=1 is set`,
        );
      }
      await sleep(agentPollMs);
    }
  }

  /** Scripts, files and health checks need a host that reaches inside its guests. */
  private requireExec(what: string): void {
    if (!this.host.capabilities.canExecInGuest)
      throw new Error(`${what}: ${this.host.description} cannot run commands inside guests`);
  }

  /** Waits for a command inside the guest; throws with its output when it failed. */
  private async inGuest(
    running: Promise<GuestExecResult>,
    what: string,
    scriptLines?: number,
  ): Promise<{ stdout: string; stderr: string }> {
    const r = await running;
    if (r.status === 'unreadable')
      throw new Error(`${what}: unreadable answer from the guest agent: ${tail(r.text)}`);
    if (r.status === 'running')
      throw new Error(`${what} still running after ${this.input.settings.scriptTimeoutSec} s`);
    if (r.exitCode !== 0) {
      // A script: the end of all it printed (stdout, then stderr: the host hands them over apart).
      const text = scriptLines ? [r.stdout.trim(), r.stderr.trim()].filter(Boolean).join('\n') : '';
      const shown = scriptLines ? tail(text, scriptLines) : tail(r.stderr || r.stdout);
      throw new Error(`${what} failed (exit ${r.exitCode}): ${shown}`);
    }
    return r;
  }

  /** Creates Phoenix's folder in the guest and writes the guest config there, once per run. */
  private async stage(): Promise<void> {
    if (this.staged) return;
    const t = this.input.settings.scriptTimeoutSec;
    await this.inGuest(
      this.host.runInGuest(this.guest, ['mkdir', '-p', `${GUEST_DIR}/features`, `${GUEST_DIR}/apps`], t),
      'creating ' + GUEST_DIR,
    );
    const json = JSON.stringify(this.input.scriptInput() ?? {}, null, 2) + '\n';
    await this.inGuest(
      this.host.writeGuestFile(this.guest, GUEST_CONFIG_PATH, json, '0600'),
      `writing ${GUEST_CONFIG_PATH}`,
    );
    this.staged = true;
  }

  async runScript(script: string, token: string, what: string): Promise<void> {
    const content = await this.input.scripts.read(script, token);
    this.requireExec(what);
    await this.stage();
    const path = `${GUEST_DIR}/${script}`;
    await this.inGuest(this.host.writeGuestFile(this.guest, path, content, '0755'), `pushing ${script}`);
    const argv = ['env', `${GUEST_CONFIG_ENV}=${GUEST_CONFIG_PATH}`, 'bash', path];
    const r = await this.host.runInGuest(this.guest, argv, this.input.settings.scriptTimeoutSec);
    if (r.status === 'exited')
      this.input.onOutput?.({ what, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
    await this.inGuest(Promise.resolve(r), what, SCRIPT_TAIL_LINES);
  }

  /**
   * Seals a VM before it becomes a template: waits for cloud-init's first boot to finish (it
   * installs the guest agent), then forgets the instance (`cloud-init clean`, so clones run it
   * afresh) and empties the machine id (each clone makes its own at first boot).
   */
  async seal(): Promise<void> {
    const t = this.input.settings.scriptTimeoutSec;
    await this.inGuest(this.host.runInGuest(this.guest, ['cloud-init', 'status', '--wait'], t), 'cloud-init');
    await this.inGuest(
      this.host.runInGuest(this.guest, ['cloud-init', 'clean', '--logs', '--seed'], 120),
      'cloud-init clean',
    );
    await this.inGuest(
      this.host.runInGuest(
        this.guest,
        ['sh', '-c', ': > /etc/machine-id && rm -f /var/lib/dbus/machine-id'],
        60,
      ),
      'emptying the machine id',
    );
  }

  async healthCheck(command: string, retries: number, interval: number): Promise<string> {
    this.requireExec('health check');
    const attempts = Math.max(1, retries);
    let last = '';
    for (let i = 1; i <= attempts; i++) {
      try {
        await this.inGuest(this.host.runInGuest(this.guest, ['sh', '-c', command], 60), 'health check');
        return i === 1 ? 'healthy' : `healthy after ${i} tries`;
      } catch (err) {
        last = getErrorMessage(err);
        if (err instanceof HostCommandFailed && err.exitCode === undefined) throw err;
      }
      if (i < attempts) await sleep(interval * 1000 * this.input.settings.healthIntervalScale);
    }
    throw new Error(`unhealthy after ${attempts} tries: ${last}`);
  }
}

function tail(text: string, lines = 8): string {
  const all = text.trim().split('\n');
  return (all.length > lines ? ['...', ...all.slice(-lines)] : all).join('\n') || '(no output)';
}
