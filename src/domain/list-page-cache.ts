// Sparse page cache for a server-paged list (DESIGN §4: 1-based `page`, `take` ≤ 100,
// `pagination-count` total). Only pages covering what is on screen are ever asked for;
// a page that repeats ids already loaded ends the list instead of paging forever.
import type { ListEntry } from './list-local-query.js';

export type PageStatus = 'loading' | 'loaded' | 'error';

export type RowSlot = { kind: 'row'; entry: ListEntry } | { kind: 'loading' } | { kind: 'error'; page: number };

export interface AcceptResult {
  /** The page repeated ids already shown: the list was cut before the first repeat. */
  duplicate: boolean;
}

export class ListPageCache {
  /** Row count from the latest page answer (clamped when the data ends early); null before any answer. */
  total: number | null = null;
  /** Set once a page repeated ids: no page from here on is fetched again. */
  stoppedAt: number | null = null;

  readonly #pages = new Map<number, PageStatus>();
  readonly #rows = new Map<number, ListEntry>();
  readonly #idIndex = new Map<string, number>();

  constructor(readonly take: number) {
    if (!(take >= 1 && take <= 100 && take % 1 === 0)) throw new RangeError('take must be an integer in 1..100');
  }

  pageOf(index: number): number {
    return Math.floor(index / this.take) + 1;
  }

  /** Pages covering rows `first..last` (inclusive, 0-based), limited to the known total. */
  pagesCovering(first: number, last: number): number[] {
    const end = this.total === null ? last : Math.min(last, this.total - 1);
    if (end < first || first < 0) return this.total === null && first === 0 ? [1] : [];
    const out: number[] = [];
    for (let p = this.pageOf(first); p <= this.pageOf(end); p++) out.push(p);
    return out;
  }

  /** Pages in view that nobody has asked for yet (a failed page waits for `retry`). */
  pagesToLoad(first: number, last: number): number[] {
    return this.pagesCovering(first, last).filter((p) => !this.#pages.has(p) && (this.stoppedAt === null || p < this.stoppedAt));
  }

  status(page: number): PageStatus | undefined {
    return this.#pages.get(page);
  }

  markLoading(page: number): void {
    this.#pages.set(page, 'loading');
  }

  fail(page: number): void {
    this.#pages.set(page, 'error');
  }

  /** Forget a page whose request was cancelled (scrolled away, aborted) so it can be asked again. */
  cancel(page: number): void {
    if (this.#pages.get(page) === 'loading') this.#pages.delete(page);
  }

  /** Forget a failed page so the next `pagesToLoad` asks for it again. */
  retry(page: number): void {
    if (this.#pages.get(page) === 'error') this.#pages.delete(page);
  }

  accept(page: number, items: readonly ListEntry[], total: number): AcceptResult {
    const start = (page - 1) * this.take;
    let duplicate = false;
    let kept = 0;
    for (const entry of items.slice(0, this.take)) {
      const index = start + kept;
      const id = entry.id;
      const seenAt = id ? this.#idIndex.get(id) : undefined;
      if (seenAt !== undefined && seenAt !== index) {
        duplicate = true;
        break;
      }
      this.#rows.set(index, entry);
      if (id) this.#idIndex.set(id, index);
      kept++;
    }
    this.#pages.set(page, 'loaded');
    let newTotal = Math.max(0, Math.trunc(total));
    // A short page (or an empty one past the end) means the data ends here, whatever the count said.
    if (duplicate || kept < this.take) newTotal = Math.min(newTotal, start + kept);
    // A short page can also mean the count was too small: never hide rows we hold.
    if (!duplicate && kept > 0) newTotal = Math.max(newTotal, start + kept);
    if (duplicate) this.stoppedAt = Math.min(this.stoppedAt ?? Infinity, page + 1);
    if (this.stoppedAt !== null) newTotal = Math.min(newTotal, this.#loadedEnd(this.stoppedAt));
    this.#setTotal(newTotal);
    return { duplicate };
  }

  rowAt(index: number): RowSlot {
    const entry = this.#rows.get(index);
    if (entry) return { kind: 'row', entry };
    const page = this.pageOf(index);
    return this.#pages.get(page) === 'error' ? { kind: 'error', page } : { kind: 'loading' };
  }

  indexOfId(id: string): number | undefined {
    return this.#idIndex.get(id);
  }

  /** Takes a row out (detached); later rows move up one so the view does not jump. */
  remove(id: string): boolean {
    const at = this.#idIndex.get(id);
    if (at === undefined) return false;
    const moved = [...this.#rows].filter(([i]) => i > at).sort(([a], [b]) => a - b);
    this.#rows.delete(at);
    this.#idIndex.delete(id);
    for (const [i, entry] of moved) {
      this.#rows.delete(i);
      this.#rows.set(i - 1, entry);
      if (entry.id) this.#idIndex.set(entry.id, i - 1);
    }
    if (this.total !== null) this.total = Math.max(0, this.total - 1);
    return true;
  }

  #loadedEnd(stop: number): number {
    let end = 0;
    for (const i of this.#rows.keys()) if (this.pageOf(i) < stop) end = Math.max(end, i + 1);
    return end;
  }

  #setTotal(total: number): void {
    this.total = total;
    for (const i of [...this.#rows.keys()]) {
      if (i >= total) {
        const id = this.#rows.get(i)!.id;
        if (id && this.#idIndex.get(id) === i) this.#idIndex.delete(id);
        this.#rows.delete(i);
      }
    }
  }
}
