// Display helpers for <suborg-amount-input>: the number as the locale writes it (for the
// reformat on blur) and the currency symbol beside the field. Exact: formatted from the
// decimal string of the integer units, never from a float.
import { formatCredits } from '../domain/credits.js';
import { unitsToDecimalString } from '../domain/decimal.js';

/** `units` smallest units as a plain localized number with exactly `exponent` fraction digits (money) or up to 2 (credits). */
export function formatAmountForInput(units: number, kind: 'credits' | 'money', exponent: number, locale: string): string {
  if (kind === 'credits') return formatCredits(units, locale);
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  return format.format(unitsToDecimalString(units, exponent) as `${number}`);
}

/** Where `locale` writes `currency`'s symbol: before or after the number. */
export function currencyAffix(currency: string, locale: string): { symbol: string; position: 'prefix' | 'suffix' } {
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).formatToParts(1);
    const symbolAt = parts.findIndex((p) => p.type === 'currency');
    const numberAt = parts.findIndex((p) => p.type === 'integer');
    return { symbol: parts[symbolAt]?.value.trim() ?? currency.toUpperCase(), position: symbolAt >= 0 && symbolAt < numberAt ? 'prefix' : 'suffix' };
  } catch {
    return { symbol: currency.toUpperCase(), position: 'suffix' };
  }
}
