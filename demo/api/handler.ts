// The reference REST API over real HTTP: the in-memory backend behind a Node handler,
// mounted by the test runner and the Vite dev server at /api/.
//   /api/<route>              the shared default backend
//   /api/t/<tenant>/<route>   an isolated backend per tenant id (made on first use), so
//                             parallel tests never see each other's writes or faults
//   /api[/t/<tenant>]/__control/…   reset, faults, checkout outcomes (only with `control`)
// Node only through `node:http` types; no DOM, no Vite: scripts/load-api.mjs bundles it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBackend, parseSeedOption } from '../../src/api/memory/backend.js';
import type { Backend } from '../../src/api/memory/backend.js';
import { FaultQueue, faultErrorBody, MALFORMED_BODY } from '../../src/api/memory/faults.js';
import type { Fault } from '../../src/api/memory/faults.js';
import { CHECKOUT_STATUSES } from '../../src/api/types.js';
import type { CheckoutStatus } from '../../src/api/types.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { readJsonBody } from './body.js';

export interface ApiHandlerOptions {
  /** Serve /__control routes and the checkout `simulate` route (development and tests only). */
  control: boolean;
  /** Where the API is mounted; default `/api`. */
  basePath?: string;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

interface Tenant {
  backend: Backend;
  faults: FaultQueue;
}

const TENANT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Old tenants are dropped beyond this many (test runs make one per test file). */
const MAX_TENANTS = 500;

export function createApiHandler(opts: ApiHandlerOptions): ApiHandler {
  const basePath = (opts.basePath ?? '/api').replace(/\/$/, '');
  const tenants = new Map<string, Tenant>();

  function tenant(id: string): Tenant {
    let found = tenants.get(id);
    if (!found) {
      found = { backend: createBackend({ seed: 'default', control: opts.control }), faults: new FaultQueue() };
      tenants.set(id, found);
      if (tenants.size > MAX_TENANTS) tenants.delete(tenants.keys().next().value as string);
    }
    return found;
  }

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      if (next) next();
      else send(res, 404, {}, { error: { code: 'not_found', message: 'Not found.' } });
      return;
    }
    serve(req, res, url).catch((error: unknown) => {
      console.error('suborg api: unexpected error', error);
      if (!res.headersSent) send(res, 500, corsHeaders(req), { error: { code: 'internal', message: 'Something went wrong on our side.' } });
      else res.destroy();
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const cors = corsHeaders(req);
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      send(res, 204, { ...cors, ...preflightHeaders() });
      return;
    }
    let path = url.pathname.slice(basePath.length) || '/';
    let tenantId = '';
    const scoped = /^\/t\/([^/]+)(\/.*)?$/.exec(path);
    if (scoped) {
      tenantId = decodeURIComponent(scoped[1] as string);
      if (!TENANT_ID.test(tenantId)) {
        send(res, 400, cors, { error: { code: 'invalid', message: 'A tenant id is 1-64 letters, digits, _ or -.' } });
        return;
      }
      path = scoped[2] ?? '/';
    }
    const t = tenant(tenantId);
    const body = await readJsonBody(req);
    if (body.tooLarge) {
      send(res, 413, cors, { error: { code: 'payload_too_large', message: 'The body is over 100 KB.' } });
      return;
    }

    if (path.startsWith('/__control/')) {
      if (!opts.control) send(res, 404, cors, { error: { code: 'not_found', message: 'Not found.' } });
      else control(res, cors, t, method, path, body.value);
      return;
    }

    const plan = t.faults.take(method, path);
    if (plan.latencyMs > 0 && !(await wait(res, plan.latencyMs))) return;
    if (plan.failure && injectFailure(req, res, cors, plan.failure)) return;

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[name] = value;
      else if (Array.isArray(value)) headers[name] = value.join(', ');
    }
    const response = await t.backend.handle({
      method,
      path,
      query: url.searchParams,
      headers,
      body: body.value,
      rawBodyError: body.malformed,
      origin: originOf(req),
    });
    if (res.destroyed) return;
    send(res, response.status, { ...cors, ...response.headers }, response.body);
  }

  function control(res: ServerResponse, cors: Record<string, string>, t: Tenant, method: string, path: string, body: unknown): void {
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    try {
      if (method === 'POST' && path === '/__control/reset') {
        t.backend.reset(parseSeedOption(input.seed));
        t.faults.clear();
        send(res, 200, cors, { ok: true });
      } else if (method === 'POST' && path === '/__control/faults') {
        if (!Array.isArray(input.faults)) throw new TypeError('Send { faults: Fault[] }.');
        t.faults.replace(input.faults as Fault[]);
        send(res, 200, cors, { ok: true, faults: t.faults.size });
      } else if (method === 'DELETE' && path === '/__control/faults') {
        t.faults.clear();
        send(res, 200, cors, { ok: true });
      } else if (method === 'POST' && path.startsWith('/__control/checkout/')) {
        const status = input.status;
        if (typeof status !== 'string' || !(CHECKOUT_STATUSES as readonly string[]).includes(status)) throw new TypeError('Send { status }.');
        const id = decodeURIComponent(path.slice('/__control/checkout/'.length));
        const result = t.backend.setCheckoutStatus(id, status as CheckoutStatus);
        send(res, result.status, { ...cors, ...result.headers }, result.body);
      } else {
        send(res, 404, cors, { error: { code: 'not_found', message: 'No such control route.' } });
      }
    } catch (error) {
      send(res, 400, cors, { error: { code: 'invalid', message: error instanceof Error ? error.message : String(error) } });
    }
  }
}

/** Handles a failure fault; false when the request should go on (never, today). */
function injectFailure(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>, fault: Fault): boolean {
  switch (fault.kind) {
    case 'status-500':
      send(res, 500, cors, faultErrorBody('status-500'));
      return true;
    case 'status-429':
      send(res, 429, { ...cors, 'retry-after': fault.retryAfter ?? '1' }, faultErrorBody('status-429'));
      return true;
    case 'malformed-json':
      res.writeHead(200, { ...cors, ...baseHeaders(), 'content-type': 'application/json' });
      res.end(MALFORMED_BODY);
      return true;
    case 'hang': {
      // No answer until the client gives up (the socket closes) or `ms` runs out.
      const timer = fault.ms !== undefined ? setTimeout(() => req.socket.destroy(), fault.ms) : undefined;
      res.once('close', () => clearTimeout(timer));
      return true;
    }
    case 'reset':
      req.socket.destroy();
      return true;
    default:
      return false;
  }
}

/** Waits `ms`; false when the client left meanwhile. */
function wait(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(!res.destroyed);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once('close', onClose);
  });
}

function originOf(req: IncomingMessage): string | undefined {
  const host = req.headers.host;
  if (!host) return undefined;
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  return `${proto}://${host}`;
}

function baseHeaders(): Record<string, string> {
  return { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const all = { ...baseHeaders(), ...headers };
  if (body === undefined || status === 204) {
    delete all['content-type'];
    res.writeHead(status, all);
    res.end();
    return;
  }
  res.writeHead(status, { ...all, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
