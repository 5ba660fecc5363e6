/**
 * PHX-UNSUPPORTED-FIELD: fields of the original Phoenix tooling's files that its orchestrator acted
 * on and Phoenix does not. Each is reported once per field (at its first use, with how many other
 * places use it), saying what the original did and what Phoenix does instead. Values that ask for
 * nothing (false, "none", empty) are not reported. The schemas mark the same fields
 * `"x-phoenix": "unsupported"` (the config reference says so); a test keeps the two in step.
 */
import type { ConfigFileKey } from '../../model/types.js';
import type { JsonPath } from '../json-source.js';
import type { LoadedConfig } from '../load.js';
import type { RuleInfo } from './rule-info.js';
import { isObj, type Reporter } from './report.js';

export const UNSUPPORTED_RULE: RuleInfo = {
  id: 'PHX-UNSUPPORTED-FIELD',
  severity: 'warning',
  summary: 'a field the original tooling acted on and Phoenix does not',
};

export interface UnsupportedField {
  readonly file: ConfigFileKey;
  /** `guest` for a key of each guest object, `top` for a path from the file's root. */
  readonly where: 'guest' | 'top';
  readonly path: readonly string[];
  /** What the original orchestrator did with it. */
  readonly original: string;
  /** What Phoenix does instead. */
  readonly phoenix: string;
}

const SCRIPTS =
  "Phoenix passes it to the guest's scripts in guest.json, so an application script can act on it";

export const UNSUPPORTED_FIELDS: readonly UnsupportedField[] = [
  ...(['lxc', 'vm'] as const).flatMap((file): UnsupportedField[] => [
    {
      file,
      where: 'guest',
      path: ['portainer_role'],
      original: 'deployed the Portainer server or agent on the guest by this role',
      phoenix: `${SCRIPTS}; it deploys nothing itself`,
    },
    {
      file,
      where: 'guest',
      path: ['traefik_service'],
      original: 'generated Traefik routing for the guest from it',
      phoenix: `${SCRIPTS}; no proxy configuration is written`,
    },
    {
      file,
      where: 'guest',
      path: ['trigger_sync_on_completion'],
      original: "ran 'phoenix sync all' (DNS, proxy, certificates) after the guest was created",
      phoenix: 'Phoenix runs no sync; put what the sync did in a feature or application script',
    },
  ]),
  {
    file: 'lxc',
    where: 'guest',
    path: ['id_maps'],
    original: 'wrote lxc.idmap lines mapping these container IDs to host IDs',
    phoenix: "Phoenix writes no id mapping from it; write the lxc.idmap lines in 'lxc_options'",
  },
  ...(['swarm_role', 'node_labels'] as const).map((key): UnsupportedField => ({
    file: 'vm',
    where: 'guest',
    path: [key],
    original: 'set up the Docker Swarm (init or join, node labels) from it',
    phoenix: `${SCRIPTS}; it forms no swarm`,
  })),
  ...(['docker_stacks', 'portainer_agent_hostname', 'portainer_environment_name'] as const).map(
    (key): UnsupportedField => ({
      file: 'vm',
      where: 'guest',
      path: [key],
      original: 'registered the VM in Portainer and deployed its Docker stacks through the Portainer API',
      phoenix: `${SCRIPTS}; it deploys no stacks`,
    }),
  ),
  {
    file: 'hypervisor',
    where: 'top',
    path: ['behavior', 'rollback_on_failure'],
    original: 'rolled a container back when its creation failed',
    phoenix:
      "Phoenix stops that guest and reports it; 'phoenix rollback' puts a changed guest back to its safety snapshot",
  },
  {
    file: 'vm',
    where: 'guest',
    path: ['volumes'],
    original: 'mounted these volumes (NFS exports of the host) inside the VM',
    phoenix: `${SCRIPTS}; it attaches and mounts nothing from it`,
  },
  ...(['cuda_version', 'install_vllm_libs'] as const).map((key): UnsupportedField => ({
    file: 'hypervisor',
    where: 'top',
    path: ['nvidia_driver', key],
    original: 'installed CUDA and the vLLM libraries on the host with the driver',
    phoenix: 'Phoenix installs the driver only; containers get CUDA and vLLM from their features',
  })),
  {
    file: 'hypervisor',
    where: 'top',
    path: ['vms'],
    original: 'created these VMs (an older place for them)',
    phoenix: 'Phoenix ignores them: VMs belong in phoenix_vm_configs.json',
  },
];

/** A value that asks for nothing: absent, false, null, "none", "" or empty. */
function asksNothing(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === '' || v === 'none') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObj(v)) return Object.keys(v).length === 0;
  return false;
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const p of path)
    v = Array.isArray(v) && typeof p === 'number' ? v[p] : isObj(v) ? v[String(p)] : undefined;
  return v;
}

/** Where each guest object of a file sits. */
function guestPaths(file: ConfigFileKey, root: unknown): JsonPath[] {
  if (!isObj(root)) return [];
  if (file === 'lxc')
    return isObj(root.lxc_configs) ? Object.keys(root.lxc_configs).map((k) => ['lxc_configs', k]) : [];
  if (file === 'vm') return Array.isArray(root.vms) ? root.vms.map((_v, i) => ['vms', i]) : [];
  return [];
}

export function checkUnsupportedFields(loaded: LoadedConfig, r: Reporter): void {
  const guestsOf = new Map<ConfigFileKey, JsonPath[]>();
  for (const f of UNSUPPORTED_FIELDS) {
    const root = loaded.sources[f.file]?.value;
    if (root === undefined) continue;
    if (f.where === 'guest' && !guestsOf.has(f.file)) guestsOf.set(f.file, guestPaths(f.file, root));
    const bases = f.where === 'top' ? [[] as JsonPath] : guestsOf.get(f.file)!;
    let first: JsonPath | undefined;
    let count = 0;
    for (const b of bases) {
      if (asksNothing(valueAt(valueAt(root, b), f.path))) continue;
      first ??= b;
      count++;
    }
    if (!first) continue;
    const name = f.path.join('.');
    const others = count > 1 ? ` (also set in ${count - 1} other guest${count > 2 ? 's' : ''})` : '';
    r.at(
      f.file,
      [...first, ...f.path],
      'warning',
      UNSUPPORTED_RULE.id,
      `'${name}' is not supported${others}: the original Phoenix tooling ${f.original}; ${f.phoenix}`,
      'key',
    );
  }
}
