/**
 * Time zone and NTP: `timedatectl` sets the zone and turns synchronisation on; configured NTP
 * servers go into a chrony sources file (Proxmox VE 8 and 9 use chrony) that chronyd reloads.
 */
import {
  chronycReloadSources,
  mkdirP,
  timedatectlSetNtp,
  timedatectlSetTimezone,
  timedatectlShow,
} from '../../proxmox/commands.js';
import { MANAGED_HEADER } from '../text.js';
import type { Finding, SetupStep } from '../types.js';
import { fileChange, writeFiles, type FileWrite } from './common.js';

export const CHRONY_SOURCES = '/etc/chrony/sources.d/phoenix.sources';

/** Set the time zone, turn NTP on, or write the chrony sources file. */
export type TimePayload =
  { readonly op: 'set-timezone'; readonly zone: string } | { readonly op: 'enable-ntp' } | FileWrite;

export const timeStep: SetupStep<TimePayload> = {
  id: 'time',
  title: 'Time zone and NTP',
  // chrony and timedatectl come with every Proxmox VE 8/9 install.
  dependsOn: [],
  scope: 'node',
  async check(host, cfg) {
    const shown = await host.ok(timedatectlShow(), 'timedatectl show');
    const props = new Map(
      shown
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()] as const),
    );
    const changes: Finding<TimePayload>[] = [];
    const zone = props.get('Timezone');
    if (cfg.timezone && zone !== cfg.timezone)
      changes.push({
        kind: 'update',
        target: 'time zone',
        summary: `set the time zone to ${cfg.timezone}`,
        diff: [`- ${zone ?? '(unknown)'}`, `+ ${cfg.timezone}`],
        data: { op: 'set-timezone', zone: cfg.timezone },
      });
    if (props.get('NTP') !== 'yes')
      changes.push({
        kind: 'update',
        target: 'NTP',
        summary: 'turn on time synchronisation',
        data: { op: 'enable-ntp' },
      });
    if (cfg.ntpServers.length > 0) {
      const [before] = (await host.readFiles([CHRONY_SOURCES])).values();
      const text = MANAGED_HEADER + cfg.ntpServers.map((s) => `server ${s} iburst\n`).join('');
      changes.push(
        ...fileChange(CHRONY_SOURCES, before, text, `use NTP servers ${cfg.ntpServers.join(', ')}`),
      );
    }
    return changes;
  },
  async apply(host, _cfg, changes) {
    const files: FileWrite[] = [];
    for (const { data } of changes) {
      if (data.op === 'set-timezone')
        await host.ok(timedatectlSetTimezone(data.zone), 'timedatectl set-timezone');
      else if (data.op === 'enable-ntp') await host.ok(timedatectlSetNtp(true), 'timedatectl set-ntp');
      else files.push(data);
    }
    if (files.length > 0) {
      await host.ok(mkdirP('/etc/chrony/sources.d'));
      await writeFiles(host, files);
      await host.ok(chronycReloadSources(), 'chronyc reload sources');
    }
  },
};
