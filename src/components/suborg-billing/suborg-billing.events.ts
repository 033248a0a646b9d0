// Typed events of <suborg-billing>: bubbling and composed, cancelable where the host may take over.
import type { Billing, CreditAmount, OrgDetail } from '../../api/types.js';
import { suborgEvent } from '../../internal/events.js';

/**
 * Billing settings were saved; `detail.org` is the server's answer. Dispatched on the element
 * even when it was removed while saving (then it reaches only listeners on the element itself).
 */
export class SuborgBillingChangeEvent extends suborgEvent('suborg-billing-change', ({ org }: { org: OrgDetail }): { subOrgId: string; billing: Billing; org: OrgDetail } => ({
  subOrgId: org.id,
  billing: org.billing,
  org,
})) {}

export const LEAVE_REASONS = ['sub-org-change', 'request', 'unload'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/**
 * The person is about to leave unsaved edits. Cancel it (`preventDefault()`) to stay:
 * on `sub-org-change` the element then keeps the current sub-org and the edits.
 */
export class SuborgBillingLeaveEvent extends suborgEvent('suborg-billing-leave', (detail: { subOrgId: string; reason: LeaveReason; nextSubOrgId: string | null }) => detail, true) {}

/** A trusted billing-portal link is about to open. Cancel it to open the URL yourself. */
export class SuborgPortalOpenEvent extends suborgEvent('suborg-portal-open', (detail: { subOrgId: string; url: string }) => detail, true) {}

/** The client asked to buy credits (client view); the host opens its checkout. */
export class SuborgBuyCreditsEvent extends suborgEvent('suborg-buy-credits', ({ org }: { org: OrgDetail }) => ({ subOrgId: org.id, org })) {}

/** Credits moved between the agency pool and the sub-org; `amount` is signed (negative took back). */
export class SuborgCreditsChangeEvent extends suborgEvent('suborg-credits-change', ({ org, amount }: { org: OrgDetail; amount: CreditAmount }) => ({
  subOrgId: org.id,
  amount,
  balance: org.balance,
  org,
})) {}

export interface SuborgBillingEventMap {
  'suborg-billing-change': SuborgBillingChangeEvent;
  'suborg-billing-leave': SuborgBillingLeaveEvent;
  'suborg-portal-open': SuborgPortalOpenEvent;
  'suborg-buy-credits': SuborgBuyCreditsEvent;
  'suborg-credits-change': SuborgCreditsChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends SuborgBillingEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends SuborgBillingEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends SuborgBillingEventMap {}
}
