export const id = 549;
export const ids = [549];
export const modules = {

/***/ 89519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   eO: () => (/* binding */ firstThatFits),
/* harmony export */   eT: () => (/* binding */ COMMENT_BUDGET_BYTES)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT_CHARS, SUMMARY_LIMIT_BYTES, countFitting */
/**
 * Size budgets for rendered Markdown. GitHub limits a comment body to 65,536 characters and a job
 * summary to 1 MiB; we count UTF-8 bytes (never fewer than characters) and keep headroom.
 */
const COMMENT_LIMIT_CHARS = 65_536;
/** Comment budget in bytes: the limit minus headroom for the status edits apply makes later. */
const COMMENT_BUDGET_BYTES = 60_000;
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const SUMMARY_BUDGET_BYTES = 1_000_000;
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Render with the first level that fits: `render(level)` for level 0 (richest) up to `levels - 1`
 * (leanest). Returns the first fitting text, or the leanest one (the caller's last level must
 * guarantee the fit, e.g. by truncating).
 */
function firstThatFits(levels, budget, render) {
    let text = '';
    for (let level = 0; level < levels; level++) {
        text = render(level);
        if (byteLength(text) <= budget)
            return { text, level };
    }
    return { text, level: levels - 1 };
}
/**
 * Keep as many whole items as fit in `budget` bytes (each item's size plus `separator`), in order.
 * Returns how many fit.
 */
function countFitting(items, budget, separatorBytes = 1) {
    let used = 0;
    for (let i = 0; i < items.length; i++) {
        used += byteLength(items[i]) + separatorBytes;
        if (used > budget)
            return i;
    }
    return items.length;
}
/** Cut text to at most `budget` bytes on a line boundary, ending with `marker` when cut. */
function truncateText(text, budget, marker) {
    if (byteLength(text) <= budget)
        return text;
    const room = Math.max(0, budget - byteLength(marker) - 1);
    const lines = text.split('\n');
    const keep = countFitting(lines, room);
    return `${lines.slice(0, keep).join('\n')}\n${marker}`;
}


/***/ }),

/***/ 24542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ escapeTableCell),
/* harmony export */   k: () => (/* binding */ escapeCell)
/* harmony export */ });
/**
 * The one Markdown text escaper: text made safe inside a table cell or a summary line (no raw
 * HTML, no `|` that ends the cell, no line break that ends the row). Pure.
 */
const CELL_SPECIALS = /[&<>|\r\n]/;
function escapeCell(text, options = {}) {
    const s = options.trim ? text.trim() : text;
    if (!CELL_SPECIALS.test(s))
        return s;
    const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
    return options.lineBreak === '<br>'
        ? escaped.replace(/\r?\n|\r/g, '<br>')
        : escaped.replace(/[\r\n]+/g, ' ');
}
/** A job-summary table cell: trimmed, each line break kept as `<br>`. */
function escapeTableCell(text) {
    return escapeCell(text, { lineBreak: '<br>', trim: true });
}


/***/ }),

/***/ 12478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ resultingSettings),
/* harmony export */   bU: () => (/* binding */ cloneSourceLabel),
/* harmony export */   hv: () => (/* binding */ isNewGuest)
/* harmony export */ });
/* harmony import */ var _plan_config_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97025);
/* harmony import */ var _plan_clone_base_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35386);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61692);
/**
 * The settings a new guest ends with, for every renderer: a create lists its config; a clone lists
 * its own settings, the ones it keeps from its clone source (marked as such), and the source's
 * settings it drops. No restart marks: nothing is running yet. Pure.
 */



/** Keys written by Phoenix itself (tag, done-record), not settings the reader chose. */
const BOOKKEEPING = new Set(['description', 'tags']);
/** Whether `c` makes a new guest that did not exist (create or clone; not a rebuild). */
function isNewGuest(c) {
    return c.action === 'create' || c.action === 'clone';
}
/** `CT 902 @ ready`: the clone source, for "kept from ..." marks; undefined for a create. */
function cloneSourceLabel(c) {
    const s = c.steps.find((x) => x.op === 'clone');
    if (s?.op !== 'clone')
        return undefined;
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .label */ .Pf)({ kind: c.kind, id: s.source });
}
/** Settings in key order; raw `lxc.*` lines last (as `lxc` keys). */
function resultingSettings(c, sources) {
    const create = c.steps.find((s) => s.op === 'create');
    if (create?.op === 'create') {
        const out = Object.entries(create.config)
            .filter(([k]) => !BOOKKEEPING.has(k))
            .map(([k, v]) => ({ key: k, value: (0,_plan_config_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .displayValue */ .KN)(c.kind, k, v), origin: 'own' }));
        for (const l of create.lxcRaw)
            out.push({ key: 'lxc', value: l, origin: 'own' });
        return out;
    }
    const out = [];
    for (const d of c.diffs) {
        if (BOOKKEEPING.has(d.key))
            continue;
        if (d.to !== undefined)
            out.push({ key: d.key, value: d.to, origin: 'own' });
        else if (d.from !== undefined)
            out.push({ key: d.key, value: d.from, origin: 'dropped' });
    }
    const clone = c.steps.find((s) => s.op === 'clone');
    const base = clone?.op === 'clone' ? sources?.[(0,_plan_clone_base_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceConfigKey */ .JM)(clone.source, clone.storage)] : undefined;
    const own = new Set(c.diffs.map((d) => d.key));
    for (const [k, v] of Object.entries(base ?? {}))
        if (!own.has(k) && !BOOKKEEPING.has(k))
            out.push({ key: k, value: v, origin: 'source' });
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}


/***/ }),

/***/ 13047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ driftLines),
/* harmony export */   sJ: () => (/* binding */ driftTag),
/* harmony export */   tX: () => (/* binding */ driftSection)
/* harmony export */ });
/* harmony import */ var _plan_last_applied_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20895);
/* harmony import */ var _cell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24542);
/**
 * Settings changed outside Phoenix (drift, plan/last-applied.ts), as every renderer lists them
 * in a section of their own: plan text, PR comment, drift issue, JSON summary.
 */


/** The marker a drifted field diff carries in the plan text and the PR comment. */
function driftTag(d) {
    if (d.origin === 'outside')
        return 'changed outside Phoenix';
    if (d.origin === 'both')
        return 'changed outside Phoenix and in the config';
    return undefined;
}
function driftLines(plan) {
    const out = [];
    for (const c of plan.changes) {
        for (const d of c.diffs) {
            if (!(0,_plan_last_applied_js__WEBPACK_IMPORTED_MODULE_0__/* .isDriftDiff */ .N7)(d))
                continue;
            const host = d.from === undefined ? 'unset on the host' : `${d.from} on the host`;
            const want = d.to === undefined ? 'unset' : d.to;
            const says = d.origin === 'both' ? `the config now says ${want}` : `the config says ${want}`;
            out.push({ address: c.address, text: `${d.key}: ${host}, ${says}` });
        }
    }
    return out;
}
/** The PR comment's (and drift issue's) section of settings changed outside Phoenix; empty when none. */
function driftSection(plan, max = 40) {
    const drifted = driftLines(plan);
    if (!drifted.length)
        return [];
    const n = drifted.length;
    const them = n === 1 ? 'it' : 'them';
    return [
        '### Changed outside Phoenix (drift)',
        '',
        `${n} setting${n === 1 ? ' was' : 's were'} changed on the host, not in the config; apply sets ${them} back (or change the config to keep ${them}):`,
        '',
        ...drifted.slice(0, max).map((l) => `- \`${l.address}\` ${(0,_cell_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .k)(l.text)}`),
        ...(n > max ? [`- ... and ${n - max} more`] : []),
        '',
    ];
}


/***/ }),

/***/ 95549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hf: () => (/* reexport */ PLAN_HEADER_PREFIX),
  kq: () => (/* reexport */ cell/* escapeCell */.k),
  cy: () => (/* reexport */ parsePlanHeader),
  VR: () => (/* reexport */ planHeader),
  qE: () => (/* binding */ renderJobSummary),
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: defaultStatus

// EXTERNAL MODULE: ./src/render/drift.ts
var render_drift = __webpack_require__(13047);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/render/budget.ts
var render_budget = __webpack_require__(89519);
// EXTERNAL MODULE: ./src/render/cell.ts
var cell = __webpack_require__(24542);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(61692);
;// CONCATENATED MODULE: ./src/render/markdown-alerts.ts


const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const located = (m) => `${m.address ? `\`${m.address}\`: ` : ''}${(0,cell/* escapeCell */.k)(m.message)}`;
/** The alert parts of `plan`, in the order they are shown. */
function planAlerts(plan) {
    const parts = [];
    if (plan.errors.length)
        parts.push({
            level: 'CAUTION',
            title: 'This plan cannot be applied',
            items: plan.errors.map(located),
            max: 30,
        });
    const lost = (0,summary/* dataLossLines */.Vw)(plan);
    if (lost.length) {
        parts.push({
            level: 'CAUTION',
            title: `Data loss: ${plural(lost.length, 'volume')} destroyed with ${lost.length === 1 ? 'its' : 'their'} data`,
            items: lost.map((l) => `\`${l.address}\` ${(0,cell/* escapeCell */.k)(l.text)}`),
        });
    }
    const gone = plan.changes.filter((c) => c.action === 'delete' || c.action === 'replace');
    if (gone.length) {
        parts.push({
            level: 'CAUTION',
            title: `${plural(gone.length, 'guest')} destroyed (a rebuilt one is made again)`,
            items: gone.map((c) => `\`${c.address}\` ${(0,cell/* escapeCell */.k)(c.name)}: ${(0,cell/* escapeCell */.k)((0,summary/* describeAction */.u7)(c))}`),
            max: 40,
        });
    }
    if (plan.hypervisor.length) {
        parts.push({
            level: 'WARNING',
            title: 'The host lacks what the config needs',
            items: plan.hypervisor.map((h) => `${(0,cell/* escapeCell */.k)(h.message)} (used by ${h.usedBy.slice(0, 8).join(', ')}${h.usedBy.length > 8 ? ', ...' : ''})`),
            max: 30,
        });
    }
    const alone = [
        ...plan.retained.map((r) => `${(0,summary/* label */.Pf)(r)} ${(0,cell/* escapeCell */.k)(r.name)}: kept, ${(0,cell/* escapeCell */.k)(r.reason)}`),
        ...plan.unmanaged.map((u) => `${(0,summary/* label */.Pf)(u)}${u.name ? ` ${(0,cell/* escapeCell */.k)(u.name)}` : ''}: not managed by Phoenix`),
    ];
    if (alone.length)
        parts.push({
            level: 'WARNING',
            title: `${plural(alone.length, 'guest')} left alone`,
            items: alone,
            max: 40,
        });
    if (plan.warnings.length)
        parts.push({ level: 'WARNING', title: 'Warnings', items: plan.warnings.map(located), max: 20 });
    return parts;
}
/** One alert block per level present (CAUTION first), each part a bold title and its bullets. */
function renderAlerts(parts) {
    const out = [];
    for (const level of ['CAUTION', 'WARNING']) {
        const mine = parts.filter((p) => p.level === level);
        if (!mine.length)
            continue;
        const lines = [`> [!${level}]`];
        mine.forEach((p, i) => {
            if (i > 0)
                lines.push('>');
            const max = p.max ?? p.items.length;
            lines.push(`> **${p.title}**`, '>');
            for (const item of p.items.slice(0, max))
                lines.push(`> - ${item}`);
            if (p.items.length > max)
                lines.push(`> - ... and ${p.items.length - max} more (see the plan artifact)`);
        });
        out.push(lines.join('\n'), '');
    }
    return out;
}

// EXTERNAL MODULE: ./src/render/nodes.ts
var render_nodes = __webpack_require__(45097);
// EXTERNAL MODULE: ./src/render/create-settings.ts
var create_settings = __webpack_require__(12478);
;// CONCATENATED MODULE: ./src/render/markdown-guest.ts
/**
 * Markdown for one guest of a plan: its table row and its collapsible details (why, the settings
 * a new guest ends with or the field diffs of a changed one, the steps), and the lazily made
 * lists of them the comment renderer sizes against its budget. Pure.
 */






/** A fenced block whose fence is longer than any backtick run inside. */
function fenced(lang, body) {
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${body}\n${fence}`;
}
/**
 * Lines of the `diff` block: a new guest's resulting settings (own `+`, kept from the clone source
 * as context lines, dropped `-`), or a changed guest's field diffs with when they take effect.
 */
function diffLines(c, sources) {
    if ((0,create_settings/* isNewGuest */.hv)(c)) {
        const src = (0,create_settings/* cloneSourceLabel */.bU)(c);
        return (0,create_settings/* resultingSettings */.Nw)(c, sources).map((s) => s.origin === 'own'
            ? `+ ${s.key}: ${s.value}`
            : s.origin === 'source'
                ? `  ${s.key}: ${s.value}  # from ${src}`
                : `- ${s.key}: ${s.value}  # ${src}'s, dropped`);
    }
    const lines = [];
    for (const d of c.diffs) {
        const drift = (0,render_drift/* driftTag */.sJ)(d);
        const remarks = [
            ...(d.effect === 'live' ? [] : [d.effect]),
            ...(d.note ? [d.note] : []),
            ...(drift ? [drift] : []),
        ];
        const tag = remarks.length ? `  # ${remarks.join(', ')}` : '';
        if (d.from !== undefined)
            lines.push(`- ${d.key}: ${d.from}${d.to === undefined ? tag : ''}`);
        if (d.to !== undefined)
            lines.push(`+ ${d.key}: ${d.to}${tag}`);
    }
    return lines;
}
const SHORT_DETAILS_LINES = 12;
const COLLAPSED_DIFF_LINES = 24;
function details(c, mode, openWhenShort, sources, nodes = false) {
    const all = diffLines(c, sources);
    const lines = mode === 'collapsed' && all.length > COLLAPSED_DIFF_LINES
        ? [
            ...all.slice(0, COLLAPSED_DIFF_LINES),
            `# ... ${all.length - COLLAPSED_DIFF_LINES} more lines in the plan artifact`,
        ]
        : all;
    const open = mode === 'full' && openWhenShort && lines.length + c.steps.length <= SHORT_DETAILS_LINES ? ' open' : '';
    const parts = [
        `<details${open}><summary><code>${summary/* ACTION_SYMBOL */.yo[c.action].trim() || '='}</code> <b>${(0,summary/* label */.Pf)(c)}</b> ${(0,cell/* escapeCell */.k)(c.name)}${(0,cell/* escapeCell */.k)((0,render_nodes/* onNode */.W)(c, nodes))}: ${(0,cell/* escapeCell */.k)((0,summary/* describeAction */.u7)(c))}</summary>`,
        '',
    ];
    if (c.reasons.length)
        parts.push(`Why: ${(0,cell/* escapeCell */.k)(c.reasons.join('; '))}`, '');
    const src = (0,create_settings/* isNewGuest */.hv)(c) ? (0,create_settings/* cloneSourceLabel */.bU)(c) : undefined;
    if (src && lines.length)
        parts.push(`Settings it ends with: \`+\` from its config, the rest kept from its clone source ${src}.`, '');
    if (lines.length)
        parts.push(fenced('diff', lines.join('\n')), '');
    if (mode === 'full' && c.steps.length) {
        parts.push(`Steps: ${c.steps.map((s) => (0,cell/* escapeCell */.k)((0,summary/* describeStep */.Ey)(s))).join(' → ')}`, '');
    }
    parts.push('</details>');
    return parts.join('\n');
}
function lazyTexts(changes, make) {
    const made = [];
    let counted = 0;
    let total = 0;
    const at = (i) => {
        while (made.length <= i)
            made.push(make(changes[made.length]));
        return made[i];
    };
    return {
        length: changes.length,
        at,
        all: () => (changes.length ? (at(changes.length - 1), made) : made),
        bytes(limit) {
            while (counted < changes.length && total <= limit)
                total += (0,render_budget/* byteLength */.dp)(at(counted++)) + 1;
            return total;
        },
    };
}
/** A table row; with `nodes`, the guest's node follows its label (`CT 950 on pve2`). */
function row(c, nodes = false) {
    const symbol = summary/* ACTION_SYMBOL */.yo[c.action].trim();
    const order = c.layer === undefined ? '' : String(c.layer + 1);
    return `| ${symbol ? `\`${symbol}\`` : ''} | ${(0,summary/* label */.Pf)(c)}${nodes && c.node ? ` on ${(0,cell/* escapeCell */.k)(c.node)}` : ''} | ${(0,cell/* escapeCell */.k)(c.name)} | ${(0,cell/* escapeCell */.k)((0,summary/* describeAction */.u7)(c))} | ${(0,cell/* escapeCell */.k)((0,summary/* describeWork */.FG)(c))} | ${order} |`;
}
const TABLE_HEAD = '| | Guest | Name | Action | What runs | Order |\n|---|---|---|---|---|---|';

;// CONCATENATED MODULE: ./src/render/markdown-header.ts
const PLAN_HEADER_PREFIX = '<!-- phoenix-plan ';
function markdown_header_defaultStatus(plan) {
    if (plan.errored)
        return 'errored';
    return plan.applyable ? 'planned' : 'no-changes';
}
/** `<!-- phoenix-plan {"hash":"..","sha":"..","status":".."} -->`; `<`/`>` escaped so it cannot close early. */
function planHeader(h) {
    const fields = { hash: h.hash, sha: h.sha, status: h.status, ...(h.bodyHash ? { body: h.bodyHash } : {}) };
    const json = JSON.stringify(fields).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `${PLAN_HEADER_PREFIX}${json} -->`;
}
/** Read the hidden header from a comment body; undefined when absent or malformed. */
function parsePlanHeader(body) {
    const start = body.indexOf(PLAN_HEADER_PREFIX);
    if (start < 0)
        return undefined;
    const end = body.indexOf(' -->', start);
    if (end < 0)
        return undefined;
    try {
        const v = JSON.parse(body.slice(start + PLAN_HEADER_PREFIX.length, end));
        if (typeof v.hash !== 'string' || typeof v.status !== 'string')
            return undefined;
        const header = {
            hash: v.hash,
            sha: typeof v.sha === 'string' ? v.sha : '',
            status: v.status,
        };
        return typeof v.body === 'string' ? { ...header, bodyHash: v.body } : header;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/render/mermaid.ts


/** What the colours and arrows of the graph mean, for the line above it. */
const MERMAID_LEGEND = 'Green: created · yellow: changed in place · red: rebuilt (destroyed and made again) · red dashed: destroyed · grey: unchanged. Double-bordered boxes are templates; thick arrows lead from the clone source, dotted ones from a dependency.';
const CLASS_DEFS = [
    'classDef create fill:#dafbe1,stroke:#1a7f37,color:#0f2e17',
    'classDef change fill:#fff8c5,stroke:#9a6700,color:#3b2300',
    'classDef rebuild fill:#ffebe9,stroke:#cf222e,color:#4c0014',
    'classDef destroy fill:#ffebe9,stroke:#cf222e,color:#4c0014,stroke-dasharray:4 3',
    'classDef same fill:#f6f8fa,stroke:#8c959f,color:#24292f',
];
/** The line the legend gains when guests are grouped by node. */
const MERMAID_NODES_LEGEND = 'Each frame is a cluster node; a guest drawn in none has no node yet.';
/** A graph with more guests than this is drawn top-down in capped rows. */
const TOP_DOWN_FROM = 12;
function classOf(c) {
    switch (c.action) {
        case 'create':
        case 'clone':
            return 'create';
        case 'update':
            return 'change';
        case 'replace':
            return 'rebuild';
        case 'delete':
            return 'destroy';
        default:
            return 'same';
    }
}
/** Which changed guests are drawn first: what destroys, then what is new, then in-place changes. */
function priority(c) {
    return c.action === 'replace' || c.action === 'delete' ? 0 : c.action === 'update' ? 2 : 1;
}
function nodeId(c) {
    return `${c.kind === 'lxc' ? 'ct' : 'vm'}${c.id}`;
}
/** Mermaid label text: quotes and angle brackets as entity codes, length bounded. */
function labelText(s, max = 40) {
    const short = s.length > max ? `${s.slice(0, max - 3)}...` : s;
    return short
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/[\r\n]+/g, ' ');
}
function edgesOf(byId) {
    const edges = [];
    for (const c of byId.values()) {
        if (c.cloneOf && byId.has(c.cloneOf.id))
            edges.push({ from: c.cloneOf.id, to: c.id, clone: true });
        for (const d of c.dependencies)
            if (byId.has(d) && d !== c.cloneOf?.id)
                edges.push({ from: d, to: c.id, clone: false });
    }
    return edges;
}
/**
 * Invisible links that stack the guests of one rank (longest path from a drawn root) into rows of
 * at most `perRank`: the k-th guest of a rank hangs below the (k - perRank)-th.
 */
function rowLinks(nodes, edges, perRank) {
    const rank = new Map();
    const preds = new Map();
    for (const e of edges)
        preds.set(e.to, [...(preds.get(e.to) ?? []), e.from]);
    const rankOf = (id, seen) => {
        const known = rank.get(id);
        if (known !== undefined)
            return known;
        if (seen.has(id))
            return 0; // a cycle (reported as a plan error): any rank will do
        seen.add(id);
        const r = Math.max(-1, ...(preds.get(id) ?? []).map((p) => rankOf(p, seen))) + 1;
        rank.set(id, r);
        return r;
    };
    const rows = new Map();
    for (const n of nodes) {
        const r = rankOf(n.id, new Set());
        rows.set(r, [...(rows.get(r) ?? []), n.id]);
    }
    const links = [];
    for (const ids of rows.values())
        for (let k = perRank; k < ids.length; k++)
            links.push([ids[k - perRank], ids[k]]);
    return links;
}
function build(nodes, edges, links, topDown, byNode) {
    const lines = [topDown ? 'flowchart TD' : 'flowchart LR', ...CLASS_DEFS.map((d) => `  ${d}`)];
    const byClass = new Map();
    const box = (c, indent) => {
        // Top-down boxes are narrow: the address over the name.
        const text = topDown
            ? `${labelText((0,summary/* label */.Pf)(c))}<br/>${labelText(c.name, 24)}`
            : labelText(`${(0,summary/* label */.Pf)(c)} ${c.name}`.trim());
        lines.push(c.template ? `${indent}${nodeId(c)}[["${text}"]]` : `${indent}${nodeId(c)}["${text}"]`);
        const cls = classOf(c);
        if (!byClass.has(cls))
            byClass.set(cls, []);
        byClass.get(cls).push(nodeId(c));
    };
    if (byNode) {
        // One subgraph per node, in name order; guests without a node stay outside any.
        const groups = new Map();
        for (const c of nodes)
            if (c.node)
                groups.set(c.node, [...(groups.get(c.node) ?? []), c]);
        for (const name of [...groups.keys()].sort()) {
            // Node names are letters, digits and '-' (the schema's nodeName): safe in a bracketed title.
            lines.push(`  subgraph node_${name.replace(/[^A-Za-z0-9]/g, '_')} [node ${labelText(name)}]`);
            for (const c of groups.get(name))
                box(c, '    ');
            lines.push('  end');
        }
        for (const c of nodes)
            if (!c.node)
                box(c, '  ');
    }
    else
        for (const c of nodes)
            box(c, '  ');
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const e of edges)
        lines.push(`  ${nodeId(byId.get(e.from))} ${e.clone ? '==>' : '-.->'} ${nodeId(byId.get(e.to))}`);
    for (const [a, b] of links)
        lines.push(`  ${nodeId(byId.get(a))} ~~~ ${nodeId(byId.get(b))}`);
    for (const [cls, list] of byClass)
        lines.push(`  class ${list.join(',')} ${cls}`);
    return lines.join('\n');
}
/** Ancestors of `from` (not in it), nearest first (breadth first over clone sources and dependencies). */
function ancestorsByDistance(from, preds) {
    const seen = new Set(from);
    const out = [];
    let level = [...from];
    while (level.length) {
        const next = [];
        for (const x of level)
            for (const p of preds.get(x) ?? [])
                if (!seen.has(p)) {
                    seen.add(p);
                    out.push(p);
                    next.push(p);
                }
        level = next;
    }
    return out;
}
/** Undefined when there is nothing to draw. */
function renderMermaid(plan, options = {}) {
    const fullUpTo = options.fullGraphUpTo ?? 60;
    let maxNodes = options.maxNodes ?? 200;
    const maxEdges = options.maxEdges ?? 400;
    const maxChars = options.maxChars ?? 45_000;
    const perRank = Math.max(1, options.perRank ?? 5);
    const byId = new Map(plan.changes.map((c) => [c.id, c]));
    if (!byId.size)
        return undefined;
    const allEdges = edgesOf(byId);
    const preds = new Map();
    for (const e of allEdges) {
        if (!preds.has(e.to))
            preds.set(e.to, []);
        preds.get(e.to).push(e.from);
    }
    const changed = plan.changes
        .filter((c) => c.action !== 'no-op')
        .sort((a, b) => priority(a) - priority(b) || (a.layer ?? 1e9) - (b.layer ?? 1e9) || a.id - b.id);
    const changedOnly = byId.size > fullUpTo;
    if (changedOnly && !changed.length)
        return undefined;
    // The order nodes get the budget in: changed guests (by priority), then their unchanged
    // ancestors nearest first; a small estate is drawn whole in plan order.
    const changedIds = changed.map((c) => c.id);
    const order = changedOnly
        ? [
            ...changedIds,
            ...ancestorsByDistance(changedIds, preds).filter((id) => byId.get(id).action === 'no-op'),
        ]
        : plan.changes.map((c) => c.id);
    const changedSet = new Set(changedIds);
    const byNode = (0,render_nodes/* showsNodes */.i)(plan);
    for (;;) {
        const ids = new Set(order.slice(0, maxNodes));
        const nodes = plan.changes.filter((c) => ids.has(c.id));
        const topDown = nodes.length > TOP_DOWN_FROM;
        const among = allEdges.filter((e) => ids.has(e.from) && ids.has(e.to));
        // Clone edges before dependencies when edges must be cut; layout links take what is left.
        const edges = [...among.filter((e) => e.clone), ...among.filter((e) => !e.clone)].slice(0, maxEdges);
        const links = topDown
            ? rowLinks(nodes, edges, perRank).slice(0, Math.max(0, maxEdges - edges.length))
            : [];
        const source = build(nodes, edges, links, topDown, byNode);
        if (source.length <= maxChars || maxNodes <= 1) {
            let changedDrawn = 0;
            for (const id of ids)
                if (changedSet.has(id))
                    changedDrawn++;
            return {
                source,
                drawn: nodes.length,
                eligible: order.length,
                changedOnly,
                changedDrawn,
                changed: changedIds.length,
                byNode,
            };
        }
        maxNodes = Math.max(1, Math.floor(maxNodes / 2));
    }
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown for the pull-request comment and the job summary: hidden header, the alert blocks
 * (markdown-alerts.ts), Terraform-like headline, table of changed guests (unchanged ones folded
 * away), per-guest details (markdown-guest.ts), a Mermaid graph with its legend. Pure. The body
 * always fits its byte budget: it degrades in steps (collapse details, drop unchanged rows, drop
 * details, shrink then drop the graph, truncate the table with a pointer to the full plan) and
 * never fails on size.
 */












function basisLine(plan) {
    const where = plan.meta.target ? ` of \`${(0,cell/* escapeCell */.k)(plan.meta.target)}\`` : '';
    const when = plan.meta.readAt ? ` read ${(0,cell/* escapeCell */.k)(plan.meta.readAt)}` : '';
    return plan.basis === 'config-diff' ? 'basis: base branch config' : `basis: live state${where}${when}`;
}
/** The unchanged guests' rows, folded away under a summary line. */
function foldedUnchanged(rows) {
    if (!rows.length)
        return [];
    const n = rows.length;
    return [
        `<details><summary>${n} unchanged guest${n === 1 ? '' : 's'}</summary>`,
        '',
        TABLE_HEAD,
        ...rows,
        '',
        '</details>',
        '',
    ];
}
const LEVELS = [
    { details: 'full', unchangedRows: true, graph: 'full', truncate: false },
    { details: 'collapsed', unchangedRows: true, graph: 'full', truncate: false },
    { details: 'collapsed', unchangedRows: false, graph: 'full', truncate: false },
    { details: 'none', unchangedRows: false, graph: 'full', truncate: false },
    { details: 'none', unchangedRows: false, graph: 'small', truncate: false },
    { details: 'none', unchangedRows: false, graph: 'none', truncate: false },
    { details: 'none', unchangedRows: false, graph: 'none', truncate: true },
];
/** The plan as Markdown (PR comment), secrets written inline in commands masked. */
function renderMarkdown(plan, options = {}) {
    return (0,secrets/* maskInlineSecrets */.N8)(renderMarkdownUnmasked(plan, options));
}
function renderMarkdownUnmasked(plan, options) {
    const budget = options.budgetBytes ?? render_budget/* COMMENT_BUDGET_BYTES */.eT;
    const pointer = options.fullPlanPointer ?? 'the job summary and the `phoenix-plan` artifact';
    const counts = (0,summary/* countPlan */.RF)(plan);
    const status = options.status ?? markdown_header_defaultStatus(plan);
    const changed = plan.changes.filter((c) => c.action !== 'no-op');
    const unchanged = plan.changes.filter((c) => c.action === 'no-op');
    const top = [
        planHeader({ hash: plan.hash, sha: options.sha ?? '', status }),
        `## ${options.title ?? 'Phoenix plan'}`,
        '',
    ];
    // The status line stays directly under the title (plan-comment-body.ts finds it there); then the
    // alerts: what stops, hurts or is left alone is read before anything else.
    if (!['planned', 'no-changes', 'errored'].includes(status))
        top.push(`**Status: ${status}**`, '');
    top.push(...renderAlerts(planAlerts(plan)));
    if (plan.basis === 'config-diff') {
        top.push('> [!NOTE]', "> No recorded state of the host was found, so this plan compares the config with the base branch's config, not with the host. The host may differ; apply plans again against the host itself.", '');
    }
    top.push(`**${(0,summary/* headline */.Pl)(counts)}**`, '');
    const selection = (0,summary/* selectionLines */.a_)(plan);
    if (selection.length)
        top.push(...selection.map((l) => `> ${l.replace(/\*/g, '\\*')}  `), '');
    top.push(...(0,render_drift/* driftSection */.tX)(plan));
    // Sections after the graph; none today (a renderer adding one puts it here).
    const tail = [];
    const footer = `<sub>Plan \`${plan.hash.slice(0, 12)}\` · ${basisLine(plan)} · ${plan.changes.length} guests · ${plan.layers.length} layer${plan.layers.length === 1 ? '' : 's'}</sub>`;
    // Table rows are made on demand: a big plan only ever shows the first few hundred, and whether
    // a level fits is decided as soon as the rows made so far exceed the budget.
    const nodes = (0,render_nodes/* showsNodes */.i)(plan);
    const rowsChanged = lazyTexts(changed, (c) => row(c, nodes));
    const rowsUnchanged = lazyTexts(unchanged, (c) => row(c, nodes));
    const detailCache = new Map();
    const detailTexts = (mode) => {
        let d = detailCache.get(mode);
        if (!d) {
            const openWhenShort = changed.length <= 10;
            d = lazyTexts(changed, (c) => details(c, mode, openWhenShort, plan.cloneSources, nodes));
            detailCache.set(mode, d);
        }
        return d;
    };
    const graphCache = new Map();
    const graphText = (size) => {
        if (!graphCache.has(size)) {
            graphCache.set(size, renderMermaid(plan, size === 'small' ? { maxNodes: 40, maxEdges: 80, maxChars: 8_000 } : {}));
        }
        const g = graphCache.get(size);
        if (!g)
            return '';
        const scope = g.changedOnly
            ? `Changed guests and what they are cloned from or depend on: ${g.drawn} of ${g.eligible} drawn, ${g.changedDrawn === g.changed ? `all ${g.changed} changed guests among them` : `${g.changedDrawn} of ${g.changed} changed guests (the rest in the table)`}.`
            : `All ${g.drawn} guests${g.drawn < g.eligible ? ` (${g.drawn} of ${g.eligible} drawn)` : ''}.`;
        const legend = g.byNode ? `${MERMAID_LEGEND} ${MERMAID_NODES_LEGEND}` : MERMAID_LEGEND;
        return ['### Graph', '', `${scope} ${legend}`, '', fenced('mermaid', g.source), ''].join('\n');
    };
    const fixed = [...top, ...tail, footer].join('\n');
    const fixedBytes = (0,render_budget/* byteLength */.dp)(fixed) + 64;
    for (let i = 0; i < LEVELS.length; i++) {
        const lv = LEVELS[i];
        const last = i === LEVELS.length - 1;
        const showTable = changed.length > 0 || lv.unchangedRows;
        let bytes = fixedBytes + (showTable ? (0,render_budget/* byteLength */.dp)(TABLE_HEAD) : 0);
        if (!last && showTable) {
            bytes += rowsChanged.bytes(budget - bytes);
            if (bytes > budget)
                continue;
        }
        if (!last && bytes > budget)
            continue;
        if (!last && lv.unchangedRows && unchanged.length) {
            bytes += (0,render_budget/* byteLength */.dp)(TABLE_HEAD) + 80; // the fold around them
            bytes += rowsUnchanged.bytes(budget - bytes);
            if (bytes > budget)
                continue;
        }
        const graph = lv.graph === 'none' ? '' : graphText(lv.graph);
        bytes += (0,render_budget/* byteLength */.dp)(graph);
        if (!last && bytes > budget)
            continue;
        const detailList = lv.details === 'none' ? undefined : detailTexts(lv.details);
        if (detailList && !last)
            bytes += detailList.bytes(budget - bytes);
        if (!last && bytes > budget)
            continue;
        const det = detailList ? detailList.all() : [];
        const body = [...top];
        const parts = lv.unchangedRows ? [rowsChanged, rowsUnchanged] : [rowsChanged];
        const total = parts.reduce((n, p) => n + p.length, 0);
        let rows;
        let note = '';
        if (!lv.unchangedRows && unchanged.length)
            note = `${unchanged.length} guest${unchanged.length === 1 ? '' : 's'} unchanged.`;
        if (last) {
            // As many whole rows as fit (each counted with its newline), in order.
            let room = budget - fixedBytes - (0,render_budget/* byteLength */.dp)(TABLE_HEAD) - 400;
            rows = [];
            fill: for (const p of parts) {
                for (let k = 0; k < p.length; k++) {
                    const r = p.at(k);
                    room -= (0,render_budget/* byteLength */.dp)(r) + 1;
                    if (room < 0)
                        break fill;
                    rows.push(r);
                }
            }
            if (rows.length < total) {
                note = `${total - rows.length} more changed guest${total - rows.length === 1 ? '' : 's'} not shown here: read ${pointer}.${note ? ` ${note}` : ''}`;
            }
        }
        else {
            rows = parts.flatMap((p) => p.all());
        }
        const shownChanged = rows.slice(0, rowsChanged.length);
        if (shownChanged.length)
            body.push(TABLE_HEAD, ...shownChanged, '');
        body.push(...foldedUnchanged(rows.slice(rowsChanged.length)));
        if (note)
            body.push(`_${note}_`, '');
        if (det.length)
            body.push('### Changes', '', ...det.flatMap((d) => [d, '']));
        if (graph)
            body.push(graph);
        if (i > 0 && (0,summary/* hasChanges */.ik)(counts))
            body.push(`_Shortened to fit; the full plan is in ${pointer}._`, '');
        body.push(...tail, footer);
        const text = body.join('\n') + '\n';
        return last ? (0,render_budget/* truncateText */.EJ)(text, budget, `\n_Truncated: read ${pointer}._`) : text;
    }
    /* c8 ignore next */
    return '';
}
/** The job summary: same content, with the summary's 1 MiB budget. */
/** The job summary, secrets written inline in commands masked. */
function renderJobSummary(plan, options = {}) {
    return (0,secrets/* maskInlineSecrets */.N8)(renderJobSummaryUnmasked(plan, options));
}
function renderJobSummaryUnmasked(plan, options) {
    return renderMarkdown(plan, {
        ...options,
        budgetBytes: options.budgetBytes ?? render_budget/* SUMMARY_BUDGET_BYTES */.Xb,
        fullPlanPointer: options.fullPlanPointer ?? 'the `phoenix-plan` artifact',
    });
}


/***/ }),

/***/ 45097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ onNode),
/* harmony export */   i: () => (/* binding */ showsNodes)
/* harmony export */ });
function showsNodes(plan) {
    if ((plan.meta.nodes?.length ?? 0) > 1)
        return true;
    let first;
    for (const c of plan.changes) {
        if (c.node === undefined)
            continue;
        if (first === undefined)
            first = c.node;
        else if (c.node !== first)
            return true;
    }
    return false;
}
/** ` (on pve2)` after a guest's name when nodes are shown and its node is known, else ''. */
function onNode(c, shown) {
    return shown && c.node ? ` (on ${c.node})` : '';
}


/***/ })

};
