// Typed events of <suborg-billing>: bubbling and composed, cancelable where the host may take over.
import type { Billing, CreditAmount, OrgDetail } from '../../api/types.js';

/** The one pattern of these events: the subclass's static `eventName`, bubbling and composed, a typed `detail`. */
abstract class BillingEvent<D> extends Event {
  constructor(
    readonly detail: D,
    cancelable?: boolean,
  ) {
    super((new.target as unknown as { eventName: string }).eventName, { bubbles: true, composed: true, cancelable });
  }
}

/**
 * Billing settings were saved; `detail.org` is the server's answer. Dispatched on the element
 * even when it was removed while saving (then it reaches only listeners on the element itself).
 */
export class SuborgBillingChangeEvent extends BillingEvent<{ subOrgId: string; billing: Billing; org: OrgDetail }> {
  static readonly eventName = 'suborg-billing-change';
  constructor({ org }: { org: OrgDetail }) {
    super({ subOrgId: org.id, billing: org.billing, org });
  }
}

export const LEAVE_REASONS = ['sub-org-change', 'request', 'unload'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/**
 * The person is about to leave unsaved edits. Cancel it (`preventDefault()`) to stay:
 * on `sub-org-change` the element then keeps the current sub-org and the edits.
 */
export class SuborgBillingLeaveEvent extends BillingEvent<{ subOrgId: string; reason: LeaveReason; nextSubOrgId: string | null }> {
  static readonly eventName = 'suborg-billing-leave';
  constructor(detail: SuborgBillingLeaveEvent['detail']) {
    super(detail, true);
  }
}

/** A trusted billing-portal link is about to open. Cancel it to open the URL yourself. */
export class SuborgPortalOpenEvent extends BillingEvent<{ subOrgId: string; url: string }> {
  static readonly eventName = 'suborg-portal-open';
  constructor(detail: SuborgPortalOpenEvent['detail']) {
    super(detail, true);
  }
}

/** The client asked to buy credits (client view); the host opens its checkout. */
export class SuborgBuyCreditsEvent extends BillingEvent<{ subOrgId: string; org: OrgDetail }> {
  static readonly eventName = 'suborg-buy-credits';
  constructor({ org }: { org: OrgDetail }) {
    super({ subOrgId: org.id, org });
  }
}

/** Credits moved between the agency pool and the sub-org; `amount` is signed (negative took back). */
export class SuborgCreditsChangeEvent extends BillingEvent<{ subOrgId: string; amount: CreditAmount; balance: CreditAmount; org: OrgDetail }> {
  static readonly eventName = 'suborg-credits-change';
  constructor({ org, amount }: { org: OrgDetail; amount: CreditAmount }) {
    super({ subOrgId: org.id, amount, balance: org.balance, org });
  }
}

declare global {
  interface HTMLElementEventMap {
    'suborg-billing-change': SuborgBillingChangeEvent;
    'suborg-billing-leave': SuborgBillingLeaveEvent;
    'suborg-portal-open': SuborgPortalOpenEvent;
    'suborg-buy-credits': SuborgBuyCreditsEvent;
    'suborg-credits-change': SuborgCreditsChangeEvent;
  }
}
