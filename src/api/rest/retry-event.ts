// Told before the adapter waits to retry, so the UI can say "retrying in N s".

export const RETRY_REASONS = ['network', 'http', 'rate-limited'] as const;
export type RetryReason = (typeof RETRY_REASONS)[number];

export interface RetryInfo {
  /** The retry about to happen: 1 for the first retry. */
  attempt: number;
  /** How long the adapter waits before sending it. */
  delayMs: number;
  reason: RetryReason;
  /** The HTTP status that caused it (absent for a network failure). */
  status?: number;
  method: string;
  /** The request path relative to `baseUrl`, without the query. */
  path: string;
}

/**
 * Dispatched on the adapter as `retry` (not bubbling: the adapter is no DOM node).
 * Purely informative: the retry happens whether or not anyone listens.
 */
export class AdapterRetryEvent extends Event {
  readonly retry: RetryInfo;
  constructor(retry: RetryInfo) {
    super('retry');
    this.retry = retry;
  }
  get delayMs(): number {
    return this.retry.delayMs;
  }
  get attempt(): number {
    return this.retry.attempt;
  }
  get reason(): RetryReason {
    return this.retry.reason;
  }
}

/** Typed `retry` listener helper (EventTarget has no generics); ends with `signal`. */
export function onAdapterRetry(adapter: EventTarget, listener: (retry: RetryInfo) => void, signal?: AbortSignal): void {
  adapter.addEventListener('retry', (e) => listener((e as AdapterRetryEvent).retry), { signal });
}
