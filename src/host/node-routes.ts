/**
 * Which node of a Proxmox VE cluster a guest's commands run on, and how they get there. The state
 * read from the connected node names every node, its cluster address, whether it is online and
 * which one is the connected (local) node (`LiveState.nodeDetails`); a command for a guest on
 * another node is sent through the node hop (`onNode`, commands/hop.ts), a command for the local
 * node as it is. Files under /etc/pve never need the hop (pmxcfs shows the same tree on every
 * node), so callers send those unrouted.
 *
 * Without node facts (a single node, a state file written before clusters) every command runs
 * where it always did: on the connected node.
 */
import type { LiveNode } from '../model/live-state.js';
import { onNode, type HostCommand } from '../proxmox/commands.js';
import { HostCommandFailed } from './failure.js';

const show = (s: string): string => JSON.stringify(s);

/** The cluster's nodes as last read; shared by every policy view of one port. */
export class NodeRoutes {
  private nodes: readonly LiveNode[] = [];

  /** Takes the nodes of a state read (an absent list keeps what was known). */
  use(nodes: readonly LiveNode[] | undefined): void {
    if (nodes?.length) this.nodes = [...nodes];
  }

  /** The node commands run on without a hop, when the cluster facts name it. */
  get localNode(): string | undefined {
    return this.nodes.find((n) => n.local)?.name;
  }

  /**
   * `cmd` as it must be sent to run on `node`: unchanged for the local node, an unknown node on a
   * host without cluster facts, or no node at all; through the hop for another node. Refuses (a
   * HostCommandFailed naming the node, nothing sent) a node that is offline, has no address, or
   * is not in the cluster.
   */
  route(cmd: HostCommand, node: string | undefined): HostCommand {
    if (node === undefined || this.nodes.length === 0) return cmd;
    const local = this.localNode;
    if (node === local) return cmd;
    const refuse = (why: string): never => {
      throw new HostCommandFailed(cmd.argv, { error: `node ${show(node)} ${why}; nothing was run there` });
    };
    const entry = this.nodes.find((n) => n.name === node);
    if (!entry) {
      // A one-node host whose facts do not name the guest's node (say a renamed node): local.
      if (this.nodes.length === 1) return cmd;
      return refuse(`is not a node of this cluster (nodes: ${this.nodes.map((n) => n.name).join(', ')})`);
    }
    if (local === undefined) {
      if (this.nodes.length === 1) return cmd;
      return refuse('cannot be reached: the state read names no local node to hop from');
    }
    if (!entry.online)
      return refuse('is offline (pvesh get /cluster/status); its guests cannot be changed now');
    if (!entry.address) return refuse('has no cluster address in /cluster/status');
    return onNode({ node, address: entry.address }, cmd);
  }
}
