// Loaded before the test framework on every test page (see web-test-runner.config.mjs).
// A CSP or Trusted Types violation becomes an uncaught error, which fails the running test,
// unless a test is deliberately provoking one inside `expectViolation`.

let expecting: SecurityPolicyViolationEvent[] | null = null;

addEventListener('securitypolicyviolation', (event) => {
  if (expecting) {
    expecting.push(event);
    return;
  }
  throw new Error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
});

/** Runs `provoke` and resolves with the violations it caused (the event is async). */
export async function expectViolation(provoke: () => unknown): Promise<SecurityPolicyViolationEvent[]> {
  const seen: SecurityPolicyViolationEvent[] = [];
  expecting = seen;
  try {
    try {
      await provoke();
    } catch {
      // Trusted Types throws synchronously as well as reporting; the report is what we check.
    }
    for (let i = 0; i < 20 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    return seen;
  } finally {
    expecting = null;
  }
}
