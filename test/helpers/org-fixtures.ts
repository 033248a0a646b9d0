// Plain domain-object builders (SubOrgSummary, OrgDetail, Billing, Features) for any test: no adapter involved.
import type { Billing, Features, OrgConfig, OrgDetail, Role, SubOrgSummary } from '../../src/api/types.js';

export const NO_FEATURES: Features = {
  enterprise: false,
  allowOverdraft: false,
  workflows: false,
  broadcasts: false,
  enableJapifon: false,
  customDomain: false,
  slackAccess: false,
};

export function billing(over: Partial<Billing> = {}): Billing {
  return {
    currency: 'usd',
    autoRecharge: { enabled: false, rechargeThreshold: 0, rechargeAmount: 0 },
    useParentBalance: true,
    spendingCap: { enabled: false, amount: { amount: 0, currency: 'usd' }, resetAt: null },
    paymentMethod: null,
    lastLowBalanceNotificationAt: null,
    lastOutOfBalanceNotificationAt: null,
    lastSpendingCapNotificationAt: null,
    ...over,
  };
}

export function config(): OrgConfig {
  return { email: null, address: null, termsUrl: null, privacyUrl: null, access: { sessionTtlSeconds: null, allowInvites: true }, modules: {} };
}

export function subOrg(i: number, over: Partial<SubOrgSummary> = {}): SubOrgSummary {
  return {
    id: `so_${i}`,
    name: `Client ${String(i).padStart(6, '0')}`,
    logoUrl: null,
    plan: 'pro',
    balance: (i * 7919) % 100_000,
    promoBalance: 0,
    billing: billing(),
    members: [],
    spendingCapUsed: { amount: 0, currency: 'usd' },
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    updatedAt: '2024-01-01T00:00:00.000Z',
    features: { ...NO_FEATURES },
    config: config(),
    ...over,
  };
}

export function subOrgs(n: number, from = 0): SubOrgSummary[] {
  return Array.from({ length: n }, (_, k) => subOrg(from + k));
}

export function parentOrg(over: Partial<OrgDetail> = {}, role: Role = 'ADMIN'): OrgDetail {
  return {
    id: 'org_parent',
    name: 'Parent Agency',
    verified: true,
    disabled: false,
    deleted: false,
    type: 'TEAM',
    plan: 'agency',
    balance: 100_000,
    promoBalance: 0,
    promoBalanceResetAt: null,
    billing: billing(),
    logoUrl: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    spendingCapUsed: { amount: 0, currency: 'usd' },
    role,
    features: { ...NO_FEATURES, workflows: true, broadcasts: true },
    config: config(),
    parentOrg: null,
    limits: { subOrgs: null },
    subOrgCount: 0,
    ...over,
  };
}
