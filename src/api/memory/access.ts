// Finding the org a route addresses, and the caller's standing in it. The caller's
// agency (the root org) and its live sub-orgs are reachable; anything else is a 404,
// so ids of other tenants or detached orgs leak nothing.
import type { Role } from '../types.js';
import type { Caller } from './caller.js';
import { BackendError, notFound } from './protocol.js';
import type { OrgRecord } from './records.js';
import { ROOT_ORG_ID } from './state.js';
import type { BackendState } from './state.js';

export interface OrgAccess {
  org: OrgRecord;
  /** The role the caller acts with here (its agency role, also on sub-org routes). */
  actingRole: Role;
  /** The org is a sub-org (STAFF may not touch it). */
  isSub: boolean;
}

export function resolveOrg(state: BackendState, caller: Caller, orgId: string): OrgAccess {
  const org = state.orgs.get(orgId);
  if (!org || org.deleted) throw notFound('No such organization.');
  if (org.id === ROOT_ORG_ID) return { org, actingRole: caller.role, isSub: false };
  if (org.parentOrg === ROOT_ORG_ID) return { org, actingRole: caller.role, isSub: true };
  throw notFound('No such organization.');
}

export function resolveChild(state: BackendState, parent: OrgRecord, subId: string): OrgRecord {
  const sub = state.orgs.get(subId);
  if (!sub || sub.deleted || sub.parentOrg !== parent.id) throw notFound('No such sub-organization.');
  return sub;
}

/** The caller's own membership role in `org` (null when not a member); the agency role at the root. */
export function memberRole(org: OrgRecord, caller: Caller): Role | null {
  if (org.id === ROOT_ORG_ID) return caller.role;
  return org.members.find((m) => m.user_id === caller.userId)?.role ?? null;
}

/** If-Match must equal the entity's current `updated_at` (quotes allowed, as for an ETag). */
export function checkIfMatch(headers: Record<string, string>, org: OrgRecord): void {
  const raw = headers['if-match'];
  if (raw === undefined) return;
  const expected = raw.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  if (expected !== org.updatedAt) {
    throw new BackendError(409, 'stale', 'Someone changed this organization since you loaded it. Reload and try again.');
  }
}
