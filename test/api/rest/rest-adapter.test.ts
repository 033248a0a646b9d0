import { expect } from '@open-wc/testing';
import type { AdapterChange, AdapterChangeEvent } from '../../../src/api/adapter.js';
import { createRestAdapter } from '../../../src/api/rest/rest-adapter.js';
import { onAdapterRetry } from '../../../src/api/rest/retry-event.js';
import type { AdapterRetryEvent, RetryInfo } from '../../../src/api/rest/retry-event.js';
import { isInvalid } from '../../../src/api/types.js';
import { fakeFetch, json } from './fake-fetch.js';
import type { Answer } from './fake-fetch.js';
import * as f from './wire-fixtures.js';
import { apiError } from '../../helpers/rejections.js';

function setup(...answers: Answer[]) {
  const { fetch, seen } = fakeFetch(...answers);
  const adapter = createRestAdapter({ baseUrl: 'https://api.test/v1', fetch, getToken: () => 't' });
  const changes: AdapterChange[] = [];
  adapter.addEventListener('change', (e) => changes.push((e as AdapterChangeEvent).change));
  return { adapter, seen, changes };
}

const pageHeaders = { 'pagination-count': '41', 'pagination-page': '2', 'pagination-take': '20' };

describe('rest adapter: reading', () => {
  it('maps an org to domain units: credits in hundredths, Invent money to minor units of billing.currency', async () => {
    const { adapter, seen } = setup(json(200, f.wireOrgDetail({ billing: f.wireBilling({ currency: 'JPY', spending_cap: { enabled: true, amount: 5000, reset_at: null } }), spending_cap_used: 12 })));
    const org = await adapter.getOrg({ orgId: 'org agency' });
    expect(seen[0]!.url).to.equal('https://api.test/v1/orgs/org%20agency');
    expect(org.balance).to.equal(9999);
    expect(org.promoBalance).to.equal(500);
    expect(org.billing.currency).to.equal('jpy');
    expect(org.billing.spendingCap.amount).to.deep.equal({ amount: 5000, currency: 'jpy' });
    expect(org.spendingCapUsed).to.deep.equal({ amount: 12, currency: 'jpy' });
    expect(org.billing.autoRecharge).to.deep.equal({ enabled: true, rechargeThreshold: 1050, rechargeAmount: 10000 });
    expect(org.features.allowOverdraft).to.equal(false);
    expect(org.features.customDomain).to.equal(true);
    expect(org.config.termsUrl).to.equal('https://client.test/terms');
    expect(org.config.access).to.deep.equal({ sessionTtlSeconds: 3600, allowInvites: true, ssoOnly: false });
    expect(org.parentOrg).to.equal('org_agency');
  });

  it('keeps the rest of a page when one item is bad, and reads totals from the headers', async () => {
    const bad = f.wireSubOrg({ id: 'org_bad', balance: 'lots' });
    const tooPrecise = f.wireSubOrg({ id: 'org_3dp', balance: 1.005 });
    const { adapter, seen } = setup(json(200, [f.wireSubOrg(), bad, tooPrecise, 42, f.wireSubOrg({ id: 'org_0002' })], pageHeaders));
    const page = await adapter.listSubOrgs({ orgId: 'o', page: 2, take: 20, search: 'ac', sort: '-balance' });
    expect(seen[0]!.url).to.equal('https://api.test/v1/orgs/o/orgs?page=2&take=20&search=ac&sort=-balance');
    expect(page).to.include({ total: 41, page: 2, take: 20 });
    expect(page.items).to.have.length(5);
    const [first, second, third, fourth, fifth] = page.items;
    expect(isInvalid(first!)).to.be.false;
    expect(second).to.deep.include({ invalid: true, id: 'org_bad' });
    expect(isInvalid(second!) && second.issues[0]).to.match(/^balance:/);
    expect(third).to.deep.include({ invalid: true, id: 'org_3dp' });
    expect(fourth).to.deep.include({ invalid: true, id: null });
    expect(!isInvalid(fifth!) && fifth!.id).to.equal('org_0002');
    expect(!isInvalid(first!) && first!.name).to.equal('Acme <b>bold</b>');
  });

  it('rejects a page that is not an array as invalid-response', async () => {
    const { adapter } = setup(json(200, { items: [] }, pageHeaders));
    const error = await apiError(adapter.listMembers({ orgId: 'o' }));
    expect(error.kind).to.equal('invalid-response');
  });

  it('rejects a single object of the wrong shape, or with out-of-range amounts, as invalid-response', async () => {
    const { adapter } = setup(json(200, { id: 'x' }), json(200, { ...f.wireCheckout, credits: 1.001 }));
    expect((await apiError(adapter.getPricing({ orgId: 'o' }))).kind).to.equal('invalid-response');
    expect((await apiError(adapter.getCheckout({ orgId: 'o', checkoutId: 'co_1' }))).kind).to.equal('invalid-response');
  });

  it('falls back to the asked page when pagination headers are missing', async () => {
    const { adapter } = setup(json(200, [f.wirePayment]));
    const page = await adapter.listPayments({ orgId: 'o', page: 3, take: 10 });
    expect(page).to.include({ total: 21, page: 3, take: 10 });
    expect(page.items[0]).to.deep.include({ amount: { amount: 1999, currency: 'usd' } });
  });

  it('sends usage and transaction filters in wire spelling', async () => {
    const { adapter, seen } = setup(json(200, [f.wireUsageRow], pageHeaders), json(200, [f.wireTransaction], pageHeaders));
    const usage = await adapter.listUsage({ orgId: 'o', interval: 'day', fromDate: '2026-01-01', toDate: '2026-01-31', type: 'sms', page: 1, take: 50 });
    const txs = await adapter.listTransactions({ orgId: 'o', subOrgId: 's', page: 1, take: 50 });
    expect(seen[0]!.url).to.equal('https://api.test/v1/orgs/o/orgs/usage?interval=day&from_date=2026-01-01&to_date=2026-01-31&type=sms&page=1&take=50');
    expect(seen[1]!.url).to.equal('https://api.test/v1/orgs/o/credits/transactions?sub_org_id=s&page=1&take=50');
    expect(usage.items[0]).to.deep.include({ amountCredits: 125, amountMonetary: { amount: 13, currency: 'usd' } });
    expect(txs.items[0]).to.deep.include({ amountCredits: -350, campaignName: 'Spring', customKeysUsed: 2 });
  });

  it('maps pricing in its own currency', async () => {
    const { adapter } = setup(json(200, f.wirePricing));
    const pricing = await adapter.getPricing({ orgId: 'o' });
    expect(pricing.tiers[0]).to.deep.equal({ id: 'tier_s', credits: 10000, amount: { amount: 1500, currency: 'jpy' } });
    expect(pricing.perCredit).to.deep.equal({ amount: { amount: 16, currency: 'jpy' }, minCredits: 1000, maxCredits: 1000000 });
  });
});

describe('rest adapter: ids that would change the route', () => {
  it('turns a list row whose id is a dot segment into an invalid row', async () => {
    const { adapter } = setup(json(200, [f.wireSubOrg({ id: '..' }), f.wireSubOrg({ id: '.' }), f.wireSubOrg({ id: 'org_ok' })], pageHeaders));
    const page = await adapter.listSubOrgs({ orgId: 'o', page: 1, take: 20 });
    expect(page.items.map((item) => isInvalid(item))).to.deep.equal([true, true, false]);
    expect(isInvalid(page.items[0]!) && page.items[0].issues.join()).to.match(/^id:/);
  });

  it('refuses a host-supplied "." or ".." before any request, as a validation error', async () => {
    const { adapter, seen, changes } = setup();
    // Unchecked, `/orgs/o/orgs/../detach` resolves to `/orgs/o/detach`: the parent itself.
    expect(new URL('https://api.test/v1/orgs/o/orgs/../detach').pathname).to.equal('/v1/orgs/o/detach');
    const calls = [
      adapter.detachSubOrg({ orgId: 'o', subOrgId: '..' }),
      adapter.allocateCredits({ orgId: 'o', subOrgId: '.', amount: 100, reason: 'x', idempotencyKey: 'k' }),
      adapter.updateBilling({ orgId: '..', subOrgId: 's', patch: { useParentBalance: true } }),
      adapter.getOrg({ orgId: '.' }),
      adapter.removeMember({ orgId: 's', memberId: '..' }),
      adapter.getCheckout({ orgId: 'o', checkoutId: '..' }),
    ];
    for (const call of calls) expect((await apiError(call)).kind).to.equal('validation');
    expect(seen).to.deep.equal([]);
    expect(changes).to.deep.equal([]);
  });

  it('still encodes ordinary ids that merely contain dots or slashes', async () => {
    const { adapter, seen } = setup(json(200, f.wireOrgDetail()), json(200, f.wireOrgDetail()));
    await adapter.getSubOrg({ orgId: 'o', subOrgId: 'a..b' });
    await adapter.getSubOrg({ orgId: 'o', subOrgId: '../x' });
    expect(seen.map((r) => r.url)).to.deep.equal(['https://api.test/v1/orgs/o/orgs/a..b', 'https://api.test/v1/orgs/o/orgs/..%2Fx']);
  });
});

describe('rest adapter: writing', () => {
  it('creates with the caller’s idempotency key and announces the new id with its parent', async () => {
    const { adapter, seen, changes } = setup(json(201, f.wireSubOrg({ id: 'org_new', initial_password: 'once' })));
    const created = await adapter.createSubOrg({
      orgId: 'org_agency',
      name: 'New',
      features: { allowOverdraft: true },
      account: { firstName: 'A', lastName: 'B', email: 'a@b.test' },
      idempotencyKey: 'idem-1',
    });
    expect(created.initialPassword).to.equal('once');
    expect(seen[0]!.headers.get('Idempotency-Key')).to.equal('idem-1');
    expect(JSON.parse(seen[0]!.body!)).to.deep.equal({
      name: 'New',
      features: { allow_overdraft: true },
      account: { first_name: 'A', last_name: 'B', email: 'a@b.test' },
    });
    expect(changes).to.deep.equal([{ entity: 'sub-org', op: 'create', ids: ['org_new', 'org_agency'] }]);
  });

  it('sends billing patches in wire units with If-Match', async () => {
    const { adapter, seen, changes } = setup(json(200, f.wireOrgDetail()));
    await adapter.updateBilling({
      orgId: 'o',
      subOrgId: 's',
      ifMatch: '2026-01-02T00:00:00.000Z',
      patch: { autoRecharge: { rechargeThreshold: 1050 }, spendingCap: { enabled: true, amount: { amount: 25075, currency: 'usd' } }, useParentBalance: true },
    });
    expect(seen[0]!.method).to.equal('PATCH');
    expect(seen[0]!.url).to.equal('https://api.test/v1/orgs/o/orgs/s/billing');
    expect(seen[0]!.headers.get('If-Match')).to.equal('2026-01-02T00:00:00.000Z');
    expect(JSON.parse(seen[0]!.body!)).to.deep.equal({
      auto_recharge: { recharge_threshold: 10.5 },
      spending_cap: { enabled: true, amount: 250.75 },
      use_parent_balance: true,
    });
    expect(changes).to.deep.equal([{ entity: 'billing', op: 'update', ids: ['s', 'o'] }]);
  });

  it('sends a sub-org patch in wire spelling', async () => {
    const { adapter, seen } = setup(json(200, f.wireOrgDetail()));
    await adapter.updateSubOrg({ orgId: 'o', subOrgId: 's', patch: { name: 'N', logoUrl: null, features: { slackAccess: true }, config: { termsUrl: 'https://t.test', access: { sessionTtlSeconds: 60, allowInvites: false } } } });
    expect(JSON.parse(seen[0]!.body!)).to.deep.equal({
      name: 'N',
      logo_url: null,
      features: { slack_access: true },
      config: { terms_url: 'https://t.test', access: { session_ttl_seconds: 60, allow_invites: false } },
    });
  });

  it('sends credits as decimal credits with the key, and announces both balances', async () => {
    const { adapter, seen, changes } = setup(json(200, f.wireOrgDetail()));
    await adapter.allocateCredits({ orgId: 'o', subOrgId: 's', amount: -1234, reason: 'take back', idempotencyKey: 'k' });
    expect(JSON.parse(seen[0]!.body!)).to.deep.equal({ amount: -12.34, reason: 'take back' });
    expect(seen[0]!.headers.get('Idempotency-Key')).to.equal('k');
    expect(changes).to.deep.equal([{ entity: 'credits', op: 'update', ids: ['s', 'o'] }]);
  });

  it('creates a checkout for a tier or for credits', async () => {
    const { adapter, seen, changes } = setup(json(201, f.wireCheckout), json(201, f.wireCheckout));
    const checkout = await adapter.createCheckout({ orgId: 'o', tierId: 'tier_s', subOrgId: 's', successUrl: 'https://ok.test', idempotencyKey: 'k1' });
    await adapter.createCheckout({ orgId: 'o', credits: 12345, idempotencyKey: 'k2' });
    expect(checkout).to.deep.equal({ id: 'co_1', status: 'open', redirectUrl: 'https://checkout.test/co_1', credits: 10000, amount: { amount: 1500, currency: 'jpy' }, createdAt: '2026-01-01T00:00:00Z' });
    expect(JSON.parse(seen[0]!.body!)).to.deep.equal({ tier_id: 'tier_s', sub_org_id: 's', success_url: 'https://ok.test' });
    expect(JSON.parse(seen[1]!.body!)).to.deep.equal({ credits: 123.45 });
    expect(seen.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['k1', 'k2']);
    expect(changes[0]).to.deep.equal({ entity: 'checkout', op: 'create', ids: ['co_1', 's', 'o'] });
  });

  it('covers members, invites, join, assist, detach and portal with their events', async () => {
    const { adapter, seen, changes } = setup(
      json(200, f.wireMember({ role: 'MANAGER' })),
      new Response(null, { status: 204 }),
      json(201, f.wireInvite),
      json(200, f.wireInvite),
      new Response(null, { status: 204 }),
      json(200, f.wireSubOrg({ id: 's' })),
      json(201, f.wireAssist),
      json(200, f.wireOrgDetail({ id: 's', parent_org: null })),
      json(201, f.wirePortal),
    );
    expect((await adapter.updateMember({ orgId: 's', memberId: 'mem_1', role: 'MANAGER' })).role).to.equal('MANAGER');
    expect(await adapter.removeMember({ orgId: 's', memberId: 'mem_1' })).to.equal(undefined);
    expect((await adapter.createInvite({ orgId: 's', email: 'new@acme.test', role: 'MANAGER' })).id).to.equal('inv_1');
    await adapter.resendInvite({ orgId: 's', inviteId: 'inv_1' });
    await adapter.deleteInvite({ orgId: 's', inviteId: 'inv_1' });
    await adapter.joinSubOrg({ orgId: 'o', subOrgId: 's', role: 'ADMIN' });
    expect((await adapter.assistSubOrg({ orgId: 'o', subOrgId: 's', role: 'STAFF' })).sessionId).to.equal('s1');
    expect((await adapter.detachSubOrg({ orgId: 'o', subOrgId: 's' })).parentOrg).to.equal(null);
    expect(await adapter.createPortalSession({ orgId: 's', returnUrl: 'https://back.test' })).to.deep.equal({ url: 'https://billing.test/p/1', expiresAt: '2026-01-01T01:00:00Z' });
    expect(seen.map((r) => `${r.method} ${r.url.replace('https://api.test/v1', '')}`)).to.deep.equal([
      'PATCH /orgs/s/members/mem_1',
      'DELETE /orgs/s/members/mem_1',
      'POST /orgs/s/invites',
      'POST /orgs/s/invites/inv_1/resend',
      'DELETE /orgs/s/invites/inv_1',
      'POST /orgs/o/orgs/s/join',
      'POST /orgs/o/orgs/s/assist',
      'POST /orgs/o/orgs/s/detach',
      'POST /orgs/s/billing/portal',
    ]);
    expect(JSON.parse(seen[8]!.body!)).to.deep.equal({ return_url: 'https://back.test' });
    expect(changes).to.deep.equal([
      { entity: 'member', op: 'update', ids: ['mem_1', 's'] },
      { entity: 'member', op: 'delete', ids: ['mem_1', 's'] },
      { entity: 'invite', op: 'create', ids: ['inv_1', 's'] },
      { entity: 'invite', op: 'update', ids: ['inv_1', 's'] },
      { entity: 'invite', op: 'delete', ids: ['inv_1', 's'] },
      { entity: 'member', op: 'create', ids: ['s', 'o'] },
      { entity: 'member', op: 'create', ids: ['s', 'o'] },
      { entity: 'sub-org', op: 'delete', ids: ['s', 'o'] },
    ]);
  });

  it('announces nothing when a write fails', async () => {
    const { adapter, changes } = setup(json(409, { error: { code: 'stale', message: 'changed meanwhile' } }));
    const error = await apiError(adapter.updateSubOrg({ orgId: 'o', subOrgId: 's', patch: { name: 'x' }, ifMatch: 'old' }));
    expect(error).to.include({ kind: 'conflict', code: 'stale' });
    expect(changes).to.deep.equal([]);
  });

  it('dispatches a retry event before waiting', async () => {
    const { adapter } = setup(json(503, { error: { code: 'busy', message: 'busy' } }, { 'Retry-After': '0' }), json(200, f.wirePricing));
    const retries: AdapterRetryEvent[] = [];
    adapter.addEventListener('retry', (e) => retries.push(e as AdapterRetryEvent));
    await adapter.getPricing({ orgId: 'o' });
    expect(retries).to.have.length(1);
    expect(retries[0]).to.include({ delayMs: 0, attempt: 1, reason: 'http' });
  });

  it('onAdapterRetry hands over the retry details until its signal ends', async () => {
    const busy = () => json(503, { error: { code: 'busy', message: 'busy' } }, { 'Retry-After': '0' });
    const { adapter } = setup(busy(), json(200, f.wirePricing), busy(), json(200, f.wirePricing));
    const seen: RetryInfo[] = [];
    const stop = new AbortController();
    onAdapterRetry(adapter, (r) => seen.push(r), stop.signal);
    await adapter.getPricing({ orgId: 'o' });
    stop.abort();
    await adapter.getPricing({ orgId: 'o' });
    expect(seen).to.deep.equal([{ attempt: 1, delayMs: 0, reason: 'http', status: 503, method: 'GET', path: '/orgs/o/reseller/pricing' }]);
  });
});
