/**
 * Host state the setup-hypervisor programs simulate beyond the node model (Linux accounts,
 * systemd units, Samba's passdb, loaded AppArmor profiles, the NVIDIA driver, the apt index). It
 * lives in the node's JSON under `hostSetup`, created on first use with what a fresh Proxmox VE
 * install has, so states written before this module existed keep working.
 */
import type { SimCtx } from '../context.js';
import { ExitStatus } from '../errors.js';
import type { SimNode } from '../model.js';

export interface SimLinuxUser {
  uid: number;
  gid: number;
  home: string;
  shell: string;
  /** Supplementary groups. */
  groups: string[];
  /** crypt(3) hash; `!` or `*` when locked / none. */
  hash: string;
  comment?: string;
}

export interface SimUnit {
  enabled: boolean;
  active: boolean;
  /** The package that ships it (the unit does not exist while that package is missing). */
  package?: string;
}

export interface SimHostSetup {
  users: Record<string, SimLinuxUser>;
  groups: Record<string, number>;
  units: Record<string, SimUnit>;
  ntp: boolean;
  /** Samba passdb users. */
  sambaUsers: string[];
  apparmorLoaded: string[];
  /** `apt-get update` succeeded since the sources last changed. */
  aptIndexFresh: boolean;
  /** NVIDIA kernel module installed for the running kernel / loaded now. */
  /** `uvmNodes`: /dev/nvidia-uvm{,-tools} made since boot (`nvidia-modprobe -u`). */
  nvidia: { installed?: string; loaded?: string; gpus: number; uvmNodes?: boolean };
  /** Folders made with `mkdir -p` or `install -d` (other folders are implied by their files). */
  dirs?: string[];
  /** File owners (`user:group`) set with chown/install. */
  owners: Record<string, string>;
  /** How often boot artefacts were rebuilt (update-initramfs, proxmox-boot-tool, update-grub). */
  rebuilt: Record<string, number>;
}

function fresh(): SimHostSetup {
  return {
    users: {
      root: {
        uid: 0,
        gid: 0,
        home: '/root',
        shell: '/bin/bash',
        groups: [],
        hash: '$y$j9T$simulated$rootrootrootrootrootrootrootrootroo',
      },
      nobody: {
        uid: 65534,
        gid: 65534,
        home: '/nonexistent',
        shell: '/usr/sbin/nologin',
        groups: [],
        hash: '*',
      },
    },
    groups: { root: 0, sudo: 27, users: 100, www_data: 33, nogroup: 65534 },
    units: {
      pveproxy: { enabled: true, active: true },
      pvedaemon: { enabled: true, active: true },
      'pve-firewall': { enabled: true, active: true },
      chrony: { enabled: true, active: true, package: 'chrony' },
      ssh: { enabled: true, active: true },
      // Proxmox VE depends on apparmor (lxc-pve loads its profiles through apparmor.service).
      apparmor: { enabled: true, active: true },
      'nfs-server': { enabled: true, active: false, package: 'nfs-kernel-server' },
      smbd: { enabled: true, active: true, package: 'samba' },
      nmbd: { enabled: true, active: true, package: 'samba' },
    },
    ntp: true,
    sambaUsers: [],
    apparmorLoaded: [
      'lxc-container-default',
      'lxc-container-default-cgns',
      'lxc-container-default-with-nesting',
    ],
    aptIndexFresh: false,
    nvidia: { gpus: 1 },
    owners: {},
    rebuilt: {},
  };
}

/** The node's host-setup state, created with a fresh install's values on first use. */
export function hostSetupOf(node: SimNode): SimHostSetup {
  const n = node as SimNode & { hostSetup?: SimHostSetup };
  n.hostSetup ??= fresh();
  return n.hostSetup;
}

export function hostSetup(ctx: SimCtx): SimHostSetup {
  return hostSetupOf(ctx.node);
}

/** Text of a node file, or undefined. */
export function fileText(ctx: SimCtx, path: string): string | undefined {
  const f = ctx.node.files[path];
  return f ? Buffer.from(f.data, 'base64').toString('utf8') : undefined;
}

export function setFileText(ctx: SimCtx, path: string, text: string): void {
  ctx.node.files[path] = {
    ...(ctx.node.files[path] ?? {}),
    data: Buffer.from(text, 'utf8').toString('base64'),
  };
}

/** Paths of node files directly in `dir`. */
export function filesIn(ctx: SimCtx, dir: string): string[] {
  const prefix = dir.replace(/\/$/, '') + '/';
  return Object.keys(ctx.node.files)
    .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
    .sort();
}

export const hasPackage = (ctx: SimCtx, name: string): boolean => ctx.node.packages[name] !== undefined;

/** Exits like a shell that does not find the program (its package is not installed). */
export function requirePackage(ctx: SimCtx, pkg: string, program: string): void {
  if (!hasPackage(ctx, pkg)) throw new ExitStatus(127, `sh: 1: ${program}: not found\n`);
}

export function exit(code: number, stderr = ''): never {
  throw new ExitStatus(code, stderr === '' || stderr.endsWith('\n') ? stderr : stderr + '\n');
}

/** The part of a unit name before `.service`. */
export const unitName = (u: string): string => u.replace(/\.service$/, '');
