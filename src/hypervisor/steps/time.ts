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
import type { Change, SetupStep } from '../types.js';
import { fileChange, isFileChange, writeFiles } from './common.js';

export const CHRONY_SOURCES = '/etc/chrony/sources.d/phoenix.sources';

export const timeStep: SetupStep = {
  id: 'time',
  title: 'Time zone and NTP',
  // chrony and timedatectl come with every Proxmox VE 8/9 install.
  dependsOn: [],
  async check(host, cfg) {
    const shown = await host.ok(timedatectlShow(), 'timedatectl show');
    const props = new Map(
      shown
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()] as const),
    );
    const changes: Change[] = [];
    const zone = props.get('Timezone');
    if (cfg.timezone && zone !== cfg.timezone)
      changes.push({
        kind: 'update',
        target: 'time zone',
        summary: `set the time zone to ${cfg.timezone}`,
        diff: [`- ${zone ?? '(unknown)'}`, `+ ${cfg.timezone}`],
        data: { timezone: cfg.timezone },
      });
    if (props.get('NTP') !== 'yes')
      changes.push({
        kind: 'update',
        target: 'NTP',
        summary: 'turn on time synchronisation',
        data: { ntp: true },
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
    for (const c of changes) {
      const d = c.data as { timezone?: string; ntp?: boolean } | undefined;
      if (d?.timezone) await host.ok(timedatectlSetTimezone(d.timezone), 'timedatectl set-timezone');
      if (d?.ntp) await host.ok(timedatectlSetNtp(true), 'timedatectl set-ntp');
    }
    if (changes.some(isFileChange)) {
      await host.ok(mkdirP('/etc/chrony/sources.d'));
      await writeFiles(host, changes);
      await host.ok(chronycReloadSources(), 'chronyc reload sources');
    }
  },
};
