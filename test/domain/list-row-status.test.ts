import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { rowStatuses } from '../../src/domain/list-row-status.js';
import { billing, NO_FEATURES, subOrg } from '../helpers/org-fixtures.js';

const arbOrg = fc
  .record({
    balance: fc.integer({ min: -10_000, max: 10_000 }),
    promo: fc.integer({ min: 0, max: 5_000 }),
    overdraft: fc.boolean(),
    reselling: fc.boolean(),
    failed: fc.boolean(),
    capOn: fc.boolean(),
    cap: fc.integer({ min: 0, max: 100_000 }),
    used: fc.integer({ min: 0, max: 100_000 }),
  })
  .map((r) => ({
    r,
    org: subOrg(1, {
      balance: r.balance,
      promoBalance: r.promo,
      features: { ...NO_FEATURES, allowOverdraft: r.overdraft },
      spendingCapUsed: { amount: r.used, currency: 'usd' },
      billing: billing({
        useParentBalance: !r.reselling,
        paymentMethod: { type: 'card', paymentMethodId: 'pm', brand: 'visa', last4: '4242', inactive: false, failedAt: r.failed ? '2024-01-01T00:00:00Z' : null, failedMessage: null },
        spendingCap: { enabled: r.capOn, amount: { amount: r.cap, currency: 'usd' }, resetAt: null },
      }),
    }),
  }));

describe('list-row-status', () => {
  it('each hint appears exactly when its condition holds, most urgent first', () => {
    fc.assert(
      fc.property(arbOrg, ({ r, org }) => {
        const s = rowStatuses(org);
        expect(s.includes('payment-failed')).to.equal(r.reselling && r.failed);
        expect(s.includes('out-of-balance')).to.equal(!r.overdraft && r.balance + r.promo <= 0);
        expect(s.includes('cap-reached')).to.equal(r.capOn && r.used >= r.cap);
        const order = ['payment-failed', 'out-of-balance', 'cap-reached'];
        expect([...s].sort((a, b) => order.indexOf(a) - order.indexOf(b))).to.deep.equal(s);
      }),
    );
  });

  it('a cap in another currency than the spend is not compared', () => {
    const org = subOrg(1, {
      spendingCapUsed: { amount: 900, currency: 'eur' },
      billing: billing({ spendingCap: { enabled: true, amount: { amount: 100, currency: 'usd' }, resetAt: null } }),
    });
    expect(rowStatuses(org)).to.not.include('cap-reached');
  });
});
