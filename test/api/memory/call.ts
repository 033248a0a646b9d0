// Calls a backend the way the HTTP handler would, for the memory tests.
import type { Backend, BackendResponse } from '../../../src/api/memory/backend.js';

export interface CallOptions {
  body?: unknown;
  token?: string | null;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** `token: null` sends no Authorization header. The default token is an ADMIN's. */
export function call(backend: Backend, method: string, pathWithQuery: string, opts: CallOptions = {}): Promise<BackendResponse> {
  const [path, search = ''] = pathWithQuery.split('?');
  const query = new URLSearchParams(search);
  for (const [k, v] of Object.entries(opts.query ?? {})) query.set(k, v);
  const headers: Record<string, string> = { ...opts.headers };
  const token = opts.token === undefined ? 'test-token' : opts.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  return backend.handle({ method, path: path as string, query, headers, body: opts.body });
}

export function errorCode(res: BackendResponse): string | undefined {
  return (res.body as { error?: { code?: string } } | undefined)?.error?.code;
}

export function errorFields(res: BackendResponse): Record<string, string> {
  return (res.body as { error?: { fields?: Record<string, string> } } | undefined)?.error?.fields ?? {};
}

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function body(res: BackendResponse): Json {
  return res.body as Json;
}

export function rows(res: BackendResponse): Json[] {
  return res.body as Json[];
}

/** A fixed "now" the tests can move. */
export function testClock(iso = '2026-06-15T12:00:00.000Z') {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}
