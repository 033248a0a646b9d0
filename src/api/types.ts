// Domain types: camelCase, validated once at the adapter boundary (DESIGN §4, §5).
// Credits are integer hundredths of a credit (`CreditAmount`); money is integer minor
// units with a lowercase ISO currency (`Money`). No float ever carries an amount.

/** Integer hundredths of a credit: 12.34 credits is `1234`. */
export type CreditAmount = number;

/** Integer minor units of `currency` (lowercase ISO 4217): ¥500 is `{ amount: 500, currency: 'jpy' }`. */
export interface Money {
  amount: number;
  currency: string;
}

export const ROLES = ['ADMIN', 'DEVELOPER', 'MANAGER', 'STAFF'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = ['PERSONAL', 'TEAM'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const MEMBER_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const INVITE_STATUSES = ['PENDING', 'EXPIRED'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/** Feature flags, in domain spelling. Wire: enterprise, allow_overdraft, workflows, … */
export const FEATURE_KEYS = ['enterprise', 'allowOverdraft', 'workflows', 'broadcasts', 'enableJapifon', 'customDomain', 'slackAccess'] as const;
export type FeatureKey = (typeof FEATURE_KEYS)[number];
export type Features = Record<FeatureKey, boolean>;

export const USAGE_INTERVALS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type UsageInterval = (typeof USAGE_INTERVALS)[number];

export const SUB_ORG_SORTS = ['name', '-name', 'balance', '-balance', 'created_at', '-created_at'] as const;
export type SubOrgSort = (typeof SUB_ORG_SORTS)[number];

export const CHECKOUT_STATUSES = ['open', 'pending', 'succeeded', 'failed', 'expired'] as const;
export type CheckoutStatus = (typeof CHECKOUT_STATUSES)[number];

/** ISO 8601 timestamp string, as the wire sends it. */
export type IsoDate = string;

export interface AutoRecharge {
  enabled: boolean;
  rechargeThreshold: CreditAmount;
  rechargeAmount: CreditAmount;
}

export interface SpendingCap {
  enabled: boolean;
  /** In `billing.currency`. */
  amount: Money;
  resetAt: IsoDate | null;
}

export interface PaymentMethod {
  type: string;
  paymentMethodId: string;
  brand: string | null;
  last4: string | null;
  inactive: boolean;
  failedAt: IsoDate | null;
  failedMessage: string | null;
}

export interface Billing {
  currency: string;
  autoRecharge: AutoRecharge;
  /** true: credits come from the agency pool ("manual mode"); false: the sub-org buys its own ("reselling mode"). */
  useParentBalance: boolean;
  spendingCap: SpendingCap;
  paymentMethod: PaymentMethod | null;
  lastLowBalanceNotificationAt: IsoDate | null;
  lastOutOfBalanceNotificationAt: IsoDate | null;
  lastSpendingCapNotificationAt: IsoDate | null;
}

export interface OrgAccess {
  sessionTtlSeconds: number | null;
  allowInvites: boolean;
  [key: string]: unknown;
}

export interface OrgConfig {
  email: string | null;
  address: string | null;
  termsUrl: string | null;
  privacyUrl: string | null;
  access: OrgAccess;
  modules: Record<string, boolean>;
}

export interface OrgDetail {
  id: string;
  name: string;
  verified: boolean;
  disabled: boolean;
  deleted: boolean;
  type: OrgType;
  plan: string;
  balance: CreditAmount;
  promoBalance: CreditAmount;
  promoBalanceResetAt: IsoDate | null;
  billing: Billing;
  logoUrl: string | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  /** This period's spend, in `billing.currency`. */
  spendingCapUsed: Money;
  /** The caller's role in this org (null when the caller is not a member). */
  role: Role | null;
  features: Features;
  config: OrgConfig;
  /** The parent org's id; null for a top-level or detached org. */
  parentOrg: string | null;
  limits: { subOrgs: number | null };
  subOrgCount: number;
}

export interface MemberSummary {
  id: string;
  name: string;
  email: string;
  avatar: string | null;
  role: Role;
}

export interface SubOrgSummary {
  id: string;
  name: string;
  logoUrl: string | null;
  plan: string;
  balance: CreditAmount;
  promoBalance: CreditAmount;
  billing: Billing;
  members: MemberSummary[];
  spendingCapUsed: Money;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  features: Features;
  config: OrgConfig;
}

/** The answer to a create: the row, plus a generated password shown once (sub-account mode). */
export interface CreatedSubOrg extends SubOrgSummary {
  initialPassword?: string;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  avatar: string | null;
  role: Role;
  status: MemberStatus;
  orgId: string;
  userId: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  seenAt: IsoDate | null;
}

export interface Invite {
  id: string;
  email: string;
  role: Role;
  status: InviteStatus;
  createdAt: IsoDate;
  expiresAt: IsoDate;
}

export interface UsageRow {
  orgId: string;
  orgName: string;
  eventName: string;
  amountCredits: CreditAmount;
  /** Wire `amount_monetary` in the row's `currency` (an extension; defaults to usd). */
  amountMonetary: Money;
  date: IsoDate;
}

export interface Transaction {
  id: string;
  orgId: string;
  orgName: string;
  amountCredits: CreditAmount;
  reason: string;
  contactName: string | null;
  campaignName: string | null;
  customKeysUsed: number;
  createdAt: IsoDate;
}

export interface Payment {
  id: string;
  type: string;
  amount: Money;
  status: string;
  description: string | null;
  createdAt: IsoDate;
}

export interface PricingTier {
  id: string;
  credits: CreditAmount;
  amount: Money;
}

export interface Pricing {
  currency: string;
  provider: 'stripe' | 'webhook';
  tiers: PricingTier[];
  /** Price of one credit (`amount`), and the bounds of a custom purchase in credits. */
  perCredit: { amount: Money; minCredits: CreditAmount; maxCredits: CreditAmount } | null;
}

export interface Checkout {
  id: string;
  status: CheckoutStatus;
  redirectUrl: string | null;
  credits: CreditAmount;
  amount: Money;
  createdAt: IsoDate;
}

export interface AssistSession {
  sessionId: string;
  subOrgId: string;
  role: Role;
  expiresAt: IsoDate;
  url: string | null;
}

export interface PortalSession {
  url: string;
  expiresAt: IsoDate;
}

/** A list item that failed validation: it stands in its place, the rest of the page is kept. */
export interface InvalidItem {
  invalid: true;
  id: string | null;
  issues: string[];
}

export interface ListResult<T> {
  items: Array<T | InvalidItem>;
  /** From `pagination-count`. */
  total: number;
  page: number;
  take: number;
}

export function isInvalid<T>(item: T | InvalidItem): item is InvalidItem {
  return typeof item === 'object' && item !== null && (item as InvalidItem).invalid === true;
}
