import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, isApiError } from '../../api/errors.js';

/** What a read returns when it cannot run yet (no adapter or org): the view stays idle. */
export const initialState = Symbol('initialState');

/** What a data view shows. `value` is the last good value, kept while refetching or after a failed refetch. */
export type AsyncView<T> =
  | { status: 'idle' }
  | { status: 'loading'; value?: T; stale: boolean }
  | { status: 'ready'; value: T; stale: false }
  | { status: 'error'; error: ApiError; value?: T; stale: boolean };

/** Anything `renderAsyncState` can draw: a view and a way to run it again. */
export interface AsyncSource<T> {
  readonly view: AsyncView<T>;
  run(): void;
}

export interface DataTaskOptions<A extends readonly unknown[], T> {
  /** The inputs; the task reruns when they change (shallow compare). */
  args: () => A;
  /** The read. Pass `signal` to the adapter. Return `initialState` when not configured yet. */
  task: (args: A, options: { signal: AbortSignal }) => Promise<T | typeof initialState>;
  /**
   * Whether the last value may stay on screen (marked stale) while loading `next`.
   * Default: only for the same args (a refresh), never for another org's data.
   */
  keepValue?: (previous: A, next: A) => boolean;
  /** Called with each failure that is not an abort. */
  onError?: (error: ApiError) => void;
}

/** True for the rejection of an aborted read (DESIGN §5: it rejects with the signal's reason). */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return !!signal?.aborted || (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** Any failure as an ApiError; a non-ApiError (a bug, a thrown string) becomes kind `http`. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ kind: 'http', message, cause: error });
}

/**
 * A data read with what every data view needs: it runs when its args change (before the
 * host renders), keeps the last good value for the stale state, aborts a replaced run and
 * never lets a replaced run's answer or failure decide what the view shows, aborts its read
 * when the host disconnects (and runs again when it comes back), and reports non-abort
 * failures once.
 */
export class DataTask<A extends readonly unknown[], T> implements AsyncSource<T>, ReactiveController {
  /** The latest run's state; an aborted latest run stays `loading`. */
  private status: AsyncView<T>['status'] = 'idle';
  /** The latest run's answer or failure. */
  private result?: T;
  private error?: ApiError;
  /** The args of the latest run. */
  private args?: A;
  private last: { args: A; value: T } | undefined;
  private controller?: AbortController;
  /** Counts runs: only the latest run's outcome counts. */
  private runSeq = 0;
  private abortedByDisconnect = false;
  private readonly keepValue: (previous: A, next: A) => boolean;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DataTaskOptions<A, T>,
  ) {
    this.keepValue = options.keepValue ?? ((a, b) => a.length === b.length && a.every((v, i) => v === b[i]));
    host.addController(this);
  }

  /** Before each render: runs when an arg changed (shallow), or the first time. */
  hostUpdate(): void {
    const args = this.options.args();
    const previous = this.args;
    if (!previous || args.length !== previous.length || args.some((v, i) => v !== previous[i])) void this.run(args);
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.run();
    }
  }

  hostDisconnected(): void {
    if (this.status !== 'loading') return;
    this.abortedByDisconnect = true;
    this.abort(new DOMException('The element was removed.', 'AbortError'));
  }

  /** Aborts the running read (its signal rejects with `reason`). */
  abort(reason?: unknown): void {
    this.controller?.abort(reason);
  }

  /** Runs the read again with the current args (Retry, refresh, a change event). */
  async run(args: A = this.options.args()): Promise<void> {
    if (this.last && !this.keepValue(this.last.args, args)) this.last = undefined;
    this.args = args;
    this.controller?.abort();
    const { signal } = (this.controller = new AbortController());
    const run = ++this.runSeq;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const value = await this.options.task(args, { signal });
      if (run !== this.runSeq) return;
      if (value === initialState) this.status = 'idle';
      else {
        if (!signal.aborted) this.last = { args, value };
        this.status = 'ready';
        this.result = value;
      }
    } catch (error) {
      // A replaced run's abort or failure says nothing about the latest run; an aborted latest run stays loading.
      if (run !== this.runSeq || isAbort(error, signal)) return;
      this.error = toApiError(error);
      this.options.onError?.(this.error);
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** The last good value, if any (for callers that render outside `renderAsyncState`). */
  get value(): T | undefined {
    return this.last?.value;
  }

  get view(): AsyncView<T> {
    const kept = this.last ? { value: this.last.value, stale: true } : { stale: false };
    const status = this.status;
    if (status === 'idle') return { status };
    if (status === 'ready') return { status, value: this.result as T, stale: false };
    if (status === 'loading') return { status, ...kept };
    return { status, error: this.error!, ...kept };
  }
}
