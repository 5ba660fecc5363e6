export const id = 5;
export const ids = [5,240];
export const modules = {

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ SECRET_ENV),
  J: () => (/* binding */ buildHostConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(8019);
;// CONCATENATED MODULE: ./src/hypervisor/config-reader.ts
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class ConfigReader {
    file;
    source;
    diagnostics;
    constructor(
    /** Display path of the file. */
    file, source, diagnostics) {
        this.file = file;
        this.source = source;
        this.diagnostics = diagnostics;
    }
    add(severity, path, message, rule) {
        const pos = this.source?.locate(path) ?? { line: 1, column: 1 };
        this.diagnostics.push({ file: this.file, line: pos.line, column: pos.column, severity, rule, message });
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

;// CONCATENATED MODULE: ./src/hypervisor/config-access.ts


const ROLE = /^[A-Za-z0-9.\-_]+$/;
const ACL_PATH = /^\/[A-Za-z0-9/_.-]*$/;
const TOKEN_NAME = /^[A-Za-z][A-Za-z0-9.\-_]+$/;
function readAccess(r, raw) {
    const u = r.obj(raw.users, ['users']);
    let admin;
    if (u) {
        const username = r.match(u.username, ['users', 'username'], LINUX_USER, 'a Linux user name');
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
        const id = o && r.match(o.id, ['proxmox_access', 'groups', i, 'id'], GROUPID, 'a group id');
        return o && id ? [{ id, comment: r.str(o.comment, ['proxmox_access', 'groups', i, 'comment']) }] : [];
    });
    const users = r.arr(a.users, ['proxmox_access', 'users']).flatMap((v, i) => {
        const path = ['proxmox_access', 'users', i];
        const o = r.obj(v, path);
        const userid = o && r.match(o.userid, [...path, 'userid'], USERID, 'a user id like ci@pve');
        if (!o || !userid)
            return [];
        for (const k of Object.keys(o))
            if (/pass|secret|token/i.test(k) &&
                k !== 'password_env' &&
                typeof o[k] === 'string' &&
                !(0,secrets/* isNonSecretValue */.Tr)(o[k]))
                r.error([...path, k], `${k}: secrets do not belong in the config; name an environment variable in "password_env" instead`, 'PHX-HV-SECRET');
        const passwordEnv = r.match(o.password_env, [...path, 'password_env'], ENV_NAME, 'an environment variable name like PHOENIX_PVE_PASSWORD_CI');
        const ug = r.list(o.groups, [...path, 'groups']);
        for (const g of ug)
            if (!groups.some((x) => x.id === g))
                r.error([...path, 'groups'], `group ${g} is not defined in proxmox_access.groups`, 'PHX-HV-USER');
        return [{ userid, groups: ug, comment: r.str(o.comment, [...path, 'comment']), passwordEnv }];
    });
    const tokens = r.arr(a.tokens, ['proxmox_access', 'tokens']).flatMap((v, i) => {
        const path = ['proxmox_access', 'tokens', i];
        const o = r.obj(v, path);
        const userid = o && r.match(o.userid, [...path, 'userid'], USERID, 'a user id');
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
        const aUsers = r.listOf(o.users, [...path, 'users'], USERID, 'a user id');
        const aGroups = r.listOf(o.groups, [...path, 'groups'], GROUPID, 'a group id');
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

;// CONCATENATED MODULE: ./src/hypervisor/config-guests.ts

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
        const storage = r.match(o.storage, [...path, 'storage'], STORAGE_ID, 'a storage id');
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
        const content = /\.(img|iso)$/.test(file) ? 'iso' : 'import';
        const ex = explicit.get(file);
        const url = ex?.url ?? derivedUrl(file);
        if (!url) {
            gr?.error(at, `no download URL for cloud image ${file}: add {"file": "${file}", "url": "https://..."} to cloud_images in the hypervisor config`, 'PHX-HV-IMAGE');
            continue;
        }
        const storage = ex?.storage ?? storages.find((s) => s.type !== 'zfspool' && s.content.includes(content))?.id ?? 'local';
        const cfgStorage = storages.find((s) => s.id === storage);
        if (cfgStorage && !cfgStorage.content.includes(content))
            r.warn(ex?.path ?? ['cloud_images'], `storage ${storage} does not allow content '${content}', which cloud image ${file} needs`, 'PHX-HV-IMAGE');
        const entry = found.get(file) ?? {
            storage,
            file,
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

;// CONCATENATED MODULE: ./src/hypervisor/config-network.ts

function readBridge(r, o, path, main, subnet) {
    const name = r.match(o.name, [...path, 'name'], IFACE, 'an interface name like vmbr1 (at most 15 characters)');
    if (!name) {
        if (o.name === undefined)
            r.error(path, `${ConfigReader.show(path)} needs a name`, 'PHX-HV-BRIDGE');
        return undefined;
    }
    const manual = o.method === 'manual';
    let address = r.match(o.address, [...path, 'address'], IPV4_CIDR, 'an IPv4 address in CIDR notation like 10.0.0.13/24');
    if (!address && subnet)
        address = firstHost(subnet);
    if (!address && !manual && o.address === undefined) {
        r.error(path, `bridge ${name} has no address: give "address" (CIDR, e.g. 10.0.1.1/24)${subnet === undefined && !main ? ', a "subnet", ' : ' '}or "method": "manual" for a bridge the host has no address on`, 'PHX-HV-BRIDGE');
        return undefined;
    }
    const gateway = r.match(o.gateway, [...path, 'gateway'], IPV4, 'an IPv4 address');
    const ports = r.list(o.bridge_ports ?? o.ports, [
        ...path,
        o.bridge_ports !== undefined ? 'bridge_ports' : 'ports',
    ]);
    for (const p of ports)
        if (!IFACE.test(p))
            r.error([...path], `bridge ${name}: port ${JSON.stringify(p)} is not an interface name`, 'PHX-HV-BRIDGE');
    return {
        name,
        address,
        gateway,
        ports,
        vlanAware: r.bool(o.vlan_aware, [...path, 'vlan_aware']) ?? false,
        comment: r.str(o.comment, [...path, 'comment'])?.replace(/[\r\n]+/g, ' '),
        main,
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
        const subnet = r.match(internal.subnet, ['network', 'internal_bridge', 'subnet'], IPV4_CIDR, 'a subnet like 10.1.0.0/24');
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
    const seen = new Set();
    for (const b of bridges) {
        if (seen.has(b.name))
            r.error(b.path, `bridge ${b.name} is defined twice`, 'PHX-HV-BRIDGE');
        seen.add(b.name);
    }
    const vlans = [];
    r.arr(net.vlans, ['network', 'vlans']).forEach((v, i) => {
        const path = ['network', 'vlans', i];
        const o = r.obj(v, path);
        if (!o)
            return;
        const device = r.match(o.bridge, [...path, 'bridge'], IFACE, 'a bridge name');
        const tag = r.num(o.tag, [...path, 'tag']);
        if (tag !== undefined && (!Number.isInteger(tag) || tag < 1 || tag > 4094))
            r.error([...path, 'tag'], 'a VLAN tag must be an integer from 1 to 4094', 'PHX-HV-BRIDGE');
        const address = r.match(o.address, [...path, 'address'], IPV4_CIDR, 'an IPv4 address in CIDR notation');
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
        const address = r.match(o.address, ['network', 'hosts', i, 'address'], IPV4, 'an IPv4 address');
        const names = r.listOf(o.names, ['network', 'hosts', i, 'names'], DNS_NAME, 'a host name');
        if (address && names.length > 0)
            hosts.push({ address, names });
        else if (address)
            r.error(['network', 'hosts', i], 'a hosts entry needs at least one name');
    });
    const domain = r.match(raw.domain_name, ['domain_name'], DNS_NAME, 'a DNS domain');
    return { domain, bridges, vlans, hosts };
}

// EXTERNAL MODULE: ./src/hypervisor/text.ts
var hypervisor_text = __webpack_require__(9718);
;// CONCATENATED MODULE: ./src/hypervisor/config-zfs.ts


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
    const diskOwner = new Map();
    r.arr(z.pools, ['zfs', 'pools']).forEach((v, i) => {
        const path = ['zfs', 'pools', i];
        const o = r.obj(v, path);
        const name = o && r.match(o.name, [...path, 'name'], ZFS_NAME, 'a ZFS pool name');
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
            const other = diskOwner.get(d);
            if (other)
                r.error([...path, 'disks', j], `disk ${d} is already used by pool ${other}`, 'PHX-HV-ZFS');
            diskOwner.set(d, name);
        });
        if (disks.length < MIN_DISKS[layout])
            r.error([...path, 'disks'], `a ${layout} pool needs at least ${MIN_DISKS[layout]} disk(s), ${name} has ${disks.length}`, 'PHX-HV-ZFS');
        if (pools.some((p) => p.name === name))
            r.error([...path, 'name'], `pool ${name} is defined twice`, 'PHX-HV-ZFS');
        pools.push({ name, layout, disks, path });
    });
    const datasets = [];
    const storages = [];
    r.arr(z.datasets, ['zfs', 'datasets']).forEach((v, i) => {
        const path = ['zfs', 'datasets', i];
        const o = r.obj(v, path);
        if (!o)
            return;
        const name = r.match(o.name, [...path, 'name'], ZFS_NAME, 'a dataset name without "/"');
        const pool = r.match(o.pool, [...path, 'pool'], ZFS_NAME, 'a pool name');
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
            else if (SIZE_PROPS.has(m[1]) && m[2] !== 'none' && (0,hypervisor_text/* parseZfsSize */.Y$)(m[2]) === undefined)
                r.error([...path, 'properties'], `${m[1]}=${m[2]} is not a size like 128K or 1.5T`, 'PHX-HV-ZFS');
            else
                properties[m[1]] = m[2];
        }
        const full = `${pool}/${name}`;
        if (datasets.some((d) => d.full === full))
            r.error([...path, 'name'], `dataset ${full} is defined twice`, 'PHX-HV-ZFS');
        datasets.push({ full, pool, properties, path });
        const type = r.str(o.proxmox_storage_type, [...path, 'proxmox_storage_type']);
        if (type === undefined)
            return;
        const id = `${pool}-${name}`;
        if (!STORAGE_ID.test(id))
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
function readExtraStorages(r, raw) {
    const out = [];
    r.arr(raw.storages, ['storages']).forEach((v, i) => {
        const path = ['storages', i];
        const o = r.obj(v, path);
        if (!o)
            return;
        const id = r.match(o.id, [...path, 'id'], STORAGE_ID, 'a Proxmox storage id');
        const type = r.str(o.type, [...path, 'type']);
        if (!id || !type)
            return void (o.id === undefined || o.type === undefined
                ? r.error(path, 'a storage needs "id" and "type"', 'PHX-HV-STORAGE')
                : undefined);
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
                path,
            });
        }
        else if (type === 'dir') {
            const dir = r.match(o.path, [...path, 'path'], /^\/\S*$/, 'an absolute path');
            if (!dir)
                return void r.error(path, `dir storage ${id} needs "path"`, 'PHX-HV-STORAGE');
            out.push({ id, type, dir, content: contentOf(r, o.content, [...path, 'content'], 'dir'), path });
        }
        else
            r.error([...path, 'type'], `storages[].type must be nfs or dir (ZFS storages come from zfs.datasets), got ${JSON.stringify(type)}`, 'PHX-HV-STORAGE');
    });
    return out;
}

;// CONCATENATED MODULE: ./src/hypervisor/config-host.ts



function readHostPart(r, raw) {
    const timezone = r.match(raw.timezone, ['timezone'], /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/, 'a time zone like Europe/Berlin');
    const ntpServers = r.listOf(raw.ntp_servers, ['ntp_servers'], (s) => IPV4.test(s) || DNS_NAME.test(s), (s) => `NTP server ${JSON.stringify(s)} must be a host name or IPv4 address`, { atItem: true });
    const apt = r.obj(raw.apt, ['apt']) ?? {};
    const aptPackages = r.listOf(apt.packages, ['apt', 'packages'], PACKAGE, 'a Debian package name', {
        atItem: true,
    });
    const { zfs, storages: datasetStorages } = readZfs(r, raw);
    const storages = [...datasetStorages, ...readExtraStorages(r, raw)];
    const ids = new Map();
    for (const s of storages) {
        if (ids.has(s.id))
            r.error(s.path, `storage ${s.id} is defined twice`, 'PHX-HV-STORAGE');
        ids.set(s.id, s.path);
    }
    return {
        timezone,
        ntpServers,
        aptNoSubscription: r.bool(apt.no_subscription, ['apt', 'no_subscription']) ?? true,
        aptPackages,
        network: readNetwork(r, raw),
        zfs,
        storages,
        nfs: readNfs(r, raw),
        samba: readSamba(r, raw),
        vfio: readVfio(r, raw),
        nvidia: readNvidia(r, raw),
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
        const validUsers = r.listOf(o.valid_users, [...path, 'valid_users'], LINUX_USER, 'a user name');
        return [{ name, path: p.startsWith('/') ? p : `/${p}`, options, validUsers }];
    });
    const user = r.match(s.user, ['samba', 'user'], LINUX_USER, 'a Linux user name');
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

;// CONCATENATED MODULE: ./src/hypervisor/config.ts
/**
 * The setup model: phoenix_hypervisor_config.json (plus what the guests need from the host) read
 * into a `HostConfig`, with every problem as a located diagnostic. Pure apart from the callback
 * that reads AppArmor profile sources. Secrets come from `env`, never from the files.
 */






/** Environment variables setup-hypervisor reads secrets from. */
const SECRET_ENV = {
    adminPasswordHash: 'PHOENIX_ADMIN_PASSWORD_HASH',
    sambaPassword: 'PHOENIX_SAMBA_PASSWORD',
};
function buildHostConfig(input) {
    const diagnostics = [];
    const file = (0,external_node_path_.join)(input.dir, types/* CONFIG_FILES */.n.hypervisor);
    const source = input.sources.hypervisor;
    const r = new ConfigReader(file, source, diagnostics);
    if (!source || !isObj(source.value)) {
        r.error([], `${types/* CONFIG_FILES */.n.hypervisor} is missing or not a JSON object: setup-hypervisor needs it`, 'PHX-HV-FILE');
        return { diagnostics };
    }
    const raw = source.value;
    const readers = {
        lxc: input.sources.lxc &&
            new ConfigReader((0,external_node_path_.join)(input.dir, types/* CONFIG_FILES */.n.lxc), input.sources.lxc, diagnostics),
        vm: input.sources.vm && new ConfigReader((0,external_node_path_.join)(input.dir, types/* CONFIG_FILES */.n.vm), input.sources.vm, diagnostics),
    };
    const host = readHostPart(r, raw);
    const access = readAccess(r, raw);
    const firewall = readFirewall(r, raw);
    const lxc = readLxcTemplates(input.guests, host.storages, readers);
    const images = readCloudImages(input.guests, raw, host.storages, r, readers);
    const apparmor = readApparmor(input.guests, raw, r, readers, input.readApparmorSource, (0,external_node_path_.join)(input.dir, 'apparmor'));
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
    const errors = diagnostics.some((d) => d.severity === 'error');
    if (errors)
        return { diagnostics };
    return {
        diagnostics,
        config: {
            file,
            timezone: host.timezone,
            ntpServers: host.ntpServers,
            apt: { noSubscription: host.aptNoSubscription, packages },
            network: host.network,
            zfs: host.zfs,
            storages: host.storages,
            nfs: host.nfs,
            samba: host.samba,
            vfio: host.vfio,
            nvidia: host.nvidia,
            access,
            firewall,
            apparmor,
            templates: { lxc, images },
            secrets: {
                adminPasswordHash: input.env[SECRET_ENV.adminPasswordHash] || undefined,
                sambaPassword: input.env[SECRET_ENV.sambaPassword] || undefined,
                env: input.env,
            },
            confirmDestructive: new Set(input.confirmDestructive ?? []),
        },
    };
}


/***/ }),

/***/ 2265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ countReport),
/* harmony export */   NG: () => (/* binding */ renderSetupText),
/* harmony export */   g7: () => (/* binding */ renderSetupJson),
/* harmony export */   xV: () => (/* binding */ renderSetupMarkdown)
/* harmony export */ });
/* unused harmony export headline */
/* harmony import */ var _render_budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9519);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6646);
/**
 * The setup report as Markdown (job summary), text (terminal) and JSON, in the plan renderer's
 * visual style: a bold headline, a table of steps, a collapsible block per step with `diff`
 * fences, GitHub alerts for blocked or failed steps and pending reboots. Pure. Change payloads
 * (`data`, which may hold secrets) are never rendered.
 */


function countReport(r) {
    const n = (s) => r.steps.filter((x) => s.includes(x.status)).length;
    return {
        changed: n(['planned', 'changed']),
        unchanged: n(['unchanged']),
        problems: n(['failed', 'blocked']),
        skipped: n(['skipped']),
        mutations: r.steps.reduce((a, s) => a + s.mutations, 0),
        reboot: r.steps.some((s) => s.reboot &&
            (s.status === 'changed' || s.status === 'planned' || s.changes.some((c) => c.info && c.reboot))),
    };
}
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
function headline(r) {
    const c = countReport(r);
    const verb = r.dryRun ? 'would change the host' : 'changed the host';
    const parts = [`${plural(c.changed, 'step')} ${verb}`, `${c.unchanged} unchanged`];
    if (c.problems)
        parts.push(`${c.problems} blocked or failed`);
    if (c.skipped)
        parts.push(`${c.skipped} skipped`);
    return parts.join(', ') + (c.reboot ? '; a reboot is needed' : '');
}
const STATUS_TEXT = {
    unchanged: 'unchanged',
    planned: 'would change',
    changed: 'changed',
    blocked: 'BLOCKED',
    failed: 'FAILED',
    skipped: 'skipped',
    'not-selected': 'not selected',
};
const STATUS_MD = {
    unchanged: ':white_check_mark: unchanged',
    planned: ':pencil2: would change',
    changed: ':hammer_and_wrench: changed',
    blocked: ':no_entry: blocked',
    failed: ':x: failed',
    skipped: ':fast_forward: skipped',
    'not-selected': 'not selected',
};
const SYMBOL = { create: '+', update: '~', delete: '-', run: '>' };
function changeLine(c) {
    const tags = [c.blocked ? 'BLOCKED' : '', c.destructive ? 'DESTROYS DATA' : '', c.reboot ? 'reboot' : '']
        .filter(Boolean)
        .join(', ');
    return `${c.info ? '!' : SYMBOL[c.kind]} ${c.summary}${tags ? ` [${tags}]` : ''}`;
}
function fenced(lang, body) {
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${body}\n${fence}`;
}
function stepDetails(s, withDiffs) {
    const parts = [
        `<details><summary><b>${s.id}</b>: ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.title)} (${s.changes.length})</summary>`,
        '',
    ];
    if (s.error)
        parts.push(`> ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.error).replace(/<br>/g, ' ')}`, '');
    for (const c of s.changes) {
        parts.push(`- \`${c.info ? '!' : SYMBOL[c.kind]}\` ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.summary)}${c.blocked ? ` **blocked:** ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.blocked)}` : ''}${c.destructive ? ' **destroys data**' : ''}${c.reboot ? ' _(reboot)_' : ''}`);
        if (withDiffs && c.diff && c.diff.length > 0)
            parts.push('', fenced('diff', c.diff.join('\n')), '');
    }
    parts.push('', '</details>');
    return parts.join('\n');
}
/** Markdown for the job summary, within `budgetBytes` (default: the summary budget). */
function renderSetupMarkdown(r, budgetBytes = _render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_BUDGET_BYTES */ .Xb) {
    const counts = countReport(r);
    const top = [
        `## Phoenix setup-hypervisor${r.dryRun ? ' (dry run)' : ''}`,
        '',
        `**${headline(r)}**`,
        '',
        `Target: \`${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.target)}\`${r.dryRun ? ' · nothing was changed: only read-only commands ran' : ` · ${plural(counts.mutations, 'mutating command')}`}`,
        '',
    ];
    const bad = r.steps.filter((s) => s.status === 'failed' || s.status === 'blocked');
    if (bad.length > 0)
        top.push('> [!CAUTION]', '> **Not done:**', '>', ...bad.map((s) => `> - \`${s.id}\` ${s.status}: ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.error ?? '').replace(/<br>/g, '; ')}`), '');
    if (counts.reboot)
        top.push('> [!WARNING]', '> A reboot is needed for some changes to take effect (kernel command line, modules or the NVIDIA driver).', '');
    if (r.tokens.length > 0)
        top.push(`API tokens created: ${r.tokens.map((t) => `\`${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(t)}\``).join(', ')} (secrets are in the masked output \`api-tokens\`).`, '');
    const table = [
        '| Step | Status | Changes | Depends on |',
        '|---|---|---|---|',
        ...r.steps.map((s) => `| \`${s.id}\` ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.title)} | ${STATUS_MD[s.status]} | ${s.changes.filter((c) => !c.info).length || ''} | ${s.dependsOn.join(', ')} |`),
        '',
    ];
    const shown = r.steps.filter((s) => s.changes.length > 0 || s.error);
    const render = (level) => {
        const details = level < 2 ? shown.map((s) => stepDetails(s, level === 0)) : [];
        return [...top, ...table, ...(details.length ? ['### Steps', '', ...details, ''] : [])].join('\n');
    };
    const { text } = (0,_render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .firstThatFits */ .eO)(3, budgetBytes, render);
    return (0,_render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(text) <= budgetBytes
        ? text
        : (0,_render_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(text, budgetBytes, '... (cut to fit the summary; the full report is in the job log)');
}
/** Plain text for terminals. */
function renderSetupText(r) {
    const width = Math.max(...r.steps.map((s) => s.id.length));
    const lines = [`phoenix setup-hypervisor${r.dryRun ? ' (dry run)' : ''} on ${r.target}`, ''];
    for (const s of r.steps) {
        if (s.status === 'not-selected')
            continue;
        lines.push(`${s.id.padEnd(width)}  ${STATUS_TEXT[s.status]}${s.changes.length ? ` (${s.changes.length})` : ''}  ${s.title}`);
        for (const c of s.changes) {
            lines.push(`    ${changeLine(c)}`);
            if (c.blocked)
                lines.push(`      blocked: ${c.blocked}`);
            for (const d of c.diff ?? [])
                lines.push(`      ${d}`);
        }
        if (s.error && s.status !== 'blocked')
            lines.push(`    ${s.error.replace(/\n/g, '\n    ')}`);
    }
    lines.push('', `${headline(r)}.`);
    if (r.tokens.length)
        lines.push(`API tokens created: ${r.tokens.join(', ')}.`);
    return lines.join('\n') + '\n';
}
/** JSON (no change payloads, so no secrets). */
function renderSetupJson(r) {
    return (JSON.stringify({
        target: r.target,
        dryRun: r.dryRun,
        summary: { headline: headline(r), ...countReport(r) },
        tokens: r.tokens,
        steps: r.steps.map((s) => ({
            id: s.id,
            title: s.title,
            status: s.status,
            dependsOn: s.dependsOn,
            error: s.error,
            cause: s.cause,
            mutations: s.mutations,
            reboot: s.reboot,
            changes: s.changes.map(({ data: _data, ...c }) => c),
        })),
    }, null, 2) + '\n');
}


/***/ }),

/***/ 5541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ parseStepList),
  x: () => (/* binding */ runSetup)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/diagnostics.ts
var config_diagnostics = __webpack_require__(7410);
// EXTERNAL MODULE: ./src/config/rules/index.ts + 9 modules
var rules = __webpack_require__(5412);
// EXTERNAL MODULE: ./src/config/validate.ts + 5 modules
var validate = __webpack_require__(9066);
// EXTERNAL MODULE: ./src/proxmox/audit.ts
var audit = __webpack_require__(240);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/hypervisor/config.ts + 6 modules
var config = __webpack_require__(8190);
// EXTERNAL MODULE: ./src/proxmox/commands.ts
var commands = __webpack_require__(4117);
;// CONCATENATED MODULE: ./src/hypervisor/host.ts
/**
 * The host as the setup steps see it: runs built HostCommands through a transport, keeps a record
 * of every command (so tests and the report can count mutating ones), refuses any mutating command
 * in a dry run, reads several files in one command, and caches the node's facts (name, version).
 */


/** A host command that failed; the step reports it and fails. */
class HostCommandFailed extends Error {
    argv;
    result;
    constructor(argv, result, what) {
        const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' / ');
        super(`${what ?? argv.slice(0, 3).join(' ')} failed (exit ${result.exitCode})${detail ? `: ${detail}` : ''}`);
        this.argv = argv;
        this.result = result;
        this.name = 'HostCommandFailed';
    }
}
/** A step tried to change the host during a dry run: a bug, never allowed through. */
class DryRunViolation extends Error {
    constructor(argv) {
        super(`refused to run a mutating command in a dry run: ${argv.slice(0, 4).join(' ')}`);
        this.name = 'DryRunViolation';
    }
}
const CODENAMES = { 8: 'bookworm', 9: 'trixie' };
class SetupHost {
    transport;
    dryRun;
    onSecret;
    log = [];
    /** API tokens created in this run: full token id -> secret (shown once by Proxmox). */
    createdTokens = new Map();
    facts;
    constructor(transport, dryRun, 
    /** Called with every secret value the run learns (to mask it in logs). */
    onSecret = () => undefined) {
        this.transport = transport;
        this.dryRun = dryRun;
        this.onSecret = onSecret;
    }
    recordToken(tokenId, secret) {
        this.onSecret(secret);
        this.createdTokens.set(tokenId, secret);
    }
    /** Runs a command; non-zero exits are returned, not thrown. */
    async run(cmd) {
        if (this.dryRun && !cmd.readOnly)
            throw new DryRunViolation(cmd.argv);
        const result = await (0,audit/* runHostCommand */.$t)(this.transport, cmd);
        this.log.push({ argv: cmd.argv, readOnly: cmd.readOnly, exitCode: result.exitCode });
        return result;
    }
    /** Runs a command that must succeed; returns its stdout. */
    async ok(cmd, what) {
        const r = await this.run(cmd);
        if (r.exitCode !== 0)
            throw new HostCommandFailed(cmd.argv, r, what);
        return r.stdout;
    }
    /** Mutating commands run so far. */
    get mutations() {
        return this.log.filter((c) => !c.readOnly).length;
    }
    /**
     * Several text files in one command (`grep -H '' -- PATHS`): content by path, undefined for a
     * missing file. A trailing newline is assumed (grep does not tell).
     */
    async readFiles(paths) {
        const out = new Map();
        if (paths.length === 0)
            return out;
        const unique = [...new Set(paths)];
        const r = await this.run((0,commands/* readConfigFiles */.Wx)(unique));
        if (r.exitCode > 2)
            throw new HostCommandFailed(['grep', '-H'], r, 'reading host files');
        const lines = new Map(unique.map((p) => [p, []]));
        // Longest path first, so `/a/b` is not taken for `/a` followed by `/b:...`.
        const byLength = [...unique].sort((a, b) => b.length - a.length);
        for (const line of r.stdout.split('\n')) {
            if (line === '')
                continue;
            const p = byLength.find((x) => line.startsWith(x + ':'));
            if (p !== undefined)
                lines.get(p).push(line.slice(p.length + 1));
        }
        for (const p of unique) {
            const missing = r.stderr.includes(`${p}: No such file or directory`) || r.stderr.includes(`${p}: Is a directory`);
            const l = lines.get(p);
            out.set(p, missing ? undefined : l.length === 0 ? '' : l.join('\n') + '\n');
        }
        return out;
    }
    async readFile(path) {
        const r = await this.run((0,commands/* readFile */.TA)(path));
        if (r.exitCode === 0)
            return r.stdout;
        if (/No such file or directory/.test(r.stderr))
            return undefined;
        throw new HostCommandFailed(['cat', path], r, `reading ${path}`);
    }
    async writeFile(path, content) {
        await this.ok((0,commands/* writeFile */._h)(path, content), `writing ${path}`);
    }
    /** Node name and Proxmox VE version, read once per run. */
    getFacts() {
        this.facts ??= (async () => {
            const hostname = (await this.readFile('/etc/hostname'))?.trim().split('.')[0];
            const version = JSON.parse(await this.ok((0,commands/* apiGet */.Vg)('/version'), 'reading the Proxmox VE version'));
            const v = String(version.version ?? '');
            const major = Number(v.split('.')[0]);
            if (!hostname)
                throw new Error('cannot tell the node name: /etc/hostname is missing or empty');
            if (!Number.isInteger(major) || !CODENAMES[major])
                throw new Error(`unsupported Proxmox VE version '${v}' (setup-hypervisor supports 8.x and 9.x)`);
            return { node: hostname, pveVersion: v, pveMajor: major, codename: CODENAMES[major] };
        })();
        return this.facts;
    }
}

// EXTERNAL MODULE: ./src/hypervisor/text.ts
var hypervisor_text = __webpack_require__(9718);
;// CONCATENATED MODULE: ./src/hypervisor/steps/common.ts
/** Helpers shared by the setup steps: file changes and their application. */


/** A change that writes `after` to `path` (or nothing when the content is already there). */
function fileChange(path, before, after, summary, extra = {}) {
    if ((0,hypervisor_text/* sameText */.QV)(before, after))
        return [];
    const data = { path, content: after, before };
    return [
        {
            kind: before === undefined ? 'create' : 'update',
            target: path,
            summary,
            diff: (0,hypervisor_text/* lineDiff */.gf)(before, after),
            ...extra,
            data,
        },
    ];
}
function isFileChange(c) {
    const d = c.data;
    return typeof d?.path === 'string' && typeof d.content === 'string';
}
/** Writes every file change among `changes` (in order); returns the paths written. */
async function writeFiles(host, changes) {
    const written = [];
    for (const c of changes) {
        if (!isFileChange(c))
            continue;
        await host.writeFile(c.data.path, c.data.content);
        written.push(c.data.path);
    }
    return written;
}
/**
 * Writes the file changes among `changes` (boot-time module or kernel settings) and, if there
 * were any, rebuilds the initramfs so the next boot sees them; returns the paths written.
 */
async function writeBootFiles(host, changes) {
    const written = await writeFiles(host, changes);
    if (written.length > 0)
        await host.ok((0,commands/* updateInitramfs */.l8)(), 'update-initramfs');
    return written;
}
/** Actionable changes (not info notes). */
const actionable = (changes) => changes.filter((c) => !c.info);
function dataOf(c) {
    return c.data;
}

;// CONCATENATED MODULE: ./src/hypervisor/runner.ts
/**
 * Runs the setup steps in dependency order. Each step is checked (read-only); in a dry run that is
 * all. Otherwise a step with changes is applied, then checked again: anything still different
 * fails the step ("did not converge"). A step with a blocked change applies nothing. A step that
 * fails, is blocked or was skipped makes every step that depends on it skip, naming the cause;
 * independent steps still run.
 */


/** Steps sorted so that each comes after its dependencies (declaration order otherwise kept). */
function orderSteps(steps) {
    const byId = new Map(steps.map((s) => [s.id, s]));
    const out = [];
    const state = new Map();
    const visit = (s, trail) => {
        if (state.get(s.id) === 'done')
            return;
        if (state.get(s.id) === 'visiting')
            throw new Error(`setup steps depend on each other in a cycle: ${[...trail, s.id].join(' -> ')}`);
        state.set(s.id, 'visiting');
        for (const d of s.dependsOn) {
            const dep = byId.get(d);
            if (!dep)
                throw new Error(`setup step ${s.id} depends on unknown step ${d}`);
            visit(dep, [...trail, s.id]);
        }
        state.set(s.id, 'done');
        out.push(s);
    };
    for (const s of steps)
        visit(s, []);
    return out;
}
const BAD = new Set(['failed', 'blocked', 'skipped']);
async function runSteps(host, config, steps, options) {
    const results = new Map();
    const out = [];
    const finish = (r) => {
        results.set(r.id, r);
        out.push(r);
        options.onStep?.(r);
    };
    for (const step of orderSteps(steps)) {
        const base = { id: step.id, title: step.title, dependsOn: step.dependsOn };
        if (options.only && !options.only.has(step.id)) {
            finish({ ...base, status: 'not-selected', changes: [], mutations: 0, reboot: false });
            continue;
        }
        const badDep = step.dependsOn.map((d) => results.get(d)).find((r) => r && BAD.has(r.status));
        if (badDep) {
            const cause = badDep.status === 'skipped' ? (badDep.cause ?? badDep.id) : badDep.id;
            const causeStatus = results.get(cause)?.status ?? badDep.status;
            finish({
                ...base,
                status: 'skipped',
                cause,
                error: `skipped: it depends on ${badDep.id}${cause !== badDep.id ? `, which depends on ${cause}` : ''}, which ${causeStatus === 'blocked' ? 'was blocked' : 'failed'}`,
                changes: [],
                mutations: 0,
                reboot: false,
            });
            continue;
        }
        const before = host.mutations;
        let changes = [];
        const result = (status, error) => ({
            ...base,
            status,
            error,
            changes,
            mutations: host.mutations - before,
            reboot: changes.some((c) => c.reboot),
        });
        try {
            changes = await step.check(host, config);
        }
        catch (err) {
            finish(result('failed', `check failed: ${(0,errors/* getErrorMessage */.u)(err)}`));
            continue;
        }
        const todo = actionable(changes);
        const blocked = todo.filter((c) => c.blocked);
        if (todo.length === 0)
            finish(result('unchanged'));
        else if (blocked.length > 0)
            finish(result('blocked', blocked.map((c) => `${c.target}: ${c.blocked}`).join('\n')));
        else if (options.dryRun)
            finish(result('planned'));
        else {
            try {
                await step.apply(host, config, todo);
                const left = actionable(await step.check(host, config));
                if (left.length > 0)
                    finish(result('failed', `did not converge: still to change after apply: ${left.map((c) => `${c.target} (${c.summary})`).join('; ')}`));
                else
                    finish(result('changed'));
            }
            catch (err) {
                finish(result('failed', (0,errors/* getErrorMessage */.u)(err)));
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/hypervisor/steps/access.ts
/**
 * Users: the admin account (Linux user, password from PHOENIX_ADMIN_PASSWORD_HASH, sudo, SSH key,
 * and the Proxmox user NAME@pam with Administrator on `/`), then Proxmox groups, users, API tokens
 * and ACLs through `pveum`. Existing users keep their passwords; new `pve` users get theirs from
 * the environment variable the config names. Token secrets are shown once by Proxmox: they are
 * kept masked in the run's result (`SetupHost.createdTokens`), never logged.
 */


const plan = (kind, target, summary, commands, extra = {}) => ({
    kind,
    target,
    summary,
    ...extra,
    data: { commands, ...extra.data },
});
async function json(host, cmd, what) {
    return JSON.parse(await host.ok(cmd, what));
}
const listOf = (v) => Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',').filter(Boolean) : [];
async function adminChanges(host, cfg, pveUsers) {
    const a = cfg.access.admin;
    if (!a)
        return [];
    const out = [];
    const passwd = await host.run((0,commands/* getentPasswd */.Od)(a.username));
    const exists = passwd.exitCode === 0;
    const home = (exists && passwd.stdout.split(':')[5]) || `/home/${a.username}`;
    if (!exists)
        out.push(plan('create', `user ${a.username}`, `create the Linux user ${a.username}`, [
            (0,commands/* useradd */.pY)(a.username, { shell: '/bin/bash' }),
        ]));
    const hash = cfg.secrets.adminPasswordHash;
    if (hash) {
        const shadow = exists ? (await host.run((0,commands/* getentShadow */.kb)(a.username))).stdout.split(':')[1] : undefined;
        if (shadow !== hash)
            out.push(plan('update', `password of ${a.username}`, `set the password of ${a.username} from ${config/* SECRET_ENV */.$.adminPasswordHash}`, [(0,commands/* chpasswdEncrypted */.cN)(a.username, hash)]));
    }
    else if (!exists)
        out.push({
            kind: 'run',
            target: `password of ${a.username}`,
            summary: `no password is set (${config/* SECRET_ENV */.$.adminPasswordHash} is not given): log in with the SSH key`,
            info: true,
        });
    if (a.sudo) {
        const groups = exists ? (await host.run((0,commands/* idGroups */.y8)(a.username))).stdout.trim().split(/\s+/) : [];
        if (!groups.includes('sudo'))
            out.push(plan('update', `user ${a.username}`, `add ${a.username} to the sudo group`, [
                (0,commands/* usermodAppendGroups */.oS)(a.username, ['sudo']),
            ]));
    }
    if (a.sshKey) {
        const file = `${home}/.ssh/authorized_keys`;
        const current = exists ? await host.readFile(file) : undefined;
        if (!(current ?? '').split('\n').some((l) => l.trim() === a.sshKey))
            out.push(plan('update', file, `authorise the SSH key for ${a.username}`, [], {
                diff: [`+ ${a.sshKey.slice(0, 40)}...`],
                data: {
                    keyFile: {
                        file,
                        dir: `${home}/.ssh`,
                        user: a.username,
                        content: (current ?? '').replace(/\n*$/, current ? '\n' : '') + a.sshKey + '\n',
                    },
                },
            }));
    }
    const pam = `${a.username}@pam`;
    if (!pveUsers.has(pam))
        out.push(plan('create', `Proxmox user ${pam}`, `create the Proxmox user ${pam}`, [
            (0,commands/* pveumUserAdd */.AK)(pam, { comment: 'Phoenix admin' }),
        ]));
    return out;
}
/** Missing (role, subject) pairs of one ACL definition. */
function missingAcl(def, live) {
    const out = [];
    const subjects = [
        ...def.users.map((u) => ['user', u]),
        ...def.groups.map((g) => ['group', g]),
        ...def.tokens.map((t) => ['token', t]),
    ];
    for (const role of def.roles)
        for (const [type, id] of subjects)
            if (!live.some((l) => l.path === def.path &&
                l.type === type &&
                l.ugid === id &&
                l.roleid === role &&
                Number(l.propagate) === (def.propagate ? 1 : 0)))
                out.push(`${role} for ${type} ${id}`);
    return out;
}
const accessStep = {
    id: 'access',
    title: 'Users, groups, ACLs and API tokens',
    dependsOn: ['apt'],
    async check(host, cfg) {
        const acc = cfg.access;
        const adminAcl = acc.admin
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
        if (!acc.admin && acc.groups.length + acc.users.length + acls.length + acc.tokens.length === 0)
            return [];
        const users = await json(host, (0,commands/* pveumUserList */.jC)(), 'pveum user list');
        const userGroups = new Map(users.map((u) => [u.userid, listOf(u.groups).sort()]));
        const changes = await adminChanges(host, cfg, new Set(userGroups.keys()));
        if (acc.groups.length > 0) {
            const groups = new Set((await json(host, (0,commands/* pveumGroupList */.DE)(), 'pveum group list')).map((g) => g.groupid));
            for (const g of acc.groups)
                if (!groups.has(g.id))
                    changes.push(plan('create', `group ${g.id}`, `create the Proxmox group ${g.id}`, [
                        (0,commands/* pveumGroupAdd */.Y)(g.id, { comment: g.comment }),
                    ]));
        }
        for (const u of acc.users) {
            const have = userGroups.get(u.userid);
            if (have === undefined) {
                const cmds = [(0,commands/* pveumUserAdd */.AK)(u.userid, { comment: u.comment, groups: u.groups })];
                const password = u.passwordEnv ? cfg.secrets.env[u.passwordEnv] : undefined;
                if (password)
                    cmds.push((0,commands/* pveSetPassword */.NT)(u.userid, password));
                changes.push(plan('create', `user ${u.userid}`, `create the Proxmox user ${u.userid}${u.groups.length ? ` in ${u.groups.join(', ')}` : ''}${u.passwordEnv ? ` with the password from ${u.passwordEnv}` : ''}`, cmds, {
                    blocked: u.passwordEnv && !password
                        ? `${u.passwordEnv} is not set: it holds the initial password of ${u.userid}`
                        : undefined,
                }));
            }
            else if ([...u.groups].sort().join(',') !== have.join(','))
                changes.push(plan('update', `user ${u.userid}`, `set the groups of ${u.userid} to ${u.groups.join(', ') || 'none'}`, [(0,commands/* pveumUserModify */.jB)(u.userid, { groups: u.groups })], {
                    diff: [`- groups ${have.join(',') || '(none)'}`, `+ groups ${u.groups.join(',') || '(none)'}`],
                }));
        }
        for (const t of acc.tokens) {
            const userExists = userGroups.has(t.userid);
            const tokens = userExists
                ? await json(host, (0,commands/* pveumUserTokenList */.Ib)(t.userid), `pveum user token list ${t.userid}`)
                : [];
            if (!tokens.some((x) => x.tokenid === t.id))
                changes.push(plan('create', `token ${t.userid}!${t.id}`, `create the API token ${t.userid}!${t.id}${t.privsep ? ' (privilege-separated)' : ''}`, [(0,commands/* pveumUserTokenAdd */.pF)(t.userid, t.id, { comment: t.comment, privsep: t.privsep })], { data: { token: `${t.userid}!${t.id}` } }));
        }
        if (acls.length > 0) {
            const live = await json(host, (0,commands/* pveumAclList */.w9)(), 'pveum acl list');
            for (const a of acls) {
                const missing = missingAcl(a, live);
                if (missing.length > 0)
                    changes.push(plan('update', `ACL ${a.path}`, `grant ${missing.join(', ')} on ${a.path}`, [
                        (0,commands/* pveumAclModify */.c2)(a.path, {
                            roles: a.roles,
                            users: a.users,
                            groups: a.groups,
                            tokens: a.tokens,
                            propagate: a.propagate,
                        }),
                    ]));
            }
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const c of changes) {
            const d = c.data;
            if (!d)
                continue;
            for (const cmd of d.commands ?? []) {
                const out = await host.ok(cmd, c.target);
                if (d.token) {
                    const value = JSON.parse(out).value;
                    if (value)
                        host.recordToken(d.token, value);
                }
            }
            if (d.keyFile) {
                const k = d.keyFile;
                await host.ok((0,commands/* installDir */.F5)(k.dir, '0700', k.user, k.user), `creating ${k.dir}`);
                await host.writeFile(k.file, k.content);
                await host.ok((0,commands/* chown */.q7)(k.user, k.user, k.file));
                await host.ok((0,commands/* chmod */.k6)('0600', k.file));
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/apt.ts
/**
 * Package repositories and packages. Without a subscription, the enterprise repositories make
 * `apt-get update` fail: they are disabled (commented out in `.list` files, `Enabled: no` in
 * deb822 `.sources` files) and the no-subscription repository is added for the node's release.
 * Then the packages the config needs are installed (only the missing ones).
 */



const DIR = '/etc/apt/sources.list.d';
const ENTERPRISE_HOST = 'enterprise.proxmox.com';
function repoFiles(f) {
    const deb822 = f.pveMajor >= 9;
    const enterprise = deb822
        ? [`${DIR}/pve-enterprise.sources`, `${DIR}/ceph.sources`]
        : [`${DIR}/pve-enterprise.list`, `${DIR}/ceph.list`];
    const ours = deb822 ? `${DIR}/proxmox.sources` : `${DIR}/pve-no-subscription.list`;
    const others = ['/etc/apt/sources.list', `${DIR}/pve-no-subscription.list`, `${DIR}/proxmox.sources`];
    return { enterprise, ours, all: [...new Set([...enterprise, ours, ...others])] };
}
function noSubscriptionText(f) {
    if (f.pveMajor >= 9)
        return (hypervisor_text/* MANAGED_HEADER */.uN +
            'Types: deb\nURIs: http://download.proxmox.com/debian/pve\n' +
            `Suites: ${f.codename}\nComponents: pve-no-subscription\n` +
            'Signed-By: /usr/share/keyrings/proxmox-archive-keyring.gpg\n');
    return `${hypervisor_text/* MANAGED_HEADER */.uN}deb http://download.proxmox.com/debian/pve ${f.codename} pve-no-subscription\n`;
}
/** deb822 stanzas (blank-line separated) of a `.sources` file. */
const stanzas = (text) => text
    .split(/\n\s*\n/)
    .map((s) => s.split('\n').filter((l) => l !== ''))
    .filter((s) => s.length > 0);
const field = (stanza, name) => stanza
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();
const enabled = (stanza) => !/^(no|false|0)$/i.test(field(stanza, 'Enabled') ?? 'yes');
/** The file with every active entry that points at `host` disabled. */
function disableRepos(path, text, host) {
    if (path.endsWith('.sources')) {
        const out = stanzas(text).map((s) => {
            if (!(field(s, 'URIs') ?? '').includes(host) || !enabled(s))
                return s.join('\n');
            return [...s.filter((l) => !/^enabled:/i.test(l)), 'Enabled: no'].join('\n');
        });
        return out.join('\n\n') + '\n';
    }
    return text
        .split('\n')
        .map((l) => (/^\s*deb(-src)?\s/.test(l) && l.includes(host) ? `# ${l}` : l))
        .join('\n');
}
/** True when some file already enables the pve-no-subscription repository. */
function hasNoSubscription(files) {
    for (const [path, text] of files) {
        if (text === undefined)
            continue;
        if (path.endsWith('.sources')) {
            if (stanzas(text).some((s) => enabled(s) &&
                (field(s, 'URIs') ?? '').includes('download.proxmox.com/debian/pve') &&
                /\bpve-no-subscription\b/.test(field(s, 'Components') ?? '')))
                return true;
        }
        else if (/^\s*deb\s+\S*download\.proxmox\.com\/debian\/pve\s+\S+\s+.*\bpve-no-subscription\b/m.test(text))
            return true;
    }
    return false;
}
/** Package name -> installed version (only installed ones). */
async function installedPackages(host, names) {
    const out = new Map();
    if (names.length === 0)
        return out;
    const r = await host.run((0,commands/* dpkgQuery */.Vw)(names));
    for (const line of r.stdout.split('\n')) {
        const [name, version, status] = line.split('\t');
        if (name && version && status?.startsWith('ii'))
            out.set(name.split(':')[0], version);
    }
    return out;
}
const aptStep = {
    id: 'apt',
    title: 'Package repositories and packages',
    dependsOn: [],
    async check(host, cfg) {
        const changes = [];
        if (cfg.apt.noSubscription) {
            const facts = await host.getFacts();
            const files = repoFiles(facts);
            const texts = await host.readFiles(files.all);
            for (const path of files.enterprise) {
                const text = texts.get(path);
                if (text === undefined)
                    continue;
                changes.push(...fileChange(path, text, disableRepos(path, text, ENTERPRISE_HOST), 'disable the enterprise repository (needs a subscription)'));
            }
            if (!hasNoSubscription(texts))
                changes.push(...fileChange(files.ours, texts.get(files.ours), noSubscriptionText(facts), `add the pve-no-subscription repository for ${facts.codename}`));
        }
        const wanted = cfg.apt.packages;
        const installed = await installedPackages(host, wanted.map((p) => p.name));
        const missing = wanted.filter((p) => !installed.has(p.name));
        if (missing.length > 0)
            changes.push({
                kind: 'create',
                target: `packages ${missing.map((p) => p.name).join(', ')}`,
                summary: `install ${missing.length} package(s): ${missing.map((p) => `${p.name} (${p.reason})`).join(', ')}`,
                diff: missing.map((p) => `+ ${p.name}`),
                data: { packages: missing.map((p) => p.name) },
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        const wroteRepos = (await writeFiles(host, changes)).length > 0;
        const install = changes.find((c) => c.data?.packages);
        if (wroteRepos || install)
            await host.ok((0,commands/* aptGetUpdate */.ZM)(), 'apt-get update');
        if (install)
            await host.ok((0,commands/* aptGetInstall */.pj)(dataOf(install).packages), 'apt-get install');
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/firewall.ts
/**
 * The datacenter firewall: /etc/pve/firewall/cluster.fw with the config's options (`enable`,
 * `policy_in`, `policy_out`) and rules, other sections (aliases, IP sets, security groups) and
 * options kept. After writing, `pve-firewall compile` must accept the file without complaints;
 * otherwise the previous file is put back and the step fails with the compiler's message.
 */


const CLUSTER_FW = '/etc/pve/firewall/cluster.fw';
function parseSections(text) {
    const out = [];
    let cur;
    for (const line of text.split('\n')) {
        const t = line.trim();
        if (/^\[[^\]]+\]$/.test(t)) {
            cur = { header: t, lines: [] };
            out.push(cur);
        }
        else if (cur && t !== '')
            cur.lines.push(line);
    }
    return out;
}
function renderRule(r) {
    if (r.type === 'group')
        return `GROUP ${r.action}${r.comment ? ` # ${r.comment}` : ''}`;
    const parts = [r.type.toUpperCase(), r.action];
    if (r.source)
        parts.push('-source', r.source);
    if (r.dest)
        parts.push('-dest', r.dest);
    if (r.proto)
        parts.push('-p', r.proto);
    if (r.port)
        parts.push('-dport', r.port);
    return parts.join(' ') + (r.comment ? ` # ${r.comment}` : '');
}
/** cluster.fw as the config wants it, keeping what the config does not manage. */
function renderClusterFw(current, fw) {
    const sections = parseSections(current ?? '');
    const options = new Map();
    for (const l of sections.find((s) => s.header === '[OPTIONS]')?.lines ?? []) {
        const m = /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/.exec(l);
        if (m)
            options.set(m[1], m[2]);
    }
    options.set('enable', fw.enabled ? '1' : '0');
    options.set('policy_in', fw.policyIn);
    options.set('policy_out', fw.policyOut);
    const rendered = [
        { header: '[OPTIONS]', lines: [...options].map(([k, v]) => `${k}: ${v}`) },
        ...sections.filter((s) => s.header !== '[OPTIONS]' && s.header !== '[RULES]' && !s.header.startsWith('[group ')),
        { header: '[RULES]', lines: fw.rules.map(renderRule) },
        ...sections.filter((s) => s.header.startsWith('[group ')),
    ];
    return rendered
        .filter((s) => s.lines.length > 0 || s.header === '[OPTIONS]')
        .map((s) => `${s.header}\n\n${s.lines.join('\n')}${s.lines.length ? '\n' : ''}`)
        .join('\n');
}
/** Lines of `pve-firewall compile` stderr that report a problem with the configuration. */
function compileProblems(stderr) {
    return stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && /error|unable to|failed|invalid|unknown/i.test(l));
}
const firewallStep = {
    id: 'firewall',
    title: 'Firewall',
    dependsOn: [],
    async check(host, cfg) {
        const fw = cfg.firewall;
        if (!fw)
            return [];
        const [current] = (await host.readFiles([CLUSTER_FW])).values();
        const changes = fileChange(CLUSTER_FW, current, renderClusterFw(current, fw), `${fw.enabled ? 'enable' : 'disable'} the firewall (in ${fw.policyIn}, out ${fw.policyOut}, ${fw.rules.length} rule(s))`);
        const reachesUi = fw.rules.some((r) => r.type === 'in' && r.action === 'ACCEPT' && (!r.port || /(^|,)8006(,|$)/.test(r.port)));
        if (fw.enabled && fw.policyIn !== 'ACCEPT' && !reachesUi)
            changes.push({
                kind: 'run',
                target: 'management access',
                summary: `no rule accepts port 8006: only the built-in "management" IP set (the local network) reaches the web UI, API and SSH`,
                info: true,
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        const file = changes.find(isFileChange);
        if (!file)
            return;
        await host.ok((0,commands/* mkdirP */.U$)('/etc/pve/firewall'));
        await host.writeFile(CLUSTER_FW, file.data.content);
        const r = await host.run((0,commands/* pveFirewallCompile */.$K)());
        const problems = compileProblems(r.stderr);
        if (r.exitCode !== 0 || problems.length > 0) {
            // Put back what was there, so a bad rule never stays active.
            await host.writeFile(CLUSTER_FW, file.data.before ?? '[OPTIONS]\n\nenable: 0\n');
            const detail = (problems.join('; ') || r.stderr.trim() || `exit ${r.exitCode}`).replace(/\n/g, '; ');
            throw new Error(`pve-firewall compile rejected the new rules (the previous cluster.fw is back in place): ${detail}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/gpu.ts
/**
 * PCI passthrough and the NVIDIA driver. VFIO: modules loaded at boot (and now), vfio-pci bound to
 * the configured device ids, IOMMU on the kernel command line (systemd-boot's /etc/kernel/cmdline
 * when present, else GRUB); a reboot is needed. NVIDIA: the installed module version is checked
 * first (`modinfo`, which works whether or not it is loaded) and `nvidia-smi` tells the loaded one;
 * only a missing or different version is (re)installed from the runfile, with nouveau blacklisted.
 */



const VFIO_MODULES_FILE = '/etc/modules-load.d/phoenix-vfio.conf';
const VFIO_MODPROBE = '/etc/modprobe.d/phoenix-vfio.conf';
const KERNEL_CMDLINE = '/etc/kernel/cmdline';
const GRUB_DEFAULT = '/etc/default/grub';
const VFIO_MODULES = ['vfio', 'vfio_iommu_type1', 'vfio_pci'];
/** The command line with `params` present (existing values of the same keys replaced). */
function withKernelParams(cmdline, params) {
    const words = cmdline.trim().split(/\s+/).filter(Boolean);
    for (const p of params) {
        const key = p.split('=')[0];
        const i = words.findIndex((w) => w.split('=')[0] === key);
        if (i >= 0)
            words[i] = p;
        else
            words.push(p);
    }
    return words.join(' ');
}
/** /etc/default/grub with `params` added to GRUB_CMDLINE_LINUX_DEFAULT. */
function grubWithParams(text, params) {
    const re = /^GRUB_CMDLINE_LINUX_DEFAULT=(["']?)(.*)\1\s*$/m;
    const m = re.exec(text);
    if (!m)
        return text.replace(/\n*$/, '\n') + `GRUB_CMDLINE_LINUX_DEFAULT="${params.join(' ')}"\n`;
    return text.replace(re, `GRUB_CMDLINE_LINUX_DEFAULT="${withKernelParams(m[2], params)}"`);
}
const vfioStep = {
    id: 'vfio',
    title: 'VFIO / IOMMU for PCI passthrough',
    dependsOn: [],
    async check(host, cfg) {
        const v = cfg.vfio;
        if (!v)
            return [];
        const files = await host.readFiles([VFIO_MODULES_FILE, VFIO_MODPROBE, KERNEL_CMDLINE, GRUB_DEFAULT]);
        const params = [v.iommu === 'intel' ? 'intel_iommu=on' : 'amd_iommu=on', 'iommu=pt'];
        const changes = [
            ...fileChange(VFIO_MODULES_FILE, files.get(VFIO_MODULES_FILE), hypervisor_text/* MANAGED_HEADER */.uN + VFIO_MODULES.join('\n') + '\n', 'load the VFIO modules at boot', { reboot: true }),
        ];
        if (v.pciIds.length > 0 || files.get(VFIO_MODPROBE) !== undefined)
            changes.push(...fileChange(VFIO_MODPROBE, files.get(VFIO_MODPROBE), hypervisor_text/* MANAGED_HEADER */.uN + (v.pciIds.length > 0 ? `options vfio-pci ids=${v.pciIds.join(',')}\n` : ''), `bind ${v.pciIds.join(', ') || 'no devices'} to vfio-pci at boot`, { reboot: true }));
        const cmdline = files.get(KERNEL_CMDLINE);
        if (cmdline !== undefined)
            changes.push(...fileChange(KERNEL_CMDLINE, cmdline, withKernelParams(cmdline, params) + '\n', `turn the IOMMU on (${params.join(' ')}, systemd-boot)`, { reboot: true }));
        else
            changes.push(...fileChange(GRUB_DEFAULT, files.get(GRUB_DEFAULT), grubWithParams(files.get(GRUB_DEFAULT) ?? '', params), `turn the IOMMU on (${params.join(' ')}, GRUB)`, { reboot: true }));
        const loaded = new Set((await host.ok((0,commands/* lsmod */.C8)(), 'lsmod'))
            .split('\n')
            .slice(1)
            .map((l) => l.split(/\s+/)[0]));
        const missing = VFIO_MODULES.filter((m) => !loaded.has(m));
        if (missing.length > 0)
            changes.push({
                kind: 'run',
                target: 'kernel modules',
                summary: `load ${missing.join(', ')} now`,
                data: { modules: missing },
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        const written = await writeBootFiles(host, changes);
        if (written.includes(KERNEL_CMDLINE))
            await host.ok((0,commands/* proxmoxBootToolRefresh */.dC)(), 'proxmox-boot-tool refresh');
        if (written.includes(GRUB_DEFAULT))
            await host.ok((0,commands/* updateGrub */.w8)(), 'update-grub');
        for (const c of changes)
            for (const m of c.data?.modules ?? [])
                await host.ok((0,commands/* modprobe */.bU)(m), `modprobe ${m}`);
    },
};
const NOUVEAU_BLACKLIST = '/etc/modprobe.d/blacklist-nouveau.conf';
const NOUVEAU_TEXT = `${hypervisor_text/* MANAGED_HEADER */.uN}blacklist nouveau\noptions nouveau modeset=0\n`;
const RUNFILE_DIR = '/var/cache/phoenix';
const nvidiaStep = {
    id: 'nvidia',
    title: 'NVIDIA driver',
    dependsOn: ['apt'],
    async check(host, cfg) {
        const n = cfg.nvidia;
        if (!n)
            return [];
        const changes = [];
        const [blacklist] = (await host.readFiles([NOUVEAU_BLACKLIST])).values();
        changes.push(...fileChange(NOUVEAU_BLACKLIST, blacklist, NOUVEAU_TEXT, 'keep nouveau from claiming the GPU', {
            reboot: true,
        }));
        const mod = await host.run((0,commands/* modinfoVersion */.FY)('nvidia'));
        const installed = mod.exitCode === 0 ? mod.stdout.trim() : undefined;
        const smi = await host.run((0,commands/* nvidiaSmiDriverVersion */.$1)());
        const loaded = smi.exitCode === 0 ? smi.stdout.split('\n')[0]?.trim() || undefined : undefined;
        if (installed !== n.version) {
            const runfile = `${RUNFILE_DIR}/${n.runfileUrl.split('/').pop()}`;
            changes.push({
                kind: installed ? 'update' : 'create',
                target: 'NVIDIA driver',
                summary: installed
                    ? `upgrade the NVIDIA driver from ${installed} to ${n.version} (reboot needed)`
                    : `install NVIDIA driver ${n.version} (reboot needed)`,
                diff: [...(installed ? [`- ${installed}`] : []), `+ ${n.version}`],
                reboot: true,
                data: { url: n.runfileUrl, runfile },
            });
        }
        else if (loaded !== n.version)
            changes.push({
                kind: 'run',
                target: 'reboot',
                summary: `driver ${n.version} is installed but ${loaded ? `${loaded} is loaded` : 'not loaded (nvidia-smi fails)'}: reboot the host`,
                info: true,
                reboot: true,
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        await writeBootFiles(host, changes);
        for (const c of changes) {
            const p = c.data;
            if (!p?.runfile)
                continue;
            const { url, runfile } = dataOf(c);
            await host.ok((0,commands/* mkdirP */.U$)(RUNFILE_DIR));
            await host.ok((0,commands/* curlDownload */.Hc)(url, runfile), `downloading ${url}`);
            await host.ok((0,commands/* nvidiaRunfileInstall */.st)(runfile), 'the NVIDIA installer');
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/guest-support.ts
/**
 * What guests need on the host: AppArmor profiles (syntax-checked by `apparmor_parser` before
 * they are written to /etc/apparmor.d/lxc/ and loaded), LXC templates (`pveam download`) and
 * cloud images for VM templates (downloaded into a storage through the Proxmox API).
 */


const APPARMOR_DIR = '/etc/apparmor.d/lxc';
const apparmorStep = {
    id: 'apparmor',
    title: 'AppArmor profiles',
    dependsOn: [],
    async check(host, cfg) {
        if (cfg.apparmor.length === 0)
            return [];
        const files = await host.readFiles(cfg.apparmor.map((p) => `${APPARMOR_DIR}/${p.name}`));
        const changes = [];
        for (const p of cfg.apparmor) {
            const path = `${APPARMOR_DIR}/${p.name}`;
            const found = fileChange(path, files.get(path), p.text, `install and load profile ${p.name} (used by ${p.usedBy.join(', ')})`);
            if (found.length === 0)
                continue;
            const parsed = await host.run((0,commands/* apparmorCheck */.$J)(p.text));
            const why = (parsed.stderr.trim() || parsed.stdout.trim()).split('\n').slice(0, 3).join(' / ');
            changes.push(...found.map((c) => parsed.exitCode === 0 ? c : { ...c, blocked: `apparmor_parser rejects profile ${p.name}: ${why}` }));
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        await host.ok((0,commands/* mkdirP */.U$)(APPARMOR_DIR));
        for (const c of changes.filter(isFileChange)) {
            await host.writeFile(c.data.path, c.data.content);
            await host.ok((0,commands/* apparmorLoad */.Nx)(c.data.path), `loading ${c.data.path}`);
        }
    },
};
async function presentTemplates(host, storage) {
    const r = await host.run((0,commands/* pveamList */.Ah)(storage));
    // A storage that does not exist yet (created by the storages step) holds nothing.
    if (r.exitCode !== 0)
        return new Set();
    return new Set(r.stdout
        .split('\n')
        .map((l) => l.trim().split(/\s+/)[0] ?? '')
        .filter((v) => v.includes(':vztmpl/'))
        .map((v) => v.slice(v.indexOf(':vztmpl/') + ':vztmpl/'.length)));
}
async function presentImages(host, node, storage, content) {
    const r = await host.run((0,commands/* storageContent */.n8)(node, storage, content));
    if (r.exitCode !== 0)
        return new Set();
    const list = JSON.parse(r.stdout || '[]');
    return new Set(list.map((v) => (v.volid ?? '').split('/').pop() ?? ''));
}
const templatesStep = {
    id: 'templates',
    title: 'LXC templates and cloud images',
    dependsOn: ['storages'],
    async check(host, cfg) {
        const { lxc, images } = cfg.templates;
        if (lxc.length + images.length === 0)
            return [];
        const changes = [];
        const byStorage = new Map();
        for (const t of lxc) {
            if (!byStorage.has(t.storage))
                byStorage.set(t.storage, await presentTemplates(host, t.storage));
            if (byStorage.get(t.storage).has(t.template))
                continue;
            changes.push({
                kind: 'create',
                target: `${t.storage}:vztmpl/${t.template}`,
                summary: `pveam download ${t.storage} ${t.template} (for ${t.usedBy.join(', ')})`,
                data: { lxc: t },
            });
        }
        if (images.length > 0) {
            const { node } = await host.getFacts();
            const seen = new Map();
            for (const img of images) {
                const key = `${img.storage}\t${img.content}`;
                if (!seen.has(key))
                    seen.set(key, await presentImages(host, node, img.storage, img.content));
                if (seen.get(key).has(img.file))
                    continue;
                changes.push({
                    kind: 'create',
                    target: `${img.storage}:${img.content}/${img.file}`,
                    summary: `download ${img.url} into ${img.storage} (for ${img.usedBy.join(', ')})`,
                    data: { image: img },
                });
            }
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        const plans = changes.map((c) => dataOf(c));
        if (plans.some((p) => 'lxc' in p))
            await host.ok((0,commands/* pveamUpdate */.VG)(), 'pveam update');
        for (const p of plans) {
            if ('lxc' in p)
                await host.ok((0,commands/* pveamDownload */.Uz)(p.lxc.storage, p.lxc.template), `downloading ${p.lxc.template}`);
            else {
                const { node } = await host.getFacts();
                const i = p.image;
                await host.ok((0,commands/* pveDownloadUrl */.Tc)(node, i.storage, {
                    url: i.url,
                    filename: i.file,
                    content: i.content,
                    checksum: i.checksum,
                    checksumAlgorithm: i.checksumAlgorithm,
                }), `downloading ${i.file}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/network.ts
/**
 * Bridges, VLAN interfaces and /etc/hosts. Bridges and VLANs the installer did not create go into
 * /etc/network/interfaces.d/phoenix (ifupdown2 syntax, applied with `ifreload -a` like the
 * Proxmox GUI does). A bridge already defined in /etc/network/interfaces is only compared: Phoenix
 * never moves the management address (that would cut its own connection), so a difference there
 * is reported as blocked. /etc/hosts gets a marked block mapping the node's name to its address.
 */



const INTERFACES = '/etc/network/interfaces';
const PHOENIX_INTERFACES = '/etc/network/interfaces.d/phoenix';
const HOSTS = '/etc/hosts';
const SOURCE_LINE = 'source /etc/network/interfaces.d/*';
/** `iface` stanzas of an interfaces(5) file (options with `_` and `-` treated alike). */
function parseInterfaces(text) {
    const out = [];
    let cur;
    for (const raw of text.split('\n')) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const words = line.split(/\s+/);
        if (words[0] === 'iface') {
            cur = { name: words[1] ?? '', method: words[3] ?? 'manual', options: new Map() };
            out.push(cur);
        }
        else if (/^(auto|allow-\S+|source|source-directory|mapping|rename)$/.test(words[0]))
            cur = undefined;
        else if (cur)
            cur.options.set(words[0].replace(/_/g, '-'), words.slice(1).join(' '));
    }
    return out;
}
function maskToPrefix(mask) {
    if (/^\d{1,2}$/.test(mask))
        return Number(mask);
    const bits = mask
        .split('.')
        .map((o) => Number(o).toString(2).padStart(8, '0'))
        .join('');
    return /^1*0*$/.test(bits) && bits.length === 32
        ? bits.indexOf('0') < 0
            ? 32
            : bits.indexOf('0')
        : undefined;
}
/** The stanza's IPv4 address in CIDR form (from `address a/n` or `address a` + `netmask`). */
function stanzaCidr(s) {
    const a = s.options.get('address');
    if (!a)
        return undefined;
    if (a.includes('/'))
        return a;
    const prefix = maskToPrefix(s.options.get('netmask') ?? '');
    return prefix === undefined ? a : `${a}/${prefix}`;
}
function renderBridge(b) {
    const lines = [`auto ${b.name}`, `iface ${b.name} inet ${b.address ? 'static' : 'manual'}`];
    if (b.address)
        lines.push(`\taddress ${b.address}`);
    if (b.gateway)
        lines.push(`\tgateway ${b.gateway}`);
    lines.push(`\tbridge-ports ${b.ports.length > 0 ? b.ports.join(' ') : 'none'}`, '\tbridge-stp off', '\tbridge-fd 0');
    if (b.vlanAware)
        lines.push('\tbridge-vlan-aware yes', '\tbridge-vids 2-4094');
    if (b.comment)
        lines.push(`#${b.comment}`);
    return lines.join('\n') + '\n';
}
function renderVlan(v) {
    return `auto ${v.name}\niface ${v.name} inet static\n\taddress ${v.address}\n`;
}
/** Differences between a bridge in /etc/network/interfaces and the config, as `what: host != config`. */
function bridgeConflicts(b, s) {
    const out = [];
    const cidr = stanzaCidr(s);
    if ((b.address ?? undefined) !== cidr)
        out.push(`address ${cidr ?? 'none'} (config: ${b.address ?? 'none'})`);
    if (b.gateway && s.options.get('gateway') !== b.gateway)
        out.push(`gateway ${s.options.get('gateway') ?? 'none'} (config: ${b.gateway})`);
    const ports = (s.options.get('bridge-ports') ?? 'none').split(/\s+/).filter((p) => p !== 'none');
    if (b.ports.length > 0 && ports.join(' ') !== b.ports.join(' '))
        out.push(`bridge-ports ${ports.join(' ') || 'none'} (config: ${b.ports.join(' ')})`);
    return out;
}
/**
 * /etc/hosts with the Phoenix block. A line outside the block that maps a configured name to
 * another address is dropped (Proxmox needs the node name to resolve to one address); a line that
 * already maps it to the same address stays, and the block then leaves that name out.
 */
function desiredHosts(current, entries) {
    const words = (l) => l.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
    const outside = (0,hypervisor_text/* outsideBlocks */.qn)(current);
    const wantedAt = new Map();
    for (const e of entries)
        for (const n of e.names)
            wantedAt.set(n, e.address);
    const kept = outside.filter((l) => {
        const [ip, ...names] = words(l);
        return !ip || /^(127\.|::1$)/.test(ip) || !names.some((n) => wantedAt.has(n) && wantedAt.get(n) !== ip);
    });
    const present = new Set(kept.flatMap((l) => {
        const [ip, ...names] = words(l);
        return names.filter((n) => wantedAt.get(n) === ip);
    }));
    const body = entries
        .map((e) => ({ address: e.address, names: e.names.filter((n) => !present.has(n)) }))
        .filter((e) => e.names.length > 0)
        .map((e) => `${e.address} ${e.names.join(' ')}`)
        .join('\n');
    if ((0,hypervisor_text/* readBlock */.Gr)(current, 'hosts') === undefined && body === '' && kept.length === outside.length)
        return current;
    return (0,hypervisor_text/* setBlock */.uO)(kept.join('\n').replace(/\n+$/, '') + '\n', 'hosts', body);
}
function hostsEntries(cfg, node) {
    const main = cfg.network.bridges.find((b) => b.main && b.address);
    const out = [];
    if (main?.address) {
        const ip = main.address.split('/')[0];
        out.push({ address: ip, names: cfg.network.domain ? [`${node}.${cfg.network.domain}`, node] : [node] });
    }
    for (const h of cfg.network.hosts)
        out.push({ address: h.address, names: [...h.names] });
    return out;
}
const networkStep = {
    id: 'network',
    title: 'Bridges, VLANs and /etc/hosts',
    dependsOn: [],
    async check(host, cfg) {
        const { node } = await host.getFacts();
        const files = await host.readFiles([INTERFACES, PHOENIX_INTERFACES, HOSTS]);
        const main = files.get(INTERFACES) ?? '';
        const installed = new Map(parseInterfaces(main).map((s) => [s.name, s]));
        const changes = [];
        const ours = [];
        for (const b of cfg.network.bridges) {
            const s = installed.get(b.name);
            if (!s) {
                ours.push(renderBridge(b));
                continue;
            }
            const conflicts = bridgeConflicts(b, s);
            if (conflicts.length > 0)
                changes.push({
                    kind: 'update',
                    target: `bridge ${b.name}`,
                    summary: `${b.name} in ${INTERFACES} differs from the config`,
                    diff: conflicts.map((c) => `! ${c}`),
                    blocked: `${b.name} is defined in ${INTERFACES} with ${conflicts.join(', ')}. Phoenix does not change an interface the installer set up (it may carry this connection): change it on the console, or make the config match`,
                });
        }
        for (const v of cfg.network.vlans) {
            if (installed.has(v.name))
                continue;
            ours.push(renderVlan(v));
        }
        const current = files.get(PHOENIX_INTERFACES);
        if (ours.length > 0 || current !== undefined) {
            const text = hypervisor_text/* MANAGED_HEADER */.uN + (ours.length > 0 ? '\n' + ours.join('\n') : '');
            changes.push(...fileChange(PHOENIX_INTERFACES, current, text, `define ${ours.length} bridge/VLAN interface(s) and apply them with ifreload -a`));
            if (ours.length > 0 &&
                !main
                    .split('\n')
                    .some((l) => l.trim() === SOURCE_LINE || l.trim() === 'source-directory /etc/network/interfaces.d'))
                changes.push(...fileChange(INTERFACES, main, main.replace(/\n*$/, '\n\n') + SOURCE_LINE + '\n', `include ${PHOENIX_INTERFACES}`));
        }
        const hosts = files.get(HOSTS) ?? '';
        changes.push(...fileChange(HOSTS, files.get(HOSTS), desiredHosts(hosts, hostsEntries(cfg, node)), `map ${node} and the configured names to their addresses`));
        return changes;
    },
    async apply(host, _cfg, changes) {
        const iface = changes.filter((c) => isFileChange(c) && c.data.path !== HOSTS);
        if (iface.length > 0) {
            await writeFiles(host, iface);
            await host.ok((0,commands/* ifreloadAll */.m9)(), 'ifreload -a');
        }
        await writeFiles(host, changes.filter((c) => isFileChange(c) && c.data.path === HOSTS));
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/shares.ts
/**
 * File sharing: NFS exports (a file in /etc/exports.d, `exportfs -ra`) and Samba shares (a
 * shares file included from smb.conf, checked with `testparm` before smbd reloads; the Samba user
 * gets its password from PHOENIX_SAMBA_PASSWORD). Both services are enabled and started.
 */





const EXPORTS_FILE = '/etc/exports.d/phoenix.exports';
const SMB_CONF = '/etc/samba/smb.conf';
const SMB_SHARES = '/etc/samba/phoenix-shares.conf';
/** A change that enables and starts `unit`, when it is not both already. */
async function serviceChange(host, unit, why) {
    const enabled = (await host.run((0,commands/* systemctlIsEnabled */.QG)(unit))).stdout.trim();
    const active = (await host.run((0,commands/* systemctlIsActive */.hz)(unit))).stdout.trim();
    if (enabled === 'enabled' && active === 'active')
        return [];
    return [
        {
            kind: 'run',
            target: `service ${unit}`,
            summary: `enable and start ${unit} (${why}; now ${enabled || 'unknown'}, ${active || 'unknown'})`,
            data: { service: unit },
        },
    ];
}
const services = (changes) => changes.flatMap((c) => {
    const s = c.data?.service;
    return s ? [s] : [];
});
function renderExports(cfg) {
    return (hypervisor_text/* MANAGED_HEADER */.uN +
        cfg.nfs
            .map((e) => `${e.path} ${e.clients.map((c) => `${c}(${e.options.join(',')})`).join(' ')}\n`)
            .join(''));
}
const nfsStep = {
    id: 'nfs',
    title: 'NFS exports',
    dependsOn: ['apt', 'zfs-datasets'],
    async check(host, cfg) {
        const [before] = (await host.readFiles([EXPORTS_FILE])).values();
        if (cfg.nfs.length === 0 && before === undefined)
            return [];
        const changes = fileChange(EXPORTS_FILE, before, renderExports(cfg), `export ${cfg.nfs.map((e) => e.path).join(', ') || 'nothing'}`);
        if (cfg.nfs.length > 0)
            changes.push(...(await serviceChange(host, 'nfs-server', 'NFS exports')));
        return changes;
    },
    async apply(host, _cfg, changes) {
        if (changes.some(isFileChange)) {
            await host.ok((0,commands/* mkdirP */.U$)('/etc/exports.d'));
            await writeFiles(host, changes);
        }
        for (const unit of services(changes))
            await host.ok((0,commands/* systemctlEnableNow */.yJ)(unit), `starting ${unit}`);
        await host.ok((0,commands/* exportfsReexportAll */.U2)(), 'exportfs -ra');
    },
};
function renderShares(s) {
    return (hypervisor_text/* MANAGED_HEADER */.uN +
        s.shares
            .map((sh) => {
            const lines = [`[${sh.name}]`, `   path = ${sh.path}`];
            for (const [k, v] of sh.options)
                lines.push(`   ${k} = ${v}`);
            if (sh.validUsers.length > 0)
                lines.push(`   valid users = ${sh.validUsers.join(' ')}`);
            return lines.join('\n') + '\n';
        })
            .join('\n'));
}
const INCLUDE = `include = ${SMB_SHARES}`;
const sambaStep = {
    id: 'samba',
    title: 'Samba shares',
    dependsOn: ['apt', 'zfs-datasets'],
    async check(host, cfg) {
        const s = cfg.samba;
        if (!s)
            return [];
        const files = await host.readFiles([SMB_CONF, SMB_SHARES]);
        const changes = fileChange(SMB_SHARES, files.get(SMB_SHARES), renderShares(s), `share ${s.shares.map((x) => x.name).join(', ')}`);
        const conf = files.get(SMB_CONF);
        if (conf === undefined || (0,hypervisor_text/* readBlock */.Gr)(conf, 'shares') !== `${INCLUDE}\n`)
            changes.push(...fileChange(SMB_CONF, conf, (0,hypervisor_text/* setBlock */.uO)(conf ?? '', 'shares', INCLUDE), `include ${SMB_SHARES}${conf === undefined ? ' (smb.conf comes with the samba package)' : ''}`));
        const linux = (await host.run((0,commands/* getentPasswd */.Od)(s.user))).exitCode === 0;
        const passdb = linux && (await host.run((0,commands/* pdbeditUser */.KN)(s.user))).exitCode === 0;
        if (!linux || !passdb)
            changes.push({
                kind: 'create',
                target: `Samba user ${s.user}`,
                summary: `${linux ? '' : `create the system user ${s.user} and `}add it to Samba (password from ${config/* SECRET_ENV */.$.sambaPassword})`,
                blocked: cfg.secrets.sambaPassword
                    ? undefined
                    : `${config/* SECRET_ENV */.$.sambaPassword} is not set: it holds the Samba password of ${s.user} (pass it as a secret, never in the config)`,
                data: { user: s.user, linux, passdb },
            });
        changes.push(...(await serviceChange(host, 'smbd', 'Samba shares')));
        return changes;
    },
    async apply(host, cfg, changes) {
        const files = changes.filter(isFileChange);
        if (files.length > 0) {
            await writeFiles(host, files);
            const check = await host.run((0,commands/* testparm */.n4)());
            if (check.exitCode !== 0) {
                for (const f of files)
                    await host.writeFile(f.data.path, f.data.before ?? '');
                throw new HostCommandFailed(['testparm', '-s'], check, 'testparm rejected the Samba configuration (previous files restored)');
            }
        }
        for (const c of changes) {
            const u = c.data;
            if (u?.user === undefined)
                continue;
            if (!u.linux)
                await host.ok((0,commands/* useradd */.pY)(u.user, { createHome: false, shell: '/usr/sbin/nologin' }), `creating user ${u.user}`);
            if (!u.passdb)
                await host.ok((0,commands/* smbpasswdAdd */.KD)(u.user, cfg.secrets.sambaPassword ?? ''), `adding Samba user ${u.user}`);
        }
        const started = services(changes);
        for (const unit of started)
            await host.ok((0,commands/* systemctlEnableNow */.yJ)(unit), `starting ${unit}`);
        if (files.length > 0 && !started.includes('smbd'))
            await host.ok((0,commands/* systemctlReload */.YR)('smbd'), 'reloading smbd');
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/storages.ts
/**
 * Proxmox storages: `pvesm add zfspool|dir|nfs` for missing ones, `pvesm set --content` when only
 * the content types differ. A storage that exists with another type, pool, path or server is
 * reported as blocked: re-creating a storage would orphan the volumes on it.
 */


function spec(s) {
    if (s.type === 'zfspool')
        return { type: 'zfspool', pool: s.pool, content: s.content };
    if (s.type === 'dir')
        return { type: 'dir', path: s.dir, content: s.content };
    return { type: 'nfs', server: s.server, export: s.export, options: s.options, content: s.content };
}
function storages_location(s) {
    if (s.type === 'zfspool')
        return ['pool', s.pool];
    if (s.type === 'dir')
        return ['path', s.dir];
    return ['export', `${s.server}:${s.export}`];
}
function liveLocation(l, key) {
    if (key === 'pool')
        return l.pool;
    if (key === 'path')
        return l.path?.replace(/\/+$/, '');
    return l.server && l.export ? `${l.server}:${l.export}` : undefined;
}
const storagesStep = {
    id: 'storages',
    title: 'Proxmox storages',
    dependsOn: ['zfs-datasets'],
    async check(host, cfg) {
        if (cfg.storages.length === 0)
            return [];
        const live = JSON.parse(await host.ok((0,commands/* apiGet */.Vg)('/storage'), 'reading /storage'));
        const byId = new Map(live.map((l) => [l.storage, l]));
        const changes = [];
        for (const s of cfg.storages) {
            const l = byId.get(s.id);
            const [key, where] = storages_location(s);
            if (!l) {
                changes.push({
                    kind: 'create',
                    target: `storage ${s.id}`,
                    summary: `pvesm add ${s.type} ${s.id} (${key} ${where}, content ${s.content.join(',') || 'default'})`,
                    data: { id: s.id, add: spec(s) },
                });
                continue;
            }
            const liveWhere = liveLocation(l, key);
            if (l.type !== s.type || liveWhere !== where) {
                changes.push({
                    kind: 'update',
                    target: `storage ${s.id}`,
                    summary: `storage ${s.id} exists with a different definition`,
                    diff: [`- ${l.type} ${key} ${liveWhere ?? '(none)'}`, `+ ${s.type} ${key} ${where}`],
                    blocked: `storage ${s.id} exists as ${l.type} (${key} ${liveWhere ?? 'none'}), the config wants ${s.type} (${key} ${where}). Phoenix does not re-create storages (their volumes would be orphaned): remove or rename it first`,
                });
                continue;
            }
            const have = (l.content ?? '').split(',').filter(Boolean).sort();
            const want = [...s.content].sort();
            const contentDiffers = want.length > 0 && have.join(',') !== want.join(',');
            const disabled = l.disable !== undefined && String(l.disable) !== '0';
            if (contentDiffers || disabled)
                changes.push({
                    kind: 'update',
                    target: `storage ${s.id}`,
                    summary: `${contentDiffers ? `set content ${want.join(',')}` : ''}${contentDiffers && disabled ? ' and ' : ''}${disabled ? 'enable it' : ''} on ${s.id}`,
                    diff: [
                        ...(contentDiffers
                            ? [`- content ${have.join(',') || '(none)'}`, `+ content ${want.join(',')}`]
                            : []),
                        ...(disabled ? ['- disable 1', '+ disable 0'] : []),
                    ],
                    data: {
                        id: s.id,
                        content: contentDiffers ? want : undefined,
                        enable: disabled || undefined,
                    },
                });
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const c of changes) {
            const p = dataOf(c);
            if (p.add)
                await host.ok((0,commands/* pvesmAdd */.zt)(p.id, p.add), `pvesm add ${p.id}`);
            else
                await host.ok((0,commands/* pvesmSet */.eB)(p.id, { content: p.content, disable: p.enable ? false : undefined }), `pvesm set ${p.id}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/time.ts
/**
 * Time zone and NTP: `timedatectl` sets the zone and turns synchronisation on; configured NTP
 * servers go into a chrony sources file (Proxmox VE 8 and 9 use chrony) that chronyd reloads.
 */



const CHRONY_SOURCES = '/etc/chrony/sources.d/phoenix.sources';
const timeStep = {
    id: 'time',
    title: 'Time zone and NTP',
    // chrony and timedatectl come with every Proxmox VE 8/9 install.
    dependsOn: [],
    async check(host, cfg) {
        const shown = await host.ok((0,commands/* timedatectlShow */.O)(), 'timedatectl show');
        const props = new Map(shown
            .split('\n')
            .filter((l) => l.includes('='))
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).trim()]));
        const changes = [];
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
            const text = hypervisor_text/* MANAGED_HEADER */.uN + cfg.ntpServers.map((s) => `server ${s} iburst\n`).join('');
            changes.push(...fileChange(CHRONY_SOURCES, before, text, `use NTP servers ${cfg.ntpServers.join(', ')}`));
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const c of changes) {
            const d = c.data;
            if (d?.timezone)
                await host.ok((0,commands/* timedatectlSetTimezone */.KE)(d.timezone), 'timedatectl set-timezone');
            if (d?.ntp)
                await host.ok((0,commands/* timedatectlSetNtp */.J7)(true), 'timedatectl set-ntp');
        }
        if (changes.some(isFileChange)) {
            await host.ok((0,commands/* mkdirP */.U$)('/etc/chrony/sources.d'));
            await writeFiles(host, changes);
            await host.ok((0,commands/* chronycReloadSources */.m5)(), 'chronyc reload sources');
        }
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/zfs.ts
/**
 * ZFS: pools (created only when absent, only on disks that hold no data unless the operator named
 * the disk in `--confirm-destructive`), datasets with their properties, and the ARC maximum
 * (modprobe option for boot, sysfs for now).
 */



/** What lsblk says about one disk. */
async function inspectDisk(host, disk) {
    const r = await host.run((0,commands/* lsblkDisk */.w6)(disk));
    if (r.exitCode !== 0) {
        const why = r.stderr.trim().split('\n')[0] || `lsblk exit ${r.exitCode}`;
        return { disk, found: false, data: [], wipe: [], mounted: [], error: why };
    }
    const dev = JSON.parse(r.stdout).blockdevices?.[0];
    if (!dev)
        return { disk, found: false, data: [], wipe: [], mounted: [], error: 'not listed by lsblk' };
    const data = [];
    const mounted = [];
    if (dev.pttype)
        data.push(`${dev.pttype} partition table`);
    if (dev.fstype)
        data.push(`${dev.fstype} signature`);
    if (dev.mountpoint)
        mounted.push(dev.mountpoint);
    const parts = dev.children ?? [];
    if (parts.length > 0)
        data.push(`${parts.length} partition(s)${parts.some((p) => p.fstype)
            ? ` (${parts
                .map((p) => p.fstype)
                .filter(Boolean)
                .join(', ')})`
            : ''}`);
    for (const p of parts)
        if (p.mountpoint)
            mounted.push(p.mountpoint);
    return {
        disk,
        found: true,
        data,
        wipe: [...parts.map((p) => p.path ?? '').filter(Boolean), dev.path ?? disk],
        mounted,
    };
}
async function existingPools(host) {
    const out = await host.ok((0,commands/* zpoolList */.ZH)(), 'zpool list');
    return new Set(out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]));
}
const zfsPoolsStep = {
    id: 'zfs-pools',
    title: 'ZFS pools',
    dependsOn: [],
    async check(host, cfg) {
        if (cfg.zfs.pools.length === 0)
            return [];
        const have = await existingPools(host);
        const changes = [];
        for (const pool of cfg.zfs.pools) {
            if (have.has(pool.name))
                continue;
            const disks = await Promise.all(pool.disks.map((d) => inspectDisk(host, d)));
            const wipe = [];
            const blocked = [];
            const diff = [];
            for (const d of disks) {
                if (!d.found) {
                    blocked.push(`disk ${d.disk} was not found (${d.error})`);
                    diff.push(`! ${d.disk}: not found`);
                }
                else if (d.data.length === 0)
                    diff.push(`+ ${d.disk} (blank)`);
                else if (d.mounted.length > 0) {
                    blocked.push(`disk ${d.disk} is mounted at ${d.mounted.join(', ')}; Phoenix never wipes a mounted disk`);
                    diff.push(`! ${d.disk}: mounted at ${d.mounted.join(', ')}`);
                }
                else if (cfg.confirmDestructive.has(d.disk)) {
                    wipe.push(...d.wipe);
                    diff.push(`- ${d.disk}: WIPE ${d.data.join(', ')} (confirmed)`);
                }
                else {
                    blocked.push(`disk ${d.disk} holds data (${d.data.join(', ')}); it is wiped only when --confirm-destructive (workflow input confirm-destructive) names it`);
                    diff.push(`! ${d.disk}: holds data (${d.data.join(', ')})`);
                }
            }
            changes.push({
                kind: 'create',
                target: `pool ${pool.name}`,
                summary: `create ${pool.layout} pool ${pool.name} on ${pool.disks.length} disk(s)${wipe.length > 0 ? ', wiping confirmed disks first' : ''}`,
                diff,
                blocked: blocked.length > 0 ? blocked.join('; ') : undefined,
                destructive: wipe.length > 0,
                data: { pool, wipe },
            });
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const c of changes) {
            const { pool, wipe } = dataOf(c);
            for (const dev of wipe)
                await host.ok((0,commands/* wipefsAll */.ID)(dev), `wiping ${dev}`);
            const vdevs = [{ type: pool.layout === 'single' ? undefined : pool.layout, disks: pool.disks }];
            await host.ok((0,commands/* zpoolCreate */.b)(pool.name, vdevs, { ashift: 12 }), `creating pool ${pool.name}`);
        }
    },
};
/** Compares a configured property with what `zfs get -p` printed (exact bytes, or a size with a unit). */
function sameProp(name, want, have) {
    if (have === undefined)
        return false;
    if (want === 'none' && /^(0|none|-)$/.test(have))
        return true;
    const w = want === 'none' ? undefined : (0,hypervisor_text/* parseZfsSize */.Y$)(want);
    const h = (0,hypervisor_text/* parseZfsSize */.Y$)(have);
    if (w !== undefined && h !== undefined)
        return w === h;
    return (want.toLowerCase() === have.toLowerCase() || (name === 'compression' && want === 'on' && have === 'lz4'));
}
const zfsDatasetsStep = {
    id: 'zfs-datasets',
    title: 'ZFS datasets',
    dependsOn: ['zfs-pools'],
    async check(host, cfg) {
        if (cfg.zfs.datasets.length === 0)
            return [];
        const listed = await host.ok((0,commands/* zfsList */.On)(), 'zfs list');
        const existing = new Set(listed
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split('\t')[0]));
        const present = cfg.zfs.datasets.filter((d) => existing.has(d.full));
        const names = [...new Set(present.flatMap((d) => Object.keys(d.properties)))];
        const current = new Map();
        if (present.length > 0 && names.length > 0) {
            const got = await host.ok((0,commands/* zfsGet */.kI)(present.map((d) => d.full), names), 'zfs get');
            for (const line of got.split('\n')) {
                const [ds, prop, value] = line.split('\t');
                if (ds && prop && value !== undefined)
                    current.set(`${ds}\t${prop}`, value);
            }
        }
        const changes = [];
        for (const d of cfg.zfs.datasets) {
            if (!existing.has(d.full)) {
                changes.push({
                    kind: 'create',
                    target: `dataset ${d.full}`,
                    summary: `create ${d.full}${Object.keys(d.properties).length
                        ? ` with ${Object.entries(d.properties)
                            .map(([k, v]) => `${k}=${v}`)
                            .join(', ')}`
                        : ''}`,
                    diff: Object.entries(d.properties).map(([k, v]) => `+ ${k}=${v}`),
                    data: { full: d.full, create: true, props: { ...d.properties } },
                });
                continue;
            }
            const differ = Object.entries(d.properties).filter(([k, v]) => !sameProp(k, v, current.get(`${d.full}\t${k}`)));
            if (differ.length === 0)
                continue;
            const show = (k, v) => {
                if (v !== undefined && /^\d+$/.test(v) && (0,hypervisor_text/* parseZfsSize */.Y$)(d.properties[k] ?? '') !== undefined)
                    return (0,hypervisor_text/* formatBytes */.z3)(Number(v));
                return v ?? '(unset)';
            };
            changes.push({
                kind: 'update',
                target: `dataset ${d.full}`,
                summary: `set ${differ.map(([k, v]) => `${k}=${v}`).join(', ')} on ${d.full}`,
                diff: differ.flatMap(([k, v]) => [
                    `- ${k}=${show(k, current.get(`${d.full}\t${k}`))}`,
                    `+ ${k}=${v}`,
                ]),
                data: { full: d.full, create: false, props: Object.fromEntries(differ) },
            });
        }
        return changes;
    },
    async apply(host, _cfg, changes) {
        for (const c of changes) {
            const p = dataOf(c);
            if (p.create)
                await host.ok((0,commands/* zfsCreate */.iv)(p.full, p.props), `creating ${p.full}`);
            else
                await host.ok((0,commands/* zfsSet */.G$)(p.full, p.props), `setting properties of ${p.full}`);
        }
    },
};
const ZFS_MODPROBE = '/etc/modprobe.d/zfs.conf';
const ARC_SYSFS = '/sys/module/zfs/parameters/zfs_arc_max';
/** zfs.conf with `options zfs zfs_arc_max=N` (other lines and options kept). */
function withArcMax(text, bytes) {
    const lines = (text ?? '').split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
    let done = false;
    const out = lines.map((l) => {
        if (!/^\s*options\s+zfs\s/.test(l) || !/zfs_arc_max=/.test(l))
            return l;
        done = true;
        return l.replace(/zfs_arc_max=\S*/, `zfs_arc_max=${bytes}`);
    });
    if (!done)
        out.push(`options zfs zfs_arc_max=${bytes}`);
    return out.join('\n') + '\n';
}
const zfsArcStep = {
    id: 'zfs-arc',
    title: 'ZFS ARC maximum',
    dependsOn: [],
    async check(host, cfg) {
        const bytes = cfg.zfs.arcMaxBytes;
        if (bytes === undefined)
            return [];
        const files = await host.readFiles([ZFS_MODPROBE, ARC_SYSFS]);
        const changes = fileChange(ZFS_MODPROBE, files.get(ZFS_MODPROBE), withArcMax(files.get(ZFS_MODPROBE), bytes), `limit the ARC to ${(0,hypervisor_text/* formatBytes */.z3)(bytes)} at boot (and rebuild the initramfs)`);
        const now = files.get(ARC_SYSFS)?.trim();
        if (now !== String(bytes))
            changes.push({
                kind: 'update',
                target: ARC_SYSFS,
                summary: `limit the ARC to ${(0,hypervisor_text/* formatBytes */.z3)(bytes)} now`,
                diff: [
                    `- ${now === undefined ? '(ZFS module not loaded)' : now === '0' ? '0 (default: half of RAM)' : now}`,
                    `+ ${bytes}`,
                ],
                data: { runtime: bytes },
            });
        return changes;
    },
    async apply(host, _cfg, changes) {
        await writeBootFiles(host, changes);
        const runtime = changes.find((c) => c.data?.runtime !== undefined);
        if (runtime)
            await host.writeFile(ARC_SYSFS, `${dataOf(runtime).runtime}\n`);
    },
};

;// CONCATENATED MODULE: ./src/hypervisor/steps/index.ts










const SETUP_STEPS = [
    aptStep,
    timeStep,
    networkStep,
    zfsPoolsStep,
    zfsDatasetsStep,
    zfsArcStep,
    storagesStep,
    nfsStep,
    sambaStep,
    vfioStep,
    nvidiaStep,
    accessStep,
    firewallStep,
    apparmorStep,
    templatesStep,
];

;// CONCATENATED MODULE: ./src/hypervisor/types.ts
const STEP_IDS = [
    'apt',
    'time',
    'network',
    'zfs-pools',
    'zfs-datasets',
    'zfs-arc',
    'storages',
    'nfs',
    'samba',
    'vfio',
    'nvidia',
    'access',
    'firewall',
    'apparmor',
    'templates',
];

;// CONCATENATED MODULE: ./src/hypervisor/setup.ts
/**
 * `setup-hypervisor` end to end, for the CLI and the GitHub action: validate the config dir, read
 * the setup model (nothing touches the host when either has errors), open the target (with the
 * audit log, secrets masked), run the steps, close. Returns the report; rendering is the caller's.
 */













/** `a,b` -> step ids; unknown names are a usage error listing the valid ones. */
function parseStepList(items) {
    const names = (items ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
    if (names.length === 0)
        return undefined;
    const unknown = names.filter((n) => !STEP_IDS.includes(n));
    if (unknown.length > 0)
        throw new errors/* UserError */.y(`unknown step(s) ${unknown.join(', ')}: the steps are ${STEP_IDS.join(', ')}`, 2);
    return new Set(names);
}
function checkConfirmations(cfg, names) {
    const disks = new Set(cfg.zfs.pools.flatMap((p) => p.disks));
    const stray = names.filter((n) => !disks.has(n));
    if (stray.length > 0)
        throw new errors/* UserError */.y(`--confirm-destructive names ${stray.join(', ')}, which ${stray.length === 1 ? 'is' : 'are'} not a disk of any pool in the config (pool disks: ${[...disks].join(', ') || 'none'})`, 2);
}
function secretValues(cfg) {
    const out = [cfg.secrets.adminPasswordHash, cfg.secrets.sambaPassword];
    for (const u of cfg.access.users)
        if (u.passwordEnv)
            out.push(cfg.secrets.env[u.passwordEnv]);
    return out.filter((v) => typeof v === 'string' && v !== '');
}
async function defaultOpen(target, env, cwd) {
    const { createTransport } = await __webpack_require__.e(/* import() */ 541).then(__webpack_require__.bind(__webpack_require__, 9541));
    return createTransport(target, { env: env, cwd });
}
async function runSetup(o) {
    const only = parseStepList(o.steps);
    const confirm = (o.confirmDestructive ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
    const validation = await (0,validate/* validateConfigDir */.cz)(o.configDir);
    const built = (0,config/* buildHostConfig */.J)({
        dir: o.configDir,
        sources: validation.loaded.sources,
        guests: validation.desired.guests,
        env: o.env,
        confirmDestructive: confirm,
        readApparmorSource: (name) => {
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(o.configDir, 'apparmor', name), 'utf8');
            }
            catch {
                return undefined;
            }
        },
    });
    // Only the hypervisor file's findings matter here; the guests' own problems (a missing feature
    // script...) are for `phoenix validate` and do not stop the host setup.
    const hvFile = (0,external_node_path_.join)(o.configDir, types/* CONFIG_FILES */.n.hypervisor);
    const own = validation.diagnostics.filter((d) => d.file === hvFile);
    // A schema finding where the setup model reports an error says the same thing less precisely.
    const diagnostics = [...(0,rules/* withoutShadowedSchemaFindings */.JR)(own, built.diagnostics), ...built.diagnostics].sort(config_diagnostics/* compareDiagnostics */.oV);
    const elsewhere = validation.diagnostics.length - own.length;
    const none = { tokens: new Map(), commands: [], otherFindings: elsewhere };
    if (own.some((d) => d.severity === 'error') || !built.config)
        return { diagnostics, exitCode: 1, ...none };
    const cfg = built.config;
    checkConfirmations(cfg, confirm);
    const masker = new audit/* SecretMasker */.M2(secretValues(cfg), o.onSecret);
    let transport = await (o.openTransport ? o.openTransport(o.target) : defaultOpen(o.target, o.env, o.cwd));
    if (o.auditLog)
        transport = (0,audit.withAudit)(transport, o.auditLog, masker);
    const host = new SetupHost(transport, o.dryRun, (v) => masker.add(v));
    let steps;
    try {
        steps = await runSteps(host, cfg, SETUP_STEPS, { dryRun: o.dryRun, only, onStep: o.onStep });
    }
    finally {
        await transport.close();
    }
    const report = {
        target: transport.description,
        dryRun: o.dryRun,
        steps,
        tokens: [...host.createdTokens.keys()],
    };
    const failed = steps.some((s) => s.status === 'failed' || s.status === 'blocked');
    return {
        diagnostics,
        report,
        tokens: host.createdTokens,
        commands: host.log,
        otherFindings: elsewhere,
        exitCode: failed ? 1 : 0,
    };
}


/***/ }),

/***/ 9718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ readBlock),
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   Y$: () => (/* binding */ parseZfsSize),
/* harmony export */   gf: () => (/* binding */ lineDiff),
/* harmony export */   qn: () => (/* binding */ outsideBlocks),
/* harmony export */   uN: () => (/* binding */ MANAGED_HEADER),
/* harmony export */   uO: () => (/* binding */ setBlock),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export withNewline */
/**
 * Text helpers for the files setup-hypervisor manages: a line diff for the report, marked blocks
 * inside files Phoenix shares with the system (`/etc/hosts`, `smb.conf`), and the header of files
 * it owns outright. Pure.
 */
const MANAGED_HEADER = '# Managed by Phoenix (phoenix setup-hypervisor). Local changes are overwritten on the next run.\n';
function withNewline(text) {
    return text === '' || text.endsWith('\n') ? text : text + '\n';
}
/** Same content, ignoring a missing final newline and trailing blank lines. */
function sameText(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    const norm = (s) => s.replace(/\s+$/, '');
    return norm(a) === norm(b);
}
/**
 * `- old` / `+ new` lines between two texts (longest common subsequence on lines). At most `max`
 * lines; the rest is summarised in one last line.
 */
function lineDiff(before, after, max = 60) {
    const a = before === undefined ? [] : withNewline(before).split('\n').slice(0, -1);
    const b = after === undefined ? [] : withNewline(after).split('\n').slice(0, -1);
    const n = a.length;
    const m = b.length;
    // Files here are small (hundreds of lines): the quadratic table is fine.
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j]) {
            i++;
            j++;
        }
        else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j]))
            out.push(`+ ${b[j++]}`);
        else
            out.push(`- ${a[i++]}`);
    }
    return out.length > max ? [...out.slice(0, max), `# ... ${out.length - max} more changed lines`] : out;
}
const begin = (name) => `# BEGIN phoenix ${name}`;
const end = (name) => `# END phoenix ${name}`;
/** The body of a marked block, or undefined when the text has none. */
function readBlock(text, name) {
    const lines = text.split('\n');
    const s = lines.indexOf(begin(name));
    const e = lines.indexOf(end(name));
    if (s < 0 || e < s)
        return undefined;
    return lines.slice(s + 1, e).join('\n') + (e > s + 1 ? '\n' : '');
}
/**
 * Replaces the marked block `name` in `text` with `body` (appending it when absent). An empty
 * body removes the block. Other lines stay as they are.
 */
function setBlock(text, name, body) {
    const lines = withNewline(text).split('\n').slice(0, -1);
    const s = lines.indexOf(begin(name));
    const e = lines.indexOf(end(name));
    const block = body === '' ? [] : [begin(name), ...withNewline(body).split('\n').slice(0, -1), end(name)];
    if (s >= 0 && e > s)
        lines.splice(s, e - s + 1, ...block);
    else if (block.length > 0) {
        if (lines.length > 0 && lines[lines.length - 1] !== '')
            lines.push('');
        lines.push(...block);
    }
    return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
/** Lines of `text` outside every Phoenix block. */
function outsideBlocks(text) {
    const out = [];
    let inside = false;
    for (const l of text.split('\n')) {
        if (l.startsWith('# BEGIN phoenix '))
            inside = true;
        else if (l.startsWith('# END phoenix '))
            inside = false;
        else if (!inside)
            out.push(l);
    }
    return out;
}
/** `128K`, `1.4T`, `800G`, `512` -> bytes, as ZFS parses sizes (binary units, fractions floored). */
function parseZfsSize(value) {
    const m = /^(\d+(?:\.\d+)?)([KMGTPE]?)(?:i?B)?$/i.exec(value.trim());
    if (!m)
        return undefined;
    const power = ' KMGTPE'.indexOf((m[2] || ' ').toUpperCase());
    return Math.floor(Number(m[1]) * 1024 ** power);
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let v = bytes;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}


/***/ }),

/***/ 240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ runHostCommand),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   withAudit: () => (/* binding */ withAudit)
/* harmony export */ });
/* unused harmony exports MASK, maskSecrets, withSecrets */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * `--audit-log FILE`: a HostTransport decorator that appends one JSON line per host command, in the
 * order the commands finish: `{"argv": [...], "exit": N, "ms": N}` (DESIGN.md). argv is what the
 * host ran, before shell quoting, with every secret value replaced by `***`. A command that did
 * not finish (timeout, lost connection) is logged with `"exit": -1` and an `"error"` text.
 * Stdin (file contents) is never logged.
 */



const MASK = '***';
/**
 * The secret values of a run (passwords, tokens). Values can be added at any time; `onAdd`
 * lets the caller forward them, e.g. to `core.setSecret` in GitHub Actions.
 */
class SecretMasker {
    onAdd;
    values = new Set();
    sorted = [];
    constructor(initial = [], onAdd) {
        this.onAdd = onAdd;
        this.add(...initial);
    }
    add(...values) {
        let changed = false;
        for (const v of values) {
            if (v === undefined || v === '' || this.values.has(v))
                continue;
            this.values.add(v);
            this.onAdd?.(v);
            changed = true;
        }
        // Longest first, so a secret that contains another is masked whole.
        if (changed)
            this.sorted = [...this.values].sort((a, b) => b.length - a.length);
    }
    get size() {
        return this.values.size;
    }
    mask(text) {
        let out = text;
        for (const s of this.sorted)
            if (out.includes(s))
                out = out.split(s).join(MASK);
        return out;
    }
    maskArgv(argv) {
        return argv.map((a) => this.mask(a));
    }
}
/** Masks `secrets` in `text` (a one-off form of `SecretMasker`). */
function maskSecrets(text, secrets) {
    return new SecretMasker(secrets).mask(text);
}
function isSecretAware(t) {
    return t.secrets instanceof SecretMasker;
}
/** Serialised appends, so that concurrent commands never interleave their lines. */
function lineWriter(file) {
    let failure;
    let chain = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true }).then(() => undefined, (e) => {
        failure ??= e;
    });
    return {
        write(line) {
            chain = chain
                .then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, line + '\n', 'utf8'))
                .catch((e) => {
                failure ??= e;
            });
            return chain;
        },
        async flush() {
            await chain;
            if (failure)
                throw new Error(`cannot write audit log ${file}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(failure)}`);
        },
    };
}
/**
 * Wraps `transport` so each command is appended to `file`. `secrets` is shared with the caller:
 * values added later (e.g. a token created during the run) are masked from then on.
 */
function withAudit(transport, file, secrets = []) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    const writer = lineWriter(file);
    const record = async (entry) => {
        await writer.write(JSON.stringify(entry));
    };
    return {
        description: transport.description,
        secrets: masker,
        async run(argv, options) {
            const started = performance.now();
            const ms = () => Math.round(performance.now() - started);
            try {
                const result = await transport.run(argv, options);
                await record({ argv: masker.maskArgv(argv), exit: result.exitCode, ms: ms() });
                return result;
            }
            catch (err) {
                await record({
                    argv: masker.maskArgv(argv),
                    exit: -1,
                    ms: ms(),
                    error: masker.mask((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(err)),
                });
                throw err;
            }
        },
        async close() {
            try {
                await transport.close();
            }
            finally {
                await writer.flush();
            }
        },
    };
}
/**
 * Wraps `transport` so that results (stdout/stderr) and errors carry no secret values, for
 * transports whose output is printed or logged elsewhere.
 */
function withSecrets(transport, secrets) {
    const masker = secrets instanceof SecretMasker ? secrets : new SecretMasker(secrets);
    return {
        description: transport.description,
        secrets: masker,
        async run(argv, options) {
            try {
                const r = await transport.run(argv, options);
                return { exitCode: r.exitCode, stdout: masker.mask(r.stdout), stderr: masker.mask(r.stderr) };
            }
            catch (err) {
                if (err instanceof Error)
                    err.message = masker.mask(err.message);
                throw err;
            }
        },
        close: () => transport.close(),
    };
}
/**
 * Runs a built HostCommand: passes its stdin and read-only flag, and registers its secrets with
 * the transport (when it keeps a SecretMasker) before the command is logged.
 */
function runHostCommand(transport, command, options = {}) {
    if (command.secrets && command.secrets.length > 0) {
        if (isSecretAware(transport))
            transport.secrets.add(...command.secrets);
    }
    return transport.run(command.argv, {
        ...options,
        readOnly: command.readOnly,
        ...(command.stdin !== undefined ? { stdin: command.stdin } : {}),
    });
}


/***/ }),

/***/ 4117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.$1),
/* harmony export */   $J: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.$J),
/* harmony export */   $K: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.$K),
/* harmony export */   $U: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.$U),
/* harmony export */   AK: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.AK),
/* harmony export */   Ah: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Ah),
/* harmony export */   BF: () => (/* binding */ readNodeConfigDirs),
/* harmony export */   C8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.C8),
/* harmony export */   D$: () => (/* binding */ nodeNetwork),
/* harmony export */   DE: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.DE),
/* harmony export */   F5: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.F5),
/* harmony export */   FX: () => (/* binding */ qmDiskImport),
/* harmony export */   FY: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.FY),
/* harmony export */   G$: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.G$),
/* harmony export */   HP: () => (/* binding */ pctClone),
/* harmony export */   Hc: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Hc),
/* harmony export */   Hy: () => (/* binding */ pctDeleteSnapshot),
/* harmony export */   ID: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.ID),
/* harmony export */   Ib: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Ib),
/* harmony export */   Ix: () => (/* binding */ pctSnapshot),
/* harmony export */   J7: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.J7),
/* harmony export */   Jz: () => (/* binding */ qmSnapshot),
/* harmony export */   KD: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.KD),
/* harmony export */   KE: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.KE),
/* harmony export */   KF: () => (/* binding */ pctDestroy),
/* harmony export */   KN: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.KN),
/* harmony export */   L2: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.L2),
/* harmony export */   MV: () => (/* binding */ pctSet),
/* harmony export */   NT: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.NT),
/* harmony export */   NU: () => (/* binding */ pctExec),
/* harmony export */   Nx: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Nx),
/* harmony export */   O: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.O),
/* harmony export */   Od: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Od),
/* harmony export */   On: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.On),
/* harmony export */   Pe: () => (/* binding */ qmStop),
/* harmony export */   QG: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.QG),
/* harmony export */   R8: () => (/* binding */ qmStart),
/* harmony export */   SA: () => (/* binding */ pctStop),
/* harmony export */   SC: () => (/* binding */ pctStart),
/* harmony export */   Sq: () => (/* binding */ pctCreate),
/* harmony export */   TA: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.TA),
/* harmony export */   Tc: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Tc),
/* harmony export */   U$: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.U$),
/* harmony export */   U2: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.U2),
/* harmony export */   Uz: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Uz),
/* harmony export */   VG: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.VG),
/* harmony export */   Vg: () => (/* binding */ apiGet),
/* harmony export */   Vw: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.Vw),
/* harmony export */   W0: () => (/* binding */ pctResize),
/* harmony export */   Wx: () => (/* binding */ readConfigFiles),
/* harmony export */   Y: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.Y),
/* harmony export */   YN: () => (/* binding */ qmDeleteSnapshot),
/* harmony export */   YR: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.YR),
/* harmony export */   ZH: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.ZH),
/* harmony export */   ZM: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.ZM),
/* harmony export */   _$: () => (/* binding */ pctShutdown),
/* harmony export */   _0: () => (/* binding */ pctPush),
/* harmony export */   _h: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__._h),
/* harmony export */   b: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.b),
/* harmony export */   bU: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.bU),
/* harmony export */   c2: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.c2),
/* harmony export */   cN: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.cN),
/* harmony export */   dC: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.dC),
/* harmony export */   dW: () => (/* binding */ qmSet),
/* harmony export */   df: () => (/* binding */ qmResize),
/* harmony export */   dl: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.dl),
/* harmony export */   eB: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.eB),
/* harmony export */   eo: () => (/* binding */ qmClone),
/* harmony export */   fj: () => (/* binding */ qmShutdown),
/* harmony export */   gH: () => (/* binding */ pctRollback),
/* harmony export */   hz: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.hz),
/* harmony export */   iv: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.iv),
/* harmony export */   jB: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.jB),
/* harmony export */   jC: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.jC),
/* harmony export */   jE: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.jE),
/* harmony export */   k6: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.k6),
/* harmony export */   kI: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.kI),
/* harmony export */   kK: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.kK),
/* harmony export */   kU: () => (/* binding */ clusterResources),
/* harmony export */   kb: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.kb),
/* harmony export */   l8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.l8),
/* harmony export */   m5: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.m5),
/* harmony export */   m9: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.m9),
/* harmony export */   mt: () => (/* binding */ guestConfigPath),
/* harmony export */   n4: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.n4),
/* harmony export */   n8: () => (/* binding */ storageContent),
/* harmony export */   nP: () => (/* binding */ qmTemplate),
/* harmony export */   oS: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.oS),
/* harmony export */   oi: () => (/* binding */ pctTemplate),
/* harmony export */   pF: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.pF),
/* harmony export */   pV: () => (/* binding */ qmGuestCmd),
/* harmony export */   pY: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.pY),
/* harmony export */   pj: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.pj),
/* harmony export */   q7: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.q7),
/* harmony export */   rS: () => (/* binding */ qmCreate),
/* harmony export */   s4: () => (/* binding */ pveVersion),
/* harmony export */   st: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.st),
/* harmony export */   sx: () => (/* binding */ qmGuestExec),
/* harmony export */   w6: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.w6),
/* harmony export */   w8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.w8),
/* harmony export */   w9: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.w9),
/* harmony export */   xN: () => (/* binding */ qmDestroy),
/* harmony export */   y8: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.y8),
/* harmony export */   yJ: () => (/* reexport safe */ _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__.yJ),
/* harmony export */   zc: () => (/* binding */ qmRollback),
/* harmony export */   zt: () => (/* reexport safe */ _host_commands_js__WEBPACK_IMPORTED_MODULE_2__.zt)
/* harmony export */ });
/* unused harmony exports pctStatus, pctConfig, pctListSnapshots, qmStatus, qmConfig, qmListSnapshots, qmCloudinitUpdate */
/* harmony import */ var _pve_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3621);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5274);
/* harmony import */ var _host_commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36);
/* harmony import */ var _host_setup_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1292);
/**
 * Every command Phoenix sends to a host is built here, and only here: typed operations in,
 * argv out. Transports never build commands; other modules never write argv by hand.
 * Options and value formats follow the Proxmox VE 8.4 / 9.1 API schema (tests check each builder
 * against ../shared/pve-api). Invalid input throws `HostCommandInputError` before anything is sent.
 * Guest (pct/qm) builders live here; storage, users, ZFS and file builders and the registry of
 * host programs are in `host-commands.ts` (re-exported below).
 */





/** Paths of guest config files in the cluster filesystem. */
function guestConfigPath(node, kind, id) {
    return `/etc/pve/nodes/${node}/${kind === 'lxc' ? 'lxc' : 'qemu-server'}/${id}.conf`;
}
// ---- live-state reading (a constant number of commands, whatever the number of guests) ----
/** All guests, storages and nodes of the cluster in one JSON document. */
function clusterResources() {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', '/cluster/resources', '--output-format', 'json');
}
/**
 * The config files of many guests (with their `[snapshot]` sections) in one command:
 * `grep -H ''` prints every line prefixed by its file path. Paths are absolute /etc/pve paths.
 */
function readConfigFiles(paths) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('grep', '-H', '', '--', ...paths);
}
/**
 * Every guest config file of the given nodes in one command whose size does not grow with the
 * number of guests: `grep -r -H ''` over each node's `lxc` and `qemu-server` folders prints every
 * line prefixed by its file path (`/etc/pve/nodes/NODE/lxc/ID.conf:LINE`).
 */
function readNodeConfigDirs(nodes) {
    const dirs = nodes.flatMap((node) => {
        if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(node))
            throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid node name ${JSON.stringify(node)}`);
        return [`/etc/pve/nodes/${node}/lxc`, `/etc/pve/nodes/${node}/qemu-server`];
    });
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('grep', '-r', '-H', '', '--', ...dirs);
}
/** Bridges (and other interfaces) of one node. */
function nodeNetwork(node) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', `/nodes/${node}/network`, '--output-format', 'json');
}
/** Proxmox VE version of the node we talk to. */
function pveVersion() {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', '/version', '--output-format', 'json');
}
/** Contents (templates, ISOs) of one storage. */
function storageContent(node, storage, content) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', `/nodes/${node}/storage/${storage}/content`, '--content', content, '--output-format', 'json');
}
/** Any read-only API call: `pvesh get PATH [--param value...] --output-format json`. */
function apiGet(path, params = {}) {
    if (!/^\/[A-Za-z0-9/_.:@!-]*$/.test(path))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid API path ${JSON.stringify(path)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('pvesh', 'get', path, ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)(Object.entries(params)), '--output-format', 'json');
}
function indexed(key, values, max, render) {
    if (!values)
        return [];
    return Object.entries(values)
        .map(([i, v]) => [Number(i), v])
        .sort((a, b) => a[0] - b[0])
        .map(([i, v]) => {
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(i, `${key} index`, 0, max);
        return [`${key}${i}`, render(v)];
    });
}
/** Property strings given as text are passed through after a one-line check. */
const text = (what, render) => (v) => typeof v === 'string' ? (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(v, what) : render(v);
function nonEmpty(argv, what) {
    if (argv.length === 0)
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`${what}: nothing to change`);
}
function checkDelete(keys) {
    if (!keys || keys.length === 0)
        return undefined;
    return keys.map(_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkConfigKey */ .WM).join(',');
}
function nameservers(list) {
    if (!list || list.length === 0)
        return undefined;
    return list.map((ip) => (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkIp */ .iR)(ip, 'nameserver')).join(' ');
}
function lxcSettingArgs(s) {
    if (s.hostname !== undefined)
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.hostname);
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['hostname', s.hostname],
        ['memory', s.memory === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.memory, 'memory (MiB)', 16)],
        ['swap', s.swap === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.swap, 'swap (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.cores, 'cores', 1, 8192)],
        ['cpulimit', s.cpulimit],
        ['rootfs', s.rootfs === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.rootfs, 'rootfs')],
        ...indexed('net', s.net, 31, text('net', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .lxcNet */ .Z4)),
        ...indexed('mp', s.mp, 255, (v) => (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(v, 'mount point')),
        ...indexed('dev', s.dev, 255, text('dev', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .lxcDev */ .VW)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.searchdomain, 'search domain'),
        ],
        ['features', s.features === undefined ? undefined : text('features', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .lxcFeatures */ .lO)(s.features)],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : text('startup', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .startupOrder */ .cE)(s.startup)],
        ['tags', s.tags === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .tagList */ .Tw)(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
        ['timezone', s.timezone === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.timezone, 'timezone')],
    ]);
}
function checkNoNul(v) {
    if (v.includes('\0'))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('description contains a NUL byte');
    return v;
}
/** `pct create VMID OSTEMPLATE ...`: `ostemplate` like `local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst`. */
function pctCreate(vmid, ostemplate, o = {}) {
    if (!/^[a-z][a-z0-9\-_.]*[a-z0-9]:vztmpl\/\S+$|^\/\S+$/i.test(ostemplate) || ostemplate.length > 255)
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid OS template ${JSON.stringify(ostemplate)}: expected STORAGE:vztmpl/FILE or an absolute path`);
    if (o.password !== undefined && o.password.length < 5)
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('CT root password must have at least 5 characters');
    const argv = [
        'pct',
        'create',
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid),
        ostemplate,
        ...lxcSettingArgs(o),
        ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
            ['unprivileged', o.unprivileged],
            ['storage', o.storage === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(o.storage)],
            ['password', o.password],
            [
                'ssh-public-keys',
                o.sshPublicKeysFile === undefined
                    ? undefined
                    : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(o.sshPublicKeysFile, 'SSH key file'),
            ],
            ['pool', o.pool],
            ['start', o.start],
        ]),
    ];
    return { argv, readOnly: false, ...(o.password !== undefined ? { secrets: [o.password] } : {}) };
}
function pctClone(vmid, newid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'clone', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(newid, 'new VMID'), ...cloneArgs('lxc', o), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['hostname', o.hostname === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(o.hostname)]]));
}
function cloneArgs(kind, o) {
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['snapname', o.snapname === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(o.snapname, kind)],
        ['full', o.full],
        ['storage', o.storage === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(o.storage)],
        ['description', o.description === undefined ? undefined : checkNoNul(o.description)],
        ['pool', o.pool],
    ]);
}
function pctSet(vmid, o) {
    const rest = [...lxcSettingArgs(o), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['delete', checkDelete(o.delete)]])];
    nonEmpty(rest, `pct set ${vmid}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'set', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...rest);
}
const pctStart = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'start', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const pctStop = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'stop', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const pctStatus = (vmid) => ro('pct', 'status', checkVmid(vmid));
const pctConfig = (vmid) => ro('pct', 'config', checkVmid(vmid));
const pctListSnapshots = (vmid) => ro('pct', 'listsnapshot', checkVmid(vmid));
const pctTemplate = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'template', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
/** Clean shutdown; after `timeoutSec` the CT is stopped when `forceStop` is set. */
function pctShutdown(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'shutdown', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...shutdownArgs(o));
}
function shutdownArgs(o) {
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['timeout', o.timeoutSec === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(o.timeoutSec, 'shutdown timeout', 0)],
        ['forceStop', o.forceStop],
    ]);
}
function pctSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'snapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'lxc'), ...snapDescription(o.description));
}
const snapDescription = (d) => (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['description', d === undefined ? undefined : checkNoNul(d)]]);
function pctRollback(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'rollback', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'lxc'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['start', o.start]]));
}
function pctDeleteSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'delsnapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'lxc'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['force', o.force]]));
}
/** Destroys a CT and its volumes. Only plans that explicitly destroy a guest use this. */
function pctDestroy(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'destroy', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['purge', o.purge],
        ['force', o.force],
    ]));
}
/** Copies a host file into the CT. `perms` is octal text such as `0755`. */
function pctPush(vmid, localFile, guestPath, o = {}) {
    if (o.perms !== undefined && !/^0?[0-7]{3,4}$/.test(o.perms))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid file permissions ${JSON.stringify(o.perms)}: expected octal like 0755`);
    for (const owner of [o.user, o.group])
        if (owner !== undefined && !/^[a-z_][a-z0-9_-]*\$?$|^\d+$/i.test(owner))
            throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid owner ${JSON.stringify(owner)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'push', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(localFile, 'local file'), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(guestPath, 'path in the CT'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['perms', o.perms],
        ['user', o.user],
        ['group', o.group],
    ]));
}
/** Runs a command in the CT without a host shell: `pct exec VMID -- CMD ARGS...`. */
function pctExec(vmid, command) {
    if (command.length === 0 || command[0] === '')
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('pct exec needs a command');
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'exec', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), '--', ...command);
}
/** `size` as `+4G` (grow by) or `16G` (absolute; Proxmox refuses to shrink). */
function pctResize(vmid, disk, size) {
    if (!/^(rootfs|mp([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5]))$/.test(disk))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid CT disk ${JSON.stringify(disk)}: expected rootfs or mpN`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('pct', 'resize', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), disk, (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkResizeSize */ .Ii)(size));
}
function qemuSettingArgs(s) {
    if (s.name !== undefined)
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.name, 'VM name');
    if (s.ciuser !== undefined && !/^[a-z_][a-z0-9_.-]*$/i.test(s.ciuser))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid cloud-init user ${JSON.stringify(s.ciuser)}`);
    const drive = text('disk', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuDrive */ .r2);
    return (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['name', s.name],
        ['memory', s.memory === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.memory, 'memory (MiB)', 16)],
        ['balloon', s.balloon === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.balloon, 'balloon (MiB)', 0)],
        ['cores', s.cores === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.cores, 'cores', 1)],
        ['sockets', s.sockets === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(s.sockets, 'sockets', 1)],
        ['cpu', s.cpu === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.cpu, 'cpu')],
        ['ostype', s.ostype],
        ['scsihw', s.scsihw],
        ...indexed('net', s.net, 31, text('net', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuNet */ .SQ)),
        ...indexed('scsi', s.scsi, 30, drive),
        ...indexed('virtio', s.virtio, 15, drive),
        ...indexed('sata', s.sata, 5, drive),
        ...indexed('ide', s.ide, 3, drive),
        ...indexed('serial', s.serial, 3, (v) => {
            if (v !== 'socket' && !/^\/dev\/\S+$/.test(v))
                throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid serial port ${JSON.stringify(v)}`);
            return v;
        }),
        ['vga', s.vga === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSingleLine */ .Z_)(s.vga, 'vga')],
        ['boot', s.boot === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuBootOrder */ .TK)(s.boot)],
        ['agent', s.agent === undefined ? undefined : text('agent', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuAgent */ .Gl)(s.agent)],
        ...indexed('ipconfig', s.ipconfig, 31, text('ipconfig', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .qemuIpconfig */ .ck)),
        ['nameserver', nameservers(s.nameserver)],
        [
            'searchdomain',
            s.searchdomain === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(s.searchdomain, 'search domain'),
        ],
        ['ciuser', s.ciuser],
        ['cipassword', s.cipassword],
        ['sshkeys', s.sshkeysFile === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(s.sshkeysFile, 'SSH key file')],
        ['citype', s.citype],
        ['onboot', s.onboot],
        ['startup', s.startup === undefined ? undefined : text('startup', _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .startupOrder */ .cE)(s.startup)],
        ['tags', s.tags === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .tagList */ .Tw)(s.tags)],
        ['description', s.description === undefined ? undefined : checkNoNul(s.description)],
        ['protection', s.protection],
    ]);
}
const withCiSecret = (argv, s) => ({
    argv,
    readOnly: false,
    ...(s.cipassword !== undefined ? { secrets: [s.cipassword] } : {}),
});
function qmCreate(vmid, s = {}) {
    return withCiSecret([
        'qm',
        'create',
        (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid),
        ...qemuSettingArgs(s),
        ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
            ['pool', s.pool],
            ['start', s.start],
        ]),
    ], s);
}
function qmSet(vmid, s) {
    const rest = [...qemuSettingArgs(s), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['delete', checkDelete(s.delete)]])];
    nonEmpty(rest, `qm set ${vmid}`);
    return withCiSecret(['qm', 'set', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...rest], s);
}
/** Imports a disk image (cloud image) as an unused disk of the VM. */
function qmDiskImport(vmid, source, storage, o = {}) {
    if (o.targetDisk !== undefined &&
        !/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3])$/.test(o.targetDisk))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid target disk ${JSON.stringify(o.targetDisk)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'disk', 'import', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAbsolutePath */ .XV)(source, 'disk image'), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStorageId */ .fv)(storage), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['format', o.format],
        ['target-disk', o.targetDisk],
    ]));
}
function qmClone(vmid, newid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'clone', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(newid, 'new VMID'), ...cloneArgs('qemu', o), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['name', o.name === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDnsName */ .l)(o.name, 'VM name')]]));
}
function qmResize(vmid, disk, size) {
    if (!/^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3]|efidisk0|tpmstate0)$/.test(disk))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`invalid VM disk ${JSON.stringify(disk)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'resize', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), disk, (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkResizeSize */ .Ii)(size));
}
const qmStart = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'start', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const qmStop = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'stop', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const qmStatus = (vmid) => ro('qm', 'status', checkVmid(vmid));
const qmConfig = (vmid) => ro('qm', 'config', checkVmid(vmid));
const qmListSnapshots = (vmid) => ro('qm', 'listsnapshot', checkVmid(vmid));
const qmTemplate = (vmid) => (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'template', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid));
const qmCloudinitUpdate = (vmid) => rw('qm', 'cloudinit', 'update', checkVmid(vmid));
function qmShutdown(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'shutdown', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...shutdownArgs(o));
}
function qmSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'snapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'qemu'), ...snapDescription(o.description), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['vmstate', o.vmstate]]));
}
function qmRollback(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'rollback', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'qemu'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['start', o.start]]));
}
function qmDeleteSnapshot(vmid, name, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'delsnapshot', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSnapshotName */ .Ap)(name, 'qemu'), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['force', o.force]]));
}
/** Destroys a VM and its disks. Only plans that explicitly destroy a guest use this. */
function qmDestroy(vmid, o = {}) {
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'destroy', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([['purge', o.purge]]));
}
const READ_ONLY_AGENT = [
    'ping',
    'info',
    'get-fsinfo',
    'get-host-name',
    'get-osinfo',
    'get-time',
    'get-timezone',
    'get-users',
    'get-vcpus',
    'network-get-interfaces',
    'fsfreeze-status',
];
/** A read-only guest agent call; `ping` fails until the agent answers. */
function qmGuestCmd(vmid, command = 'ping') {
    if (!READ_ONLY_AGENT.includes(command))
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB(`unsupported agent command ${JSON.stringify(command)}`);
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.ro)('qm', 'guest', 'cmd', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), command);
}
/** Runs a command through the guest agent: `qm guest exec VMID [--timeout N] -- CMD ARGS...`. */
function qmGuestExec(vmid, command, o = {}) {
    if (command.length === 0 || command[0] === '')
        throw new _pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .HostCommandInputError */ .qB('qm guest exec needs a command');
    return (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_1__.rw)('qm', 'guest', 'exec', (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkVmid */ .Jl)(vmid), ...(0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .options */ .fF)([
        ['timeout', o.timeoutSec === undefined ? undefined : (0,_pve_options_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInteger */ .zQ)(o.timeoutSec, 'timeout', 0)],
        ['pass-stdin', o.passStdin],
    ]), '--', ...command);
}


/***/ })

};
