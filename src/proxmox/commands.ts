/**
 * Every command Phoenix sends to a host is built here, and only here: typed operations in,
 * argv out. Transports never build commands; other modules never write argv by hand.
 * Options and value formats follow the Proxmox VE 8.4 / 9.1 API schema (tests check each builder
 * against ../shared/pve-api).
 */
export interface HostCommand {
  readonly argv: readonly string[];
  /** True when the command changes nothing (safe to retry after a dropped connection). */
  readonly readOnly: boolean;
  /** Data for the command's stdin (file contents for `tee`). */
  readonly stdin?: string;
  /** Values in argv that are secrets and must be masked in logs. */
  readonly secrets?: readonly string[];
}

const ro = (...argv: string[]): HostCommand => ({ argv, readOnly: true });

/** Paths of guest config files in the cluster filesystem. */
export function guestConfigPath(node: string, kind: 'lxc' | 'qemu', id: number): string {
  return `/etc/pve/nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${id}.conf`;
}

// ---- live-state reading (a constant number of commands, whatever the number of guests) ----

/** All guests, storages and nodes of the cluster in one JSON document. */
export function clusterResources(): HostCommand {
  return ro('pvesh', 'get', '/cluster/resources', '--output-format', 'json');
}

/**
 * The config files of many guests (with their `[snapshot]` sections) in one command:
 * `grep -H ''` prints every line prefixed by its file path. Paths are absolute /etc/pve paths.
 */
export function readConfigFiles(paths: readonly string[]): HostCommand {
  return ro('grep', '-H', '', '--', ...paths);
}

/** Bridges (and other interfaces) of one node. */
export function nodeNetwork(node: string): HostCommand {
  return ro('pvesh', 'get', `/nodes/${node}/network`, '--output-format', 'json');
}

/** Proxmox VE version of the node we talk to. */
export function pveVersion(): HostCommand {
  return ro('pvesh', 'get', '/version', '--output-format', 'json');
}

/** Contents (templates, ISOs) of one storage. */
export function storageContent(node: string, storage: string, content: string): HostCommand {
  return ro(
    'pvesh',
    'get',
    `/nodes/${node}/storage/${storage}/content`,
    '--content',
    content,
    '--output-format',
    'json',
  );
}
