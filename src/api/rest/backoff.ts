// Jittered exponential backoff between retries. "Equal jitter": half the step is fixed,
// half random, so clients that failed together spread out but never retry at once.

export const BACKOFF_BASE_MS = 250;
export const BACKOFF_MAX_MS = 8_000;

/** Delay before retry number `attempt` (1-based), within [step / 2, step]. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
