export const id = 646;
export const ids = [646];
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

/***/ 86646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hf: () => (/* binding */ PLAN_HEADER_PREFIX),
  kq: () => (/* reexport */ cell/* escapeCell */.k),
  cy: () => (/* binding */ parsePlanHeader),
  VR: () => (/* binding */ planHeader),
  qE: () => (/* binding */ renderJobSummary),
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: defaultStatus

// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/plan/config-diff.ts
var config_diff = __webpack_require__(97025);
// EXTERNAL MODULE: ./src/render/budget.ts
var render_budget = __webpack_require__(89519);
// EXTERNAL MODULE: ./src/render/cell.ts
var cell = __webpack_require__(24542);
// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(61692);
;// CONCATENATED MODULE: ./src/render/mermaid.ts

const CLASS_DEFS = [
    'classDef create fill:#dafbe1,stroke:#1a7f37,color:#0f2e17',
    'classDef change fill:#fff8c5,stroke:#9a6700,color:#3b2300',
    'classDef rebuild fill:#ffebe9,stroke:#cf222e,color:#4c0014',
    'classDef destroy fill:#ffebe9,stroke:#cf222e,color:#4c0014,stroke-dasharray:4 3',
    'classDef same fill:#f6f8fa,stroke:#8c959f,color:#24292f',
];
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
function nodeId(c) {
    return `${c.kind === 'lxc' ? 'ct' : 'vm'}${c.id}`;
}
/** Mermaid label text: quotes and angle brackets as entity codes, length bounded. */
function labelText(s) {
    const short = s.length > 40 ? `${s.slice(0, 37)}...` : s;
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
function build(nodes, edges, ids) {
    const lines = ['flowchart LR', ...CLASS_DEFS.map((d) => `  ${d}`)];
    const byClass = new Map();
    for (const c of nodes) {
        const text = labelText(`${(0,summary/* label */.Pf)(c)} ${c.name}`.trim());
        lines.push(c.template ? `  ${nodeId(c)}[["${text}"]]` : `  ${nodeId(c)}["${text}"]`);
        const cls = classOf(c);
        if (!byClass.has(cls))
            byClass.set(cls, []);
        byClass.get(cls).push(nodeId(c));
    }
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const e of edges) {
        if (!ids.has(e.from) || !ids.has(e.to))
            continue;
        lines.push(`  ${nodeId(byId.get(e.from))} ${e.clone ? '==>' : '-.->'} ${nodeId(byId.get(e.to))}`);
    }
    for (const [cls, list] of byClass)
        lines.push(`  class ${list.join(',')} ${cls}`);
    return lines.join('\n');
}
/** Undefined when there is nothing to draw. */
function renderMermaid(plan, options = {}) {
    const fullUpTo = options.fullGraphUpTo ?? 60;
    let maxNodes = options.maxNodes ?? 200;
    const maxEdges = options.maxEdges ?? 400;
    const maxChars = options.maxChars ?? 45_000;
    const byId = new Map(plan.changes.map((c) => [c.id, c]));
    if (!byId.size)
        return undefined;
    const allEdges = edgesOf(byId);
    const preds = new Map();
    const succs = new Map();
    for (const e of allEdges) {
        if (!preds.has(e.to))
            preds.set(e.to, []);
        preds.get(e.to).push(e.from);
        if (!succs.has(e.from))
            succs.set(e.from, []);
        succs.get(e.from).push(e.to);
    }
    const changed = plan.changes.filter((c) => c.action !== 'no-op');
    const changedOnly = byId.size > fullUpTo;
    if (changedOnly && !changed.length)
        return undefined;
    // Changed guests in plan order (layer, then id), each followed by its not-yet-drawn ancestors.
    const seeds = changedOnly
        ? [...changed].sort((a, b) => (a.layer ?? 1e9) - (b.layer ?? 1e9) || a.id - b.id)
        : [...plan.changes];
    const closure = (id, into, extra) => {
        const seen = new Set();
        const todo = [id];
        while (todo.length) {
            const x = todo.pop();
            if (into.has(x) || seen.has(x))
                continue;
            seen.add(x);
            extra.push(x);
            for (const p of preds.get(x) ?? [])
                todo.push(p);
        }
    };
    const eligibleSet = new Set();
    for (const s of seeds) {
        const add = [];
        closure(s.id, eligibleSet, add);
        for (const x of add)
            eligibleSet.add(x);
    }
    for (;;) {
        const ids = new Set();
        let edgeCount = 0;
        for (const s of seeds) {
            const add = [];
            closure(s.id, ids, add);
            if (ids.size + add.length > maxNodes)
                break;
            if (!add.length)
                continue;
            const addSet = new Set(add);
            let newEdges = 0;
            for (const x of add) {
                for (const p of preds.get(x) ?? [])
                    if (ids.has(p) || addSet.has(p))
                        newEdges++;
                for (const q of succs.get(x) ?? [])
                    if (ids.has(q))
                        newEdges++;
            }
            if (edgeCount + newEdges > maxEdges)
                break;
            edgeCount += newEdges;
            for (const x of add)
                ids.add(x);
        }
        const nodes = plan.changes.filter((c) => ids.has(c.id));
        const source = build(nodes, allEdges, ids);
        if (source.length <= maxChars || maxNodes <= 1) {
            return { source, drawn: nodes.length, eligible: eligibleSet.size, changedOnly };
        }
        maxNodes = Math.max(1, Math.floor(maxNodes / 2));
    }
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown for the pull-request comment and the job summary: hidden header, Terraform-like
 * headline, table of changed guests, per-guest details with field diffs, a Mermaid graph, and the
 * guests left alone. Pure. The body always fits its byte budget: it degrades in steps (collapse
 * details, drop unchanged rows, drop details, shrink then drop the graph, truncate the table with a
 * pointer to the full plan) and never fails on size.
 */







const PLAN_HEADER_PREFIX = '<!-- phoenix-plan ';
function markdown_defaultStatus(plan) {
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
/** A fenced block whose fence is longer than any backtick run inside. */
function fenced(lang, body) {
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${body}\n${fence}`;
}
function diffLines(c) {
    const lines = [];
    const create = c.steps.find((s) => s.op === 'create');
    if (create?.op === 'create' && !c.diffs.length) {
        for (const [k, v] of Object.entries(create.config)) {
            if (k !== 'description' && k !== 'tags')
                lines.push(`+ ${k}: ${(0,config_diff/* displayValue */.KN)(c.kind, k, v)}`);
        }
        for (const l of create.lxcRaw)
            lines.push(`+ ${l}`);
        return lines;
    }
    for (const d of c.diffs) {
        const tag = d.effect === 'live' ? (d.note ? `  # ${d.note}` : '') : `  # ${d.effect}${d.note ? `, ${d.note}` : ''}`;
        if (d.from !== undefined)
            lines.push(`- ${d.key}: ${d.from}${d.to === undefined ? tag : ''}`);
        if (d.to !== undefined)
            lines.push(`+ ${d.key}: ${d.to}${tag}`);
    }
    return lines;
}
const SHORT_DETAILS_LINES = 12;
const COLLAPSED_DIFF_LINES = 24;
function details(c, mode, openWhenShort) {
    const all = diffLines(c);
    const lines = mode === 'collapsed' && all.length > COLLAPSED_DIFF_LINES
        ? [
            ...all.slice(0, COLLAPSED_DIFF_LINES),
            `# ... ${all.length - COLLAPSED_DIFF_LINES} more lines in the plan artifact`,
        ]
        : all;
    const open = mode === 'full' && openWhenShort && lines.length + c.steps.length <= SHORT_DETAILS_LINES ? ' open' : '';
    const parts = [
        `<details${open}><summary><code>${summary/* ACTION_SYMBOL */.yo[c.action].trim() || '='}</code> <b>${(0,summary/* label */.Pf)(c)}</b> ${(0,cell/* escapeCell */.k)(c.name)}: ${(0,cell/* escapeCell */.k)((0,summary/* describeAction */.u7)(c))}</summary>`,
        '',
    ];
    if (c.reasons.length)
        parts.push(`Why: ${(0,cell/* escapeCell */.k)(c.reasons.join('; '))}`, '');
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
function row(c) {
    const symbol = summary/* ACTION_SYMBOL */.yo[c.action].trim();
    const order = c.layer === undefined ? '' : String(c.layer + 1);
    return `| ${symbol ? `\`${symbol}\`` : ''} | ${(0,summary/* label */.Pf)(c)} | ${(0,cell/* escapeCell */.k)(c.name)} | ${(0,cell/* escapeCell */.k)((0,summary/* describeAction */.u7)(c))} | ${(0,cell/* escapeCell */.k)((0,summary/* describeWork */.FG)(c))} | ${order} |`;
}
const TABLE_HEAD = '| | Guest | Name | Action | What runs | Order |\n|---|---|---|---|---|---|';
function listLine(title, items, max = 40) {
    const shown = items.slice(0, max).join(', ');
    return `- ${title} (${items.length}): ${shown}${items.length > max ? `, and ${items.length - max} more` : ''}`;
}
function messagesBlock(kind, title, messages, max) {
    const lines = messages
        .slice(0, max)
        .map((m) => `> - ${m.address ? `\`${m.address}\`: ` : ''}${(0,cell/* escapeCell */.k)(m.message)}`);
    if (messages.length > max)
        lines.push(`> - ... and ${messages.length - max} more (see the plan artifact)`);
    return [`> [!${kind}]`, `> **${title}**`, '>', ...lines].join('\n');
}
function basisLine(plan) {
    const where = plan.meta.target ? ` of \`${(0,cell/* escapeCell */.k)(plan.meta.target)}\`` : '';
    const when = plan.meta.readAt ? ` read ${(0,cell/* escapeCell */.k)(plan.meta.readAt)}` : '';
    return plan.basis === 'config-diff' ? 'basis: base branch config' : `basis: live state${where}${when}`;
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
/** Render a plan as Markdown within `options.budgetBytes` (default: the PR comment budget). */
/** The plan as Markdown (PR comment), secrets written inline in commands masked. */
function renderMarkdown(plan, options = {}) {
    return (0,secrets/* maskInlineSecrets */.N8)(renderMarkdownUnmasked(plan, options));
}
function renderMarkdownUnmasked(plan, options) {
    const budget = options.budgetBytes ?? render_budget/* COMMENT_BUDGET_BYTES */.eT;
    const pointer = options.fullPlanPointer ?? 'the job summary and the `phoenix-plan` artifact';
    const counts = (0,summary/* countPlan */.RF)(plan);
    const status = options.status ?? markdown_defaultStatus(plan);
    const changed = plan.changes.filter((c) => c.action !== 'no-op');
    const unchanged = plan.changes.filter((c) => c.action === 'no-op');
    const top = [
        planHeader({ hash: plan.hash, sha: options.sha ?? '', status }),
        `## ${options.title ?? 'Phoenix plan'}`,
        '',
    ];
    if (plan.basis === 'config-diff') {
        top.push('> [!NOTE]', "> No recorded state of the host was found, so this plan compares the config with the base branch's config, not with the host. The host may differ; apply plans again against the host itself.", '');
    }
    if (!['planned', 'no-changes', 'errored'].includes(status))
        top.push(`**Status: ${status}**`, '');
    top.push(`**${(0,summary/* headline */.Pl)(counts)}**`, '');
    const selection = (0,summary/* selectionLines */.a_)(plan);
    if (selection.length)
        top.push(...selection.map((l) => `> ${l.replace(/\*/g, '\\*')}  `), '');
    const lost = (0,summary/* dataLossLines */.Vw)(plan);
    if (lost.length) {
        // Never cut by the size budget: reviewers must see every volume whose data goes.
        top.push('> [!CAUTION]', `> **Data loss**: ${lost.length} volume${lost.length === 1 ? '' : 's'} deleted with ${lost.length === 1 ? 'its' : 'their'} data:`, ...lost.map((l) => `> - \`${l.address}\` ${(0,cell/* escapeCell */.k)(l.text)}`), '');
    }
    if (plan.errors.length)
        top.push(messagesBlock('CAUTION', 'This plan cannot be applied:', plan.errors, 30), '');
    if (plan.warnings.length)
        top.push(messagesBlock('WARNING', 'Warnings', plan.warnings, 10), '');
    const tail = [];
    if (plan.hypervisor.length) {
        tail.push('### Host differences', '', ...plan.hypervisor
            .slice(0, 30)
            .map((h) => `- ${(0,cell/* escapeCell */.k)(h.message)} (used by ${h.usedBy.slice(0, 8).join(', ')}${h.usedBy.length > 8 ? ', ...' : ''})`));
        if (plan.hypervisor.length > 30)
            tail.push(`- ... and ${plan.hypervisor.length - 30} more`);
        tail.push('');
    }
    if (plan.retained.length || plan.unmanaged.length) {
        tail.push('### Left alone', '');
        if (plan.retained.length) {
            tail.push(listLine('Managed guests kept after leaving the config', plan.retained.map((r) => `${(0,summary/* label */.Pf)(r)} ${(0,cell/* escapeCell */.k)(r.name)} (${(0,cell/* escapeCell */.k)(r.reason)})`), 20));
        }
        if (plan.unmanaged.length) {
            tail.push(listLine('Guests Phoenix does not manage', plan.unmanaged.map((u) => `${(0,summary/* label */.Pf)(u)}${u.name ? ` ${(0,cell/* escapeCell */.k)(u.name)}` : ''}`)));
        }
        tail.push('');
    }
    const footer = `<sub>Plan \`${plan.hash.slice(0, 12)}\` · ${basisLine(plan)} · ${plan.changes.length} guests · ${plan.layers.length} layer${plan.layers.length === 1 ? '' : 's'}</sub>`;
    // Table rows are made on demand: a big plan only ever shows the first few hundred, and whether
    // a level fits is decided as soon as the rows made so far exceed the budget.
    const rowsChanged = lazyTexts(changed, row);
    const rowsUnchanged = lazyTexts(unchanged, row);
    const detailCache = new Map();
    const detailTexts = (mode) => {
        let d = detailCache.get(mode);
        if (!d) {
            const openWhenShort = changed.length <= 10;
            d = lazyTexts(changed, (c) => details(c, mode, openWhenShort));
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
            ? `Changed guests and what they are cloned from or depend on: ${g.drawn} of ${g.eligible} drawn.`
            : `All ${g.drawn} guests${g.drawn < g.eligible ? ` (${g.drawn} of ${g.eligible} drawn)` : ''}.`;
        return [
            '### Graph',
            '',
            `${scope} Thick arrows: clone source; dotted: dependency.`,
            '',
            fenced('mermaid', g.source),
            '',
        ].join('\n');
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
        if (!last && lv.unchangedRows) {
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
        if (rows.length)
            body.push(TABLE_HEAD, ...rows, '');
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


/***/ })

};
