// Wire amounts ⇄ integers with no float arithmetic (DESIGN §4 "Units"). A decimal is read
// through its shortest round-trip string and written back by placing the point, so values
// like 0.1 + 0.2 never arise. Internally: credits in hundredths, money in minor units.

export type Scaled = { ok: true; value: number } | { ok: false; reason: string };

/** `12.34` with 2 decimals → `1234`. Rejects non-finite, too many decimals and unsafe sizes. */
export function decimalToScaled(value: unknown, decimals: number): Scaled {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, reason: 'Must be a finite number.' };
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
  // Exponent forms (1e21, 1e-7) are either too large or too precise for an amount.
  if (!match) return { ok: false, reason: Math.abs(value) >= 1 ? 'Too large.' : `At most ${decimals} decimals.` };
  const [, sign, whole = '0', frac = ''] = match;
  if (frac.length > decimals) return { ok: false, reason: decimals === 0 ? 'Must be a whole number.' : `At most ${decimals} decimals.` };
  const scaled = Number(whole + frac.padEnd(decimals, '0'));
  if (!Number.isSafeInteger(scaled)) return { ok: false, reason: 'Too large.' };
  return { ok: true, value: sign && scaled !== 0 ? -scaled : scaled };
}

/** `1234` with 2 decimals → `12.34` (the point is placed in the digit string). */
export function scaledToDecimal(value: number, decimals: number): number {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(decimals + 1, '0');
  if (decimals === 0) return Number(sign + digits);
  return Number(`${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`);
}

export const CREDIT_DECIMALS = 2;

export const creditsFromWire = (value: unknown): Scaled => decimalToScaled(value, CREDIT_DECIMALS);
export const creditsToWire = (hundredths: number): number => scaledToDecimal(hundredths, CREDIT_DECIMALS);

const decimalsCache = new Map<string, number>();

/** Minor-unit digits of a currency from Intl (JPY 0, USD 2, KWD 3); 2 when Intl does not know it. */
export function currencyDecimals(currency: string): number {
  const key = currency.toUpperCase();
  let digits = decimalsCache.get(key);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: key }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    decimalsCache.set(key, digits);
  }
  return digits;
}

/** Invent's money (decimal major units of `currency`) → minor units. */
export const moneyFromWire = (value: unknown, currency: string): Scaled => decimalToScaled(value, currencyDecimals(currency));
export const moneyToWire = (minor: number, currency: string): number => scaledToDecimal(minor, currencyDecimals(currency));

/** round-half-up(a × b ÷ d) on non-negative safe integers, by integer steps only. */
export function mulDivRound(a: number, b: number, d: number): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) throw new RangeError('amount overflow');
  const rest = product % d;
  const quotient = (product - rest) / d;
  return rest * 2 >= d ? quotient + 1 : quotient;
}
