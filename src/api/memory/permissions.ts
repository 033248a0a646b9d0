// The role matrix (DESIGN §4 roles: ADMIN, DEVELOPER, MANAGER, STAFF shown as "Agent").
//
//   action                                   ADMIN  MANAGER  DEVELOPER  STAFF
//   read the agency (GET /orgs/{org})          ✓      ✓        ✓         ✓
//   read sub-orgs, usage, transactions         ✓      ✓        ✓ (read-only)
//   create / edit / billing / credits /
//     join / assist a sub-org                  ✓      ✓
//   detach a sub-org                           ✓
//   read members and invites                   ✓      ✓        ✓         ✓ (own org only)
//   invite, re-role, remove members            ✓ any  MANAGER/STAFF only
//   payments, billing portal, checkout         ✓      ✓
//   pricing                                    ✓      ✓        ✓         ✓
//
// STAFF may not touch any sub-org route (403), DEVELOPER may look but not change.
// A parent's caller acts on a sub-org's own routes with its agency role.
import type { Role } from '../types.js';
import { forbidden } from './protocol.js';

export const ACTIONS = {
  readOrg: ['ADMIN', 'MANAGER', 'DEVELOPER', 'STAFF'],
  readSubOrgs: ['ADMIN', 'MANAGER', 'DEVELOPER'],
  manageSubOrgs: ['ADMIN', 'MANAGER'],
  detachSubOrg: ['ADMIN'],
  readMembers: ['ADMIN', 'MANAGER', 'DEVELOPER', 'STAFF'],
  manageMembers: ['ADMIN', 'MANAGER'],
  billing: ['ADMIN', 'MANAGER'],
  readPricing: ['ADMIN', 'MANAGER', 'DEVELOPER', 'STAFF'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof ACTIONS;

/** Roles a member with `actor` may hand out or take away. */
export function manageableRoles(actor: Role): readonly Role[] {
  if (actor === 'ADMIN') return ['ADMIN', 'DEVELOPER', 'MANAGER', 'STAFF'];
  if (actor === 'MANAGER') return ['MANAGER', 'STAFF'];
  return [];
}

/**
 * Throws 403 unless `role` may do `action`. `onSubOrg`: the target is a sub-org
 * (its own route or one under the agency), which STAFF may never touch.
 */
export function requireRole(role: Role, action: Action, onSubOrg = false): void {
  if (onSubOrg && role === 'STAFF') throw forbidden('Agents cannot manage sub-organizations.');
  if (!(ACTIONS[action] as readonly Role[]).includes(role)) throw forbidden();
}

export function requireManageableRole(actor: Role, target: Role): void {
  if (!manageableRoles(actor).includes(target)) throw forbidden(`A ${actor.toLowerCase()} cannot manage ${target.toLowerCase()} members.`);
}
