// A `fetch` that answers from an in-memory backend instead of the network, with real
// `Response` objects, so the REST adapter's one mapping/validation path serves both.
// Honours AbortSignal (an aborted call rejects with the signal's reason; a write that
// already reached the backend still completes there, as over HTTP), latency and faults.
import type { Backend } from './backend.js';
import { FaultQueue, faultErrorBody, MALFORMED_BODY } from './faults.js';
import type { Fault } from './faults.js';

export interface MemoryFetchOptions {
  /** Added to every call. */
  latencyMs?: number;
  faults?: FaultQueue | readonly Fault[];
  /** Stripped from the URL path before routing (`/api` when the base URL has one). */
  basePath?: string;
  /** For same-origin demo URLs (checkout, portal, assist); default: the page's origin. */
  origin?: string;
}

export function memoryFetch(backend: Backend, options: MemoryFetchOptions = {}): typeof fetch {
  const faults = options.faults instanceof FaultQueue ? options.faults : new FaultQueue(options.faults ?? []);
  const basePath = (options.basePath ?? '').replace(/\/$/, '');
  const origin = options.origin ?? (typeof location === 'undefined' ? undefined : location.origin);

  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = await readRequest(input, init);
    const { signal } = request;
    if (signal?.aborted) throw signal.reason;
    let path = request.url.pathname;
    if (basePath && path.startsWith(basePath)) path = path.slice(basePath.length) || '/';

    const plan = faults.take(request.method, path);
    const latency = (options.latencyMs ?? 0) + plan.latencyMs;
    if (latency > 0) await sleep(latency, signal);
    if (plan.failure) return failWith(plan.failure, signal);

    let body: unknown;
    let rawBodyError = false;
    if (request.text.trim() !== '') {
      try {
        body = JSON.parse(request.text);
      } catch {
        rawBodyError = true;
      }
    }
    const answer = await backend.handle({ method: request.method, path, query: request.url.searchParams, headers: request.headers, body, rawBodyError, origin });
    if (signal?.aborted) throw signal.reason;
    const hasBody = answer.body !== undefined && answer.status !== 204;
    return new Response(hasBody ? JSON.stringify(answer.body) : null, { status: answer.status, headers: answer.headers });
  };
}

interface ReadRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  text: string;
  signal: AbortSignal | undefined;
}

/** The parts of a fetch call we need, without building a `Request` for a non-HTTP URL. */
async function readRequest(input: RequestInfo | URL, init: RequestInit | undefined): Promise<ReadRequest> {
  const fromRequest = typeof input === 'object' && 'method' in input && !(input instanceof URL) ? input : undefined;
  const url = new URL(fromRequest ? fromRequest.url : String(input));
  const headers: Record<string, string> = {};
  new Headers(init?.headers ?? fromRequest?.headers).forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  let text = '';
  if (init?.body !== undefined && init.body !== null) {
    if (typeof init.body !== 'string') throw new TypeError('memoryFetch sends JSON text bodies only.');
    text = init.body;
  } else if (fromRequest) {
    text = await fromRequest.text();
  }
  return { url, method: (init?.method ?? fromRequest?.method ?? 'GET').toUpperCase(), headers, text, signal: init?.signal ?? fromRequest?.signal ?? undefined };
}

function failWith(fault: Fault, signal: AbortSignal | undefined): Promise<Response> {
  const json = { 'content-type': 'application/json' };
  switch (fault.kind) {
    case 'status-500':
      return Promise.resolve(new Response(JSON.stringify(faultErrorBody('status-500')), { status: 500, headers: json }));
    case 'status-429':
      return Promise.resolve(new Response(JSON.stringify(faultErrorBody('status-429')), { status: 429, headers: { ...json, 'retry-after': fault.retryAfter ?? '1' } }));
    case 'malformed-json':
      return Promise.resolve(new Response(MALFORMED_BODY, { status: 200, headers: json }));
    case 'hang':
      // Like a server that never answers: only the caller's abort (or `ms`) ends it.
      return new Promise((_, reject) => {
        const timer = fault.ms === undefined ? undefined : setTimeout(() => reject(new TypeError('Failed to fetch (injected hang ended)')), fault.ms);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        }, { once: true });
      });
    default:
      // `reset`: fetch reports a dropped connection as a TypeError.
      return Promise.reject(new TypeError('Failed to fetch (injected connection reset)'));
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
