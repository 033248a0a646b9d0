// The adapter contract over real HTTP: createRestAdapter against the reference API the
// test runner mounts at /api/, in a tenant of its own (so parallel files never collide).
import { createRestAdapter } from '../../src/api/rest/rest-adapter.js';
import { runAdapterContract } from '../../src/testing/index.js';
import type { ContractFault } from '../../src/testing/index.js';

const tenant = `contract-rest-${Math.random().toString(36).slice(2, 10)}`;
const baseUrl = `/api/t/${tenant}`;
const TIMEOUT_MS = 1_500;

async function control(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}/__control/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status} ${await response.text()}`);
}

runAdapterContract(() => createRestAdapter({ baseUrl, getToken: () => 'test-token', timeoutMs: TIMEOUT_MS }), {
  reset: () => control('reset', {}),
  fault: (fault: ContractFault) => control('faults', { faults: [fault] }),
  timeoutMs: TIMEOUT_MS,
  // No token and no cookie: 401, a refresh that brings nothing, then auth.
  anonymous: () => createRestAdapter({ baseUrl, getToken: () => null, credentials: 'omit' }),
  // The reference API reads the caller's agency role from the token.
  restricted: () => createRestAdapter({ baseUrl, getToken: () => 'test-token role=DEVELOPER' }),
});
