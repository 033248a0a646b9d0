import { expect } from '@open-wc/testing';
import type { AdapterChangeEvent } from '../../../src/api/adapter.js';
import { ApiError } from '../../../src/api/errors.js';
import { createMemoryAdapter } from '../../../src/api/memory/memory-adapter.js';
import type { MemoryAdapter } from '../../../src/api/memory/memory-adapter.js';
import { isInvalid } from '../../../src/api/types.js';
import type { ListResult } from '../../../src/api/types.js';
import { testClock } from './call.js';
import { rejection } from '../../helpers/rejections.js';

const orgId = 'org_agency';

/** Every item passed the REST adapter's validation (none became an InvalidItem). */
function allValid<T>(list: ListResult<T>): T[] {
  const bad = list.items.filter(isInvalid);
  expect(bad, JSON.stringify(bad[0])).to.have.length(0);
  return list.items as T[];
}

describe('memory adapter (REST adapter over memoryFetch)', () => {
  let adapter: MemoryAdapter;
  let clock: ReturnType<typeof testClock>;

  beforeEach(() => {
    clock = testClock();
    adapter = createMemoryAdapter({ now: clock.now, retries: 0 });
  });

  it('reads the agency and its sub-orgs through the wire schemas', async () => {
    const org = await adapter.getOrg({ orgId });
    expect(org).to.include({ id: orgId, balance: 2_500_000, parentOrg: null, subOrgCount: 27, role: 'ADMIN' });
    expect(org.limits).to.deep.equal({ subOrgs: 50 });
    const page = await adapter.listSubOrgs({ orgId, page: 1, take: 100 });
    expect(page.total).to.equal(27);
    const items = allValid(page);
    const gulf = items.find((o) => o.id === 'org_gulf_pearl')!;
    expect(gulf.billing.spendingCap.amount).to.deep.equal({ amount: 150_500, currency: 'kwd' });
    expect(gulf.spendingCapUsed).to.deep.equal({ amount: 98_125, currency: 'kwd' });
    const sushi = items.find((o) => o.id === 'org_sakura_sushi')!;
    expect(sushi.billing.spendingCap.amount).to.deep.equal({ amount: 50_000, currency: 'jpy' });
    for (const sub of items) {
      const detail = await adapter.getSubOrg({ orgId, subOrgId: sub.id });
      expect(detail.id).to.equal(sub.id);
    }
  });

  it('refuses dot-segment ids before they can reach another route; nothing changes', async () => {
    const changes: unknown[] = [];
    adapter.addEventListener('change', (e) => changes.push(e));
    for (const call of [
      adapter.detachSubOrg({ orgId, subOrgId: '..' }),
      adapter.updateBilling({ orgId, subOrgId: '.', patch: { useParentBalance: false } }),
      adapter.allocateCredits({ orgId, subOrgId: '..', amount: 100, reason: 'x', idempotencyKey: 'k-dots' }),
    ]) {
      const error = await rejection(call);
      expect(error).to.be.instanceOf(ApiError);
      expect((error as ApiError).kind).to.equal('validation');
    }
    expect(changes).to.deep.equal([]);
    const org = await adapter.getOrg({ orgId });
    expect(org).to.include({ subOrgCount: 27, balance: 2_500_000 });
  });

  it('creates, edits, bills, joins, assists, allocates and detaches, announcing each change', async () => {
    const changes: string[] = [];
    adapter.addEventListener('change', (e) => changes.push(`${(e as AdapterChangeEvent).change.entity}:${(e as AdapterChangeEvent).change.op}`));
    const created = await adapter.createSubOrg({
      orgId,
      name: 'Adapter Made Co',
      features: { workflows: true },
      account: { firstName: 'Ada', lastName: 'Byron', email: 'ada@byron.example' },
      idempotencyKey: 'create-1',
    });
    expect(created.balance).to.equal(100_00);
    expect(created.initialPassword).to.be.a('string');
    const renamed = await adapter.updateSubOrg({ orgId, subOrgId: created.id, patch: { name: 'Adapter Made Company' }, ifMatch: created.updatedAt });
    expect(renamed.name).to.equal('Adapter Made Company');
    const billed = await adapter.updateBilling({
      orgId,
      subOrgId: created.id,
      patch: { autoRecharge: { enabled: true, rechargeThreshold: 10_00, rechargeAmount: 50_00 }, spendingCap: { enabled: true, amount: { amount: 12_34, currency: 'usd' } } },
    });
    expect(billed.billing.autoRecharge).to.deep.equal({ enabled: true, rechargeThreshold: 10_00, rechargeAmount: 50_00 });
    expect(billed.billing.spendingCap.amount).to.deep.equal({ amount: 12_34, currency: 'usd' });
    const joined = await adapter.joinSubOrg({ orgId, subOrgId: created.id, role: 'MANAGER' });
    expect(joined.members.map((m) => m.role)).to.include('MANAGER');
    const session = await adapter.assistSubOrg({ orgId, subOrgId: created.id, role: 'STAFF' });
    expect(session.url).to.match(/\/demo\/assist\.html\?session=/);
    const funded = await adapter.allocateCredits({ orgId, subOrgId: created.id, amount: 25_50, reason: 'Welcome', idempotencyKey: 'alloc-1' });
    expect(funded.balance).to.equal(125_50);
    expect((await adapter.getOrg({ orgId })).balance).to.equal(2_500_000 - 25_50);
    const detached = await adapter.detachSubOrg({ orgId, subOrgId: created.id });
    expect(detached.parentOrg).to.equal(null);
    expect(changes).to.deep.equal(['sub-org:create', 'sub-org:update', 'billing:update', 'member:create', 'member:create', 'credits:update', 'sub-org:delete']);
  });

  it('maps errors to ApiError with domain field paths', async () => {
    const error = await rejection(adapter.updateBilling({ orgId, subOrgId: 'org_cafe_lumiere', patch: { autoRecharge: { enabled: true, rechargeAmount: 0 } } }));
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.include({ kind: 'validation', code: 'invalid', status: 422 });
    expect((error as ApiError).fields).to.have.property('autoRecharge.rechargeAmount');
    const dup = await rejection(adapter.createSubOrg({ orgId, name: 'Acme Dental Group', idempotencyKey: 'dup' }));
    expect(dup).to.include({ kind: 'conflict', code: 'duplicate_name' });
    const stale = await rejection(adapter.updateSubOrg({ orgId, subOrgId: 'org_cafe_lumiere', patch: { name: 'X' }, ifMatch: '2000-01-01T00:00:00.000Z' }));
    expect(stale).to.include({ kind: 'conflict', code: 'stale' });
    const poor = await rejection(adapter.allocateCredits({ orgId, subOrgId: 'org_cafe_lumiere', amount: 30_000_00, reason: 'too much', idempotencyKey: 'poor' }));
    expect(poor).to.include({ kind: 'conflict', code: 'insufficient_credits' });
    expect(await rejection(adapter.getSubOrg({ orgId, subOrgId: 'org_nope' }))).to.include({ kind: 'not-found' });
  });

  it('acts with the role it was given', async () => {
    const staff = createMemoryAdapter({ backend: adapter.backend, orgRole: 'STAFF', retries: 0 });
    expect(await rejection(staff.listSubOrgs({ orgId, page: 1, take: 10 }))).to.include({ kind: 'forbidden', status: 403 });
    expect((await staff.getOrg({ orgId })).role).to.equal('STAFF');
  });

  it('lists usage, transactions, members, invites and payments', async () => {
    const usage = await adapter.listUsage({ orgId, interval: 'month', page: 1, take: 100 });
    expect(allValid(usage).length).to.be.greaterThan(0);
    const jpyRow = usage.items.find((r) => !isInvalid(r) && r.orgId === 'org_sakura_sushi');
    expect(jpyRow && !isInvalid(jpyRow) && jpyRow.amountMonetary.currency).to.equal('jpy');
    const txns = await adapter.listTransactions({ orgId, page: 1, take: 10 });
    expect(txns.total).to.equal(6);
    allValid(txns);
    const members = await adapter.listMembers({ orgId: 'org_long_name' });
    expect(allValid(members)).to.have.length(4);
    const updated = await adapter.updateMember({ orgId: 'org_long_name', memberId: 'mem_long_name_4', role: 'MANAGER' });
    expect(updated.role).to.equal('MANAGER');
    await adapter.removeMember({ orgId: 'org_long_name', memberId: 'mem_long_name_4' });
    expect((await adapter.listMembers({ orgId: 'org_long_name' })).total).to.equal(3);
    const invites = allValid(await adapter.listInvites({ orgId: 'org_evergreen' }));
    expect(invites.map((i) => i.status).sort()).to.deep.equal(['EXPIRED', 'PENDING']);
    const invite = await adapter.createInvite({ orgId: 'org_evergreen', email: 'new@evergreen.example', role: 'STAFF' });
    expect((await adapter.resendInvite({ orgId: 'org_evergreen', inviteId: invite.id })).status).to.equal('PENDING');
    await adapter.deleteInvite({ orgId: 'org_evergreen', inviteId: invite.id });
    const payments = await adapter.listPayments({ orgId: 'org_gulf_pearl', page: 1, take: 20 });
    for (const p of allValid(payments)) expect(p.amount.currency).to.equal('kwd');
    const portal = await adapter.createPortalSession({ orgId: 'org_gulf_pearl', returnUrl: location.href });
    expect(portal.url).to.equal(`${location.origin}/demo/billing-portal.html?org=org_gulf_pearl`);
  });

  it('sells credits: pricing, checkout (replayed by key), and the hosted outcome', async () => {
    const pricing = await adapter.getPricing({ orgId });
    expect(pricing.tiers.map((t) => t.credits)).to.deep.equal([1_000_00, 5_000_00, 20_000_00]);
    const input = { orgId, tierId: 'tier_1k', subOrgId: 'org_cafe_lumiere', idempotencyKey: 'buy-1' };
    const checkout = await adapter.createCheckout(input);
    expect(checkout).to.include({ status: 'open', credits: 1_000_00 });
    expect(checkout.redirectUrl).to.equal(`${location.origin}/demo/hosted-checkout.html?id=${checkout.id}&org=${orgId}`);
    expect((await adapter.createCheckout(input)).id).to.equal(checkout.id);
    adapter.backend.setCheckoutStatus(checkout.id, 'succeeded');
    expect((await adapter.getCheckout({ orgId, checkoutId: checkout.id })).status).to.equal('succeeded');
    expect((await adapter.getSubOrg({ orgId, subOrgId: 'org_cafe_lumiere' })).balance).to.equal(310_25 + 1_000_00);
  });

  describe('faults and signals', () => {
    it('turns a 500 into an http error, a 429 into rate-limited with Retry-After', async () => {
      adapter.faults.replace([{ kind: 'status-500' }, { kind: 'status-429', retryAfter: '7', match: { path: '/reseller' } }]);
      expect(await rejection(adapter.getOrg({ orgId }))).to.include({ kind: 'http', status: 500 });
      const limited = await rejection(adapter.getPricing({ orgId }));
      expect(limited).to.include({ kind: 'rate-limited', status: 429, retryAfterMs: 7000 });
      expect((await adapter.getOrg({ orgId })).id).to.equal(orgId);
    });

    it('reports malformed JSON as invalid-response and a reset as a network error', async () => {
      adapter.faults.replace([{ kind: 'malformed-json' }, { kind: 'reset' }]);
      expect(await rejection(adapter.getOrg({ orgId }))).to.include({ kind: 'invalid-response' });
      expect(await rejection(adapter.getOrg({ orgId }))).to.include({ kind: 'network' });
    });

    it('retries a GET after a 500 when retries are allowed', async () => {
      const retrying = createMemoryAdapter({ backend: adapter.backend, faults: [{ kind: 'status-500' }] });
      expect((await retrying.getOrg({ orgId })).id).to.equal(orgId);
      expect(retrying.faults.size).to.equal(0);
    });

    it('rejects with the signal reason when a hanging call is aborted', async () => {
      adapter.faults.add({ kind: 'hang' });
      const controller = new AbortController();
      const call = adapter.getOrg({ orgId, signal: controller.signal });
      setTimeout(() => controller.abort(new DOMException('left the page', 'AbortError')), 30);
      const reason = await rejection(call);
      expect(reason).to.be.instanceOf(DOMException);
      expect((reason as DOMException).message).to.equal('left the page');
    });

    it('adds latency and still honours an abort during it', async () => {
      const slow = createMemoryAdapter({ backend: adapter.backend, latencyMs: 60, retries: 0 });
      const started = performance.now();
      await slow.getOrg({ orgId });
      expect(performance.now() - started).to.be.at.least(55);
      const controller = new AbortController();
      const call = slow.getOrg({ orgId, signal: controller.signal });
      controller.abort('stop');
      expect(await rejection(call)).to.equal('stop');
    });

    it('times out a hang through the REST adapter timeout', async () => {
      const impatient = createMemoryAdapter({ backend: adapter.backend, faults: [{ kind: 'hang' }], timeoutMs: 50, retries: 0 });
      expect(await rejection(impatient.getOrg({ orgId }))).to.include({ kind: 'timeout' });
    });
  });
});
