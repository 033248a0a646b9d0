// What the list offers the caller, on top of the shared role matrix (./permissions.ts):
// which quick actions (./actions.ts) to offer, the roles a caller may hand out or join as, and the
// tier limit. Managers hand out only Manager and Agent roles, as the backend enforces.
import type { Role } from '../api/types.js';
import { ROLES } from '../api/types.js';
import { SUBORG_ACTIONS, type SuborgAction } from './actions.js';
import { can } from './permissions.js';

/** Whether the caller may take a quick action (the shared role matrix). */
export const canTake: (role: Role | null | undefined, action: SuborgAction) => boolean = can;

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
export function menuActions(role: Role | null | undefined): SuborgAction[] {
  return SUBORG_ACTIONS.filter((a) => a !== 'manage' && canTake(role, a));
}

/** Whether the parent may add another sub-org (`limits.subOrgs` null = unlimited). */
export function limitReached(limit: number | null | undefined, count: number): boolean {
  return limit != null && count >= limit;
}
