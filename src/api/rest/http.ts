// The one request function of the REST adapter: URL, headers, token, timeout, retries
// and error mapping live here and nowhere else (DESIGN §5 "REST").
import { ApiError, kindForStatus, wirePathToDomain } from '../errors.js';
import { parseWire, wireErrorBody } from '../schemas/index.js';
import { backoffDelay } from './backoff.js';
import { parseRetryAfter } from './retry-after.js';
import type { RetryInfo, RetryReason } from './retry-event.js';

export type TokenGetter = (opts: { refresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;

export interface HttpOptions {
  /** Prefix of every path, absolute (`https://api.example.com/v1`) or same-origin (`/api`). */
  baseUrl: string;
  /** Asked before every attempt; the token is never stored or logged. `refresh: true` after a 401. */
  getToken?: TokenGetter;
  /** Default `same-origin`, so cookie sessions work without a token. */
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
  /** Per attempt, headers and body included. Default 15 s. */
  timeoutMs?: number;
  /** Retries after the first attempt, for safe requests only. Default 2. */
  retries?: number;
  /** A longer `Retry-After` than this is not waited for: the call fails as rate-limited. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Told before each wait (the adapter turns it into a `retry` event). */
  onRetry?: (info: RetryInfo) => void;
  /** Jitter source; tests pin it. */
  random?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Starts with `/`; segments already encoded. */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Sent as `Idempotency-Key`; it also makes a write safe to retry. */
  idempotencyKey?: string;
  /** Sent as `If-Match`. */
  ifMatch?: string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
}

export type Http = (request: HttpRequest) => Promise<HttpResponse>;

/** A failed attempt that may be worth repeating. */
interface Retryable {
  error: ApiError;
  reason: RetryReason;
  /** From `Retry-After`, when the server said. */
  waitMs: number | undefined;
}

export function buildUrl(baseUrl: string, path: string, query?: HttpRequest['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.append(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

export function createHttp(options: HttpOptions): Http {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const random = options.random ?? Math.random;

  async function headersFor(request: HttpRequest, refresh: boolean): Promise<Headers> {
    const headers = new Headers({ Accept: 'application/json' });
    if (request.body !== undefined) headers.set('Content-Type', 'application/json');
    if (request.idempotencyKey !== undefined) headers.set('Idempotency-Key', request.idempotencyKey);
    if (request.ifMatch !== undefined) headers.set('If-Match', request.ifMatch);
    if (options.getToken) {
      let token: string | null | undefined;
      try {
        token = await options.getToken({ refresh });
      } catch (cause) {
        throw new ApiError({ kind: 'auth', message: 'The host could not provide a token.', cause });
      }
      if (token) headers.set('Authorization', `Bearer ${token}`);
    }
    return headers;
  }

  /** One fetch plus its body, under one timeout. Resolves with the response and its text. */
  async function attempt(request: HttpRequest, headers: Headers): Promise<{ response: Response; text: string }> {
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(new DOMException('The request timed out.', 'TimeoutError')), timeoutMs);
    const signal = request.signal ? anySignal(request.signal, timer.signal) : timer.signal;
    try {
      const response = await doFetch(buildUrl(options.baseUrl, request.path, request.query), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        credentials: options.credentials ?? 'same-origin',
        signal,
      });
      const text = await response.text();
      return { response, text };
    } catch (cause) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (timer.signal.aborted) throw new ApiError({ kind: 'timeout', message: `No answer within ${timeoutMs} ms.`, cause });
      throw new ApiError({ kind: 'network', message: 'The server could not be reached.', cause });
    } finally {
      clearTimeout(timeout);
    }
  }

  function errorFrom(response: Response, text: string): ApiError {
    const status = response.status;
    const kind = kindForStatus(status);
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined; // an HTML error page from a proxy: the status says enough
    }
    const parsed = parseWire(wireErrorBody, json);
    if (!parsed.ok) return new ApiError({ kind, status, message: `HTTP ${status}`, retryAfterMs });
    const { code, message, fields } = parsed.value.error;
    const domainFields: Record<string, string> = {};
    for (const [path, text] of Object.entries(fields ?? {})) domainFields[wirePathToDomain(path)] = text;
    return new ApiError({ kind, status, code, message: message ?? code, fields: domainFields, retryAfterMs });
  }

  function parseBody(text: string, status: number): unknown {
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new ApiError({ kind: 'invalid-response', status, message: 'The server answered with something that is not JSON.', cause });
    }
  }

  return async function http(request: HttpRequest): Promise<HttpResponse> {
    const { signal } = request;
    // An already-aborted call sends nothing.
    if (signal?.aborted) throw signal.reason;
    const safe = request.method === 'GET' || request.idempotencyKey !== undefined;
    let retried = 0;
    let refresh = false;
    let refreshed = false;
    for (;;) {
      const headers = await headersFor(request, refresh);
      if (signal?.aborted) throw signal.reason;
      refresh = false;
      let failure: Retryable;
      try {
        const { response, text } = await attempt(request, headers);
        if (response.ok) return { status: response.status, headers: response.headers, body: parseBody(text, response.status) };
        if (response.status === 401 && options.getToken && !refreshed) {
          // The host gets one chance to hand us a fresh token; this retry is not counted.
          refresh = refreshed = true;
          continue;
        }
        const error = errorFrom(response, text);
        if (response.status !== 429 && response.status < 500) throw error;
        failure = { error, reason: response.status === 429 ? 'rate-limited' : 'http', waitMs: error.retryAfterMs };
      } catch (error) {
        if (!(error instanceof ApiError) || error.kind !== 'network') throw error;
        failure = { error, reason: 'network', waitMs: undefined };
      }

      const delayMs = failure.waitMs ?? backoffDelay(retried + 1, random);
      // A server asking for a longer wait than we are willing to hold the UI for: give up now, say how long.
      const tooLong = failure.waitMs !== undefined && failure.waitMs > maxRetryAfterMs;
      if (!safe || retried >= retries || tooLong) throw finalError(failure.error, delayMs);
      retried++;
      options.onRetry?.({
        attempt: retried,
        delayMs,
        reason: failure.reason,
        status: failure.error.status,
        method: request.method,
        path: request.path,
      });
      await sleep(delayMs, signal);
    }
  };
}

/** A rate-limited failure always tells the UI how long to wait. */
function finalError(error: ApiError, delayMs: number): ApiError {
  if (error.kind !== 'rate-limited' || error.retryAfterMs !== undefined) return error;
  return new ApiError({
    kind: error.kind,
    status: error.status,
    code: error.code,
    message: error.message,
    fields: error.fields,
    retryAfterMs: delayMs,
  });
}

/** `AbortSignal.any`, with a fallback for browsers before it (Safari < 17.4). */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) {
      both.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => both.abort(signal.reason), { once: true, signal: both.signal });
  }
  return both.signal;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
