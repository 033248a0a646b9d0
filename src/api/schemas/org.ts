// OrgDetail, SubOrgSummary and the objects inside them (DESIGN §4 "Objects").
import { ORG_TYPES, ROLES } from '../types.js';
import {
  listOf,
  maybe,
  openObject,
  oneOf,
  or,
  recordOf,
  wireBoolean,
  wireCount,
  wireCredits,
  wireCurrency,
  wireDate,
  wireFlag,
  wireId,
  wireMajor,
  wireNumber,
  wireString,
} from './common.js';
import * as z from './zod.js';

/** Every flag optional: a flag the wire leaves out is off. Unknown flags are dropped. */
export const wireFeatures = z.object({
  enterprise: wireFlag,
  allow_overdraft: wireFlag,
  workflows: wireFlag,
  broadcasts: wireFlag,
  enable_japifon: wireFlag,
  custom_domain: wireFlag,
  slack_access: wireFlag,
});

/** `access` is open-ended (`…` in DESIGN): extra keys are kept. */
export const wireAccess = openObject({
  session_ttl_seconds: maybe(wireNumber),
  allow_invites: wireFlag,
});

export const wireConfig = z.object({
  email: maybe(wireString),
  address: maybe(wireString),
  terms_url: maybe(wireString),
  privacy_url: maybe(wireString),
  access: or(wireAccess, {}),
  /** Module names are the server's own keys: kept as they are. */
  modules: or(recordOf<boolean>('boolean'), {}),
});

export const wireAutoRecharge = z.object({
  enabled: wireBoolean,
  recharge_threshold: wireCredits,
  recharge_amount: wireCredits,
});

export const wireSpendingCap = z.object({
  enabled: wireBoolean,
  amount: wireMajor,
  reset_at: maybe(wireDate),
});

export const wirePaymentMethod = z.object({
  type: wireString,
  payment_method_id: wireString,
  brand: maybe(wireString),
  last4: maybe(wireString),
  inactive: wireFlag,
  failed_at: maybe(wireDate),
  failed_message: maybe(wireString),
});

export const wireBilling = z.object({
  /** Default `usd` (DESIGN §4). */
  currency: or(wireCurrency, 'usd'),
  auto_recharge: wireAutoRecharge,
  use_parent_balance: wireBoolean,
  spending_cap: wireSpendingCap,
  payment_method: maybe(wirePaymentMethod),
  last_low_balance_notification_at: maybe(wireDate),
  last_out_of_balance_notification_at: maybe(wireDate),
  last_spending_cap_notification_at: maybe(wireDate),
});

/** Fields a full org and a list row share. */
const orgShape = {
  id: wireId,
  name: wireString,
  logo_url: maybe(wireString),
  plan: wireString,
  balance: wireCredits,
  promo_balance: or(wireCredits, 0),
  billing: wireBilling,
  spending_cap_used: or(wireMajor, 0),
  created_at: wireDate,
  updated_at: wireDate,
  features: or(wireFeatures, {}),
  config: or(wireConfig, {}),
};

export const wireOrgDetail = z.object({
  ...orgShape,
  verified: wireFlag,
  disabled: wireFlag,
  deleted: wireFlag,
  type: oneOf(ORG_TYPES),
  promo_balance_reset_at: maybe(wireDate),
  role: maybe(oneOf(ROLES)),
  parent_org: maybe(wireId),
  limits: or(z.object({ sub_orgs: maybe(wireCount) }), {}),
  sub_org_count: or(wireCount, 0),
});

export const wireMemberSummary = z.object({
  id: wireId,
  name: wireString,
  email: wireString,
  avatar: maybe(wireString),
  role: oneOf(ROLES),
});

/** A list row's fields; the create answer adds one (a shape, not `z.extend`: lighter). */
const subOrgSummaryShape = { ...orgShape, members: or(listOf(wireMemberSummary), []) };

export const wireSubOrgSummary = z.object(subOrgSummaryShape);

/** The create answer: a row plus the generated password, sent once (absent: no domain key). */
export const wireCreatedSubOrg = z.object({
  ...subOrgSummaryShape,
  initial_password: or(wireString, undefined),
});

export type WireFeatures = z.infer<typeof wireFeatures>;
export type WireConfig = z.infer<typeof wireConfig>;
export type WireBilling = z.infer<typeof wireBilling>;
export type WireOrgDetail = z.infer<typeof wireOrgDetail>;
export type WireSubOrgSummary = z.infer<typeof wireSubOrgSummary>;
export type WireCreatedSubOrg = z.infer<typeof wireCreatedSubOrg>;
