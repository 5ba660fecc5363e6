/**
 * Check and apply of the service-level steps (NFS, Samba, VFIO, NVIDIA, users and tokens,
 * firewall, AppArmor, templates) on simulated hosts: commands run, host state after, refusals with
 * their reasons, and convergence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostSetupOf } from '../../src/sim/hypervisor/index.js';
import type { SimState } from '../../src/sim/index.js';
import { checkArgvAgainstApi } from '../helpers/pve-api.js';
import { describeShared } from '../helpers/shared.js';
import {
  APPARMOR_PROFILE,
  configDir,
  editState,
  freshHost,
  mutating,
  readState,
  setup,
  tempDir,
} from '../helpers/hypervisor-fixtures.js';
import type { SetupOutcome } from '../../src/hypervisor/setup.js';
import {
  NVIDIA_MODULES_FILE,
  NVIDIA_UVM_RULES,
  NVIDIA_UVM_RULES_TEXT,
} from '../../src/hypervisor/steps/gpu.js';

const text = (s: SimState, path: string, cluster = false): string | undefined => {
  const f = cluster ? s.clusterFiles[path] : s.nodes.pve!.files[path];
  return f ? Buffer.from(f.data, 'base64').toString('utf8') : undefined;
};
const stepOf = (o: SetupOutcome, id: string) => o.report!.steps.find((s) => s.id === id)!;

/** A pool `tank` with datasets, as the ZFS steps would have left it, and the packages installed. */
async function hostWithTank(extra: (s: SimState) => void = () => undefined): Promise<string> {
  return freshHost(
    { disks: [{ path: '/dev/sdb' }] },
    {
      edit: (s) => {
        const n = s.nodes.pve!;
        n.zpools.tank = {
          name: 'tank',
          vdevs: ['/dev/sdb'],
          sizeBytes: 1024 ** 4,
          properties: {},
          health: 'ONLINE',
        };
        for (const d of ['tank', 'tank/share', 'tank/media'])
          n.datasets[d] = { name: d, type: 'filesystem', properties: {}, usedBytes: 98304 };
        extra(s);
      },
    },
  );
}

const withPackages =
  (...names: string[]) =>
  (s: SimState): void => {
    for (const p of names) s.nodes.pve!.packages[p] = '1.0';
  };

describe('NFS', () => {
  const cfg = {
    nfs: {
      exports: [
        {
          path: '/tank/share',
          clients: ['10.0.0.0/24', '10.0.1.5'],
          options: ['rw', 'sync', 'no_subtree_check'],
        },
      ],
    },
  };

  test('exports go into /etc/exports.d, the server is started, exportfs re-reads them', async () => {
    const state = await hostWithTank(withPackages('nfs-kernel-server'));
    const run = await setup(configDir(cfg), state, { steps: ['nfs'] });
    expect(mutating(run)).toEqual([
      'mkdir -p -- /etc/exports.d',
      'tee -- /etc/exports.d/phoenix.exports',
      'systemctl enable --now nfs-server',
      'exportfs -ra',
    ]);
    const s = await readState(state);
    expect(text(s, '/etc/exports.d/phoenix.exports')).toContain(
      '/tank/share 10.0.0.0/24(rw,sync,no_subtree_check) 10.0.1.5(rw,sync,no_subtree_check)\n',
    );
    expect(hostSetupOf(s.nodes.pve!).units['nfs-server']).toMatchObject({ enabled: true, active: true });
    expect(mutating(await setup(configDir(cfg), state, { steps: ['nfs'] }))).toEqual([]);
  });

  test('an export whose folder does not exist makes exportfs fail, and the step with it', async () => {
    const state = await hostWithTank(withPackages('nfs-kernel-server'));
    const run = await setup(
      configDir({ nfs: { exports: [{ path: '/tank/nope', clients: ['*'], options: ['ro'] }] } }),
      state,
      { steps: ['nfs'] },
    );
    expect(stepOf(run, 'nfs').error).toBe(
      'exportfs -ra failed (exit 1): exportfs: Failed to stat /tank/nope: No such file or directory',
    );
  });
});

describe('Samba', () => {
  const cfg = {
    samba: {
      user: 'media',
      shares: [
        { name: 'media', path: 'tank/media', options: 'browseable=yes read_only=no', valid_users: ['media'] },
      ],
    },
  };

  test('without PHOENIX_SAMBA_PASSWORD the user cannot be created: blocked, nothing written', async () => {
    const state = await hostWithTank(withPackages('samba'));
    const run = await setup(configDir(cfg), state, { steps: ['samba'], env: {} });
    expect(stepOf(run, 'samba').status).toBe('blocked');
    expect(stepOf(run, 'samba').error).toBe(
      'Samba user media: PHOENIX_SAMBA_PASSWORD is not set: it holds the Samba password of media (pass it as a secret, never in the config)',
    );
    expect(mutating(run)).toEqual([]);
  });

  test('shares file, include in smb.conf checked by testparm, system user, passdb entry; then nothing to do', async () => {
    const state = await hostWithTank((s) => {
      withPackages('samba')(s);
      s.nodes.pve!.files['/etc/samba/smb.conf'] = {
        data: Buffer.from('[global]\n   workgroup = WORKGROUP\n').toString('base64'),
      };
    });
    const run = await setup(configDir(cfg), state, {
      steps: ['samba'],
      env: { PHOENIX_SAMBA_PASSWORD: 'media-pw-1' },
    });
    expect(stepOf(run, 'samba').status).toBe('changed');
    expect(mutating(run)).toEqual([
      'tee -- /etc/samba/phoenix-shares.conf',
      'tee -- /etc/samba/smb.conf',
      'useradd --no-create-home --shell /usr/sbin/nologin -- media',
      'smbpasswd -a -s media',
      'systemctl reload smbd',
    ]);
    expect(run.commands.some((c) => c.argv.join(' ').includes('media-pw-1'))).toBe(false);
    const s = await readState(state);
    expect(text(s, '/etc/samba/phoenix-shares.conf')).toContain(
      '[media]\n   path = /tank/media\n   browseable = yes\n   read only = no\n   valid users = media\n',
    );
    expect(text(s, '/etc/samba/smb.conf')).toBe(
      '[global]\n   workgroup = WORKGROUP\n\n# BEGIN phoenix shares\ninclude = /etc/samba/phoenix-shares.conf\n# END phoenix shares\n',
    );
    expect(hostSetupOf(s.nodes.pve!).sambaUsers).toEqual(['media']);
    expect(
      mutating(
        await setup(configDir(cfg), state, {
          steps: ['samba'],
          env: { PHOENIX_SAMBA_PASSWORD: 'media-pw-1' },
        }),
      ),
    ).toEqual([]);
  });
});

describe('VFIO', () => {
  const cfg = { vfio: { iommu: 'amd', pci_ids: ['10de:2684', '10DE:22ba'] } };

  test('GRUB hosts: modules, vfio-pci ids, IOMMU on the command line, update-grub; reboot flagged', async () => {
    const state = await freshHost();
    const run = await setup(configDir(cfg), state, { steps: ['vfio'] });
    const step = stepOf(run, 'vfio');
    expect(step.status).toBe('changed');
    expect(step.reboot).toBe(true);
    expect(mutating(run)).toEqual([
      'tee -- /etc/modules-load.d/phoenix-vfio.conf',
      'tee -- /etc/modprobe.d/phoenix-vfio.conf',
      'tee -- /etc/default/grub',
      'update-initramfs -u -k all',
      'update-grub',
      'modprobe vfio',
      'modprobe vfio_iommu_type1',
      'modprobe vfio_pci',
    ]);
    const s = await readState(state);
    expect(text(s, '/etc/default/grub')).toContain(
      'GRUB_CMDLINE_LINUX_DEFAULT="quiet amd_iommu=on iommu=pt"\n',
    );
    expect(text(s, '/etc/modprobe.d/phoenix-vfio.conf')).toContain(
      'options vfio-pci ids=10de:2684,10de:22ba\n',
    );
    expect(mutating(await setup(configDir(cfg), state, { steps: ['vfio'] }))).toEqual([]);
  });

  test('systemd-boot hosts: /etc/kernel/cmdline and proxmox-boot-tool refresh', async () => {
    const state = await freshHost({ boot: 'systemd-boot' });
    const run = await setup(configDir({ vfio: { iommu: 'intel' } }), state, { steps: ['vfio'] });
    expect(mutating(run)).toContain('proxmox-boot-tool refresh');
    expect(text(await readState(state), '/etc/kernel/cmdline')).toBe(
      'root=ZFS=rpool/ROOT/pve-1 boot=zfs intel_iommu=on iommu=pt\n',
    );
  });
});

describe('NVIDIA driver', () => {
  const url =
    'https://us.download.nvidia.com/XFree86/Linux-x86_64/580.76.05/NVIDIA-Linux-x86_64-580.76.05.run';
  const cfg = { nvidia_driver: { install: true, version: '580.76.05', runfile_url: url } };
  const headers = (s: SimState): void => {
    withPackages('dkms', 'proxmox-default-headers')(s);
    s.nodes.pve!.packages[`proxmox-headers-${s.nodes.pve!.kernel}`] = '1';
  };

  test('the installed version is checked first: the same version changes nothing', async () => {
    const state = await freshHost(
      {},
      {
        edit: (s) =>
          Object.assign(hostSetupOf(s.nodes.pve!).nvidia, { installed: '580.76.05', loaded: '580.76.05' }),
      },
    );
    const managed =
      '# Managed by Phoenix (phoenix setup-hypervisor). Local changes are overwritten on the next run.\n';
    await editState(state, (s) => {
      put(
        s,
        '/etc/modprobe.d/blacklist-nouveau.conf',
        `${managed}blacklist nouveau\noptions nouveau modeset=0\n`,
      );
      put(s, NVIDIA_MODULES_FILE, `${managed}nvidia\nnvidia_uvm\n`);
      put(s, NVIDIA_UVM_RULES, NVIDIA_UVM_RULES_TEXT);
    });
    const run = await setup(configDir(cfg), state, { steps: ['nvidia'] });
    expect(stepOf(run, 'nvidia').status).toBe('unchanged');
    expect(run.commands.map((c) => c.argv[0])).toEqual(['grep', 'modinfo', 'nvidia-smi']);
  });

  test('install: blacklist nouveau, UVM nodes at boot, download, run the installer; reboot needed', async () => {
    const state = await freshHost({}, { edit: headers });
    const run = await setup(configDir(cfg), state, { steps: ['nvidia'] });
    expect(mutating(run)).toEqual([
      'tee -- /etc/modprobe.d/blacklist-nouveau.conf',
      'tee -- /etc/modules-load.d/phoenix-nvidia.conf',
      'tee -- /etc/udev/rules.d/70-phoenix-nvidia-uvm.rules',
      'update-initramfs -u -k all',
      'mkdir -p -- /var/cache/phoenix',
      `curl -fsSL --retry 3 -o /var/cache/phoenix/NVIDIA-Linux-x86_64-580.76.05.run ${url}`,
      'sh /var/cache/phoenix/NVIDIA-Linux-x86_64-580.76.05.run --silent --dkms --no-questions --ui=none',
      // The installer loaded the driver: the UVM nodes are made now too (containers stat them).
      'nvidia-modprobe -c0 -u',
    ]);
    expect(stepOf(run, 'nvidia').reboot).toBe(true);
    expect(hostSetupOf((await readState(state)).nodes.pve!).nvidia).toMatchObject({
      installed: '580.76.05',
      loaded: '580.76.05',
    });
    expect(mutating(await setup(configDir(cfg), state, { steps: ['nvidia'] }))).toEqual([]);
  });

  test('an older driver is upgraded; until the reboot the old module stays loaded and the report says so', async () => {
    const state = await freshHost(
      {},
      {
        edit: (s) => {
          headers(s);
          Object.assign(hostSetupOf(s.nodes.pve!).nvidia, { installed: '570.1', loaded: '570.1' });
        },
      },
    );
    const run = await setup(configDir(cfg), state, { steps: ['nvidia'] });
    expect(stepOf(run, 'nvidia').changes.find((c) => c.target === 'NVIDIA driver')!.summary).toBe(
      'upgrade the NVIDIA driver from 570.1 to 580.76.05 (reboot needed)',
    );
    const next = await setup(configDir(cfg), state, { steps: ['nvidia'] });
    expect(mutating(next)).toEqual([]);
    expect(stepOf(next, 'nvidia').status).toBe('unchanged');
    expect(stepOf(next, 'nvidia').changes).toEqual([
      expect.objectContaining({
        info: true,
        reboot: true,
        summary: 'driver 580.76.05 is installed but 570.1 is loaded: reboot the host',
      }),
    ]);
  });

  test('without kernel headers the installer fails, and so does the step', async () => {
    const state = await freshHost();
    const run = await setup(configDir(cfg), state, { steps: ['nvidia'] });
    expect(stepOf(run, 'nvidia').error).toMatch(
      /^the NVIDIA installer failed \(exit 1\): ERROR: Unable to find the kernel source tree/,
    );
  });
});

function put(s: SimState, path: string, content: string): void {
  s.nodes.pve!.files[path] = { data: Buffer.from(content, 'utf8').toString('base64') };
}

describe('users, groups, ACLs and tokens', () => {
  const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHN1bXVsYXRlZGtleQ ops@laptop';
  const cfg = {
    users: { username: 'ops', password_hash: 'NOT_SET', sudo_access: true, ssh_public_key: key },
    proxmox_access: {
      groups: [{ id: 'admins', comment: 'operators' }],
      users: [
        { userid: 'ci@pve', groups: ['admins'], comment: 'GitHub', password_env: 'PHOENIX_PVE_PASSWORD_CI' },
      ],
      tokens: [{ userid: 'ci@pve', id: 'github', privsep: true }],
      acls: [
        { path: '/vms', roles: ['PVEVMAdmin'], groups: ['admins'] },
        { path: '/', roles: ['PVEAuditor'], tokens: ['ci@pve!github'] },
      ],
    },
  };
  const env = {
    PHOENIX_ADMIN_PASSWORD_HASH: '$6$abc$defghijklmnop',
    PHOENIX_PVE_PASSWORD_CI: 'ci-password-9',
  };

  test('everything is created in dependency order, with valid pveum commands; secrets are masked in the audit log and stay out of the report', async () => {
    const state = await freshHost({}, { edit: withPackages('sudo') });
    const log = join(tempDir(), 'audit.jsonl');
    const run = await setup(configDir(cfg), state, { steps: ['admin', 'access'], env, auditLog: log });
    expect(stepOf(run, 'admin').status).toBe('changed');
    expect(stepOf(run, 'access').status).toBe('changed');
    expect(mutating(run)).toEqual([
      'useradd --create-home --shell /bin/bash -- ops',
      'chpasswd --encrypted',
      'usermod --append --groups sudo -- ops',
      'install -d -m 0700 -o ops -g ops -- /home/ops/.ssh',
      'tee -- /home/ops/.ssh/authorized_keys',
      'chown ops:ops -- /home/ops/.ssh/authorized_keys',
      'chmod 0600 -- /home/ops/.ssh/authorized_keys',
      'pveum user add ops@pam --comment Phoenix admin',
      'pveum group add admins --comment operators',
      'pveum user add ci@pve --comment GitHub --groups admins',
      'pvesh set /access/password --userid ci@pve --password ci-password-9',
      'pveum user token add ci@pve github --privsep 1 --output-format json',
      'pveum acl modify / --roles Administrator --users ops@pam --propagate 1',
      'pveum acl modify /vms --roles PVEVMAdmin --groups admins --propagate 1',
      'pveum acl modify / --roles PVEAuditor --tokens ci@pve!github --propagate 1',
    ]);
    const audit = readFileSync(log, 'utf8');
    expect(audit).toContain('"--password","***"');
    expect(audit).not.toContain('ci-password-9');
    expect(audit).not.toContain(env.PHOENIX_ADMIN_PASSWORD_HASH);
    const secret = run.tokens.get('ci@pve!github');
    expect(secret).toMatch(/^[0-9a-f-]{20,}$/);
    expect(audit).not.toContain(secret!);
    const s = await readState(state);
    const ops = hostSetupOf(s.nodes.pve!).users.ops!;
    expect(ops).toMatchObject({
      groups: ['sudo'],
      hash: env.PHOENIX_ADMIN_PASSWORD_HASH,
      shell: '/bin/bash',
    });
    expect(text(s, '/home/ops/.ssh/authorized_keys')).toBe(`${key}\n`);
    expect(s.nodes.pve!.files['/home/ops/.ssh/authorized_keys']!.mode).toBe('0600');
    expect(s.access.users['ci@pve']).toMatchObject({ groups: ['admins'], passwordSet: true });
    expect(mutating(await setup(configDir(cfg), state, { steps: ['admin', 'access'], env }))).toEqual([]);
  });

  test('group membership drift is fixed with pveum user modify; a missing password variable blocks a new user', async () => {
    const state = await freshHost({}, { edit: withPackages('sudo') });
    await setup(configDir(cfg), state, { steps: ['access'], env });
    const changed = {
      ...cfg,
      proxmox_access: {
        ...cfg.proxmox_access,
        groups: [...cfg.proxmox_access.groups, { id: 'auditors' }],
        users: [
          { userid: 'ci@pve', groups: ['auditors'] },
          { userid: 'bot@pve', password_env: 'PHOENIX_PVE_PASSWORD_BOT' },
        ],
      },
    };
    const run = await setup(configDir(changed), state, { steps: ['access'], env });
    expect(stepOf(run, 'access').status).toBe('blocked');
    expect(stepOf(run, 'access').error).toBe(
      'user bot@pve: PHOENIX_PVE_PASSWORD_BOT is not set: it holds the initial password of bot@pve',
    );
    const ok = await setup(configDir(changed), state, {
      steps: ['access'],
      env: { ...env, PHOENIX_PVE_PASSWORD_BOT: 'bot-password' },
    });
    expect(mutating(ok)).toEqual(
      expect.arrayContaining([
        'pveum group add auditors',
        'pveum user modify ci@pve --groups auditors',
        'pveum user add bot@pve',
      ]),
    );
  });
});

describe('firewall', () => {
  const rules = [
    { type: 'in', action: 'ACCEPT', proto: 'tcp', port: '8006', source: '10.0.0.0/24', comment: 'web UI' },
    { type: 'in', action: 'ACCEPT', proto: 'icmp', source: '10.0.0.0/24' },
    { type: 'group', action: 'webservers' },
  ];
  const existing =
    '[OPTIONS]\n\nlog_ratelimit: enable=1,rate=1/second\nenable: 0\n\n[IPSET management]\n\n10.0.0.0/24\n\n[RULES]\n\nIN DROP -p tcp -dport 23\n\n[group webservers]\n\nIN ACCEPT -p tcp -dport 80,443\n';

  test('options and rules are written, other sections kept, the compiler accepts it', async () => {
    const state = await freshHost(
      {},
      {
        edit: (s) =>
          (s.clusterFiles['/etc/pve/firewall/cluster.fw'] = {
            data: Buffer.from(existing).toString('base64'),
          }),
      },
    );
    const cfg = {
      firewall: {
        enabled: true,
        default_input_policy: 'DROP',
        default_output_policy: 'ACCEPT',
        global_firewall_rules: rules,
      },
    };
    const run = await setup(configDir(cfg), state, { steps: ['firewall'] });
    expect(stepOf(run, 'firewall').status).toBe('changed');
    expect(mutating(run)).toEqual(['mkdir -p -- /etc/pve/firewall', 'tee -- /etc/pve/firewall/cluster.fw']);
    expect(run.commands.map((c) => c.argv.join(' '))).toContain('pve-firewall compile');
    expect(text(await readState(state), '/etc/pve/firewall/cluster.fw', true)).toBe(
      '[OPTIONS]\n\nlog_ratelimit: enable=1,rate=1/second\nenable: 1\npolicy_in: DROP\npolicy_out: ACCEPT\n\n' +
        '[IPSET management]\n\n10.0.0.0/24\n\n' +
        '[RULES]\n\nIN ACCEPT -source 10.0.0.0/24 -p tcp -dport 8006 # web UI\nIN ACCEPT -source 10.0.0.0/24 -p icmp\nGROUP webservers\n\n' +
        '[group webservers]\n\nIN ACCEPT -p tcp -dport 80,443\n',
    );
    expect(mutating(await setup(configDir(cfg), state, { steps: ['firewall'] }))).toEqual([]);
  });

  test('rules the compiler rejects are rolled back and the step fails with its message', async () => {
    const state = await freshHost(
      {},
      {
        edit: (s) =>
          (s.clusterFiles['/etc/pve/firewall/cluster.fw'] = {
            data: Buffer.from(existing).toString('base64'),
          }),
      },
    );
    const cfg = {
      firewall: {
        enabled: true,
        global_firewall_rules: [{ type: 'in', action: 'ACCEPT', proto: 'tcp', port: 'frobnicate' }],
      },
    };
    const run = await setup(configDir(cfg), state, { steps: ['firewall'] });
    expect(stepOf(run, 'firewall').status).toBe('failed');
    expect(stepOf(run, 'firewall').error).toBe(
      "pve-firewall compile rejected the new rules (the previous cluster.fw is back in place): /etc/pve/firewall/cluster.fw (line 14) - errors in rule parameters: dport: invalid port 'frobnicate'",
    );
    expect(text(await readState(state), '/etc/pve/firewall/cluster.fw', true)).toBe(existing);
  });
});

describe('AppArmor', () => {
  test('profiles are syntax-checked before they are written; good ones are installed and loaded', async () => {
    const lxc = {
      lxc_configs: {
        '910': {
          name: 'web',
          template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
          apparmor_profile: 'lxc-phoenix-v2',
        },
      },
    };
    const broken = APPARMOR_PROFILE.replace('mount fstype=overlay,', 'mount fstype=overlay');
    const state = await freshHost();
    const bad = await setup(configDir({}, lxc, { 'apparmor/lxc-phoenix-v2': broken }), state, {
      steps: ['apparmor'],
    });
    expect(stepOf(bad, 'apparmor').status).toBe('blocked');
    expect(stepOf(bad, 'apparmor').error).toContain(
      "apparmor_parser rejects profile lxc-phoenix-v2: AppArmor parser error for /dev/stdin in profile lxc-phoenix-v2 at line 6: syntax error, unexpected TOK_END_OF_RULE, expecting ','",
    );
    expect(mutating(bad)).toEqual([]);
    const good = await setup(configDir({}, lxc, { 'apparmor/lxc-phoenix-v2': APPARMOR_PROFILE }), state, {
      steps: ['apparmor'],
    });
    expect(mutating(good)).toEqual([
      'mkdir -p -- /etc/apparmor.d/lxc',
      'tee -- /etc/apparmor.d/lxc/lxc-phoenix-v2',
      'apparmor_parser --replace --write-cache /etc/apparmor.d/lxc/lxc-phoenix-v2',
    ]);
    expect(hostSetupOf((await readState(state)).nodes.pve!).apparmorLoaded).toContain('lxc-phoenix-v2');
  });
});

describe('templates and cloud images', () => {
  const lxc = {
    lxc_configs: {
      '900': {
        name: 'tpl',
        template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
        is_template: true,
      },
      '901': { name: 'clone', clone_from_ctid: 900 },
      '902': { name: 'other', template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst' },
    },
  };

  test('each template is downloaded once, into the storage that names it; cloud images through the API', async () => {
    const state = await freshHost();
    const dir = configDir(
      {
        cloud_images: [
          { file: 'custom.qcow2', url: 'https://images.example.com/custom.qcow2', storage: 'local' },
        ],
      },
      lxc,
    );
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'phoenix_vm_configs.json'),
      JSON.stringify({
        vms: [
          { vmid: 8000, name: 'noble', is_template: true, template_image: 'noble-server-cloudimg-amd64.img' },
          { vmid: 8001, name: 'custom', is_template: true, template_image: 'custom.qcow2' },
        ],
      }),
    );
    await editState(state, (s) => {
      s.storages.local!.content.push('import');
    });
    const dry = await setup(dir, state, { steps: ['templates'], dryRun: true });
    expect(stepOf(dry, 'templates').changes.map((c) => c.summary)).toEqual([
      'pveam download local debian-12-standard_12.7-1_amd64.tar.zst (for CT 900, CT 902)',
      'download https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img into local (for VM 8000)',
      'download https://images.example.com/custom.qcow2 into local (for VM 8001)',
      'allow snippets content on local (cloud-init vendor data for VM templates)',
      'cloud-init vendor data installing the QEMU guest agent in VMs made from cloud images',
    ]);
    const run = await setup(dir, state, { steps: ['templates'] });
    expect(mutating(run)).toEqual([
      'pvesm set local --content backup,import,iso,snippets,vztmpl',
      'mkdir -p -- /var/lib/vz/snippets',
      'tee -- /var/lib/vz/snippets/phoenix-agent.yaml',
      'pveam update',
      'pveam download local debian-12-standard_12.7-1_amd64.tar.zst',
      'pvesh create /nodes/pve/storage/local/download-url --content import --filename noble-server-cloudimg-amd64.qcow2 --url https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img',
      'pvesh create /nodes/pve/storage/local/download-url --content import --filename custom.qcow2 --url https://images.example.com/custom.qcow2',
    ]);
    expect(mutating(await setup(dir, state, { steps: ['templates'] }))).toEqual([]);
  });
});

describeShared('API schema of the access and template commands', () => {
  test.each(['pve9', 'pve8'] as const)('%s accepts them', async (v) => {
    const state = await freshHost({}, { edit: withPackages('sudo') });
    const cfg = {
      users: { username: 'ops', sudo_access: true },
      proxmox_access: {
        groups: [{ id: 'g1' }],
        users: [{ userid: 'ci@pve', groups: ['g1'], password_env: 'PW' }],
        tokens: [{ userid: 'ci@pve', id: 't1', privsep: false }],
        acls: [{ path: '/storage/local', roles: ['PVEDatastoreUser'], users: ['ci@pve'], propagate: false }],
      },
    };
    const run = await setup(configDir(cfg), state, { steps: ['access'], env: { PW: 'password1' } });
    const api = run.commands.filter((c) => ['pveum', 'pvesh'].includes(c.argv[0]!));
    expect(api.length).toBeGreaterThan(6);
    for (const c of api)
      expect({ argv: c.argv, problems: checkArgvAgainstApi(c.argv, v) }).toEqual({
        argv: c.argv,
        problems: [],
      });
  });
});
