import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, isApiError } from '../../api/errors.js';

/** What a read returns while it is not configured yet (no adapter or org): the view stays idle. */
export const initialState: unique symbol = Symbol();

/** The default `keepValue`, and when the args count as changed: same length, each the same (`Object.is`). */
const sameArgs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** What a data view shows. While loading or failed, `value` is the last good value (shown stale), if any. */
export type AsyncView<T> =
  | { status: 'idle' }
  | { status: 'loading'; value?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: ApiError; value?: T };

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
 * A read bound to its host with what every data view needs: it runs when its args change
 * (checked on each host update), a rerun aborts the one still running, answers of replaced
 * runs are dropped, the last good value is kept for the stale state, reads are aborted when
 * the host disconnects (and rerun when it comes back), and non-abort failures are reported once.
 */
export class DataTask<A extends readonly unknown[], T> implements AsyncSource<T>, ReactiveController {
  /** The args of the latest run (or of the host update that found them unchanged). */
  #args?: A;
  /** Aborts the latest run. */
  #controller?: AbortController;
  /** Counts runs: only the latest run's answer is applied. */
  #seq = 0;
  #status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** The latest run's value (ready) or failure (error). */
  #result?: T;
  #error?: ApiError;
  /** The latest run was aborted: the view says "still loading", not "failed". */
  #lastRunAborted = false;
  #last: { args: A; value: T } | undefined;
  #abortedByDisconnect = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: DataTaskOptions<A, T>;

  constructor(host: ReactiveControllerHost, options: DataTaskOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#options.args();
    const previous = this.#args;
    this.#args = args;
    if (!previous || !sameArgs(previous, args)) void this.run(args);
  }

  hostConnected(): void {
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.run();
    }
  }

  hostDisconnected(): void {
    if (this.#status === 'loading') {
      this.#abortedByDisconnect = true;
      // The signal's default reason is an AbortError, which `isAbort` recognises.
      this.abort();
    }
  }

  /** Aborts the running read, if one is running. */
  abort(reason?: unknown): void {
    if (this.#status === 'loading') this.#controller?.abort(reason);
  }

  /** Runs the read (again) with the current args (Retry, refresh, a change event); resolves once it settled. */
  async run(args: A = this.#options.args()): Promise<void> {
    this.abort();
    this.#args = args;
    this.#status = 'loading';
    this.#host.requestUpdate();
    const seq = ++this.#seq;
    const { signal } = (this.#controller = new AbortController());
    if (this.#last && !(this.#options.keepValue ?? sameArgs)(this.#last.args, args)) this.#last = undefined;
    this.#lastRunAborted = false;
    let value: T | typeof initialState | undefined;
    let error: ApiError | undefined;
    try {
      value = await this.#options.task(args, { signal });
      if (!signal.aborted && value !== initialState) this.#last = { args, value: value as T };
    } catch (thrown) {
      error = toApiError(thrown);
      if (isAbort(thrown, signal)) {
        // A replaced run's abort settles after its successor started: it says nothing about the latest run.
        if (seq === this.#seq) this.#lastRunAborted = true;
        // Only the latest run's failure is news; a replaced run's is dropped below.
      } else if (!signal.aborted) this.#options.onError?.(error);
    }
    if (seq !== this.#seq) return;
    this.#status = error ? 'error' : value === initialState ? 'idle' : 'ready';
    this.#result = value as T;
    this.#error = error;
    this.#host.requestUpdate();
  }

  /** The last good value, if any (for callers that render outside `renderAsyncState`). */
  get value(): T | undefined {
    return this.#last?.value;
  }

  get view(): AsyncView<T> {
    const value = this.value;
    const status = this.#status;
    if (status === 'idle') return { status };
    if (status === 'ready') return { status, value: this.#result as T };
    // Loading, or the latest run was aborted: still loading.
    if (status === 'loading' || this.#lastRunAborted) return { status: 'loading', value };
    return { status, error: this.#error!, value };
  }
}
