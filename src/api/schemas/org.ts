// OrgDetail, SubOrgSummary and the objects inside them (DESIGN §4 "Objects").
import { ORG_TYPES, ROLES } from '../types.js';
import { listOf, maybe, oneOf, recordOf, wireCount, wireCredits, wireCurrency, wireDate, wireId, wireMajor } from './common.js';
import * as z from './zod.js';

/** Every flag optional: a flag the wire leaves out is off. Unknown flags are dropped. */
export const wireFeatures = z.object({
  enterprise: z.optional(z.boolean()),
  allow_overdraft: z.optional(z.boolean()),
  workflows: z.optional(z.boolean()),
  broadcasts: z.optional(z.boolean()),
  enable_japifon: z.optional(z.boolean()),
  custom_domain: z.optional(z.boolean()),
  slack_access: z.optional(z.boolean()),
});

/** `access` is open-ended (`…` in DESIGN): extra keys are kept. */
export const wireAccess = z.looseObject({
  session_ttl_seconds: maybe(z.number()),
  allow_invites: z.optional(z.boolean()),
});

export const wireConfig = z.object({
  email: maybe(z.string()),
  address: maybe(z.string()),
  terms_url: maybe(z.string()),
  privacy_url: maybe(z.string()),
  access: maybe(wireAccess),
  modules: maybe(recordOf<boolean>('boolean')),
});

export const wireAutoRecharge = z.object({
  enabled: z.boolean(),
  recharge_threshold: wireCredits,
  recharge_amount: wireCredits,
});

export const wireSpendingCap = z.object({
  enabled: z.boolean(),
  amount: wireMajor,
  reset_at: maybe(wireDate),
});

export const wirePaymentMethod = z.object({
  type: z.string(),
  payment_method_id: z.string(),
  brand: maybe(z.string()),
  last4: maybe(z.string()),
  inactive: z.optional(z.boolean()),
  failed_at: maybe(wireDate),
  failed_message: maybe(z.string()),
});

export const wireBilling = z.object({
  /** Default `usd` (DESIGN §4). */
  currency: maybe(wireCurrency),
  auto_recharge: wireAutoRecharge,
  use_parent_balance: z.boolean(),
  spending_cap: wireSpendingCap,
  payment_method: maybe(wirePaymentMethod),
  last_low_balance_notification_at: maybe(wireDate),
  last_out_of_balance_notification_at: maybe(wireDate),
  last_spending_cap_notification_at: maybe(wireDate),
});

export const wireOrgDetail = z.object({
  id: wireId,
  name: z.string(),
  verified: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  deleted: z.optional(z.boolean()),
  type: oneOf(ORG_TYPES),
  plan: z.string(),
  balance: wireCredits,
  promo_balance: maybe(wireCredits),
  promo_balance_reset_at: maybe(wireDate),
  billing: wireBilling,
  logo_url: maybe(z.string()),
  created_at: wireDate,
  updated_at: wireDate,
  spending_cap_used: maybe(wireMajor),
  role: maybe(oneOf(ROLES)),
  features: maybe(wireFeatures),
  config: maybe(wireConfig),
  parent_org: maybe(wireId),
  limits: maybe(z.object({ sub_orgs: maybe(wireCount) })),
  sub_org_count: maybe(wireCount),
});

export const wireMemberSummary = z.object({
  id: wireId,
  name: z.string(),
  email: z.string(),
  avatar: maybe(z.string()),
  role: oneOf(ROLES),
});

/** A list row's fields; the create answer adds one (a shape, not `z.extend`: lighter). */
const subOrgSummaryShape = {
  id: wireId,
  name: z.string(),
  logo_url: maybe(z.string()),
  plan: z.string(),
  balance: wireCredits,
  promo_balance: maybe(wireCredits),
  billing: wireBilling,
  members: maybe(listOf(wireMemberSummary)),
  spending_cap_used: maybe(wireMajor),
  created_at: wireDate,
  updated_at: wireDate,
  features: maybe(wireFeatures),
  config: maybe(wireConfig),
};

export const wireSubOrgSummary = z.object(subOrgSummaryShape);

/** The create answer: a row plus the generated password, sent once. */
export const wireCreatedSubOrg = z.object({
  ...subOrgSummaryShape,
  initial_password: maybe(z.string()),
});

export type WireFeatures = z.infer<typeof wireFeatures>;
export type WireConfig = z.infer<typeof wireConfig>;
export type WireBilling = z.infer<typeof wireBilling>;
export type WireOrgDetail = z.infer<typeof wireOrgDetail>;
export type WireSubOrgSummary = z.infer<typeof wireSubOrgSummary>;
export type WireCreatedSubOrg = z.infer<typeof wireCreatedSubOrg>;
