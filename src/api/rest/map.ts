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

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** A wire object's fields under domain names; what the wire may leave out (absent or null) is `null`. */
type Camelized<W> = { [K in keyof W as CamelCase<K & string>]-?: undefined extends W[K] ? Exclude<W[K], undefined> | null : W[K] };

/**
 * The fields named in `keys`, camelCased, with `null` for what the wire left out: the
 * generic part of every mapping. Amounts, defaults and nested objects are mapped by hand.
 */
function camelize<W extends object, K extends keyof W & string>(wire: W, keys: readonly K[]): Camelized<Pick<W, K>> {
  return Object.fromEntries(keys.map((key) => [snakeToCamel(key), wire[key] ?? null])) as Camelized<Pick<W, K>>;
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
    paymentMethod: pm ? { ...camelize(pm, ['type', 'payment_method_id', 'brand', 'last4', 'failed_at', 'failed_message']), inactive: pm.inactive ?? false } : null,
    ...camelize(wire, ['last_low_balance_notification_at', 'last_out_of_balance_notification_at', 'last_spending_cap_notification_at']),
  };
}

export function orgDetailFromWire(wire: WireOrgDetail): OrgDetail {
  const billing = billingFromWire(wire.billing);
  return {
    ...camelize(wire, ['id', 'name', 'type', 'plan', 'promo_balance_reset_at', 'logo_url', 'created_at', 'updated_at', 'role', 'parent_org']),
    verified: wire.verified ?? false,
    disabled: wire.disabled ?? false,
    deleted: wire.deleted ?? false,
    balance: creditsFromWire(wire.balance),
    promoBalance: creditsFromWire(wire.promo_balance ?? 0),
    billing,
    spendingCapUsed: moneyFromWire(wire.spending_cap_used ?? 0, billing.currency),
    features: featuresFromWire(wire.features),
    config: configFromWire(wire.config),
    limits: { subOrgs: wire.limits?.sub_orgs ?? null },
    subOrgCount: wire.sub_org_count ?? 0,
  };
}

export function subOrgSummaryFromWire(wire: WireSubOrgSummary): SubOrgSummary {
  const billing = billingFromWire(wire.billing);
  return {
    ...camelize(wire, ['id', 'name', 'logo_url', 'plan', 'created_at', 'updated_at']),
    balance: creditsFromWire(wire.balance),
    promoBalance: creditsFromWire(wire.promo_balance ?? 0),
    billing,
    members: (wire.members ?? []).map((m) => camelize(m, ['id', 'name', 'email', 'avatar', 'role'])),
    spendingCapUsed: moneyFromWire(wire.spending_cap_used ?? 0, billing.currency),
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
  return camelize(wire, ['id', 'name', 'email', 'avatar', 'role', 'status', 'org_id', 'user_id', 'created_at', 'updated_at', 'seen_at']);
}

export function inviteFromWire(wire: WireInvite): Invite {
  return camelize(wire, ['id', 'email', 'role', 'status', 'created_at', 'expires_at']);
}

export function usageRowFromWire(wire: WireUsageRow): UsageRow {
  return {
    ...camelize(wire, ['org_id', 'org_name', 'event_name', 'date']),
    amountCredits: creditsFromWire(wire.amount_credits),
    amountMonetary: moneyFromWire(wire.amount_monetary, wire.currency ?? DEFAULT_CURRENCY),
  };
}

export function transactionFromWire(wire: WireTransaction): Transaction {
  return {
    ...camelize(wire, ['id', 'org_id', 'org_name', 'reason', 'contact_name', 'campaign_name', 'created_at']),
    amountCredits: creditsFromWire(wire.amount_credits),
    customKeysUsed: wire.custom_keys_used ?? 0,
  };
}

export function paymentFromWire(wire: WirePayment): Payment {
  return { ...camelize(wire, ['id', 'type', 'status', 'description', 'created_at']), amount: minor(wire.amount, wire.currency) };
}

export function portalSessionFromWire(wire: WirePortalSession): PortalSession {
  return camelize(wire, ['url', 'expires_at']);
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
    ...camelize(wire, ['id', 'status', 'redirect_url', 'created_at']),
    credits: creditsFromWire(wire.credits),
    amount: minor(wire.amount, wire.currency),
  };
}

export function assistSessionFromWire(wire: WireAssistSession): AssistSession {
  return camelize(wire, ['session_id', 'sub_org_id', 'role', 'expires_at', 'url']);
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
