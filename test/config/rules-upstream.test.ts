/**
 * The upstream Phoenix estates (../shared/fixtures/upstream) through the full validator
 * (schema + rules), copied into a temp dir with stub scripts.
 *
 * Stub scripts: upstream keeps its scripts outside the config folder, under
 * usr/local/phoenix_hypervisor/bin/ of SirHeads/Testing-ideas: LXC features as
 * lxc_setup/phoenix_hypervisor_feature_install_<name>.sh, VM features as
 * vm_features/feature_install_<name>.sh, application scripts as phoenix_hypervisor_lxc_<x>.sh and
 * test suites under tests/. Every name listed below exists there, so a user moving to Phoenix
 * would bring it along as features/<name>.sh, apps/<file> or tests/<path>. The lists are written
 * out (not derived from the configs) so that a reference to a script upstream never had still fails.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../src/config/diagnostics.js';
import { validateConfigDir } from '../../src/config/validate.js';
import { makeTempDir, removeDir, writeEstate } from '../helpers/config-builder.js';
import { describeShared, sharedPath } from '../helpers/shared.js';

const FILES = ['phoenix_hypervisor_config.json', 'phoenix_lxc_configs.json', 'phoenix_vm_configs.json'];

const UPSTREAM_TESTS = [
  'docker/check_docker_service.sh',
  'docker/check_network_access.sh',
  'docker/check_dns_resolution.sh',
  'docker/test_docker_hello_world.sh',
  'docker/test_docker_storage_driver.sh',
  'docker/test_apparmor_confinement.sh',
  'health_checks/dummy_pass.sh',
  'health_checks/dummy_fail.sh',
  'vllm/test_vllm_context_window.py',
  'vllm/test_vllm_responsiveness.py',
  'run_vllm_integration_tests.sh',
  'hypervisor/validate_systemic_fixes.sh',
  'hypervisor/phoenix_hypervisor_tests.sh',
];

/**
 * The findings other than PHX-UNSUPPORTED-FIELD (fields the original acted on, which every upstream
 * estate uses: unsupported-fields.test.ts pins those).
 */
const withoutUnsupported = (ds: readonly Diagnostic[]) =>
  ds.filter((d) => d.rule !== 'PHX-UNSUPPORTED-FIELD');

let root: string;
beforeAll(async () => {
  root = await makeTempDir('phoenix-upstream-');
});
afterAll(async () => {
  await removeDir(root);
});

/** Copy an upstream estate into `dir` (bytes unchanged unless `edit` rewrites a file). */
async function copyEstate(
  commit: string,
  dir: string,
  scripts: { features: string[]; apps: string[]; tests: string[] },
  edit: (file: string, text: string) => string = (_f, t) => t,
): Promise<void> {
  await writeEstate(dir, {
    features: scripts.features.map((f) => `${f}.sh`),
    apps: scripts.apps,
    tests: scripts.tests,
  });
  for (const f of FILES) {
    const text = await readFile(sharedPath('fixtures', 'upstream', commit, f), 'utf8');
    await writeFile(join(dir, f), edit(f, text));
  }
  // The AppArmor profile CT 910 names; upstream keeps its source beside the configs, and
  // setup-hypervisor (so validate) needs it in <config>/apparmor/.
  await mkdir(join(dir, 'apparmor'), { recursive: true });
  await writeFile(
    join(dir, 'apparmor', 'lxc-phoenix-v2'),
    'profile lxc-phoenix-v2 flags=(attach_disconnected) {\n}\n',
  );
}

describeShared('upstream estate 829c047 (seed era), with its data mistakes fixed', () => {
  it('validates with no errors; the warnings left are real and pinned', async () => {
    const dir = join(root, '829c047');
    await copyEstate(
      '829c047',
      dir,
      {
        features: ['base_setup', 'nvidia', 'docker', 'vllm', 'ollama'],
        apps: ['vllm', '952', '953', '954', '955', '956', '957', '960'].map(
          (x) => `phoenix_hypervisor_lxc_${x}.sh`,
        ),
        tests: UPSTREAM_TESTS,
      },
      (file, text) => {
        if (file !== 'phoenix_hypervisor_config.json') return text;
        // Fix 1: the hypervisor `firewall` block sits inside `shared_volumes`, where it reads as a
        // shared volume without host_path (PHX-MOUNT-HOST-PATH). Upstream itself later moved it to
        // the top level (see 35c465b); a user does the same. Re-written with upstream's 4 spaces.
        const hv = JSON.parse(text) as Record<string, Record<string, unknown>>;
        const { firewall, ...volumes } = hv.shared_volumes;
        return JSON.stringify({ ...hv, shared_volumes: volumes, firewall }, null, 4) + '\n';
      },
    );
    const result = await validateConfigDir(dir);
    const lxc = join(dir, 'phoenix_lxc_configs.json');
    expect(result.errors).toBe(0);
    expect(withoutUnsupported(result.diagnostics).map(formatDiagnostic)).toEqual([
      // "0, 1" (with a space) is read as GPUs 0 and 1; upstream's own schema rejected it.
      `${lxc}:53:31: warning: gpu_assignment '0, 1' of CT 901 is read as '0,1'; write it without spaces [PHX-GPU-FORMAT]`,
      // CT 950/951 allocate a zfs volume at /vllm_models while the shared volume vllm_models is
      // bind-mounted at the same path: one mount hides the other inside the container.
      `${lxc}:345:36: warning: CT 950 mounts two things at /vllm_models: this volume and shared volume 'vllm_models' (phoenix_hypervisor_config.json:273); one hides the other [PHX-MOUNT-DUPLICATE]`,
      `${lxc}:449:36: warning: CT 951 mounts two things at /vllm_models: this volume and shared volume 'vllm_models' (phoenix_hypervisor_config.json:274); one hides the other [PHX-MOUNT-DUPLICATE]`,
    ]);
    expect(result.desired.guests.map((g) => g.id)).toEqual([
      900, 901, 902, 903, 910, 920, 950, 951, 952, 953, 954, 955, 956, 957, 960, 8000, 8001,
    ]);
  });

  it('without the fix, the misplaced firewall block is an error at its key', async () => {
    const dir = join(root, '829c047-asis');
    await copyEstate('829c047', dir, {
      features: ['base_setup', 'nvidia', 'docker', 'vllm', 'ollama'],
      apps: ['vllm', '952', '953', '954', '955', '956', '957', '960'].map(
        (x) => `phoenix_hypervisor_lxc_${x}.sh`,
      ),
      tests: UPSTREAM_TESTS,
    });
    const result = await validateConfigDir(dir);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      `${join(dir, 'phoenix_hypervisor_config.json')}:277:9: error: shared volume 'firewall' has no host_path: a shared volume is a host directory bind-mounted into containers [PHX-MOUNT-HOST-PATH]`,
    ]);
  });
});

describeShared('upstream estate 35c465b (newest), as-is', () => {
  it('reports exactly these findings, each a real problem', async () => {
    const dir = join(root, '35c465b');
    await copyEstate('35c465b', dir, {
      features: [
        'base_setup',
        'nvidia',
        'vllm',
        'trusted_ca',
        'step_cli',
        'step_ca',
        'ollama',
        'traefik',
        'docker',
        'docker_proxy',
      ],
      apps: ['vllm', '101', '102', '103', '955', '957'].map((x) => `phoenix_hypervisor_lxc_${x}.sh`),
      tests: UPSTREAM_TESTS,
    });
    const result = await validateConfigDir(dir);
    const hv = join(dir, 'phoenix_hypervisor_config.json');
    const lxc = join(dir, 'phoenix_lxc_configs.json');
    const vm = join(dir, 'phoenix_vm_configs.json');
    expect(withoutUnsupported(result.diagnostics).map(formatDiagnostic)).toEqual([
      // shared_volumes still mount into the seed-era CTs 950-957, which this estate renumbered
      // (the gateway is 101, ollama 914, llamacpp 917): setting up these bind mounts fails.
      `${hv}:293:17: error: shared volume 'ssl_certs' mounts into 953, but no guest 953 is defined [PHX-MOUNT-GUEST]`,
      `${hv}:295:17: error: shared volume 'ssl_certs' mounts into 954, but no guest 954 is defined [PHX-MOUNT-GUEST]`,
      `${hv}:301:17: error: shared volume 'nginx_sites' mounts into 953, but no guest 953 is defined [PHX-MOUNT-GUEST]`,
      `${hv}:307:17: error: shared volume 'nginx_logs' mounts into 953, but no guest 953 is defined [PHX-MOUNT-GUEST]`,
      `${hv}:313:17: error: shared volume 'ollama_models' mounts into 955, but no guest 955 is defined [PHX-MOUNT-GUEST]`,
      `${hv}:319:17: error: shared volume 'llamacpp_models' mounts into 957, but no guest 957 is defined [PHX-MOUNT-GUEST]`,
      `${hv}:325:17: error: shared volume 'vllm_models' mounts into 950, but no guest 950 is defined [PHX-MOUNT-GUEST]`,
      `${hv}:326:17: error: shared volume 'vllm_models' mounts into 951, but no guest 951 is defined [PHX-MOUNT-GUEST]`,
      // "Allow Traefik to proxy to Portainer" is written twice, identically.
      `${hv}:437:13: warning: firewall rule 12 of the hypervisor repeats rule 11 (phoenix_hypervisor_config.json:428) [PHX-FIREWALL-DUPLICATE]`,
      // "0, 1" with a space: accepted and read as GPUs 0 and 1.
      `${lxc}:76:31: warning: gpu_assignment '0, 1' of CT 901 is read as '0,1'; write it without spaces [PHX-GPU-FORMAT]`,
      // CT 101 and 102 name a template archive and a clone source: the archive is never used.
      `${lxc}:482:30: warning: CT 101 sets both 'clone_from_ctid' and 'template_file'; it is cloned from 900 and 'template_file' is ignored [PHX-CLONE-AND-TEMPLATE]`,
      // Host 10.0.0.13 -> tcp/443 is allowed twice (only the comments differ).
      `${lxc}:561:21: warning: firewall rule 2 of CT 101 repeats rule 1 (phoenix_lxc_configs.json:553) [PHX-FIREWALL-DUPLICATE]`,
      // Traefik 172.16.100.12 -> tcp/9000 is allowed twice.
      `${lxc}:839:21: warning: firewall rule 7 of CT 103 repeats rule 1 (phoenix_lxc_configs.json:791) [PHX-FIREWALL-DUPLICATE]`,
      `${lxc}:879:30: warning: CT 102 sets both 'clone_from_ctid' and 'template_file'; it is cloned from 900 and 'template_file' is ignored [PHX-CLONE-AND-TEMPLATE]`,
      // Outbound tcp/2376 to 10.0.0.111 is written twice, identically.
      `${lxc}:1028:21: warning: firewall rule 15 of CT 102 repeats rule 14 (phoenix_lxc_configs.json:1020) [PHX-FIREWALL-DUPLICATE]`,
      // VM 1001 asks for 32 GB, but template 9000 inherits 50 GB from vm_defaults: the clone
      // starts at 50 GB and Proxmox cannot shrink it.
      `${vm}:35:29: error: VM 1001 asks for a 32 GB disk but its clone source VM 9000 has 50 GB; a clone starts with its source's disk and Proxmox can only grow disks [PHX-DISK-SHRINK]`,
      // Traefik -> 9443 twice, and Traefik -> 2376 twice (only the comments differ).
      `${vm}:158:21: warning: firewall rule 10 of VM 1001 repeats rule 9 (phoenix_vm_configs.json:150) [PHX-FIREWALL-DUPLICATE]`,
      `${vm}:277:21: warning: firewall rule 25 of VM 1001 repeats rule 24 (phoenix_vm_configs.json:269) [PHX-FIREWALL-DUPLICATE]`,
    ]);
    expect(result.errors).toBe(9);
  });
});
