// The adapter contract against the memory adapter (the REST adapter over memoryFetch),
// with faults injected into the adapter's own fault queue.
import { createBackend } from '../../src/api/memory/backend.js';
import { createMemoryAdapter } from '../../src/api/memory/memory-adapter.js';
import type { MemoryAdapter } from '../../src/api/memory/memory-adapter.js';
import { runAdapterContract } from '../../src/testing/index.js';

const TIMEOUT_MS = 500;
const backend = createBackend({ seed: 'default', control: true });
let current: MemoryAdapter | null = null;

runAdapterContract(
  () => {
    current = createMemoryAdapter({ backend, timeoutMs: TIMEOUT_MS });
    return current;
  },
  {
    reset: async () => backend.reset(),
    fault: async (fault) => {
      if (!current) throw new Error('fault before the adapter exists');
      current.faults.replace([fault]);
    },
    timeoutMs: TIMEOUT_MS,
    anonymous: () => createMemoryAdapter({ backend, token: '' }),
    restricted: () => createMemoryAdapter({ backend, orgRole: 'DEVELOPER' }),
  },
);
