/**
 * Commands for another node of a Proxmox VE cluster, run from the node Phoenix is connected to.
 *
 * Why a hop and not the API's proxying (`pvesh create /nodes/NODE/...`): `pct exec`, `pct push`,
 * guest scripts and host folders have no API path at all, so they must run on the node that holds
 * the guest; one path for every kind of guest operation keeps the argv of each the same on one
 * node and on a cluster (the audit log reads alike), and it is the path Proxmox itself takes
 * between nodes: `PVE::SSHInfo::ssh_info_to_command` (pve-cluster) runs
 * `/usr/bin/ssh -e none -o BatchMode=yes -o HostKeyAlias=NODE root@IP`, with the node's cluster
 * address from `PVE::Cluster::remote_node_ip`, and the root keys `pvecm add` set up.
 * Files under /etc/pve need no hop: pmxcfs shows the same tree on every node.
 *
 * The remote side runs the command through its login shell, so the inner argv travels as one
 * string, every word single-quoted (`quote.ts`).
 */
import { shellJoin, shellSplit } from '../quote.js';
import { fail, show, type HostCommand } from './command.js';
import { checkIp, checkNodeName } from './checks.js';

/** Where a node is reached: its name (the host key alias) and its cluster network address. */
export interface NodeRoute {
  readonly node: string;
  readonly address: string;
}

/** The options before the destination, as `ssh_info_to_ssh_opts` builds them. */
export function hopPrefix(route: NodeRoute): string[] {
  checkNodeName(route.node);
  checkIp(route.address, `address of node ${show(route.node)}`);
  return [
    'ssh',
    '-e',
    'none',
    '-o',
    'BatchMode=yes',
    '-o',
    `HostKeyAlias=${route.node}`,
    `root@${route.address}`,
    '--',
  ];
}

/** `cmd` run on `route`'s node: stdin, secrets and read-only-ness carried over. */
export function onNode(route: NodeRoute, cmd: HostCommand): HostCommand {
  if (cmd.argv[0] === 'ssh') fail(`a command for node ${show(route.node)} is already routed to another node`);
  return { ...cmd, argv: [...hopPrefix(route), shellJoin(cmd.argv)] };
}

/** The inner argv string of a hop built by `onNode`, and its node; undefined for other commands. */
export function hopTarget(
  argv: readonly string[],
): { node: string; address: string; command: string } | undefined {
  if (argv[0] !== 'ssh' || argv.length !== 10 || argv[8] !== '--') return undefined;
  const alias = /^HostKeyAlias=(.+)$/.exec(argv[6] ?? '');
  const dest = /^root@(.+)$/.exec(argv[7] ?? '');
  if (!alias || !dest) return undefined;
  return { node: alias[1]!, address: dest[1]!, command: argv[9]! };
}

/** The node and argv a hop built by `onNode` carries; undefined for other commands. */
export function hopInner(argv: readonly string[]): { node: string; argv: string[] } | undefined {
  const hop = hopTarget(argv);
  const inner = hop ? shellSplit(hop.command) : undefined;
  return hop && inner ? { node: hop.node, argv: inner } : undefined;
}
