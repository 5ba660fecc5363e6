export const id = 202;
export const ids = [202];
export const modules = {

/***/ 85111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ LIVE_STATE_VERSION)
/* harmony export */ });
/**
 * The live state of a Proxmox node or cluster as Phoenix records it: a versioned JSON document
 * read in a constant number of host commands. PR plans diff against a recorded copy of it.
 */
const LIVE_STATE_VERSION = 1;


/***/ }),

/***/ 38779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ rebuildLoss),
/* harmony export */   KX: () => (/* binding */ placeVolumeDeletes),
/* harmony export */   lM: () => (/* binding */ backupStorageOf),
/* harmony export */   rb: () => (/* binding */ volumeDeletes),
/* harmony export */   vx: () => (/* binding */ dataVolumesOf),
/* harmony export */   z$: () => (/* binding */ deleteSteps)
/* harmony export */ });
/* unused harmony exports backupStep, lostVolume, detachedAsData, describeLost */
/* harmony import */ var _volume_slots_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33357);

const VM_DISK = /^(scsi|virtio|sata|ide)\d+$/;
function option(value, name) {
    for (const part of value.split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === name)
            return part.slice(eq + 1).trim();
    }
    return undefined;
}
/** The data volumes a destroy of `live` frees, in key order. */
function dataVolumesOf(live) {
    const out = [];
    const cfg = live.config;
    const keys = Object.keys(cfg).sort();
    for (const key of keys) {
        const value = cfg[key];
        if (live.kind === 'lxc' && /^mp\d+$/.test(key)) {
            const m = (0,_volume_slots_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLiveMount */ .FH)(key, value);
            if (m.volume === undefined)
                continue;
            out.push({
                key,
                volume: m.volume,
                mountPath: m.target,
                size: m.size,
                backedUp: option(value, 'backup') === '1',
            });
        }
        else if (live.kind === 'qemu' && VM_DISK.test(key) && key !== 'scsi0') {
            if (option(value, 'media') === 'cdrom' || /cloudinit/.test(value))
                continue;
            const volume = value.split(',')[0];
            if (volume.startsWith('/') || volume === 'none')
                continue;
            out.push({ key, volume, size: option(value, 'size'), backedUp: option(value, 'backup') !== '0' });
        }
    }
    for (const u of (0,_volume_slots_js__WEBPACK_IMPORTED_MODULE_0__/* .unusedVolumes */ .mF)(cfg))
        out.push({ key: u.key, volume: u.volume, backedUp: false });
    return out;
}
/** The storage a backup before data loss goes to: `local` when it takes backups, else the first that does. */
function backupStorageOf(live) {
    const able = live.storages.filter((s) => s.content.includes('backup')).map((s) => s.id);
    return able.includes('local') ? 'local' : [...able].sort()[0];
}
/** The `backup` step before a step that deletes `lost` (stop mode: consistent, works on every storage). */
function backupStep(storage, lost) {
    return {
        mode: 'stop',
        op: 'backup',
        storage,
        volumes: lost.filter((v) => v.backedUp).map((v) => v.volume),
    };
}
/** A lost volume as the plan lists it (keys in sorted order). */
function lostVolume(v, reason) {
    return {
        key: v.key,
        mountPath: v.mountPath,
        reason: v.backedUp
            ? reason
            : `${reason}; not in the backup (Proxmox backs up no unused volume and no mount point without backup=1)`,
        size: v.size,
        volume: v.volume,
    };
}
/** A detached volume seen as a data volume (its `backup=` as the live mount point had it). */
function detachedAsData(d, live) {
    return {
        key: d.key,
        volume: d.volume,
        mountPath: d.target,
        size: d.size,
        backedUp: option(live[d.key] ?? '', 'backup') === '1',
    };
}
/** `mp0 /data local-lvm:vm-950-disk-1 (8G)`: one line of a "Data loss" list. */
function describeLost(v) {
    return `${v.key}${v.mountPath ? ` ${v.mountPath}` : ''} ${v.volume}${v.size ? ` (${v.size})` : ''}`;
}
const ALLOW = 'refused unless data loss is allowed (--allow-data-loss, a vzdump backup is taken first)';
/** The backup step before data loss; an error when the host has no storage that takes backups. */
function backupBefore(data, ctx, errors) {
    if (!ctx.backupStorage && ctx.hostKnown)
        errors.push("no storage on the host takes backups (content 'backup'), and a backup must precede data loss");
    return backupStep(ctx.backupStorage ?? 'local', data);
}
/**
 * Deleting the volumes `d` detaches (the guest sets `allow_destroy_volumes`): the backup taken
 * before the detach, one `destroy-volume` step per volume (its `unusedN` key), the lost volumes,
 * and the diffs re-noted. Undefined when nothing is detached.
 */
function volumeDeletes(address, d, live, ctx, errors) {
    if (!d.detached.length)
        return undefined;
    const data = d.detached.map((x) => detachedAsData(x, live));
    const lost = data.map((v) => lostVolume(v, 'left the config (allow_destroy_volumes)'));
    const steps = d.detached.map((x) => ({ key: x.unused, op: 'destroy-volume', volume: x.volume }));
    const gone = new Set(d.detached.map((x) => x.key));
    d.diffs.forEach((x, i) => {
        if (gone.has(x.key) && x.to === undefined)
            d.diffs[i] = { ...x, note: 'detach and destroy (data loss)' };
    });
    if (!ctx.allowDataLoss)
        errors.push(`${address}: destroying volumes that left the config destroys their data (${lost.map(describeLost).join(', ')}); ${ALLOW}`);
    return { backup: backupBefore(data, ctx, errors), steps, lost };
}
/**
 * The data volumes a rebuild of `live` deletes and the steps before its destroy (a backup, when
 * there are any). Proxmox cannot keep them: its destroy frees every volume the config lists,
 * unused ones included, so without `allowDataLoss` the rebuild is refused.
 */
function rebuildLoss(address, live, ctx, errors, unkept) {
    // Containers keep what can be handed to a holder (keep-volumes.ts); `unkept` is the rest. A VM's
    // disks are not kept: its volumes are not modelled beyond the root disk.
    const left = unkept ?? dataVolumesOf(live).map((v) => ({ v, reason: '' }));
    const data = left.map((x) => x.v);
    if (!data.length)
        return { steps: [], lost: [] };
    const lost = left.map((x) => lostVolume(x.v, `destroyed by the rebuild${x.reason ? `; it cannot be kept: ${x.reason}` : ''}`));
    const named = left.map((x, i) => `${describeLost(lost[i])}${x.reason ? ` (${x.reason})` : ''}`);
    if (!ctx.allowDataLoss)
        errors.push(`${address} needs a rebuild, and Proxmox's destroy frees every volume the config lists, unused ones included; these data volumes cannot be kept: ${named.join(', ')}; ${ALLOW}`);
    return { steps: [backupBefore(data, ctx, errors)], lost };
}
/**
 * Puts the `destroy-volume` steps where the volumes are detached: right after the configure
 * step, or on a running container after its restart (Proxmox keeps the detach pending till then).
 */
function placeVolumeDeletes(steps, running, deletes) {
    const power = running ? steps.findIndex((x) => x.op === 'restart' || x.op === 'start') : -1;
    const at = power >= 0 ? power + 1 : steps.findIndex((x) => x.op === 'configure') + 1;
    // A lifecycle snapshot retaken in this plan still holds the volume until its old copy is
    // deleted (Proxmox keeps a volume a snapshot uses, and `snapshot_delete` lists it as unused
    // again): the deletes follow the last retake. New snapshots leave `unusedN` volumes out.
    const retaken = steps.map((x) => x.op === 'snapshot' && x.replace).lastIndexOf(true);
    steps.splice(Math.max(at, retaken + 1), 0, ...deletes);
}
/**
 * Steps for a managed guest that left the config and may be destroyed, with the data volumes the
 * destroy deletes: those need `allowDataLoss` (else `refused` says why it is kept) and a backup first.
 */
function deleteSteps(live, ctx) {
    const destroy = { op: 'destroy', running: live.status === 'running' };
    const data = dataVolumesOf(live);
    if (!data.length)
        return { steps: [destroy], lost: [], errors: [] };
    const lost = data.map((v) => lostVolume(v, 'destroyed with the guest'));
    if (!ctx.allowDataLoss) {
        return {
            steps: [],
            lost,
            errors: [],
            refused: `removed from the config, but destroying it destroys its data volumes too (${lost.map(describeLost).join(', ')}); that needs --allow-data-loss`,
        };
    }
    const errors = [];
    return { steps: [backupBefore(data, ctx, errors), destroy], lost, errors };
}


/***/ }),

/***/ 8654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XG: () => (/* binding */ printedConfig),
/* harmony export */   rC: () => (/* binding */ desiredToLiveState)
/* harmony export */ });
/* unused harmony export desiredGuestToLive */
/* harmony import */ var _model_cluster_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32966);
/* harmony import */ var _dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70147);
/* harmony import */ var _model_live_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85111);
/* harmony import */ var _model_host_config_image_volume_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41259);
/* harmony import */ var _config_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97025);
/* harmony import */ var _desired_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79164);
/* harmony import */ var _lifecycle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10287);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71432);
/**
 * The live state a desired state would produce once applied: every guest created, configured,
 * recorded and snapshotted. Used to plan config against config when no recorded state exists
 * (`plan(desiredNew, desiredToLiveState(desiredOld))`), as the base a clone inherits from its
 * source, and by tests to build a converged host. Pure.
 */








/**
 * The config as Proxmox would print it after Phoenix created `guest` (volume ids filled in; a key
 * at its default, per the dialect's guest key tables, left out as Proxmox leaves it out).
 */
function printedConfig(guest, ctx = {}) {
    const d = (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_3__/* .desiredConfig */ .Nn)(guest, ctx);
    const out = {};
    let disk = 0;
    const volumeName = () => `${guest.kind === 'lxc' ? 'subvol' : 'vm'}-${guest.id}-disk-${disk++}`;
    for (const [key, value] of Object.entries(d.keys)) {
        if ((0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .keyDefault */ .V_)(guest.kind, key) === value)
            continue;
        if ((0,_dialect_guest_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .isVolumeKey */ .wY)(guest.kind, key)) {
            const v = (0,_config_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVolume */ .wM)(value);
            if (v.storage && !v.volume && v.sizeGiB !== undefined) {
                const opts = [...v.opts.entries()].map(([k, x]) => `,${k}=${x}`).join('');
                out[key] = `${v.storage}:${volumeName()}${opts},size=${(0,_config_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSize */ .Xq)(v.sizeGiB)}`;
                continue;
            }
        }
        out[key] = key === 'sshkeys' ? (0,_desired_config_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeSshKeys */ .HA)(value) : value;
    }
    for (const [key, value] of Object.entries(d.createOnly)) {
        out[key] = key === 'ide2' ? `${guest.storagePool}:vm-${guest.id}-cloudinit,media=cdrom` : value;
    }
    for (const line of d.lxcRaw) {
        const cut = line.indexOf(': ');
        const k = line.slice(0, cut);
        const v = line.slice(cut + 2);
        out[k] = out[k] === undefined ? v : `${out[k]}\n${v}`;
    }
    return out;
}
function desiredGuestToLive(guest, options = {}) {
    const config = printedConfig(guest, options);
    config.description = (0,_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .renderDescription */ .Nk)((0,_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .expectedMarker */ .JL)(guest, options.scriptHashes, { ctx: options }));
    config.tags = _markers_js__WEBPACK_IMPORTED_MODULE_5__/* .MANAGED_TAG */ .N2;
    if (guest.isTemplate)
        config.template = '1';
    return {
        kind: guest.kind,
        id: guest.id,
        node: guest.node ?? options.node ?? 'pve',
        name: guest.name,
        status: guest.isTemplate ? 'stopped' : 'running',
        template: guest.isTemplate,
        config,
        snapshots: (0,_lifecycle_js__WEBPACK_IMPORTED_MODULE_4__/* .expectedSnapshots */ .a3)(guest).map((name) => ({ name })),
        tags: [_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .MANAGED_TAG */ .N2],
    };
}
function desiredToLiveState(desired, options = {}) {
    // Clones inherit their sources' raw lxc lines (desired-config.ts): the guests by id.
    // A guest without `node` is where the old config's cluster.default_node put it.
    const node = options.node ?? (0,_model_cluster_config_js__WEBPACK_IMPORTED_MODULE_6__/* .clusterConfigOf */ .m)(desired.hypervisor).defaultNode;
    const withSources = { ...options, node, desiredById: new Map(desired.guests.map((g) => [g.id, g])) };
    const guests = desired.guests.map((g) => desiredGuestToLive(g, withSources));
    const nodes = new Set([node ?? 'pve']);
    const storages = new Map();
    const bridges = new Set();
    const templates = new Set();
    const images = new Set();
    const useStorage = (id, content) => {
        if (!storages.has(id))
            storages.set(id, new Set());
        storages.get(id).add(content);
    };
    for (const g of desired.guests) {
        if (g.node)
            nodes.add(g.node);
        useStorage(g.storagePool, g.kind === 'lxc' ? 'rootdir' : 'images');
        for (const m of g.mountPoints)
            if (m.sizeGb !== undefined && !m.source.startsWith('/'))
                useStorage(m.source, 'rootdir');
        for (const n of g.networks)
            bridges.add(n.bridge);
        if (g.kind === 'lxc' && g.osTemplate && g.cloneFrom === undefined)
            templates.add(g.osTemplate);
        // A VM made from a cloud image: the image in import content and the agent's vendor data.
        if (g.kind === 'qemu' && g.osTemplate && g.cloneFrom === undefined) {
            const volume = (0,_model_host_config_image_volume_js__WEBPACK_IMPORTED_MODULE_1__/* .imageVolume */ .CK)(g.osTemplate, desired.hypervisor);
            if (!volume.startsWith('/')) {
                useStorage(volume.slice(0, volume.indexOf(':')), 'import');
                images.add(volume);
            }
            useStorage(_model_host_config_image_volume_js__WEBPACK_IMPORTED_MODULE_1__/* .AGENT_SNIPPET */ .oZ.storage, 'snippets');
        }
    }
    return {
        version: _model_live_state_js__WEBPACK_IMPORTED_MODULE_7__/* .LIVE_STATE_VERSION */ .O,
        readAt: '',
        target: options.target ?? 'config',
        nodes: [...nodes].sort(),
        pveVersion: options.pveVersion,
        guests: [...guests].sort((a, b) => a.id - b.id),
        storages: [...storages.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([id, content]) => ({ id, type: 'unknown', content: [...content].sort() })),
        bridges: [...bridges].sort(),
        templates: [...templates].sort(),
        images: [...images].sort(),
    };
}


/***/ }),

/***/ 93792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CC: () => (/* binding */ draftChange),
  gY: () => (/* binding */ planGuest),
  Cx: () => (/* reexport */ script_input/* scriptInputHash */.Cx),
  tV: () => (/* reexport */ script_input/* scriptInputOf */.tV)
});

// UNUSED EXPORTS: cloneSnapshotOf

// EXTERNAL MODULE: ./src/plan/canonical.ts
var canonical = __webpack_require__(34917);
// EXTERNAL MODULE: ./src/plan/clone-base.ts
var clone_base = __webpack_require__(35386);
// EXTERNAL MODULE: ./src/plan/config-diff.ts
var config_diff = __webpack_require__(97025);
// EXTERNAL MODULE: ./src/plan/desired-config.ts
var desired_config = __webpack_require__(79164);
// EXTERNAL MODULE: ./src/plan/desired-to-live.ts
var desired_to_live = __webpack_require__(8654);
// EXTERNAL MODULE: ./src/plan/data-loss.ts
var data_loss = __webpack_require__(38779);
;// CONCATENATED MODULE: ./src/plan/host-dirs.ts

const DEFAULT_ID_BASE = 100000;
/** Host ids of container root: `lxc.idmap: u 0 100000 65536` (and `g ...`), else the default. */
function rootHostIds(g) {
    if (g.unprivileged === false)
        return { uid: 0, gid: 0 };
    const ids = { uid: DEFAULT_ID_BASE, gid: DEFAULT_ID_BASE };
    for (const line of g.lxcOptions) {
        const m = /^lxc\.idmap\s*[:=]\s*([ug])\s+0\s+(\d+)\s+\d+\s*$/.exec(line.trim());
        if (m)
            ids[m[1] === 'u' ? 'uid' : 'gid'] = Number(m[2]);
    }
    return ids;
}
/** Bind sources among `mpN` values (`/srv/data,mp=/data`), in key order. */
function bindSources(keys) {
    const out = [];
    for (const k of Object.keys(keys).sort()) {
        if (!/^mp\d+$/.test(k))
            continue;
        const src = keys[k].split(',')[0].replace(/^volume=/, '');
        if (src.startsWith('/') && !src.startsWith('/dev/') && !out.includes(src))
            out.push(src);
    }
    return out;
}
/** `steps` with `hostDirs` on each container create/configure step that sets a bind mount. */
function withHostDirs(g, steps) {
    if (g.kind !== 'lxc')
        return steps;
    const { uid, gid } = rootHostIds(g);
    return steps.map((s) => {
        const keys = s.op === 'create' ? s.config : s.op === 'configure' ? s.set : undefined;
        const paths = keys ? bindSources(keys) : [];
        if (paths.length === 0)
            return s;
        const hostDirs = paths.map((path) => ({ gid, path, uid }));
        return (0,canonical/* sortKeys */.di)({ ...s, hostDirs });
    });
}
/**
 * Proxmox clones only volume mount points: a bind (`/path`) or device (`/dev/...`) mount point on
 * the source makes `pct clone` die (pve-container API2/LXC.pm `clone_vm`: "unable to clone
 * mountpoint 'mp0' (type bind)"). The plan refuses such a clone up front, saying so.
 */
function cloneMountErrors(sourceLabel, source) {
    const out = [];
    for (const k of Object.keys(source).sort()) {
        if (!/^mp\d+$/.test(k))
            continue;
        const src = source[k].split(',')[0].replace(/^volume=/, '');
        if (!src.startsWith('/'))
            continue;
        const type = src.startsWith('/dev/') ? 'device' : 'bind';
        out.push(`clone source ${sourceLabel} has a ${type} mount point ${k} (${src}), which Proxmox cannot clone ('unable to clone mountpoint'): give the mount to the clones instead, not to their source`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/plan/keep-volumes.ts
var keep_volumes = __webpack_require__(27328);
// EXTERNAL MODULE: ./src/plan/last-applied.ts
var last_applied = __webpack_require__(20895);
// EXTERNAL MODULE: ./src/plan/incomplete.ts
var plan_incomplete = __webpack_require__(93187);
;// CONCATENATED MODULE: ./src/plan/pending.ts

/** Pending removals: `delete: mp0,!memory` (`!` forces). */
function pendingDeletes(pending) {
    return (pending.delete ?? '')
        .split(/[,;\s]+/)
        .map((k) => k.replace(/^!/, ''))
        .filter(Boolean);
}
/** The config the guest has after its next start, or undefined when nothing is pending. */
function configAfterPending(live) {
    const pending = live.pending;
    if (!pending || Object.keys(pending).length === 0)
        return undefined;
    const out = { ...live.config };
    for (const [k, v] of Object.entries(pending))
        if (k !== 'delete')
            out[k] = v;
    for (const k of pendingDeletes(pending))
        delete out[k];
    return out;
}
/** `diff` against the current config, plus what differs only from the pending values. */
function diffWithPending(live, diff) {
    const now = diff(live.config);
    const after = configAfterPending(live);
    if (!after)
        return now;
    const pendingKeys = new Set([...Object.keys(live.pending), ...pendingDeletes(live.pending)]);
    const later = diff(after);
    const set = { ...now.set };
    const diffs = [...now.diffs];
    const known = new Set(now.diffs.map((d) => d.key));
    for (const d of later.diffs) {
        if (known.has(d.key) || !pendingKeys.has(d.key))
            continue;
        const pendingValue = live.pending[d.key];
        diffs.push((0,canonical/* sortKeys */.di)({
            ...d,
            from: live.config[d.key] ?? '(unset)',
            note: pendingValue === undefined ? 'pending removal reverted' : `pending ${pendingValue} reverted`,
        }));
        if (later.set[d.key] !== undefined)
            set[d.key] = later.set[d.key];
    }
    const del = [...now.delete];
    for (const k of later.delete)
        if (pendingKeys.has(k) && !del.includes(k))
            del.push(k);
    return { ...now, diffs, set: (0,canonical/* sortKeys */.di)(set), delete: del };
}

// EXTERNAL MODULE: ./src/plan/lifecycle.ts
var lifecycle = __webpack_require__(10287);
// EXTERNAL MODULE: ./src/plan/placement.ts
var placement = __webpack_require__(12316);
;// CONCATENATED MODULE: ./src/plan/migration.ts

const CT_VOLUME = /^(rootfs|mp\d+|unused\d+)$/;
const VM_VOLUME = /^((scsi|virtio|sata|ide)\d+|efidisk0|tpmstate0|unused\d+)$/;
function migration_option(value, name) {
    for (const part of value.split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === name)
            return part.slice(eq + 1).trim();
    }
    return undefined;
}
/** The volumes (and bind / device mounts) of a guest's config, in key order. */
function volumesOf(live) {
    const out = [];
    const re = live.kind === 'lxc' ? CT_VOLUME : VM_VOLUME;
    for (const key of Object.keys(live.config).sort()) {
        if (!re.test(key))
            continue;
        const value = live.config[key];
        const first = value.split(',')[0].trim();
        const volume = first.includes('=') ? (migration_option(value, 'volume') ?? migration_option(value, 'file') ?? '') : first;
        if (!volume || volume === 'none')
            continue;
        out.push({ key, volume, shared: migration_option(value, 'shared') === '1' });
    }
    return out;
}
const storageOf = (volume) => volume.startsWith('/') || !volume.includes(':') ? undefined : volume.slice(0, volume.indexOf(':'));
/**
 * Storage types whose local volumes Proxmox copies to the target node (pve-container
 * `PVE::LXC::Migrate::phase1` and qemu-server `PVE::QemuMigrate::scan_local_volumes`).
 */
const MIGRATABLE = new Set(['dir', 'zfspool', 'lvmthin', 'lvm', 'btrfs']);
/**
 * VM settings that tie it to its node (qemu-server `PVE::QemuMigrate::Helpers::check_local_resources`):
 * PCI and USB devices passed through from the host (unless they name a cluster resource mapping),
 * shared memory.
 */
function localDevices(config) {
    const out = [];
    for (const key of Object.keys(config).sort()) {
        const v = config[key];
        if (key === 'ivshmem' || key === 'hostpci' || key === 'hostusb')
            out.push(key);
        else if (/^hostpci\d+$/.test(key) && migration_option(v, 'mapping') === undefined)
            out.push(key);
        else if (/^usb\d+$/.test(key) && migration_option(v, 'mapping') === undefined) {
            const host = migration_option(v, 'host') ?? (v.includes('=') ? undefined : v.split(',')[0]);
            if (host && !/^spice$/i.test(host))
                out.push(key);
        }
    }
    return out;
}
/**
 * Move existing guest `live` to node `to`. A running VM moves live (`--online`), a running
 * container is restarted around the move (`--restart`: Proxmox has no live container migration);
 * a VM with disks on node-local storage copies them (`--with-local-disks`). Proxmox's refusals
 * are checked on the live config, which is what it migrates (configure steps come after).
 */
function planMigration(live, to, state) {
    const running = live.status === 'running';
    const errors = [];
    const refuse = (why) => errors.push(`cannot migrate to node ${to}: ${why}`);
    let localDisks = false;
    // A target outside the cluster is reported as such (placement.ts nodeErrors), not per volume.
    const known = state.nodes.length === 0 || state.nodes.includes(to);
    for (const v of known ? volumesOf(live) : []) {
        const sid = storageOf(v.volume);
        if (sid === undefined) {
            // pve-container PVE::LXC::Migrate::prepare / qemu-server PVE::QemuMigrate scan_local_volumes.
            if (!v.shared && v.volume !== 'cdrom')
                refuse(`${v.key} is a local ${v.volume.startsWith('/dev/') ? 'device' : 'bind'} mount of ${v.volume}, which Proxmox does not migrate (only storage volumes, or host paths marked shared=1)`);
            else if (v.volume === 'cdrom')
                refuse(`${v.key} is the host's CD-ROM drive, which Proxmox does not migrate`);
            continue;
        }
        const on = (0,placement/* storageOnNode */.j_)(state, sid, to);
        if (!on) {
            const has = (0,placement/* nodesWithStorage */.Vp)(state, sid);
            refuse(`storage ${sid} (${v.key}) is not available there${has.length ? ` (it is on ${has.join(', ')})` : ''}`);
            continue;
        }
        const here = (0,placement/* storageOnNode */.j_)(state, sid, live.node) ?? on;
        if ((0,placement/* isSharedStorage */.Rs)(here))
            continue;
        localDisks = true;
        if (here.type && here.type !== 'unknown' && !MIGRATABLE.has(here.type))
            refuse(`${v.key} is on storage ${sid} of type ${here.type}, whose volumes Proxmox does not migrate`);
        else if (live.snapshots.length && here.type !== 'zfspool' && here.type !== 'btrfs' && live.kind === 'lxc')
            refuse(`${v.key} is on node-local storage ${sid} and the container has snapshots: Proxmox refuses ("non-migratable snapshot exists"); only ZFS and Btrfs volumes move with snapshots`);
        else if (live.snapshots.length && running && live.kind === 'qemu')
            refuse(`${v.key} is on node-local storage ${sid} and the running VM has snapshots: Proxmox refuses an online storage migration with snapshots`);
    }
    if (live.kind === 'qemu') {
        const devices = localDevices(live.config);
        if (devices.length)
            refuse(`the VM uses local devices (${devices.join(', ')}), which Proxmox does not migrate`);
    }
    const step = {
        from: live.node,
        online: live.kind === 'qemu' && running,
        op: 'migrate',
        restart: live.kind === 'lxc' && running,
        to,
        withLocalDisks: live.kind === 'qemu' && localDisks,
    };
    const diff = {
        effect: step.restart ? 'restart' : 'live',
        from: live.node,
        key: 'node',
        note: 'migrate',
        to,
    };
    return { step, diff, errors };
}
/**
 * Where a clone of a source on node `from` is made for a guest placed on node `to`. Proxmox
 * clones across nodes (`target`) only onto a shared storage ("can't clone to non-shared
 * storage"). With `storage` given, pve-container (`PVE::API2::LXC` clone_vm) asks nothing more of
 * the source; qemu-server (`PVE::API2::Qemu` clone_vm, `$check_storage_access_clone`) also wants
 * every volume of the source (CD-ROM images such as the cloud-init drive included) on shared
 * storage. So: when that holds, clone with `target`; else clone on the source's node onto that
 * node's storage of that name, then migrate the new (stopped) guest. `source`: the source's own
 * config (its volumes where they are), asked for only then (unknown: taken to be shared).
 */
function planCrossNodeClone(kind, storage, from, to, state, source) {
    if (from === undefined || to === undefined || from === to)
        return { errors: [] };
    const config = kind === 'qemu' ? source?.() : undefined;
    const sourceShared = config === undefined ||
        volumesOf({ kind, config }).every((v) => {
            const sid = storageOf(v.volume);
            return sid === undefined ? v.shared || v.volume === 'cdrom' : (0,placement/* storageIsShared */.JN)(state, sid);
        });
    if (sourceShared && (0,placement/* storageIsShared */.JN)(state, storage))
        return { target: to, errors: [] };
    const errors = (0,placement/* storageOnNode */.j_)(state, storage, from)
        ? []
        : [
            `the clone source is on node ${from} and storage ${storage} is not shared, so the clone is made on ${from} and migrated to ${to}; but ${from} has no storage ${storage}`,
        ];
    return {
        migrate: { from, online: false, op: 'migrate', restart: false, to, withLocalDisks: kind === 'qemu' },
        errors,
    };
}

;// CONCATENATED MODULE: ./src/plan/snapshot-capable.ts
const ANY_VOLUME = new Set(['zfspool', 'zfs', 'lvmthin', 'rbd', 'btrfs']);
const QCOW2_ONLY = new Set(['dir', 'nfs', 'cifs', 'glusterfs', 'cephfs']);
const NONE = new Set(['lvm', 'iscsi', 'iscsidirect']);
function isVolumeKey(kind, key) {
    if (kind === 'lxc')
        return key === 'rootfs' || /^mp\d+$/.test(key);
    return /^(?:scsi|virtio|sata|ide)\d+$|^efidisk0$|^tpmstate0$/.test(key);
}
/** The volume (or path) a disk or mount point value names: its first field (`volume=` or `file=` optional). */
function volumeOf(value) {
    const first = value.split(',')[0] ?? '';
    return first.replace(/^(?:volume|file)=/, '');
}
/**
 * Why the guest's snapshots cannot be taken, or undefined when they can (or when it cannot be
 * told: a storage the host state does not list, or of a type not known here, is given the
 * benefit of the doubt).
 * `config` is the guest's config as it will be after this plan: live keys with the plan's set over them.
 */
function snapshotBlocker(kind, config, storages) {
    for (const key of Object.keys(config).sort()) {
        if (!isVolumeKey(kind, key))
            continue;
        const value = config[key];
        const vol = volumeOf(value);
        if (kind === 'qemu' && (/(?:^|,)media=cdrom(?:,|$)/.test(value) || vol === 'none'))
            continue;
        if (vol.startsWith('/')) {
            return `${key} is a bind or device mount (${vol}), which Proxmox cannot snapshot`;
        }
        const storageId = vol.includes(':') ? vol.slice(0, vol.indexOf(':')) : undefined;
        const storage = storageId ? storages.find((s) => s.id === storageId) : undefined;
        if (!storage || ANY_VOLUME.has(storage.type))
            continue;
        if (QCOW2_ONLY.has(storage.type)) {
            const qcow2 = vol.endsWith('.qcow2') || /(?:^|,)format=qcow2(?:,|$)/.test(value);
            if (kind === 'qemu' && qcow2)
                continue;
            return `${key} is on ${storage.type} storage '${storage.id}' as a ${kind === 'lxc' ? 'raw or subvol' : 'raw'} volume, which Proxmox cannot snapshot (only qcow2 files there)`;
        }
        if (NONE.has(storage.type))
            return `${key} is on ${storage.type} storage '${storage.id}', which has no snapshots`;
    }
    return undefined;
}
/** A live config with a plan's `set` and `delete` applied. */
function configAfter(live, change) {
    const out = { ...live, ...(change?.set ?? {}) };
    for (const k of change?.delete ?? [])
        delete out[k];
    return out;
}
/**
 * A clone that starts from its source's snapshot, when Proxmox cannot take that snapshot (and the
 * source does not have it already): the plan refuses, rather than the clone failing at apply.
 */
function sourceSnapshotErrors(kind, sourceId, snapshot, storages, sourceLive, sourceDesired) {
    if (!snapshot || sourceLive?.snapshots.some((s) => s.name === snapshot))
        return [];
    const config = sourceLive?.config ?? sourceDesired() ?? {};
    // Bind and device mounts of a clone source are refused on their own (cloneMountErrors).
    const volumes = Object.fromEntries(Object.entries(config).filter(([, v]) => !volumeOf(v).startsWith('/')));
    const why = snapshotBlocker(kind, volumes, storages);
    if (!why)
        return [];
    const label = `${kind === 'lxc' ? 'CT' : 'VM'} ${sourceId}`;
    return [
        `clone source ${label} cannot have its template snapshot '${snapshot}' that clones start from: ${why}; put it on storage that can snapshot it, or make it a template (is_template)`,
    ];
}

// EXTERNAL MODULE: ./src/plan/script-input.ts
var script_input = __webpack_require__(67505);
// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(71432);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/plan/guest-plan.ts




















function draftChange(c) {
    return {
        action: 'no-op',
        address: c.address,
        cloneOf: c.cloneOf,
        dataLoss: undefined,
        dependencies: c.dependencies,
        diffs: [],
        id: c.id,
        kind: c.kind,
        layer: undefined,
        name: c.name,
        node: c.node,
        reasons: [],
        scriptInputHash: undefined,
        steps: [],
        template: c.template,
        waitFor: [],
    };
}
/**
 * `diffConfig` of `g` against `onto` (the live guest, or what a clone inherits): mount points keep
 * the slots that hold their paths there (volume-slots.ts). The positional `cfg` still serves the
 * snapshot token, which must not depend on the host.
 */
function diffOnto(g, cfg, ctx, onto) {
    return (0,config_diff/* diffConfig */.O2)(g.kind, g.mountPoints.length ? (0,desired_config/* desiredConfig */.Nn)(g, ctx, onto) : cfg, onto);
}
/** Steps that make a guest exist and configured: `pct create`/`qm create`, or clone + configure + resize. */
function newGuestSteps(g, cfg, ctx, node) {
    const errors = [];
    if (g.cloneFrom === undefined) {
        if (!g.osTemplate) {
            errors.push(`${g.kind === 'lxc' ? 'no template (template/template_file)' : 'no template_image'} and no clone source`);
        }
        const source = g.kind === 'qemu' && g.osTemplate ? ctx.imageVolume(g.osTemplate) : (g.osTemplate ?? '');
        const download = ctx.hostKnown &&
            g.kind === 'lxc' &&
            /^[^/:]+:vztmpl\//.test(source) &&
            !(0,placement/* templatesOn */.F_)(ctx.live, node).includes(source);
        const step = {
            config: (0,canonical/* sortKeys */.di)({ ...cfg.keys, ...cfg.createOnly, ...(0,markers/* birthKeys */.Yg)(g) }),
            diskGb: g.diskSizeGb,
            download,
            lxcRaw: cfg.lxcRaw,
            op: 'create',
            source,
            storage: g.storagePool,
        };
        return { steps: [step], diffs: [], errors, action: 'create' };
    }
    const srcId = g.cloneFrom;
    const srcDesired = ctx.desiredById.get(srcId);
    const srcLive = ctx.liveById.get(srcId);
    let snapshot;
    let base;
    if (srcDesired) {
        if (srcDesired.kind !== g.kind)
            errors.push(`clone source ${(0,types/* guestLabel */.dv)(srcDesired.kind, srcId)} is not a ${g.kind === 'lxc' ? 'container' : 'VM'}`);
        snapshot = (0,clone_base/* cloneSnapshotOf */.fS)(srcDesired);
        if (!snapshot && !srcDesired.isTemplate) {
            errors.push(`clone source ${(0,types/* guestLabel */.dv)(srcDesired.kind, srcId)} is neither a template nor names a template_snapshot_name`);
        }
        base = (0,clone_base/* sourceConfig */.Kf)(srcId, g.storagePool, ctx.sourceConfigs, () => (0,desired_to_live/* printedConfig */.XG)(srcDesired, ctx));
    }
    else if (srcLive) {
        if (srcLive.kind !== g.kind)
            errors.push(`clone source ${(0,types/* guestLabel */.dv)(srcLive.kind, srcId)} is not a ${g.kind === 'lxc' ? 'container' : 'VM'}`);
        if (!srcLive.template)
            errors.push(`clone source ${(0,types/* guestLabel */.dv)(srcLive.kind, srcId)} is not in the config and not a template`);
        base = (0,clone_base/* sourceConfig */.Kf)(srcId, g.storagePool, ctx.sourceConfigs, () => srcLive.config);
    }
    else {
        errors.push(`clone source ${srcId} is neither in the config nor on the host`);
    }
    if (base)
        errors.push(...cloneMountErrors((0,types/* guestLabel */.dv)(g.kind, srcId), base));
    const srcNode = srcDesired ? (0,placement/* placeGuest */.wP)(srcDesired, srcLive, ctx.placement) : srcLive?.node || undefined;
    const cross = planCrossNodeClone(g.kind, g.storagePool, srcNode, node, ctx.live, () => srcDesired ? (0,desired_to_live/* printedConfig */.XG)(srcDesired, ctx) : srcLive?.config);
    errors.push(...cross.errors);
    const desiredSrc = () => srcDesired && (0,desired_config/* desiredConfig */.Nn)(srcDesired, ctx).keys;
    errors.push(...sourceSnapshotErrors(g.kind, srcId, snapshot, ctx.live.storages, srcLive, desiredSrc));
    const steps = [
        { name: g.name, op: 'clone', snapshot, source: srcId, storage: g.storagePool, target: cross.target },
        ...(cross.migrate ? [cross.migrate] : []),
    ];
    const diffs = [];
    const d = base ? diffOnto(g, cfg, ctx, base) : undefined;
    if (d) {
        for (const r of d.rebuild)
            errors.push(`the clone inherits a setting it cannot change: ${r}`);
        errors.push(...d.errors.map((e) => `clone source's ${e}`));
        diffs.push(...d.diffs);
    }
    // Always configure a clone: at least its own tag and done-record replace the source's.
    steps.push({
        delete: d?.delete ?? [],
        lxcRaw: d?.lxcRaw,
        op: 'configure',
        set: (0,canonical/* sortKeys */.di)({ ...(d?.set ?? {}), ...(0,markers/* birthKeys */.Yg)(g) }),
    });
    for (const r of d?.resize ?? [])
        steps.push({ disk: r.disk, op: 'resize', size: r.size });
    for (const m of d?.move ?? [])
        steps.push({ disk: m.disk, op: 'move-volume', storage: m.storage });
    return { steps, diffs, errors, action: 'clone' };
}
const NO_TAGS = [];
const NO_SNAPSHOTS = new Set();
function planGuest(g, ctx) {
    const address = (0,types/* guestAddress */.fD)(g.kind, g.id);
    const live = ctx.liveById.get(g.id);
    const errors = [];
    const warnings = [];
    const change = draftChange({
        address,
        cloneOf: g.cloneFrom === undefined
            ? undefined
            : { id: g.cloneFrom, snapshot: (0,clone_base/* cloneSnapshotOf */.fS)(ctx.desiredById.get(g.cloneFrom)) },
        dependencies: [...g.dependencies],
        id: g.id,
        kind: g.kind,
        name: g.name,
        node: (0,placement/* placeGuest */.wP)(g, live, ctx.placement),
        template: g.isTemplate,
    });
    const ignored = (0,lifecycle/* templateSnapshotsIgnored */.Cd)(g);
    if (ignored)
        warnings.push(ignored);
    const cfg = (0,desired_config/* desiredConfig */.Nn)(g, ctx);
    const snapToken = (0,markers/* hasTrackedSnapshots */.ot)(g) ? (0,markers/* snapshotToken */.yz)(g, ctx.scriptHashes, { config: cfg }) : undefined;
    // Data volumes parked by this plan's rebuild, or by an interrupted one, go back (keep-volumes.ts).
    const holder = g.kind === 'lxc' && ctx.hostKnown ? keep_volumes/* liveHolderOf */.IN(g.id, ctx.liveById) : undefined;
    let parking = [];
    const finish = (action, reasons, diffs, steps) => {
        change.action = action;
        change.reasons = reasons;
        change.diffs = diffs;
        change.steps = withHostDirs(g, steps);
        keep_volumes/* finishKeep */.ZZ(change, g.id, holder, parking, live);
        change.scriptInputHash = (0,script_input/* runsScripts */.fJ)(steps) ? (0,script_input/* scriptInputHash */.Cx)(g, ctx.nvidia) : undefined;
        return { change, errors, warnings };
    };
    const fresh = (reasons, destroy) => {
        const made = newGuestSteps(g, cfg, ctx, change.node);
        errors.push(...made.errors);
        const tail = (0,lifecycle/* planTail */.qY)({
            guest: g,
            scriptHashes: ctx.scriptHashes,
            fresh: true,
            running: false,
            isTemplate: false,
            tags: NO_TAGS,
            snapshots: NO_SNAPSHOTS,
            configChanged: true,
            needsRestart: false,
            snapToken,
            rebuilt: destroy !== undefined,
            config: cfg,
            snapshotBlocker: snapshotBlocker(g.kind, { ...cfg.createOnly, ...cfg.keys }, ctx.live.storages),
        });
        for (const e of tail.errors)
            errors.push(e);
        if (ctx.hostKnown)
            warnings.push(...tail.notes); // a config-to-config plan has no host to snapshot on
        const steps = destroy ? [...destroy, ...made.steps, ...tail.steps] : made.steps.concat(tail.steps);
        return finish(destroy ? 'replace' : made.action, reasons.concat(tail.reasons), made.diffs, steps);
    };
    if (!live) {
        if (change.node === undefined && ctx.hostKnown && ctx.live.nodes.length > 1)
            errors.push((0,placement/* unplacedError */.df)(ctx.live.nodes));
        return fresh([]);
    }
    const incomplete = (0,plan_incomplete/* incompleteReason */.D1)(live);
    if (incomplete) {
        if (live.config.protection === '1')
            errors.push(`${address} is incomplete but has protection set; remove protection first`);
        const remake = (0,plan_incomplete/* remakeIncomplete */.eR)(g, live, incomplete);
        return fresh([remake.reason], [remake.destroy]);
    }
    if (!(0,markers/* isManaged */.yF)(live)) {
        errors.push(`id ${g.id} is taken by ${(0,types/* guestLabel */.dv)(live.kind, live.id)}${live.name ? ` (${live.name})` : ''}, which Phoenix does not manage (no 'phoenix' tag); tag it to adopt it, or pick another id`);
        return finish('no-op', ['id taken by an unmanaged guest'], [], []);
    }
    const ownLock = live.lock && plan_incomplete/* OWN_LOCKS */.mK.has(live.lock) ? live.lock : undefined;
    if (live.lock && !ownLock) {
        warnings.push(`${address} is locked (${live.lock}) by an operation that is not Phoenix's; apply waits for it (bounded) and changes nothing while it holds`);
    }
    // A node change migrates (migration.ts), first of all the steps: the rest runs on the new node.
    const move = change.node && live.node && live.node !== change.node
        ? planMigration(live, change.node, ctx.live)
        : undefined;
    const marker = (0,markers/* readMarker */.t7)(live);
    const rebuild = [];
    const rebuildDiffs = [];
    if (live.kind !== g.kind)
        rebuild.push(`the host has a ${live.kind === 'lxc' ? 'container' : 'VM'} at this id`);
    const src = (0,markers/* sourceToken */.XX)(g);
    if (marker?.src && src && marker.src !== src) {
        rebuild.push(`made from ${marker.src}, the config now says ${src}`);
        rebuildDiffs.push({ effect: 'rebuild', from: marker.src, key: 'source', to: src });
    }
    if (live.template && !g.isTemplate)
        rebuild.push('it is a template and the config no longer makes it one');
    const d = live.kind === g.kind ? diffWithPending(live, (on) => diffOnto(g, cfg, ctx, on)) : undefined;
    if (d) {
        rebuild.push(...d.rebuild);
        errors.push(...d.errors);
    }
    const steps = [];
    // An existing guest without its root disk is never given a blank one in its place.
    const root = (0,desired_config/* rootDiskKey */.Bv)(g.kind);
    if (d && d.set[root] !== undefined && live.config[root] === undefined) {
        errors.push(`${address} has no ${root} although it was made; Phoenix does not attach a blank disk in its place: restore the disk, or destroy the guest to have it made again`);
    }
    if (ownLock)
        steps.push({ lock: ownLock, op: 'unlock' });
    if (move)
        steps.push(move.step);
    if (d && (Object.keys(d.set).length || d.delete.length || d.lxcRaw)) {
        steps.push({ delete: d.delete, lxcRaw: d.lxcRaw, op: 'configure', set: (0,canonical/* sortKeys */.di)(d.set) });
    }
    for (const r of d?.resize ?? [])
        steps.push({ disk: r.disk, op: 'resize', size: r.size });
    for (const m of d?.move ?? [])
        steps.push({ disk: m.disk, op: 'move-volume', storage: m.storage });
    if (live.template && d?.resize.length)
        rebuild.push("a template's disks cannot be resized");
    // Volumes leaving the config are detached (kept as unusedN) unless the guest allows deleting them.
    const deletes = d && g.allowDestroyVolumes ? (0,data_loss/* volumeDeletes */.rb)(address, d, live.config, ctx, errors) : undefined;
    if (deletes)
        steps.unshift(deletes.backup);
    const configChanged = steps.some((s) => s.op !== 'unlock' && s.op !== 'migrate');
    const tail = (0,lifecycle/* planTail */.qY)({
        guest: g,
        scriptHashes: ctx.scriptHashes,
        fresh: false,
        running: live.status === 'running',
        isTemplate: live.template,
        marker,
        tags: live.tags,
        snapshots: new Set(live.snapshots.map((s) => s.name)),
        incompleteSnapshots: live.snapshots.some((s) => s.snapstate)
            ? new Set(live.snapshots.filter((s) => s.snapstate).map((s) => s.name))
            : undefined,
        configChanged,
        needsRestart: (d?.diffs ?? []).some((x) => x.effect === 'restart'),
        snapToken,
        config: cfg,
        snapshotBlocker: snapshotBlocker(g.kind, configAfter(live.config, d), ctx.live.storages),
    });
    if (ctx.hostKnown)
        warnings.push(...tail.notes);
    // Which changes were made behind Phoenix's back (last-applied.ts).
    const classified = d ? (0,last_applied/* classifyDiffs */.dQ)(g.kind, d.diffs, cfg, live.config, marker?.applied) : [];
    const diffs = move ? [move.diff, ...classified] : classified;
    if (live.template && g.isTemplate && tail.needsLiveGuest.length) {
        rebuild.push(`a template cannot run again (${tail.needsLiveGuest.join(', ')})`);
    }
    if (rebuild.length) {
        const reasons = rebuild.map((r) => `rebuild: ${r}`);
        const keep = live.kind === 'lxc' && g.kind === 'lxc'
            ? keep_volumes/* planPark */.k_(live, ctx.live, holder, keep_volumes/* holderTemplate */.j9(g.osTemplate, ctx.live), g.storagePool, keep_volumes/* incompleteHolderOf */.Gj(g.id, ctx.liveById) !== undefined)
            : undefined;
        parking = keep?.kept ?? [];
        const loss = (0,data_loss/* rebuildLoss */.Jh)(address, live, ctx, errors, keep?.unkept);
        if (!ctx.allowRebuild) {
            errors.push(`${address} needs a rebuild (${rebuild.join('; ')}); it is refused unless rebuilds are allowed (--allow-rebuild)`);
        }
        if (live.config.protection === '1') {
            errors.push(`${address} needs a rebuild but has protection set; remove protection first`);
        }
        const result = fresh(reasons, [
            ...loss.steps,
            // Parking deletes its snapshots: a lock a killed delete left goes first.
            ...(keep?.park ? [...(ownLock ? [{ lock: ownLock, op: 'unlock' }] : []), keep.park] : []),
            { op: 'destroy', running: live.status === 'running', ...(ownLock ? { unlock: true } : {}) },
        ]);
        change.diffs = [...rebuildDiffs, ...diffs];
        change.dataLoss = loss.lost.length ? loss.lost : undefined;
        return result;
    }
    errors.push(...tail.errors, ...(move?.errors ?? []));
    steps.push(...tail.steps);
    if (deletes) {
        (0,data_loss/* placeVolumeDeletes */.KX)(steps, live.status === 'running', deletes.steps);
        change.dataLoss = deletes.lost;
    }
    const reasons = [...tail.reasons];
    if (configChanged)
        reasons.unshift((0,last_applied/* configReason */.Jr)(classified));
    if (move)
        reasons.unshift(`migrate from node ${live.node} to ${change.node}${g.node ? '' : ' (cluster.default_node)'}`);
    if (ownLock)
        reasons.unshift(`lock '${ownLock}' left by an interrupted Phoenix run; apply clears it`);
    return finish(steps.length ? 'update' : 'no-op', reasons, diffs, steps);
}


/***/ }),

/***/ 93187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ incompleteReason),
/* harmony export */   eR: () => (/* binding */ remakeIncomplete),
/* harmony export */   mK: () => (/* binding */ OWN_LOCKS)
/* harmony export */ });
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71432);

/**
 * Locks a guest carries while one of Phoenix's own operations runs on it (pve-guest-common's
 * `PVE::AbstractConfig`): `create` (`create_and_lock_config`: `pct create`, `qm create`, the new CT
 * of `pct clone`), `clone` (the new VM of `qm clone`), `disk` (the source of `pct clone`),
 * `snapshot` / `snapshot-delete` (`snapshot_create` / `snapshot_delete` through `set_lock`),
 * `rollback` (`snapshot_rollback`). Any other lock (`backup`, `migrate`, `suspended`, `mounted`,
 * ...) belongs to someone else.
 */
const OWN_LOCKS = new Set([
    'create',
    'clone',
    'disk',
    'snapshot',
    'snapshot-delete',
    'rollback',
]);
/** Locks of a make step on the guest being made. */
const MAKE_LOCKS = new Set(['create', 'clone']);
/**
 * Why a live guest is one Phoenix began to make and did not finish, or undefined when it is not:
 * a make lock (`create`/`clone`) on a guest that carries Phoenix's tag, its making line or nothing
 * but the lock (an interrupted `pct create` writes only that), or a making line with no done-record.
 * Such a guest never completed its make step, so it holds no data yet.
 */
function incompleteReason(live) {
    const making = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .readMaking */ .eU)(live);
    const marker = (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .readMarker */ .t7)(live);
    const lock = live.lock ?? live.config.lock;
    if (lock && MAKE_LOCKS.has(lock)) {
        const bare = Object.keys(live.config).every((k) => k === 'lock' || k === 'digest');
        if (making || bare || (0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .isManaged */ .yF)(live))
            return `its ${lock === 'clone' ? 'clone' : 'create or clone'} was interrupted (lock: ${lock})`;
        return undefined;
    }
    if (making && !marker?.src)
        return 'its make step did not finish (no done-record yet)';
    return undefined;
}
/**
 * The reason and the first step of making an incomplete guest again: destroyed with the volumes
 * of its id that no key names (an interrupted disk import's), its make lock cleared first.
 */
function remakeIncomplete(g, live, why) {
    const lock = live.lock ?? live.config.lock;
    return {
        reason: `incomplete: ${why}; it never finished its make step and holds no data yet, so it is destroyed and made again from ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceToken */ .XX)(g) ?? 'its source'}`,
        destroy: {
            incomplete: true,
            op: 'destroy',
            running: live.status === 'running',
            ...(lock ? { unlock: true } : {}),
        },
    };
}


/***/ }),

/***/ 27328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ incompleteHolderOf),
/* harmony export */   IN: () => (/* binding */ liveHolderOf),
/* harmony export */   ZZ: () => (/* binding */ finishKeep),
/* harmony export */   iY: () => (/* binding */ holderName),
/* harmony export */   j9: () => (/* binding */ holderTemplate),
/* harmony export */   k_: () => (/* binding */ planPark)
/* harmony export */ });
/* unused harmony exports HOLDER_BASE, holderIdOf, canReassign, describeKept, withUnpark */
/* harmony import */ var _data_loss_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38779);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71432);
/* harmony import */ var _volume_slots_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33357);



/** Holder ids: the guest's id plus this (Proxmox ids end at 999999999). */
const HOLDER_BASE = 900_000_000;
const HOLDER_MAX_GUEST = 99_999_999;
function holderIdOf(id) {
    return id <= HOLDER_MAX_GUEST ? HOLDER_BASE + id : undefined;
}
function holderName(id) {
    return `phoenix-keep-${id}`;
}
/** The holder of guest `id`'s parked volumes, when the host has it. */
function liveHolderOf(id, liveById) {
    const hid = holderIdOf(id);
    const h = hid === undefined ? undefined : liveById.get(hid);
    return h && h.kind === 'lxc' && h.config.hostname === holderName(id) ? h : undefined;
}
/**
 * A holder whose `pct create` was interrupted (`lock: create`, no volume handed to it yet: Proxmox
 * hands none to a locked container): it holds no data and is made again.
 */
function incompleteHolderOf(id, liveById) {
    const hid = holderIdOf(id);
    const h = hid === undefined ? undefined : liveById.get(hid);
    if (!h || h.kind !== 'lxc' || h.lock !== 'create' || h.config.hostname === holderName(id))
        return undefined;
    return Object.keys(h.config).some((k) => /^(mp|unused)\d+$/.test(k)) ? undefined : h;
}
/**
 * Whether Proxmox can hand `volume` to another container: its storage renames volumes (LVM,
 * LVM-thin, ZFS, RBD; on directory storages only raw/qcow2/vmdk files, never a `subvol`
 * directory), per the `rename` rows of pve-storage's plugins' `volume_has_feature`.
 */
function canReassign(volume, live) {
    const id = volume.split(':')[0];
    const st = live.storages.find((s) => s.id === id);
    if (!st)
        return `storage '${id}' is unknown`;
    if (['lvmthin', 'lvm', 'zfspool', 'rbd'].includes(st.type))
        return undefined;
    if (['dir', 'nfs', 'cifs'].includes(st.type) && /\.(raw|qcow2|vmdk)$/.test(volume))
        return undefined;
    return `storage '${id}' (${st.type}) cannot hand this volume to another container`;
}
/**
 * The park step for a rebuild of `old` (its holder may already hold some volumes of an earlier,
 * interrupted attempt). `template`/`storage`: what a new holder is made from.
 */
function planPark(old, state, holder, template, storage, remake = false) {
    const data = (0,_data_loss_js__WEBPACK_IMPORTED_MODULE_1__/* .dataVolumesOf */ .vx)(old);
    const hid = holderIdOf(old.id);
    const why = (v) => {
        if (hid === undefined)
            return `ids above ${HOLDER_MAX_GUEST} have no holder id`;
        if (!holder && !remake && state.guests.some((x) => x.id === hid))
            return `the holder id ${hid} is taken by another guest`;
        if (!holder && !template)
            return 'no LXC template is on the host to make the holder container from';
        if (holder?.lock)
            return `the holder CT ${hid} is locked (${holder.lock})`;
        if (holder && holder.config[v.key] !== undefined)
            return `the holder CT ${hid} already uses ${v.key}`;
        return canReassign(v.volume, state);
    };
    const unkept = [];
    const kept = [];
    for (const v of data) {
        const reason = why(v);
        if (reason)
            unkept.push({ v, reason });
        else
            kept.push(v);
    }
    if (!kept.length || hid === undefined)
        return { unkept, kept };
    const park = {
        create: !holder,
        deleteSnapshots: old.snapshots.map((s) => s.name),
        holder: hid,
        op: 'park-volumes',
        ...(remake ? { remake: true } : {}),
        storage,
        template: template ?? '',
        volumes: kept.map((v) => ({
            from: v.key,
            mountPath: v.mountPath,
            size: v.size,
            to: v.key,
            volume: v.volume,
        })),
    };
    return { park, unkept, kept };
}
/** `mp0 (/data, 8G)`: a kept volume as the plan names it. */
function describeKept(v) {
    const info = [v.mountPath, v.size].filter(Boolean).join(', ');
    return `${v.key}${info ? ` (${info})` : ''}`;
}
function configOf(s) {
    if (s.op === 'create')
        return s.config;
    if (s.op === 'configure')
        return s.set;
    return undefined;
}
/**
 * Hands the volumes a holder has (`held`: parked before, `parking`: parked by this plan's own park
 * step) back to the guest made or changed by `steps`: each goes to the new mount point that has its
 * path, which is then not allocated (dropped from the create/configure step), or to an `unusedN`.
 * The unpark step follows the make steps. `guestKeys`: keys the guest has now (empty when made).
 */
function withUnpark(steps, holder, held, guestKeys) {
    const made = steps.findIndex((s) => s.op === 'create' || s.op === 'clone' || s.op === 'configure');
    const target = made >= 0 ? (configOf(steps[made]) ?? configOf(steps[made + 1] ?? steps[made])) : undefined;
    const cfgAt = made >= 0 && steps[made].op === 'clone' ? made + 1 : made;
    const byPath = new Map();
    for (const m of (0,_volume_slots_js__WEBPACK_IMPORTED_MODULE_2__/* .liveMounts */ .Xt)(target ?? {}))
        if (m.target && m.hostPath === undefined && !byPath.has(m.target))
            byPath.set(m.target, m.key);
    const taken = new Set(guestKeys);
    const dropped = [];
    let u = 0;
    const volumes = held.map((v) => {
        let to = v.key.startsWith('mp') && v.mountPath ? byPath.get(v.mountPath) : undefined;
        if (to && !taken.has(to)) {
            byPath.delete(v.mountPath);
            dropped.push(to);
        }
        else {
            while (taken.has(`unused${u}`))
                u++;
            to = `unused${u}`;
        }
        taken.add(to);
        return { from: v.key, mountPath: v.mountPath, size: v.size, to, volume: v.volume };
    });
    const out = steps.map((s, i) => {
        if (i !== cfgAt || !dropped.length)
            return s;
        const cfg = configOf(s);
        const rest = Object.fromEntries(Object.entries(cfg).filter(([k]) => !dropped.includes(k)));
        return s.op === 'create' ? { ...s, config: rest } : s.op === 'configure' ? { ...s, set: rest } : s;
    });
    // Right after the make steps (create/clone, configure, resize), before any start.
    const MAKE = new Set(['create', 'clone', 'configure', 'resize', 'move-volume', 'unlock']);
    let at = made;
    while (at >= 0 && at + 1 < out.length && MAKE.has(out[at + 1].op))
        at++;
    // A kept volume smaller than the config now asks for grows after it is back (never shrinks).
    const grow = [];
    for (const v of volumes) {
        const want = /^[^,]*:(\d+)(,|$)/.exec(target?.[v.to] ?? '')?.[1];
        const have = /^(\d+)G$/.exec(v.size ?? '')?.[1];
        if (dropped.includes(v.to) && want && have && Number(want) > Number(have))
            grow.push({ disk: v.to, op: 'resize', size: `${want}G` });
    }
    out.splice(at + 1, 0, { holder, op: 'unpark-volumes', volumes }, ...grow);
    return { steps: out, dropped, volumes };
}
/** The template a new holder is made from: the guest's own when the host has it, else any there. */
function holderTemplate(source, state) {
    if (source && state.templates.includes(source))
        return source;
    return [...state.templates].sort()[0];
}
/**
 * The last touch on a guest's steps: when its holder has parked volumes, or this plan parks some
 * (`parking`), they are handed back after the make steps. Unchanged when there are none.
 */
function finishKeep(c, id, holder, parking, live) {
    const hid = holderIdOf(id);
    // An unmanaged guest at the id gets nothing (its plan is a no-op with an error); an incomplete
    // one of Phoenix's, which may lack the tag, is made again and gets the parked volumes.
    if (live && c.action === 'no-op' && !(0,_markers_js__WEBPACK_IMPORTED_MODULE_0__/* .isManaged */ .yF)(live))
        return;
    const guestKeys = new Set(parking.length || !live ? [] : Object.keys(live.config));
    if (hid === undefined || (!holder && !parking.length))
        return;
    const earlier = holder ? (0,_data_loss_js__WEBPACK_IMPORTED_MODULE_1__/* .dataVolumesOf */ .vx)(holder) : [];
    const r = withUnpark(c.steps, hid, [...earlier, ...parking], guestKeys);
    const configure = r.steps.findIndex((s) => s.op === 'configure' && !Object.keys(s.set).length && !s.delete.length && !s.lxcRaw);
    if (configure >= 0)
        r.steps.splice(configure, 1);
    c.steps = r.steps;
    c.diffs = c.diffs.filter((d) => !r.dropped.includes(d.key));
    const reasons = [...c.reasons];
    const list = (vs) => vs.map((v) => describeKept({ key: v.to, mountPath: v.mountPath, size: v.size })).join(', ');
    const back = r.volumes.filter((v) => earlier.some((e) => e.key === v.from));
    if (parking.length)
        reasons.push(`rebuild: data volumes ${parking.map(describeKept).join(', ')} are kept: moved aside to holder CT ${hid}, then attached to the new guest`);
    if (back.length)
        reasons.push(`volumes parked in holder CT ${hid} by an interrupted rebuild are attached again: ${list(back)}`);
    else if (!parking.length)
        reasons.push(`the empty holder CT ${hid} of an interrupted rebuild is destroyed`);
    c.reasons = reasons;
    if (c.action === 'no-op')
        c.action = 'update';
}


/***/ }),

/***/ 12316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ templatesOn),
/* harmony export */   JN: () => (/* binding */ storageIsShared),
/* harmony export */   Rs: () => (/* binding */ isSharedStorage),
/* harmony export */   Vp: () => (/* binding */ nodesWithStorage),
/* harmony export */   df: () => (/* binding */ unplacedError),
/* harmony export */   j_: () => (/* binding */ storageOnNode),
/* harmony export */   uc: () => (/* binding */ nodeDetailsOf),
/* harmony export */   wP: () => (/* binding */ placeGuest),
/* harmony export */   wU: () => (/* binding */ nodeErrors),
/* harmony export */   zd: () => (/* binding */ rebuildMoveError)
/* harmony export */ });
/** The node `g` is on or goes to; undefined when nothing says (a new guest on a larger cluster). */
function placeGuest(g, live, ctx) {
    return g.node ?? ctx.cluster.defaultNode ?? (live?.node || undefined) ?? ctx.onlyNode;
}
/** The error for a new guest that no setting places, on a live state of `nodes` nodes. */
function unplacedError(nodes) {
    return (`the cluster has ${nodes.length} nodes (${nodes.join(', ')}) and nothing says which one this new guest goes to: ` +
        'set `node` on the guest, or `cluster.default_node` in the hypervisor config');
}
/**
 * A guest destroyed and made again (a rebuild, or the remake of an unfinished one) whose node
 * changes too: the destroy belongs on the old node and the create on the new one, and a plan
 * step has one node. Refused rather than split: one change at a time.
 */
function rebuildMoveError(from, to) {
    return `the guest is destroyed and made again, and its node changes from ${from} to ${to}; Phoenix does one at a time: keep node ${from} for this plan, then change it`;
}
/** The per-node facts of `node`, when the state recorded them (state files before clusters did not). */
function nodeDetailsOf(live, node) {
    return node === undefined ? undefined : live.nodeDetails?.find((n) => n.name === node);
}
/**
 * Every node sees the storage's volumes. The state reader records a shared storage once, without
 * a node, and a node-local one once per node with its node; `shared` is read from
 * `/cluster/resources` where known, else an entry without a node counts as shared.
 */
function isSharedStorage(s) {
    return s.shared ?? s.node === undefined;
}
/** The entry of storage `id` usable on `node` (a shared one, or the node's own), if any. */
function storageOnNode(live, id, node) {
    for (const s of live.storages)
        if (s.id === id && (node === undefined || s.node === undefined || s.node === node || isSharedStorage(s)))
            return s;
    return undefined;
}
/** Nodes that have storage `id` as a node-local storage (for messages). */
function nodesWithStorage(live, id) {
    return [...new Set(live.storages.filter((s) => s.id === id && s.node).map((s) => s.node))].sort();
}
/** Whether storage `id` is shared across the cluster (unknown storages are not). */
function storageIsShared(live, id) {
    const s = live.storages.find((x) => x.id === id);
    return s !== undefined && isSharedStorage(s);
}
/**
 * Errors about the node itself for a guest planned onto `node` with changes: it must be one of
 * the cluster's nodes and online (Proxmox runs every guest command on the guest's node, and a
 * node that is down answers none). `from`: the node a migration leaves, which must be online too.
 */
function nodeErrors(live, node, from) {
    const out = [];
    for (const n of from !== undefined && from !== node ? [from, node] : [node]) {
        if (n === undefined || live.nodes.length === 0)
            continue;
        if (!live.nodes.includes(n)) {
            out.push(`node ${n} is not part of the cluster (its nodes: ${live.nodes.join(', ')})`);
            continue;
        }
        const d = nodeDetailsOf(live, n);
        if (d && !d.online)
            out.push(`node ${n} is offline: Proxmox cannot run the guest's commands there until it is back`);
    }
    return out;
}
/** LXC templates a create on `node` can use: that node's list when read, else the cluster's. */
function templatesOn(live, node) {
    const own = node === undefined ? undefined : live.nodeDetails?.find((n) => n.name === node);
    return own?.templates ?? live.templates;
}


/***/ }),

/***/ 70435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ withHash),
/* harmony export */   S1: () => (/* binding */ serializePlan),
/* harmony export */   vS: () => (/* binding */ parsePlan),
/* harmony export */   wr: () => (/* binding */ readPlanFile)
/* harmony export */ });
/* unused harmony exports VOLATILE_PLAN_FIELDS, computePlanHash, verifyPlanHash, writePlanFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38019);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34917);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9898);
/**
 * The plan file: the Plan as JSON (keys sorted, two-space indent), its hash, and reading it back
 * with a version check. The hash is sha256 over the canonical form of everything except `hash`
 * itself, `meta` (where and when the plan was made) and `warnings` (notes such as "guest is
 * locked" that come and go), so apply can prove it executes the plan that was reviewed however
 * the live state was obtained. `summary` (counts added by the JSON renderer, src/render/json.ts)
 * is derived from `changes` and left out too, and dropped when a plan file is read.
 */





/** Fields left out of the hash. */
const VOLATILE_PLAN_FIELDS = ['hash', 'meta', 'warnings', 'summary'];
/**
 * Over the masked form (config/secrets.ts `maskSecretsDeep`), the one the plan file holds, so a
 * written plan verifies although a token inside a health-check command is printed as `***`.
 * Apply executes its fresh plan, never the file's commands, so masking loses nothing.
 */
function computePlanHash(plan) {
    const rest = { ...(0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecretsDeep */ .MR)(plan) };
    for (const f of VOLATILE_PLAN_FIELDS)
        delete rest[f];
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalSha256 */ .o4)(rest);
}
function withHash(plan) {
    return { ...plan, hash: computePlanHash(plan) };
}
/** True when the plan's stored hash matches its content. */
function verifyPlanHash(plan) {
    return plan.hash === computePlanHash(plan);
}
function serializePlan(plan) {
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedJson */ .Is)((0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecretsDeep */ .MR)(plan), 2) + '\n';
}
/** Parse a plan file's text; `source` names it in error messages. Checks version and hash. */
function parsePlan(text, source = 'plan') {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a plan file (invalid JSON: ${err.message})`, 2);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a plan file (expected a JSON object)`, 2);
    }
    const v = value;
    if (v.version !== _types_js__WEBPACK_IMPORTED_MODULE_4__/* .PLAN_VERSION */ .Ze) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: plan file version ${JSON.stringify(v.version)} is not supported (this Phoenix reads version ${_types_js__WEBPACK_IMPORTED_MODULE_4__/* .PLAN_VERSION */ .Ze})`, 2);
    }
    if (!Array.isArray(v.changes) || !Array.isArray(v.layers) || typeof v.hash !== 'string') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: not a plan file (changes, layers or hash missing)`, 2);
    }
    delete v.summary;
    const plan = value;
    if (!verifyPlanHash(plan)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source}: the plan's content does not match its hash ${plan.hash} (edited after planning?)`, 1);
    }
    return plan;
}
async function readPlanFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read plan file ${path}: ${err.code ?? String(err)}`, 2);
    }
    return parsePlan(text, path);
}
async function writePlanFile(path, plan) {
    try {
        await writeFile(path, serializePlan(plan));
    }
    catch (err) {
        throw new UserError(`cannot write plan file ${path}: ${err.code ?? String(err)}`, 2);
    }
}


/***/ }),

/***/ 15784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ plan),
  p: () => (/* binding */ planConfigDiff)
});

// EXTERNAL MODULE: ./src/plan/desired-to-live.ts
var desired_to_live = __webpack_require__(8654);
;// CONCATENATED MODULE: ./src/plan/graph.ts
/** Build from nodes and `[before, after]` edges; edges naming unknown nodes or repeated are ignored. */
function buildDag(nodes, edges) {
    const preds = new Map();
    const succs = new Map();
    for (const n of nodes) {
        preds.set(n, []);
        succs.set(n, []);
    }
    for (const [a, b] of edges) {
        const into = preds.get(b);
        const from = succs.get(a);
        if (!into || !from || into.includes(a))
            continue;
        into.push(a);
        from.push(b);
    }
    return { nodes: [...nodes], preds, succs };
}
function topoLayers(dag) {
    // Works on node positions (typed arrays, numeric sorts); the by-name version below handles
    // repeated node ids the way it always has.
    const n = dag.nodes.length;
    const index = new Map();
    for (let i = 0; i < n; i++)
        index.set(dag.nodes[i], i);
    if (index.size !== n)
        return topoLayersByName(dag);
    const indeg = new Int32Array(n);
    const succ = new Array(n);
    for (let i = 0; i < n; i++) {
        const node = dag.nodes[i];
        indeg[i] = dag.preds.get(node).length;
        const names = dag.succs.get(node);
        const list = new Array(names.length);
        for (let k = 0; k < names.length; k++) {
            const j = index.get(names[k]);
            if (j === undefined)
                return topoLayersByName(dag);
            list[k] = j;
        }
        succ[i] = list;
    }
    const level = new Map();
    const placed = new Uint8Array(n);
    const layers = [];
    const roots = [];
    for (let i = 0; i < n; i++)
        if (indeg[i] === 0)
            roots.push(i);
    let current = roots;
    while (current.length) {
        const depth = layers.length;
        const layer = new Array(current.length);
        const next = [];
        for (let k = 0; k < current.length; k++) {
            const i = current[k];
            layer[k] = dag.nodes[i];
            level.set(layer[k], depth);
            placed[i] = 1;
            for (const s of succ[i])
                if (--indeg[s] === 0)
                    next.push(s);
        }
        layers.push(layer);
        current = Int32Array.from(next).sort();
    }
    const blocked = dag.nodes.filter((_, i) => !placed[i]);
    return { layers, level, cycles: blocked.length ? findCycles(dag, new Set(blocked)) : [], blocked };
}
/** `topoLayers` by node name (the general case: a node id may be listed more than once). */
function topoLayersByName(dag) {
    const indeg = new Map();
    for (const n of dag.nodes)
        indeg.set(n, dag.preds.get(n).length);
    const level = new Map();
    let current = dag.nodes.filter((n) => indeg.get(n) === 0);
    const layers = [];
    const order = new Map();
    dag.nodes.forEach((n, i) => order.set(n, i));
    while (current.length) {
        const depth = layers.length;
        layers.push(current);
        const next = [];
        for (const n of current) {
            level.set(n, depth);
            for (const s of dag.succs.get(n)) {
                const d = indeg.get(s) - 1;
                indeg.set(s, d);
                if (d === 0)
                    next.push(s);
            }
        }
        next.sort((a, b) => order.get(a) - order.get(b));
        current = next;
    }
    const blocked = dag.nodes.filter((n) => !level.has(n));
    return { layers, level, cycles: blocked.length ? findCycles(dag, new Set(blocked)) : [], blocked };
}
/** Strongly connected components (Tarjan, iterative) restricted to `within`; cycles only. */
function findCycles(dag, within) {
    const index = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const cycles = [];
    let counter = 0;
    for (const root of dag.nodes) {
        if (!within.has(root) || index.has(root))
            continue;
        const work = [{ node: root, i: 0 }];
        index.set(root, counter);
        low.set(root, counter++);
        stack.push(root);
        onStack.add(root);
        while (work.length) {
            const frame = work[work.length - 1];
            const nexts = dag.succs.get(frame.node);
            if (frame.i < nexts.length) {
                const s = nexts[frame.i++];
                if (!within.has(s))
                    continue;
                if (!index.has(s)) {
                    index.set(s, counter);
                    low.set(s, counter++);
                    stack.push(s);
                    onStack.add(s);
                    work.push({ node: s, i: 0 });
                }
                else if (onStack.has(s)) {
                    low.set(frame.node, Math.min(low.get(frame.node), index.get(s)));
                }
                continue;
            }
            work.pop();
            if (work.length) {
                const parent = work[work.length - 1].node;
                low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
            }
            if (low.get(frame.node) === index.get(frame.node)) {
                const scc = [];
                let x;
                do {
                    x = stack.pop();
                    onStack.delete(x);
                    scc.push(x);
                } while (x !== frame.node);
                const selfLoop = scc.length === 1 && dag.succs.get(scc[0]).includes(scc[0]);
                if (scc.length > 1 || selfLoop)
                    cycles.push(cyclePath(dag, new Set(scc)));
            }
        }
    }
    return cycles;
}
/** A closed path through one strongly connected component, following "comes before" edges. */
function cyclePath(dag, scc) {
    const start = dag.nodes.find((n) => scc.has(n));
    const path = [start];
    const pos = new Map([[start, 0]]);
    let cur = start;
    for (;;) {
        const next = dag.succs.get(cur).find((s) => scc.has(s));
        if (pos.has(next)) {
            const from = pos.get(next);
            return [...path.slice(from), next];
        }
        pos.set(next, path.length);
        path.push(next);
        cur = next;
    }
}
/** All nodes that must come before any of `start` (not including `start` itself unless in a cycle). */
function ancestors(dag, start) {
    const out = new Set();
    const todo = [...start];
    while (todo.length) {
        const n = todo.pop();
        for (const p of dag.preds.get(n) ?? []) {
            if (!out.has(p)) {
                out.add(p);
                todo.push(p);
            }
        }
    }
    return out;
}
/** Length (in nodes) of the longest chain. */
function longestChain(dag) {
    return topoLayers(dag).layers.length;
}

// EXTERNAL MODULE: ./src/plan/guest-plan.ts + 4 modules
var guest_plan = __webpack_require__(93792);
// EXTERNAL MODULE: ./src/model/host-config/image-volume.ts
var image_volume = __webpack_require__(41259);
// EXTERNAL MODULE: ./src/plan/desired-config.ts
var desired_config = __webpack_require__(79164);
// EXTERNAL MODULE: ./src/model/host-config/guest-needs.ts
var guest_needs = __webpack_require__(79833);
;// CONCATENATED MODULE: ./src/plan/host-gaps-security.ts
/**
 * Host needs of GPU and AppArmor-confined containers (entries of HOST_NEEDS, host-gaps.ts): the
 * NVIDIA device nodes a GPU guest's `devN` entries name, and the AppArmor profile its
 * `lxc.apparmor.profile` names. A state that did not list /dev or /etc/apparmor.d/lxc (an older
 * state file) knows nothing about them, and nothing is reported: unknown is not missing.
 */


/**
 * Proxmox stats every `devN` path when the entry is set (pve-container
 * `PVE::LXC::Config::update_pct_config` → `PVE::LXC::Tools::get_device_mode_and_rdev`) and again
 * at every start, when it writes the LXC config (`PVE::LXC::update_lxc_config`), failing with
 * "Device PATH does not exist". /dev/nvidia-uvm{,-tools} are made by
 * `nvidia-modprobe -u`, not by loading the driver, so they exist at boot only once
 * setup-hypervisor installs the rule that makes them.
 */
const deviceNodes = {
    kind: 'device-node',
    check: (g, h) => {
        if (g.kind !== 'lxc' || g.gpus.length === 0 || !h.devPassthrough)
            return [];
        const present = h.deviceNodes;
        if (!present)
            return [];
        return (0,desired_config/* gpuDevices */.w$)(g.gpus)
            .filter((d) => !present.has(d))
            .map((d) => ({
            name: d,
            message: `device node ${d} does not exist ${h.node ? `on node ${h.node}` : 'on the host'}: Proxmox checks every passed-through device when it is set and at every start, so the guest could be neither configured nor started` +
                (d.startsWith('/dev/nvidia-uvm')
                    ? ' (the nvidia-uvm module makes no nodes itself: nvidia-modprobe -u must run at boot)'
                    : ''),
            blocking: true,
        }));
    },
};
/** LXC refuses to start a container whose `lxc.apparmor.profile` is not loaded. */
const apparmorProfile = {
    kind: 'apparmor-profile',
    check: (g, h) => {
        const p = g.apparmorProfile;
        if (g.kind !== 'lxc' || !p || guest_needs/* BUILTIN_PROFILES */.PE.has(p))
            return [];
        if (!h.apparmorProfiles || h.apparmorProfiles.has(p))
            return [];
        return [
            {
                name: p,
                message: `AppArmor profile ${p} is not installed ${h.node ? `on node ${h.node}` : 'on the host'} (/etc/apparmor.d/lxc/${p}), and the container cannot start without it`,
                blocking: true,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/plan/placement.ts
var placement = __webpack_require__(12316);
;// CONCATENATED MODULE: ./src/plan/host-gaps.ts




/**
 * The facts of the node guests are placed on (`node`; undefined: a single host, or unknown). Its
 * storages are the shared ones and its own; its bridges, device nodes and AppArmor profiles come
 * from its `nodeDetails` entry when the state has one, else from the top-level lists, which an
 * older state file read on one host only (they then describe just that host). LXC templates and
 * cloud images are listed for the whole cluster: a node-local copy elsewhere counts as present.
 */
function hostFacts(live, creating, imageVolume, node) {
    const details = (0,placement/* nodeDetailsOf */.uc)(live, node);
    const cluster = live.nodes.length > 1 && node !== undefined;
    const listedHere = !cluster || details?.local === true || (live.nodeDetails === undefined && node === undefined);
    const storages = new Map();
    for (const s of live.storages)
        if (!storages.has(s.id) && (0,placement/* storageOnNode */.j_)(live, s.id, node) === s)
            storages.set(s.id, s);
    const devices = details?.deviceNodes ?? (listedHere ? live.deviceNodes : undefined);
    const profiles = details?.apparmorProfiles ?? (listedHere ? live.apparmorProfiles : undefined);
    return {
        node: cluster ? node : undefined,
        storages,
        clusterStorages: new Set(live.storages.map((s) => s.id)),
        bridges: new Set(details?.bridges ?? live.bridges),
        templates: new Set(live.templates),
        images: live.images ? new Set(live.images) : undefined,
        creating: (g) => creating.has(g.id) && g.cloneFrom === undefined,
        imageVolume,
        deviceNodes: devices ? new Set(devices) : undefined,
        apparmorProfiles: profiles ? new Set(profiles) : undefined,
        devPassthrough: (0,desired_config/* supportsDevPassthrough */.er)(live.pveVersion),
    };
}
/** `on the host`, or `on node pve2` in a cluster. */
const onWhere = (h) => (h.node ? `on node ${h.node}` : 'on the host');
/** Storages a guest allocates on, with the content they need. */
function storagesOf(g) {
    const pools = [g.storagePool];
    for (const m of g.mountPoints)
        if (m.sizeGb !== undefined && !m.source.startsWith('/'))
            pools.push(m.source);
    return [...new Set(pools)];
}
const storageExists = {
    kind: 'storage',
    check: (g, h) => storagesOf(g)
        .filter((id) => !h.storages.has(id))
        .map((id) => ({
        name: id,
        message: h.clusterStorages.has(id)
            ? `storage ${id} is not available ${onWhere(h)} (it is local to other nodes)`
            : `storage ${id} does not exist ${onWhere(h)}`,
        blocking: true,
    })),
};
const storageContent = {
    kind: 'storage-content',
    check: (g, h) => {
        const content = g.kind === 'lxc' ? 'rootdir' : 'images';
        return storagesOf(g).flatMap((id) => {
            const s = h.storages.get(id);
            return s && s.content.length && !s.content.includes(content)
                ? [{ name: id, message: `storage ${id} does not allow content '${content}'`, blocking: true }]
                : [];
        });
    },
};
const bridge = {
    kind: 'bridge',
    check: (g, h) => [...new Set(g.networks.map((n) => n.bridge))]
        .filter((b) => !h.bridges.has(b))
        .map((b) => ({ name: b, message: `bridge ${b} does not exist ${onWhere(h)}`, blocking: true })),
};
const template = {
    kind: 'template',
    check: (g, h) => g.kind === 'lxc' &&
        h.creating(g) &&
        g.osTemplate &&
        /^[^/:]+:vztmpl\//.test(g.osTemplate) &&
        !h.templates.has(g.osTemplate)
        ? [
            {
                name: g.osTemplate,
                message: `template ${g.osTemplate} is not downloaded yet (apply downloads it)`,
                blocking: false,
            },
        ]
        : [],
};
/** A VM created from a cloud image imports it from a volume of `import` content. */
const cloudImage = {
    kind: 'cloud-image',
    check: (g, h) => {
        if (g.kind !== 'qemu' || !h.creating(g) || !g.osTemplate || !h.images)
            return [];
        const volume = h.imageVolume(g.osTemplate);
        if (volume.startsWith('/') || h.images.has(volume))
            return [];
        const storage = volume.slice(0, volume.indexOf(':'));
        const s = h.storages.get(storage);
        const why = !s
            ? `storage ${storage} does not exist`
            : s.content.includes('import')
                ? 'it is not downloaded yet'
                : `storage ${storage} does not allow content 'import'`;
        return [{ name: volume, message: `cloud image ${volume} is missing: ${why}`, blocking: true }];
    },
};
/** A VM made from a cloud image gets its guest agent from vendor data on a snippets storage. */
const agentSnippet = {
    kind: 'snippets',
    check: (g, h) => {
        if (g.kind !== 'qemu' || !h.creating(g) || !g.osTemplate)
            return [];
        const s = h.storages.get(image_volume/* AGENT_SNIPPET */.oZ.storage);
        if (s?.content.includes('snippets'))
            return [];
        return [
            {
                name: image_volume/* AGENT_SNIPPET */.oZ.storage,
                message: `storage ${image_volume/* AGENT_SNIPPET */.oZ.storage} ${s ? "does not allow content 'snippets'" : 'does not exist'}, which the guest agent's vendor data ${image_volume/* AGENT_SNIPPET */.oZ.volume} needs`,
                blocking: true,
            },
        ];
    },
};
const HOST_NEEDS = [
    storageExists,
    storageContent,
    bridge,
    template,
    cloudImage,
    agentSnippet,
    deviceNodes,
    apparmorProfile,
];

// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/plan/hypervisor-check.ts


function checkHypervisor(desired, live, creating, imageVolume = (f) => f, nodeOf = (g) => g.node) {
    // One set of facts per node the guests are placed on (placement.ts).
    const byNode = new Map();
    const factsOf = (node) => {
        let f = byNode.get(node);
        if (!f)
            byNode.set(node, (f = hostFacts(live, creating, imageVolume, node)));
        return f;
    };
    const found = new Map();
    for (const g of desired.guests) {
        const node = nodeOf(g);
        // A guest on a node outside the cluster is refused as such (placement.ts), not per need.
        if (node !== undefined && live.nodes.length > 0 && !live.nodes.includes(node))
            continue;
        const facts = factsOf(node);
        for (const need of HOST_NEEDS)
            for (const gap of need.check(g, facts)) {
                // The message names the node: one entry per node that lacks it.
                const key = `${need.kind}\u0000${gap.name}\u0000${gap.message}`;
                let entry = found.get(key);
                if (!entry)
                    found.set(key, (entry = { kind: need.kind, ...gap, usedBy: new Set() }));
                entry.usedBy.add((0,types/* guestAddress */.fD)(g.kind, g.id));
            }
    }
    const order = HOST_NEEDS.map((n) => n.kind);
    const entries = [...found.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const diffs = entries.map((e) => ({
        kind: e.kind,
        message: e.message,
        name: e.name,
        usedBy: [...e.usedBy],
    }));
    const errors = entries
        .filter((e) => e.blocking)
        .map((e) => ({
        message: `${e.message} (needed by ${[...e.usedBy].join(', ')}); run phoenix setup-hypervisor to provide it`,
    }));
    return { diffs, errors };
}

;// CONCATENATED MODULE: ./src/plan/feature-needs.ts

/**
 * Feature script name -> the container settings it needs. Docker runs its own namespaces and
 * cgroups inside the container (nesting); in an unprivileged container its runtime also needs the
 * kernel keyring syscalls (keyctl).
 */
const FEATURE_NEEDS = {
    docker: [
        { flag: 'nesting', value: '1', why: 'Docker makes namespaces of its own inside the container' },
        {
            flag: 'keyctl',
            value: '1',
            unprivilegedOnly: true,
            why: "Docker's runtime uses the kernel keyring, which an unprivileged container blocks without it",
        },
    ],
};
/** The guest's AppArmor profile handles nesting (`apparmor_manages_nesting` with a profile set). */
function managesNesting(g) {
    return g.raw?.apparmor_manages_nesting === true && g.apparmorProfile !== undefined;
}
/** Needs of `g`'s features that its resulting `pct` features do not meet, with the feature name. */
function unmetNeeds(g) {
    if (g.kind !== 'lxc')
        return [];
    const out = [];
    for (const feature of g.features) {
        for (const need of FEATURE_NEEDS[feature] ?? []) {
            if (need.unprivilegedOnly && g.unprivileged === false)
                continue;
            // `apparmor_manages_nesting`: the container's own AppArmor profile allows nesting, so the
            // original tooling left `nesting=1` off; Phoenix does not ask for it either. In Proxmox,
            // `nesting` only shapes the generated AppArmor profile (pve-container
            // `PVE::LXC::make_apparmor_config`: `lxc.apparmor.allow_nesting`), which a profile of the
            // container's own (`lxc.apparmor.profile`) replaces.
            if (need.flag === 'nesting' && managesNesting(g))
                continue;
            if (g.pctFeatures[need.flag] !== need.value)
                out.push({ feature, need });
        }
    }
    return out;
}
/**
 * A warning per feature need unmet, on the guest, or once for all the guests it applies to alike
 * (an estate of a thousand docker clones without nesting gets one warning, not a thousand); the
 * clone source is named when a clone drops a setting the source has (the clone's own `features`
 * replace the source's as a whole).
 */
function featureNeedWarnings(desiredById) {
    const byMessage = new Map();
    const note = (address, message) => {
        const list = byMessage.get(message);
        if (list)
            list.push(address);
        else
            byMessage.set(message, [address]);
    };
    for (const g of desiredById.values()) {
        const unmet = unmetNeeds(g);
        if (!unmet.length)
            continue;
        const src = g.cloneFrom === undefined ? undefined : desiredById.get(g.cloneFrom);
        for (const feature of [...new Set(unmet.map((u) => u.feature))]) {
            const needs = unmet.filter((u) => u.feature === feature).map((u) => u.need);
            const settings = needs.map((n) => `${n.flag}=${n.value}`);
            const dropped = needs
                .filter((n) => src?.kind === 'lxc' && src.pctFeatures[n.flag] === n.value)
                .map((n) => `${n.flag}=${n.value}`);
            const missing = settings.filter((x) => !dropped.includes(x));
            const what = [
                ...(dropped.length && src
                    ? [
                        `drops ${dropped.join(' and ')}, which its clone source ${(0,types/* guestAddress */.fD)(src.kind, src.id)} has (its own pct features replace the source's)`,
                    ]
                    : []),
                ...(missing.length ? [`lacks ${missing.join(' and ')}`] : []),
            ];
            const drop = what.join(' and ');
            note((0,types/* guestAddress */.fD)(g.kind, g.id), `${drop}, but its feature ${feature} needs ${settings.length === 1 ? 'it' : 'them'}: ${needs.map((n) => n.why).join('; ')}. Add ${settings.join(',')} to its pct features`);
        }
    }
    const out = [];
    for (const [message, addresses] of byMessage) {
        if (addresses.length === 1) {
            out.push({ address: addresses[0], message });
            continue;
        }
        const shown = addresses.slice(0, 20).join(', ');
        const more = addresses.length > 20 ? `, and ${addresses.length - 20} more` : '';
        out.push({ message: `${addresses.length} containers (${shown}${more}) each: ${message}` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/stale-clones.ts

/** Actions that leave an existing guest as it was made (it is not created or rebuilt in this plan). */
const KEEPS_ITS_MAKING = new Set(['no-op', 'update']);
/** Steps that change what a clone made now would get (not start, health check, snapshots). */
const SHAPING = new Set(['configure', 'resize', 'move-volume', 'firewall', 'feature', 'app-script']);
/** Why a source's change matters to its clones, in words; undefined when it does not. */
function whatChanges(c) {
    if (c.action === 'replace')
        return 'is rebuilt';
    if (c.action !== 'update' || !c.steps.some((s) => SHAPING.has(s.op)))
        return undefined;
    const scripts = c.steps.filter((s) => s.op === 'feature' || s.op === 'app-script');
    if (scripts.length) {
        const names = scripts.map((s) => (s.op === 'feature' ? `feature ${s.name}` : s.script));
        return `runs ${names.join(', ')} again`;
    }
    return 'changes its settings';
}
/** A warning on each changed clone source that has existing clones, naming them. */
function staleCloneWarnings(changes, exists) {
    const clonesOf = new Map();
    for (const c of changes) {
        if (!c.cloneOf || !KEEPS_ITS_MAKING.has(c.action) || !exists(c.id))
            continue;
        const list = clonesOf.get(c.cloneOf.id);
        if (list)
            list.push(c);
        else
            clonesOf.set(c.cloneOf.id, [c]);
    }
    const out = [];
    for (const c of changes) {
        const clones = clonesOf.get(c.id);
        const what = clones && whatChanges(c);
        if (!clones || !what)
            continue;
        const shown = clones.slice(0, 20).map((k) => `${(0,types/* guestLabel */.dv)(k.kind, k.id)}${k.name ? ` ${k.name}` : ''}`);
        const more = clones.length > 20 ? `, and ${clones.length - 20} more` : '';
        const n = clones.length;
        out.push({
            address: c.address,
            message: `${c.template ? 'template' : 'clone source'} ${what}; ${n} existing clone${n === 1 ? '' : 's'} keep${n === 1 ? 's' : ''} the old version (clones are not rebuilt): ${shown.join(', ')}${more}`,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/plan/clone-base.ts
var clone_base = __webpack_require__(35386);
// EXTERNAL MODULE: ./src/plan/config-diff.ts
var config_diff = __webpack_require__(97025);
;// CONCATENATED MODULE: ./src/plan/create-settings.ts
/**
 * What guests made by cloning start from, for the reader: each clone source's settings as they
 * display, so a create can be shown as the settings it ends with (its own and the ones it keeps)
 * rather than as a diff against a guest that is not it. Stored once per source in the plan. Pure.
 */


/** Keys that say something about the source itself, not a setting its clones end with. */
const NOT_INHERITED = /^(?:description|tags|lock|digest|template|parent|unused\d+)$/;
/** The settings of every clone source a clone step in `changes` uses; undefined when none. */
function cloneSourceSettings(changes, sourceConfigs) {
    let out;
    for (const c of changes) {
        for (const s of c.steps) {
            if (s.op !== 'clone')
                continue;
            const key = (0,clone_base/* sourceConfigKey */.JM)(s.source, s.storage);
            const base = sourceConfigs.get(key);
            if (!base || out?.[key])
                continue;
            const shown = {};
            for (const k of Object.keys(base).sort())
                if (!NOT_INHERITED.test(k))
                    shown[k] = (0,config_diff/* displayValue */.KN)(c.kind, k, base[k]);
            (out ??= {})[key] = shown;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/plan/data-loss.ts
var data_loss = __webpack_require__(38779);
// EXTERNAL MODULE: ./src/plan/markers.ts
var markers = __webpack_require__(71432);
// EXTERNAL MODULE: ./src/plan/canonical.ts
var canonical = __webpack_require__(34917);
// EXTERNAL MODULE: ./src/model/cluster-config.ts
var cluster_config = __webpack_require__(32966);
// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(70435);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/plan/select.ts
/**
 * `--only ADDR[,ADDR...]`: a plan narrowed to the named guests (`ct/955`, `vm/9001`, globs such
 * as `ct/95*`) plus what they need, their clone sources and dependencies (the planner's DAG
 * edges), transitively. Pure; the planner calls it on the full plan before hashing, and the
 * selection is kept in `Plan.selection`, so it is part of the hash: a reviewed full plan never
 * matches a partial one, nor one partial plan another. Errors of guests left out stay errors
 * (a partial plan is never applyable while the config it comes from is broken).
 */


/** A pattern that names no guest, or is not an address at all: a usage error (exit 2). */
class SelectionError extends errors/* UserError */.y {
    constructor(message) {
        super(message, 2);
    }
}
const ADDRESS = /^(ct|vm)\/[0-9*?]+$/;
function globToRegExp(pattern) {
    return new RegExp(`^${pattern.replace(/\*/g, '\\d*').replace(/\?/g, '\\d')}$`);
}
/** The changes each pattern matches; throws a SelectionError for a malformed or unmatched one. */
function matchGuests(patterns, changes) {
    if (patterns.length === 0)
        throw new SelectionError('--only: give at least one guest address');
    const matched = new Set();
    for (const p of patterns) {
        if (!ADDRESS.test(p))
            throw new SelectionError(`--only: '${p}' is not a guest address (ct/ID or vm/ID, globs such as ct/95*)`);
        const re = globToRegExp(p);
        const hits = changes.filter((c) => re.test(c.address));
        if (hits.length === 0) {
            const known = changes.map((c) => c.address);
            throw new SelectionError(`--only: no guest in the config or planned for deletion matches '${p}' (guests: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', ...' : ''})`);
        }
        for (const c of hits)
            matched.add(c.address);
    }
    return matched;
}
/** The matched guests and, transitively, the guests they are cloned from or depend on. */
function closure(matched, changes) {
    const byId = new Map();
    for (const c of changes)
        if (!byId.has(c.id) && c.action !== 'delete')
            byId.set(c.id, c);
    const byAddress = new Map(changes.map((c) => [c.address, c]));
    const selected = new Set();
    const queue = [...matched];
    while (queue.length) {
        const a = queue.pop();
        if (selected.has(a))
            continue;
        selected.add(a);
        const c = byAddress.get(a);
        if (!c)
            continue;
        const needs = [...(c.cloneOf ? [c.cloneOf.id] : []), ...c.dependencies];
        for (const id of needs) {
            const n = byId.get(id);
            if (n && !selected.has(n.address))
                queue.push(n.address);
        }
    }
    return selected;
}
/** The plan narrowed to `only` (see the module comment); `hash` is left to the caller. */
function selectPlan(plan, only) {
    const patterns = [...new Set(only)].sort();
    const matched = matchGuests(patterns, plan.changes);
    const selected = closure(matched, plan.changes);
    const kept = plan.changes.filter((c) => selected.has(c.address));
    const leftOut = plan.changes.filter((c) => !selected.has(c.address) && c.action !== 'no-op');
    // The selection is closed under "needs", so every guest a kept guest waits for is kept too.
    const changed = kept.filter((c) => c.layer !== undefined);
    const edges = changed.flatMap((c) => c.waitFor.map((w) => [w, c.address]));
    const { layers, level } = topoLayers(buildDag(changed.map((c) => c.address), edges));
    const changes = kept.map((c) => (c.layer === undefined ? c : { ...c, layer: level.get(c.address) }));
    const selection = {
        only: patterns,
        added: kept.filter((c) => !matched.has(c.address)).map((c) => c.address),
        leftOut: leftOut.map((c) => c.address),
    };
    return {
        ...plan,
        changes,
        layers,
        // Host-level gaps of the kept guests, and those no guest in particular uses.
        hypervisor: plan.hypervisor.filter((h) => h.usedBy.length === 0 || h.usedBy.some((a) => selected.has(a))),
        applyable: !plan.errored && changes.some((c) => c.action !== 'no-op'),
        selection,
    };
}

// EXTERNAL MODULE: ./src/plan/script-input.ts
var script_input = __webpack_require__(67505);
// EXTERNAL MODULE: ./src/config/secret-refs.ts
var secret_refs = __webpack_require__(38131);
;// CONCATENATED MODULE: ./src/plan/planner.ts


















/** One error per secret a guest's scripts need that has no value (each name once). */
function missingSecrets(g, available) {
    const out = new Map();
    for (const ref of (0,secret_refs/* findSecretRefs */.gN)(g.raw)) {
        if (out.has(ref.name) || available(ref.name))
            continue;
        out.set(ref.name, `${(0,types/* guestLabel */.dv)(g.kind, g.id)} (${g.name}): secret ${ref.name} (at '${ref.path.join('.')}') has no value: ` +
            `set ${(0,secret_refs/* secretEnvName */.ln)(ref.name)} (in GitHub Actions: the apply action's \`secrets\` input)`);
    }
    return [...out.values()];
}
function compareChanges(a, b) {
    return a.id - b.id || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}
function plan(desired, live, options = {}) {
    const basis = options.basis ?? 'live-state';
    const errors = [];
    const warnings = [];
    const desiredById = new Map();
    for (const g of desired.guests) {
        const address = (0,types/* guestAddress */.fD)(g.kind, g.id);
        if (desiredById.has(g.id))
            errors.push({ address, message: `id ${g.id} is used by more than one guest in the config` });
        else
            desiredById.set(g.id, g);
    }
    const liveById = new Map();
    for (const l of live.guests)
        liveById.set(l.id, l);
    const ctx = {
        desiredById,
        live,
        liveById,
        allowRebuild: options.allowRebuild ?? false,
        allowDataLoss: options.allowDataLoss ?? false,
        backupStorage: (0,data_loss/* backupStorageOf */.lM)(live),
        scriptHashes: options.scriptHashes,
        hostKnown: basis === 'live-state',
        pveVersion: live.pveVersion,
        nvidia: desired.nvidia,
        sourceConfigs: new Map(),
        placement: {
            cluster: (0,cluster_config/* clusterConfigOf */.m)(desired.hypervisor),
            onlyNode: basis === 'live-state' && live.nodes.length === 1 ? live.nodes[0] : undefined,
        },
        imageVolume: (file) => (0,image_volume/* imageVolume */.CK)(file, desired.hypervisor),
    };
    const planned = [];
    const nodeById = new Map();
    // Facts about the steps, gathered in one pass: clone sources used, guests created, scripts
    // without a content hash.
    const clonedFrom = new Set();
    const creating = new Set();
    const unknownScripts = new Set();
    for (const g of desiredById.values()) {
        const r = (0,guest_plan/* planGuest */.gY)(g, ctx);
        const c = r.change;
        planned.push(c);
        nodeById.set(g.id, c.node);
        for (const m of r.errors)
            errors.push({ address: c.address, message: m });
        if (ctx.hostKnown && c.action !== 'no-op') {
            const from = c.steps.find((s) => s.op === 'migrate');
            for (const m of (0,placement/* nodeErrors */.wU)(live, c.node, from?.op === 'migrate' ? from.from : undefined))
                errors.push({ address: c.address, message: m });
        }
        const was = liveById.get(g.id)?.node;
        if (c.action === 'replace' && was && c.node && was !== c.node)
            errors.push({ address: c.address, message: (0,placement/* rebuildMoveError */.zd)(was, c.node) });
        if (options.secretAvailable && (0,script_input/* runsScripts */.fJ)(c.steps))
            for (const m of missingSecrets(g, options.secretAvailable))
                errors.push({ address: c.address, message: m });
        for (const m of r.warnings)
            warnings.push({ address: c.address, message: m });
        for (const s of c.steps) {
            if (s.op === 'clone') {
                if (c.cloneOf)
                    clonedFrom.add(c.cloneOf.id);
                creating.add(c.id);
            }
            else if (s.op === 'create')
                creating.add(c.id);
            else if ((s.op === 'feature' && s.hash === markers/* UNKNOWN_HASH */.oE) ||
                (s.op === 'app-script' && s.hash.includes(`@${markers/* UNKNOWN_HASH */.oE}+`))) {
                unknownScripts.add(s.script);
            }
        }
    }
    // Managed guests that left the config; unmanaged guests.
    const retained = [];
    const unmanaged = [];
    for (const l of live.guests) {
        if (desiredById.has(l.id))
            continue;
        const address = (0,types/* guestAddress */.fD)(l.kind, l.id);
        const name = l.name ?? '';
        if (!(0,markers/* isManaged */.yF)(l)) {
            unmanaged.push({ address, id: l.id, kind: l.kind, name, template: l.template });
            continue;
        }
        const kindWord = l.kind === 'lxc' ? 'containers' : 'VMs';
        let reason;
        if (!desired.allowDestroy[l.kind])
            reason = `removed from the config; allow_destroy is off for ${kindWord}`;
        else if (l.config.protection === '1')
            reason = 'removed from the config; protection is set on the guest';
        else if (clonedFrom.has(l.id))
            reason = 'removed from the config, but a guest in this plan is cloned from it';
        const del = reason ? undefined : (0,data_loss/* deleteSteps */.z$)(l, ctx);
        reason ??= del?.refused;
        if (reason || !del) {
            retained.push({ address, id: l.id, kind: l.kind, name, reason: reason ?? '' });
            continue;
        }
        const c = (0,guest_plan/* draftChange */.CC)({
            address,
            dependencies: [],
            id: l.id,
            kind: l.kind,
            name,
            node: l.node || undefined,
            template: l.template,
        });
        c.action = 'delete';
        c.reasons = ['removed from the config'];
        c.steps = del.steps;
        if (del.lost.length)
            c.dataLoss = del.lost;
        for (const m of del.errors)
            errors.push({ address, message: m });
        planned.push(c);
    }
    planned.sort(compareChanges);
    warnings.push(...featureNeedWarnings(desiredById), ...staleCloneWarnings(planned, (id) => liveById.has(id)));
    // Dependencies that point nowhere.
    for (const g of desiredById.values()) {
        for (const dep of g.dependencies) {
            if (!desiredById.has(dep) && !liveById.has(dep)) {
                errors.push({
                    address: (0,types/* guestAddress */.fD)(g.kind, g.id),
                    message: `depends on ${dep}, which is neither in the config nor on the host`,
                });
            }
        }
    }
    // Order: the full DAG decides precedence; changed guests wait for the nearest changed ancestors.
    const edges = [];
    for (const g of desiredById.values()) {
        const to = (0,types/* guestAddress */.fD)(g.kind, g.id);
        const edge = (id) => {
            const from = desiredById.get(id);
            if (from)
                edges.push([(0,types/* guestAddress */.fD)(from.kind, from.id), to]);
        };
        if (g.cloneFrom !== undefined)
            edge(g.cloneFrom);
        for (const id of g.dependencies)
            edge(id);
    }
    const full = buildDag(planned.map((c) => c.address), edges);
    const fullLayers = topoLayers(full);
    if (fullLayers.cycles.length) {
        const byAddress = new Map();
        for (const c of planned)
            if (!byAddress.has(c.address))
                byAddress.set(c.address, c);
        const label = (a) => {
            const c = byAddress.get(a);
            return (0,types/* guestLabel */.dv)(c.kind, c.id);
        };
        for (const cycle of fullLayers.cycles) {
            errors.push({
                message: `dependency cycle: ${cycle.map(label).join(' -> ')} (each must come before the next)`,
            });
        }
    }
    const changedSet = new Set();
    for (const c of planned)
        if (c.action !== 'no-op')
            changedSet.add(c.address);
    const frontier = new Map();
    const nearestChanged = (node, visiting) => {
        const preds = full.preds.get(node) ?? [];
        let direct = true;
        for (const p of preds)
            if (!changedSet.has(p))
                direct = false;
        if (direct)
            return [...preds]; // the usual case; preds are distinct
        const out = new Set();
        for (const p of preds) {
            if (changedSet.has(p))
                out.add(p);
            else if (!visiting.has(p)) {
                let f = frontier.get(p);
                if (!f) {
                    visiting.add(p);
                    f = nearestChanged(p, visiting);
                    visiting.delete(p);
                    frontier.set(p, f);
                }
                for (const x of f)
                    out.add(x);
            }
        }
        return [...out];
    };
    const blocked = new Set(fullLayers.blocked);
    const waitFor = new Map();
    const changedOrder = [];
    const reducedEdges = [];
    const visiting = new Set();
    for (const c of planned) {
        if (!changedSet.has(c.address) || blocked.has(c.address))
            continue;
        changedOrder.push(c.address);
        if (waitFor.has(c.address))
            continue;
        visiting.add(c.address);
        const froms = nearestChanged(c.address, visiting).sort();
        visiting.delete(c.address);
        waitFor.set(c.address, froms);
        for (const f of froms)
            reducedEdges.push([f, c.address]);
    }
    // When every guest changes (and none is blocked), the reduced DAG is the full one: same nodes in
    // the same order, each waiting for all its predecessors, so its layers are already known.
    const { layers, level } = changedOrder.length === full.nodes.length && waitFor.size === changedOrder.length
        ? fullLayers
        : topoLayers(buildDag(changedOrder, reducedEdges));
    for (const c of planned) {
        c.layer = level.get(c.address);
        c.waitFor = waitFor.get(c.address) ?? [];
        (0,canonical/* markSorted */.Bs)(c);
    }
    const changes = planned;
    const hostCheck = basis === 'live-state'
        ? checkHypervisor(desired, live, creating, ctx.imageVolume, (g) => nodeById.get(g.id))
        : undefined;
    const hypervisor = hostCheck?.diffs ?? [];
    if (hostCheck)
        errors.push(...hostCheck.errors);
    if (unknownScripts.size) {
        const list = [...unknownScripts].sort();
        warnings.push({
            message: `no content hash for ${list.length} script${list.length === 1 ? '' : 's'} (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', ...' : ''}): changes to them will not show in plans`,
        });
    }
    const errored = errors.length > 0;
    const whole = {
        version: types/* PLAN_VERSION */.Ze,
        mode: options.mode ?? 'normal',
        basis,
        changes,
        layers,
        retained: retained.sort(compareChanges),
        unmanaged: unmanaged.sort(compareChanges),
        hypervisor,
        errors,
        warnings,
        cloneSources: cloneSourceSettings(changes, ctx.sourceConfigs),
        errored,
        applyable: !errored && changes.some((c) => c.action !== 'no-op'),
        complete: blocked.size === 0,
        meta: {
            target: live.target || undefined,
            readAt: live.readAt || undefined,
            pveVersion: live.pveVersion,
            createdAt: options.createdAt,
            nodes: basis === 'live-state' && live.nodes.length > 1 ? live.nodes : undefined,
        },
    };
    return (0,plan_file/* withHash */.F)(options.only ? selectPlan(whole, options.only) : whole);
}
/** Plan the new config against the live state the old config would have produced. */
function planConfigDiff(desiredNew, desiredOld, options = {}) {
    const live = (0,desired_to_live/* desiredToLiveState */.rC)(desiredOld, {
        scriptHashes: options.oldScriptHashes ?? options.scriptHashes,
        pveVersion: options.pveVersion,
        target: 'config-diff',
    });
    return plan(desiredNew, live, { ...options, basis: 'config-diff' });
}


/***/ }),

/***/ 77481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z7: () => (/* binding */ hashScripts),
/* harmony export */   iP: () => (/* binding */ scriptDigest),
/* harmony export */   vV: () => (/* binding */ readLibHelpers)
/* harmony export */ });
/* unused harmony export LIB_DIR */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71432);
/**
 * Content hashes of the feature and application scripts a config refers to (I/O: reads files).
 * The planner takes them as input so that a plan changes when a script changes. A script's hash
 * covers the shared helpers of `<config-dir>/lib/` too (they are pushed beside every script), so a
 * helper change re-runs the scripts as a script change would.
 */




/** The folder of shared helpers, relative to the config dir. */
const LIB_DIR = 'lib';
/** The regular files directly inside `<configDir>/lib/`, by name; none when the folder is absent. */
async function readLibHelpers(configDir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, LIB_DIR), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const names = entries
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort();
    return Promise.all(names.map(async (name) => ({ name, bytes: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, LIB_DIR, name)) })));
}
/**
 * sha256 (hex) of a script as it runs: its own bytes, then each helper's name and bytes. Without
 * helpers it is the plain sha256 of the script, as before `lib/` existed.
 */
function scriptDigest(script, libs) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(script);
    for (const l of libs)
        h.update(`\0${LIB_DIR}/${l.name}\0${l.bytes.length}\0`).update(l.bytes);
    return h.digest('hex');
}
/** sha256 (hex) by path relative to `configDir`; scripts that cannot be read are left out. */
async function hashScripts(configDir, desired) {
    const paths = new Set();
    for (const g of desired.guests) {
        for (const f of g.features)
            paths.add((0,_markers_js__WEBPACK_IMPORTED_MODULE_3__/* .featureScriptPath */ .pM)(f));
        if (g.applicationScript)
            paths.add((0,_markers_js__WEBPACK_IMPORTED_MODULE_3__/* .appScriptPath */ .Qz)(g.applicationScript));
        for (const t of g.tests)
            paths.add((0,_markers_js__WEBPACK_IMPORTED_MODULE_3__/* .testScriptPath */ .Xh)(t.path));
    }
    const libs = await readLibHelpers(configDir);
    const out = {};
    await Promise.all([...paths].map(async (p) => {
        try {
            out[p] = scriptDigest(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, p)), libs);
        }
        catch {
            // Missing scripts are a validation finding; the plan warns that it cannot see their changes.
        }
    }));
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}


/***/ }),

/***/ 67505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ scriptInputHash),
/* harmony export */   fJ: () => (/* binding */ runsScripts),
/* harmony export */   tV: () => (/* binding */ scriptInputOf)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71432);


/**
 * The JSON a guest's feature and application scripts receive (config/README.md): the guest object
 * as written, plus `id` and `kind`, plus for containers the top-level NVIDIA settings it does not
 * override.
 */
function scriptInputOf(g, nvidia) {
    const defaults = {};
    if (g.kind === 'lxc') {
        if (nvidia.driverVersion)
            defaults.nvidia_driver_version = nvidia.driverVersion;
        if (nvidia.repoUrl)
            defaults.nvidia_repo_url = nvidia.repoUrl;
        if (nvidia.runfileUrl)
            defaults.nvidia_runfile_url = nvidia.runfileUrl;
    }
    return { ...defaults, ...g.raw, id: g.id, kind: g.kind };
}
/**
 * The `scriptInputHash` of a plan's guest change: sha256 over the canonical guest object and the
 * fields `scriptInputOf` adds. Apply recomputes it from the config and refuses when it differs.
 */
function scriptInputHash(g, nvidia) {
    // The fields `scriptInputOf` adds to the guest object as written, keys in sorted order: `id`,
    // `kind`, then the NVIDIA defaults the guest does not set itself.
    const added = { id: g.id, kind: g.kind };
    if (g.kind === 'lxc') {
        if (nvidia.driverVersion && !('nvidia_driver_version' in g.raw))
            added.nvidia_driver_version = nvidia.driverVersion;
        if (nvidia.repoUrl && !('nvidia_repo_url' in g.raw))
            added.nvidia_repo_url = nvidia.repoUrl;
        if (nvidia.runfileUrl && !('nvidia_runfile_url' in g.raw))
            added.nvidia_runfile_url = nvidia.runfileUrl;
    }
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(`${(0,_markers_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalRaw */ .Jy)(g)}\n${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(added)}`);
}
/** Whether the steps run feature or application scripts (the change then carries `scriptInputHash`). */
function runsScripts(steps) {
    for (const s of steps)
        if (s.op === 'feature' || s.op === 'app-script')
            return true;
    return false;
}


/***/ })

};
