/**
 * Size budgets for rendered Markdown. GitHub limits a comment body to 65,536 characters and a job
 * summary to 1 MiB; we count UTF-8 bytes (never fewer than characters) and keep headroom.
 */
export const COMMENT_LIMIT_CHARS = 65_536;
/** Comment budget in bytes: the limit minus headroom for the status edits apply makes later. */
export const COMMENT_BUDGET_BYTES = 60_000;
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const SUMMARY_BUDGET_BYTES = 1_000_000;

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Render with the first level that fits: `render(level)` for level 0 (richest) up to `levels - 1`
 * (leanest). Returns the first fitting text, or the leanest one (the caller's last level must
 * guarantee the fit, e.g. by truncating).
 */
export function firstThatFits(
  levels: number,
  budget: number,
  render: (level: number) => string,
): {
  text: string;
  level: number;
} {
  let text = '';
  for (let level = 0; level < levels; level++) {
    text = render(level);
    if (byteLength(text) <= budget) return { text, level };
  }
  return { text, level: levels - 1 };
}

/**
 * Keep as many whole items as fit in `budget` bytes (each item's size plus `separator`), in order.
 * Returns how many fit.
 */
export function countFitting(items: readonly string[], budget: number, separatorBytes = 1): number {
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    used += byteLength(items[i]) + separatorBytes;
    if (used > budget) return i;
  }
  return items.length;
}

/** Cut text to at most `budget` bytes on a line boundary, ending with `marker` when cut. */
export function truncateText(text: string, budget: number, marker: string): string {
  if (byteLength(text) <= budget) return text;
  const room = Math.max(0, budget - byteLength(marker) - 1);
  const lines = text.split('\n');
  const keep = countFitting(lines, room);
  return `${lines.slice(0, keep).join('\n')}\n${marker}`;
}
