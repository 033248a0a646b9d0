import { Task, TaskStatus, initialState, shallowArrayEquals } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { ApiError, isApiError } from '../../api/errors.js';

export { initialState };

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
 * A @lit/task with what every data view needs: the last good value kept for the stale
 * state, reads aborted when the host disconnects (and rerun when it comes back), and
 * non-abort failures reported once. Out-of-order answers are dropped by @lit/task itself.
 */
export class DataTask<A extends readonly unknown[], T> implements AsyncSource<T> {
  readonly task: Task<A, T | typeof initialState>;
  #last: { args: A; value: T } | undefined;
  #abortedByDisconnect = false;
  /** Counts runs, so only the latest run's abort can mark the view as "still loading". */
  #runSeq = 0;
  #lastRunAborted = false;
  readonly #options: DataTaskOptions<A, T>;
  readonly #keepValue: (previous: A, next: A) => boolean;

  constructor(host: ReactiveControllerHost, options: DataTaskOptions<A, T>) {
    this.#options = options;
    this.#keepValue = options.keepValue ?? shallowArrayEquals;
    this.task = new Task<A, T | typeof initialState>(host, {
      args: options.args,
      task: (args, { signal }) => this.#perform(args, signal),
    });
    host.addController(this);
  }

  async #perform(args: A, signal: AbortSignal): Promise<T | typeof initialState> {
    if (this.#last && !this.#keepValue(this.#last.args, args)) this.#last = undefined;
    const run = ++this.#runSeq;
    this.#lastRunAborted = false;
    try {
      const value = await this.#options.task(args, { signal });
      if (!signal.aborted && value !== initialState) this.#last = { args, value: value as T };
      return value;
    } catch (error) {
      if (isAbort(error, signal)) {
        // A replaced run's abort settles after its successor started: it says nothing about the latest run.
        if (run === this.#runSeq) this.#lastRunAborted = true;
        throw error;
      }
      const apiError = toApiError(error);
      // Only the latest run's failure is news; @lit/task drops superseded ones.
      if (!signal.aborted) this.#options.onError?.(apiError);
      throw apiError;
    }
  }

  hostConnected(): void {
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.#abortedByDisconnect = true;
      // The signal's default reason is an AbortError, which `isAbort` recognises.
      this.task.abort();
    }
  }

  /** Runs the read again with the current args (Retry, refresh, a change event). */
  run(): Promise<void> {
    return this.task.run();
  }

  /** The last good value, if any (for callers that render outside `renderAsyncState`). */
  get value(): T | undefined {
    return this.#last?.value;
  }

  get view(): AsyncView<T> {
    const value = this.value;
    const status = this.task.status;
    if (status === TaskStatus.INITIAL) return { status: 'idle' };
    // @lit/task turns an `initialState` result into INITIAL, so this is a real value.
    if (status === TaskStatus.COMPLETE) return { status: 'ready', value: this.task.value as T };
    // Pending, or the latest run was aborted: still loading.
    if (status === TaskStatus.PENDING || this.#lastRunAborted) return { status: 'loading', value };
    return { status: 'error', error: toApiError(this.task.error), value };
  }
}
