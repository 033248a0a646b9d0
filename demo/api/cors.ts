// CORS for agencies whose API lives on another origin (DESIGN §4). The demo echoes any
// Origin (with credentials, so cookie sessions work cross-origin too); a real backend must
// answer only the origins on its own allow-list.
import type { IncomingMessage } from 'node:http';

export const ALLOWED_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match'];
export const EXPOSED_RESPONSE_HEADERS = ['pagination-count', 'pagination-page', 'pagination-take', 'Retry-After'];

export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSED_RESPONSE_HEADERS.join(', '),
    vary: 'Origin',
  };
}

export function preflightHeaders(): Record<string, string> {
  return {
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': ALLOWED_REQUEST_HEADERS.join(', '),
    'access-control-max-age': '600',
  };
}
