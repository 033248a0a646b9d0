// What the caller may do from the list, by their role in the parent org (OrgDetail.role).
// Mirrors the backend's role matrix so the list never offers an action that would be
// refused: Admins do everything, Managers all but detach and only hand out Manager and
// Agent roles, Developers only look, Agents see nothing to act on.
import type { Role } from '../api/types.js';
import { ROLES } from '../api/types.js';

/** The row's quick actions in menu order (Invent's eight), plus the row's Manage button. */
export const LIST_ACTIONS = [
  'invite-member',
  'join-as',
  'manage-features',
  'members',
  'domains',
  'customization',
  'billing',
  'detach',
  'manage',
] as const;
export type ListAction = (typeof LIST_ACTIONS)[number];

const WRITERS: readonly Role[] = ['ADMIN', 'MANAGER'];
const READERS: readonly Role[] = ['ADMIN', 'MANAGER', 'DEVELOPER'];

const ALLOWED: Record<ListAction, readonly Role[]> = {
  'invite-member': WRITERS,
  'join-as': WRITERS,
  'manage-features': WRITERS,
  members: READERS,
  domains: WRITERS,
  customization: WRITERS,
  billing: WRITERS,
  detach: ['ADMIN'],
  manage: READERS,
};

export function canTake(role: Role | null | undefined, action: ListAction): boolean {
  return role != null && ALLOWED[action].includes(role);
}

/** Roles the caller may hand out (invite) or enter a sub-org as (join). */
export function grantableRoles(role: Role | null | undefined): Role[] {
  if (role === 'ADMIN') return [...ROLES];
  if (role === 'MANAGER') return ['MANAGER', 'STAFF'];
  return [];
}

export function canCreate(role: Role | null | undefined): boolean {
  return role != null && WRITERS.includes(role);
}

/** The quick actions to offer in the row menu for this caller (never `manage`: that is the row's button). */
export function menuActions(role: Role | null | undefined): ListAction[] {
  return LIST_ACTIONS.filter((a) => a !== 'manage' && canTake(role, a));
}

/** Whether the parent may add another sub-org (`limits.subOrgs` null = unlimited). */
export function limitReached(limit: number | null | undefined, count: number): boolean {
  return limit != null && count >= limit;
}
