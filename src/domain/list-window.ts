// Windowing and grid-keyboard arithmetic for the virtualized body: which rows to render
// for a scroll position, and where focus goes for each key of the APG grid pattern.
//
// Why hand-written and not @lit-labs/virtualizer: measured (esbuild, min+gzip, on top of
// Lit) the virtualizer adds 9.1 KB, this file plus the CSSOM style directive 0.7 KB. Rows
// have one fixed height per layout, so index ↔ offset is plain arithmetic; and the grid
// needs things the virtualizer does not give directly: the focused row kept rendered while
// scrolled away, aria-rowindex on every row, and scroll-to-row for Home/End/PageDown.

export interface RowWindow {
  /** First rendered row (0-based, inclusive). */
  first: number;
  /** Last rendered row (inclusive); `last < first` when there are no rows. */
  last: number;
}

/** Rows to render for a viewport, with `overscan` extra rows each side. */
export function visibleWindow(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 5): RowWindow {
  if (total <= 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  // The last row that shows a pixel (a row starting exactly at the bottom edge does not).
  const last = Math.min(total - 1, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) - 1 + overscan);
  return { first: Math.min(first, total - 1), last };
}

/** Where each key of the APG grid pattern moves from row `at`, `step` rows being one viewport. */
const MOVES = {
  ArrowDown: (at: number) => at + 1,
  ArrowUp: (at: number) => at - 1,
  Home: () => 0,
  End: () => Infinity,
  PageDown: (at: number, step: number) => at + step,
  PageUp: (at: number, step: number) => at - step,
};
export type GridNavKey = keyof typeof MOVES;
export const GRID_NAV_KEYS = /* @__PURE__ */ Object.keys(MOVES) as GridNavKey[];

export function isGridNavKey(key: string): key is GridNavKey {
  return Object.hasOwn(MOVES, key);
}

/** The row focus moves to (inside 0..total-1; -1 when there are no rows). `pageRows` is how many rows one viewport shows. */
export function nextRowIndex(key: GridNavKey, current: number, total: number, pageRows: number): number {
  const at = Math.min(Math.max(current, 0), total - 1);
  return total > 0 ? Math.max(0, Math.min(total - 1, MOVES[key](at, Math.max(1, Math.floor(pageRows))))) : -1;
}

/** Scroll position that brings row `index` fully into view, or the current one if it already is. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
