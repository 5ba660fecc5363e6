/**
 * Semantic rules over the resolved desired state and the resolved hypervisor file. Each rule has
 * a stable id (listed in RULES) and reports on the offending field. Pure and linear in the number
 * of guests: lookups go through maps built once per run, and source positions are computed only
 * for findings.
 */
import type { ResolvedHostConfig } from '../../model/host-config/types.js';
import type { DesiredState } from '../../model/types.js';
import { CONFIG_FILES, type ConfigFileKey } from '../../model/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedConfig } from '../load.js';
import type { ScriptInventory } from '../script-inventory.js';
import { findSecretRefs, SECRET_NAME_RE } from '../secret-refs.js';
import { findPlaintextSecrets } from '../secrets.js';
import { hypervisorFacts, indexGuests, type HypervisorFacts } from './facts.js';
import {
  checkFirewallRules,
  checkGpu,
  checkGuestFirewall,
  checkResources,
  checkTemplateStart,
} from './guest-settings.js';
import { checkHostConfig, HOST_RULES, resolveHost } from './host-config.js';
import {
  checkControlChars,
  checkGuestHostPaths,
  checkHypervisorPathRoots,
  HOST_SAFETY_RULES,
  hostRoots,
} from './host-safety.js';
import { checkHostnames, checkIds } from './identity.js';
import { checkClones, checkCycles, checkDependencies } from './lineage.js';
import { checkClusterNodes, CLUSTER_RULES } from './cluster.js';
import { NetworkChecker } from './network.js';
import { isObj, Reporter } from './report.js';
import type { RuleInfo } from './rule-info.js';
import { ScriptChecker } from './scripts.js';
import { StorageChecker } from './storage.js';
import { checkUnsupportedFields, UNSUPPORTED_RULE } from './unsupported-fields.js';

export interface RuleContext {
  readonly loaded: LoadedConfig;
  readonly desired: DesiredState;
  readonly scripts: ScriptInventory;
  /** The hypervisor file resolved; when absent, it is resolved here without AppArmor sources. */
  readonly host?: ResolvedHostConfig;
}

/** Every rule id this module reports, for documentation and for tests that filter by rule. */
export const RULES: readonly RuleInfo[] = [
  { id: 'PHX-ID-DUPLICATE', severity: 'error', summary: 'guest IDs are unique across containers and VMs' },
  { id: 'PHX-HOSTNAME', severity: 'error', summary: 'guest names are valid DNS names' },
  { id: 'PHX-HOSTNAME-DUPLICATE', severity: 'warning', summary: 'two guests share a name' },
  {
    id: 'PHX-DISK-SHRINK',
    severity: 'error',
    summary: 'a clone asks for a smaller disk than its source has (Proxmox only grows disks)',
  },
  {
    id: 'PHX-NO-OS-SOURCE',
    severity: 'error',
    summary: 'a guest is cloned or has an OS template / cloud image',
  },
  { id: 'PHX-CLONE-SOURCE', severity: 'error', summary: 'the clone source exists' },
  { id: 'PHX-CLONE-KIND', severity: 'error', summary: 'containers clone containers, VMs clone VMs' },
  {
    id: 'PHX-CLONE-NOT-TEMPLATE',
    severity: 'error',
    summary: 'the clone source is a template or names a template snapshot',
  },
  {
    id: 'PHX-CLONE-BIND-MOUNT',
    severity: 'error',
    summary: 'a clone source has no bind or device mount point (Proxmox cannot clone one)',
  },
  {
    id: 'PHX-CLONE-AND-TEMPLATE',
    severity: 'warning',
    summary: 'clone source and OS template both set; the clone wins',
  },
  { id: 'PHX-CYCLE', severity: 'error', summary: 'clones and dependencies form no cycle' },
  { id: 'PHX-DEPENDENCY-MISSING', severity: 'error', summary: 'dependencies name defined guests' },
  {
    id: 'PHX-DEPENDENCY-TEMPLATE',
    severity: 'warning',
    summary: 'a dependency on a template, which never runs',
  },
  {
    id: 'PHX-BOOT-ORDER',
    severity: 'warning',
    summary: 'a guest starts at boot before (or without) its dependency',
  },
  {
    id: 'PHX-IP-INVALID',
    severity: 'error',
    summary: "IP is 'dhcp', 'manual' or an IPv4 CIDR usable by a host",
  },
  { id: 'PHX-IP-DUPLICATE', severity: 'error', summary: 'static IPs are unique per bridge and VLAN' },
  { id: 'PHX-IP-SUBNET', severity: 'warning', summary: "IP lies in the bridge's known subnet" },
  { id: 'PHX-GATEWAY-INVALID', severity: 'error', summary: 'gateway is an IPv4 address' },
  { id: 'PHX-GATEWAY-SUBNET', severity: 'error', summary: "gateway lies inside the interface's subnet" },
  { id: 'PHX-MAC-INVALID', severity: 'error', summary: 'MAC addresses are valid unicast addresses' },
  { id: 'PHX-MAC-DUPLICATE', severity: 'error', summary: 'MAC addresses are unique' },
  { id: 'PHX-NIC-DUPLICATE', severity: 'error', summary: 'interface names are unique within a container' },
  { id: 'PHX-NAMESERVER-INVALID', severity: 'error', summary: 'nameservers are IP addresses' },
  { id: 'PHX-BRIDGE-UNDEFINED', severity: 'error', summary: 'bridges are defined by the hypervisor config' },
  {
    id: 'PHX-STORAGE-UNDEFINED',
    severity: 'error',
    summary: 'storage IDs are defined by the hypervisor config or Proxmox defaults',
  },
  {
    id: 'PHX-STORAGE-CONTENT',
    severity: 'error',
    summary: 'the storage accepts the content (rootdir / images)',
  },
  {
    id: 'PHX-HYPERVISOR-MISSING',
    severity: 'warning',
    summary: 'no hypervisor file: storage and bridges not checked',
  },
  {
    id: 'PHX-MOUNT-HOST-PATH',
    severity: 'error',
    summary: 'shared volumes and mount points have an absolute host path',
  },
  { id: 'PHX-MOUNT-GUEST', severity: 'error', summary: 'shared volumes mount into defined containers' },
  { id: 'PHX-MOUNT-TARGET', severity: 'error', summary: 'mount targets are absolute paths without . or ..' },
  { id: 'PHX-MOUNT-DUPLICATE', severity: 'warning', summary: 'two mounts at the same path in one guest' },
  { id: 'PHX-FEATURE-MISSING', severity: 'error', summary: 'feature X exists as features/X.sh' },
  { id: 'PHX-APP-MISSING', severity: 'error', summary: 'application script Y exists as apps/Y' },
  {
    id: 'PHX-TEST-MISSING',
    severity: 'warning',
    summary: 'test script exists under tests/ (else reported as not run)',
  },
  { id: 'PHX-SCRIPT-PATH', severity: 'error', summary: 'script paths stay inside their folder' },
  {
    id: 'PHX-GPU-FORMAT',
    severity: 'warning',
    summary: "gpu_assignment written loosely ('0, 1'); normalised",
  },
  { id: 'PHX-GPU-INVALID', severity: 'error', summary: "gpu_assignment is 'none' or GPU indexes" },
  { id: 'PHX-MEMORY-LOW', severity: 'warning', summary: 'memory_mb is implausibly small (MB, not GB)' },
  { id: 'PHX-TEMPLATE-START', severity: 'warning', summary: 'a template set to start at boot' },
  { id: 'PHX-FIREWALL-PROTO', severity: 'error', summary: 'firewall ports come with a port-based protocol' },
  { id: 'PHX-FIREWALL-DUPLICATE', severity: 'warning', summary: 'the same firewall rule twice in one list' },
  { id: 'PHX-PLAINTEXT-SECRET', severity: 'error', summary: 'no plaintext passwords or tokens in config' },
  { id: 'PHX-SECRET-REF', severity: 'error', summary: 'a secret reference names a valid secret' },
  ...CLUSTER_RULES,
  UNSUPPORTED_RULE,
  ...HOST_SAFETY_RULES,
  ...HOST_RULES,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/** A secret name for a value's path (`lxc_configs.910.admin_password` -> `CT_910_ADMIN_PASSWORD`). */
function secretName(path: readonly (string | number)[]): string {
  const name = path
    .filter((p) => p !== 'lxc_configs' && p !== 'vms')
    .map((p) =>
      String(p)
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_'),
    )
    .join('_');
  // A secret name starts with a letter (GitHub's rule, and SECRET_NAME_RE).
  return /^[A-Z]/.test(name) ? name : `${path[0] === 'vms' ? 'VM' : 'CT'}_${name}`;
}

/** PHX-PLAINTEXT-SECRET over the three files as written (application data included). */
function checkSecrets(loaded: LoadedConfig, r: Reporter): void {
  for (const key of Object.keys(CONFIG_FILES) as ConfigFileKey[]) {
    const source = loaded.sources[key];
    if (!source) continue;
    for (const ref of findSecretRefs(source.value)) {
      if (SECRET_NAME_RE.test(ref.name)) continue;
      r.at(
        key,
        ref.path,
        'error',
        'PHX-SECRET-REF',
        `'${ref.path.join('.')}' refers to secret ${JSON.stringify(ref.name)}: a secret name is upper-case letters, ` +
          `digits and '_', starting with a letter (e.g. {"secret": "PORTAINER_ADMIN_PASSWORD"})`,
      );
    }
    for (const f of findPlaintextSecrets(source.value)) {
      r.at(
        key,
        f.path,
        'error',
        'PHX-PLAINTEXT-SECRET',
        `'${f.path.join('.')}' holds a plaintext secret that everyone with read access to the repository can see; ` +
          `store it as a GitHub Actions secret (e.g. ${secretName(f.path)}) and write {"secret": "${secretName(f.path)}"} ` +
          `here instead (apply resolves it from the environment variable PHOENIX_SECRET_${secretName(f.path)})`,
      );
    }
  }
}

export function runRules(ctx: RuleContext): Diagnostic[] {
  const r = new Reporter(ctx.loaded);
  const { guests, hypervisor } = ctx.desired;
  const idx = indexGuests(guests);
  const host = ctx.host ?? resolveHost(ctx.loaded, ctx.desired);
  // Without the file there is nothing to check but its absence (a warning, below; only
  // setup-hypervisor needs the file and reports PHX-HV-FILE for it).
  if (ctx.loaded.present.hypervisor) checkHostConfig(host, r);
  let facts: HypervisorFacts | undefined;
  if (host.config) facts = hypervisorFacts(host.config);
  else if (!ctx.loaded.present.hypervisor) {
    r.at(
      'hypervisor',
      [],
      'warning',
      'PHX-HYPERVISOR-MISSING',
      `${CONFIG_FILES.hypervisor} not found: storage pools and bridges are not checked`,
    );
  }
  const vmFile = ctx.loaded.sources.vm?.value;
  const vmDefaults = isObj(vmFile) && isObj(vmFile.vm_defaults) ? vmFile.vm_defaults : {};

  checkIds(guests, r);
  checkHostnames(guests, r);
  checkClones(guests, idx, r);
  checkDependencies(guests, idx, r);
  checkCycles(guests, idx, r);
  checkClusterNodes(hypervisor, guests, r);

  const network = new NetworkChecker(r, facts, vmDefaults);
  const storage = new StorageChecker(r, facts, vmDefaults);
  const scripts = new ScriptChecker(r, ctx.scripts);
  if (hypervisor) {
    storage.checkSharedVolumes(hypervisor, idx);
    scripts.checkHypervisorTests(hypervisor);
    const fw = hypervisor.firewall;
    if (isObj(fw)) {
      checkFirewallRules(
        'hypervisor',
        ['firewall', 'global_firewall_rules'],
        fw.global_firewall_rules,
        'the hypervisor',
        r,
      );
      checkFirewallRules('hypervisor', ['firewall', 'rules'], fw.rules, 'the hypervisor', r);
    }
  }
  const hvFile = ctx.loaded.sources.hypervisor?.value;
  const roots = hostRoots(hvFile);
  checkHypervisorPathRoots(hvFile, roots, r);
  checkControlChars(ctx.loaded, r);
  for (const g of guests) {
    checkGuestHostPaths(g, roots, r);
    network.check(g);
    storage.checkGuestStorage(g);
    storage.checkMounts(g);
    scripts.checkGuest(g);
    checkGpu(g, r);
    checkResources(g, vmDefaults, r);
    checkTemplateStart(g, r);
    checkGuestFirewall(g, r);
  }
  scripts.report();
  checkSecrets(ctx.loaded, r);
  checkUnsupportedFields(ctx.loaded, r);
  return r.diagnostics;
}

/**
 * Schema findings that a semantic rule reports at the same position with a more specific message
 * (an IP, MAC, GPU list or script path that fails a schema pattern) are dropped, so one mistake
 * gives one line. Only rule errors shadow: a rule warning never hides a schema error.
 */
export function withoutShadowedSchemaFindings(
  schema: readonly Diagnostic[],
  rules: readonly Diagnostic[],
): Diagnostic[] {
  const at = new Set<string>();
  for (const d of rules) if (d.severity === 'error') at.add(`${d.file}\n${d.line}\n${d.column}`);
  return schema.filter((d) => !at.has(`${d.file}\n${d.line}\n${d.column}`));
}
