// Where the list's rows come from: a host-supplied array (searched and sorted locally) or
// the adapter, page by page for the rows in view. Each query (search, sort, refresh) is a
// generation with its own cache and AbortController; an answer only lands in its own
// generation, so an older response can never overwrite a newer one.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SubOrgAdapter } from '../../api/adapter.js';
import type { ApiError } from '../../api/errors.js';
import type { SubOrgSort } from '../../api/types.js';
import { headIndices, searchIndices, sortIndices, type ListEntry } from '../../domain/list-local-query.js';
import { ListPageCache, type RowSlot } from '../../domain/list-page-cache.js';
import { isAbort, toApiError } from '../../internal/controllers/data-task.js';
import { afterPaint } from './after-paint.js';

export interface ListSourceConfig {
  adapter: SubOrgAdapter | undefined;
  orgId: string | undefined;
  items: readonly ListEntry[] | undefined;
  search: string;
  sort: SubOrgSort;
  locale: string;
}

/** The first load's state (always `ready` for local rows); later pages fail on their own rows, refreshes as `stale`. */
export type ListPhase = 'idle' | 'loading' | 'error' | 'ready';

interface Generation {
  /** `query`: new search/sort (its failure is an error); `refresh`: same query again (its failure is stale). */
  kind: 'query' | 'refresh';
  cache: ListPageCache;
  stop: AbortController;
  /** Per page in flight: its own abort (a page that scrolled away is dropped alone). */
  stops: Map<number, AbortController>;
}

/** Rows fetched per request (the API allows up to 100). */
export const LIST_TAKE = 50;

/**
 * Local rows picked before the full sort: more than any first screen shows. The full sort
 * of a 100k array runs after that screen is painted (or at once when a row past it is asked for).
 */
export const LOCAL_HEAD_ROWS = 100;

/** How long after the first rows are painted the full local sort runs (see `localView`). */
const LOCAL_SORT_DELAY_MS = 250;

/** A local query: its matches, the first rows in order, and the whole order once sorted. */
interface LocalView {
  key: unknown[];
  matches: number[];
  head: ListEntry[];
  rows: ListEntry[] | undefined;
}

export class ListDataSource implements ReactiveController {
  phase: ListPhase = 'idle';
  error: ApiError | undefined;
  /**
   * Data on screen is kept while a refresh runs (`refreshing`) or after it failed (`failed`).
   * `newQuery`: the rows kept on screen answer the previous search or sort.
   */
  stale: { state: 'refreshing'; newQuery: boolean } | { state: 'failed'; error: ApiError } | null = null;

  /** Called when a query's first load settles (its first page is in, or failed). */
  onLoaded: (() => void) | undefined;
  private config: ListSourceConfig | undefined;
  private current: Generation | undefined;
  private pending: Generation | undefined;
  private window = { first: 0, last: 20 };
  private local: LocalView | undefined;
  private stopSort = () => {};
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: ApiError) => void,
  ) {
    host.addController(this);
  }

  get isLocal(): boolean {
    return this.config?.items != null;
  }

  /** Rows in the list (0 while the first page is out). */
  get total(): number {
    return this.isLocal ? this.localView().matches.length : (this.current?.cache.total ?? 0);
  }

  /** The server repeated ids it had sent: the list was cut. */
  get truncated(): boolean {
    return !this.isLocal && this.current?.cache.stoppedAt != null;
  }

  rowAt(index: number): RowSlot {
    if (!this.isLocal) return this.current?.cache.rowAt(index) ?? { kind: 'loading' };
    const view = this.localView();
    const entry = index < view.head.length ? view.head[index] : this.sortedLocal(view)[index];
    return entry ? { kind: 'row', entry } : { kind: 'loading' };
  }

  /** Takes in the element's inputs; a changed query starts over, a changed source too. */
  configure(next: ListSourceConfig): void {
    const prev = this.config;
    this.config = next;
    if (this.isLocal) {
      this.stopAll();
      this.phase = 'ready';
      this.error = undefined;
      this.stale = null;
      return;
    }
    // A new search or sort keeps the rows on screen (marked stale) until its first page is in,
    // so the grid, its header and focus stay put; a new source starts from scratch.
    const sameSource = !!prev && prev.items == null && prev.adapter === next.adapter && prev.orgId === next.orgId;
    if (!sameSource || prev.search.trim() !== next.search.trim() || prev.sort !== next.sort) this.startQuery(sameSource && this.phase === 'ready');
  }

  /** The rows in view moved: fetch the pages covering them (and no others). */
  setWindow(first: number, last: number): void {
    this.window = { first, last };
    if (!this.isLocal) for (const gen of [this.current, this.pending]) if (gen) this.loadWindow(gen);
  }

  /** Reload what is on screen, keeping it visible (marked stale) until the answer is in; after a failed first load, start again. */
  refresh(): void {
    if (this.isLocal || !this.config) return;
    if (!this.current || this.phase !== 'ready') return this.startQuery();
    // A refresh during a new search is still that search: its failure must not show old rows as "stale".
    this.loadPending(this.pending?.kind === 'query' ? 'query' : 'refresh');
  }

  retryPage(page: number): void {
    const gen = this.current;
    if (!gen) return;
    gen.cache.retry(page);
    this.loadWindow(gen);
    this.update();
  }

  /** A row left the list (detached). */
  remove(id: string): void {
    if (this.isLocal) return;
    this.current?.cache.remove(id);
    this.update();
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.startQuery();
    }
  }

  hostDisconnected(): void {
    this.stopSort();
    // Reads are aborted when the element leaves; they start again if it comes back.
    const busy = this.phase !== 'ready' || !!this.pending || !!this.current?.stops.size;
    this.stopAll();
    // Local rows stay ready (the list reads `phase` for them too).
    if (this.isLocal || !this.current) return;
    if (busy) {
      this.interrupted = true;
      this.current = undefined;
      this.phase = 'idle';
    } else {
      // Settled rows stay; a fresh controller lets the next scroll (after a DOM move) fetch again.
      this.current = { ...this.current, stop: new AbortController(), stops: new Map() };
    }
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private localView(): LocalView {
    const { items, search, sort, locale } = this.config!;
    const key = [items, search.trim(), sort, locale];
    const current = this.local;
    if (current && key.every((k, i) => k === current.key[i])) return current;
    const matches = searchIndices(items!, search);
    const view: LocalView = (this.local = { key, matches, head: [], rows: undefined });
    if (matches.length <= LOCAL_HEAD_ROWS) {
      view.rows = view.head = this.sortedLocal(view);
    } else {
      view.head = headIndices(items!, matches, sort, locale, LOCAL_HEAD_ROWS).map((i) => items![i]!);
      // The full sort waits until the first rows are painted and the page has had a moment
      // (a 100k sort is a long task); a row past the head asked for sooner sorts on the spot.
      this.stopSort();
      this.stopSort = afterPaint(() => {
        if (this.local === view && this.isLocal) this.sortedLocal(view);
      }, LOCAL_SORT_DELAY_MS);
    }
    return view;
  }

  /** The whole order (head and full sort agree on the first rows, so nothing redraws). */
  private sortedLocal(view: LocalView): ListEntry[] {
    const { items, sort, locale } = this.config!;
    return (view.rows ??= sortIndices(items!, view.matches.slice(), sort, locale).map((i) => items![i]!));
  }

  private stopAll(): void {
    this.current?.stop.abort();
    this.pending?.stop.abort();
    this.pending = undefined;
  }

  private newGeneration(kind: Generation['kind']): Generation {
    return { kind, cache: new ListPageCache(LIST_TAKE), stop: new AbortController(), stops: new Map() };
  }

  /** A new generation loads beside the one on screen, which stays (marked stale) until it is in. */
  private loadPending(kind: Generation['kind']): void {
    this.pending?.stop.abort();
    this.pending = this.newGeneration(kind);
    this.stale = { state: 'refreshing', newQuery: kind === 'query' };
    this.loadWindow(this.pending);
    this.update();
  }

  private startQuery(keepShown = false): void {
    const { adapter, orgId } = this.config ?? {};
    this.window = { first: 0, last: Math.max(20, this.window.last - this.window.first) };
    if (keepShown && this.current) return this.loadPending('query');
    this.stopAll();
    this.stale = null;
    this.error = undefined;
    this.current = adapter && orgId ? this.newGeneration('query') : undefined;
    this.phase = this.current ? 'loading' : 'idle';
    if (this.current) this.loadWindow(this.current);
    this.update();
  }

  private loadWindow(gen: Generation): void {
    const { first, last } = this.window;
    const cache = gen.cache;
    // Pages that scrolled out of view while loading are not worth waiting for.
    const wanted = cache.pagesCovering(first, last);
    for (const [page, stop] of gen.stops) {
      if (!wanted.includes(page) && cache.total !== null) {
        stop.abort(new DOMException('Scrolled away.', 'AbortError'));
        gen.stops.delete(page);
        cache.cancel(page);
      }
    }
    for (const page of cache.pagesToLoad(first, last)) void this.loadPage(gen, page);
  }

  private async loadPage(gen: Generation, page: number): Promise<void> {
    const { adapter, orgId, search, sort } = this.config!;
    if (!adapter || !orgId) return;
    const stop = new AbortController();
    const onGenStop = () => stop.abort(gen.stop.signal.reason);
    gen.stop.signal.addEventListener('abort', onGenStop, { once: true });
    gen.stops.set(page, stop);
    gen.cache.markLoading(page);
    const query = search.trim();
    const live = () => !stop.signal.aborted && (gen === this.current || gen === this.pending) && !gen.stop.signal.aborted;
    try {
      const result = await adapter.listSubOrgs({ orgId, page, take: LIST_TAKE, sort, ...(query ? { search: query } : {}), signal: stop.signal });
      if (!live()) return;
      gen.cache.accept(page, result.items, result.total);
      this.settled(gen);
      // A total learned from page 1 may show more rows in view than we asked for.
      this.loadWindow(gen);
    } catch (err) {
      if (isAbort(err, stop.signal) || !live()) {
        gen.cache.cancel(page);
        return;
      }
      const error = toApiError(err);
      gen.cache.fail(page);
      this.onError(error);
      this.settled(gen, error);
    } finally {
      gen.stop.signal.removeEventListener('abort', onGenStop);
      if (gen.stops.get(page) === stop) gen.stops.delete(page);
      this.update();
    }
  }

  /** A page answered (or failed): move the first-load / refresh state along. */
  private settled(gen: Generation, error?: ApiError): void {
    if (gen === this.current && this.phase !== 'ready') {
      this.phase = error ? 'error' : 'ready';
      this.error = error;
      this.onLoaded?.();
      return;
    }
    if (gen !== this.pending) return;
    if (error && gen.kind === 'refresh') {
      gen.stop.abort();
      this.pending = undefined;
      this.stale = { state: 'failed', error };
      return;
    }
    // A failed new query: the rows on screen answer another query, so showing them as "stale" would mislead.
    if (error) {
      this.phase = 'error';
      this.error = error;
    } else {
      if (gen.stops.size > 1) return; // this page's own controller is still in the map
      if (gen.cache.pagesCovering(this.window.first, this.window.last).some((p) => gen.cache.status(p) !== 'loaded')) return;
    }
    this.current?.stop.abort();
    this.current = gen;
    this.pending = undefined;
    this.stale = null;
  }
}
