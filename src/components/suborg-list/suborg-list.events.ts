// Typed events of <suborg-list>. All bubble and cross shadow roots (DESIGN §8 "Events").
import type { CreatedSubOrg, Invite, OrgDetail, Role, SubOrgSummary } from '../../api/types.js';
import { SuborgActionEvent } from '../../internal/events.js';

/**
 * `suborg-action` for "Join as": the shared action event plus the role picked in the
 * submenu, so a host that takes the join over (preventDefault) knows which role.
 */
export class SuborgJoinActionEvent extends SuborgActionEvent {
  readonly role: Role;
  constructor(subOrg: SubOrgSummary, role: Role) {
    super('join-as', subOrg);
    this.role = role;
  }
}

/** The caller joined a sub-org; the host switches into it. */
export class SuborgJoinedEvent extends Event {
  static readonly eventName = 'suborg-joined';
  readonly detail: { subOrg: SubOrgSummary; role: Role };
  constructor(subOrg: SubOrgSummary, role: Role) {
    super(SuborgJoinedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { subOrg, role };
  }
}

/** A sub-org was created (the password, when one was generated, is not in the event). */
export class SuborgCreatedEvent extends Event {
  static readonly eventName = 'suborg-created';
  readonly detail: { subOrg: SubOrgSummary };
  constructor(created: CreatedSubOrg) {
    super(SuborgCreatedEvent.eventName, { bubbles: true, composed: true });
    const { initialPassword: _secret, ...subOrg } = created;
    this.detail = { subOrg };
  }
}

/** A sub-org was detached from the parent (it left the list). */
export class SuborgDetachedEvent extends Event {
  static readonly eventName = 'suborg-detached';
  readonly detail: { subOrg: SubOrgSummary; org: OrgDetail };
  constructor(subOrg: SubOrgSummary, org: OrgDetail) {
    super(SuborgDetachedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { subOrg, org };
  }
}

/** An invite was sent to a sub-org. */
export class SuborgInvitedEvent extends Event {
  static readonly eventName = 'suborg-invited';
  readonly detail: { subOrg: SubOrgSummary; invite: Invite };
  constructor(subOrg: SubOrgSummary, invite: Invite) {
    super(SuborgInvitedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { subOrg, invite };
  }
}

/** The parent's plan limit stops a create: the host shows its upgrade path. */
export class SuborgUpgradeRequestEvent extends Event {
  static readonly eventName = 'suborg-upgrade-request';
  readonly detail: { reason: 'sub_org_limit'; limit: number | null };
  constructor(limit: number | null) {
    super(SuborgUpgradeRequestEvent.eventName, { bubbles: true, composed: true });
    this.detail = { reason: 'sub_org_limit', limit };
  }
}

/** "View usage" in the header. */
export class SuborgViewUsageEvent extends Event {
  static readonly eventName = 'suborg-view-usage';
  readonly detail: { orgId: string | undefined };
  constructor(orgId: string | undefined) {
    super(SuborgViewUsageEvent.eventName, { bubbles: true, composed: true });
    this.detail = { orgId };
  }
}

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
