// The REST adapter's public surface.
export { createRestAdapter, RestAdapter } from './rest-adapter.js';
export type { RestAdapterOptions } from './rest-adapter.js';
export type { TokenGetter } from './http.js';
export { AdapterRetryEvent, onAdapterRetry, RETRY_REASONS } from './retry-event.js';
export type { RetryInfo, RetryReason } from './retry-event.js';
