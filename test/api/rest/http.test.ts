import { expect } from '@open-wc/testing';
import { buildUrl, createHttp } from '../../../src/api/rest/http.js';
import type { HttpOptions } from '../../../src/api/rest/http.js';
import type { RetryInfo } from '../../../src/api/rest/retry-event.js';
import { errorBody, fakeFetch, json } from './fake-fetch.js';
import type { Answer } from './fake-fetch.js';
import { apiError, rejection } from '../../helpers/rejections.js';

/** Zero jitter and 1 ms Retry-After units keep these tests fast without fake timers. */
function setup(answers: Answer[], options: Partial<HttpOptions> = {}) {
  const { fetch, seen } = fakeFetch(...answers);
  const retries: RetryInfo[] = [];
  const http = createHttp({ baseUrl: '/api/', fetch, random: () => 0, onRetry: (r) => retries.push(r), ...options });
  return { http, seen, retries };
}

describe('http: request building', () => {
  it('joins baseUrl, path and query, skipping undefined values', () => {
    expect(buildUrl('/api/', '/orgs/o1/orgs', { page: 2, take: 10, search: 'a&b', sort: undefined })).to.equal('/api/orgs/o1/orgs?page=2&take=10&search=a%26b');
    expect(buildUrl('https://x.test/v1', '/orgs/o1', {})).to.equal('https://x.test/v1/orgs/o1');
  });

  it('sends JSON, idempotency and If-Match headers, same-origin credentials, and the token', async () => {
    const { http, seen } = setup([json(201, { ok: true })], { getToken: () => 'tok' });
    const res = await http({ method: 'POST', path: '/x', body: { a: 1 }, idempotencyKey: 'k1', ifMatch: '2024-01-01' });
    expect(res.status).to.equal(201);
    expect(res.body).to.deep.equal({ ok: true });
    const [req] = seen;
    expect(req!.method).to.equal('POST');
    expect(req!.body).to.equal('{"a":1}');
    expect(req!.headers.get('Content-Type')).to.equal('application/json');
    expect(req!.headers.get('Idempotency-Key')).to.equal('k1');
    expect(req!.headers.get('If-Match')).to.equal('2024-01-01');
    expect(req!.headers.get('Authorization')).to.equal('Bearer tok');
    expect(req!.credentials).to.equal('same-origin');
  });

  it('asks for the token on every request and sends none when the host has none', async () => {
    let asked = 0;
    const { http, seen } = setup([json(200, {}), json(200, {})], { getToken: () => (asked++ === 0 ? null : 'late'), credentials: 'include' });
    await http({ method: 'GET', path: '/a' });
    await http({ method: 'GET', path: '/a' });
    expect(asked).to.equal(2);
    expect(seen[0]!.headers.has('Authorization')).to.be.false;
    expect(seen[1]!.headers.get('Authorization')).to.equal('Bearer late');
    expect(seen[0]!.credentials).to.equal('include');
  });

  it('never puts the token in an error or on the console', async () => {
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => logged.push(...args)));
    try {
      const { http } = setup([errorBody(401, 'expired'), errorBody(401, 'expired')], { getToken: () => 'secret-token-123' });
      const error = await apiError(http({ method: 'GET', path: '/x' }));
      expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.to.include('secret-token-123');
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    expect(JSON.stringify(logged.map(String))).not.to.include('secret-token-123');
  });

  it('resolves an empty 204 with an undefined body', async () => {
    const { http } = setup([new Response(null, { status: 204 })]);
    const res = await http({ method: 'DELETE', path: '/x' });
    expect(res.status).to.equal(204);
    expect(res.body).to.equal(undefined);
  });
});

describe('http: errors', () => {
  it('maps each status to its kind, with code, message and status', async () => {
    const cases: Array<[number, string]> = [
      [400, 'validation'],
      [422, 'validation'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
    ];
    for (const [status, kind] of cases) {
      const { http } = setup([errorBody(status, `code_${status}`)]);
      const error = await apiError(http({ method: 'GET', path: '/x' }));
      expect(error.kind).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(error.code).to.equal(`code_${status}`);
      expect(error.message).to.equal(`code_${status}!`);
    }
  });

  it('maps field errors from wire paths to domain paths', async () => {
    const { http } = setup([errorBody(400, 'invalid', { 'auto_recharge.recharge_threshold': 'must be ≥ 0', name: 'required' })]);
    const error = await apiError(http({ method: 'PATCH', path: '/x', body: {} }));
    expect(error.fields).to.deep.equal({ 'autoRecharge.rechargeThreshold': 'must be ≥ 0', name: 'required' });
  });

  it('keeps the status kind when the error body is not ours (a proxy page)', async () => {
    const { http } = setup([new Response('<html>bad gateway</html>', { status: 404 })]);
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('not-found');
    expect(error.code).to.equal('not-found');
  });

  it('turns a success that is not JSON into invalid-response, without retrying', async () => {
    const { http, seen } = setup([new Response('{"half":', { status: 200 })]);
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('invalid-response');
    expect(seen).to.have.length(1);
  });

  it('turns a failed fetch into network', async () => {
    const { http } = setup([new TypeError('Failed to fetch')], { retries: 0 });
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('network');
  });

  it('turns a throwing getToken into auth without sending anything', async () => {
    const { http, seen } = setup([], {
      getToken: () => {
        throw new Error('no session');
      },
    });
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('auth');
    expect(seen).to.have.length(0);
  });
});

describe('http: retries', () => {
  it('retries a GET on 5xx and network errors, up to `retries` times', async () => {
    const { http, seen, retries } = setup([errorBody(500, 'boom'), new TypeError('reset'), json(200, { fine: 1 })]);
    const res = await http({ method: 'GET', path: '/x' });
    expect(res.body).to.deep.equal({ fine: 1 });
    expect(seen).to.have.length(3);
    expect(retries.map((r) => [r.attempt, r.reason, r.status])).to.deep.equal([
      [1, 'http', 500],
      [2, 'network', undefined],
    ]);
  });

  it('gives up after `retries` retries with the last error', async () => {
    const { http, seen } = setup([errorBody(503, 'a'), errorBody(502, 'b'), errorBody(500, 'c')], { retries: 2 });
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('http');
    expect(error.code).to.equal('c');
    expect(seen).to.have.length(3);
  });

  it('never retries a write without an idempotency key', async () => {
    for (const method of ['POST', 'PATCH', 'DELETE'] as const) {
      const { http, seen, retries } = setup([errorBody(500, 'boom')]);
      const error = await apiError(http({ method, path: '/x', body: method === 'DELETE' ? undefined : {} }));
      expect(error.kind).to.equal('http');
      expect(seen).to.have.length(1);
      expect(retries).to.have.length(0);
    }
  });

  it('retries a write that carries an idempotency key, with the same key and body', async () => {
    const { http, seen } = setup([new TypeError('reset'), json(201, { id: 'c1' })]);
    await http({ method: 'POST', path: '/x', body: { credits: 5 }, idempotencyKey: 'key-1' });
    expect(seen).to.have.length(2);
    expect(seen.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['key-1', 'key-1']);
    expect(seen[1]!.body).to.equal(seen[0]!.body);
  });

  it('does not retry 4xx answers', async () => {
    const { http, seen } = setup([errorBody(409, 'stale')]);
    await apiError(http({ method: 'GET', path: '/x' }));
    expect(seen).to.have.length(1);
  });

  it('waits a jittered exponential backoff within its bounds', async () => {
    const delays = (random: number) => {
      const { http, retries } = setup([errorBody(500, 'a'), errorBody(500, 'b'), json(200, {})], { random: () => random });
      return http({ method: 'GET', path: '/x' }).then(() => retries.map((r) => r.delayMs));
    };
    expect(await delays(0)).to.deep.equal([125, 250]);
    expect(await delays(0.999999)).to.deep.equal([250, 500]);
  });
});

describe('http: rate limits', () => {
  it('honours Retry-After in seconds', async () => {
    const { http, retries } = setup([errorBody(429, 'slow_down', undefined, { 'Retry-After': '0' }), json(200, {})]);
    await http({ method: 'GET', path: '/x' });
    expect(retries).to.have.length(1);
    expect(retries[0]).to.include({ reason: 'rate-limited', delayMs: 0, status: 429 });
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 2_000).toUTCString();
    const started = Date.now();
    const { http, retries } = setup([errorBody(429, 'slow_down', undefined, { 'Retry-After': at }), json(200, {})]);
    await http({ method: 'GET', path: '/x' });
    // HTTP dates have 1 s resolution: the wait is 1–2 s.
    expect(retries[0]!.delayMs).to.be.within(1, 2_000);
    expect(Date.now() - started).to.be.at.least(retries[0]!.delayMs - 20);
  });

  it('gives up at once when Retry-After exceeds the cap, telling the UI how long', async () => {
    const { http, seen, retries } = setup([errorBody(429, 'slow_down', undefined, { 'Retry-After': '120' })], { maxRetryAfterMs: 30_000 });
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfterMs).to.equal(120_000);
    expect(seen).to.have.length(1);
    expect(retries).to.have.length(0);
  });

  it('the cap applies to what the server asks for, not to our own backoff', async () => {
    const { http, retries } = setup([errorBody(500, 'a'), json(200, {})], { maxRetryAfterMs: 10 });
    await http({ method: 'GET', path: '/x' });
    expect(retries).to.have.length(1);
    expect(retries[0]!.delayMs).to.be.greaterThan(10);
  });

  it('a final 429 on an unsafe write still carries retryAfterMs', async () => {
    const { http } = setup([errorBody(429, 'slow_down')]);
    const error = await apiError(http({ method: 'POST', path: '/x', body: {} }));
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfterMs).to.be.a('number').and.at.least(0);
  });
});

describe('http: 401', () => {
  it('asks the host once for a fresh token and retries once', async () => {
    const asked: boolean[] = [];
    const { http, seen } = setup([errorBody(401, 'expired'), json(200, { ok: 1 })], {
      getToken: ({ refresh }) => {
        asked.push(refresh);
        return refresh ? 'fresh' : 'old';
      },
    });
    const res = await http({ method: 'POST', path: '/x', body: {} });
    expect(res.body).to.deep.equal({ ok: 1 });
    expect(asked).to.deep.equal([false, true]);
    expect(seen.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer old', 'Bearer fresh']);
  });

  it('fails as auth when the fresh token is refused too', async () => {
    const { http, seen } = setup([errorBody(401, 'expired'), errorBody(401, 'expired')], { getToken: () => 't' });
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('auth');
    expect(seen).to.have.length(2);
  });

  it('fails as auth at once without a getToken (cookie sessions)', async () => {
    const { http, seen } = setup([errorBody(401, 'no_session')]);
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('auth');
    expect(seen).to.have.length(1);
  });
});

describe('http: timeout and abort', () => {
  it('times out a hanging request as timeout (not retried)', async () => {
    const { http, seen } = setup(['hang'], { timeoutMs: 50 });
    const error = await apiError(http({ method: 'GET', path: '/x' }));
    expect(error.kind).to.equal('timeout');
    expect(seen).to.have.length(1);
  });

  it('sends nothing for an already-aborted signal and rejects with its reason', async () => {
    const { http, seen } = setup([json(200, {})]);
    const reason = new Error('gone');
    const error = await rejection(http({ method: 'POST', path: '/x', body: {}, signal: AbortSignal.abort(reason) }));
    expect(error).to.equal(reason);
    expect(seen).to.have.length(0);
  });

  it('rejects with the reason when aborted in flight, not with an ApiError', async () => {
    const controller = new AbortController();
    const { http } = setup(['hang']);
    const pending = http({ method: 'GET', path: '/x', signal: controller.signal });
    const reason = new DOMException('left the page', 'AbortError');
    setTimeout(() => controller.abort(reason), 10);
    expect(await rejection(pending)).to.equal(reason);
  });

  it('rejects with the reason when aborted while waiting to retry', async () => {
    const controller = new AbortController();
    const { http, seen } = setup([errorBody(429, 'slow', undefined, { 'Retry-After': '5' })], {
      onRetry: () => controller.abort('stop'),
    });
    expect(await rejection(http({ method: 'GET', path: '/x', signal: controller.signal }))).to.equal('stop');
    expect(seen).to.have.length(1);
  });
});

describe('http: without AbortSignal.any (older browsers)', () => {
  const original = AbortSignal.any;
  beforeEach(() => {
    (AbortSignal as { any?: unknown }).any = undefined;
  });
  afterEach(() => {
    AbortSignal.any = original;
  });

  it('still times out', async () => {
    const { http } = setup(['hang'], { timeoutMs: 30 });
    expect((await apiError(http({ method: 'GET', path: '/x', signal: new AbortController().signal }))).kind).to.equal('timeout');
  });

  it('still rejects with the caller’s reason', async () => {
    const controller = new AbortController();
    const { http } = setup(['hang']);
    const pending = http({ method: 'GET', path: '/x', signal: controller.signal });
    setTimeout(() => controller.abort('bye'), 10);
    expect(await rejection(pending)).to.equal('bye');
  });
});
