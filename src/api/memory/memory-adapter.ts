// The memory adapter: the REST adapter over memoryFetch, so it maps and validates exactly
// as it does over HTTP. Seeded, with optional latency and faults (DESIGN §5 "Memory").
import type { Role } from '../types.js';
import { createRestAdapter } from '../rest/rest-adapter.js';
import type { RestAdapter } from '../rest/rest-adapter.js';
import { createBackend } from './backend.js';
import type { Backend, SeedOption } from './backend.js';
import { FaultQueue } from './faults.js';
import type { Fault } from './faults.js';
import { memoryFetch } from './memory-fetch.js';

export interface MemoryAdapterOptions {
  /** Share one backend between adapters (e.g. two roles looking at the same world). */
  backend?: Backend;
  /** For a new backend; default `'default'`. */
  seed?: SeedOption;
  /** For a new backend; default: the real clock. */
  now?: () => Date;
  /** Added to every call. */
  latencyMs?: number;
  faults?: Fault[];
  /** The bearer token sent; default derived from `orgRole`. */
  token?: string;
  /** The caller's role in the agency; default ADMIN. */
  orgRole?: Role;
  /** Passed to the REST adapter. */
  timeoutMs?: number;
  retries?: number;
}

export type MemoryAdapter = RestAdapter & {
  /** The backend behind it: reset it, inspect its state, move checkouts. */
  readonly backend: Backend;
  /** Add or clear faults at run time. */
  readonly faults: FaultQueue;
};

export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const backend = options.backend ?? createBackend({ seed: options.seed ?? 'default', now: options.now, control: true });
  const faults = new FaultQueue(options.faults ?? []);
  const token = options.token ?? `memory-session role=${options.orgRole ?? 'ADMIN'}`;
  const adapter = createRestAdapter({
    baseUrl: 'memory://backend',
    fetch: memoryFetch(backend, { latencyMs: options.latencyMs, faults }),
    getToken: () => token,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
  });
  return Object.assign(adapter, { backend, faults });
}
