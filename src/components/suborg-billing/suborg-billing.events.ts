// Typed events of <suborg-billing>: bubbling and composed, cancelable where the host may take over.
import type { Billing, CreditAmount, OrgDetail } from '../../api/types.js';

/**
 * Billing settings were saved; `detail.org` is the server's answer. Dispatched on the element
 * even when it was removed while saving (then it reaches only listeners on the element itself).
 */
export class SuborgBillingChangeEvent extends Event {
  static readonly eventName = 'suborg-billing-change';
  readonly detail: { subOrgId: string; billing: Billing; org: OrgDetail };
  constructor(init: { org: OrgDetail }) {
    super(SuborgBillingChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { subOrgId: init.org.id, billing: init.org.billing, org: init.org };
  }
}

export const LEAVE_REASONS = ['sub-org-change', 'request', 'unload'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/**
 * The person is about to leave unsaved edits. Cancel it (`preventDefault()`) to stay:
 * on `sub-org-change` the element then keeps the current sub-org and the edits.
 */
export class SuborgBillingLeaveEvent extends Event {
  static readonly eventName = 'suborg-billing-leave';
  readonly detail: { subOrgId: string; reason: LeaveReason; nextSubOrgId: string | null };
  constructor(detail: SuborgBillingLeaveEvent['detail']) {
    super(SuborgBillingLeaveEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** A trusted billing-portal link is about to open. Cancel it to open the URL yourself. */
export class SuborgPortalOpenEvent extends Event {
  static readonly eventName = 'suborg-portal-open';
  readonly detail: { subOrgId: string; url: string };
  constructor(detail: SuborgPortalOpenEvent['detail']) {
    super(SuborgPortalOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** The client asked to buy credits (client view); the host opens its checkout. */
export class SuborgBuyCreditsEvent extends Event {
  static readonly eventName = 'suborg-buy-credits';
  readonly detail: { subOrgId: string; org: OrgDetail };
  constructor(init: { org: OrgDetail }) {
    super(SuborgBuyCreditsEvent.eventName, { bubbles: true, composed: true });
    this.detail = { subOrgId: init.org.id, org: init.org };
  }
}

/** Credits moved between the agency pool and the sub-org; `amount` is signed (negative took back). */
export class SuborgCreditsChangeEvent extends Event {
  static readonly eventName = 'suborg-credits-change';
  readonly detail: { subOrgId: string; amount: CreditAmount; balance: CreditAmount; org: OrgDetail };
  constructor(init: { org: OrgDetail; amount: CreditAmount }) {
    super(SuborgCreditsChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { subOrgId: init.org.id, amount: init.amount, balance: init.org.balance, org: init.org };
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
