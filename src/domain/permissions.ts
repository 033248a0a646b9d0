// What the caller may do to sub-orgs, by their role in the parent org (OrgDetail.role).
// One role matrix for every element, mirroring the backend's so no element offers an
// action that would be refused: Admins do everything, Managers all but detach, Developers
// only look, Agents (STAFF) see nothing to act on. An unknown role (still loading, the
// parent read failed or was refused) may do nothing: fail closed.
import type { Role } from '../api/types.js';
import { SUBORG_ACTIONS } from './actions.js';

/** Every action the matrix decides, named as the list's quick actions plus `create-sub-org`. */
export const ORG_ACTIONS = ['create-sub-org', ...SUBORG_ACTIONS] as const;
export type OrgAction = (typeof ORG_ACTIONS)[number];

const WRITERS: readonly Role[] = ['ADMIN', 'MANAGER'];
const READERS: readonly Role[] = ['ADMIN', 'MANAGER', 'DEVELOPER'];

const ALLOWED: Readonly<Record<OrgAction, readonly Role[]>> = {
  'create-sub-org': WRITERS,
  'invite-member': WRITERS,
  'join-as': WRITERS,
  'manage-features': WRITERS,
  members: READERS,
  domains: WRITERS,
  customization: WRITERS,
  // Edit auto-recharge, the spending limit and the credit mode; move agency credits.
  billing: WRITERS,
  detach: ['ADMIN'],
  manage: READERS,
};

/** Whether a caller with `role` may take `action`; never when the role is not known. */
export function can(role: Role | null | undefined, action: OrgAction): boolean {
  return role != null && ALLOWED[action].includes(role);
}
