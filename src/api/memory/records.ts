// What the in-memory backend stores. Scalars that are not amounts keep their wire (snake_case)
// shape; amounts are integers (credits in hundredths, money in minor units) and become
// wire decimals only in serialize.ts.
// Writes replace an org's nested objects and arrays (billing, features, config, members,
// invites) instead of mutating them: the generator shares frozen ones between orgs.
import type { CheckoutStatus, OrgType, Role } from '../types.js';

/** Feature flags in wire spelling (DESIGN §4). */
export const WIRE_FEATURE_KEYS = ['enterprise', 'allow_overdraft', 'workflows', 'broadcasts', 'enable_japifon', 'custom_domain', 'slack_access'] as const;
export type WireFeatureKey = (typeof WIRE_FEATURE_KEYS)[number];
export type WireFeatures = Record<WireFeatureKey, boolean>;

export interface PaymentMethodRecord {
  type: string;
  payment_method_id: string;
  brand: string | null;
  last4: string | null;
  inactive: boolean;
  failed_at: string | null;
  failed_message: string | null;
}

export interface BillingRecord {
  currency: string;
  autoRecharge: { enabled: boolean; threshold: number; amount: number };
  useParentBalance: boolean;
  /** `amount` in minor units of `currency`. */
  spendingCap: { enabled: boolean; amount: number; resetAt: string | null };
  paymentMethod: PaymentMethodRecord | null;
  lastLowBalanceNotificationAt: string | null;
  lastOutOfBalanceNotificationAt: string | null;
  lastSpendingCapNotificationAt: string | null;
}

/** Wire shape; free-form beyond the documented keys (merge-patched as JSON). */
export interface ConfigRecord {
  email: string | null;
  address: string | null;
  terms_url: string | null;
  privacy_url: string | null;
  access: { session_ttl_seconds: number | null; allow_invites: boolean; [key: string]: unknown };
  modules: Record<string, boolean>;
  [key: string]: unknown;
}

export interface MemberRecord {
  id: string;
  name: string;
  email: string;
  avatar: string | null;
  role: Role;
  status: 'ACTIVE' | 'SUSPENDED';
  user_id: string;
  created_at: string;
  updated_at: string;
  seen_at: string | null;
}

/** Status is derived from `expires_at` at read time. */
export interface InviteRecord {
  id: string;
  email: string;
  role: Role;
  created_at: string;
  expires_at: string;
}

export interface PaymentRecord {
  id: string;
  type: string;
  /** Minor units. */
  amount: number;
  currency: string;
  status: string;
  description: string | null;
  created_at: string;
}

export interface OrgRecord {
  id: string;
  name: string;
  /** Lowercased name, kept in step with `name` for search. */
  nameKey: string;
  verified: boolean;
  disabled: boolean;
  deleted: boolean;
  type: OrgType;
  plan: string;
  /** Hundredths of a credit. */
  balance: number;
  promoBalance: number;
  promoBalanceResetAt: string | null;
  billing: BillingRecord;
  logoUrl: string | null;
  createdAt: string;
  updatedAt: string;
  /** Minor units of `billing.currency`. */
  spendingCapUsed: number;
  features: WireFeatures;
  config: ConfigRecord;
  parentOrg: string | null;
  subOrgLimit: number | null;
  members: MemberRecord[];
  invites: InviteRecord[];
  /** null until first read: generated orgs get deterministic history lazily. */
  payments: PaymentRecord[] | null;
}

export interface TransactionRecord {
  id: string;
  /** The org whose pool paid (the parent), for filtering per agency. */
  poolOrgId: string;
  org_id: string;
  org_name: string;
  /** Hundredths; positive = credited to the sub-org. */
  amount: number;
  reason: string;
  contact_name: string | null;
  campaign_name: string | null;
  custom_keys_used: number;
  created_at: string;
}

export interface CheckoutRecord {
  id: string;
  /** The org in the path (whose pricing applies). */
  orgId: string;
  /** Who receives the credits. */
  targetOrgId: string;
  status: CheckoutStatus;
  credits: number;
  amount: number;
  currency: string;
  createdAt: string;
  successUrl: string | null;
  cancelUrl: string | null;
  /** Set when the credits were added, so a repeated `succeeded` never adds twice. */
  credited: boolean;
}

export function emptyFeatures(): WireFeatures {
  return { enterprise: false, allow_overdraft: false, workflows: false, broadcasts: false, enable_japifon: false, custom_domain: false, slack_access: false };
}

export function defaultConfig(): ConfigRecord {
  return {
    email: null,
    address: null,
    terms_url: null,
    privacy_url: null,
    access: { session_ttl_seconds: 86_400, allow_invites: true },
    modules: { inbox: true, campaigns: true, reports: true },
  };
}

export function defaultBilling(currency = 'usd'): BillingRecord {
  return {
    currency,
    autoRecharge: { enabled: false, threshold: 0, amount: 0 },
    useParentBalance: true,
    spendingCap: { enabled: false, amount: 0, resetAt: null },
    paymentMethod: null,
    lastLowBalanceNotificationAt: null,
    lastOutOfBalanceNotificationAt: null,
    lastSpendingCapNotificationAt: null,
  };
}
