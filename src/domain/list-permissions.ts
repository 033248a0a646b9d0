// What the list offers the caller, on top of the shared role matrix (./permissions.ts):
// the quick actions in menu order, the roles a caller may hand out or join as, and the
// tier limit. Managers hand out only Manager and Agent roles, as the backend enforces.
import type { Role } from '../api/types.js';
import { ROLES } from '../api/types.js';
import { can } from './permissions.js';

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

export function canTake(role: Role | null | undefined, action: ListAction): boolean {
  return can(role, action);
}

export function canCreate(role: Role | null | undefined): boolean {
  return can(role, 'create-sub-org');
}

/** Roles the caller may hand out (invite) or enter a sub-org as (join). */
export function grantableRoles(role: Role | null | undefined): Role[] {
  if (role === 'ADMIN') return [...ROLES];
  if (role === 'MANAGER') return ['MANAGER', 'STAFF'];
  return [];
}

/** The quick actions to offer in the row menu for this caller (never `manage`: that is the row's button). */
export function menuActions(role: Role | null | undefined): ListAction[] {
  return LIST_ACTIONS.filter((a) => a !== 'manage' && canTake(role, a));
}

/** Whether the parent may add another sub-org (`limits.subOrgs` null = unlimited). */
export function limitReached(limit: number | null | undefined, count: number): boolean {
  return limit != null && count >= limit;
}
