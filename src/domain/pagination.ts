// Page arithmetic for 1-based pages of `take` items (DESIGN §4: take ≤ 100, a page past the end is []).
// Indices are 0-based item positions. Every `take` passes through clampTake.

export const MAX_TAKE = 100;
export const DEFAULT_TAKE = 25;

/** A page size the API accepts: an integer in 1…MAX_TAKE (NaN → DEFAULT_TAKE). */
export function clampTake(n: number): number {
  if (Number.isNaN(n)) return DEFAULT_TAKE;
  return Math.min(MAX_TAKE, Math.max(1, Math.floor(n)));
}

function wholeCount(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** Pages needed for `total` items (0 for none). */
export function pageCount(total: number, take: number): number {
  return Math.ceil(wholeCount(total) / clampTake(take));
}

/** The 1-based page holding item `index` (negative indices count as 0). */
export function pageOfIndex(index: number, take: number): number {
  return Math.floor(wholeCount(index) / clampTake(take)) + 1;
}

/** Every page holding an item in firstIndex…lastIndex (inclusive), ascending; [] when last < first. */
export function pagesForRange(firstIndex: number, lastIndex: number, take: number): number[] {
  if (lastIndex < firstIndex) return [];
  const first = pageOfIndex(firstIndex, take);
  const last = pageOfIndex(lastIndex, take);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Item indices of `page`: start inclusive, end exclusive, clipped to `total` (start = end past the end). */
export function pageBounds(page: number, take: number, total: number): { start: number; end: number } {
  const size = clampTake(take);
  const count = wholeCount(total);
  const p = Math.max(1, Math.floor(Number.isFinite(page) ? page : 1));
  const start = Math.min((p - 1) * size, count);
  return { start, end: Math.min(start + size, count) };
}
