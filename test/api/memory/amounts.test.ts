import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { creditsFromWire, creditsToWire, decimalToScaled, moneyFromWire, moneyToWire, mulDivRound, scaledToDecimal } from '../../../src/api/memory/amounts.js';

describe('wire amounts', () => {
  it('round-trips any safe integer through its decimal form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (scaled, decimals) => {
        const wire = scaledToDecimal(scaled, decimals);
        const back = decimalToScaled(wire, decimals);
        expect(back).to.deep.equal({ ok: true, value: scaled });
      }),
    );
  });

  it('reads 2-decimal credits exactly where float multiplication would not', () => {
    expect(creditsFromWire(1.15)).to.deep.equal({ ok: true, value: 115 }); // 1.15 * 100 = 114.99999999999999
    expect(creditsFromWire(0.29)).to.deep.equal({ ok: true, value: 29 });
    expect(creditsFromWire(-0.01)).to.deep.equal({ ok: true, value: -1 });
    expect(creditsToWire(1_000_000_01)).to.equal(1000000.01);
  });

  it('rejects too many decimals, non-numbers, non-finite and unsafe sizes', () => {
    for (const bad of [1.001, '1', null, NaN, Infinity, 1e21, 1e-7, 2 ** 53]) {
      expect(creditsFromWire(bad).ok, String(bad)).to.be.false;
    }
  });

  it('says why an amount is refused', () => {
    expect(creditsFromWire(1.001)).to.deep.equal({ ok: false, reason: 'At most 2 decimals.' });
    expect(decimalToScaled(1.5, 0)).to.deep.equal({ ok: false, reason: 'Must be a whole number.' });
    expect(creditsFromWire(2 ** 53)).to.deep.equal({ ok: false, reason: 'Too large.' });
    expect(creditsFromWire('1')).to.deep.equal({ ok: false, reason: 'Must be a finite number.' });
  });

  it('uses the domain currency exponents (JPY 0, USD 2, KWD 3, HUF 2 as ISO says)', () => {
    expect(moneyFromWire(12.345, 'kwd')).to.deep.equal({ ok: true, value: 12345 });
    expect(moneyFromWire(12.5, 'jpy').ok).to.be.false;
    expect(moneyToWire(500, 'jpy')).to.equal(500);
    expect(moneyToWire(5, 'usd')).to.equal(0.05);
    expect(moneyFromWire(12.5, 'HUF')).to.deep.equal({ ok: true, value: 1250 });
  });

  it('mulDivRound rounds half up with integers only', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e3), fc.integer({ min: 1, max: 1000 }), (a, b, d) => {
        const got = mulDivRound(a, b, d);
        // got is the integer nearest a·b/d, halves going up: got - 1/2 ≤ a·b/d < got + 1/2.
        expect(2 * got * d - d <= 2 * a * b).to.be.true;
        expect(2 * a * b < 2 * got * d + d).to.be.true;
      }),
    );
  });
});
