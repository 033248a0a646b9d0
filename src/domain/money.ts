// Money: integer minor units + lowercase ISO currency (DESIGN §4). Parsing goes through the one
// number-input parser; display through Intl; wire conversions through exact decimal strings.
import type { Money } from '../api/types.js';
import { unitsFromWire, unitsToDecimalString, unitsToWire } from './decimal.js';
import { numberFormat } from './number-format.js';
import { parseDecimalInput } from './number-input.js';
import type { ParseResult } from './parse-result.js';
import { parsed } from './parse-result.js';
import { stripInvisible } from './text.js';

/**
 * ISO 4217 minor-unit exponents where Intl (CLDR display rounding) says otherwise, plus the
 * non-2 exponents themselves so they hold whatever the browser's ICU says. CLDR rounds e.g. HUF,
 * COP, IDR, PKR to 0 digits for display, but ISO (and payment providers' minor units) keep 2.
 * Indexed by exponent: the codes with that many minor-unit digits, space-separated (a code is
 * three letters, so a search for one never matches across a space).
 */
const ISO_EXPONENTS = [
  // 0: no minor unit.
  'bif clp djf gnf isk jpy kmf krw pyg rwf ugx uyi vnd vuv xaf xof xpf',
  '',
  // 2 in ISO although CLDR displays them with 0.
  'afn all cop huf idr irr kpw lak lbp mga mmk pkr sll sos syp yer',
  // 3: thousandths.
  'bhd iqd jod kwd lyd omr tnd',
  // 4: units of account.
  'clf uyw',
];

const exponentCache = new Map<string, number>();

function normalizeCurrency(currency: string): string {
  const code = typeof currency === 'string' ? currency.trim().toLowerCase() : '';
  if (!/^[a-z]{3}$/.test(code)) throw new RangeError(`Not an ISO 4217 currency code: ${String(currency)}`);
  return code;
}

/** Fraction digits of `currency`'s minor unit (USD 2, JPY 0, KWD 3). Throws RangeError for a malformed code. */
export function currencyExponent(currency: string): number {
  const code = normalizeCurrency(currency);
  const known = ISO_EXPONENTS.findIndex((codes) => codes.includes(code));
  if (known >= 0) return known;
  let digits = exponentCache.get(code);
  if (digits === undefined) {
    digits = numberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    exponentCache.set(code, digits);
  }
  return digits;
}

const affixCache = new Map<string, string[]>();

/** The ways `currency` may be written next to an amount in `locale`: its symbols and its ISO code. */
function currencyAffixes(currency: string, locale: string): string[] {
  const key = `${currency}\u0000${locale}`;
  const cached = affixCache.get(key);
  if (cached) return cached;
  const found = new Set<string>([currency.toUpperCase()]);
  // The locale's forms plus the international English ones ("¥" next to ja-JP's "￥").
  for (const where of [locale, 'en']) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
      for (const p of numberFormat(where, { style: 'currency', currency, currencyDisplay }).formatToParts(1)) {
        if (p.type !== 'currency') continue;
        const symbol = stripInvisible(p.value).trim().toUpperCase();
        found.add(symbol).add(symbol.normalize('NFKC'));
      }
    }
  }
  // Longest first, so "US$" wins over "$".
  const affixes = [...found].filter(Boolean).sort((a, b) => b.length - a.length);
  if (affixCache.size >= 200) affixCache.clear();
  affixCache.set(key, affixes);
  return affixes;
}

/**
 * Removes one symbol or code of `currency` from the start (also right after a sign) or the end.
 * Only that currency's: "€5" is not a USD amount.
 */
function stripCurrency(text: string, currency: string, locale: string): string {
  const s = stripInvisible(text).trim();
  const sign = /^[+\-\u2212\u2013\uFF0B\uFF0D\uFE63]\s*/.exec(s)?.[0] ?? '';
  // Compare slice by slice: upper-casing the whole text could change its length (ß → SS).
  const is = (from: number, to: number, affix: string) => s.slice(from, to).toUpperCase() === affix;
  for (const affix of currencyAffixes(currency, locale)) {
    const n = affix.length;
    if (is(0, n, affix)) return s.slice(n).trim();
    if (sign && is(sign.length, sign.length + n, affix)) return sign.trim() + s.slice(sign.length + n).trim();
    if (s.length > n && is(s.length - n, s.length, affix)) return s.slice(0, s.length - n).trim();
  }
  return s;
}

export interface MoneyInputOptions {
  currency: string;
  locale: string;
  allowNegative?: boolean;
  /** Largest accepted magnitude in minor units (default: the number parser's, 10^15). */
  max?: bigint | number;
}

/** Parses an amount a person typed ("1.234,50 €", "¥500", "١٬٢٣٤٫٥٠") into minor units of `currency`. */
export function parseMoney(text: string, opts: MoneyInputOptions): ParseResult<Money> {
  const currency = normalizeCurrency(opts.currency);
  const result = parseDecimalInput(stripCurrency(String(text ?? ''), currency, opts.locale), {
    locale: opts.locale,
    maxFractionDigits: currencyExponent(currency),
    allowNegative: opts.allowNegative,
    max: opts.max,
  });
  return result.ok ? parsed({ amount: result.value, currency }) : result;
}

export interface MoneyFormatOptions {
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
  currencyDisplay?: Intl.NumberFormatOptions['currencyDisplay'];
}

/** Localised display of `money` with exactly its currency's fraction digits (formatted from the exact decimal string). */
export function formatMoney(money: Money, locale: string, opts: MoneyFormatOptions = {}): string {
  const exponent = currencyExponent(money.currency);
  const format = numberFormat(locale, {
    style: 'currency',
    currency: money.currency.toUpperCase(),
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
    signDisplay: opts.signDisplay,
    currencyDisplay: opts.currencyDisplay,
  });
  return format.format(unitsToDecimalString(money.amount, exponent) as `${number}`);
}

/** The wire's decimal major units (Invent money) → Money, exactly. RangeError when too precise or not finite. */
export function moneyFromWire(major: number | string, currency: string): Money {
  const code = normalizeCurrency(currency);
  return { amount: unitsFromWire(major, currencyExponent(code)), currency: code };
}

/** Money → the wire's decimal major units. */
export function moneyToWire(money: Money): number {
  return unitsToWire(money.amount, currencyExponent(money.currency));
}

function sameCurrency(a: Money, b: Money): string {
  const ca = normalizeCurrency(a.currency);
  if (ca !== normalizeCurrency(b.currency)) throw new RangeError(`Currency mismatch: ${a.currency} vs ${b.currency}`);
  return ca;
}

function checked(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError('Amount out of the exact integer range');
  return { amount, currency };
}

/** a + b (same currency, else RangeError). */
export function addMoney(a: Money, b: Money): Money {
  const currency = sameCurrency(a, b);
  return checked(a.amount + b.amount, currency);
}

/** a − b (same currency, else RangeError). */
export function subtractMoney(a: Money, b: Money): Money {
  const currency = sameCurrency(a, b);
  return checked(a.amount - b.amount, currency);
}

/** -1, 0 or 1 (same currency, else RangeError). */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}
