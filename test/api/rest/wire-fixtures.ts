// Valid wire objects (DESIGN §4 spelling) for schema and adapter unit tests.

export function wireBilling(overrides: Record<string, unknown> = {}) {
  return {
    currency: 'usd',
    auto_recharge: { enabled: true, recharge_threshold: 10.5, recharge_amount: 100 },
    use_parent_balance: false,
    spending_cap: { enabled: true, amount: 250.75, reset_at: '2026-12-01T00:00:00.000Z' },
    payment_method: { type: 'card', payment_method_id: 'pm_1', brand: 'visa', last4: '4242', inactive: false, failed_at: null, failed_message: null },
    last_low_balance_notification_at: null,
    last_out_of_balance_notification_at: null,
    last_spending_cap_notification_at: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

const features = { enterprise: true, allow_overdraft: false, workflows: true, broadcasts: false, enable_japifon: false, custom_domain: true, slack_access: false };
const config = {
  email: 'ops@client.test',
  address: null,
  terms_url: 'https://client.test/terms',
  privacy_url: null,
  access: { session_ttl_seconds: 3600, allow_invites: true, sso_only: false },
  modules: { inbox: true, reports: false },
};

export function wireSubOrg(overrides: Record<string, unknown> = {}) {
  return {
    id: 'org_0001',
    name: 'Acme <b>bold</b>',
    logo_url: null,
    plan: 'pro',
    balance: 1234.56,
    promo_balance: 0,
    billing: wireBilling(),
    members: [{ id: 'm1', name: 'Ann', email: 'ann@acme.test', avatar: null, role: 'ADMIN' }],
    spending_cap_used: 12.3,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-02T00:00:00.000Z',
    features,
    config,
    ...overrides,
  };
}

export function wireOrgDetail(overrides: Record<string, unknown> = {}) {
  return {
    id: 'org_0001',
    name: 'Acme',
    verified: true,
    disabled: false,
    deleted: false,
    type: 'TEAM',
    plan: 'pro',
    balance: 99.99,
    promo_balance: 5,
    promo_balance_reset_at: null,
    billing: wireBilling(),
    logo_url: 'https://cdn.test/logo.png',
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-02T00:00:00.000Z',
    spending_cap_used: 0.5,
    role: 'ADMIN',
    features,
    config,
    parent_org: 'org_agency',
    limits: { sub_orgs: null },
    sub_org_count: 0,
    ...overrides,
  };
}

export function wireMember(overrides: Record<string, unknown> = {}) {
  return {
    id: 'mem_1',
    name: 'Ann',
    email: 'ann@acme.test',
    avatar: null,
    role: 'STAFF',
    status: 'ACTIVE',
    org_id: 'org_0001',
    user_id: 'usr_1',
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    seen_at: null,
    ...overrides,
  };
}

export const wireInvite = { id: 'inv_1', email: 'new@acme.test', role: 'MANAGER', status: 'PENDING', created_at: '2026-01-01T00:00:00Z', expires_at: '2026-01-08T00:00:00Z' };
export const wireUsageRow = { org_id: 'org_0001', org_name: 'Acme', event_name: 'sms', amount_credits: 1.25, amount_monetary: 0.13, date: '2026-01-01' };
export const wireTransaction = {
  id: 'tx_1',
  org_id: 'org_0001',
  org_name: 'Acme',
  amount_credits: -3.5,
  reason: 'refund',
  contact_name: null,
  campaign_name: 'Spring',
  custom_keys_used: 2,
  created_at: '2026-01-01T00:00:00Z',
};
export const wirePayment = { id: 'pay_1', type: 'charge', amount: 1999, currency: 'usd', status: 'succeeded', description: null, created_at: '2026-01-01T00:00:00Z' };
export const wirePricing = {
  currency: 'jpy',
  provider: 'stripe',
  tiers: [{ id: 'tier_s', credits: 100, amount: 1500 }],
  per_credit: { amount: 16, min_credits: 10, max_credits: 10000 },
};
export const wireCheckout = { id: 'co_1', status: 'open', redirect_url: 'https://checkout.test/co_1', credits: 100, amount: 1500, currency: 'jpy', created_at: '2026-01-01T00:00:00Z' };
export const wireAssist = { session_id: 's1', sub_org_id: 'org_0001', role: 'STAFF', expires_at: '2026-01-01T01:00:00Z', url: null };
export const wirePortal = { url: 'https://billing.test/p/1', expires_at: '2026-01-01T01:00:00Z' };
