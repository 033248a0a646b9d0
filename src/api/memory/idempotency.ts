// Idempotency-Key handling (DESIGN §4): one key, one intent.
// - same key + same request (method, path, body) → the first success again, status 200,
//   header `idempotent-replayed: true` (DESIGN says 200 for a replay; we apply it to every
//   keyed write, so a replayed create is 200, not 201);
// - same key + another request → 409 `idempotency_reused`;
// - a duplicate that arrives while the first is still running waits for it;
// - failures are not kept: the entry is dropped, so a retry after an error runs again
//   (requests that were already waiting get the same error);
// - keys are kept 24 hours.
import type { BackendResponse } from './protocol.js';
import { conflict } from './protocol.js';

const KEEP_MS = 24 * 60 * 60 * 1000;

interface Entry {
  fingerprint: string;
  storedAt: number;
  result: Promise<BackendResponse>;
}

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  async run(key: string, fingerprint: string, nowMs: number, execute: () => Promise<BackendResponse>): Promise<BackendResponse> {
    this.prune(nowMs);
    const existing = this.entries.get(key);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw conflict('idempotency_reused', 'This Idempotency-Key was already used for a different request.');
      }
      const first = await existing.result;
      if (first.status >= 300) return first;
      return { status: 200, headers: { ...first.headers, 'idempotent-replayed': 'true' }, body: first.body };
    }
    const result = execute();
    const entry: Entry = { fingerprint, storedAt: nowMs, result };
    this.entries.set(key, entry);
    const drop = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    try {
      const response = await result;
      if (response.status >= 300) drop();
      return response;
    } catch (error) {
      drop();
      throw error;
    }
  }

  private prune(nowMs: number): void {
    for (const [key, entry] of this.entries) if (nowMs - entry.storedAt > KEEP_MS) this.entries.delete(key);
  }
}

/** A stable fingerprint of a request: key order in the body does not matter. */
export function fingerprint(method: string, path: string, body: unknown): string {
  return `${method} ${path} ${stableJson(body)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
