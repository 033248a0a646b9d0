// Domain objects for billing tests.
import type { Billing, ListResult, OrgDetail, Payment } from '../../../../src/api/types.js';

const FEATURES = { enterprise: true, allowOverdraft: false, workflows: true, broadcasts: true, enableJapifon: false, customDomain: true, slackAccess: false };

export function makeBilling(over: Partial<Billing> = {}): Billing {
  const currency = over.currency ?? 'usd';
  return {
    currency,
    autoRecharge: { enabled: true, rechargeThreshold: 5000, rechargeAmount: 20000 },
    useParentBalance: true,
    spendingCap: { enabled: true, amount: { amount: 10000, currency }, resetAt: '2026-12-01T00:00:00.000Z' },
    paymentMethod: { type: 'card', paymentMethodId: 'pm_1', brand: 'visa', last4: '4242', inactive: false, failedAt: null, failedMessage: null },
    lastLowBalanceNotificationAt: null,
    lastOutOfBalanceNotificationAt: null,
    lastSpendingCapNotificationAt: null,
    ...over,
  };
}

export function makeOrg(over: Partial<OrgDetail> = {}, billing: Partial<Billing> = {}): OrgDetail {
  const b = makeBilling(billing);
  return {
    id: 'sub_1',
    name: 'Acme Dental',
    verified: true,
    disabled: false,
    deleted: false,
    type: 'TEAM',
    plan: 'Growth',
    balance: 123450,
    promoBalance: 1000,
    promoBalanceResetAt: '2026-12-15T00:00:00.000Z',
    billing: b,
    logoUrl: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    spendingCapUsed: { amount: 2500, currency: b.currency },
    role: 'ADMIN',
    features: FEATURES,
    config: { email: null, address: null, termsUrl: null, privacyUrl: null, access: { sessionTtlSeconds: null, allowInvites: true }, modules: {} },
    parentOrg: 'org_agency',
    limits: { subOrgs: null },
    subOrgCount: 0,
    ...over,
  };
}

export function makeParent(over: Partial<OrgDetail> = {}): OrgDetail {
  return makeOrg({ id: 'org_agency', name: 'Northwind Digital', parentOrg: null, balance: 2500000, limits: { subOrgs: 50 }, subOrgCount: 25, ...over });
}

export function makePayment(i: number, over: Partial<Payment> = {}): Payment {
  return {
    id: `pay_${i}`,
    type: 'charge',
    amount: { amount: 1000 + i, currency: 'usd' },
    status: 'succeeded',
    description: null,
    createdAt: new Date(Date.UTC(2026, 10, 20 - i)).toISOString(),
    ...over,
  };
}

export function page<T>(items: T[], total = items.length, pageNo = 1, take = 10): ListResult<T> {
  return { items, total, page: pageNo, take };
}
