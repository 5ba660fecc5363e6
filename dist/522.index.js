export const id = 522;
export const ids = [522];
export const modules = {

/***/ 47410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
function compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line !== b.line)
        return a.line - b.line;
    if (a.column !== b.column)
        return a.column - b.column;
    if (a.severity !== b.severity)
        return a.severity === 'error' ? -1 : 1;
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.message < b.message ? -1 : 1;
}
/** The gcc shape GitHub problem matchers read: `FILE:LINE:COL: error|warning: MESSAGE [RULE]`. */
function formatDiagnostic(d) {
    const message = d.message.replace(/\r?\n/g, ' ');
    return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message} [${d.rule}]`;
}
function countBySeverity(diags) {
    let errors = 0;
    let warnings = 0;
    for (const d of diags) {
        if (d.severity === 'error')
            errors++;
        else
            warnings++;
    }
    return { errors, warnings };
}


/***/ }),

/***/ 92333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ HOST_RULE_IDS),
/* harmony export */   bf: () => (/* binding */ hostDiagnostics),
/* harmony export */   f4: () => (/* binding */ HOST_RULES),
/* harmony export */   p0: () => (/* binding */ resolveHost),
/* harmony export */   t5: () => (/* binding */ checkHostConfig)
/* harmony export */ });
/* harmony import */ var _model_host_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26545);
/* harmony import */ var _model_host_config_zfs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18808);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39366);
/**
 * The hypervisor file's own rules (`PHX-HV-*`), the ones setup-hypervisor enforces: the findings
 * met while resolving the file into the `HostConfig` (src/model/host-config/), located in the
 * file each concerns, and the checks across its items over the resolved value (names defined
 * once, disks per pool layout, a disk in one pool only).
 */



const HOST_RULES = [
    {
        id: 'PHX-HV-FILE',
        severity: 'error',
        summary: 'the hypervisor file is a JSON object (setup-hypervisor needs it)',
    },
    {
        id: 'PHX-HV-CONFIG',
        severity: 'error',
        summary: 'hypervisor settings have the type and form setup-hypervisor reads',
    },
    {
        id: 'PHX-HV-STORAGE',
        severity: 'error',
        summary: 'storages: unique valid ids, a known type with what it needs, content types it holds',
    },
    {
        id: 'PHX-HV-BRIDGE',
        severity: 'error',
        summary: 'bridges are named, addressed (or manual) and defined once; VLANs sit on defined bridges',
    },
    {
        id: 'PHX-HV-ZFS',
        severity: 'error',
        summary: 'ZFS pools have the disks their layout needs; datasets sit on defined pools; valid properties',
    },
    { id: 'PHX-HV-NFS', severity: 'error', summary: 'NFS exports name their clients' },
    { id: 'PHX-HV-SAMBA', severity: 'error', summary: 'Samba shares have an owner and key=value options' },
    { id: 'PHX-HV-VFIO', severity: 'error', summary: 'VFIO: iommu intel or amd, PCI ids as vendor:device' },
    {
        id: 'PHX-HV-NVIDIA',
        severity: 'error',
        summary: 'the NVIDIA driver has a version and a runfile URL of that version',
    },
    {
        id: 'PHX-HV-SECRET',
        severity: 'error',
        summary: 'no password hash or Proxmox password in the hypervisor file (they come from secrets)',
    },
    {
        id: 'PHX-HV-USER',
        severity: 'error',
        summary: 'the admin SSH key is one public key line; Proxmox users are in defined groups',
    },
    { id: 'PHX-HV-ACL', severity: 'error', summary: 'ACLs name roles, and users, groups or tokens' },
    {
        id: 'PHX-HV-FIREWALL',
        severity: 'error',
        summary: 'host firewall rules are complete and valid; the block is at the top level (warning)',
    },
    {
        id: 'PHX-HV-TEMPLATE',
        severity: 'error',
        summary: 'LXC templates to download are appliance files in a known directory storage',
    },
    {
        id: 'PHX-HV-IMAGE',
        severity: 'error',
        summary: 'VM cloud images are image files with a download URL, on a storage that takes them',
    },
    {
        id: 'PHX-HV-APPARMOR',
        severity: 'error',
        summary: 'AppArmor profiles guests use have a source in <config>/apparmor/ that defines them',
    },
];
const HOST_RULE_IDS = new Set(HOST_RULES.map((r) => r.id));
/** The hypervisor file of `loaded` resolved against the guests (no AppArmor sources without a reader). */
function resolveHost(loaded, desired, readApparmorSource = () => undefined) {
    return (0,_model_host_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveHostConfig */ .X)({
        dir: loaded.dir,
        hypervisor: loaded.sources.hypervisor?.value,
        guests: desired.guests,
        readApparmorSource,
    });
}
function checkBridges(c, r) {
    const seen = new Set();
    for (const b of c.network.bridges) {
        if (seen.has(b.name))
            r.at('hypervisor', b.path, 'error', 'PHX-HV-BRIDGE', `bridge ${b.name} is defined twice`);
        seen.add(b.name);
    }
}
function checkPools(c, r) {
    const diskOwner = new Map();
    const names = new Set();
    for (const p of c.zfs.pools) {
        p.disks.forEach((d, j) => {
            const other = diskOwner.get(d);
            if (other)
                r.at('hypervisor', [...p.path, 'disks', j], 'error', 'PHX-HV-ZFS', `disk ${d} is already used by pool ${other}`);
            diskOwner.set(d, p.name);
        });
        const min = _model_host_config_zfs_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_DISKS */ .OT[p.layout];
        if (p.disks.length < min)
            r.at('hypervisor', [...p.path, 'disks'], 'error', 'PHX-HV-ZFS', `a ${p.layout} pool needs at least ${min} disk(s), ${p.name} has ${p.disks.length}`);
        if (names.has(p.name))
            r.at('hypervisor', [...p.path, 'name'], 'error', 'PHX-HV-ZFS', `pool ${p.name} is defined twice`);
        names.add(p.name);
    }
}
function checkUnique(c, r) {
    const datasets = new Set();
    for (const d of c.zfs.datasets) {
        if (datasets.has(d.full))
            r.at('hypervisor', [...d.path, 'name'], 'error', 'PHX-HV-ZFS', `dataset ${d.full} is defined twice`);
        datasets.add(d.full);
    }
    const storages = new Set();
    for (const s of c.storages) {
        if (storages.has(s.id))
            r.at('hypervisor', s.path, 'error', 'PHX-HV-STORAGE', `storage ${s.id} is defined twice`);
        storages.add(s.id);
    }
}
/** Reports the resolution's findings and runs the checks over the resolved value. */
function checkHostConfig(resolved, r) {
    for (const f of resolved.findings)
        r.at(f.file, f.path, f.severity, f.rule, f.message);
    const c = resolved.config;
    if (!c)
        return;
    checkBridges(c, r);
    checkPools(c, r);
    checkUnique(c, r);
}
/** The `PHX-HV-*` findings alone, located in `loaded`'s files (what setup-hypervisor reports). */
function hostDiagnostics(loaded, resolved) {
    const r = new _report_js__WEBPACK_IMPORTED_MODULE_2__/* .Reporter */ .a8(loaded);
    checkHostConfig(resolved, r);
    return r.diagnostics;
}


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xG: () => (/* binding */ runRules),
  JR: () => (/* binding */ withoutShadowedSchemaFindings)
});

// UNUSED EXPORTS: RULES, RULE_IDS

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/config/secret-refs.ts
var secret_refs = __webpack_require__(38131);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
;// CONCATENATED MODULE: ./src/config/rules/net-addr.ts
/**
 * Pure parsers for the network values guests use: IPv4 addresses and CIDRs, MAC addresses and
 * DNS names, following the formats Proxmox VE itself enforces (pve-common JSONSchema.pm).
 */
const OCTET = '(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])';
const IPV4_RE = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
const MAC_RE = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i;
const DNS_LABEL_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
/** Dotted quad to an unsigned 32-bit number; undefined when not a valid IPv4 address. */
function parseIpv4(text) {
    if (!IPV4_RE.test(text))
        return undefined;
    const p = text.split('.');
    return ((Number(p[0]) << 24) | (Number(p[1]) << 16) | (Number(p[2]) << 8) | Number(p[3])) >>> 0;
}
function formatIpv4(addr) {
    return [addr >>> 24, (addr >>> 16) & 255, (addr >>> 8) & 255, addr & 255].join('.');
}
function netmask(prefix) {
    return prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
}
function networkOf(c) {
    return (c.addr & netmask(c.prefix)) >>> 0;
}
function inSubnet(addr, subnet) {
    const m = netmask(subnet.prefix);
    return (addr & m) >>> 0 === (subnet.addr & m) >>> 0;
}
function formatCidr(c, network = false) {
    return `${formatIpv4(network ? networkOf(c) : c.addr)}/${c.prefix}`;
}
/**
 * `10.0.0.5/24` as a guest address. Proxmox wants CIDR notation with a prefix of 8..32; the
 * network and broadcast addresses of a subnet cannot be given to a host.
 */
function parseHostCidr(text) {
    const slash = text.indexOf('/');
    if (slash < 0) {
        return parseIpv4(text) !== undefined
            ? { ok: false, reason: `needs a prefix length, e.g. '${text}/24'` }
            : { ok: false, reason: "is neither 'dhcp', 'manual' nor an IPv4 address in CIDR notation" };
    }
    const addr = parseIpv4(text.slice(0, slash));
    const prefixText = text.slice(slash + 1);
    if (addr === undefined)
        return { ok: false, reason: 'is not a valid IPv4 address' };
    if (!/^\d{1,2}$/.test(prefixText) || Number(prefixText) < 8 || Number(prefixText) > 32) {
        return { ok: false, reason: 'has an invalid prefix length (Proxmox accepts /8 to /32)' };
    }
    const cidr = { addr, prefix: Number(prefixText) };
    if (cidr.prefix <= 30) {
        const net = networkOf(cidr);
        const broadcast = (net | ~netmask(cidr.prefix)) >>> 0;
        if (addr === net)
            return { ok: false, reason: `is the network address of ${formatCidr(cidr, true)}` };
        if (addr === broadcast)
            return { ok: false, reason: `is the broadcast address of ${formatCidr(cidr, true)}` };
    }
    return { ok: true, cidr };
}
/** A subnet written as `10.0.0.0/24` (host bits allowed); undefined when unparseable. */
function parseSubnet(text) {
    const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
    if (!m)
        return undefined;
    const addr = parseIpv4(m[1]);
    const prefix = Number(m[2]);
    return addr === undefined || prefix > 32 ? undefined : { addr, prefix };
}
/** Why a MAC address is unusable for a NIC, or undefined when it is a valid unicast address. */
function macProblem(mac) {
    if (!MAC_RE.test(mac))
        return 'is not a MAC address of the form XX:XX:XX:XX:XX:XX';
    const first = parseInt(mac.slice(0, 2), 16);
    if (first & 1) {
        return 'is a multicast address (the low bit of the first octet is set); a NIC needs a unicast MAC';
    }
    if (/^(00:){5}00$/i.test(mac))
        return 'is the all-zero address';
    return undefined;
}
/** Why a hostname is not a valid DNS name (Proxmox's `dns-name` format), or undefined. */
function hostnameProblem(name) {
    if (name.length > 253)
        return 'is longer than 253 characters';
    for (const label of name.split('.')) {
        if (label === '')
            return 'has an empty label (two dots in a row, or a leading/trailing dot)';
        if (label.length > 63)
            return `has a label longer than 63 characters ('${label.slice(0, 20)}...')`;
        if (!DNS_LABEL_RE.test(label)) {
            const bad = /[^a-z0-9-]/i.exec(label);
            if (bad)
                return `contains '${bad[0]}'; only letters, digits, '-' and '.' are allowed`;
            return `has a label ('${label}') that starts or ends with '-'`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/rules/facts.ts

/** Storages every Proxmox VE host has after installation (`local-zfs` on ZFS-root installs). */
const DEFAULT_STORAGES = ['local', 'local-lvm', 'local-zfs'];
/** The bridge the Proxmox VE installer creates. */
const DEFAULT_BRIDGES = ['vmbr0'];
/** Storage facts: Proxmox defaults, every dataset (`<pool>-<dataset>`), the named ids, `storages[]`. */
function collectStorages(host) {
    const out = new Map();
    for (const id of DEFAULT_STORAGES)
        out.set(id, {});
    const registered = new Map(host.storages.map((s) => [s.id, s]));
    // ZFS datasets are Proxmox storages named `<pool>-<dataset>` (upstream's convention); the
    // content is known when the dataset registers one (`proxmox_storage_type`).
    for (const d of host.zfs.datasets) {
        const id = `${d.pool}-${d.full.slice(d.pool.length + 1)}`;
        const s = registered.get(id);
        out.set(id, { content: s && new Set(s.content), path: d.path });
    }
    for (const { id, path } of host.storageIds)
        if (!out.has(id))
            out.set(id, { path });
    for (const s of host.storages)
        if (s.path[0] === 'storages')
            out.set(s.id, { content: new Set(s.content), path: s.path });
    return out;
}
/** Where a bridge is defined, in the order the facts were always collected in. */
const BRIDGE_ORDER = { interfaces: 0, bridges: 1, internal_bridge: 2 };
function collectNetwork(host) {
    const bridges = new Set(DEFAULT_BRIDGES);
    const subnets = new Map();
    const hostAddresses = [];
    const rank = (b) => BRIDGE_ORDER[String(b.path[1])] ?? 3;
    for (const b of [...host.network.bridges].sort((x, y) => rank(x) - rank(y))) {
        bridges.add(b.name);
        // Only an address the file writes is the host's own here (not one derived from a subnet).
        if (b.address && b.addressPath) {
            const parsed = parseHostCidr(b.address);
            if (parsed.ok) {
                hostAddresses.push({ bridge: b.name, addr: parsed.cidr.addr, path: b.addressPath });
                if (!subnets.has(b.name))
                    subnets.set(b.name, parsed.cidr);
            }
        }
        const subnet = b.subnet ? parseSubnet(b.subnet) : undefined;
        if (subnet)
            subnets.set(b.name, subnet);
    }
    if (host.network.publicBridge)
        bridges.add(host.network.publicBridge);
    return { bridges, subnets, hostAddresses };
}
/** What the guests may refer to on the host, from the resolved hypervisor file. */
function hypervisorFacts(host) {
    return { storages: collectStorages(host), ...collectNetwork(host) };
}
function indexGuests(guests) {
    const lxc = new Map();
    const qemu = new Map();
    const byId = new Map();
    for (const g of guests) {
        const m = g.kind === 'lxc' ? lxc : qemu;
        if (!m.has(g.id))
            m.set(g.id, g);
    }
    // Prefer LXC then VM so "first" is stable regardless of the ID sort.
    for (const m of [lxc, qemu])
        for (const [id, g] of m)
            if (!byId.has(id))
                byId.set(id, g);
    return { byKind: { lxc, qemu }, byId };
}

// EXTERNAL MODULE: ./src/config/rules/report.ts
var rules_report = __webpack_require__(39366);
;// CONCATENATED MODULE: ./src/config/rules/guest-settings.ts

/** PHX-GPU-FORMAT (warning: accepted and normalised) and PHX-GPU-INVALID (error). */
function checkGpu(g, r) {
    const raw = g.raw.gpu_assignment;
    if (g.kind !== 'lxc' || raw === undefined || raw === null)
        return;
    const label = (0,rules_report/* guestLabel */.dv)(g);
    if (typeof raw === 'number') {
        if (!Number.isInteger(raw) || raw < 0) {
            r.guest(g, ['gpu_assignment'], 'error', 'PHX-GPU-INVALID', `gpu_assignment ${raw} of ${label} is not a GPU index`);
        }
        return;
    }
    if (typeof raw !== 'string')
        return;
    const s = raw.trim();
    if (/^none$/i.test(s) || /^\d+(,\d+)*$/.test(s)) {
        const ids = s.toLowerCase() === 'none' ? [] : s.split(',');
        const dup = ids.find((x, i) => ids.indexOf(x) !== i);
        if (dup !== undefined) {
            r.guest(g, ['gpu_assignment'], 'warning', 'PHX-GPU-FORMAT', `gpu_assignment '${raw}' of ${label} lists GPU ${dup} twice`);
        }
        return;
    }
    if (s === '') {
        r.guest(g, ['gpu_assignment'], 'warning', 'PHX-GPU-FORMAT', `gpu_assignment of ${label} is empty; read as 'none'`);
    }
    else if (/^\d+(\s*,\s*\d+)*$/.test(s)) {
        const normal = s
            .split(',')
            .map((x) => x.trim())
            .join(',');
        r.guest(g, ['gpu_assignment'], 'warning', 'PHX-GPU-FORMAT', `gpu_assignment '${raw}' of ${label} is read as '${normal}'; write it without spaces`);
    }
    else {
        r.guest(g, ['gpu_assignment'], 'error', 'PHX-GPU-INVALID', `gpu_assignment '${raw}' of ${label} is neither 'none' nor a comma-separated list of GPU indexes such as '0,1'`);
    }
}
/** PHX-MEMORY-LOW (warning): memory is in MB; a few MB usually means GB were meant. */
function checkResources(g, vmDefaults, r) {
    const src = g.kind === 'qemu'
        ? (0,rules_report/* vmFieldSource */.xS)(g, vmDefaults, 'memory_mb')
        : g.raw.memory_mb !== undefined
            ? { path: [...g.origin.path, 'memory_mb'], fromDefaults: false }
            : undefined;
    if (!src || g.memoryMb >= 128)
        return;
    const message = `memory_mb ${g.memoryMb} is in megabytes, too little to boot a guest${g.memoryMb <= 64 ? ` (did you mean ${g.memoryMb * 1024}?)` : ''}`;
    if (src.fromDefaults)
        r.once('vm_defaults.memory_mb', 'vm', src.path, 'warning', 'PHX-MEMORY-LOW', `vm_defaults: ${message}`);
    else
        r.guest(g, ['memory_mb'], 'warning', 'PHX-MEMORY-LOW', `${(0,rules_report/* guestLabel */.dv)(g)}: ${message}`);
}
/** PHX-TEMPLATE-START (warning): a template cannot be started, so start_at_boot has no effect. */
function checkTemplateStart(g, r) {
    if (g.isTemplate && g.startAtBoot) {
        r.guest(g, ['start_at_boot'], 'warning', 'PHX-TEMPLATE-START', `${(0,rules_report/* guestLabel */.dv)(g)} is a template ('is_template': true) and cannot start; 'start_at_boot' has no effect`);
    }
}
const PORT_PROTOCOLS = new Set(['tcp', 'udp', 'udplite', 'sctp', 'dccp']);
const RULE_FIELDS = [
    'type',
    'action',
    'macro',
    'proto',
    'source',
    'dest',
    'sport',
    'dport',
    'port',
    'iface',
    'icmp-type',
    'enable',
];
/**
 * PHX-FIREWALL-PROTO (error): Proxmox accepts a port only together with a port-based protocol.
 * PHX-FIREWALL-DUPLICATE (warning): the same rule twice in one list (comments aside).
 */
function checkFirewallRules(file, base, rules, owner, r) {
    if (!Array.isArray(rules))
        return;
    const seen = new Map();
    rules.forEach((rule, i) => {
        if (!(0,rules_report/* isObj */.sA)(rule))
            return;
        const at = [...base, i];
        const port = ['port', 'dport', 'sport'].find((k) => rule[k] !== undefined && rule[k] !== '');
        const proto = typeof rule.proto === 'string' ? rule.proto.toLowerCase() : undefined;
        if (port && !rule.macro && !(proto && PORT_PROTOCOLS.has(proto))) {
            const why = proto ? `proto '${rule.proto}' has no ports` : "'proto' is missing";
            r.at(file, [...at, proto ? 'proto' : port], 'error', 'PHX-FIREWALL-PROTO', `firewall rule ${i} of ${owner} sets '${port}' but ${why}; ports need proto tcp, udp, udplite, sctp or dccp`);
        }
        let key = '';
        for (const k of RULE_FIELDS) {
            const v = rule[k];
            key += (typeof v === 'string' ? v.toLowerCase() : v === undefined ? '' : String(v)) + '\u0000';
        }
        const prev = seen.get(key);
        if (prev !== undefined) {
            r.at(file, at, 'warning', 'PHX-FIREWALL-DUPLICATE', `firewall rule ${i} of ${owner} repeats rule ${prev} (${r.where(file, [...base, prev])})`);
        }
        else
            seen.set(key, i);
    });
}
function checkGuestFirewall(g, r) {
    const fw = g.raw.firewall;
    if ((0,rules_report/* isObj */.sA)(fw))
        checkFirewallRules((0,rules_report/* guestFileKey */.iU)(g), [...g.origin.path, 'firewall', 'rules'], fw.rules, (0,rules_report/* guestLabel */.dv)(g), r);
}

// EXTERNAL MODULE: ./src/config/rules/host-config.ts
var host_config = __webpack_require__(92333);
;// CONCATENATED MODULE: ./src/config/rules/host-safety.ts

const HOST_SAFETY_RULES = [
    {
        id: 'PHX-CONTROL-CHAR',
        severity: 'error',
        summary: 'no NUL or other control characters (tab and line breaks aside) in any value',
    },
    {
        id: 'PHX-HOST-PATH-ROOT',
        severity: 'error',
        summary: 'host paths (bind mounts, templates, images, lxc.mount.entry) stay under the allowed roots',
    },
    {
        id: 'PHX-SAMBA-OPTION-UNSAFE',
        severity: 'error',
        summary: 'no Samba share options that run host programs (preexec, postexec, ... command)',
    },
    {
        id: 'PHX-LXC-OPTION-UNSAFE',
        severity: 'error',
        summary: 'no lxc_options that run host programs (lxc.hook.*) or read host files',
    },
];
/** Roots every host may use for data Phoenix bind-mounts (Proxmox's own `/var/lib/vz` included). */
const FIXED_HOST_ROOTS = [
    '/mnt',
    '/media',
    '/srv',
    '/data',
    '/var/lib/phoenix',
    '/var/lib/vz',
    // Upstream Phoenix keeps its generated service configs here (fixtures 35c465b, 829c047).
    '/usr/local/phoenix_hypervisor',
];
/** The system tree: a declared storage path inside it is not a root, and nothing here is mounted. */
const SYSTEM_TREE = [
    '/etc',
    '/dev',
    '/proc',
    '/sys',
    '/root',
    '/boot',
    '/run',
    '/usr',
    '/bin',
    '/sbin',
    '/lib',
    '/lib64',
    '/lib32',
    '/var',
    '/tmp',
];
/** Device nodes an `lxc.mount.entry` may bind: NVIDIA GPUs, DRM render nodes, AMD KFD, FUSE, TUN. */
const ALLOWED_DEVICES = /^\/dev\/(?:nvidia(?:[0-9]+|ctl|-uvm|-uvm-tools|-modeset)|nvidia-caps(?:\/[A-Za-z0-9_-]+)?|dri(?:\/(?:card|renderD)[0-9]+|\/by-path)?|kfd|fuse|net\/tun)$/;
/** Raw keys that run a program on the host, or make LXC read or write a host file of the user's choosing. */
const UNSAFE_KEYS = [
    [/^lxc\.hook\./, 'runs a program as root on the host'],
    [/^lxc\.net\.[0-9]+\.script\./, 'runs a program as root on the host'],
    [/^lxc\.network\.(?:[0-9]+\.)?script\./, 'runs a program as root on the host'],
    [/^lxc\.mount\.fstab$/, 'mounts host paths from a host file Phoenix does not check'],
    [/^lxc\.include$/, 'includes a host file Phoenix does not check'],
    [/^lxc\.rootfs(?:\.path)?$/, 'replaces the root file system with a host path'],
    [/^lxc\.(?:log\.file|console\.logfile)$/, 'writes a host file of the config’s choosing as root'],
];
/** smb.conf share parameters whose value is a program Samba runs (smb.conf(5)). */
const SAMBA_PROGRAM_KEY = /(?:^|\s)(?:root\s)?(?:pre|post)exec$|command$|^magic script$|^exec$|^(?:add|delete|rename|check)\s.*script$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Text that may decode to a CONTROL character: a `\u00XX` escape of one, `\b`, `\f`, or DEL. */
const MAY_HOLD_CONTROL = /\\u00(?:[01][0-9a-fA-F]|7[fF])|\\[bf]|\u007f/;
function clean(p) {
    if (!p.startsWith('/'))
        return undefined;
    const parts = p.split('/').filter(Boolean);
    if (parts.some((s) => s === '..' || s === '.'))
        return undefined;
    return '/' + parts.join('/');
}
function under(p, root) {
    return root === '/' ? true : p === root || p.startsWith(root + '/');
}
/** The allowed roots: fixed ones plus the hypervisor file's storage paths and ZFS pool mount points. */
function hostRoots(hypervisor) {
    const roots = [...FIXED_HOST_ROOTS];
    if (!(0,rules_report/* isObj */.sA)(hypervisor))
        return roots;
    const declared = [];
    if (Array.isArray(hypervisor.storages))
        for (const s of hypervisor.storages)
            if ((0,rules_report/* isObj */.sA)(s))
                declared.push(s.path);
    const zfs = hypervisor.zfs;
    if ((0,rules_report/* isObj */.sA)(zfs) && Array.isArray(zfs.pools)) {
        for (const p of zfs.pools)
            if ((0,rules_report/* isObj */.sA)(p) && typeof p.name === 'string')
                declared.push(`/${p.name}`);
    }
    for (const d of declared) {
        const c = typeof d === 'string' ? clean(d) : undefined;
        if (c && c !== '/' && !SYSTEM_TREE.some((s) => under(c, s)))
            roots.push(c);
    }
    return roots;
}
/**
 * Why a host path may not be used, or undefined when it may. A bind mount (`mount`) must lie under
 * an allowed root. A file Phoenix only reads (`file`: a template archive or cloud image, whose
 * name the schema already restricts to an archive or image suffix) must lie under an allowed root
 * or at least outside the system tree, so that a config without a hypervisor file (which declares
 * the storage roots) can still name an archive on its own pool.
 */
function hostPathProblem(path, roots, use = 'mount') {
    const c = clean(path);
    if (c === undefined)
        return "is not an absolute path without '.' or '..' segments";
    if (roots.some((r) => under(c, r)))
        return undefined;
    const system = c.lastIndexOf('/') === 0 || SYSTEM_TREE.some((s) => under(c, s));
    if (use === 'file' && !system)
        return undefined;
    const where = use === 'file'
        ? 'lies in the system tree (/etc, /dev, /proc, /sys, /root, /boot, /usr, /var, ...)'
        : `is outside the allowed host roots (${roots.join(', ')}); system folders such as /etc, /dev, /proc, /sys, /root and /boot are never mounted`;
    return where;
}
/** The key and value of a raw LXC line (`key = value` or `key: value`). */
function splitLxcLine(line) {
    const s = line.trim();
    const eq = s.indexOf('=');
    const colon = s.indexOf(':');
    const cut = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    if (cut < 0)
        return { key: s, value: '' };
    return { key: s.slice(0, cut).trim(), value: s.slice(cut + 1).trim() };
}
/** PHX-CONTROL-CHAR over every string value of the three files (iterative: no depth limit needed). */
function checkControlChars(loaded, r) {
    for (const key of ['lxc', 'vm', 'hypervisor']) {
        const source = loaded.sources[key];
        // JSON text cannot hold a raw control character inside a string except DEL, so a value can
        // only carry one as an escape (`\u0001`, `\b`, `\f`) or DEL itself: a file with none of those
        // needs no walk (the common case, and the walk costs a path per value on big estates).
        if (!source || !MAY_HOLD_CONTROL.test(source.text))
            continue;
        const root = source.value;
        const stack = [[root, []]];
        while (stack.length > 0) {
            const [v, path] = stack.pop();
            if (typeof v === 'string') {
                const m = CONTROL.exec(v);
                if (m) {
                    const code = m[0].charCodeAt(0).toString(16).padStart(4, '0');
                    r.at(key, path, 'error', 'PHX-CONTROL-CHAR', `value holds the control character U+${code}; Proxmox and the shell cannot carry it`);
                }
            }
            else if (Array.isArray(v))
                v.forEach((x, i) => stack.push([x, [...path, i]]));
            else if ((0,rules_report/* isObj */.sA)(v))
                for (const k of Object.keys(v))
                    stack.push([v[k], [...path, k]]);
        }
    }
}
/** PHX-HOST-PATH-ROOT and PHX-LXC-OPTION-UNSAFE for one guest. */
function checkGuestHostPaths(g, roots, r) {
    const raw = g.raw;
    if (Array.isArray(raw.mount_points)) {
        raw.mount_points.forEach((m, i) => {
            if (!(0,rules_report/* isObj */.sA)(m) || typeof m.host_path !== 'string' || !m.host_path.startsWith('/'))
                return;
            const why = hostPathProblem(m.host_path, roots);
            if (why)
                r.guest(g, ['mount_points', i, 'host_path'], 'error', 'PHX-HOST-PATH-ROOT', `host_path '${m.host_path}' of ${(0,rules_report/* guestLabel */.dv)(g)} ${why}`);
        });
    }
    const field = g.kind === 'lxc' ? 'template' : 'template_image';
    const template = raw[field];
    if (typeof template === 'string' && template.startsWith('/')) {
        const why = hostPathProblem(template, roots, 'file');
        if (why)
            r.guest(g, [field], 'error', 'PHX-HOST-PATH-ROOT', `${field} '${template}' of ${(0,rules_report/* guestLabel */.dv)(g)} ${why}`);
    }
    if (g.kind !== 'lxc' || !Array.isArray(raw.lxc_options))
        return;
    raw.lxc_options.forEach((line, i) => {
        if (typeof line !== 'string')
            return;
        const { key, value } = splitLxcLine(line);
        const at = ['lxc_options', i];
        const unsafe = UNSAFE_KEYS.find(([re]) => re.test(key));
        if (unsafe) {
            r.guest(g, at, 'error', 'PHX-LXC-OPTION-UNSAFE', `'${key}' in lxc_options of ${(0,rules_report/* guestLabel */.dv)(g)} ${unsafe[1]}; Phoenix does not pass it to Proxmox`);
            return;
        }
        if (key !== 'lxc.mount.entry')
            return;
        const source = value.split(/\s+/)[0] ?? '';
        if (!source.startsWith('/'))
            return; // proc, sysfs, tmpfs ...: not a host path
        if (ALLOWED_DEVICES.test(source))
            return;
        const why = hostPathProblem(source, roots);
        if (why) {
            r.guest(g, at, 'error', 'PHX-HOST-PATH-ROOT', `lxc.mount.entry source '${source}' of ${(0,rules_report/* guestLabel */.dv)(g)} ${why} (devices: only GPU, DRM, FUSE and TUN nodes)`);
        }
    });
}
/**
 * PHX-HOST-PATH-ROOT over the hypervisor file's host folders: `shared_volumes` (bind-mounted into
 * containers: under an allowed root), NFS exports and Samba shares (served to the network: outside
 * the system tree, as they may name a pool the file does not declare), absolute paths only (a
 * Samba share may name a dataset instead).
 */
function checkHypervisorPathRoots(hypervisor, roots, r) {
    if (!(0,rules_report/* isObj */.sA)(hypervisor))
        return;
    const check = (path, value, what, use = 'file') => {
        if (typeof value !== 'string' || !value.startsWith('/'))
            return;
        const why = hostPathProblem(value, roots, use);
        if (why)
            r.at('hypervisor', path, 'error', 'PHX-HOST-PATH-ROOT', `${what} '${value}' ${why}`);
    };
    if ((0,rules_report/* isObj */.sA)(hypervisor.shared_volumes)) {
        for (const [name, vol] of Object.entries(hypervisor.shared_volumes)) {
            if ((0,rules_report/* isObj */.sA)(vol))
                check(['shared_volumes', name, 'host_path'], vol.host_path, `host_path of shared volume '${name}'`, 'mount');
        }
    }
    const nfs = hypervisor.nfs;
    if ((0,rules_report/* isObj */.sA)(nfs) && Array.isArray(nfs.exports)) {
        nfs.exports.forEach((e, i) => {
            if ((0,rules_report/* isObj */.sA)(e))
                check(['nfs', 'exports', i, 'path'], e.path, 'NFS export');
        });
    }
    const samba = hypervisor.samba;
    if ((0,rules_report/* isObj */.sA)(samba) && Array.isArray(samba.shares)) {
        samba.shares.forEach((e, i) => {
            if (!(0,rules_report/* isObj */.sA)(e))
                return;
            check(['samba', 'shares', i, 'path'], e.path, 'Samba share');
            if (typeof e.options !== 'string')
                return;
            for (const part of e.options.split(/\s+/)) {
                const key = part.split('=')[0].replace(/_/g, ' ').toLowerCase();
                if (SAMBA_PROGRAM_KEY.test(key)) {
                    r.at('hypervisor', ['samba', 'shares', i, 'options'], 'error', 'PHX-SAMBA-OPTION-UNSAFE', `share option '${key}' runs a program as root on the host; Phoenix does not write it to smb.conf`);
                }
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/config/rules/identity.ts


function idPath(g) {
    return g.kind === 'lxc'
        ? { path: g.origin.path, sub: [] }
        : { path: [...g.origin.path, 'vmid'], sub: ['vmid'] };
}
/** PHX-ID-DUPLICATE: Proxmox has one ID space for CTs and VMs. */
function checkIds(guests, r) {
    const first = new Map();
    for (const g of guests) {
        const prev = first.get(g.id);
        if (!prev) {
            first.set(g.id, g);
            continue;
        }
        const prevWhere = r.where((0,rules_report/* guestFileKey */.iU)(prev), idPath(prev).path);
        const both = prev.kind === g.kind ? '' : '; containers and VMs share one ID space in Proxmox, so they collide';
        r.guest(g, idPath(g).sub, 'error', 'PHX-ID-DUPLICATE', `ID ${g.id} is already used by ${(0,rules_report/* guestLabel */.dv)(prev)} (${prevWhere})${both}`);
    }
}
/** PHX-HOSTNAME (error) and PHX-HOSTNAME-DUPLICATE (warning). */
function checkHostnames(guests, r) {
    const seen = new Map();
    for (const g of guests) {
        const raw = g.raw.name;
        if (typeof raw !== 'string')
            continue;
        const problem = hostnameProblem(raw);
        if (problem) {
            const hint = /_/.test(raw) ? ` (try '${raw.replace(/_/g, '-')}')` : '';
            r.guest(g, ['name'], 'error', 'PHX-HOSTNAME', `name '${raw}' of ${(0,rules_report/* guestLabel */.dv)(g)} is not a valid DNS name: it ${problem}${hint}; Proxmox uses it as the hostname`);
            continue;
        }
        const key = raw.toLowerCase();
        const prev = seen.get(key);
        if (prev) {
            r.guest(g, ['name'], 'warning', 'PHX-HOSTNAME-DUPLICATE', `${(0,rules_report/* guestLabel */.dv)(g)} has the same name '${raw}' as ${(0,rules_report/* guestLabel */.dv)(prev)}; DNS and proxies cannot tell them apart`);
        }
        else
            seen.set(key, g);
    }
}

// EXTERNAL MODULE: ./src/model/resolve.ts + 1 modules
var resolve = __webpack_require__(89908);
;// CONCATENATED MODULE: ./src/config/rules/lineage.ts
/**
 * Where guests come from and what they wait for: clone sources, OS templates, dependencies,
 * and cycles in the combined clone + dependency graph.
 */


/** The field that names a guest's OS template / cloud image, if one is written. */
function osTemplateField(g) {
    const fields = g.kind === 'lxc' ? ['template', 'template_file'] : ['template_image'];
    return fields.find((f) => typeof g.raw[f] === 'string' && g.raw[f] !== '');
}
/**
 * PHX-CLONE-SOURCE, PHX-CLONE-KIND, PHX-CLONE-NOT-TEMPLATE, PHX-CLONE-AND-TEMPLATE (warning),
 * PHX-CLONE-BIND-MOUNT, PHX-NO-OS-SOURCE, PHX-DISK-SHRINK.
 */
function checkClones(guests, idx, r) {
    for (const g of guests) {
        const key = (0,rules_report/* cloneKey */.zd)(g);
        const templateField = osTemplateField(g);
        if (g.cloneFrom === undefined) {
            const written = g.raw[key] !== undefined && g.raw[key] !== null && g.raw[key] !== '';
            if (!written && !templateField) {
                const what = g.kind === 'lxc'
                    ? "'clone_from_ctid' or an OS template ('template')"
                    : "'clone_from_vmid' or a cloud image ('template_image')";
                r.guest(g, [], 'error', 'PHX-NO-OS-SOURCE', `${(0,rules_report/* guestLabel */.dv)(g)} has nothing to be created from: set ${what}`);
            }
            continue;
        }
        if (templateField) {
            r.guest(g, [templateField], 'warning', 'PHX-CLONE-AND-TEMPLATE', `${(0,rules_report/* guestLabel */.dv)(g)} sets both '${key}' and '${templateField}'; it is cloned from ${g.cloneFrom} and '${templateField}' is ignored`);
        }
        if (g.cloneFrom === g.id)
            continue; // reported as a cycle
        const source = idx.byKind[g.kind].get(g.cloneFrom);
        if (!source) {
            const other = idx.byKind[g.kind === 'lxc' ? 'qemu' : 'lxc'].get(g.cloneFrom);
            if (other) {
                r.guest(g, [key], 'error', 'PHX-CLONE-KIND', `${(0,rules_report/* guestLabel */.dv)(g)} cannot be cloned from ${(0,rules_report/* guestLabel */.dv)(other)}: containers clone from containers and VMs from VMs`);
            }
            else {
                const kind = g.kind === 'lxc' ? 'container' : 'VM';
                r.guest(g, [key], 'error', 'PHX-CLONE-SOURCE', `clone source ${g.cloneFrom} of ${(0,rules_report/* guestLabel */.dv)(g)} does not exist: no ${kind} with that ID is defined`);
            }
            continue;
        }
        if (!source.isTemplate && !source.templateSnapshotName) {
            r.guest(g, [key], 'error', 'PHX-CLONE-NOT-TEMPLATE', `${(0,rules_report/* guestLabel */.dv)(g)} clones ${(0,rules_report/* guestLabel */.dv)(source)}, which is neither a template ('is_template': true) nor names a 'template_snapshot_name'; Proxmox clones only templates or snapshots`);
        }
        // pve-container `clone_vm` dies on a bind or device mount point ("unable to clone mountpoint").
        const binds = source.kind === 'lxc' ? source.mountPoints.filter((m) => m.source.startsWith('/')) : [];
        if (binds.length > 0) {
            r.guest(g, [key], 'error', 'PHX-CLONE-BIND-MOUNT', `${(0,rules_report/* guestLabel */.dv)(g)} clones ${(0,rules_report/* guestLabel */.dv)(source)}, which bind-mounts ${binds.map((m) => m.source).join(', ')}; Proxmox cannot clone a bind or device mount point ('unable to clone mountpoint'): give the mount to the clones instead`);
        }
        if (g.diskSizeGb < source.diskSizeGb) {
            const field = g.kind === 'lxc' ? 'storage_size_gb' : 'disk_size_gb';
            r.guest(g, g.raw[field] !== undefined ? [field] : [key], 'error', 'PHX-DISK-SHRINK', `${(0,rules_report/* guestLabel */.dv)(g)} asks for a ${g.diskSizeGb} GB disk but its clone source ${(0,rules_report/* guestLabel */.dv)(source)} has ${source.diskSizeGb} GB; a clone starts with its source's disk and Proxmox can only grow disks`);
        }
    }
}
/** Index of each dependency entry that parses to an ID, with its position in the array. */
function dependencyEntries(g) {
    const raw = g.raw.dependencies;
    if (!Array.isArray(raw))
        return [];
    const out = [];
    raw.forEach((v, index) => {
        const id = (0,resolve/* parseId */.Fg)(v);
        if (id !== undefined)
            out.push({ id, index });
    });
    return out;
}
/** PHX-DEPENDENCY-MISSING, PHX-DEPENDENCY-TEMPLATE (warning), PHX-BOOT-ORDER (warning). */
function checkDependencies(guests, idx, r) {
    for (const g of guests) {
        for (const { id, index } of dependencyEntries(g)) {
            if (id === g.id)
                continue; // reported as a cycle
            const dep = idx.byId.get(id);
            const at = ['dependencies', index];
            if (!dep) {
                r.guest(g, at, 'error', 'PHX-DEPENDENCY-MISSING', `${(0,rules_report/* guestLabel */.dv)(g)} depends on ${id}, which is not defined`);
                continue;
            }
            if (dep.isTemplate) {
                r.guest(g, at, 'warning', 'PHX-DEPENDENCY-TEMPLATE', `${(0,rules_report/* guestLabel */.dv)(g)} depends on ${(0,rules_report/* guestLabel */.dv)(dep)}, a template, which never runs`);
                continue;
            }
            if (!g.startAtBoot)
                continue;
            if (!dep.startAtBoot) {
                r.guest(g, at, 'warning', 'PHX-BOOT-ORDER', `${(0,rules_report/* guestLabel */.dv)(g)} starts at boot but its dependency ${(0,rules_report/* guestLabel */.dv)(dep)} does not ('start_at_boot' is false)`);
            }
            else if (g.bootOrder !== undefined && dep.bootOrder !== undefined && g.bootOrder < dep.bootOrder) {
                r.guest(g, at, 'warning', 'PHX-BOOT-ORDER', `${(0,rules_report/* guestLabel */.dv)(g)} (boot_order ${g.bootOrder}) starts before its dependency ${(0,rules_report/* guestLabel */.dv)(dep)} (boot_order ${dep.bootOrder})`);
            }
        }
    }
}
/** PHX-CYCLE: clones and dependencies together must form a DAG, or nothing can be ordered. */
function checkCycles(guests, idx, r) {
    const edges = new Map();
    for (const g of idx.byId.values()) {
        const out = [];
        if (g.cloneFrom !== undefined && idx.byId.has(g.cloneFrom))
            out.push({ to: g.cloneFrom, sub: [(0,rules_report/* cloneKey */.zd)(g)] });
        for (const { id, index } of dependencyEntries(g)) {
            if (idx.byId.has(id))
                out.push({ to: id, sub: ['dependencies', index] });
        }
        edges.set(g.id, out);
    }
    const state = new Map(); // 1: on the DFS stack, 2: finished
    for (const start of guests) {
        if (state.has(start.id) || idx.byId.get(start.id) !== start)
            continue;
        const stack = [{ id: start.id, next: 0 }];
        state.set(start.id, 1);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const out = edges.get(top.id) ?? [];
            if (top.next >= out.length) {
                state.set(top.id, 2);
                stack.pop();
                continue;
            }
            const e = out[top.next++];
            const s = state.get(e.to);
            if (s === undefined) {
                state.set(e.to, 1);
                stack.push({ id: e.to, next: 0 });
            }
            else if (s === 1) {
                const from = stack.findIndex((f) => f.id === e.to);
                const cycle = [...stack.slice(from).map((f) => f.id), e.to].join(' -> ');
                const g = idx.byId.get(top.id);
                r.guest(g, e.sub, 'error', 'PHX-CYCLE', `clone/dependency cycle: ${cycle}; no guest in it can be created or started first`);
            }
        }
    }
}

// EXTERNAL MODULE: ./src/model/cluster-config.ts
var cluster_config = __webpack_require__(32966);
;// CONCATENATED MODULE: ./src/config/rules/cluster.ts
/**
 * The hypervisor file's `cluster` block against the guests (PHX-NODE-*): when it lists the
 * cluster's nodes, every guest's `node` and the `default_node` are among them. Whether a node is
 * really part of the cluster and online is checked at plan time against the live state
 * (plan/placement.ts); these catch typos without a host.
 */


const CLUSTER_RULES = [
    {
        id: 'PHX-NODE-UNKNOWN',
        severity: 'error',
        summary: "a guest's node is one of the nodes the hypervisor file's cluster block lists",
    },
    {
        id: 'PHX-DEFAULT-NODE-UNKNOWN',
        severity: 'error',
        summary: 'cluster.default_node is one of the nodes cluster.nodes lists',
    },
];
function checkClusterNodes(hypervisor, guests, r) {
    const cluster = (0,cluster_config/* clusterConfigOf */.m)(hypervisor);
    if (cluster.nodes.length === 0)
        return;
    const known = new Set(cluster.nodes);
    const listed = cluster.nodes.join(', ');
    if (cluster.defaultNode !== undefined && !known.has(cluster.defaultNode)) {
        r.at('hypervisor', ['cluster', 'default_node'], 'error', 'PHX-DEFAULT-NODE-UNKNOWN', `cluster.default_node '${cluster.defaultNode}' is not among cluster.nodes (${listed})${(0,rules_report/* didYouMean */.au)(cluster.defaultNode, known)}`);
    }
    for (const g of guests) {
        if (g.node === undefined || known.has(g.node))
            continue;
        r.guest(g, ['node'], 'error', 'PHX-NODE-UNKNOWN', `${(0,rules_report/* guestLabel */.dv)(g)} is placed on node '${g.node}', which the hypervisor file's cluster.nodes does not list (${listed})${(0,rules_report/* didYouMean */.au)(g.node, known)}`);
    }
}

;// CONCATENATED MODULE: ./src/config/rules/network.ts


function nicLabel(g, n) {
    return g.kind === 'lxc' ? `${(0,rules_report/* guestLabel */.dv)(g)} (${n.name})` : `${(0,rules_report/* guestLabel */.dv)(g)} (net${n.index})`;
}
function isIpv6(s) {
    return s.includes(':') && /^[0-9a-f:.]+$/i.test(s) && s.split('::').length <= 2;
}
class NetworkChecker {
    r;
    facts;
    vmDefaults;
    ips = new Map();
    macs = new Map();
    constructor(r, facts, vmDefaults) {
        this.r = r;
        this.facts = facts;
        this.vmDefaults = vmDefaults;
        for (const h of facts?.hostAddresses ?? []) {
            this.ips.set(`${h.bridge}#0#${h.addr}`, {
                label: 'the hypervisor itself',
                file: 'hypervisor',
                path: h.path,
            });
        }
    }
    check(g) {
        const names = new Map();
        for (const n of g.networks) {
            const sub = n.path.slice(g.origin.path.length);
            const raw = (0,rules_report/* isObj */.sA)(g.raw[sub[0]]) ? g.raw[sub[0]] : {};
            if (g.kind === 'lxc') {
                if (names.has(n.name)) {
                    this.r.guest(g, typeof raw.name === 'string' ? [...sub, 'name'] : sub, 'error', 'PHX-NIC-DUPLICATE', `${(0,rules_report/* guestLabel */.dv)(g)} has two interfaces named '${n.name}'`);
                }
                else
                    names.set(n.name, n);
            }
            this.checkBridge(g, n, sub, raw);
            const cidr = this.checkIp(g, n, sub);
            if (cidr && n.gw !== undefined)
                this.checkGateway(g, n, sub, cidr);
            else if (n.gw !== undefined && parseIpv4(n.gw) === undefined)
                this.badGateway(g, n, sub);
            this.checkMac(g, n, sub, raw);
            this.checkNameservers(g, sub, raw);
        }
    }
    checkBridge(g, n, sub, raw) {
        if (!this.facts || this.facts.bridges.has(n.bridge))
            return;
        const known = [...this.facts.bridges].sort().join(', ');
        const message = `bridge '${n.bridge}' is not defined in ${this.r.fileName('hypervisor')} (known: ${known})`;
        if (raw.bridge !== undefined) {
            this.r.guest(g, [...sub, 'bridge'], 'error', 'PHX-BRIDGE-UNDEFINED', `${nicLabel(g, n)}: ${message}`);
            return;
        }
        const src = g.kind === 'qemu' ? (0,rules_report/* vmFieldSource */.xS)(g, this.vmDefaults, 'network_bridge') : undefined;
        if (src?.fromDefaults) {
            this.r.once('vm_defaults.network_bridge', 'vm', src.path, 'error', 'PHX-BRIDGE-UNDEFINED', `vm_defaults: ${message}`);
        }
        else {
            this.r.guest(g, src ? src.path.slice(g.origin.path.length) : sub, 'error', 'PHX-BRIDGE-UNDEFINED', `${nicLabel(g, n)}: ${message}`);
        }
    }
    /** PHX-IP-INVALID, PHX-IP-DUPLICATE, PHX-IP-SUBNET (warning). Returns the parsed address. */
    checkIp(g, n, sub) {
        if (n.ip === undefined || n.ip === 'dhcp' || n.ip === 'manual')
            return undefined;
        const at = [...sub, 'ip'];
        const parsed = parseHostCidr(n.ip);
        if (!parsed.ok) {
            this.r.guest(g, at, 'error', 'PHX-IP-INVALID', `ip '${n.ip}' of ${nicLabel(g, n)} ${parsed.reason}`);
            return undefined;
        }
        const { cidr } = parsed;
        const segment = n.tag === undefined ? n.bridge : `${n.bridge} VLAN ${n.tag}`;
        const key = `${n.bridge}#${n.tag ?? 0}#${cidr.addr}`;
        const prev = this.ips.get(key);
        if (prev) {
            this.r.guest(g, at, 'error', 'PHX-IP-DUPLICATE', `${formatIpv4(cidr.addr)} on ${segment} (${nicLabel(g, n)}) is already used by ${prev.label} (${this.r.where(prev.file, prev.path)})`);
        }
        else {
            this.ips.set(key, { label: nicLabel(g, n), file: (0,rules_report/* guestFileKey */.iU)(g), path: [...g.origin.path, ...at] });
        }
        const subnet = n.tag === undefined ? this.facts?.subnets.get(n.bridge) : undefined;
        if (subnet && !inSubnet(cidr.addr, subnet)) {
            this.r.guest(g, at, 'warning', 'PHX-IP-SUBNET', `${formatCidr(cidr)} of ${nicLabel(g, n)} is outside ${n.bridge}'s subnet ${formatCidr(subnet, true)}`);
        }
        return cidr;
    }
    badGateway(g, n, sub) {
        this.r.guest(g, [...sub, 'gw'], 'error', 'PHX-GATEWAY-INVALID', `gateway '${n.gw}' of ${nicLabel(g, n)} is not an IPv4 address`);
    }
    /** PHX-GATEWAY-INVALID, PHX-GATEWAY-SUBNET. */
    checkGateway(g, n, sub, cidr) {
        const gw = parseIpv4(n.gw);
        if (gw === undefined)
            return this.badGateway(g, n, sub);
        let problem;
        if (gw === cidr.addr)
            problem = "is the interface's own address";
        else if (!inSubnet(gw, cidr))
            problem = `is outside the interface's subnet ${formatCidr(cidr, true)}`;
        if (problem) {
            this.r.guest(g, [...sub, 'gw'], 'error', 'PHX-GATEWAY-SUBNET', `gateway ${n.gw} of ${nicLabel(g, n)} ${problem}`);
        }
    }
    /** PHX-MAC-INVALID, PHX-MAC-DUPLICATE. */
    checkMac(g, n, sub, raw) {
        if (n.hwaddr === undefined)
            return;
        const at = typeof raw.hwaddr === 'string' && raw.hwaddr !== '' ? [...sub, 'hwaddr'] : ['mac_address'];
        const problem = macProblem(n.hwaddr);
        if (problem) {
            this.r.guest(g, at, 'error', 'PHX-MAC-INVALID', `MAC '${n.hwaddr}' of ${nicLabel(g, n)} ${problem}`);
            return;
        }
        const key = n.hwaddr.toLowerCase();
        const prev = this.macs.get(key);
        if (prev) {
            this.r.guest(g, at, 'error', 'PHX-MAC-DUPLICATE', `MAC ${n.hwaddr} of ${nicLabel(g, n)} is already used by ${prev.label} (${this.r.where(prev.file, prev.path)})`);
        }
        else {
            this.macs.set(key, { label: nicLabel(g, n), file: (0,rules_report/* guestFileKey */.iU)(g), path: [...g.origin.path, ...at] });
        }
    }
    /** PHX-NAMESERVER-INVALID. */
    checkNameservers(g, sub, raw) {
        for (const key of ['nameservers', 'nameserver']) {
            const v = raw[key];
            const entries = typeof v === 'string'
                ? [[[...sub, key], v]]
                : Array.isArray(v)
                    ? v.flatMap((x, i) => typeof x === 'string' ? [[[...sub, key, i], x]] : [])
                    : [];
            for (const [at, text] of entries) {
                const bad = text
                    .split(/[\s,]+/)
                    .filter(Boolean)
                    .find((s) => parseIpv4(s) === undefined && !isIpv6(s));
                if (bad !== undefined) {
                    this.r.guest(g, at, 'error', 'PHX-NAMESERVER-INVALID', `nameserver '${bad}' of ${(0,rules_report/* guestLabel */.dv)(g)} is not an IP address`);
                }
            }
        }
    }
}

// EXTERNAL MODULE: ./src/config/rules/scripts.ts
var rules_scripts = __webpack_require__(66382);
;// CONCATENATED MODULE: ./src/config/rules/storage.ts
/** Storage and mounts: storage IDs the hypervisor defines, content types, mount points, shared volumes. */


const nonEmpty = (v) => typeof v === 'string' && v.trim() !== '';
/** Why a container-side path is unusable (Proxmox's mount point path rules), or undefined. */
function targetProblem(p) {
    if (!p.startsWith('/'))
        return 'must be an absolute path';
    if (/\/\.\.?(\/|$)/.test(p))
        return "must not contain '.' or '..' segments";
    if (p === '/')
        return 'cannot be the root directory';
    return undefined;
}
class StorageChecker {
    r;
    facts;
    vmDefaults;
    /** Mounts that shared volumes add to each guest, for the duplicate-target check. */
    sharedTargets = new Map();
    constructor(r, facts, vmDefaults) {
        this.r = r;
        this.facts = facts;
        this.vmDefaults = vmDefaults;
    }
    /** PHX-STORAGE-UNDEFINED, PHX-STORAGE-CONTENT for one storage reference. */
    checkPool(g, pool, sub, need, what, fromDefaults) {
        if (!this.facts)
            return;
        const fact = this.facts.storages.get(pool);
        const report = (rule, message) => {
            if (fromDefaults)
                this.r.once(`vm_defaults.storage_pool#${rule}`, 'vm', fromDefaults, 'error', rule, `vm_defaults: ${message}`);
            else
                this.r.guest(g, sub ?? [], 'error', rule, `${(0,rules_report/* guestLabel */.dv)(g)}: ${message}`);
        };
        if (!fact) {
            const known = [...this.facts.storages.keys()].sort().join(', ');
            report('PHX-STORAGE-UNDEFINED', `storage '${pool}' for ${what} is not defined in ${this.r.fileName('hypervisor')} (known: ${known})${(0,rules_report/* didYouMean */.au)(pool, this.facts.storages.keys())}`);
        }
        else if (fact.content && !fact.content.has(need)) {
            const has = [...fact.content].join(',') || 'nothing';
            const where = fact.path ? ` (${this.r.where('hypervisor', fact.path)})` : '';
            report('PHX-STORAGE-CONTENT', `storage '${pool}' holds '${has}' but ${what} needs content type '${need}'${where}`);
        }
    }
    /** Guest root disk and the volumes it allocates. */
    checkGuestStorage(g) {
        if (g.kind === 'qemu') {
            const src = (0,rules_report/* vmFieldSource */.xS)(g, this.vmDefaults, 'storage_pool');
            if (src) {
                const sub = src.fromDefaults ? undefined : src.path.slice(g.origin.path.length);
                this.checkPool(g, g.storagePool, sub, 'images', 'VM disks', src.fromDefaults ? src.path : undefined);
            }
            return;
        }
        if (nonEmpty(g.raw.storage_pool))
            this.checkPool(g, g.storagePool, ['storage_pool'], 'rootdir', 'the root disk');
        for (const field of ['volumes', 'zfs_volumes']) {
            const list = g.raw[field];
            if (!Array.isArray(list))
                continue;
            list.forEach((v, i) => {
                if ((0,rules_report/* isObj */.sA)(v) && nonEmpty(v.pool))
                    this.checkPool(g, v.pool, [field, i, 'pool'], 'rootdir', 'a mount point volume');
            });
        }
    }
    /** PHX-MOUNT-HOST-PATH, PHX-MOUNT-GUEST, PHX-MOUNT-TARGET over `shared_volumes` in the hypervisor file. */
    checkSharedVolumes(hv, idx) {
        const shared = hv.shared_volumes;
        if (!(0,rules_report/* isObj */.sA)(shared))
            return;
        for (const [name, vol] of Object.entries(shared)) {
            if (!(0,rules_report/* isObj */.sA)(vol))
                continue;
            const base = ['shared_volumes', name];
            if (!nonEmpty(vol.host_path)) {
                this.r.at('hypervisor', vol.host_path === undefined ? base : [...base, 'host_path'], 'error', 'PHX-MOUNT-HOST-PATH', `shared volume '${name}' has no host_path: a shared volume is a host directory bind-mounted into containers`, vol.host_path === undefined ? 'key' : 'value');
            }
            else if (!vol.host_path.startsWith('/')) {
                this.r.at('hypervisor', [...base, 'host_path'], 'error', 'PHX-MOUNT-HOST-PATH', `host_path of shared volume '${name}' must be an absolute path`);
            }
            if (!(0,rules_report/* isObj */.sA)(vol.mounts))
                continue;
            for (const [key, target] of Object.entries(vol.mounts)) {
                const at = [...base, 'mounts', key];
                const id = (0,resolve/* parseId */.Fg)(key);
                const g = id === undefined ? undefined : idx.byId.get(id);
                if (!g || g.kind !== 'lxc') {
                    const why = g
                        ? `${(0,rules_report/* guestLabel */.dv)(g)} is a VM; bind mounts go into containers`
                        : `no guest ${key} is defined`;
                    this.r.at('hypervisor', at, 'error', 'PHX-MOUNT-GUEST', `shared volume '${name}' mounts into ${key}, but ${why}`, 'key');
                    continue;
                }
                if (typeof target !== 'string')
                    continue;
                const problem = targetProblem(target);
                if (problem) {
                    this.r.at('hypervisor', at, 'error', 'PHX-MOUNT-TARGET', `mount path '${target}' of shared volume '${name}' ${problem}`);
                    continue;
                }
                const list = this.sharedTargets.get(g.id) ?? [];
                list.push({ path: target, label: `shared volume '${name}'`, file: 'hypervisor', at });
                this.sharedTargets.set(g.id, list);
            }
        }
    }
    /** Mount points of one guest: host paths, target paths, duplicates (PHX-MOUNT-DUPLICATE, warning). */
    checkMounts(g) {
        const targets = [...(this.sharedTargets.get(g.id) ?? [])];
        const add = (path, sub, label) => {
            if (!nonEmpty(path)) {
                this.r.guest(g, sub.slice(0, -1), 'error', 'PHX-MOUNT-TARGET', `${label} of ${(0,rules_report/* guestLabel */.dv)(g)} has no '${String(sub[sub.length - 1])}'`);
                return;
            }
            const problem = targetProblem(path);
            if (problem) {
                this.r.guest(g, sub, 'error', 'PHX-MOUNT-TARGET', `mount path '${path}' of ${(0,rules_report/* guestLabel */.dv)(g)} ${problem}`);
                return;
            }
            const prev = targets.find((t) => t.path.replace(/\/+$/, '') === path.replace(/\/+$/, ''));
            if (prev) {
                this.r.guest(g, sub, 'warning', 'PHX-MOUNT-DUPLICATE', `${(0,rules_report/* guestLabel */.dv)(g)} mounts two things at ${path}: this ${label} and ${prev.label} (${this.r.where(prev.file, prev.at)}); one hides the other`);
            }
            targets.push({ path, label, file: (0,rules_report/* guestFileKey */.iU)(g), at: [...g.origin.path, ...sub] });
        };
        if (g.kind === 'lxc' && Array.isArray(g.raw.mount_points)) {
            g.raw.mount_points.forEach((m, i) => {
                if (!(0,rules_report/* isObj */.sA)(m))
                    return;
                if (!nonEmpty(m.host_path)) {
                    this.r.guest(g, m.host_path === undefined ? ['mount_points', i] : ['mount_points', i, 'host_path'], 'error', 'PHX-MOUNT-HOST-PATH', `mount point ${i} of ${(0,rules_report/* guestLabel */.dv)(g)} has no host_path`);
                }
                else if (!m.host_path.startsWith('/')) {
                    this.r.guest(g, ['mount_points', i, 'host_path'], 'error', 'PHX-MOUNT-HOST-PATH', `host_path '${m.host_path}' of ${(0,rules_report/* guestLabel */.dv)(g)} must be an absolute path`);
                }
                add(m.container_path, ['mount_points', i, 'container_path'], 'mount point');
            });
        }
        for (const field of ['volumes', 'zfs_volumes']) {
            const list = g.raw[field];
            if (!Array.isArray(list))
                continue;
            list.forEach((v, i) => {
                if (!(0,rules_report/* isObj */.sA)(v))
                    return;
                if (g.kind === 'qemu' && v.type === 'nfs' && !(nonEmpty(v.server) && nonEmpty(v.path))) {
                    this.r.guest(g, [field, i], 'error', 'PHX-MOUNT-HOST-PATH', `NFS volume ${i} of ${(0,rules_report/* guestLabel */.dv)(g)} needs both 'server' and 'path'`);
                }
                add(v.mount_point, [field, i, 'mount_point'], 'volume');
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/config/rules/unsupported-fields.ts

const UNSUPPORTED_RULE = {
    id: 'PHX-UNSUPPORTED-FIELD',
    severity: 'warning',
    summary: 'a field the original tooling acted on and Phoenix does not',
};
const SCRIPTS = "Phoenix passes it to the guest's scripts in guest.json, so an application script can act on it";
const UNSUPPORTED_FIELDS = [
    ...['lxc', 'vm'].flatMap((file) => [
        {
            file,
            where: 'guest',
            path: ['portainer_role'],
            original: 'deployed the Portainer server or agent on the guest by this role',
            phoenix: `${SCRIPTS}; it deploys nothing itself`,
        },
        {
            file,
            where: 'guest',
            path: ['traefik_service'],
            original: 'generated Traefik routing for the guest from it',
            phoenix: `${SCRIPTS}; no proxy configuration is written`,
        },
        {
            file,
            where: 'guest',
            path: ['trigger_sync_on_completion'],
            original: "ran 'phoenix sync all' (DNS, proxy, certificates) after the guest was created",
            phoenix: 'Phoenix runs no sync; put what the sync did in a feature or application script',
        },
    ]),
    {
        file: 'lxc',
        where: 'guest',
        path: ['id_maps'],
        original: 'wrote lxc.idmap lines mapping these container IDs to host IDs',
        phoenix: "Phoenix writes no id mapping from it; write the lxc.idmap lines in 'lxc_options'",
    },
    ...['swarm_role', 'node_labels'].map((key) => ({
        file: 'vm',
        where: 'guest',
        path: [key],
        original: 'set up the Docker Swarm (init or join, node labels) from it',
        phoenix: `${SCRIPTS}; it forms no swarm`,
    })),
    ...['docker_stacks', 'portainer_agent_hostname', 'portainer_environment_name'].map((key) => ({
        file: 'vm',
        where: 'guest',
        path: [key],
        original: 'registered the VM in Portainer and deployed its Docker stacks through the Portainer API',
        phoenix: `${SCRIPTS}; it deploys no stacks`,
    })),
    {
        file: 'hypervisor',
        where: 'top',
        path: ['behavior', 'rollback_on_failure'],
        original: 'rolled a container back when its creation failed',
        phoenix: "Phoenix stops that guest and reports it; 'phoenix rollback' puts a changed guest back to its safety snapshot",
    },
    {
        file: 'vm',
        where: 'guest',
        path: ['volumes'],
        original: 'mounted these volumes (NFS exports of the host) inside the VM',
        phoenix: `${SCRIPTS}; it attaches and mounts nothing from it`,
    },
    ...['cuda_version', 'install_vllm_libs'].map((key) => ({
        file: 'hypervisor',
        where: 'top',
        path: ['nvidia_driver', key],
        original: 'installed CUDA and the vLLM libraries on the host with the driver',
        phoenix: 'Phoenix installs the driver only; containers get CUDA and vLLM from their features',
    })),
    {
        file: 'hypervisor',
        where: 'top',
        path: ['vms'],
        original: 'created these VMs (an older place for them)',
        phoenix: 'Phoenix ignores them: VMs belong in phoenix_vm_configs.json',
    },
];
/** A value that asks for nothing: absent, false, null, "none", "" or empty. */
function asksNothing(v) {
    if (v === undefined || v === null || v === false || v === '' || v === 'none')
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if ((0,rules_report/* isObj */.sA)(v))
        return Object.keys(v).length === 0;
    return false;
}
function valueAt(root, path) {
    let v = root;
    for (const p of path)
        v = Array.isArray(v) && typeof p === 'number' ? v[p] : (0,rules_report/* isObj */.sA)(v) ? v[String(p)] : undefined;
    return v;
}
/** Where each guest object of a file sits. */
function guestPaths(file, root) {
    if (!(0,rules_report/* isObj */.sA)(root))
        return [];
    if (file === 'lxc')
        return (0,rules_report/* isObj */.sA)(root.lxc_configs) ? Object.keys(root.lxc_configs).map((k) => ['lxc_configs', k]) : [];
    if (file === 'vm')
        return Array.isArray(root.vms) ? root.vms.map((_v, i) => ['vms', i]) : [];
    return [];
}
function checkUnsupportedFields(loaded, r) {
    const guestsOf = new Map();
    for (const f of UNSUPPORTED_FIELDS) {
        const root = loaded.sources[f.file]?.value;
        if (root === undefined)
            continue;
        if (f.where === 'guest' && !guestsOf.has(f.file))
            guestsOf.set(f.file, guestPaths(f.file, root));
        const bases = f.where === 'top' ? [[]] : guestsOf.get(f.file);
        let first;
        let count = 0;
        for (const b of bases) {
            if (asksNothing(valueAt(valueAt(root, b), f.path)))
                continue;
            first ??= b;
            count++;
        }
        if (!first)
            continue;
        const name = f.path.join('.');
        const others = count > 1 ? ` (also set in ${count - 1} other guest${count > 2 ? 's' : ''})` : '';
        r.at(f.file, [...first, ...f.path], 'warning', UNSUPPORTED_RULE.id, `'${name}' is not supported${others}: the original Phoenix tooling ${f.original}; ${f.phoenix}`, 'key');
    }
}

;// CONCATENATED MODULE: ./src/config/rules/index.ts















/** Every rule id this module reports, for documentation and for tests that filter by rule. */
const RULES = [
    { id: 'PHX-ID-DUPLICATE', severity: 'error', summary: 'guest IDs are unique across containers and VMs' },
    { id: 'PHX-HOSTNAME', severity: 'error', summary: 'guest names are valid DNS names' },
    { id: 'PHX-HOSTNAME-DUPLICATE', severity: 'warning', summary: 'two guests share a name' },
    {
        id: 'PHX-DISK-SHRINK',
        severity: 'error',
        summary: 'a clone asks for a smaller disk than its source has (Proxmox only grows disks)',
    },
    {
        id: 'PHX-NO-OS-SOURCE',
        severity: 'error',
        summary: 'a guest is cloned or has an OS template / cloud image',
    },
    { id: 'PHX-CLONE-SOURCE', severity: 'error', summary: 'the clone source exists' },
    { id: 'PHX-CLONE-KIND', severity: 'error', summary: 'containers clone containers, VMs clone VMs' },
    {
        id: 'PHX-CLONE-NOT-TEMPLATE',
        severity: 'error',
        summary: 'the clone source is a template or names a template snapshot',
    },
    {
        id: 'PHX-CLONE-BIND-MOUNT',
        severity: 'error',
        summary: 'a clone source has no bind or device mount point (Proxmox cannot clone one)',
    },
    {
        id: 'PHX-CLONE-AND-TEMPLATE',
        severity: 'warning',
        summary: 'clone source and OS template both set; the clone wins',
    },
    { id: 'PHX-CYCLE', severity: 'error', summary: 'clones and dependencies form no cycle' },
    { id: 'PHX-DEPENDENCY-MISSING', severity: 'error', summary: 'dependencies name defined guests' },
    {
        id: 'PHX-DEPENDENCY-TEMPLATE',
        severity: 'warning',
        summary: 'a dependency on a template, which never runs',
    },
    {
        id: 'PHX-BOOT-ORDER',
        severity: 'warning',
        summary: 'a guest starts at boot before (or without) its dependency',
    },
    {
        id: 'PHX-IP-INVALID',
        severity: 'error',
        summary: "IP is 'dhcp', 'manual' or an IPv4 CIDR usable by a host",
    },
    { id: 'PHX-IP-DUPLICATE', severity: 'error', summary: 'static IPs are unique per bridge and VLAN' },
    { id: 'PHX-IP-SUBNET', severity: 'warning', summary: "IP lies in the bridge's known subnet" },
    { id: 'PHX-GATEWAY-INVALID', severity: 'error', summary: 'gateway is an IPv4 address' },
    { id: 'PHX-GATEWAY-SUBNET', severity: 'error', summary: "gateway lies inside the interface's subnet" },
    { id: 'PHX-MAC-INVALID', severity: 'error', summary: 'MAC addresses are valid unicast addresses' },
    { id: 'PHX-MAC-DUPLICATE', severity: 'error', summary: 'MAC addresses are unique' },
    { id: 'PHX-NIC-DUPLICATE', severity: 'error', summary: 'interface names are unique within a container' },
    { id: 'PHX-NAMESERVER-INVALID', severity: 'error', summary: 'nameservers are IP addresses' },
    { id: 'PHX-BRIDGE-UNDEFINED', severity: 'error', summary: 'bridges are defined by the hypervisor config' },
    {
        id: 'PHX-STORAGE-UNDEFINED',
        severity: 'error',
        summary: 'storage IDs are defined by the hypervisor config or Proxmox defaults',
    },
    {
        id: 'PHX-STORAGE-CONTENT',
        severity: 'error',
        summary: 'the storage accepts the content (rootdir / images)',
    },
    {
        id: 'PHX-HYPERVISOR-MISSING',
        severity: 'warning',
        summary: 'no hypervisor file: storage and bridges not checked',
    },
    {
        id: 'PHX-MOUNT-HOST-PATH',
        severity: 'error',
        summary: 'shared volumes and mount points have an absolute host path',
    },
    { id: 'PHX-MOUNT-GUEST', severity: 'error', summary: 'shared volumes mount into defined containers' },
    { id: 'PHX-MOUNT-TARGET', severity: 'error', summary: 'mount targets are absolute paths without . or ..' },
    { id: 'PHX-MOUNT-DUPLICATE', severity: 'warning', summary: 'two mounts at the same path in one guest' },
    { id: 'PHX-FEATURE-MISSING', severity: 'error', summary: 'feature X exists as features/X.sh' },
    { id: 'PHX-APP-MISSING', severity: 'error', summary: 'application script Y exists as apps/Y' },
    {
        id: 'PHX-TEST-MISSING',
        severity: 'warning',
        summary: 'test script exists under tests/ (else reported as not run)',
    },
    { id: 'PHX-SCRIPT-PATH', severity: 'error', summary: 'script paths stay inside their folder' },
    {
        id: 'PHX-GPU-FORMAT',
        severity: 'warning',
        summary: "gpu_assignment written loosely ('0, 1'); normalised",
    },
    { id: 'PHX-GPU-INVALID', severity: 'error', summary: "gpu_assignment is 'none' or GPU indexes" },
    { id: 'PHX-MEMORY-LOW', severity: 'warning', summary: 'memory_mb is implausibly small (MB, not GB)' },
    { id: 'PHX-TEMPLATE-START', severity: 'warning', summary: 'a template set to start at boot' },
    { id: 'PHX-FIREWALL-PROTO', severity: 'error', summary: 'firewall ports come with a port-based protocol' },
    { id: 'PHX-FIREWALL-DUPLICATE', severity: 'warning', summary: 'the same firewall rule twice in one list' },
    { id: 'PHX-PLAINTEXT-SECRET', severity: 'error', summary: 'no plaintext passwords or tokens in config' },
    { id: 'PHX-SECRET-REF', severity: 'error', summary: 'a secret reference names a valid secret' },
    ...CLUSTER_RULES,
    UNSUPPORTED_RULE,
    ...HOST_SAFETY_RULES,
    ...host_config/* HOST_RULES */.f4,
];
const RULE_IDS = new Set(RULES.map((r) => r.id));
/** A secret name for a value's path (`lxc_configs.910.admin_password` -> `CT_910_ADMIN_PASSWORD`). */
function secretName(path) {
    const name = path
        .filter((p) => p !== 'lxc_configs' && p !== 'vms')
        .map((p) => String(p)
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_'))
        .join('_');
    // A secret name starts with a letter (GitHub's rule, and SECRET_NAME_RE).
    return /^[A-Z]/.test(name) ? name : `${path[0] === 'vms' ? 'VM' : 'CT'}_${name}`;
}
/** PHX-PLAINTEXT-SECRET over the three files as written (application data included). */
function checkSecrets(loaded, r) {
    for (const key of Object.keys(types/* CONFIG_FILES */.n)) {
        const source = loaded.sources[key];
        if (!source)
            continue;
        for (const ref of (0,secret_refs/* findSecretRefs */.gN)(source.value)) {
            if (secret_refs/* SECRET_NAME_RE */.hn.test(ref.name))
                continue;
            r.at(key, ref.path, 'error', 'PHX-SECRET-REF', `'${ref.path.join('.')}' refers to secret ${JSON.stringify(ref.name)}: a secret name is upper-case letters, ` +
                `digits and '_', starting with a letter (e.g. {"secret": "PORTAINER_ADMIN_PASSWORD"})`);
        }
        for (const f of (0,secrets/* findPlaintextSecrets */.YK)(source.value)) {
            r.at(key, f.path, 'error', 'PHX-PLAINTEXT-SECRET', `'${f.path.join('.')}' holds a plaintext secret that everyone with read access to the repository can see; ` +
                `store it as a GitHub Actions secret (e.g. ${secretName(f.path)}) and write {"secret": "${secretName(f.path)}"} ` +
                `here instead (apply resolves it from the environment variable PHOENIX_SECRET_${secretName(f.path)})`);
        }
    }
}
function runRules(ctx) {
    const r = new rules_report/* Reporter */.a8(ctx.loaded);
    const { guests, hypervisor } = ctx.desired;
    const idx = indexGuests(guests);
    const host = ctx.host ?? (0,host_config/* resolveHost */.p0)(ctx.loaded, ctx.desired);
    // Without the file there is nothing to check but its absence (a warning, below; only
    // setup-hypervisor needs the file and reports PHX-HV-FILE for it).
    if (ctx.loaded.present.hypervisor)
        (0,host_config/* checkHostConfig */.t5)(host, r);
    let facts;
    if (host.config)
        facts = hypervisorFacts(host.config);
    else if (!ctx.loaded.present.hypervisor) {
        r.at('hypervisor', [], 'warning', 'PHX-HYPERVISOR-MISSING', `${types/* CONFIG_FILES */.n.hypervisor} not found: storage pools and bridges are not checked`);
    }
    const vmFile = ctx.loaded.sources.vm?.value;
    const vmDefaults = (0,rules_report/* isObj */.sA)(vmFile) && (0,rules_report/* isObj */.sA)(vmFile.vm_defaults) ? vmFile.vm_defaults : {};
    checkIds(guests, r);
    checkHostnames(guests, r);
    checkClones(guests, idx, r);
    checkDependencies(guests, idx, r);
    checkCycles(guests, idx, r);
    checkClusterNodes(hypervisor, guests, r);
    const network = new NetworkChecker(r, facts, vmDefaults);
    const storage = new StorageChecker(r, facts, vmDefaults);
    const scripts = new rules_scripts/* ScriptChecker */.Dp(r, ctx.scripts);
    if (hypervisor) {
        storage.checkSharedVolumes(hypervisor, idx);
        scripts.checkHypervisorTests(hypervisor);
        const fw = hypervisor.firewall;
        if ((0,rules_report/* isObj */.sA)(fw)) {
            checkFirewallRules('hypervisor', ['firewall', 'global_firewall_rules'], fw.global_firewall_rules, 'the hypervisor', r);
            checkFirewallRules('hypervisor', ['firewall', 'rules'], fw.rules, 'the hypervisor', r);
        }
    }
    const hvFile = ctx.loaded.sources.hypervisor?.value;
    const roots = hostRoots(hvFile);
    checkHypervisorPathRoots(hvFile, roots, r);
    checkControlChars(ctx.loaded, r);
    for (const g of guests) {
        checkGuestHostPaths(g, roots, r);
        network.check(g);
        storage.checkGuestStorage(g);
        storage.checkMounts(g);
        scripts.checkGuest(g);
        checkGpu(g, r);
        checkResources(g, vmDefaults, r);
        checkTemplateStart(g, r);
        checkGuestFirewall(g, r);
    }
    scripts.report();
    checkSecrets(ctx.loaded, r);
    checkUnsupportedFields(ctx.loaded, r);
    return r.diagnostics;
}
/**
 * Schema findings that a semantic rule reports at the same position with a more specific message
 * (an IP, MAC, GPU list or script path that fails a schema pattern) are dropped, so one mistake
 * gives one line. Only rule errors shadow: a rule warning never hides a schema error.
 */
function withoutShadowedSchemaFindings(schema, rules) {
    const at = new Set();
    for (const d of rules)
        if (d.severity === 'error')
            at.add(`${d.file}\n${d.line}\n${d.column}`);
    return schema.filter((d) => !at.has(`${d.file}\n${d.line}\n${d.column}`));
}


/***/ }),

/***/ 38131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TV: () => (/* binding */ resolveSecretRefs),
/* harmony export */   UY: () => (/* binding */ envSecretLookup),
/* harmony export */   aZ: () => (/* binding */ isSecretRef),
/* harmony export */   gN: () => (/* binding */ findSecretRefs),
/* harmony export */   hn: () => (/* binding */ SECRET_NAME_RE),
/* harmony export */   ln: () => (/* binding */ secretEnvName)
/* harmony export */ });
/* unused harmony export SECRET_ENV_PREFIX */
/** A secret's name: upper case letters, digits and `_`, starting with a letter (a GitHub secret name). */
const SECRET_NAME_RE = /^[A-Z][A-Z0-9_]{0,99}$/;
/** Where apply looks a secret up. */
const SECRET_ENV_PREFIX = 'PHOENIX_SECRET_';
function secretEnvName(name) {
    return `${SECRET_ENV_PREFIX}${name}`;
}
/** `{"secret": NAME}` with no other key: a reference (its name may still be invalid). */
function isSecretRef(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === 'secret' && typeof v.secret === 'string';
}
/** Every secret reference inside a parsed JSON value, in document order. */
function findSecretRefs(root) {
    const out = [];
    const walk = (v, path) => {
        if (isSecretRef(v)) {
            out.push({ path, name: v.secret });
            return;
        }
        if (Array.isArray(v))
            v.forEach((x, i) => walk(x, [...path, i]));
        else if (typeof v === 'object' && v !== null)
            for (const [k, x] of Object.entries(v))
                walk(x, [...path, k]);
    };
    walk(root, []);
    return out;
}
/** Replaces every reference in `value` by `lookup(name)`; the input is not changed. */
function resolveSecretRefs(value, lookup) {
    const values = new Set();
    const missing = new Set();
    const walk = (v) => {
        if (isSecretRef(v)) {
            const s = SECRET_NAME_RE.test(v.secret) ? lookup(v.secret) : undefined;
            if (s === undefined || s === '') {
                missing.add(v.secret);
                return v;
            }
            values.add(s);
            return s;
        }
        if (Array.isArray(v))
            return v.map(walk);
        if (typeof v === 'object' && v !== null)
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    const out = walk(value);
    return { value: out, values: [...values], missing: [...missing] };
}
/** Looks secrets up in an environment (`PHOENIX_SECRET_<NAME>`). */
function envSecretLookup(env) {
    return (name) => {
        const v = env[secretEnvName(name)];
        return v === undefined || v === '' ? undefined : v;
    };
}


/***/ }),

/***/ 38019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ maskArgvSecrets),
/* harmony export */   MR: () => (/* binding */ maskSecretsDeep),
/* harmony export */   N8: () => (/* binding */ maskInlineSecrets),
/* harmony export */   Tr: () => (/* binding */ isNonSecretValue),
/* harmony export */   YK: () => (/* binding */ findPlaintextSecrets)
/* harmony export */ });
/* unused harmony exports isSecretKey, inlineSecrets, hasInlineSecret, argvSecretIndexes */
/* harmony import */ var _secret_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38131);

/** Last word(s) of a key that make its value a credential. */
const SECRET_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'pw',
    'pass',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'apitoken',
    'authtoken',
    'credential',
    'credentials',
]);
const SECRET_PAIRS = new Set([
    'api key',
    'private key',
    'secret key',
    'access key',
    'auth key',
    'client secret',
    'api token',
    'auth token',
]);
/** Split `adminPassword`, `admin_password`, `API-Key` into lower-case words. */
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
}
/**
 * True for keys that hold a credential: `password`, `admin_password`, `api_key`, `apiKey`,
 * `docker_token`, `client_secret`. Keys that name something *about* a secret are not:
 * `password_hash`, `hf_token_file`, `ssh_public_key`, `token_url`.
 */
function isSecretKey(key) {
    const w = words(key);
    if (w.length === 0)
        return false;
    const last = w[w.length - 1];
    if (SECRET_WORDS.has(last))
        return true;
    return w.length >= 2 && SECRET_PAIRS.has(`${w[w.length - 2]} ${last}`);
}
const PLACEHOLDERS = new Set([
    'not_set',
    'notset',
    'not-set',
    'unset',
    'none',
    'null',
    'nil',
    'n/a',
    'na',
    'redacted',
    'changeme',
    'change_me',
    'change-me',
    'todo',
    'tbd',
    'placeholder',
    'secret',
    'xxx',
    'xxxx',
]);
/**
 * True when a value under a secret-looking key is not itself a secret: empty, a placeholder
 * (`NOT_SET`, `REDACTED`, `CHANGEME`, `<password>`, `****`), a reference to a secret kept elsewhere
 * (`${{ secrets.X }}`, `${ENV_VAR}`, `$ENV_VAR`), or a password hash (`$6$...`, `$y$...`, `$2b$...`).
 */
function isNonSecretValue(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (PLACEHOLDERS.has(v.toLowerCase()))
        return true;
    if (/^\*+$/.test(v) || /^x+$/i.test(v) || /^<[^<>]+>$/.test(v))
        return true;
    if (/^\$\{\{\s*[\w.-]+(\s*\|\|\s*[^}]*)?\s*\}\}$/.test(v))
        return true; // ${{ secrets.X }}
    if (/^\$\{[A-Z_][A-Z0-9_]*\}$/.test(v) || /^\$[A-Z_][A-Z0-9_]*$/.test(v))
        return true; // ${ENV} / $ENV
    // crypt(3) hashes: $id$[params$]salt$hash (md5 $1$, sha256/512 $5$/$6$, bcrypt $2b$, yescrypt $y$, argon2)
    if (/^\$(1|2[abxy]?|5|6|7|y|gy|sha1|md5|argon2(id|i|d)?|scrypt)\$[^\s]+$/.test(v))
        return true;
    if (/^\{(SSHA|SHA|SSHA256|SSHA512|CRYPT|BLF-CRYPT|ARGON2I|ARGON2ID)\}/i.test(v))
        return true;
    return false;
}
const keyCache = new Map();
function secretKeyCached(key) {
    let hit = keyCache.get(key);
    if (hit === undefined) {
        hit = isSecretKey(key);
        if (keyCache.size < 10_000)
            keyCache.set(key, hit);
    }
    return hit;
}
function pathOf(frame, leaf) {
    const out = [leaf];
    for (let f = frame; f && f.key !== undefined; f = f.parent)
        out.push(f.key);
    return out.reverse();
}
function isSecretScalar(key, v) {
    if (typeof v === 'string')
        return (secretKeyCached(key) && !isNonSecretValue(v)) || hasInlineSecret(v);
    return typeof v === 'number' && secretKeyCached(key);
}
/**
 * Every plaintext secret in a parsed JSON value (secret references are not). Iterative, so deep files are fine; keys repeat
 * across guests, so the key test is cached, and paths are built only for findings.
 */
function findPlaintextSecrets(root) {
    const found = [];
    if (typeof root !== 'object' || root === null)
        return found;
    const stack = [{ value: root, key: undefined, parent: undefined }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const value = frame.value;
        if (Array.isArray(value)) {
            const secretAt = new Set(argvSecretIndexes(value));
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                if (typeof v === 'string' && (secretAt.has(i) || hasInlineSecret(v))) {
                    found.push({ path: pathOf(frame, String(i)).slice(0, -1).concat(i), key: String(frame.key ?? '') });
                }
            }
            for (let i = value.length - 1; i >= 0; i--) {
                const v = value[i];
                if (typeof v === 'object' && v !== null && !(0,_secret_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretRef */ .aZ)(v))
                    stack.push({ value: v, key: i, parent: frame });
            }
            continue;
        }
        const obj = value;
        const children = [];
        for (const key in obj) {
            const v = obj[key];
            // A secret reference (`{"secret": "NAME"}`, secret-refs.ts) holds a name, never the value.
            if (typeof v === 'object' && v !== null) {
                if (!(0,_secret_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretRef */ .aZ)(v))
                    children.push({ value: v, key, parent: frame });
            }
            else if (isSecretScalar(key, v))
                found.push({ path: pathOf(frame, key), key });
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return found;
}
// `--password foo`, `--api-key=foo`; `TOKEN=abc`, `export DB_PASSWORD="x"`; `X-Api-Key: abc`,
// `Authorization: Bearer abc`; `https://user:pass@host`. Values may be quoted.
const VALUE = `("[^"\\n]*"|'[^'\\n]*'|[^\\s'"]+)`;
const OPTION_RE = new RegExp(`(?:^|[\\s'"])--?([A-Za-z][A-Za-z0-9_-]*)(?:=|[ \\t]+)${VALUE}`, 'g');
const ASSIGN_RE = new RegExp(`(?:^|[^A-Za-z0-9_-])([A-Za-z_][A-Za-z0-9_]*)=${VALUE}`, 'g');
const HEADER_RE = new RegExp(`(?:^|[\\s'"])([A-Za-z][A-Za-z0-9_-]*):[ \\t]*(?:(?:Bearer|Basic|Token)[ \\t]+)?${VALUE}`, 'gi');
const AUTH_RE = /\b(?:Bearer|Basic)[ \t]+([A-Za-z0-9._~+/=-]{8,})/g;
const URL_CRED_RE = /:\/\/[^\s:/@]+:([^\s@/]+)@/g;
const MAY_HOLD_SECRET = /pass|pw|secret|token|key|credential|bearer|basic|:\/\/[^\s@]*@/i;
function unquote(v, at) {
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
        return { value: v.slice(1, -1), start: at + 1 };
    }
    return { value: v, start: at };
}
/** Every secret value written inside `text` (a command string, an argument, a URL). */
function inlineSecrets(text) {
    // Every pattern below needs a secret word (each SECRET_WORDS / SECRET_PAIRS entry holds one of
    // these), Bearer/Basic, or `user:pass@` in a URL: most texts have none and skip the five scans.
    if (text.length < 4 || !MAY_HOLD_SECRET.test(text))
        return [];
    const out = [];
    const take = (raw, at) => {
        const { value, start } = unquote(raw, at);
        if (value.startsWith('-') || isNonSecretValue(value))
            return;
        out.push({ value, start, end: start + value.length });
    };
    for (const re of [OPTION_RE, ASSIGN_RE, HEADER_RE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
            if (!secretKeyCached(m[1]))
                continue;
            take(m[2], m.index + m[0].length - m[2].length);
        }
    }
    for (const re of [AUTH_RE, URL_CRED_RE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text))
            take(m[1], m.index + m[0].length - m[1].length - (re === URL_CRED_RE ? 1 : 0));
    }
    return out;
}
function hasInlineSecret(text) {
    return inlineSecrets(text).length > 0;
}
/** Indexes of argument-array elements that are secret values: the one after `--password`, `-token`. */
function argvSecretIndexes(list) {
    const out = [];
    for (let i = 0; i + 1 < list.length; i++) {
        const opt = list[i];
        const next = list[i + 1];
        if (typeof opt !== 'string' || typeof next !== 'string')
            continue;
        const m = /^--?([A-Za-z][A-Za-z0-9_-]*)$/.exec(opt);
        if (m && secretKeyCached(m[1]) && !next.startsWith('-') && !isNonSecretValue(next))
            out.push(i + 1);
    }
    return out;
}
/** `text` with every inline secret replaced by `mask`. */
function maskInlineSecrets(text, mask = '***') {
    const found = inlineSecrets(text).sort((a, b) => a.start - b.start);
    if (found.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const f of found) {
        if (f.start < at)
            continue;
        out += text.slice(at, f.start) + mask;
        at = f.end;
    }
    return out + text.slice(at);
}
/** An argument vector with inline secrets and the values after secret options masked. */
function maskArgvSecrets(argv, mask = '***') {
    const at = new Set(argvSecretIndexes(argv));
    return argv.map((a, i) => (at.has(i) ? mask : maskInlineSecrets(a, mask)));
}
/**
 * A JSON value with inline secrets masked in every string and every argument array (what plan
 * files and plan renderings print). Values Phoenix builds itself are shallow, so plain recursion.
 */
function maskSecretsDeep(value, mask = '***') {
    // Returns the very value it was given wherever nothing was masked, so a plan without secrets
    // (nearly every plan) is not copied.
    const walk = (v) => {
        if (typeof v === 'string')
            return maskInlineSecrets(v, mask);
        if (Array.isArray(v)) {
            const at = new Set(argvSecretIndexes(v));
            let out;
            for (let i = 0; i < v.length; i++) {
                const x = v[i];
                const y = at.has(i) ? mask : walk(x);
                if (y !== x)
                    (out ??= v.slice())[i] = y;
            }
            return out ?? v;
        }
        if (typeof v === 'object' && v !== null) {
            const obj = v;
            let out;
            for (const k of Object.keys(obj)) {
                const x = obj[k];
                const y = walk(x);
                if (y !== x)
                    (out ??= { ...obj })[k] = y;
            }
            return out ?? v;
        }
        return v;
    };
    return walk(value);
}


/***/ }),

/***/ 16141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cz: () => (/* binding */ validateConfigDir)
});

// UNUSED EXPORTS: apparmorSources, validateLoaded

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/resolve.ts + 1 modules
var resolve = __webpack_require__(89908);
// EXTERNAL MODULE: ./src/config/diagnostics.ts
var config_diagnostics = __webpack_require__(47410);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(90419);
// EXTERNAL MODULE: ./src/config/rules/host-config.ts
var host_config = __webpack_require__(92333);
// EXTERNAL MODULE: ./src/config/rules/index.ts + 10 modules
var config_rules = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/config/schemas.ts + 3 modules
var schemas = __webpack_require__(33040);
;// CONCATENATED MODULE: ./src/config/schema-check.ts


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function checkSchemas(loaded) {
    const out = [];
    for (const key of Object.keys(types/* CONFIG_FILES */.n)) {
        const source = loaded.sources[key];
        if (source)
            out.push(...checkSource(key, source));
    }
    return out;
}
/** Validate one parsed file against its schema. */
function checkSource(key, source) {
    const out = [];
    for (const t of findTypoKeys(source.value, schemas/* SCHEMAS */.H6[key])) {
        const at = source.locate(t.path, 'key');
        out.push({
            file: source.file,
            ...at,
            severity: 'error',
            rule: 'PHX-UNKNOWN-KEY',
            message: `${prefix(t.path.slice(0, -1))}unknown key "${t.key}"; did you mean "${t.suggestion}"?`,
        });
    }
    const validate = (0,schemas/* validatorFor */.qA)(key);
    if (validate(source.value))
        return out;
    for (const err of validate.errors ?? []) {
        const d = toDiagnostic(err, source);
        if (d)
            out.push(d);
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// ajv errors -> diagnostics
function toDiagnostic(err, source) {
    const path = pathOf(err.instancePath, source.value);
    const parent = (err.parentSchema ?? {});
    const data = err.data;
    let rule = 'PHX-SCHEMA';
    let message;
    let at = path;
    let which = 'value';
    const propertyName = err.propertyName;
    switch (err.keyword) {
        case 'type':
            rule = 'PHX-SCHEMA-TYPE';
            message = `must be ${describe(parent)}, got ${show(data)}`;
            break;
        case 'required': {
            const missing = String(err.params.missingProperty);
            rule = 'PHX-SCHEMA-REQUIRED';
            message = `missing required key "${missing}"`;
            which = 'key';
            break;
        }
        case 'additionalProperties': {
            const extra = String(err.params.additionalProperty);
            const allowed = Object.keys((parent.properties ?? {}));
            const suggestion = suggestKey(extra, allowed);
            at = [...path, extra];
            which = 'key';
            if (suggestion) {
                rule = 'PHX-UNKNOWN-KEY';
                message = `unknown key "${extra}"; did you mean "${suggestion}"?`;
            }
            else {
                rule = 'PHX-SCHEMA-UNKNOWN-KEY';
                message = `unknown key "${extra}"${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`;
            }
            break;
        }
        case 'propertyNames':
            return undefined; // reported through the nested error, which names the key
        case 'pattern':
        case 'format':
            rule = 'PHX-SCHEMA-FORMAT';
            if (propertyName !== undefined) {
                at = [...path, propertyName];
                which = 'key';
                message = `key "${propertyName}" ${patternText(parent, err)}`;
            }
            else {
                message = `${patternText(parent, err)}, got ${show(data)}`;
            }
            break;
        case 'enum':
        case 'const': {
            rule = 'PHX-SCHEMA-ENUM';
            const allowed = (err.keyword === 'enum' ? err.schema : [err.schema]) ?? [];
            const near = typeof data === 'string'
                ? nearest(data, allowed.filter((a) => typeof a === 'string'))
                : undefined;
            message = `must be ${allowed.length === 1 ? show(allowed[0]) : `one of ${allowed.map(show).join(', ')}`}, got ${show(data)}${near ? `; did you mean ${show(near)}?` : ''}`;
            break;
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            rule = 'PHX-SCHEMA-RANGE';
            message = `must be ${describe(parent, true)}, got ${show(data)}`;
            break;
        case 'minLength':
        case 'maxLength': {
            rule = 'PHX-SCHEMA-RANGE';
            const limit = Number(err.params.limit);
            const len = typeof data === 'string' ? [...data].length : 0;
            message =
                err.keyword === 'maxLength'
                    ? `must be at most ${limit} characters long, got ${len} (${show(data)})`
                    : limit === 1
                        ? 'must not be empty'
                        : `must be at least ${limit} characters long, got ${len}`;
            break;
        }
        case 'uniqueItems': {
            const { i, j } = err.params;
            rule = 'PHX-SCHEMA-UNIQUE';
            at = [...path, i];
            message = `lists ${show(Array.isArray(data) ? data[i] : undefined)} twice (entries ${j + 1} and ${i + 1})`;
            break;
        }
        default:
            if (/^(?:min|max)(?:Items|Properties)$/.test(err.keyword))
                rule = 'PHX-SCHEMA-RANGE';
            message = err.message ?? `is not valid (${err.keyword})`;
    }
    const pos = source.locate(at, which);
    return { file: source.file, ...pos, severity: 'error', rule, message: `${prefix(path)}${message}` };
}
function patternText(schema, err) {
    if (typeof schema.patternErrorMessage === 'string')
        return schema.patternErrorMessage;
    if (err.keyword === 'format')
        return `must be a valid ${String(err.params.format)}`;
    return `must match the pattern ${String(err.params.pattern)}`;
}
const ARTICLE = {
    integer: 'an integer',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
};
/** "an integer >= 16", "a string or an integer", "a number between 0 and 1"... */
function describe(schema, numericOnly = false) {
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    const numeric = types.find((t) => t === 'integer' || t === 'number');
    const shown = numericOnly && numeric ? [numeric] : types;
    const words = shown.map((t) => ARTICLE[t] ?? t);
    let text = words.length ? words.join(' or ') : 'a valid value';
    if (numeric && (numericOnly || shown.length === 1)) {
        const lo = schema.minimum;
        const hi = schema.maximum;
        const xlo = schema.exclusiveMinimum;
        const xhi = schema.exclusiveMaximum;
        if (lo !== undefined && hi !== undefined)
            text += ` between ${lo} and ${hi}`;
        else if (xlo !== undefined && hi !== undefined)
            text += ` > ${xlo} and <= ${hi}`;
        else if (lo !== undefined)
            text += ` >= ${lo}`;
        else if (xlo !== undefined)
            text += ` > ${xlo}`;
        else if (hi !== undefined)
            text += ` <= ${hi}`;
        if (xhi !== undefined)
            text += ` and < ${xhi}`;
    }
    return text;
}
function show(v) {
    if (v === undefined)
        return 'nothing';
    if (Array.isArray(v))
        return 'a list';
    if (isObj(v))
        return 'an object';
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** JSON pointer -> path, with array indexes as numbers (the locator needs them). */
function pathOf(pointer, root) {
    if (pointer === '')
        return [];
    const out = [];
    let cur = root;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            const i = Number(seg);
            out.push(i);
            cur = cur[i];
        }
        else {
            out.push(seg);
            cur = isObj(cur) ? cur[seg] : undefined;
        }
    }
    return out;
}
/** `lxc_configs.950.memory_mb`, `vms[0].network_config.ip`. */
function formatPath(path) {
    let s = '';
    for (const p of path) {
        if (typeof p === 'number')
            s += `[${p}]`;
        else if (/^[A-Za-z0-9_$-]+$/.test(p))
            s += s ? `.${p}` : p;
        else
            s += `[${JSON.stringify(p)}]`;
    }
    return s;
}
const prefix = (path) => (path.length ? `${formatPath(path)}: ` : '');
/**
 * Walk the value along the schema; in every object whose schema lists properties, report keys
 * that are not listed but are one typo away from a listed one. Keys starting with `_` (comments)
 * and keys shorter than 4 characters are never reported.
 */
function findTypoKeys(value, rootSchema) {
    const out = [];
    const path = [];
    const walk = (v, node) => {
        if (!node?.deep || typeof v !== 'object' || v === null)
            return;
        if (Array.isArray(v)) {
            if (node.items?.deep) {
                for (let i = 0; i < v.length; i++) {
                    path.push(i);
                    walk(v[i], node.items);
                    path.pop();
                }
            }
            return;
        }
        for (const k of Object.keys(v)) {
            const known = node.props?.get(k);
            if (known !== undefined || node.props?.has(k)) {
                if (known?.deep) {
                    path.push(k);
                    walk(v[k], known);
                    path.pop();
                }
                continue;
            }
            // Strict objects (additionalProperties: false) are left to ajv, whose error gets the hint.
            const suggestion = node.scan ? node.suggest(k) : undefined;
            if (suggestion)
                out.push({ path: [...path, k], key: k, suggestion });
            else if (node.additional?.deep) {
                path.push(k);
                walk(v[k], node.additional);
                path.pop();
            }
        }
    };
    walk(value, keyNodeOf(rootSchema, rootSchema));
    return out;
}
const keyNodes = new WeakMap();
function keyNodeOf(schemaIn, root) {
    const schema = deref(schemaIn, root);
    if (!schema)
        return undefined;
    if (keyNodes.has(schema))
        return keyNodes.get(schema);
    const hasProps = isObj(schema.properties);
    if (!hasProps && !isObj(schema.additionalProperties) && !isObj(schema.items)) {
        keyNodes.set(schema, undefined);
        return undefined;
    }
    const cache = new Map();
    const known = hasProps ? Object.keys(schema.properties) : [];
    const scan = hasProps && schema.additionalProperties !== false;
    const node = {
        scan,
        deep: scan,
        suggest(key) {
            if (!cache.has(key))
                cache.set(key, suggestKey(key, known));
            return cache.get(key);
        },
    };
    keyNodes.set(schema, node); // before recursing, in case a schema refers to itself
    if (hasProps) {
        node.props = new Map();
        for (const [k, sub] of Object.entries(schema.properties))
            node.props.set(k, keyNodeOf(sub, root));
    }
    if (isObj(schema.additionalProperties))
        node.additional = keyNodeOf(schema.additionalProperties, root);
    if (isObj(schema.items))
        node.items = keyNodeOf(schema.items, root);
    node.deep =
        scan ||
            Boolean(node.additional?.deep || node.items?.deep) ||
            [...(node.props?.values() ?? [])].some((c) => c?.deep);
    return node;
}
function deref(schema, root) {
    let s = schema;
    for (let hops = 0; isObj(s) && typeof s.$ref === 'string' && hops < 16; hops++) {
        const ref = s.$ref;
        if (!ref.startsWith('#/'))
            return undefined;
        let target = root;
        for (const part of ref.slice(2).split('/'))
            target = isObj(target) ? target[part] : undefined;
        s = target;
    }
    return isObj(s) ? s : undefined;
}
/** The known key a typo'd key most likely meant, or undefined. */
function suggestKey(key, known) {
    if (key.length < 4 || key.startsWith('_'))
        return undefined;
    const lower = key.toLowerCase();
    for (const k of known)
        if (k.toLowerCase() === lower)
            return k;
    const budget = key.length >= 10 ? 2 : 1;
    return nearest(key, known, budget);
}
function nearest(word, candidates, budget = 2) {
    let best;
    let bestDistance = budget + 1;
    for (const c of candidates) {
        if (Math.abs(c.length - word.length) > budget || c.length < 2)
            continue;
        const d = osaDistance(word, c, bestDistance);
        if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= budget ? best : undefined;
}
/** Damerau-Levenshtein (optimal string alignment) distance, giving up above `cap`. */
function osaDistance(a, b, cap = Infinity) {
    const n = a.length;
    const m = b.length;
    let prev2 = new Array(m + 1).fill(0);
    let prev = Array.from({ length: m + 1 }, (_, j) => j);
    for (let i = 1; i <= n; i++) {
        const cur = new Array(m + 1);
        cur[0] = i;
        let rowMin = cur[0];
        for (let j = 1; j <= m; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, prev2[j - 2] + 1);
            cur[j] = d;
            if (d < rowMin)
                rowMin = d;
        }
        if (rowMin > cap)
            return rowMin;
        prev2 = prev;
        prev = cur;
    }
    return prev[m];
}

// EXTERNAL MODULE: ./src/config/script-inventory.ts
var script_inventory = __webpack_require__(76426);
;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * The validation pipeline: load with positions -> JSON Schema -> resolve (guests, and the
 * hypervisor file into its HostConfig) -> semantic rules. Touches only the config dir (never a
 * host): the three files, the script inventory and the AppArmor profile sources.
 */









/** Reads AppArmor profile sources from `<dir>/apparmor/` (names are checked before they get here). */
function apparmorSources(dir) {
    return (name) => {
        try {
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'apparmor', name), 'utf8');
        }
        catch {
            return undefined;
        }
    };
}
async function validateConfigDir(dir) {
    const [loaded, scripts] = await Promise.all([(0,load/* loadConfigDir */.m)(dir), (0,script_inventory/* inventoryScripts */.x)(dir)]);
    return validateLoaded(loaded, scripts, { readApparmorSource: apparmorSources(dir) });
}
/**
 * Pure part of validation (apart from the AppArmor reader it is given), usable in-process by
 * benchmarks and the planner.
 */
function validateLoaded(loaded, scripts, options = {}) {
    const schema = checkSchemas(loaded);
    const desired = (0,resolve/* resolveDesiredState */.kf)({
        lxc: loaded.sources.lxc?.value,
        vm: loaded.sources.vm?.value,
        hypervisor: loaded.sources.hypervisor?.value,
    });
    const host = (0,host_config/* resolveHost */.p0)(loaded, desired, options.readApparmorSource);
    const rules = (0,config_rules/* runRules */.xG)({ loaded, desired, scripts, host });
    const diagnostics = [...loaded.diagnostics, ...(0,config_rules/* withoutShadowedSchemaFindings */.JR)(schema, rules), ...rules];
    diagnostics.sort(config_diagnostics/* compareDiagnostics */.oV);
    let errors = 0;
    for (const d of diagnostics)
        if (d.severity === 'error')
            errors++;
    return { loaded, diagnostics, desired, host, scripts, errors, warnings: diagnostics.length - errors };
}


/***/ }),

/***/ 32966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ clusterConfigOf)
/* harmony export */ });
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function clusterConfigOf(hypervisor) {
    const c = hypervisor?.cluster;
    if (!isObj(c))
        return { nodes: [] };
    const nodes = Array.isArray(c.nodes)
        ? c.nodes.flatMap((n) => (isObj(n) && typeof n.name === 'string' ? [n.name] : []))
        : [];
    return { ...(typeof c.default_node === 'string' ? { defaultNode: c.default_node } : {}), nodes };
}


/***/ }),

/***/ 79833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ BUILTIN_PROFILES),
/* harmony export */   WW: () => (/* binding */ readCloudImages),
/* harmony export */   dT: () => (/* binding */ readApparmor),
/* harmony export */   xo: () => (/* binding */ readLxcTemplates)
/* harmony export */ });
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50922);
/* harmony import */ var _image_volume_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41259);


/** Profiles LXC ships (or pseudo-profiles) that need no source. */
const BUILTIN_PROFILES = new Set([
    'unconfined',
    'generated',
    'lxc-container-default',
    'lxc-container-default-cgns',
    'lxc-container-default-with-nesting',
    'lxc-container-default-with-mounting',
]);
const label = (g) => `${g.kind === 'lxc' ? 'CT' : 'VM'} ${g.id}`;
const readerOf = (readers, g) => g.kind === 'lxc' ? readers.lxc : readers.vm;
/** Directory storages Phoenix knows the path of: the config's plus Proxmox's default `local`. */
function dirStorages(storages) {
    const out = storages.flatMap((s) => s.type === 'dir' ? [{ id: s.id, dir: s.dir.replace(/\/+$/, '') }] : []);
    if (!out.some((s) => s.id === 'local'))
        out.push({ id: 'local', dir: '/var/lib/vz' });
    return out;
}
function readLxcTemplates(guests, storages, readers) {
    const found = new Map();
    const dirs = dirStorages(storages);
    for (const g of guests) {
        if (g.kind !== 'lxc' || g.cloneFrom !== undefined || !g.osTemplate)
            continue;
        const r = readerOf(readers, g);
        const at = [...g.origin.path, g.osTemplate === g.raw.template ? 'template' : 'template_file'];
        let storage;
        let template;
        const volid = /^([A-Za-z][A-Za-z0-9\-_.]*[A-Za-z0-9]):vztmpl\/([^/]+)$/.exec(g.osTemplate);
        if (volid)
            [storage, template] = [volid[1], volid[2]];
        else if (g.osTemplate.startsWith('/')) {
            const s = dirs.find((d) => g.osTemplate.startsWith(`${d.dir}/template/cache/`));
            const rest = s ? g.osTemplate.slice(`${s.dir}/template/cache/`.length) : undefined;
            if (s && rest && !rest.includes('/'))
                [storage, template] = [s.id, rest];
            else {
                r?.warn(at, `template ${g.osTemplate} is not in the template/cache folder of a known directory storage; setup-hypervisor does not download it`, 'PHX-HV-TEMPLATE');
                continue;
            }
        }
        else
            continue; // a bare name is resolved by the planner
        if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.tar\.(gz|xz|zst)$/.test(template)) {
            r?.error(at, `template ${JSON.stringify(template)} is not an appliance file name like debian-12-standard_12.7-1_amd64.tar.zst`, 'PHX-HV-TEMPLATE');
            continue;
        }
        const key = `${storage}:${template}`;
        const entry = found.get(key) ?? { storage, template, usedBy: [] };
        entry.usedBy.push(label(g));
        found.set(key, entry);
    }
    return [...found.values()];
}
const UBUNTU = /^([a-z]+)-server-cloudimg-(amd64|arm64)\.img$/;
const DEBIAN = /^debian-(\d+)-(genericcloud|generic|nocloud)-(amd64|arm64)\.(qcow2|raw)$/;
const DEBIAN_CODENAMES = { '11': 'bullseye', '12': 'bookworm', '13': 'trixie' };
function derivedUrl(file) {
    const u = UBUNTU.exec(file);
    if (u)
        return `https://cloud-images.ubuntu.com/${u[1]}/current/${file}`;
    const d = DEBIAN.exec(file);
    if (d && DEBIAN_CODENAMES[d[1]])
        return `https://cloud.debian.org/images/cloud/${DEBIAN_CODENAMES[d[1]]}/latest/${file}`;
    return undefined;
}
function readCloudImages(guests, raw, storages, r, readers) {
    const explicit = new Map();
    r.arr(raw.cloud_images, ['cloud_images']).forEach((v, i) => {
        const path = ['cloud_images', i];
        const o = r.obj(v, path);
        const file = o &&
            r.match(o.file, [...path, 'file'], /^[A-Za-z0-9][A-Za-z0-9._+-]*\.(img|iso|qcow2|raw|vmdk)$/, 'an image file name ending in .img, .iso, .qcow2, .raw or .vmdk');
        if (!o || !file)
            return;
        const url = r.match(o.url, [...path, 'url'], /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/\S*$/, 'an http(s) URL');
        const storage = r.match(o.storage, [...path, 'storage'], _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_ID */ .U2, 'a storage id');
        const checksum = r.match(o.checksum, [...path, 'checksum'], /^[0-9a-fA-F]{64}([0-9a-fA-F]{64})?$/, 'a sha256 or sha512 hex digest');
        explicit.set(file, {
            url,
            storage,
            checksum,
            algo: checksum ? (checksum.length === 64 ? 'sha256' : 'sha512') : undefined,
            path,
        });
    });
    const found = new Map();
    for (const g of guests) {
        if (g.kind !== 'qemu' || g.cloneFrom !== undefined || !g.osTemplate)
            continue;
        const at = [...g.origin.path, 'template_image'];
        const file = g.osTemplate;
        const gr = readerOf(readers, g);
        if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*\.(img|iso|qcow2|raw|vmdk)$/.test(file)) {
            gr?.error(at, `template_image ${JSON.stringify(file)} must be an image file name ending in .img, .iso, .qcow2, .raw or .vmdk`, 'PHX-HV-IMAGE');
            continue;
        }
        if (/\.iso$/i.test(file)) {
            gr?.error(at, `template_image ${JSON.stringify(file)} is an ISO: a VM template needs a disk image (.img, .qcow2, .raw or .vmdk) to import`, 'PHX-HV-IMAGE');
            continue;
        }
        const content = 'import';
        const ex = explicit.get(file);
        const url = ex?.url ?? derivedUrl(file);
        if (!url) {
            gr?.error(at, `no download URL for cloud image ${file}: add {"file": "${file}", "url": "https://..."} to cloud_images in the hypervisor config`, 'PHX-HV-IMAGE');
            continue;
        }
        // One rule for setup (which downloads) and apply (which imports): see image-volume.ts.
        const storage = (0,_image_volume_js__WEBPACK_IMPORTED_MODULE_1__/* .imageStorageOf */ .Kl)(file, raw);
        const cfgStorage = storages.find((s) => s.id === storage);
        if (cfgStorage && !cfgStorage.content.includes(content))
            r.warn(ex?.path ?? ['cloud_images'], `storage ${storage} does not allow content '${content}', which cloud image ${file} needs`, 'PHX-HV-IMAGE');
        const entry = found.get(file) ?? {
            storage,
            file: (0,_image_volume_js__WEBPACK_IMPORTED_MODULE_1__/* .importFileName */ .XV)(file),
            url,
            content,
            checksum: ex?.checksum,
            checksumAlgorithm: ex?.algo,
            usedBy: [],
        };
        entry.usedBy.push(label(g));
        found.set(file, entry);
    }
    return [...found.values()];
}
function readApparmor(guests, raw, r, readers, readSource, sourceDir) {
    const wanted = new Map();
    r.list(raw.apparmor_profiles, ['apparmor_profiles']).forEach((name, i) => {
        wanted.set(name, { usedBy: ['apparmor_profiles'], at: { reader: r, path: ['apparmor_profiles', i] } });
    });
    for (const g of guests) {
        if (g.kind !== 'lxc' || !g.apparmorProfile || BUILTIN_PROFILES.has(g.apparmorProfile))
            continue;
        const gr = readerOf(readers, g);
        const entry = wanted.get(g.apparmorProfile);
        if (entry)
            entry.usedBy.push(label(g));
        else if (gr)
            wanted.set(g.apparmorProfile, {
                usedBy: [label(g)],
                at: { reader: gr, path: [...g.origin.path, 'apparmor_profile'] },
            });
    }
    const out = [];
    for (const [name, { usedBy, at }] of wanted) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
            at.reader.error(at.path, `AppArmor profile name ${JSON.stringify(name)} may use letters, digits, ".", "_" and "-" only`, 'PHX-HV-APPARMOR');
            continue;
        }
        const text = readSource(name);
        if (text === undefined) {
            at.reader.error(at.path, `AppArmor profile ${name} (used by ${usedBy.join(', ')}) has no source: add ${sourceDir}/${name}`, 'PHX-HV-APPARMOR');
            continue;
        }
        if (!new RegExp(`(^|\\n)\\s*profile\\s+${name.replace(/[.]/g, '\\.')}[\\s{]`).test(text)) {
            at.reader.error(at.path, `${sourceDir}/${name} does not define "profile ${name} ... {"`, 'PHX-HV-APPARMOR');
            continue;
        }
        out.push({ name, text, usedBy });
    }
    return out;
}


/***/ }),

/***/ 41259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ imageVolume),
/* harmony export */   Kl: () => (/* binding */ imageStorageOf),
/* harmony export */   XV: () => (/* binding */ importFileName),
/* harmony export */   oZ: () => (/* binding */ AGENT_SNIPPET)
/* harmony export */ });
/**
 * The one place VM cloud images live: setup-hypervisor downloads each into a storage's `import`
 * content and apply imports the disk from that volume id (`import-from=`). Proxmox parses only
 * .ova/.ovf/.qcow2/.raw/.vmdk names as `import` volumes (`PVE::Storage::Plugin::parse_volname`,
 * `IMPORT_EXT_RE_1`), so an Ubuntu `.img` (a qcow2 image) is stored as `.qcow2`. The storage is
 * the hypervisor config's `cloud_images[].storage` for the file, else `local` (a fresh install's
 * `local` has `import` content on Proxmox VE 8.4 and later).
 */
/** The file name an image is stored under in `import` content. */
function importFileName(file) {
    return file.replace(/\.img$/i, '.qcow2');
}
/** The storage a cloud image is kept on, from the raw hypervisor config. */
function imageStorageOf(file, hypervisor) {
    const list = hypervisor?.cloud_images;
    if (Array.isArray(list))
        for (const e of list) {
            const o = e;
            if (o && o.file === file && typeof o.storage === 'string')
                return o.storage;
        }
    return 'local';
}
/** The volume id apply imports a VM's disk from (`local:import/noble-server-cloudimg-amd64.qcow2`). */
function imageVolume(file, hypervisor) {
    if (file.startsWith('/') || /^[^/:]+:/.test(file))
        return file;
    return `${imageStorageOf(file, hypervisor)}:import/${importFileName(file)}`;
}
/**
 * A stock cloud image has no qemu-guest-agent: VMs made from one get this cloud-init vendor data
 * (`cicustom: vendor=...`), which setup-hypervisor writes on `local` after enabling its `snippets`
 * content (a fresh install's `local` has none).
 */
const AGENT_SNIPPET = {
    storage: 'local',
    path: '/var/lib/vz/snippets/phoenix-agent.yaml',
    volume: 'local:snippets/phoenix-agent.yaml',
    text: '#cloud-config\n' +
        '# Written by phoenix setup-hypervisor: installs the QEMU guest agent Phoenix waits for.\n' +
        'packages:\n' +
        '  - qemu-guest-agent\n' +
        'runcmd:\n' +
        '  - [systemctl, enable, --now, qemu-guest-agent]\n',
};


/***/ }),

/***/ 50922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ DNS_NAME),
/* harmony export */   F8: () => (/* binding */ IPV4_CIDR),
/* harmony export */   FY: () => (/* binding */ LINUX_USER),
/* harmony export */   G1: () => (/* binding */ ENV_NAME),
/* harmony export */   Hy: () => (/* binding */ PACKAGE),
/* harmony export */   JL: () => (/* binding */ firstHost),
/* harmony export */   U2: () => (/* binding */ STORAGE_ID),
/* harmony export */   ec: () => (/* binding */ ZFS_NAME),
/* harmony export */   k: () => (/* binding */ IPV4),
/* harmony export */   lu: () => (/* binding */ GROUPID),
/* harmony export */   ox: () => (/* binding */ ConfigReader),
/* harmony export */   pL: () => (/* binding */ USERID),
/* harmony export */   sA: () => (/* binding */ isObj),
/* harmony export */   vp: () => (/* binding */ IFACE)
/* harmony export */ });
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class ConfigReader {
    file;
    findings;
    constructor(
    /** The file read. */
    file, 
    /** Where findings go (shared by the readers of one resolution). */
    findings) {
        this.file = file;
        this.findings = findings;
    }
    add(severity, path, message, rule) {
        this.findings.push({ file: this.file, path, severity, rule, message });
    }
    error(path, message, rule = 'PHX-HV-CONFIG') {
        this.add('error', path, message, rule);
    }
    warn(path, message, rule = 'PHX-HV-CONFIG') {
        this.add('warning', path, message, rule);
    }
    /** `a.b[2].c` for messages. */
    static show(path) {
        return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    }
    obj(v, path) {
        if (v === undefined || v === null)
            return undefined;
        if (isObj(v))
            return v;
        this.error(path, `${ConfigReader.show(path)} must be an object`);
        return undefined;
    }
    arr(v, path) {
        if (v === undefined || v === null)
            return [];
        if (Array.isArray(v))
            return v;
        this.error(path, `${ConfigReader.show(path)} must be an array`);
        return [];
    }
    str(v, path) {
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'string')
            return v.trim() === '' ? undefined : v;
        this.error(path, `${ConfigReader.show(path)} must be a string`);
        return undefined;
    }
    bool(v, path) {
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'boolean')
            return v;
        this.error(path, `${ConfigReader.show(path)} must be true or false`);
        return undefined;
    }
    num(v, path) {
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'number' && Number.isFinite(v))
            return v;
        this.error(path, `${ConfigReader.show(path)} must be a number`);
        return undefined;
    }
    /** A string list written as an array or as one comma/space separated string. */
    list(v, path) {
        if (v === undefined || v === null)
            return [];
        if (typeof v === 'string')
            return v
                .split(/[\s,]+/)
                .map((s) => s.trim())
                .filter(Boolean);
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v.filter((s) => s.trim());
        this.error(path, `${ConfigReader.show(path)} must be a list of strings`);
        return [];
    }
    /**
     * `list` without the items `ok` rejects: each of those is reported (`"item" is not WHAT` when
     * `message` is a string) at the list, or with `atItem` at the item's index, and dropped.
     */
    listOf(v, path, ok, message, opts = {}) {
        const accepts = typeof ok === 'function' ? ok : (item) => ok.test(item);
        const say = typeof message === 'function' ? message : (item) => `${JSON.stringify(item)} is not ${message}`;
        return this.list(v, path).filter((item, i) => accepts(item) || void this.error(opts.atItem ? [...path, i] : path, say(item), opts.rule));
    }
    /** A string that must match `re`; reports `what` otherwise. */
    match(v, path, re, what) {
        const s = this.str(v, path);
        if (s === undefined)
            return undefined;
        if (re.test(s))
            return s;
        this.error(path, `${ConfigReader.show(path)} ${JSON.stringify(s)} must be ${what}`);
        return undefined;
    }
}
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const IPV4_CIDR = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}/(?:3[0-2]|[12][0-9]|[0-9])$`);
const IFACE = /^[A-Za-z][A-Za-z0-9_-]{0,14}$/;
const DNS_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const ZFS_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const LINUX_USER = /^[a-z_][a-z0-9_-]{0,31}$/;
const PACKAGE = /^[a-z0-9][a-z0-9+.-]+$/;
const USERID = /^[^\s:/@]+@[A-Za-z][A-Za-z0-9.\-_]+$/;
const GROUPID = /^[A-Za-z0-9.\-_]+$/;
const STORAGE_ID = /^[A-Za-z][A-Za-z0-9\-_.]*[A-Za-z0-9]$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/** First host address of an IPv4 subnet (`10.1.0.0/24` -> `10.1.0.1/24`). */
function firstHost(cidr) {
    if (!IPV4_CIDR.test(cidr))
        return undefined;
    const [ip, len] = cidr.split('/');
    const prefix = Number(len);
    if (prefix > 30)
        return undefined;
    const n = ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    const host = ((n & mask) >>> 0) + 1;
    return `${[24, 16, 8, 0].map((s) => (host >>> s) & 255).join('.')}/${prefix}`;
}


/***/ }),

/***/ 26545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ resolveHostConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/model/host-config/reader.ts
var reader = __webpack_require__(50922);
;// CONCATENATED MODULE: ./src/model/host-config/access.ts


const ROLE = /^[A-Za-z0-9.\-_]+$/;
const ACL_PATH = /^\/[A-Za-z0-9/_.-]*$/;
const TOKEN_NAME = /^[A-Za-z][A-Za-z0-9.\-_]+$/;
function readAccess(r, raw) {
    const u = r.obj(raw.users, ['users']);
    let admin;
    if (u) {
        const username = r.match(u.username, ['users', 'username'], reader/* LINUX_USER */.FY, 'a Linux user name');
        const hash = typeof u.password_hash === 'string' ? u.password_hash.trim() : undefined;
        if (hash && hash !== 'NOT_SET' && !/^\$\{?[A-Z_][A-Z0-9_]*\}?$/.test(hash))
            r.error(['users', 'password_hash'], 'a password hash does not belong in the config: set users.password_hash to "NOT_SET" and pass the hash in PHOENIX_ADMIN_PASSWORD_HASH (a GitHub secret)', 'PHX-HV-SECRET');
        const key = r.str(u.ssh_public_key, ['users', 'ssh_public_key']);
        if (key !== undefined &&
            !/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-\S+) [A-Za-z0-9+/=]+( [^\r\n]*)?$/.test(key))
            r.error(['users', 'ssh_public_key'], 'ssh_public_key must be one public key line like "ssh-ed25519 AAAA... comment"', 'PHX-HV-USER');
        if (username)
            admin = { username, sudo: r.bool(u.sudo_access, ['users', 'sudo_access']) ?? false, sshKey: key };
    }
    const a = r.obj(raw.proxmox_access, ['proxmox_access']) ?? {};
    const groups = r.arr(a.groups, ['proxmox_access', 'groups']).flatMap((v, i) => {
        const o = r.obj(v, ['proxmox_access', 'groups', i]);
        const id = o && r.match(o.id, ['proxmox_access', 'groups', i, 'id'], reader/* GROUPID */.lu, 'a group id');
        return o && id ? [{ id, comment: r.str(o.comment, ['proxmox_access', 'groups', i, 'comment']) }] : [];
    });
    const users = r.arr(a.users, ['proxmox_access', 'users']).flatMap((v, i) => {
        const path = ['proxmox_access', 'users', i];
        const o = r.obj(v, path);
        const userid = o && r.match(o.userid, [...path, 'userid'], reader/* USERID */.pL, 'a user id like ci@pve');
        if (!o || !userid)
            return [];
        for (const k of Object.keys(o))
            if (/pass|secret|token/i.test(k) &&
                k !== 'password_env' &&
                typeof o[k] === 'string' &&
                !(0,secrets/* isNonSecretValue */.Tr)(o[k]))
                r.error([...path, k], `${k}: secrets do not belong in the config; name an environment variable in "password_env" instead`, 'PHX-HV-SECRET');
        const passwordEnv = r.match(o.password_env, [...path, 'password_env'], reader/* ENV_NAME */.G1, 'an environment variable name like PHOENIX_PVE_PASSWORD_CI');
        const ug = r.list(o.groups, [...path, 'groups']);
        for (const g of ug)
            if (!groups.some((x) => x.id === g))
                r.error([...path, 'groups'], `group ${g} is not defined in proxmox_access.groups`, 'PHX-HV-USER');
        return [{ userid, groups: ug, comment: r.str(o.comment, [...path, 'comment']), passwordEnv }];
    });
    const tokens = r.arr(a.tokens, ['proxmox_access', 'tokens']).flatMap((v, i) => {
        const path = ['proxmox_access', 'tokens', i];
        const o = r.obj(v, path);
        const userid = o && r.match(o.userid, [...path, 'userid'], reader/* USERID */.pL, 'a user id');
        const id = o && r.match(o.id, [...path, 'id'], TOKEN_NAME, 'a token name');
        if (!o || !userid || !id)
            return [];
        return [
            {
                userid,
                id,
                comment: r.str(o.comment, [...path, 'comment']),
                privsep: r.bool(o.privsep, [...path, 'privsep']) ?? true,
            },
        ];
    });
    const acls = r.arr(a.acls, ['proxmox_access', 'acls']).flatMap((v, i) => {
        const path = ['proxmox_access', 'acls', i];
        const o = r.obj(v, path);
        const p = o && r.match(o.path, [...path, 'path'], ACL_PATH, 'an ACL path like /vms/100');
        if (!o || !p)
            return [];
        const roles = r.listOf(o.roles, [...path, 'roles'], ROLE, 'a role id');
        const aUsers = r.listOf(o.users, [...path, 'users'], reader/* USERID */.pL, 'a user id');
        const aGroups = r.listOf(o.groups, [...path, 'groups'], reader/* GROUPID */.lu, 'a group id');
        const aTokens = r.listOf(o.tokens, [...path, 'tokens'], /^[^\s:/]+@[A-Za-z][A-Za-z0-9.\-_]+![A-Za-z][A-Za-z0-9.\-_]+$/, 'a token id like ci@pve!github');
        if (roles.length === 0)
            r.error(path, 'an ACL needs at least one role', 'PHX-HV-ACL');
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
function readFirewall(r, raw) {
    const nested = r.obj(raw.shared_volumes, ['shared_volumes'])?.firewall;
    if (nested !== undefined && raw.firewall === undefined)
        r.warn(['shared_volumes', 'firewall'], 'this firewall block is inside shared_volumes and has no effect: move it to the top level of the file', 'PHX-HV-FIREWALL');
    const f = r.obj(raw.firewall, ['firewall']);
    if (!f)
        return undefined;
    const policy = (key, fallback) => {
        const v = r.str(f[key], ['firewall', key]) ?? fallback;
        if (POLICY.has(v))
            return v;
        r.error(['firewall', key], `${key} must be ACCEPT, DROP or REJECT`, 'PHX-HV-FIREWALL');
        return fallback;
    };
    const rules = r
        .arr(f.global_firewall_rules, ['firewall', 'global_firewall_rules'])
        .flatMap((v, i) => {
        const path = ['firewall', 'global_firewall_rules', i];
        const o = r.obj(v, path);
        if (!o)
            return [];
        const fail = (at, message) => {
            r.error(at, message, 'PHX-HV-FIREWALL');
            return [];
        };
        const type = r.str(o.type, [...path, 'type']);
        const action = r.match(o.action, [...path, 'action'], /^[A-Za-z][A-Za-z0-9_-]*$/, 'ACCEPT, DROP, REJECT or a security group');
        if (type !== 'in' && type !== 'out' && type !== 'group')
            return fail([...path, 'type'], 'type must be in, out or group');
        if (!action)
            return o.action === undefined ? fail(path, 'a rule needs "action"') : [];
        if (type !== 'group' && !POLICY.has(action))
            return fail([...path, 'action'], `action must be ACCEPT, DROP or REJECT for an ${type} rule`);
        const proto = r.match(o.proto, [...path, 'proto'], /^(?:[a-z][a-z0-9.+-]*|[0-9]{1,3})$/, 'a protocol like tcp');
        const port = o.port === undefined ? undefined : String(o.port);
        if (port !== undefined &&
            !/^[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?(?:,[A-Za-z0-9-]+(?::[A-Za-z0-9-]+)?)*$/.test(port))
            return fail([...path, 'port'], `port ${JSON.stringify(port)} is not a port, range or list`);
        if (port !== undefined && (!proto || !PROTO_WITH_PORTS.has(proto)))
            return fail([...path, 'port'], `a port needs "proto" tcp or udp (got ${proto ?? 'none'}); Proxmox rejects the rule otherwise`);
        const addr = (k) => r.match(o[k], [...path, k], /^[A-Za-z0-9.:/,+_-]+$/, 'an address, CIDR, range, alias or +ipset');
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

// EXTERNAL MODULE: ./src/model/host-config/guest-needs.ts
var guest_needs = __webpack_require__(79833);
;// CONCATENATED MODULE: ./src/model/host-config/network.ts

function readBridge(r, o, path, main, subnet) {
    const name = r.match(o.name, [...path, 'name'], reader/* IFACE */.vp, 'an interface name like vmbr1 (at most 15 characters)');
    if (!name) {
        if (o.name === undefined)
            r.error(path, `${reader/* ConfigReader */.ox.show(path)} needs a name`, 'PHX-HV-BRIDGE');
        return undefined;
    }
    const manual = o.method === 'manual';
    let address = r.match(o.address, [...path, 'address'], reader/* IPV4_CIDR */.F8, 'an IPv4 address in CIDR notation like 10.0.0.13/24');
    const addressPath = address ? [...path, 'address'] : undefined;
    if (!address && subnet)
        address = (0,reader/* firstHost */.JL)(subnet);
    if (!address && !manual && o.address === undefined) {
        r.error(path, `bridge ${name} has no address: give "address" (CIDR, e.g. 10.0.1.1/24)${subnet === undefined && !main ? ', a "subnet", ' : ' '}or "method": "manual" for a bridge the host has no address on`, 'PHX-HV-BRIDGE');
        return undefined;
    }
    const gateway = r.match(o.gateway, [...path, 'gateway'], reader/* IPV4 */.k, 'an IPv4 address');
    const ports = r.list(o.bridge_ports ?? o.ports, [
        ...path,
        o.bridge_ports !== undefined ? 'bridge_ports' : 'ports',
    ]);
    for (const p of ports)
        if (!reader/* IFACE */.vp.test(p))
            r.error([...path], `bridge ${name}: port ${JSON.stringify(p)} is not an interface name`, 'PHX-HV-BRIDGE');
    return {
        name,
        address,
        gateway,
        ports,
        vlanAware: r.bool(o.vlan_aware, [...path, 'vlan_aware']) ?? false,
        comment: r.str(o.comment, [...path, 'comment'])?.replace(/[\r\n]+/g, ' '),
        main,
        subnet,
        addressPath,
        path,
    };
}
function readNetwork(r, raw) {
    const net = r.obj(raw.network, ['network']) ?? {};
    const bridges = [];
    const main = r.obj(net.interfaces, ['network', 'interfaces']);
    if (main) {
        const b = readBridge(r, main, ['network', 'interfaces'], true);
        if (b)
            bridges.push(b);
    }
    const internal = r.obj(net.internal_bridge, ['network', 'internal_bridge']);
    if (internal) {
        const subnet = r.match(internal.subnet, ['network', 'internal_bridge', 'subnet'], reader/* IPV4_CIDR */.F8, 'a subnet like 10.1.0.0/24');
        const b = readBridge(r, internal, ['network', 'internal_bridge'], false, subnet);
        if (b)
            bridges.push(b);
    }
    r.arr(net.bridges, ['network', 'bridges']).forEach((v, i) => {
        const o = r.obj(v, ['network', 'bridges', i]);
        const b = o && readBridge(r, o, ['network', 'bridges', i], false);
        if (b)
            bridges.push(b);
    });
    // A name defined twice is the rule's to report (config/rules/host-config.ts).
    const seen = new Set(bridges.map((b) => b.name));
    const vlans = [];
    r.arr(net.vlans, ['network', 'vlans']).forEach((v, i) => {
        const path = ['network', 'vlans', i];
        const o = r.obj(v, path);
        if (!o)
            return;
        const device = r.match(o.bridge, [...path, 'bridge'], reader/* IFACE */.vp, 'a bridge name');
        const tag = r.num(o.tag, [...path, 'tag']);
        if (tag !== undefined && (!Number.isInteger(tag) || tag < 1 || tag > 4094))
            r.error([...path, 'tag'], 'a VLAN tag must be an integer from 1 to 4094', 'PHX-HV-BRIDGE');
        const address = r.match(o.address, [...path, 'address'], reader/* IPV4_CIDR */.F8, 'an IPv4 address in CIDR notation');
        if (!device || tag === undefined || !Number.isInteger(tag) || tag < 1 || tag > 4094) {
            if (o.bridge === undefined || o.tag === undefined)
                r.error(path, 'a VLAN needs "bridge" and "tag"', 'PHX-HV-BRIDGE');
            return;
        }
        if (!seen.has(device))
            r.error([...path, 'bridge'], `VLAN ${device}.${tag} is on bridge ${device}, which the network section does not define`, 'PHX-HV-BRIDGE');
        if (!address) {
            if (o.address === undefined)
                r.error(path, `VLAN ${device}.${tag} has no address: the host needs one to be on that VLAN (guests use tag= on the bridge instead)`, 'PHX-HV-BRIDGE');
            return;
        }
        vlans.push({ name: `${device}.${tag}`, device, tag, address, path });
    });
    const hosts = [];
    r.arr(net.hosts, ['network', 'hosts']).forEach((v, i) => {
        const o = r.obj(v, ['network', 'hosts', i]);
        if (!o)
            return;
        const address = r.match(o.address, ['network', 'hosts', i, 'address'], reader/* IPV4 */.k, 'an IPv4 address');
        const names = r.listOf(o.names, ['network', 'hosts', i, 'names'], reader/* DNS_NAME */.EC, 'a host name');
        if (address && names.length > 0)
            hosts.push({ address, names });
        else if (address)
            r.error(['network', 'hosts', i], 'a hosts entry needs at least one name');
    });
    const domain = r.match(raw.domain_name, ['domain_name'], reader/* DNS_NAME */.EC, 'a DNS domain');
    const pub = net.public_bridge;
    const publicBridge = typeof pub === 'string' && pub.trim() !== '' ? pub.trim() : undefined;
    return { domain, bridges, vlans, hosts, publicBridge };
}

// EXTERNAL MODULE: ./src/model/host-config/zfs.ts
var host_config_zfs = __webpack_require__(18808);
;// CONCATENATED MODULE: ./src/model/host-config/cluster.ts



const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
/** A reader whose findings sit below `prefix` (a node's own section read by the top-level readers). */
class NestedReader extends reader/* ConfigReader */.ox {
    prefix;
    constructor(parent, prefix) {
        super(parent.file, parent.findings);
        this.prefix = prefix;
    }
    error(path, message, rule) {
        super.error([...this.prefix, ...path], message, rule);
    }
    warn(path, message, rule) {
        super.warn([...this.prefix, ...path], message, rule);
    }
}
/** `cluster` of the file (undefined when absent), each node's own sections resolved. */
function readCluster(r, raw) {
    const c = r.obj(raw.cluster, ['cluster']);
    if (!c)
        return undefined;
    const defaultNode = r.match(c.default_node, ['cluster', 'default_node'], NODE_NAME, 'a node name');
    const nodes = [];
    r.arr(c.nodes, ['cluster', 'nodes']).forEach((v, i) => {
        const path = ['cluster', 'nodes', i];
        const o = r.obj(v, path);
        const name = o && r.match(o.name, [...path, 'name'], NODE_NAME, 'a node name');
        if (!o || !name)
            return;
        if (nodes.some((n) => n.name === name))
            return r.error([...path, 'name'], `node ${name} is listed twice in cluster.nodes`, 'PHX-HV-CONFIG');
        const nested = new NestedReader(r, path);
        const network = (0,reader/* isObj */.sA)(o.network)
            ? { ...readNetwork(nested, { network: o.network }), domain: undefined }
            : undefined;
        const zfs = (0,reader/* isObj */.sA)(o.zfs) ? (0,host_config_zfs/* readZfs */.UU)(nested, { zfs: o.zfs }) : undefined;
        nodes.push({
            name,
            path,
            ...(network ? { network } : {}),
            ...(zfs ? { zfs: zfs.zfs, storages: zfs.storages } : {}),
        });
    });
    if (defaultNode && nodes.length > 0 && !nodes.some((n) => n.name === defaultNode))
        r.error(['cluster', 'default_node'], `default_node ${defaultNode} is not in cluster.nodes (${nodes.map((n) => n.name).join(', ')})`, 'PHX-HV-CONFIG');
    return { ...(defaultNode ? { defaultNode } : {}), nodes };
}
function where(s) {
    if (s.type === 'zfspool')
        return `zfspool ${s.pool}`;
    if (s.type === 'dir')
        return `dir ${s.dir}`;
    return `nfs ${s.server}:${s.export}`;
}
/** Type, location and content types: what one storage.cfg entry says. */
const definition = (s) => `${where(s)}, content ${[...s.content].sort().join(',') || 'default'}`;
const sameStorage = (a, b) => definition(a) === definition(b);
/**
 * The storages of the top-level datasets and those of the nodes' own datasets as one cluster-wide
 * list, each with the nodes that have its dataset (no `nodes` while no node brings its own `zfs`).
 * One id defined differently by two sections is an error at the later one.
 */
function clusterStorages(r, datasetStorages, cluster) {
    const own = (cluster?.nodes ?? []).filter((n) => n.zfs);
    if (own.length === 0)
        return [...datasetStorages];
    const topNodes = cluster.nodes.filter((n) => !n.zfs).map((n) => n.name);
    const out = new Map();
    for (const s of datasetStorages)
        out.set(s.id, { def: s, nodes: [...topNodes] });
    for (const n of own)
        for (const s of n.storages ?? []) {
            const have = out.get(s.id);
            if (!have)
                out.set(s.id, { def: s, nodes: [n.name] });
            else if (sameStorage(have.def, s))
                have.nodes.push(n.name);
            else
                r.error([...n.path, ...s.path], `storage ${s.id} is ${definition(s)} on node ${n.name} but ${definition(have.def)} elsewhere: one storage id names one definition in storage.cfg`, 'PHX-HV-STORAGE');
        }
    return [...out.values()].filter((e) => e.nodes.length > 0).map((e) => ({ ...e.def, nodes: e.nodes }));
}

;// CONCATENATED MODULE: ./src/model/host-config/host-sections.ts




function readHostPart(r, raw) {
    const timezone = r.match(raw.timezone, ['timezone'], /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/, 'a time zone like Europe/Berlin');
    const ntpServers = r.listOf(raw.ntp_servers, ['ntp_servers'], (s) => reader/* IPV4 */.k.test(s) || reader/* DNS_NAME */.EC.test(s), (s) => `NTP server ${JSON.stringify(s)} must be a host name or IPv4 address`, { atItem: true });
    const apt = r.obj(raw.apt, ['apt']) ?? {};
    const aptPackages = r.listOf(apt.packages, ['apt', 'packages'], reader/* PACKAGE */.Hy, 'a Debian package name', {
        atItem: true,
    });
    const { zfs, storages: datasetStorages } = (0,host_config_zfs/* readZfs */.UU)(r, raw);
    const cluster = readCluster(r, raw);
    return {
        timezone,
        ntpServers,
        aptNoSubscription: r.bool(apt.no_subscription, ['apt', 'no_subscription']) ?? true,
        aptPackages,
        network: readNetwork(r, raw),
        zfs,
        storages: [...clusterStorages(r, datasetStorages, cluster), ...(0,host_config_zfs/* readExtraStorages */.R1)(r, raw)],
        storageIds: (0,host_config_zfs/* readStorageIds */.gB)(raw),
        nfs: readNfs(r, raw),
        samba: readSamba(r, raw),
        vfio: readVfio(r, raw),
        nvidia: readNvidia(r, raw),
        ...(cluster ? { cluster } : {}),
    };
}
function readNfs(r, raw) {
    const nfs = r.obj(raw.nfs, ['nfs']) ?? {};
    const out = [];
    r.arr(nfs.exports, ['nfs', 'exports']).forEach((v, i) => {
        const path = ['nfs', 'exports', i];
        const o = r.obj(v, path);
        const p = o && r.match(o.path, [...path, 'path'], /^\/[^\s"]*$/, 'an absolute path without spaces');
        if (!o || !p)
            return;
        const clients = r.listOf(o.clients, [...path, 'clients'], /^[A-Za-z0-9.:/*@_-]+$/, (c) => `NFS client ${JSON.stringify(c)} must be an address, CIDR, host name or @netgroup`);
        if (clients.length === 0)
            r.error(path, `export ${p} has no clients`, 'PHX-HV-NFS');
        const options = r.listOf(o.options, [...path, 'options'], /^[a-z_]+(=[A-Za-z0-9:._/-]+)?$/, (x) => `export option ${JSON.stringify(x)} is not valid`);
        out.push({ path: p, clients, options });
    });
    return out;
}
function readSamba(r, raw) {
    const s = r.obj(raw.samba, ['samba']);
    if (!s)
        return undefined;
    const shares = r.arr(s.shares, ['samba', 'shares']).flatMap((v, i) => {
        const path = ['samba', 'shares', i];
        const o = r.obj(v, path);
        const name = o && r.match(o.name, [...path, 'name'], /^[A-Za-z0-9][A-Za-z0-9 ._$-]{0,79}$/, 'a share name');
        const p = o && r.match(o.path, [...path, 'path'], /^[^\s"\\]+$/, 'a path without spaces');
        if (!o || !name || !p)
            return [];
        const options = [];
        for (const part of (r.str(o.options, [...path, 'options']) ?? '').split(/\s+/).filter(Boolean)) {
            const m = /^([a-z][a-z ]*[a-z]|[a-z])=([^\s=]+)$/.exec(part.replace(/_/g, ' '));
            if (m)
                options.push([m[1], m[2]]);
            else
                r.error([...path, 'options'], `share option ${JSON.stringify(part)} must be key=value`, 'PHX-HV-SAMBA');
        }
        const validUsers = r.listOf(o.valid_users, [...path, 'valid_users'], reader/* LINUX_USER */.FY, 'a user name');
        return [{ name, path: p.startsWith('/') ? p : `/${p}`, options, validUsers }];
    });
    const user = r.match(s.user, ['samba', 'user'], reader/* LINUX_USER */.FY, 'a Linux user name');
    if (!user) {
        if (shares.length > 0 && s.user === undefined)
            r.error(['samba'], 'samba needs "user", the account that owns the shares', 'PHX-HV-SAMBA');
        return undefined;
    }
    return { user, shares };
}
function readVfio(r, raw) {
    const v = r.obj(raw.vfio, ['vfio']);
    if (!v || r.bool(v.enabled, ['vfio', 'enabled']) === false)
        return undefined;
    const iommu = r.str(v.iommu, ['vfio', 'iommu']) ?? 'intel';
    if (iommu !== 'intel' && iommu !== 'amd')
        return void r.error(['vfio', 'iommu'], 'vfio.iommu must be intel or amd', 'PHX-HV-VFIO');
    const pciIds = r.listOf(v.pci_ids, ['vfio', 'pci_ids'], /^[0-9a-f]{4}:[0-9a-f]{4}$/i, (id) => `PCI id ${JSON.stringify(id)} must be vendor:device like 10de:2684`, { rule: 'PHX-HV-VFIO' });
    return { iommu, pciIds: pciIds.map((p) => p.toLowerCase()) };
}
function readNvidia(r, raw) {
    const n = r.obj(raw.nvidia_driver, ['nvidia_driver']);
    if (!n || r.bool(n.install, ['nvidia_driver', 'install']) !== true)
        return undefined;
    const version = r.match(n.version, ['nvidia_driver', 'version'], /^[0-9]+(?:\.[0-9]+){1,2}$/, 'a driver version like 580.76.05');
    const url = r.match(n.runfile_url, ['nvidia_driver', 'runfile_url'], /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/\S*$/, 'an http(s) URL');
    if (!version || !url) {
        if (n.version === undefined || n.runfile_url === undefined)
            r.error(['nvidia_driver'], 'nvidia_driver.install is true: give "version" and "runfile_url"', 'PHX-HV-NVIDIA');
        return undefined;
    }
    const file = url.split('/').pop() ?? '';
    const m = /^NVIDIA-Linux-[A-Za-z0-9_]+-([0-9.]+)\.run$/.exec(file);
    if (!m)
        return void r.error(['nvidia_driver', 'runfile_url'], `runfile_url must end in NVIDIA-Linux-<arch>-<version>.run, got ${JSON.stringify(file)}`, 'PHX-HV-NVIDIA');
    if (m[1] !== version)
        return void r.error(['nvidia_driver', 'runfile_url'], `runfile_url is for driver ${m[1]}, but version is ${version}`, 'PHX-HV-NVIDIA');
    return { version, runfileUrl: url };
}

;// CONCATENATED MODULE: ./src/model/host-config/resolve.ts
/**
 * The one resolver of phoenix_hypervisor_config.json: the file (plus what the guests need from
 * the host) read into a typed `HostConfig`, with every problem met on the way as a finding at a
 * JSON path. `validate` turns the findings into located diagnostics and runs its rules over the
 * result; `setup-hypervisor` applies it. Pure apart from the callback that reads AppArmor profile
 * sources. Secrets are not part of it.
 */






function resolveHostConfig(input) {
    const findings = [];
    const r = new reader/* ConfigReader */.ox('hypervisor', findings);
    const raw = input.hypervisor;
    if (!(0,reader/* isObj */.sA)(raw)) {
        r.error([], `${types/* CONFIG_FILES */.n.hypervisor} is missing or not a JSON object: setup-hypervisor needs it`, 'PHX-HV-FILE');
        return { findings };
    }
    const readers = { lxc: new reader/* ConfigReader */.ox('lxc', findings), vm: new reader/* ConfigReader */.ox('vm', findings) };
    const host = readHostPart(r, raw);
    const access = readAccess(r, raw);
    const firewall = readFirewall(r, raw);
    const lxc = (0,guest_needs/* readLxcTemplates */.xo)(input.guests, host.storages, readers);
    const images = (0,guest_needs/* readCloudImages */.WW)(input.guests, raw, host.storages, r, readers);
    const apparmor = (0,guest_needs/* readApparmor */.dT)(input.guests, raw, r, readers, input.readApparmorSource, (0,external_node_path_.join)(input.dir, 'apparmor'));
    const packages = host.aptPackages.map((name) => ({ name, reason: 'apt.packages' }));
    const need = (name, reason, when) => {
        if (when && !packages.some((p) => p.name === name))
            packages.push({ name, reason });
    };
    need('nfs-kernel-server', 'NFS exports', host.nfs.length > 0);
    need('samba', 'Samba shares', host.samba);
    need('sudo', 'admin user with sudo', access.admin?.sudo);
    need('chrony', 'NTP servers', host.ntpServers.length > 0);
    for (const p of ['proxmox-default-headers', 'build-essential', 'dkms', 'pkg-config'])
        need(p, 'NVIDIA driver build', host.nvidia);
    return {
        findings,
        config: {
            file: (0,external_node_path_.join)(input.dir, types/* CONFIG_FILES */.n.hypervisor),
            timezone: host.timezone,
            ntpServers: host.ntpServers,
            apt: { noSubscription: host.aptNoSubscription, packages },
            network: host.network,
            zfs: host.zfs,
            storages: host.storages,
            storageIds: host.storageIds,
            nfs: host.nfs,
            samba: host.samba,
            vfio: host.vfio,
            nvidia: host.nvidia,
            access,
            firewall,
            apparmor,
            templates: { lxc, images },
            ...(host.cluster ? { cluster: host.cluster } : {}),
        },
    };
}


/***/ }),

/***/ 9407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ parseZfsSize)
/* harmony export */ });
/** ZFS size strings (`128K`, `1.4T`), as the hypervisor file writes dataset properties. */
/** `128K`, `1.4T`, `800G`, `512` -> bytes, as ZFS parses sizes (binary units, fractions floored). */
function parseZfsSize(value) {
    const m = /^(\d+(?:\.\d+)?)([KMGTPE]?)(?:i?B)?$/i.exec(value.trim());
    if (!m)
        return undefined;
    const power = ' KMGTPE'.indexOf((m[2] || ' ').toUpperCase());
    return Math.floor(Number(m[1]) * 1024 ** power);
}


/***/ }),

/***/ 18808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ MIN_DISKS),
/* harmony export */   R1: () => (/* binding */ readExtraStorages),
/* harmony export */   UU: () => (/* binding */ readZfs),
/* harmony export */   gB: () => (/* binding */ readStorageIds)
/* harmony export */ });
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50922);
/* harmony import */ var _sizes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9407);


/** Disks each layout needs at least. */
const MIN_DISKS = {
    single: 1,
    mirror: 2,
    raidz: 2,
    raidz1: 2,
    raidz2: 3,
    raidz3: 4,
};
const SIZE_PROPS = new Set([
    'quota',
    'refquota',
    'reservation',
    'refreservation',
    'recordsize',
    'volsize',
    'volblocksize',
    'special_small_blocks',
]);
function contentOf(r, v, path, type) {
    const all = ['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import'];
    const given = r.list(v, path).filter((c) => c !== 'none');
    const content = given.filter((c) => {
        if (all.includes(c))
            return true;
        r.error(path, `unknown content type ${JSON.stringify(c)}`, 'PHX-HV-STORAGE');
        return false;
    });
    if (v === undefined)
        return type === 'zfspool'
            ? ['images', 'rootdir']
            : type === 'dir'
                ? ['iso', 'vztmpl', 'backup']
                : ['images', 'rootdir'];
    if (type === 'zfspool') {
        const wrong = content.filter((c) => c !== 'images' && c !== 'rootdir');
        if (wrong.length > 0)
            r.error(path, `a zfspool storage holds only images and rootdir, not ${wrong.join(', ')}: use "proxmox_storage_type": "dir" for files`, 'PHX-HV-STORAGE');
    }
    return content;
}
function readZfs(r, raw) {
    const z = r.obj(raw.zfs, ['zfs']) ?? {};
    const arcGb = r.num(z.arc_max_gb, ['zfs', 'arc_max_gb']);
    if (arcGb !== undefined && arcGb <= 0)
        r.error(['zfs', 'arc_max_gb'], 'arc_max_gb must be greater than 0');
    const pools = [];
    r.arr(z.pools, ['zfs', 'pools']).forEach((v, i) => {
        const path = ['zfs', 'pools', i];
        const o = r.obj(v, path);
        const name = o && r.match(o.name, [...path, 'name'], _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ZFS_NAME */ .ec, 'a ZFS pool name');
        if (!o || !name)
            return;
        if (/^(mirror|raidz|draid|spare|log|cache|dedup|special)/.test(name))
            r.error([...path, 'name'], `pool name ${name} starts with a reserved word`, 'PHX-HV-ZFS');
        const layout = (r.str(o.raid_level, [...path, 'raid_level']) ?? 'single');
        if (!(layout in MIN_DISKS))
            return r.error([...path, 'raid_level'], `unknown raid_level ${JSON.stringify(layout)}`, 'PHX-HV-ZFS');
        const disks = r.list(o.disks, [...path, 'disks']);
        disks.forEach((d, j) => {
            if (!/^\/dev\/[A-Za-z0-9._:/+-]+$/.test(d) || d.includes('/../'))
                r.error([...path, 'disks', j], `disk ${JSON.stringify(d)} must be a /dev/ path (prefer /dev/disk/by-id/...)`, 'PHX-HV-ZFS');
        });
        pools.push({ name, layout, disks, path });
    });
    const datasets = [];
    const storages = [];
    r.arr(z.datasets, ['zfs', 'datasets']).forEach((v, i) => {
        const path = ['zfs', 'datasets', i];
        const o = r.obj(v, path);
        if (!o)
            return;
        const name = r.match(o.name, [...path, 'name'], _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ZFS_NAME */ .ec, 'a dataset name without "/"');
        const pool = r.match(o.pool, [...path, 'pool'], _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ZFS_NAME */ .ec, 'a pool name');
        if (!name || !pool) {
            if (o.name === undefined || o.pool === undefined)
                r.error(path, 'a dataset needs "name" and "pool"', 'PHX-HV-ZFS');
            return;
        }
        if (!pools.some((p) => p.name === pool))
            return r.error([...path, 'pool'], `dataset ${name} is on pool ${pool}, which zfs.pools does not define (defined: ${pools.map((p) => p.name).join(', ') || 'none'})`, 'PHX-HV-ZFS');
        const properties = {};
        const propText = r.str(o.properties, [...path, 'properties']) ?? '';
        for (const part of propText.split(',').filter(Boolean)) {
            const m = /^([a-z0-9_:.]+)=([^,=\s]+)$/.exec(part);
            if (!m)
                r.error([...path, 'properties'], `property ${JSON.stringify(part)} must be key=value`, 'PHX-HV-ZFS');
            else if (SIZE_PROPS.has(m[1]) && m[2] !== 'none' && (0,_sizes_js__WEBPACK_IMPORTED_MODULE_1__/* .parseZfsSize */ .Y)(m[2]) === undefined)
                r.error([...path, 'properties'], `${m[1]}=${m[2]} is not a size like 128K or 1.5T`, 'PHX-HV-ZFS');
            else
                properties[m[1]] = m[2];
        }
        const full = `${pool}/${name}`;
        datasets.push({ full, pool, properties, path });
        const type = r.str(o.proxmox_storage_type, [...path, 'proxmox_storage_type']);
        if (type === undefined)
            return;
        const id = `${pool}-${name}`;
        if (!_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_ID */ .U2.test(id))
            return r.error([...path, 'name'], `storage id ${id} (pool-dataset) is not a valid Proxmox storage id`, 'PHX-HV-STORAGE');
        if (type === 'zfspool')
            storages.push({
                id,
                type,
                pool: full,
                content: contentOf(r, o.proxmox_content_type, [...path, 'proxmox_content_type'], type),
                path,
            });
        else if (type === 'dir') {
            const mp = properties.mountpoint;
            const dir = mp && mp.startsWith('/') ? mp : `/${full}`;
            storages.push({
                id,
                type,
                dir,
                content: contentOf(r, o.proxmox_content_type, [...path, 'proxmox_content_type'], type),
                path,
            });
        }
        else
            r.error([...path, 'proxmox_storage_type'], `proxmox_storage_type must be zfspool or dir, got ${JSON.stringify(type)}`, 'PHX-HV-STORAGE');
    });
    return {
        zfs: { arcMaxBytes: arcGb && arcGb > 0 ? Math.round(arcGb * 1024 ** 3) : undefined, pools, datasets },
        storages,
    };
}
const NODE_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
function readExtraStorages(r, raw) {
    const out = [];
    r.arr(raw.storages, ['storages']).forEach((v, i) => {
        const path = ['storages', i];
        const o = r.obj(v, path);
        if (!o)
            return;
        const id = r.match(o.id, [...path, 'id'], _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .STORAGE_ID */ .U2, 'a Proxmox storage id');
        const type = r.str(o.type, [...path, 'type']);
        if (!id || !type)
            return void (o.id === undefined || o.type === undefined
                ? r.error(path, 'a storage needs "id" and "type"', 'PHX-HV-STORAGE')
                : undefined);
        const nodeList = r.listOf(o.nodes, [...path, 'nodes'], NODE_NAME, 'a node name', { atItem: true });
        const nodes = nodeList.length > 0 ? { nodes: nodeList } : {};
        if (type === 'nfs') {
            const server = r.match(o.server, [...path, 'server'], /^[A-Za-z0-9.:[\]-]+$/, 'an NFS server name or address');
            const exp = r.match(o.export, [...path, 'export'], /^\/\S*$/, 'an absolute export path');
            if (!server || !exp)
                return void r.error(path, `NFS storage ${id} needs "server" and "export"`, 'PHX-HV-STORAGE');
            out.push({
                id,
                type,
                server,
                export: exp,
                options: r.str(o.options, [...path, 'options']),
                content: contentOf(r, o.content, [...path, 'content'], 'nfs'),
                ...nodes,
                path,
            });
        }
        else if (type === 'dir') {
            const dir = r.match(o.path, [...path, 'path'], /^\/\S*$/, 'an absolute path');
            if (!dir)
                return void r.error(path, `dir storage ${id} needs "path"`, 'PHX-HV-STORAGE');
            out.push({
                id,
                type,
                dir,
                content: contentOf(r, o.content, [...path, 'content'], 'dir'),
                ...nodes,
                path,
            });
        }
        else
            r.error([...path, 'type'], `storages[].type must be nfs or dir (ZFS storages come from zfs.datasets), got ${JSON.stringify(type)}`, 'PHX-HV-STORAGE');
    });
    return out;
}
/** `proxmox_storage_ids` values (by role, or a plain list): storages that exist on the host. */
function readStorageIds(raw) {
    const ids = raw.proxmox_storage_ids;
    const entries = (0,_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(ids)
        ? Object.entries(ids)
        : Array.isArray(ids)
            ? ids.map((v, i) => [i, v])
            : [];
    return entries.flatMap(([k, v]) => typeof v === 'string' && v.trim() !== '' ? [{ id: v.trim(), path: ['proxmox_storage_ids', k] }] : []);
}


/***/ })

};
