// The one request function of the REST adapter: URL, headers, token, timeout, retries
// and error mapping live here and nowhere else (DESIGN §5 "REST").
import { ApiError, kindForStatus, wirePathToDomain } from '../errors.js';
import { parseWire, wireErrorBody } from '../schemas/index.js';
import { backoffDelay } from './backoff.js';
import { parseRetryAfter } from './retry-after.js';
import type { RetryInfo } from './retry-event.js';

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

export function buildUrl(baseUrl: string, path: string, query?: HttpRequest['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.append(key, String(value));
  const search = `${params}`;
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** JSON of a body; undefined for an empty one. Throws SyntaxError for anything else. */
const parseJson = (text: string): unknown => (text.trim() ? JSON.parse(text) : undefined);

export function createHttp(options: HttpOptions): Http {
  const { getToken, timeoutMs = DEFAULT_TIMEOUT_MS, maxRetryAfterMs = DEFAULT_MAX_RETRY_AFTER_MS, random = Math.random, onRetry } = options;
  // Looked up per call, so a page (or test) that replaces `fetch` later is still heard.
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);

  return async function http({ method, path, query, body, idempotencyKey, ifMatch, signal }: HttpRequest): Promise<HttpResponse> {
    // An already-aborted call sends nothing.
    if (signal?.aborted) throw signal.reason;
    const safe = method === 'GET' || idempotencyKey !== undefined;
    let retried = 0;
    let refresh = false;
    let refreshed = false;
    for (;;) {
      const headers = new Headers({ Accept: 'application/json' });
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      if (idempotencyKey !== undefined) headers.set('Idempotency-Key', idempotencyKey);
      if (ifMatch !== undefined) headers.set('If-Match', ifMatch);
      if (getToken) {
        let token: string | null | undefined;
        try {
          token = await getToken({ refresh });
        } catch (cause) {
          throw new ApiError({ kind: 'auth', message: 'The host could not provide a token.', cause });
        }
        if (token) headers.set('Authorization', `Bearer ${token}`);
      }
      if (signal?.aborted) throw signal.reason;
      refresh = false;

      // One fetch plus its body, under one timeout.
      const timer = AbortSignal.timeout(timeoutMs);
      let response: Response | undefined;
      let text = '';
      let error: ApiError;
      try {
        const answer = await doFetch(buildUrl(options.baseUrl, path, query), {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: options.credentials ?? 'same-origin',
          signal: signal ? anySignal(signal, timer) : timer,
        });
        text = await answer.text();
        response = answer;
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        if (timer.aborted) throw new ApiError({ kind: 'timeout', message: `No answer within ${timeoutMs} ms.`, cause });
        error = new ApiError({ kind: 'network', message: 'The server could not be reached.', cause });
      }

      let waitMs: number | undefined;
      if (response) {
        if (response.ok) {
          try {
            return { status: response.status, headers: response.headers, body: parseJson(text) };
          } catch (cause) {
            throw new ApiError({ kind: 'invalid-response', status: response.status, message: 'The server answered with something that is not JSON.', cause });
          }
        }
        if (response.status === 401 && getToken && !refreshed) {
          // The host gets one chance to hand us a fresh token; this retry is not counted.
          refresh = refreshed = true;
          continue;
        }
        waitMs = parseRetryAfter(response.headers.get('Retry-After'));
      }
      const delayMs = waitMs ?? backoffDelay(retried + 1, random);
      if (response) {
        const { status } = response;
        // A rate-limited failure always tells the UI how long to wait.
        error = errorFrom(status, text, status === 429 ? delayMs : waitMs);
        if (status !== 429 && status < 500) throw error;
      }
      // A server asking for a longer wait than we are willing to hold the UI for: give up now, say how long.
      if (!safe || retried >= retries || waitMs! > maxRetryAfterMs) throw error!;
      retried++;
      onRetry?.({
        attempt: retried,
        delayMs,
        reason: !response ? 'network' : response.status === 429 ? 'rate-limited' : 'http',
        status: error!.status,
        method,
        path,
      });
      await sleep(delayMs, signal);
    }
  };
}

/** The ApiError of a failed answer: kind by status; code, message and fields from our error body when it is one. */
function errorFrom(status: number, text: string, retryAfterMs: number | undefined): ApiError {
  const kind = kindForStatus(status);
  let json: unknown;
  try {
    json = parseJson(text);
  } catch {
    // an HTML error page from a proxy: the status says enough
  }
  const parsed = parseWire(wireErrorBody, json);
  if (!parsed.ok) return new ApiError({ kind, status, message: `HTTP ${status}`, retryAfterMs });
  const { code, message, fields } = parsed.value.error;
  const domainFields = Object.fromEntries(Object.entries(fields ?? {}).map(([path, text]) => [wirePathToDomain(path), text]));
  return new ApiError({ kind, status, code, message: message ?? code, fields: domainFields, retryAfterMs });
}

/** `AbortSignal.any`, with a fallback for browsers before it (Safari < 17.4). */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const any = AbortSignal.any?.([a, b]);
  if (any) return any;
  const both = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) both.abort(signal.reason);
    else signal.addEventListener('abort', () => both.abort(signal.reason), { once: true, signal: both.signal });
  }
  return both.signal;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
