/**
 * Proxmox access, once for the cluster (user.cfg and the token and ACL lists live in pmxcfs):
 * the admin's Proxmox user NAME@pam with Administrator on `/` (its Linux account is the `admin`
 * step's, on each node), then Proxmox groups, users, API tokens and ACLs through `pveum`. Existing users keep their passwords; new `pve` users get theirs from
 * the environment variable the config names. Token secrets are shown once by Proxmox: they are
 * kept masked in the run's result (`SetupHost.createdTokens`), never logged.
 */
import {
  pveSetPassword,
  pveumAclList,
  pveumAclModify,
  pveumGroupAdd,
  pveumGroupList,
  pveumUserAdd,
  pveumUserList,
  pveumUserModify,
  pveumUserTokenAdd,
  pveumUserTokenList,
  type HostCommand,
} from '../../proxmox/commands.js';
import type { SetupHost } from '../host.js';
import type { AclDef } from '../../model/host-config/types.js';
import type { Change, ChangeKind, Finding, SetupConfig as HostConfig, SetupStep } from '../types.js';

/**
 * `pveum` commands to run. `token`: the commands create that API token (full id), whose secret is
 * in their JSON output.
 */
export interface AccessPayload {
  readonly op: 'run-commands';
  readonly commands: readonly HostCommand[];
  readonly token?: string;
}

const plan = (
  kind: ChangeKind,
  target: string,
  summary: string,
  commands: HostCommand[],
  extra: { readonly diff?: readonly string[]; readonly blocked?: string; readonly token?: string } = {},
): Change<AccessPayload> => {
  const { token, ...shown } = extra;
  return {
    kind,
    target,
    summary,
    ...shown,
    data: { op: 'run-commands', commands, ...(token === undefined ? {} : { token }) },
  };
};

async function json<T>(host: SetupHost, cmd: HostCommand, what: string): Promise<T> {
  return JSON.parse(await host.ok(cmd, what)) as T;
}

const listOf = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',').filter(Boolean) : [];

/** The Proxmox side of the admin account: NAME@pam (its Linux user is the `admin` step's, per node). */
function adminPveUser(cfg: HostConfig, pveUsers: Set<string>): Finding<AccessPayload>[] {
  const a = cfg.access.admin;
  if (!a) return [];
  const pam = `${a.username}@pam`;
  if (pveUsers.has(pam)) return [];
  return [
    plan('create', `Proxmox user ${pam}`, `create the Proxmox user ${pam}`, [
      pveumUserAdd(pam, { comment: 'Phoenix admin' }),
    ]),
  ];
}

/** Missing (role, subject) pairs of one ACL definition. */
function missingAcl(
  def: AclDef,
  live: ReadonlyArray<{ path: string; type: string; ugid: string; roleid: string; propagate: number }>,
): string[] {
  const out: string[] = [];
  const subjects: Array<[string, string]> = [
    ...def.users.map((u) => ['user', u] as [string, string]),
    ...def.groups.map((g) => ['group', g] as [string, string]),
    ...def.tokens.map((t) => ['token', t] as [string, string]),
  ];
  for (const role of def.roles)
    for (const [type, id] of subjects)
      if (
        !live.some(
          (l) =>
            l.path === def.path &&
            l.type === type &&
            l.ugid === id &&
            l.roleid === role &&
            Number(l.propagate) === (def.propagate ? 1 : 0),
        )
      )
        out.push(`${role} for ${type} ${id}`);
  return out;
}

export const accessStep: SetupStep<AccessPayload> = {
  id: 'access',
  title: 'Users, groups, ACLs and API tokens',
  dependsOn: ['apt'],
  scope: 'cluster',
  async check(host, cfg) {
    const acc = cfg.access;
    const adminAcl: AclDef[] = acc.admin
      ? [
          {
            path: '/',
            roles: ['Administrator'],
            users: [`${acc.admin.username}@pam`],
            groups: [],
            tokens: [],
            propagate: true,
          },
        ]
      : [];
    const acls = [...adminAcl, ...acc.acls];
    if (!acc.admin && acc.groups.length + acc.users.length + acls.length + acc.tokens.length === 0) return [];
    const users = await json<Array<{ userid: string; groups?: unknown }>>(
      host,
      pveumUserList(),
      'pveum user list',
    );
    const userGroups = new Map(users.map((u) => [u.userid, listOf(u.groups).sort()]));
    const changes = adminPveUser(cfg, new Set(userGroups.keys()));
    if (acc.groups.length > 0) {
      const groups = new Set(
        (await json<Array<{ groupid: string }>>(host, pveumGroupList(), 'pveum group list')).map(
          (g) => g.groupid,
        ),
      );
      for (const g of acc.groups)
        if (!groups.has(g.id))
          changes.push(
            plan('create', `group ${g.id}`, `create the Proxmox group ${g.id}`, [
              pveumGroupAdd(g.id, { comment: g.comment }),
            ]),
          );
    }
    for (const u of acc.users) {
      const have = userGroups.get(u.userid);
      if (have === undefined) {
        const cmds = [pveumUserAdd(u.userid, { comment: u.comment, groups: u.groups })];
        const password = u.passwordEnv ? cfg.secrets.env[u.passwordEnv] : undefined;
        if (password) cmds.push(pveSetPassword(u.userid, password));
        changes.push(
          plan(
            'create',
            `user ${u.userid}`,
            `create the Proxmox user ${u.userid}${u.groups.length ? ` in ${u.groups.join(', ')}` : ''}${u.passwordEnv ? ` with the password from ${u.passwordEnv}` : ''}`,
            cmds,
            {
              blocked:
                u.passwordEnv && !password
                  ? `${u.passwordEnv} is not set: it holds the initial password of ${u.userid}`
                  : undefined,
            },
          ),
        );
      } else if ([...u.groups].sort().join(',') !== have.join(','))
        changes.push(
          plan(
            'update',
            `user ${u.userid}`,
            `set the groups of ${u.userid} to ${u.groups.join(', ') || 'none'}`,
            [pveumUserModify(u.userid, { groups: u.groups })],
            {
              diff: [`- groups ${have.join(',') || '(none)'}`, `+ groups ${u.groups.join(',') || '(none)'}`],
            },
          ),
        );
    }
    for (const t of acc.tokens) {
      const userExists = userGroups.has(t.userid);
      const tokens = userExists
        ? await json<Array<{ tokenid: string }>>(
            host,
            pveumUserTokenList(t.userid),
            `pveum user token list ${t.userid}`,
          )
        : [];
      if (!tokens.some((x) => x.tokenid === t.id))
        changes.push(
          plan(
            'create',
            `token ${t.userid}!${t.id}`,
            `create the API token ${t.userid}!${t.id}${t.privsep ? ' (privilege-separated)' : ''}`,
            [pveumUserTokenAdd(t.userid, t.id, { comment: t.comment, privsep: t.privsep })],
            { token: `${t.userid}!${t.id}` },
          ),
        );
    }
    if (acls.length > 0) {
      const live = await json<
        Array<{ path: string; type: string; ugid: string; roleid: string; propagate: number }>
      >(host, pveumAclList(), 'pveum acl list');
      for (const a of acls) {
        const missing = missingAcl(a, live);
        if (missing.length > 0)
          changes.push(
            plan('update', `ACL ${a.path}`, `grant ${missing.join(', ')} on ${a.path}`, [
              pveumAclModify(a.path, {
                roles: a.roles,
                users: a.users,
                groups: a.groups,
                tokens: a.tokens,
                propagate: a.propagate,
              }),
            ]),
          );
      }
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    for (const { target, data: d } of changes)
      for (const cmd of d.commands) {
        const out = await host.ok(cmd, target);
        if (d.token) {
          const value = (JSON.parse(out) as { value?: string }).value;
          if (value) host.recordToken(d.token, value);
        }
      }
  },
};
