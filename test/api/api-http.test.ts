// The reference REST API over real HTTP, as mounted by the test runner at /api/.
// Each run uses its own tenant (`/api/t/<id>/…`), so parallel test files never collide.
import { expect } from '@open-wc/testing';

const tenant = `http-${Math.random().toString(36).slice(2, 10)}`;
const base = `/api/t/${tenant}`;
const auth = { Authorization: 'Bearer http-test' };

function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers } });
}

async function control(path: string, body?: unknown, method = 'POST'): Promise<Response> {
  const res = await fetch(`${base}/__control/${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(res.status, `control ${path}`).to.equal(200);
  return res;
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

describe('reference API over HTTP', () => {
  beforeEach(async () => {
    await control('reset', {});
  });

  it('answers 401 without a token and 200 with one, never cached', async () => {
    const anonymous = await fetch(`${base}/orgs/org_agency`);
    expect(anonymous.status).to.equal(401);
    expect(await errorCode(anonymous)).to.equal('unauthenticated');
    const res = await api('/orgs/org_agency');
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(((await res.json()) as { name: string }).name).to.equal('Northwind Digital');
  });

  it('accepts the demo session cookie', async () => {
    const scope = `path=${base}`;
    document.cookie = `suborg_demo_session=1; ${scope}; SameSite=Strict`;
    try {
      expect((await fetch(`${base}/orgs/org_agency`)).status).to.equal(200);
    } finally {
      document.cookie = `suborg_demo_session=; ${scope}; max-age=0`;
    }
    expect((await fetch(`${base}/orgs/org_agency`)).status).to.equal(401);
  });

  it('sends pagination headers', async () => {
    const res = await api('/orgs/org_agency/orgs?page=2&take=10');
    expect(res.headers.get('pagination-count')).to.equal('27');
    expect(res.headers.get('pagination-page')).to.equal('2');
    expect(res.headers.get('pagination-take')).to.equal('10');
    expect((await res.json()) as unknown[]).to.have.length(10);
    expect((await api('/orgs/org_agency/orgs?take=101')).status).to.equal(400);
  });

  it('answers a CORS preflight with the allowed request headers and echoes the Origin', async () => {
    // A non-GET fetch carries Origin even same-origin, so the CORS answer is visible here.
    const res = await fetch(`${base}/orgs/org_agency/orgs`, { method: 'OPTIONS' });
    expect(res.status).to.equal(204);
    expect(res.headers.get('access-control-allow-origin')).to.equal(location.origin);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'if-match']) expect(allowed).to.contain(header);
    expect(res.headers.get('access-control-allow-methods')).to.contain('PATCH');
  });

  it('exposes the pagination and Retry-After headers to other origins', async () => {
    const res = await api('/orgs/org_agency/orgs', { method: 'POST', body: JSON.stringify({ name: 'Cors Check Co' }), headers: { 'Idempotency-Key': 'cors-1' } });
    expect(res.status).to.equal(201);
    const exposed = (res.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    for (const header of ['pagination-count', 'pagination-page', 'pagination-take', 'retry-after']) expect(exposed).to.contain(header);
    const replay = await api('/orgs/org_agency/orgs', { method: 'POST', body: JSON.stringify({ name: 'Cors Check Co' }), headers: { 'Idempotency-Key': 'cors-1' } });
    expect(replay.status).to.equal(200);
  });

  it('answers 400 invalid_json to a malformed body and 413 to one over 100 KB', async () => {
    const bad = await api('/orgs/org_agency/orgs', { method: 'POST', body: '{"name": ', headers: { 'Content-Type': 'application/json' } });
    expect(bad.status).to.equal(400);
    expect(await errorCode(bad)).to.equal('invalid_json');
    const huge = await api('/orgs/org_agency/orgs', { method: 'POST', body: JSON.stringify({ name: 'x'.repeat(110 * 1024) }) });
    expect(huge.status).to.equal(413);
  });

  it('keeps tenants apart', async () => {
    await api('/orgs/org_agency/orgs', { method: 'POST', body: JSON.stringify({ name: 'Only In This Tenant' }) });
    const mine = await api('/orgs/org_agency/orgs?search=only in this');
    expect(mine.headers.get('pagination-count')).to.equal('1');
    const other = await fetch(`/api/t/${tenant}-other/orgs/org_agency/orgs?search=only in this`, { headers: auth });
    expect(other.headers.get('pagination-count')).to.equal('0');
  });

  it('resets to a generated seed on request, and refuses a bad seed', async () => {
    await control('reset', { seed: { generate: 1234 } });
    const res = await api('/orgs/org_agency/orgs?take=1');
    expect(res.headers.get('pagination-count')).to.equal('1234');
    const bad = await fetch(`${base}/__control/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ seed: { generate: 'lots' } }) });
    expect(bad.status).to.equal(400);
    expect((await api('/orgs/org_agency/orgs?take=1')).headers.get('pagination-count')).to.equal('1234');
  });

  describe('faults', () => {
    afterEach(async () => {
      await control('faults', undefined, 'DELETE');
    });

    it('injects a 500 once', async () => {
      await control('faults', { faults: [{ kind: 'status-500', match: { path: '/orgs/org_agency' } }] });
      expect((await api('/orgs/org_agency')).status).to.equal(500);
      expect((await api('/orgs/org_agency')).status).to.equal(200);
    });

    it('injects a 429 with Retry-After', async () => {
      await control('faults', { faults: [{ kind: 'status-429', retryAfter: '2', times: 2 }] });
      for (let i = 0; i < 2; i++) {
        const res = await api('/orgs/org_agency');
        expect(res.status).to.equal(429);
        expect(res.headers.get('retry-after')).to.equal('2');
      }
      expect((await api('/orgs/org_agency')).status).to.equal(200);
    });

    it('injects a 200 whose body is not JSON', async () => {
      await control('faults', { faults: [{ kind: 'malformed-json', match: { method: 'GET' } }] });
      const res = await api('/orgs/org_agency');
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.contain('application/json');
      let parsed = true;
      try {
        JSON.parse(await res.text());
      } catch {
        parsed = false;
      }
      expect(parsed).to.be.false;
    });

    it('injects latency', async () => {
      await control('faults', { faults: [{ kind: 'latency', ms: 150 }] });
      const started = performance.now();
      expect((await api('/orgs/org_agency')).status).to.equal(200);
      expect(performance.now() - started).to.be.at.least(140);
    });

    it('hangs until the client aborts, and the server keeps serving', async () => {
      await control('faults', { faults: [{ kind: 'hang' }] });
      const controller = new AbortController();
      const pending = api('/orgs/org_agency', { signal: controller.signal });
      const timer = setTimeout(() => controller.abort(), 200);
      let error: unknown;
      try {
        await pending;
      } catch (e) {
        error = e;
      }
      clearTimeout(timer);
      expect((error as DOMException).name).to.equal('AbortError');
      expect((await api('/orgs/org_agency')).status).to.equal(200);
    });

    it('resets the connection', async () => {
      // Every time: Chromium silently retries a request once when a reused keep-alive socket drops.
      await control('faults', { faults: [{ kind: 'reset', match: { path: '/members' }, times: 'Infinity' }] });
      let error: unknown;
      try {
        await api('/orgs/org_agency/members');
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(TypeError);
      await control('faults', undefined, 'DELETE');
      expect((await api('/orgs/org_agency/members')).status).to.equal(200);
    });

    it('rejects an unknown fault kind', async () => {
      const res = await fetch(`${base}/__control/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ faults: [{ kind: 'explode' }] }) });
      expect(res.status).to.equal(400);
    });
  });

  describe('checkout control', () => {
    it('moves a checkout to succeeded once and credits the buyer', async () => {
      const created = await api('/orgs/org_agency/reseller/checkout', {
        method: 'POST',
        body: JSON.stringify({ tier_id: 'tier_1k', sub_org_id: 'org_velocity_cycling' }),
        headers: { 'Idempotency-Key': 'http-checkout' },
      });
      expect(created.status).to.equal(201);
      const checkout = (await created.json()) as { id: string; redirect_url: string };
      expect(checkout.redirect_url).to.equal(`${location.origin}/demo/hosted-checkout.html?id=${checkout.id}&org=org_agency`);
      await control(`checkout/${checkout.id}`, { status: 'succeeded' });
      await control(`checkout/${checkout.id}`, { status: 'succeeded' });
      const read = (await (await api(`/orgs/org_agency/reseller/checkout/${checkout.id}`)).json()) as { status: string };
      expect(read.status).to.equal('succeeded');
      const sub = (await (await api('/orgs/org_agency/orgs/org_velocity_cycling')).json()) as { balance: number };
      expect(sub.balance).to.equal(1095.5);
      const simulated = await api(`/orgs/org_agency/reseller/checkout/${checkout.id}/simulate`, { method: 'POST', body: JSON.stringify({ outcome: 'failed' }) });
      expect(simulated.status).to.equal(409);
    });
  });
});
