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
  declare readonly retry: RetryInfo;
  /** The same as `retry.delayMs`, `retry.attempt` and `retry.reason`. */
  declare readonly delayMs: number;
  declare readonly attempt: number;
  declare readonly reason: RetryReason;
  constructor(retry: RetryInfo) {
    super('retry');
    const { delayMs, attempt, reason } = retry;
    Object.assign(this, { retry, delayMs, attempt, reason });
  }
}

/** Typed `retry` listener helper (EventTarget has no generics); ends with `signal`. */
export function onAdapterRetry(adapter: EventTarget, listener: (retry: RetryInfo) => void, signal?: AbortSignal): void {
  adapter.addEventListener('retry', (e) => listener((e as AdapterRetryEvent).retry), { signal });
}
