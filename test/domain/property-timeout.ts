/** Mocha timeout for suites of fast-check properties: thousands of runs on a shared 2-core machine. */
export const PROPERTY_TIMEOUT_MS = 60_000;
