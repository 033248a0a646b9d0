// Wire amounts ⇄ integers for the in-memory backend (DESIGN §4 "Units"), built on the
// domain's exact conversions (domain/decimal.ts) and its one currency-exponent table
// (domain/money.ts), so the backend and the adapter can never disagree on an amount.
// Internally: credits in hundredths, money in minor units. The backend answers a bad
// amount with a field message, hence a result instead of the domain's RangeError.
import { CREDIT_EXPONENT } from '../../domain/credits.js';
import { unitsFromDecimalString, unitsFromWire, unitsToWire } from '../../domain/decimal.js';
import { currencyExponent } from '../../domain/money.js';

export type Scaled = { ok: true; value: number } | { ok: false; reason: string };

const fail = (reason: string): Scaled => ({ ok: false, reason });

/** `12.34` with 2 decimals → `1234`. Rejects non-numbers, non-finite, too many decimals and unsafe sizes. */
export function decimalToScaled(value: unknown, decimals: number): Scaled {
  // A JSON body's amount is a number; a string is a client bug, not a decimal to be lenient about.
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail('Must be a finite number.');
  try {
    return { ok: true, value: unitsFromWire(value, decimals) };
  } catch {
    // It failed on precision or on size: the exact (unbounded) read tells which.
    try {
      unitsFromDecimalString(String(value), decimals);
      return fail('Too large.');
    } catch {
      return fail(decimals === 0 ? 'Must be a whole number.' : `At most ${decimals} decimals.`);
    }
  }
}

/** `1234` with 2 decimals → `12.34`, exactly (RangeError when no JSON number carries it). */
export function scaledToDecimal(value: number, decimals: number): number {
  return unitsToWire(value, decimals);
}

export const creditsFromWire = (value: unknown): Scaled => decimalToScaled(value, CREDIT_EXPONENT);
export const creditsToWire = (hundredths: number): number => scaledToDecimal(hundredths, CREDIT_EXPONENT);

/** Invent's money (decimal major units of `currency`) → minor units. */
export const moneyFromWire = (value: unknown, currency: string): Scaled => decimalToScaled(value, currencyExponent(currency));
export const moneyToWire = (minor: number, currency: string): number => scaledToDecimal(minor, currencyExponent(currency));

/** round-half-up(a × b ÷ d) on non-negative safe integers, by integer steps only. */
export function mulDivRound(a: number, b: number, d: number): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) throw new RangeError('amount overflow');
  const rest = product % d;
  const quotient = (product - rest) / d;
  return rest * 2 >= d ? quotient + 1 : quotient;
}
