/**
 * File sharing: NFS exports (a file in /etc/exports.d, `exportfs -ra`) and Samba shares (a
 * shares file included from smb.conf, checked with `testparm` before smbd reloads; the Samba user
 * gets its password from PHOENIX_SAMBA_PASSWORD). Both services are enabled and started.
 */
import {
  exportfsReexportAll,
  getentPasswd,
  mkdirP,
  pdbeditUser,
  smbpasswdAdd,
  systemctlEnableNow,
  systemctlIsActive,
  systemctlIsEnabled,
  systemctlReload,
  testparm,
  useradd,
} from '../../proxmox/commands.js';
import { SECRET_ENV } from '../setup-config.js';
import { HostCommandFailed, type SetupHost } from '../host.js';
import { MANAGED_HEADER, readBlock, setBlock } from '../text.js';
import type { SambaDef } from '../../model/host-config/types.js';
import type { Change, Finding, SetupStep } from '../types.js';
import { fileChange, writeFiles, type FileWrite } from './common.js';

export const EXPORTS_FILE = '/etc/exports.d/phoenix.exports';
export const SMB_CONF = '/etc/samba/smb.conf';
export const SMB_SHARES = '/etc/samba/phoenix-shares.conf';

/** Enable and start a systemd unit. */
export interface ServiceStart {
  readonly op: 'start-service';
  readonly unit: string;
}

/** A change that enables and starts `unit`, when it is not both already. */
export async function serviceChange(
  host: SetupHost,
  unit: string,
  why: string,
): Promise<Change<ServiceStart>[]> {
  const enabled = (await host.run(systemctlIsEnabled(unit))).stdout.trim();
  const active = (await host.run(systemctlIsActive(unit))).stdout.trim();
  if (enabled === 'enabled' && active === 'active') return [];
  return [
    {
      kind: 'run',
      target: `service ${unit}`,
      summary: `enable and start ${unit} (${why}; now ${enabled || 'unknown'}, ${active || 'unknown'})`,
      data: { op: 'start-service', unit },
    },
  ];
}

const services = (changes: readonly Change<SharesPayload>[]): string[] =>
  changes.flatMap(({ data }) => (data.op === 'start-service' ? [data.unit] : []));

const fileWrites = (changes: readonly Change<SharesPayload>[]): FileWrite[] =>
  changes.flatMap(({ data }) => (data.op === 'write-file' ? [data] : []));

/** The Samba user to create (`linux`: the system user exists; `passdb`: Samba knows it). */
export interface SambaUserAdd {
  readonly op: 'add-samba-user';
  readonly user: string;
  readonly linux: boolean;
  readonly passdb: boolean;
}

/** Config files to write, services to start, and (Samba) the user to add. */
export type SharesPayload = FileWrite | ServiceStart | SambaUserAdd;

export function renderExports(cfg: {
  nfs: ReadonlyArray<{ path: string; clients: readonly string[]; options: readonly string[] }>;
}): string {
  return (
    MANAGED_HEADER +
    cfg.nfs
      .map((e) => `${e.path} ${e.clients.map((c) => `${c}(${e.options.join(',')})`).join(' ')}\n`)
      .join('')
  );
}

export const nfsStep: SetupStep<FileWrite | ServiceStart> = {
  id: 'nfs',
  title: 'NFS exports',
  dependsOn: ['apt', 'zfs-datasets'],
  scope: 'node',
  async check(host, cfg) {
    const [before] = (await host.readFiles([EXPORTS_FILE])).values();
    if (cfg.nfs.length === 0 && before === undefined) return [];
    const changes: Finding<FileWrite | ServiceStart>[] = fileChange(
      EXPORTS_FILE,
      before,
      renderExports(cfg),
      `export ${cfg.nfs.map((e) => e.path).join(', ') || 'nothing'}`,
    );
    if (cfg.nfs.length > 0) changes.push(...(await serviceChange(host, 'nfs-server', 'NFS exports')));
    return changes;
  },
  async apply(host, _cfg, changes) {
    const exports = fileWrites(changes);
    if (exports.length > 0) {
      await host.ok(mkdirP('/etc/exports.d'));
      await writeFiles(host, exports);
    }
    for (const unit of services(changes)) await host.ok(systemctlEnableNow(unit), `starting ${unit}`);
    await host.ok(exportfsReexportAll(), 'exportfs -ra');
  },
};

export function renderShares(s: SambaDef): string {
  return (
    MANAGED_HEADER +
    s.shares
      .map((sh) => {
        const lines = [`[${sh.name}]`, `   path = ${sh.path}`];
        for (const [k, v] of sh.options) lines.push(`   ${k} = ${v}`);
        if (sh.validUsers.length > 0) lines.push(`   valid users = ${sh.validUsers.join(' ')}`);
        return lines.join('\n') + '\n';
      })
      .join('\n')
  );
}

const INCLUDE = `include = ${SMB_SHARES}`;

export const sambaStep: SetupStep<SharesPayload> = {
  id: 'samba',
  title: 'Samba shares',
  dependsOn: ['apt', 'zfs-datasets'],
  scope: 'node',
  async check(host, cfg) {
    const s = cfg.samba;
    if (!s) return [];
    const files = await host.readFiles([SMB_CONF, SMB_SHARES]);
    const changes: Finding<SharesPayload>[] = fileChange(
      SMB_SHARES,
      files.get(SMB_SHARES),
      renderShares(s),
      `share ${s.shares.map((x) => x.name).join(', ')}`,
    );
    const conf = files.get(SMB_CONF);
    if (conf === undefined || readBlock(conf, 'shares') !== `${INCLUDE}\n`)
      changes.push(
        ...fileChange(
          SMB_CONF,
          conf,
          setBlock(conf ?? '', 'shares', INCLUDE),
          `include ${SMB_SHARES}${conf === undefined ? ' (smb.conf comes with the samba package)' : ''}`,
        ),
      );
    const linux = (await host.run(getentPasswd(s.user))).exitCode === 0;
    const passdb = linux && (await host.run(pdbeditUser(s.user))).exitCode === 0;
    if (!linux || !passdb)
      changes.push({
        kind: 'create',
        target: `Samba user ${s.user}`,
        summary: `${linux ? '' : `create the system user ${s.user} and `}add it to Samba (password from ${SECRET_ENV.sambaPassword})`,
        blocked: cfg.secrets.sambaPassword
          ? undefined
          : `${SECRET_ENV.sambaPassword} is not set: it holds the Samba password of ${s.user} (pass it as a secret, never in the config)`,
        data: { op: 'add-samba-user', user: s.user, linux, passdb },
      });
    changes.push(...(await serviceChange(host, 'smbd', 'Samba shares')));
    return changes;
  },
  async apply(host, cfg, changes) {
    const written = fileWrites(changes);
    if (written.length > 0) {
      await writeFiles(host, written);
      const check = await host.run(testparm());
      if (check.exitCode !== 0) {
        for (const f of written) await host.writeFile(f.path, f.before ?? '');
        throw new HostCommandFailed(
          ['testparm', '-s'],
          check,
          'testparm rejected the Samba configuration (previous files restored)',
        );
      }
    }
    for (const { data: u } of changes) {
      if (u.op !== 'add-samba-user') continue;
      if (!u.linux)
        await host.ok(
          useradd(u.user, { createHome: false, shell: '/usr/sbin/nologin' }),
          `creating user ${u.user}`,
        );
      if (!u.passdb)
        await host.ok(smbpasswdAdd(u.user, cfg.secrets.sambaPassword ?? ''), `adding Samba user ${u.user}`);
    }
    const started = services(changes);
    for (const unit of started) await host.ok(systemctlEnableNow(unit), `starting ${unit}`);
    if (written.length > 0 && !started.includes('smbd'))
      await host.ok(systemctlReload('smbd'), 'reloading smbd');
  },
};
