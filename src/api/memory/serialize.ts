// Records → wire JSON (DESIGN §4): the one place integers become wire decimals.
import type { Role } from '../types.js';
import { creditsToWire, moneyToWire } from './amounts.js';
import type { BillingRecord, CheckoutRecord, InviteRecord, MemberRecord, OrgRecord, PaymentRecord, TransactionRecord } from './records.js';

const clone = <T>(value: T): T => structuredClone(value);

export function billingToWire(billing: BillingRecord) {
  return {
    currency: billing.currency,
    auto_recharge: {
      enabled: billing.autoRecharge.enabled,
      recharge_threshold: creditsToWire(billing.autoRecharge.threshold),
      recharge_amount: creditsToWire(billing.autoRecharge.amount),
    },
    use_parent_balance: billing.useParentBalance,
    spending_cap: {
      enabled: billing.spendingCap.enabled,
      amount: moneyToWire(billing.spendingCap.amount, billing.currency),
      reset_at: billing.spendingCap.resetAt,
    },
    payment_method: billing.paymentMethod ? clone(billing.paymentMethod) : null,
    last_low_balance_notification_at: billing.lastLowBalanceNotificationAt,
    last_out_of_balance_notification_at: billing.lastOutOfBalanceNotificationAt,
    last_spending_cap_notification_at: billing.lastSpendingCapNotificationAt,
  };
}

export function orgToDetail(org: OrgRecord, callerRole: Role | null, subOrgCount: number) {
  return {
    id: org.id,
    name: org.name,
    verified: org.verified,
    disabled: org.disabled,
    deleted: org.deleted,
    type: org.type,
    plan: org.plan,
    balance: creditsToWire(org.balance),
    promo_balance: creditsToWire(org.promoBalance),
    promo_balance_reset_at: org.promoBalanceResetAt,
    billing: billingToWire(org.billing),
    logo_url: org.logoUrl,
    created_at: org.createdAt,
    updated_at: org.updatedAt,
    spending_cap_used: moneyToWire(org.spendingCapUsed, org.billing.currency),
    role: callerRole,
    features: { ...org.features },
    config: clone(org.config),
    parent_org: org.parentOrg,
    limits: { sub_orgs: org.subOrgLimit },
    sub_org_count: subOrgCount,
  };
}

export function orgToSummary(org: OrgRecord) {
  return {
    id: org.id,
    name: org.name,
    logo_url: org.logoUrl,
    plan: org.plan,
    balance: creditsToWire(org.balance),
    promo_balance: creditsToWire(org.promoBalance),
    billing: billingToWire(org.billing),
    members: org.members.map((m) => ({ id: m.id, name: m.name, email: m.email, avatar: m.avatar, role: m.role })),
    spending_cap_used: moneyToWire(org.spendingCapUsed, org.billing.currency),
    created_at: org.createdAt,
    updated_at: org.updatedAt,
    features: { ...org.features },
    config: clone(org.config),
  };
}

export function memberToWire(member: MemberRecord, orgId: string) {
  return { ...member, org_id: orgId };
}

export function inviteToWire(invite: InviteRecord, nowIso: string) {
  return { ...invite, status: invite.expires_at <= nowIso ? 'EXPIRED' : 'PENDING' };
}

export function paymentToWire(payment: PaymentRecord) {
  return { ...payment };
}

export function transactionToWire(tx: TransactionRecord) {
  return {
    id: tx.id,
    org_id: tx.org_id,
    org_name: tx.org_name,
    amount_credits: creditsToWire(tx.amount),
    reason: tx.reason,
    contact_name: tx.contact_name,
    campaign_name: tx.campaign_name,
    custom_keys_used: tx.custom_keys_used,
    created_at: tx.created_at,
  };
}

export function checkoutToWire(checkout: CheckoutRecord, redirectUrl: string | null) {
  const wire: Record<string, unknown> = {
    id: checkout.id,
    status: checkout.status,
    credits: creditsToWire(checkout.credits),
    amount: checkout.amount,
    currency: checkout.currency,
    created_at: checkout.createdAt,
  };
  // Only an unfinished checkout has a hosted page to go to.
  if (redirectUrl && (checkout.status === 'open' || checkout.status === 'pending')) wire.redirect_url = redirectUrl;
  return wire;
}
