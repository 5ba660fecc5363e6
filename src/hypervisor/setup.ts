/**
 * `setup-hypervisor` end to end, for the CLI and the GitHub action: validate the config dir (which
 * resolves the hypervisor file into its HostConfig), bind that to this run's secrets and
 * confirmations (nothing touches the host when the hypervisor file has errors), open the target
 * (with the audit log, secrets masked), run the steps (cluster-wide ones once, per-node ones on
 * each node: nodes.ts), close. Returns the report; rendering is the
 * caller's.
 */
import { join } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../config/diagnostics.js';
import { HOST_RULE_IDS, hostDiagnostics } from '../config/rules/host-config.js';
import { withoutShadowedSchemaFindings } from '../config/rules/index.js';
import { validateConfigDir } from '../config/validate.js';
import type { HostConfig } from '../model/host-config/types.js';
import { SecretMasker, withAudit } from '../proxmox/audit.js';
import type { HostTransport } from '../proxmox/transport.js';
import { CONFIG_FILES } from '../model/types.js';
import { UserError } from '../util/errors.js';
import { SetupHost } from './host.js';
import type { SetupReport } from './render.js';
import { setupTargets, requestedNodes } from './nodes.js';
import { runStepsOn, type StepResult } from './runner.js';
import { bindSetup, secretsFromEnv } from './setup-config.js';
import { SETUP_STEPS } from './steps/index.js';
import { STEP_IDS, type SetupConfig, type StepId } from './types.js';

export interface SetupOptions {
  readonly configDir: string;
  readonly target: string;
  readonly dryRun: boolean;
  /**
   * The one node to set up (`--node`); without it, every node `cluster.nodes` lists, or the
   * connected node when the file lists none.
   */
  readonly node?: string;
  /** Step ids to run (all when undefined or empty). */
  readonly steps?: readonly string[];
  readonly auditLog?: string;
  /** Disks that may be wiped to create a pool. */
  readonly confirmDestructive?: readonly string[];
  /** Secrets and PHOENIX_* settings come from here. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Opens the target (default: the target factory's `openShellTransport`). */
  readonly openTransport?: (target: string) => Promise<HostTransport>;
  /** Every secret value the run knows or learns (e.g. for `core.setSecret`). */
  readonly onSecret?: (value: string) => void;
  readonly onStep?: (result: StepResult) => void;
}

export interface SetupOutcome {
  /** Findings of validation and of the setup model (errors stop the run before the host). */
  readonly diagnostics: readonly Diagnostic[];
  readonly report?: SetupReport;
  /** API tokens created in this run: full id -> secret. */
  readonly tokens: ReadonlyMap<string, string>;
  /** Findings of `phoenix validate` in the guest files, which do not concern the host setup. */
  readonly otherFindings: number;
  /** Host commands run (argv, read-only flag, exit). */
  readonly commands: SetupHost['log'];
  /** 0: done (or dry run shown); 1: invalid config, or a step failed or was blocked. */
  readonly exitCode: 0 | 1;
}

/** `a,b` -> step ids; unknown names are a usage error listing the valid ones. */
export function parseStepList(items: readonly string[] | undefined): Set<StepId> | undefined {
  const names = (items ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
  if (names.length === 0) return undefined;
  const unknown = names.filter((n) => !(STEP_IDS as readonly string[]).includes(n));
  if (unknown.length > 0)
    throw new UserError(`unknown step(s) ${unknown.join(', ')}: the steps are ${STEP_IDS.join(', ')}`, 2);
  return new Set(names as StepId[]);
}

function checkConfirmations(cfg: HostConfig, names: readonly string[]): void {
  const zfs = [cfg.zfs, ...(cfg.cluster?.nodes ?? []).flatMap((n) => (n.zfs ? [n.zfs] : []))];
  const disks = new Set(zfs.flatMap((z) => z.pools.flatMap((p) => p.disks)));
  const stray = names.filter((n) => !disks.has(n));
  if (stray.length > 0)
    throw new UserError(
      `--confirm-destructive names ${stray.join(', ')}, which ${stray.length === 1 ? 'is' : 'are'} not a disk of any pool in the config (pool disks: ${[...disks].join(', ') || 'none'})`,
      2,
    );
}

function secretValues(cfg: SetupConfig): string[] {
  const out = [cfg.secrets.adminPasswordHash, cfg.secrets.sambaPassword];
  for (const u of cfg.access.users) if (u.passwordEnv) out.push(cfg.secrets.env[u.passwordEnv]);
  return out.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The target's shell transport, from the target factory (setup speaks argv). */
/** The shell transport setup runs on: the caller's `openTransport`, else the target factory's. */
export async function openSetupTransport(o: SetupOptions, target: string): Promise<HostTransport> {
  if (o.openTransport) return o.openTransport(target);
  const { openShellTransport } = await import('../host/open-port.js');
  return openShellTransport(target, { env: o.env as NodeJS.ProcessEnv, cwd: o.cwd });
}

export async function runSetup(o: SetupOptions): Promise<SetupOutcome> {
  const only = parseStepList(o.steps);
  const confirm = (o.confirmDestructive ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
  // Validation resolves the hypervisor file (AppArmor sources from <config>/apparmor/) and
  // reports its PHX-HV-* findings; a missing file is setup's problem alone.
  const validation = await validateConfigDir(o.configDir);
  const isHost = (d: Diagnostic): boolean => HOST_RULE_IDS.has(d.rule);
  const hostFindings = validation.loaded.present.hypervisor
    ? validation.diagnostics.filter(isHost)
    : hostDiagnostics(validation.loaded, validation.host);
  const built = bindSetup(validation.host.config, hostFindings, secretsFromEnv(o.env), confirm);
  // Only the hypervisor file's findings matter here; the guests' own problems (a missing feature
  // script...) are for `phoenix validate` and do not stop the host setup.
  const hvFile = join(o.configDir, CONFIG_FILES.hypervisor);
  const own = validation.diagnostics.filter((d) => d.file === hvFile && !isHost(d));
  // A finding of another rule where the host rules report an error says the same thing less precisely.
  const diagnostics = [...withoutShadowedSchemaFindings(own, built.diagnostics), ...built.diagnostics].sort(
    compareDiagnostics,
  );
  const elsewhere = validation.diagnostics.filter((d) => d.file !== hvFile && !isHost(d)).length;
  const none = { tokens: new Map<string, string>(), commands: [], otherFindings: elsewhere };
  if (own.some((d) => d.severity === 'error') || !built.config) return { diagnostics, exitCode: 1, ...none };
  const cfg = built.config;
  checkConfirmations(cfg, confirm);
  const wanted = requestedNodes(cfg, o.node);

  const masker = new SecretMasker(secretValues(cfg), o.onSecret);
  let transport = await openSetupTransport(o, o.target);
  let host: SetupHost;
  let steps: StepResult[];
  try {
    // Inside the try: whatever fails from here on, closing the transport releases what it
    // holds (the host lock of a real run).
    if (o.auditLog) transport = withAudit(transport, o.auditLog, masker);
    host = new SetupHost(transport, o.dryRun, (v) => masker.add(v));
    const { connected, nodes } = await setupTargets(host, cfg, wanted);
    steps = await runStepsOn(connected, nodes, SETUP_STEPS, { dryRun: o.dryRun, only, onStep: o.onStep });
  } finally {
    await transport.close();
  }
  const report: SetupReport = {
    target: transport.description,
    dryRun: o.dryRun,
    steps,
    tokens: [...host.createdTokens.keys()],
  };
  const failed = steps.some((s) => s.status === 'failed' || s.status === 'blocked');
  return {
    diagnostics,
    report,
    tokens: host.createdTokens,
    commands: host.log,
    otherFindings: elsewhere,
    exitCode: failed ? 1 : 0,
  };
}
