/**
 * Users and the firewall from the hypervisor file. `users` is the upstream admin account (a Linux
 * user, optionally in `sudo`, plus the Proxmox user `NAME@pam` with the Administrator role on `/`).
 * The optional `proxmox_access` key adds Proxmox groups, users, ACLs and API tokens:
 *
 *     "proxmox_access": {
 *       "groups": [{ "id": "ops", "comment": "operators" }],
 *       "users": [{ "userid": "ci@pve", "groups": ["ops"], "password_env": "PHOENIX_PVE_PASSWORD_CI" }],
 *       "acls": [{ "path": "/vms", "roles": ["PVEVMAdmin"], "groups": ["ops"] }],
 *       "tokens": [{ "userid": "ci@pve", "id": "github", "privsep": true }]
 *     }
 *
 * Secrets are never read from the config: a password hash comes from PHOENIX_ADMIN_PASSWORD_HASH
 * and Proxmox passwords from the variable `password_env` names.
 */
import type { JsonPath } from '../../config/json-source.js';
import { isNonSecretValue } from '../../config/secrets.js';
import type { FirewallRule } from '../types.js';
import { ConfigReader, ENV_NAME, GROUPID, LINUX_USER, USERID, type Obj } from './reader.js';
import type { AccessDef, AclDef, FirewallDef, PveUserDef, TokenDef } from './types.js';

const ROLE = /^[A-Za-z0-9.\-_]+$/;
const ACL_PATH = /^\/[A-Za-z0-9/_.-]*$/;
const TOKEN_NAME = /^[A-Za-z][A-Za-z0-9.\-_]+$/;

export function readAccess(r: ConfigReader, raw: Obj): AccessDef {
  const u = r.obj(raw.users, ['users']);
  let admin: AccessDef['admin'];
  if (u) {
    const username = r.match(u.username, ['users', 'username'], LINUX_USER, 'a Linux user name');
    const hash = typeof u.password_hash === 'string' ? u.password_hash.trim() : undefined;
    if (hash && hash !== 'NOT_SET' && !/^\$\{?[A-Z_][A-Z0-9_]*\}?$/.test(hash))
      r.error(
        ['users', 'password_hash'],
        'a password hash does not belong in the config: set users.password_hash to "NOT_SET" and pass the hash in PHOENIX_ADMIN_PASSWORD_HASH (a GitHub secret)',
        'PHX-HV-SECRET',
      );
    const key = r.str(u.ssh_public_key, ['users', 'ssh_public_key']);
    if (
      key !== undefined &&
      !/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-\S+) [A-Za-z0-9+/=]+( [^\r\n]*)?$/.test(key)
    )
      r.error(
        ['users', 'ssh_public_key'],
        'ssh_public_key must be one public key line like "ssh-ed25519 AAAA... comment"',
        'PHX-HV-USER',
      );
    if (username)
      admin = { username, sudo: r.bool(u.sudo_access, ['users', 'sudo_access']) ?? false, sshKey: key };
  }
  const a = r.obj(raw.proxmox_access, ['proxmox_access']) ?? {};
  const groups = r.arr(a.groups, ['proxmox_access', 'groups']).flatMap((v, i) => {
    const o = r.obj(v, ['proxmox_access', 'groups', i]);
    const id = o && r.match(o.id, ['proxmox_access', 'groups', i, 'id'], GROUPID, 'a group id');
    return o && id ? [{ id, comment: r.str(o.comment, ['proxmox_access', 'groups', i, 'comment']) }] : [];
  });
  const users = r.arr(a.users, ['proxmox_access', 'users']).flatMap((v, i): PveUserDef[] => {
    const path: JsonPath = ['proxmox_access', 'users', i];
    const o = r.obj(v, path);
    const userid = o && r.match(o.userid, [...path, 'userid'], USERID, 'a user id like ci@pve');
    if (!o || !userid) return [];
    for (const k of Object.keys(o))
      if (
        /pass|secret|token/i.test(k) &&
        k !== 'password_env' &&
        typeof o[k] === 'string' &&
        !isNonSecretValue(o[k])
      )
        r.error(
          [...path, k],
          `${k}: secrets do not belong in the config; name an environment variable in "password_env" instead`,
          'PHX-HV-SECRET',
        );
    const passwordEnv = r.match(
      o.password_env,
      [...path, 'password_env'],
      ENV_NAME,
      'an environment variable name like PHOENIX_PVE_PASSWORD_CI',
    );
    const ug = r.list(o.groups, [...path, 'groups']);
    for (const g of ug)
      if (!groups.some((x) => x.id === g))
        r.error([...path, 'groups'], `group ${g} is not defined in proxmox_access.groups`, 'PHX-HV-USER');
    return [{ userid, groups: ug, comment: r.str(o.comment, [...path, 'comment']), passwordEnv }];
  });
  const tokens = r.arr(a.tokens, ['proxmox_access', 'tokens']).flatMap((v, i): TokenDef[] => {
    const path: JsonPath = ['proxmox_access', 'tokens', i];
    const o = r.obj(v, path);
    const userid = o && r.match(o.userid, [...path, 'userid'], USERID, 'a user id');
    const id = o && r.match(o.id, [...path, 'id'], TOKEN_NAME, 'a token name');
    if (!o || !userid || !id) return [];
    return [
      {
        userid,
        id,
        comment: r.str(o.comment, [...path, 'comment']),
        privsep: r.bool(o.privsep, [...path, 'privsep']) ?? true,
      },
    ];
  });
  const acls = r.arr(a.acls, ['proxmox_access', 'acls']).flatMap((v, i): AclDef[] => {
    const path: JsonPath = ['proxmox_access', 'acls', i];
    const o = r.obj(v, path);
    const p = o && r.match(o.path, [...path, 'path'], ACL_PATH, 'an ACL path like /vms/100');
    if (!o || !p) return [];
    const roles = r.listOf(o.roles, [...path, 'roles'], ROLE, 'a role id');
    const aUsers = r.listOf(o.users, [...path, 'users'], USERID, 'a user id');
    const aGroups = r.listOf(o.groups, [...path, 'groups'], GROUPID, 'a group id');
    const aTokens = r.listOf(
      o.tokens,
      [...path, 'tokens'],
      /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/,
      'a token id like ci@pve!github',
    );
    if (roles.length === 0) r.error(path, 'an ACL needs at least one role', 'PHX-HV-ACL');
    if (aUsers.length + aGroups.length + aTokens.length === 0)
      r.error(path, 'an ACL needs users, groups or tokens', 'PHX-HV-ACL');
    return [
      {
        path: p,
        roles,
        users: aUsers,
        groups: aGroups,
        tokens: aTokens,
        propagate: r.bool(o.propagate, [...path, 'propagate']) ?? true,
      },
    ];
  });
  return { admin, groups, users, acls, tokens };
}

const PROTO_WITH_PORTS = new Set(['tcp', 'udp', 'udplite', 'dccp', 'sctp']);
const POLICY = new Set(['ACCEPT', 'DROP', 'REJECT']);

export function readFirewall(r: ConfigReader, raw: Obj): FirewallDef | undefined {
  const nested = r.obj(raw.shared_volumes, ['shared_volumes'])?.firewall;
  if (nested !== undefined && raw.firewall === undefined)
    r.warn(
      ['shared_volumes', 'firewall'],
      'this firewall block is inside shared_volumes and has no effect: move it to the top level of the file',
      'PHX-HV-FIREWALL',
    );
  const f = r.obj(raw.firewall, ['firewall']);
  if (!f) return undefined;
  const policy = (key: string, fallback: 'ACCEPT' | 'DROP'): 'ACCEPT' | 'DROP' | 'REJECT' => {
    const v = r.str(f[key], ['firewall', key]) ?? fallback;
    if (POLICY.has(v)) return v as 'ACCEPT' | 'DROP' | 'REJECT';
    r.error(['firewall', key], `${key} must be ACCEPT, DROP or REJECT`, 'PHX-HV-FIREWALL');
    return fallback;
  };
  const rules = r
    .arr(f.global_firewall_rules, ['firewall', 'global_firewall_rules'])
    .flatMap((v, i): FirewallRule[] => {
      const path: JsonPath = ['firewall', 'global_firewall_rules', i];
      const o = r.obj(v, path);
      if (!o) return [];
      const fail = (at: JsonPath, message: string): FirewallRule[] => {
        r.error(at, message, 'PHX-HV-FIREWALL');
        return [];
      };
      const type = r.str(o.type, [...path, 'type']);
      const action = r.match(
        o.action,
        [...path, 'action'],
        /^[A-Za-z][A-Za-z0-9_-]*$/,
        'ACCEPT, DROP, REJECT or a security group',
      );
      if (type !== 'in' && type !== 'out' && type !== 'group')
        return fail([...path, 'type'], 'type must be in, out or group');
      if (!action) return o.action === undefined ? fail(path, 'a rule needs "action"') : [];
      if (type !== 'group' && !POLICY.has(action))
        return fail([...path, 'action'], `action must be ACCEPT, DROP or REJECT for an ${type} rule`);
      const proto = r.match(
        o.proto,
        [...path, 'proto'],
        /^(?:[a-z][a-z0-9.+-]*|[0-9]{1,3})$/,
        'a protocol like tcp',
      );
      const port = o.port === undefined ? undefined : String(o.port);
      if (
        port !== undefined &&
        !/^[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?(?:,[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?)*$/.test(port)
      )
        return fail([...path, 'port'], `port ${JSON.stringify(port)} is not a port, range or list`);
      if (port !== undefined && (!proto || !PROTO_WITH_PORTS.has(proto)))
        return fail(
          [...path, 'port'],
          `a port needs "proto" tcp or udp (got ${proto ?? 'none'}); Proxmox rejects the rule otherwise`,
        );
      const addr = (k: 'source' | 'dest'): string | undefined =>
        r.match(o[k], [...path, k], /^[A-Za-z0-9.:/,+_-]+$/, 'an address, CIDR, range, alias or +ipset');
      const comment = r.str(o.comment, [...path, 'comment']);
      if (comment && /[\r\n#]/.test(comment))
        r.error([...path, 'comment'], 'a rule comment must be one line without "#"', 'PHX-HV-FIREWALL');
      return [{ type, action, proto, port, source: addr('source'), dest: addr('dest'), comment }];
    });
  return {
    enabled: r.bool(f.enabled, ['firewall', 'enabled']) ?? false,
    policyIn: policy('default_input_policy', 'DROP'),
    policyOut: policy('default_output_policy', 'ACCEPT'),
    rules,
  };
}
