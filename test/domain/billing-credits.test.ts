import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkCreditMove, intentFor } from '../../src/domain/billing-credits.js';
import { rechargePreview } from '../../src/domain/billing-preview.js';

const limits = { poolBalance: 100_00, allowOverdraft: false, subOrgBalance: 30_00 };

describe('billing-credits', () => {
  it('signs the amount by direction', () => {
    expect(checkCreditMove({ direction: 'allocate', amount: '12.5', reason: 'Top-up' }, limits, 'en-US').signedAmount).to.equal(1250);
    expect(checkCreditMove({ direction: 'take-back', amount: '12.5', reason: 'Refund' }, limits, 'en-US').signedAmount).to.equal(-1250);
  });

  it('never lets the pool go negative without overdraft', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.boolean(), (amount, pool, overdraft) => {
        const text = `${Math.trunc(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
        const r = checkCreditMove({ direction: 'allocate', amount: text, reason: 'r' }, { poolBalance: pool, allowOverdraft: overdraft, subOrgBalance: 0 }, 'en-US');
        if (!overdraft && amount > pool) expect(r.errors.amount).to.equal('exceeds-pool');
        else expect(r.signedAmount).to.equal(amount);
      }),
    );
  });

  it('cannot take back more than the sub-org has', () => {
    expect(checkCreditMove({ direction: 'take-back', amount: '31', reason: 'r' }, limits, 'en-US').errors.amount).to.equal('exceeds-balance');
  });

  it('rejects 0, negatives, too-precise amounts and a blank reason', () => {
    expect(checkCreditMove({ direction: 'allocate', amount: '0', reason: 'r' }, limits, 'en-US').errors.amount).to.equal('must-be-positive');
    expect(checkCreditMove({ direction: 'allocate', amount: '-5', reason: 'r' }, limits, 'en-US').errors.amount).to.equal('negative');
    expect(checkCreditMove({ direction: 'allocate', amount: '1.234', reason: 'r' }, limits, 'en-US').errors.amount).to.equal('too-precise');
    expect(checkCreditMove({ direction: 'allocate', amount: '1', reason: '  \n ' }, limits, 'en-US').errors.reason).to.equal('reason-required');
  });

  it('reuses the key for the same action and mints a new one when the body changes', () => {
    let n = 0;
    const mint = () => `k${++n}`;
    const first = intentFor(null, 100, 'Top-up', mint);
    expect(intentFor(first, 100, ' Top-up ', mint)).to.equal(first);
    expect(intentFor(first, 200, 'Top-up', mint).key).to.equal('k2');
    expect(intentFor(first, 100, 'Other', mint).key).to.equal('k3');
  });
});

describe('billing-preview', () => {
  it('says what happens only when both amounts are valid', () => {
    expect(rechargePreview(false, { rechargeThreshold: 1, rechargeAmount: 1 })).to.deep.equal({ kind: 'off' });
    expect(rechargePreview(true, { rechargeThreshold: null, rechargeAmount: 1 })).to.deep.equal({ kind: 'incomplete' });
    expect(rechargePreview(true, { rechargeThreshold: 5000, rechargeAmount: 0 })).to.deep.equal({ kind: 'incomplete' });
    expect(rechargePreview(true, { rechargeThreshold: 5000, rechargeAmount: 20000 })).to.deep.equal({ kind: 'on', threshold: 5000, amount: 20000 });
  });
});
