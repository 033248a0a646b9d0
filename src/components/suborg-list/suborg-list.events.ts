// Typed events of <suborg-list>. All bubble and cross shadow roots (DESIGN §8 "Events").
import type { CreatedSubOrg, Invite, OrgDetail, Role, SubOrgSummary } from '../../api/types.js';
import { SuborgActionEvent, suborgEvent } from '../../internal/events.js';

/**
 * `suborg-action` for "Join as": the shared action event with the role picked in the submenu
 * (`detail.role`, and `role` on the event), so a host that takes the join over knows which role.
 */
export class SuborgJoinActionEvent extends SuborgActionEvent {
  constructor(
    subOrg: SubOrgSummary,
    readonly role: Role,
  ) {
    super('join-as', subOrg, role);
  }
}

/** The caller joined a sub-org; the host switches into it. */
export class SuborgJoinedEvent extends suborgEvent('suborg-joined', (subOrg: SubOrgSummary, role: Role) => ({ subOrg, role })) {}

/** A sub-org was created (the password, when one was generated, is not in the event). */
export class SuborgCreatedEvent extends suborgEvent('suborg-created', ({ initialPassword: _secret, ...subOrg }: CreatedSubOrg): { subOrg: SubOrgSummary } => ({ subOrg })) {}

/** A sub-org was detached from the parent (it left the list). */
export class SuborgDetachedEvent extends suborgEvent('suborg-detached', (subOrg: SubOrgSummary, org: OrgDetail) => ({ subOrg, org })) {}

/** An invite was sent to a sub-org. */
export class SuborgInvitedEvent extends suborgEvent('suborg-invited', (subOrg: SubOrgSummary, invite: Invite) => ({ subOrg, invite })) {}

/** The parent's plan limit stops a create: the host shows its upgrade path. */
export class SuborgUpgradeRequestEvent extends suborgEvent('suborg-upgrade-request', (limit: number | null) => ({ reason: 'sub_org_limit' as const, limit })) {}

/** "View usage" in the header. */
export class SuborgViewUsageEvent extends suborgEvent('suborg-view-usage', (orgId: string | undefined) => ({ orgId })) {}

export interface SuborgListEventMap {
  'suborg-joined': SuborgJoinedEvent;
  'suborg-created': SuborgCreatedEvent;
  'suborg-detached': SuborgDetachedEvent;
  'suborg-invited': SuborgInvitedEvent;
  'suborg-upgrade-request': SuborgUpgradeRequestEvent;
  'suborg-view-usage': SuborgViewUsageEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends SuborgListEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends SuborgListEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends SuborgListEventMap {}
}
