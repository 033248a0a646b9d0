// A private tenant of the reference API (mounted by the test runner at /api) per test.
import { createRestAdapter } from '../../../../src/api/rest/index.js';
import type { RestAdapterOptions } from '../../../../src/api/rest/index.js';

export const AGENCY = 'org_agency';

export interface Tenant {
  base: string;
  adapter: ReturnType<typeof createRestAdapter>;
  faults(faults: unknown[]): Promise<void>;
}

export async function newTenant(options: Partial<RestAdapterOptions> = {}, seed: unknown = 'default', role = 'ADMIN'): Promise<Tenant> {
  const base = `/api/t/list-${Math.random().toString(36).slice(2, 10)}`;
  const reset = await fetch(`${base}/__control/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed }) });
  if (!reset.ok) throw new Error(`reset failed: ${reset.status}`);
  const adapter = createRestAdapter({ baseUrl: base, getToken: () => `t role=${role}`, ...options });
  return {
    base,
    adapter,
    async faults(faults) {
      const r = await fetch(`${base}/__control/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });
      if (!r.ok) throw new Error(`faults failed: ${r.status}`);
    },
  };
}
