import { expect } from '@open-wc/testing';
import { createBackend } from '../../../src/api/memory/backend.js';
import { FaultQueue } from '../../../src/api/memory/faults.js';
import { memoryFetch } from '../../../src/api/memory/memory-fetch.js';

const auth = { Authorization: 'Bearer t' };

describe('memoryFetch', () => {
  const backend = createBackend();

  it('answers with a real Response: status, JSON body, pagination headers', async () => {
    const fetchMemory = memoryFetch(backend);
    const res = await fetchMemory('memory://backend/orgs/org_agency/orgs?take=5&sort=-balance', { headers: auth });
    expect(res).to.be.instanceOf(Response);
    expect(res.status).to.equal(200);
    expect(res.headers.get('pagination-count')).to.equal('27');
    expect(res.headers.get('content-type')).to.equal('application/json');
    const rows = (await res.json()) as Array<{ balance: number }>;
    expect(rows).to.have.length(5);
  });

  it('strips a base path, sends bodies and headers, and answers 204 without a body', async () => {
    const fetchMemory = memoryFetch(backend, { basePath: '/api' });
    const created = await fetchMemory('memory://backend/api/orgs/org_abaco/invites', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'fetch@abaco.example', role: 'STAFF' }),
    });
    expect(created.status).to.equal(201);
    const { id } = (await created.json()) as { id: string };
    const deleted = await fetchMemory(`memory://backend/api/orgs/org_abaco/invites/${id}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).to.equal(204);
    expect(await deleted.text()).to.equal('');
  });

  it('accepts a Request object as input', async () => {
    const res = await memoryFetch(backend)(new Request(`${location.origin}/orgs/org_agency`, { headers: auth }));
    expect(((await res.json()) as { id: string }).id).to.equal('org_agency');
  });

  it('answers 400 invalid_json to a body that is not JSON', async () => {
    const res = await memoryFetch(backend)('memory://backend/orgs/org_agency/orgs', { method: 'POST', headers: auth, body: '{nope' });
    expect(res.status).to.equal(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('invalid_json');
  });

  it('injects each fault kind', async () => {
    const faults = new FaultQueue();
    const fetchMemory = memoryFetch(backend, { faults });
    const url = 'memory://backend/orgs/org_agency';

    faults.replace([{ kind: 'status-500' }]);
    expect((await fetchMemory(url, { headers: auth })).status).to.equal(500);

    faults.replace([{ kind: 'status-429', retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' }]);
    const limited = await fetchMemory(url, { headers: auth });
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('retry-after')).to.equal('Wed, 21 Oct 2015 07:28:00 GMT');

    faults.replace([{ kind: 'malformed-json' }]);
    const malformed = await fetchMemory(url, { headers: auth });
    expect(malformed.status).to.equal(200);
    let parsed = true;
    try {
      await malformed.json();
    } catch {
      parsed = false;
    }
    expect(parsed).to.be.false;

    faults.replace([{ kind: 'reset' }]);
    let networkError: unknown;
    try {
      await fetchMemory(url, { headers: auth });
    } catch (error) {
      networkError = error;
    }
    expect(networkError).to.be.instanceOf(TypeError);

    faults.replace([{ kind: 'hang', ms: 40 }]);
    const started = performance.now();
    let hangEnded: unknown;
    try {
      await fetchMemory(url, { headers: auth });
    } catch (error) {
      hangEnded = error;
    }
    expect(hangEnded).to.be.instanceOf(TypeError);
    expect(performance.now() - started).to.be.at.least(35);

    faults.replace([{ kind: 'latency', ms: 50 }]);
    const t0 = performance.now();
    expect((await fetchMemory(url, { headers: auth })).status).to.equal(200);
    expect(performance.now() - t0).to.be.at.least(45);
  });

  it('rejects with the abort reason, before or during the call', async () => {
    const fetchMemory = memoryFetch(backend, { latencyMs: 200 });
    const early = new AbortController();
    early.abort('early');
    let reason: unknown;
    try {
      await fetchMemory('memory://backend/orgs/org_agency', { headers: auth, signal: early.signal });
    } catch (error) {
      reason = error;
    }
    expect(reason).to.equal('early');
    const late = new AbortController();
    const pending = fetchMemory('memory://backend/orgs/org_agency', { headers: auth, signal: late.signal });
    setTimeout(() => late.abort('late'), 20);
    try {
      await pending;
      reason = 'resolved';
    } catch (error) {
      reason = error;
    }
    expect(reason).to.equal('late');
  });
});
