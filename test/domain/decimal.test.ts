import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { unitsFromDecimalString, unitsFromWire, unitsToDecimalString, unitsToWire } from '../../src/domain/decimal.js';

describe('decimal strings ↔ smallest units', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('round-trips any bigint at any exponent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 8 }), (units, k) => {
        expect(unitsFromDecimalString(unitsToDecimalString(units, k), k)).to.equal(units);
      }),
    );
  });

  it('reads exponent notation the way String(number) writes it', () => {
    expect(unitsFromDecimalString('1e-7', 7)).to.equal(1n);
    expect(unitsFromDecimalString('1.5e+21', 0)).to.equal(1_500_000_000_000_000_000_000n);
    expect(unitsFromDecimalString('-2.50', 2)).to.equal(-250n);
    expect(unitsFromDecimalString('.5', 1)).to.equal(5n);
    expect(() => unitsFromDecimalString('1e-7', 6)).to.throw(RangeError);
    expect(() => unitsFromDecimalString('.', 2)).to.throw(RangeError);
    expect(() => unitsFromDecimalString('1e9999999', 2)).to.throw(RangeError);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        // Whatever form String(n) takes ("1e-7", "1.5e+300", "0.1"), its exact decimal reads back as n.
        const units = unitsFromDecimalString(String(n), 400);
        expect(Number(unitsToDecimalString(units, 400))).to.equal(n === 0 ? 0 : n);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a wire number that no double carries exactly', () => {
    expect(() => unitsToWire(2 ** 60, 2)).to.throw(RangeError);
    expect(() => unitsToWire(9007199254740991, 2)).to.throw(RangeError);
    expect(unitsToWire(999999999999999, 2)).to.equal(9999999999999.99);
    expect(() => unitsFromWire(true as unknown as number, 2)).to.throw(RangeError);
  });
});
