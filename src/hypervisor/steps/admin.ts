/**
 * The admin's Linux account on each node: the user, its password (from
 * PHOENIX_ADMIN_PASSWORD_HASH), sudo and the SSH key. Linux accounts are per machine, unlike the
 * Proxmox user NAME@pam the `access` step makes once in pmxcfs: a cluster needs the account on
 * every node the admin logs in to.
 */
import {
  chmod,
  chown,
  chpasswdEncrypted,
  getentPasswd,
  getentShadow,
  idGroups,
  installDir,
  useradd,
  usermodAppendGroups,
  type HostCommand,
} from '../../proxmox/commands.js';
import { SECRET_ENV } from '../setup-config.js';
import type { Change, ChangeKind, Finding, SetupStep } from '../types.js';

/** Commands to run (`useradd`, `usermod`...), or an SSH key to install. */
export type AdminPayload =
  | { readonly op: 'run-commands'; readonly commands: readonly HostCommand[] }
  | {
      readonly op: 'install-key';
      readonly file: string;
      readonly dir: string;
      readonly user: string;
      readonly content: string;
    };

const plan = (
  kind: ChangeKind,
  target: string,
  summary: string,
  commands: HostCommand[],
): Change<AdminPayload> => ({ kind, target, summary, data: { op: 'run-commands', commands } });

export const adminStep: SetupStep<AdminPayload> = {
  id: 'admin',
  title: 'Admin account (Linux user, sudo, SSH key)',
  dependsOn: ['apt'],
  scope: 'node',
  async check(host, cfg) {
    const a = cfg.access.admin;
    if (!a) return [];
    const out: Finding<AdminPayload>[] = [];
    const passwd = await host.run(getentPasswd(a.username));
    const exists = passwd.exitCode === 0;
    const home = (exists && passwd.stdout.split(':')[5]) || `/home/${a.username}`;
    if (!exists)
      out.push(
        plan('create', `user ${a.username}`, `create the Linux user ${a.username}`, [
          useradd(a.username, { shell: '/bin/bash' }),
        ]),
      );
    const hash = cfg.secrets.adminPasswordHash;
    if (hash) {
      const shadow = exists ? (await host.run(getentShadow(a.username))).stdout.split(':')[1] : undefined;
      if (shadow !== hash)
        out.push(
          plan(
            'update',
            `password of ${a.username}`,
            `set the password of ${a.username} from ${SECRET_ENV.adminPasswordHash}`,
            [chpasswdEncrypted(a.username, hash)],
          ),
        );
    } else if (!exists)
      out.push({
        kind: 'run',
        target: `password of ${a.username}`,
        summary: `no password is set (${SECRET_ENV.adminPasswordHash} is not given): log in with the SSH key`,
        info: true,
      });
    if (a.sudo) {
      const groups = exists ? (await host.run(idGroups(a.username))).stdout.trim().split(/\s+/) : [];
      if (!groups.includes('sudo'))
        out.push(
          plan('update', `user ${a.username}`, `add ${a.username} to the sudo group`, [
            usermodAppendGroups(a.username, ['sudo']),
          ]),
        );
    }
    if (a.sshKey) {
      const file = `${home}/.ssh/authorized_keys`;
      const current = exists ? await host.readFile(file) : undefined;
      if (!(current ?? '').split('\n').some((l) => l.trim() === a.sshKey))
        out.push({
          kind: 'update',
          target: file,
          summary: `authorise the SSH key for ${a.username}`,
          diff: [`+ ${a.sshKey.slice(0, 40)}...`],
          data: {
            op: 'install-key',
            file,
            dir: `${home}/.ssh`,
            user: a.username,
            content: (current ?? '').replace(/\n*$/, current ? '\n' : '') + a.sshKey + '\n',
          },
        });
    }
    return out;
  },
  async apply(host, _cfg, changes) {
    for (const { target, data: d } of changes) {
      if (d.op === 'run-commands') for (const cmd of d.commands) await host.ok(cmd, target);
      else {
        await host.ok(installDir(d.dir, '0700', d.user, d.user), `creating ${d.dir}`);
        await host.writeFile(d.file, d.content);
        await host.ok(chown(d.user, d.user, d.file));
        await host.ok(chmod('0600', d.file));
      }
    }
  },
};
