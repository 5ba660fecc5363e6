export const id = 759;
export const ids = [759];
export const modules = {

/***/ 8759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ bareHostState),
  hostStateFromConfig: () => (/* binding */ hostStateFromConfig)
});

// UNUSED EXPORTS: hostShapeOf

// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/sim/hypervisor/fresh-host.ts
const fresh_host_text = (s) => ({ data: Buffer.from(s, 'utf8').toString('base64') });
function seedHypervisorHost(state, seed = {}) {
    const node = state.nodes[state.localNode];
    if (!node)
        throw new Error(`the simulator state has no node ${state.localNode}`);
    const name = node.name;
    const vmbr0 = node.network.find((n) => n.iface === 'vmbr0');
    const cidr = seed.address ?? vmbr0?.cidr ?? '192.168.1.10/24';
    const gateway = seed.gateway ?? vmbr0?.gateway ?? '192.168.1.1';
    const ip = cidr.split('/')[0];
    if (vmbr0)
        Object.assign(vmbr0, { cidr, address: ip, netmask: cidr.split('/')[1], gateway });
    node.files['/etc/network/interfaces'] = fresh_host_text('auto lo\niface lo inet loopback\n\niface eno1 inet manual\n\n' +
        `auto vmbr0\niface vmbr0 inet static\n\taddress ${cidr}\n\tgateway ${gateway}\n` +
        '\tbridge-ports eno1\n\tbridge-stp off\n\tbridge-fd 0\n\nsource /etc/network/interfaces.d/*\n');
    node.files['/etc/hosts'] = fresh_host_text(`127.0.0.1 localhost.localdomain localhost\n${ip} ${name}.local ${name}\n`);
    const major = Number(state.pve.version.split('.')[0]);
    const codename = major >= 9 ? 'trixie' : 'bookworm';
    if (seed.enterpriseRepos ?? true) {
        if (major >= 9) {
            node.files['/etc/apt/sources.list.d/pve-enterprise.sources'] = fresh_host_text(`Types: deb\nURIs: https://enterprise.proxmox.com/debian/pve\nSuites: ${codename}\nComponents: pve-enterprise\nSigned-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n`);
            node.files['/etc/apt/sources.list.d/ceph.sources'] = fresh_host_text(`Types: deb\nURIs: https://enterprise.proxmox.com/debian/ceph-squid\nSuites: ${codename}\nComponents: enterprise\nSigned-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n`);
        }
        else {
            node.files['/etc/apt/sources.list.d/pve-enterprise.list'] = fresh_host_text(`deb https://enterprise.proxmox.com/debian/pve ${codename} pve-enterprise\n`);
            node.files['/etc/apt/sources.list.d/ceph.list'] = fresh_host_text(`deb https://enterprise.proxmox.com/debian/ceph-quincy ${codename} enterprise\n`);
        }
    }
    if ((seed.boot ?? 'grub') === 'grub')
        node.files['/etc/default/grub'] = fresh_host_text('GRUB_DEFAULT=0\nGRUB_TIMEOUT=5\nGRUB_DISTRIBUTOR="Proxmox VE"\nGRUB_CMDLINE_LINUX_DEFAULT="quiet"\nGRUB_CMDLINE_LINUX=""\n');
    else
        node.files['/etc/kernel/cmdline'] = fresh_host_text('root=ZFS=rpool/ROOT/pve-1 boot=zfs\n');
    node.files['/sys/module/zfs/parameters/zfs_arc_max'] = fresh_host_text('0\n');
    for (const d of seed.disks ?? []) {
        if (node.disks.some((x) => x.path === d.path))
            continue;
        node.disks.push({ sizeBytes: 2000 * 1024 ** 3, model: 'SIM NVMe', hasData: false, ...d });
    }
    return state;
}

// EXTERNAL MODULE: ./src/sim/hypervisor/state.ts
var hypervisor_state = __webpack_require__(22868);
;// CONCATENATED MODULE: ./src/sim/hypervisor/host-shape.ts


const TiB = 1024 ** 4;
function shapeHost(state, shape) {
    seedHypervisorHost(state, {
        address: shape.address,
        gateway: shape.gateway,
        disks: shape.disks.map((d, i) => ({
            path: d.path,
            sizeBytes: d.sizeBytes ?? 2 * TiB,
            model: 'SIM NVMe',
            serial: `SIMBARE${String(i + 1).padStart(4, '0')}`,
            hasData: false,
        })),
    });
    const node = state.nodes[state.localNode];
    (0,hypervisor_state/* hostSetupOf */.$n)(node).nvidia.gpus = shape.gpus;
    return state;
}

// EXTERNAL MODULE: ./src/sim/index.ts + 56 modules
var sim = __webpack_require__(83079);
;// CONCATENATED MODULE: ./src/sim-seed/host-from-config.ts
/**
 * The bare host a config describes, for rehearsing an estate from bare metal on the simulator
 * (`phoenix sim init --from-config DIR`): a fresh Proxmox VE install whose vmbr0 has the
 * configured address, with every disk the ZFS pools name (blank) and as many NVIDIA GPUs as the
 * guests' `gpu_assignment` uses. No pools, storages, templates or images: setup-hypervisor makes
 * those.
 */



const TB = 1000 ** 4;
/** `nvme-..._2TB_...` is a 2 TB disk; undefined when the name gives no size. */
function sizeInName(path) {
    const m = /(?:^|[_-])(\d+(?:\.\d+)?)(TB|GB)(?:[_-]|$)/i.exec(path.split('/').pop() ?? '');
    if (!m)
        return undefined;
    return Math.round(Number(m[1]) * (m[2].toUpperCase() === 'TB' ? TB : TB / 1000));
}
/** The machine's shape as the hypervisor config and the guests describe it. Pure. */
function hostShapeOf(host, desired) {
    const main = host?.network.bridges.find((b) => b.main);
    const onVmbr0 = main !== undefined && main.name === 'vmbr0';
    const disks = [...new Set((host?.zfs.pools ?? []).flatMap((p) => p.disks))].map((path) => ({
        path,
        sizeBytes: sizeInName(path),
    }));
    const gpuIds = desired.guests.flatMap((g) => g.gpus);
    return {
        shape: {
            address: onVmbr0 ? main.address : undefined,
            gateway: onVmbr0 ? main.gateway : undefined,
            disks,
            gpus: gpuIds.length > 0 ? Math.max(...gpuIds) + 1 : 0,
        },
        otherMainBridge: main && !onVmbr0 ? main.name : undefined,
    };
}
/** A fresh simulator state shaped like the machine `host` and `desired` describe. */
function bareHostState(host, desired, o = {}) {
    const shaped = hostShapeOf(host, desired);
    const state = (0,sim.createInitialState)({ pveVersion: o.pveVersion, nodes: o.nodes ? [...o.nodes] : undefined });
    shapeHost(state, shaped.shape);
    return { ...shaped, state };
}
/** A fresh simulator state shaped like the host `dir` describes. */
async function hostStateFromConfig(dir, o = {}) {
    const v = await (0,validate/* validateConfigDir */.cz)(dir);
    const problems = [];
    if (!v.host.config)
        problems.push(`no usable phoenix_hypervisor_config.json in ${dir}: the host has no disks or address from it`);
    const hostErrors = v.host.findings.filter((f) => f.severity === 'error').length;
    if (v.host.config && hostErrors > 0)
        problems.push(`phoenix_hypervisor_config.json in ${dir} has ${hostErrors} error(s) (phoenix validate shows them): the host is shaped from the parts that could be read`);
    const built = bareHostState(v.host.config, v.desired, o);
    if (built.otherMainBridge)
        problems.push(`the main bridge is ${built.otherMainBridge}, not vmbr0: vmbr0 keeps the installer's address`);
    return { ...built, problems };
}


/***/ })

};
