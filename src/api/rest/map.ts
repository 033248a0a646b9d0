// Wire (snake_case, decimal amounts) ⇄ domain (camelCase, integer amounts). The only place
// that knows both spellings (DESIGN §4). Credits become integer hundredths; Invent's money
// (major units of billing.currency) and our money (minor units + currency) both become Money.
import { creditsFromWire, creditsToWire } from '../../domain/credits.js';
import { moneyFromWire, moneyToWire } from '../../domain/money.js';
import type { BillingPatch, NewAccount, SubOrgPatch } from '../adapter.js';
import type {
  WireAssistSession,
  WireBilling,
  WireCheckout,
  WireConfig,
  WireCreatedSubOrg,
  WireFeatures,
  WireInvite,
  WireMember,
  WireOrgDetail,
  WirePayment,
  WirePortalSession,
  WirePricing,
  WireSubOrgSummary,
  WireTransaction,
  WireUsageRow,
} from '../schemas/index.js';
import { FEATURE_KEYS } from '../types.js';
import type {
  AssistSession,
  Billing,
  Checkout,
  CreatedSubOrg,
  Features,
  Invite,
  Member,
  Money,
  OrgAccess,
  OrgConfig,
  OrgDetail,
  Payment,
  PortalSession,
  Pricing,
  SubOrgSummary,
  Transaction,
  UsageRow,
} from '../types.js';

export const DEFAULT_CURRENCY = 'usd';

/** `allow_overdraft` → `allowOverdraft`. */
export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `allowOverdraft` → `allow_overdraft`. */
export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Our money: integer minor units; the currency lowercased. */
function minor(amount: number, currency: string): Money {
  return { amount, currency: currency.toLowerCase() };
}

export function featuresFromWire(wire: WireFeatures | null | undefined): Features {
  const flags = (wire ?? {}) as Record<string, boolean | undefined>;
  return Object.fromEntries(FEATURE_KEYS.map((key) => [key, flags[camelToSnake(key)] === true])) as Features;
}

export function configFromWire(wire: WireConfig | null | undefined): OrgConfig {
  const { session_ttl_seconds, allow_invites, ...rest } = wire?.access ?? {};
  const access: OrgAccess = { sessionTtlSeconds: session_ttl_seconds ?? null, allowInvites: allow_invites ?? false };
  for (const [key, value] of Object.entries(rest)) access[snakeToCamel(key)] = value;
  return {
    email: wire?.email ?? null,
    address: wire?.address ?? null,
    termsUrl: wire?.terms_url ?? null,
    privacyUrl: wire?.privacy_url ?? null,
    access,
    modules: { ...(wire?.modules ?? {}) },
  };
}

export function billingFromWire(wire: WireBilling): Billing {
  const currency = (wire.currency ?? DEFAULT_CURRENCY).toLowerCase();
  const pm = wire.payment_method;
  return {
    currency,
    autoRecharge: {
      enabled: wire.auto_recharge.enabled,
      rechargeThreshold: creditsFromWire(wire.auto_recharge.recharge_threshold),
      rechargeAmount: creditsFromWire(wire.auto_recharge.recharge_amount),
    },
    useParentBalance: wire.use_parent_balance,
    spendingCap: {
      enabled: wire.spending_cap.enabled,
      amount: moneyFromWire(wire.spending_cap.amount, currency),
      resetAt: wire.spending_cap.reset_at ?? null,
    },
    paymentMethod: pm
      ? {
          type: pm.type,
          paymentMethodId: pm.payment_method_id,
          brand: pm.brand ?? null,
          last4: pm.last4 ?? null,
          inactive: pm.inactive ?? false,
          failedAt: pm.failed_at ?? null,
          failedMessage: pm.failed_message ?? null,
        }
      : null,
    lastLowBalanceNotificationAt: wire.last_low_balance_notification_at ?? null,
    lastOutOfBalanceNotificationAt: wire.last_out_of_balance_notification_at ?? null,
    lastSpendingCapNotificationAt: wire.last_spending_cap_notification_at ?? null,
  };
}

export function orgDetailFromWire(wire: WireOrgDetail): OrgDetail {
  const billing = billingFromWire(wire.billing);
  return {
    id: wire.id,
    name: wire.name,
    verified: wire.verified ?? false,
    disabled: wire.disabled ?? false,
    deleted: wire.deleted ?? false,
    type: wire.type,
    plan: wire.plan,
    balance: creditsFromWire(wire.balance),
    promoBalance: creditsFromWire(wire.promo_balance ?? 0),
    promoBalanceResetAt: wire.promo_balance_reset_at ?? null,
    billing,
    logoUrl: wire.logo_url ?? null,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
    spendingCapUsed: moneyFromWire(wire.spending_cap_used ?? 0, billing.currency),
    role: wire.role ?? null,
    features: featuresFromWire(wire.features),
    config: configFromWire(wire.config),
    parentOrg: wire.parent_org ?? null,
    limits: { subOrgs: wire.limits?.sub_orgs ?? null },
    subOrgCount: wire.sub_org_count ?? 0,
  };
}

export function subOrgSummaryFromWire(wire: WireSubOrgSummary): SubOrgSummary {
  const billing = billingFromWire(wire.billing);
  return {
    id: wire.id,
    name: wire.name,
    logoUrl: wire.logo_url ?? null,
    plan: wire.plan,
    balance: creditsFromWire(wire.balance),
    promoBalance: creditsFromWire(wire.promo_balance ?? 0),
    billing,
    members: (wire.members ?? []).map((m) => ({ id: m.id, name: m.name, email: m.email, avatar: m.avatar ?? null, role: m.role })),
    spendingCapUsed: moneyFromWire(wire.spending_cap_used ?? 0, billing.currency),
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
    features: featuresFromWire(wire.features),
    config: configFromWire(wire.config),
  };
}

export function createdSubOrgFromWire(wire: WireCreatedSubOrg): CreatedSubOrg {
  const row: CreatedSubOrg = subOrgSummaryFromWire(wire);
  if (wire.initial_password) row.initialPassword = wire.initial_password;
  return row;
}

export function memberFromWire(wire: WireMember): Member {
  return {
    id: wire.id,
    name: wire.name,
    email: wire.email,
    avatar: wire.avatar ?? null,
    role: wire.role,
    status: wire.status,
    orgId: wire.org_id,
    userId: wire.user_id,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
    seenAt: wire.seen_at ?? null,
  };
}

export function inviteFromWire(wire: WireInvite): Invite {
  return { id: wire.id, email: wire.email, role: wire.role, status: wire.status, createdAt: wire.created_at, expiresAt: wire.expires_at };
}

export function usageRowFromWire(wire: WireUsageRow): UsageRow {
  return {
    orgId: wire.org_id,
    orgName: wire.org_name,
    eventName: wire.event_name,
    amountCredits: creditsFromWire(wire.amount_credits),
    amountMonetary: moneyFromWire(wire.amount_monetary, wire.currency ?? DEFAULT_CURRENCY),
    date: wire.date,
  };
}

export function transactionFromWire(wire: WireTransaction): Transaction {
  return {
    id: wire.id,
    orgId: wire.org_id,
    orgName: wire.org_name,
    amountCredits: creditsFromWire(wire.amount_credits),
    reason: wire.reason,
    contactName: wire.contact_name ?? null,
    campaignName: wire.campaign_name ?? null,
    customKeysUsed: wire.custom_keys_used ?? 0,
    createdAt: wire.created_at,
  };
}

export function paymentFromWire(wire: WirePayment): Payment {
  return {
    id: wire.id,
    type: wire.type,
    amount: minor(wire.amount, wire.currency),
    status: wire.status,
    description: wire.description ?? null,
    createdAt: wire.created_at,
  };
}

export function portalSessionFromWire(wire: WirePortalSession): PortalSession {
  return { url: wire.url, expiresAt: wire.expires_at };
}

export function pricingFromWire(wire: WirePricing): Pricing {
  const currency = wire.currency.toLowerCase();
  const per = wire.per_credit;
  return {
    currency,
    provider: wire.provider,
    tiers: wire.tiers.map((t) => ({ id: t.id, credits: creditsFromWire(t.credits), amount: minor(t.amount, currency) })),
    perCredit: per
      ? { amount: minor(per.amount, currency), minCredits: creditsFromWire(per.min_credits), maxCredits: creditsFromWire(per.max_credits) }
      : null,
  };
}

export function checkoutFromWire(wire: WireCheckout): Checkout {
  return {
    id: wire.id,
    status: wire.status,
    redirectUrl: wire.redirect_url ?? null,
    credits: creditsFromWire(wire.credits),
    amount: minor(wire.amount, wire.currency),
    createdAt: wire.created_at,
  };
}

export function assistSessionFromWire(wire: WireAssistSession): AssistSession {
  return { sessionId: wire.session_id, subOrgId: wire.sub_org_id, role: wire.role, expiresAt: wire.expires_at, url: wire.url ?? null };
}

// ── domain → wire (request bodies). Merge patches: a key left undefined is not sent.

type WireObject = Record<string, unknown>;

function compact(entries: Array<[string, unknown]>): WireObject {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** Partial flags in wire spelling. */
export function featuresToWire(features: Partial<Features>): WireObject {
  return compact(Object.entries(features).map(([key, value]) => [camelToSnake(key), value]));
}

function configToWire(config: Partial<OrgConfig>): WireObject {
  const access = config.access ? compact(Object.entries(config.access).map(([key, value]) => [camelToSnake(key), value])) : undefined;
  return compact([
    ['email', config.email],
    ['address', config.address],
    ['terms_url', config.termsUrl],
    ['privacy_url', config.privacyUrl],
    ['access', access],
    // Module names are the server's own keys: sent as they came.
    ['modules', config.modules],
  ]);
}

export function subOrgPatchToWire(patch: SubOrgPatch): WireObject {
  return compact([
    ['name', patch.name],
    ['features', patch.features ? featuresToWire(patch.features) : undefined],
    ['config', patch.config ? configToWire(patch.config) : undefined],
    ['logo_url', patch.logoUrl],
  ]);
}

export function billingPatchToWire(patch: BillingPatch): WireObject {
  const ar = patch.autoRecharge;
  const cap = patch.spendingCap;
  return compact([
    [
      'auto_recharge',
      ar &&
        compact([
          ['enabled', ar.enabled],
          ['recharge_threshold', ar.rechargeThreshold === undefined ? undefined : creditsToWire(ar.rechargeThreshold)],
          ['recharge_amount', ar.rechargeAmount === undefined ? undefined : creditsToWire(ar.rechargeAmount)],
        ]),
    ],
    [
      'spending_cap',
      cap &&
        compact([
          ['enabled', cap.enabled],
          // Invent takes major units of the sub-org's billing currency.
          ['amount', cap.amount === undefined ? undefined : moneyToWire(cap.amount)],
        ]),
    ],
    ['use_parent_balance', patch.useParentBalance],
  ]);
}

export function accountToWire(account: NewAccount): WireObject {
  return compact([
    ['first_name', account.firstName],
    ['last_name', account.lastName],
    ['email', account.email],
    ['business_name', account.businessName],
    ['address', account.address],
    ['description', account.description],
  ]);
}
