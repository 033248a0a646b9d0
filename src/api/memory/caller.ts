// Who is calling. The demo has one user; the bearer token only says which role that
// user holds in the agency (`…role=MANAGER…`, default ADMIN). Any non-empty token is
// accepted: the reference API proves the UI, it is not an identity provider.
import { ROLES } from '../types.js';
import type { Role } from '../types.js';
import { BackendError } from './protocol.js';

export interface Caller {
  userId: string;
  name: string;
  email: string;
  /** The caller's role in the agency (the root org). */
  role: Role;
}

export const DEMO_SESSION_COOKIE = 'suborg_demo_session';

const ROLE_IN_TOKEN = new RegExp(`role=(${ROLES.join('|')})`);

export function identifyCaller(headers: Record<string, string>): Caller {
  const auth = headers['authorization'];
  if (auth !== undefined) {
    const token = /^Bearer\s+(.+)$/i.exec(auth.trim())?.[1]?.trim();
    if (!token) throw new BackendError(401, 'unauthenticated', 'The Authorization header must be "Bearer <token>".');
    const role = (ROLE_IN_TOKEN.exec(token)?.[1] as Role | undefined) ?? 'ADMIN';
    return callerWithRole(role);
  }
  if (hasDemoSession(headers['cookie'])) return callerWithRole('ADMIN');
  throw new BackendError(401, 'unauthenticated', 'Sign in first: send a bearer token or a session cookie.');
}

function hasDemoSession(cookie: string | undefined): boolean {
  return (cookie ?? '').split(';').some((part) => part.trim() === `${DEMO_SESSION_COOKIE}=1`);
}

function callerWithRole(role: Role): Caller {
  return { userId: 'usr_demo', name: 'Dana Demo', email: 'dana@northwind.example', role };
}
