// Usage and transactions, payments and the billing portal, pricing and checkout.
import { isInvalid } from '../api/types.js';
import type { Payment } from '../api/types.js';
import { equal, ok, rejectsWith } from './assert.js';
import type { ContractContext } from './context.js';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function registerCommerce(ctx: ContractContext): void {
  describe('usage and transactions', () => {
    it('lists usage rows in exact units with totals', async () => {
      const page = await ctx.adapter.listUsage({ orgId: ctx.orgId, interval: 'day', page: 1, take: 20 });
      ok(page.total >= page.items.length, 'total covers the page');
      for (const row of page.items) {
        ok(!isInvalid(row), `valid usage row: ${JSON.stringify(row)}`);
        ok(Number.isSafeInteger(row.amountCredits) && Number.isSafeInteger(row.amountMonetary.amount), 'integer amounts');
      }
    });

    it('refuses a date range that ends before it starts as validation', async () => {
      const now = Date.now();
      await rejectsWith(ctx.adapter.listUsage({ orgId: ctx.orgId, interval: 'day', fromDate: isoDay(now), toDate: isoDay(now - 5 * 86_400_000), page: 1, take: 20 }), 'validation');
    });

    it('lists credit transactions newest first', async () => {
      const sub = await ctx.createSubOrg();
      await ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: 100, reason: 'first', idempotencyKey: ctx.key() });
      await ctx.adapter.allocateCredits({ orgId: ctx.orgId, subOrgId: sub.id, amount: 200, reason: 'second', idempotencyKey: ctx.key() });
      const page = await ctx.adapter.listTransactions({ orgId: ctx.orgId, subOrgId: sub.id, page: 1, take: 10 });
      equal(page.total, 2, 'transactions for the new sub-org');
      const amounts = page.items.map((t) => (isInvalid(t) ? null : t.amountCredits));
      equal(amounts.join(','), '200,100', 'newest first');
    });
  });

  describe('payments and portal', () => {
    it('lists payments newest first in integer minor units', async () => {
      const sub = await ctx.findSubOrg();
      const page = await ctx.adapter.listPayments({ orgId: sub.id, page: 1, take: 10 });
      ok(page.total >= page.items.length, 'total covers the page');
      const rows = page.items.filter((p): p is Payment => !isInvalid(p));
      equal(rows.length, page.items.length, 'every payment row is valid');
      for (const p of rows) ok(Number.isSafeInteger(p.amount.amount) && /^[a-z]{3}$/.test(p.amount.currency), `payment amount ${JSON.stringify(p.amount)}`);
      ok(rows.every((p, i) => i === 0 || rows[i - 1]!.createdAt >= p.createdAt), 'newest first');
    });

    it('opens a billing portal session', async () => {
      const sub = await ctx.findSubOrg();
      const portal = await ctx.adapter.createPortalSession({ orgId: sub.id, returnUrl: 'https://agency.example/billing' });
      ok(typeof portal.url === 'string' && portal.url.length > 0, 'a portal url');
      ok(!Number.isNaN(Date.parse(portal.expiresAt)), 'an expiry date');
    });
  });

  describe('pricing and checkout', () => {
    it('reads pricing in integer minor units', async () => {
      const pricing = await ctx.adapter.getPricing({ orgId: ctx.orgId });
      ok(/^[a-z]{3}$/.test(pricing.currency), 'currency');
      ok(pricing.tiers.length > 0 || pricing.perCredit !== null, 'something to buy');
      for (const tier of pricing.tiers) {
        ok(Number.isSafeInteger(tier.credits) && tier.credits > 0, `tier credits ${tier.credits}`);
        equal(tier.amount.currency, pricing.currency, 'tier currency');
        ok(Number.isSafeInteger(tier.amount.amount), 'tier amount');
      }
    });

    it('creates a checkout, reads it back, and replays it for the same key', async () => {
      const pricing = await ctx.adapter.getPricing({ orgId: ctx.orgId });
      const tier = pricing.tiers[0];
      ok(tier, 'a pricing tier');
      const key = ctx.key();
      const checkout = await ctx.adapter.createCheckout({ orgId: ctx.orgId, tierId: tier.id, idempotencyKey: key });
      ok(checkout.status === 'open' || checkout.status === 'pending', `a new checkout is open or pending: ${checkout.status}`);
      equal(checkout.credits, tier.credits, 'credits');
      equal(checkout.amount.amount, tier.amount.amount, 'amount');
      equal(checkout.amount.currency, pricing.currency, 'currency');
      ctx.expectChange('checkout', 'create', [checkout.id, ctx.orgId]);
      equal((await ctx.adapter.getCheckout({ orgId: ctx.orgId, checkoutId: checkout.id })).id, checkout.id, 'read back');
      const replay = await ctx.adapter.createCheckout({ orgId: ctx.orgId, tierId: tier.id, idempotencyKey: key });
      equal(replay.id, checkout.id, 'the replay answers with the same checkout');
    });

    it('refuses a key reused for another purchase as conflict idempotency_reused', async () => {
      const pricing = await ctx.adapter.getPricing({ orgId: ctx.orgId });
      const tier = pricing.tiers[0];
      ok(tier, 'a pricing tier');
      const key = ctx.key();
      await ctx.adapter.createCheckout({ orgId: ctx.orgId, tierId: tier.id, idempotencyKey: key });
      const other = pricing.perCredit
        ? ctx.adapter.createCheckout({ orgId: ctx.orgId, credits: pricing.perCredit.minCredits, idempotencyKey: key })
        : ctx.adapter.createCheckout({ orgId: ctx.orgId, tierId: tier.id, successUrl: 'https://agency.example/other', idempotencyKey: key });
      await rejectsWith(other, 'conflict', 'idempotency_reused');
    });

    it('creates a checkout for a number of credits for a sub-org', async () => {
      const pricing = await ctx.adapter.getPricing({ orgId: ctx.orgId });
      const sub = await ctx.findSubOrg();
      if (!pricing.perCredit) {
        await rejectsWith(ctx.adapter.createCheckout({ orgId: ctx.orgId, credits: 1000, subOrgId: sub.id, idempotencyKey: ctx.key() }), 'validation');
        return;
      }
      const credits = pricing.perCredit.minCredits;
      const checkout = await ctx.adapter.createCheckout({ orgId: ctx.orgId, credits, subOrgId: sub.id, idempotencyKey: ctx.key() });
      equal(checkout.credits, credits, 'credits');
      ok(Number.isSafeInteger(checkout.amount.amount) && checkout.amount.amount > 0, 'a positive integer amount');
      ctx.expectChange('checkout', 'create', [checkout.id, sub.id, ctx.orgId]);
    });
  });
}
