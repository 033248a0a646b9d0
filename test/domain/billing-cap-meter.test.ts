import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { capBelowUsed, capLevel, capMeter } from '../../src/domain/billing-cap-meter.js';
import { rowStatuses } from '../../src/domain/list-row-status.js';
import { billing, subOrg } from '../components/suborg-list/helpers/sub-org-fixtures.js';

const usd = (amount: number) => ({ amount, currency: 'usd' });

describe('billing-cap-meter', () => {
  it('levels follow the 80 % and 100 % marks exactly, in integer math', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cap, used) => {
        const m = capMeter(usd(used), { enabled: true, amount: usd(cap) })!;
        const u = BigInt(used);
        const c = BigInt(cap);
        const expected = u >= c ? 'reached' : u * 100n >= c * 80n ? 'near' : 'ok';
        expect(m.level).to.equal(expected);
        expect(m.value).to.be.at.most(m.max);
        expect(m.percent).to.equal(Number((u * 100n) / c));
      }),
    );
  });

  it('79.99 % is ok, 80 % is near, 100 % and beyond are reached', () => {
    expect(capMeter(usd(7999), { enabled: true, amount: usd(10000) })!.level).to.equal('ok');
    expect(capMeter(usd(8000), { enabled: true, amount: usd(10000) })!.level).to.equal('near');
    expect(capMeter(usd(10000), { enabled: true, amount: usd(10000) })!.level).to.equal('reached');
    const over = capMeter(usd(15000), { enabled: true, amount: usd(10000) })!;
    expect(over.level).to.equal('reached');
    expect(over.percent).to.equal(150);
    expect(over.value).to.equal(10000);
  });

  it('has no meter when the cap is off, zero, or in another currency', () => {
    expect(capMeter(usd(1), { enabled: false, amount: usd(100) })).to.equal(null);
    expect(capMeter(usd(1), { enabled: true, amount: usd(0) })).to.equal(null);
    expect(capMeter(usd(1), { enabled: true, amount: { amount: 100, currency: 'eur' } })).to.equal(null);
  });

  it('calls an enabled cap of 0 reached (nothing may be spent), with no meter to draw', () => {
    expect(capLevel(usd(0), { enabled: true, amount: usd(0) })).to.equal('reached');
    expect(capLevel(usd(1), { enabled: true, amount: usd(0) })).to.equal('reached');
    expect(capLevel(usd(0), { enabled: false, amount: usd(0) })).to.equal(null);
    expect(capLevel(usd(5), { enabled: true, amount: { amount: 0, currency: 'eur' } })).to.equal(null);
    expect(capMeter(usd(0), { enabled: true, amount: usd(0) })).to.equal(null);
  });

  it('gives the meter the same level as capLevel', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: -1000, max: 1_000_000 }), (enabled, cap, used) => {
        const m = capMeter(usd(used), { enabled, amount: usd(cap) });
        if (m) expect(m.level).to.equal(capLevel(usd(used), { enabled, amount: usd(cap) }));
      }),
    );
  });

  // One rule for "cap reached": the list's row badge and the billing panel's warning never disagree.
  it('agrees with the list row status on "cap reached"', () => {
    const currency = fc.constantFrom('usd', 'eur', 'jpy');
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: -100, max: 100_000 }), currency, currency, (enabled, cap, used, capCur, usedCur) => {
        const spendingCap = { enabled, amount: { amount: cap, currency: capCur }, resetAt: null };
        const spendingCapUsed = { amount: used, currency: usedCur };
        const org = subOrg(1, { spendingCapUsed, billing: billing({ spendingCap }) });
        expect(capLevel(spendingCapUsed, spendingCap) === 'reached', JSON.stringify({ spendingCap, spendingCapUsed })).to.equal(rowStatuses(org).includes('cap-reached'));
      }),
    );
  });

  it('warns when a cap is below what is already used', () => {
    expect(capBelowUsed(usd(500), usd(600))).to.be.true;
    expect(capBelowUsed(usd(600), usd(600))).to.be.false;
    expect(capBelowUsed(null, usd(600))).to.be.false;
  });
});
