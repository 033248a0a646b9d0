import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import { creditsFromWire, creditsToWire, formatCredits, parseCredits } from '../../src/domain/credits.js';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN', 'ja-JP'] as const;

function decimalOf(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const digits = (hundredths < 0n ? -hundredths : hundredths).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

describe('credits', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('formats whole credits without decimals, others with both', () => {
    expect(formatCredits(123450, 'en-US')).to.equal('1,234.50');
    expect(formatCredits(123456, 'en-US')).to.equal('1,234.56');
    expect(formatCredits(100, 'en-US')).to.equal('1');
    expect(formatCredits(-5, 'en-US')).to.equal('-0.05');
    expect(formatCredits(123450, 'de-DE')).to.equal('1.234,50');
    expect(formatCredits(500, 'en-US', { signDisplay: 'always' })).to.equal('+5');
    expect(formatCredits(9007199254740991, 'en-US')).to.equal('90,071,992,547,409.91');
    expect(formatCredits(123450, 'not a locale!!')).to.equal('1,234.50');
  });

  it('round-trips format → parse in many locales', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.constantFrom('auto', 'always', 'exceptZero') as fc.Arbitrary<'auto' | 'always' | 'exceptZero'>, (locale, amount, signDisplay) => {
        const text = formatCredits(amount, locale, { signDisplay });
        expect(parseCredits(text, { locale, allowNegative: true }), text).to.deep.equal({ ok: true, value: amount });
      }),
    );
  });

  it('parses what people type, at most 2 decimals', () => {
    expect(parseCredits('1,234.5', { locale: 'en-US' })).to.deep.equal({ ok: true, value: 123450 });
    expect(parseCredits('1.234,5', { locale: 'de-DE' })).to.deep.equal({ ok: true, value: 123450 });
    expect(parseCredits('١٢٫٥', { locale: 'ar-EG' })).to.deep.equal({ ok: true, value: 1250 });
    expect(parseCredits('0.001', { locale: 'en-US' })).to.deep.equal({ ok: false, error: 'too-precise' });
    expect(parseCredits('-3', { locale: 'en-US' })).to.deep.equal({ ok: false, error: 'negative' });
    expect(parseCredits('-3', { locale: 'en-US', allowNegative: true })).to.deep.equal({ ok: true, value: -300 });
    expect(parseCredits('50', { locale: 'en-US', max: 1000 })).to.deep.equal({ ok: false, error: 'too-large' });
    expect(parseCredits('', { locale: 'en-US' })).to.deep.equal({ ok: false, error: 'empty' });
  });

  it('creditsFromWire is exact on random decimals, as numbers and strings', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (hundredths) => {
        const text = decimalOf(hundredths);
        expect(creditsFromWire(text)).to.equal(Number(hundredths));
        expect(creditsFromWire(Number(text))).to.equal(Number(hundredths));
        expect(creditsToWire(Number(hundredths))).to.equal(Number(text));
      }),
    );
  });

  it('creditsFromWire throws RangeError beyond 2 decimals or when not finite', () => {
    for (const bad of [0.001, 1.234, '1.005', NaN, Infinity, -Infinity, 'x', '']) expect(() => creditsFromWire(bad), String(bad)).to.throw(RangeError);
    expect(creditsFromWire(1.1)).to.equal(110);
    expect(creditsFromWire('1.230')).to.equal(123);
    expect(creditsFromWire(-0)).to.equal(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 9 }), (hundredths, extra) => {
        expect(() => creditsFromWire(`${decimalOf(BigInt(hundredths))}${extra}`)).to.throw(RangeError);
      }),
    );
  });
});
