// Typed events of <suborg-list>. All bubble and cross shadow roots (DESIGN §8 "Events").
import type { CreatedSubOrg, Invite, OrgDetail, Role, SubOrgSummary } from '../../api/types.js';
import { SuborgActionEvent } from '../../internal/events.js';

/** One shape for the list's own events: a name, a typed `detail`, bubbling and composed. */
class ListEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/**
 * `suborg-action` for "Join as": the shared action event plus the role picked in the
 * submenu, so a host that takes the join over (preventDefault) knows which role.
 */
export class SuborgJoinActionEvent extends SuborgActionEvent {
  constructor(
    subOrg: SubOrgSummary,
    readonly role: Role,
  ) {
    super('join-as', subOrg);
  }
}

/** The caller joined a sub-org; the host switches into it. */
export class SuborgJoinedEvent extends ListEvent<{ subOrg: SubOrgSummary; role: Role }> {
  static readonly eventName = 'suborg-joined';
  constructor(subOrg: SubOrgSummary, role: Role) {
    super(SuborgJoinedEvent.eventName, { subOrg, role });
  }
}

/** A sub-org was created (the password, when one was generated, is not in the event). */
export class SuborgCreatedEvent extends ListEvent<{ subOrg: SubOrgSummary }> {
  static readonly eventName = 'suborg-created';
  constructor({ initialPassword: _secret, ...subOrg }: CreatedSubOrg) {
    super(SuborgCreatedEvent.eventName, { subOrg });
  }
}

/** A sub-org was detached from the parent (it left the list). */
export class SuborgDetachedEvent extends ListEvent<{ subOrg: SubOrgSummary; org: OrgDetail }> {
  static readonly eventName = 'suborg-detached';
  constructor(subOrg: SubOrgSummary, org: OrgDetail) {
    super(SuborgDetachedEvent.eventName, { subOrg, org });
  }
}

/** An invite was sent to a sub-org. */
export class SuborgInvitedEvent extends ListEvent<{ subOrg: SubOrgSummary; invite: Invite }> {
  static readonly eventName = 'suborg-invited';
  constructor(subOrg: SubOrgSummary, invite: Invite) {
    super(SuborgInvitedEvent.eventName, { subOrg, invite });
  }
}

/** The parent's plan limit stops a create: the host shows its upgrade path. */
export class SuborgUpgradeRequestEvent extends ListEvent<{ reason: 'sub_org_limit'; limit: number | null }> {
  static readonly eventName = 'suborg-upgrade-request';
  constructor(limit: number | null) {
    super(SuborgUpgradeRequestEvent.eventName, { reason: 'sub_org_limit', limit });
  }
}

/** "View usage" in the header. */
export class SuborgViewUsageEvent extends ListEvent<{ orgId: string | undefined }> {
  static readonly eventName = 'suborg-view-usage';
  constructor(orgId: string | undefined) {
    super(SuborgViewUsageEvent.eventName, { orgId });
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
