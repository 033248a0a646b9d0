import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from './property-timeout.js';
import {
  addMoney,
  compareMoney,
  currencyExponent,
  formatMoney,
  moneyFromWire,
  moneyToWire,
  parseMoney,
  subtractMoney,
} from '../../src/domain/money.js';

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ar-EG', 'hi-IN', 'ja-JP', 'de-CH', 'sv-SE', 'fa-IR', 'pt-BR', 'he-IL', 'nl-NL', 'bn-BD', 'zh-CN', 'es-ES'] as const;
const CURRENCIES = ['usd', 'eur', 'gbp', 'jpy', 'krw', 'vnd', 'clp', 'kwd', 'bhd', 'omr', 'jod', 'tnd', 'iqd', 'lyd', 'inr', 'chf', 'huf', 'idr', 'egp', 'clf'] as const;

/** Reference decimal string of `units` with `k` fraction digits, by string math only. */
function decimalOf(units: bigint, k: number): string {
  const sign = units < 0n ? '-' : '';
  const digits = (units < 0n ? -units : units).toString().padStart(k + 1, '0');
  return k === 0 ? sign + digits : `${sign}${digits.slice(0, -k)}.${digits.slice(-k)}`;
}

describe('currencyExponent', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('follows ISO 4217 where Intl differs', () => {
    const table: Record<string, number> = {
      usd: 2, eur: 2, gbp: 2, jpy: 0, krw: 0, vnd: 0, clp: 0, isk: 0, ugx: 0, xof: 0,
      bhd: 3, kwd: 3, omr: 3, jod: 3, tnd: 3, iqd: 3, lyd: 3, clf: 4, huf: 2, cop: 2, idr: 2, pkr: 2,
    };
    for (const [code, exp] of Object.entries(table)) {
      expect(currencyExponent(code), code).to.equal(exp);
      expect(currencyExponent(code.toUpperCase()), code).to.equal(exp);
    }
  });

  it('throws RangeError for a malformed code', () => {
    for (const bad of ['', 'us', 'usdd', 'u$d', '12a']) expect(() => currencyExponent(bad), bad).to.throw(RangeError);
  });

  it('gives every currency Intl knows an exponent it can format and parse back', () => {
    for (const code of Intl.supportedValuesOf('currency')) {
      const exp = currencyExponent(code);
      expect([0, 2, 3, 4], code).to.include(exp);
      const money = { amount: 123456, currency: code.toLowerCase() };
      expect(parseMoney(formatMoney(money, 'en-US'), { currency: code, locale: 'en-US' }), code).to.deep.equal({ ok: true, value: money });
    }
  });
});

describe('parseMoney / formatMoney', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('round-trips formatted money in many currencies, locales and displays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...LOCALES),
        fc.constantFrom('symbol', 'narrowSymbol', 'code') as fc.Arbitrary<'symbol' | 'narrowSymbol' | 'code'>,
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        (currency, locale, currencyDisplay, amount) => {
          const money = { amount, currency };
          const text = formatMoney(money, locale, { currencyDisplay });
          expect(parseMoney(text, { currency, locale, allowNegative: true }), text).to.deep.equal({ ok: true, value: money });
        },
      ),
    );
  });

  it('formats with exactly the currency exponent', () => {
    expect(formatMoney({ amount: 123456, currency: 'usd' }, 'en-US')).to.equal('$1,234.56');
    expect(formatMoney({ amount: 500, currency: 'jpy' }, 'en-US')).to.equal('¥500');
    expect(formatMoney({ amount: 1234, currency: 'kwd' }, 'en-US')).to.match(/1\.234$/);
    expect(formatMoney({ amount: 100, currency: 'huf' }, 'en-US')).to.match(/1\.00$/);
    expect(formatMoney({ amount: 500, currency: 'usd' }, 'en-US', { signDisplay: 'always' })).to.equal('+$5.00');
    // Beyond 2^53 / 100 a float would have lost the cents; the decimal string keeps them.
    expect(formatMoney({ amount: 9007199254740991, currency: 'usd' }, 'en-US')).to.equal('$90,071,992,547,409.91');
  });

  it('falls back to en-US for a locale Intl cannot use, instead of throwing from a render', () => {
    expect(formatMoney({ amount: 123456, currency: 'usd' }, 'not a locale!!')).to.equal('$1,234.56');
    expect(parseMoney('$1,234.56', { currency: 'usd', locale: 'not a locale!!' })).to.deep.equal({ ok: true, value: { amount: 123456, currency: 'usd' } });
  });

  it('refuses amounts more precise than the currency', () => {
    expect(parseMoney('12.345', { currency: 'usd', locale: 'en-US' })).to.deep.equal({ ok: false, error: 'too-precise' });
    expect(parseMoney('12.5', { currency: 'jpy', locale: 'ja-JP' })).to.deep.equal({ ok: false, error: 'too-precise' });
    expect(parseMoney('1.2345', { currency: 'kwd', locale: 'en-US' })).to.deep.equal({ ok: false, error: 'too-precise' });
    expect(parseMoney('1.234', { currency: 'kwd', locale: 'en-US' })).to.deep.equal({ ok: true, value: { amount: 1234, currency: 'kwd' } });
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCIES), fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 9 }), (currency, units, extra) => {
        const text = decimalOf(BigInt(units), currencyExponent(currency)) + (currencyExponent(currency) === 0 ? '.' : '') + String(extra);
        expect(parseMoney(text, { currency, locale: 'en-US' }), text).to.deep.equal({ ok: false, error: 'too-precise' });
      }),
    );
  });

  it('accepts the symbol or code of the given currency only, before or after, also after a sign', () => {
    const usd = (text: string, locale = 'en-US') => parseMoney(text, { currency: 'usd', locale, allowNegative: true });
    expect(usd('$1,234.56')).to.deep.equal({ ok: true, value: { amount: 123456, currency: 'usd' } });
    expect(usd('-$5')).to.deep.equal({ ok: true, value: { amount: -500, currency: 'usd' } });
    expect(usd('$-5')).to.deep.equal({ ok: true, value: { amount: -500, currency: 'usd' } });
    expect(usd('USD 5')).to.deep.equal({ ok: true, value: { amount: 500, currency: 'usd' } });
    expect(usd('5 usd')).to.deep.equal({ ok: true, value: { amount: 500, currency: 'usd' } });
    expect(usd('€5')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(usd('$$5')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(parseMoney('¥500', { currency: 'jpy', locale: 'ja-JP' })).to.deep.equal({ ok: true, value: { amount: 500, currency: 'jpy' } });
    expect(parseMoney('￥500', { currency: 'jpy', locale: 'ja-JP' })).to.deep.equal({ ok: true, value: { amount: 500, currency: 'jpy' } });
    expect(parseMoney('1.234,56 €', { currency: 'EUR', locale: 'de-DE' })).to.deep.equal({ ok: true, value: { amount: 123456, currency: 'eur' } });
  });

  it('passes the parser errors through: negative, empty, ambiguous, non-finite, exponent', () => {
    const usd = (text: string, locale = 'en-US') => parseMoney(text, { currency: 'usd', locale });
    expect(usd('-5')).to.deep.equal({ ok: false, error: 'negative' });
    expect(usd('$')).to.deep.equal({ ok: false, error: 'empty' });
    expect(usd('1,5')).to.deep.equal({ ok: false, error: 'ambiguous' });
    expect(usd('1,5', 'de-DE')).to.deep.equal({ ok: true, value: { amount: 150, currency: 'usd' } });
    expect(usd('NaN')).to.deep.equal({ ok: false, error: 'non-finite' });
    expect(usd('Infinity')).to.deep.equal({ ok: false, error: 'non-finite' });
    expect(usd('1e21')).to.deep.equal({ ok: false, error: 'not-a-number' });
    expect(usd('٣٫٥٠', 'ar-EG')).to.deep.equal({ ok: true, value: { amount: 350, currency: 'usd' } });
  });
});

describe('moneyFromWire / moneyToWire', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  it('is exact on random decimals (compared with string math), as numbers and as strings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCIES), fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (currency, units) => {
        const text = decimalOf(units, currencyExponent(currency));
        const expected = { amount: Number(units), currency };
        expect(moneyFromWire(text, currency)).to.deep.equal(expected);
        expect(moneyFromWire(Number(text), currency.toUpperCase())).to.deep.equal(expected);
        expect(moneyToWire(expected)).to.equal(Number(text));
        expect(JSON.stringify(moneyToWire(expected))).to.equal(String(Number(text)));
      }),
    );
  });

  it('reads the classic float traps exactly', () => {
    expect(moneyFromWire(0.1, 'usd').amount).to.equal(10);
    expect(moneyFromWire(1.005, 'kwd').amount).to.equal(1005);
    expect(moneyFromWire(1.15, 'usd').amount).to.equal(115);
    expect(moneyFromWire(0.07, 'usd').amount).to.equal(7);
    expect(moneyFromWire(19.99, 'usd').amount).to.equal(1999);
    expect(moneyFromWire(4.35, 'usd').amount).to.equal(435);
    expect(moneyFromWire(1e15, 'jpy').amount).to.equal(10 ** 15);
    expect(moneyFromWire('1.5e2', 'usd').amount).to.equal(15000);
    expect(moneyFromWire(1e-2, 'usd').amount).to.equal(1);
    expect(() => moneyFromWire(1e21, 'jpy')).to.throw(RangeError);
  });

  it('throws RangeError when too precise or not finite', () => {
    expect(() => moneyFromWire(12.345, 'usd')).to.throw(RangeError);
    expect(() => moneyFromWire(12.5, 'jpy')).to.throw(RangeError);
    expect(() => moneyFromWire('1.2345', 'kwd')).to.throw(RangeError);
    expect(() => moneyFromWire(NaN, 'usd')).to.throw(RangeError);
    expect(() => moneyFromWire(Infinity, 'usd')).to.throw(RangeError);
    expect(() => moneyFromWire('abc', 'usd')).to.throw(RangeError);
    expect(() => moneyFromWire(1e300, 'usd')).to.throw(RangeError);
    expect(() => moneyToWire({ amount: 1.5, currency: 'usd' })).to.throw(RangeError);
  });
});

describe('money arithmetic', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);
  const money = fc.record({ amount: fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), currency: fc.constant('usd') });

  it('adds, subtracts and compares like integers', () => {
    fc.assert(
      fc.property(money, money, (a, b) => {
        expect(addMoney(a, b)).to.deep.equal({ amount: a.amount + b.amount, currency: 'usd' });
        expect(subtractMoney(addMoney(a, b), b)).to.deep.equal(a);
        expect(compareMoney(a, b)).to.equal(Math.sign(a.amount - b.amount) || 0);
        expect(compareMoney(a, b)).to.equal(-compareMoney(b, a) || 0);
      }),
    );
  });

  it('throws on mixed currencies and on overflow', () => {
    const usd = { amount: 1, currency: 'usd' };
    const eur = { amount: 1, currency: 'eur' };
    expect(() => addMoney(usd, eur)).to.throw(RangeError);
    expect(() => subtractMoney(usd, eur)).to.throw(RangeError);
    expect(() => compareMoney(usd, eur)).to.throw(RangeError);
    expect(() => addMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'usd' }, usd)).to.throw(RangeError);
    expect(addMoney(usd, { amount: 2, currency: 'USD' })).to.deep.equal({ amount: 3, currency: 'usd' });
  });
});
