// Credits: integer hundredths (`CreditAmount`, DESIGN §4). Same exact paths as money, exponent 2.
import type { CreditAmount } from '../api/types.js';
import { unitsFromWire, unitsToDecimalString, unitsToWire } from './decimal.js';
import { numberFormat } from './number-format.js';
import { parseDecimalInput } from './number-input.js';
import type { ParseResult } from './parse-result.js';

/** Credits carry at most 2 decimals. */
export const CREDIT_EXPONENT = 2;

export interface CreditsInputOptions {
  locale: string;
  allowNegative?: boolean;
  /** Largest accepted magnitude in hundredths (default: the number parser's, 10^15). */
  max?: bigint | number;
}

/** Parses credits a person typed ("1,234.5", "1.234,5", "١٢٫٥") into hundredths. */
export function parseCredits(text: string, opts: CreditsInputOptions): ParseResult<CreditAmount> {
  return parseDecimalInput(text, { locale: opts.locale, maxFractionDigits: CREDIT_EXPONENT, allowNegative: opts.allowNegative, max: opts.max });
}

export interface CreditsFormatOptions {
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
}

/**
 * Localised credits, whole or with both decimals (as a column of them reads best):
 * 123400 → "1,234", 123450 → "1,234.50" (en-US).
 */
export function formatCredits(amount: CreditAmount, locale: string, opts: CreditsFormatOptions = {}): string {
  const format = numberFormat(locale, { minimumFractionDigits: amount % 100 ? CREDIT_EXPONENT : 0, maximumFractionDigits: CREDIT_EXPONENT, signDisplay: opts.signDisplay });
  return format.format(unitsToDecimalString(amount, CREDIT_EXPONENT) as `${number}`);
}

/** Wire decimal credits → hundredths, exactly. RangeError when more than 2 decimals or not finite. */
export function creditsFromWire(n: number | string): CreditAmount {
  return unitsFromWire(n, CREDIT_EXPONENT);
}

/** Hundredths → the wire's decimal credits. */
export function creditsToWire(a: CreditAmount): number {
  return unitsToWire(a, CREDIT_EXPONENT);
}
