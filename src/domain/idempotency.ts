// One idempotency key per write intent (create, credits, checkout), reused on retry (DESIGN §4, §7):
// the key, the rule that says when a retry is the same intent, and when a failure ends the intent.

/** A fresh random UUID v4. crypto.randomUUID exists only in secure contexts, hence the fallback. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  if (typeof c?.getRandomValues !== 'function') throw new Error('No cryptographic random source for an idempotency key');
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'); // 8-4-4-4-12
}

/** A write the user asked for: the key it is sent with and what identifies it. */
export interface PendingIntent {
  key: string;
  fingerprint: string;
}

/**
 * The intent for a write identified by `fingerprint`: the pending one again when it is the
 * same write (a retry, so the server runs it once), else a new key (reusing a key for
 * another body is refused as `idempotency_reused`).
 */
export function keyFor(pending: PendingIntent | null, fingerprint: string, newKey: () => string = newIdempotencyKey): PendingIntent {
  return pending?.fingerprint === fingerprint ? pending : { key: newKey(), fingerprint };
}

/** A stable fingerprint of a request body: JSON with object keys sorted, so key order never matters. */
export function fingerprintOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Failures after which the write may have run on the server: no answer, a 5xx, a garbled answer, a 429. */
const MAY_HAVE_RUN: ReadonlySet<string> = new Set(['network', 'timeout', 'http', 'invalid-response', 'rate-limited']);

/**
 * Whether a failed write keeps its intent (and key) for the retry. After an ambiguous failure
 * it must: the first attempt may have run. After a definitive refusal (validation, conflict,
 * 401/403/404) it must not: a Stripe-style server replays the stored error for that key.
 */
export function keepsIntent(failureKind: string): boolean {
  return MAY_HAVE_RUN.has(failureKind);
}
