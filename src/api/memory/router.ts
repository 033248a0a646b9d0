// A tiny path matcher: `/orgs/:org/orgs/:sub`. Literal segments win over parameters
// because routes are tried in order and literals are listed first.
import type { Caller } from './caller.js';
import type { BackendRequest, BackendResponse } from './protocol.js';
import { BackendError, badRequest } from './protocol.js';
import type { BackendState } from './state.js';
import type { IdempotencyStore } from './idempotency.js';

export interface RouteEnv {
  /** Control routes (simulate checkout) are served. */
  control: boolean;
  idempotency: IdempotencyStore;
  /** Same-origin demo URL for `path` (absolute when the request says its origin). */
  demoUrl(path: string): string;
}

export interface RouteContext {
  req: BackendRequest;
  params: Record<string, string>;
  caller: Caller;
  state: BackendState;
  env: RouteEnv;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: string;
  handler: (ctx: RouteContext) => BackendResponse | Promise<BackendResponse>;
  /** `Idempotency-Key` is honoured (`optional`) or demanded (`required`). */
  idempotency?: 'optional' | 'required';
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/** The route for method + path; a known path with another method is 405, an unknown one 404. */
export function matchRoute(routes: readonly Route[], method: string, path: string): Match {
  const segments = splitPath(path);
  const allowed = new Set<string>();
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allowed.add(route.method);
  }
  if (allowed.size > 0) {
    throw new BackendError(405, 'method_not_allowed', `Use ${[...allowed].join(', ')}.`, undefined, { allow: [...allowed].join(', ') });
  }
  throw new BackendError(404, 'not_found', `No route for ${method} ${path}.`);
}

function splitPath(path: string): string[] {
  try {
    return path
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    throw badRequest('Bad path encoding.');
  }
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter((s) => s !== '');
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const segment = segments[i] as string;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}
