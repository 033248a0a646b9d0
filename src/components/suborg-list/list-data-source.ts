// Where the list's rows come from: a host-supplied array (searched and sorted locally) or
// the adapter, page by page for the rows in view. Each query (search, sort, refresh) is a
// generation with its own cache and AbortController; an answer only lands in its own
// generation, so an older response can never overwrite a newer one.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SubOrgAdapter } from '../../api/adapter.js';
import type { ApiError } from '../../api/errors.js';
import type { SubOrgSort, SubOrgSummary } from '../../api/types.js';
import { headIndices, searchIndices, sortIndices, type ListEntry } from '../../domain/list-local-query.js';
import { ListPageCache, type RowSlot } from '../../domain/list-page-cache.js';
import { QuerySequence } from '../../domain/list-query-sequence.js';
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

/** The first load's state; later pages fail on their own rows, refreshes as `stale`. */
export type ListPhase = 'idle' | 'loading' | 'error' | 'ready';

interface Generation {
  /** `query`: new search/sort (its failure is an error); `refresh`: same query again (its failure is stale). */
  kind: 'query' | 'refresh';
  ticket: number;
  cache: ListPageCache;
  stop: AbortController;
  pageStops: Map<number, AbortController>;
}

/** Rows fetched per request (the API allows up to 100). */
export const LIST_TAKE = 50;

/**
 * Local rows picked before the full sort: more than any first screen shows. The full sort
 * of a 100k array runs after that screen is painted (or at once when a row past it is asked for).
 */
export const LOCAL_HEAD_ROWS = 100;

/** How long after the first rows are painted the full local sort runs (see `sortAfterPaint`). */
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
  /** Data on screen is kept while a refresh runs (`refreshing`) or after it failed (`failed`). */
  /** `newQuery`: the rows kept on screen answer the previous search or sort. */
  stale: { state: 'refreshing'; newQuery: boolean } | { state: 'failed'; error: ApiError } | null = null;

  private config: ListSourceConfig | undefined;
  private readonly seq = new QuerySequence();
  private current: Generation | undefined;
  private pending: Generation | undefined;
  private window = { first: 0, last: 20 };
  private local: LocalView | undefined;
  private cancelSortLater: () => void = () => {};
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: ApiError) => void,
  ) {
    host.addController(this);
  }

  get isLocal(): boolean {
    return this.config?.items !== undefined;
  }

  /** Rows in the list (0 while the first page is out). */
  get total(): number {
    if (this.isLocal) return this.localView().matches.length;
    return this.current?.cache.total ?? 0;
  }

  /** The server repeated ids it had sent: the list was cut. */
  get truncated(): boolean {
    return !this.isLocal && this.current?.cache.stoppedAt != null;
  }

  rowAt(index: number): RowSlot {
    if (this.isLocal) {
      const view = this.localView();
      const entry = index < view.head.length ? view.head[index] : this.sortedLocal(view)[index];
      return entry ? { kind: 'row', entry } : { kind: 'loading' };
    }
    return this.current?.cache.rowAt(index) ?? { kind: 'loading' };
  }

  /** Takes in the element's inputs; a changed query starts over, a changed source too. */
  configure(next: ListSourceConfig): void {
    const prev = this.config;
    this.config = next;
    if (next.items !== undefined) {
      this.stopAll();
      this.phase = 'ready';
      this.error = undefined;
      this.stale = null;
      return;
    }
    const changed =
      !prev ||
      prev.items !== undefined ||
      prev.adapter !== next.adapter ||
      prev.orgId !== next.orgId ||
      prev.search.trim() !== next.search.trim() ||
      prev.sort !== next.sort;
    // A new search or sort keeps the rows on screen (marked stale) until its first page is in,
    // so the grid, its header and focus stay put; a new source starts from scratch.
    const sameSource = prev !== undefined && prev.items === undefined && prev.adapter === next.adapter && prev.orgId === next.orgId;
    if (changed) this.startQuery(sameSource && this.phase === 'ready');
  }

  /** The rows in view moved: fetch the pages covering them (and no others). */
  setWindow(first: number, last: number): void {
    this.window = { first, last };
    if (this.isLocal) return;
    for (const gen of [this.current, this.pending]) if (gen) this.loadWindow(gen);
  }

  /** Reload what is on screen, keeping it visible (marked stale) until the answer is in. */
  refresh(): void {
    if (this.isLocal || !this.config) return;
    if (!this.current || this.phase !== 'ready') {
      this.startQuery();
      return;
    }
    // A refresh during a new search is still that search: its failure must not show old rows as "stale".
    const kind = this.pending?.kind === 'query' ? 'query' : 'refresh';
    this.pending?.stop.abort();
    this.pending = this.newGeneration(kind);
    this.stale = { state: 'refreshing', newQuery: kind === 'query' };
    this.loadWindow(this.pending);
    this.host.requestUpdate();
  }

  /** Retry after the first load failed. */
  retry(): void {
    this.startQuery();
  }

  retryPage(page: number): void {
    const gen = this.current;
    if (!gen) return;
    gen.cache.retry(page);
    this.loadWindow(gen);
    this.host.requestUpdate();
  }

  /** A row left the list (detached). */
  remove(id: string): void {
    if (this.isLocal) return;
    this.current?.cache.remove(id);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.startQuery();
    }
  }

  hostDisconnected(): void {
    this.cancelSortLater();
    // Reads are aborted when the element leaves; they start again if it comes back.
    const busy = this.phase !== 'ready' || this.pending !== undefined || this.hasLoading(this.current);
    this.stopAll();
    // Local rows stay ready (the list reads `phase` for them too).
    if (this.isLocal) return;
    if (busy && (this.current || this.pending)) {
      this.interrupted = true;
      this.current = undefined;
      this.phase = 'idle';
    } else if (this.current) {
      // Settled rows stay; a fresh controller lets the next scroll (after a DOM move) fetch again.
      this.current = { ...this.current, stop: new AbortController(), pageStops: new Map() };
    }
  }

  private hasLoading(gen: Generation | undefined): boolean {
    return gen !== undefined && gen.pageStops.size > 0;
  }

  private localView(): LocalView {
    const c = this.config!;
    const key = [c.items, c.search.trim(), c.sort, c.locale];
    const current = this.local;
    if (current && key.every((k, i) => k === current.key[i])) return current;
    const items = c.items!;
    const matches = searchIndices(items, c.search);
    const view: LocalView = { key, matches, head: [], rows: undefined };
    if (matches.length <= LOCAL_HEAD_ROWS) {
      view.rows = view.head = sortIndices(items, matches.slice(), c.sort, c.locale).map((i) => items[i]!);
    } else {
      view.head = headIndices(items, matches, c.sort, c.locale, LOCAL_HEAD_ROWS).map((i) => items[i]!);
      this.sortAfterPaint();
    }
    this.local = view;
    return view;
  }

  /** The whole order (head and full sort agree on the first rows, so nothing redraws). */
  private sortedLocal(view: LocalView): ListEntry[] {
    if (!view.rows) {
      const c = this.config!;
      const items = c.items!;
      view.rows = sortIndices(items, view.matches.slice(), c.sort, c.locale).map((i) => items[i]!);
    }
    return view.rows;
  }

  /**
   * The full sort waits until the first rows are painted and the page has had a moment
   * (a 100k sort is a long task); a row past the head asked for sooner sorts on the spot.
   */
  private sortAfterPaint(): void {
    this.cancelSortLater();
    this.cancelSortLater = afterPaint(() => {
      if (this.local && this.isLocal) this.sortedLocal(this.local);
    }, LOCAL_SORT_DELAY_MS);
  }

  private stopAll(): void {
    this.current?.stop.abort();
    this.pending?.stop.abort();
    this.pending = undefined;
  }

  private newGeneration(kind: Generation['kind']): Generation {
    return { kind, ticket: this.seq.begin(), cache: new ListPageCache(LIST_TAKE), stop: new AbortController(), pageStops: new Map() };
  }

  private startQuery(keepShown = false): void {
    const { adapter, orgId } = this.config ?? {};
    this.window = { first: 0, last: Math.max(20, this.window.last - this.window.first) };
    if (keepShown && adapter && orgId && this.current) {
      this.pending?.stop.abort();
      this.pending = this.newGeneration('query');
      this.stale = { state: 'refreshing', newQuery: true };
      this.loadWindow(this.pending);
      this.host.requestUpdate();
      return;
    }
    this.stopAll();
    this.stale = null;
    this.error = undefined;
    if (!adapter || !orgId) {
      this.current = undefined;
      this.phase = 'idle';
      this.host.requestUpdate();
      return;
    }
    this.current = this.newGeneration('query');
    this.phase = 'loading';
    this.loadWindow(this.current);
    this.host.requestUpdate();
  }

  private loadWindow(gen: Generation): void {
    const { first, last } = this.window;
    // Pages that scrolled out of view while loading are not worth waiting for.
    const wanted = new Set(gen.cache.pagesCovering(first, last));
    for (const [page, stop] of gen.pageStops) {
      if (!wanted.has(page) && gen.cache.total !== null) {
        stop.abort(new DOMException('Scrolled away.', 'AbortError'));
        gen.pageStops.delete(page);
        gen.cache.cancel(page);
      }
    }
    for (const page of gen.cache.pagesToLoad(first, last)) void this.loadPage(gen, page);
  }

  private async loadPage(gen: Generation, page: number): Promise<void> {
    const { adapter, orgId, search, sort } = this.config!;
    if (!adapter || !orgId) return;
    const stop = new AbortController();
    const onGenStop = () => stop.abort(gen.stop.signal.reason);
    gen.stop.signal.addEventListener('abort', onGenStop, { once: true });
    gen.pageStops.set(page, stop);
    gen.cache.markLoading(page);
    const query = search.trim();
    try {
      const result = await adapter.listSubOrgs({ orgId, page, take: LIST_TAKE, sort, ...(query ? { search: query } : {}), signal: stop.signal });
      if (stop.signal.aborted || !this.isLive(gen)) return;
      gen.cache.accept(page, result.items, result.total);
      this.settled(gen, undefined);
      // A total learned from page 1 may show more rows in view than we asked for.
      this.loadWindow(gen);
    } catch (err) {
      if (isAbort(err, stop.signal) || !this.isLive(gen)) {
        gen.cache.cancel(page);
        return;
      }
      const error = toApiError(err);
      gen.cache.fail(page);
      this.onError(error);
      this.settled(gen, error);
    } finally {
      gen.stop.signal.removeEventListener('abort', onGenStop);
      if (gen.pageStops.get(page) === stop) gen.pageStops.delete(page);
      this.host.requestUpdate();
    }
  }

  private isLive(gen: Generation): boolean {
    return (gen === this.current || gen === this.pending) && !gen.stop.signal.aborted;
  }

  /** A page answered (or failed): move the first-load / refresh state along. */
  private settled(gen: Generation, error: ApiError | undefined): void {
    if (gen === this.current && this.phase !== 'ready') {
      if (error) {
        this.phase = 'error';
        this.error = error;
      } else {
        this.phase = 'ready';
      }
      return;
    }
    if (gen !== this.pending) return;
    if (error && gen.kind === 'query') {
      // The rows on screen answer another query: showing them as "stale" would mislead.
      this.current?.stop.abort();
      this.current = gen;
      this.pending = undefined;
      this.stale = null;
      this.phase = 'error';
      this.error = error;
      return;
    }
    if (error) {
      gen.stop.abort();
      this.pending = undefined;
      this.stale = { state: 'failed', error };
      return;
    }
    if (gen.pageStops.size > 1) return; // this page's own controller is still in the map
    const missing = gen.cache.pagesCovering(this.window.first, this.window.last).some((p) => gen.cache.status(p) !== 'loaded');
    if (missing) return;
    this.current?.stop.abort();
    this.current = gen;
    this.pending = undefined;
    this.stale = null;
    this.onSwap?.();
  }

  /** Called when a new generation replaces the rows on screen. */
  onSwap: (() => void) | undefined;
}

export type { SubOrgSummary };
