/**
 * The in-guest work of one guest's run: waiting for the QEMU guest agent, pushing and running
 * feature and application scripts, and health checks. The contract of the original tooling
 * (config/README.md): a script runs as `bash SCRIPT ID` (the CTID or VMID as `$1`), with the
 * shared helpers of `<config-dir>/lib/` pushed beside it and the guest's config JSON (mode 0600)
 * named by `$PHOENIX_GUEST_CONFIG`. A config that holds resolved secrets is pushed before each
 * script and removed after it; secret values are masked in everything a script's output reaches.
 * A failed script's error carries the end of its output.
 */
import { HostCommandFailed } from '../host/failure.js';
import type { GuestExecResult, GuestRef, HostPort } from '../host/port.js';
import { sleep } from '../host/retry.js';
import { getErrorMessage } from '../util/errors.js';
import { resolveSecretRefs, secretEnvName } from '../config/secret-refs.js';
import { SecretMasker } from '../proxmox/audit.js';
import type { ScriptStore } from './scripts.js';
import type { ApplySettings, ScriptOutput } from './types.js';

/** Where Phoenix keeps what it hands to scripts inside a guest. */
export const GUEST_DIR = '/root/.phoenix';
export const GUEST_CONFIG_PATH = `${GUEST_DIR}/guest.json`;
export const GUEST_CONFIG_ENV = 'PHOENIX_GUEST_CONFIG';

/** The script folders `stage` creates. */
const STAGED_DIRS = new Set([`${GUEST_DIR}/features`, `${GUEST_DIR}/apps`]);

/** Lines of a failed script's output kept in its error. */
export const SCRIPT_TAIL_LINES = 40;

/** What the in-guest work needs of the run's input. */
export interface GuestExecInput {
  readonly settings: ApplySettings;
  readonly scripts: ScriptStore;
  /** The config object handed to scripts (`$PHOENIX_GUEST_CONFIG`); may refuse (config changed). */
  readonly scriptInput: () => Readonly<Record<string, unknown>> | undefined;
  /** The value of a secret the script input refers to (`{"secret": NAME}`); undefined: not set. */
  readonly secret?: (name: string) => string | undefined;
  /** What a script printed, once the host handed it over. */
  readonly onOutput?: (output: ScriptOutput) => void;
}

export class GuestExec {
  private staged = false;
  private configPushed = false;
  /** The config JSON as pushed (secrets resolved), once built. */
  private config: { json: string; secret: boolean } | undefined;
  private readonly masker = new SecretMasker();
  /** Script folders in the guest the `lib/` helpers were pushed to in this run. */
  private readonly libsIn = new Set<string>();

  /** `guest`: the guest and the node it is on now (a migrate step moves it mid-run). */
  constructor(
    private readonly host: HostPort,
    private readonly guestNow: () => GuestRef,
    private readonly input: GuestExecInput,
  ) {}

  private get guest(): GuestRef {
    return this.guestNow();
  }

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

  /** The config JSON for the scripts, with secret references resolved (refused when one is missing). */
  private configJson(): { json: string; secret: boolean } {
    if (this.config) return this.config;
    const r = resolveSecretRefs(this.input.scriptInput() ?? {}, this.input.secret ?? (() => undefined));
    if (r.missing.length > 0)
      throw new Error(
        `secret ${r.missing.join(', ')} has no value: set ${r.missing.map(secretEnvName).join(', ')}`,
      );
    // Each value as written, its lines, and its JSON-escaped form (a script may print its config).
    for (const v of r.values) {
      this.masker.add(v, JSON.stringify(v).slice(1, -1));
      if (v.includes('\n')) this.masker.add(...v.split('\n').filter((l) => l.trim().length >= 8));
    }
    this.config = { json: JSON.stringify(r.value, null, 2) + '\n', secret: r.values.length > 0 };
    return this.config;
  }

  /** Creates Phoenix's folders in the guest, once per run. */
  private async stage(): Promise<void> {
    if (this.staged) return;
    const t = this.input.settings.scriptTimeoutSec;
    await this.inGuest(
      this.host.runInGuest(this.guest, ['mkdir', '-p', `${GUEST_DIR}/features`, `${GUEST_DIR}/apps`], t),
      'creating ' + GUEST_DIR,
    );
    this.staged = true;
  }

  /** Writes the config JSON (mode 0600): once per run, or before every script when it holds secrets. */
  private async pushConfig(): Promise<{ secret: boolean }> {
    const c = this.configJson();
    if (c.secret || !this.configPushed) {
      await this.inGuest(
        this.host.writeGuestFile(this.guest, GUEST_CONFIG_PATH, c.json, '0600'),
        `writing ${GUEST_CONFIG_PATH}`,
      );
      this.configPushed = true;
    }
    return c;
  }

  /** Pushes the `lib/` helpers into the script's folder, once per folder and run. */
  private async pushLibs(dir: string): Promise<void> {
    if (this.libsIn.has(dir)) return;
    for (const lib of await this.input.scripts.libs())
      await this.inGuest(
        this.host.writeGuestFile(this.guest, `${dir}/${lib.name}`, lib.bytes.toString('utf8'), '0755'),
        `pushing lib/${lib.name}`,
      );
    this.libsIn.add(dir);
  }

  async runScript(script: string, token: string, what: string): Promise<void> {
    const content = await this.input.scripts.read(script, token);
    this.requireExec(what);
    await this.stage();
    const path = `${GUEST_DIR}/${script}`;
    const dir = path.slice(0, path.lastIndexOf('/'));
    // Tests live in subfolders (`tests/docker/x.sh`): `pct push` needs the folder to exist.
    if (!this.libsIn.has(dir) && !STAGED_DIRS.has(dir))
      await this.inGuest(
        this.host.runInGuest(this.guest, ['mkdir', '-p', dir], this.input.settings.scriptTimeoutSec),
        `creating ${dir}`,
      );
    await this.pushLibs(dir);
    await this.inGuest(this.host.writeGuestFile(this.guest, path, content, '0755'), `pushing ${script}`);
    // The original tooling's contract: the CTID (or VMID) as `$1`.
    const argv = ['env', `${GUEST_CONFIG_ENV}=${GUEST_CONFIG_PATH}`, 'bash', path, String(this.guest.id)];
    const { secret } = this.configJson();
    let r: GuestExecResult | undefined;
    let failure: unknown;
    try {
      await this.pushConfig();
      r = this.maskResult(await this.host.runInGuest(this.guest, argv, this.input.settings.scriptTimeoutSec));
    } catch (e) {
      failure = e;
    }
    // A config with secrets stays in the guest only while a script runs: removed also when the
    // push or the script failed (a push can fail after the file landed).
    if (secret) {
      try {
        await this.inGuest(
          this.host.runInGuest(this.guest, ['rm', '-f', GUEST_CONFIG_PATH], 60),
          `removing ${GUEST_CONFIG_PATH}`,
        );
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        if (failure === undefined) throw e;
        if (failure instanceof Error) failure.message += `; and ${why}: remove it by hand`;
      }
    }
    if (failure !== undefined || r === undefined) throw failure;
    if (r.status === 'exited')
      this.input.onOutput?.({ what, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
    await this.inGuest(Promise.resolve(r), what, SCRIPT_TAIL_LINES);
  }

  /** A script's result with the run's secret values masked. */
  private maskResult(r: GuestExecResult): GuestExecResult {
    if (this.masker.size === 0) return r;
    if (r.status === 'exited')
      return { ...r, stdout: this.masker.mask(r.stdout), stderr: this.masker.mask(r.stderr) };
    if (r.status === 'unreadable') return { ...r, text: this.masker.mask(r.text) };
    return r;
  }

  /**
   * Seals a VM before it becomes a template: waits for cloud-init's first boot to finish (it
   * installs the guest agent), then forgets the instance (`cloud-init clean`, so clones run it
   * afresh) and empties the machine id (each clone makes its own at first boot).
   */
  async seal(): Promise<void> {
    const t = this.input.settings.scriptTimeoutSec;
    // cloud-init 23.4+ exits 2 when it finished with recoverable errors (deprecated keys...).
    const status = await this.host.runInGuest(this.guest, ['cloud-init', 'status', '--wait'], t);
    await this.inGuest(
      Promise.resolve(
        status.status === 'exited' && status.exitCode === 2 ? { ...status, exitCode: 0 } : status,
      ),
      'cloud-init',
    );
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
